"""What every benchmark module shares: a result line, medians, percentiles, process timing."""

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "benchmark password"


@dataclass(frozen=True)
class Line:
    """One measurement: its median, the target, and the raw figure of the same run."""

    value: float
    unit: str
    target: float | None
    baseline: float | None = None
    at_least: bool = False  # a rate or a ratio that must reach the target, not stay under it

    def row(self) -> dict:
        ratio = None if not self.baseline else round(self.value / self.baseline, 3)
        if self.target is None:
            ok = None
        else:
            ok = self.value >= self.target if self.at_least else self.value <= self.target
        return {"value": round(self.value, 4), "unit": self.unit, "target": self.target,
                "baseline": None if self.baseline is None else round(self.baseline, 4),
                "ratio": ratio, "ok": ok}


def median_seconds(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def rss_mib() -> float:
    """This process's resident memory now."""
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_process(arguments: list[str], env: dict | None = None, preexec=None
                ) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MiB, exit status) of a whole child process; `preexec` runs in
    the child before it starts (old_laptop.py puts it in a CPU-limited group there)."""
    started = time.time()
    child = subprocess.Popen(arguments, env={**os.environ, **(env or {})}, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             preexec_fn=preexec)
    _, status, usage = os.wait4(child.pid, 0)
    return time.time() - started, usage.ru_maxrss / 1024, status


def python_process(code: str, env: dict | None = None, preexec=None
                   ) -> tuple[float, float, int]:
    return run_process([sys.executable, "-c", code], env, preexec)


def probe_times(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
