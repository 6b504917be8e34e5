"""The cases page: search as you type, filters, the lazy table, and the case documents."""

from dataclasses import replace

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.mediation import rules
from desktop.core.mediation.cases import CaseQuery, filter_choices
from desktop.gui.errors import show_error
from desktop.gui.labels import label
from desktop.gui.operations import Change, Operations
from desktop.gui.table_models.case_table_model import CaseTableModel
from desktop.gui.widgets.tables import sortable_table

SEARCH_DELAY_MS = 250


class CasesPage(QWidget):
    open_case = Signal(str)  # case id, or "" for a new case
    preview_logbook = Signal(int)

    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations = operations
        self.model = CaseTableModel(operations, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: case number, names, address, content "
                                               "(marks optional)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.status, self.category = QComboBox(), QComboBox()
        self.status.setAccessibleName(self.tr("Status filter"))
        self.category.setAccessibleName(self.tr("Category filter"))
        self._fill(self.status, self.tr("All statuses"), list(rules.Status))
        self._fill(self.category, self.tr("All categories"), list(rules.ScopeCategory))
        self.hamlet, self.mediator = QComboBox(), QComboBox()
        for combo in (self.hamlet, self.mediator):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)
        self.hamlet.setAccessibleName(self.tr("Hamlet"))
        self.mediator.setAccessibleName(self.tr("Mediator"))
        self.date_from, self.date_to = self._date_edit(), self._date_edit()
        self.date_from.setAccessibleName(self.tr("Received from"))
        self.date_to.setAccessibleName(self.tr("Received until"))
        self.escalated = QCheckBox(self.tr("&Escalated only"))
        self.table = self._make_table()
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&New case…"))
        # Ctrl+N as well as the mnemonic: the page's own "new" action, wherever the focus is on it.
        new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(lambda: self.new_button.click())
        self.open_button = QPushButton(self.tr("&Open"))
        self.logbook_year = QSpinBox()
        self.logbook_year.setAccessibleName(self.tr("Log book year"))
        self.logbook_year.setRange(2000, 2100)
        self.logbook_year.setValue(clock.today().year)
        self.logbook_button = QPushButton(self.tr("&Log book…"))
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._connect()

    def _make_table(self) -> QTableView:
        table = sortable_table(self.model, self.tr("Cases"))
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate(CaseTableModel.WIDTHS):
            table.setColumnWidth(column, width)
        return table

    def _fill(self, combo: QComboBox, everything: str, values) -> None:
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(label(value), value.value)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setSpecialValueText(" ")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setDate(edit.minimumDate())
        return edit

    def _layout(self) -> None:
        filters, dates = QHBoxLayout(), QHBoxLayout()  # two rows: fits a 1024-pixel screen
        for widget in (self.status, self.category, self.hamlet, self.mediator):
            filters.addWidget(widget)
        for dated in (QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")),
                      self.date_to, self.escalated):
            dates.addWidget(dated)
        filters.addStretch()
        dates.addStretch()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.count):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.logbook_year)
        buttons.addWidget(self.logbook_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.apply_filters)
        for combo in (self.status, self.category, self.hamlet, self.mediator):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filters)
        self.escalated.toggled.connect(self.apply_filters)
        self.model.loaded.connect(lambda n: self.count.setText(self.tr("%n case(s)", "", n)))
        self.model.counting.connect(self.count.clear)  # not the previous list's count meanwhile
        self.model.failed.connect(lambda error: show_error(self, error))
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.new_button.clicked.connect(lambda: self.open_case.emit(""))
        self.open_button.clicked.connect(self._open_selected)
        self.logbook_button.clicked.connect(
            lambda: self.preview_logbook.emit(self.logbook_year.value()))
        self._operations.did_change.connect(self._data_changed)

    def _date(self, edit: QDateEdit):
        return None if edit.date() == edit.minimumDate() else edit.date().toPython()

    def current_query(self) -> CaseQuery:
        status, category = self.status.currentData(), self.category.currentData()
        return replace(self.model.query, search=self.search.text(),
                       hamlet_id=self.hamlet.currentData(),
                       mediator_member_id=self.mediator.currentData(),
                       statuses=(status,) if status else (),
                       scope_categories=(category,) if category else (),
                       received_from=self._date(self.date_from),
                       received_to=self._date(self.date_to),
                       escalated_only=self.escalated.isChecked())

    def apply_filters(self) -> None:
        self.model.reload(self.current_query())

    def show_first(self, status: str) -> None:
        """The cases in one status, every other filter cleared (a line of the overview)."""
        filters = (self.status, self.category, self.hamlet, self.mediator, self.date_from,
                   self.date_to, self.escalated, self.search)
        for widget in filters:  # one reload at the end, not one per filter
            widget.blockSignals(True)
        for combo in (self.category, self.hamlet, self.mediator):
            combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.setDate(edit.minimumDate())
        self.escalated.setChecked(False)
        self.search.clear()
        self.status.setCurrentIndex(max(self.status.findData(status), 0))
        for widget in filters:
            widget.blockSignals(False)
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_row(rows[0].row())

    def _open_row(self, row: int) -> None:
        case = self.model.row_at(row)
        if case is not None:
            self.open_case.emit(case.id)

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.CASES:
            self.apply_filters()
        if changes & (Change.CASES | Change.INSTALLATION):  # a new mediator or hamlet
            self._operations.run_query(self, filter_choices, self._show_choices)

    def load(self, _workspace=None) -> None:
        self._operations.run_query(self, filter_choices, self._show_choices)
        self.model.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_choices(self, choices) -> None:
        hamlets, mediators = choices
        for combo, everything, items in ((self.hamlet, self.tr("All hamlets"), hamlets),
                                         (self.mediator, self.tr("All mediators"), mediators)):
            chosen = combo.currentData()  # read again after a change: the choice stays
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def clear(self) -> None:
        self.model.clear()
        for combo in (self.hamlet, self.mediator):
            combo.clear()
        self.search.clear()
