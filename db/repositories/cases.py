"""Queries on mediation cases: numbering, the folded search index, filtered id lists, list rows."""

from array import array
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    TextClause,
    and_,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.folding import fold_for_search
from db.models import (
    CaseAmendment,
    CaseFollowup,
    CaseMediator,
    CaseParty,
    Hamlet,
    MediationCase,
    MediationSession,
)
from db.repositories.row_ids import count_rows, ordered_rowids, rowid_set
from db.repositories.search_index import reindex
from db.repositories.search_terms import prefix_expression, spelled_out_expression

SORT_COLUMNS = {
    "case_no": (MediationCase.year, MediationCase.number),
    "received_date": (MediationCase.received_date,),
    "status": (MediationCase.status,),
    "scope_category": (MediationCase.scope_category,),
    "first_party": (MediationCase.first_party_sort_key,),
}


@dataclass(frozen=True)
class CaseQuery:
    """Filters and order of a case list, in storage terms."""

    statuses: tuple[str, ...] = ()
    scope_categories: tuple[str, ...] = ()
    hamlet_id: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    escalated_only: bool = False
    mediator_member_id: str | None = None
    visible_to_user_id: str | None = None
    visible_to_member_id: str | None = None
    search: str = ""
    sort: str = "case_no"
    descending: bool = True


def next_case_number(session: Session, team_id: str | None, year: int) -> int:
    """The next free number in the team's sequence for `year`."""
    last = session.scalar(select(func.max(MediationCase.number))
                          .where(MediationCase.team_id == team_id, MediationCase.year == year))
    return (last or 0) + 1


# What a case is found by, in this order: these columns of the case, its hamlet's name, then
# these columns of each live party. The text indexed after each change (case_search_text) and
# the bulk rebuild (rebuild_search_index) are both made from this one definition.
SEARCHED_CASE_COLUMNS = ("case_no", "main_content", "agreement_or_demands", "notes")
SEARCHED_PARTY_COLUMNS = ("full_name", "address")


def _joined_sql(alias: str, columns: tuple[str, ...]) -> str:
    """The columns of one table alias joined by single spaces, as an SQL expression."""
    return " || ' ' || ".join(f"{alias}.{column}" for column in columns)


def _search_bodies_sql(where: str) -> str:
    """SELECT (rowid, folded searchable text) of the cases passing `where`, in SQL."""
    return ("SELECT c.rowid, fold_for_search("
            f"{_joined_sql('c', SEARCHED_CASE_COLUMNS)} || ' ' || coalesce(h.name, '') || ' ' || "
            f"coalesce((SELECT group_concat({_joined_sql('p', SEARCHED_PARTY_COLUMNS)}, ' ') "
            "FROM case_party p WHERE p.case_id = c.id AND p.deleted_at IS NULL), ''))"
            f" FROM mediation_case c LEFT JOIN hamlet h ON h.id = c.hamlet_id WHERE {where}")


def case_search_text(session: Session, case: MediationCase) -> str:
    """The case's searchable text (unfolded), read from its stored parts."""
    parties = children(session, CaseParty, case.id, CaseParty.position)
    hamlet = session.get(Hamlet, case.hamlet_id) if case.hamlet_id else None
    return " ".join([*(getattr(case, column) for column in SEARCHED_CASE_COLUMNS),
                     hamlet.name if hamlet else "",
                     *(" ".join(getattr(party, column) for column in SEARCHED_PARTY_COLUMNS)
                       for party in parties)])


def bulk_search_text(session: Session, case_id: str) -> str:
    """The folded text the bulk rebuild indexes for one case (held against case_search_text)."""
    return session.execute(text(_search_bodies_sql("c.id = :id")), {"id": case_id}).one()[1]


def reindex_case(session: Session, case: MediationCase, previous_text: str | None = None) -> None:
    """Write the case's pending changes, then replace its entry in the full-text index (given
    its searchable text before the change, the words taken out are forgotten for good)."""
    session.flush()
    reindex(session, "case_search", case.id, case_search_text(session, case), previous_text)


def rebuild_search_index(session: Session, after_rowid: int | None = None) -> None:
    """Index every case from scratch in one statement (after bulk loads), or only the cases
    added after `after_rowid`."""
    if after_rowid is None:
        session.execute(text("DELETE FROM case_search"))
    session.execute(text("INSERT INTO case_search(rowid, body) " + _search_bodies_sql("c.rowid > :after")),
                    {"after": after_rowid or 0})


def fts_expression(query: str) -> str | None:
    """Every folded word of the query as a quoted prefix term; None when nothing is left."""
    return prefix_expression(query)


def _search_match(session: Session, query: CaseQuery) -> str | None:
    return spelled_out_expression(session, "case_search", query.search)


def only_visible(statement: Select, query: CaseQuery) -> Select:
    """The statement narrowed to the cases the query's user may see (a mediator's own)."""
    if query.visible_to_user_id is None:
        return statement
    assigned = exists().where(CaseMediator.case_id == MediationCase.id,
                              CaseMediator.member_id == query.visible_to_member_id)
    return statement.where(or_(MediationCase.created_by == query.visible_to_user_id, assigned))


def _filtered(statement: Select, query: CaseQuery, match: str | None,
              from_matches: bool = False) -> Select:
    conditions: list[ColumnElement[bool] | TextClause] = [MediationCase.deleted_at.is_(None)]
    if query.statuses:
        conditions.append(MediationCase.status.in_(query.statuses))
    if query.scope_categories:
        conditions.append(MediationCase.scope_category.in_(query.scope_categories))
    if query.hamlet_id:
        conditions.append(MediationCase.hamlet_id == query.hamlet_id)
    if query.received_from:
        conditions.append(MediationCase.received_date >= query.received_from)
    if query.received_to:
        conditions.append(MediationCase.received_date <= query.received_to)
    if query.escalated_only:
        conditions.append(or_(MediationCase.risk_of_violence, MediationCase.signs_of_violation))
    if query.mediator_member_id:
        conditions.append(exists().where(CaseMediator.case_id == MediationCase.id,
                                         CaseMediator.member_id == query.mediator_member_id,
                                         CaseMediator.replaced_on.is_(None)))
    if match:
        # The unary plus keeps SQLite from looking cases up one by one from the matches: it
        # walks the list order index and tests each row against the matches instead. With few
        # matches, looking them up and sorting them is the shorter way.
        row = "mediation_case.rowid" if from_matches else "+mediation_case.rowid"
        conditions.append(text(f"{row} IN "
                               "(SELECT rowid FROM case_search WHERE case_search MATCH :match)")
                          .bindparams(match=match))
    return only_visible(statement.where(and_(*conditions)), query)


def _ordered_statement(query: CaseQuery, match: str | None = None,
                       from_matches: bool = False) -> Select:
    columns = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["case_no"])
    order = [c.desc() if query.descending else c.asc() for c in columns]
    return _filtered(select(text("mediation_case.rowid")).select_from(MediationCase), query,
                     match, from_matches).order_by(
        *order, text("mediation_case.rowid DESC" if query.descending else "mediation_case.rowid"))


def case_rowids(session: Session, query: CaseQuery, *, offset: int = 0,
                limit: int | None = None) -> array:
    """Row ids of the matching cases in display order: 8 bytes a case, however many there are."""
    return ordered_rowids(session, _ordered_statement(query, _search_match(session, query)),
                          offset=offset, limit=limit)


def count_cases(session: Session, query: CaseQuery) -> int:
    match = _search_match(session, query)
    if match and replace(query, search="") == CaseQuery(sort=query.sort, descending=query.descending):
        # Search alone: the index holds exactly the live cases (a purge removes the entry).
        return session.execute(text("SELECT count(*) FROM case_search WHERE case_search MATCH :m"),
                               {"m": match}).scalar_one()
    return count_rows(session, _ordered_statement(query, match))


# Up to FEW_MATCHES, a search's list is read from the matches and sorted. Beyond, Python walks
# the list order a slice at a time, testing each slice against the matches in its span of row
# ids: counting or gathering every match of a common word ("nguyen", 85% of cases) costs more
# than the whole first screen. If the first slice's share of matches, over every case, comes to
# MANY_MATCHES or fewer, gathering them is cheap and SQLite walks the list order testing each
# row instead, faster than Python for the longer walk a rarer word needs.
FEW_MATCHES, MANY_MATCHES = 1000, 10_000
# After the first slice, a slice is as long as the share of matches seen so far says the rest of
# the screen needs.
FIRST_SLICE, LARGEST_SLICE = 500, 20_000


def first_matching_rowids(session: Session, query: CaseQuery, limit: int) -> tuple[array, bool]:
    """For a search: the first `limit` matching row ids in display order, and whether they are
    all the matches (then their number is the count, with no counting query)."""
    match = _search_match(session, query)
    matches = session.execute(text(
        "SELECT count(*) FROM (SELECT rowid FROM case_search WHERE case_search MATCH :match "
        "LIMIT :cap)"), {"match": match, "cap": FEW_MATCHES + 1}).scalar_one()
    if matches <= FEW_MATCHES:
        return ordered_rowids(session, _ordered_statement(query, match, from_matches=True)), True
    walked = _walk_list_order(session, query, match, limit)
    if walked is not None:
        return walked
    found = ordered_rowids(session, _ordered_statement(query, match), limit=limit)
    return found, len(found) < limit


def largest_case_rowid(session: Session) -> int:
    """About the number of cases, read from the end of the table's b-tree at once."""
    return session.execute(text("SELECT max(rowid) FROM mediation_case")).scalar() or 0


def _walk_list_order(session: Session, query: CaseQuery, match: str | None, limit: int
                     ) -> tuple[array, bool] | None:
    """The walk in slices; None when its first slice finds the matches too rare to walk for."""
    walk = session.connection().execute(_ordered_statement(replace(query, search="")))
    found, size, walked_so_far = array("q"), FIRST_SLICE, 0
    try:
        while len(found) < limit:
            rows = walk.cursor.fetchmany(size)
            if not rows:
                return found, True
            walked = [row[0] for row in rows]
            hits = rowid_set(session, "SELECT rowid FROM case_search WHERE case_search MATCH "
                             ":match AND rowid BETWEEN :low AND :high",
                             {"match": match, "low": min(walked), "high": max(walked)})
            found.extend([rowid for rowid in walked if rowid in hits])
            walked_so_far += len(walked)
            share = max(len(found), 1) / walked_so_far
            if walked_so_far == len(walked) and len(found) < limit and \
                    share * largest_case_rowid(session) <= MANY_MATCHES:
                return None
            size = int(min(LARGEST_SLICE, max(FIRST_SLICE, 1.25 * (limit - len(found)) / share)))
    finally:
        walk.close()
    return found[:limit], False


# bm25 scores every match before the first row comes out, so ranking is kept to queries with
# few matches; a common word ("nguyen") lists its newest cases instead, which FTS5 walks in
# rowid order and stops at the limit.
RANK_AT_MOST = 1000


def _ranked_ids(session: Session, match: str, limit: int) -> list[str]:
    matches = session.execute(text(
        "SELECT count(*) FROM (SELECT rowid FROM case_search WHERE case_search MATCH :match "
        "LIMIT :cap)"), {"match": match, "cap": RANK_AT_MOST + 1}).scalar_one()
    order = "s.rank" if matches <= RANK_AT_MOST else "s.rowid DESC"
    return list(session.execute(text(
        "SELECT c.id FROM case_search s JOIN mediation_case c ON c.rowid = s.rowid "
        f"WHERE case_search MATCH :match AND c.deleted_at IS NULL ORDER BY {order} LIMIT :limit"),
        {"match": match, "limit": limit}).scalars().all())


def search_ranked(session: Session, query: CaseQuery, limit: int) -> list[str]:
    """Case ids for a search box: an exact case number first, then the typed words as a
    phrase (a whole name), then cases holding every word anywhere."""
    match = fts_expression(query.search)
    if not match:
        return []
    # Case numbers are stored upper-case, so the comparison can use the index.
    exact = session.scalars(only_visible(select(MediationCase.id).where(
        MediationCase.case_no == query.search.strip().upper()), query)).all()
    phrase = '"' + " ".join(fold_for_search(query.search).replace('"', " ").split()) + '"*'
    # A mediator sees only some cases, so more are fetched than will be shown.
    wanted = limit * 4 if query.visible_to_user_id else limit
    ranked = _ranked_ids(session, phrase, wanted)
    if len(ranked) < wanted:
        ranked += _ranked_ids(session, match, wanted)
    allowed = set(session.scalars(only_visible(select(MediationCase.id).where(
        MediationCase.id.in_(ranked)), query))) if query.visible_to_user_id else set(ranked)
    ordered = list(dict.fromkeys([*exact, *(i for i in ranked if i in allowed)]))
    return ordered[:limit]


LIST_COLUMNS = (MediationCase.id, MediationCase.case_no, MediationCase.received_date,
                MediationCase.status, MediationCase.scope_category, MediationCase.end_reason,
                MediationCase.risk_of_violence, MediationCase.signs_of_violation)


def list_rows(session: Session, rowids: list[int] | None = None,
              case_ids: list[str] | None = None) -> list[Row[Any]]:
    """Display rows (case, first party, hamlet, current mediators) for the given cases."""
    first_party = (select(CaseParty.full_name).where(CaseParty.case_id == MediationCase.id,
                                                      CaseParty.deleted_at.is_(None))
                   .order_by(CaseParty.position).limit(1).scalar_subquery())
    mediators = (select(func.aggregate_strings(CaseMediator.name, ", "))
                 .where(CaseMediator.case_id == MediationCase.id,
                        CaseMediator.replaced_on.is_(None), CaseMediator.role == "MEDIATOR")
                 .scalar_subquery())
    # Columns, not case objects: a page of 200 rows costs half as much without the ORM's upkeep.
    # Callers unpack the columns by position, in this order.
    statement = (select(literal_column("mediation_case.rowid").label("rowid"), *LIST_COLUMNS,
                        first_party.label("first_party"), Hamlet.name.label("hamlet_name"),
                        mediators.label("mediators"))
                 .select_from(MediationCase).outerjoin(Hamlet, Hamlet.id == MediationCase.hamlet_id))
    if rowids is not None:
        statement = statement.where(literal_column("mediation_case.rowid").in_(list(rowids)))
    if case_ids is not None:
        statement = statement.where(MediationCase.id.in_(case_ids))
    return list(session.execute(statement))


def is_visible(session: Session, case_id: str, query: CaseQuery) -> bool:
    """Whether the case passes the query's visibility rule (a mediator's own cases)."""
    statement = only_visible(select(MediationCase.id).where(MediationCase.id == case_id), query)
    return session.scalar(statement) is not None


def find_case(session: Session, id_or_number: str) -> MediationCase | None:
    """A case by its UUID or its number (HG-2026-0012), case-insensitive."""
    key = id_or_number.strip()
    return session.scalars(select(MediationCase).where(
        or_(MediationCase.id == key, func.upper(MediationCase.case_no) == key.upper()),
        MediationCase.deleted_at.is_(None))).first()


def get_case(session: Session, case_id: str) -> MediationCase | None:
    """The case with this id, deleted or not."""
    return session.get(MediationCase, case_id)


def store_case(session: Session, case: MediationCase) -> None:
    """Store a new case at once, so that rows referring to it can follow (no-op when stored)."""
    if case not in session:
        session.add(case)
        session.flush()


def replace_parties(session: Session, case_id: str, parties: list[CaseParty]) -> None:
    """Delete the case's live parties and add `parties` in their place."""
    for old in children(session, CaseParty, case_id, CaseParty.position):
        session.delete(old)
    for party in parties:
        session.add(party)


def add_case_part(session: Session,
                  part: CaseAmendment | CaseFollowup | CaseMediator | MediationSession) -> None:
    """Add a new row of a case: an assignment, a meeting, a follow-up or an amendment."""
    session.add(part)


def get_assignment(session: Session, assignment_id: str) -> CaseMediator | None:
    """A mediator's assignment to a case, by its id."""
    return session.get(CaseMediator, assignment_id)


def insert_rows(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """Add ready-stamped rows to the model's table in one executemany."""
    # Core insert on the table: the ORM's per-row bookkeeping is not needed here.
    session.connection().execute(insert(model.__table__), rows)


def children(session: Session, model: type[Any], case_id: str,
             order_by: InstrumentedAttribute[Any]) -> list[Any]:
    """The live rows of one kind belonging to a case, in the given order."""
    return list(session.scalars(select(model).where(model.case_id == case_id,
                                                    model.deleted_at.is_(None)).order_by(order_by)))


def children_by_case(session: Session, model: type[Any], case_ids: list[str],
                     order_by: InstrumentedAttribute[Any], chunk: int = 500) -> dict[str, list[Any]]:
    """The live child rows of many cases, grouped by case, in a few queries."""
    grouped: dict[str, list[Any]] = {case_id: [] for case_id in case_ids}
    for start in range(0, len(case_ids), chunk):
        part = case_ids[start:start + chunk]
        for row in session.scalars(select(model).where(model.case_id.in_(part),
                                                       model.deleted_at.is_(None))
                                   .order_by(model.case_id, order_by)):
            grouped[row.case_id].append(row)
    return grouped
