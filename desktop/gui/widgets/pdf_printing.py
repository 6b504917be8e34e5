"""Printing a PDF held in memory: each page drawn by QtPdf, nothing written to the disk."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Pages are drawn as images: 300 dpi prints text sharply, while a printer's own resolution
# (1200 dpi for a PDF printer) would need half a gigabyte per A4 page.
RENDER_DPI = 300
POINTS_PER_INCH = 72


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Print every page of `pdf` on `printer`, each fitted to the printable area; return the
    number of pages printed."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter(printer)
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            image = document.render(index, QSize(round(size.width() * RENDER_DPI / POINTS_PER_INCH),
                                                 round(size.height() * RENDER_DPI / POINTS_PER_INCH)))
            painter.drawImage(_fitted(painter.viewport(), image.size()), image)
    finally:
        painter.end()
    return document.pageCount()


def _fitted(area: QRect, size: QSize) -> QRect:
    """The largest rectangle of `size`'s proportions inside `area`, at its top centre."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(area.x() + (area.width() - scaled.width()) // 2, area.y(), scaled.width(),
                 scaled.height())

