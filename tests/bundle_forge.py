"""Bundles made by hand, as a team's key in hostile hands could make them: any records, any
manifest, signed with that team's key and sealed to the police unit (tests only)."""

import hashlib
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.core.bundles import age_crypto, envelope, payload
from desktop.core.bundles.keys import CARD_FORMAT, Card

COMMUNE = "00004"


def signing_key_from(seed: str) -> Ed25519PrivateKey:
    """The same key every time for the same words (a corpus stays valid when regenerated)."""
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed.encode()).digest())


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


@dataclass
class Forger:
    """One team's key and chain: `seal` makes the next bundle; `accepted` moves the chain on."""

    team_id: str
    name: str
    key: Ed25519PrivateKey
    recipient: str
    seq: int = 0
    prev: str = ""
    last_inner: bytes = field(default=b"", repr=False)

    def card(self) -> Card:
        return Card(CARD_FORMAT, "team", self.team_id, self.name, COMMUNE, public_hex(self.key),
                    None)

    def seal(self, records: list[dict] | None = None, *, jsonl: bytes | None = None,
             packed: bytes | None = None, **manifest_changes) -> bytes:
        """The next bundle: `records` (or raw `jsonl`, or an already `packed` payload), its
        manifest changed as given."""
        jsonl = payload.encode_records(records or []) if jsonl is None else jsonl
        packed = payload.compress(jsonl) if packed is None else packed
        counts: dict[str, int] = {}
        for record in records or []:
            counts[record["type"]] = counts.get(record["type"], 0) + 1
        manifest = {
            "format": envelope.FORMAT, "schema_version": "0014", "app_version": "0.1.0",
            "bundle_id": f"{self.team_id}-{self.seq + 1}", "team_id": self.team_id,
            "signer_key_id": envelope.key_id(bytes.fromhex(public_hex(self.key))),
            "recipient_fprs": [age_crypto.recipient_fingerprint(self.recipient)],
            "seq": self.seq + 1, "prev_bundle_sha256": self.prev,
            "created_at": "2026-11-02T08:00:00Z", "period_from": "2026-10",
            "period_to": "2026-10", "record_counts": counts, "payload_encoding": "jsonl",
            "payload_compression": "zstd", "uncompressed_len": len(jsonl),
            "payload_len": len(packed), "payload_sha256": hashlib.sha256(packed).hexdigest(),
            "export_profile": "minimised"} | manifest_changes
        self.last_inner = envelope.build_inner(manifest, packed, self.key)
        return age_crypto.encrypt(self.last_inner, [self.recipient])

    def accepted(self) -> None:
        """The last sealed bundle was imported: the next one follows it."""
        self.seq += 1
        self.prev = hashlib.sha256(self.last_inner).hexdigest()


def case(team_id: str, case_id: str, number: int, version: int = 1, **changes) -> dict:
    body = {"id": case_id, "team_id": team_id, "case_no": f"HG-2026-{number:04d}", "year": 2026,
            "number": number, "received_date": "2026-10-05", "basis": "PARTY_REQUEST",
            "scope_category": "CIVIL", "scope_check": "IN_SCOPE", "status": "RECEIVED",
            "risk_of_violence": False, "signs_of_violation": False} | changes
    return {"type": "mediation_case", "id": case_id, "version": version,
            "updated_at": "2026-10-05T09:00:00", "body": body}


def summary(team_id: str, month: str = "2026-10", received: int = 1, version: int = 1) -> dict:
    from desktop.core.monthly_report.indicators import empty_indicators

    values = empty_indicators()
    values["mediation"]["received"] = received
    values["mediation"]["in_progress_end"] = received
    return {"type": "report_summary", "id": f"{team_id}:{month}", "version": version,
            "updated_at": "2026-11-01T08:00:00",
            "body": {"period_from": month, "period_to": month, **values}}
