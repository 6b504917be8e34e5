"""Unlocking with wrong and right passwords; locking by Ctrl+L and after idle time."""

import os
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.gui.application import AppController
from desktop.gui.dialogs.unlock_dialog import UnlockDialog
from desktop.gui.main_window import SETTINGS
from desktop.gui.operations import Operations
from desktop.gui.tasks import TaskRunner
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import type_text

PROC_FDS = Path("/proc/self/fd")  # Linux; elsewhere the handle checks are left out


def open_database_handles(database: Path) -> list[str]:
    """Files this process holds open that belong to the database (the file, -wal, -shm)."""
    handles = []
    for fd in os.listdir(PROC_FDS):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(database)):
            handles.append(target)
    return handles


def test_wrong_then_right_password(qtbot, team_install):
    paths, _ = team_install
    dialog = UnlockDialog(paths, Operations(TaskRunner(), lambda: None), "lan")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.password, "sai mật khẩu")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.isEnabled() and dialog.message.text() != "Đang mở…")
    assert dialog.message.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.password.text() == ""
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        type_text(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    workspace = unlocked.args[0]
    assert workspace.actor.username == "lan" and workspace.actor.role == "leader"
    workspace.close()


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def _signed_in_controller(qtbot, paths, clock):
    controller = AppController(paths, clock)
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000):
        type_text(dialog.username, "lan")
        type_text(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.window.dashboard.title.text() != "")
    return controller


def test_dashboard_shows_the_team(qtbot, team_install):
    paths, _ = team_install
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    assert controller.window.dashboard.title.text() == "Tổ: Tổ hòa giải thôn Đông Hòa"
    assert "Phường Ba Đình" in controller.window.dashboard.place.text()
    controller.lock()
    controller.shutdown()


def test_idle_lock_closes_every_connection_and_clears_the_screen(qtbot, team_install):
    paths, _ = team_install
    clock = FakeClock()
    controller = _signed_in_controller(qtbot, paths, clock)
    workspace = controller.workspace
    assert open_database_handles(paths.database_file) or not PROC_FDS.is_dir()
    clock.now += 9 * 60
    controller.idle.check()
    assert controller.workspace is workspace
    clock.now += 2 * 60
    controller.idle.check()
    assert controller.workspace is None and workspace.closed
    assert not PROC_FDS.is_dir() or open_database_handles(paths.database_file) == []
    assert not controller.window.isVisible()
    assert controller.window.dashboard.title.text() == ""
    assert controller.unlock_dialog.isVisible()
    controller.shutdown()


def test_ctrl_l_locks(qtbot, team_install):
    paths, _ = team_install
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    controller.window.activateWindow()
    controller.window.lock_action.trigger()
    assert controller.workspace is None
    assert controller.window.lock_action.shortcut().toString() == "Ctrl+L"
    controller.shutdown()


def test_a_draft_survives_the_lock(qtbot, team_install):
    paths, _ = team_install
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    windows = controller.window.case_windows
    windows.open_case("")
    editor = windows.editors[-1]
    type_text(editor.intake.content, "Bản nháp chưa lưu")
    controller.lock()
    assert not editor.isVisible() and controller.workspace is None
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000):
        assert dialog.username.text() == "lan"  # kept from before the lock
        type_text(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.intake.content.toPlainText() == "Bản nháp chưa lưu"
    assert editor.dirty
    editor.mark_clean()
    controller.shutdown()


def _unlock_again(qtbot, controller) -> None:
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000):
        assert dialog.username.text() == "lan"  # kept from before the lock
        type_text(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_a_closed_editor_stays_closed_after_lock_and_unlock(qtbot, team_install):
    from PySide6.QtWidgets import QApplication

    from desktop.gui.dialogs.case_editor import CaseEditor

    def editors_shown() -> list:
        return [widget for widget in QApplication.topLevelWidgets()
                if isinstance(widget, CaseEditor) and widget.isVisible()]

    paths, _ = team_install
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    windows = controller.window.case_windows
    windows.open_case("")
    windows.open_case("")
    kept, closed = windows.editors
    type_text(kept.intake.content, "Bản nháp chưa lưu")
    qtbot.keyClick(closed, Qt.Key.Key_Escape)  # nothing typed: it closes without a question
    assert windows.editors == [kept]
    controller.lock()
    _unlock_again(qtbot, controller)
    assert editors_shown() == [kept]  # the one open at the lock comes back, the closed one not
    kept.mark_clean()
    kept.close()
    controller.lock()
    _unlock_again(qtbot, controller)
    assert editors_shown() == [] and windows.editors == []
    controller.shutdown()


def test_a_page_is_built_and_loaded_when_first_shown(qtbot, team_install):
    paths, _ = team_install
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    window = controller.window

    def built(row: int) -> bool:
        return window.pages.widget(row).layout().count() == 1

    assert not any(built(row) for row in range(1, window.pages.count()))  # the overview only
    window.navigation.setCurrentRow(2)  # security notes: built, given the hamlets, listed
    assert built(2) and window.pages.currentIndex() == 2
    assert window.notes_page.hamlets == ("Thôn Đông Hòa", "Tổ dân phố số 5")
    qtbot.waitUntil(lambda: window.notes_page.count.text() != "", timeout=10_000)
    window.navigation.setCurrentRow(SETTINGS)  # settings: what is changed there is saved
    window.settings_page.police_phone.setText("0243 111 222")
    window.settings_page.police_phone.editingFinished.emit()
    assert controller.settings.police_phone == "0243 111 222"
    assert window.settings.police_phone == "0243 111 222"  # what a new note's editor is given
    assert not built(4)  # the reports page (and QtPdf) wait until the page is opened
    controller.lock()
    controller.shutdown()


def test_a_result_delivered_while_locking_starts_nothing_on_the_closed_data(qtbot, team_install,
                                                                           monkeypatch):
    """An action finishing as the window locks: its result is delivered, but what its callback
    would start next finds no workspace, and no error reaches the unlock screen."""
    from desktop.core.mediation.cases import filter_choices
    from desktop.gui import errors
    from desktop.gui.operations import Change

    paths, _ = team_install
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    shown, follow_ups = [], []
    monkeypatch.setattr(errors.QMessageBox, "warning", lambda *args: shown.append(args))
    workspace = controller.workspace

    def start_another(_result) -> None:
        controller.operations.run_query(None, filter_choices, follow_ups.append)

    controller.operations.run_op(None, lambda uow: None, start_another, changes=Change.CASES)
    controller.lock()
    qtbot.wait(200)
    assert workspace.closed and controller.workspace is None
    assert follow_ups == [] and shown == []
    controller.shutdown()


def test_the_user_name_shows_again_after_a_lock(qtbot, team_install):
    from PySide6.QtGui import QStatusTipEvent
    from PySide6.QtWidgets import QApplication

    paths, _ = team_install
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    window = controller.window
    assert window.signed_in_as.text() == "lan — Tổ trưởng"
    controller.lock()
    assert window.signed_in_as.text() == ""  # nothing of the data stays on the closed window
    _unlock_again(qtbot, controller)
    QApplication.sendEvent(window, QStatusTipEvent(""))  # as a menu's item does when hovered
    assert window.signed_in_as.text() == "lan — Tổ trưởng" and window.signed_in_as.isVisible()
    controller.shutdown()


def test_after_a_lock_the_unlock_window_keeps_who_was_working(qtbot, team_install):
    controller = _signed_in_controller(qtbot, team_install[0], FakeClock())
    controller.lock()
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    assert dialog.username.text() == "lan"  # only the password to type again
    controller.shutdown()


def test_input_counts_against_the_idle_lock_once_it_is_watched(qtbot, monkeypatch):
    """The application's events are watched only once signed in and shortly after (the first
    watch builds all of Qt's types): a key typed before that is not seen; after, it starts the
    idle time again."""
    from PySide6.QtWidgets import QLineEdit

    from desktop.gui import idle_lock

    monkeypatch.setattr(idle_lock, "WATCH_DELAY_MS", 0)
    clock, field = FakeClock(), QLineEdit()
    qtbot.addWidget(field)
    watcher = idle_lock.IdleWatcher(1, clock)
    fired = []
    watcher.idle.connect(lambda: fired.append(clock.now))
    watcher.start()
    clock.now += 50
    qtbot.keyClick(field, Qt.Key.Key_A)  # the watch starts from the event loop: not yet
    clock.now += 15
    watcher.check()
    assert fired == [1065.0]  # a minute since the start: the key was not seen
    watcher.start()
    qtbot.wait(20)  # the loop runs: watched from now on
    clock.now += 50
    qtbot.keyClick(field, Qt.Key.Key_B)
    clock.now += 50
    watcher.check()
    assert fired == [1065.0]  # 100 s since the start, but 50 s since the key
    clock.now += 20
    watcher.check()
    assert fired == [1065.0, 1185.0]


def test_the_libraries_are_frozen_once_and_not_again_after_a_lock():
    """What a lock leaves for the collector (the closed pages, their data) is never frozen."""
    import gc

    from desktop.gui import application

    application._load_libraries()  # the first unlock screen (or an earlier test's) did it
    before = gc.get_freeze_count()
    left = [{"page": n} for n in range(100)]
    application._load_libraries()  # the unlock screen after a lock
    assert gc.get_freeze_count() == before and left
