"""The log-book volumes (R-MED-10): each with the day it opened and closed, the next one opened
and the open one closed, each on a day the user gives."""

from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from desktop.core.mediation import volumes
from desktop.core.mediation.volumes import VolumeView
from desktop.core.text import format_date
from desktop.gui.dialogs.register_dialogs import VolumeDialog
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.tables import fill_table, read_only_table


class VolumesBox(QGroupBox):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(self.tr("Log-book volumes"), parent)
        self._operations = operations
        self._volumes: list[VolumeView] = []
        self._loaded = False
        self.dialog: VolumeDialog | None = None
        self.table = read_only_table([self.tr("Volume"), self.tr("Opened on"),
                                      self.tr("Closed on")])
        self.table.setAccessibleName(self.tr("Log-book volumes"))
        self.table.setMinimumHeight(60)
        self.table.setMaximumHeight(120)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the next volume…"))
        self.close_button = QPushButton(self.tr("&Close this volume…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_next)
        self.close_button.clicked.connect(self.close_current)
        operations.did_change.connect(
            lambda changes: self.load() if self._loaded and changes & Change.CASES else None)

    def load(self) -> None:
        self._loaded = True
        self._operations.run_query(self, volumes.list_volumes, self.show_volumes)

    def show_volumes(self, found: list[VolumeView]) -> None:
        self._volumes = list(found)
        fill_table(self.table, [[str(v.volume_no), format_date(v.opened_on),
                                 format_date(v.closed_on) or self.tr("open")] for v in found])
        current = self.open_volume()
        if current is not None:
            self.state.setText(self.tr("Volume %d is open: new cases are written in it.")
                               % current.volume_no)
        elif found:
            self.state.setText(self.tr("Every volume is closed: open the next one before new "
                                       "cases are written."))
        else:
            self.state.setText(self.tr("No volume is open yet."))

    def open_volume(self) -> VolumeView | None:
        """The last volume if it is still open."""
        last = self._volumes[-1] if self._volumes else None
        return last if last is not None and last.closed_on is None else None

    def open_next(self) -> None:
        current = self.open_volume()
        if current is not None:
            self._refuse(self.tr("Volume %d is still open: close it before opening the next "
                                 "one.") % current.volume_no)
            return
        last_closed: date | None = self._volumes[-1].closed_on if self._volumes else None
        self._show(VolumeDialog(self._operations, len(self._volumes) + 1, closing=False,
                                limit=last_closed, parent=self))

    def close_current(self) -> None:
        current = self.open_volume()
        if current is None:
            self._refuse(self.tr("No volume is open, so there is none to close."))
            return
        self._show(VolumeDialog(self._operations, current.volume_no, closing=True,
                                limit=current.opened_on, parent=self))

    def _show(self, dialog: VolumeDialog) -> None:
        self.dialog = dialog
        dialog.open()  # window-modal, not blocking; the list is read again when it saves

    def _refuse(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Log-book volumes"), text)

    def clear(self) -> None:
        self._loaded, self._volumes = False, []
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = None
        self.table.setRowCount(0)
        self.state.clear()
