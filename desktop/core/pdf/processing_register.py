"""The processing register (R-PRIV-10): what is kept, why, for whom, how long, how protected."""

from datetime import date

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.core.pdf.styles import GRID, escape_markup, render_pdf, styles
from desktop.core.text import format_document_date

# (activity, name, tables, purpose, retention rule); who receives each activity's data is read
# from the export profiles (privacy/recipients.py) and given to the builder.
MEDIATION, SECURITY, REGISTER, REPORTS = "mediation", "security", "register", "reports"
ACTIVITIES = [
    (MEDIATION, "Hòa giải ở cơ sở", "mediation_case, case_party, case_mediator, mediation_session",
     "Hòa giải mâu thuẫn, tranh chấp theo Luật Hòa giải ở cơ sở 2013; ghi sổ theo dõi",
     "MEDIATION_CASE"),
    (SECURITY, "Ghi nhận tình hình an ninh, trật tự", "observation_note",
     "Hỗ trợ Công an cấp xã nắm tình hình theo Luật 30/2023, Điều 7", "OBSERVATION_NOTE"),
    (REGISTER, "Danh sách tổ viên, tài khoản", "member, app_user", "Tổ chức hoạt động của tổ",
     None),
    (REPORTS, "Báo cáo tháng", "monthly_figure, month_closure, logbook_volume",
     "Báo cáo kết quả hoạt động của tổ", None),
    ("subjects", "Sự đồng ý, yêu cầu của chủ thể dữ liệu", "consent, subject_request",
     "Thực hiện Luật Bảo vệ dữ liệu cá nhân 91/2025", None),
]
# The data categories in words (the register is read by people, not by the database).
TABLE_WORDS = {
    "mediation_case": "Vụ việc hòa giải", "case_party": "Các bên, người có quyền lợi liên quan",
    "case_mediator": "Hòa giải viên của vụ việc", "mediation_session": "Buổi hòa giải",
    "observation_note": "Ghi chép an ninh, trật tự, tin báo", "member": "Tổ viên",
    "app_user": "Tài khoản người dùng", "monthly_figure": "Số liệu phong trào",
    "month_closure": "Số liệu tháng đã khóa sổ", "logbook_volume": "Quyển sổ theo dõi",
    "consent": "Sự đồng ý", "subject_request": "Yêu cầu của chủ thể dữ liệu",
}
MEASURES = [
    "Toàn bộ cơ sở dữ liệu mã hóa (SQLCipher 4, AES-256), khóa ngẫu nhiên 32 byte.",
    "Khóa được bảo vệ bằng mật khẩu từng người (Argon2id) và một mã khôi phục in giấy.",
    "Tự khóa khi không dùng; hạn chế số lần nhập sai mật khẩu.",
    "Phân quyền theo vai trò; ghi nhật ký mọi lần xem, sửa, xuất dữ liệu nhạy cảm; nhật ký "
    "chuỗi băm không sửa được.",
    "Mỗi bên nhận (Công an cấp xã, Ủy ban nhân dân cấp xã) nhận gói dữ liệu riêng, mã hóa (age) "
    "chỉ bên đó mở được và ký (Ed25519), chỉ gồm dữ liệu pháp luật cho phép gửi bên đó.",
    "Sao lưu được mã hóa; tài liệu PDF chỉ ghi ra tệp khi người dùng chọn.",
    # The 30 days are copies.BEFORE_PURGE_DAYS (a test holds the two together).
    "Hồ sơ hết thời hạn lưu hoặc được ẩn danh bị xóa hẳn khỏi tệp dữ liệu (cả chỉ mục tìm kiếm "
    "và nhật ký ghi), ở tổ và ở nơi nhận; bản sao lưu tạo ngay trước khi xóa chỉ giữ 30 ngày, "
    "sau đó bị xóa cùng mọi bản sao lưu cũ hơn.",
]


def build_processing_register_pdf(controller: str, place: str, counts: dict[str, tuple[int, int]],
                                  retention_months: dict[str, int], made_on: date,
                                  recipients: dict[str, str]) -> bytes:
    """counts: table → (sensitive columns, basic columns) from the classification registry;
    recipients: activity → who receives what of it."""
    s = styles()
    rows = [[Paragraph(f"<b>{title}</b>", s.cell) for title in (
        "Hoạt động xử lý", "Loại dữ liệu (số mục dữ liệu nhạy cảm / cơ bản)", "Mục đích",
        "Bên nhận",
        "Thời hạn lưu")]]
    for activity, name, tables, purpose, retention_key in ACTIVITIES:
        data = "; ".join(f"{TABLE_WORDS[t]}: {counts.get(t, (0, 0))[0]} / {counts.get(t, (0, 0))[1]}"
                         for t in (x.strip() for x in tables.split(",")))
        keep = (f"{retention_months[retention_key]} tháng" if retention_key else
                "Khi còn là tổ viên" if activity == REGISTER else "Theo quy định lưu trữ")
        rows.append([Paragraph(escape_markup(c).replace("\n", "<br/>"), s.cell)
                     for c in (name, data, purpose, recipients[activity], keep)])
    table = Table(rows, repeatRows=1, colWidths=[70, 105, 95, 180, 55])
    table.setStyle(TableStyle([*GRID, ("FONT", (0, 0), (-1, -1), s.cell.fontName, 8)]))
    story = [Paragraph("SỔ ĐĂNG KÝ HOẠT ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN", s.title),
             Paragraph(f"Bên kiểm soát dữ liệu: <b>{escape_markup(controller)}</b>, "
                       f"{escape_markup(place)}", s.body),
             Paragraph(f"Lập {format_document_date(made_on)}.", s.body), Spacer(1, 8), table,
             Paragraph("Biện pháp bảo vệ", s.heading),
             *[Paragraph(f"- {escape_markup(m)}", s.body) for m in MEASURES]]
    return render_pdf(story, title="Sổ đăng ký hoạt động xử lý dữ liệu cá nhân")
