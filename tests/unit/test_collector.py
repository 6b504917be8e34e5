"""The cycle collector is held through object-heavy work and given back as it was."""

import gc

import pytest

from desktop.core.collector import collector_paused


@pytest.fixture
def collector_on():
    """The collector as a command line has it (the window's tests turn it off for their timer)."""
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_the_collector_rests_in_the_block_and_is_back_after(collector_on):
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()  # left as the caller had it: the window collects on its own timer


def test_freezing_leaves_what_was_loaded_out_of_later_collections(collector_on):
    before = gc.get_freeze_count()
    try:
        with collector_paused(freeze=True):
            kept = [{"n": n} for n in range(1000)]
        assert gc.get_freeze_count() >= before + len(kept) and gc.isenabled()
    finally:
        gc.unfreeze()
