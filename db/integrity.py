"""Checking a database file: SQLCipher's page MACs and SQLite's structural quick check."""

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from db.engine import key_pragma


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only. The path is percent-encoded: a folder named
    "Tổ #2" would otherwise end the file name at "#" (and "?" or "%" would do the same)."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def integrity_problems(path: Path, key: bytes) -> list[str]:
    """SQLCipher's page MAC check and SQLite's quick check; an empty list means sound.

    The file is opened read-only, so checking a backup leaves it exactly as it was.
    """
    try:
        connection = sqlcipher.connect(read_only_uri(path), uri=True, isolation_level=None)
    except sqlcipher.Error as error:
        return [f"cannot be opened: {error}"]
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key_pragma(key))
        problems = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        problems += [str(row[0]) for row in connection.execute("PRAGMA quick_check")
                     if row[0] != "ok"]
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not problems and not {"alembic_version", "installation"} <= tables:
            problems.append("it holds no TuQuan data")  # e.g. an empty file opens as a database
        return problems
    except sqlcipher.Error as error:
        return [f"cannot be read with this key: {error}"]
    finally:
        connection.close()
