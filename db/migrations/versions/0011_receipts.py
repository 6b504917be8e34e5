"""Receipts and delivery: what the team knows of its exports, what the unit knows of each chain.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("export_log", sa.Column("copied_to_media_at", sa.DateTime, nullable=True))
    op.add_column("export_log", sa.Column("receipt_status", sa.String(16), nullable=True))
    op.add_column("export_log", sa.Column("receipt_issued_at", sa.String(40), nullable=True))
    op.add_column("received_bundle", sa.Column("prev_sha256", sa.String(64), nullable=True))
    op.create_table(
        "bundle_alert",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("team_id", sa.String(36), nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("inner_sha256", sa.String(64), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("bundle_alert")
    op.drop_column("received_bundle", "prev_sha256")
    op.drop_column("export_log", "receipt_issued_at")
    op.drop_column("export_log", "receipt_status")
    op.drop_column("export_log", "copied_to_media_at")
