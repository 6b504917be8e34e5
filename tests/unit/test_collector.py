"""The cycle collector is held through object-heavy work and given back as it was."""

import gc

from desktop.core.collector import collector_paused


def test_the_collector_rests_in_the_block_and_is_back_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_freezing_leaves_what_was_loaded_out_of_later_collections():
    before = gc.get_freeze_count()
    try:
        with collector_paused(freeze=True):
            kept = [{"n": n} for n in range(1000)]
        assert gc.get_freeze_count() >= before + len(kept) and gc.isenabled()
    finally:
        gc.unfreeze()
