"""The scale path on PostgreSQL: the import against raw COPY into the same table, the register
at a million records, and four officers importing teams' bundles while four read the register.
The throwaway server is started here when it is not running, and then stopped again."""

import contextlib
import multiprocessing
import os
import secrets
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bundles import make_desk, team_bundles
from common import PASSWORD, ROOT, Line, percentile
from receiver import SEARCH_TERMS, demo_records, load_demo

SCRIPT = str(ROOT / "build_scripts" / "test_postgres.sh")
OFFICERS = 4  # importing, and as many reading
# Enough for about ten seconds of imports: the readers' p95 is then taken over some 150
# searches, not the 50 of four seconds, where two slow ones decided it.
BUNDLES_PER_OFFICER = 100
# Each reading officer searches four times a second: faster than a person reads a screen.
READING_PAUSE = 0.25


@contextlib.contextmanager
def running_server() -> Iterator[str | None]:
    """The loopback test server's URL (None when PostgreSQL is not installed); stopped at the
    end if it was started here."""
    was_running = subprocess.run(["sh", SCRIPT, "status"], capture_output=True).returncode == 0
    url = subprocess.run(["sh", SCRIPT, "start"], capture_output=True, text=True).stdout.strip()
    try:
        yield url or None
    finally:
        if url and not was_running:
            subprocess.run(["sh", SCRIPT, "stop"], capture_output=True)


@contextlib.contextmanager
def fresh_database(server: str) -> Iterator[str]:
    """A new empty database on the server, dropped afterwards."""
    from sqlalchemy import create_engine, make_url

    name = "bench_" + secrets.token_hex(4)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
        admin.dispose()


def _load(police, records: int, teams: int, seed: int) -> float:
    """Records per second of the demo's load, which goes through the import's own upsert."""
    marks = load_demo(police, records, seed, teams)
    return marks[-1][0] / marks[-1][1]


def raw_copy_rate(folder: Path, server: str, records: int) -> float:
    """Records per second of a bare COPY of the same records, already converted and numbered,
    into the same table (every index on it) of a new database, committed."""
    import psycopg
    from sqlalchemy import make_url

    from desktop.core.bundles.importing import STORED_COLUMNS, body_text
    from desktop.core.bundles.received_register import register_values

    rows = [(r["id"], "team", r["type"], r["version"], r["updated_at"], body_text(r["body"]),
             *register_values(r["type"], r["body"]), number)
            for number, r in enumerate(demo_records(records), start=1)]
    with fresh_database(server) as url:
        make_desk(folder, database_url=url).close()
        address = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(address) as connection, connection.cursor() as cursor:
            started = time.perf_counter()
            with cursor.copy(f"COPY received_record ({', '.join(STORED_COLUMNS)}, row_number) "
                             "FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            connection.commit()
            return len(rows) / (time.perf_counter() - started)


def measure_import(folder: Path, server: str, records: int) -> dict[str, Line]:
    with fresh_database(server) as url:
        police = make_desk(folder / "import", database_url=url)
        rate = _load(police, records, teams=20, seed=4)
        police.close()
    raw = raw_copy_rate(folder / "raw", server, records)
    return {"raw_postgresql_copy_rate": Line(raw, "rec/s", None),
            f"receiver_import_rate_postgresql_{records // 1000}k": Line(
                rate, "rec/s", 0.35 * raw, raw, at_least=True)}


def _search_seconds(police, pause: float = 0.0) -> list[float]:
    """One pass of the register's searches, as an officer types them: count, then a screen;
    `pause` seconds between two searches, reading the screen."""
    from desktop.core.bundles.received_register import (
        ReceivedQuery,
        received_rows,
        start_received_list,
    )

    times = []
    for term in SEARCH_TERMS:
        started = time.perf_counter()
        with police.unit_of_work() as uow:
            start = start_received_list(uow, query=ReceivedQuery(search=term), first=400)
            received_rows(uow, rowids=list(start.first_ids[:200]))
        times.append(time.perf_counter() - started)
        time.sleep(pause)
    return times


def _officer(desk: Path, name: str):
    """Sign in as an officer on another computer: a copy of the data folder, the same server."""
    import shutil

    from desktop.core.access.unlock import sign_in
    from desktop.core.paths import AppPaths

    own = desk.parent / name
    if not own.exists():
        shutil.copytree(desk, own)
    return sign_in(AppPaths(own), "an", PASSWORD)


def _importer(job: tuple) -> tuple[list[str], float]:
    """(statuses, seconds) of one officer importing one team's bundles."""
    from desktop.core.bundles.importing import import_files

    desk, name, files = job
    # In the field each officer imports on their own computer; on this two-core machine the
    # importers' own work (decrypting, checking) runs at a background job's priority, so the
    # readers meet the server's contention rather than this machine's shortage of cores.
    os.nice(10)
    police = _officer(desk, name)
    started = time.perf_counter()
    results = import_files(police, paths=files)
    seconds = time.perf_counter() - started
    police.close()
    return [result.status for result in results], seconds


def _reader(job: tuple) -> list[float]:
    """Search times of one officer reading the register (and the grid) until the imports end."""
    from desktop.core.bundles.completeness import completeness
    from desktop.core.monthly_report.periods import Month

    desk, name, stop_file = job
    police = _officer(desk, name)
    _search_seconds(police)  # a process's first searches compile its statements: not counted
    (stop_file.parent / f"{name}.ready").touch()
    times: list[float] = []
    while not stop_file.exists():
        times += _search_seconds(police, READING_PAUSE)
        with police.unit_of_work() as uow:  # and the grid of who sent which month
            completeness(uow, last=Month(2026, 10), months=12)
    police.close()
    return times


def _team_files(folder: Path, police) -> list[list[Path]]:
    """Each officer's stick: one team's monthly bundles (made two teams at a time)."""
    from desktop.core.bundles import keys

    with police.unit_of_work() as uow:
        card = keys.own_card(uow)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        made = list(pool.map(team_bundles, [(folder, number, BUNDLES_PER_OFFICER, card)
                                             for number in range(OFFICERS)]))
    for team_card, _files in made:
        with police.unit_of_work() as uow:
            keys.enrol_card(uow, card=team_card)
    return [files for _card, files in made]


def _at_once(desk: Path, sticks: list[list[Path]], stop_file: Path) -> tuple[list, list, float]:
    """(statuses, search times, seconds) of the importers and readers running together."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(OFFICERS * 2, mp_context=context) as pool:
        readers = [pool.submit(_reader, (desk, f"reader-{n}", stop_file)) for n in range(OFFICERS)]
        while len(list(stop_file.parent.glob("reader-*.ready"))) < OFFICERS:
            time.sleep(0.1)  # every reader signed in and searching
        started = time.perf_counter()
        try:
            imports = list(pool.map(_importer, [(desk, f"importer-{n}", files)
                                                for n, files in enumerate(sticks)]))
        finally:
            stop_file.touch()
        seconds = time.perf_counter() - started
        searched = [value for reader in readers for value in reader.result()]
    return [status for statuses, _ in imports for status in statuses], searched, seconds


def measure_officers(folder: Path, server: str, records: int) -> dict[str, Line]:
    """A desk of `records` received records; the register's searches alone, then while four
    officers import four teams' bundles and four others search."""
    scale = "1m" if records >= 1_000_000 else f"{records // 1000}k"
    with fresh_database(server) as url:
        police = make_desk(folder / "desk", database_url=url)
        _load(police, records, teams=100, seed=3)
        sticks = _team_files(folder, police)
        idle = [value for _ in range(3) for value in _search_seconds(police)]
        police.close()
        statuses, searched, seconds = _at_once(folder / "desk", sticks, folder / "done")
    imported = statuses.count("imported")
    expected = OFFICERS * BUNDLES_PER_OFFICER
    idle_p95 = percentile(idle, 0.95) * 1000
    return {
        f"postgresql_register_search_p95_{scale}": Line(idle_p95, "ms", 100.0),
        f"postgresql_register_search_p95_{scale}_during_imports": Line(
            percentile(searched, 0.95) * 1000, "ms", 100.0, idle_p95),
        "postgresql_officers_bundles_imported_once": Line(imported / expected, "x", 1.0,
                                                          at_least=True),
        "postgresql_officers_import_seconds": Line(seconds, "s", None)}


def measure_postgresql(folder: Path, import_records: int, desk_records: int) -> dict[str, Line]:
    with running_server() as server:
        if server is None:
            print("  PostgreSQL is not installed: the scale path was not measured", flush=True)
            return {}
        measured = measure_import(folder / "import", server, import_records)
        print("  PostgreSQL import measured", flush=True)
        return measured | measure_officers(folder / "officers", server, desk_records)
