"""JupyterHub load: N participants (default 15) open the diagnostic through the trainer's link at once.

Same set-up as tests/hub/test_jupyterhub.py (tests/hub/hub_setup.py): a real
JupyterHub on 127.0.0.1 with DummyAuthenticator + LocalProcessSpawner, N
throw-away system users (created, then removed), nbgitpuller cloning the
notebooks from a loopback ``git daemon``, Voilà, and one headless Chromium with
one browser context per participant. All participants start together; for each
one it measures the time until the first statement list (``.kit-statement
select``) is visible, then until their first answer is saved. It prints the
time until all participants see their first widget, the per-participant times,
and the resident memory (RSS from /proc) of the hub, the proxy, the single-user
servers and their kernels.

From the hub's log it also prints how long the single-user servers took to
start, how long Voilà took to compute each page, and when the server had sent
each page (what is left until the first widget is the browser's work).

Bounded: N <= 30 participants, one page load each (plus at most one reload per
45 s for a "starting up" page that shows no progress at all, as a person
would do; counted and printed), a global deadline (``--deadline``, 600 s by
default); traffic only on 127.0.0.1 (the browser resolves no other host).
Caveat: the browser runs on the same 2 cores as the hub, so the times are
pessimistic for a real workshop where each participant has their own laptop.
The hub uses deploy/jupyterhub/templates: without it, 12 to 13 of the 15
"starting up" pages stayed stuck here (RequireJS "Load timeout for modules").

    sudo .venv/bin/python benchmarks/jupyterhub_load.py [--participants 15]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import sys
import threading
import time
import urllib.parse
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.hub.hub_setup import (  # noqa: E402
    CHROMIUM_ARGS,
    FIRST_WIDGET,
    PASSWORD,
    Hub,
    HubSetupError,
    memory_mib,
    missing_prerequisites,
)

MAX_PARTICIPANTS = 30
SCREENSHOTS = ROOT / "build" / "screenshots"
STUCK_S = 45  # a person reloads a "starting up" page that has shown nothing for this long
LOOPBACK = {"127.0.0.1", "localhost"}
BLOCKED: set[str] = set()  # hosts the pages asked for, refused (loopback only)


class MemorySampler(threading.Thread):
    """Samples the hub's memory every ``interval`` seconds; keeps the peak total."""

    def __init__(self, hub: Hub, interval: float = 1.0):
        super().__init__(daemon=True)
        self.hub, self.interval = hub, interval
        self.peak: dict[str, float] = {"total": 0.0}
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            figures = memory_mib(self.hub)
            if figures["total"] > self.peak["total"]:
                self.peak = figures
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        if self.is_alive():
            self.join(timeout=5)


async def participant(browser, hub: Hub, user: str, number: int, start: float, timeout_ms: int,
                      arrived: list, release: asyncio.Event) -> dict:
    """One participant: the trainer's link, login, wait for the diagnostic, answer one statement.

    Like a person, a participant whose page still says "Your server is starting up" with an
    empty progress bar after ``STUCK_S`` seconds reloads it (counted in ``reloads``).
    """
    from playwright.async_api import Error as PlaywrightError
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.set_default_timeout(timeout_ms)
    page.set_default_navigation_timeout(timeout_ms)
    result = {"user": user, "reloads": 0, "browser_errors": []}

    def note(text: str) -> None:
        if len(result["browser_errors"]) < 3:
            result["browser_errors"].append(text[:160])

    page.on("pageerror", lambda err: note(f"page error: {err}"))
    page.on("console", lambda message: message.type == "error" and "ERR_NAME_NOT_RESOLVED" not in message.text
            and note(f"console: {message.text}"))
    page.on("requestfailed", lambda request: urllib.parse.urlsplit(request.url).hostname not in LOOPBACK
            and BLOCKED.add(urllib.parse.urlsplit(request.url).hostname))
    try:
        await page.goto(hub.pull_link())
        await page.wait_for_selector("input[name=username]")
        await page.fill("input[name=username]", user)
        await page.fill("input[name=password]", PASSWORD)
        await page.click("#login_submit")
        while True:
            try:
                await page.wait_for_selector(FIRST_WIDGET, state="visible", timeout=STUCK_S * 1000)
                break
            except PlaywrightTimeout:
                if time.perf_counter() - start > timeout_ms / 1000:
                    raise
                try:
                    stuck = "/hub/spawn-pending/" in page.url and await page.evaluate(
                        "() => document.querySelectorAll('.progress-log-event').length === 0")
                except PlaywrightError:  # the page is moving on by itself
                    stuck = False
                if stuck:  # no progress event at all: the page's scripts never started
                    result["reloads"] += 1
                    try:
                        await page.reload()
                    except PlaywrightError:  # the page moved on by itself meanwhile
                        pass
        result["first_widget_s"] = time.perf_counter() - start
        await page.locator(FIRST_WIDGET).nth(0).select_option(index=number % 5)
        await page.wait_for_function(
            "() => Array.from(document.querySelectorAll('.kit-notice'))"
            ".some(e => /^\\W*1 réponse sur 25/.test(e.textContent))")
        result["first_answer_saved_s"] = time.perf_counter() - start
        result["answer"] = number % 5 + 1
    except Exception as err:  # noqa: BLE001 — reported per participant, the others go on
        result["error"] = f"{type(err).__name__}: {str(err).splitlines()[0][:200]} (at {page.url})"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=str(SCREENSHOTS / f"jupyterhub-load-error-{number + 1:02d}.png"))
    finally:
        arrived.append(user)
        # Keep the page open (Voilà shuts a kernel down when its page closes) until memory is measured.
        try:
            await asyncio.wait_for(release.wait(), timeout=timeout_ms / 1000)
        except asyncio.TimeoutError:
            pass
        await context.close()
    return result


async def run_load(hub: Hub, chromium: str, deadline: float) -> tuple[list[dict], dict, float]:
    """All participants at once; memory is measured while every page is still open."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        arrived: list[str] = []
        release = asyncio.Event()
        start = time.perf_counter()
        started_at = time.time()
        tasks = [asyncio.create_task(participant(browser, hub, user, n, start, int(deadline * 1000), arrived, release))
                 for n, user in enumerate(hub.users)]
        while len(arrived) < len(tasks) and time.perf_counter() - start < deadline:
            await asyncio.sleep(0.5)
        loaded = memory_mib(hub)  # every page open, every kernel started, first answers saved
        release.set()
        done, pending = await asyncio.wait(tasks, timeout=60)
        for task in pending:
            task.cancel()
        results = [t.result() if t in done and not t.cancelled() and t.exception() is None
                   else {"user": hub.users[i], "error": f"deadline {deadline:.0f} s"} for i, t in enumerate(tasks)]
        await browser.close()
    return results, loaded, started_at


def check_files(hub: Hub, results: list[dict]) -> list[str]:
    """Each participant's own progress file holds their one answer."""
    problems = []
    for result in results:
        if "answer" not in result:
            continue
        try:
            saved = json.loads(hub.progress_file(result["user"]).read_text(encoding="utf-8"))
            answers = saved["diagnostic"]["assessments"][-1]["answers"]
            if list(answers.values()) != [result["answer"]]:
                problems.append(f"{result['user']}: saved {answers}, expected one answer {result['answer']}")
        except (OSError, KeyError, IndexError, ValueError) as err:
            problems.append(f"{result['user']}: {err}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", type=int, default=15)
    parser.add_argument("--deadline", type=float, default=600, help="seconds for the whole load (default 600)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    if not 1 <= args.participants <= MAX_PARTICIPANTS:
        parser.error(f"--participants must be between 1 and {MAX_PARTICIPANTS}")
    missing = missing_prerequisites() + ([] if Path(args.chromium).exists() else [f"chromium at {args.chromium}"])
    if missing:
        print("SKIPPED (nothing measured): missing " + "; ".join(missing))
        return 0

    # A SIGTERM (e.g. `timeout`) still runs the clean-up below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    load_before = os.getloadavg()
    setup_start = time.perf_counter()
    try:
        hub = Hub(user_count=args.participants, start_timeout=int(args.deadline)).start()
    except HubSetupError as err:
        print(f"FAILED: JupyterHub set-up: {err}")
        return 1
    sampler = MemorySampler(hub)
    try:
        setup_s = time.perf_counter() - setup_start
        idle = memory_mib(hub)
        sampler.start()
        results, loaded, started_at = asyncio.run(run_load(hub, args.chromium, args.deadline))
        problems = check_files(hub, results)
        hub_log = hub.log.read_text(errors="replace")
        spawn_s = sorted(float(t) for t in re.findall(r"User \S+ took ([0-9.]+) seconds to start", hub_log))
        render_s = sorted(float(ms) / 1000 for ms in re.findall(
            r"200 GET /user/\S+/voila/render/\S+ \(\S+\) ([0-9.]+)ms", hub_log))
        # When the server had sent each participant's Voilà page (the rest is the browser's work).
        for stamp, user in re.findall(r"^\[I (\S+ \S+) ServerApp\] 200 GET /user/(\S+?)/voila/render/", hub_log, re.M):
            for r in results:
                if r["user"] == user and "page_sent_s" not in r:
                    r["page_sent_s"] = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").timestamp() - started_at
        hub_log_errors = len(re.findall(r"^\[E ", hub_log, flags=re.M))
    finally:
        try:
            sampler.stop()
        finally:
            hub.stop()  # servers, proxy, git daemon, users: always

    ok = [r for r in results if "first_widget_s" in r]
    failed = [r for r in results if "error" in r]
    print(f"JupyterHub load: {args.participants} participants open 01_diagnostic through the nbgitpuller link at once "
          f"(127.0.0.1, 2 cores, browser on the same machine)")
    print(f"set-up (users, shared Python, git daemon, hub + proxy): {setup_s:.1f} s")
    if ok:
        widget = sorted(r["first_widget_s"] for r in ok)
        print(f"all first widgets visible after: {widget[-1]:.1f} s   (first participant {widget[0]:.1f} s, "
              f"median {widget[len(widget) // 2]:.1f} s)")
        answered = sorted(r["first_answer_saved_s"] for r in ok if "first_answer_saved_s" in r)
        if answered:
            print(f"all first answers saved after:   {answered[-1]:.1f} s")
    if spawn_s:
        print(f"single-user server start (JupyterHub's log): min {spawn_s[0]:.1f} s, median "
              f"{spawn_s[len(spawn_s) // 2]:.1f} s, max {spawn_s[-1]:.1f} s")
    if render_s:
        print(f"Voilà page (kernel start + notebook run, server side): min {render_s[0]:.1f} s, median "
              f"{render_s[len(render_s) // 2]:.1f} s, max {render_s[-1]:.1f} s")
    sent = sorted(r["page_sent_s"] for r in results if "page_sent_s" in r)
    if sent:
        print(f"all Voilà pages sent by the server after: {sent[-1]:.1f} s (the time left until the first widget "
              f"is the browser's, here on the same 2 cores as the hub)")
    print("per participant (s): page sent by the server | first widget visible | first answer saved")
    for r in sorted(results, key=lambda r: r.get("first_widget_s", float("inf"))):
        if "error" in r:
            print(f"  {r['user']}: ERROR {r['error']}")
        else:
            reloads = f"   ({r['reloads']} reload(s) of a 'starting up' page that showed nothing)" if r["reloads"] else ""
            print(f"  {r['user']}: {r.get('page_sent_s', float('nan')):6.1f} | {r['first_widget_s']:6.1f} | "
                  f"{r.get('first_answer_saved_s', float('nan')):6.1f}{reloads}")
        for text in r.get("browser_errors", []):
            print(f"      browser: {text}")

    def show(label, figures):
        counts = figures.get("counts", {})
        parts = ", ".join(f"{role} {mib:.0f}" + (f" [{counts[role]}]" if counts.get(role, 1) != 1 else "")
                          for role, mib in figures.items() if role not in ("total", "counts"))
        print(f"memory {label}: {figures['total']:.0f} MiB RSS ({parts}; [n] = processes)")

    show("idle hub, no server yet", idle)
    show("with every participant loaded", loaded)
    show("peak (sampled every second)", sampler.peak)
    counts = loaded["counts"]
    if counts["single-user servers"] and counts["kernels"]:
        server = loaded["single-user servers"] / counts["single-user servers"]
        kernel = loaded["kernels"] / counts["kernels"]
        print(f"memory per participant: {server + kernel:.0f} MiB (single-user server {server:.0f} + diagnostic kernel {kernel:.0f})")
    print(f"machine: {os.cpu_count()} cores; load average before {load_before[0]:.1f}, after {os.getloadavg()[0]:.1f} "
          f"(other programs running on the machine slow the figures down)")
    if BLOCKED:
        print(f"requests refused by the browser (loopback only): {', '.join(sorted(BLOCKED))}")
    print(f"JupyterHub log errors: {hub_log_errors}; progress-file problems: {problems or 'none'}; "
          f"users left behind: {hub.cleanup_problems or 'none'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"participants": args.participants, "setup_s": setup_s, "results": results,
                                         "memory_mib": {"idle": idle, "loaded": loaded, "peak": sampler.peak}},
                                        indent=2), encoding="utf-8")
    return 0 if not failed and not problems and not hub.cleanup_problems else 1


if __name__ == "__main__":
    sys.exit(main())
