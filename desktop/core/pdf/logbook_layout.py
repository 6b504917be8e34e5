"""The log book's tables: cells broken to their columns, headings that span, page-sized pieces."""

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from desktop.core.pdf.cells import broken_cell_text
from desktop.core.pdf.fonts import BOLD
from desktop.core.pdf.styles import GRID, styles

CELL_SIDE_PADDING = 12  # ReportLab's default 6 pt left and right
CELL_TOP_BOTTOM_PADDING = 6
# A heading cell covering this many rows, or columns, of a table's heading; the cell under or
# beside it stays empty.
Span = tuple[int, int, int, int]  # first column, first row, last column, last row


def cell(lines: list[str], width: float, font_name: str | None = None) -> str:
    """A cell's lines broken to its column (width in mm): most log book cells are short, and
    paragraphs (wrapped again each time the table measures or draws them) made printing a year
    slow."""
    style = styles().cell
    return broken_cell_text(lines, width * mm - CELL_SIDE_PADDING, font_name or style.fontName,
                            style.fontSize)


def heading_cells(headings: Sequence[str], widths: Sequence[float]) -> list[str]:
    """A row of headings in bold; the columns are wide enough that no word of the form's
    headings has to be cut (a test holds them to it)."""
    return [cell([text], width, BOLD) if text else "" for text, width
            in zip(headings, widths, strict=True)]


def grid_table(rows: list[Any], widths: Sequence[float], header_rows: int,
               spans: Sequence[Span] = (), centred_columns: tuple[int, int] | None = None) -> Table:
    """A ruled table whose first `header_rows` rows are its heading, repeated on every page."""
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    size = styles().cell.fontSize
    last_heading = header_rows - 1
    commands: list[tuple[Any, ...]] = [
        *GRID, ("FONT", (0, 0), (-1, -1), styles().cell.fontName, size),
        ("FONT", (0, 0), (-1, last_heading), BOLD, size),
        ("BACKGROUND", (0, 0), (-1, last_heading), colors.whitesmoke),
        ("ALIGN", (0, 0), (-1, last_heading), "CENTER"),
        ("VALIGN", (0, 0), (-1, last_heading), "MIDDLE"),
        *(("SPAN", (first_column, first_row), (last_column, last_row))
          for first_column, first_row, last_column, last_row in spans)]
    if centred_columns:
        first, last = centred_columns
        commands.append(("ALIGN", (first, header_rows), (last, -1), "CENTER"))
    table.setStyle(TableStyle(commands))
    return table


def row_height(row: list[str]) -> float:
    """Height a row will take: its tallest cell's lines plus the table's cell padding."""
    return (max(text.count("\n") for text in row) + 1) * styles().cell.leading \
        + CELL_TOP_BOTTOM_PADDING


def page_chunks(rows: list, first_page: float, page: float) -> list[list]:
    """Cut the rows into page-sized tables ourselves: one table per page renders several times
    faster than letting ReportLab split one long table again on every page."""
    chunks: list[list[Any]] = []
    current: list[Any] = []
    room = first_page
    for row in rows:
        height = row_height(row)
        if current and height > room:
            chunks.append(current)
            current, room = [], page
        current.append(row)
        room -= height
    return chunks + ([current] if current else [])
