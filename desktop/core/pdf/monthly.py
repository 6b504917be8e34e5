"""The monthly (or range) report PDF, laid out as an administrative report: the issuer and the
national heading, number, place and date, "Kính gửi", indicator tables beside the same period of
the year before, two charts, annex, and the signature block."""

import functools
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from db import clock
from desktop.core.mediation import wording as case_labels
from desktop.core.monthly_report import indicator_names
from desktop.core.monthly_report.figures import FIGURE_NAMES, pledged_share
from desktop.core.monthly_report.model import Report
from desktop.core.pdf.cells import broken_cell_text
from desktop.core.pdf.justice_report import place_name
from desktop.core.pdf.report_charts import category_chart, trend_chart
from desktop.core.pdf.styles import GRID, escape_markup, render_pdf, styles
from desktop.core.text import format_date, format_document_date, format_number

BLANK = "…"
VALUE_WIDTH = 84
TABLE_WIDTH = 510
FONT_SIZE = 8.5
TAIL_ROWS = 3


@functools.cache
def _section_style() -> ParagraphStyle:
    """A section's title: never left alone at the foot of a page."""
    return ParagraphStyle("section", parent=styles().heading, keepWithNext=1)


def _section(title: str) -> Paragraph:
    return Paragraph(title, _section_style())


def _period(report: Report) -> str:
    first, last = report.period_from, report.period_to
    if first == last:
        return f"tháng {int(first[5:]):02d} năm {first[:4]}"
    return f"từ tháng {int(first[5:]):02d}/{first[:4]} đến tháng {int(last[5:]):02d}/{last[:4]}"


def _months(first: str, last: str) -> str:
    """A period in a column heading: "03/2025" or "01/2025–03/2025"."""
    return "–".join(dict.fromkeys(f"{month[5:]}/{month[:4]}" for month in (first, last)))


def _table(rows: list[list[Any]], widths: list[float], numbers_from: int = 1,
           header: bool = True, names_first: bool = True) -> Table:
    """A grid, with a header row unless it continues one; the columns from `numbers_from` on
    hold numbers; a first column of names too long for it is broken into lines."""
    s = styles()
    font = s.cell.fontName
    if names_first:
        rows = [[broken_cell_text([row[0]], widths[0] - 12, font, FONT_SIZE)
                 if isinstance(row[0], str) else row[0], *row[1:]] for row in rows]
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(TableStyle([
        *GRID, ("FONT", (0, 0), (-1, -1), font, FONT_SIZE), ("LEADING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ALIGN", (numbers_from, int(header)), (-1, -1), "RIGHT"),
        *([("ALIGN", (0, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
           ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)] if header else [])]))
    return table


def _ending(rows: list[list[Any]], widths: list[float], closing: list, numbers_from: int = 1
            ) -> list:
    """The last table, its last rows kept on one page with what closes the report (a
    signature never stands alone at the top of a page)."""
    kept = TAIL_ROWS if len(rows) > TAIL_ROWS + 1 else len(rows) - 1
    head = _table(rows[:-kept], widths, numbers_from)
    return [head, KeepTogether([_table(rows[-kept:], widths, numbers_from, header=False),
                                *closing])]


def _widths(values: int) -> list[float]:
    return [TABLE_WIDTH - values * VALUE_WIDTH, *[VALUE_WIDTH] * values]


def _compared(report: Report) -> list[str]:
    """The heading of the year-before column, if the report has one."""
    before = report.previous_year
    if before is None:
        return []
    return [f"Cùng kỳ năm trước\n({_months(before['period_from'], before['period_to'])})"]


def _before(report: Report, group: str, name: str) -> list[str]:
    before = report.previous_year
    return [] if before is None else [format_number(before[group].get(name, 0))]


def _rate(successful: int, unsuccessful: int) -> str:
    ended = successful + unsuccessful
    return f"{format_number(round(100 * successful / ended, 1))}%" if ended else "—"


def _indicator_rows(report: Report) -> list:
    rows = [["Chỉ tiêu", "Trong kỳ", *_compared(report)]]
    rows += [[indicator_names.MEDIATION[k], format_number(v), *_before(report, "mediation", k)]
             for k, v in report.mediation.items()]
    before = report.previous_year
    rows.append([f"Tỷ lệ hòa giải thành (trên {report.success_denominator} vụ đã kết thúc)",
                 _rate(report.mediation["ended_successful"],
                       report.mediation["ended_unsuccessful"]),
                 *([] if before is None else [_rate(before["mediation"]["ended_successful"],
                                                    before["mediation"]["ended_unsuccessful"])])])
    return rows


def _complicated_notes(report: Report) -> list:
    """What the two counts of complicated or prolonged disputes mean (Thông tư 124/2021)."""
    if "prolonged_in_progress" not in report.mediation:
        return []
    days = (f"quá {report.prolonged_after_days} ngày" if report.prolonged_after_days
            else "quá thời hạn tổ đã chọn")
    s = styles()
    return [Paragraph(f"(*) Vụ việc đang hòa giải cuối kỳ, {days} kể từ ngày tiếp nhận. "
                      "(**) Vụ việc tiếp nhận trong kỳ giữa các bên đã có vụ việc khác trong "
                      "12 tháng trước đó. Theo tiêu chí “không để xảy ra mâu thuẫn, tranh chấp "
                      "phức tạp, kéo dài” của Thông tư 124/2021/TT-BCA.", s.small)]


def _notes_rows(report: Report) -> list:
    return [["Ghi chép theo loại", "Trong kỳ", *_compared(report)]] + [
        [indicator_names.NOTES[k], format_number(v), *_before(report, "notes", k)]
        for k, v in report.notes.items()]


def _share(figures: dict[str, int] | None) -> str:
    share = pledged_share(figures) if figures is not None else None
    return "—" if share is None else f"{format_number(round(100 * share, 1))}%"


def _figure_rows(report: Report) -> list:
    rows = [["Chỉ tiêu", "Trong kỳ", "Từ đầu năm",
             *_compared(report)]]
    rows += [[indicator_names.FIGURES[n], format_number(report.figures[n]),
              format_number(report.figures_year_to_date[n]), *_before(report, "figures", n)]
             for n in FIGURE_NAMES]
    before = report.previous_year
    rows.append([indicator_names.PLEDGED_SHARE, _share(report.figures),
                 _share(report.figures_year_to_date),
                 *([] if before is None else [_share(before["figures"])])])
    return rows


def _sections(report: Report, closing: list) -> list:
    """Sections II and III, and IV when closed months were changed, the last of them kept
    with what closes the report."""
    columns = 1 + (report.previous_year is not None)
    story = [_section("II. Ghi chép an ninh, trật tự"),
             _table(_notes_rows(report), _widths(columns)),
             _section("III. Phong trào toàn dân bảo vệ an ninh Tổ quốc")]
    if not report.amendments:
        return story + _ending(_figure_rows(report), _widths(columns + 1), closing)
    rows = [["Tháng", "Chỉ tiêu", "Đã báo cáo", "Nay là"]] + [
        [f"{a.month[5:]}/{a.month[:4]}", indicator_names.MEDIATION.get(a.indicator)
         or indicator_names.NOTES.get(a.indicator)
         or indicator_names.FIGURES.get(a.indicator, a.indicator), str(a.was), str(a.now)]
        for a in report.amendments]
    return story + [_table(_figure_rows(report), _widths(columns + 1)),
                    _section("IV. Điều chỉnh số liệu các tháng đã khóa sổ"),
                    *_ending(rows, [60, 300, 75, 75], closing, numbers_from=2)]


def _annex_story(report: Report) -> list:
    if not report.annex:
        return []
    s = styles()
    rows = [["Số vụ việc", "Ngày nhận", "Lĩnh vực", "Tình trạng"]] + [
        [c["case_no"], format_date(date.fromisoformat(c["received_date"])),
         case_labels.SCOPE_SHORT.get(c["scope_category"], ""),
         case_labels.RESULT.get(c["result"]) or case_labels.STATUS.get(c["status"], "")]
        for c in report.annex]
    return [PageBreak(), Paragraph("PHỤ LỤC", s.title),
            Paragraph("Danh sách vụ việc tiếp nhận hoặc kết thúc trong kỳ "
                      "(không ghi danh tính các bên)", s.centre_bold), Spacer(1, 6),
            _table(rows, [90, 70, 170, 180], numbers_from=4, names_first=False)]


def _coverage_story(report: Report) -> list:
    """On a police unit's report: the teams added up, and the months each one has not sent."""
    if report.coverage is None:
        return []
    s = styles()
    rows = [["Tổ", "Tháng chưa nhận", "Số tháng đã nhận"]] + [
        [Paragraph(escape_markup(t["team"]), s.small),
         Paragraph(", ".join(t["missing"]) or "—", s.small), str(len(t["received"]))]
        for t in report.coverage]
    return [_section(f"Tổng hợp từ {len(report.coverage)} tổ"),
            _table(rows, [230, 190, 90], numbers_from=2)]


def _rule(width: float) -> Drawing:
    """The short line under the issuer's name, centred in its column."""
    drawing = Drawing(width, 4)
    drawing.add(Line(0, 2, width, 2, strokeWidth=0.6))
    drawing.hAlign = "CENTER"
    return drawing


def _heading(report: Report, made_on: date, number: str, recipient: str) -> list:
    s = styles()
    issuer = ([] if report.coverage is not None
              else [Paragraph(escape_markup(report.commune.upper()), s.centre)])
    issuer += [Paragraph(escape_markup(report.team.upper()), s.centre_bold), _rule(60)]
    nation = Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/><u>Độc lập - Tự do - Hạnh phúc</u>",
                       s.centre_bold)
    reference = number if "/" in number else f"{number}/BC-{BLANK}"
    place = f"{escape_markup(place_name(report.commune))}, {format_document_date(made_on)}"
    top = Table([[issuer, nation], [Paragraph(f"Số: {escape_markup(reference)}", s.centre),
                                    Paragraph(place, s.right_italic)]],
                colWidths=["40%", "60%"])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("ALIGN", (0, 0), (0, 0), "CENTER"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    subject = ("Tổng hợp kết quả hoạt động " if report.coverage is not None
               else "Kết quả hoạt động ") + _period(report)
    return [top, Paragraph("BÁO CÁO", s.title), Paragraph(subject, s.centre_bold), Spacer(1, 6),
            Paragraph(f"Kính gửi: {escape_markup(recipient)}", s.centre), Spacer(1, 8)]


def _signatures(report: Report) -> list:
    s = styles()
    signer = ("<b>TỔ TRƯỞNG</b><br/><i>(Ký, ghi rõ họ tên)</i>" if report.coverage is None
              else "<b>THỦ TRƯỞNG ĐƠN VỊ</b><br/><i>(Ký, đóng dấu, ghi rõ họ tên)</i>")
    # Bold, not bold italic: a fourth face would add 12 KiB to every report (DESIGN §8).
    receivers = Paragraph("<b>Nơi nhận:</b><br/>- Như trên;<br/>- Lưu.", s.small)
    table = Table([[receivers, Paragraph(signer, s.centre)]], colWidths=["45%", "55%"])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 50)]))
    return [Spacer(1, 14), table]


def _balance_warning(report: Report) -> list:
    if report.balance_ok:
        return []
    return [Paragraph("Lưu ý: số liệu không cân đối (chuyển sang + tiếp nhận ≠ kết thúc"
                      " + ngoài phạm vi + đang hòa giải); cần kiểm tra sổ.", styles().small)]


def report_pdf(report: Report, *, number: str = BLANK, recipient: str = BLANK) -> bytes:
    """A built report as a PDF, in memory, made today."""
    return build_monthly_pdf(report, clock.today(), number=number, recipient=recipient)


def build_monthly_pdf(report: Report, made_on: date, *, number: str = BLANK,
                      recipient: str = BLANK) -> bytes:
    """The report as a PDF, in memory. Its number ("05", or in full "05/BC-THG") and the
    recipient are left as "…" to fill by hand unless given."""
    s = styles()
    columns = 1 + (report.previous_year is not None)
    story = [
        *_heading(report, made_on, number.strip() or BLANK, recipient.strip() or BLANK),
        *_balance_warning(report), *_coverage_story(report),
        _section("I. Hòa giải ở cơ sở"),
        _table(_indicator_rows(report), _widths(columns)), *_complicated_notes(report),
        KeepTogether([Paragraph("Vụ việc theo lĩnh vực và kết quả", s.heading),
                      category_chart(report)]),
        KeepTogether([Paragraph("Vụ việc tiếp nhận và kết thúc trong 12 tháng", s.heading),
                      trend_chart(report)]),
        *_sections(report, _signatures(report)), *_annex_story(report)]
    return render_pdf(story, title=f"Báo cáo {_period(report)}", author=report.team)
