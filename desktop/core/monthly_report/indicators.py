"""Indicators counted from the records for a range of days (R-REP-01, the notes part of R-REP-02).

Flow indicators (received, ended, …) add up over months; the stock indicators (carried over,
in progress at the end, prolonged at the end) are read at the range's edges. The balance
carried_over + received = ended + out_of_scope + in_progress_end holds by construction and is
checked anyway.
"""

from datetime import date, timedelta

from db.repositories import monthly
from db.unit_of_work import Session
from desktop.core.mediation import disputes
from desktop.core.mediation.rules import EndReason, ScopeCategory
from desktop.core.monthly_report.figures import FIGURE_NAMES
from desktop.core.notes.rules import Category

# Read at the range's edges: the first from its first month, the others from its last.
STOCK = frozenset({"carried_over", "in_progress_end", "prolonged_in_progress"})
MEDIATION_NAMES = ("carried_over", "received", "ended_successful", "ended_unsuccessful",
                   "out_of_scope", "in_progress_end", "escalated_violence", "escalated_violation",
                   "written_agreements", "recognition_reminders", "people_involved",
                   "prolonged_in_progress", "repeated_disputes")


def mediation_indicators(session: Session, first: date, last: date) -> dict[str, int]:
    """The case indicators of the range, counted in one pass over the cases, with the
    complicated or prolonged disputes (Thông tư 124/2021/TT-BCA): cases open at the end for
    longer than the team's number of days, and cases received that bring the same parties back
    within a year."""
    prolonged_before = last - timedelta(days=disputes.prolonged_after_days(session))
    counted = monthly.count_cases(session, first, last, EndReason.AGREEMENT_REACHED.value,
                                  prolonged_before)
    counted["repeated_disputes"] = len(disputes.repeated_between(session, first, last))
    return {name: counted[name] for name in MEDIATION_NAMES}


def by_scope_category(session: Session, first: date, last: date) -> dict[str, dict[str, int]]:
    """Per category: cases received, and cases ended thành / không thành, in the range."""
    return monthly.count_by_scope_category(session, first, last,
                                           [category.value for category in ScopeCategory],
                                           EndReason.AGREEMENT_REACHED.value)


def note_indicators(session: Session, first: date, last: date) -> dict[str, int]:
    """Notes per category, tips passed to the police and tips found useful, in the range."""
    return monthly.count_notes(session, first, last, [category.value for category in Category])


def empty_indicators() -> dict:
    """Every indicator name at zero, in the order the counting functions return them."""
    notes = [f"notes_{c.value.lower()}" for c in Category]
    return {"mediation": dict.fromkeys(MEDIATION_NAMES, 0),
            "notes": dict.fromkeys([*notes, "tips_forwarded_to_police", "tips_confirmed_valuable"], 0),
            "figures": dict.fromkeys(FIGURE_NAMES, 0),
            "by_scope_category": {c.value: {"received": 0, "successful": 0, "unsuccessful": 0}
                                  for c in ScopeCategory}}
