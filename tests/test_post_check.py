"""A draft post is checked against one platform: length as the platform counts it, fold, hashtags, links, tone."""

import random
import subprocess
import sys
from pathlib import Path

import pytest

from kit.content.library import load
from kit.content.validate import validate_paths
from kit.writing.post_check import UnknownPlatformError, check_post, fold_index
from kit.writing.tone import LONG_SENTENCE_WORDS
from kit.writing.x_length import links, normalise, weighted_length

ROOT = Path(__file__).resolve().parent.parent
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 👨‍👩‍👧‍👦: 7 code points
FLAG_FR = "\U0001f1eb\U0001f1f7"  # 🇫🇷: 2 regional indicators
THUMB_MEDIUM = "\U0001f44d\U0001f3fd"  # 👍🏽: thumb + skin tone
ENGAGING = " Qu’en pensez-vous ?"  # keeps the "no call to action" advice out of tests about other rules


def codes(check):
    return [w.code for w in check.warnings]


def platform(platform_id, **changes):
    """A shipped platform with some figures changed (``limit={"hard": False}``…)."""
    shipped = load("platforms").platform(platform_id)
    update = {name: getattr(shipped, name).model_copy(update=values) for name, values in changes.items()}
    return shipped.model_copy(update=update)


# --- the platforms file ---------------------------------------------------------------------------


def test_shipped_platforms_are_the_five_of_the_workshop():
    assert load("platforms").ids() == ["x", "linkedin", "facebook", "instagram", "gbp"]


@pytest.mark.parametrize(
    "platform_id,limit,fold,lines,counting",
    [
        ("x", 280, None, None, "twitter_weighted"),
        ("linkedin", 3000, 210, 3, "characters"),
        ("facebook", 63206, 480, None, "characters"),
        ("instagram", 2200, 125, 2, "characters"),
        ("gbp", 1500, None, None, "characters"),
    ],
)
def test_shipped_figures_are_those_compiled_in_november_2026(platform_id, limit, fold, lines, counting):
    shipped = load("platforms").platform(platform_id)
    assert (shipped.limit.value, shipped.limit.hard, shipped.counting) == (limit, True, counting)
    assert (shipped.fold.value if shipped.fold else None) == fold
    assert (shipped.fold.lines if shipped.fold else None) == lines
    assert shipped.limit.date == "2026-11" and shipped.limit.source


def test_instagram_caps_hashtags_at_5_and_its_source_says_it_was_30_before():
    instagram = load("platforms").platform("instagram")
    assert (instagram.hashtags.value, instagram.hashtags.hard) == (5, True)
    assert "décembre 2025" in instagram.hashtags.source and "30" in instagram.hashtags.source
    assert instagram.links_clickable.value is False


def test_a_limit_of_zero_is_refused_by_the_validator(tmp_path):
    broken = tmp_path / "platforms.yaml"
    broken.write_text((ROOT / "exercises/platforms.yaml").read_text(encoding="utf-8").replace("value: 1500", "value: 0"), encoding="utf-8")
    rendered = [p.render() for p in validate_paths([broken]).problems]
    assert len(rendered) == 1 and "limit.value: valeur trop petite : 0 (minimum 1)" in rendered[0]


def test_a_counting_rule_the_kit_does_not_know_is_refused(tmp_path):
    broken = tmp_path / "platforms.yaml"
    text = (ROOT / "exercises/platforms.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("counting: characters", "counting: words", 1), encoding="utf-8")
    rendered = [p.render() for p in validate_paths([broken]).problems]
    assert len(rendered) == 1 and "platforms[1].counting: valeur « words » invalide" in rendered[0]


# --- X's weighted count, computed by hand from the twitter-text v3 rules ------------------------------
# config/v3.json: code points 0–4351, U+2000–200D, U+2010–201F, U+2032–2037 weigh 1, all others 2;
# any link weighs 23; any emoji (even a sequence of code points) weighs 2; the text is NFC first.

X_COUNTS = [
    ("Hello world", 11),  # plain ASCII: 1 each
    ("Crème brûlée à 5 € ?", 21),  # accents weigh 1; € (U+20AC) is outside the light ranges: 2
    ("Cre\u0300me", 5),  # è typed as e + combining grave: NFC makes it one code point
    ("l’été « chaud »", 15),  # ’ (U+2019) and « » weigh 1
    ("Vraiment\u202f?", 11),  # the narrow no-break space of French typography (U+202F) weighs 2
    ("日本語", 6),  # CJK: 2 each
    ("👍", 2),
    (THUMB_MEDIUM, 2),  # emoji + skin tone: one emoji
    (FAMILY, 2),  # ZWJ family of 7 code points: one emoji
    (FLAG_FR, 2),  # flag = 2 regional indicators: one emoji
    ("1\ufe0f\u20e3", 2),  # keycap 1️⃣
    ("Merci " + FAMILY + FLAG_FR + THUMB_MEDIUM, 12),  # 6 + 2 + 2 + 2
    ("Voir https://www.boulangerie-dupont.fr/horaires-ete?jour=samedi", 28),  # 5 + link 23
    ("Voir boulangerie-dupont.fr/horaires", 28),  # link without scheme: 23 too
    ("a.co", 23),  # a short link still counts 23
    ("contact@dupont.fr", 17),  # an e-mail address is not a link
    ("photo.jpg", 9),  # not a known domain ending: plain text
]


@pytest.mark.parametrize("text,expected", X_COUNTS)
def test_x_weighted_length_follows_twitter_text_v3(text, expected):
    assert weighted_length(text) == expected
    assert check_post(text, "x").length == expected


@pytest.mark.parametrize("text,expected", X_COUNTS)
def test_the_reference_library_agrees_with_the_hand_counts(text, expected):
    from kit.writing.x_length import _twitter_text

    _twitter_text()  # makes the library importable without setuptools' pkg_resources
    from twitter_text import parse_tweet

    assert parse_tweet(text).weightedLength == expected


def test_fast_count_equals_twitter_text_parse_tweet_on_many_mixed_texts():
    from kit.writing.x_length import _twitter_text

    _twitter_text()
    from twitter_text import parse_tweet

    pieces = [
        "https://example.com/a?b=c", "http://t.co/abc123", "boulangerie-dupont.fr", "www.exemple.fr/x", "a.b",
        "photo.jpg", "contact@dupont.fr", "xn--bcher-kva.com", "日本語.jp", "http://例え.テスト", ".com", "3.5",
        "é", "à", "œ", "É", "…", "’", "«", "»", "€", " ", "\u202f", "\n", "\r\n", ".", ",", "!", "?", "#", "@",
        "#promo", "@Mairie", FAMILY, FLAG_FR, THUMB_MEDIUM, "❤️", "1️⃣", "#️⃣", "©", "™", "😀", "🏳️‍🌈", "🥖",
        "Ж", "한", "e\u0301", "\u200d", "\ufe0f", "\U0001f3fd", "x", "abc", "123", "-", "/", ":", "(", ")",
    ]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert weighted_length(text) == parse_tweet(text).weightedLength, repr(text)


def test_links_are_found_with_and_without_scheme_and_emails_are_not_links():
    text = normalise("Site : https://dupont.fr/a et boulangerie-dupont.fr/horaires, écrivez à contact@dupont.fr")
    assert [url for _, _, url in links(text)] == ["https://dupont.fr/a", "boulangerie-dupont.fr/horaires"]


def test_links_on_consecutive_lines_are_each_found_once():
    text = normalise("Site : dupont.fr\nboutique-dupont.fr/horaires\u00a0www.dupont.fr")
    assert [url for _, _, url in links(text)] == ["dupont.fr", "boutique-dupont.fr/horaires", "www.dupont.fr"]


def test_twitter_text_loads_without_setuptools_pkg_resources():
    # setuptools 82 and later no longer ship pkg_resources, which twitter_text imports.
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'pkg_resources': raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from kit.writing.x_length import weighted_length\n"
        f"print(weighted_length('Merci {FAMILY}'), 'pkg_resources' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.split() == ["8", "False"], result.stderr


# --- limits per platform -------------------------------------------------------------------------------


def test_x_accepts_280_weighted_characters_and_refuses_281():
    assert check_post("a" * 280, "x").over_limit is False
    over = check_post("a" * 281, "x")
    assert over.over_limit and over.remaining == -1
    assert [(w.code, w.level) for w in over.warnings if w.code == "over_limit"] == [("over_limit", "hard")]
    assert not over.ok


def test_on_x_a_long_link_costs_23_so_a_post_with_it_fits():
    text = "a" * 250 + " https://www.boulangerie-dupont.fr/une/tres/longue/adresse/de/page"
    assert check_post(text, "x").length == 250 + 1 + 23


def test_on_x_emoji_count_double_so_140_emoji_fill_the_post():
    assert check_post("🥖" * 140, "x").over_limit is False
    assert check_post("🥖" * 141, "x").over_limit is True


@pytest.mark.parametrize("platform_id,limit", [("linkedin", 3000), ("facebook", 63206), ("instagram", 2200), ("gbp", 1500)])
def test_other_platforms_count_characters_up_to_their_limit(platform_id, limit):
    assert check_post("é" * limit, platform_id).length == limit
    assert "over_limit" not in codes(check_post("é" * limit, platform_id))
    assert "over_limit" in codes(check_post("é" * (limit + 1), platform_id))


def test_other_platforms_count_emoji_and_links_as_characters():
    text = "Merci " + FAMILY + " https://dupont.fr"
    assert check_post(text, "linkedin").length == len("Merci ") + 7 + 1 + len("https://dupont.fr")


def test_an_accent_typed_as_two_code_points_counts_once():
    assert check_post("Cafe\u0301", "linkedin").length == 4


def test_over_an_advice_limit_is_advice_not_blocking():
    check = check_post("a" * 1501, platform("gbp", limit={"hard": False}))
    assert [(w.code, w.level) for w in check.warnings if w.code == "over_limit"] == [("over_limit", "advice")]
    assert check.ok


def test_over_limit_on_x_explains_how_x_counts():
    message = next(w.message for w in check_post("🥖" * 141, "x").warnings if w.code == "over_limit")
    assert message.startswith("Trop long de 2 caractères : X (ex-Twitter) n’accepte pas plus de 280 caractères")
    assert "un lien compte 23 caractères et un emoji 2" in message


def test_an_empty_post_cannot_be_published():
    check = check_post("  \n ", "linkedin")
    assert codes(check) == ["empty"] and not check.ok


def test_an_unknown_platform_names_the_known_ones():
    with pytest.raises(UnknownPlatformError, match="« tiktok » inconnue .*x, linkedin, facebook, instagram, gbp"):
        check_post("Bonjour", "tiktok")


# --- hashtags, mentions, links -------------------------------------------------------------------------


def test_instagram_refuses_a_sixth_hashtag():
    five = "Fournée du jour ?" + " #pain #levain #bio #lyon #artisan"
    assert "too_many_hashtags" not in codes(check_post(five, "instagram"))
    check = check_post(five + " #boulangerie", "instagram")
    warning = next(w for w in check.warnings if w.code == "too_many_hashtags")
    assert warning.level == "hard" and "6 hashtags : Instagram en accepte 5 au plus" in warning.message
    assert not check.ok


def test_platforms_without_a_hashtag_cap_accept_many():
    text = "Qui vient ?" + "".join(f" #tag{i}a" for i in range(12))
    assert "too_many_hashtags" not in codes(check_post(text, "linkedin"))


def test_hashtags_mentions_and_links_are_listed():
    text = "Merci @MairieDeLyon ! #Boulangerie #pâtisserie #2024 Photos : boulangerie-dupont.fr/#promo, contact@dupont.fr"
    check = check_post(text, "facebook")
    assert check.hashtags == ["Boulangerie", "pâtisserie"]  # "#2024" has no letter; "#promo" is part of the link
    assert check.mentions == ["MairieDeLyon"]  # an e-mail address is not a mention
    assert check.links == ["boulangerie-dupont.fr/#promo"]


def test_links_are_not_clickable_on_instagram_but_are_on_linkedin():
    text = "Nos horaires sur boulangerie-dupont.fr/horaires." + ENGAGING
    warning = next(w for w in check_post(text, "instagram").warnings if w.code == "link_not_clickable")
    assert warning.level == "advice" and "boulangerie-dupont.fr/horaires" in warning.message
    assert "link_not_clickable" not in codes(check_post(text, "linkedin"))


# --- the "voir plus" fold ------------------------------------------------------------------------------


def test_linkedin_folds_a_long_paragraph_after_210_characters():
    text = "mot " * 100
    check = check_post(text, "linkedin")
    assert check.fold_at == 210 and check.preview == text[:210]


def test_linkedin_folds_after_three_short_lines():
    text = "Ligne un\nLigne deux\nLigne trois\nLigne quatre"
    check = check_post(text, "linkedin")
    assert check.preview == "Ligne un\nLigne deux\nLigne trois"
    assert check.fold_at == len("Ligne un\nLigne deux\nLigne trois")


def test_instagram_folds_after_two_lines():
    assert check_post("Un\nDeux\nTrois", "instagram").preview == "Un\nDeux"


def test_a_post_that_fits_before_the_fold_shows_whole():
    check = check_post("Court et clair.\nDeux lignes." + ENGAGING, "instagram")
    assert check.fold_at is None and check.preview == check.text


def test_a_trailing_line_break_does_not_count_as_a_hidden_line():
    assert check_post("Un\nDeux\n", "instagram").fold_at is None


def test_facebook_folds_after_about_480_characters_and_x_never_folds():
    assert check_post("a" * 600, "facebook").fold_at == 480
    assert check_post("a" * 270, "x").fold_at is None


@pytest.mark.parametrize("sequence", [FAMILY, FLAG_FR, THUMB_MEDIUM, "e\u0301"])
def test_the_fold_never_cuts_an_emoji_or_an_accent_in_two(sequence):
    from types import SimpleNamespace

    text = "a" * 124 + sequence + "b" * 50  # Instagram folds at 125: inside the sequence
    assert fold_index(text, SimpleNamespace(value=125, lines=None)) == 124


def test_the_fold_falls_between_two_flags():
    from types import SimpleNamespace

    text = "a" * 123 + FLAG_FR + FLAG_FR + "b" * 10  # flags at 123–124 and 125–126
    assert fold_index(text, SimpleNamespace(value=125, lines=None)) == 125


# --- tone advice ------------------------------------------------------------------------------------------


def test_three_words_in_capitals_read_as_shouting():
    warning = next(w for w in check_post("PROMO SUR TOUT le magasin !" + ENGAGING, "facebook").warnings if w.code == "shouting")
    assert warning.level == "advice" and "PROMO, SUR, TOUT" in warning.message


def test_a_few_acronyms_are_not_shouting():
    text = "Nous avons vu la CCI, la BPI et la CMA pour notre SARL." + ENGAGING  # 4 acronyms, never 3 in a row
    assert "shouting" not in codes(check_post(text, "linkedin"))


def test_five_words_in_capitals_across_the_post_read_as_shouting():
    text = "SOLDES chez nous, MERCI à tous, VENEZ vite, PROFITEZ bien, BRAVO !"
    assert "shouting" in codes(check_post(text, "linkedin"))


def test_a_post_without_question_or_call_to_action_gets_advice():
    check = check_post("Voici comment nous travaillons le levain.", "linkedin")  # "comment" here means "how"
    assert [(w.code, w.level) for w in check.warnings] == [("no_call_to_action", "advice")]


@pytest.mark.parametrize("ending", ["Et vous, quel pain préférez-vous ?", "Passez nous voir samedi.", "Réservez votre galette.", "Book your table."])
def test_a_question_or_an_invitation_is_a_call_to_action(ending):
    assert "no_call_to_action" not in codes(check_post("Le four est chaud. " + ending, "linkedin"))


def test_a_sentence_of_more_than_35_words_gets_advice_to_split_it():
    words = ["mot"] * LONG_SENTENCE_WORDS
    fine = check_post(" ".join(words) + "." + ENGAGING, "linkedin")
    assert "long_sentence" not in codes(fine)
    long = check_post(" ".join(words + ["encore"]) + "." + ENGAGING, "linkedin")
    warning = next(w for w in long.warnings if w.code == "long_sentence")
    assert warning.level == "advice" and "36 mots" in warning.message


def test_line_breaks_end_sentences():
    line = " ".join(["mot"] * 20)
    assert "long_sentence" not in codes(check_post(f"{line}\n{line}" + ENGAGING, "linkedin"))


def test_messages_switch_to_english():
    check = check_post("PROMO SUR TOUT", "x", lang="en")
    assert [w.message.split(":")[0] for w in check.warnings] == ["3 words in capitals (PROMO, SUR, TOUT)", "No question and no call to action"]


# --- purity -----------------------------------------------------------------------------------------------


def test_post_check_imports_no_widgets_nor_plotting():
    code = "import sys, kit.writing.post_check; print(sorted(m for m in ('ipywidgets', 'matplotlib', 'pandas') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stderr


def test_to_dict_is_plain_data_for_json():
    data = check_post("Bonjour @Mairie ! #pain boulangerie-dupont.fr", "instagram").to_dict()
    assert set(data) >= {"platform", "length", "limit", "remaining", "over_limit", "fold_at", "preview", "hashtags", "mentions", "links", "warnings", "ok"}
    assert "text" not in data and data["warnings"][0].keys() == {"code", "level", "message"}


def test_the_faster_link_pattern_finds_exactly_what_twitter_texts_own_pattern_finds():
    """The kit searches twitter-text's list of domains through a trie (5× faster): same matches, same groups."""
    import random

    from kit.writing.x_length import _twitter_text

    tt = _twitter_text()
    original = tt.original_link_pattern
    installed = __import__("sys").modules["twitter_text.regexp.extract_url"].extract_url
    assert installed is not original
    rng = random.Random(2026)
    pieces = ["http://", "https://", "www.", "a", "b-c", "x_y", ".", "/", "?q=1", "#f", ":8080", "-", "é", "日本", "@", " ",
              "\n", "(", ")", ".com", ".fr", ".co", ".coop", ".paris", ".bzh", "t.co/abc", "💛", "'", ",", "!", "bit.ly/x", ".", "COM"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert [(m.span(), m.groups()) for m in installed.finditer(text)] == [(m.span(), m.groups()) for m in original.finditer(text)], text
