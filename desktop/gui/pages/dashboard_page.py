"""Overview: today's work. Who this is (the team or desk, its place, what the team register
lacks: Law 35 Art. 12), small, then one line for each kind of thing waiting; opening a line
(click, Enter or Space) shows the place to act on it."""

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.installation.info import get_installation_info
from desktop.core.mediation.team_register import RegisterCheck, check_register
from desktop.core.roles import COMMUNE, MODE_TEAM, POLICE
from desktop.core.text import format_date, format_month
from desktop.core.todo.items import TodoItem, TodoKind
from desktop.core.todo.listing import list_todo
from desktop.core.types import InstallationInfo
from desktop.gui.labels import label
from desktop.gui.operations import Operations

# The sections of the window a line opens (the main window shows them: `section_requested`).
CASES, PRIVACY, REPORTS, SEND_REPORTS, INBOX, SETTINGS = (
    "cases", "privacy", "reports", "send_reports", "inbox", "settings")
# What the inbox shows first: the grid of bundles, or the list of escalated items.
COMPLETENESS, ESCALATED = "completeness", "escalated"
SECTION_OF = {
    TodoKind.SUBJECT_REQUESTS_DUE: (PRIVACY, ""), TodoKind.MONTHS_NOT_CLOSED: (REPORTS, ""),
    TodoKind.BUNDLE_NOT_MADE: (SEND_REPORTS, ""), TodoKind.BUNDLES_NOT_COPIED: (SEND_REPORTS, ""),
    TodoKind.RECEIPTS_MISSING: (SEND_REPORTS, ""), TodoKind.BACKUP_OLD: (SETTINGS, ""),
    TodoKind.OFFSITE_BACKUP_OLD: (SETTINGS, ""),
    TodoKind.TEAMS_MISSING_BUNDLE: (INBOX, COMPLETENESS),
    TodoKind.TEAMS_WITH_GAPS: (INBOX, COMPLETENESS), TodoKind.TEAMS_WITH_FORKS: (INBOX, COMPLETENESS),
    TodoKind.ESCALATIONS_NOT_VIEWED: (INBOX, ESCALATED),
}  # every other kind is about cases


class TodoLine(QCommandLinkButton):
    """One line of today's work: what waits (the title), since when and what opening it
    shows (the description, wrapped to the page's width)."""

    def __init__(self, item: TodoItem, title: str, description: str, parent=None):
        super().__init__(title, description, parent)
        self.item = item
        self.setAutoDefault(True)  # Enter opens it, as Space and a click do
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)


class DashboardPage(QWidget):
    loaded = Signal(object)  # InstallationInfo
    case_requested = Signal(str)  # a case id: its editor opens
    section_requested = Signal(str, str)  # a section of the window, and what it shows first

    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations = operations
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600")
        self.place = QLabel()
        self.register_warnings = QLabel()
        self.register_warnings.setStyleSheet("color: #b71c1c")
        self.register_warnings.setAccessibleName(self.tr("Team register warnings"))
        for text in (self.title, self.place, self.register_warnings):
            text.setWordWrap(True)  # a long name or place never widens the window
        heading = QLabel(self.tr("Today's work"))
        heading.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 8px")
        self.nothing = QLabel(self.tr("Nothing waiting today."))
        self.nothing.setStyleSheet("color: #2e7d32; font-size: 11pt")
        self.nothing.hide()
        self.lines: list[TodoLine] = []
        self.todo = QWidget()
        self.todo.setAccessibleName(self.tr("Today's work"))
        # The style draws nothing around a focused line: Tab must show where it is.
        self.todo.setStyleSheet(
            "QCommandLinkButton { border: 2px solid transparent; border-radius: 4px; }"
            "QCommandLinkButton:focus { border-color: #1565c0; background: #e3f2fd; }"
            "QCommandLinkButton:hover { background: #f0f6fc; }")
        self.todo_layout = QVBoxLayout(self.todo)
        self.todo_layout.setContentsMargins(0, 0, 0, 0)
        self.todo_layout.addWidget(self.nothing)
        self.todo_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.todo)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.place, self.register_warnings, heading):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)

    def load(self, _workspace=None) -> None:
        self._operations.run_query(self, get_installation_info, self.show_info)
        workspace = self._operations.workspace()
        paths = workspace.paths if workspace is not None else None
        self._operations.run_query(self, partial(list_todo, paths=paths), self.show_todo)

    def show_info(self, info: InstallationInfo) -> None:
        self.loaded.emit(info)
        if info.mode == MODE_TEAM:
            kind = self.tr("Team")
        else:
            kind = self.tr("Commune People's Committee") if info.receiver_kind == COMMUNE \
                else self.tr("Police unit")
        self.title.setText(f"{kind}: {info.name}")
        self.place.setText(f"{info.commune_name}, {info.province_name} ({info.commune_code})")
        self.register_warnings.clear()
        self.register_warnings.hide()  # no empty space where a desk has no register
        if info.mode == MODE_TEAM:
            self._operations.run_query(self, check_register, self._show_register)

    def _show_register(self, check: RegisterCheck) -> None:
        """Each rule of the team's composition it does not meet, one line each."""
        if check.warnings:
            lines = [self.tr("The team register:")] + [f"• {label(w)}" for w in check.warnings]
            self.register_warnings.setText("\n".join(lines))
            self.register_warnings.show()

    def show_todo(self, items: list[TodoItem]) -> None:
        self._clear_lines()
        for item in items:
            line = TodoLine(item, self._title(item), f"{self._detail(item)} {self._opens(item)}")
            line.clicked.connect(partial(self.open_line, item))
            self.todo_layout.insertWidget(len(self.lines), line)
            self.lines.append(line)
        self.nothing.setVisible(not items)

    def open_line(self, item: TodoItem) -> None:
        """Show the place to act: the case itself when the line is about one, else its section."""
        if item.case_id:
            self.case_requested.emit(item.case_id)
            return
        section, first = SECTION_OF.get(item.kind, (CASES, item.case_status or ""))
        self.section_requested.emit(section, first)

    def _desk(self, item: TodoItem) -> str:
        return self.tr("Commune police") if item.desk == POLICE \
            else self.tr("Commune People's Committee")

    def _title(self, item: TodoItem) -> str:
        n, kind = item.count, TodoKind
        if item.kind == kind.BACKUP_OLD and item.oldest is None:
            return self.tr("No backup has been made yet")
        if item.kind == kind.OFFSITE_BACKUP_OLD and item.oldest is None:
            return self.tr("The team's data has never been backed up to a USB stick")
        titles = {
            kind.CASES_AWAITING_MEDIATOR: self.tr("%n case(s) waiting for a mediator", "", n),
            kind.FIRST_SESSION_LATE: self.tr(
                "%n case(s) without a first session more than 3 days after the assignment", "", n),
            kind.RECOGNITION_DEADLINE_NEAR: self.tr(
                "%n agreement(s) near the last day to ask a court to recognise them", "", n),
            kind.FOLLOW_UP_DUE: self.tr("%n agreement(s) due for a follow-up", "", n),
            kind.SUBJECT_REQUESTS_DUE: self.tr("%n data subject request(s) near their due date",
                                               "", n),
            kind.MONTHS_NOT_CLOSED: self.tr("%n month(s) whose report is not closed", "", n),
            kind.BUNDLE_NOT_MADE: self.tr("%1: the bundle for %2 is not made yet"),
            kind.BUNDLES_NOT_COPIED: self.tr("%1: %n bundle(s) not written to a USB stick", "", n),
            kind.RECEIPTS_MISSING: self.tr("%1: %n bundle(s) sent, no receipt yet", "", n),
            kind.TEAMS_MISSING_BUNDLE: self.tr("%n team(s) have not sent the bundle for %2", "", n),
            kind.TEAMS_WITH_GAPS: self.tr("%n team(s) with a bundle missing in their sequence",
                                          "", n),
            kind.TEAMS_WITH_FORKS: self.tr(
                "%n team(s) sent a bundle contradicting their earlier ones", "", n),
            kind.ESCALATIONS_NOT_VIEWED: self.tr("%n escalated item(s) not viewed yet", "", n),
            kind.BACKUP_OLD: self.tr("The last backup is %n day(s) old", "", n),
            kind.OFFSITE_BACKUP_OLD: self.tr("The last backup to a USB stick is %n day(s) old",
                                             "", n),
        }
        month = format_month(item.oldest.year, item.oldest.month) if item.oldest else ""
        return titles[item.kind].replace("%1", self._desk(item)).replace("%2", month)

    def _detail(self, item: TodoItem) -> str:
        """Since when (the date the kind carries), and what to do; with the count, so that a
        translation can say it of one thing otherwise than of the earliest of several."""
        n, kind, day = item.count, TodoKind, format_date(item.oldest)
        details = {
            kind.CASES_AWAITING_MEDIATOR: self.tr("The earliest was received on %1.", "", n),
            kind.FIRST_SESSION_LATE: self.tr(
                "The earliest was assigned on %1; mediation starts within 3 days (Art. 20).", "", n),
            kind.RECOGNITION_DEADLINE_NEAR: self.tr(
                "The nearest last day is %1: tell the parties they may ask the court.", "", n),
            kind.FOLLOW_UP_DUE: self.tr("The earliest was to be carried out by %1.", "", n),
            kind.SUBJECT_REQUESTS_DUE: self.tr("The earliest is due on %1.", "", n),
            kind.MONTHS_NOT_CLOSED: self.tr("The earliest is %2.", "", n),
            kind.BUNDLE_NOT_MADE: self.tr("Make it and carry it to the desk."),
            kind.BUNDLES_NOT_COPIED: self.tr("The earliest was made on %1: write it again.", "", n),
            kind.RECEIPTS_MISSING: self.tr(
                "The earliest was made on %1: import the desk's receipt, or send it again.", "", n),
            kind.TEAMS_MISSING_BUNDLE: self.tr("Its due day has passed: ask the teams for it."),
            kind.TEAMS_WITH_GAPS: self.tr("Ask them for the missing bundles."),
            kind.TEAMS_WITH_FORKS: self.tr("The earliest was refused on %1.", "", n),
            kind.ESCALATIONS_NOT_VIEWED: self.tr("They came with the latest bundles."),
            kind.OFFSITE_BACKUP_OLD: self.tr(
                "A lost or broken laptop loses what was recorded since: Settings → Back up to a "
                "USB stick, and keep the stick away from the laptop."),
            kind.BACKUP_OLD: self.tr("The last one was made on %1: make one now.")
            if item.oldest else self.tr("Make one now."),
        }
        month = format_month(item.oldest.year, item.oldest.month) if item.oldest else ""
        return details[item.kind].replace("%1", day).replace("%2", month)

    def _opens(self, item: TodoItem) -> str:
        """What opening the line shows, said in its description for a screen reader too."""
        if item.case_id:
            return self.tr("Opens the case.")
        section, _first = SECTION_OF.get(item.kind, (CASES, ""))
        return {CASES: self.tr("Opens the list of cases."), PRIVACY: self.tr("Opens Privacy."),
                REPORTS: self.tr("Opens Reports."), SEND_REPORTS: self.tr("Opens Send reports."),
                INBOX: self.tr("Opens the Inbox."), SETTINGS: self.tr("Opens Settings.")}[section]

    def _clear_lines(self) -> None:
        for line in self.lines:
            self.todo_layout.removeWidget(line)
            line.deleteLater()
        self.lines.clear()
        self.nothing.hide()

    def clear(self) -> None:
        self.title.clear()
        self.place.clear()
        self.register_warnings.clear()
        self._clear_lines()
