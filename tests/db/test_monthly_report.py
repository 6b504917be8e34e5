"""Monthly report: indicators counted by hand, roll-ups, the balance, closing and amendments."""

from datetime import date

import pytest

from desktop.core.mediation import progress
from desktop.core.monthly_report import figures, report
from desktop.core.monthly_report.indicators import STOCK
from desktop.core.monthly_report.periods import Month, quarter
from tests.db.test_cases import add_case

MARCH, APRIL = Month(2026, 3), Month(2026, 4)


def _start(team_db, case_no, on):
    with team_db.uow() as uow:
        progress.check_scope(uow, case_ref=case_no, check="IN_SCOPE", checked_on=on)
    with team_db.uow() as uow:
        progress.assign_mediator(uow, case_ref=case_no, mediator="lan", no_conflict_confirmed=True,
                                 assigned_on=on)
    with team_db.uow() as uow:
        progress.record_session(uow, case_ref=case_no, held_on=on)


def _end(team_db, case_no, reason, on):
    with team_db.uow() as uow:
        progress.end_case(uow, case_ref=case_no, end_reason=reason, ended_on=on)


@pytest.fixture
def book(team_db):
    """A: Feb→ended 5 Mar (thành); B: Feb, never ends; C: 2 Mar→20 Mar (thành);
    D: 5 Mar→2 Apr (không thành); E: 10 Mar, out of scope 11 Mar; F: 25 Mar, risk of violence;
    G: 3 Apr."""
    cases = {}
    for key, received, extra in (
            ("A", "2026-02-10", {}), ("B", "2026-02-20", {}), ("C", "2026-03-02", {}),
            ("D", "2026-03-05", {}), ("E", "2026-03-10", {}),
            ("F", "2026-03-25", {"risk_of_violence": True,
                                 "violence_reported_at": "2026-03-25T10:00:00",
                                 "violence_reported_to": "Chủ tịch UBND phường"}),
            ("G", "2026-04-03", {})):
        cases[key] = add_case(team_db, received_date=received, **extra).case_no
    for key in "ABCDF":
        _start(team_db, cases[key], date.fromisoformat("2026-03-01") if key in "AB"
               else date.fromisoformat(f"2026-03-{int(cases[key][-2:]) + 1:02d}"))
    _end(team_db, cases["A"], "AGREEMENT_REACHED", date(2026, 3, 5))
    _end(team_db, cases["C"], "AGREEMENT_REACHED", date(2026, 3, 20))
    _end(team_db, cases["D"], "PARTY_REQUESTED_STOP", date(2026, 4, 2))
    with team_db.uow() as uow:
        progress.check_scope(uow, case_ref=cases["E"], check="EXCLUDED",
                             exclusion="COMMERCIAL_OR_LABOUR", checked_on=date(2026, 3, 11))
    return cases


def month_report(team_db, first, last=None):
    with team_db.uow() as uow:
        return report.build_report(uow, first=first, last=last or first)


def test_march_and_april_counted_by_hand(team_db, book):
    march = month_report(team_db, MARCH).mediation
    assert {k: march[k] for k in ("carried_over", "received", "ended_successful",
                                  "ended_unsuccessful", "out_of_scope", "in_progress_end",
                                  "escalated_violence")} == {
        "carried_over": 2, "received": 4, "ended_successful": 2, "ended_unsuccessful": 0,
        "out_of_scope": 1, "in_progress_end": 3, "escalated_violence": 1}
    april = month_report(team_db, APRIL)
    assert (april.mediation["carried_over"], april.mediation["received"],
            april.mediation["ended_unsuccessful"], april.mediation["in_progress_end"]) == (3, 1, 1, 3)
    assert april.balance_ok and april.success_rate == 0 and april.success_denominator == 1
    assert month_report(team_db, MARCH).by_scope_category["EVERYDAY_CONFLICT"]["received"] == 4


def test_a_quarter_is_the_sum_of_its_months(team_db, book):
    first, last = quarter(2026, 1)
    whole = month_report(team_db, first, last)
    months = [month_report(team_db, m) for m in (first, first.shifted(1), last)]
    assert whole.balance_ok and all(m.balance_ok for m in months)
    for name, value in whole.mediation.items():
        if name not in STOCK:
            assert value == sum(m.mediation[name] for m in months), name
    assert whole.mediation["carried_over"] == months[0].mediation["carried_over"]
    assert whole.mediation["in_progress_end"] == months[-1].mediation["in_progress_end"]
    assert whole.mediation["received"] == 6


def test_hand_figures_month_year_to_date_and_stocks(team_db):
    with team_db.uow() as uow:
        figures.set_figures(uow, month=Month(2026, 1), values={"patrols": 4, "households_pledged": 90})
    with team_db.uow() as uow:
        figures.set_figures(uow, month=Month(2026, 2), values={"patrols": 6, "households_pledged": 95})
    february = month_report(team_db, Month(2026, 2))
    assert february.figures["patrols"] == 6 and february.figures_year_to_date["patrols"] == 10
    assert february.figures_year_to_date["households_pledged"] == 95
    with team_db.uow() as uow, pytest.raises(Exception, match="unknown figure"):
        figures.set_figures(uow, month=Month(2026, 2), values={"religion": 1})


def test_closing_a_month_freezes_it_and_later_changes_show_as_amendments(team_db, book):
    with team_db.uow() as uow:
        report.close_month(uow, month=MARCH)
    before = month_report(team_db, MARCH)
    _end(team_db, book["B"], "AGREEMENT_REACHED", date(2026, 3, 28))
    after = month_report(team_db, MARCH)
    assert after.closed and after.mediation == before.mediation
    amendments = {(a.month, a.indicator): (a.was, a.now)
                  for a in month_report(team_db, APRIL).amendments}
    assert amendments[("2026-03", "ended_successful")] == (2, 3)
    assert amendments[("2026-03", "in_progress_end")] == (3, 2)


def test_the_pdf_carries_the_team_the_month_and_every_value(team_db, book):
    from desktop.core.monthly_report import indicator_names
    from desktop.core.text import format_number
    from tests.db.test_case_documents import pdf_text

    with team_db.uow() as uow:
        figures.set_figures(uow, month=MARCH, values={"patrols": 14, "propaganda_attendance": 1250})
    with team_db.uow() as uow:
        built = report.build_report(uow, first=MARCH, last=MARCH, with_annex=True)
    from desktop.core.pdf.monthly import report_pdf

    text = " ".join(pdf_text(report_pdf(built), "-layout").split())
    assert "TỔ HÒA GIẢI THÔN ĐÔNG HÒA" in text and "Kết quả hoạt động tháng 03 năm 2026" in text
    for name, value in built.mediation.items():
        assert f"{indicator_names.MEDIATION[name]} {format_number(value)}" in text, name
    assert "Tuần tra (lượt) 14" in text and "Người dự tuyên truyền 1.250" in text
    assert "Hòa giải thành" in text and book["C"] in text  # the annex, without names
    assert "Đặng Văn Đức" not in text


def test_the_trend_counts_each_month_as_the_cases_say(team_db):
    from collections import Counter

    from sqlalchemy import select

    from db.models import MediationCase
    from desktop.core.demo.team_data import generate_demo

    with team_db.uow() as uow:
        generate_demo(uow, cases=400, seed=3, today=date(2026, 11, 1))
    with team_db.uow() as uow:
        built = report.build_report(uow, first=Month(2026, 10), last=Month(2026, 10))
        cases = uow.session.execute(select(MediationCase.received_date, MediationCase.ended_on,
                                           MediationCase.status)).all()
    received = Counter(str(Month.of(c.received_date)) for c in cases)
    ended = Counter(str(Month.of(c.ended_on)) for c in cases if c.status == "ENDED" and c.ended_on)
    assert [(t["month"], t["received"], t["ended"]) for t in built.trend] == [
        (t["month"], received[t["month"]], ended[t["month"]]) for t in built.trend]
    assert len(built.trend) == 12 and sum(t["received"] for t in built.trend) > 0


def _counted_one_case_at_a_time(cases, first: date, last: date) -> dict[str, int]:
    """The indicators' definitions (R-REP-01) applied in Python, case by case."""
    def closed(c):
        if c.status == "ENDED":
            return c.ended_on
        return (c.scope_checked_on or c.received_date) if c.status == "OUT_OF_SCOPE" else None

    def within(day):
        return day is not None and first <= day <= last

    ended = [c for c in cases if c.status == "ENDED" and within(c.ended_on)]
    return {
        "carried_over": sum(c.received_date < first and (closed(c) is None or closed(c) >= first)
                            for c in cases),
        "received": sum(within(c.received_date) for c in cases),
        "ended_successful": sum(c.end_reason == "AGREEMENT_REACHED" for c in ended),
        "ended_unsuccessful": sum(c.end_reason not in (None, "AGREEMENT_REACHED") for c in ended),
        "out_of_scope": sum(c.status == "OUT_OF_SCOPE" and within(closed(c)) for c in cases),
        "in_progress_end": sum(c.received_date <= last and (closed(c) is None or closed(c) > last)
                               for c in cases),
        "written_agreements": sum(within(c.written_agreement_on) for c in cases),
        "recognition_reminders": sum(within(c.parties_informed_of_recognition_on) for c in cases)}


def test_every_indicator_matches_its_definition_case_by_case(team_db):
    from sqlalchemy import select, update

    from db.models import MediationCase
    from desktop.core.demo.team_data import generate_demo
    from desktop.core.monthly_report.indicators import mediation_indicators

    with team_db.uow() as uow:
        generate_demo(uow, cases=400, seed=5, today=date(2026, 11, 1))
    with team_db.uow() as uow:
        # Old closed cases whose agreement or reminder falls in a later month still count there.
        old = uow.session.scalars(select(MediationCase.id).where(
            MediationCase.status == "ENDED", MediationCase.ended_on < date(2026, 6, 1)).limit(6)).all()
        uow.session.execute(update(MediationCase).where(MediationCase.id.in_(old[:3])).values(
            written_agreement_on=date(2026, 9, 14)))
        uow.session.execute(update(MediationCase).where(MediationCase.id.in_(old[3:])).values(
            parties_informed_of_recognition_on=date(2026, 9, 20)))
        uow.commit()
    with team_db.uow() as uow:
        cases = uow.session.scalars(select(MediationCase).where(
            MediationCase.deleted_at.is_(None))).all()
        for month in (Month(2026, 3), Month(2026, 9), Month(2026, 10)):
            counted = mediation_indicators(uow.session, month.first_day, month.last_day)
            expected = _counted_one_case_at_a_time(cases, month.first_day, month.last_day)
            assert {name: counted[name] for name in expected} == expected, month
        september = _counted_one_case_at_a_time(cases, date(2026, 9, 1), date(2026, 9, 30))
    assert expected["carried_over"] > 0 and len(old) == 6
    assert september["written_agreements"] >= 3 and september["recognition_reminders"] >= 3
