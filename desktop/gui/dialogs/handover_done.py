"""After a hand-over: the new recovery code, shown once, and the record and sheets to print."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from desktop.core.access.handover import HandOverResult
from desktop.core.access.recovery_shares import share_sheets_pdf
from desktop.core.atomic import atomic_write_bytes
from desktop.gui.operations import Operations
from desktop.gui.widgets.buttons import label_standard_buttons


class HandOverDoneDialog(QDialog):
    """The code in large letters, and one button for each document to print."""

    def __init__(self, result: HandOverResult, operations: Operations, parent=None,
                 retired_self: bool = True):
        super().__init__(parent)
        self.handed, self._operations = result, operations
        self.previews: list[QDialog] = []  # open PdfPreview windows
        self.setWindowTitle(self.tr("Handed over"))
        record = result.record
        done = QLabel(self.tr("%1 handed over to %2. The account %3 is disabled.")
                      .replace("%1", record.old_full_name).replace("%2", record.new_full_name)
                      .replace("%3", record.old_username))
        done.setWordWrap(True)
        code_intro = QLabel(self.tr("New recovery code, shown only now: write it down or print "
                                    "it and give it to the new leader. The old code no longer "
                                    "works."))
        code_intro.setWordWrap(True)
        self.code = QLabel(result.recovery_code)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setFont(QFont("monospace", 14, QFont.Weight.Bold))
        self.record_button = QPushButton(self.tr("Hand-over &record…"))
        self.sheets_button = QPushButton(self.tr("Share &sheets…"))
        self.sheets_button.setVisible(result.shares is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        label_standard_buttons(buttons)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sheets_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.record_button.clicked.connect(self.show_record)
        self.sheets_button.clicked.connect(self.show_sheets)
        layout = QVBoxLayout(self)
        for widget in (done, code_intro, self.code, *self._shares_note(), *self._lock_note(
                retired_self)):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addWidget(buttons)
        self.record_button.setFocus()

    def _shares_note(self) -> list[QLabel]:
        shares = self.handed.shares
        if shares is None:
            return []
        note = QLabel(self.tr("New recovery shares: any %1 of %2. Print the sheets and give each "
                              "holder their own; the old sheets no longer work.")
                      .replace("%1", str(shares.threshold)).replace("%2", str(shares.count)))
        note.setWordWrap(True)
        return [note]

    def _lock_note(self, retired_self: bool) -> list[QLabel]:
        if not retired_self:
            return []
        note = QLabel(self.tr("Your account is now disabled: TuQuan locks when you close this "
                              "window. The new leader signs in with their own password."))
        note.setWordWrap(True)
        return [note]

    def show_record(self) -> None:
        self._operations.run_on_workspace(
            self, lambda _workspace: self.handed.record_pdf(),
            lambda pdf: self._preview(self.tr("Hand-over record"), pdf, "bien-ban-ban-giao.pdf"))

    def show_sheets(self) -> None:
        shares = self.handed.shares
        assert shares is not None  # the button shows only with new shares
        self._operations.run_query(
            self, lambda uow: share_sheets_pdf(uow, split=shares),
            lambda pdf: self._preview(self.tr("Recovery share sheets"), pdf, "manh-khoi-phuc.pdf",
                                      savable=False))

    def _preview(self, title: str, pdf: bytes, name: str, savable: bool = True) -> None:
        from desktop.gui.dialogs.pdf_preview import PdfPreview  # QtPdf loads when first needed

        preview = PdfPreview(title, pdf, name, self, savable=savable)
        preview.save_requested.connect(lambda path: self._operations.run_on_workspace(
            self, lambda _workspace: atomic_write_bytes(Path(path), pdf)))
        self.previews.append(preview)
        preview.show()
