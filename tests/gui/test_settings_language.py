"""Settings asks for a restart only when the chosen language differs from the one shown."""

from desktop.core.settings import Settings
from desktop.gui.operations import Operations
from desktop.gui.pages.settings_page import SettingsPage
from desktop.gui.tasks import TaskRunner


def choose(page: SettingsPage, language: str) -> None:
    page.language.setCurrentIndex(page.language.findData(language))
    page.language.activated.emit(page.language.currentIndex())


def test_restart_is_asked_for_only_when_the_language_changes(qtbot, no_blocking_message_boxes):
    page = SettingsPage(Operations(TaskRunner(), lambda: None), Settings(language="vi"))
    qtbot.addWidget(page)
    saved = []
    page.settings_changed.connect(saved.append)
    choose(page, "vi")  # the language already shown
    assert saved == [] and no_blocking_message_boxes == []
    choose(page, "en")
    assert [s.language for s in saved] == ["en"]
    assert [kind for kind, _ in no_blocking_message_boxes] == ["information"]
    choose(page, "vi")  # back to the language shown: saved, and no restart needed
    assert [s.language for s in saved] == ["en", "vi"]
    assert len(no_blocking_message_boxes) == 1
