"""`tuquan consent|request|breach …`, `register` and `team police-unit`: the privacy ledgers."""

from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import emit, query, run_action
from desktop.core.atomic import atomic_write_bytes
from desktop.core.mediation import team_register as team_register
from desktop.core.mediation.inputs import read_date, read_datetime
from desktop.core.privacy import breaches, ledgers
from desktop.core.privacy.processing_activities import processing_register_pdf


def command_consent_add(args) -> None:
    view = run_action(args, ledgers.record_consent, subject_name=args.name,
                      purposes=args.purpose, method=args.method,
                      given_at=read_datetime(args.at, "--at"), scope=args.scope or "",
                      sensitive_data=args.sensitive, is_child=bool(args.guardian),
                      guardian_name=args.guardian or "")
    emit(args, asdict(view), f"Consent recorded for {view.subject_name}: {', '.join(view.purposes)}.")


def command_consent_list(args) -> None:
    rows = query(args, ledgers.list_consents)
    emit(args, [asdict(r) for r in rows], "\n".join(
        f"{r.subject_name:<28} {','.join(r.purposes):<30} "
        f"{'withdrawn' if r.withdrawn_on else 'given'}" for r in rows) or "no consent")


def command_request_open(args) -> None:
    view = run_action(args, ledgers.open_request, subject_name=args.name, kind=args.kind,
                      received_on=read_date(args.received, "--received"))
    emit(args, asdict(view), f"{view.request_no} due {view.due_on:%d/%m/%Y}.")


def command_request_list(args) -> None:
    rows = query(args, ledgers.list_requests)
    emit(args, [asdict(r) for r in rows], "\n".join(
        f"{r.request_no}  {r.kind:<9} {r.subject_name:<28} due {r.due_on:%d/%m/%Y} {r.status}"
        + ("  OVERDUE" if r.overdue else "") for r in rows) or "no request")


def command_breach_add(args) -> None:
    view = run_action(args, breaches.record_breach, detected_at=read_datetime(args.at, "--at"),
                      description=args.description, affected_records=args.records,
                      data_categories=args.categories or "", measures=args.measures or "")
    emit(args, asdict(view), f"Breach logged; notify by {view.notify_by:%d/%m/%Y %H:%M} "
                             f"({view.hours_left:.0f} h left).")


def command_breach_notice(args) -> None:
    text = query(args, lambda uow: breaches.breach_notice(uow, breach_id=args.breach))
    emit(args, {"notice": text}, text)


def command_register(args) -> None:
    pdf = run_action(args, processing_register_pdf)
    atomic_write_bytes(Path(args.out), pdf)
    emit(args, {"path": args.out, "bytes": len(pdf)}, f"Wrote {args.out} ({len(pdf):,} bytes).")


def command_police_unit(args) -> None:
    name = run_action(args, team_register.set_police_unit, commune_code=args.commune_code)
    emit(args, {"police_unit": name}, f"Supervising unit: {name}.")


def command_ethnic_minority_mediators(args) -> None:
    count = run_action(args, team_register.set_ethnic_minority_mediators, count=args.count)
    emit(args, {"ethnic_minority_mediators": count},
         f"Ethnic-minority mediators on the team: {count}.")


def _subcommands(commands, name: str, help_text: str):
    return commands.add_parser(name, help=help_text).add_subparsers(dest="action", required=True)


def add_parsers(commands, common) -> None:
    consent = _subcommands(commands, "consent", "the consent ledger")
    add = consent.add_parser("add", parents=[common])
    add.add_argument("--name", required=True)
    add.add_argument("--purpose", action="append", required=True, choices=ledgers.PURPOSES)
    add.add_argument("--method", required=True, choices=ledgers.METHODS)
    add.add_argument("--at", required=True, metavar="DATETIME")
    add.add_argument("--scope")
    add.add_argument("--sensitive", action="store_true")
    add.add_argument("--guardian", help="for a child: the guardian who also consents")
    add.set_defaults(handler=command_consent_add)
    consent.add_parser("list", parents=[common]).set_defaults(handler=command_consent_list)
    request = _subcommands(commands, "request", "data-subject requests")
    opened = request.add_parser("open", parents=[common])
    opened.add_argument("--name", required=True)
    opened.add_argument("--kind", required=True, choices=ledgers.REQUEST_KINDS)
    opened.add_argument("--received", required=True, metavar="DATE")
    opened.set_defaults(handler=command_request_open)
    request.add_parser("list", parents=[common]).set_defaults(handler=command_request_list)
    breach = _subcommands(commands, "breach", "the breach log")
    logged = breach.add_parser("add", parents=[common])
    logged.add_argument("--at", required=True, metavar="DATETIME")
    logged.add_argument("--description", required=True)
    logged.add_argument("--records", type=int, default=0)
    logged.add_argument("--categories")
    logged.add_argument("--measures")
    logged.set_defaults(handler=command_breach_add)
    notice = breach.add_parser("notice", parents=[common])
    notice.add_argument("breach")
    notice.set_defaults(handler=command_breach_notice)
    report = commands.add_parser("register", parents=[common],
                                 help="the processing register as a PDF (R-PRIV-10)")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.set_defaults(handler=command_register)
    _add_team_parsers(commands, common)


def _add_team_parsers(commands, common) -> None:
    team = _subcommands(commands, "team", "the team")
    police = team.add_parser("police-unit", parents=[common])
    police.add_argument("commune_code")
    police.set_defaults(handler=command_police_unit)
    ethnic = team.add_parser("ethnic-minority-mediators", parents=[common],
                             help="how many mediators are ethnic-minority people (a team count)")
    ethnic.add_argument("count", type=int)
    ethnic.set_defaults(handler=command_ethnic_minority_mediators)
