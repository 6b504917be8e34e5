"""Accessibility (issue 9): every control a screen reader can land on has a name (its own text,
an accessible name, or a label that is its buddy), and the colours TuQuan paints keep text
readable (WCAG AA contrast, 4.5:1) whatever the system theme."""

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.core.mediation.team_register import MemberView
from desktop.core.settings import Settings
from desktop.gui.dialogs.account_dialogs import ResetPasswordDialog
from desktop.gui.dialogs.case_editor import CaseEditor
from desktop.gui.dialogs.note_editor import NoteEditor
from desktop.gui.dialogs.recovery_dialog import RecoveryDialog
from desktop.gui.dialogs.register_dialogs import EndMemberDialog, MemberDialog, VolumeDialog
from desktop.gui.dialogs.setup_wizard import SetupWizard
from desktop.gui.dialogs.unlock_dialog import UnlockDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.operations import Operations
from desktop.gui.pages import inbox_page, receiver_tabs
from desktop.gui.tasks import TaskRunner

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces (headers, popups, clear buttons) are named through the control they serve."""
    parent = widget.parent()
    return (isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_")
            or isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView,
                                   QMenuBar))
            or (parent is not None and "ComboBox" in type(parent).__name__)
            or (parent is not None and isinstance(parent.parent(), (QComboBox, QAbstractItemView))))


def _attribute_name(widget: QWidget) -> str:
    owner = widget.parent()
    while owner is not None:
        for name, value in vars(owner).items():
            if value is widget:
                return f"{type(owner).__name__}.{name}"
        owner = owner.parent()
    return type(widget).__name__


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if _part_of_another_control(widget):
            continue
        if isinstance(widget, QAbstractButton):
            named = bool(widget.text() or widget.accessibleName() or widget.toolTip())
        elif isinstance(widget, INPUTS):
            named = bool(widget.accessibleName()) or id(widget) in buddies
        else:
            continue
        if not named and widget.objectName() not in ("qt_calendar_calendarview",):
            missing.append(_attribute_name(widget))
    return missing


@pytest.fixture
def screens(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.paths import AppPaths

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    runner = TaskRunner()
    window = MainWindow(Operations(runner, lambda: None), Settings())
    for page in ("cases_page", "notes_page", "privacy_page", "reports_page", "exchange_page",
                 "inbox_page", "register_page", "settings_page"):
        getattr(window, page)  # pages are built on first use; walk them all
    member = MemberView("id", "Lê Văn Tám", "mediator", None, None, None)
    operations = Operations(runner, lambda: None)
    made = [window, MemberDialog(operations, ("Thôn Đông Hòa",), member),
            EndMemberDialog(operations, member), VolumeDialog(operations, 2, closing=True),
            CaseEditor(Operations(runner, lambda: None), ()),
            NoteEditor(Operations(runner, lambda: None), police_phone=""),
            SetupWizard(AppPaths(tmp_path / "data"), Operations(runner, lambda: None)),
            UnlockDialog(AppPaths(tmp_path / "data"), Operations(runner, lambda: None)),
            RecoveryDialog(AppPaths(tmp_path / "data"), Operations(runner, lambda: None)),
            ResetPasswordDialog("duc", "Đặng Văn Đức")]
    for widget in made:
        qtbot.addWidget(widget)
    yield made
    runner.shutdown()


def test_every_control_has_a_name(screens):
    problems = {type(screen).__name__: unnamed_controls(screen) for screen in screens}
    assert {name: found for name, found in problems.items() if found} == {}


def contrast(first: str, second: str) -> float:
    def luminance(colour: str) -> float:
        channels = []
        for value in QColor(colour).getRgbF()[:3]:
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_painted_colours_keep_text_readable():
    backgrounds = list(inbox_page.STATUS_COLOURS.values()) + [c for _s, c in receiver_tabs.CELL_LOOK.values()]
    for background in backgrounds:
        assert contrast(background, inbox_page.TEXT_ON_COLOUR) >= 4.5, background
    assert contrast("#b00020", "#ffffff") >= 4.5  # the unlock screen's error text
