"""Named locks held until the transaction ends, on PostgreSQL, where several officers write at
once; nothing on SQLite, which lets one writer in at a time anyway."""

from sqlalchemy import text
from sqlalchemy.orm import Session

AUDIT_CHAIN = "audit chain"


def team_chain(team_id: str) -> str:
    """The lock on one team's chain of received bundles."""
    return f"bundles of {team_id}"


def hold_lock(session: Session, name: str) -> None:
    """Wait until no other transaction holds the lock `name`, then hold it until this one ends."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))"),
                    {"name": name})
