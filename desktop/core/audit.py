"""Recording audited actions and checking that the audit chain is unbroken.

Details hold identifiers and counts only, never names or case content.
"""

from db import clock
from db.repositories import audit as audit_repository
from db.unit_of_work import UnitOfWork
from desktop.core.errors import PermissionDenied
from desktop.core.roles import Permission, can
from desktop.core.types import AuditReport


def record_event(uow: UnitOfWork, action: str, *, target_type: str | None = None,
                 target_id: str | None = None, details: dict | None = None) -> None:
    """Append one event for the unit of work's actor; kept only if the unit of work commits."""
    actor = uow.actor
    audit_repository.append_event(
        uow.session, occurred_at=clock.utc_now(), action=action, details=details or {},
        actor_user_id=getattr(actor, "user_id", None),
        actor_username=getattr(actor, "username", None),
        target_type=target_type, target_id=target_id,
    )


def deny(uow: UnitOfWork, action: str) -> None:
    """Audit a refusal in its own transaction (the caller's will roll back), then raise it."""
    with uow.sibling() as audit_uow:
        record_event(audit_uow, "permission_denied", details={"action": action})
        audit_uow.commit()
    role = getattr(uow.actor, "role", None) or "none"
    raise PermissionDenied(role=role, action=action)


def authorize(uow: UnitOfWork, permission: Permission) -> None:
    """Let the actor through if their role allows it; otherwise audit the refusal and raise."""
    if not can(uow.actor, permission):
        deny(uow, permission.value)


def verify_audit_trail(uow: UnitOfWork) -> AuditReport:
    """Walk the chain in order; report the first event whose hash or link does not hold."""
    authorize(uow, Permission.VERIFY_AUDIT)
    expected_prev, expected_seq, checked = audit_repository.GENESIS_HASH, 1, 0
    for event in audit_repository.iterate_events(uow.session):
        if event.seq != expected_seq:
            return AuditReport(checked, expected_seq, "an event is missing")
        if event.prev_hash != expected_prev:
            return AuditReport(checked, event.seq, "the link to the previous event is broken")
        if audit_repository.event_hash(event) != event.hash:
            return AuditReport(checked, event.seq, "the event's content was changed")
        expected_prev, expected_seq, checked = event.hash, expected_seq + 1, checked + 1
    return AuditReport(checked)
