"""The team register in the window: members added with their training, corrected and leaving;
log-book volumes opened and closed; a role that may not change the register sees no buttons.
Assertions read widgets and states, never English words (another test may have installed the
Vietnamese translator)."""

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.core import clock
from desktop.core.data_folder.workspace import make_workspace
from desktop.core.mediation import team_register
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.core.text import format_date
from desktop.gui.labels import label
from desktop.gui.main_window import REGISTER, MainWindow
from desktop.gui.operations import Operations
from desktop.gui.pages.team_register_page import TeamRegisterPage
from desktop.gui.tasks import TaskRunner
from tests.conftest import TEST_KEY
from tests.gui.conftest import type_text


@pytest.fixture
def page_for(qtbot, team_db, tmp_path):
    """The register page, loaded for a team member of the given role."""
    made = []

    def make(who: str) -> TeamRegisterPage:
        workspace = make_workspace(AppPaths(tmp_path), team_db.engine, TEST_KEY,
                                   team_db.actors[who], "team")
        runner = TaskRunner()
        page = TeamRegisterPage(Operations(runner, lambda: workspace))
        qtbot.addWidget(page)
        made.append((workspace, runner))
        page.load(workspace)
        qtbot.waitUntil(lambda: page.summary.text() != "", timeout=10_000)
        return page

    yield make
    for workspace, runner in made:
        runner.shutdown()
        workspace._closed = True  # the engine belongs to the team_db fixture


def test_a_member_added_with_training_shows_in_the_list_and_the_register_check(page_for, qtbot):
    page = page_for("leader")
    assert label("NO_LEADER") in page.warnings.text()
    page.add_button.click()
    dialog = page.member_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.save()  # no name: said in the form, nothing saved
    assert dialog.message.text() and dialog.isVisible()
    type_text(dialog.full_name, "Nguyễn Thị Lan")
    dialog.position.setCurrentIndex(dialog.position.findData("leader"))
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    trained = clock.today() - timedelta(days=40)
    dialog.trained.given.setChecked(True)
    dialog.trained.edit.setDate(QDate(trained))
    dialog.save()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert not dialog.isVisible()
    row = [page.table.item(0, column).text() for column in range(page.table.columnCount())]
    assert row[:3] == ["Nguyễn Thị Lan", label("leader"), label("female")]
    assert row[6] == format_date(trained)
    qtbot.waitUntil(lambda: label("NO_LEADER") not in page.warnings.text())
    assert label("FEWER_THAN_THREE_MEDIATORS") in page.warnings.text()
    # The register's figures: one serving mediator, a woman, trained.
    assert re.findall(r"\d+", page.summary.text()) == ["1", "1", "1"]
    assert page.selected_member() is not None  # the cursor is on the member just added


def test_a_member_is_corrected_then_leaves_the_team(page_for, qtbot, team_db):
    recognised = clock.today() - timedelta(days=400)
    with team_db.uow() as uow:
        team_register.add_member(uow, full_name="Lê Văn Tám", position="mediator",
                                 gender="male", recognised_on=recognised, decision="5/QĐ")
    page = page_for("leader")
    page.table.selectRow(0)
    page.edit_button.click()
    editor = page.member_dialog
    assert editor.recognised.value() == recognised and editor.decision.text() == "5/QĐ"
    editor.trained.given.setChecked(True)
    editor.save()
    qtbot.waitUntil(lambda: page.table.item(0, 6).text() == format_date(clock.today()),
                    timeout=10_000)
    page.table.selectRow(0)
    page.end_button.click()
    ending = page.member_dialog
    ending.ended_on.setDate(QDate(recognised - timedelta(days=1)))
    type_text(ending.reason.lineEdit(), "Chuyển nơi ở")
    ending.save()  # the end before the start: said in the form, nothing saved
    assert ending.message.text() and ending.isVisible()
    left = clock.today() - timedelta(days=2)
    ending.ended_on.setDate(QDate(left))
    qtbot.keyClick(ending.reason.lineEdit(), Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.table.item(0, 7).text() == format_date(left), timeout=10_000)
    assert page.table.item(0, 8).text() == "Chuyển nơi ở"
    page.table.selectRow(0)
    assert page.edit_button.isEnabled() and not page.end_button.isEnabled()  # left already
    page.edit_button.click()
    late = page.member_dialog
    late.recognised.edit.setDate(QDate(clock.today()))
    late.save()  # recognised after leaving: the core refuses, the form says why and stays open
    qtbot.waitUntil(lambda: late.message.text() != "", timeout=10_000)
    assert late.isVisible() and late.buttons.isEnabled()
    late.reject()


def test_a_volume_is_opened_and_closed(page_for, qtbot, no_blocking_message_boxes):
    page = page_for("leader")
    box = page.volumes
    assert box.isVisibleTo(page)
    qtbot.waitUntil(lambda: box.state.text() != "", timeout=10_000)
    box.close_button.click()  # no volume open: said so, nothing asked
    assert no_blocking_message_boxes[-1][0] == "information" and box.dialog is None
    opened, closed = clock.today() - timedelta(days=60), clock.today() - timedelta(days=1)
    box.open_button.click()
    dialog = box.dialog
    dialog.day.setDate(QDate(opened))
    dialog.save()
    qtbot.waitUntil(lambda: box.open_volume() is not None, timeout=10_000)
    assert [box.table.item(0, c).text() for c in range(2)] == ["1", format_date(opened)]
    box.open_button.click()  # one is open: close it first
    assert no_blocking_message_boxes[-1][0] == "information" and box.dialog is dialog
    box.close_button.click()
    closing = box.dialog
    assert closing is not dialog and closing.closing and closing.explanation.text()
    closing.day.setDate(QDate(opened - timedelta(days=1)))
    closing.save()  # before the volume opened: said in the form
    assert closing.message.text() and closing.isVisible()
    closing.day.setDate(QDate(closed))
    closing.save()
    qtbot.waitUntil(lambda: box.table.item(0, 2).text() == format_date(closed), timeout=10_000)
    assert box.open_volume() is None


@pytest.mark.parametrize("who", ["viewer", "mediator", "security"])
def test_a_role_that_may_not_change_the_register_sees_no_buttons(page_for, team_db, who):
    with team_db.uow() as uow:
        team_register.add_member(uow, full_name="Lê Văn Tám", position="mediator")
    page = page_for(who)
    assert page.table.rowCount() == 1
    for button in (page.add_button, page.edit_button, page.end_button, page.ethnic_button):
        assert not button.isVisibleTo(page)
    assert page.ethnic.isReadOnly() and not page.volumes.isVisibleTo(page)
    page.table.selectRow(0)
    page.edit_member()  # a double-click opens nothing either
    assert page.member_dialog is None


def test_every_team_role_reaches_the_register_from_the_window(qtbot, team_db, tmp_path):
    runner = TaskRunner()
    for who in ("leader", "viewer"):
        workspace = make_workspace(AppPaths(tmp_path), team_db.engine, TEST_KEY,
                                   team_db.actors[who], "team")
        window = MainWindow(Operations(runner, lambda workspace=workspace: workspace), Settings())
        qtbot.addWidget(window)
        window.load(workspace)
        assert not window.navigation.item(REGISTER).isHidden()
        window.navigation.setCurrentRow(REGISTER)
        assert window.pages.currentIndex() == REGISTER
        qtbot.waitUntil(lambda window=window: window.register_page.summary.text() != "",
                        timeout=10_000)
        window.clear()
        workspace._closed = True  # the engine belongs to the team_db fixture
    runner.shutdown()
