"""Cohort report at scale: 1,000 and 10,000 synthetic participants.

Targets on 2 cores: 1,000 files ≤ 3 s, 10,000 files ≤ 30 s, peak memory
≤ 500 MB. Each report runs as ``python -m kit cohort`` in its own process;
large cohorts are read by one worker process per core, so memory is the peak
of the whole process tree (sum of PSS, sampled every 50 ms: pages shared
after the fork count once). The time per file shows whether growth is
linear. Generating the files is not counted.

    python benchmarks/cohort_scale.py [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PeakMemory  # noqa: E402

TARGET_SECONDS = {1000: 3.0, 10000: 30.0}
TARGET_MB = 500


def run_report(folder: Path) -> tuple[float, float]:
    """Wall seconds and peak memory (MB, whole process tree) of one ``python -m kit cohort`` run."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "kit", "cohort", str(folder), "--out", str(folder.parent / "report.html")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler = PeakMemory(child.pid)
    sampler.start()
    status = child.wait()
    elapsed = time.perf_counter() - start
    peak = sampler.stop()
    if status != 0:
        raise SystemExit(f"cohort failed with status {status}")
    return elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    from kit.trainer.demo import write_demo_files

    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"cohort-{size}" / "files"
            write_demo_files(folder, size)
            seconds, megabytes = run_report(folder)
            target = TARGET_SECONDS.get(size)
            good = (target is None or seconds <= target) and megabytes <= TARGET_MB
            ok &= good
            print(f"{size:>6} files: {seconds:6.2f} s ({seconds / size * 1000:.2f} ms per file), peak memory {megabytes:6.0f} MB"
                  f" (targets: {target or '-'} s, {TARGET_MB} MB): {'OK' if good else 'OVER TARGET'}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
