"""Queries on login accounts."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AppUser


def find_by_username(session: Session, username: str) -> AppUser | None:
    """Return the account with this login name (names are stored case-folded), if any."""
    return session.scalars(
        select(AppUser).where(AppUser.username == username, AppUser.deleted_at.is_(None))
    ).one_or_none()


def list_users(session: Session) -> list[AppUser]:
    """Return every account that is not deleted, by login name."""
    return list(
        session.scalars(
            select(AppUser).where(AppUser.deleted_at.is_(None)).order_by(AppUser.username)
        )
    )



def get_user(session: Session, user_id: str | None) -> AppUser | None:
    """The account with this id, deleted or not."""
    return session.get(AppUser, user_id)


def live_users(session: Session) -> list[AppUser]:
    """Every account that is not deleted, in storage order."""
    return list(session.scalars(select(AppUser).where(AppUser.deleted_at.is_(None))).all())


def store_user(session: Session, user: AppUser) -> None:
    """Add an account and store it at once, so that it has its id."""
    session.add(user)
    session.flush()
