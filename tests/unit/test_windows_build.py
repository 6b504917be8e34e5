"""The Windows build, read where it cannot be run: the installer script uses files of this
repository only, the build script stops at the first failing program, the smoke test covers
what `make dist-test` covers, and the icon and version information are well formed."""

import ast
import re
import struct
from pathlib import Path

import pytest

from build_scripts.windows.version_info import version_file_text, version_numbers

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "build_scripts" / "windows"
ISS = WINDOWS / "tuquan.iss"
BUILT = ("dist", "build")  # made by build.ps1 before Inno Setup runs


def iss_sections() -> dict[str, list[str]]:
    sections, current = {}, None
    for line in ISS.read_text("utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None and line and not line.startswith((";", "#")):
            current.append(line)
    return sections


def iss_value(entry: str, name: str) -> str:
    match = re.search(rf'\b{name}: "([^"]*)"', entry)
    return match.group(1) if match else ""


def test_the_installer_script_reads_only_files_of_this_repository():
    assert "compiler:" not in ISS.read_text("utf-8")
    sections = iss_sections()
    languages = {iss_value(e, "Name"): iss_value(e, "MessagesFile") for e in sections["Languages"]}
    assert set(languages) == {"vi", "en"}
    for messages in languages.values():
        assert (WINDOWS / messages.replace("\\", "/")).is_file(), messages
    assert "LanguageName=Tiếng Việt" in (WINDOWS / languages["vi"].replace("\\", "/")).read_text("utf-8")
    sources = [iss_value(e, "Source") for e in sections["Files"]]
    assert sources
    for source in sources:
        relative = Path(source.replace("\\", "/"))
        inside = (WINDOWS / relative).resolve().relative_to(ROOT)
        assert inside.parts[0] in BUILT or (ROOT / inside).exists(), source


def test_the_installer_script_declares_what_it_needs_and_cleans_upgrades():
    text = ISS.read_text("utf-8")
    setup = dict(line.split("=", 1) for line in iss_sections()["Setup"] if "=" in line)
    assert "#if VER < EncodeVer(6, 3, 0)" in text
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert any('Name: "{app}\\_internal"' in e for e in iss_sections()["InstallDelete"])
    guide = next(e for e in iss_sections()["Icons"] if "Hướng dẫn" in e)
    assert iss_value(guide, "Parameters") == "--guide" and ".md" not in guide
    assert "SignTool=tuquansign" in text and "SignedUninstaller=yes" in text


def native_commands_unchecked(script: Path) -> list[str]:
    """Lines that run a program and are not followed by Assert-Success (which reads
    $LASTEXITCODE): PowerShell's "Stop" does not stop on a failing program."""
    lines = [line.strip() for line in script.read_text("ascii").splitlines()]
    code = [line for line in lines if line and not line.startswith("#")]
    unchecked = []
    for number, line in enumerate(code):
        runs_program = line.startswith(("& ", "py ", ".\\")) and "Get-" not in line
        if runs_program and not code[number + 1].startswith("Assert-Success"):
            unchecked.append(line)
    return unchecked


@pytest.mark.parametrize("name", ["build.ps1", "dist_smoke_test.ps1"])
def test_every_program_the_powershell_scripts_run_is_checked(name):
    script = WINDOWS / name
    script.read_text("ascii")  # Windows PowerShell 5.1 reads a file without a BOM as ANSI
    assert 'function Assert-Success' in script.read_text("ascii")
    assert "$LASTEXITCODE -ne 0" in script.read_text("ascii")
    assert native_commands_unchecked(script) == []


def test_an_unchecked_program_would_be_found(tmp_path):
    script = tmp_path / "bad.ps1"
    script.write_text('& $Python -m PyInstaller x.spec\n& $Compiler x.iss\nAssert-Success "iss"\n')
    assert native_commands_unchecked(script) == ["& $Python -m PyInstaller x.spec"]


def test_the_windows_smoke_test_covers_what_make_dist_test_covers():
    shell = (ROOT / "build_scripts" / "dist_smoke_test.sh").read_text("utf-8")
    power = (WINDOWS / "dist_smoke_test.ps1").read_text("ascii")
    for step in ("--version", " init team ", " info", " demo --cases", " report monthly",
                 " logbook ", " agreement ", " register ", "so-hoa-giai.xlsx",
                 " recovery split ", " init receiver ", " keys enrol ", " export ", " import ",
                 "--database-url", "Traceback", "TUQUAN_SMOKE_TEST", "TUQUAN_SMOKE_PRINT",
                 "main window shown: True", "pdf preview pages: [1-9]", "printed to a file: [1-9]",
                 "window icon drawn: True", "guide screenshots shown", "#2"):
        assert step in shell and step in power, step
    build = (WINDOWS / "build.ps1").read_text("ascii")
    assert "dist_smoke_test.ps1" in build and "/DSignTool=1" in build
    assert "NOT SIGNED" in build and ".[dist,postgresql]" in build


def test_the_windows_build_reports_what_make_dist_reports():
    """The folder's size and the installer's, in MiB, with the keys of dist_size.py's size.json;
    the teams' build unless TUQUAN_BUILD says police, as the spec reads it."""
    build = (WINDOWS / "build.ps1").read_text("ascii")
    for key in ("folder_mib", "download_mib", "folder_bytes", "download_bytes", "size.json"):
        assert key in build and key in (ROOT / "build_scripts" / "dist_size.py").read_text("utf-8")
    assert "Write-Sizes $installer" in build and "$env:TUQUAN_BUILD" in build


def test_version_information_names_the_product_and_its_version():
    assert version_numbers("0.1.0") == (0, 1, 0, 0)
    assert version_numbers("1.2.3rc1") == (1, 2, 3, 0)
    text = version_file_text("1.2.3", "tuquan-gui", "Tự Quản")
    ast.parse(text, mode="eval")  # PyInstaller evaluates it
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductName', 'Tự Quản')" in text
    assert "StringStruct('OriginalFilename', 'tuquan-gui.exe')" in text


def test_the_icon_holds_every_size_windows_asks_for(qapp, tmp_path):
    """(With the test run's QApplication: drawing makes a bare QGuiApplication otherwise, and
    every window test after it in the same process would abort.)"""
    from build_scripts.make_icon import SIZES, main

    main(str(tmp_path / "tuquan.ico"))
    data = (tmp_path / "tuquan.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    for index, size in enumerate(sorted(SIZES)):
        entry = data[6 + 16 * index:22 + 16 * index]
        width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", entry)
        assert width == (0 if size == 256 else size)
        png = data[offset:offset + length]
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (size, size)
