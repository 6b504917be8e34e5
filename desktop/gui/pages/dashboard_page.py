"""Dashboard: the team or police unit, its place, its record counts, and what its register
lacks (a tổ trưởng, three mediators, a woman among them: Law 35 Art. 12)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.core.installation.info import get_installation_info
from desktop.core.mediation.team_register import RegisterCheck, check_register
from desktop.core.types import InstallationInfo
from desktop.gui.labels import label
from desktop.gui.operations import Operations


class DashboardPage(QWidget):
    loaded = Signal(object)

    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations = operations
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600")
        self.title.setWordWrap(True)
        self.place = QLabel()
        self.counts_box = QGroupBox(self.tr("Records"))
        self.counts = QFormLayout(self.counts_box)
        self.count_labels: dict[str, QLabel] = {}  # by the key of `record_counts`
        self.register_warnings = QLabel()
        self.register_warnings.setWordWrap(True)
        self.register_warnings.setStyleSheet("color: #b71c1c")
        self.register_warnings.setAccessibleName(self.tr("Team register warnings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.place)
        layout.addWidget(self.register_warnings)
        layout.addWidget(self.counts_box)
        layout.addStretch()

    def load(self, _workspace=None) -> None:
        self._operations.run_query(self, get_installation_info, self.show_info)

    def show_info(self, info: InstallationInfo) -> None:
        self.loaded.emit(info)
        kind = self.tr("Team") if info.mode == "team" else self.tr("Police unit")
        self.title.setText(f"{kind}: {info.name}")
        self.place.setText(f"{info.commune_name}, {info.province_name} ({info.commune_code})")
        self._clear_counts()
        labels = {"hamlets": self.tr("Hamlets"), "members": self.tr("Team members"),
                  "users": self.tr("User accounts"),
                  "cases_received_this_month": self.tr("Cases received this month"),
                  "cases_ended_this_month": self.tr("Cases ended this month")}
        shown = {key: value for key, value in info.record_counts.items()
                 if info.mode == "team" or not key.startswith("cases_")}
        for key, value in shown.items():
            self.count_labels[key] = QLabel(str(value))
            self.counts.addRow(labels.get(key, key) + ":", self.count_labels[key])
        if info.hamlets:
            self.counts.addRow(self.tr("Hamlet list:"), QLabel(", ".join(info.hamlets)))
        self.register_warnings.clear()
        if info.mode == "team":
            self._operations.run_query(self, check_register, self._show_register)

    def _show_register(self, check: RegisterCheck) -> None:
        """Each rule of the team's composition it does not meet, one line each."""
        if check.warnings:
            lines = [self.tr("The team register:")] + [f"• {label(w)}" for w in check.warnings]
            self.register_warnings.setText("\n".join(lines))

    def _clear_counts(self) -> None:
        self.count_labels.clear()
        while self.counts.rowCount():
            self.counts.removeRow(0)

    def clear(self) -> None:
        self.title.clear()
        self.place.clear()
        self.register_warnings.clear()
        self._clear_counts()
