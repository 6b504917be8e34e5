"""Queries on bundles: a team's outbox (its export log, a chain per desk) and what a desk
received of them (bundles by team and number, and the alerts of refused contradicting bundles)."""

from datetime import datetime

from sqlalchemy import Row, func, select, text
from sqlalchemy.orm import Session

from db.models import BundleAlert, ExportLog, ReceivedBundle


def exports_oldest_first(session: Session, recipient: str) -> list[ExportLog]:
    """One desk's exports, by number."""
    return list(session.scalars(select(ExportLog).where(ExportLog.recipient == recipient)
                                .order_by(ExportLog.seq)))


def exports_newest_first(session: Session) -> list[ExportLog]:
    """Every desk's exports, the newest first (by desk, then number, for the same moment)."""
    return list(session.scalars(select(ExportLog).order_by(
        ExportLog.created_at.desc(), ExportLog.recipient, ExportLog.seq.desc())))


def last_export(session: Session, recipient: str) -> ExportLog | None:
    """One desk's latest export: where its chain ends."""
    return session.scalars(select(ExportLog).where(ExportLog.recipient == recipient)
                           .order_by(ExportLog.seq.desc())).first()


def export_seqs_of_period(session: Session, recipient: str, period: str) -> list[int]:
    """The numbers of one desk's bundles made for a month ("YYYY-MM"), in order."""
    return list(session.scalars(select(ExportLog.seq).where(
        ExportLog.recipient == recipient, ExportLog.period == period).order_by(ExportLog.seq)))


def export_states(session: Session) -> list[Row]:
    """(desk, number, month, made at, copied at, receipt status) of every export, oldest first:
    what the outbox says was sent, without reading the bundles themselves."""
    return list(session.execute(select(
        ExportLog.recipient, ExportLog.seq, ExportLog.period, ExportLog.created_at,
        ExportLog.copied_to_media_at, ExportLog.receipt_status).order_by(ExportLog.created_at)))


def export_of(session: Session, recipient: str, seq: int) -> ExportLog | None:
    return session.get(ExportLog, (recipient, seq))


def add_export(session: Session, export: ExportLog) -> None:
    session.add(export)


def last_change_seq(session: Session) -> int:
    """The change number of the latest change to any record (what an export reads up to)."""
    return session.execute(text("SELECT value FROM change_counter WHERE name = 'change'")).scalar_one()


def received_bundle(session: Session, team_id: str, seq: int) -> ReceivedBundle | None:
    return session.get(ReceivedBundle, (team_id, seq))


def received_bundles_of(session: Session, team_id: str) -> list[ReceivedBundle]:
    """A team's bundles held here, by number."""
    return list(session.scalars(select(ReceivedBundle).where(ReceivedBundle.team_id == team_id)
                                .order_by(ReceivedBundle.seq)))


def held_seqs(session: Session, team_id: str) -> set[int]:
    """The numbers of a team's bundles held here."""
    return set(session.scalars(select(ReceivedBundle.seq).where(ReceivedBundle.team_id == team_id)))


def all_received_bundles(session: Session) -> list[ReceivedBundle]:
    return list(session.scalars(select(ReceivedBundle)))


def last_received_at(session: Session) -> datetime | None:
    """When the latest bundle held here arrived (None before the first)."""
    return session.scalar(select(func.max(ReceivedBundle.received_at)))


def add_received_bundle(session: Session, bundle: ReceivedBundle) -> None:
    session.add(bundle)


def all_alerts(session: Session) -> list[BundleAlert]:
    return list(session.scalars(select(BundleAlert)))


def fork_seqs(session: Session, team_id: str) -> set[int]:
    """The numbers of a team's contradicting bundles that were refused."""
    return set(session.scalars(select(BundleAlert.seq).where(BundleAlert.team_id == team_id)))


def alert_with_hash(session: Session, inner_sha256: str) -> BundleAlert | None:
    return session.scalars(select(BundleAlert).where(BundleAlert.inner_sha256 == inner_sha256)).first()


def add_alert(session: Session, alert: BundleAlert) -> None:
    session.add(alert)
