"""Queries behind the complicated or prolonged disputes (Thông tư 124/2021/TT-BCA): the same
parties in two cases of a team, and how long given cases have been open."""

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, select
from sqlalchemy.orm import Session, aliased

from db.models import CaseParty, MediationCase, Team


def _wanted(case: Any, received: tuple[date, date] | None, case_ids: list[str] | None
            ) -> ColumnElement[bool]:
    """The cases asked about: received between two days, or named by id."""
    if received is not None:
        return case.received_date.between(*received)
    return case.id.in_(case_ids or [])


def wanted_parties(session: Session, *, role: str, ignored: list[str],
                   received: tuple[date, date] | None = None,
                   case_ids: list[str] | None = None) -> list[Row]:
    """(case id, case number, day received, folded name, birth year) of the live parties with
    `role` of the live cases asked about, but for the names in `ignored`."""
    return list(session.execute(
        select(CaseParty.case_id, MediationCase.case_no, MediationCase.received_date,
               CaseParty.folded_name, CaseParty.birth_year)
        .join(MediationCase, CaseParty.case_id == MediationCase.id)
        .where(MediationCase.deleted_at.is_(None), CaseParty.deleted_at.is_(None),
               CaseParty.role == role, CaseParty.folded_name.not_in(ignored),
               _wanted(MediationCase, received, case_ids))))


def same_parties(session: Session, *, role: str, ignored: list[str], since: date, until: date,
                 received: tuple[date, date] | None = None,
                 case_ids: list[str] | None = None) -> list[Row]:
    """(case id, other case id, folded name, birth year, other case's day received and number)
    for each party with `role` of a case asked about who is, with the same folded name and
    birth year, a party with `role` of another live case of the same team received between
    `since` and `until` (read on the folded name's index)."""
    later, earlier = aliased(CaseParty), aliased(CaseParty)
    later_case, earlier_case = aliased(MediationCase), aliased(MediationCase)
    return list(session.execute(
        select(later.case_id, earlier.case_id.label("other_id"), later.folded_name,
               later.birth_year, earlier_case.received_date, earlier_case.case_no)
        .select_from(later)
        .join(later_case, later_case.id == later.case_id)
        .join(earlier, and_(earlier.folded_name == later.folded_name,
                            earlier.birth_year.is_not_distinct_from(later.birth_year)))
        .join(earlier_case, earlier_case.id == earlier.case_id)
        .where(later_case.deleted_at.is_(None), later.deleted_at.is_(None), later.role == role,
               later.folded_name.not_in(ignored), _wanted(later_case, received, case_ids),
               earlier.deleted_at.is_(None), earlier.role == role,
               earlier_case.deleted_at.is_(None), earlier_case.team_id == later_case.team_id,
               earlier.case_id != later.case_id,
               earlier_case.received_date.between(since, until))))


def case_spans(session: Session, case_ids: list[str]) -> list[Row]:
    """(id, case number, day received, status, day ended, day found out of scope) of the
    live cases with these ids."""
    columns = (MediationCase.id, MediationCase.case_no, MediationCase.received_date,
               MediationCase.status, MediationCase.ended_on, MediationCase.scope_checked_on)
    found: list[Row] = []
    for start in range(0, len(case_ids), 500):  # SQLite's limit on bound parameters
        found += session.execute(select(*columns).where(
            MediationCase.deleted_at.is_(None),
            MediationCase.id.in_(case_ids[start:start + 500]))).all()
    return found


def prolonged_after_days(session: Session, team_id: str | None) -> int | None:
    """The team's own threshold for a prolonged case, None when it has chosen none."""
    if team_id is None:
        return None
    return session.scalar(select(Team.prolonged_after_days).where(Team.id == team_id))
