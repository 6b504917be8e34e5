"""The one clock: Vietnam's calendar for days and months, UTC for stamps, and a clock tests can move."""

import re
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from db import clock
from db.ids import new_id


@pytest.mark.parametrize(("local_moment", "utc_moment", "day"), [
    (datetime(2026, 11, 30, 23, 59), datetime(2026, 11, 30, 16, 59), date(2026, 11, 30)),
    (datetime(2026, 12, 1, 0, 30), datetime(2026, 11, 30, 17, 30), date(2026, 12, 1)),
    (datetime(2026, 12, 31, 23, 59), datetime(2026, 12, 31, 16, 59), date(2026, 12, 31)),
    (datetime(2027, 1, 1, 0, 30), datetime(2026, 12, 31, 17, 30), date(2027, 1, 1)),
])
def test_today_is_the_date_in_vietnam_not_in_utc(local_moment, utc_moment, day):
    with clock.moved_to(local_moment, ticking=False):
        assert clock.today() == day
        assert clock.utc_now() == utc_moment
        assert clock.local_now() == local_moment
        assert clock.local_date_of(clock.utc_now()) == day


def test_a_moment_with_a_zone_is_taken_as_it_says():
    with clock.moved_to(datetime(2026, 11, 30, 17, 30, tzinfo=UTC), ticking=False):
        assert clock.today() == date(2026, 12, 1)


def test_a_ticking_clock_runs_on_from_where_it_was_set():
    with clock.moved_to(datetime(2030, 6, 1, 8, 0)):
        first = clock.local_now()
        time.sleep(0.01)
        later = clock.local_now()
    assert datetime(2030, 6, 1, 8, 0) <= first < later < datetime(2030, 6, 1, 8, 1)


def test_the_clock_comes_back_after_the_block_even_on_an_error():
    before = clock.utc_now()
    with pytest.raises(RuntimeError), clock.moved_to(datetime(1999, 1, 1), ticking=False):
        raise RuntimeError
    assert abs((clock.utc_now() - before).total_seconds()) < 60


def test_ids_carry_the_moved_time_and_stay_ordered():
    with clock.moved_to(datetime(2031, 3, 4, 5, 6, 7), ticking=False):
        made = [new_id() for _ in range(3)]
        expected = int(clock.as_utc(datetime(2031, 3, 4, 5, 6, 7)).timestamp() * 1000)
    assert {int(value.replace("-", "")[:12], 16) for value in made} == {expected}


# Readings of the real time that bypass the one clock. The start-up probe's stopwatch is not a
# date: `make bench` compares its instants with the moment it started the process.
REAL_CLOCK = re.compile(r"datetime\.now\(|datetime\.utcnow\(|date\.today\(|time\.time\(\)|"
                        r"time\.time_ns\(\)|QDate\.currentDate\(|QDateTime\.currentDateTime\(|"
                        r"QDateTime\.currentMSecsSinceEpoch\(")
STOPWATCHES = {"desktop/gui/startup_probe.py"}


def test_only_the_clock_module_reads_the_real_time():
    root = Path(__file__).resolve().parents[2]
    readings = [f"{path.relative_to(root)}:{number}"
                for folder in ("desktop", "db") for path in sorted((root / folder).rglob("*.py"))
                if path.relative_to(root).as_posix() not in {"db/clock.py", *STOPWATCHES}
                for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
                if REAL_CLOCK.search(line)]
    assert readings == []
