"""Module 07: a neighbour reviews the current draft with the rubric; reviews are kept with the draft."""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.content.library import exercise
from kit.core.clock import now
from kit.core.documents import table_html
from kit.core.formatting import number
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.ui.controls import choice_list
from kit.writing.drafts import review_means


class ReviewView:
    def __init__(self, drafting, rubric_id: str = "relecture"):
        self.drafting = drafting
        page = self.page = drafting.page
        self.rubric = exercise("rubric", rubric_id)
        tr, lang = page.t, page.lang
        scale = [(f"{n} · {pick(label, lang)}", n) for n, label in enumerate(self.rubric.scale, start=1)]
        # continuous_update=False here and below: the field reaches the kernel whole before the "Save" click.
        self.reviewer = widgets.Text(description=tr("review.reviewer"), placeholder=tr("profile.optional"), continuous_update=False, style={"description_width": "initial"}, layout=widgets.Layout(width="30em"))
        self.scores = {c.id: choice_list(f"{pick(c.name, lang)} — {pick(c.question, lang)}", scale) for c in self.rubric.criteria}
        self.comment = widgets.Textarea(description=tr("review.comment"), continuous_update=False, style={"description_width": "initial"}, layout=widgets.Layout(width="100%", height="5em"))
        self.save = widgets.Button(description=tr("review.save"), icon="check", button_style="primary", layout=widgets.Layout(width="auto"))
        self.save.on_click(lambda _b: self._save())
        self.message = widgets.HTML()
        self.summary = widgets.HTML()
        page.on_change(lambda event: self.refresh())
        self.widget = widgets.VBox([self.reviewer, *self.scores.values(), self.comment, self.save, self.message, self.summary])
        self.refresh()

    def _save(self) -> None:
        from kit.progress.model import Review

        draft = self.drafting.draft
        if draft is None:
            self.message.value = notice_html(self.page.t("review.no_draft"), "info")
            return
        given = {c: box.value for c, box in self.scores.items() if box.value is not None}
        if not given:
            self.message.value = notice_html(self.page.t("review.no_score"), "warning")
            return
        review = Review(reviewer=self.reviewer.value.strip()[:60] or None, rubric=self.rubric.id, scores=given, comment=self.comment.value.strip()[:1000] or None, reviewed=now())
        draft.reviews = [*draft.reviews, review]
        self.page.save()
        for box in self.scores.values():
            box.value = None
        self.comment.value = ""
        self.message.value = notice_html(self.page.t("review.saved", count=len(draft.reviews)), "ok")
        self.refresh()

    def refresh(self) -> None:
        draft, tr, lang = self.drafting.draft, self.page.t, self.page.lang
        if draft is None or not draft.reviews:
            self.summary.value = ""
            return
        means = review_means(draft)
        rows = [[pick(c.name, lang), f"{number(means.get(c.id), lang, 1)} / {len(self.rubric.scale)}"] for c in self.rubric.criteria]
        comments = "".join(f"<li>{html.escape(r.comment)}{' — ' + html.escape(r.reviewer) if r.reviewer else ''}</li>" for r in draft.reviews if r.comment)
        self.summary.value = (
            f"<h3 class='kit-heading'>{html.escape(tr('review.summary', count=len(draft.reviews)))}</h3>"
            + table_html([tr("review.col_criterion"), tr("review.col_mean")], rows, lang, row_headers=True)
            + f"<ul>{comments}</ul>"
        )

    def show(self):
        from kit.ui.page import display_if_ok

        display_if_ok(self.page, self.widget)


def peer_review(drafting) -> ReviewView:
    """Display the peer-review form for the drafting studio's current draft."""
    view = ReviewView(drafting)
    view.show()
    return view
