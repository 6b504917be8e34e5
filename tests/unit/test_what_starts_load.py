"""What a start loads before it needs it: the unlock screen, the main window, the command line.

On an old laptop every module is paid for four times over; these keep the ones a start does
not use out of it (the timings themselves are in benchmarks/old_laptop.py, not here).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent.parent


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return set(json.loads(done.stdout.splitlines()[-1]))


def packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_the_unlock_screen_loads_no_database_library_and_no_main_window():
    loaded = loaded_after("import desktop.gui.application")
    assert not packages(loaded) & {"sqlalchemy", "sqlcipher3", "reportlab", "alembic"}
    assert not {"desktop.gui.main_window", "desktop.core.access.unlock", "db.engine"} & loaded


def test_the_main_window_loads_the_overview_and_no_other_page():
    loaded = loaded_after("import desktop.gui.main_window")
    assert "desktop.gui.pages.dashboard_page" in loaded
    others = {"cases_page", "notes_page", "privacy_page", "settings_page", "exchange_page",
              "inbox_page", "team_register_page", "reports_page"}
    assert not {f"desktop.gui.pages.{page}" for page in others} & loaded
    assert "desktop.gui.dialogs.case_editor" not in loaded
    assert not packages(loaded) & {"reportlab", "PIL", "segno", "shamir_mnemonic"}


def test_the_command_line_loads_no_pdf_qr_or_share_library_before_a_command_needs_it():
    loaded = loaded_after("import desktop.cli\ndesktop.cli.build_parser()")
    assert not packages(loaded) & {"reportlab", "PIL", "segno", "shamir_mnemonic", "PySide6"}
