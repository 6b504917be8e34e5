"""The start path as a user lives it, through the window's startup probe: process start to the
unlock screen, password to the overview's data, and the window's memory with a large list."""

import statistics
import sys
import tempfile
from pathlib import Path

from common import PASSWORD, Line, probe_times, run_process

START = "from desktop.app import main; raise SystemExit(main())"


def probe_run(data_dir: Path, search: str = "", preexec=None) -> tuple[dict, float]:
    """(times from process start, peak RSS MiB) of one window start with the probe on. The
    peak is the window's own VmHWM: a child's ru_maxrss also counts the parent it forked from.
    `kdf` is the sign-in's own key derivation, timed as it ran."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "probe.json"
        env = {"QT_QPA_PLATFORM": "offscreen", "TUQUAN_STARTUP_PROBE": str(out),
               "TUQUAN_USER": "lan", "TUQUAN_PASSWORD": PASSWORD, "TUQUAN_PROBE_SEARCH": search}
        from time import time
        started = time()
        _seconds, _parent_peak, status = run_process(
            [sys.executable, "-c", START, "--data-dir", str(data_dir)], env, preexec)
        times = probe_times(out)
    if status != 0 or "data_painted" not in times:
        raise RuntimeError(f"the window did not start as expected: {times}")
    memory, kdf = times.pop("memory_mib", {}), times.pop("kdf_seconds", 0.0)
    return ({**{name: value - started for name, value in times.items()}, "memory_mib": memory,
             "kdf": kdf}, memory.get("peak", 0.0))


def to_data_without_kdf(times: dict) -> float:
    """Password given to the overview's data, less the key derivation that ran between."""
    return times["data_painted"] - times["unlock_clicked"] - times["kdf"]


def installation_kdf_seconds(data_dir: Path, runs: int = 3) -> float:
    """The sign-in's key derivation with this installation's own stored parameters."""
    from common import median_seconds

    from desktop.core.access import kdf, key_slots
    from desktop.core.paths import AppPaths

    slots = key_slots.load(AppPaths(data_dir).keyslots_file)
    params = kdf.KdfParams.from_json(slots.slots[0].header["kdf"])
    return median_seconds(lambda: kdf.derive_key(PASSWORD, params), runs)


def measure_start(data_dir: Path, runs: int, bare_window: float, kdf: float,
                  skeleton_rss: float) -> dict[str, Line]:
    """Medians over `runs` window starts; then one start that lists and searches 100k cases."""
    painted, to_data, resident, peaks = [], [], [], []
    for _ in range(runs):
        times, peak = probe_run(data_dir)
        painted.append(times["unlock_painted"])
        to_data.append(to_data_without_kdf(times))
        resident.append(times["memory_mib"]["data_painted"])
        peaks.append(peak)
    searched, searched_peak = probe_run(data_dir, "nguyen van")
    return {
        "start_unlock_screen_painted": Line(statistics.median(painted), "s", 0.5, bare_window),
        "start_unlock_to_data_without_kdf": Line(statistics.median(to_data), "s", 0.4),
        "start_kdf_calibrated": Line(kdf, "s", 1.0),
        "start_rss_at_main_window": Line(statistics.median(resident), "MiB", 150.0, skeleton_rss),
        "start_peak_rss_with_kdf_memory": Line(statistics.median(peaks), "MiB", None),
        "gui_peak_rss_100k_listed_and_searched": Line(searched_peak, "MiB", 250.0),
        "gui_search_in_window_100k": Line(searched["searched"] - searched["search_typed"], "s",
                                          None),
    }
