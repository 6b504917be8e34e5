"""Data-subject access (R-PRIV-06): everything recorded about one person, and nobody else."""

from db import clock
from db.folding import fold_for_search
from db.repositories.privacy import parties_with_cases
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput
from desktop.core.mediation.rules import result_of
from desktop.core.roles import Permission
from desktop.core.types import SubjectEntry

__all__ = ["SubjectEntry", "subject_entries", "subject_export_pdf"]


def subject_entries(uow: UnitOfWork, *, name: str) -> list[SubjectEntry]:
    """Every party record whose name matches (marks and case ignored), with its case's frame."""
    authorize(uow, Permission.MANAGE_PRIVACY)
    wanted = fold_for_search(name)
    if not wanted:
        raise InvalidInput(field="name", problem="required")
    rows = parties_with_cases(uow.session)
    return [SubjectEntry(case.case_no, case.received_date, party.role, party.kind,
                         party.full_name, party.birth_year, party.address, case.scope_category,
                         case.status, result_of(case.end_reason))
            for party, case in rows if fold_for_search(party.full_name) == wanted]


def subject_export_pdf(uow: UnitOfWork, *, name: str) -> bytes:
    """The person's records as a PDF for them; the export itself is audited."""
    # ReportLab loads only when a document is made
    from desktop.core.pdf.subject import build_subject_pdf

    entries = subject_entries(uow, name=name)
    pdf = build_subject_pdf(name, entries, clock.today())
    record_event(uow, AuditAction.SUBJECT_EXPORTED, details={"records": len(entries)})
    uow.commit()
    return pdf
