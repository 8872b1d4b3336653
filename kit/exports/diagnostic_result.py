"""The participant's diagnostic result as one printable, self-contained HTML page.

Everything the participant typed is escaped. The radar is embedded as a
base64 PNG, so the file opens anywhere, offline.

>>> from kit.trainer.demo import demo_progress
>>> page = result_page(demo_progress(3), "fr")
>>> page.startswith("<!DOCTYPE html>") and "<img" in page
True
"""

from __future__ import annotations

import base64
import html

from kit.content.library import load, module_entry
from kit.content.names import barrier_names
from kit.core.documents import print_css
from kit.core.languages import pick, t
from kit.core.pseudonyms import pseudonym
from kit.diagnostic.scoring import assess, path


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
    """The latest assessment with answers (and the first one, if re-taken) as a printable HTML document.

    A new assessment just started, still without answers, does not hide the previous result.
    ``radar`` is the PNG of the radar when the caller already has it (the live view does).
    """
    content = load("diagnostic")
    names = barrier_names(lang)
    answered = [a for a in progress.diagnostic.assessments if a.answers]
    if not answered:
        body = f"<p>{html.escape(t('diag.nothing_yet', lang))}</p>"
    else:
        latest = answered[-1]
        first = answered[0] if len(answered) > 1 else None
        if latest is not progress.diagnostic.assessments[-1]:
            radar = None  # the live radar shows the new, empty assessment
        results = assess(content, latest.answers)
        image = base64.b64encode(radar or radar_png(latest.scores, first.scores if first else None, lang)).decode("ascii")
        alt = html.escape(t("diag.radar_alt", lang, scores=", ".join(f"{names[r.barrier]} {r.score:.0f}" for r in results if r.score is not None)))
        rows = "".join(
            f"<tr><th scope='row'>{html.escape(names[r.barrier])}</th><td>{_score_text(r, lang)}</td>"
            f"<td>{html.escape(pick(r.band.label, lang)) if r.band else '—'}</td></tr>"
            for r in results
        )
        cards = "".join(
            f"<div class='card'><h3>{html.escape(names[r.barrier])} — {html.escape(pick(r.band.label, lang))}</h3>"
            f"<p>{html.escape(pick(r.band.interpretation, lang))}</p><p><strong>{html.escape(t('diag.advice', lang))}</strong> "
            f"{html.escape(pick(r.band.advice, lang))}</p></div>"
            for r in results
            if r.band
        )
        steps = "".join(f"<li>{html.escape(module_entry(m).id)} · {html.escape(pick(module_entry(m).title, lang))}</li>" for m, _ in path(content, results))
        body = (
            f"<p>{html.escape(t('diag.dated', lang, date=latest.started.strftime('%d/%m/%Y')))}</p>"
            f"<img src='data:image/png;base64,{image}' alt='{alt}' width='414' height='414'>"
            f"<table><thead><tr><th scope='col'>{html.escape(t('diag.col_barrier', lang))}</th><th scope='col'>{html.escape(t('diag.col_score', lang))}</th>"
            f"<th scope='col'>{html.escape(t('diag.col_band', lang))}</th></tr></thead><tbody>{rows}</tbody></table>"
            f"<h2>{html.escape(t('diag.what_it_means', lang))}</h2>{cards}"
            f"<h2>{html.escape(t('diag.path_title', lang))}</h2><ol>{steps}</ol>"
        )
    who = progress.profile.display_name or pseudonym(progress.profile.id)
    title = html.escape(t("diag.result_title", lang))
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{print_css()}</style></head><body><main><h1>{title}</h1><p>{html.escape(who)}</p>{body}</main></body></html>"
    )


def _score_text(result, lang: str) -> str:
    if result.score is None:
        return html.escape(t("diag.not_answered", lang))
    return html.escape(t("diag.score_of", lang, score=f"{result.score:.0f}"))
