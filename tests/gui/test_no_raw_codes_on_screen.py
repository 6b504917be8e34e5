"""What a person reads is words and dd/MM/yyyy dates: no stored code (SIGNED_PAPER), no ISO date
("2026-12-07", "2026-11") and no file-name stamp ("20261207T033636") on any page of the window."""

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel, QWidget

from desktop.core.clock import local_now
from desktop.core.demo.team_data import generate_demo
from desktop.core.privacy import breaches, ledgers
from desktop.gui import labels
from tests.gui.test_unlock_and_lock import FakeClock, _signed_in_controller

CODE = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{8}T\d{4}")
FILE_NAME = re.compile(r"\.(tqb|card|json|pdf|tqbackup)$")
STORED_CODES = {code for code in labels._TEXTS if code.isupper() and len(code) > 3}


def _seed(workspace) -> None:
    with workspace.unit_of_work() as uow:
        generate_demo(uow, cases=40, seed=11, today=date(2026, 11, 20))
    for method in ledgers.METHODS:
        with workspace.unit_of_work() as uow:
            ledgers.record_consent(uow, subject_name="Trần Thị Hoa", purposes=["MEDIATION"],
                                   method=method, given_at=local_now())
    with workspace.unit_of_work() as uow:
        ledgers.open_request(uow, subject_name="Trần Thị Hoa", kind="ACCESS",
                             received_on=date(2026, 11, 20))
    with workspace.unit_of_work() as uow:
        breaches.record_breach(uow, detected_at=local_now(), description="Mất máy tính")


def _texts(root: QWidget) -> list[str]:
    """Every text the page can show, on any of its tabs: labels, buttons, lists and tables."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 60)):
                for column in range(model.columnCount()):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    found.append("" if value is None else str(value))
    return found


def _offending(texts: list[str]) -> list[str]:
    """A file's name is shown as it is on the stick (it may hold a month as 2026-11)."""
    return [text for text in texts if not FILE_NAME.search(text) and (
        CODE.search(text) or ISO_DATE.search(text) or text.strip() in STORED_CODES)]


def test_no_page_shows_a_stored_code_or_an_iso_date(qtbot, team_install):
    paths, _ = team_install
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    window = controller.window
    _seed(controller.workspace)
    for row in range(window.navigation.count()):
        if window.navigation.item(row).isHidden():
            continue
        window.navigation.setCurrentRow(row)
        page = window.pages.widget(row)
        as_loaded = getattr(window._page(row), "load", None)
        if as_loaded is not None:
            as_loaded(controller.workspace)
        qtbot.waitUntil(lambda: not controller.runner.busy, timeout=20_000)
        qtbot.wait(50)
        assert _offending(_texts(page)) == [], window.navigation.item(row).text()
    controller.lock()
    controller.shutdown()


def test_no_inbox_tab_at_the_police_shows_a_code_or_an_iso_date(qtbot, team_and_unit, tmp_path):
    from desktop.core.bundles.export import export_bundle
    from desktop.core.monthly_report.periods import Month
    from desktop.gui.operations import Operations
    from desktop.gui.pages.inbox_page import InboxPage
    from desktop.gui.tasks import TaskRunner

    team, police = team_and_unit
    with team.unit_of_work() as uow:
        export_bundle(uow, month=Month(2026, 11), out_dir=tmp_path / "stick")
    runner = TaskRunner()
    page = InboxPage(Operations(runner, lambda: police))
    qtbot.addWidget(page)
    page.load(police)
    page.import_paths([tmp_path / "stick"])
    qtbot.waitUntil(lambda: page.results.rowCount() == 1 and not runner.busy, timeout=20_000)
    page.escalated_tab.show_button.click()
    qtbot.waitUntil(lambda: page.escalated_tab.table.rowCount() == 1 and not runner.busy,
                    timeout=10_000)
    qtbot.waitUntil(lambda: page.teams_tab.table.rowCount() == 1)
    assert _offending(_texts(page)) == []
    runner.shutdown()
