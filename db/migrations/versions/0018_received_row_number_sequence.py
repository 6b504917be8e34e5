"""On PostgreSQL, received rows are numbered by a sequence: several officers' imports run at
once there, and numbers read as "the largest so far, plus one" would collide between them. A
rolled-back import leaves a gap in the numbers, which only order rows and key the search.
SQLite numbers by rowid inside its single writer: nothing to do there.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

SEQUENCE = "received_record_row_number_seq"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"CREATE SEQUENCE {SEQUENCE} AS bigint OWNED BY received_record.row_number")
    op.execute(f"SELECT setval('{SEQUENCE}', coalesce(max(row_number), 0) + 1, false) "
               "FROM received_record")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(f"DROP SEQUENCE {SEQUENCE}")
