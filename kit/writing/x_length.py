"""The length of a post as X counts it (twitter-text v3), fast enough to run on every keystroke.

X does not count characters: it weighs them (``config/v3.json`` of the
public twitter-text project). Latin text and common punctuation weigh 1,
most other scripts 2; every link weighs 23 whatever its length (X shortens
it), with or without ``https://``; every emoji weighs 2, even a sequence of
several code points (family, skin tone, flag). The text is NFC-normalised
first, so an accent typed as two code points counts once.

The rules and the tables (emoji list, link patterns) are those of the PyPI
package ``twitter-text-parser`` (import name ``twitter_text``), which passes
the twitter-text v3 conformance tests. Its ``parse_tweet`` runs a large
emoji pattern at every position: about 30 ms for a 3,000-character post.
:func:`weighted_length` gives the same result in well under a millisecond:
it looks the same emoji list up in a set and runs the package's link
extraction only on the stretches of text that can hold a link (the tests
compare both on thousands of texts). Emoji newer than the package's list
(Unicode Emoji 12.0, 2019), such as ❤️‍🔥, count code point by code point.

>>> weighted_length("Bonjour à tous !")
16
>>> weighted_length("Nouveau site : boulangerie-dupont.fr 🥖")  # 15 + link 23 + 1 + emoji 2
41
"""

from __future__ import annotations

import re
import sys
import types
import unicodedata
from functools import lru_cache
from pathlib import Path

URL_WEIGHT = 23  # transformedURLLength
EMOJI_WEIGHT = 2  # defaultWeight / scale
# Code points of weight 1 (config/v3.json "ranges"); every other one weighs 2.
_HEAVY = re.compile("[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
_SPACES = "\x09-\x0d\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # twitter-text spaces_group
_SPACE_SET = frozenset("\x85\xa0\u1680\u180e\u2028\u2029\u202f\u205f\u3000 ") | {chr(c) for c in [*range(0x09, 0x0E), *range(0x2000, 0x200B)]}
_NOT_SPACES = re.compile(f"[^{_SPACES}]*")
_LINE_ENDINGS = re.compile(r"\r\n|\r|\n")


def normalise(text: str) -> str:
    """The text as X measures it: NFC, and every line ending as ``\\n``.

    >>> normalise("Cafe\\u0301\\r\\n") == "Café\\n"
    True
    """
    return _LINE_ENDINGS.sub("\n", unicodedata.normalize("NFC", text))


def weighted_length(text: str) -> int:
    """The length X shows for ``text`` (280 is the limit of a standard post).

    >>> weighted_length("https://www.exemple.fr/une/tres/longue/adresse?page=2")
    23
    """
    text = normalise(text)
    return weigh(text, links(text))


def weigh(text: str, found_links: list[tuple[int, int, str]]) -> int:
    """The weighted length of a :func:`normalise`-d text whose :func:`links` are already found."""
    entities = [(start, end - start, URL_WEIGHT, 0) for start, end, _ in found_links]
    entities += [(start, length, EMOJI_WEIGHT, 1) for start, length in _emoji(text)]
    entities.sort(key=lambda e: (e[0], e[3]))  # a link wins over an emoji at the same place
    total, i = 0, 0
    for start, length, weight, _ in entities:
        if start < i:  # inside a link or emoji already counted
            continue
        total += _plain_weight(text, i, start) + weight
        i = start + length
    return total + _plain_weight(text, i, len(text))


def links(text: str) -> list[tuple[int, int, str]]:
    """The links of an already :func:`normalise`-d text: ``(start, end, url)``, as X finds them.

    Links with or without ``https://`` count (``boulangerie-dupont.fr``),
    e-mail addresses and file names such as ``photo.jpg`` do not.

    >>> links("Horaires sur boulangerie-dupont.fr/horaires, écrivez à contact@dupont.fr")
    [(13, 43, 'boulangerie-dupont.fr/horaires')]
    """
    return [(u["indices"][0], u["indices"][0] + len(u["url"]), u["url"]) for u in _urls(text)]


def _plain_weight(text: str, start: int, end: int) -> int:
    if end <= start:
        return 0
    return (end - start) + len(_HEAVY.findall(text, start, end))


def _urls(text: str) -> list[dict]:
    """``twitter_text.extract_urls_with_indices``, run only where a link can be.

    A link never holds a space and always holds a ``.`` followed by a
    character allowed in a domain (``domain.tld``), so it lies inside a
    space-free run with such a dot; the run is searched with the character
    before it, which the pattern reads to decide where a link may start.
    """
    tt = _twitter_text()
    urls, searched_to = [], 0
    dot = text.find(".")
    while dot != -1:
        if dot < searched_to or not tt.domain_char.match(text, dot + 1):
            dot = text.find(".", dot + 1)
            continue
        start = dot
        while start > 0 and text[start - 1] not in _SPACE_SET:
            start -= 1
        searched_to = _NOT_SPACES.match(text, dot).end()
        offset = max(start - 1, 0)
        for url in tt.extract_urls_with_indices(text[offset:searched_to]):
            url["indices"] = [url["indices"][0] + offset, url["indices"][1] + offset]
            urls.append(url)
        dot = text.find(".", searched_to)
    return urls


def _emoji(text: str) -> list[tuple[int, int]]:
    """``(start, length)`` of each emoji, as ``twitter_text.extract_emojis_with_indices`` finds them.

    Its pattern tries the multi-code-point emoji of its list longest first,
    then the single ones; looking the same list up in a set, longest first,
    finds the same emoji without running the pattern at every position.
    """
    tt = _twitter_text()
    found, i = [], 0
    for candidate in tt.rare.finditer(text):
        position = candidate.start()
        if position < i:
            continue
        length = 0
        if ord(text[position]) in tt.firsts and position + 1 < len(text) and ord(text[position + 1]) in tt.seconds:
            length = next((n for n in tt.lengths if text[position : position + n] in tt.sequences), 0)
        if not length and ord(text[position]) in tt.singles:
            length = 1
        if length:
            found.append((position, length))
            i = position + length
    return found


# The lists of top-level domains in twitter-text's link patterns: ``(?:(?:tld1|tld2|…)(?=…))``.
_TLD_LIST = re.compile(r"^\(\?:\(\?:(?P<words>.*)\)(?P<after>\(\?=\[\^0-9a-zA-Z@\+-\]\|\$\))\)$", re.DOTALL)


def _trie(words: list[str]) -> str:
    """The same set of words as one pattern that branches letter by letter (``co(?:m|op)?``…)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(node[char]) for char in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def _faster_tld_pattern(pattern: re.Pattern) -> re.Pattern:
    """twitter-text's list of 1,259 (or 315) top-level domains, matched through a trie: same matches, about
    five times faster (Python's ``re`` tries an alternation's branches one by one)."""
    found = _TLD_LIST.match(pattern.pattern)
    return re.compile("(?:(?:" + _trie(found.group("words").split("|")) + ")" + found.group("after") + ")", pattern.flags)


def _install_faster_link_patterns() -> re.Pattern:
    """Rebuild twitter-text's link patterns from its own modules, with the top-level domains as a trie.

    The package builds its patterns when its modules are imported; giving them the trie-based
    domain lists and running those modules again keeps every rule of the package and only changes
    how fast the lists are searched (``tests/test_post_check.py`` compares both on many texts).
    Returns the package's original link pattern, for that comparison.
    """
    import importlib

    from twitter_text.regexp import valid_cctld, valid_gtld

    original = sys.modules["twitter_text.regexp.extract_url"].extract_url
    valid_gtld.valid_gtld = _faster_tld_pattern(valid_gtld.valid_gtld)
    valid_cctld.valid_cctld = _faster_tld_pattern(valid_cctld.valid_cctld)
    for name in ("valid_domain", "valid_ascii_domain", "extract_url"):
        importlib.reload(sys.modules[f"twitter_text.regexp.{name}"])
    importlib.reload(sys.modules["twitter_text.extract_urls"])  # the same module: parse_tweet sees the new patterns too
    return original


@lru_cache(maxsize=1)
def _twitter_text() -> types.SimpleNamespace:
    """Import ``twitter_text`` and derive where links and emoji can start (first use only: ~0.5 s).

    ``twitter_text`` reads its emoji list through ``pkg_resources``, which
    setuptools no longer ships from version 82; a stand-in that reads the
    file next to the module is lent for the import, then removed.
    """
    lent = "pkg_resources" not in sys.modules
    if lent:
        stand_in = types.ModuleType("pkg_resources")
        stand_in.resource_string = lambda module, name: (Path(sys.modules[module].__file__).parent / name).read_bytes()
        sys.modules["pkg_resources"] = stand_in
    try:
        from twitter_text.regexp import emoji as emoji_module
        from twitter_text.regexp.valid_domain_chars import valid_domain_chars
    finally:
        if lent:
            sys.modules.pop("pkg_resources", None)
    original_links = _install_faster_link_patterns()
    extract_urls_with_indices = sys.modules["twitter_text.extract_urls"].extract_urls_with_indices
    sequences = {"".join(chr(int(p, 16)) for p in e.codepoint.split()) for e in emoji_module.emoji_list if " " in e.codepoint}
    firsts, seconds = {ord(s[0]) for s in sequences}, {ord(s[1]) for s in sequences}
    singles = {point for low, high in emoji_module.single_codepoint_emoji_ranges for point in range(low, high + 1)}
    # Below U+2000 only a handful of code points can start an emoji (#, *, digits, ©, ®):
    # list them, and let the Python checks above sort out everything from U+2000 on.
    low = "".join(re.escape(chr(p)) for p in sorted((singles | firsts)) if p < 0x2000)
    return types.SimpleNamespace(
        extract_urls_with_indices=extract_urls_with_indices,
        original_link_pattern=original_links,
        domain_char=valid_domain_chars,
        sequences=frozenset(sequences),
        lengths=sorted({len(s) for s in sequences}, reverse=True),
        rare=re.compile(f"[{low}\u2000-\U0010ffff]"),
        singles=frozenset(singles),
        firsts=frozenset(firsts),
        seconds=frozenset(seconds),
    )
