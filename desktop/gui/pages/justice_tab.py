"""The commune People's Committee's statistics tab: the justice line's report on grassroots
mediation for a 6-month or annual period (actual figures to the cut-off and the estimate for the
whole period) or any range of months, shown as a table and previewed as the signed PDF."""

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.atomic import atomic_write_bytes
from desktop.core.errors import AppError
from desktop.core.monthly_report import justice_periods
from desktop.core.monthly_report.indicator_names import JUSTICE
from desktop.core.monthly_report.justice import WholePeriod, justice_report, suggested_recipient
from desktop.core.monthly_report.periods import Month
from desktop.core.pdf.justice_report import build_justice_pdf
from desktop.gui.errors import show_error
from desktop.gui.operations import Operations
from desktop.gui.widgets.tables import fill_table, read_only_table, row_of

KINDS = ("half_year", "year", "official_year", "months")


def _month_edit(months_back: int) -> QDateEdit:
    edit = QDateEdit(QDate(clock.today()).addMonths(-months_back))
    edit.setDisplayFormat("MM/yyyy")
    return edit


class JusticeTab(QWidget):
    """Counting runs on the database worker; the PDF opens in a preview, from memory."""

    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations = operations
        self.kind = QComboBox()
        for kind, text in zip(KINDS, (self.tr("6 months (1/1–30/6)"), self.tr("Year"),
                                      self.tr("Year, official figures"),
                                      self.tr("Range of months")), strict=True):
            self.kind.addItem(text, kind)
        self.kind.setAccessibleName(self.tr("Period"))
        self.year = QSpinBox()
        self.year.setRange(2014, 2100)
        self.year.setValue(clock.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.first_month, self.last_month = _month_edit(6), _month_edit(1)
        self.first_month.setAccessibleName(self.tr("First month"))
        self.last_month.setAccessibleName(self.tr("Last month"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 27/BC-UBND"))
        self.recipient = QLineEdit()
        self.count_button = QPushButton(self.tr("&Count"))
        self.preview_button = QPushButton(self.tr("&Preview the report…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = read_only_table([self.tr("Indicator"), self.tr("Actual"),
                                      self.tr("Whole period")])
        self.table.setAccessibleName(self.tr("Grassroots mediation statistics"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.count_button.clicked.connect(self._count)
        self.preview_button.clicked.connect(self._preview)
        self._lay_out()
        self._kind_changed()

    def _lay_out(self) -> None:
        form = QFormLayout()
        period_label, months_label = QLabel(self.tr("&Period:")), QLabel(self.tr("&Months:"))
        period_label.setBuddy(self.kind)  # the field is a row of controls: Alt+letter needs this
        months_label.setBuddy(self.first_month)
        form.addRow(period_label, row_of(self.kind, QLabel(self.tr("Year:")), self.year))
        form.addRow(months_label, row_of(self.first_month, QLabel("–"), self.last_month))
        form.addRow(self.tr("Report &number:"), self.number)
        form.addRow(self.tr("To (&Kính gửi):"), self.recipient)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row_of(self.count_button, self.preview_button))
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def _kind_changed(self) -> None:
        by_months = self.kind.currentData() == "months"
        self.year.setEnabled(not by_months)
        self.first_month.setEnabled(by_months)
        self.last_month.setEnabled(by_months)

    def _period(self) -> justice_periods.JusticePeriod | None:
        """The period chosen, or None (and the reason shown) when it cannot be one."""
        try:
            return self._chosen_period()
        except AppError as error:  # a range ending before it starts
            show_error(self, error)
            return None

    def _chosen_period(self) -> justice_periods.JusticePeriod:
        kind, year = self.kind.currentData(), self.year.value()
        if kind == "months":
            return justice_periods.month_range(
                Month.of(cast(date, self.first_month.date().toPython())),  # its stub says object
                Month.of(cast(date, self.last_month.date().toPython())))
        return {"half_year": justice_periods.half_year, "year": justice_periods.whole_year,
                "official_year": justice_periods.official_year}[kind](year)

    def _count(self) -> None:
        period = self._period()
        if period is None:
            return
        self._operations.run_query(self, lambda uow: justice_report(uow, period=period),
                                   self._show, label=self.tr("Counting…"))

    def _show(self, report) -> None:
        if not self.recipient.text():
            self.recipient.setText(suggested_recipient(report))
        columns = (report.actual, report.whole_period)
        rows = [[JUSTICE["teams"], str(report.teams), str(report.teams)]]
        for name in ("mediators", "female", "ethnic_minority", "trained"):
            value = str(getattr(report.register, name))
            rows.append([JUSTICE[name], value, value])
        for name in ("carried_over", "received", "successful", "unsuccessful", "out_of_scope",
                     "in_progress_end"):
            rows.append([JUSTICE[name], *(str(getattr(counts, name)) for counts in columns)])
        fill_table(self.table, rows)
        self.status.setText(self._basis_text(report))

    def _basis_text(self, report) -> str:
        actual_to = report.actual_to.strftime("%d/%m/%Y")
        if report.whole_period_basis == WholePeriod.ESTIMATED:
            text = self.tr("Actual figures to %1; the whole period is estimated from them.")
        elif report.whole_period_basis == WholePeriod.COUNTED:
            text = self.tr("Actual figures to %1; the period is over, so the whole period is "
                           "counted, not estimated.")
        else:
            text = self.tr("Actual figures to %1.")
        text = text.replace("%1", actual_to)
        if report.teams_without_register:
            text += " " + self.tr("%1 team(s) have not sent their mediators' figures yet.") \
                .replace("%1", str(report.teams_without_register))
        return text

    def _preview(self) -> None:
        period, number = self._period(), self.number.text().strip() or "…"
        recipient = self.recipient.text().strip() or "…"
        if period is None:
            return

        def build(uow) -> bytes:
            report = justice_report(uow, period=period)
            return build_justice_pdf(report, number=number, recipient=recipient)

        self._operations.run_query(self, build, self._show_pdf, label=self.tr("Preparing…"))

    def _show_pdf(self, pdf: bytes) -> None:
        # QtPdf loads with the first PDF shown: the window opens sooner
        from desktop.gui.dialogs.pdf_preview import PdfPreview

        preview = PdfPreview(self.tr("Grassroots mediation statistics"), pdf,
                             "bao-cao-hoa-giai.pdf", self)
        preview.save_requested.connect(lambda path: self._operations.run_on_workspace(
            self, lambda _workspace: atomic_write_bytes(Path(path), pdf, mode=0o644),
            lambda _done: None))
        preview.exec()

    def load(self, _workspace) -> None:
        """Nothing is counted until asked: the figures depend on the period chosen."""

    def clear(self) -> None:
        """On locking: the figures, the report's number and its recipient leave the screen."""
        self.table.setRowCount(0)
        self.status.clear()
        self.number.clear()
        self.recipient.clear()
