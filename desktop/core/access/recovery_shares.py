"""Shared recovery as the leader and the holders use it: split, print, and open with k shares.

The leader splits (audited); any k holders together open the shares' key slot, acting as the
administrator, and give the new leader a password (audited). Failed attempts count towards the
same throttle as passwords and the recovery code.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from db.repositories import installation as installation_repository
from db.repositories import users as users_repository
from db.unit_of_work import UnitOfWork
from desktop.core import clock
from desktop.core.access import accounts, key_slots, throttle, unlock
from desktop.core.access.shares import (
    ShareSplit,
    SharesStatus,
    put_shares_slot,
    read_shares,
    shares_slot,
    shares_status,
)
from desktop.core.access.usernames import normalise_username
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.data_folder.workspace import Workspace
from desktop.core.errors import AccountDisabled, NoRecoveryShares, NotFound, SharesReplaced
from desktop.core.paths import AppPaths
from desktop.core.pdf.share_sheet import SheetHeading, build_share_sheets_pdf
from desktop.core.roles import ADMIN_ROLE, Permission

HOW = "recovery shares"


@dataclass(frozen=True)
class RecoveredAccount:
    """The account the shares gave a new password to (or made, as a new leader)."""

    username: str
    role: str
    created: bool


def split_recovery_shares(workspace: Workspace, *, threshold: int,
                          holders: Sequence[str]) -> ShareSplit:
    """Make new shares (any `threshold` of one per holder); earlier shares stop working."""
    accounts.authorize_on(workspace, Permission.MANAGE_USERS)
    slots = key_slots.load(workspace.paths.keyslots_file)
    replaced = shares_slot(slots) is not None
    split = put_shares_slot(slots, workspace.database_key(), threshold=threshold,
                            holders=holders, made_on=clock.today(),
                            kdf=accounts.slot_params(slots))
    with workspace.unit_of_work() as uow:
        audit_split(uow, split, replaced)
        uow.commit()
    # Saved after the audit is: a failed save leaves the old shares working, never new ones
    # that nobody was given, and the trail says what was tried.
    key_slots.save(workspace.paths.keyslots_file, slots)
    return split


def audit_split(uow: UnitOfWork, split: ShareSplit, replaced: bool) -> None:
    """Counts only: who holds the shares is on paper, not in the trail."""
    record_event(uow, AuditAction.RECOVERY_SHARES_SPLIT, details={
        "threshold": split.threshold, "count": split.count, "replaced": replaced})


def recovery_shares_status(workspace: Workspace) -> SharesStatus | None:
    """The current rule and date of the shares, or None if none were made."""
    accounts.authorize_on(workspace, Permission.MANAGE_USERS)
    return shares_status(key_slots.load(workspace.paths.keyslots_file))


def sheet_heading(uow: UnitOfWork) -> SheetHeading:
    """The team (or unit) and place the sheets name."""
    installation = installation_repository.opened_installation(uow.session)
    team = (installation_repository.get_team(uow.session, installation.own_team_id)
            if installation.own_team_id else None)
    return SheetHeading(team.name if team else installation.unit_name or "",
                        installation.commune_name, installation.province_name)


def share_sheets_pdf(uow: UnitOfWork, *, split: ShareSplit) -> bytes:
    """The sheets to print, one page per holder, built in memory."""
    authorize(uow, Permission.MANAGE_USERS)
    return build_share_sheets_pdf(sheet_heading(uow), threshold=split.threshold,
                                  count=split.count, made_on=split.made_on, sheets=split.sheets)


def sign_in_with_shares(paths: AppPaths, shares: Sequence[str]) -> Workspace:
    """Open the installation with k shares, acting as the administrator.

    A share typed wrongly, too few shares or shares of different splits are refused without
    counting as an attempt; shares of an earlier split, or that fail to open, count.
    """
    unlock.require_writable_folder(paths)
    throttle.check_allowed(paths.unlock_state_file)
    secret, identifier, used = read_shares(shares)
    slot = shares_slot(unlock.load_key_slots(paths))
    if slot is None:
        raise NoRecoveryShares()
    if slot.header["shares"]["identifier"] != identifier:
        throttle.record_failure(paths.unlock_state_file)
        raise SharesReplaced()
    workspace = unlock.sign_in_as_administrator(paths, key_slots.KIND_SHARES, secret, HOW)
    with workspace.unit_of_work() as uow:
        record_event(uow, AuditAction.RECOVERY_SHARES_USED, details={
            "given": used, "threshold": slot.header["shares"]["threshold"]})
        uow.commit()
    return workspace


def recover_with_shares(paths: AppPaths, *, shares: Sequence[str], username: str,
                        new_password: str, full_name: str = "",
                        new_account: bool = False) -> RecoveredAccount:
    """Open with the shares and set `username`'s password, or, with `new_account`, make
    `username` a new leader account; then lock again (the new leader signs in as usual)."""
    username = normalise_username(username)
    new_password = accounts.check_password(new_password)
    if new_account:
        full_name = accounts.check_full_name(full_name or username)
    workspace = sign_in_with_shares(paths, shares)
    try:
        if new_account:
            user = accounts.add_user(workspace, username=username, full_name=full_name,
                                     role=ADMIN_ROLE[workspace.mode], password=new_password)
            return RecoveredAccount(user.username, user.role, True)
        role = _existing_account_role(workspace, username)
        accounts.change_password(workspace, username=username, new_password=new_password)
        return RecoveredAccount(username, role, False)
    finally:
        workspace.close()


def _existing_account_role(workspace: Workspace, username: str) -> str:
    with workspace.unit_of_work() as uow:
        user = users_repository.find_by_username(uow.session, username)
        if user is None:
            raise NotFound(what="User", name=username)
        if not user.active:
            raise AccountDisabled(username=username)
        return user.role
