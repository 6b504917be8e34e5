"""Translations: `update` refreshes the .ts sources from desktop/gui; otherwise build .qm files.

    python build_scripts/build_translations.py            # every .ts → .qm
    python build_scripts/build_translations.py FILE.ts    # one file
    python build_scripts/build_translations.py update     # lupdate over desktop/gui
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "en")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found; install PySide6")
    return found


def update() -> None:
    # The window's texts, and the messages of the errors it shows (written once, in the core).
    sources = sorted(str(p) for p in (ROOT / "desktop" / "gui").rglob("*.py"))
    sources.append(str(ROOT / "desktop" / "core" / "errors.py"))
    for language in LANGUAGES:
        target = TRANSLATIONS / f"tuquan_{language}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "en",
                        "-target-language", language, *sources, "-ts", str(target)], check=True)


def build(ts_files: list[Path]) -> None:
    for ts_file in ts_files:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm",
                        str(ts_file.with_suffix(".qm"))], check=True)


def main() -> None:
    arguments = sys.argv[1:]
    if arguments == ["update"]:
        update()
    else:
        build([Path(a) for a in arguments] or sorted(TRANSLATIONS.glob("*.ts")))


if __name__ == "__main__":
    main()
