"""Roles and what each may do; every service checks here, whatever the screen shows."""

from enum import StrEnum

from desktop.core.errors import PermissionDenied
from desktop.core.types import Actor

MODE_TEAM = "team"
MODE_RECEIVER = "receiver"

TEAM_ROLES = ("leader", "mediator", "security", "viewer")
RECEIVER_ROLES = ("admin", "officer")
ADMIN_ROLE = {MODE_TEAM: "leader", MODE_RECEIVER: "admin"}


class Permission(StrEnum):
    VIEW_DASHBOARD = "view the dashboard"
    MANAGE_USERS = "manage user accounts"
    VERIFY_AUDIT = "check the audit trail"
    RECORD_CASES = "record mediation cases"
    ASSIGN_MEDIATORS = "assign mediators"
    VIEW_ALL_CASES = "see every case of the team"
    MANAGE_REGISTER = "change the team register"
    RECORD_NOTES = "record and read security notes"
    MANAGE_PRIVACY = "manage consents, requests, breaches and retention"
    # Making a backup prunes the oldest: only who may restore one may push them out.
    MANAGE_BACKUPS = "make and restore backups"


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "leader": frozenset(Permission),
    "admin": frozenset(Permission),
    "mediator": frozenset({Permission.VIEW_DASHBOARD, Permission.RECORD_CASES}),
    "security": frozenset({Permission.VIEW_DASHBOARD, Permission.RECORD_NOTES}),
    "viewer": frozenset({Permission.VIEW_DASHBOARD}),
    "officer": frozenset({Permission.VIEW_DASHBOARD}),
}


def roles_for_mode(mode: str) -> tuple[str, ...]:
    return TEAM_ROLES if mode == MODE_TEAM else RECEIVER_ROLES


def can(actor: Actor | None, permission: Permission) -> bool:
    return actor is not None and permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(actor: Actor | None, permission: Permission) -> None:
    """Raise PermissionDenied unless the actor's role includes `permission`."""
    if not can(actor, permission):
        raise PermissionDenied(role=actor.role if actor else "none", action=permission.value)
