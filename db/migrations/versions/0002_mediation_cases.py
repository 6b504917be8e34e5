"""Mediation cases: case, parties, mediators, sessions, follow-ups, and the folded search index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.syncable_v1 import syncable_columns

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None




def _case_column(name: str, column_type, nullable: bool = False, index: bool = False):
    return sa.Column(name, column_type, nullable=nullable, index=index)


def _create_case() -> None:
    text_columns = ("main_content", "agreement_or_demands", "notes")
    op.create_table(
        "mediation_case",
        *syncable_columns(),
        _case_column("case_no", sa.String(20), index=True),
        _case_column("year", sa.Integer),
        _case_column("number", sa.Integer),
        _case_column("received_date", sa.Date, index=True),
        _case_column("basis", sa.String(40)),
        _case_column("scope_category", sa.String(40), index=True),
        _case_column("scope_check", sa.String(20)),
        _case_column("scope_exclusion", sa.String(40), nullable=True),
        _case_column("scope_note", sa.Text, nullable=True),
        sa.Column("hamlet_id", sa.String(36), sa.ForeignKey("hamlet.id"), index=True),
        *(_case_column(name, sa.Text) for name in text_columns),
        _case_column("status", sa.String(20), index=True),
        _case_column("end_reason", sa.String(40), nullable=True),
        _case_column("ended_on", sa.Date, nullable=True),
        _case_column("immediate_on_scene", sa.Boolean),
        _case_column("parties_agreed_other_time", sa.Boolean),
        _case_column("risk_of_violence", sa.Boolean),
        _case_column("violence_reported_at", sa.DateTime, nullable=True),
        _case_column("violence_reported_to", sa.String(200), nullable=True),
        _case_column("signs_of_violation", sa.Boolean),
        _case_column("violation_reported_at", sa.DateTime, nullable=True),
        _case_column("violation_reported_to", sa.String(200), nullable=True),
        _case_column("written_agreement_on", sa.Date, nullable=True),
        _case_column("parties_informed_of_recognition_on", sa.Date, nullable=True),
        _case_column("implementation_status", sa.String(20), nullable=True),
        _case_column("first_party_sort_key", sa.String(400), index=True),
        sa.UniqueConstraint("team_id", "year", "number",
                            name="uq_mediation_case_team_id_year_number"),
    )


def _create_children() -> None:
    case_id = lambda: sa.Column("case_id", sa.String(36), sa.ForeignKey("mediation_case.id"),  # noqa: E731
                                nullable=False, index=True)
    op.create_table(
        "case_party", *syncable_columns(), case_id(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("family_name", sa.String(100), nullable=False),
        sa.Column("middle_name", sa.String(100), nullable=False),
        sa.Column("given_name", sa.String(100), nullable=False),
        sa.Column("sort_key", sa.String(400), nullable=False),
        sa.Column("birth_year", sa.Integer),
        sa.Column("address", sa.Text, nullable=False),
    )
    op.create_table(
        "case_mediator", *syncable_columns(), case_id(),
        sa.Column("member_id", sa.String(36), sa.ForeignKey("member.id"), index=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("no_conflict_confirmed_at", sa.DateTime),
        sa.Column("assigned_on", sa.Date, nullable=False),
        sa.Column("replaced_on", sa.Date),
        sa.Column("replaced_reason", sa.Text),
    )
    op.create_table(
        "mediation_session", *syncable_columns(), case_id(),
        sa.Column("held_on", sa.Date, nullable=False),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
    )
    op.create_table(
        "case_followup", *syncable_columns(), case_id(),
        sa.Column("followed_on", sa.Date, nullable=False),
        sa.Column("implementation_status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )


def _extend_register() -> None:
    """Gender on members (at least one woman mediator, Art. 12) and the team-level attestation
    of an ethnic-minority mediator (R-MED-11: no per-person ethnicity is stored)."""
    # Plain ADD COLUMN, not a batch copy: the tables are referenced by foreign keys, and
    # SQLite refuses to drop a referenced table while its rows are in use.
    op.add_column("member", sa.Column("gender", sa.String(8)))
    op.add_column("team", sa.Column("ethnic_minority_area", sa.Boolean, nullable=False,
                                    server_default=sa.false()))
    op.add_column("team", sa.Column("ethnic_minority_mediator_attested", sa.Boolean,
                                    nullable=False, server_default=sa.false()))


def upgrade() -> None:
    _extend_register()
    _create_case()
    _create_children()
    if op.get_bind().dialect.name == "sqlite":
        # Text is folded (marks stripped, đ→d) before it is indexed, so the tokenizer only splits.
        op.execute("CREATE VIRTUAL TABLE case_search USING fts5("
                   "body, content='', contentless_delete=1, tokenize='unicode61')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE case_search")
    with op.batch_alter_table("team") as batch:
        batch.drop_column("ethnic_minority_mediator_attested")
        batch.drop_column("ethnic_minority_area")
    with op.batch_alter_table("member") as batch:
        batch.drop_column("gender")
    for table in ("case_followup", "mediation_session", "case_mediator", "case_party",
                  "mediation_case"):
        op.drop_table(table)
