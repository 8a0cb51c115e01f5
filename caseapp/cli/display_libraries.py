"""Before the GUI starts on Linux: are the X11 libraries Qt's xcb platform plugin needs there?

Without them Qt stops the process with a bare "could not load the Qt platform plugin" abort that
no Python code can catch, so the command looks first and names what is missing, with the command
that installs it.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

# Library file -> (Debian/Ubuntu package, Fedora package).
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will pick its X11 (xcb) plugin: Linux, no other plugin asked for, no Wayland."""
    if not platform.startswith("linux"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "")
    if wanted:
        return wanted.startswith("xcb")
    return environ.get("XDG_SESSION_TYPE") != "wayland" and not environ.get("WAYLAND_DISPLAY")


def missing() -> list[str]:
    return [name for name in XCB_LIBRARIES if not _loads(name)]


def advice(names: list[str]) -> str:
    """What to tell the user: the libraries missing, and how to install them."""
    debian = " ".join(XCB_LIBRARIES[n][0] for n in names)
    fedora = " ".join(dict.fromkeys(XCB_LIBRARIES[n][1] for n in names))
    return (
        "caseapp cannot start its window: these system libraries are missing: "
        f"{', '.join(names)}.\n"
        f"  Debian/Ubuntu: sudo apt install {debian}\n"
        f"  Fedora:        sudo dnf install {fedora}\n"
        "Then start caseapp again."
    )


def check(environ: Mapping[str, str] | None = None) -> str | None:
    """The advice when libraries the GUI needs are missing, else None."""
    if not uses_xcb(os.environ if environ is None else environ):
        return None
    names = missing()
    return advice(names) if names else None
