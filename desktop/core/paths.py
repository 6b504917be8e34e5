"""Where TuQuan keeps its files: one data folder, chosen by argument, environment or platform."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import Any

import appdirs

APP_NAME = "TuQuan"
DATA_DIR_ENV = "TUQUAN_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """Every path of one installation; a portable install is just another data_dir."""

    data_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / "tuquan.db"

    @property
    def keyslots_file(self) -> Path:
        return self.data_dir / "keyslots.json"

    @property
    def unlock_state_file(self) -> Path:
        return self.data_dir / "unlock-state.json"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def export_chain_file(self) -> Path:
        """The number and hash of the last bundle sent (no personal data); survives a restore."""
        return self.data_dir / "export-chain.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def database_url_file(self) -> Path:
        """Present when the data lives in PostgreSQL (a police unit that outgrew one file)."""
        return self.data_dir / "database-url"

    def database_url(self) -> str | None:
        try:
            return self.database_url_file.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def is_initialised(self) -> bool:
        return self.keyslots_file.exists() and (self.database_file.exists()
                                                or self.database_url_file.exists())


def long_path_name(path: str, kernel32: Any = None) -> str:
    """Windows: the long form of a path given in 8.3 form. appdirs shortens the profile folder
    of a user whose name is not ASCII (`C:\\Users\\NGUYNT~1\\AppData\\Local\\TuQuan` for
    "Nguyễn Thị"), which the screens then show. The last parts may not exist yet: the longest
    existing start is lengthened and the rest kept."""
    # Windows only
    import ctypes

    if kernel32 is None:
        if sys.platform != "win32":
            return path
        kernel32 = ctypes.windll.kernel32
    head = PureWindowsPath(path)
    tail: list[str] = []
    while head != head.parent:
        buffer = ctypes.create_unicode_buffer(32_768)
        if 0 < kernel32.GetLongPathNameW(str(head), buffer, len(buffer)) < len(buffer):
            return str(PureWindowsPath(buffer.value, *reversed(tail)))
        tail.append(head.name)
        head = head.parent
    return path


def resolve_paths(data_dir: str | os.PathLike | None = None) -> AppPaths:
    """Explicit folder first, then $TUQUAN_DATA_DIR, then the platform's user data folder."""
    chosen = (data_dir or os.environ.get(DATA_DIR_ENV)
              or long_path_name(appdirs.user_data_dir(APP_NAME, False)))
    return AppPaths(Path(chosen).expanduser().absolute())


def resource_dir() -> Path:
    """The folder of bundled resources (fonts, translations, data), beside the packages."""
    return Path(__file__).resolve().parents[2] / "resources"
