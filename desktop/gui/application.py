"""Starts the window: translations, then the set-up wizard or the unlock screen, then the main window.

`AppController` owns the one workspace; locking closes it (connections and key gone) and
clears every page before the unlock screen returns.
"""

import os
import re
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import clock
from desktop.core.collector import collector_paused
from desktop.core.paths import AppPaths, resolve_paths, resource_dir
from desktop.core.settings import Settings, load_settings, save_settings
from desktop.gui.dialogs.unlock_dialog import UnlockDialog
from desktop.gui.errors import show_error
from desktop.gui.garbage_collector import GuiThreadGarbageCollector
from desktop.gui.idle_lock import IdleWatcher
from desktop.gui.operations import Operations
from desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:  # named for the checker only: these load when first needed
    from desktop.core.backups.restore import RestoreResult
    from desktop.core.data_folder.workspace import Workspace
    from desktop.gui.dialogs.setup_wizard import SetupWizard
    from desktop.gui.main_window import MainWindow


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load resources/translations/tuquan_<language>.qm, if built, and qt_<language>.qm: the
    texts Qt draws itself (Yes/No, Save/Discard, the file and print dialogs), since Qt ships no
    Vietnamese catalogue."""
    translator = QTranslator(app)
    if not translator.load(str(resource_dir() / "translations" / f"tuquan_{language}.qm")):
        return None
    app.installTranslator(translator)
    qt_texts = QTranslator(translator)  # a child, so it lives exactly as long as ours
    if qt_texts.load(str(resource_dir() / "translations" / f"qt_{language}.qm")):
        app.installTranslator(qt_texts)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))
    return translator


_libraries_loaded = threading.Event()


def _load_libraries() -> None:
    """Import what signing in and the overview need (SQLAlchemy, SQLCipher, the models) and
    prepare the sign-in: run on the worker once the unlock screen is drawn, so that it is done
    by the time the password is typed, even on a slow laptop. The libraries live as long as the
    process: frozen out of the collector's walks, the first collection after them does not
    visit them all (about 45 ms of one core), nor does any later one. Once only: after a lock,
    freezing would keep what the closed pages left for the collector, data included."""
    if _libraries_loaded.is_set():
        return
    _libraries_loaded.set()
    with collector_paused(freeze=True):
        import desktop.gui.main_window  # noqa: F401  (loaded once the unlock screen is drawn)
        from desktop.core.access import unlock  # loaded once the unlock screen is drawn

        unlock.prepare_sign_in()


class AppController(QObject):
    """Moves between the wizard, the unlock screen and the main window."""

    def __init__(self, paths: AppPaths, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self.paths = paths
        self.settings: Settings = load_settings(paths.settings_file)
        self.runner = TaskRunner(self)
        self.workspace: Workspace | None = None
        self.operations = Operations(self.runner, lambda: self.workspace, self)
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: SetupWizard | None = None
        self.idle = IdleWatcher(self.settings.idle_lock_minutes, clock, self)
        self.idle.idle.connect(self.lock)

    def start(self) -> None:
        if self.paths.is_initialised():
            self.show_unlock()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        # loaded when first needed: the unlock screen paints sooner
        from desktop.gui.dialogs.setup_wizard import SetupWizard

        self.wizard = wizard = SetupWizard(self.paths, self.operations)
        wizard.accepted.connect(lambda: self.show_unlock(wizard.username()))
        wizard.show()

    def show_unlock(self, username: str = "") -> None:
        self.unlock_dialog = UnlockDialog(self.paths, self.operations, username)
        self.unlock_dialog.unlocked.connect(self.open_workspace)
        self.unlock_dialog.first_shown.connect(
            lambda: self.operations.run_task(None, _load_libraries, on_error=lambda _error: None))
        self.unlock_dialog.show()

    def open_workspace(self, workspace: "Workspace") -> None:
        # loaded when first needed: the unlock screen paints sooner
        from desktop.gui.main_window import MainWindow

        self.workspace = workspace
        if self.window is None:
            self.window = MainWindow(self.operations, self.settings)
            self.window.lock_requested.connect(self.lock)
            self.window.settings_changed.connect(self.save_settings)
            self.window.restore_requested.connect(self.restore_backup)
        self.window.load(workspace)
        self.window.show()
        self.idle.start()

    def save_settings(self, settings: Settings) -> None:
        self.settings = settings
        save_settings(self.paths.settings_file, settings)
        self.idle.set_minutes(settings.idle_lock_minutes)

    def lock(self) -> None:
        """Close the workspace: connections closed, key overwritten, pages emptied."""
        self.idle.stop()
        self.runner.wait_idle()
        # From here no operation can start: there is no workspace to start it on. Then the
        # results already on their way are delivered, so none lands after the clear, and
        # whatever they started before this point finishes before the key is dropped.
        workspace, self.workspace = self.workspace, None
        QCoreApplication.processEvents()
        self.runner.wait_idle()
        # The one who was working signs in again with only the password (anyone may change it).
        username = workspace.actor.username if workspace is not None and workspace.actor else ""
        if workspace is not None:
            workspace.close()
        if self.window is not None:
            self.window.clear()
            self.window.hide()
        self.show_unlock(username)

    def restore_backup(self, backup_id: str) -> None:
        """Lock (no connection may stay open), put the backup in place, then ask to sign in."""
        # loaded when first needed: the unlock screen paints sooner
        from desktop.core.backups.restore import restore_with_key

        workspace = self.workspace
        assert workspace is not None  # restoring is offered in the open window only
        key, actor, mode = workspace.database_key(), workspace.actor, workspace.mode
        self.lock()
        dialog = self.unlock_dialog

        def restored(_result: "RestoreResult") -> None:
            QMessageBox.information(dialog, "Tự Quản", self.tr(
                "The chosen backup is back in place; the data it replaced is kept as a new "
                "backup, so this can be undone in Settings. Sign in again."))

        self.operations.run_task(
            dialog, lambda: restore_with_key(self.paths, key, actor, mode, backup_id), restored)

    def shutdown(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self.runner.shutdown()


SMOKE_TEST_ENV = "TUQUAN_SMOKE_TEST"
SMOKE_REPORT_ENV = "TUQUAN_SMOKE_REPORT"  # a file for the lines: a windowed program has no console
SMOKE_PRINT_ENV = "TUQUAN_SMOKE_PRINT"  # the PDF file the report is printed to


def _smoke_preview_pages(workspace) -> list[str]:
    """The month's report made and shown in the PDF preview (QtPdf over a QBuffer), as a user
    would open it, then printed to a PDF file through QtPrintSupport: what each gave."""
    # loaded when first needed: the unlock screen paints sooner
    from desktop.core.monthly_report.periods import Month
    from desktop.core.monthly_report.report import build_report
    from desktop.core.pdf.monthly import report_pdf
    from desktop.gui.dialogs.pdf_preview import PdfPreview

    with workspace.unit_of_work() as uow:
        month = Month.of(clock.today())
        pdf = report_pdf(build_report(uow, first=month, last=month))
    preview = PdfPreview("smoke test", pdf, "report.pdf")
    preview.show()
    pages = preview.document.pageCount()
    printed = _smoke_print_to_file(preview.document)
    preview.close()
    return [f"pdf preview pages: {pages}", f"printed to a file: {printed} pages"]


def _smoke_print_to_file(document) -> int:
    """The document printed as the Print button does, to the PDF file named by
    $TUQUAN_SMOKE_PRINT (a printer the smoke test can read back); the pages drawn. The system's
    printers are listed first, as the print dialog does: that loads the print-system plugin."""
    # loaded when first needed: the unlock screen paints sooner
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    # the printing module brings QtPrintSupport with it: loaded with it, for the same reason
    from desktop.gui.printing import print_pages

    QPrinterInfo.availablePrinterNames()
    if not os.environ.get(SMOKE_PRINT_ENV):
        return 0
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(os.environ[SMOKE_PRINT_ENV])
    return print_pages(document, printer)


def _smoke_icon_and_guide(app) -> list[str]:
    """The window icon drawn from its SVG (Qt's SVG plugins), and the guide's screenshots read
    from the build's docs folder."""
    # loaded when first needed: the unlock screen paints sooner
    from PySide6.QtGui import QImage

    # the guide's dialog is built only when it is opened: not loaded before then either
    from desktop.gui.dialogs.help_dialog import guide_file

    guide = guide_file()
    names = re.findall(r"\]\((screenshots/[^)]+)\)", guide.read_text("utf-8"))
    shown = sum(not QImage(str(guide.parent / name)).isNull() for name in names)
    return [f"window icon drawn: {not app.windowIcon().pixmap(32, 32).isNull()}",
            f"guide screenshots shown: {shown} of {len(names)}"]


def _smoke_report(lines: list[str]) -> None:
    text = "\n".join(lines)
    print(text, flush=True)
    if os.environ.get(SMOKE_REPORT_ENV):
        with open(os.environ[SMOKE_REPORT_ENV], "w", encoding="utf-8") as stream:
            stream.write(text + "\n")


def _smoke_test(app, controller) -> None:
    """For the packaged build's check: sign in with $TUQUAN_USER / $TUQUAN_PASSWORD, report
    whether the main window appeared and a PDF previews, quit. Nothing is skipped: the normal
    unlock path runs."""
    # loaded when first needed: the unlock screen paints sooner
    from PySide6.QtCore import QTimer

    def shown(workspace) -> None:
        def report() -> None:
            visible = controller.window is not None and controller.window.isVisible()
            lines = [f"main window shown: {visible}", *_smoke_preview_pages(workspace),
                     *_smoke_icon_and_guide(app)]
            _smoke_report(lines)
            app.exit(0 if visible and "pdf preview pages: 0" not in lines else 1)

        QTimer.singleShot(500, report)

    dialog = controller.unlock_dialog
    dialog.username.setText(os.environ.get("TUQUAN_USER", ""))
    dialog.password.setText(os.environ.get("TUQUAN_PASSWORD", ""))
    dialog.unlocked.connect(shown)
    QTimer.singleShot(0, dialog.try_unlock)
    QTimer.singleShot(60_000, lambda: app.exit(2))


def take_data_folder(paths: AppPaths) -> bool:
    """The window holds its data folder while it runs: a second window, or a command that is
    changing the data, is refused in one sentence and the window does not open."""
    # loaded when first needed: the unlock screen paints sooner
    from desktop.core.data_folder import folder_lock
    from desktop.core.errors import AppError

    try:
        folder_lock.acquire(paths, folder_lock.WINDOW)
    except AppError as error:
        show_error(None, error)
        return False
    return True


def _application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)  # the window needs widgets, not a bare core application
    app.setApplicationName("TuQuan")
    app.setApplicationDisplayName("Tự Quản")
    app.setWindowIcon(QIcon(str(resource_dir() / "icons" / "tuquan.svg")))
    return app


def run_guide(argv: list[str], data_dir: str | None = None) -> int:
    """The user guide alone (`tuquan-gui --guide`, the Start menu's "Hướng dẫn sử dụng"): it
    holds no data, so it opens without a sign-in and beside a running window."""
    # loaded when first needed: the unlock screen paints sooner
    from desktop.gui.dialogs.help_dialog import HelpDialog

    app = _application(argv)
    install_translator(app, load_settings(resolve_paths(data_dir).settings_file).language)
    guide = HelpDialog()
    guide.show()
    return app.exec()


def run_application(argv: list[str], data_dir: str | None = None) -> int:
    app = _application(argv)
    paths = resolve_paths(data_dir)
    # loaded when first needed: the unlock screen paints sooner
    from desktop.core.logs import configure_logging

    configure_logging(paths)
    install_translator(app, load_settings(paths.settings_file).language)
    if not take_data_folder(paths):
        return 1
    collector = GuiThreadGarbageCollector(app)
    controller = AppController(paths)
    controller.start()
    if os.environ.get(SMOKE_TEST_ENV):
        _smoke_test(app, controller)
    probe = None
    if os.environ.get("TUQUAN_STARTUP_PROBE"):
        # loaded when first needed: the unlock screen paints sooner
        from desktop.gui.startup_probe import StartupProbe

        probe = StartupProbe(app, controller)  # noqa: F841 (kept alive until the loop ends)
    try:
        return app.exec()
    finally:
        controller.shutdown()
        collector.stop()
