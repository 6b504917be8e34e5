"""Retention and purge with legal hold (R-PRIV-08); one person's records export (R-PRIV-06)."""

from datetime import date

from sqlalchemy import text

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
        pdf = subjects.subject_export_pdf(uow, name="dang van duc")
    text_of_pdf = " ".join(pdf_text(pdf).split())
    assert "Đặng Văn Đức" in text_of_pdf and "HG-2026-0001" in text_of_pdf
    for other in ("Trần Văn Khác", "Lê Thị Uyên", "HG-2026-0002"):
        assert other not in text_of_pdf
    assert ("lan", "subject_exported") in audit_actions(team_db)
