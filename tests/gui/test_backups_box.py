"""The backups section of the settings page: back up now, check, and a restore that locks the
window, puts the backup in place and asks to sign in again."""

import re

from PySide6.QtCore import Qt

from desktop.core.mediation import cases
from desktop.core.mediation.inputs import case_input_from_json
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import type_text
from tests.gui.test_unlock_and_lock import FakeClock, _signed_in_controller


def case_count(workspace) -> int:
    with workspace.unit_of_work() as uow:
        return len(cases.list_cases(uow))


def test_back_up_then_restore_from_the_settings_page(qtbot, team_install,
                                                     no_blocking_message_boxes, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    controller = _signed_in_controller(qtbot, team_install[0], FakeClock())
    box = controller.window.settings_page.backups
    qtbot.waitUntil(lambda: box.table.rowCount() >= 1)
    before = box.table.rowCount()
    made = box.table.item(0, 0).text()
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", made), made  # as a person reads it
    box.create_button.click()
    qtbot.waitUntil(lambda: box.table.rowCount() == before + 1, timeout=10_000)
    box.check_button.click()
    qtbot.waitUntil(lambda: len(no_blocking_message_boxes) == 1, timeout=10_000)
    assert "%1" not in no_blocking_message_boxes[0][1]
    with controller.workspace.unit_of_work() as uow:
        cases.create_case(uow, data=case_input_from_json({
            "received_date": "2026-11-02", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
            "parties": [{"full_name": "Võ Thị Sáu"}]}))
    assert case_count(controller.workspace) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    box.table.selectRow(0)  # the newest: made before the case
    box.restore_button.click()
    assert controller.workspace is None  # locked before anything was replaced
    dialog = controller.unlock_dialog
    qtbot.waitUntil(lambda: no_blocking_message_boxes[-1][0] == "information"
                    and not controller.runner.busy, timeout=20_000)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000):
        assert dialog.username.text() == "lan"  # kept from before the lock
        type_text(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert case_count(controller.workspace) == 0
    controller.shutdown()


def test_back_up_to_a_usb_stick_from_the_settings_page(qtbot, team_install, tmp_path,
                                                       no_blocking_message_boxes, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.core.installation.from_backup import WithPassword, inspect_backup

    controller = _signed_in_controller(qtbot, team_install[0], FakeClock())
    box = controller.window.settings_page.backups
    qtbot.waitUntil(lambda: box.last_offsite.text() != "")
    assert not re.search(r"\d{2}/\d{2}/\d{4}", box.last_offsite.text())  # none yet
    stick = tmp_path / "usb"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    assert box.stick_button.isVisibleTo(controller.window.settings_page)
    box.stick_button.click()
    qtbot.waitUntil(lambda: len(no_blocking_message_boxes) == 1, timeout=20_000)
    written = list(stick.glob("*.tqbackup"))
    assert len(written) == 1
    kind, text = no_blocking_message_boxes[0]
    assert kind == "information" and written[0].name in text and "%" not in text
    assert inspect_backup(written[0], WithPassword("lan", ADMIN_PASSWORD)).name
    qtbot.waitUntil(lambda: bool(re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}",
                                           box.last_offsite.text())))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    box.stick_button.click()  # cancelled: nothing happens
    assert len(no_blocking_message_boxes) == 1
    controller.shutdown()
