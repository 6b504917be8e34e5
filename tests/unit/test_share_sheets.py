"""The printed share sheets: one page a holder, the rule and the words in Vietnamese, and a QR
code that reads back as the words."""

import io
import re
import subprocess
from datetime import date

import pytest
import segno
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from desktop.core.access.shares import ShareSheet
from desktop.core.pdf.share_sheet import QrCode, SheetHeading, build_share_sheets_pdf

HEADING = SheetHeading("Tổ hòa giải thôn Đông Hòa", "Xã Tân Hòa", "Tỉnh Tuyên Quang")
WORDS = ("academic acid acne acquire acrobat activity actress adapt adequate adjust admit adorn "
         "adult advance advocate afraid again agency agree aide")
SHEETS = (ShareSheet(1, "Nguyễn Thị Lan", WORDS), ShareSheet(2, "Đặng Văn Đức", WORDS),
          ShareSheet(3, "Trần Thị Hòa", WORDS))


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return build_share_sheets_pdf(HEADING, threshold=2, count=3, made_on=date(2026, 3, 5),
                                  sheets=SHEETS)


def page_text(pdf: bytes, page: int) -> str:
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-", "-"], input=pdf,
                          capture_output=True, check=True).stdout.decode("utf-8")
    return " ".join(text.split())


def render(pdf: bytes, page: int, dpi: int) -> Image.Image:
    png = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                          "-"], input=pdf, capture_output=True, check=True).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def test_each_holder_has_a_page_naming_the_team_the_rule_and_the_date(pdf):
    for page, sheet in enumerate(SHEETS, 1):
        text = page_text(pdf, page)
        for expected in ("MẢNH KHÔI PHỤC DỮ LIỆU TỰ QUẢN", HEADING.name, "Xã Tân Hòa",
                         sheet.holder, "05/03/2026",
                         "Cần 2 trong 3 mảnh bất kỳ", "không cất cùng máy tính của tổ",
                         "không cất chung hay đưa cho người giữ các mảnh khác"):
            assert expected in text, (page, expected)
        assert re.search(rf"Mảnh số {sheet.number} ?/ ?3 ", text)
        assert all(f"{n}. {word}" in text for n, word in enumerate(WORDS.split(), 1))


def test_the_qr_code_on_the_sheet_reads_as_the_words(pdf):
    zxingcpp = pytest.importorskip("zxingcpp")
    found = zxingcpp.read_barcodes(render(pdf, 2, 150))
    assert [code.text for code in found] == [WORDS]


def test_the_drawn_qr_code_is_segnos_matrix_module_for_module():
    """Without a decoder: the printed squares are exactly the modules segno encoded."""
    code = QrCode(WORDS, 200)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 200))
    code.drawOn(canvas, 0, 0)
    canvas.save()
    image = render(buffer.getvalue(), 1, 288)  # four pixels a point
    modules = [list(row) for row in segno.make(WORDS, error="m").matrix_iter(border=4)]
    size = image.width / len(modules)
    sampled = [[image.getpixel((int((x + 0.5) * size), int((y + 0.5) * size))) < 128
                for x in range(len(modules))] for y in range(len(modules))]
    assert sampled == [[bool(dark) for dark in row] for row in modules]
    assert segno.make(WORDS, error="m").designator == code.code.designator
