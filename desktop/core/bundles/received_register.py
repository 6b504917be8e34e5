"""The police unit's register of received cases: every case the teams sent, as a long lazy
list with search. Only the frame travels for most cases (R-PRIV-04), so the register shows
numbers, dates, categories and states; typed digits find case numbers, typed words find
escalated cases by their content (folded: no marks, đ→d)."""

from array import array
from dataclasses import dataclass

from db.folding import fold_for_search
from db.repositories import cards
from db.repositories import received as received_repository
from db.repositories.received import ReceivedQuery
from db.unit_of_work import UnitOfWork
from desktop.core.audit import authorize
from desktop.core.roles import Permission
from desktop.core.types import ListStart

__all__ = ["REGISTER_COLUMNS", "ReceivedQuery", "ReceivedRow", "received_rowids", "received_rows",
           "register_columns", "register_values", "start_received_list"]


@dataclass(frozen=True)
class ReceivedRow:
    team: str
    reference: str
    date: str
    category: str
    state: str
    escalated: bool


REGISTER_COLUMNS = ("reference", "event_date", "category", "state", "escalated", "search_text")
_NOT_A_CASE = (None, None, None, None, False, None)


def register_values(kind: str | None, body: dict | None) -> tuple:
    """The register's columns (REGISTER_COLUMNS, in order) of one received record."""
    if kind != "mediation_case":
        return _NOT_A_CASE
    body = body or {}
    # A case escalated to this desk came in full; a frame may say it went to the other desk.
    escalated = bool(body.get("risk_of_violence") or body.get("signs_of_violation")) \
        and "main_content" in body
    # Only an escalated case's content travels (R-PRIV-04), so only it has words to search;
    # case numbers are found on their own index.
    content = fold_for_search(body.get("main_content")) if escalated else ""
    return ((body.get("case_no") or "")[:40], (body.get("received_date") or "")[:10],
            body.get("scope_category"), body.get("status"), escalated, content or None)


def register_columns(record: dict) -> dict:
    """The register's columns and folded search text of one received record, by name."""
    return dict(zip(REGISTER_COLUMNS, register_values(record.get("type"), record.get("body")),
                    strict=True))


def start_received_list(uow: UnitOfWork, *, query: ReceivedQuery, first: int) -> ListStart:
    """The count and the first `first` row numbers of the register."""
    authorize(uow, Permission.VIEW_RECEIVED)
    return ListStart(*received_repository.start_received(uow.session, query, first))


def received_rowids(uow: UnitOfWork, *, query: ReceivedQuery, offset: int = 0,
                    limit: int | None = None) -> array:
    authorize(uow, Permission.VIEW_RECEIVED)
    return received_repository.received_rowids(uow.session, query, offset=offset, limit=limit)


def received_rows(uow: UnitOfWork, *, rowids: list[int]) -> dict[int, ReceivedRow]:
    """{row number: row} for one page of the register."""
    authorize(uow, Permission.VIEW_RECEIVED)
    session = uow.session
    teams = cards.party_names(session)
    rows = {}
    for row in received_repository.rows_by_number(session, rowids):
        assert row.row_number is not None  # picked by it
        rows[row.row_number] = ReceivedRow(teams.get(row.team_id, row.team_id), row.reference or "",
                                           row.event_date or "", row.category or "",
                                           row.state or "", row.escalated)
    return rows
