"""Roles and what each may do; every service checks here, whatever the screen shows."""

from enum import StrEnum
from typing import Protocol

from db.export_profiles import COMMUNE as COMMUNE  # the two desks, for the screens and commands
from db.export_profiles import DESKS as DESKS
from db.export_profiles import POLICE as POLICE
from desktop.core.errors import PermissionDenied

MODE_TEAM = "team"
MODE_RECEIVER = "receiver"

TEAM_ROLES = ("leader", "mediator", "security", "viewer")
RECEIVER_ROLES = ("admin", "officer")
ADMIN_ROLE = {MODE_TEAM: "leader", MODE_RECEIVER: "admin"}


class Permission(StrEnum):
    """One permission per kind of action, named for what it guards (the value is the action as
    a refusal says it: "Your role (viewer) is not allowed to <value>")."""

    VIEW_DASHBOARD = "see the overview"
    VIEW_REPORTS = "see the monthly reports"
    MANAGE_USERS = "manage user accounts"
    CHANGE_DATABASE_KEY = "change the database key"
    VERIFY_AUDIT = "check the audit trail"
    RECORD_CASES = "record mediation cases"
    ASSIGN_MEDIATORS = "assign mediators"
    VIEW_ALL_CASES = "see every case of the team"
    LOAD_CASES = "load cases from files or demonstration data"
    MANAGE_LOGBOOK = "print, open, close and amend the log book"
    VIEW_MEDIATOR_COUNTS = "see the cases each mediator ended"
    ENTER_FIGURES = "enter a month's figures"
    CLOSE_PERIODS = "close a month"
    MANAGE_REGISTER = "change the team register"
    RECORD_NOTES = "record and read security notes"
    MANAGE_PRIVACY = "manage consents, requests, breaches and retention"
    # Making a backup prunes the oldest: only who may restore one may push them out.
    MANAGE_BACKUPS = "make and restore backups"
    VIEW_KEY_CARDS = "see the key cards"
    MANAGE_KEY_CARDS = "enrol, replace and revoke key cards"
    EXPORT_BUNDLES = "make bundles for the police unit and read its receipts"
    IMPORT_BUNDLES = "import the teams' bundles"
    VIEW_RECEIVED = "see what the teams sent"
    WRITE_RECEIPTS = "write receipts for the teams"


# What every role may do; the administrators of both modes may do everything.
EVERYONE = frozenset({Permission.VIEW_DASHBOARD, Permission.VIEW_REPORTS, Permission.VIEW_KEY_CARDS})
POLICE_OFFICER = frozenset({Permission.IMPORT_BUNDLES, Permission.VIEW_RECEIVED,
                            Permission.WRITE_RECEIPTS})
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "leader": frozenset(Permission),
    "admin": frozenset(Permission),
    "mediator": EVERYONE | {Permission.RECORD_CASES},
    "security": EVERYONE | {Permission.RECORD_NOTES},
    "viewer": EVERYONE,
    "officer": EVERYONE | POLICE_OFFICER,
}


def roles_for_mode(mode: str) -> tuple[str, ...]:
    return TEAM_ROLES if mode == MODE_TEAM else RECEIVER_ROLES


class Acting(Protocol):
    """Whoever acts (the core's Actor, or a unit of work's): only the role is checked here."""

    @property
    def role(self) -> str: ...


def can(actor: Acting | None, permission: Permission) -> bool:
    return actor is not None and permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(actor: Acting | None, permission: Permission) -> None:
    """Raise PermissionDenied unless the actor's role includes `permission`."""
    if not can(actor, permission):
        raise PermissionDenied(role=actor.role if actor else "none", action=permission.value)
