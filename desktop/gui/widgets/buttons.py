"""Labels for Qt's standard buttons: Qt ships no Vietnamese translation of its own."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWizard


def label_standard_buttons(box: QDialogButtonBox) -> None:
    """Give OK / Cancel / Close buttons translated labels with mnemonics."""
    labels = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("buttons", "&OK"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("buttons", "&Cancel"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("buttons", "C&lose"),
    }
    for standard, label in labels.items():
        button = box.button(standard)
        if button is not None:
            button.setText(label)


def label_wizard_buttons(wizard: QWizard) -> None:
    """Translated Back / Next / Finish / Cancel labels for a wizard."""
    wizard.setButtonText(QWizard.WizardButton.BackButton, QCoreApplication.translate("buttons", "< &Back"))
    wizard.setButtonText(QWizard.WizardButton.NextButton, QCoreApplication.translate("buttons", "&Next >"))
    wizard.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("buttons", "&Finish"))
    wizard.setButtonText(QWizard.WizardButton.CancelButton, QCoreApplication.translate("buttons", "&Cancel"))
