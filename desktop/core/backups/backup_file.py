"""The backup file that leaves the laptop (`.tqbackup`): the encrypted database copy, the key
slots that open it, and a sealed header saying what it holds, in one file (docs/security.md).

    size  field
    8     magic `TQBK` 0x00 0x01 `\\r\\n` (format major 1)
    4     slots length S, u32 big-endian, 1 … 1 MiB
    S     the key slot file (`tuquan-keyslots/1` JSON): the database key wrapped per password
          and for the recovery code
    12    nonce
    4     sealed header length H, u32 big-endian, 17 … 64 KiB
    H     the header (compact sorted JSON) sealed with AES-256-GCM under a key derived from the
          database key (HKDF-SHA256); associated data: every byte before the nonce
    8     database length D, u64 big-endian
    D     the SQLCipher database copy, encrypted with the database key as the database itself is
    32    SHA-256 of every byte before it

Nothing in it is readable without a password or the recovery code: the database key is never
in the file unwrapped. The trailing hash tells a damaged file before any secret is asked for;
the sealed header (which holds the database's own SHA-256) tells an altered one.
"""

import hashlib
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core.errors import BackupFileDamaged, NotABackupFile

FORMAT = "tuquan-backup/1"
MAGIC = b"TQBK\x00\x01\r\n"
SUFFIX = ".tqbackup"
MAX_SLOTS_BYTES = 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
NONCE_BYTES, TAG_BYTES, HASH_BYTES = 12, 16, 32
CHUNK_BYTES = 1024 * 1024
_HEADER_KEY_INFO = b"tuquan-backup/1 header"


@dataclass(frozen=True)
class Envelope:
    """A backup file whose trailing hash checked: its parts, the database not yet read."""

    path: Path
    slots: bytes
    prefix: bytes  # magic, slots length and slots: the header's associated data
    nonce: bytes
    sealed_header: bytes
    database_offset: int
    database_length: int
    database_sha256: str  # of the database part as read, in the same pass as the checksum


def header_key(database_key: bytes) -> bytes:
    """The header's own key: derived, so the database key itself never encrypts anything else."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_HEADER_KEY_INFO).derive(database_key)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    for chunk in _chunks(path, 0, path.stat().st_size):
        digest.update(chunk)
    return digest.hexdigest()


def _chunks(path: Path, offset: int, length: int) -> Iterator[bytes]:
    with open(path, "rb") as stream:
        stream.seek(offset)
        while length > 0:
            chunk = stream.read(min(CHUNK_BYTES, length))
            if not chunk:
                raise EOFError(path)
            length -= len(chunk)
            yield chunk


def write_backup(stream: BinaryIO, *, slots: bytes, header: dict, database_key: bytes,
                 database: Path) -> None:
    """Write the whole file to `stream`; `header` gets the database's length and SHA-256."""
    length = database.stat().st_size
    header = header | {"format": FORMAT, "database_length": length,
                       "database_sha256": file_sha256(database)}
    prefix = MAGIC + struct.pack(">I", len(slots)) + slots
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(header_key(database_key)).encrypt(
        nonce, json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8"), prefix)
    digest = hashlib.sha256()
    for part in (prefix, nonce, struct.pack(">I", len(sealed)), sealed, struct.pack(">Q", length)):
        digest.update(part)
        stream.write(part)
    for chunk in _chunks(database, 0, length):
        digest.update(chunk)
        stream.write(chunk)
    stream.write(digest.digest())


def _damaged(path: Path, problem: str) -> BackupFileDamaged:
    return BackupFileDamaged(file=path.name, problem=problem)


def _read_exact(stream: BinaryIO, size: int, path: Path) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise _damaged(path, "it is cut short")
    return data


def read_envelope(path: Path) -> Envelope:
    """Parse the parts before the database and check the trailing hash over the whole file;
    refuse anything else in one sentence."""
    path = Path(path)
    size = path.stat().st_size
    with open(path, "rb") as stream:
        if stream.read(len(MAGIC)) != MAGIC:
            raise NotABackupFile(file=path.name)
        (slots_length,) = struct.unpack(">I", _read_exact(stream, 4, path))
        if not 0 < slots_length <= MAX_SLOTS_BYTES:
            raise _damaged(path, "its key slots have an impossible length")
        slots = _read_exact(stream, slots_length, path)
        nonce = _read_exact(stream, NONCE_BYTES, path)
        (header_length,) = struct.unpack(">I", _read_exact(stream, 4, path))
        if not TAG_BYTES < header_length <= MAX_HEADER_BYTES:
            raise _damaged(path, "its header has an impossible length")
        sealed = _read_exact(stream, header_length, path)
        (database_length,) = struct.unpack(">Q", _read_exact(stream, 8, path))
        offset = stream.tell()
    if offset + database_length + HASH_BYTES != size:
        raise _damaged(path, "its length is not the one written")
    database_digest = _check_trailer(path, offset, database_length)
    prefix = MAGIC + struct.pack(">I", slots_length) + slots
    return Envelope(path, slots, prefix, nonce, sealed, offset, database_length, database_digest)


def _check_trailer(path: Path, offset: int, length: int) -> str:
    """Check the trailing checksum; return the database part's SHA-256, from the same reading
    (a stick is read once)."""
    whole, database = hashlib.sha256(), hashlib.sha256()
    for chunk in _chunks(path, 0, offset):
        whole.update(chunk)
    for chunk in _chunks(path, offset, length):
        whole.update(chunk)
        database.update(chunk)
    with open(path, "rb") as stream:
        stream.seek(offset + length)
        if stream.read(HASH_BYTES) != whole.digest():
            raise _damaged(path, "its checksum does not match")
    return database.hexdigest()


def open_header(envelope: Envelope, database_key: bytes) -> dict:
    """The header, once its seal checks with the key a slot gave and the database part read is
    the one it names."""
    try:
        plain = AESGCM(header_key(database_key)).decrypt(
            envelope.nonce, envelope.sealed_header, envelope.prefix)
        header = json.loads(plain.decode("utf-8"))
    except (InvalidTag, ValueError) as error:
        raise _damaged(envelope.path, "its header does not check") from error
    if not isinstance(header, dict) or header.get("format") != FORMAT \
            or header.get("database_length") != envelope.database_length:
        raise _damaged(envelope.path, "its header does not describe it")
    if header.get("database_sha256") != envelope.database_sha256:
        raise _damaged(envelope.path, "its database is not the one sealed in it")
    return header


def copy_database(envelope: Envelope, header: dict, target: Path) -> None:
    """Write the database part to `target` (a new file), checked against the sealed header."""
    digest = hashlib.sha256()
    with open(target, "xb") as out:
        os.chmod(target, 0o600)
        for chunk in _chunks(envelope.path, envelope.database_offset, envelope.database_length):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != header["database_sha256"]:
        raise _damaged(envelope.path, "its database is not the one sealed in it")
