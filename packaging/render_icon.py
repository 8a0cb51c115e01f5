"""Render resources/icons/caseapp.svg to the PNG the installers use (Windows and macOS take it
as .ico and .icns, which PyInstaller makes from it). Run after changing the SVG:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icon.py
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "caseapp.svg"))
    for size in (256,):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"caseapp-{size}.png"))
    del app


if __name__ == "__main__":
    main()
