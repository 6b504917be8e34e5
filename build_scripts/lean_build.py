"""What the packaged build leaves out, read by tuquan.spec: modules, Qt plugins and libraries.

PyInstaller's Qt hooks collect every plugin of a kind a module may use (all platform plugins,
all image formats, the virtual keyboard with QtQuick and QtQml behind it, the GTK theme with
GTK behind it…), and then every library those plugins link. `lean_binaries` keeps the Qt
plugins TuQuan loads, then only the libraries that a Python extension module, a kept plugin
or the Python library itself links, directly or through another kept library: what nothing
kept links is never loaded.
"""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import PurePath

BUILD_ENV = "TUQUAN_BUILD"
BUILDS = ("team", "police")

# Qt's Python modules TuQuan never imports (it uses QtCore, QtGui, QtWidgets, QtPdf,
# QtPdfWidgets and QtPrintSupport). Their libraries still come when a kept one links them.
UNUSED_QT_MODULES = [
    "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtWebEngineCore", "QtWebEngineWidgets",
    "QtWebChannel", "Qt3DCore", "QtMultimedia", "QtSql", "QtTest", "QtCharts",
    "QtDataVisualization", "QtBluetooth", "QtPositioning", "QtSerialPort", "QtSensors",
    "QtOpenGL", "QtOpenGLWidgets", "QtSvg", "QtSvgWidgets", "QtDesigner", "QtHelp", "QtUiTools",
    "QtXml", "QtConcurrent", "QtDBus", "QtNfc", "QtRemoteObjects", "QtScxml", "QtSpatialAudio",
    "QtTextToSpeech", "QtWebSockets", "QtHttpServer", "QtGraphs", "QtLocation"]
# Modules no program of the build imports, or imports only where TuQuan never goes.
UNUSED_MODULES = [
    "tkinter", "unittest", "doctest", "pdb", "pydoc", "pydoc_data", "pytest", "hypothesis",
    "atheris", "IPython", "matplotlib", "numpy", "vietnam_provinces", "zxing",
    # ReportLab imports Pillow at start but needs it only for bitmap images, which TuQuan never
    # draws (text, tables, lines, charts and QR codes are vector): frozen_no_pillow.py.
    "PIL",
    # Mako (Alembic's templates) offers Pygments highlighting; Alembic never asks for it.
    "pygments",
    # zstandard's C extension is the one loaded on CPython; the CFFI one is for PyPy.
    "zstandard.backend_cffi", "zstandard._cffi",
    # Decoders of Chinese, Japanese and Korean text: files are read as UTF-8 or UTF-16.
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    "_multibytecodec",
    # The standard library's SQLite: the database is opened by sqlcipher3 (SQLAlchemy imports
    # sqlite3 only for the plain-SQLite driver and its own tests).
    "sqlite3",
]
# A connection to a server: the PostgreSQL driver, and TLS, which only it could use. The police
# build carries them (`--database-url`); the team build, with no server, does not.
SERVER_MODULES = ["psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool", "psycopg2", "ssl"]

# Qt plugins kept, by kind: the name without "lib" and the file extension. A kind not named
# here is left out whole (eglfs, evdev input, the GTK and portal themes, OpenGL integrations,
# TLS and network information, the virtual keyboard, every image format but SVG…).
QT_PLUGINS: dict[str, set[str] | None] = {
    # The screen: X11 and Wayland on Linux, Windows, macOS; offscreen for the smoke test.
    "platforms": {"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"adwaita", "bradient"},  # a title bar where the desktop draws none
    # Typing Vietnamese on Linux goes through IBus (Unikey, Bamboo) or the compose key.
    "platforminputcontexts": {"ibusplatforminputcontextplugin", "composeplatforminputcontextplugin"},
    "iconengines": {"qsvgicon"},  # the window icon is an SVG
    "imageformats": {"qsvg"},  # PNG, the guide's screenshots, is built into QtGui
    "printsupport": None,  # every one: the system's printers
    "styles": None,  # the Windows 11 look
}
# Libraries every Linux desktop has, taken from the system rather than from the machine that
# built the program. Most are those AppImage's exclude list names (linuxdeployqt's
# excludelist.h): a copy from the build machine can break the system's (fontconfig reading a
# newer configuration, a graphics driver that needs a newer libstdc++). CUPS and D-Bus speak
# to the system's print server and message bus, and bring TLS, Kerberos, Avahi and systemd.
SYSTEM_LIBRARIES = {
    "libc.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libexpat.so.1",
    "libuuid.so.1", "libcom_err.so.2", "libgpg-error.so.0", "libp11-kit.so.0",
    "libX11.so.6", "libxcb.so.1", "libfontconfig.so.1", "libfreetype.so.6", "libharfbuzz.so.0",
    "libglib-2.0.so.0", "libgthread-2.0.so.0", "libgobject-2.0.so.0", "libgio-2.0.so.0",
    "libcups.so.2", "libdbus-1.so.3",
}


def build_kind() -> str:
    """`team` (the default: no PostgreSQL driver) or `police`, from $TUQUAN_BUILD."""
    kind = os.environ.get(BUILD_ENV, "team").strip().lower() or "team"
    if kind not in BUILDS:
        raise SystemExit(f"{BUILD_ENV}={kind!r}: expected one of {', '.join(BUILDS)}")
    return kind


def excluded_modules(kind: str) -> list[str]:
    """Every module the Analysis leaves out for this build."""
    server = [] if kind == "police" else SERVER_MODULES
    return [f"PySide6.{name}" for name in UNUSED_QT_MODULES] + UNUSED_MODULES + server


def _plugin_key(dest: str) -> tuple[str, str] | None:
    """(kind, name) of a Qt plugin's destination path, None for anything else."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts or "plugins" not in parts:
        return None
    after = parts[parts.index("plugins") + 1:]
    if len(after) != 2:
        return None
    name = after[1].split(".")[0]
    return after[0], name[3:] if name.startswith("lib") and not dest.endswith(".dll") else name


def kept_plugin(dest: str) -> bool:
    """Whether a Qt plugin stays in the build (True for what is not a plugin)."""
    key = _plugin_key(dest)
    if key is None:
        return True
    kind, name = key
    if kind not in QT_PLUGINS:
        return False
    names = QT_PLUGINS[kind]
    return names is None or name in names


def qt_translation(dest: str) -> bool:
    """Qt's own catalogues: TuQuan loads its qt_vi.qm from resources/translations instead."""
    path = dest.replace("\\", "/")
    return path.startswith("PySide6/") and "/translations/" in path and path.endswith(".qm")


def linked_names(path: str) -> list[str]:
    """The libraries a binary names as needed (its direct dependencies only)."""
    if sys.platform.startswith("linux"):
        output = subprocess.run(["objdump", "-p", path], capture_output=True, text=True,
                                check=True).stdout
        return [line.split()[1] for line in output.splitlines() if line.strip().startswith("NEEDED")]
    # Windows and macOS: PyInstaller reads the import tables (pefile, macholib)
    from PyInstaller.depend.bindepend import get_imports

    return [os.path.basename(name) for name, _path in get_imports(path)]


def _is_root(entry: tuple[str, str, str]) -> bool:
    """A binary loaded by something other than the linker: an extension module that Python
    imports, a kept Qt plugin, the Python library the program starts."""
    dest, _source, typecode = entry
    name = os.path.basename(dest).lower()
    if typecode == "EXTENSION":
        return True
    if _plugin_key(dest) is not None:
        return kept_plugin(dest)
    return name.startswith(("libpython", "python3"))


def reachable(binaries: list[tuple[str, str, str]],
              linked: Callable[[str], list[str]] = linked_names,
              system: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """Destinations of the binaries a root links, directly or through one another; a library
    of `system` is the system's, and what only it links is not needed either."""
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in binaries:
        by_name.setdefault(os.path.basename(entry[0]).lower(), []).append(entry)
    waiting = [entry for entry in binaries if _is_root(entry)]
    kept = {entry[0] for entry in waiting}
    while waiting:
        _dest, source, _typecode = waiting.pop()
        for name in linked(source):
            if name in system:
                continue
            for entry in by_name.get(name.lower(), []):
                if entry[0] not in kept:
                    kept.add(entry[0])
                    waiting.append(entry)
    return kept


def lean_binaries(binaries: list, datas: list, linked: Callable[[str], list[str]] = linked_names
                  ) -> tuple[list, list, list[str]]:
    """The binaries and data files kept, and the destinations of the binaries left out."""
    system = SYSTEM_LIBRARIES if sys.platform.startswith("linux") else set()
    kept = reachable(binaries, linked, system)
    dropped = sorted(entry[0] for entry in binaries if entry[0] not in kept)
    # A symbolic link to a library (the Qt libraries beside the programs) goes with it.
    datas = [entry for entry in datas if not qt_translation(entry[0])
             and (entry[2] != "SYMLINK" or entry[1] in kept)]
    return [entry for entry in binaries if entry[0] in kept], datas, dropped
