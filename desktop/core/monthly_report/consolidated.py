"""The police unit's report: every enrolled team's monthly summaries, added up.

Each bundle carries the team's own report of its month (`report_summary`, the latest bundle's
copy wins). A range is combined per team the way a team combines its own months (stocks from
the first and last month, flows summed; stock figures from the last month), then summed over
teams, so the unit's figure is exactly the sum of what the teams reported.
"""

import json
from collections import Counter
from typing import Any

from db.repositories import received as received_repository
from db.repositories.cards import one_card_per_team
from db.repositories.installation import get_installation
from db.unit_of_work import Session, UnitOfWork
from desktop.core.monthly_report import figures as figure_store
from desktop.core.monthly_report.indicators import STOCK, empty_indicators
from desktop.core.monthly_report.model import Report, balance_holds
from desktop.core.monthly_report.periods import Month, months_between

GROUPS = ("mediation", "notes", "figures")


def _summaries(session: Session, team_ids: list[str], months: list[Month]) -> dict[str, dict[str, dict]]:
    """{team id: {month: summary body}} for the wanted months."""
    wanted = [f"{team}:{month}" for team in team_ids for month in months]
    found: dict[str, dict[str, dict]] = {team: {} for team in team_ids}
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        for row in received_repository.received_with_ids(session, "report_summary",
                                                         wanted[start:start + 500]):
            team, _, month = row.id.rpartition(":")
            found[team][month] = json.loads(row.body)
    return found


def _team_range(per_month: dict[str, dict], months: list[Month]) -> dict:
    """One team's range from its months, as the team's own range report would count it."""
    present = [str(m) for m in months if str(m) in per_month]
    mediation: Counter[str] = Counter()
    for month in present:
        mediation.update(per_month[month]["mediation"])
    if present:
        # A summary from an older version may lack a name a newer one counts: it counts as 0.
        mediation["carried_over"] = per_month[present[0]]["mediation"].get("carried_over", 0)
        for name in STOCK - {"carried_over"}:
            mediation[name] = per_month[present[-1]]["mediation"].get(name, 0)
    notes: Counter[str] = Counter()
    categories: dict[str, Counter[str]] = {}
    for month in present:
        notes.update(per_month[month]["notes"])
        for category, counts in per_month[month]["by_scope_category"].items():
            categories.setdefault(category, Counter()).update(counts)
    figures = figure_store.combine_figures({m: per_month[m]["figures"] for m in present}) \
        if present else {}
    return {"mediation": mediation, "notes": notes, "figures": Counter(figures),
            "by_scope_category": categories}


def consolidated_values(session: Session, first: Month, last: Month) -> tuple[dict, tuple[dict, ...]]:
    """The summed indicators of every enrolled team, and which months each team sent."""
    months = months_between(first, last)
    cards = one_card_per_team(session)
    summaries = _summaries(session, [card.party_id for card in cards], months)
    total: dict[str, Counter[str]] = {group: Counter() for group in GROUPS}
    categories: dict[str, Counter] = {}
    coverage = []
    for card in cards:
        team = _team_range(summaries[card.party_id], months)
        for group in GROUPS:
            total[group].update(team[group])
        for category, counts in team["by_scope_category"].items():
            categories.setdefault(category, Counter()).update(counts)
        coverage.append({"team": card.name, "received": sorted(summaries[card.party_id]),
                         "missing": [str(m) for m in months
                                     if str(m) not in summaries[card.party_id]]})
    values: dict[str, dict[str, Any]] = {group: dict(total[group]) for group in GROUPS}
    values["by_scope_category"] = {c: dict(counts) for c, counts in categories.items()}
    return values, tuple(coverage)


def _with_all_names(values: dict) -> dict:
    """Every indicator present (zero when no team reported), in the teams' order."""
    template = empty_indicators()
    return {group: {name: values[group].get(name, 0) for name in template[group]}
            for group in GROUPS} | {"by_scope_category": {
                category: {name: values["by_scope_category"].get(category, {}).get(name, 0)
                           for name in counts}
                for category, counts in template["by_scope_category"].items()}}


def build_consolidated(uow: UnitOfWork, first: Month, last: Month) -> Report:
    """A `Report` of the unit: the sum over teams, with the teams' coverage of the range."""
    session = uow.session
    values, coverage = consolidated_values(session, first, last)
    values = _with_all_names(values)
    year_values, _ = consolidated_values(session, Month(last.year, 1), last)
    mediation = values["mediation"]
    denominator = mediation["ended_successful"] + mediation["ended_unsuccessful"]
    installation = get_installation(session)
    assert installation is not None  # an open workspace has its installation
    trend = tuple(_trend_point(session, month) for month in months_between(last.shifted(-11), last))
    before, before_coverage = consolidated_values(session, first.shifted(-12), last.shifted(-12))
    return Report(
        team=installation.unit_name or "", commune=installation.commune_name,
        province=installation.province_name, period_from=str(first), period_to=str(last),
        mediation=mediation,
        success_rate=mediation["ended_successful"] / denominator if denominator else None,
        success_denominator=denominator, balance_ok=balance_holds(mediation),
        by_scope_category=values["by_scope_category"], notes=values["notes"],
        figures=values["figures"],
        figures_year_to_date={name: year_values["figures"].get(name, 0)
                              for name in values["figures"]},
        closed=False, trend=trend, coverage=coverage,
        previous_year=_previous_year(before, before_coverage, first.shifted(-12), last.shifted(-12)),
        households_pledged_share=figure_store.pledged_share(values["figures"]))


def _previous_year(values: dict, coverage: tuple[dict, ...], first: Month, last: Month
                   ) -> dict | None:
    """The same months a year before, when any team sent any of them."""
    if not any(team["received"] for team in coverage):
        return None
    values = _with_all_names(values)
    return {"period_from": str(first), "period_to": str(last),
            **{group: values[group] for group in GROUPS}}


def _trend_point(session: Session, month: Month) -> dict:
    values, _ = consolidated_values(session, month, month)
    mediation = values["mediation"]
    ended = sum(mediation.get(name, 0) for name in ("ended_successful", "ended_unsuccessful"))
    return {"month": str(month), "received": mediation.get("received", 0), "ended": ended}
