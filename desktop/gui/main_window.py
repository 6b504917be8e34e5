"""Main window: navigation on the left, pages on the right, lock and quit in the menu."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from desktop.core.settings import Settings
from desktop.gui.dialogs.account_dialogs import role_label
from desktop.gui.pages.dashboard_page import DashboardPage
from desktop.gui.pages.settings_page import SettingsPage


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, runner, settings: Settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Tự Quản")
        self.dashboard = DashboardPage(runner)
        self.settings_page = SettingsPage(runner, settings)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setMaximumWidth(200)
        self.pages = QStackedWidget()
        for label, page in ((self.tr("Overview"), self.dashboard),
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
        self.resize(900, 600)

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

    def load(self, workspace) -> None:
        actor = workspace.actor
        self.statusBar().showMessage(f"{actor.username} — {role_label(actor.role)}")
        self.dashboard.load(workspace)
        self.settings_page.load(workspace)

    def clear(self) -> None:
        """Drop everything shown, so nothing of the data stays on screen or in memory."""
        self.dashboard.clear()
        self.settings_page.clear()
        self.statusBar().clearMessage()
