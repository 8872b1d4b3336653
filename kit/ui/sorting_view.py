"""Sorting cards into three piles (share / share with care / secret garden), then comparing with a suggestion.

The deck is the general cards plus those of the participant's sector, less the cards whose
``shown_if`` does not fit their answers (kit.exercises.rules.participant_cards).
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.content.library import exercise
from kit.core.documents import table_html
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.exercises.rules import compare_sorting, participant_cards
from kit.ui.controls import choice_list
from kit.ui.exercise_view import ExerciseView


class SortingView(ExerciseView):
    def __init__(self, page, sorting_id: str):
        super().__init__(page)
        self.sorting = exercise("sorting", sorting_id)
        lang = page.lang
        self.sector = page.progress.profile.sector
        self.pile_names = {p.id: pick(p.name, lang) for p in self.sorting.piles}
        piles = [(name, pile_id) for pile_id, name in self.pile_names.items()]
        self.lists: dict[str, widgets.Dropdown] = {}
        for number, card in enumerate(participant_cards(self.sorting, page.progress), start=1):
            dropdown = choice_list(f"{number}. {pick(card.text, lang)}", piles)
            dropdown.observe(lambda change, cid=card.id: self.changed(lambda: self._place(cid, change["new"])), names="value")
            self.lists[card.id] = dropdown
        sector_note = "" if self.sector else notice_html(page.t("sorting.no_sector"), "info")
        self.counter = widgets.HTML()
        self.compare_button = widgets.Button(description=page.t("sorting.compare"), icon="balance-scale", layout=widgets.Layout(width="auto"))
        self.compare_button.on_click(lambda _b: self.show_comparison())
        self.comparison = widgets.HTML()
        self.widget = widgets.VBox([widgets.HTML(sector_note), *self.lists.values(), self.counter, self.compare_button, self.comparison])
        self.reload()

    def _placed(self) -> dict:
        return self.page.progress.sortings.get(self.sorting.id, {})

    def _place(self, card_id: str, pile) -> None:
        placed = {**self._placed(), card_id: pile} if pile else {k: v for k, v in self._placed().items() if k != card_id}
        self.page.progress.sortings = {**self.page.progress.sortings, self.sorting.id: placed}

    def load(self) -> None:
        placed = self._placed()
        for card_id, dropdown in self.lists.items():
            dropdown.value = placed.get(card_id)

    def refresh(self) -> None:
        done = sum(1 for card_id in self.lists if card_id in self._placed())
        self.counter.value = notice_html(self.page.t("sorting.count", done=done, total=len(self.lists)), "info")
        if self.comparison.value:
            self.show_comparison()

    def show_comparison(self) -> None:
        """The participant's piles next to the suggested ones, with the reasons."""
        tr, lang = self.page.t, self.page.lang
        rows, same = [], 0
        for entry in compare_sorting(self.sorting, self.page.progress):
            same += entry.same
            yours = self.pile_names.get(entry.yours, tr("sorting.not_placed"))
            mark = tr("sorting.same") if entry.same else tr("sorting.different")
            rows.append([pick(entry.card.text, lang), yours, self.pile_names[entry.suggested], mark, pick(entry.card.reason, lang)])
        head = [tr(k) for k in ("sorting.col_card", "sorting.col_yours", "sorting.col_suggested", "sorting.col_match", "sorting.col_why")]
        self.comparison.value = (
            f"<p role='status'>{html.escape(tr('sorting.agreement', same=same, total=len(rows)))}</p>" + table_html(head, rows, lang)
        )


def sorting(page, sorting_id: str) -> SortingView:
    """Display a sorting exercise of ``exercises/`` and return its view."""
    view = SortingView(page, sorting_id)
    view.show()
    return view
