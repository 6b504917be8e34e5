"""The cases table: a lazy table over the team's cases (sorting and filters in SQL)."""

from desktop.core.mediation.cases import CaseQuery, case_rowids, case_rows, start_case_list
from desktop.core.mediation.types import CaseRow
from desktop.core.text import format_date
from desktop.gui.labels import label
from desktop.gui.table_models.lazy_table_model import FIRST_IDS, PAGE_SIZE, LazyTableModel

__all__ = ["PAGE_SIZE", "CaseTableModel"]


class CaseTableModel(LazyTableModel):
    COLUMNS = ("case_no", "received_date", "first_party", "hamlet", "scope_category", "status",
               "result", "mediators", "escalated")
    WIDTHS = (110, 90, 170, 130, 170, 120, 140, 160, 60)
    SORTABLE = {0: "case_no", 1: "received_date", 2: "first_party", 4: "scope_category",
                5: "status"}

    def initial_query(self) -> CaseQuery:
        return CaseQuery()

    def headers(self) -> list[str]:
        return [self.tr("Case no."), self.tr("Received on"), self.tr("First party"),
                self.tr("Hamlet"), self.tr("Category"), self.tr("Status"), self.tr("Result"),
                self.tr("Mediators"), self.tr("Escalated")]

    def start_list(self, uow, query):
        return start_case_list(uow, query=query, first=FIRST_IDS)

    def fetch_ids(self, uow, query, offset=0, limit=None):
        return case_rowids(uow, query=query, offset=offset, limit=limit)

    def fetch_rows(self, uow, rowids):
        return case_rows(uow, rowids=rowids)

    def display(self, row: CaseRow, column: str) -> str:
        value = getattr(row, column)
        if column == "received_date":
            return format_date(value)
        if column in ("scope_category", "status", "result"):
            return label(value)
        if column == "escalated":
            return "⚠" if value else ""
        return value
