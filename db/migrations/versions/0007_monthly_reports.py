"""Monthly reports: hand-entered figures, closed months; the day a case was found out of scope.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _syncable_columns() -> list[sa.Column]:
    """The columns every syncable row carries, as of this revision."""
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


def upgrade() -> None:
    op.create_table(
        "monthly_figure", *_syncable_columns(),
        sa.Column("month", sa.String(7), nullable=False, index=True),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.UniqueConstraint("team_id", "month", "name",
                            name="uq_monthly_figure_team_id_month_name"),
    )
    op.create_table(
        "month_closure", *_syncable_columns(),
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
