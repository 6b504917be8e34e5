"""`tuquan purge`, `retention …`, `hold …` and `subject find | export | anonymise`: privacy
controls."""

from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import emit, query, run_action, signed_in
from desktop.core.atomic import atomic_write_bytes
from desktop.core.privacy import ledgers, retention, subjects


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


def _choice(args) -> dict:
    """The person the command is about: a name, and what tells them from a namesake."""
    return {"name": args.name, "birth_year": args.birth_year, "address": args.address or "",
            "person": args.person or ""}


def command_subject_find(args) -> None:
    found = query(args, lambda uow: subjects.find_subjects(uow, name=args.name))
    lines = [subjects.describe_candidate(c) for c in found]
    lines.append(f"{len(found)} person(s) recorded under this name.")
    emit(args, [asdict(c) for c in found], "\n".join(lines))


def command_subject_export(args) -> None:
    def export(uow):
        chosen = subjects.choose_subject(uow, **_choice(args))
        return chosen, subjects.subject_export_pdf(uow, person=chosen.key)

    chosen, pdf = run_action(args, export)
    atomic_write_bytes(Path(args.out), pdf)
    emit(args, {"path": args.out, "bytes": len(pdf), "person": asdict(chosen)},
         f"Wrote {args.out} ({len(pdf):,} bytes) for {subjects.describe_candidate(chosen)}.")


def command_subject_anonymise(args) -> None:
    def anonymise(uow):
        chosen = subjects.choose_subject(uow, **_choice(args))
        return chosen, ledgers.anonymise_subject(uow, person=chosen.key)

    chosen, changed = run_action(args, anonymise)
    emit(args, {"person": chosen.key, "records": changed},
         f"Anonymised {changed} of {chosen.entries} record(s) of {chosen.key}"
         " (records on legal hold are kept).")


def _subject_parsers(commands, common) -> None:
    subject = commands.add_parser("subject", help="data-subject requests")
    subject_actions = subject.add_subparsers(dest="action", required=True)
    find = subject_actions.add_parser("find", parents=[common],
                                      help="the people recorded under a name, told apart")
    find.add_argument("--name", required=True)
    find.set_defaults(handler=command_subject_find)
    export = subject_actions.add_parser("export", parents=[common],
                                        help="one person's records as a PDF")
    export.add_argument("--out", required=True, metavar="FILE.pdf")
    export.set_defaults(handler=command_subject_export)
    anonymise = subject_actions.add_parser(
        "anonymise", parents=[common], help="replace one person's name and address in their records")
    anonymise.set_defaults(handler=command_subject_anonymise)
    for action in (export, anonymise):
        action.add_argument("--name", required=True)
        action.add_argument("--birth-year", type=int, metavar="YEAR")
        action.add_argument("--address", help="part of the address, marks and case ignored")
        action.add_argument("--person", metavar="KEY", help="a key listed by `subject find`")


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
    _subject_parsers(commands, common)
