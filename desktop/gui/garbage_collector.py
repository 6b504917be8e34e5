"""Runs Python's cyclic garbage collector on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate — often the
database worker — and may then destroy Qt objects caught in reference cycles off the GUI
thread, which crashes Qt. So automatic collection is switched off and a timer collects on the
GUI thread, by generation, as the automatic collector would — but not while the worker is
in `collector_paused` (the libraries loading behind the unlock screen, a first export): those
objects are no garbage, and walking them took a slow laptop's CPU from the work itself.
"""

import gc

from PySide6.QtCore import QObject, QTimer

from desktop.core.collector import collection_paused

INTERVAL_MS = 1000


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        if collection_paused():
            return
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
