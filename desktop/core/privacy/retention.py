"""Retention (R-PRIV-08): when closed records fall due, legal hold, and the purge that removes them.

A purged record becomes a tombstone: its personal content is erased, `deleted_at` is set and its
version rises, so the removal travels in the next bundle like any other change.
"""

from dataclasses import dataclass
from datetime import date, datetime

from db import clock
from db.models import (
    CaseAmendment,
    CaseFollowup,
    CaseParty,
    LogbookVolume,
    MediationCase,
    MediationSession,
    ObservationNote,
)
from db.repositories import privacy as privacy_repository
from db.repositories.cases import find_case
from db.repositories.notes import find_note
from db.repositories.search_index import forget_removed_words, remove_from_index
from db.repositories.volumes import closed_volumes
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.backups import copies
from desktop.core.data_folder.workspace import Workspace
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.mediation.rules import add_months, recognition_deadline
from desktop.core.roles import Permission
from desktop.core.settings import load_settings

RECORD_TYPES = ("MEDIATION_CASE", "OBSERVATION_NOTE")
RECOGNITION_MARGIN_MONTHS = 3  # successful cases outlive their court-recognition window


@dataclass(frozen=True)
class DueRecord:
    record_type: str
    number: str
    due_on: date


@dataclass(frozen=True)
class PurgeReport:
    dry_run: bool
    records: tuple[DueRecord, ...]


def retention_rules(uow: UnitOfWork) -> dict[str, int]:
    authorize(uow, Permission.MANAGE_PRIVACY)
    return {rule.record_type: rule.keep_months
            for rule in privacy_repository.list_retention_rules(uow.session)}


def set_retention(uow: UnitOfWork, *, record_type: str, keep_months: int) -> dict[str, int]:
    authorize(uow, Permission.MANAGE_PRIVACY)
    if record_type not in RECORD_TYPES:
        raise InvalidInput(field="record_type", problem="not one of the allowed values: "
                           + ", ".join(RECORD_TYPES))
    if not 1 <= keep_months <= 1200:
        raise InvalidInput(field="keep_months", problem="between 1 and 1200 months")
    rule = privacy_repository.get_retention_rule(uow.session, record_type)
    assert rule is not None and uow.actor is not None  # each type has its rule; authorized above
    rule.keep_months, rule.updated_at, rule.updated_by = keep_months, clock.utc_now(), uow.actor.user_id
    record_event(uow, AuditAction.RETENTION_CHANGED, details={"type": record_type, "months": keep_months})
    result = retention_rules(uow)
    uow.commit()
    return result


def _case_due(case: MediationCase, closed_volumes: list[LogbookVolume], months: int) -> date:
    """Five years (by default) after the volume holding the case closed — or after the case
    ended when no closed volume holds it — and never before the recognition window has passed."""
    closing = next((v.closed_on for v in closed_volumes
                    if v.closed_on is not None and v.opened_on <= case.received_date <= v.closed_on),
                   None)
    base = closing or case.ended_on or clock.local_date_of(case.updated_at)
    due = add_months(base, months)
    deadline = recognition_deadline(case.end_reason, case.ended_on)
    if deadline:
        due = max(due, add_months(deadline, RECOGNITION_MARGIN_MONTHS))
    return due


def _due_cases(uow: UnitOfWork, months: int, today: date) -> list[tuple[MediationCase, date]]:
    volumes = closed_volumes(uow.session)
    closed = privacy_repository.closed_cases_not_held(uow.session)
    due = ((case, _case_due(case, volumes, months)) for case in closed)
    return [(case, on) for case, on in due if on <= today]


def _due_notes(uow: UnitOfWork, months: int, today: date) -> list[tuple[ObservationNote, date]]:
    """Twelve months (by default) after the note went to the police, or after it was made."""
    notes = privacy_repository.notes_not_held(uow.session)
    due = ((note, add_months((note.reported_to_police_at or note.observed_at).date(), months))
           for note in notes)
    return [(note, on) for note, on in due if on <= today]


def _erase_case(uow: UnitOfWork, case: MediationCase, now: datetime) -> None:
    for model, fields in ((CaseParty, ("full_name", "family_name", "middle_name", "given_name",
                                       "sort_key", "address")),
                          (MediationSession, ("place", "summary")), (CaseFollowup, ("note",)),
                          (CaseAmendment, ("old_value", "new_value", "reason"))):
        for row in privacy_repository.every_case_row(uow.session, model, case.id):
            for name in fields:
                setattr(row, name, "")
            if model is CaseParty:
                row.birth_year = None
            row.deleted_at = now
    for name in ("main_content", "agreement_or_demands", "implementation_method", "witnesses",
                 "notes", "first_party_sort_key"):
        setattr(case, name, "")
    for name in ("scope_note", "violence_reported_to", "violation_reported_to"):
        setattr(case, name, None)
    case.deleted_at = now
    remove_from_index(uow.session, "case_search", case.id)


def _erase_note(uow: UnitOfWork, note: ObservationNote, now: datetime) -> None:
    for name in ("place", "summary", "details", "police_feedback"):
        setattr(note, name, "")
    note.reported_by = note.could_not_reach_reason = None
    note.deleted_at = now
    remove_from_index(uow.session, "note_search", note.id)


def purge(uow: UnitOfWork, *, dry_run: bool = False, today: date | None = None) -> PurgeReport:
    """List (dry run) or erase every closed record past its retention date and not on hold."""
    rules = retention_rules(uow)
    today = today or clock.today()
    cases = _due_cases(uow, rules["MEDIATION_CASE"], today)
    notes = _due_notes(uow, rules["OBSERVATION_NOTE"], today)
    records = tuple([DueRecord("MEDIATION_CASE", c.case_no, on) for c, on in cases]
                    + [DueRecord("OBSERVATION_NOTE", n.note_no, on) for n, on in notes])
    if dry_run:
        return PurgeReport(True, records)
    now = clock.utc_now()
    for case, _ in cases:
        _erase_case(uow, case, now)
    for note, _ in notes:
        _erase_note(uow, note, now)
    # Erased means unreadable in the file too, not only unsearchable (Law 91/2025).
    forget_removed_words(uow.session, [index for index, erased in (("case_search", cases),
                                                                    ("note_search", notes)) if erased])
    record_event(uow, AuditAction.RECORDS_PURGED, details={"cases": len(cases), "notes": len(notes)})
    result = PurgeReport(False, records)
    uow.commit()
    return result


def set_legal_hold(uow: UnitOfWork, *, record_type: str, reference: str, hold: bool) -> None:
    """Keep a record past its retention date (or release it), e.g. for a court or police case."""
    authorize(uow, Permission.MANAGE_PRIVACY)
    finder = {"MEDIATION_CASE": find_case, "OBSERVATION_NOTE": find_note}.get(record_type)
    if finder is None:
        raise InvalidInput(field="record_type", problem="not one of the allowed values: "
                           + ", ".join(RECORD_TYPES))
    record = finder(uow.session, reference)
    if record is None:
        raise NotFound(what="Record", name=reference)
    record.legal_hold = hold
    record_event(uow, AuditAction.LEGAL_HOLD_SET if hold else AuditAction.LEGAL_HOLD_RELEASED,
                 target_type=record_type.lower(), target_id=record.id)
    uow.commit()


def purge_after_backup(workspace: Workspace, *, dry_run: bool = False) -> PurgeReport:
    """The purge as users run it: an encrypted backup first, since nothing else can undo it;
    that backup lives copies.BEFORE_PURGE_DAYS, then goes with every older one."""
    if not dry_run:
        keep = load_settings(workspace.paths.settings_file).backups_to_keep
        copies.create_backup(workspace.engine, workspace.paths, copies.BEFORE_PURGE, keep)
    with workspace.unit_of_work() as uow:
        return purge(uow, dry_run=dry_run)
