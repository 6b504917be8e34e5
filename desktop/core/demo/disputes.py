"""The disputes of the demonstration data, each with the agreements and demands that answer it.

Each dispute has four agreements and two sets of demands, as the single lists before it had:
a seeded generator draws the same numbers from lists of the same lengths, so the same seed
still gives the same cases (tests and benchmarks count on the figures).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Agreement:
    """What the parties agreed, how it is carried out, and within how many days (None: at
    once and for good, with no day set)."""

    text: str
    method: str
    days: int | None


@dataclass(frozen=True)
class Dispute:
    text: str
    agreements: tuple[Agreement, Agreement, Agreement, Agreement]
    demands: tuple[str, str]


KEPT_APART = "Các bên giữ nguyên ý kiến"

DISPUTES = {
    "EVERYDAY_CONFLICT": (
        Dispute("Tranh chấp lối đi chung giữa hai hộ liền kề", (
            Agreement("Hai bên thống nhất mở lại lối đi chung rộng 1,5 mét theo hiện trạng cũ",
                      "Hộ xây tường tự tháo dỡ phần tường lấn ra lối đi; hai hộ cùng đổ lại nền", 15),
            Agreement("Hai bên giữ lối đi chung thông thoáng, không để vật dụng cản trở",
                      "Mỗi hộ tự dọn vật dụng của mình khỏi lối đi; Tổ hòa giải kiểm tra lại", 7),
            Agreement("Hai bên cùng lát lại lối đi chung, chi phí mỗi bên một nửa",
                      "Mỗi hộ góp 3.000.000 đồng, giao trưởng thôn giữ để thuê thợ", 30),
            Agreement("Hộ phía trong được đi qua đất hộ phía ngoài theo lối rộng 1,2 mét",
                      "Hai bên ký xác nhận vị trí lối đi có trưởng thôn chứng kiến", 10)),
            ("Hộ phía trong yêu cầu mở lối đi rộng 2 mét; hộ phía ngoài chỉ đồng ý 1 mét",
             "Hai bên giữ nguyên ý kiến về chỗ lối đi")),
        Dispute("Mâu thuẫn do tiếng ồn sinh hoạt vào ban đêm", (
            Agreement("Các bên cam kết giữ trật tự sau 22 giờ",
                      "Hộ có loa karaoke chỉ hát trước 22 giờ và vặn nhỏ âm lượng", None),
            Agreement("Hộ kinh doanh chuyển máy xay xát vào trong nhà, không chạy máy sau 21 giờ",
                      "Hộ kinh doanh tự chuyển máy và làm vách cách âm", 20),
            Agreement("Các hộ không mở nhạc to vào giờ nghỉ trưa và sau 22 giờ",
                      "Các hộ tự giác thực hiện; Tổ hòa giải nhắc nhở khi có phản ánh", None),
            Agreement("Hộ nuôi chó làm chuồng phía sau nhà để chó không sủa gây ồn ban đêm",
                      "Hộ nuôi chó tự làm chuồng và nhốt chó từ 22 giờ", 10)),
            ("Hộ bị ảnh hưởng yêu cầu thôi hát karaoke; hộ kia chỉ đồng ý vặn nhỏ âm lượng",
             KEPT_APART)),
        Dispute("Nước thải chảy sang đất nhà bên cạnh", (
            Agreement("Hộ gây nước thải làm lại rãnh thoát nước dẫn ra cống chung",
                      "Hộ gây nước thải tự chịu chi phí xây rãnh có nắp đậy", 30),
            Agreement("Hai hộ cùng đặt đường ống thoát nước chung, chi phí chia đôi",
                      "Mỗi hộ góp một nửa chi phí; thợ do hai bên cùng chọn", 45),
            Agreement("Hộ chăn nuôi xây bể chứa chất thải, không để nước thải tràn sang",
                      "Hộ chăn nuôi xây bể biogas và nạo vét rãnh", 60),
            Agreement("Hộ gây nước thải bồi thường 1.500.000 đồng hoa màu bị hư hại và nạo vét rãnh",
                      "Trả một lần bằng tiền mặt có trưởng thôn chứng kiến", 15)),
            ("Hộ bị ảnh hưởng yêu cầu bồi thường; hộ gây nước thải không đồng ý",
             "Hai bên giữ nguyên ý kiến về đường thoát nước")),
        Dispute("Vật nuôi gây hư hại hoa màu", (
            Agreement("Chủ đàn gà bồi thường 800.000 đồng rau màu bị hư hại",
                      "Trả một lần bằng tiền mặt tại nhà văn hóa thôn", 7),
            Agreement("Chủ vật nuôi làm chuồng, không thả rông gà vịt",
                      "Chủ vật nuôi làm chuồng và nhốt đàn gà", 10),
            Agreement("Chủ trâu bồi thường 2.000.000 đồng lúa bị trâu phá",
                      "Trả làm hai lần, mỗi lần 1.000.000 đồng", 60),
            Agreement("Hai bên cùng rào lại ranh giới vườn để vật nuôi không sang được",
                      "Chủ vật nuôi chịu tiền lưới, hộ kia góp công", 20)),
            ("Chủ ruộng yêu cầu bồi thường toàn bộ; chủ vật nuôi chỉ nhận bồi thường một phần",
             KEPT_APART)),
    ),
    "CIVIL": (
        Dispute("Tranh chấp ranh giới đất vườn", (
            Agreement("Cắm lại mốc ranh giới theo bản đồ địa chính",
                      "Hai bên cùng công chức địa chính cấp xã cắm lại mốc", 30),
            Agreement("Hộ lấn đất trả lại dải đất rộng 0,5 mét theo mốc cũ",
                      "Hộ lấn đất dỡ hàng rào và dựng lại đúng mốc", 30),
            Agreement("Hai bên lấy bức tường hiện có làm ranh giới",
                      "Hai bên ký xác nhận ranh giới có trưởng thôn chứng kiến", 10),
            Agreement("Hai bên cùng đề nghị đo đạc lại thửa đất, chi phí chia đôi",
                      "Mỗi bên nộp một nửa phí đo đạc", 90)),
            ("Mỗi bên cho rằng dải đất rộng 0,5 mét là của mình",
             "Một bên yêu cầu đo đạc lại, bên kia không đồng ý")),
        Dispute("Vay mượn tiền không trả đúng hẹn", (
            Agreement("Bên vay trả dần mỗi tháng 2.000.000 đồng đến khi hết nợ",
                      "Trả tiền mặt vào ngày 10 hằng tháng, hai bên ký sổ nhận tiền", 300),
            Agreement("Bên vay trả 15.000.000 đồng còn nợ, bên cho vay không tính lãi",
                      "Trả một lần bằng chuyển khoản", 60),
            Agreement("Bên vay trả 20.000.000 đồng tiền gốc và 5.000.000 đồng tiền lãi",
                      "Trả làm hai lần, mỗi lần một nửa", 120),
            Agreement("Bên vay trả nợ bằng 2 tấn thóc thay cho 16.000.000 đồng",
                      "Giao thóc tại nhà bên cho vay sau vụ gặt", 90)),
            ("Bên cho vay yêu cầu trả cả gốc và lãi; bên vay chỉ đồng ý trả gốc",
             "Bên vay xin gia hạn, bên cho vay không đồng ý")),
        Dispute("Tranh chấp quyền sử dụng giếng nước chung", (
            Agreement("Hai hộ tiếp tục dùng chung giếng, lấy nước theo giờ đã thống nhất",
                      "Hộ thứ nhất lấy nước buổi sáng, hộ thứ hai buổi chiều", None),
            Agreement("Hai hộ cùng nạo vét và xây lại thành giếng, chi phí mỗi hộ một nửa",
                      "Mỗi hộ góp 2.500.000 đồng; thuê thợ nạo vét trước mùa khô", 30),
            Agreement("Hộ có giếng trên đất để hộ kia tiếp tục lấy nước; hộ kia góp tiền điện máy bơm",
                      "Hộ lấy nước trả 50.000 đồng tiền điện mỗi tháng", None),
            Agreement("Hai hộ lắp đồng hồ nước riêng trên đường ống từ giếng chung",
                      "Mỗi hộ tự mua và lắp đồng hồ nước", 20)),
            ("Hộ có giếng trên đất không cho hộ kia lấy nước; hộ kia yêu cầu được dùng như trước",
             "Hai hộ không thống nhất việc chia chi phí sửa giếng")),
        Dispute("Chia thừa kế nhà đất của cha mẹ", (
            Agreement("Người con út ở nhà thờ và thanh toán phần thừa kế cho các anh chị",
                      "Người con út trả mỗi anh chị 50.000.000 đồng, chia làm hai lần", 180),
            Agreement("Chia thửa đất làm ba phần bằng nhau cho ba anh em",
                      "Các anh em cùng làm thủ tục tách thửa", 120),
            Agreement("Giữ nguyên nhà đất làm nơi thờ cúng, không chia",
                      "Các anh em cùng ký văn bản thỏa thuận và chứng thực tại UBND cấp xã", 60),
            Agreement("Bán nhà đất, chia đều tiền cho các đồng thừa kế",
                      "Các đồng thừa kế cùng ký hợp đồng bán và chia tiền ngay khi nhận", 180)),
            ("Người con trưởng yêu cầu giữ toàn bộ nhà đất; các em yêu cầu chia đều",
             "Các bên giữ nguyên ý kiến về phần được chia")),
    ),
    "MARRIAGE_FAMILY": (
        Dispute("Mâu thuẫn vợ chồng về chi tiêu gia đình", (
            Agreement("Vợ chồng lập sổ thu chi chung, bàn bạc trước các khoản chi lớn",
                      "Hai vợ chồng cùng ghi sổ hằng tuần", None),
            Agreement("Người chồng không uống rượu, đưa thu nhập hằng tháng cho vợ quản lý",
                      "Đưa tiền vào ngày nhận lương; Tổ hòa giải thăm lại sau một tháng", 30),
            Agreement("Vợ chồng dành một khoản tiết kiệm chung cho việc học của con",
                      "Mỗi tháng gửi 1.000.000 đồng vào sổ tiết kiệm", None),
            Agreement("Hai vợ chồng đoàn tụ, không to tiếng trước mặt con cái",
                      "Thực hiện ngay; Tổ hòa giải thăm lại sau hai tuần", 14)),
            ("Người vợ muốn ly hôn, người chồng không đồng ý",
             "Hai vợ chồng giữ nguyên ý kiến về chi tiêu")),
        Dispute("Anh em tranh chấp việc phụng dưỡng mẹ già", (
            Agreement("Các con thay nhau đón mẹ về ở, mỗi người ba tháng",
                      "Người con cả đón mẹ trước, lần lượt theo thứ tự tuổi", None),
            Agreement("Mỗi người con góp 1.000.000 đồng mỗi tháng để phụng dưỡng mẹ",
                      "Góp vào ngày 5 hằng tháng; người con út giữ và chi", None),
            Agreement("Người con út ở cùng chăm sóc mẹ, các anh chị góp tiền thuốc men",
                      "Các anh chị góp mỗi người 500.000 đồng mỗi tháng", None),
            Agreement("Các con cùng sửa lại nhà cho mẹ ở, chi phí chia đều",
                      "Mỗi người góp đủ phần tiền trước khi khởi công", 60)),
            ("Người con trai cho rằng các chị đã lấy chồng cũng phải góp; các chị không đồng ý",
             KEPT_APART)),
        Dispute("Mâu thuẫn mẹ chồng nàng dâu", (
            Agreement("Mẹ chồng và con dâu tôn trọng nhau, không to tiếng",
                      "Người con trai làm cầu nối; Tổ hòa giải thăm lại sau một tháng", 30),
            Agreement("Vợ chồng người con ra ở riêng trên phần đất cha mẹ cho",
                      "Cha mẹ làm thủ tục tặng cho phần đất; vợ chồng người con tự xây nhà", 180),
            Agreement("Hai thế hệ chia việc nhà và bếp núc riêng",
                      "Thực hiện ngay từ ngày ký", None),
            Agreement("Con dâu tự quyết việc nuôi dạy con, mẹ chồng góp ý nhẹ nhàng",
                      "Các bên tự giác thực hiện", None)),
            ("Con dâu muốn ra ở riêng, mẹ chồng không đồng ý", KEPT_APART)),
    ),
    "MINOR_VIOLATION": (
        Dispute("Xô xát nhẹ giữa hai thanh niên trong thôn", (
            Agreement("Hai bên xin lỗi nhau; bên gây thương tích trả 1.500.000 đồng tiền thuốc",
                      "Trả một lần tại nhà văn hóa thôn, có gia đình hai bên", 7),
            Agreement("Hai thanh niên cam kết không tái phạm, gia đình quản lý con em",
                      "Gia đình hai bên ký cam kết với Tổ hòa giải", None),
            Agreement("Bên gây xô xát bồi thường chiếc điện thoại bị vỡ 3.000.000 đồng",
                      "Trả làm hai lần, lần đầu ngay khi ký", 30),
            Agreement("Hai bên bắt tay làm hòa, không đòi bồi thường",
                      "Thực hiện ngay", None)),
            ("Bên bị thương yêu cầu bồi thường 5.000.000 đồng; bên kia chỉ đồng ý 1.000.000 đồng",
             KEPT_APART)),
        Dispute("Lấn chiếm vỉa hè trước cửa nhà hàng xóm", (
            Agreement("Hộ kinh doanh dọn hàng hóa khỏi phần vỉa hè trước cửa nhà hàng xóm",
                      "Hộ kinh doanh tự dọn; tổ trưởng tổ dân phố kiểm tra lại", 3),
            Agreement("Hộ kinh doanh chỉ bày hàng trước cửa nhà mình, chừa lối đi 1 mét",
                      "Kẻ vạch trên vỉa hè có tổ trưởng tổ dân phố chứng kiến", 7),
            Agreement("Hộ để xe máy dắt xe vào trong, không để xe chắn cửa nhà bên cạnh",
                      "Thực hiện ngay từ ngày ký", None),
            Agreement("Hộ làm mái che tháo phần mái lấn sang nhà bên cạnh",
                      "Hộ làm mái che tự tháo dỡ và chịu chi phí", 15)),
            ("Hộ bị lấn chiếm yêu cầu dọn hết; hộ kinh doanh xin giữ một phần", KEPT_APART)),
    ),
    "OTHER_NOT_PROHIBITED": (
        Dispute("Tranh chấp tiền góp họ giữa các hộ", (
            Agreement("Chủ họ trả lại tiền góp cho các hộ chưa nhận họ",
                      "Trả dần mỗi tháng 3.000.000 đồng, chia đều cho các hộ", 240),
            Agreement("Các hộ dừng chơi họ, quyết toán theo sổ ghi chép",
                      "Các hộ cùng đối chiếu sổ tại nhà văn hóa và thanh toán phần chênh lệch", 30),
            Agreement("Hộ đã nhận họ tiếp tục góp đủ các kỳ còn lại",
                      "Góp cho chủ họ vào ngày 15 hằng tháng", 180),
            Agreement("Chủ họ trả 10.000.000 đồng cho hộ chưa nhận họ",
                      "Trả một lần bằng chuyển khoản", 45)),
            ("Các hộ yêu cầu chủ họ trả ngay toàn bộ; chủ họ xin trả dần",
             "Chủ họ và các hộ không thống nhất số tiền còn nợ")),
    ),
}
