"""What a bundle carries: every change after a change number, shaped by its desk's profile.

R-PRIV-04 and db/export_profiles.py: a case travels in full (parties, text) only under its
desk's Art. 10 flag, to that desk; the commune's desk has every other case as its frame; notes
reported to the police travel to the police in full (without the name of a protected source),
others as their frame.

A first export reads every row a team has, so rows are read as plain rows, with dates and times
as the ISO text SQLite stores (no date objects made only to be written back as text), and every
record is built with its keys already in the sorted order the payload writes them in.
"""

import functools
import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, CursorResult, Row, String, Table, exists, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql import sqltypes

from db.export_profiles import ExportProfile
from db.models import (
    CaseParty,
    Hamlet,
    LogbookVolume,
    MediationCase,
    MonthlyFigure,
    ObservationNote,
    Team,
)
from db.models.base import Base

CASE_FRAME = ("case_no", "year", "number", "received_date", "basis", "scope_category",
              "scope_check", "scope_checked_on", "status", "end_reason", "ended_on", "hamlet_id",
              "written_agreement_on", "parties_informed_of_recognition_on",
              "implementation_status", "risk_of_violence", "signs_of_violation")
NOTE_FRAME = ("note_no", "kind", "category", "about_violation", "observed_at", "hamlet_id",
              "status", "police_confirmed_valuable")
LOCAL_ONLY = ("first_party_sort_key", "sort_key", "legal_hold", "change_seq", "created_by",
              "updated_by",
              "ethnic_minority_mediators",  # a register figure only
              "prolonged_after_days",  # the team's own threshold: its reports carry the counts
              "folded_name")  # a party's name folded to match it: the name itself travels
# Read with every record, after its body's columns; the change number always comes last.
HEADER = ("id", "version", "updated_at", "deleted_at", "change_seq")


def iso_text(value: str | date | None) -> str | None:
    """A date or time as ISO 8601 text, from the text SQLite keeps or from a driver's object;
    a time has its fraction of a second only when it has one, as `datetime.isoformat` writes."""
    if value is None or (isinstance(value, str) and len(value) == 10):  # a date, as stored
        return value
    if isinstance(value, str):
        if len(value) in (19, 26) and value[10] == " ":  # "YYYY-MM-DD HH:MM:SS[.ffffff]"
            text = value[:10] + "T" + value[11:]
            return text[:19] if text.endswith(".000000") else text
        value = datetime.fromisoformat(value)
    return value.isoformat()


def _is_moment(column: ColumnElement[Any]) -> bool:
    return isinstance(column.type, (sqltypes.Date, sqltypes.DateTime))


def _needs_iso_text(column: ColumnElement[Any], dialect: str) -> bool:
    """SQLite keeps a date as its ISO text already; a time, and any other driver's value, not."""
    if dialect == "sqlite":
        return isinstance(column.type, sqltypes.DateTime)
    return _is_moment(column)


@dataclass(frozen=True, eq=False)  # one per table and body, cached: compared by identity
class _Reading:
    """The columns a table is read with, and where each one lands in a row."""

    columns: tuple[ColumnElement[Any], ...]
    position: dict[str, int]
    dialect: str
    at_id: int  # the header's places, read for every row
    at_version: int
    at_updated_at: int
    at_deleted_at: int


@functools.cache
def _reading(table: Table, body: tuple[str, ...], dialect: str) -> _Reading:
    names = tuple(dict.fromkeys(sorted(body) + [name for name in HEADER if name != "change_seq"]))
    names += ("change_seq",)
    columns = tuple(type_coerce(table.c[name], String).label(name) if _is_moment(table.c[name])
                    else table.c[name] for name in names)
    position = {name: index for index, name in enumerate(names)}
    return _Reading(columns, position, dialect, position["id"], position["version"],
                    position["updated_at"], position["deleted_at"])


@dataclass(frozen=True)
class _Shape:
    """A body: its keys in sorted order, how to pick their values from a row, which are moments."""

    names: tuple[str, ...]
    pick: itemgetter
    moments: tuple[str, ...]


@functools.cache
def _shape(table: Table, reading: _Reading, body: tuple[str, ...]) -> _Shape:
    names = tuple(sorted(body))
    positions = [reading.position[name] for name in names] + [reading.position["change_seq"]]
    return _Shape(names, itemgetter(*positions),  # one more than names: always a tuple
                  tuple(name for name in names
                        if _needs_iso_text(table.c[name], reading.dialect)))


def _table_of(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)  # a mapped class, each on a table of its own
    return table


def _body_columns(table: Table) -> tuple[str, ...]:
    return tuple(column.key for column in table.columns if column.key not in LOCAL_ONLY)


def _record(kind: str, table: Table, reading: _Reading, shape: _Shape,
            row: Row[Any]) -> dict[str, Any]:
    body: dict[str, Any]
    if row[reading.at_deleted_at] is not None:
        kind, body = "tombstone", {"table": table.name}
    else:
        body = dict(zip(shape.names, shape.pick(row), strict=False))  # the pick's last: change_seq
        for name in shape.moments:
            body[name] = iso_text(body[name])
    return {"body": body, "id": row[reading.at_id], "type": kind,
            "updated_at": iso_text(row[reading.at_updated_at]), "version": row[reading.at_version]}


def _changed(session: Session, table: Table, reading: _Reading, after: int,
             *conditions: ColumnElement[bool]) -> CursorResult[Any]:
    """Rows changed after `after`, in change order, read in batches."""
    return session.connection().execute(
        select(*reading.columns).where(table.c.change_seq > after, *conditions)
        .order_by(table.c.change_seq).execution_options(yield_per=2000))


def _records(session: Session, kind: str, model: type[Base], after: int,
             *conditions: ColumnElement[bool]) -> list[dict[str, Any]]:
    table = _table_of(model)
    body = _body_columns(table)
    reading = _reading(table, body, session.get_bind().dialect.name)
    shape = _shape(table, reading, body)
    return [_record(kind, table, reading, shape, row)
            for row in _changed(session, table, reading, after, *conditions)]


def _case_records(session: Session, after: int, profile: ExportProfile) -> list[dict[str, Any]]:
    """Cases changed after `after`, in change order: a case under the profile's flag in full,
    any other as its frame (when the profile has frames), each read with only the columns it
    carries: most cases are not escalated, and their text would be read only to be dropped."""
    cases = _table_of(MediationCase)
    escalated = cases.c[profile.full_case_flag].is_(True)
    full = _numbered_cases(session, _body_columns(cases), after, escalated)
    if not profile.case_frames:
        return [record for _seq, record in full]
    framed = _numbered_cases(session, CASE_FRAME, after, ~escalated)
    return [record for _seq, record in heapq.merge(full, framed, key=itemgetter(0))]


def _numbered_cases(session: Session, body: tuple[str, ...], after: int,
                    condition: ColumnElement[bool]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(change number, record) of the cases `condition` picks, in change order."""
    cases = _table_of(MediationCase)
    reading = _reading(cases, body, session.get_bind().dialect.name)
    shape = _shape(cases, reading, body)
    for row in _changed(session, cases, reading, after, condition):
        yield row[-1], _record("mediation_case", cases, reading, shape, row)


def _note_records(session: Session, after: int) -> list[dict[str, Any]]:
    notes = _table_of(ObservationNote)
    body = _body_columns(notes)
    reading = _reading(notes, body, session.get_bind().dialect.name)
    full, frame = _shape(notes, reading, body), _shape(notes, reading, NOTE_FRAME)
    reported, protected = (reading.position["reported_to_police_at"],
                           reading.position["confidentiality"])
    records = []
    for row in _changed(session, notes, reading, after):
        record = _record("observation_note", notes, reading, full if row[reported] else frame, row)
        if row[protected] == "SOURCE_PROTECTED":
            record["body"].pop("reported_by", None)
        records.append(record)
    return records


def _party_records(session: Session, after: int, profile: ExportProfile) -> list[dict[str, Any]]:
    """Parties travel only with a case under the desk's flag (R-PRIV-04), chosen in SQL, never
    loaded: the parties changed since, of such a case (each looks up its case, rather than
    every case being read), and every party of such a case that changed since: a case flagged
    after its parties were recorded sends them then."""
    parties, flag = CaseParty.__table__.c, getattr(MediationCase, profile.full_case_flag).is_(True)
    changed = _records(session, "case_party", CaseParty, after,
                       exists().where(MediationCase.id == parties.case_id, flag))
    cases_changed = select(MediationCase.id).where(flag, MediationCase.change_seq > after)
    sent = {record["id"] for record in changed}
    return changed + [record for record in _records(session, "case_party", CaseParty, 0,
                                                    parties.case_id.in_(cases_changed))
                      if record["id"] not in sent]


def collect_records(session: Session, after: int, profile: ExportProfile) -> list[dict[str, Any]]:
    """Every syncable change after `after` that `profile`'s desk receives, shaped by it."""
    records = _records(session, "team", Team, after) + _records(session, "hamlet", Hamlet, after)
    records += _case_records(session, after, profile)
    records += _party_records(session, after, profile)
    if profile.notes:
        records += _note_records(session, after)
    if profile.volumes:
        records += _records(session, "logbook_volume", LogbookVolume, after)
    if profile.movement_figures:
        records += _records(session, "monthly_figure", MonthlyFigure, after)
    return records


@dataclass(frozen=True)
class SentColumn:
    """A column a team's table sends in its bundles, as a bundle's schema must know it."""

    name: str
    kind: str  # "bool", "int", "datetime", "date" or "text"
    length: int | None  # the longest text the column holds, if it says


def _kind_of(column: ColumnElement[Any]) -> str:
    kind = column.type
    for sql_type, name in ((sqltypes.Boolean, "bool"), (sqltypes.Integer, "int"),
                           (sqltypes.DateTime, "datetime"), (sqltypes.Date, "date"),
                           (sqltypes.String, "text")):
        if isinstance(kind, sql_type):
            return name
    raise TypeError(f"no kind for column {column.key} of type {kind!r}")


def sent_columns(model: type[Base]) -> list[SentColumn]:
    """Every column of `model`'s table a bundle carries (not the local-only ones), in order."""
    return [SentColumn(column.key, _kind_of(column), getattr(column.type, "length", None))
            for column in model.__table__.columns if column.key not in LOCAL_ONLY]
