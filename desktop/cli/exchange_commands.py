"""`tuquan receipt …`, `outbox …`, `status`, `escalated` and `keys export-identity`."""

from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import emit, query, run_action, secret
from desktop.core.atomic import atomic_write_bytes
from desktop.core.roles import DESKS, POLICE

EXPORT_PASSPHRASE_ENV = "TUQUAN_EXPORT_PASSPHRASE"


def command_receipt_write(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.bundles.receipts import write_receipt

    data = run_action(args, write_receipt, team=args.team)
    atomic_write_bytes(Path(args.out), data, mode=0o644)
    emit(args, {"path": args.out}, f"Wrote {args.out}.")


def command_receipt_import(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.bundles.keys import read_input_file
    from desktop.core.bundles.receipts import MAX_RECEIPT_BYTES, import_receipt

    summary = run_action(args, import_receipt, data=read_input_file(Path(args.file), MAX_RECEIPT_BYTES))
    lines = [f"Receipt of the {summary.recipient} desk, {summary.issued_at}: bundles "
             f"1–{summary.last_contiguous_seq} arrived without a gap."
             if summary.last_contiguous_seq else "No bundle arrived in order yet."]
    if summary.waiting_behind_gap:
        lines.append(f"Waiting behind a gap: {', '.join(map(str, summary.waiting_behind_gap))}")
    if summary.missing:
        lines.append(f"Not arrived: {', '.join(map(str, summary.missing))} — write them again "
                     f"(`tuquan outbox write SEQ --to {summary.recipient} --out DIR`).")
    if summary.forks:
        lines.append(f"Refused as contradicting earlier bundles: {', '.join(map(str, summary.forks))}")
    emit(args, asdict(summary), "\n".join(lines))


def command_outbox_list(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.bundles.outbox import list_exports

    rows = query(args, list_exports)
    emit(args, [asdict(row) for row in rows], "\n".join(
        f"{r.recipient:<8} {r.seq:>4} {r.period} {r.file_name:<30} {r.records:>6} records  "
        f"{'copied' if r.copied_to_media_at else 'not copied':<10}  "
        f"{r.receipt_status or 'no receipt yet'}" for r in rows) or "nothing exported yet")


def command_outbox_write(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.bundles.outbox import write_copy

    path = run_action(args, write_copy, seq=args.seq, out_dir=Path(args.out), recipient=args.to)
    emit(args, {"path": str(path), "recipient": args.to, "seq": args.seq},
         f"Wrote {path} (checked).")


def command_status(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.bundles.completeness import completeness
    from desktop.core.monthly_report.periods import Month

    last = Month.parse(args.month) if args.month else None
    grid = query(args, lambda uow: completeness(uow, last=last, months=args.months))
    short = {"received": "✓", "gap": "G", "missing": "✗", "pending": ".",
             "fork": "F", "not_enrolled": " "}
    lines = [f"{'':<34} " + " ".join(m[2:] for m in grid.months)]
    for row in grid.teams:
        cells = " ".join(f"{'L' if m in row.late else short[row.cells[m]]:^5}" for m in grid.months)
        lines.append(f"{row.name[:34]:<34} {cells}" + ("  REVOKED" if row.revoked else ""))
    lines.append("✓ received  L received late  G after a gap  ✗ missing  . not due  F refused fork")
    emit(args, grid.to_json(), "\n".join(lines))


def command_escalated(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.bundles.escalated import list_escalated

    items = run_action(args, list_escalated)
    emit(args, [asdict(item) for item in items], "\n".join(
        f"{i.date} {i.team[:28]:<28} {i.number:<14} {i.reason:<20} {i.summary[:60]}"
        for i in items) or "nothing escalated")


def command_export_identity(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.bundles.keys import export_identity

    passphrase = secret(EXPORT_PASSPHRASE_ENV, "Passphrase for the identity file: ", confirm=True)
    data = run_action(args, export_identity, passphrase=passphrase)
    atomic_write_bytes(Path(args.out), data)
    emit(args, {"path": args.out}, f"Wrote {args.out}. Keep it, and its passphrase, apart.")


def add_parsers(commands, common) -> None:
    receipt = commands.add_parser("receipt", help="receipts between a desk and its teams")
    actions = receipt.add_subparsers(dest="action", required=True)
    write = actions.add_parser("write", parents=[common], help="(desk) sign a receipt")
    write.add_argument("--team", required=True, help="the team's id or key id")
    write.add_argument("--out", required=True, metavar="FILE")
    write.set_defaults(handler=command_receipt_write)
    read = actions.add_parser("import", parents=[common], help="(team) read a desk's receipt")
    read.add_argument("file")
    read.set_defaults(handler=command_receipt_import)
    outbox = commands.add_parser("outbox", help="(team) exported bundles")
    outbox_actions = outbox.add_subparsers(dest="action", required=True)
    outbox_actions.add_parser("list", parents=[common]).set_defaults(handler=command_outbox_list)
    again = outbox_actions.add_parser("write", parents=[common], help="write a bundle again")
    again.add_argument("seq", type=int)
    again.add_argument("--to", choices=DESKS, default=POLICE, help="whose chain (police or commune)")
    again.add_argument("--out", required=True, metavar="DIR")
    again.set_defaults(handler=command_outbox_write)
    status = commands.add_parser("status", parents=[common], help="(desk) who reported")
    status.add_argument("--month", metavar="YYYY-MM", help="the last month shown")
    status.add_argument("--months", type=int, default=12)
    status.set_defaults(handler=command_status)
    commands.add_parser("escalated", parents=[common], help="(desk) cases escalated to it") \
        .set_defaults(handler=command_escalated)


def add_identity_parser(key_actions, common) -> None:
    identity = key_actions.add_parser("export-identity", parents=[common],
                                      help="(desk) save the identity, passphrase-protected")
    identity.add_argument("--out", required=True, metavar="FILE")
    identity.set_defaults(handler=command_export_identity)
