"""Writing received records: numbered inserts and replacements with the SQLite search index on
the file; on PostgreSQL, COPY into a staging table and one set-based upsert."""

import json
from typing import Any

from sqlalchemy import text, update
from sqlalchemy.orm import Session

from db.models import ReceivedRecord
from db.repositories.received import sqlite_driver
from db.repositories.search_index import forget_removed_words, words_taken_out

ROW_NUMBER_SEQUENCE = "received_record_row_number_seq"  # PostgreSQL only (migration 0018)
STAGING = "received_staging"


def upsert_keeps_the_rules(session: Session) -> bool:
    """True where the write itself keeps the highest version and each team's own rows (the
    set-based upsert on PostgreSQL), so nothing need be read first."""
    return sqlite_driver(session) is None


def store_received(session: Session, columns: tuple[str, ...], added: list[tuple],
                   replaced: list[tuple]) -> int:
    """Write new records (`added`, rows in `columns` order) and newer versions of held ones
    (`replaced`, each row followed by its held row number); new rows are numbered here. The
    number of rows written: fewer than given only on PostgreSQL, where a row another import
    wrote meanwhile (a newer version, or another team's) is left as it is."""
    driver = sqlite_driver(session)
    if driver is None:
        return _upsert_by_copy(session, columns, added, replaced)
    first = _next_row_number(driver)
    inserts = [(*row, number) for number, row in enumerate(added, start=first)]
    search = columns.index("search_text")
    # Indexed first: it reads the text the replaced rows had.
    _index_for_search(session, driver, [(row[-1], row[search]) for row in inserts],
                      [(row[-1], row[search]) for row in replaced])
    numbered = (*columns, "row_number")
    if inserts:
        # The rowid is the row number, so every index holds it and lists never read the table.
        driver.executemany(f"INSERT INTO received_record ({', '.join(numbered)}, rowid) "
                           f"VALUES ({', '.join(['?'] * (len(numbered) + 1))})",
                           [(*row, row[-1]) for row in inserts])
    if replaced:
        session.execute(update(ReceivedRecord),
                        [dict(zip(numbered, row, strict=True)) for row in replaced])
    return len(added) + len(replaced)


def _next_row_number(driver: Any) -> int:
    return (driver.execute("SELECT max(row_number) FROM received_record").fetchone()[0] or 0) + 1


def _search_texts(driver: Any, numbers: list[int]) -> dict[int, str | None]:
    """{row number: folded search text} of held rows (on SQLite, whose rowid is the number)."""
    return dict(driver.execute(
        "SELECT rowid, search_text FROM received_record WHERE rowid IN "
        "(SELECT value FROM json_each(?))", (json.dumps(numbers),)).fetchall())


def _index_for_search(session: Session, driver: Any, added: list[tuple[int, str | None]],
                      replaced: list[tuple[int, str | None]]) -> None:
    """Put (row number, folded text) into the SQLite search index; called before replaced rows
    are written, whose entries change only if their text did. Words a replaced row lost (a
    tombstone's, a corrected case's) are forgotten for good. PostgreSQL indexes the column."""
    held = _search_texts(driver, [number for number, _ in replaced])
    changed = [(number, body) for number, body in replaced if held.get(number) != body]
    stale = [number for number, _ in changed if held.get(number)]
    for start in range(0, len(stale), 500):
        session.execute(text("DELETE FROM received_search WHERE rowid IN (SELECT value FROM "
                             "json_each(:numbers))"), {"numbers": str(stale[start:start + 500])})
    rows = [(number, body) for number, body in added + changed if body]
    if rows:
        driver.executemany("INSERT INTO received_search(rowid, body) VALUES (?, ?)", rows)
    if any(words_taken_out(held.get(number), body) for number, body in changed):
        forget_removed_words(session, ("received_search",))


def _upsert_by_copy(session: Session, columns: tuple[str, ...], added: list[tuple],
                    replaced: list[tuple]) -> int:
    """COPY every row into a staging table without indexes (temporary: no write-ahead log),
    then one INSERT … ON CONFLICT. New rows take their numbers from a
    sequence, so imports running at once never collide. A held row is replaced only by its own
    team's record of the same or a higher version: the ownership check read the rows before,
    and this keeps the rule if another import wrote them since."""
    # psycopg's own connection, inside the session's transaction: COPY is the driver's
    driver: Any = session.connection().connection.dbapi_connection
    with driver.cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {STAGING} "
                       "(LIKE received_record INCLUDING DEFAULTS)")
        for rows, names in ((added, columns), (replaced, (*columns, "row_number"))):
            if rows:
                with cursor.copy(f"COPY {STAGING} ({', '.join(names)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        cursor.execute(_upsert_statement(columns))
        written = cursor.rowcount
        cursor.execute(f"TRUNCATE {STAGING}")  # empty for the next bundle or batch
    return written


def _upsert_statement(columns: tuple[str, ...]) -> str:
    replaced = ", ".join(f"{name} = excluded.{name}" for name in columns if name != "id")
    return (f"INSERT INTO received_record AS held ({', '.join(columns)}, row_number) "
            f"SELECT {', '.join(columns)}, "
            f"coalesce(row_number, nextval('{ROW_NUMBER_SEQUENCE}')) FROM {STAGING} "
            f"ON CONFLICT (id) DO UPDATE SET {replaced} "
            "WHERE held.team_id = excluded.team_id AND held.version <= excluded.version")
