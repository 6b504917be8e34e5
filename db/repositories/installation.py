"""Queries on the installation row, the team, and the record counts shown on the dashboard."""

from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.folding import fold_for_search
from db.models import AppUser, Hamlet, Installation, MediationCase, Member, Team


def get_installation(session: Session) -> Installation | None:
    """Return the single installation row, or None if the database was never initialised."""
    return session.get(Installation, 1)


def opened_installation(session: Session) -> Installation:
    """The installation row of an opened database (initialising one writes it first)."""
    installation = get_installation(session)
    assert installation is not None  # an opened database has its installation
    return installation


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


def get_hamlet(session: Session, hamlet_id: str) -> Hamlet | None:
    """The hamlet with this id, listed or not."""
    return session.get(Hamlet, hamlet_id)


def hamlet_names(session: Session) -> dict[str, str]:
    """{hamlet id: name} of every hamlet ever listed, so old cases keep theirs."""
    return {hamlet.id: hamlet.name for hamlet in session.query(Hamlet)}


def hamlet_name_keys(session: Session) -> set[str]:
    """The folded names of every hamlet ever listed."""
    return {hamlet.name_fold for hamlet in session.query(Hamlet)}


def live_hamlets(session: Session) -> list[Hamlet]:
    """Every hamlet not deleted, active or not, in storage order."""
    return list(session.query(Hamlet).filter(Hamlet.deleted_at.is_(None)))


def add_hamlet(session: Session, hamlet: Hamlet) -> None:
    """Add a hamlet to the local list (stored at the next flush)."""
    session.add(hamlet)


def store_hamlet(session: Session, hamlet: Hamlet) -> None:
    """Add a hamlet to the local list and store it at once, so that it has its id."""
    session.add(hamlet)
    session.flush()


def store_hamlets(session: Session, hamlets: list[Hamlet]) -> None:
    """Add hamlets to the local list and store them (with whatever else is pending) at once."""
    session.add_all(hamlets)
    session.flush()


def add_team(session: Session, team: Team) -> None:
    """Add the installation's own team (stored at the next flush)."""
    session.add(team)


def add_installation(session: Session, installation: Installation) -> None:
    """Add the single installation row (stored at the next flush)."""
    session.add(installation)


def schema_revision(session: Session) -> str:
    """The migration the database's schema is at."""
    return session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()


def record_counts(session: Session, month_first: date, month_last: date) -> dict[str, int]:
    """Count the live rows of each table the dashboard reports on, and this month's cases:
    received, and ended (each read on its own date index, over the month's rows only — a count
    over every case would read a large log book's pages into memory at each sign-in)."""
    counts: dict[str, int] = {}
    for name, model in (("hamlets", Hamlet), ("members", Member), ("users", AppUser)):
        counts[name] = session.execute(
            select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        ).scalar_one()
    live = MediationCase.deleted_at.is_(None)
    counts["cases_received_this_month"] = session.execute(select(func.count()).where(
        live, MediationCase.received_date.between(month_first, month_last))).scalar_one()
    counts["cases_ended_this_month"] = session.execute(select(func.count()).where(
        live, MediationCase.ended_on.between(month_first, month_last),
        MediationCase.status == "ENDED")).scalar_one()
    return counts


def find_hamlet(session: Session, name: str) -> Hamlet | None:
    """The live hamlet whose folded name is the folded `name`."""
    return session.scalars(select(Hamlet).where(Hamlet.name_fold == fold_for_search(name),
                                                Hamlet.deleted_at.is_(None))).first()
