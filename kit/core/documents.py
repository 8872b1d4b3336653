"""HTML from templates: every document the kit exports, and the pieces views share with them.

Templates live in ``kit/templates/`` (Jinja2, autoescaped: whatever a participant
typed is shown as text, never as markup). Numbers, percentages and dates go
through :mod:`kit.core.formatting` with the filters ``number``, ``percent``,
``day``, ``short_date`` and ``clock``; kit messages through ``t("key", …)``.
Jinja is imported on the first render only: a page that shows no table never
pays for it.

>>> table_html(["Frein", "Score"], [["Le temps", "<55>"]], "fr").count("&lt;55&gt;")
1
>>> "@media print" in print_css()
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kit.core import formatting
from kit.core.languages import pick, t


@lru_cache(maxsize=1)
def print_css() -> str:
    """``kit/assets/print.css``: black on white when printed, tables and cards never cut."""
    return resources.files("kit").joinpath("assets/print.css").read_text("utf-8")


def _with_lang(function):
    from jinja2 import pass_context

    @pass_context
    def filter_(context, value, *args, **kwargs):
        return function(value, context["lang"], *args, **kwargs)

    return filter_


@lru_cache(maxsize=1)
def environment():
    """The one Jinja environment of the kit (autoescape on, undefined names are errors)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
    from markupsafe import Markup

    env = Environment(
        loader=PackageLoader("kit", "templates"), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
    )
    for name in ("number", "percent", "day", "short_date", "clock", "short_date_time", "weekday"):
        env.filters[name] = _with_lang(getattr(formatting, name))

    @pass_context
    def message(context, key: str, **params) -> str:
        return t(key, context["lang"], **params)

    @pass_context
    def chosen_language(context, text) -> str:
        return pick(text, context["lang"])

    env.globals.update(t=message, pick=chosen_language, print_css=lambda: Markup(print_css()))
    return env


def render(template: str, lang: str, **context) -> str:
    """The template ``kit/templates/<template>`` filled with ``context``, in ``lang``."""
    return environment().get_template(template).render(lang=lang, **context)


def trusted(markup: str):
    """Mark HTML the kit built itself (already escaped) as safe to insert in a template as it is."""
    from markupsafe import Markup

    return Markup(markup)


def table_html(head: list[str], rows: list[list], lang: str, caption: str | None = None, row_headers: bool = False,
               css_class: str = "kit-table", row_classes: list[str] | None = None, row_data: list[dict] | None = None) -> str:
    """An HTML table: ``head`` (column titles), ``rows`` of cells (text is escaped; :func:`trusted` cells are not).

    ``row_headers``: the first cell of each row names the row (``<th scope="row">``), for screen readers.
    ``row_classes`` and ``row_data`` (``{"card": "c1"}`` → ``data-card="c1"``) go on each row (its tr element).
    """
    return render("partials/table.html.j2", lang, head=head, rows=rows, caption=caption, row_headers=row_headers,
                  css_class=css_class, row_classes=row_classes, row_data=row_data)
