"""Vietnamese wording of case values, as printed in official documents and the log book."""

BASIS = {
    "PARTY_REQUEST": "Một bên hoặc các bên yêu cầu hòa giải",
    "MEDIATOR_WITNESSED": "Hòa giải viên trực tiếp chứng kiến hoặc biết vụ việc",
    "LEADER_ASSIGNED": "Tổ trưởng tổ hòa giải phân công",
    "PROPOSED_BY_AGENCY_OR_PERSON": "Đề nghị của cơ quan, tổ chức, cá nhân",
}
# Decree 15/2014 Art. 5(1) a–g, in its words (shortened only where the decree lists examples).
SCOPE_CATEGORY = {
    "EVERYDAY_CONFLICT": "Mâu thuẫn giữa các bên",
    "CIVIL": "Tranh chấp phát sinh từ quan hệ dân sự",
    "MARRIAGE_FAMILY": "Tranh chấp phát sinh từ quan hệ hôn nhân và gia đình",
    "MINOR_VIOLATION": "Vi phạm pháp luật chưa đến mức bị truy cứu trách nhiệm hình sự hoặc bị "
                       "xử lý vi phạm hành chính",
    "CRIMINAL_EXEMPT": "Vi phạm pháp luật hình sự thuộc trường hợp được hòa giải",
    "ADMIN_EXEMPT": "Vi phạm pháp luật bị xử lý vi phạm hành chính thuộc trường hợp được hòa giải",
    "OTHER_NOT_PROHIBITED": "Những vụ, việc khác mà pháp luật không cấm",
}
# The same, short enough for a chart or a column heading; the point of Art. 5(1) says which.
SCOPE_SHORT = {
    "EVERYDAY_CONFLICT": "Mâu thuẫn (điểm a)", "CIVIL": "Dân sự (điểm b)",
    "MARRIAGE_FAMILY": "Hôn nhân, gia đình (điểm c)",
    "MINOR_VIOLATION": "Vi phạm chưa đến mức xử lý (điểm d)",
    "CRIMINAL_EXEMPT": "Vi phạm hình sự (điểm đ)", "ADMIN_EXEMPT": "Vi phạm hành chính (điểm e)",
    "OTHER_NOT_PROHIBITED": "Vụ, việc khác (điểm g)",
}
STATUS = {
    "RECEIVED": "Mới tiếp nhận", "ASSIGNED": "Đã phân công", "IN_PROGRESS": "Đang hòa giải",
    "ENDED": "Đã kết thúc", "OUT_OF_SCOPE": "Không thuộc phạm vi hòa giải",
}
# Law 35/2013 Art. 23, in its words.
END_REASON = {
    "AGREEMENT_REACHED": "Các bên đạt được thỏa thuận",
    "PARTY_REQUESTED_STOP": "Một bên hoặc các bên yêu cầu chấm dứt hòa giải",
    "MEDIATOR_ENDED_NO_PROSPECT": "Hòa giải viên quyết định kết thúc hòa giải khi các bên không "
                                  "thể đạt được thỏa thuận và việc tiếp tục hòa giải cũng không "
                                  "thể đạt được kết quả",
}
RESULT = {"SUCCESSFUL": "Hòa giải thành", "UNSUCCESSFUL": "Hòa giải không thành"}
PARTY_KIND = {
    "INDIVIDUAL": "Cá nhân", "GROUP": "Nhóm cá nhân", "FAMILY": "Gia đình",
    "GROUP_OF_FAMILIES": "Nhóm gia đình", "ORGANISATION": "Tổ chức",
}
EXCLUSION = {
    "HARMS_STATE_OR_PUBLIC_INTEREST": "Xâm phạm lợi ích của Nhà nước, lợi ích công cộng",
    "FAMILY_VIOLATION_FOR_STATE": "Vi phạm hôn nhân, gia đình phải do cơ quan nhà nước giải quyết",
    "ILLEGAL_OR_UNETHICAL_TRANSACTION": "Giao dịch dân sự vi phạm điều cấm, trái đạo đức xã hội",
    "MUST_BE_PROSECUTED_OR_SANCTIONED": "Phải truy cứu trách nhiệm hình sự hoặc xử lý hành chính",
    "COMMERCIAL_OR_LABOUR": "Tranh chấp thương mại hoặc lao động",
}
IMPLEMENTATION = {
    "NOT_STARTED": "Chưa thực hiện", "IN_PROGRESS": "Đang thực hiện", "DONE": "Đã thực hiện xong",
    "NOT_COMPLIED": "Không thực hiện",
}
