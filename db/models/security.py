"""Security observation notes (Law 30/2023): the neighbourhood-watch log of incidents and tips.

There is deliberately no field for religion, ethnicity or political opinion.
"""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Syncable, live_index


class ObservationNote(Syncable, Base):
    """One observation or tip, and how it reached the commune police."""

    __tablename__ = "observation_note"
    __table_args__ = (UniqueConstraint("team_id", "year", "number"),
                      live_index("observation_note", "number", "year", "number"),
                      live_index("observation_note", "observed", "observed_at"),
                      live_index("observation_note", "status", "status"),
                      live_index("observation_note", "category", "category"),
                      )

    note_no: Mapped[str] = mapped_column(String(20), index=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32), index=True)
    about_violation: Mapped[bool] = mapped_column(Boolean)
    observed_at: Mapped[datetime] = mapped_column(index=True)
    hamlet_id: Mapped[str | None] = mapped_column(ForeignKey("hamlet.id"), index=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="")
    reported_to_police_at: Mapped[datetime | None]
    report_channel: Mapped[str | None] = mapped_column(String(16))
    reported_by: Mapped[str | None] = mapped_column(String(200))
    could_not_reach_reason: Mapped[str | None] = mapped_column(Text)
    confidentiality: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(16), index=True)
    police_feedback: Mapped[str] = mapped_column(Text, default="")
    police_confirmed_valuable: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
