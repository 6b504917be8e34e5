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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data, fewer runs")
    args = parser.parse_args()
    cases, runs = (1_000, 3) if args.quick else (2_000, 5)  # about a year of a busy team
    with tempfile.TemporaryDirectory() as folder:
        workspace = workspace_with_cases(Path(folder), cases)
        measured = measure_reports(workspace, runs)
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
