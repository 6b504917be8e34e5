"""The tabs of the case editor: intake, parties, progress and outcome. Widgets only."""

from PySide6.QtCore import QDate, QDateTime, QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.mediation import rules
from desktop.gui.labels import label


def date_edit() -> QDateEdit:
    edit = QDateEdit(QDate(clock.today()))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def datetime_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(clock.local_now()))
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    return edit


def text_edit(accessible_name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setAccessibleName(accessible_name)
    edit.setMaximumHeight(90)
    return edit


def enum_combo(values, allow_empty: bool = False) -> QComboBox:
    combo = QComboBox()
    if allow_empty:
        combo.addItem("", None)
    for value in values:
        combo.addItem(label(value.value), value.value)
    return combo


class IntakeTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.received = date_edit()
        self.basis = enum_combo(rules.Basis)
        self.category = enum_combo(rules.ScopeCategory)
        self.hamlet = QComboBox()
        self.hamlet.setEditable(True)
        self.content = text_edit(self.tr("Main content"))
        self.notes = text_edit(self.tr("Notes"))
        self.immediate = QCheckBox(self.tr("Mediated &immediately on the spot"))
        self.other_time = QCheckBox(self.tr("The parties &agreed another time"))
        form = QFormLayout()
        for text, widget in ((self.tr("&Received on:"), self.received),
                             (self.tr("&Basis:"), self.basis), (self.tr("Cate&gory:"), self.category),
                             (self.tr("&Hamlet:"), self.hamlet),
                             (self.tr("Main &content:"), self.content),
                             (self.tr("N&otes:"), self.notes)):
            form.addRow(text, widget)
        form.addRow(self.immediate)
        form.addRow(self.other_time)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._escalation_box())

    def _escalation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Escalation (Law 35, Art. 10)"))
        self.violence = QCheckBox(self.tr("Risk of &violence — reported to the commune chair"))
        self.violence_at, self.violence_to = datetime_edit(), QLineEdit()
        self.violation = QCheckBox(self.tr("Signs of a &violation — reported to the commune police"))
        self.violation_at, self.violation_to = datetime_edit(), QLineEdit()
        form = QFormLayout(box)
        form.addRow(self.violence)
        form.addRow(self.tr("Reported at:"), self.violence_at)
        form.addRow(self.tr("Reported to:"), self.violence_to)
        form.addRow(self.violation)
        form.addRow(self.tr("Reported at:"), self.violation_at)
        form.addRow(self.tr("Reported to:"), self.violation_to)
        return box


class PartiesTable(QTableWidget):
    """Tab and Shift+Tab move from cell to cell, and out of the table past its last (or
    first) cell, to the next control; Esc closes the window as anywhere else, keeping what was
    being typed in a cell (the window then asks about saving it): a keyboard user is never
    kept inside the table."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """A cell's typing ends: by Tab or Shift+Tab (already kept), by Esc, or otherwise."""
        hints = QAbstractItemDelegate.EndEditHint
        if hint in (hints.EditNextItem, hints.EditPreviousItem):
            forward = hint == hints.EditNextItem
            if self._at_edge(forward):
                super().closeEditor(editor, hints.NoHint)
                self._leave(forward)
                return
        if hint != hints.RevertModelCache:  # not Esc
            super().closeEditor(editor, hint)
            return
        self.commitData(editor)
        super().closeEditor(editor, hints.NoHint)
        # Posted: the cell's editor finishes closing before the Esc reaches the window.
        QApplication.postEvent(self, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                               Qt.KeyboardModifier.NoModifier))

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._at_edge(next):
            return self._leave(next)
        return super().focusNextPrevChild(next)

    def _at_edge(self, forward: bool) -> bool:
        """Whether the focus is in the last cell (going forward) or the first (going back)."""
        cell = self._focused_cell()
        edge = (self.rowCount() - 1, self.columnCount() - 1) if forward else (0, 0)
        return self.rowCount() == 0 or cell == edge

    def _focused_cell(self) -> tuple[int, int]:
        """The cell the focus is in: a cell's own widget (the kind's list) may hold the focus
        while the current cell is another one, when it was clicked."""
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self and self.isAncestorOf(focus):
            for row in range(self.rowCount()):
                for column in range(self.columnCount()):
                    widget = self.cellWidget(row, column)
                    if widget is not None and (widget is focus or widget.isAncestorOf(focus)):
                        return row, column
        return self.currentRow(), self.currentColumn()

    def _leave(self, forward: bool) -> bool:
        """Give the focus to the next (or previous) control outside the table."""
        widget = self.nextInFocusChain() if forward else self.previousInFocusChain()
        while widget is not None and widget is not self:
            if not self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason if forward
                                else Qt.FocusReason.BacktabFocusReason)
                return True
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        return False


class PartiesTab(QWidget):
    COLUMNS = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = PartiesTable(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Birth year"),
                                              self.tr("Address"), self.tr("Kind")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Parties"))
        self.add_button = QPushButton(self.tr("&Add party"))
        self.remove_button = QPushButton(self.tr("&Remove party"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.start_new_row)
        self.remove_button.clicked.connect(self.remove_current_row)

    def add_row(self, name: str = "", birth_year: int | None = None, address: str = "",
                kind: str = "INDIVIDUAL") -> None:
        table, row = self.table, self.table.rowCount()
        table.insertRow(row)
        with QSignalBlocker(table):  # a new empty row (or one being shown) is not an edit
            for column, value in enumerate((name, "" if birth_year is None else str(birth_year),
                                            address)):
                table.setItem(row, column, QTableWidgetItem(value))
        combo = enum_combo(rules.PartyKind)
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        table.setCellWidget(row, 3, combo)

    def start_new_row(self) -> None:
        """"Add party": a new row, its name cell open for typing."""
        self.add_row()
        row = self.table.rowCount() - 1
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def party_list(self) -> list[dict]:
        """The parties as typed, in the form `tuquan case add` takes; empty rows are left out."""
        table, parties = self.table, []
        for row in range(table.rowCount()):
            name, year, address = (table.item(row, c).text().strip() if table.item(row, c) else ""
                                   for c in range(3))
            if not name and not year and not address:
                continue
            combo = table.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)  # every row is made with its kind's list
            party = {"full_name": name, "address": address, "kind": combo.currentData()}
            if year:
                party["birth_year"] = int(year) if year.isdigit() else year
            parties.append(party)
        return parties


class ProgressTab(QWidget):
    def offer_mediators(self, choices) -> None:
        """Complete the mediator field from the register; two members of one name are offered
        apart (with their hamlet), and the one chosen is assigned by register id."""
        self.mediator_ids = {choice.label: choice.member_id for choice in choices}
        completer = QCompleter(list(self.mediator_ids), self.mediator)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.mediator.setCompleter(completer)

    def chosen_mediator(self) -> str:
        """The register id of the member picked from the list, or the text as typed."""
        text = self.mediator.text().strip()
        return self.mediator_ids.get(text, text)


    def __init__(self, parent=None):
        super().__init__(parent)
        self.scope_check = enum_combo(rules.ScopeCheck)
        self.exclusion = enum_combo(rules.ScopeExclusion, allow_empty=True)
        self.scope_note = QLineEdit()
        self.scope_button = QPushButton(self.tr("Record the scope &check"))
        self.mediator = QLineEdit()
        self.mediator.setPlaceholderText(self.tr("Name of a member, or a user name"))
        self.mediator_ids: dict[str, str] = {}  # a member's label as offered → register id
        self.no_conflict = QCheckBox(self.tr("The mediator confirms &no interest in or "
                                             "relationship to the case"))
        self.invited = QCheckBox(self.tr("An &invited person, not a mediator"))
        self.assign_button = QPushButton(self.tr("&Assign"))
        self.mediators = QListWidget()
        self.mediators.setAccessibleName(self.tr("Assigned mediators"))
        self.session_date, self.session_place = date_edit(), QLineEdit()
        self.session_summary = text_edit(self.tr("Session summary"))
        self.session_button = QPushButton(self.tr("Add &session"))
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Sessions held"))
        layout = QVBoxLayout(self)
        for title, rows in (
                (self.tr("Scope (Law 35, Art. 3; Decree 15, Art. 5)"),
                 ((self.tr("Check:"), self.scope_check), (self.tr("Exclusion:"), self.exclusion),
                  (self.tr("Note:"), self.scope_note), (None, self.scope_button))),
                (self.tr("Mediators (Art. 18)"),
                 ((self.tr("Mediator:"), self.mediator), (None, self.no_conflict),
                  (None, self.invited), (None, self.assign_button), (None, self.mediators))),
                (self.tr("Sessions"),
                 ((self.tr("Held on:"), self.session_date), (self.tr("Place:"), self.session_place),
                  (self.tr("Summary:"), self.session_summary), (None, self.session_button),
                  (None, self.sessions)))):
            box = QGroupBox(title)
            form = QFormLayout(box)
            for text, widget in rows:
                form.addRow(text, widget) if text else form.addRow(widget)
            layout.addWidget(box)


class OutcomeTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.end_reason = enum_combo(rules.EndReason)
        self.end_date = date_edit()
        self.agreement = text_edit(self.tr("Agreement or demands"))
        # Law 35 Art. 24(2)(e): how and by when the agreement is carried out, apart from it
        self.method = text_edit(self.tr("How the agreement will be carried out"))
        self.has_deadline = QCheckBox(self.tr("Carry out &by:"))
        self.deadline_date = date_edit()
        self.deadline_date.setAccessibleName(self.tr("Deadline for carrying out the agreement"))
        self.deadline_date.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline_date.setEnabled)
        self.witnesses = QLineEdit()
        self.witnesses.setPlaceholderText(self.tr("Names, separated by commas; saved with the case"))
        self.end_button = QPushButton(self.tr("&End the mediation"))
        self.result = QLabel()
        self.deadline = QLabel()
        self.followup_date = date_edit()
        self.followup_status = enum_combo(rules.Implementation)
        self.followup_note = QLineEdit()
        self.followup_button = QPushButton(self.tr("Record &follow-up"))
        self.document_button = QPushButton(self.tr("Written agreement &document…"))
        form = QFormLayout()
        for text, widget in ((self.tr("End &reason:"), self.end_reason),
                             (self.tr("Ended &on:"), self.end_date),
                             (self.tr("A&greement or demands:"), self.agreement),
                             (self.tr("&How it will be carried out:"), self.method),
                             (self.has_deadline, self.deadline_date),
                             (self.tr("&Witnesses:"), self.witnesses),
                             (None, self.end_button), (self.tr("Result:"), self.result),
                             (self.tr("Court recognition until:"), self.deadline),
                             (self.tr("Follow-up on:"), self.followup_date),
                             (self.tr("Carried out:"), self.followup_status),
                             (self.tr("Follow-up note:"), self.followup_note),
                             (None, self.followup_button), (None, self.document_button)):
            form.addRow(text, widget) if text else form.addRow(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # a tall window's room goes below: each value stays by its label
