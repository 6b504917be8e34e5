"""Main window: navigation on the left, pages on the right, lock and quit in the menu."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from desktop.core.roles import Permission, can
from desktop.core.settings import Settings
from desktop.gui.case_windows import CaseWindows
from desktop.gui.dialogs.account_dialogs import role_label
from desktop.gui.pages.cases_page import CasesPage
from desktop.gui.pages.dashboard_page import DashboardPage
from desktop.gui.pages.exchange_page import ExchangePage
from desktop.gui.pages.inbox_page import InboxPage
from desktop.gui.pages.notes_page import NotesPage
from desktop.gui.pages.privacy_page import PrivacyPage
from desktop.gui.pages.reports_page import ReportsPage
from desktop.gui.pages.settings_page import SettingsPage


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, runner, settings: Settings, workspace_provider, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Tự Quản")
        self.dashboard = DashboardPage(runner)
        self.cases_page = CasesPage(runner, workspace_provider)
        self.settings_page = SettingsPage(runner, settings)
        self.notes_page = NotesPage(runner, workspace_provider, lambda: self.settings_page.settings)
        self.privacy_page = PrivacyPage(runner, workspace_provider)
        self.reports_page = ReportsPage(runner, workspace_provider)
        self.exchange_page = ExchangePage(runner, workspace_provider)
        self.inbox_page = InboxPage(runner, workspace_provider)
        self.case_windows = CaseWindows(runner, workspace_provider, self)
        self.cases_page.open_case.connect(self.case_windows.open_case)
        self.cases_page.preview_logbook.connect(self.case_windows.preview_logbook)
        self.case_windows.case_changed.connect(self.cases_page.apply_filters)
        self.dashboard.loaded.connect(self._hamlets_known)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(170)
        self.pages = QStackedWidget()
        for label, page in ((self.tr("Overview"), self.dashboard),
                            (self.tr("Mediation cases"), self.cases_page),
                            (self.tr("Security notes"), self.notes_page),
                            (self.tr("Privacy"), self.privacy_page),
                            (self.tr("Reports"), self.reports_page),
                            (self.tr("Send to police"), self.exchange_page),
                            (self.tr("Police inbox"), self.inbox_page),
                            (self.tr("Settings"), self.settings_page)):
            self.navigation.addItem(label)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self.resize(1100, 700)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        lock = QAction(self.tr("&Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(lock)
        file_menu.addAction(quit_action)
        self.lock_action = lock
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        self.guide_action = guide

    def show_guide(self) -> None:
        from desktop.gui.dialogs.help_dialog import HelpDialog

        self.help_dialog = HelpDialog(self)
        self.help_dialog.show()

    def _hamlets_known(self, info) -> None:
        self.case_windows.hamlets = self.notes_page.hamlets = info.hamlets

    def load(self, workspace) -> None:
        actor = workspace.actor
        self.statusBar().showMessage(f"{actor.username} — {role_label(actor.role)}")
        self.dashboard.load(workspace)
        team, receiver = workspace.mode == "team", workspace.mode == "receiver"
        # The screens a role or mode cannot use are hidden; the core refuses them anyway.
        for row, page, permission, mode_fits in (
                (1, self.cases_page, Permission.RECORD_CASES, team),
                (2, self.notes_page, Permission.RECORD_NOTES, team),
                (3, self.privacy_page, Permission.MANAGE_PRIVACY, team),
                (4, self.reports_page, Permission.VIEW_DASHBOARD, True),
                (5, self.exchange_page, Permission.VIEW_ALL_CASES, team),
                (6, self.inbox_page, Permission.VIEW_DASHBOARD, receiver)):
            allowed = mode_fits and can(actor, permission)
            self.navigation.item(row).setHidden(not allowed)
            if allowed:
                page.load(workspace)
        self.settings_page.load(workspace)
        self.case_windows.show_all()

    def clear(self) -> None:
        """Drop everything shown, so nothing of the data stays on screen or in memory."""
        self.case_windows.hide_all()
        self.dashboard.clear()
        self.cases_page.clear()
        self.notes_page.clear()
        self.privacy_page.clear()
        self.reports_page.clear()
        self.exchange_page.clear()
        self.inbox_page.clear()
        self.settings_page.clear()
        self.statusBar().clearMessage()
