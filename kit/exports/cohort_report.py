"""The cohort report: one self-contained HTML file (charts embedded), pseudonymised by default.

Participants appear under a stable code derived from their profile id (the
same in every report); names and e-mails only with ``with_names=True``.
Everything read from the files is escaped.
"""

from __future__ import annotations

import base64
import html
from datetime import datetime

from kit.charts.cohort import bands_chart, reach_chart
from kit.charts.radar import Radar
from kit.cohort.stats import cohort_stats
from kit.content.library import load, load_all
from kit.content.names import barrier_names
from kit.core.documents import print_css
from kit.core.languages import pick, t

esc = html.escape
SMALL_GROUP = 5  # participants; below this, percentages say little about a group


def _img(png: bytes, alt: str, width: int) -> str:
    return f"<img src='data:image/png;base64,{base64.b64encode(png).decode('ascii')}' alt='{esc(alt)}' width='{width}'>"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th scope='col'>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _number(value: float, lang: str) -> str:
    """``42.5`` -> ``42,5`` in French, ``42.5`` in English."""
    shown = f"{value:g}"
    return shown.replace(".", ",") if lang == "fr" else shown


def _fmt(value, lang: str) -> str:
    return "—" if value is None else _number(value, lang)


def _change(value, lang: str) -> str:
    if value is None:
        return "—"
    if value < 0:
        return esc(t("cohort.eases", lang, delta=_number(-value, lang)))
    if value > 0:
        return esc(t("cohort.grows", lang, delta=_number(value, lang)))
    return esc(t("diag.change_same", lang))


def report_html(files, lang: str = "fr", with_names: bool = False, generated: datetime | None = None) -> str:
    """The whole report for a :class:`kit.cohort.files.CohortFiles`."""
    diagnostic, modules = load("diagnostic"), load("modules")
    stats = cohort_stats(files.kept, diagnostic)
    names = barrier_names(lang)
    tr = lambda key, **p: esc(t(key, lang, **p))  # noqa: E731
    parts = [f"<h1>{tr('cohort.title')}</h1>", f"<p>{tr('cohort.summary', participants=stats.participants, superseded=len(files.superseded), aside=len(files.set_aside))}</p>"]
    parts.append(f"<p class='note'>{tr('cohort.pseudonyms' if not with_names else 'cohort.with_names')}</p>")

    # Barriers at T0
    band_labels = {band.level: pick(band.label, lang) for band in diagnostic.barriers[0].bands}
    rows = [[esc(names[f.barrier]), str(f.count), _fmt(f.mean, lang), _fmt(f.median, lang), *(str(f.bands.get(level, 0)) for level in band_labels)] for f in stats.barriers]
    parts += [f"<h2>{tr('cohort.barriers')}</h2>", _table([t("diag.col_barrier", lang), "n", t("cohort.mean", lang), t("cohort.median", lang), *band_labels.values()], rows)]
    if stats.participants:
        chart = bands_chart([(names[f.barrier], f.bands) for f in stats.barriers], band_labels)
        parts.append(_img(chart, t("cohort.bands_alt", lang), 630))

    # Group radar and progress
    order = [b.barrier for b in diagnostic.barriers]
    t0_means = [f.mean for f in stats.barriers]
    latest_means = [f.mean_latest for f in stats.barriers]
    radar = Radar([names[b] for b in order], t("cohort.radar_latest", lang), t("cohort.radar_t0", lang))
    has_latest = any(v is not None for v in latest_means)
    radar.update(latest_means if has_latest else t0_means, t0_means if has_latest else None)
    described = ", ".join(f"{names[b]} {_fmt(m, lang)}" for b, m in zip(order, t0_means))
    parts += [f"<h2>{tr('cohort.radar')}</h2>", _img(radar.png(), t("cohort.radar_alt", lang, scores=described), 414)]
    rows = [[esc(names[f.barrier]), str(f.progressed), _fmt(f.mean_t0_of_progressed, lang), _fmt(f.mean_latest, lang), _change(f.mean_change, lang), str(f.eased), str(f.grew), str(f.same)] for f in stats.barriers]
    parts += [f"<h2>{tr('cohort.progress')}</h2>", _table([t(k, lang) for k in ("diag.col_barrier", "cohort.col_pairs", "cohort.col_t0", "cohort.col_latest", "cohort.col_change", "cohort.col_eased", "cohort.col_grew", "cohort.col_same")], rows)]

    # How far each participant got
    module_labels = {m.id: m.id for m in modules.modules}
    parts.append(f"<h2>{tr('cohort.reach')}</h2>")
    if stats.participants:
        parts.append(_img(reach_chart(stats.reached, module_labels, stats.participants), t("cohort.reach_alt", lang), 630))
    titles = {m.id: pick(m.title, lang) for m in modules.modules}
    sector_names = {sector.id: pick(sector.name, lang) for sector in load("sectors").sectors}
    people = []
    for s in files.kept:
        who = esc(s.code) + (f"<br>{esc(s.name or '')} {esc(s.email or '')}" if with_names else "")
        furthest = stats.furthest[s.code]
        people.append([who, esc(sector_names.get(s.sector, s.sector) if s.sector else "—"), str(len(s.modules)), esc(f"{furthest} · {titles.get(furthest, '')}" if furthest else "—"),
                       tr("cohort.yes") if s.t0 else tr("cohort.no"), tr("cohort.yes") if s.latest else tr("cohort.no"), str(s.ideas), str(s.drafts)])
    parts.append(_table([t(k, lang) for k in ("cohort.col_who", "cohort.col_sector", "cohort.col_modules", "cohort.col_furthest", "cohort.col_has_t0", "cohort.col_has_t1", "cohort.col_ideas", "cohort.col_drafts")], people))

    # Opinion questions
    parts.append(f"<h2>{tr('cohort.opinions')}</h2>")
    if stats.participants < SMALL_GROUP:
        parts.append(f"<p class='note'>{tr('cohort.small_group', participants=stats.participants)}</p>")
    questions = {(quiz.id, q.id): q for quiz in load_all("quiz") for q in quiz.questions if q.type == "opinion"}
    for key, question in questions.items():
        counts = stats.opinions.get(key, {})
        total = sum(counts.values()) or 1
        rows = [[esc(pick(o.text, lang)), str(counts.get(o.id, 0)), f"{100 * counts.get(o.id, 0) / total:.0f} %"] for o in question.options]
        parts += [f"<h3>{esc(pick(question.question, lang))}</h3>", _table([t("cohort.col_position", lang), "n", "%"], rows)]

    # Pillars, platforms, drafts
    bank = load_all("idea_prompts")
    pillar_names = {p.id: pick(p.name, lang) for p in bank[0].pillars} if bank else {}
    from kit.content.names import platform_names

    platforms = platform_names(lang)
    parts += [f"<h2>{tr('cohort.pillars')}</h2>", _table([t("plan.col_pillar", lang), "n"], [[esc(pillar_names.get(p, p)), str(n)] for p, n in stats.pillars.most_common()])]
    parts += [f"<h2>{tr('cohort.platforms')}</h2>", _table([t("plan.col_platform", lang), "n"], [[esc(platforms.get(p, p)), str(n)] for p, n in stats.platforms.most_common()])]
    parts += [f"<h2>{tr('cohort.writing')}</h2>", f"<p>{tr('cohort.writing_line', ideas=stats.ideas, drafts=stats.drafts, people=stats.with_drafts)}</p>"]

    # Superseded and set-aside files
    parts.append(f"<h2>{tr('cohort.superseded')}</h2>")
    parts.append(_table([t("cohort.col_old_file", lang), t("cohort.col_new_file", lang)], [[esc(old), esc(new)] for old, new in files.superseded]) if files.superseded else f"<p>{tr('cohort.none')}</p>")
    parts.append(f"<h2>{tr('cohort.set_aside')}</h2>")
    parts.append(_table([t("cohort.col_file", lang), t("cohort.col_reason", lang)], [[esc(path), esc(reason)] for path, reason in files.set_aside]) if files.set_aside else f"<p>{tr('cohort.none')}</p>")
    stamp = (generated or datetime.now()).strftime("%d/%m/%Y %H:%M")
    parts.append(f"<p class='note'>{tr('cohort.generated', date=stamp)}</p>")
    title = tr("cohort.title")
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{print_css()} .note {{ color: #3d4652; }} h3 {{ font-size: 1em; }}</style></head><body><main>{''.join(parts)}</main></body></html>"
    )
