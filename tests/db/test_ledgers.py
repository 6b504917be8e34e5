"""Consent ledger, subject requests, breach log, processing register, police unit."""

from datetime import date, datetime

import pytest

from desktop.core.backups import copies
from desktop.core.errors import InvalidInput, NotFound, PermissionDenied
from desktop.core.mediation import cases, team_register
from desktop.core.privacy import breaches, ledgers
from desktop.core.privacy.processing_activities import processing_register_pdf
from tests.db.test_case_documents import pdf_text
from tests.db.test_cases import add_case


def test_consent_is_per_purpose_never_implied_and_a_child_needs_a_guardian(team_db):
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="at least one purpose"):
        ledgers.record_consent(uow, subject_name="Lê Thị Uyên", purposes=[],
                               method="SIGNED_PAPER", given_at=datetime(2026, 11, 1, 9))
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="guardian"):
        ledgers.record_consent(uow, subject_name="Cháu Bình", purposes=["MEDIATION"],
                               method="VERBAL_WITNESSED", given_at=datetime(2026, 11, 1, 9),
                               is_child=True)
    with team_db.uow() as uow:
        given = ledgers.record_consent(uow, subject_name="Lê Thị Uyên",
                                       purposes=["mediation", "CONTACT"], method="SIGNED_PAPER",
                                       given_at=datetime(2026, 11, 1, 9), sensitive_data=True)
    assert given.purposes == ("CONTACT", "MEDIATION")
    with team_db.uow() as uow:
        withdrawn = ledgers.withdraw_consent(uow, consent_id=given.id, withdrawn_on=date(2026, 11, 5))
    assert withdrawn.withdrawn_on == date(2026, 11, 5)
    with team_db.uow("security") as uow, pytest.raises(PermissionDenied):
        ledgers.list_consents(uow)


def test_requests_have_due_dates_and_become_overdue(team_db):
    with team_db.uow() as uow:
        opened = ledgers.open_request(uow, subject_name="Đặng Văn Đức", kind="ACCESS",
                                      received_on=date(2026, 11, 1))
    assert opened.request_no == "YC-2026-0001" and opened.due_on == date(2026, 11, 16)
    with team_db.uow() as uow:
        assert ledgers.list_requests(uow, today=date(2026, 11, 20))[0].overdue
    with team_db.uow() as uow:
        closed = ledgers.close_request(uow, request_no=opened.request_no, outcome="Đã cung cấp")
    assert closed.status == "DONE" and not closed.overdue


def test_anonymising_a_person_keeps_held_cases_and_their_namesake(team_db):
    free = add_case(team_db, parties=[{"full_name": "Đặng Văn Đức", "address": "Thôn A",
                                       "birth_year": 1962}])
    held = add_case(team_db, parties=[{"full_name": "Đặng Văn Đức", "address": "Thôn A",
                                       "birth_year": 1962}])
    namesake = add_case(team_db, parties=[{"full_name": "Đặng Văn Đức", "address": "Thôn B",
                                           "birth_year": 1995}])
    from desktop.core.privacy import retention, subjects
    with team_db.uow() as uow:
        retention.set_legal_hold(uow, record_type="MEDIATION_CASE", reference=held.id, hold=True)
    with team_db.uow() as uow:
        chosen = subjects.choose_subject(uow, name="dang van duc", birth_year=1962)
    with team_db.uow() as uow:
        assert ledgers.anonymise_subject(uow, person=chosen.key) == 1
    with team_db.uow() as uow:
        assert cases.get_case(uow, case_ref=free.id).parties[0].full_name == "Ẩn danh"
    with team_db.uow() as uow:
        assert cases.get_case(uow, case_ref=held.id).parties[0].full_name == "Đặng Văn Đức"
    with team_db.uow() as uow:
        kept = cases.get_case(uow, case_ref=namesake.id).parties[0]
    assert (kept.full_name, kept.birth_year, kept.address) == ("Đặng Văn Đức", 1995, "Thôn B")
    with team_db.uow() as uow:
        assert {c.id for c in cases.search_cases(uow, text="dang van duc")} == {held.id, namesake.id}
    with team_db.uow() as uow, pytest.raises(NotFound):
        ledgers.anonymise_subject(uow, person="0123456789")


def test_breach_countdown_and_notice(team_db):
    with team_db.uow() as uow:
        logged = breaches.record_breach(uow, detected_at=datetime(2026, 11, 26, 8, 0),
                                        description="Mất máy tính xách tay của tổ",
                                        affected_records=420, data_categories="Vụ việc hòa giải")
    assert logged.notify_by == datetime(2026, 11, 29, 8, 0)
    with team_db.uow() as uow:
        (view,) = breaches.list_breaches(uow, now=datetime(2026, 11, 27, 8, 0))
        notice = breaches.breach_notice(uow, breach_id=logged.id)
    assert view.hours_left == pytest.approx(48)
    assert "Mất máy tính xách tay" in notice and "ngày 26 tháng 11 năm 2026" in notice
    with team_db.uow() as uow:
        notified = breaches.mark_notified(uow, breach_id=logged.id,
                                          notified_at=datetime(2026, 11, 27, 10, 0))
    assert notified.hours_left == 0


def test_processing_register_and_police_unit(team_db):
    with team_db.uow() as uow:
        assert team_register.set_police_unit(uow, commune_code="00004") == "Công an Phường Ba Đình"
    with team_db.uow() as uow:
        text = " ".join(pdf_text(processing_register_pdf(uow)).split())
    assert "SỔ ĐĂNG KÝ HOẠT ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN" in text and "60 tháng" in text
    assert f"bản sao lưu tạo ngay trước khi xóa chỉ giữ {copies.BEFORE_PURGE_DAYS} ngày" in text


def test_security_team_register(team_db):
    with team_db.uow() as uow:
        member = team_register.add_member(uow, full_name="Lê Văn Hùng", position="security",
                                     gender="male", decision="15/QĐ-UBND",
                                     recognised_on=date(2025, 7, 10), hamlet="")
    assert member.position == "security" and member.recognised_on == date(2025, 7, 10)
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="hamlet"):
        team_register.add_member(uow, full_name="Trần Văn Tổ", position="deputy", hamlet="Không có")
    with team_db.uow() as uow:
        warnings = team_register.check_register(uow).warnings
    assert "FEWER_THAN_THREE_MEDIATORS" in warnings and "NO_WOMAN_MEDIATOR" in warnings
