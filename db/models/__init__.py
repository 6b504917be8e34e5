"""SQLAlchemy models of every table; importing this package registers them all on `Base.metadata`."""

from sqlalchemy.orm import configure_mappers

from db.models.audit import AuditEvent
from db.models.base import Base, ChangeCounter, Syncable
from db.models.installation import Installation
from db.models.keys import (
                             BundleAlert,
                             EnrolledCard,
                             ExportLog,
                             InstallationKey,
                             ReceivedBundle,
                             ReceivedRecord,
)
from db.models.mediation import (
                             CaseAmendment,
                             CaseFollowup,
                             CaseMediator,
                             CaseParty,
                             LogbookVolume,
                             MediationCase,
                             MediationSession,
)
from db.models.privacy import Breach, Consent, RetentionRule, SubjectRequest
from db.models.reporting import MonthClosure, MonthlyFigure
from db.models.security import ObservationNote
from db.models.team import Hamlet, Member, Team
from db.models.user import AppUser

__all__ = [
    "AppUser",
    "AuditEvent",
    "Breach",
    "CaseAmendment",
    "CaseFollowup",
    "CaseMediator",
    "CaseParty",
    "Base",
    "ChangeCounter",
    "Consent",
    "Hamlet",
    "EnrolledCard",
    "ExportLog",
    "Installation",
    "InstallationKey",
    "LogbookVolume",
    "MediationCase",
    "MediationSession",
    "Member",
    "BundleAlert",
    "ReceivedBundle",
    "ReceivedRecord",
    "MonthClosure",
    "MonthlyFigure",
    "ObservationNote",
    "RetentionRule",
    "SubjectRequest",
    "Syncable",
    "Team",
]


def configure_models() -> None:
    """Link the models' mappers now rather than at the first query (about 17 ms of one core):
    the window has it done while the password is typed, not after."""
    configure_mappers()
