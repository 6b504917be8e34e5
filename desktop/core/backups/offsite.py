"""When the team's data last left the laptop: the last backup written to a stick, or the one
this installation was restored from."""

import json
from dataclasses import dataclass
from datetime import datetime

from db import clock
from db.repositories import audit as audit_repository
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize
from desktop.core.roles import Permission


@dataclass(frozen=True)
class OffsiteBackup:
    made_at: datetime  # on the installation's wall clock


def last_offsite_backup(uow: UnitOfWork) -> OffsiteBackup | None:
    """When the last backup that left the laptop was made (one this installation was restored
    from counts), or None if there never was one."""
    authorize(uow, Permission.VIEW_DASHBOARD)
    event = audit_repository.latest_event(uow.session, (
        AuditAction.OFFSITE_BACKUP_WRITTEN, AuditAction.INSTALLATION_RESTORED))
    if event is None:
        return None
    made = json.loads(event.details).get("made_at")
    return OffsiteBackup(clock.local_time_of(datetime.fromisoformat(made) if made
                                             else event.occurred_at))
