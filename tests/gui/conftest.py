"""GUI fixtures: translations as users see them (Vietnamese), and a clean controller per test."""

import pytest

from desktop.gui.application import install_translator


@pytest.fixture(autouse=True, scope="session")
def vietnamese_ui(qapp):
    install_translator(qapp, "vi")


@pytest.fixture(autouse=True, scope="session")
def collect_garbage_on_the_gui_thread(qapp):
    """As the application does: a collection on the DB worker could destroy Qt objects there."""
    from desktop.gui.garbage_collector import GuiThreadGarbageCollector

    collector = GuiThreadGarbageCollector(qapp)
    yield collector
    collector.stop()


def type_text(widget, text: str) -> None:
    """Type any Unicode text as key events (QTest's keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                              character)
            QApplication.sendEvent(widget, event)


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    """A modal message box would wait forever offscreen: record them instead."""
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def record(kind, answer):
        def box(*args, **kwargs):
            shown.append((kind, args[2] if len(args) > 2 else ""))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information",
                        record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    return shown


ESCALATED = {"received_date": "2026-10-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
             "signs_of_violation": True, "violation_reported_at": "2026-10-05T09:00:00",
             "violation_reported_to": "Công an phường Ba Đình",
             "parties": [{"full_name": "Trịnh Văn Gắt"}]}


@pytest.fixture
def team_and_unit(team_install, tmp_path):
    """A team (one escalated case) and its police unit, cards exchanged both ways."""
    from desktop.core.access.unlock import sign_in
    from desktop.core.bundles import keys
    from desktop.core.installation.create import SetupRequest, initialise
    from desktop.core.mediation import cases
    from desktop.core.mediation.inputs import case_input_from_json
    from desktop.core.paths import AppPaths
    from tests.conftest import ADMIN_PASSWORD

    initialise(AppPaths(tmp_path / "police"), SetupRequest(
        mode="receiver", name="Công an phường Ba Đình", commune_code="00004",
        admin_username="an", admin_password=ADMIN_PASSWORD))
    team = sign_in(team_install[0], "lan", ADMIN_PASSWORD)
    police = sign_in(AppPaths(tmp_path / "police"), "an", ADMIN_PASSWORD)
    for a, b in ((team, police), (police, team)):
        with a.unit_of_work() as uow:
            card = keys.own_card(uow)
        with b.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)
    with team.unit_of_work() as uow:
        cases.create_case(uow, data=case_input_from_json(ESCALATED))
    yield team, police
    team.close()
    police.close()


@pytest.fixture
def team_and_commune(team_and_unit, tmp_path):
    """The same team, its police unit, and its commune People's Committee, cards exchanged."""
    from desktop.core.access.unlock import sign_in
    from desktop.core.bundles import keys
    from desktop.core.installation.create import SetupRequest, initialise
    from desktop.core.paths import AppPaths
    from tests.conftest import ADMIN_PASSWORD

    team, police = team_and_unit
    initialise(AppPaths(tmp_path / "commune"), SetupRequest(
        mode="receiver", name="UBND phường Ba Đình", commune_code="00004", admin_username="an",
        admin_password=ADMIN_PASSWORD, receiver_kind="commune"))
    commune = sign_in(AppPaths(tmp_path / "commune"), "an", ADMIN_PASSWORD)
    for a, b in ((team, commune), (commune, team)):
        with a.unit_of_work() as uow:
            card = keys.own_card(uow)
        with b.unit_of_work() as uow:
            keys.enrol_card(uow, card=card)
    yield team, police, commune
    commune.close()
