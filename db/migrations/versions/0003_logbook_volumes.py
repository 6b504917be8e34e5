"""Log-book volumes and append-only amendments to the cases of closed volumes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.syncable_v1 import syncable_columns

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None




def upgrade() -> None:
    op.create_table(
        "logbook_volume", *syncable_columns(),
        sa.Column("volume_no", sa.Integer, nullable=False),
        sa.Column("opened_on", sa.Date, nullable=False),
        sa.Column("closed_on", sa.Date),
        sa.UniqueConstraint("team_id", "volume_no", name="uq_logbook_volume_team_id_volume_no"),
    )
    op.create_table(
        "case_amendment", *syncable_columns(),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("mediation_case.id"), nullable=False,
                  index=True),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("old_value", sa.Text, nullable=False),
        sa.Column("new_value", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("amended_on", sa.Date, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("case_amendment")
    op.drop_table("logbook_volume")
