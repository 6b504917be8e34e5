"""The one clock: every reading of "now" in the application comes from here, and tests can move it.

Two kinds of time are kept apart. Stamps the program writes (created, updated, enrolled,
received, audited) are UTC, without a zone, as SQLite stores them. Days and months — "today",
the month a case or a bundle belongs to, the daily backup — are those of the installation's
calendar, Vietnam's (UTC+7 all year; no daylight saving since 1975): at 00:30 on 1 December in
Hà Nội it is already December, although UTC still says 30 November (docs/decisions.md).
"""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone

LOCAL_ZONE = timezone(timedelta(hours=7), "UTC+07:00")

# What tests set: a fixed moment, or a distance from the real clock (a clock that keeps ticking).
_fixed: datetime | None = None
_shift = timedelta(0)


def _aware_now() -> datetime:
    if _fixed is not None:
        return _fixed
    return datetime.now(UTC) + _shift


def utc_now() -> datetime:
    """The current time in UTC, without a zone: what every stored stamp holds."""
    return _aware_now().replace(tzinfo=None)


def local_now() -> datetime:
    """The current wall-clock time in Vietnam, without a zone: what a person would write down."""
    return _aware_now().astimezone(LOCAL_ZONE).replace(tzinfo=None)


def today() -> date:
    """Today's date on the installation's calendar."""
    return local_now().date()


def epoch_milliseconds() -> int:
    """Milliseconds since 1970 (UTC): what a time-ordered id embeds."""
    if _fixed is None and not _shift:
        return time.time_ns() // 1_000_000
    return int(_aware_now().timestamp() * 1000)


def local_time_of(stamp: datetime) -> datetime:
    """A stored UTC stamp as Vietnam's wall-clock time (without a zone)."""
    aware = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    return aware.astimezone(LOCAL_ZONE).replace(tzinfo=None)


def local_date_of(stamp: datetime) -> date:
    """The day on the installation's calendar when a stored UTC stamp was taken."""
    return local_time_of(stamp).date()


def local_time_of_text(text: object) -> datetime | None:
    """A UTC stamp written as ISO 8601 text ("2026-12-07T03:42:00Z", as bundles and receipts
    carry it) as Vietnam's wall-clock time; None when it cannot be read (it is information
    only, and comes from another installation)."""
    try:
        return local_time_of(datetime.fromisoformat(str(text).removesuffix("Z")))
    except (ValueError, OverflowError):
        return None


def as_utc(moment: datetime) -> datetime:
    """A moment as an aware UTC time; one without a zone is read as Vietnam's wall-clock time."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_ZONE)).astimezone(UTC)


@contextmanager
def moved_to(moment: datetime, *, ticking: bool = True) -> Iterator[None]:
    """Make `moment` the current time for the block (a time without a zone is Vietnam's).

    A ticking clock starts at `moment` and runs on with the real one, so ids stay ordered and
    waits still pass; a stopped clock returns `moment` until the block ends.
    """
    global _fixed, _shift
    saved = _fixed, _shift
    target = as_utc(moment)
    if ticking:
        _fixed, _shift = None, target - datetime.now(UTC)
    else:
        _fixed, _shift = target, timedelta(0)
    try:
        yield
    finally:
        _fixed, _shift = saved
