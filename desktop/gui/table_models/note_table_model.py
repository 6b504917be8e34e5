"""The notes table: the newest notes first, filtered and searched in SQL on the worker."""

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from desktop.core.notes.notes import NoteQuery, NoteRow, list_notes
from desktop.gui.labels import label

_ROOT = QModelIndex()


class NoteTableModel(QAbstractTableModel):
    loaded = Signal(int)
    failed = Signal(object)
    COLUMNS = ("note_no", "observed_at", "category", "summary", "hamlet", "status", "reported")

    def __init__(self, runner, workspace_provider, parent=None):
        super().__init__(parent)
        self._runner, self._workspace = runner, workspace_provider
        self._rows: list[NoteRow] = []
        self._generation = 0
        self.query = NoteQuery(limit=2000)

    def headers(self) -> list[str]:
        return [self.tr("Note no."), self.tr("Time"), self.tr("Category"), self.tr("Summary"),
                self.tr("Hamlet"), self.tr("Status"), self.tr("Reported to police")]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        value = getattr(row, column)
        if column == "observed_at":
            return value.strftime("%d/%m/%Y %H:%M")
        if column in ("category", "status"):
            return label(value)
        if column == "reported":
            return "✓" if value else "—"
        return value

    def row_at(self, row: int) -> NoteRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def reload(self, **changes) -> None:
        self.query = replace(self.query, **changes)
        self._generation += 1
        generation, workspace, query = self._generation, self._workspace(), self.query

        def work():
            with workspace.unit_of_work() as uow:
                return list_notes(uow, query=query)

        self._runner.run(work, lambda rows: self._arrived(generation, rows),
                         lambda error: self.failed.emit(error)
                         if generation == self._generation else None)

    def _arrived(self, generation: int, rows: list[NoteRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.loaded.emit(len(rows))

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self.endResetModel()
