"""The security notes page: search, category filter, the table, and the note editor."""

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.notes import rules
from desktop.gui.dialogs.note_editor import NoteEditor
from desktop.gui.errors import show_error
from desktop.gui.labels import label
from desktop.gui.operations import Change, Operations
from desktop.gui.table_models.note_table_model import NoteTableModel
from desktop.gui.widgets.tables import sortable_table


class NotesPage(QWidget):
    def __init__(self, operations: Operations, settings_provider, parent=None):
        super().__init__(parent)
        self._operations, self._settings = operations, settings_provider
        self.hamlets: tuple[str, ...] = ()
        self.model = NoteTableModel(operations, self)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setPlaceholderText(self.tr("Search notes (marks optional)"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category filter"))
        self.category.addItem(self.tr("All categories"), None)
        for value in rules.Category:
            self.category.addItem(label(value.value), value.value)
        self.table = sortable_table(self.model, self.tr("Security notes"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&New note…"))
        # Ctrl+N as well as the mnemonic: the page's own "new" action, wherever the focus is on it.
        new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(lambda: self.new_button.click())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.category)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.count)
        bottom.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.apply_filters)
        self.category.currentIndexChanged.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_note)
        self.model.loaded.connect(lambda n: self.count.setText(self.tr("%n note(s)", "", n)))
        self.model.failed.connect(lambda error: show_error(self, error))
        operations.did_change.connect(
            lambda changes: self.apply_filters() if changes & Change.NOTES else None)

    def apply_filters(self) -> None:
        category = self.category.currentData()
        self.model.reload(replace(self.model.query, search=self.search.text(),
                                  categories=(category,) if category else ()))

    def new_note(self) -> NoteEditor:
        editor = NoteEditor(self._operations, self._settings().police_phone, self.hamlets, self)
        editor.show()
        return editor

    def load(self, _workspace) -> None:
        self.apply_filters()

    def clear(self) -> None:
        self.model.clear()
        self.search.clear()
