"""The team's outbox: every exported bundle stays (encrypted) in the database and can be written
again to another stick; each copy is read back from the stick and compared before it counts."""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db import clock
from db.export_profiles import DESKS, POLICE
from db.repositories import bundles as bundle_store
from db.repositories import cards
from db.unit_of_work import UnitOfWork
from desktop.core.atomic import atomic_write_bytes, sweep_orphans
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import AppError, CopyFailed, NotFound
from desktop.core.monthly_report.periods import Month
from desktop.core.roles import Permission


@dataclass(frozen=True)
class ExportEntry:
    recipient: str  # the desk: police or commune
    seq: int
    period: str
    created_at: str
    file_name: str
    records: int
    sha256: str
    copied_to_media_at: str | None
    receipt_status: str | None  # received, gap, or None: no receipt says it arrived
    receipt_issued_at: str | None  # when the desk wrote the receipt that said so
    # Vietnam's wall-clock times: the bundle holds the changes recorded up to the first.
    changes_up_to: datetime | None = None
    copied_at_local: datetime | None = None
    receipt_issued_local: datetime | None = None


@dataclass(frozen=True)
class MonthAlreadySent:
    """A desk that already has bundles of a month: another one would be its bundle
    `last_seq + 1`, holding what changed since its bundle `last_seq` (of `last_up_to`)."""

    recipient: str
    month_seqs: tuple[int, ...]
    last_seq: int
    last_up_to: datetime


def _free_name(folder: Path, name: str, data: bytes) -> Path | None:
    """The file name to write, or None when this very bundle is already there."""
    stem, suffix = name.rsplit(".", 1)
    for attempt in range(1, 100):
        path = folder / (name if attempt == 1 else f"{stem} ({attempt}).{suffix}")
        if not path.exists():
            return path
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return None
    raise CopyFailed(target=str(folder), reason="too many files of the same name")


def write_and_check(folder: Path, name: str, data: bytes) -> Path:
    """Write atomically, never over another file, then read the copy back and compare hashes."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sweep_orphans(folder)  # what an interrupted copy left behind on this stick
        path = _free_name(folder, name, data)
        if path is None:
            return folder / name
        atomic_write_bytes(path, data, mode=0o644)
        copied = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise CopyFailed(target=str(folder), reason=error.strerror or str(error)) from None
    if copied != hashlib.sha256(data).hexdigest():
        path.unlink(missing_ok=True)
        raise CopyFailed(target=str(folder), reason="what was read back differs")
    return path


def list_exports(uow: UnitOfWork) -> list[ExportEntry]:
    """The export history, newest first, with what each desk's receipts say."""
    authorize(uow, Permission.EXPORT_BUNDLES)
    rows = bundle_store.exports_newest_first(uow.session)
    return [ExportEntry(row.recipient, row.seq, row.period, row.created_at.isoformat(timespec="minutes"),
                        row.file_name, sum(json.loads(row.record_counts).values()),
                        row.bundle_sha256,
                        row.copied_to_media_at.isoformat(timespec="minutes")
                        if row.copied_to_media_at else None, row.receipt_status,
                        row.receipt_issued_at, clock.local_time_of(row.created_at),
                        clock.local_time_of(row.copied_to_media_at)
                        if row.copied_to_media_at else None,
                        clock.local_time_of_text(row.receipt_issued_at)
                        if row.receipt_issued_at else None)
            for row in rows]


def month_already_sent(uow: UnitOfWork, *, month: Month) -> tuple[MonthAlreadySent, ...]:
    """The enrolled desks that already have a bundle of `month`: exporting it again
    makes each a new bundle, to be asked for rather than made in silence."""
    authorize(uow, Permission.EXPORT_BUNDLES)
    sent = []
    for desk in DESKS:
        seqs = bundle_store.export_seqs_of_period(uow.session, desk, str(month))
        last = bundle_store.last_export(uow.session, desk)
        if seqs and last is not None and cards.active_desk_cards(uow.session, desk):
            sent.append(MonthAlreadySent(desk, tuple(seqs), last.seq,
                                         clock.local_time_of(last.created_at)))
    return tuple(sent)


def write_copy(uow: UnitOfWork, *, seq: int, out_dir: Path, recipient: str = POLICE) -> Path:
    """Write the desk's bundle `seq` from the outbox to `out_dir` (a stick), checked, and note
    the copy."""
    authorize(uow, Permission.EXPORT_BUNDLES)
    row = bundle_store.export_of(uow.session, recipient, seq)
    if row is None:
        raise NotFound(what="Bundle", name=str(seq))
    path = write_and_check(Path(out_dir), row.file_name, row.ciphertext)
    mark_copied(uow, recipient, seq)
    return path


def mark_copied(uow: UnitOfWork, recipient: str, seq: int) -> None:
    """Note a checked copy. Only a note: if the disk is too full to record it, the copy stands."""
    try:
        with uow.sibling() as note:
            row = bundle_store.export_of(note.session, recipient, seq)
            assert row is not None  # kept in the outbox before it was copied
            row.copied_to_media_at = clock.utc_now()
            record_event(note, AuditAction.BUNDLE_COPIED,
                         details={"recipient": recipient, "seq": seq})
            note.commit()
    except AppError:
        pass
