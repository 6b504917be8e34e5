"""Vietnamese names of the report's indicators, as printed (the JSON keeps the English names)."""

MEDIATION = {
    "carried_over": "Vụ việc kỳ trước chuyển sang",
    "received": "Vụ việc tiếp nhận trong kỳ",
    "ended_successful": "Hòa giải thành",
    "ended_unsuccessful": "Hòa giải không thành",
    "out_of_scope": "Không thuộc phạm vi, đã hướng dẫn",
    "in_progress_end": "Đang hòa giải cuối kỳ",
    "escalated_violence": "Báo Chủ tịch UBND (nguy cơ bạo lực)",
    "escalated_violation": "Báo cơ quan có thẩm quyền (dấu hiệu vi phạm)",
    "written_agreements": "Văn bản hòa giải thành đã lập",
    "recognition_reminders": "Đã hướng dẫn yêu cầu Tòa án công nhận",
    "people_involved": "Số người tham gia trong các vụ đã kết thúc",
    "prolonged_in_progress": "Vụ việc phức tạp, kéo dài: quá thời hạn chưa kết thúc (*)",
    "repeated_disputes": "Vụ việc phức tạp, kéo dài: các bên trở lại trong 12 tháng (**)",
}
NOTES = {
    "tips_forwarded_to_police": "Tin báo đã chuyển Công an",
    "tips_confirmed_valuable": "Tin được Công an xác nhận có giá trị",
    "notes_public_order": "Trật tự công cộng", "notes_theft_property": "Trộm cắp, tài sản",
    "notes_drugs": "Ma túy", "notes_gambling": "Cờ bạc", "notes_social_evils": "Tệ nạn xã hội",
    "notes_domestic_violence": "Bạo lực gia đình", "notes_traffic_safety": "An toàn giao thông",
    "notes_fire_rescue": "Phòng cháy, cứu nạn", "notes_other": "Khác",
}
FIGURES = {
    "denunciation_reports": "Tố giác tội phạm (vụ)", "denunciation_subjects": "Tố giác (đối tượng)",
    "joint_handling_cases": "Phối hợp xử lý (vụ)", "joint_handling_subjects": "Phối hợp xử lý (đối tượng)",
    "wanted_persons_surrendered": "Vận động đối tượng truy nã ra đầu thú",
    "erred_people_active": "Người lầm lỗi đang giúp đỡ",
    "erred_people_completed": "Người lầm lỗi đã giúp đỡ xong",
    "erred_people_reintegrated": "Người lầm lỗi đã tái hòa nhập",
    "delinquent_youths_managed": "Thanh thiếu niên vi phạm được quản lý tại gia đình, cộng đồng",
    "patrols": "Tuần tra (lượt)", "patrol_participant_turns": "Người tham gia tuần tra (lượt người)",
    "propaganda_sessions": "Buổi tuyên truyền", "propaganda_attendance": "Người dự tuyên truyền",
    "self_management_models": "Mô hình tự quản", "self_management_members": "Thành viên mô hình tự quản",
    "households_total": "Tổng số hộ trên địa bàn",
    "households_pledged": "Hộ đăng ký \"An toàn về ANTT\"",
}
PLEDGED_SHARE = "Tỷ lệ hộ đăng ký \"An toàn về ANTT\" (%)"
# The commune's justice statistics (justice.py), in the words of Law 35/2013 and Decree 15/2014.
JUSTICE = {
    "teams": "Số tổ hòa giải",
    "mediators": "Số hòa giải viên",
    "female": "Trong đó: hòa giải viên nữ",
    "ethnic_minority": "Trong đó: hòa giải viên là người dân tộc thiểu số",
    "trained": "Hòa giải viên đã được tập huấn, bồi dưỡng",
    "received_total": "Tổng số vụ, việc tiếp nhận",
    "carried_over": "Kỳ trước chuyển sang",
    "received": "Mới tiếp nhận trong kỳ",
    "successful": "Số vụ, việc hòa giải thành",
    "unsuccessful": "Số vụ, việc hòa giải không thành",
    "out_of_scope": "Không thuộc phạm vi hòa giải (đã hướng dẫn các bên)",
    "in_progress_end": "Đang hòa giải",
    "success_rate": "Tỷ lệ hòa giải thành (%)",
}
UNKNOWN_FIELD = "Chưa xác định lĩnh vực"
