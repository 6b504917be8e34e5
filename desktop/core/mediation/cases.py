"""Recording and reading mediation cases: intake, changes, lists, search, one case in full."""

from array import array
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from db import clock
from db.folding import fold_for_search
from db.ids import new_id
from db.models import (
    CaseAmendment,
    CaseFollowup,
    CaseMediator,
    CaseParty,
    Hamlet,
    MediationCase,
)
from db.models import MediationSession as SessionModel
from db.repositories import cases as case_repository
from db.repositories import installation as installation_repository
from db.repositories import members as member_repository
from db.repositories import volumes as volume_repository
from db.repositories.cases import CaseQuery
from db.repositories.installation import hamlet_names, list_hamlets, opened_installation, store_hamlet
from db.repositories.users import get_user
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, deny, record_event
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.mediation import rules
from desktop.core.mediation.inputs import CaseInput, PartyInput
from desktop.core.mediation.types import (
    AmendmentView,
    CaseDetail,
    CaseRow,
    FollowupView,
    MediatorView,
    PartyView,
    SessionView,
)
from desktop.core.roles import Permission, can
from desktop.core.text import name_sort_key, split_name
from desktop.core.types import ListStart

__all__ = ["CaseQuery", "case_rowids", "case_rows", "create_case", "get_case", "list_cases",
           "search_cases", "start_case_list", "update_case"]

SEARCH_LIMIT = 50
INTAKE_FIELDS = frozenset({"received_date", "basis", "scope_category", "hamlet", "main_content",
                           "parties", "immediate_on_scene", "parties_agreed_other_time"})
CLOSED = (rules.Status.ENDED, rules.Status.OUT_OF_SCOPE)


ALL_CASES = CaseQuery()


def visible_query(uow: UnitOfWork, query: CaseQuery = ALL_CASES) -> CaseQuery:
    """Narrow a query to what the actor may see: a mediator sees their own cases only."""
    authorize(uow, Permission.RECORD_CASES)
    if can(uow.actor, Permission.VIEW_ALL_CASES):
        return query
    assert uow.actor is not None  # authorize let only a signed-in actor through
    user = get_user(uow.session, uow.actor.user_id)
    return replace(query, visible_to_user_id=uow.actor.user_id,
                   visible_to_member_id=user.member_id if user else None)


def load_case(uow: UnitOfWork, case_ref: str) -> MediationCase:
    """The case by id or number, if the actor may see it."""
    query = visible_query(uow)
    case = case_repository.find_case(uow.session, case_ref)
    if case is None:
        raise NotFound(what="Case", name=case_ref)
    if not case_repository.is_visible(uow.session, case.id, query):
        deny(uow, "see another mediator's case")
    return case


def load_open_case(uow: UnitOfWork, case_ref: str) -> MediationCase:
    """The case, if its log-book entry may still change (its volume is not closed)."""
    case = load_case(uow, case_ref)
    if volume_repository.in_closed_volume(uow.session, case.team_id, case.received_date):
        raise InvalidInput(field="volume", problem="the log-book volume is closed; record an "
                                                   "amendment instead")
    return case


def _check_escalation(case: MediationCase) -> None:
    """A raised flag needs the time it was reported and to whom (Art. 10(4)–(5))."""
    for flag, when, to in (("risk_of_violence", "violence_reported_at", "violence_reported_to"),
                           ("signs_of_violation", "violation_reported_at",
                            "violation_reported_to")):
        if getattr(case, flag) and (getattr(case, when) is None or not getattr(case, to)):
            raise InvalidInput(field=flag, problem="record when it was reported and to whom")


def _hamlet_id(uow: UnitOfWork, name: str | None, team_id: str | None) -> str | None:
    if not name:
        return None
    hamlet = installation_repository.find_hamlet(uow.session, name)
    if hamlet is None:  # the local list grows as cases mention new places
        hamlet = Hamlet(team_id=team_id, name=" ".join(name.split()),
                        name_fold=fold_for_search(name), active=True)
        store_hamlet(uow.session, hamlet)
    return hamlet.id


def _replace_parties(uow: UnitOfWork, case: MediationCase, parties: tuple[PartyInput, ...]) -> None:
    rows = []
    for position, party in enumerate(parties):
        family, middle, given = split_name(party.full_name)
        rows.append(CaseParty(
            case_id=case.id, team_id=case.team_id, position=position, role=party.role,
            kind=party.kind, full_name=party.full_name, family_name=family, middle_name=middle,
            given_name=given, sort_key=name_sort_key(family, middle, given),
            birth_year=party.birth_year, address=party.address))
    case_repository.replace_parties(uow.session, case.id, rows)
    first = parties[0] if parties else None
    case.first_party_sort_key = name_sort_key(*split_name(first.full_name)) if first else ""


def _apply(uow: UnitOfWork, case: MediationCase, data: CaseInput) -> None:
    for name in data.given - {"parties", "hamlet"}:
        setattr(case, name, getattr(data, name))
    if "hamlet" in data.given:
        case.hamlet_id = _hamlet_id(uow, data.hamlet, case.team_id)
    # A new case is stored before rows that refer to it.
    case_repository.store_case(uow.session, case)
    if "parties" in data.given:
        assert data.parties is not None  # given parties are read into a tuple
        _replace_parties(uow, case, data.parties)
    if "scope_check" in data.given:
        check_scope_fields(case)
    _check_escalation(case)
    check_deadline(case)


def check_deadline(case: MediationCase) -> None:
    """An agreement cannot fall due before it was reached, nor before the case came in."""
    start = case.ended_on or case.received_date
    if case.implementation_deadline and start and case.implementation_deadline < start:
        raise InvalidInput(field="implementation_deadline",
                           problem="before the agreement was reached")


def check_scope_fields(case: MediationCase) -> None:
    """Scope gate (R-MED-03): an exclusion makes the case OUT_OF_SCOPE; "unsure" needs a note."""
    if case.scope_check == rules.ScopeCheck.EXCLUDED:
        if not case.scope_exclusion:
            raise InvalidInput(field="scope_exclusion", problem="say which exclusion applies")
        if case.status not in (rules.Status.RECEIVED, rules.Status.ASSIGNED,
                               rules.Status.OUT_OF_SCOPE):
            raise InvalidInput(field="scope_check", problem="mediation has already started")
        case.status = rules.Status.OUT_OF_SCOPE
        case.scope_checked_on = case.scope_checked_on or case.received_date
    elif case.scope_check == rules.ScopeCheck.UNSURE_JUSTICE_OFFICER_CONSULTED and \
            not case.scope_note:
        raise InvalidInput(field="scope_note", problem="note whom you consulted and what they said")


def save_and_index(uow: UnitOfWork, case: MediationCase, action: AuditAction | None,
                   details: dict | None = None, previous_text: str | None = None) -> None:
    """Store the changes, refresh the search index and audit: every case change ends so, and
    its service then commits. `previous_text`: the case's searchable text before a correction,
    whose removed words are then erased from the index too."""
    case_repository.reindex_case(uow.session, case, previous_text)
    if action:
        record_event(uow, action, target_type="case", target_id=case.id, details=details or {})


def create_case(uow: UnitOfWork, *, data: CaseInput) -> CaseDetail:
    """Open a new case as RECEIVED, numbered HG-<year>-<nnnn> within the team.

    A case typed in without a received date was received today, on the installation's calendar
    (an old log book's row has no such default: `loading.py` requires its date).
    """
    if "received_date" not in data.given:
        data = replace(data, received_date=clock.today(), given=data.given | {"received_date"})
    case = build_case(uow, data)
    save_and_index(uow, case, AuditAction.CASE_CREATED)
    result = case_detail(uow, case)
    uow.commit()
    return result


def build_case(uow: UnitOfWork, data: CaseInput) -> MediationCase:
    """A new RECEIVED case with its parties, stored but not committed."""
    authorize(uow, Permission.RECORD_CASES)
    missing = [f for f in ("received_date", "basis", "scope_category") if f not in data.given]
    if missing:
        raise InvalidInput(field=missing[0], problem="required")
    assert data.received_date is not None  # required above
    team_id = opened_installation(uow.session).own_team_id
    year = data.received_date.year
    number = case_repository.next_case_number(uow.session, team_id, year)
    case = MediationCase(id=new_id(), team_id=team_id, year=year, number=number,
                         case_no=f"HG-{year}-{number:04d}", status=rules.Status.RECEIVED,
                         scope_check=rules.ScopeCheck.NOT_CHECKED, main_content="",
                         agreement_or_demands="", notes="")
    _apply(uow, case, data)
    return case


def update_case(uow: UnitOfWork, *, case_ref: str, data: CaseInput) -> CaseDetail:
    """Change the given fields; a closed case keeps its intake as recorded."""
    case = load_open_case(uow, case_ref)
    if case.status in CLOSED and data.given & INTAKE_FIELDS:
        raise InvalidInput(field=sorted(data.given & INTAKE_FIELDS)[0],
                           problem="the case is closed; add a note instead")
    if "received_date" in data.given:
        assert data.received_date is not None  # a given date is read into a date
        if data.received_date.year != case.year:
            raise InvalidInput(field="received_date", problem="must stay in the case number's year")
    previous_text = case_repository.case_search_text(uow.session, case)
    _apply(uow, case, data)
    save_and_index(uow, case, AuditAction.CASE_UPDATED, {"fields": sorted(data.given)},
                   previous_text)
    result = case_detail(uow, case)
    uow.commit()
    return result


def get_case(uow: UnitOfWork, *, case_ref: str) -> CaseDetail:
    """One case in full; opening a case's personal data is audited (R-PRIV-09)."""
    case = load_case(uow, case_ref)
    detail = case_detail(uow, case)
    record_event(uow, AuditAction.CASE_VIEWED, target_type="case", target_id=case.id)
    uow.commit()
    return detail


def _row(row: Sequence[Any]) -> CaseRow:
    # Unpacked by position (list_rows' column order): a page makes hundreds of rows, and each
    # look-up of a column by name costs about as much as making the row.
    (_rowid, case_id, case_no, received_date, status, scope_category, end_reason, risk_of_violence,
     signs_of_violation, first_party, hamlet_name, mediators) = row
    return CaseRow(case_id, case_no, received_date, status, scope_category,
                   rules.result_of(end_reason), first_party or "", hamlet_name or "",
                   mediators or "", risk_of_violence or signs_of_violation)


def case_rowids(uow: UnitOfWork, *, query: CaseQuery, offset: int = 0, limit: int | None = None) -> array:
    """Ordered row ids of the cases matching `query` (what a lazy table needs)."""
    return case_repository.case_rowids(uow.session, visible_query(uow, query), offset=offset,
                                       limit=limit)


def start_case_list(uow: UnitOfWork, *, query: CaseQuery, first: int) -> ListStart:
    """The count and the first `first` row ids: enough to paint a list's first screen."""
    query = visible_query(uow, query)
    if case_repository.fts_expression(query.search):
        # Typed into the search box: the first screen comes before the count.
        rowids, complete = case_repository.first_matching_rowids(uow.session, query, first)
        return ListStart(len(rowids), rowids, counted=complete)
    return ListStart(case_repository.count_cases(uow.session, query),
                     case_repository.case_rowids(uow.session, query, limit=first))


def case_rows(uow: UnitOfWork, *, rowids: list[int]) -> dict[int, CaseRow]:
    """List rows for the given row ids (one page of a lazy table)."""
    authorize(uow, Permission.RECORD_CASES)
    return {row[0]: _row(row) for row in case_repository.list_rows(uow.session, rowids=rowids)}


def list_cases(uow: UnitOfWork, *, query: CaseQuery = ALL_CASES, limit: int = 1000) -> list[CaseRow]:
    rowids = list(case_rowids(uow, query=query)[:limit])
    rows = case_rows(uow, rowids=rowids)
    return [rows[r] for r in rowids]


def search_cases(uow: UnitOfWork, *, text: str, limit: int = SEARCH_LIMIT) -> list[CaseRow]:
    """The search box: case number, party names, addresses, hamlet and content, folded."""
    query = visible_query(uow, CaseQuery(search=text))
    ids = case_repository.search_ranked(uow.session, query, limit)
    rows = {row.id: _row(row)
            for row in case_repository.list_rows(uow.session, case_ids=ids)}
    return [rows[i] for i in ids if i in rows]


def filter_choices(uow: UnitOfWork) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(id, name) of the hamlets and of the register's mediators, for list filters."""
    authorize(uow, Permission.RECORD_CASES)
    hamlets = tuple((h.id, h.name) for h in list_hamlets(uow.session))
    members = tuple((m.id, m.full_name) for m in member_repository.list_members(uow.session))
    return hamlets, members


def case_detail(uow: UnitOfWork, case: MediationCase) -> CaseDetail:
    """Assemble the full view of a case, with derived result, deadline and warnings."""
    return case_details(uow, [case])[0]


def case_details(uow: UnitOfWork, cases: list[MediationCase]) -> list[CaseDetail]:
    """Full views of many cases, loading their parts in a few queries (the log book)."""
    ids = [case.id for case in cases]
    parts = {model: case_repository.children_by_case(uow.session, model, ids, order)
             for model, order in ((CaseParty, CaseParty.position),
                                  (CaseMediator, CaseMediator.assigned_on),
                                  (SessionModel, SessionModel.held_on),
                                  (CaseFollowup, CaseFollowup.followed_on),
                                  (CaseAmendment, CaseAmendment.created_at))}
    hamlets = hamlet_names(uow.session)
    return [_detail(case, hamlets.get(case.hamlet_id or "", ""),
                    *(parts[model][case.id] for model in (CaseParty, CaseMediator, SessionModel,
                                                          CaseFollowup, CaseAmendment)))
            for case in cases]


def _detail(case: MediationCase, hamlet: str, parties: list[CaseParty],
            mediators: list[CaseMediator], sessions: list[SessionModel],
            followups: list[CaseFollowup], amendments: list[CaseAmendment]) -> CaseDetail:
    first_assigned = min((m.assigned_on for m in mediators if m.role == "MEDIATOR"), default=None)
    late = rules.late_start(first_assigned, sessions[0].held_on if sessions else None,
                            case.immediate_on_scene, case.parties_agreed_other_time)
    fields = {name: getattr(case, name) for name in CaseDetail.__dataclass_fields__
              if hasattr(MediationCase, name) and name not in ("parties", "mediators")}
    return CaseDetail(
        **fields, hamlet=hamlet, result=rules.result_of(case.end_reason),
        recognition_deadline=rules.recognition_deadline(case.end_reason, case.ended_on),
        parties=tuple(PartyView(p.id, p.full_name, p.family_name, p.middle_name, p.given_name,
                                p.kind, p.role, p.birth_year, p.address) for p in parties),
        mediators=tuple(MediatorView(m.id, m.name, m.member_id, m.role, m.assigned_on,
                                     m.no_conflict_confirmed_at, m.replaced_on, m.replaced_reason)
                        for m in mediators),
        sessions=tuple(SessionView(s.id, s.held_on, s.place, s.summary) for s in sessions),
        followups=tuple(FollowupView(f.id, f.followed_on, f.implementation_status, f.note)
                        for f in followups),
        amendments=tuple(AmendmentView(a.field, a.old_value, a.new_value, a.reason, a.amended_on)
                         for a in amendments),
        warnings=("LATE_START",) if late else ())
