"""The columns every syncable row carries, as first defined — shared by the revisions.

Frozen: revisions that import this must keep meaning what they meant when they were
written, so this module is never edited. A new shape of these columns gets a new module.
"""

import sqlalchemy as sa


def syncable_columns() -> list[sa.Column]:
    """id, team, version, times, authors, tombstone and change number (DESIGN §3)."""
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("team_id", sa.String(36), index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(36)),
        sa.Column("updated_by", sa.String(36)),
        sa.Column("deleted_at", sa.DateTime),
        sa.Column("change_seq", sa.BigInteger, nullable=False, index=True),
    ]
