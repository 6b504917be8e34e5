"""The printed recovery sheet says whose data the code opens, since when, and what to do with it."""

import subprocess
from datetime import date

from desktop.core.pdf.recovery_sheet import build_recovery_sheet
from desktop.core.types import RecoverySheet

CODE = "K7QMX-3PRTA-ABCDE-FGHJK-MNPQR-STUVW"


def sheet_text(sheet: RecoverySheet) -> str:
    pdf = build_recovery_sheet(sheet)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")
    return " ".join(text.split())


def test_the_sheet_names_the_team_place_user_date_and_code():
    text = sheet_text(RecoverySheet("team", "Tổ hòa giải thôn Đông Hòa", "Phường Ba Đình", "Hà Nội",
                                    "lan", date(2026, 3, 5), CODE))
    for expected in ("Tổ Tổ hòa giải thôn Đông Hòa", "Xã, phường Phường Ba Đình",
                     "Tỉnh, thành phố Hà Nội", "Tài khoản quản trị lan", "Ngày lập mã 05/03/2026",
                     CODE):
        assert expected in text


def test_the_sheet_says_how_to_keep_use_and_destroy_the_code():
    text = sheet_text(RecoverySheet("team", "Tổ hòa giải thôn Đông Hòa", "Phường Ba Đình",
                                    "Hà Nội", "lan", date(2026, 3, 5), CODE))
    assert "phong bì, dán kín, cất trong tủ có khóa của tổ, để riêng với máy tính xách tay" in text
    assert "Ai cầm được mã này đều mở được toàn bộ dữ liệu của tổ" in text
    assert "bấm “Quên mật khẩu?”" in text
    assert "Khi lập mã khôi phục mới" in text and "hủy tờ giấy này" in text


def test_a_receiving_unit_is_named_as_a_unit():
    text = sheet_text(RecoverySheet("receiver", "Công an phường Ba Đình", "Phường Ba Đình",
                                    "Hà Nội", "an", date(2026, 12, 31), CODE))
    assert "Đơn vị Công an phường Ba Đình" in text and "Ngày lập mã 31/12/2026" in text
    assert "tủ có khóa của đơn vị" in text
