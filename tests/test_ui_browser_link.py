"""The page's link with the browser: it answers the browser's sign-of-life requests and carries the page's words."""

import re

from kit.ui.browser_link import BrowserLink


def _sent(link):
    sent = []
    link.send = sent.append
    return sent


def test_a_ping_from_the_browser_gets_its_pong():
    link = BrowserLink("fr")
    sent = _sent(link)
    link._handle_custom_msg({"ping": 1764601200000}, [])
    assert sent == [{"pong": 1764601200000}]


def test_other_messages_get_no_answer():
    link = BrowserLink("fr")
    sent = _sent(link)
    link._handle_custom_msg({"hello": 1}, [])
    link._handle_custom_msg("ping", [])
    assert sent == []


def test_the_lost_message_is_in_the_pages_language_and_says_what_to_do():
    french, english = BrowserLink("fr"), BrowserLink("en")
    assert "rechargez la page ; votre progression est gardée" in french.lost_text
    assert french.reload_label == "Recharger la page"
    assert "reload the page; your progress is kept" in english.lost_text
    assert english.reload_label == "Reload the page"


def test_its_script_ships_with_the_kit_and_imports_nothing_from_the_internet():
    script = BrowserLink("fr")._esm
    assert "export default" in script
    assert not re.search(r"\bimport\s", script) and "http" not in script


def test_every_page_shows_one(tmp_path, monkeypatch):
    import kit.ui.page as page_module

    shown = []
    monkeypatch.setattr("IPython.display.display", lambda *objects: shown.extend(objects))
    page_module.open_module("02", path=tmp_path / "p.json", lang="en")
    assert [type(o).__name__ for o in shown] == ["HTML", "HTML", "BrowserLink"]  # header, alert area, link
    assert shown[2].reload_label == "Reload the page"
