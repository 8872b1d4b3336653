"""How each platform keeps a page's administrators out of sight (module 03): read-only cards."""

from __future__ import annotations

import html

from kit.content.library import exercise
from kit.core.languages import pick, t


def roles_html(roles_id: str, lang: str) -> str:
    """One card per platform: how it works, what visitors see, what to watch, source and date."""
    roles = exercise("platform_roles", roles_id)
    cards = []
    for platform in roles.platforms:
        cards.append(
            f"<div class='kit-card'><h3>{html.escape(pick(platform.name, lang))}</h3>"
            f"<p><strong>{html.escape(t('roles.how', lang))}</strong> {html.escape(pick(platform.how_it_works, lang))}</p>"
            f"<p><strong>{html.escape(t('roles.visitors', lang))}</strong> {html.escape(pick(platform.what_visitors_see, lang))}</p>"
            f"<p><strong>{html.escape(t('roles.watch', lang))}</strong> {html.escape(pick(platform.watch_out, lang))}</p>"
            f"<p class='kit-muted'>{html.escape(t('roles.source', lang, source=platform.source, date=platform.date))}</p></div>"
        )
    return "".join(cards)


def platform_roles(page, roles_id: str) -> None:
    """Display the platform cards in the notebook."""
    import ipywidgets as widgets
    from IPython.display import display

    if page.ok:
        display(widgets.HTML(roles_html(roles_id, page.lang)))
