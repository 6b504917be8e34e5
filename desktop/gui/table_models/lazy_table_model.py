"""A table over a long SQL list: all matching row ids up front (8 bytes each), rows fetched a
page at a time on the database worker and cached (at most MAX_PAGES pages).

Sorting and filtering happen in SQL; a page not yet fetched shows "…" and is requested, then
repainted when it arrives. Subclasses say which query, which rows and how to show a value.
"""

from array import array
from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

_ROOT = QModelIndex()
PAGE_SIZE = 200
MAX_PAGES = 50  # at most 10,000 rows held, however long the list


class LazyTableModel(QAbstractTableModel):
    loaded = Signal(int)
    failed = Signal(object)

    COLUMNS: tuple[str, ...] = ()
    SORTABLE: dict[int, str] = {}

    def __init__(self, runner, workspace_provider, parent=None):
        super().__init__(parent)
        self._runner, self._workspace = runner, workspace_provider
        self._rowids = array("q")
        self._pages: OrderedDict[int, dict] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self.query = self.initial_query()
        self.pages_fetched = 0

    # -- what a subclass provides ---------------------------------------------------------------
    def initial_query(self):
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def fetch_ids(self, uow, query):
        """Row ids of every matching row, in display order (runs on the worker)."""
        raise NotImplementedError

    def fetch_rows(self, uow, rowids: list[int]) -> dict:
        """{row id: row} for one page (runs on the worker)."""
        raise NotImplementedError

    def display(self, row, column: str) -> str:
        raise NotImplementedError

    # -- Qt model ---------------------------------------------------------------------------------
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
        return self.display(row, self.COLUMNS[index.column()])

    def row_at(self, row: int):
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
        if page in self._requested or self._workspace() is None:
            return
        self._requested.add(page)
        generation, workspace = self._generation, self._workspace()
        wanted = list(self._rowids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE])

        def work():
            with workspace.unit_of_work() as uow:
                return self.fetch_rows(uow, wanted)

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

    def reload(self, query=None) -> None:
        """Run the query again (new filters or order); the table resets when the ids arrive."""
        self.query = query or self.query
        self._generation += 1
        generation, workspace, current = self._generation, self._workspace(), self.query
        if workspace is None:
            return  # locked: the page is being emptied, nothing to ask the database

        def work():
            with workspace.unit_of_work() as uow:
                return self.fetch_ids(uow, current)

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
