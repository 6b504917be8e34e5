"""Vietnamese text: NFC at the edges, search keys, tone placement, names, collation, dates, numbers."""

import codecs
import functools
import re
import unicodedata
from datetime import date, datetime

from db.folding import fold_for_search

__all__ = [
    "canonical_tones", "collation_key", "decode_text_file", "fold_for_search", "format_date",
    "format_document_date", "format_number", "name_sort_key", "nfc", "parse_date", "split_name",
]

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)

TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # dictionary order
# Old-style spelling puts the tone on the first vowel of these open endings (hòa, thủy);
# comparison keys move it to the second (hoà, thuỷ).
_OPEN_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}


# UTF-32 before UTF-16: the UTF-32 little-endian mark begins with the UTF-16 one.
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text_file(data: bytes) -> str:
    """Text as Windows programs save it: UTF-8 with or without a byte-order mark (PowerShell
    5.1's `-Encoding UTF8` writes one), or UTF-16 with its mark (PowerShell 5.1's `>`).
    Anything else raises UnicodeDecodeError; old TCVN3/VNI files are caught later, by content."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data.decode(codec)
    return data.decode("utf-8")


def nfc(text: str | None) -> str:
    """Normalise to NFC and trim: what every widget, import and bundle stores."""
    return unicodedata.normalize("NFC", text or "").strip()


def _clusters(word: str) -> list[list[str]]:
    """Split an NFD word into [base, marks...] clusters."""
    clusters: list[list[str]] = []
    for ch in word:
        if unicodedata.combining(ch) and clusters:
            clusters[-1].append(ch)
        else:
            clusters.append([ch])
    return clusters


def _canonical_word(match: re.Match) -> str:
    clusters = _clusters(unicodedata.normalize("NFD", match.group(0)))
    if len(clusters) < 2:
        return match.group(0)
    first, last = clusters[-2], clusters[-1]
    pair = (first[0].lower(), last[0].lower())
    tones = [mark for mark in first[1:] if mark in TONE_MARKS]
    plain_first = len(first) == 1 + len(tones)
    if pair in _OPEN_PAIRS and tones and plain_first and len(last) == 1:
        first.remove(tones[0])
        last.append(tones[0])
    return unicodedata.normalize("NFC", "".join("".join(c) for c in clusters))


def canonical_tones(text: str) -> str:
    """Put tone marks in one canonical place for comparisons: "Hòa" → "Hoà", "Thủy" → "Thuỷ"."""
    return _WORD.sub(_canonical_word, nfc(text))


@functools.lru_cache(maxsize=65536)
def collation_key(text: str) -> str:
    """A string whose binary order is Vietnamese dictionary order (a < ă < â … d < đ …).

    Letters compare first; tones only break ties, in dictionary order
    (none, huyền, hỏi, ngã, sắc, nặng). Safe to store and index in SQL.
    """
    primary, secondary = [], []
    for cluster in _clusters(unicodedata.normalize("NFD", canonical_tones(text).casefold())):
        letter = unicodedata.normalize("NFC", "".join(m for m in cluster if m not in TONE_MARKS))
        tone = next((TONE_MARKS[m] for m in cluster[1:] if m in TONE_MARKS), 0)
        rank = _LETTER_RANK.get(letter)
        primary.append(chr(0x100 + rank) if rank is not None else letter)
        secondary.append(str(tone))
    return "".join(primary) + "\x02" + "".join(secondary)


def split_name(full_name: str) -> tuple[str, str, str]:
    """Default split of a full name into (họ, đệm, tên): first word, middle words, last word."""
    words = _SPACES.split(nfc(full_name))
    words = [w for w in words if w]
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def name_sort_key(family_name: str, middle_name: str, given_name: str) -> str:
    """Sort key for people lists: by tên, then đệm, then họ, in Vietnamese order."""
    return "\x01".join(collation_key(part) for part in (given_name, middle_name, family_name))


def format_date(value: date | None) -> str:
    """dd/MM/yyyy, never the locale's short format."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_date_time(value: datetime | None) -> str:
    """dd/MM/yyyy HH:mm: the one style for a moment a person reads."""
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def format_month(year: int, month: int) -> str:
    """MM/yyyy, as the forms write a month."""
    return f"{month:02d}/{year:04d}"


_DATE_INPUT = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


def parse_date(text: str) -> date:
    """Read a date typed as dd/MM/yyyy (one-digit day and month accepted); ValueError if not."""
    match = _DATE_INPUT.match(text or "")
    if not match:
        raise ValueError("expected a date as dd/mm/yyyy")
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)


def format_document_date(value: date | datetime) -> str:
    """The official style: "ngày 05 tháng 02 năm 2026" (zero before days < 10 and months 1, 2)."""
    day = f"{value.day:02d}"
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {day} tháng {month} năm {value.year}"


def format_number(value: float, decimals: int | None = None) -> str:
    """Vietnamese number style: 1.234.567,5 (dot groups thousands, comma marks decimals)."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
