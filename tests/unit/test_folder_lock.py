"""One program at a time per data folder: shared within a process, refused to another, and
gone with the process that held it, however it ended."""

import os
import signal

import pytest

from desktop.core.data_folder import folder_lock
from desktop.core.data_folder.folder_lock import COMMAND, WINDOW
from desktop.core.errors import OpenInCommand, OpenInWindow
from desktop.core.paths import AppPaths
from tests.conftest import held_by_another_process, refusal_in_another_process


def test_within_one_process_the_folder_is_shared_until_the_last_holder_lets_go(tmp_path):
    paths = AppPaths(tmp_path / "data")
    folder_lock.acquire(paths, WINDOW)
    with folder_lock.holding(paths, COMMAND):  # the window's own restore, say
        pass
    assert " window " in folder_lock.lock_file(paths).read_bytes().decode("ascii", "replace")
    assert refusal_in_another_process(paths.data_dir, COMMAND) == "OpenInWindow"
    folder_lock.release(paths)
    assert refusal_in_another_process(paths.data_dir, COMMAND) == "held"


@pytest.mark.parametrize(("holder", "refusal"), [(WINDOW, OpenInWindow), (COMMAND, OpenInCommand)])
def test_another_process_holding_the_folder_is_named_in_the_refusal(tmp_path, holder, refusal):
    paths = AppPaths(tmp_path / "data")
    with held_by_another_process(paths.data_dir, holder):
        with pytest.raises(refusal) as refused:
            folder_lock.acquire(paths, WINDOW)
        assert str(paths.data_dir) in refused.value.message
    folder_lock.acquire(paths, WINDOW)  # free again once the holder has ended
    folder_lock.release(paths)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_holder_leaves_the_folder_free(tmp_path):
    paths = AppPaths(tmp_path / "data")
    with held_by_another_process(paths.data_dir, WINDOW) as process:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        with folder_lock.holding(paths, COMMAND):
            assert folder_lock.lock_file(paths).exists()


def test_nothing_is_held_for_a_folder_that_does_not_exist(tmp_path):
    paths = AppPaths(tmp_path / "not yet")
    with folder_lock.holding(paths, COMMAND):
        assert not paths.data_dir.exists()


def test_a_command_waits_a_while_for_another_command_then_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(folder_lock, "COMMAND_WAIT_SECONDS", 0.5)
    paths = AppPaths(tmp_path / "data")
    with held_by_another_process(paths.data_dir, COMMAND), pytest.raises(OpenInCommand):
        folder_lock.acquire(paths, COMMAND)
    with held_by_another_process(paths.data_dir, WINDOW), pytest.raises(OpenInWindow):
        folder_lock.acquire(paths, COMMAND)  # a window is not waited for
