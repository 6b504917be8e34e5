"""The single row describing this installation: its mode and the team or police unit it serves."""

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db import clock
from db.models.base import Base


class Installation(Base):
    """Mode (team or receiver), identity and place of this installation; exactly one row."""

    __tablename__ = "installation"

    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    installation_id: Mapped[str] = mapped_column(String(36))
    mode: Mapped[str] = mapped_column(String(16))
    receiver_kind: Mapped[str | None] = mapped_column(String(16))  # a receiver: police or commune
    own_team_id: Mapped[str | None] = mapped_column(String(36))
    unit_name: Mapped[str | None] = mapped_column(String(200))
    commune_code: Mapped[str] = mapped_column(String(5))
    commune_name: Mapped[str] = mapped_column(String(200))
    province_code: Mapped[str] = mapped_column(String(2))
    province_name: Mapped[str] = mapped_column(String(200))
    admin_dataset_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=clock.utc_now)
