"""Building blocks shared by every content schema.

>>> Text(fr="Boulangerie", en="Bakery").en
'Bakery'
"""

from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
)

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
# Any id, including the module ids of exercises/modules.yaml ("00", "11"…): which modules exist is
# the registry's business (every module reference is checked against it), never a pattern's.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=60)]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Minutes = Annotated[int, Field(ge=1, le=480)]


def _module_id(value):
    # A trainer typing `module: 01` gets the integer 1 from YAML: accept it.
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 99:
        return f"{value:02d}"
    return value


ModuleId = Annotated[str, BeforeValidator(_module_id), StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=60)]


class Model(BaseModel):
    """Strict base: unknown fields are errors, values are not changed after loading."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    _source: object = PrivateAttr(default=None)  # the YamlSource, for line numbers


class Text(Model):
    """A user-visible string in French and English."""

    fr: NonEmpty
    en: NonEmpty


class Reference:
    """Where a content file declares or uses an id, for cross-file checks.

    ``namespace`` is one of ``sector``, ``module``, ``barrier`` (more as
    modules add their own), ``loc`` the field path inside the file.
    """

    __slots__ = ("namespace", "loc", "value")

    def __init__(self, namespace: str, loc: tuple, value: str):
        self.namespace, self.loc, self.value = namespace, loc, value
