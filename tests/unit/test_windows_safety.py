"""Windows-safe files (issue 9): the names TuQuan gives files are legal on Windows and on
FAT32/exFAT sticks, and a rename blocked for a moment by another program is retried."""

import re
from datetime import datetime

import pytest

from desktop.core import atomic
from desktop.core.backups import copies
from desktop.core.installation.stick_backup import backup_file_name

FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
            *(f"LPT{i}" for i in range(1, 10))}


def windows_safe(name: str) -> bool:
    stem = name.split(".")[0].upper()
    return (not FORBIDDEN.search(name) and stem not in RESERVED and len(name) <= 255
            and not name.endswith((" ", ".")))


def test_the_names_tuquan_writes_are_windows_safe():
    names = ["00004-2026-10-12.tqb", f"tuquan-{copies.new_stamp()}-before-key-rotation.db",
             "bien-nhan-00004.json", "bao-cao.pdf", "so-hoa-giai.pdf", "tuquan.card",
             "keyslots.json", "keyslots.next.json", "export-chain.json", "tuquan.log",
             "tuquan-command.log", "tuquan.lock",
             ".tuquan.db.abcd1234.tuquan-tmp"]
    names += [backup_file_name("00004", team, "installation-1", datetime(2026, 11, 20, 9, 41))
              for team in ("Tổ hòa giải thôn Đông Hòa", 'Tổ: 5/"An ninh" <CON>?', "Đội ÁNTT " * 20,
                           "…")]
    assert all(windows_safe(name) for name in names), [n for n in names if not windows_safe(n)]
    assert all(name.isascii() for name in names[-4:]), names[-4:]  # FAT32 and every code page


def test_a_rename_blocked_by_another_program_is_retried(tmp_path, monkeypatch):
    temp, final = tmp_path / "new", tmp_path / "final"
    temp.write_bytes(b"new")
    final.write_bytes(b"old")
    real_replace, calls = atomic.os.replace, []

    def held_open_twice(source, target):
        calls.append(1)
        if len(calls) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "name", "nt")
    monkeypatch.setattr(atomic.os, "replace", held_open_twice)
    monkeypatch.setattr(atomic.time, "sleep", lambda _seconds: None)
    atomic.replace_with_retry(temp, final)
    assert final.read_bytes() == b"new" and len(calls) == 3


def test_a_rename_blocked_for_good_still_fails_clearly(tmp_path, monkeypatch):
    def always_held(_source, _target):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "name", "nt")
    monkeypatch.setattr(atomic.os, "replace", always_held)
    monkeypatch.setattr(atomic.time, "sleep", lambda _seconds: None)
    with pytest.raises(PermissionError):
        atomic.replace_with_retry(tmp_path / "a", tmp_path / "b")
