"""A team and its police unit: cards, two exports, import, duplicate, damage (issue 6 flow)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.test_cli import tuquan


def test_exports_travel_to_the_police_unit(installed, tmp_path):
    team_dir, police_dir = installed[0], tmp_path / "police"
    assert tuquan(police_dir, "init", "receiver", "--unit-name", "Công an phường Ba Đình",
                  "--commune-code", "00004", "--admin", "an").returncode == 0
    team_card, police_card = tmp_path / "team.card", tmp_path / "police.card"
    assert tuquan(team_dir, "--user", "lan", "keys", "card", "--out", str(team_card)).returncode == 0
    assert tuquan(police_dir, "--user", "an", "keys", "card", "--out", str(police_card)).returncode == 0
    assert tuquan(police_dir, "--user", "an", "keys", "enrol", str(team_card), "--yes").returncode == 0
    assert tuquan(team_dir, "--user", "lan", "keys", "enrol", str(police_card), "--yes").returncode == 0
    usb = tmp_path / "usb"
    intake = {"received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
              "parties": [{"full_name": "Phạm Bí Mật", "address": "Số 7 ngõ 3"}]}
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": "mật khẩu đúng 2026"}
    added = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(team_dir), "--user",
                            "lan", "case", "add", "--json", "-"], input=json.dumps(intake),
                           capture_output=True, text=True, env=env)
    assert added.returncode == 0, added.stderr
    first = tuquan(team_dir, "--user", "lan", "--json", "export", "--month", "2026-03", "--out", str(usb))
    second = tuquan(team_dir, "--user", "lan", "--json", "export", "--month", "2026-04", "--out", str(usb))
    paths = [json.loads(r.stdout)["path"] for r in (first, second)]
    imported = tuquan(police_dir, "--user", "an", "--json", "import", *paths)
    assert imported.returncode == 0, imported.stderr + imported.stdout
    assert [r["status"] for r in json.loads(imported.stdout)] == ["imported", "imported"]
    again = tuquan(police_dir, "--user", "an", "--json", "import", paths[0])
    assert json.loads(again.stdout)[0]["status"] == "duplicate"
    damaged = tmp_path / "damaged.tqb"
    data = bytearray(Path(paths[1]).read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    rejected = tuquan(police_dir, "--user", "an", "--json", "import", str(damaged))
    result = json.loads(rejected.stdout)[0]
    assert rejected.returncode == 1 and result["status"] == "rejected" and result["reason"]
    verified = tuquan(police_dir, "--user", "an", "--json", "verify", paths[1])
    assert json.loads(verified.stdout)[0]["status"] == "duplicate"
