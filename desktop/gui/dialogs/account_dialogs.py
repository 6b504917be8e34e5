"""Adding a user, changing one's password, and a leader resetting a member's."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop.core.access.accounts import check_password
from desktop.core.errors import AppError
from desktop.core.roles import roles_for_mode
from desktop.gui.errors import error_message
from desktop.gui.widgets.buttons import label_standard_buttons


def password_field() -> QLineEdit:
    """A line that shows dots, for a password or a recovery secret."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _FormDialog(QDialog):
    """A form whose password and repeat fields must match before OK closes it."""

    password: QLineEdit  # made by each form
    repeat: QLineEdit

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)

    def finish_layout(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        label_standard_buttons(buttons)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(self.message)
        self.form.addRow(buttons)

    def _check_and_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
        else:
            self.accept()

    def problem(self) -> str | None:
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return None


class AddUserDialog(_FormDialog):
    def __init__(self, mode: str, parent=None):
        super().__init__(self.tr("Add user"), parent)
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in roles_for_mode(mode):
            self.role.addItem(role_label(role), role)
        self.password, self.repeat = password_field(), password_field()
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("R&epeat password:"), self.repeat)
        self.finish_layout()


class ChangePasswordDialog(_FormDialog):
    def __init__(self, username: str, parent=None):
        super().__init__(self.tr("Change password for %s") % username, parent)
        self.password, self.repeat = password_field(), password_field()
        self.form.addRow(self.tr("&New password:"), self.password)
        self.form.addRow(self.tr("R&epeat password:"), self.repeat)
        self.finish_layout()


class ResetPasswordDialog(_FormDialog):
    """A temporary password for a member who forgot theirs, checked before the dialog closes."""

    def __init__(self, username: str, full_name: str, parent=None):
        super().__init__(self.tr("Reset password for %s") % username, parent)
        explanation = QLabel(self.tr(
            "Give %s the temporary password in person, never by message; they change it "
            "(Settings → Change my password) after signing in.") % (full_name or username))
        explanation.setWordWrap(True)
        self.password, self.repeat = password_field(), password_field()
        self.form.addRow(explanation)
        self.form.addRow(self.tr("&Temporary password:"), self.password)
        self.form.addRow(self.tr("R&epeat password:"), self.repeat)
        self.finish_layout()
        self.resize(420, self.sizeHint().height())

    def problem(self) -> str | None:
        try:
            check_password(self.password.text())
        except AppError as error:
            return error_message(error)
        return super().problem()


def role_label(role: str) -> str:
    labels = {
        "leader": QCoreApplication.translate("roles", "Team leader"),
        "mediator": QCoreApplication.translate("roles", "Mediator"),
        "security": QCoreApplication.translate("roles", "Security member"),
        "viewer": QCoreApplication.translate("roles", "Viewer"),
        "admin": QCoreApplication.translate("roles", "Administrator"),
        "officer": QCoreApplication.translate("roles", "Officer"),
    }
    return labels.get(role, role)
