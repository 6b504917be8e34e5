"""The hand-over record (biên bản bàn giao): who handed the installation to whom, when, and what."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.core.pdf.share_sheet import SheetHeading, rule_text
from desktop.core.pdf.styles import GRID, escape_markup, render_pdf, styles
from desktop.core.text import format_date, format_document_date

CARD_KINDS = {"police": "Công an cấp xã", "commune": "Ủy ban nhân dân cấp xã", "team": "Tổ"}


@dataclass(frozen=True)
class HandedCard:
    """An enrolled key card still trusted: whose, and its fingerprint."""

    kind: str
    name: str
    fingerprint: str


@dataclass(frozen=True)
class HandOverRecord:
    """What the record states; never the recovery code or a share's words."""

    heading: SheetHeading
    leader_title: str  # "tổ trưởng", or "người quản trị" at a desk
    handed_over_at: datetime  # local time
    old_full_name: str
    old_username: str
    new_full_name: str
    new_username: str
    account_created: bool
    share_rule: tuple[int, int] | None  # (threshold, count) of the new shares
    share_holders: tuple[str, ...]
    own_card_fingerprint: str
    cards: tuple[HandedCard, ...]
    open_volumes: tuple[tuple[int, date], ...]


def _person(name: str, username: str) -> str:
    return f"<b>{escape_markup(name)}</b> (tên đăng nhập: {escape_markup(username)})"


def _accounts(record: HandOverRecord) -> str:
    new = ("tạo tài khoản mới" if record.account_created
           else "tài khoản sẵn có được giao quyền")
    return (f"Quyền {record.leader_title} chuyển cho {_person(record.new_full_name, record.new_username)}"
            f" ({new}). Tài khoản {escape_markup(record.old_username)} đã ngừng hoạt động: mật "
            "khẩu cũ không còn mở được dữ liệu.")


def _shares(record: HandOverRecord) -> str:
    if record.share_rule is None:
        return "Chưa lập mảnh khôi phục."
    threshold, count = record.share_rule
    holders = "; ".join(f"mảnh {number}: {escape_markup(holder)}"
                        for number, holder in enumerate(record.share_holders, 1))
    return (f"Đã chia lại thành {count} mảnh mới. {rule_text(threshold, count)} Người giữ: "
            f"{holders}. Các mảnh cũ không còn dùng được và phải được hủy.")


def _unbroken(fingerprint: str) -> str:
    """A fingerprint is read aloud group by group: it never wraps inside."""
    return fingerprint.replace(" ", "&nbsp;")


def _cards(record: HandOverRecord) -> str:
    lines = [f"Thẻ khóa của {escape_markup(record.heading.name)}: vân tay "
             f"<b>{_unbroken(record.own_card_fingerprint)}</b>."]
    for card in record.cards:
        kind = CARD_KINDS.get(card.kind, card.kind)
        lines.append(f"Thẻ đã đăng ký — {kind}: {escape_markup(card.name)}, vân tay "
                     f"<b>{_unbroken(card.fingerprint)}</b>.")
    if not record.cards:
        lines.append("Chưa đăng ký thẻ của nơi nhận nào.")
    return "<br/>".join(lines)


def _volumes(record: HandOverRecord) -> str:
    if not record.open_volumes:
        return "Không có quyển sổ nào đang mở."
    return "; ".join(f"Quyển số {number}, mở ngày {format_date(opened)}"
                     for number, opened in record.open_volumes) + "."


def _handed_over(record: HandOverRecord) -> Table:
    s = styles()
    rows = [("1", "Tài khoản", _accounts(record)),
            ("2", "Mã khôi phục", "Đã cấp mã khôi phục mới, giao riêng cho bên nhận; mã cũ không "
                                 "còn dùng được."),
            ("3", "Mảnh khôi phục", _shares(record)),
            ("4", "Thẻ khóa", _cards(record)),
            ("5", "Sổ theo dõi đang mở", _volumes(record))]
    table = Table([[Paragraph("TT", s.small), Paragraph("Nội dung", s.small),
                    Paragraph("Tình trạng", s.small)]]
                  + [[Paragraph(a, s.body), Paragraph(b, s.body), Paragraph(c, s.body)]
                     for a, b, c in rows], colWidths=[10 * mm, 38 * mm, 132 * mm], repeatRows=1)
    table.setStyle(TableStyle(GRID))
    return table


def _signatures() -> Table:
    s = styles()
    cells = [[Paragraph(f"<b>{side}</b><br/><i>(Ký, ghi rõ họ tên)</i>", s.centre)
              for side in ("BÊN GIAO", "NGƯỜI CHỨNG KIẾN", "BÊN NHẬN")]]
    table = Table(cells, colWidths=[60 * mm] * 3, rowHeights=[32 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def build_handover_pdf(record: HandOverRecord) -> bytes:
    """The record, in Vietnamese, to print, sign and keep with the team's papers."""
    s = styles()
    when = record.handed_over_at
    place = escape_markup(f"{record.heading.commune_name}, {record.heading.province_name}")
    story: list[Any] = [
        Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", s.centre_bold),
        Paragraph("Độc lập - Tự do - Hạnh phúc", s.centre_bold),
        Paragraph("BIÊN BẢN BÀN GIAO QUẢN TRỊ PHẦN MỀM TỰ QUẢN", s.title),
        Paragraph(f"Đơn vị: {escape_markup(record.heading.name)} — {place}", s.centre),
        Spacer(1, 8),
        Paragraph(f"Hôm nay, lúc {when:%H:%M} {format_document_date(when)} "
                  f"({format_date(when.date())}), việc quản trị phần mềm Tự Quản được bàn giao:",
                  s.body),
        Paragraph(f"Bên giao: {_person(record.old_full_name, record.old_username)}, "
                  f"{record.leader_title} cũ.", s.body),
        Paragraph(f"Bên nhận: {_person(record.new_full_name, record.new_username)}, "
                  f"{record.leader_title} mới.", s.body),
        Spacer(1, 6), Paragraph("Nội dung bàn giao", s.heading), _handed_over(record),
        Spacer(1, 6),
        Paragraph("Biên bản không ghi mã khôi phục và các từ của mảnh khôi phục; các giấy đó được "
                  "giao tận tay và cất riêng.", s.small),
        Spacer(1, 10), _signatures()]
    return render_pdf(story, title="Biên bản bàn giao", author=record.heading.name)
