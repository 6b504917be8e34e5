"""Row ids of a long list, read straight from the driver's cursor: 8 bytes a row in an array.

A lazy table needs the ids of every matching row in display order; going through result
rows costs more than the query itself, and the ids need no conversion.
"""

from array import array

from sqlalchemy import Select, func, select
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


def count_rows(session: Session, statement: Select) -> int:
    """How many rows `statement` returns (its order dropped: counting needs none)."""
    return session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
