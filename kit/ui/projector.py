"""Projector mode: larger text, lists, boxes and buttons, for the back of the room.

The trainer switches it on for one page by adding ``?projecteur=1`` to a
Voilà address (Voilà hands the page's query string to the kernel as the
environment variable ``QUERY_STRING``), or for every page with
``KIT_PROJECTOR=1`` in the environment (JupyterLab, ``make voila``). The
address parameter wins: ``?projecteur=0`` switches it off on one page.
(Voilà 0.5 sets ``QUERY_STRING`` in the kernel's environment when the page starts its
kernel — ``voila/handler.py``; with pre-heated kernels it would arrive later, through
``voila.utils.get_query_string()``: the kit does not pre-heat kernels.)

>>> projector_on({"QUERY_STRING": "projecteur=1"})
True
>>> projector_on({"QUERY_STRING": "projecteur=0", "KIT_PROJECTOR": "1"})
False
>>> projector_on({"KIT_PROJECTOR": "1"}), projector_on({})
(True, False)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import resources
from urllib.parse import parse_qs

PARAMETERS = ("projecteur", "projector")
ENVIRONMENT = "KIT_PROJECTOR"
_YES = {"", "1", "true", "oui", "yes", "on"}


def _is_yes(value: str) -> bool:
    return value.strip().lower() in _YES


def projector_on(environ: Mapping[str, str] | None = None) -> bool:
    """Whether this page is shown in projector mode (address parameter first, then ``KIT_PROJECTOR``)."""
    environ = os.environ if environ is None else environ
    query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    for name in PARAMETERS:
        if name in query:
            return _is_yes(query[name][-1])
    value = environ.get(ENVIRONMENT)
    return value is not None and value != "" and _is_yes(value)


def projector_query(environ: Mapping[str, str] | None = None) -> str:
    """``"?projecteur=1"`` when the mode came from the address, so that navigation links keep it; else ``""``.

    >>> projector_query({"QUERY_STRING": "projecteur=1"}), projector_query({"KIT_PROJECTOR": "1"})
    ('?projecteur=1', '')
    """
    environ = os.environ if environ is None else environ
    query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    from_address = any(name in query for name in PARAMETERS)
    return "?projecteur=1" if from_address and projector_on(environ) else ""


def projector_css() -> str:
    """The projector stylesheet, read from ``kit/assets/projector.css``."""
    return resources.files("kit").joinpath("assets/projector.css").read_text("utf-8")


def projector_style(environ: Mapping[str, str] | None = None) -> str:
    """A ``<style>`` element to show after the kit's stylesheet, or ``""`` outside projector mode.

    >>> "kit-projector" in projector_style({"KIT_PROJECTOR": "1"}), projector_style({})
    (True, '')
    """
    if not projector_on(environ):
        return ""
    return f'<style class="kit-projector">{projector_css()}</style>'
