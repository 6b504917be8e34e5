<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="50" />
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="56" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="57" />
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="58" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="59" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="60" />
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="90" />
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="91" />
        <source>The team leader or unit administrator signs in with this account.</source>
        <translation>The team leader or unit administrator signs in with this account.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="100" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="101" />
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="102" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="103" />
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="120" />
        <source>Creating the encrypted database…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="66" />
        <source>Change password for %s</source>
        <translation>Change password for %s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="68" />
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="69" />
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
</context>
<context>
    <name>CommunePicker</name>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="20" />
        <source>Type a commune or province, e.g. ba dinh ha noi</source>
        <translation>Type a commune or province, e.g. ba dinh ha noi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="21" />
        <source>Search communes</source>
        <translation>Search communes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="23" />
        <source>Matching communes</source>
        <translation>Matching communes</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="18" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="34" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="34" />
        <source>Police unit</source>
        <translation>Police unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="38" />
        <source>Hamlets</source>
        <translation>Hamlets</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="38" />
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="39" />
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="43" />
        <source>Hamlet list:</source>
        <translation>Hamlet list:</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="58" />
        <source>Hamlets, one per line</source>
        <translation>Hamlets, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="61" />
        <source>&amp;Hamlets (thôn / tổ dân phố), one per line:</source>
        <translation>&amp;Hamlets (thôn / tổ dân phố), one per line:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="63" />
        <source>&amp;Commune / ward:</source>
        <translation>&amp;Commune / ward:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="74" />
        <source>Your team</source>
        <translation>Your team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="74" />
        <source>Your police unit</source>
        <translation>Your police unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="75" />
        <source>Team &amp;name:</source>
        <translation>Team &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="75" />
        <source>Unit &amp;name:</source>
        <translation>Unit &amp;name:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="22" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="25" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="26" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="40" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="41" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="44" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="34" />
        <source>Welcome to TuQuan</source>
        <translation>Welcome to TuQuan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="35" />
        <source>Who will use this computer? This is chosen once.</source>
        <translation>Who will use this computer? This is chosen once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="36" />
        <source>&amp;Neighbourhood team (mediation, security)</source>
        <translation>&amp;Neighbourhood team (mediation, security)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="37" />
        <source>Commune / ward &amp;police unit (receives reports)</source>
        <translation>Commune / ward &amp;police unit (receives reports)</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="137" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="138" />
        <source>If every password is forgotten, only this code opens the data. It is shown once: print it or write it down, and keep it locked away.</source>
        <translation>If every password is forgotten, only this code opens the data. It is shown once: print it or write it down, and keep it locked away.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="146" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="147" />
        <source>I have &amp;written down or printed the recovery code</source>
        <translation>I have &amp;written down or printed the recovery code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="166" />
        <source>TuQuan recovery code:</source>
        <translation>TuQuan recovery code:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="34" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="34" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="35" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="40" />
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="41" />
        <source>Change &amp;my password…</source>
        <translation>Change &amp;my password…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="47" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="39" />
        <location filename="../../desktop/gui/pages/settings_page.py" line="55" />
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="63" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="65" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="66" />
        <source>Lock after &amp;idle:</source>
        <translation>Lock after &amp;idle:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="103" />
        <source>Adding the user…</source>
        <translation>Adding the user…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="113" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="114" />
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="115" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="120" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="121" />
        <source>The new language is used after TuQuan is restarted.</source>
        <translation>The new language is used after TuQuan is restarted.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="178" />
        <source>TuQuan — first run</source>
        <translation>TuQuan — first run</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="19" />
        <source>TuQuan — unlock</source>
        <translation>TuQuan — unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="23" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="24" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="29" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="30" />
        <source>&lt;b&gt;Tự Quản&lt;/b&gt; — the data on this computer is encrypted. Sign in to open it.</source>
        <translation>&lt;b&gt;Tự Quản&lt;/b&gt; — the data on this computer is encrypted. Sign in to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="34" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="35" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="51" />
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="44" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="10" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="11" />
        <location filename="../../desktop/gui/widgets/buttons.py" line="25" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="12" />
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="22" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="23" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="24" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/gui/errors.py" line="16" />
        <source>No TuQuan installation was found in {data_dir}.</source>
        <translation>No TuQuan installation was found in {data_dir}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="17" />
        <source>An installation already exists in {data_dir}; it was left untouched.</source>
        <translation>An installation already exists in {data_dir}; it was left untouched.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="19" />
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="20" />
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Too many failed attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="22" />
        <source>The account {username} is disabled.</source>
        <translation>The account {username} is disabled.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="23" />
        <source>Your role ({role}) is not allowed to {action}.</source>
        <translation>Your role ({role}) is not allowed to {action}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="24" />
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="25" />
        <source>This data was written by a newer version of TuQuan (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>This data was written by a newer version of TuQuan (schema {revision}). Install the newer version to open it; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="28" />
        <source>The key file does not match the database in {data_dir}; restore both from a backup.</source>
        <translation>The key file does not match the database in {data_dir}; restore both from a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="31" />
        <source>{what} {name} was not found.</source>
        <translation>{what} {name} was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="65" />
        <source>An unexpected error occurred ({kind}). Nothing was saved.</source>
        <translation>An unexpected error occurred ({kind}). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="71" />
        <source>TuQuan</source>
        <translation>TuQuan</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <location filename="../../desktop/gui/errors.py" line="37" />
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="37" />
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="38" />
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="38" />
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="39" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="39" />
        <source>commune code</source>
        <translation>commune code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="40" />
        <source>administrative units file</source>
        <translation>administrative units file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="41" />
        <source>use 2–32 letters a–z, digits, '.', '_' or '-'</source>
        <translation>use 2–32 letters a–z, digits, '.', '_' or '-'</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="42" />
        <source>use at least 8 characters</source>
        <translation>use at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="43" />
        <source>enter between 1 and 200 characters</source>
        <translation>enter between 1 and 200 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="44" />
        <source>this role does not exist in this mode</source>
        <translation>this role does not exist in this mode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="45" />
        <source>this user name is already taken</source>
        <translation>this user name is already taken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="46" />
        <source>not a known commune code</source>
        <translation>not a known commune code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="47" />
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="48" />
        <source>the two entries differ</source>
        <translation>the two entries differ</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="77" />
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="78" />
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="79" />
        <source>Security member</source>
        <translation>Security member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="80" />
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="81" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="82" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
</context>
</TS>