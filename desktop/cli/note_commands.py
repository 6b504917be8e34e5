"""`tuquan note …`: security observation notes from the command line."""

from dataclasses import asdict

from desktop.cli.common import emit, query, read_json_argument, run_action
from desktop.core.notes import notes
from desktop.core.paths import resolve_paths
from desktop.core.settings import load_settings


def _line(row) -> str:
    reported = "reported" if row.reported else "NOT reported"
    return f"{row.note_no}  {row.observed_at:%d/%m/%Y %H:%M}  {row.category:<18} {reported:<12} {row.summary}"


def command_note_add(args) -> None:
    values = notes.note_input_from_json(read_json_argument(args.json_file))
    if values.get("about_violation", values.get("category") in notes.rules.VIOLATION_CATEGORIES) \
            and "reported_to_police_at" not in values:
        phone = load_settings(resolve_paths(args.data_dir).settings_file).police_phone
        print(f"Report it to the commune police now{': ' + phone if phone else ''}.")
    detail = run_action(args, notes.create_note, values=values)
    warnings = [f"warning: {w}: record religion, ethnicity or political opinion only if strictly "
                "necessary (Law 30/2023 Art. 6; Law 91/2025)" for w in detail.warnings]
    emit(args, {"id": detail.id, "note_no": detail.note_no, "warnings": list(detail.warnings)},
         "\n".join([f"{detail.note_no} recorded.", *warnings]))


def command_note_list(args) -> None:
    rows = query(args, lambda uow: notes.list_notes(uow, query=notes.NoteQuery(search=args.search or "")))
    emit(args, [asdict(r) for r in rows], "\n".join(map(_line, rows)) or "no note")


def command_note_show(args) -> None:
    detail = run_action(args, notes.get_note, note_ref=args.note)
    emit(args, asdict(detail), "\n".join(filter(None, [
        f"{detail.note_no}  {detail.category}  {detail.status}", detail.summary, detail.details,
        f"reported {detail.reported_to_police_at:%d/%m/%Y %H:%M} ({detail.report_channel})"
        if detail.reported_to_police_at else f"not reported: {detail.could_not_reach_reason}"])))


def add_parsers(commands, common) -> None:
    note = commands.add_parser("note", help="security observation notes")
    actions = note.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="record a note")
    add.add_argument("--json", dest="json_file", required=True, metavar="FILE|-")
    add.set_defaults(handler=command_note_add)
    listed = actions.add_parser("list", parents=[common], help="list notes")
    listed.add_argument("--search")
    listed.set_defaults(handler=command_note_list)
    show = actions.add_parser("show", parents=[common], help="show one note")
    show.add_argument("note", help="note number (AN-2026-0001) or id")
    show.set_defaults(handler=command_note_show)
