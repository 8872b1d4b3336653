"""What a module page imports before its widgets, against ``import ipywidgets`` alone, side by side.

For every participant notebook, the modules its code cells import (the page,
the module's views, the save panel: read from the notebook itself) are
imported in a fresh interpreter, alternating with a fresh ``import
ipywidgets``. Target: for every page, median(page imports) ÷
median(ipywidgets) ≤ 1.5 — the kit adds at most half of what ipywidgets
costs (pydantic schemas are built when first used, not at import).

    python benchmarks/import_time.py [--runs 7] [--page 01_diagnostic]
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import alternate, import_seconds, median  # noqa: E402

TARGET = 1.5


def page_imports(notebook: Path) -> list[str]:
    """The kit modules a notebook's code cells import, in order."""
    found = []
    for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] != "code":
            continue
        for node in ast.walk(ast.parse("".join(cell["source"]))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kit") and node.module not in found:
                found.append(node.module)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--page", action="append", help="only these notebooks (stem), e.g. 01_diagnostic")
    args = parser.parse_args()
    notebooks = sorted((ROOT / "notebooks").glob("0*.ipynb"))
    if args.page:
        notebooks = [n for n in notebooks if n.stem in args.page]
    pages = {n.stem: ", ".join(page_imports(n)) for n in notebooks}
    functions = {"ipywidgets": lambda: import_seconds("ipywidgets")}
    functions.update({stem: (lambda modules=modules: import_seconds(modules)) for stem, modules in pages.items()})
    results = alternate(functions, args.runs)
    base = median(results["ipywidgets"])
    print(f"import ipywidgets           median {base * 1000:7.1f} ms ({args.runs} runs)")
    worst = 0.0
    for stem in pages:
        ratio = median(results[stem]) / base
        worst = max(worst, ratio)
        print(f"page {stem:<24} median {median(results[stem]) * 1000:7.1f} ms  ratio {ratio:.2f}  ({pages[stem]})")
    verdict = "OK" if worst <= TARGET else "OVER TARGET"
    print(f"slowest page / import ipywidgets = {worst:.2f} (target <= {TARGET}): {verdict}")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
