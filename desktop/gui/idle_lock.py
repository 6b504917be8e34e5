"""Locks the application after a period without keyboard or mouse input."""

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin}
CHECK_INTERVAL_MS = 15_000


class IdleWatcher(QObject):
    """Emits `idle` once input has stopped for `minutes`; the clock can be replaced in tests."""

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

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        if self._timer.isActive() and self._clock() - self._last_input >= self._limit_seconds:
            self.stop()
            self.idle.emit()
