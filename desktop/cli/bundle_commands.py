"""`tuquan export`, `verify` and `import`: writing the next bundle, checking and importing teams' bundles.

Each command loads the bundle code it needs when it runs, so that the others start sooner.
"""

from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import emit, run_action, signed_in
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import resolve_paths

DESK_NAMES = {"police": "the commune police", "commune": "the commune People's Committee"}


def command_export(args) -> None:
    from desktop.core.bundles.export import export_bundles  # loaded by export only

    results = run_action(args, export_bundles, month=Month.parse(args.month),
                         out_dir=Path(args.out), to=args.to,
                         chain_file=resolve_paths(args.data_dir).export_chain_file)
    emit(args, [asdict(result) for result in results], "\n".join(
        f"Wrote {result.path} for {DESK_NAMES[result.recipient]} (bundle {result.seq}, "
        f"{sum(result.record_counts.values())} records): the report of {result.period} and the "
        f"changes recorded up to {result.changes_up_to:%d/%m/%Y %H:%M}." + (
            "\nA backup older than the last export was restored: this bundle continues the "
            "chain the desk has, but changes made after that backup are lost."
            if result.warnings else "") for result in results))


def add_export_parser(commands, common) -> None:
    export = commands.add_parser("export", parents=[common],
                                 help="write the next bundle for each desk enrolled")
    export.add_argument("--month", required=True, metavar="YYYY-MM")
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--to", choices=tuple(DESK_NAMES),
                        help="only this desk's bundle (police or commune)")
    export.set_defaults(handler=command_export)


def _import_files(args, files: list[str], dry_run: bool) -> list:
    from desktop.core.bundles.importing import import_files  # loaded by import and verify only

    with signed_in(args) as workspace:
        return import_files(workspace, paths=[Path(name) for name in files], dry_run=dry_run)


def _report_imports(args, results) -> None:
    lines = [f"{r.file}: {r.status}" + (f" — {r.reason}" if r.reason else
                                         f" ({r.team}, bundle {r.seq}, {r.period})")
             for r in results]
    emit(args, [asdict(r) for r in results], "\n".join(lines))
    if any(r.status == "rejected" for r in results):
        raise SystemExit(1)


def command_verify(args) -> None:
    _report_imports(args, _import_files(args, [args.file], dry_run=True))


def command_import(args) -> None:
    _report_imports(args, _import_files(args, args.files, dry_run=args.dry_run))


def add_import_parsers(commands, common) -> None:
    verify = commands.add_parser("verify", parents=[common], help="check a bundle, change nothing")
    verify.add_argument("file")
    verify.set_defaults(handler=command_verify)
    imported = commands.add_parser("import", parents=[common], help="import teams' bundles")
    imported.add_argument("files", nargs="+", metavar="FILE")
    imported.add_argument("--dry-run", action="store_true")
    imported.set_defaults(handler=command_import)
