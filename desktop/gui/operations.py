"""One way to run a user action from the window, and one broadcast of what it changed.

Every page and dialog runs its work through `Operations`: `run_op` for an action that writes
(one unit of work on the database worker, then `did_change` tells the rest of the window what
changed), `run_query` for a read, `run_on_workspace` for work on the whole data folder and
`run_task` before there is a workspace. A failure is shown beside the widget that asked, unless the
caller handles it. Pages listen to `did_change` and reload what they show.
"""

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.gui.errors import show_error
from desktop.gui.tasks import TaskRunner


class Change(enum.Flag):
    """What an operation changed, for the screens that show it."""

    NOTHING = 0
    CASES = enum.auto()
    NOTES = enum.auto()
    INSTALLATION = enum.auto()  # the team or unit: hamlets, members, accounts, settings
    PRIVACY = enum.auto()  # consents, requests, breaches, retention rules
    REPORTS = enum.auto()  # a month's hand figures, a month closed
    BUNDLES = enum.auto()  # bundles made or received, receipts
    KEYS = enum.auto()  # enrolled cards and this installation's own keys
    BACKUPS = enum.auto()


ErrorHandler = Callable[[BaseException], None]


class Operations(QObject):
    """The window's runner of operations: work on the database worker, results on the GUI
    thread, and `did_change(Change)` after every operation that wrote."""

    did_change = Signal(object)  # Change

    def __init__(self, runner: TaskRunner, workspace_provider: Callable[[], Any],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runner, self._workspace_provider = runner, workspace_provider

    def workspace(self):
        """The signed-in workspace (None while locked)."""
        return self._workspace_provider()

    def run_op(self, parent: QWidget | None, op: Callable[[Any], Any],
               on_done: Callable[[Any], None] | None = None, *, changes: Change,
               on_error: ErrorHandler | None = None, label: str | None = None) -> None:
        """`op(uow)` in one unit of work; on success `on_done(result)`, then the broadcast.
        While locked there is no workspace and nothing is run: nobody is there to ask."""
        workspace = self.workspace()
        if workspace is None:
            return

        def work():
            with workspace.unit_of_work() as uow:
                return op(uow)

        self._start(parent, work, on_done, changes, on_error, label)

    def run_query(self, parent: QWidget | None, query: Callable[[Any], Any],
                  on_done: Callable[[Any], None], *, on_error: ErrorHandler | None = None,
                  label: str | None = None) -> None:
        """`query(uow)` in one unit of work that writes nothing the window shows."""
        self.run_op(parent, query, on_done, changes=Change.NOTHING, on_error=on_error, label=label)

    def run_on_workspace(self, parent: QWidget | None, work: Callable[[Any], Any],
                         on_done: Callable[[Any], None] | None = None, *,
                         changes: Change = Change.NOTHING, on_error: ErrorHandler | None = None,
                         label: str | None = None) -> None:
        """`work(workspace)` for an operation of several units of work or of the whole data
        folder (a backup, the import of many files, a purge that backs up first)."""
        workspace = self.workspace()
        if workspace is None:
            return
        self._start(parent, lambda: work(workspace), on_done, changes, on_error, label)

    def run_task(self, parent: QWidget | None, work: Callable[[], Any],
                 on_done: Callable[[Any], None] | None = None, *,
                 on_error: ErrorHandler | None = None, label: str | None = None) -> None:
        """`work()` where there is no workspace yet: setting up, signing in, restoring."""
        self._start(parent, work, on_done, Change.NOTHING, on_error, label)

    def _start(self, parent, work, on_done, changes: Change, on_error, label) -> None:
        # A screen closed while its work ran (a case editor shut at once) is deleted by then:
        # its answer is dropped, what the work changed is still told, an error still shown.
        def gone() -> bool:
            return parent is not None and not isValid(parent)

        def succeeded(result) -> None:
            if on_done is not None and not gone():
                on_done(result)
            if changes:
                self.did_change.emit(changes)

        def failed(error: BaseException) -> None:
            if gone():
                show_error(None, error)
                return
            (on_error or (lambda e: show_error(parent, e)))(error)

        self.runner.run(work, succeeded, failed, progress_label=label, parent=parent)
