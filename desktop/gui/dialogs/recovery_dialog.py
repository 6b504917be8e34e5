"""A forgotten password, from the unlock window: user name, recovery code, new password twice."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.errors import InvalidInput
from desktop.core.paths import AppPaths
from desktop.gui.dialogs.account_dialogs import password_field
from desktop.gui.errors import error_message
from desktop.gui.operations import Operations
from desktop.gui.widgets.buttons import label_standard_buttons


class RecoveryDialog(QDialog):
    """Emits `recovered(username)` once the new password is set; stays open on a mistake,
    every field kept, with the reason beside the form."""

    recovered = Signal(str)
    shares_chosen = Signal()  # no code at hand: the holders of the recovery shares are asked

    def __init__(self, paths: AppPaths, operations: Operations, username: str = "", parent=None):
        super().__init__(parent)
        self._paths, self._operations = paths, operations
        self.setWindowTitle(self.tr("Forgot password"))
        self.username = QLineEdit(username)
        self.code = QLineEdit()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)  # the code is read off paper, group by group
        self.code.setFont(font)
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.password, self.repeat = password_field(), password_field()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        label_standard_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Set the new password"))
        self._build_layout()
        self.shares_button = QPushButton(self.tr("Use recovery &shares instead…"))
        self.shares_button.setAutoDefault(False)
        self.shares_button.setToolTip(self.tr(
            "When the recovery code is lost: the pieces of paper the leader gave to several "
            "people; any two (or as many as the leader chose) open TuQuan."))
        self.buttons.addButton(self.shares_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.shares_button.clicked.connect(self._use_shares)
        self.buttons.accepted.connect(self.try_recover)
        self.buttons.rejected.connect(self.reject)
        (self.code if username else self.username).setFocus()

    def _build_layout(self) -> None:
        explanation = QLabel(self.tr(
            "The recovery code is on the recovery sheet printed when TuQuan was set up, kept in a "
            "sealed envelope in a locked cabinet. With it you choose a new password, then sign in "
            "with that password."))
        explanation.setWordWrap(True)
        form = QFormLayout()
        for label, field in ((self.tr("&User name:"), self.username),
                             (self.tr("Recovery &code:"), self.code),
                             (self.tr("&New password:"), self.password),
                             (self.tr("R&epeat new password:"), self.repeat)):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.resize(480, 300)

    def _use_shares(self) -> None:
        self.reject()
        self.shares_chosen.emit()

    def try_recover(self) -> None:
        """Check the two entries here; the core checks the rest, the code last (it costs a key
        derivation, off the GUI thread, and counts towards the unlock throttle)."""
        # loaded when first needed: the unlock screen paints sooner
        from desktop.core.access.account_recovery import reset_with_recovery_code

        if self.password.text() != self.repeat.text():
            self._failed(InvalidInput(field="password", problem="the two entries differ"))
            return
        paths, username, code = self._paths, self.username.text(), self.code.text()
        new_password = self.password.text()
        self.setEnabled(False)
        self.message.setText(self.tr("Checking the recovery code…"))
        self._operations.run_task(
            self, lambda: reset_with_recovery_code(paths, code=code, username=username,
                                                   new_password=new_password),
            self._succeeded, on_error=self._failed)

    def _succeeded(self, username: str) -> None:
        self.setEnabled(True)
        self.message.clear()
        for secret in (self.code, self.password, self.repeat):  # not kept past their use
            secret.clear()
        self.recovered.emit(username)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_message(error))
        field = self.code  # a wrong code, or too many attempts: the code is what to look at
        if isinstance(error, InvalidInput):
            field = self.password if error.params.get("field") == "password" else self.username
        field.setFocus()
        field.selectAll()
