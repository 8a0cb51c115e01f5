"""The compiled translations (.qm) the GUI loads, found or made from their Qt Linguist sources.

Only the .ts sources are in the repository. `make venv`, `make translations` and `make dist` compile
them beside the sources (so the wheel and the frozen program ship the .qm). A fresh clone run
before that, or a .ts edited since, is compiled here with the lrelease that ships in PySide6,
into the user's cache: never an old .qm, never no Danish.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir

from caseapp.bundled import from_checkout, resources_dir


class TranslationsMissing(Exception):
    """Neither a compiled file nor a source to compile it from (a broken installation)."""


def folder() -> Path:
    return resources_dir() / "translations"


def qm_file(lang: str) -> Path:
    """The .qm of `lang`, compiled now if it is missing or older than its .ts."""
    ts = folder() / f"caseapp_{lang}.ts"
    qm = ts.with_suffix(".qm")
    # Installed and frozen programs ship both files as built (their times say nothing); in a
    # checkout a .ts edited or pulled since the last `make` is newer than its .qm.
    if qm.is_file() and not (from_checkout() and _older(qm, ts)):
        return qm
    if not ts.is_file():
        raise TranslationsMissing(f"caseapp is installed without its translations ({ts.name})")
    # Named by the source's content, so an edited .ts is never answered by an old compilation.
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / f"caseapp_{lang}-{digest}.qm"
    if not cached.is_file():
        _compile(ts, cached)
    return cached


def _older(qm: Path, ts: Path) -> bool:
    return ts.is_file() and qm.stat().st_mtime < ts.stat().st_mtime


def cache_dir() -> Path:
    configured = os.environ.get("CASEAPP_TRANSLATIONS_CACHE")
    return Path(configured) if configured else Path(user_cache_dir("caseapp")) / "translations"


def lrelease() -> str:
    """PySide6's lrelease: its console script beside this Python, on PATH, or in the package."""
    for candidate in (
        Path(sys.executable).parent / "pyside6-lrelease",
        Path(sys.executable).parent / "pyside6-lrelease.exe",
    ):
        if candidate.is_file():
            return str(candidate)
    on_path = shutil.which("pyside6-lrelease")
    if on_path:
        return on_path
    for name in ("lrelease", "lrelease.exe"):
        inside = Path(PySide6.__file__).parent / name
        if inside.is_file():
            return str(inside)
    raise TranslationsMissing("the translations are not compiled and lrelease is not installed")


def _compile(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    # Into a temporary name first: a program started at the same moment never reads half a file.
    handle, partial = tempfile.mkstemp(dir=qm.parent, suffix=".qm")
    os.close(handle)
    try:
        done = subprocess.run(
            [lrelease(), "-silent", str(ts), "-qm", partial], capture_output=True, text=True
        )
        if done.returncode != 0 or Path(partial).stat().st_size == 0:
            raise TranslationsMissing(f"lrelease could not compile {ts.name}: {done.stderr}")
        os.replace(partial, qm)
    finally:
        Path(partial).unlink(missing_ok=True)
