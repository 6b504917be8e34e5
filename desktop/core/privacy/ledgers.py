"""The consent ledger (R-PRIV-05) and data-subject requests (R-PRIV-06)."""

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from db import clock
from db.folding import fold_for_search
from db.models import Consent, SubjectRequest
from db.repositories import cases as case_repository
from db.repositories import privacy as privacy_repository
from db.repositories.search_index import forget_removed_words
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.privacy.subjects import key_of_party
from desktop.core.roles import Permission
from desktop.core.text import nfc

PURPOSES = ("MEDIATION", "SECURITY_REPORTING", "CONTACT", "STATISTICS")
METHODS = ("SIGNED_PAPER", "FINGERPRINT", "VERBAL_WITNESSED")
REQUEST_KINDS = ("ACCESS", "CORRECT", "DELETE", "RESTRICT", "OBJECT", "WITHDRAW")
REQUEST_DAYS = 15  # Decree 356's day counts are unconfirmed: kept in one place, easy to change


def _choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    value = str(value or "").strip().upper()
    if value not in allowed:
        raise InvalidInput(field=field, problem="not one of the allowed values: " + ", ".join(allowed))
    return value


@dataclass(frozen=True)
class ConsentView:
    id: str
    subject_name: str
    purposes: tuple[str, ...]
    method: str
    given_at: datetime
    sensitive_data: bool
    is_child: bool
    withdrawn_on: date | None


def _consent_view(row: Consent) -> ConsentView:
    return ConsentView(row.id, row.subject_name, tuple(json.loads(row.purposes)), row.method,
                       row.given_at, row.sensitive_data, row.is_child, row.withdrawn_on)


def record_consent(uow: UnitOfWork, *, subject_name: str, purposes: list[str], method: str,
                   given_at: datetime, scope: str = "", sensitive_data: bool = False,
                   is_child: bool = False, guardian_name: str = "",
                   child_agreed: bool | None = None) -> ConsentView:
    """Consent is recorded purpose by purpose, with how it was given; a child's needs a guardian."""
    authorize(uow, Permission.MANAGE_PRIVACY)
    name = " ".join(nfc(subject_name).split())
    if not name:
        raise InvalidInput(field="subject_name", problem="required")
    chosen = sorted({_choice(p, PURPOSES, "purposes") for p in purposes})
    if not chosen:
        raise InvalidInput(field="purposes", problem="tick at least one purpose")
    if is_child and not nfc(guardian_name):
        raise InvalidInput(field="guardian_name", problem="a child's consent needs the guardian's")
    row = Consent(subject_name=name, subject_name_fold=fold_for_search(name),
                  purposes=json.dumps(chosen), scope=nfc(scope),
                  method=_choice(method, METHODS, "method"), given_at=given_at,
                  sensitive_data=sensitive_data, is_child=is_child,
                  guardian_name=nfc(guardian_name) or None, child_agreed=child_agreed)
    privacy_repository.store_consent(uow.session, row)
    record_event(uow, AuditAction.CONSENT_RECORDED, target_type="consent", target_id=row.id,
                 details={"purposes": chosen})
    result = _consent_view(row)
    uow.commit()
    return result


def withdraw_consent(uow: UnitOfWork, *, consent_id: str, withdrawn_on: date) -> ConsentView:
    authorize(uow, Permission.MANAGE_PRIVACY)
    row = privacy_repository.get_consent(uow.session, consent_id)
    if row is None or row.deleted_at:
        raise NotFound(what="Consent", name=consent_id)
    row.withdrawn_on = withdrawn_on
    record_event(uow, AuditAction.CONSENT_WITHDRAWN, target_type="consent", target_id=row.id)
    result = _consent_view(row)
    uow.commit()
    return result


def list_consents(uow: UnitOfWork) -> list[ConsentView]:
    authorize(uow, Permission.MANAGE_PRIVACY)
    return [_consent_view(row) for row in privacy_repository.list_consents(uow.session)]


@dataclass(frozen=True)
class RequestView:
    id: str
    request_no: str
    subject_name: str
    kind: str
    received_on: date
    due_on: date
    status: str
    overdue: bool


def _request_view(row: SubjectRequest, today: date) -> RequestView:
    return RequestView(row.id, row.request_no, row.subject_name, row.kind, row.received_on,
                       row.due_on, row.status, row.status == "OPEN" and row.due_on < today)


def open_request(uow: UnitOfWork, *, subject_name: str, kind: str, received_on: date,
                 days: int = REQUEST_DAYS) -> RequestView:
    authorize(uow, Permission.MANAGE_PRIVACY)
    if not nfc(subject_name):
        raise InvalidInput(field="subject_name", problem="required")
    count = privacy_repository.count_subject_requests(uow.session)
    row = SubjectRequest(request_no=f"YC-{received_on.year}-{count + 1:04d}",
                         subject_name=nfc(subject_name), kind=_choice(kind, REQUEST_KINDS, "kind"),
                         received_on=received_on, due_on=received_on + timedelta(days=days),
                         status="OPEN", outcome="")
    privacy_repository.store_subject_request(uow.session, row)
    record_event(uow, AuditAction.SUBJECT_REQUEST_OPENED, target_type="request", target_id=row.id,
                 details={"kind": row.kind})
    result = _request_view(row, clock.today())
    uow.commit()
    return result


def close_request(uow: UnitOfWork, *, request_no: str, outcome: str, refused: bool = False) -> RequestView:
    authorize(uow, Permission.MANAGE_PRIVACY)
    row = privacy_repository.find_subject_request(uow.session, request_no)
    if row is None:
        raise NotFound(what="Request", name=request_no)
    row.status, row.outcome, row.closed_on = ("REFUSED" if refused else "DONE", nfc(outcome),
                                              clock.today())
    record_event(uow, AuditAction.SUBJECT_REQUEST_CLOSED, target_type="request", target_id=row.id)
    result = _request_view(row, clock.today())
    uow.commit()
    return result


def list_requests(uow: UnitOfWork, *, today: date | None = None) -> list[RequestView]:
    authorize(uow, Permission.MANAGE_PRIVACY)
    return [_request_view(row, today or clock.today())
            for row in privacy_repository.list_subject_requests(uow.session)]


def anonymise_subject(uow: UnitOfWork, *, person: str) -> int:
    """Replace the chosen person's name and address in their party records not on legal hold
    (a namesake's are left alone); return how many were replaced."""
    authorize(uow, Permission.MANAGE_PRIVACY)
    found, changed = False, 0
    for party, held in privacy_repository.parties_with_hold(uow.session):
        if key_of_party(party) != person:
            continue
        found = True
        if not held:
            party.full_name, party.family_name, party.middle_name = "Ẩn danh", "", ""
            party.given_name, party.address, party.birth_year, party.sort_key = "Ẩn danh", "", None, ""
            case = case_repository.get_case(uow.session, party.case_id)
            assert case is not None  # a party belongs to a stored case
            if party.position == 0:  # the case list sorts by its first party's name
                case.first_party_sort_key = ""
            case_repository.reindex_case(uow.session, case)
            changed += 1
    if not found:
        raise NotFound(what="Person", name=person)
    if changed:
        forget_removed_words(uow.session, ["case_search"])
    record_event(uow, AuditAction.SUBJECT_ANONYMISED, details={"records": changed, "person": person})
    uow.commit()
    return changed
