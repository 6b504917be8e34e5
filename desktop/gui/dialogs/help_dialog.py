"""The user guide (docs/huong-dan.md) in a window, with its screenshots (Help menu, F1)."""

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

from desktop.core.paths import resource_dir
from desktop.gui.widgets.scrolling import resize_within_screen


def guide_file():
    """docs/huong-dan.md beside the resources, in the source tree and in the packaged build."""
    return resource_dir().parent / "docs" / "huong-dan.md"


class HelpDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("User guide"))
        path = guide_file()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        try:
            self.browser.setMarkdown(path.read_text("utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("The user guide was not found next to the program."))
        QVBoxLayout(self).addWidget(self.browser)
        resize_within_screen(self, 820, 680)
