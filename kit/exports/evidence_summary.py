"""The session summary (trainer side): positioning at entry, results at the end, appreciations.

Qualiopi indicators 8 (positioning: diagnostic T0, pre-test), 11 (objectives
reached: T1, results per objective) and 30 (appreciations « à chaud » and
« à froid », comments without names).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from kit.cohort.stats import cohort_stats
from kit.core.formatting import number, percent
from kit.core.languages import pick, t
from kit.evidence.satisfaction import survey_figures
from kit.exports.evidence_documents import footer, level_labels, session_facts
from kit.exports.pdf import new_pdf, pdf_bytes

LEVEL_ORDER = ("acquis", "en_cours", "non_acquis", "non_evalue")


def _num(value, lang: str, digits: int = 1) -> str:
    return number(value, lang, digits)


def _percent(part: int, whole: int, lang: str) -> str:
    return "—" if not whole else percent(part / whole, lang)


def _mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def objective_counts(participants) -> dict[str, Counter]:
    """Objective id -> participants per level."""
    counts: dict[str, Counter] = {}
    for person in participants:
        for result in person.results:
            counts.setdefault(result.objective.id, Counter())[result.level] += 1
    return counts


def summary_pdf(session, participants, files, objectives, surveys, diagnostic, lang: str, generated: datetime) -> bytes:
    """The whole summary of a session as PDF bytes."""
    from kit.content.names import barrier_names

    title = t("evidence.summary_title", lang)
    pdf = new_pdf(title, footer(lang), generated)
    pdf.heading(title)
    pdf.facts(session_facts(session, lang))
    pdf.paragraph(t("evidence.summary_files", lang, participants=len(participants), superseded=len(files.superseded), aside=len(files.set_aside)))

    # Indicator 8 — positioning at entry
    names = barrier_names(lang)
    stats = cohort_stats(files.kept, diagnostic)
    pdf.heading(t("evidence.summary_positioning", lang), size=12)
    band_levels = [b.level for b in diagnostic.barriers[0].bands]
    band_names = [pick(b.label, lang) for b in diagnostic.barriers[0].bands]
    rows = [[names[f.barrier], str(f.count), _num(f.mean, lang), *(str(f.bands.get(level, 0)) for level in band_levels)] for f in stats.barriers]
    pdf.grid([t("evidence.col_barrier", lang), "n", t("evidence.col_mean_t0", lang), *band_names], rows)
    took = [p for p in participants if p.position.pretest_answered]
    pdf.paragraph(t("evidence.summary_pretest", lang, count=len(took), participants=len(participants), share=_percent_of(_mean([p.position.pretest for p in took]), lang)))

    # Indicator 11 — evaluation at the end
    pdf.heading(t("evidence.summary_evaluation", lang), size=12)
    rows = [[names[f.barrier], str(f.progressed), _num(f.mean_t0_of_progressed, lang), _num(f.mean_latest, lang), _num(f.mean_change, lang)] for f in stats.barriers]
    pdf.grid([t("evidence.col_barrier", lang), t("evidence.col_pairs", lang), "T0", "T1", t("evidence.col_change", lang)], rows)
    both = [p for p in took if p.position.pretest is not None and p.position.end is not None]
    pdf.paragraph(t("evidence.summary_pretest_end", lang, count=len(both), before=_percent_of(_mean([p.position.pretest for p in both]), lang), after=_percent_of(_mean([p.position.end for p in both]), lang)))
    labels = level_labels(objectives, lang)
    counts = objective_counts(participants)
    rows = [[module, pick(o.text, lang), *(str(counts.get(o.id, Counter())[level]) for level in LEVEL_ORDER)] for module, o in objectives.objectives(_modules(session))]
    pdf.grid([t("evidence.col_module", lang), t("evidence.col_objective", lang), *(labels[level] for level in LEVEL_ORDER)], rows, widths=(14, 76, 22, 22, 22, 22), size=8)
    pdf.paragraph(t("evidence.results_how", lang), size=8.5)

    # Indicator 30 — appreciations
    pdf.heading(t("evidence.summary_satisfaction", lang), size=12)
    for survey in surveys:
        figures = survey_figures(survey, [p.progress.surveys.get(survey.id) for p in participants])
        pdf.paragraph(t("evidence.survey_line", lang, title=pick(survey.title, lang), moment=t(f"evidence.moment_{survey.moment}", lang), count=figures.respondents, participants=len(participants), share=_percent_of(figures.positive_share, lang)), bold=True)
        rows = []
        for fig in figures.questions:
            if fig.question.type == "scale":
                scale = survey.scale(fig.question.scale)
                rows.append([pick(fig.question.question, lang), str(fig.answered), f"{_num(fig.mean, lang, 2)} / {len(scale.labels)}", _percent(fig.positive, fig.answered, lang)])
            elif fig.question.type == "choices":
                ticks = ", ".join(f"{pick(o.text, lang)} : {fig.counts.get(o.id, 0)}" if lang == "fr" else f"{pick(o.text, lang)}: {fig.counts.get(o.id, 0)}" for o in fig.question.options)
                rows.append([pick(fig.question.question, lang), str(fig.answered), ticks, "—"])
        if rows:
            pdf.grid([t("evidence.col_question", lang), "n", t("evidence.col_mean", lang), t("evidence.col_positive", lang)], rows, widths=(80, 12, 56, 30), size=8)
        for question in survey.questions:
            texts = figures.comments.get(question.id)
            if texts:
                pdf.paragraph(pick(question.question, lang), size=9, bold=True)
                for text in texts:
                    pdf.paragraph(f"– « {text} »" if lang == "fr" else f"– “{text}”", size=9)

    # Participants (trainer side: names allowed)
    pdf.heading(t("evidence.summary_people", lang), size=12)
    rows = []
    for p in participants:
        done = Counter(r.level for r in p.results)
        rows.append([f"{p.shown_name} ({p.code})" if p.shown_name else p.code, _yes(p.position.t0, lang), _yes(p.position.t1, lang), _yes(p.position.pretest_answered, lang),
                     f"{done['acquis']} / {len(p.results)}", *(_yes(_answered(p, s), lang) for s in surveys)])
    pdf.grid([t("evidence.col_participant", lang), "T0", "T1", t("evidence.col_pretest", lang), t("evidence.col_acquired", lang), *(t(f"evidence.moment_{s.moment}", lang) for s in surveys)], rows, size=8)
    if files.set_aside:
        pdf.heading(t("evidence.set_aside", lang), size=11)
        pdf.grid([t("evidence.col_file", lang), t("evidence.col_reason", lang)], [[path, reason] for path, reason in files.set_aside], widths=(80, 98), size=8)
    return pdf_bytes(pdf)


def _modules(session):
    return set(session.modules) or None


def _answered(person, survey) -> bool:
    from kit.evidence.satisfaction import has_answers

    return has_answers(person.progress.surveys.get(survey.id))


def _yes(value, lang: str) -> str:
    return t("evidence.yes" if value else "evidence.no", lang)


def _percent_of(share, lang: str) -> str:
    return percent(share, lang)
