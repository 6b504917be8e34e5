"""Recording audited actions and checking that the audit chain is unbroken.

Details hold identifiers and counts only, never names or case content.
"""

from db.ids import utc_now
from db.repositories import audit as audit_repository
from db.unit_of_work import UnitOfWork
from desktop.core.roles import Permission, require
from desktop.core.types import AuditReport


def record_event(uow: UnitOfWork, action: str, *, target_type: str | None = None,
                 target_id: str | None = None, details: dict | None = None) -> None:
    """Append one event for the unit of work's actor; kept only if the unit of work commits."""
    actor = uow.actor
    audit_repository.append_event(
        uow.session, occurred_at=utc_now(), action=action, details=details or {},
        actor_user_id=getattr(actor, "user_id", None),
        actor_username=getattr(actor, "username", None),
        target_type=target_type, target_id=target_id,
    )


def verify_audit_trail(uow: UnitOfWork) -> AuditReport:
    """Walk the chain in order; report the first event whose hash or link does not hold."""
    require(uow.actor, Permission.VERIFY_AUDIT)
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
