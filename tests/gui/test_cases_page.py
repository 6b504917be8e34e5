"""The cases page and the case editor: lazy rows, SQL sorting, keyboard use, drafts kept."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from db import clock
from desktop.core.data_folder.workspace import make_workspace
from desktop.core.demo.team_data import generate_demo
from desktop.core.mediation import cases, progress
from desktop.core.mediation.inputs import case_input_from_json
from desktop.gui.case_windows import CaseWindows
from desktop.gui.dialogs.case_editor import CaseEditor
from desktop.gui.operations import Operations
from desktop.gui.table_models.case_table_model import PAGE_SIZE, CaseQuery, CaseTableModel
from desktop.gui.table_models.lazy_table_model import FIRST_IDS
from desktop.gui.tasks import TaskRunner
from tests.conftest import TEST_KEY
from tests.db.test_cases import add_case, to_in_progress
from tests.gui.conftest import type_text


@pytest.fixture
def workspace(team_db, tmp_path):
    from desktop.core.paths import AppPaths

    space = make_workspace(AppPaths(tmp_path), team_db.engine, TEST_KEY,
                           team_db.actors["leader"], "team")
    yield space
    space.close()


@pytest.fixture(scope="module")
def big_database(tmp_path_factory):
    """100,000 cases made once for this module (Core bulk inserts)."""
    from db import migrate
    from db.engine import open_engine
    from tests.conftest import team_db as make_team_db

    path = tmp_path_factory.mktemp("big") / "big.db"
    engine = open_engine(path, TEST_KEY)
    migrate.upgrade_to_head(engine)
    database = make_team_db.__wrapped__(engine)
    with database.uow() as uow:
        generate_demo(uow, cases=100_000, seed=5, today=date(2026, 11, 1))
    yield database
    engine.dispose()


def wait_loaded(qtbot, model):
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=30_000)


def test_a_hundred_thousand_cases_open_without_loading_them_all(qtbot, big_database, tmp_path):
    from desktop.core.paths import AppPaths
    from desktop.gui.pages.cases_page import CasesPage

    workspace = make_workspace(AppPaths(tmp_path), big_database.engine, TEST_KEY,
                               big_database.actors["leader"], "team")
    runner = TaskRunner()
    page = CasesPage(Operations(runner, lambda: workspace))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.load(workspace)
    wait_loaded(qtbot, page.model)
    assert page.model.rowCount() == 100_000
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    assert page.model.pages_fetched <= 2 and page.model.cached_rows <= 2 * PAGE_SIZE
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.row_at(99_999) is not None)
    assert page.model.cached_rows <= 4 * PAGE_SIZE
    first = page.model.row_at(0).case_no
    page.model.sort(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None and page.model.row_at(0).case_no != first)
    assert page.model.row_at(0).case_no.endswith("-0001")
    runner.shutdown()


class FirstStepOnly(CaseTableModel):
    """A case table whose full id list never arrives, as while it is still being read."""

    def _all_ids_arrived(self, generation, rowids, counted=True):
        self.full_list_seen = list(rowids)


def test_rows_past_the_first_ids_are_fetched_by_position(qtbot, big_database, tmp_path):
    from desktop.core.paths import AppPaths

    workspace = make_workspace(AppPaths(tmp_path), big_database.engine, TEST_KEY,
                               big_database.actors["leader"], "team")
    runner = TaskRunner()
    model = FirstStepOnly(Operations(runner, lambda: workspace))
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 100_000 and model.ids_read == FIRST_IDS
    for row in (99_999, 50_123):
        qtbot.waitUntil(lambda row=row: model.row_at(row) is not None)
    qtbot.waitUntil(lambda: hasattr(model, "full_list_seen"))
    with workspace.unit_of_work() as uow:
        expected = cases.case_rows(uow, rowids=[model.full_list_seen[99_999],
                                                model.full_list_seen[50_123]])
    assert {model.row_at(99_999), model.row_at(50_123)} == set(expected.values())
    assert model.ids_read == FIRST_IDS
    runner.shutdown()


def test_a_common_word_shows_its_first_rows_then_grows_to_its_count(qtbot, big_database, tmp_path):
    from desktop.core.paths import AppPaths

    workspace = make_workspace(AppPaths(tmp_path), big_database.engine, TEST_KEY,
                               big_database.actors["leader"], "team")
    runner = TaskRunner()
    query = CaseQuery(search="nguyen")
    first_step = FirstStepOnly(Operations(runner, lambda: workspace))
    first_step.reload(query)
    qtbot.waitUntil(lambda: hasattr(first_step, "full_list_seen"), timeout=30_000)
    assert first_step.rowCount() == FIRST_IDS  # uncounted: the rows found so far
    model, counts, inserted, waits = CaseTableModel(Operations(runner, lambda: workspace)), [], [], []
    model.loaded.connect(counts.append)
    model.counting.connect(lambda: waits.append(model.rowCount()))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.reload(query)
    qtbot.waitUntil(lambda: bool(counts), timeout=30_000)
    with workspace.unit_of_work() as uow:
        expected = list(cases.case_rowids(uow, query=query))
    assert counts == [len(expected)] and model.rowCount() == len(expected) > FIRST_IDS
    assert waits == [FIRST_IDS]  # the page blanks its count while the ids are read
    assert inserted == [(FIRST_IDS, len(expected) - 1)] and list(model._rowids) == expected
    runner.shutdown()


def test_model_passes_the_qt_model_tester(qtbot, qtmodeltester, workspace):
    with workspace.unit_of_work() as uow:
        generate_demo(uow, cases=450, seed=2)
    runner = TaskRunner()
    model = CaseTableModel(Operations(runner, lambda: workspace))
    model.reload()
    wait_loaded(qtbot, model)
    for row in (0, PAGE_SIZE, 2 * PAGE_SIZE):
        model.row_at(row)
    qtbot.waitUntil(lambda: model.pages_fetched == 3)
    qtmodeltester.check(model)
    runner.shutdown()


def test_search_as_you_type_uses_folded_text(qtbot, workspace):
    from desktop.gui.pages.cases_page import CasesPage

    for name in ("Đặng Văn Đức", "Nguyễn Thị Hoà", "Trần Văn Hùng"):
        with workspace.unit_of_work() as uow:
            cases.create_case(uow, data=case_input_from_json({
                "received_date": "2026-03-05", "basis": "PARTY_REQUEST",
                "scope_category": "CIVIL", "parties": [{"full_name": name}]}))
    runner = TaskRunner()
    page = CasesPage(Operations(runner, lambda: workspace))
    qtbot.addWidget(page)
    page.load(workspace)
    wait_loaded(qtbot, page.model)
    type_text(page.search, "dang van duc")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    assert page.model.row_at(0).first_party == "Đặng Văn Đức"
    runner.shutdown()


def test_editor_records_a_case_from_the_keyboard_and_keeps_its_draft(qtbot, workspace, monkeypatch):
    runner = TaskRunner()
    editor = CaseEditor(Operations(runner, lambda: workspace), ("Thôn Đông Hòa",))
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.intake.content, "Tranh chấp lối đi chung")
    editor.parties.table.setCurrentCell(0, 0)
    editor.parties.table.item(0, 0).setText("Đặng Văn Đức")
    assert editor.dirty
    # Closing with unsaved input asks; "Cancel" keeps the editor and the text.
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.intake.content.toPlainText() == "Tranh chấp lối đi chung"
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor.intake.content, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.case is not None or bool(editor.message.text()), timeout=10_000)
    assert editor.message.text() == ""
    assert editor.case.case_no.startswith("HG-") and not editor.dirty
    assert editor.case.parties[0].full_name == "Đặng Văn Đức"
    editor.progress_tab.mediator.setText("lan")
    editor.progress_tab.assign_button.click()
    qtbot.waitUntil(lambda: editor.isEnabled())
    assert "không có quyền lợi" in editor.message.text()  # refused in Vietnamese, nothing lost
    assert editor.case.status == "RECEIVED"
    runner.shutdown()


def test_a_new_case_is_received_today_on_vietnams_calendar(qtbot):
    runner = TaskRunner()
    with clock.moved_to(datetime(2026, 12, 1, 0, 30)):  # UTC: 30 November, 17:30
        editor = CaseEditor(Operations(runner, lambda: None), ())
    qtbot.addWidget(editor)
    assert editor.intake.received.date() == QDate(2026, 12, 1)
    assert not editor.dirty  # nothing typed yet: closing it asks nothing
    runner.shutdown()


def test_closed_case_keeps_its_intake_locked(qtbot, workspace):
    runner = TaskRunner()
    editor = CaseEditor(Operations(runner, lambda: workspace))
    qtbot.addWidget(editor)
    with workspace.unit_of_work() as uow:
        detail = cases.create_case(uow, data=case_input_from_json({
            "received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
            "scope_check": "EXCLUDED", "scope_exclusion": "COMMERCIAL_OR_LABOUR"}))
    editor.populate(detail)
    assert detail.status == "OUT_OF_SCOPE"
    assert not editor.progress_tab.assign_button.isEnabled()
    assert not editor.outcome.end_button.isEnabled()
    runner.shutdown()


def test_hamlet_and_mediator_filters_run_in_sql(qtbot, workspace):
    from desktop.gui.pages.cases_page import CasesPage

    with workspace.unit_of_work() as uow:
        generate_demo(uow, cases=120, seed=4)
    runner = TaskRunner()
    page = CasesPage(Operations(runner, lambda: workspace))
    qtbot.addWidget(page)
    page.load(workspace)
    qtbot.waitUntil(lambda: page.hamlet.count() > 1 and page.model.rowCount() == 120)
    page.hamlet.setCurrentIndex(1)
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 120)
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    hamlet_name = page.hamlet.currentText()
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert all(row.hamlet == hamlet_name for row in rows)
    page.hamlet.blockSignals(True)
    page.hamlet.setCurrentIndex(0)
    page.hamlet.blockSignals(False)
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.mediator.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    assert page.mediator.currentText() in page.model.row_at(0).mediators
    runner.shutdown()


def test_the_mediator_field_offers_namesakes_apart_and_assigns_the_one_picked(qtbot, workspace):
    from desktop.core.mediation import team_register

    ids = []
    for _ in range(2):
        with workspace.unit_of_work() as uow:
            ids.append(team_register.add_member(uow, full_name="Huỳnh Thị Trang",
                                                position="mediator").id)
    runner = TaskRunner()
    editor = CaseEditor(Operations(runner, lambda: workspace), ("Thôn Đông Hòa",))
    qtbot.addWidget(editor)
    tab = editor.progress_tab
    qtbot.waitUntil(lambda: len(tab.mediator_ids) >= 2, timeout=10_000)
    offered = [label for label, member in tab.mediator_ids.items() if member in ids]
    assert len(set(offered)) == 2 and all(label.startswith("Huỳnh Thị Trang (") for label in offered)
    tab.mediator.setText(offered[1])
    assert tab.chosen_mediator() in ids
    tab.mediator.setText("Huỳnh Thị Trang")  # typed, not picked: the core refuses to guess
    assert tab.chosen_mediator() == "Huỳnh Thị Trang"
    runner.shutdown()


def _agreed_case(team_db):
    case = add_case(team_db)
    to_in_progress(team_db, case.case_no)
    with team_db.uow() as uow:
        return progress.end_case(uow, case_ref=case.id, end_reason="AGREEMENT_REACHED",
                                 ended_on=date(2026, 4, 1), agreement_or_demands="Mở lại lối đi")


def test_an_ended_case_keeps_its_agreement_terms_open_and_offers_its_document(
        qtbot, team_db, workspace):
    case = _agreed_case(team_db)
    runner, parent = TaskRunner(), QWidget()
    qtbot.addWidget(parent)
    windows = CaseWindows(Operations(runner, lambda: workspace), parent)
    windows.open_case(case.id)
    editor = windows.editors[0]
    qtbot.waitUntil(lambda: editor.case is not None, timeout=10_000)
    type_text(editor.outcome.method, "Bà Hoà dỡ hàng rào")
    editor.outcome.has_deadline.setChecked(True)
    editor.outcome.deadline_date.setDate(QDate(2026, 5, 1))
    type_text(editor.outcome.witnesses, "Lê Văn Tâm")
    editor.save()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10_000)
    assert editor.message.text() == ""
    assert (editor.case.implementation_method, editor.case.implementation_deadline,
            editor.case.witnesses) == ("Bà Hoà dỡ hàng rào", date(2026, 5, 1), "Lê Văn Tâm")
    editor.outcome.document_button.click()
    qtbot.waitUntil(lambda: len(windows.previews) == 1, timeout=10_000)
    assert windows.previews[0].suggested_name == f"thoa-thuan-{case.case_no}.pdf"
    windows.hide_all()
    runner.shutdown()


def test_the_editor_says_when_a_case_is_a_prolonged_dispute(qtbot, team_db, workspace):
    """Thông tư 124/2021: a case open past the team's number of days (90) is said to be one."""
    case = add_case(team_db, received_date="2025-01-05")
    runner, parent = TaskRunner(), QWidget()
    qtbot.addWidget(parent)
    windows = CaseWindows(Operations(runner, lambda: workspace), parent)
    windows.open_case(case.id)
    editor = windows.editors[0]
    qtbot.waitUntil(lambda: editor.dispute.text() != "", timeout=10_000)
    import re  # the words are English or Vietnamese, as the process's translator is; the days not

    days = [int(number) for number in re.findall(r"\d+", editor.dispute.text())]
    assert editor.dispute.isVisibleTo(editor) and days and max(days) > 90
    windows.hide_all()
    runner.shutdown()


def test_the_case_editor_fits_a_short_laptop_screen(qtbot):
    """1366×768 at 100 %, or 1280×720 at 125 % (1024×576 to the window): the tabs scroll, so
    the messages and the Save and Close buttons stay on the screen."""
    runner = TaskRunner()
    editor = CaseEditor(Operations(runner, lambda: None), ())
    qtbot.addWidget(editor)
    smallest = editor.minimumSizeHint()
    assert smallest.width() <= 1024 and smallest.height() <= 576 - 40
    room = editor.screen().availableGeometry()
    assert editor.height() <= room.height() - 40 and editor.width() <= room.width()
    runner.shutdown()


def test_the_outcome_tabs_values_stay_by_their_labels_in_a_maximised_editor(qtbot):
    """At 1366 pixels the fields do not stretch across the screen, and the result and the
    court-recognition deadline stay on their labels' lines however tall the window is."""
    from desktop.gui.dialogs.case_editor import FORM_WIDTH

    runner = TaskRunner()
    editor = CaseEditor(Operations(runner, lambda: None), ())
    qtbot.addWidget(editor)
    editor.resize(1366, 740)
    editor.show()
    editor.tabs.setCurrentIndex(3)
    qtbot.waitExposed(editor)
    outcome = editor.outcome
    form = outcome.layout().itemAt(0).layout()
    for value in (outcome.result, outcome.deadline):
        caption = form.labelForField(value)
        assert abs(caption.geometry().center().y() - value.geometry().center().y()) <= 4
        assert value.x() == outcome.end_reason.x()  # in the fields' column, as the others
    assert outcome.width() <= FORM_WIDTH and outcome.end_reason.width() < FORM_WIDTH
    runner.shutdown()


def test_a_newest_first_list_shows_a_downward_arrow(qtbot):
    """The cases and notes lists open newest first: their header draws the arrow Qt's own
    header draws for smallest-first (▼), not the one it draws for largest-first (▲)."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHeaderView

    from desktop.gui.pages.cases_page import CasesPage
    from desktop.gui.pages.notes_page import NotesPage
    from desktop.gui.widgets.tables import SortHeader

    model = QStandardItemModel(3, 2)

    def drawn(header, order) -> object:
        qtbot.addWidget(header)
        header.setModel(model)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, order)
        header.resize(240, 30)
        return header.grab().toImage()

    descending = Qt.SortOrder.DescendingOrder
    ours = drawn(SortHeader(), descending)
    assert ours == drawn(QHeaderView(Qt.Orientation.Horizontal), Qt.SortOrder.AscendingOrder)
    assert ours != drawn(QHeaderView(Qt.Orientation.Horizontal), descending)
    runner = TaskRunner()
    operations = Operations(runner, lambda: None)
    for page in (CasesPage(operations), NotesPage(operations, lambda: None)):
        qtbot.addWidget(page)
        header = page.table.horizontalHeader()
        assert isinstance(header, SortHeader) and header.sortIndicatorOrder() == descending
    runner.shutdown()
