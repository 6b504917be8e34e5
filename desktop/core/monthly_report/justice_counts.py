"""Counting received case frames over a span of days, and the estimate for the days not counted.

A case is counted as a team counts its own report (db/repositories/monthly.py): it leaves the
book on the day it ended, or the day it was found out of scope (the day it was received when
that day is unknown). So carried_over + received = successful + unsuccessful + out_of_scope +
in_progress_end holds for every span, and the estimate keeps it too.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core.mediation.rules import EndReason, ScopeCategory, Status

# Cases whose field is missing or unknown (an older version of a team's app): counted apart,
# so that the fields still add up to the totals.
UNKNOWN_FIELD = "UNKNOWN"
FIELDS = (*(category.value for category in ScopeCategory), UNKNOWN_FIELD)


@dataclass(frozen=True)
class CaseFrame:
    """What the counting needs of one received case."""

    team_id: str
    received: date
    field: str
    successful: bool
    ended: bool
    out_of_scope: bool
    closed_on: date | None  # the day it left the book; None while it is open


@dataclass(frozen=True)
class FieldCounts:
    """Cases of one field (Decree 15/2014 Art. 5(1)): received, ended thành, ended không thành."""

    field: str
    received: int
    successful: int
    unsuccessful: int


@dataclass(frozen=True)
class CaseCounts:
    """The case indicators of one span: stocks at its edges, flows within it, and by field."""

    carried_over: int
    received: int
    successful: int
    unsuccessful: int
    out_of_scope: int
    in_progress_end: int
    by_field: tuple[FieldCounts, ...]

    @property
    def balance_holds(self) -> bool:
        return self.carried_over + self.received == (
            self.successful + self.unsuccessful + self.out_of_scope + self.in_progress_end)


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def case_frame(team_id: str, body: dict) -> CaseFrame | None:
    """The frame of a received case body; None when it has no readable day of receipt."""
    received = _day(body.get("received_date"))
    if received is None:
        return None
    status = body.get("status")
    closed: date | None = None
    if status == Status.ENDED:
        closed = _day(body.get("ended_on"))
    elif status == Status.OUT_OF_SCOPE:
        closed = _day(body.get("scope_checked_on")) or received
    field = body.get("scope_category")
    # A day of leaving before the day of receipt is a slip of the pen: it left when it came.
    return CaseFrame(team_id, received, field if field in FIELDS else UNKNOWN_FIELD,
                     body.get("end_reason") == EndReason.AGREEMENT_REACHED,
                     status == Status.ENDED, status == Status.OUT_OF_SCOPE,
                     max(closed, received) if closed else None)


def count_cases(cases: Iterable[CaseFrame], start: date, last: date) -> CaseCounts:
    """The indicators of the days from `start` to `last`, both included."""
    totals: Counter[str] = Counter()
    fields: dict[str, Counter[str]] = {field: Counter() for field in FIELDS}
    for case in cases:
        closed = case.closed_on
        totals["carried_over"] += case.received < start and (closed is None or closed >= start)
        totals["in_progress_end"] += case.received <= last and (closed is None or closed > last)
        if start <= case.received <= last:
            totals["received"] += 1
            fields[case.field]["received"] += 1
        if closed is None or not start <= closed <= last:
            continue
        if case.out_of_scope:
            totals["out_of_scope"] += 1
        elif case.ended:
            result = "successful" if case.successful else "unsuccessful"
            totals[result] += 1
            fields[case.field][result] += 1
    return CaseCounts(totals["carried_over"], totals["received"], totals["successful"],
                      totals["unsuccessful"], totals["out_of_scope"], totals["in_progress_end"],
                      tuple(FieldCounts(field, fields[field]["received"], fields[field]["successful"],
                                        fields[field]["unsuccessful"]) for field in FIELDS))


def added(parts: Iterable[CaseCounts]) -> CaseCounts:
    """The sum of several teams' counts of the same span."""
    parts = list(parts)
    by_field = tuple(FieldCounts(field, *(sum(getattr(p.by_field[index], name) for p in parts)
                                          for name in ("received", "successful", "unsuccessful")))
                     for index, field in enumerate(FIELDS))
    carried_over, received, successful, unsuccessful, out_of_scope, in_progress_end = (
        sum(getattr(p, name) for p in parts)
        for name in ("carried_over", "received", "successful", "unsuccessful", "out_of_scope",
                     "in_progress_end"))
    return CaseCounts(carried_over, received, successful, unsuccessful, out_of_scope,
                      in_progress_end, by_field)


def pro_rated(count: int, remaining_days: int, counted_days: int) -> int:
    """What `count` events in `counted_days` make in `remaining_days` at the same daily rate,
    rounded half up (in integers: no float error decides a case)."""
    return (2 * count * remaining_days + counted_days) // (2 * counted_days)


def apportioned(total: int, weights: list[int]) -> list[int]:
    """`total` shared in proportion to `weights`, the largest remainders rounded up, so that
    the shares add up to `total` exactly (weights all zero share nothing)."""
    whole = sum(weights)
    if whole == 0:
        return [0] * len(weights)
    shares = [total * weight // whole for weight in weights]
    by_remainder = sorted(range(len(weights)), key=lambda i: -(total * weights[i] % whole))
    for index in by_remainder[:total - sum(shares)]:
        shares[index] += 1
    return shares


def _estimated_fields(fields: tuple[FieldCounts, ...], received: int, successful: int,
                      unsuccessful: int) -> tuple[FieldCounts, ...]:
    """The extra cases of each kind shared over the fields as the counted ones were."""
    shares = [apportioned(extra, [getattr(f, name) for f in fields]) for extra, name in
              ((received, "received"), (successful, "successful"), (unsuccessful, "unsuccessful"))]
    return tuple(FieldCounts(f.field, f.received + shares[0][i], f.successful + shares[1][i],
                             f.unsuccessful + shares[2][i]) for i, f in enumerate(fields))


def estimated(actual: CaseCounts, remaining_days: int, counted_days: int) -> CaseCounts:
    """The whole period's figures: what was counted, and the days after it at the counted daily
    rate. Stocks are not pro-rated: the cases still open follow from the balance."""
    extra_received = pro_rated(actual.received, remaining_days, counted_days)
    extra_ended = [pro_rated(n, remaining_days, counted_days)
                   for n in (actual.successful, actual.unsuccessful, actual.out_of_scope)]
    open_cases = actual.in_progress_end + extra_received
    if sum(extra_ended) > open_cases:
        # No more cases can end than are open: the pro-rated endings shrink in proportion.
        extra_ended = apportioned(open_cases, extra_ended)
    successful, unsuccessful, out_of_scope = extra_ended
    return CaseCounts(
        actual.carried_over, actual.received + extra_received, actual.successful + successful,
        actual.unsuccessful + unsuccessful, actual.out_of_scope + out_of_scope,
        open_cases - sum(extra_ended),
        _estimated_fields(actual.by_field, extra_received, successful, unsuccessful))
