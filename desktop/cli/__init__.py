"""The `tuquan` command: set-up, information, users and audit, for scripting and tests.

Passwords come from the environment or a prompt, never from the command line.
"""

import argparse
import logging
import os
import sys
from dataclasses import asdict

from desktop import __version__
from desktop.cli import (
    backup_commands,
    book_commands,
    bundle_commands,
    case_commands,
    exchange_commands,
    key_commands,
    ledger_commands,
    note_commands,
    privacy_commands,
    recovery_commands,
    report_commands,
)
from desktop.cli.common import (
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    USER_ENV,
    UsageError,
    emit,
    holding_folder,
    printable,
    query,
    secret,
    signed_in,
)
from desktop.core.access import accounts, unlock
from desktop.core.audit import verify_audit_trail
from desktop.core.errors import AppError
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.installation.info import get_installation_info
from desktop.core.logs import safe
from desktop.core.paths import resolve_paths
from desktop.core.roles import DESKS, MODE_RECEIVER, MODE_TEAM, POLICE

log = logging.getLogger(__name__)


def command_init(args) -> None:
    if args.from_backup:
        raise UsageError("--from-backup sets up the team of the backup: give no mode with it")
    mode = args.mode
    request = SetupRequest(
        mode=mode, name=args.team_name if mode == MODE_TEAM else args.unit_name,
        commune_code=args.commune_code, admin_username=args.admin,
        admin_password=secret(PASSWORD_ENV, f"New password for {args.admin}: ", confirm=True),
        admin_full_name=args.full_name or "", hamlets=tuple(getattr(args, "hamlet", None) or ()),
        database_url=getattr(args, "database_url", None),
        receiver_kind=getattr(args, "kind", None) or POLICE)
    with holding_folder(args):
        result = initialise(resolve_paths(args.data_dir), request)
    emit(args, asdict(result), (
        f"Created a {mode} installation; administrator: {result.admin_username}.\n\n"
        f"RECOVERY CODE (shown only now; print it or write it down and keep it locked away):\n\n"
        f"    {result.recovery_code}\n"))


def command_info(args) -> None:
    info = query(args, get_installation_info)
    data = asdict(info) | {"app_version": __version__}
    counts = ", ".join(f"{k}: {v}" for k, v in info.record_counts.items())
    emit(args, data, (f"{info.mode}: {info.name}\n{info.commune_name}, {info.province_name} "
                       f"({info.commune_code})\nschema {info.schema_revision}; {counts}"))


def command_user_add(args) -> None:
    with signed_in(args) as workspace:
        user = accounts.add_user(
            workspace, username=args.username, role=args.role, full_name=args.full_name or "",
            password=secret(NEW_PASSWORD_ENV, f"New password for {args.username}: ", True))
    emit(args, asdict(user), f"Added {user.username} ({user.role}).")


def command_user_passwd(args) -> None:
    with signed_in(args) as workspace:
        accounts.change_password(workspace, username=args.username, new_password=secret(
            NEW_PASSWORD_ENV, f"New password for {args.username}: ", confirm=True))
    emit(args, {"username": args.username, "changed": True},
          f"Password changed for {args.username}.")


def command_user_list(args) -> None:
    users = query(args, accounts.list_users)
    lines = [f"{u.username:<20} {u.role:<10} {'active' if u.active else 'disabled'}" for u in users]
    emit(args, {"users": [asdict(u) for u in users]}, "\n".join(lines))


def command_audit_verify(args) -> None:
    report = query(args, verify_audit_trail)
    emit(args, asdict(report) | {"ok": report.ok},
          f"Audit trail intact: {report.events_checked} events." if report.ok else
          f"Audit trail BROKEN at event {report.first_broken_seq}: {report.problem}.")
    if not report.ok:
        raise SystemExit(1)


def command_rekey(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.access.key_rotation import rotate_database_key

    username = args.user or os.environ.get(USER_ENV)
    password = secret(PASSWORD_ENV, f"Password for {username}: ")
    with holding_folder(args):
        workspace = unlock.sign_in(resolve_paths(args.data_dir), username or "", password)
        result, reopened = rotate_database_key(workspace, password=password)
        reopened.close()
    others = ", ".join(result.accounts_needing_a_password) or "none"
    emit(args, asdict(result), (
        "The database is now encrypted under a new key; backups under the old key were removed.\n"
        f"Accounts that need a new password (`tuquan user passwd NAME`): {others}\n\n"
        f"NEW RECOVERY CODE (the old one no longer works; print or write it down now):\n\n"
        f"    {result.recovery_code}\n"))


def _add_init_parsers(commands, common) -> None:
    init = commands.add_parser("init", parents=[common], help="create a new installation")
    backup_commands.add_init_options(init)
    modes = init.add_subparsers(dest="mode")
    team = modes.add_parser(MODE_TEAM, parents=[common], help="a neighbourhood team")
    team.add_argument("--team-name", required=True)
    team.add_argument("--hamlet", action="append", help="a thôn / tổ dân phố (repeatable)")
    receiver = modes.add_parser(MODE_RECEIVER, parents=[common],
                                help="an upward desk: the commune police or People's Committee")
    receiver.add_argument("--kind", choices=DESKS, default=POLICE,
                          help="police: Công an cấp xã (notes, tips, Art. 10(5) cases); commune: "
                               "UBND cấp xã (mediation statistics, Art. 10(4) cases)")
    receiver.add_argument("--unit-name", required=True)
    receiver.add_argument("--database-url", metavar="URL",
                          help="keep the data in this empty PostgreSQL database "
                               "(postgresql+psycopg://user@host/db) instead of the encrypted file")
    for parser in (team, receiver):
        parser.add_argument("--commune-code", required=True)
        parser.add_argument("--admin", required=True, help="the administrator's login name")
        parser.add_argument("--full-name")
        parser.set_defaults(handler=command_init)


def _add_user_parsers(commands, common) -> None:
    user = commands.add_parser("user", help="user accounts")
    actions = user.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", parents=[common], help="add a user")
    add.add_argument("username")
    add.add_argument("--role", required=True)
    add.add_argument("--full-name")
    add.set_defaults(handler=command_user_add)
    passwd = actions.add_parser("passwd", parents=[common], help="change a password")
    passwd.add_argument("username")
    passwd.set_defaults(handler=command_user_passwd)
    actions.add_parser("list", parents=[common], help="list users").set_defaults(
        handler=command_user_list)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tuquan", description="TuQuan (Tự Quản). "
                                     "Without a command, the application window opens.")
    parser.add_argument("--version", action="version", version=f"tuquan {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: $TUQUAN_DATA_DIR or per user)")
    parser.add_argument("--user", help=f"login name (default: ${USER_ENV})")
    parser.add_argument("--json", action="store_true", help="print JSON")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_init_parsers(commands, common)
    commands.add_parser("info", parents=[common], help="describe this installation").set_defaults(
        handler=command_info)
    _add_user_parsers(commands, common)
    case_commands.add_parsers(commands, common)
    case_commands.add_document_parsers(commands, common)
    case_commands.add_demo_parser(commands, common)
    case_commands.add_load_parser(commands, common)
    book_commands.add_parsers(commands, common)
    note_commands.add_parsers(commands, common)
    privacy_commands.add_parsers(commands, common)
    ledger_commands.add_parsers(commands, common)
    report_commands.add_parsers(commands, common)
    key_commands.add_parsers(commands, common)
    bundle_commands.add_export_parser(commands, common)
    bundle_commands.add_import_parsers(commands, common)
    exchange_commands.add_parsers(commands, common)
    backup_commands.add_parsers(commands, common)
    audit = commands.add_parser("audit", help="the audit trail")
    audit_actions = audit.add_subparsers(dest="action", required=True)
    audit_actions.add_parser("verify", parents=[common], help="check the hash chain").set_defaults(
        handler=command_audit_verify)
    recovery_commands.add_parsers(commands, common)
    commands.add_parser("rekey", parents=[common], help="re-encrypt the database under a new key "
                        "(administrator)").set_defaults(handler=command_rekey)
    return parser


def _fail(message: str, status: int) -> int:
    """One line on stderr, whatever the message holds (a name from a card, a file's name)."""
    print(f"tuquan: {printable(' '.join(str(message).split()), keep='')}", file=sys.stderr)
    return status


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; return the exit status. Every failure is one line on stderr."""
    try:
        args.handler(args)
    except UsageError as error:
        return _fail(str(error), 2)
    except AppError as error:
        return _fail(error.message, 1)
    except KeyboardInterrupt:
        return 130
    except OSError as error:  # a folder where a file was named, a file where a folder was
        place = f"{error.filename}: " if error.filename else ""
        return _fail(f"{place}{error.strerror or type(error).__name__}", 1)
    except Exception as error:  # noqa: BLE001  never a traceback: it could hold the data
        log.error("unexpected error: %s", safe(type(error).__name__))
        return _fail(f"an unexpected error stopped the command ({type(error).__name__}); "
                     "what was already saved is intact", 1)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point for the command line alone (no window)."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 2
    return run(args)
