"""Module 06: the idea bank — prompts from daily work, examples from one's sector, ideas kept and tagged."""

from __future__ import annotations

import html
import uuid

import ipywidgets as widgets

from kit.content.library import exercise
from kit.core.clock import now
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.ui.controls import choice_list
from kit.ui.exercise_view import ExerciseView


class IdeaBankView(ExerciseView):
    def __init__(self, page, bank_id: str = "banque_idees"):
        super().__init__(page)
        self.bank = exercise("idea_prompts", bank_id)
        tr, lang = page.t, page.lang
        self.pillars = {p.id: p for p in self.bank.pillars}
        self.pillar = choice_list(tr("ideas.pillar"), [(pick(p.name, lang), p.id) for p in self.bank.pillars], value=self.bank.pillars[0].id)
        self.prompt = choice_list(tr("ideas.prompt"), [])
        self.inspiration = widgets.HTML()
        # continuous_update=False: the text reaches the kernel whole when the field is left, before the
        # "Add" click (typed keys sent one by one are queued by ipywidgets and could arrive after it).
        self.text = widgets.Textarea(description=tr("ideas.text"), placeholder=tr("ideas.placeholder"), continuous_update=False, layout=widgets.Layout(width="100%", height="5em"), style={"description_width": "initial"})
        self.level_names = {level.id: pick(level.name, lang) for level in self.bank.levels}
        self.level = choice_list(tr("ideas.level"), [(name, level_id) for level_id, name in self.level_names.items()])
        self.add = widgets.Button(description=tr("ideas.add"), icon="plus", button_style="primary", layout=widgets.Layout(width="auto"))
        self.message = widgets.HTML()
        self.bank_list = widgets.HTML()
        self.to_remove = choice_list(tr("ideas.remove_which"), [])
        self.remove = widgets.Button(description=tr("ideas.remove"), icon="trash", layout=widgets.Layout(width="auto"))
        self.pillar.observe(lambda change: self._show_pillar(), names="value")
        self.prompt.observe(lambda change: self._show_prompt(), names="value")
        self.add.on_click(lambda _b: self._add())
        self.remove.on_click(lambda _b: self._remove())
        self.writer_box = widgets.VBox([self.pillar, self.prompt, self.inspiration, self.text, self.level, self.add, self.message])
        self.bank_box = widgets.VBox([self.bank_list, self.to_remove, self.remove])
        self.widget = widgets.VBox([self.writer_box, self.bank_box])
        self._show_pillar()
        self.reload()

    def _show_pillar(self) -> None:
        pillar, lang = self.pillars[self.pillar.value], self.page.lang
        self.prompt.options = [(pick(p.question, lang), p.id) for p in pillar.prompts]
        self.prompt.value = pillar.prompts[0].id
        self.level.value = pillar.level
        self._show_prompt()

    def _show_prompt(self) -> None:
        pillar, lang = self.pillars[self.pillar.value], self.page.lang
        prompt = next((p for p in pillar.prompts if p.id == self.prompt.value), pillar.prompts[0])
        sector = self.page.progress.profile.sector
        examples = [e for e in prompt.examples if e.sector == sector] or prompt.examples[:3]
        items = "".join(f"<li>{html.escape(pick(e.example, lang))}</li>" for e in examples)
        self.inspiration.value = (
            f"<div class='kit-card'><p>{html.escape(pick(pillar.description, lang))}</p>"
            f"<p><strong>{html.escape(self.page.t('ideas.examples'))}</strong></p><ul>{items}</ul></div>"
        )

    def _add(self) -> None:
        from kit.progress.model import Idea

        text = self.text.value.strip()
        if not text:
            self.message.value = notice_html(self.page.t("ideas.empty"), "warning")
            return
        idea = Idea(id=uuid.uuid4().hex[:12], text=text[:600], pillar=self.pillar.value, level=self.level.value, prompt=self.prompt.value, created=now())
        self.page.progress.ideas = [*self.page.progress.ideas, idea]
        self.page.save()
        self.text.value = ""
        self.message.value = notice_html(self.page.t("ideas.added", count=len(self.page.progress.ideas)), "ok")
        self.refresh()

    def _remove(self) -> None:
        if self.to_remove.value is None:
            self.message.value = notice_html(self.page.t("ideas.remove_none"), "info")
            return
        self.page.progress.ideas = [i for i in self.page.progress.ideas if i.id != self.to_remove.value]
        self.page.save()
        self.message.value = notice_html(self.page.t("ideas.removed"), "ok")
        self.refresh()

    def load(self) -> None:
        """The ideas live in the progress file; nothing to copy into the input widgets."""

    def refresh(self) -> None:
        tr, lang = self.page.t, self.page.lang
        ideas = self.page.progress.ideas
        levels = self.level_names
        sections = []
        for pillar in self.bank.pillars:
            own = [i for i in ideas if i.pillar == pillar.id]
            if own:
                items = "".join(f"<li>{html.escape(i.text)} <span class='kit-muted'>({html.escape(levels.get(i.level, i.level))})</span></li>" for i in own)
                sections.append(f"<h3 class='kit-heading'>{html.escape(pick(pillar.name, lang))} ({len(own)})</h3><ul>{items}</ul>")
        self.bank_list.value = "".join(sections) or notice_html(tr("ideas.none_yet"), "info")
        self.to_remove.options = [(i.text[:60] + ("…" if len(i.text) > 60 else ""), i.id) for i in ideas]
        self.to_remove.value = None

    def writer(self):
        self._display(self.writer_box)

    def my_bank(self):
        self._display(self.bank_box)



def idea_bank(page) -> IdeaBankView:
    """The idea bank of ``page``'s participant (shown section by section by the notebook)."""
    return IdeaBankView(page)
