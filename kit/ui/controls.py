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
    if kind == "auto_width":
        return widgets.Layout(width="auto")
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


BUTTON_ROLES = {"primary": "primary", "secondary": "", "danger": "danger"}


def button(text: str, role: str = "secondary", icon: str = "", tooltip: str | None = None, on_click=None) -> widgets.Button:
    """A button whose look says its role, the same on every page.

    ``primary`` is the one main action of a section, ``secondary`` any other
    action, ``danger`` an action that removes something (it always comes with
    a confirmation or an undo). The role is also a class (``kit-button-primary``…)
    that the page's style sheet and the tests read.

    >>> button("Enregistrer", "primary")._dom_classes
    ('kit-button', 'kit-button-primary')
    """
    if role not in BUTTON_ROLES:
        raise ValueError(f"unknown button role {role!r}: one of {', '.join(BUTTON_ROLES)}")
    widget = widgets.Button(description=text, button_style=BUTTON_ROLES[role], icon=icon, tooltip=tooltip or None, layout=_shared("auto_width"))
    widget.add_class("kit-button")
    widget.add_class(f"kit-button-{role}")
    if on_click is not None:
        widget.on_click(lambda _b: on_click())
    return widget
