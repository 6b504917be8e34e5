"""Opening the SQLCipher database: raw key first, verify it, then the pragmas every connection needs."""

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from db.errors import StorageFull, WrongDatabaseKey
from db.folding import fold_for_search

KEY_BYTES = 32

# Applied after the key on every connection, in this order (DESIGN §3).
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
)


def key_pragma(key: bytes, pragma: str = "key") -> str:
    """`PRAGMA key` (or `rekey`) with a raw 32-byte key, which skips SQLCipher's own KDF."""
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA {pragma} = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes) -> sqlcipher.Connection:
    """Open one keyed DB-API connection, verify the key, apply the pragmas."""
    connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher would otherwise print page-decryption errors on a wrong key to stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key_pragma(key))
        # A wrong key is only noticed when the first page is read.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        connection.close()
        text = str(error).lower()
        if "disk i/o" in text or "full" in text:  # the shared-memory or WAL file cannot be made
            raise StorageFull(str(error)) from error
        raise WrongDatabaseKey(str(path)) from error
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma)
    connection.create_function("fold_for_search", 1, fold_for_search, deterministic=True)
    return connection


def open_engine(path: Path, key: bytes) -> Engine:
    """Return an engine whose every connection is keyed and verified before use.

    The first connection is made here, so a wrong key fails now and not at the first query.
    """
    path = Path(path)
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_raw(path, key),
        module=sqlcipher,
        # The URL names no file, which would make SQLAlchemy share one connection per thread;
        # a real pool lets a second unit of work (an audit record) run beside the first.
        poolclass=QueuePool,
    )

    # The driver's own implicit transactions are off (isolation_level=None), so begin
    # explicitly: DDL and SAVEPOINTs then behave as SQLAlchemy expects.
    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    with engine.connect():
        pass
    return engine
