"""Plain table cells broken into lines: every line fits, nothing is lost, long words are cut."""

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desktop.core.pdf.cells import broken_cell_text
from desktop.core.pdf.fonts import BOLD
from desktop.core.pdf.styles import styles

ROOM = 120.0


def _broken(lines, font=None):
    return broken_cell_text(lines, ROOM, font or styles().cell.fontName, 7.5).split("\n")


def test_every_line_fits_and_keeps_the_words_in_order():
    text = ("Tranh chấp ranh giới đất giữa hai hộ liền kề tại Tổ dân phố số 2, "
            "các bên đã nhiều lần trao đổi nhưng chưa thống nhất được mốc giới")
    for font in (styles().cell.fontName, BOLD):
        broken = _broken([text], font)
        assert len(broken) > 1
        assert all(stringWidth(line, font, 7.5) <= ROOM for line in broken)
        assert " ".join(broken) == text


def test_breaks_where_a_paragraph_of_the_same_style_breaks():
    text = "Nguyễn Thanh Liên, 49 tuổi; Thôn Đồng Tâm, xã Hòa Bình, tỉnh Thái Nguyên"
    paragraph = Paragraph(text, styles().cell)
    paragraph.wrap(ROOM, 1000)
    assert _broken([text]) == [" ".join(words) for _, words in paragraph.blPara.lines]


def test_a_word_wider_than_the_column_is_cut_not_drawn_past_the_border():
    word = "https://example.vn/" + "đường-dẫn-rất-dài-" * 6
    broken = _broken([f"Xem {word} để biết thêm"])
    assert all(stringWidth(line, styles().cell.fontName, 7.5) <= ROOM for line in broken)
    assert "".join(broken).replace(" ", "") == f"Xem{word}đểbiếtthêm"


def test_each_given_line_starts_a_new_line_and_white_space_collapses():
    assert _broken(["Một", "  Hai   ba ", "", "Bốn\nnăm"]) == ["Một", "Hai ba", "", "Bốn năm"]
