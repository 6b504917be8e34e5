"""The report of a month or a range of months: indicators, figures, balance, amendments, charts."""

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from db.repositories import monthly
from db.repositories.installation import get_installation, get_team
from db.unit_of_work import Session, UnitOfWork
from desktop.core.audit import authorize
from desktop.core.errors import InvalidInput
from desktop.core.mediation import disputes
from desktop.core.mediation.rules import result_of
from desktop.core.monthly_report import figures as figure_store
from desktop.core.monthly_report.consolidated import build_consolidated
from desktop.core.monthly_report.indicators import (
    STOCK,
    by_scope_category,
    empty_indicators,
    mediation_indicators,
    note_indicators,
)
from desktop.core.monthly_report.model import Amendment, Report, balance_holds
from desktop.core.monthly_report.periods import Month, months_between
from desktop.core.roles import MODE_RECEIVER, Permission

TREND_MONTHS = 12
ANNEX_LIMIT = 5000


def _computed(session: Session, first: Month, last: Month) -> dict:
    """Every counted indicator of the range (what a closure freezes), in the report's order."""
    start, end = first.first_day, last.last_day
    return {"mediation": mediation_indicators(session, start, end),
            "by_scope_category": by_scope_category(session, start, end),
            "notes": note_indicators(session, start, end),
            "figures": figure_store.combine_figures(
                figure_store.figures_of_months(session, months_between(first, last))),
            "prolonged_after_days": disputes.prolonged_after_days(session)}


SUMMARY_PARTS = ("mediation", "by_scope_category", "notes", "figures")


def _in_report_order(frozen: dict, count_now: Callable[[], dict]) -> dict:
    """A closed month's snapshot in the order a report counts (its JSON keeps the names
    sorted); an indicator added since the month was closed is the only one counted now."""
    template = empty_indicators()
    complete = all(name in frozen.get(group, {}) for group, names in template.items()
                   for name in names)
    now = template if complete else count_now()
    values: dict[str, Any] = {group: {name: frozen[group][name] if name in frozen.get(group, {})
                                      else now[group][name] for name in names}
                              for group, names in template.items()}
    values["prolonged_after_days"] = frozen.get("prolonged_after_days",
                                                now.get("prolonged_after_days"))
    return values


def _frozen_or_counted(session: Session, first: Month, last: Month) -> tuple[dict, bool]:
    """The range's indicators, and whether they are a closed month's, read from its snapshot."""
    closed = figure_store.closure(session, first) if first == last else None
    if closed is None:
        return _computed(session, first, last), False
    return _in_report_order(json.loads(closed.snapshot),
                            lambda: _computed(session, first, last)), True


def month_summary(session: Session, month: Month) -> dict:
    """What a bundle says of a month: its indicators as counted now, or as frozen once closed.
    The same figures as the month's report, without the trend and amendments only a page shows."""
    values, _closed = _frozen_or_counted(session, month, month)
    return {"period_from": str(month), "period_to": str(month),
            **{part: values[part] for part in SUMMARY_PARTS}}


def _amendments(session: Session, before: Month) -> tuple[Amendment, ...]:
    """Changes to closed months of the last year, found by counting them again (an indicator
    the closed month did not count yet has nothing to amend)."""
    found = []
    for month in months_between(before.shifted(-TREND_MONTHS), before.shifted(-1)):
        closed = figure_store.closure(session, month)
        if closed is None:
            continue
        was, now = json.loads(closed.snapshot), _computed(session, month, month)
        for group in ("mediation", "notes", "figures"):
            found += [Amendment(str(month), name, was[group][name], value)
                      for name, value in now[group].items()
                      if name in was[group] and value != was[group][name]]
    return tuple(found)


def has_data(values: dict) -> bool:
    """Whether a period's indicators hold anything at all (else there is nothing to compare)."""
    return any(any(counts.values()) if isinstance(counts, dict) else counts
               for group in SUMMARY_PARTS for counts in values[group].values())


def _previous_year(session: Session, first: Month, last: Month) -> dict | None:
    """The same months a year before, when anything was recorded or closed for them."""
    before = first.shifted(-12), last.shifted(-12)
    values, closed = _frozen_or_counted(session, *before)
    if not closed and not has_data(values):
        return None
    return {"period_from": str(before[0]), "period_to": str(before[1]),
            **{group: values[group] for group in ("mediation", "notes", "figures")}}


def _trend(session: Session, last: Month) -> tuple[dict, ...]:
    """Cases received and ended in each of the last twelve months (two queries, not 24)."""
    months = months_between(last.shifted(1 - TREND_MONTHS), last)
    counts: dict[str, dict[str, Any]] = {str(m): {"month": str(m), "received": 0, "ended": 0}
                                         for m in months}
    for key, year, month, count in monthly.cases_per_month(session, months[0].first_day,
                                                           last.last_day):
        counts[str(Month(year, month))][key] += count
    return tuple(counts.values())


def _annex(session: Session, first: Month, last: Month) -> tuple[dict, ...]:
    """Cases received or ended in the range, without names, addresses or text (minimised)."""
    rows = monthly.annex_rows(session, first.first_day, last.last_day, ANNEX_LIMIT)
    return tuple({"case_no": row.case_no, "received_date": row.received_date.isoformat(),
                  "scope_category": row.scope_category, "status": row.status,
                  "result": result_of(row.end_reason)} for row in rows)


def build_report(uow: UnitOfWork, *, first: Month, last: Month, with_annex: bool = False) -> Report:
    """The report of a month (first == last) or of a range; a closed month reads its snapshot."""
    authorize(uow, Permission.VIEW_REPORTS)
    if last < first:
        raise InvalidInput(field="to", problem="before the start of the range")
    session = uow.session
    installation = get_installation(session)
    assert installation is not None  # an open workspace has its installation
    if installation.mode == MODE_RECEIVER:
        return build_consolidated(uow, first, last)
    values, closed = _frozen_or_counted(session, first, last)
    mediation = values["mediation"]
    denominator = mediation["ended_successful"] + mediation["ended_unsuccessful"]
    team = get_team(session, installation.own_team_id) if installation.own_team_id else None
    return Report(
        team=team.name if team else installation.unit_name or "",
        commune=installation.commune_name, province=installation.province_name,
        period_from=str(first), period_to=str(last), mediation=mediation,
        success_rate=mediation["ended_successful"] / denominator if denominator else None,
        success_denominator=denominator, balance_ok=balance_holds(mediation),
        by_scope_category=values["by_scope_category"], notes=values["notes"],
        figures=values["figures"],
        figures_year_to_date=figure_store.combine_figures(figure_store.figures_of_months(
            session, months_between(Month(last.year, 1), last))),
        closed=closed, amendments=_amendments(session, first), trend=_trend(session, last),
        annex=_annex(session, first, last) if with_annex else (),
        previous_year=_previous_year(session, first, last),
        households_pledged_share=figure_store.pledged_share(values["figures"]),
        prolonged_after_days=values["prolonged_after_days"])


def close_month(uow: UnitOfWork, *, month: Month) -> date:
    """Freeze the month as it is counted now; later changes appear as amendments."""
    return figure_store.close_month(uow, month=month, snapshot=_computed(uow.session, month, month))


__all__ = ["STOCK", "Amendment", "Report", "balance_holds", "build_report", "close_month",
           "month_summary"]

