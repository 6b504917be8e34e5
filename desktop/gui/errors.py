"""The one place exceptions become messages on screen, translated.

Each error's message is written once, in desktop/core/errors.py; here it is only translated.
"""

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core import errors
from desktop.core.logs import safe

log = logging.getLogger(__name__)


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
    QT_TRANSLATE_NOOP("input", "no account has this user name"),
    QT_TRANSLATE_NOOP("input", "not a known commune code"),
    QT_TRANSLATE_NOOP("input", "unknown format"),
    QT_TRANSLATE_NOOP("input", "the two entries differ"),
    QT_TRANSLATE_NOOP("input", "recipient"),
    QT_TRANSLATE_NOOP("input", "police"), QT_TRANSLATE_NOOP("input", "commune"),
    QT_TRANSLATE_NOOP("input", "count"),
    QT_TRANSLATE_NOOP("input", "enter a number from 0 to 1000"),
    QT_TRANSLATE_NOOP("input", "only a team keeps a register"),
    QT_TRANSLATE_NOOP("input", "the justice statistics are counted at the commune People's "
                               "Committee"),
    QT_TRANSLATE_NOOP("input", "enrol the commune police's card first"),
    QT_TRANSLATE_NOOP("input", "enrol the commune People's Committee's card first"),
    QT_TRANSLATE_NOOP("input", "enrol the card of the commune police or of the commune People's "
                               "Committee first"),
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
    QT_TRANSLATE_NOOP("input", "implementation_method"),
    QT_TRANSLATE_NOOP("input", "implementation_deadline"),
    QT_TRANSLATE_NOOP("input", "witnesses"),
    QT_TRANSLATE_NOOP("input", "before the agreement was reached"),
    QT_TRANSLATE_NOOP("input", "outside 1900 … ten years from today"),
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
    # The team register and the log-book volumes.
    QT_TRANSLATE_NOOP("input", "member"), QT_TRANSLATE_NOOP("input", "recognised_on"),
    QT_TRANSLATE_NOOP("input", "trained_on"), QT_TRANSLATE_NOOP("input", "volume"),
    QT_TRANSLATE_NOOP("input", "opened_on"), QT_TRANSLATE_NOOP("input", "closed_on"),
    QT_TRANSLATE_NOOP("input", "is in the future"),
    QT_TRANSLATE_NOOP("input", "after the member left the team"),
    QT_TRANSLATE_NOOP("input", "has already left the team"),
    QT_TRANSLATE_NOOP("input", "before the member was recognised"),
    QT_TRANSLATE_NOOP("input", "close the current volume first"),
    QT_TRANSLATE_NOOP("input", "must be after the previous volume closed"),
    QT_TRANSLATE_NOOP("input", "already closed"),
    QT_TRANSLATE_NOOP("input", "before the volume was opened"),
    QT_TRANSLATE_NOOP("input", "some of its cases are not finished yet"),
    QT_TRANSLATE_NOOP("input", "share holders"), QT_TRANSLATE_NOOP("input", "shares needed"),
    QT_TRANSLATE_NOOP("input", "old leader"), QT_TRANSLATE_NOOP("input", "new leader"),
    QT_TRANSLATE_NOOP("input", "name from 2 to 16 holders, one a share"),
    QT_TRANSLATE_NOOP("input", "enter between 1 and 100 characters"),
    QT_TRANSLATE_NOOP("input", "from 2 up to the number of holders"),
    QT_TRANSLATE_NOOP("input", "the recovery shares are split again: name their holders"),
    QT_TRANSLATE_NOOP("input", "name the leader who hands over"),
    QT_TRANSLATE_NOOP("input", "this account is not an active leader"),
    QT_TRANSLATE_NOOP("input", "choose an account other than the old leader's"),
    QT_TRANSLATE_NOOP("input", "a leader hands over only their own role"),
)


def _translated_params(error: errors.AppError) -> dict:
    params = _params_in_words(error)
    if "recipient" in params:  # a desk's code: police or commune
        params["recipient"] = QCoreApplication.translate("input", params["recipient"])
    return params


def _params_in_words(error: errors.AppError) -> dict:
    cause = error.__cause__
    if isinstance(cause, errors.AppError) and "reason" in error.params:
        return error.params | {"reason": error_message(cause)}  # e.g. why a copy failed
    if "reason" in error.params:
        # loaded when first needed: the unlock screen paints sooner
        from desktop.gui.bundle_texts import translate_reason

        return error.params | {"reason": translate_reason(error.params["reason"])}
    if not isinstance(error, errors.InvalidInput):
        return error.params
    return {key: QCoreApplication.translate("input", value) for key, value in error.params.items()}


def error_message(error: BaseException) -> str:
    """A translated sentence for an application error; a generic one for anything else."""
    if isinstance(error, errors.AppError):
        template = QCoreApplication.translate("errors", error.in_window or error.template)
        return template.format(**_translated_params(error))
    # Unexpected errors: the type only, so no personal data reaches a log or a dialog.
    log.error("unexpected error: %s", safe(type(error).__name__))
    return QCoreApplication.translate(
        "errors", "An unexpected error occurred ({kind}). Nothing was saved.").format(
        kind=type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "TuQuan"),
                        error_message(error))
