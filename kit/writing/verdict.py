"""What a post check says first, for one platform: its worst problem, in a symbol and words.

The counter of the writing workshop and ``python -m kit check-post`` show this
headline: a post the platform would refuse is never "within the limit", whatever
its length (too many hashtags, a character X refuses, an empty text).

>>> from kit.writing.post_check import check_post
>>> v = verdict(check_post("Bonjour #a #b #c #d #e #f #g", "instagram"), "fr")
>>> v.state, v.symbol, v.words
('blocked', '✖', 'bloqué : 7 hashtags, 5 au plus')
>>> verdict(check_post("Bonjour à tous, passez nous voir !", "linkedin"), "en").state
'ok'
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.core.formatting import percent
from kit.core.languages import t

NEAR_SHARE = 0.8  # from 80 % of the limit, the counter warns
SYMBOLS = {"ok": "✔", "near": "⚠", "blocked": "✖"}
# Platform problems that lower the headline when they are only advice (tone advice never does).
_PLATFORM_ADVICE = ("over_limit", "too_many_hashtags", "link_not_clickable", "direction_mark")


@dataclass(frozen=True)
class Verdict:
    state: str  # "ok", "near" or "blocked"
    words: str

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.state]


def _hashtag_cap(platform_id: str) -> int | None:
    from kit.content.library import load

    cap = load("platforms").platform(platform_id).hashtags
    return cap.value if cap else None


def _words(code: str, check, lang: str) -> str:
    if code == "over_limit":
        return t("verdict.too_long", lang, over=-check.remaining)
    if code == "too_many_hashtags":
        return t("verdict.hashtags", lang, count=len(check.hashtags), cap=_hashtag_cap(check.platform))
    if code == "empty":
        return t("verdict.empty", lang)
    if code == "invalid_character":
        return t("verdict.invalid_character", lang)
    if code == "link_not_clickable":
        return t("verdict.link", lang)
    return t("verdict.direction_mark", lang)


def verdict(check, lang: str) -> Verdict:
    """The headline of a :class:`kit.writing.post_check.PostCheck`: blocked, near (to look at) or ok."""
    hard = [w for w in check.warnings if w.level == "hard"]
    if hard:
        return Verdict("blocked", t("verdict.blocked", lang, reason=_words(hard[0].code, check, lang)))
    advice = [w for w in check.warnings if w.level == "advice" and w.code in _PLATFORM_ADVICE]
    if advice:
        return Verdict("near", t("verdict.careful", lang, reason=_words(advice[0].code, check, lang)))
    if check.length >= NEAR_SHARE * check.limit:
        return Verdict("near", t("verdict.near", lang, share=percent(check.length / check.limit, lang), left=check.remaining))
    return Verdict("ok", t("verdict.ok", lang, left=check.remaining))
