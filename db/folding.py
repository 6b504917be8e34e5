"""Search folding for Vietnamese text: the one function every search key is built with.

It lives in `db` so that the engine can register it as an SQL function; the
application's text module builds on it and never the reverse.
"""

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# đ/Đ are letters of their own, not d plus a combining mark, so NFD leaves them alone.
_D_STROKE = str.maketrans({"đ": "d", "Đ": "d"})
# Every mark Vietnamese uses is in this block; one regex pass strips them at C speed.
_COMBINING_BLOCK = re.compile("[\u0300-\u036f]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_other_marks(match: re.Match) -> str:
    return "" if unicodedata.category(match.group()) == "Mn" else match.group()


def fold_for_search(text: str | None) -> str:
    """Fold text to its search key: lower case, no tone or vowel marks, đ→d, single spaces.

    "Đặng Văn Đức" → "dang van duc"; "Hòa" and "Hoà" both → "hoa".
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_STROKE))
    stripped = _COMBINING_BLOCK.sub("", decomposed)
    if not stripped.isascii():  # marks outside the block, from other scripts
        stripped = _NOT_ASCII.sub(_drop_other_marks, stripped)
    return _SPACES.sub(" ", stripped.casefold()).strip()
