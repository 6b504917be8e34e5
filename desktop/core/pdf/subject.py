"""The data-subject access report: one person's records, in Vietnamese, built in memory."""

from datetime import date

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.core.mediation import wording
from desktop.core.pdf.styles import GRID, escape_markup, render_pdf, styles
from desktop.core.text import format_date, format_document_date
from desktop.core.types import SubjectEntry

ROLE = {"PARTY": "Bên tranh chấp", "RELATED_PERSON": "Người có quyền lợi, nghĩa vụ liên quan"}


def _identity(entry: SubjectEntry) -> str:
    """Who the report is for, as the latest entry spells it: name, birth year and address."""
    born = f", sinh năm {entry.birth_year}" if entry.birth_year else ""
    address = f"; địa chỉ: {escape_markup(entry.address)}" if entry.address else ""
    return f"<b>{escape_markup(entry.full_name)}</b>{born}{address}"


def build_subject_pdf(entries: list[SubjectEntry], made_on: date) -> bytes:
    """The records of one person (never empty: the person is chosen among those recorded)."""
    s = styles()
    story = [Paragraph("THÔNG TIN CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ", s.title),
             Paragraph(f"Người được cung cấp thông tin: {_identity(entries[-1])}", s.body),
             Paragraph(f"Lập {format_document_date(made_on)}, theo Luật Bảo vệ dữ liệu cá nhân "
                       "số 91/2025/QH15.", s.body), Spacer(1, 8)]
    rows = [["Số vụ việc", "Ngày nhận", "Tư cách", "Họ tên, năm sinh, địa chỉ", "Lĩnh vực",
             "Tình trạng"]]
    for entry in entries:
        person = f"{escape_markup(entry.full_name)}, {entry.birth_year or '…'}; " \
                 f"{escape_markup(entry.address) or '…'}"
        state = wording.RESULT.get(entry.result or "") or wording.STATUS.get(entry.status, entry.status)
        rows.append([entry.case_no, format_date(entry.received_date),
                     Paragraph(ROLE.get(entry.role, entry.role), s.cell), Paragraph(person, s.cell),
                     Paragraph(wording.SCOPE_CATEGORY.get(entry.scope_category, ""), s.cell),
                     Paragraph(state, s.cell)])
    table = Table(rows, repeatRows=1, colWidths=[78, 60, 82, 140, 80, 70])
    table.setStyle(TableStyle([*GRID, ("FONT", (0, 0), (-1, -1), s.cell.fontName, 8)]))
    story.append(table)
    return render_pdf(story, title="Thông tin cá nhân")
