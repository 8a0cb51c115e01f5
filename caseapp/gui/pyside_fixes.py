"""A guard against a reference-counting bug in PySide6 6.12 on Python 3.11.

PySide6 6.12.0 drops one reference to `None` each time a Python override of a Qt virtual
(a model's `data()`, say) returns `None`, and Qt-owned threads do the same to `True`/`False`.
On Python 3.11 these singletons are ordinary objects, so after some thousands of table paints
the interpreter aborts ("deallocating None"). Python 3.12 made them immortal, which is what we
do here: their counts are raised so far that the bug can never bring them to zero. Nothing else
changes; the guard does nothing on unaffected versions.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

_HEADROOM = 1 << 40
_applied: list[bool] = []


def affected() -> bool:
    return sys.version_info < (3, 12) and tuple(PySide6.__version_info__[:2]) == (6, 12)


def apply() -> None:
    if _applied or not affected():
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _applied.append(True)
