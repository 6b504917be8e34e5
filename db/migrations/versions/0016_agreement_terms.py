"""The written agreement's own fields (Law 35/2013 Art. 24), and the witnesses of a mediation.

How and by when the agreement is to be carried out is kept apart from the agreement itself.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding columns never rebuilds the table, which other tables refer to.
    with op.batch_alter_table("mediation_case") as batch:
        batch.add_column(sa.Column("implementation_method", sa.Text, nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("implementation_deadline", sa.Date, nullable=True))
        batch.add_column(sa.Column("witnesses", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    # SQLite drops a column in place (3.35 and later): the table is not rebuilt either.
    for name in ("witnesses", "implementation_deadline", "implementation_method"):
        op.drop_column("mediation_case", name)
