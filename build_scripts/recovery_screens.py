"""Screenshots of shared recovery for `screenshots.py`: a printed share sheet and the hand-over form."""

from collections.abc import Callable

from desktop.core.access.handover import handover_context
from desktop.core.access.recovery_shares import share_sheets_pdf, split_recovery_shares
from desktop.gui.dialogs import handover_dialog
from desktop.gui.dialogs.pdf_preview import PdfPreview


def recovery_screens(workspace, shoot: Callable, wait_until: Callable, settle: Callable) -> None:
    """Shares split 2 of 3 for the occasion: the first holder's sheet, then the hand-over form."""
    split = split_recovery_shares(workspace, threshold=2, holders=(
        "Nguyễn Thị Lan", "Đặng Văn Đức", "Trần Thị Hòa"))
    with workspace.unit_of_work() as uow:
        pdf = share_sheets_pdf(uow, split=split)
    preview = PdfPreview("Mảnh khôi phục", pdf, "manh-khoi-phuc.pdf", savable=False)
    preview.show()
    wait_until(lambda: preview.document.pageCount() > 0)
    settle(800)
    shoot(preview, "32-share-sheet")
    preview.close()
    form = handover_dialog.HandOverDialog(handover_context(workspace))
    form.new.setChecked(True)
    form.username.setText("hoa")
    form.full_name.setText("Trần Thị Hòa")
    form.holders.setPlainText("Đặng Văn Đức\nTrần Thị Hòa\nLê Văn Tám")
    form.show()
    shoot(form, "33-handover")
    form.close()
