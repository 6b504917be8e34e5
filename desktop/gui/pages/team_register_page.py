"""The team register (Law 35/2013 Art. 12, Decree 15/2014; R-MED-11, R-SEC-03): its members with
their recognition, training and leaving, what the register lacks, and the log-book volumes.
Whoever may not change the register sees it without the buttons that would."""

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.mediation import team_register
from desktop.core.mediation.team_register import MemberView, RegisterOverview
from desktop.core.roles import Permission, can
from desktop.core.text import format_date
from desktop.gui.dialogs.register_dialogs import EndMemberDialog, MemberDialog
from desktop.gui.labels import label
from desktop.gui.operations import Change, Operations
from desktop.gui.pages.volumes_box import VolumesBox
from desktop.gui.widgets.tables import fill_table, read_only_table

LEFT_COLOUR = QColor("#757575")  # a member who has left: kept on the register, greyed


class TeamRegisterPage(QWidget):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations = operations
        self._members: list[MemberView] = []
        self._hamlets: tuple[str, ...] = ()
        self._editor = False
        self._select_after: str | None = None  # the member just saved, to put the cursor on
        self.member_dialog: MemberDialog | EndMemberDialog | None = None
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b71c1c")
        self.warnings.setAccessibleName(self.tr("Team register warnings"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = self._make_table()
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.edit_button = QPushButton(self.tr("&Edit member…"))
        self.end_button = QPushButton(self.tr("Member &leaves the team…"))
        self.ethnic = QSpinBox()
        self.ethnic.setRange(0, 1000)
        self.ethnic.setAccessibleName(self.tr("Ethnic-minority mediators"))
        self.ethnic_button = QPushButton(self.tr("Sa&ve number"))
        self.volumes = VolumesBox(operations)
        self._build_layout()
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.end_button.clicked.connect(self.end_member)
        self.ethnic_button.clicked.connect(self.save_ethnic_count)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        operations.did_change.connect(
            lambda changes: self.refresh() if changes & Change.INSTALLATION else None)

    def _make_table(self) -> QTableWidget:
        table = read_only_table([self.tr("Full name"), self.tr("Position"), self.tr("Sex"),
                                 self.tr("Hamlet"), self.tr("Recognised on"),
                                 self.tr("Decision"), self.tr("Trained on"), self.tr("Left on"),
                                 self.tr("Reason for leaving")])
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setAccessibleName(self.tr("Team members"))
        table.setMinimumHeight(60)  # the page fits a 1280×720 screen at 125 % with its warnings
        return table

    def _build_layout(self) -> None:
        members = QGroupBox(self.tr("Members"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch()
        ethnic_label = QLabel(self.tr("E&thnic-minority mediators (a number for the team; "
                                      "no one is marked):"))
        ethnic_label.setBuddy(self.ethnic)
        ethnic_row = QHBoxLayout()
        ethnic_row.addWidget(ethnic_label)
        ethnic_row.addWidget(self.ethnic)
        ethnic_row.addWidget(self.ethnic_button)
        ethnic_row.addStretch()
        inside = QVBoxLayout(members)
        inside.addWidget(self.summary)
        inside.addWidget(self.table, 1)
        inside.addLayout(buttons)
        inside.addLayout(ethnic_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addWidget(members, 1)
        layout.addWidget(self.volumes)

    def load(self, workspace) -> None:
        actor = workspace.actor
        self._editor = can(actor, Permission.MANAGE_REGISTER)
        for button in (self.add_button, self.edit_button, self.end_button, self.ethnic_button):
            button.setVisible(self._editor)
        self.ethnic.setReadOnly(not self._editor)
        self.ethnic.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if self._editor
                                     else QSpinBox.ButtonSymbols.NoButtons)
        keeps_book = can(actor, Permission.MANAGE_LOGBOOK)  # listing volumes needs it too
        self.volumes.setVisible(keeps_book)
        if keeps_book:
            self.volumes.load()
        self.refresh()

    def refresh(self) -> None:
        self._operations.run_query(self, team_register.read_register, self.show_register)

    def show_register(self, register: RegisterOverview) -> None:
        self._hamlets = register.hamlets
        lines = [f"• {label(warning)}" for warning in register.warnings]
        self.warnings.setText("\n".join([self.tr("The team register:")] + lines) if lines else "")
        self.warnings.setVisible(bool(lines))
        figures = register.figures
        self.summary.setText(self.tr("Serving mediators today: {mediators} — women: {female} — "
                                     "trained: {trained}").format(**figures))
        # Serving members first, those who left after them; each part in name order.
        self._members = sorted(register.members, key=lambda m: m.dismissed_on is not None)
        fill_table(self.table, [self._row(m) for m in self._members])
        for row, member in enumerate(self._members):
            if member.dismissed_on is not None:
                self._grey(row)
        self.ethnic.setValue(register.ethnic_minority_mediators)
        if self._select_after is not None:
            self.select_member(self._select_after)
            self._select_after = None
        self._update_buttons()

    def _row(self, member: MemberView) -> list[str]:
        return [member.full_name, label(member.position), label(member.gender),
                member.hamlet or "", format_date(member.recognised_on),
                member.recognition_decision or "", format_date(member.trained_on),
                format_date(member.dismissed_on), member.dismissal_reason or ""]

    def _grey(self, row: int) -> None:
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is not None:
                item.setForeground(QBrush(LEFT_COLOUR))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)

    def selected_member(self) -> MemberView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._members[rows[0].row()] if rows else None

    def select_member(self, member_id: str) -> None:
        """Put the cursor on this member's row (after adding or changing one)."""
        for row, member in enumerate(self._members):
            if member.id == member_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, 0))

    def _update_buttons(self) -> None:
        member = self.selected_member()
        self.edit_button.setEnabled(member is not None)
        self.end_button.setEnabled(member is not None and member.dismissed_on is None)

    def add_member(self) -> None:
        self._open(MemberDialog(self._operations, self._hamlets, parent=self))

    def edit_member(self) -> None:
        member = self.selected_member()
        if self._editor and member is not None:
            self._open(MemberDialog(self._operations, self._hamlets, member, parent=self))

    def end_member(self) -> None:
        member = self.selected_member()
        if self._editor and member is not None and member.dismissed_on is None:
            self._open(EndMemberDialog(self._operations, member, parent=self))

    def _open(self, dialog: MemberDialog | EndMemberDialog) -> None:
        """Window-modal and not blocking: the list behind is read again when it saves."""
        self.member_dialog = dialog
        # The save's broadcast reads the list again; the cursor then goes to this member.
        dialog.saved.connect(lambda member: setattr(self, "_select_after", member.id))
        dialog.open()

    def save_ethnic_count(self) -> None:
        count = self.ethnic.value()
        self._operations.run_op(
            self, lambda uow: team_register.set_ethnic_minority_mediators(uow, count=count),
            changes=Change.INSTALLATION, label=self.tr("Saving…"))

    def clear(self) -> None:
        self._members, self._hamlets = [], ()
        if self.member_dialog is not None:
            self.member_dialog.reject()
        self.member_dialog = None
        self.table.setRowCount(0)
        self.warnings.clear()
        self.summary.clear()
        self.ethnic.setValue(0)
        self.volumes.clear()

