"""What a note may hold and when it must already have been reported to the commune police."""

from enum import StrEnum

from db.folding import fold_for_search


class Category(StrEnum):
    """The situations the force tracks (Law 30/2023 Art. 7)."""

    PUBLIC_ORDER = "PUBLIC_ORDER"
    THEFT_PROPERTY = "THEFT_PROPERTY"
    DRUGS = "DRUGS"
    GAMBLING = "GAMBLING"
    SOCIAL_EVILS = "SOCIAL_EVILS"
    DOMESTIC_VIOLENCE = "DOMESTIC_VIOLENCE"
    TRAFFIC_SAFETY = "TRAFFIC_SAFETY"
    FIRE_RESCUE = "FIRE_RESCUE"
    OTHER = "OTHER"


class Kind(StrEnum):
    OBSERVATION = "OBSERVATION"  # seen by a member
    TIP = "TIP"  # information received from a resident


class Channel(StrEnum):
    PHONE = "PHONE"
    IN_PERSON = "IN_PERSON"


class Confidentiality(StrEnum):
    NORMAL = "NORMAL"
    CONFIDENTIAL = "CONFIDENTIAL"
    SOURCE_PROTECTED = "SOURCE_PROTECTED"  # who gave the tip must never leave the team


class Status(StrEnum):
    OPEN = "OPEN"
    REPORTED = "REPORTED"
    CLOSED = "CLOSED"


# Violations, social evils and domestic violence must be reported at once (Art. 7).
VIOLATION_CATEGORIES = frozenset({Category.PUBLIC_ORDER, Category.THEFT_PROPERTY, Category.DRUGS,
                                  Category.GAMBLING, Category.SOCIAL_EVILS,
                                  Category.DOMESTIC_VIOLENCE})

# Topics the law treats as especially sensitive (PDPL; Law 30/2023 Art. 6). Free text that
# mentions them gets a warning: record only what is strictly necessary.
SENSITIVE_TOPICS = ("ton giao", "tin nguong", "theo dao", "tin do", "nha tho", "linh muc",
                    "dan toc", "sac toc", "nguoi dan toc", "chinh tri", "dang phai",
                    "quan diem chinh tri", "bieu tinh", "phan dong")


def default_about_violation(category: str) -> bool:
    return category in VIOLATION_CATEGORIES


def mentions_sensitive_topic(*texts: str) -> bool:
    """True when the folded text contains one of the sensitive topics as whole words."""
    folded = f" {fold_for_search(' '.join(texts))} "
    return any(f" {topic} " in folded for topic in SENSITIVE_TOPICS)
