"""What a caller may send to create or change a case, checked into typed values.

The same rules serve the command line (JSON), bulk loads and the case editor.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from db import clock
from desktop.core.errors import InvalidInput
from desktop.core.mediation.rules import (
    Basis,
    PartyKind,
    PartyRole,
    ScopeCategory,
    ScopeCheck,
    ScopeExclusion,
    add_months,
    parse_enum,
)
from desktop.core.text import nfc, parse_date

MAX_TEXT = 20_000
MAX_PARTIES = 100  # a dispute between neighbours, or a whole lane's: never thousands
UNSET = object()


@dataclass(frozen=True)
class PartyInput:
    full_name: str
    kind: str = PartyKind.INDIVIDUAL
    role: str = PartyRole.PARTY
    birth_year: int | None = None
    address: str = ""


@dataclass(frozen=True)
class CaseInput:
    """Fields of a case as given; `None` means "not given" for updates."""

    received_date: date | None = None
    basis: str | None = None
    scope_category: str | None = None
    hamlet: str | None = None
    main_content: str | None = None
    agreement_or_demands: str | None = None
    implementation_method: str | None = None
    implementation_deadline: date | None = None
    witnesses: str | None = None
    notes: str | None = None
    parties: tuple[PartyInput, ...] | None = None
    immediate_on_scene: bool | None = None
    parties_agreed_other_time: bool | None = None
    risk_of_violence: bool | None = None
    violence_reported_at: datetime | None = None
    violence_reported_to: str | None = None
    signs_of_violation: bool | None = None
    violation_reported_at: datetime | None = None
    violation_reported_to: str | None = None
    scope_check: str | None = None
    scope_exclusion: str | None = None
    scope_note: str | None = None
    given: frozenset[str] = field(default_factory=frozenset)


FIRST_DAY = date(1900, 1, 1)
DAYS_AHEAD = 366  # a date a year ahead is a typing slip, not a plan (case numbers take its year)
# An agreement may be carried out over years (a debt paid back month by month), not decades.
DEADLINE_YEARS_AHEAD = 10


def _within_bounds(day: date, field_name: str) -> None:
    if not FIRST_DAY <= day <= clock.today() + timedelta(days=DAYS_AHEAD):
        raise InvalidInput(field=field_name, problem="outside 1900 … a year from today")


def _parse_date(value: object, field_name: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    try:
        return date.fromisoformat(text) if "-" in text else parse_date(text)
    except ValueError:
        raise InvalidInput(field=field_name,
                           problem="expected a date as dd/mm/yyyy or yyyy-mm-dd") from None


def read_date(value: object, field_name: str) -> date:
    day = _parse_date(value, field_name)
    _within_bounds(day, field_name)
    return day


def read_deadline(value: object, field_name: str) -> date:
    """A day by which something is to be done: up to ten years ahead, not one."""
    day = _parse_date(value, field_name)
    if not FIRST_DAY <= day <= add_months(clock.today(), 12 * DEADLINE_YEARS_AHEAD):
        raise InvalidInput(field=field_name, problem="outside 1900 … ten years from today")
    return day


def read_datetime(value: object, field_name: str) -> datetime:
    """A date and time as typed; one written with a zone is kept as Vietnam's wall-clock time."""
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise InvalidInput(field=field_name,
                               problem="expected a date and time (ISO 8601)") from None
    if value.tzinfo is not None:
        value = value.astimezone(clock.LOCAL_ZONE).replace(tzinfo=None)
    _within_bounds(value.date(), field_name)
    return value


def read_text(value: object, field_name: str, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(field=field_name, problem="expected text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: "\ud800" in JSON is not text
        raise InvalidInput(field=field_name, problem="holds characters that are not text") from None
    text = nfc(value)
    if len(text) > limit:
        raise InvalidInput(field=field_name, problem=f"longer than {limit} characters")
    return text


def read_bool(value: object, field_name: str) -> bool:
    if isinstance(value, bool):
        return value
    raise InvalidInput(field=field_name, problem="expected true or false")


def read_party(item: object, index: int) -> PartyInput:
    where = f"parties[{index}]"
    if not isinstance(item, dict):
        raise InvalidInput(field=where, problem="expected an object")
    name = " ".join(read_text(item.get("full_name"), f"{where}.full_name", 200).split())
    if not name:
        raise InvalidInput(field=f"{where}.full_name", problem="a party needs a name")
    birth_year = item.get("birth_year")
    if birth_year is not None and (not isinstance(birth_year, int) or not 1900 <= birth_year <= 2100):
        raise InvalidInput(field=f"{where}.birth_year", problem="expected a year such as 1975")
    return PartyInput(
        full_name=name,
        kind=parse_enum(PartyKind, item.get("kind", "INDIVIDUAL"), f"{where}.kind").value,
        role=parse_enum(PartyRole, item.get("role", "PARTY"), f"{where}.role").value,
        birth_year=birth_year, address=read_text(item.get("address"), f"{where}.address", 500))


_READERS: dict[str, Callable[[Any, str], Any]] = {
    "received_date": read_date, "violence_reported_at": read_datetime,
    "violation_reported_at": read_datetime,
    "basis": lambda v, f: parse_enum(Basis, v, f).value,
    "scope_category": lambda v, f: parse_enum(ScopeCategory, v, f).value,
    "scope_check": lambda v, f: parse_enum(ScopeCheck, v, f).value,
    "scope_exclusion": lambda v, f: parse_enum(ScopeExclusion, v, f).value,
    "parties": lambda v, f: tuple(read_party(item, i)
                                  for i, item in enumerate(_list(v, f, MAX_PARTIES))),
    **{name: read_bool for name in ("immediate_on_scene", "parties_agreed_other_time",
                                    "risk_of_violence", "signs_of_violation")},
    "implementation_deadline": lambda v, f: None if v is None else read_deadline(v, f),
    **{name: read_text for name in ("hamlet", "main_content", "agreement_or_demands", "notes",
                                    "implementation_method", "witnesses",
                                    "violence_reported_to", "violation_reported_to",
                                    "scope_note")},
}


def _list(value: object, field_name: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise InvalidInput(field=field_name, problem="expected a list")
    if len(value) > limit:
        raise InvalidInput(field=field_name, problem=f"more than {limit} entries")
    return value


def read_fields(document: object, readers: dict[str, Callable[[Any, str], Any]], what: str,
                keep_null: tuple[str, ...] = ()) -> dict[str, Any]:
    """Check a JSON object field by field with `readers`; unknown fields are refused by name
    (which is how a field the law keeps out — religion, ethnicity — can never slip in)."""
    if not isinstance(document, dict):
        raise InvalidInput(field=what, problem="expected a JSON object")
    unknown = sorted(set(document) - set(readers))
    if unknown:
        raise InvalidInput(field=unknown[0], problem="unknown field")
    return {name: readers[name](value, name) for name, value in document.items()
            if value is not None or name in keep_null}


def case_input_from_json(document: object) -> CaseInput:
    """A case as sent by the command line, a bulk load or the editor, checked."""
    # null clears these two: no hamlet, no deadline
    values = read_fields(document, _READERS, "case",
                         keep_null=("hamlet", "implementation_deadline"))
    return CaseInput(**values, given=frozenset(values))
