"""Before `make run` opens the window on Linux: are the system libraries Qt's X11 plugin needs here?

Qt's wheels carry Qt itself but not the X11, OpenGL and font libraries of the system, and a
fresh Debian or Ubuntu desktop lacks several of them (libxcb-cursor0, libxcb-icccm4,
libxcb-keysyms1, …): Qt then stops with "xcb-cursor0 or libxcb-cursor0 is needed". This asks
the dynamic linker (`ldd`) which libraries of the plugins the window loads cannot be found.
Run as root with apt-get, it installs the missing packages; otherwise it prints the one
`sudo apt-get install …` line that would, and fails. With nothing missing it says nothing.
Windows and macOS need nothing: the packaged program and the wheels carry what Qt needs.
"""

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

# The Debian/Ubuntu package that provides each library (Ubuntu's 64-bit-time renames, such as
# libglib2.0-0t64, are found by apt-get from these names).
PACKAGE_OF_LIBRARY = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0", "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16", "libcups.so.2": "libcups2",
}
# What the window loads: the X11 platform plugin, its OpenGL integration, printing, widgets, PDF.
QT_FILES = ("plugins/platforms/libqxcb.so", "plugins/xcbglintegrations/libqxcb-glx-integration.so",
            "plugins/printsupport/libcupsprintersupport.so", "lib/libQt6Widgets.so.6",
            "lib/libQt6Pdf.so.6", "lib/libQt6PrintSupport.so.6")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` printed as "not found", each once, in the order first seen."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def packages_for(libraries: Iterable[str]) -> tuple[list[str], list[str]]:
    """(packages that provide the libraries, libraries no known package provides)."""
    libraries = list(libraries)
    packages = [PACKAGE_OF_LIBRARY[name] for name in libraries if name in PACKAGE_OF_LIBRARY]
    unknown = [name for name in libraries if name not in PACKAGE_OF_LIBRARY]
    return list(dict.fromkeys(packages)), unknown


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def advice(libraries: list[str]) -> str:
    """What to tell the user about the missing libraries: nothing when none is missing."""
    if not libraries:
        return ""
    packages, unknown = packages_for(libraries)
    lines = ["The window cannot start: Qt needs system libraries that are not installed here:",
             "  " + " ".join(libraries)]
    if packages:
        lines += ["Install them with:", "  " + install_command(packages)]
    if unknown:
        lines += ["Find the package of the others with: apt-file search " + unknown[0]]
    return "\n".join(lines)


def qt_directory() -> Path:
    import PySide6  # the check runs inside .venv, after pip has installed it

    return Path(PySide6.__file__).parent / "Qt"


def ldd_output(files: Iterable[Path]) -> str:
    present = [str(path) for path in files if path.exists()]
    if not present or not shutil.which("ldd"):
        return ""
    return subprocess.run(["ldd", *present], capture_output=True, text=True, check=False).stdout


def _install(packages: list[str]) -> None:
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print("Installing what Qt needs: " + " ".join(packages), flush=True)
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=environment)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
                   check=True, env=environment)


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    files = [qt_directory() / name for name in QT_FILES]
    missing = missing_libraries(ldd_output(files))
    packages, unknown = packages_for(missing)
    can_install = os.geteuid() == 0 and shutil.which("apt-get") is not None
    if packages and not unknown and can_install:
        _install(packages)
        missing = missing_libraries(ldd_output(files))
    message = advice(missing)
    if message:
        print(message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
