"""The people recorded under one name: the user chooses the one who asked before anything about
them is exported or anonymised, so that a namesake's data is never disclosed."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.types import SubjectCandidate
from desktop.gui.widgets.buttons import label_standard_buttons
from desktop.gui.widgets.tables import fill_table, read_only_table


class SubjectChooser(QDialog):
    """Shows each candidate's name, birth year, address, number of entries and case numbers;
    nothing else about their cases is shown before one is chosen."""

    export_requested = Signal(str)  # the chosen person's key
    anonymise_requested = Signal(str)

    def __init__(self, candidates: list[SubjectCandidate], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the person"))
        self.candidates = candidates
        count = len(candidates)
        self.prompt = QLabel(
            self.tr("One person is recorded under this name. Check the birth year and the address "
                    "with the person who asked before going on.") if count == 1
            else self.tr("%n people are recorded under this name. Choose the one who asked, by "
                         "birth year and address.", "", count))
        self.prompt.setWordWrap(True)
        self.table = self._candidates_table(candidates)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.table, self._buttons()):
            layout.addWidget(widget)
        self.resize(760, 320)
        if count == 1:  # nobody to confuse them with: the one row is chosen, still shown first
            self.table.selectRow(0)
        self._enable()

    def _candidates_table(self, candidates: list[SubjectCandidate]):
        table = read_only_table([self.tr("Name"), self.tr("Birth year"), self.tr("Address"),
                                 self.tr("Entries"), self.tr("Cases")])
        table.setAccessibleName(self.tr("People recorded under this name"))
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fill_table(table, [[c.full_name, str(c.birth_year or "—"), c.address or "—",
                            str(c.entries), ", ".join(c.case_numbers)] for c in candidates])
        table.itemSelectionChanged.connect(self._enable)
        return table

    def _buttons(self) -> QDialogButtonBox:
        self.export_button = QPushButton(self.tr("&Export records…"))
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        label_standard_buttons(buttons)
        for button in (self.export_button, self.anonymise_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(lambda: self._emit(self.export_requested))
        self.anonymise_button.clicked.connect(lambda: self._emit(self.anonymise_requested))
        return buttons

    def chosen(self) -> SubjectCandidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def _enable(self) -> None:
        for button in (self.export_button, self.anonymise_button):
            button.setEnabled(self.chosen() is not None)

    def _emit(self, signal) -> None:
        chosen = self.chosen()
        if chosen is not None:
            signal.emit(chosen.key)
