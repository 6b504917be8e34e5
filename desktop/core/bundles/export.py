"""Export (team side): everything changed since the last export, minimised, signed, encrypted.

What travels, and in what shape (the "minimised" profile, R-PRIV-04), is `collect`'s job.
"""

import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from db import clock
from db.migrate import HEAD_REVISION
from db.models import ExportLog, Installation
from db.repositories import bundles as bundle_store
from db.repositories import cards
from db.repositories.changed_records import collect_records
from db.repositories.installation import get_installation
from db.unit_of_work import Session, UnitOfWork
from desktop import __version__
from desktop.core.atomic import atomic_write_bytes
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.bundles import age_crypto, envelope, keys, outbox, payload
from desktop.core.collector import collector_paused
from desktop.core.errors import AppError, ExportNotCopied, InvalidInput
from desktop.core.monthly_report.periods import Month
from desktop.core.monthly_report.report import month_summary
from desktop.core.roles import MODE_RECEIVER, Permission

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class ExportResult:
    path: str
    seq: int
    record_counts: dict[str, int]
    sha256: str
    warnings: tuple[str, ...] = ()


def _recipients(session: Session) -> list[str]:
    police = cards.active_cards_of_kind(session, MODE_RECEIVER)
    if not police:
        raise InvalidInput(field="police unit", problem="enrol the police unit's card first")
    recipients = []
    for card in police:
        assert card.age_recipient is not None  # a police unit's card always names one
        recipients.append(card.age_recipient)
    return recipients


def _installation(session: Session) -> Installation:
    installation = get_installation(session)
    assert installation is not None  # an open workspace has its installation
    return installation


def _manifest(session: Session, seq: int, prev_hash: str, month: Month, recipients: list[str],
              records: list[dict], packed: bytes, jsonl: bytes) -> dict:
    counts: dict[str, int] = {}
    for record in records:
        counts[record["type"]] = counts.get(record["type"], 0) + 1
    return {
        "format": envelope.FORMAT, "schema_version": HEAD_REVISION, "app_version": __version__,
        "bundle_id": str(uuid.uuid4()), "team_id": _installation(session).own_team_id,
        "signer_key_id": envelope.key_id(bytes.fromhex(keys.own_public_key_hex(session))),
        "recipient_fprs": [age_crypto.recipient_fingerprint(r) for r in recipients], "seq": seq,
        "prev_bundle_sha256": prev_hash,
        "created_at": clock.utc_now().isoformat() + "Z", "period_from": str(month),
        "period_to": str(month), "record_counts": counts, "payload_encoding": "jsonl",
        "payload_compression": "zstd", "uncompressed_len": len(jsonl),
        "payload_len": len(packed), "payload_sha256": hashlib.sha256(packed).hexdigest(),
        "export_profile": "minimised"}


def _chain_position(session: Session, chain_file: Path | None) -> tuple[int, str, int, tuple[str, ...]]:
    """(seq, previous inner hash, changes already sent, warnings) for the next bundle.

    The chain's end is also kept outside the database (`chain_file`): after a backup older than
    the last export was restored, the next bundle continues the chain the unit has seen instead
    of reusing a number (which the unit would refuse as a fork).
    """
    previous = bundle_store.last_export(session)
    seq, prev_hash = (previous.seq, previous.inner_sha256) if previous else (0, "")
    after = previous.up_to_change_seq if previous else 0
    outside = read_chain_end(chain_file)
    if outside is not None and outside[0] > seq:
        return outside[0] + 1, outside[1], after, ("restored_backup_behind_exports",)
    return seq + 1, prev_hash, after, ()


def read_chain_end(chain_file: Path | None) -> tuple[int, str] | None:
    if chain_file is None:
        return None
    try:
        document = json.loads(Path(chain_file).read_text("utf-8"))
        return int(document["seq"]), str(document["inner_sha256"])
    except (TypeError, OSError, ValueError, KeyError):
        return None


def export_bundle(uow: UnitOfWork, *, month: Month, out_dir: Path, chain_file: Path | None = None
                  ) -> ExportResult:
    """Keep the next bundle in the outbox, then write it into `out_dir`, read back and compared."""
    authorize(uow, Permission.EXPORT_BUNDLES)
    session = uow.session
    recipients = _recipients(session)
    seq, prev_hash, after, warnings = _chain_position(session, chain_file)
    summary = month_summary(session, month)
    # The summary's version is the bundle number: a later export's summary of the same month wins,
    # whatever order the bundles arrive in.
    with collector_paused():  # a first export shapes a dict per row of every table
        records = collect_records(session, after) + [{
            "type": "report_summary", "id": f"{_installation(session).own_team_id}:{month}",
            "version": seq, "updated_at": clock.utc_now().isoformat(),
            "body": summary}]
        jsonl = payload.encode_records(records)
    packed = payload.compress(jsonl)
    manifest = _manifest(session, seq, prev_hash, month, recipients, records, packed, jsonl)
    inner = envelope.build_inner(manifest, packed, keys.signing_key(session))
    sealed = age_crypto.encrypt(inner, recipients)
    digest = hashlib.sha256(sealed).hexdigest()
    name = f"{_installation(session).commune_code}-{month}-{seq}.tqb"
    bundle_store.add_export(session, ExportLog(
        seq=seq, period=str(month), inner_sha256=hashlib.sha256(inner).hexdigest(),
        bundle_sha256=digest, up_to_change_seq=bundle_store.last_change_seq(session),
        file_name=name, ciphertext=sealed, record_counts=json.dumps(manifest["record_counts"])))
    record_event(uow, AuditAction.BUNDLE_EXPORTED, details={"seq": seq, "records": len(records)})
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

