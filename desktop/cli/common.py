"""Helpers every sub-command shares: secrets from the environment, JSON output, signing in."""

import contextlib
import getpass
import json
import os
import sys
import unicodedata
from pathlib import Path

from desktop.core.access import unlock
from desktop.core.access.unlock_ahead import PASSWORD_ENV, USER_ENV  # read before the CLI loads
from desktop.core.data_folder import folder_lock
from desktop.core.paths import resolve_paths
from desktop.core.text import decode_text_file

NEW_PASSWORD_ENV = "TUQUAN_NEW_PASSWORD"
RECOVERY_ENV = "TUQUAN_RECOVERY_CODE"
MAX_JSON_BYTES = 16 * 2**20  # a case or a note; a whole log book goes through `load`


class UsageError(Exception):
    """A command line that cannot be run as given (exit status 2)."""


def secret(env_name: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"set {env_name} or run from a terminal to be asked")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise UsageError("the two entries differ")
    return first


def _json_value(value):
    """Dates and times as ISO 8601; anything else as its string."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def printable(text: str, keep: str = "\n\t") -> str:
    """Text safe to show in a terminal: control and format characters (ESC, NUL, a
    right-to-left override) written as \\uXXXX escapes, which a team could otherwise send
    to rewrite what the police officer sees. In JSON text the escapes are JSON's own."""
    return "".join(ch if ch in keep or unicodedata.category(ch) not in _HIDDEN else _escaped(ch)
                   for ch in text)


_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp"})


def _escaped(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # beyond the first plane: a surrogate pair, as JSON writes it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def emit(args, data, text: str) -> None:
    """Print `data` as JSON with --json, otherwise the human-readable `text`."""
    if args.json:
        print(printable(json.dumps(data, ensure_ascii=False, default=_json_value, sort_keys=True)))
    else:
        print(printable(text))


def holding_folder(args):
    """The data folder is this command's while it changes anything: a window or another
    changing command on the same folder refuses it (reading commands run beside them)."""
    return folder_lock.holding(resolve_paths(args.data_dir), folder_lock.COMMAND)


@contextlib.contextmanager
def signed_in(args, changes: bool = True):
    """Sign in as --user for one command; the key and connections are dropped afterwards."""
    username = args.user or os.environ.get(USER_ENV)
    if not username:
        raise UsageError(f"give --user or set {USER_ENV}")
    with holding_folder(args) if changes else contextlib.nullcontext():
        workspace = unlock.sign_in(resolve_paths(args.data_dir), username,
                                   secret(PASSWORD_ENV, f"Password for {username}: "))
        try:
            yield workspace
        finally:
            workspace.close()


def run_action(args, service, **kwargs):
    """Run one changing service in one unit of work, signed in (the service commits)."""
    with signed_in(args) as workspace, workspace.unit_of_work() as uow:
        return service(uow, **kwargs)


def query(args, service):
    """Run one read-only service in one unit of work, signed in."""
    with signed_in(args, changes=False) as workspace, workspace.unit_of_work() as uow:
        return service(uow)


def _read_bounded(source: str) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
    else:
        with Path(source).open("rb") as stream:
            data = stream.read(MAX_JSON_BYTES + 1)
    if len(data) > MAX_JSON_BYTES:
        raise UsageError(f"{source} is larger than {MAX_JSON_BYTES // 2**20} MB")
    return data


def read_json_argument(source: str):
    """Parse JSON from a file, or from standard input when `source` is "-": UTF-8 with or
    without a byte-order mark, or UTF-16 with one (what PowerShell writes)."""
    try:
        return json.loads(decode_text_file(_read_bounded(source)))
    except OSError as error:
        raise UsageError(f"cannot read {source}: {error.strerror}") from None
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise UsageError(f"{source} is not UTF-8 or UTF-16 JSON: {error}") from None
