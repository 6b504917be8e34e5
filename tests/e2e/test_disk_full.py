"""Full disks, read-only sticks and sticks pulled mid-copy: a clear message, every existing file
intact, nothing half-written (issue 7: disk full and read-only media; checklist items 8–9)."""

import errno
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from db.integrity import integrity_problems
from desktop.core import atomic
from desktop.core.access.unlock import sign_in
from desktop.core.bundles import outbox
from desktop.core.bundles.export import export_bundle
from desktop.core.errors import CopyFailed, DiskFull, ExportNotCopied, NotWritable
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux")


def limited_export(data_dir: Path, out: Path, limit: int) -> subprocess.CompletedProcess:
    """`tuquan export` in a process that may not grow any file beyond `limit` bytes."""
    import resource  # POSIX only: the module is skipped elsewhere, but must still collect

    def limit_file_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write, do not kill the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": ADMIN_PASSWORD}
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--user",
                           "an", "export", "--month", "2026-10", "--out", str(out)],
                          env=env, capture_output=True, text=True, preexec_fn=limit_file_size,
                          timeout=120)


def test_a_full_data_disk_loses_nothing(pair_with_data, tmp_path):
    """The data folder fills while the bundle is saved: refused, rolled back, database sound."""
    refused = 0
    for limit in (40_960, 49_152, 57_344, 65_536, 98_304, 262_144, 1 << 22):
        team = tmp_path / f"team-{limit}"
        shutil.copytree(pair_with_data / "team", team)
        done = limited_export(team, tmp_path / f"usb-{limit}", limit)
        if done.returncode == 0:
            break
        refused += 1
        assert "no room to write" in done.stderr and "Traceback" not in done.stderr
        usb = tmp_path / f"usb-{limit}"
        assert not usb.exists() or not any(usb.iterdir())
        workspace = sign_in(AppPaths(team), "an", ADMIN_PASSWORD)
        try:
            with workspace.unit_of_work() as uow:
                assert outbox.list_exports(uow) == []  # the export rolled back whole
            assert integrity_problems(team / "tuquan.db", workspace.database_key()) == []
        finally:
            workspace.close()
    assert refused >= 1, "no limit was small enough to fill the data folder"
    assert done.returncode == 0, "an export never succeeded, even with room"


def fill_every_write(monkeypatch) -> None:
    """Temporary files open onto /dev/full, where every write fails with ENOSPC."""
    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        fd, name = real(*args, **kwargs)
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)


@pytest.fixture
def team(pair_with_data, tmp_path):
    shutil.copytree(pair_with_data / "team", tmp_path / "team")
    workspace = sign_in(AppPaths(tmp_path / "team"), "an", ADMIN_PASSWORD)
    yield workspace
    workspace.close()


def test_a_full_stick_keeps_the_bundle_in_the_outbox(team, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "old-photo.jpg").write_bytes(b"\xff\xd8 not ours")
    fill_every_write(monkeypatch)
    with pytest.raises(ExportNotCopied) as refused, team.unit_of_work() as uow:
        export_bundle(uow, month=Month(2026, 10), out_dir=stick)
    assert "no room to write" in refused.value.message
    assert sorted(p.name for p in stick.iterdir()) == ["old-photo.jpg"]  # no temp, no part
    assert (stick / "old-photo.jpg").read_bytes() == b"\xff\xd8 not ours"
    monkeypatch.undo()
    with team.unit_of_work() as uow:
        written = outbox.write_copy(uow, seq=1, out_dir=stick)  # the outbox kept it
    assert written.exists()


def test_a_read_only_stick_is_named(team, tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportNotCopied) as refused, team.unit_of_work() as uow:
        export_bundle(uow, month=Month(2026, 10), out_dir=tmp_path / "locked")
    assert "cannot be written" in refused.value.message
    assert isinstance(refused.value.__cause__, NotWritable)


def test_a_stick_pulled_mid_copy_is_caught_by_the_read_back(team, tmp_path, monkeypatch):
    real_write = outbox.atomic_write_bytes

    def pulled(path, data, mode=0o600):
        real_write(path, data[: len(data) // 2], mode)  # what a stick pulled halfway holds

    with team.unit_of_work() as uow:
        export_bundle(uow, month=Month(2026, 10), out_dir=tmp_path / "first")
    monkeypatch.setattr(outbox, "atomic_write_bytes", pulled)
    with pytest.raises(CopyFailed) as refused, team.unit_of_work() as uow:
        outbox.write_copy(uow, seq=1, out_dir=tmp_path / "second")
    assert "read back differs" in refused.value.message
    assert not any((tmp_path / "second").iterdir())  # the bad copy was removed


def test_full_disk_errors_name_the_place(tmp_path, monkeypatch):
    fill_every_write(monkeypatch)
    with pytest.raises(DiskFull) as refused:
        atomic.atomic_write_bytes(tmp_path / "settings.json", b"{}")
    assert str(tmp_path) in refused.value.message and not list(tmp_path.iterdir())
