"""Consent ledger, data-subject requests, breach log; the team's supervising police unit.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.syncable_v1 import syncable_columns

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None




def upgrade() -> None:
    op.create_table(
        "consent", *syncable_columns(),
        sa.Column("subject_name", sa.String(200), nullable=False),
        sa.Column("subject_name_fold", sa.String(200), nullable=False, index=True),
        sa.Column("purposes", sa.Text, nullable=False),
        sa.Column("scope", sa.Text, nullable=False),
        sa.Column("method", sa.String(24), nullable=False),
        sa.Column("given_at", sa.DateTime, nullable=False),
        sa.Column("sensitive_data", sa.Boolean, nullable=False),
        sa.Column("is_child", sa.Boolean, nullable=False),
        sa.Column("guardian_name", sa.String(200)),
        sa.Column("child_agreed", sa.Boolean),
        sa.Column("withdrawn_on", sa.Date),
    )
    op.create_table(
        "subject_request", *syncable_columns(),
        sa.Column("request_no", sa.String(20), nullable=False, index=True),
        sa.Column("subject_name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("received_on", sa.Date, nullable=False),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("closed_on", sa.Date),
    )
    op.create_table(
        "breach", *syncable_columns(),
        sa.Column("detected_at", sa.DateTime, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("affected_records", sa.Integer, nullable=False),
        sa.Column("data_categories", sa.Text, nullable=False),
        sa.Column("measures", sa.Text, nullable=False),
        sa.Column("notified_at", sa.DateTime),
    )
    op.add_column("team", sa.Column("police_unit_code", sa.String(5)))
    op.add_column("team", sa.Column("police_unit_name", sa.String(200)))


def downgrade() -> None:
    for table in ("breach", "subject_request", "consent"):
        op.drop_table(table)
