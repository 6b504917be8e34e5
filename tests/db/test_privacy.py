"""Retention and purge with legal hold (R-PRIV-08); one person's records export, chosen apart
from their namesakes (R-PRIV-06)."""

from datetime import date

import pytest
from sqlalchemy import text

from desktop.core.errors import NotFound, SubjectAmbiguous
from desktop.core.mediation import progress
from desktop.core.privacy import retention, subjects
from tests.db.test_case_documents import pdf_text
from tests.db.test_cases import add_case, to_in_progress
from tests.db.test_notes import add_note, audit_actions


def ended(team_db, party, reason, ended_on, received="2019-01-05"):
    case = add_case(team_db, received_date=received, parties=[
        {"full_name": party, "birth_year": 1970, "address": "Thôn Đông Hòa"},
        {"full_name": "Trần Văn Khác", "birth_year": 1980, "address": "Thôn Hòa Bình"}])
    to_in_progress(team_db, case.case_no)
    with team_db.uow() as uow:
        return progress.end_case(uow, case_ref=case.id, end_reason=reason, ended_on=ended_on)


def test_purge_lists_exactly_what_is_due_and_not_held(team_db):
    old = ended(team_db, "Đặng Văn Đức", "PARTY_REQUESTED_STOP", date(2019, 3, 1))
    held = ended(team_db, "Lê Thị Uyên", "PARTY_REQUESTED_STOP", date(2019, 3, 1))
    recent = ended(team_db, "Phạm Văn Nam", "AGREEMENT_REACHED", date(2024, 3, 1),
                   received="2024-01-05")
    add_case(team_db, received_date="2019-02-01")  # still open: never purged
    old_note = add_note(team_db, category="OTHER", summary="Cũ", observed_at="2024-01-01T08:00:00")
    add_note(team_db, category="OTHER", summary="Mới", observed_at="2026-10-01T08:00:00")
    with team_db.uow() as uow:
        retention.set_legal_hold(uow, record_type="MEDIATION_CASE", reference=held.case_no,
                                 hold=True)
    with team_db.uow() as uow:
        report = retention.purge(uow, dry_run=True, today=date(2026, 11, 27))
    assert [(r.record_type, r.number) for r in report.records] == [
        ("MEDIATION_CASE", old.case_no), ("OBSERVATION_NOTE", old_note.note_no)]
    assert report.records[0].due_on == date(2024, 3, 1)
    assert recent.case_no not in [r.number for r in report.records]


def test_purge_leaves_tombstones_that_sync_and_is_audited(team_db):
    old = ended(team_db, "Đặng Văn Đức", "PARTY_REQUESTED_STOP", date(2019, 3, 1))
    with team_db.engine.connect() as connection:
        before = connection.execute(text("SELECT version, change_seq FROM mediation_case")).one()
    with team_db.uow() as uow:
        report = retention.purge(uow, today=date(2026, 11, 27))
    assert [r.number for r in report.records] == [old.case_no]
    with team_db.engine.connect() as connection:
        case = connection.execute(text(
            "SELECT deleted_at, main_content, version, change_seq FROM mediation_case")).one()
        names = connection.execute(text("SELECT full_name, deleted_at FROM case_party")).all()
        indexed = connection.execute(text("SELECT count(*) FROM case_search")).scalar()
    assert case.deleted_at is not None and case.main_content == ""
    assert case.version > before.version and case.change_seq > before.change_seq
    assert all(name == "" and deleted for name, deleted in names) and indexed == 0
    assert ("lan", "records_purged") in audit_actions(team_db)


def test_subject_export_holds_that_person_only(team_db):
    ended(team_db, "Đặng Văn Đức", "AGREEMENT_REACHED", date(2026, 3, 1), received="2026-02-01")
    ended(team_db, "Lê Thị Uyên", "PARTY_REQUESTED_STOP", date(2026, 3, 1), received="2026-02-02")
    with team_db.uow() as uow:
        (chosen,) = subjects.find_subjects(uow, name="dang van duc")
    with team_db.uow() as uow:
        pdf = subjects.subject_export_pdf(uow, person=chosen.key)
    text_of_pdf = " ".join(pdf_text(pdf).split())
    assert "Đặng Văn Đức" in text_of_pdf and "HG-2026-0001" in text_of_pdf
    for other in ("Trần Văn Khác", "Lê Thị Uyên", "HG-2026-0002"):
        assert other not in text_of_pdf
    assert ("lan", "subject_exported") in audit_actions(team_db)


def namesakes(team_db):
    """Two residents named Đặng Văn Đức: the elder in two cases, the younger in one."""
    for received, born, address, content in (
            ("2026-01-10", 1962, "Thôn Đông Hòa", "Tranh chấp lối đi chung"),
            ("2026-02-10", 1995, "Tổ dân phố Bắc Sơn", "Tranh chấp tiền đặt cọc xe máy"),
            ("2026-03-10", 1962, "thôn đông hoà", "Tranh chấp ranh giới vườn")):
        add_case(team_db, received_date=received, main_content=content, parties=[
            {"full_name": "Đặng Văn Đức", "birth_year": born, "address": address},
            {"full_name": "Vũ Thị Mận", "birth_year": 1971, "address": "Thôn Tây"}])


def test_namesakes_are_listed_apart_with_only_where_they_appear(team_db):
    namesakes(team_db)
    with team_db.uow() as uow:
        elder, younger = subjects.find_subjects(uow, name="ĐẶNG văn đức")
    assert (elder.birth_year, elder.entries, elder.case_numbers) == (
        1962, 2, ("HG-2026-0001", "HG-2026-0003"))
    assert (younger.birth_year, younger.address, younger.entries, younger.case_numbers) == (
        1995, "Tổ dân phố Bắc Sơn", 1, ("HG-2026-0002",))
    assert elder.key != younger.key and len(elder.key) == 10
    assert not {field for field in vars(elder) if "content" in field or "role" in field}


def test_a_shared_name_is_refused_without_a_choice_and_the_choice_exports_only_that_person(team_db):
    namesakes(team_db)
    with team_db.uow() as uow, pytest.raises(SubjectAmbiguous) as refused:
        subjects.choose_subject(uow, name="Đặng Văn Đức")
    message = refused.value.message
    assert message.startswith("2 people") and "1962" in message and "1995" in message
    with team_db.uow() as uow:
        chosen = subjects.choose_subject(uow, name="Đặng Văn Đức", birth_year=1995)
    with team_db.uow() as uow:
        assert subjects.choose_subject(uow, name="dang van duc", address="bac son") == chosen
    with team_db.uow() as uow:
        pdf = subjects.subject_export_pdf(uow, person=chosen.key)
    text_of_pdf = " ".join(pdf_text(pdf).split())
    assert "1995" in text_of_pdf and "Tổ dân phố Bắc Sơn" in text_of_pdf
    assert "HG-2026-0002" in text_of_pdf
    for other in ("1962", "Đông Hòa", "đông hoà", "HG-2026-0001", "HG-2026-0003",
                  "lối đi", "ranh giới", "đặt cọc", "Vũ Thị Mận", "Thôn Tây"):
        assert other not in text_of_pdf
    with team_db.engine.connect() as connection:
        details = connection.execute(text(
            "SELECT details FROM audit_event WHERE action = 'subject_exported'")).scalar_one()
    assert chosen.key in details and "Đặng" not in details and "dang" not in details.lower()


def test_a_key_that_matches_nobody_exports_nothing(team_db):
    namesakes(team_db)
    with team_db.uow() as uow, pytest.raises(NotFound):
        subjects.subject_export_pdf(uow, person="0123456789")
    with team_db.uow() as uow, pytest.raises(NotFound):
        subjects.choose_subject(uow, name="Đặng Văn Đức", birth_year=1980)
    assert ("lan", "subject_exported") not in audit_actions(team_db)
