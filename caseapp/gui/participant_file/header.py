"""The top of a file: who the person is and where they stand now.

The CPR number stays masked until the user asks; showing it goes through
`participants.reveal_cpr`, which writes the audit log, and it is masked again after a minute.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import i18n
from caseapp.gui.icons import Icon, icon
from caseapp.gui.participant_file.context import FileContext
from caseapp.gui.participants.person_dialog import PersonDialog
from caseapp.gui.privacy import erase_request
from caseapp.services import participants
from caseapp.services.actor import Can
from caseapp.services.participant_file import Header

REVEAL_MS = 60_000
# Narrower than this, the header shows two facts a row instead of three.
NARROW_HEADER = 880
_WARN = '<span style="color:#b3261e">⚠ {text}</span>'
# A consent this close to expiring is shown as a warning (its renewal task is due by then).
CONSENT_WARNING_DAYS = 30


class FileHeader(QFrame):
    def __init__(self, ctx: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("file-header")
        self.name = QLabel()
        self.name.setObjectName("file-name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.identity = QLabel()
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cpr = QLabel()
        self.cpr.setObjectName("file-cpr")
        self.cpr.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal = QPushButton(self.tr("Show CPR"))
        self.reveal.setObjectName("reveal-cpr")
        self.reveal.setToolTip(self.tr("Shows the full CPR number for a minute; this is logged"))
        self.reveal.setEnabled(ctx.workspace.actor.can(Can.VIEW_CPR))
        self.contact_button = QPushButton(
            icon(Icon.SP_FileDialogNewFolder), self.tr("Log contact…")
        )
        self.contact_button.setToolTip(self.tr("Log a contact with this person (Ctrl+K)"))

        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.setObjectName("edit-person")
        self.edit_button.setToolTip(self.tr("Change the person's name, phone, e-mail or address"))
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.contact_button)
        # Erasing on request is for those who may erase (team leads); not shown once erased.
        self.erase_button = QPushButton(icon(Icon.SP_TrashIcon), self.tr("Erase personal data…"))
        self.erase_button.setObjectName("erase-person")
        self.erase_button.setToolTip(
            self.tr("Erase this person's personal data on their request; the anonymous facts stay")
        )
        self.erase_button.hide()
        self.erase_button.clicked.connect(self.erase)
        top.addWidget(self.erase_button)
        second = QHBoxLayout()
        second.addWidget(self.identity)
        second.addSpacing(12)
        second.addWidget(self.cpr)
        second.addWidget(self.reveal)
        second.addStretch(1)

        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        names = (
            ("project", self.tr("Project")),
            ("key_worker", self.tr("Key worker")),
            ("consent", self.tr("Consent")),
            ("housing", self.tr("Housing now")),
            ("activity", self.tr("Work/education now")),
            ("contact", self.tr("Last contact")),
        )
        self._grid = grid
        self._pairs: list[tuple[QLabel, QLabel]] = []
        self._per_row = 0
        for key, text in names:
            label = QLabel(text + ":")
            label.setStyleSheet("color: palette(placeholder-text);")
            value = QLabel()
            value.setObjectName(f"fact-{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._pairs.append((label, value))
            self.facts[key] = value
        self._place_facts(3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # (Only once in a layout: a widget without a parent that is made visible becomes a window.)
        can_edit = ctx.workspace.actor.can(Can.EDIT_CASE)
        self.edit_button.setVisible(can_edit)
        self.contact_button.setVisible(can_edit)
        layout.addLayout(second)
        layout.addLayout(grid)

        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(REVEAL_MS)
        self._hide_timer.timeout.connect(self.mask_cpr)
        self.reveal.clicked.connect(self._toggle_cpr)
        self.contact_button.clicked.connect(lambda: ctx.workspace.log_contact.emit(ctx.key))
        self.edit_button.clicked.connect(self.edit_details)
        self._header: Header | None = None
        self._revealed = False

    def _place_facts(self, per_row: int) -> None:
        """The facts in `per_row` pairs of label and value per row."""
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for label, value in self._pairs:
            self._grid.removeWidget(label)
            self._grid.removeWidget(value)
        for i, (label, value) in enumerate(self._pairs):
            row, column = divmod(i, per_row)
            self._grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(value, row, column * 2 + 1)
        for column in range(6):
            self._grid.setColumnStretch(column, 1 if column % 2 and column < per_row * 2 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Three facts a row leave a narrow window (800 pixels) a column of single words.
        self._place_facts(2 if event.size().width() < NARROW_HEADER else 3)
        super().resizeEvent(event)

    def show_header(self, h: Header) -> None:
        self._header = h
        self.name.setText(h.name or self.tr("(personal data erased)"))
        may_erase = self.ctx.workspace.actor.can(Can.ERASE)
        self.erase_button.setVisible(may_erase and not h.erased)
        self.edit_button.setEnabled(not h.erased)
        parts = [h.key]
        if h.age is not None:
            parts.append(self.tr("{age} years").format(age=h.age))
        if h.phone:
            parts.append(self.tr("Phone {phone}").format(phone=h.phone))
        self.identity.setText(" · ".join(parts))
        if not self._revealed:
            self.mask_cpr()
        self.reveal.setVisible(h.has_cpr)
        today = date.today()
        status = i18n.code("status", h.status) if h.status else ""
        self.facts["project"].setText(
            f"{h.project} ({status})" if h.project else self.tr("Not enrolled")
        )
        self.facts["key_worker"].setText(h.key_worker_name or h.key_worker or "–")
        self.facts["consent"].setText(self._consent_text(h, today))
        self.facts["housing"].setText(
            self.tr("{what} since {since}").format(
                what=i18n.code("housing", h.housing), since=i18n.format_date(h.housing_since)
            )
            if h.housing
            else "–"
        )
        activity = "–"
        if h.activity:
            activity = self.tr("{what} since {since}").format(
                what=i18n.code("activity", h.activity), since=i18n.format_date(h.activity_since)
            )
            if not h.activity_verified:
                activity += " " + _WARN.format(text=self.tr("no evidence"))
        self.facts["activity"].setText(activity)
        if h.last_contact is None:
            contact = _WARN.format(text=self.tr("never"))
        else:
            days = (today - h.last_contact.date()).days
            contact = self.tr("{ago} ({when})").format(
                ago=i18n.days_from_today(h.last_contact.date(), today),
                when=i18n.format_date(h.last_contact.date()),
            )
            if days >= 14 and h.status != "exited":
                contact = _WARN.format(text=contact)
        self.facts["contact"].setText(contact)

    def _consent_text(self, h: Header, today: date) -> str:
        if h.consent_on is None:
            return _WARN.format(text=self.tr("none"))
        text = i18n.format_date(h.consent_on)
        if h.consent_expires is None:
            return text
        until = self.tr("until {day}").format(day=i18n.format_date(h.consent_expires))
        if h.consent_expires < today:
            return _WARN.format(
                text=self.tr("expired {day}").format(day=i18n.format_date(h.consent_expires))
            )
        if (h.consent_expires - today).days <= CONSENT_WARNING_DAYS:
            return f"{text} " + _WARN.format(text=until)
        return f"{text} {until}"

    def edit_details(self) -> None:
        h = self._header
        if h is None:
            return
        current = {
            "first_name": h.first_name,
            "last_name": h.last_name,
            "phone": h.phone,
            "email": h.email,
            "address": h.address,
        }
        dialog = PersonDialog(self.ctx.workspace, self.ctx.choices, h.key, current, h.version, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _key: self.ctx.load(log_view=False))
        self.person_dialog = dialog
        dialog.show()

    def erase(self) -> None:
        h = self._header
        if h is None or not erase_request.confirm_erase(self, h.key, h.name):
            return
        self.erase_button.setEnabled(False)

        def done(cleaned: bool) -> None:
            self.erase_button.setEnabled(True)
            self.ctx.load(log_view=False)
            if not cleaned:
                QMessageBox.information(
                    self, self.tr("Erase personal data"), erase_request.still_in_log_text()
                )

        def failed(exc: BaseException) -> None:
            self.erase_button.setEnabled(True)
            self.ctx.workspace.ops.error.emit(exc)

        erase_request.erase_in_background(self.ctx.workspace, h.key, done, failed, self)

    def mask_cpr(self) -> None:
        self._revealed = False
        self._hide_timer.stop()
        masked = self._header.cpr_masked if self._header else ""
        self.cpr.setText(self.tr("CPR {number}").format(number=masked) if masked else "")
        self.reveal.setText(self.tr("Show CPR"))

    def _toggle_cpr(self) -> None:
        if self._revealed:
            self.mask_cpr()
            return
        actor, key = self.ctx.workspace.actor, self.ctx.key

        def shown(number: str | None) -> None:
            self._revealed = True
            self.cpr.setText(self.tr("CPR {number}").format(number=number or ""))
            self.reveal.setText(self.tr("Hide CPR"))
            self._hide_timer.start()

        self.ctx.workspace.ops.write(
            lambda session: participants.reveal_cpr(session, actor, key), shown, owner=self
        )
