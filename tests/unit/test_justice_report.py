"""The commune's justice statistics of grassroots mediation, counted from received case frames and
register figures at a receiver (a real SQLCipher workspace, a signed-in officer)."""

import json
import subprocess
from dataclasses import astuple
from datetime import date, datetime

import pytest

from db import clock
from db.models import ReceivedRecord
from desktop.core.access import accounts
from desktop.core.access.unlock import sign_in
from desktop.core.errors import InvalidInput
from desktop.core.installation.create import SetupRequest, initialise
from desktop.core.monthly_report.justice import (
    CaseCounts,
    WholePeriod,
    justice_report,
    suggested_recipient,
)
from desktop.core.monthly_report.justice_counts import (
    FIELDS,
    FieldCounts,
    apportioned,
    estimated,
    pro_rated,
)
from desktop.core.monthly_report.justice_periods import (
    half_year,
    month_range,
    official_year,
    whole_year,
)
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from desktop.core.pdf.justice_report import build_justice_pdf, place_name
from tests.conftest import ADMIN_PASSWORD

TEAM_A, TEAM_B, TEAM_C = "team-a", "team-b", "team-c"
OFFICER_PASSWORD = "cán bộ tư pháp 2026"


def case(key: str, team: str, received: str, field: str, status: str = "IN_PROGRESS",
         end_reason: str | None = None, ended_on: str | None = None,
         scope_checked_on: str | None = None) -> tuple[str, str, str, dict]:
    return ("mediation_case", key, team, {
        "case_no": f"HG-{key}", "year": int(received[:4]), "number": 1, "received_date": received,
        "status": status, "end_reason": end_reason, "ended_on": ended_on,
        "scope_category": field, "scope_checked_on": scope_checked_on})


# Half-year 2026: 1 January – 30 June, actual figures to 31 May (the cut-off).
RECORDS = [
    ("team", TEAM_A, TEAM_A, {"name": "Tổ hòa giải thôn Đông Hòa"}),
    ("team", TEAM_B, TEAM_B, {"name": "Tổ hòa giải tổ dân phố số 5"}),
    ("team", TEAM_C, TEAM_C, {"name": "Tổ hòa giải thôn Bắc Sơn"}),  # nothing else sent yet
    ("register_figures", f"{TEAM_A}:register", TEAM_A,
     {"as_of": "2026-05-20", "mediators": 7, "female": 3, "ethnic_minority": 1, "trained": 5}),
    ("register_figures", f"{TEAM_B}:register", TEAM_B,
     {"as_of": "2026-04-02", "mediators": 5, "female": 2, "ethnic_minority": 0, "trained": 4}),
    # Received before the period and still open: carried over, open at the cut-off and the end.
    case("a1", TEAM_A, "2025-11-10", "CIVIL"),
    # Carried over, ended thành before the cut-off.
    case("a2", TEAM_A, "2025-12-01", "CIVIL", "ENDED", "AGREEMENT_REACHED", "2026-02-10"),
    case("a3", TEAM_A, "2026-01-15", "EVERYDAY_CONFLICT", "ENDED", "AGREEMENT_REACHED", "2026-03-01"),
    case("a4", TEAM_A, "2026-02-20", "MARRIAGE_FAMILY", "ENDED", "PARTY_REQUESTED_STOP",
         "2026-04-10"),
    case("a5", TEAM_A, "2026-03-05", "CIVIL", "OUT_OF_SCOPE", scope_checked_on="2026-03-07"),
    # Received before the cut-off, ended thành after it.
    case("a6", TEAM_A, "2026-05-10", "EVERYDAY_CONFLICT", "ENDED", "AGREEMENT_REACHED", "2026-06-05"),
    # Received after the cut-off, still open at the end.
    case("a7", TEAM_A, "2026-06-03", "EVERYDAY_CONFLICT"),
    # Deleted by the team: its frame was replaced by a tombstone under the same id.
    ("tombstone", "a8", TEAM_A, {"table": "mediation_case"}),
    # Second half of the year.
    case("a9", TEAM_A, "2026-07-05", "CIVIL", "ENDED", "AGREEMENT_REACHED", "2026-08-01"),
    # Carried over, ended không thành after the cut-off.
    case("b1", TEAM_B, "2025-12-20", "MARRIAGE_FAMILY", "ENDED", "MEDIATOR_ENDED_NO_PROSPECT",
         "2026-06-20"),
    # Out of scope with no day of the check: it left on the day it was received.
    case("b2", TEAM_B, "2026-05-25", "OTHER_NOT_PROHIBITED", "OUT_OF_SCOPE"),
    case("b3", TEAM_B, "2026-06-10", "CIVIL", "ENDED", "AGREEMENT_REACHED", "2026-06-25"),
    # Received and ended before the period: in no figure.
    case("b4", TEAM_B, "2025-10-01", "CIVIL", "ENDED", "AGREEMENT_REACHED", "2025-12-15"),
    case("b5", TEAM_B, "2026-09-01", "ADMIN_EXEMPT", "OUT_OF_SCOPE", scope_checked_on="2026-09-02"),
    case("b6", TEAM_B, "2026-11-20", "MINOR_VIOLATION", "ENDED", "PARTY_REQUESTED_STOP",
         "2026-12-28"),
]


@pytest.fixture(scope="module")
def commune(tmp_path_factory):
    """A receiver workspace holding the records above, opened by a justice officer."""
    paths = AppPaths(tmp_path_factory.mktemp("commune") / "data")
    initialise(paths, SetupRequest(mode="receiver", name="UBND phường Ba Đình", receiver_kind="commune",
                                   commune_code="00004", admin_username="an",
                                   admin_password=ADMIN_PASSWORD))
    admin = sign_in(paths, "an", ADMIN_PASSWORD)
    accounts.add_user(admin, username="binh", role="officer", full_name="Trần Thị Bình",
                      password=OFFICER_PASSWORD)
    with admin.unit_of_work() as uow:
        uow.session.add_all([
            ReceivedRecord(id=key, team_id=team, type=kind, version=1,
                           updated_at="2026-06-01T00:00:00", body=json.dumps(body), row_number=n)
            for n, (kind, key, team, body) in enumerate(RECORDS, start=1)])
        uow.commit()
    admin.close()
    officer = sign_in(paths, "binh", OFFICER_PASSWORD)
    yield officer
    officer.close()


def report_on(workspace, period, today: date):
    with clock.moved_to(datetime.combine(today, datetime.min.time()).replace(hour=9)), \
            workspace.unit_of_work() as uow:
        return justice_report(uow, period=period)


def case_figures(counts: CaseCounts) -> tuple[int, ...]:
    """(carried over, received, thành, không thành, out of scope, in progress at the end)."""
    return astuple(counts)[:6]


def by_field(counts: CaseCounts) -> dict[str, tuple[int, int, int]]:
    return {f.field: (f.received, f.successful, f.unsuccessful) for f in counts.by_field
            if f.received or f.successful or f.unsuccessful}


def team(report, key: str):
    return next(row for row in report.team_rows if row.team_id == key)


def test_the_half_year_splits_at_the_cut_off_and_estimates_june(commune):
    report = report_on(commune, half_year(2026), date(2026, 6, 15))
    assert report.actual_to == date(2026, 5, 31)
    assert report.whole_period_basis == WholePeriod.ESTIMATED
    # To 31 May: a1, a2, b1 carried over; a3–a6, b2 received; a2, a3 thành; a4 không thành;
    # a5, b2 out of scope; a1, a6, b1 open on 31 May.
    assert case_figures(report.actual) == (3, 5, 2, 1, 2, 3)
    assert by_field(report.actual) == {"EVERYDAY_CONFLICT": (2, 1, 0), "CIVIL": (1, 1, 0),
                                       "MARRIAGE_FAMILY": (1, 0, 1),
                                       "OTHER_NOT_PROHIBITED": (1, 0, 0)}
    # June at each team's daily rate of 1 January – 31 May (151 days): team A's 4 received make
    # 4 × 30 / 151 = 0.79 → 1 more; every other flow rounds to 0; the open cases follow.
    assert case_figures(team(report, TEAM_A).whole_period) == (2, 5, 2, 1, 1, 3)
    assert case_figures(team(report, TEAM_B).whole_period) == case_figures(team(report, TEAM_B).actual)
    assert case_figures(report.whole_period) == (3, 6, 2, 1, 2, 4)
    assert by_field(report.whole_period)["EVERYDAY_CONFLICT"] == (3, 1, 0)
    assert report.balance_ok


def test_register_figures_and_the_set_of_teams(commune):
    report = report_on(commune, half_year(2026), date(2026, 6, 15))
    assert report.teams == 3  # team C sent its team record only
    assert astuple(report.register) == (12, 5, 1, 9, None)
    assert report.teams_without_register == 1
    assert team(report, TEAM_A).register.as_of == date(2026, 5, 20)
    assert team(report, TEAM_C).register is None
    assert case_figures(team(report, TEAM_C).actual) == (0,) * 6
    assert [row.name for row in report.team_rows] == [
        "Tổ hòa giải thôn Bắc Sơn", "Tổ hòa giải thôn Đông Hòa", "Tổ hòa giải tổ dân phố số 5"]


def test_real_counts_replace_the_estimate_once_the_period_is_over(commune):
    report = report_on(commune, half_year(2026), date(2026, 7, 10))
    assert report.whole_period_basis == WholePeriod.COUNTED
    assert case_figures(report.actual) == (3, 5, 2, 1, 2, 3)  # still to the cut-off
    # To 30 June: a7, b3 received in June; a6, b3 thành and b1 không thành in June;
    # a1, a7 open on 30 June.
    assert case_figures(report.whole_period) == (3, 7, 4, 2, 2, 2)
    assert case_figures(team(report, TEAM_A).whole_period) == (2, 5, 3, 1, 1, 2)
    assert case_figures(team(report, TEAM_B).whole_period) == (1, 2, 1, 1, 1, 0)
    assert report.balance_ok


def test_a_year_is_the_sum_of_its_halves(commune):
    made_on = date(2027, 1, 15)
    year = report_on(commune, official_year(2026), made_on)
    first = report_on(commune, month_range(Month(2026, 1), Month(2026, 6)), made_on)
    second = report_on(commune, month_range(Month(2026, 7), Month(2026, 12)), made_on)
    assert year.whole_period_basis == first.whole_period_basis == WholePeriod.NOT_ESTIMATED
    for name in ("received", "successful", "unsuccessful", "out_of_scope"):
        assert getattr(year.actual, name) == getattr(first.actual, name) + getattr(second.actual, name)
    for index, field in enumerate(year.actual.by_field):
        assert astuple(field)[1:] == tuple(
            a + b for a, b in zip(astuple(first.actual.by_field[index])[1:],
                                  astuple(second.actual.by_field[index])[1:], strict=True))
    # The stocks are the year's edges: carried over into January, open after December.
    assert year.actual.carried_over == first.actual.carried_over == 3
    assert year.actual.in_progress_end == second.actual.in_progress_end
    assert second.actual.carried_over == first.actual.in_progress_end
    assert case_figures(year.actual) == (3, 10, 5, 3, 3, 2)
    assert case_figures(report_on(commune, whole_year(2026), made_on).whole_period) == \
        case_figures(year.actual)
    assert all(r.balance_ok for r in (year, first, second))


def test_a_year_made_in_november_counts_to_october_and_estimates_two_months(commune):
    report = report_on(commune, whole_year(2026), date(2026, 11, 20))
    assert report.actual_to == date(2026, 10, 31)
    assert report.whole_period_basis == WholePeriod.ESTIMATED
    assert case_figures(report.actual) == (3, 9, 5, 2, 3, 2)
    assert report.balance_ok


def test_a_range_still_running_is_counted_to_today(commune):
    report = report_on(commune, month_range(Month(2026, 6), Month(2026, 6)), date(2026, 6, 15))
    assert report.actual_to == date(2026, 6, 15)
    assert report.whole_period == report.actual
    # Open on 1 June: a1, a6, b1; received to the 15th: a7, b3; a6 thành on the 5th.
    assert case_figures(report.actual) == (3, 2, 1, 0, 0, 4)


def test_a_period_not_yet_begun_is_refused(commune):
    with pytest.raises(InvalidInput):
        report_on(commune, half_year(2027), date(2026, 12, 1))


def test_the_estimate_pro_rates_flows_and_keeps_the_balance():
    assert pro_rated(151, 30, 151) == 30 and pro_rated(1, 1, 2) == 1 and pro_rated(1, 1, 3) == 0
    assert apportioned(5, [2, 1, 1]) == [3, 1, 1] and sum(apportioned(7, [3, 3, 1])) == 7
    actual = _counts(carried=10, received=0, successful=10)
    assert astuple(estimated(actual, 5, 10))[:6] == (10, 0, 10, 0, 0, 0)  # nothing left to end
    busy = _counts(carried=4, received=151, successful=100, unsuccessful=20, out_of_scope=5)
    whole = estimated(busy, 30, 151)
    assert astuple(whole)[:6] == (4, 181, 120, 24, 6, 35) and whole.balance_holds
    assert sum(f.received for f in whole.by_field) == 181


def _counts(carried=0, received=0, successful=0, unsuccessful=0, out_of_scope=0) -> CaseCounts:
    open_cases = carried + received - successful - unsuccessful - out_of_scope
    return CaseCounts(carried, received, successful, unsuccessful, out_of_scope, open_cases,
                      tuple(FieldCounts(field, received if field == "CIVIL" else 0,
                                        successful if field == "CIVIL" else 0,
                                        unsuccessful if field == "CIVIL" else 0) for field in FIELDS))


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")


def test_the_pdf_carries_heading_number_recipient_date_and_period(commune):
    report = report_on(commune, half_year(2026), date(2026, 6, 15))
    pdf = build_justice_pdf(report, number="27", recipient=suggested_recipient(report),
                            signer="Lê Văn Chính", preparer="Trần Thị Bình")
    text = " ".join(pdf_text(pdf).split())
    for expected in ("ỦY BAN NHÂN DÂN", "PHƯỜNG BA ĐÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 27/BC-UBND", "Kính gửi: Sở Tư pháp Hà Nội",
                     "Ba Đình, ngày 15 tháng 6 năm 2026", "BÁO CÁO",
                     "Kết quả công tác hòa giải ở cơ sở 6 tháng đầu năm 2026",
                     "Ước tính cả kỳ", "Số liệu thực tế tính đến hết ngày 31/05/2026",
                     "(từ 01/01/2026 đến 30/06/2026)", "Hòa giải thành",
                     "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "NGƯỜI LẬP BIỂU", "Lê Văn Chính",
                     "Tổ hòa giải thôn Đông Hòa", "PHỤ LỤC"):
        assert expected in text, expected


def test_the_pdf_leaves_blanks_to_fill_by_hand(commune):
    report = report_on(commune, half_year(2026), date(2026, 7, 10))
    text = " ".join(pdf_text(build_justice_pdf(report)).split())
    assert "Số: …/BC-UBND" in text and "Kính gửi: …" in text
    assert "Số liệu thực tế cả kỳ" in text and "Ước tính" not in text
    assert place_name("Phường 12") == "Phường 12" and place_name("Xã Đông Hòa") == "Đông Hòa"
