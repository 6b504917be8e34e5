"""Pausing Python's cycle collector through work that makes many objects and no garbage cycles.

The collector runs after every few hundred new containers and, now and then, walks every object
the process holds: a first export or the libraries loading make hundreds of thousands of dicts,
and it would walk them again and again as they pile up.
"""

import contextlib
import gc
import threading
from collections.abc import Iterator

_paused_blocks = 0  # how many threads are inside collector_paused now
_count_lock = threading.Lock()


def collection_paused() -> bool:
    """Whether some thread is inside `collector_paused`: a collector that runs by itself (the
    window's, on a timer) waits until it is out, or it would walk those objects anyway."""
    return _paused_blocks > 0


@contextlib.contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """Hold the cycle collector for the block; with `freeze`, what exists afterwards is left out
    of later collections (objects that live as long as the process, such as loaded modules)."""
    global _paused_blocks
    was_enabled = gc.isenabled()
    gc.disable()
    with _count_lock:
        _paused_blocks += 1
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        with _count_lock:
            _paused_blocks -= 1
        if was_enabled:
            gc.enable()
