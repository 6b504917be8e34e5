"""The commune People's Committee's report on grassroots mediation (BÁO CÁO Kết quả công tác hòa
giải ở cơ sở), from a built `JusticeReport`: heading, indicator tables, per-team annex, signatures."""

import functools
from datetime import date, timedelta
from typing import Any

from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.core.mediation import wording
from desktop.core.monthly_report import indicator_names
from desktop.core.monthly_report.justice import (
    CaseCounts,
    JusticeReport,
    RegisterFigures,
    TeamRow,
    WholePeriod,
)
from desktop.core.monthly_report.justice_counts import UNKNOWN_FIELD
from desktop.core.pdf.styles import GRID, escape_markup, render_pdf, styles
from desktop.core.text import format_date, format_document_date, format_number

BLANK = "…"
LABEL = indicator_names.JUSTICE
UNIT_TYPES = ("Xã ", "Phường ", "Đặc khu ")


def place_name(commune_name: str) -> str:
    """The place written before the date: the commune's own name ("Phường Ba Đình" → "Ba Đình"),
    kept whole when that name is a number ("Phường 12")."""
    for prefix in UNIT_TYPES:
        rest = commune_name.removeprefix(prefix)
        if rest != commune_name and not rest.isdigit():
            return rest
    return commune_name


def _table(rows: list[list[Any]], widths: list[float], header_rows: int = 1,
           extra: list | None = None) -> Table:
    s = styles()
    table = Table(rows, colWidths=widths, repeatRows=header_rows)
    table.setStyle(TableStyle([
        *GRID, ("FONT", (0, 0), (-1, -1), s.cell.fontName, 9),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ALIGN", (2, header_rows), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.whitesmoke), *(extra or [])]))
    return table


def _cell(text: str, bold: bool = False) -> Paragraph:
    s = styles()
    return Paragraph(f"<b>{escape_markup(text)}</b>" if bold else escape_markup(text), s.small)


@functools.cache
def _heading_cell_style() -> ParagraphStyle:
    return ParagraphStyle("heading_cell", parent=styles().cell, alignment=TA_CENTER)


def _heading_cell(text: str) -> Paragraph:
    """A column title of the annex: small, bold, centred (its columns are narrow)."""
    return Paragraph(f"<b>{escape_markup(text)}</b>", _heading_cell_style())


def _heading(report: JusticeReport, number: str, recipient: str) -> list:
    s = styles()
    issuer = [Paragraph("ỦY BAN NHÂN DÂN<br/>" + escape_markup(report.commune_name.upper()),
                        s.centre_bold), _rule(60)]
    nation = Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/><u>Độc lập - Tự do - Hạnh phúc</u>",
                       s.centre_bold)
    place = f"{escape_markup(place_name(report.commune_name))}, {format_document_date(report.made_on)}"
    top = Table([[issuer, nation],
                 [Paragraph(f"Số: {escape_markup(number)}/BC-UBND", s.centre),
                  Paragraph(place, s.right_italic)]], colWidths=["40%", "60%"])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (0, 0), "CENTER")]))
    return [top, Paragraph("BÁO CÁO", s.title),
            Paragraph("Kết quả công tác hòa giải ở cơ sở " + escape_markup(report.period.label),
                      s.centre_bold), Spacer(1, 6),
            Paragraph(f"Kính gửi: {escape_markup(recipient)}", s.centre), Spacer(1, 6)]


def _rule(width: float) -> Drawing:
    """The short line under the issuing body's name, centred in its column."""
    drawing = Drawing(width, 4)
    drawing.add(Line(0, 2, width, 2, strokeWidth=0.6))
    drawing.hAlign = "CENTER"
    return drawing


def _span(first: date, last: date) -> str:
    return f"từ {format_date(first)} đến {format_date(last)}"


def _columns(report: JusticeReport) -> list[CaseCounts]:
    """The actual figures, and the whole period's unless the period has no estimate."""
    if report.whole_period_basis == WholePeriod.NOT_ESTIMATED:
        return [report.actual]
    return [report.actual, report.whole_period]


def _whole_period_name(report: JusticeReport) -> str:
    return ("số liệu thực tế cả kỳ" if report.whole_period_basis == WholePeriod.COUNTED
            else "ước tính cả kỳ")


def _column_titles(report: JusticeReport) -> list[str]:
    period = report.period
    actual = f"Số liệu thực tế\n({_span(period.start, report.actual_to)})"
    if report.whole_period_basis == WholePeriod.NOT_ESTIMATED:
        return [actual]
    if report.whole_period_basis == WholePeriod.COUNTED:
        return [actual, f"Số liệu thực tế cả kỳ\n(kỳ đã kết thúc, thay số ước tính;\n"
                        f"{_span(period.start, period.end)})"]
    return [actual, f"Ước tính cả kỳ\n(thực tế và ước tính đến {format_date(period.end)})"]


def _introduction(report: JusticeReport) -> list:
    s = styles()
    period = report.period
    text = (f"Ủy ban nhân dân {escape_markup(report.commune_name)} báo cáo kết quả công tác hòa "
            f"giải ở cơ sở {escape_markup(period.label)} ({_span(period.start, period.end)}), "
            f"tổng hợp từ số liệu của {report.teams} tổ hòa giải trên địa bàn.")
    if report.whole_period_basis == WholePeriod.ESTIMATED:
        text += (f" Số liệu thực tế tính đến hết ngày {format_date(report.actual_to)}; số liệu "
                 f"từ ngày {format_date(report.actual_to + timedelta(days=1))} đến hết ngày "
                 f"{format_date(period.end)} là ước tính theo số bình quân mỗi ngày của số liệu "
                 "thực tế.")
    elif report.whole_period_basis == WholePeriod.COUNTED:
        text += " Kỳ báo cáo đã kết thúc: cột cả kỳ là số liệu thực tế, thay cho số ước tính."
    notes = [Paragraph(text, s.body)]
    if not report.balance_ok:
        notes.append(Paragraph("Lưu ý: số liệu không cân đối (chuyển sang + tiếp nhận ≠ thành + "
                               "không thành + ngoài phạm vi + đang hòa giải).", s.small))
    if report.teams_without_register:
        notes.append(Paragraph(f"{report.teams_without_register} tổ chưa gửi số liệu hòa giải "
                               "viên; số hòa giải viên chưa gồm các tổ này.", s.small))
    if report.cases_without_date:
        notes.append(Paragraph(f"{report.cases_without_date} vụ, việc không ghi ngày tiếp nhận "
                               "nên chưa được tính.", s.small))
    return notes


def _rate(counts: CaseCounts) -> str:
    ended = counts.successful + counts.unsuccessful
    return format_number(round(100 * counts.successful / ended, 1)) if ended else "—"


def _register_values(register: RegisterFigures, teams: int) -> list[int]:
    return [teams, register.mediators, register.female, register.ethnic_minority, register.trained]


def _indicator_rows(report: JusticeReport) -> list[list[Any]]:
    columns = _columns(report)
    stock = _register_values(report.register, report.teams)
    lines = [("1", "teams", "Tổ", [stock[0]] * len(columns)),
             ("2", "mediators", "Người", [stock[1]] * len(columns)),
             ("2.1", "female", "Người", [stock[2]] * len(columns)),
             ("2.2", "ethnic_minority", "Người", [stock[3]] * len(columns)),
             ("2.3", "trained", "Người", [stock[4]] * len(columns)),
             ("3", "received_total", "Vụ, việc", [c.carried_over + c.received for c in columns]),
             ("3.1", "carried_over", "Vụ, việc", [c.carried_over for c in columns]),
             ("3.2", "received", "Vụ, việc", [c.received for c in columns]),
             *((str(number), name, "Vụ, việc", [getattr(c, name) for c in columns])
               for number, name in enumerate(("successful", "unsuccessful", "out_of_scope",
                                              "in_progress_end"), start=4))]
    rows = [[number, _cell(LABEL[name], bold="." not in number), unit,
             *(format_number(value) for value in values)] for number, name, unit, values in lines]
    return rows + [["8", _cell(LABEL["success_rate"], bold=True), "%",
                    *(_rate(column) for column in columns)]]


def _indicator_table(report: JusticeReport) -> Table:
    titles = _column_titles(report)
    value_width = 210 / len(titles)
    header = [_cell(title, True) for title in ("STT", "Chỉ tiêu", "Đơn vị tính",
                                                *(t.replace("\n", " ") for t in titles))]
    return _table([header, *_indicator_rows(report)], [32, 218, 50, *[value_width] * len(titles)])


def _field_table(report: JusticeReport) -> Table:
    both = len(_columns(report)) == 2
    names = ("Tiếp nhận mới", "Hòa giải thành", "Hòa giải không thành")
    if both:
        rows: list[list[Any]] = [["Lĩnh vực", *(cell for name in names for cell in (name, ""))],
                                 ["", *("Thực tế", "Cả kỳ") * 3]]
    else:
        rows = [["Lĩnh vực", *names]]
    for actual, whole in zip(report.actual.by_field, report.whole_period.by_field, strict=True):
        if actual.field == UNKNOWN_FIELD and not (whole.received or whole.successful
                                                   or whole.unsuccessful):
            continue  # shown only when a team sent cases without a known field
        label = wording.SCOPE_CATEGORY.get(actual.field, indicator_names.UNKNOWN_FIELD)
        pairs = [(actual.received, whole.received), (actual.successful, whole.successful),
                 (actual.unsuccessful, whole.unsuccessful)]
        rows.append([_cell(label), *(format_number(value) for pair in pairs
                                     for value in pair[:1 + both])])
    spans = ([("SPAN", (0, 0), (0, 1))] + [("SPAN", (c, 0), (c + 1, 0)) for c in (1, 3, 5)]
             if both else [])
    return _table(rows, [180, *[330 / (3 + 3 * both)] * (3 + 3 * both)], header_rows=1 + both,
                  extra=[*spans, ("ALIGN", (1, 0), (-1, both), "CENTER"),
                         ("ALIGN", (1, 1 + both), (-1, -1), "RIGHT")])


ANNEX_GROUPS = ["STT", "Tổ hòa giải", "Số liệu", "Hòa giải viên", "", "", "",
                "Vụ, việc hòa giải", "", "", "", "", ""]
ANNEX_TITLES = ["", "", "", "Tổng số", "Nữ", "Dân tộc thiểu số", "Đã tập huấn",
                "Kỳ trước chuyển sang", "Mới tiếp nhận", "Hòa giải thành", "Hòa giải không thành",
                "Không thuộc phạm vi", "Đang hòa giải"]
ANNEX_WIDTHS = [24, 110, 40, *[33.6] * 10]
ANNEX_STYLE = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
               ("SPAN", (3, 0), (6, 0)), ("SPAN", (7, 0), (12, 0)),
               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
               ("FONTSIZE", (0, 2), (-1, -1), 7.5), ("ALIGN", (2, 2), (2, -1), "CENTER"),
               ("VALIGN", (0, 0), (-1, 1), "MIDDLE")]
SPANNED = (0, 1, 3, 4, 5, 6)  # a team's number, name and register figures: once for its rows


def _register_note(register: RegisterFigures | None) -> str:
    """Under a team's name: the day of its register figures, or that it has sent none."""
    if register is None:
        return "<br/><i>(chưa gửi số liệu hòa giải viên)</i>"
    if register.as_of is None:
        return ""
    return f"<br/><i>(số liệu hòa giải viên ngày {format_date(register.as_of)})</i>"


def _annex_team_rows(number: int, row: TeamRow, two_rows: bool) -> list[list[Any]]:
    register = row.register
    name = Paragraph(escape_markup(row.name) + _register_note(register), styles().cell)
    stock = ([format_number(v) for v in _register_values(register, 1)[1:]] if register
             else ["—"] * 4)
    lines: list[list[Any]] = []
    for label, counts in [("Thực tế", row.actual), ("Cả kỳ", row.whole_period)][:1 + two_rows]:
        cases = [counts.carried_over, counts.received, counts.successful, counts.unsuccessful,
                 counts.out_of_scope, counts.in_progress_end]
        line: list[Any] = [str(number), name, label, *stock, *(format_number(v) for v in cases)]
        lines.append(line if not lines else ["" if i in SPANNED else cell
                                             for i, cell in enumerate(line)])
    return lines


def _annex(report: JusticeReport) -> list:
    s = styles()
    two_rows = report.whole_period_basis != WholePeriod.NOT_ESTIMATED
    rows: list[list[Any]] = [[_heading_cell(title) for title in ANNEX_GROUPS],
                             [_heading_cell(title) for title in ANNEX_TITLES]]
    spans = []
    for number, team in enumerate(report.team_rows, start=1):
        if two_rows:
            spans += [("SPAN", (c, len(rows)), (c, len(rows) + 1)) for c in SPANNED]
        rows += _annex_team_rows(number, team, two_rows)
    if not report.team_rows:
        rows.append(["", _cell("Chưa nhận được số liệu của tổ hòa giải nào"), *[""] * 11])
    return [PageBreak(), Paragraph("PHỤ LỤC", s.title),
            Paragraph("Số liệu theo từng tổ hòa giải " + escape_markup(report.period.label),
                      s.centre_bold),
            Paragraph("(Kèm theo Báo cáo kết quả công tác hòa giải ở cơ sở"
                      + (f"; “Cả kỳ” là {_whole_period_name(report)})" if two_rows else ")"),
                      s.centre),
            Spacer(1, 6), _table(rows, ANNEX_WIDTHS, header_rows=2, extra=[*ANNEX_STYLE, *spans])]


def _signatures(signer: str, preparer: str) -> list:
    s = styles()
    left = [Paragraph("<b>NGƯỜI LẬP BIỂU</b><br/><i>(Ký, ghi rõ họ tên)</i><br/><br/><br/><br/>"
                      + escape_markup(preparer), s.centre)]
    right = [Paragraph("<b>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><i>(Ký, đóng dấu, ghi rõ họ "
                       "tên)</i><br/><br/><br/><br/>" + escape_markup(signer), s.centre)]
    receivers = Paragraph("<b><i>Nơi nhận:</i></b><br/>- Như trên;<br/>- Lưu: VT.", s.small)
    table = Table([[left, right], [receivers, ""]], colWidths=["45%", "55%"])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 1), (-1, 1), 10)]))
    return [Spacer(1, 14), KeepTogether(table)]


def build_justice_pdf(report: JusticeReport, *, number: str = BLANK, recipient: str = BLANK,
                      signer: str = BLANK, preparer: str = BLANK) -> bytes:
    """The report as a PDF, in memory. The number, the recipient (normally the province's
    justice department) and the names are left as "…" to fill by hand unless given."""
    s = styles()
    story = [*_heading(report, number or BLANK, recipient or BLANK), *_introduction(report),
             Paragraph("I. Tổ chức và kết quả hoạt động hòa giải ở cơ sở", s.heading),
             _indicator_table(report),
             Paragraph("II. Vụ, việc hòa giải theo lĩnh vực", s.heading), _field_table(report),
             *_signatures(signer or BLANK, preparer or BLANK), *_annex(report)]
    return render_pdf(story, title="Báo cáo kết quả công tác hòa giải ở cơ sở "
                      + report.period.label, author=f"Ủy ban nhân dân {report.commune_name}")
