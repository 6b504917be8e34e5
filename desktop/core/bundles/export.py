"""Export (team side): everything changed since the last export, minimised, signed, encrypted.

Export profile "minimised" (R-PRIV-04): a case that was not escalated travels without party
identities or free text; escalated cases travel in full; notes reported to the police travel in
full (without the name of a protected source), others as bare counts; figures always travel.
"""

import functools
import hashlib
import heapq
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import exists, select, text
from sqlalchemy.sql import sqltypes

from db.ids import utc_now
from db.migrate import HEAD_REVISION
from db.models import (
    CaseParty,
    EnrolledCard,
    ExportLog,
    Hamlet,
    MediationCase,
    MonthlyFigure,
    ObservationNote,
    Team,
)
from db.repositories.installation import get_installation
from desktop import __version__
from desktop.core.atomic import atomic_write_bytes
from desktop.core.audit import authorize, record_event
from desktop.core.bundles import age_crypto, envelope, keys, outbox, payload
from desktop.core.collector import collector_paused
from desktop.core.errors import AppError, InvalidInput
from desktop.core.reporting.periods import Month
from desktop.core.reporting.report import month_summary
from desktop.core.roles import Permission

log = logging.getLogger(__name__)

CASE_FRAME = ("case_no", "year", "number", "received_date", "basis", "scope_category",
              "scope_check", "scope_checked_on", "status", "end_reason", "ended_on", "hamlet_id",
              "written_agreement_on", "parties_informed_of_recognition_on",
              "implementation_status", "risk_of_violence", "signs_of_violation")
NOTE_FRAME = ("note_no", "kind", "category", "about_violation", "observed_at", "hamlet_id",
              "status", "police_confirmed_valuable")
LOCAL_ONLY = ("first_party_sort_key", "sort_key", "legal_hold", "change_seq", "created_by",
              "updated_by")


class ExportNotCopied(AppError):
    template = ("Bundle {seq} was made and kept in the outbox, but writing it out failed: {reason} "
                "Write it again later (\"Write again\", or `tuquan outbox write {seq} --out DIR`).")


@dataclass(frozen=True)
class ExportResult:
    path: str
    seq: int
    record_counts: dict[str, int]
    sha256: str
    warnings: tuple[str, ...] = ()


def _value(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else value


@functools.cache
def _shape(table, only: tuple[str, ...] | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The columns a record's body carries, and which of them hold dates or times."""
    names = only or tuple(c.key for c in table.columns if c.key not in LOCAL_ONLY)
    moments = tuple(name for name in names
                    if isinstance(table.c[name].type, (sqltypes.Date, sqltypes.DateTime)))
    return names, moments


def _body(table, row, only: tuple[str, ...] | None = None) -> dict:
    # Only the date and time columns are converted: a first export shapes millions of values.
    names, moments = _shape(table, only)
    body = {name: row[name] for name in names}
    for name in moments:
        if body[name] is not None:
            body[name] = body[name].isoformat()
    return body


def _record(kind: str, table, row, body: dict) -> dict:
    if row["deleted_at"] is not None:
        kind, body = "tombstone", {"table": table.name}
    return {"type": kind, "id": row["id"], "version": row["version"],
            "updated_at": _value(row["updated_at"]), "body": body}


def _changed(session, model, after: int, *conditions):
    """Rows (as mappings, not ORM objects: a first export reads every row) changed after
    `after`, in change order."""
    table = model.__table__
    return session.execute(select(table).where(table.c.change_seq > after, *conditions)
                           .order_by(table.c.change_seq)).mappings()


def _records(session, kind: str, model, after: int, *conditions) -> list[dict]:
    table = model.__table__
    return [_record(kind, table, row, _body(table, row))
            for row in _changed(session, model, after, *conditions)]


def _case_records(session, after: int) -> list[dict]:
    """Cases changed after `after`, in change order: an escalated case in full, any other as
    its frame (R-PRIV-04), each read with only the columns it carries: most cases are not
    escalated, and their text would be read and decoded only to be dropped."""
    cases = MediationCase.__table__
    escalated = cases.c.risk_of_violence | cases.c.signs_of_violation
    full = _changed(session, MediationCase, after, escalated)
    columns = dict.fromkeys(("id", "version", "updated_at", "deleted_at", "change_seq")
                            + CASE_FRAME)
    framed = session.execute(select(*(cases.c[name] for name in columns)).where(
        cases.c.change_seq > after, ~escalated).order_by(cases.c.change_seq)).mappings()
    return [_record("mediation_case", cases, case, _body(
                cases, case, None if case["risk_of_violence"] or case["signs_of_violation"]
                else CASE_FRAME))
            for case in heapq.merge(full, framed, key=lambda row: row["change_seq"])]


def collect_records(session, after: int) -> list[dict]:
    """Every syncable change after `after`, shaped by the minimised export profile."""
    records = _records(session, "team", Team, after) + _records(session, "hamlet", Hamlet, after)
    records += _case_records(session, after)
    # Parties travel only with an escalated case (R-PRIV-04): chosen in SQL, never loaded; a
    # month's changed parties each look up their case, rather than every case being read.
    escalated = exists().where(MediationCase.id == CaseParty.__table__.c.case_id,
                               MediationCase.risk_of_violence | MediationCase.signs_of_violation)
    records += _records(session, "case_party", CaseParty, after, escalated)
    notes = ObservationNote.__table__
    for note in _changed(session, ObservationNote, after):
        body = _body(notes, note, None if note["reported_to_police_at"] else NOTE_FRAME)
        if note["confidentiality"] == "SOURCE_PROTECTED":
            body.pop("reported_by", None)
        records.append(_record("observation_note", notes, note, body))
    return records + _records(session, "monthly_figure", MonthlyFigure, after)


def _recipients(session) -> list[str]:
    cards = session.scalars(select(EnrolledCard).where(
        EnrolledCard.card_kind == "receiver", EnrolledCard.revoked_at.is_(None))).all()
    if not cards:
        raise InvalidInput(field="police unit", problem="enrol the police unit's card first")
    return [card.age_recipient for card in cards]


def _manifest(session, seq, prev_hash, month, recipients, records, packed, jsonl) -> dict:
    counts: dict[str, int] = {}
    for record in records:
        counts[record["type"]] = counts.get(record["type"], 0) + 1
    return {
        "format": envelope.FORMAT, "schema_version": HEAD_REVISION, "app_version": __version__,
        "bundle_id": str(uuid.uuid4()), "team_id": get_installation(session).own_team_id,
        "signer_key_id": envelope.key_id(bytes.fromhex(keys.own_public_key_hex(session))),
        "recipient_fprs": [age_crypto.recipient_fingerprint(r) for r in recipients], "seq": seq,
        "prev_bundle_sha256": prev_hash,
        "created_at": utc_now().isoformat() + "Z", "period_from": str(month),
        "period_to": str(month), "record_counts": counts, "payload_encoding": "jsonl",
        "payload_compression": "zstd", "uncompressed_len": len(jsonl),
        "payload_len": len(packed), "payload_sha256": hashlib.sha256(packed).hexdigest(),
        "export_profile": "minimised"}


def _chain_position(session, chain_file: Path | None) -> tuple[int, str, int, tuple[str, ...]]:
    """(seq, previous inner hash, changes already sent, warnings) for the next bundle.

    The chain's end is also kept outside the database (`chain_file`): after a backup older than
    the last export was restored, the next bundle continues the chain the unit has seen instead
    of reusing a number (which the unit would refuse as a fork).
    """
    previous = session.scalars(select(ExportLog).order_by(ExportLog.seq.desc())).first()
    seq, prev_hash = (previous.seq, previous.inner_sha256) if previous else (0, "")
    after = previous.up_to_change_seq if previous else 0
    outside = read_chain_end(chain_file)
    if outside is not None and outside[0] > seq:
        return outside[0] + 1, outside[1], after, ("restored_backup_behind_exports",)
    return seq + 1, prev_hash, after, ()


def read_chain_end(chain_file: Path | None) -> tuple[int, str] | None:
    try:
        document = json.loads(Path(chain_file).read_text("utf-8"))
        return int(document["seq"]), str(document["inner_sha256"])
    except (TypeError, OSError, ValueError, KeyError):
        return None


def export_bundle(uow, *, month: Month, out_dir: Path, chain_file: Path | None = None
                  ) -> ExportResult:
    """Keep the next bundle in the outbox, then write it into `out_dir`, read back and compared."""
    authorize(uow, Permission.VIEW_ALL_CASES)
    session = uow.session
    recipients = _recipients(session)
    seq, prev_hash, after, warnings = _chain_position(session, chain_file)
    summary = month_summary(session, month)
    # The summary's version is the bundle number: a later export's summary of the same month wins,
    # whatever order the bundles arrive in.
    with collector_paused():  # a first export shapes a dict per row of every table
        records = collect_records(session, after) + [{
            "type": "report_summary", "id": f"{get_installation(session).own_team_id}:{month}",
            "version": seq, "updated_at": utc_now().isoformat(),
            "body": summary}]
        jsonl = payload.encode_records(records)
    packed = payload.compress(jsonl)
    manifest = _manifest(session, seq, prev_hash, month, recipients, records, packed, jsonl)
    inner = envelope.build_inner(manifest, packed, keys.signing_key(session))
    sealed = age_crypto.encrypt(inner, recipients)
    digest = hashlib.sha256(sealed).hexdigest()
    name = f"{get_installation(session).commune_code}-{month}-{seq}.tqb"
    session.add(ExportLog(seq=seq, period=str(month), inner_sha256=hashlib.sha256(inner).hexdigest(),
                          bundle_sha256=digest, up_to_change_seq=_max_change_seq(session),
                          file_name=name, ciphertext=sealed,
                          record_counts=json.dumps(manifest["record_counts"])))
    record_event(uow, "bundle_exported", details={"seq": seq, "records": len(records)})
    uow.commit()  # the bundle is in the outbox before any file exists: its number is now burnt
    log.info("bundle %d exported: %d records, %d bytes", seq, len(records), len(sealed))
    if chain_file is not None:
        atomic_write_bytes(Path(chain_file), json.dumps(
            {"seq": seq, "inner_sha256": hashlib.sha256(inner).hexdigest()}).encode())
    try:
        path = outbox.write_and_check(Path(out_dir), name, sealed)
    except AppError as error:
        raise ExportNotCopied(seq=seq, reason=error.message) from error
    outbox.mark_copied(uow, seq)
    return ExportResult(str(path), seq, manifest["record_counts"], digest, warnings)


def _max_change_seq(session) -> int:
    """The last change number handed out: the next export starts after it."""
    return session.execute(text("SELECT value FROM change_counter WHERE name = 'change'")).scalar()
