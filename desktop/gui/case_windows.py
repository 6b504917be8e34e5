"""Opens case editors and document previews, and keeps drafts safe across a lock."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.atomic import atomic_write_bytes
from desktop.core.documents import case_documents
from desktop.core.mediation import cases
from desktop.gui.operations import Change, Operations

if TYPE_CHECKING:  # the editor's module loads with the first case opened, not at sign-in
    from desktop.gui.dialogs.case_editor import CaseEditor


class CaseWindows(QObject):
    def __init__(self, operations: Operations, parent_widget):
        super().__init__(parent_widget)
        self._operations, self._parent = operations, parent_widget
        self.editors: list[CaseEditor] = []
        self._hamlets: tuple[str, ...] = ()
        self.previews: list = []  # PdfPreview dialogs open now

    @property
    def hamlets(self) -> tuple[str, ...]:
        return self._hamlets

    @hamlets.setter
    def hamlets(self, hamlets: tuple[str, ...]) -> None:
        """The hamlet list, for editors opened from now on and those open now."""
        self._hamlets = tuple(hamlets)
        for editor in self.editors:
            editor.set_hamlets(self._hamlets)

    def open_case(self, case_id: str) -> None:
        """Bring up the case's editor (one per case), or a blank one for a new case."""
        for editor in self.editors:
            if case_id and editor.case and editor.case.id == case_id:
                editor.show()
                editor.raise_()
                editor.activateWindow()
                return
        # loaded with the first case opened: signing in needs only the overview
        from desktop.gui.dialogs.case_editor import CaseEditor

        editor = CaseEditor(self._operations, self.hamlets, self._parent)
        editor.document_requested.connect(self.preview_agreement)
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        self.editors.append(editor)
        if case_id:
            self._load_into(editor, case_id)
        editor.show()

    def _forget(self, editor: "CaseEditor") -> None:
        if editor in self.editors and not editor.isVisible():
            self.editors.remove(editor)
            editor.deleteLater()

    def _load_into(self, editor: "CaseEditor", case_id: str) -> None:
        self._operations.run_query(editor, lambda uow: cases.get_case(uow, case_ref=case_id),
                                   editor.populate)

    def _preview(self, title: str, name: str, build, record) -> None:
        def show(pdf: bytes) -> None:
            from desktop.gui.dialogs.pdf_preview import PdfPreview  # QtPdf loads when first needed

            preview = PdfPreview(title, pdf, name, self._parent)
            preview.save_requested.connect(lambda path: self._save(record, path))
            preview.printed.connect(lambda: self._printed(record))
            preview.finished.connect(lambda _r, p=preview: self.previews.remove(p))
            self.previews.append(preview)
            preview.show()

        self._operations.run_query(self._parent, build, show)

    def _save(self, record, path: str) -> None:
        """Saving a document records that it left the application (the audit trail)."""
        self._operations.run_op(self._parent,
                                lambda uow: atomic_write_bytes(Path(path), record(uow)),
                                changes=Change.NOTHING)

    def _printed(self, record) -> None:
        """Printing a document records that it left the application, as saving it does."""
        self._operations.run_op(self._parent, record, changes=Change.NOTHING)

    def preview_agreement(self, case_id: str, case_no: str) -> None:
        self._preview(self.tr("Written agreement %1").replace("%1", case_no),
                      case_documents.agreement_file_name(case_no),
                      lambda uow: case_documents.agreement_pdf(uow, case_ref=case_id),
                      lambda uow: case_documents.agreement_pdf(uow, case_ref=case_id, record=True))

    def preview_logbook(self, year: int) -> None:
        self._preview(self.tr("Log book %1").replace("%1", str(year)), f"so-hoa-giai-{year}.pdf",
                      lambda uow: case_documents.logbook_pdf(uow, year=year),
                      lambda uow: case_documents.logbook_pdf(uow, year=year, record=True))

    def hide_all(self) -> None:
        """On lock: editors keep their drafts but leave the screen; previews are closed."""
        for editor in self.editors:
            editor.hide()
        for preview in list(self.previews):
            preview.close()

    def show_all(self) -> None:
        for editor in self.editors:
            editor.show()
