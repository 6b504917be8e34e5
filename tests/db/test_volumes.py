"""Log-book volumes: closing freezes entries; corrections become kept amendments (R-MED-10, 12)."""

from datetime import date

import pytest

from desktop.core.documents import case_documents
from desktop.core.errors import InvalidInput
from desktop.core.mediation import cases, progress, statistics, volumes
from desktop.core.mediation.inputs import case_input_from_json
from tests.db.test_case_documents import pdf_text
from tests.db.test_cases import add_case, to_in_progress


def ended_case(team_db, reason="AGREEMENT_REACHED"):
    case = add_case(team_db)
    to_in_progress(team_db, case.case_no)
    with team_db.uow() as uow:
        return progress.end_case(uow, case_ref=case.id, end_reason=reason,
                                 ended_on=date(2026, 3, 20))


def test_a_volume_closes_only_when_its_cases_are_finished(team_db):
    with team_db.uow() as uow:
        assert volumes.open_volume(uow, opened_on=date(2026, 1, 1)).volume_no == 1
    unfinished = add_case(team_db)
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="not finished"):
        volumes.close_volume(uow, volume_no=1, closed_on=date(2026, 6, 30))
    with team_db.uow() as uow:
        progress.check_scope(uow, case_ref=unfinished.id, check="EXCLUDED",
                             exclusion="COMMERCIAL_OR_LABOUR")
    ended_case(team_db)
    with team_db.uow() as uow:
        assert volumes.close_volume(uow, volume_no=1, closed_on=date(2026, 6, 30)).closed_on
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="after the previous"):
        volumes.open_volume(uow, opened_on=date(2026, 6, 1))
    with team_db.uow() as uow:
        assert volumes.open_volume(uow, opened_on=date(2026, 7, 1)).volume_no == 2


def test_closed_entries_are_frozen_and_corrected_by_amendment(team_db):
    with team_db.uow() as uow:
        volumes.open_volume(uow, opened_on=date(2026, 1, 1))
    case = ended_case(team_db)
    with team_db.uow() as uow:
        volumes.close_volume(uow, volume_no=1, closed_on=date(2026, 6, 30))
    with team_db.uow() as uow, pytest.raises(InvalidInput, match="volume is closed"):
        cases.update_case(uow, case_ref=case.id, data=case_input_from_json({"notes": "x"}))
    with team_db.uow() as uow:
        amended = volumes.amend_case(uow, case_ref=case.id, field="agreement_or_demands",
                                     value="Mở lối đi rộng 2 mét", reason="Ghi nhầm số đo")
    assert amended.agreement_or_demands == "Mở lối đi rộng 2 mét"
    assert amended.amendments[0].old_value == "" and amended.amendments[0].reason == "Ghi nhầm số đo"
    with team_db.uow() as uow:
        text = " ".join(pdf_text(case_documents.logbook_pdf(uow, volume=1)).split())
    assert "Ghi nhầm số đo" in text and "ngày 30 tháng 6 năm 2026" in text


def test_mediator_counts_per_period(team_db):
    ended_case(team_db)
    ended_case(team_db, "PARTY_REQUESTED_STOP")
    with team_db.uow() as uow:
        counts = statistics.mediator_counts(uow, date_from=date(2026, 3, 1),
                                            date_to=date(2026, 3, 31))
        empty = statistics.mediator_counts(uow, date_from=date(2026, 4, 1),
                                           date_to=date(2026, 4, 30))
    assert [(c.name, c.ended, c.successful, c.unsuccessful) for c in counts] == [
        ("Nguyễn Thị Lan", 2, 1, 1)]
    assert empty == []
