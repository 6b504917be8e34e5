"""The report's Thông tư 124/2021/TT-BCA figures: after how many days an open case counts as
prolonged (a team's own choice; none stored means the default, 90 days), and each party's name
as search folds it, on an index over live parties, to find the same parties again within a year.

The households of the area are a hand figure of the month (`households_total`), like the
pledged households it is the denominator of: no column.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

from db.folding import fold_for_search

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _fold_every_name() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # the engine registers the folding as an SQL function
        op.execute("UPDATE case_party SET folded_name = fold_for_search(full_name)")
        return
    rows = bind.execute(sa.text("SELECT id, full_name FROM case_party")).all()
    if rows:
        bind.execute(sa.text("UPDATE case_party SET folded_name = :folded WHERE id = :id"),
                     [{"id": row.id, "folded": fold_for_search(row.full_name)} for row in rows])


def upgrade() -> None:
    with op.batch_alter_table("team") as batch:
        batch.add_column(sa.Column("prolonged_after_days", sa.Integer, nullable=True))
    with op.batch_alter_table("case_party") as batch:
        batch.add_column(sa.Column("folded_name", sa.String(400), nullable=False,
                                   server_default=""))
    _fold_every_name()
    live = sa.text("deleted_at IS NULL")
    op.create_index("ix_case_party_list_folded_name", "case_party", ["folded_name", "birth_year"],
                    sqlite_where=live, postgresql_where=live)


def downgrade() -> None:
    op.drop_index("ix_case_party_list_folded_name", table_name="case_party")
    with op.batch_alter_table("case_party") as batch:
        batch.drop_column("folded_name")
    with op.batch_alter_table("team") as batch:
        batch.drop_column("prolonged_after_days")
