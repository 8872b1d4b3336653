"""Welcome page widgets, driven from Python: profile, save, restore, start over, navigation."""

import json
from datetime import datetime, timezone

import pytest

from kit.progress.store import progress_bytes
from kit.ui.navigation import navigation_html
from kit.ui.page import open_module
from kit.ui.profile_form import ProfileForm
from kit.ui.save_panel import SavePanel


@pytest.fixture
def page(tmp_path):
    return open_module("00", path=tmp_path / "progression.json", lang="fr", show=False)


def _upload(panel, raw: bytes, name="progression.json"):
    panel.upload.value = ({"name": name, "type": "application/json", "size": len(raw), "content": memoryview(raw), "last_modified": datetime.now(timezone.utc)},)


def _saved(page) -> dict:
    return json.loads(page.store.path.read_text(encoding="utf-8"))


def test_opening_a_page_records_the_visit_on_disk(page):
    assert "00" in _saved(page)["visits"]


def test_sector_choice_is_saved_at_once(page):
    form = ProfileForm(page)
    form.sector.value = "coiffure_beaute"
    assert _saved(page)["profile"]["sector"] == "coiffure_beaute"


def test_the_situation_is_asked_once_and_saved_at_once(page):
    form = ProfileForm(page)
    assert [q["id"] for q in form.situation.questions] == ["compte_perso", "page_entreprise", "equipe"]
    form.situation.choose("equipe", "seul")
    assert _saved(page)["profile"]["situation"] == {"equipe": "seul"} and "Enregistré" in form.message.value
    again = ProfileForm(open_module("00", path=page.store.path, lang="fr", show=False))
    assert again.situation.answers() == {"equipe": "seul"}


def test_name_is_trimmed_and_saved(page):
    form = ProfileForm(page)
    form.name.value = "  Nadia  "
    assert _saved(page)["profile"]["display_name"] == "Nadia"


def test_incomplete_email_is_not_saved_and_says_why(page):
    form = ProfileForm(page)
    form.email.value = "nadia-at-exemple"
    assert _saved(page)["profile"]["email"] is None
    assert "incomplète" in form.message.value and "⚠" in form.message.value


def test_every_profile_field_has_a_visible_label(page):
    form = ProfileForm(page)
    assert all(w.description for w in (form.name, form.email, form.sector))


def test_download_link_holds_the_current_progress(page):
    import base64

    panel = SavePanel(page)
    ProfileForm(page).name.value = "Karim"
    href = panel.download.value.split('href="data:application/json;base64,')[1].split('"')[0]
    assert json.loads(base64.b64decode(href))["profile"]["display_name"] == "Karim"
    assert f'download="{page.store.download_name()}"' in panel.download.value


def test_the_save_time_is_french_time_even_on_a_utc_server(page, monkeypatch):
    from datetime import datetime, timezone

    from kit.ui.save_panel import SavePanel

    monkeypatch.setenv("TZ", "UTC")
    panel = SavePanel(page)
    page.progress.saved_at = datetime(2026, 11, 23, 10, 5, tzinfo=timezone.utc)
    panel.refresh()
    assert "11:05" in panel.status.value


def test_uploading_a_saved_file_restores_answers_and_the_form(page, tmp_path):
    other = open_module("00", path=tmp_path / "other.json", lang="fr", show=False)
    other.progress.profile.display_name = "Élodie"
    other.progress.profile.sector = "boulangerie"
    panel, form = SavePanel(page), ProfileForm(page)
    _upload(panel, progress_bytes(other.progress))
    assert form.name.value == "Élodie" and form.sector.value == "boulangerie"
    assert _saved(page)["profile"]["display_name"] == "Élodie"
    assert "✔" in panel.message.value
    assert panel.upload.value == ()


def test_uploading_a_broken_file_keeps_everything_and_explains(page):
    panel, form = SavePanel(page), ProfileForm(page)
    form.name.value = "Karim"
    _upload(panel, b"{not json")
    assert form.name.value == "Karim" and _saved(page)["profile"]["display_name"] == "Karim"
    assert "abîmé" in panel.message.value and "conservée" in panel.message.value


def test_uploaded_participant_text_is_escaped_in_messages(page):
    panel = SavePanel(page)
    _upload(panel, b'{"kind": "<script>alert(1)</script>"}')
    assert "<script>" not in panel.message.value


def test_start_over_asks_first_and_cancel_erases_nothing(page):
    panel, form = SavePanel(page), ProfileForm(page)
    form.name.value = "Karim"
    panel.start_over.click()
    assert panel.confirm_box.layout.display == "flex"
    panel.cancel.click()
    assert panel.confirm_box.layout.display == "none"
    assert _saved(page)["profile"]["display_name"] == "Karim"


def test_start_over_confirmed_erases_and_clears_the_form(page):
    panel, form = SavePanel(page), ProfileForm(page)
    form.name.value = "Karim"
    old_id = page.progress.profile.id
    panel.start_over.click()
    panel.confirm.click()
    assert form.name.value == ""
    assert _saved(page)["profile"]["id"] != old_id
    assert _saved(page)["profile"]["display_name"] is None


def test_navigation_marks_the_current_page_in_words():
    nav = navigation_html("00", "fr")
    assert 'aria-current="page"' in nav and "vous êtes ici" in nav
    assert nav.startswith('<nav class="kit-nav" aria-label=')
    assert 'href="en/00_bienvenue.ipynb"' in nav


def test_navigation_in_english_points_back_to_french():
    nav = navigation_html("00", "en")
    assert "you are here" in nav and 'href="../00_bienvenue.ipynb"' in nav


def test_modules_without_a_notebook_are_not_links(monkeypatch):
    import kit.ui.navigation as navigation

    monkeypatch.setattr(navigation, "available", lambda notebook: notebook != "08_strategie")
    nav = navigation_html("00", "fr")
    assert "08_strategie.ipynb" not in nav and "Stratégie et plan d’action (à venir)" in nav


def test_broken_content_shows_a_plain_message_not_a_traceback(tmp_path, monkeypatch, capsys):
    from kit.content import library

    broken = tmp_path / "exercises"
    broken.mkdir()
    (broken / "sectors.yaml").write_text("kind: sectors\nsectors: 3\n", encoding="utf-8")
    monkeypatch.setenv("KIT_EXERCISES_DIR", str(broken))
    library.clear_cache()
    try:
        page = open_module("00", path=tmp_path / "p.json", lang="fr", show=False)
        assert page.ok is False
    finally:
        monkeypatch.delenv("KIT_EXERCISES_DIR")
        library.clear_cache()
