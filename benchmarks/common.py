"""Small helpers shared by the benchmark scripts (not imported by the kit)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path


def import_seconds(module: str) -> float:
    """Wall time of ``python -c 'import MODULE'`` minus an empty interpreter start, in a fresh process."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(out.strip())


def median(values: list[float]) -> float:
    return statistics.median(values)


def alternate(functions: dict[str, callable], runs: int) -> dict[str, list[float]]:
    """Run each function ``runs`` times, alternating between them so drift hits all alike."""
    results = {name: [] for name in functions}
    for _ in range(runs):
        for name, function in functions.items():
            results[name].append(function())
    return results


def timer() -> float:
    return time.perf_counter()


def _children(pid: int) -> list[int]:
    """Direct children of ``pid`` (Linux ``/proc``)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def tree_memory_mib(pid: int) -> float:
    """Memory of a process and all its descendants (MiB): the sum of their PSS, so pages
    shared after a fork are counted once, not once per process."""
    total_kib, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
        except OSError:
            continue
        total_kib += next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)
        pending += _children(current)
    return total_kib / 1024


class PeakMemory(threading.Thread):
    """Samples :func:`tree_memory_mib` of ``pid`` every ``interval`` seconds until stopped; keeps the peak.

    >>> import os
    >>> sampler = PeakMemory(os.getpid()); sampler.start(); sampler.stop() > 0
    True
    """

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak = pid, interval, 0.0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.peak = max(self.peak, tree_memory_mib(self.pid))
            self._halt.wait(self.interval)

    def stop(self) -> float:
        self._halt.set()
        self.join()
        return self.peak
