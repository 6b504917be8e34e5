"""GUI fixtures: translations as users see them (Vietnamese), and a clean controller per test."""

import pytest

from desktop.gui.application import install_translator


@pytest.fixture(autouse=True, scope="session")
def vietnamese_ui(qapp):
    install_translator(qapp, "vi")


@pytest.fixture(autouse=True, scope="session")
def collect_garbage_on_the_gui_thread(qapp):
    """As the application does: a collection on the DB worker could destroy Qt objects there."""
    from desktop.gui.garbage_collector import GuiThreadGarbageCollector

    collector = GuiThreadGarbageCollector(qapp)
    yield collector
    collector.stop()


def type_text(widget, text: str) -> None:
    """Type any Unicode text as key events (QTest's keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                              character)
            QApplication.sendEvent(widget, event)


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    """A modal message box would wait forever offscreen: record them instead."""
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def record(kind, answer):
        def box(*args, **kwargs):
            shown.append((kind, args[2] if len(args) > 2 else ""))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information",
                        record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    return shown
