"""The mediation log book (sổ theo dõi hoạt động hòa giải ở cơ sở, R-MED-10), A4 landscape.

Cover (province, commune, hamlets, team, volume; no district), Part I with the ten numbered
columns (7 = thành, 8 = không thành), Part II: cases per mediator by scope category and result.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.core.mediation import labels
from desktop.core.mediation.rules import Result, ScopeCategory
from desktop.core.mediation.types import CaseDetail
from desktop.core.reports.styles import GRID, MARGIN, escape_markup, render_pdf, styles
from desktop.core.text import format_date, format_document_date

PART_ONE_HEADINGS = [
    "STT", "Ngày, tháng, năm nhận vụ việc", "Họ tên hòa giải viên; người được mời",
    "Họ tên, tuổi, địa chỉ của các bên; người có quyền lợi, nghĩa vụ liên quan",
    "Nội dung chính của vụ việc", "Thỏa thuận của các bên hoặc yêu cầu của mỗi bên sau hòa giải",
    "Hòa giải thành", "Hòa giải không thành",
    "Chữ ký của hòa giải viên; người làm chứng; người được mời", "Ghi chú"]
PAGE_HEIGHT = landscape(A4)[1] - 2 * MARGIN - 10  # room above the page number
TITLE_HEIGHT = 30  # the Part I title above the first table
SAFETY = 6
CELL_SIDE_PADDING = 12  # ReportLab's default 6 pt left and right
CELL_TOP_BOTTOM_PADDING = 6
PART_ONE_WIDTHS = [9, 18, 28, 56, 48, 44, 12, 12, 22, 18]  # mm; 267 = A4 landscape less margins


@dataclass(frozen=True)
class LogbookCover:
    province_name: str
    commune_name: str
    hamlets: tuple[str, ...]
    team_name: str
    volume: int
    opened_on: date
    closed_on: date | None


def _cover(cover: LogbookCover) -> list:
    s = styles()
    lines = [("Tỉnh/thành phố", cover.province_name), ("Xã/phường/đặc khu", cover.commune_name),
             ("Thôn/tổ dân phố", ", ".join(cover.hamlets) or "…"), ("Tổ hòa giải", cover.team_name),
             ("Quyển số", str(cover.volume)), ("Mở ngày", format_document_date(cover.opened_on)),
             ("Khóa ngày", format_document_date(cover.closed_on) if cover.closed_on else "…")]
    return [Spacer(1, 30 * mm), Paragraph("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", s.title),
            Spacer(1, 12 * mm)] + [Paragraph(f"{label}: <b>{escape_markup(value)}</b>", s.centre)
                                   for label, value in lines] + [PageBreak()]


def _people(case: CaseDetail) -> list[str]:
    def describe(party):
        age = f", {case.received_date.year - party.birth_year} tuổi" if party.birth_year else ""
        return f"{party.full_name}{age}; {party.address}"
    return [describe(p) for p in case.parties] or ["…"]


def _note(case: CaseDetail) -> list[str]:
    if case.status == "OUT_OF_SCOPE":
        return ["Không thuộc phạm vi hòa giải"]
    note = case.notes if case.status == "ENDED" else labels.STATUS.get(case.status, case.status)
    corrections = [f"Sửa đổi {format_date(a.amended_on)}: {a.new_value} ({a.reason})"
                   for a in case.amendments]
    return [line for line in [note, *corrections] if line]


def _fitted(lines: list[str], width: float):
    """Lines that fit their column stay plain strings (drawn as they are); longer text becomes a
    wrapping Paragraph. Most cells fit, and wrapping is what makes a log book slow to print."""
    style, room = styles().cell, width * mm - CELL_SIDE_PADDING
    if all(stringWidth(line, style.fontName, style.fontSize) <= room and "\n" not in line
           for line in lines):
        return "\n".join(lines)
    return Paragraph("<br/>".join(escape_markup(line) for line in lines), style)


def _part_one_row(number: int, case: CaseDetail) -> list:
    mediators = [m.name + (" (được mời)" if m.role == "INVITED" else "")
                 for m in case.mediators if not m.replaced_on]
    cells = [mediators or ["…"], _people(case), [case.main_content],
             [case.agreement_or_demands], _note(case)]
    fitted = [_fitted(lines, width) for lines, width
              in zip(cells, [PART_ONE_WIDTHS[i] for i in (2, 3, 4, 5, 9)], strict=True)]
    return [str(number), format_date(case.received_date), *fitted[:4],
            "x" if case.result == Result.SUCCESSFUL else "",
            "x" if case.result == Result.UNSUCCESSFUL else "", "", fitted[4]]


def _table(rows: list, widths: list[float], header_rows: int) -> Table:
    s = styles().cell
    rows = [[Paragraph(f"<b>{cell}</b>", s) if isinstance(cell, str) else cell for cell in row]
            if index < header_rows else row for index, row in enumerate(rows)]
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    table.setStyle(TableStyle([*GRID, ("FONT", (0, 0), (-1, -1), styles().cell.fontName, 7.5),
                               ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.whitesmoke),
                               ("ALIGN", (6, header_rows), (7, -1), "CENTER")]))
    return table


def _row_height(row: list, widths: list[float]) -> float:
    """Height a row will take: its tallest wrapped cell plus the table's cell padding."""
    tallest = styles().cell.leading
    for cell, width in zip(row, widths, strict=True):
        if isinstance(cell, Paragraph):
            tallest = max(tallest, cell.wrap(width * mm - CELL_SIDE_PADDING, PAGE_HEIGHT)[1])
        elif isinstance(cell, str):
            tallest = max(tallest, (cell.count("\n") + 1) * styles().cell.leading)
    return tallest + CELL_TOP_BOTTOM_PADDING


def _page_chunks(rows: list, widths: list[float], first_page: float, page: float) -> list[list]:
    """Cut the rows into page-sized tables ourselves: one table per page renders several times
    faster than letting ReportLab split one long table again on every page."""
    chunks, current, room = [], [], first_page
    for row in rows:
        height = _row_height(row, widths)
        if current and height > room:
            chunks.append(current)
            current, room = [], page
        current.append(row)
        room -= height
    return chunks + ([current] if current else [])


def _part_one(cases: list[CaseDetail]) -> list:
    s = styles()
    header = [[Paragraph(f"<b>{text}</b>", s.cell) for text in PART_ONE_HEADINGS],
              [Paragraph(f"<b>({i})</b>", s.cell) for i in range(1, 11)]]
    rows = [_part_one_row(i, c) for i, c in enumerate(cases, 1)]
    story = [Paragraph("PHẦN I. THEO DÕI HOẠT ĐỘNG HÒA GIẢI CỦA HÒA GIẢI VIÊN", s.heading),
             Spacer(1, 4)]
    page = PAGE_HEIGHT - sum(_row_height(row, PART_ONE_WIDTHS) for row in header) - SAFETY
    chunks = _page_chunks(rows, PART_ONE_WIDTHS, page - TITLE_HEIGHT, page) or [[]]
    for number, chunk in enumerate(chunks):
        if number:
            story.append(PageBreak())
        story.append(_table(header + chunk, PART_ONE_WIDTHS, 2))
    return story


def _part_two(cases: list[CaseDetail]) -> list:
    s = styles()
    categories = list(ScopeCategory)
    counts: dict[str, Counter] = {}
    for case in cases:
        for mediator in {m.name for m in case.mediators if m.role == "MEDIATOR"}:
            tally = counts.setdefault(mediator, Counter())
            tally[case.scope_category] += 1
            tally[case.result or "OPEN"] += 1
    heading = ["STT", "Hòa giải viên"] + [labels.SCOPE_SHORT[c] for c in categories] + [
        "Thành", "Không thành", "Ghi chú"]
    rows = [heading] + [[str(i), name, *[str(tally[c] or "") for c in categories],
                         str(tally[Result.SUCCESSFUL]), str(tally[Result.UNSUCCESSFUL]),
                         f"{tally['OPEN']} chưa kết thúc" if tally["OPEN"] else ""]
                        for i, (name, tally) in enumerate(sorted(counts.items()), 1)]
    widths = [9, 45] + [21] * len(categories) + [18, 18, 30]
    return [PageBreak(), Paragraph("PHẦN II. THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI",
                                   s.heading), Spacer(1, 4), _table(rows, widths, 1)]


def build_logbook_pdf(cover: LogbookCover, cases: list[CaseDetail]) -> bytes:
    """Render the log book for the given cases (in their order); returns the PDF bytes."""
    story = _cover(cover) + _part_one(cases) + _part_two(cases)
    return render_pdf(story, title=f"Sổ theo dõi hoạt động hòa giải — quyển {cover.volume}",
                      author=cover.team_name, pagesize=landscape(A4))

