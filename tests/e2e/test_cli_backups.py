"""Backups from the command line: create, list, verify, restore (reversible, audited); a damaged
database is refused with the backup to restore; an export after a restore continues the chain."""

import json
import shutil
from datetime import timedelta

from desktop.core.backups import copies
from desktop.core.paths import AppPaths
from tests.e2e.test_cli import tuquan
from tests.e2e.test_cli_bundles import QUIET, exchange_cards, feed, run_json


def backup_ids(data_dir) -> list[str]:
    return [row["id"] for row in run_json(data_dir, "lan", "backup", "list")]


def case_count(data_dir) -> int:
    return len(run_json(data_dir, "lan", "case", "list"))


def test_restore_brings_back_a_database_that_opens_and_verifies(installed, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(installed[0], data_dir)
    before = case_count(data_dir)
    made = run_json(data_dir, "lan", "backup", "create")["id"]
    feed(data_dir, "case", "add", document=QUIET)
    assert case_count(data_dir) == before + 1
    assert all(row["ok"] for row in run_json(data_dir, "lan", "backup", "verify"))
    restored = run_json(data_dir, "lan", "backup", "restore", made)
    assert case_count(data_dir) == before
    assert tuquan(data_dir, "--user", "lan", "audit", "verify").returncode == 0
    # Reversible: the database it replaced was kept, and restoring it brings the case back.
    run_json(data_dir, "lan", "backup", "restore", restored["previous_kept_as"])
    assert case_count(data_dir) == before + 1


def test_a_damaged_database_is_refused_and_restored(installed, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(installed[0], data_dir)
    good = run_json(data_dir, "lan", "backup", "create")["id"]
    paths = AppPaths(data_dir)
    for backup in copies.list_backups(paths):  # as if made yesterday: today's check is due
        stamp = copies.backup_id(backup)
        older = (backup.created_at - timedelta(days=1)).strftime("%Y%m%dT%H%M%S%f")
        backup.path.rename(backup.path.with_name(backup.path.name.replace(stamp, older)))
        good = older if stamp == good else good
    damaged = bytearray(paths.database_file.read_bytes())
    damaged[3 * 4096 + 200] ^= 0xFF
    paths.database_file.write_bytes(bytes(damaged))
    refused = tuquan(data_dir, "--user", "lan", "info")
    assert refused.returncode == 1 and "damaged" in refused.stderr
    assert f"backup restore {good}" in refused.stderr
    restored = run_json(data_dir, "lan", "backup", "restore", good)
    kept = [b for b in copies.list_backups(paths) if b.reason == "damaged"]
    assert restored["previous_kept_as"] and len(kept) == 1
    assert tuquan(data_dir, "--user", "lan", "audit", "verify").returncode == 0
    bad = tuquan(data_dir, "--user", "lan", "--json", "backup", "verify")
    assert bad.returncode == 1 and not all(r["ok"] for r in json.loads(bad.stdout))


def test_an_export_after_restoring_an_old_backup_continues_the_chain(installed, tmp_path):
    team_dir, police_dir, usb = tmp_path / "team", tmp_path / "police", tmp_path / "usb"
    shutil.copytree(installed[0], team_dir)
    exchange_cards(team_dir, police_dir, tmp_path)
    first = run_json(team_dir, "lan", "export", "--month", "2026-07", "--out", str(usb))[0]
    old = run_json(team_dir, "lan", "backup", "create")["id"]
    second = run_json(team_dir, "lan", "export", "--month", "2026-08", "--out", str(usb))[0]
    run_json(team_dir, "lan", "backup", "restore", old)
    third = run_json(team_dir, "lan", "export", "--month", "2026-09", "--out", str(usb))[0]
    assert third["seq"] == second["seq"] + 1 and third["warnings"]
    statuses = run_json(police_dir, "an", "import", first["path"], second["path"], third["path"])
    assert [s["status"] for s in statuses] == ["imported"] * 3  # no fork, no gap
