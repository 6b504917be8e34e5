"""Encrypted backups: daily once, before migrations, pruned to the newest N (and what a purge
erased, 30 days after it), openable with the key."""

from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import text

from db import clock, migrate
from db.engine import open_engine
from desktop.core.backups import copies
from desktop.core.data_folder.workspace import open_database
from desktop.core.paths import AppPaths
from tests.conftest import TEST_KEY


def test_daily_backup_is_made_once_and_is_encrypted(engine, tmp_path):
    paths = AppPaths(tmp_path)
    made = copies.backup_if_first_today(engine, paths)
    assert made is not None and made.reason == "daily"
    assert copies.backup_if_first_today(engine, paths) is None
    assert made.path.read_bytes()[:16] != b"SQLite format 3\x00"
    copy = open_engine(made.path, TEST_KEY)
    with copy.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            migrate.HEAD_REVISION
    copy.dispose()


def test_only_the_newest_backups_are_kept(engine, tmp_path):
    paths = AppPaths(tmp_path)
    made = [copies.create_backup(engine, paths, "manual", keep=3) for _ in range(5)]
    assert [b.path for b in copies.list_backups(paths)] == [b.path for b in made[-3:]]
    assert not any(p.name.endswith(".tuquan-tmp") for p in paths.backups_dir.iterdir())


def test_a_purges_backup_and_every_older_one_go_thirty_days_after_it(engine, tmp_path):
    paths = AppPaths(tmp_path)

    def backup_on(day: date, reason: str = "daily") -> Path:
        with clock.moved_to(datetime.combine(day, time(8))):
            return copies.create_backup(engine, paths, reason).path

    older = backup_on(date(2026, 1, 1))
    purge = backup_on(date(2026, 1, 2), copies.BEFORE_PURGE)
    after = [backup_on(date(2026, 1, 3)), backup_on(date(2026, 1, 31))]
    assert [b.path for b in copies.list_backups(paths)] == [older, purge, *after]  # 29 days
    after.append(backup_on(date(2026, 2, 1)))  # 30 days: the purge's backup goes
    assert [b.path for b in copies.list_backups(paths)] == after


def test_an_older_database_is_backed_up_before_it_is_migrated(tmp_path, monkeypatch):
    paths = AppPaths(tmp_path)
    engine = open_engine(paths.database_file, TEST_KEY)
    migrate.upgrade_to_head(engine)
    engine.dispose()
    upgraded: list[Path] = []
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0099")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {migrate.current_revision(engine), "0099"})
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda e: upgraded.append(paths.database_file))
    engine = open_database(paths, TEST_KEY, back_up=copies.before_migration(paths))
    engine.dispose()
    assert upgraded
    assert [b.reason for b in copies.list_backups(paths)] == ["before-migration"]


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 5000,
                                     bytes(range(256)) * 64])
def test_a_foreign_or_damaged_backup_file_is_refused_and_changes_nothing(team_install, content):
    from desktop.core.access.unlock import sign_in
    from desktop.core.backups.restore import restore_backup
    from desktop.core.errors import BackupUnusable
    from tests.conftest import ADMIN_PASSWORD

    paths = team_install[0]
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    key = workspace.database_key()
    workspace.close()
    before = paths.database_file.read_bytes()
    paths.backups_dir.mkdir(exist_ok=True)
    (paths.backups_dir / "tuquan-20200101T000000000000-daily.db").write_bytes(content)
    with pytest.raises(BackupUnusable):
        restore_backup(paths, key, backup_id="20200101T000000000000")
    assert paths.database_file.read_bytes() == before
