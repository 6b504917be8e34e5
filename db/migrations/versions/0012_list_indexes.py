"""List indexes: each sort order of the case and note lists is an index over live rows only,
so a list's row ids come from an index scan, never from sorting the table; and a narrow
index holding every column the monthly indicators read, so counting them never reads the
cases' text.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

REPORT_COLUMNS = ("received_date", "status", "ended_on", "scope_checked_on", "end_reason",
                  "scope_category", "risk_of_violence", "signs_of_violation",
                  "written_agreement_on", "parties_informed_of_recognition_on", "deleted_at")
LIST_INDEXES = {
    "mediation_case": {"number": ("year", "number"), "received": ("received_date",),
                       "status": ("status",), "category": ("scope_category",),
                       "first_party": ("first_party_sort_key",), "ended": ("ended_on",),
                       "ended_by_status": ("status", "ended_on", "end_reason", "scope_category"),
                       "report": REPORT_COLUMNS},
    "observation_note": {"number": ("year", "number"), "observed": ("observed_at",),
                         "status": ("status",), "category": ("category",)},
}


def upgrade() -> None:
    live = sa.text("deleted_at IS NULL")
    for table, indexes in LIST_INDEXES.items():
        for name, columns in indexes.items():
            op.create_index(f"ix_{table}_list_{name}", table, list(columns),
                            sqlite_where=live, postgresql_where=live)


def downgrade() -> None:
    for table, indexes in LIST_INDEXES.items():
        for name in indexes:
            op.drop_index(f"ix_{table}_list_{name}", table_name=table)
