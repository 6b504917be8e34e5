"""The printed recovery sheet: whose data the code opens, the code, and how to keep and use it."""

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.core.pdf.styles import escape_markup, render_pdf, styles
from desktop.core.roles import MODE_TEAM
from desktop.core.text import format_date
from desktop.core.types import RecoverySheet

# Courier is one of the PDF's own fonts: fixed width, and the code is only A–Z and 2–9.
CODE_STYLE = ParagraphStyle("code", fontName="Courier-Bold", fontSize=21, leading=28,
                            alignment=TA_CENTER)
# The button's name as the Vietnamese window shows it.
FORGOT_BUTTON = "Quên mật khẩu?"


def _particulars(sheet: RecoverySheet) -> Table:
    s = styles()
    rows = [("Tổ" if sheet.mode == MODE_TEAM else "Đơn vị", sheet.unit_name),
            ("Xã, phường", sheet.commune_name), ("Tỉnh, thành phố", sheet.province_name),
            ("Tài khoản quản trị", sheet.username), ("Ngày lập mã", format_date(sheet.made_on))]
    table = Table([[Paragraph(label, s.body), Paragraph(f"<b>{escape_markup(value)}</b>", s.body)]
                   for label, value in rows], colWidths=[45 * mm, 125 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    return table


def _code_box(code: str) -> Table:
    box = Table([[Paragraph(escape_markup(code), CODE_STYLE)]], colWidths=[170 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                             ("TOPPADDING", (0, 0), (-1, -1), 9),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 11)]))
    return box


def _instructions(sheet: RecoverySheet) -> list[Flowable]:
    s = styles()
    whose = "tổ" if sheet.mode == MODE_TEAM else "đơn vị"
    steps = [
        ("Cất giữ", f"Gấp tờ giấy này cho vào phong bì, dán kín, cất trong tủ có khóa của {whose}, "
                    "để riêng với máy tính xách tay (không để chung túi, chung ngăn với máy)."),
        ("Giữ kín", f"Ai cầm được mã này đều mở được toàn bộ dữ liệu của {whose}, kể cả thông tin cá "
                    "nhân của người dân. Không chụp ảnh, không gửi qua tin nhắn, thư điện tử hay "
                    "mạng xã hội, không chép vào máy tính hay điện thoại."),
        ("Khi quên mật khẩu", f"Trên cửa sổ mở khóa của Tự Quản, bấm <b>“{FORGOT_BUTTON}”</b>, "
                              "nhập tên đăng nhập, mã này (chữ hoa hay chữ thường, có hay không có "
                              "dấu gạch đều được) và mật khẩu mới hai lần, rồi đăng nhập bằng mật "
                              "khẩu mới. Dùng xong, cho tờ giấy vào phong bì mới, dán kín, cất lại."),
        ("Khi có mã mới", "Khi lập mã khôi phục mới (đổi khóa dữ liệu), mã này hết tác dụng: hủy "
                          "tờ giấy này (xé nhỏ hoặc đốt), không bỏ nguyên tờ vào thùng rác."),
    ]
    story: list[Flowable] = [Paragraph("Cách giữ và dùng mã này", s.heading), Spacer(1, 2)]
    for number, (title, text) in enumerate(steps, 1):
        story += [Paragraph(f"{number}. <b>{title}.</b> {text}", s.body), Spacer(1, 5)]
    return story


def _signatures() -> Table:
    s = styles()
    table = Table([[Paragraph("<b>Người lập mã</b><br/><i>(ký, ghi rõ họ tên)</i>", s.centre),
                    Paragraph("<b>Người nhận phong bì cất giữ</b><br/><i>(ký, ghi rõ họ tên)</i>",
                              s.centre)]], colWidths=[85 * mm, 85 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def build_recovery_sheet(sheet: RecoverySheet) -> bytes:
    """One A4 page, in Vietnamese, built in memory (the code never touches the disk here)."""
    s = styles()
    story: list[Flowable] = [
        Paragraph("MÃ KHÔI PHỤC DỮ LIỆU TỰ QUẢN", s.title),
        Paragraph("<b>GIỮ KÍN</b> — để trong phong bì dán kín", s.centre), Spacer(1, 10),
        _particulars(sheet), Spacer(1, 14),
        Paragraph("Mã khôi phục (dùng khi quên mật khẩu):", s.heading), Spacer(1, 4),
        _code_box(sheet.code), Spacer(1, 4),
        Paragraph("Sáu nhóm, mỗi nhóm năm ký tự; không có chữ O, I, L và số 0, 1.", s.small),
        Spacer(1, 10), *_instructions(sheet), Spacer(1, 16), _signatures()]
    return render_pdf(story, title="Mã khôi phục dữ liệu Tự Quản")
