"""Declarative base, the columns every syncable row carries, and the per-database change counter."""

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, LargeBinary, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db import clock
from db.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of all models; constraint names are fixed so batch migrations can find them."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(), bytes: LargeBinary()}


class Syncable:
    """Columns of every row that can travel in a bundle (DESIGN §3).

    `version` and `change_seq` are stamped by the unit of work at flush time, never by callers.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    team_id: Mapped[str | None] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=clock.utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock.utc_now)
    created_by: Mapped[str | None] = mapped_column(String(36))
    updated_by: Mapped[str | None] = mapped_column(String(36))
    deleted_at: Mapped[datetime | None]
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0, index=True)


class ChangeCounter(Base):
    """One counter per database; every change to a syncable row takes the next value."""

    __tablename__ = "change_counter"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


def live_index(table: str, name: str, *columns: str) -> Index:
    """An index over the rows not deleted, in one list order (a list never shows the others)."""
    # (The migration gives PostgreSQL the same condition; naming it here would load the
    # PostgreSQL dialect into every start.)
    return Index(f"ix_{table}_list_{name}", *columns, sqlite_where=text("deleted_at IS NULL"))
