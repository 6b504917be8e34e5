"""Handing the installation to a new leader in one step: the new leader's account (new or
promoted), the old one retired, a new recovery code, new shares if there were any, a record.

Everything is decided in one unit of work and one new key slot file: the old leader's password,
the old recovery code and the old shares stop opening the data together.
"""

from dataclasses import dataclass

from db.ids import new_id
from db.models import AppUser
from db.repositories import users as users_repository
from db.unit_of_work import UnitOfWork
from desktop.core import clock
from desktop.core.access import accounts, key_slots
from desktop.core.access.recovery import generate_recovery_code
from desktop.core.access.recovery_shares import audit_split, recovery_shares_status, sheet_heading
from desktop.core.access.shares import (
    DEFAULT_THRESHOLD,
    ShareSplit,
    SharesStatus,
    put_shares_slot,
    shares_status,
)
from desktop.core.access.usernames import normalise_username
from desktop.core.audit import AuditAction, record_event
from desktop.core.bundles.keys import list_cards, own_card
from desktop.core.data_folder.workspace import Workspace
from desktop.core.errors import AccountDisabled, InvalidInput, NotFound
from desktop.core.mediation.volumes import list_volumes
from desktop.core.pdf.handover_record import HandedCard, HandOverRecord, build_handover_pdf
from desktop.core.roles import ADMIN_ROLE, MODE_TEAM, Permission, roles_for_mode
from desktop.core.types import Actor, UserInfo

LEADER_TITLE = {MODE_TEAM: "tổ trưởng"}
OTHER_TITLE = "người quản trị"


@dataclass(frozen=True)
class HandOverRequest:
    """Who takes over, and the holders of the new shares (needed when shares exist)."""

    new_username: str
    new_account: bool = False  # make the account; otherwise it exists and is promoted
    new_full_name: str = ""  # a new account's
    new_password: str = ""  # a new account's; an existing account keeps its own
    old_username: str | None = None  # by default the leader signed in
    share_holders: tuple[str, ...] = ()
    share_threshold: int | None = None  # by default as before, or 2


@dataclass(frozen=True)
class HandOverResult:
    """The record to print, and the secrets to give the new leader and the holders, once."""

    record: HandOverRecord
    recovery_code: str
    shares: ShareSplit | None

    def record_pdf(self) -> bytes:
        return build_handover_pdf(self.record)


@dataclass(frozen=True)
class HandOverContext:
    """What the form offers: the accounts, who is signed in, and the current shares."""

    mode: str
    users: tuple[UserInfo, ...]
    signed_in: str
    shares: SharesStatus | None


def handover_context(workspace: Workspace) -> HandOverContext:
    """What the hand-over form offers, read in one go."""
    with workspace.unit_of_work() as uow:
        users = tuple(accounts.list_users(uow))
    actor = workspace.actor
    return HandOverContext(workspace.mode, users, actor.username if actor else "",
                           recovery_shares_status(workspace))


def hand_over_leadership(workspace: Workspace, *, request: HandOverRequest) -> HandOverResult:
    """Move the leader role; the caller should close the workspace if its actor was retired."""
    accounts.authorize_on(workspace, Permission.MANAGE_USERS)
    slots = key_slots.load(workspace.paths.keyslots_file)
    threshold, had_shares = _threshold(slots, request), shares_status(slots) is not None
    key = workspace.database_key()
    with workspace.unit_of_work() as uow:
        old = _old_leader(uow, workspace.actor, workspace.mode, request.old_username)
        new, created = _new_leader(uow, slots, key, workspace.mode, request, old)
        _retire(uow, slots, old, workspace.mode)
        code = _reissue_recovery_code(uow, slots, key)
        split = None
        if request.share_holders:
            split = put_shares_slot(slots, key, threshold=threshold, holders=request.share_holders,
                                    made_on=clock.today(), kdf=accounts.slot_params(slots))
            audit_split(uow, split, replaced=had_shares)
        record_event(uow, AuditAction.LEADER_HANDED_OVER, target_type="user", target_id=new.id,
                     details={"from": old.id, "account_created": created,
                              "shares_split": split is not None})
        record = _record(uow, workspace.mode, old, new, created, split)
        uow.commit()
    # Saved after the commit: if the save failed, the old code and shares would still open the
    # data (the new leader could not), rather than new secrets nobody was given.
    key_slots.save(workspace.paths.keyslots_file, slots)
    return HandOverResult(record, code, split)


def _threshold(slots: key_slots.KeySlotFile, request: HandOverRequest) -> int:
    """Shares that exist are split again: their holders must be named."""
    before = shares_status(slots)
    if before is not None and not request.share_holders:
        raise InvalidInput(field="share holders",
                           problem="the recovery shares are split again: name their holders")
    if request.share_threshold is not None:
        return request.share_threshold
    return before.threshold if before is not None else DEFAULT_THRESHOLD


def _old_leader(uow: UnitOfWork, actor: Actor | None, mode: str, named: str | None) -> AppUser:
    username = normalise_username(named) if named else None
    if username is None and actor is not None and actor.user_id is not None:
        username = actor.username
    if username is None:  # opened with the recovery code or shares: no account is signed in
        raise InvalidInput(field="old leader", problem="name the leader who hands over")
    if actor is not None and actor.user_id is not None and username != actor.username:
        # As with a password reset: one leader may not retire another and take the new code.
        raise InvalidInput(field="old leader", problem="a leader hands over only their own role")
    user = users_repository.find_by_username(uow.session, username)
    if user is None:
        raise NotFound(what="User", name=username)
    if not user.active or user.role != ADMIN_ROLE[mode]:
        raise InvalidInput(field="old leader", problem="this account is not an active leader")
    return user


def _new_leader(uow: UnitOfWork, slots: key_slots.KeySlotFile, key: bytes, mode: str,
                request: HandOverRequest, old: AppUser) -> tuple[AppUser, bool]:
    """The new leader's account, promoted or made; and whether it was made."""
    username = normalise_username(request.new_username)
    if not request.new_account:
        existing = users_repository.find_by_username(uow.session, username)
        if existing is None:
            raise NotFound(what="User", name=username)
        if existing.id == old.id:
            raise InvalidInput(field="new leader", problem="choose an account other than the "
                                                           "old leader's")
        if not existing.active:
            raise AccountDisabled(username=username)
        existing.role = ADMIN_ROLE[mode]
        return existing, False
    password = accounts.check_password(request.new_password)
    full_name = accounts.check_full_name(request.new_full_name or username)
    user = accounts.stage_account(uow, slots, key, username=username, role=ADMIN_ROLE[mode],
                                  full_name=full_name, password=password)
    return user, True


def _retire(uow: UnitOfWork, slots: key_slots.KeySlotFile, old: AppUser, mode: str) -> None:
    """Disabled, with the least role, and its key slot gone: the old password opens nothing."""
    old.active = False
    old.role = roles_for_mode(mode)[-1]
    slots.remove(old.key_slot_id)
    record_event(uow, AuditAction.USER_DISABLED, target_type="user", target_id=old.id)


def _reissue_recovery_code(uow: UnitOfWork, slots: key_slots.KeySlotFile, key: bytes) -> str:
    code = generate_recovery_code()
    for slot in list(slots.slots):
        if slot.header["kind"] == key_slots.KIND_RECOVERY:
            slots.remove(slot.slot_id)
    header = slots.make_header(new_id(), key_slots.KIND_RECOVERY, accounts.slot_params(slots), None)
    slots.put(key_slots.seal_slot(key, code, header))
    record_event(uow, AuditAction.RECOVERY_CODE_REISSUED)
    return code


def _record(uow: UnitOfWork, mode: str, old: AppUser, new: AppUser, created: bool,
            split: ShareSplit | None) -> HandOverRecord:
    cards = tuple(HandedCard(card.kind, card.name, card.fingerprint)
                  for card in list_cards(uow) if not card.revoked)
    volumes = (tuple((v.volume_no, v.opened_on) for v in list_volumes(uow) if v.closed_on is None)
               if mode == MODE_TEAM else ())
    return HandOverRecord(
        heading=sheet_heading(uow), leader_title=LEADER_TITLE.get(mode, OTHER_TITLE),
        handed_over_at=clock.local_now(), old_full_name=old.full_name, old_username=old.username,
        new_full_name=new.full_name, new_username=new.username, account_created=created,
        share_rule=(split.threshold, split.count) if split else None,
        share_holders=tuple(sheet.holder for sheet in split.sheets) if split else (),
        own_card_fingerprint=own_card(uow).fingerprint, cards=cards, open_volumes=volumes)

