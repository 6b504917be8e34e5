"""The team's "Send reports" page and the desks' inbox, grid, registry, escalated list and the
commune's statistics."""

from pathlib import Path

from PySide6.QtCore import QDate
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
             "signs_of_violation": True, "violation_reported_at": "2026-10-05T09:00:00",
             "violation_reported_to": "Công an phường Ba Đình",
             "parties": [{"full_name": "Trịnh Văn Gắt"}]}


def test_a_team_exports_to_a_stick_and_writes_it_again(qtbot, team_and_commune, tmp_path,
                                                       monkeypatch, no_blocking_message_boxes):
    team, _police, _commune = team_and_commune
    runner = TaskRunner()
    page = ExchangePage(Operations(runner, lambda: team))
    qtbot.addWidget(page)
    page.load(team)
    qtbot.waitUntil(lambda: page.export_button.isEnabled() and page.desks.rowCount() == 2)
    cards = [page.desks.item(row, 2).text() for row in range(2)]
    assert "Công an phường Ba Đình" in cards[0] and "UBND phường Ba Đình" in cards[1]
    sticks = iter([tmp_path / "stick1", tmp_path / "stick2"])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(next(sticks)))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.history.rowCount() == 2, timeout=10_000)
    written = sorted((tmp_path / "stick1").glob("*.tqb"))
    assert sorted(path.name.split("-")[3] for path in written) == ["congan", "ubnd"]
    assert no_blocking_message_boxes[-1][0] == "information"
    page.history.selectRow(0)
    page.again_button.click()
    again = page._entries[0].file_name
    qtbot.waitUntil(lambda: (tmp_path / "stick2" / again).exists(), timeout=10_000)
    assert (tmp_path / "stick2" / again).read_bytes() == (tmp_path / "stick1" / again).read_bytes()
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


def test_the_commune_counts_the_justice_statistics_and_previews_the_report(
        qtbot, team_and_commune, tmp_path, monkeypatch):
    from desktop.core.bundles.export import export_bundle
    from desktop.core.monthly_report.periods import Month
    from desktop.gui.dialogs.pdf_preview import PdfPreview

    team, _police, commune = team_and_commune
    with team.unit_of_work() as uow:
        export_bundle(uow, month=Month(2026, 10), out_dir=tmp_path / "stick", to="commune")
    runner = TaskRunner()
    page = InboxPage(Operations(runner, lambda: commune))
    qtbot.addWidget(page)
    page.load(commune)
    page.import_paths([tmp_path / "stick"])
    qtbot.waitUntil(lambda: page.justice_tab is not None and not runner.busy, timeout=20_000)
    assert page.tabs.count() == 6
    tab = page.justice_tab
    tab.kind.setCurrentIndex(tab.kind.findData("months"))
    tab.first_month.setDate(QDate(2026, 10, 1))
    tab.last_month.setDate(QDate(2026, 10, 1))
    tab.count_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=10_000)
    assert tab.table.item(0, 1).text() == "1"  # one team
    shown = []
    monkeypatch.setattr(PdfPreview, "exec", lambda dialog: shown.append(dialog.pdf))
    tab.preview_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith(b"%PDF")
    runner.shutdown()
