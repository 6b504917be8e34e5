"""Forgotten passwords in the window: the recovery code from the unlock screen, and a leader
resetting a member's password in Settings (a member cannot)."""

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db.repositories.audit import iterate_events
from desktop.core.access import accounts
from desktop.core.access.unlock import sign_in
from desktop.core.audit import AuditAction
from desktop.core.errors import InvalidInput, WrongRecoveryCode
from desktop.gui.application import AppController
from desktop.gui.dialogs.unlock_dialog import UnlockDialog
from desktop.gui.errors import error_message
from desktop.gui.main_window import SETTINGS
from desktop.gui.operations import Operations
from desktop.gui.tasks import TaskRunner
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import type_text
from tests.gui.test_unlock_and_lock import FakeClock

NEW_PASSWORD = "mật khẩu mới 2027"
TEMPORARY = "tạm thời 2026"
WRONG_CODE = "ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678"


def fill(dialog, code: str, password: str, repeat: str) -> None:
    """Type the code and the two passwords, then press Enter, as a person would."""
    for field, text in ((dialog.code, code), (dialog.password, password),
                        (dialog.repeat, repeat)):
        field.clear()
        type_text(field, text)
    QTest.keyClick(dialog.repeat, Qt.Key.Key_Return)


def settled(dialog) -> bool:
    """The check has answered: the form is usable again and says why it stayed open."""
    checking = dialog.tr("Checking the recovery code…")
    return dialog.isEnabled() and dialog.message.text() not in ("", checking)


def test_recovery_from_the_unlock_window(qtbot, team_install):
    paths, code = team_install
    unlock = UnlockDialog(paths, Operations(TaskRunner(), lambda: None), "lan")
    qtbot.addWidget(unlock)
    unlock.show()
    assert "Tự Quản" not in unlock.windowTitle() and "TuQuan" not in unlock.windowTitle()
    qtbot.mouseClick(unlock.forgot_button, Qt.MouseButton.LeftButton)
    recovery = unlock.recovery_dialog
    assert recovery is not None and recovery.isVisible() and recovery.username.text() == "lan"

    fill(recovery, WRONG_CODE, NEW_PASSWORD, NEW_PASSWORD)
    qtbot.waitUntil(lambda: settled(recovery), timeout=20_000)
    assert recovery.message.text() == error_message(WrongRecoveryCode())
    assert recovery.isVisible() and recovery.password.text() == NEW_PASSWORD  # nothing lost

    fill(recovery, code, NEW_PASSWORD, "mật khẩu khác")
    assert recovery.message.text() == error_message(
        InvalidInput(field="password", problem="the two entries differ"))
    fill(recovery, code, "ngắn", "ngắn")
    qtbot.waitUntil(lambda: settled(recovery), timeout=20_000)
    assert recovery.message.text() == error_message(
        InvalidInput(field="password", problem="use at least 8 characters"))

    with qtbot.waitSignal(recovery.recovered, timeout=20_000):
        fill(recovery, code.lower(), NEW_PASSWORD, NEW_PASSWORD)
    assert not recovery.isVisible()
    assert unlock.username.text() == "lan" and unlock.message.text() != ""
    with qtbot.waitSignal(unlock.unlocked, timeout=20_000) as unlocked:
        type_text(unlock.password, NEW_PASSWORD)
        qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    workspace = unlocked.args[0]
    assert workspace.actor.username == "lan"
    workspace.close()


def sign_in_on_screen(qtbot, controller, username: str, password: str) -> None:
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000):
        dialog.username.setText(username)
        type_text(dialog.password, password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.addWidget(controller.window)


def reset_on_screen(qtbot, page) -> None:
    """"Reset password…", the two entries different at first, then the same."""
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = page.reset_dialog
    type_text(dialog.password, TEMPORARY)
    type_text(dialog.repeat, "khác hẳn")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() != ""
    dialog.repeat.clear()
    type_text(dialog.repeat, TEMPORARY)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_a_leader_resets_a_members_password_and_a_member_cannot(qtbot, team_install,
                                                                 no_blocking_message_boxes):
    paths, _ = team_install
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    accounts.add_user(workspace, username="duc", role="mediator", full_name="Đặng Văn Đức",
                      password="mật khẩu của Đức")
    workspace.close()
    controller = AppController(paths, FakeClock())
    controller.start()
    sign_in_on_screen(qtbot, controller, "lan", ADMIN_PASSWORD)
    window = controller.window
    window.navigation.setCurrentRow(SETTINGS)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.users.rowCount() == 2, timeout=10_000)
    names = [page.users.item(row, 0).text() for row in range(2)]
    page.users.selectRow(names.index("lan"))
    assert not page.reset_button.isEnabled()  # a leader's own: "Change my password"
    page.users.selectRow(names.index("duc"))
    assert page.reset_button.isEnabled()

    reset_on_screen(qtbot, page)
    qtbot.waitUntil(lambda: [kind for kind, _ in no_blocking_message_boxes] == ["information"],
                    timeout=20_000)

    controller.lock()
    sign_in_on_screen(qtbot, controller, "duc", TEMPORARY)
    assert controller.workspace.actor.username == "duc"
    with controller.workspace.unit_of_work() as uow:
        resets = [(event.actor_username, json.loads(event.details))
                  for event in iterate_events(uow.session)
                  if event.action == AuditAction.PASSWORD_RESET]
    assert resets == [("lan", {"role": "mediator"})]
    window.navigation.setCurrentRow(SETTINGS)
    QApplication.processEvents()
    assert not page.reset_button.isVisibleTo(page) and not page.users.isVisibleTo(page)
    controller.lock()
    controller.shutdown()
