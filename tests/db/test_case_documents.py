"""The written agreement and the log book: Vietnamese text intact, results in the right column."""

import re
import subprocess
from datetime import date

import pytest

from desktop.core.documents import case_documents
from desktop.core.errors import InvalidInput
from desktop.core.mediation import progress
from tests.db.test_cases import add_case, to_in_progress

PARTIES = ["Đặng Văn Đức", "Nguyễn Thị Hoà", "Trần Thị Ửng", "Lê Văn Dũng"]


def pdf_text(pdf: bytes, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")


def _ended_case(team_db, party, reason):
    case = add_case(team_db, parties=[{"full_name": party, "birth_year": 1980,
                                       "address": "Thôn Đông Hòa"}])
    to_in_progress(team_db, case.case_no)
    with team_db.uow() as uow:
        return progress.end_case(uow, case_ref=case.id, end_reason=reason,
                                 ended_on=date(2026, 4, 1), agreement_or_demands="Mở lại lối đi")


def test_agreement_document(team_db):
    case = _ended_case(team_db, "Đặng Văn Đức", "AGREEMENT_REACHED")
    with team_db.uow() as uow:
        pdf = case_documents.agreement_pdf(uow, case_ref=case.id, record=True)
    text = " ".join(pdf_text(pdf).split())
    for expected in ("VĂN BẢN HÒA GIẢI THÀNH", "Đặng Văn Đức", "ngày 01 tháng 4 năm 2026",
                     "Tổ hòa giải thôn Đông Hòa", "Phường Ba Đình", "ngày 01 tháng 10 năm 2026"):
        assert expected in text
    with team_db.uow() as uow:
        from desktop.core.mediation.cases import get_case
        assert get_case(uow, case_ref=case.id).written_agreement_on == date(2026, 4, 1)
    failed = _ended_case(team_db, "Lê Văn Dũng", "PARTY_REQUESTED_STOP")
    with team_db.uow() as uow, pytest.raises(InvalidInput):
        case_documents.agreement_pdf(uow, case_ref=failed.id)


def _word_boxes(pdf: bytes) -> list[tuple[str, float, float, int]]:
    """(word, x, y, page) for every word, from pdftotext's bounding-box output."""
    html = pdf_text(pdf, "-bbox")
    boxes, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', line)
        if match:
            boxes.append((match.group(3), float(match.group(1)), float(match.group(2)), page))
    return boxes


def test_logbook_puts_each_case_in_its_result_column(team_db):
    reasons = ["AGREEMENT_REACHED", "PARTY_REQUESTED_STOP", "AGREEMENT_REACHED",
               "MEDIATOR_ENDED_NO_PROSPECT"]
    for party, reason in zip(PARTIES, reasons, strict=True):
        _ended_case(team_db, party, reason)
    with team_db.uow() as uow:
        pdf = case_documents.logbook_pdf(uow, year=2026)
    text = pdf_text(pdf, "-layout")
    assert "SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ" in text and "Quận" not in text
    for party in PARTIES:
        assert party in text
    boxes = _word_boxes(pdf)
    column_x = {w: x for w, x, _, _ in boxes if w in ("(7)", "(8)")}
    marks = sorted((y, x) for w, x, y, page in boxes if w == "x" and page == 2)
    columns = ["(7)" if abs(x - column_x["(7)"]) < abs(x - column_x["(8)"]) else "(8)"
               for _, x in marks]
    assert columns == ["(7)", "(8)", "(7)", "(8)"]
