"""The reports page: choose a month or a range, enter the hand figures, see the report with its
charts (the PDF, shown from memory), give it a number and a recipient, save it, and close a
finished month."""

from datetime import date
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.atomic import atomic_write_bytes
from desktop.core.mediation import disputes
from desktop.core.monthly_report import figures, report
from desktop.core.monthly_report.periods import Month
from desktop.core.pdf.monthly import report_pdf
from desktop.core.text import format_month
from desktop.gui.labels import label
from desktop.gui.operations import Change, Operations
from desktop.gui.printing import print_with_dialog
from desktop.gui.widgets.pdf_pages import PdfPages


def _month_edit() -> QDateEdit:
    edit = QDateEdit(QDate(clock.today()).addMonths(-1))
    edit.setDisplayFormat("MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class ReportsPage(QWidget):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._stale = False
        self._operations = operations
        operations.did_change.connect(self._data_changed)
        self.month_from, self.month_to = _month_edit(), _month_edit()
        self.month_from.setAccessibleName(self.tr("First month"))
        self.month_to.setAccessibleName(self.tr("Last month"))
        self.is_range = QCheckBox(self.tr("&Range of months"))
        self.month_to.setEnabled(False)
        self.show_button = QPushButton(self.tr("&Show"))
        self.save_button = QPushButton(self.tr("Save &PDF…"))
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.close_button = QPushButton(self.tr("&Close the month…"))
        self.status = QLabel()
        self.figures = {name: QSpinBox() for name in figures.FIGURE_NAMES}
        for box in self.figures.values():
            box.setRange(0, 10_000_000)
        self.save_figures = QPushButton(self.tr("Save the &figures"))
        self.figures_saved = QLabel()  # says the figures were kept: the report alone may not change
        self.figures_saved.setWordWrap(True)
        self._make_report_settings()
        self.document = QPdfDocument(self)
        self.pages = PdfPages(self.document, self)
        self.view = self.pages.view
        self._pdf = b""
        self._printed = ("", "")  # the number and the recipient the shown PDF carries
        self._buffer: QBuffer | None = None
        self._layout()
        self.is_range.toggled.connect(self.month_to.setEnabled)
        self.show_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self._save_pdf)
        self.print_button.clicked.connect(self._print)
        self.close_button.clicked.connect(self._close_month)
        self.save_figures.clicked.connect(self._save_figures)
        self.save_prolonged_after.clicked.connect(self._save_prolonged_after)
        for edit in (self.number, self.recipient):
            edit.editingFinished.connect(self._document_fields_changed)

    def _make_report_settings(self) -> None:
        """The document's number and recipient, and the days after which a case is prolonged."""
        self.prolonged_after = QSpinBox()
        self.prolonged_after.setRange(1, disputes.MOST_PROLONGED_AFTER_DAYS)
        self.prolonged_after.setValue(disputes.DEFAULT_PROLONGED_AFTER_DAYS)
        self.prolonged_after.setSuffix(self.tr(" days"))
        self.prolonged_after.setAccessibleName(self.tr("Days after which an open case is prolonged"))
        self.save_prolonged_after = QPushButton(self.tr("Set"))
        self.number, self.recipient = QLineEdit(), QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 05/BC-THG"))
        self.recipient.setPlaceholderText(self.tr("e.g. the commune People's Committee"))

    def _document_fields(self) -> QHBoxLayout:
        document = QHBoxLayout()
        for text, edit in ((self.tr("N&umber:"), self.number),
                           (self.tr("&To:"), self.recipient)):
            caption = QLabel(text)
            caption.setBuddy(edit)
            document.addWidget(caption)
            document.addWidget(edit, 1)
        return document

    def _add_prolonged_after(self, form: QFormLayout) -> None:
        # On rows of their own: beside a figure's label the row would not fit the panel.
        self.prolonged_row = QWidget()
        row = QHBoxLayout(self.prolonged_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.prolonged_after, 1)
        row.addWidget(self.save_prolonged_after)
        caption = QLabel(self.tr("A case still open is prolonged after:"))
        caption.setWordWrap(True)
        caption.setBuddy(self.prolonged_after)
        form.addRow(caption)
        form.addRow(self.prolonged_row)

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Month:")), self.month_from, self.is_range, self.month_to,
                       self.show_button, self.save_button, self.print_button, self.close_button,
                       self.status):
            top.addWidget(widget)
        top.addStretch()
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for name, box in self.figures.items():
            form.addRow(label(name) + ":", box)
        form.addRow(self.save_figures)
        form.addRow(self.figures_saved)
        self._add_prolonged_after(form)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setMaximumWidth(360)
        self.figures_panel = scroll
        body = QHBoxLayout()
        body.addWidget(scroll)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._document_fields())
        layout.addLayout(body, 1)

    def period(self) -> tuple[Month, Month]:
        # toPython() gives a date here; its stub says object
        first = Month.of(cast(date, self.month_from.date().toPython()))
        last = Month.of(cast(date, self.month_to.date().toPython())) if self.is_range.isChecked() else first
        return first, last

    def refresh(self) -> None:
        first, last = self.period()

        number, recipient = self._printed = self.number.text(), self.recipient.text()

        def build(uow):
            built = report.build_report(uow, first=first, last=last, with_annex=True)
            return built, report_pdf(built, number=number, recipient=recipient)

        self._operations.run_query(self, build, self._show)

    def _data_changed(self, changes: Change) -> None:
        """What a report counts changed: it is built again when next shown (building reads
        every case, so not for a page out of sight)."""
        if changes & (Change.CASES | Change.NOTES | Change.BUNDLES) and \
                self._operations.workspace() is not None:
            self._stale = True
            if self.isVisible():
                self._refresh_if_stale()

    def _show(self, result) -> None:
        built, self._pdf = result
        self.status.setText(self.tr("closed") if built.closed else "")
        for name, box in self.figures.items():
            box.setValue(built.figures[name])
        if built.prolonged_after_days:
            self.prolonged_after.setValue(built.prolonged_after_days)
        self.document.close()
        self._bytes = QByteArray(self._pdf)  # must outlive the buffer that reads it
        self._buffer = buffer = QBuffer(self._bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)

    def _save_figures(self) -> None:
        month = self.period()[0]
        values = {name: box.value() for name, box in self.figures.items()}
        self.figures_saved.clear()
        self._operations.run_op(self, partial(figures.set_figures, month=month, values=values),
                                lambda _values: self._figures_were_saved(month),
                                changes=Change.REPORTS)

    def _figures_were_saved(self, month: Month) -> None:
        self.figures_saved.setText(self.tr("The figures of %1 were saved at %2.").replace(
            "%1", f"{month.month:02d}/{month.year}")
            .replace("%2", clock.local_now().strftime("%H:%M")))
        self.refresh()

    def _save_prolonged_after(self) -> None:
        self._operations.run_op(
            self, partial(disputes.set_prolonged_after_days, days=self.prolonged_after.value()),
            lambda _days: self.refresh(), changes=Change.REPORTS)

    def _document_fields_changed(self) -> None:
        """The number and the recipient are printed on the report: shown again with them."""
        if self._pdf and self._printed != (self.number.text(), self.recipient.text()) \
                and self._operations.workspace() is not None:
            self.refresh()

    def _close_month(self) -> None:
        month = self.period()[0]
        answer = QMessageBox.question(self, self.tr("Close the month"), self.tr(
            "Close %1? Its figures are then kept as they are; later changes show as amendments "
            "in the next reports.").replace("%1", format_month(month.year, month.month)))
        if answer != QMessageBox.StandardButton.Yes:
            return

        self._operations.run_op(self, partial(report.close_month, month=month),
                                lambda _day: self.refresh(), changes=Change.REPORTS)

    def _save_pdf(self) -> None:
        if not self._pdf:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), "bao-cao.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            pdf = self._pdf
            self._operations.run_on_workspace(
                self, lambda _workspace: atomic_write_bytes(Path(path), pdf))

    def _print(self) -> None:
        if self._pdf:
            print_with_dialog(self, self.document, self.tr("Report"))

    def load(self, workspace) -> None:
        # A police unit's report adds up what the teams sent: nothing to enter, nothing to close.
        team = workspace.mode == "team"
        self.figures_panel.setVisible(team)
        self.close_button.setVisible(team)
        # Building a report reads every case: done when the page is first shown, not at sign-in.
        self._stale = True
        if self.isVisible():
            self._refresh_if_stale()

    def showEvent(self, event) -> None:
        self._refresh_if_stale()
        super().showEvent(event)

    def _refresh_if_stale(self) -> None:
        if self._stale and self._operations.workspace() is not None:
            self._stale = False
            self.refresh()

    def clear(self) -> None:
        self._stale = False
        self._pdf = b""
        self.document.close()
        self.status.clear()
        self.figures_saved.clear()
