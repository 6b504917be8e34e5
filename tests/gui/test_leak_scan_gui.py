"""Leak scan of a window session (issue 7): cases and notes with canary names, the case list and
search, an open case, the log book and report previews, an export to a stick, a lock — then no
canary in any file under the data folder (logs included), the temporary folder, the Qt config,
cache and data folders, or on the stick."""

import logging
import tempfile
import unicodedata

from PySide6.QtWidgets import QFileDialog

from desktop.core.logs import configure_logging
from desktop.core.mediation import cases
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.notes import notes
from desktop.core.text import fold_for_search
from tests.gui.test_unlock_and_lock import FakeClock, _signed_in_controller

CANARIES = ("Lạc Canary Đoàn", "Ngõ Canary Bí Ẩn", "Canary lời khai riêng")


def needles(text: str) -> list[bytes]:
    forms = {unicodedata.normalize(f, text) for f in ("NFC", "NFD")} | {fold_for_search(text)}
    return [form.encode(encoding) for form in forms for encoding in ("utf-8", "utf-16-le")]


def test_a_window_session_leaves_no_canary_in_any_file(qtbot, team_and_unit, tmp_path,
                                                       monkeypatch):
    team, _police = team_and_unit
    paths = team.paths
    team.close()
    scratch = {name: tmp_path / name for name in ("tmp", "config", "cache", "share", "stick")}
    for folder in scratch.values():
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch["tmp"]))
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                           ("XDG_DATA_HOME", "share")):
        monkeypatch.setenv(variable, str(scratch[name]))
    handler = configure_logging(paths)
    controller = _signed_in_controller(qtbot, paths, FakeClock())
    workspace, window = controller.workspace, controller.window
    with workspace.unit_of_work() as uow:
        case = cases.create_case(uow, data=case_input_from_json({
            "received_date": "2026-10-03", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
            "main_content": CANARIES[2],
            "parties": [{"full_name": CANARIES[0], "address": CANARIES[1]}]}))
    with workspace.unit_of_work() as uow:
        notes.create_note(uow, values=notes.note_input_from_json({
            "category": "TRAFFIC_SAFETY", "observed_at": "2026-10-04T08:00:00",
            "summary": f"Gặp {CANARIES[0]} ở {CANARIES[1]}"}))
    window.navigation.setCurrentRow(1)
    window.cases_page.search.setText("canary")
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() >= 1, timeout=10_000)
    window.case_windows.open_case(case.id)
    window.case_windows.preview_logbook(2026)
    window.navigation.setCurrentRow(2)
    window.notes_page.apply_filters()
    window.navigation.setCurrentRow(4)
    window.reports_page.refresh()
    qtbot.waitUntil(lambda: window.reports_page.document.pageCount() > 0, timeout=20_000)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(scratch["stick"]))
    window.navigation.setCurrentRow(5)
    window.exchange_page.refresh()
    qtbot.waitUntil(lambda: window.exchange_page.export_button.isEnabled(), timeout=10_000)
    window.exchange_page.export_button.click()
    qtbot.waitUntil(lambda: any(scratch["stick"].glob("*.tqb")), timeout=20_000)
    controller.lock()
    controller.shutdown()
    logging.getLogger().removeHandler(handler)
    handler.close()
    files = [p for folder in (paths.data_dir, *scratch.values()) for p in folder.rglob("*")
             if p.is_file()]
    assert any(p.suffix == ".tqb" for p in files) and any(p.suffix == ".log" for p in files)
    for canary in CANARIES:
        for needle in needles(canary):
            for path in files:
                assert needle not in path.read_bytes(), f"{canary!r} found in {path}"
