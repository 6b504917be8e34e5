"""A desk's inbox (the commune police's or People's Committee's): drop bundle files or pick a
folder, watch them import one by one, and read each file's outcome; beside it, the completeness
grid, the team registry, the escalated items (receiver_tabs), the register of received cases
(register_tab) and, at a People's Committee, the justice statistics (justice_tab)."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.bundles.importing import bundle_files_in, import_files
from desktop.core.installation.info import get_installation_info
from desktop.core.roles import COMMUNE
from desktop.gui.bundle_texts import bundle_coverage, translate_reason
from desktop.gui.errors import show_error
from desktop.gui.operations import Change, Operations
from desktop.gui.pages.receiver_tabs import TEXT_ON_COLOUR, CompletenessTab, EscalatedTab, TeamsTab
from desktop.gui.pages.register_tab import RegisterTab
from desktop.gui.widgets.tables import read_only_table, row_of

if TYPE_CHECKING:  # built only at a People's Committee (see _desk_known)
    from desktop.gui.pages.justice_tab import JusticeTab

STATUS_COLOURS = {"imported": "#d9f2d9", "duplicate": "#e8e8e8", "gap": "#fff2cc",
                  "rejected": "#f8d0d0"}


class ImportProgress(QObject):
    """Emitted from the database worker after each file; delivered on the GUI thread."""

    advanced = Signal(int, int, object)


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        try:
            files += bundle_files_in(path) if path.is_dir() else [path]
        except OSError:
            files.append(path)  # reported as unreadable, with the others' results
    return files


class InboxPage(QWidget):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations = operations
        self.setAcceptDrops(True)
        self.progress_relay = ImportProgress(self)
        self.progress_relay.advanced.connect(self._advanced)
        # Each tab reads itself again when bundles or keys change (the broadcast).
        self.grid_tab = CompletenessTab(operations)
        self.teams_tab = TeamsTab(operations)
        self.escalated_tab = EscalatedTab(operations)
        self.register_tab = RegisterTab(operations)
        self.justice_tab: JusticeTab | None = None  # a People's Committee's, once it is known
        self._importing = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self._inbox_tab(), self.tr("&Inbox"))
        self.tabs.addTab(self.grid_tab, self.tr("&Completeness"))
        self.tabs.addTab(self.teams_tab, self.tr("&Teams"))
        self.tabs.addTab(self.escalated_tab, self.tr("&Escalated"))
        self.tabs.addTab(self.register_tab, self.tr("&Received cases"))
        QVBoxLayout(self).addWidget(self.tabs)

    def _inbox_tab(self) -> QWidget:
        tab = QWidget()
        self.pick_files = QPushButton(self.tr("Import &files…"))
        self.pick_folder = QPushButton(self.tr("Import a f&older…"))
        self.dry_run = QCheckBox(self.tr("Only &check, change nothing"))
        self.hint = QLabel(self.tr("Drop bundle files (.tqb) or a folder here, or pick them."))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setFormat(self.tr("%v of %m files"))
        # One column says what an accepted bundle holds or why a file was refused (a file is
        # one or the other), so neither is pushed off a laptop's screen by the other.
        self.results = read_only_table([self.tr("File"), self.tr("Result"), self.tr("Team"),
                                        self.tr("No."), self.tr("What it holds, or why not")])
        self.results.setAccessibleName(self.tr("Import results"))
        self.pick_files.clicked.connect(self._choose_files)
        self.pick_folder.clicked.connect(self._choose_folder)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.hint)
        layout.addLayout(row_of(self.pick_files, self.pick_folder, self.dry_run))
        layout.addWidget(self.progress)
        layout.addWidget(self.results, 1)
        return tab

    # -- choosing files ----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose bundles"), "",
                                                self.tr("Bundles (*.tqb);;All files (*)"))
        if names:
            self.import_paths([Path(name) for name in names])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"))
        if folder:
            self.import_paths([Path(folder)])

    # -- importing ---------------------------------------------------------------------------
    def import_paths(self, paths: list[Path]) -> None:
        """One user action: every file imported in turn on the database worker."""
        if self._importing:
            return
        self._importing = True
        self.results.setRowCount(0)
        self.progress.setRange(0, 0)  # busy until the stick's files are counted
        self.progress.setValue(0)
        dry_run, relay = self.dry_run.isChecked(), self.progress_relay
        for button in (self.pick_files, self.pick_folder):
            button.setEnabled(False)
        self._operations.run_on_workspace(
            self, lambda workspace: import_files(workspace, paths=_expand(paths), dry_run=dry_run,
                                                 progress=relay.advanced.emit),
            self._finished, changes=Change.NOTHING if dry_run else Change.BUNDLES,
            on_error=self._failed)

    def _advanced(self, done: int, total: int, result) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        row = self.results.rowCount()
        self.results.insertRow(row)
        texts = [Path(result.file).name, self._status_text(result.status), result.team,
                 str(result.seq or ""), self._details(result)]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setBackground(QColor(STATUS_COLOURS.get(result.status, "#ffffff")))
            item.setForeground(QColor(TEXT_ON_COLOUR))
            self.results.setItem(row, column, item)
        self.results.resizeColumnsToContents()

    def _details(self, result) -> str:
        if result.reason:
            return translate_reason(result.reason)
        return bundle_coverage(result.period, result.changes_up_to) if result.period else ""

    def _status_text(self, status: str) -> str:
        return {"imported": self.tr("imported"), "duplicate": self.tr("already here"),
                "gap": self.tr("imported, an earlier bundle is missing"),
                "rejected": self.tr("rejected")}.get(status, status)

    def _finished(self, results) -> None:
        self._importing = False
        for button in (self.pick_files, self.pick_folder):
            button.setEnabled(True)
        if not results:
            self.progress.setRange(0, 1)
            self.hint.setText(self.tr("No bundle file (.tqb) was found there."))

    def _failed(self, error) -> None:
        self._importing = False
        for button in (self.pick_files, self.pick_folder):
            button.setEnabled(True)
        show_error(self, error)

    def load(self, workspace) -> None:
        for tab in (self.grid_tab, self.teams_tab, self.escalated_tab, self.register_tab):
            tab.load(workspace)
        self._operations.run_query(self, get_installation_info, self._desk_known)

    def show_first(self, tab: str) -> None:
        """The completeness grid, or the list of escalated items (a line of the overview)."""
        if tab == "escalated":
            self.tabs.setCurrentWidget(self.escalated_tab)
            self.escalated_tab.show_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tabs.setCurrentWidget(self.grid_tab)

    def _desk_known(self, info) -> None:
        """The commune People's Committee's inbox names its list after Art. 10(4) and adds the
        justice line's statistics; the police's keeps its own."""
        if info.receiver_kind != COMMUNE or self.justice_tab is not None:
            return
        # loaded only at a People's Committee: a police unit never needs it
        from desktop.gui.pages.justice_tab import JusticeTab

        self.justice_tab = JusticeTab(self._operations)
        self.tabs.setTabText(self.tabs.indexOf(self.escalated_tab), self.tr("&Violence risk"))
        self.escalated_tab.set_intro(self.tr(
            "Cases at risk of violence (Law 35/2013, Art. 10(4)) travel in full to the chair; "
            "opening this list is recorded."))
        self.tabs.addTab(self.justice_tab, self.tr("&Statistics"))

    def clear(self) -> None:
        self.results.setRowCount(0)
        self.progress.setValue(0)
        for tab in (self.grid_tab, self.teams_tab, self.escalated_tab, self.register_tab):
            tab.clear()
        if self.justice_tab is not None:
            self.justice_tab.clear()
