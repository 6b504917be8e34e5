"""A desk's views beside the inbox: the team × month completeness grid, the registry of
enrolled teams (enrol, revoke, write a receipt) and the escalated cases and reported notes."""

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.atomic import atomic_write_bytes
from desktop.core.bundles import keys, receipts
from desktop.core.bundles.completeness import completeness
from desktop.core.bundles.escalated import list_escalated
from desktop.core.text import format_date
from desktop.gui.labels import label
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.key_cards import CardActions
from desktop.gui.widgets.tables import fill_table, read_only_table, row_of

# Cells get light backgrounds; their text is set dark too, so a dark or high-contrast system theme
# (light text) cannot make them unreadable.
TEXT_ON_COLOUR = "#000000"
CELL_LOOK = {"received": ("✓", "#c6ecc6"), "gap": ("G", "#fff2cc"), "missing": ("✗", "#f4b6b6"),
             "pending": ("·", "#ffffff"), "fork": ("F", "#e0b0ff"), "not_enrolled": ("", "#f4f4f4")}


class _Tab(QWidget):
    """A view of what was received: read again whenever bundles or keys change."""

    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations = operations
        operations.did_change.connect(self._data_changed)

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.BUNDLES | Change.KEYS):
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def load(self, _workspace) -> None:
        self.refresh()


def _day(text: str) -> str:
    """A received record's ISO day as dd/MM/yyyy; left as it came if a team wrote no date."""
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


class CompletenessTab(_Tab):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(operations, parent)
        self.months = QSpinBox()
        self.months.setRange(1, 36)
        self.months.setValue(12)
        self.months.setAccessibleName(self.tr("Months shown"))
        self.months.valueChanged.connect(self.refresh)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(self.tr("Bundles received per team and month"))
        legend = QLabel(self.tr("✓ received (L: after the 10th of the next month)   G after a "
                                "gap   ✗ missing   · not due yet   F contradicting bundle refused"))
        legend.setWordWrap(True)  # one line would hold the window wider than a 1024 px screen
        layout = QVBoxLayout(self)
        layout.addLayout(row_of(QLabel(self.tr("Months:")), self.months))
        layout.addWidget(self.grid, 1)
        layout.addWidget(legend)

    def refresh(self) -> None:
        months = self.months.value()
        self._operations.run_query(self, lambda uow: completeness(uow, months=months), self._show)

    def _show(self, grid) -> None:
        self.grid.clear()
        self.grid.setRowCount(len(grid.teams))
        self.grid.setColumnCount(len(grid.months))
        self.grid.setHorizontalHeaderLabels([f"{m[5:]}/{m[2:4]}" for m in grid.months])
        self.grid.setVerticalHeaderLabels(
            [row.name + (self.tr(" (revoked)") if row.revoked else "") for row in grid.teams])
        for r, row in enumerate(grid.teams):
            for c, month in enumerate(grid.months):
                state = row.cells[month]
                symbol, colour = CELL_LOOK[state]
                item = QTableWidgetItem("L" if month in row.late else symbol)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QColor(colour))
                item.setForeground(QColor(TEXT_ON_COLOUR))
                item.setToolTip(label(f"bundle_{state}"))
                self.grid.setItem(r, c, item)
        self.grid.resizeColumnsToContents()
        self.grid.resizeRowsToContents()

    def clear(self) -> None:
        self.grid.clear()
        self.grid.setRowCount(0)


class TeamsTab(_Tab):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(operations, parent)
        self.table = read_only_table([self.tr("Team"), self.tr("Commune"),
                                      self.tr("Fingerprint"), self.tr("State")])
        self.table.setAccessibleName(self.tr("Enrolled teams"))
        self.cards = CardActions(operations, self, self.tr("Enrol a team's &card…"))
        self.receipt_button = QPushButton(self.tr("Write a &receipt…"))
        self.revoke_button = QPushButton(self.tr("Re&voke the key…"))
        self.receipt_button.clicked.connect(self._write_receipt)
        self.revoke_button.clicked.connect(self._revoke)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addLayout(row_of(*self.cards.buttons, self.receipt_button, self.revoke_button))
        layout.addWidget(self.cards.own_card)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._teams: list = []

    def refresh(self) -> None:
        self._operations.run_query(
            self, lambda uow: (keys.list_cards(uow), keys.own_card(uow)), self._show)

    def _show(self, result) -> None:
        """Each team by its name and commune, with the fingerprint to compare in groups of
        four (the key's id is for the command line)."""
        cards, own = result
        self.cards.show_own_card(own)
        self._teams = [card for card in cards if card.kind == "team"]
        fill_table(self.table, [[c.name, f"{c.commune_name} ({c.commune_code})" if c.commune_name
                                 else c.commune_code, c.fingerprint,
                                 self.tr("revoked") if c.revoked else self.tr("trusted")]
                                for c in self._teams])

    def _selected(self):
        row = self.table.currentRow()
        if row < 0:
            QMessageBox.information(self, self.tr("Teams"), self.tr("Choose a team in the list first."))
            return None
        return self._teams[row]

    def _write_receipt(self) -> None:
        team = self._selected()
        if team is None:
            return
        # Named after the team too: a commune's teams share its code.
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the receipt"),
            f"bien-nhan-{team.commune_code}-{keys.ascii_slug(team.name) or 'to'}.json",
            self.tr("Receipts (*.json)"))
        if not path:
            return

        def write(uow) -> None:
            atomic_write_bytes(Path(path), receipts.write_receipt(uow, team=team.id), mode=0o644)

        self._operations.run_query(self, write, lambda _none: self._receipt_written(team, path))

    def _receipt_written(self, team, path: str) -> None:
        text = self.tr("The receipt for %1 was written to %2. Give it to the team: it shows "
                       "which of its bundles arrived.").replace("%1", team.name).replace("%2", path)
        self.status.setText(text)
        QMessageBox.information(self, self.tr("Receipt written"), text)

    def _revoke(self) -> None:
        team = self._selected()
        if team is None or team.revoked:
            return
        answer = QMessageBox.question(self, self.tr("Revoke"), self.tr(
            "Stop trusting the key of %1? Bundles signed with it will be rejected from now on.")
            .replace("%1", team.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._operations.run_op(self, partial(keys.revoke_card, party_or_key=team.signer_key_id),
                                    changes=Change.KEYS)

    def clear(self) -> None:
        self._teams = []
        self.table.setRowCount(0)


class EscalatedTab(_Tab):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(operations, parent)
        self.table = read_only_table([self.tr("Date"), self.tr("Team"), self.tr("Kind"),
                                      self.tr("Number"), self.tr("Why"), self.tr("People"),
                                      self.tr("Summary")])
        self.table.setAccessibleName(self.tr("Escalated cases and reported notes"))
        self.show_button = QPushButton(self.tr("&Show the list"))
        self.show_button.clicked.connect(self._load_list)
        self._shown = False
        self.intro = QLabel(self.tr(
            "Cases with signs of a violation (Law 35/2013, Art. 10(5)) and the notes reported to "
            "the police (a member's observations, residents' tips) travel in full; opening this "
            "list is recorded."))
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row_of(self.show_button))
        layout.addWidget(self.table, 1)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)

    def _data_changed(self, changes: Change) -> None:
        """Only new bundles change the list (reading it again is audited: not for a new card)."""
        if changes & Change.BUNDLES:
            self.refresh()

    def load(self, _workspace) -> None:
        """Personal data is shown only on request (and audited), not whenever the page loads."""

    def _load_list(self) -> None:
        self._shown = True
        self._operations.run_query(self, list_escalated, self._show)

    def refresh(self) -> None:
        """After an import: only a list already open is read again."""
        if self._shown:
            self._load_list()

    def _show(self, items) -> None:
        def why(reason: str) -> str:
            return ", ".join(label(r.upper()) for r in reason.split(", "))

        fill_table(self.table, [[_day(i.date), i.team, label(i.kind.upper()), i.number, why(i.reason),
                                 ", ".join(i.people), i.summary] for i in items])

    def clear(self) -> None:
        self._shown = False
        self.table.setRowCount(0)
