"""Migrations: models match the revisions, golden databases upgrade, newer databases are refused."""

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from db import migrate
from db.engine import open_engine
from db.errors import DatabaseTooNew
from db.models import AppUser, Base, LogbookVolume, MediationCase, Member
from tests.conftest import TEST_KEY

GOLDEN = sorted((Path(__file__).parents[1] / "fixtures" / "dbs").glob("schema-*.db"))


def test_head_constant_matches_the_newest_revision():
    scripts = ScriptDirectory.from_config(migrate._alembic_config())
    assert scripts.get_current_head() == migrate.HEAD_REVISION


def test_models_and_migrations_describe_the_same_schema(engine):
    with engine.connect() as connection:
        # The full-text index is SQLite-only and has no model.
        context = MigrationContext.configure(connection, opts={
            "include_name": lambda name, kind, parent: not (name or "").startswith(
                ("case_search", "note_search", "received_search"))})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_golden_database_exists_for_the_current_schema():
    assert any(p.name == f"schema-{migrate.HEAD_REVISION}.db" for p in GOLDEN)


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.name)
def test_every_golden_database_upgrades_to_head_with_its_data(golden, tmp_path):
    copy = tmp_path / golden.name
    shutil.copy(golden, copy)
    engine = open_engine(copy, TEST_KEY)
    try:
        if migrate.needs_upgrade(engine):
            migrate.upgrade_to_head(engine)
        assert migrate.current_revision(engine) == migrate.HEAD_REVISION
        with engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(Member)).scalar() == 2
            assert connection.execute(select(AppUser.username)).scalar() == "lan"
            if golden.name >= "schema-0004":
                assert connection.execute(text("SELECT note_no FROM observation_note")).scalar() \
                    == "AN-2026-0001"
            if golden.name >= "schema-0003":
                assert connection.execute(select(LogbookVolume.volume_no)).scalar() == 1
            if golden.name >= "schema-0002":
                case = connection.execute(select(MediationCase)).one()
                assert (case.case_no, case.end_reason) == ("HG-2026-0001", "AGREEMENT_REACHED")
                if golden.name < "schema-0016":  # the agreement's terms were never asked
                    assert (case.implementation_method, case.implementation_deadline,
                            case.witnesses) == ("", None, "")
                # Parties written before names were folded for matching get theirs on upgrade.
                names = connection.execute(text("SELECT full_name, folded_name FROM case_party"))
                assert [folded for _name, folded in names] == ["dang van duc"]
    finally:
        engine.dispose()


def test_a_database_from_a_newer_app_is_refused(engine):
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNew) as raised:
        migrate.needs_upgrade(engine)
    assert raised.value.revision == "9999"


def test_upgrades_keep_rows_that_other_rows_refer_to(tmp_path):
    """Referenced tables (member, team, case) must not be rebuilt while rows point at them."""
    from alembic import command

    engine = open_engine(tmp_path / "linked.db", TEST_KEY)
    config = migrate._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO member (id, version, created_at, updated_at, change_seq, full_name, "
            "family_name, middle_name, given_name, name_fold, sort_key, position) VALUES "
            "('m1', 1, '2026-01-01', '2026-01-01', 1, 'Nguyễn Thị Lan', 'Nguyễn', 'Thị', 'Lan', "
            "'nguyen thi lan', 'k', 'leader')"))
        connection.execute(text(
            "INSERT INTO app_user (id, version, created_at, updated_at, change_seq, username, "
            "full_name, role, member_id, key_slot_id, active) VALUES ('u1', 1, '2026-01-01', "
            "'2026-01-01', 2, 'lan', 'Nguyễn Thị Lan', 'leader', 'm1', 's1', 1)"))
    migrate.upgrade_to_head(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT member_id FROM app_user")).scalar() == "m1"
    engine.dispose()


def test_bundles_exported_before_there_were_two_desks_are_the_police_chain(tmp_path):
    """An older team's exports, receiver cards and a receiver installation all meant the police."""
    from alembic import command

    engine = open_engine(tmp_path / "desks.db", TEST_KEY)
    config = migrate._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0014")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO export_log (seq, period, created_at, inner_sha256, bundle_sha256, "
            "up_to_change_seq, file_name, ciphertext, record_counts, receipt_status) VALUES "
            "(7, '2026-03', '2026-04-01', 'i', 'b', 42, '00004-2026-03-7.tqb', x'00', '{}', "
            "'received')"))
        connection.execute(text(
            "INSERT INTO enrolled_card (id, card_kind, party_id, name, commune_code, "
            "signing_public, signer_key_id, fingerprint, enrolled_at) VALUES ('c1', 'receiver', "
            "'p1', 'Công an phường', '00004', 'k', 's', 'f', '2026-01-01')"))
    migrate.upgrade_to_head(engine)
    with engine.connect() as connection:
        assert connection.execute(text(
            "SELECT recipient, seq, profile, up_to_change_seq, receipt_status FROM export_log")
        ).one() == ("police", 7, "minimised", 42, "received")
        assert connection.execute(text("SELECT receiver_kind FROM enrolled_card")).scalar() == "police"
    engine.dispose()
