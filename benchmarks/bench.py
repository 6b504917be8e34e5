"""`make bench`: the DESIGN §8 targets measured on synthetic data made with `tuquan demo`.

    python benchmarks/bench.py [--quick]

Teams of 10,000 and 100,000 cases and a police unit of 1,000,000 received records (`--quick`:
small sizes only). Every line is a median, with the raw figure of this machine measured in the
same run where one applies, and goes to benchmarks/results/latest.json as
{name: {value, unit, target, baseline, ratio, ok}}; a table is printed.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TUQUAN_KDF_TARGET_SECONDS", "0")  # the KDF is measured on its own
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # real raster painting, no display needed
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

import bundles  # noqa: E402
import download  # noqa: E402
import old_laptop  # noqa: E402
import raw  # noqa: E402
import receiver  # noqa: E402
import scale_path  # noqa: E402
import startup  # noqa: E402
import team  # noqa: E402
from common import Line  # noqa: E402
from lists_gui import model_memory_growth  # noqa: E402

RESULTS = Path(__file__).parent / "results" / "latest.json"
FULL = {"team_scales": {"10k": 10_000, "100k": 100_000}, "received": 1_000_000,
        "import_teams": 4, "bundles_per_team": 250, "runs": 5, "postgresql_records": 100_000,
        "postgresql_desk_records": 1_000_000}
QUICK = {"quick": True, "team_scales": {"1k": 1_000}, "received": 20_000, "import_teams": 2,
         "bundles_per_team": 5, "runs": 3, "postgresql_records": 10_000,
         "postgresql_desk_records": 20_000}


def measure_team_scales(folder: Path, plan: dict, measured: dict) -> None:
    from desktop.gui.table_models.case_table_model import CaseTableModel

    runs, largest = plan["runs"], list(plan["team_scales"])[-1]
    for scale, count in plan["team_scales"].items():
        started = time.perf_counter()
        workspace = team.make_team(folder / f"team-{scale}", count)
        print(f"  team of {count:,} cases made in {time.perf_counter() - started:.0f} s", flush=True)
        measured |= team.measure_lists(workspace, runs, scale)
        measured |= model_memory_growth(CaseTableModel, workspace, scale)
        if scale != largest:
            workspace.close()
            continue
        measured |= team.measure_monthly_report(workspace, runs, measured["raw_pdf_1000_rows"].value,
                                                scale, targets=False)
        measured |= startup.measure_start(folder / f"team-{scale}", runs,
                                          measured["raw_bare_qt_window"].value,
                                          measured["raw_kdf_calibrated"].value,
                                          measured["raw_skeleton_rss"].value)
        police = bundles.make_desk(folder / "police")
        bundles.exchange_cards(workspace, police)
        measured |= bundles.measure_exports(workspace, folder / f"team-{scale}", police,
                                            folder / "usb", runs)
        measured |= old_laptop.measure_old_laptop(workspace, folder / f"team-{scale}",
                                                  folder / "usb", runs, measured)
        police.close()
        workspace.close()


def measure(folder: Path, plan: dict) -> dict[str, Line]:
    runs = plan["runs"]
    measured = {"raw_bare_qt_window": Line(raw.bare_window_seconds(runs), "s", None),
                "raw_pdf_1000_rows": Line(raw.plain_pdf_seconds(), "s", None),
                "raw_kdf_calibrated": Line(raw.kdf_seconds(), "s", None),
                "raw_skeleton_rss": Line(raw.skeleton_rss_mib(), "MiB", None)}
    print("raw figures measured", flush=True)
    measure_team_scales(folder, plan, measured)
    measured |= team.measure_logbook(folder / "logbook", runs, measured["raw_pdf_1000_rows"].value)
    if not plan.get("quick"):
        measured |= team.measure_report_of_a_thousand_row_month(
            folder / "report", runs, measured["raw_pdf_1000_rows"].value)
    print("team measured", flush=True)
    measured |= bundles.measure_thousand_imports(folder, plan["import_teams"],
                                                 plan["bundles_per_team"])
    print("bundle imports measured", flush=True)
    measured |= receiver.measure_receiver(folder / "receiver", plan["received"], runs)
    measured |= scale_path.measure_postgresql(folder / "postgresql", plan["postgresql_records"],
                                              plan["postgresql_desk_records"])
    measured |= download.measure_download(folder / "download")
    return measured


def print_table(results: dict) -> None:
    print(f"\n{'measurement':<42}{'median':>11} {'unit':<4}{'target':>8}{'raw':>10}{'ratio':>8}  ok")
    for name, row in results.items():
        def shown(value):
            return "" if value is None else f"{value:g}"
        ok = {True: "ok", False: "NO", None: "-"}[row["ok"]]
        print(f"{name:<42}{row['value']:>11g} {row['unit']:<4}{shown(row['target']):>8}"
              f"{shown(row['baseline']):>10}{shown(row['ratio']):>8}  {ok}")


def compile_bytecode() -> None:
    """An installed TuQuan runs from bytecode (pip and the packaged build compile it); a checkout
    run with PYTHONDONTWRITEBYTECODE set would compile every module again in every process."""
    import compileall

    root = Path(__file__).resolve().parents[1]
    for package in ("desktop", "db"):
        compileall.compile_dir(root / package, quiet=1)


def settle_installed_libraries() -> None:
    """Write back the environment's shared libraries and drop them from the page cache, as on a
    machine where they were installed earlier and have been read from disk since. Files pip has
    just written sit in the cache in large blocks, and mapping them counts more resident memory:
    about 15 MiB more for the eager skeleton and the window alike right after `make` installed
    them, which a clean clone's bench would otherwise measure."""
    if not hasattr(os, "posix_fadvise"):
        return
    for folder, _subfolders, names in os.walk(sys.prefix):
        for name in names:
            if ".so" not in name:
                continue
            descriptor = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(descriptor)
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes only, fewer runs")
    args = parser.parse_args()
    started = time.perf_counter()
    compile_bytecode()
    settle_installed_libraries()
    with tempfile.TemporaryDirectory() as folder:
        measured = measure(Path(folder), QUICK if args.quick else FULL)
    results = {name: line.row() for name, line in measured.items()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print_table(results)
    failed = [name for name, row in results.items() if row["ok"] is False]
    print(f"\n{len(results)} lines, {len(failed)} over target, {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
