"""What the outcome screens share: their content is fetched off the GUI thread the first time
the screen is shown, and the screen is `busy` while it waits for an answer."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from caseapp.gui.operations import Operations
from caseapp.services.actor import Actor
from caseapp.storage.database import Database


class OutcomeScreen(QWidget):
    """A subclass fetches its content in `reload`, which sets `_asked`."""

    def __init__(
        self, db: Database, actor: Actor, ops: Operations | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._ops = ops or Operations(db, self)
        self._waiting = False
        self._asked = False

    @property
    def busy(self) -> bool:
        return self._waiting

    def page_shown(self) -> None:
        """Fetch the content the first time the screen is shown."""
        if not self._asked:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.page_shown()

    def reload(self) -> None:
        raise NotImplementedError
