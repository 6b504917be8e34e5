"""The case editor by keyboard (issue 23): the parties table lets Tab and Esc out, "Add party"
opens the new row for typing, a closed editor stays closed across a lock, and closing asks
about saving only when something was really changed."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from desktop.gui.dialogs.case_editor import CaseEditor
from desktop.gui.operations import Operations
from desktop.gui.tasks import TaskRunner
from tests.gui.conftest import type_text
from tests.gui.test_keyboard_flows import activate, alt, focused, press, tab_to


@pytest.fixture
def editor(qtbot, questions):
    runner = TaskRunner()
    editor = CaseEditor(Operations(runner, lambda: None), ("Thôn Đông Hòa",))
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    yield editor
    runner.shutdown()


@pytest.fixture
def questions(monkeypatch):
    """Every "save the changes?" question asked, answered "Cancel"."""
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def into_the_parties_table(qtbot, editor) -> None:
    alt(qtbot, Qt.Key.Key_2)
    tab_to(qtbot, editor.parties.table)


def test_tab_from_the_last_party_cell_reaches_add_party(qtbot, editor):
    table = editor.parties.table
    into_the_parties_table(qtbot, editor)
    press(Qt.Key.Key_F2)
    type_text(focused(), "Đặng Văn Đức")
    for _ in range(table.columnCount() - 1):  # to the birth year, the address, the kind
        press(Qt.Key.Key_Tab)
        qtbot.wait(5)
    assert focused() is table.cellWidget(0, 3)
    press(Qt.Key.Key_Tab)
    assert focused() is editor.parties.add_button
    assert table.item(0, 0).text() == "Đặng Văn Đức"
    press(Qt.Key.Key_Backtab)  # and back into the table
    assert focused() is table or table.isAncestorOf(focused())


def test_shift_tab_while_typing_in_the_first_cell_leaves_the_table_backwards(qtbot, editor):
    table = editor.parties.table
    into_the_parties_table(qtbot, editor)
    table.setCurrentCell(0, 0)
    press(Qt.Key.Key_F2)
    type_text(focused(), "Đặng Văn Đức")
    press(Qt.Key.Key_Backtab)
    assert focused() is editor.tabs.tabBar()  # before the table, not to its end
    assert table.item(0, 0).text() == "Đặng Văn Đức"


def test_add_party_opens_the_new_rows_name_for_typing(qtbot, editor):
    table = editor.parties.table
    into_the_parties_table(qtbot, editor)
    tab_to(qtbot, editor.parties.add_button)
    press(Qt.Key.Key_Space)
    assert table.rowCount() == 2 and (table.currentRow(), table.currentColumn()) == (1, 0)
    assert table.state() == QAbstractItemView.State.EditingState
    type_text(focused(), "Lê Thị Bình")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(1, 0).text() == "Lê Thị Bình"


def test_esc_in_the_parties_table_closes_the_editor(qtbot, editor, questions):
    into_the_parties_table(qtbot, editor)
    press(Qt.Key.Key_Escape)
    assert not editor.isVisible() and questions == []


def test_esc_while_typing_a_party_closes_after_asking(qtbot, editor, questions):
    into_the_parties_table(qtbot, editor)
    press(Qt.Key.Key_F2)
    type_text(focused(), "Đặng Văn Đức")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(questions) == 1)
    assert editor.isVisible()  # "Cancel": the editor stays, and the name typed is kept
    assert editor.parties.table.item(0, 0).text() == "Đặng Văn Đức"


def test_tabbing_through_an_empty_party_row_asks_nothing_on_esc(qtbot, editor, questions):
    table = editor.parties.table
    into_the_parties_table(qtbot, editor)
    press(Qt.Key.Key_F2)
    for _ in range(table.columnCount()):
        press(Qt.Key.Key_Tab)
        qtbot.wait(5)
    assert focused() is editor.parties.add_button
    press(Qt.Key.Key_Escape)
    assert not editor.isVisible() and questions == []



@pytest.fixture
def stored_case(team_db, tmp_path):
    """A case of the second hamlet in the list, with one party, as the editor receives it."""
    from desktop.core.data_folder.workspace import make_workspace
    from desktop.core.mediation import cases
    from desktop.core.mediation.inputs import case_input_from_json
    from desktop.core.paths import AppPaths
    from tests.conftest import TEST_KEY

    workspace = make_workspace(AppPaths(tmp_path), team_db.engine, TEST_KEY,
                               team_db.actors["leader"], "team")
    with workspace.unit_of_work() as uow:
        detail = cases.create_case(uow, data=case_input_from_json({
            "received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
            "hamlet": "Tổ dân phố số 5", "main_content": "Tranh chấp lối đi chung",
            "parties": [{"full_name": "Đặng Văn Đức", "birth_year": 1970}]}))
    workspace._closed = True  # the engine belongs to the team_db fixture
    return detail


def test_moving_through_a_stored_case_without_typing_asks_nothing_on_esc(qtbot, questions,
                                                                         stored_case):
    runner = TaskRunner()
    editor = CaseEditor(Operations(runner, lambda: None), ("Thôn Đông Hòa", "Tổ dân phố số 5"))
    qtbot.addWidget(editor)
    editor.populate(stored_case)
    activate(qtbot, editor)
    for _ in range(30):  # the intake's fields, round and round
        press(Qt.Key.Key_Tab)
        qtbot.wait(5)
    into_the_parties_table(qtbot, editor)
    editor.parties.start_new_row()  # an empty row, left untouched
    for _ in range(2 * editor.parties.table.columnCount()):
        press(Qt.Key.Key_F2)  # each cell opened for typing, and left as it was
        press(Qt.Key.Key_Tab)
        qtbot.wait(5)
    press(Qt.Key.Key_Escape)
    qtbot.wait(20)
    assert not editor.isVisible() and questions == []
    runner.shutdown()
