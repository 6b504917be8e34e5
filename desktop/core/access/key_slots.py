"""Key slots (like LUKS): the database key wrapped once per password and once for the recovery code.

`keyslots.json` holds, per slot, a header (slot id, kind, a salted hash of the login name,
Argon2id parameters) and the 32-byte database key sealed with AES-256-GCM, the header being
the associated data. Changing a password re-wraps one slot; the database is never re-encrypted.
One more slot, if the leader split one, opens with k of n recovery shares (access/shares.py).
"""

import base64
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.core.access.kdf import KdfParams, derive_key
from desktop.core.atomic import atomic_write_bytes

FORMAT = "tuquan-keyslots/1"
KIND_PASSWORD = "password"
KIND_RECOVERY = "recovery"
KIND_SHARES = "shares"  # opened by k of n recovery shares (access/shares.py)
MAX_FILE_BYTES = 1024 * 1024
# Each recovery or shares slot is tried on every attempt: a file (a backup from a stick may be
# hostile) with thousands would make one attempt last hours.
MAX_SLOTS_TRIED_TOGETHER = 4


class WrongSecret(Exception):
    """No slot opens with the given name and secret."""


class KeySlotFileInvalid(Exception):
    """The key slot file is unreadable or not a TuQuan key slot file."""


def _canonical(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass
class KeySlot:
    """One wrapped copy of the database key."""

    header: dict
    nonce: bytes
    wrapped_key: bytes

    @property
    def slot_id(self) -> str:
        return self.header["slot_id"]

    def to_json(self) -> dict:
        return {"header": self.header, "nonce": base64.b64encode(self.nonce).decode(),
                "wrapped_key": base64.b64encode(self.wrapped_key).decode()}

    @classmethod
    def from_json(cls, data: dict) -> "KeySlot":
        return cls(data["header"], base64.b64decode(data["nonce"]),
                   base64.b64decode(data["wrapped_key"]))


def seal_slot(database_key: bytes, secret: str, header: dict) -> KeySlot:
    """Wrap the database key under a key derived from `secret`; the header is authenticated."""
    kek = derive_key(secret, KdfParams.from_json(header["kdf"]))
    nonce = os.urandom(12)
    return KeySlot(header, nonce, AESGCM(kek).encrypt(nonce, database_key, _canonical(header)))


def open_slot(slot: KeySlot, secret: str) -> bytes:
    """Return the database key if `secret` opens this slot; raise WrongSecret otherwise."""
    kek = derive_key(secret, KdfParams.from_json(slot.header["kdf"]))
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, _canonical(slot.header))
    except InvalidTag as error:
        raise WrongSecret() from error


@dataclass
class KeySlotFile:
    """The whole key slot file: installation id, a salt for name hashes, and the slots."""

    installation_id: str
    name_salt: bytes
    slots: list[KeySlot] = field(default_factory=list)

    def name_hash(self, username: str) -> str:
        # Login names are not stored in clear beside the database: a salted hash finds the slot.
        return hashlib.sha256(self.name_salt + username.encode("utf-8")).hexdigest()

    def make_header(self, slot_id: str, kind: str, kdf: KdfParams, username: str | None) -> dict:
        return {"format": FORMAT, "installation_id": self.installation_id, "slot_id": slot_id,
                "kind": kind, "name_hash": self.name_hash(username) if username else None,
                "kdf": kdf.to_json()}

    def find(self, slot_id: str) -> KeySlot | None:
        return next((slot for slot in self.slots if slot.slot_id == slot_id), None)

    def candidates(self, kind: str, username: str | None = None) -> list[KeySlot]:
        wanted = self.name_hash(username) if username else None
        return [slot for slot in self.slots
                if slot.header["kind"] == kind and slot.header["name_hash"] == wanted]

    def put(self, slot: KeySlot) -> None:
        """Add the slot, replacing any slot with the same id."""
        self.slots = [s for s in self.slots if s.slot_id != slot.slot_id] + [slot]

    def remove(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot_id]

    def to_bytes(self) -> bytes:
        document = {"format": FORMAT, "installation_id": self.installation_id,
                    "name_salt": self.name_salt.hex(),
                    "slots": [slot.to_json() for slot in self.slots]}
        return json.dumps(document, indent=1, sort_keys=True).encode("utf-8")


def unlock(slots: KeySlotFile, kind: str, secret: str, username: str | None = None
           ) -> tuple[bytes, KeySlot]:
    """Try every matching slot; return the database key and the slot that opened."""
    candidates = slots.candidates(kind, username)
    if not candidates and slots.slots:
        # Spend the same time as a real attempt, so timing does not tell which names exist.
        derive_key(secret, KdfParams.from_json(slots.slots[0].header["kdf"]))
    for slot in candidates:
        try:
            return open_slot(slot, secret), slot
        except WrongSecret:
            continue
    raise WrongSecret()


def load(path: Path) -> KeySlotFile:
    """Read and check the key slot file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise KeySlotFileInvalid(str(error)) from error
    return parse(raw)


def parse(raw: bytes) -> KeySlotFile:
    """Check a key slot file's bytes (the installation's, or a backup file's from a stick)
    within every bound before any slot is tried."""
    try:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("too large")
        document = json.loads(raw)
        if document.get("format") != FORMAT:
            raise ValueError("not a key slot file")
        slots = [KeySlot.from_json(item) for item in document["slots"]]
        for kind in (KIND_RECOVERY, KIND_SHARES):
            if sum(slot.header["kind"] == kind for slot in slots) > MAX_SLOTS_TRIED_TOGETHER:
                raise ValueError(f"too many {kind} slots")
        for slot in slots:
            KdfParams.from_json(slot.header["kdf"])  # within the bounds, before any is tried
        return KeySlotFile(document["installation_id"], bytes.fromhex(document["name_salt"]),
                           slots)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeySlotFileInvalid(str(error)) from error


def save(path: Path, slots: KeySlotFile) -> None:
    """Write the file atomically (the old one stays whole until the new one is durable), then
    the spare copy read if the file is ever damaged. The spare is the new file, never the old:
    the old slots would still open with a password, code or shares just revoked."""
    data = slots.to_bytes()
    atomic_write_bytes(path, data)
    atomic_write_bytes(path.with_suffix(".json.bak"), data)
