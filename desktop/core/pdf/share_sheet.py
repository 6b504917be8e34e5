"""Recovery share sheets: one A4 page per holder, with the words, their QR code and the rules."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import segno
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.core.pdf.styles import GRID, escape_markup, render_pdf, styles
from desktop.core.text import format_date

QR_SIZE = 52 * mm
WORD_COLUMNS = 4


@dataclass(frozen=True)
class SheetHeading:
    """Whose data the shares open: the team (or unit) and its place."""

    name: str
    commune_name: str
    province_name: str


class _Sheet(Protocol):
    @property
    def number(self) -> int: ...
    @property
    def holder(self) -> str: ...
    @property
    def words(self) -> str: ...


class QrCode(Flowable):
    """A QR code drawn as vector squares (sharp at any print resolution, no image library)."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.code = segno.make(text, error="m", micro=False)
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        rows = [list(row) for row in self.code.matrix_iter(border=4)]
        module = self.size / len(rows)
        canvas: Any = self.canv
        canvas.setFillColor(colors.black)
        for y, row in enumerate(rows):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1  # one rectangle per run of dark modules keeps the file small
                top = self.size - (y + 1) * module
                canvas.rect(start * module, top, (x - start) * module, module, stroke=0, fill=1)


def rule_text(threshold: int, count: int) -> str:
    """The rule as the sheet states it."""
    return (f"Cần {threshold} trong {count} mảnh bất kỳ để mở lại dữ liệu; "
            f"ít hơn {threshold} mảnh không mở được gì.")


def _facts(heading: SheetHeading, sheet: _Sheet, threshold: int, count: int,
           made_on: date) -> Table:
    s = styles()
    rows = [("Tổ / đơn vị", escape_markup(heading.name)),
            ("Xã / phường", escape_markup(f"{heading.commune_name}, {heading.province_name}")),
            ("Người giữ mảnh", f"<b>{escape_markup(sheet.holder)}</b>"),
            ("Mảnh số", f"<b>{sheet.number} / {count}</b>"),
            ("Quy tắc", rule_text(threshold, count)),
            ("Ngày lập", format_date(made_on))]
    table = Table([[Paragraph(label, s.small), Paragraph(value, s.body)] for label, value in rows],
                  colWidths=[32 * mm, 148 * mm])
    table.setStyle(TableStyle(GRID))
    return table


def _words(sheet: _Sheet) -> Table:
    s = styles()
    words = sheet.words.split()
    cells = [Paragraph(f"<font size=8>{number}.</font> <b>{word}</b>", s.body)
             for number, word in enumerate(words, 1)]
    rows = [cells[i:i + WORD_COLUMNS] for i in range(0, len(cells), WORD_COLUMNS)]
    rows[-1] += [""] * (WORD_COLUMNS - len(rows[-1]))
    table = Table(rows, colWidths=[30 * mm] * WORD_COLUMNS)
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


INSTRUCTIONS = (
    "Cất tờ này ở nơi an toàn, kín đáo. Không chụp ảnh, không gửi qua mạng, không lưu trên máy "
    "tính hay điện thoại.",
    "Để riêng: không cất cùng máy tính của tổ, không cất chung hay đưa cho người giữ các mảnh khác.",
    "Khi cần mở lại dữ liệu (mất mật khẩu và mã khôi phục, tổ trưởng chuyển đi, ốm nặng hoặc "
    "qua đời), đủ {threshold} người giữ mảnh cùng có mặt ở máy tính của tổ (hoặc máy mới đã chép "
    "bản sao lưu), mở Tự Quản, chọn khôi phục bằng các mảnh ở màn hình đăng nhập, nhập các từ "
    "của từng mảnh theo đúng thứ tự (mỗi từ chỉ cần 4 chữ cái đầu) rồi đặt mật khẩu cho tổ "
    "trưởng mới.",
    "Khi tổ chia lại các mảnh (chẳng hạn lúc bàn giao cho tổ trưởng mới), mảnh này hết hiệu lực: "
    "hãy hủy tờ này (xé nhỏ hoặc đốt).",
    "Nếu tờ này bị mất hoặc lộ, báo ngay cho tổ trưởng để chia lại các mảnh.",
)


def _instructions(threshold: int) -> list[Any]:
    s = styles()
    story: list[Any] = [Paragraph("Hướng dẫn", s.heading)]
    for number, text in enumerate(INSTRUCTIONS, 1):
        story.append(Paragraph(f"{number}. {text.format(threshold=threshold)}", s.body))
    story.append(Spacer(1, 4))
    story.append(Paragraph("Tờ này không chứa dữ liệu nào của tổ. Một mảnh riêng lẻ không mở "
                           "được gì và không cho biết gì về mật khẩu hay dữ liệu.", s.small))
    return story


def _page(heading: SheetHeading, sheet: _Sheet, threshold: int, count: int,
          made_on: date) -> list[Any]:
    s = styles()
    words_and_code = Table([[[Paragraph("Các từ của mảnh (theo đúng thứ tự)", s.heading),
                              Spacer(1, 3), _words(sheet)], QrCode(sheet.words, QR_SIZE)]],
                           colWidths=[124 * mm, 56 * mm])
    words_and_code.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Paragraph("MẢNH KHÔI PHỤC DỮ LIỆU TỰ QUẢN", s.title),
            Paragraph("Giữ bí mật — chỉ người có tên dưới đây được giữ", s.centre_bold),
            Spacer(1, 6), _facts(heading, sheet, threshold, count, made_on), Spacer(1, 8),
            KeepTogether([words_and_code]), Spacer(1, 6), *_instructions(threshold)]


def build_share_sheets_pdf(heading: SheetHeading, *, threshold: int, count: int, made_on: date,
                           sheets: Sequence[_Sheet]) -> bytes:
    """One page per sheet, in the order given."""
    story: list[Any] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story.extend(_page(heading, sheet, threshold, count, made_on))
    return render_pdf(story, title="Mảnh khôi phục", author=heading.name)
