"""Frozen views of cases handed to the screens and the command line."""

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class PartyView:
    id: str
    full_name: str
    family_name: str
    middle_name: str
    given_name: str
    kind: str
    role: str
    birth_year: int | None
    address: str


@dataclass(frozen=True)
class MediatorView:
    id: str
    name: str
    member_id: str | None
    role: str
    assigned_on: date
    no_conflict_confirmed_at: datetime | None
    replaced_on: date | None
    replaced_reason: str | None


@dataclass(frozen=True)
class SessionView:
    id: str
    held_on: date
    place: str
    summary: str


@dataclass(frozen=True)
class FollowupView:
    id: str
    followed_on: date
    implementation_status: str
    note: str


@dataclass(frozen=True)
class AmendmentView:
    field: str
    old_value: str
    new_value: str
    reason: str
    amended_on: date


@dataclass(frozen=True)
class CaseRow:
    """One line of a case list."""

    id: str
    case_no: str
    received_date: date
    status: str
    scope_category: str
    result: str | None
    first_party: str
    hamlet: str
    mediators: str
    escalated: bool


@dataclass(frozen=True)
class CaseDetail:
    """Everything about one case, with what follows from the rules already worked out."""

    id: str
    case_no: str
    version: int
    received_date: date
    basis: str
    scope_category: str
    scope_check: str
    scope_exclusion: str | None
    scope_note: str | None
    hamlet: str
    main_content: str
    agreement_or_demands: str
    notes: str
    status: str
    end_reason: str | None
    ended_on: date | None
    result: str | None
    recognition_deadline: date | None
    immediate_on_scene: bool
    parties_agreed_other_time: bool
    risk_of_violence: bool
    violence_reported_at: datetime | None
    violence_reported_to: str | None
    signs_of_violation: bool
    violation_reported_at: datetime | None
    violation_reported_to: str | None
    written_agreement_on: date | None
    parties_informed_of_recognition_on: date | None
    implementation_status: str | None
    implementation_method: str
    implementation_deadline: date | None
    witnesses: str
    parties: tuple[PartyView, ...] = ()
    mediators: tuple[MediatorView, ...] = ()
    sessions: tuple[SessionView, ...] = ()
    followups: tuple[FollowupView, ...] = ()
    amendments: tuple[AmendmentView, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
