"""Screenshots of getting in: a forgotten password reset with the recovery code, and a new
computer set up from a backup file."""

from PySide6.QtWidgets import QScrollArea
from screenshot_tools import shoot

from desktop.core.paths import AppPaths
from desktop.gui.dialogs.setup_wizard import SetupWizard


def access_screens(unlock_dialog) -> None:
    """The unlock window's "Quên mật khẩu?" form, filled in as a user would."""
    unlock_dialog.open_recovery()
    recovery = unlock_dialog.recovery_dialog
    recovery.username.setText("lan")
    recovery.code.setText("BRZZP-NSUMY-AYF2D-7VHJC-3NE78-QPFRV")
    shoot(recovery, "35-forgot-password")
    recovery.reject()


def backups_screen(settings_page) -> None:
    """The settings page scrolled to its backups: the ones on the laptop, and to a USB stick."""
    area = settings_page.findChild(QScrollArea)
    area.ensureWidgetVisible(settings_page.backups)
    shoot(settings_page.window(), "38-backups-and-usb")
    area.ensureVisible(0, 0)


def restore_wizard_screen(paths: AppPaths, controller) -> None:
    """The first-run wizard's road for a new laptop: the backup file and how to open it."""
    wizard = SetupWizard(paths, controller.operations)
    wizard.show()
    wizard.mode_page.restore.setChecked(True)
    wizard.next()
    wizard.restore_file_page.file.setText("E:/00004-to-hoa-giai-thon-dong-hoa-20261207-1030.tqbackup")
    shoot(wizard, "37-wizard-restore")
    wizard.close()
