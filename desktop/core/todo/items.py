"""What a line of today's work is: its kind, how many things wait, since when, and where to act.

The day windows below are working rules of this program, not deadlines of the law (the law's
own are in mediation/rules.py: the 3-day start, the 6-month court recognition).
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# An agreement is listed this many days before the last day to ask a court to recognise it.
RECOGNITION_NOTICE_DAYS = 30
# An agreement reached longer ago is no longer followed up here (a log book loaded from
# paper holds years of agreements nobody recorded a follow-up of).
FOLLOW_UP_MONTHS = 12
# A subject request is listed this many days before it falls due (and after, while open).
REQUEST_NOTICE_DAYS = 7
# A bundle copied to a stick this many days ago with no receipt saying it arrived is listed.
RECEIPT_WAIT_DAYS = 7
# A daily backup is made at the first sign-in of a day: one this old means none was made today.
BACKUP_AGE_DAYS = 1
# The last backup taken off the laptop (to a stick) this many days ago or more is listed: a
# stolen or burnt laptop loses what was recorded since.
OFFSITE_BACKUP_AGE_DAYS = 30
# Months looked back for a report not closed (and never before the installation was set up).
MONTHS_LOOKED_BACK = 12
# A contradicting bundle refused this many days ago or less is listed (the grid keeps them all).
FORK_NOTICE_DAYS = 30


class TodoKind(StrEnum):
    """The kinds of lines, in the order they are listed; the date each line carries is said."""

    # a team's
    CASES_AWAITING_MEDIATOR = "cases_awaiting_mediator"  # the earliest received
    FIRST_SESSION_LATE = "first_session_late"  # the earliest first assignment
    RECOGNITION_DEADLINE_NEAR = "recognition_deadline_near"  # the nearest last day
    FOLLOW_UP_DUE = "follow_up_due"  # the earliest implementation deadline
    SUBJECT_REQUESTS_DUE = "subject_requests_due"  # the soonest due
    MONTHS_NOT_CLOSED = "months_not_closed"  # the first day of the earliest month
    BUNDLE_NOT_MADE = "bundle_not_made"  # the first day of the month not sent, per desk
    BUNDLES_NOT_COPIED = "bundles_not_copied"  # the earliest made, per desk
    RECEIPTS_MISSING = "receipts_missing"  # the earliest made, per desk
    # a desk's (police or People's Committee)
    TEAMS_MISSING_BUNDLE = "teams_missing_bundle"  # the first day of the month missing
    TEAMS_WITH_GAPS = "teams_with_gaps"  # no date
    TEAMS_WITH_FORKS = "teams_with_forks"  # the earliest refusal
    ESCALATIONS_NOT_VIEWED = "escalations_not_viewed"  # no date
    # both
    BACKUP_OLD = "backup_old"  # the day of the latest backup (None: there is none)
    OFFSITE_BACKUP_OLD = "offsite_backup_old"  # the day of the last one off the laptop (None: never)


@dataclass(frozen=True)
class TodoItem:
    """One line: `count` things of one kind wait (for BACKUP_OLD: the latest backup's age in
    days), the date the kind names, the case when the line is about one case, the desk a
    bundle line is about, and the status the line's cases share (the case list's filter)."""

    kind: TodoKind
    count: int
    oldest: date | None = None
    case_id: str | None = None
    desk: str | None = None
    case_status: str | None = None
