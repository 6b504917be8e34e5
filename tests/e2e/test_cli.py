"""The `tuquan` command as a subprocess: set-up, sign-in, passwords, recovery, audit."""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from db import migrate
from tests.conftest import TEST_KEY

PASSWORD = "mật khẩu đúng 2026"
TEAM = "Tổ hòa giải thôn Đông Hòa"
ADMIN = "Nguyễn Thị Lan"


def tuquan(data_dir, *arguments, password=PASSWORD, **env_extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": password} | env_extra
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                           *arguments], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120)


def snapshot(directory):
    return {p.relative_to(directory): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def data_dir(installed, tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(installed[0], copy)
    return copy


def test_no_file_holds_names_in_clear_and_sqlite_cannot_read_it(installed):
    data_dir, _ = installed
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for secret in (TEAM, "Đông Hòa", ADMIN):
                assert secret.encode("utf-8") not in content, f"{secret!r} in {path.name}"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / "tuquan.db").execute("SELECT * FROM sqlite_master").fetchall()
    if shutil.which("sqlite3"):
        tool = subprocess.run(["sqlite3", str(data_dir / "tuquan.db"), ".tables"],
                              capture_output=True, text=True)
        assert tool.returncode != 0 and "not a database" in tool.stderr


def test_info_with_the_right_password(data_dir):
    result = tuquan(data_dir, "--user", "lan", "info", "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["name"] == TEAM and info["mode"] == "team"
    assert info["commune_code"] == "00004" and info["schema_revision"] == migrate.HEAD_REVISION
    assert info["record_counts"] == {"hamlets": 1, "members": 0, "users": 1,
                                   "cases_received_this_month": 0, "cases_ended_this_month": 0}


def test_wrong_password_fails_in_one_line_and_changes_only_the_throttle_file(data_dir):
    tuquan(data_dir, "--user", "lan", "info")  # makes today's backup first
    before = snapshot(data_dir)
    result = tuquan(data_dir, "--user", "lan", "info", password="not the password")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "Wrong user name or password" in result.stderr
    after = snapshot(data_dir)
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    assert {str(p) for p in changed} == {"unlock-state.json"}
    ok = tuquan(data_dir, "--user", "lan", "audit", "verify", "--json")
    assert json.loads(ok.stdout)["ok"]


def test_password_change_and_recovery_code(data_dir, installed):
    changed = tuquan(data_dir, "--user", "lan", "user", "passwd", "lan",
                     TUQUAN_NEW_PASSWORD="mật khẩu mới 2027")
    assert changed.returncode == 0, changed.stderr
    assert tuquan(data_dir, "--user", "lan", "info").returncode != 0
    assert tuquan(data_dir, "--user", "lan", "info", password="mật khẩu mới 2027").returncode == 0
    recovered = tuquan(data_dir, "recover", "--reset-user", "lan",
                       TUQUAN_RECOVERY_CODE=installed[1].lower(),
                       TUQUAN_NEW_PASSWORD="sau khi khôi phục")
    assert recovered.returncode == 0, recovered.stderr
    assert tuquan(data_dir, "--user", "lan", "info", password="sau khi khôi phục").returncode == 0
    bad = tuquan(data_dir, "recover", "--reset-user", "lan", TUQUAN_RECOVERY_CODE="AAAAA-BBBBB",
                 TUQUAN_NEW_PASSWORD="whatever123")
    assert bad.returncode != 0


def test_users_and_roles(data_dir):
    added = tuquan(data_dir, "--user", "lan", "user", "add", "duc", "--role", "mediator",
                   "--full-name", "Đặng Văn Đức", "--json", TUQUAN_NEW_PASSWORD="mật khẩu của Đức")
    assert added.returncode == 0, added.stderr
    listed = json.loads(tuquan(data_dir, "--user", "lan", "user", "list", "--json").stdout)
    assert [(u["username"], u["role"]) for u in listed["users"]] == [("duc", "mediator"),
                                                                     ("lan", "leader")]
    denied = tuquan(data_dir, "--user", "duc", "user", "list", password="mật khẩu của Đức")
    assert denied.returncode == 1 and "not allowed" in denied.stderr
    bad_role = tuquan(data_dir, "--user", "lan", "user", "add", "x1", "--role", "officer",
                      TUQUAN_NEW_PASSWORD="12345678")
    assert bad_role.returncode == 1 and "role" in bad_role.stderr


def test_audit_verify_reports_an_edited_row(data_dir):
    from db.engine import connect_raw

    connection = connect_raw(data_dir / "tuquan.db", _database_key(data_dir))
    connection.execute("DROP TRIGGER audit_event_no_update")
    connection.execute("UPDATE audit_event SET action = 'nothing_happened' WHERE seq = 2")
    connection.close()
    result = tuquan(data_dir, "--user", "lan", "audit", "verify")
    assert result.returncode == 1 and "BROKEN at event 2" in result.stdout


def _database_key(data_dir) -> bytes:
    from desktop.core.access import key_slots

    slots = key_slots.load(data_dir / "keyslots.json")
    key, _ = key_slots.unlock(slots, key_slots.KIND_PASSWORD, PASSWORD, "lan")
    assert key != TEST_KEY
    return key


def test_usage_errors_exit_2_and_version_prints(tmp_path):
    assert tuquan(tmp_path, "init", "team").returncode == 2
    no_user = tuquan(tmp_path, "info")
    assert no_user.returncode == 2 and "--user" in no_user.stderr
    version = tuquan(tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("tuquan ")


def test_set_up_refuses_a_bad_commune_and_an_existing_installation(data_dir, tmp_path):
    bad = tuquan(tmp_path / "new", "init", "team", "--team-name", "T", "--commune-code", "99999",
                 "--admin", "lan")
    assert bad.returncode == 1 and "commune" in bad.stderr
    assert not (tmp_path / "new" / "tuquan.db").exists()
    again = tuquan(data_dir, "init", "receiver", "--unit-name", "Công an phường Ba Đình",
                   "--commune-code", "00004", "--admin", "admin")
    assert again.returncode == 1 and "already exists" in again.stderr


def test_receiver_installation(tmp_path):
    result = tuquan(tmp_path / "police", "init", "receiver", "--unit-name",
                    "Công an phường Ba Đình", "--commune-code", "00004", "--admin", "admin",
                    "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(tuquan(tmp_path / "police", "--user", "admin", "info", "--json").stdout)
    assert info["mode"] == "receiver" and info["name"] == "Công an phường Ba Đình"
    demo = tuquan(tmp_path / "police", "--user", "admin", "demo", "--records", "3000", "--teams",
                  "3", "--json")
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["records"] >= 3000 and json.loads(demo.stdout)["teams"] == 3
