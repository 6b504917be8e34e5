"""The written successful-mediation document (văn bản hòa giải thành, R-MED-07), for one case."""

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from desktop.core.mediation import wording
from desktop.core.mediation.types import CaseDetail
from desktop.core.pdf.styles import escape_markup, render_pdf, styles
from desktop.core.text import format_document_date


def _lines(text: str) -> str:
    return escape_markup(text).replace("\n", "<br/>") or "…"


def _national_header(place: str, made_on: date) -> list:
    s = styles()
    return [Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", s.centre_bold),
            Paragraph("<u>Độc lập - Tự do - Hạnh phúc</u>", s.centre_bold), Spacer(1, 8),
            Paragraph(f"{escape_markup(place)}, {format_document_date(made_on)}", s.right_italic),
            Paragraph("VĂN BẢN HÒA GIẢI THÀNH", s.title)]


def _party_lines(case: CaseDetail) -> list:
    s = styles()
    rows = []
    for number, party in enumerate(case.parties, start=1):
        age = f"; sinh năm {party.birth_year}" if party.birth_year else ""
        role = "Bên" if party.role == "PARTY" else "Người có quyền lợi, nghĩa vụ liên quan"
        rows.append(Paragraph(f"{role} {number}: <b>{escape_markup(party.full_name)}</b>{age}; "
                              f"{wording.PARTY_KIND.get(party.kind, party.kind).lower()}; "
                              f"địa chỉ: {escape_markup(party.address) or '…'}", s.body))
    return rows


def _sessions(case: CaseDetail) -> str:
    if not case.sessions:
        return "…"
    return "<br/>".join(f"- {format_document_date(x.held_on)}"
                        + (f", tại {escape_markup(x.place)}" if x.place else "")
                        + (f": {escape_markup(x.summary)}" if x.summary else "") for x in case.sessions)


def _signatures(case: CaseDetail) -> Table:
    s = styles()
    people = [("CÁC BÊN", p.full_name) for p in case.parties if p.role == "PARTY"]
    people += [("HÒA GIẢI VIÊN", m.name) for m in case.mediators
               if m.role == "MEDIATOR" and not m.replaced_on]
    cells = [[Paragraph(f"<b>{title}</b><br/><i>(Ký, ghi rõ họ tên hoặc điểm chỉ)</i>"
                        f"<br/><br/><br/><br/>{escape_markup(name)}", s.centre)] for title, name in people]
    pairs = [sum(cells[i:i + 2], []) + ([""] if len(cells[i:i + 2]) == 1 else [])
             for i in range(0, len(cells), 2)]
    return Table(pairs or [["", ""]], colWidths=["50%", "50%"])


def build_agreement_pdf(case: CaseDetail, team_name: str, commune_name: str, province_name: str,
                        made_on: date) -> bytes:
    """Render the document for a successful case; returns the PDF bytes (nothing on disk)."""
    s = styles()
    mediators = ", ".join(m.name for m in case.mediators if not m.replaced_on) or "…"
    story = _national_header(commune_name, made_on) + [
        Paragraph("1. Căn cứ tiến hành hòa giải", s.heading),
        Paragraph(wording.BASIS.get(case.basis, case.basis)
                  + f" (vụ việc số {case.case_no}, tiếp nhận {format_document_date(case.received_date)}).",
                  s.body),
        Paragraph("2. Thông tin về các bên", s.heading), *_party_lines(case),
        Paragraph("3. Nội dung chính của vụ việc", s.heading), Paragraph(_lines(case.main_content), s.body),
        Paragraph("4. Diễn biến của quá trình hòa giải", s.heading), Paragraph(_sessions(case), s.body),
        Paragraph("5. Thỏa thuận đạt được; phương thức và thời hạn thực hiện", s.heading),
        Paragraph(_lines(case.agreement_or_demands), s.body),
        Paragraph("6. Tổ hòa giải", s.heading),
        Paragraph(escape_markup(f"{team_name}; địa chỉ: {commune_name}, {province_name}. "
                                f"Hòa giải viên: {mediators}."), s.body),
    ]
    if case.recognition_deadline:
        story.append(Paragraph(
            "Các bên có quyền yêu cầu Tòa án công nhận kết quả hòa giải thành ngoài Tòa án trong "
            f"thời hạn 06 tháng, đến hết {format_document_date(case.recognition_deadline)}.", s.small))
    story += [Spacer(1, 14), KeepTogether(_signatures(case))]
    return render_pdf(story, title=f"Văn bản hòa giải thành {case.case_no}", author=team_name,
                      left_margin=25 * mm)
