"""Settings: user accounts, own password, language and the idle lock."""

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.access import accounts
from desktop.core.roles import ADMIN_ROLE, Permission, can
from desktop.core.settings import Settings
from desktop.core.types import UserInfo
from desktop.gui.dialogs.account_dialogs import (
    AddUserDialog,
    ChangePasswordDialog,
    ResetPasswordDialog,
    role_label,
)
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.backups_box import BackupsBox
from desktop.gui.widgets.scrolling import scrolled

if TYPE_CHECKING:  # named for the checker only: the GUI reaches the workspace through the core
    from desktop.core.data_folder.workspace import Workspace


class SettingsPage(QWidget):
    settings_changed = Signal(object)
    lock_requested = Signal()  # the signed-in leader handed over and was retired

    def __init__(self, operations: Operations, settings: Settings, parent=None):
        super().__init__(parent)
        self._operations, self._settings = operations, settings
        self._language_shown = settings.language  # installed at start, from these settings
        self._workspace: Workspace | None = None
        self.users = self._users_table()
        self._user_rows: list[UserInfo] = []
        self.reset_dialog: ResetPasswordDialog | None = None
        self.add_user_button = QPushButton(self.tr("&Add user…"))
        self.password_button = QPushButton(self.tr("Change &my password…"))
        self.reset_button = QPushButton(self.tr("Reset pass&word…"))
        self.reset_button.setToolTip(self.tr(
            "A temporary password for the chosen member; a leader's own password is changed by "
            "that leader, or reset with the recovery code."))
        self.reset_button.setEnabled(False)
        self.handover_button = QPushButton(self.tr("&Hand over to a new leader…"))
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.police_phone = QLineEdit()
        self.police_phone.setAccessibleName(self.tr("Commune police phone"))
        self.stick_copies = QSpinBox()
        self.stick_copies.setRange(1, 100)
        self.stick_copies.setAccessibleName(self.tr("Backup files kept on a USB stick"))
        self.backups = BackupsBox(operations)
        self._build_layout()
        self._connect()

    def _users_table(self) -> QTableWidget:
        users = QTableWidget(0, 3)
        users.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"),
                                         self.tr("Role")])
        users.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        users.verticalHeader().setVisible(False)
        users.horizontalHeader().setStretchLastSection(True)
        users.setAccessibleName(self.tr("User accounts"))
        users.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        users.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        return users

    def _connect(self) -> None:
        self.add_user_button.clicked.connect(self._add_user)
        self.password_button.clicked.connect(self._change_password)
        self.reset_button.clicked.connect(self._reset_password)
        self.users.itemSelectionChanged.connect(self._user_chosen)
        self.handover_button.clicked.connect(self._hand_over)
        self.language.activated.connect(self._language_chosen)
        self.idle_minutes.editingFinished.connect(self._idle_changed)
        self.police_phone.editingFinished.connect(self._phone_changed)
        self.stick_copies.editingFinished.connect(self._stick_copies_changed)

    @property
    def settings(self) -> Settings:
        return self._settings

    def _build_layout(self) -> None:
        users_box = QGroupBox(self.tr("User accounts"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_user_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.handover_button)
        buttons.addStretch()
        users_layout = QVBoxLayout(users_box)
        users_layout.addWidget(self.users)
        users_layout.addLayout(buttons)
        preferences = QGroupBox(self.tr("Preferences"))
        form = QFormLayout(preferences)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Lock after &idle:"), self.idle_minutes)
        form.addRow(self.tr("Commune &police phone:"), self.police_phone)
        form.addRow(self.tr("Backup files &kept on a USB stick:"), self.stick_copies)
        # The page scrolls: accounts, preferences and backups do not fit a 1280×720 screen at
        # 125 % one above the other.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(users_box)
        layout.addWidget(preferences)
        layout.addWidget(self.backups)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content))

    def load(self, workspace) -> None:
        self._workspace = workspace
        self.language.setCurrentIndex(max(self.language.findData(self._settings.language), 0))
        self.idle_minutes.setValue(self._settings.idle_lock_minutes)
        self.police_phone.setText(self._settings.police_phone)
        self.stick_copies.setValue(self._settings.stick_backups_to_keep)
        manager = can(workspace.actor, Permission.MANAGE_USERS)
        self.add_user_button.setVisible(manager)
        self.reset_button.setVisible(manager)
        self.handover_button.setVisible(manager)
        self.users.setVisible(manager)
        self.backups.setVisible(can(workspace.actor, Permission.MANAGE_BACKUPS))
        if can(workspace.actor, Permission.MANAGE_BACKUPS):
            self.backups.load(workspace)
        if manager:
            self._operations.run_query(self, accounts.list_users, self._show_users)

    def _show_users(self, users: list[UserInfo]) -> None:
        self._user_rows = list(users)
        self.users.setRowCount(len(users))
        for row, user in enumerate(users):
            for column, value in enumerate((user.username, user.full_name, role_label(user.role))):
                self.users.setItem(row, column, QTableWidgetItem(value))
        self.users.resizeColumnsToContents()

    def _add_user(self) -> None:
        assert self._workspace is not None  # the page is shown loaded with the open workspace
        dialog = AddUserDialog(self._workspace.mode, self)
        if not dialog.exec():
            return
        workspace = self._workspace
        values = dict(username=dialog.username.text(), role=dialog.role.currentData(),
                      full_name=dialog.full_name.text(), password=dialog.password.text())
        self._operations.run_on_workspace(
            self, lambda workspace: accounts.add_user(workspace, **values),
            lambda _user: self.load(workspace), changes=Change.INSTALLATION,
            label=self.tr("Adding the user…"))

    def _change_password(self) -> None:
        actor = self._workspace.actor if self._workspace is not None else None
        assert actor is not None  # shown only to a signed-in user of the open workspace
        username = actor.username
        dialog = ChangePasswordDialog(username, self)
        if not dialog.exec():
            return
        new_password = dialog.password.text()
        self._operations.run_on_workspace(
            self, lambda workspace: accounts.change_password(workspace, username=username,
                                                             new_password=new_password),
            lambda _none: self._password_changed(), label=self.tr("Saving…"))

    def _chosen_user(self) -> UserInfo | None:
        rows = self.users.selectionModel().selectedRows()
        return self._user_rows[rows[0].row()] if rows else None

    def _user_chosen(self) -> None:
        user = self._chosen_user()
        self.reset_button.setEnabled(user is not None and user.role not in ADMIN_ROLE.values())

    def _reset_password(self) -> None:
        user = self._chosen_user()
        if user is None:
            return
        self.reset_dialog = dialog = ResetPasswordDialog(user.username, user.full_name, self)
        dialog.accepted.connect(lambda: self._reset_confirmed(user, dialog.password.text()))
        dialog.open()

    def _reset_confirmed(self, user: UserInfo, new_password: str) -> None:
        self._operations.run_on_workspace(
            self, lambda workspace: accounts.reset_password(workspace, username=user.username,
                                                            new_password=new_password),
            lambda _user: self._password_reset(user), label=self.tr("Saving…"))

    def _password_reset(self, user: UserInfo) -> None:
        QMessageBox.information(self, self.tr("Password"), self.tr(
            "The password of %s was reset. Give them the temporary password in person.")
            % (user.full_name or user.username))
    def _hand_over(self) -> None:
        # loaded when first needed: the settings page opens sooner
        from desktop.gui.dialogs.handover_dialog import start_handover

        start_handover(self, self._operations, self.lock_requested.emit)

    def _password_changed(self) -> None:
        QMessageBox.information(self, self.tr("Password"), self.tr("Your password was changed."))

    def _language_chosen(self) -> None:
        """Save a new choice; a restart is asked for only when it differs from the language
        the window is shown in (choosing it again, or going back to it, needs none)."""
        language = self.language.currentData()
        if language == self._settings.language:
            return
        self._settings = replace(self._settings, language=language)
        self.settings_changed.emit(self._settings)
        if language != self._language_shown:
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("The new language is used after TuQuan is restarted."))

    def _phone_changed(self) -> None:
        self._settings = replace(self._settings, police_phone=self.police_phone.text().strip())
        self.settings_changed.emit(self._settings)

    def _stick_copies_changed(self) -> None:
        self._settings = replace(self._settings, stick_backups_to_keep=self.stick_copies.value())
        self.settings_changed.emit(self._settings)

    def _idle_changed(self) -> None:
        self._settings = replace(self._settings, idle_lock_minutes=self.idle_minutes.value())
        self.settings_changed.emit(self._settings)

    def clear(self) -> None:
        self.backups.clear()
        self._workspace = None
        self.users.setRowCount(0)
        self._user_rows = []
