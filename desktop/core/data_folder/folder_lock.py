"""One program at a time writes a data folder: the window while it is open, a changing command
while it runs; a second one is refused in one sentence.

The lock is the operating system's own, on `<data dir>/tuquan.lock` (flock on Linux and macOS,
a locked byte on Windows), so it goes with its process however that ends: a killed or crashed
program never leaves the folder locked. Within one process it is shared (the window's own
restore runs inside the window that holds it). After the locked first byte the file names the
kind of program holding it, for the refusal; the file itself is never removed.
"""

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.errors import AppError, OpenInCommand, OpenInWindow
from desktop.core.paths import AppPaths

LOCK_FILE_NAME = "tuquan.lock"
WINDOW, COMMAND = "window", "command"
COMMAND_WAIT_SECONDS = 10


@dataclass
class _Held:
    stream: BinaryIO
    count: int


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def lock_file(paths: AppPaths) -> Path:
    return paths.data_dir / LOCK_FILE_NAME


def _try_lock(stream: BinaryIO) -> bool:
    """Lock the file's first byte without waiting; False if another process holds it."""
    try:
        if sys.platform == "win32":  # as os.name == "nt", in the form type checkers read
            # this platform's module only
            import msvcrt

            stream.seek(0)
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            # this platform's module only
            import fcntl

            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _wait_for_lock(stream: BinaryIO, holder: str) -> bool:
    """A command waits a while for another command to finish (scripts run several in turn);
    nothing waits for a window, which may stay open all day."""
    deadline = time.monotonic() + (COMMAND_WAIT_SECONDS if holder == COMMAND else 0)
    while not _try_lock(stream):
        if _holder_of(stream) != COMMAND or time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def _holder_of(stream: BinaryIO) -> str:
    stream.seek(1)  # past the locked byte, which Windows will not let another process read
    try:
        return stream.read(64).decode("ascii", "replace").split()[0]
    except (OSError, IndexError):
        return ""


def _refusal(paths: AppPaths, holder: str) -> AppError:
    kind = OpenInCommand if holder == COMMAND else OpenInWindow
    return kind(data_dir=str(paths.data_dir))


def acquire(paths: AppPaths, holder: str) -> None:
    """Take the folder for this process (again, if it has it already); refuse if another has it.

    A folder that does not exist yet is made (the window's first run sets up there)."""
    paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = lock_file(paths).resolve()
    with _guard:
        if path in _held:
            _held[path].count += 1
            return
        stream = os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o600), "r+b", buffering=0)
        if not _wait_for_lock(stream, holder):
            refusal = _refusal(paths, _holder_of(stream))
            stream.close()
            raise refusal
        stream.seek(1)
        stream.write(f" {holder} {os.getpid()}\n".encode("ascii"))
        stream.truncate()
        _held[path] = _Held(stream, 1)


def release(paths: AppPaths) -> None:
    """Give the folder back once every holder in this process has (closing the file unlocks it)."""
    path = lock_file(paths).resolve()
    with _guard:
        held = _held.get(path)
        if held is None:
            return
        held.count -= 1
        if held.count == 0:
            del _held[path]
            held.stream.close()


@contextmanager
def holding(paths: AppPaths, holder: str) -> Iterator[None]:
    """The folder is this process's for the block (nothing is held for a folder not yet made:
    there is nothing in it to protect, and a refused `init` leaves no folder behind)."""
    if not paths.data_dir.is_dir():
        yield
        return
    acquire(paths, holder)
    try:
        yield
    finally:
        release(paths)
