"""Whatever the command line is given, it answers with a non-zero status and exactly one line
on stderr, never a traceback; and what a team sent is shown with its control characters
escaped, so a bundle cannot rewrite the police officer's terminal."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.e2e.test_cli import PASSWORD, TEAM
from tests.e2e.test_cli_bundles import exchange_cards, feed, run_json

INTAKE = {"basis": "PARTY_REQUEST", "scope_category": "CIVIL", "parties": [{"full_name": "An"}]}


def run(data_dir, *arguments, stdin: bytes = b"", user: str = "lan", **env_extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": PASSWORD} | env_extra
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                           "--user", user, *arguments], input=stdin, capture_output=True,
                          env=env, timeout=120)


def assert_refused_in_one_line(done, *words: str) -> None:
    out, err = done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    assert done.returncode != 0, out
    assert "Traceback" not in out + err
    assert err.count("\n") == 1 and err.startswith("tuquan: "), err
    for word in words:
        assert word in err, err


@pytest.fixture
def data_dir(installed, tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(installed[0], copy)
    return copy


def document(**changes) -> bytes:
    return json.dumps(INTAKE | changes, ensure_ascii=False).encode()


BAD_CASES = {
    "a lone surrogate": (b'{"basis":"PARTY_REQUEST","scope_category":"CIVIL",'
                         b'"parties":[{"full_name":"x\\ud800"}]}', "not text"),
    "100,000-deep JSON": (b"[" * 100_000, "JSON"),
    "received in year 1": (document(received_date="0001-01-01"), "1900"),
    "received in 9999": (document(received_date="9999-12-31"), "1900"),
    "20,000 parties": (document(parties=[{"full_name": f"Người {n}"} for n in range(20_000)]),
                       "more than 100"),
    "not an object": (b"[1, 2, 3]", "object"),
    "a date that is not one": (document(received_date="31/02/2026"), "date"),
}


@pytest.mark.parametrize("name", list(BAD_CASES))
def test_bad_case_input_is_one_line(data_dir, name):
    stdin, word = BAD_CASES[name]
    assert_refused_in_one_line(run(data_dir, "case", "add", "--json", "-", stdin=stdin), word)


def test_wrong_places_are_one_line(data_dir, tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    assert_refused_in_one_line(run(a_file, "info"))
    assert_refused_in_one_line(run(a_file, "init", "team", "--team-name", TEAM, "--commune-code",
                                   "00004", "--admin", "lan"))
    # a folder is a place for the card (it takes its owner's name there); a file's "inside" is not
    assert_refused_in_one_line(run(data_dir, "keys", "card", "--out", str(a_file / "team.card")))
    assert_refused_in_one_line(run(data_dir, "load", str(tmp_path)))
    assert_refused_in_one_line(run(data_dir, "case", "add", "--json", str(tmp_path / "none.json")))


def test_only_who_may_restore_makes_backups(data_dir):
    added = run(data_dir, "user", "add", "mai", "--role", "viewer", TUQUAN_NEW_PASSWORD=PASSWORD)
    assert added.returncode == 0, added.stderr
    assert_refused_in_one_line(run(data_dir, "backup", "create", user="mai"), "not allowed")
    assert run(data_dir, "backup", "create").returncode == 0


def test_a_damaged_database_without_a_good_backup_says_so(data_dir):
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    damaged = bytearray((data_dir / "tuquan.db").read_bytes())
    damaged[3 * 4096 + 200] ^= 0xFF
    (data_dir / "tuquan.db").write_bytes(bytes(damaged))
    done = run(data_dir, "info")
    assert_refused_in_one_line(done, "damaged", "no backup in this folder")
    assert b"(none)" not in done.stderr


def test_a_read_only_data_folder_is_called_one(data_dir):
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(data_dir)]).returncode:
        pytest.skip("needs chattr on a file system that keeps the immutable flag")
    try:
        assert_refused_in_one_line(run(data_dir, "info"), "cannot be written")
    finally:
        subprocess.run(["chattr", "-i", str(data_dir)], check=True)


def test_many_writers_at_once_wait_their_turn_or_say_why(data_dir, tmp_path):
    (tmp_path / "case.json").write_bytes(document(received_date="2026-10-05"))
    exchange_cards(data_dir, tmp_path / "police", tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": PASSWORD}
    commands = [["case", "add", "--json", str(tmp_path / "case.json")]] * 4 + \
               [["export", "--month", "2026-10", "--out", str(tmp_path / f"usb{n}")] for n in (1, 2)]
    running = [subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                                 "--user", "lan", *command], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env) for command in commands]
    for process in running:
        out, err = process.communicate(timeout=180)
        assert b"Traceback" not in out + err
        assert process.returncode == 0 or err.count(b"\n") == 1, err
    assert len(run_json(data_dir, "lan", "case", "list")) >= 1


def test_control_characters_a_team_sent_are_shown_escaped(installed, tmp_path):
    team_dir, police_dir, usb = tmp_path / "team", tmp_path / "police", tmp_path / "usb"
    shutil.copytree(installed[0], team_dir)
    exchange_cards(team_dir, police_dir, tmp_path)
    feed(team_dir, "case", "add", document={
        "received_date": "2026-10-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
        "main_content": "Đe dọa\x1b[2J\x1b]0;hacked\x07 \u202eevil\u202c",
        "signs_of_violation": True, "violation_reported_at": "2026-10-05T09:00:00",
        "violation_reported_to": "Công an", "parties": [{"full_name": "Trịnh\x00Văn"}]})
    sent = run_json(team_dir, "lan", "export", "--month", "2026-10", "--out", str(usb))[0]
    run_json(police_dir, "an", "import", sent["path"])
    for arguments in (["escalated"], ["--json", "escalated"]):
        shown = run(police_dir, *arguments, user="an")
        assert shown.returncode == 0, shown.stderr
        assert not any(byte in shown.stdout for byte in (b"\x1b", b"\x00", b"\x07")), shown.stdout
        assert "\u202e".encode() not in shown.stdout
        assert b"\\u001b" in shown.stdout and b"\\u202e" in shown.stdout
