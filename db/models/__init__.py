"""SQLAlchemy models of every table; importing this package registers them all on `Base.metadata`."""

from db.models.audit import AuditEvent
from db.models.base import Base, ChangeCounter, Syncable
from db.models.installation import Installation
from db.models.mediation import CaseFollowup, CaseMediator, CaseParty, MediationCase, MediationSession
from db.models.team import Hamlet, Member, Team
from db.models.user import AppUser

__all__ = [
    "AppUser",
    "AuditEvent",
    "CaseFollowup",
    "CaseMediator",
    "CaseParty",
    "Base",
    "ChangeCounter",
    "Hamlet",
    "Installation",
    "MediationCase",
    "MediationSession",
    "Member",
    "Syncable",
    "Team",
]
