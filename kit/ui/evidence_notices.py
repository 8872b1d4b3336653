"""Welcome-page invitations of the Qualiopi evidence: the pre-test at entry, the « à froid » survey at the day-30 check-in.

>>> from datetime import date
>>> from kit.trainer.demo import demo_progress
>>> progress = demo_progress(2)
>>> "avis.ipynb" in cold_survey_html(progress, "fr", today=progress.plan.start.replace(year=2030))
True
"""

from __future__ import annotations

import html
from datetime import date

from kit.core.formatting import day
from kit.core.languages import pick, t
from kit.planning.calendar import check_in_dates


def _link_notice(text: str, href: str, link: str) -> str:
    return (
        f"<div class='kit-notice kit-notice-info' role='status'><span aria-hidden='true'>ℹ</span> {html.escape(text)} "
        f"<a href='{href}'>{html.escape(link)}</a></div>"
    )


def cold_survey_day(plan, survey) -> date | None:
    """The day the « à froid » survey opens: the plan's check-in J+``offer_on_day`` (that many days after the start)."""
    if plan.start is None or survey is None:
        return None
    return check_in_dates(plan.start, [survey.offer_on_day or 30])[0]


def cold_survey_html(progress, lang: str, today: date | None = None) -> str:
    """An invitation to the « à froid » survey once its check-in is reached or past, until it is completed."""
    from kit.content.library import load_all

    today = today or date.today()
    survey = next((s for s in load_all("survey") if s.moment == "froid"), None)
    opens = cold_survey_day(progress.plan, survey)
    answers = progress.surveys.get(survey.id) if survey else None
    if opens is None or today < opens or (answers is not None and answers.completed):
        return ""
    return _link_notice(t("follow.cold_survey", lang, date=day(opens, lang), title=pick(survey.title, lang)), "avis.ipynb", t("follow.cold_survey_link", lang))


def pretest_html(progress, lang: str) -> str:
    """An invitation to the short positioning test, before the diagnostic is done and while it is unanswered."""
    from kit.content.library import load

    pretest = load("objectives").pretest
    if pretest is None or progress.pretest or progress.diagnostic.assessments:
        return ""
    return _link_notice(t("follow.pretest", lang, count=len(pretest.questions)), "positionnement.ipynb", t("follow.pretest_link", lang))


def evidence_notices_html(progress, lang: str, today: date | None = None) -> str:
    """Both invitations, as they apply today (empty when none does, and in a prepared session,
    which has neither the positioning test nor the survey page)."""
    from kit.ui.navigation import prepared_notebooks

    if prepared_notebooks() is not None:
        return ""
    return pretest_html(progress, lang) + cold_survey_html(progress, lang, today)
