"""Bulk load of existing log books (CSV, XLSX, JSON Lines): check every row, then all or nothing.

Columns follow the ten log-book columns; see docs/cli.md for the mapping.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from db.folding import fold_for_search
from db.models import CaseMediator
from db.repositories.cases import add_case_part
from db.repositories.members import member_ids_by_name_key
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput
from desktop.core.loading.legacy_text import detect_legacy_encoding
from desktop.core.loading.tabular import SourceRow, read_rows
from desktop.core.mediation import rules
from desktop.core.mediation.cases import build_case, save_and_index
from desktop.core.mediation.inputs import CaseInput, case_input_from_json, read_date
from desktop.core.roles import Permission

# Folded header → field. "(2)" … "(10)" are the printed column numbers of the book.
COLUMNS = {
    "stt": "serial", "(1)": "serial", "ngay nhan": "received_date", "(2)": "received_date",
    "hoa giai vien": "mediators", "(3)": "mediators", "cac ben": "parties", "(4)": "parties",
    "noi dung": "main_content", "(5)": "main_content", "thoa thuan": "agreement_or_demands",
    "(6)": "agreement_or_demands", "thanh": "successful", "(7)": "successful",
    "khong thanh": "unsuccessful", "(8)": "unsuccessful", "chu ky": "signatures",
    "(9)": "signatures", "ghi chu": "notes", "(10)": "notes", "thon": "hamlet",
    "linh vuc": "scope_category", "can cu": "basis", "ngay ket thuc": "ended_on",
    "ly do ket thuc": "end_reason",
}
ENGLISH = {"received_date", "mediators", "parties", "main_content", "agreement_or_demands",
           "successful", "unsuccessful", "notes", "hamlet", "scope_category", "basis",
           "ended_on", "end_reason", "serial", "signatures"}
IGNORED = {"serial", "signatures"}
MARKED = {"x", "1", "co", "có", "yes", "true", "✓", "v"}


@dataclass(frozen=True)
class LoadError:
    line: int
    field: str
    problem: str


@dataclass(frozen=True)
class LoadReport:
    rows_read: int
    imported: int
    dry_run: bool
    errors: tuple[LoadError, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class LoadedCase:
    line: int
    data: CaseInput
    mediators: tuple[str, ...]
    end_reason: str | None
    ended_on: date | None


def _field_name(header: str) -> str | None:
    key = fold_for_search(header).replace("_", " ")
    return COLUMNS.get(key) or (key.replace(" ", "_") if key.replace(" ", "_") in ENGLISH else None)


def _parties(text: str) -> list[dict[str, str | int]]:
    """"Name | birth year | address; Name2 | …" (year and address optional)."""
    parties: list[dict[str, str | int]] = []
    for chunk in (c.strip() for c in str(text).split(";")):
        if not chunk:
            continue
        name, *rest = [part.strip() for part in chunk.split("|")]
        party: dict[str, str | int] = {"full_name": name}
        if rest and rest[0]:
            if not re.fullmatch(r"\d{4}", rest[0]):
                raise InvalidInput(field="parties", problem=f"birth year {rest[0]!r} is not a year")
            party["birth_year"] = int(rest[0])
        if len(rest) > 1:
            party["address"] = rest[1]
        parties.append(party)
    return parties


def _legacy_text(values: dict) -> None:
    for name, value in values.items():
        if isinstance(value, str):
            encoding = detect_legacy_encoding(value)
            if encoding:
                raise InvalidInput(field=str(name), problem=(
                    f"looks like {encoding} legacy text; convert the file to Unicode first"))


def _outcome(values: dict, received: date) -> tuple[str | None, date | None]:
    success = str(values.pop("successful", "")).strip().casefold() in MARKED
    failure = str(values.pop("unsuccessful", "")).strip().casefold() in MARKED
    reason, ended = values.pop("end_reason", None), values.pop("ended_on", None)
    if success and failure:
        raise InvalidInput(field="successful", problem="marked both thành and không thành")
    if reason:
        reason = rules.parse_enum(rules.EndReason, reason, "end_reason").value
    elif success or failure:
        reason = (rules.EndReason.AGREEMENT_REACHED if success
                  else rules.EndReason.MEDIATOR_ENDED_NO_PROSPECT).value
    if reason and (success or failure) and (rules.result_of(reason) == rules.Result.SUCCESSFUL) != success:
        raise InvalidInput(field="end_reason", problem="does not match the result column")
    return reason, (read_date(ended, "ended_on") if ended else received) if reason else None


def parse_row(row: SourceRow) -> LoadedCase:
    """Check one row; InvalidInput names the field and the problem."""
    values = {}
    for header, value in row.values.items():
        name = header if header in ENGLISH or header == "parties" else _field_name(str(header))
        if name and name not in IGNORED and value not in (None, ""):
            if isinstance(value, datetime):  # spreadsheet dates arrive as midnight datetimes
                value = value.date()
            values[name] = value.isoformat() if isinstance(value, date) else value
    _legacy_text(values)
    mediators = values.pop("mediators", [])
    if isinstance(mediators, str):
        mediators = [m.strip() for m in mediators.split(";") if m.strip()]
    if isinstance(values.get("parties"), str):
        values["parties"] = _parties(values["parties"])
    values.setdefault("basis", rules.Basis.PARTY_REQUEST.value)
    values.setdefault("scope_category", rules.ScopeCategory.OTHER_NOT_PROHIBITED.value)
    received = read_date(values.get("received_date", ""), "received_date")
    reason, ended_on = _outcome(values, received)
    text_fields = {k: (str(v) if k not in ("parties",) and not isinstance(v, (bool, list)) else v)
                   for k, v in values.items()}
    return LoadedCase(row.line, case_input_from_json(text_fields), tuple(mediators), reason, ended_on)


def _store(uow: UnitOfWork, loaded: LoadedCase, members: dict[str, str]) -> None:
    """One checked row as a case; `members` maps folded names to the register's ids."""
    case = build_case(uow, loaded.data)
    if loaded.end_reason:
        case.status, case.end_reason, case.ended_on = (rules.Status.ENDED, loaded.end_reason,
                                                       loaded.ended_on)
        case.scope_check = rules.ScopeCheck.IN_SCOPE
    for name in loaded.mediators:
        add_case_part(uow.session, CaseMediator(case_id=case.id, team_id=case.team_id, name=name,
                                                member_id=members.get(fold_for_search(name)),
                                                role="MEDIATOR", assigned_on=case.received_date))
    save_and_index(uow, case, None)


def load_cases(uow: UnitOfWork, *, path: Path, dry_run: bool = False) -> LoadReport:
    """Check every row of the file; import them all in one transaction only if none is bad."""
    authorize(uow, Permission.LOAD_CASES)
    rows = read_rows(path)
    loaded, errors = [], []
    for row in rows:
        try:
            loaded.append(parse_row(row))
        except InvalidInput as error:
            errors.append(LoadError(row.line, error.params["field"], error.params["problem"]))
    if errors or dry_run:
        return LoadReport(len(rows), 0, dry_run, tuple(errors))
    members = member_ids_by_name_key(uow.session)
    for item in loaded:
        _store(uow, item, members)
    record_event(uow, AuditAction.CASES_LOADED, details={"rows": len(loaded), "file_type": path.suffix})
    result = LoadReport(len(rows), len(loaded), dry_run)
    uow.commit()
    return result
