"""Small read-only tables and button rows shared by the list pages."""

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QStyleOptionHeader,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)


class SortHeader(QHeaderView):
    """A column header whose arrow points the way the list runs: ▼ when the largest (the
    newest) comes first, ▲ when the smallest does. Qt's own header draws them the other way
    round, so a newest-first list showed ▲."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as the table's own header: a click sorts
        self.setHighlightSections(True)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        swapped = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
                   QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}
        option.sortIndicator = swapped.get(option.sortIndicator, option.sortIndicator)


def sortable_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A table of `model` sorted by a click on a column's header, its arrow pointing the way
    the list runs (the model is sorted by the header's column as it is shown)."""
    table = QTableView()
    table.setHorizontalHeader(SortHeader(table))
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setAccessibleName(accessible_name)
    return table


def read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next control; arrows move
    return table


def row_of(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch()
    return row


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
