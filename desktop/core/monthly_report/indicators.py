"""Indicators counted from the records for a range of days (R-REP-01, the notes part of R-REP-02).

Flow indicators (received, ended, …) add up over months; the two stock indicators
(carried over, in progress at the end) are read at the range's edges. The balance
carried_over + received = ended + out_of_scope + in_progress_end holds by construction and is
checked anyway.
"""

from datetime import date, datetime, time

from sqlalchemy import and_, case, func, or_, select

from db.models import CaseParty, MediationCase, ObservationNote
from desktop.core.mediation.rules import EndReason, ScopeCategory
from desktop.core.monthly_report.figures import FIGURE_NAMES
from desktop.core.notes.rules import Category

STOCK = frozenset({"carried_over", "in_progress_end"})


def _closed_on():
    """The day a case left the book: ended, or found out of scope."""
    return case((MediationCase.status == "ENDED", MediationCase.ended_on),
                (MediationCase.status == "OUT_OF_SCOPE",
                 func.coalesce(MediationCase.scope_checked_on, MediationCase.received_date)),
                else_=None)


def mediation_indicators(session, first: date, last: date) -> dict[str, int]:
    """The case indicators of the range, counted in one pass over the cases."""
    closed = _closed_on()
    ended_in = and_(MediationCase.status == "ENDED", MediationCase.ended_on.between(first, last))
    success = MediationCase.end_reason == EndReason.AGREEMENT_REACHED.value
    received_in = MediationCase.received_date.between(first, last)
    conditions = {
        "carried_over": and_(MediationCase.received_date < first,
                             or_(closed.is_(None), closed >= first)),
        "received": received_in,
        "ended_successful": and_(ended_in, success),
        "ended_unsuccessful": and_(ended_in, ~success),
        "out_of_scope": and_(MediationCase.status == "OUT_OF_SCOPE", closed.between(first, last)),
        "in_progress_end": and_(MediationCase.received_date <= last,
                                or_(closed.is_(None), closed > last)),
        "escalated_violence": and_(MediationCase.risk_of_violence, received_in),
        "escalated_violation": and_(MediationCase.signs_of_violation, received_in),
        "written_agreements": MediationCase.written_agreement_on.between(first, last),
        "recognition_reminders": MediationCase.parties_informed_of_recognition_on.between(first, last),
    }
    # A case received and closed before the range, with no later agreement or reminder, counts
    # in none of the ten: one cheap test skips it before the ten filters are evaluated.
    may_count = or_(MediationCase.received_date >= first, func.coalesce(closed, last) >= first,
                    MediationCase.written_agreement_on >= first,
                    MediationCase.parties_informed_of_recognition_on >= first)
    counted = session.execute(select(*(func.count().filter(condition).label(name)
                                       for name, condition in conditions.items()))
                              .where(MediationCase.deleted_at.is_(None), may_count)).one()
    people = session.scalar(select(func.count()).select_from(CaseParty).join(
        MediationCase, MediationCase.id == CaseParty.case_id).where(
        CaseParty.deleted_at.is_(None), MediationCase.deleted_at.is_(None), ended_in)) or 0
    return {**{name: getattr(counted, name) or 0 for name in conditions}, "people_involved": people}


def by_scope_category(session, first: date, last: date) -> dict[str, dict[str, int]]:
    """Per category: cases received, and cases ended thành / không thành, in the range."""
    success = MediationCase.end_reason == EndReason.AGREEMENT_REACHED.value
    result = {category.value: {"received": 0, "successful": 0, "unsuccessful": 0}
              for category in ScopeCategory}
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


def note_indicators(session, first: date, last: date) -> dict[str, int]:
    start, end = datetime.combine(first, time.min), datetime.combine(last, time.max)
    live = ObservationNote.deleted_at.is_(None)
    observed = ObservationNote.observed_at.between(start, end)
    counts = dict(session.execute(select(ObservationNote.category, func.count()).where(
        live, observed).group_by(ObservationNote.category)).all())
    result = {f"notes_{c.value.lower()}": counts.get(c.value, 0) for c in Category}
    result["tips_forwarded_to_police"] = session.scalar(select(func.count()).select_from(
        ObservationNote).where(live, ObservationNote.reported_to_police_at.between(start, end))) or 0
    result["tips_confirmed_valuable"] = session.scalar(select(func.count()).select_from(
        ObservationNote).where(live, observed, ObservationNote.police_confirmed_valuable)) or 0
    return result


MEDIATION_NAMES = ("carried_over", "received", "ended_successful", "ended_unsuccessful",
                   "out_of_scope", "in_progress_end", "escalated_violence", "escalated_violation",
                   "written_agreements", "recognition_reminders", "people_involved")


def empty_indicators() -> dict:
    """Every indicator name at zero, in the order the counting functions return them."""
    notes = [f"notes_{c.value.lower()}" for c in Category]
    return {"mediation": dict.fromkeys(MEDIATION_NAMES, 0),
            "notes": dict.fromkeys([*notes, "tips_forwarded_to_police", "tips_confirmed_valuable"], 0),
            "figures": dict.fromkeys(FIGURE_NAMES, 0),
            "by_scope_category": {c.value: {"received": 0, "successful": 0, "unsuccessful": 0}
                                  for c in ScopeCategory}}
