"""The commune People's Committee's statistics of grassroots mediation, from what the teams sent.

Counted from the received case frames and register figures (never from the teams' own monthly
summaries), per team and in total, in the justice line's periods (justice_periods.py): the actual
figures to the cut-off, and the whole period — estimated from the counted daily rate while the
period runs, counted day by day once it is over (docs/decisions.md).
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import orjson

from db import clock
from db.repositories.cards import party_names
from db.repositories.installation import opened_installation
from db.repositories.received_cases import received_bodies
from db.unit_of_work import Session, UnitOfWork
from desktop.core.audit import authorize
from desktop.core.errors import InvalidInput
from desktop.core.monthly_report.justice_counts import (
    CaseCounts,
    CaseFrame,
    FieldCounts,
    added,
    case_frame,
    count_cases,
    estimated,
)
from desktop.core.monthly_report.justice_periods import JusticePeriod
from desktop.core.roles import COMMUNE, Permission
from desktop.core.text import collation_key

__all__ = ["CaseCounts", "FieldCounts", "JusticeReport", "RegisterFigures", "TeamRow",
           "WholePeriod", "justice_report", "suggested_recipient"]

REGISTER_NAMES = ("mediators", "female", "ethnic_minority", "trained")


class WholePeriod(StrEnum):
    """What the whole-period column holds."""

    ESTIMATED = "estimated"  # the actual figures and an estimate for the days after the cut-off
    COUNTED = "counted"  # the period is over: real counts replace the estimate
    NOT_ESTIMATED = "not_estimated"  # a period without an estimate: the actual figures


@dataclass(frozen=True)
class RegisterFigures:
    """Mediators on a team's register (or the sum over teams), as the team last sent them."""

    mediators: int
    female: int
    ethnic_minority: int
    trained: int
    as_of: date | None = None  # a team's date; None on a sum


@dataclass(frozen=True)
class TeamRow:
    """One mediation team in the annex."""

    team_id: str
    name: str
    register: RegisterFigures | None  # None: the team has sent no register figures
    actual: CaseCounts
    whole_period: CaseCounts


@dataclass(frozen=True)
class JusticeReport:
    commune_name: str
    province_name: str
    period: JusticePeriod
    made_on: date
    actual_to: date  # the last day in `actual`: the cut-off, or today while it is to come
    whole_period_basis: WholePeriod
    teams: int
    register: RegisterFigures
    teams_without_register: int
    actual: CaseCounts
    whole_period: CaseCounts
    team_rows: tuple[TeamRow, ...]
    cases_without_date: int  # received frames with no readable day of receipt: not counted

    @property
    def balance_ok(self) -> bool:
        return self.actual.balance_holds and self.whole_period.balance_holds


@dataclass
class _Received:
    """What was read: case frames per team, register figures per team, team names."""

    cases: dict[str, list[CaseFrame]]
    registers: dict[str, RegisterFigures | None]
    names: dict[str, str]
    cases_without_date: int = 0


def _register_of(body: dict) -> RegisterFigures | None:
    """A team's register figures; None when a number is missing or not a count."""
    counts: dict[str, int] = {}
    for name in REGISTER_NAMES:
        value = body.get(name)
        if type(value) is not int or value < 0:  # bool is an int, but not a count
            return None
        counts[name] = value
    try:
        as_of = date.fromisoformat(str(body.get("as_of")))
    except ValueError:
        as_of = None
    return RegisterFigures(**counts, as_of=as_of)


def _read(session: Session) -> _Received:
    """Every case frame, register and team record, in one pass over their rows."""
    found = _Received({}, {}, {})
    for kind, key, team, text in received_bodies(
            session, ("mediation_case", "register_figures", "team")):
        body = orjson.loads(text)
        if kind == "team":
            found.names[key] = str(body.get("name") or "")
            found.cases.setdefault(key, [])
        elif kind == "register_figures":
            found.registers[team] = _register_of(body)
            found.cases.setdefault(team, [])
        else:
            frame = case_frame(team, body)
            found.cases.setdefault(team, [])
            if frame is None:
                found.cases_without_date += 1
            else:
                found.cases[team].append(frame)
    return found


def _plan(period: JusticePeriod, today: date) -> tuple[date, WholePeriod]:
    """The last day of the actual figures, and what the whole-period column will hold."""
    if today < period.start:
        raise InvalidInput(field="period", problem="the period has not begun")
    if not period.has_estimate:
        return min(period.end, today), WholePeriod.NOT_ESTIMATED
    if today > period.end:
        return period.cut_off, WholePeriod.COUNTED
    return min(period.cut_off, today), WholePeriod.ESTIMATED


def _whole_period(cases: list[CaseFrame], actual: CaseCounts, period: JusticePeriod,
                  actual_to: date, basis: WholePeriod) -> CaseCounts:
    if basis == WholePeriod.COUNTED:
        return count_cases(cases, period.start, period.end)
    if basis == WholePeriod.NOT_ESTIMATED:
        return actual
    counted_days = (actual_to - period.start).days + 1
    return estimated(actual, (period.end - actual_to).days, counted_days)


def _team_rows(received: _Received, period: JusticePeriod, actual_to: date,
               basis: WholePeriod, fallback_names: dict[str, str]) -> list[TeamRow]:
    rows = []
    for team, cases in received.cases.items():
        actual = count_cases(cases, period.start, actual_to)
        name = received.names.get(team) or fallback_names.get(team) or team
        rows.append(TeamRow(team, name, received.registers.get(team), actual,
                            _whole_period(cases, actual, period, actual_to, basis)))
    return sorted(rows, key=lambda row: (collation_key(row.name), row.team_id))


def _register_sum(rows: list[TeamRow]) -> RegisterFigures:
    sent = [row.register for row in rows if row.register is not None]
    return RegisterFigures(*(sum(getattr(register, name) for register in sent)
                             for name in REGISTER_NAMES))


def justice_report(uow: UnitOfWork, *, period: JusticePeriod) -> JusticeReport:
    """The report of the period, made today (the installation's calendar)."""
    authorize(uow, Permission.VIEW_REPORTS)
    session = uow.session
    if opened_installation(session).receiver_kind != COMMUNE:
        raise InvalidInput(field="installation", problem="the justice statistics are counted at "
                                                         "the commune People's Committee")
    made_on = clock.today()
    actual_to, basis = _plan(period, made_on)
    received = _read(session)
    rows = _team_rows(received, period, actual_to, basis, party_names(session))
    installation = opened_installation(session)
    return JusticeReport(
        commune_name=installation.commune_name, province_name=installation.province_name,
        period=period, made_on=made_on, actual_to=actual_to, whole_period_basis=basis,
        teams=len(rows), register=_register_sum(rows),
        teams_without_register=sum(row.register is None for row in rows),
        actual=added(row.actual for row in rows),
        whole_period=added(row.whole_period for row in rows), team_rows=tuple(rows),
        cases_without_date=received.cases_without_date)


def suggested_recipient(report: JusticeReport) -> str:
    """Whom the report goes to: with no district level since 1/7/2025, the commune reports to
    the province's justice department (the form lets the user write another)."""
    return f"Sở Tư pháp {report.province_name}"
