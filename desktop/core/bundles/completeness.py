"""The police unit's completeness grid: for each enrolled team and month, did its bundle arrive?

A month's bundle is *due* on the REPORT_DUE_DAY of the following month (a local working rule,
not a legal deadline: see docs/decisions.md). Cell states: received (a month whose bundle came
after its due day is also listed in the row's `late`), gap (arrived, but an earlier bundle of
the team is still missing), missing (due and not here), pending (not due yet), fork (a
contradicting bundle was refused for that month), not_enrolled (an empty month before the
team's card was enrolled).
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from db import clock
from db.models import BundleAlert, EnrolledCard, ReceivedBundle
from db.repositories import bundles as bundle_store
from db.repositories.cards import first_enrolled, one_card_per_team
from db.unit_of_work import UnitOfWork
from desktop.core.audit import authorize
from desktop.core.monthly_report.periods import Month, months_between
from desktop.core.roles import Permission

REPORT_DUE_DAY = 10
MAX_SEQ_AHEAD = 1000  # a bundle numbered further past a team's last unbroken one is implausible
DEFAULT_MONTHS = 12
CELL_STATES = ("received", "gap", "missing", "pending", "fork", "not_enrolled")


@dataclass(frozen=True)
class TeamRow:
    id: str
    name: str
    commune_code: str
    revoked: bool
    last_contiguous_seq: int
    missing_seqs: tuple[int, ...]
    fork_seqs: tuple[int, ...]
    cells: dict[str, str]
    late: tuple[str, ...]


@dataclass(frozen=True)
class CompletenessGrid:
    months: tuple[str, ...]
    teams: tuple[TeamRow, ...]

    def to_json(self) -> dict:
        return {"months": list(self.months),
                "teams": [{**row.__dict__, "missing_seqs": list(row.missing_seqs),
                           "fork_seqs": list(row.fork_seqs), "late": list(row.late)}
                          for row in self.teams]}


def due_date(month: Month) -> date:
    following = month.shifted(1)
    return date(following.year, following.month, REPORT_DUE_DAY)


def _cell(month: Month, bundles: list[ReceivedBundle], forks: list[BundleAlert], today: date,
          enrolled: Month) -> str:
    """The best news about one month of one team."""
    here = [b for b in bundles if b.period == str(month)]
    if any(b.status == "imported" for b in here):
        return "received"
    if here:
        return "gap"
    if any(f.period == str(month) for f in forks):
        return "fork"
    if month < enrolled:
        return "not_enrolled"
    return "missing" if today > due_date(month) else "pending"


def _late(month: Month, bundles: list[ReceivedBundle]) -> bool:
    """Received, but the first copy of the month came after its due day."""
    arrived = [clock.local_date_of(b.received_at) for b in bundles if b.period == str(month)]
    return bool(arrived) and min(arrived) > due_date(month)


def last_unbroken_seq(seqs: set[int]) -> int:
    """The highest n such that bundles 1 … n have all arrived (0 when bundle 1 has not)."""
    last = 0
    while last + 1 in seqs:
        last += 1
    return last


def missing_seqs(seqs: set[int]) -> tuple[int, ...]:
    """The numbers not yet here between the last unbroken one and the highest held, found
    from the numbers held and never more than MAX_SEQ_AHEAD of them: an import refuses a
    number further ahead, and a held one (from an older version) must not cost its size."""
    last = last_unbroken_seq(seqs)
    ahead = sorted(seq for seq in seqs if seq > last)
    if not ahead:
        return ()
    limit = min(ahead[-1], last + MAX_SEQ_AHEAD)
    return tuple(seq for seq in range(last + 1, limit) if seq not in seqs)


def _row(card: EnrolledCard, first_enrolled: datetime, bundles: list[ReceivedBundle],
         forks: list[BundleAlert], months: Sequence[Month], today: date) -> TeamRow:
    seqs = {b.seq for b in bundles}
    last_contiguous = last_unbroken_seq(seqs)
    missing = missing_seqs(seqs)
    enrolled = Month.of(clock.local_date_of(first_enrolled))
    cells = {str(m): _cell(m, bundles, forks, today, enrolled) for m in months}
    late = tuple(str(m) for m in months if cells[str(m)] == "received" and _late(m, bundles))
    return TeamRow(card.party_id, card.name, card.commune_code, card.revoked_at is not None,
                   last_contiguous, missing, tuple(sorted({f.seq for f in forks})), cells, late)


def completeness(uow: UnitOfWork, *, last: Month | None = None, months: int = DEFAULT_MONTHS,
                 today: date | None = None) -> CompletenessGrid:
    """The grid of the `months` months ending with `last` (this month by default)."""
    authorize(uow, Permission.VIEW_RECEIVED)
    today = today or clock.today()
    last = last or Month.of(today)
    shown = months_between(last.shifted(1 - max(1, months)), last)
    session = uow.session
    cards = one_card_per_team(session)
    firsts = first_enrolled(session)
    # two queries, not two per team
    bundles: defaultdict[str, list[ReceivedBundle]] = defaultdict(list)
    forks: defaultdict[str, list[BundleAlert]] = defaultdict(list)
    for bundle in bundle_store.all_received_bundles(session):
        bundles[bundle.team_id].append(bundle)
    for alert in bundle_store.all_alerts(session):
        forks[alert.team_id].append(alert)
    rows = [_row(card, firsts[card.party_id], bundles[card.party_id], forks[card.party_id], shown,
                 today) for card in cards]
    return CompletenessGrid(tuple(str(m) for m in shown), tuple(rows))
