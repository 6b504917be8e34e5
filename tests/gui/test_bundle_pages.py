"""The team's "Send to police" page and the police unit's inbox, grid, registry and escalated list."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.access.unlock import sign_in
from desktop.core.bundles import keys
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.paths import AppPaths
from desktop.gui.operations import Operations
from desktop.gui.pages.exchange_page import ExchangePage
from desktop.gui.pages.inbox_page import InboxPage
from desktop.gui.tasks import TaskRunner
from tests.conftest import ADMIN_PASSWORD

ESCALATED = {"received_date": "2026-10-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
             "risk_of_violence": True, "violence_reported_at": "2026-10-05T09:00:00",
             "violence_reported_to": "Chủ tịch UBND phường",
             "parties": [{"full_name": "Trịnh Văn Gắt"}]}


def test_a_team_exports_to_a_stick_and_writes_it_again(qtbot, team_and_unit, tmp_path,
                                                       monkeypatch, no_blocking_message_boxes):
    team, _ = team_and_unit
    runner = TaskRunner()
    page = ExchangePage(Operations(runner, lambda: team))
    qtbot.addWidget(page)
    page.load(team)
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    assert "Công an phường Ba Đình" in page.police.text()
    sticks = iter([tmp_path / "stick1", tmp_path / "stick2"])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(next(sticks)))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=10_000)
    written = list((tmp_path / "stick1").glob("*.tqb"))
    assert len(written) == 1 and no_blocking_message_boxes[-1][0] == "information"
    page.history.selectRow(0)
    page.again_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "stick2" / written[0].name).exists(), timeout=10_000)
    assert (tmp_path / "stick2" / written[0].name).read_bytes() == written[0].read_bytes()
    runner.shutdown()


def test_the_inbox_imports_a_folder_with_progress_and_fills_the_views(
        qtbot, team_and_unit, tmp_path, monkeypatch):
    from desktop.core.bundles.export import export_bundle
    from desktop.core.monthly_report.periods import Month

    team, police = team_and_unit
    for month in (Month(2026, 10), Month(2026, 11)):
        with team.unit_of_work() as uow:
            export_bundle(uow, month=month, out_dir=tmp_path / "stick")
    (tmp_path / "stick" / "broken.tqb").write_bytes(b"not a bundle")
    runner = TaskRunner()
    page = InboxPage(Operations(runner, lambda: police))
    qtbot.addWidget(page)
    page.load(police)
    page.import_paths([tmp_path / "stick"])
    qtbot.waitUntil(lambda: page.results.rowCount() == 3 and not runner.busy, timeout=20_000)
    assert page.progress.value() == page.progress.maximum() == 3
    outcomes = sorted(page.results.item(row, 1).text() for row in range(3))
    assert outcomes.count(page._status_text("imported")) == 2
    assert page._status_text("rejected") in outcomes
    qtbot.waitUntil(lambda: page.grid_tab.grid.rowCount() == 1)
    assert page.grid_tab.grid.columnCount() == 12
    qtbot.waitUntil(lambda: page.teams_tab.table.rowCount() == 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "receipt.json"), ""))
    page.teams_tab.table.selectRow(0)
    page.teams_tab.receipt_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "receipt.json").exists(), timeout=10_000)
    page.escalated_tab.show_button.click()
    qtbot.waitUntil(lambda: page.escalated_tab.table.rowCount() == 1, timeout=10_000)
    assert page.escalated_tab.table.item(0, 5).text() == "Trịnh Văn Gắt"
    runner.shutdown()


def test_a_card_is_enrolled_only_after_the_fingerprint_is_confirmed(qtbot, team_and_unit,
                                                                    tmp_path, monkeypatch):
    _, police = team_and_unit
    other = tmp_path / "other"
    initialise(AppPaths(other), SetupRequest(mode="team", name="Tổ tự quản số 3",
                                             commune_code="00004", admin_username="an",
                                             admin_password=ADMIN_PASSWORD, hamlets=("Thôn Tây",)))
    workspace = sign_in(AppPaths(other), "an", ADMIN_PASSWORD)
    with workspace.unit_of_work() as uow:
        Path(tmp_path / "other.card").write_bytes(keys.own_card(uow).to_bytes())
    workspace.close()
    runner = TaskRunner()
    page = InboxPage(Operations(runner, lambda: police))
    qtbot.addWidget(page)
    page.load(police)
    qtbot.waitUntil(lambda: page.teams_tab.table.rowCount() == 1)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "other.card"), ""))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    page.teams_tab.cards.enrol_button.click()
    qtbot.wait(300)
    runner.wait_idle()
    assert page.teams_tab.table.rowCount() == 1  # "No": nothing trusted
    page.teams_tab.cards.enrol_button.click()
    qtbot.waitUntil(lambda: page.teams_tab.table.rowCount() == 2, timeout=10_000)
    runner.shutdown()
