"""Days and months follow Vietnam's calendar (UTC+7) at the edges of a month and of a year:
a case received just after midnight local time belongs to the new month, although UTC has not
got there yet; and so do the daily backup, a card's enrolment month and a month's closing."""

from datetime import datetime

import pytest

from db import clock
from desktop.core.backups import copies
from desktop.core.errors import InvalidInput
from desktop.core.mediation import cases
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.monthly_report import figures, report
from desktop.core.monthly_report.periods import Month
from desktop.core.paths import AppPaths
from tests.db.test_cases import INTAKE

EDGES = [
    # (last minute of the old month, first half hour of the new one: UTC still in the old month)
    (datetime(2026, 11, 30, 23, 59), datetime(2026, 12, 1, 0, 30), Month(2026, 11), Month(2026, 12)),
    (datetime(2026, 12, 31, 23, 59), datetime(2027, 1, 1, 0, 30), Month(2026, 12), Month(2027, 1)),
]


def _case_received_at(team_db, moment: datetime):
    """A case typed in at `moment` (Vietnam's time) without a received date: received today."""
    intake = {name: value for name, value in INTAKE.items() if name != "received_date"}
    with clock.moved_to(moment), team_db.uow() as uow:
        return cases.create_case(uow, data=case_input_from_json(intake))


def _received(team_db, month: Month) -> int:
    with team_db.uow() as uow:
        return report.build_report(uow, first=month, last=month).mediation["received"]


@pytest.mark.parametrize(("before", "after", "old", "new"), EDGES)
def test_a_case_received_after_local_midnight_is_in_the_new_month(team_db, before, after, old, new):
    assert clock.as_utc(after).month == old.month  # UTC still says the old month
    late = _case_received_at(team_db, before)
    early = _case_received_at(team_db, after)
    assert (late.received_date, early.received_date) == (before.date(), after.date())
    assert (_received(team_db, old), _received(team_db, new)) == (1, 1)
    assert late.case_no.startswith(f"HG-{old.year}-") and early.case_no.startswith(f"HG-{new.year}-")


@pytest.mark.parametrize(("before", "after", "old", "new"), EDGES)
def test_the_daily_backup_starts_again_at_local_midnight(engine, tmp_path, before, after, old, new):
    paths = AppPaths(tmp_path)
    with clock.moved_to(before):
        assert copies.backup_if_first_today(engine, paths) is not None
        assert copies.backup_if_first_today(engine, paths) is None
    with clock.moved_to(after):
        assert copies.backup_if_first_today(engine, paths) is not None


@pytest.mark.parametrize(("before", "after", "old", "new"), EDGES)
def test_a_month_can_be_closed_from_local_midnight_after_it(team_db, before, after, old, new):
    with clock.moved_to(before), team_db.uow() as uow, pytest.raises(InvalidInput) as refused:
        figures.close_month(uow, month=old, snapshot={})
    assert refused.value.params["problem"] == "a month can be closed once it is over"
    with clock.moved_to(after), team_db.uow() as uow:
        assert figures.close_month(uow, month=old, snapshot={}) == after.date()
