"""`tuquan purge`, `retention …`, `hold …` and `subject export`: privacy controls."""

from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import emit, query, run_action, signed_in
from desktop.core.atomic import atomic_write_bytes
from desktop.core.privacy import retention, subjects


def command_purge(args) -> None:
    with signed_in(args) as workspace:
        report = retention.purge_after_backup(workspace, dry_run=args.dry_run)
    lines = [f"{r.record_type:<17} {r.number:<14} due {r.due_on:%d/%m/%Y}" for r in report.records]
    verb = "would be removed" if report.dry_run else "removed"
    lines.append(f"{len(report.records)} record(s) {verb}.")
    emit(args, asdict(report), "\n".join(lines))


def command_retention_list(args) -> None:
    rules = query(args, retention.retention_rules)
    emit(args, rules, "\n".join(f"{kind:<17} {months} months" for kind, months in rules.items()))


def command_retention_set(args) -> None:
    rules = run_action(args, retention.set_retention, record_type=args.record_type,
                       keep_months=args.months)
    emit(args, rules, "\n".join(f"{kind:<17} {months} months" for kind, months in rules.items()))


def command_hold(args) -> None:
    record_type = {"case": "MEDIATION_CASE", "note": "OBSERVATION_NOTE"}[args.kind]
    run_action(args, retention.set_legal_hold, record_type=record_type, reference=args.reference,
               hold=not args.release)
    state = "released from" if args.release else "placed on"
    emit(args, {"reference": args.reference, "hold": not args.release},
         f"{args.reference} {state} legal hold.")


def command_subject_export(args) -> None:
    pdf = run_action(args, subjects.subject_export_pdf, name=args.name)
    atomic_write_bytes(Path(args.out), pdf)
    emit(args, {"path": args.out, "bytes": len(pdf)}, f"Wrote {args.out} ({len(pdf):,} bytes).")


def add_parsers(commands, common) -> None:
    purge = commands.add_parser("purge", parents=[common],
                                help="remove records past their retention date")
    purge.add_argument("--dry-run", action="store_true", help="list them, remove nothing")
    purge.set_defaults(handler=command_purge)
    rules = commands.add_parser("retention", help="how long records are kept")
    actions = rules.add_subparsers(dest="action", required=True)
    actions.add_parser("list", parents=[common]).set_defaults(handler=command_retention_list)
    set_rule = actions.add_parser("set", parents=[common])
    set_rule.add_argument("record_type", choices=retention.RECORD_TYPES)
    set_rule.add_argument("months", type=int)
    set_rule.set_defaults(handler=command_retention_set)
    hold = commands.add_parser("hold", parents=[common], help="legal hold on a case or note")
    hold.add_argument("kind", choices=("case", "note"))
    hold.add_argument("reference")
    hold.add_argument("--release", action="store_true")
    hold.set_defaults(handler=command_hold)
    subject = commands.add_parser("subject", help="data-subject requests")
    subject_actions = subject.add_subparsers(dest="action", required=True)
    export = subject_actions.add_parser("export", parents=[common],
                                        help="one person's records as a PDF")
    export.add_argument("--name", required=True)
    export.add_argument("--out", required=True, metavar="FILE.pdf")
    export.set_defaults(handler=command_subject_export)
