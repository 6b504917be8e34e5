"""The payload of a bundle: JSON Lines records, zstd-compressed, decompressed under a hard cap."""

import io
import json
import re
from collections.abc import Iterator
from typing import Any, NoReturn

import orjson
import zstandard

from desktop.core.errors import BundleRejected

MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_LINE_BYTES = 1024 * 1024
MAX_RECORDS = 1_000_000  # a whole team's history is a tenth of it
PIECE_BYTES = 1024 * 1024
RECORD_KEYS = frozenset({"type", "id", "version", "updated_at", "body"})
LEVEL = 3


# The standard library writes what orjson refuses (an integer beyond 64 bits, a lone surrogate),
# escaping everything beyond ASCII so that any text can be written.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def encode_record(record: dict) -> bytes:
    """One record as compact JSON with sorted keys, in UTF-8: orjson writes it several times
    faster than the standard library, and as bytes (a full export writes every record)."""
    try:
        return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return _ENCODER.encode(record).encode("ascii")


def encode_records(records: list[dict]) -> bytes:
    """One compact JSON object per line, in the given order."""
    lines = [encode_record(record) for record in records]
    return b"\n".join(lines) + b"\n" if records else b""


def compress(jsonl: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=LEVEL).compress(jsonl)


def _unzstd(payload: bytes, limit: int) -> bytes:
    """Stream at most `limit` + 1 bytes out: a frame header announcing gigabytes (found by
    fuzzing) must not make the library allocate them."""
    try:
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(payload)) as reader:
            return reader.read(limit + 1)
    except (zstandard.ZstdError, MemoryError):
        raise BundleRejected(reason="its content cannot be unpacked") from None


def _check_announced(compression: str, uncompressed_len: int) -> None:
    if not 0 <= uncompressed_len <= MAX_UNCOMPRESSED_BYTES:
        raise BundleRejected(reason="its content announces an impossible size")
    if compression not in ("none", "zstd"):
        raise BundleRejected(reason=f"compression {compression!r} is not supported")


def decompress(payload: bytes, compression: str, uncompressed_len: int) -> bytes:
    """Undo the compression, refusing anything larger than announced (a zip bomb)."""
    _check_announced(compression, uncompressed_len)
    data = payload if compression == "none" else _unzstd(payload, uncompressed_len)
    if len(data) != uncompressed_len:
        raise BundleRejected(reason="its content does not have the announced size")
    return data


def _pieces(payload: bytes, compression: str) -> Iterator[bytes]:
    """The unpacked payload in pieces of PIECE_BYTES, as it is unpacked."""
    if compression == "none":
        yield from (payload[start:start + PIECE_BYTES] for start in range(0, len(payload), PIECE_BYTES))
        return
    try:
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(payload)) as reader:
            while piece := reader.read(PIECE_BYTES):
                yield piece
    except (zstandard.ZstdError, MemoryError):
        raise BundleRejected(reason="its content cannot be unpacked") from None


def iter_lines(payload: bytes, compression: str, uncompressed_len: int) -> Iterator[bytes]:
    """The payload's lines, unpacked as they are read: a piece and a line at most in memory,
    so a small bundle of a gigabyte of line breaks is refused at its first empty line."""
    _check_announced(compression, uncompressed_len)
    total, carry, number = 0, b"", 0
    for piece in _pieces(payload, compression):
        total += len(piece)
        if total > uncompressed_len:
            raise BundleRejected(reason="its content does not have the announced size")
        *lines, carry = (carry + piece).split(b"\n")
        if len(carry) > MAX_LINE_BYTES:
            raise BundleRejected(reason=f"record {number + len(lines) + 1} is too large")
        for line in lines:
            number += 1
            _check_line(line, number)
            yield line
    if carry or total != uncompressed_len:
        raise BundleRejected(reason="its content does not have the announced size")


def _check_line(line: bytes, number: int) -> None:
    if not line:
        raise BundleRejected(reason=f"record {number} is empty")
    if len(line) > MAX_LINE_BYTES:
        raise BundleRejected(reason=f"record {number} is too large")
    if number > MAX_RECORDS:
        raise BundleRejected(reason=f"it holds more than {MAX_RECORDS:,} records")


def _not_json(constant: str) -> NoReturn:
    raise ValueError(f"{constant} is not JSON")


# orjson reads an integer beyond 64 bits as an inexact float instead of refusing it: a line with
# so long a run of digits is read by the standard library, which keeps every integer exact.
_LONG_DIGITS = re.compile(rb"\d{19,}")


def _standard_json(line: bytes, number: int) -> Any:
    try:
        # NaN and Infinity are not JSON; the standard library would read them as numbers.
        return json.loads(line.decode("utf-8"), parse_constant=_not_json)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected(reason=f"record {number} is not valid UTF-8 JSON") from None


def _parsed(line: bytes, number: int) -> Any:
    if _LONG_DIGITS.search(line):
        return _standard_json(line, number)
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return _standard_json(line, number)


def decode_line(line: bytes, number: int) -> dict:
    """One record, strictly parsed: an object with exactly the record keys."""
    record = _parsed(line, number)
    if not isinstance(record, dict) or set(record) != RECORD_KEYS or \
            not isinstance(record["body"], dict) or not isinstance(record["version"], int):
        raise BundleRejected(reason=f"record {number} has the wrong shape")
    return record


def decode_records(jsonl: bytes) -> list[dict]:
    """Strictly parsed records of an unpacked payload: one object per line, each line ended."""
    return [decode_line(line, number)
            for number, line in enumerate(iter_lines(jsonl, "none", len(jsonl)), start=1)]
