"""The cohort report in a trainer notebook: upload the handed-in files (or name a folder), read the report."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import ipywidgets as widgets

from kit.cohort.files import collect, progress_paths
from kit.core.notices import notice_html
from kit.exports.cohort_report import report_html
from kit.ui.controls import tick_box
from kit.ui.downloads import download_link


class CohortView:
    def __init__(self, page):
        self.page = page
        tr = page.t
        self.upload = widgets.FileUpload(accept=".json,application/json", multiple=True, description=tr("cohortview.upload"), layout=widgets.Layout(width="auto"))
        self.folder = widgets.Text(description=tr("cohortview.folder"), placeholder="rendus/", continuous_update=False, style={"description_width": "initial"}, layout=widgets.Layout(width="100%"))
        self.with_names = tick_box(tr("cohortview.with_names"))
        self.build = widgets.Button(description=tr("cohortview.build"), icon="bar-chart", button_style="primary", layout=widgets.Layout(width="auto"))
        self.build.on_click(lambda _b: self.make_report())
        self.message = widgets.HTML()
        self.report = widgets.HTML()
        self.widget = widgets.VBox([self.upload, self.folder, self.with_names, self.build, self.message, self.report])

    def make_report(self) -> None:
        """Read the uploaded files and the folder, then show the report and offer it for download."""
        tr, lang = self.page.t, self.page.lang
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for index, item in enumerate(self.upload.value):
                path = Path(tmp) / f"{index:04d}-{Path(item['name']).name}"
                path.write_bytes(bytes(item["content"]))
                paths.append(path)
            folder = self.folder.value.strip()
            if folder:
                if not Path(folder).exists():
                    self.message.value = notice_html(tr("cli.no_such_path", path=folder), "error")
                    return
                paths += progress_paths([Path(folder)])
            files = collect(paths, lang)
        if not files.kept:
            self.message.value = notice_html(tr("cli.cohort_nothing"), "warning")
            self.report.value = ""
            return
        document = report_html(files, lang, with_names=self.with_names.value)
        name = "rapport-groupe-nominatif.html" if self.with_names.value else "rapport-groupe.html"
        self.message.value = notice_html(tr("cohortview.done", participants=len(files.kept), aside=len(files.set_aside), superseded=len(files.superseded)), "ok") + (
            f"<p>{download_link(name, 'text/html', document.encode('utf-8'), tr('cohortview.download'))}</p>"
        )
        self.report.value = f"<iframe title='{html.escape(tr('cohort.title'))}' srcdoc='{html.escape(document, quote=True)}' style='width:100%;height:1100px;border:1px solid #5f6b7a'></iframe>"

    def show(self):
        from kit.ui.page import display_if_ok

        display_if_ok(self.page, self.widget)


def cohort_report(page) -> CohortView:
    """Display the cohort report builder."""
    view = CohortView(page)
    view.show()
    return view
