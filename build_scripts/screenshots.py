"""Render the main screens into docs/screenshots/ (run under Xvfb: `make screenshots`).

Uses a throw-away installation in a temporary folder, with the floor KDF parameters.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TUQUAN_KDF_TARGET_SECONDS", "0")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core.paths import AppPaths  # noqa: E402
from desktop.gui.application import AppController, install_translator  # noqa: E402
from desktop.gui.dialogs.setup_wizard import SetupWizard  # noqa: E402
from desktop.gui.garbage_collector import GuiThreadGarbageCollector  # noqa: E402

OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSWORD = "mật khẩu đúng 2026"


def settle(milliseconds: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(widget, name: str) -> None:
    settle()
    screen = QApplication.primaryScreen()
    frame = widget.frameGeometry()
    image = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if image.isNull() or frame.width() <= 1:
        image = widget.grab()
    image.save(str(OUTPUT / f"{name}.png"))
    print(OUTPUT / f"{name}.png")


def wait_until(condition, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(100)
        waited += 100


def wizard_screens(paths: AppPaths, controller: AppController) -> None:
    wizard = SetupWizard(paths, controller.runner)
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
    wait_until(lambda: wizard.result is not None)
    shoot(wizard, "04-wizard-recovery-code")
    wizard.close()


def main() -> None:
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
        dialog.try_unlock()
        wait_until(lambda: controller.window is not None
                   and controller.window.dashboard.title.text() != "")
        shoot(controller.window, "06-main-dashboard")
        case_screens(controller)
        note_screens(controller)
        report_screens(controller)
        controller.window.navigation.setCurrentRow(5)
        shoot(controller.window, "07-settings")
        controller.shutdown()


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
    from desktop.core.demo import generate_demo
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
    windows.preview_agreement(case.id)
    wait_until(lambda: windows.previews)
    settle(800)
    shoot(windows.previews[-1], "14-agreement-preview")
    windows.previews[-1].close()
    editor.close()


if __name__ == "__main__":
    main()
