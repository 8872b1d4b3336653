"""Accessible building blocks shared by every exercise view.

A question is a drop-down list whose label *is* the question (a real
``<label for>``: read aloud, Tab then arrow keys); a tick box carries its
text as its own label.

>>> choice_list("J’aime le pain", [("Oui", 1), ("Non", 2)]).index is None
True
"""

from __future__ import annotations

from functools import lru_cache

import ipywidgets as widgets
from ipywidgets.widgets.widget_bool import CheckboxStyle
from ipywidgets.widgets.widget_description import DescriptionStyle


@lru_cache(maxsize=None)
def _shared(kind: str):
    """One layout and one label style shared by every question of a page.

    Each widget otherwise brings its own two extra models, which the browser
    must create before it shows anything (75 models instead of 27 for the
    25 statements of the diagnostic). Never change a shared one in place.
    """
    if kind == "full_width":
        return widgets.Layout(width="100%")
    if kind == "description_style":
        return DescriptionStyle()
    return CheckboxStyle()


def choice_list(question: str, options: list[tuple[str, object]], value=None) -> widgets.Dropdown:
    """A drop-down list labelled by ``question``; ``value=None`` shows no choice yet.

    Never give an option the value ``None``: it confuses the browser's
    keyboard selection (arrow keys jump back); no choice is an empty selection.
    """
    dropdown = widgets.Dropdown(options=options, value=value, description=question, layout=_shared("full_width"), style=_shared("description_style"))
    dropdown.add_class("kit-statement")
    return dropdown


def tick_box(text: str, value: bool = False) -> widgets.Checkbox:
    """A checkbox whose label is ``text`` (long texts wrap)."""
    box = widgets.Checkbox(value=value, description=text, indent=False, layout=_shared("full_width"), style=_shared("checkbox_style"))
    box.add_class("kit-check")
    return box


def heading(text: str, level: int = 3) -> widgets.HTML:
    import html

    return widgets.HTML(f"<h{level} class='kit-heading'>{html.escape(text)}</h{level}>")
