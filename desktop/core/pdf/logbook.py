"""The mediation log book (sổ theo dõi hoạt động hòa giải ở cơ sở, R-MED-10), A4 landscape.

The Ministry of Justice's 2014 form: a cover under the national heading (province, commune,
hamlets, team, the volumes really opened; no district), Part I with the ten numbered columns
(7 = thành, 8 = không thành, under "Kết quả hòa giải"), and Part II, the tổ trưởng's summary.
"""

from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from desktop.core.mediation import wording
from desktop.core.mediation.namesakes import MediatorIdentity, identity_key
from desktop.core.mediation.rules import MediatorRole, Result
from desktop.core.mediation.types import CaseDetail, MediatorView, PartyView
from desktop.core.mediation.volumes import VolumeView
from desktop.core.pdf.logbook_layout import cell, grid_table, heading_cells, page_chunks, row_height
from desktop.core.pdf.logbook_summary import SummaryPlace, part_two
from desktop.core.pdf.styles import MARGIN, escape_markup, render_pdf, styles
from desktop.core.text import format_date, format_document_date

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TITLE = "SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ"
PART_ONE_TITLE = "PHẦN I – GHI CHÉP CỦA HÒA GIẢI VIÊN"
RESULT_HEADING = "Kết quả hòa giải"
# The form's own headings of columns (1) to (10); (7) and (8) sit under RESULT_HEADING.
PART_ONE_HEADINGS = (
    "STT", "Ngày, tháng, năm nhận vụ, việc hòa giải",
    "Họ và tên hòa giải viên, người được mời tham gia hòa giải (nếu có)",
    "Họ tên, tuổi, địa chỉ các bên, người có quyền, nghĩa vụ liên quan đến vụ, việc hòa giải "
    "(nếu có)",
    "Nội dung chủ yếu của vụ, việc",
    "Thỏa thuận của các bên (hoặc yêu cầu của mỗi bên) sau khi hòa giải",
    "Hòa giải thành", "Hòa giải không thành",
    "Chữ ký (hòa giải viên; người chứng kiến vụ, việc hòa giải; người được mời tham gia hòa "
    "giải (nếu có))",
    "Ghi chú")
PART_ONE_WIDTHS = (10, 22, 30, 49, 42, 42, 16, 16, 25, 15)  # mm; 267 = A4 landscape less margins
RESULT_COLUMNS = (6, 7)
PAGE_HEIGHT = landscape(A4)[1] - 2 * MARGIN - 10  # room above the page number
TITLE_HEIGHT = 30  # the Part I title above the first table
SAFETY = 6


@dataclass(frozen=True)
class LogbookCover:
    province_name: str  # with its type, as the admin-unit list gives it: "Tỉnh Thanh Hóa"
    commune_name: str  # "Phường Ba Đình", "Xã …", "Đặc khu …"
    hamlets: tuple[str, ...]
    team_name: str
    volumes: tuple[VolumeView, ...]  # the volumes opened for this book; none is invented
    year: int | None  # the calendar year printed, or None for the book of one volume
    signed_on: date  # the tổ trưởng's date under Part II
    leader_name: str = ""


def _volume_lines(cover: LogbookCover) -> list[str]:
    if not cover.volumes:
        return [f"<i>Chưa mở quyển sổ nào trong năm {cover.year}.</i>"]
    lines = []
    for volume in cover.volumes:
        closed = format_document_date(volume.closed_on) if volume.closed_on \
            else "ngày … tháng … năm …"
        lines += [f"Quyển số: <b>{volume.volume_no}</b>",
                  f"Mở {format_document_date(volume.opened_on)}", f"Khóa {closed}"]
    return lines


def _cover(cover: LogbookCover) -> list:
    s = styles()
    places = [("Tỉnh/thành phố", cover.province_name), ("Xã/phường/đặc khu", cover.commune_name),
              ("Thôn/tổ dân phố", ", ".join(cover.hamlets) or "…"), ("Tổ hòa giải", cover.team_name)]
    year = [Paragraph(f"Năm {cover.year}", s.centre_bold)] if cover.year else []
    return [Paragraph(NATION, s.centre_bold), Paragraph(f"<u>{MOTTO}</u>", s.centre_bold),
            Spacer(1, 25 * mm), Paragraph(TITLE, s.title), *year, Spacer(1, 12 * mm),
            *(Paragraph(f"{label}: <b>{escape_markup(value)}</b>", s.centre)
              for label, value in places),
            *(Paragraph(line, s.centre) for line in _volume_lines(cover)), PageBreak()]


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


def _mediator_names(case: CaseDetail, mediators: dict[str, MediatorIdentity]) -> list[str]:
    def name(mediator: MediatorView) -> str:
        identity = mediators.get(identity_key(mediator.member_id, mediator.name))
        label = identity.label if identity else mediator.name
        return label + (" (được mời)" if mediator.role == MediatorRole.INVITED else "")
    return [name(m) for m in case.mediators if not m.replaced_on] or ["…"]


def _part_one_row(number: int, case: CaseDetail, mediators: dict[str, MediatorIdentity]) -> list:
    cells = [_mediator_names(case, mediators), _people(case), [case.main_content],
             [case.agreement_or_demands], _note(case)]
    fitted = [cell(lines, width) for lines, width
              in zip(cells, [PART_ONE_WIDTHS[i] for i in (2, 3, 4, 5, 9)], strict=True)]
    return [str(number), format_date(case.received_date), *fitted[:4],
            "x" if case.result == Result.SUCCESSFUL else "",
            "x" if case.result == Result.UNSUCCESSFUL else "", "", fitted[4]]


def part_one_heading() -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The heading's three rows (the form's words, the thành / không thành split under
    "Kết quả hòa giải", the column numbers) and the cells that span."""
    first = [*PART_ONE_HEADINGS[:6], RESULT_HEADING, "", *PART_ONE_HEADINGS[8:]]
    second = ["" if i not in RESULT_COLUMNS else PART_ONE_HEADINGS[i] for i in range(10)]
    spanned = list(PART_ONE_WIDTHS)
    spanned[RESULT_COLUMNS[0]] = sum(PART_ONE_WIDTHS[i] for i in RESULT_COLUMNS)
    rows = [heading_cells(first, spanned), heading_cells(second, PART_ONE_WIDTHS),
            [f"({i})" for i in range(1, 11)]]
    spans = [(column, 0, column, 1) for column in range(10) if column not in RESULT_COLUMNS]
    return rows, [*spans, (RESULT_COLUMNS[0], 0, RESULT_COLUMNS[1], 0)]


def _part_one(cases: list[CaseDetail], mediators: dict[str, MediatorIdentity]) -> list:
    header, spans = part_one_heading()
    rows = [_part_one_row(i, c, mediators) for i, c in enumerate(cases, 1)]
    story = [Paragraph(PART_ONE_TITLE, styles().heading), Spacer(1, 4)]
    # The spanning cells of the first two rows are as tall as those two rows together.
    two_rows = max(row_height(header[0]), row_height([RESULT_HEADING]) + row_height(header[1]))
    page = PAGE_HEIGHT - two_rows - row_height(header[2]) - SAFETY
    chunks = page_chunks(rows, page - TITLE_HEIGHT, page) or [[]]
    for number, chunk in enumerate(chunks):
        if number:
            story.append(PageBreak())
        story.append(grid_table(header + chunk, PART_ONE_WIDTHS, len(header), spans,
                                RESULT_COLUMNS))
    return story


def build_logbook_pdf(cover: LogbookCover, cases: list[CaseDetail],
                      mediators: dict[str, MediatorIdentity]) -> bytes:
    """Render the log book for the given cases (in their order); `mediators` are the cases'
    mediators by identity key, namesakes told apart. Returns the PDF bytes."""
    place = SummaryPlace(cover.commune_name, cover.signed_on, cover.leader_name)
    story = _cover(cover) + _part_one(cases, mediators) + part_two(cases, mediators, place)
    span = f"năm {cover.year}" if cover.year else \
        ", ".join(f"quyển {v.volume_no}" for v in cover.volumes)
    return render_pdf(story, title=f"Sổ theo dõi hoạt động hòa giải — {span}",
                      author=cover.team_name, pagesize=landscape(A4))
