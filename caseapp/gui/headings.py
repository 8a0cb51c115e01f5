"""A page's heading: the page's name in bold, a little larger than the text beneath it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def page_heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label
