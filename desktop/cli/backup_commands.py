"""`tuquan backup create|list|verify|restore`: encrypted backups of the database."""

import os
from dataclasses import asdict

from desktop.cli.common import (
    PASSWORD_ENV,
    RECOVERY_ENV,
    USER_ENV,
    UsageError,
    emit,
    holding_folder,
    secret,
    signed_in,
)
from desktop.core.backups import copies
from desktop.core.paths import resolve_paths


def _rows(paths) -> list[dict]:
    return [{"id": copies.backup_id(b), "created_at": b.created_at.isoformat(timespec="seconds"),
             "reason": b.reason, "size_bytes": b.size_bytes} for b in copies.list_backups(paths)]


def command_create(args) -> None:
    # loaded by the commands that use it: every command starts sooner
    from desktop.core.backups.restore import back_up_now

    with signed_in(args) as workspace:
        made = back_up_now(workspace)
    emit(args, asdict(made), f"Backup {made.id} written.")


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
    actions.add_parser("create", parents=[common], help="back up now").set_defaults(
        handler=command_create)
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
