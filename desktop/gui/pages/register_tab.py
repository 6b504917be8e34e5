"""The police unit's register of received cases: every case the teams sent, searched as you type
(case number, or an escalated case's content, without marks), sorted by any column in SQL."""

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.gui.errors import show_error
from desktop.gui.operations import Change, Operations
from desktop.gui.table_models.received_table_model import ReceivedTableModel
from desktop.gui.widgets.tables import row_of, sortable_table

TYPING_PAUSE_MILLISECONDS = 250


class RegisterTab(QWidget):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self.model = ReceivedTableModel(operations, self)
        operations.did_change.connect(
            lambda changes: self.refresh() if changes & Change.BUNDLES else None)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Case number or words of an escalated case"))
        self.search.setAccessibleName(self.tr("Search received cases"))
        self.search.setClearButtonEnabled(True)
        self.escalated = QCheckBox(self.tr("Escalated &only"))
        self.count = QLabel()
        self.table = self._make_table()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MILLISECONDS)
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(row_of(label, self.search, self.escalated, self.count))
        layout.addWidget(self.table)
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.apply_filters)
        self.escalated.toggled.connect(self.apply_filters)
        self.model.loaded.connect(
            lambda n: self.count.setText(self.tr("%n received case(s)", "", n)))
        self.model.failed.connect(lambda error: show_error(self, error))

    def _make_table(self) -> QTableView:
        table = sortable_table(self.model, self.tr("Received cases"))
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        for column, width in enumerate(ReceivedTableModel.WIDTHS):
            table.setColumnWidth(column, width)
        return table

    def apply_filters(self) -> None:
        self.model.reload(replace(self.model.query, search=self.search.text(),
                                  escalated_only=self.escalated.isChecked()))

    def load(self, _workspace) -> None:
        self.apply_filters()

    def refresh(self) -> None:
        self.apply_filters()

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.count.clear()
        self.model.clear()
