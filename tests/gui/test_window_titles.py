"""Qt adds the application's name to every window title: a title naming it again would read
"Tự Quản — mở khóa — Tự Quản", so no window's own title names the application."""

import re
from pathlib import Path

GUI_SOURCES = Path(__file__).resolve().parents[2] / "desktop" / "gui"
TITLE = re.compile(r"setWindowTitle\((?:self\.tr\()?\"([^\"]*)\"")


def test_no_window_title_repeats_the_application_name():
    titles = [title for path in GUI_SOURCES.rglob("*.py")
              for title in TITLE.findall(path.read_text(encoding="utf-8"))]
    assert titles, "the titles were not found"
    repeated = [t for t in titles if t != "Tự Quản" and re.search("TuQuan|Tự Quản", t)]
    assert repeated == []
