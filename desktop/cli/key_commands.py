"""`tuquan keys …`: this installation's card, enrolling and revoking counterparts' cards."""

import sys
from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import UsageError, emit, query, run_action
from desktop.cli.exchange_commands import add_identity_parser
from desktop.core.atomic import atomic_write_bytes
from desktop.core.bundles import keys
from desktop.core.roles import DESKS


def command_card(args) -> None:
    card = query(args, keys.own_card)
    out = Path(args.out)
    if out.is_dir():  # a folder (a stick): the card under its own name
        out = out / card.file_name
    atomic_write_bytes(out, card.to_bytes())
    emit(args, {"path": str(out), "fingerprint": card.fingerprint},
         f"Wrote {out}. Fingerprint: {card.fingerprint}")


def command_enrol(args) -> None:
    card = keys.read_card_file(Path(args.card))
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("confirm the fingerprint with --yes, or run from a terminal")
        answer = input(f"{card.name} ({card.desk or card.mode}, {card.commune_code})\nFingerprint: "
                       f"{card.fingerprint}\nDoes it match what the other side reads out? [yes/no] ")
        if answer.strip().lower() not in ("yes", "y", "có", "co"):
            raise UsageError("not enrolled")
    fingerprint = run_action(args, keys.enrol_card, card=card, replace=args.replace,
                             expected_desk=args.desk)
    emit(args, {"id": card.id, "name": card.name, "kind": card.desk or card.mode,
                "fingerprint": fingerprint},
         f"Enrolled {card.name} ({card.desk or card.mode}, {fingerprint}).")


def command_list(args) -> None:
    rows = [asdict(card) for card in query(args, keys.list_cards)]
    emit(args, rows, "\n".join(f"{r['kind']:<9} {r['name']:<34} {r['fingerprint']}"
                               + ("  REVOKED" if r["revoked"] else "") for r in rows) or "no card")


def command_revoke(args) -> None:
    run_action(args, keys.revoke_card, party_or_key=args.id)
    emit(args, {"revoked": args.id}, f"{args.id} revoked.")


def add_parsers(commands, common) -> None:
    group = commands.add_parser("keys", help="key cards and enrolment")
    actions = group.add_subparsers(dest="action", required=True)
    card = actions.add_parser("card", parents=[common], help="write this installation's card")
    card.add_argument("--out", required=True,
                      help="a file, or a folder to write <commune>-<team or desk>.card in")
    card.set_defaults(handler=command_card)
    enrol = actions.add_parser("enrol", parents=[common], help="trust a counterpart's card")
    enrol.add_argument("card")
    enrol.add_argument("--yes", action="store_true", help="the fingerprint was confirmed")
    enrol.add_argument("--desk", choices=DESKS,
                       help="(team) the desk whose card this must be: anything else is refused")
    enrol.add_argument("--replace", action="store_true",
                       help="the party changed its key on purpose: revoke the enrolled one")
    enrol.set_defaults(handler=command_enrol)
    actions.add_parser("list", parents=[common]).set_defaults(handler=command_list)
    revoke = actions.add_parser("revoke", parents=[common], help="stop trusting a team's key")
    revoke.add_argument("id")
    revoke.set_defaults(handler=command_revoke)
    add_identity_parser(actions, common)
