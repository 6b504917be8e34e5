"""Who receives each category of the team's data, read from the export profiles (R-PRIV-10):
the processing register's "Bên nhận" column is generated here, never written by hand."""

from db.export_profiles import COMMUNE, POLICE, PROFILES

DESK_TITLES = {POLICE: "Công an cấp xã", COMMUNE: "Ủy ban nhân dân cấp xã"}
# The processing activities of the register (pdf/processing_register.py names them too).
MEDIATION, SECURITY, REGISTER, REPORTS = "mediation", "security", "register", "reports"
# Each category a profile can carry: the processing activity it belongs to, in the register's words.
CATEGORY_WORDS = {
    "case_in_full:risk_of_violence": (
        MEDIATION, "vụ việc có nguy cơ bạo lực (Luật Hòa giải ở cơ sở, Điều 10 khoản 4), đầy đủ "
                   "kèm thông tin các bên"),
    "case_in_full:signs_of_violation": (
        MEDIATION, "vụ việc có dấu hiệu vi phạm pháp luật (Điều 10 khoản 5), đầy đủ kèm thông "
                   "tin các bên"),
    "case_frame": (MEDIATION, "mọi vụ việc khác, chỉ số, ngày, lĩnh vực, kết quả; không kèm danh "
                              "tính, nội dung"),
    "notes": (SECURITY, "tin báo đã báo Công an, đầy đủ (không kèm tên nguồn tin được bảo vệ); "
                        "ghi chép khác chỉ loại, ngày, địa bàn"),
    "movement_figures": (REPORTS, "số liệu phong trào nhập tay"),
    "register_figures": (REGISTER, "số hòa giải viên (nữ, dân tộc thiểu số, đã tập huấn), không "
                                   "kèm tên"),
    "volumes": (REPORTS, "quyển sổ theo dõi mở, khóa"),
    "summary:mediation": (REPORTS, "số liệu tổng hợp hòa giải của tháng"),
    "summary:by_scope_category": (REPORTS, "số liệu hòa giải theo lĩnh vực"),
    "summary:notes": (REPORTS, "số liệu tổng hợp ghi chép an ninh, trật tự"),
    "summary:figures": (REPORTS, "số liệu phong trào"),
}
NOT_SENT = "Không chuyển ra ngoài"


def recipients_of(activity: str) -> str:
    """Each desk that receives something of `activity`, and what, from its profile."""
    parts = []
    for profile in PROFILES.values():
        words = [CATEGORY_WORDS[category][1] for category in profile.categories
                 if CATEGORY_WORDS[category][0] == activity]
        if words:
            parts.append(f"{DESK_TITLES[profile.recipient]}: " + "; ".join(words))
    return "\n".join(parts) or NOT_SENT  # one desk per line
