"""Queries behind the monthly report: indicators counted from cases and notes, the twelve-month
trend, the annex of cases, a month's hand figures and its closure (R-REP-01, R-REP-02)."""

from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Case, Row, and_, case, extract, func, or_, select
from sqlalchemy.orm import Session

from db.models import CaseParty, MediationCase, MonthClosure, MonthlyFigure, ObservationNote


def _closed_on() -> Case[Any]:
    """The day a case left the book: ended, or found out of scope."""
    return case((MediationCase.status == "ENDED", MediationCase.ended_on),
                (MediationCase.status == "OUT_OF_SCOPE",
                 func.coalesce(MediationCase.scope_checked_on, MediationCase.received_date)),
                else_=None)


def _case_conditions(first: date, last: date, agreement: str, prolonged_before: date) -> dict:
    closed = _closed_on()
    in_progress_end = and_(MediationCase.received_date <= last, or_(closed.is_(None), closed > last))
    ended_in = and_(MediationCase.status == "ENDED", MediationCase.ended_on.between(first, last))
    success = MediationCase.end_reason == agreement
    received_in = MediationCase.received_date.between(first, last)
    return {
        "carried_over": and_(MediationCase.received_date < first,
                             or_(closed.is_(None), closed >= first)),
        "received": received_in,
        "ended_successful": and_(ended_in, success),
        "ended_unsuccessful": and_(ended_in, ~success),
        "out_of_scope": and_(MediationCase.status == "OUT_OF_SCOPE", closed.between(first, last)),
        "in_progress_end": in_progress_end,
        "prolonged_in_progress": and_(in_progress_end,
                                      MediationCase.received_date < prolonged_before),
        "escalated_violence": and_(MediationCase.risk_of_violence, received_in),
        "escalated_violation": and_(MediationCase.signs_of_violation, received_in),
        "written_agreements": MediationCase.written_agreement_on.between(first, last),
        "recognition_reminders": MediationCase.parties_informed_of_recognition_on.between(first, last),
    }


def count_cases(session: Session, first: date, last: date, agreement: str,
                prolonged_before: date) -> dict[str, int]:
    """The case indicators of the range, counted in one pass over the cases; `agreement` is the
    end reason of a successful mediation; a case still open at the end and received before
    `prolonged_before` is prolonged."""
    closed = _closed_on()
    conditions = _case_conditions(first, last, agreement, prolonged_before)
    # A case received and closed before the range, with no later agreement or reminder, counts
    # in none of them: one cheap test skips it before the eleven filters are evaluated.
    may_count = or_(MediationCase.received_date >= first, func.coalesce(closed, last) >= first,
                    MediationCase.written_agreement_on >= first,
                    MediationCase.parties_informed_of_recognition_on >= first)
    counted = session.execute(select(*(func.count().filter(condition).label(name)
                                       for name, condition in conditions.items()))
                              .where(MediationCase.deleted_at.is_(None), may_count)).one()
    ended_in = and_(MediationCase.status == "ENDED", MediationCase.ended_on.between(first, last))
    people = session.scalar(select(func.count()).select_from(CaseParty).join(
        MediationCase, MediationCase.id == CaseParty.case_id).where(
        CaseParty.deleted_at.is_(None), MediationCase.deleted_at.is_(None), ended_in)) or 0
    return {**{name: getattr(counted, name) or 0 for name in conditions}, "people_involved": people}


def count_by_scope_category(session: Session, first: date, last: date, categories: Iterable[str],
                            agreement: str) -> dict[str, dict[str, int]]:
    """Per category: cases received, and cases ended thành / không thành, in the range."""
    success = MediationCase.end_reason == agreement
    result = {category: {"received": 0, "successful": 0, "unsuccessful": 0}
              for category in categories}
    received = session.execute(select(MediationCase.scope_category, func.count()).where(
        MediationCase.deleted_at.is_(None), MediationCase.received_date.between(first, last))
        .group_by(MediationCase.scope_category))
    for category, count in received:
        result[category]["received"] = count
    ended = session.execute(select(MediationCase.scope_category, success, func.count()).where(
        MediationCase.deleted_at.is_(None), MediationCase.status == "ENDED",
        MediationCase.ended_on.between(first, last)).group_by(MediationCase.scope_category, success))
    for category, won, count in ended:
        result[category]["successful" if won else "unsuccessful"] += count
    return result


def count_notes(session: Session, first: date, last: date, categories: Iterable[str]
                ) -> dict[str, int]:
    """Notes observed in the range per category, tips passed to the police, tips found useful."""
    start, end = datetime.combine(first, time.min), datetime.combine(last, time.max)
    live = ObservationNote.deleted_at.is_(None)
    observed = ObservationNote.observed_at.between(start, end)
    counts = dict(session.execute(select(ObservationNote.category, func.count()).where(
        live, observed).group_by(ObservationNote.category)).all())
    result = {f"notes_{category.lower()}": counts.get(category, 0) for category in categories}
    result["tips_forwarded_to_police"] = session.scalar(select(func.count()).select_from(
        ObservationNote).where(live, ObservationNote.reported_to_police_at.between(start, end))) or 0
    result["tips_confirmed_valuable"] = session.scalar(select(func.count()).select_from(
        ObservationNote).where(live, observed, ObservationNote.police_confirmed_valuable)) or 0
    return result


def cases_per_month(session: Session, start: date, end: date) -> Iterator[tuple[str, int, int, int]]:
    """("received" or "ended", year, month, cases) for each month between the two days: counted
    per month in SQL, on an index (a year of a busy team is tens of thousands of days)."""
    live = MediationCase.deleted_at.is_(None)
    for key, day, *only in (("received", MediationCase.received_date),
                            ("ended", MediationCase.ended_on, MediationCase.status == "ENDED")):
        year, month = extract("year", day), extract("month", day)
        for y, m, count in session.execute(select(year, month, func.count()).where(
                live, day.between(start, end), *only).group_by(year, month)):
            yield key, int(y), int(m), count


def annex_rows(session: Session, start: date, end: date, limit: int) -> list[Row]:
    """Cases received or ended between the two days, by day received and number, without
    names, addresses or text (the first `limit`)."""
    columns = (MediationCase.case_no, MediationCase.received_date, MediationCase.scope_category,
               MediationCase.status, MediationCase.end_reason, MediationCase.number)
    order = (MediationCase.received_date, MediationCase.number)
    # Two range reads on their own indexes: an OR of them would scan the whole table. The
    # first `limit` of the union lie among the first `limit` of each part.
    found: dict[str, Row[Any]] = {}
    for in_range in (MediationCase.received_date.between(start, end),
                     MediationCase.ended_on.between(start, end)):
        found |= {row.case_no: row for row in session.execute(select(*columns).where(
            MediationCase.deleted_at.is_(None), in_range).order_by(*order).limit(limit))}
    return sorted(found.values(), key=lambda row: (row.received_date, row.number))[:limit]


def figure(session: Session, team_id: str | None, month: str, name: str) -> MonthlyFigure | None:
    return session.scalars(select(MonthlyFigure).where(
        MonthlyFigure.team_id == team_id, MonthlyFigure.month == month,
        MonthlyFigure.name == name)).first()


def figures_of(session: Session, months: list[str]) -> list[MonthlyFigure]:
    """The live hand figures of these months."""
    return list(session.scalars(select(MonthlyFigure).where(MonthlyFigure.month.in_(months),
                                                            MonthlyFigure.deleted_at.is_(None))))


def closure(session: Session, month: str) -> MonthClosure | None:
    return session.scalars(select(MonthClosure).where(MonthClosure.month == month,
                                                      MonthClosure.deleted_at.is_(None))).first()


def closed_months(session: Session, months: list[str]) -> set[str]:
    """Which of these months are closed."""
    return set(session.scalars(select(MonthClosure.month).where(
        MonthClosure.month.in_(months), MonthClosure.deleted_at.is_(None))))


def add(session: Session, row: MonthlyFigure | MonthClosure) -> None:
    session.add(row)
