"""Encryption of bundles to the police unit's age X25519 recipients (pyrage), in memory.

Decryption happens into memory only: unverified plaintext never reaches a disk.
"""

import hashlib

import pyrage

from desktop.core.errors import BundleRejected

MAX_BUNDLE_BYTES = 300 * 1024 * 1024


def new_identity() -> tuple[str, str]:
    """(identity "AGE-SECRET-KEY-1…", recipient "age1…") for a receiver."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def recipient_fingerprint(recipient: str) -> str:
    """16 hex digits that name a recipient inside the signed manifest."""
    return hashlib.sha256(recipient.strip().encode("ascii")).hexdigest()[:16]


def encrypt(inner: bytes, recipients: list[str]) -> bytes:
    try:
        keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    except pyrage.RecipientError:
        raise BundleRejected(reason="a recipient key is not a valid age key") from None
    return pyrage.encrypt(inner, keys)


def decrypt(ciphertext: bytes, identity: str) -> bytes:
    """The inner bytes, or a rejection: wrong recipient, damage, truncation, not age at all."""
    if not 0 < len(ciphertext) <= MAX_BUNDLE_BYTES:
        raise BundleRejected(reason="the file is empty or too large")
    try:
        return pyrage.decrypt(ciphertext, [pyrage.x25519.Identity.from_str(identity)])
    except pyrage.DecryptError:
        raise BundleRejected(reason="it cannot be opened with this unit's key: it was made for "
                                    "another unit, or it is damaged or incomplete") from None
