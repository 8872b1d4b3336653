"""Radio-button questions (kit.ui.radio_questions): what a click does, what a restore shows, the count."""

from kit.ui.radio_questions import Choice, Question, RadioQuestions


def _scale(count=False):
    choices = [Choice("Pas du tout", 1), Choice("Un peu", 2), Choice("Tout à fait", 3)]
    return RadioQuestions([Question("a", "1. Première", choices, heading="Groupe"), Question("b", "2. Seconde", choices)], "fr", count=count)


def test_each_question_is_sent_to_the_browser_with_its_choices_as_text():
    widget = _scale()
    assert [q["label"] for q in widget.questions] == ["1. Première", "2. Seconde"]
    assert widget.questions[0]["heading"] == "Groupe" and widget.questions[1]["heading"] == ""
    assert [o["label"] for o in widget.questions[0]["options"]] == ["Pas du tout", "Un peu", "Tout à fait"]
    assert all(isinstance(o["value"], str) for q in widget.questions for o in q["options"])


def test_a_click_in_the_browser_gives_back_the_choices_value():
    widget, heard = _scale(), []
    widget.on_answer(lambda question, value: heard.append((question, value)))
    widget.values = {"a": widget.questions[0]["options"][2]["value"]}  # what the browser sends
    assert heard == [("a", 3)] and widget.answer("a") == 3 and widget.answer("b") is None


def test_changing_one_answer_tells_only_that_question():
    widget, heard = _scale(), []
    widget.choose("a", 1)
    widget.on_answer(lambda question, value: heard.append((question, value)))
    widget.choose("b", 2)
    widget.choose("a", None)
    assert heard == [("b", 2), ("a", None)] and widget.answers() == {"b": 2}


def test_saved_answers_are_shown_without_being_saved_again():
    widget, heard = _scale(count=True), []
    widget.on_answer(lambda question, value: heard.append(question))
    widget.show_answers({"a": 2, "b": 9, "z": 1})  # 9 is on no scale, z is no question: left out
    assert heard == [] and widget.answers() == {"a": 2}
    assert widget.count_text == "Réponses données : 1 sur 2"


def test_a_value_the_kit_never_offered_is_no_answer():
    widget = _scale()
    widget.values = {"a": "42"}
    assert widget.answer("a") is None


def test_the_count_is_off_unless_asked_and_follows_the_language():
    assert _scale().count_text == ""
    english = RadioQuestions([Question("a", "A", [Choice("Yes", 1)])], "en", count=True)
    english.choose("a", 1)
    assert english.count_text == "Answered: 1 of 1"
