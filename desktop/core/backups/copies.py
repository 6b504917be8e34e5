"""Encrypted backups of the database: daily on first unlock, before migrations; keep the last N,
and nothing a purge erased for longer than BEFORE_PURGE_DAYS."""

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from db import clock
from db.backup import vacuum_into
from db.engine import Engine
from desktop.core.atomic import commit_file, sweep_orphans, temp_path_beside
from desktop.core.errors import ServerKeepsBackups
from desktop.core.paths import AppPaths
from desktop.core.settings import load_settings

# A purge is undone only from the backup made just before it, and only for this long: then that
# backup goes, with every older one, since each still holds what the purge erased (Law 91/2025;
# docs/decisions.md). Removed when the next backup is made, at the first unlock of a day.
BEFORE_PURGE_DAYS = 30
BEFORE_PURGE = "before-purge"
_NAME = re.compile(r"^tuquan-(\d{8}T\d{6}\d{6})-([a-z0-9-]+)\.db$")
# Where each field of a name's stamp (yyyymmddThhmmssffffff, new_stamp's format) stands.
_STAMP_FIELDS = ((0, 4), (4, 6), (6, 8), (9, 11), (11, 13), (13, 15), (15, 21))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    size_bytes: int


def _backup_info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    # Read by position, not with strptime: a process's first strptime builds its locale's
    # tables (about 9 ms of one core, paid at every sign-in, which lists the backups).
    stamp = match.group(1)
    year, month, day, hour, minute, second, micro = (int(stamp[start:end])
                                                     for start, end in _STAMP_FIELDS)
    created = datetime(year, month, day, hour, minute, second, micro)
    return BackupInfo(path, created, match.group(2), path.stat().st_size)


def new_stamp() -> str:
    return clock.utc_now().strftime("%Y%m%dT%H%M%S%f")


def backup_id(backup: BackupInfo) -> str:
    """The time stamp in the file name: what `backup list` shows and `backup restore` takes."""
    match = _NAME.match(backup.path.name)
    assert match is not None  # a BackupInfo is made only for a backup's name
    return match.group(1)


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """Backups in the backups folder, oldest first."""
    if not paths.backups_dir.is_dir():
        return []
    found = (_backup_info(p) for p in paths.backups_dir.iterdir())
    return sorted((b for b in found if b), key=lambda b: b.created_at)


def create_backup(engine: Engine, paths: AppPaths, reason: str, keep: int = 10) -> BackupInfo:
    """Write an encrypted copy of the database into backups/, then drop all but the newest `keep`."""
    if paths.database_url() is not None:
        raise ServerKeepsBackups()
    paths.backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    sweep_orphans(paths.backups_dir)
    stamp = new_stamp()
    final = paths.backups_dir / f"tuquan-{stamp}-{reason}.db"
    temp = temp_path_beside(final)
    try:
        vacuum_into(engine, temp)
        os.chmod(temp, 0o600)
        commit_file(temp, final)
    finally:
        temp.unlink(missing_ok=True)
    prune_backups(paths, keep)
    info = _backup_info(final)
    assert info is not None  # named as a backup just above
    return info


def _erased_by_purge(backups: list[BackupInfo]) -> list[BackupInfo]:
    """The backups made up to a purge's own backup that is BEFORE_PURGE_DAYS old."""
    ended = clock.utc_now() - timedelta(days=BEFORE_PURGE_DAYS)
    last = max((b.created_at for b in backups if b.reason == BEFORE_PURGE and b.created_at <= ended),
               default=None)
    return [b for b in backups if last is not None and b.created_at <= last]


def prune_backups(paths: AppPaths, keep: int) -> None:
    """Delete the oldest backups beyond the newest `keep`, and those holding what a purge
    erased once its own backup is BEFORE_PURGE_DAYS old."""
    backups = list_backups(paths)
    for old in backups[: max(len(backups) - keep, 0)] + _erased_by_purge(backups):
        old.path.unlink(missing_ok=True)


def made_today(paths: AppPaths) -> bool:
    """Whether a backup was made on today's date of the installation's calendar."""
    today = clock.today()
    return any(clock.local_date_of(b.created_at) == today for b in list_backups(paths))


def backup_if_first_today(engine: Engine, paths: AppPaths, keep: int = 10) -> BackupInfo | None:
    """Make the daily backup unless one was already made today."""
    if made_today(paths):
        return None
    return create_backup(engine, paths, "daily", keep)


def before_migration(paths: AppPaths) -> Callable[[Engine], BackupInfo]:
    """What `open_database` runs before it migrates an older database: a backup to go back to."""
    return lambda engine: create_backup(engine, paths, "before-migration",
                                        load_settings(paths.settings_file).backups_to_keep)
