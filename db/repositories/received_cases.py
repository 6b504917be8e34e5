"""What the justice statistics read of the received records: the bodies of a few record types."""

from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ReceivedRecord

BATCH = 2000  # rows fetched at a time: a commune's cases are read without holding them twice


def received_bodies(session: Session, kinds: Sequence[str]) -> Iterator[tuple[str, str, str, str]]:
    """(type, id, sending team, body as JSON text) of every received record of these types,
    fetched in batches. A deleted record is held as a tombstone under its own id, so a deleted
    case is never among the cases."""
    statement = (select(ReceivedRecord.type, ReceivedRecord.id, ReceivedRecord.team_id,
                        ReceivedRecord.body)
                 .where(ReceivedRecord.type.in_(list(kinds)))
                 .execution_options(yield_per=BATCH))
    yield from session.execute(statement)
