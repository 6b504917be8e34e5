"""Initial schema: installation, team, hamlet, member, app_user, audit_event, change_counter.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.syncable_v1 import syncable_columns

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None




def _create_installation() -> None:
    op.create_table(
        "installation",
        sa.Column("row_id", sa.Integer, primary_key=True),
        sa.Column("installation_id", sa.String(36), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("own_team_id", sa.String(36)),
        sa.Column("unit_name", sa.String(200)),
        sa.Column("commune_code", sa.String(5), nullable=False),
        sa.Column("commune_name", sa.String(200), nullable=False),
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("province_name", sa.String(200), nullable=False),
        sa.Column("admin_dataset_version", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("row_id", name="pk_installation"),
    )


def _create_team_tables() -> None:
    op.create_table(
        "team",
        *syncable_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("commune_code", sa.String(5), nullable=False),
        sa.Column("commune_name", sa.String(200), nullable=False),
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("province_name", sa.String(200), nullable=False),
        sa.Column("admin_dataset_version", sa.String(32), nullable=False),
    )
    op.create_table(
        "hamlet",
        *syncable_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_fold", sa.String(200), nullable=False, index=True),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_table(
        "member",
        *syncable_columns(),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("family_name", sa.String(100), nullable=False),
        sa.Column("middle_name", sa.String(100), nullable=False),
        sa.Column("given_name", sa.String(100), nullable=False),
        sa.Column("name_fold", sa.String(200), nullable=False, index=True),
        sa.Column("sort_key", sa.String(400), nullable=False, index=True),
        sa.Column("position", sa.String(32), nullable=False),
        sa.Column("hamlet_id", sa.String(36), sa.ForeignKey("hamlet.id")),
        sa.Column("recognised_on", sa.Date),
        sa.Column("recognition_decision", sa.String(100)),
        sa.Column("dismissed_on", sa.Date),
        sa.Column("dismissal_reason", sa.Text),
    )


def _create_users() -> None:
    op.create_table(
        "app_user",
        *syncable_columns(),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("member_id", sa.String(36), sa.ForeignKey("member.id")),
        sa.Column("key_slot_id", sa.String(36), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("last_login_at", sa.DateTime),
        sa.UniqueConstraint("username", name="uq_app_user_username"),
    )


def _create_audit() -> None:
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("occurred_at", sa.DateTime, nullable=False),
        sa.Column("actor_user_id", sa.String(36)),
        sa.Column("actor_username", sa.String(64)),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target_type", sa.String(32)),
        sa.Column("target_id", sa.String(36)),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("hash", name="uq_audit_event_hash"),
    )
    # Append-only by construction: the application never updates or deletes audit rows.
    if op.get_bind().dialect.name != "sqlite":
        op.execute("CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql "
                   "AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$")
    for verb in ("UPDATE", "DELETE"):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                       "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END")
        else:
            op.execute(f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                       "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()")


def upgrade() -> None:
    _create_installation()
    _create_team_tables()
    _create_users()
    _create_audit()
    counter = op.create_table(
        "change_counter",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(counter, [{"name": "change", "value": 0}])


def downgrade() -> None:
    for table in ("change_counter", "audit_event", "app_user", "member", "hamlet", "team",
                  "installation"):
        op.drop_table(table)
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
