"""The one place exceptions become messages on screen, translated."""

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core import errors
from desktop.core.logs import safe

log = logging.getLogger(__name__)


def _translations() -> dict[type, str]:
    from desktop.core.access.key_rotation import RotationRefused
    from desktop.core.backups.restore import BackupUnusable, DatabaseDamaged, DatabaseDamagedNoBackup
    from desktop.core.bundles.envelope import BundleRejected
    from desktop.core.bundles.export import ExportNotCopied
    from desktop.core.bundles.outbox import CopyFailed
    from desktop.core.data_folder.folder_lock import OpenInCommand, OpenInWindow

    translate = QCoreApplication.translate
    return {
        DatabaseDamaged: translate(
            "errors", "The database is damaged ({problem}). Nothing was changed. The newest good "
            "backup is {backup}: TuQuan offers to restore it; the damaged file is kept."),
        DatabaseDamagedNoBackup: translate(
            "errors", "The database is damaged ({problem}), and no backup in the data folder opens "
            "and checks. Nothing was changed. Keep the folder as it is and bring a backup made "
            "elsewhere (a stick, another copy of the folder)."),
        BackupUnusable: translate("errors", "Backup {backup} cannot be restored: {problem}"),
        RotationRefused: translate("errors", "The database key was not changed: {reason}"),
        BundleRejected: translate("errors", "The bundle was rejected: {reason}"),
        CopyFailed: translate(
            "errors", "Writing the bundle to {target} failed ({reason}). The bundle is safe in "
            "the outbox: try another stick, then write it again."),
        ExportNotCopied: translate(
            "errors", "Bundle {seq} was made and kept in the outbox, but writing it out failed: "
            "{reason} Write it again later (\"Write again\")."),
        errors.DiskFull: translate(
            "errors", "There is no room to write in {place} ({detail}). Nothing was saved and the "
            "files already there are intact; free some space or choose another place, then try "
            "again."),
        errors.NotWritable: translate(
            "errors", "{place} cannot be written ({detail}): it may be read-only or locked. "
            "Nothing was changed there; choose another place."),
        errors.NotInitialised: translate("errors", "No TuQuan installation was found in {data_dir}."),
        errors.AlreadyInitialised: translate(
            "errors", "An installation already exists in {data_dir}; it was left untouched."),
        OpenInWindow: translate(
            "errors", "The data in {data_dir} is already open in a TuQuan window. Use that "
            "window, or close it first."),
        OpenInCommand: translate(
            "errors", "The data in {data_dir} is in use by a tuquan command. Wait for it to "
            "finish, then open TuQuan again; nothing was changed."),
        errors.DatabaseDriverMissing: translate(
            "errors", "This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach "
            "the police unit's database server: install the police unit's build of TuQuan."),
        errors.DataBusy: translate(
            "errors", "Another TuQuan window or command kept the data busy for too long; nothing "
            "was saved. Try again in a moment."),
        errors.DataFolderReadOnly: translate(
            "errors", "The data folder {data_dir} cannot be written ({detail}): it may be on a "
            "read-only disk, or a stick with its lock switch on. Copy the folder to a writable "
            "place, or make it writable. Nothing was changed."),
        errors.WrongPassword: translate("errors", "Wrong user name or password."),
        errors.UnlockThrottled: translate(
            "errors", "Too many failed attempts. Try again in {seconds} seconds."),
        errors.AccountDisabled: translate("errors", "The account {username} is disabled."),
        errors.PermissionDenied: translate("errors", "Your role ({role}) is not allowed to {action}."),
        errors.InvalidInput: translate("errors", "{field}: {problem}"),
        errors.DatabaseTooNewError: translate(
            "errors", "This data was written by a newer version of TuQuan (schema {revision}). "
            "Install the newer version to open it; nothing was changed."),
        errors.KeyFileMismatch: translate(
            "errors", "The key file does not match the database in {data_dir}; "
            "restore both from a backup."),
        errors.NotFound: translate("errors", "{what} {name} was not found."),
    }


# Field names and problems the core reports in InvalidInput, listed here so they get translated.
INPUT_TEXTS = (
    QT_TRANSLATE_NOOP("input", "user name"), QT_TRANSLATE_NOOP("input", "password"),
    QT_TRANSLATE_NOOP("input", "full name"), QT_TRANSLATE_NOOP("input", "role"),
    QT_TRANSLATE_NOOP("input", "name"), QT_TRANSLATE_NOOP("input", "commune code"),
    QT_TRANSLATE_NOOP("input", "administrative units file"),
    QT_TRANSLATE_NOOP("input", "use 2–32 letters a–z, digits, '.', '_' or '-'"),
    QT_TRANSLATE_NOOP("input", "use at least 8 characters"),
    QT_TRANSLATE_NOOP("input", "enter between 1 and 200 characters"),
    QT_TRANSLATE_NOOP("input", "this role does not exist in this mode"),
    QT_TRANSLATE_NOOP("input", "this user name is already taken"),
    QT_TRANSLATE_NOOP("input", "not a known commune code"),
    QT_TRANSLATE_NOOP("input", "unknown format"),
    QT_TRANSLATE_NOOP("input", "the two entries differ"),
    QT_TRANSLATE_NOOP("input", "received_date"),
    QT_TRANSLATE_NOOP("input", "basis"),
    QT_TRANSLATE_NOOP("input", "scope_category"),
    QT_TRANSLATE_NOOP("input", "status"),
    QT_TRANSLATE_NOOP("input", "end_reason"),
    QT_TRANSLATE_NOOP("input", "scope_exclusion"),
    QT_TRANSLATE_NOOP("input", "scope_check"),
    QT_TRANSLATE_NOOP("input", "scope_note"),
    QT_TRANSLATE_NOOP("input", "no_conflict"),
    QT_TRANSLATE_NOOP("input", "reason"),
    QT_TRANSLATE_NOOP("input", "ended_on"),
    QT_TRANSLATE_NOOP("input", "result"),
    QT_TRANSLATE_NOOP("input", "risk_of_violence"),
    QT_TRANSLATE_NOOP("input", "signs_of_violation"),
    QT_TRANSLATE_NOOP("input", "held_on"),
    QT_TRANSLATE_NOOP("input", "implementation_status"),
    QT_TRANSLATE_NOOP("input", "position"),
    QT_TRANSLATE_NOOP("input", "gender"),
    QT_TRANSLATE_NOOP("input", "hamlet"),
    QT_TRANSLATE_NOOP("input", "required"),
    QT_TRANSLATE_NOOP("input", "record when it was reported and to whom"),
    QT_TRANSLATE_NOOP("input", "say which exclusion applies"),
    QT_TRANSLATE_NOOP("input", "mediation has already started"),
    QT_TRANSLATE_NOOP("input", "note whom you consulted and what they said"),
    QT_TRANSLATE_NOOP("input", "the case is closed; add a note instead"),
    QT_TRANSLATE_NOOP("input", "must stay in the case number's year"),
    QT_TRANSLATE_NOOP("input", "the mediator must confirm having no interest in or relationship to the case"),
    QT_TRANSLATE_NOOP("input", "the case is closed"),
    QT_TRANSLATE_NOOP("input", "confirm that no exclusion applies before mediation starts"),
    QT_TRANSLATE_NOOP("input", "assign a mediator first"),
    QT_TRANSLATE_NOOP("input", "an out-of-scope case has no mediation result"),
    QT_TRANSLATE_NOOP("input", "before the case was received"),
    QT_TRANSLATE_NOOP("input", "only for cases that reached agreement"),
    QT_TRANSLATE_NOOP("input", "expected a date as dd/mm/yyyy or yyyy-mm-dd"),
    QT_TRANSLATE_NOOP("input", "a party needs a name"),
    QT_TRANSLATE_NOOP("input", "expected a year such as 1975"),
    QT_TRANSLATE_NOOP("input", "expected a date and time (ISO 8601)"),
    QT_TRANSLATE_NOOP("input", "card"), QT_TRANSLATE_NOOP("input", "receipt"),
    QT_TRANSLATE_NOOP("input", "police unit"), QT_TRANSLATE_NOOP("input", "installation"),
    QT_TRANSLATE_NOOP("input", "passphrase"), QT_TRANSLATE_NOOP("input", "month"),
    QT_TRANSLATE_NOOP("input", "not a TuQuan key card"),
    QT_TRANSLATE_NOOP("input", "a team enrols its police unit's card, and the police unit enrols "
                               "the teams' cards"),
    QT_TRANSLATE_NOOP("input", "enrol the police unit's card first"),
    QT_TRANSLATE_NOOP("input", "not a TuQuan receipt"),
    QT_TRANSLATE_NOOP("input", "it was not signed by the police unit enrolled here, or it was "
                               "altered"),
    QT_TRANSLATE_NOOP("input", "it was written for another team"),
    QT_TRANSLATE_NOOP("input", "its content has the wrong shape"),
    QT_TRANSLATE_NOOP("input", "receipts are written by the police unit and read by teams"),
    QT_TRANSLATE_NOOP("input", "cannot be opened"),
    QT_TRANSLATE_NOOP("input", "is too large for this kind of file"),
    QT_TRANSLATE_NOOP("input", "expected a month as YYYY-MM"),
    QT_TRANSLATE_NOOP("input", "outside 1900 … a year from today"),
    QT_TRANSLATE_NOOP("input", "holds characters that are not text"),
    QT_TRANSLATE_NOOP("input", "more than 100 entries"),
    QT_TRANSLATE_NOOP("input", "this key was revoked; ask for a new card"),
    QT_TRANSLATE_NOOP("input", "this key is already enrolled for someone else"),
    QT_TRANSLATE_NOOP("input", "this card is already enrolled"),
    QT_TRANSLATE_NOOP("input", "has no rows to import"),
)


def _translated_params(error: errors.AppError) -> dict:
    cause = error.__cause__
    if isinstance(cause, errors.AppError) and "reason" in error.params:
        return error.params | {"reason": error_message(cause)}  # e.g. why a copy failed
    if "reason" in error.params:
        from desktop.gui.bundle_texts import translate_reason

        return error.params | {"reason": translate_reason(error.params["reason"])}
    if not isinstance(error, errors.InvalidInput):
        return error.params
    return {key: QCoreApplication.translate("input", value) for key, value in error.params.items()}


def error_message(error: BaseException) -> str:
    """A translated sentence for an application error; a generic one for anything else."""
    if isinstance(error, errors.AppError):
        template = _translations().get(type(error))
        return template.format(**_translated_params(error)) if template else error.message
    # Unexpected errors: the type only, so no personal data reaches a log or a dialog.
    log.error("unexpected error: %s", safe(type(error).__name__))
    return QCoreApplication.translate(
        "errors", "An unexpected error occurred ({kind}). Nothing was saved.").format(
        kind=type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "TuQuan"),
                        error_message(error))
