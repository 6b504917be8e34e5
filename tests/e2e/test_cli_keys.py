"""Cards: a team and a police unit exchange cards and enrol each other (issue 6 groundwork)."""

import json

from tests.e2e.test_cli import tuquan


def test_team_and_receiver_exchange_cards(installed, tmp_path):
    team_dir = installed[0]
    police_dir = tmp_path / "police"
    made = tuquan(police_dir, "init", "receiver", "--unit-name", "Công an phường Ba Đình",
                  "--commune-code", "00004", "--admin", "an")
    assert made.returncode == 0, made.stderr
    # A card written into a folder is named after its owner (the police's: its desk).
    team_card, police_card = tmp_path / "team.card", tmp_path / "00004-congan.card"
    written = tuquan(team_dir, "--user", "lan", "--json", "keys", "card", "--out", str(team_card))
    assert written.returncode == 0, written.stderr
    team_fingerprint = json.loads(written.stdout)["fingerprint"]
    assert tuquan(police_dir, "--user", "an", "keys", "card", "--out", str(tmp_path)).returncode == 0
    refused = tuquan(police_dir, "--user", "an", "keys", "enrol", str(team_card))
    assert refused.returncode == 2 and "--yes" in refused.stderr
    enrolled = tuquan(police_dir, "--user", "an", "--json", "keys", "enrol", str(team_card), "--yes")
    assert json.loads(enrolled.stdout)["fingerprint"] == team_fingerprint
    same_kind = tuquan(police_dir, "--user", "an", "keys", "enrol", str(police_card), "--yes")
    assert same_kind.returncode == 1 and "a desk enrols the teams' cards" in same_kind.stderr
    assert tuquan(team_dir, "--user", "lan", "keys", "enrol", str(police_card), "--yes").returncode == 0
    exported = tuquan(team_dir, "--user", "lan", "--json", "export", "--month", "2026-03",
                      "--out", str(tmp_path / "usb"))
    assert exported.returncode == 0, exported.stderr
    [bundle] = json.loads(exported.stdout)
    assert bundle["seq"] == 1 and (tmp_path / "usb" / "00004-2026-03-congan-1.tqb").exists()
    listed = json.loads(tuquan(police_dir, "--user", "an", "--json", "keys", "list").stdout)
    assert [c["kind"] for c in listed] == ["team"] and not listed[0]["revoked"]
    revoked = tuquan(police_dir, "--user", "an", "keys", "revoke", listed[0]["id"])
    assert revoked.returncode == 0
    garbage = tmp_path / "garbage.card"
    garbage.write_bytes(b"\x00not a card")
    bad = tuquan(police_dir, "--user", "an", "keys", "enrol", str(garbage), "--yes")
    assert bad.returncode == 1 and "not a TuQuan key card" in bad.stderr
    assert b"PRIVATE" not in team_card.read_bytes() and b"AGE-SECRET" not in police_card.read_bytes()
