<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="50" />
        <source>Add user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="56" />
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="57" />
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="58" />
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="59" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="60" />
        <source>R&amp;epeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="90" />
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="91" />
        <source>The team leader or unit administrator signs in with this account.</source>
        <translation>Tổ trưởng hoặc người quản trị của đơn vị đăng nhập bằng tài khoản này.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="100" />
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="101" />
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="102" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="103" />
        <source>&amp;Repeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="120" />
        <source>Creating the encrypted database…</source>
        <translation>Đang tạo cơ sở dữ liệu mã hóa…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="66" />
        <source>Change password for %s</source>
        <translation>Đổi mật khẩu cho %s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="68" />
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="69" />
        <source>R&amp;epeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>CommunePicker</name>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="20" />
        <source>Type a commune or province, e.g. ba dinh ha noi</source>
        <translation>Gõ tên xã/phường hoặc tỉnh, ví dụ: ba dinh ha noi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="21" />
        <source>Search communes</source>
        <translation>Tìm xã/phường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="23" />
        <source>Matching communes</source>
        <translation>Các xã/phường phù hợp</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="18" />
        <source>Records</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="34" />
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="34" />
        <source>Police unit</source>
        <translation>Đơn vị Công an</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="38" />
        <source>Hamlets</source>
        <translation>Thôn/tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="38" />
        <source>Team members</source>
        <translation>Thành viên của tổ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="39" />
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="43" />
        <source>Hamlet list:</source>
        <translation>Danh sách thôn/tổ dân phố:</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="58" />
        <source>Hamlets, one per line</source>
        <translation>Thôn/tổ dân phố, mỗi dòng một tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="61" />
        <source>&amp;Hamlets (thôn / tổ dân phố), one per line:</source>
        <translation>&amp;Thôn / tổ dân phố, mỗi dòng một tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="63" />
        <source>&amp;Commune / ward:</source>
        <translation>&amp;Xã / phường:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="74" />
        <source>Your team</source>
        <translation>Tổ của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="74" />
        <source>Your police unit</source>
        <translation>Đơn vị Công an của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="75" />
        <source>Team &amp;name:</source>
        <translation>&amp;Tên tổ:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="75" />
        <source>Unit &amp;name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="22" />
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="25" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="26" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="40" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="41" />
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="44" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="34" />
        <source>Welcome to TuQuan</source>
        <translation>Chào mừng đến với Tự Quản</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="35" />
        <source>Who will use this computer? This is chosen once.</source>
        <translation>Ai sẽ dùng máy tính này? Lựa chọn này chỉ làm một lần.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="36" />
        <source>&amp;Neighbourhood team (mediation, security)</source>
        <translation>&amp;Tổ ở khu dân cư (hòa giải, an ninh trật tự)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="37" />
        <source>Commune / ward &amp;police unit (receives reports)</source>
        <translation>&amp;Công an xã / phường (nhận báo cáo)</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="137" />
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="138" />
        <source>If every password is forgotten, only this code opens the data. It is shown once: print it or write it down, and keep it locked away.</source>
        <translation>Nếu quên hết mật khẩu, chỉ mã này mở được dữ liệu. Mã chỉ hiện một lần: hãy in hoặc chép ra giấy và cất giữ cẩn thận.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="146" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="147" />
        <source>I have &amp;written down or printed the recovery code</source>
        <translation>Tôi đã &amp;chép hoặc in mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="166" />
        <source>TuQuan recovery code:</source>
        <translation>Mã khôi phục Tự Quản:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="34" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="34" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="35" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="40" />
        <source>&amp;Add user…</source>
        <translation>&amp;Thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="41" />
        <source>Change &amp;my password…</source>
        <translation>Đổi &amp;mật khẩu của tôi…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="47" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="39" />
        <location filename="../../desktop/gui/pages/settings_page.py" line="55" />
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="63" />
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="65" />
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="66" />
        <source>Lock after &amp;idle:</source>
        <translation>Tự &amp;khóa khi không dùng sau:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="103" />
        <source>Adding the user…</source>
        <translation>Đang thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="113" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="114" />
        <source>Your password was changed.</source>
        <translation>Mật khẩu của bạn đã được đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="115" />
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="120" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="121" />
        <source>The new language is used after TuQuan is restarted.</source>
        <translation>Ngôn ngữ mới sẽ được dùng sau khi khởi động lại Tự Quản.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="178" />
        <source>TuQuan — first run</source>
        <translation>Tự Quản — thiết lập lần đầu</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="19" />
        <source>TuQuan — unlock</source>
        <translation>Tự Quản — mở khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="23" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="24" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="29" />
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="30" />
        <source>&lt;b&gt;Tự Quản&lt;/b&gt; — the data on this computer is encrypted. Sign in to open it.</source>
        <translation>&lt;b&gt;Tự Quản&lt;/b&gt; — dữ liệu trên máy này đã được mã hóa. Hãy đăng nhập để mở.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="34" />
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="35" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="51" />
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="44" />
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="10" />
        <source>&amp;OK</source>
        <translation>&amp;Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="11" />
        <location filename="../../desktop/gui/widgets/buttons.py" line="25" />
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="12" />
        <source>C&amp;lose</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="22" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="23" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="24" />
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/gui/errors.py" line="16" />
        <source>No TuQuan installation was found in {data_dir}.</source>
        <translation>Không tìm thấy dữ liệu Tự Quản trong {data_dir}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="17" />
        <source>An installation already exists in {data_dir}; it was left untouched.</source>
        <translation>Đã có dữ liệu trong {data_dir}; dữ liệu đó được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="19" />
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="20" />
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Nhập sai quá nhiều lần. Hãy thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="22" />
        <source>The account {username} is disabled.</source>
        <translation>Tài khoản {username} đã bị khóa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="23" />
        <source>Your role ({role}) is not allowed to {action}.</source>
        <translation>Vai trò của bạn ({role}) không được phép thực hiện việc này ({action}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="24" />
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="25" />
        <source>This data was written by a newer version of TuQuan (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>Dữ liệu này do phiên bản Tự Quản mới hơn ghi (lược đồ {revision}). Hãy cài phiên bản mới hơn để mở; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="28" />
        <source>The key file does not match the database in {data_dir}; restore both from a backup.</source>
        <translation>Tệp khóa không khớp với cơ sở dữ liệu trong {data_dir}; hãy khôi phục cả hai từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="31" />
        <source>{what} {name} was not found.</source>
        <translation>Không tìm thấy {what} {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="65" />
        <source>An unexpected error occurred ({kind}). Nothing was saved.</source>
        <translation>Đã xảy ra lỗi không mong muốn ({kind}). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="71" />
        <source>TuQuan</source>
        <translation>Tự Quản</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <location filename="../../desktop/gui/errors.py" line="37" />
        <source>user name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="37" />
        <source>password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="38" />
        <source>full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="38" />
        <source>role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="39" />
        <source>name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="39" />
        <source>commune code</source>
        <translation>Mã xã/phường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="40" />
        <source>administrative units file</source>
        <translation>Tệp danh mục hành chính</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="41" />
        <source>use 2–32 letters a–z, digits, '.', '_' or '-'</source>
        <translation>dùng 2–32 ký tự: chữ a–z không dấu, chữ số, '.', '_' hoặc '-'</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="42" />
        <source>use at least 8 characters</source>
        <translation>cần ít nhất 8 ký tự</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="43" />
        <source>enter between 1 and 200 characters</source>
        <translation>nhập từ 1 đến 200 ký tự</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="44" />
        <source>this role does not exist in this mode</source>
        <translation>vai trò này không có ở chế độ này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="45" />
        <source>this user name is already taken</source>
        <translation>tên đăng nhập này đã có người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="46" />
        <source>not a known commune code</source>
        <translation>không phải mã xã/phường có trong danh mục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="47" />
        <source>unknown format</source>
        <translation>định dạng không đúng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="48" />
        <source>the two entries differ</source>
        <translation>hai lần nhập không giống nhau</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="77" />
        <source>Team leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="78" />
        <source>Mediator</source>
        <translation>Hòa giải viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="79" />
        <source>Security member</source>
        <translation>Tổ viên ANTT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="80" />
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="81" />
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="82" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
</context>
</TS>