"""Locks the application after a period without keyboard or mouse input."""

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin}
CHECK_INTERVAL_MS = 15_000
WATCH_DELAY_MS = 2_000  # input is watched from shortly after signing in; see IdleWatcher


class IdleWatcher(QObject):
    """Emits `idle` once input has stopped for `minutes`; the clock can be replaced in tests.

    It sees the application's events only while it runs (signed in), and from two seconds after
    it starts: an application-wide filter written in Python is handed every object that gets
    an event, and the first of Qt's own private objects makes PySide build all of Qt's Python
    types and enums (about 40 ms of one core, four times that on an old laptop). Before the
    unlock screen's first paint, or while the overview first shows its data, that would be
    waited for; two seconds later it is not. Input in those two seconds goes unseen: the lock
    comes at most that much early."""

    idle = Signal()

    def __init__(self, minutes: int, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._limit_seconds = minutes * 60
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def set_minutes(self, minutes: int) -> None:
        self._limit_seconds = minutes * 60

    def start(self) -> None:
        self._last_input = self._clock()
        self._timer.start()
        QTimer.singleShot(WATCH_DELAY_MS, self, self._watch)

    def _watch(self) -> None:
        application = QCoreApplication.instance()
        if application is not None and self._timer.isActive():  # twice keeps one filter
            application.installEventFilter(self)

    def stop(self) -> None:
        self._timer.stop()
        application = QCoreApplication.instance()
        if application is not None:
            application.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        if self._timer.isActive() and self._clock() - self._last_input >= self._limit_seconds:
            self.stop()
            self.idle.emit()
