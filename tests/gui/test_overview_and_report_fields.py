"""The overview shows what the team register lacks; the reports page prints the number and the
recipient typed in, and sets after how many days an open case is prolonged."""

import pytest

from desktop.core.data_folder.workspace import make_workspace
from desktop.core.mediation import team_register
from desktop.core.paths import AppPaths
from desktop.gui.labels import label
from desktop.gui.operations import Operations
from desktop.gui.pages.dashboard_page import DashboardPage
from desktop.gui.tasks import TaskRunner
from tests.conftest import TEST_KEY
from tests.db.test_case_documents import pdf_text


@pytest.fixture
def operations(team_db, tmp_path):
    workspace = make_workspace(AppPaths(tmp_path), team_db.engine, TEST_KEY,
                               team_db.actors["leader"], "team")
    runner = TaskRunner()
    yield Operations(runner, lambda: workspace)
    runner.shutdown()
    workspace.close()


def test_the_overview_warns_of_a_register_without_a_team_leader(qtbot, team_db, operations):
    page = DashboardPage(operations)
    qtbot.addWidget(page)
    page.load()
    qtbot.waitUntil(lambda: label("NO_LEADER") in page.register_warnings.text(), timeout=10_000)
    assert label("FEWER_THAN_THREE_MEDIATORS") in page.register_warnings.text()
    for name, position, gender in (("Nguyễn Thị Lan", "leader", "female"),
                                   ("Lê Văn Tám", "mediator", "male"),
                                   ("Phạm Văn Bình", "mediator", "male")):
        with team_db.uow() as uow:
            team_register.add_member(uow, full_name=name, position=position, gender=gender)
    page.load()
    qtbot.waitUntil(lambda: page.register_warnings.text() == "", timeout=10_000)


def test_the_report_carries_its_number_and_recipient(qtbot, team_db, operations):
    from PySide6.QtCore import QDate

    from desktop.core.monthly_report.periods import Month
    from desktop.core.monthly_report.report import build_report
    from desktop.gui.pages.reports_page import ReportsPage

    page = ReportsPage(operations)
    qtbot.addWidget(page)
    page.month_from.setDate(QDate(2026, 3, 1))
    page.number.setText("07")
    page.recipient.setText("Ủy ban nhân dân phường Ba Đình")
    page.refresh()
    qtbot.waitUntil(lambda: page.document.pageCount() > 0, timeout=10_000)
    text = " ".join(pdf_text(page._pdf).split())
    assert "Số: 07/BC-…" in text and "Kính gửi: Ủy ban nhân dân phường Ba Đình" in text
    page.prolonged_after.setValue(45)
    page.save_prolonged_after.click()

    def prolonged_after() -> int | None:
        with team_db.uow() as uow:
            return build_report(uow, first=Month(2026, 3), last=Month(2026, 3)).prolonged_after_days

    qtbot.waitUntil(lambda: prolonged_after() == 45, timeout=10_000)
    qtbot.waitUntil(lambda: "quá 45 ngày" in " ".join(pdf_text(page._pdf).split()),
                    timeout=10_000)
