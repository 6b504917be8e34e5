"""The written successful-mediation document (văn bản hòa giải thành, R-MED-07) of one case.

Its contents follow Law 35/2013 Art. 24(2) in order, and each party signs in its own block.
"""

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.core.mediation import wording
from desktop.core.mediation.addresses import full_address
from desktop.core.mediation.types import CaseDetail, PartyView
from desktop.core.pdf.styles import escape_markup, render_pdf, styles
from desktop.core.text import format_document_date

ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
RELATED = "Người có quyền lợi, nghĩa vụ liên quan"
UNKNOWN_DAY = "ngày …… tháng …… năm ……"  # filled in by hand when the day was never recorded


@dataclass(frozen=True)
class AgreementPlace:
    """Who made the document and where: the team, its commune and province (full names)."""

    team_name: str
    commune_name: str
    province_name: str


def side_name(number: int) -> str:
    """"Bên thứ nhất", "Bên thứ hai", … "Bên thứ 11"."""
    return f"Bên thứ {ORDINALS[number - 1] if number <= len(ORDINALS) else number}"


def _lines(text: str) -> str:
    return escape_markup(text).replace("\n", "<br/>") or "…"


def _day(day: date | None) -> str:
    return format_document_date(day) if day else UNKNOWN_DAY


def _heading(case: CaseDetail, place: AgreementPlace, agreed_on: date | None) -> list:
    s = styles()
    issuer = Paragraph(f"{escape_markup(place.commune_name.upper())}<br/>"
                       f"<b>{escape_markup(place.team_name.upper())}</b>", s.centre)
    nation = Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>"
                       "<b><u>Độc lập - Tự do - Hạnh phúc</u></b>", s.centre)
    top = Table([[issuer, nation]], colWidths=["42%", "58%"],
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [top, Spacer(1, 6),
            Paragraph(f"{escape_markup(place.commune_name)}, {_day(agreed_on)}", s.right_italic),
            Paragraph("VĂN BẢN HÒA GIẢI THÀNH", s.title),
            Paragraph(f"(Vụ việc số {escape_markup(case.case_no)})", s.centre)]


def _sides(case: CaseDetail) -> list[tuple[str, PartyView]]:
    """Each party with its name in the document: Bên thứ nhất, …; related persons after them."""
    parties = [p for p in case.parties if p.role == "PARTY"]
    related = [p for p in case.parties if p.role != "PARTY"]
    return ([(side_name(n), p) for n, p in enumerate(parties, start=1)]
            + [(RELATED, p) for p in related])


def _party_lines(case: CaseDetail, place: AgreementPlace) -> list:
    s = styles()
    rows = []
    for side, party in _sides(case):
        born = f", sinh năm {party.birth_year}" if party.birth_year else ""
        kind = wording.PARTY_KIND.get(party.kind, party.kind).lower()
        address = full_address(party.address, case.hamlet, place.commune_name, place.province_name)
        rows.append(Paragraph(f"<b>{side}:</b> {escape_markup(party.full_name)}{born} ({kind}); "
                              f"địa chỉ: {escape_markup(address) or '…'}.", s.body))
    return rows


def _progress(case: CaseDetail) -> list:
    """Art. 24(2)(d): the sessions, the persons invited and the witnesses, when recorded."""
    s = styles()
    sessions = [f"- {format_document_date(x.held_on)}"
                + (f", tại {escape_markup(x.place)}" if x.place else "")
                + (f": {escape_markup(x.summary)}" if x.summary else "") for x in case.sessions]
    rows = [Paragraph("<br/>".join(sessions) or "…", s.body)]
    invited = [m.name for m in case.mediators if m.role == "INVITED" and not m.replaced_on]
    if invited:
        rows.append(Paragraph("Người được mời tham gia hòa giải: "
                              f"{escape_markup(', '.join(invited))}.", s.body))
    witnesses = ", ".join(line.strip() for line in case.witnesses.splitlines() if line.strip())
    if witnesses:
        rows.append(Paragraph(f"Người chứng kiến: {escape_markup(witnesses)}.", s.body))
    return rows


def _implementation(case: CaseDetail) -> list:
    s = styles()
    deadline = (f"chậm nhất đến hết {format_document_date(case.implementation_deadline)}"
                if case.implementation_deadline else "……………………")
    return [Paragraph(_lines(case.implementation_method), s.body),
            Paragraph(f"Thời hạn thực hiện: {deadline}.", s.body)]


def _closing(case: CaseDetail) -> tuple[list, Paragraph]:
    """The court-recognition reminder, and the last line: how many copies, and who keeps them."""
    s = styles()
    reminder = [Paragraph(
        "Các bên có quyền yêu cầu Tòa án công nhận kết quả hòa giải thành ngoài Tòa án trong "
        "thời hạn 06 tháng kể từ ngày đạt được thỏa thuận, tức là đến hết "
        f"{format_document_date(case.recognition_deadline)}.", s.body)
        ] if case.recognition_deadline else []
    related = any(p.role != "PARTY" for p in case.parties)
    holders = "mỗi bên" + (" và mỗi người có quyền lợi, nghĩa vụ liên quan" if related else "")
    return reminder, Paragraph(f"Văn bản này được lập thành {len(case.parties) + 1:02d} bản có "
                               f"giá trị như nhau, {holders} giữ 01 bản, Tổ hòa giải giữ 01 bản.",
                               s.body)


SIGNING_SPACE = 40  # points left blank above each name for the signature or fingerprint


def _signature_cells(title: str, hint: str, name: str) -> tuple[Paragraph, Paragraph]:
    s = styles()
    return (Paragraph(f"<b>{escape_markup(title.upper())}</b><br/><i>({hint})</i>", s.centre),
            Paragraph(escape_markup(name), s.centre))


def _signature_rows(blocks: list[tuple[Paragraph, Paragraph]], first_row: int
                    ) -> tuple[list[list], list[tuple]]:
    """Blocks two by two, each as a row of titles over a row of names, so that the names of a
    pair line up even when one title takes two lines; a block left alone spans the width."""
    rows: list[list] = []
    style: list[tuple] = []
    empty = Paragraph("", styles().centre)
    for start in range(0, len(blocks), 2):
        pair = blocks[start:start + 2]
        titles, names = first_row + len(rows), first_row + len(rows) + 1
        if len(pair) == 1:
            pair.append((empty, empty))
            style += [("SPAN", (0, titles), (1, titles)), ("SPAN", (0, names), (1, names))]
        style += [("TOPPADDING", (0, names), (1, names), SIGNING_SPACE),
                  ("TOPPADDING", (0, titles), (1, titles), 8 if titles else 0)]
        rows += [[pair[0][0], pair[1][0]], [pair[0][1], pair[1][1]]]
    return rows, style


def _signatures(case: CaseDetail) -> Table:
    """Art. 24(2)(g): each party's own block, then the mediators'."""
    parties = [_signature_cells(side, "Ký, ghi rõ họ tên hoặc điểm chỉ", party.full_name)
               for side, party in _sides(case)]
    mediators = [_signature_cells("Hòa giải viên", "Ký, ghi rõ họ tên", m.name)
                 for m in case.mediators if m.role == "MEDIATOR" and not m.replaced_on]
    party_rows, party_style = _signature_rows(parties, 0)
    mediator_rows, mediator_style = _signature_rows(mediators, len(party_rows))
    return Table(party_rows + mediator_rows or [["", ""]], colWidths=["50%", "50%"],
                 style=TableStyle([*party_style, *mediator_style,
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))


def build_agreement_pdf(case: CaseDetail, place: AgreementPlace, agreed_on: date | None) -> bytes:
    """Render the document of a successful case, dated the day the agreement was reached;
    returns the PDF bytes (nothing on disk)."""
    s = styles()
    mediators = ", ".join(m.name for m in case.mediators
                          if m.role == "MEDIATOR" and not m.replaced_on) or "…"
    reminder, last_line = _closing(case)
    story = _heading(case, place, agreed_on) + [
        Paragraph("1. Căn cứ tiến hành hòa giải", s.heading),
        Paragraph(f"{wording.BASIS.get(case.basis, case.basis)} (tiếp nhận "
                  f"{format_document_date(case.received_date)}).", s.body),
        Paragraph("2. Thông tin cơ bản về các bên", s.heading), *_party_lines(case, place),
        Paragraph("3. Nội dung chủ yếu của vụ, việc", s.heading),
        Paragraph(_lines(case.main_content), s.body),
        Paragraph("4. Diễn biến của quá trình hòa giải", s.heading), *_progress(case),
        Paragraph("5. Thỏa thuận đạt được và giải pháp thực hiện", s.heading),
        Paragraph(_lines(case.agreement_or_demands), s.body),
        Paragraph("6. Phương thức, thời hạn thực hiện thỏa thuận", s.heading),
        *_implementation(case),
        Paragraph("7. Tổ hòa giải", s.heading),
        Paragraph(escape_markup(f"{place.team_name}; địa chỉ: {place.commune_name}, "
                                f"{place.province_name}. Hòa giải viên: {mediators}."), s.body),
        # The last line goes over with the signatures: a page of signatures alone could be
        # put under another text.
        Spacer(1, 6), *reminder, KeepTogether([last_line, Spacer(1, 8), _signatures(case)]),
    ]
    return render_pdf(story, title=f"Văn bản hòa giải thành {case.case_no}",
                      author=place.team_name, left_margin=25 * mm)
