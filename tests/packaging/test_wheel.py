"""The wheel holds everything under resources/ as caseapp/resources/ (whatever is added there
later, in any folder), and the migrations; `caseapp.bundled` finds the resources in a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from caseapp.bundled import resource, resources_dir

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_the_wheel_holds_every_resource_and_migration(tmp_path: Path) -> None:
    pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run(
        [*pip, str(ROOT), "--wheel-dir", str(tmp_path)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("caseapp-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        f"caseapp/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    }
    assert shipped and shipped <= names, sorted(shipped - names)
    migrations = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "caseapp" / "storage" / "migrations").rglob("*.py")
    }
    assert migrations <= names, sorted(migrations - names)


def test_a_checkout_finds_its_resources() -> None:
    assert resources_dir() == ROOT / "resources"
    assert resource("dataset-v1.schema.json").read_text(encoding="utf-8").startswith("{")
    with pytest.raises(FileNotFoundError, match="without its resource"):
        resource("no-such-file.txt")
