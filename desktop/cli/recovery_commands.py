"""`tuquan recovery …`, `tuquan recover` and `tuquan handover`: shared recovery (k of n shares),
resetting a password with the recovery code or the shares, and handing over to a new leader.

Shares, like passwords, come from the environment or a prompt, never from the command line.
Each command loads the services it uses when it runs: they bring ReportLab, the QR code and the
share scheme, which every other command (`tuquan export` each month) would load for nothing.
"""

import getpass
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.common import (
    NEW_PASSWORD_ENV,
    RECOVERY_ENV,
    UsageError,
    emit,
    holding_folder,
    secret,
    signed_in,
)
from desktop.core.atomic import atomic_write_bytes
from desktop.core.paths import resolve_paths

if TYPE_CHECKING:  # named for the checker only: these load with the commands that use them
    from desktop.core.access.handover import HandOverResult
    from desktop.core.access.shares import ShareSplit
    from desktop.core.data_folder.workspace import Workspace

SHARES_ENV = "TUQUAN_RECOVERY_SHARES"  # one share a line
SHEETS_WARNING = "the file holds the shares: print it, then delete it"


def _shares_text(split: "ShareSplit") -> str:
    lines = [f"RECOVERY SHARES: any {split.threshold} of these {split.count} open TuQuan "
             "(shown only now; give each holder their own sheet):", ""]
    for sheet in split.sheets:
        lines += [f"  Share {sheet.number} of {split.count}, for {sheet.holder}:",
                  f"    {sheet.words}", ""]
    return "\n".join(lines)


def _write_sheets(workspace: "Workspace", split: "ShareSplit", out: str | None) -> None:
    if out:
        from desktop.core.access.recovery_shares import share_sheets_pdf  # see the module's doc

        with workspace.unit_of_work() as uow:
            atomic_write_bytes(Path(out), share_sheets_pdf(uow, split=split))


def _split_json(split: "ShareSplit") -> dict:
    return {"threshold": split.threshold, "count": split.count, "made_on": split.made_on,
            "shares": [asdict(sheet) for sheet in split.sheets]}


def command_split(args) -> None:
    from desktop.core.access.recovery_shares import split_recovery_shares  # see the module's doc

    holders = tuple(args.holder or ())
    if args.n is not None and args.n != len(holders):
        raise UsageError(f"--n {args.n} needs as many --holder, one a share ({len(holders)} given)")
    with signed_in(args) as workspace:
        split = split_recovery_shares(workspace, threshold=args.k, holders=holders)
        _write_sheets(workspace, split, args.sheets)
    written = f"Wrote {args.sheets} ({SHEETS_WARNING}).\n" if args.sheets else ""
    emit(args, _split_json(split), f"{written}{_shares_text(split)}"
         "Shares made before no longer work.")


def command_status(args) -> None:
    from desktop.core.access.recovery_shares import recovery_shares_status  # see the module's doc

    with signed_in(args, changes=False) as workspace:
        status = recovery_shares_status(workspace)
    if status is None:
        emit(args, {"shares": None}, "No recovery shares were made.")
        return
    emit(args, {"shares": asdict(status)},
         f"Any {status.threshold} of {status.count} shares, made on {status.made_on:%d/%m/%Y}.")


def read_shares_input() -> list[str]:
    """From $TUQUAN_RECOVERY_SHARES (one a line), or asked one by one until enough are given."""
    given = os.environ.get(SHARES_ENV)
    if given is not None:
        return [line for line in given.splitlines() if line.strip()]
    if not sys.stdin.isatty():
        raise UsageError(f"set {SHARES_ENV} (one share a line) or run from a terminal to be asked")
    from desktop.core.access.shares import shares_needed  # see the module's doc

    shares = [getpass.getpass("Share 1 (its words): ")]
    for number in range(2, shares_needed(shares[0]) + 1):
        shares.append(getpass.getpass(f"Share {number}: "))
    return shares


def command_recover(args) -> None:
    # loaded by this command only: see the module's doc
    from desktop.core.access.account_recovery import reset_with_recovery_code
    from desktop.core.access.recovery_shares import recover_with_shares

    paths = resolve_paths(args.data_dir)
    username = args.user_to_reset or args.new_leader
    if args.new_leader and not args.shares:
        raise UsageError("--new-leader needs --shares")
    shares = read_shares_input() if args.shares else []
    code = None if args.shares else secret(RECOVERY_ENV, "Recovery code: ")
    password = secret(NEW_PASSWORD_ENV, f"New password for {username}: ", confirm=True)
    with holding_folder(args):
        if args.shares:
            account = recover_with_shares(paths, shares=shares, username=username,
                                          new_password=password, full_name=args.full_name or "",
                                          new_account=bool(args.new_leader))
            how = "made as a new leader" if account.created else "given a new password"
            emit(args, asdict(account), f"{account.username} was {how} with the recovery shares.")
            return
        username = reset_with_recovery_code(paths, code=code or "", username=username,
                                            new_password=password)
    emit(args, {"username": username, "changed": True},
         f"Password reset for {username} with the recovery code.")


def _handover_text(result: "HandOverResult", args) -> str:
    record = result.record
    lines = [f"{record.old_username} handed over to {record.new_username}; "
             f"{record.old_username}'s account is disabled."]
    lines += [f"Wrote {path} ({what})." for path, what in (
        (args.record, "the hand-over record: print and sign it"),
        (args.sheets, SHEETS_WARNING)) if path]
    lines += ["", "NEW RECOVERY CODE (the old one no longer works; give it to the new leader):",
              "", f"    {result.recovery_code}", ""]
    if result.shares:
        lines.append(_shares_text(result.shares))
    return "\n".join(lines)


def command_handover(args) -> None:
    # loaded by this command only: see the module's doc
    from desktop.core.access.handover import HandOverRequest, hand_over_leadership

    password = (secret(NEW_PASSWORD_ENV, f"New password for {args.to}: ", confirm=True)
                if args.new_account else "")
    request = HandOverRequest(new_username=args.to, new_account=args.new_account,
                              new_full_name=args.full_name or "", new_password=password,
                              old_username=args.old_leader,
                              share_holders=tuple(args.holder or ()), share_threshold=args.k)
    with signed_in(args) as workspace:
        result = hand_over_leadership(workspace, request=request)
        if args.record:
            atomic_write_bytes(Path(args.record), result.record_pdf())
        if result.shares:
            _write_sheets(workspace, result.shares, args.sheets)
    data = {"record": asdict(result.record), "recovery_code": result.recovery_code,
            "shares": _split_json(result.shares) if result.shares else None}
    emit(args, data, _handover_text(result, args))


def add_parsers(commands, common) -> None:
    recovery = commands.add_parser("recovery", help="shared recovery: k of n printed shares")
    actions = recovery.add_subparsers(dest="action", required=True)
    split = actions.add_parser("split", parents=[common], help="make new shares (leader); "
                               "earlier shares stop working")
    split.add_argument("--k", type=int, default=2, help="shares needed to open (default 2)")
    split.add_argument("--n", type=int, help="shares made: one a --holder (checked if given)")
    split.add_argument("--holder", action="append", metavar="NAME", help="who keeps a share "
                       "(repeat, once a share)")
    split.add_argument("--sheets", metavar="FILE.pdf", help="write the sheets to print")
    split.set_defaults(handler=command_split)
    actions.add_parser("status", parents=[common], help="the current rule and its date"
                       ).set_defaults(handler=command_status)
    recover = commands.add_parser("recover", parents=[common], help="reset a password with the "
                                  "recovery code, or with k recovery shares")
    who = recover.add_mutually_exclusive_group(required=True)
    who.add_argument("--reset-user", dest="user_to_reset", metavar="U")
    who.add_argument("--new-leader", metavar="U", help="with --shares: make U a new leader account")
    recover.add_argument("--full-name", help="the new leader's full name")
    recover.add_argument("--shares", action="store_true",
                         help=f"open with shares (from ${SHARES_ENV}, one a line, or prompts)")
    recover.set_defaults(handler=command_recover)
    _add_handover_parser(commands, common)


def _add_handover_parser(commands, common) -> None:
    handover = commands.add_parser("handover", parents=[common], help="hand over to a new leader")
    handover.add_argument("--to", required=True, metavar="U", help="the new leader's account")
    handover.add_argument("--new-account", action="store_true", help="make U (password from "
                          f"${NEW_PASSWORD_ENV} or a prompt); otherwise U exists and is promoted")
    handover.add_argument("--full-name", help="the new leader's full name, for a new account")
    handover.add_argument("--from", dest="old_leader", metavar="U",
                          help="the leader handing over (default: the one signed in)")
    handover.add_argument("--holder", action="append", metavar="NAME",
                          help="who keeps a new share (repeat; needed if shares exist)")
    handover.add_argument("--k", type=int, help="new shares needed to open (default: as before)")
    handover.add_argument("--record", metavar="FILE.pdf", help="write the hand-over record")
    handover.add_argument("--sheets", metavar="FILE.pdf", help="write the new share sheets")
    handover.set_defaults(handler=command_handover)
