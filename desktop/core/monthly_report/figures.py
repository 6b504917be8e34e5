"""Movement figures entered by hand each month (R-REP-02) and closing a month."""

import json
from datetime import date

from db import clock
from db.models import MonthClosure, MonthlyFigure
from db.repositories import monthly
from db.repositories.installation import get_installation
from db.unit_of_work import Session, UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput
from desktop.core.monthly_report.periods import Month
from desktop.core.roles import Permission

FIGURE_NAMES = (
    "denunciation_reports", "denunciation_subjects", "joint_handling_cases",
    "joint_handling_subjects", "wanted_persons_surrendered", "erred_people_active",
    "erred_people_completed", "erred_people_reintegrated", "delinquent_youths_managed",
    "patrols", "patrol_participant_turns", "propaganda_sessions", "propaganda_attendance",
    "self_management_models", "self_management_members", "households_total",
    "households_pledged",
)
# Counts of what exists at the month's end: a range takes the last month's value, not the sum.
# The households of the area are one (Thông tư 124/2021/TT-BCA asks for every household to
# pledge): entered beside the pledged ones, month by month, so each month's share is its own.
STOCK_FIGURES = frozenset({"erred_people_active", "delinquent_youths_managed",
                           "self_management_models", "self_management_members",
                           "households_total", "households_pledged"})


def set_figures(uow: UnitOfWork, *, month: Month, values: dict[str, int]) -> dict[str, int]:
    """Enter or correct figures of a month; a closed month's change shows as an amendment."""
    authorize(uow, Permission.ENTER_FIGURES)
    installation = get_installation(uow.session)
    assert installation is not None  # an open workspace has its installation
    team_id = installation.own_team_id
    for name, value in values.items():
        if name not in FIGURE_NAMES:
            raise InvalidInput(field=name, problem="unknown figure")
        if not isinstance(value, int) or value < 0:
            raise InvalidInput(field=name, problem="expected a whole number of at least 0")
        row = monthly.figure(uow.session, team_id, str(month), name)
        if row is None:
            monthly.add(uow.session, MonthlyFigure(team_id=team_id, month=str(month), name=name,
                                                   value=value))
        else:
            row.value = value
    record_event(uow, AuditAction.FIGURES_SET, details={"month": str(month), "names": sorted(values)})
    result = figures_of_months(uow.session, [month])[str(month)]
    uow.commit()
    return result


def figures_of_months(session: Session, months: list[Month]) -> dict[str, dict[str, int]]:
    """{month: {figure: value}}, zero where nothing was entered."""
    wanted = [str(m) for m in months]
    result = {m: dict.fromkeys(FIGURE_NAMES, 0) for m in wanted}
    for row in monthly.figures_of(session, wanted):
        result[row.month][row.name] = row.value
    return result


def combine_figures(per_month: dict[str, dict[str, int]]) -> dict[str, int]:
    """Figures of several months: sums, except stocks, which take the last month's value."""
    months = sorted(per_month)
    return {name: per_month[months[-1]].get(name, 0) if name in STOCK_FIGURES
            else sum(per_month[m].get(name, 0) for m in months) for name in FIGURE_NAMES}


def pledged_share(figures: dict[str, int]) -> float | None:
    """The share of the area's households registered under the "An toàn về ANTT" pledge, or
    None while the households of the area are not entered."""
    total = figures.get("households_total", 0)
    return figures.get("households_pledged", 0) / total if total else None


def closure(session: Session, month: Month) -> MonthClosure | None:
    return monthly.closure(session, str(month))


def close_month(uow: UnitOfWork, *, month: Month, snapshot: dict) -> date:
    """Freeze a finished month's report (the leader's act)."""
    authorize(uow, Permission.CLOSE_PERIODS)
    today = clock.today()
    if month.last_day >= today:
        raise InvalidInput(field="month", problem="a month can be closed once it is over")
    if closure(uow.session, month):
        raise InvalidInput(field="month", problem="already closed")
    installation = get_installation(uow.session)
    assert installation is not None  # an open workspace has its installation
    monthly.add(uow.session, MonthClosure(team_id=installation.own_team_id,
                                          month=str(month), closed_on=today,
                                          snapshot=json.dumps(snapshot, sort_keys=True)))
    record_event(uow, AuditAction.MONTH_CLOSED, details={"month": str(month)})
    uow.commit()
    return today
