"""The team's "Send reports" page: one row per upward desk (the commune police, the commune
People's Committee) saying what it receives, whose card seals its bundles and its last receipt;
export a month's bundles to a stick (asked first when that month was already sent), see every
bundle sent and what it covers, write one again, read a receipt."""

from datetime import date
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.bundles import keys, outbox, receipts
from desktop.core.bundles.export import export_bundles
from desktop.core.monthly_report.periods import Month
from desktop.core.roles import COMMUNE, DESKS, POLICE
from desktop.core.text import format_date_time
from desktop.gui.bundle_texts import bundle_coverage, month_text
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.key_cards import CardActions
from desktop.gui.widgets.tables import fill_table, read_only_table, row_of


class ExchangePage(QWidget):
    def __init__(self, operations: Operations, parent=None):
        super().__init__(parent)
        self._operations = operations
        self.month = QDateEdit(QDate(clock.today()).addMonths(-1))
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setAccessibleName(self.tr("Month to send"))
        self.export_button = QPushButton(self.tr("&Export to a USB stick…"))
        self.export_button.setEnabled(False)  # until a desk's card is known
        self.again_button = QPushButton(self.tr("&Write again…"))
        self.receipt_button = QPushButton(self.tr("Read a &receipt…"))
        self.cards = CardActions(operations, self)
        self.enrol_police = self.cards.enrol_button_for(
            self.tr("Enrol the commune &police's card…"), POLICE)
        self.enrol_commune = self.cards.enrol_button_for(
            self.tr("Enrol the People's &Committee's card…"), COMMUNE)
        operations.did_change.connect(
            lambda changes: self.refresh() if changes & (Change.BUNDLES | Change.KEYS) else None)
        self.desks = self._desks_table()
        self.history = read_only_table([
            self.tr("To"), self.tr("No."), self.tr("Report of"), self.tr("Changes up to"),
            self.tr("Records"), self.tr("Copied to a stick"), self.tr("Receipt")])
        self.history.setAccessibleName(self.tr("Bundles sent"))
        self.export_button.clicked.connect(self._export)
        self.again_button.clicked.connect(self._write_again)
        self.receipt_button.clicked.connect(self._read_receipt)
        self._lay_out()
        self._entries: list = []

    def desk_name(self, desk: str) -> str:
        return self.tr("Commune police") if desk == POLICE else self.tr("Commune People's Committee")

    def _receives(self, desk: str) -> str:
        """What the desk receives, in plain words (db/export_profiles.py is the rule itself)."""
        if desk == POLICE:
            return self.tr("Security notes and tips, movement figures, and cases with signs of a "
                           "violation (Law 35/2013, Art. 10(5)) with their parties. Of the other "
                           "mediation cases: totals only.")
        return self.tr("Every mediation case without names or content, cases at risk of violence "
                       "(Art. 10(4)) with their parties, the mediators' figures, the log-book "
                       "volumes and the monthly mediation report. No security notes.")

    def _desks_table(self):
        table = read_only_table([self.tr("Sent to"), self.tr("What it receives"),
                                 self.tr("Sealed for (key card)"), self.tr("Last receipt")])
        table.setAccessibleName(self.tr("Where reports are sent"))
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        return table

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each desk receives its own bundle, sealed so that only "
                                        "it can open it, and only what the law sends it.")))
        layout.addWidget(self.desks)
        layout.addLayout(row_of(self.enrol_police, self.enrol_commune, *self.cards.buttons))
        layout.addWidget(self.cards.own_card)
        layout.addLayout(row_of(QLabel(self.tr("Month:")), self.month, self.export_button,
                                self.again_button, self.receipt_button))
        covers = QLabel(self.tr("A bundle carries the report of its month and every change "
                                "recorded up to the moment it is made, since the desk's previous "
                                "bundle: a case received after the month ended travels in it too."))
        covers.setWordWrap(True)
        layout.addWidget(covers)
        layout.addWidget(self.history, 1)

    def load(self, _workspace) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._operations.run_query(self, lambda uow: (
            outbox.list_exports(uow), keys.list_cards(uow), keys.own_card(uow)), self._show)

    def _show(self, result) -> None:
        self._entries, cards, own = result
        self.cards.show_own_card(own)
        enrolled = {card.kind: card for card in cards if card.kind in DESKS and not card.revoked}
        fill_table(self.desks, [[
            self.desk_name(desk), self._receives(desk),
            f"{enrolled[desk].name}\n{enrolled[desk].fingerprint}" if desk in enrolled
            else self.tr("not enrolled: nothing is sent"), self._last_receipt(desk)]
            for desk in DESKS])
        self.desks.setColumnWidth(1, 420)
        self.desks.resizeRowsToContents()
        self.desks.setFixedHeight(self.desks.horizontalHeader().height()
                                  + sum(self.desks.rowHeight(r) for r in range(2)) + 4)
        self.export_button.setEnabled(bool(enrolled))
        fill_table(self.history, [[
            self.desk_name(e.recipient), str(e.seq), month_text(e.period),
            format_date_time(e.changes_up_to), str(e.records),
            format_date_time(e.copied_at_local) if e.copied_at_local else self.tr("not yet"),
            self._receipt_text(e.receipt_status)] for e in self._entries])

    def _last_receipt(self, desk: str) -> str:
        sent = [e for e in self._entries if e.recipient == desk]
        dated = [e.receipt_issued_local for e in sent if e.receipt_issued_local]
        if not dated:
            return self.tr("no receipt yet") if sent else self.tr("nothing sent yet")
        arrived = sum(e.receipt_status is not None for e in sent)
        return self.tr("%1: %2 of %3 bundles arrived").replace("%1", max(dated).strftime("%d/%m/%Y")) \
            .replace("%2", str(arrived)).replace("%3", str(len(sent)))

    def _receipt_text(self, status: str | None) -> str:
        if status == "received":
            return self.tr("received")
        if status == "gap":
            return self.tr("received, waiting for an earlier bundle")
        return self.tr("no receipt yet")

    def _folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"))
        return Path(chosen) if chosen else None

    def _export(self) -> None:
        month = Month.of(cast(date, self.month.date().toPython()))  # its stub says object
        self._operations.run_query(self, partial(outbox.month_already_sent, month=month),
                                   lambda sent: self._export_month(month, sent))

    def _export_month(self, month: Month, already_sent) -> None:
        if already_sent and not self._confirm_again(month, already_sent):
            return
        folder = self._folder()
        if folder is None:
            return
        chain_file = self._operations.workspace().paths.export_chain_file
        self._operations.run_op(self, partial(export_bundles, month=month, out_dir=folder,
                                              chain_file=chain_file),
                                self._exported, changes=Change.BUNDLES, label=self.tr("Exporting…"))

    def _confirm_again(self, month: Month, already_sent) -> bool:
        """A month sent before makes a further bundle only when asked, saying what it holds."""
        lines = [self.tr("%1 has it in bundle %2. A new bundle %3 will hold what was recorded "
                         "after bundle %4 (%5) and the report of the month as it stands now.")
                 .replace("%1", self.desk_name(sent.recipient))
                 .replace("%2", ", ".join(map(str, sent.month_seqs)))
                 .replace("%3", str(sent.last_seq + 1)).replace("%4", str(sent.last_seq))
                 .replace("%5", format_date_time(sent.last_up_to)) for sent in already_sent]
        text = (self.tr("The report of %1 was already sent.").replace("%1", month_text(str(month)))
                + "\n\n" + "\n\n".join(lines) + "\n\n" + self.tr("Make the new bundles?"))
        answer = QMessageBox.question(
            self, self.tr("Send this month again?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _exported(self, results) -> None:
        lines = [self.tr("For %1: bundle %2, %3").replace("%1", self.desk_name(result.recipient))
                 .replace("%2", str(result.seq)).replace("%3", Path(result.path).name)
                 + "\n" + bundle_coverage(result.period, result.changes_up_to)
                 for result in results]
        text = self.tr("Written to the stick and checked:") + "\n\n" + "\n\n".join(lines)
        if any(result.warnings for result in results):
            text += "\n\n" + self.tr("A backup older than the last export was restored: the "
                                       "bundles continue the chains the desks have, but changes "
                                       "made after that backup are lost.")
        QMessageBox.information(self, self.tr("Exported"), text)

    def _write_again(self) -> None:
        row = self.history.currentRow()
        if row < 0:
            QMessageBox.information(self, self.tr("Write again"),
                                    self.tr("Choose a bundle in the list first."))
            return
        folder = self._folder()
        if folder is not None:
            entry = self._entries[row]
            self._operations.run_op(self, partial(outbox.write_copy, seq=entry.seq, out_dir=folder,
                                                  recipient=entry.recipient),
                                    lambda path: self._exported_again(entry.seq, path),
                                    changes=Change.BUNDLES, label=self.tr("Writing…"))

    def _exported_again(self, seq: int, path) -> None:
        QMessageBox.information(self, self.tr("Written"), self.tr(
            "Bundle %1 was written to %2 and checked.").replace("%1", str(seq))
            .replace("%2", str(path)))

    def _read_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a receipt"), "",
                                              self.tr("Receipts (*.json);;All files (*)"))
        if not path:
            return

        def read_receipt(uow):
            data = keys.read_input_file(Path(path), receipts.MAX_RECEIPT_BYTES)
            return receipts.import_receipt(uow, data=data)

        self._operations.run_op(self, read_receipt, self._receipt_read, changes=Change.BUNDLES)

    def _receipt_read(self, summary) -> None:
        missing = ", ".join(map(str, summary.missing)) or self.tr("none")
        QMessageBox.information(self, self.tr("Receipt"), self.tr(
            "%1 holds every bundle up to number %2. Not arrived: %3.")
            .replace("%1", self.desk_name(summary.recipient))
            .replace("%2", str(summary.last_contiguous_seq)).replace("%3", missing))

    def clear(self) -> None:
        self._entries = []
        self.history.setRowCount(0)
        self.desks.setRowCount(0)
