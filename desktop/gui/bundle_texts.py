"""Why a bundle, card or receipt was refused, and what a bundle covers, in the user's language.

The core words each reason in English; the ones with a number or a name in them are matched
against templates, so the translated sentence keeps that number or name.
"""

import re
from datetime import datetime
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.text import format_date_time

REASONS = (
    QT_TRANSLATE_NOOP("bundle", "this installation is not a police unit"),
    QT_TRANSLATE_NOOP("bundle", "it was signed by a key not enrolled for that team"),
    QT_TRANSLATE_NOOP("bundle", "the team's key was revoked"),
    QT_TRANSLATE_NOOP("bundle", "it was addressed to another police unit"),
    QT_TRANSLATE_NOOP("bundle", "it comes from a newer version of TuQuan; update first"),
    QT_TRANSLATE_NOOP("bundle", "a different bundle number {seq} of this team was already received "
                                "(the team may have restored an old backup)"),
    QT_TRANSLATE_NOOP("bundle", "bundle number {seq} of this team, already received, does not "
                                "follow this one (the team may have restored an old backup)"),
    QT_TRANSLATE_NOOP("bundle", "it does not follow the previous bundle of this team"),
    QT_TRANSLATE_NOOP("bundle", "the file is empty or too large"),
    QT_TRANSLATE_NOOP("bundle", "it cannot be opened with this unit's key: it was made for "
                                "another unit, or it is damaged or incomplete"),
    QT_TRANSLATE_NOOP("bundle", "it is not a TuQuan bundle (or it is damaged)"),
    QT_TRANSLATE_NOOP("bundle", "its description has an impossible length"),
    QT_TRANSLATE_NOOP("bundle", "it is truncated"),
    QT_TRANSLATE_NOOP("bundle", "its content does not have the announced length"),
    QT_TRANSLATE_NOOP("bundle", "its description is not valid UTF-8 JSON"),
    QT_TRANSLATE_NOOP("bundle", "its description has the wrong shape"),
    QT_TRANSLATE_NOOP("bundle", "its description lacks a valid '{name}'"),
    QT_TRANSLATE_NOOP("bundle", "format {name} is not supported"),
    QT_TRANSLATE_NOOP("bundle", "the signature does not match the sending team's key"),
    QT_TRANSLATE_NOOP("bundle", "its content was altered"),
    QT_TRANSLATE_NOOP("bundle", "compression {name} is not supported"),
    QT_TRANSLATE_NOOP("bundle", "its content announces an impossible size"),
    QT_TRANSLATE_NOOP("bundle", "its content cannot be unpacked"),
    QT_TRANSLATE_NOOP("bundle", "its content does not have the announced size"),
    QT_TRANSLATE_NOOP("bundle", "record {seq} is too large"),
    QT_TRANSLATE_NOOP("bundle", "record {seq} is not valid UTF-8 JSON"),
    QT_TRANSLATE_NOOP("bundle", "record {seq} has the wrong shape"),
    QT_TRANSLATE_NOOP("bundle", "cannot be read: {name}"),
    QT_TRANSLATE_NOOP("bundle", "the manifest is too large"),
    QT_TRANSLATE_NOOP("bundle", "a recipient key is not a valid age key"),
    QT_TRANSLATE_NOOP("bundle", "too many files of the same name"),
    QT_TRANSLATE_NOOP("bundle", "what was read back differs"),
    QT_TRANSLATE_NOOP("bundle", "record {seq} is empty"),
    QT_TRANSLATE_NOOP("bundle", "it holds more than {name} records"),
    QT_TRANSLATE_NOOP("bundle", "record {seq} breaks the rules for its kind: {name}"),
    QT_TRANSLATE_NOOP("bundle", "record {seq} names another team"),
    QT_TRANSLATE_NOOP("bundle", "record {seq} belongs to another team"),
    QT_TRANSLATE_NOOP("bundle", "the numbers of records it announces differ from its content"),
    QT_TRANSLATE_NOOP("bundle", "its number {seq} is implausibly far past the last bundle "
                                "received from this team"),
    QT_TRANSLATE_NOOP("bundle", "it could not be read ({name})"),
)
_SLOTS = {"{seq}": r"(?P<seq>\d+)", "{name}": r"(?P<name>.+?)"}


def _pattern(template: str) -> re.Pattern:
    text = re.escape(template)
    for slot, group in _SLOTS.items():
        text = text.replace(re.escape(slot), group)
    return re.compile(f"^{text}$")


# QT_TRANSLATE_NOOP hands back the text it marks; its stub says object.
_PATTERNS = [(template, _pattern(template)) for template in cast(tuple[str, ...], REASONS)]


def translate_reason(reason: str) -> str:
    """The reason in the user's language; unchanged when it is not one of the known ones."""
    for template, pattern in _PATTERNS:
        match = pattern.match(reason)
        if match:
            return QCoreApplication.translate("bundle", template).format(**match.groupdict())
    return reason


def month_text(period: str) -> str:
    """"2026-11" as a person writes it: 11/2026."""
    year, _, month = period.partition("-")
    return f"{month}/{year}" if month else period


def bundle_coverage(period: str, changes_up_to: datetime | None) -> str:
    """What a bundle holds, said plainly: a bundle is labelled with the month whose report it
    carries, but it holds every change recorded until it was made (docs/decisions.md)."""
    if changes_up_to is None:
        return QCoreApplication.translate("bundle", "Report of %1").replace(
            "%1", month_text(period))
    return QCoreApplication.translate("bundle", "Report of %1; changes recorded up to %2").replace(
        "%1", month_text(period)).replace("%2", format_date_time(changes_up_to))
