"""Schema of ``exercises/platforms.yaml``: the limits of each social network.

Platforms change their limits, so every figure says where it comes from and
when it was checked (``source``, ``date`` as ``YYYY-MM``), and whether the
platform refuses a post that breaks it (``hard: true``) or it is advice
(``hard: false``).

>>> from kit.content.library import load
>>> x = load("platforms").platform("x")
>>> x.limit.value, x.counting
(280, 'twitter_weighted')
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from kit.content.common import Model, NonEmpty, Reference, Slug, Text

_YEAR_MONTH = re.compile(r"20[0-9]{2}-(0[1-9]|1[0-2])")


def _year_month(value: str) -> str:
    if not _YEAR_MONTH.fullmatch(value):
        raise PydanticCustomError("kit.content.bad_year_month", "date", {"value": value})
    return value


YearMonth = Annotated[str, AfterValidator(_year_month)]
Count = Annotated[int, Field(ge=1)]

# How a platform counts characters: ``twitter_weighted`` is X's rule (see
# kit/writing/x_length.py), ``characters`` is one per character of the NFC text.
Counting = Literal["twitter_weighted", "characters"]


class Figure(Model):
    """One figure of a platform, with where it comes from and when it was checked."""

    source: NonEmpty
    date: YearMonth
    hard: bool = Field(description="true: the platform refuses the post; false: advice.")


class Limit(Figure):
    value: Count


class Fold(Figure):
    """Where the feed cuts the post with "…voir plus": about ``value`` characters, or ``lines`` lines."""

    value: Count
    lines: Count | None = None


class HashtagCap(Figure):
    value: Count


class LinksClickable(Figure):
    value: bool


class Platform(Model):
    id: Slug
    name: Text
    counting: Counting
    limit: Limit
    fold: Fold | None = None
    hashtags: HashtagCap | None = None
    links_clickable: LinksClickable

    @field_validator("fold")
    @classmethod
    def _fold_before_limit(cls, fold: Fold | None, info: ValidationInfo):
        limit = info.data.get("limit")
        if fold is not None and limit is not None and fold.value >= limit.value:
            raise PydanticCustomError("kit.content.fold_over_limit", "fold", {"fold": fold.value, "limit": limit.value})
        return fold


class CallsToAction(Model):
    """Words and phrases that invite the reader to act, per language (matched as whole words)."""

    fr: list[NonEmpty] = Field(min_length=1)
    en: list[NonEmpty] = Field(min_length=1)


class PlatformsFile(Model):
    """``exercises/platforms.yaml``: limits, folds and hashtag caps per platform, and the words
    the post check takes as a call to action."""

    kind: Literal["platforms"]
    platforms: list[Platform] = Field(min_length=1)
    calls_to_action: CallsToAction

    def platform(self, platform_id: str) -> Platform:
        """The platform with this id.

        Raises:
            KeyError: no such platform; the message lists the known ids.
        """
        for platform in self.platforms:
            if platform.id == platform_id:
                return platform
        raise KeyError(f"{platform_id!r} (known: {', '.join(self.ids())})")

    def ids(self) -> list[str]:
        return [p.id for p in self.platforms]

    def declared(self):
        return [Reference("platform", ("platforms", i, "id"), p.id) for i, p in enumerate(self.platforms)]

    def references(self):
        return []
