"""The police side in the window (issue 23): cards named after their owner, each note kind by
its own label at the desk, what each bundle covers on both sides, a question before a month is
sent again, fingerprints in groups in the lists, and a word after a receipt or figures are saved."""

import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db import clock
from desktop.core.bundles import keys
from desktop.core.bundles.export import export_bundle
from desktop.core.monthly_report.periods import Month
from desktop.core.notes import notes, rules
from desktop.core.text import format_date_time as time_text
from desktop.gui.labels import label
from desktop.gui.operations import Operations
from desktop.gui.pages.exchange_page import ExchangePage
from desktop.gui.pages.inbox_page import InboxPage
from desktop.gui.tasks import TaskRunner

GROUPED = re.compile(r"^[0-9A-F]{4}( [0-9A-F]{4}){4}$")
MADE = datetime(2026, 12, 7, 10, 42)
NOTE = {"hamlet": "", "place": "Ngõ 5", "observed_at": "2026-11-20T21:15:00",
        "reported_to_police_at": "2026-11-20T21:20:00", "report_channel": "PHONE"}


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def page_of(qtbot, page_class, runner, workspace):
    page = page_class(Operations(runner, lambda: workspace))
    qtbot.addWidget(page)
    page.load(workspace)
    return page


def save_dialog(monkeypatch, target: Path) -> list[str]:
    """The save dialog answers `target`; returns the names it was offered."""
    offered: list[str] = []

    def answer(*args, **_kwargs):
        offered.append(args[2])
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_each_card_is_offered_under_its_owners_name(qtbot, team_and_unit, tmp_path, monkeypatch,
                                                    runner):
    team, police = team_and_unit
    exchange = page_of(qtbot, ExchangePage, runner, team)
    qtbot.waitUntil(lambda: exchange.cards.own_card.text() != "")
    offered = save_dialog(monkeypatch, tmp_path / "team.card")
    exchange.cards.save_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "team.card").exists(), timeout=10_000)
    inbox = page_of(qtbot, InboxPage, runner, police)
    offered_at_desk = save_dialog(monkeypatch, tmp_path / "police.card")
    inbox.teams_tab.cards.save_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "police.card").exists(), timeout=10_000)
    assert offered + offered_at_desk == ["00004-to-hoa-giai-thon-dong-hoa.card",
                                         "00004-congan.card"]
    card = keys.read_card_file(tmp_path / "team.card")
    assert card.fingerprint in exchange.cards.own_card.text()  # on the page, not only in a popup


def add_reported_notes(team) -> None:
    for kind, category in (("OBSERVATION", "PUBLIC_ORDER"), ("TIP", "DRUGS")):
        with team.unit_of_work() as uow:
            notes.create_note(uow, values=notes.note_input_from_json(
                NOTE | {"kind": kind, "category": category, "summary": f"Ghi chép {kind}"}))


def test_every_note_kind_has_a_label_of_its_own():
    labels = [label(kind.value) for kind in rules.Kind]
    assert len(set(labels)) == len(labels) and not set(labels) & {k.value for k in rules.Kind}


def test_the_desk_lists_each_note_by_its_kind_and_says_what_each_bundle_holds(
        qtbot, team_and_unit, tmp_path, runner):
    team, police = team_and_unit
    add_reported_notes(team)
    with clock.moved_to(MADE, ticking=False), team.unit_of_work() as uow:
        export_bundle(uow, month=Month(2026, 11), out_dir=tmp_path / "stick")
    page = page_of(qtbot, InboxPage, runner, police)
    page.import_paths([tmp_path / "stick"])
    qtbot.waitUntil(lambda: page.results.rowCount() == 1 and not runner.busy, timeout=20_000)
    holds = page.results.item(0, 4).text()
    assert "11/2026" in holds and time_text(MADE) == "07/12/2026 10:42" and time_text(MADE) in holds
    page.escalated_tab.show_button.click()
    table = page.escalated_tab.table
    qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=10_000)
    kinds = {table.item(row, 6).text(): table.item(row, 2).text() for row in range(3)}
    assert kinds["Ghi chép OBSERVATION"] == label("OBSERVATION") != label("TIP")
    assert kinds["Ghi chép TIP"] == label("TIP")


def test_a_month_sent_before_is_sent_again_only_when_asked(qtbot, team_and_unit, tmp_path,
                                                           monkeypatch, runner):
    team, _police = team_and_unit
    page = page_of(qtbot, ExchangePage, runner, team)
    page.month.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(page.export_button.isEnabled)
    folders: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: folders.append("asked") or str(tmp_path / "stick"))
    questions: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: questions.append(a[2]) or next(answers))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=10_000)
    assert questions == [] and page.history.item(0, 2).text() == "11/2026"
    made = page._entries[0].changes_up_to
    assert page.history.item(0, 3).text() == time_text(made)
    page.export_button.click()  # "No": nothing made, no folder asked for
    qtbot.waitUntil(lambda: len(questions) == 1, timeout=10_000)
    runner.wait_idle()
    assert page.history.rowCount() == 1 and folders == ["asked"]
    assert "11/2026" in questions[0] and time_text(made) in questions[0]
    page.export_button.click()  # "Yes": bundle 2
    qtbot.waitUntil(lambda: page.history.rowCount() == 2, timeout=10_000)
    assert [e.seq for e in page._entries] == [2, 1] and len(questions) == 2


def test_the_teams_list_shows_names_and_grouped_fingerprints_and_confirms_a_receipt(
        qtbot, team_and_unit, tmp_path, monkeypatch, runner, no_blocking_message_boxes):
    _team, police = team_and_unit
    page = page_of(qtbot, InboxPage, runner, police)
    table = page.teams_tab.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    [team_card] = page.teams_tab._teams
    shown = [table.item(0, column).text() for column in range(table.columnCount())]
    assert shown[0] == "Tổ hòa giải thôn Đông Hòa" and "00004" in shown[1]
    assert GROUPED.match(shown[2]) and team_card.signer_key_id not in " ".join(shown)
    offered = save_dialog(monkeypatch, tmp_path / "receipt.json")
    table.selectRow(0)
    page.teams_tab.receipt_button.click()
    qtbot.waitUntil(lambda: str(tmp_path / "receipt.json") in page.teams_tab.status.text(),
                    timeout=10_000)
    assert (tmp_path / "receipt.json").exists()
    assert offered == ["bien-nhan-00004-to-hoa-giai-thon-dong-hoa.json"]
    assert no_blocking_message_boxes[-1][0] == "information"
    assert str(tmp_path / "receipt.json") in no_blocking_message_boxes[-1][1]


def test_saved_figures_are_confirmed(qtbot, team_and_unit, runner):
    from desktop.gui.pages.reports_page import ReportsPage

    team, _police = team_and_unit
    page = ReportsPage(Operations(runner, lambda: team))
    qtbot.addWidget(page)
    page.month_from.setDate(QDate(2026, 11, 1))
    page.figures["patrols"].setValue(4)
    page.save_figures.click()
    qtbot.waitUntil(lambda: "11/2026" in page.figures_saved.text(), timeout=10_000)
    runner.wait_idle()
