"""An old laptop: the start path and a month's export again under a quarter of one core.

The measured processes run in a fresh CPU cgroup whose quota is 25 ms of every 100 ms (about
four times slower than one core of this machine, like the volunteers' laptops), all their threads
together: the child puts itself in the group between fork and exec, so the whole process is
measured there and nothing of the bench around it. Each line has the normal figure of the same
run as its raw column (the ratio is the slowdown). Where no group can be made (not root, no CPU
controller) the bench says so and leaves these lines out.
"""

import contextlib
import os
import statistics
import time
from datetime import date
from pathlib import Path

from bundles import COMMAND_LIBRARIES
from common import PASSWORD, Line, python_process
from raw import bare_window_seconds
from startup import probe_run, to_data_without_kdf
from team import cli_export

from desktop.core.demo.team_data import generate_demo

QUOTA_MICROSECONDS, PERIOD_MICROSECONDS = 25_000, 100_000
CGROUP_V1_CPU = Path("/sys/fs/cgroup/cpu")
CGROUP_V2_ROOTS = (Path("/sys/fs/cgroup/unified"), Path("/sys/fs/cgroup"))

# What any `tuquan` command pays before its own work, as the command pays it: the password's
# key derived in a thread while the libraries the export uses load, then the key taken.
# Interpreter start to exit.
FLOOR = f"""
import os
from pathlib import Path
from desktop.core.access import kdf, key_slots
from desktop.core.paths import AppPaths
slots = key_slots.load(AppPaths(Path(os.environ["BENCH_DATA"])).keyslots_file)
params = kdf.KdfParams.from_json(slots.slots[0].header["kdf"])
kdf.derive_ahead(os.environ["BENCH_PASSWORD"], params)
import {COMMAND_LIBRARIES}
kdf.derive_key(os.environ["BENCH_PASSWORD"], params)
"""


class CpuQuota:
    """A cgroup with the quota set; `enter` is the preexec_fn that puts a child in it."""

    def __init__(self, folder: Path):
        self.folder = folder

    def enter(self) -> None:
        """Runs in the child between fork and exec: everything it executes is in the group."""
        with open(self.folder / "cgroup.procs", "w") as stream:
            stream.write(str(os.getpid()))


def _group_with(folder: Path, settings: dict[str, str]) -> Path:
    folder.mkdir()
    try:
        for name, value in settings.items():
            (folder / name).write_text(value)
    except OSError:
        folder.rmdir()
        raise
    return folder


def _make_group(name: str) -> Path:
    """A new group limited to a quarter of one core: cgroup v1's cpu controller, else v2."""
    if (CGROUP_V1_CPU / "cpu.cfs_quota_us").exists():
        return _group_with(CGROUP_V1_CPU / name, {"cpu.cfs_period_us": str(PERIOD_MICROSECONDS),
                                                  "cpu.cfs_quota_us": str(QUOTA_MICROSECONDS)})
    for root in CGROUP_V2_ROOTS:
        # Only where the CPU controller is already given to child groups: switching it on
        # for the whole hierarchy is the system's business, not a benchmark's.
        handed_down = root / "cgroup.subtree_control"
        if handed_down.exists() and "cpu" in handed_down.read_text().split():
            return _group_with(root / name,
                               {"cpu.max": f"{QUOTA_MICROSECONDS} {PERIOD_MICROSECONDS}"})
    raise OSError("no CPU controller mounted (v1) or handed to child groups (v2)")


@contextlib.contextmanager
def quarter_core():
    """Yields a CpuQuota, or None (and says why) where this process may not make the group.
    The group is removed afterwards; its processes have all been waited for by then."""
    try:
        folder = _make_group(f"tuquan-old-laptop-{os.getpid()}")
    except OSError as error:
        print(f"  old laptop lines skipped: no CPU-limited cgroup could be made ({error})",
              flush=True)
        yield None
        return
    try:
        yield CpuQuota(folder)
    finally:
        for _ in range(50):  # a child that has exited may leave the group a moment later
            try:
                folder.rmdir()
                break
            except OSError:
                time.sleep(0.1)


def _installation(data_dir: Path) -> dict:
    return {"BENCH_DATA": str(data_dir), "BENCH_PASSWORD": PASSWORD}


def _floor_seconds(data_dir: Path, preexec) -> float:
    seconds, _rss, status = python_process(FLOOR, _installation(data_dir), preexec)
    if status != 0:
        raise RuntimeError("the libraries-and-KDF process failed")
    return seconds


def measure_start(data_dir: Path, quota: CpuQuota, runs: int) -> dict[str, float]:
    """Medians under the quota: bare window, unlock screen, the sign-in's key derivation, and
    unlock → data less that derivation."""
    painted, kdf, to_data = [], [], []
    for _ in range(runs):
        times, _peak = probe_run(data_dir, preexec=quota.enter)
        painted.append(times["unlock_painted"])
        kdf.append(times["kdf"])
        to_data.append(to_data_without_kdf(times))
    return {"bare": bare_window_seconds(runs, quota.enter), "kdf": statistics.median(kdf),
            "painted": statistics.median(painted), "to_data": statistics.median(to_data)}


def measure_export(workspace, data_dir: Path, out: Path, runs: int, quota: CpuQuota
                   ) -> dict[str, float]:
    """A month's `tuquan export` after 2,000 new cases, less a process that loads the same
    libraries and derives the key: under the quota and normally, alternately."""
    over = {"quota": [], "normal": []}
    floors = {"quota": [], "normal": []}
    for run in range(2 * runs):
        kind, preexec = ("quota", quota.enter) if run % 2 == 0 else ("normal", None)
        with workspace.unit_of_work() as uow:
            generate_demo(uow, cases=2_000, seed=900 + run, today=date(2026, 11, 20))
        floor = _floor_seconds(data_dir, preexec)
        floors[kind].append(floor)
        over[kind].append(cli_export(data_dir, "2026-11", out, preexec) - floor)
    return {f"{name}_{kind}": statistics.median(values)
            for name, table in (("over", over), ("floor", floors))
            for kind, values in table.items()}


def measure_old_laptop(workspace, data_dir: Path, out: Path, runs: int, measured: dict
                       ) -> dict[str, Line]:
    """The old-laptop lines, each with the normal figure of this run beside it. `measured`
    holds the normal start lines (raw_bare_qt_window, start_*) measured before."""
    with quarter_core() as quota:
        if quota is None:
            return {}
        start = measure_start(data_dir, quota, max(runs, 3))
        export = measure_export(workspace, data_dir, out, max(runs, 3), quota)
    normal_painted = measured["start_unlock_screen_painted"].value
    return {
        "old_laptop_bare_qt_window": Line(start["bare"], "s", None,
                                          measured["raw_bare_qt_window"].value),
        "old_laptop_kdf_installation": Line(start["kdf"], "s", None),
        "old_laptop_unlock_screen_painted": Line(start["painted"], "s", 1.0, normal_painted),
        "old_laptop_unlock_screen_vs_bare_window": Line(start["painted"] / start["bare"], "x",
                                                        1.7),
        "old_laptop_unlock_to_data_without_kdf": Line(
            start["to_data"], "s", 0.5, measured["start_unlock_to_data_without_kdf"].value),
        "old_laptop_libraries_and_kdf": Line(export["floor_quota"], "s", None,
                                             export["floor_normal"]),
        "old_laptop_monthly_export_over_libraries_and_kdf": Line(
            export["over_quota"], "s", 0.6, export["over_normal"]),
    }
