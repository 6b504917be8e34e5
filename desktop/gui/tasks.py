"""Runs each unit of work on one database worker thread and hands results back to the GUI thread.

One worker serialises database access by construction; widgets are only touched in the
callbacks, which always run on the GUI thread. A progress dialog appears after ~600 ms.
"""

import concurrent.futures
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 600


class TaskRunner(QObject):
    """`run(work, on_success, on_failure)`: work runs on the worker, callbacks on the GUI thread."""

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="tuquan-db")
        self._connected = False
        self._pending = 0
        self._stopped = False

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, work: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None], progress_label: str | None = None,
            parent: QWidget | None = None) -> None:
        """Start `work` in the background; exactly one of the callbacks runs afterwards, unless
        the runner has been shut down (the window is closing: nothing starts any more)."""
        if self._stopped:  # e.g. the unlock screen's first paint, handled after the shutdown
            return
        if not self._connected:
            # Queued even when the work is done before its callback is added (the callback then
            # runs here). Connected at the first task rather than when made: the first use of
            # QtCore.Qt builds every enum of the Qt namespace (about 30 ms of one core), which
            # the unlock screen's first paint need not wait for.
            self._finished.connect(self._deliver, QtCore.Qt.ConnectionType.QueuedConnection)
            self._connected = True
        self._pending += 1
        progress = self._delayed_progress(progress_label, parent) if progress_label else None
        future = self._executor.submit(work)
        future.add_done_callback(
            lambda done: self._finished.emit((done, on_success, on_failure, progress)))

    def _delayed_progress(self, label: str, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setValue(0)
        return dialog

    def _deliver(self, payload) -> None:
        future, on_success, on_failure, progress = payload
        self._pending -= 1
        if progress is not None:
            progress.reset()
            progress.deleteLater()
        if self._stopped:  # the screens that asked are gone; nobody wants the answer
            return
        error = future.exception()
        if error is None:
            on_success(future.result())
        else:
            on_failure(error)

    def wait_idle(self) -> None:
        """Block until queued work has finished (used before locking)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._stopped = True
        self._executor.shutdown(wait=True)

