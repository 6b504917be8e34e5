"""Several officers on one PostgreSQL database at once: four processes import different teams'
bundles (one team's also twice over) while four read the register; every bundle goes in
exactly once, the chains and the audit trail stay whole, and no conflict reaches a user."""

import multiprocessing
import shutil
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import ReceivedBundle, ReceivedRecord
from desktop.core.access.unlock import sign_in
from desktop.core.audit import verify_audit_trail
from desktop.core.bundles import keys
from desktop.core.bundles.export import export_bundle
from desktop.core.bundles.importing import import_files
from desktop.core.bundles.received_register import ReceivedQuery, received_rows, start_received_list
from desktop.core.demo.team_data import generate_demo
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD
from tests.postgres import database_url_for

TEAMS, BUNDLES_PER_TEAM = 4, 3


def _team_bundles(folder: Path, number: int, police_card: dict) -> tuple[dict, list[Path]]:
    paths = AppPaths(folder / f"team-{number}")
    initialise(paths, SetupRequest(mode="team", name=f"Tổ hòa giải số {number + 1}",
                                   commune_code="00004", admin_username="lan",
                                   admin_password=ADMIN_PASSWORD, admin_full_name="Nguyễn Thị Lan"))
    team = sign_in(paths, "lan", ADMIN_PASSWORD)
    with team.unit_of_work() as uow:
        keys.enrol_card(uow, card=police_card)
        card = keys.own_card(uow)
    files = []
    for bundle in range(BUNDLES_PER_TEAM):
        with team.unit_of_work() as uow:
            generate_demo(uow, cases=15, seed=number * 100 + bundle, today=date(2026, 11, 1))
        with team.unit_of_work() as uow:
            files.append(Path(export_bundle(uow, month=Month(2026, 10),
                                            out_dir=folder / f"usb-{number}").path))
    team.close()
    return card, files


@pytest.fixture(scope="module")
def police_and_bundles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("officers")
    initialise(AppPaths(folder / "police"), SetupRequest(
        mode="receiver", name="Công an phường Ba Đình", commune_code="00004",
        admin_username="an", admin_password=ADMIN_PASSWORD,
        database_url=database_url_for("postgresql")))
    police = sign_in(AppPaths(folder / "police"), "an", ADMIN_PASSWORD)
    with police.unit_of_work() as uow:
        police_card = keys.own_card(uow)
    teams = [_team_bundles(folder, number, police_card) for number in range(TEAMS)]
    for card, _files in teams:
        with police.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)
    police.close()
    return folder, [files for _card, files in teams]


def _officer_folder(police_folder: Path, name: str) -> AppPaths:
    """An officer's own computer: its copy of the data folder, naming the same server."""
    target = police_folder.parent / name
    if not target.exists():
        shutil.copytree(police_folder, target)
    return AppPaths(target)


def _import(police_folder: Path, name: str, files: list[Path]) -> list[tuple[str, str]]:
    police = sign_in(_officer_folder(police_folder, name), "an", ADMIN_PASSWORD)
    try:
        return [(Path(r.file).name, r.status) for r in import_files(police, paths=files)]
    finally:
        police.close()


def _read(police_folder: Path, name: str, stop_file: Path) -> int:
    """Search and page the register until the importers are done; how many screens were read."""
    police = sign_in(_officer_folder(police_folder, name), "an", ADMIN_PASSWORD)
    screens = 0
    try:
        while not stop_file.exists() or screens < 3:
            for search in ("", "HG-2026", "đất"):
                with police.unit_of_work() as uow:
                    start = start_received_list(uow, query=ReceivedQuery(search=search), first=200)
                    received_rows(uow, rowids=list(start.first_ids[:50]))
                screens += 1
    finally:
        police.close()
    return screens


def test_four_importers_and_four_readers_at_once(police_and_bundles):
    folder, files = police_and_bundles
    stop_file = folder / "imports-done"
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(TEAMS * 2 + 1, mp_context=context) as pool:
        readers = [pool.submit(_read, folder / "police", f"reader-{n}", stop_file)
                   for n in range(4)]
        importers = [pool.submit(_import, folder / "police", f"importer-{n}", team_files)
                     for n, team_files in enumerate(files)]
        # A second officer imports the first team's stick at the same moment, last bundle first.
        twice = pool.submit(_import, folder / "police", "importer-again", files[0][::-1])
        results = [future.result(timeout=300) for future in (*importers, twice)]
        stop_file.touch()
        assert all(reader.result(timeout=300) >= 3 for reader in readers)
    statuses = [status for result in results for _name, status in result]
    # The reversed stick may bring a later bundle before the one it follows: a gap, then closed.
    assert set(statuses) <= {"imported", "gap", "duplicate"}
    applied = [status for _name, status in results[0] + results[-1] if status != "duplicate"]
    assert len(applied) == BUNDLES_PER_TEAM  # each of the first team's bundles applied once
    police = sign_in(AppPaths(folder / "police"), "an", ADMIN_PASSWORD)
    try:
        with police.unit_of_work() as uow:
            bundles = uow.session.scalars(select(ReceivedBundle.status)).all()
            numbers = uow.session.scalars(select(ReceivedRecord.row_number)).all()
            records = uow.session.scalar(select(func.count()).select_from(ReceivedRecord))
            trail = verify_audit_trail(uow)
    finally:
        police.close()
    assert len(bundles) == TEAMS * BUNDLES_PER_TEAM
    assert set(bundles) == {"imported"}  # no chain left broken
    assert len(set(numbers)) == records and None not in numbers
    assert trail.ok


def _someone_waits_for_a_lock(session) -> bool:
    """Whether a transaction waits for an advisory lock, asked of the server (not timed: under
    the tests' moved clock a wait with a timeout may never end)."""
    import time

    from sqlalchemy import text

    for _ in range(600):
        if session.scalar(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                               "AND NOT granted")):
            return True
        time.sleep(0.05)
    return False


def test_a_team_chain_lock_waits_for_the_holder_to_finish(police_and_bundles):
    """The lock an import takes on its team's chain: a second transaction waits for the first."""
    import threading

    from db.repositories.locks import hold_lock, team_chain

    folder, _files = police_and_bundles
    police = sign_in(_officer_folder(folder / "police", "lock-holder"), "an", ADMIN_PASSWORD)
    order: list[str] = []
    held, second_done = threading.Event(), threading.Event()

    def second() -> None:
        held.wait(timeout=30)
        with police.unit_of_work() as uow:
            hold_lock(uow.session, team_chain("team-a"))
            order.append("second")
        second_done.set()

    thread = threading.Thread(target=second)
    thread.start()
    try:
        with police.unit_of_work() as uow:
            hold_lock(uow.session, team_chain("team-a"))
            held.set()
            assert _someone_waits_for_a_lock(uow.session)  # the second, while this one holds it
            assert not second_done.is_set()
            order.append("first")
        thread.join(timeout=30)
    finally:
        police.close()
    assert order == ["first", "second"]
