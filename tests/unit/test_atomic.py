"""Atomic file writes and the sweep of leftovers."""

import os

from desktop.core.atomic import TEMP_SUFFIX, atomic_write_bytes, sweep_orphans


def test_write_replaces_whole_file_with_owner_only_permissions(tmp_path):
    path = tmp_path / "file.json"
    atomic_write_bytes(path, b"first")
    atomic_write_bytes(path, b"second")
    assert path.read_bytes() == b"second"
    if os.name == "posix":  # Windows keeps access lists, not permission bits
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


def test_sweep_removes_only_temporary_leftovers(tmp_path):
    (tmp_path / f".bundle.tqb.abc{TEMP_SUFFIX}").write_bytes(b"torn")
    (tmp_path / "keep.db").write_bytes(b"kept")
    assert sweep_orphans(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["keep.db"]
