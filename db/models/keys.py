"""This installation's own keys (inside the encrypted database) and the cards it has enrolled."""

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from db import clock
from db.ids import new_id
from db.models.base import Base


class InstallationKey(Base):
    """A private key of this installation: the team's signing key, the unit's age identity and
    receipt signing key. It never leaves the database except in a passphrase-protected export."""

    __tablename__ = "installation_key"

    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    private_material: Mapped[str] = mapped_column(Text)
    public_material: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=clock.utc_now)


class EnrolledCard(Base):
    """A counterpart's public card: a team at the police unit, the police unit at a team."""

    __tablename__ = "enrolled_card"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    card_kind: Mapped[str] = mapped_column(String(16))
    # Which upward desk a receiver's card is (police or commune); None on a team's card.
    receiver_kind: Mapped[str | None] = mapped_column(String(16))
    party_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(200))
    commune_code: Mapped[str] = mapped_column(String(5))
    signing_public: Mapped[str] = mapped_column(String(64))
    signer_key_id: Mapped[str] = mapped_column(String(16), index=True)
    age_recipient: Mapped[str | None] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(40))
    enrolled_at: Mapped[datetime] = mapped_column(default=clock.utc_now)
    revoked_at: Mapped[datetime | None]


class ExportLog(Base):
    """One exported bundle: its place in its desk's chain, and the encrypted bytes (the outbox)."""

    __tablename__ = "export_log"

    recipient: Mapped[str] = mapped_column(String(16), primary_key=True)  # police or commune
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    profile: Mapped[str] = mapped_column(String(16))  # what it held (db/export_profiles.py)
    period: Mapped[str] = mapped_column(String(7))
    created_at: Mapped[datetime] = mapped_column(default=clock.utc_now)
    inner_sha256: Mapped[str] = mapped_column(String(64))
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    up_to_change_seq: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(100))
    ciphertext: Mapped[bytes]
    record_counts: Mapped[str] = mapped_column(Text)
    copied_to_media_at: Mapped[datetime | None]
    # What the unit's latest receipt says of this bundle: received, gap, or None (not yet known).
    receipt_status: Mapped[str | None] = mapped_column(String(16))
    receipt_issued_at: Mapped[str | None] = mapped_column(String(40))


class ReceivedBundle(Base):
    """A bundle the police unit accepted (or keeps flagged as arriving after a gap)."""

    __tablename__ = "received_bundle"

    team_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    inner_sha256: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(7))
    status: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(default=clock.utc_now)
    # Kept so that a bundle arriving after a gap can be chained once the missing one comes.
    prev_sha256: Mapped[str | None] = mapped_column(String(64))


class BundleAlert(Base):
    """A bundle refused because it contradicts the chain already received (a fork): kept so the
    unit sees it in the completeness grid; its records were not applied."""

    __tablename__ = "bundle_alert"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    team_id: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    inner_sha256: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(7))
    seen_at: Mapped[datetime] = mapped_column(default=clock.utc_now)


class ReceivedRecord(Base):
    """A record as received from a team (minimised at the source); the highest version wins."""

    __tablename__ = "received_record"
    __table_args__ = tuple(
        Index(f"ix_received_record_register_{name}", *columns,
              sqlite_where=text("type = 'mediation_case'"))  # PostgreSQL: in the migration
        for name, columns in (("date", ("event_date", "reference")), ("team", ("team_id", "event_date")),
                              ("reference", ("reference",)), ("state", ("state", "event_date"))))

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    team_id: Mapped[str] = mapped_column(String(36), index=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int]
    updated_at: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text)
    # Numbered at import: what lazy lists and the search index key rows by (migration 0013).
    row_number: Mapped[int | None] = mapped_column(BigInteger, index=True, unique=True)
    # Read from the body at import, for the register of received cases.
    reference: Mapped[str | None] = mapped_column(String(40))
    event_date: Mapped[str | None] = mapped_column(String(10))
    category: Mapped[str | None] = mapped_column(String(40))
    state: Mapped[str | None] = mapped_column(String(20))
    escalated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    search_text: Mapped[str | None] = mapped_column(Text)
