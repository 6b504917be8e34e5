"""One way to run an operation: a change made in one window reaches every screen that shows it."""

from pathlib import Path

import pytest

from desktop.core.data_folder.workspace import make_workspace
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.gui.main_window import MainWindow
from desktop.gui.operations import Change, Operations
from desktop.gui.tasks import TaskRunner
from tests.conftest import TEST_KEY
from tests.db.test_cases import add_case, to_in_progress

GUI_FOLDER = Path(__file__).parent.parent.parent / "desktop" / "gui"


@pytest.fixture
def window(qtbot, team_db, tmp_path):
    workspace = make_workspace(AppPaths(tmp_path), team_db.engine, TEST_KEY,
                               team_db.actors["leader"], "team")
    runner = TaskRunner()
    main = MainWindow(Operations(runner, lambda: workspace), Settings())
    qtbot.addWidget(main)
    yield main, workspace
    runner.shutdown()
    workspace.close()


def todo_kinds(window) -> list[str]:
    return [line.item.kind for line in window.dashboard.lines]


def test_ending_a_case_refreshes_the_overview_and_the_case_list(qtbot, window, team_db):
    main, workspace = window
    case = add_case(team_db)
    to_in_progress(team_db, case.case_no)
    main.load(workspace)
    qtbot.waitUntil(lambda: "backup_old" in todo_kinds(main))  # no backup in this folder yet
    assert "follow_up_due" not in todo_kinds(main)
    page = main.cases_page
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    assert page.model.row_at(0).status == "IN_PROGRESS"

    main.case_windows.open_case(case.id)
    editor = main.case_windows.editors[0]
    qtbot.waitUntil(lambda: editor.case is not None)
    editor.outcome.agreement.setPlainText("Hai bên mở lại lối đi chung")
    editor.outcome.has_deadline.setChecked(True)  # to be carried out today: due for a follow-up
    editor.outcome.deadline_date.setDate(editor.outcome.end_date.date())
    editor.outcome.end_button.click()
    qtbot.waitUntil(lambda: editor.case.status == "ENDED", timeout=10_000)

    # No sign-in again: the broadcast of the change reloads both.
    qtbot.waitUntil(lambda: "follow_up_due" in todo_kinds(main))
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None
                    and page.model.row_at(0).status == "ENDED")


def test_a_new_hamlet_reaches_an_open_editor_without_losing_what_was_typed(qtbot, window):
    main, workspace = window
    main.load(workspace)
    main.case_windows.open_case("")
    editor = main.case_windows.editors[0]
    editor.intake.hamlet.setCurrentText("Xóm Bãi")
    main.case_windows.hamlets = ("Thôn Đông Hòa", "Tổ dân phố số 5")
    hamlet = editor.intake.hamlet
    assert [hamlet.itemText(i) for i in range(hamlet.count())] == ["Thôn Đông Hòa", "Tổ dân phố số 5"]
    assert hamlet.currentText() == "Xóm Bãi"


def test_a_failed_operation_broadcasts_nothing(qtbot, window):
    main, _workspace = window
    heard, failures = [], []
    main.operations.did_change.connect(heard.append)

    def refuse(_uow):
        raise ValueError("refused")

    main.operations.run_op(None, refuse, changes=Change.CASES, on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    main.operations.run_op(None, lambda _uow: None, changes=Change.NOTES)
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [Change.NOTES]


def test_no_page_or_dialog_writes_its_own_runner():
    """Work reaches the database worker only through Operations (tasks.py is its engine)."""
    offenders = [str(path.relative_to(GUI_FOLDER)) for path in GUI_FOLDER.rglob("*.py")
                 if path.name not in ("operations.py", "tasks.py", "application.py")
                 and ("def _run(" in (text := path.read_text(encoding="utf-8"))
                      or ".unit_of_work()" in text or "runner.run(" in text)]
    assert offenders == []


def test_the_answer_for_a_screen_closed_meanwhile_is_dropped_and_its_change_still_told(
        qtbot, window):
    """A case editor closed at once is deleted before its first query answers (on a slow
    laptop, often): the answer is not handed to it, and what an operation changed still is."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    main, _workspace = window
    heard, answered = [], []
    main.operations.did_change.connect(heard.append)
    screen, release = QWidget(), threading.Event()

    def slow(_uow):
        release.wait(10)
        return "answer"

    main.operations.run_op(screen, slow, answered.append, changes=Change.NOTES)
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [Change.NOTES] and answered == []
