"""The cohort report: one self-contained HTML file (charts embedded), pseudonymised by default.

Participants appear under a stable code derived from their profile id (the
same in every report); names and e-mails only with ``with_names=True``.
Everything read from the files is escaped.
"""

from __future__ import annotations

import base64
from datetime import datetime, timezone

from markupsafe import Markup

from kit.charts.cohort import bands_chart, reach_chart
from kit.charts.radar import Radar
from kit.cohort.stats import cohort_stats
from kit.content.library import load, load_all
from kit.content.names import barrier_names, module_label, platform_names
from kit.core.documents import render, trusted
from kit.core.formatting import number, percent
from kit.core.languages import pick, t

SMALL_GROUP = 5  # participants; below this, percentages say little about a group


def _png(png: bytes) -> str:
    return base64.b64encode(png).decode("ascii")


def _change(value, lang: str) -> str:
    if value is None:
        return "—"
    if value < 0:
        return t("cohort.eases", lang, delta=number(-value, lang, 1))
    if value > 0:
        return t("cohort.grows", lang, delta=number(value, lang, 1))
    return t("diag.change_same", lang)


def report_html(files, lang: str = "fr", with_names: bool = False, generated: datetime | None = None) -> str:
    """The whole report for a :class:`kit.cohort.files.CohortFiles`."""
    diagnostic, modules = load("diagnostic"), load("modules")
    stats = cohort_stats(files.kept, diagnostic)
    names = barrier_names(lang)
    tr = lambda key, **p: t(key, lang, **p)  # noqa: E731

    def decimal(value):
        return number(value, lang, 1)

    # Barriers at T0
    band_labels = {band.level: pick(band.label, lang) for band in diagnostic.barriers[0].bands}
    barriers = {
        "head": [tr("diag.col_barrier"), "n", tr("cohort.mean"), tr("cohort.median"), *band_labels.values()],
        "rows": [[names[f.barrier], f.count, decimal(f.mean), decimal(f.median), *(f.bands.get(level, 0) for level in band_labels)] for f in stats.barriers],
        "chart": _png(bands_chart([(names[f.barrier], f.bands) for f in stats.barriers], band_labels,
                                  (tr("cohort.axis_participants"), tr("cohort.axis_barrier")))) if stats.participants else None,
    }

    # Group radar and progress
    order = [b.barrier for b in diagnostic.barriers]
    t0_means = [f.mean for f in stats.barriers]
    latest_means = [f.mean_latest for f in stats.barriers]
    radar = Radar([names[b] for b in order], tr("cohort.radar_latest"), tr("cohort.radar_t0"))
    has_latest = any(v is not None for v in latest_means)
    radar.update(latest_means if has_latest else t0_means, t0_means if has_latest else None)
    described = ", ".join(f"{names[b]} {decimal(m)}" for b, m in zip(order, t0_means))
    progress = {
        "head": [tr(k) for k in ("diag.col_barrier", "cohort.col_pairs", "cohort.col_t0", "cohort.col_latest", "cohort.col_change", "cohort.col_eased", "cohort.col_grew", "cohort.col_same")],
        "rows": [[names[f.barrier], f.progressed, decimal(f.mean_t0_of_progressed), decimal(f.mean_latest), _change(f.mean_change, lang), f.eased, f.grew, f.same] for f in stats.barriers],
    }

    # How far each participant got
    sector_names = {sector.id: pick(sector.name, lang) for sector in load("sectors").sectors}
    people = []
    for s in files.kept:
        who = trusted(Markup("{}<br>{} {}").format(s.code, s.name or "", s.email or "")) if with_names else s.code
        furthest = stats.furthest[s.code]
        people.append([who, sector_names.get(s.sector, s.sector) if s.sector else "—", len(s.modules), furthest or "—",
                       tr("cohort.yes") if s.t0 else tr("cohort.no"), tr("cohort.yes") if s.latest else tr("cohort.no"), s.ideas, s.drafts])
    reach = {
        "modules": [module_label(m.id, lang) for m in modules.modules],
        "chart": _png(reach_chart(stats.reached, {m.id: m.id for m in modules.modules}, stats.participants,
                                  (tr("cohort.axis_module"), tr("cohort.axis_participants")))) if stats.participants else None,
        "head": [tr(k) for k in ("cohort.col_who", "cohort.col_sector", "cohort.col_modules", "cohort.col_furthest", "cohort.col_has_t0", "cohort.col_has_t1", "cohort.col_ideas", "cohort.col_drafts")],
        "rows": people,
    }

    # Opinion questions
    opinions = []
    for (quiz_id, question_id), question in {(quiz.id, q.id): q for quiz in load_all("quiz") for q in quiz.questions if q.type == "opinion"}.items():
        counts = stats.opinions.get((quiz_id, question_id), {})
        total = sum(counts.values())
        rows = [[pick(o.text, lang), counts.get(o.id, 0), percent(counts.get(o.id, 0) / total if total else 0, lang)] for o in question.options]
        opinions.append((pick(question.question, lang), rows))

    # Pillars, platforms, drafts
    bank = load_all("idea_prompts")
    pillar_names = {p.id: pick(p.name, lang) for p in bank[0].pillars} if bank else {}
    platforms = platform_names(lang)
    return render(
        "cohort_report.html.j2", lang, title=tr("cohort.title"), participants=stats.participants, with_names=with_names,
        barriers=barriers, radar={"png": _png(radar.png()), "alt": tr("cohort.radar_alt", scores=described)}, progress=progress,
        reach=reach, small_group=stats.participants < SMALL_GROUP, opinions=opinions,
        pillars=[[pillar_names.get(p, p), n] for p, n in stats.pillars.most_common()],
        platforms=[[platforms.get(p, p), n] for p, n in stats.platforms.most_common()],
        ideas=stats.ideas, drafts=stats.drafts, with_drafts=stats.with_drafts,
        superseded=[list(pair) for pair in files.superseded], set_aside=[list(pair) for pair in files.set_aside],
        generated=generated or datetime.now(timezone.utc),
    )
