"""Module 07: drafts, live counters, escaping, scheduling on the plan, Markdown and CSV exports."""

import csv
import io
import json
from datetime import date, datetime, timedelta

import pytest

from kit.content.library import exercise
from kit.core.paths import notebooks_dir
from kit.planning.calendar import PARIS, local_datetime
from kit.progress.model import Plan, Review, Slot
from kit.ui.drafting_view import NO_DATE, DraftingView
from kit.ui.drafts_export_view import DraftsExportView
from kit.ui.page import open_module
from kit.ui.review_view import ReviewView
from kit.writing.drafts import (
    HOOTSUITE_MAX_ROWS,
    Scheduled,
    drafts_markdown,
    generic_csv,
    hootsuite_csv,
    new_draft,
    over_350,
    review_means,
    round_up_to_5_minutes,
    schedule,
)
from kit.writing.post_check import check_post
from kit.writing.verdict import verdict

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=PARIS)
TEXT = "Fournée « spéciale » ce matin 🥐👨‍👩‍👧\nDeuxième ligne, avec « guillemets », et des ; points-virgules."


@pytest.mark.parametrize("length,state", [(1, "ok"), (223, "ok"), (224, "near"), (280, "near"), (281, "blocked")])
def test_counter_turns_amber_at_80_percent_and_red_past_the_limit(length, state):
    assert verdict(check_post("a" * length, "x"), "fr").state == state


def test_a_post_the_platform_refuses_is_never_within_the_limit():
    """Seven hashtags on Instagram: short enough, yet blocked, and the headline says so."""
    check = check_post("Ce matin au fournil ! " + " ".join(f"#pain{n}" for n in range(7)), "instagram")
    headline = verdict(check, "fr")
    assert check.length < check.limit and headline.state == "blocked" and headline.symbol == "✖"
    assert headline.words == "bloqué : 7 hashtags, 5 au plus"
    assert verdict(check_post("Lien : \ufeff boulangerie-dupont.fr ?", "x"), "en").words == "blocked: an invisible character the platform refuses"
    assert verdict(check_post("", "x"), "fr").words == "bloqué : texte vide"


def test_advice_of_the_platform_lowers_the_headline_but_tone_advice_does_not():
    link = verdict(check_post("Nos horaires sur boulangerie-dupont.fr ?", "instagram"), "fr")
    assert link.state == "near" and link.words == "à revoir : lien non cliquable ici"
    assert verdict(check_post("PROMO SUR TOUT LE MAGASIN", "linkedin"), "fr").state == "ok"


def test_times_are_rounded_up_to_five_minutes():
    assert round_up_to_5_minutes(datetime(2026, 11, 24, 12, 31, 40, tzinfo=PARIS)).strftime("%H:%M") == "12:35"
    assert round_up_to_5_minutes(datetime(2026, 11, 24, 12, 30, tzinfo=PARIS)).strftime("%H:%M") == "12:30"


def _plan(*days):
    return Plan(platforms={"facebook": ""}, start=days[0], calendar=[Slot(day=d, time="12:30", platform="facebook") for d in days])


def test_undated_drafts_take_the_next_free_slots_and_dated_ones_keep_theirs():
    dated = new_draft("a", "Texte A", ["facebook"])
    dated.planned = local_datetime(date(2026, 11, 25), "12:30")
    first, second = new_draft("b", "Texte B", ["facebook"]), new_draft("c", "Texte C", ["facebook"])
    result = schedule([dated, first, second], _plan(date(2026, 11, 20), date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 27)), at=NOW)
    assert [(r.draft.title, r.moment.date().isoformat()) for r in result.rows] == [("a", "2026-11-25"), ("b", "2026-11-24"), ("c", "2026-11-27")]
    assert result.skipped == []


def test_drafts_without_date_nor_free_slot_are_refused_with_a_reason():
    result = schedule([new_draft("b", "Texte", ["facebook"])], Plan(), at=NOW)
    assert result.rows == [] and result.skipped[0][1] == "drafts.skip_no_slot"


def test_past_dates_and_empty_drafts_are_refused():
    old = new_draft("old", "Texte", ["facebook"])
    old.planned = NOW - timedelta(days=1)
    result = schedule([old, new_draft("empty", "  ", ["facebook"])], Plan(), at=NOW)
    assert [key for _, key, _ in result.skipped] == ["drafts.skip_past", "drafts.skip_empty"]


def test_over_limit_drafts_are_skipped_unless_confirmed():
    long = new_draft("long", "a" * 300, ["x", "facebook"])
    long.planned = NOW + timedelta(days=1)
    skipped = schedule([long], Plan(), at=NOW)
    assert [r.platform for r in skipped.rows] == ["facebook"] and skipped.skipped[0][2] == {"platform": "x", "over": 20}
    assert [r.platform for r in schedule([long], Plan(), include_over=True, at=NOW).rows] == ["x", "facebook"]


def _rows():
    draft = new_draft("t", TEXT, ["facebook", "instagram"])
    draft.link = "https://exemple.fr/galette"
    moment = datetime(2026, 11, 24, 12, 30, tzinfo=PARIS)
    return [Scheduled(draft, "facebook", moment), Scheduled(draft, "instagram", moment + timedelta(hours=1))]


def test_hootsuite_csv_has_no_header_one_file_per_platform_and_round_trips():
    files = hootsuite_csv(_rows())
    assert sorted(files) == ["facebook", "instagram"]
    rows = list(csv.reader(io.StringIO(files["facebook"].decode("utf-8"), newline="")))
    assert rows == [["24/11/2026 12:30", TEXT, "https://exemple.fr/galette"]]


def test_generic_csv_has_a_header_and_round_trips():
    rows = list(csv.reader(io.StringIO(generic_csv(_rows()).decode("utf-8"), newline="")))
    assert rows[0] == ["date", "platform", "text", "link"]
    assert rows[1] == ["2026-11-24 12:30", "facebook", TEXT, "https://exemple.fr/galette"] and rows[2][1] == "instagram"


def test_hootsuite_files_stop_at_350_rows():
    draft = new_draft("t", "Texte", ["facebook"])
    rows = [Scheduled(draft, "facebook", NOW + timedelta(minutes=5 * n)) for n in range(HOOTSUITE_MAX_ROWS + 4)]
    assert len(hootsuite_csv(rows)["facebook"].decode("utf-8").splitlines()) == HOOTSUITE_MAX_ROWS
    assert over_350(rows) == {"facebook": 4}


def test_markdown_groups_drafts_by_platform():
    one, two = new_draft("Un", "Premier", ["facebook", "linkedin"]), new_draft("Deux", "Second", ["linkedin"])
    text = drafts_markdown([one, two], {"facebook": "Facebook", "linkedin": "LinkedIn"}, "fr")
    assert text.index("## Facebook") < text.index("### Un") < text.index("## LinkedIn")
    assert text.split("## LinkedIn")[1].count("### ") == 2


def test_review_means_per_criterion():
    draft = new_draft()
    draft.reviews = [Review(scores={"utile": 2, "lisible": 4}, reviewed=NOW), Review(scores={"utile": 4}, reviewed=NOW)]
    assert review_means(draft) == {"utile": 3.0, "lisible": 4.0}


# --- widgets -------------------------------------------------------------------------------
@pytest.fixture
def studio(tmp_path):
    return DraftingView(open_module("07", path=tmp_path / "progression.json", lang="fr", show=False))


def _saved(page):
    return json.loads(page.store.path.read_text(encoding="utf-8"))


def test_typing_creates_and_saves_a_draft_with_live_counters(studio):
    studio.text.value = "Bonjour à tous !"
    saved = _saved(studio.page)["drafts"]
    assert len(saved) == 1 and saved[0]["text"] == "Bonjour à tous !"
    assert studio.choose.value == saved[0]["id"]
    assert "Cochez au moins un réseau" in studio.counters.value
    studio.platforms["facebook"].value = True
    assert "data-state='ok'" in studio.counters.value and "dans la limite" in studio.counters.value
    assert _saved(studio.page)["drafts"][0]["platforms"] == ["facebook"]


def test_a_new_draft_ticks_no_network_the_participant_did_not_choose(studio):
    studio.new.click()
    studio.text.value = "Bonjour"
    assert not any(box.value for box in studio.platforms.values())
    assert _saved(studio.page)["drafts"][0]["platforms"] == []


def test_the_draft_list_names_a_draft_as_soon_as_it_has_a_title_or_a_text(studio):
    studio.new.click()
    assert studio.choose.label == "Sans titre"
    studio.text.value = "La fournée   du matin\nest sortie"
    assert studio.choose.label == "La fournée du matin est sortie"
    studio.title.value = "Fournée"
    assert studio.choose.label == "Fournée" and studio.choose.value == studio.current


def test_a_deleted_draft_can_be_put_back_where_it_was(studio):
    for title in ("Un", "Deux", "Trois"):
        studio.new.click()
        studio.title.value = title
    studio.choose.value = studio.page.progress.drafts[1].id
    studio.delete.click()
    assert [d["title"] for d in _saved(studio.page)["drafts"]] == ["Un", "Trois"]
    assert "« Deux » supprimé" in studio.message.value and studio.undo.layout.display is None
    studio.undo.click()
    assert [d["title"] for d in _saved(studio.page)["drafts"]] == ["Un", "Deux", "Trois"]
    assert studio.title.value == "Deux" and studio.undo.layout.display == "none"


def test_undo_is_offered_only_for_the_last_deletion(studio):
    studio.new.click()
    studio.title.value = "Gardé"
    studio.delete.click()
    studio.new.click()  # a new action: the deleted draft is gone for good
    assert studio.undo.layout.display == "none"
    studio.undo.click()
    assert [d["title"] for d in _saved(studio.page)["drafts"]] == [""]


def test_an_empty_idea_bank_says_where_ideas_are_written(studio):
    assert "banque d’idées est encore vide" in studio.start_message.value
    assert 'href="06_quoi_dire.ipynb"' in studio.start_message.value
    studio.use_idea.click()
    assert "banque d’idées est encore vide" in studio.start_message.value and studio.page.progress.drafts == []


def test_the_starters_card_does_not_repeat_the_notebooks_heading(studio):
    import re

    notebook = json.loads((notebooks_dir() / "07_atelier_redaction.ipynb").read_text(encoding="utf-8"))
    headings = {line.lstrip("#").strip() for cell in notebook["cells"] if cell["cell_type"] == "markdown" for line in "".join(cell["source"]).splitlines() if line.startswith("#")}
    card_headings = set(re.findall(r"<h3>(.*?)</h3>", studio.starters.value))
    assert card_headings and not headings & card_headings


def test_counter_says_too_long_in_words_past_the_x_limit(studio):
    studio.new.click()
    studio.platforms["x"].value = True
    studio.text.value = "a" * 290
    assert "data-state='blocked'" in studio.counters.value and "bloqué : 10 caractères de trop" in studio.counters.value
    studio.text.value = "a" * 250
    assert "data-state='near'" in studio.counters.value and "attention" in studio.counters.value


def test_preview_shows_the_text_before_the_fold_escaped(studio):
    studio.new.click()
    studio.platforms["instagram"].value = True
    studio.text.value = "<script>alert(1)</script> " + "mot " * 80
    assert "<script>" not in studio.preview.value and "&lt;script&gt;" in studio.preview.value
    assert "… voir plus" in studio.preview.value


def test_draft_fields_survive_a_new_session(studio):
    studio.new.click()
    studio.title.value = "Galette"
    studio.text.value = "La galette du mois"
    studio.status.value = "ready"
    studio.link.value = "https://exemple.fr"
    again = DraftingView(open_module("07", path=studio.page.store.path, lang="fr", show=False))
    assert (again.title.value, again.text.value, again.status.value, again.link.value) == ("Galette", "La galette du mois", "ready", "https://exemple.fr")


def test_planned_date_comes_from_the_plans_calendar(tmp_path):
    page = open_module("07", path=tmp_path / "p.json", lang="fr", show=False)
    page.progress.plan = _plan(date(2026, 12, 1), date(2026, 12, 3))
    page.save()
    studio = DraftingView(page)
    studio.new.click()
    key = studio.planned.options[1][1]
    studio.planned.value = key
    assert _saved(page)["drafts"][0]["planned"].startswith("2026-12-01T12:30:00+01:00")
    studio.planned.value = NO_DATE
    assert _saved(page)["drafts"][0]["planned"] is None


def test_starting_from_an_idea_prefills_the_draft(tmp_path):
    from kit.ui.idea_bank_view import IdeaBankView

    bank = IdeaBankView(open_module("06", path=tmp_path / "p.json", lang="fr", show=False))
    bank.text.value = "Le levain du matin"
    bank.add.click()
    studio = DraftingView(open_module("07", path=tmp_path / "p.json", lang="fr", show=False))
    studio.from_idea.value = studio.page.progress.ideas[0].id
    studio.use_idea.click()
    draft = _saved(studio.page)["drafts"][0]
    assert draft["text"] == "Le levain du matin" and draft["idea"] == studio.page.progress.ideas[0].id


def test_starters_follow_the_strongest_barriers(tmp_path):
    from kit.progress.model import Assessment

    page = open_module("07", path=tmp_path / "p.json", lang="fr", show=False)
    page.progress.diagnostic.assessments = [Assessment(started=NOW, scores={"image": 90, "temps": 10, "contenu": 60})]
    page.save()
    studio = DraftingView(page)
    starters = exercise("writing_starters", "amorces")
    image = next(b for b in starters.barriers if b.barrier == "image")
    temps = next(b for b in starters.barriers if b.barrier == "temps")
    shown = studio.starters.value.replace("&#x27;", "'")
    assert image.starters[0].fr[:25] in shown and temps.starters[0].fr[:25] not in shown


def test_peer_review_is_kept_with_the_draft(studio):
    studio.text.value = "Un brouillon à relire"
    review = ReviewView(studio)
    criterion = next(iter(review.scores))
    review.save.click()
    assert "au moins une note" in review.message.value
    review.reviewer.value = "Karim"
    review.scores[criterion].value = 3
    review.comment.value = "Ajoute une question à la fin"
    review.save.click()
    saved = _saved(studio.page)["drafts"][0]["reviews"]
    assert saved[0]["reviewer"] == "Karim" and saved[0]["scores"] == {criterion: 3}
    assert saved[0]["rubric"] == review.rubric.id  # the criteria ids make sense only with their rubric
    assert "<td>3 / 4</td>" in review.summary.value and "Ajoute une question" in review.summary.value


def test_export_panel_offers_files_and_lists_what_it_left_out(studio):
    studio.text.value = "Sans date et sans plan"
    studio.platforms["facebook"].value = True
    export = DraftsExportView(studio.page)
    export.prepare.click()
    assert "brouillons-P-" in export.links.value and '.md"' in export.links.value
    assert "pas de date" in export.skipped.value and "hootsuite" not in export.links.value
