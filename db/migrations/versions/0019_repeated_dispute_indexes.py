"""The search for the same parties again within a year reads indexes only: each live party's
folded name and birth year carry its role and case, and each live case's id carries its team,
day received and number. The search then touches no table row, which in a new process (a
month's `tuquan export`) is what it cost: a page decrypted for every party of the same name.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
PARTY_INDEX, CASE_INDEX = "ix_case_party_list_folded_name", "ix_mediation_case_list_by_id"


def _live_index(name: str, table: str, columns: list[str]) -> None:
    op.create_index(name, table, columns, sqlite_where=LIVE, postgresql_where=LIVE)


def upgrade() -> None:
    op.drop_index(PARTY_INDEX, table_name="case_party")
    _live_index(PARTY_INDEX, "case_party",
                ["folded_name", "birth_year", "role", "case_id", "deleted_at"])
    _live_index(CASE_INDEX, "mediation_case",
                ["id", "team_id", "received_date", "case_no", "deleted_at"])


def downgrade() -> None:
    op.drop_index(CASE_INDEX, table_name="mediation_case")
    op.drop_index(PARTY_INDEX, table_name="case_party")
    _live_index(PARTY_INDEX, "case_party", ["folded_name", "birth_year"])
