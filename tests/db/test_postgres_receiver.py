"""A police unit on PostgreSQL: the same schema and rules as on the encrypted file, and clear
refusals for what the server does instead (backups, key rotation)."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.core.access.key_rotation import rotate_database_key
from desktop.core.access.unlock import sign_in
from desktop.core.backups import copies
from desktop.core.errors import (
    DatabaseDriverMissing,
    DatabaseServerUnreachable,
    InvalidInput,
    ServerKeepsBackups,
)
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD
from tests.postgres import database_url_for


def request_for(mode: str, url: str | None) -> SetupRequest:
    return SetupRequest(mode=mode, name="Công an phường Ba Đình", commune_code="00004",
                        admin_username="an", admin_password=ADMIN_PASSWORD, database_url=url)


@pytest.fixture
def police(tmp_path):
    paths = AppPaths(tmp_path / "police")
    initialise(paths, request_for("receiver", database_url_for("postgresql")))
    workspace = sign_in(paths, "an", ADMIN_PASSWORD)
    yield workspace
    workspace.close()


def test_the_audit_trail_is_append_only_on_the_server_too(police):
    with police.unit_of_work() as uow, pytest.raises(DBAPIError, match="append-only"):
        uow.session.execute(text("UPDATE audit_event SET action = 'x'"))


def test_the_server_keeps_the_backups_and_the_keys(police):
    assert not police.paths.database_file.exists()
    with pytest.raises(ServerKeepsBackups):
        copies.create_backup(police.engine, police.paths, "manual")
    with pytest.raises(ServerKeepsBackups):
        rotate_database_key(police, password=ADMIN_PASSWORD)


def test_a_database_already_in_use_is_refused(police, tmp_path):
    with pytest.raises(Exception, match="already exists"):
        initialise(AppPaths(tmp_path / "second"), request_for("receiver", police.paths.database_url()))


def test_a_team_keeps_its_encrypted_file(tmp_path):
    with pytest.raises(InvalidInput, match="police unit"):
        initialise(AppPaths(tmp_path / "team"), request_for("team", "postgresql+psycopg://x@h/d"))


def test_an_unreachable_server_is_one_clear_error(tmp_path):
    url = "postgresql+psycopg://tuquan@127.0.0.1:9/nowhere?connect_timeout=2"
    with pytest.raises(DatabaseServerUnreachable):
        initialise(AppPaths(tmp_path / "police"), request_for("receiver", url))


def test_a_build_without_the_postgresql_driver_says_so(tmp_path, monkeypatch):
    """A team's build carries no psycopg; a police unit's server address must not end in an
    unexplained ModuleNotFoundError."""
    import sys

    for name in [name for name in sys.modules if name.startswith("psycopg")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # the import now fails, as without it
    with pytest.raises(DatabaseDriverMissing) as refused:
        initialise(AppPaths(tmp_path / "police"),
                   request_for("receiver", "postgresql+psycopg://tuquan@127.0.0.1:9/nowhere"))
    assert "psycopg" in refused.value.message and "tuquan[postgresql]" in refused.value.message


def test_rows_received_before_the_numbering_sequence_keep_their_numbers():
    """Migration 0018 on a server database that already holds numbered rows: new rows are
    numbered after them."""
    from alembic import command
    from sqlalchemy import create_engine

    from db import migrate

    engine = create_engine(database_url_for("postgresql"))
    config = migrate._alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0017")
            connection.execute(text(
                "INSERT INTO received_record (id, team_id, type, version, updated_at, body, "
                "row_number) VALUES ('a', 't', 'case_party', 1, '', '{}', 41)"))
        migrate.upgrade_to_head(engine)
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT nextval('received_record_row_number_seq')")) == 42
    finally:
        engine.dispose()


def test_the_upsert_never_replaces_another_teams_record(police):
    """Should another import write an id after the ownership check read it, the set-based upsert
    still leaves that team's record alone and the bundle is refused."""
    from desktop.core.bundles.importing import apply_records
    from desktop.core.errors import BundleRejected

    def record(version: int) -> dict:
        return {"type": "case_party", "id": "shared-id", "version": version,
                "updated_at": "2026-11-01T00:00:00+00:00", "body": {"full_name": "Lê Văn Tám"}}

    with police.unit_of_work() as uow:
        apply_records(uow.session, "team-b", [record(1)])
        uow.commit()
    with police.unit_of_work() as uow, pytest.raises(BundleRejected, match="record 1 belongs"):
        apply_records(uow.session, "team-a", [record(5)], held={})  # as if read before team B wrote
    with police.unit_of_work() as uow:
        assert uow.session.execute(text(
            "SELECT team_id, version FROM received_record WHERE id = 'shared-id'")).one() == ("team-b", 1)
