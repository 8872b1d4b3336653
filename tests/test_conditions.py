"""Advice never contradicts the participant's own answers (``shown_if`` in exercises/, kit.progress.answers).

For every combination of the welcome page's situation answers, the advice, checklist items,
statements and cards the kit would show are collected the way the views collect them, and
none may presume a situation the participant said is not theirs.
"""

from __future__ import annotations

import itertools

import pytest
import yaml

from kit.content.library import exercise, load, load_all
from kit.content.validate import validate_paths
from kit.exercises.rules import asked_items, participant_cards
from kit.progress.answers import band_words, fitting
from kit.progress.model import new_progress
from kit.ui.checklist_view import ChecklistView
from kit.ui.page import open_module
from kit.ui.self_check_view import SelfCheckView
from kit.ui.sorting_view import SortingView

# What a participant who gave this answer must never read (words that presume the opposite).
CONTRADICTIONS = {
    ("compte_perso", "aucun"): [
        "votre compte personnel", "mon profil personnel", "la liste de mes amis", "mes anciennes publications personnelles",
        "de l’intérieur, comme utilisateur", "Vous avez un pied dans les réseaux", "ma photo de profil",
    ],
    ("compte_perso", "actif"): ["Ouvrir un compte personnel discret", "ne font pas partie de votre vie", "Ouvrez un compte discret"],
    ("compte_perso", "inactif"): ["Ouvrir un compte personnel discret", "Ouvrez un compte discret"],
    ("page_entreprise", "pas_encore"): ["ouvrez votre page", "« À propos » et « Transparence »"],
    ("equipe", "seul"): [
        "Dans mon équipe", "entre les membres de l’équipe", "Chez nous, les nouvelles façons", "pris en équipe",
        "L’anniversaire d’une salariée", "suivie par l’équipe", "ce que l’équipe a changé", "Associez l’équipe",
    ],
}


def _participant(sector=None, **situation):
    progress = new_progress()
    progress.profile.sector = sector
    progress.profile.situation.update(situation)
    return progress


def shown_texts(progress) -> list[str]:
    """Every piece of advice the kit can show this participant, in French."""
    texts = []
    for checklist in load_all("checklist"):
        for item in fitting(checklist.items, progress):
            texts += [item.text.fr, item.hint.fr if item.hint else ""]
    for barrier in load("diagnostic").barriers:
        for band in barrier.bands:
            texts += [words.fr for words in band_words(band, progress)]
    for check in load_all("self_check"):
        texts += [t for item, _group in asked_items(check, progress) for t in (item.statement.fr, item.work_on.fr)]
    for sorting in load_all("sorting"):
        texts += [t for card in participant_cards(sorting, progress) for t in (card.text.fr, card.reason.fr)]
    return texts


SITUATIONS = [
    dict(zip(("compte_perso", "page_entreprise", "equipe"), answers))
    for answers in itertools.product(("actif", "inactif", "aucun"), ("oui", "pas_encore"), ("seul", "equipe"))
]


@pytest.mark.parametrize("situation", SITUATIONS, ids=lambda s: "-".join(s.values()))
@pytest.mark.parametrize("sector", [s.id for s in load("sectors").sectors])
def test_no_advice_presumes_a_situation_the_participant_said_is_not_theirs(sector, situation):
    texts = "\n".join(shown_texts(_participant(sector, **situation)))
    for (question, given), phrases in CONTRADICTIONS.items():
        if situation[question] == given:
            assert [p for p in phrases if p in texts] == [], f"shown to {question}={given}"


def test_the_contradiction_table_matches_real_content():
    """Each forbidden phrase is really in the content (else the table would prove nothing)."""
    everything = "\n".join(shown_texts(_participant("boulangerie", compte_perso="aucun", equipe="equipe"))
                           + shown_texts(_participant("hotel_restaurant", compte_perso="actif", page_entreprise="oui", equipe="equipe"))
                           + shown_texts(_participant("coiffure_beaute", equipe="equipe")))
    missing = [p for phrases in CONTRADICTIONS.values() for p in phrases if p not in everything]
    assert missing == []


def test_while_unanswered_the_general_advice_is_shown():
    progress = _participant()
    strong = next(b for b in load("diagnostic").barriers if b.barrier == "pro_perso").bands[-1]
    assert band_words(strong, progress) == (strong.interpretation, strong.advice)
    ids = [i.id for i in fitting(exercise("checklist", "reglages_pro_perso").items, progress)]
    assert "liste_amis" in ids and "compte_discret" not in ids  # compte_discret waits for an answer (when_unanswered: hidden)


def test_no_personal_account_in_the_views_of_module_03_and_01(tmp_path):
    from kit.ui.diagnostic_view import DiagnosticView

    page = open_module("03", path=tmp_path / "p.json", lang="fr", show=False)
    page.progress.profile.situation = {"compte_perso": "aucun"}
    page.save()
    view = ChecklistView(page, "reglages_pro_perso")
    hidden = {i for i, row in view.rows.items() if row.layout.display == "none"}
    assert {"liste_amis", "anciennes_publications", "photos_publiques", "publier_en_tant_que"} <= hidden
    assert "compte_discret" not in hidden and f"sur {len(view.rows) - len(hidden)}" in view.counter.value
    diagnostic = DiagnosticView(open_module("01", path=page.store.path, lang="fr", show=False))
    for statement in next(b for b in diagnostic.content.barriers if b.barrier == "pro_perso").statements:
        diagnostic.statements.choose(statement.id, 1 if statement.reverse else 5)
    assert "Frein fort" in diagnostic.bands.value and "compte personnel pour gérer une page" in diagnostic.bands.value
    assert "réglages de confidentialité de votre compte personnel" not in diagnostic.bands.value


def test_working_alone_leaves_team_statements_and_cards_out_of_the_views(tmp_path):
    page = open_module("05", path=tmp_path / "p.json", lang="fr", show=False)
    page.progress.profile.situation = {"equipe": "seul"}
    page.progress.profile.sector = "boulangerie"
    page.progress.self_checks = {"freins_internes": {"savoir_faire_cache": 5}}  # rated before saying so
    page.save()
    check = SelfCheckView(page, "freins_internes")
    assert "savoir_faire_cache" not in check.statements.ids and "echec" in check.statements.ids
    assert "Dans mon équipe" not in check.result.value
    assert "rituel_cafe" not in SortingView(page, "tri_infos").lists
    page.progress.profile.situation = {"equipe": "equipe"}
    assert "rituel_cafe" in SortingView(page, "tri_infos").lists


def _validate(tmp_path, shown_if):
    from kit.core.paths import exercises_dir

    data = yaml.safe_load((exercises_dir() / "premiers_pas.yaml").read_text(encoding="utf-8"))
    data["items"][0]["shown_if"] = shown_if
    path = tmp_path / "liste.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return [p.render() for p in validate_paths([path]).problems]


def test_the_validator_refuses_a_question_nobody_asks(tmp_path):
    problems = _validate(tmp_path, [{"answer": "situation.compte_pro", "in": ["oui"]}])
    assert any("question (dans shown_if) « situation.compte_pro » introuvable" in p for p in problems), problems


def test_the_validator_refuses_an_answer_nobody_can_give(tmp_path):
    assert any("réponse (dans shown_if) « 7 » introuvable (connus : 1, 2, 3, 4, 5)" in p
               for p in _validate(tmp_path, [{"answer": "diagnostic.up_3", "in": [4, 7]}]))
    assert any("« peut_etre » introuvable (connus : oui, pas_encore)" in p
               for p in _validate(tmp_path, [{"answer": "situation.page_entreprise", "in": ["peut_etre"]}]))
    assert _validate(tmp_path, [{"answer": "posture.chosen", "in": ["visage"]}, {"answer": "profile.sector", "in": ["boulangerie"]}]) == []


def test_the_situation_is_kept_and_checked_like_every_answer(tmp_path):
    from kit.progress.declared import undeclared

    progress = _participant(compte_perso="aucun")
    assert list(undeclared(progress, ["profile"])) == []
    progress.profile.situation["compte_perso"] = "peut_etre"
    assert list(undeclared(progress, ["profile"])) == ["profile.situation.compte_perso=peut_etre"]
