"""Recovering with shares: k holders type their words, a leader gets a new password, and TuQuan
opens for that leader.

Entry point: `ShareRecoveryDialog(paths, operations, parent)`; it emits `unlocked(workspace)`,
as the unlock screen does, once the account is recovered and signed in.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.paths import AppPaths
from desktop.gui.dialogs.account_dialogs import password_field
from desktop.gui.errors import error_message
from desktop.gui.operations import Operations
from desktop.gui.widgets.buttons import label_standard_buttons
from desktop.gui.widgets.scrolling import resize_within_screen

FIRST_BOXES = 2
MAX_SHARES = 16  # SLIP-39's limit


def share_box() -> QPlainTextEdit:
    """A box for one share's words; Tab leaves it, as in a form."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(64)
    return box


class ShareRecoveryDialog(QDialog):
    """Shares, the account (existing, or a new leader's) and its new password."""

    unlocked = Signal(object)

    def __init__(self, paths: AppPaths, operations: Operations, parent=None):
        super().__init__(parent)
        self._paths, self._operations = paths, operations
        self.setWindowTitle(self.tr("Recover with shares"))
        self.shares: list[QPlainTextEdit] = []
        self.add_share_button = QPushButton(self.tr("&Add a share"))
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.new_account = QCheckBox(self.tr("Make it a new &leader account"))
        self.password, self.repeat = password_field(), password_field()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        label_standard_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Recover"))
        self._build_layout()
        self.add_share_button.clicked.connect(self.add_share)
        self.new_account.toggled.connect(self.full_name.setEnabled)
        self.buttons.accepted.connect(self.try_recover)
        self.buttons.rejected.connect(self.reject)
        self.full_name.setEnabled(False)
        self.shares[0].setFocus()
        resize_within_screen(self, 560, 520)

    def _build_layout(self) -> None:
        intro = QLabel(self.tr(
            "The holders of the recovery shares type their words, one share in each box, as "
            "many shares as the sheets say (for example any 2 of 3). The first four letters of "
            "each word are enough. Then give the leader's account a new password."))
        intro.setWordWrap(True)
        # One form, so the shares' and the account's labels line up; shares go above the button.
        self.form = QFormLayout()
        adding = QHBoxLayout()
        adding.addWidget(self.add_share_button)
        adding.addStretch()
        self.form.addRow("", adding)
        for _ in range(FIRST_BOXES):
            self.add_share()
        self.form.addRow(self.tr("Leader's &user name:"), self.username)
        self.form.addRow("", self.new_account)
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("New &password:"), self.password)
        self.form.addRow(self.tr("R&epeat password:"), self.repeat)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(intro)
        column.addLayout(self.form)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def add_share(self) -> None:
        """One more box, up to SLIP-39's sixteen shares."""
        box = share_box()
        self.shares.append(box)
        number = len(self.shares)
        box.setAccessibleName(self.tr("Share %1").replace("%1", str(number)))
        self.form.insertRow(number - 1, self.tr("Share &%1:").replace("%1", str(number)), box)
        self.add_share_button.setEnabled(number < MAX_SHARES)
        if number > FIRST_BOXES:
            box.setFocus()

    def problem(self) -> str | None:
        if not self.username.text().strip():
            return self.tr("Enter the leader's user name.")
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return None

    def try_recover(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        shares = [box.toPlainText() for box in self.shares]
        username, password = self.username.text(), self.password.text()
        full_name, new_account = self.full_name.text(), self.new_account.isChecked()

        def work():
            # loaded when first needed: the unlock screen paints sooner
            from desktop.core.access.recovery_shares import recover_with_shares
            from desktop.core.access.unlock import sign_in

            recover_with_shares(self._paths, shares=shares, username=username,
                                new_password=password, full_name=full_name,
                                new_account=new_account)
            return sign_in(self._paths, username, password)

        self.setEnabled(False)
        self.message.setText(self.tr("Opening…"))
        self._operations.run_task(self, work, self._succeeded, on_error=self._failed)

    def _succeeded(self, workspace) -> None:
        self.setEnabled(True)
        self.password.clear()
        self.repeat.clear()
        for box in self.shares:
            box.clear()
        self.unlocked.emit(workspace)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_message(error))
