"""Shared recovery (k of n): a random secret opens its own key slot and is split into SLIP-39
shares, one per holder; any k of them open the slot, fewer reveal nothing about it.

Splitting and combining are shamir-mnemonic's (the SLIP-39 reference implementation), never our
own arithmetic. Re-splitting replaces the slot, so the shares of an earlier split stop working.
"""

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import shamir_mnemonic
from shamir_mnemonic.share import Share
from shamir_mnemonic.wordlist import WORD_INDEX_MAP, WORDLIST

from db.ids import new_id
from desktop.core.access import key_slots
from desktop.core.access.kdf import KdfParams
from desktop.core.errors import InvalidInput, SharesMismatched, SharesTooFew, ShareUnreadable
from desktop.core.text import nfc

SECRET_BYTES = 16  # 128 bits: twenty words a share
MAX_SHARES = 16  # SLIP-39's limit for one group
DEFAULT_THRESHOLD = 2
PREFIX_LETTERS = 4  # SLIP-39 words differ in their first four letters
MAX_HOLDER_NAME = 100


@dataclass(frozen=True)
class ShareSheet:
    """One printed share: its number, who keeps it, and its words."""

    number: int
    holder: str
    words: str


@dataclass(frozen=True)
class ShareSplit:
    """A split just made: the rule (any `threshold` of `count`) and the sheets to print."""

    threshold: int
    count: int
    made_on: date
    sheets: tuple[ShareSheet, ...]


@dataclass(frozen=True)
class SharesStatus:
    """What the slot file says of the current split (never who holds the shares)."""

    threshold: int
    count: int
    made_on: date


def check_holders(threshold: int, holders: Sequence[str]) -> tuple[str, ...]:
    """One name per share, at least two shares, and a threshold between 2 and the count."""
    names = tuple(" ".join(nfc(name).split()) for name in holders)
    if len(names) < 2 or len(names) > MAX_SHARES:
        raise InvalidInput(field="share holders", problem="name from 2 to 16 holders, one a share")
    if any(not name or len(name) > MAX_HOLDER_NAME for name in names):
        raise InvalidInput(field="share holders", problem="enter between 1 and 100 characters")
    if not DEFAULT_THRESHOLD <= threshold <= len(names):
        raise InvalidInput(field="shares needed",
                           problem="from 2 up to the number of holders")
    return names


def shares_slot(slots: key_slots.KeySlotFile) -> key_slots.KeySlot | None:
    """The slot the current shares open, if shares were made."""
    found = [slot for slot in slots.slots if slot.header["kind"] == key_slots.KIND_SHARES]
    return found[-1] if found else None


def shares_status(slots: key_slots.KeySlotFile) -> SharesStatus | None:
    slot = shares_slot(slots)
    if slot is None:
        return None
    rule = slot.header["shares"]
    return SharesStatus(rule["threshold"], rule["count"], date.fromisoformat(rule["made_on"]))


def _split(threshold: int, count: int, avoid_identifier: int | None) -> tuple[bytes, list[str]]:
    """A fresh secret and its shares; the identifier differs from the previous split's, so an
    old share is recognised as old rather than as a typing mistake."""
    while True:
        secret = os.urandom(SECRET_BYTES)
        mnemonics = shamir_mnemonic.generate_mnemonics(1, [(threshold, count)], secret)[0]
        if Share.from_mnemonic(mnemonics[0]).identifier != avoid_identifier:
            return secret, mnemonics


def _slot_secret(secret: bytes) -> str:
    # The slot is sealed like the others (Argon2id over text): the secret goes in as hex.
    return secret.hex()


def put_shares_slot(slots: key_slots.KeySlotFile, database_key: bytes, *, threshold: int,
                    holders: Sequence[str], made_on: date, kdf: KdfParams) -> ShareSplit:
    """Replace any shares slot with a new one (in memory); return the sheets to print."""
    holders = check_holders(threshold, holders)
    previous = shares_slot(slots)
    old_identifier = previous.header["shares"]["identifier"] if previous else None
    secret, mnemonics = _split(threshold, len(holders), old_identifier)
    for slot in list(slots.slots):
        if slot.header["kind"] == key_slots.KIND_SHARES:
            slots.remove(slot.slot_id)
    header = slots.make_header(new_id(), key_slots.KIND_SHARES, kdf, None)
    header["shares"] = {"threshold": threshold, "count": len(holders),
                        "identifier": Share.from_mnemonic(mnemonics[0]).identifier,
                        "made_on": made_on.isoformat()}
    slots.put(key_slots.seal_slot(database_key, _slot_secret(secret), header))
    sheets = tuple(ShareSheet(number, holder, words) for number, (holder, words)
                   in enumerate(zip(holders, mnemonics, strict=True), 1))
    return ShareSplit(threshold, len(holders), made_on, sheets)


def _word(token: str) -> str | None:
    """A word of the list, or the one word its first four letters (or more) name."""
    if token in WORD_INDEX_MAP:
        return token
    if len(token) < PREFIX_LETTERS:
        return None
    matches = [word for word in WORDLIST if word.startswith(token)]
    return matches[0] if len(matches) == 1 else None


def normalise_share(typed: str) -> str:
    """The share's words however they were typed or scanned: any case, numbering, punctuation
    and line breaks ignored, a word known by its first four letters."""
    tokens = "".join(ch if ch.isalpha() else " " for ch in typed.lower()).split()
    return " ".join(_word(token) or token for token in tokens)


def _decode(number: int, typed: str) -> Share:
    try:
        return Share.from_mnemonic(normalise_share(typed))
    except shamir_mnemonic.MnemonicError:
        raise ShareUnreadable(number=number) from None


def shares_needed(typed: str) -> int:
    """How many shares the split of this one needs (for asking for the others)."""
    return _decode(1, typed).member_threshold


def read_shares(typed: Sequence[str]) -> tuple[str, int, int]:
    """(the slot's secret, the split's identifier, the shares used) from the shares given.

    A share with a wrong word, too few shares, or shares of different splits are refused
    before any key slot is tried.
    """
    given = [text for text in typed if text.strip()]
    shares = [_decode(number, text) for number, text in enumerate(given, 1)]
    if not shares:
        raise SharesTooFew(given=0, needed=DEFAULT_THRESHOLD)
    first = shares[0]
    if any(share.common_parameters() != first.common_parameters() for share in shares):
        raise SharesMismatched()
    if len({share.index for share in shares}) != len(shares):
        raise SharesMismatched()  # the same sheet twice
    if len(shares) < first.member_threshold:
        raise SharesTooFew(given=len(shares), needed=first.member_threshold)
    mnemonics = [share.mnemonic() for share in shares]
    try:
        secret = shamir_mnemonic.combine_mnemonics(mnemonics)
    except shamir_mnemonic.MnemonicError:
        raise SharesMismatched() from None
    return _slot_secret(secret), first.identifier, len(shares)
