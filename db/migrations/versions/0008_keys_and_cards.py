"""Installation keys and enrolled cards, for signed and encrypted sync bundles.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "installation_key",
        sa.Column("kind", sa.String(24), primary_key=True),
        sa.Column("private_material", sa.Text, nullable=False),
        sa.Column("public_material", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "enrolled_card",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("card_kind", sa.String(16), nullable=False),
        sa.Column("party_id", sa.String(36), nullable=False, index=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("commune_code", sa.String(5), nullable=False),
        sa.Column("signing_public", sa.String(64), nullable=False),
        sa.Column("signer_key_id", sa.String(16), nullable=False, index=True),
        sa.Column("age_recipient", sa.String(100)),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("enrolled_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("enrolled_card")
    op.drop_table("installation_key")
