"""Translated names of the values the core stores as codes (statuses, categories, reasons…)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_TEXTS = {
    "RECEIVED": QT_TRANSLATE_NOOP("labels", "Received"),
    "ASSIGNED": QT_TRANSLATE_NOOP("labels", "Assigned"),
    "IN_PROGRESS": QT_TRANSLATE_NOOP("labels", "In progress"),
    "ENDED": QT_TRANSLATE_NOOP("labels", "Ended"),
    "OUT_OF_SCOPE": QT_TRANSLATE_NOOP("labels", "Out of scope"),
    "SUCCESSFUL": QT_TRANSLATE_NOOP("labels", "Successful"),
    "UNSUCCESSFUL": QT_TRANSLATE_NOOP("labels", "Unsuccessful"),
    "PARTY_REQUEST": QT_TRANSLATE_NOOP("labels", "A party asked for mediation"),
    "MEDIATOR_WITNESSED": QT_TRANSLATE_NOOP("labels", "A mediator witnessed or learned of it"),
    "LEADER_ASSIGNED": QT_TRANSLATE_NOOP("labels", "Assigned by the team leader"),
    "PROPOSED_BY_AGENCY_OR_PERSON": QT_TRANSLATE_NOOP("labels", "Proposed by an agency or person"),
    "EVERYDAY_CONFLICT": QT_TRANSLATE_NOOP("labels", "Everyday conflict"),
    "CIVIL": QT_TRANSLATE_NOOP("labels", "Civil dispute"),
    "MARRIAGE_FAMILY": QT_TRANSLATE_NOOP("labels", "Marriage and family"),
    "MINOR_VIOLATION": QT_TRANSLATE_NOOP("labels", "Minor violation"),
    "CRIMINAL_EXEMPT": QT_TRANSLATE_NOOP("labels", "Criminal matter that may be mediated"),
    "ADMIN_EXEMPT": QT_TRANSLATE_NOOP("labels", "Administrative matter that may be mediated"),
    "OTHER_NOT_PROHIBITED": QT_TRANSLATE_NOOP("labels", "Other, not prohibited"),
    "AGREEMENT_REACHED": QT_TRANSLATE_NOOP("labels", "The parties reached agreement"),
    "PARTY_REQUESTED_STOP": QT_TRANSLATE_NOOP("labels", "A party asked to stop"),
    "MEDIATOR_ENDED_NO_PROSPECT": QT_TRANSLATE_NOOP("labels", "Ended: agreement is impossible"),
    "NOT_CHECKED": QT_TRANSLATE_NOOP("labels", "Not checked yet"),
    "IN_SCOPE": QT_TRANSLATE_NOOP("labels", "No exclusion applies"),
    "UNSURE_JUSTICE_OFFICER_CONSULTED": QT_TRANSLATE_NOOP(
        "labels", "Unsure: the Justice officer was consulted"),
    "EXCLUDED": QT_TRANSLATE_NOOP("labels", "Excluded: refer the parties elsewhere"),
    "HARMS_STATE_OR_PUBLIC_INTEREST": QT_TRANSLATE_NOOP(
        "labels", "Harms State or public interests"),
    "FAMILY_VIOLATION_FOR_STATE": QT_TRANSLATE_NOOP(
        "labels", "Family violation a State body must handle"),
    "ILLEGAL_OR_UNETHICAL_TRANSACTION": QT_TRANSLATE_NOOP(
        "labels", "Transaction against the law or social ethics"),
    "MUST_BE_PROSECUTED_OR_SANCTIONED": QT_TRANSLATE_NOOP(
        "labels", "Must be prosecuted or sanctioned"),
    "COMMERCIAL_OR_LABOUR": QT_TRANSLATE_NOOP("labels", "Commercial or labour dispute"),
    "NOT_STARTED": QT_TRANSLATE_NOOP("labels", "Not started"),
    "DONE": QT_TRANSLATE_NOOP("labels", "Done"),
    "NOT_COMPLIED": QT_TRANSLATE_NOOP("labels", "Not complied with"),
    "INDIVIDUAL": QT_TRANSLATE_NOOP("labels", "Individual"),
    "GROUP": QT_TRANSLATE_NOOP("labels", "Group of individuals"),
    "FAMILY": QT_TRANSLATE_NOOP("labels", "Family"),
    "GROUP_OF_FAMILIES": QT_TRANSLATE_NOOP("labels", "Group of families"),
    "ORGANISATION": QT_TRANSLATE_NOOP("labels", "Organisation"),
    "LATE_START": QT_TRANSLATE_NOOP(
        "labels", "The first session came more than 3 days after the assignment (Art. 20)."),
}


def label(code: str | None) -> str:
    """The translated name of a stored code; the code itself if it has none."""
    if not code:
        return ""
    text = _TEXTS.get(code)
    return QCoreApplication.translate("labels", text) if text else code
