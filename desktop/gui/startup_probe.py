"""For `make bench`: times the start path as a user lives it, written to a JSON file.

Set TUQUAN_STARTUP_PROBE=<file>, TUQUAN_USER and TUQUAN_PASSWORD. The probe notes when the
unlock screen first paints, waits as if the password were typed, signs in through the normal
path, notes when the overview has painted its data, and — with TUQUAN_PROBE_SEARCH set — opens
the case list, scrolls to its end and searches, then quits. Times are wall-clock (time.time()),
so the caller can measure from before it started the process. The sign-in's key derivation is
timed as it runs (`kdf_seconds`): the caller takes it out of the sign-in, rather than a
derivation timed in another process, whose own spread on a slow machine is wider than the rest.
"""

import json
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer

PROBE_ENV = "TUQUAN_STARTUP_PROBE"
TYPING_MILLISECONDS = 2000  # the user types the password while the libraries load


class _FirstPaint(QObject):
    """Calls `then` once, after the watched widget's first paint event."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            QTimer.singleShot(0, then)
        return False


class StartupProbe:
    def __init__(self, app, controller):
        self.app, self.controller, self.times, self.memory = app, controller, {}, {}
        self.search_text = os.environ.get("TUQUAN_PROBE_SEARCH", "")
        self._hold = _FirstPaint(controller.unlock_dialog, self._unlock_painted)
        self.kdf_seconds = 0.0
        QTimer.singleShot(120_000, lambda: self._finish(2))

    def _time_key_derivations(self) -> None:
        """Every derivation the sign-in runs adds its time to `kdf_seconds`."""
        # loaded at the click, not before the first paint that the probe times
        from desktop.core.access import kdf

        derive = kdf._derive

        def timed(secret, params):
            started = time.perf_counter()
            try:
                return derive(secret, params)
            finally:
                self.kdf_seconds += time.perf_counter() - started

        kdf._derive = timed

    def _note(self, name: str) -> None:
        self.times[name] = time.time()
        try:  # resident memory at this point (Linux), for the benchmark's memory lines
            with open("/proc/self/statm") as stream:
                pages = int(stream.read().split()[1])
            self.memory[name] = pages * os.sysconf("SC_PAGE_SIZE") / 2**20
        except OSError:
            pass

    def _unlock_painted(self) -> None:
        self._note("unlock_painted")
        dialog = self.controller.unlock_dialog
        dialog.username.setText(os.environ.get("TUQUAN_USER", ""))
        dialog.password.setText(os.environ.get("TUQUAN_PASSWORD", ""))
        dialog.unlocked.connect(self._unlocked)
        QTimer.singleShot(TYPING_MILLISECONDS, self._click)

    def _click(self) -> None:
        self._note("unlock_clicked")
        self._time_key_derivations()
        self.controller.unlock_dialog.try_unlock()

    def _unlocked(self, _workspace) -> None:
        self._note("signed_in")
        dashboard = self.controller.window.dashboard
        dashboard.loaded.connect(lambda _info: self._after_paint(dashboard, self._data_painted))

    def _after_paint(self, widget, then) -> None:
        self._hold = _FirstPaint(widget, then)
        widget.update()

    def _data_painted(self) -> None:
        self._note("data_painted")
        if not self.search_text:
            self._finish(0)
            return
        window = self.controller.window
        window.navigation.setCurrentRow(1)
        page = window.cases_page
        page.model.loaded.connect(self._list_loaded)
        page.apply_filters()

    def _list_loaded(self, _count: int) -> None:
        page = self.controller.window.cases_page
        page.model.loaded.disconnect(self._list_loaded)
        self._note("list_loaded")
        page.table.scrollToBottom()
        page.model.loaded.connect(self._searched)
        QTimer.singleShot(500, lambda: self._type(page))

    def _type(self, page) -> None:
        self._note("search_typed")
        page.search.setText(self.search_text)

    def _searched(self, _count: int) -> None:
        self._note("searched")
        QTimer.singleShot(500, lambda: self._finish(0))

    def _finish(self, code: int) -> None:
        try:  # this program's own peak (VmHWM starts afresh at exec, unlike ru_maxrss)
            with open("/proc/self/status") as stream:
                peak = next(line for line in stream if line.startswith("VmHWM:"))
            self.memory["peak"] = int(peak.split()[1]) / 1024
        except (OSError, StopIteration):
            pass
        path = os.environ[PROBE_ENV]
        with open(path, "w", encoding="utf-8") as stream:
            json.dump({**self.times, "memory_mib": self.memory, "kdf_seconds": self.kdf_seconds},
                      stream)
        self.app.exit(code)
