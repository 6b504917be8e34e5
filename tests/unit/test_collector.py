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


def test_the_windows_collector_waits_while_a_worker_holds_the_collector(monkeypatch):
    """The window collects on a timer; while another thread is in `collector_paused` (the
    libraries loading behind the unlock screen) its turn is skipped, then taken again."""
    import threading

    from desktop.core.collector import collection_paused
    from desktop.gui import garbage_collector

    collected = []
    monkeypatch.setattr(garbage_collector.gc, "collect", collected.append)
    monkeypatch.setattr(garbage_collector.gc, "get_count", lambda: (10_000, 0, 0))
    collector = garbage_collector.GuiThreadGarbageCollector.__new__(
        garbage_collector.GuiThreadGarbageCollector)
    collector._thresholds = (700, 10, 10)
    inside, leave = threading.Event(), threading.Event()

    def worker():
        with collector_paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(10)
    assert collection_paused()
    collector.check()
    assert collected == []
    leave.set()
    thread.join()
    assert not collection_paused()
    collector.check()
    assert collected == [0]
