"""Search folding for Vietnamese text: the one function every search key is built with.

It lives in `db` so that the engine can register it as an SQL function; the
application's text module builds on it and never the reverse.
"""

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# đ/Đ are letters of their own, not d plus a combining mark, so NFD leaves them alone.
_D_STROKE = str.maketrans({"đ": "d", "Đ": "d"})


def fold_for_search(text: str | None) -> str:
    """Fold text to its search key: lower case, no tone or vowel marks, đ→d, single spaces.

    "Đặng Văn Đức" → "dang van duc"; "Hòa" and "Hoà" both → "hoa".
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_STROKE))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", stripped.casefold()).strip()
