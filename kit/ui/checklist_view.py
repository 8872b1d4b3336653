"""A checklist the participant ticks (first steps, settings to review); each tick is dated.

Items whose ``shown_if`` does not fit the participant's answers are not shown
(and not counted); a tick they already carry stays in the file.

>>> from kit.ui.page import open_module
>>> import tempfile, pathlib
>>> view = ChecklistView(open_module("02", path=pathlib.Path(tempfile.mkdtemp()) / "p.json", show=False), "premiers_pas")
>>> first = next(iter(view.boxes))
>>> view.boxes[first].value = True
>>> first in view.page.progress.checklists["premiers_pas"]
True
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.content.library import exercise
from kit.core.clock import now
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.progress.answers import holds
from kit.ui.controls import tick_box
from kit.ui.exercise_view import ExerciseView


class ChecklistView(ExerciseView):
    def __init__(self, page, checklist_id: str):
        super().__init__(page)
        self.checklist = exercise("checklist", checklist_id)
        lang = page.lang
        self.boxes: dict[str, widgets.Checkbox] = {}
        self.rows: dict[str, widgets.VBox] = {}  # each item with its hint, hidden when it does not fit
        for item in self.checklist.items:
            box = tick_box(pick(item.text, lang))
            box.observe(lambda change, item_id=item.id: self.changed(lambda: self._tick(item_id, change["new"])), names="value")
            self.boxes[item.id] = box
            hint = [widgets.HTML(f"<p class='kit-hint'>{html.escape(pick(item.hint, lang))}</p>")] if item.hint else []
            self.rows[item.id] = widgets.VBox([box, *hint], layout=widgets.Layout())
        self.counter = widgets.HTML()
        self.widget = widgets.VBox([*self.rows.values(), self.counter])
        self.reload()

    def _ticked(self) -> dict:
        return self.page.progress.checklists.get(self.checklist.id, {})

    def _tick(self, item_id: str, ticked: bool) -> None:
        ticks = dict(self._ticked())
        if ticked:
            ticks.setdefault(item_id, now())
        else:
            ticks.pop(item_id, None)
        self.page.progress.checklists = {**self.page.progress.checklists, self.checklist.id: ticks}

    def shown_items(self) -> list[str]:
        """Ids of the items that fit the participant's answers (kit.progress.answers)."""
        return [item.id for item in self.checklist.items if holds(item.shown_if, self.page.progress)]

    def load(self) -> None:
        ticked, shown = self._ticked(), set(self.shown_items())
        for item_id, box in self.boxes.items():
            box.value = item_id in ticked
            self.rows[item_id].layout.display = None if item_id in shown else "none"

    def refresh(self) -> None:
        shown = self.shown_items()
        done = sum(1 for item_id in shown if item_id in self._ticked())
        self.counter.value = notice_html(self.page.t("checklist.count", done=done, total=len(shown)), "ok" if done == len(shown) else "info")


def checklist(page, checklist_id: str) -> ChecklistView:
    """Display a checklist of ``exercises/`` and return its view."""
    view = ChecklistView(page, checklist_id)
    view.show()
    return view
