"""The police unit's register of received cases: the columns a list sorts and filters on, read
from each record once at import, and a folded search over them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

CASES = sa.text("type = 'mediation_case'")
SQLITE_BACKFILL = """
UPDATE received_record SET row_number = rowid,
  reference = CASE WHEN type = 'mediation_case' THEN substr(json_extract(body, '$.case_no'), 1, 40) END,
  event_date = CASE WHEN type = 'mediation_case' THEN json_extract(body, '$.received_date') END,
  category = CASE WHEN type = 'mediation_case' THEN json_extract(body, '$.scope_category') END,
  state = CASE WHEN type = 'mediation_case' THEN json_extract(body, '$.status') END,
  escalated = type = 'mediation_case' AND (coalesce(json_extract(body, '$.risk_of_violence'), 0)
                                           OR coalesce(json_extract(body, '$.signs_of_violation'), 0)),
  search_text = CASE WHEN type = 'mediation_case' AND (
      coalesce(json_extract(body, '$.risk_of_violence'), 0)
      OR coalesce(json_extract(body, '$.signs_of_violation'), 0))
    THEN nullif(fold_for_search(json_extract(body, '$.main_content')), '') END
"""
POSTGRESQL_BACKFILL = """
UPDATE received_record SET row_number = numbered.n FROM
  (SELECT id, row_number() OVER (ORDER BY id) AS n FROM received_record) AS numbered
WHERE numbered.id = received_record.id
"""
REGISTER_INDEXES = {"date": ("event_date", "reference"), "team": ("team_id", "event_date"),
                    "reference": ("reference",), "state": ("state", "event_date")}


def upgrade() -> None:
    for column in (sa.Column("row_number", sa.BigInteger, nullable=True),
                   sa.Column("reference", sa.String(40), nullable=True),
                   sa.Column("event_date", sa.String(10), nullable=True),
                   sa.Column("category", sa.String(40), nullable=True),
                   sa.Column("state", sa.String(20), nullable=True),
                   sa.Column("escalated", sa.Boolean, nullable=False, server_default=sa.false()),
                   sa.Column("search_text", sa.Text, nullable=True)):
        op.add_column("received_record", column)
    # A number per row, the same on every database, for lazy lists and the search index;
    # records already held get theirs and their register columns here.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_BACKFILL)
    else:
        op.execute(POSTGRESQL_BACKFILL)
    op.create_index("ix_received_record_row_number", "received_record", ["row_number"],
                    unique=True)
    for name, columns in REGISTER_INDEXES.items():
        op.create_index(f"ix_received_record_register_{name}", "received_record", list(columns),
                        sqlite_where=CASES, postgresql_where=CASES)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE received_search USING fts5("
                   "body, content='', contentless_delete=1, tokenize='unicode61')")
        op.execute("INSERT INTO received_search(rowid, body) SELECT row_number, search_text "
                   "FROM received_record WHERE search_text IS NOT NULL")
    else:
        op.execute("CREATE INDEX ix_received_record_search ON received_record "
                   "USING gin (to_tsvector('simple', coalesce(search_text, '')))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE received_search")
    else:
        op.drop_index("ix_received_record_search", table_name="received_record")
    for name in REGISTER_INDEXES:
        op.drop_index(f"ix_received_record_register_{name}", table_name="received_record")
    op.drop_index("ix_received_record_row_number", table_name="received_record")
    for column in ("search_text", "escalated", "state", "category", "event_date", "reference",
                   "row_number"):
        op.drop_column("received_record", column)
