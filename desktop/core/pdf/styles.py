"""Paragraph styles and page furniture shared by every document."""

import functools
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from desktop.core.pdf.fonts import BOLD, ITALIC, register_fonts


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    right_italic: ParagraphStyle


@functools.cache
def styles() -> Styles:
    family = register_fonts()
    body = ParagraphStyle("body", fontName=family, fontSize=11, leading=15)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=9, leading=11),
        cell=ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, spaceBefore=6),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=20,
                             alignment=TA_CENTER, spaceBefore=8, spaceAfter=8),
        centre=ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        centre_bold=ParagraphStyle("centre_bold", parent=body, fontName=BOLD, alignment=TA_CENTER),
        right_italic=ParagraphStyle("right_italic", parent=body, fontName=ITALIC,
                                    alignment=TA_RIGHT),
    )


GRID = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
MARGIN = 15 * mm


def page_number_footer(canvas: Any, document: Any) -> None:
    """"Trang N" centred at the foot of every page."""
    canvas.saveState()
    canvas.setFont(register_fonts(), 8)
    width = document.pagesize[0]
    canvas.drawCentredString(width / 2, 8 * mm, f"Trang {document.page}")
    canvas.restoreState()


def escape_markup(text: str | None) -> str:
    """Make user text safe inside a ReportLab paragraph (which reads a little XML)."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(story: list[Any], *, title: str, author: str = "",
               pagesize: tuple[float, float] = A4,
               left_margin: float = MARGIN) -> bytes:
    """Lay out a story into PDF bytes in memory: margins, embedded font, page numbers."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=left_margin,
                                 rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                                 initialFontName=styles().body.fontName, title=title,
                                 author=author)
    document.build(story, onFirstPage=page_number_footer, onLaterPages=page_number_footer)
    return buffer.getvalue()
