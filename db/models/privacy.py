"""Privacy configuration kept with the data: how long each kind of record is kept."""

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.ids import utc_now
from db.models.base import Base


class RetentionRule(Base):
    """Months a closed record of one kind is kept before the purge removes it (R-PRIV-08)."""

    __tablename__ = "retention_rule"

    record_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    keep_months: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_by: Mapped[str | None] = mapped_column(String(36))
