"""The monthly (or range) report PDF: indicator tables, two charts, annex, signature block."""

from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from db import clock
from desktop.core.mediation import wording as case_labels
from desktop.core.monthly_report import indicator_names
from desktop.core.monthly_report.figures import FIGURE_NAMES
from desktop.core.monthly_report.model import Report
from desktop.core.pdf.styles import GRID, escape_markup, render_pdf, styles
from desktop.core.text import format_date, format_document_date, format_number

GREEN, RED, BLUE = colors.HexColor("#2e7d32"), colors.HexColor("#c62828"), colors.HexColor("#1565c0")


def _period(report: Report) -> str:
    first, last = report.period_from, report.period_to
    if first == last:
        return f"tháng {int(first[5:]):02d} năm {first[:4]}"
    return f"từ tháng {int(first[5:]):02d}/{first[:4]} đến tháng {int(last[5:]):02d}/{last[:4]}"


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    s = styles()
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(TableStyle([*GRID, ("FONT", (0, 0), (-1, -1), s.cell.fontName, 8.5),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
    return table


def _indicator_rows(report: Report) -> list:
    rows = [["Chỉ tiêu hòa giải", "Trong kỳ"]]
    rows += [[indicator_names.MEDIATION[k], format_number(v)] for k, v in report.mediation.items()]
    rate = (f"{format_number(round(report.success_rate * 100, 1))}% "
            f"(trên {report.success_denominator} vụ đã kết thúc)"
            if report.success_rate is not None else "— (0 vụ đã kết thúc)")
    rows.append(["Tỷ lệ hòa giải thành", rate])
    return rows


def _category_chart(report: Report) -> Drawing:
    categories = list(report.by_scope_category)
    drawing = Drawing(480, 190)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 45, 420, 120
    chart.data = [[report.by_scope_category[c][k] for c in categories]
                  for k in ("received", "successful", "unsuccessful")]
    chart.categoryAxis.categoryNames = [case_labels.SCOPE_SHORT[c] for c in categories]
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = styles().body.fontName, 7
    chart.valueAxis.valueMin = 0
    for index, colour in enumerate((BLUE, GREEN, RED)):
        chart.bars[index].fillColor = colour
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 40, 185, styles().body.fontName, 7
    legend.colorNamePairs = [(BLUE, "Tiếp nhận"), (GREEN, "Thành"), (RED, "Không thành")]
    legend.columnMaximum, legend.deltax, legend.alignment = 1, 80, "right"
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def _trend_chart(report: Report) -> Drawing:
    drawing = Drawing(480, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, 420, 110
    chart.data = [[m["received"] for m in report.trend], [m["ended"] for m in report.trend]]
    chart.categoryAxis.categoryNames = [f"{m['month'][5:]}/{m['month'][2:4]}" for m in report.trend]
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = styles().body.fontName, 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars[1].fillColor = BLUE, GREEN
    drawing.add(chart)
    drawing.add(String(40, 150, "Vụ việc tiếp nhận (xanh dương) và kết thúc (xanh lá), 12 tháng",
                       fontName=styles().body.fontName, fontSize=8))
    return drawing


def _figure_rows(report: Report) -> list:
    rows = [["Phong trào toàn dân bảo vệ an ninh Tổ quốc", "Trong kỳ", "Từ đầu năm"]]
    return rows + [[indicator_names.FIGURES[n], format_number(report.figures[n]),
                    format_number(report.figures_year_to_date[n])] for n in FIGURE_NAMES]


def _amendment_story(report: Report) -> list:
    if not report.amendments:
        return []
    s = styles()
    rows = [["Tháng", "Chỉ tiêu", "Đã báo cáo", "Nay là"]] + [
        [a.month, indicator_names.MEDIATION.get(a.indicator) or indicator_names.NOTES.get(a.indicator)
         or indicator_names.FIGURES.get(a.indicator, a.indicator), str(a.was), str(a.now)]
        for a in report.amendments]
    return [Paragraph("Điều chỉnh số liệu các tháng đã khóa sổ", s.heading),
            _table(rows, [50, 290, 70, 70])]


def _annex_story(report: Report) -> list:
    if not report.annex:
        return []
    s = styles()
    rows = [["Số vụ việc", "Ngày nhận", "Lĩnh vực", "Tình trạng"]] + [
        [c["case_no"], format_date(date.fromisoformat(c["received_date"])),
         case_labels.SCOPE_SHORT.get(c["scope_category"], ""),
         case_labels.RESULT.get(c["result"]) or case_labels.STATUS.get(c["status"], "")]
        for c in report.annex]
    return [Paragraph("Phụ lục: danh sách vụ việc (không ghi danh tính các bên)", s.heading),
            _table(rows, [90, 70, 150, 170])]


def _coverage_story(report: Report) -> list:
    """On a police unit's report: the teams added up, and the months each one has not sent."""
    if report.coverage is None:
        return []
    s = styles()
    rows = [["Tổ", "Số tháng đã nhận", "Tháng chưa nhận"]] + [
        [Paragraph(escape_markup(t["team"]), s.small), str(len(t["received"])),
         Paragraph(", ".join(t["missing"]) or "—", s.small)] for t in report.coverage]
    return [Paragraph(f"Tổng hợp từ {len(report.coverage)} tổ", s.heading),
            _table(rows, [220, 90, 170])]


def report_pdf(report: Report) -> bytes:
    """A built report as a PDF, in memory, made today."""
    return build_monthly_pdf(report, clock.today())


def build_monthly_pdf(report: Report, made_on: date) -> bytes:
    s = styles()
    heading = [Paragraph(escape_markup(report.team.upper()), s.centre_bold),
               Paragraph(escape_markup(f"{report.commune}, {report.province}"), s.centre),
               Paragraph(("BÁO CÁO TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG " if report.coverage is not None
                          else "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG ") + _period(report).upper(), s.title)]
    if not report.balance_ok:
        heading.append(Paragraph("Lưu ý: số liệu không cân đối (chuyển sang + tiếp nhận ≠ kết thúc"
                                 " + ngoài phạm vi + đang hòa giải); cần kiểm tra sổ.", s.small))
    notes_rows = [["Ghi chép an ninh, trật tự", "Trong kỳ"]] + [
        [indicator_names.NOTES[k], format_number(v)] for k, v in report.notes.items()]
    story = heading + [
        _table(_indicator_rows(report), [330, 150]), Spacer(1, 6),
        Paragraph("Vụ việc theo lĩnh vực và kết quả", s.heading), _category_chart(report),
        Paragraph("Xu hướng 12 tháng", s.heading), _trend_chart(report),
        _table(notes_rows, [330, 150]), Spacer(1, 6), _table(_figure_rows(report), [290, 95, 95]),
        *_amendment_story(report), *_annex_story(report), *_coverage_story(report),
        Spacer(1, 18),
        KeepTogether([Paragraph(f"{escape_markup(report.commune)}, {format_document_date(made_on)}",
                                s.right_italic),
                      Paragraph("TỔ TRƯỞNG" if report.coverage is None else "THỦ TRƯỞNG ĐƠN VỊ",
                                s.centre_bold),
                      Paragraph("(Ký, ghi rõ họ tên)", s.centre), Spacer(1, 50)])]
    return render_pdf(story, title=f"Báo cáo {_period(report)}", author=report.team)
