"""Module 01 on screen: statements, live radar, bands and advice, path, re-take.

Each statement is a group of radio buttons named by the statement itself
(kit.ui.radio_questions): Tab reaches it, the arrow keys choose, and a count
("12 réponses sur 25") is announced after each answer. Every change is saved at
once; the radar is updated in place.

>>> from kit.ui.page import open_module
>>> import tempfile, pathlib
>>> view = DiagnosticView(open_module("01", path=pathlib.Path(tempfile.mkdtemp()) / "p.json", show=False))
>>> view.statements.choose(view.statements.ids[0], 5)
>>> len(view.page.progress.diagnostic.assessments[-1].answers), view.statements.count_text
(1, '1 réponse sur 25.')
"""

from __future__ import annotations

import base64
import html
from typing import TYPE_CHECKING

import ipywidgets as widgets

from kit.content.library import load, module_entry
from kit.content.names import barrier_names
from kit.core.clock import now
from kit.core.documents import render, table_html
from kit.core.formatting import number, short_date
from kit.core.languages import pick, t
from kit.core.notices import notice_html
from kit.diagnostic.scoring import assess, scores, statement_order
from kit.diagnostic.summary import path_steps, radar_description
from kit.exports.diagnostic_result import result_page
from kit.progress import assessments
from kit.ui.controls import button
from kit.ui.downloads import download_link
from kit.ui.navigation import available
from kit.ui.radio_questions import Choice, Question, RadioQuestions

if TYPE_CHECKING:
    from kit.progress.model import Assessment


class DiagnosticView:
    """All widgets of the diagnostic page, bound to the participant's progress."""

    def __init__(self, page):
        self.page = page
        self.content = load("diagnostic")
        self.names = barrier_names(page.lang)
        self._radar = None
        self._loading = False
        choices = [Choice(pick(p.label, page.lang), p.value) for p in self.content.scale]
        self.statements = RadioQuestions(
            [Question(s.id, f"{position}. {pick(s.text, page.lang)}", choices) for position, s in enumerate(statement_order(self.content), start=1)],
            page.lang, count_key="diag.answered")
        self.statements.on_answer(self._on_answer)
        self.statements_box = widgets.VBox([self.statements])
        self.radar_image = widgets.HTML()
        self.score_table = widgets.HTML()
        self.bands = widgets.HTML()
        self.path_box = widgets.HTML()
        self.download = widgets.HTML()
        self.new_assessment = button(page.t("diag.new"), "secondary", "redo", tooltip=page.t("diag.new_help"), on_click=self._on_new_assessment)
        self.history_message = widgets.HTML()
        self.comparison = widgets.HTML()
        page.on_change(lambda event: event == "replaced" and self.load_answers())
        self.load_answers()

    # --- state ---------------------------------------------------------------------
    @property
    def assessment(self) -> Assessment | None:
        """The assessment being answered (the newest one)."""
        return assessments.current(self.page.progress)

    def load_answers(self) -> None:
        """Show the answers of the current assessment (after a restore or a re-take)."""
        self.statements.show_answers(self.assessment.answers if self.assessment else {})
        self.refresh()

    def _on_answer(self, statement_id: str, value) -> None:
        from kit.progress.model import Assessment

        if self._loading:
            return
        if self.assessment is None:
            self.page.progress.diagnostic.assessments.append(Assessment(started=now()))
        current = self.assessment
        answers = dict(current.answers)
        if value is None:
            answers.pop(statement_id, None)
        else:
            answers[statement_id] = value
        current.answers = answers
        current.scores = scores(self.content, answers)
        complete = len(answers) == self.content.statement_count()
        current.completed = (current.completed or now()) if complete else None
        self.page.save()
        self.refresh()

    # --- display -----------------------------------------------------------------
    def refresh(self) -> None:
        answers = self.assessment.answers if self.assessment else {}
        results = assess(self.content, answers)
        png = self._draw_radar(results)
        from kit.progress.answers import band_words

        shared = {"results": results, "names": self.names, "words": lambda band: band_words(band, self.page.progress)}
        self.score_table.value = render("partials/diagnostic_table.html.j2", self.page.lang, **shared)
        self.bands.value = render("partials/diagnostic_cards.html.j2", self.page.lang, **shared)
        self.path_box.value = self._path_html(results)
        self._refresh_history(png)

    def _previous_scores(self) -> dict | None:
        """T0's scores while a later assessment is on screen (the radar's "before" line)."""
        before = assessments.earlier_than(self.page.progress, self.assessment)
        return before.scores if before else None

    def radar(self):
        """The live radar (created on first use: matplotlib is imported only then)."""
        if self._radar is None:
            from kit.charts.radar import Radar

            labels = [self.names[b.barrier] for b in self.content.barriers]
            self._radar = Radar(labels, self.page.t("diag.now"), self.page.t("diag.before"))
        return self._radar

    def _draw_radar(self, results) -> bytes | None:
        previous = self._previous_scores()
        if self._radar is None and previous is None and all(r.score is None for r in results):
            # Nothing to draw yet: say so in words, and spare the page the cost of matplotlib.
            self.radar_image.value = notice_html(self.page.t("diag.radar_empty"), "info")
            return None
        order = [r.barrier for r in results]
        self.radar().update([r.score for r in results], [previous.get(b) for b in order] if previous else None)
        png = self.radar().png()
        data = base64.b64encode(png).decode("ascii")
        alt = html.escape(radar_description(results, self.page.lang))
        self.radar_image.value = f'<img src="data:image/png;base64,{data}" alt="{alt}" width="414" height="414">'
        return png

    def _path_html(self, results) -> str:
        if not all(r.complete for r in results):
            return notice_html(self.page.t("diag.path_pending"), "info")

        def link(module_id: str) -> str | None:
            entry = module_entry(module_id)
            return f"{entry.notebook}.ipynb" if available(entry.notebook) else None

        steps, default_intro = path_steps(results, self.page.lang, link)
        return render("partials/diagnostic_path.html.j2", self.page.lang, steps=steps, default_intro=default_intro)

    # --- re-take and comparison ----------------------------------------------------------
    def _refresh_history(self, radar_png: bytes) -> None:
        tr = self.page.t
        progress = self.page.progress
        document = result_page(progress, self.page.lang, radar=radar_png).encode("utf-8")
        name = self.page.store.download_name().replace("progression-", "diagnostic-").replace(".json", ".html")
        self.download.value = download_link(name, "text/html", document, tr("diag.download"))
        pair = assessments.before_and_after(progress)
        if pair is None:
            self.comparison.value = ""
            return
        first, latest = pair
        lang = self.page.lang
        head = [tr("diag.col_barrier"), tr("diag.col_first", date=short_date(first.started, lang)),
                tr("diag.col_latest", date=short_date(latest.started, lang)), tr("diag.col_change")]
        rows = []
        for barrier in self.content.barriers:
            before, after = first.scores.get(barrier.barrier), latest.scores.get(barrier.barrier)
            rows.append([self.names[barrier.barrier], number(before, lang), number(after, lang), change_text(before, after, lang)])
        self.comparison.value = f"<h3>{html.escape(tr('diag.compare_title'))}</h3>" + table_html(head, rows, lang, row_headers=True)

    def _on_new_assessment(self, _button=None) -> None:
        from kit.progress.model import Assessment

        current = self.assessment
        if current is None or current.completed is None:
            self.history_message.value = notice_html(self.page.t("diag.new_needs_complete"), "warning")
            return
        started = now()
        self.page.progress.diagnostic.assessments.append(Assessment(started=started))
        self.page.save()
        self.load_answers()
        self.history_message.value = notice_html(self.page.t("diag.new_started", date=short_date(started, self.page.lang)), "ok")

    # --- notebook cells -------------------------------------------------------------------
    def questionnaire(self):
        return self._show(self.statements_box)

    def results(self):
        return self._show(widgets.VBox([self.radar_image, self.score_table, self.bands]))

    def your_path(self):
        return self._show(self.path_box)

    def history(self):
        return self._show(widgets.VBox([self.download, self.new_assessment, self.history_message, self.comparison]))

    def _show(self, box):
        from kit.ui.page import display_if_ok

        display_if_ok(self.page, box)


def change_text(before: float | None, after: float | None, lang: str) -> str:
    """The change of one barrier in words and arrows (lower is better).

    >>> change_text(60, 45, "fr")
    '↓ 15 points : le frein recule'
    """
    if before is None or after is None:
        return "—"
    delta = round(after - before)
    if delta < 0:
        return t("diag.change_down", lang, delta=-delta)
    if delta > 0:
        return t("diag.change_up", lang, delta=delta)
    return t("diag.change_same", lang)


def diagnostic_view(page) -> DiagnosticView:
    """The diagnostic of ``page``'s participant (shown cell by cell by the notebook)."""
    return DiagnosticView(page)
