"""Failed-unlock throttling with an injected clock."""

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core import throttle
from desktop.core.errors import UnlockThrottled


def test_free_attempts_then_a_growing_wait(tmp_path):
    path = tmp_path / "unlock-state.json"
    now = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    for _ in range(throttle.FREE_ATTEMPTS - 1):
        throttle.check_allowed(path, lambda: now)
        throttle.record_failure(path, lambda: now)
    throttle.check_allowed(path, lambda: now)
    throttle.record_failure(path, lambda: now)
    with pytest.raises(UnlockThrottled) as raised:
        throttle.check_allowed(path, lambda: now + timedelta(seconds=10))
    assert raised.value.params["seconds"] == 20
    throttle.check_allowed(path, lambda: now + timedelta(seconds=31))
    throttle.record_failure(path, lambda: now)
    with pytest.raises(UnlockThrottled):
        throttle.check_allowed(path, lambda: now + timedelta(seconds=45))


def test_success_clears_and_damage_counts_as_nothing(tmp_path):
    path = tmp_path / "unlock-state.json"
    path.write_text("{broken")
    assert throttle.read_state(path).failures == 0
    throttle.record_failure(path)
    throttle.clear(path)
    assert not path.exists()
