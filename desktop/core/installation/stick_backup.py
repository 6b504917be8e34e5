"""Backups that leave the laptop: one `.tqbackup` file written into a folder the user names (a
USB stick), read back and verified before it takes its name; older copies of this installation
there kept up to a limit; the time of the last one, for the overview."""

import contextlib
import hashlib
import logging
import os
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from db import clock
from db.backup import vacuum_into
from db.errors import StorageFull
from db.integrity import integrity_problems
from db.migrate import HEAD_REVISION
from db.repositories import audit as audit_repository
from db.repositories import bundles as bundle_store
from db.repositories import users as users_repository
from db.repositories.installation import get_team, opened_installation
from db.unit_of_work import Session
from desktop import __version__
from desktop.core.access import key_slots
from desktop.core.atomic import (
    explain_os_error,
    fsync_directory,
    replace_with_retry,
    sweep_orphans,
    temp_path_beside,
)
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.backups import backup_file
from desktop.core.backups.restore import summarise
from desktop.core.bundles.export import chain_file_for, read_chain_end
from desktop.core.data_folder.workspace import Workspace
from desktop.core.errors import AppError, DiskFull, ServerKeepsBackups, StickBackupFailed
from desktop.core.paths import AppPaths
from desktop.core.roles import ADMIN_ROLE, DESKS, Permission
from desktop.core.settings import load_settings
from desktop.core.text import fold_for_search

SLUG_LENGTH = 40
_STAMP = r"\d{8}-\d{4}"
INSTALLATION_TAG_LENGTH = 6

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StickBackup:
    path: str
    file_name: str
    size_bytes: int
    made_at: datetime  # on the installation's wall clock
    removed: tuple[str, ...]  # older copies of this installation taken out of the folder


def slug(name: str) -> str:
    """The team's name in ASCII letters, digits and hyphens: safe on any stick (FAT32 too)."""
    folded = re.sub(r"[^a-z0-9]+", "-", fold_for_search(name)).strip("-")
    return folded[:SLUG_LENGTH].strip("-") or "tuquan"


def file_prefix(commune_code: str, name: str, installation_id: str) -> str:
    """What this installation's files on a stick begin with. Two teams' names may fold to the
    same slug (cut to its length), and a team set up again after a theft keeps its name: the
    installation's tag tells their files apart, so pruning never removes another's."""
    tag = hashlib.sha256(installation_id.encode()).hexdigest()[:INSTALLATION_TAG_LENGTH]
    return f"{commune_code}-{slug(name)}-{tag}-"


def backup_file_name(commune_code: str, name: str, installation_id: str, moment: datetime) -> str:
    """`<commune>-<team-slug>-<tag>-<YYYYMMDD-HHMM>.tqbackup`, on the installation's clock."""
    prefix = file_prefix(commune_code, name, installation_id)
    return f"{prefix}{moment:%Y%m%d-%H%M}{backup_file.SUFFIX}"


def _chain_ends(session: Session, paths: AppPaths) -> dict:
    """Where each desk's chain ends: the database's last export, or the chain file when it is
    further on (a backup older than the last export was restored here before)."""
    ends = {}
    for desk in DESKS:
        last = bundle_store.last_export(session, desk)
        seq = last.seq if last else 0
        outside = read_chain_end(chain_file_for(paths.export_chain_file, desk))
        if outside is not None and outside[0] > seq:
            ends[desk] = {"seq": outside[0], "inner_sha256": outside[1], "period": None}
        elif last is not None:
            ends[desk] = {"seq": last.seq, "inner_sha256": last.inner_sha256,
                          "period": last.period}
    return ends


def _header(session: Session, paths: AppPaths, made_at: datetime) -> dict:
    """What the file says of itself once opened: whose data, from when to when, where the
    chains end, and the preferences the new laptop takes over (none of them personal)."""
    installation = opened_installation(session)
    team = get_team(session, installation.own_team_id) if installation.own_team_id else None
    began = audit_repository.first_event_time(session)
    administrators = sorted(user.username for user in users_repository.live_users(session)
                            if user.active and user.role == ADMIN_ROLE[installation.mode])
    return {
        "installation_id": installation.installation_id, "mode": installation.mode,
        "receiver_kind": installation.receiver_kind, "team_id": installation.own_team_id,
        "name": team.name if team else installation.unit_name or "",
        "commune_code": installation.commune_code, "commune_name": installation.commune_name,
        "province_name": installation.province_name,
        "made_at": made_at.isoformat(), "covers_from": began.isoformat() if began else None,
        "covers_up_to": made_at.isoformat(), "chain": _chain_ends(session, paths),
        "schema_revision": HEAD_REVISION, "app_version": __version__,
        "administrators": administrators,
        "settings": asdict(load_settings(paths.settings_file))}


def back_up_to_folder(workspace: Workspace, *, folder: Path, keep: int | None = None
                      ) -> StickBackup:
    """Write this installation's backup file into `folder`, verified; keep the newest `keep`
    of its backup files there (the setting when not given). Audited."""
    paths = workspace.paths
    made_at = clock.utc_now()
    with workspace.unit_of_work() as uow:
        authorize(uow, Permission.MANAGE_BACKUPS)
        header = _header(uow.session, paths, made_at)
    if paths.database_url() is not None:
        raise ServerKeepsBackups()
    name = backup_file_name(header["commune_code"], header["name"], header["installation_id"],
                            clock.local_time_of(made_at))
    slots = key_slots.load(paths.keyslots_file).to_bytes()
    local = _local_copy(workspace, Path(folder))
    try:
        path = _write_verified(Path(folder) / name, slots, header, workspace.database_key(), local)
    finally:
        local.unlink(missing_ok=True)
    keep = keep or load_settings(paths.settings_file).stick_backups_to_keep
    removed = prune_folder(Path(folder), file_prefix(
        header["commune_code"], header["name"], header["installation_id"]), keep)
    _record(workspace, name, path.stat().st_size, made_at)
    return StickBackup(str(path), name, path.stat().st_size, clock.local_time_of(made_at), removed)


def _local_copy(workspace: Workspace, folder: Path) -> Path:
    """A consistent, checked copy of the database on the laptop (VACUUM INTO, encrypted with
    the database key), to be packed; a crash leaves it as an orphan swept at the next sign-in."""
    backups_dir = workspace.paths.backups_dir
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    local = temp_path_beside(backups_dir / "offsite.db")
    try:
        vacuum_into(workspace.engine, local)
    except StorageFull as error:
        local.unlink(missing_ok=True)
        raise DiskFull(place=str(backups_dir), detail=str(error)) from error
    problems = integrity_problems(local, workspace.database_key())
    if problems:
        local.unlink(missing_ok=True)
        raise StickBackupFailed(target=str(folder), reason=summarise(problems))
    return local


def _write_verified(final: Path, slots: bytes, header: dict, key: bytes, database: Path
                    ) -> Path:
    """Write under a temporary name, make it durable, read it back from the medium and verify
    it, and only then give it its name: a backup's name only ever holds a verified file."""
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        sweep_orphans(final.parent)  # what an interrupted backup left on this stick
        temp = temp_path_beside(final)
        try:
            with open(temp, "xb") as stream:
                os.chmod(temp, 0o600)
                backup_file.write_backup(stream, slots=slots, header=header, database_key=key,
                                         database=database)
                stream.flush()
                os.fsync(stream.fileno())
                _forget_cached(stream.fileno())
            _verify(temp, slots, key, final.parent)
            replace_with_retry(temp, final)
        finally:
            temp.unlink(missing_ok=True)
        fsync_directory(final.parent)
    except OSError as error:
        explained = explain_os_error(error, final.parent)
        if explained is error:
            raise StickBackupFailed(target=str(final.parent),
                                    reason=error.strerror or type(error).__name__) from None
        raise explained from None
    return final


def _forget_cached(descriptor: int) -> None:
    """Drop the written pages from the system's cache, so the read-back reads the stick itself
    rather than the memory it was written from (where the system offers it)."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)


def _verify(path: Path, slots: bytes, key: bytes, folder: Path) -> None:
    """The file as read back: whole (its checksum), its header opens with the key, its key slots
    and database are the ones written."""
    try:
        envelope = backup_file.read_envelope(path)
        backup_file.open_header(envelope, key)  # its seal, and the database it names
        sound = envelope.slots == slots
    except AppError:
        sound = False
    if not sound:
        raise StickBackupFailed(target=str(folder), reason="what was read back differs")


def prune_folder(folder: Path, prefix: str, keep: int) -> tuple[str, ...]:
    """Remove all but the newest `keep` of this installation's backup files in `folder`; other
    files, another team's backups among them, are left alone."""
    pattern = re.compile(re.escape(prefix) + _STAMP + re.escape(backup_file.SUFFIX) + "$")
    ours = sorted(path.name for path in folder.iterdir() if pattern.match(path.name))
    removed = []
    for name in ours[: max(len(ours) - keep, 0)]:
        with contextlib.suppress(OSError):  # the new copy stands even if an old one stays
            (folder / name).unlink()
            removed.append(name)
    return tuple(removed)


def _record(workspace: Workspace, name: str, size: int, made_at: datetime) -> None:
    """Audit the copy. Only a record: if the laptop's disk is too full for it, the copy stands."""
    try:
        with workspace.unit_of_work() as uow:
            record_event(uow, AuditAction.OFFSITE_BACKUP_WRITTEN, details={
                "file": name, "size_bytes": size, "made_at": made_at.isoformat()})
            uow.commit()
    except AppError as error:  # said in the log: the overview will not know of this copy
        log.warning("a backup written to a stick was not recorded: %s", type(error).__name__)


