"""The team's "Send to police" page: export a month's bundle to a stick, see every bundle sent and
what the police unit's receipts say of it, write one again, read a receipt, exchange cards."""

from datetime import date
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.bundles import keys, outbox, receipts
from desktop.core.bundles.export import export_bundle
from desktop.core.monthly_report.periods import Month
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
        self.export_button.setEnabled(False)  # until the police unit's card is known
        self.again_button = QPushButton(self.tr("&Write again…"))
        self.receipt_button = QPushButton(self.tr("Read a &receipt…"))
        self.police = QLabel()
        self.police.setWordWrap(True)
        self.cards = CardActions(operations, self, self.tr("Enrol the police unit's &card…"))
        operations.did_change.connect(
            lambda changes: self.refresh() if changes & (Change.BUNDLES | Change.KEYS) else None)
        self.history = read_only_table([
            self.tr("No."), self.tr("Month"), self.tr("Made"), self.tr("Records"),
            self.tr("Copied to a stick"), self.tr("Police unit")])
        self.history.setAccessibleName(self.tr("Bundles sent"))
        self.export_button.clicked.connect(self._export)
        self.again_button.clicked.connect(self._write_again)
        self.receipt_button.clicked.connect(self._read_receipt)
        layout = QVBoxLayout(self)
        layout.addWidget(self.police)
        layout.addLayout(row_of(QLabel(self.tr("Month:")), self.month, self.export_button,
                                self.again_button, self.receipt_button))
        layout.addLayout(row_of(*self.cards.buttons))
        layout.addWidget(self.history, 1)
        self._entries: list = []

    def load(self, _workspace) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._operations.run_query(self, lambda uow: (outbox.list_exports(uow), keys.list_cards(uow)),
                                   self._show)

    def _show(self, result) -> None:
        self._entries, cards = result
        police = [card for card in cards if card.kind == "receiver" and not card.revoked]
        self.police.setText(
            self.tr("Bundles are encrypted for: %1 (fingerprint %2)").replace("%1", police[0].name)
            .replace("%2", police[0].fingerprint) if police else
            self.tr("No police unit is enrolled yet: enrol its card before exporting."))
        self.export_button.setEnabled(bool(police))
        fill_table(self.history, [[
            str(e.seq), e.period, e.created_at.replace("T", " "), str(e.records),
            e.copied_to_media_at.replace("T", " ") if e.copied_to_media_at else self.tr("not yet"),
            self._receipt_text(e.receipt_status)] for e in self._entries])

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
        folder = self._folder()
        if folder is None:
            return
        month = Month.of(cast(date, self.month.date().toPython()))  # its stub says object
        chain_file = self._operations.workspace().paths.export_chain_file
        self._operations.run_op(self, partial(export_bundle, month=month, out_dir=folder,
                                              chain_file=chain_file),
                                self._exported, changes=Change.BUNDLES, label=self.tr("Exporting…"))

    def _exported(self, result) -> None:
        text = self.tr("Bundle %1 was written to %2 and checked. Take it to the police unit.") \
            .replace("%1", str(result.seq)).replace("%2", result.path)
        if result.warnings:
            text += "\n\n" + self.tr("A backup older than the last export was restored: this "
                                       "bundle continues the chain the police unit has, but changes "
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
            seq = self._entries[row].seq
            self._operations.run_op(self, partial(outbox.write_copy, seq=seq, out_dir=folder),
                                    lambda path: self._exported_again(seq, path),
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
            "The police unit holds every bundle up to number %1. Not arrived: %2.")
            .replace("%1", str(summary.last_contiguous_seq)).replace("%2", missing))

    def clear(self) -> None:
        self._entries = []
        self.history.setRowCount(0)
        self.police.clear()
