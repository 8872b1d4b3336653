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


class ChangeRefused(ProgressError):
    """A change that would make the progress file unreadable: not saved, the last saved state is back.

    >>> ChangeRefused("visits.09").message("en").startswith("This change was not saved")
    True
    """

    def __init__(self, detail: str):
        super().__init__("progress.change_refused", detail=detail)
