"""Every window and dialog fits a cheap laptop: 1366×768 at 100 % and 1280×720 at 125 % (1024×576
logical pixels), less the taskbar and the window's frame. Dialogs are found in the code, so a new
one without a way to build it here fails the test until it is added."""

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import desktop.gui
from desktop.core.types import SubjectCandidate
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import type_text
from tests.gui.test_unlock_and_lock import FakeClock

# The screen less the taskbar (40 px at 100 %, 48 device px = 38 logical at 125 %).
SCREENS = {"1366×768 at 100 %": QSize(1366, 728), "1280×720 at 125 %": QSize(1024, 538)}
FRAME = QSize(16, 39)  # Windows 10's borders and title bar, in logical pixels


def _smallest_size(widget: QWidget) -> QSize:
    widget.ensurePolished()
    if widget.layout() is not None:
        widget.layout().activate()
    return widget.minimumSizeHint().expandedTo(widget.minimumSize()) + FRAME


def _too_big(widget: QWidget) -> list[str]:
    size = _smallest_size(widget)
    return [f"{type(widget).__name__} needs {size.width()}×{size.height()} on {screen}"
            for screen, room in SCREENS.items()
            if size.width() > room.width() or size.height() > room.height()]


def _opens_too_big(widget: QWidget) -> list[str]:
    """A window opens within the screen it is on (here 800×800, smaller than any laptop's),
    not at a fixed size that hides its buttons below a 1280×720 screen at 125 %."""
    room, opens = widget.screen().availableGeometry().size(), widget.size()
    if opens.width() > room.width() or opens.height() > room.height():
        return [f"{type(widget).__name__} opens at {opens.width()}×{opens.height()}"]
    return []


def _dialog_classes() -> set[type]:
    """Every dialog and main window the application defines."""
    found: set[type] = set()
    for module_info in pkgutil.walk_packages(desktop.gui.__path__, "desktop.gui."):
        module = importlib.import_module(module_info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, (QDialog, QMainWindow)) and value.__module__ == module.__name__ \
                    and not value.__name__.startswith("_"):
                found.add(value)
    return found


def _signed_in(qtbot, paths, username: str):
    from desktop.gui.application import AppController

    controller = AppController(paths, FakeClock())
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000):
        type_text(dialog.username, username)
        type_text(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.addWidget(controller.window)
    return controller


def _small_pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Biên bản hòa giải")
    canvas.save()
    return buffer.getvalue()


def _builders(controller) -> dict[str, object]:
    """How to build each dialog, by class name, with what the window gives it."""
    from desktop.core.mediation.team_register import MemberView
    from desktop.gui.dialogs import (
        account_dialogs,
        case_editor,
        handover_dialog,
        handover_done,
        help_dialog,
        note_editor,
        pdf_preview,
        recovery_dialog,
        register_dialogs,
        setup_wizard,
        share_recovery_dialog,
        subject_chooser,
        unlock_dialog,
    )
    from tests.gui.test_recovery_dialogs import handover_context, handover_result

    operations, paths = controller.operations, controller.paths
    hamlets = ("Thôn Đông Hòa", "Tổ dân phố số 5")
    person = SubjectCandidate("k", "Trần Thị Hoa", 1970, "Thôn Đông Hòa", 2, ("HG-2026-001",))
    member = MemberView("m", "Nguyễn Thị Hồng Nhung", "mediator", "female", None, None)
    return {
        "AddUserDialog": lambda: account_dialogs.AddUserDialog("team"),
        "ChangePasswordDialog": lambda: account_dialogs.ChangePasswordDialog("lan"),
        "CaseEditor": lambda: case_editor.CaseEditor(operations, hamlets),
        "HelpDialog": lambda: help_dialog.HelpDialog(),
        "NoteEditor": lambda: note_editor.NoteEditor(operations, "0241234567", hamlets),
        "PdfPreview": lambda: pdf_preview.PdfPreview("Biên bản", _small_pdf(), "bien-ban.pdf"),
        "SetupWizard": lambda: setup_wizard.SetupWizard(paths, operations),
        "SubjectChooser": lambda: subject_chooser.SubjectChooser([person, person]),
        "UnlockDialog": lambda: unlock_dialog.UnlockDialog(paths, operations),
        "MemberDialog": lambda: register_dialogs.MemberDialog(operations, hamlets),
        "EndMemberDialog": lambda: register_dialogs.EndMemberDialog(operations, member),
        "VolumeDialog": lambda: register_dialogs.VolumeDialog(operations, 2, closing=True),
        "RecoveryDialog": lambda: recovery_dialog.RecoveryDialog(paths, operations),
        "ResetPasswordDialog": lambda: account_dialogs.ResetPasswordDialog("duc", "Đặng Văn Đức"),
        "ShareRecoveryDialog": lambda: share_recovery_dialog.ShareRecoveryDialog(paths, operations),
        "HandOverDialog": lambda: handover_dialog.HandOverDialog(handover_context()),
        "HandOverDoneDialog": lambda: handover_done.HandOverDoneDialog(handover_result(),
                                                                       operations),
        "MainWindow": lambda: controller.window,
    }


def test_every_dialog_fits_a_small_screen(qtbot, team_install):
    controller = _signed_in(qtbot, team_install[0], "lan")
    builders = _builders(controller)
    unknown = {cls.__name__ for cls in _dialog_classes()} - set(builders)
    assert not unknown, f"add these dialogs to the size test: {sorted(unknown)}"
    problems = []
    for build in builders.values():
        widget = build()
        if widget is not controller.window:
            qtbot.addWidget(widget)
        problems += _too_big(widget) + _opens_too_big(widget)
    assert problems == []
    controller.lock()
    controller.shutdown()


@pytest.mark.parametrize("where", ["team", "commune"])
def test_the_main_window_with_every_page_fits_a_small_screen(qtbot, team_and_commune,
                                                             team_install, tmp_path, where):
    from desktop.core.paths import AppPaths

    paths, username = ((team_install[0], "lan") if where == "team"
                       else (AppPaths(tmp_path / "commune"), "an"))
    controller = _signed_in(qtbot, paths, username)
    window = controller.window
    qtbot.waitUntil(lambda: window.dashboard.title.text() != "")
    for row in range(window.navigation.count()):
        if not window.navigation.item(row).isHidden():
            window.navigation.setCurrentRow(row)
            qtbot.waitUntil(lambda: not controller.runner.busy, timeout=20_000)
            assert _too_big(window) == [], window.navigation.item(row).text()
    controller.lock()
    controller.shutdown()
