"""Save, download, restore and start over: the participant never loses their work.

>>> from kit.ui.page import open_module
>>> import tempfile, pathlib
>>> panel = SavePanel(open_module("00", path=pathlib.Path(tempfile.mkdtemp()) / "p.json", show=False))
>>> "download=" in panel.download.value
True
"""

from __future__ import annotations

import ipywidgets as widgets

from kit.core.formatting import clock
from kit.core.notices import notice_html
from kit.progress.errors import ProgressError
from kit.ui.downloads import download_link


class SavePanel:
    """The save/resume block shown on the welcome page (and at the end of each module)."""

    def __init__(self, page):
        self.page = page
        tr = page.t
        self.status = widgets.HTML()
        self.download = widgets.HTML()
        self.upload = widgets.FileUpload(
            accept=".json,application/json",
            multiple=False,
            description=tr("save.upload"),
            tooltip=tr("save.upload_help"),
            layout=widgets.Layout(width="auto"),
        )
        self.message = widgets.HTML()
        self.start_over = widgets.Button(description=tr("save.start_over"), tooltip=tr("save.start_over_help"), icon="trash", layout=widgets.Layout(width="auto"))
        self.confirm = widgets.Button(description=tr("save.confirm"), button_style="danger", layout=widgets.Layout(width="auto"))
        self.cancel = widgets.Button(description=tr("save.cancel"), layout=widgets.Layout(width="auto"))
        self.confirm_box = widgets.VBox(
            [widgets.HTML(notice_html(tr("save.confirm_question"), "warning")), widgets.HBox([self.confirm, self.cancel])],
            layout=widgets.Layout(display="none"),
        )
        self.upload.observe(self._on_upload, names="value")
        self.start_over.on_click(self._ask_confirmation)
        self.confirm.on_click(self._on_confirm)
        self.cancel.on_click(self._on_cancel)
        page.on_change(lambda event: self.refresh())
        self.widget = widgets.VBox(
            [
                self.status,
                widgets.HBox([self.download, self.upload], layout=widgets.Layout(flex_flow="row wrap", align_items="center")),
                self.message,
                self.start_over,
                self.confirm_box,
            ]
        )
        self.widget.add_class("kit-no-print")
        self.refresh()

    def refresh(self) -> None:
        """Show when the progress was saved and offer the current file for download."""
        store = self.page.store
        # French time, whatever the server's clock (Binder and JupyterHub servers run on UTC)
        saved = clock(store.progress.saved_at, self.page.lang)
        self.status.value = notice_html(self.page.t("save.status", time=saved), "ok")
        self.download.value = download_link(store.download_name(), "application/json", store.download_bytes(), self.page.t("save.download"))

    def _on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        raw = bytes(files[0]["content"])
        try:
            self.page.restore(raw)
        except ProgressError as err:
            self.message.value = notice_html(f"{err.message(self.page.lang)} {self.page.t('save.kept')}", "error")
        else:
            self.message.value = notice_html(self.page.t("save.restored"), "ok")
        finally:
            self.upload.value = ()

    def _ask_confirmation(self, _button=None) -> None:
        self.confirm_box.layout.display = "flex"
        self.message.value = ""

    def _on_confirm(self, _button=None) -> None:
        self.page.start_over()
        self.confirm_box.layout.display = "none"
        self.message.value = notice_html(self.page.t("save.erased"), "ok")

    def _on_cancel(self, _button=None) -> None:
        self.confirm_box.layout.display = "none"
        self.message.value = notice_html(self.page.t("save.not_erased"), "info")


def save_panel(page) -> SavePanel:
    """Display the save panel for ``page`` and return it."""
    from kit.ui.page import show

    panel = SavePanel(page)
    show(panel)
    return panel
