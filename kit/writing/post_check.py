"""Check a draft post against one platform: length, "voir plus" fold, hashtags, links, tone.

Pure logic (no widgets, no plotting), so the drafting workshop, the command
line and the tests share it. Every figure (limit, fold, hashtag cap) comes
from ``exercises/platforms.yaml``, with its source and date.

How length is counted: X weighs characters as twitter-text v3 does (see
:mod:`kit.writing.x_length`: a link 23, an emoji 2, Latin text 1); the other
platforms count characters, taken here as the code points of the
NFC-normalised text (``len`` in Python), so "é" counts once however it was
typed. Links, hashtags and mentions are found with X's rules on every
platform (a link needs no ``https://``).

>>> check = check_post("Nouvelle fournée à 16 h ! Qui en veut ? #boulangerie", "instagram")
>>> check.length, check.limit, check.over_limit, check.hashtags
(52, 2200, False, ['boulangerie'])
>>> [w.code for w in check_post("PROMO SUR TOUT LE MAGASIN", "linkedin").warnings]
['shouting', 'no_call_to_action']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field

from kit.core.languages import pick, t
from kit.writing.tone import tone_warnings
from kit.writing.warnings import Warning
from kit.writing.x_length import links as find_links
from kit.writing.x_length import normalise, weigh

# twitter-text's hashtag and mention rules (validHashtag, validMentionOrList).
_HASH = re.compile("[#＃]")
_HASHTAG_SPECIALS = frozenset("_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7")
_HASHTAG_END = re.compile("[#＃]|://")
_AT = re.compile("[@＠]")
_MENTION = re.compile("[@＠]([a-zA-Z0-9_]{1,20})")
_MENTION_BLOCKERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_!#$%&*@＠")
_RETWEET_BEFORE = re.compile("(?:^|[^a-zA-Z0-9_+~.-])[rR][tT]:?$")  # "RT@name" is a mention too
_MENTION_END = re.compile("[@＠\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]|://")
# Code points that glue onto the one before (accents, emoji joiners and modifiers): never fold before them.
_GLUE = re.compile("[\u0300-\u036f\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
_REGIONAL = re.compile("[\U0001f1e6-\U0001f1ff]")
# Characters twitter-text calls invalid (X refuses the post), and invisible marks of writing direction
# (X accepts them since twitter-text v2, but they can turn part of a post around on screen).
_INVALID_ON_X = re.compile("[\ufffe\ufeff\uffff]")
_DIRECTION_MARKS = re.compile("[\u202a-\u202e\u2066-\u2069]")


class UnknownPlatformError(ValueError):
    """No platform has this id in ``exercises/platforms.yaml``; the message lists the known ones."""


@dataclass(frozen=True)
class PostCheck:
    """What :func:`check_post` found about one post on one platform."""

    platform: str
    length: int  # as the platform counts it (weighted on X)
    limit: int
    remaining: int  # negative when over the limit
    over_limit: bool
    fold_at: int | None  # index in ``text`` where "voir plus" cuts, None when everything shows
    preview: str  # what shows before the fold
    hashtags: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    text: str = ""  # the text as checked: NFC, line endings as "\n"

    @property
    def ok(self) -> bool:
        """True when no warning is ``hard``: the platform will accept the post."""
        return not any(w.level == "hard" for w in self.warnings)

    def to_dict(self) -> dict:
        """Plain data (for JSON), without the text itself."""
        data = asdict(self)
        del data["text"]
        data["ok"] = self.ok
        return data


def check_post(text: str, platform, lang: str = "fr") -> PostCheck:
    """Check ``text`` for ``platform`` (an id of ``exercises/platforms.yaml``, or a Platform).

    Args:
        text: the draft, as typed or pasted.
        platform: ``"x"``, ``"linkedin"``, ``"facebook"``, ``"instagram"``, ``"gbp"`` (or any id
            the trainer added), or a :class:`kit.content.platforms.Platform`.
        lang: language of the warnings' messages (``fr`` or ``en``).

    Raises:
        UnknownPlatformError: ``platform`` is not in the platforms file.
        kit.content.library.ContentError: the platforms file is broken.
    """
    platform = _platform(platform, lang)
    text = normalise(text)
    spans = find_links(text)
    length = weigh(text, spans) if platform.counting == "twitter_weighted" else len(text)
    hashtags = _hashtags(text, spans)
    fold_at = fold_index(text, platform.fold)
    warnings = _platform_warnings(platform, length, hashtags, spans, lang) + _invisible_characters(text, platform, lang)
    if not text.strip():
        warnings.insert(0, Warning("empty", "hard", t("post.empty", lang)))
    else:
        warnings += tone_warnings(_without(text, spans), lang)
    return PostCheck(
        platform=platform.id, length=length, limit=platform.limit.value, remaining=platform.limit.value - length,
        over_limit=length > platform.limit.value, fold_at=fold_at, preview=text if fold_at is None else text[:fold_at],
        hashtags=hashtags, mentions=_mentions(text, spans), links=[url for _, _, url in spans], warnings=warnings, text=text,
    )


def _platform_warnings(platform, length: int, hashtags: list[str], spans, lang: str) -> list[Warning]:
    """Over the limit, over the hashtag cap, links that cannot be clicked: each at the level its figure says."""
    name, limit, warnings = pick(platform.name, lang), platform.limit.value, []
    if length > limit:
        hard = platform.limit.hard
        message = t("post.over_limit" if hard else "post.over_limit_advice", lang, over=length - limit, platform=name, limit=limit)
        if platform.counting == "twitter_weighted":
            message += " " + t("post.weighted_note", lang)
        warnings.append(Warning("over_limit", _level(hard), message))
    cap = platform.hashtags
    if cap is not None and len(hashtags) > cap.value:
        message = t("post.too_many_hashtags", lang, count=len(hashtags), platform=name, cap=cap.value)
        warnings.append(Warning("too_many_hashtags", _level(cap.hard), message))
    if spans and not platform.links_clickable.value:
        message = t("post.link_not_clickable", lang, platform=name, link=spans[0][2])
        warnings.append(Warning("link_not_clickable", _level(platform.links_clickable.hard), message))
    return warnings


def _invisible_characters(text: str, platform, lang: str) -> list[Warning]:
    """Characters nobody sees: refused by X (twitter-text's invalid ones), or turning the text around anywhere."""
    warnings = []
    invalid = _INVALID_ON_X.search(text)
    if invalid and platform.counting == "twitter_weighted":
        message = t("post.invalid_character", lang, platform=pick(platform.name, lang), code=f"U+{ord(invalid.group()):04X}")
        warnings.append(Warning("invalid_character", "hard", message))
    mark = _DIRECTION_MARKS.search(text)
    if mark:
        warnings.append(Warning("direction_mark", "advice", t("post.direction_mark", lang, code=f"U+{ord(mark.group()):04X}")))
    return warnings


def fold_index(text: str, fold) -> int | None:
    """Where the feed cuts ``text`` with "voir plus": after ``fold.value`` characters or ``fold.lines`` lines.

    None when the whole text shows (or the platform does not fold). The cut
    never splits an accent from its letter or an emoji sequence.

    >>> from types import SimpleNamespace
    >>> fold_index("Ligne 1\\nLigne 2\\nLigne 3", SimpleNamespace(value=125, lines=2))
    15
    """
    if fold is None:
        return None
    cut = fold.value if len(text) > fold.value else None
    if fold.lines:
        newline = -1
        for _ in range(fold.lines):
            newline = text.find("\n", newline + 1)
            if newline == -1:
                break
        if newline != -1 and text[newline:].strip() and (cut is None or newline < cut):
            cut = newline
    return None if cut is None else _grapheme_start(text, cut)


def _grapheme_start(text: str, index: int) -> int:
    """Move ``index`` back so that it does not fall inside an accent or emoji sequence."""
    while 0 < index < len(text):
        if _GLUE.match(text, index) or text[index - 1] == "\u200d":
            index -= 1
        elif _REGIONAL.match(text, index) and _regional_run_before(text, index) % 2 == 1:
            index -= 1  # between the two letters of a flag
        else:
            break
    return index


def _regional_run_before(text: str, index: int) -> int:
    count = 0
    while index - count > 0 and _REGIONAL.match(text, index - count - 1):
        count += 1
    return count


def _platform(platform, lang: str):
    if not isinstance(platform, str):
        return platform
    from kit.content.library import load

    platforms = load("platforms")
    try:
        return platforms.platform(platform)
    except KeyError:
        raise UnknownPlatformError(t("post.unknown_platform", lang, value=platform, choices=", ".join(platforms.ids()))) from None


def _level(hard: bool) -> str:
    return "hard" if hard else "advice"


def _hashtags(text: str, spans) -> list[str]:
    """Hashtags outside links: ``#`` not glued to a word, then letters, marks, digits or ``_`` (one letter at least)."""
    found = []
    for match in _HASH.finditer(text):
        start = end = match.end()
        before = text[match.start() - 1] if match.start() else " "
        if before not in "\ufe0e\ufe0f" and (_in_hashtag(before) or before == "&"):
            continue
        if text[start : start + 1] in ("\ufe0f", "\u20e3"):
            continue
        while end < len(text) and _in_hashtag(text[end]):
            end += 1
        tag = text[start:end]
        if not any(unicodedata.category(c)[0] in "LM" for c in tag) or _HASHTAG_END.match(text, end):
            continue
        if not _inside(match.start(), spans):
            found.append(tag)
    return found


def _in_hashtag(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LM" or category == "Nd" or char in _HASHTAG_SPECIALS


def _mentions(text: str, spans) -> list[str]:
    """``@names`` outside links (X's rule: up to 20 letters, digits or ``_``; e-mail addresses are not mentions)."""
    found = []
    for at in _AT.finditer(text):
        position = at.start()
        if position and text[position - 1] in _MENTION_BLOCKERS and not _RETWEET_BEFORE.search(text, max(position - 4, 0), position):
            continue
        match = _MENTION.match(text, position)
        if match and not _MENTION_END.match(text, match.end()) and not _inside(position, spans):
            found.append(match.group(1))
    return found


def _inside(index: int, spans) -> bool:
    return any(start <= index < end for start, end, _ in spans)


def _without(text: str, spans) -> str:
    """``text`` with each link replaced by a neutral word, for the tone checks."""
    for start, end, _ in reversed(spans):
        text = text[:start] + "lien" + text[end:]
    return text
