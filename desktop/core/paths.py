"""Where TuQuan keeps its files: one data folder, chosen by argument, environment or platform."""

import os
from dataclasses import dataclass
from pathlib import Path

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


def resolve_paths(data_dir: str | os.PathLike | None = None) -> AppPaths:
    """Explicit folder first, then $TUQUAN_DATA_DIR, then the platform's user data folder."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or appdirs.user_data_dir(APP_NAME, False)
    return AppPaths(Path(chosen).expanduser().absolute())


def resource_dir() -> Path:
    """The folder of bundled resources (fonts, translations, data), beside the packages."""
    return Path(__file__).resolve().parents[2] / "resources"
