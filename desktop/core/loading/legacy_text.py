"""Detecting Vietnamese text typed in the pre-Unicode TCVN3 (ABC) or VNI encodings (R-TXT-06).

Such text arrives as Unicode but shows letters that never occur in Vietnamese Unicode:
TCVN3 puts its vowels on symbols like ¸ µ ¶ ¨ ª «, VNI puts tone marks on following letters
such as ø û ï ö ñ. A few of those among the letters give the encoding away.
"""

# Symbols TCVN3 uses for Vietnamese letters; none is a letter of Vietnamese Unicode text.
TCVN3_MARKERS = frozenset("¸µ¶·¹¨¾»¼½©ª«¬®§°±²³´¿×÷Æ")
# Letters VNI text shows after a vowel (its tone and vowel marks); none is Vietnamese either.
VNI_MARKERS = frozenset("øûïöñëåäÑØÛÏÖËÅÄ")
THRESHOLD = 0.02
MIN_MARKERS = 2  # one stray symbol (¾ of a plot) is not an encoding


def detect_legacy_encoding(text: str) -> str | None:
    """Return "TCVN3" or "VNI" when the text looks like one of them, else None."""
    letters = [ch for ch in text if ch.isalpha() or ch in TCVN3_MARKERS]
    if len(letters) < 4:
        return None
    tcvn3 = sum(ch in TCVN3_MARKERS for ch in letters) / len(letters)
    vni = sum(ch in VNI_MARKERS for ch in letters) / len(letters)
    tcvn3_count = sum(ch in TCVN3_MARKERS for ch in letters)
    vni_count = sum(ch in VNI_MARKERS for ch in letters)
    if tcvn3 >= THRESHOLD and tcvn3_count >= MIN_MARKERS:
        return "TCVN3"
    return "VNI" if vni >= THRESHOLD and vni_count >= MIN_MARKERS else None
