"""The first-run wizard's other road: a new computer set up from a team's backup file — the file,
the secret that opens it, what it holds (team, commune, the period), then the restore."""

from html import escape
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.core.access.accounts import check_password
from desktop.core.errors import AppError, InvalidInput
from desktop.core.installation.from_backup import (
    BackupOpener,
    BackupSummary,
    WithPassword,
    WithRecoveryCode,
)
from desktop.core.roles import MODE_TEAM, POLICE
from desktop.core.text import format_date, format_date_time
from desktop.gui.errors import error_message


class RestoreRunner(Protocol):
    """What these pages ask of their wizard: the work, off the window's thread."""

    def inspect_backup(self, file: Path, opener: BackupOpener) -> None: ...

    def restore_backup(self, reset: tuple[str, str] | None) -> None: ...

ERROR_STYLE = "color: #b00020"


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class RestoreFilePage(QWizardPage):
    """Which backup file, and the password or recovery code that opens it."""

    def __init__(self, wizard: RestoreRunner):
        super().__init__()
        self._wizard = wizard
        self.summary: BackupSummary | None = None
        self.setTitle(self.tr("Restore from a backup file"))
        self.setSubTitle(self.tr("Set this computer up from the team's backup file (.tqbackup), "
                                 "for example from a USB stick."))
        self.file = QLineEdit()
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.with_password = QRadioButton(self.tr("Open it with my &password"))
        self.with_code = QRadioButton(self.tr("Open it with the &recovery code"))
        self.with_password.setChecked(True)
        self.username, self.password, self.code = QLineEdit(), _secret_field(), QLineEdit()
        self.message = _message_label()
        self._lay_out()
        self.choose_button.clicked.connect(self._choose)
        for field in (self.file, self.username, self.password, self.code):
            field.textChanged.connect(self._changed)
        self.with_password.toggled.connect(self._changed)

    def _lay_out(self) -> None:
        group = QButtonGroup(self)
        group.addButton(self.with_password)
        group.addButton(self.with_code)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        self.file_label = QLabel(self.tr("Backup &file:"))
        self.file_label.setBuddy(self.file)
        form.addRow(self.file_label, file_row)
        form.addRow(self.with_password)
        self.fields = {}
        for name, text, field in (("username", self.tr("&User name:"), self.username),
                                  ("password", self.tr("Pass&word:"), self.password)):
            self.fields[name] = QLabel(text)
            self.fields[name].setBuddy(field)
            form.addRow(self.fields[name], field)
        form.addRow(self.with_code)
        self.fields["code"] = QLabel(self.tr("Recovery co&de:"))
        self.fields["code"].setBuddy(self.code)
        form.addRow(self.fields["code"], self.code)
        for name, field in (("username", self.username), ("password", self.password),
                            ("code", self.code)):
            field.setAccessibleName(self.fields[name].text().replace("&", "").rstrip(":"))
        self.file.setAccessibleName(self.tr("Backup file"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()

    def initializePage(self) -> None:
        self._changed()

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup file"), self.file.text(),
            self.tr("TuQuan backups (*.tqbackup)"))
        if chosen:
            self.file.setText(chosen)

    def _changed(self) -> None:
        self.summary = None  # what was read no longer matches what is typed
        by_password = self.with_password.isChecked()
        for widget in (self.username, self.password, self.fields["username"],
                       self.fields["password"]):
            widget.setEnabled(by_password)
        self.code.setEnabled(not by_password)
        self.fields["code"].setEnabled(not by_password)
        self.completeChanged.emit()

    def opener(self) -> BackupOpener:
        if self.with_code.isChecked():
            return WithRecoveryCode(self.code.text())
        return WithPassword(self.username.text(), self.password.text())

    def isComplete(self) -> bool:
        secret = (self.username.text().strip() and self.password.text()
                  if self.with_password.isChecked() else self.code.text().strip())
        return bool(self.file.text().strip() and secret)

    def validatePage(self) -> bool:
        if self.summary is not None:
            return True
        self.message.setText(self.tr("Opening the backup file…"))
        self.setEnabled(False)
        self._wizard.inspect_backup(Path(self.file.text().strip()), self.opener())
        return False

    def opened(self, summary: BackupSummary) -> None:
        self.setEnabled(True)
        self.message.clear()
        self.summary = summary

    def failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_message(error))


class RestoreConfirmPage(QWizardPage):
    """What the file holds, said before anything is written; after the recovery code, a new
    password for an administrator (the window signs in with a password)."""

    def __init__(self, wizard: RestoreRunner, file_page: RestoreFilePage):
        super().__init__()
        self._wizard, self._file_page = wizard, file_page
        self.setTitle(self.tr("Is this the right backup?"))
        self.setSubTitle(self.tr("Check the team and the period it covers: nothing is written on "
                                 "this computer before you press Restore."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Restore"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("What the backup holds"))
        self.password_box = QGroupBox(self.tr("A new password, since the recovery code opened it"))
        self.username, self.password, self.repeat = QLineEdit(), _secret_field(), _secret_field()
        form = QFormLayout(self.password_box)
        for text, field in ((self.tr("Administrator's user &name:"), self.username),
                            (self.tr("New pass&word:"), self.password),
                            (self.tr("R&epeat the password:"), self.repeat)):
            form.addRow(text, field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.message = _message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(self.password_box)
        layout.addWidget(self.message)
        layout.addStretch()
        self._done = self._recovery = False

    def initializePage(self) -> None:
        summary = self._file_page.summary
        assert summary is not None  # this page follows a file that opened
        self.details.setText(self.describe(summary))
        self._recovery = recovery = self._file_page.with_code.isChecked()
        self.password_box.setVisible(recovery)
        if recovery and summary.administrators and not self.username.text():
            self.username.setText(summary.administrators[0])
        self.message.clear()

    def describe(self, summary: BackupSummary) -> str:
        """Rich text: the names are escaped (a team may be called anything)."""
        team = self.tr("Team") if summary.mode == MODE_TEAM else self.tr("Unit")
        lines = [f"{team}: <b>{escape(summary.name)}</b>",
                 self.tr("Commune / ward: %1, %2").replace("%1", escape(summary.commune_name))
                 .replace("%2", escape(summary.province_name)),
                 self.tr("Backup made: %1").replace("%1", format_date_time(summary.made_at)),
                 self.tr("It holds everything recorded from %1 up to %2; anything recorded "
                         "after that is not in it.")
                 .replace("%1", format_date(summary.covers_from.date())
                          if summary.covers_from else "…")
                 .replace("%2", format_date_time(summary.made_at))]
        for end in summary.chain_ends:
            desk = self.tr("Commune police") if end.desk == POLICE \
                else self.tr("Commune People's Committee")
            lines.append(self.tr("Last bundle to %1: number %2").replace("%1", desk)
                         .replace("%2", str(end.seq)))
        return "<br>".join(lines)

    def validatePage(self) -> bool:
        if self._done:
            return True
        reset = None
        if self._recovery:
            try:
                check_password(self.password.text())
                if self.password.text() != self.repeat.text():
                    raise InvalidInput(field="password", problem="the two entries differ")
            except AppError as error:
                self.message.setText(error_message(error))
                return False
            reset = (self.username.text(), self.password.text())
        self.message.setText(self.tr("Restoring the team's data…"))
        self.setEnabled(False)
        self._wizard.restore_backup(reset)
        return False

    def finished(self) -> None:
        self._done = True
        self.setEnabled(True)

    def failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_message(error))
