"""`tuquan case …`, `search` and `member …`: mediation cases from the command line."""

import argparse
from dataclasses import asdict
from pathlib import Path

from desktop.cli import book_commands
from desktop.cli.common import emit, query, read_json_argument, run_action
from desktop.core.atomic import atomic_write_bytes
from desktop.core.documents import case_documents
from desktop.core.errors import InvalidInput
from desktop.core.mediation import cases, progress, team_register
from desktop.core.mediation.inputs import case_input_from_json, read_date, read_deadline, read_text
from desktop.core.mediation.types import CaseDetail, CaseRow
from desktop.core.text import format_date


def _case_line(row: CaseRow) -> str:
    result = f" {row.result}" if row.result else ""
    return (f"{row.case_no}  {format_date(row.received_date)}  {row.status}{result}  "
            f"{row.first_party}  {row.hamlet}")


def _show(args, detail: CaseDetail) -> None:
    lines = [f"{detail.case_no}  {detail.status}" + (f" ({detail.result})" if detail.result else ""),
             f"received {format_date(detail.received_date)}; {detail.scope_category}; "
             f"{detail.hamlet}", detail.main_content]
    lines += [f"party: {p.full_name} ({p.birth_year or '?'}) {p.address}" for p in detail.parties]
    lines += [f"mediator: {m.name}" + (" (replaced)" if m.replaced_on else "")
              for m in detail.mediators]
    if detail.recognition_deadline:
        lines.append(f"court recognition until {format_date(detail.recognition_deadline)}")
    lines += [f"warning: {w}" for w in detail.warnings]
    emit(args, asdict(detail), "\n".join(lines))


def command_case_add(args) -> None:
    data = case_input_from_json(read_json_argument(args.json_file))
    detail = run_action(args, cases.create_case, data=data)
    emit(argparse.Namespace(json=True), {"id": detail.id, "case_no": detail.case_no}, "")


def command_case_update(args) -> None:
    data = case_input_from_json(read_json_argument(args.json_file))
    _show(args, run_action(args, cases.update_case, case_ref=args.case, data=data))


def command_case_scope(args) -> None:
    check, exclusion, note = ("IN_SCOPE", None, None)
    if args.excluded:
        check, exclusion = "EXCLUDED", args.excluded
    elif args.unsure:
        check, note = "UNSURE_JUSTICE_OFFICER_CONSULTED", args.unsure
    _show(args, run_action(args, progress.check_scope, case_ref=args.case, check=check,
                               exclusion=exclusion, note=note))


def command_case_assign(args) -> None:
    _show(args, run_action(
        args, progress.assign_mediator, case_ref=args.case, mediator=args.mediator,
        no_conflict_confirmed=args.no_conflict, role="INVITED" if args.invited else "MEDIATOR",
        assigned_on=read_date(args.date, "--date") if args.date else None))


def command_case_session(args) -> None:
    document = read_json_argument(args.json_file)
    if not isinstance(document, dict) or "held_on" not in document:
        raise InvalidInput(field="held_on", problem="required")
    _show(args, run_action(
        args, progress.record_session, case_ref=args.case,
        held_on=read_date(document["held_on"], "held_on"),
        place=read_text(document.get("place"), "place", 300),
        summary=read_text(document.get("summary"), "summary")))


def command_case_end(args) -> None:
    _show(args, run_action(
        args, progress.end_case, case_ref=args.case, end_reason=args.reason,
        ended_on=read_date(args.date, "--date") if args.date else None,
        agreement_or_demands=args.agreement, implementation_method=args.method,
        implementation_deadline=read_deadline(args.deadline, "--deadline") if args.deadline else None))


def command_case_followup(args) -> None:
    _show(args, run_action(
        args, progress.record_followup, case_ref=args.case,
        followed_on=read_date(args.date, "--date"), implementation_status=args.status,
        note=args.note or ""))


def command_case_list(args) -> None:
    statuses = tuple(s.upper() for s in args.status or ())
    rows = query(args, lambda uow: cases.list_cases(uow, query=cases.CaseQuery(statuses=statuses)))
    emit(args, [asdict(r) for r in rows], "\n".join(_case_line(r) for r in rows))


def command_case_show(args) -> None:
    _show(args, query(args, lambda uow: cases.get_case(uow, case_ref=args.case)))


def command_search(args) -> None:
    rows = query(args, lambda uow: cases.search_cases(uow, text=args.text))
    emit(args, [asdict(r) for r in rows], "\n".join(_case_line(r) for r in rows) or "no match")


def command_member_add(args) -> None:
    member = run_action(args, team_register.add_member, full_name=args.full_name,
                        position=args.position, gender=args.gender, decision=args.decision or "",
                        hamlet=args.hamlet or "",
                        trained_on=read_date(args.trained, "--trained") if args.trained else None,
                        recognised_on=read_date(args.recognised, "--recognised")
                        if args.recognised else None)
    emit(args, asdict(member), f"Added {member.full_name} ({member.position}).")


def command_member_list(args) -> None:
    members, check = query(args, lambda uow: (team_register.list_members(uow),
                                              team_register.check_register(uow)))
    lines = [f"{m.full_name:<30} {m.position:<10} {m.gender or ''}" for m in members]
    lines += [f"warning: {w}" for w in check.warnings]
    emit(args, {"members": [asdict(m) for m in members], "warnings": list(check.warnings)},
         "\n".join(lines))


def _add_case_actions(actions, common) -> None:
    def action(name, handler, help_text, case=True, json_input=False):
        # Where --json names the input file, output follows the global --json flag.
        parser = actions.add_parser(name, parents=[] if json_input else [common], help=help_text)
        if case:
            parser.add_argument("case", help="case number (HG-2026-0012) or id")
        if json_input:
            parser.add_argument("--json", dest="json_file", required=True, metavar="FILE|-")
        parser.set_defaults(handler=handler)
        return parser

    action("add", command_case_add, "record a new case", case=False, json_input=True)
    action("update", command_case_update, "change a case", json_input=True)
    scope = action("scope", command_case_scope, "record the scope check (R-MED-03)")
    choice = scope.add_mutually_exclusive_group(required=True)
    choice.add_argument("--in-scope", action="store_true")
    choice.add_argument("--excluded", metavar="REASON")
    choice.add_argument("--unsure", metavar="NOTE", help="the Justice officer was consulted")
    assign = action("assign", command_case_assign, "assign a mediator")
    assign.add_argument("--mediator", required=True)
    assign.add_argument("--no-conflict", action="store_true",
                        help="the mediator confirms no interest in or relationship to the case")
    assign.add_argument("--invited", action="store_true", help="an invited person, not a mediator")
    assign.add_argument("--date")
    action("session", command_case_session, "record a mediation session", json_input=True)
    end = action("end", command_case_end, "end the mediation")
    end.add_argument("--reason", required=True)
    end.add_argument("--date")
    end.add_argument("--agreement", help="the agreement, or each party's demands")
    end.add_argument("--method", help="how the agreement is to be carried out")
    end.add_argument("--deadline", metavar="DATE", help="by when the agreement is to be carried out")
    followup = action("followup", command_case_followup, "record a follow-up")
    followup.add_argument("--date", required=True)
    followup.add_argument("--status", required=True)
    followup.add_argument("--note")
    action("list", command_case_list, "list cases", case=False).add_argument(
        "--status", action="append")
    action("show", command_case_show, "show one case")
    book_commands.add_amend_parser(actions, common)


def add_parsers(commands, common) -> None:
    case = commands.add_parser("case", help="mediation cases")
    _add_case_actions(case.add_subparsers(dest="action", required=True), common)
    search = commands.add_parser("search", parents=[common], help="search cases")
    search.add_argument("text")
    search.set_defaults(handler=command_search)
    member = commands.add_parser("member", help="the team register")
    member_actions = member.add_subparsers(dest="action", required=True)
    add = member_actions.add_parser("add", parents=[common], help="add a member")
    add.add_argument("full_name")
    add.add_argument("--position", required=True, choices=team_register.POSITIONS)
    add.add_argument("--gender", choices=team_register.GENDERS)
    add.add_argument("--decision", help="number of the recognition decision")
    add.add_argument("--recognised", metavar="DATE", help="date of the recognition decision")
    add.add_argument("--hamlet", help="the hamlet this member covers")
    add.add_argument("--trained", metavar="DATE", help="date of the last mediation training")
    add.set_defaults(handler=command_member_add)
    member_actions.add_parser("list", parents=[common], help="list members").set_defaults(
        handler=command_member_list)


def _write_pdf(path: str, pdf: bytes) -> None:
    atomic_write_bytes(Path(path), pdf)


def command_agreement(args) -> None:
    pdf = run_action(args, case_documents.agreement_pdf, case_ref=args.case, record=True)
    _write_pdf(args.out, pdf)
    emit(args, {"path": args.out, "bytes": len(pdf)}, f"Wrote {args.out} ({len(pdf):,} bytes).")


def command_logbook(args) -> None:
    pdf = run_action(args, case_documents.logbook_pdf, year=args.year, volume=args.volume,
                         record=True)
    _write_pdf(args.out, pdf)
    emit(args, {"path": args.out, "bytes": len(pdf)}, f"Wrote {args.out} ({len(pdf):,} bytes).")


def add_document_parsers(commands, common) -> None:
    agreement = commands.add_parser("agreement", parents=[common],
                                    help="write the successful-mediation document of a case")
    agreement.add_argument("case")
    agreement.add_argument("--out", required=True, metavar="FILE.pdf")
    agreement.set_defaults(handler=command_agreement)
    logbook = commands.add_parser("logbook", parents=[common], help="write the log book")
    logbook.add_argument("--year", type=int, help="the cases received in a calendar year")
    logbook.add_argument("--volume", type=int, help="the cases of a log-book volume")
    logbook.add_argument("--out", required=True, metavar="FILE.pdf")
    logbook.set_defaults(handler=command_logbook)


def command_demo(args) -> None:
    if args.records:  # a police unit: what teams' bundles would have brought
        # loaded by the commands that use it: every command starts sooner
        from desktop.core.demo.received_data import generate_received_demo

        result = run_action(args, generate_received_demo, records=args.records, teams=args.teams,
                            seed=args.seed)
        emit(args, asdict(result), f"Added {result.records:,} received records from "
                                   f"{result.teams} teams in {result.seconds:.1f} s.")
        return
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.demo.team_data import generate_demo

    result = run_action(args, generate_demo, cases=args.cases, seed=args.seed)
    emit(args, asdict(result) | {"notes_requested": args.notes},
         f"Added {result.cases:,} demonstration cases ({result.members} mediators on the register)."
         + (" Observation notes are not generated by this version." if args.notes else ""))


def add_demo_parser(commands, common) -> None:
    demo = commands.add_parser("demo", parents=[common], help="add synthetic demonstration data")
    demo.add_argument("--cases", type=int, default=200)
    demo.add_argument("--notes", type=int, default=0)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--records", type=int, default=0,
                      help="at a police unit: received records, as if teams had sent them")
    demo.add_argument("--teams", type=int, default=100, help="with --records: how many teams")
    demo.set_defaults(handler=command_demo)


def command_load(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.loading.log_books import load_cases

    report = run_action(args, load_cases, path=Path(args.file), dry_run=args.dry_run)
    lines = [f"line {e.line}: {e.field}: {e.problem}" for e in report.errors]
    if report.errors:
        lines.append(f"{len(report.errors)} bad row(s) of {report.rows_read}; nothing was imported.")
    elif report.dry_run:
        lines.append(f"{report.rows_read} row(s) checked; all can be imported.")
    else:
        lines.append(f"Imported {report.imported} case(s).")
    emit(args, asdict(report), "\n".join(lines))
    if report.errors:
        raise SystemExit(1)


def add_load_parser(commands, common) -> None:
    load = commands.add_parser("load", parents=[common],
                               help="import cases from a CSV, XLSX or JSON Lines log book")
    load.add_argument("file")
    load.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    load.set_defaults(handler=command_load)
