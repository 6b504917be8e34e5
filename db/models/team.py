"""The team, its local list of hamlets (thôn / tổ dân phố) and its member register."""

from datetime import date

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Syncable


class Team(Syncable, Base):
    """A tổ hòa giải or tổ bảo vệ ANTT, placed in a commune by code and name-at-entry."""

    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(200))
    commune_code: Mapped[str] = mapped_column(String(5))
    commune_name: Mapped[str] = mapped_column(String(200))
    province_code: Mapped[str] = mapped_column(String(2))
    province_name: Mapped[str] = mapped_column(String(200))
    admin_dataset_version: Mapped[str] = mapped_column(String(32))
    ethnic_minority_area: Mapped[bool] = mapped_column(Boolean, default=False)
    ethnic_minority_mediator_attested: Mapped[bool] = mapped_column(Boolean, default=False)
    # How many of the mediators are ethnic-minority people: a team-level count, never a mark on a
    # person (R-MED-11); it leaves the team only in the commune's register figures.
    ethnic_minority_mediators: Mapped[int | None] = mapped_column(Integer)
    police_unit_code: Mapped[str | None] = mapped_column(String(5))  # the supervising unit
    police_unit_name: Mapped[str | None] = mapped_column(String(200))
    # After how many days an open case counts as prolonged (Thông tư 124/2021/TT-BCA's
    # "kéo dài"); None is the default (mediation.disputes). The team's own: never sent.
    prolonged_after_days: Mapped[int | None] = mapped_column(Integer)


class Hamlet(Syncable, Base):
    """A thôn or tổ dân phố in the team's local list (not in any official code list)."""

    __tablename__ = "hamlet"

    name: Mapped[str] = mapped_column(String(200))
    name_fold: Mapped[str] = mapped_column(String(200), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Member(Syncable, Base):
    """A person on the team register: full name plus họ / đệm / tên, position and recognition."""

    __tablename__ = "member"

    full_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    name_fold: Mapped[str] = mapped_column(String(200), index=True)
    sort_key: Mapped[str] = mapped_column(String(400), index=True)
    position: Mapped[str] = mapped_column(String(32))
    gender: Mapped[str | None] = mapped_column(String(8))
    trained_on: Mapped[date | None]  # the mediation training last attended
    hamlet_id: Mapped[str | None] = mapped_column(ForeignKey("hamlet.id"))
    recognised_on: Mapped[date | None]
    recognition_decision: Mapped[str | None] = mapped_column(String(100))
    dismissed_on: Mapped[date | None]
    dismissal_reason: Mapped[str | None] = mapped_column(Text)
