"""Leak scan (security checklist item 12): after a team records, exports and a police unit
imports, no canary name or text is found in any file either side wrote — databases and their
-wal/-shm, key slots, settings, backups (the file on a stick too), bundles, receipts, the
temporary folder, stderr."""

import json
import os
import subprocess
import sys
import unicodedata

from desktop.core.text import fold_for_search
from tests.e2e.test_cli import PASSWORD

CANARIES = ("Khổng Canary Quỳnh", "Số 77 ngõ Canary", "Canary ghi chú mật", "Canary tin báo ngầm")


def variants(text: str) -> list[bytes]:
    forms = {unicodedata.normalize(form, text) for form in ("NFC", "NFD")} | {fold_for_search(text)}
    return [form.encode(encoding) for form in forms for encoding in ("utf-8", "utf-16-le")]


def test_no_canary_reaches_a_file(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": PASSWORD, "TMPDIR": str(temp),
            "TEMP": str(temp), "TMP": str(temp)}
    team, police, usb = tmp_path / "team", tmp_path / "police", tmp_path / "usb"
    stderr = []

    def run(data_dir, *arguments, document=None, user=None):
        head = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)]
        head += ["--user", user] if user else []
        done = subprocess.run([*head, *arguments], input=json.dumps(document) if document else None,
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        stderr.append(done.stderr)
        return done.stdout

    run(team, "init", "team", "--team-name", "Tổ hòa giải", "--commune-code", "00004",
        "--hamlet", "Thôn Đông", "--admin", "lan")
    run(police, "init", "receiver", "--unit-name", "Công an phường", "--commune-code", "00004",
        "--admin", "an")
    run(team, "keys", "card", "--out", str(tmp_path / "team.card"), user="lan")
    run(police, "keys", "card", "--out", str(tmp_path / "police.card"), user="an")
    run(police, "keys", "enrol", str(tmp_path / "team.card"), "--yes", user="an")
    run(team, "keys", "enrol", str(tmp_path / "police.card"), "--yes", user="lan")
    run(team, "case", "add", "--json", "-", user="lan", document={
        "received_date": "2026-10-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
        "main_content": CANARIES[2], "signs_of_violation": True,
        "violation_reported_at": "2026-10-05T09:00:00", "violation_reported_to": "Công an",
        "parties": [{"full_name": CANARIES[0], "address": CANARIES[1]}]})
    run(team, "note", "add", "--json", "-", user="lan", document={
        "kind": "TIP", "category": "DRUGS", "observed_at": "2026-10-06T20:00:00",
        "summary": CANARIES[3], "reported_to_police_at": "2026-10-06T20:05:00",
        "report_channel": "PHONE"})
    run(team, "search", "Canary", user="lan")
    run(team, "export", "--month", "2026-10", "--out", str(usb), user="lan")
    run(police, "import", *map(str, usb.glob("*.tqb")), user="an")
    shown = run(police, "--json", "escalated", user="an")
    assert CANARIES[0] in json.loads(shown)[-1]["people"]  # it travelled, inside the encryption
    team_id = json.loads((tmp_path / "team.card").read_text("utf-8"))["id"]
    run(police, "receipt", "write", "--team", team_id, "--out", str(tmp_path / "receipt.json"),
        user="an")
    run(team, "backup", "create", "--to", str(tmp_path / "stick"), user="lan")
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files) or any(p.suffix == ".db" for p in files)
    assert any(p.suffix == ".tqbackup" for p in files)  # the backup that leaves the laptop
    for canary in CANARIES:
        for needle in variants(canary):
            for path in files:
                assert needle not in path.read_bytes(), f"{canary!r} found in {path.name}"
            assert not any(needle.decode("utf-8", "ignore") in text for text in stderr)

