"""A team's lines of today's work: cases waiting for the next step (R-MED-04, 05, 08, 09),
subject requests falling due (R-PRIV-06), months not closed, and bundles not sent or not
acknowledged by their desk. Each kind is listed only to a role that may act on it."""

from collections.abc import Iterable
from datetime import date, timedelta

from db import clock
from db.export_profiles import DESKS
from db.repositories import bundles as bundle_store
from db.repositories import cards, waiting_cases
from db.repositories import monthly as monthly_repository
from db.repositories import privacy as privacy_repository
from db.repositories.cases import CaseQuery
from db.unit_of_work import Session, UnitOfWork
from desktop.core.mediation import rules
from desktop.core.mediation.cases import visible_query
from desktop.core.monthly_report.periods import Month, months_between
from desktop.core.roles import Permission, can
from desktop.core.todo.items import (
    FOLLOW_UP_MONTHS,
    MONTHS_LOOKED_BACK,
    RECEIPT_WAIT_DAYS,
    RECOGNITION_NOTICE_DAYS,
    REQUEST_NOTICE_DAYS,
    TodoItem,
    TodoKind,
)

AGREED = rules.EndReason.AGREEMENT_REACHED.value
# Still being carried out: a follow-up may change that (DONE and NOT_COMPLIED end the watch).
STILL_CARRIED_OUT = (rules.Implementation.NOT_STARTED.value, rules.Implementation.IN_PROGRESS.value)
# Around the recognition window, in days of ended cases read: months are not all as long.
MONTH_LENGTH_SLACK = timedelta(days=3)


def _case_line(kind: TodoKind, found: list[tuple[str, date]], status: rules.Status
               ) -> list[TodoItem]:
    """One line for the cases found ((id, date) each): their number, the earliest date, and
    the case itself when there is only one."""
    if not found:
        return []
    return [TodoItem(kind, len(found), min(day for _id, day in found),
                     case_id=found[0][0] if len(found) == 1 else None, case_status=status.value)]


def _awaiting_mediator(session: Session, query: CaseQuery) -> list[TodoItem]:
    count, oldest, some_id = waiting_cases.cases_in_status(session, query, rules.Status.RECEIVED)
    if not count:
        return []
    return [TodoItem(TodoKind.CASES_AWAITING_MEDIATOR, count, oldest,
                     case_id=some_id if count == 1 else None,
                     case_status=rules.Status.RECEIVED.value)]


def _late_first_sessions(session: Session, query: CaseQuery, today: date) -> list[TodoItem]:
    """Assigned cases where even a session held today would come too late (Art. 20)."""
    rows = waiting_cases.assigned_without_session(session, query, rules.Status.ASSIGNED,
                                                  rules.MediatorRole.MEDIATOR)
    late = [(case_id, first) for case_id, first, immediate, other_time in rows
            if rules.late_start(first, today, immediate, other_time)]
    return _case_line(TodoKind.FIRST_SESSION_LATE, late, rules.Status.ASSIGNED)


def _recognition_near(session: Session, query: CaseQuery, today: date) -> list[TodoItem]:
    """Agreements whose last day to ask a court falls within the notice window, the parties
    not told yet (R-MED-08)."""
    last_day = today + timedelta(days=RECOGNITION_NOTICE_DAYS)
    months = -rules.RECOGNITION_MONTHS
    rows = waiting_cases.agreements_ended_between(
        session, query, AGREED, rules.add_months(today, months) - MONTH_LENGTH_SLACK,
        rules.add_months(last_day, months) + MONTH_LENGTH_SLACK)
    deadlines = [(case_id, rules.recognition_deadline(AGREED, ended_on)) for case_id, ended_on in rows]
    near = [(case_id, day) for case_id, day in deadlines if day and today <= day <= last_day]
    return _case_line(TodoKind.RECOGNITION_DEADLINE_NEAR, near, rules.Status.ENDED)


def _follow_ups_due(session: Session, query: CaseQuery, today: date) -> list[TodoItem]:
    """Agreements of the last months past their implementation deadline, not followed up
    since (R-MED-09)."""
    since = rules.add_months(today, -FOLLOW_UP_MONTHS)
    rows = waiting_cases.implementation_due(session, query, AGREED, since, today,
                                            STILL_CARRIED_OUT)
    return _case_line(TodoKind.FOLLOW_UP_DUE, [(case_id, day) for case_id, day in rows],
                      rules.Status.ENDED)


def case_lines(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """The case lines, over the cases the actor may see (a mediator's own)."""
    if not can(uow.actor, Permission.RECORD_CASES):
        return []
    query, session = visible_query(uow), uow.session
    waiting = _awaiting_mediator(session, query) \
        if can(uow.actor, Permission.ASSIGN_MEDIATORS) else []
    return (waiting + _late_first_sessions(session, query, today)
            + _recognition_near(session, query, today) + _follow_ups_due(session, query, today))


def request_lines(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """Open subject requests due within the notice window, or overdue."""
    if not can(uow.actor, Permission.MANAGE_PRIVACY):
        return []
    due = privacy_repository.open_requests_due_by(
        uow.session, today + timedelta(days=REQUEST_NOTICE_DAYS))
    return [TodoItem(TodoKind.SUBJECT_REQUESTS_DUE, len(due), due[0])] if due else []


def month_lines(uow: UnitOfWork, today: date, set_up_on: date) -> list[TodoItem]:
    """The finished months of the last year, since the set-up, whose report is not closed."""
    if not can(uow.actor, Permission.CLOSE_PERIODS):
        return []
    last = Month.of(today).shifted(-1)
    first = max(last.shifted(1 - MONTHS_LOOKED_BACK), Month.of(set_up_on))
    if last < first:
        return []
    months = months_between(first, last)
    closed = monthly_repository.closed_months(uow.session, [str(m) for m in months])
    not_closed = [m for m in months if str(m) not in closed]
    return [TodoItem(TodoKind.MONTHS_NOT_CLOSED, len(not_closed), not_closed[0].first_day)] \
        if not_closed else []


def _dated(kind: TodoKind, days: Iterable[date], desk: str) -> list[TodoItem]:
    found = sorted(days)
    return [TodoItem(kind, len(found), found[0], desk=desk)] if found else []


def bundle_lines(uow: UnitOfWork, today: date, set_up_on: date) -> list[TodoItem]:
    """For each desk: last month's bundle not made (once its card is enrolled), bundles never
    copied to a stick, and bundles copied a while ago that no receipt says arrived."""
    if not can(uow.actor, Permission.EXPORT_BUNDLES):
        return []
    session, finished = uow.session, Month.of(today).shifted(-1)
    states = bundle_store.export_states(session)
    waited = clock.utc_now() - timedelta(days=RECEIPT_WAIT_DAYS)
    lines = []
    for desk in DESKS:
        sent = [state for state in states if state.recipient == desk]
        if cards.active_desk_cards(session, desk) and Month.of(set_up_on) <= finished \
                and not any(state.period >= str(finished) for state in sent):
            lines.append(TodoItem(TodoKind.BUNDLE_NOT_MADE, 1, finished.first_day, desk=desk))
        lines += _dated(TodoKind.BUNDLES_NOT_COPIED, (
            clock.local_date_of(state.created_at) for state in sent
            if state.copied_to_media_at is None), desk)
        lines += _dated(TodoKind.RECEIPTS_MISSING, (
            clock.local_date_of(state.created_at) for state in sent
            if state.copied_to_media_at is not None and state.receipt_status is None
            and state.created_at <= waited), desk)
    return lines
