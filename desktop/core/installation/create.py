"""First run: create the encrypted database, the team or police unit, the administrator and slots."""

import contextlib
import os
from dataclasses import dataclass

from db import migrate
from db.engine import KEY_BYTES, Engine, open_engine, open_server_engine
from db.errors import ServerDriverMissing, ServerUnreachable
from db.export_profiles import DESKS, POLICE
from db.folding import fold_for_search
from db.ids import new_id
from db.models import AppUser, Hamlet, Installation, Team
from db.repositories.installation import add_hamlet, add_installation, add_team, opened_installation
from db.repositories.users import store_user
from db.unit_of_work import UnitOfWork, make_session_factory
from desktop.core import clock
from desktop.core.access import kdf, key_slots
from desktop.core.access.accounts import check_full_name, check_password, normalise_username
from desktop.core.access.recovery import generate_recovery_code
from desktop.core.admin_units import Commune, shipped_admin_units
from desktop.core.atomic import atomic_write_bytes, commit_file, sweep_orphans
from desktop.core.audit import AuditAction, record_event
from desktop.core.bundles.keys import ensure_keys
from desktop.core.data_folder.private_folder import make_private_folder
from desktop.core.errors import (
    AlreadyInitialised,
    DatabaseDriverMissing,
    DatabaseServerUnreachable,
    InvalidInput,
)
from desktop.core.paths import AppPaths
from desktop.core.roles import ADMIN_ROLE, MODE_RECEIVER, MODE_TEAM
from desktop.core.text import nfc
from desktop.core.types import Actor, InitResult, RecoverySheet


@dataclass(frozen=True)
class SetupRequest:
    """Everything the set-up wizard or `tuquan init` collects."""

    mode: str
    name: str
    commune_code: str
    admin_username: str
    admin_password: str
    admin_full_name: str = ""
    hamlets: tuple[str, ...] = ()
    # A police unit may keep its data in PostgreSQL instead of the encrypted file.
    database_url: str | None = None
    # A receiver is one of the two upward desks: the commune police or People's Committee.
    receiver_kind: str = POLICE


def _checked(request: SetupRequest) -> tuple[SetupRequest, Commune]:
    name = " ".join(nfc(request.name).split())
    if not name or len(name) > 200:
        raise InvalidInput(field="name", problem="enter between 1 and 200 characters")
    username = normalise_username(request.admin_username)
    hamlets = tuple(dict.fromkeys(h for h in (" ".join(nfc(x).split()) for x in request.hamlets) if h))
    if request.database_url and request.mode != MODE_RECEIVER:
        raise InvalidInput(field="database_url", problem="only a police unit keeps its data in "
                                                         "PostgreSQL; a team keeps the encrypted file")
    if request.receiver_kind not in DESKS:
        raise InvalidInput(field="kind", problem="not one of: " + ", ".join(DESKS))
    checked = SetupRequest(request.mode, name, request.commune_code, username,
                           check_password(request.admin_password),
                           check_full_name(request.admin_full_name or username), hamlets,
                           request.database_url or None, request.receiver_kind)
    return checked, shipped_admin_units().commune(request.commune_code)


def _populate(uow: UnitOfWork, request: SetupRequest, commune: Commune, slot_id: str,
              dataset_version: str) -> None:
    place = {"commune_code": commune.code, "commune_name": commune.full_name,
             "province_code": commune.province_code, "province_name": commune.province_name,
             "admin_dataset_version": dataset_version}
    team_id = None
    if request.mode == MODE_TEAM:
        team_id = new_id()
        add_team(uow.session, Team(id=team_id, team_id=team_id, name=request.name, **place))
        for hamlet in request.hamlets:
            add_hamlet(uow.session, Hamlet(team_id=team_id, name=hamlet,
                                           name_fold=fold_for_search(hamlet), active=True))
    admin = AppUser(username=request.admin_username, full_name=request.admin_full_name,
                    role=ADMIN_ROLE[request.mode], key_slot_id=slot_id, active=True,
                    team_id=team_id)
    store_user(uow.session, admin)
    uow.actor = Actor(admin.id, admin.username, admin.role)
    uow.session.info["actor_user_id"] = admin.id
    add_installation(uow.session, Installation(
        installation_id=new_id(), mode=request.mode, own_team_id=team_id,
        unit_name=request.name if request.mode == MODE_RECEIVER else None,
        receiver_kind=request.receiver_kind if request.mode == MODE_RECEIVER else None, **place))
    ensure_keys(uow.session, request.mode)
    record_event(uow, AuditAction.INSTALLATION_CREATED, details={
        "mode": request.mode, "commune_code": commune.code,
        "receiver_kind": request.receiver_kind if request.mode == MODE_RECEIVER else None})
    record_event(uow, AuditAction.USER_ADDED, target_type="user", target_id=admin.id,
                 details={"role": admin.role})


def _build_slots(installation_id: str, key: bytes, request: SetupRequest, admin_slot: str,
                 recovery_code: str, params: kdf.KdfParams) -> key_slots.KeySlotFile:
    slots = key_slots.KeySlotFile(installation_id, os.urandom(16))
    admin_header = slots.make_header(admin_slot, key_slots.KIND_PASSWORD, params,
                                     request.admin_username)
    slots.put(key_slots.seal_slot(key, request.admin_password, admin_header))
    recovery_header = slots.make_header(new_id(), key_slots.KIND_RECOVERY, params.with_new_salt(),
                                        None)
    slots.put(key_slots.seal_slot(key, recovery_code, recovery_header))
    return slots


def _fill(engine: Engine, request: SetupRequest, commune: Commune, admin_slot: str) -> str:
    """Create the schema and the first rows; return the installation id."""
    migrate.upgrade_to_head(engine)
    with UnitOfWork(make_session_factory(engine)) as uow:
        _populate(uow, request, commune, admin_slot, shipped_admin_units().version)
        installation_id = opened_installation(uow.session).installation_id
        uow.commit()
    return installation_id


def _initialise_on_server(paths: AppPaths, request: SetupRequest, commune: Commune, key: bytes,
                          admin_slot: str, recovery_code: str, params: kdf.KdfParams) -> str:
    """The scale path: the schema goes into an empty PostgreSQL database named by the URL."""
    url = request.database_url
    assert url is not None  # the scale path is taken only for a request with a URL
    try:
        engine = open_server_engine(url)
    except ServerDriverMissing as error:
        raise DatabaseDriverMissing(driver=str(error)) from error
    except ServerUnreachable as error:
        raise DatabaseServerUnreachable(detail=str(error)) from error
    try:
        if migrate.current_revision(engine) is not None:
            raise AlreadyInitialised(data_dir=url.rsplit("@", 1)[-1])
        installation_id = _fill(engine, request, commune, admin_slot)
    finally:
        engine.dispose()
    key_slots.save(paths.keyslots_file,
                  _build_slots(installation_id, key, request, admin_slot, recovery_code, params))
    atomic_write_bytes(paths.database_url_file, url.encode("utf-8"))
    return installation_id


def initialise(paths: AppPaths, request: SetupRequest) -> InitResult:
    """Create a new installation in `paths.data_dir`; refuse if one is already there."""
    request, commune = _checked(request)
    if paths.keyslots_file.exists() or paths.database_file.exists() or paths.database_url_file.exists():
        raise AlreadyInitialised(data_dir=str(paths.data_dir))
    make_private_folder(paths.data_dir)
    sweep_orphans(paths.data_dir)
    params = kdf.calibrate()
    key, admin_slot, recovery_code = os.urandom(KEY_BYTES), new_id(), generate_recovery_code()
    if request.database_url:
        installation_id = _initialise_on_server(paths, request, commune, key, admin_slot,
                                                recovery_code, params)
        return InitResult(installation_id, request.mode, request.admin_username, recovery_code,
                          params.memory_kib, params.iterations,
                          _sheet(request, commune, recovery_code))
    # Build under a temporary name: the database appears only once it is complete and has slots.
    building = paths.data_dir / "tuquan.db.building"
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()
    engine = open_engine(building, key)
    try:
        installation_id = _fill(engine, request, commune, admin_slot)
    finally:
        engine.dispose()
    try:
        slots = _build_slots(installation_id, key, request, admin_slot, recovery_code, params)
        key_slots.save(paths.keyslots_file, slots)
        os.chmod(building, 0o600)
        commit_file(building, paths.database_file)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            paths.keyslots_file.unlink()
        raise
    return InitResult(installation_id, request.mode, request.admin_username, recovery_code,
                      params.memory_kib, params.iterations, _sheet(request, commune, recovery_code))


def _sheet(request: SetupRequest, commune: Commune, code: str) -> RecoverySheet:
    return RecoverySheet(request.mode, request.name, commune.full_name, commune.province_name,
                         request.admin_username, clock.today(), code)
