"""The log file, which carries no personal data by construction.

Messages are constant format strings written in the code. Every argument is replaced by
"<redacted>" unless it is a number, a boolean or explicitly marked `safe(...)` (a type name, a
count, a file name the program chose). Tracebacks are dropped — their frames and exception
texts can hold values such as SQL parameters — and only the exception's type is kept. The files
live in `<data dir>/logs/` (the window's `tuquan.log`, the commands' `tuquan-command.log`),
readable by the owner only, and rotate at 1 MB (3 kept).
"""

import logging
import logging.handlers
from pathlib import Path

from desktop.core.paths import AppPaths

REDACTED = "<redacted>"
MAX_BYTES = 1024 * 1024
KEEP = 3


class Safe(str):
    """A string that is known to hold no personal data."""


def safe(value: object) -> Safe:
    return Safe(str(value))


def _clean(value: object) -> object:
    if isinstance(value, (bool, int, float, Safe)) or value is None:
        return value
    return REDACTED


class RedactingFilter(logging.Filter):
    """Applied to every record that reaches the log file."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = {key: _clean(value) for key, value in record.args.items()}
        elif record.args:
            record.args = tuple(_clean(value) for value in record.args)
        if not isinstance(record.msg, str):
            record.msg = REDACTED
        if record.exc_info:
            kind = record.exc_info[0].__name__ if record.exc_info[0] else "unknown"
            record.msg = f"{record.msg} [{kind}]"
            record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def log_dir(paths: AppPaths) -> Path:
    return paths.data_dir / "logs"


WINDOW_LOG, COMMAND_LOG = "tuquan.log", "tuquan-command.log"


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotates like its parent, but a rotation Windows refuses (another command still has a
    file open: a rename fails there while any process holds the file) is put off to a later
    record instead of losing this one."""

    tuquan_log = False  # True on the handler configure_logging installs

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except PermissionError:
            if self.stream is None:
                self.stream = self._open()


def configure_logging(paths: AppPaths, level: int = logging.INFO,
                      file_name: str = WINDOW_LOG) -> logging.Handler:
    """Send the application's log records to the redacted, rotating log file: the window writes
    its own (one window per data folder), the commands another."""
    directory = log_dir(paths)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = SharedRotatingFileHandler(directory / file_name, maxBytes=MAX_BYTES,
                                        backupCount=KEEP, encoding="utf-8", delay=True)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "tuquan_log", False)]:
        root.removeHandler(old)
        old.close()
    handler.tuquan_log = True
    root.addHandler(handler)
    root.setLevel(level)
    return handler
