"""The team server's connection in the status bar: shown while it is lost, and for a moment once
it is back (the watcher's listener notices both and reconnects by itself)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from caseapp.gui.change_watcher import LOST, ChangeWatcher

CONNECTED_AGAIN_SHOWN_MS = 10_000


class ConnectionState(QLabel):
    def __init__(self, watcher: ChangeWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection-state")
        self.hide()
        self._hide_later = QTimer(self)
        self._hide_later.setSingleShot(True)
        self._hide_later.setInterval(CONNECTED_AGAIN_SHOWN_MS)
        self._hide_later.timeout.connect(self.hide)
        watcher.connection.connect(self.changed)

    def changed(self, state: str) -> None:
        if state == LOST:
            self._hide_later.stop()
            self.setText(self.tr("Connection to the server lost – retrying …"))
            self.setStyleSheet("color: #b00020; font-weight: bold")
        else:
            self.setText(self.tr("Connected to the server again"))
            self.setStyleSheet("")
            self._hide_later.start()
        self.show()
