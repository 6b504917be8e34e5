"""Copying the live database to another encrypted file with the same key (VACUUM INTO)."""

from pathlib import Path

from sqlalchemy import Engine


def vacuum_into(engine: Engine, target: Path) -> None:
    """Write a compact, consistent, encrypted copy of the database to `target` (must not exist).

    SQLCipher encrypts the copy with the connection's key, so no plaintext byte is written.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("VACUUM INTO ?", (str(target),))
