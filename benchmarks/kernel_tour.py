"""Memory held by one participant who tours every page: the kit's Voilà template against Voilà's own.

One browser follows "Suivant" through modules 00–08, then opens the
positioning test and the survey (11 pages). Two standalone Voilà servers run
side by side in the same run: one with the kit's template (leaving a page
stops its kernel), one with Voilà's own ``lab`` template (upstream issue
#1458: the shutdown request is refused, every page keeps its kernel). After
the tour each server gets up to a minute to stop the kernels of the pages
left, then the memory of its whole process tree is measured (sum of PSS).

Targets: the kit's server keeps one kernel (the open page's), and holds at most
a third of the memory Voilà's own template leaves behind.

    python benchmarks/kernel_tour.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import tree_memory_mib  # noqa: E402

from tests.browser.voila_server import CHROMIUM_ARGS, VoilaServer  # noqa: E402
from tests.browser.workshop import tour  # noqa: E402

TARGET_SHARE = 1 / 3


def held_after_tour(browser, template: str) -> tuple[int, int, float]:
    """Pages seen, kernels still running and MiB held by the server's process tree after one tour."""
    with VoilaServer(extra_args=[f"--template={template}"]) as server:
        context = browser.new_context()
        page = context.new_page()
        seen = tour(page, server)
        kernels = server.wait_for_kernels(at_most=1, timeout=60)
        memory = tree_memory_mib(server.process.pid)
        context.close()
    return len(seen), kernels, memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, headless=True, args=CHROMIUM_ARGS)
        results = {template: held_after_tour(browser, template) for template in ("kit", "lab")}
        browser.close()
    for template, (pages, kernels, memory) in results.items():
        print(f"template {template:<4} {pages} pages visited: {kernels} kernel(s) still running, {memory:.0f} MiB held")
    _, kit_kernels, kit_memory = results["kit"]
    share = kit_memory / results["lab"][2]
    ok = kit_kernels <= 1 and share <= TARGET_SHARE
    print(f"kit / Voilà's own template = {share:.2f} of the memory (target <= {TARGET_SHARE:.2f}, one kernel): {'OK' if ok else 'OVER TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
