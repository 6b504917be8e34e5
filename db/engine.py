"""Opening the SQLCipher database: raw key first, verify it, then the pragmas every connection needs."""

import contextlib
import weakref
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from db.errors import ServerDriverMissing, ServerUnreachable, StorageFull, WrongDatabaseKey
from db.folding import fold_for_search

KEY_BYTES = 32
# How long a connection waits for another program's write to end before giving up.
BUSY_WAIT_SECONDS = 10

# Applied after the key on every connection, in this order (DESIGN §3).
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    # Lists and searches read the same index pages again and again, and every page read from
    # the file is decrypted anew: 16 MiB (not SQLite's 2 MiB) keeps them. Filled only as read.
    "PRAGMA cache_size = -16384",
)

# The words of each search index, as search_terms reads them: made once per connection, outside
# any transaction (made inside one, a rollback would drop them and every query would be
# prepared again). They hold no data; the indexes they read may not exist yet.
VOCABULARY_VIEWS = tuple(
    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index}_terms USING fts5vocab(main, {index}, row)"
    for index in ("case_search", "note_search", "received_search"))


def key_pragma(key: bytes, pragma: str = "key") -> str:
    """`PRAGMA key` (or `rekey`) with a raw 32-byte key, which skips SQLCipher's own KDF."""
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA {pragma} = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes) -> sqlcipher.Connection:
    """Open one keyed DB-API connection, verify the key, apply the pragmas."""
    connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_WAIT_SECONDS)
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
    for statement in VOCABULARY_VIEWS:
        connection.execute(statement)
    return connection


_BULK_WRITING: "weakref.WeakSet[Engine]" = weakref.WeakSet()
_PAGE_CACHE_KIB: "weakref.WeakKeyDictionary[Engine, int]" = weakref.WeakKeyDictionary()
PAGE_CACHE_KIB = 16 * 1024  # as in CONNECTION_PRAGMAS
BULK_CACHE_KIB = 64 * 1024


def keep_pages(engine: Engine, kib: int) -> None:
    """Give each connection of `engine` a page cache of `kib` from its next use on. A police
    unit's register index of a million cases is about 25 MiB: re-read and decrypted from the
    file on every screen, it costs more than the screen itself."""
    _PAGE_CACHE_KIB[engine] = kib


@contextlib.contextmanager
def bulk_writes(engine: Engine):
    """While importing files that stay on their stick: commits write the WAL without waiting for
    the disk (synchronous=NORMAL). A crash still leaves every transaction whole or absent; a
    power cut may undo the last few imports, which are imported again from the same files.
    Connections also get BULK_CACHE_KIB of pages: imported rows arrive in no index's order, and
    once a million-row table's indexes outgrow the default cache every insert re-reads pages."""
    _BULK_WRITING.add(engine)
    try:
        yield
    finally:
        _BULK_WRITING.discard(engine)


def empty_write_ahead_log(engine: Engine) -> bool:
    """Copy the write-ahead log into the database file and cut it to nothing, so the old pages
    it still held (an erased person's words among them) are gone from the disk's files. False
    when another connection kept reading past the busy wait: the log is then emptied when the
    last connection closes. Nothing to do on PostgreSQL, whose log is the server's."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as connection:
        # The driver's own connection, so no transaction is begun: SQLite refuses a
        # checkpoint inside one ("database table is locked").
        raw = connection.connection.driver_connection
        assert raw is not None  # an open connection has its driver's
        busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def open_server_engine(url: str) -> Engine:
    """A PostgreSQL engine (a police unit's scale path); reached once here, so a wrong address
    fails now. The server keeps the data; its disk encryption and backups are the operator's."""
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except ImportError as error:  # the driver is imported by the dialect, here
        raise ServerDriverMissing(error.name or "psycopg") from error
    try:
        with engine.connect():
            pass
    except OperationalError as error:
        engine.dispose()
        raise ServerUnreachable(str(error.orig).strip().splitlines()[0]) from error
    return engine


class _IndexNamingCompiler(SQLiteCompiler):
    """Writes a table's SQLite hint (`INDEXED BY …`) after its name, where SQLite reads it;
    SQLAlchemy's own SQLite compiler drops table hints."""

    def get_from_hint_text(self, table, text):
        return text


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
    engine.dialect.statement_compiler = _IndexNamingCompiler

    # The driver's own implicit transactions are off (isolation_level=None), so begin
    # explicitly: DDL and SAVEPOINTs then behave as SQLAlchemy expects.
    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "checkout")
    def _bulk_or_careful(dbapi_connection, record, _proxy):
        bulk = engine in _BULK_WRITING
        wanted = (bulk, BULK_CACHE_KIB if bulk else _PAGE_CACHE_KIB.get(engine, PAGE_CACHE_KIB))
        if record.info.get("settings", (False, PAGE_CACHE_KIB)) == wanted:
            return
        # Set at checkout, outside any transaction (SQLite refuses synchronous inside one).
        dbapi_connection.execute(f"PRAGMA synchronous = {'NORMAL' if bulk else 'FULL'}")
        dbapi_connection.execute(f"PRAGMA cache_size = {-wanted[1]}")
        record.info["settings"] = wanted

    with engine.connect():
        pass
    return engine
