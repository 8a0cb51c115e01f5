"""Where the GUI keeps its own state: window layout and preferences, and private drafts.

`CASEAPP_SETTINGS_SCOPE=test` keeps everything in a throw-away folder (or in
`CASEAPP_GUI_DATA_DIR`), so tests never read or change a real user's settings.
"""

from __future__ import annotations

import os
import tempfile
from functools import cache
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings

ORGANISATION = "caseapp"
APPLICATION = "caseapp"


def scope() -> str:
    return os.environ.get("CASEAPP_SETTINGS_SCOPE", "").strip()


@cache
def _test_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="caseapp-gui-test-"))


def data_dir() -> Path:
    """The user's private folder for the GUI (drafts); created with owner-only access."""
    configured = os.environ.get("CASEAPP_GUI_DATA_DIR")
    if configured:
        path = Path(configured)
    elif scope() == "test":
        path = _test_dir()
    else:
        name = APPLICATION if not scope() else f"{APPLICATION}-{scope()}"
        path = Path(user_data_dir(name, appauthor=False)) / "gui"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)
    return path


_stores: dict[str, QSettings] = {}


def settings() -> QSettings:
    """The GUI's settings store for this user (an INI file in the data folder under test).

    One store per place is kept: making one reads the file, dropping one writes it.
    """
    if scope() == "test" or os.environ.get("CASEAPP_GUI_DATA_DIR"):
        path = str(data_dir() / "settings.ini")
        if path not in _stores:
            _stores[path] = QSettings(path, QSettings.Format.IniFormat)
        return _stores[path]
    name = APPLICATION if not scope() else f"{APPLICATION}-{scope()}"
    if name not in _stores:
        _stores[name] = QSettings(ORGANISATION, name)
    return _stores[name]
