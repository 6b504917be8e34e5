"""A table over a long SQL list, painted before the whole list is read.

A reload first asks for the count and the first ids (the first screen needs no more), then
for every matching row id in display order (8 bytes each) in a second background step. Rows
are fetched a page at a time on the database worker and cached (at most MAX_PAGES pages); a
page beyond the ids read so far is fetched by its position. Sorting and filtering happen in
SQL; a page not yet fetched shows "…" and is requested, then repainted when it arrives.
Subclasses say which query, which rows and how to show a value.
"""

from array import array
from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from desktop.gui.operations import Operations

_ROOT = QModelIndex()
PAGE_SIZE = 200
MAX_PAGES = 50  # at most 10,000 rows held, however long the list
FIRST_IDS = 2 * PAGE_SIZE


class LazyTableModel(QAbstractTableModel):
    loaded = Signal(int)  # the count of the list
    counting = Signal()  # the first rows are shown; the count comes with all the ids
    failed = Signal(object)

    COLUMNS: tuple[str, ...] = ()
    SORTABLE: dict[int, str] = {}

    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations, self._workspace = operations, operations.workspace
        self._rowids, self._total = array("q"), 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self.query = self.initial_query()
        self.pages_fetched = 0

    # -- what a subclass provides ---------------------------------------------------------------
    def initial_query(self):
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def start_list(self, uow, query):
        """ListStart: the count and the first FIRST_IDS row ids (runs on the worker)."""
        raise NotImplementedError

    def fetch_ids(self, uow, query, offset: int = 0, limit: int | None = None):
        """Row ids of the matching rows in display order, from `offset` (runs on the worker)."""
        raise NotImplementedError

    def fetch_rows(self, uow, rowids: list[int]) -> dict:
        """{row id: row} for one page (runs on the worker)."""
        raise NotImplementedError

    def display(self, row, column: str) -> str:
        raise NotImplementedError

    # -- Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._total

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
        if not 0 <= row < self._total:
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def _request(self, page: int) -> None:
        if page in self._requested or self._workspace() is None:
            return
        self._requested.add(page)
        generation, query = self._generation, self.query
        first, last = page * PAGE_SIZE, min((page + 1) * PAGE_SIZE, self._total)
        known = list(self._rowids[first:last]) if last <= len(self._rowids) else None

        def read_page(uow):
            wanted = known if known is not None else list(
                self.fetch_ids(uow, query, offset=first, limit=PAGE_SIZE))
            rows = self.fetch_rows(uow, wanted)
            return [rows.get(rowid) for rowid in wanted]

        self._operations.run_query(None, read_page,
                                   lambda rows: self._page_arrived(generation, page, rows),
                                   on_error=lambda error: self._failed(generation, error, page))

    def _page_arrived(self, generation: int, page: int, rows: list) -> None:
        self._requested.discard(page)
        if generation != self._generation:
            return
        self._pages[page] = rows
        self.pages_fetched += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))

    def reload(self, query=None) -> None:
        """Run the query again (new filters or order); the table resets when the first ids
        arrive, and the rest of the ids follow in a second step."""
        self.query = query or self.query
        self._generation += 1
        generation, current = self._generation, self.query
        if self._workspace() is None:
            return  # locked: the page is being emptied, nothing to ask the database
        self._operations.run_query(None, lambda uow: self.start_list(uow, current),
                                   lambda start: self._started(generation, start),
                                   on_error=lambda error: self._failed(generation, error))

    def _started(self, generation: int, start) -> None:
        if generation != self._generation:
            return
        self._reset(start.first_ids, start.total)
        if len(start.first_ids) < start.total or not start.counted:
            current = self.query
            self._operations.run_query(
                None, lambda uow: self.fetch_ids(uow, current),
                lambda rowids: self._all_ids_arrived(generation, rowids, start.counted),
                on_error=lambda error: self._failed(generation, error))
        if start.counted:
            self.loaded.emit(start.total)
        else:
            self.counting.emit()

    def _all_ids_arrived(self, generation: int, rowids: array, counted: bool = True) -> None:
        if generation != self._generation:
            return
        known = len(self._rowids)
        if len(rowids) == self._total or (not counted and rowids[:known] == self._rowids):
            # The rows shown stay where they are and their pages stay valid; an uncounted
            # start grows by the rows found after its first ones.
            if len(rowids) > self._total:
                self.beginInsertRows(_ROOT, self._total, len(rowids) - 1)
                self._rowids, self._total = rowids, len(rowids)
                self.endInsertRows()
            self._rowids = rowids
            if not counted:
                self.loaded.emit(self._total)
        else:  # the data changed between the two steps
            self._reset(rowids, len(rowids))
            self.loaded.emit(len(rowids))

    def _reset(self, rowids: array, total: int) -> None:
        self.beginResetModel()
        self._rowids, self._total = rowids, total
        self._pages, self._requested = OrderedDict(), set()
        self.endResetModel()

    def _failed(self, generation: int, error: BaseException, page: int | None = None) -> None:
        """Report a failure, unless it belongs to a list that has since been replaced."""
        if page is not None:
            self._requested.discard(page)
        if generation == self._generation:
            self.failed.emit(error)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column in self.SORTABLE:
            self.reload(replace(self.query, sort=self.SORTABLE[column],
                                descending=order == Qt.SortOrder.DescendingOrder))

    def clear(self) -> None:
        self._generation += 1
        self._reset(array("q"), 0)

    @property
    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    @property
    def ids_read(self) -> int:
        """How many row ids are held (all of them once the second step is done)."""
        return len(self._rowids)
