"""The security notes table: a lazy table over the notes, newest first (filters in SQL)."""

from desktop.core.notes.notes import NoteQuery, NoteRow, note_rowids, note_rows, start_note_list
from desktop.gui.labels import label
from desktop.gui.table_models.lazy_table_model import FIRST_IDS, LazyTableModel


class NoteTableModel(LazyTableModel):
    COLUMNS = ("note_no", "observed_at", "category", "summary", "hamlet", "status", "reported")
    SORTABLE = {0: "note_no", 1: "observed_at", 2: "category", 5: "status"}

    def initial_query(self) -> NoteQuery:
        return NoteQuery()

    def headers(self) -> list[str]:
        return [self.tr("Note no."), self.tr("Time"), self.tr("Category"), self.tr("Summary"),
                self.tr("Hamlet"), self.tr("Status"), self.tr("Reported to police")]

    def start_list(self, uow, query):
        return start_note_list(uow, query=query, first=FIRST_IDS)

    def fetch_ids(self, uow, query, offset=0, limit=None):
        return note_rowids(uow, query=query, offset=offset, limit=limit)

    def fetch_rows(self, uow, rowids):
        return note_rows(uow, rowids=rowids)

    def display(self, row: NoteRow, column: str) -> str:
        value = getattr(row, column)
        if column == "observed_at":
            return value.strftime("%d/%m/%Y %H:%M")
        if column in ("category", "status"):
            return label(value)
        if column == "reported":
            return "✓" if value else "—"
        return value
