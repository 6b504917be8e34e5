"""Rotating the database key (after a suspected compromise): a new random key re-encrypts every
page, the administrator's slot and a new recovery code wrap it, and every other account must be
given a new password by the administrator.

Crash safety: the new key slots are written to `keyslots.next.json` (durable) before the rekey
and replace `keyslots.json` after it; if the process dies between the two, sign-in finds the
database opens only with the staged slots and promotes them (`promote_staged_slots`).
"""

import os
from dataclasses import dataclass
from pathlib import Path

from db.integrity import integrity_problems
from db.rekey import DatabaseInUse, rekey_database
from db.repositories import users as users_repository
from desktop.core.access import key_slots
from desktop.core.access.accounts import slot_params
from desktop.core.access.recovery import generate_recovery_code, normalise_recovery_code
from desktop.core.audit import AuditAction, record_event
from desktop.core.backups import copies
from desktop.core.data_folder.workspace import Workspace, make_workspace, open_database
from desktop.core.errors import RotationRefused, ServerKeepsBackups, WrongPassword
from desktop.core.paths import AppPaths
from desktop.core.roles import Permission, require
from desktop.core.types import Actor

STAGED_NAME = "keyslots.next.json"


@dataclass(frozen=True)
class RotationResult:
    recovery_code: str
    accounts_needing_a_password: tuple[str, ...]


def staged_slots_file(paths: AppPaths) -> Path:
    return paths.keyslots_file.with_name(STAGED_NAME)


def _new_slots(workspace: Workspace, password: str, new_key: bytes, code: str
               ) -> key_slots.KeySlotFile:
    old = key_slots.load(workspace.paths.keyslots_file)
    fresh = key_slots.KeySlotFile(old.installation_id, old.name_salt)
    actor = _signed_in(workspace)
    with workspace.unit_of_work() as uow:
        own = users_repository.find_by_username(uow.session, actor.username)
        assert own is not None  # the administrator signed in with a password has an account
        own_slot = own.key_slot_id
    header = fresh.make_header(own_slot, key_slots.KIND_PASSWORD, slot_params(old),
                               actor.username)
    fresh.put(key_slots.seal_slot(new_key, password, header))
    recovery = next(s for s in old.slots if s.header["kind"] == key_slots.KIND_RECOVERY)
    header = fresh.make_header(recovery.slot_id, key_slots.KIND_RECOVERY, slot_params(old), None)
    fresh.put(key_slots.seal_slot(new_key, normalise_recovery_code(code), header))
    return fresh


def _signed_in(workspace: Workspace) -> Actor:
    assert workspace.actor is not None  # required (rotate_database_key) before anything else
    return workspace.actor


def _check_password(workspace: Workspace, password: str) -> None:
    slots = key_slots.load(workspace.paths.keyslots_file)
    try:
        key, _slot = key_slots.unlock(slots, key_slots.KIND_PASSWORD, password,
                                     _signed_in(workspace).username)
    except key_slots.WrongSecret:
        raise WrongPassword() from None
    if key != workspace.database_key():
        raise WrongPassword()


def rotate_database_key(workspace: Workspace, *, password: str) -> tuple[RotationResult, Workspace]:
    """Re-encrypt under a new key; returns the result and a workspace open with the new key.

    The given workspace is closed. Only the administrator, signed in with a password, may do it.
    """
    if workspace.paths.database_url() is not None:
        raise ServerKeepsBackups()  # no database file to re-encrypt: the server's disk is
    require(workspace.actor, Permission.CHANGE_DATABASE_KEY)
    actor = _signed_in(workspace)
    if actor.user_id is None:
        raise RotationRefused(reason="sign in with your password, not the recovery code")
    _check_password(workspace, password)
    paths, mode = workspace.paths, workspace.mode
    copies.create_backup(workspace.engine, paths, "before-key-rotation")
    new_key, code = os.urandom(32), generate_recovery_code()
    staged = _new_slots(workspace, password, new_key, code)
    key_slots.save(staged_slots_file(paths), staged)
    old_key = workspace.database_key()
    workspace.close()
    try:
        rekey_database(paths.database_file, old_key, new_key)
    except DatabaseInUse:
        staged_slots_file(paths).unlink(missing_ok=True)
        raise RotationRefused(reason="another TuQuan window or program has the data open; "
                                     "close it and try again") from None
    if integrity_problems(paths.database_file, new_key):
        raise RotationRefused(reason="the check after re-encryption failed; restore the backup "
                                     "made just before")
    promote_staged_slots(paths)
    return _after_rotation(paths, new_key, actor, mode, code)


def _after_rotation(paths: AppPaths, key: bytes, actor: Actor, mode: str, code: str
                    ) -> tuple[RotationResult, Workspace]:
    engine = open_database(paths, key, back_up=copies.before_migration(paths))
    reopened = make_workspace(paths, engine, key, actor, mode)
    slots = key_slots.load(paths.keyslots_file)
    with reopened.unit_of_work() as uow:
        others = tuple(user.username for user in users_repository.list_users(uow.session)
                       if user.active and slots.find(user.key_slot_id) is None)
        record_event(uow, AuditAction.DATABASE_KEY_ROTATED, details={"accounts_reset": len(others)})
        uow.commit()
    # Backups under the old key are what the rotation is meant to make useless.
    for old in copies.list_backups(paths):
        old.path.unlink(missing_ok=True)
    copies.create_backup(reopened.engine, paths, "after-key-rotation")
    return RotationResult(code, others), reopened


def promote_staged_slots(paths: AppPaths) -> None:
    """Make the staged key slots the current ones (the previous file is kept as `.bak`)."""
    staged = staged_slots_file(paths)
    key_slots.save(paths.keyslots_file, key_slots.load(staged))
    staged.unlink(missing_ok=True)
