"""The rules of a mediation case, free of storage: states, derived result, deadlines, warnings."""

import calendar
from datetime import date, timedelta
from enum import StrEnum

from desktop.core.errors import InvalidInput


class Basis(StrEnum):
    """Grounds to start mediation (Art. 16)."""

    PARTY_REQUEST = "PARTY_REQUEST"
    MEDIATOR_WITNESSED = "MEDIATOR_WITNESSED"
    LEADER_ASSIGNED = "LEADER_ASSIGNED"
    PROPOSED_BY_AGENCY_OR_PERSON = "PROPOSED_BY_AGENCY_OR_PERSON"


class ScopeCategory(StrEnum):
    """What may be mediated (Decree 15/2014 Art. 5(1) a–g)."""

    EVERYDAY_CONFLICT = "EVERYDAY_CONFLICT"
    CIVIL = "CIVIL"
    MARRIAGE_FAMILY = "MARRIAGE_FAMILY"
    MINOR_VIOLATION = "MINOR_VIOLATION"
    CRIMINAL_EXEMPT = "CRIMINAL_EXEMPT"
    ADMIN_EXEMPT = "ADMIN_EXEMPT"
    OTHER_NOT_PROHIBITED = "OTHER_NOT_PROHIBITED"


class ScopeExclusion(StrEnum):
    """What may not be mediated (Law 35 Art. 3; Decree 15 Art. 5(2))."""

    HARMS_STATE_OR_PUBLIC_INTEREST = "HARMS_STATE_OR_PUBLIC_INTEREST"
    FAMILY_VIOLATION_FOR_STATE = "FAMILY_VIOLATION_FOR_STATE"
    ILLEGAL_OR_UNETHICAL_TRANSACTION = "ILLEGAL_OR_UNETHICAL_TRANSACTION"
    MUST_BE_PROSECUTED_OR_SANCTIONED = "MUST_BE_PROSECUTED_OR_SANCTIONED"
    COMMERCIAL_OR_LABOUR = "COMMERCIAL_OR_LABOUR"


class ScopeCheck(StrEnum):
    NOT_CHECKED = "NOT_CHECKED"
    IN_SCOPE = "IN_SCOPE"
    UNSURE_JUSTICE_OFFICER_CONSULTED = "UNSURE_JUSTICE_OFFICER_CONSULTED"
    EXCLUDED = "EXCLUDED"


class Status(StrEnum):
    RECEIVED = "RECEIVED"
    ASSIGNED = "ASSIGNED"
    IN_PROGRESS = "IN_PROGRESS"
    ENDED = "ENDED"
    OUT_OF_SCOPE = "OUT_OF_SCOPE"


class EndReason(StrEnum):
    """How mediation ends (Art. 23)."""

    AGREEMENT_REACHED = "AGREEMENT_REACHED"
    PARTY_REQUESTED_STOP = "PARTY_REQUESTED_STOP"
    MEDIATOR_ENDED_NO_PROSPECT = "MEDIATOR_ENDED_NO_PROSPECT"


class Result(StrEnum):
    SUCCESSFUL = "SUCCESSFUL"  # hòa giải thành
    UNSUCCESSFUL = "UNSUCCESSFUL"  # hòa giải không thành


class PartyKind(StrEnum):
    INDIVIDUAL = "INDIVIDUAL"
    GROUP = "GROUP"
    FAMILY = "FAMILY"
    GROUP_OF_FAMILIES = "GROUP_OF_FAMILIES"
    ORGANISATION = "ORGANISATION"


class PartyRole(StrEnum):
    PARTY = "PARTY"
    RELATED_PERSON = "RELATED_PERSON"


class MediatorRole(StrEnum):
    MEDIATOR = "MEDIATOR"
    INVITED = "INVITED"


class Implementation(StrEnum):
    NOT_STARTED = "NOT_STARTED"
    IN_PROGRESS = "IN_PROGRESS"
    DONE = "DONE"
    NOT_COMPLIED = "NOT_COMPLIED"


START_DAYS = 3  # the mediator starts within 3 days of being assigned (Art. 20)
RECOGNITION_MONTHS = 6  # a court may recognise the agreement if asked within 6 months


def parse_enum(enum_type: type[StrEnum], value: object, field: str) -> StrEnum:
    """Read an enum by name; a clear InvalidInput names the field and the allowed values."""
    try:
        return enum_type(str(value).strip().upper())
    except ValueError:
        raise InvalidInput(field=field, problem="not one of the allowed values: "
                           + ", ".join(member.value for member in enum_type)) from None


def result_of(end_reason: str | None) -> Result | None:
    """The result follows the end reason and is never typed by hand (Art. 23)."""
    if end_reason is None:
        return None
    return Result.SUCCESSFUL if end_reason == EndReason.AGREEMENT_REACHED else Result.UNSUCCESSFUL


def add_months(start: date, months: int) -> date:
    """Same day `months` later; the last day of the month when that day does not exist."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def recognition_deadline(end_reason: str | None, ended_on: date | None) -> date | None:
    """Last day to ask a court to recognise a successful agreement (R-MED-08)."""
    if result_of(end_reason) != Result.SUCCESSFUL or ended_on is None:
        return None
    return add_months(ended_on, RECOGNITION_MONTHS)


def late_start(assigned_on: date | None, first_session_on: date | None, immediate: bool,
               other_time_agreed: bool) -> bool:
    """True when the first session came more than 3 days after assignment without a reason."""
    if assigned_on is None or first_session_on is None or immediate or other_time_agreed:
        return False
    return first_session_on - assigned_on > timedelta(days=START_DAYS)


ALLOWED_MOVES = {
    Status.RECEIVED: {Status.ASSIGNED, Status.OUT_OF_SCOPE},
    Status.ASSIGNED: {Status.IN_PROGRESS, Status.OUT_OF_SCOPE},
    Status.IN_PROGRESS: {Status.ENDED},
    Status.ENDED: set(),
    Status.OUT_OF_SCOPE: set(),
}


def check_move(current: str, target: Status) -> None:
    """Raise InvalidInput unless the status machine allows current → target."""
    if target not in ALLOWED_MOVES[Status(current)]:
        raise InvalidInput(field="status", problem=f"a {current} case cannot become {target.value}")
