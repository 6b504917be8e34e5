"""Export (team side): for each desk enrolled, everything it receives changed since its last
bundle, minimised by its profile, signed, encrypted to that desk alone, on that desk's chain.

What each desk receives is written in db/export_profiles.py; choosing the rows is
`collect_records`' job (R-REP-05, R-PRIV-04).
"""

import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db import clock
from db.export_profiles import (
    COMMUNE,
    DESKS,
    OLDER_POLICE_PROFILE,
    POLICE,
    PROFILES,
    ExportProfile,
)
from db.migrate import HEAD_REVISION
from db.models import ExportLog, Installation
from db.repositories import bundles as bundle_store
from db.repositories import cards
from db.repositories.changed_records import collect_records
from db.repositories.installation import get_installation
from db.repositories.withdrawn_records import withdrawn_records
from db.unit_of_work import Session, UnitOfWork
from desktop import __version__
from desktop.core.atomic import atomic_write_bytes
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.bundles import age_crypto, envelope, keys, outbox, payload
from desktop.core.collector import collector_paused
from desktop.core.errors import AppError, ExportNotCopied, InvalidInput
from desktop.core.mediation.team_register import register_figures
from desktop.core.monthly_report.periods import Month
from desktop.core.monthly_report.report import SUMMARY_PARTS, month_summary
from desktop.core.roles import Permission

log = logging.getLogger(__name__)
FILE_TAGS = keys.FILE_TAGS
NOT_ENROLLED = {POLICE: "enrol the commune police's card first",
                COMMUNE: "enrol the commune People's Committee's card first"}

@dataclass(frozen=True)
class ExportResult:
    """One bundle written. It holds the month's report (`period`) and every change recorded up
    to `changes_up_to` (Vietnam's wall-clock time) since the desk's previous bundle."""

    path: str
    seq: int
    record_counts: dict[str, int]
    sha256: str
    warnings: tuple[str, ...] = ()
    recipient: str = POLICE
    period: str = ""
    changes_up_to: datetime | None = None


def enrolled_desks(session: Session) -> list[str]:
    """The desks this team has a trusted card of, police first."""
    return [desk for desk in DESKS if cards.active_desk_cards(session, desk)]


def _recipients(session: Session, desk: str) -> list[str]:
    """The age recipients of the desk's trusted cards: one, since a new card replaces the old
    (keys.enrol_card); a team upgraded from when it could trust several police units may hold
    more, and each of them still opens its bundles."""
    found = [card.age_recipient for card in cards.active_desk_cards(session, desk)
             if card.age_recipient is not None]  # a receiver's card always names one
    if not found:
        raise InvalidInput(field="recipient", problem=NOT_ENROLLED[desk])
    return found


def _installation(session: Session) -> Installation:
    installation = get_installation(session)
    assert installation is not None  # an open workspace has its installation
    return installation


def _manifest(session: Session, seq: int, prev_hash: str, month: Month, profile: ExportProfile,
              recipients: list[str], records: list[dict], packed: bytes, jsonl: bytes,
              made_at: datetime) -> dict:
    counts: dict[str, int] = {}
    for record in records:
        counts[record["type"]] = counts.get(record["type"], 0) + 1
    return {
        "format": envelope.FORMAT, "schema_version": HEAD_REVISION, "app_version": __version__,
        "bundle_id": str(uuid.uuid4()), "team_id": _installation(session).own_team_id,
        "signer_key_id": envelope.key_id(bytes.fromhex(keys.own_public_key_hex(session))),
        "recipient_fprs": [age_crypto.recipient_fingerprint(r) for r in recipients], "seq": seq,
        "prev_bundle_sha256": prev_hash,
        "created_at": made_at.isoformat() + "Z", "period_from": str(month),
        "period_to": str(month), "record_counts": counts, "payload_encoding": "jsonl",
        "payload_compression": "zstd", "uncompressed_len": len(jsonl),
        "payload_len": len(packed), "payload_sha256": hashlib.sha256(packed).hexdigest(),
        "export_profile": profile.recipient}


def chain_file_for(chain_file: Path | None, desk: str) -> Path | None:
    """Where the end of a desk's chain is kept outside the database (the police's where it was
    before there were two desks)."""
    if chain_file is None or desk == POLICE:
        return chain_file
    return chain_file.with_name(f"{chain_file.stem}-{desk}{chain_file.suffix}")


def _chain_position(session: Session, desk: str, chain_file: Path | None
                    ) -> tuple[int, str, int, tuple[str, ...]]:
    """(seq, previous inner hash, changes already sent, warnings) for the desk's next bundle.

    The chain's end is also kept outside the database (`chain_file`): after a backup older than
    the last export was restored, the next bundle continues the chain the desk has seen instead
    of reusing a number (which the desk would refuse as a fork).
    """
    previous = bundle_store.last_export(session, desk)
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


def _records(session: Session, profile: ExportProfile, seq: int, after: int,
             month: Month) -> list[dict]:
    """The desk's records: its changes, then this month's summary (and register) as it sees them.
    Their version is the bundle number: a later export's copy wins, whatever order they arrive in."""
    team, now = _installation(session).own_team_id, clock.utc_now().isoformat()
    summary = month_summary(session, month)
    computed = [{"type": "report_summary", "id": f"{team}:{month}", "version": seq,
                 "updated_at": now, "body": summary | {
                     part: summary[part] if part in profile.summary_parts else {}
                     for part in SUMMARY_PARTS}}]
    if profile.register_figures:
        computed.append({"type": "register_figures", "id": f"{team}:register", "version": seq,
                         "updated_at": now, "body": register_figures(session, clock.today())})
    previous = bundle_store.last_export(session, profile.recipient)
    older_police = previous is not None and previous.profile == OLDER_POLICE_PROFILE
    with collector_paused():  # a first export shapes a dict per row of every table
        return (collect_records(session, after, profile)
                + withdrawn_records(session, after, profile, older_police) + computed)


def _seal(session: Session, desk: str, month: Month, chain_file: Path | None
          ) -> tuple[ExportLog, dict, tuple[str, ...]]:
    """The desk's next bundle, built, signed and encrypted, not yet stored."""
    profile, recipients = PROFILES[desk], _recipients(session, desk)
    seq, prev_hash, after, warnings = _chain_position(session, desk, chain_file)
    # What the bundle says it covers: changes recorded up to this moment (docs/bundle-format.md).
    made_at = clock.utc_now()
    records = _records(session, profile, seq, after, month)
    jsonl = payload.encode_records(records)
    packed = payload.compress(jsonl)
    manifest = _manifest(session, seq, prev_hash, month, profile, recipients, records, packed,
                         jsonl, made_at)
    inner = envelope.build_inner(manifest, packed, keys.signing_key(session))
    sealed = age_crypto.encrypt(inner, recipients)
    name = f"{_installation(session).commune_code}-{month}-{FILE_TAGS[desk]}-{seq}.tqb"
    return ExportLog(
        recipient=desk, seq=seq, profile=profile.recipient, period=str(month), created_at=made_at,
        inner_sha256=hashlib.sha256(inner).hexdigest(),
        bundle_sha256=hashlib.sha256(sealed).hexdigest(),
        up_to_change_seq=bundle_store.last_change_seq(session), file_name=name,
        ciphertext=sealed, record_counts=json.dumps(manifest["record_counts"])), manifest, warnings


def _keep_in_outbox(uow: UnitOfWork, desk: str, month: Month, chain_file: Path | None
                    ) -> tuple[ExportLog, dict, tuple[str, ...]]:
    """Seal the desk's next bundle and keep it in the outbox: its number is burnt from here."""
    row, manifest, warnings = _seal(uow.session, desk, month, chain_file)
    bundle_store.add_export(uow.session, row)
    record_event(uow, AuditAction.BUNDLE_EXPORTED, details={
        "recipient": desk, "seq": row.seq, "records": sum(manifest["record_counts"].values())})
    uow.commit()  # in the outbox before any file exists
    log.info("bundle %s %d exported: %d bytes", desk, row.seq, len(row.ciphertext))
    if chain_file is not None:
        atomic_write_bytes(Path(chain_file), json.dumps(
            {"seq": row.seq, "inner_sha256": row.inner_sha256}).encode())
    return row, manifest, warnings


def export_bundles(uow: UnitOfWork, *, month: Month, out_dir: Path, chain_file: Path | None = None,
                   to: str | None = None) -> tuple[ExportResult, ...]:
    """One bundle for each enrolled desk (or for `to` alone), each kept in the outbox first,
    then written into `out_dir`, read back and compared."""
    authorize(uow, Permission.EXPORT_BUNDLES)
    if to is not None and to not in DESKS:
        raise InvalidInput(field="recipient", problem="not one of: " + ", ".join(DESKS))
    desks = [to] if to else enrolled_desks(uow.session)
    if not desks:
        raise InvalidInput(field="recipient", problem="enrol the card of the commune police or "
                                                      "of the commune People's Committee first")
    # Each desk's bundle is kept, then written, before the next is made: a failure making one
    # leaves every earlier one on the stick, and a stick that refuses one still gets the others.
    results, failed = [], []
    for desk in desks:
        row, manifest, warnings = _keep_in_outbox(uow, desk, month, chain_file_for(chain_file, desk))
        try:
            path = outbox.write_and_check(Path(out_dir), row.file_name, row.ciphertext)
        except AppError as error:
            failed.append((row, error))
            continue
        outbox.mark_copied(uow, desk, row.seq)
        results.append(ExportResult(str(path), row.seq, manifest["record_counts"],
                                    row.bundle_sha256, warnings, desk, row.period,
                                    clock.local_time_of(row.created_at)))
    if failed:
        row, refusal = failed[0]
        raise ExportNotCopied(seq=row.seq, recipient=row.recipient,
                              reason=refusal.message) from refusal
    return tuple(results)


def export_bundle(uow: UnitOfWork, *, month: Month, out_dir: Path, chain_file: Path | None = None,
                  to: str = POLICE) -> ExportResult:
    """The next bundle for one desk (the police unless `to` says otherwise)."""
    return export_bundles(uow, month=month, out_dir=out_dir, chain_file=chain_file, to=to)[0]
