"""Security observation notes with their folded search index; legal hold on cases.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.syncable_v1 import syncable_columns

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None




def upgrade() -> None:
    op.create_table(
        "observation_note", *syncable_columns(),
        sa.Column("note_no", sa.String(20), nullable=False, index=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("category", sa.String(32), nullable=False, index=True),
        sa.Column("about_violation", sa.Boolean, nullable=False),
        sa.Column("observed_at", sa.DateTime, nullable=False, index=True),
        sa.Column("hamlet_id", sa.String(36), sa.ForeignKey("hamlet.id"), index=True),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("reported_to_police_at", sa.DateTime),
        sa.Column("report_channel", sa.String(16)),
        sa.Column("reported_by", sa.String(200)),
        sa.Column("could_not_reach_reason", sa.Text),
        sa.Column("confidentiality", sa.String(20), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("police_feedback", sa.Text, nullable=False),
        sa.Column("police_confirmed_valuable", sa.Boolean, nullable=False),
        sa.Column("legal_hold", sa.Boolean, nullable=False),
        sa.UniqueConstraint("team_id", "year", "number",
                            name="uq_observation_note_team_id_year_number"),
    )
    # Plain ADD COLUMN: the case table is referenced by foreign keys (see 0002).
    op.add_column("mediation_case", sa.Column("legal_hold", sa.Boolean, nullable=False,
                                              server_default=sa.false()))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE note_search USING fts5("
                   "body, content='', contentless_delete=1, tokenize='unicode61')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE note_search")
    with op.batch_alter_table("mediation_case") as batch:
        batch.drop_column("legal_hold")
    op.drop_table("observation_note")
