"""Failed-unlock throttling, kept in a small file beside the database (which is still locked).

The failures are moved into the audit trail at the next successful unlock.
"""

import json
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from db import clock
from desktop.core.atomic import atomic_write_bytes
from desktop.core.errors import UnlockThrottled

FREE_ATTEMPTS = 5
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 15 * 60
KEPT_FAILURE_TIMES = 100

@dataclass
class UnlockState:
    """How many unlocks failed since the last success, and when."""

    failures: int = 0
    failure_times: list[str] = field(default_factory=list)

    def delay_seconds(self) -> int:
        """Wait imposed after the latest failure: none for the first few, then doubling."""
        if self.failures < FREE_ATTEMPTS:
            return 0
        return min(FIRST_DELAY_SECONDS * 2 ** (self.failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


def read_state(path: Path) -> UnlockState:
    """Read the state; a missing or unreadable file counts as no failures."""
    try:
        data = json.loads(path.read_text("utf-8"))
        return UnlockState(int(data["failures"]), [str(t) for t in data["failure_times"]])
    except (OSError, ValueError, KeyError, TypeError):
        return UnlockState()


def _as_naive_utc(text: str) -> datetime:
    """A stored failure time (ISO 8601, UTC; older files wrote "+00:00", newer ones "Z")."""
    moment = datetime.fromisoformat(text)
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def check_allowed(path: Path) -> None:
    """Raise UnlockThrottled while the delay after the latest failure has not passed."""
    state = read_state(path)
    delay = state.delay_seconds()
    if not delay or not state.failure_times:
        return
    remaining = delay - (clock.utc_now() - _as_naive_utc(state.failure_times[-1])).total_seconds()
    if remaining > 0:
        raise UnlockThrottled(seconds=math.ceil(remaining))


def record_failure(path: Path) -> UnlockState:
    """Count one more failed unlock."""
    state = read_state(path)
    state.failures += 1
    stamp = clock.utc_now().isoformat() + "Z"
    state.failure_times = (state.failure_times + [stamp])[-KEPT_FAILURE_TIMES:]
    atomic_write_bytes(path, json.dumps({"failures": state.failures,
                                         "failure_times": state.failure_times}).encode())
    return state


def clear(path: Path) -> None:
    """Forget the failures after a successful unlock."""
    path.unlink(missing_ok=True)
