"""The folded full-text indexes (FTS5, contentless): one entry per row, keyed by the row's rowid."""

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.folding import fold_for_search

# index table → the table whose rows it indexes
INDEXES = {"case_search": "mediation_case", "note_search": "observation_note"}


def _rowid(session: Session, index: str, row_id: str) -> int | None:
    return session.execute(text(f"SELECT rowid FROM {INDEXES[index]} WHERE id = :id"),
                           {"id": row_id}).scalar()


def remove_from_index(session: Session, index: str, row_id: str) -> None:
    """Drop the row's entry (after a purge, nothing of it is searchable any more)."""
    session.execute(text(f"DELETE FROM {index} WHERE rowid = :r"),
                    {"r": _rowid(session, index, row_id)})


def reindex(session: Session, index: str, row_id: str, searchable_text: str) -> None:
    """Replace the row's entry with its folded text (marks stripped, đ→d)."""
    remove_from_index(session, index, row_id)
    session.execute(text(f"INSERT INTO {index}(rowid, body) VALUES (:r, :body)"),
                    {"r": _rowid(session, index, row_id), "body": fold_for_search(searchable_text)})
