"""Render the main screens into docs/screenshots/ (run under Xvfb: `make screenshots`).

Uses a throw-away installation in a temporary folder, with the floor KDF parameters.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TUQUAN_KDF_TARGET_SECONDS", "0")

from PySide6.QtWidgets import QApplication  # noqa: E402
from recovery_screens import recovery_screens  # noqa: E402  (beside this script)
from screenshot_tools import OUTPUT, PASSWORD, settle, shoot, wait_until  # noqa: E402
from screenshots_access import access_screens, backups_screen, restore_wizard_screen  # noqa: E402

from desktop.core.paths import AppPaths  # noqa: E402
from desktop.gui.application import AppController, install_translator  # noqa: E402
from desktop.gui.dialogs.setup_wizard import SetupWizard  # noqa: E402
from desktop.gui.garbage_collector import GuiThreadGarbageCollector  # noqa: E402
from desktop.gui.main_window import REGISTER, SETTINGS  # noqa: E402


def wizard_screens(paths: AppPaths, controller: AppController) -> None:
    wizard = SetupWizard(paths, controller.operations)
    wizard.show()
    shoot(wizard, "01-wizard-mode")
    wizard.next()
    page = wizard.details_page
    page.name.setText("Tổ hòa giải thôn Đông Hòa")
    page.picker.search.setText("dong hoa")
    page.picker.results.setCurrentRow(0)
    page.hamlets.setPlainText("Thôn Đông Hòa\nTổ dân phố số 5\nThôn Hòa Bình")
    shoot(wizard, "02-wizard-team")
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("lan")
    admin.full_name.setText("Nguyễn Thị Lan")
    admin.password.setText(PASSWORD)
    admin.repeat.setText(PASSWORD)
    shoot(wizard, "03-wizard-admin")
    wizard.next()
    wait_until(lambda: wizard.created is not None)
    shoot(wizard, "04-wizard-recovery-code")
    wizard.close()
    restore_wizard_screen(paths, controller)


def scaled_main() -> None:
    """At 150 % (QT_SCALE_FACTOR=1.5, set by `make screenshots`): the case editor, to check
    nothing is cut off on a laptop with enlarged text."""
    from desktop.gui.dialogs.case_editor import CaseEditor
    from desktop.gui.operations import Operations
    from desktop.gui.tasks import TaskRunner

    app = QApplication(sys.argv)
    install_translator(app, "vi")
    runner = TaskRunner()
    editor = CaseEditor(Operations(runner, lambda: None), ("Thôn Đông Hòa", "Tổ dân phố số 5"))
    editor.intake.content.setPlainText("Tranh chấp lối đi chung giữa hai hộ liền kề")
    editor.show()
    shoot(editor, "26-case-editor-150-percent")
    editor.mark_clean()
    editor.hide()
    runner.shutdown()


def main() -> None:
    if "--scaled" in sys.argv:
        scaled_main()
        return
    OUTPUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    install_translator(app, "vi")
    GuiThreadGarbageCollector(app)
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder) / "data")
        controller = AppController(paths)
        wizard_screens(paths, controller)
        controller.show_unlock("lan")
        dialog = controller.unlock_dialog
        dialog.password.setText(PASSWORD)
        shoot(dialog, "05-unlock")
        access_screens(dialog)
        dialog.try_unlock()
        wait_until(lambda: controller.window is not None
                   and controller.window.dashboard.title.text() != "")
        case_screens(controller)
        controller.window.navigation.setCurrentRow(0)  # today's work, with the cases to do
        wait_until(lambda: bool(controller.window.dashboard.lines))
        shoot(controller.window, "06-main-dashboard")
        note_screens(controller)
        report_screens(controller)
        controller.window.navigation.setCurrentRow(SETTINGS)
        shoot(controller.window, "07-settings")
        backups_screen(controller.window.settings_page)
        controller.window.navigation.setCurrentRow(REGISTER)
        wait_until(lambda: controller.window.register_page.table.rowCount() > 0)
        shoot(controller.window, "36-team-register")
        recovery_screens(controller.workspace, shoot, wait_until, settle)
        controller.window.show_guide()
        settle(500)
        shoot(controller.window.help_dialog, "25-user-guide")
        controller.window.help_dialog.close()
        police_paths = AppPaths(Path(folder) / "police")
        commune_paths = AppPaths(Path(folder) / "commune")
        sticks = exchange_screens(controller, police_paths, commune_paths, Path(folder))
        controller.shutdown()
        police_screens(police_paths, sticks["police"])
        commune_screens(commune_paths, sticks["commune"])


NOTES = [
    {"kind": "TIP", "category": "DRUGS", "observed_at": "2026-11-20T21:15:00",
     "hamlet": "Thôn Đông Hòa", "place": "Ngõ 5, cạnh bãi xe",
     "summary": "Nhóm thanh niên lạ tụ tập ban đêm, nghi sử dụng ma túy",
     "reported_to_police_at": "2026-11-20T21:20:00", "report_channel": "PHONE",
     "reported_by": "Lê Văn Hùng"},
    {"category": "TRAFFIC_SAFETY", "observed_at": "2026-11-22T07:00:00",
     "hamlet": "Thôn Hòa Bình", "summary": "Đèn tín hiệu ngã ba hỏng từ sáng"},
    {"kind": "TIP", "category": "DOMESTIC_VIOLENCE", "observed_at": "2026-11-25T19:40:00",
     "summary": "Hàng xóm báo có tiếng cãi vã, đánh nhau", "confidentiality": "SOURCE_PROTECTED",
     "could_not_reach_reason": "Gọi trực ban 3 lần không ai nghe máy"},
]


def note_screens(controller: AppController) -> None:
    from desktop.core.notes import notes

    for note in NOTES:
        with controller.workspace.unit_of_work() as uow:
            notes.create_note(uow, values=notes.note_input_from_json(note))
    window = controller.window
    window.navigation.setCurrentRow(2)
    window.notes_page.apply_filters()
    wait_until(lambda: window.notes_page.model.rowCount() == len(NOTES))
    shoot(window, "15-notes")
    editor = window.notes_page.new_note()
    editor.category.setCurrentIndex(editor.category.findData("GAMBLING"))
    editor.summary.setPlainText("Sới bạc trong nhà kho cuối thôn")
    shoot(editor, "16-note-editor")
    editor.close()
    window.navigation.setCurrentRow(3)
    window.privacy_page.tabs.setCurrentIndex(3)
    window.privacy_page.load()
    wait_until(lambda: window.privacy_page.case_months.value() == 60)
    shoot(window, "17-privacy")


def report_screens(controller: AppController) -> None:
    from PySide6.QtCore import QDate

    window = controller.window
    window.navigation.setCurrentRow(4)
    page = window.reports_page
    page.month_from.setDate(QDate.currentDate().addMonths(-1))
    page.refresh()
    wait_until(lambda: page.document.pageCount() > 0)
    settle(800)
    shoot(window, "18-reports")


def case_screens(controller: AppController) -> None:
    from desktop.core.demo.team_data import generate_demo
    from desktop.core.mediation.cases import CaseQuery, list_cases

    with controller.workspace.unit_of_work() as uow:
        generate_demo(uow, cases=400, seed=7)
    window = controller.window
    window.navigation.setCurrentRow(1)
    window.cases_page.apply_filters()
    wait_until(lambda: window.cases_page.model.rowCount() > 0
               and window.cases_page.model.row_at(0) is not None)
    settle(500)
    shoot(window, "08-cases")
    window.cases_page.search.setText("nguyen thi hoa")
    settle(800)
    shoot(window, "09-cases-search")
    with controller.workspace.unit_of_work() as uow:
        ended = list_cases(uow, query=CaseQuery(statuses=("ENDED",)), limit=50)
    case = next(row for row in ended if row.result == "SUCCESSFUL")
    windows = window.case_windows
    windows.open_case(case.id)
    editor = windows.editors[-1]
    wait_until(lambda: editor.case is not None)
    for index, name in enumerate(("10-editor-intake", "11-editor-parties", "12-editor-progress",
                                  "13-editor-outcome")):
        editor.tabs.setCurrentIndex(index)
        shoot(editor, name)
    windows.preview_agreement(case.id, case.case_no)
    wait_until(lambda: windows.previews)
    settle(800)
    shoot(windows.previews[-1], "14-agreement-preview")
    windows.previews[-1].close()
    editor.close()




def _enrol(a, b) -> None:
    from desktop.core.bundles import keys

    with a.unit_of_work() as uow:
        card = keys.own_card(uow)
    with b.unit_of_work() as uow:
        keys.enrol_card(uow, card=card)


def _second_team(folder: Path, desks: dict, sticks: dict[str, Path]) -> None:
    """Another team of the ward that sent only October, so the grid shows a missing month."""
    from desktop.core.access.unlock import sign_in
    from desktop.core.demo.team_data import generate_demo
    from desktop.core.installation.create import SetupRequest, initialise
    from desktop.core.monthly_report.periods import Month

    paths = AppPaths(folder / "team-2")
    initialise(paths, SetupRequest(mode="team", name="Tổ tự quản khu phố 3",
                                   commune_code="00004", admin_username="hoa",
                                   admin_password=PASSWORD, hamlets=("Khu phố 3",)))
    team = sign_in(paths, "hoa", PASSWORD)
    for desk in desks.values():
        _enrol(team, desk)
        _enrol(desk, team)
    with team.unit_of_work() as uow:
        generate_demo(uow, cases=80, seed=3)
    _export(team, Month(2026, 10), sticks)
    team.close()


def _export(team, month, sticks: dict[str, Path]) -> None:
    """One export; each desk's file carried on its own stick."""
    from desktop.core.bundles.export import export_bundles

    with team.unit_of_work() as uow:
        for result in export_bundles(uow, month=month, out_dir=sticks["all"]):
            sticks[result.recipient].mkdir(exist_ok=True)
            Path(result.path).rename(sticks[result.recipient] / Path(result.path).name)


def _desk(paths: AppPaths, kind: str, name: str):
    from desktop.core.access.unlock import sign_in
    from desktop.core.installation.create import SetupRequest, initialise

    initialise(paths, SetupRequest(mode="receiver", name=name, commune_code="00004",
                                   admin_username="an", admin_password=PASSWORD,
                                   receiver_kind=kind))
    return sign_in(paths, "an", PASSWORD)


def exchange_screens(controller: AppController, police_paths: AppPaths, commune_paths: AppPaths,
                     folder: Path) -> dict[str, Path]:
    """The team's "Send reports" page, both desks enrolled, after three exports and a receipt
    from each desk for the first two."""
    from desktop.core.bundles.importing import import_files
    from desktop.core.bundles.receipts import import_receipt, write_receipt
    from desktop.core.monthly_report.periods import Month

    desks = {"police": _desk(police_paths, "police", "Công an phường Ba Đình"),
             "commune": _desk(commune_paths, "commune", "UBND phường Ba Đình")}
    team = controller.workspace
    earlier = {name: folder / f"earlier-{name}" for name in ("all", "police", "commune")}
    sticks = {name: folder / f"usb-{name}" for name in ("all", "police", "commune")}
    for desk in desks.values():
        _enrol(team, desk)
        _enrol(desk, team)
    for month in (Month(2026, 9), Month(2026, 10)):
        _export(team, month, earlier)
    for name, desk in desks.items():
        import_files(desk, paths=sorted(earlier[name].glob("*.tqb")))
        with desk.unit_of_work() as uow:
            receipt = write_receipt(uow, team=_team_id(team))
        with team.unit_of_work() as uow:
            import_receipt(uow, data=receipt)
    _export(team, Month(2026, 11), sticks)
    _second_team(folder, desks, sticks)
    for desk in desks.values():
        desk.close()
    window = controller.window
    window.navigation.setCurrentRow(5)
    window.exchange_page.refresh()
    wait_until(lambda: window.exchange_page.history.rowCount() == 6)
    shoot(window, "19-send-reports")
    return sticks


def _team_id(workspace) -> str:
    from desktop.core.bundles import keys

    with workspace.unit_of_work() as uow:
        return keys.own_card(uow).id


def _signed_in(paths: AppPaths, user: str) -> AppController:
    """The window of the installation in `paths`, signed in as `user`."""
    controller = AppController(paths)
    controller.show_unlock(user)
    controller.unlock_dialog.password.setText(PASSWORD)
    controller.unlock_dialog.try_unlock()
    wait_until(lambda: controller.window is not None)
    return controller


def police_screens(paths: AppPaths, stick: Path) -> None:
    """The police unit: inbox after a stick was read, the grid, the registry, escalated, the
    register of received cases searched, report."""
    controller = _signed_in(paths, "an")
    window = controller.window
    window.navigation.setCurrentRow(6)
    page = window.inbox_page
    (stick / "hong.tqb").write_bytes((sorted(stick.glob("*.tqb"))[0]).read_bytes()[:-40])
    page.import_paths([stick])
    wait_until(lambda: not page._importing)
    shoot(window, "20-police-inbox")
    page.tabs.setCurrentIndex(1)
    page.grid_tab.refresh()
    settle(600)
    shoot(window, "21-completeness-grid")
    page.tabs.setCurrentIndex(2)
    shoot(window, "22-team-registry")
    page.tabs.setCurrentIndex(3)
    page.escalated_tab.show_button.click()
    wait_until(lambda: page.escalated_tab.table.rowCount() > 0)
    shoot(window, "23-escalated")
    window.navigation.setCurrentRow(4)
    from PySide6.QtCore import QDate

    window.reports_page.month_from.setDate(QDate(2026, 10, 1))
    window.reports_page.refresh()
    wait_until(lambda: window.reports_page.document.pageCount() > 0)
    settle(800)
    shoot(window, "24-consolidated-report")
    controller.shutdown()


def commune_screens(paths: AppPaths, stick: Path) -> None:
    """The commune People's Committee: inbox, grid, the violence-risk list, the register of
    received cases, and the justice statistics with the report's first page."""
    from PySide6.QtCore import QDate

    controller = _signed_in(paths, "an")
    window = controller.window
    window.navigation.setCurrentRow(6)
    page = window.inbox_page
    page.import_paths([stick])
    wait_until(lambda: not page._importing and page.justice_tab is not None)
    shoot(window, "28-commune-inbox")
    page.tabs.setCurrentIndex(1)
    page.grid_tab.refresh()
    settle(600)
    shoot(window, "29-commune-grid")
    page.tabs.setCurrentIndex(3)
    page.escalated_tab.show_button.click()
    wait_until(lambda: page.escalated_tab.table.rowCount() > 0)
    shoot(window, "30-commune-violence-risk")
    page.tabs.setCurrentIndex(4)
    page.register_tab.search.setText("hg 2026")
    settle(600)
    wait_until(lambda: page.register_tab.model.row_at(0) is not None)
    settle(300)
    shoot(window, "27-received-cases")
    page.tabs.setCurrentIndex(5)
    tab = page.justice_tab
    tab.kind.setCurrentIndex(tab.kind.findData("months"))
    tab.first_month.setDate(QDate(2026, 1, 1))
    tab.last_month.setDate(QDate(2026, 11, 1))
    tab.number.setText("27/BC-UBND")
    tab.count_button.click()
    wait_until(lambda: tab.table.rowCount() > 0)
    settle(300)
    shoot(window, "31-justice-statistics")
    controller.shutdown()


if __name__ == "__main__":
    main()
