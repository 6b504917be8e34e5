"""The cases table: all matching row ids up front (8 bytes each), rows fetched a page at a time.

Sorting and filtering happen in SQL; a page not yet fetched shows "…" and is requested from
the database worker, then repainted when it arrives.
"""

from array import array
from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from desktop.core.mediation.cases import CaseQuery, case_rowids, case_rows
from desktop.core.mediation.types import CaseRow
from desktop.core.text import format_date
from desktop.gui.labels import label

_ROOT = QModelIndex()
PAGE_SIZE = 200
MAX_PAGES = 50  # at most 10,000 rows held, however long the list


class CaseTableModel(QAbstractTableModel):
    loaded = Signal(int)
    failed = Signal(object)

    COLUMNS = ("case_no", "received_date", "first_party", "hamlet", "scope_category", "status",
               "result", "mediators", "escalated")
    WIDTHS = (110, 90, 170, 130, 170, 120, 140, 160, 60)
    SORTABLE = {0: "case_no", 1: "received_date", 2: "first_party", 4: "scope_category",
                5: "status"}

    def __init__(self, runner, workspace_provider, parent=None):
        super().__init__(parent)
        self._runner, self._workspace = runner, workspace_provider
        self._rowids = array("q")
        self._pages: OrderedDict[int, dict[int, CaseRow]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self.query = CaseQuery()
        self.pages_fetched = 0

    def headers(self) -> list[str]:
        return [self.tr("Case no."), self.tr("Received on"), self.tr("First party"),
                self.tr("Hamlet"), self.tr("Category"), self.tr("Status"), self.tr("Result"),
                self.tr("Mediators"), self.tr("Escalated")]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…"
        return self._display(row, self.COLUMNS[index.column()])

    @staticmethod
    def _display(row: CaseRow, column: str) -> str:
        value = getattr(row, column)
        if column == "received_date":
            return format_date(value)
        if column in ("scope_category", "status", "result"):
            return label(value)
        if column == "escalated":
            return "⚠" if value else ""
        return value

    def row_at(self, row: int) -> CaseRow | None:
        """The row if its page is loaded; otherwise ask for the page and return None."""
        if not 0 <= row < len(self._rowids):
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        return rows.get(self._rowids[row])

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation, workspace = self._generation, self._workspace()
        wanted = list(self._rowids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE])

        def work():
            with workspace.unit_of_work() as uow:
                return case_rows(uow, rowids=wanted)

        self._runner.run(work, lambda rows: self._page_arrived(generation, page, rows),
                         lambda error: self._failed(generation, error, page))

    def _page_arrived(self, generation: int, page: int, rows: dict) -> None:
        self._requested.discard(page)
        if generation != self._generation:
            return
        self._pages[page] = rows
        self.pages_fetched += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._rowids)) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))

    def reload(self, query: CaseQuery | None = None) -> None:
        """Run the query again (new filters or order); the table resets when the ids arrive."""
        self.query = query or self.query
        self._generation += 1
        generation, workspace, current = self._generation, self._workspace(), self.query

        def work():
            with workspace.unit_of_work() as uow:
                return case_rowids(uow, query=current)

        self._runner.run(work, lambda rowids: self._ids_arrived(generation, rowids),
                         lambda error: self._failed(generation, error))

    def _failed(self, generation: int, error: BaseException, page: int | None = None) -> None:
        """Report a failure, unless it belongs to a list that has since been replaced."""
        if page is not None:
            self._requested.discard(page)
        if generation == self._generation:
            self.failed.emit(error)

    def _ids_arrived(self, generation: int, rowids: array) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rowids, self._pages, self._requested = rowids, OrderedDict(), set()
        self.endResetModel()
        self.loaded.emit(len(rowids))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column in self.SORTABLE:
            self.reload(replace(self.query, sort=self.SORTABLE[column],
                                descending=order == Qt.SortOrder.DescendingOrder))

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rowids, self._pages, self._requested = array("q"), OrderedDict(), set()
        self.endResetModel()

    @property
    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())
