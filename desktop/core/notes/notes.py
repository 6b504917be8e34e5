"""Recording and reading observation notes; a violation is reported to the police first (R-SEC-01)."""

from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from db.ids import new_id
from db.models import ObservationNote
from db.repositories import notes as note_repository
from db.repositories.installation import find_hamlet, get_hamlet, opened_installation
from db.repositories.notes import NoteQuery
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.mediation.inputs import read_bool, read_datetime, read_fields, read_text
from desktop.core.mediation.rules import parse_enum
from desktop.core.notes import rules
from desktop.core.roles import Permission
from desktop.core.types import ListStart

__all__ = ["NoteDetail", "NoteQuery", "NoteRow", "create_note", "get_note", "list_notes",
           "note_input_from_json", "note_rowids", "note_rows", "start_note_list", "update_note"]

MASK = "••••"


@dataclass(frozen=True)
class NoteRow:
    id: str
    note_no: str
    observed_at: datetime
    category: str
    kind: str
    summary: str
    hamlet: str
    status: str
    reported: bool
    confidentiality: str


@dataclass(frozen=True)
class NoteDetail:
    id: str
    note_no: str
    version: int
    kind: str
    category: str
    about_violation: bool
    observed_at: datetime
    hamlet: str
    place: str
    summary: str
    details: str
    reported_to_police_at: datetime | None
    report_channel: str | None
    reported_by: str | None
    could_not_reach_reason: str | None
    confidentiality: str
    status: str
    police_feedback: str
    police_confirmed_valuable: bool
    warnings: tuple[str, ...] = field(default_factory=tuple)


_READERS: dict[str, Callable[[Any, str], Any]] = {
    "kind": lambda v, f: parse_enum(rules.Kind, v, f).value,
    "category": lambda v, f: parse_enum(rules.Category, v, f).value,
    "about_violation": read_bool, "police_confirmed_valuable": read_bool,
    "observed_at": read_datetime, "reported_to_police_at": read_datetime,
    "report_channel": lambda v, f: parse_enum(rules.Channel, v, f).value,
    "confidentiality": lambda v, f: parse_enum(rules.Confidentiality, v, f).value,
    "status": lambda v, f: parse_enum(rules.Status, v, f).value,
    **{name: read_text for name in ("hamlet", "place", "summary", "details", "reported_by",
                                    "could_not_reach_reason", "police_feedback")},
}


def note_input_from_json(document: object) -> dict[str, Any]:
    """A note as sent by the command line or the editor, checked field by field."""
    return read_fields(document, _READERS, "note")


def _check_report(note: ObservationNote) -> None:
    """A violation goes to the commune police at once; if nobody answered, say why (R-SEC-01)."""
    if note.about_violation and note.reported_to_police_at is None and \
            not (note.could_not_reach_reason or "").strip():
        raise InvalidInput(field="reported_to_police_at", problem=(
            "report it to the commune police now, or give the reason they could not be reached"))
    if note.reported_to_police_at and not note.report_channel:
        raise InvalidInput(field="report_channel", problem="required")


def _apply(uow: UnitOfWork, note: ObservationNote, values: dict) -> None:
    for name, value in values.items():
        if name != "hamlet":
            setattr(note, name, value)
    if "hamlet" in values:
        hamlet = find_hamlet(uow.session, values["hamlet"]) if values["hamlet"] else None
        note.hamlet_id = hamlet.id if hamlet else None
        if values["hamlet"] and hamlet is None:
            raise InvalidInput(field="hamlet", problem="not in the team's list of hamlets")
    if not (note.summary or "").strip():
        raise InvalidInput(field="summary", problem="required")
    if note.reported_to_police_at and note.status == rules.Status.OPEN:
        note.status = rules.Status.REPORTED
    _check_report(note)


def _save(uow: UnitOfWork, note: ObservationNote, action: AuditAction,
          previous_text: str | None = None) -> None:
    """Store the changes, refresh the search index (forgetting words a correction took out of
    `previous_text`) and audit; the service then commits."""
    note_repository.reindex_note(uow.session, note, previous_text)
    record_event(uow, action, target_type="note", target_id=note.id)


def create_note(uow: UnitOfWork, *, values: dict) -> NoteDetail:
    """Record a note numbered AN-<year>-<nnnn>; violations must carry the police report."""
    authorize(uow, Permission.RECORD_NOTES)
    for required in ("category", "observed_at", "summary"):
        if required not in values:
            raise InvalidInput(field=required, problem="required")
    team_id = opened_installation(uow.session).own_team_id
    year = values["observed_at"].year
    number = note_repository.next_note_number(uow.session, team_id, year)
    note = ObservationNote(
        id=new_id(), team_id=team_id, year=year, number=number, note_no=f"AN-{year}-{number:04d}",
        kind=rules.Kind.OBSERVATION.value, place="", details="", police_feedback="",
        about_violation=rules.default_about_violation(values["category"]),
        confidentiality=rules.Confidentiality.CONFIDENTIAL.value, status=rules.Status.OPEN.value,
        police_confirmed_valuable=False, legal_hold=False)
    _apply(uow, note, values)
    note_repository.add_note(uow.session, note)
    _save(uow, note, AuditAction.NOTE_CREATED)
    result = note_detail(uow, note)
    uow.commit()
    return result


def _load(uow: UnitOfWork, note_ref: str) -> ObservationNote:
    authorize(uow, Permission.RECORD_NOTES)
    note = note_repository.find_note(uow.session, note_ref)
    if note is None:
        raise NotFound(what="Note", name=note_ref)
    return note


def update_note(uow: UnitOfWork, *, note_ref: str, values: dict) -> NoteDetail:
    note = _load(uow, note_ref)
    previous_text = note_repository.note_search_text(note)
    _apply(uow, note, values)
    _save(uow, note, AuditAction.NOTE_UPDATED, previous_text)
    result = note_detail(uow, note)
    uow.commit()
    return result


def get_note(uow: UnitOfWork, *, note_ref: str) -> NoteDetail:
    """One note in full; every opening is audited."""
    note = _load(uow, note_ref)
    record_event(uow, AuditAction.NOTE_VIEWED, target_type="note", target_id=note.id)
    result = note_detail(uow, note)
    uow.commit()
    return result


def note_detail(uow: UnitOfWork, note: ObservationNote) -> NoteDetail:
    hamlet = get_hamlet(uow.session, note.hamlet_id) if note.hamlet_id else None
    fields = {name: getattr(note, name) for name in NoteDetail.__dataclass_fields__
              if hasattr(ObservationNote, name)}
    sensitive = rules.mentions_sensitive_topic(note.summary, note.details, note.place)
    return NoteDetail(**fields, hamlet=hamlet.name if hamlet else "",
                      warnings=("SENSITIVE_TOPIC",) if sensitive else ())


def _row(note: ObservationNote, hamlet: str | None) -> NoteRow:
    """A list row; the summary of a source-protected tip is masked (R-PRIV-03)."""
    masked = note.confidentiality == rules.Confidentiality.SOURCE_PROTECTED
    return NoteRow(note.id, note.note_no, note.observed_at, note.category, note.kind,
                   MASK if masked else note.summary, hamlet or "", note.status,
                   note.reported_to_police_at is not None, note.confidentiality)


def list_notes(uow: UnitOfWork, *, query: NoteQuery = NoteQuery()) -> list[NoteRow]:  # noqa: B008
    authorize(uow, Permission.RECORD_NOTES)
    return [_row(note, hamlet) for note, hamlet in note_repository.list_notes(uow.session, query)]


def note_rowids(uow: UnitOfWork, *, query: NoteQuery, offset: int = 0,
                limit: int | None = None) -> array:
    """Ordered row ids of the matching notes (what a lazy table needs)."""
    authorize(uow, Permission.RECORD_NOTES)
    return note_repository.note_rowids(uow.session, query, offset=offset, limit=limit)


def start_note_list(uow: UnitOfWork, *, query: NoteQuery, first: int) -> ListStart:
    """The count and the first `first` row ids: enough to paint a list's first screen."""
    authorize(uow, Permission.RECORD_NOTES)
    return ListStart(note_repository.count_notes(uow.session, query),
                     note_repository.note_rowids(uow.session, query, limit=first))


def note_rows(uow: UnitOfWork, *, rowids: list[int]) -> dict[int, NoteRow]:
    authorize(uow, Permission.RECORD_NOTES)
    return {row.rowid: _row(row.ObservationNote, row.name)
            for row in note_repository.notes_by_rowids(uow.session, rowids)}
