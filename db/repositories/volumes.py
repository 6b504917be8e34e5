"""Queries on log-book volumes and the cases a volume or a year's log book holds."""

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import LogbookVolume, MediationCase


def list_volumes(session: Session, team_id: str | None) -> list[LogbookVolume]:
    """The team's volumes not deleted, by number."""
    return list(session.scalars(select(LogbookVolume).where(
        LogbookVolume.team_id == team_id, LogbookVolume.deleted_at.is_(None))
        .order_by(LogbookVolume.volume_no)))


def store_volume(session: Session, volume: LogbookVolume) -> None:
    """Add a volume and store it at once, so that it has its id."""
    session.add(volume)
    session.flush()


def count_unfinished_cases(session: Session, team_id: str | None, first: date, last: date,
                           finished: Iterable[str]) -> int:
    """How many of the team's live cases received between the two days are in no `finished`
    status."""
    return session.execute(select(func.count()).select_from(MediationCase).where(
        MediationCase.team_id == team_id, MediationCase.deleted_at.is_(None),
        MediationCase.received_date.between(first, last),
        MediationCase.status.not_in(list(finished)))).scalar_one()


def cases_received_between(session: Session, first: date, last: date) -> list[MediationCase]:
    """Live cases received between the two days, in order of receipt (a log book's rows)."""
    return list(session.scalars(select(MediationCase).where(
        MediationCase.received_date.between(first, last), MediationCase.deleted_at.is_(None))
        .order_by(MediationCase.received_date, MediationCase.year, MediationCase.number)).all())


def closed_volumes(session: Session) -> list[LogbookVolume]:
    """Every closed volume not deleted, of any team."""
    return list(session.scalars(select(LogbookVolume).where(
        LogbookVolume.closed_on.is_not(None), LogbookVolume.deleted_at.is_(None))))


def in_closed_volume(session: Session, team_id: str | None, received: date) -> bool:
    """Whether a case received on that day belongs to a closed log-book volume."""
    return session.execute(select(func.count()).select_from(LogbookVolume).where(
        LogbookVolume.team_id == team_id, LogbookVolume.deleted_at.is_(None),
        LogbookVolume.closed_on.is_not(None), LogbookVolume.opened_on <= received,
        LogbookVolume.closed_on >= received)).scalar_one() > 0
