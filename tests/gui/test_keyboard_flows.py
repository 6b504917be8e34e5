"""The main flows with the keyboard alone (issue 9): every step reaches its field by Tab (or a
mnemonic), types, and presses Space or Enter — no clicks, no focus set by the test."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from desktop.core.access.unlock import sign_in
from desktop.core.paths import AppPaths
from desktop.gui.dialogs.setup_wizard import SetupWizard
from desktop.gui.operations import Operations
from desktop.gui.tasks import TaskRunner
from tests.gui.conftest import type_text

MAX_TABS = 80


def focused():
    return QApplication.focusWidget()


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def tab_to(qtbot, target) -> None:
    """Press Tab until `target` has the focus; fail if the tab order never reaches it."""
    for _ in range(MAX_TABS):
        if focused() is target or (target.focusProxy() is not None
                                   and focused() is target.focusProxy()):
            return
        press(Qt.Key.Key_Tab)
        qtbot.wait(5)
    raise AssertionError(f"Tab never reaches {target.objectName() or type(target).__name__}")


def type_into(qtbot, target, text: str) -> None:
    tab_to(qtbot, target)
    type_text(focused(), text)


def activate(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_the_first_run_wizard_by_keyboard(qtbot, tmp_path):
    paths = AppPaths(tmp_path / "data")
    runner = TaskRunner()
    wizard = SetupWizard(paths, Operations(runner, lambda: None))
    qtbot.addWidget(wizard)
    activate(qtbot, wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    tab_to(qtbot, wizard.mode_page.team)
    press(Qt.Key.Key_Space)
    tab_to(qtbot, next_button)
    press(Qt.Key.Key_Space)
    details = wizard.details_page
    type_into(qtbot, details.name, "Tổ hòa giải thôn Đông Hòa")
    type_into(qtbot, details.picker.search, "ba dinh ha noi")
    press(Qt.Key.Key_Return)
    assert details.picker.selected_code() == "00004"
    type_into(qtbot, details.hamlets, "Thôn Đông Hòa")
    tab_to(qtbot, next_button)
    press(Qt.Key.Key_Space)
    admin = wizard.admin_page
    for field, text in ((admin.username, "lan"), (admin.full_name, "Nguyễn Thị Lan"),
                        (admin.password, "mật khẩu đúng 2026"), (admin.repeat, "mật khẩu đúng 2026")):
        type_into(qtbot, field, text)
    tab_to(qtbot, next_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.created is not None, timeout=20_000)
    tab_to(qtbot, wizard.recovery_page.confirm)
    press(Qt.Key.Key_Space)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled)
    tab_to(qtbot, finish)
    press(Qt.Key.Key_Space)
    runner.shutdown()
    sign_in(paths, "lan", "mật khẩu đúng 2026").close()


def alt(qtbot, key) -> None:
    press(key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(20)


def choose(qtbot, combo, value) -> None:
    """Pick an item of a combo box with the arrow keys."""
    tab_to(qtbot, combo)
    steps = combo.findData(value) - combo.currentIndex()
    for _ in range(abs(steps)):
        press(Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert combo.currentData() == value


def space_on(qtbot, button) -> None:
    tab_to(qtbot, button)
    press(Qt.Key.Key_Space)


def test_a_new_case_from_intake_to_ended_by_keyboard(qtbot, team_install):
    from desktop.gui.dialogs.case_editor import CaseEditor

    workspace = sign_in(team_install[0], "lan", "mật khẩu đúng 2026")
    runner = TaskRunner()
    editor = CaseEditor(Operations(runner, lambda: workspace), ("Thôn Đông Hòa",))
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    type_into(qtbot, editor.intake.content, "Tranh chấp ranh giới đất giữa hai nhà")
    alt(qtbot, Qt.Key.Key_2)
    tab_to(qtbot, editor.parties.table)
    press(Qt.Key.Key_F2)
    type_text(focused(), "Đặng Văn Đức")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.case is not None, timeout=10_000)
    alt(qtbot, Qt.Key.Key_3)
    progress = editor.progress_tab
    choose(qtbot, progress.scope_check, "IN_SCOPE")
    space_on(qtbot, progress.scope_button)
    qtbot.waitUntil(lambda: editor.case.scope_check == "IN_SCOPE", timeout=10_000)
    type_into(qtbot, progress.mediator, "lan")
    space_on(qtbot, progress.no_conflict)
    space_on(qtbot, progress.assign_button)
    qtbot.waitUntil(lambda: progress.mediators.count() == 1, timeout=10_000)
    type_into(qtbot, progress.session_place, "Nhà văn hóa thôn")
    space_on(qtbot, progress.session_button)
    qtbot.waitUntil(lambda: progress.sessions.count() == 1, timeout=10_000)
    alt(qtbot, Qt.Key.Key_4)
    outcome = editor.outcome
    choose(qtbot, outcome.end_reason, "AGREEMENT_REACHED")
    type_into(qtbot, outcome.agreement, "Hai bên thống nhất dựng lại hàng rào")
    type_into(qtbot, outcome.method, "Ông Đức dựng lại hàng rào đúng mốc")
    space_on(qtbot, outcome.has_deadline)
    space_on(qtbot, outcome.end_button)
    qtbot.waitUntil(lambda: editor.case.status == "ENDED", timeout=10_000)
    assert editor.message.text() == ""
    assert editor.case.implementation_method == "Ông Đức dựng lại hàng rào đúng mốc"
    assert editor.case.implementation_deadline == editor.case.ended_on  # the day shown at first
    runner.shutdown()
    workspace.close()


def test_a_new_note_by_keyboard(qtbot, team_install):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.gui.dialogs.note_editor import NoteEditor

    workspace = sign_in(team_install[0], "lan", "mật khẩu đúng 2026")
    runner = TaskRunner()
    editor = NoteEditor(Operations(runner, lambda: workspace), police_phone="0243 123 456")
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    choose(qtbot, editor.category, "DRUGS")
    type_into(qtbot, editor.summary, "Nhóm lạ tụ tập ở bãi xe, nghi sử dụng ma túy")
    space_on(qtbot, editor.reported)  # a violation: the police were told
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        space_on(qtbot, editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    assert saved.args[0].status == "REPORTED"
    runner.shutdown()
    workspace.close()


def test_export_to_a_stick_by_keyboard(qtbot, team_and_unit, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.gui.pages.exchange_page import ExchangePage

    team, _ = team_and_unit
    runner = TaskRunner()
    page = ExchangePage(Operations(runner, lambda: team))
    qtbot.addWidget(page)
    activate(qtbot, page)
    page.load(team)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=10_000)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "usb"))
    tab_to(qtbot, page.month)
    press(Qt.Key.Key_Down)  # one month earlier… or later: either is a month to send
    space_on(qtbot, page.export_button)
    qtbot.waitUntil(lambda: any((tmp_path / "usb").glob("*.tqb")), timeout=20_000)
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=10_000)
    runner.shutdown()
