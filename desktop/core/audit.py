"""Recording audited actions and checking that the audit chain is unbroken.

Details hold identifiers and counts only, never names or case content.
"""

from enum import StrEnum

from db import clock
from db.repositories import audit as audit_repository
from db.unit_of_work import UnitOfWork
from desktop.core.errors import PermissionDenied
from desktop.core.roles import Permission, can
from desktop.core.types import AuditReport


class AuditAction(StrEnum):
    """Every action the audit trail records, by the name stored with the event."""

    AGREEMENT_EXPORTED = "agreement_exported"
    BACKUP_RESTORED = "backup_restored"
    BREACH_NOTIFIED = "breach_notified"
    BREACH_RECORDED = "breach_recorded"
    BUNDLE_COPIED = "bundle_copied"
    BUNDLE_EXPORTED = "bundle_exported"
    BUNDLE_FORK = "bundle_fork"
    BUNDLE_IMPORTED = "bundle_imported"
    CARD_ENROLLED = "card_enrolled"
    CARD_REPLACED = "card_replaced"
    CARD_REVOKED = "card_revoked"
    CASE_AMENDED = "case_amended"
    CASE_CREATED = "case_created"
    CASE_ENDED = "case_ended"
    CASE_SCOPE_CHECKED = "case_scope_checked"
    CASE_UPDATED = "case_updated"
    CASE_VIEWED = "case_viewed"
    CASES_LOADED = "cases_loaded"
    CONSENT_RECORDED = "consent_recorded"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    DATABASE_KEY_ROTATED = "database_key_rotated"
    DEMO_DATA_GENERATED = "demo_data_generated"
    ESCALATED_LIST_VIEWED = "escalated_list_viewed"
    FIGURES_SET = "figures_set"
    FOLLOWUP_RECORDED = "followup_recorded"
    IDENTITY_EXPORTED = "identity_exported"
    INSTALLATION_CREATED = "installation_created"
    INSTALLATION_RESTORED = "installation_restored"
    LEADER_HANDED_OVER = "leader_handed_over"
    LEGAL_HOLD_SET = "legal_hold_set"
    LEGAL_HOLD_RELEASED = "legal_hold_released"
    LOGBOOK_EXPORTED = "logbook_exported"
    MEDIATOR_ASSIGNED = "mediator_assigned"
    MEDIATOR_REPLACED = "mediator_replaced"
    MEMBER_ADDED = "member_added"
    MEMBER_CHANGED = "member_changed"
    MEMBER_ENDED = "member_ended"
    MONTH_CLOSED = "month_closed"
    NOTE_CREATED = "note_created"
    NOTE_UPDATED = "note_updated"
    NOTE_VIEWED = "note_viewed"
    OFFSITE_BACKUP_WRITTEN = "offsite_backup_written"
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET = "password_reset"
    PERMISSION_DENIED = "permission_denied"
    POLICE_UNIT_SET = "police_unit_set"
    REGISTER_FIGURE_SET = "register_figure_set"
    PROCESSING_REGISTER_EXPORTED = "processing_register_exported"
    PROLONGED_AFTER_SET = "prolonged_after_set"
    RECEIPT_IMPORTED = "receipt_imported"
    RECEIPT_WRITTEN = "receipt_written"
    RECOGNITION_NOTICE_RECORDED = "recognition_notice_recorded"
    RECORDS_PURGED = "records_purged"
    RECOVERY_CODE_REISSUED = "recovery_code_reissued"
    RECOVERY_SHARES_SPLIT = "recovery_shares_split"
    RECOVERY_SHARES_USED = "recovery_shares_used"
    RETENTION_CHANGED = "retention_changed"
    SESSION_RECORDED = "session_recorded"
    SIGNED_IN = "signed_in"
    SUBJECT_ANONYMISED = "subject_anonymised"
    SUBJECT_EXPORTED = "subject_exported"
    SUBJECT_REQUEST_CLOSED = "subject_request_closed"
    SUBJECT_REQUEST_OPENED = "subject_request_opened"
    UNLOCK_FAILED = "unlock_failed"
    USER_ADDED = "user_added"
    USER_DISABLED = "user_disabled"
    VOLUME_CLOSED = "volume_closed"
    VOLUME_OPENED = "volume_opened"
    WRITTEN_AGREEMENT_RECORDED = "written_agreement_recorded"


def record_event(uow: UnitOfWork, action: AuditAction, *, target_type: str | None = None,
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
        record_event(audit_uow, AuditAction.PERMISSION_DENIED, details={"action": action})
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
