"""Monthly reports: hand-entered figures, closed months; the day a case was found out of scope.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.syncable_v1 import syncable_columns

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None




def upgrade() -> None:
    op.create_table(
        "monthly_figure", *syncable_columns(),
        sa.Column("month", sa.String(7), nullable=False, index=True),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.UniqueConstraint("team_id", "month", "name",
                            name="uq_monthly_figure_team_id_month_name"),
    )
    op.create_table(
        "month_closure", *syncable_columns(),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("closed_on", sa.Date, nullable=False),
        sa.Column("snapshot", sa.Text, nullable=False),
        sa.UniqueConstraint("team_id", "month", name="uq_month_closure_team_id_month"),
    )
    # Plain ADD COLUMN (see 0002); existing out-of-scope cases count from the day received.
    op.add_column("mediation_case", sa.Column("scope_checked_on", sa.Date))
    op.execute("UPDATE mediation_case SET scope_checked_on = received_date "
               "WHERE status = 'OUT_OF_SCOPE'")


def downgrade() -> None:
    op.drop_table("month_closure")
    op.drop_table("monthly_figure")
