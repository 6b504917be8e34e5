"""Monthly reporting: the figures entered by hand and the months a leader has closed."""

from datetime import date

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Syncable


class MonthlyFigure(Syncable, Base):
    """One hand-entered movement figure of one month (R-REP-02), e.g. patrols = 12."""

    __tablename__ = "monthly_figure"
    __table_args__ = (UniqueConstraint("team_id", "month", "name"),)

    month: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    name: Mapped[str] = mapped_column(String(40))
    value: Mapped[int] = mapped_column(Integer)


class MonthClosure(Syncable, Base):
    """A closed month: its figures as they were, so later changes show as amendments."""

    __tablename__ = "month_closure"
    __table_args__ = (UniqueConstraint("team_id", "month"),)

    month: Mapped[str] = mapped_column(String(7))
    closed_on: Mapped[date]
    snapshot: Mapped[str] = mapped_column(Text)  # the report's indicators as JSON
