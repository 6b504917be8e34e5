"""Every error the user can act on, with its one message: English as written here, shown
translated in the window (the .ts files take these texts from this module).

`template` is the message; `in_window` replaces it in the window where the advice differs there
(a button to press instead of a command to type).
"""

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  the name Qt's lupdate finds
    """Mark `text` for translation (in the window's context `context`); return it unchanged."""
    return text


class AppError(Exception):
    """Base of every error meant to be shown to the user as one clear sentence."""

    template = "Something went wrong."
    in_window: str | None = None

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class NotInitialised(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "No TuQuan installation was found in {data_dir}. Run the set-up first.")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "No TuQuan installation was found in {data_dir}.")


class AlreadyInitialised(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "An installation already exists in {data_dir}; it was left untouched.")


class WrongPassword(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Wrong user name or password.")


class WrongRecoveryCode(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The recovery code is wrong. Type it as printed on the recovery sheet: six groups "
                  "of five letters and digits.")


class PasswordResetRefused(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The password of {username} cannot be reset by another account: a team leader or "
                  "administrator changes their own password, or resets it with the recovery code "
                  "(`tuquan recover`).")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "The password of {username} cannot be reset by another account: a team leader or "
                  "administrator changes their own password, or resets it with the recovery code "
                  "(\"Forgot password?\" on the unlock window).")


class UnlockThrottled(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Too many failed attempts. Try again in {seconds} seconds.")


class AccountDisabled(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The account {username} is disabled.")


class PermissionDenied(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Your role ({role}) is not allowed to {action}.")


class InvalidInput(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{field}: {problem}")


class DatabaseTooNewError(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This data was written by a newer version of TuQuan (schema {revision}). Install the newer"
                  " version to open it; nothing was changed.")


class KeyFileMismatch(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The key file does not match the database in {data_dir}; restore both from a backup.")


class MediatorAmbiguous(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Several members are named {name}; give the register id of the one meant: "
                  "{choices}")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "Several members are named {name}: choose the one meant from the list (it says "
                  "which hamlet each one covers). {choices}")


class NotFound(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{what} {name} was not found.")


class SubjectAmbiguous(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{count} people are recorded under this name, so nothing was exported or changed: "
                  "choose one with --person KEY, or tell them apart with --birth-year or --address. "
                  "{candidates}")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "{count} people are recorded under this name, so nothing was exported or changed: "
                  "choose one of them. {candidates}")


class DatabaseServerUnreachable(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The PostgreSQL server holding this installation's data did not answer ({detail}). Check "
                  "that it is running and reachable, then try again.")


class DataBusy(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Another TuQuan window or command kept the data busy for too long; nothing was saved. Try "
                  "again in a moment.")


class DataFolderReadOnly(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The data folder {data_dir} cannot be written ({detail}): it may be on a read-only disk, "
                  "or a stick with its lock switch on. TuQuan writes there even to open the data; copy the "
                  "folder to a writable place, or make it writable. Nothing was changed.")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "The data folder {data_dir} cannot be written ({detail}): it may be on a read-only disk, "
                  "or a stick with its lock switch on. Copy the folder to a writable place, or make it "
                  "writable. Nothing was changed.")


class DatabaseDriverMissing(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach the police "
                  "unit's database server: install the police unit's build of TuQuan, or `pip install "
                  "tuquan[postgresql]`.")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach the police "
                  "unit's database server: install the police unit's build of TuQuan.")


class ServerKeepsBackups(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This installation keeps its data in PostgreSQL: back it up, restore it and protect its "
                  "disk with the server's own tools (pg_dump, disk encryption).")


class DiskFull(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no room to write in {place} ({detail}). Nothing was saved and the files already "
                  "there are intact; free some space or choose another place, then try again.")


class NotWritable(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{place} cannot be written ({detail}): it may be read-only or locked. Nothing was changed "
                  "there; choose another place.")


class DatabaseDamaged(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The database in {data_dir} is damaged ({problem}). Nothing was changed. Restore the "
                  "newest good backup: `tuquan backup restore {backup}` or Settings → Backups.")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "The database is damaged ({problem}). Nothing was changed. The newest good backup is "
                  "{backup}: TuQuan offers to restore it; the damaged file is kept.")


class DatabaseDamagedNoBackup(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The database in {data_dir} is damaged ({problem}), and no backup in this folder opens and"
                  " checks. Nothing was changed. Keep the folder as it is and bring a backup made elsewhere "
                  "(a stick, another copy of the folder).")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "The database is damaged ({problem}), and no backup in the data folder opens and checks. "
                  "Nothing was changed. Keep the folder as it is and bring a backup made elsewhere (a stick,"
                  " another copy of the folder).")


class BackupUnusable(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Backup {backup} cannot be restored: {problem}")


class NotABackupFile(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{file} is not a TuQuan backup file (or was made by a newer version of TuQuan); "
                  "nothing was changed.")


class BackupFileDamaged(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The backup file {file} is damaged or was altered ({problem}): nothing was "
                  "restored from it; use another copy of the backup.")


class StickBackupFailed(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The backup could not be written to {target} ({reason}): nothing was left there "
                  "under a backup's name; try again, or use another stick.")


class RotationRefused(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The database key was not changed: {reason}")


class ShareUnreadable(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Share {number} cannot be read: check each of its words against the sheet.")


class SharesTooFew(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{needed} recovery shares are needed; {given} were given.")


class SharesMismatched(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "These recovery shares do not belong together: use shares printed at the same "
                  "time, each sheet once.")


class SharesReplaced(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "These recovery shares were replaced by a newer split and no longer open TuQuan.")


class NoRecoveryShares(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "No recovery shares were made for this installation.")


class BundleRejected(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The bundle was rejected: {reason}")


class CopyFailed(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Writing the bundle to {target} failed ({reason}). The bundle is safe in the outbox: try "
                  "another stick, then write it again.")


class ExportNotCopied(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Bundle {seq} for the {recipient} desk was made and kept in the outbox, but writing "
                  "it out failed: {reason} Write it again later (`tuquan outbox write {seq} --to "
                  "{recipient} --out DIR`).")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "Bundle {seq} for {recipient} was made and kept in the outbox, but writing it out "
                  "failed: {reason} Write it again later (\"Write again\").")


class CardAlreadyEnrolled(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{name} already has an enrolled key (fingerprint {fingerprint}). Enrol the new card only "
                  "if they changed their key on purpose: replacing it revokes the old one.")


class WrongDeskCard(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This is the commune police's card; the commune People's Committee's card is "
                  "expected here.")


class WrongPoliceCard(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This is the commune People's Committee's card; the commune police's card is "
                  "expected here.")


class OpenInWindow(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The data in {data_dir} is open in a TuQuan window. Close that window first, then try "
                  "again; nothing was changed.")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "The data in {data_dir} is already open in a TuQuan window. Use that window, or close it "
                  "first.")


class OpenInCommand(AppError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The data in {data_dir} is in use by another tuquan command, which did not finish in time."
                  " Wait for it to finish, then try again; nothing was changed.")
    in_window = QT_TRANSLATE_NOOP(
        "errors", "The data in {data_dir} is in use by a tuquan command. Wait for it to finish, then open "
                  "TuQuan again; nothing was changed.")
