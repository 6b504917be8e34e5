"""The written agreement (Law 35/2013 Art. 24): dated the day agreed, its sections, addresses,
people, copies and one signature block per party."""

import os
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from db import clock
from desktop.core.documents import case_documents
from desktop.core.errors import InvalidInput
from desktop.core.mediation import cases, progress
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.privacy import retention
from tests.db.test_case_documents import pdf_text
from tests.db.test_cases import INTAKE, add_case, to_in_progress

THIRD_PARTY = {"full_name": "Trần Thị Ửng", "birth_year": 1990, "address": "Số 7, ngõ 2"}


def _save(name: str, pdf: bytes) -> None:
    """TUQUAN_SAVE_PDFS=<folder> keeps the documents, to look at them rendered."""
    folder = os.environ.get("TUQUAN_SAVE_PDFS")
    if folder:
        Path(folder, name).write_bytes(pdf)


def _agreed_case(team_db, parties=None, ended_on=date(2026, 12, 1), before_the_end=None,
                 **terms):
    case = add_case(team_db, **({"parties": parties} if parties else {}))
    to_in_progress(team_db, case.case_no)
    if before_the_end:
        before_the_end(case)
    with team_db.uow() as uow:
        return progress.end_case(uow, case_ref=case.id, end_reason="AGREEMENT_REACHED",
                                 ended_on=ended_on, agreement_or_demands="Mở lại lối đi rộng 1,5 mét",
                                 **terms)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_agreement_is_dated_the_day_agreed_not_the_day_printed(team_db):
    with clock.moved_to(datetime(2026, 12, 1, 16, 0)):
        case = _agreed_case(team_db)
    with clock.moved_to(datetime(2026, 12, 7, 9, 0)), team_db.uow() as uow:
        pdf = case_documents.agreement_pdf(uow, case_ref=case.id, record=True)
    text = _flat(pdf_text(pdf))
    assert "Phường Ba Đình, ngày 01 tháng 12 năm 2026" in text
    assert "07 tháng 12" not in text
    assert case.recognition_deadline == date(2027, 6, 1)
    assert "đến hết ngày 01 tháng 6 năm 2027" in text
    with team_db.uow() as uow:  # the written agreement counts in the month it was made
        assert cases.get_case(uow, case_ref=case.id).written_agreement_on == date(2026, 12, 1)


def test_a_written_agreement_recorded_later_keeps_the_deadline_of_the_agreement(team_db):
    case = _agreed_case(team_db)
    with team_db.uow() as uow:
        progress.record_written_agreement(uow, case_ref=case.id, made_on=date(2026, 12, 3))
    with clock.moved_to(datetime(2026, 12, 20, 9, 0)), team_db.uow() as uow:
        text = _flat(pdf_text(case_documents.agreement_pdf(uow, case_ref=case.id)))
    assert "ngày 03 tháng 12 năm 2026" in text and "đến hết ngày 01 tháng 6 năm 2027" in text


def test_two_parties_each_with_a_full_address_and_a_signature_block(team_db):
    def invite_and_witness(case):
        with team_db.uow() as uow:
            progress.assign_mediator(uow, case_ref=case.id, mediator="duc",
                                     no_conflict_confirmed=False, role="INVITED")
        with team_db.uow() as uow:
            cases.update_case(uow, case_ref=case.id, data=case_input_from_json(
                {"witnesses": "Lê Văn Tâm\nPhạm Thị Mai"}))

    case = _agreed_case(team_db, before_the_end=invite_and_witness,
                        implementation_method="Bà Hoà tháo dỡ hàng rào lấn ra lối đi.",
                        implementation_deadline=date(2026, 12, 31))
    with team_db.uow() as uow:
        pdf = case_documents.agreement_pdf(uow, case_ref=case.id)
    _save("agreement-two-parties.pdf", pdf)
    text = _flat(pdf_text(pdf))
    for expected in (
            "Bên thứ nhất: Đặng Văn Đức, sinh năm 1970 (cá nhân); địa chỉ: Thôn Đông Hòa, "
            "Phường Ba Đình, Thành phố Hà Nội.",
            "Bên thứ hai: Nguyễn Thị Hoà",
            "5. Thỏa thuận đạt được và giải pháp thực hiện Mở lại lối đi rộng 1,5 mét",
            "6. Phương thức, thời hạn thực hiện thỏa thuận Bà Hoà tháo dỡ hàng rào lấn ra lối đi. "
            "Thời hạn thực hiện: chậm nhất đến hết ngày 31 tháng 12 năm 2026.",
            "Người được mời tham gia hòa giải: Đặng Văn Đức.",
            "Người chứng kiến: Lê Văn Tâm, Phạm Thị Mai.",
            "được lập thành 03 bản có giá trị như nhau, mỗi bên giữ 01 bản, Tổ hòa giải giữ 01 bản",
            "BÊN THỨ NHẤT", "BÊN THỨ HAI", "HÒA GIẢI VIÊN"):
        assert expected in text
    assert "CÁC BÊN" not in text and "BÊN THỨ BA" not in text


def test_three_parties_and_a_related_person(team_db):
    parties = [*INTAKE["parties"], THIRD_PARTY,
               {"full_name": "Lê Văn Dũng", "role": "RELATED_PERSON",
                "address": "Xã Hòa Bình, tỉnh Nghệ An"}]
    case = _agreed_case(team_db, parties=parties)
    with team_db.uow() as uow:
        pdf = case_documents.agreement_pdf(uow, case_ref=case.id)
    _save("agreement-three-parties.pdf", pdf)
    text = _flat(pdf_text(pdf))
    for expected in (
            "Bên thứ ba: Trần Thị Ửng, sinh năm 1990 (cá nhân); địa chỉ: Số 7, ngõ 2, "
            "Thôn Đông Hòa, Phường Ba Đình, Thành phố Hà Nội.",
            "Người có quyền lợi, nghĩa vụ liên quan: Lê Văn Dũng (cá nhân); địa chỉ: "
            "Xã Hòa Bình, tỉnh Nghệ An.",
            "Thời hạn thực hiện: ……",  # no deadline recorded: a line to fill in by hand
            "được lập thành 05 bản có giá trị như nhau, mỗi bên và mỗi người có quyền lợi, "
            "nghĩa vụ liên quan giữ 01 bản",
            "BÊN THỨ NHẤT", "BÊN THỨ HAI", "BÊN THỨ BA", "NGƯỜI CÓ QUYỀN LỢI, NGHĨA VỤ LIÊN QUAN"):
        assert expected in text
    assert "Người chứng kiến" not in text and "Người được mời" not in text


def test_the_way_and_deadline_of_carrying_it_out_are_checked(team_db):
    case = add_case(team_db)
    to_in_progress(team_db, case.case_no)
    with team_db.uow() as uow, pytest.raises(InvalidInput) as early:
        progress.end_case(uow, case_ref=case.id, end_reason="AGREEMENT_REACHED",
                          ended_on=date(2026, 4, 1), implementation_deadline=date(2026, 3, 31))
    assert early.value.params["field"] == "implementation_deadline"
    with clock.moved_to(datetime(2026, 4, 1, 9, 0)):
        later = case_input_from_json({"implementation_deadline": "01/04/2031"})
        assert later.implementation_deadline == date(2031, 4, 1)  # paid back over five years
        with pytest.raises(InvalidInput):
            case_input_from_json({"implementation_deadline": "2037-01-01"})
    cleared = case_input_from_json({"implementation_deadline": None})
    assert "implementation_deadline" in cleared.given and cleared.implementation_deadline is None


def test_the_saved_file_is_named_after_the_case():
    assert case_documents.agreement_file_name("HG-2026-0012") == "thoa-thuan-HG-2026-0012.pdf"


def test_a_purge_erases_the_way_of_carrying_it_out_and_the_witnesses(team_db):
    case = add_case(team_db, received_date="2019-01-05", witnesses="Lê Văn Tâm")
    to_in_progress(team_db, case.case_no)
    with team_db.uow() as uow:
        progress.end_case(uow, case_ref=case.id, end_reason="AGREEMENT_REACHED",
                          ended_on=date(2019, 3, 1),
                          implementation_method="Ông Đức trả bà Hoà 5.000.000 đồng")
    with team_db.uow() as uow:
        assert [r.number for r in retention.purge(uow, today=date(2026, 11, 27)).records] == \
            [case.case_no]
    with team_db.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT implementation_method, witnesses FROM mediation_case")).one() == ("", "")
