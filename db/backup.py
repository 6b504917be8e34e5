"""Copying the live database to another encrypted file with the same key (VACUUM INTO)."""

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from db.errors import StorageFull


def vacuum_into(engine: Engine, target: Path) -> None:
    """Write a compact, consistent, encrypted copy of the database to `target` (must not exist).

    SQLCipher encrypts the copy with the connection's key, so no plaintext byte is written.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None  # an open connection has its driver's
        try:
            raw.execute("VACUUM INTO ?", (str(target),))
        except sqlcipher.OperationalError as error:
            if "disk i/o" in str(error).lower() or "full" in str(error).lower():
                raise StorageFull(str(error)) from error  # the copy found no room
            raise
