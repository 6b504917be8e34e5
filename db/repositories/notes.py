"""Queries on observation notes: numbering, the folded search index, filtered lists."""

from array import array
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Row,
    Select,
    TextClause,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from db.models import Hamlet, ObservationNote
from db.repositories.cases import fts_expression
from db.repositories.row_ids import count_rows, ordered_rowids
from db.repositories.search_index import reindex


@dataclass(frozen=True)
class NoteQuery:
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    hamlet_id: str | None = None
    observed_from: datetime | None = None
    observed_to: datetime | None = None
    search: str = ""
    limit: int = 1000
    sort: str = "observed_at"
    descending: bool = True


def next_note_number(session: Session, team_id: str | None, year: int) -> int:
    last = session.scalar(select(func.max(ObservationNote.number)).where(
        ObservationNote.team_id == team_id, ObservationNote.year == year))
    return (last or 0) + 1


# What a note is found by, in this order.
SEARCHED_NOTE_COLUMNS = ("note_no", "place", "summary", "details")


def note_search_text(note: ObservationNote) -> str:
    """The note's searchable text (unfolded)."""
    return " ".join(getattr(note, column) or "" for column in SEARCHED_NOTE_COLUMNS)


def reindex_note(session: Session, note: ObservationNote, previous_text: str | None = None) -> None:
    """Write the note's pending changes, then replace its entry in the full-text index (given
    its searchable text before the change, the words taken out are forgotten for good)."""
    session.flush()
    reindex(session, "note_search", note.id, note_search_text(note), previous_text)


def add_note(session: Session, note: ObservationNote) -> None:
    """Add a new note (stored at the next flush)."""
    session.add(note)


def find_note(session: Session, id_or_number: str) -> ObservationNote | None:
    key = id_or_number.strip()
    return session.scalars(select(ObservationNote).where(
        or_(ObservationNote.id == key, func.upper(ObservationNote.note_no) == key.upper()),
        ObservationNote.deleted_at.is_(None))).first()


SORT_COLUMNS = {
    "note_no": (ObservationNote.year, ObservationNote.number),
    "observed_at": (ObservationNote.observed_at,),
    "category": (ObservationNote.category,),
    "status": (ObservationNote.status,),
}


def _conditions(query: NoteQuery) -> list[ColumnElement[bool] | TextClause]:
    conditions: list[ColumnElement[bool] | TextClause] = [ObservationNote.deleted_at.is_(None)]
    if query.categories:
        conditions.append(ObservationNote.category.in_(query.categories))
    if query.statuses:
        conditions.append(ObservationNote.status.in_(query.statuses))
    if query.hamlet_id:
        conditions.append(ObservationNote.hamlet_id == query.hamlet_id)
    if query.observed_from:
        conditions.append(ObservationNote.observed_at >= query.observed_from)
    if query.observed_to:
        conditions.append(ObservationNote.observed_at <= query.observed_to)
    match = fts_expression(query.search)
    if match:
        conditions.append(text("+observation_note.rowid IN "  # walk the list index, test matches
                               "(SELECT rowid FROM note_search WHERE note_search MATCH :match)")
                          .bindparams(match=match))
    return conditions


def _ordered_statement(query: NoteQuery) -> Select:
    columns = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["observed_at"])
    order = [c.desc() if query.descending else c.asc() for c in columns]
    rowid: ColumnClause[Any] = literal_column("observation_note.rowid")
    return (select(rowid).select_from(ObservationNote).where(*_conditions(query))
            .order_by(*order, rowid.desc() if query.descending else rowid))


def note_rowids(session: Session, query: NoteQuery, *, offset: int = 0,
                limit: int | None = None) -> array:
    """Row ids of the matching notes in display order (8 bytes a note)."""
    return ordered_rowids(session, _ordered_statement(query), offset=offset, limit=limit)


def count_notes(session: Session, query: NoteQuery) -> int:
    return count_rows(session, _ordered_statement(query))


def notes_by_rowids(session: Session, rowids: list[int]) -> list[Row[Any]]:
    """(row id, note, hamlet name) for one page."""
    statement: Select = (select(literal_column("observation_note.rowid").label("rowid"), ObservationNote,
                        Hamlet.name).outerjoin(Hamlet, Hamlet.id == ObservationNote.hamlet_id)
                 .where(literal_column("observation_note.rowid").in_(list(rowids))))
    return list(session.execute(statement))


def list_notes(session: Session, query: NoteQuery) -> list[tuple[ObservationNote, str | None]]:
    """(note, hamlet name) rows in the query's order, at most `limit` of them."""
    rowids = list(note_rowids(session, query)[:query.limit])
    rows = {row.rowid: (row.ObservationNote, row.name) for row in notes_by_rowids(session, rowids)}
    return [rows[r] for r in rowids]
