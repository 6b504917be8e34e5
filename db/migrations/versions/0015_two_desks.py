"""Two upward desks: a receiver is the commune police or the commune People's Committee, a card
says which, and a team's exports form one chain per desk.

Every receiver and receiver card made before was the commune police's; every export went to it.
The export log's key becomes (recipient, number): each desk's bundles are numbered 1, 2, … on
their own; each export notes the profile it was made under (the older ones: "minimised").
The justice line counts trained mediators (a date on the member) and ethnic-minority mediators
(a count on the team: never a mark on a person, R-MED-11).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

EXPORT_COLUMNS = ("seq, period, created_at, inner_sha256, bundle_sha256, up_to_change_seq, "
                  "file_name, ciphertext, record_counts, copied_to_media_at, receipt_status, "
                  "receipt_issued_at")


def _export_log(name: str, by_desk: bool) -> None:
    key = [sa.Column("recipient", sa.String(16), primary_key=True)] if by_desk else []
    op.create_table(
        name, *key,
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        *([sa.Column("profile", sa.String(16), nullable=False)] if by_desk else []),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("inner_sha256", sa.String(64), nullable=False),
        sa.Column("bundle_sha256", sa.String(64), nullable=False),
        sa.Column("up_to_change_seq", sa.Integer, nullable=False),
        sa.Column("file_name", sa.String(100), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.Column("record_counts", sa.Text, nullable=False),
        sa.Column("copied_to_media_at", sa.DateTime, nullable=True),
        sa.Column("receipt_status", sa.String(16), nullable=True),
        sa.Column("receipt_issued_at", sa.String(40), nullable=True),
    )


def upgrade() -> None:
    op.add_column("installation", sa.Column("receiver_kind", sa.String(16), nullable=True))
    op.execute("UPDATE installation SET receiver_kind = 'police' WHERE mode = 'receiver'")
    op.add_column("enrolled_card", sa.Column("receiver_kind", sa.String(16), nullable=True))
    op.execute("UPDATE enrolled_card SET receiver_kind = 'police' WHERE card_kind = 'receiver'")
    op.add_column("team", sa.Column("ethnic_minority_mediators", sa.Integer, nullable=True))
    op.add_column("member", sa.Column("trained_on", sa.Date, nullable=True))
    # A new key is a new table: copied across, the old one dropped, the new one renamed.
    _export_log("export_log_by_desk", by_desk=True)
    op.execute(f"INSERT INTO export_log_by_desk (recipient, profile, {EXPORT_COLUMNS}) "
               f"SELECT 'police', 'minimised', {EXPORT_COLUMNS} FROM export_log")
    op.drop_table("export_log")
    op.rename_table("export_log_by_desk", "export_log")


def downgrade() -> None:
    _export_log("export_log_police", by_desk=False)
    op.execute(f"INSERT INTO export_log_police ({EXPORT_COLUMNS}) "
               f"SELECT {EXPORT_COLUMNS} FROM export_log WHERE recipient = 'police'")
    op.drop_table("export_log")
    op.rename_table("export_log_police", "export_log")
    op.drop_column("member", "trained_on")
    op.drop_column("team", "ethnic_minority_mediators")
    op.drop_column("enrolled_card", "receiver_kind")
    op.drop_column("installation", "receiver_kind")
