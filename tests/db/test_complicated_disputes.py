"""Thông tư 124/2021/TT-BCA in the report: complicated or prolonged disputes (open too long, or
the same parties again within a year) and the share of households that pledged."""

from datetime import date

import pytest

from desktop.core.errors import InvalidInput, PermissionDenied
from desktop.core.mediation import disputes
from desktop.core.monthly_report import figures
from desktop.core.monthly_report.periods import Month
from tests.db.test_case_documents import pdf_text
from tests.db.test_cases import add_case
from tests.db.test_monthly_report import month_report

DUC, HOA = {"full_name": "Đặng Văn Đức", "birth_year": 1970}, {"full_name": "Nguyễn Thị Hoà",
                                                               "birth_year": 1982}


def _case(team_db, received, *parties):
    return add_case(team_db, received_date=received, parties=list(parties))


def test_a_case_open_past_the_teams_number_of_days_is_prolonged(team_db):
    _case(team_db, "2026-01-05", DUC, HOA)
    counts = {month: month_report(team_db, Month(2026, month)).mediation["prolonged_in_progress"]
              for month in (3, 4)}
    assert counts == {3: 0, 4: 1}  # 85 days open at the end of March, 115 at the end of April
    quarter = month_report(team_db, Month(2026, 2), Month(2026, 4))
    assert quarter.mediation["prolonged_in_progress"] == 1  # at the range's end, not summed
    with team_db.uow() as uow:
        assert disputes.set_prolonged_after_days(uow, days=30) == 30
    built = month_report(team_db, Month(2026, 2))
    assert built.mediation["prolonged_in_progress"] == 1 and built.prolonged_after_days == 30
    with team_db.uow() as uow, pytest.raises(InvalidInput):
        disputes.set_prolonged_after_days(uow, days=0)
    with team_db.uow("mediator") as uow, pytest.raises(PermissionDenied):
        disputes.set_prolonged_after_days(uow, days=60)


def test_the_same_parties_again_within_a_year_is_a_repeated_dispute(team_db):
    first = _case(team_db, "2025-06-10", DUC, HOA)
    again = _case(team_db, "2026-03-02", {"full_name": "dang van duc", "birth_year": 1970},
                  {"full_name": "Nguyễn Thị Hòa", "birth_year": 1982})  # folded alike
    namesake = _case(team_db, "2026-03-03", DUC, {"full_name": "Nguyễn Thị Hoà",
                                                  "birth_year": 1990})
    one_of_two = _case(team_db, "2026-03-04", DUC, {"full_name": "Lê Văn Tám"})
    next_year = _case(team_db, "2027-06-11", DUC, HOA)  # a year after the March case
    alone = _case(team_db, "2026-03-20", {"full_name": "Lê Văn Tám"})  # all its parties
    march = month_report(team_db, Month(2026, 3)).mediation
    assert march["repeated_disputes"] == 2  # `again` and `alone`
    with team_db.uow() as uow:
        flags = disputes.dispute_flags(
            uow, case_ids=[c.id for c in (first, again, namesake, one_of_two, next_year, alone)],
            today=date(2027, 7, 1))
    assert [flags[c.id].repeated for c in (first, again, namesake, one_of_two, next_year, alone)] \
        == [False, True, False, False, False, True]
    assert flags[again.id].earlier_cases == (first.case_no,)
    assert flags[alone.id].earlier_cases == (one_of_two.case_no,)
    assert flags[first.id].prolonged and flags[first.id].days_open == 751
    assert flags[again.id].complicated


def test_a_mediator_sees_the_flags_of_their_own_cases_only(team_db):
    from desktop.core.mediation import progress

    first, again = _case(team_db, "2026-02-01", DUC, HOA), _case(team_db, "2026-03-01", DUC, HOA)
    with team_db.uow() as uow:
        progress.check_scope(uow, case_ref=again.case_no, check="IN_SCOPE")
    with team_db.uow() as uow:
        progress.assign_mediator(uow, case_ref=again.case_no, mediator="duc",
                                 no_conflict_confirmed=True, assigned_on=date(2026, 3, 2))
    with team_db.uow("mediator") as uow:
        flags = disputes.dispute_flags(uow, case_ids=[first.id, again.id])
    assert list(flags) == [again.id]
    assert flags[again.id].repeated and flags[again.id].earlier_cases == ()


def test_an_anonymised_party_is_nobody_in_particular(team_db):
    anonymous = {"full_name": "Ẩn danh"}
    _case(team_db, "2026-02-01", anonymous, anonymous)
    _case(team_db, "2026-03-01", anonymous, anonymous)
    assert month_report(team_db, Month(2026, 3)).mediation["repeated_disputes"] == 0


def test_the_report_prints_the_complicated_disputes_and_the_pledged_share(team_db):
    from desktop.core.pdf.monthly import build_monthly_pdf

    _case(team_db, "2025-11-03", DUC, HOA)
    _case(team_db, "2026-03-02", DUC, HOA)
    with team_db.uow() as uow:
        figures.set_figures(uow, month=Month(2026, 2), values={"households_total": 400,
                                                              "households_pledged": 300})
    with team_db.uow() as uow:
        figures.set_figures(uow, month=Month(2026, 3), values={"households_total": 400,
                                                              "households_pledged": 350})
    built = month_report(team_db, Month(2026, 3))
    assert built.households_pledged_share == 0.875
    assert month_report(team_db, Month(2026, 1)).households_pledged_share is None
    assert month_report(team_db, Month(2026, 1), Month(2026, 3)).households_pledged_share == 0.875
    text = " ".join(pdf_text(build_monthly_pdf(built, date(2026, 4, 2)), "-layout").split())
    assert "Tổng số hộ trên địa bàn 400 400" in text
    assert 'Tỷ lệ hộ đăng ký "An toàn về ANTT" (%) 87,5% 87,5%' in text
    assert "Vụ việc phức tạp, kéo dài: quá thời hạn chưa kết thúc (*) 1" in text
    assert "Vụ việc phức tạp, kéo dài: các bên trở lại trong 12 tháng (**) 1" in text
    assert "quá 90 ngày kể từ ngày tiếp nhận" in text and "Thông tư 124/2021/TT-BCA" in text


def test_a_folded_name_goes_with_the_name(team_db):
    """The matching key is the name folded: anonymising or correcting the name leaves no
    folded copy of the old one, and a bulk-loaded party is folded too."""
    from sqlalchemy import select

    from db.folding import fold_for_search
    from db.models import CaseParty
    from desktop.core.demo.team_data import generate_demo
    from desktop.core.privacy import ledgers, subjects

    _case(team_db, "2026-02-01", DUC, HOA)
    with team_db.uow() as uow:
        generate_demo(uow, cases=5, seed=2, today=date(2026, 3, 1))  # Core inserts
    with team_db.uow() as uow:
        person = subjects.choose_subject(uow, name="Đặng Văn Đức")
    with team_db.uow() as uow:
        ledgers.anonymise_subject(uow, person=person.key)
    with team_db.uow() as uow:
        folded = {party.full_name: party.folded_name
                  for party in uow.session.scalars(select(CaseParty))}
    assert all(fold == fold_for_search(full_name) for full_name, fold in folded.items())
    assert "dang van duc" not in folded.values() and folded["Ẩn danh"] == "an danh"
    assert len(folded) > 3
