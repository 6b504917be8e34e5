"""The unlock screen: user name and password; the check runs off the GUI thread."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from desktop.core.paths import AppPaths
from desktop.gui.errors import error_message
from desktop.gui.operations import Operations


class UnlockDialog(QDialog):
    """Emits `unlocked(workspace)` after a successful sign-in; stays open on failure."""

    unlocked = Signal(object)
    first_shown = Signal()  # the screen is up: the libraries may load while the user types

    def __init__(self, paths: AppPaths, operations: Operations, username: str = "", parent=None):
        super().__init__(parent)
        self._paths, self._operations = paths, operations
        self.setWindowTitle(self.tr("TuQuan — unlock"))
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        heading = QLabel(self.tr("<b>Tự Quản</b> — the data on this computer is encrypted. "
                                 "Sign in to open it."))
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_unlock)
        (self.password if username else self.username).setFocus()
        self.resize(420, 200)
        self._warmed = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            self.first_shown.emit()

    def try_unlock(self) -> None:
        from desktop.core.access.unlock import sign_in  # SQLAlchemy loads only once the screen is up

        username, password = self.username.text(), self.password.text()
        self.password.clear()
        self.setEnabled(False)
        self.message.setText(self.tr("Opening…"))
        self._operations.run_task(self, lambda: sign_in(self._paths, username, password),
                                  self._succeeded,
                                  on_error=lambda error: self._failed(error, username, password))

    def _succeeded(self, workspace) -> None:
        self.setEnabled(True)
        self.message.clear()
        self.unlocked.emit(workspace)
        self.accept()

    def _failed(self, error: BaseException, username: str = "", password: str = "") -> None:
        # loaded when first needed: the unlock screen paints sooner
        from desktop.core.errors import DatabaseDamaged

        self.setEnabled(True)
        self.message.setText(error_message(error))
        self.password.setFocus()
        if isinstance(error, DatabaseDamaged):
            self._offer_restore(error.params["backup"], username, password)

    def _offer_restore(self, backup_id: str, username: str, password: str) -> None:
        """The way out of a damaged database, one question away (the damaged file is kept)."""
        # loaded when first needed: the unlock screen paints sooner
        from desktop.core.access.authorised_restore import restore_database
        from desktop.core.access.unlock import sign_in

        answer = QMessageBox.question(self, self.tr("Damaged data"), self.tr(
            "Restore backup %1 now? The damaged database is kept as a backup.")
            .replace("%1", backup_id))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work():
            restore_database(self._paths, backup_id=backup_id, username=username, password=password)
            return sign_in(self._paths, username, password)

        self.setEnabled(False)
        self.message.setText(self.tr("Restoring…"))
        self._operations.run_task(self, work, self._succeeded, on_error=self._failed)
