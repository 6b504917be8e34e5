"""Queries on the privacy ledgers: consents, subject requests, breaches, retention and the
party records a data subject's request reaches."""

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Breach,
    CaseAmendment,
    CaseFollowup,
    CaseParty,
    Consent,
    MediationCase,
    MediationSession,
    ObservationNote,
    RetentionRule,
    SubjectRequest,
)


def store_consent(session: Session, consent: Consent) -> None:
    """Add a consent and store it at once, so that it has its id."""
    session.add(consent)
    session.flush()


def get_consent(session: Session, consent_id: str) -> Consent | None:
    """The consent with this id, deleted or not."""
    return session.get(Consent, consent_id)


def list_consents(session: Session) -> list[Consent]:
    """Consents not deleted, the latest given first."""
    return list(session.scalars(select(Consent).where(Consent.deleted_at.is_(None))
                                .order_by(Consent.given_at.desc())))


def count_subject_requests(session: Session) -> int:
    """How many subject requests were ever opened."""
    return session.scalar(select(func.count()).select_from(SubjectRequest)) or 0


def store_subject_request(session: Session, request: SubjectRequest) -> None:
    """Add a subject request and store it at once, so that it has its id."""
    session.add(request)
    session.flush()


def find_subject_request(session: Session, request_no: str) -> SubjectRequest | None:
    """The subject request with this number (YC-2026-0001)."""
    return session.scalars(select(SubjectRequest).where(
        SubjectRequest.request_no == request_no)).first()


def list_subject_requests(session: Session) -> list[SubjectRequest]:
    """Every subject request, the soonest due first."""
    return list(session.scalars(select(SubjectRequest).order_by(SubjectRequest.due_on)))


def open_requests_due_by(session: Session, day: date) -> list[date]:
    """The due dates of the open subject requests due on or before `day`, soonest first."""
    return list(session.scalars(select(SubjectRequest.due_on).where(
        SubjectRequest.status == "OPEN", SubjectRequest.due_on <= day).order_by(SubjectRequest.due_on)))


def parties_with_hold(session: Session) -> list[tuple[CaseParty, bool]]:
    """(party, whether its case is on legal hold) for every live party record."""
    return [(party, held) for party, held in session.execute(
        select(CaseParty, MediationCase.legal_hold).join(
            MediationCase, MediationCase.id == CaseParty.case_id).where(CaseParty.deleted_at.is_(None)))]


def parties_with_cases(session: Session) -> list[tuple[CaseParty, MediationCase]]:
    """(party, case) for every live party of a live case, in order of receipt."""
    return [(party, case) for party, case in session.execute(
        select(CaseParty, MediationCase).join(MediationCase, MediationCase.id == CaseParty.case_id)
        .where(CaseParty.deleted_at.is_(None), MediationCase.deleted_at.is_(None))
        .order_by(MediationCase.received_date))]


def store_breach(session: Session, breach: Breach) -> None:
    """Add a breach to the log and store it at once, so that it has its id."""
    session.add(breach)
    session.flush()


def get_breach(session: Session, breach_id: str) -> Breach | None:
    """The breach with this id, deleted or not."""
    return session.get(Breach, breach_id)


def list_breaches(session: Session) -> list[Breach]:
    """Breaches not deleted, the latest detected first."""
    return list(session.scalars(select(Breach).where(Breach.deleted_at.is_(None))
                                .order_by(Breach.detected_at.desc())))


def list_retention_rules(session: Session) -> list[RetentionRule]:
    """The retention rule of every record type."""
    return list(session.scalars(select(RetentionRule)))


def get_retention_rule(session: Session, record_type: str) -> RetentionRule | None:
    """The retention rule of one record type."""
    return session.get(RetentionRule, record_type)


def closed_cases_not_held(session: Session) -> list[MediationCase]:
    """Live cases ended or out of scope and not on legal hold, in order of receipt."""
    return list(session.scalars(select(MediationCase).where(
        MediationCase.deleted_at.is_(None), MediationCase.legal_hold.is_(False),
        MediationCase.status.in_(["ENDED", "OUT_OF_SCOPE"])).order_by(MediationCase.received_date)))


def notes_not_held(session: Session) -> list[ObservationNote]:
    """Live notes not on legal hold, in order of observation."""
    return list(session.scalars(select(ObservationNote).where(
        ObservationNote.deleted_at.is_(None), ObservationNote.legal_hold.is_(False))
        .order_by(ObservationNote.observed_at)))


def every_case_row(session: Session,
                   model: type[CaseParty | MediationSession | CaseFollowup | CaseAmendment],
                   case_id: str) -> list:
    """Every row of one kind belonging to a case, deleted or not (what a purge erases)."""
    return list(session.scalars(select(model).where(model.case_id == case_id)))
