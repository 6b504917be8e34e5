"""Recovery codes: printed once at set-up, typed back in when every password is lost."""

import secrets

# No 0/O, 1/I/L: the code is read off paper.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS = 6
GROUP_LENGTH = 5


def generate_recovery_code() -> str:
    """Return a fresh code such as 'K7QMX-3PRTA-…' (six groups of five, about 148 bits)."""
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(GROUPS))
    return "-".join(groups)


def normalise_recovery_code(typed: str) -> str:
    """Accept the code however it was typed: any case, with or without spaces and dashes."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
    groups = [cleaned[i:i + GROUP_LENGTH] for i in range(0, len(cleaned), GROUP_LENGTH)]
    return "-".join(groups)


def is_well_formed(typed: str) -> bool:
    """Whether the typed code has the shape of a code (six groups of five from the alphabet):
    one that has not cannot open the slot, so it need not cost a key derivation."""
    cleaned = normalise_recovery_code(typed).replace("-", "")
    return len(cleaned) == GROUPS * GROUP_LENGTH and all(ch in ALPHABET for ch in cleaned)
