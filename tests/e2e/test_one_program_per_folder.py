"""One program changes a data folder at a time: while a window holds it, a changing command
(restore above all) is refused in one sentence and changes nothing; reading commands still run."""

import json
import os
import shutil

import pytest

from desktop.core.data_folder.folder_lock import COMMAND, LOCK_FILE_NAME, WINDOW
from tests.conftest import held_by_another_process
from tests.e2e.test_cli import snapshot, tuquan
from tests.e2e.test_cli_bundles import QUIET


@pytest.fixture
def data_dir(installed, tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(installed[0], copy)
    return copy


def _without_lock_file(files: dict) -> dict:
    return {path: digest for path, digest in files.items() if path.name != LOCK_FILE_NAME}


def test_restore_while_a_window_has_the_data_is_refused_and_changes_nothing(data_dir, tmp_path):
    (tmp_path / "case.json").write_text(json.dumps(QUIET), "utf-8")
    made = json.loads(tuquan(data_dir, "--user", "lan", "--json", "backup", "create").stdout)["id"]
    before = snapshot(data_dir)
    with held_by_another_process(data_dir, WINDOW):
        refused = tuquan(data_dir, "--user", "lan", "backup", "restore", made)
        assert refused.returncode == 1
        assert refused.stderr.count("\n") == 1 and "open in a TuQuan window" in refused.stderr
        added = tuquan(data_dir, "--user", "lan", "case", "add", "--json", str(tmp_path / "case.json"))
        assert added.returncode == 1 and "open in a TuQuan window" in added.stderr
        assert _without_lock_file(snapshot(data_dir)) == _without_lock_file(before)
        read = tuquan(data_dir, "--user", "lan", "--json", "info")  # reading runs beside it
        assert read.returncode == 0, read.stderr
    restored = tuquan(data_dir, "--user", "lan", "--json", "backup", "restore", made)
    assert restored.returncode == 0, restored.stderr  # the window closed: the folder is free


def test_a_changing_command_waits_for_another_command_to_finish(data_dir, tmp_path):
    import subprocess
    import sys
    import time

    (tmp_path / "case.json").write_text(json.dumps(QUIET), "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUQUAN_")}
    env |= {"TUQUAN_KDF_TARGET_SECONDS": "0", "TUQUAN_PASSWORD": "mật khẩu đúng 2026"}
    with held_by_another_process(data_dir, COMMAND):
        waiting = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                                    "--user", "lan", "case", "add", "--json",
                                    str(tmp_path / "case.json")], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(2)  # the other command is still at work: this one waits its turn
        assert waiting.poll() is None
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
