"""What the packaged build leaves out (build_scripts/lean_build.py), read without building:
`make dist-test` runs the build itself."""

import re
from pathlib import Path

import pytest

from build_scripts.lean_build import (
    UNUSED_QT_MODULES,
    build_kind,
    excluded_modules,
    kept_plugin,
    lean_binaries,
    qt_translation,
    reachable,
)

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = "PySide6/Qt/plugins"


def test_no_qt_module_the_application_imports_is_left_out():
    imported = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text("utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPrintSupport"} <= imported
    assert imported.isdisjoint(UNUSED_QT_MODULES)


def test_the_team_build_has_no_postgresql_driver_and_the_police_build_has(monkeypatch):
    monkeypatch.delenv("TUQUAN_BUILD", raising=False)
    assert build_kind() == "team"
    assert {"psycopg", "psycopg_binary", "PIL"} <= set(excluded_modules("team"))
    assert "psycopg" not in excluded_modules("police") and "PIL" in excluded_modules("police")
    monkeypatch.setenv("TUQUAN_BUILD", "Police")
    assert build_kind() == "police"
    monkeypatch.setenv("TUQUAN_BUILD", "province")
    with pytest.raises(SystemExit, match="team, police"):
        build_kind()


@pytest.mark.parametrize(("dest", "kept"), [
    (f"{PLUGINS}/platforms/libqxcb.so", True), (f"{PLUGINS}/platforms/libqoffscreen.so", True),
    (f"{PLUGINS}/platforms/libqeglfs.so", False), (f"{PLUGINS}/platforms/libqvnc.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    (f"{PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    (f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    (f"{PLUGINS}/platformthemes/libqgtk3.so", False),
    (f"{PLUGINS}/imageformats/libqsvg.so", True), (f"{PLUGINS}/imageformats/libqjpeg.so", False),
    (f"{PLUGINS}/iconengines/libqsvgicon.so", True),
    (f"{PLUGINS}/printsupport/libcupsprintersupport.so", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    (f"{PLUGINS}/xcbglintegrations/libqxcb-glx-integration.so", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True), ("libpython3.11.so.1.0", True)])
def test_only_the_qt_plugins_tuquan_loads_are_kept(dest, kept):
    assert kept_plugin(dest) is kept


def test_qt_translations_go_and_ours_stay():
    assert qt_translation("PySide6/Qt/translations/qt_de.qm")
    assert qt_translation("PySide6\\translations\\qtbase_vi.qm")
    assert not qt_translation("resources/translations/qt_vi.qm")


def binary(dest: str, typecode: str = "BINARY") -> tuple[str, str, str]:
    return dest, f"/site/{dest}", typecode


LINKS = {
    "/site/PySide6/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libc.so.6"],
    "/site/PySide6/Qt/lib/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
    "/site/PySide6/Qt/lib/libQt6Gui.so.6": ["libfontconfig.so.1"],
    f"/site/{PLUGINS}/platforms/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
    f"/site/{PLUGINS}/platformthemes/libqgtk3.so": ["libgtk-3.so.0", "libcairo.so.2"],
    f"/site/{PLUGINS}/printsupport/libcupsprintersupport.so": ["libcups.so.2"],
    "/site/libcups.so.2": ["libgnutls.so.30"],
    "/site/libcairo.so.2": ["libpixman-1.so.0"],
}
BUILT = [binary("PySide6/QtWidgets.abi3.so", "EXTENSION"), binary("PySide6/Qt/lib/libQt6Widgets.so.6"),
         binary("PySide6/Qt/lib/libQt6Gui.so.6"), binary("libfontconfig.so.1"),
         binary(f"{PLUGINS}/platforms/libqxcb.so"), binary("libxcb-cursor.so.0"),
         binary(f"{PLUGINS}/platformthemes/libqgtk3.so"), binary("libcairo.so.2"),
         binary("libpixman-1.so.0"), binary(f"{PLUGINS}/printsupport/libcupsprintersupport.so"),
         binary("libcups.so.2"), binary("libgnutls.so.30"), binary("libpython3.11.so.1.0")]


def test_a_library_stays_when_something_kept_links_it():
    kept = reachable(BUILT, lambda path: LINKS.get(path, []), {"libcups.so.2", "libfontconfig.so.1"})
    assert kept == {"PySide6/QtWidgets.abi3.so", "PySide6/Qt/lib/libQt6Widgets.so.6",
                    "PySide6/Qt/lib/libQt6Gui.so.6", f"{PLUGINS}/platforms/libqxcb.so",
                    "libxcb-cursor.so.0", f"{PLUGINS}/printsupport/libcupsprintersupport.so",
                    "libpython3.11.so.1.0"}
    # Without a system's libraries, what they link is the build's to carry.
    assert {"libcups.so.2", "libgnutls.so.30", "libfontconfig.so.1"} <= reachable(
        BUILT, lambda path: LINKS.get(path, []))


def test_links_to_libraries_left_out_go_with_them():
    datas = [("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
             ("libcairo.so.2", "libcairo.so.2", "SYMLINK"),
             ("PySide6/Qt/translations/qtbase_fr.qm", "/site/qtbase_fr.qm", "DATA"),
             ("resources/translations/qt_vi.qm", "/repo/qt_vi.qm", "DATA")]
    binaries, kept_datas, dropped = lean_binaries(BUILT, datas, lambda path: LINKS.get(path, []))
    assert f"{PLUGINS}/platformthemes/libqgtk3.so" in dropped and "libcairo.so.2" in dropped
    assert [entry[0] for entry in kept_datas] == ["libQt6Gui.so.6", "resources/translations/qt_vi.qm"]
    assert {entry[0] for entry in binaries}.isdisjoint(dropped)
