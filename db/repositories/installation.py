"""Queries on the installation row, the team, and the record counts shown on the dashboard."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import AppUser, Hamlet, Installation, MediationCase, Member, Team

# A case whose mediation is over: ended (Law 35/2013 Art. 23) or found outside its scope.
ENDED_STATUSES = ("ENDED", "OUT_OF_SCOPE")


def get_installation(session: Session) -> Installation | None:
    """Return the single installation row, or None if the database was never initialised."""
    return session.get(Installation, 1)


def get_team(session: Session, team_id: str) -> Team | None:
    """Return the team with this id."""
    return session.get(Team, team_id)


def list_hamlets(session: Session) -> list[Hamlet]:
    """Return the active hamlets of the local list, by name key."""
    return list(
        session.scalars(
            select(Hamlet)
            .where(Hamlet.deleted_at.is_(None), Hamlet.active.is_(True))
            .order_by(Hamlet.name_fold)
        )
    )


def record_counts(session: Session) -> dict[str, int]:
    """Count the live rows of each table the dashboard reports on."""
    counts = {}
    for name, model in (("hamlets", Hamlet), ("members", Member), ("users", AppUser)):
        counts[name] = session.scalar(
            select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        )
    ended = MediationCase.status.in_(ENDED_STATUSES)
    open_cases, ended_cases = session.execute(
        select(func.count().filter(~ended), func.count().filter(ended))
        .where(MediationCase.deleted_at.is_(None))).one()
    counts["cases_open"], counts["cases_ended"] = open_cases or 0, ended_cases or 0
    return counts
