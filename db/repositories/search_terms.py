"""A typed search as FTS5 terms: each word stands for the indexed words it begins, spelled out.

FTS5 answers a prefix term ("tran"*) by first merging every word that begins with it, with
their positions, over the whole index; for a word in most cases that costs more than the rest of
a list's first screen. Spelled out from the index's own vocabulary ("tran" OR "tranh" OR "trang")
it is read lazily and stops early, and matches exactly the same rows. Reading the vocabulary
counts each such word's cases, though (1–3 ms for a common word), so an index with prefix
indexes answers words up to their length as prefix terms directly, from a ready list.
"""

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.folding import fold_for_search

# A word beginning more indexed words than this stays a prefix term ("n" begins hundreds).
MOST_SPELLED_OUT = 8
# index → its longest prefix index (migration 0014): a word up to that long stays a prefix term.
PREFIX_INDEXED_UP_TO = {"case_search": 6}


def folded_words(search: str) -> list[str]:
    return [word for word in fold_for_search(search).replace('"', " ").split() if word]


def prefix_expression(search: str) -> str | None:
    """Every folded word of the search as a quoted prefix term; None when nothing is left."""
    return " ".join(f'"{word}"*' for word in folded_words(search)) or None


def _words_beginning(session: Session, index: str, word: str) -> list[str]:
    # temp.{index}_terms is the index's vocabulary, made on every connection (db.engine).
    after_all = word[:-1] + chr(ord(word[-1]) + 1)  # UTF-8 keeps code point order
    return list(session.execute(text(
        f"SELECT term FROM temp.{index}_terms WHERE term >= :word AND term < :after_all "
        "LIMIT :most"), {"word": word, "after_all": after_all, "most": MOST_SPELLED_OUT + 1})
        .scalars())


def spelled_out_expression(session: Session, index: str, search: str) -> str | None:
    """The search for `index` with each word spelled out as the indexed words it begins."""
    return spelled_out_words(session, index, folded_words(search))


def spelled_out_words(session: Session, index: str, words: list[str]) -> str | None:
    """Folded `words`, each spelled out as the indexed words of `index` it begins."""
    parts, prefixed_up_to = [], PREFIX_INDEXED_UP_TO.get(index, 0)
    for word in words:
        # "hg-2026-00": the tokenizer makes a phrase of it; kept as is
        if not word.isalnum() or len(word) <= prefixed_up_to:
            parts.append(f'"{word}"*')
            continue
        terms = _words_beginning(session, index, word)
        if not terms:
            return f'"{word}"'  # a word nothing begins with: no row can match
        if len(terms) > MOST_SPELLED_OUT:
            parts.append(f'"{word}"*')
        else:
            parts.append("(" + " OR ".join(f'"{term}"' for term in terms) + ")")
    return " AND ".join(parts) or None
