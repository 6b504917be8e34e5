"""Shows a PDF from memory (QtPdf over a QBuffer); writing it to a file is an explicit choice,
printing it is another."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QVBoxLayout

from desktop.gui.printing import print_with_dialog
from desktop.gui.widgets.buttons import label_standard_buttons
from desktop.gui.widgets.pdf_pages import PdfPages
from desktop.gui.widgets.scrolling import resize_within_screen


class PdfPreview(QDialog):
    """Nothing touches the disk unless the user presses "Save as…" and accepts the warning."""

    save_requested = Signal(str)
    printed = Signal()  # the document went to a printer

    def __init__(self, title: str, pdf: bytes, suggested_name: str, parent=None, *,
                 savable: bool = True):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf, self.suggested_name = pdf, suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.pages = PdfPages(self.document, self)
        self.view = self.pages.view
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        label_standard_buttons(buttons)
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.save_button = QPushButton(self.tr("&Save as…"))
        # A secret (the recovery shares) is printed only: a file would outlive the paper.
        for button in (self.print_button, self.save_button) if savable else (self.print_button,):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        resize_within_screen(self, 900, 700)

    def _print(self) -> None:
        if print_with_dialog(self, self.document, self.windowTitle()):
            self.printed.emit()

    def _save(self) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Personal data"),
            self.tr("The file will hold personal data without encryption. Keep it only as long "
                    "as needed, and never on a shared or removable disk. Save it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.suggested_name,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_requested.emit(path)
