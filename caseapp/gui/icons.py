"""Icons from the platform's style, so the program ships no image files and fits the desktop."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

Icon = QStyle.StandardPixmap


def icon(which: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    return style.standardIcon(which) if style is not None else QIcon()
