"""Observation notes (R-SEC-01/02), roles and the audit of refusals and sensitive reads."""

from datetime import datetime

import pytest
from sqlalchemy import text

from desktop.core.errors import InvalidInput, PermissionDenied
from desktop.core.mediation import cases
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.notes import notes

TIP = {"kind": "TIP", "category": "DRUGS", "observed_at": "2026-11-20T21:15:00",
       "hamlet": "", "place": "Ngõ 5, cạnh bãi xe", "summary": "Nhóm thanh niên lạ tụ tập ban đêm"}


def add_note(team_db, who="security", **changes):
    with team_db.uow(who) as uow:
        return notes.create_note(uow, values=notes.note_input_from_json(TIP | changes))


def audit_actions(team_db) -> list[tuple[str, str]]:
    with team_db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT actor_username, action FROM audit_event ORDER BY seq"))]


def test_a_violation_cannot_be_saved_unreported(team_db):
    with pytest.raises(InvalidInput, match="commune police now"):
        add_note(team_db)
    with pytest.raises(InvalidInput, match="report_channel"):
        add_note(team_db, reported_to_police_at="2026-11-20T21:20:00")
    reported = add_note(team_db, reported_to_police_at="2026-11-20T21:20:00",
                        report_channel="PHONE", reported_by="Lê Văn Hùng")
    assert reported.note_no == "AN-2026-0001" and reported.status == "REPORTED"
    unreachable = add_note(team_db, could_not_reach_reason="Gọi 3 lần không ai nghe máy")
    assert unreachable.status == "OPEN"
    ordinary = add_note(team_db, category="TRAFFIC_SAFETY", summary="Đèn đường hỏng")
    assert not ordinary.about_violation


def test_no_fields_for_religion_ethnicity_or_politics_and_a_warning_in_text(team_db):
    with pytest.raises(InvalidInput, match="religion: unknown field"):
        notes.note_input_from_json(TIP | {"religion": "x"})
    warned = add_note(team_db, category="OTHER", summary="Tranh cãi về tôn giáo ở chợ")
    assert warned.warnings == ("SENSITIVE_TOPIC",)
    plain = add_note(team_db, category="OTHER", summary="Chó thả rông cắn người")
    assert plain.warnings == ()


def test_roles_are_enforced_in_the_core_and_refusals_are_audited(team_db):
    add_note(team_db, category="OTHER", summary="Ghi chú")
    with team_db.uow("leader") as uow:
        case = cases.create_case(uow, data=case_input_from_json({
            "received_date": "2026-03-05", "basis": "PARTY_REQUEST", "scope_category": "CIVIL",
            "parties": [{"full_name": "Đặng Văn Đức"}]}))
    with team_db.uow("mediator") as uow, pytest.raises(PermissionDenied):
        notes.list_notes(uow)
    with team_db.uow("other_mediator") as uow, pytest.raises(PermissionDenied):
        cases.get_case(uow, case_ref=case.id)
    with team_db.uow("security") as uow, pytest.raises(PermissionDenied):
        cases.get_case(uow, case_ref=case.id)
    with team_db.uow("viewer") as uow, pytest.raises(PermissionDenied):
        cases.list_cases(uow)
    with team_db.uow("viewer") as uow, pytest.raises(PermissionDenied):
        notes.list_notes(uow)
    denials = [who for who, action in audit_actions(team_db) if action == "permission_denied"]
    assert denials == ["duc", "tam", "hung", "mai", "mai"]


def test_sensitive_reads_are_audited_and_source_protected_tips_are_masked(team_db):
    note = add_note(team_db, category="OTHER", summary="Người cung cấp tin: bà Tư",
                    confidentiality="SOURCE_PROTECTED")
    with team_db.uow("security") as uow:
        rows = notes.list_notes(uow)
    assert rows[0].summary == "••••"
    with team_db.uow("leader") as uow:
        shown = notes.get_note(uow, note_ref=note.note_no)
    assert shown.summary == "Người cung cấp tin: bà Tư"
    assert ("lan", "note_viewed") in audit_actions(team_db)


def test_notes_search_is_folded(team_db):
    add_note(team_db, category="OTHER", summary="Xe máy dựng chắn lối đi ở Thôn Đông Hòa")
    with team_db.uow("security") as uow:
        found = notes.list_notes(uow, query=notes.NoteQuery(search="thon dong hoa"))
        none = notes.list_notes(uow, query=notes.NoteQuery(search="ma tuy"))
    assert len(found) == 1 and none == []
    assert found[0].observed_at == datetime(2026, 11, 20, 21, 15)
