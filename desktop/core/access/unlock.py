"""Signing in: throttle check, open a key slot, open and migrate the database, audit the login."""

import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from db import clock
from db.engine import Engine
from db.errors import UnreadableDatabase
from db.models import configure_models
from db.repositories import users as users_repository
from db.repositories.installation import get_installation
from db.unit_of_work import UnitOfWork, make_session_factory
from desktop.core.access import key_rotation, key_slots, throttle
from desktop.core.access.accounts import normalise_username
from desktop.core.access.recovery import normalise_recovery_code
from desktop.core.atomic import sweep_orphans
from desktop.core.audit import AuditAction, record_event
from desktop.core.backups import copies
from desktop.core.backups.restore import require_sound_database
from desktop.core.bundles.keys import ensure_keys
from desktop.core.data_folder.workspace import Workspace, fit_page_cache, make_workspace, open_database
from desktop.core.errors import (
    AccountDisabled,
    DatabaseDamaged,
    DatabaseDamagedNoBackup,
    DataFolderReadOnly,
    KeyFileMismatch,
    NotInitialised,
    WrongPassword,
)
from desktop.core.logs import safe
from desktop.core.paths import AppPaths
from desktop.core.roles import ADMIN_ROLE
from desktop.core.settings import load_settings
from desktop.core.types import Actor

log = logging.getLogger(__name__)


def load_key_slots(paths: AppPaths) -> key_slots.KeySlotFile:
    """Read the key slot file, falling back to the previous copy if the current one is damaged."""
    if not paths.is_initialised():
        raise NotInitialised(data_dir=str(paths.data_dir))
    try:
        return key_slots.load(paths.keyslots_file)
    except key_slots.KeySlotFileInvalid:
        backup = paths.keyslots_file.with_suffix(".json.bak")
        if backup.exists():
            return key_slots.load(backup)
        raise KeyFileMismatch(data_dir=str(paths.data_dir)) from None


def require_writable_folder(paths: AppPaths) -> None:
    """Signing in writes (the throttle, the audit trail, the database's own journal): a folder
    that refuses writes is said to be one, not taken for a key that does not fit."""
    if not paths.data_dir.is_dir():
        return  # NotInitialised says it better
    try:
        with tempfile.TemporaryFile(dir=paths.data_dir):
            pass
    except OSError as error:
        raise DataFolderReadOnly(data_dir=str(paths.data_dir),
                                 detail=error.strerror or type(error).__name__) from None


def open_key_slot(paths: AppPaths, kind: str, secret: str, username: str | None
                  ) -> tuple[bytes, key_slots.KeySlot]:
    require_writable_folder(paths)
    throttle.check_allowed(paths.unlock_state_file)
    slots = load_key_slots(paths)
    try:
        return key_slots.unlock(slots, kind, secret, username)
    except key_slots.WrongSecret:
        throttle.record_failure(paths.unlock_state_file)
        raise WrongPassword() from None


def _open_keyed_database(paths: AppPaths, kind: str, secret: str, username: str | None
                         ) -> tuple[bytes, key_slots.KeySlot, Engine]:
    """(key, slot, engine); finishes a key rotation that stopped between rekey and slot file."""
    key, slot = open_key_slot(paths, kind, secret, username)
    staged = key_rotation.staged_slots_file(paths)
    try:
        engine = open_database(paths, key, back_up=copies.before_migration(paths))
    except UnreadableDatabase:
        require_sound_database(paths, key)  # damaged: say so, with the way out
        raise
    except KeyFileMismatch:
        if not staged.exists():
            raise
        try:
            key, slot = key_slots.unlock(key_slots.load(staged), kind, secret, username)
        except (key_slots.WrongSecret, key_slots.KeySlotFileInvalid):
            raise KeyFileMismatch(data_dir=str(paths.data_dir)) from None
        engine = open_database(paths, key, back_up=copies.before_migration(paths))
        key_rotation.promote_staged_slots(paths)
        return key, slot, engine
    staged.unlink(missing_ok=True)  # a rotation that never reached the database
    return key, slot, engine


def _mode(uow: UnitOfWork) -> str:
    installation = get_installation(uow.session)
    assert installation is not None  # an opened database has its installation
    return installation.mode


def _audit_sign_in(uow: UnitOfWork, paths: AppPaths, how: str) -> None:
    """Move failed attempts from the throttle file into the audit trail, then log the sign-in.

    An installation made before bundles existed gets its key pairs here, saved with the login.
    """
    ensure_keys(uow.session, _mode(uow))
    state = throttle.read_state(paths.unlock_state_file)
    if state.failures:
        record_event(uow, AuditAction.UNLOCK_FAILED, details={
            "count": state.failures, "first": state.failure_times[0],
            "last": state.failure_times[-1]})
    record_event(uow, AuditAction.SIGNED_IN, details={"with": how})


def prepare_sign_in() -> None:
    """Do ahead what the process's first sign-in would do itself after the key derivation (the
    window calls it while the password is typed)."""
    configure_models()


def sign_in(paths: AppPaths, username: str, password: str) -> Workspace:
    """Open the installation as `username`; the returned workspace acts for that user."""
    username = normalise_username(username)
    key, slot, engine = _open_keyed_database(paths, key_slots.KIND_PASSWORD, password, username)
    with _closed_on_failure(engine, paths, key):
        workspace = make_workspace(paths, engine, key, None, "")
        with workspace.unit_of_work() as uow:
            user = users_repository.find_by_username(uow.session, username)
            if user is None or user.key_slot_id != slot.slot_id:
                raise WrongPassword()
            if not user.active:
                raise AccountDisabled(username=username)
            workspace.actor = uow.actor = Actor(user.id, user.username, user.role)
            uow.session.info["actor_user_id"] = user.id
            workspace.mode = _mode(uow)
            user.last_login_at = clock.utc_now()
            _audit_sign_in(uow, paths, "password")
            uow.commit()
    return _after_sign_in(workspace)


@contextmanager
def _closed_on_failure(engine: Engine, paths: AppPaths, key: bytes) -> Iterator[None]:
    """A sign-in that fails leaves no connection open; on a database that cannot be read it
    says what is damaged, with the way out."""
    try:
        yield
    except UnreadableDatabase:
        engine.dispose()
        require_sound_database(paths, key)
        raise
    except BaseException:
        engine.dispose()
        raise


def sign_in_with_recovery_code(paths: AppPaths, code: str) -> Workspace:
    """Open the installation with the printed recovery code, acting as the administrator."""
    return sign_in_as_administrator(paths, key_slots.KIND_RECOVERY, normalise_recovery_code(code),
                                    "recovery code")


def sign_in_as_administrator(paths: AppPaths, kind: str, secret: str, how: str) -> Workspace:
    """Open with a slot of no account (the recovery code, the recovery shares), acting as the
    administrator; `how` names the way in the audit trail and, hyphenated, the actor."""
    key, _slot, engine = _open_keyed_database(paths, kind, secret, None)
    with _closed_on_failure(engine, paths, key), UnitOfWork(make_session_factory(engine)) as uow:
        mode = _mode(uow)
        uow.actor = actor = Actor(None, how.replace(" ", "-"), ADMIN_ROLE[mode])
        _audit_sign_in(uow, paths, how)
        uow.commit()
    workspace = make_workspace(paths, engine, key, actor, mode)
    return _after_sign_in(workspace)


def _after_sign_in(workspace: Workspace) -> Workspace:
    log.info("signed in (%s mode)", safe(workspace.mode))
    fit_page_cache(workspace)  # the mode is known only now
    return _daily_check_and_backup(workspace)


def _daily_check_and_backup(workspace: Workspace) -> Workspace:
    """Daily: check every page (MACs and structure) before the backup, so a damaged database is
    neither used nor copied over good copies. Between checks SQLCipher still verifies each
    page's MAC as it is read."""
    throttle.clear(workspace.paths.unlock_state_file)
    paths = workspace.paths
    sweep_orphans(paths.data_dir)
    sweep_orphans(paths.backups_dir)  # what a backup cut short left behind
    if not copies.made_today(paths) and paths.database_url() is None:  # a server backs up its own
        try:
            require_sound_database(paths, workspace.database_key())
        except (DatabaseDamaged, DatabaseDamagedNoBackup):
            workspace.close()
            raise
        keep = load_settings(paths.settings_file).backups_to_keep
        copies.create_backup(workspace.engine, paths, "daily", keep)
    return workspace
