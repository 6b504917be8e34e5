"""The register of received cases at a police unit: a lazy table, however many teams sent."""

from datetime import date

from desktop.core.bundles.received_register import (
    ReceivedQuery,
    ReceivedRow,
    received_rowids,
    received_rows,
    start_received_list,
)
from desktop.core.text import format_date
from desktop.gui.labels import label
from desktop.gui.table_models.lazy_table_model import FIRST_IDS, LazyTableModel


class ReceivedTableModel(LazyTableModel):
    COLUMNS = ("team", "reference", "date", "category", "state", "escalated")
    WIDTHS = (200, 130, 90, 190, 130, 60)
    SORTABLE = {0: "team", 1: "reference", 2: "date", 4: "state"}

    def initial_query(self) -> ReceivedQuery:
        return ReceivedQuery()

    def headers(self) -> list[str]:
        return [self.tr("Team"), self.tr("Case no."), self.tr("Received on"), self.tr("Category"),
                self.tr("Status"), self.tr("Escalated")]

    def start_list(self, uow, query):
        return start_received_list(uow, query=query, first=FIRST_IDS)

    def fetch_ids(self, uow, query, offset=0, limit=None):
        return received_rowids(uow, query=query, offset=offset, limit=limit)

    def fetch_rows(self, uow, rowids):
        return received_rows(uow, rowids=rowids)

    def display(self, row: ReceivedRow, column: str) -> str:
        value = getattr(row, column)
        if column == "date":
            return format_date(date.fromisoformat(value)) if value else ""
        if column in ("category", "state"):
            return label(value)
        if column == "escalated":
            return "⚠" if value else ""
        return value
