"""Steps shared by the browser tests: open a page, wait for the kernel, read the widgets."""

from __future__ import annotations

import json
import re

from tests.browser.conftest import FIRST_LOAD_MS, SCREENSHOTS

IMPACTS_THAT_FAIL = ("critical", "serious")


def open_notebook(page, voila, notebook: str, first_selector: str = ".kit-nav") -> None:
    """Go to a notebook in Voilà and wait until its first widget is visible."""
    page.goto(voila.url(notebook), timeout=FIRST_LOAD_MS)
    page.wait_for_selector(first_selector, state="visible", timeout=FIRST_LOAD_MS)


def wait_for_text(page, selector: str, pattern: str, timeout: int = 30_000) -> None:
    """Wait until an element matching ``selector`` contains ``pattern`` (a regular expression)."""
    page.wait_for_function(
        "([sel, pat]) => Array.from(document.querySelectorAll(sel)).some(e => new RegExp(pat).test(e.textContent))",
        arg=[selector, pattern],
        timeout=timeout,
    )


def start_over(page) -> None:
    page.get_by_role("button", name=re.compile("Tout effacer et recommencer|Erase everything")).click()
    page.get_by_role("button", name=re.compile("Oui, tout effacer|Yes, erase")).click()
    wait_for_text(page, ".kit-notice", "Progression effacée|Progress erased")


def download(page, selector: str, target) -> bytes:
    """Click a download link and return the downloaded bytes (also saved at ``target``)."""
    with page.expect_download() as info:
        page.click(selector)
    info.value.save_as(str(target))
    return target.read_bytes()


def upload(page, path) -> None:
    """Use the kit's upload button (its file input is not in the DOM)."""
    with page.expect_file_chooser() as chooser:
        page.click(".widget-upload")
    chooser.value.set_files(str(path))


def serious_violations(page) -> dict[str, int]:
    """axe-core rule id -> number of nodes, for critical and serious violations."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return {v["id"]: len(v["nodes"]) for v in results.response["violations"] if v["impact"] in IMPACTS_THAT_FAIL}


def all_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])}" for v in Axe().run(page).response["violations"]]


def json_of(raw: bytes) -> dict:
    return json.loads(raw.decode("utf-8"))


def violations_by_impact(page) -> dict[str, dict[str, int]]:
    """axe-core violations grouped by impact: {"serious": {"rule-id": nodes}, "moderate": {...}, ...}."""
    from axe_playwright_python.sync_playwright import Axe

    grouped: dict[str, dict[str, int]] = {}
    for violation in Axe().run(page).response["violations"]:
        grouped.setdefault(violation["impact"] or "unknown", {})[violation["id"]] = len(violation["nodes"])
    return grouped


def assert_no_serious_beyond(page, baseline: dict[str, int], name: str) -> dict[str, dict[str, int]]:
    """Fail on any critical or serious axe violation beyond the bare-widgets baseline (rule by rule, node by node).

    Prints the page's violations by impact (shown with ``pytest -s``, and in the report of a failure).
    """
    found = violations_by_impact(page)
    report = SCREENSHOTS.parent / "axe" / f"{name}.json"  # build/axe/: the figures quoted in README « Accessibilité »
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    print(f"axe {name} by impact:", {impact: found.get(impact, {}) for impact in ("critical", "serious", "moderate", "minor")})
    beyond = {
        rule: nodes
        for impact in IMPACTS_THAT_FAIL
        for rule, nodes in found.get(impact, {}).items()
        if nodes > baseline.get(rule, 0)
    }
    assert not beyond, f"{name}: critical/serious axe violations beyond the bare widgets page {baseline}: {beyond}"
    return found


RADIO_GROUP = ".kit-radio-group"  # one question answered with radio buttons (kit/ui/radio_questions.py)


def choose(page, group: int, option: int, scope: str = "") -> None:
    """Click choice ``option`` of the ``group``-th radio question (in ``scope``, a CSS selector, if given)."""
    page.locator(f"{scope} {RADIO_GROUP}".strip()).nth(group).get_by_role("radio").nth(option).check()


def radio_answers(page, scope: str = "") -> list[str]:
    """The chosen option of each radio question, by position ("" for an unanswered one)."""
    return page.eval_on_selector_all(
        f"{scope} {RADIO_GROUP}".strip(),
        "groups => groups.map(g => { const radios = Array.from(g.querySelectorAll('input[type=radio]'));"
        " const i = radios.findIndex(r => r.checked); return i < 0 ? '' : String(i); })",
    )
