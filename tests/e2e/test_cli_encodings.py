"""The command line at the edges Windows gives it: output redirected in the ANSI code page
(cp1252 forced here), JSON saved with a byte-order mark or as UTF-16, as PowerShell 5.1 writes."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.e2e.test_cli import PASSWORD, TEAM

INTAKE = {"received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
          "parties": [{"full_name": "Đặng Văn Đức"}, {"full_name": "Nguyễn Thị Hoà"}]}


def run_bytes(data_dir, *arguments, stdin: bytes = b"", **env_extra) -> subprocess.CompletedProcess:
    """The command with pipes on every side; what it prints is returned as bytes."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": PASSWORD} | env_extra
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                           "--user", "lan", *arguments], input=stdin, capture_output=True,
                          env=env, timeout=120)


@pytest.fixture
def data_dir(installed, tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(installed[0], copy)
    return copy


def test_a_redirected_command_line_in_cp1252_speaks_utf8(data_dir):
    ansi = {"PYTHONIOENCODING": "cp1252"}
    info = run_bytes(data_dir, "info", "--json", **ansi)
    assert info.returncode == 0, info.stderr.decode("utf-8", "replace")
    assert json.loads(info.stdout.decode("utf-8"))["name"] == TEAM
    added = run_bytes(data_dir, "case", "add", "--json", "-",
                      stdin=json.dumps(INTAKE, ensure_ascii=False).encode("utf-8"), **ansi)
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    found = run_bytes(data_dir, "search", "dang van duc", **ansi)
    assert found.returncode == 0 and "Đặng Văn Đức" in found.stdout.decode("utf-8")
    shown = run_bytes(data_dir, "--json", "case", "list", **ansi)
    assert {row["first_party"] for row in json.loads(shown.stdout.decode("utf-8"))} == {"Đặng Văn Đức"}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_case_json_with_a_byte_order_mark_or_in_utf16_is_read(data_dir, tmp_path, encoding):
    document = json.dumps(INTAKE, ensure_ascii=False).encode(encoding)
    (tmp_path / "case.json").write_bytes(document)
    from_file = run_bytes(data_dir, "case", "add", "--json", str(tmp_path / "case.json"))
    from_pipe = run_bytes(data_dir, "case", "add", "--json", "-", stdin=document)
    for done in (from_file, from_pipe):
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    names = run_bytes(data_dir, "search", "Hoà").stdout.decode("utf-8")
    assert names.count("Đặng Văn Đức") == 2


def test_json_in_another_encoding_is_refused_in_one_line(data_dir):
    done = run_bytes(data_dir, "case", "add", "--json", "-",
                     stdin=json.dumps(INTAKE, ensure_ascii=False).encode("utf-16-le"))
    assert done.returncode == 2
    assert done.stderr.decode("utf-8").count("\n") == 1 and "UTF-8 or UTF-16" in done.stderr.decode()
