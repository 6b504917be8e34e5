"""`make bench`: measurements of the application on synthetic data, medians, a JSON file and a table.

    python benchmarks/bench.py [--quick]

Writes benchmarks/results/latest.json as {name: {value, unit, target, baseline, ratio, ok}}.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("TUQUAN_KDF_TARGET_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.demo import generate_demo  # noqa: E402
from desktop.core.mediation import documents  # noqa: E402
from desktop.core.paths import AppPaths  # noqa: E402
from desktop.core.reporting import report  # noqa: E402
from desktop.core.reporting.periods import Month  # noqa: E402
from desktop.core.setup import SetupRequest, initialise  # noqa: E402
from desktop.core.unlock import sign_in  # noqa: E402

RESULTS = Path(__file__).parent / "results" / "latest.json"
PASSWORD = "benchmark password"


def median_seconds(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def workspace_with_cases(folder: Path, cases: int):
    paths = AppPaths(folder / "data")
    initialise(paths, SetupRequest(mode="team", name="Tổ hòa giải thôn Đông Hòa",
                                   commune_code="00004", admin_username="lan",
                                   admin_password=PASSWORD, admin_full_name="Nguyễn Thị Lan"))
    workspace = sign_in(paths, "lan", PASSWORD)
    with workspace.unit_of_work() as uow:
        generate_demo(uow, cases=cases, seed=11, today=date(2026, 11, 1))
    return workspace


def measure_reports(workspace, runs: int) -> dict:
    month, year_from = Month(2026, 10), Month(2025, 11)

    def monthly():
        with workspace.unit_of_work() as uow:
            built = report.build_report(uow, first=month, last=month, with_annex=True)
        return report.report_pdf(built)

    def yearly():
        with workspace.unit_of_work() as uow:
            built = report.build_report(uow, first=year_from, last=month, with_annex=True)
        return report.report_pdf(built)

    def logbook():
        with workspace.unit_of_work() as uow:
            return documents.logbook_pdf(uow, year=2025)

    size = len(monthly())
    return {
        "report_monthly_pdf": (median_seconds(monthly, runs), "s", 1.0),
        "report_monthly_pdf_size": (size / 1024, "KiB", 150.0),
        "report_year_pdf": (median_seconds(yearly, runs), "s", 2.0),
        "logbook_year_pdf": (median_seconds(logbook, max(runs // 2, 1)), "s", 3.0),
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure_lists_and_search(workspace, runs: int) -> dict:
    """The case list's first screen (all ids in SQL order + the first page) and folded search."""
    from desktop.core.mediation import cases

    def first_screen():
        with workspace.unit_of_work() as uow:
            rowids = cases.case_rowids(uow, query=cases.CaseQuery())
            cases.case_rows(uow, rowids=list(rowids[:200]))

    def jump():
        with workspace.unit_of_work() as uow:
            rowids = cases.case_rowids(uow, query=cases.CaseQuery())
            cases.case_rows(uow, rowids=list(rowids[len(rowids) // 2:len(rowids) // 2 + 200]))

    terms = ["nguyen", "tran thi", "dat dai", "HG-2026", "le van", "hoa binh", "lối đi", "pham"]
    timings = []
    for _ in range(max(runs, 3)):
        for term in terms:
            start = time.perf_counter()
            with workspace.unit_of_work() as uow:
                cases.search_cases(uow, text=term, limit=50)
            timings.append(time.perf_counter() - start)
    return {"list_first_screen": (median_seconds(first_screen, runs), "s", 0.35),
            "list_jump_to_middle": (median_seconds(jump, runs), "s", 0.35),
            "search_top50_p95": (percentile(timings, 0.95) * 1000, "ms", 30.0)}


def measure_bundles(folder: Path, workspace, runs: int) -> dict:
    """A month's bundle (time, size, and size against plain zstd-3 JSON Lines of the same
    records), then importing bundles at a police unit."""
    import zstandard

    from desktop.core.bundles import keys
    from desktop.core.bundles.export import collect_records, export_bundle
    from desktop.core.bundles.importing import import_files
    from desktop.core.bundles.payload import encode_records

    police_paths = AppPaths(folder / "police")
    initialise(police_paths, SetupRequest(mode="receiver", name="Công an phường Ba Đình",
                                          commune_code="00004", admin_username="an",
                                          admin_password=PASSWORD))
    police = sign_in(police_paths, "an", PASSWORD)
    for a, b in ((workspace, police), (police, workspace)):
        with a.unit_of_work() as uow:
            card = keys.own_card(uow)
        with b.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)
    with workspace.unit_of_work() as uow:
        plain = zstandard.ZstdCompressor(level=3).compress(
            encode_records(collect_records(uow.session, 0)))
    paths, started = [], time.perf_counter()
    with workspace.unit_of_work() as uow:
        first = export_bundle(uow, month=Month(2026, 10), out_dir=folder / "usb")
    full_export = time.perf_counter() - started
    paths.append(Path(first.path))
    monthly = []
    for _ in range(runs):
        started = time.perf_counter()
        with workspace.unit_of_work() as uow:
            paths.append(Path(export_bundle(uow, month=Month(2026, 11), out_dir=folder / "usb").path))
        monthly.append(time.perf_counter() - started)
    started = time.perf_counter()
    import_files(police, paths=paths[:1])
    full_import = time.perf_counter() - started
    started = time.perf_counter()
    import_files(police, paths=paths[1:])
    per_bundle = (time.perf_counter() - started) / len(paths[1:])
    police.close()
    full_size = paths[0].stat().st_size
    return {"bundle_full_export": (full_export, "s", 5.0),
            "bundle_full_size_vs_zstd_jsonl": (full_size / len(plain), "x", 1.15),
            "bundle_monthly_export": (statistics.median(monthly), "s", 1.0),
            "bundle_monthly_size": (statistics.median(p.stat().st_size for p in paths[1:]) / 1024,
                                    "KiB", 1024.0),
            "bundle_full_import": (full_import, "s", 5.0),
            "bundle_import_1000_monthly": (per_bundle * 1000, "s", 60.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data, fewer runs")
    args = parser.parse_args()
    cases, runs = (1_000, 3) if args.quick else (10_000, 5)  # a busy team's several years
    with tempfile.TemporaryDirectory() as folder:
        workspace = workspace_with_cases(Path(folder), cases)
        measured = measure_reports(workspace, runs)
        measured |= measure_lists_and_search(workspace, runs)
        measured |= measure_bundles(Path(folder), workspace, runs)
        workspace.close()
    results = {name: {"value": round(value, 3), "unit": unit, "target": target, "baseline": None,
                      "ratio": None, "ok": value <= target}
               for name, (value, unit, target) in measured.items()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"{'measurement':<28}{'median':>10}{'target':>10}  ok")
    for name, row in results.items():
        print(f"{name:<28}{row['value']:>8} {row['unit']:<2}{row['target']:>8}   "
              f"{'yes' if row['ok'] else 'NO'}")


if __name__ == "__main__":
    main()
