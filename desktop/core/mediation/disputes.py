"""Complicated or prolonged disputes (vụ việc phức tạp, kéo dài; Thông tư 124/2021/TT-BCA): a
case open longer than the team's number of days, or the same parties again within a year.

Parties are the same person when their names fold alike ("Hoà" = "Hòa", đ = d, any case) and
their birth years are equal (a party without one matches only a party without one), within one
team. A case comes back when an earlier case of the year before it (received that day at the
latest) had all its parties, or at least two of them: two neighbours who meet again at the
mediation table, not one person who is a party twice with different people.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from db import clock
from db.folding import fold_for_search
from db.repositories import cases as case_repository
from db.repositories import disputes as dispute_repository
from db.repositories.installation import get_team, opened_installation
from db.unit_of_work import Session, UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput
from desktop.core.mediation import rules
from desktop.core.mediation.cases import visible_query
from desktop.core.roles import Permission, can

DEFAULT_PROLONGED_AFTER_DAYS = 90
MOST_PROLONGED_AFTER_DAYS = 3650
# An anonymised party keeps this name (privacy.ledgers): every one of them is somebody else.
ANONYMOUS = fold_for_search("Ẩn danh")


@dataclass(frozen=True)
class DisputeFlags:
    """Whether a case is a complicated or prolonged dispute, and why."""

    case_id: str
    days_open: int  # to the day it ended or was found out of scope, or to today
    prolonged: bool
    repeated: bool
    earlier_cases: tuple[str, ...]  # the numbers of the earlier cases the actor may see

    @property
    def complicated(self) -> bool:
        return self.prolonged or self.repeated


def year_before(day: date) -> date:
    """The same day a year earlier (29 February → 28 February)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def prolonged_after_days(session: Session) -> int:
    """After how many days an open case counts as prolonged: the team's choice or 90."""
    team_id = opened_installation(session).own_team_id
    return (dispute_repository.prolonged_after_days(session, team_id)
            or DEFAULT_PROLONGED_AFTER_DAYS)


def set_prolonged_after_days(uow: UnitOfWork, *, days: int) -> int:
    """Choose after how many days an open case counts as prolonged in the team's reports."""
    authorize(uow, Permission.CLOSE_PERIODS)
    if not isinstance(days, int) or not 1 <= days <= MOST_PROLONGED_AFTER_DAYS:
        raise InvalidInput(field="days", problem=f"enter a number from 1 to "
                                                 f"{MOST_PROLONGED_AFTER_DAYS}")
    team_id = opened_installation(uow.session).own_team_id
    team = get_team(uow.session, team_id) if team_id else None
    if team is None:
        raise InvalidInput(field="installation", problem="only a team counts its own cases")
    team.prolonged_after_days = days
    record_event(uow, AuditAction.PROLONGED_AFTER_SET, details={"days": days})
    uow.commit()
    return days


def _earlier_cases(wanted: list[Any], matches: list[Any]
                   ) -> dict[str, list[tuple[date, str, str]]]:
    """{case id: (day received, number, id) of each earlier case of the year before it with
    the same parties: all of them, or at least two}, from the rows of `wanted_parties` and
    `same_parties`."""
    keys: dict[str, set[tuple]] = defaultdict(set)
    order: dict[str, tuple[date, str]] = {}
    for case_id, case_no, received, folded_name, birth_year in wanted:
        keys[case_id].add((folded_name, birth_year))
        order[case_id] = (received, case_no)
    shared: dict[str, dict[tuple[date, str, str], set[tuple]]] = defaultdict(
        lambda: defaultdict(set))
    for case_id, other_id, folded_name, birth_year, received, case_no in matches:
        shared[case_id][(received, case_no, other_id)].add((folded_name, birth_year))
    found = {}
    for case_id, by_case in shared.items():
        since, needed = year_before(order[case_id][0]), min(2, len(keys[case_id]))
        earlier = sorted(other for other, names in by_case.items()
                         if len(names) >= needed and since <= other[0]
                         and other[:2] < order[case_id])
        if earlier:
            found[case_id] = earlier
    return found


def _repeats(session: Session, since: date, until: date, **wanted: Any
             ) -> dict[str, list[tuple[date, str, str]]]:
    """The earlier cases with the same parties of the cases asked about (`received` between
    two days, or `case_ids`), looked for among the cases received between the two days."""
    asked = {"role": rules.PartyRole.PARTY.value, "ignored": ["", ANONYMOUS], **wanted}
    return _earlier_cases(dispute_repository.wanted_parties(session, **asked),
                          dispute_repository.same_parties(session, since=since, until=until,
                                                          **asked))


def repeated_between(session: Session, first: date, last: date) -> set[str]:
    """Ids of the cases received between the two days that bring the same parties back."""
    return set(_repeats(session, year_before(first), last, received=(first, last)))


def _open_days(span: Any, today: date) -> int:  # a row of dispute_repository.case_spans
    closed = {rules.Status.ENDED.value: span.ended_on,
              rules.Status.OUT_OF_SCOPE.value: span.scope_checked_on or span.received_date}
    return ((closed.get(span.status) or today) - span.received_date).days


def dispute_flags(uow: UnitOfWork, *, case_ids: list[str], today: date | None = None
                  ) -> dict[str, DisputeFlags]:
    """{case id: its flags} for the cases the actor may see (the cases list, a case window);
    an earlier case another mediator keeps is counted but not named."""
    query = visible_query(uow)
    session = uow.session
    everything = can(uow.actor, Permission.VIEW_ALL_CASES)
    spans = [span for span in dispute_repository.case_spans(session, case_ids)
             if everything or case_repository.is_visible(session, span.id, query)]
    if not spans:
        return {}
    days, today = prolonged_after_days(session), today or clock.today()
    found = _repeats(session, year_before(min(span.received_date for span in spans)),
                     max(span.received_date for span in spans),
                     case_ids=[span.id for span in spans])
    result = {}
    for span in spans:
        earlier = found.get(span.id, [])
        open_days = _open_days(span, today)
        result[span.id] = DisputeFlags(
            span.id, open_days, open_days > days, bool(earlier),
            tuple(number for _day, number, other in earlier
                  if everything or case_repository.is_visible(session, other, query)))
    return result
