"""A team and its police unit from the command line: cards, exports, import, duplicate, damage,
status grid, receipts, the escalated list and the identity backup (issue 6 acceptance)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyrage

from tests.e2e.test_cli import tuquan

ESCALATED = {"received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
             "main_content": "Tranh chấp lối đi, có dấu hiệu hủy hoại tài sản",
             "signs_of_violation": True, "violation_reported_at": "2026-03-05T09:00:00",
             "violation_reported_to": "Công an phường",
             "parties": [{"full_name": "Trịnh Văn Gắt"}]}
QUIET = {"received_date": "2026-03-06", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
         "parties": [{"full_name": "Phạm Bí Mật", "address": "Số 7 ngõ 3"}]}
TIP = {"kind": "TIP", "category": "GAMBLING", "observed_at": "2026-04-02T20:00:00",
       "summary": "Sới bạc trong nhà kho", "reported_to_police_at": "2026-04-02T20:05:00",
       "report_channel": "PHONE"}


def feed(data_dir, *arguments, document):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": "mật khẩu đúng 2026"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--user",
                           "lan", *arguments, "--json", "-"], input=json.dumps(document),
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr


def run_json(data_dir, user, *arguments, expect=0, **env):
    done = tuquan(data_dir, "--user", user, "--json", *arguments, **env)
    assert done.returncode == expect, done.stderr + done.stdout
    return json.loads(done.stdout)


def exchange_cards(team_dir, police_dir, tmp_path, kind="police"):
    assert tuquan(police_dir, "init", "receiver", "--kind", kind, "--unit-name",
                  "Công an phường Ba Đình" if kind == "police" else "UBND phường Ba Đình",
                  "--commune-code", "00004", "--admin", "an").returncode == 0
    team_card, police_card = tmp_path / "team.card", tmp_path / f"{kind}.card"
    run_json(team_dir, "lan", "keys", "card", "--out", str(team_card))
    run_json(police_dir, "an", "keys", "card", "--out", str(police_card))
    run_json(police_dir, "an", "keys", "enrol", str(team_card), "--yes")
    run_json(team_dir, "lan", "keys", "enrol", str(police_card), "--yes", "--desk", kind)


def test_exports_travel_to_the_police_unit(installed, tmp_path):
    team_dir, police_dir, usb = tmp_path / "team", tmp_path / "police", tmp_path / "usb"
    shutil.copytree(installed[0], team_dir)  # a team sends to one commune police
    exchange_cards(team_dir, police_dir, tmp_path)
    feed(team_dir, "case", "add", document=ESCALATED)
    feed(team_dir, "case", "add", document=QUIET)
    first = run_json(team_dir, "lan", "export", "--month", "2026-03", "--out", str(usb))[0]
    feed(team_dir, "note", "add", document=TIP)
    second = run_json(team_dir, "lan", "export", "--month", "2026-04", "--out", str(usb))[0]
    paths = [first["path"], second["path"]]
    assert [r["status"] for r in run_json(police_dir, "an", "import", *paths)] == ["imported"] * 2

    status = run_json(police_dir, "an", "status", "--month", "2026-04", "--months", "2")
    assert status["teams"][0]["cells"] == {"2026-03": "received", "2026-04": "received"}
    assert status["teams"][0]["last_contiguous_seq"] == 2

    assert run_json(police_dir, "an", "import", paths[0])[0]["status"] == "duplicate"
    damaged = tmp_path / "damaged.tqb"
    data = bytearray(Path(paths[1]).read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    rejected = run_json(police_dir, "an", "import", str(damaged), expect=1)[0]
    assert rejected["status"] == "rejected" and rejected["reason"]
    assert run_json(police_dir, "an", "status", "--month", "2026-04", "--months", "2") == status
    assert run_json(police_dir, "an", "verify", paths[1])[0]["status"] == "duplicate"

    escalated = run_json(police_dir, "an", "escalated")
    assert {item["kind"] for item in escalated} == {"case", "tip"}
    case = next(item for item in escalated if item["kind"] == "case")
    assert case["people"] == ["Trịnh Văn Gắt"] and "Phạm Bí Mật" not in json.dumps(escalated)

    receipt = tmp_path / "receipt.json"
    run_json(police_dir, "an", "receipt", "write", "--team", status["teams"][0]["id"],
             "--out", str(receipt))
    summary = run_json(team_dir, "lan", "receipt", "import", str(receipt))
    assert summary["last_contiguous_seq"] == 2 and summary["missing"] == []
    history = run_json(team_dir, "lan", "outbox", "list")
    assert [(row["seq"], row["receipt_status"]) for row in history] == [(2, "received"),
                                                                         (1, "received")]


def test_a_team_reads_its_receipt_and_writes_a_lost_bundle_again(installed, tmp_path):
    team_dir, police_dir = tmp_path / "team", tmp_path / "police"
    shutil.copytree(installed[0], team_dir)  # a team sends to one commune police
    exchange_cards(team_dir, police_dir, tmp_path)
    made = [run_json(team_dir, "lan", "export", "--month", month, "--out", str(tmp_path / "usb"))[0]
            for month in ("2026-05", "2026-06")]
    run_json(police_dir, "an", "import", made[1]["path"])  # the first stick was lost
    team_id = run_json(police_dir, "an", "keys", "list")[0]["id"]
    receipt = tmp_path / "receipt.json"
    run_json(police_dir, "an", "receipt", "write", "--team", team_id, "--out", str(receipt))
    summary = run_json(team_dir, "lan", "receipt", "import", str(receipt))
    lost = made[0]["seq"]
    assert lost in summary["missing"] and made[1]["seq"] in summary["waiting_behind_gap"]
    again = run_json(team_dir, "lan", "outbox", "write", str(lost), "--out", str(tmp_path / "new"))
    assert Path(again["path"]).read_bytes() == Path(made[0]["path"]).read_bytes()
    altered = bytearray(receipt.read_bytes())
    altered[altered.index(b'"last_contiguous_seq') + 2] ^= 0x01
    receipt.write_bytes(bytes(altered))
    refused = tuquan(team_dir, "--user", "lan", "receipt", "import", str(receipt))
    assert refused.returncode == 1 and "receipt" in refused.stderr


def test_the_unit_saves_its_identity_under_a_passphrase(tmp_path):
    police_dir, out = tmp_path / "police", tmp_path / "identity.age"
    assert tuquan(police_dir, "init", "receiver", "--unit-name", "Công an xã Sơn Hà",
                  "--commune-code", "00004", "--admin", "an").returncode == 0
    short = tuquan(police_dir, "--user", "an", "keys", "export-identity", "--out", str(out),
                   TUQUAN_EXPORT_PASSPHRASE="ngắn")
    assert short.returncode == 1 and not out.exists()
    run_json(police_dir, "an", "keys", "export-identity", "--out", str(out),
             TUQUAN_EXPORT_PASSPHRASE="cụm mật khẩu dài của đơn vị")
    text = pyrage.passphrase.decrypt(out.read_bytes(), "cụm mật khẩu dài của đơn vị").decode()
    assert "AGE-SECRET-KEY-1" in text and "Công an xã Sơn Hà" in text


def test_one_export_writes_a_bundle_for_each_desk_and_each_reads_its_own(installed, tmp_path):
    team_dir, usb = tmp_path / "team", tmp_path / "usb"
    police_dir, commune_dir = tmp_path / "police", tmp_path / "commune"
    shutil.copytree(installed[0], team_dir)
    exchange_cards(team_dir, police_dir, tmp_path)
    exchange_cards(team_dir, commune_dir, tmp_path, kind="commune")
    wrong = tuquan(team_dir, "--user", "lan", "keys", "enrol", str(tmp_path / "police.card"),
                   "--yes", "--desk", "commune")
    assert wrong.returncode == 1 and "People's Committee's card is expected" in wrong.stderr
    feed(team_dir, "case", "add", document=ESCALATED)
    feed(team_dir, "case", "add", document=QUIET | {
        "risk_of_violence": True, "violence_reported_at": "2026-03-06T09:00:00",
        "violence_reported_to": "Chủ tịch UBND phường"})
    sent = run_json(team_dir, "lan", "export", "--month", "2026-03", "--out", str(usb))
    assert [(bundle["recipient"], bundle["seq"]) for bundle in sent] == [("police", 1),
                                                                         ("commune", 1)]
    only = run_json(team_dir, "lan", "export", "--month", "2026-04", "--out", str(usb),
                    "--to", "commune")
    assert [(bundle["recipient"], bundle["seq"]) for bundle in only] == [("commune", 2)]
    police, commune = sent[0]["path"], sent[1]["path"]
    assert run_json(commune_dir, "an", "import", police, expect=1)[0]["status"] == "rejected"
    assert run_json(police_dir, "an", "import", police)[0]["status"] == "imported"
    assert [r["status"] for r in run_json(commune_dir, "an", "import", commune, only[0]["path"])] \
        == ["imported", "imported"]
    at_police = json.dumps(run_json(police_dir, "an", "escalated"), ensure_ascii=False)
    at_commune = json.dumps(run_json(commune_dir, "an", "escalated"), ensure_ascii=False)
    assert "Trịnh Văn Gắt" in at_police and "Phạm Bí Mật" not in at_police
    assert "Phạm Bí Mật" in at_commune and "Trịnh Văn Gắt" not in at_commune
    pdf = tmp_path / "thong-ke.pdf"
    report = run_json(commune_dir, "an", "report", "justice", "--period", "months", "--from",
                      "2026-03", "--to", "2026-04", "--number", "27/BC-UBND", "--out", str(pdf))
    assert report["teams"] == 1 and report["actual"]["received"] == 2
    assert pdf.read_bytes().startswith(b"%PDF")
