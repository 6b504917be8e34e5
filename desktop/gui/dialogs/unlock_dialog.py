"""The unlock screen: user name and password, or a forgotten password reset with the recovery
code; the checks run off the GUI thread."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.paths import AppPaths
from desktop.gui.errors import error_message
from desktop.gui.operations import Operations

if TYPE_CHECKING:  # named for the checker only: the dialog loads when first asked for
    from desktop.gui.dialogs.recovery_dialog import RecoveryDialog
    from desktop.gui.dialogs.share_recovery_dialog import ShareRecoveryDialog

ERROR_STYLE = "color: #b00020"


class UnlockDialog(QDialog):
    """Emits `unlocked(workspace)` after a successful sign-in; stays open on failure."""

    unlocked = Signal(object)
    first_shown = Signal()  # the screen is drawn: the libraries may load while the user types

    def __init__(self, paths: AppPaths, operations: Operations, username: str = "", parent=None):
        super().__init__(parent)
        self._paths, self._operations = paths, operations
        # Qt adds the application's name ("Tự Quản") to every window title itself.
        self.setWindowTitle(self.tr("Unlock"))
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        # Not QDialogButtonBox(Ok): choosing among that constructor's forms builds every enum
        # of Qt's namespace (about 30 ms of one core) before the screen can paint.
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.forgot_button = QPushButton(self.tr("&Forgot password?"))
        self.forgot_button.setAutoDefault(False)
        self.buttons.addButton(self.forgot_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.recovery_dialog: RecoveryDialog | None = None
        self.share_recovery_dialog: ShareRecoveryDialog | None = None
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
        self.forgot_button.clicked.connect(self.open_recovery)
        (self.password if username else self.username).setFocus()
        self.resize(420, 200)
        self._warmed = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._warmed:
            # Once the screen is drawn, not when it is shown: the libraries load on a worker
            # thread, which would take the interpreter from the first paint (on an old laptop's
            # one slow core, a third of a second later on screen).
            self._warmed = True
            QTimer.singleShot(0, self.first_shown.emit)

    def open_recovery(self) -> None:
        """The recovery code sets a new password; the person then signs in here with it."""
        # loaded when first needed: the unlock screen paints sooner
        from desktop.gui.dialogs.recovery_dialog import RecoveryDialog

        self.recovery_dialog = RecoveryDialog(self._paths, self._operations,
                                              self.username.text(), self)
        self.recovery_dialog.recovered.connect(self._recovered)
        self.recovery_dialog.shares_chosen.connect(self.open_share_recovery)
        self.recovery_dialog.open()

    def open_share_recovery(self) -> None:
        """Any k of the leader's recovery shares open TuQuan with a new password: signed in."""
        # loaded when first needed: the unlock screen paints sooner
        from desktop.gui.dialogs.share_recovery_dialog import ShareRecoveryDialog

        self.share_recovery_dialog = ShareRecoveryDialog(self._paths, self._operations, self)
        self.share_recovery_dialog.unlocked.connect(self._succeeded)
        self.share_recovery_dialog.open()

    def _recovered(self, username: str) -> None:
        self.username.setText(username)
        self.password.clear()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("The new password is set. Sign in with it."))
        self.password.setFocus()

    def try_unlock(self) -> None:
        from desktop.core.access.unlock import sign_in  # SQLAlchemy loads only once the screen is up

        username, password = self.username.text(), self.password.text()
        self.password.clear()
        self.setEnabled(False)
        self.message.setStyleSheet(ERROR_STYLE)
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
