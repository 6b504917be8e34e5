"""The SQLCipher engine: keyed first, verified, pragmas applied, unreadable without the key."""

import sqlite3

import pytest
from sqlalchemy import text

from db.engine import bulk_writes, open_engine
from db.errors import WrongDatabaseKey
from tests.conftest import TEST_KEY


def test_pragmas_are_applied_on_every_connection(engine):
    with engine.connect() as connection:
        values = {name: connection.execute(text(f"PRAGMA {name}")).scalar()
                  for name in ("foreign_keys", "journal_mode", "synchronous", "temp_store",
                               "secure_delete")}
    assert values == {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2,
                      "temp_store": 2, "secure_delete": 1}


def test_wrong_key_fails_at_open_and_plain_sqlite_cannot_read(tmp_path):
    path = tmp_path / "secret.db"
    engine = open_engine(path, TEST_KEY)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE note (body TEXT)"))
        connection.execute(text("INSERT INTO note VALUES ('Đặng Văn Đức, thôn Đông Hòa')"))
    engine.dispose()
    with pytest.raises(WrongDatabaseKey):
        open_engine(path, bytes(32))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert "Đông Hòa".encode() not in path.read_bytes()


def test_fold_function_is_available_to_sql(engine):
    with engine.connect() as connection:
        assert connection.execute(text("SELECT fold_for_search('Đặng Văn Đức')")).scalar() == \
            "dang van duc"


def test_bulk_writes_skip_the_disk_wait_only_while_they_last(engine):
    def level() -> int:
        with engine.connect() as connection:
            return connection.execute(text("PRAGMA synchronous")).scalar()

    assert level() == 2  # FULL: a team's hand-entered records wait for the disk
    with bulk_writes(engine):
        assert level() == 1  # NORMAL: the imported files stay on the stick
    assert level() == 2


def test_page_cache_is_sixteen_mib_more_while_importing_or_when_kept(engine):
    from db.engine import keep_pages

    def cache() -> int:
        with engine.connect() as connection:
            return connection.execute(text("PRAGMA cache_size")).scalar()

    assert cache() == -16 * 1024
    with bulk_writes(engine):
        assert cache() == -64 * 1024
    assert cache() == -16 * 1024
    keep_pages(engine, 32 * 1024)
    assert cache() == -32 * 1024
    with bulk_writes(engine):
        assert cache() == -64 * 1024
    assert cache() == -32 * 1024
