"""Failed-unlock throttling, with the clock moved by the test."""

from datetime import UTC, datetime, timedelta

import pytest

from db import clock
from desktop.core.access import throttle
from desktop.core.errors import UnlockThrottled

START = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


def _at(seconds: int):
    return clock.moved_to(START + timedelta(seconds=seconds), ticking=False)


def test_free_attempts_then_a_growing_wait(tmp_path):
    path = tmp_path / "unlock-state.json"
    with _at(0):
        for _ in range(throttle.FREE_ATTEMPTS - 1):
            throttle.check_allowed(path)
            throttle.record_failure(path)
        throttle.check_allowed(path)
        throttle.record_failure(path)
    with _at(10), pytest.raises(UnlockThrottled) as raised:
        throttle.check_allowed(path)
    assert raised.value.params["seconds"] == 20
    with _at(31):
        throttle.check_allowed(path)
    with _at(0):
        throttle.record_failure(path)
    with _at(45), pytest.raises(UnlockThrottled):
        throttle.check_allowed(path)


def test_a_failure_time_written_by_an_older_version_still_counts(tmp_path):
    path = tmp_path / "unlock-state.json"
    path.write_text('{"failures": 5, "failure_times": ["2026-11-27T08:00:00+00:00"]}')
    with _at(10), pytest.raises(UnlockThrottled) as raised:
        throttle.check_allowed(path)
    assert raised.value.params["seconds"] == 20


def test_success_clears_and_damage_counts_as_nothing(tmp_path):
    path = tmp_path / "unlock-state.json"
    path.write_text("{broken")
    assert throttle.read_state(path).failures == 0
    throttle.record_failure(path)
    throttle.clear(path)
    assert not path.exists()
