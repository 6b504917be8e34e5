"""User accounts: validation of names and passwords, adding users, changing and resetting passwords.

An account is a row in the encrypted database plus its own key slot beside it; both change
together or not at all.
"""

from db.ids import new_id
from db.models import AppUser
from db.repositories import users as users_repository
from db.repositories.installation import get_installation
from db.unit_of_work import UnitOfWork
from desktop.core.access import key_slots
from desktop.core.access.kdf import KdfParams
from desktop.core.access.usernames import normalise_username
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.data_folder.workspace import Workspace
from desktop.core.errors import InvalidInput, NotFound, PasswordResetRefused
from desktop.core.roles import ADMIN_ROLE, Permission, require, roles_for_mode
from desktop.core.text import nfc
from desktop.core.types import UserInfo

MIN_PASSWORD_LENGTH = 8


def check_password(password: str) -> str:
    """Passwords keep every character as typed (NFC) and need at least 8 of them."""
    password = nfc(password)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(field="password", problem="use at least 8 characters")
    return password


def check_full_name(full_name: str) -> str:
    full_name = " ".join(nfc(full_name).split())
    if not full_name or len(full_name) > 200:
        raise InvalidInput(field="full name", problem="enter between 1 and 200 characters")
    return full_name


def authorize_on(workspace: Workspace, permission: Permission) -> None:
    """`authorize` for a service on the workspace (its key slots lie beside the database): a
    refusal is audited like any other."""
    with workspace.unit_of_work() as uow:
        authorize(uow, permission)


def user_info(user: AppUser) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role, user.active,
                    user.last_login_at)


def slot_params(slots: key_slots.KeySlotFile) -> KdfParams:
    """New slots use the parameters calibrated at set-up, with a fresh salt."""
    return KdfParams.from_json(slots.slots[0].header["kdf"]).with_new_salt()


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    """Every account, by login name."""
    authorize(uow, Permission.MANAGE_USERS)
    return [user_info(user) for user in users_repository.list_users(uow.session)]


def add_user(workspace: Workspace, *, username: str, role: str, full_name: str,
             password: str) -> UserInfo:
    """Create an account and its key slot; the leader (or receiver admin) only."""
    require(workspace.actor, Permission.MANAGE_USERS)
    username, password = normalise_username(username), check_password(password)
    full_name = check_full_name(full_name or username)
    if role not in roles_for_mode(workspace.mode):
        raise InvalidInput(field="role", problem="this role does not exist in this mode")
    slots = key_slots.load(workspace.paths.keyslots_file)
    with workspace.unit_of_work() as uow:
        user = stage_account(uow, slots, workspace.database_key(), username=username, role=role,
                             full_name=full_name, password=password)
        key_slots.save(workspace.paths.keyslots_file, slots)
        result = user_info(user)
        uow.commit()
        return result


def stage_account(uow: UnitOfWork, slots: key_slots.KeySlotFile, database_key: bytes, *,
                  username: str, role: str, full_name: str, password: str) -> AppUser:
    """Add the account (audited) to the unit of work and its slot to `slots`; the caller saves
    both. The name and password are already checked."""
    if users_repository.find_by_username(uow.session, username):
        raise InvalidInput(field="user name", problem="this user name is already taken")
    slot_id = new_id()
    header = slots.make_header(slot_id, key_slots.KIND_PASSWORD, slot_params(slots), username)
    user = AppUser(username=username, full_name=full_name, role=role, key_slot_id=slot_id,
                   active=True, team_id=_own_team_id(uow))
    users_repository.store_user(uow.session, user)
    record_event(uow, AuditAction.USER_ADDED, target_type="user", target_id=user.id,
                 details={"role": role})
    slots.put(key_slots.seal_slot(database_key, password, header))
    return user


def _own_team_id(uow: UnitOfWork) -> str | None:
    installation = get_installation(uow.session)
    return installation.own_team_id if installation else None


def change_password(workspace: Workspace, *, username: str, new_password: str) -> None:
    """Re-wrap one account's slot with a new password; others need the leader's permission."""
    username, new_password = normalise_username(username), check_password(new_password)
    actor = workspace.actor
    if actor is None or actor.username != username:
        require(actor, Permission.MANAGE_USERS)
    slots = key_slots.load(workspace.paths.keyslots_file)
    with workspace.unit_of_work() as uow:
        user = users_repository.find_by_username(uow.session, username)
        if user is None:
            raise NotFound(what="User", name=username)
        header = slots.make_header(user.key_slot_id, key_slots.KIND_PASSWORD, slot_params(slots),
                                   username)
        record_event(uow, AuditAction.PASSWORD_CHANGED, target_type="user", target_id=user.id,
                     details={"by_recovery_code": actor is not None and actor.user_id is None})
        slots.put(key_slots.seal_slot(workspace.database_key(), new_password, header))
        key_slots.save(workspace.paths.keyslots_file, slots)
        uow.commit()


def reset_password(workspace: Workspace, *, username: str, new_password: str) -> UserInfo:
    """A leader (or receiver administrator) gives a member a temporary password.

    An administrator's own account or another administrator's is refused: one administrator
    could otherwise take over another's name in the audit trail. Its owner changes it, or the
    recovery code resets it. Takes the workspace, not a unit of work: the new key slot wraps
    the database key, which only the workspace holds.
    """
    with workspace.unit_of_work() as uow:
        authorize(uow, Permission.MANAGE_USERS)
        username, new_password = normalise_username(username), check_password(new_password)
        user = users_repository.find_by_username(uow.session, username)
        if user is None:
            raise NotFound(what="User", name=username)
        if user.role in ADMIN_ROLE.values():
            _refuse_reset(uow, user)
        slots = key_slots.load(workspace.paths.keyslots_file)
        header = slots.make_header(user.key_slot_id, key_slots.KIND_PASSWORD, slot_params(slots),
                                   username)
        record_event(uow, AuditAction.PASSWORD_RESET, target_type="user", target_id=user.id,
                     details={"role": user.role})
        slots.put(key_slots.seal_slot(workspace.database_key(), new_password, header))
        key_slots.save(workspace.paths.keyslots_file, slots)
        result = user_info(user)
        uow.commit()
    return result


def _refuse_reset(uow: UnitOfWork, user: AppUser) -> None:
    """Audit the refusal in its own transaction (the caller's rolls back), then raise it."""
    with uow.sibling() as audit_uow:
        record_event(audit_uow, AuditAction.PERMISSION_DENIED, target_type="user",
                     target_id=user.id, details={"action": "reset an administrator's password"})
        audit_uow.commit()
    raise PasswordResetRefused(username=user.username)
