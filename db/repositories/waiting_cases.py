"""Queries of the cases waiting for the team's next step (the overview's to-do lines): waiting
for a mediator, assigned without a first session, agreements near their court-recognition
deadline or due for a follow-up. The rules themselves are the core's; these read the candidates."""

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Row, Select, exists, func, not_, select
from sqlalchemy.orm import Session

from db.models import CaseFollowup, CaseMediator, MediationCase
from db.repositories.cases import CaseQuery, only_visible


def _live(query: CaseQuery, *columns: Any) -> Select:
    """SELECT the columns from the live cases the query's user may see."""
    return only_visible(select(*columns).select_from(MediationCase)
                        .where(MediationCase.deleted_at.is_(None)), query)


def cases_in_status(session: Session, query: CaseQuery, status: str) -> tuple[int, date | None,
                                                                              str | None]:
    """(how many, the earliest received date, one of their ids) of the visible cases in a status."""
    statement = _live(query, func.count(), func.min(MediationCase.received_date),
                      func.max(MediationCase.id))
    count, oldest, some_id = session.execute(
        statement.where(MediationCase.status == status)).one()
    return count, oldest, some_id


def assigned_without_session(session: Session, query: CaseQuery, status: str,
                             mediator_role: str) -> list[Row]:
    """(id, first assignment of a mediator, immediate on scene, parties agreed another time) of
    the visible cases still in `status` (assigned: no session held yet)."""
    first_assigned = (select(func.min(CaseMediator.assigned_on))
                      .where(CaseMediator.case_id == MediationCase.id,
                             CaseMediator.role == mediator_role,
                             CaseMediator.deleted_at.is_(None))
                      .scalar_subquery())
    statement = _live(query, MediationCase.id, first_assigned.label("first_assigned"),
                      MediationCase.immediate_on_scene, MediationCase.parties_agreed_other_time)
    return list(session.execute(
        statement.where(MediationCase.status == status)))


def agreements_ended_between(session: Session, query: CaseQuery, end_reason: str,
                             first: date, last: date) -> list[Row]:
    """(id, ended on) of the visible cases ended with `end_reason` between two days, whose
    parties were not yet told they may ask a court to recognise the agreement."""
    statement = _live(query, MediationCase.id, MediationCase.ended_on).where(
        MediationCase.end_reason == end_reason, MediationCase.ended_on.between(first, last),
        MediationCase.parties_informed_of_recognition_on.is_(None))
    return list(session.execute(statement))


def implementation_due(session: Session, query: CaseQuery, end_reason: str, since: date,
                       by: date, still_open: Iterable[str]) -> list[Row]:
    """(id, implementation deadline) of the visible agreements reached since `since` whose
    deadline has come by `by`, still being carried out, and not followed up on or after their
    deadline."""
    followed_since = exists().where(CaseFollowup.case_id == MediationCase.id,
                                    CaseFollowup.deleted_at.is_(None),
                                    CaseFollowup.followed_on >= MediationCase.implementation_deadline)
    statement = _live(query, MediationCase.id, MediationCase.implementation_deadline).where(
        MediationCase.end_reason == end_reason, MediationCase.ended_on >= since,
        MediationCase.implementation_deadline <= by,
        MediationCase.implementation_status.in_(list(still_open)), not_(followed_since))
    return list(session.execute(statement))
