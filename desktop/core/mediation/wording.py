"""Vietnamese wording of case values, as printed in official documents and the log book."""

BASIS = {
    "PARTY_REQUEST": "Một bên hoặc các bên yêu cầu hòa giải",
    "MEDIATOR_WITNESSED": "Hòa giải viên trực tiếp chứng kiến hoặc biết vụ việc",
    "LEADER_ASSIGNED": "Tổ trưởng tổ hòa giải phân công",
    "PROPOSED_BY_AGENCY_OR_PERSON": "Đề nghị của cơ quan, tổ chức, cá nhân",
}
SCOPE_CATEGORY = {
    "EVERYDAY_CONFLICT": "Mâu thuẫn trong sinh hoạt",
    "CIVIL": "Tranh chấp dân sự",
    "MARRIAGE_FAMILY": "Hôn nhân và gia đình",
    "MINOR_VIOLATION": "Vi phạm pháp luật chưa đến mức xử lý",
    "CRIMINAL_EXEMPT": "Vi phạm hình sự được hòa giải",
    "ADMIN_EXEMPT": "Vi phạm hành chính được hòa giải",
    "OTHER_NOT_PROHIBITED": "Vụ việc khác không bị cấm",
}
SCOPE_SHORT = {
    "EVERYDAY_CONFLICT": "Sinh hoạt", "CIVIL": "Dân sự", "MARRIAGE_FAMILY": "Hôn nhân, gia đình",
    "MINOR_VIOLATION": "Vi phạm nhỏ", "CRIMINAL_EXEMPT": "Hình sự (miễn)",
    "ADMIN_EXEMPT": "Hành chính (miễn)", "OTHER_NOT_PROHIBITED": "Khác",
}
STATUS = {
    "RECEIVED": "Mới tiếp nhận", "ASSIGNED": "Đã phân công", "IN_PROGRESS": "Đang hòa giải",
    "ENDED": "Đã kết thúc", "OUT_OF_SCOPE": "Không thuộc phạm vi hòa giải",
}
END_REASON = {
    "AGREEMENT_REACHED": "Các bên đạt được thỏa thuận",
    "PARTY_REQUESTED_STOP": "Một bên hoặc các bên yêu cầu chấm dứt hòa giải",
    "MEDIATOR_ENDED_NO_PROSPECT": "Hòa giải viên quyết định kết thúc do không thể hòa giải được",
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
