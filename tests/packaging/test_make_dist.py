"""`make dist`: the frozen program passes its own self-test, and the .deb holds it with a
desktop entry and an icon. It takes minutes, so it runs only with CASEAPP_DIST_TEST=1 (the
release workflow sets it); `make test` skips it."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("CASEAPP_DIST_TEST") != "1", reason="set CASEAPP_DIST_TEST=1 to build"
    ),
]


@pytest.fixture(scope="module")
def built() -> Path:
    shutil.rmtree(DIST / "caseapp", ignore_errors=True)
    for old in DIST.glob("caseapp_*.deb"):
        old.unlink()
    subprocess.run(["make", "dist"], cwd=ROOT, check=True, timeout=3600)
    return DIST / "caseapp"


def test_the_frozen_program_passes_its_self_test(built: Path, tmp_path: Path) -> None:
    program = built / ("caseapp-cli.exe" if os.name == "nt" else "caseapp-cli")
    # From an empty folder and without the source tree on the path: only what was frozen.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(program), "--self-test"],
        cwd=tmp_path,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test passed" in done.stdout
    assert str(ROOT / "resources") not in done.stdout  # the frozen copy, not the checkout's


@pytest.mark.skipif(platform.system() != "Linux", reason="the .deb is made on Linux")
def test_the_deb_holds_the_program_its_desktop_entry_and_icon(built: Path) -> None:
    (deb,) = DIST.glob("caseapp_*.deb")
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/caseapp/caseapp",
        "./opt/caseapp/caseapp-cli",
        "./usr/bin/caseapp -> /opt/caseapp/caseapp-cli",
        "./usr/share/applications/caseapp.desktop",
        "./usr/share/icons/hicolor/scalable/apps/caseapp.svg",
        "./opt/caseapp/_internal/caseapp/resources/dataset-v1.schema.json",
    ):
        assert path in listing, path
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: caseapp" in fields
    # A download an IT department will still fetch: under 120 MB compressed.
    assert deb.stat().st_size < 120 * 1024 * 1024
