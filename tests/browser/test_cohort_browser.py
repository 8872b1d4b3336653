"""The cohort report opens in a browser, offline, with its charts drawn."""

from kit.cli import main


def test_cohort_report_opens_with_its_charts(page, tmp_path):
    assert main(["demo-progress", "--count", "15", "--out", str(tmp_path / "group")]) == 0
    assert main(["cohort", str(tmp_path / "group"), "--out", str(tmp_path / "rapport.html")]) == 0
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((tmp_path / "rapport.html").as_uri())
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "Rapport de groupe"
    sizes = page.eval_on_selector_all("img", "imgs => imgs.map(i => [i.complete, i.naturalWidth, i.alt.length])")
    assert len(sizes) >= 3 and all(done and width > 100 and alt > 10 for done, width, alt in sizes)
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []
