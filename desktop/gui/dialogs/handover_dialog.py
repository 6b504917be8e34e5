"""Hand over to a new leader: the form, then the new recovery code, the record and the sheets.

Entry point: `start_handover(parent, operations, on_retired)`, from the settings page's button;
`on_retired()` runs when the signed-in account was the one retired (the window should lock).
"""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.access.handover import (
    HandOverContext,
    HandOverRequest,
    HandOverResult,
    hand_over_leadership,
    handover_context,
)
from desktop.core.access.shares import DEFAULT_THRESHOLD, MAX_SHARES
from desktop.core.roles import ADMIN_ROLE
from desktop.core.text import format_date
from desktop.gui.dialogs.account_dialogs import password_field, role_label
from desktop.gui.dialogs.handover_done import HandOverDoneDialog
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.buttons import label_standard_buttons
from desktop.gui.widgets.scrolling import resize_within_screen


class HandOverDialog(QDialog):
    """Who hands over to whom, and who keeps the new shares."""

    def __init__(self, context: HandOverContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Hand over to a new leader"))
        active = [user for user in context.users if user.active]
        self.old_leader = QComboBox()
        for user in active:
            if user.role == ADMIN_ROLE[context.mode]:
                self.old_leader.addItem(f"{user.full_name} ({user.username})", user.username)
        self.old_leader.setCurrentIndex(max(self.old_leader.findData(context.signed_in), 0))
        self.existing = QRadioButton(self.tr("An &existing account:"))
        self.new = QRadioButton(self.tr("A &new account"))
        self.existing_account = QComboBox()
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.password, self.repeat = password_field(), password_field()
        self.make_shares = QCheckBox(self.tr("Make new recovery &shares"))
        self.holders = QPlainTextEdit()
        self.holders.setTabChangesFocus(True)
        self.holders.setFixedHeight(80)
        self.holders.setAccessibleName(self.tr("Share holders, one a line"))
        self.threshold = QSpinBox()
        self.threshold.setRange(DEFAULT_THRESHOLD, MAX_SHARES)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        label_standard_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Hand over"))
        self._build_layout()
        self._connect()
        self._set_defaults()

    def _build_layout(self) -> None:
        explained = QLabel(self.tr(
            "The new leader gets the leader's role; the old leader's account is disabled and "
            "its password no longer opens the data. A new recovery code is shown once, and the "
            "recovery shares, if any, are split again. Print the hand-over record and sign it."))
        explained.setWordWrap(True)
        who = QFormLayout()
        who.addRow(self.tr("&Leader handing over:"), self.old_leader)
        choice = QButtonGroup(self)
        for button in (self.existing, self.new):
            choice.addButton(button)
        who.addRow(self.existing, self.existing_account)
        who.addRow(self.new)
        who.addRow(self.tr("&User name:"), self.username)
        who.addRow(self.tr("&Full name:"), self.full_name)
        who.addRow(self.tr("&Password:"), self.password)
        who.addRow(self.tr("R&epeat password:"), self.repeat)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(explained)
        column.addLayout(who)
        column.addWidget(self._shares_box())
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 620, 560)

    def _shares_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recovery shares"))
        form = QFormLayout(box)
        shares = self.context.shares
        if shares is None:
            now = self.tr("No recovery shares were made yet.")
        else:
            now = (self.tr("Now: any %1 of %2 shares, made on %3. They will be split again: "
                           "the old sheets stop working.")
                   .replace("%1", str(shares.threshold)).replace("%2", str(shares.count))
                   .replace("%3", format_date(shares.made_on)))
        status = QLabel(now)
        status.setWordWrap(True)
        form.addRow(status)
        form.addRow(self.make_shares)
        form.addRow(self.tr("&Holders (one a line):"), self.holders)
        form.addRow(self.tr("Shares &needed:"), self.threshold)
        return box

    def _fill_existing(self) -> None:
        """Every active account but the one handing over."""
        self.existing_account.clear()
        for user in self.context.users:
            if user.active and user.username != self.old_leader.currentData():
                self.existing_account.addItem(f"{user.full_name} ({user.username}, "
                                              f"{role_label(user.role)})", user.username)
        self.existing.setEnabled(self.existing_account.count() > 0)
        if not self.existing.isEnabled():
            self.new.setChecked(True)

    def _connect(self) -> None:
        self.old_leader.currentIndexChanged.connect(self._fill_existing)
        self.new.toggled.connect(self._choice_changed)
        self.make_shares.toggled.connect(self._shares_changed)
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)

    def _set_defaults(self) -> None:
        shares = self.context.shares
        self.make_shares.setChecked(shares is not None)
        self.make_shares.setEnabled(shares is None)  # shares that exist are always split again
        self.threshold.setValue(shares.threshold if shares else DEFAULT_THRESHOLD)
        self.existing.setChecked(True)
        self._fill_existing()
        self._choice_changed()
        self._shares_changed()

    def _choice_changed(self) -> None:
        making = self.new.isChecked()
        self.existing_account.setEnabled(not making)
        for field in (self.username, self.full_name, self.password, self.repeat):
            field.setEnabled(making)

    def _shares_changed(self) -> None:
        for field in (self.holders, self.threshold):
            field.setEnabled(self.make_shares.isChecked())

    def holder_names(self) -> tuple[str, ...]:
        if not self.make_shares.isChecked():
            return ()
        return tuple(line.strip() for line in self.holders.toPlainText().splitlines()
                     if line.strip())

    def problem(self) -> str | None:
        if self.old_leader.count() == 0:
            return self.tr("No active leader account hands over.")
        if self.new.isChecked() and self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        if self.make_shares.isChecked() and len(self.holder_names()) < self.threshold.value():
            return self.tr("Name at least as many holders as the shares needed.")
        return None

    def _check_and_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
        else:
            self.accept()

    def request(self) -> HandOverRequest:
        making = self.new.isChecked()
        return HandOverRequest(
            new_username=self.username.text() if making else self.existing_account.currentData(),
            new_account=making, new_full_name=self.full_name.text() if making else "",
            new_password=self.password.text() if making else "",
            old_username=self.old_leader.currentData(), share_holders=self.holder_names(),
            share_threshold=self.threshold.value() if self.make_shares.isChecked() else None)


def start_handover(parent: QWidget, operations: Operations, on_retired: Callable[[], None]) -> None:
    """Read the accounts, ask, hand over, then show what must be printed and given."""
    def ask(context: HandOverContext) -> None:
        dialog = HandOverDialog(context, parent)
        if not dialog.exec():
            return
        request = dialog.request()
        operations.run_on_workspace(
            parent, lambda workspace: hand_over_leadership(workspace, request=request),
            lambda result: done(result, context), changes=Change.INSTALLATION,
            label=dialog.tr("Handing over…"))

    def done(result: HandOverResult, context: HandOverContext) -> None:
        retired = result.record.old_username == context.signed_in
        HandOverDoneDialog(result, operations, parent, retired_self=retired).exec()
        if retired:
            on_retired()

    operations.run_on_workspace(parent, handover_context, ask)
