"""The window's shared recovery and hand-over: k shares open TuQuan for a leader with a new
password; the settings page hands over to a new leader and locks the retired leader out."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.core.access.handover import HandOverContext, HandOverResult
from desktop.core.access.recovery_shares import split_recovery_shares
from desktop.core.access.shares import ShareSheet, ShareSplit, SharesStatus
from desktop.core.access.unlock import sign_in
from desktop.core.errors import WrongPassword
from desktop.core.pdf.handover_record import HandOverRecord
from desktop.core.pdf.share_sheet import SheetHeading
from desktop.core.types import UserInfo
from desktop.gui.dialogs import handover_dialog
from desktop.gui.dialogs.handover_done import HandOverDoneDialog
from desktop.gui.dialogs.share_recovery_dialog import ShareRecoveryDialog
from desktop.gui.operations import Operations
from desktop.gui.tasks import TaskRunner
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import type_text
from tests.gui.test_unlock_and_lock import FakeClock, _signed_in_controller

HOLDERS = ("Nguyễn Thị Lan", "Đặng Văn Đức", "Trần Thị Hòa")


def handover_context() -> HandOverContext:
    """A team of three with 2-of-3 shares, as the form gets it (for building it alone)."""
    users = tuple(UserInfo(f"id-{name}", name, full_name, role, True, None)
                  for name, full_name, role in (("lan", "Nguyễn Thị Lan", "leader"),
                                                ("duc", "Đặng Văn Đức", "mediator"),
                                                ("hoa", "Trần Thị Hòa", "security")))
    return HandOverContext("team", users, "lan", SharesStatus(2, 3, date(2026, 3, 5)))


def handover_result() -> HandOverResult:
    """What a hand-over to a new account with new 2-of-3 shares returns."""
    record = HandOverRecord(SheetHeading("Tổ hòa giải thôn Đông Hòa", "Xã Tân Hòa", "Tỉnh Tuyên Quang"),
                            "tổ trưởng", datetime(2026, 3, 5, 14, 30), "Nguyễn Thị Lan", "lan",
                            "Trần Thị Hòa", "hoa", True, (2, 3), HOLDERS, "AB12 CD34 EF56 7890 1234",
                            (), ())
    sheets = tuple(ShareSheet(n, holder, "academic acid acne") for n, holder in enumerate(HOLDERS, 1))
    return HandOverResult(record, "K7QMX-3PRTA-ABCDE-FGHJK-MNPQR-STUVW",
                          ShareSplit(2, 3, date(2026, 3, 5), sheets))


def make_shares(paths) -> list[str]:
    workspace = sign_in(paths, "lan", ADMIN_PASSWORD)
    split = split_recovery_shares(workspace, threshold=2, holders=HOLDERS)
    workspace.close()
    return [sheet.words for sheet in split.sheets]


def recovery_dialog(qtbot, paths) -> ShareRecoveryDialog:
    dialog = ShareRecoveryDialog(paths, Operations(TaskRunner(), lambda: None))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: ShareRecoveryDialog, shares: list[str], password: str) -> None:
    for box, words in zip(dialog.shares, shares, strict=False):
        box.setPlainText(words)
    type_text(dialog.username, "lan")
    type_text(dialog.password, password)
    type_text(dialog.repeat, password)


def test_two_shares_open_tuquan_with_a_new_password(qtbot, team_install):
    paths, _code = team_install
    shares = make_shares(paths)
    dialog = recovery_dialog(qtbot, paths)
    fill(dialog, [shares[2], shares[0]], "mật khẩu mới 2026")
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    workspace = unlocked.args[0]
    assert (workspace.actor.username, workspace.actor.role) == ("lan", "leader")
    workspace.close()
    assert not dialog.isVisible()
    sign_in(paths, "lan", "mật khẩu mới 2026").close()


def test_one_share_is_refused_in_the_dialog(qtbot, team_install):
    paths, _code = team_install
    shares = make_shares(paths)
    dialog = recovery_dialog(qtbot, paths)
    fill(dialog, [shares[1]], "mật khẩu mới 2026")
    dialog.try_recover()
    qtbot.waitUntil(lambda: dialog.isEnabled() and "2" in dialog.message.text(), timeout=10_000)
    assert dialog.isVisible()
    sign_in(paths, "lan", ADMIN_PASSWORD).close()


def test_more_share_boxes_up_to_sixteen(qtbot, team_install):
    dialog = recovery_dialog(qtbot, team_install[0])
    for _ in range(20):
        if dialog.add_share_button.isEnabled():
            dialog.add_share_button.click()
    assert len(dialog.shares) == 16 and not dialog.add_share_button.isEnabled()


def test_hand_over_from_the_settings_page_locks_the_retired_leader_out(qtbot, team_install,
                                                                       monkeypatch):
    paths, _code = team_install
    make_shares(paths)
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    page = controller.window.settings_page
    assert not page.handover_button.isHidden()
    done: list[HandOverDoneDialog] = []

    def answer(dialog) -> int:
        assert dialog.make_shares.isChecked() and not dialog.make_shares.isEnabled()
        dialog.new.setChecked(True)
        for field, text in ((dialog.username, "hoa"), (dialog.full_name, "Trần Thị Hòa"),
                            (dialog.password, "mật khẩu của Hòa"),
                            (dialog.repeat, "mật khẩu của Hòa")):
            field.setText(text)
        dialog.holders.setPlainText("\n".join(HOLDERS[1:]) + "\nLê Văn Tám\n")
        assert dialog.problem() is None
        return 1

    monkeypatch.setattr(handover_dialog.HandOverDialog, "exec", answer)
    monkeypatch.setattr(HandOverDoneDialog, "exec", lambda dialog: done.append(dialog) or 0)
    page.handover_button.click()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=20_000)
    assert done and done[0].code.text() and done[0].sheets_button.isVisibleTo(done[0])
    assert controller.unlock_dialog.isVisible()
    with pytest.raises(WrongPassword):
        sign_in(paths, "lan", ADMIN_PASSWORD)
    hoa = sign_in(paths, "hoa", "mật khẩu của Hòa")
    assert hoa.actor.role == "leader"
    hoa.close()
    controller.shutdown()


def test_the_form_offers_every_other_account_and_checks_before_asking(qtbot):
    dialog = handover_dialog.HandOverDialog(handover_context())
    qtbot.addWidget(dialog)
    offered = [dialog.existing_account.itemData(i) for i in range(dialog.existing_account.count())]
    assert offered == ["duc", "hoa"] and dialog.existing.isChecked()
    assert dialog.problem() is not None  # the shares exist: their holders must be named
    dialog.holders.setPlainText("Đặng Văn Đức\n\nTrần Thị Hòa\n")
    assert dialog.problem() is None
    dialog.existing_account.setCurrentIndex(1)
    request = dialog.request()
    assert (request.new_username, request.new_account, request.old_username) == ("hoa", False, "lan")
    assert (request.share_holders, request.share_threshold) == (("Đặng Văn Đức", "Trần Thị Hòa"), 2)
    dialog.new.setChecked(True)
    dialog.password.setText("một mật khẩu")
    assert dialog.problem() is not None  # the repeat differs


def test_the_unlock_window_leads_to_the_shares_when_the_code_is_lost(qtbot, team_install):
    from desktop.gui.dialogs.unlock_dialog import UnlockDialog

    paths, _code = team_install
    shares = make_shares(paths)
    runner = TaskRunner()
    unlock = UnlockDialog(paths, Operations(runner, lambda: None))
    qtbot.addWidget(unlock)
    unlock.show()
    unlock.forgot_button.click()
    unlock.recovery_dialog.shares_button.click()  # "Dùng các mảnh khôi phục…"
    dialog = unlock.share_recovery_dialog
    assert dialog is not None and dialog.isVisible() and not unlock.recovery_dialog.isVisible()
    fill(dialog, [shares[0], shares[1]], "mật khẩu mới 2026")
    with qtbot.waitSignal(unlock.unlocked, timeout=20_000) as unlocked:
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    unlocked.args[0].close()
    assert not unlock.isVisible()
    runner.shutdown()


def test_the_share_sheets_are_printed_only_never_saved_to_a_file(qtbot, monkeypatch):
    """The shares are a secret: a PDF file of all of them would outlive the paper."""
    from tests.gui.test_fits_small_screens import _small_pdf

    operations = Operations(TaskRunner(), lambda: None)
    monkeypatch.setattr(operations, "run_query", lambda _owner, _query, then: then(_small_pdf()))
    monkeypatch.setattr(operations, "run_on_workspace",
                        lambda _owner, _work, then: then(_small_pdf()))
    done = HandOverDoneDialog(handover_result(), operations)
    qtbot.addWidget(done)
    done.show_sheets()
    done.show_record()
    sheets, record = done.previews
    assert sheets.print_button.isVisibleTo(sheets) and not sheets.save_button.isVisibleTo(sheets)
    assert record.save_button.isVisibleTo(record)  # the hand-over record may be kept
    operations.runner.shutdown()
