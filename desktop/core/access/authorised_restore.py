"""Who may restore a backup, and the restore as one action: key → check → replace → audit.

The administrator may always restore (password or recovery code). When the database is damaged
its accounts cannot be read, so any account whose password opens a key slot may put the newest
good backup back: the damaged file is kept, and the restore is recorded in the audit trail.
"""

from db.engine import open_engine
from db.integrity import integrity_problems
from db.repositories import users as users_repository
from db.unit_of_work import UnitOfWork, make_session_factory
from desktop.core.access import key_slots
from desktop.core.access.accounts import normalise_username
from desktop.core.access.recovery import normalise_recovery_code
from desktop.core.access.unlock import open_key_slot, sign_in, sign_in_with_recovery_code
from desktop.core.backups.restore import RestoreResult, audit_restore, restore_backup
from desktop.core.errors import AppError, PermissionDenied
from desktop.core.paths import AppPaths
from desktop.core.roles import ADMIN_ROLE


def _role_of(paths: AppPaths, key: bytes, username: str) -> str:
    engine = open_engine(paths.database_file, key)
    try:
        with UnitOfWork(make_session_factory(engine)) as uow:
            user = users_repository.find_by_username(uow.session, username)
            return user.role if user is not None else ""
    finally:
        engine.dispose()


def _record(paths: AppPaths, result: RestoreResult, username: str | None, password: str,
            recovery_code: str | None) -> None:
    """Audit the restore in the restored database, as whoever did it (if that account is in it)."""
    try:
        workspace = (sign_in_with_recovery_code(paths, recovery_code)
                     if recovery_code is not None else sign_in(paths, username or "", password))
    except AppError:
        return  # e.g. the account was created after the backup: the restore itself stands
    audit_restore(workspace, result)


def restore_database(paths: AppPaths, *, backup_id: str, username: str | None = None,
                     password: str | None = None, recovery_code: str | None = None) -> RestoreResult:
    """Restore `backup_id` with a password or the recovery code; then record who did it."""
    if recovery_code is not None:
        key, _slot = open_key_slot(paths, key_slots.KIND_RECOVERY,
                                   normalise_recovery_code(recovery_code), None)
    else:
        username = normalise_username(username or "")
        key, _slot = open_key_slot(paths, key_slots.KIND_PASSWORD, password or "", username)
        if not integrity_problems(paths.database_file, key):
            role = _role_of(paths, key, username)
            if role not in ADMIN_ROLE.values():
                raise PermissionDenied(role=role or "?", action="restore a backup")
    result = restore_backup(paths, key, backup_id=backup_id)
    _record(paths, result, username, password or "", recovery_code)
    return result
