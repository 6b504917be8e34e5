"""The inner bytes of a bundle (format 1), built and parsed strictly; see docs/bundle-format.md.

    magic (8) | manifest_len u32 BE (4) | manifest JSON (M) | Ed25519 signature (64) | payload (P)

Only signed bytes are trusted: the parser checks lengths before allocating, the signature
before reading the payload, and the payload's length and SHA-256 against the manifest.
"""

import hashlib
import json
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.core.errors import BundleRejected

MAGIC = b"TQB\x00\x01\x00\r\n"
SIGNATURE_CONTEXT = b"tuquan-bundle/1\x00"
SIGNATURE_BYTES = 64
MAX_MANIFEST_BYTES = 65_536
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024
MAX_JSON_DEPTH = 8
MAX_SEQ = 2**53  # numbers every JSON reader keeps exactly

MANIFEST_TYPES = {
    "format": str, "schema_version": str, "app_version": str, "bundle_id": str, "team_id": str,
    "signer_key_id": str, "recipient_fprs": list, "seq": int, "prev_bundle_sha256": str,
    "created_at": str, "period_from": str, "period_to": str, "record_counts": dict,
    "payload_encoding": str, "payload_compression": str, "uncompressed_len": int,
    "payload_len": int, "payload_sha256": str, "export_profile": str,
}
FORMAT = "tuquan-bundle/1"


@dataclass(frozen=True)
class Envelope:
    manifest_bytes: bytes
    manifest: dict
    signature: bytes
    payload: bytes


def encode_manifest(manifest: dict) -> bytes:
    """Compact JSON with sorted keys: the exact bytes that are signed."""
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def sign_manifest(manifest_bytes: bytes, key: Ed25519PrivateKey) -> bytes:
    return key.sign(SIGNATURE_CONTEXT + manifest_bytes)


def build_inner(manifest: dict, payload: bytes, key: Ed25519PrivateKey) -> bytes:
    """Assemble and sign; the manifest must already describe `payload`."""
    manifest_bytes = encode_manifest(manifest)
    if not 1 <= len(manifest_bytes) <= MAX_MANIFEST_BYTES:
        raise BundleRejected(reason="the manifest is too large")
    return b"".join([MAGIC, struct.pack(">I", len(manifest_bytes)), manifest_bytes,
                     sign_manifest(manifest_bytes, key), payload])


def _depth(value: object, level: int = 0) -> int:
    if level > MAX_JSON_DEPTH:
        return level
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return max((_depth(child, level + 1) for child in children), default=level)


def _read_manifest(raw: bytes) -> dict:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected(reason="its description is not valid UTF-8 JSON") from None
    if not isinstance(manifest, dict) or _depth(manifest) > MAX_JSON_DEPTH:
        raise BundleRejected(reason="its description has the wrong shape")
    for name, kind in MANIFEST_TYPES.items():
        value = manifest.get(name)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise BundleRejected(reason=f"its description lacks a valid '{name}'")
    if not 1 <= manifest["seq"] <= MAX_SEQ:
        raise BundleRejected(reason="its description lacks a valid 'seq'")
    if manifest["format"] != FORMAT:
        raise BundleRejected(reason=f"format {manifest['format']!r} is not supported")
    return manifest


def parse_inner(data: bytes) -> Envelope:
    """Split the inner bytes; any deviation from the layout is a rejection, never a guess."""
    if len(data) < len(MAGIC) + 4 + 1 + SIGNATURE_BYTES or not data.startswith(MAGIC):
        raise BundleRejected(reason="it is not a TuQuan bundle (or it is damaged)")
    (manifest_len,) = struct.unpack(">I", data[8:12])
    if not 1 <= manifest_len <= MAX_MANIFEST_BYTES:
        raise BundleRejected(reason="its description has an impossible length")
    signature_end = 12 + manifest_len + SIGNATURE_BYTES
    if len(data) < signature_end:
        raise BundleRejected(reason="it is truncated")
    manifest_bytes = data[12:12 + manifest_len]
    manifest = _read_manifest(manifest_bytes)
    payload = data[signature_end:]
    if manifest["payload_len"] != len(payload) or len(payload) > MAX_PAYLOAD_BYTES:
        raise BundleRejected(reason="its content does not have the announced length")
    return Envelope(manifest_bytes, manifest, data[12 + manifest_len:signature_end], payload)


def verify(envelope: Envelope, public_key: bytes) -> None:
    """Signature over the exact manifest bytes, then the payload's hash."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            envelope.signature, SIGNATURE_CONTEXT + envelope.manifest_bytes)
    except (InvalidSignature, ValueError):
        raise BundleRejected(reason="the signature does not match the sending team's key") from None
    if hashlib.sha256(envelope.payload).hexdigest() != envelope.manifest["payload_sha256"]:
        raise BundleRejected(reason="its content was altered")


def key_id(public_key: bytes) -> str:
    """The first 16 hex digits of SHA-256 of the raw public key."""
    return hashlib.sha256(public_key).hexdigest()[:16]
