"""The mediation log book (sổ theo dõi hoạt động hòa giải ở cơ sở, R-MED-10), A4 landscape.

Cover (province, commune, hamlets, team, volume; no district), Part I with the ten numbered
columns (7 = thành, 8 = không thành), Part II: cases per mediator by scope category and result.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.core.mediation import wording
from desktop.core.mediation.rules import Result, ScopeCategory
from desktop.core.mediation.types import CaseDetail, PartyView
from desktop.core.pdf.cells import broken_cell_text
from desktop.core.pdf.fonts import BOLD
from desktop.core.pdf.styles import GRID, MARGIN, escape_markup, render_pdf, styles
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
    def describe(party: PartyView) -> str:
        age = f", {case.received_date.year - party.birth_year} tuổi" if party.birth_year else ""
        return f"{party.full_name}{age}; {party.address}"
    return [describe(p) for p in case.parties] or ["…"]


def _note(case: CaseDetail) -> list[str]:
    if case.status == "OUT_OF_SCOPE":
        return ["Không thuộc phạm vi hòa giải"]
    note = case.notes if case.status == "ENDED" else wording.STATUS.get(case.status, case.status)
    corrections = [f"Sửa đổi {format_date(a.amended_on)}: {a.new_value} ({a.reason})"
                   for a in case.amendments]
    return [line for line in [note, *corrections] if line]


def _cell(lines: list[str], width: float, font_name: str | None = None) -> str:
    """A cell's lines broken to its column: most log book cells are short, and paragraphs
    (wrapped again each time the table measures or draws them) made printing a year slow."""
    style = styles().cell
    return broken_cell_text(lines, width * mm - CELL_SIDE_PADDING, font_name or style.fontName,
                            style.fontSize)


def _part_one_row(number: int, case: CaseDetail) -> list:
    mediators = [m.name + (" (được mời)" if m.role == "INVITED" else "")
                 for m in case.mediators if not m.replaced_on]
    cells = [mediators or ["…"], _people(case), [case.main_content],
             [case.agreement_or_demands], _note(case)]
    fitted = [_cell(lines, width) for lines, width
              in zip(cells, [PART_ONE_WIDTHS[i] for i in (2, 3, 4, 5, 9)], strict=True)]
    return [str(number), format_date(case.received_date), *fitted[:4],
            "x" if case.result == Result.SUCCESSFUL else "",
            "x" if case.result == Result.UNSUCCESSFUL else "", "", fitted[4]]


def _header(headings: list[str], widths: Sequence[float]) -> list[str]:
    return [_cell([text], width, BOLD) for text, width in zip(headings, widths, strict=True)]


def _table(rows: list[Any], widths: Sequence[float], header_rows: int) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    size = styles().cell.fontSize
    table.setStyle(TableStyle([*GRID, ("FONT", (0, 0), (-1, -1), styles().cell.fontName, size),
                               ("FONT", (0, 0), (-1, header_rows - 1), BOLD, size),
                               ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.whitesmoke),
                               ("ALIGN", (6, header_rows), (7, -1), "CENTER")]))
    return table


def _row_height(row: list[str]) -> float:
    """Height a row will take: its tallest cell's lines plus the table's cell padding."""
    return (max(cell.count("\n") for cell in row) + 1) * styles().cell.leading \
        + CELL_TOP_BOTTOM_PADDING


def _page_chunks(rows: list, first_page: float, page: float) -> list[list]:
    """Cut the rows into page-sized tables ourselves: one table per page renders several times
    faster than letting ReportLab split one long table again on every page."""
    chunks: list[list[Any]] = []
    current: list[Any] = []
    room = first_page
    for row in rows:
        height = _row_height(row)
        if current and height > room:
            chunks.append(current)
            current, room = [], page
        current.append(row)
        room -= height
    return chunks + ([current] if current else [])


def _part_one(cases: list[CaseDetail]) -> list:
    s = styles()
    header = [_header(PART_ONE_HEADINGS, PART_ONE_WIDTHS),
              _header([f"({i})" for i in range(1, 11)], PART_ONE_WIDTHS)]
    rows = [_part_one_row(i, c) for i, c in enumerate(cases, 1)]
    story = [Paragraph("PHẦN I. THEO DÕI HOẠT ĐỘNG HÒA GIẢI CỦA HÒA GIẢI VIÊN", s.heading),
             Spacer(1, 4)]
    page = PAGE_HEIGHT - sum(_row_height(row) for row in header) - SAFETY
    chunks = _page_chunks(rows, page - TITLE_HEIGHT, page) or [[]]
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
    heading = ["STT", "Hòa giải viên"] + [wording.SCOPE_SHORT[c] for c in categories] + [
        "Thành", "Không thành", "Ghi chú"]
    widths = [9, 45] + [21] * len(categories) + [18, 18, 30]
    rows = [_header(heading, widths)] + [
        [str(i), _cell([name], widths[1]), *[str(tally[c] or "") for c in categories],
         str(tally[Result.SUCCESSFUL]), str(tally[Result.UNSUCCESSFUL]),
         f"{tally['OPEN']} chưa kết thúc" if tally["OPEN"] else ""]
        for i, (name, tally) in enumerate(sorted(counts.items()), 1)]
    return [PageBreak(), Paragraph("PHẦN II. THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI",
                                   s.heading), Spacer(1, 4), _table(rows, widths, 1)]


def build_logbook_pdf(cover: LogbookCover, cases: list[CaseDetail]) -> bytes:
    """Render the log book for the given cases (in their order); returns the PDF bytes."""
    story = _cover(cover) + _part_one(cases) + _part_two(cases)
    return render_pdf(story, title=f"Sổ theo dõi hoạt động hòa giải — quyển {cover.volume}",
                      author=cover.team_name, pagesize=landscape(A4))

