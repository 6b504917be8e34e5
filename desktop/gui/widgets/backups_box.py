"""The backups section of the settings page: list, back up now, check, restore (administrator);
and a backup file written to a USB stick, which leaves the laptop."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.backups import offsite, restore
from desktop.core.installation import stick_backup
from desktop.core.text import format_date_time
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.tables import fill_table, read_only_table, row_of

if TYPE_CHECKING:  # named for the checker only: the GUI reaches the workspace through the core
    from desktop.core.data_folder.workspace import Workspace


class BackupsBox(QGroupBox):
    """`restore_requested(id)` asks the window to lock and put that backup in place."""

    restore_requested = Signal(str)

    def __init__(self, operations: Operations, parent=None):
        super().__init__(self.tr("Backups (encrypted)"), parent)
        self._operations = operations
        self._workspace: Workspace | None = None
        self.table = read_only_table([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.create_button = QPushButton(self.tr("&Back up now"))
        self.check_button = QPushButton(self.tr("C&heck the backups"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.stick_button = QPushButton(self.tr("Back up to a &USB stick…"))
        self.stick_button.setToolTip(self.tr(
            "One encrypted file holding all the team's data, for a stick kept away from this "
            "laptop: a new computer can be set up from it with a password or the recovery code."))
        self.last_offsite = QLabel()
        self.last_offsite.setWordWrap(True)
        self.create_button.clicked.connect(self._create)
        self.check_button.clicked.connect(self._check)
        self.restore_button.clicked.connect(self._restore)
        self.stick_button.clicked.connect(self._to_stick)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row_of(self.create_button, self.check_button, self.restore_button))
        stick_row = QHBoxLayout()
        stick_row.addWidget(self.stick_button)
        stick_row.addWidget(self.last_offsite, 1)
        layout.addLayout(stick_row)
        self._rows: list = []
        operations.did_change.connect(self._data_changed)

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.BACKUPS and self._workspace is not None:
            self.load(self._workspace)

    def load(self, workspace) -> None:
        self._workspace = workspace
        self._operations.run_on_workspace(
            self, lambda workspace: restore.list_backup_rows(workspace.paths), self._show)
        self._operations.run_query(self, offsite.last_offsite_backup, self._show_offsite)

    def _show_offsite(self, last) -> None:
        self.last_offsite.setText(
            self.tr("Last backup taken off this laptop: %1").replace(
                "%1", format_date_time(last.made_at)) if last is not None else
            self.tr("No backup has been taken off this laptop yet."))

    def _to_stick(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the USB stick (or a folder on it)"))
        if not folder:
            return
        self._operations.run_on_workspace(
            self, lambda workspace: stick_backup.back_up_to_folder(workspace, folder=Path(folder)),
            self._written, changes=Change.BACKUPS,
            label=self.tr("Writing the backup to the stick and checking it…"))

    def _written(self, made) -> None:
        removed = self.tr(" Older copies removed from it: %1.").replace(
            "%1", str(len(made.removed))) if made.removed else ""
        QMessageBox.information(self, self.tr("Backup to a USB stick"), self.tr(
            "The backup file %1 was written to %2, read back and verified: it is complete and "
            "opens with the team's passwords or the recovery code. It holds everything up to "
            "%3. Keep the stick away from this laptop.%4")
            .replace("%1", made.file_name).replace("%2", str(Path(made.path).parent))
            .replace("%3", format_date_time(made.made_at)).replace("%4", removed))

    def _show(self, rows) -> None:
        self._rows = rows
        reasons = {"daily": self.tr("daily"), "manual": self.tr("on request"),
                   "before-migration": self.tr("before an update"),
                   "before-restore": self.tr("before a restore"),
                   "before-purge": self.tr("before erasing old records"),
                   "damaged": self.tr("damaged database, kept"),
                   "before-key-rotation": self.tr("before a key change"),
                   "after-key-rotation": self.tr("after a key change")}
        fill_table(self.table, [[format_date_time(r.created_at), reasons.get(r.reason, r.reason),
                                 f"{r.size_bytes // 1024:,} KiB".replace(",", ".")]
                                for r in rows])

    def _create(self) -> None:
        self._operations.run_on_workspace(self, restore.back_up_now, changes=Change.BACKUPS)

    def _check(self) -> None:
        workspace = self._workspace
        assert workspace is not None  # the box is shown loaded with the open workspace
        key, paths = workspace.database_key(), workspace.paths
        ids = [row.id for row in self._rows]

        def check_all(_workspace):
            return {backup_id: restore.check_backup(paths, key, backup_id) for backup_id in ids}

        self._operations.run_on_workspace(self, check_all, self._checked)

    def _checked(self, results: dict) -> None:
        made = {row.id: format_date_time(row.created_at) for row in self._rows}
        bad = [made.get(backup_id, backup_id) for backup_id, problems in results.items() if problems]
        QMessageBox.information(self, self.tr("Backups"), self.tr(
            "All %1 backups open with this installation's key and every page checks.")
            .replace("%1", str(len(results))) if not bad else self.tr(
            "Damaged backups: %1. The others are sound.").replace("%1", ", ".join(bad)))

    def _restore(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            QMessageBox.information(self, self.tr("Restore"),
                                    self.tr("Choose a backup in the list first."))
            return
        chosen = self._rows[row]
        answer = QMessageBox.question(self, self.tr("Restore"), self.tr(
            "Put the backup made %1 in place of the current data? TuQuan locks; the current "
            "data is kept as a backup first, so this can be undone.")
            .replace("%1", format_date_time(chosen.created_at)))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(chosen.id)

    def clear(self) -> None:
        self._workspace, self._rows = None, []
        self.table.setRowCount(0)
        self.last_offsite.clear()
