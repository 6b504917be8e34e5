"""Main window: navigation on the left, pages on the right, lock and quit in the menu.

A page is built the first time it is shown (or asked for), and loads its data then: signing in
builds and fills the overview only, so the first screen comes sooner and holds less memory.
"""

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import MODE_RECEIVER, MODE_TEAM, Permission, can
from desktop.core.settings import Settings
from desktop.gui.case_windows import CaseWindows
from desktop.gui.dialogs.account_dialogs import role_label
from desktop.gui.operations import Change, Operations
from desktop.gui.pages import dashboard_page
from desktop.gui.pages.dashboard_page import DashboardPage
from desktop.gui.widgets.scrolling import resize_within_screen

if TYPE_CHECKING:  # the workspace's module loads only at sign-in; the pages when first built
    from desktop.core.data_folder.workspace import Workspace
    from desktop.gui.pages.notes_page import NotesPage

OVERVIEW, CASES, NOTES, PRIVACY, REPORTS, EXCHANGE, INBOX, REGISTER, SETTINGS = range(9)

# Which screens a role and mode may use: (permission, modes). The core refuses the rest anyway;
# hiding them keeps the window honest.
TEAM, BOTH, POLICE = {MODE_TEAM}, {MODE_TEAM, MODE_RECEIVER}, {MODE_RECEIVER}
PAGE_RULES = {
    CASES: (Permission.RECORD_CASES, TEAM),
    NOTES: (Permission.RECORD_NOTES, TEAM),
    PRIVACY: (Permission.MANAGE_PRIVACY, TEAM),
    REPORTS: (Permission.VIEW_REPORTS, BOTH),
    EXCHANGE: (Permission.EXPORT_BUNDLES, TEAM),
    INBOX: (Permission.IMPORT_BUNDLES, POLICE),
    REGISTER: (Permission.VIEW_DASHBOARD, TEAM),  # read-only unless MANAGE_REGISTER
}
class Page(Protocol):
    """What the window asks of every page: fill it for a workspace, empty it on lock."""

    def load(self, workspace: "Workspace") -> None: ...

    def clear(self) -> None: ...


class ShowsFirst(Protocol):
    """A page a line of the overview can open on one part (the cases page, the inbox)."""

    def show_first(self, what: str) -> None: ...


def as_page(widget: QWidget) -> Page:
    """A built page, as the window uses it (every page has load and clear)."""
    return cast(Page, widget)


# What the overview shows: the place, the register, and today's work (cases, requests, months,
# bundles, backups; a desk's teams and what they sent).
OVERVIEW_SHOWS = (Change.CASES | Change.NOTES | Change.INSTALLATION | Change.PRIVACY
                  | Change.REPORTS | Change.BUNDLES | Change.KEYS | Change.BACKUPS)
# The sections a line of the overview opens.
SECTIONS = {dashboard_page.CASES: CASES, dashboard_page.PRIVACY: PRIVACY,
            dashboard_page.REPORTS: REPORTS, dashboard_page.SEND_REPORTS: EXCHANGE,
            dashboard_page.INBOX: INBOX, dashboard_page.SETTINGS: SETTINGS}


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_changed = Signal(object)  # Settings, from the settings page once it is built
    restore_requested = Signal(str)  # a backup id, from the settings page's backups box

    def __init__(self, operations: Operations, settings: Settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Tự Quản")
        self.operations, self.settings = operations, settings
        self._built: dict[int, QWidget] = {}
        self._workspace: Workspace | None = None
        self._allowed: set[int] = set()
        self._hamlets: tuple[str, ...] = ()
        self.dashboard = DashboardPage(operations)
        self.dashboard.loaded.connect(self._hamlets_known)
        self.case_windows = CaseWindows(operations, self)
        self.dashboard.case_requested.connect(self.case_windows.open_case)
        self.dashboard.section_requested.connect(self.show_section)
        operations.did_change.connect(self._data_changed)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(170)
        self.pages = QStackedWidget()
        for label in (self.tr("Today's work"), self.tr("Mediation cases"), self.tr("Security notes"),
                      self.tr("Privacy"), self.tr("Reports"), self.tr("Send reports"),
                      self.tr("Inbox"), self.tr("Team register"), self.tr("Settings")):
            self.navigation.addItem(label)
            self.pages.addWidget(self.dashboard if not self.pages.count() else _holder())
        self._built[OVERVIEW] = self.dashboard
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(OVERVIEW)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menu()
        # A permanent part of the status bar: a menu's hover tips replace (and then clear) the
        # bar's passing messages, and the name shown there went with them.
        self.signed_in_as = QLabel()
        self.statusBar().addPermanentWidget(self.signed_in_as, 1)
        resize_within_screen(self, 1100, 700)  # 1280×720 at 125 % is 1024×576

    # Each page is reached by its name; asking for it builds it (see `_page`).
    cases_page = property(lambda self: self._page(CASES))
    notes_page = property(lambda self: self._page(NOTES))
    privacy_page = property(lambda self: self._page(PRIVACY))
    reports_page = property(lambda self: self._page(REPORTS))
    exchange_page = property(lambda self: self._page(EXCHANGE))
    inbox_page = property(lambda self: self._page(INBOX))
    register_page = property(lambda self: self._page(REGISTER))
    settings_page = property(lambda self: self._page(SETTINGS))

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self._page(row)
            self.pages.setCurrentIndex(row)
        if row == OVERVIEW and self._workspace is not None:  # today's work, as of now
            self.dashboard.load(self._workspace)

    def show_section(self, section: str, first: str = "") -> None:
        """Show the section a line of the overview opens, with what it shows first (a status
        the case list is filtered by, a tab of the inbox)."""
        row = SECTIONS[section]
        self.navigation.setCurrentRow(row)
        if first:
            cast(ShowsFirst, self._page(row)).show_first(first)

    def _page(self, row: int) -> QWidget:
        """The page of `row`, built (and loaded, if signed in and allowed) on first use."""
        if row not in self._built:
            page = self._built[row] = self._make_page(row)
            holder = self.pages.widget(row)
            layout = holder.layout() if holder is not None else None
            assert layout is not None  # every row's holder is made with its layout in __init__
            layout.addWidget(page)
            if self._workspace is not None and row in self._allowed:
                as_page(page).load(self._workspace)
        return self._built[row]

    # A page's module loads when the page is first built: signing in imports the overview's
    # alone, so on a slow laptop the libraries have loaded while the password was typed.
    def _make_page(self, row: int) -> QWidget:
        operations = self.operations
        if row == REPORTS:  # QtPdf loads with the first page that shows a PDF
            from desktop.gui.pages.reports_page import ReportsPage  # loaded when first shown

            return ReportsPage(operations)
        if row in (CASES, NOTES, SETTINGS):
            return self._make_connected_page(row)
        if row == PRIVACY:
            from desktop.gui.pages.privacy_page import PrivacyPage  # loaded when first shown

            return PrivacyPage(operations)
        if row == EXCHANGE:
            from desktop.gui.pages.exchange_page import ExchangePage  # loaded when first shown

            return ExchangePage(operations)
        if row == REGISTER:
            from desktop.gui.pages.team_register_page import TeamRegisterPage  # when first shown

            return TeamRegisterPage(operations)
        from desktop.gui.pages.inbox_page import InboxPage  # loaded when first shown

        return InboxPage(operations)

    def _make_connected_page(self, row: int) -> QWidget:
        """The pages that talk to the window: the case list, the notes and the settings."""
        if row == CASES:
            from desktop.gui.pages.cases_page import CasesPage  # loaded when first shown

            cases = CasesPage(self.operations)
            cases.open_case.connect(self.case_windows.open_case)
            cases.preview_logbook.connect(self.case_windows.preview_logbook)
            return cases
        if row == NOTES:
            from desktop.gui.pages.notes_page import NotesPage  # loaded when first shown

            notes = NotesPage(self.operations, lambda: self.settings)
            notes.hamlets = self._hamlets
            return notes
        from desktop.gui.pages.settings_page import SettingsPage  # loaded when first shown

        settings = SettingsPage(self.operations, self.settings)
        settings.settings_changed.connect(self._settings_changed)
        settings.backups.restore_requested.connect(self.restore_requested)
        settings.lock_requested.connect(self.lock_requested)
        return settings

    def _data_changed(self, changes: Change) -> None:
        """After any operation that wrote: the overview's counts and hamlets are read again
        (the other pages listen for what they show themselves)."""
        if self._workspace is not None and changes & OVERVIEW_SHOWS:
            self.dashboard.load(self._workspace)

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
        # loaded when first needed: the unlock screen paints sooner
        from desktop.gui.dialogs.help_dialog import HelpDialog

        self.help_dialog = HelpDialog(self)
        self.help_dialog.show()

    def _settings_changed(self, settings: Settings) -> None:
        self.settings = settings
        self.settings_changed.emit(settings)

    def _hamlets_known(self, info) -> None:
        self._hamlets = self.case_windows.hamlets = info.hamlets
        if NOTES in self._built:
            cast("NotesPage", self._built[NOTES]).hamlets = info.hamlets

    def load(self, workspace: "Workspace") -> None:
        actor = workspace.actor
        assert actor is not None  # a signed-in workspace has its actor
        self.signed_in_as.setText(f"{actor.username} — {role_label(actor.role)}")
        self._allowed = {SETTINGS} | {row for row, (permission, modes) in PAGE_RULES.items()
                                      if workspace.mode in modes and can(actor, permission)}
        self._workspace = workspace
        for row in PAGE_RULES:
            self.navigation.item(row).setHidden(row not in self._allowed)
        self.dashboard.load(workspace)
        for row, page in self._built.items():  # the others load when first shown
            if row in self._allowed:
                as_page(page).load(workspace)
        self.case_windows.show_all()

    def clear(self) -> None:
        """Drop everything shown, so nothing of the data stays on screen or in memory."""
        self._workspace, self._allowed = None, set()
        self.case_windows.hide_all()
        for page in self._built.values():
            as_page(page).clear()
        self.signed_in_as.clear()


def _holder() -> QWidget:
    """The place a page takes in the stack until it is built."""
    holder = QWidget()
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    return holder
