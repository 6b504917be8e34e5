"""Bulk load of old log books: every bad row named, nothing imported unless all rows are good."""

import json

import openpyxl
import pytest

from desktop.core.errors import InvalidInput
from desktop.core.loading.legacy_text import detect_legacy_encoding
from desktop.core.loading.log_books import load_cases
from desktop.core.mediation import cases

HEADER = ["STT", "Ngày nhận", "Hòa giải viên", "Các bên", "Nội dung", "Thỏa thuận", "Thành",
          "Không thành", "Chữ ký", "Ghi chú"]
GOOD = ["1", "05/03/2025", "Nguyễn Thị Lan", "Đặng Văn Đức | 1970 | Thôn Đông Hòa; Lê Thị Uyên",
        "Tranh chấp lối đi", "Mở lại lối đi", "x", "", "", ""]
FAILED = ["2", "06/03/2025", "Nguyễn Thị Lan", "Trần Văn Hùng", "Tiếng ồn", "Giữ nguyên ý kiến",
          "", "x", "", ""]


def write_csv(path, rows):
    path.write_text("\n".join(",".join(row) for row in [HEADER, *rows]), encoding="utf-8")
    return path


def count_cases(team_db):
    with team_db.uow() as uow:
        return len(cases.list_cases(uow))


def test_csv_load_imports_results_into_the_right_state(team_db, tmp_path):
    with team_db.uow() as uow:
        report = load_cases(uow, path=write_csv(tmp_path / "book.csv", [GOOD, FAILED]))
    assert (report.imported, report.errors) == (2, ())
    with team_db.uow() as uow:
        rows = {r.first_party: r for r in cases.list_cases(uow)}
        found = cases.search_cases(uow, text="le thi uyen")
    assert rows["Đặng Văn Đức"].result == "SUCCESSFUL" and rows["Trần Văn Hùng"].result == "UNSUCCESSFUL"
    assert rows["Đặng Văn Đức"].mediators == "Nguyễn Thị Lan" and len(found) == 1


def test_one_bad_row_imports_nothing_and_is_named(team_db, tmp_path):
    bad = list(FAILED)
    bad[1] = "31/02/2025"
    path = write_csv(tmp_path / "book.csv", [GOOD, bad, GOOD])
    with team_db.uow() as uow:
        report = load_cases(uow, path=path)
    assert report.imported == 0
    assert [(e.line, e.field) for e in report.errors] == [(3, "received_date")]
    assert count_cases(team_db) == 0


def test_dry_run_checks_without_importing(team_db, tmp_path):
    with team_db.uow() as uow:
        report = load_cases(uow, path=write_csv(tmp_path / "book.csv", [GOOD]), dry_run=True)
    assert report.errors == () and report.imported == 0 and count_cases(team_db) == 0


def test_xlsx_and_jsonl(team_db, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(GOOD)
    workbook.save(tmp_path / "book.xlsx")
    lines = [json.dumps({"received_date": "2025-04-01", "basis": "PARTY_REQUEST",
                         "scope_category": "CIVIL", "parties": [{"full_name": "Vũ Thị Zung"}],
                         "mediators": ["Nguyễn Thị Lan"], "end_reason": "PARTY_REQUESTED_STOP"},
                        ensure_ascii=False)]
    (tmp_path / "book.jsonl").write_text("\n".join(lines), encoding="utf-8")
    for name in ("book.xlsx", "book.jsonl"):
        with team_db.uow() as uow:
            assert load_cases(uow, path=tmp_path / name).imported == 1
    assert count_cases(team_db) == 2


@pytest.mark.parametrize(("text", "encoding"), [
    ("NguyÔn V¨n §øc, th«n §«ng Hßa", "TCVN3"), ("Nguyeãn Vaên Ñöùc", "VNI"),
    ("Nguyễn Văn Đức, thôn Đông Hòa", None), ("Diện tích ¾ sào", None)])
def test_legacy_encodings_are_recognised(text, encoding):
    assert detect_legacy_encoding(text) == encoding


def test_legacy_text_rows_are_refused(team_db, tmp_path):
    legacy = list(GOOD)
    legacy[3] = "NguyÔn V¨n §øc | 1970"
    with team_db.uow() as uow:
        report = load_cases(uow, path=write_csv(tmp_path / "book.csv", [legacy]))
    assert report.errors[0].field == "parties" and "TCVN3" in report.errors[0].problem


@pytest.mark.parametrize(("name", "content"), [
    ("book.csv", b"\xff\xfe\x00bad"), ("book.csv", b"\xff\xfe\x00\xd8ba"), ("book.pdf", b"%PDF"),
    ("book.jsonl", b"[1, 2]"), ("book.xlsx", b"not a zip file"), ("book.csv", b""),
    ("book.csv", ",".join(HEADER).encode())])
def test_unreadable_files_are_one_clear_error(team_db, tmp_path, name, content):
    (tmp_path / name).write_bytes(content)
    with team_db.uow() as uow, pytest.raises(InvalidInput) as raised:
        load_cases(uow, path=tmp_path / name)
    assert raised.value.params["field"] == name


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be-bom"])
def test_a_book_saved_with_a_byte_order_mark_or_as_utf16_loads(team_db, tmp_path, encoding):
    """What Excel's "CSV UTF-8" and PowerShell 5.1 (`-Encoding UTF8`, `>`) write on Windows."""
    text = "\r\n".join(",".join(row) for row in [HEADER, GOOD])
    data = ("\ufeff" + text).encode("utf-16-be") if encoding == "utf-16-be-bom" else \
        text.encode(encoding)
    (tmp_path / "book.csv").write_bytes(data)
    with team_db.uow() as uow:
        report = load_cases(uow, path=tmp_path / "book.csv")
    assert (report.errors, report.imported) == ((), 1)
    with team_db.uow() as uow:
        (loaded,) = cases.list_cases(uow)
    assert loaded.first_party == "Đặng Văn Đức"


def test_json_lines_saved_as_utf16_load(team_db, tmp_path):
    line = {"received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
            "parties": [{"full_name": "Nguyễn Thị Hoà"}]}
    (tmp_path / "book.jsonl").write_bytes((json.dumps(line, ensure_ascii=False) + "\r\n")
                                          .encode("utf-16"))
    with team_db.uow() as uow:
        assert load_cases(uow, path=tmp_path / "book.jsonl").imported == 1
