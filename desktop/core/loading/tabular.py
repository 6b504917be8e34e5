"""Reading rows from CSV, XLSX and JSON Lines files, with limits checked before the work."""

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import InvalidInput
from desktop.core.text import decode_text_file

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_CELL = 20_000


@dataclass(frozen=True)
class SourceRow:
    """One row as read: its line (or sheet row) number and its values by column name."""

    line: int
    values: dict


def _problem(path: Path, problem: str) -> InvalidInput:
    return InvalidInput(field=path.name, problem=problem)


def _text_of(path: Path, data: bytes) -> str:
    try:
        return decode_text_file(data)
    except UnicodeDecodeError:
        raise _problem(path, "is not UTF-8 or UTF-16 text (save it as CSV UTF-8, or convert old "
                             "TCVN3/VNI files to Unicode first)") from None


def _csv_rows(path: Path, data: bytes) -> list[SourceRow]:
    text = _text_of(path, data)
    if "\x00" in text:
        raise _problem(path, "is not a text file (it contains NUL bytes)")
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel  # one column, or no clear separator: read it as plain CSV
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as error:
        raise _problem(path, f"is not valid CSV ({error})") from None
    if not rows:
        raise _problem(path, "is empty")
    header = [h.strip() for h in rows[0]]
    return [SourceRow(number, dict(zip(header, row, strict=False)))
            for number, row in enumerate(rows[1:], start=2) if any(cell.strip() for cell in row)]


MAX_UNZIPPED_BYTES = 200 * 1024 * 1024


def _check_zip(path: Path) -> None:
    """An .xlsx is a zip: refuse one that would unpack to more than MAX_UNZIPPED_BYTES (a bomb)."""
    # loaded only for a spreadsheet: the command line starts sooner
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _problem(path, "cannot be read as an Excel workbook (not a zip file)") from None
    if unpacked > MAX_UNZIPPED_BYTES:
        raise _problem(path, f"would unpack to more than {MAX_UNZIPPED_BYTES // (1024 * 1024)} MB")


def _xlsx_rows(path: Path) -> list[SourceRow]:
    # loaded only for a spreadsheet: the command line starts sooner
    import openpyxl

    _check_zip(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        raise _problem(path, f"cannot be read as an Excel workbook ({type(error).__name__})") from None
    rows = list(workbook.worksheets[0].iter_rows(values_only=True, max_row=MAX_ROWS + 1))
    workbook.close()
    if not rows:
        raise _problem(path, "is empty")
    header = ["" if h is None else str(h).strip() for h in rows[0]]
    return [SourceRow(number, {h: ("" if v is None else v) for h, v in zip(header, row, strict=False)})
            for number, row in enumerate(rows[1:], start=2)
            if any(v not in (None, "") for v in row)]


def _jsonl_rows(path: Path, data: bytes) -> list[SourceRow]:
    rows = []
    for number, line in enumerate(_text_of(path, data).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            raise _problem(path, f"line {number} is not a JSON object") from None
        if not isinstance(value, dict):
            raise _problem(path, f"line {number} is not a JSON object")
        rows.append(SourceRow(number, value))
    return rows


def read_rows(path: Path) -> list[SourceRow]:
    """Rows of a .csv, .xlsx or .jsonl file; InvalidInput names the file and the problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise _problem(path, "cannot be opened") from None
    if size > MAX_FILE_BYTES:
        raise _problem(path, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt", ".jsonl", ".ndjson"):
        data = path.read_bytes()
        rows = _csv_rows(path, data) if suffix in (".csv", ".txt") else _jsonl_rows(path, data)
    else:
        raise _problem(path, "is not a .csv, .xlsx or .jsonl file")
    if not rows:
        raise _problem(path, "has no rows to import")
    if len(rows) > MAX_ROWS:
        raise _problem(path, f"has more than {MAX_ROWS:,} rows")
    return rows
