"""The window's smoke path that `make dist-test` reads: the report printed to a PDF file through
QtPrintSupport, and the guide's screenshots found and decoded."""

from PySide6.QtWidgets import QWidget

from desktop.gui.application import SMOKE_PRINT_ENV, _smoke_icon_and_guide, _smoke_print_to_file
from tests.gui.test_printing import PAGES, a_pdf, loaded


def test_the_smoke_path_prints_the_document_to_the_file_named(qtbot, tmp_path, monkeypatch):
    holder = QWidget()
    qtbot.addWidget(holder)
    document = loaded(a_pdf(), holder)
    monkeypatch.delenv(SMOKE_PRINT_ENV, raising=False)
    assert _smoke_print_to_file(document) == 0
    monkeypatch.setenv(SMOKE_PRINT_ENV, str(tmp_path / "printed.pdf"))
    assert _smoke_print_to_file(document) == PAGES
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_every_screenshot_the_guide_shows_is_read(qapp):
    icon, guide = _smoke_icon_and_guide(qapp)
    assert icon.startswith("window icon drawn: ")
    shown, total = guide.removeprefix("guide screenshots shown: ").split(" of ")
    assert shown == total and int(total) > 0
