"""Mediation cases through the `tuquan` command, from intake to the printed log book."""

import json
import subprocess

from tests.db.test_case_documents import pdf_text


def case(data_dir, *arguments, stdin=None):
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": "mật khẩu đúng 2026"}
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                           "--user", "lan", *arguments], input=stdin, capture_output=True,
                          text=True, env=env, timeout=120)


def text_of(pdf) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout


def test_case_from_intake_to_logbook(installed, tmp_path):
    data_dir = installed[0]
    intake = {"received_date": "05/03/2026", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
              "hamlet": "Thôn Đông Hòa", "main_content": "Tranh chấp ranh giới đất",
              "parties": [{"full_name": "Đặng Văn Đức", "birth_year": 1970,
                           "address": "Thôn Đông Hòa", "kind": "INDIVIDUAL"}],
              "risk_of_violence": False, "signs_of_violation": False}
    added = case(data_dir, "case", "add", "--json", "-", stdin=json.dumps(intake))
    assert added.returncode == 0, added.stderr
    created = json.loads(added.stdout)
    assert created["case_no"] == "HG-2026-0001" and len(created["id"]) == 36
    number = created["case_no"]
    assert case(data_dir, "case", "scope", number, "--in-scope").returncode == 0
    refused = case(data_dir, "case", "assign", number, "--mediator", "lan")
    assert refused.returncode == 1 and "no interest" in refused.stderr
    assert case(data_dir, "case", "assign", number, "--mediator", "lan", "--no-conflict").returncode == 0
    session = case(data_dir, "case", "session", number, "--json", "-",
                   stdin=json.dumps({"held_on": "2026-03-06", "place": "Nhà văn hóa"}))
    assert session.returncode == 0, session.stderr
    ended = case(data_dir, "--json", "case", "end", number, "--reason", "AGREEMENT_REACHED",
                 "--date", "2026-03-20", "--method", "Cắm lại mốc ranh giới",
                 "--deadline", "30/04/2026")
    detail = json.loads(ended.stdout)
    assert detail["result"] == "SUCCESSFUL" and detail["recognition_deadline"] == "2026-09-20"
    assert (detail["implementation_method"], detail["implementation_deadline"]) == \
        ("Cắm lại mốc ranh giới", "2026-04-30")
    found = json.loads(case(data_dir, "--json", "search", "dang van duc").stdout)
    assert [row["case_no"] for row in found] == [number]
    listed = json.loads(case(data_dir, "--json", "case", "list", "--status", "ENDED").stdout)
    assert [row["case_no"] for row in listed] == [number]
    for command in (["agreement", number], ["logbook", "--year", "2026"]):
        out = tmp_path / f"{command[0]}.pdf"
        result = case(data_dir, *command, "--out", str(out))
        assert result.returncode == 0, result.stderr
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Đặng Văn Đức" in text
    assert "ngày 20 tháng 3 năm 2026" in " ".join(text_of(tmp_path / "agreement.pdf").split())


def test_bad_json_and_unknown_case_are_clear(installed):
    data_dir = installed[0]
    bad = case(data_dir, "case", "add", "--json", "-", stdin="{not json")
    assert bad.returncode == 2 and "is not UTF-8 or UTF-16 JSON" in bad.stderr
    missing = case(data_dir, "case", "show", "HG-1999-0001")
    assert missing.returncode == 1 and "was not found" in missing.stderr
    wrong_enum = case(data_dir, "case", "add", "--json", "-", stdin=json.dumps(
        {"received_date": "2026-01-01", "basis": "GOSSIP", "scope_category": "CIVIL"}))
    assert wrong_enum.returncode == 1 and "basis" in wrong_enum.stderr


def test_volumes_and_mediator_counts_from_the_command_line(installed):
    data_dir = installed[0]
    opened = case(data_dir, "--json", "volume", "open", "--on", "01/01/2026")
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout)["volume_no"] == 1
    listed = case(data_dir, "volume", "list")
    assert "volume 1: 01/01/2026 – open" in listed.stdout
    counts = case(data_dir, "--json", "mediator-counts", "--from", "2026-01-01", "--to", "2026-12-31")
    assert counts.returncode == 0, counts.stderr
    assert isinstance(json.loads(counts.stdout), list)
    refused = case(data_dir, "case", "amend", "HG-1999-0009", "--field", "notes", "--value", "x",
                   "--reason", "y")
    assert refused.returncode == 1


def test_notes_and_role_refusals_from_the_command_line(installed):
    import os
    import sys

    data_dir = installed[0]
    for username, role in (("hung", "security"), ("duc", "mediator")):
        env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
        env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": "mật khẩu đúng 2026",
                "TUQUAN_NEW_PASSWORD": f"mật khẩu của {username}"}
        added = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                                "--user", "lan", "user", "add", username, "--role", role],
                               capture_output=True, text=True, env=env, timeout=120)
        assert added.returncode == 0, added.stderr

    def as_user(username, *arguments, stdin=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
        env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": f"mật khẩu của {username}"}
        return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                               "--user", username, *arguments], input=stdin, capture_output=True,
                              text=True, env=env, timeout=120)

    tip = {"kind": "TIP", "category": "GAMBLING", "observed_at": "2026-11-20T20:00:00",
           "summary": "Sới bạc trong nhà kho"}
    refused = as_user("hung", "note", "add", "--json", "-", stdin=json.dumps(tip))
    assert refused.returncode == 1 and "commune police now" in refused.stderr
    tip |= {"reported_to_police_at": "2026-11-20T20:05:00", "report_channel": "PHONE"}
    added = as_user("hung", "note", "add", "--json", "-", stdin=json.dumps(tip))
    assert added.returncode == 0, added.stderr
    denied = as_user("duc", "note", "list")
    assert denied.returncode == 1
    assert denied.stderr.strip().count("\n") == 0 and "not allowed" in denied.stderr
    audit = case(data_dir, "audit", "verify")
    assert audit.returncode == 0


def test_purge_dry_run_from_the_command_line(installed):
    data_dir = installed[0]
    dry = case(data_dir, "--json", "purge", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["dry_run"] is True
    rules = json.loads(case(data_dir, "--json", "retention", "list").stdout)
    assert rules == {"MEDIATION_CASE": 60, "OBSERVATION_NOTE": 12}


def _namesake_cases(data_dir) -> dict[int, str]:
    """Two residents named Hà Minh Khuê, born 1958 and 2001: their case numbers by birth year."""
    numbers = {}
    for born, address, content in ((1958, "Thôn Đông Hòa", "Tranh chấp mương thoát nước"),
                                   (2001, "Tổ dân phố Nam Sơn", "Tranh chấp tiền thuê trọ")):
        intake = {"received_date": "2026-04-02", "basis": "PARTY_REQUEST",
                  "scope_category": "CIVIL", "main_content": content,
                  "parties": [{"full_name": "Hà Minh Khuê", "birth_year": born, "address": address}]}
        added = case(data_dir, "case", "add", "--json", "-", stdin=json.dumps(intake))
        assert added.returncode == 0, added.stderr
        numbers[born] = json.loads(added.stdout)["case_no"]
    return numbers


def test_subject_export_of_a_shared_name_asks_which_person(installed, tmp_path):
    data_dir = installed[0]
    numbers = _namesake_cases(data_dir)
    found = json.loads(case(data_dir, "--json", "subject", "find", "--name", "ha minh khue").stdout)
    assert [(p["birth_year"], p["case_numbers"]) for p in found] == [
        (1958, [numbers[1958]]), (2001, [numbers[2001]])]
    out = tmp_path / "subject.pdf"
    refused = case(data_dir, "subject", "export", "--name", "Hà Minh Khuê", "--out", str(out))
    assert refused.returncode == 1 and not out.exists()
    assert refused.stderr.strip().count("\n") == 0 and "2 people" in refused.stderr
    assert all(p["key"] in refused.stderr for p in found) and "--person" in refused.stderr
    exported = case(data_dir, "subject", "export", "--name", "Hà Minh Khuê", "--birth-year", "2001",
                    "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                   text=True).stdout.split())
    assert "2001" in text and "Nam Sơn" in text and numbers[2001] in text
    for other in ("1958", "Đông Hòa", numbers[1958], "mương", "thuê trọ"):
        assert other not in text
    anonymised = case(data_dir, "--json", "subject", "anonymise", "--name", "Hà Minh Khuê",
                      "--person", found[0]["key"])
    assert json.loads(anonymised.stdout) == {"person": found[0]["key"], "records": 1}
    left = json.loads(case(data_dir, "--json", "subject", "find", "--name", "ha minh khue").stdout)
    assert [p["birth_year"] for p in left] == [2001]


def test_monthly_report_from_the_command_line(installed, tmp_path):
    data_dir = installed[0]
    figures = case(data_dir, "--json", "figures", "set", "--month", "2026-03", "patrols=9")
    assert figures.returncode == 0 and json.loads(figures.stdout)["patrols"] == 9
    out = tmp_path / "report.pdf"
    monthly = case(data_dir, "--json", "report", "monthly", "--month", "2026-03", "--out", str(out),
                   "--number", "05", "--recipient", "Công an phường Ba Đình")
    assert monthly.returncode == 0, monthly.stderr
    built = json.loads(monthly.stdout)
    assert built["balance_ok"] and built["figures"]["patrols"] == 9 and out.exists()
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "Số: 05/BC-…" in text and "Kính gửi: Công an phường Ba Đình" in text
    ranged = case(data_dir, "--json", "report", "range", "--from", "2026-01", "--to", "2026-03")
    assert json.loads(ranged.stdout)["mediation"]["received"] >= built["mediation"]["received"]
    bad = case(data_dir, "report", "monthly", "--month", "March")
    assert bad.returncode == 1 and "YYYY-MM" in bad.stderr
    closed = case(data_dir, "month", "close", "2026-03")
    assert closed.returncode == 0, closed.stderr
