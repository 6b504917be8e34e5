"""Pausing Python's cycle collector through work that makes many objects and no garbage cycles.

The collector runs after every few hundred new containers and, now and then, walks every object
the process holds: a first export or the libraries loading make hundreds of thousands of dicts,
and it would walk them again and again as they pile up.
"""

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """Hold the cycle collector for the block; with `freeze`, what exists afterwards is left out
    of later collections (objects that live as long as the process, such as loaded modules)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()
