"""The participant list's widgets and their layout; no behaviour (see list_controller)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.icons import Icon, icon


class ParticipantListView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("participant-search")
        self.search.setPlaceholderText(
            self.tr("Search by name, key or the last digits of a CPR number")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icon(Icon.SP_FileDialogContentsView), QLineEdit.ActionPosition.LeadingPosition
        )
        self.project = QComboBox()
        self.status = QComboBox()
        self.key_worker = QComboBox()
        for combo in (self.project, self.status, self.key_worker):
            # Long names must not make the window wider than a laptop screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.not_seen = QCheckBox(self.tr("Not seen for 14+ days"))
        self.unverified = QCheckBox(self.tr("Job without evidence"))
        self.count = QLabel()
        self.empty = QLabel()
        self.empty.setObjectName("participants-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(icon(Icon.SP_DirOpenIcon), self.tr("Open file"))
        self.new_button = QPushButton(icon(Icon.SP_FileIcon), self.tr("New participant…"))
        self.new_button.setObjectName("new-participant")
        self.new_button.setToolTip(self.tr("Register a new referral (Ctrl+Shift+N)"))
        self.new_button.setShortcut("Ctrl+Shift+N")
        self.contact_button = QPushButton(
            icon(Icon.SP_FileDialogNewFolder), self.tr("Log contact…")
        )

        self.table = QTableView()
        self.table.setObjectName("participant-table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        # Fixed row heights let the view lay out 10,000 rows without measuring any of them.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)

        filters = QHBoxLayout()
        # The row's spare room goes to the lists, the most to the longest texts ("All key
        # workers"), so that none is cut short in a narrow window.
        for text, combo, share in (
            (self.tr("Project"), self.project, 4),
            (self.tr("Status"), self.status, 4),
            (self.tr("Key worker"), self.key_worker, 5),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, share)
            combo.setMaximumWidth(self.fontMetrics().averageCharWidth() * 34)
        filters.addStretch(0)  # the room the lists, grown to their widest, leave over
        # The two quick filters sit beside the search box, so the rows stay short on a laptop.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.not_seen)
        search_row.addWidget(self.unverified)

        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.contact_button)
        actions.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.setTabOrder(self.search, self.project)
        self.setTabOrder(self.project, self.status)
        self.setTabOrder(self.status, self.key_worker)
        self.setTabOrder(self.key_worker, self.not_seen)
        self.setTabOrder(self.not_seen, self.unverified)
        self.setTabOrder(self.unverified, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.contact_button)
        self.setTabOrder(self.contact_button, self.open_button)
