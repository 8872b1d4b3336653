"""The benchmarks' memory measure counts worker processes too (the cohort report reads files in several)."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from common import tree_memory_mib  # noqa: E402

pytestmark = pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="Linux /proc needed")

HOLD_60_MB_IN_A_CHILD = """
import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", "import sys, time; block = bytearray(60 * 1024 * 1024); print('ready', flush=True); time.sleep(30)"], stdout=subprocess.PIPE)
child.stdout.readline()
print('ready', flush=True)
child.wait()
"""


def test_memory_of_a_process_tree_includes_its_children():
    parent = subprocess.Popen([sys.executable, "-c", HOLD_60_MB_IN_A_CHILD], stdout=subprocess.PIPE)
    try:
        parent.stdout.readline()
        time.sleep(0.1)
        assert tree_memory_mib(parent.pid) >= 60
    finally:
        for child in Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split():
            subprocess.run(["kill", child], check=False)
        parent.wait(timeout=10)
