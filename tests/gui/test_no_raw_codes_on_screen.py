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
    return [text for text in texts
            if CODE.search(text) or ISO_DATE.search(text) or text.strip() in STORED_CODES]


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
