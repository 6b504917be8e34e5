"""What the two desks see: the consolidated report (the sum of the teams' own reports), the
completeness grid with gaps and forks, the escalated lists and the commune's register."""

import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db import clock
from db.folding import fold_for_search
from db.models import ReceivedRecord
from desktop.core.access.unlock import sign_in
from desktop.core.bundles import keys
from desktop.core.bundles.completeness import completeness
from desktop.core.bundles.escalated import list_escalated
from desktop.core.bundles.export import export_bundles
from desktop.core.bundles.importing import import_bundle
from desktop.core.bundles.received_register import (
    ReceivedQuery,
    received_rowids,
    received_rows,
    start_received_list,
)
from desktop.core.demo.team_data import generate_demo
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.monthly_report import figures
from desktop.core.monthly_report.periods import Month
from desktop.core.monthly_report.report import build_report
from desktop.core.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD
from tests.postgres import BACKENDS, database_url_for

MONTHS = (Month(2026, 9), Month(2026, 10))


def install(directory, mode: str, name: str, database_url: str | None = None, kind="police"):
    initialise(AppPaths(directory), SetupRequest(mode=mode, name=name, commune_code="00004",
                                                 admin_username="an", admin_password=ADMIN_PASSWORD,
                                                 hamlets=("Thôn Đông",) if mode == "team" else (),
                                                 database_url=database_url, receiver_kind=kind))
    return sign_in(AppPaths(directory), "an", ADMIN_PASSWORD)


@pytest.fixture(scope="module", params=BACKENDS)
def desks_and_teams(request, tmp_path_factory):
    """The two desks and two teams with seeded data, every bundle of both months imported."""
    root = tmp_path_factory.mktemp("receiver")
    with clock.moved_to(datetime(2026, 10, 28, 9, 0)):  # enrolled, recorded and sent in October
        desks = {"police": install(root / "police", "receiver", "Công an phường Ba Đình",
                                   database_url_for(request.param)),
                 "commune": install(root / "commune", "receiver", "UBND phường Ba Đình",
                                    database_url_for(request.param), kind="commune")}
        teams = [install(root / f"team{n}", "team", f"Tổ hòa giải số {n}") for n in (1, 2)]
        _enrol_record_and_send(root, desks, teams)
    yield desks, teams
    for workspace in (*desks.values(), *teams):
        workspace.close()


@pytest.fixture(scope="module")
def unit_and_teams(desks_and_teams):
    """The police unit, and the teams."""
    desks, teams = desks_and_teams
    return desks["police"], teams


@pytest.fixture(scope="module")
def commune_and_teams(desks_and_teams):
    """The commune People's Committee, and the teams."""
    desks, teams = desks_and_teams
    return desks["commune"], teams


def exchange_cards(team, desk) -> None:
    for a, b in ((team, desk), (desk, team)):
        with a.unit_of_work() as uow:
            card = keys.own_card(uow)
        with b.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)


def _enrol_record_and_send(root, desks, teams) -> None:
    for seed, team in enumerate(teams, start=1):
        for desk in desks.values():
            exchange_cards(team, desk)
        with team.unit_of_work() as uow:
            generate_demo(uow, cases=60, seed=seed, today=date(2026, 10, 28))
        for month in MONTHS:
            with team.unit_of_work() as uow:
                figures.set_figures(uow, month=month, values={"patrols": 3 * seed,
                                                              "households_pledged": 100 * seed})
            with team.unit_of_work() as uow:
                sent = export_bundles(uow, month=month, out_dir=root / "usb")
            for result in sent:
                with desks[result.recipient].unit_of_work() as uow:
                    data = Path(result.path).read_bytes()
                    assert import_bundle(uow, data=data, file_name=result.path).status == "imported"


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


def test_the_communes_report_has_the_mediation_figures_and_no_security_ones(commune_and_teams):
    commune, teams = commune_and_teams
    unit = report_of(commune, *MONTHS)
    own = [report_of(team, *MONTHS) for team in teams]
    assert unit.mediation == {name: sum(t.mediation[name] for t in own) for name in unit.mediation}
    assert set(unit.notes.values()) == {0} and set(unit.figures.values()) == {0}


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


def test_each_desks_escalated_list_holds_its_own_article(desks_and_teams):
    """The police see Art. 10(5) cases and tips; the chair sees Art. 10(4) cases, audited."""
    desks, _teams = desks_and_teams
    lists = {}
    for name, desk in desks.items():
        with desk.unit_of_work() as uow:
            lists[name] = list_escalated(uow)
    for name, flag in (("police", "signs_of_violation"), ("commune", "risk_of_violence")):
        cases = [item for item in lists[name] if item.kind == "case"]
        assert cases and all(flag in item.reason and item.people for item in cases)
    assert len({item.team for items in lists.values() for item in items}) == 2
    assert {item.kind for item in lists["commune"]} == {"case"}
    with desks["commune"].unit_of_work() as uow:
        viewed = uow.session.execute(text(
            "SELECT count(*) FROM audit_event WHERE action = 'escalated_list_viewed'")).scalar()
    assert viewed >= 1


def register(police, query=None, first=1000):
    with police.unit_of_work() as uow:
        start = start_received_list(uow, query=query or ReceivedQuery(), first=first)
        rows = received_rows(uow, rowids=list(start.first_ids))
    return start.total, [rows[number] for number in start.first_ids]


def test_the_register_lists_every_received_case_in_order(commune_and_teams):
    police, teams = commune_and_teams
    total, rows = register(police)
    assert total == 120 == len(rows)  # 60 cases from each team, each once however often sent
    assert [r.date for r in rows] == sorted((r.date for r in rows), reverse=True)
    assert {r.team for r in rows} == {"Tổ hòa giải số 1", "Tổ hòa giải số 2"}
    by_number = register(police, ReceivedQuery(sort="reference", descending=False))[1]
    assert [r.reference for r in by_number] == sorted(r.reference for r in rows)
    escalated = register(police, ReceivedQuery(escalated_only=True))[1]
    assert escalated and all(r.escalated for r in escalated)


def test_the_register_search_is_folded_and_minimised(commune_and_teams):
    police, _teams = commune_and_teams
    _total, rows = register(police)
    wanted = rows[7].reference
    assert wanted in {r.reference for r in register(police, ReceivedQuery(search=wanted.lower()))[1]}
    escalated = register(police, ReceivedQuery(escalated_only=True))[1][0]
    with police.unit_of_work() as uow:
        bodies = {r.reference: r.body for r in uow.session.scalars(select(ReceivedRecord).where(
            ReceivedRecord.type == "mediation_case"))}
    content = json.loads(bodies[escalated.reference])["main_content"]
    words = " ".join(content.split()[:2]).upper()  # typed without marks, in capitals
    found = register(police, ReceivedQuery(search=fold_for_search(words)))[1]
    assert escalated.reference in {r.reference for r in found}
    # A case that was not escalated travelled without its content: its words find nothing.
    plain = next(r for r in rows if not r.escalated)
    assert "main_content" not in json.loads(bodies[plain.reference])


def test_a_page_past_the_first_rows_is_read_by_position(commune_and_teams):
    police, _teams = commune_and_teams
    with police.unit_of_work() as uow:
        everything = received_rowids(uow, query=ReceivedQuery())
        start = start_received_list(uow, query=ReceivedQuery(), first=10)
        page = received_rowids(uow, query=ReceivedQuery(), offset=50, limit=20)
    assert start.total == len(everything) and list(start.first_ids) == list(everything[:10])
    assert list(page) == list(everything[50:70])


def test_the_register_reads_the_index_it_names_and_keeps_its_pages(commune_and_teams):
    from sqlalchemy import event

    police, _teams = commune_and_teams
    if police.engine.dialect.name != "sqlite":
        pytest.skip("index names and the page cache are SQLite's")
    statements = []
    with police.unit_of_work() as uow:
        connection = uow.session.connection()
        event.listen(connection, "before_cursor_execute",
                     lambda *args: statements.append(args[2]))
        start_received_list(uow, query=ReceivedQuery(sort="reference"), first=10)
        nothing = start_received_list(uow, query=ReceivedQuery(search="khongcochunay"), first=10)
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    assert any("INDEXED BY ix_received_record_register_reference" in s for s in statements)
    assert (nothing.total, len(nothing.first_ids)) == (0, 0)
    assert cache == -64 * 1024  # a police unit's registers: 64 MiB of pages, not 16


def test_a_search_with_many_matches_keeps_the_list_order(commune_and_teams, monkeypatch):
    """Past SORT_AT_MOST matches the list order's index is walked (SQLite's plan); the same
    search on PostgreSQL sorts its matches: both give the rows in list order."""
    from db.repositories import received as received_repository

    police, _teams = commune_and_teams
    _total, rows = register(police)
    prefix = rows[0].reference[:7]  # "HG-2026": most of the cases
    monkeypatch.setattr(received_repository, "SORT_AT_MOST", 0)
    total, found = register(police, ReceivedQuery(search=prefix))
    expected = [r.reference for r in rows if r.reference.startswith(prefix)]
    assert total == len(expected) > 1 and [r.reference for r in found] == expected
    escalated = register(police, ReceivedQuery(escalated_only=True))[1]
    with police.unit_of_work() as uow:
        word = json.loads(uow.session.scalars(select(ReceivedRecord.body).where(
            ReceivedRecord.reference == escalated[0].reference)).first())["main_content"].split()[0]
    by_words = register(police, ReceivedQuery(search=fold_for_search(word)))[1]
    assert escalated[0].reference in {r.reference for r in by_words}
    assert [r.date for r in by_words] == sorted((r.date for r in by_words), reverse=True)
