"""One declared schema per record type a bundle may carry, checked before anything is written.

A signature proves who sent a bundle, not that its content is sound (DESIGN §7). Each record
is converted with msgspec into the type its `type` names: the record's own fields, then its
body — every column a team's table sends, with the column's type and length (a team's own
models are the declaration), no unknown field, dates and times as ISO text between 1900 and a
year from today, numbers and versions within 1 … 2^53. A body may leave out what an older
version did not send; the fields every version has always sent are required.
"""

import datetime
from typing import Annotated, Any, ClassVar, Literal, cast

import msgspec
from msgspec import Meta

from db import clock
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
from db.repositories.changed_records import SentColumn, sent_columns

MAX_SAFE_INTEGER = 2**53  # what every JSON reader keeps exactly
MAX_TEXT = 20_000  # the longest text a form accepts (mediation/inputs.py)
MAX_COUNT = 10**9  # an indicator or a hand figure
DATE = r"^\d{4}-\d{2}-\d{2}$"
MOMENT = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$"
RECORD_ID = r"^[A-Za-z0-9][A-Za-z0-9:._-]{0,79}$"
MONTH = r"^\d{4}-(0[1-9]|1[0-2])$"
NAME = Annotated[str, Meta(min_length=1, max_length=40)]
Count = Annotated[int, Meta(ge=0, le=MAX_COUNT)]
Version = Annotated[int, Meta(ge=1, le=MAX_SAFE_INTEGER)]
# Fields every version of a team has sent, in every export profile.
REQUIRED = {"mediation_case": ("case_no", "year", "number", "received_date", "status"),
            "case_party": ("case_id", "full_name"), "observation_note": ("note_no", "kind"),
            "hamlet": ("name",), "team": ("name",), "monthly_figure": ("month", "name", "value"),
            "logbook_volume": ("volume_no", "opened_on")}
MODELS = {"team": Team, "hamlet": Hamlet, "mediation_case": MediationCase,
          "case_party": CaseParty, "observation_note": ObservationNote,
          "monthly_figure": MonthlyFigure, "logbook_volume": LogbookVolume}
TOMBSTONE_TABLES = tuple(sorted(model.__tablename__ for model in MODELS.values()))
# Days something is due by, not days something happened: a form takes them up to ten years
# ahead (mediation/inputs.py); a bundle made a year before it is read still passes.
PLANNED = frozenset({"implementation_deadline"})
PLANNED_YEARS_AHEAD = 11

_bounds = {"first": "1900-01-01", "last": "9999-12-31", "last_planned": "9999-12-31"}


def set_date_bounds(today: datetime.date | None = None) -> None:
    """Dates a record may hold: from 1900 to a year after today, or, for a day something is
    due by, eleven years after today (set once per bundle)."""
    today = today or clock.today()
    _bounds["last"] = (today + datetime.timedelta(days=366)).isoformat()
    _bounds["last_planned"] = f"{today.year + PLANNED_YEARS_AHEAD:04d}-12-31"


class Body(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A record's body: the columns its team's table sends, nothing else."""

    dated: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        first = _bounds["first"]
        for name in self.dated:
            value = getattr(self, name)
            planned = name in PLANNED
            if value is not None and not first <= value[:10] <= _bounds[
                    "last_planned" if planned else "last"]:
                raise ValueError(f"{name} is outside 1900 … "
                                 + ("eleven years" if planned else "a year") + " from today")


def _column_type(column: SentColumn) -> Any:  # a type form, as msgspec reads it
    if column.kind == "bool":
        return bool
    if column.kind == "int":
        return Annotated[int, Meta(ge=-MAX_SAFE_INTEGER, le=MAX_SAFE_INTEGER)]
    if column.kind == "datetime":
        return Annotated[str, Meta(pattern=MOMENT)]
    if column.kind == "date":
        return Annotated[str, Meta(pattern=DATE)]
    return Annotated[str, Meta(max_length=column.length or MAX_TEXT)]


def _body_type(kind: str, model: type[Base]) -> type[Body]:
    """The body of `kind`: every column the team's table sends, typed as the column is."""
    columns = sent_columns(model)
    required = REQUIRED[kind]
    fields = [(c.name, _column_type(c)) if c.name in required else (c.name, _column_type(c) | None, None)
              for c in sorted(columns, key=lambda c: c.name not in required)]
    dated = tuple(c.name for c in columns if c.kind in ("date", "datetime"))
    # defstruct is typed as making a bare Struct; with `bases` it makes a Body
    return cast(type[Body], msgspec.defstruct(f"{model.__name__}Body", fields, bases=(Body,),
                                              namespace={"dated": dated}, kw_only=True))


class _Record(msgspec.Struct, tag_field="type", forbid_unknown_fields=True):
    id: Annotated[str, Meta(pattern=RECORD_ID)]
    version: Version
    updated_at: Annotated[str, Meta(pattern=MOMENT)]


class TombstoneBody(msgspec.Struct, forbid_unknown_fields=True):
    table: Literal[TOMBSTONE_TABLES]  # type: ignore[valid-type]


class SummaryBody(msgspec.Struct, forbid_unknown_fields=True):
    """A team's report of one month (`reporting.report.month_summary`)."""

    period_from: Annotated[str, Meta(pattern=MONTH)]
    period_to: Annotated[str, Meta(pattern=MONTH)]
    mediation: Annotated[dict[NAME, Count], Meta(max_length=64)]
    notes: Annotated[dict[NAME, Count], Meta(max_length=64)]
    figures: Annotated[dict[NAME, Count], Meta(max_length=64)]
    by_scope_category: Annotated[dict[NAME, Annotated[dict[NAME, Count], Meta(max_length=8)]],
                                 Meta(max_length=32)]


class RegisterFiguresBody(msgspec.Struct, forbid_unknown_fields=True):
    """A team's mediators on the day of the export (`team_register.register_figures`)."""

    as_of: Annotated[str, Meta(pattern=DATE)]
    mediators: Count
    female: Count
    ethnic_minority: Count
    trained: Count

    def __post_init__(self) -> None:
        if max(self.female, self.ethnic_minority, self.trained) > self.mediators:
            raise ValueError("a part of the mediators outnumbers them")


def _record_type(kind: str, body: type) -> type:
    return msgspec.defstruct(f"{kind.title().replace('_', '')}Record", [("body", body)],
                             bases=(_Record,), tag=kind)


RECORD_TYPES = tuple([_record_type(kind, _body_type(kind, model)) for kind, model in MODELS.items()]
                     + [_record_type("tombstone", TombstoneBody),
                        _record_type("report_summary", SummaryBody),
                        _record_type("register_figures", RegisterFiguresBody)])
Record: Any = RECORD_TYPES[0]  # the union of every record type, built at run time
for _type in RECORD_TYPES[1:]:
    Record = Record | _type
KNOWN_TYPES = frozenset([*MODELS, "tombstone", "report_summary", "register_figures"])


_DECODER: msgspec.json.Decoder[Any] = msgspec.json.Decoder(Record)


def check_line(line: bytes) -> str:
    """Check one record's JSON text against its type's schema; return its type.

    Raises msgspec.ValidationError (or DecodeError) naming the field at fault.
    """
    return type(_DECODER.decode(line)).__struct_config__.tag
