"""Long lists: row ids read straight from the driver's cursor (8 bytes a row), counts, and
the planner statistics that keep list and report queries on their indexes.

A lazy table needs the ids of every matching row in display order; going through result
rows costs more than the query itself, and the ids need no conversion.
"""

from array import array

from sqlalchemy import Engine, Select, func, select, text
from sqlalchemy.orm import Session

CHUNK = 20_000


def ordered_rowids(session: Session, statement: Select, *, offset: int = 0,
                   limit: int | None = None) -> array:
    """The first column of `statement` (integer row ids), from `offset`, at most `limit`."""
    if limit is not None or offset:
        statement = statement.limit(-1 if limit is None else limit).offset(offset)
    result = session.connection().execute(statement)
    ids = array("q")
    try:
        while rows := result.cursor.fetchmany(CHUNK):
            ids.extend([row[0] for row in rows])
    finally:
        result.close()
    return ids


def rowid_set(session: Session, sql: str, params: dict) -> set[int]:
    """The integers of the first column of a textual query, from the driver's cursor."""
    result = session.connection().execute(text(sql), params)
    try:
        return {row[0] for row in result.cursor.fetchall()}
    finally:
        result.close()


def count_rows(session: Session, statement: Select) -> int:
    """How many rows `statement` returns (its order dropped: counting needs none)."""
    return session.execute(
        select(func.count()).select_from(statement.order_by(None).subquery())).scalar_one()


LISTED_TABLES = ("mediation_case", "observation_note", "received_record")


def _analysed_rows(session: Session, table: str) -> int | None:
    stats = session.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = :t"), {"t": table})
    counts = [int(row.stat.split()[0]) for row in stats if row.stat]
    return max(counts) if counts else None


def refresh_planner_statistics(session: Session) -> None:
    """Re-read the statistics the planner chooses indexes by, for each listed table whose size
    changed by a quarter since they were taken (run after bulk loads). SQLite reads every
    index entry: a sampled ANALYZE cannot tell that nearly all received records are cases, and
    the planner then sorts a million rows. About 3 s per million rows, rarely needed."""
    if session.get_bind().dialect.name != "sqlite":
        _vacuum_server(session)
        return
    session.execute(text("PRAGMA analysis_limit = 0"))
    has_stats = session.scalar(text(
        "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"))
    for table in LISTED_TABLES:
        rows = session.scalar(text(f"SELECT count(*) FROM {table}"))
        analysed = _analysed_rows(session, table) if has_stats else None
        if analysed is None or not 0.8 * analysed <= rows <= 1.25 * analysed:
            session.execute(text(f"ANALYZE {table}"))


def _vacuum_server(session: Session) -> None:
    """PostgreSQL: statistics (it samples well), and the map of pages every transaction sees,
    without which counting a register's rows reads the table as well as the index. What the
    server's autovacuum does a while after a large load, done now, outside any transaction;
    skipped for a table another officer's import is vacuuming already."""
    engine = session.get_bind()
    assert isinstance(engine, Engine)  # a session is bound to its engine
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        # Only once a tenth of a table is new: a month's bundles into a million records would
        # otherwise have every officer's import read the whole table again.
        grown = connection.exec_driver_sql(
            "SELECT relname FROM pg_stat_user_tables "
            "WHERE n_ins_since_vacuum + n_mod_since_analyze > 0.1 * n_live_tup + 1000").scalars()
        for table in grown.all():
            connection.exec_driver_sql(f'VACUUM (ANALYZE, SKIP_LOCKED) "{table}"')
