"""The team's export log, which is also its encrypted outbox.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_log",
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("inner_sha256", sa.String(64), nullable=False),
        sa.Column("bundle_sha256", sa.String(64), nullable=False),
        sa.Column("up_to_change_seq", sa.Integer, nullable=False),
        sa.Column("file_name", sa.String(100), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.Column("record_counts", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("export_log")
