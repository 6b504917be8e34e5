"""Appending to and reading the hash-chained audit trail."""

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEvent
from db.repositories.locks import AUDIT_CHAIN, hold_lock

GENESIS_HASH = "0" * 64


def event_hash(event: AuditEvent) -> str:
    """Hash every column of the event except `hash` itself, in a fixed canonical form."""
    fields = {
        "seq": event.seq,
        "occurred_at": event.occurred_at.isoformat(timespec="microseconds"),
        "actor_user_id": event.actor_user_id,
        "actor_username": event.actor_username,
        "action": event.action,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "details": event.details,
        "prev_hash": event.prev_hash,
    }
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append_event(session: Session, *, occurred_at: datetime, action: str, details: dict,
                 actor_user_id: str | None = None, actor_username: str | None = None,
                 target_type: str | None = None, target_id: str | None = None) -> AuditEvent:
    """Add an event chained to the last one; the caller's transaction decides if it is kept."""
    # Two transactions reading the same last event would fork the chain: one appends at a time.
    hold_lock(session, AUDIT_CHAIN)
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    event = AuditEvent(
        seq=(last.seq + 1) if last else 1,
        occurred_at=occurred_at,
        actor_user_id=actor_user_id,
        actor_username=actor_username,
        action=action,
        target_type=target_type,
        target_id=target_id,
        details=json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
        prev_hash=last.hash if last else GENESIS_HASH,
    )
    event.hash = event_hash(event)
    session.add(event)
    session.flush()
    return event


def last_event_of(session: Session, action: str) -> AuditEvent | None:
    """The latest event of one kind (None if there was none)."""
    return session.scalars(select(AuditEvent).where(AuditEvent.action == action)
                           .order_by(AuditEvent.seq.desc()).limit(1)).first()


def iterate_events(session: Session, batch_size: int = 1000) -> Iterator[AuditEvent]:
    """Yield all events in sequence order, a batch at a time."""
    after = 0
    while True:
        batch = list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.seq > after)
                .order_by(AuditEvent.seq).limit(batch_size)
            )
        )
        if not batch:
            return
        yield from batch
        after = batch[-1].seq
        for event in batch:  # keep memory flat on long trails
            session.expunge(event)


def latest_event(session: Session, actions: Iterable[str]) -> AuditEvent | None:
    """The newest event of any of `actions`, or None."""
    return session.scalars(select(AuditEvent).where(AuditEvent.action.in_(list(actions)))
                           .order_by(AuditEvent.seq.desc()).limit(1)).first()


def first_event_time(session: Session) -> datetime | None:
    """When the trail began: the installation's creation."""
    return session.scalars(select(AuditEvent.occurred_at).order_by(AuditEvent.seq).limit(1)).first()
