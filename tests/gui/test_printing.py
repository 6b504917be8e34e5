"""Printing and zooming the documents: every preview offers Print beside Save, the printer
gets every page (or the range asked), and the pages zoom by the keyboard."""

import io

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.gui.dialogs.pdf_preview import PdfPreview
from desktop.gui.operations import Operations
from desktop.gui.printing import print_pages
from desktop.gui.tasks import TaskRunner
from tests.gui.test_keyboard_flows import activate

PAGES = 3


def a_pdf(pages: int = PAGES) -> bytes:
    """A small A4 document in Vietnamese, one number per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4)
    for page in range(1, pages + 1):
        sheet.setFont("Helvetica", 48)
        sheet.drawString(100, 700, f"Trang {page}")
        sheet.rect(50, 50, 495, 742, fill=0)
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def loaded(pdf: bytes, parent) -> QPdfDocument:
    document = QPdfDocument(parent)
    parent._bytes = QByteArray(pdf)  # kept while the document reads it
    buffer = QBuffer(parent._bytes, parent)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def preview(qtbot):
    preview = PdfPreview("Văn bản hòa giải thành", a_pdf(), "van-ban.pdf")
    qtbot.addWidget(preview)
    return preview


def test_print_writes_every_page(qtbot, preview, tmp_path):
    printed = tmp_path / "printed.pdf"
    assert print_pages(preview.document, pdf_printer(printed), dpi=72) == PAGES
    assert printed.is_file()
    out = loaded(printed.read_bytes(), preview)
    assert out.pageCount() == PAGES
    first = out.render(0, out.pagePointSize(0).toSize())  # drawn, not blank
    colours = {first.pixelColor(x, y).name() for x in range(0, first.width(), 7)
               for y in range(0, first.height(), 7)}
    assert QColor("black").name() in colours or len(colours) > 2


def test_print_keeps_to_the_pages_asked(qtbot, preview, tmp_path):
    printer = pdf_printer(tmp_path / "two.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pages(preview.document, printer, dpi=72) == 2
    assert loaded((tmp_path / "two.pdf").read_bytes(), preview).pageCount() == 2


def test_print_stands_beside_save_in_the_preview(qtbot, preview, monkeypatch):
    from desktop.gui.dialogs import pdf_preview

    box = preview.findChild(QDialogButtonBox)
    assert box.buttonRole(preview.print_button) == box.buttonRole(preview.save_button)
    buttons = [button for button in box.buttons() if button.isVisibleTo(preview)]
    assert abs(buttons.index(preview.print_button) - buttons.index(preview.save_button)) == 1
    asked = []
    monkeypatch.setattr(pdf_preview, "print_with_dialog",
                        lambda parent, document, title: asked.append((document, title)) or True)
    with qtbot.waitSignal(preview.printed):
        preview.print_button.click()
    assert asked == [(preview.document, "Văn bản hòa giải thành")]


def test_the_reports_page_prints_beside_save(qtbot):
    from desktop.gui.pages.reports_page import ReportsPage

    runner = TaskRunner()
    page = ReportsPage(Operations(runner, lambda: None))
    qtbot.addWidget(page)
    row = page.layout().itemAt(0).layout()
    widgets = [row.itemAt(index).widget() for index in range(row.count())]
    assert widgets.index(page.print_button) == widgets.index(page.save_button) + 1
    assert page.pages.view is page.view  # its preview zooms as the others do
    runner.shutdown()


def test_printing_the_log_book_is_recorded_like_saving_it(qtbot, team_db, tmp_path, monkeypatch):
    from sqlalchemy import select

    from db.models import AuditEvent
    from desktop.core.data_folder.workspace import make_workspace
    from desktop.core.paths import AppPaths
    from desktop.gui.case_windows import CaseWindows
    from desktop.gui.dialogs import pdf_preview
    from tests.conftest import TEST_KEY

    workspace = make_workspace(AppPaths(tmp_path), team_db.engine, TEST_KEY,
                               team_db.actors["leader"], "team")
    runner = TaskRunner()
    windows = CaseWindows(Operations(runner, lambda: workspace), None)
    windows.preview_logbook(2026)
    qtbot.waitUntil(lambda: bool(windows.previews), timeout=10_000)
    preview = windows.previews[-1]
    assert preview.print_button.isVisibleTo(preview) and preview.save_button.isVisibleTo(preview)
    monkeypatch.setattr(pdf_preview, "print_with_dialog", lambda *args: True)
    preview.print_button.click()
    runner.wait_idle()

    def recorded() -> list[str]:
        with workspace.unit_of_work() as uow:
            return list(uow.session.scalars(select(AuditEvent.action)))

    qtbot.waitUntil(lambda: "logbook_exported" in recorded(), timeout=10_000)
    preview.close()
    runner.shutdown()
    workspace._closed = True  # the engine belongs to the team_db fixture


def test_the_pages_zoom_in_and_out_and_fit_the_width_again(qtbot, preview):
    preview.resize(900, 700)
    activate(qtbot, preview)
    view, pages = preview.view, preview.pages
    fitted = pages.shown_zoom()
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert view.horizontalScrollBar().maximum() == 0
    QTest.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom and view.zoomFactor() > fitted * 1.2
    assert view.horizontalScrollBar().maximum() > 0  # the page is now wider than the window
    QTest.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() < fitted
    QTest.keyClick(preview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    pages.zoom_in_button.click()
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
