"""Bundle measurements: the full export against zstd JSON Lines and a zipped database file,
a month's bundle, and a police unit importing one big bundle and a thousand small ones."""

import time
from datetime import date
from pathlib import Path

from common import PASSWORD, Line
from raw import zipped_database, zstd_jsonl_size
from team import make_team, monthly_bundles

from desktop.core.bundles import keys
from desktop.core.bundles.export import collect_records, export_bundle
from desktop.core.bundles.importing import import_files
from desktop.core.demo import generate_demo
from desktop.core.paths import AppPaths
from desktop.core.reporting.periods import Month
from desktop.core.setup import SetupRequest, initialise
from desktop.core.unlock import sign_in


def make_police(folder: Path, database_url: str | None = None):
    paths = AppPaths(folder)
    initialise(paths, SetupRequest(mode="receiver", name="Công an phường Ba Đình",
                                   commune_code="00004", admin_username="an",
                                   admin_password=PASSWORD, database_url=database_url))
    return sign_in(paths, "an", PASSWORD)


def exchange_cards(team, police) -> None:
    for a, b in ((team, police), (police, team)):
        with a.unit_of_work() as uow:
            card = keys.own_card(uow)
        with b.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)


def measure_exports(team, team_dir: Path, police, out: Path, runs: int) -> dict[str, Line]:
    with team.unit_of_work() as uow:
        records = collect_records(uow.session, 0)
    plain = zstd_jsonl_size(records)
    database = team_dir / "tuquan.db"
    zipped = zipped_database(database)
    started = time.perf_counter()
    with team.unit_of_work() as uow:
        first = Path(export_bundle(uow, month=Month(2026, 10), out_dir=out).path)
    export_seconds = time.perf_counter() - started
    started = time.perf_counter()
    import_files(police, paths=[first])
    import_seconds = time.perf_counter() - started
    size, per_100k = first.stat().st_size, 100_000 / len(records)
    monthly_seconds, monthly_kib = monthly_bundles(team, team_dir, out, runs)
    lines = {
        "bundle_full_export_per_100k": Line(export_seconds * per_100k, "s", 5.0),
        "bundle_full_size_vs_database": Line(size / database.stat().st_size, "x", 0.3),
        "bundle_full_size_vs_zstd_jsonl": Line(size / plain, "x", 1.15, plain / 2**20),
        "bundle_full_import_per_100k": Line(import_seconds * per_100k, "s", 5.0),
        "bundle_monthly_export_process": Line(monthly_seconds, "s", 1.0),
        "bundle_monthly_size": Line(monthly_kib, "KiB", 1024.0),
    }
    if zipped is not None:  # the by-hand way: zip -P on the database file
        lines["bundle_full_size_vs_zipped_database"] = Line(size / zipped[1], "x", None,
                                                            zipped[1] / 2**20)
        lines["bundle_full_time_vs_zipped_database"] = Line(export_seconds / zipped[0], "x", None,
                                                            zipped[0])
    return lines


def measure_thousand_imports(folder: Path, teams: int, per_team: int) -> dict[str, Line]:
    """`teams` × `per_team` monthly-sized bundles (200 cases each), imported in one go."""
    police = make_police(folder / "police-many")
    files = []
    for number in range(teams):
        team = make_team(folder / f"team-{number}", 0, name=f"Tổ hòa giải số {number + 1}")
        exchange_cards(team, police)
        for bundle in range(per_team):
            with team.unit_of_work() as uow:
                generate_demo(uow, cases=200, seed=number * 10_000 + bundle, today=date(2026, 11, 1))
            with team.unit_of_work() as uow:
                files.append(Path(export_bundle(uow, month=Month(2026, 10),
                                                out_dir=folder / f"usb-{number}").path))
        team.close()
    started = time.perf_counter()
    done = []
    results = import_files(police, paths=files, progress=lambda n, total, r: done.append(n))
    seconds = time.perf_counter() - started
    police.close()
    if any(r.status != "imported" for r in results) or len(done) != len(files):
        raise RuntimeError("a bundle was not imported")
    return {"bundle_import_1000": Line(seconds * 1000 / len(files), "s", 60.0)}
