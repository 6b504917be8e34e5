"""What the police unit sees: the consolidated report (the sum of the teams' own reports), the
completeness grid with gaps and forks, and the escalated list."""

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from desktop.core.bundles import keys
from desktop.core.bundles.completeness import completeness
from desktop.core.bundles.escalated import list_escalated
from desktop.core.bundles.export import export_bundle
from desktop.core.bundles.importing import import_bundle
from desktop.core.demo import generate_demo
from desktop.core.paths import AppPaths
from desktop.core.reporting import figures
from desktop.core.reporting.periods import Month
from desktop.core.reporting.report import build_report
from desktop.core.setup import SetupRequest, initialise
from desktop.core.unlock import sign_in
from tests.conftest import ADMIN_PASSWORD

MONTHS = (Month(2026, 9), Month(2026, 10))


def install(directory, mode: str, name: str):
    initialise(AppPaths(directory), SetupRequest(mode=mode, name=name, commune_code="00004",
                                                 admin_username="an", admin_password=ADMIN_PASSWORD,
                                                 hamlets=("Thôn Đông",) if mode == "team" else ()))
    return sign_in(AppPaths(directory), "an", ADMIN_PASSWORD)


@pytest.fixture(scope="module")
def unit_and_teams(tmp_path_factory):
    """A police unit and two teams with seeded data, every bundle of both months imported."""
    root = tmp_path_factory.mktemp("receiver")
    police = install(root / "police", "receiver", "Công an phường Ba Đình")
    teams = [install(root / f"team{n}", "team", f"Tổ hòa giải số {n}") for n in (1, 2)]
    for seed, team in enumerate(teams, start=1):
        for a, b in ((team, police), (police, team)):
            with a.unit_of_work() as uow:
                card = keys.own_card(uow)
            with b.unit_of_work() as uow:
                keys.enrol_card(uow, card=card)
        with team.unit_of_work() as uow:
            generate_demo(uow, cases=60, seed=seed, today=date(2026, 10, 28))
        for month in MONTHS:
            with team.unit_of_work() as uow:
                figures.set_figures(uow, month=month, values={"patrols": 3 * seed,
                                                              "households_pledged": 100 * seed})
            with team.unit_of_work() as uow:
                path = export_bundle(uow, month=month, out_dir=root / "usb").path
            with police.unit_of_work() as uow:
                data = Path(path).read_bytes()
                assert import_bundle(uow, data=data, file_name=path).status == "imported"
    yield police, teams
    for workspace in (police, *teams):
        workspace.close()


def report_of(workspace, first: Month, last: Month):
    with workspace.unit_of_work() as uow:
        return build_report(uow, first=first, last=last)


@pytest.mark.parametrize("first,last", [(MONTHS[0], MONTHS[0]), (MONTHS[1], MONTHS[1]),
                                        (MONTHS[0], MONTHS[1])])
def test_the_units_report_is_the_sum_of_the_teams_reports(unit_and_teams, first, last):
    police, teams = unit_and_teams
    unit = report_of(police, first, last)
    own = [report_of(team, first, last) for team in teams]
    assert sum(team.mediation["received"] for team in own) > 0
    for group in ("mediation", "notes", "figures"):
        total = Counter()
        for team in own:
            total.update(getattr(team, group))
        assert getattr(unit, group) == {name: total[name] for name in getattr(unit, group)}
    for category, counts in unit.by_scope_category.items():
        assert counts == {name: sum(t.by_scope_category[category][name] for t in own)
                          for name in counts}
    assert unit.balance_ok and [c["missing"] for c in unit.coverage] == [[], []]
    assert unit.figures["households_pledged"] == 300  # a stock: the last month's, summed over teams


def test_a_month_not_sent_is_named_in_the_coverage(unit_and_teams):
    police, _ = unit_and_teams
    unit = report_of(police, Month(2026, 8), MONTHS[1])
    assert [c["missing"] for c in unit.coverage] == [["2026-08"], ["2026-08"]]


def test_the_grid_shows_every_team_and_month(unit_and_teams):
    police, _ = unit_and_teams
    with police.unit_of_work() as uow:
        grid = completeness(uow, last=Month(2026, 11), months=3, today=date(2026, 11, 5))
    assert grid.months == ("2026-09", "2026-10", "2026-11")
    for row in grid.teams:
        assert row.cells == {"2026-09": "received", "2026-10": "received", "2026-11": "pending"}
        assert row.last_contiguous_seq == 2 and row.missing_seqs == () and row.fork_seqs == ()
    with police.unit_of_work() as uow:
        later = completeness(uow, last=Month(2026, 11), months=1, today=date(2026, 12, 11))
    assert {row.cells["2026-11"] for row in later.teams} == {"missing"}


def test_the_escalated_list_names_only_escalated_parties(unit_and_teams):
    police, teams = unit_and_teams
    with police.unit_of_work() as uow:
        items = list_escalated(uow)
    cases = [item for item in items if item.kind == "case"]
    assert cases and all(item.reason for item in cases)
    assert all(item.people for item in cases)
    assert len({item.team for item in items}) == 2
