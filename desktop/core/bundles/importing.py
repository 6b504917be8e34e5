"""Import (a desk: the commune police or People's Committee): fail closed, in the order of
DESIGN §6, one transaction per bundle.

size → decrypt in memory → envelope → signer enrolled for that team and not revoked →
signature and payload hash → addressed to this desk → format, schema and the desk's profile →
sequence (duplicate,
fork, gap, chain) → records applied and the bundle recorded together. A rejection changes nothing.
"""

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import orjson

from db import clock
from db.engine import bulk_writes
from db.errors import WriteConflict
from db.export_profiles import POLICE
from db.migrate import known_revisions
from db.models import BundleAlert, EnrolledCard, ReceivedBundle
from db.repositories import bundles as bundle_store
from db.repositories import cards as card_store
from db.repositories import own_keys
from db.repositories.installation import get_installation
from db.repositories.locks import hold_lock, team_chain
from db.repositories.received import foreign_held_ids, held_records
from db.repositories.received_writes import store_received, upsert_keeps_the_rules
from db.repositories.row_ids import refresh_planner_statistics
from db.repositories.search_index import merging_once
from db.unit_of_work import Session, UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.bundles import age_crypto, envelope
from desktop.core.bundles.completeness import MAX_SEQ_AHEAD, last_unbroken_seq
from desktop.core.bundles.keys import AGE_IDENTITY, read_bounded
from desktop.core.bundles.received_register import REGISTER_COLUMNS, register_values
from desktop.core.bundles.record_checks import (
    check_ownership,
    check_profile,
    desk_profile,
    read_records,
)
from desktop.core.data_folder.workspace import Workspace
from desktop.core.errors import AppError, BundleRejected
from desktop.core.logs import safe
from desktop.core.roles import Permission

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportResult:
    file: str
    status: str  # imported, duplicate, gap, rejected
    reason: str = ""
    team: str = ""
    seq: int | None = None
    period: str = ""
    record_counts: dict = field(default_factory=dict)
    # The bundle holds the changes the team recorded up to then (Vietnam's wall-clock time).
    changes_up_to: datetime | None = None


def changes_up_to(manifest: dict) -> datetime | None:
    """When the bundle was made, as the team's wall clock read: it holds every change recorded
    until then. Information only: a stamp that cannot be read is left out, never refused."""
    return clock.local_time_of_text(manifest.get("created_at"))


@dataclass(frozen=True)
class _Checked:
    inner_sha256: str
    manifest: dict
    records: list
    team: str
    held: dict  # {id: (team, version, row number)} of its records already held


def _check(session: Session, data: bytes) -> _Checked:
    identity = own_keys.own_key(session, AGE_IDENTITY)
    if identity is None:
        raise BundleRejected(reason="this installation is not a desk that receives bundles")
    inner = age_crypto.decrypt(data, identity.private_material)
    parsed = envelope.parse_inner(inner)
    manifest = parsed.manifest
    card = _signing_card(session, manifest)
    envelope.verify(parsed, bytes.fromhex(card.signing_public))
    if age_crypto.recipient_fingerprint(identity.public_material) not in manifest["recipient_fprs"]:
        raise BundleRejected(reason="it was addressed to another desk")
    if manifest["schema_version"] not in known_revisions():
        raise BundleRejected(reason="it comes from a newer version of TuQuan; update first")
    profile = desk_profile(manifest, _own_desk(session))
    records = read_records(parsed.payload, manifest)
    check_profile(session, manifest["team_id"], records, profile, manifest)
    held = check_ownership(session, manifest["team_id"], records)
    return _Checked(hashlib.sha256(inner).hexdigest(), manifest, records, card.name, held)


def _own_desk(session: Session) -> str:
    installation = get_installation(session)
    assert installation is not None  # an open workspace has its installation
    return installation.receiver_kind or POLICE


def _signing_card(session: Session, manifest: dict) -> EnrolledCard:
    """The team's card with the signing key; a key revoked anywhere signs nothing."""
    signers = card_store.team_cards_with_signer(session, manifest["signer_key_id"])
    card = next((c for c in signers if c.party_id == manifest["team_id"]), None)
    if card is None:
        raise BundleRejected(reason="it was signed by a key not enrolled for that team")
    if any(c.revoked_at is not None for c in signers):
        raise BundleRejected(reason="the team's key was revoked")
    return card


class _Fork(BundleRejected):
    """A signed bundle that contradicts the chain already received: refused, and remembered."""


def _sequence_status(session: Session, checked: _Checked) -> str:
    """duplicate, imported or gap; a fork or a broken chain is a rejection."""
    manifest = checked.manifest
    team, seq = manifest["team_id"], manifest["seq"]
    held = bundle_store.held_seqs(session, team)
    if seq > last_unbroken_seq(held) + MAX_SEQ_AHEAD:
        raise BundleRejected(reason=f"its number {seq} is implausibly far past the last bundle "
                                    "received from this team")
    same = bundle_store.received_bundle(session, team, seq)
    if same is not None:
        if same.inner_sha256 == checked.inner_sha256:
            return "duplicate"
        raise _Fork(reason=f"a different bundle number {seq} of this team was already "
                           "received (the team may have restored an old backup)")
    following = bundle_store.received_bundle(session, team, seq + 1)
    if following is not None and following.prev_sha256 not in (None, checked.inner_sha256):
        raise _Fork(reason=f"bundle number {seq + 1} of this team, already received, does not "
                           "follow this one (the team may have restored an old backup)")
    previous = bundle_store.received_bundle(session, team, seq - 1) if seq > 1 else None
    if previous is not None and previous.inner_sha256 != manifest["prev_bundle_sha256"]:
        raise _Fork(reason="it does not follow the previous bundle of this team")
    if seq == 1 or (previous is not None and previous.status == "imported"):
        return "imported"
    return "gap"


def _close_gaps(session: Session, team: str, seq: int) -> None:
    """Bundles that waited behind the one just imported now join the unbroken chain."""
    while (following := bundle_store.received_bundle(session, team, seq + 1)) is not None:
        if following.status != "gap":
            return
        following.status = "imported"
        seq += 1


def _remember_fork(uow: UnitOfWork, checked: _Checked) -> None:
    manifest = checked.manifest
    if bundle_store.alert_with_hash(uow.session, checked.inner_sha256) is None:
        bundle_store.add_alert(uow.session, BundleAlert(
            team_id=manifest["team_id"], seq=manifest["seq"], kind="fork",
            inner_sha256=checked.inner_sha256, period=manifest["period_to"]))
        record_event(uow, AuditAction.BUNDLE_FORK, details={"team_id": manifest["team_id"],
                                                  "seq": manifest["seq"]})
        uow.commit()


# Bodies are stored as sorted, compact JSON text. orjson writes it seven times faster than the
# standard library, the largest cost of an import after SQLite's own; it refuses what JSON
# cannot say exactly (an integer beyond 64 bits), which the standard library then writes.
_BODY_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def body_text(body: dict) -> str:
    """A received body as the JSON text stored with it."""
    try:
        return orjson.dumps(body, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    except orjson.JSONEncodeError:
        return _BODY_ENCODER.encode(body)


def _newest_per_id(records: list[dict]) -> dict[str, dict]:
    newest: dict[str, dict] = {}
    for record in records:
        held = newest.get(record["id"])
        if held is None or record["version"] >= held["version"]:
            newest[record["id"]] = record
    return newest


# A received record as stored: the record itself and the register's columns.
STORED_COLUMNS = ("id", "team_id", "type", "version", "updated_at", "body", *REGISTER_COLUMNS)


def apply_records(session: Session, team: str, records: list[dict], held: dict | None = None) -> None:
    """Upsert by id, the highest version winning, in bulk (not a statement per row); new rows
    are numbered for the register and its search index. Rows are built as tuples in the
    table's column order: an import makes hundreds of thousands of them. `held` is what the
    ownership check read of these ids ({id: (team, version, row number)}), if it did."""
    newest = _newest_per_id(records)
    if held is None:
        held = {} if upsert_keeps_the_rules(session) else held_records(session, list(newest))
    added, replaced = [], []
    for key, record in newest.items():
        kept = held.get(key)
        if kept is not None and kept[1] > record["version"]:
            continue  # an older copy of what is already here
        kind, body = record["type"], record["body"]
        row = (key, team, kind, record["version"], record["updated_at"], body_text(body),
               *register_values(kind, body))
        if kept is None:
            added.append(row)
        else:
            replaced.append((*row, kept[2]))
    written = store_received(session, STORED_COLUMNS, added, replaced)
    if written < len(added) + len(replaced):
        # Another team's import may have written one of these ids since the ownership check.
        foreign = set(foreign_held_ids(session, team, list(newest)))
        number = next((n for n, r in enumerate(records, start=1) if r["id"] in foreign), None)
        if number is not None:
            raise BundleRejected(reason=f"record {number} belongs to another team")


def import_bundle(uow: UnitOfWork, *, data: bytes, file_name: str, dry_run: bool = False) -> ImportResult:
    """Check one bundle and, unless it is a dry run or a duplicate, apply it in one transaction."""
    authorize(uow, Permission.IMPORT_BUNDLES)
    checked = None
    try:
        checked = _check(uow.session, data)
        if not dry_run:
            # Another officer importing the same team's next bundle waits for this one: each
            # then sees the other's place in the chain.
            hold_lock(uow.session, team_chain(checked.manifest["team_id"]))
        status = _sequence_status(uow.session, checked)
    except BundleRejected as error:
        if isinstance(error, _Fork) and not dry_run:
            assert checked is not None  # a fork is found once the bundle is checked
            _remember_fork(uow, checked)
        return ImportResult(file_name, "rejected", error.params["reason"])
    manifest = checked.manifest
    result = ImportResult(file_name, status, "", checked.team, manifest["seq"],
                          manifest["period_to"], manifest["record_counts"], changes_up_to(manifest))
    if dry_run or status == "duplicate":
        return result
    apply_records(uow.session, manifest["team_id"], checked.records, checked.held)
    bundle_store.add_received_bundle(uow.session, ReceivedBundle(
        team_id=manifest["team_id"], seq=manifest["seq"], inner_sha256=checked.inner_sha256,
        period=manifest["period_to"], status=status, prev_sha256=manifest["prev_bundle_sha256"]))
    if status == "imported":
        _close_gaps(uow.session, manifest["team_id"], manifest["seq"])
    record_event(uow, AuditAction.BUNDLE_IMPORTED, details={"team_id": manifest["team_id"],
                                                  "seq": manifest["seq"], "status": status})
    uow.commit()
    return result


BUNDLE_SUFFIX = ".tqb"


def bundle_files_in(folder: Path) -> list[Path]:
    """The bundle files directly inside `folder`, in name order (a stick's top level)."""
    return sorted(p for p in Path(folder).iterdir() if p.suffix == BUNDLE_SUFFIX and p.is_file())


def _import_file(workspace: Workspace, path: Path, dry_run: bool) -> ImportResult:
    """One file, whatever it holds: a rejection is this file's status, never the end of the
    others' import (an unforeseen error is logged by its kind and reported as one)."""
    try:
        data = read_bounded(path, age_crypto.MAX_BUNDLE_BYTES)
    except OSError as error:
        return ImportResult(str(path), "rejected", f"cannot be read: {error.strerror}")
    if not data:
        return ImportResult(str(path), "rejected", "the file is empty or too large")
    try:
        return _import_data(workspace, data, str(path), dry_run)
    except AppError:
        raise  # the installation's own trouble (a full disk): no later file would do better
    except Exception as error:  # noqa: BLE001  one file's unforeseen failure stays its own
        log.error("bundle file failed: %s", safe(type(error).__name__))
        return ImportResult(str(path), "rejected", f"it could not be read ({type(error).__name__})")


WRITE_ATTEMPTS = 5


def _import_data(workspace: Workspace, data: bytes, file_name: str, dry_run: bool) -> ImportResult:
    """One bundle's transaction. PostgreSQL may undo it for another officer's running at the
    same time (the same bundle, or the same rows): it is run again from the start, and then
    finds the other's work done (a duplicate, say)."""
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with workspace.unit_of_work() as uow:
                return import_bundle(uow, data=data, file_name=file_name, dry_run=dry_run)
        except WriteConflict:
            if attempt == WRITE_ATTEMPTS:
                raise
            log.info("bundle import undone by another at the same time; attempt %d", attempt + 1)
            time.sleep(0.02 * attempt)  # let the other transaction finish first
    raise AssertionError("unreachable: the last attempt returns or raises")


def import_files(workspace: Workspace, *, paths: list[Path], dry_run: bool = False,
                 progress: Callable[[int, int, ImportResult], None] | None = None
                 ) -> list[ImportResult]:
    """Import many files, one transaction per bundle; `progress(done, total, result)` after each."""
    results = []
    with bulk_writes(workspace.engine), merging_once(workspace.engine):
        for done, path in enumerate(paths, start=1):
            results.append(_import_file(workspace, path, dry_run))
            log.info("bundle file %d of %d: %s", done, len(paths), safe(results[-1].status))
            if progress is not None:
                progress(done, len(paths), results[-1])
    if not dry_run and any(r.status in ("imported", "gap") for r in results):
        with workspace.unit_of_work() as uow:
            refresh_planner_statistics(uow.session)
            uow.commit()
    return results
