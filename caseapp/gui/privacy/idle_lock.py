"""The idle lock: after some minutes without use the windows are covered and the password asked
for again. Nothing is closed, so open forms and unsaved work are there after unlocking.

The minutes come from the database setting `idle_lock_minutes`. Unlocking signs in again through
`accounts.sign_in` (so wrong passwords count towards the account's lockout, and it is logged).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import i18n
from caseapp.gui.workspace import Workspace
from caseapp.services import accounts, settings
from caseapp.services.actor import Actor
from caseapp.storage.database import Database

# What counts as use of the program.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
# What must not reach the covered windows while locked.
_BLOCKED = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class Cover(QWidget):
    """An opaque sheet over one window; the one over the active window asks for the password."""

    def __init__(self, window: QWidget, prompt: bool, user: str) -> None:
        super().__init__(window)
        self.window_covered = window
        self.setObjectName("idle-lock-cover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#idle-lock-cover { background: palette(window); }")
        self.password: QLineEdit | None = None
        self.message = QLabel()
        self.message.setObjectName("idle-lock-message")
        self.message.setWordWrap(True)
        # The texts sit in a panel of fixed width in the middle, so long messages wrap nicely.
        panel = QWidget()
        panel.setFixedWidth(420)
        inner = QVBoxLayout(panel)
        title = QLabel(self.tr("Locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(title)
        inner.addWidget(self.message)
        if prompt:
            self.password = QLineEdit()
            self.password.setObjectName("idle-lock-password")
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.password.setPlaceholderText(self.tr("Password for {user}").format(user=user))
            self.unlock_button = QPushButton(self.tr("Unlock"))
            self.unlock_button.setObjectName("idle-lock-unlock")
            inner.addWidget(self.password)
            inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.panel = panel
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def say(self, text: str) -> None:
        # A wrapped label in a fixed-width panel needs its height given for the new text.
        self.message.setText(text)
        self.message.setMinimumHeight(self.message.heightForWidth(self.panel.width() - 20))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_covered and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_covered.rect())
        return False


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        workspace: Workspace,
        main_window: QWidget,
        *,
        minutes: int | None = None,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(main_window)
        self.workspace = workspace
        self.main_window = main_window
        if interval_ms is None:
            if minutes is None:
                with workspace.db.reader() as session:
                    minutes = settings.get(session, settings.IDLE_LOCK_MINUTES)
            interval_ms = minutes * 60_000
        self.minutes = max(1, interval_ms // 60_000)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.lock)
        self.covers: list[Cover] = []
        self.prompt: Cover | None = None
        self._checking = False
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return bool(self.covers)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.covers:
            if kind in _ACTIVITY:
                self.timer.start()
            return False
        if kind in _BLOCKED and isinstance(watched, QWidget):
            return not (self.prompt is not None and self.prompt.isAncestorOf(watched))
        return False

    def lock(self) -> None:
        if self.covers:
            return
        self.timer.stop()
        # The password is asked for on the window that takes input now (an open dialog, if any),
        # every other visible window is just covered.
        active = QApplication.activeModalWidget() or self.main_window
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if active not in windows:
            windows.append(active)
        user = self.workspace.actor.key
        for window in windows:
            cover = Cover(window, window is active, user)
            cover.say(
                cover.tr(
                    "The program was locked after {minutes} minutes without use. "
                    "Your open work is kept."
                ).format(minutes=self.minutes)
            )
            cover.show()
            cover.raise_()
            self.covers.append(cover)
            if window is active:
                self.prompt = cover
        if self.prompt is not None and self.prompt.password is not None:
            self.prompt.password.returnPressed.connect(self._try_unlock)
            self.prompt.unlock_button.clicked.connect(self._try_unlock)
            self.prompt.password.setFocus()
        self.locked.emit()

    def _try_unlock(self) -> None:
        if self.prompt is None or self.prompt.password is None or self._checking:
            return
        password = self.prompt.password.text()
        self.prompt.password.clear()
        key = self.workspace.actor.key
        self._checking = True

        def work(db: Database, _progress: object) -> Actor:
            return accounts.sign_in(db, key, password)

        self.workspace.ops.run(work, self._signed_in, self._refused, owner=self.prompt)

    def _signed_in(self, _actor: Actor) -> None:
        self._checking = False
        self.unlock()

    def _refused(self, exc: BaseException) -> None:
        self._checking = False
        if self.prompt is not None:
            self.prompt.say(i18n.message(exc))
            if self.prompt.password is not None:
                self.prompt.password.setFocus()

    def unlock(self) -> None:
        for cover in self.covers:
            cover.hide()
            cover.deleteLater()
        self.covers.clear()
        self.prompt = None
        self.timer.start()
        self.unlocked.emit()
