"""The notes page, the note editor's "report now" prompt, the privacy page, role-based screens."""

import pytest

from desktop.core.data_folder.workspace import make_workspace
from desktop.core.notes import notes
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.gui.dialogs.note_editor import NoteEditor
from desktop.gui.main_window import MainWindow
from desktop.gui.operations import Operations
from desktop.gui.pages.notes_page import NotesPage
from desktop.gui.pages.privacy_page import PrivacyPage
from desktop.gui.tasks import TaskRunner
from tests.conftest import TEST_KEY
from tests.gui.conftest import type_text


@pytest.fixture
def workspace_for(team_db, tmp_path):
    made = []

    def make(who: str):
        space = make_workspace(AppPaths(tmp_path), team_db.engine, TEST_KEY, team_db.actors[who],
                               "team")
        made.append(space)
        return space

    yield make
    for space in made:
        space._closed = True  # the engine belongs to the team_db fixture


def test_a_violation_note_asks_for_the_police_report_first(qtbot, workspace_for,
                                                           no_blocking_message_boxes):
    workspace, runner = workspace_for("security"), TaskRunner()
    editor = NoteEditor(Operations(runner, lambda: workspace), police_phone="0243 123 456")
    qtbot.addWidget(editor)
    editor.category.setCurrentIndex(editor.category.findData("DRUGS"))
    type_text(editor.summary, "Nhóm lạ tụ tập, nghi sử dụng ma túy")
    editor.save()
    kind, message = no_blocking_message_boxes[-1]
    assert kind == "warning" and "0243 123 456" in message
    assert editor.note is None  # nothing saved until the report is recorded
    editor.reported.setChecked(True)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    assert saved.args[0].status == "REPORTED"
    runner.shutdown()


def test_notes_page_lists_and_searches(qtbot, workspace_for):
    workspace, runner = workspace_for("security"), TaskRunner()
    with workspace.unit_of_work() as uow:
        notes.create_note(uow, values=notes.note_input_from_json({
            "category": "TRAFFIC_SAFETY", "observed_at": "2026-11-20T07:00:00",
            "summary": "Đèn tín hiệu ở ngã ba Đông Hòa bị hỏng"}))
    page = NotesPage(Operations(runner, lambda: workspace), lambda: Settings())
    qtbot.addWidget(page)
    page.load(workspace)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    type_text(page.search, "dong hoa")
    qtbot.waitUntil(lambda: page.model.query.search == "dong hoa")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    type_text(page.search, " khong co")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    runner.shutdown()


def test_privacy_page_shows_the_retention_rules(qtbot, workspace_for):
    workspace, runner = workspace_for("leader"), TaskRunner()
    page = PrivacyPage(Operations(runner, lambda: workspace))
    qtbot.addWidget(page)
    page.load()
    qtbot.waitUntil(lambda: page.case_months.value() == 60)
    assert page.note_months.value() == 12
    runner.shutdown()


@pytest.mark.parametrize(("who", "visible"), [
    ("leader", {1, 2, 3, 4}), ("mediator", {1, 4}), ("security", {2, 4}), ("viewer", {4})])
def test_each_role_sees_only_its_screens(qtbot, workspace_for, who, visible):
    workspace, runner = workspace_for(who), TaskRunner()
    window = MainWindow(Operations(runner, lambda: workspace), Settings())
    qtbot.addWidget(window)
    window.load(workspace)
    shown = {row for row in (1, 2, 3, 4) if not window.navigation.item(row).isHidden()}
    assert shown == visible
    qtbot.wait(200)
    runner.shutdown()


def test_notes_model_is_lazy_and_passes_the_model_tester(qtbot, qtmodeltester, workspace_for):
    from desktop.gui.table_models.note_table_model import NoteTableModel

    workspace, runner = workspace_for("security"), TaskRunner()
    for day in range(1, 13):
        with workspace.unit_of_work() as uow:
            notes.create_note(uow, values=notes.note_input_from_json({
                "category": "OTHER", "observed_at": f"2026-10-{day:02d}T08:00:00",
                "summary": f"Ghi chép số {day}"}))
    model = NoteTableModel(Operations(runner, lambda: workspace))
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    assert model.rowCount() == 12 and model.cached_rows == 0  # ids only until a row is shown
    assert model.row_at(0) is None
    qtbot.waitUntil(lambda: model.row_at(0) is not None)
    assert model.row_at(0).summary == "Ghi chép số 12"
    qtmodeltester.check(model)
    runner.shutdown()


def test_reports_page_shows_the_report_and_saves_figures(qtbot, workspace_for, monkeypatch,
                                                         no_blocking_message_boxes):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.monthly_report import figures
    from desktop.core.monthly_report.periods import Month
    from desktop.gui.pages.reports_page import ReportsPage

    workspace, runner = workspace_for("leader"), TaskRunner()
    page = ReportsPage(Operations(runner, lambda: workspace))
    qtbot.addWidget(page)
    page.month_from.setDate(QDate(2026, 3, 1))
    page.refresh()
    qtbot.waitUntil(lambda: page.document.pageCount() > 0, timeout=10_000)
    page.figures["patrols"].setValue(7)
    page.save_figures.click()

    def stored_patrols() -> int:
        with workspace.unit_of_work() as uow:
            return figures.figures_of_months(uow.session, [Month(2026, 3)])["2026-03"]["patrols"]

    qtbot.waitUntil(lambda: stored_patrols() == 7, timeout=10_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.close_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "đã khóa sổ" or bool(no_blocking_message_boxes),
                    timeout=10_000)
    assert no_blocking_message_boxes == []
    runner.shutdown()


def test_reports_page_builds_its_report_only_when_first_shown(qtbot, workspace_for):
    from desktop.gui.pages.reports_page import ReportsPage

    workspace, runner = workspace_for("leader"), TaskRunner()
    page = ReportsPage(Operations(runner, lambda: workspace))
    qtbot.addWidget(page)
    page.load(workspace)  # at sign-in the page is hidden: nothing is built yet
    runner.wait_idle()
    qtbot.wait(50)
    assert page.document.pageCount() <= 0
    page.show()
    qtbot.waitUntil(lambda: page.document.pageCount() > 0, timeout=10_000)
    runner.shutdown()


def test_privacy_page_asks_which_namesake_then_exports_or_anonymises_only_that_one(
        qtbot, team_db, workspace_for, monkeypatch, no_blocking_message_boxes):
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.privacy import subjects
    from tests.db.test_case_documents import pdf_text
    from tests.db.test_privacy import namesakes

    namesakes(team_db)  # Đặng Văn Đức born 1962 (two cases) and born 1995 (one case)
    workspace, runner = workspace_for("leader"), TaskRunner()
    page = PrivacyPage(Operations(runner, lambda: workspace))
    qtbot.addWidget(page)
    type_text(page.subject_name, "dang van duc")
    page.find_subject.click()
    qtbot.waitUntil(lambda: page.chooser is not None and page.chooser.isVisible(), timeout=10_000)
    chooser = page.chooser
    assert chooser.table.rowCount() == 2 and "2" in chooser.prompt.text()
    assert not chooser.export_button.isEnabled()  # nobody is chosen for the user
    years = [chooser.table.item(row, 1).text() for row in range(2)]
    chooser.table.selectRow(years.index("1995"))
    chooser.export_button.click()
    qtbot.waitUntil(lambda: page.subject_preview is not None, timeout=10_000)
    text = " ".join(pdf_text(page.subject_preview.pdf).split())
    assert "1995" in text and "HG-2026-0002" in text
    for other in ("1962", "Đông Hòa", "HG-2026-0001", "HG-2026-0003", "Vũ Thị Mận"):
        assert other not in text
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    chooser.table.selectRow(years.index("1962"))
    chooser.anonymise_button.click()
    qtbot.waitUntil(lambda: bool(no_blocking_message_boxes), timeout=10_000)
    with workspace.unit_of_work() as uow:
        assert [p.birth_year for p in subjects.find_subjects(uow, name="dang van duc")] == [1995]
    with workspace.unit_of_work() as uow:
        assert [p.entries for p in subjects.find_subjects(uow, name="ẩn danh")] == [2]
    assert not chooser.isVisible()
    page.subject_name.clear()
    type_text(page.subject_name, "Không Ai Cả")
    page.find_subject.click()
    qtbot.waitUntil(lambda: len(no_blocking_message_boxes) == 2, timeout=10_000)
    page.clear()
    assert page.subject_preview is None and page.chooser is None
    runner.shutdown()
