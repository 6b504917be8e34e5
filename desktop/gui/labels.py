"""Translated names of the values the core stores as codes (statuses, categories, reasons…)."""

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# QT_TRANSLATE_NOOP hands back the text it marks; its stub says object.
_TEXTS = cast(dict[str, str], {
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
    "PUBLIC_ORDER": QT_TRANSLATE_NOOP("labels", "Public order"),
    "THEFT_PROPERTY": QT_TRANSLATE_NOOP("labels", "Theft, property"),
    "DRUGS": QT_TRANSLATE_NOOP("labels", "Drugs"),
    "GAMBLING": QT_TRANSLATE_NOOP("labels", "Gambling"),
    "SOCIAL_EVILS": QT_TRANSLATE_NOOP("labels", "Social evils"),
    "DOMESTIC_VIOLENCE": QT_TRANSLATE_NOOP("labels", "Domestic violence"),
    "TRAFFIC_SAFETY": QT_TRANSLATE_NOOP("labels", "Traffic safety"),
    "FIRE_RESCUE": QT_TRANSLATE_NOOP("labels", "Fire and rescue"),
    "OTHER": QT_TRANSLATE_NOOP("labels", "Other"),
    "OBSERVATION": QT_TRANSLATE_NOOP("labels", "Observation"),
    "TIP": QT_TRANSLATE_NOOP("labels", "Tip from a resident"),
    "PHONE": QT_TRANSLATE_NOOP("labels", "By phone"),
    "IN_PERSON": QT_TRANSLATE_NOOP("labels", "In person"),
    "NORMAL": QT_TRANSLATE_NOOP("labels", "Normal"),
    "CONFIDENTIAL": QT_TRANSLATE_NOOP("labels", "Confidential"),
    "SOURCE_PROTECTED": QT_TRANSLATE_NOOP("labels", "Source protected"),
    "OPEN": QT_TRANSLATE_NOOP("labels", "Open"),
    "REPORTED": QT_TRANSLATE_NOOP("labels", "Reported"),
    "CLOSED": QT_TRANSLATE_NOOP("labels", "Closed"),
    "SENSITIVE_TOPIC": QT_TRANSLATE_NOOP(
        "labels", "The text mentions religion, ethnicity or politics: keep it only if strictly "
        "necessary."),
    "MEDIATION": QT_TRANSLATE_NOOP("labels", "Mediation"),
    "SECURITY_REPORTING": QT_TRANSLATE_NOOP("labels", "Security reporting"),
    "CONTACT": QT_TRANSLATE_NOOP("labels", "Contact"),
    "STATISTICS": QT_TRANSLATE_NOOP("labels", "Statistics"),
    "denunciation_reports": QT_TRANSLATE_NOOP("labels", "Denunciations (reports)"),
    "denunciation_subjects": QT_TRANSLATE_NOOP("labels", "Denunciations (subjects)"),
    "joint_handling_cases": QT_TRANSLATE_NOOP("labels", "Joint handling (cases)"),
    "joint_handling_subjects": QT_TRANSLATE_NOOP("labels", "Joint handling (subjects)"),
    "wanted_persons_surrendered": QT_TRANSLATE_NOOP("labels", "Wanted persons persuaded to surrender"),
    "erred_people_active": QT_TRANSLATE_NOOP("labels", "People who erred: being helped"),
    "erred_people_completed": QT_TRANSLATE_NOOP("labels", "People who erred: help completed"),
    "erred_people_reintegrated": QT_TRANSLATE_NOOP("labels", "People who erred: reintegrated"),
    "delinquent_youths_managed": QT_TRANSLATE_NOOP("labels", "Delinquent youths managed"),
    "patrols": QT_TRANSLATE_NOOP("labels", "Patrols"),
    "patrol_participant_turns": QT_TRANSLATE_NOOP("labels", "Patrol participant-turns"),
    "propaganda_sessions": QT_TRANSLATE_NOOP("labels", "Propaganda sessions"),
    "propaganda_attendance": QT_TRANSLATE_NOOP("labels", "Propaganda attendance"),
    "self_management_models": QT_TRANSLATE_NOOP("labels", "Self-management models"),
    "self_management_members": QT_TRANSLATE_NOOP("labels", "Self-management members"),
    "households_total": QT_TRANSLATE_NOOP("labels", "Households in the area"),
    "households_pledged": QT_TRANSLATE_NOOP("labels", "Households pledged"),
    "CASE": QT_TRANSLATE_NOOP("labels", "Mediation case"),
    "RISK_OF_VIOLENCE": QT_TRANSLATE_NOOP("labels", "Risk of violence"),
    "SIGNS_OF_VIOLATION": QT_TRANSLATE_NOOP("labels", "Signs of a violation"),
    "ABOUT_VIOLATION": QT_TRANSLATE_NOOP("labels", "About a violation"),
    "REPORTED_TO_POLICE": QT_TRANSLATE_NOOP("labels", "Reported to the police"),
    "bundle_received": QT_TRANSLATE_NOOP("labels", "Received"),
    "bundle_gap": QT_TRANSLATE_NOOP("labels", "Received, but an earlier bundle is missing"),
    "bundle_missing": QT_TRANSLATE_NOOP("labels", "Missing: due and not received"),
    "bundle_pending": QT_TRANSLATE_NOOP("labels", "Not due yet"),
    "bundle_fork": QT_TRANSLATE_NOOP("labels", "A bundle contradicting earlier ones was refused"),
    "bundle_not_enrolled": QT_TRANSLATE_NOOP("labels", "Before the team was enrolled"),
    "NO_LEADER": QT_TRANSLATE_NOOP("labels", "No team leader is on the register"),
    "FEWER_THAN_THREE_MEDIATORS": QT_TRANSLATE_NOOP("labels", "Fewer than three mediators"),
    "NO_WOMAN_MEDIATOR": QT_TRANSLATE_NOOP("labels", "No woman among the mediators"),
    "ETHNIC_MINORITY_MEDIATOR_NOT_ATTESTED": QT_TRANSLATE_NOOP(
        "labels", "Many ethnic-minority residents: no ethnic-minority mediator is recorded"),
    "LATE_START": QT_TRANSLATE_NOOP(
        "labels", "The first session came more than 3 days after the assignment (Art. 20)."),
})


def label(code: str | None) -> str:
    """The translated name of a stored code; the code itself if it has none."""
    if not code:
        return ""
    text = _TEXTS.get(code)
    return QCoreApplication.translate("labels", text) if text else code
