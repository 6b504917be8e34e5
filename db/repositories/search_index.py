"""The folded full-text indexes (FTS5, contentless): one entry per row, keyed by the row's rowid;
and forgetting for good the words an erasure took out of them."""

import contextlib
import weakref
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from db.engine import empty_write_ahead_log
from db.folding import fold_for_search
from db.unit_of_work import empty_log_after_commit

# index table → the table whose rows it indexes
INDEXES = {"case_search": "mediation_case", "note_search": "observation_note"}
SEARCH_INDEXES = (*INDEXES, "received_search")
# The one list index whose keys are made from a person's name (the first party's sort key):
# SQLite's statistics keep samples of its keys once the table has been analysed.
NAME_SAMPLED = {"case_search": "mediation_case"}

_MERGE_LATER: "weakref.WeakKeyDictionary[Engine, set[str]]" = weakref.WeakKeyDictionary()


def _rowid(session: Session, index: str, row_id: str) -> int | None:
    return session.execute(text(f"SELECT rowid FROM {INDEXES[index]} WHERE id = :id"),
                           {"id": row_id}).scalar()


def remove_from_index(session: Session, index: str, row_id: str) -> None:
    """Drop the row's entry (after a purge, nothing of it is searchable any more)."""
    session.execute(text(f"DELETE FROM {index} WHERE rowid = :r"),
                    {"r": _rowid(session, index, row_id)})


def reindex(session: Session, index: str, row_id: str, searchable_text: str,
            previous_text: str | None = None) -> None:
    """Replace the row's entry with its folded text (marks stripped, đ→d). Given the text it
    had, a word taken out (a corrected name, say) is forgotten for good."""
    remove_from_index(session, index, row_id)
    session.execute(text(f"INSERT INTO {index}(rowid, body) VALUES (:r, :body)"),
                    {"r": _rowid(session, index, row_id), "body": fold_for_search(searchable_text)})
    if previous_text is not None and words_taken_out(previous_text, searchable_text):
        forget_removed_words(session, (index,))


def words_taken_out(before: str | None, after: str | None) -> bool:
    """Whether a word of `before` is missing from `after` (both folded first). Every word the
    index makes lies inside one word split at spaces, so a word the index loses is found."""
    return bool(set(fold_for_search(before or "").split())
                - set(fold_for_search(after or "").split()))


def _merge(connection: Connection, indexes: Iterable[str]) -> None:
    for index in sorted(set(indexes)):
        if index not in SEARCH_INDEXES:
            raise ValueError(f"not a search index: {index}")
        # FTS5 only marks a deleted entry; its words stay in the index's segments until they
        # are merged, and 'optimize' merges them all into one, without the deleted entries.
        connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")
        table = NAME_SAMPLED.get(index)
        if table and connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat4'").scalar():
            connection.exec_driver_sql(f"ANALYZE {table}")  # samples taken again, of live rows


def forget_removed_words(session: Session, indexes: Iterable[str]) -> None:
    """Leave nothing readable of what these indexes no longer hold: merge their segments, take
    the statistics' samples again, and empty the write-ahead log once the unit of work commits
    (pages freed on the way are zeroed: secure_delete). Inside `merging_once`, the merge waits
    for its end. Nothing to do on PostgreSQL, which has no FTS5."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return
    later = _MERGE_LATER.get(bind) if isinstance(bind, Engine) else None
    if later is not None:
        later.update(indexes)
        return
    session.flush()  # the erased rows first: the statistics are taken again of what is left
    _merge(session.connection(), indexes)
    empty_log_after_commit(session)


@contextlib.contextmanager
def merging_once(engine: Engine) -> Iterator[None]:
    """Many transactions (a stick of bundles) that may each take words out of an index: merging
    the index costs about as much for one word as for all (0.3 s at 100,000 entries), so it is
    merged once, at the end, and the write-ahead log is emptied then in any case: the pages
    the imports replaced are in it. Should the program stop before, the words wait for the
    next merge; the database itself stays whole."""
    _MERGE_LATER[engine] = set()
    try:
        yield
        waiting = _MERGE_LATER.get(engine, set())
        if waiting and engine.dialect.name == "sqlite":
            with engine.begin() as connection:
                _merge(connection, waiting)
        empty_write_ahead_log(engine)
    finally:
        _MERGE_LATER.pop(engine, None)
