"""The command line's password key, derived while the libraries load.

`tuquan` reads the password from TUQUAN_PASSWORD. With it and the user name known before the
first import, the key slot's Argon2id runs in a thread beside the imports (it leaves the
interpreter free), and signing in takes the result through `kdf.derive_key`. Everything else
about signing in is unchanged: the throttle, the slot's check and the audit still run there.
"""

import argparse
import os

from desktop.core.access import kdf, key_slots
from desktop.core.access.usernames import normalise_username
from desktop.core.errors import InvalidInput
from desktop.core.paths import resolve_paths

PASSWORD_ENV = "TUQUAN_PASSWORD"
USER_ENV = "TUQUAN_USER"


def derive_password_key_ahead(arguments: list[str]) -> bool:
    """Start the derivation the coming sign-in will ask for, if it is known now; say whether."""
    password = os.environ.get(PASSWORD_ENV)
    known = _data_dir_and_user(arguments)
    username = known and (known.user or os.environ.get(USER_ENV))
    if not password or not username:
        return False
    assert known is not None  # no username without the arguments read
    try:
        slots = key_slots.load(resolve_paths(known.data_dir).keyslots_file)
        candidates = slots.candidates(key_slots.KIND_PASSWORD, normalise_username(username))
    except (OSError, ValueError, key_slots.KeySlotFileInvalid, InvalidInput):
        return False  # signing in says what is wrong, as it would have
    if not candidates:
        return False
    kdf.derive_ahead(password, kdf.KdfParams.from_json(candidates[0].header["kdf"]))
    return True


def _data_dir_and_user(arguments: list[str]) -> argparse.Namespace | None:
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--user")
    try:
        return parser.parse_known_args(arguments)[0]
    except (argparse.ArgumentError, SystemExit):
        return None
