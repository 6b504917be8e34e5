"""The texts Qt draws itself read in Vietnamese: the standard buttons of every message box and
button box the application opens, the wizard's buttons and the text fields' context menu."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QWizard

from desktop.core.paths import resource_dir

GUI_SOURCES = Path(__file__).resolve().parents[2] / "desktop" / "gui"
STANDARD_BUTTON = re.compile(r"StandardButton\.(\w+)")


def _qt_catalogue() -> dict[tuple[str, str], str]:
    tree = ET.parse(resource_dir() / "translations" / "qt_vi.ts")
    return {(context.findtext("name"), message.findtext("source")): message.findtext("translation")
            for context in tree.iter("context") for message in context.iter("message")}


def _buttons_the_application_uses() -> set[str]:
    return {name for path in GUI_SOURCES.rglob("*.py")
            for name in STANDARD_BUTTON.findall(path.read_text(encoding="utf-8"))}


def test_the_application_uses_standard_buttons():
    assert {"Yes", "No", "Save", "Discard", "Cancel", "Ok", "Close"} <= _buttons_the_application_uses()


@pytest.mark.parametrize("name", sorted(_buttons_the_application_uses()))
def test_every_standard_button_the_application_shows_is_in_vietnamese(qtbot, name):
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(getattr(QMessageBox.StandardButton, name))
    text = box.button(getattr(QMessageBox.StandardButton, name)).text()
    english = {"Yes": "&Yes", "No": "&No", "Ok": "OK"}.get(name, name)
    assert text.replace("&", "") != english.replace("&", ""), name
    assert text == _qt_catalogue()[("QPlatformTheme", english)]
    button_box = QDialogButtonBox(getattr(QDialogButtonBox.StandardButton, name))
    qtbot.addWidget(button_box)
    assert button_box.buttons()[0].text() == text


def test_the_set_up_wizard_buttons_are_in_vietnamese(qtbot):
    wizard = QWizard()
    qtbot.addWidget(wizard)
    catalogue = _qt_catalogue()
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.CancelButton):
        text = wizard.buttonText(which)
        assert text in {translation for (context, _), translation in catalogue.items()
                        if context == "QWizard"}, text


def test_the_text_fields_context_menu_is_in_vietnamese(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = {action.text().split("\t")[0] for action in menu.actions() if action.text()}
    assert {"&Hoàn tác", "&Sao chép", "&Dán", "Chọn tất cả"} <= texts


def test_message_box_details_button_is_in_vietnamese(qtbot):
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setDetailedText("chi tiết")
    assert any(button.text() == "Xem chi tiết…" for button in box.buttons())
