"""Checking and restoring backups, and the integrity check that decides a database may be used.

A restore is reversible: the current database is kept as a backup first (a damaged one is kept
byte for byte, since it cannot be copied page by page). The replacement is atomic: the backup is
copied beside the database, made durable, and renamed over it after the old WAL files are gone.
"""

import os
import shutil
from dataclasses import dataclass
from datetime import datetime

from db import clock
from db.engine import open_engine
from db.integrity import integrity_problems
from desktop.core.atomic import commit_file, sweep_orphans, temp_path_beside
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.backups import copies
from desktop.core.data_folder import folder_lock
from desktop.core.data_folder.workspace import Workspace, make_workspace, open_database
from desktop.core.errors import BackupUnusable, DatabaseDamaged, DatabaseDamagedNoBackup, NotFound
from desktop.core.paths import AppPaths
from desktop.core.roles import Permission
from desktop.core.settings import load_settings
from desktop.core.types import Actor

MAX_PROBLEMS_SHOWN = 3


@dataclass(frozen=True)
class RestoreResult:
    restored: str
    previous_kept_as: str


def summarise(problems: list[str]) -> str:
    lines = [line for problem in problems for line in problem.splitlines() if line.strip()]
    text = "; ".join(lines[:MAX_PROBLEMS_SHOWN])
    return text if len(text) <= 300 else text[:297] + "…"


def find_backup(paths: AppPaths, backup_id: str) -> copies.BackupInfo:
    """A backup named by its id (the time stamp in its name), or a unique start of it."""
    matches = [b for b in copies.list_backups(paths)
               if backup_id and copies.backup_id(b).startswith(backup_id)]
    if len(matches) != 1:
        raise NotFound(what="Backup", name=backup_id)
    return matches[0]


def check_backup(paths: AppPaths, key: bytes, backup_id: str) -> list[str]:
    """What is wrong with a backup (empty: it opens with this key and every page checks)."""
    return integrity_problems(find_backup(paths, backup_id).path, key)


def newest_good_backup(paths: AppPaths, key: bytes) -> str | None:
    for backup in reversed(copies.list_backups(paths)):
        if not integrity_problems(backup.path, key):
            return copies.backup_id(backup)
    return None


def require_sound_database(paths: AppPaths, key: bytes) -> None:
    """Refuse to use a damaged database; name the backup that gets the user out, or say that
    none here can."""
    problems = integrity_problems(paths.database_file, key)
    if not problems:
        return
    good = newest_good_backup(paths, key)
    if good is None:
        raise DatabaseDamagedNoBackup(data_dir=str(paths.data_dir), problem=summarise(problems))
    raise DatabaseDamaged(data_dir=str(paths.data_dir), problem=summarise(problems), backup=good)


def _keep_current(paths: AppPaths, key: bytes) -> str:
    """Keep the database about to be replaced, as a backup (verbatim if it is damaged)."""
    if not paths.database_file.exists():
        return ""

    if not integrity_problems(paths.database_file, key):
        engine = open_engine(paths.database_file, key)
        try:
            return copies.backup_id(copies.create_backup(engine, paths, "before-restore",
                                                           keep=10_000))
        finally:
            engine.dispose()
    stamp = copies.new_stamp()
    target = paths.backups_dir / f"tuquan-{stamp}-damaged.db"
    paths.backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = temp_path_beside(target)
    shutil.copyfile(paths.database_file, temp)
    commit_file(temp, target)
    return stamp


def restore_backup(paths: AppPaths, key: bytes, *, backup_id: str) -> RestoreResult:
    """Put a checked backup in place of the database; no connection may be open, and no other
    program may hold the folder (a window that has the data open refuses it, unchanged)."""
    with folder_lock.holding(paths, folder_lock.COMMAND):
        return _restore(paths, key, backup_id)


def _restore(paths: AppPaths, key: bytes, backup_id: str) -> RestoreResult:
    chosen = find_backup(paths, backup_id)
    problems = integrity_problems(chosen.path, key)
    if problems:
        raise BackupUnusable(backup=backup_id, problem=summarise(problems))
    kept = _keep_current(paths, key)
    sweep_orphans(paths.data_dir)
    temp = temp_path_beside(paths.database_file)
    shutil.copyfile(chosen.path, temp)
    os.chmod(temp, 0o600)
    for leftover in ("-wal", "-shm"):  # they belong to the database being replaced
        paths.database_file.with_name(paths.database_file.name + leftover).unlink(missing_ok=True)
    commit_file(temp, paths.database_file)
    return RestoreResult(copies.backup_id(chosen), kept)


@dataclass(frozen=True)
class BackupRow:
    id: str
    created_at: datetime  # on the installation's wall clock
    reason: str
    size_bytes: int


def list_backup_rows(paths: AppPaths) -> list[BackupRow]:
    """The backups, newest first, for a screen."""
    return [BackupRow(copies.backup_id(b), clock.local_time_of(b.created_at),
                      b.reason, b.size_bytes) for b in reversed(copies.list_backups(paths))]


def back_up_now(workspace: Workspace) -> BackupRow:
    """A backup on request, by a role that may restore one: each new backup pushes the oldest
    out, so anyone else could push every older backup out by asking ten times."""
    with workspace.unit_of_work() as uow:
        authorize(uow, Permission.MANAGE_BACKUPS)
    keep = load_settings(workspace.paths.settings_file).backups_to_keep
    copies.create_backup(workspace.engine, workspace.paths, "manual", keep)
    return list_backup_rows(workspace.paths)[0]


def restore_with_key(paths: AppPaths, key: bytes, actor: Actor | None, mode: str, backup_id: str
                     ) -> RestoreResult:
    """The restore the window runs after locking: the key is the one it had open."""
    result = restore_backup(paths, key, backup_id=backup_id)
    engine = open_database(paths, key, back_up=copies.before_migration(paths))
    audit_restore(make_workspace(paths, engine, key, actor, mode), result)
    return result


def audit_restore(workspace: Workspace, result: RestoreResult) -> None:
    """Record the restore in the restored database, then close the workspace used for it."""
    try:
        with workspace.unit_of_work() as uow:
            record_event(uow, AuditAction.BACKUP_RESTORED, details={
                "restored": result.restored, "previous_kept_as": result.previous_kept_as})
            uow.commit()
    finally:
        workspace.close()
