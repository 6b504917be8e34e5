"""Preferences of one installation, each declared once with its type and default."""

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from desktop.core.atomic import atomic_write_bytes

LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Settings:
    """Nothing here is personal data: the file sits unencrypted beside the database."""

    language: str = "vi"
    idle_lock_minutes: int = 10
    backups_to_keep: int = 10
    stick_backups_to_keep: int = 5  # of this installation's backup files in a folder off the laptop
    police_phone: str = ""  # the commune police unit's number, shown when a tip must go out now

    def validated(self) -> "Settings":
        language = self.language if self.language in LANGUAGES else "vi"
        idle = min(max(int(self.idle_lock_minutes), 1), 240)
        keep = min(max(int(self.backups_to_keep), 1), 100)
        stick = min(max(int(self.stick_backups_to_keep), 1), 100)
        return replace(self, language=language, idle_lock_minutes=idle, backups_to_keep=keep,
                       stick_backups_to_keep=stick)


def load_settings(path: Path) -> Settings:
    """Read settings; unknown keys are ignored and bad values fall back to defaults."""
    try:
        data = json.loads(path.read_text("utf-8"))
        known = {f.name for f in fields(Settings)}
        return Settings(**{k: v for k, v in data.items() if k in known}).validated()
    except (OSError, ValueError, TypeError):
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(asdict(settings.validated()), indent=1).encode("utf-8"))
