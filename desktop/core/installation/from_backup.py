"""A new laptop from a backup file: the installation as it was — its team id, keys, audit trail,
bundle numbers and chains — opened there with a password or the recovery code.

The data folder is made as a new installation's is (private, the database built under a
temporary name and given its name last, the key slots first); what the backup file says of
itself is shown before anything is written.
"""

import contextlib
import json
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Protocol

from db import clock
from db.integrity import integrity_problems
from db.migrate import HEAD_REVISION, known_revisions
from desktop.core.access import accounts, key_slots, unlock
from desktop.core.access.recovery import normalise_recovery_code
from desktop.core.access.recovery_shares import sign_in_with_shares
from desktop.core.access.shares import read_shares, shares_slot
from desktop.core.access.usernames import normalise_username
from desktop.core.atomic import atomic_write_bytes, commit_file, sweep_orphans
from desktop.core.audit import AuditAction, record_event
from desktop.core.backups import backup_file
from desktop.core.backups.restore import summarise
from desktop.core.bundles.export import chain_file_for
from desktop.core.data_folder import folder_lock
from desktop.core.data_folder.private_folder import make_private_folder
from desktop.core.data_folder.workspace import Workspace
from desktop.core.errors import (
    AlreadyInitialised,
    BackupFileDamaged,
    DatabaseTooNewError,
    NoRecoveryShares,
    SharesReplaced,
    WrongPassword,
)
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings, save_settings


class BackupOpener(Protocol):
    """A secret that opens one of the backup's key slots, and then signs in with it."""

    @property
    def how(self) -> str: ...

    def open_key(self, slots: key_slots.KeySlotFile) -> bytes: ...

    def sign_in(self, paths: AppPaths) -> Workspace: ...


@dataclass(frozen=True)
class WithPassword:
    username: str
    password: str = ""
    how: str = "password"

    def open_key(self, slots: key_slots.KeySlotFile) -> bytes:
        return key_slots.unlock(slots, key_slots.KIND_PASSWORD, self.password,
                                normalise_username(self.username))[0]

    def sign_in(self, paths: AppPaths) -> Workspace:
        return unlock.sign_in(paths, self.username, self.password)


@dataclass(frozen=True)
class WithRecoveryCode:
    code: str
    how: str = "recovery code"

    def open_key(self, slots: key_slots.KeySlotFile) -> bytes:
        return key_slots.unlock(slots, key_slots.KIND_RECOVERY,
                                normalise_recovery_code(self.code))[0]

    def sign_in(self, paths: AppPaths) -> Workspace:
        return unlock.sign_in_with_recovery_code(paths, self.code)


@dataclass(frozen=True)
class WithShares:
    """Any k of the leader's recovery shares: a new laptop when the leader and the code are gone."""

    shares: tuple[str, ...]
    how: str = "recovery shares"

    def open_key(self, slots: key_slots.KeySlotFile) -> bytes:
        secret, identifier, _used = read_shares(self.shares)
        slot = shares_slot(slots)
        if slot is None:
            raise NoRecoveryShares()
        if slot.header["shares"]["identifier"] != identifier:
            raise SharesReplaced()
        return key_slots.unlock(slots, key_slots.KIND_SHARES, secret)[0]

    def sign_in(self, paths: AppPaths) -> Workspace:
        return sign_in_with_shares(paths, self.shares)


@dataclass(frozen=True)
class ChainEnd:
    desk: str
    seq: int
    period: str | None  # YYYY-MM; None when only the number and hash were known


@dataclass(frozen=True)
class BackupSummary:
    """What a backup file holds, as its sealed header says."""

    file_name: str
    mode: str
    receiver_kind: str | None
    team_id: str | None
    name: str
    commune_code: str
    commune_name: str
    province_name: str
    made_at: datetime  # on the installation's wall clock: it holds everything up to then
    covers_from: datetime | None  # when the installation was set up
    chain_ends: tuple[ChainEnd, ...]
    administrators: tuple[str, ...]
    schema_revision: str


@dataclass(frozen=True)
class RestoredInstallation:
    summary: BackupSummary
    data_dir: str
    username: str  # whom to sign in as next ("" if no password was given or set)


@dataclass(frozen=True)
class _Opened:
    envelope: backup_file.Envelope
    slots: key_slots.KeySlotFile
    key: bytes
    header: dict


def _slots(envelope: backup_file.Envelope) -> key_slots.KeySlotFile:
    try:
        return key_slots.parse(envelope.slots)
    except key_slots.KeySlotFileInvalid:
        raise BackupFileDamaged(file=envelope.path.name,
                                problem="its key slots cannot be read") from None


def _open(file: Path, opener: BackupOpener) -> _Opened:
    envelope = backup_file.read_envelope(Path(file))
    slots = _slots(envelope)
    try:
        key = opener.open_key(slots)
    except key_slots.WrongSecret:
        raise WrongPassword() from None
    except (ValueError, KeyError, TypeError):  # a slot's parameters that cannot be read
        raise BackupFileDamaged(file=envelope.path.name,
                                problem="its key slots cannot be read") from None
    return _Opened(envelope, slots, key, backup_file.open_header(envelope, key))


def _local(stamp: str | None) -> datetime | None:
    return clock.local_time_of(datetime.fromisoformat(stamp)) if stamp else None


def _summary(opened: _Opened) -> BackupSummary:
    header = opened.header
    made_at = _local(header["made_at"])
    assert made_at is not None  # every backup file is stamped when made
    ends = tuple(ChainEnd(desk, int(end["seq"]), end.get("period"))
                 for desk, end in sorted(header.get("chain", {}).items()))
    return BackupSummary(
        opened.envelope.path.name, header["mode"], header.get("receiver_kind"),
        header.get("team_id"), header["name"], header["commune_code"], header["commune_name"],
        header["province_name"], made_at, _local(header.get("covers_from")), ends,
        tuple(header.get("administrators", ())), header["schema_revision"])


def inspect_backup(file: Path, opener: BackupOpener) -> BackupSummary:
    """What the backup file holds, once the secret opens it; nothing is written."""
    return _summary(_open(file, opener))


def _refuse_if_taken(paths: AppPaths) -> None:
    if paths.keyslots_file.exists() or paths.database_file.exists() \
            or paths.database_url_file.exists():
        raise AlreadyInitialised(data_dir=str(paths.data_dir))


def initialise_from_backup(paths: AppPaths, file: Path, opener: BackupOpener, *,
                           reset: tuple[str, str] | None = None) -> RestoredInstallation:
    """Make a new installation in `paths.data_dir` from the backup file `file`; with `reset`
    (user name, new password), give that account a new password (after the recovery code)."""
    _refuse_if_taken(paths)
    opened = _open(file, opener)
    revision = opened.header["schema_revision"]
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise DatabaseTooNewError(revision=revision)
    if reset is not None:
        accounts.check_password(reset[1])
    make_private_folder(paths.data_dir)
    with folder_lock.holding(paths, folder_lock.COMMAND):
        _refuse_if_taken(paths)  # another program may have set up here meanwhile
        sweep_orphans(paths.data_dir)
        _put_in_place(paths, opened)
        try:
            _audit_and_reset(paths, opened, opener, reset)
        except BaseException:
            _take_out(paths, opened)  # a mistyped name to reset: the folder as it was, to retry
            raise
    username = reset[0] if reset else getattr(opener, "username", "")
    return RestoredInstallation(_summary(opened), str(paths.data_dir), username)


def _put_in_place(paths: AppPaths, opened: _Opened) -> None:
    """The key slots, chain ends and preferences first, the database last, under its name only
    once it is whole and checked (as a new installation's is)."""
    building = paths.data_dir / "tuquan.db.building"
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()
    backup_file.copy_database(opened.envelope, opened.header, building)
    problems = integrity_problems(building, opened.key)
    if problems:
        building.unlink()
        raise BackupFileDamaged(file=opened.envelope.path.name, problem=summarise(problems))
    try:
        key_slots.save(paths.keyslots_file, opened.slots)
        for desk, end in opened.header.get("chain", {}).items():
            chain_file = chain_file_for(paths.export_chain_file, desk)
            assert chain_file is not None  # named from the installation's export chain file
            atomic_write_bytes(chain_file, json.dumps(
                {"seq": int(end["seq"]), "inner_sha256": end["inner_sha256"]}).encode())
        known = {field.name for field in fields(Settings)}
        save_settings(paths.settings_file, Settings(**{
            name: value for name, value in opened.header.get("settings", {}).items()
            if name in known}))
        commit_file(building, paths.database_file)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            paths.keyslots_file.unlink()
        building.unlink(missing_ok=True)
        raise


def _take_out(paths: AppPaths, opened: _Opened) -> None:
    """Remove what `_put_in_place` wrote, the database first: no half installation is left."""
    written: list[Path | None] = [paths.database_file, paths.keyslots_file,
               paths.keyslots_file.with_suffix(".json.bak"), paths.settings_file]
    written += [chain_file_for(paths.export_chain_file, desk)
                for desk in opened.header.get("chain", {})]
    for path in written:
        if path is not None:
            for leftover in path.parent.glob(path.name + "*"):  # with SQLite's -wal and -shm
                leftover.unlink(missing_ok=True)


def _audit_and_reset(paths: AppPaths, opened: _Opened, opener: BackupOpener,
                     reset: tuple[str, str] | None) -> None:
    """Sign in with the same secret (which brings an older database up to date), record the
    restore, and set the new password if one was asked for."""
    workspace = opener.sign_in(paths)
    try:
        with workspace.unit_of_work() as uow:
            record_event(uow, AuditAction.INSTALLATION_RESTORED, details={
                "file": opened.envelope.path.name, "made_at": opened.header["made_at"],
                "with": opener.how})
            uow.commit()
        if reset is not None:
            accounts.change_password(workspace, username=reset[0], new_password=reset[1])
    finally:
        workspace.close()
