"""Receipts: a desk signs what it holds of a team's chain to it; the team learns what arrived.

A receipt file is a JSON document `{"format", "body", "signature"}`: `body` is a string of
compact, sorted JSON and `signature` the hex Ed25519 signature over "tuquan-receipt/1\\0" + body
(UTF-8), made with the unit's signing key (its card). Only the signed body is read.
"""

import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from db import clock
from db.export_profiles import POLICE
from db.models import EnrolledCard, ExportLog, Installation
from db.repositories import bundles as bundle_store
from db.repositories import cards
from db.repositories.installation import get_installation
from db.unit_of_work import Session, UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.bundles import keys
from desktop.core.bundles.completeness import last_unbroken_seq
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.roles import MODE_RECEIVER, MODE_TEAM, Permission

RECEIPT_FORMAT = "tuquan-receipt/1"
SIGNATURE_CONTEXT = b"tuquan-receipt/1\x00"
MAX_RECEIPT_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ReceiptSummary:
    recipient: str  # the desk that signed it: police or commune
    issued_at: str
    last_contiguous_seq: int
    received: tuple[int, ...]
    waiting_behind_gap: tuple[int, ...]
    missing: tuple[int, ...]  # exported here, not yet at the unit
    forks: tuple[int, ...]


def _installation(uow: UnitOfWork) -> Installation:
    installation = get_installation(uow.session)
    assert installation is not None  # an open workspace has its installation
    return installation


def _require_mode(uow: UnitOfWork, mode: str) -> None:
    if _installation(uow).mode != mode:
        raise InvalidInput(field="installation", problem="receipts are written by the police unit "
                                                         "and read by teams")


def _team_card(session: Session, team: str) -> EnrolledCard:
    card = cards.team_card_for(session, team)
    if card is None:
        raise NotFound(what="Team", name=team)
    return card


def write_receipt(uow: UnitOfWork, *, team: str) -> bytes:
    """The signed receipt for one team: every bundle held, its status, and refused forks."""
    authorize(uow, Permission.WRITE_RECEIPTS)
    _require_mode(uow, MODE_RECEIVER)
    card = _team_card(uow.session, team)
    bundles = bundle_store.received_bundles_of(uow.session, card.party_id)
    forks = sorted(bundle_store.fork_seqs(uow.session, card.party_id))
    body = {"unit_id": _installation(uow).installation_id, "team_id": card.party_id,
            "issued_at": clock.utc_now().isoformat() + "Z",
            "last_contiguous_seq": last_unbroken_seq({b.seq for b in bundles}),
            "bundles": [{"seq": b.seq, "inner_sha256": b.inner_sha256, "status": b.status}
                        for b in bundles], "forks": forks}
    body_text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    signature = keys.signing_key(uow.session).sign(SIGNATURE_CONTEXT + body_text.encode("utf-8"))
    record_event(uow, AuditAction.RECEIPT_WRITTEN, target_type="card", target_id=card.party_id,
                 details={"last_contiguous_seq": body["last_contiguous_seq"]})
    uow.commit()
    document = {"format": RECEIPT_FORMAT, "body": body_text, "signature": signature.hex()}
    return json.dumps(document, indent=1).encode("utf-8")


def _refuse(problem: str) -> InvalidInput:
    return InvalidInput(field="receipt", problem=problem)


def read_receipt_document(data: bytes) -> tuple[bytes, bytes]:
    """(signed body bytes, signature) of a receipt file; anything else is refused in one sentence."""
    try:
        if len(data) > MAX_RECEIPT_BYTES:
            raise ValueError
        document = json.loads(data.decode("utf-8"))
        body_text, signature = document["body"], bytes.fromhex(document["signature"])
        if document["format"] != RECEIPT_FORMAT or not isinstance(body_text, str) \
                or len(signature) != 64:
            raise ValueError
        body = body_text.encode("utf-8")  # a lone surrogate in the JSON fails here
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _refuse("not a TuQuan receipt") from None
    return body, signature


def _signed_body(session: Session, data: bytes) -> tuple[dict, str]:
    """The body and the desk that signed it, once the signature of an enrolled, unrevoked desk
    (the commune police or People's Committee) is checked."""
    body, signature = read_receipt_document(data)
    for card in cards.active_cards_of_kind(session, MODE_RECEIVER):
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(card.signing_public)).verify(
                signature, SIGNATURE_CONTEXT + body)
        except (InvalidSignature, ValueError):
            continue
        return _checked_body(json.loads(body)), card.receiver_kind or POLICE
    raise _refuse("it was not signed by a desk enrolled here, or it was altered")


def _checked_body(body: Any) -> dict:
    try:
        valid = (isinstance(body["team_id"], str) and isinstance(body["issued_at"], str)
                 and isinstance(body["last_contiguous_seq"], int)
                 and all(isinstance(b["seq"], int) and isinstance(b["inner_sha256"], str)
                         and b["status"] in ("imported", "gap") for b in body["bundles"])
                 and all(isinstance(seq, int) for seq in body["forks"]))
    except (KeyError, TypeError):
        valid = False
    if not valid:
        raise _refuse("its content has the wrong shape")
    return body


def import_receipt(uow: UnitOfWork, *, data: bytes) -> ReceiptSummary:
    """Mark each of the signing desk's exports with what it holds; an older receipt than the
    last one changes nothing."""
    authorize(uow, Permission.EXPORT_BUNDLES)
    _require_mode(uow, MODE_TEAM)
    body, desk = _signed_body(uow.session, data)
    if body["team_id"] != _installation(uow).own_team_id:
        raise _refuse("it was written for another team")
    held = {b["seq"]: b for b in body["bundles"]}
    exports = bundle_store.exports_oldest_first(uow.session, desk)
    for export in exports:
        if export.receipt_issued_at and export.receipt_issued_at > body["issued_at"]:
            continue
        export.receipt_status = _receipt_status(held.get(export.seq), export)
        export.receipt_issued_at = body["issued_at"]
    record_event(uow, AuditAction.RECEIPT_IMPORTED,
                 details={"recipient": desk, "last_contiguous_seq": body["last_contiguous_seq"]})
    result = _summary(body, exports, desk)
    uow.commit()
    return result


def _receipt_status(entry: dict | None, export: ExportLog) -> str | None:
    """received or gap when the unit holds this very bundle; None when it does not (yet)."""
    if entry is None or entry["inner_sha256"] != export.inner_sha256:
        return None
    return "received" if entry["status"] == "imported" else "gap"


def _summary(body: dict, exports: list[ExportLog], desk: str) -> ReceiptSummary:
    held = {b["seq"]: b["status"] for b in body["bundles"]}
    return ReceiptSummary(
        recipient=desk, issued_at=body["issued_at"], last_contiguous_seq=body["last_contiguous_seq"],
        received=tuple(seq for seq, status in held.items() if status == "imported"),
        waiting_behind_gap=tuple(seq for seq, status in held.items() if status == "gap"),
        missing=tuple(e.seq for e in exports if e.seq not in held),
        forks=tuple(body["forks"]))
