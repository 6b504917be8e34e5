"""The privacy page: consents, subject requests, breaches, retention and the processing register."""

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
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
from desktop.core.atomic import atomic_write_bytes
from desktop.core.privacy import breaches, ledgers, retention, subjects
from desktop.core.privacy.processing_activities import processing_register_pdf
from desktop.core.text import format_date, format_date_time
from desktop.gui.dialogs.subject_chooser import SubjectChooser
from desktop.gui.labels import label
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.tables import fill_table, read_only_table, row_of


class PrivacyPage(QWidget):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations = operations
        self.tabs = QTabWidget()
        self.tabs.addTab(self._consents_tab(), self.tr("&Consents"))
        self.tabs.addTab(self._requests_tab(), self.tr("&Requests"))
        self.tabs.addTab(self._breaches_tab(), self.tr("&Breaches"))
        self.tabs.addTab(self._retention_tab(), self.tr("Re&tention"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.chooser: SubjectChooser | None = None
        self.subject_preview: QDialog | None = None
        operations.did_change.connect(
            lambda changes: self.load() if changes & Change.PRIVACY else None)

    def _change(self, op, done=None) -> None:
        """A change to the ledgers or rules: every tab is read again after it (the broadcast)."""
        self._operations.run_op(self, op, done, changes=Change.PRIVACY)

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
        for method in ledgers.METHODS:
            self.method.addItem(label(method), method)
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
        for kind in ledgers.REQUEST_KINDS:
            self.request_kind.addItem(label(kind), kind)
        add = QPushButton(self.tr("Open request"))
        add.clicked.connect(self._open_request)
        self.subject_name = QLineEdit()
        self.subject_name.setAccessibleName(self.tr("Name of the person whose records are asked for"))
        self.subject_name.setPlaceholderText(self.tr("Full name"))
        self.find_subject = QPushButton(self.tr("&Find the person…"))
        self.find_subject.clicked.connect(self._find_subject)
        return self._tab(self.requests, row_of(self.request_name, self.request_kind, add),
                         row_of(QLabel(self.tr("A person's records:")), self.subject_name,
                                self.find_subject))

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
        check.clicked.connect(self._check_due)
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
        run = self._operations.run_query
        run(self, ledgers.list_consents, lambda rows: fill_table(self.consents, [
            [r.subject_name, ", ".join(map(label, r.purposes)), label(r.method),
             format_date(r.given_at),
             format_date(r.withdrawn_on)] for r in rows]))
        run(self, ledgers.list_requests, lambda rows: fill_table(self.requests, [
            [r.request_no, label(r.kind), r.subject_name, format_date(r.due_on),
             label(r.status) + (" ⚠" if r.overdue else "")] for r in rows]))
        run(self, breaches.list_breaches, self._show_breaches)
        run(self, retention.retention_rules, self._show_rules)

    def _show_breaches(self, rows) -> None:
        self._breach_ids = [r.id for r in rows]
        fill_table(self.breaches, [[format_date_time(r.detected_at), r.description,
                               str(r.affected_records), format_date_time(r.notify_by),
                               "✓" if r.notified_at else f"{max(r.hours_left, 0):.0f}"]
                              for r in rows])

    def _show_rules(self, rules: dict) -> None:
        self.case_months.setValue(rules["MEDIATION_CASE"])
        self.note_months.setValue(rules["OBSERVATION_NOTE"])

    def _check_due(self) -> None:
        self._operations.run_query(self, partial(retention.purge, dry_run=True), self._show_due)

    def _show_due(self, report) -> None:
        fill_table(self.due, [[label(r.record_type), r.number, format_date(r.due_on)]
                              for r in report.records])

    def _add_consent(self) -> None:
        purposes = [p for p, box in self.purposes.items() if box.isChecked()]
        self._change(partial(ledgers.record_consent, subject_name=self.consent_name.text(),
                             purposes=purposes, method=self.method.currentData(),
                             given_at=clock.local_now()))

    def _open_request(self) -> None:
        self._change(partial(ledgers.open_request, subject_name=self.request_name.text(),
                             kind=self.request_kind.currentData(), received_on=clock.today()))

    def _add_breach(self) -> None:
        self._change(partial(breaches.record_breach, detected_at=clock.local_now(),
                             description=self.breach_text.text(),
                             affected_records=self.breach_records.value()))

    def _show_notice(self) -> None:
        row = self.breaches.currentRow()
        if row < 0:
            return
        self._operations.run_query(
            self, partial(breaches.breach_notice, breach_id=self._breach_ids[row]),
            lambda text: self._show_text(self.tr("Breach notice"), text))

    def _show_text(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _save_rules(self) -> None:
        cases_months, notes_months = self.case_months.value(), self.note_months.value()

        def save_both(uow):
            retention.set_retention(uow, record_type="MEDIATION_CASE", keep_months=cases_months)
            return retention.set_retention(uow, record_type="OBSERVATION_NOTE",
                                           keep_months=notes_months)

        self._change(save_both)

    def _purge(self) -> None:
        answer = QMessageBox.question(self, self.tr("Purge"), self.tr(
            "Erase every record listed as due? A backup is made first."))
        if answer == QMessageBox.StandardButton.Yes:
            self._operations.run_on_workspace(
                self, retention.purge_after_backup, self._show_due,
                changes=Change.CASES | Change.NOTES | Change.PRIVACY | Change.BACKUPS)

    # -- one person's records: chosen by name, then by birth year and address -------------------
    def _find_subject(self) -> None:
        self._operations.run_query(
            self, partial(subjects.find_subjects, name=self.subject_name.text()), self._choose_subject)

    def _choose_subject(self, candidates) -> None:
        if not candidates:
            QMessageBox.information(self, self.tr("A person's records"),
                                    self.tr("Nobody is recorded under this name."))
            return
        if self.chooser is not None:
            self.chooser.close()
        self.chooser = SubjectChooser(candidates, self)
        self.chooser.export_requested.connect(self._export_subject)
        self.chooser.anonymise_requested.connect(self._anonymise_subject)
        self.chooser.show()

    def _export_subject(self, person: str) -> None:
        def show(pdf: bytes) -> None:
            from desktop.gui.dialogs.pdf_preview import PdfPreview  # QtPdf loads when first needed

            preview = PdfPreview(self.tr("Personal data held"), pdf, "thong-tin-ca-nhan.pdf", self)
            preview.save_requested.connect(lambda path: self._operations.run_on_workspace(
                self, lambda _workspace: atomic_write_bytes(Path(path), pdf)))
            self.subject_preview = preview
            preview.show()

        self._operations.run_op(self, partial(subjects.subject_export_pdf, person=person), show,
                                changes=Change.NOTHING)

    def _anonymise_subject(self, person: str) -> None:
        answer = QMessageBox.question(self, self.tr("Anonymise"), self.tr(
            "Replace this person's name, birth year and address with \"Ẩn danh\" in their records "
            "not on legal hold? Their namesakes are left alone. This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(changed: int) -> None:
            if self.chooser is not None:
                self.chooser.close()
            QMessageBox.information(self, self.tr("Anonymise"),
                                    self.tr("%n record(s) anonymised.", "", changed))

        self._operations.run_op(self, partial(ledgers.anonymise_subject, person=person), done,
                                changes=Change.CASES | Change.PRIVACY)

    def _register(self) -> None:
        def show(pdf: bytes) -> None:
            from desktop.gui.dialogs.pdf_preview import PdfPreview  # QtPdf loads when first needed

            self._preview = PdfPreview(self.tr("Processing register"), pdf, "so-dang-ky-xu-ly.pdf",
                                       self)
            self._preview.show()

        self._operations.run_query(self, processing_register_pdf, show)

    def clear(self) -> None:
        for table in (self.consents, self.requests, self.breaches, self.due):
            table.setRowCount(0)
        self.subject_name.clear()
        for window in (self.chooser, self.subject_preview):
            if window is not None:
                window.close()
        self.chooser = self.subject_preview = None
