<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="58"/>
        <source>Add user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="64"/>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="65"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="66"/>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="68"/>
        <source>R&amp;epeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="117"/>
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="118"/>
        <source>The team leader or unit administrator signs in with this account.</source>
        <translation>Tổ trưởng hoặc người quản trị của đơn vị đăng nhập bằng tài khoản này.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="127"/>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="128"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="129"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="130"/>
        <source>&amp;Repeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="147"/>
        <source>Creating the encrypted database…</source>
        <translation>Đang tạo cơ sở dữ liệu mã hóa…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/gui/application.py" line="147"/>
        <source>The chosen backup is back in place; the data it replaced is kept as a new backup, so this can be undone in Settings. Sign in again.</source>
        <translation>Bản sao lưu đã chọn đã được đưa vào dùng; dữ liệu bị thay thế được giữ thành một bản sao lưu mới, nên có thể hoàn tác trong phần Cài đặt. Hãy đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="34"/>
        <source>Backups (encrypted)</source>
        <translation>Sao lưu (đã mã hóa)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="37"/>
        <source>Made</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="37"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="37"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="38"/>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="128"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="39"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="40"/>
        <source>C&amp;heck the backups</source>
        <translation>&amp;Kiểm tra các bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="41"/>
        <source>&amp;Restore…</source>
        <translation>Khôi &amp;phục…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="42"/>
        <source>Back up to a &amp;USB stick…</source>
        <translation>Sao lưu ra &amp;USB…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="44"/>
        <source>One encrypted file holding all the team&apos;s data, for a stick kept away from this laptop: a new computer can be set up from it with a password or the recovery code.</source>
        <translation>Một tệp mã hóa chứa toàn bộ dữ liệu của tổ, để lưu trên USB cất xa máy này: có thể cài máy mới từ tệp này bằng mật khẩu hoặc mã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="74"/>
        <source>Last backup taken off this laptop: %1</source>
        <translation>Bản sao lưu gần nhất ra khỏi máy: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="76"/>
        <source>No backup has been taken off this laptop yet.</source>
        <translation>Chưa có bản sao lưu nào được đưa ra khỏi máy này.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="80"/>
        <source>Choose the USB stick (or a folder on it)</source>
        <translation>Chọn USB (hoặc một thư mục trên USB)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="86"/>
        <source>Writing the backup to the stick and checking it…</source>
        <translation>Đang ghi bản sao lưu ra USB và kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="89"/>
        <source> Older copies removed from it: %1.</source>
        <translation> Đã xóa %1 bản cũ trên USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="91"/>
        <source>Backup to a USB stick</source>
        <translation>Sao lưu ra USB</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="92"/>
        <source>The backup file %1 was written to %2, read back and verified: it is complete and opens with the team&apos;s passwords or the recovery code. It holds everything up to %3. Keep the stick away from this laptop.%4</source>
        <translation>Đã ghi tệp sao lưu %1 vào %2, đọc lại và kiểm tra: tệp đầy đủ, mở được bằng mật khẩu của tổ hoặc mã khôi phục. Tệp chứa mọi dữ liệu đến %3. Hãy cất USB xa máy tính này.%4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="100"/>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="100"/>
        <source>on request</source>
        <translation>theo yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="101"/>
        <source>before an update</source>
        <translation>trước khi cập nhật</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="102"/>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="103"/>
        <source>before erasing old records</source>
        <translation>trước khi xóa hồ sơ hết hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="104"/>
        <source>damaged database, kept</source>
        <translation>dữ liệu bị hỏng, được giữ lại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="105"/>
        <source>before a key change</source>
        <translation>trước khi đổi khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="106"/>
        <source>after a key change</source>
        <translation>sau khi đổi khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="129"/>
        <source>All %1 backups open with this installation&apos;s key and every page checks.</source>
        <translation>Cả %1 bản sao lưu đều mở được bằng khóa của máy này và mọi trang đều hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="131"/>
        <source>Damaged backups: %1. The others are sound.</source>
        <translation>Bản sao lưu bị hỏng: %1. Các bản còn lại đều tốt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="136"/>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="140"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="137"/>
        <source>Choose a backup in the list first.</source>
        <translation>Hãy chọn một bản sao lưu trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="141"/>
        <source>Put the backup made %1 in place of the current data? TuQuan locks; the current data is kept as a backup first, so this can be undone.</source>
        <translation>Đưa bản sao lưu làm lúc %1 vào thay dữ liệu hiện tại? Tự Quản sẽ khóa; dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="24"/>
        <source>Save this installation&apos;s card…</source>
        <translation>Lưu thẻ khóa của máy này…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="36"/>
        <source>This installation&apos;s card: %1 — fingerprint %2</source>
        <translation>Thẻ khóa của máy này: %1 — mã đối chiếu khóa %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="50"/>
        <source>Save the card</source>
        <translation>Lưu thẻ khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="51"/>
        <source>Key cards (*.card)</source>
        <translation>Thẻ khóa (*.card)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="57"/>
        <source>Card saved</source>
        <translation>Đã lưu thẻ khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="58"/>
        <source>The card was written to %1.

Give it to the other side and read them this fingerprint:

%2</source>
        <translation>Đã ghi thẻ khóa vào %1.

Hãy đưa thẻ cho bên kia và đọc cho họ mã đối chiếu khóa này:

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="67"/>
        <source>Open a key card</source>
        <translation>Mở thẻ khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="68"/>
        <source>Key cards (*.card);;All files (*)</source>
        <translation>Thẻ khóa (*.card);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="75"/>
        <source>Enrol a card</source>
        <translation>Đăng ký thẻ khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="76"/>
        <source>%1 (%2)

Fingerprint: %3

Does it match, character for character, what the other side reads out to you?</source>
        <translation>%1 (%2)

Mã đối chiếu khóa: %3

Mã này có khớp từng ký tự với mã bên kia đọc cho bạn không?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="97"/>
        <source>Replace a key</source>
        <translation>Thay khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="98"/>
        <source>%1 already has an enrolled key (fingerprint %2).

Replace it with the key of this card? Do so only if they told you they changed their key: the old key is revoked, and bundles signed with it are refused from now on.</source>
        <translation>%1 đã có một khóa được ghi nhận (mã đối chiếu khóa %2).

Thay bằng khóa của thẻ này? Chỉ làm vậy nếu bên kia đã báo là họ đổi khóa: khóa cũ sẽ bị thu hồi, và từ nay các gói ký bằng khóa cũ sẽ bị từ chối.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="63"/>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="219"/>
        <source>New case</source>
        <translation>Vụ việc mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="74"/>
        <source>&amp;1 Intake</source>
        <translation>&amp;1 Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="75"/>
        <source>&amp;2 Parties</source>
        <translation>&amp;2 Các bên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="76"/>
        <source>&amp;3 Progress</source>
        <translation>&amp;3 Tiến trình</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="77"/>
        <source>&amp;4 Outcome</source>
        <translation>&amp;4 Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="82"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="188"/>
        <source>not ended after %1 days</source>
        <translation>chưa kết thúc sau %1 ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="190"/>
        <source>the same parties as an earlier case within a year (%1)</source>
        <translation>cùng các bên với vụ việc trước đó trong vòng một năm (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="192"/>
        <source>Complicated or prolonged dispute: %1</source>
        <translation>Vụ việc phức tạp, kéo dài: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="201"/>
        <source> (replaced)</source>
        <translation> (đã thay)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="202"/>
        <source> — invited</source>
        <translation> — người được mời</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="346"/>
        <source>Unsaved changes</source>
        <translation>Chưa lưu thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="346"/>
        <source>Save the changes to this case?</source>
        <translation>Lưu các thay đổi của vụ việc này?</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="23"/>
        <source>Case no.</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="23"/>
        <source>First party</source>
        <translation>Bên thứ nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="23"/>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="24"/>
        <source>Hamlet</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="24"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="24"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="24"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="25"/>
        <source>Mediators</source>
        <translation>Hòa giải viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="25"/>
        <source>Escalated</source>
        <translation>Đã thông báo</translation>
    </message>
</context>
<context>
    <name>CaseWindows</name>
    <message>
        <location filename="../../desktop/gui/case_windows.py" line="82"/>
        <source>Written agreement %1</source>
        <translation>Văn bản hòa giải thành %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_windows.py" line="88"/>
        <source>Log book %1</source>
        <translation>Sổ hòa giải năm %1</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="43"/>
        <source>Search: case number, names, address, content (marks optional)</source>
        <translation>Tìm: số vụ việc, họ tên, địa chỉ, nội dung (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="46"/>
        <source>Search cases</source>
        <translation>Tìm vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="48"/>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="49"/>
        <source>Category filter</source>
        <translation>Lọc theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="50"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="51"/>
        <source>All categories</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="56"/>
        <source>Hamlet</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="57"/>
        <source>Mediator</source>
        <translation>Hòa giải viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="59"/>
        <source>Received from</source>
        <translation>Nhận từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="60"/>
        <source>Received until</source>
        <translation>Nhận đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="61"/>
        <source>&amp;Escalated only</source>
        <translation>Chỉ vụ việc đã &amp;thông báo theo Điều 10</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="71"/>
        <source>Log book year</source>
        <translation>Năm của sổ hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="82"/>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="64"/>
        <source>&amp;New case…</source>
        <translation>Vụ việc &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="69"/>
        <source>&amp;Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="74"/>
        <source>&amp;Log book…</source>
        <translation>&amp;Sổ hòa giải…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="113"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="113"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/cases_page.py" line="139"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="208"/>
        <source>All hamlets</source>
        <translation>Mọi thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="209"/>
        <source>All mediators</source>
        <translation>Mọi hòa giải viên</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="74"/>
        <source>Change password for %s</source>
        <translation>Đổi mật khẩu cho %s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="76"/>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="77"/>
        <source>R&amp;epeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>CommunePicker</name>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="20"/>
        <source>Type a commune or province, e.g. ba dinh ha noi</source>
        <translation>Gõ tên xã/phường hoặc tỉnh, ví dụ: ba dinh ha noi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="21"/>
        <source>Search communes</source>
        <translation>Tìm xã/phường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="23"/>
        <source>Matching communes</source>
        <translation>Các xã/phường phù hợp</translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="72"/>
        <source>Months shown</source>
        <translation>Số tháng hiển thị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="76"/>
        <source>Bundles received per team and month</source>
        <translation>Gói dữ liệu đã nhận theo tổ và tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="77"/>
        <source>✓ received (L: after the 10th of the next month)   G after a gap   ✗ missing   · not due yet   F contradicting bundle refused</source>
        <translation>✓ đã nhận (L: nhận sau ngày 10 tháng sau)   G nhận khi còn thiếu gói trước   ✗ chưa nhận   · chưa đến hạn   F gói mâu thuẫn đã bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="81"/>
        <source>Months:</source>
        <translation>Số tháng:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="95"/>
        <source> (revoked)</source>
        <translation> (đã thu hồi khóa)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="68"/>
        <source>Team register warnings</source>
        <translation>Cảnh báo về danh sách tổ viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="71"/>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="78"/>
        <source>Today&apos;s work</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="73"/>
        <source>Nothing waiting today.</source>
        <translation>Hôm nay không có việc cần làm.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="107"/>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="109"/>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="144"/>
        <source>Commune People&apos;s Committee</source>
        <translation>Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="110"/>
        <source>Police unit</source>
        <translation>Đơn vị Công an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="143"/>
        <source>Commune police</source>
        <translation>Công an cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="149"/>
        <source>No backup has been made yet</source>
        <translation>Chưa có bản sao lưu nào</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="151"/>
        <source>The team&apos;s data has never been backed up to a USB stick</source>
        <translation>Dữ liệu của tổ chưa từng được sao lưu ra USB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="153"/>
        <source>%n case(s) waiting for a mediator</source>
        <translation>
            <numerusform>%n vụ việc chờ phân công hòa giải viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="155"/>
        <source>%n case(s) without a first session more than 3 days after the assignment</source>
        <translation>
            <numerusform>%n vụ việc đã phân công quá 3 ngày mà chưa tiến hành hòa giải</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="157"/>
        <source>%n agreement(s) near the last day to ask a court to recognise them</source>
        <translation>
            <numerusform>%n vụ hòa giải thành sắp hết hạn yêu cầu Tòa án công nhận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="158"/>
        <source>%n agreement(s) due for a follow-up</source>
        <translation>
            <numerusform>%n vụ hòa giải thành đến hạn theo dõi việc thực hiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="159"/>
        <source>%n data subject request(s) near their due date</source>
        <translation>
            <numerusform>%n yêu cầu của chủ thể dữ liệu sắp đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="161"/>
        <source>%n month(s) whose report is not closed</source>
        <translation>
            <numerusform>%n tháng chưa khóa sổ báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="162"/>
        <source>%1: the bundle for %2 is not made yet</source>
        <translation>%1: chưa lập gói báo cáo tháng %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="163"/>
        <source>%1: %n bundle(s) not written to a USB stick</source>
        <translation>
            <numerusform>%1: %n gói chưa chép ra USB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="164"/>
        <source>%1: %n bundle(s) sent, no receipt yet</source>
        <translation>
            <numerusform>%1: %n gói đã gửi, chưa có biên nhận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="165"/>
        <source>%n team(s) have not sent the bundle for %2</source>
        <translation>
            <numerusform>%n tổ chưa gửi gói báo cáo tháng %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="166"/>
        <source>%n team(s) with a bundle missing in their sequence</source>
        <translation>
            <numerusform>%n tổ còn thiếu gói giữa chừng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="169"/>
        <source>%n team(s) sent a bundle contradicting their earlier ones</source>
        <translation>
            <numerusform>%n tổ gửi gói mâu thuẫn với các gói trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="170"/>
        <source>%n escalated item(s) not viewed yet</source>
        <translation>
            <numerusform>%n vụ việc, ghi chép chuyển đến chưa xem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="171"/>
        <source>The last backup is %n day(s) old</source>
        <translation>
            <numerusform>Bản sao lưu gần nhất đã cách đây %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="172"/>
        <source>The last backup to a USB stick is %n day(s) old</source>
        <translation>
            <numerusform>Lần sao lưu ra USB gần nhất đã cách đây %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="183"/>
        <source>The earliest was received on %1.</source>
        <translation>
            <numerusform>Sớm nhất: tiếp nhận ngày %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="185"/>
        <source>The earliest was assigned on %1; mediation starts within 3 days (Art. 20).</source>
        <translation>
            <numerusform>Sớm nhất: phân công ngày %1; phải tiến hành hòa giải trong 3 ngày (Điều 20).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="187"/>
        <source>The nearest last day is %1: tell the parties they may ask the court.</source>
        <translation>
            <numerusform>Hạn gần nhất là ngày %1: báo các bên có thể yêu cầu Tòa án công nhận.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="188"/>
        <source>The earliest was to be carried out by %1.</source>
        <translation>
            <numerusform>Hạn thực hiện sớm nhất: ngày %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="189"/>
        <source>The earliest is due on %1.</source>
        <translation>
            <numerusform>Hạn sớm nhất: ngày %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="190"/>
        <source>The earliest is %2.</source>
        <translation>
            <numerusform>Sớm nhất: tháng %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="191"/>
        <source>Make it and carry it to the desk.</source>
        <translation>Hãy lập gói và mang đến nơi nhận.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="192"/>
        <source>The earliest was made on %1: write it again.</source>
        <translation>
            <numerusform>Gói sớm nhất lập ngày %1: hãy ghi lại ra USB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="194"/>
        <source>The earliest was made on %1: import the desk&apos;s receipt, or send it again.</source>
        <translation>
            <numerusform>Gói sớm nhất lập ngày %1: hãy đọc biên nhận của nơi nhận, hoặc gửi lại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="195"/>
        <source>Its due day has passed: ask the teams for it.</source>
        <translation>Đã quá hạn nộp: hãy nhắc các tổ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="196"/>
        <source>Ask them for the missing bundles.</source>
        <translation>Hãy đề nghị các tổ gửi gói còn thiếu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="197"/>
        <source>The earliest was refused on %1.</source>
        <translation>
            <numerusform>Gói sớm nhất bị từ chối ngày %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="198"/>
        <source>They came with the latest bundles.</source>
        <translation>Chuyển đến cùng các gói mới nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="200"/>
        <source>A lost or broken laptop loses what was recorded since: Settings → Back up to a USB stick, and keep the stick away from the laptop.</source>
        <translation>Nếu mất hoặc hỏng máy, mọi dữ liệu ghi từ đó sẽ mất: vào Cài đặt → Sao lưu ra USB, và cất USB xa máy tính.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="202"/>
        <source>The last one was made on %1: make one now.</source>
        <translation>Bản gần nhất lập ngày %1: hãy sao lưu ngay.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="203"/>
        <source>Make one now.</source>
        <translation>Hãy sao lưu ngay.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="211"/>
        <source>Opens the case.</source>
        <translation>Mở vụ việc.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="213"/>
        <source>Opens the list of cases.</source>
        <translation>Mở danh sách vụ việc.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="213"/>
        <source>Opens Privacy.</source>
        <translation>Mở trang Bảo vệ dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="214"/>
        <source>Opens Reports.</source>
        <translation>Mở trang Báo cáo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="214"/>
        <source>Opens Send reports.</source>
        <translation>Mở trang Gửi báo cáo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="215"/>
        <source>Opens the Inbox.</source>
        <translation>Mở trang Nhận báo cáo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="215"/>
        <source>Opens Settings.</source>
        <translation>Mở trang Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="121"/>
        <source>The team register:</source>
        <translation>Danh sách tổ viên:</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="83"/>
        <source>Hamlets, one per line</source>
        <translation>Thôn/tổ dân phố, mỗi dòng một tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="86"/>
        <source>&amp;Hamlets (thôn / tổ dân phố), one per line:</source>
        <translation>&amp;Thôn / tổ dân phố, mỗi dòng một tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="88"/>
        <source>&amp;Commune / ward:</source>
        <translation>&amp;Xã / phường:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="99"/>
        <source>Your team</source>
        <translation>Tổ của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="99"/>
        <source>Your police unit</source>
        <translation>Đơn vị Công an của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="101"/>
        <source>Your People&apos;s Committee</source>
        <translation>Ủy ban nhân dân cấp xã của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="102"/>
        <source>Team &amp;name:</source>
        <translation>&amp;Tên tổ:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="102"/>
        <source>Unit &amp;name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
</context>
<context>
    <name>EndMemberDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="196"/>
        <source>Member leaves the team</source>
        <translation>Thành viên thôi tham gia tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="198"/>
        <source>%s leaves the team register. The entry is kept, with the day and the reason; the member is no longer offered as a mediator.</source>
        <translation>%s thôi tham gia tổ. Thông tin vẫn được giữ, cùng ngày và lý do thôi; người này không còn được chọn làm hòa giải viên.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="205"/>
        <source>At the member&apos;s own request</source>
        <translation>Tự nguyện xin thôi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="206"/>
        <source>No longer meets the criteria</source>
        <translation>Không còn đủ tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="207"/>
        <source>Breached the principles or was sanctioned</source>
        <translation>Vi phạm nguyên tắc hoặc bị xử lý theo pháp luật</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="208"/>
        <source>Moved away</source>
        <translation>Chuyển nơi ở khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="208"/>
        <source>Died</source>
        <translation>Qua đời</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="213"/>
        <source>&amp;Left on:</source>
        <translation>&amp;Ngày thôi:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="214"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="215"/>
        <source>&amp;End membership</source>
        <translation>Cho &amp;thôi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="220"/>
        <source>The day the member left is before the day of recognition (%s).</source>
        <translation>Ngày thôi trước ngày công nhận (%s).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="223"/>
        <source>Say why the member leaves.</source>
        <translation>Hãy ghi lý do thôi.</translation>
    </message>
</context>
<context>
    <name>EscalatedTab</name>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="199"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="199"/>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="199"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="200"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="200"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="200"/>
        <source>People</source>
        <translation>Người liên quan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="201"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="202"/>
        <source>Escalated cases and reported notes</source>
        <translation>Vụ việc đã thông báo và ghi chép đã báo Công an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="207"/>
        <source>Cases with signs of a violation (Law 35/2013, Art. 10(5)) and the notes reported to the police (a member&apos;s observations, residents&apos; tips) travel in full; opening this list is recorded.</source>
        <translation>Vụ việc có dấu hiệu vi phạm pháp luật (khoản 5 Điều 10 Luật Hòa giải ở cơ sở) và các ghi chép đã báo Công an (quan sát của thành viên, tin báo của người dân) được gửi đầy đủ; mỗi lần mở danh sách này đều được ghi nhật ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="203"/>
        <source>&amp;Show the list</source>
        <translation>&amp;Xem danh sách</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="41"/>
        <source>Month to send</source>
        <translation>Tháng cần gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="42"/>
        <source>&amp;Export to a USB stick…</source>
        <translation>&amp;Xuất ra USB…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="44"/>
        <source>&amp;Write again…</source>
        <translation>&amp;Ghi lại…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="45"/>
        <source>Read a &amp;receipt…</source>
        <translation>Đọc &amp;biên nhận…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="55"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="56"/>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="55"/>
        <source>To</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="56"/>
        <source>Copied to a stick</source>
        <translation>Đã chép ra USB</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="57"/>
        <source>Bundles sent</source>
        <translation>Các gói đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="94"/>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="127"/>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="141"/>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="143"/>
        <source>received, waiting for an earlier bundle</source>
        <translation>đã nhận, còn chờ gói trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="134"/>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="144"/>
        <source>no receipt yet</source>
        <translation>chưa có biên nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="48"/>
        <source>Enrol the commune &amp;police&apos;s card…</source>
        <translation>Đăng ký thẻ khóa của &amp;Công an cấp xã…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="50"/>
        <source>Enrol the People&apos;s &amp;Committee&apos;s card…</source>
        <translation>Đăng ký thẻ khóa của &amp;Ủy ban nhân dân cấp xã…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="55"/>
        <source>Report of</source>
        <translation>Báo cáo tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="55"/>
        <source>Changes up to</source>
        <translation>Thay đổi ghi đến</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="65"/>
        <source>Commune police</source>
        <translation>Công an cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="65"/>
        <source>Commune People&apos;s Committee</source>
        <translation>Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="70"/>
        <source>Security notes and tips, movement figures, and cases with signs of a violation (Law 35/2013, Art. 10(5)) with their parties. Of the other mediation cases: totals only.</source>
        <translation>Ghi chép an ninh, trật tự và tin báo, số liệu phong trào, vụ việc có dấu hiệu vi phạm pháp luật (khoản 5 Điều 10 Luật Hòa giải ở cơ sở) kèm thông tin các bên. Các vụ việc hòa giải khác: chỉ số liệu tổng hợp.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="73"/>
        <source>Every mediation case without names or content, cases at risk of violence (Art. 10(4)) with their parties, the mediators&apos; figures, the log-book volumes and the monthly mediation report. No security notes.</source>
        <translation>Mọi vụ việc hòa giải, không kèm họ tên và nội dung; vụ việc có nguy cơ dẫn đến bạo lực (khoản 4 Điều 10) kèm thông tin các bên; số liệu hòa giải viên; các quyển sổ theo dõi và báo cáo hòa giải hằng tháng. Không gửi ghi chép an ninh.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="78"/>
        <source>Sent to</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="78"/>
        <source>What it receives</source>
        <translation>Nội dung được nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="79"/>
        <source>Sealed for (key card)</source>
        <translation>Mã hóa cho (thẻ khóa)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="79"/>
        <source>Last receipt</source>
        <translation>Giấy báo nhận gần nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="80"/>
        <source>Where reports are sent</source>
        <translation>Nơi nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="89"/>
        <source>Each desk receives its own bundle, sealed so that only it can open it, and only what the law sends it.</source>
        <translation>Mỗi nơi nhận có gói dữ liệu riêng, mã hóa để chỉ nơi đó mở được, và chỉ gồm những gì pháp luật cho phép gửi nơi đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="96"/>
        <source>A bundle carries the report of its month and every change recorded up to the moment it is made, since the desk&apos;s previous bundle: a case received after the month ended travels in it too.</source>
        <translation>Mỗi gói mang báo cáo của tháng đó và mọi thay đổi được ghi từ gói trước gửi nơi nhận đó đến lúc lập gói: vụ việc tiếp nhận sau khi hết tháng cũng được gửi kèm.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="117"/>
        <source>not enrolled: nothing is sent</source>
        <translation>chưa đăng ký: không gửi gì</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="134"/>
        <source>nothing sent yet</source>
        <translation>chưa gửi gói nào</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="136"/>
        <source>%1: %2 of %3 bundles arrived</source>
        <translation>%1: đã nhận %2 trên %3 gói</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="147"/>
        <source>Choose the USB stick or folder</source>
        <translation>Chọn USB hoặc thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="164"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="168"/>
        <source>%1 has it in bundle %2. A new bundle %3 will hold what was recorded after bundle %4 (%5) and the report of the month as it stands now.</source>
        <translation>%1 đã nhận báo cáo tháng này trong gói số %2. Gói mới số %3 sẽ gồm những gì được ghi sau gói số %4 (%5) và báo cáo của tháng theo số liệu hiện nay.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="174"/>
        <source>The report of %1 was already sent.</source>
        <translation>Báo cáo tháng %1 đã được gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="175"/>
        <source>Make the new bundles?</source>
        <translation>Lập các gói mới?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="177"/>
        <source>Send this month again?</source>
        <translation>Gửi lại tháng này?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="183"/>
        <source>For %1: bundle %2, %3</source>
        <translation>Gửi %1: gói số %2, %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="187"/>
        <source>Written to the stick and checked:</source>
        <translation>Đã ghi vào USB và kiểm tra:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="189"/>
        <source>A backup older than the last export was restored: the bundles continue the chains the desks have, but changes made after that backup are lost.</source>
        <translation>Đã khôi phục một bản sao lưu cũ hơn lần xuất gần nhất: các gói tiếp nối chuỗi mà nơi nhận đang có, nhưng những thay đổi sau bản sao lưu đó đã mất.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="228"/>
        <source>%1 holds every bundle up to number %2. Not arrived: %3.</source>
        <translation>%1 đã có đủ các gói đến số %2. Chưa đến: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="192"/>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="197"/>
        <source>Write again</source>
        <translation>Ghi lại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="198"/>
        <source>Choose a bundle in the list first.</source>
        <translation>Hãy chọn một gói trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="206"/>
        <source>Writing…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="209"/>
        <source>Written</source>
        <translation>Đã ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="210"/>
        <source>Bundle %1 was written to %2 and checked.</source>
        <translation>Gói số %1 đã được ghi vào %2 và kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="214"/>
        <source>Open a receipt</source>
        <translation>Mở biên nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="215"/>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Biên nhận (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="226"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="56"/>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="227"/>
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="50"/>
        <source>Hand over to a new leader</source>
        <translation>Bàn giao cho tổ trưởng mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="57"/>
        <source>An &amp;existing account:</source>
        <translation>Tài khoản &amp;đã có:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="58"/>
        <source>A &amp;new account</source>
        <translation>Tài khoản &amp;mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="62"/>
        <source>Make new recovery &amp;shares</source>
        <translation>Lập lại các &amp;mảnh khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="66"/>
        <source>Share holders, one a line</source>
        <translation>Người giữ mảnh, mỗi dòng một người</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="75"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="82"/>
        <source>The new leader gets the leader&apos;s role; the old leader&apos;s account is disabled and its password no longer opens the data. A new recovery code is shown once, and the recovery shares, if any, are split again. Print the hand-over record and sign it.</source>
        <translation>Tổ trưởng mới nhận vai trò tổ trưởng; tài khoản của tổ trưởng cũ bị khóa và mật khẩu cũ không còn mở được dữ liệu. Mã khôi phục mới chỉ hiện một lần, và các mảnh khôi phục (nếu có) được chia lại. Hãy in biên bản bàn giao và ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="87"/>
        <source>&amp;Leader handing over:</source>
        <translation>&amp;Tổ trưởng bàn giao:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="93"/>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="94"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="95"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="96"/>
        <source>R&amp;epeat password:</source>
        <translation>Nhắc &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="113"/>
        <source>Recovery shares</source>
        <translation>Mảnh khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="117"/>
        <source>No recovery shares were made yet.</source>
        <translation>Chưa lập mảnh khôi phục nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="119"/>
        <source>Now: any %1 of %2 shares, made on %3. They will be split again: the old sheets stop working.</source>
        <translation>Hiện có: cần %1 trong %2 mảnh bất kỳ, lập ngày %3. Các mảnh sẽ được chia lại: tờ cũ không còn dùng được.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="127"/>
        <source>&amp;Holders (one a line):</source>
        <translation>&amp;Người giữ (mỗi dòng một người):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="128"/>
        <source>Shares &amp;needed:</source>
        <translation>Số mảnh &amp;cần:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="177"/>
        <source>No active leader account hands over.</source>
        <translation>Không có tài khoản tổ trưởng đang hoạt động để bàn giao.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="179"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="181"/>
        <source>Name at least as many holders as the shares needed.</source>
        <translation>Hãy ghi số người giữ ít nhất bằng số mảnh cần.</translation>
    </message>
</context>
<context>
    <name>HandOverDoneDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="24"/>
        <source>Handed over</source>
        <translation>Đã bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="26"/>
        <source>%1 handed over to %2. The account %3 is disabled.</source>
        <translation>%1 đã bàn giao cho %2. Tài khoản %3 đã bị khóa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="30"/>
        <source>New recovery code, shown only now: write it down or print it and give it to the new leader. The old code no longer works.</source>
        <translation>Mã khôi phục mới, chỉ hiện lần này: hãy chép lại hoặc in ra và giao cho tổ trưởng mới. Mã cũ không còn dùng được.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="37"/>
        <source>Hand-over &amp;record…</source>
        <translation>&amp;Biên bản bàn giao…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="38"/>
        <source>Share &amp;sheets…</source>
        <translation>Các &amp;tờ mảnh…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="59"/>
        <source>New recovery shares: any %1 of %2. Print the sheets and give each holder their own; the old sheets no longer work.</source>
        <translation>Mảnh khôi phục mới: cần %1 trong %2 mảnh bất kỳ. Hãy in và giao cho mỗi người giữ đúng tờ của mình; tờ cũ không còn dùng được.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="68"/>
        <source>Your account is now disabled: TuQuan locks when you close this window. The new leader signs in with their own password.</source>
        <translation>Tài khoản của bạn đã bị khóa: Tự Quản sẽ khóa khi đóng cửa sổ này. Tổ trưởng mới đăng nhập bằng mật khẩu của mình.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="76"/>
        <source>Hand-over record</source>
        <translation>Biên bản bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="83"/>
        <source>Recovery share sheets</source>
        <translation>Các tờ mảnh khôi phục</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="18"/>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="21"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="28"/>
        <source>The user guide was not found next to the program.</source>
        <translation>Không tìm thấy tệp hướng dẫn bên cạnh chương trình.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="71"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Hộp thư đến</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="72"/>
        <source>&amp;Completeness</source>
        <translation>&amp;Tình hình nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="73"/>
        <source>&amp;Teams</source>
        <translation>&amp;Các tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="74"/>
        <source>&amp;Escalated</source>
        <translation>&amp;Vụ việc đã thông báo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="75"/>
        <source>&amp;Received cases</source>
        <translation>Hồ sơ đã &amp;nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="80"/>
        <source>Import &amp;files…</source>
        <translation>Nhập các &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="81"/>
        <source>Import a f&amp;older…</source>
        <translation>Nhập cả &amp;thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="82"/>
        <source>Only &amp;check, change nothing</source>
        <translation>Chỉ &amp;kiểm tra, không thay đổi gì</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="83"/>
        <source>Drop bundle files (.tqb) or a folder here, or pick them.</source>
        <translation>Kéo thả tệp gói dữ liệu (.tqb) hoặc thư mục vào đây, hoặc chọn tệp.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="85"/>
        <source>Import progress</source>
        <translation>Tiến độ nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="86"/>
        <source>%v of %m files</source>
        <translation>%v / %m tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="89"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="89"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="89"/>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="90"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="90"/>
        <source>What it holds, or why not</source>
        <translation>Nội dung gói, hoặc lý do từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="91"/>
        <source>Import results</source>
        <translation>Kết quả nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="113"/>
        <source>Choose bundles</source>
        <translation>Chọn gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="114"/>
        <source>Bundles (*.tqb);;All files (*)</source>
        <translation>Gói dữ liệu (*.tqb);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="119"/>
        <source>Choose the USB stick or folder</source>
        <translation>Chọn USB hoặc thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="162"/>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="162"/>
        <source>already here</source>
        <translation>đã có từ trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="163"/>
        <source>imported, an earlier bundle is missing</source>
        <translation>đã nhập, còn thiếu gói trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="164"/>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="172"/>
        <source>No bundle file (.tqb) was found there.</source>
        <translation>Không tìm thấy tệp gói dữ liệu (.tqb) nào ở đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="202"/>
        <source>&amp;Violence risk</source>
        <translation>&amp;Nguy cơ bạo lực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="204"/>
        <source>Cases at risk of violence (Law 35/2013, Art. 10(4)) travel in full to the chair; opening this list is recorded.</source>
        <translation>Vụ việc có nguy cơ dẫn đến bạo lực (khoản 4 Điều 10 Luật Hòa giải ở cơ sở) được gửi đầy đủ đến Chủ tịch; mỗi lần mở danh sách này đều được ghi nhật ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="206"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Thống kê</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="72"/>
        <source>Main content</source>
        <translation>Nội dung chính</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="73"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="74"/>
        <source>Mediated &amp;immediately on the spot</source>
        <translation>Hòa giải &amp;ngay tại chỗ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="75"/>
        <source>The parties &amp;agreed another time</source>
        <translation>Các bên thống nhất &amp;thời gian khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="77"/>
        <source>&amp;Received on:</source>
        <translation>Ngày &amp;nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="78"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Căn cứ:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="78"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="79"/>
        <source>&amp;Hamlet:</source>
        <translation>&amp;Thôn/tổ dân phố:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="80"/>
        <source>Main &amp;content:</source>
        <translation>Nội &amp;dung chính:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="81"/>
        <source>N&amp;otes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="90"/>
        <source>Escalation (Law 35, Art. 10)</source>
        <translation>Thông báo theo Điều 10 Luật Hòa giải ở cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="91"/>
        <source>Risk of &amp;violence — reported to the commune chair</source>
        <translation>Nguy cơ &amp;bạo lực — đã báo Chủ tịch UBND cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="93"/>
        <source>Signs of a &amp;violation — reported to the commune police</source>
        <translation>Dấu hiệu &amp;vi phạm pháp luật — đã báo cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="97"/>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="100"/>
        <source>Reported at:</source>
        <translation>Báo lúc:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="98"/>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="101"/>
        <source>Reported to:</source>
        <translation>Báo cho:</translation>
    </message>
</context>
<context>
    <name>JusticeTab</name>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="50"/>
        <source>6 months (1/1–30/6)</source>
        <translation>6 tháng (1/1–30/6)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="50"/>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="58"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="51"/>
        <source>Year, official figures</source>
        <translation>Năm, số liệu chính thức</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="52"/>
        <source>Range of months</source>
        <translation>Khoảng tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="54"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="60"/>
        <source>First month</source>
        <translation>Tháng đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="61"/>
        <source>Last month</source>
        <translation>Tháng cuối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="63"/>
        <source>e.g. 27/BC-UBND</source>
        <translation>ví dụ 27/BC-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="65"/>
        <source>&amp;Count</source>
        <translation>&amp;Tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="66"/>
        <source>&amp;Preview the report…</source>
        <translation>&amp;Xem báo cáo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="69"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="69"/>
        <source>Actual</source>
        <translation>Số liệu thực tế</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="70"/>
        <source>Whole period</source>
        <translation>Cả kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="71"/>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="168"/>
        <source>Grassroots mediation statistics</source>
        <translation>Thống kê hòa giải ở cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="80"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="83"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="80"/>
        <source>&amp;Months:</source>
        <translation>&amp;Các tháng:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="85"/>
        <source>Report &amp;number:</source>
        <translation>&amp;Số báo cáo:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="86"/>
        <source>To (&amp;Kính gửi):</source>
        <translation>&amp;Kính gửi:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="121"/>
        <source>Counting…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="140"/>
        <source>Actual figures to %1; the whole period is estimated from them.</source>
        <translation>Số liệu thực tế đến ngày %1; cả kỳ được ước tính từ số liệu này.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="142"/>
        <source>Actual figures to %1; the period is over, so the whole period is counted, not estimated.</source>
        <translation>Số liệu thực tế đến ngày %1; kỳ báo cáo đã kết thúc nên cả kỳ là số liệu thực tế, không ước tính.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="145"/>
        <source>Actual figures to %1.</source>
        <translation>Số liệu thực tế đến ngày %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="148"/>
        <source>%1 team(s) have not sent their mediators&apos; figures yet.</source>
        <translation>%1 tổ hòa giải chưa gửi số liệu hòa giải viên.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="162"/>
        <source>Preparing…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="105"/>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="108"/>
        <source>Mediation cases</source>
        <translation>Vụ việc hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="108"/>
        <source>Security notes</source>
        <translation>Ghi chép an ninh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="108"/>
        <source>Today&apos;s work</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="109"/>
        <source>Privacy</source>
        <translation>Bảo vệ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="109"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="109"/>
        <source>Send reports</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="110"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="110"/>
        <source>Inbox</source>
        <translation>Nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="110"/>
        <source>Team register</source>
        <translation>Danh sách tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="203"/>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="206"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="212"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="213"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="133"/>
        <source>Add a member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="134"/>
        <source>Edit member</source>
        <translation>Sửa thông tin thành viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="141"/>
        <source>Not recorded</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="144"/>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="147"/>
        <source>&amp;Recognised on</source>
        <translation>Ngày &amp;công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="150"/>
        <source>&amp;Trained on</source>
        <translation>Ngày &amp;tập huấn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="151"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="152"/>
        <source>&amp;Position:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="152"/>
        <source>S&amp;ex:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="153"/>
        <source>&amp;Hamlet covered:</source>
        <translation>Thôn/tổ dân phố &amp;phụ trách:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="155"/>
        <source>Start:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="156"/>
        <source>&amp;Decision number:</source>
        <translation>Số &amp;quyết định:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="157"/>
        <source>Mediation training:</source>
        <translation>Tập huấn hòa giải:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="158"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="175"/>
        <source>Enter the member&apos;s full name.</source>
        <translation>Nhập họ và tên thành viên.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="178"/>
        <source>The training date is in the future.</source>
        <translation>Ngày tập huấn chưa đến.</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="46"/>
        <source>Welcome to TuQuan</source>
        <translation>Chào mừng đến với Tự Quản</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="47"/>
        <source>Who will use this computer? This is chosen once.</source>
        <translation>Ai sẽ dùng máy tính này? Lựa chọn này chỉ làm một lần.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="48"/>
        <source>&amp;Neighbourhood team (mediation, security)</source>
        <translation>&amp;Tổ ở khu dân cư (hòa giải, an ninh trật tự)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="50"/>
        <source>Commune / ward &amp;police (receives security notes, tips and Art. 10(5) cases)</source>
        <translation>&amp;Công an cấp xã (nhận ghi chép an ninh, tin báo và vụ việc theo khoản 5 Điều 10)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="52"/>
        <source>Commune / ward People&apos;s &amp;Committee (receives mediation reports and Art. 10(4) cases)</source>
        <translation>Ủy &amp;ban nhân dân cấp xã (nhận báo cáo hòa giải và vụ việc theo khoản 4 Điều 10)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="55"/>
        <source>Restore from a backup &amp;file (a new computer for a team already set up)</source>
        <translation>Khôi phục từ &amp;tệp sao lưu (máy mới cho một tổ đã cài đặt)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="37"/>
        <source>Security note</source>
        <translation>Ghi chép an ninh, trật tự</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="43"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="44"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="45"/>
        <source>&amp;Reported to the commune police</source>
        <translation>&amp;Đã báo Công an cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="56"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="56"/>
        <source>&amp;Category:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="57"/>
        <source>&amp;Observed at:</source>
        <translation>&amp;Thời điểm:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="58"/>
        <source>&amp;Hamlet:</source>
        <translation>&amp;Thôn/tổ dân phố:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="58"/>
        <source>&amp;Place:</source>
        <translation>&amp;Địa điểm:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="59"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Tóm tắt:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="59"/>
        <source>&amp;Details:</source>
        <translation>&amp;Chi tiết:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="60"/>
        <source>Reported at:</source>
        <translation>Báo lúc:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="61"/>
        <source>Channel:</source>
        <translation>Hình thức báo:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="62"/>
        <source>Reported by:</source>
        <translation>Người báo:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="63"/>
        <source>Could not reach the police because:</source>
        <translation>Không liên lạc được Công an vì:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="64"/>
        <source>Confidentiality:</source>
        <translation>Mức bảo mật:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="66"/>
        <source>No religion, ethnicity or political opinion here unless strictly necessary (Law 30/2023 Art. 6; Law 91/2025).</source>
        <translation>Không ghi tôn giáo, dân tộc, quan điểm chính trị trừ khi thật cần thiết (Luật 30/2023, Điều 6; Luật 91/2025).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="72"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="120"/>
        <source>(set the number in Settings)</source>
        <translation>(nhập số điện thoại trong Cài đặt)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="121"/>
        <source>Report to the commune police now</source>
        <translation>Báo ngay cho Công an cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="122"/>
        <source>This note is about a violation. Call the commune police now: %1

Then tick &quot;Reported&quot; with the time, or write why they could not be reached.</source>
        <translation>Ghi chép này liên quan đến vi phạm. Hãy gọi ngay cho Công an cấp xã: %1

Sau đó đánh dấu &quot;Đã báo&quot; kèm thời gian, hoặc ghi lý do không liên lạc được.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="132"/>
        <source>Sensitive topic</source>
        <translation>Nội dung nhạy cảm</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="16"/>
        <source>Note no.</source>
        <translation>Số ghi chép</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="16"/>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="16"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="16"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="17"/>
        <source>Hamlet</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="17"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="17"/>
        <source>Reported to police</source>
        <translation>Đã báo Công an</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="35"/>
        <source>Search notes</source>
        <translation>Tìm ghi chép</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="36"/>
        <source>Search notes (marks optional)</source>
        <translation>Tìm ghi chép (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="39"/>
        <source>Category filter</source>
        <translation>Lọc theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="40"/>
        <source>All categories</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="43"/>
        <source>Security notes</source>
        <translation>Ghi chép an ninh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="48"/>
        <source>&amp;New note…</source>
        <translation>Ghi chép &amp;mới…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/notes_page.py" line="69"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ghi chép</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="290"/>
        <source>Agreement or demands</source>
        <translation>Thỏa thuận hoặc yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="292"/>
        <source>How the agreement will be carried out</source>
        <translation>Phương thức thực hiện thỏa thuận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="293"/>
        <source>Carry out &amp;by:</source>
        <translation>&amp;Thời hạn thực hiện:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="295"/>
        <source>Deadline for carrying out the agreement</source>
        <translation>Thời hạn thực hiện thỏa thuận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="299"/>
        <source>Names, separated by commas; saved with the case</source>
        <translation>Họ tên, cách nhau bằng dấu phẩy; lưu cùng vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="300"/>
        <source>&amp;End the mediation</source>
        <translation>&amp;Kết thúc hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="306"/>
        <source>Record &amp;follow-up</source>
        <translation>Ghi &amp;theo dõi thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="307"/>
        <source>Written agreement &amp;document…</source>
        <translation>&amp;Văn bản hòa giải thành…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="309"/>
        <source>End &amp;reason:</source>
        <translation>&amp;Lý do kết thúc:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="310"/>
        <source>Ended &amp;on:</source>
        <translation>Kết thúc &amp;ngày:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="311"/>
        <source>A&amp;greement or demands:</source>
        <translation>Thỏa &amp;thuận hoặc yêu cầu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="312"/>
        <source>&amp;How it will be carried out:</source>
        <translation>&amp;Phương thức thực hiện:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="314"/>
        <source>&amp;Witnesses:</source>
        <translation>Người &amp;chứng kiến:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="315"/>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="316"/>
        <source>Court recognition until:</source>
        <translation>Yêu cầu Tòa án công nhận đến:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="317"/>
        <source>Follow-up on:</source>
        <translation>Theo dõi ngày:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="318"/>
        <source>Carried out:</source>
        <translation>Tình hình thực hiện:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="319"/>
        <source>Follow-up note:</source>
        <translation>Ghi chú theo dõi:</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="171"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="171"/>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="172"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="172"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="175"/>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="176"/>
        <source>&amp;Add party</source>
        <translation>&amp;Thêm bên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="177"/>
        <source>&amp;Remove party</source>
        <translation>&amp;Xóa bên</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_pages.py" line="24"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_pages.py" line="27"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_pages.py" line="30"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_pages.py" line="30"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>Vừa chiều rộng trang (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="34"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="35"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="53"/>
        <source>Personal data</source>
        <translation>Dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="54"/>
        <source>The file will hold personal data without encryption. Keep it only as long as needed, and never on a shared or removable disk. Save it?</source>
        <translation>Tệp sẽ chứa dữ liệu cá nhân không được mã hóa. Chỉ giữ trong thời gian cần thiết, không để trên máy dùng chung hay ổ đĩa rời. Vẫn lưu?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="60"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="61"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="36"/>
        <source>&amp;Consents</source>
        <translation>&amp;Sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="37"/>
        <source>&amp;Requests</source>
        <translation>&amp;Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="38"/>
        <source>&amp;Breaches</source>
        <translation>&amp;Sự cố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="39"/>
        <source>Re&amp;tention</source>
        <translation>&amp;Thời hạn lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="52"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="69"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="52"/>
        <source>Purposes</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="52"/>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="53"/>
        <source>Given</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="53"/>
        <source>Withdrawn</source>
        <translation>Ngày rút</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="54"/>
        <source>Consents</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="56"/>
        <source>Person giving consent</source>
        <translation>Người đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="57"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="75"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="82"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="60"/>
        <source>How consent was given</source>
        <translation>Hình thức đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="63"/>
        <source>Record consent</source>
        <translation>Ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="66"/>
        <source>Purposes:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="69"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="104"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="69"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="104"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="70"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="70"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="71"/>
        <source>Requests</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="73"/>
        <source>Person making the request</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="74"/>
        <source>Kind of request</source>
        <translation>Loại yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="78"/>
        <source>Open request</source>
        <translation>Tiếp nhận yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="81"/>
        <source>Name of the person whose records are asked for</source>
        <translation>Họ tên người có thông tin được yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="83"/>
        <source>&amp;Find the person…</source>
        <translation>&amp;Tìm người…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="86"/>
        <source>A person&apos;s records:</source>
        <translation>Hồ sơ của một người:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="90"/>
        <source>Detected</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="90"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="90"/>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="91"/>
        <source>Notify by</source>
        <translation>Phải thông báo trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="91"/>
        <source>Hours left</source>
        <translation>Còn (giờ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="92"/>
        <source>Breaches</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="94"/>
        <source>What happened</source>
        <translation>Diễn biến sự cố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="95"/>
        <source>Records affected</source>
        <translation>Số hồ sơ bị ảnh hưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="96"/>
        <source>What happened (e.g. the laptop was stolen)</source>
        <translation>Sự việc (ví dụ: mất máy tính xách tay)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="98"/>
        <source>Log breach</source>
        <translation>Ghi sự cố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="98"/>
        <source>Notice…</source>
        <translation>Thông báo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="104"/>
        <source>Due since</source>
        <translation>Đến hạn từ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="105"/>
        <source>Records past their retention</source>
        <translation>Hồ sơ đã hết thời hạn lưu trữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="107"/>
        <source>Months to keep mediation cases</source>
        <translation>Số tháng lưu vụ việc hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="108"/>
        <source>Months to keep security notes</source>
        <translation>Số tháng lưu ghi chép an ninh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="111"/>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="112"/>
        <source>Save rules</source>
        <translation>Lưu quy định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="112"/>
        <source>Check what is due</source>
        <translation>Xem hồ sơ đến hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="113"/>
        <source>Purge now…</source>
        <translation>Xóa ngay…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="114"/>
        <source>Processing register…</source>
        <translation>Sổ đăng ký xử lý dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="119"/>
        <source>Mediation cases:</source>
        <translation>Vụ việc hòa giải:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="120"/>
        <source>Security notes:</source>
        <translation>Ghi chép an ninh:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="184"/>
        <source>Breach notice</source>
        <translation>Thông báo sự cố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="200"/>
        <source>Purge</source>
        <translation>Xóa dữ liệu hết hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="201"/>
        <source>Erase every record listed as due? A backup is made first.</source>
        <translation>Xóa mọi hồ sơ đã đến hạn? Một bản sao lưu mã hóa sẽ được tạo trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="214"/>
        <source>A person&apos;s records</source>
        <translation>Hồ sơ của một người</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="215"/>
        <source>Nobody is recorded under this name.</source>
        <translation>Không có ai mang tên này trong hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="228"/>
        <source>Personal data held</source>
        <translation>Thông tin cá nhân đang lưu giữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="238"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="247"/>
        <source>Anonymise</source>
        <translation>Ẩn danh hóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="239"/>
        <source>Replace this person&apos;s name, birth year and address with &quot;Ẩn danh&quot; in their records not on legal hold? Their namesakes are left alone. This cannot be undone.</source>
        <translation>Thay họ tên, năm sinh và địa chỉ của người này bằng &quot;Ẩn danh&quot; trong các hồ sơ không bị giữ theo yêu cầu pháp lý? Người trùng tên không bị ảnh hưởng. Không thể hoàn tác.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/privacy_page.py" line="248"/>
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>Đã ẩn danh %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="257"/>
        <source>Processing register</source>
        <translation>Sổ đăng ký hoạt động xử lý dữ liệu</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="251"/>
        <source>Record the scope &amp;check</source>
        <translation>Ghi kết quả &amp;kiểm tra phạm vi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="253"/>
        <source>Name of a member, or a user name</source>
        <translation>Tên thành viên hoặc tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="255"/>
        <source>The mediator confirms &amp;no interest in or relationship to the case</source>
        <translation>Hòa giải viên xác nhận &amp;không có quyền lợi hay quan hệ liên quan đến vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="257"/>
        <source>An &amp;invited person, not a mediator</source>
        <translation>Người được &amp;mời, không phải hòa giải viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="258"/>
        <source>&amp;Assign</source>
        <translation>&amp;Phân công</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="260"/>
        <source>Assigned mediators</source>
        <translation>Hòa giải viên được phân công</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="262"/>
        <source>Session summary</source>
        <translation>Tóm tắt buổi hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="263"/>
        <source>Add &amp;session</source>
        <translation>Thêm &amp;buổi hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="265"/>
        <source>Sessions held</source>
        <translation>Các buổi hòa giải đã tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="268"/>
        <source>Scope (Law 35, Art. 3; Decree 15, Art. 5)</source>
        <translation>Phạm vi hòa giải (Luật 35, Điều 3; Nghị định 15, Điều 5)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="269"/>
        <source>Check:</source>
        <translation>Kiểm tra:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="269"/>
        <source>Exclusion:</source>
        <translation>Trường hợp loại trừ:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="270"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="271"/>
        <source>Mediators (Art. 18)</source>
        <translation>Hòa giải viên (Điều 18)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="272"/>
        <source>Mediator:</source>
        <translation>Hòa giải viên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="274"/>
        <source>Sessions</source>
        <translation>Các buổi hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="275"/>
        <source>Held on:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="275"/>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="276"/>
        <source>Summary:</source>
        <translation>Tóm tắt:</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="26"/>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="26"/>
        <source>Case no.</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="26"/>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="26"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="27"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="27"/>
        <source>Escalated</source>
        <translation>Đã thông báo</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="33"/>
        <source>Forgot password</source>
        <translation>Quên mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="48"/>
        <source>&amp;Set the new password</source>
        <translation>Đặt &amp;mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="50"/>
        <source>Use recovery &amp;shares instead…</source>
        <translation>Dùng các &amp;mảnh khôi phục…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="53"/>
        <source>When the recovery code is lost: the pieces of paper the leader gave to several people; any two (or as many as the leader chose) open TuQuan.</source>
        <translation>Khi mất mã khôi phục: dùng các tờ mảnh tổ trưởng đã giao cho nhiều người giữ; đủ hai mảnh bất kỳ (hoặc số mảnh tổ trưởng đã chọn) sẽ mở được Tự Quản.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="63"/>
        <source>The recovery code is on the recovery sheet printed when TuQuan was set up, kept in a sealed envelope in a locked cabinet. With it you choose a new password, then sign in with that password.</source>
        <translation>Mã khôi phục ghi trên tờ mã in khi cài đặt Tự Quản, cất trong phong bì dán kín ở tủ có khóa. Dùng mã để đặt mật khẩu mới, rồi đăng nhập bằng mật khẩu đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="68"/>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="69"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Mã khôi phục:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="70"/>
        <source>&amp;New password:</source>
        <translation>Mật khẩu mớ&amp;i:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="71"/>
        <source>R&amp;epeat new password:</source>
        <translation>Nhắc &amp;lại mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="98"/>
        <source>Checking the recovery code…</source>
        <translation>Đang kiểm tra mã khôi phục…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="164"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="165"/>
        <source>If every password is forgotten, only this code opens the data. It is shown once: print it or write it down, and keep it locked away.</source>
        <translation>Nếu quên hết mật khẩu, chỉ mã này mở được dữ liệu. Mã chỉ hiện một lần: hãy in hoặc chép ra giấy và cất giữ cẩn thận.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="173"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="174"/>
        <source>I have &amp;written down or printed the recovery code</source>
        <translation>Tôi đã &amp;chép hoặc in mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="197"/>
        <source>Recovery sheet</source>
        <translation>Tờ mã khôi phục</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="24"/>
        <source>Case number or words of an escalated case</source>
        <translation>Số vụ việc, hoặc từ trong nội dung vụ việc đã thông báo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="25"/>
        <source>Search received cases</source>
        <translation>Tìm hồ sơ đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="27"/>
        <source>Escalated &amp;only</source>
        <translation>Chỉ vụ việc báo cá&amp;o</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="33"/>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/register_tab.py" line="42"/>
        <source>%n received case(s)</source>
        <translation>
            <numerusform>%n hồ sơ đã nhận</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="46"/>
        <source>Received cases</source>
        <translation>Hồ sơ đã nhận</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="55"/>
        <source>First month</source>
        <translation>Tháng đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="56"/>
        <source>Last month</source>
        <translation>Tháng cuối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="57"/>
        <source>&amp;Range of months</source>
        <translation>&amp;Nhiều tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="59"/>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="60"/>
        <source>Save &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="61"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="62"/>
        <source>&amp;Close the month…</source>
        <translation>&amp;Khóa sổ tháng…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="67"/>
        <source>Save the &amp;figures</source>
        <translation>Lưu &amp;số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="93"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="94"/>
        <source>Days after which an open case is prolonged</source>
        <translation>Số ngày để vụ việc chưa kết thúc được coi là kéo dài</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="95"/>
        <source>Set</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="97"/>
        <source>e.g. 05/BC-THG</source>
        <translation>ví dụ 05/BC-THG</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="98"/>
        <source>e.g. the commune People&apos;s Committee</source>
        <translation>ví dụ Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="102"/>
        <source>N&amp;umber:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="103"/>
        <source>&amp;To:</source>
        <translation>&amp;Kính gửi:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="117"/>
        <source>A case still open is prolonged after:</source>
        <translation>Vụ việc chưa kết thúc được coi là kéo dài sau:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="125"/>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="178"/>
        <source>closed</source>
        <translation>đã khóa sổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="198"/>
        <source>The figures of %1 were saved at %2.</source>
        <translation>Đã lưu số liệu tháng %1 lúc %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="216"/>
        <source>Close the month</source>
        <translation>Khóa sổ tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="217"/>
        <source>Close %1? Its figures are then kept as they are; later changes show as amendments in the next reports.</source>
        <translation>Khóa sổ tháng %1? Số liệu của tháng được giữ nguyên; thay đổi về sau sẽ hiện là điều chỉnh trong các báo cáo tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="228"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="229"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="237"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="85"/>
        <source>Reset password for %s</source>
        <translation>Đặt lại mật khẩu cho %s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="87"/>
        <source>Give %s the temporary password in person, never by message; they change it (Settings → Change my password) after signing in.</source>
        <translation>Đưa mật khẩu tạm tận tay cho %s, không gửi qua tin nhắn; người đó đổi lại (Cài đặt → Đổi mật khẩu của tôi) sau khi đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="92"/>
        <source>&amp;Temporary password:</source>
        <translation>Mật khẩu &amp;tạm:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="93"/>
        <source>R&amp;epeat password:</source>
        <translation>Nhắc &amp;lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="168"/>
        <source>Is this the right backup?</source>
        <translation>Đây có đúng bản sao lưu cần khôi phục?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="169"/>
        <source>Check the team and the period it covers: nothing is written on this computer before you press Restore.</source>
        <translation>Kiểm tra tên tổ và khoảng thời gian: chưa có gì được ghi vào máy này cho đến khi bấm Khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="171"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="174"/>
        <source>What the backup holds</source>
        <translation>Nội dung bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="175"/>
        <source>A new password, since the recovery code opened it</source>
        <translation>Đặt mật khẩu mới (vì đã mở bằng mã khôi phục)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="178"/>
        <source>Administrator&apos;s user &amp;name:</source>
        <translation>Tên đăng &amp;nhập của quản trị:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="179"/>
        <source>New pass&amp;word:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="180"/>
        <source>R&amp;epeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="203"/>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="203"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="205"/>
        <source>Commune / ward: %1, %2</source>
        <translation>Xã/phường: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="207"/>
        <source>Backup made: %1</source>
        <translation>Sao lưu lúc: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="208"/>
        <source>It holds everything recorded from %1 up to %2; anything recorded after that is not in it.</source>
        <translation>Gồm mọi dữ liệu ghi từ %1 đến %2; những gì ghi sau đó không có trong bản này.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="214"/>
        <source>Commune police</source>
        <translation>Công an cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="215"/>
        <source>Commune People&apos;s Committee</source>
        <translation>Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="216"/>
        <source>Last bundle to %1: number %2</source>
        <translation>Gói gửi gần nhất cho %1: số %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="233"/>
        <source>Restoring the team&apos;s data…</source>
        <translation>Đang khôi phục dữ liệu của tổ…</translation>
    </message>
</context>
<context>
    <name>RestoreFilePage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="66"/>
        <source>Restore from a backup file</source>
        <translation>Khôi phục từ tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="67"/>
        <source>Set this computer up from the team&apos;s backup file (.tqbackup), for example from a USB stick.</source>
        <translation>Cài đặt máy này từ tệp sao lưu của tổ (.tqbackup), ví dụ trên USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="70"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="71"/>
        <source>Open it with my &amp;password</source>
        <translation>Mở bằng &amp;mật khẩu của tôi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="72"/>
        <source>Open it with the &amp;recovery code</source>
        <translation>Mở bằng mã &amp;khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="90"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Tệp sao lưu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="95"/>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="96"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Gõ mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="101"/>
        <source>Recovery co&amp;de:</source>
        <translation>Mã khôi &amp;phục:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="107"/>
        <source>Backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="118"/>
        <source>Choose the backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="119"/>
        <source>TuQuan backups (*.tqbackup)</source>
        <translation>Bản sao lưu Tự Quản (*.tqbackup)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="146"/>
        <source>Opening the backup file…</source>
        <translation>Đang mở tệp sao lưu…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="77"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="77"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="78"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="52"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="53"/>
        <source>Change &amp;my password…</source>
        <translation>Đổi &amp;mật khẩu của tôi…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="65"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="82"/>
        <location filename="../../desktop/gui/pages/settings_page.py" line="103"/>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="54"/>
        <source>Reset pass&amp;word…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="56"/>
        <source>A temporary password for the chosen member; a leader&apos;s own password is changed by that leader, or reset with the recovery code.</source>
        <translation>Mật khẩu tạm cho thành viên được chọn; mật khẩu của tổ trưởng do chính tổ trưởng đổi, hoặc đặt lại bằng mã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="59"/>
        <source>&amp;Hand over to a new leader…</source>
        <translation>&amp;Bàn giao cho tổ trưởng mới…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="67"/>
        <source>Commune police phone</source>
        <translation>Điện thoại Công an cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="70"/>
        <source>Backup files kept on a USB stick</source>
        <translation>Số bản sao lưu giữ trên USB</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="113"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="115"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="116"/>
        <source>Lock after &amp;idle:</source>
        <translation>Tự &amp;khóa khi không dùng sau:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="117"/>
        <source>Commune &amp;police phone:</source>
        <translation>Điện thoại &amp;Công an cấp xã:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="118"/>
        <source>Backup files &amp;kept on a USB stick:</source>
        <translation>Số bản sao lưu &amp;giữ trên USB:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="166"/>
        <source>Adding the user…</source>
        <translation>Đang thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="204"/>
        <location filename="../../desktop/gui/pages/settings_page.py" line="214"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="205"/>
        <source>The password of %s was reset. Give them the temporary password in person.</source>
        <translation>Đã đặt lại mật khẩu của %s. Hãy đưa mật khẩu tạm tận tay.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="214"/>
        <source>Your password was changed.</source>
        <translation>Mật khẩu của bạn đã được đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="179"/>
        <location filename="../../desktop/gui/pages/settings_page.py" line="201"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="225"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="226"/>
        <source>The new language is used after TuQuan is restarted.</source>
        <translation>Ngôn ngữ mới sẽ được dùng sau khi khởi động lại Tự Quản.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="211"/>
        <source>First run</source>
        <translation>Thiết lập lần đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="264"/>
        <source>Checking the backup file…</source>
        <translation>Đang kiểm tra tệp sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="276"/>
        <source>Restoring the team&apos;s data…</source>
        <translation>Đang khôi phục dữ liệu của tổ…</translation>
    </message>
</context>
<context>
    <name>ShareRecoveryDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="51"/>
        <source>Recover with shares</source>
        <translation>Khôi phục bằng các mảnh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="53"/>
        <source>&amp;Add a share</source>
        <translation>&amp;Thêm mảnh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="55"/>
        <source>Make it a new &amp;leader account</source>
        <translation>Tạo tài khoản &amp;tổ trưởng mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="63"/>
        <source>&amp;Recover</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="75"/>
        <source>The holders of the recovery shares type their words, one share in each box, as many shares as the sheets say (for example any 2 of 3). The first four letters of each word are enough. Then give the leader&apos;s account a new password.</source>
        <translation>Người giữ mảnh gõ các từ trên tờ của mình, mỗi ô một mảnh, đủ số mảnh ghi trên tờ (ví dụ 2 trong 3 mảnh bất kỳ). Chỉ cần bốn chữ cái đầu của mỗi từ. Sau đó đặt mật khẩu mới cho tài khoản tổ trưởng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="87"/>
        <source>Leader&apos;s &amp;user name:</source>
        <translation>Tên đăng &amp;nhập của tổ trưởng:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="89"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="90"/>
        <source>New &amp;password:</source>
        <translation>&amp;Mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="91"/>
        <source>R&amp;epeat password:</source>
        <translation>Nhắc &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="110"/>
        <source>Share %1</source>
        <translation>Mảnh %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="111"/>
        <source>Share &amp;%1:</source>
        <translation>Mảnh &amp;%1:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="118"/>
        <source>Enter the leader&apos;s user name.</source>
        <translation>Hãy nhập tên đăng nhập của tổ trưởng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="120"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="143"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
</context>
<context>
    <name>SubjectChooser</name>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="28"/>
        <source>Choose the person</source>
        <translation>Chọn người</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="32"/>
        <source>One person is recorded under this name. Check the birth year and the address with the person who asked before going on.</source>
        <translation>Có một người mang tên này. Hãy đối chiếu năm sinh và địa chỉ với người yêu cầu trước khi tiếp tục.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="34"/>
        <source>%n people are recorded under this name. Choose the one who asked, by birth year and address.</source>
        <translation>
            <numerusform>Có %n người mang tên này. Hãy chọn đúng người yêu cầu theo năm sinh và địa chỉ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="47"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="47"/>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="47"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="48"/>
        <source>Entries</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="48"/>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="49"/>
        <source>People recorded under this name</source>
        <translation>Những người mang tên này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="57"/>
        <source>&amp;Export records…</source>
        <translation>&amp;Xuất thông tin…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="58"/>
        <source>&amp;Anonymise…</source>
        <translation>Ẩn &amp;danh…</translation>
    </message>
</context>
<context>
    <name>TeamRegisterPage</name>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="42"/>
        <source>Team register warnings</source>
        <translation>Cảnh báo về danh sách tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="46"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Thêm thành viên…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="47"/>
        <source>&amp;Edit member…</source>
        <translation>&amp;Sửa thành viên…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="48"/>
        <source>Member &amp;leaves the team…</source>
        <translation>Thành viên &amp;thôi tham gia tổ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="51"/>
        <source>Ethnic-minority mediators</source>
        <translation>Hòa giải viên người dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="52"/>
        <source>Sa&amp;ve number</source>
        <translation>Lưu &amp;số</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="65"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="65"/>
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="65"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="66"/>
        <source>Hamlet</source>
        <translation>Thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="66"/>
        <source>Recognised on</source>
        <translation>Ngày công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="67"/>
        <source>Decision</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="67"/>
        <source>Trained on</source>
        <translation>Ngày tập huấn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="67"/>
        <source>Left on</source>
        <translation>Ngày thôi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="68"/>
        <source>Reason for leaving</source>
        <translation>Lý do thôi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="70"/>
        <source>Team members</source>
        <translation>Thành viên tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="75"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="80"/>
        <source>E&amp;thnic-minority mediators (a number for the team; no one is marked):</source>
        <translation>Số hòa giải viên là người dân tộc &amp;thiểu số (số của cả tổ, không ghi cho từng người):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="118"/>
        <source>The team register:</source>
        <translation>Danh sách tổ:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="121"/>
        <source>Serving mediators today: {mediators} — women: {female} — trained: {trained}</source>
        <translation>Hòa giải viên đang làm: {mediators} — nữ: {female} — đã tập huấn: {trained}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="190"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="117"/>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="117"/>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="118"/>
        <source>Fingerprint</source>
        <translation>Mã đối chiếu khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="118"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="119"/>
        <source>Enrolled teams</source>
        <translation>Các tổ đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="120"/>
        <source>Enrol a team&apos;s &amp;card…</source>
        <translation>Đăng ký &amp;thẻ khóa của tổ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="121"/>
        <source>Write a &amp;receipt…</source>
        <translation>Lập &amp;biên nhận…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="122"/>
        <source>Re&amp;voke the key…</source>
        <translation>&amp;Thu hồi khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="147"/>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="147"/>
        <source>trusted</source>
        <translation>tin cậy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="153"/>
        <source>Teams</source>
        <translation>Các tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="153"/>
        <source>Choose a team in the list first.</source>
        <translation>Hãy chọn một tổ trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="163"/>
        <source>Save the receipt</source>
        <translation>Lưu biên nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="165"/>
        <source>Receipts (*.json)</source>
        <translation>Biên nhận (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="175"/>
        <source>The receipt for %1 was written to %2. Give it to the team: it shows which of its bundles arrived.</source>
        <translation>Đã ghi biên nhận cho %1 vào %2. Hãy đưa cho tổ: biên nhận cho biết những gói nào của tổ đã đến.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="178"/>
        <source>Receipt written</source>
        <translation>Đã lập biên nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="184"/>
        <source>Revoke</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="185"/>
        <source>Stop trusting the key of %1? Bundles signed with it will be rejected from now on.</source>
        <translation>Thôi tin cậy khóa của %1? Từ nay các gói ký bằng khóa này sẽ bị từ chối.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="39"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="43"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="44"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="49"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="51"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Quên mật khẩu?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="56"/>
        <source>&lt;b&gt;Tự Quản&lt;/b&gt; — the data on this computer is encrypted. Sign in to open it.</source>
        <translation>&lt;b&gt;Tự Quản&lt;/b&gt; — dữ liệu trên máy này đã được mã hóa. Hãy đăng nhập để mở.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="60"/>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="61"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="103"/>
        <source>The new password is set. Sign in with it.</source>
        <translation>Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="113"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="140"/>
        <source>Damaged data</source>
        <translation>Dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="141"/>
        <source>Restore backup %1 now? The damaged database is kept as a backup.</source>
        <translation>Khôi phục bản sao lưu %1 ngay? Dữ liệu bị hỏng được giữ lại thành một bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="151"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
</context>
<context>
    <name>VolumeDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="241"/>
        <source>Close volume %d</source>
        <translation>Khóa quyển %d</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="242"/>
        <source>Open volume %d</source>
        <translation>Mở quyển %d</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="248"/>
        <source>Closes o&amp;n:</source>
        <translation>Ngày &amp;khóa:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="248"/>
        <source>Opens o&amp;n:</source>
        <translation>Ngày &amp;mở:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="249"/>
        <source>Close the &amp;volume</source>
        <translation>Khóa &amp;quyển</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="249"/>
        <source>&amp;Open the volume</source>
        <translation>&amp;Mở quyển</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="254"/>
        <source>Closing volume %d ends it on the day below. Every case received in it must be ended first. From then on its entries are frozen: nobody can change them, and a mistake can only be corrected by an amendment that keeps the old text and the reason. A closed volume cannot be opened again.</source>
        <translation>Khóa quyển %d vào ngày dưới đây. Mọi vụ việc ghi trong quyển phải kết thúc trước. Sau đó các trang bị khóa: không ai sửa được; sai sót chỉ được đính chính bằng một lần bổ sung giữ lại nội dung cũ và lý do. Quyển đã khóa không mở lại được.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="258"/>
        <source>Volume %d of the log book starts on the day below; cases received from that day on are written in it.</source>
        <translation>Quyển %d của sổ bắt đầu từ ngày dưới đây; vụ việc tiếp nhận từ ngày đó được ghi vào quyển này.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="266"/>
        <source>The volume cannot close before the day it opened (%s).</source>
        <translation>Không thể khóa quyển trước ngày mở (%s).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="269"/>
        <source>The new volume must open after the day the previous one closed (%s).</source>
        <translation>Quyển mới phải mở sau ngày khóa quyển trước (%s).</translation>
    </message>
</context>
<context>
    <name>VolumesBox</name>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="18"/>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="25"/>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="91"/>
        <source>Log-book volumes</source>
        <translation>Các quyển sổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="23"/>
        <source>Volume</source>
        <translation>Quyển</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="23"/>
        <source>Opened on</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="24"/>
        <source>Closed on</source>
        <translation>Ngày khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="30"/>
        <source>&amp;Open the next volume…</source>
        <translation>&amp;Mở quyển tiếp theo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="31"/>
        <source>&amp;Close this volume…</source>
        <translation>&amp;Khóa quyển này…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="52"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="55"/>
        <source>Volume %d is open: new cases are written in it.</source>
        <translation>Quyển %d đang mở: vụ việc mới được ghi vào đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="58"/>
        <source>Every volume is closed: open the next one before new cases are written.</source>
        <translation>Các quyển đều đã khóa: hãy mở quyển tiếp theo trước khi ghi vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="61"/>
        <source>No volume is open yet.</source>
        <translation>Chưa mở quyển nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="71"/>
        <source>Volume %d is still open: close it before opening the next one.</source>
        <translation>Quyển %d còn đang mở: hãy khóa trước khi mở quyển tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="81"/>
        <source>No volume is open, so there is none to close.</source>
        <translation>Không có quyển nào đang mở để khóa.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="52"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="115"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="16"/>
        <source>this installation is not a police unit</source>
        <translation>máy này không phải của đơn vị Công an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="17"/>
        <source>it was signed by a key not enrolled for that team</source>
        <translation>gói được ký bằng khóa chưa đăng ký cho tổ đó</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="18"/>
        <source>the team&apos;s key was revoked</source>
        <translation>khóa của tổ đã bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="19"/>
        <source>it was addressed to another police unit</source>
        <translation>gói được gửi cho đơn vị Công an khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="20"/>
        <source>it comes from a newer version of TuQuan; update first</source>
        <translation>gói do phiên bản Tự Quản mới hơn tạo; hãy cập nhật trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="21"/>
        <source>a different bundle number {seq} of this team was already received (the team may have restored an old backup)</source>
        <translation>đã nhận một gói số {seq} khác của tổ này (có thể tổ đã khôi phục bản sao lưu cũ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="23"/>
        <source>bundle number {seq} of this team, already received, does not follow this one (the team may have restored an old backup)</source>
        <translation>gói số {seq} của tổ này, đã nhận trước đó, không nối tiếp gói này (có thể tổ đã khôi phục bản sao lưu cũ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="25"/>
        <source>it does not follow the previous bundle of this team</source>
        <translation>gói không nối tiếp gói trước của tổ này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="26"/>
        <source>the file is empty or too large</source>
        <translation>tệp rỗng hoặc quá lớn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="27"/>
        <source>it cannot be opened with this unit&apos;s key: it was made for another unit, or it is damaged or incomplete</source>
        <translation>không mở được bằng khóa của đơn vị: gói làm cho đơn vị khác, hoặc bị hỏng, hoặc chép chưa hết</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="29"/>
        <source>it is not a TuQuan bundle (or it is damaged)</source>
        <translation>không phải gói dữ liệu Tự Quản (hoặc đã bị hỏng)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="30"/>
        <source>its description has an impossible length</source>
        <translation>phần mô tả có độ dài không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="31"/>
        <source>it is truncated</source>
        <translation>gói bị cắt cụt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="32"/>
        <source>its content does not have the announced length</source>
        <translation>nội dung không đúng độ dài đã ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="33"/>
        <source>its description is not valid UTF-8 JSON</source>
        <translation>phần mô tả không phải JSON UTF-8 hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="34"/>
        <source>its description has the wrong shape</source>
        <translation>phần mô tả sai cấu trúc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="35"/>
        <source>its description lacks a valid &apos;{name}&apos;</source>
        <translation>phần mô tả thiếu trường &apos;{name}&apos; hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="36"/>
        <source>format {name} is not supported</source>
        <translation>không hỗ trợ định dạng {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="37"/>
        <source>the signature does not match the sending team&apos;s key</source>
        <translation>chữ ký không khớp với khóa của tổ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="38"/>
        <source>its content was altered</source>
        <translation>nội dung đã bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="39"/>
        <source>compression {name} is not supported</source>
        <translation>không hỗ trợ kiểu nén {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="40"/>
        <source>its content announces an impossible size</source>
        <translation>nội dung ghi kích thước không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="41"/>
        <source>its content cannot be unpacked</source>
        <translation>không giải nén được nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="42"/>
        <source>its content does not have the announced size</source>
        <translation>nội dung không đúng kích thước đã ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="43"/>
        <source>record {seq} is too large</source>
        <translation>bản ghi {seq} quá lớn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="44"/>
        <source>record {seq} is not valid UTF-8 JSON</source>
        <translation>bản ghi {seq} không phải JSON UTF-8 hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="45"/>
        <source>record {seq} has the wrong shape</source>
        <translation>bản ghi {seq} sai cấu trúc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="46"/>
        <source>cannot be read: {name}</source>
        <translation>không đọc được: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="47"/>
        <source>the manifest is too large</source>
        <translation>phần mô tả quá lớn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="48"/>
        <source>a recipient key is not a valid age key</source>
        <translation>khóa người nhận không phải khóa age hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="49"/>
        <source>too many files of the same name</source>
        <translation>có quá nhiều tệp cùng tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="50"/>
        <source>what was read back differs</source>
        <translation>dữ liệu đọc lại không giống bản gốc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="51"/>
        <source>record {seq} is empty</source>
        <translation>bản ghi {seq} trống</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="52"/>
        <source>it holds more than {name} records</source>
        <translation>gói chứa hơn {name} bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="53"/>
        <source>record {seq} breaks the rules for its kind: {name}</source>
        <translation>bản ghi {seq} không đúng quy cách của loại bản ghi đó: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="54"/>
        <source>record {seq} names another team</source>
        <translation>bản ghi {seq} mang tên một tổ khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="55"/>
        <source>record {seq} belongs to another team</source>
        <translation>bản ghi {seq} thuộc về một tổ khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="56"/>
        <source>the numbers of records it announces differ from its content</source>
        <translation>số bản ghi gói khai báo không khớp với nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="57"/>
        <source>its number {seq} is implausibly far past the last bundle received from this team</source>
        <translation>số thứ tự {seq} của gói vượt quá xa gói cuối cùng đã nhận của tổ này, không thể là thật</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="59"/>
        <source>it could not be read ({name})</source>
        <translation>không đọc được gói ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="94"/>
        <source>Report of %1</source>
        <translation>Báo cáo tháng %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="96"/>
        <source>Report of %1; changes recorded up to %2</source>
        <translation>Báo cáo tháng %1; các thay đổi ghi đến %2</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="10"/>
        <source>&amp;OK</source>
        <translation>&amp;Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="11"/>
        <location filename="../../desktop/gui/widgets/buttons.py" line="25"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="12"/>
        <source>C&amp;lose</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="22"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="23"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="24"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="211"/>
        <source>Handing over…</source>
        <translation>Đang bàn giao…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/core/errors.py" line="175"/>
        <source>The database is damaged ({problem}). Nothing was changed. The newest good backup is {backup}: TuQuan offers to restore it; the damaged file is kept.</source>
        <translation>Cơ sở dữ liệu bị hỏng ({problem}). Chưa có gì bị thay đổi. Bản sao lưu tốt mới nhất là {backup}: Tự Quản sẽ đề nghị khôi phục; tệp bị hỏng được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="185"/>
        <source>The database is damaged ({problem}), and no backup in the data folder opens and checks. Nothing was changed. Keep the folder as it is and bring a backup made elsewhere (a stick, another copy of the folder).</source>
        <translation>Cơ sở dữ liệu bị hỏng ({problem}) và trong thư mục dữ liệu không có bản sao lưu nào mở và kiểm tra được. Chưa có gì bị thay đổi. Hãy giữ nguyên thư mục và mang đến một bản sao lưu làm ở nơi khác (USB, một bản sao khác của thư mục).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="192"/>
        <source>Backup {backup} cannot be restored: {problem}</source>
        <translation>Không thể khôi phục bản sao lưu {backup}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="215"/>
        <source>The database key was not changed: {reason}</source>
        <translation>Khóa cơ sở dữ liệu chưa được đổi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="246"/>
        <source>The bundle was rejected: {reason}</source>
        <translation>Gói dữ liệu bị từ chối: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="251"/>
        <source>Writing the bundle to {target} failed ({reason}). The bundle is safe in the outbox: try another stick, then write it again.</source>
        <translation>Ghi gói dữ liệu vào {target} không thành công ({reason}). Gói vẫn được giữ an toàn trong hộp thư đi: hãy thử USB khác rồi ghi lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="160"/>
        <source>There is no room to write in {place} ({detail}). Nothing was saved and the files already there are intact; free some space or choose another place, then try again.</source>
        <translation>Không còn chỗ trống để ghi vào {place} ({detail}). Chưa có gì được lưu và các tệp đã có vẫn nguyên vẹn; hãy giải phóng dung lượng hoặc chọn nơi khác rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="166"/>
        <source>{place} cannot be written ({detail}): it may be read-only or locked. Nothing was changed there; choose another place.</source>
        <translation>Không ghi được vào {place} ({detail}): có thể chỉ cho phép đọc hoặc đang bị khóa. Không có gì bị thay đổi ở đó; hãy chọn nơi khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="34"/>
        <source>No TuQuan installation was found in {data_dir}.</source>
        <translation>Không tìm thấy dữ liệu Tự Quản trong {data_dir}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="39"/>
        <source>An installation already exists in {data_dir}; it was left untouched.</source>
        <translation>Đã có dữ liệu trong {data_dir}; dữ liệu đó được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="49"/>
        <source>The recovery code is wrong. Type it as printed on the recovery sheet: six groups of five letters and digits.</source>
        <translation>Mã khôi phục không đúng. Hãy gõ đúng như trên tờ mã khôi phục: sáu nhóm, mỗi nhóm năm chữ và số.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="55"/>
        <source>The password of {username} cannot be reset by another account: a team leader or administrator changes their own password, or resets it with the recovery code (`tuquan recover`).</source>
        <translation>Không thể đặt lại mật khẩu của {username} từ tài khoản khác: tổ trưởng hoặc quản trị viên tự đổi mật khẩu của mình, hoặc đặt lại bằng mã khôi phục (`tuquan recover`).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="59"/>
        <source>The password of {username} cannot be reset by another account: a team leader or administrator changes their own password, or resets it with the recovery code (&quot;Forgot password?&quot; on the unlock window).</source>
        <translation>Không thể đặt lại mật khẩu của {username} từ tài khoản khác: tổ trưởng hoặc quản trị viên tự đổi mật khẩu của mình, hoặc đặt lại bằng mã khôi phục (“Quên mật khẩu?” trên cửa sổ mở khóa).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="97"/>
        <source>Several members are named {name}; give the register id of the one meant: {choices}</source>
        <translation>Có nhiều tổ viên tên {name}; hãy ghi mã danh sách của người được phân công: {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="100"/>
        <source>Several members are named {name}: choose the one meant from the list (it says which hamlet each one covers). {choices}</source>
        <translation>Có nhiều tổ viên tên {name}: hãy chọn đúng người trong danh sách gợi ý (có ghi thôn, tổ phụ trách của từng người). {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="111"/>
        <source>{count} people are recorded under this name, so nothing was exported or changed: choose one with --person KEY, or tell them apart with --birth-year or --address. {candidates}</source>
        <translation>Có {count} người mang tên này nên chưa xuất hay thay đổi gì: chọn một người bằng --person KEY, hoặc phân biệt bằng --birth-year hay --address. {candidates}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="115"/>
        <source>{count} people are recorded under this name, so nothing was exported or changed: choose one of them. {candidates}</source>
        <translation>Có {count} người mang tên này nên chưa xuất hay thay đổi gì: hãy chọn một người. {candidates}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="121"/>
        <source>The PostgreSQL server holding this installation&apos;s data did not answer ({detail}). Check that it is running and reachable, then try again.</source>
        <translation>Máy chủ PostgreSQL giữ dữ liệu của bản cài đặt này không trả lời ({detail}). Hãy kiểm tra máy chủ đang chạy và kết nối được, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="133"/>
        <source>The data folder {data_dir} cannot be written ({detail}): it may be on a read-only disk, or a stick with its lock switch on. TuQuan writes there even to open the data; copy the folder to a writable place, or make it writable. Nothing was changed.</source>
        <translation>Không ghi được vào thư mục dữ liệu {data_dir} ({detail}): có thể nó nằm trên đĩa chỉ đọc, hoặc USB đang gạt khóa ghi. Ngay cả khi chỉ mở dữ liệu, Tự Quản cũng cần ghi vào đó; hãy chép thư mục sang nơi ghi được, hoặc cho phép ghi. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="144"/>
        <source>This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach the police unit&apos;s database server: install the police unit&apos;s build of TuQuan, or `pip install tuquan[postgresql]`.</source>
        <translation>Bản Tự Quản này không có trình điều khiển PostgreSQL ({driver}) nên không kết nối được máy chủ cơ sở dữ liệu của công an: hãy cài bản Tự Quản dành cho công an, hoặc chạy `pip install tuquan[postgresql]`.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="154"/>
        <source>This installation keeps its data in PostgreSQL: back it up, restore it and protect its disk with the server&apos;s own tools (pg_dump, disk encryption).</source>
        <translation>Bản cài đặt này lưu dữ liệu trong PostgreSQL: hãy sao lưu, khôi phục và bảo vệ ổ đĩa bằng công cụ của chính máy chủ (pg_dump, mã hóa ổ đĩa).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="172"/>
        <source>The database in {data_dir} is damaged ({problem}). Nothing was changed. Restore the newest good backup: `tuquan backup restore {backup}` or Settings → Backups.</source>
        <translation>Cơ sở dữ liệu trong {data_dir} bị hỏng ({problem}). Chưa có gì bị thay đổi. Hãy khôi phục bản sao lưu tốt mới nhất: `tuquan backup restore {backup}` hoặc Cài đặt → Sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="181"/>
        <source>The database in {data_dir} is damaged ({problem}), and no backup in this folder opens and checks. Nothing was changed. Keep the folder as it is and bring a backup made elsewhere (a stick, another copy of the folder).</source>
        <translation>Cơ sở dữ liệu trong {data_dir} bị hỏng ({problem}) và trong thư mục này không có bản sao lưu nào mở và kiểm tra được. Chưa có gì bị thay đổi. Hãy giữ nguyên thư mục và mang đến một bản sao lưu làm ở nơi khác (USB, một bản sao khác của thư mục).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="197"/>
        <source>{file} is not a TuQuan backup file (or was made by a newer version of TuQuan); nothing was changed.</source>
        <translation>{file} không phải tệp sao lưu Tự Quản (hoặc do phiên bản Tự Quản mới hơn tạo ra); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="203"/>
        <source>The backup file {file} is damaged or was altered ({problem}): nothing was restored from it; use another copy of the backup.</source>
        <translation>Tệp sao lưu {file} bị hỏng hoặc đã bị sửa ({problem}): chưa khôi phục gì từ tệp này; hãy dùng một bản sao lưu khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="209"/>
        <source>The backup could not be written to {target} ({reason}): nothing was left there under a backup&apos;s name; try again, or use another stick.</source>
        <translation>Không ghi được bản sao lưu vào {target} ({reason}): không để lại tệp sao lưu nào ở đó; hãy thử lại hoặc dùng USB khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="220"/>
        <source>Share {number} cannot be read: check each of its words against the sheet.</source>
        <translation>Không đọc được mảnh {number}: hãy so từng từ với tờ giấy.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="225"/>
        <source>{needed} recovery shares are needed; {given} were given.</source>
        <translation>Cần {needed} mảnh khôi phục; mới nhập {given} mảnh.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="230"/>
        <source>These recovery shares do not belong together: use shares printed at the same time, each sheet once.</source>
        <translation>Các mảnh này không cùng một lần chia: hãy dùng các mảnh in cùng một lần, mỗi tờ một lần.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="236"/>
        <source>These recovery shares were replaced by a newer split and no longer open TuQuan.</source>
        <translation>Các mảnh này đã được thay bằng lần chia mới và không còn mở được Tự Quản.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="241"/>
        <source>No recovery shares were made for this installation.</source>
        <translation>Máy này chưa lập mảnh khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="267"/>
        <source>{name} already has an enrolled key (fingerprint {fingerprint}). Enrol the new card only if they changed their key on purpose: replacing it revokes the old one.</source>
        <translation>{name} đã có khóa được đăng ký (mã đối chiếu khóa {fingerprint}). Chỉ đăng ký thẻ mới nếu bên đó chủ động đổi khóa: thay khóa sẽ thu hồi khóa cũ.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="273"/>
        <source>This is the commune police&apos;s card; the commune People&apos;s Committee&apos;s card is expected here.</source>
        <translation>Đây là thẻ khóa của Công an cấp xã; ở đây cần thẻ khóa của Ủy ban nhân dân cấp xã.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="279"/>
        <source>This is the commune People&apos;s Committee&apos;s card; the commune police&apos;s card is expected here.</source>
        <translation>Đây là thẻ khóa của Ủy ban nhân dân cấp xã; ở đây cần thẻ khóa của Công an cấp xã.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="285"/>
        <source>The data in {data_dir} is open in a TuQuan window. Close that window first, then try again; nothing was changed.</source>
        <translation>Dữ liệu trong {data_dir} đang mở trong một cửa sổ Tự Quản. Hãy đóng cửa sổ đó trước rồi thử lại; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="288"/>
        <source>The data in {data_dir} is already open in a TuQuan window. Use that window, or close it first.</source>
        <translation>Dữ liệu trong {data_dir} đang mở trong một cửa sổ Tự Quản khác. Hãy dùng cửa sổ đó, hoặc đóng nó trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="294"/>
        <source>The data in {data_dir} is in use by another tuquan command, which did not finish in time. Wait for it to finish, then try again; nothing was changed.</source>
        <translation>Dữ liệu trong {data_dir} đang được một lệnh tuquan khác sử dụng và lệnh đó chưa xong kịp. Hãy chờ lệnh đó chạy xong rồi thử lại; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="297"/>
        <source>The data in {data_dir} is in use by a tuquan command. Wait for it to finish, then open TuQuan again; nothing was changed.</source>
        <translation>Dữ liệu trong {data_dir} đang được một lệnh tuquan sử dụng. Hãy chờ lệnh đó chạy xong rồi mở lại Tự Quản; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="148"/>
        <source>This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach the police unit&apos;s database server: install the police unit&apos;s build of TuQuan.</source>
        <translation>Bản Tự Quản này không có trình điều khiển PostgreSQL ({driver}) nên không kết nối được máy chủ cơ sở dữ liệu của công an: hãy cài bản Tự Quản dành cho công an.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="127"/>
        <source>Another TuQuan window or command kept the data busy for too long; nothing was saved. Try again in a moment.</source>
        <translation>Một cửa sổ hoặc lệnh Tự Quản khác giữ dữ liệu quá lâu; chưa có gì được lưu. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="137"/>
        <source>The data folder {data_dir} cannot be written ({detail}): it may be on a read-only disk, or a stick with its lock switch on. Copy the folder to a writable place, or make it writable. Nothing was changed.</source>
        <translation>Không ghi được vào thư mục dữ liệu {data_dir} ({detail}): có thể nó nằm trên đĩa chỉ đọc, hoặc USB đang gạt khóa ghi. Hãy chép thư mục sang nơi ghi được, hoặc cho phép ghi. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="44"/>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="32"/>
        <source>No TuQuan installation was found in {data_dir}. Run the set-up first.</source>
        <translation>Không tìm thấy dữ liệu Tự Quản trong {data_dir}. Hãy chạy phần cài đặt ban đầu trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="66"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Nhập sai quá nhiều lần. Hãy thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="71"/>
        <source>The account {username} is disabled.</source>
        <translation>Tài khoản {username} đã bị khóa.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="76"/>
        <source>Your role ({role}) is not allowed to {action}.</source>
        <translation>Vai trò của bạn ({role}) không được phép thực hiện việc này ({action}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="81"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="86"/>
        <source>This data was written by a newer version of TuQuan (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>Dữ liệu này do phiên bản Tự Quản mới hơn ghi (lược đồ {revision}). Hãy cài phiên bản mới hơn để mở; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="92"/>
        <source>The key file does not match the database in {data_dir}; restore both from a backup.</source>
        <translation>Tệp khóa không khớp với cơ sở dữ liệu trong {data_dir}; hãy khôi phục cả hai từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="106"/>
        <source>{what} {name} was not found.</source>
        <translation>Không tìm thấy {what} {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="257"/>
        <source>Bundle {seq} for the {recipient} desk was made and kept in the outbox, but writing it out failed: {reason} Write it again later (`tuquan outbox write {seq} --to {recipient} --out DIR`).</source>
        <translation>Gói số {seq} gửi {recipient} đã được lập và giữ trong hộp thư đi, nhưng ghi ra ngoài không được: {reason} Hãy ghi lại sau (`tuquan outbox write {seq} --to {recipient} --out DIR`).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="261"/>
        <source>Bundle {seq} for {recipient} was made and kept in the outbox, but writing it out failed: {reason} Write it again later (&quot;Write again&quot;).</source>
        <translation>Gói số {seq} gửi {recipient} đã được lập và giữ trong hộp thư đi, nhưng ghi ra ngoài không được: {reason} Hãy ghi lại sau (nút &quot;Ghi lại&quot;).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="162"/>
        <source>An unexpected error occurred ({kind}). Nothing was saved.</source>
        <translation>Đã xảy ra lỗi không mong muốn ({kind}). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="168"/>
        <source>TuQuan</source>
        <translation>Tự Quản</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <location filename="../../desktop/gui/errors.py" line="19"/>
        <source>user name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="19"/>
        <source>password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="20"/>
        <source>full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="20"/>
        <source>role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="21"/>
        <source>name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="21"/>
        <source>commune code</source>
        <translation>Mã xã/phường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="22"/>
        <source>administrative units file</source>
        <translation>Tệp danh mục hành chính</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="23"/>
        <source>use 2–32 letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>dùng 2–32 ký tự: chữ a–z không dấu, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="24"/>
        <source>use at least 8 characters</source>
        <translation>cần ít nhất 8 ký tự</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="25"/>
        <source>enter between 1 and 200 characters</source>
        <translation>nhập từ 1 đến 200 ký tự</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="26"/>
        <source>this role does not exist in this mode</source>
        <translation>vai trò này không có ở chế độ này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="27"/>
        <source>this user name is already taken</source>
        <translation>tên đăng nhập này đã có người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="28"/>
        <source>no account has this user name</source>
        <translation>không có tài khoản nào có tên đăng nhập này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="29"/>
        <source>not a known commune code</source>
        <translation>không phải mã xã/phường có trong danh mục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="30"/>
        <source>unknown format</source>
        <translation>định dạng không đúng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="31"/>
        <source>the two entries differ</source>
        <translation>hai lần nhập không giống nhau</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="32"/>
        <source>recipient</source>
        <translation>nơi nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="33"/>
        <source>police</source>
        <translation>Công an cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="33"/>
        <source>commune</source>
        <translation>Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="34"/>
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="35"/>
        <source>enter a number from 0 to 1000</source>
        <translation>nhập một số từ 0 đến 1000</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="36"/>
        <source>only a team keeps a register</source>
        <translation>chỉ tổ mới có danh sách tổ viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="37"/>
        <source>the justice statistics are counted at the commune People&apos;s Committee</source>
        <translation>số liệu thống kê hòa giải được tổng hợp tại Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="39"/>
        <source>enrol the commune police&apos;s card first</source>
        <translation>hãy đăng ký thẻ khóa của Công an cấp xã trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="40"/>
        <source>enrol the commune People&apos;s Committee&apos;s card first</source>
        <translation>hãy đăng ký thẻ khóa của Ủy ban nhân dân cấp xã trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="41"/>
        <source>enrol the card of the commune police or of the commune People&apos;s Committee first</source>
        <translation>hãy đăng ký thẻ khóa của Công an cấp xã hoặc Ủy ban nhân dân cấp xã trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="43"/>
        <source>received_date</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="44"/>
        <source>basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="45"/>
        <source>scope_category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="46"/>
        <source>status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="47"/>
        <source>end_reason</source>
        <translation>Lý do kết thúc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="48"/>
        <source>scope_exclusion</source>
        <translation>Trường hợp loại trừ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="49"/>
        <source>scope_check</source>
        <translation>Kiểm tra phạm vi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="50"/>
        <source>scope_note</source>
        <translation>Ghi chú phạm vi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="51"/>
        <source>no_conflict</source>
        <translation>Xung đột lợi ích</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="52"/>
        <source>reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="53"/>
        <source>ended_on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="54"/>
        <source>result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="55"/>
        <source>risk_of_violence</source>
        <translation>Nguy cơ bạo lực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="56"/>
        <source>signs_of_violation</source>
        <translation>Dấu hiệu vi phạm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="57"/>
        <source>held_on</source>
        <translation>Ngày hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="58"/>
        <source>implementation_status</source>
        <translation>Tình hình thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="59"/>
        <source>implementation_method</source>
        <translation>phương thức thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="60"/>
        <source>implementation_deadline</source>
        <translation>thời hạn thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="61"/>
        <source>witnesses</source>
        <translation>người chứng kiến</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="62"/>
        <source>before the agreement was reached</source>
        <translation>trước ngày đạt được thỏa thuận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="63"/>
        <source>outside 1900 … ten years from today</source>
        <translation>ngoài khoảng từ năm 1900 đến mười năm sau hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="64"/>
        <source>position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="65"/>
        <source>gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="66"/>
        <source>hamlet</source>
        <translation>Thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="67"/>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="68"/>
        <source>record when it was reported and to whom</source>
        <translation>ghi rõ đã báo lúc nào và cho ai</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="69"/>
        <source>say which exclusion applies</source>
        <translation>chọn trường hợp loại trừ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="70"/>
        <source>mediation has already started</source>
        <translation>việc hòa giải đã bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="71"/>
        <source>note whom you consulted and what they said</source>
        <translation>ghi rõ đã hỏi ai và ý kiến thế nào</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="72"/>
        <source>the case is closed; add a note instead</source>
        <translation>vụ việc đã đóng; hãy thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="73"/>
        <source>must stay in the case number&apos;s year</source>
        <translation>phải cùng năm với số vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="74"/>
        <source>the mediator must confirm having no interest in or relationship to the case</source>
        <translation>hòa giải viên phải xác nhận không có quyền lợi hay quan hệ liên quan đến vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="75"/>
        <source>the case is closed</source>
        <translation>vụ việc đã đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="76"/>
        <source>confirm that no exclusion applies before mediation starts</source>
        <translation>xác nhận không thuộc trường hợp loại trừ trước khi hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="77"/>
        <source>assign a mediator first</source>
        <translation>hãy phân công hòa giải viên trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="78"/>
        <source>an out-of-scope case has no mediation result</source>
        <translation>vụ việc không thuộc phạm vi thì không có kết quả hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="79"/>
        <source>before the case was received</source>
        <translation>sớm hơn ngày nhận vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="80"/>
        <source>only for cases that reached agreement</source>
        <translation>chỉ dùng cho vụ việc hòa giải thành</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="81"/>
        <source>expected a date as dd/mm/yyyy or yyyy-mm-dd</source>
        <translation>cần ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="82"/>
        <source>a party needs a name</source>
        <translation>mỗi bên cần có họ tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="83"/>
        <source>expected a year such as 1975</source>
        <translation>cần năm dạng 1975</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="84"/>
        <source>expected a date and time (ISO 8601)</source>
        <translation>cần ngày giờ (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="85"/>
        <source>card</source>
        <translation>thẻ khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="85"/>
        <source>receipt</source>
        <translation>biên nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="86"/>
        <source>police unit</source>
        <translation>đơn vị Công an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="86"/>
        <source>installation</source>
        <translation>máy cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="87"/>
        <source>passphrase</source>
        <translation>cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="87"/>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="88"/>
        <source>not a TuQuan key card</source>
        <translation>không phải thẻ khóa Tự Quản</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="89"/>
        <source>a team enrols its police unit&apos;s card, and the police unit enrols the teams&apos; cards</source>
        <translation>tổ đăng ký thẻ khóa của Công an, còn Công an đăng ký thẻ khóa của các tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="91"/>
        <source>enrol the police unit&apos;s card first</source>
        <translation>hãy đăng ký thẻ khóa của đơn vị Công an trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="92"/>
        <source>not a TuQuan receipt</source>
        <translation>không phải biên nhận Tự Quản</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="93"/>
        <source>it was not signed by the police unit enrolled here, or it was altered</source>
        <translation>biên nhận không do đơn vị Công an đã đăng ký ký, hoặc đã bị sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="95"/>
        <source>it was written for another team</source>
        <translation>biên nhận lập cho tổ khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="96"/>
        <source>its content has the wrong shape</source>
        <translation>nội dung sai cấu trúc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="97"/>
        <source>receipts are written by the police unit and read by teams</source>
        <translation>biên nhận do Công an lập và do các tổ đọc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="98"/>
        <source>cannot be opened</source>
        <translation>không mở được</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="99"/>
        <source>is too large for this kind of file</source>
        <translation>quá lớn đối với loại tệp này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="100"/>
        <source>expected a month as YYYY-MM</source>
        <translation>cần ghi tháng theo dạng YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="101"/>
        <source>outside 1900 … a year from today</source>
        <translation>nằm ngoài khoảng từ năm 1900 đến một năm sau hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="102"/>
        <source>holds characters that are not text</source>
        <translation>chứa ký tự không phải là chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="103"/>
        <source>more than 100 entries</source>
        <translation>nhiều hơn 100 mục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="104"/>
        <source>this key was revoked; ask for a new card</source>
        <translation>khóa này đã bị thu hồi; hãy xin thẻ mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="105"/>
        <source>this key is already enrolled for someone else</source>
        <translation>khóa này đã được ghi nhận cho bên khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="106"/>
        <source>this card is already enrolled</source>
        <translation>thẻ này đã được ghi nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="107"/>
        <source>has no rows to import</source>
        <translation>không có dòng nào để nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="109"/>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="109"/>
        <source>recognised_on</source>
        <translation>ngày công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="110"/>
        <source>trained_on</source>
        <translation>ngày tập huấn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="110"/>
        <source>volume</source>
        <translation>quyển sổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="111"/>
        <source>opened_on</source>
        <translation>ngày mở</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="111"/>
        <source>closed_on</source>
        <translation>ngày khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="112"/>
        <source>is in the future</source>
        <translation>là ngày chưa đến</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="113"/>
        <source>after the member left the team</source>
        <translation>sau ngày thành viên thôi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="114"/>
        <source>has already left the team</source>
        <translation>đã thôi tham gia tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="115"/>
        <source>before the member was recognised</source>
        <translation>trước ngày công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="116"/>
        <source>close the current volume first</source>
        <translation>hãy khóa quyển hiện tại trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="117"/>
        <source>must be after the previous volume closed</source>
        <translation>phải sau ngày khóa quyển trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="118"/>
        <source>already closed</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="119"/>
        <source>before the volume was opened</source>
        <translation>trước ngày mở quyển</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="120"/>
        <source>some of its cases are not finished yet</source>
        <translation>còn vụ việc chưa kết thúc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="121"/>
        <source>share holders</source>
        <translation>người giữ mảnh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="121"/>
        <source>shares needed</source>
        <translation>số mảnh cần</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="122"/>
        <source>old leader</source>
        <translation>tổ trưởng cũ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="122"/>
        <source>new leader</source>
        <translation>tổ trưởng mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="123"/>
        <source>name from 2 to 16 holders, one a share</source>
        <translation>ghi từ 2 đến 16 người giữ, mỗi người một mảnh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="124"/>
        <source>enter between 1 and 100 characters</source>
        <translation>nhập từ 1 đến 100 ký tự</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="125"/>
        <source>from 2 up to the number of holders</source>
        <translation>từ 2 đến số người giữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="126"/>
        <source>the recovery shares are split again: name their holders</source>
        <translation>các mảnh sẽ được chia lại: hãy ghi người giữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="127"/>
        <source>name the leader who hands over</source>
        <translation>hãy ghi tổ trưởng bàn giao</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="128"/>
        <source>this account is not an active leader</source>
        <translation>tài khoản này không phải tổ trưởng đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="129"/>
        <source>choose an account other than the old leader&apos;s</source>
        <translation>hãy chọn tài khoản khác tài khoản tổ trưởng cũ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="130"/>
        <source>a leader hands over only their own role</source>
        <translation>tổ trưởng chỉ bàn giao vai trò của chính mình</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/gui/labels.py" line="9"/>
        <location filename="../../desktop/gui/labels.py" line="102"/>
        <source>Received</source>
        <translation>Mới tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="10"/>
        <source>Assigned</source>
        <translation>Đã phân công</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="11"/>
        <source>In progress</source>
        <translation>Đang hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="12"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="13"/>
        <source>Out of scope</source>
        <translation>Không thuộc phạm vi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="14"/>
        <source>Successful</source>
        <translation>Hòa giải thành</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="15"/>
        <source>Unsuccessful</source>
        <translation>Hòa giải không thành</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="16"/>
        <source>A party asked for mediation</source>
        <translation>Một bên hoặc các bên yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="17"/>
        <source>A mediator witnessed or learned of it</source>
        <translation>Hòa giải viên chứng kiến hoặc biết vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="18"/>
        <source>Assigned by the team leader</source>
        <translation>Tổ trưởng phân công</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="19"/>
        <source>Proposed by an agency or person</source>
        <translation>Cơ quan, tổ chức, cá nhân đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="20"/>
        <source>Everyday conflict</source>
        <translation>Mâu thuẫn giữa các bên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="21"/>
        <source>Civil dispute</source>
        <translation>Tranh chấp dân sự</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="22"/>
        <source>Marriage and family</source>
        <translation>Tranh chấp hôn nhân và gia đình</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="23"/>
        <source>Minor violation</source>
        <translation>Vi phạm chưa đến mức bị xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="24"/>
        <source>Criminal matter that may be mediated</source>
        <translation>Vi phạm hình sự thuộc trường hợp được hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="25"/>
        <source>Administrative matter that may be mediated</source>
        <translation>Vi phạm hành chính thuộc trường hợp được hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="26"/>
        <source>Other, not prohibited</source>
        <translation>Vụ, việc khác mà pháp luật không cấm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="27"/>
        <source>The parties reached agreement</source>
        <translation>Các bên đạt được thỏa thuận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="28"/>
        <source>A party asked to stop</source>
        <translation>Một bên hoặc các bên yêu cầu chấm dứt hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="29"/>
        <source>Ended: agreement is impossible</source>
        <translation>Hòa giải viên quyết định kết thúc hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="30"/>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="31"/>
        <source>No exclusion applies</source>
        <translation>Không thuộc trường hợp loại trừ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="32"/>
        <source>Unsure: the Justice officer was consulted</source>
        <translation>Chưa rõ: đã hỏi ý kiến công chức Tư pháp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="34"/>
        <source>Excluded: refer the parties elsewhere</source>
        <translation>Loại trừ: hướng dẫn các bên đến cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="35"/>
        <source>Harms State or public interests</source>
        <translation>Xâm phạm lợi ích Nhà nước, lợi ích công cộng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="37"/>
        <source>Family violation a State body must handle</source>
        <translation>Vi phạm hôn nhân, gia đình do cơ quan nhà nước giải quyết</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="39"/>
        <source>Transaction against the law or social ethics</source>
        <translation>Giao dịch vi phạm điều cấm, trái đạo đức xã hội</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="41"/>
        <source>Must be prosecuted or sanctioned</source>
        <translation>Phải truy cứu hình sự hoặc xử lý hành chính</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="43"/>
        <source>Commercial or labour dispute</source>
        <translation>Tranh chấp thương mại, lao động</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="44"/>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="45"/>
        <source>Done</source>
        <translation>Đã thực hiện xong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="46"/>
        <source>Not complied with</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="47"/>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="48"/>
        <source>Group of individuals</source>
        <translation>Nhóm cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="49"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="50"/>
        <source>Group of families</source>
        <translation>Nhóm gia đình</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="51"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="52"/>
        <source>Public order</source>
        <translation>Trật tự công cộng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="53"/>
        <source>Theft, property</source>
        <translation>Trộm cắp, tài sản</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="54"/>
        <source>Drugs</source>
        <translation>Ma túy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="55"/>
        <source>Gambling</source>
        <translation>Cờ bạc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="56"/>
        <source>Social evils</source>
        <translation>Tệ nạn xã hội</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="57"/>
        <source>Domestic violence</source>
        <translation>Bạo lực gia đình</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="58"/>
        <source>Traffic safety</source>
        <translation>An toàn giao thông</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="59"/>
        <source>Fire and rescue</source>
        <translation>Phòng cháy, cứu nạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="60"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="61"/>
        <source>Observation</source>
        <translation>Quan sát</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="62"/>
        <source>Tip from a resident</source>
        <translation>Tin báo của người dân</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="63"/>
        <source>By phone</source>
        <translation>Qua điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="64"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="65"/>
        <source>Normal</source>
        <translation>Thông thường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="66"/>
        <source>Confidential</source>
        <translation>Hạn chế tiếp cận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="67"/>
        <source>Source protected</source>
        <translation>Bảo vệ nguồn tin</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="68"/>
        <source>Open</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="69"/>
        <source>Reported</source>
        <translation>Đã báo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="70"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="71"/>
        <source>The text mentions religion, ethnicity or politics: keep it only if strictly necessary.</source>
        <translation>Nội dung có nhắc đến tôn giáo, dân tộc hoặc chính trị: chỉ giữ lại nếu thật cần thiết.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="74"/>
        <source>Mediation</source>
        <translation>Hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="75"/>
        <source>Security reporting</source>
        <translation>Báo tin an ninh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="76"/>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="77"/>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="78"/>
        <source>Denunciations (reports)</source>
        <translation>Tố giác tội phạm (vụ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="79"/>
        <source>Denunciations (subjects)</source>
        <translation>Tố giác (đối tượng)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="80"/>
        <source>Joint handling (cases)</source>
        <translation>Phối hợp xử lý (vụ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="81"/>
        <source>Joint handling (subjects)</source>
        <translation>Phối hợp xử lý (đối tượng)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="82"/>
        <source>Wanted persons persuaded to surrender</source>
        <translation>Vận động đối tượng truy nã đầu thú</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="83"/>
        <source>People who erred: being helped</source>
        <translation>Người lầm lỗi đang giúp đỡ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="84"/>
        <source>People who erred: help completed</source>
        <translation>Người lầm lỗi đã giúp đỡ xong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="85"/>
        <source>People who erred: reintegrated</source>
        <translation>Người lầm lỗi đã tái hòa nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="86"/>
        <source>Delinquent youths managed</source>
        <translation>Thanh thiếu niên vi phạm được quản lý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="87"/>
        <source>Patrols</source>
        <translation>Tuần tra (lượt)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="88"/>
        <source>Patrol participant-turns</source>
        <translation>Người tham gia tuần tra (lượt người)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="89"/>
        <source>Propaganda sessions</source>
        <translation>Buổi tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="90"/>
        <source>Propaganda attendance</source>
        <translation>Người dự tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="91"/>
        <source>Self-management models</source>
        <translation>Mô hình tự quản</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="92"/>
        <source>Self-management members</source>
        <translation>Thành viên mô hình tự quản</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="93"/>
        <source>Households in the area</source>
        <translation>Tổng số hộ trên địa bàn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="94"/>
        <source>Households pledged</source>
        <translation>Hộ đăng ký &quot;An toàn về ANTT&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="95"/>
        <location filename="../../desktop/gui/labels.py" line="96"/>
        <source>Mediation case</source>
        <translation>Vụ việc hòa giải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="97"/>
        <source>Security note</source>
        <translation>Ghi chép an ninh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="98"/>
        <source>Risk of violence</source>
        <translation>Nguy cơ bạo lực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="99"/>
        <source>Signs of a violation</source>
        <translation>Có dấu hiệu vi phạm pháp luật</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="100"/>
        <source>About a violation</source>
        <translation>Liên quan vi phạm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="101"/>
        <source>Reported to the police</source>
        <translation>Đã báo Công an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="103"/>
        <source>Received, but an earlier bundle is missing</source>
        <translation>Đã nhận, nhưng còn thiếu gói trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="104"/>
        <source>Missing: due and not received</source>
        <translation>Chưa nhận: đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="105"/>
        <source>Not due yet</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="106"/>
        <source>A bundle contradicting earlier ones was refused</source>
        <translation>Đã từ chối một gói mâu thuẫn với các gói trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="107"/>
        <source>Before the team was enrolled</source>
        <translation>Trước khi tổ được đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="108"/>
        <source>No team leader is on the register</source>
        <translation>Tổ chưa có tổ trưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="109"/>
        <source>Fewer than three mediators</source>
        <translation>Tổ có dưới 3 hòa giải viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="110"/>
        <source>No woman among the mediators</source>
        <translation>Tổ chưa có hòa giải viên nữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="111"/>
        <source>Many ethnic-minority residents: no ethnic-minority mediator is recorded</source>
        <translation>Vùng có nhiều đồng bào dân tộc thiểu số: chưa có hòa giải viên là người dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="113"/>
        <source>Signed on paper</source>
        <translation>Ký trên giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="114"/>
        <source>Fingerprint on paper</source>
        <translation>Điểm chỉ trên giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="115"/>
        <source>Spoken, before a witness</source>
        <translation>Bằng lời nói, có người làm chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="116"/>
        <source>See their data</source>
        <translation>Xem dữ liệu của mình</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="117"/>
        <source>Correct their data</source>
        <translation>Chỉnh sửa dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="118"/>
        <source>Erase their data</source>
        <translation>Xóa dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="119"/>
        <source>Restrict processing</source>
        <translation>Hạn chế xử lý dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="120"/>
        <source>Object to processing</source>
        <translation>Phản đối xử lý dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="121"/>
        <source>Withdraw consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="122"/>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="124"/>
        <source>Team leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="125"/>
        <source>Deputy team leader</source>
        <translation>Tổ phó</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="126"/>
        <source>Mediator</source>
        <translation>Hòa giải viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="127"/>
        <source>Security team member</source>
        <translation>Tổ viên tổ bảo vệ ANTT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="128"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="129"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="130"/>
        <source>The first session came more than 3 days after the assignment (Art. 20).</source>
        <translation>Buổi hòa giải đầu tiên muộn hơn 3 ngày kể từ khi phân công (Điều 20).</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/gui/printing.py" line="61"/>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="107"/>
        <source>Team leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="108"/>
        <source>Mediator</source>
        <translation>Hòa giải viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="109"/>
        <source>Security member</source>
        <translation>Tổ viên ANTT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="110"/>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="111"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="112"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
</context>
</TS>
