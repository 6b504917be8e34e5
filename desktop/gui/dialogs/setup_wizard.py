"""First-run wizard: mode, team or unit details with the commune picker, administrator, recovery
code; or a team's backup file restored onto this computer (restore_pages.py)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.core.access.accounts import check_password, normalise_username
from desktop.core.errors import AppError, InvalidInput
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.installation.from_backup import (
    BackupOpener,
    BackupSummary,
    RestoredInstallation,
    initialise_from_backup,
    inspect_backup,
)
from desktop.core.paths import AppPaths
from desktop.core.roles import COMMUNE, MODE_RECEIVER, MODE_TEAM, POLICE
from desktop.core.types import InitResult, RecoverySheet
from desktop.gui.dialogs.restore_pages import RestoreConfirmPage, RestoreFilePage
from desktop.gui.errors import error_message
from desktop.gui.operations import Operations
from desktop.gui.widgets.buttons import label_wizard_buttons
from desktop.gui.widgets.commune_picker import CommunePicker
from desktop.gui.widgets.scrolling import resize_within_screen


class ModePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Welcome to TuQuan"))
        self.setSubTitle(self.tr("Who will use this computer? This is chosen once."))
        self.team = QRadioButton(self.tr("&Neighbourhood team (mediation, security)"))
        self.receiver = QRadioButton(self.tr(
            "Commune / ward &police (receives security notes, tips and Art. 10(5) cases)"))
        self.commune = QRadioButton(self.tr(
            "Commune / ward People's &Committee (receives mediation reports and Art. 10(4) "
            "cases)"))
        self.restore = QRadioButton(self.tr(
            "Restore from a backup &file (a new computer for a team already set up)"))
        self.team.setChecked(True)
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button in (self.team, self.receiver, self.commune, self.restore):
            group.addButton(button)
            layout.addWidget(button)

    def nextId(self) -> int:
        if self.restore.isChecked():
            return SetupWizard.RESTORE_FILE
        return super().nextId()

    def mode(self) -> str:
        return MODE_TEAM if self.team.isChecked() else MODE_RECEIVER

    def receiver_kind(self) -> str:
        return COMMUNE if self.commune.isChecked() else POLICE


class DetailsPage(QWizardPage):
    def __init__(self, mode_page: ModePage):
        super().__init__()
        self._mode_page = mode_page
        self.name = QLineEdit()
        self.picker = CommunePicker()
        self.hamlets = QPlainTextEdit()
        self.hamlets.setTabChangesFocus(True)
        self.hamlets.setAccessibleName(self.tr("Hamlets, one per line"))
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.hamlets_label = QLabel(self.tr("&Hamlets (thôn / tổ dân phố), one per line:"))
        self.hamlets_label.setBuddy(self.hamlets)
        commune_label = QLabel(self.tr("&Commune / ward:"))
        commune_label.setBuddy(self.picker)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.name)
        form.addRow(commune_label, self.picker)
        form.addRow(self.hamlets_label, self.hamlets)
        self.name.textChanged.connect(self.completeChanged)
        self.picker.commune_chosen.connect(self.completeChanged)

    def initializePage(self) -> None:
        team = self._mode_page.mode() == MODE_TEAM
        self.setTitle(self.tr("Your team") if team else self.tr("Your police unit")
                      if self._mode_page.receiver_kind() == POLICE
                      else self.tr("Your People's Committee"))
        self.name_label.setText(self.tr("Team &name:") if team else self.tr("Unit &name:"))
        self.hamlets.setVisible(team)
        self.hamlets_label.setVisible(team)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip()) and self.picker.selected_code() is not None

    def hamlet_names(self) -> tuple[str, ...]:
        return tuple(line for line in self.hamlets.toPlainText().splitlines() if line.strip())


class AdminPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(self.tr("The team leader or unit administrator signs in with this account."))
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.password, self.repeat = QLineEdit(), QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout(self)
        for label, field in ((self.tr("&User name:"), self.username),
                             (self.tr("&Full name:"), self.full_name),
                             (self.tr("&Password:"), self.password),
                             (self.tr("&Repeat password:"), self.repeat)):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(self.message)
        self._done = False

    def validatePage(self) -> bool:
        if self._done:
            return True
        try:
            normalise_username(self.username.text())
            check_password(self.password.text())
            if self.password.text() != self.repeat.text():
                raise InvalidInput(field="password", problem="the two entries differ")
        except AppError as error:
            self.message.setText(error_message(error))
            return False
        self.message.setText(self.tr("Creating the encrypted database…"))
        self.setEnabled(False)
        self._wizard.create_installation()
        return False

    def finished(self) -> None:
        self._done = True
        self.setEnabled(True)

    def failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_message(error))


class RecoveryPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("If every password is forgotten, only this code opens the data. "
                                 "It is shown once: print it or write it down, and keep it locked away."))
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.code.setFont(font)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.confirm = QCheckBox(self.tr("I have &written down or printed the recovery code"))
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.print_button)
        layout.addWidget(self.confirm)
        self.print_button.clicked.connect(self._print)
        self.sheet: RecoverySheet | None = None

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def nextId(self) -> int:
        return -1  # the restore's pages follow it in number, not in the road

    def _print(self) -> None:
        """Print the recovery sheet: the team, the place, the date, the code and what to do."""
        # ReportLab, QtPdf and the printing support load only once the sheet is printed: the
        # unlock screen paints sooner
        from desktop.core.pdf.recovery_sheet import build_recovery_sheet
        from desktop.gui.printing import print_pdf_with_dialog

        assert self.sheet is not None  # the page is reached once the installation exists
        print_pdf_with_dialog(self, build_recovery_sheet(self.sheet), self.tr("Recovery sheet"))


class SetupWizard(QWizard):
    """Collects the set-up request, creates the installation off the GUI thread, shows the code;
    or restores a backup file."""

    RESTORE_FILE, RESTORE_CONFIRM = 10, 11

    def __init__(self, paths: AppPaths, operations: Operations, parent=None):
        super().__init__(parent)
        self._paths, self._operations = paths, operations
        self.created: InitResult | None = None
        self.restored: RestoredInstallation | None = None
        self.setWindowTitle(self.tr("First run"))
        self.mode_page = ModePage()
        self.details_page = DetailsPage(self.mode_page)
        self.admin_page = AdminPage(self)
        self.recovery_page = RecoveryPage()
        for page in (self.mode_page, self.details_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.restore_file_page = RestoreFilePage(self)
        self.restore_confirm_page = RestoreConfirmPage(self, self.restore_file_page)
        self.setPage(self.RESTORE_FILE, self.restore_file_page)
        self.setPage(self.RESTORE_CONFIRM, self.restore_confirm_page)
        self.currentIdChanged.connect(self._page_shown)
        label_wizard_buttons(self)
        resize_within_screen(self, 640, 520)

    def request(self) -> SetupRequest:
        admin = self.admin_page
        return SetupRequest(
            mode=self.mode_page.mode(), name=self.details_page.name.text(),
            commune_code=self.details_page.picker.selected_code() or "",
            admin_username=admin.username.text(), admin_password=admin.password.text(),
            admin_full_name=admin.full_name.text(),
            hamlets=self.details_page.hamlet_names() if self.mode_page.mode() == MODE_TEAM else (),
            receiver_kind=self.mode_page.receiver_kind())

    def create_installation(self) -> None:
        request = self.request()
        self._operations.run_task(self, lambda: initialise(self._paths, request), self._created,
                                  on_error=self.admin_page.failed)

    def _created(self, result: InitResult) -> None:
        self.created = result
        self.recovery_page.code.setText(result.recovery_code)
        self.recovery_page.sheet = result.sheet
        self.admin_page.finished()
        self.next()

    def _page_shown(self, _page_id: int) -> None:
        """No way back from the recovery code (the installation exists by then); before a
        restore, Back and Cancel stay."""
        final = self.currentPage() is self.recovery_page
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, final)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, final)

    def username(self) -> str:
        """Whom the unlock screen asks for next."""
        if self.created is not None:
            return self.created.admin_username
        return self.restored.username if self.restored is not None else ""

    def inspect_backup(self, file: Path, opener: BackupOpener) -> None:
        page = self.restore_file_page
        self._operations.run_task(self, lambda: inspect_backup(file, opener), self._inspected,
                                  on_error=page.failed, label=self.tr("Checking the backup file…"))

    def _inspected(self, summary: BackupSummary) -> None:
        self.restore_file_page.opened(summary)
        self.next()

    def restore_backup(self, reset: tuple[str, str] | None) -> None:
        page = self.restore_file_page
        file, opener = Path(page.file.text().strip()), page.opener()
        self._operations.run_task(
            self, lambda: initialise_from_backup(self._paths, file, opener, reset=reset),
            self._restored, on_error=self.restore_confirm_page.failed,
            label=self.tr("Restoring the team's data…"))

    def _restored(self, result: RestoredInstallation) -> None:
        self.restored = result
        self.restore_confirm_page.finished()
        self.accept()
