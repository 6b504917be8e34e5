"""Login names: one spelling per account, checked before any key slot or row is looked up."""

import re

from desktop.core.errors import InvalidInput
from desktop.core.text import nfc

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def normalise_username(username: str) -> str:
    """Login names are ASCII, lower case, 2–32 characters; raise InvalidInput otherwise."""
    cleaned = nfc(username).casefold()
    if not _USERNAME.match(cleaned):
        raise InvalidInput(field="user name", problem="use 2–32 letters a–z, digits, '.', '_' or '-'")
    return cleaned
