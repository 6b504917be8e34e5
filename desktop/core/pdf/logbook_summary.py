"""Part II of the log book: the tổ trưởng's summary, one row per mediator (by identity, not by
name), cases by scope category and result, a total row, and the tổ trưởng's date and signature."""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.core.mediation import wording
from desktop.core.mediation.namesakes import MediatorIdentity, identity_key
from desktop.core.mediation.rules import MediatorRole, Result, ScopeCategory, Status
from desktop.core.mediation.types import CaseDetail
from desktop.core.pdf.fonts import BOLD
from desktop.core.pdf.justice_report import place_name
from desktop.core.pdf.logbook_layout import cell, grid_table, heading_cells
from desktop.core.pdf.styles import escape_markup, styles
from desktop.core.text import format_document_date

PART_TWO_TITLE = "PHẦN II – THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI"
MEDIATOR_HEADING = "Hòa giải viên tiến hành hòa giải"
SCOPE_HEADING = "Vụ, việc hòa giải chia theo phạm vi hòa giải"
RESULT_HEADING = "Kết quả hòa giải"
RESULTS = {Result.SUCCESSFUL: "Hòa giải thành", Result.UNSUCCESSFUL: "Hòa giải không thành",
           "OPEN": "Đang hòa giải"}
TOTAL = "Tổng cộng"
TOTAL_NOTE = "Mỗi vụ, việc tính một lần"
OUT_OF_SCOPE = "OUT_OF_SCOPE"
CATEGORIES = list(ScopeCategory)
WIDTHS = (10, 40, *[20] * len(CATEGORIES), 17, 17, 17, 26)  # mm; 267 = A4 landscape less margins
FIRST_SCOPE = 2
FIRST_RESULT = FIRST_SCOPE + len(CATEGORIES)
NOTES = FIRST_RESULT + len(RESULTS)


@dataclass(frozen=True)
class SummaryPlace:
    """Where and when the tổ trưởng signs the summary, and who the tổ trưởng is."""

    commune_name: str
    signed_on: date
    leader_name: str


def _outcome(case: CaseDetail) -> str:
    if case.result:
        return case.result
    return OUT_OF_SCOPE if case.status == Status.OUT_OF_SCOPE else "OPEN"


def _count(tally: Counter, case: CaseDetail) -> None:
    """Add one case: by scope and result, or only as out of scope (it was not mediated)."""
    outcome = _outcome(case)
    tally[outcome] += 1
    if outcome != OUT_OF_SCOPE:
        tally[case.scope_category] += 1


def _tallies(cases: list[CaseDetail], mediators: dict[str, MediatorIdentity]
             ) -> dict[MediatorIdentity, Counter]:
    """{mediator: counts} of the cases each current mediator conducts or conducted."""
    tallies: dict[MediatorIdentity, Counter] = {}
    for case in cases:
        conducting = {identity_key(m.member_id, m.name): m for m in case.mediators
                      if m.role == MediatorRole.MEDIATOR and not m.replaced_on}
        for key, mediator in conducting.items():
            identity = mediators.get(key) or MediatorIdentity(key, mediator.member_id,
                                                              mediator.name, "")
            _count(tallies.setdefault(identity, Counter()), case)
    return tallies


def _row(first: str, second: str, tally: Counter, total: bool = False) -> list[str]:
    def number(key: str) -> str:
        return str(tally[key]) if tally[key] or total else ""
    out_of_scope = f"{tally[OUT_OF_SCOPE]} vụ, việc không thuộc phạm vi hòa giải" \
        if tally[OUT_OF_SCOPE] else ""
    notes = "; ".join(text for text in (TOTAL_NOTE if total else "", out_of_scope) if text)
    return [first, cell([second], WIDTHS[1]), *(number(c) for c in CATEGORIES),
            *(number(r) for r in RESULTS), cell([notes], WIDTHS[NOTES])]


def summary_rows(cases: list[CaseDetail], mediators: dict[str, MediatorIdentity]
                 ) -> list[list[str]]:
    """A row per mediator, by name then by what tells namesakes apart, and the total row, where
    a case with two mediators counts once."""
    tallies = _tallies(cases, mediators)
    rows = [_row(str(i), identity.label, tallies[identity])
            for i, identity in enumerate(sorted(tallies, key=lambda m: m.sort_key), 1)]
    total: Counter = Counter()
    for case in cases:
        _count(total, case)
    return [*rows, _row("", TOTAL, total, total=True)]


def _heading() -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    first = ["STT", MEDIATOR_HEADING, SCOPE_HEADING, *[""] * (len(CATEGORIES) - 1),
             RESULT_HEADING, "", "", "Ghi chú"]
    second = ["", "", *(wording.SCOPE_SHORT[c] for c in CATEGORIES), *RESULTS.values(), ""]
    spans = [(0, 0, 0, 1), (1, 0, 1, 1), (FIRST_SCOPE, 0, FIRST_RESULT - 1, 0),
             (FIRST_RESULT, 0, NOTES - 1, 0), (NOTES, 0, NOTES, 1)]
    spanned = list(WIDTHS)
    spanned[FIRST_SCOPE] = sum(WIDTHS[FIRST_SCOPE:FIRST_RESULT])
    spanned[FIRST_RESULT] = sum(WIDTHS[FIRST_RESULT:NOTES])
    return [heading_cells(first, spanned), heading_cells(second, WIDTHS)], spans


def _signature(place: SummaryPlace) -> Table:
    """The tổ trưởng's date and signature, on the right as in official documents."""
    s = styles()
    where = escape_markup(place_name(place.commune_name))
    block = [Paragraph(f"<i>{where}, {format_document_date(place.signed_on)}</i>", s.centre),
             Paragraph("TỔ TRƯỞNG TỔ HÒA GIẢI", s.centre_bold),
             Paragraph("<i>(Ký, ghi rõ họ tên)</i>", s.centre), Spacer(1, 18 * mm),
             Paragraph(escape_markup(place.leader_name), s.centre_bold)]
    table = Table([["", block]], colWidths=[150 * mm, 117 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def part_two(cases: list[CaseDetail], mediators: dict[str, MediatorIdentity],
             place: SummaryPlace) -> list[Any]:
    """Part II on a new page, its table and the signature kept with the table's last rows."""
    header, spans = _heading()
    table = grid_table(header + summary_rows(cases, mediators), WIDTHS, len(header), spans,
                       (FIRST_SCOPE, NOTES - 1))
    table.setStyle(TableStyle([("FONT", (0, -1), (-1, -1), BOLD, styles().cell.fontSize)]))
    return [PageBreak(), Paragraph(PART_TWO_TITLE, styles().heading), Spacer(1, 4), table,
            KeepTogether([Spacer(1, 6 * mm), _signature(place)])]
