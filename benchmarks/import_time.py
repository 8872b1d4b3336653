"""Import cost of the kit against ipywidgets, measured side by side in one run.

Target: ``import kit`` ÷ ``import ipywidgets`` ≤ 1.2 (pandas and matplotlib are
imported only where used). Also prints what a notebook's first cell imports
(``kit.ui.page``) for information.

    python benchmarks/import_time.py [--runs 7]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import alternate, import_seconds, median  # noqa: E402

TARGET = 1.2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    results = alternate(
        {
            "ipywidgets": lambda: import_seconds("ipywidgets"),
            "kit": lambda: import_seconds("kit"),
            "kit.ui.page": lambda: import_seconds("kit.ui.page"),
        },
        args.runs,
    )
    base = median(results["ipywidgets"])
    for name, values in results.items():
        print(f"import {name:<12} median {median(values) * 1000:7.1f} ms  (ratio to ipywidgets {median(values) / base:.2f}, {args.runs} runs)")
    ratio = median(results["kit"]) / base
    verdict = "OK" if ratio <= TARGET else "OVER TARGET"
    print(f"import kit / import ipywidgets = {ratio:.2f} (target <= {TARGET}): {verdict}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
