"""Bundle measurements: the full export against zstd JSON Lines and a zipped database file,
a month's bundle, and a police unit importing one big bundle and a thousand small ones."""

import statistics
import time
from datetime import date
from pathlib import Path

from common import PASSWORD, Line, python_process
from raw import zipped_database, zstd_jsonl_size
from sqlalchemy import text
from team import make_team, monthly_bundles

from db.export_profiles import COMMUNE, PROFILES
from desktop.core.access.unlock import sign_in
from desktop.core.bundles import keys
from desktop.core.bundles.export import collect_records, export_bundle
from desktop.core.bundles.importing import import_files
from desktop.core.demo.team_data import generate_demo
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths


def make_desk(folder: Path, database_url: str | None = None, kind: str = COMMUNE):
    """A receiving desk; by default the commune People's Committee, whose bundles carry every
    case's frame (the police's carry far fewer records: the heavier desk is measured)."""
    paths = AppPaths(folder)
    initialise(paths, SetupRequest(mode="receiver", name="UBND phường Ba Đình",
                                   commune_code="00004", admin_username="an",
                                   admin_password=PASSWORD, database_url=database_url,
                                   receiver_kind=kind))
    return sign_in(paths, "an", PASSWORD)


def exchange_cards(team, police) -> None:
    for a, b in ((team, police), (police, team)):
        with a.unit_of_work() as uow:
            card = keys.own_card(uow)
        with b.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)


# What any `tuquan` command loads before its own work: SQLAlchemy's ORM, SQLCipher, age, zstd.
COMMAND_LIBRARIES = ("sqlalchemy.orm, sqlcipher3, pyrage, zstandard, "
                     "cryptography.hazmat.primitives.asymmetric.ed25519")


def process_floor(team_dir: Path, runs: int = 3) -> tuple[float, float]:
    """What any `tuquan` command pays before its work: a process that imports the libraries
    (SQLAlchemy's ORM, SQLCipher, age, zstd), and this installation's password KDF."""
    from startup import installation_kdf_seconds

    imports = statistics.median(python_process(f"import {COMMAND_LIBRARIES}")[0]
                                for _ in range(runs))
    return imports, installation_kdf_seconds(team_dir)


def full_export_seconds(team, out: Path, runs: int) -> tuple[float, Path]:
    """Median of `runs` first (full) exports, and the last one's file. Between runs the outbox
    is emptied, so that the next export is a first one again."""
    times = []
    for run in range(runs):
        started = time.perf_counter()
        with team.unit_of_work() as uow:
            path = Path(export_bundle(uow, month=Month(2026, 10), out_dir=out, to=COMMUNE).path)
        times.append(time.perf_counter() - started)
        if run < runs - 1:
            with team.unit_of_work() as uow:
                uow.session.execute(text("DELETE FROM export_log"))
                uow.commit()
            path.unlink()
    return statistics.median(times), path


def measure_exports(team, team_dir: Path, police, out: Path, runs: int) -> dict[str, Line]:
    with team.unit_of_work() as uow:
        records = collect_records(uow.session, 0, PROFILES[COMMUNE])
    plain = zstd_jsonl_size(records)
    database = team_dir / "tuquan.db"
    zipped = zipped_database(database)
    export_seconds, first = full_export_seconds(team, out, min(runs, 3))
    started = time.perf_counter()
    import_files(police, paths=[first])
    import_seconds = time.perf_counter() - started
    size, per_100k = first.stat().st_size, 100_000 / len(records)
    monthly_seconds, monthly_alone, monthly_kib = monthly_bundles(team, team_dir, out, runs)
    imports, kdf = process_floor(team_dir)
    lines = {
        "bundle_full_export_per_100k": Line(export_seconds * per_100k, "s", 5.0),
        "bundle_full_size_vs_database": Line(size / database.stat().st_size, "x", 0.3),
        "bundle_full_size_vs_zstd_jsonl": Line(size / plain, "x", 1.15, plain / 2**20),
        "bundle_full_import_per_100k": Line(import_seconds * per_100k, "s", None),
        "raw_process_libraries_and_kdf": Line(imports + kdf, "s", None),
        # Signing in pays the password KDF, calibrated on purpose to 0.5–1 s and reported on its
        # own (DESIGN §8, as for unlocking): the bundle's second is on top of this
        # installation's KDF.
        "bundle_monthly_export_process": Line(monthly_seconds, "s", round(1.0 + kdf, 3),
                                              imports + kdf),
        "bundle_monthly_export_in_process": Line(monthly_alone, "s", 1.0),
        "bundle_monthly_size": Line(monthly_kib, "KiB", 1024.0),
    }
    if zipped is not None:  # the by-hand way: zip -P on the database file
        lines["bundle_full_size_vs_zipped_database"] = Line(size / zipped[1], "x", None,
                                                            zipped[1] / 2**20)
        lines["bundle_full_time_vs_zipped_database"] = Line(export_seconds / zipped[0], "x", None,
                                                            zipped[0])
    return lines


def team_bundles(job: tuple) -> tuple[dict, list[Path]]:
    """A team's monthly bundles (200 new cases each), made in a worker process."""
    folder, number, per_team, police_card = job
    team = make_team(folder / f"team-{number}", 0, name=f"Tổ hòa giải số {number + 1}")
    with team.unit_of_work() as uow:
        keys.enrol_card(uow, card=police_card)
        card = keys.own_card(uow)
    files = []
    for bundle in range(per_team):
        with team.unit_of_work() as uow:
            generate_demo(uow, cases=200, seed=number * 10_000 + bundle, today=date(2026, 11, 1))
        with team.unit_of_work() as uow:
            files.append(Path(export_bundle(uow, month=Month(2026, 10), to=COMMUNE,
                                            out_dir=folder / f"usb-{number}").path))
    team.close()
    return card, files


def measure_thousand_imports(folder: Path, teams: int, per_team: int) -> dict[str, Line]:
    """`teams` × `per_team` monthly-sized bundles, imported in one go with the progress
    callback (the bundles are made two teams at a time: making them is not measured)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    police = make_desk(folder / "police-many")
    with police.unit_of_work() as uow:
        police_card = keys.own_card(uow)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        made = list(pool.map(team_bundles, [(folder, n, per_team, police_card)
                                             for n in range(teams)]))
    files = []
    for card, team_files in made:
        with police.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)
        files += team_files
    started = time.perf_counter()
    done = []
    results = import_files(police, paths=files, progress=lambda n, total, r: done.append(n))
    seconds = time.perf_counter() - started
    police.close()
    if any(r.status != "imported" for r in results) or len(done) != len(files):
        raise RuntimeError("a bundle was not imported")
    return {"bundle_import_1000": Line(seconds * 1000 / len(files), "s", 60.0)}
