"""The first-run wizard creates a working installation, driven from the keyboard."""

from PySide6.QtCore import Qt

from desktop.core.access.unlock import sign_in
from desktop.core.paths import AppPaths
from desktop.gui.dialogs.setup_wizard import SetupWizard
from desktop.gui.operations import Operations
from desktop.gui.tasks import TaskRunner
from tests.gui.conftest import type_text


def print_to_file(monkeypatch, target):
    """The print dialog, answered at once: the chosen printer writes a PDF file."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    def accept(dialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def inked_share(pdf_file) -> float:
    """How much of the printed page's area is not white."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf_file))
    assert document.pageCount() == 1
    image = document.render(0, QSize(300, 424))
    colours = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    dark = sum(colour.alpha() > 128 and colour.lightness() < 128 for colour in colours)
    return dark / (image.width() * image.height())


def test_wizard_creates_a_team_installation(qtbot, tmp_path, monkeypatch):
    paths = AppPaths(tmp_path / "data")
    runner = TaskRunner()
    wizard = SetupWizard(paths, Operations(runner, lambda: None))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.mode_page.team.isChecked()
    wizard.next()

    details = wizard.details_page
    assert details.title() == "Tổ của bạn"
    type_text(details.name, "Tổ hòa giải thôn Đông Hòa")
    type_text(details.picker.search, "ba dinh ha noi")
    qtbot.keyClick(details.picker.search, Qt.Key.Key_Return)
    assert details.picker.selected_code() == "00004"
    type_text(details.hamlets, "Thôn Đông Hòa")
    assert details.isComplete()
    wizard.next()

    admin = wizard.admin_page
    type_text(admin.username, "lan")
    type_text(admin.full_name, "Nguyễn Thị Lan")
    type_text(admin.password, "mật khẩu đúng 2026")
    type_text(admin.repeat, "mật khẩu khác")
    wizard.next()
    assert "hai lần nhập không giống nhau" in admin.message.text()
    admin.repeat.clear()
    type_text(admin.repeat, "mật khẩu đúng 2026")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.created is not None, timeout=20_000)

    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery
    assert recovery.code.text() == wizard.created.recovery_code
    sheet = wizard.created.sheet
    assert (sheet.unit_name, sheet.commune_name, sheet.province_name, sheet.username, sheet.code
            ) == ("Tổ hòa giải thôn Đông Hòa", "Phường Ba Đình", "Hà Nội", "lan",
                  wizard.created.recovery_code)
    print_to_file(monkeypatch, tmp_path / "printed.pdf")
    qtbot.mouseClick(recovery.print_button, Qt.MouseButton.LeftButton)
    assert 0.005 < inked_share(tmp_path / "printed.pdf") < 0.3  # the sheet, not a blank page
    assert not recovery.isComplete()
    qtbot.keyClick(recovery.confirm, Qt.Key.Key_Space)
    assert recovery.isComplete()
    runner.shutdown()

    workspace = sign_in(paths, "lan", "mật khẩu đúng 2026")
    assert workspace.mode == "team"
    workspace.close()


def test_wizard_offers_the_police_unit_mode(qtbot, tmp_path):
    wizard = SetupWizard(AppPaths(tmp_path / "data"), Operations(TaskRunner(), lambda: None))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.mode_page.receiver.setChecked(True)
    wizard.next()
    assert wizard.details_page.title() == "Đơn vị Công an của bạn"
    assert not wizard.details_page.hamlets.isVisibleTo(wizard)


def test_the_commune_pickers_single_match_is_chosen_by_down_and_enter(qtbot):
    from desktop.gui.widgets.commune_picker import CommunePicker
    from tests.gui.test_keyboard_flows import activate

    picker = CommunePicker()
    qtbot.addWidget(picker)
    activate(qtbot, picker)
    picker.search.setFocus()
    chosen = []
    picker.commune_chosen.connect(chosen.append)
    type_text(picker.search, "phuong ba dinh ha noi")
    assert picker.results.count() == 1 and picker.selected_code() is None
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # to the list, on its one commune
    assert picker.results.hasFocus() and picker.selected_code() == "00004"
    assert picker.results.item(0).isSelected()
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)  # taken; Enter goes no further
    assert chosen[-1] == "00004" and picker.results.item(0).isSelected()
    picker.search.setFocus()
    picker.search.clear()
    type_text(picker.search, "phuong ba dinh ha noi")
    assert picker.selected_code() is None
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter alone takes the one match
    assert picker.selected_code() == "00004" and picker.results.item(0).isSelected()


def a_backup_file(team_install, tmp_path) -> str:
    from desktop.core.installation.stick_backup import back_up_to_folder

    old = sign_in(team_install[0], "lan", "mật khẩu đúng 2026")
    try:
        return back_up_to_folder(old, folder=tmp_path / "usb").path
    finally:
        old.close()


def test_wizard_sets_a_new_computer_up_from_a_backup_file(qtbot, team_install, tmp_path):
    from PySide6.QtWidgets import QWizard

    from desktop.core.mediation import cases

    backup = a_backup_file(team_install, tmp_path)
    paths = AppPaths(tmp_path / "new computer")
    runner = TaskRunner()
    wizard = SetupWizard(paths, Operations(runner, lambda: None))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClick(wizard.mode_page.restore, Qt.Key.Key_Space)
    wizard.next()
    page = wizard.restore_file_page
    assert wizard.currentPage() is page and not page.isComplete()
    type_text(page.file, backup)
    page.with_code.setChecked(True)
    assert not page.username.isEnabled() and page.code.isEnabled()
    type_text(page.code, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    wizard.next()
    qtbot.waitUntil(lambda: page.message.text() != "" and page.isEnabled()
                    and not runner.busy, timeout=20_000)
    assert wizard.currentPage() is page and page.summary is None  # a wrong code: still here
    page.code.clear()
    type_text(page.code, team_install[1].lower())
    wizard.next()
    confirm = wizard.restore_confirm_page
    qtbot.waitUntil(lambda: wizard.currentPage() is confirm, timeout=20_000)
    assert all(name in confirm.details.text() for name in ("Tổ hòa giải thôn Đông", "Phường Ba"))
    assert confirm.password_box.isVisibleTo(wizard) and confirm.username.text() == "lan"
    assert not paths.is_initialised()  # nothing is written before the restore is confirmed
    for field in (confirm.password, confirm.repeat):
        type_text(field, "mật khẩu máy mới 2027")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.restored is not None, timeout=30_000)
    assert wizard.username() == "lan"
    runner.shutdown()
    workspace = sign_in(paths, "lan", "mật khẩu máy mới 2027")
    with workspace.unit_of_work() as uow:
        assert cases.list_cases(uow) == [] and workspace.mode == "team"
    workspace.close()
