"""Identifiers shared by every table: time-ordered UUIDs (their time read from the one clock)."""

import os
import uuid

from db.clock import epoch_milliseconds


def new_id() -> str:
    """Return a UUIDv7 string: random, but ordered by creation time.

    Time-ordered keys keep inserts at the right-hand edge of the primary-key index,
    which is what keeps bulk loads fast once a table no longer fits in the page cache.
    """
    millis = epoch_milliseconds()
    value = (millis & 0xFFFF_FFFF_FFFF) << 80
    value |= int.from_bytes(os.urandom(10), "big") & ((1 << 80) - 1)
    value &= ~(0xF << 76)
    value |= 0x7 << 76  # version 7
    value &= ~(0x3 << 62)
    value |= 0x2 << 62  # RFC 4122 variant
    return str(uuid.UUID(int=value))

