"""Module 07: export the drafts — Markdown, Hootsuite bulk CSV per platform, generic CSV."""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.content.names import platform_names
from kit.core.notices import notice_html
from kit.ui.controls import tick_box
from kit.ui.downloads import download_list
from kit.writing.drafts import (
    drafts_markdown,
    generic_csv,
    hootsuite_csv,
    over_350,
    schedule,
)


class DraftsExportView:
    def __init__(self, page):
        self.page = page
        tr = page.t
        self.include_over = tick_box(tr("export.include_over"))
        self.prepare = widgets.Button(description=tr("export.prepare"), icon="download", button_style="primary", layout=widgets.Layout(width="auto"))
        self.prepare.on_click(lambda _b: self.build())
        self.links = widgets.HTML()
        self.skipped = widgets.HTML()
        self.widget = widgets.VBox([self.include_over, self.prepare, self.links, self.skipped])

    def build(self) -> None:
        """Schedule the drafts and offer the files; list what was left out, and why."""
        tr, lang, progress = self.page.t, self.page.lang, self.page.progress
        if not progress.drafts:
            self.links.value = notice_html(tr("export.nothing"), "info")
            self.skipped.value = ""
            return
        names = platform_names(lang)
        result = schedule(progress.drafts, progress.plan, lang, include_over=self.include_over.value)
        stem = self.page.store.download_name().replace("progression-", "brouillons-").replace(".json", "")
        files = [(f"{stem}.md", "text/markdown", drafts_markdown(progress.drafts, names, lang).encode("utf-8"), tr("export.markdown"))]
        if result.rows:
            files.append((f"{stem}.csv", "text/csv", generic_csv(result.rows), tr("export.generic")))
            for platform, data in hootsuite_csv(result.rows).items():
                files.append((f"{stem}-hootsuite-{platform}.csv", "text/csv", data, tr("export.hootsuite", platform=names.get(platform, platform))))
        self.links.value = download_list(files)
        lines = [f"<li>{html.escape(draft.title or draft.text[:40])} — {html.escape(tr(key, **params))}</li>" for draft, key, params in result.skipped]
        lines += [f"<li>{html.escape(tr('drafts.skip_over_350', platform=names.get(p, p), count=n))}</li>" for p, n in over_350(result.rows).items()]
        self.skipped.value = (notice_html(tr("export.skipped", count=len(lines)), "warning") + f"<ul>{''.join(lines)}</ul>") if lines else notice_html(tr("export.all_in", count=len(result.rows)), "ok")

    def show(self):
        from kit.ui.page import display_if_ok

        display_if_ok(self.page, self.widget)


def drafts_export(page) -> DraftsExportView:
    """Display the export panel of the drafts."""
    view = DraftsExportView(page)
    view.show()
    return view
