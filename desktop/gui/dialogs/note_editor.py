"""The note editor. Saving a note about a violation first asks: has it gone to the police?"""

from datetime import datetime
from typing import cast

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.notes import notes, rules
from desktop.gui.dialogs.case_editor_tabs import datetime_edit, enum_combo, text_edit
from desktop.gui.errors import error_message
from desktop.gui.labels import label
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.buttons import label_standard_buttons
from desktop.gui.widgets.scrolling import resize_within_screen, scrolled


class NoteEditor(QDialog):
    saved = Signal(object)

    def __init__(self, operations: Operations, police_phone: str = "", hamlets=(), parent=None):
        super().__init__(parent)
        self._operations, self._phone = operations, police_phone
        self.note = None
        self.setWindowTitle(self.tr("Security note"))
        self.kind, self.category = enum_combo(rules.Kind), enum_combo(rules.Category)
        self.observed = datetime_edit()
        self.hamlet = QComboBox()
        self.hamlet.addItem("")
        self.hamlet.addItems(list(hamlets))
        self.place, self.summary = QLineEdit(), text_edit(self.tr("Summary"))
        self.details = text_edit(self.tr("Details"))
        self.reported = QCheckBox(self.tr("&Reported to the commune police"))
        self.reported_at, self.channel = datetime_edit(), enum_combo(rules.Channel)
        self.reported_by, self.unreachable = QLineEdit(), QLineEdit()
        self.confidentiality = enum_combo(rules.Confidentiality)
        self.confidentiality.setCurrentIndex(self.confidentiality.findData("CONFIDENTIAL"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        for text, widget in ((self.tr("&Kind:"), self.kind), (self.tr("&Category:"), self.category),
                             (self.tr("&Observed at:"), self.observed),
                             (self.tr("&Hamlet:"), self.hamlet), (self.tr("&Place:"), self.place),
                             (self.tr("&Summary:"), self.summary), (self.tr("&Details:"), self.details),
                             (None, self.reported), (self.tr("Reported at:"), self.reported_at),
                             (self.tr("Channel:"), self.channel),
                             (self.tr("Reported by:"), self.reported_by),
                             (self.tr("Could not reach the police because:"), self.unreachable),
                             (self.tr("Confidentiality:"), self.confidentiality)):
            form.addRow(text, widget) if text else form.addRow(widget)
        hint = QLabel(self.tr("No religion, ethnicity or political opinion here unless strictly "
                              "necessary (Law 30/2023 Art. 6; Law 91/2025)."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        label_standard_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.addLayout(form)
        fields_layout.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(fields))
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        resize_within_screen(self, 620, 640)

    def values(self) -> dict:
        # toPython() gives a datetime here; its stub says object
        document = {"kind": self.kind.currentData(), "category": self.category.currentData(),
                    "observed_at": cast(datetime, self.observed.dateTime().toPython()).isoformat(),
                    "hamlet": self.hamlet.currentText(), "place": self.place.text(),
                    "summary": self.summary.toPlainText(), "details": self.details.toPlainText(),
                    "confidentiality": self.confidentiality.currentData()}
        if self.reported.isChecked():
            reported_at = cast(datetime, self.reported_at.dateTime().toPython())
            document |= {"reported_to_police_at": reported_at.isoformat(),
                         "report_channel": self.channel.currentData(),
                         "reported_by": self.reported_by.text()}
        elif self.unreachable.text().strip():
            document["could_not_reach_reason"] = self.unreachable.text()
        return notes.note_input_from_json(document)

    def needs_report_prompt(self) -> bool:
        return self.category.currentData() in rules.VIOLATION_CATEGORIES and \
            not self.reported.isChecked() and not self.unreachable.text().strip()

    def save(self) -> None:
        if self.needs_report_prompt():
            self.prompt_report()
            return
        try:
            values = self.values()
        except Exception as error:  # InvalidInput, shown in place
            self.message.setText(error_message(error))
            return
        self._operations.run_op(self, lambda uow: notes.create_note(uow, values=values), self._saved,
                                changes=Change.NOTES,
                                on_error=lambda error: self.message.setText(error_message(error)))

    def prompt_report(self) -> None:
        """R-SEC-01: report now, then record the time — or say why the police were unreachable."""
        phone = self._phone or self.tr("(set the number in Settings)")
        QMessageBox.warning(self, self.tr("Report to the commune police now"),
                            self.tr("This note is about a violation. Call the commune police now: "
                                    "%1\n\nThen tick \"Reported\" with the time, or write why they "
                                    "could not be reached.").replace("%1", phone))
        self.reported.setFocus()
        self.reported_at.setDateTime(QDateTime(clock.local_now()))

    def _saved(self, detail) -> None:
        self.note = detail
        warnings = [label(w) for w in detail.warnings]
        if warnings:
            QMessageBox.information(self, self.tr("Sensitive topic"), "\n".join(warnings))
        self.saved.emit(detail)
        self.accept()
