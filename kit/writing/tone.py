"""Advice on the tone of a post, the same on every platform: shouting, no call to action, long sentences.

>>> [w.code for w in tone_warnings("PROMO SUR TOUT LE MAGASIN", "fr")]
['shouting', 'no_call_to_action']
"""

from __future__ import annotations

import re

from kit.core.languages import t
from kit.writing.warnings import Warning

LONG_SENTENCE_WORDS = 35  # more words than this in one sentence: advise to split it
SHOUTING_RUN = 3  # this many words in capitals in a row…
SHOUTING_TOTAL = 5  # …or this many in the whole post reads as shouting
_SENTENCE_END = re.compile("[.!?…][»”\"')\\]]*$")


def call_to_action_pattern() -> re.Pattern:
    """The words of ``calls_to_action`` in ``exercises/platforms.yaml`` (both languages), as whole words in any case.

    (``re`` keeps compiled patterns, so building it for every check costs microseconds.)

    >>> bool(call_to_action_pattern().search("Passez nous voir samedi"))
    True
    """
    from kit.content.library import load

    words = load("platforms").calls_to_action
    return re.compile("(?<!\\w)(?:" + "|".join(map(re.escape, words.fr + words.en)) + ")(?!\\w)", re.IGNORECASE)


def tone_warnings(text: str, lang: str) -> list[Warning]:
    """Advice on tone: shouting, no call to action, long sentences (one pass over the words)."""
    warnings = []
    capitals, run, longest_run = [], 0, 0
    long_sentences = []  # (words, first words) of each sentence over LONG_SENTENCE_WORDS
    for line in text.split("\n"):
        count, first = 0, []
        for token in line.split():
            if token[0] in "#＃@＠":
                continue
            if len(first) < 6:
                first.append(token)
            if token[0].isalnum() or token[-1].isalnum() or any(map(str.isalnum, token)):
                count += 1
                if token.isupper() and sum(map(str.isalpha, token)) > 1:
                    capitals.append(token.strip(".,;:!?…«»“”\"'()"))
                    run += 1
                    longest_run = max(longest_run, run)
                elif token.lower() != token.upper():
                    run = 0
            if token[-1] in ".!?…»”\"')]" and _SENTENCE_END.search(token):
                if count > LONG_SENTENCE_WORDS:
                    long_sentences.append((count, " ".join(first)))
                count, first = 0, []
        if count > LONG_SENTENCE_WORDS:
            long_sentences.append((count, " ".join(first)))
    if longest_run >= SHOUTING_RUN or len(capitals) >= SHOUTING_TOTAL:
        shown = ", ".join(list(dict.fromkeys(capitals))[:4])
        warnings.append(Warning("shouting", "advice", t("post.shouting", lang, count=len(capitals), words=shown)))
    if "?" not in text and "？" not in text and not call_to_action_pattern().search(text):
        warnings.append(Warning("no_call_to_action", "advice", t("post.no_call_to_action", lang)))
    if long_sentences:
        words, start = max(long_sentences)
        message = t("post.long_sentence", lang, count=len(long_sentences), max=LONG_SENTENCE_WORDS, words=words, start=start)
        warnings.append(Warning("long_sentence", "advice", message))
    return warnings
