"""A second window on a data folder another program holds does not open: one sentence instead."""

from desktop.core.data_folder import folder_lock
from desktop.core.paths import AppPaths
from desktop.gui.application import take_data_folder
from tests.conftest import held_by_another_process


def test_a_second_window_is_refused_in_one_sentence(qapp, tmp_path, no_blocking_message_boxes):
    paths = AppPaths(tmp_path / "data")
    with held_by_another_process(paths.data_dir, folder_lock.WINDOW):
        assert not take_data_folder(paths)
    ((kind, text),) = no_blocking_message_boxes
    assert kind == "warning" and "đang mở trong một cửa sổ Tự Quản" in text
    assert take_data_folder(paths)  # the other window closed: this one opens
    folder_lock.release(paths)


def test_a_window_is_refused_while_a_command_changes_the_data(qapp, tmp_path,
                                                               no_blocking_message_boxes):
    paths = AppPaths(tmp_path / "data")
    with held_by_another_process(paths.data_dir, folder_lock.COMMAND):
        assert not take_data_folder(paths)
    assert "lệnh tuquan" in no_blocking_message_boxes[0][1]


def test_the_start_menus_guide_opens_the_guide_alone(monkeypatch):
    """`tuquan-gui --guide`: the installer's "Hướng dẫn sử dụng" (Windows has no program for .md)."""
    import desktop.gui.application as application
    from desktop.app import main

    opened = []
    monkeypatch.setattr(application, "run_guide", lambda argv, data_dir: opened.append(data_dir) or 0)
    monkeypatch.setattr(application, "run_application", lambda *_: 1)
    assert main(["tuquan-gui", "--guide", "--data-dir", "D"]) == 0
    assert opened == ["D"]
