"""Moving a case along: scope gate, assignment, sessions, the end, follow-up (Art. 16–23)."""

from datetime import date

from db import clock
from db.models import CaseFollowup, CaseMediator, MediationCase
from db.models import MediationSession as SessionModel
from db.repositories import cases as case_repository
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.mediation import rules
from desktop.core.mediation.cases import (
    case_detail,
    check_deadline,
    check_scope_fields,
    load_case,
    load_open_case,
    save_and_index,
)
from desktop.core.mediation.team_register import resolve_mediator
from desktop.core.mediation.types import CaseDetail
from desktop.core.roles import Permission
from desktop.core.text import nfc


def check_scope(uow: UnitOfWork, *, case_ref: str, check: str, exclusion: str | None = None,
                note: str | None = None, checked_on: date | None = None) -> CaseDetail:
    """Record the scope check; an exclusion closes the case as OUT_OF_SCOPE with guidance."""
    case = load_open_case(uow, case_ref)
    case.scope_checked_on = checked_on or clock.today()
    case.scope_check = rules.parse_enum(rules.ScopeCheck, check, "scope_check").value
    case.scope_exclusion = (rules.parse_enum(rules.ScopeExclusion, exclusion, "scope_exclusion").value
                            if exclusion else None)
    case.scope_note = nfc(note) or None
    check_scope_fields(case)
    save_and_index(uow, case, AuditAction.CASE_SCOPE_CHECKED, {"check": case.scope_check})
    result = case_detail(uow, case)
    uow.commit()
    return result


def assign_mediator(uow: UnitOfWork, *, case_ref: str, mediator: str, no_conflict_confirmed: bool,
                    role: str = rules.MediatorRole.MEDIATOR, assigned_on: date | None = None
                    ) -> CaseDetail:
    """Assign a mediator (or invite a person); a mediator must confirm no conflict (Art. 18)."""
    authorize(uow, Permission.ASSIGN_MEDIATORS)
    case = load_open_case(uow, case_ref)
    role = rules.parse_enum(rules.MediatorRole, role, "role").value
    if case.status in (rules.Status.ENDED, rules.Status.OUT_OF_SCOPE):
        raise InvalidInput(field="status", problem="the case is closed")
    if role == rules.MediatorRole.MEDIATOR and not no_conflict_confirmed:
        raise InvalidInput(field="no_conflict", problem=(
            "the mediator must confirm having no interest in or relationship to the case"))
    member = resolve_mediator(uow, mediator, case.team_id)
    case_repository.add_case_part(uow.session, CaseMediator(
        case_id=case.id, team_id=case.team_id, member_id=member.id, name=member.full_name,
        role=role, assigned_on=assigned_on or clock.today(),
        no_conflict_confirmed_at=clock.utc_now() if no_conflict_confirmed else None))
    if role == rules.MediatorRole.MEDIATOR and case.status == rules.Status.RECEIVED:
        case.status = rules.Status.ASSIGNED
    save_and_index(uow, case, AuditAction.MEDIATOR_ASSIGNED, {"member_id": member.id, "role": role})
    result = case_detail(uow, case)
    uow.commit()
    return result


def replace_mediator(uow: UnitOfWork, *, case_ref: str, mediator_id: str, reason: str,
                     replaced_on: date | None = None) -> CaseDetail:
    """Take a mediator off the case; the history keeps them, with the date and reason."""
    authorize(uow, Permission.ASSIGN_MEDIATORS)
    case = load_open_case(uow, case_ref)
    assignment = case_repository.get_assignment(uow.session, mediator_id)
    if assignment is None or assignment.case_id != case.id or assignment.replaced_on:
        raise NotFound(what="Mediator assignment", name=mediator_id)
    if not nfc(reason):
        raise InvalidInput(field="reason", problem="required")
    assignment.replaced_on = replaced_on or clock.today()
    assignment.replaced_reason = nfc(reason)
    save_and_index(uow, case, AuditAction.MEDIATOR_REPLACED, {"assignment_id": assignment.id})
    result = case_detail(uow, case)
    uow.commit()
    return result


def record_session(uow: UnitOfWork, *, case_ref: str, held_on: date, place: str = "",
                   summary: str = "") -> CaseDetail:
    """A meeting with the parties; the first one starts the mediation (scope gate first)."""
    case = load_open_case(uow, case_ref)
    if case.status == rules.Status.ASSIGNED:
        if case.scope_check not in (rules.ScopeCheck.IN_SCOPE,
                                    rules.ScopeCheck.UNSURE_JUSTICE_OFFICER_CONSULTED):
            raise InvalidInput(field="scope_check", problem=(
                "confirm that no exclusion applies before mediation starts"))
        case.status = rules.Status.IN_PROGRESS
    elif case.status != rules.Status.IN_PROGRESS:
        raise InvalidInput(field="status", problem="assign a mediator first" if
                           case.status == rules.Status.RECEIVED else "the case is closed")
    case_repository.add_case_part(uow.session, SessionModel(
        case_id=case.id, team_id=case.team_id, held_on=held_on, place=nfc(place),
        summary=nfc(summary)))
    save_and_index(uow, case, AuditAction.SESSION_RECORDED)
    result = case_detail(uow, case)
    uow.commit()
    return result


def end_case(uow: UnitOfWork, *, case_ref: str, end_reason: str, ended_on: date | None = None,
             agreement_or_demands: str | None = None, implementation_method: str | None = None,
             implementation_deadline: date | None = None) -> CaseDetail:
    """End the mediation (Art. 23); the result follows from the reason. An agreement may say
    how and by when it is to be carried out (Art. 24(2)(e))."""
    case = load_open_case(uow, case_ref)
    reason = rules.parse_enum(rules.EndReason, end_reason, "end_reason")
    if case.status == rules.Status.OUT_OF_SCOPE:
        raise InvalidInput(field="status", problem="an out-of-scope case has no mediation result")
    rules.check_move(case.status, rules.Status.ENDED)
    ended_on = ended_on or clock.today()
    if ended_on < case.received_date:
        raise InvalidInput(field="ended_on", problem="before the case was received")
    case.status, case.end_reason, case.ended_on = rules.Status.ENDED, reason.value, ended_on
    if agreement_or_demands is not None:
        case.agreement_or_demands = nfc(agreement_or_demands)
    if rules.result_of(reason) == rules.Result.SUCCESSFUL:
        case.implementation_status = rules.Implementation.NOT_STARTED
        if implementation_method is not None:
            case.implementation_method = nfc(implementation_method)
        case.implementation_deadline = implementation_deadline or case.implementation_deadline
        check_deadline(case)
    save_and_index(uow, case, AuditAction.CASE_ENDED, {"end_reason": reason.value})
    result = case_detail(uow, case)
    uow.commit()
    return result


def _successful(uow: UnitOfWork, case_ref: str) -> MediationCase:
    case = load_case(uow, case_ref)
    if rules.result_of(case.end_reason) != rules.Result.SUCCESSFUL:
        raise InvalidInput(field="result", problem="only for cases that reached agreement")
    return case


def record_followup(uow: UnitOfWork, *, case_ref: str, followed_on: date, implementation_status: str,
                    note: str = "") -> CaseDetail:
    """Follow up how the agreement is carried out (R-MED-09)."""
    case = _successful(uow, case_ref)
    status = rules.parse_enum(rules.Implementation, implementation_status,
                              "implementation_status").value
    case_repository.add_case_part(uow.session, CaseFollowup(
        case_id=case.id, team_id=case.team_id, followed_on=followed_on,
        implementation_status=status, note=nfc(note)))
    case.implementation_status = status
    save_and_index(uow, case, AuditAction.FOLLOWUP_RECORDED, {"status": status})
    result = case_detail(uow, case)
    uow.commit()
    return result


def record_recognition_notice(uow: UnitOfWork, *, case_ref: str, informed_on: date) -> CaseDetail:
    """The parties were told they may ask a court to recognise the agreement (R-MED-08)."""
    case = _successful(uow, case_ref)
    case.parties_informed_of_recognition_on = informed_on
    save_and_index(uow, case, AuditAction.RECOGNITION_NOTICE_RECORDED)
    result = case_detail(uow, case)
    uow.commit()
    return result


def record_written_agreement(uow: UnitOfWork, *, case_ref: str, made_on: date) -> CaseDetail:
    """The written successful-mediation document was made (R-MED-07)."""
    case = _successful(uow, case_ref)
    case.written_agreement_on = made_on
    save_and_index(uow, case, AuditAction.WRITTEN_AGREEMENT_RECORDED)
    result = case_detail(uow, case)
    uow.commit()
    return result

