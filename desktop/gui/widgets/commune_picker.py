"""A searchable picker over the 3,321 communes: type any part of the name, with or without marks."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.admin_units import Commune, shipped_admin_units

MAX_RESULTS = 50


class CommunePicker(QWidget):
    """Search box plus result list; `commune_chosen` fires when a commune is selected."""

    commune_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._units = shipped_admin_units()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a commune or province, e.g. ba dinh ha noi"))
        self.search.setAccessibleName(self.tr("Search communes"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching communes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.search.textChanged.connect(self._refresh)
        self.results.currentItemChanged.connect(self._on_current)
        self.setFocusProxy(self.search)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """Enter in the search box picks the first commune (Down goes to the list, on the first
        one), and Enter in the list picks the one under the cursor; Enter goes no further: in
        a wizard it would otherwise also press "Next" before the rest of the page is filled in.
        (While Qt tears the picker down its Python attributes may already be gone: events
        then pass.)"""
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is getattr(self, "search", None) and (enter or event.key() == Qt.Key.Key_Down):
            self._choose_first()
            return True
        if watched is getattr(self, "results", None) and enter:
            self._choose(self.results.currentRow())
            return True
        return super().eventFilter(watched, event)

    def selected_code(self) -> str | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_code(self, code: str) -> None:
        commune = self._units.commune(code)
        self.search.setText(commune.label)
        self._refresh(commune.code)
        self.results.setCurrentRow(0)

    def _refresh(self, query: str) -> None:
        self.results.clear()
        if not query.strip():
            return
        for commune in self._units.search_communes(query, MAX_RESULTS):
            self.results.addItem(self._item(commune))

    def _item(self, commune: Commune) -> QListWidgetItem:
        item = QListWidgetItem(f"{commune.label} ({commune.code})")
        item.setData(Qt.ItemDataRole.UserRole, commune.code)
        return item

    def _choose_first(self) -> None:
        self._choose(max(self.results.currentRow(), 0))
        if self.results.count():
            self.results.setFocus()

    def _choose(self, row: int) -> None:
        """Make `row` the chosen commune, selected and announced (again, if it already was)."""
        item = self.results.item(row)
        if item is None:
            return
        if self.results.currentRow() == row:
            item.setSelected(True)
            self.commune_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        else:
            self.results.setCurrentRow(row)  # selects it and announces it

    def _on_current(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.commune_chosen.emit(current.data(Qt.ItemDataRole.UserRole))
