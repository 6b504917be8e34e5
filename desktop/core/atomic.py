"""Writing files so that a crash leaves either the old file or the new one, never a torn one."""

import contextlib
import errno
import os
import tempfile
import time
from pathlib import Path

from desktop.core.errors import DiskFull, NotWritable

TEMP_SUFFIX = ".tuquan-tmp"


def fsync_directory(directory: Path) -> None:
    """Make a rename inside `directory` durable (a no-op where directories cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(path: Path) -> Path:
    """Return a fresh, unused temporary name in the same folder as `path`."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    os.unlink(name)
    return Path(name)


REPLACE_ATTEMPTS = 20


def replace_with_retry(temp: Path, final: Path) -> None:
    """`os.replace`, retried for a moment: on Windows a virus scanner or the search indexer may
    hold the target open, which fails the rename with a PermissionError."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(temp, final)
            return
        except PermissionError:
            if os.name != "nt" or attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def commit_file(temp: Path, final: Path) -> None:
    """fsync a finished temporary file, move it over `final`, and make the move durable."""
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    replace_with_retry(temp, final)
    fsync_directory(final.parent)


FULL_ERRORS = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
READ_ONLY_ERRORS = (errno.EROFS, errno.EACCES, errno.EPERM)


def explain_os_error(error: OSError, place: Path) -> Exception:
    """A full disk or read-only place as a sentence for the user; anything else unchanged."""
    detail = error.strerror or type(error).__name__
    if error.errno in FULL_ERRORS:
        return DiskFull(place=str(place), detail=detail)
    if error.errno in READ_ONLY_ERRORS:
        return NotWritable(place=str(place), detail=detail)
    return error


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `path` atomically, readable by the owner only; on a full or read-only
    place nothing is left behind and the old file (if any) is untouched."""
    try:
        _write_atomically(Path(path), data, mode)
    except OSError as error:
        explained = explain_os_error(error, Path(path).parent)
        if explained is error:
            raise
        raise explained from None


def _write_atomically(path: Path, data: bytes, mode: int) -> None:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.chmod(temp, mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_directory(path.parent)


def sweep_orphans(directory: Path) -> int:
    """Delete temporary files a crash left behind in `directory`; return how many."""
    removed = 0
    if directory.is_dir():
        for leftover in directory.glob(f".*{TEMP_SUFFIX}"):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed
