"""`caseapp gui` on a machine without the X11 libraries Qt needs: it names them and the command
that installs them, instead of Qt's bare abort."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.cli import display_libraries

from .conftest import Run


def test_missing_x11_libraries_are_named_with_the_install_command(
    run: Run, initialised: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    monkeypatch.setattr(display_libraries, "_loads", lambda name: name not in absent)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    result = run("gui", "--db", initialised, QT_QPA_PLATFORM="xcb")
    assert result.code == 1
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in result.err
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in result.err
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" in result.err


def test_only_the_x11_plugin_on_linux_needs_them() -> None:
    assert display_libraries.uses_xcb({}, "linux")
    assert display_libraries.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not display_libraries.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_libraries.uses_xcb({"XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not display_libraries.uses_xcb({}, "win32")
    assert not display_libraries.uses_xcb({}, "darwin")
