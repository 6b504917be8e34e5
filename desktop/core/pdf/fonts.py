"""Registers the Vietnamese-complete Be Vietnam Pro font with ReportLab, once."""

import functools

import fontpkg
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "BeVietnamPro"
BOLD = "BeVietnamPro-Bold"
ITALIC = "BeVietnamPro-Italic"
BOLD_ITALIC = "BeVietnamPro-BoldItalic"


@functools.cache
def register_fonts() -> str:
    """Embed the four faces and map them as one family; return the family name."""
    faces = {REGULAR: (400, "normal"), BOLD: (700, "normal"), ITALIC: (400, "italic"),
             BOLD_ITALIC: (700, "italic")}
    for name, (weight, style) in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(fontpkg.path("Be Vietnam Pro", weight, style))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
