"""Queries on what a police unit received: the register of received cases (numbered rows,
list order in SQL) and its folded search — FTS5 on SQLite, a GIN text index on PostgreSQL."""

import json
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    Select,
    TextClause,
    and_,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, load_only

from db.folding import fold_for_search
from db.models import ReceivedRecord
from db.repositories.row_ids import count_rows, ordered_rowids
from db.repositories.search_terms import spelled_out_words

SORT_COLUMNS = {
    "date": (ReceivedRecord.event_date, ReceivedRecord.reference),
    "team": (ReceivedRecord.team_id, ReceivedRecord.event_date),
    "reference": (ReceivedRecord.reference,),
    "state": (ReceivedRecord.state, ReceivedRecord.event_date),
}
LISTED_TYPE = "mediation_case"


@dataclass(frozen=True)
class ReceivedQuery:
    """Filters and order of the register of received cases."""

    team_id: str | None = None
    state: str | None = None
    escalated_only: bool = False
    search: str = ""
    sort: str = "date"
    descending: bool = True


def sqlite_driver(session: Session) -> Any:
    """The SQLite driver's connection, inside the session's transaction; None on another
    database. An import runs its few statements for every bundle or batch, and SQLAlchemy's
    handling of each would cost more than SQLite's own work."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    return connection.connection.dbapi_connection


def _held(session: Session, ids: list[str],
          *columns: InstrumentedAttribute[Any]) -> list[Sequence[Any]]:
    """(id, *columns) of the records already held among `ids`, in one statement whatever their
    number: on SQLite with the ids as one JSON array, on PostgreSQL as one array parameter."""
    names = ", ".join(column.key for column in columns)
    driver = sqlite_driver(session)
    if driver is not None:
        return driver.execute(f"SELECT id, {names} FROM received_record WHERE id IN "
                              "(SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall()
    return list(session.connection().exec_driver_sql(
        f"SELECT id, {names} FROM received_record WHERE id = ANY(%s)", (ids,)).all())


def held_records(session: Session, ids: list[str]) -> dict[str, tuple[str, int, int]]:
    """{id: (sending team, version, row number)} of the records already held among `ids`:
    read once per bundle, for the ownership check and for the upsert."""
    return {key: (team, version, number) for key, team, version, number
            in _held(session, ids, ReceivedRecord.team_id, ReceivedRecord.version,
                     ReceivedRecord.row_number)}


def foreign_held_ids(session: Session, team: str, ids: list[str]) -> list[str]:
    """Which of these ids are held as another team's records."""
    return [key for key, owner in _held(session, ids, ReceivedRecord.team_id) if owner != team]


def _words(search: str) -> list[str]:
    return [w for w in fold_for_search(search).replace('"', " ").replace("'", " ").split() if w]


def _case_number_prefix(search: str) -> str | None:
    """What was typed, as the start of a case number, when it holds a digit ("hg 2026 01" →
    "HG-2026-01"); case numbers are stored upper-case with hyphens."""
    if not any(ch.isdigit() for ch in search):
        return None
    return "-".join(search.upper().replace("-", " ").split())


# Fewer matching case numbers than this are sorted after a range read on their own index; more,
# and walking the list order (whose index also holds the number) finds a screenful sooner.
SORT_AT_MOST = 5_000


def _number(session: Session) -> ColumnElement[Any] | InstrumentedAttribute[int | None]:
    """The row number; on SQLite the rowid is kept equal to it, and every index holds the rowid."""
    if session.get_bind().dialect.name == "sqlite":
        return literal_column("received_record.rowid")
    return ReceivedRecord.row_number


def _reference_range(prefix: str, walk: bool) -> ColumnElement[bool]:
    reference = literal_column("+received_record.reference") if walk else ReceivedRecord.reference
    return and_(reference >= prefix, reference < prefix + "\uffff")


def _content_matches(session: Session, search: str, walk: bool = True) -> TextClause:
    """An escalated case whose folded content holds every typed word's prefix."""
    words = _words(search)
    if session.get_bind().dialect.name == "sqlite":
        # The unary plus keeps SQLite walking the list index and testing each row's rowid
        # against the matches, rather than looking every match up in the table: the shorter
        # way unless the matches are few.
        row = "+received_record.rowid" if walk else "received_record.rowid"
        return text(f"{row} IN (SELECT rowid FROM received_search WHERE "
                    "received_search MATCH :match)").bindparams(
            match=spelled_out_words(session, "received_search", words))
    return text("to_tsvector('simple', coalesce(received_record.search_text, '')) @@ "
                "to_tsquery('simple', :query)").bindparams(
        query=" & ".join(f"{word}:*" for word in words))


def _filtered(statement: Select, session: Session, query: ReceivedQuery,
              walk: bool = False) -> Select:
    # Written out, not bound: SQLite uses a partial index only when the query names its
    # condition literally.
    walk = walk and session.get_bind().dialect.name == "sqlite"  # its planner's hint only
    conditions: list[ColumnExpressionArgument[bool]] = [
        text(f"received_record.type = '{LISTED_TYPE}'")]
    if query.team_id:
        conditions.append(ReceivedRecord.team_id == query.team_id)
    if query.state:
        conditions.append(ReceivedRecord.state == query.state)
    if query.escalated_only:
        conditions.append(ReceivedRecord.escalated)
    if _words(query.search):
        prefix = _case_number_prefix(query.search)
        conditions.append(_reference_range(prefix, walk) if prefix is not None
                          else _content_matches(session, query.search, walk))
    return statement.where(and_(*conditions))


def _index_for(query: ReceivedQuery, walk: bool) -> str:
    """The register index a list query reads. Named, not left to SQLite's planner: its sampled
    statistics cannot tell that nearly every received record is a case, and it would read the
    narrow `type` index and sort a million rows."""
    if _case_number_prefix(query.search) is not None and not walk:
        return "reference"
    if query.team_id and query.sort in ("date", "team"):
        return "team"
    if query.state and query.sort in ("date", "state"):
        return "state"
    return query.sort if query.sort in SORT_COLUMNS else "date"


def _ordered(session: Session, query: ReceivedQuery, walk: bool = False) -> Select:
    columns = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["date"])
    number = _number(session)
    if _sorts_matches(session, query):
        return _matches_sorted(session, query, columns)
    order = [c.desc() if query.descending else c.asc() for c in columns]
    source = select(number).select_from(ReceivedRecord).with_hint(
        ReceivedRecord, f"INDEXED BY ix_received_record_register_{_index_for(query, walk)}",
        "sqlite")
    return _filtered(source, session, query, walk).order_by(
        *order, number.desc() if query.descending else number.asc())


def _sorts_matches(session: Session, query: ReceivedQuery) -> bool:
    """A word search on PostgreSQL: its matches are found first, then sorted."""
    return session.get_bind().dialect.name != "sqlite" and bool(_words(query.search)) \
        and _case_number_prefix(query.search) is None


def _matches_sorted(session: Session, query: ReceivedQuery,
                    columns: tuple[InstrumentedAttribute[Any], ...]) -> Select:
    """On PostgreSQL, words match at most the escalated cases: found on the text index first,
    then sorted. Left to itself, the planner walks a list index through a million rows and
    computes each one's words, twice as long."""
    matches = _filtered(select(ReceivedRecord.row_number, *columns), session, query).cte(
        "matches").prefix_with("MATERIALIZED")
    sorted_by = [matches.c[column.key] for column in (*columns, ReceivedRecord.row_number)]
    return select(matches.c.row_number).order_by(
        *(c.desc() if query.descending else c.asc() for c in sorted_by))


def start_received(session: Session, query: ReceivedQuery, first: int) -> tuple[int, array]:
    """The count and the first `first` row numbers of a list. A word search on PostgreSQL
    reads its matches (at most the escalated cases) once, rather than counting them apart."""
    if _sorts_matches(session, query):
        everything = ordered_rowids(session, _ordered(session, query))
        return len(everything), everything[:first]
    total = count_received(session, query)
    return total, received_rowids(session, query, limit=first, total=total)


def count_received(session: Session, query: ReceivedQuery) -> int:
    words_only = replace(query, search="") == ReceivedQuery(sort=query.sort,
                                                            descending=query.descending)
    if (words_only and session.get_bind().dialect.name == "sqlite" and _words(query.search)
            and _case_number_prefix(query.search) is None):
        # Words alone: the search index holds exactly the escalated cases, one entry each.
        return session.scalar(text("SELECT count(*) FROM received_search WHERE received_search "
                                   "MATCH :match"),
                              {"match": spelled_out_words(session, "received_search",
                                                          _words(query.search))})
    return count_rows(session, _ordered(session, query))


def received_rowids(session: Session, query: ReceivedQuery, *, offset: int = 0,
                    limit: int | None = None, total: int | None = None) -> array:
    """Row numbers in list order; `total`, when the caller has counted, saves a count."""
    if not _words(query.search):
        walk = False
    else:
        total = count_received(session, query) if total is None else total
        if total == 0:
            return array("q")  # nothing to walk a million rows for
        walk = total > SORT_AT_MOST
    return ordered_rowids(session, _ordered(session, query, walk), offset=offset, limit=limit)


def rows_by_number(session: Session, numbers: list[int]) -> list[ReceivedRecord]:
    """One screen of the register: its columns only, not the bodies they were read from."""
    return list(session.scalars(select(ReceivedRecord).options(load_only(
        ReceivedRecord.row_number, ReceivedRecord.team_id, ReceivedRecord.reference,
        ReceivedRecord.event_date, ReceivedRecord.category, ReceivedRecord.state,
        ReceivedRecord.escalated)).where(ReceivedRecord.row_number.in_(list(numbers)))))


def received_of_type(session: Session, kind: str) -> list[ReceivedRecord]:
    """Every received record of one type (a case's parties, say)."""
    return list(session.scalars(select(ReceivedRecord).where(ReceivedRecord.type == kind)))


def escalated_and_notes(session: Session) -> list[ReceivedRecord]:
    """The escalated cases (marked at import, so no other case's body is read) and every note."""
    return list(session.scalars(select(ReceivedRecord).where(or_(
        and_(ReceivedRecord.type == "mediation_case", ReceivedRecord.escalated),
        ReceivedRecord.type == "observation_note"))))


def count_escalated_cases(session: Session) -> int:
    """How many cases came in full (escalated to this desk)."""
    return session.scalar(select(func.count()).select_from(ReceivedRecord).where(
        ReceivedRecord.type == "mediation_case", ReceivedRecord.escalated)) or 0


def escalated_case_ids(session: Session, team_id: str, ids: list[str]) -> set[str]:
    """Which of these ids are this team's cases held here in full (escalated to this desk)."""
    found: set[str] = set()
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        found.update(session.scalars(select(ReceivedRecord.id).where(
            ReceivedRecord.type == "mediation_case", ReceivedRecord.team_id == team_id,
            ReceivedRecord.escalated, ReceivedRecord.id.in_(ids[start:start + 500]))))
    return found


def received_with_ids(session: Session, kind: str, ids: list[str]) -> list[ReceivedRecord]:
    """The received records of one type among these ids (at most 500: SQLite's bound limit)."""
    return list(session.scalars(select(ReceivedRecord).where(ReceivedRecord.type == kind,
                                                             ReceivedRecord.id.in_(ids))))
