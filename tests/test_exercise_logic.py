"""Rules of the exercises: quiz verdicts, opinions never judged, chooser, sorting, self-check priorities."""

from datetime import datetime, timezone

import pytest

from kit.content.exercises import ChooserFile, QuizFile, SelfCheckFile, SortingFile
from kit.content.validate import validate_paths
from kit.exercises.rules import (
    NOT_YET,
    OPINION,
    PARTLY,
    RIGHT,
    cards_for,
    chooser_totals,
    compare_sorting,
    priorities,
    quiz_tally,
    recommend,
    verdict,
)
from kit.progress.model import QuizAnswer


def _t(word):
    return {"fr": word, "en": word}


def _option(option_id, correct=None, argument=None):
    option = {"id": option_id, "text": _t(option_id)}
    if correct is not None:
        option["correct"] = correct
    if argument:
        option["argument"] = _t(argument)
    return option


QUIZ = QuizFile.model_validate({
    "kind": "quiz", "id": "q", "module": "02", "title": _t("Quiz"),
    "questions": [
        {"id": "one", "type": "single", "topic": "page", "question": _t("?"), "explanation": _t("e"),
         "options": [_option("a", True), _option("b", False), _option("c", False)]},
        {"id": "many", "type": "multiple", "topic": "fil", "question": _t("?"), "explanation": _t("e"),
         "options": [_option("a", True), _option("b", True), _option("c", False)]},
        {"id": "tf", "type": "true_false", "topic": "hashtags", "question": _t("?"), "explanation": _t("e"), "answer": False},
        {"id": "view", "type": "opinion", "topic": "commentaires", "question": _t("?"), "explanation": _t("e"),
         "options": [_option("yes", argument="pour"), _option("no", argument="contre")]},
    ],
})


def _question(question_id):
    return next(q for q in QUIZ.questions if q.id == question_id)


@pytest.mark.parametrize("question_id,choices,expected", [
    ("one", ["a"], RIGHT), ("one", ["b"], NOT_YET),
    ("many", ["a", "b"], RIGHT), ("many", ["a"], PARTLY), ("many", ["a", "c"], NOT_YET), ("many", ["c"], NOT_YET),
    ("tf", ["false"], RIGHT), ("tf", ["true"], NOT_YET),
])
def test_quiz_verdicts(question_id, choices, expected):
    assert verdict(_question(question_id), choices) == expected


@pytest.mark.parametrize("choices", [["yes"], ["no"]])
def test_opinion_questions_are_never_marked_right_or_wrong(choices):
    assert verdict(_question("view"), choices) == OPINION


def test_quiz_tally_leaves_opinions_out_of_the_count():
    now = datetime.now(timezone.utc)
    answers = {q: QuizAnswer(choices=c, answered=now) for q, c in {"one": ["a"], "tf": ["true"], "view": ["no"]}.items()}
    assert quiz_tally(QUIZ, answers) == {"right": 1, "answered": 2, "gradable": 3, "opinions": 1}


@pytest.mark.parametrize("question,problem", [
    ({"type": "single", "options": [_option("a", True), _option("b", True)]}, "exactement une option"),
    ({"type": "multiple", "options": [_option("a", False), _option("b", False)]}, "au moins une option"),
    ({"type": "true_false", "options": [_option("a", True), _option("b", False)], "answer": True}, "vrai/faux"),
    ({"type": "opinion", "options": [_option("a", True, "x"), _option("b", argument="y")]}, "pas de bonne réponse"),
    ({"type": "opinion", "options": [_option("a", argument="x"), _option("b")]}, "pas de bonne réponse"),
])
def test_quiz_questions_must_follow_the_rules_of_their_type(tmp_path, question, problem):
    import yaml

    body = {"id": "x", "topic": "page", "question": _t("?"), "explanation": _t("e"), **question}
    path = tmp_path / "quiz.yaml"
    path.write_text(yaml.safe_dump({"kind": "quiz", "id": "qz", "module": "02", "title": _t("Q"), "questions": [body]}, allow_unicode=True), encoding="utf-8")
    rendered = [p.render() for p in validate_paths([path]).problems]
    assert len(rendered) == 1 and problem in rendered[0], rendered


CHOOSER = ChooserFile.model_validate({
    "kind": "chooser", "id": "c", "module": "03", "title": _t("C"),
    "outcomes": [
        {"id": o, "name": _t(o), "description": _t("d"), "pros": [_t("p")], "cons": [_t("c")]} for o in ("separe", "passerelle", "visage")
    ],
    "questions": [
        {"id": "q1", "question": _t("?"), "options": [
            {"id": "a", "text": _t("a"), "points": {"separe": 2}},
            {"id": "b", "text": _t("b"), "points": {"visage": 2}},
        ]},
        {"id": "q2", "question": _t("?"), "options": [
            {"id": "a", "text": _t("a"), "points": {"passerelle": 2, "separe": 1}},
            {"id": "b", "text": _t("b"), "points": {"visage": 1}},
        ]},
    ],
})


def test_chooser_recommends_only_once_every_question_is_answered():
    assert recommend(CHOOSER, {"q1": "a"}) is None
    assert recommend(CHOOSER, {"q1": "a", "q2": "a"}) == "separe"
    assert chooser_totals(CHOOSER, {"q1": "a", "q2": "a"}) == {"separe": 3, "passerelle": 2, "visage": 0}


def test_chooser_ties_go_to_the_first_outcome_of_the_file():
    assert chooser_totals(CHOOSER, {"q1": "b", "q2": "a"}) == {"separe": 1, "passerelle": 2, "visage": 2}
    assert recommend(CHOOSER, {"q1": "b", "q2": "a"}) == "passerelle"


def test_chooser_points_must_name_an_outcome(tmp_path):
    import yaml

    data = CHOOSER.model_dump(exclude_none=True)
    data["questions"][0]["options"][0]["points"] = {"influenceur": 2}
    path = tmp_path / "chooser.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    rendered = [p.render() for p in validate_paths([path]).problems]
    assert any("posture « influenceur » introuvable" in line for line in rendered), rendered


SORTING = SortingFile.model_validate({
    "kind": "sorting", "id": "s", "module": "05", "title": _t("S"),
    "piles": [{"id": p, "name": _t(p), "description": _t("d")} for p in ("partager", "avec_precaution", "jardin_secret")],
    "cards": [
        {"id": "cafe", "text": _t("café"), "suggested": "partager", "reason": _t("r")},
        {"id": "marge", "text": _t("marge"), "suggested": "jardin_secret", "reason": _t("r")},
        {"id": "fournee", "text": _t("fournée"), "suggested": "partager", "reason": _t("r"), "sectors": ["boulangerie"]},
    ],
})


def test_deck_is_general_cards_plus_the_participants_sector():
    assert [c.id for c in cards_for(SORTING, None)] == ["cafe", "marge"]
    assert [c.id for c in cards_for(SORTING, "boulangerie")] == ["cafe", "marge", "fournee"]
    assert [c.id for c in cards_for(SORTING, "services_b2b")] == ["cafe", "marge"]


def _baker(placed=None, **situation):
    from kit.progress.model import new_progress

    progress = new_progress()
    progress.profile.sector = "boulangerie"
    progress.profile.situation.update(situation)
    progress.sortings = {"s": placed or {}}
    return progress


def test_sorting_comparison_marks_same_and_different_choices():
    compared = compare_sorting(SORTING, _baker({"cafe": "partager", "marge": "avec_precaution"}))
    assert [(c.card.id, c.yours, c.same) for c in compared] == [
        ("cafe", "partager", True), ("marge", "avec_precaution", False), ("fournee", None, False),
    ]


CHECK = SelfCheckFile.model_validate({
    "kind": "self_check", "id": "f", "module": "05", "title": _t("F"), "threshold": 4,
    "scale": [_t(str(n)) for n in range(1, 6)],
    "groups": [
        {"id": "tabous", "name": _t("T"), "items": [
            {"id": "echec", "statement": _t("e"), "work_on": _t("w")}, {"id": "argent", "statement": _t("a"), "work_on": _t("w")},
        ]},
        {"id": "blocages", "name": _t("B"), "items": [{"id": "lenteur", "statement": _t("l"), "work_on": _t("w")}]},
    ],
})


def test_priorities_take_ratings_at_or_above_the_threshold_strongest_first():
    found = priorities(CHECK, {"echec": 4, "argent": 3, "lenteur": 5})
    assert [(item.id, rating) for item, _group, rating in found] == [("lenteur", 5), ("echec", 4)]


def test_priority_ties_keep_the_order_of_the_file():
    found = priorities(CHECK, {"echec": 4, "argent": 4, "lenteur": 4})
    assert [item.id for item, _group, _rating in found] == ["echec", "argent", "lenteur"]
