"""Printing a PDF held in memory: the print dialog, then each page drawn onto the printer."""

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

# Each page goes to the printer as a picture of at most this many dots per inch: sharp on
# paper, and an A4 page takes 35 MB of memory while it is drawn, not the 550 MB it would at a
# PDF printer's 1,200.
PRINT_DPI = 300


def print_pages(document: QPdfDocument, printer: QPrinter, dpi: int = PRINT_DPI) -> int:
    """Draw the document's pages (those of the printer's page range) onto `printer`, each as
    large as the printable area allows; the number of pages drawn."""
    pages = _pages_asked(printer, document.pageCount())
    painter = QPainter()
    if not pages or not painter.begin(printer):
        return 0
    try:
        for done, page in enumerate(pages):
            if done:
                printer.newPage()
            _draw_page(painter, document, page, min(1.0, dpi / printer.resolution()))
    finally:
        painter.end()
    return len(pages)


def _pages_asked(printer: QPrinter, count: int) -> range:
    """Page indexes (from 0): all, or the "from … to …" chosen in the print dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return range(printer.fromPage() - 1, min(printer.toPage() or count, count))
    return range(count)


def _draw_page(painter: QPainter, document: QPdfDocument, page: int, image_scale: float) -> None:
    """One page, centred on the printable area and scaled to fit it, its shape kept."""
    area = painter.viewport()
    points = document.pagePointSize(page)
    scale = min(area.width() / points.width(), area.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
    image = document.render(page, QSize(round(width * image_scale), round(height * image_scale)),
                            fillColor=Qt.GlobalColor.white)
    painter.drawImage(target, image)


def print_with_dialog(parent: QWidget, document: QPdfDocument, title: str) -> bool:
    """Ask for the printer, the pages and the copies, then print; whether anything was printed."""
    if document.pageCount() == 0:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    first = document.pagePointSize(0)
    if first.width() > first.height():  # a landscape document (the log book) prints so
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print %1").replace("%1", title))
    # A "print to file" would write the personal data unencrypted, past the warning that
    # "Save as…" gives.
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setMinMax(1, document.pageCount())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return print_pages(document, printer) > 0
    finally:
        QGuiApplication.restoreOverrideCursor()


def print_pdf_with_dialog(parent: QWidget, pdf: bytes, title: str) -> bool:
    """`print_with_dialog` for a document held only as bytes (the recovery sheet): it is read
    from memory, never written to a file."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return print_with_dialog(parent, document, title)
