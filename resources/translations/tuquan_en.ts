<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="58"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="64"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="65"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="66"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="68"/>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="117"/>
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="118"/>
        <source>The team leader or unit administrator signs in with this account.</source>
        <translation>The team leader or unit administrator signs in with this account.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="127"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="128"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="129"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="130"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="147"/>
        <source>Creating the encrypted database…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/gui/application.py" line="147"/>
        <source>The chosen backup is back in place; the data it replaced is kept as a new backup, so this can be undone in Settings. Sign in again.</source>
        <translation>The chosen backup is back in place; the data it replaced is kept as a new backup, so this can be undone in Settings. Sign in again.</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="34"/>
        <source>Backups (encrypted)</source>
        <translation>Backups (encrypted)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="37"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="37"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="37"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="38"/>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="128"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="39"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="40"/>
        <source>C&amp;heck the backups</source>
        <translation>C&amp;heck the backups</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="41"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="42"/>
        <source>Back up to a &amp;USB stick…</source>
        <translation>Back up to a &amp;USB stick…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="44"/>
        <source>One encrypted file holding all the team&apos;s data, for a stick kept away from this laptop: a new computer can be set up from it with a password or the recovery code.</source>
        <translation>One encrypted file holding all the team&apos;s data, for a stick kept away from this laptop: a new computer can be set up from it with a password or the recovery code.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="74"/>
        <source>Last backup taken off this laptop: %1</source>
        <translation>Last backup taken off this laptop: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="76"/>
        <source>No backup has been taken off this laptop yet.</source>
        <translation>No backup has been taken off this laptop yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="80"/>
        <source>Choose the USB stick (or a folder on it)</source>
        <translation>Choose the USB stick (or a folder on it)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="86"/>
        <source>Writing the backup to the stick and checking it…</source>
        <translation>Writing the backup to the stick and checking it…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="89"/>
        <source> Older copies removed from it: %1.</source>
        <translation> Older copies removed from it: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="91"/>
        <source>Backup to a USB stick</source>
        <translation>Backup to a USB stick</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="92"/>
        <source>The backup file %1 was written to %2, read back and verified: it is complete and opens with the team&apos;s passwords or the recovery code. It holds everything up to %3. Keep the stick away from this laptop.%4</source>
        <translation>The backup file %1 was written to %2, read back and verified: it is complete and opens with the team&apos;s passwords or the recovery code. It holds everything up to %3. Keep the stick away from this laptop.%4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="100"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="100"/>
        <source>on request</source>
        <translation>on request</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="101"/>
        <source>before an update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="102"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="103"/>
        <source>before erasing old records</source>
        <translation>before erasing old records</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="104"/>
        <source>damaged database, kept</source>
        <translation>damaged database, kept</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="105"/>
        <source>before a key change</source>
        <translation>before a key change</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="106"/>
        <source>after a key change</source>
        <translation>after a key change</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="129"/>
        <source>All %1 backups open with this installation&apos;s key and every page checks.</source>
        <translation>All %1 backups open with this installation&apos;s key and every page checks.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="131"/>
        <source>Damaged backups: %1. The others are sound.</source>
        <translation>Damaged backups: %1. The others are sound.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="136"/>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="140"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="137"/>
        <source>Choose a backup in the list first.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/backups_box.py" line="141"/>
        <source>Put the backup made %1 in place of the current data? TuQuan locks; the current data is kept as a backup first, so this can be undone.</source>
        <translation>Put the backup made %1 in place of the current data? TuQuan locks; the current data is kept as a backup first, so this can be undone.</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="24"/>
        <source>Save this installation&apos;s card…</source>
        <translation>Save this installation&apos;s card…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="36"/>
        <source>This installation&apos;s card: %1 — fingerprint %2</source>
        <translation>This installation&apos;s card: %1 — fingerprint %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="50"/>
        <source>Save the card</source>
        <translation>Save the card</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="51"/>
        <source>Key cards (*.card)</source>
        <translation>Key cards (*.card)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="57"/>
        <source>Card saved</source>
        <translation>Card saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="58"/>
        <source>The card was written to %1.

Give it to the other side and read them this fingerprint:

%2</source>
        <translation>The card was written to %1.

Give it to the other side and read them this fingerprint:

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="67"/>
        <source>Open a key card</source>
        <translation>Open a key card</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="68"/>
        <source>Key cards (*.card);;All files (*)</source>
        <translation>Key cards (*.card);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="75"/>
        <source>Enrol a card</source>
        <translation>Enrol a card</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="76"/>
        <source>%1 (%2)

Fingerprint: %3

Does it match, character for character, what the other side reads out to you?</source>
        <translation>%1 (%2)

Fingerprint: %3

Does it match, character for character, what the other side reads out to you?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="97"/>
        <source>Replace a key</source>
        <translation>Replace a key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/key_cards.py" line="98"/>
        <source>%1 already has an enrolled key (fingerprint %2).

Replace it with the key of this card? Do so only if they told you they changed their key: the old key is revoked, and bundles signed with it are refused from now on.</source>
        <translation>%1 already has an enrolled key (fingerprint %2).

Replace it with the key of this card? Do so only if they told you they changed their key: the old key is revoked, and bundles signed with it are refused from now on.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="63"/>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="219"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="74"/>
        <source>&amp;1 Intake</source>
        <translation>&amp;1 Intake</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="75"/>
        <source>&amp;2 Parties</source>
        <translation>&amp;2 Parties</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="76"/>
        <source>&amp;3 Progress</source>
        <translation>&amp;3 Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="77"/>
        <source>&amp;4 Outcome</source>
        <translation>&amp;4 Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="82"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="188"/>
        <source>not ended after %1 days</source>
        <translation>not ended after %1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="190"/>
        <source>the same parties as an earlier case within a year (%1)</source>
        <translation>the same parties as an earlier case within a year (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="192"/>
        <source>Complicated or prolonged dispute: %1</source>
        <translation>Complicated or prolonged dispute: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="201"/>
        <source> (replaced)</source>
        <translation> (replaced)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="202"/>
        <source> — invited</source>
        <translation> — invited</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="346"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor.py" line="346"/>
        <source>Save the changes to this case?</source>
        <translation>Save the changes to this case?</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="23"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="23"/>
        <source>First party</source>
        <translation>First party</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="23"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="24"/>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="24"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="24"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="25"/>
        <source>Mediators</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/case_table_model.py" line="25"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
</context>
<context>
    <name>CaseWindows</name>
    <message>
        <location filename="../../desktop/gui/case_windows.py" line="82"/>
        <source>Written agreement %1</source>
        <translation>Written agreement %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_windows.py" line="88"/>
        <source>Log book %1</source>
        <translation>Log book %1</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="43"/>
        <source>Search: case number, names, address, content (marks optional)</source>
        <translation>Search: case number, names, address, content (marks optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="46"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="48"/>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="49"/>
        <source>Category filter</source>
        <translation>Category filter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="50"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="51"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="56"/>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="57"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="59"/>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="60"/>
        <source>Received until</source>
        <translation>Received until</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="61"/>
        <source>&amp;Escalated only</source>
        <translation>&amp;Escalated only</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="71"/>
        <source>Log book year</source>
        <translation>Log book year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="82"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="64"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="69"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="74"/>
        <source>&amp;Log book…</source>
        <translation>&amp;Log book…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="113"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="113"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/cases_page.py" line="139"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="208"/>
        <source>All hamlets</source>
        <translation>All hamlets</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/cases_page.py" line="209"/>
        <source>All mediators</source>
        <translation>All mediators</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="74"/>
        <source>Change password for %s</source>
        <translation>Change password for %s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="76"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="77"/>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
</context>
<context>
    <name>CommunePicker</name>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="20"/>
        <source>Type a commune or province, e.g. ba dinh ha noi</source>
        <translation>Type a commune or province, e.g. ba dinh ha noi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="21"/>
        <source>Search communes</source>
        <translation>Search communes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/commune_picker.py" line="23"/>
        <source>Matching communes</source>
        <translation>Matching communes</translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="72"/>
        <source>Months shown</source>
        <translation>Months shown</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="76"/>
        <source>Bundles received per team and month</source>
        <translation>Bundles received per team and month</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="77"/>
        <source>✓ received (L: after the 10th of the next month)   G after a gap   ✗ missing   · not due yet   F contradicting bundle refused</source>
        <translation>✓ received (L: after the 10th of the next month)   G after a gap   ✗ missing   · not due yet   F contradicting bundle refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="81"/>
        <source>Months:</source>
        <translation>Months:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="95"/>
        <source> (revoked)</source>
        <translation> (revoked)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="68"/>
        <source>Team register warnings</source>
        <translation>Team register warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="71"/>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="78"/>
        <source>Today&apos;s work</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="73"/>
        <source>Nothing waiting today.</source>
        <translation>Nothing waiting today.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="107"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="109"/>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="144"/>
        <source>Commune People&apos;s Committee</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="110"/>
        <source>Police unit</source>
        <translation>Police unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="143"/>
        <source>Commune police</source>
        <translation>Commune police</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="149"/>
        <source>No backup has been made yet</source>
        <translation>No backup has been made yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="151"/>
        <source>The team&apos;s data has never been backed up to a USB stick</source>
        <translation>The team&apos;s data has never been backed up to a USB stick</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="153"/>
        <source>%n case(s) waiting for a mediator</source>
        <translation>
            <numerusform>%n case(s) waiting for a mediator</numerusform>
            <numerusform>%n case(s) waiting for a mediator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="155"/>
        <source>%n case(s) without a first session more than 3 days after the assignment</source>
        <translation>
            <numerusform>%n case(s) without a first session more than 3 days after the assignment</numerusform>
            <numerusform>%n case(s) without a first session more than 3 days after the assignment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="157"/>
        <source>%n agreement(s) near the last day to ask a court to recognise them</source>
        <translation>
            <numerusform>%n agreement(s) near the last day to ask a court to recognise them</numerusform>
            <numerusform>%n agreement(s) near the last day to ask a court to recognise them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="158"/>
        <source>%n agreement(s) due for a follow-up</source>
        <translation>
            <numerusform>%n agreement(s) due for a follow-up</numerusform>
            <numerusform>%n agreement(s) due for a follow-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="159"/>
        <source>%n data subject request(s) near their due date</source>
        <translation>
            <numerusform>%n data subject request(s) near their due date</numerusform>
            <numerusform>%n data subject request(s) near their due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="161"/>
        <source>%n month(s) whose report is not closed</source>
        <translation>
            <numerusform>%n month(s) whose report is not closed</numerusform>
            <numerusform>%n month(s) whose report is not closed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="162"/>
        <source>%1: the bundle for %2 is not made yet</source>
        <translation>%1: the bundle for %2 is not made yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="163"/>
        <source>%1: %n bundle(s) not written to a USB stick</source>
        <translation>
            <numerusform>%1: %n bundle(s) not written to a USB stick</numerusform>
            <numerusform>%1: %n bundle(s) not written to a USB stick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="164"/>
        <source>%1: %n bundle(s) sent, no receipt yet</source>
        <translation>
            <numerusform>%1: %n bundle(s) sent, no receipt yet</numerusform>
            <numerusform>%1: %n bundle(s) sent, no receipt yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="165"/>
        <source>%n team(s) have not sent the bundle for %2</source>
        <translation>
            <numerusform>%n team(s) have not sent the bundle for %2</numerusform>
            <numerusform>%n team(s) have not sent the bundle for %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="166"/>
        <source>%n team(s) with a bundle missing in their sequence</source>
        <translation>
            <numerusform>%n team(s) with a bundle missing in their sequence</numerusform>
            <numerusform>%n team(s) with a bundle missing in their sequence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="169"/>
        <source>%n team(s) sent a bundle contradicting their earlier ones</source>
        <translation>
            <numerusform>%n team(s) sent a bundle contradicting their earlier ones</numerusform>
            <numerusform>%n team(s) sent a bundle contradicting their earlier ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="170"/>
        <source>%n escalated item(s) not viewed yet</source>
        <translation>
            <numerusform>%n escalated item(s) not viewed yet</numerusform>
            <numerusform>%n escalated item(s) not viewed yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="171"/>
        <source>The last backup is %n day(s) old</source>
        <translation>
            <numerusform>The last backup is %n day(s) old</numerusform>
            <numerusform>The last backup is %n day(s) old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="172"/>
        <source>The last backup to a USB stick is %n day(s) old</source>
        <translation>
            <numerusform>The last backup to a USB stick is %n day(s) old</numerusform>
            <numerusform>The last backup to a USB stick is %n day(s) old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="183"/>
        <source>The earliest was received on %1.</source>
        <translation>
            <numerusform>The earliest was received on %1.</numerusform>
            <numerusform>The earliest was received on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="185"/>
        <source>The earliest was assigned on %1; mediation starts within 3 days (Art. 20).</source>
        <translation>
            <numerusform>The earliest was assigned on %1; mediation starts within 3 days (Art. 20).</numerusform>
            <numerusform>The earliest was assigned on %1; mediation starts within 3 days (Art. 20).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="187"/>
        <source>The nearest last day is %1: tell the parties they may ask the court.</source>
        <translation>
            <numerusform>The nearest last day is %1: tell the parties they may ask the court.</numerusform>
            <numerusform>The nearest last day is %1: tell the parties they may ask the court.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="188"/>
        <source>The earliest was to be carried out by %1.</source>
        <translation>
            <numerusform>The earliest was to be carried out by %1.</numerusform>
            <numerusform>The earliest was to be carried out by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="189"/>
        <source>The earliest is due on %1.</source>
        <translation>
            <numerusform>The earliest is due on %1.</numerusform>
            <numerusform>The earliest is due on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="190"/>
        <source>The earliest is %2.</source>
        <translation>
            <numerusform>The earliest is %2.</numerusform>
            <numerusform>The earliest is %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="191"/>
        <source>Make it and carry it to the desk.</source>
        <translation>Make it and carry it to the desk.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="192"/>
        <source>The earliest was made on %1: write it again.</source>
        <translation>
            <numerusform>The earliest was made on %1: write it again.</numerusform>
            <numerusform>The earliest was made on %1: write it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="194"/>
        <source>The earliest was made on %1: import the desk&apos;s receipt, or send it again.</source>
        <translation>
            <numerusform>The earliest was made on %1: import the desk&apos;s receipt, or send it again.</numerusform>
            <numerusform>The earliest was made on %1: import the desk&apos;s receipt, or send it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="195"/>
        <source>Its due day has passed: ask the teams for it.</source>
        <translation>Its due day has passed: ask the teams for it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="196"/>
        <source>Ask them for the missing bundles.</source>
        <translation>Ask them for the missing bundles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="197"/>
        <source>The earliest was refused on %1.</source>
        <translation>
            <numerusform>The earliest was refused on %1.</numerusform>
            <numerusform>The earliest was refused on %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="198"/>
        <source>They came with the latest bundles.</source>
        <translation>They came with the latest bundles.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="200"/>
        <source>A lost or broken laptop loses what was recorded since: Settings → Back up to a USB stick, and keep the stick away from the laptop.</source>
        <translation>A lost or broken laptop loses what was recorded since: Settings → Back up to a USB stick, and keep the stick away from the laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="202"/>
        <source>The last one was made on %1: make one now.</source>
        <translation>The last one was made on %1: make one now.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="203"/>
        <source>Make one now.</source>
        <translation>Make one now.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="211"/>
        <source>Opens the case.</source>
        <translation>Opens the case.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="213"/>
        <source>Opens the list of cases.</source>
        <translation>Opens the list of cases.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="213"/>
        <source>Opens Privacy.</source>
        <translation>Opens Privacy.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="214"/>
        <source>Opens Reports.</source>
        <translation>Opens Reports.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="214"/>
        <source>Opens Send reports.</source>
        <translation>Opens Send reports.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="215"/>
        <source>Opens the Inbox.</source>
        <translation>Opens the Inbox.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="215"/>
        <source>Opens Settings.</source>
        <translation>Opens Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="121"/>
        <source>The team register:</source>
        <translation>The team register:</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="83"/>
        <source>Hamlets, one per line</source>
        <translation>Hamlets, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="86"/>
        <source>&amp;Hamlets (thôn / tổ dân phố), one per line:</source>
        <translation>&amp;Hamlets (thôn / tổ dân phố), one per line:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="88"/>
        <source>&amp;Commune / ward:</source>
        <translation>&amp;Commune / ward:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="99"/>
        <source>Your team</source>
        <translation>Your team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="99"/>
        <source>Your police unit</source>
        <translation>Your police unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="101"/>
        <source>Your People&apos;s Committee</source>
        <translation>Your People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="102"/>
        <source>Team &amp;name:</source>
        <translation>Team &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="102"/>
        <source>Unit &amp;name:</source>
        <translation>Unit &amp;name:</translation>
    </message>
</context>
<context>
    <name>EndMemberDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="196"/>
        <source>Member leaves the team</source>
        <translation>Member leaves the team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="198"/>
        <source>%s leaves the team register. The entry is kept, with the day and the reason; the member is no longer offered as a mediator.</source>
        <translation>%s leaves the team register. The entry is kept, with the day and the reason; the member is no longer offered as a mediator.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="205"/>
        <source>At the member&apos;s own request</source>
        <translation>At the member&apos;s own request</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="206"/>
        <source>No longer meets the criteria</source>
        <translation>No longer meets the criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="207"/>
        <source>Breached the principles or was sanctioned</source>
        <translation>Breached the principles or was sanctioned</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="208"/>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="208"/>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="213"/>
        <source>&amp;Left on:</source>
        <translation>&amp;Left on:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="214"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="215"/>
        <source>&amp;End membership</source>
        <translation>&amp;End membership</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="220"/>
        <source>The day the member left is before the day of recognition (%s).</source>
        <translation>The day the member left is before the day of recognition (%s).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="223"/>
        <source>Say why the member leaves.</source>
        <translation>Say why the member leaves.</translation>
    </message>
</context>
<context>
    <name>EscalatedTab</name>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="199"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="199"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="199"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="200"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="200"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="200"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="201"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="202"/>
        <source>Escalated cases and reported notes</source>
        <translation>Escalated cases and reported notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="207"/>
        <source>Cases with signs of a violation (Law 35/2013, Art. 10(5)) and the notes reported to the police (a member&apos;s observations, residents&apos; tips) travel in full; opening this list is recorded.</source>
        <translation>Cases with signs of a violation (Law 35/2013, Art. 10(5)) and the notes reported to the police (a member&apos;s observations, residents&apos; tips) travel in full; opening this list is recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="203"/>
        <source>&amp;Show the list</source>
        <translation>&amp;Show the list</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="41"/>
        <source>Month to send</source>
        <translation>Month to send</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="42"/>
        <source>&amp;Export to a USB stick…</source>
        <translation>&amp;Export to a USB stick…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="44"/>
        <source>&amp;Write again…</source>
        <translation>&amp;Write again…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="45"/>
        <source>Read a &amp;receipt…</source>
        <translation>Read a &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="55"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="56"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="55"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="56"/>
        <source>Copied to a stick</source>
        <translation>Copied to a stick</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="57"/>
        <source>Bundles sent</source>
        <translation>Bundles sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="94"/>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="127"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="141"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="143"/>
        <source>received, waiting for an earlier bundle</source>
        <translation>received, waiting for an earlier bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="134"/>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="144"/>
        <source>no receipt yet</source>
        <translation>no receipt yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="48"/>
        <source>Enrol the commune &amp;police&apos;s card…</source>
        <translation>Enrol the commune &amp;police&apos;s card…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="50"/>
        <source>Enrol the People&apos;s &amp;Committee&apos;s card…</source>
        <translation>Enrol the People&apos;s &amp;Committee&apos;s card…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="55"/>
        <source>Report of</source>
        <translation>Report of</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="55"/>
        <source>Changes up to</source>
        <translation>Changes up to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="65"/>
        <source>Commune police</source>
        <translation>Commune police</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="65"/>
        <source>Commune People&apos;s Committee</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="70"/>
        <source>Security notes and tips, movement figures, and cases with signs of a violation (Law 35/2013, Art. 10(5)) with their parties. Of the other mediation cases: totals only.</source>
        <translation>Security notes and tips, movement figures, and cases with signs of a violation (Law 35/2013, Art. 10(5)) with their parties. Of the other mediation cases: totals only.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="73"/>
        <source>Every mediation case without names or content, cases at risk of violence (Art. 10(4)) with their parties, the mediators&apos; figures, the log-book volumes and the monthly mediation report. No security notes.</source>
        <translation>Every mediation case without names or content, cases at risk of violence (Art. 10(4)) with their parties, the mediators&apos; figures, the log-book volumes and the monthly mediation report. No security notes.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="78"/>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="78"/>
        <source>What it receives</source>
        <translation>What it receives</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="79"/>
        <source>Sealed for (key card)</source>
        <translation>Sealed for (key card)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="79"/>
        <source>Last receipt</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="80"/>
        <source>Where reports are sent</source>
        <translation>Where reports are sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="89"/>
        <source>Each desk receives its own bundle, sealed so that only it can open it, and only what the law sends it.</source>
        <translation>Each desk receives its own bundle, sealed so that only it can open it, and only what the law sends it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="96"/>
        <source>A bundle carries the report of its month and every change recorded up to the moment it is made, since the desk&apos;s previous bundle: a case received after the month ended travels in it too.</source>
        <translation>A bundle carries the report of its month and every change recorded up to the moment it is made, since the desk&apos;s previous bundle: a case received after the month ended travels in it too.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="117"/>
        <source>not enrolled: nothing is sent</source>
        <translation>not enrolled: nothing is sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="134"/>
        <source>nothing sent yet</source>
        <translation>nothing sent yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="136"/>
        <source>%1: %2 of %3 bundles arrived</source>
        <translation>%1: %2 of %3 bundles arrived</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="147"/>
        <source>Choose the USB stick or folder</source>
        <translation>Choose the USB stick or folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="164"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="168"/>
        <source>%1 has it in bundle %2. A new bundle %3 will hold what was recorded after bundle %4 (%5) and the report of the month as it stands now.</source>
        <translation>%1 has it in bundle %2. A new bundle %3 will hold what was recorded after bundle %4 (%5) and the report of the month as it stands now.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="174"/>
        <source>The report of %1 was already sent.</source>
        <translation>The report of %1 was already sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="175"/>
        <source>Make the new bundles?</source>
        <translation>Make the new bundles?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="177"/>
        <source>Send this month again?</source>
        <translation>Send this month again?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="183"/>
        <source>For %1: bundle %2, %3</source>
        <translation>For %1: bundle %2, %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="187"/>
        <source>Written to the stick and checked:</source>
        <translation>Written to the stick and checked:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="189"/>
        <source>A backup older than the last export was restored: the bundles continue the chains the desks have, but changes made after that backup are lost.</source>
        <translation>A backup older than the last export was restored: the bundles continue the chains the desks have, but changes made after that backup are lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="228"/>
        <source>%1 holds every bundle up to number %2. Not arrived: %3.</source>
        <translation>%1 holds every bundle up to number %2. Not arrived: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="192"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="197"/>
        <source>Write again</source>
        <translation>Write again</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="198"/>
        <source>Choose a bundle in the list first.</source>
        <translation>Choose a bundle in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="206"/>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="209"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="210"/>
        <source>Bundle %1 was written to %2 and checked.</source>
        <translation>Bundle %1 was written to %2 and checked.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="214"/>
        <source>Open a receipt</source>
        <translation>Open a receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="215"/>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Receipts (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="226"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="56"/>
        <location filename="../../desktop/gui/pages/exchange_page.py" line="227"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="50"/>
        <source>Hand over to a new leader</source>
        <translation>Hand over to a new leader</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="57"/>
        <source>An &amp;existing account:</source>
        <translation>An &amp;existing account:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="58"/>
        <source>A &amp;new account</source>
        <translation>A &amp;new account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="62"/>
        <source>Make new recovery &amp;shares</source>
        <translation>Make new recovery &amp;shares</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="66"/>
        <source>Share holders, one a line</source>
        <translation>Share holders, one a line</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="75"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="82"/>
        <source>The new leader gets the leader&apos;s role; the old leader&apos;s account is disabled and its password no longer opens the data. A new recovery code is shown once, and the recovery shares, if any, are split again. Print the hand-over record and sign it.</source>
        <translation>The new leader gets the leader&apos;s role; the old leader&apos;s account is disabled and its password no longer opens the data. A new recovery code is shown once, and the recovery shares, if any, are split again. Print the hand-over record and sign it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="87"/>
        <source>&amp;Leader handing over:</source>
        <translation>&amp;Leader handing over:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="93"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="94"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="95"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="96"/>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="113"/>
        <source>Recovery shares</source>
        <translation>Recovery shares</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="117"/>
        <source>No recovery shares were made yet.</source>
        <translation>No recovery shares were made yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="119"/>
        <source>Now: any %1 of %2 shares, made on %3. They will be split again: the old sheets stop working.</source>
        <translation>Now: any %1 of %2 shares, made on %3. They will be split again: the old sheets stop working.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="127"/>
        <source>&amp;Holders (one a line):</source>
        <translation>&amp;Holders (one a line):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="128"/>
        <source>Shares &amp;needed:</source>
        <translation>Shares &amp;needed:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="177"/>
        <source>No active leader account hands over.</source>
        <translation>No active leader account hands over.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="179"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="181"/>
        <source>Name at least as many holders as the shares needed.</source>
        <translation>Name at least as many holders as the shares needed.</translation>
    </message>
</context>
<context>
    <name>HandOverDoneDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="24"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="26"/>
        <source>%1 handed over to %2. The account %3 is disabled.</source>
        <translation>%1 handed over to %2. The account %3 is disabled.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="30"/>
        <source>New recovery code, shown only now: write it down or print it and give it to the new leader. The old code no longer works.</source>
        <translation>New recovery code, shown only now: write it down or print it and give it to the new leader. The old code no longer works.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="37"/>
        <source>Hand-over &amp;record…</source>
        <translation>Hand-over &amp;record…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="38"/>
        <source>Share &amp;sheets…</source>
        <translation>Share &amp;sheets…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="59"/>
        <source>New recovery shares: any %1 of %2. Print the sheets and give each holder their own; the old sheets no longer work.</source>
        <translation>New recovery shares: any %1 of %2. Print the sheets and give each holder their own; the old sheets no longer work.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="68"/>
        <source>Your account is now disabled: TuQuan locks when you close this window. The new leader signs in with their own password.</source>
        <translation>Your account is now disabled: TuQuan locks when you close this window. The new leader signs in with their own password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="76"/>
        <source>Hand-over record</source>
        <translation>Hand-over record</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_done.py" line="83"/>
        <source>Recovery share sheets</source>
        <translation>Recovery share sheets</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="18"/>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="21"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="28"/>
        <source>The user guide was not found next to the program.</source>
        <translation>The user guide was not found next to the program.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="71"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="72"/>
        <source>&amp;Completeness</source>
        <translation>&amp;Completeness</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="73"/>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="74"/>
        <source>&amp;Escalated</source>
        <translation>&amp;Escalated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="75"/>
        <source>&amp;Received cases</source>
        <translation>&amp;Received cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="80"/>
        <source>Import &amp;files…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="81"/>
        <source>Import a f&amp;older…</source>
        <translation>Import a f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="82"/>
        <source>Only &amp;check, change nothing</source>
        <translation>Only &amp;check, change nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="83"/>
        <source>Drop bundle files (.tqb) or a folder here, or pick them.</source>
        <translation>Drop bundle files (.tqb) or a folder here, or pick them.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="85"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="86"/>
        <source>%v of %m files</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="89"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="89"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="89"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="90"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="90"/>
        <source>What it holds, or why not</source>
        <translation>What it holds, or why not</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="91"/>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="113"/>
        <source>Choose bundles</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="114"/>
        <source>Bundles (*.tqb);;All files (*)</source>
        <translation>Bundles (*.tqb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="119"/>
        <source>Choose the USB stick or folder</source>
        <translation>Choose the USB stick or folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="162"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="162"/>
        <source>already here</source>
        <translation>already here</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="163"/>
        <source>imported, an earlier bundle is missing</source>
        <translation>imported, an earlier bundle is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="164"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="172"/>
        <source>No bundle file (.tqb) was found there.</source>
        <translation>No bundle file (.tqb) was found there.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="202"/>
        <source>&amp;Violence risk</source>
        <translation>&amp;Violence risk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="204"/>
        <source>Cases at risk of violence (Law 35/2013, Art. 10(4)) travel in full to the chair; opening this list is recorded.</source>
        <translation>Cases at risk of violence (Law 35/2013, Art. 10(4)) travel in full to the chair; opening this list is recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/inbox_page.py" line="206"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistics</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="72"/>
        <source>Main content</source>
        <translation>Main content</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="73"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="74"/>
        <source>Mediated &amp;immediately on the spot</source>
        <translation>Mediated &amp;immediately on the spot</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="75"/>
        <source>The parties &amp;agreed another time</source>
        <translation>The parties &amp;agreed another time</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="77"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="78"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="78"/>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="79"/>
        <source>&amp;Hamlet:</source>
        <translation>&amp;Hamlet:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="80"/>
        <source>Main &amp;content:</source>
        <translation>Main &amp;content:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="81"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="90"/>
        <source>Escalation (Law 35, Art. 10)</source>
        <translation>Escalation (Law 35, Art. 10)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="91"/>
        <source>Risk of &amp;violence — reported to the commune chair</source>
        <translation>Risk of &amp;violence — reported to the commune chair</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="93"/>
        <source>Signs of a &amp;violation — reported to the commune police</source>
        <translation>Signs of a &amp;violation — reported to the commune police</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="97"/>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="100"/>
        <source>Reported at:</source>
        <translation>Reported at:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="98"/>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="101"/>
        <source>Reported to:</source>
        <translation>Reported to:</translation>
    </message>
</context>
<context>
    <name>JusticeTab</name>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="50"/>
        <source>6 months (1/1–30/6)</source>
        <translation>6 months (1/1–30/6)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="50"/>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="58"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="51"/>
        <source>Year, official figures</source>
        <translation>Year, official figures</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="52"/>
        <source>Range of months</source>
        <translation>Range of months</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="54"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="60"/>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="61"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="63"/>
        <source>e.g. 27/BC-UBND</source>
        <translation>e.g. 27/BC-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="65"/>
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="66"/>
        <source>&amp;Preview the report…</source>
        <translation>&amp;Preview the report…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="69"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="69"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="70"/>
        <source>Whole period</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="71"/>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="168"/>
        <source>Grassroots mediation statistics</source>
        <translation>Grassroots mediation statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="80"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="83"/>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="80"/>
        <source>&amp;Months:</source>
        <translation>&amp;Months:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="85"/>
        <source>Report &amp;number:</source>
        <translation>Report &amp;number:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="86"/>
        <source>To (&amp;Kính gửi):</source>
        <translation>To (&amp;Kính gửi):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="121"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="140"/>
        <source>Actual figures to %1; the whole period is estimated from them.</source>
        <translation>Actual figures to %1; the whole period is estimated from them.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="142"/>
        <source>Actual figures to %1; the period is over, so the whole period is counted, not estimated.</source>
        <translation>Actual figures to %1; the period is over, so the whole period is counted, not estimated.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="145"/>
        <source>Actual figures to %1.</source>
        <translation>Actual figures to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="148"/>
        <source>%1 team(s) have not sent their mediators&apos; figures yet.</source>
        <translation>%1 team(s) have not sent their mediators&apos; figures yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/justice_tab.py" line="162"/>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="105"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="108"/>
        <source>Mediation cases</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="108"/>
        <source>Security notes</source>
        <translation>Security notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="108"/>
        <source>Today&apos;s work</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="109"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="109"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="109"/>
        <source>Send reports</source>
        <translation>Send reports</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="110"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="110"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="110"/>
        <source>Team register</source>
        <translation>Team register</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="203"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="206"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="212"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="213"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="133"/>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="134"/>
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="141"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="144"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="147"/>
        <source>&amp;Recognised on</source>
        <translation>&amp;Recognised on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="150"/>
        <source>&amp;Trained on</source>
        <translation>&amp;Trained on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="151"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="152"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="152"/>
        <source>S&amp;ex:</source>
        <translation>S&amp;ex:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="153"/>
        <source>&amp;Hamlet covered:</source>
        <translation>&amp;Hamlet covered:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="155"/>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="156"/>
        <source>&amp;Decision number:</source>
        <translation>&amp;Decision number:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="157"/>
        <source>Mediation training:</source>
        <translation>Mediation training:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="158"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="175"/>
        <source>Enter the member&apos;s full name.</source>
        <translation>Enter the member&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="178"/>
        <source>The training date is in the future.</source>
        <translation>The training date is in the future.</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="46"/>
        <source>Welcome to TuQuan</source>
        <translation>Welcome to TuQuan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="47"/>
        <source>Who will use this computer? This is chosen once.</source>
        <translation>Who will use this computer? This is chosen once.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="48"/>
        <source>&amp;Neighbourhood team (mediation, security)</source>
        <translation>&amp;Neighbourhood team (mediation, security)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="50"/>
        <source>Commune / ward &amp;police (receives security notes, tips and Art. 10(5) cases)</source>
        <translation>Commune / ward &amp;police (receives security notes, tips and Art. 10(5) cases)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="52"/>
        <source>Commune / ward People&apos;s &amp;Committee (receives mediation reports and Art. 10(4) cases)</source>
        <translation>Commune / ward People&apos;s &amp;Committee (receives mediation reports and Art. 10(4) cases)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="55"/>
        <source>Restore from a backup &amp;file (a new computer for a team already set up)</source>
        <translation>Restore from a backup &amp;file (a new computer for a team already set up)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="37"/>
        <source>Security note</source>
        <translation>Security note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="43"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="44"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="45"/>
        <source>&amp;Reported to the commune police</source>
        <translation>&amp;Reported to the commune police</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="56"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="56"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="57"/>
        <source>&amp;Observed at:</source>
        <translation>&amp;Observed at:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="58"/>
        <source>&amp;Hamlet:</source>
        <translation>&amp;Hamlet:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="58"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="59"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="59"/>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="60"/>
        <source>Reported at:</source>
        <translation>Reported at:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="61"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="62"/>
        <source>Reported by:</source>
        <translation>Reported by:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="63"/>
        <source>Could not reach the police because:</source>
        <translation>Could not reach the police because:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="64"/>
        <source>Confidentiality:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="66"/>
        <source>No religion, ethnicity or political opinion here unless strictly necessary (Law 30/2023 Art. 6; Law 91/2025).</source>
        <translation>No religion, ethnicity or political opinion here unless strictly necessary (Law 30/2023 Art. 6; Law 91/2025).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="72"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="120"/>
        <source>(set the number in Settings)</source>
        <translation>(set the number in Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="121"/>
        <source>Report to the commune police now</source>
        <translation>Report to the commune police now</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="122"/>
        <source>This note is about a violation. Call the commune police now: %1

Then tick &quot;Reported&quot; with the time, or write why they could not be reached.</source>
        <translation>This note is about a violation. Call the commune police now: %1

Then tick &quot;Reported&quot; with the time, or write why they could not be reached.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_editor.py" line="132"/>
        <source>Sensitive topic</source>
        <translation>Sensitive topic</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="16"/>
        <source>Note no.</source>
        <translation>Note no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="16"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="16"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="16"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="17"/>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/note_table_model.py" line="17"/>
        <source>Reported to police</source>
        <translation>Reported to police</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="35"/>
        <source>Search notes</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="36"/>
        <source>Search notes (marks optional)</source>
        <translation>Search notes (marks optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="39"/>
        <source>Category filter</source>
        <translation>Category filter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="40"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="43"/>
        <source>Security notes</source>
        <translation>Security notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/notes_page.py" line="48"/>
        <source>&amp;New note…</source>
        <translation>&amp;New note…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/notes_page.py" line="69"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note(s)</numerusform>
            <numerusform>%n note(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="290"/>
        <source>Agreement or demands</source>
        <translation>Agreement or demands</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="292"/>
        <source>How the agreement will be carried out</source>
        <translation>How the agreement will be carried out</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="293"/>
        <source>Carry out &amp;by:</source>
        <translation>Carry out &amp;by:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="295"/>
        <source>Deadline for carrying out the agreement</source>
        <translation>Deadline for carrying out the agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="299"/>
        <source>Names, separated by commas; saved with the case</source>
        <translation>Names, separated by commas; saved with the case</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="300"/>
        <source>&amp;End the mediation</source>
        <translation>&amp;End the mediation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="306"/>
        <source>Record &amp;follow-up</source>
        <translation>Record &amp;follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="307"/>
        <source>Written agreement &amp;document…</source>
        <translation>Written agreement &amp;document…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="309"/>
        <source>End &amp;reason:</source>
        <translation>End &amp;reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="310"/>
        <source>Ended &amp;on:</source>
        <translation>Ended &amp;on:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="311"/>
        <source>A&amp;greement or demands:</source>
        <translation>A&amp;greement or demands:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="312"/>
        <source>&amp;How it will be carried out:</source>
        <translation>&amp;How it will be carried out:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="314"/>
        <source>&amp;Witnesses:</source>
        <translation>&amp;Witnesses:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="315"/>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="316"/>
        <source>Court recognition until:</source>
        <translation>Court recognition until:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="317"/>
        <source>Follow-up on:</source>
        <translation>Follow-up on:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="318"/>
        <source>Carried out:</source>
        <translation>Carried out:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="319"/>
        <source>Follow-up note:</source>
        <translation>Follow-up note:</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="171"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="171"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="172"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="172"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="175"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="176"/>
        <source>&amp;Add party</source>
        <translation>&amp;Add party</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="177"/>
        <source>&amp;Remove party</source>
        <translation>&amp;Remove party</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_pages.py" line="24"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_pages.py" line="27"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_pages.py" line="30"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_pages.py" line="30"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>Fit the page width (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="34"/>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="35"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="53"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="54"/>
        <source>The file will hold personal data without encryption. Keep it only as long as needed, and never on a shared or removable disk. Save it?</source>
        <translation>The file will hold personal data without encryption. Keep it only as long as needed, and never on a shared or removable disk. Save it?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="60"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/pdf_preview.py" line="61"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="36"/>
        <source>&amp;Consents</source>
        <translation>&amp;Consents</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="37"/>
        <source>&amp;Requests</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="38"/>
        <source>&amp;Breaches</source>
        <translation>&amp;Breaches</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="39"/>
        <source>Re&amp;tention</source>
        <translation>Re&amp;tention</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="52"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="69"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="52"/>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="52"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="53"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="53"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="54"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="56"/>
        <source>Person giving consent</source>
        <translation>Person giving consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="57"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="75"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="82"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="60"/>
        <source>How consent was given</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="63"/>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="66"/>
        <source>Purposes:</source>
        <translation>Purposes:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="69"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="104"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="69"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="104"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="70"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="71"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="73"/>
        <source>Person making the request</source>
        <translation>Person making the request</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="74"/>
        <source>Kind of request</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="78"/>
        <source>Open request</source>
        <translation>Open request</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="81"/>
        <source>Name of the person whose records are asked for</source>
        <translation>Name of the person whose records are asked for</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="83"/>
        <source>&amp;Find the person…</source>
        <translation>&amp;Find the person…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="86"/>
        <source>A person&apos;s records:</source>
        <translation>A person&apos;s records:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="90"/>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="90"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="90"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="91"/>
        <source>Notify by</source>
        <translation>Notify by</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="91"/>
        <source>Hours left</source>
        <translation>Hours left</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="92"/>
        <source>Breaches</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="94"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="95"/>
        <source>Records affected</source>
        <translation>Records affected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="96"/>
        <source>What happened (e.g. the laptop was stolen)</source>
        <translation>What happened (e.g. the laptop was stolen)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="98"/>
        <source>Log breach</source>
        <translation>Log breach</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="98"/>
        <source>Notice…</source>
        <translation>Notice…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="104"/>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="105"/>
        <source>Records past their retention</source>
        <translation>Records past their retention</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="107"/>
        <source>Months to keep mediation cases</source>
        <translation>Months to keep mediation cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="108"/>
        <source>Months to keep security notes</source>
        <translation>Months to keep security notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="111"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="112"/>
        <source>Save rules</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="112"/>
        <source>Check what is due</source>
        <translation>Check what is due</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="113"/>
        <source>Purge now…</source>
        <translation>Purge now…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="114"/>
        <source>Processing register…</source>
        <translation>Processing register…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="119"/>
        <source>Mediation cases:</source>
        <translation>Mediation cases:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="120"/>
        <source>Security notes:</source>
        <translation>Security notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="184"/>
        <source>Breach notice</source>
        <translation>Breach notice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="200"/>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="201"/>
        <source>Erase every record listed as due? A backup is made first.</source>
        <translation>Erase every record listed as due? A backup is made first.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="214"/>
        <source>A person&apos;s records</source>
        <translation>A person&apos;s records</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="215"/>
        <source>Nobody is recorded under this name.</source>
        <translation>Nobody is recorded under this name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="228"/>
        <source>Personal data held</source>
        <translation>Personal data held</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="238"/>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="247"/>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="239"/>
        <source>Replace this person&apos;s name, birth year and address with &quot;Ẩn danh&quot; in their records not on legal hold? Their namesakes are left alone. This cannot be undone.</source>
        <translation>Replace this person&apos;s name, birth year and address with &quot;Ẩn danh&quot; in their records not on legal hold? Their namesakes are left alone. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/privacy_page.py" line="248"/>
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%n record(s) anonymised.</numerusform>
            <numerusform>%n record(s) anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/privacy_page.py" line="257"/>
        <source>Processing register</source>
        <translation>Processing register</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="251"/>
        <source>Record the scope &amp;check</source>
        <translation>Record the scope &amp;check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="253"/>
        <source>Name of a member, or a user name</source>
        <translation>Name of a member, or a user name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="255"/>
        <source>The mediator confirms &amp;no interest in or relationship to the case</source>
        <translation>The mediator confirms &amp;no interest in or relationship to the case</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="257"/>
        <source>An &amp;invited person, not a mediator</source>
        <translation>An &amp;invited person, not a mediator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="258"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="260"/>
        <source>Assigned mediators</source>
        <translation>Assigned mediators</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="262"/>
        <source>Session summary</source>
        <translation>Session summary</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="263"/>
        <source>Add &amp;session</source>
        <translation>Add &amp;session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="265"/>
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="268"/>
        <source>Scope (Law 35, Art. 3; Decree 15, Art. 5)</source>
        <translation>Scope (Law 35, Art. 3; Decree 15, Art. 5)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="269"/>
        <source>Check:</source>
        <translation>Check:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="269"/>
        <source>Exclusion:</source>
        <translation>Exclusion:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="270"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="271"/>
        <source>Mediators (Art. 18)</source>
        <translation>Mediators (Art. 18)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="272"/>
        <source>Mediator:</source>
        <translation>Mediator:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="274"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="275"/>
        <source>Held on:</source>
        <translation>Held on:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="275"/>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/case_editor_tabs.py" line="276"/>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="26"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="26"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="26"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="26"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_models/received_table_model.py" line="27"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="33"/>
        <source>Forgot password</source>
        <translation>Forgot password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="48"/>
        <source>&amp;Set the new password</source>
        <translation>&amp;Set the new password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="50"/>
        <source>Use recovery &amp;shares instead…</source>
        <translation>Use recovery &amp;shares instead…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="53"/>
        <source>When the recovery code is lost: the pieces of paper the leader gave to several people; any two (or as many as the leader chose) open TuQuan.</source>
        <translation>When the recovery code is lost: the pieces of paper the leader gave to several people; any two (or as many as the leader chose) open TuQuan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="63"/>
        <source>The recovery code is on the recovery sheet printed when TuQuan was set up, kept in a sealed envelope in a locked cabinet. With it you choose a new password, then sign in with that password.</source>
        <translation>The recovery code is on the recovery sheet printed when TuQuan was set up, kept in a sealed envelope in a locked cabinet. With it you choose a new password, then sign in with that password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="68"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="69"/>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="70"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="71"/>
        <source>R&amp;epeat new password:</source>
        <translation>R&amp;epeat new password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recovery_dialog.py" line="98"/>
        <source>Checking the recovery code…</source>
        <translation>Checking the recovery code…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="164"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="165"/>
        <source>If every password is forgotten, only this code opens the data. It is shown once: print it or write it down, and keep it locked away.</source>
        <translation>If every password is forgotten, only this code opens the data. It is shown once: print it or write it down, and keep it locked away.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="173"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="174"/>
        <source>I have &amp;written down or printed the recovery code</source>
        <translation>I have &amp;written down or printed the recovery code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="197"/>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="24"/>
        <source>Case number or words of an escalated case</source>
        <translation>Case number or words of an escalated case</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="25"/>
        <source>Search received cases</source>
        <translation>Search received cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="27"/>
        <source>Escalated &amp;only</source>
        <translation>Escalated &amp;only</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="33"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/register_tab.py" line="42"/>
        <source>%n received case(s)</source>
        <translation>
            <numerusform>%n received case(s)</numerusform>
            <numerusform>%n received case(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_tab.py" line="46"/>
        <source>Received cases</source>
        <translation>Received cases</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="55"/>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="56"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="57"/>
        <source>&amp;Range of months</source>
        <translation>&amp;Range of months</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="59"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="60"/>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="61"/>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="62"/>
        <source>&amp;Close the month…</source>
        <translation>&amp;Close the month…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="67"/>
        <source>Save the &amp;figures</source>
        <translation>Save the &amp;figures</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="93"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="94"/>
        <source>Days after which an open case is prolonged</source>
        <translation>Days after which an open case is prolonged</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="95"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="97"/>
        <source>e.g. 05/BC-THG</source>
        <translation>e.g. 05/BC-THG</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="98"/>
        <source>e.g. the commune People&apos;s Committee</source>
        <translation>e.g. the commune People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="102"/>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="103"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="117"/>
        <source>A case still open is prolonged after:</source>
        <translation>A case still open is prolonged after:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="125"/>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="178"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="198"/>
        <source>The figures of %1 were saved at %2.</source>
        <translation>The figures of %1 were saved at %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="216"/>
        <source>Close the month</source>
        <translation>Close the month</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="217"/>
        <source>Close %1? Its figures are then kept as they are; later changes show as amendments in the next reports.</source>
        <translation>Close %1? Its figures are then kept as they are; later changes show as amendments in the next reports.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="228"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="229"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reports_page.py" line="237"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="85"/>
        <source>Reset password for %s</source>
        <translation>Reset password for %s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="87"/>
        <source>Give %s the temporary password in person, never by message; they change it (Settings → Change my password) after signing in.</source>
        <translation>Give %s the temporary password in person, never by message; they change it (Settings → Change my password) after signing in.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="92"/>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="93"/>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmPage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="168"/>
        <source>Is this the right backup?</source>
        <translation>Is this the right backup?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="169"/>
        <source>Check the team and the period it covers: nothing is written on this computer before you press Restore.</source>
        <translation>Check the team and the period it covers: nothing is written on this computer before you press Restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="171"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="174"/>
        <source>What the backup holds</source>
        <translation>What the backup holds</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="175"/>
        <source>A new password, since the recovery code opened it</source>
        <translation>A new password, since the recovery code opened it</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="178"/>
        <source>Administrator&apos;s user &amp;name:</source>
        <translation>Administrator&apos;s user &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="179"/>
        <source>New pass&amp;word:</source>
        <translation>New pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="180"/>
        <source>R&amp;epeat the password:</source>
        <translation>R&amp;epeat the password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="203"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="203"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="205"/>
        <source>Commune / ward: %1, %2</source>
        <translation>Commune / ward: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="207"/>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="208"/>
        <source>It holds everything recorded from %1 up to %2; anything recorded after that is not in it.</source>
        <translation>It holds everything recorded from %1 up to %2; anything recorded after that is not in it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="214"/>
        <source>Commune police</source>
        <translation>Commune police</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="215"/>
        <source>Commune People&apos;s Committee</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="216"/>
        <source>Last bundle to %1: number %2</source>
        <translation>Last bundle to %1: number %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="233"/>
        <source>Restoring the team&apos;s data…</source>
        <translation>Restoring the team&apos;s data…</translation>
    </message>
</context>
<context>
    <name>RestoreFilePage</name>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="66"/>
        <source>Restore from a backup file</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="67"/>
        <source>Set this computer up from the team&apos;s backup file (.tqbackup), for example from a USB stick.</source>
        <translation>Set this computer up from the team&apos;s backup file (.tqbackup), for example from a USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="70"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="71"/>
        <source>Open it with my &amp;password</source>
        <translation>Open it with my &amp;password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="72"/>
        <source>Open it with the &amp;recovery code</source>
        <translation>Open it with the &amp;recovery code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="90"/>
        <source>Backup &amp;file:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="95"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="96"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="101"/>
        <source>Recovery co&amp;de:</source>
        <translation>Recovery co&amp;de:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="107"/>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="118"/>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="119"/>
        <source>TuQuan backups (*.tqbackup)</source>
        <translation>TuQuan backups (*.tqbackup)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/restore_pages.py" line="146"/>
        <source>Opening the backup file…</source>
        <translation>Opening the backup file…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="77"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="77"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="78"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="52"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="53"/>
        <source>Change &amp;my password…</source>
        <translation>Change &amp;my password…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="65"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="82"/>
        <location filename="../../desktop/gui/pages/settings_page.py" line="103"/>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="54"/>
        <source>Reset pass&amp;word…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="56"/>
        <source>A temporary password for the chosen member; a leader&apos;s own password is changed by that leader, or reset with the recovery code.</source>
        <translation>A temporary password for the chosen member; a leader&apos;s own password is changed by that leader, or reset with the recovery code.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="59"/>
        <source>&amp;Hand over to a new leader…</source>
        <translation>&amp;Hand over to a new leader…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="67"/>
        <source>Commune police phone</source>
        <translation>Commune police phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="70"/>
        <source>Backup files kept on a USB stick</source>
        <translation>Backup files kept on a USB stick</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="113"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="115"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="116"/>
        <source>Lock after &amp;idle:</source>
        <translation>Lock after &amp;idle:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="117"/>
        <source>Commune &amp;police phone:</source>
        <translation>Commune &amp;police phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="118"/>
        <source>Backup files &amp;kept on a USB stick:</source>
        <translation>Backup files &amp;kept on a USB stick:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="166"/>
        <source>Adding the user…</source>
        <translation>Adding the user…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="204"/>
        <location filename="../../desktop/gui/pages/settings_page.py" line="214"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="205"/>
        <source>The password of %s was reset. Give them the temporary password in person.</source>
        <translation>The password of %s was reset. Give them the temporary password in person.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="214"/>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="179"/>
        <location filename="../../desktop/gui/pages/settings_page.py" line="201"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="225"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_page.py" line="226"/>
        <source>The new language is used after TuQuan is restarted.</source>
        <translation>The new language is used after TuQuan is restarted.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="211"/>
        <source>First run</source>
        <translation>First run</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="264"/>
        <source>Checking the backup file…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/setup_wizard.py" line="276"/>
        <source>Restoring the team&apos;s data…</source>
        <translation>Restoring the team&apos;s data…</translation>
    </message>
</context>
<context>
    <name>ShareRecoveryDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="51"/>
        <source>Recover with shares</source>
        <translation>Recover with shares</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="53"/>
        <source>&amp;Add a share</source>
        <translation>&amp;Add a share</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="55"/>
        <source>Make it a new &amp;leader account</source>
        <translation>Make it a new &amp;leader account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="63"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="75"/>
        <source>The holders of the recovery shares type their words, one share in each box, as many shares as the sheets say (for example any 2 of 3). The first four letters of each word are enough. Then give the leader&apos;s account a new password.</source>
        <translation>The holders of the recovery shares type their words, one share in each box, as many shares as the sheets say (for example any 2 of 3). The first four letters of each word are enough. Then give the leader&apos;s account a new password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="87"/>
        <source>Leader&apos;s &amp;user name:</source>
        <translation>Leader&apos;s &amp;user name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="89"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="90"/>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="91"/>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="110"/>
        <source>Share %1</source>
        <translation>Share %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="111"/>
        <source>Share &amp;%1:</source>
        <translation>Share &amp;%1:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="118"/>
        <source>Enter the leader&apos;s user name.</source>
        <translation>Enter the leader&apos;s user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="120"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/share_recovery_dialog.py" line="143"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>SubjectChooser</name>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="28"/>
        <source>Choose the person</source>
        <translation>Choose the person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="32"/>
        <source>One person is recorded under this name. Check the birth year and the address with the person who asked before going on.</source>
        <translation>One person is recorded under this name. Check the birth year and the address with the person who asked before going on.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="34"/>
        <source>%n people are recorded under this name. Choose the one who asked, by birth year and address.</source>
        <translation>
            <numerusform>%n people are recorded under this name. Choose the one who asked, by birth year and address.</numerusform>
            <numerusform>%n people are recorded under this name. Choose the one who asked, by birth year and address.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="47"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="47"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="47"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="48"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="48"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="49"/>
        <source>People recorded under this name</source>
        <translation>People recorded under this name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="57"/>
        <source>&amp;Export records…</source>
        <translation>&amp;Export records…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/subject_chooser.py" line="58"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
</context>
<context>
    <name>TeamRegisterPage</name>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="42"/>
        <source>Team register warnings</source>
        <translation>Team register warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="46"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="47"/>
        <source>&amp;Edit member…</source>
        <translation>&amp;Edit member…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="48"/>
        <source>Member &amp;leaves the team…</source>
        <translation>Member &amp;leaves the team…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="51"/>
        <source>Ethnic-minority mediators</source>
        <translation>Ethnic-minority mediators</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="52"/>
        <source>Sa&amp;ve number</source>
        <translation>Sa&amp;ve number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="65"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="65"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="65"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="66"/>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="66"/>
        <source>Recognised on</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="67"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="67"/>
        <source>Trained on</source>
        <translation>Trained on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="67"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="68"/>
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="70"/>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="75"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="80"/>
        <source>E&amp;thnic-minority mediators (a number for the team; no one is marked):</source>
        <translation>E&amp;thnic-minority mediators (a number for the team; no one is marked):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="118"/>
        <source>The team register:</source>
        <translation>The team register:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="121"/>
        <source>Serving mediators today: {mediators} — women: {female} — trained: {trained}</source>
        <translation>Serving mediators today: {mediators} — women: {female} — trained: {trained}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/team_register_page.py" line="190"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="117"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="117"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="118"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="118"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="119"/>
        <source>Enrolled teams</source>
        <translation>Enrolled teams</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="120"/>
        <source>Enrol a team&apos;s &amp;card…</source>
        <translation>Enrol a team&apos;s &amp;card…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="121"/>
        <source>Write a &amp;receipt…</source>
        <translation>Write a &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="122"/>
        <source>Re&amp;voke the key…</source>
        <translation>Re&amp;voke the key…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="147"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="147"/>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="153"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="153"/>
        <source>Choose a team in the list first.</source>
        <translation>Choose a team in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="163"/>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="165"/>
        <source>Receipts (*.json)</source>
        <translation>Receipts (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="175"/>
        <source>The receipt for %1 was written to %2. Give it to the team: it shows which of its bundles arrived.</source>
        <translation>The receipt for %1 was written to %2. Give it to the team: it shows which of its bundles arrived.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="178"/>
        <source>Receipt written</source>
        <translation>Receipt written</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="184"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/receiver_tabs.py" line="185"/>
        <source>Stop trusting the key of %1? Bundles signed with it will be rejected from now on.</source>
        <translation>Stop trusting the key of %1? Bundles signed with it will be rejected from now on.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="39"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="43"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="44"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="49"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="51"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Forgot password?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="56"/>
        <source>&lt;b&gt;Tự Quản&lt;/b&gt; — the data on this computer is encrypted. Sign in to open it.</source>
        <translation>&lt;b&gt;Tự Quản&lt;/b&gt; — the data on this computer is encrypted. Sign in to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="60"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="61"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="103"/>
        <source>The new password is set. Sign in with it.</source>
        <translation>The new password is set. Sign in with it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="113"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="140"/>
        <source>Damaged data</source>
        <translation>Damaged data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="141"/>
        <source>Restore backup %1 now? The damaged database is kept as a backup.</source>
        <translation>Restore backup %1 now? The damaged database is kept as a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/unlock_dialog.py" line="151"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>VolumeDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="241"/>
        <source>Close volume %d</source>
        <translation>Close volume %d</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="242"/>
        <source>Open volume %d</source>
        <translation>Open volume %d</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="248"/>
        <source>Closes o&amp;n:</source>
        <translation>Closes o&amp;n:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="248"/>
        <source>Opens o&amp;n:</source>
        <translation>Opens o&amp;n:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="249"/>
        <source>Close the &amp;volume</source>
        <translation>Close the &amp;volume</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="249"/>
        <source>&amp;Open the volume</source>
        <translation>&amp;Open the volume</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="254"/>
        <source>Closing volume %d ends it on the day below. Every case received in it must be ended first. From then on its entries are frozen: nobody can change them, and a mistake can only be corrected by an amendment that keeps the old text and the reason. A closed volume cannot be opened again.</source>
        <translation>Closing volume %d ends it on the day below. Every case received in it must be ended first. From then on its entries are frozen: nobody can change them, and a mistake can only be corrected by an amendment that keeps the old text and the reason. A closed volume cannot be opened again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="258"/>
        <source>Volume %d of the log book starts on the day below; cases received from that day on are written in it.</source>
        <translation>Volume %d of the log book starts on the day below; cases received from that day on are written in it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="266"/>
        <source>The volume cannot close before the day it opened (%s).</source>
        <translation>The volume cannot close before the day it opened (%s).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="269"/>
        <source>The new volume must open after the day the previous one closed (%s).</source>
        <translation>The new volume must open after the day the previous one closed (%s).</translation>
    </message>
</context>
<context>
    <name>VolumesBox</name>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="18"/>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="25"/>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="91"/>
        <source>Log-book volumes</source>
        <translation>Log-book volumes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="23"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="23"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="24"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="30"/>
        <source>&amp;Open the next volume…</source>
        <translation>&amp;Open the next volume…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="31"/>
        <source>&amp;Close this volume…</source>
        <translation>&amp;Close this volume…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="52"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="55"/>
        <source>Volume %d is open: new cases are written in it.</source>
        <translation>Volume %d is open: new cases are written in it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="58"/>
        <source>Every volume is closed: open the next one before new cases are written.</source>
        <translation>Every volume is closed: open the next one before new cases are written.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="61"/>
        <source>No volume is open yet.</source>
        <translation>No volume is open yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="71"/>
        <source>Volume %d is still open: close it before opening the next one.</source>
        <translation>Volume %d is still open: close it before opening the next one.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volumes_box.py" line="81"/>
        <source>No volume is open, so there is none to close.</source>
        <translation>No volume is open, so there is none to close.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="52"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/register_dialogs.py" line="115"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="16"/>
        <source>this installation is not a police unit</source>
        <translation>this installation is not a police unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="17"/>
        <source>it was signed by a key not enrolled for that team</source>
        <translation>it was signed by a key not enrolled for that team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="18"/>
        <source>the team&apos;s key was revoked</source>
        <translation>the team&apos;s key was revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="19"/>
        <source>it was addressed to another police unit</source>
        <translation>it was addressed to another police unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="20"/>
        <source>it comes from a newer version of TuQuan; update first</source>
        <translation>it comes from a newer version of TuQuan; update first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="21"/>
        <source>a different bundle number {seq} of this team was already received (the team may have restored an old backup)</source>
        <translation>a different bundle number {seq} of this team was already received (the team may have restored an old backup)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="23"/>
        <source>bundle number {seq} of this team, already received, does not follow this one (the team may have restored an old backup)</source>
        <translation>bundle number {seq} of this team, already received, does not follow this one (the team may have restored an old backup)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="25"/>
        <source>it does not follow the previous bundle of this team</source>
        <translation>it does not follow the previous bundle of this team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="26"/>
        <source>the file is empty or too large</source>
        <translation>the file is empty or too large</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="27"/>
        <source>it cannot be opened with this unit&apos;s key: it was made for another unit, or it is damaged or incomplete</source>
        <translation>it cannot be opened with this unit&apos;s key: it was made for another unit, or it is damaged or incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="29"/>
        <source>it is not a TuQuan bundle (or it is damaged)</source>
        <translation>it is not a TuQuan bundle (or it is damaged)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="30"/>
        <source>its description has an impossible length</source>
        <translation>its description has an impossible length</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="31"/>
        <source>it is truncated</source>
        <translation>it is truncated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="32"/>
        <source>its content does not have the announced length</source>
        <translation>its content does not have the announced length</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="33"/>
        <source>its description is not valid UTF-8 JSON</source>
        <translation>its description is not valid UTF-8 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="34"/>
        <source>its description has the wrong shape</source>
        <translation>its description has the wrong shape</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="35"/>
        <source>its description lacks a valid &apos;{name}&apos;</source>
        <translation>its description lacks a valid &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="36"/>
        <source>format {name} is not supported</source>
        <translation>format {name} is not supported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="37"/>
        <source>the signature does not match the sending team&apos;s key</source>
        <translation>the signature does not match the sending team&apos;s key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="38"/>
        <source>its content was altered</source>
        <translation>its content was altered</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="39"/>
        <source>compression {name} is not supported</source>
        <translation>compression {name} is not supported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="40"/>
        <source>its content announces an impossible size</source>
        <translation>its content announces an impossible size</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="41"/>
        <source>its content cannot be unpacked</source>
        <translation>its content cannot be unpacked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="42"/>
        <source>its content does not have the announced size</source>
        <translation>its content does not have the announced size</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="43"/>
        <source>record {seq} is too large</source>
        <translation>record {seq} is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="44"/>
        <source>record {seq} is not valid UTF-8 JSON</source>
        <translation>record {seq} is not valid UTF-8 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="45"/>
        <source>record {seq} has the wrong shape</source>
        <translation>record {seq} has the wrong shape</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="46"/>
        <source>cannot be read: {name}</source>
        <translation>cannot be read: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="47"/>
        <source>the manifest is too large</source>
        <translation>the manifest is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="48"/>
        <source>a recipient key is not a valid age key</source>
        <translation>a recipient key is not a valid age key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="49"/>
        <source>too many files of the same name</source>
        <translation>too many files of the same name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="50"/>
        <source>what was read back differs</source>
        <translation>what was read back differs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="51"/>
        <source>record {seq} is empty</source>
        <translation>record {seq} is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="52"/>
        <source>it holds more than {name} records</source>
        <translation>it holds more than {name} records</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="53"/>
        <source>record {seq} breaks the rules for its kind: {name}</source>
        <translation>record {seq} breaks the rules for its kind: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="54"/>
        <source>record {seq} names another team</source>
        <translation>record {seq} names another team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="55"/>
        <source>record {seq} belongs to another team</source>
        <translation>record {seq} belongs to another team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="56"/>
        <source>the numbers of records it announces differ from its content</source>
        <translation>the numbers of records it announces differ from its content</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="57"/>
        <source>its number {seq} is implausibly far past the last bundle received from this team</source>
        <translation>its number {seq} is implausibly far past the last bundle received from this team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="59"/>
        <source>it could not be read ({name})</source>
        <translation>it could not be read ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="94"/>
        <source>Report of %1</source>
        <translation>Report of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_texts.py" line="96"/>
        <source>Report of %1; changes recorded up to %2</source>
        <translation>Report of %1; changes recorded up to %2</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="10"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="11"/>
        <location filename="../../desktop/gui/widgets/buttons.py" line="25"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="12"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="22"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="23"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/buttons.py" line="24"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/handover_dialog.py" line="211"/>
        <source>Handing over…</source>
        <translation>Handing over…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/core/errors.py" line="175"/>
        <source>The database is damaged ({problem}). Nothing was changed. The newest good backup is {backup}: TuQuan offers to restore it; the damaged file is kept.</source>
        <translation>The database is damaged ({problem}). Nothing was changed. The newest good backup is {backup}: TuQuan offers to restore it; the damaged file is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="185"/>
        <source>The database is damaged ({problem}), and no backup in the data folder opens and checks. Nothing was changed. Keep the folder as it is and bring a backup made elsewhere (a stick, another copy of the folder).</source>
        <translation>The database is damaged ({problem}), and no backup in the data folder opens and checks. Nothing was changed. Keep the folder as it is and bring a backup made elsewhere (a stick, another copy of the folder).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="192"/>
        <source>Backup {backup} cannot be restored: {problem}</source>
        <translation>Backup {backup} cannot be restored: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="215"/>
        <source>The database key was not changed: {reason}</source>
        <translation>The database key was not changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="246"/>
        <source>The bundle was rejected: {reason}</source>
        <translation>The bundle was rejected: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="251"/>
        <source>Writing the bundle to {target} failed ({reason}). The bundle is safe in the outbox: try another stick, then write it again.</source>
        <translation>Writing the bundle to {target} failed ({reason}). The bundle is safe in the outbox: try another stick, then write it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="160"/>
        <source>There is no room to write in {place} ({detail}). Nothing was saved and the files already there are intact; free some space or choose another place, then try again.</source>
        <translation>There is no room to write in {place} ({detail}). Nothing was saved and the files already there are intact; free some space or choose another place, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="166"/>
        <source>{place} cannot be written ({detail}): it may be read-only or locked. Nothing was changed there; choose another place.</source>
        <translation>{place} cannot be written ({detail}): it may be read-only or locked. Nothing was changed there; choose another place.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="34"/>
        <source>No TuQuan installation was found in {data_dir}.</source>
        <translation>No TuQuan installation was found in {data_dir}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="39"/>
        <source>An installation already exists in {data_dir}; it was left untouched.</source>
        <translation>An installation already exists in {data_dir}; it was left untouched.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="49"/>
        <source>The recovery code is wrong. Type it as printed on the recovery sheet: six groups of five letters and digits.</source>
        <translation>The recovery code is wrong. Type it as printed on the recovery sheet: six groups of five letters and digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="55"/>
        <source>The password of {username} cannot be reset by another account: a team leader or administrator changes their own password, or resets it with the recovery code (`tuquan recover`).</source>
        <translation>The password of {username} cannot be reset by another account: a team leader or administrator changes their own password, or resets it with the recovery code (`tuquan recover`).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="59"/>
        <source>The password of {username} cannot be reset by another account: a team leader or administrator changes their own password, or resets it with the recovery code (&quot;Forgot password?&quot; on the unlock window).</source>
        <translation>The password of {username} cannot be reset by another account: a team leader or administrator changes their own password, or resets it with the recovery code (&quot;Forgot password?&quot; on the unlock window).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="97"/>
        <source>Several members are named {name}; give the register id of the one meant: {choices}</source>
        <translation>Several members are named {name}; give the register id of the one meant: {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="100"/>
        <source>Several members are named {name}: choose the one meant from the list (it says which hamlet each one covers). {choices}</source>
        <translation>Several members are named {name}: choose the one meant from the list (it says which hamlet each one covers). {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="111"/>
        <source>{count} people are recorded under this name, so nothing was exported or changed: choose one with --person KEY, or tell them apart with --birth-year or --address. {candidates}</source>
        <translation>{count} people are recorded under this name, so nothing was exported or changed: choose one with --person KEY, or tell them apart with --birth-year or --address. {candidates}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="115"/>
        <source>{count} people are recorded under this name, so nothing was exported or changed: choose one of them. {candidates}</source>
        <translation>{count} people are recorded under this name, so nothing was exported or changed: choose one of them. {candidates}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="121"/>
        <source>The PostgreSQL server holding this installation&apos;s data did not answer ({detail}). Check that it is running and reachable, then try again.</source>
        <translation>The PostgreSQL server holding this installation&apos;s data did not answer ({detail}). Check that it is running and reachable, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="133"/>
        <source>The data folder {data_dir} cannot be written ({detail}): it may be on a read-only disk, or a stick with its lock switch on. TuQuan writes there even to open the data; copy the folder to a writable place, or make it writable. Nothing was changed.</source>
        <translation>The data folder {data_dir} cannot be written ({detail}): it may be on a read-only disk, or a stick with its lock switch on. TuQuan writes there even to open the data; copy the folder to a writable place, or make it writable. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="144"/>
        <source>This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach the police unit&apos;s database server: install the police unit&apos;s build of TuQuan, or `pip install tuquan[postgresql]`.</source>
        <translation>This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach the police unit&apos;s database server: install the police unit&apos;s build of TuQuan, or `pip install tuquan[postgresql]`.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="154"/>
        <source>This installation keeps its data in PostgreSQL: back it up, restore it and protect its disk with the server&apos;s own tools (pg_dump, disk encryption).</source>
        <translation>This installation keeps its data in PostgreSQL: back it up, restore it and protect its disk with the server&apos;s own tools (pg_dump, disk encryption).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="172"/>
        <source>The database in {data_dir} is damaged ({problem}). Nothing was changed. Restore the newest good backup: `tuquan backup restore {backup}` or Settings → Backups.</source>
        <translation>The database in {data_dir} is damaged ({problem}). Nothing was changed. Restore the newest good backup: `tuquan backup restore {backup}` or Settings → Backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="181"/>
        <source>The database in {data_dir} is damaged ({problem}), and no backup in this folder opens and checks. Nothing was changed. Keep the folder as it is and bring a backup made elsewhere (a stick, another copy of the folder).</source>
        <translation>The database in {data_dir} is damaged ({problem}), and no backup in this folder opens and checks. Nothing was changed. Keep the folder as it is and bring a backup made elsewhere (a stick, another copy of the folder).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="197"/>
        <source>{file} is not a TuQuan backup file (or was made by a newer version of TuQuan); nothing was changed.</source>
        <translation>{file} is not a TuQuan backup file (or was made by a newer version of TuQuan); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="203"/>
        <source>The backup file {file} is damaged or was altered ({problem}): nothing was restored from it; use another copy of the backup.</source>
        <translation>The backup file {file} is damaged or was altered ({problem}): nothing was restored from it; use another copy of the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="209"/>
        <source>The backup could not be written to {target} ({reason}): nothing was left there under a backup&apos;s name; try again, or use another stick.</source>
        <translation>The backup could not be written to {target} ({reason}): nothing was left there under a backup&apos;s name; try again, or use another stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="220"/>
        <source>Share {number} cannot be read: check each of its words against the sheet.</source>
        <translation>Share {number} cannot be read: check each of its words against the sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="225"/>
        <source>{needed} recovery shares are needed; {given} were given.</source>
        <translation>{needed} recovery shares are needed; {given} were given.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="230"/>
        <source>These recovery shares do not belong together: use shares printed at the same time, each sheet once.</source>
        <translation>These recovery shares do not belong together: use shares printed at the same time, each sheet once.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="236"/>
        <source>These recovery shares were replaced by a newer split and no longer open TuQuan.</source>
        <translation>These recovery shares were replaced by a newer split and no longer open TuQuan.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="241"/>
        <source>No recovery shares were made for this installation.</source>
        <translation>No recovery shares were made for this installation.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="267"/>
        <source>{name} already has an enrolled key (fingerprint {fingerprint}). Enrol the new card only if they changed their key on purpose: replacing it revokes the old one.</source>
        <translation>{name} already has an enrolled key (fingerprint {fingerprint}). Enrol the new card only if they changed their key on purpose: replacing it revokes the old one.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="273"/>
        <source>This is the commune police&apos;s card; the commune People&apos;s Committee&apos;s card is expected here.</source>
        <translation>This is the commune police&apos;s card; the commune People&apos;s Committee&apos;s card is expected here.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="279"/>
        <source>This is the commune People&apos;s Committee&apos;s card; the commune police&apos;s card is expected here.</source>
        <translation>This is the commune People&apos;s Committee&apos;s card; the commune police&apos;s card is expected here.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="285"/>
        <source>The data in {data_dir} is open in a TuQuan window. Close that window first, then try again; nothing was changed.</source>
        <translation>The data in {data_dir} is open in a TuQuan window. Close that window first, then try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="288"/>
        <source>The data in {data_dir} is already open in a TuQuan window. Use that window, or close it first.</source>
        <translation>The data in {data_dir} is already open in a TuQuan window. Use that window, or close it first.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="294"/>
        <source>The data in {data_dir} is in use by another tuquan command, which did not finish in time. Wait for it to finish, then try again; nothing was changed.</source>
        <translation>The data in {data_dir} is in use by another tuquan command, which did not finish in time. Wait for it to finish, then try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="297"/>
        <source>The data in {data_dir} is in use by a tuquan command. Wait for it to finish, then open TuQuan again; nothing was changed.</source>
        <translation>The data in {data_dir} is in use by a tuquan command. Wait for it to finish, then open TuQuan again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="148"/>
        <source>This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach the police unit&apos;s database server: install the police unit&apos;s build of TuQuan.</source>
        <translation>This copy of TuQuan has no PostgreSQL driver ({driver}), so it cannot reach the police unit&apos;s database server: install the police unit&apos;s build of TuQuan.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="127"/>
        <source>Another TuQuan window or command kept the data busy for too long; nothing was saved. Try again in a moment.</source>
        <translation>Another TuQuan window or command kept the data busy for too long; nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="137"/>
        <source>The data folder {data_dir} cannot be written ({detail}): it may be on a read-only disk, or a stick with its lock switch on. Copy the folder to a writable place, or make it writable. Nothing was changed.</source>
        <translation>The data folder {data_dir} cannot be written ({detail}): it may be on a read-only disk, or a stick with its lock switch on. Copy the folder to a writable place, or make it writable. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="44"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="32"/>
        <source>No TuQuan installation was found in {data_dir}. Run the set-up first.</source>
        <translation>No TuQuan installation was found in {data_dir}. Run the set-up first.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="66"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Too many failed attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="71"/>
        <source>The account {username} is disabled.</source>
        <translation>The account {username} is disabled.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="76"/>
        <source>Your role ({role}) is not allowed to {action}.</source>
        <translation>Your role ({role}) is not allowed to {action}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="81"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="86"/>
        <source>This data was written by a newer version of TuQuan (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>This data was written by a newer version of TuQuan (schema {revision}). Install the newer version to open it; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="92"/>
        <source>The key file does not match the database in {data_dir}; restore both from a backup.</source>
        <translation>The key file does not match the database in {data_dir}; restore both from a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="106"/>
        <source>{what} {name} was not found.</source>
        <translation>{what} {name} was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="257"/>
        <source>Bundle {seq} for the {recipient} desk was made and kept in the outbox, but writing it out failed: {reason} Write it again later (`tuquan outbox write {seq} --to {recipient} --out DIR`).</source>
        <translation>Bundle {seq} for the {recipient} desk was made and kept in the outbox, but writing it out failed: {reason} Write it again later (`tuquan outbox write {seq} --to {recipient} --out DIR`).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="261"/>
        <source>Bundle {seq} for {recipient} was made and kept in the outbox, but writing it out failed: {reason} Write it again later (&quot;Write again&quot;).</source>
        <translation>Bundle {seq} for {recipient} was made and kept in the outbox, but writing it out failed: {reason} Write it again later (&quot;Write again&quot;).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="162"/>
        <source>An unexpected error occurred ({kind}). Nothing was saved.</source>
        <translation>An unexpected error occurred ({kind}). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="168"/>
        <source>TuQuan</source>
        <translation>TuQuan</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <location filename="../../desktop/gui/errors.py" line="19"/>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="19"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="20"/>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="20"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="21"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="21"/>
        <source>commune code</source>
        <translation>commune code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="22"/>
        <source>administrative units file</source>
        <translation>administrative units file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="23"/>
        <source>use 2–32 letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>use 2–32 letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="24"/>
        <source>use at least 8 characters</source>
        <translation>use at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="25"/>
        <source>enter between 1 and 200 characters</source>
        <translation>enter between 1 and 200 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="26"/>
        <source>this role does not exist in this mode</source>
        <translation>this role does not exist in this mode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="27"/>
        <source>this user name is already taken</source>
        <translation>this user name is already taken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="28"/>
        <source>no account has this user name</source>
        <translation>no account has this user name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="29"/>
        <source>not a known commune code</source>
        <translation>not a known commune code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="30"/>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="31"/>
        <source>the two entries differ</source>
        <translation>the two entries differ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="32"/>
        <source>recipient</source>
        <translation>recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="33"/>
        <source>police</source>
        <translation>police</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="33"/>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="34"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="35"/>
        <source>enter a number from 0 to 1000</source>
        <translation>enter a number from 0 to 1000</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="36"/>
        <source>only a team keeps a register</source>
        <translation>only a team keeps a register</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="37"/>
        <source>the justice statistics are counted at the commune People&apos;s Committee</source>
        <translation>the justice statistics are counted at the commune People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="39"/>
        <source>enrol the commune police&apos;s card first</source>
        <translation>enrol the commune police&apos;s card first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="40"/>
        <source>enrol the commune People&apos;s Committee&apos;s card first</source>
        <translation>enrol the commune People&apos;s Committee&apos;s card first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="41"/>
        <source>enrol the card of the commune police or of the commune People&apos;s Committee first</source>
        <translation>enrol the card of the commune police or of the commune People&apos;s Committee first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="43"/>
        <source>received_date</source>
        <translation>received_date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="44"/>
        <source>basis</source>
        <translation>basis</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="45"/>
        <source>scope_category</source>
        <translation>scope_category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="46"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="47"/>
        <source>end_reason</source>
        <translation>end_reason</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="48"/>
        <source>scope_exclusion</source>
        <translation>scope_exclusion</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="49"/>
        <source>scope_check</source>
        <translation>scope_check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="50"/>
        <source>scope_note</source>
        <translation>scope_note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="51"/>
        <source>no_conflict</source>
        <translation>no_conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="52"/>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="53"/>
        <source>ended_on</source>
        <translation>ended_on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="54"/>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="55"/>
        <source>risk_of_violence</source>
        <translation>risk_of_violence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="56"/>
        <source>signs_of_violation</source>
        <translation>signs_of_violation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="57"/>
        <source>held_on</source>
        <translation>held_on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="58"/>
        <source>implementation_status</source>
        <translation>implementation_status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="59"/>
        <source>implementation_method</source>
        <translation>implementation_method</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="60"/>
        <source>implementation_deadline</source>
        <translation>implementation_deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="61"/>
        <source>witnesses</source>
        <translation>witnesses</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="62"/>
        <source>before the agreement was reached</source>
        <translation>before the agreement was reached</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="63"/>
        <source>outside 1900 … ten years from today</source>
        <translation>outside 1900 … ten years from today</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="64"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="65"/>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="66"/>
        <source>hamlet</source>
        <translation>hamlet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="67"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="68"/>
        <source>record when it was reported and to whom</source>
        <translation>record when it was reported and to whom</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="69"/>
        <source>say which exclusion applies</source>
        <translation>say which exclusion applies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="70"/>
        <source>mediation has already started</source>
        <translation>mediation has already started</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="71"/>
        <source>note whom you consulted and what they said</source>
        <translation>note whom you consulted and what they said</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="72"/>
        <source>the case is closed; add a note instead</source>
        <translation>the case is closed; add a note instead</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="73"/>
        <source>must stay in the case number&apos;s year</source>
        <translation>must stay in the case number&apos;s year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="74"/>
        <source>the mediator must confirm having no interest in or relationship to the case</source>
        <translation>the mediator must confirm having no interest in or relationship to the case</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="75"/>
        <source>the case is closed</source>
        <translation>the case is closed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="76"/>
        <source>confirm that no exclusion applies before mediation starts</source>
        <translation>confirm that no exclusion applies before mediation starts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="77"/>
        <source>assign a mediator first</source>
        <translation>assign a mediator first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="78"/>
        <source>an out-of-scope case has no mediation result</source>
        <translation>an out-of-scope case has no mediation result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="79"/>
        <source>before the case was received</source>
        <translation>before the case was received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="80"/>
        <source>only for cases that reached agreement</source>
        <translation>only for cases that reached agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="81"/>
        <source>expected a date as dd/mm/yyyy or yyyy-mm-dd</source>
        <translation>expected a date as dd/mm/yyyy or yyyy-mm-dd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="82"/>
        <source>a party needs a name</source>
        <translation>a party needs a name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="83"/>
        <source>expected a year such as 1975</source>
        <translation>expected a year such as 1975</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="84"/>
        <source>expected a date and time (ISO 8601)</source>
        <translation>expected a date and time (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="85"/>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="85"/>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="86"/>
        <source>police unit</source>
        <translation>police unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="86"/>
        <source>installation</source>
        <translation>installation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="87"/>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="87"/>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="88"/>
        <source>not a TuQuan key card</source>
        <translation>not a TuQuan key card</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="89"/>
        <source>a team enrols its police unit&apos;s card, and the police unit enrols the teams&apos; cards</source>
        <translation>a team enrols its police unit&apos;s card, and the police unit enrols the teams&apos; cards</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="91"/>
        <source>enrol the police unit&apos;s card first</source>
        <translation>enrol the police unit&apos;s card first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="92"/>
        <source>not a TuQuan receipt</source>
        <translation>not a TuQuan receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="93"/>
        <source>it was not signed by the police unit enrolled here, or it was altered</source>
        <translation>it was not signed by the police unit enrolled here, or it was altered</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="95"/>
        <source>it was written for another team</source>
        <translation>it was written for another team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="96"/>
        <source>its content has the wrong shape</source>
        <translation>its content has the wrong shape</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="97"/>
        <source>receipts are written by the police unit and read by teams</source>
        <translation>receipts are written by the police unit and read by teams</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="98"/>
        <source>cannot be opened</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="99"/>
        <source>is too large for this kind of file</source>
        <translation>is too large for this kind of file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="100"/>
        <source>expected a month as YYYY-MM</source>
        <translation>expected a month as YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="101"/>
        <source>outside 1900 … a year from today</source>
        <translation>outside 1900 … a year from today</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="102"/>
        <source>holds characters that are not text</source>
        <translation>holds characters that are not text</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="103"/>
        <source>more than 100 entries</source>
        <translation>more than 100 entries</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="104"/>
        <source>this key was revoked; ask for a new card</source>
        <translation>this key was revoked; ask for a new card</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="105"/>
        <source>this key is already enrolled for someone else</source>
        <translation>this key is already enrolled for someone else</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="106"/>
        <source>this card is already enrolled</source>
        <translation>this card is already enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="107"/>
        <source>has no rows to import</source>
        <translation>has no rows to import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="109"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="109"/>
        <source>recognised_on</source>
        <translation>recognised_on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="110"/>
        <source>trained_on</source>
        <translation>trained_on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="110"/>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="111"/>
        <source>opened_on</source>
        <translation>opened_on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="111"/>
        <source>closed_on</source>
        <translation>closed_on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="112"/>
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="113"/>
        <source>after the member left the team</source>
        <translation>after the member left the team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="114"/>
        <source>has already left the team</source>
        <translation>has already left the team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="115"/>
        <source>before the member was recognised</source>
        <translation>before the member was recognised</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="116"/>
        <source>close the current volume first</source>
        <translation>close the current volume first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="117"/>
        <source>must be after the previous volume closed</source>
        <translation>must be after the previous volume closed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="118"/>
        <source>already closed</source>
        <translation>already closed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="119"/>
        <source>before the volume was opened</source>
        <translation>before the volume was opened</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="120"/>
        <source>some of its cases are not finished yet</source>
        <translation>some of its cases are not finished yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="121"/>
        <source>share holders</source>
        <translation>share holders</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="121"/>
        <source>shares needed</source>
        <translation>shares needed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="122"/>
        <source>old leader</source>
        <translation>old leader</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="122"/>
        <source>new leader</source>
        <translation>new leader</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="123"/>
        <source>name from 2 to 16 holders, one a share</source>
        <translation>name from 2 to 16 holders, one a share</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="124"/>
        <source>enter between 1 and 100 characters</source>
        <translation>enter between 1 and 100 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="125"/>
        <source>from 2 up to the number of holders</source>
        <translation>from 2 up to the number of holders</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="126"/>
        <source>the recovery shares are split again: name their holders</source>
        <translation>the recovery shares are split again: name their holders</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="127"/>
        <source>name the leader who hands over</source>
        <translation>name the leader who hands over</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="128"/>
        <source>this account is not an active leader</source>
        <translation>this account is not an active leader</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="129"/>
        <source>choose an account other than the old leader&apos;s</source>
        <translation>choose an account other than the old leader&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="130"/>
        <source>a leader hands over only their own role</source>
        <translation>a leader hands over only their own role</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/gui/labels.py" line="9"/>
        <location filename="../../desktop/gui/labels.py" line="102"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="10"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="11"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="12"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="13"/>
        <source>Out of scope</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="14"/>
        <source>Successful</source>
        <translation>Successful</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="15"/>
        <source>Unsuccessful</source>
        <translation>Unsuccessful</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="16"/>
        <source>A party asked for mediation</source>
        <translation>A party asked for mediation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="17"/>
        <source>A mediator witnessed or learned of it</source>
        <translation>A mediator witnessed or learned of it</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="18"/>
        <source>Assigned by the team leader</source>
        <translation>Assigned by the team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="19"/>
        <source>Proposed by an agency or person</source>
        <translation>Proposed by an agency or person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="20"/>
        <source>Everyday conflict</source>
        <translation>Everyday conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="21"/>
        <source>Civil dispute</source>
        <translation>Civil dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="22"/>
        <source>Marriage and family</source>
        <translation>Marriage and family</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="23"/>
        <source>Minor violation</source>
        <translation>Minor violation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="24"/>
        <source>Criminal matter that may be mediated</source>
        <translation>Criminal matter that may be mediated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="25"/>
        <source>Administrative matter that may be mediated</source>
        <translation>Administrative matter that may be mediated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="26"/>
        <source>Other, not prohibited</source>
        <translation>Other, not prohibited</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="27"/>
        <source>The parties reached agreement</source>
        <translation>The parties reached agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="28"/>
        <source>A party asked to stop</source>
        <translation>A party asked to stop</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="29"/>
        <source>Ended: agreement is impossible</source>
        <translation>Ended: agreement is impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="30"/>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="31"/>
        <source>No exclusion applies</source>
        <translation>No exclusion applies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="32"/>
        <source>Unsure: the Justice officer was consulted</source>
        <translation>Unsure: the Justice officer was consulted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="34"/>
        <source>Excluded: refer the parties elsewhere</source>
        <translation>Excluded: refer the parties elsewhere</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="35"/>
        <source>Harms State or public interests</source>
        <translation>Harms State or public interests</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="37"/>
        <source>Family violation a State body must handle</source>
        <translation>Family violation a State body must handle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="39"/>
        <source>Transaction against the law or social ethics</source>
        <translation>Transaction against the law or social ethics</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="41"/>
        <source>Must be prosecuted or sanctioned</source>
        <translation>Must be prosecuted or sanctioned</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="43"/>
        <source>Commercial or labour dispute</source>
        <translation>Commercial or labour dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="44"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="45"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="46"/>
        <source>Not complied with</source>
        <translation>Not complied with</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="47"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="48"/>
        <source>Group of individuals</source>
        <translation>Group of individuals</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="49"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="50"/>
        <source>Group of families</source>
        <translation>Group of families</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="52"/>
        <source>Public order</source>
        <translation>Public order</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="53"/>
        <source>Theft, property</source>
        <translation>Theft, property</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="54"/>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="55"/>
        <source>Gambling</source>
        <translation>Gambling</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="56"/>
        <source>Social evils</source>
        <translation>Social evils</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="57"/>
        <source>Domestic violence</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="58"/>
        <source>Traffic safety</source>
        <translation>Traffic safety</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="59"/>
        <source>Fire and rescue</source>
        <translation>Fire and rescue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="60"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="61"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="62"/>
        <source>Tip from a resident</source>
        <translation>Tip from a resident</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="63"/>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="64"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="65"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="66"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="67"/>
        <source>Source protected</source>
        <translation>Source protected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="68"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="69"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="70"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="71"/>
        <source>The text mentions religion, ethnicity or politics: keep it only if strictly necessary.</source>
        <translation>The text mentions religion, ethnicity or politics: keep it only if strictly necessary.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="74"/>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="75"/>
        <source>Security reporting</source>
        <translation>Security reporting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="76"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="77"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="78"/>
        <source>Denunciations (reports)</source>
        <translation>Denunciations (reports)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="79"/>
        <source>Denunciations (subjects)</source>
        <translation>Denunciations (subjects)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="80"/>
        <source>Joint handling (cases)</source>
        <translation>Joint handling (cases)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="81"/>
        <source>Joint handling (subjects)</source>
        <translation>Joint handling (subjects)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="82"/>
        <source>Wanted persons persuaded to surrender</source>
        <translation>Wanted persons persuaded to surrender</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="83"/>
        <source>People who erred: being helped</source>
        <translation>People who erred: being helped</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="84"/>
        <source>People who erred: help completed</source>
        <translation>People who erred: help completed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="85"/>
        <source>People who erred: reintegrated</source>
        <translation>People who erred: reintegrated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="86"/>
        <source>Delinquent youths managed</source>
        <translation>Delinquent youths managed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="87"/>
        <source>Patrols</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="88"/>
        <source>Patrol participant-turns</source>
        <translation>Patrol participant-turns</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="89"/>
        <source>Propaganda sessions</source>
        <translation>Propaganda sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="90"/>
        <source>Propaganda attendance</source>
        <translation>Propaganda attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="91"/>
        <source>Self-management models</source>
        <translation>Self-management models</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="92"/>
        <source>Self-management members</source>
        <translation>Self-management members</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="93"/>
        <source>Households in the area</source>
        <translation>Households in the area</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="94"/>
        <source>Households pledged</source>
        <translation>Households pledged</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="95"/>
        <location filename="../../desktop/gui/labels.py" line="96"/>
        <source>Mediation case</source>
        <translation>Mediation case</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="97"/>
        <source>Security note</source>
        <translation>Security note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="98"/>
        <source>Risk of violence</source>
        <translation>Risk of violence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="99"/>
        <source>Signs of a violation</source>
        <translation>Signs of a violation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="100"/>
        <source>About a violation</source>
        <translation>About a violation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="101"/>
        <source>Reported to the police</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="103"/>
        <source>Received, but an earlier bundle is missing</source>
        <translation>Received, but an earlier bundle is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="104"/>
        <source>Missing: due and not received</source>
        <translation>Missing: due and not received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="105"/>
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="106"/>
        <source>A bundle contradicting earlier ones was refused</source>
        <translation>A bundle contradicting earlier ones was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="107"/>
        <source>Before the team was enrolled</source>
        <translation>Before the team was enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="108"/>
        <source>No team leader is on the register</source>
        <translation>No team leader is on the register</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="109"/>
        <source>Fewer than three mediators</source>
        <translation>Fewer than three mediators</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="110"/>
        <source>No woman among the mediators</source>
        <translation>No woman among the mediators</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="111"/>
        <source>Many ethnic-minority residents: no ethnic-minority mediator is recorded</source>
        <translation>Many ethnic-minority residents: no ethnic-minority mediator is recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="113"/>
        <source>Signed on paper</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="114"/>
        <source>Fingerprint on paper</source>
        <translation>Fingerprint on paper</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="115"/>
        <source>Spoken, before a witness</source>
        <translation>Spoken, before a witness</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="116"/>
        <source>See their data</source>
        <translation>See their data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="117"/>
        <source>Correct their data</source>
        <translation>Correct their data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="118"/>
        <source>Erase their data</source>
        <translation>Erase their data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="119"/>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="120"/>
        <source>Object to processing</source>
        <translation>Object to processing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="121"/>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="122"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="124"/>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="125"/>
        <source>Deputy team leader</source>
        <translation>Deputy team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="126"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="127"/>
        <source>Security team member</source>
        <translation>Security team member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="128"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="129"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/labels.py" line="130"/>
        <source>The first session came more than 3 days after the assignment (Art. 20).</source>
        <translation>The first session came more than 3 days after the assignment (Art. 20).</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/gui/printing.py" line="61"/>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="107"/>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="108"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="109"/>
        <source>Security member</source>
        <translation>Security member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="110"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="111"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/account_dialogs.py" line="112"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
</context>
</TS>
