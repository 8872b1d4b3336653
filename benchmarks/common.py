"""Small helpers shared by the benchmark scripts (not imported by the kit)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


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
