"""A data folder whose path has Vietnamese letters, spaces, "#" and "%": every file name reaches
SQLite intact (a URI once ended the name at "#", and every command then said "damaged")."""

from tests.e2e.test_cli import TEAM, tuquan
from tests.e2e.test_cli_bundles import QUIET, exchange_cards, feed, run_json


def test_an_installation_in_a_folder_named_to_2_hash_percent_works_end_to_end(tmp_path):
    place = tmp_path / "Tổ #2 %"
    team_dir, police_dir, usb = place / "dữ liệu", place / "công an", place / "USB #1"
    made = tuquan(team_dir, "init", "team", "--team-name", TEAM, "--commune-code", "00004",
                  "--hamlet", "Thôn Đông Hòa", "--admin", "lan")
    assert made.returncode == 0, made.stderr
    assert run_json(team_dir, "lan", "info")["name"] == TEAM
    exchange_cards(team_dir, police_dir, tmp_path)
    feed(team_dir, "case", "add", document=QUIET)
    backup = run_json(team_dir, "lan", "backup", "create")["id"]
    assert [row["ok"] for row in run_json(team_dir, "lan", "backup", "verify")] == [True, True]
    sent = run_json(team_dir, "lan", "export", "--month", "2026-03", "--out", str(usb))[0]
    assert [r["status"] for r in run_json(police_dir, "an", "import", sent["path"])] == ["imported"]
    feed(team_dir, "case", "add", document=QUIET)
    assert len(run_json(team_dir, "lan", "case", "list")) == 2
    restored = run_json(team_dir, "lan", "backup", "restore", backup)
    assert restored["restored"] == backup and restored["previous_kept_as"]
    assert len(run_json(team_dir, "lan", "case", "list")) == 1
    assert tuquan(team_dir, "--user", "lan", "audit", "verify").returncode == 0
