"""Voilà: time until the first widget is visible, diagnostic ÷ a one-slider notebook.

Both pages are served by one Voilà server and loaded alternately in fresh
browser contexts (each load starts its own kernel). Target: ratio of medians
≤ 1.3 over at least 5 runs each. Each page is loaded once first and not
counted: the first page a participant opens checks every content file once
(see ``kit.content.library``); later pages read only what they show.

    python benchmarks/voila_first_widget.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import median  # noqa: E402

from tests.browser.voila_server import CHROMIUM_ARGS, VoilaServer  # noqa: E402

TARGET = 1.3
PAGES = {
    "one-slider": ("tests/browser/bare_widgets.ipynb", ".widget-slider"),
    "diagnostic": ("notebooks/01_diagnostic.ipynb", ".kit-statement select"),
}


def first_widget_seconds(browser, server, notebook: str, selector: str) -> float:
    context = browser.new_context()
    page = context.new_page()
    start = time.perf_counter()
    page.goto(server.url(notebook), timeout=120_000)
    page.wait_for_selector(selector, state="visible", timeout=120_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--voila-arg", action="append", default=[], help="extra Voilà option, e.g. --VoilaConfiguration.progressive_rendering=True")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    times = {name: [] for name in PAGES}
    with VoilaServer(extra_args=args.voila_arg) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, headless=True, args=CHROMIUM_ARGS)
        for notebook, selector in PAGES.values():  # warm-up: server caches, disk, and the one-off check of every content file
            first_widget_seconds(browser, server, notebook, selector)
        for _ in range(args.runs):
            for name, (notebook, selector) in PAGES.items():
                times[name].append(first_widget_seconds(browser, server, notebook, selector))
        browser.close()
    for name, values in times.items():
        print(f"{name:<11} first widget: median {median(values):.2f} s  runs: {', '.join(f'{v:.2f}' for v in values)}")
    ratio = median(times["diagnostic"]) / median(times["one-slider"])
    print(f"diagnostic / one-slider = {ratio:.2f} (target <= {TARGET}): {'OK' if ratio <= TARGET else 'OVER TARGET'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
