"""Re-encrypting the database under a new key (SQLCipher `PRAGMA rekey`), with exclusive access.

Rekeying while another connection has the file open can corrupt a WAL database, so the file is
first locked exclusively (which fails if anyone else has it open), the WAL is folded back and
rollback journaling is used for the rekey itself.
"""

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from db.engine import connect_raw, key_pragma


class DatabaseInUse(Exception):
    """Another connection (another window or process) has the database open."""


def rekey_database(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Encrypt every page of `path` under `new_key`; the old key no longer opens it."""
    connection = connect_raw(Path(path), old_key)
    try:
        connection.execute("PRAGMA busy_timeout = 0")
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")
        except sqlcipher.OperationalError as error:
            raise DatabaseInUse(str(error)) from None
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute(key_pragma(new_key, "rekey"))
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()
