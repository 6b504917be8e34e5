"""Privacy records kept with the data: retention, consents, subject requests, breaches."""

from datetime import date, datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db import clock
from db.models.base import Base, Syncable


class RetentionRule(Base):
    """Months a closed record of one kind is kept before the purge removes it (R-PRIV-08)."""

    __tablename__ = "retention_rule"

    record_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    keep_months: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(default=clock.utc_now)
    updated_by: Mapped[str | None] = mapped_column(String(36))


class Consent(Syncable, Base):
    """Consent of one person for named purposes, one tick each (R-PRIV-05). Never implied."""

    __tablename__ = "consent"

    subject_name: Mapped[str] = mapped_column(String(200))
    subject_name_fold: Mapped[str] = mapped_column(String(200), index=True)
    purposes: Mapped[str] = mapped_column(Text)  # JSON list of purpose codes
    scope: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(24))
    given_at: Mapped[datetime]
    sensitive_data: Mapped[bool] = mapped_column(Boolean, default=False)
    is_child: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_name: Mapped[str | None] = mapped_column(String(200))
    child_agreed: Mapped[bool | None] = mapped_column(Boolean)
    withdrawn_on: Mapped[date | None]


class SubjectRequest(Syncable, Base):
    """A request from a person about their data, with the day it is due (R-PRIV-06)."""

    __tablename__ = "subject_request"

    request_no: Mapped[str] = mapped_column(String(20), index=True)
    subject_name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[date]
    due_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None]


class Breach(Syncable, Base):
    """A personal-data breach; the authority must hear within 72 hours (R-PRIV-07)."""

    __tablename__ = "breach"

    detected_at: Mapped[datetime]
    description: Mapped[str] = mapped_column(Text)
    affected_records: Mapped[int] = mapped_column(Integer, default=0)
    data_categories: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    notified_at: Mapped[datetime | None]
