"""A PDF's pages one under the other, fitted to the width, with zoom: Ctrl++ and Ctrl+- (or the
buttons above the pages) enlarge and shrink them, Ctrl+0 fits the width again."""

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
SMALLEST_ZOOM, LARGEST_ZOOM = 0.25, 5.0


class PdfPages(QWidget):
    """The zoom buttons and the pages of `document`. The shortcuts work wherever the focus is in
    the window, while the pages are on the screen."""

    def __init__(self, document: QPdfDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.view = QPdfView(self)
        self.view.setDocument(document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.zoom_out_button = self._button("−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out,
                                            QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut))
        # Ctrl+= as well: on most keyboards "+" is Shift+=, and people press it without Shift
        self.zoom_in_button = self._button("+", self.tr("Zoom in (Ctrl++)"), self.zoom_in,
                                           [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                                            QKeySequence("Ctrl+=")])
        self.fit_button = self._button(self.tr("Fit width"), self.tr("Fit the page width (Ctrl+0)"),
                                       self.fit_width, [QKeySequence("Ctrl+0")])
        buttons = QHBoxLayout()
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def _button(self, text: str, tip: str, action, keys: list[QKeySequence]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(action)
        shortcut = QShortcut(self)
        shortcut.setKeys(keys)
        shortcut.activated.connect(action)
        return button

    def shown_zoom(self) -> float:
        """The zoom the pages are drawn at (when fitted to the width, the fitted one)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        widest = max(self.document.pagePointSize(page).width()
                     for page in range(self.document.pageCount()))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return room / (widest * self.logicalDpiX() / 72)

    def _zoom_to(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, SMALLEST_ZOOM), LARGEST_ZOOM))

    def zoom_in(self) -> None:
        self._zoom_to(self.shown_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.shown_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
