"""`tuquan backup create|list|verify|restore`: encrypted backups of the database; and
`tuquan init --from-backup FILE`: a new laptop set up from a backup file."""

import os
from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import (
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    RECOVERY_ENV,
    USER_ENV,
    UsageError,
    emit,
    holding_folder,
    secret,
    signed_in,
)
from desktop.cli.recovery_commands import read_shares_input
from desktop.core.backups import copies
from desktop.core.paths import resolve_paths
from desktop.core.text import format_date_time


def _rows(paths) -> list[dict]:
    return [{"id": copies.backup_id(b), "created_at": b.created_at.isoformat(timespec="seconds"),
             "reason": b.reason, "size_bytes": b.size_bytes} for b in copies.list_backups(paths)]


def command_create(args) -> None:
    if args.to is not None:
        _create_off_the_laptop(args)
        return
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.backups.restore import back_up_now

    with signed_in(args) as workspace:
        made = back_up_now(workspace)
    emit(args, asdict(made), f"Backup {made.id} written.")


def _create_off_the_laptop(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.installation.stick_backup import back_up_to_folder

    if args.keep is not None and not 1 <= args.keep <= 100:
        raise UsageError("--keep takes a number from 1 to 100")
    with signed_in(args) as workspace:
        made = back_up_to_folder(workspace, folder=Path(args.to), keep=args.keep)
    removed = f" Older copies removed: {', '.join(made.removed)}." if made.removed else ""
    emit(args, asdict(made) | {"verified": True}, (
        f"Backup written to {made.path} ({made.size_bytes // 1024:,} KiB), read back and "
        f"verified; it holds everything up to {format_date_time(made.made_at)}.{removed}"))


def command_list(args) -> None:
    rows = _rows(resolve_paths(args.data_dir))
    emit(args, rows, "\n".join(f"{r['id']}  {r['created_at']}  {r['reason']:<20} "
                               f"{r['size_bytes'] // 1024:>8} KiB" for r in rows) or "no backup")


def command_verify(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.backups.restore import check_backup, summarise

    with signed_in(args, changes=False) as workspace:
        ids = [args.id] if args.id else [row["id"] for row in _rows(workspace.paths)]
        results = {backup_id: check_backup(workspace.paths, workspace.database_key(), backup_id)
                   for backup_id in ids}
    emit(args, [{"id": i, "ok": not p, "problems": p} for i, p in results.items()],
         "\n".join(f"{i}  {'ok' if not p else 'DAMAGED: ' + summarise(p)}"
                   for i, p in results.items()) or "no backup")
    if any(results.values()):
        raise SystemExit(1)


def command_restore(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.access.authorised_restore import restore_database

    paths = resolve_paths(args.data_dir)
    username = args.user or os.environ.get(USER_ENV)
    if not args.recovery_code and not username:
        raise UsageError(f"give --user (or set {USER_ENV}), or use --recovery-code")
    with holding_folder(args):  # the backup and the audit of who restored it, as one
        if args.recovery_code:
            result = restore_database(paths, backup_id=args.id, recovery_code=secret(
                RECOVERY_ENV, "Recovery code: "))
        else:
            result = restore_database(paths, backup_id=args.id, username=username,
                                      password=secret(PASSWORD_ENV, f"Password for {username}: "))
    emit(args, asdict(result), f"Backup {result.restored} restored. The database it replaced "
                               f"is kept as backup {result.previous_kept_as or '(none)'}.")


def add_parsers(commands, common) -> None:
    backup = commands.add_parser("backup", help="encrypted backups")
    actions = backup.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", parents=[common], help="back up now")
    create.add_argument("--to", metavar="DIR", help="write one self-contained, encrypted backup "
                        "file into DIR (a USB stick), read back and verified")
    create.add_argument("--keep", type=int, metavar="N", help="with --to: keep the newest N of "
                        "this installation's backup files in DIR (default: the setting, 5)")
    create.set_defaults(handler=command_create)
    actions.add_parser("list", parents=[common], help="the backups, oldest first").set_defaults(
        handler=command_list)
    verify = actions.add_parser("verify", parents=[common], help="check backups with this key")
    verify.add_argument("id", nargs="?")
    verify.set_defaults(handler=command_verify)
    restore = actions.add_parser("restore", parents=[common],
                                 help="put a backup in place of the database (reversible)")
    restore.add_argument("id")
    restore.add_argument("--recovery-code", action="store_true",
                         help=f"unlock with the recovery code (from ${RECOVERY_ENV} or a prompt)")
    restore.set_defaults(handler=command_restore)


def command_init_from_backup(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.installation import from_backup

    if not args.from_backup:
        raise UsageError("say what to set up: `init team`, `init receiver` or "
                         "`init --from-backup FILE`")
    paths = resolve_paths(args.data_dir)
    username = args.user or os.environ.get(USER_ENV)
    if args.reset_user and not (args.recovery_code or args.shares):
        raise UsageError("--reset-user goes with --recovery-code or --shares")
    if args.shares:
        opener: from_backup.BackupOpener = from_backup.WithShares(tuple(read_shares_input()))
    elif args.recovery_code:
        opener = from_backup.WithRecoveryCode(
            secret(RECOVERY_ENV, "Recovery code: "))
    elif username:
        opener = from_backup.WithPassword(username, secret(PASSWORD_ENV,
                                                           f"Password for {username}: "))
    else:
        raise UsageError(f"give --user (or set {USER_ENV}), or use --recovery-code")
    reset = (args.reset_user, secret(NEW_PASSWORD_ENV, f"New password for {args.reset_user}: ",
                                     confirm=True)) if args.reset_user else None
    with holding_folder(args):
        restored = from_backup.initialise_from_backup(paths, Path(args.from_backup), opener,
                                                      reset=reset)
    emit(args, asdict(restored), _restored_text(restored))


def _restored_text(restored) -> str:
    summary = restored.summary
    chains = "; ".join(f"{end.desk} bundle {end.seq}" + (f" ({end.period})" if end.period else "")
                       for end in summary.chain_ends) or "none yet"
    since = f" from {format_date_time(summary.covers_from)}" if summary.covers_from else ""
    who = f" Sign in as {restored.username}." if restored.username else (
        " Set a password with `tuquan recover --reset-user NAME` before signing in.")
    return (f"Restored {summary.name} ({summary.commune_name}, {summary.province_name}) into "
            f"{restored.data_dir}: everything recorded{since} up to "
            f"{format_date_time(summary.made_at)}. Last bundles in it: {chains}. Anything "
            f"recorded or sent after {format_date_time(summary.made_at)} is not in it.{who}")


def add_init_options(init) -> None:
    """`tuquan init --from-backup FILE`, beside `init team` and `init receiver`."""
    init.add_argument("--from-backup", metavar="FILE",
                      help="set this laptop up from a backup file (.tqbackup): the team as it "
                           "was, opened with --user's password or --recovery-code")
    init.add_argument("--recovery-code", action="store_true",
                      help=f"with --from-backup: open it with the recovery code (from "
                           f"${RECOVERY_ENV} or a prompt)")
    init.add_argument("--shares", action="store_true",
                      help="with --from-backup: open it with any k of the leader's recovery "
                           "shares (one a line in $TUQUAN_RECOVERY_SHARES, or prompts)")
    init.add_argument("--reset-user", metavar="NAME",
                      help=f"with --recovery-code or --shares: give NAME a new password (from "
                           f"${NEW_PASSWORD_ENV} or a prompt)")
    init.set_defaults(handler=command_init_from_backup)
