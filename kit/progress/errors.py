"""Why a progress file was refused, in plain words.

>>> ProgressError("progress.too_new", version=9, supported=1).message("en").startswith("This file")
True
"""

from kit.core.languages import t


class ProgressError(Exception):
    """A progress file that cannot be used; the current state is kept."""

    def __init__(self, key: str, **params):
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str = "fr") -> str:
        return t(self.key, lang, **self.params)
