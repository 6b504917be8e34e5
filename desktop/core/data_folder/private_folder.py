"""A data folder is its owner's alone: mode 0700 on Linux and macOS; on Windows an access list
of the user and the system only, no longer inherited from the drive.

Windows gives a new folder its parent's access list: a `--data-dir` such as `C:\\TuQuan` would
let every account of a shared commune laptop copy the (encrypted) database or delete the
failed-unlock counter. The database stays encrypted either way; this keeps its file private.
"""

import logging
import os
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)

SYSTEM_ACCOUNT = "*S-1-5-18"  # LocalSystem by its SID: the name is translated on some Windows


def windows_access_command(folder: Path, account: str) -> list[str]:
    """icacls: drop the inherited entries, then give full control to the owner and the system,
    passed on to every file and folder made inside later."""
    return ["icacls", str(folder), "/inheritance:r", "/grant:r", f"{account}:(OI)(CI)F",
            f"{SYSTEM_ACCOUNT}:(OI)(CI)F"]


def _current_account() -> str | None:
    user = os.environ.get("USERNAME")
    domain = os.environ.get("USERDOMAIN")
    if not user:
        return None
    return f"{domain}\\{user}" if domain else user


def _restrict_on_windows(folder: Path) -> None:
    account = _current_account()
    if account is None:
        log.warning("data folder access list left as inherited: no user name in the environment")
        return
    done = subprocess.run(windows_access_command(folder, account), capture_output=True,
                          check=False, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    if done.returncode != 0:
        log.warning("data folder access list left as inherited: icacls exit %d", done.returncode)


def make_private_folder(folder: Path) -> None:
    """Make `folder` (and its parents) if needed, and restrict it to its owner."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform == "win32":
        _restrict_on_windows(folder)
    else:
        os.chmod(folder, 0o700)
