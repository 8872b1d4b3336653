"""Run every benchmark script of this folder and report which missed its target."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = sorted(p for p in HERE.glob("*.py") if p.name not in {"run_all.py", "common.py"})

if __name__ == "__main__":
    failed = []
    for script in SCRIPTS:
        print(f"== {script.name}", flush=True)
        if subprocess.run([sys.executable, str(script)]).returncode != 0:
            failed.append(script.name)
    print("missed targets: " + (", ".join(failed) if failed else "none"))
    sys.exit(1 if failed else 0)
