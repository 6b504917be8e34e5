"""Data-subject access (R-PRIV-06): a person chosen by name and birth year / address, everything
recorded about them, and nothing about a namesake."""

import hashlib

from db import clock
from db.folding import fold_for_search
from db.models import CaseParty, MediationCase
from db.repositories.privacy import parties_with_cases
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput, NotFound, SubjectAmbiguous
from desktop.core.mediation.rules import result_of
from desktop.core.roles import Permission
from desktop.core.types import SubjectCandidate, SubjectEntry

__all__ = ["SubjectCandidate", "SubjectEntry", "choose_subject", "describe_candidate",
           "find_subjects", "key_of_party", "person_key", "subject_entries", "subject_export_pdf"]


def person_key(full_name: str, birth_year: int | None, address: str) -> str:
    """A person's identity (folded name, birth year, folded address) as ten hex digits.

    Hashed so that an audit event or a command line can name the person without their name."""
    identity = "\n".join((fold_for_search(full_name), str(birth_year or ""),
                          fold_for_search(address)))
    return hashlib.sha256(identity.encode()).hexdigest()[:10]


def key_of_party(party: CaseParty) -> str:
    """The key of the person a party record is about."""
    return person_key(party.full_name, party.birth_year, party.address)


def _entry(party: CaseParty, case: MediationCase) -> SubjectEntry:
    return SubjectEntry(case.case_no, case.received_date, party.role, party.kind, party.full_name,
                        party.birth_year, party.address, case.scope_category, case.status,
                        result_of(case.end_reason))


def _entries_by_person(uow: UnitOfWork, name: str) -> dict[str, list[SubjectEntry]]:
    """Every party record whose name matches (marks and case ignored), grouped by person."""
    wanted = fold_for_search(name)
    if not wanted:
        raise InvalidInput(field="name", problem="required")
    people: dict[str, list[SubjectEntry]] = {}
    for party, case in parties_with_cases(uow.session):
        if fold_for_search(party.full_name) == wanted:
            people.setdefault(key_of_party(party), []).append(_entry(party, case))
    return people


def find_subjects(uow: UnitOfWork, *, name: str) -> list[SubjectCandidate]:
    """The distinct people recorded under this name, each with how many entries and in which
    cases: what the user needs to choose the one who asked, before anything is exported."""
    authorize(uow, Permission.MANAGE_PRIVACY)
    found = []
    for key, entries in _entries_by_person(uow, name).items():
        latest = entries[-1]  # entries come in order of receipt: the latest spelling is shown
        found.append(SubjectCandidate(key, latest.full_name, latest.birth_year, latest.address,
                                      len(entries), tuple(e.case_no for e in entries)))
    return sorted(found, key=lambda c: (c.birth_year or 0, fold_for_search(c.address), c.key))


def describe_candidate(candidate: SubjectCandidate) -> str:
    """One line telling a candidate apart: key, name, birth year, address, where they appear."""
    born = f"born {candidate.birth_year}" if candidate.birth_year else "birth year not recorded"
    return (f"{candidate.key}: {candidate.full_name}, {born}, {candidate.address or 'no address'}"
            f" — {candidate.entries} entr{'y' if candidate.entries == 1 else 'ies'}"
            f" ({', '.join(candidate.case_numbers)})")


def choose_subject(uow: UnitOfWork, *, name: str, birth_year: int | None = None,
                   address: str = "", person: str = "") -> SubjectCandidate:
    """The one person under this name that the birth year, the address or the key point to.

    A namesake's data must never be disclosed, so more than one match is refused with the
    candidates listed, never settled by a guess."""
    found = find_subjects(uow, name=name)
    if person:
        found = [c for c in found if c.key == person.strip().lower()]
    if birth_year is not None:
        found = [c for c in found if c.birth_year == birth_year]
    if fold_for_search(address):
        found = [c for c in found if fold_for_search(address) in fold_for_search(c.address)]
    if not found:
        raise NotFound(what="Person", name=" ".join(name.split()))
    if len(found) > 1:
        raise SubjectAmbiguous(count=len(found),
                               candidates="; ".join(describe_candidate(c) for c in found))
    return found[0]


def subject_entries(uow: UnitOfWork, *, person: str) -> list[SubjectEntry]:
    """Every party record of the person with this key, with its case's frame."""
    authorize(uow, Permission.MANAGE_PRIVACY)
    return [_entry(party, case) for party, case in parties_with_cases(uow.session)
            if key_of_party(party) == person]


def subject_export_pdf(uow: UnitOfWork, *, person: str) -> bytes:
    """The chosen person's records as a PDF for them; the export itself is audited, by the
    person's key (never their name)."""
    # ReportLab loads only when a document is made
    from desktop.core.pdf.subject import build_subject_pdf

    entries = subject_entries(uow, person=person)
    if not entries:
        raise NotFound(what="Person", name=person)
    pdf = build_subject_pdf(entries, clock.today())
    record_event(uow, AuditAction.SUBJECT_EXPORTED, details={"records": len(entries),
                                                             "person": person})
    uow.commit()
    return pdf
