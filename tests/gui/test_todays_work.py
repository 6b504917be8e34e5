"""The overview lists today's work and opens the place to act: a late first session and a
court-recognition deadline open their cases, other lines their sections; a desk sees its own
lines and no team fields; the page stays narrow whatever the number of hamlets."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import select

from db import clock
from db.folding import fold_for_search
from db.models import Hamlet, Team
from desktop.core.data_folder.workspace import make_workspace
from desktop.core.paths import AppPaths
from desktop.core.privacy import ledgers
from desktop.core.settings import Settings
from desktop.core.todo.items import TodoKind
from desktop.gui import main_window
from desktop.gui.main_window import MainWindow
from desktop.gui.operations import Operations
from desktop.gui.pages.dashboard_page import DashboardPage
from desktop.gui.tasks import TaskRunner
from tests.conftest import TEST_KEY
from tests.db.test_cases import add_case
from tests.db.test_todo import (
    NOW,
    TODAY,
    agreed,
    assigned,
    enrol_team,
    make_backup,
    make_offsite_backup,
    set_up_on,
)


@pytest.fixture(autouse=True)
def on_the_fifteenth_of_december():
    with clock.moved_to(NOW):
        yield


def open_window(qtbot, database, actor, mode: str, paths: AppPaths):
    workspace = make_workspace(paths, database.engine, TEST_KEY, actor, mode)
    runner = TaskRunner()
    window = MainWindow(Operations(runner, lambda: workspace), Settings())
    qtbot.addWidget(window)
    window.load(workspace)
    return window, workspace, runner


@pytest.fixture
def team_window(qtbot, team_db, tmp_path):
    window, workspace, runner = open_window(qtbot, team_db, team_db.actors["leader"], "team",
                                            AppPaths(tmp_path / "team"))
    yield window
    runner.shutdown()
    workspace.close()


@pytest.fixture
def unit_window(qtbot, receiver_db, tmp_path):
    window, workspace, runner = open_window(qtbot, receiver_db, receiver_db.actors["admin"],
                                            "receiver", AppPaths(tmp_path / "unit"))
    yield window
    runner.shutdown()
    workspace.close()


def reload_and_wait(qtbot, window, kind: TodoKind):
    """Read today's work again; the line of `kind` once it is shown. The window's first reading
    may still be under way, made before the test's records: it is let finish first, and the
    lines are read once the new reading is done."""
    runner = window.operations.runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    window.dashboard.load()
    qtbot.waitUntil(lambda: not runner.busy
                    and any(line.item.kind == kind for line in window.dashboard.lines),
                    timeout=10_000)
    return next(line for line in window.dashboard.lines if line.item.kind == kind)


def test_a_late_first_session_and_a_recognition_deadline_open_their_cases(qtbot, team_db,
                                                                          team_window):
    late = assigned(team_db, date(2026, 12, 10))
    near = agreed(team_db, date(2026, 6, 20))  # the last day to ask a court: 20/12/2026
    line = reload_and_wait(qtbot, team_window, TodoKind.FIRST_SESSION_LATE)
    assert (line.item.count, line.item.case_id) == (1, late.id)
    assert line.accessibleName() == line.text() != ""
    assert line.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "10/12/2026" in line.description()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_Return)  # opening the line opens the case's editor
    editors = team_window.case_windows.editors
    qtbot.waitUntil(lambda: len(editors) == 1 and editors[0].case is not None, timeout=10_000)
    assert editors[0].case.id == late.id

    deadline = next(line for line in team_window.dashboard.lines
                    if line.item.kind == TodoKind.RECOGNITION_DEADLINE_NEAR)
    assert deadline.item.case_id == near.id and "20/12/2026" in deadline.description()
    qtbot.mouseClick(deadline, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editors) == 2 and editors[1].case is not None, timeout=10_000)
    assert editors[1].case.id == near.id


def test_a_line_about_several_cases_opens_the_list_filtered(qtbot, team_db, team_window):
    add_case(team_db, received_date="2026-12-01")
    add_case(team_db, received_date="2026-12-02")
    assigned(team_db, date(2026, 12, 14))  # assigned: not in the list opened
    line = reload_and_wait(qtbot, team_window, TodoKind.CASES_AWAITING_MEDIATOR)
    assert line.item.count == 2 and line.item.case_id is None
    line.click()
    page = team_window.cases_page
    assert team_window.pages.currentIndex() == main_window.CASES
    assert page.status.currentData() == "RECEIVED"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and None not in
                    (page.model.row_at(0), page.model.row_at(1)), timeout=10_000)
    assert {page.model.row_at(row).status for row in range(2)} == {"RECEIVED"}


def test_the_other_lines_open_reports_privacy_and_settings(qtbot, team_db, team_window):
    set_up_on(team_db, date(2026, 10, 1))
    with team_db.uow() as uow:
        ledgers.open_request(uow, subject_name="Đặng Văn Đức", kind="ACCESS",
                             received_on=date(2026, 12, 1))
    for kind, row in ((TodoKind.MONTHS_NOT_CLOSED, main_window.REPORTS),
                      (TodoKind.SUBJECT_REQUESTS_DUE, main_window.PRIVACY),
                      (TodoKind.BACKUP_OLD, main_window.SETTINGS)):
        team_window.navigation.setCurrentRow(main_window.OVERVIEW)
        line = reload_and_wait(qtbot, team_window, kind)
        line.click()
        assert team_window.navigation.currentRow() == row, kind


def test_nothing_waiting_says_so_calmly(qtbot, team_db, team_window, tmp_path):
    set_up_on(team_db, TODAY)
    make_backup(AppPaths(tmp_path / "team"), NOW - timedelta(hours=1))
    make_offsite_backup(team_db, NOW - timedelta(days=2))
    page = team_window.dashboard
    page.load()
    qtbot.waitUntil(lambda: not page.nothing.isHidden(), timeout=10_000)
    assert page.lines == []


def test_a_desk_sees_no_team_fields_and_is_told_of_a_missing_team(qtbot, receiver_db,
                                                                  unit_window):
    enrol_team(receiver_db, "Tổ hòa giải số 2", datetime(2026, 9, 20, 9, 0))
    line = reload_and_wait(qtbot, unit_window, TodoKind.TEAMS_MISSING_BUNDLE)
    page = unit_window.dashboard
    assert line.item.count == 1 and "11/2026" in line.text()
    qtbot.waitUntil(lambda: page.title.text() != "")
    assert "Công an phường Ba Đình" in page.title.text()
    team_fields = [QCoreApplication.translate("DashboardPage", text) for text in
                   ("Hamlets", "Team members", "Hamlet list:", "Cases received this month",
                    "Records")]
    shown = [label.text() for label in page.findChildren(type(page.title)) if label.text()]
    assert not [text for text in shown if any(field in text for field in team_fields)]
    assert page.register_warnings.text() == ""
    line.click()
    inbox = unit_window.inbox_page
    assert unit_window.pages.currentIndex() == main_window.INBOX
    assert inbox.tabs.currentWidget() is inbox.grid_tab


def test_twelve_long_hamlet_names_keep_the_overview_narrow(qtbot, team_db, tmp_path):
    with team_db.uow() as uow:
        team_id = uow.session.scalar(select(Team.id))
        for number in range(12):
            name = f"Tổ dân phố số {number + 1} khu tái định cư Đồng Tâm mở rộng"
            uow.session.add(Hamlet(team_id=team_id, name=name, name_fold=fold_for_search(name)))
        uow.commit()
    workspace = make_workspace(AppPaths(tmp_path), team_db.engine, TEST_KEY,
                               team_db.actors["leader"], "team")
    runner = TaskRunner()
    page = DashboardPage(Operations(runner, lambda: workspace))
    qtbot.addWidget(page)
    shown = []
    page.loaded.connect(shown.append)
    page.load()
    qtbot.waitUntil(lambda: bool(shown) and len(shown[0].hamlets) == 12, timeout=10_000)
    qtbot.waitUntil(lambda: bool(page.lines) or not page.nothing.isHidden(), timeout=10_000)
    assert page.minimumSizeHint().width() <= 900
    runner.shutdown()
    workspace.close()
