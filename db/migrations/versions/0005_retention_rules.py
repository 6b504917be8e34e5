"""Retention rules, with the proposed defaults (R-PRIV-08).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    rules = op.create_table(
        "retention_rule",
        sa.Column("record_type", sa.String(32), primary_key=True),
        sa.Column("keep_months", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("updated_by", sa.String(36)),
    )
    now = sa.func.current_timestamp()
    op.execute(rules.insert().values(record_type="MEDIATION_CASE", keep_months=60, updated_at=now))
    op.execute(rules.insert().values(record_type="OBSERVATION_NOTE", keep_months=12,
                                     updated_at=now))


def downgrade() -> None:
    op.drop_table("retention_rule")
