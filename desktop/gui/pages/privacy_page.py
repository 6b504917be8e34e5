"""The privacy page: consents, subject requests, breaches, retention and the processing register."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.privacy import breaches, ledgers, retention
from desktop.core.privacy.register import processing_register_pdf
from desktop.core.text import format_date
from desktop.gui.errors import show_error
from desktop.gui.labels import label
from desktop.gui.widgets.tables import fill_table, read_only_table, row_of


class PrivacyPage(QWidget):
    def __init__(self, runner, workspace_provider, parent=None):
        super().__init__(parent)
        self._runner, self._workspace = runner, workspace_provider
        self.tabs = QTabWidget()
        self.tabs.addTab(self._consents_tab(), self.tr("&Consents"))
        self.tabs.addTab(self._requests_tab(), self.tr("&Requests"))
        self.tabs.addTab(self._breaches_tab(), self.tr("&Breaches"))
        self.tabs.addTab(self._retention_tab(), self.tr("Re&tention"))
        QVBoxLayout(self).addWidget(self.tabs)

    # -- running -----------------------------------------------------------------------------
    def _run(self, service, done, **kwargs) -> None:
        workspace = self._workspace()

        def work():
            with workspace.unit_of_work() as uow:
                return service(uow, **kwargs)

        self._runner.run(work, done, lambda error: show_error(self, error))

    # -- tabs --------------------------------------------------------------------------------
    def _consents_tab(self) -> QWidget:
        self.consents = read_only_table([self.tr("Person"), self.tr("Purposes"), self.tr("Method"),
                                self.tr("Given"), self.tr("Withdrawn")])
        self.consents.setAccessibleName(self.tr("Consents"))
        self.consent_name = QLineEdit()
        self.consent_name.setAccessibleName(self.tr("Person giving consent"))
        self.consent_name.setPlaceholderText(self.tr("Full name"))
        self.purposes = {p: QCheckBox(label(p)) for p in ledgers.PURPOSES}
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("How consent was given"))
        self.method.addItems(list(ledgers.METHODS))
        add = QPushButton(self.tr("Record consent"))
        add.clicked.connect(self._add_consent)
        return self._tab(self.consents, row_of(self.consent_name, self.method, add),
                         row_of(QLabel(self.tr("Purposes:")), *self.purposes.values()))

    def _requests_tab(self) -> QWidget:
        self.requests = read_only_table([self.tr("Number"), self.tr("Kind"), self.tr("Person"),
                                self.tr("Due"), self.tr("Status")])
        self.requests.setAccessibleName(self.tr("Requests"))
        self.request_name, self.request_kind = QLineEdit(), QComboBox()
        self.request_name.setAccessibleName(self.tr("Person making the request"))
        self.request_kind.setAccessibleName(self.tr("Kind of request"))
        self.request_name.setPlaceholderText(self.tr("Full name"))
        self.request_kind.addItems(list(ledgers.REQUEST_KINDS))
        add = QPushButton(self.tr("Open request"))
        add.clicked.connect(self._open_request)
        return self._tab(self.requests, row_of(self.request_name, self.request_kind, add))

    def _breaches_tab(self) -> QWidget:
        self.breaches = read_only_table([self.tr("Detected"), self.tr("Description"), self.tr("Records"),
                                self.tr("Notify by"), self.tr("Hours left")])
        self.breaches.setAccessibleName(self.tr("Breaches"))
        self.breach_text, self.breach_records = QLineEdit(), QSpinBox()
        self.breach_text.setAccessibleName(self.tr("What happened"))
        self.breach_records.setAccessibleName(self.tr("Records affected"))
        self.breach_text.setPlaceholderText(self.tr("What happened (e.g. the laptop was stolen)"))
        self.breach_records.setRange(0, 10_000_000)
        add, notice = QPushButton(self.tr("Log breach")), QPushButton(self.tr("Notice…"))
        add.clicked.connect(self._add_breach)
        notice.clicked.connect(self._show_notice)
        return self._tab(self.breaches, row_of(self.breach_text, self.breach_records, add, notice))

    def _retention_tab(self) -> QWidget:
        self.due = read_only_table([self.tr("Kind"), self.tr("Number"), self.tr("Due since")])
        self.due.setAccessibleName(self.tr("Records past their retention"))
        self.case_months, self.note_months = QSpinBox(), QSpinBox()
        self.case_months.setAccessibleName(self.tr("Months to keep mediation cases"))
        self.note_months.setAccessibleName(self.tr("Months to keep security notes"))
        for box in (self.case_months, self.note_months):
            box.setRange(1, 1200)
            box.setSuffix(self.tr(" months"))
        save, check = QPushButton(self.tr("Save rules")), QPushButton(self.tr("Check what is due"))
        purge, register = QPushButton(self.tr("Purge now…")), QPushButton(
            self.tr("Processing register…"))
        save.clicked.connect(self._save_rules)
        check.clicked.connect(lambda: self._run(retention.purge, self._show_due, dry_run=True))
        purge.clicked.connect(self._purge)
        register.clicked.connect(self._register)
        return self._tab(self.due, row_of(QLabel(self.tr("Mediation cases:")), self.case_months,
                                        QLabel(self.tr("Security notes:")), self.note_months, save),
                         row_of(check, purge, register))

    @staticmethod
    def _tab(table, *rows) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        for row in rows:
            layout.addLayout(row)
        return tab

    # -- loading and actions -----------------------------------------------------------------
    def load(self, _workspace=None) -> None:
        self._run(ledgers.list_consents, lambda rows: fill_table(self.consents, [
            [r.subject_name, ", ".join(r.purposes), r.method, r.given_at.strftime("%d/%m/%Y"),
             format_date(r.withdrawn_on)] for r in rows]))
        self._run(ledgers.list_requests, lambda rows: fill_table(self.requests, [
            [r.request_no, r.kind, r.subject_name, format_date(r.due_on),
             r.status + (" ⚠" if r.overdue else "")] for r in rows]))
        self._run(breaches.list_breaches, self._show_breaches)
        self._run(retention.retention_rules, self._show_rules)

    def _show_breaches(self, rows) -> None:
        self._breach_ids = [r.id for r in rows]
        fill_table(self.breaches, [[r.detected_at.strftime("%d/%m/%Y %H:%M"), r.description,
                               str(r.affected_records), r.notify_by.strftime("%d/%m/%Y %H:%M"),
                               "✓" if r.notified_at else f"{max(r.hours_left, 0):.0f}"]
                              for r in rows])

    def _show_rules(self, rules: dict) -> None:
        self.case_months.setValue(rules["MEDIATION_CASE"])
        self.note_months.setValue(rules["OBSERVATION_NOTE"])

    def _show_due(self, report) -> None:
        fill_table(self.due, [[r.record_type, r.number, format_date(r.due_on)] for r in report.records])

    def _add_consent(self) -> None:
        purposes = [p for p, box in self.purposes.items() if box.isChecked()]
        self._run(ledgers.record_consent, lambda _v: self.load(), subject_name=self.consent_name.text(),
                  purposes=purposes, method=self.method.currentText(),
                  given_at=clock.local_now())

    def _open_request(self) -> None:
        self._run(ledgers.open_request, lambda _v: self.load(), subject_name=self.request_name.text(),
                  kind=self.request_kind.currentText(), received_on=clock.today())

    def _add_breach(self) -> None:
        self._run(breaches.record_breach, lambda _v: self.load(),
                  detected_at=clock.local_now(),
                  description=self.breach_text.text(), affected_records=self.breach_records.value())

    def _show_notice(self) -> None:
        row = self.breaches.currentRow()
        if row < 0:
            return
        self._run(breaches.breach_notice, lambda text: QMessageBox.information(
            self, self.tr("Breach notice"), text), breach_id=self._breach_ids[row])

    def _save_rules(self) -> None:
        self._run(retention.set_retention, lambda _r: None, record_type="MEDIATION_CASE",
                  keep_months=self.case_months.value())
        self._run(retention.set_retention, lambda _r: None, record_type="OBSERVATION_NOTE",
                  keep_months=self.note_months.value())

    def _purge(self) -> None:
        answer = QMessageBox.question(self, self.tr("Purge"), self.tr(
            "Erase every record listed as due? A backup is made first."))
        if answer == QMessageBox.StandardButton.Yes:
            workspace = self._workspace()
            self._runner.run(lambda: retention.purge_after_backup(workspace), self._show_due,
                             lambda error: show_error(self, error))

    def _register(self) -> None:
        def show(pdf: bytes) -> None:
            from desktop.gui.dialogs.pdf_preview import PdfPreview  # QtPdf loads when first needed

            self._preview = PdfPreview(self.tr("Processing register"), pdf, "so-dang-ky-xu-ly.pdf",
                                       self)
            self._preview.show()

        self._run(processing_register_pdf, show)

    def clear(self) -> None:
        for table in (self.consents, self.requests, self.breaches, self.due):
            table.setRowCount(0)
