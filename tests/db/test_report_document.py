"""The monthly and range report as a document: heading, number, recipient, place and date,
signature, the same period of the year before, whole-number charts, one-line titles, and the
same rows in the same order before and after the month is closed."""

import json
import re
import subprocess
from datetime import date

from reportlab.graphics import renderPDF

from desktop.core.monthly_report import figures, report
from desktop.core.monthly_report.periods import Month
from desktop.core.pdf import report_charts
from desktop.core.pdf.monthly import build_monthly_pdf
from tests.db.test_case_documents import pdf_text
from tests.db.test_cases import add_case
from tests.db.test_monthly_report import book, month_report  # noqa: F401  (a fixture)

MARCH = Month(2026, 3)
MADE_ON = date(2026, 4, 6)


def _text(built, **fields) -> str:
    return pdf_text(build_monthly_pdf(built, MADE_ON, **fields), "-layout")


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_report_is_headed_numbered_addressed_dated_and_signed(team_db, book):  # noqa: F811
    text = _words(_text(month_report(team_db, MARCH)))
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: …/BC-…", "Kính gửi: …", "Ba Đình, ngày 06 tháng 4 năm 2026",
                     "BÁO CÁO", "TỔ TRƯỞNG", "(Ký, ghi rõ họ tên)", "Nơi nhận:"):
        assert expected in text, expected
    given = _words(_text(month_report(team_db, MARCH), number="12",
                         recipient="Ủy ban nhân dân phường Ba Đình"))
    assert "Số: 12/BC-…" in given and "Kính gửi: Ủy ban nhân dân phường Ba Đình" in given
    assert "Số: 05/BC-THG" in _words(_text(month_report(team_db, MARCH), number="05/BC-THG"))


def test_the_same_months_of_the_year_before_are_compared_where_they_hold_data(team_db, book):  # noqa: F811
    assert month_report(team_db, MARCH).previous_year is None  # nothing was recorded in 2025
    assert "Cùng kỳ năm trước" not in _text(month_report(team_db, MARCH))
    add_case(team_db, received_date="2025-03-12")
    with team_db.uow() as uow:
        figures.set_figures(uow, month=Month(2025, 3), values={"patrols": 9})
    built, before = month_report(team_db, MARCH), month_report(team_db, Month(2025, 3))
    assert built.previous_year == {"period_from": "2025-03", "period_to": "2025-03",
                                   "mediation": before.mediation, "notes": before.notes,
                                   "figures": before.figures}
    text = _words(_text(built))
    assert "Cùng kỳ năm trước" in text and "(03/2025)" in text
    assert f"Vụ việc tiếp nhận trong kỳ {built.mediation['received']} 1" in text
    assert "Tuần tra (lượt) 0 0 9" in text  # in the month, the year to date, a year before
    ranged = month_report(team_db, Month(2026, 1), MARCH)
    assert ranged.previous_year["period_from"] == "2025-01"
    assert "(01/2025–03/2025)" in _words(_text(ranged))


def _chart_words(drawing) -> list[str]:
    pdf = renderPDF.drawToString(drawing)
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8").split()


def test_charts_count_in_whole_numbers_and_say_when_there_is_nothing(team_db):
    one = add_case(team_db, received_date="2026-03-10")
    built = month_report(team_db, MARCH)
    ticks = [word for word in _chart_words(report_charts.category_chart(built))
             if re.fullmatch(r"[\d.,]+", word)]
    assert ticks == ["0", "1"], ticks  # not 0, 0,2, 0,4 … 1
    assert built.by_scope_category[one.scope_category]["received"] == 1
    assert all(report_charts.whole_step(top) >= 1 and -(-top // report_charts.whole_step(top)) <= 6
               for top in range(1, 5000))
    empty = month_report(team_db, Month(2026, 5))
    assert " ".join(_chart_words(report_charts.category_chart(empty))) == \
        report_charts.NO_CASES_IN_PERIOD
    text = _text(month_report(team_db, Month(2024, 1)))
    assert "Không có vụ việc trong kỳ" in text and "Không có vụ việc trong 12 tháng" in text
    assert "0,01" not in text and "0.01" not in text


def test_titles_stay_on_one_line(team_db, book):  # noqa: F811
    lines = [" ".join(line.split()) for line in
             _text(month_report(team_db, Month(2025, 11), MARCH), number="12",
                   recipient="Ủy ban nhân dân phường Ba Đình").splitlines()]
    for title in ("BÁO CÁO", "Kết quả hoạt động từ tháng 11/2025 đến tháng 03/2026",
                  "Kính gửi: Ủy ban nhân dân phường Ba Đình", "I. Hòa giải ở cơ sở",
                  "Vụ việc theo lĩnh vực và kết quả",
                  "Vụ việc tiếp nhận và kết thúc trong 12 tháng",
                  "II. Ghi chép an ninh, trật tự",
                  "III. Phong trào toàn dân bảo vệ an ninh Tổ quốc"):
        assert title in lines, title


def _orders(built) -> dict:
    return {"mediation": list(built.mediation), "notes": list(built.notes),
            "figures": list(built.figures), "by_scope_category": list(built.by_scope_category)}


def test_closing_a_month_keeps_its_rows_in_their_order(team_db, book):  # noqa: F811
    with team_db.uow() as uow:
        figures.set_figures(uow, month=MARCH, values={"patrols": 3, "households_total": 80})
    before = month_report(team_db, MARCH)
    with team_db.uow() as uow:
        report.close_month(uow, month=MARCH)
    after = month_report(team_db, MARCH)
    assert after.closed and not before.closed
    assert _orders(after) == _orders(before)
    assert after.mediation == before.mediation and after.figures == before.figures
    assert _text(after).splitlines() == _text(before).splitlines()


def test_a_month_closed_before_an_indicator_existed_shows_it_in_its_place(team_db, book):  # noqa: F811
    from sqlalchemy import select

    from db.models import MonthClosure

    before = month_report(team_db, MARCH)
    with team_db.uow() as uow:
        report.close_month(uow, month=MARCH)
    with team_db.uow() as uow:  # what an older version froze: no households, no disputes
        closure = uow.session.scalars(select(MonthClosure)).one()
        snapshot = json.loads(closure.snapshot)
        for group, name in (("mediation", "prolonged_in_progress"),
                            ("mediation", "repeated_disputes"), ("figures", "households_total")):
            del snapshot[group][name]
        del snapshot["prolonged_after_days"]
        closure.snapshot = json.dumps(snapshot, sort_keys=True)
        uow.commit()
    after = month_report(team_db, MARCH)
    assert _orders(after) == _orders(before) and after.mediation == before.mediation
    assert after.prolonged_after_days == 90
    assert month_report(team_db, Month(2026, 4)).amendments == ()
