"""The participant's diagnostic result as one printable, self-contained HTML page.

Rendered from ``kit/templates/diagnostic_result.html.j2`` (autoescaped: whatever the
participant typed is text). The radar is embedded as a base64 PNG, so the file
opens anywhere, offline. The page shows :func:`kit.progress.assessments.shown`:
a new assessment just started, still without answers, does not hide the previous result.

>>> from kit.trainer.demo import demo_progress
>>> page = result_page(demo_progress(3), "fr")
>>> page.startswith("<!DOCTYPE html>") and "<img" in page
True
"""

from __future__ import annotations

import base64

from kit.content.library import load
from kit.content.names import barrier_names
from kit.core.documents import render
from kit.core.languages import t
from kit.core.pseudonyms import pseudonym
from kit.diagnostic.summary import diagnostic_summary, path_steps, radar_description


def radar_png(current: dict[str, float], previous: dict[str, float] | None, lang: str, labels=None) -> bytes:
    """A one-off radar PNG for reports (the live view updates its own radar in place)."""
    from kit.charts.radar import Radar

    content = load("diagnostic")
    names = barrier_names(lang)
    order = [b.barrier for b in content.barriers]
    radar = Radar([names[b] for b in order], *(labels or (t("diag.now", lang), t("diag.before", lang))))
    radar.update([current.get(b) for b in order], [previous.get(b) for b in order] if previous else None)
    return radar.png()


def result_page(progress, lang: str, radar: bytes | None = None) -> str:
    """The shown assessment (and T0 as "before", if re-taken) as a printable HTML document.

    ``radar`` is the PNG of the radar when the caller already drew the same assessment (the live view).
    """
    summary = diagnostic_summary(progress, lang)
    from kit.progress.answers import band_words

    context = {"assessment": summary.assessment, "results": summary.results, "names": summary.names,
               "words": lambda band: band_words(band, progress)}
    if summary.assessment is not None:
        if radar is None:
            radar = radar_png(summary.assessment.scores, summary.before.scores if summary.before else None, lang)
        steps, default_intro = path_steps(summary.results, lang)
        context.update(radar=base64.b64encode(radar).decode("ascii"), radar_alt=radar_description(summary.results, lang),
                       steps=steps, default_intro=default_intro)
    who = progress.profile.display_name or pseudonym(progress.profile.id)
    return render("diagnostic_result.html.j2", lang, title=t("diag.result_title", lang), who=who, **context)
