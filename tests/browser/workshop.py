"""A workshop in the participant view, step by step, as people do it: the harness the end-to-end test uses.

Later tests extend these steps rather than writing their own. Each step acts
through the page as a person would (labels, buttons, the keyboard), and reads
back what the page shows or what it lets the person download.

>>> [name.split("_")[0] for name in PATH_NOTEBOOKS][:3]
['00', '01', '02']
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.browser.conftest import FIRST_LOAD_MS
from tests.browser.helpers import RADIO_GROUP, choose, download, radio_answers, upload, wait_for_text

PATH_NOTEBOOKS = [
    "00_bienvenue", "01_diagnostic", "02_mains_dans_le_cambouis", "03_pro_et_perso", "04_le_temps",
    "05_lacher_prise", "06_quoi_dire", "07_atelier_redaction", "08_strategie",
]
PATH = [f"notebooks/{name}.ipynb" for name in PATH_NOTEBOOKS]
OUTSIDE_THE_PATH = ["notebooks/positionnement.ipynb", "notebooks/avis.ipynb"]
STATEMENT = ".kit-statement select"  # a question still asked with a drop-down list (sorting, quiz…)


def wait_until_live(page) -> None:
    """The page's widgets are drawn and linked to its kernel (the page's link with the browser is there)."""
    page.wait_for_selector(".kit-nav", timeout=FIRST_LOAD_MS)
    page.wait_for_function("typeof window.kitCheckConnection === 'function'", timeout=FIRST_LOAD_MS)


def tour(page, server) -> list[str]:
    """Open the welcome page, follow "Suivant" through every module, then the two pages outside the path."""
    page.goto(server.login_url(PATH[0]), timeout=FIRST_LOAD_MS)
    wait_until_live(page)
    seen = [page.url]
    for _ in PATH[1:]:
        page.locator("a[rel=next]").first.click()
        page.wait_for_url(re.compile(re.escape(PATH[len(seen)]) + r"(\?|$)"), timeout=FIRST_LOAD_MS)
        wait_until_live(page)
        seen.append(page.url)
    for notebook in OUTSIDE_THE_PATH:
        page.goto(server.url(notebook), timeout=FIRST_LOAD_MS)
        wait_until_live(page)
        seen.append(page.url)
    return seen


class Participant:
    """One business owner in one browser, on the server of the room (which can change: a restart)."""

    def __init__(self, page, server, folder: Path):
        self.page, self.server, self.folder = page, server, Path(folder)

    def open(self, notebook: str) -> None:
        """Go to a page of the path (``"05_lacher_prise"``) and wait until it is live."""
        self.page.goto(self.server.login_url(f"notebooks/{notebook}.ipynb"), timeout=FIRST_LOAD_MS)
        wait_until_live(self.page)
        self.page.wait_for_selector(".kit-download", timeout=FIRST_LOAD_MS)  # the save panel: every cell is there

    def choose_sector(self, label: str) -> None:
        """Module 00: the profile's line of business."""
        self.page.get_by_label("Votre secteur d’activité").select_option(value=label)  # ipywidgets: the value is the label
        self.page.keyboard.press("Tab")

    def take_diagnostic(self, choice=lambda index: index % 5) -> list[str]:
        """Module 01: answer all 25 statements, one click each (``choice(i)`` picks the answer of statement i);
        returns the answers shown (the chosen position in each statement)."""
        self.open("01_diagnostic")
        for index in range(self.page.locator(RADIO_GROUP).count()):
            choose(self.page, index, choice(index))
        wait_for_text(self.page, ".kit-choice-count", r"25 réponses sur 25")
        self.page.wait_for_selector(".kit-path li")
        return self.diagnostic_answers()

    def diagnostic_answers(self) -> list[str]:
        """What module 01 shows as chosen, statement by statement ("" for none)."""
        return radio_answers(self.page)

    def download_progress(self, name: str = "progression.json") -> Path:
        """The save panel's "Télécharger ma progression"."""
        target = self.folder / name
        download(self.page, "a[download^='progression-']", target)
        return target

    def restore(self, path: Path) -> None:
        """The save panel's "Recharger une sauvegarde", with a file downloaded earlier."""
        upload(self.page, path)
        wait_for_text(self.page, ".kit-notice", "Sauvegarde rechargée")

    def sort_first_card(self) -> str:
        """Module 05: put the first card on a pile and compare with the suggestion; returns the comparison."""
        self.open("05_lacher_prise")
        self.page.locator(STATEMENT).first.select_option(index=0)
        self.page.get_by_role("button", name="Comparer avec la suggestion").click()
        wait_for_text(self.page, "table td", "même choix|choix différent")
        return self.page.inner_text("table")

    def plan_week(self, days: tuple[str, ...] = ("mardi", "vendredi"), minutes: int = 60, posts_a_week: int = 2) -> str:
        """Module 04: the minutes I can give, photo posts a week and the days; returns the routine's summary."""
        self.open("04_le_temps")
        self.page.get_by_label("Minutes par semaine que je peux vraiment y consacrer").fill(str(minutes))
        self.page.keyboard.press("Tab")
        self.page.get_by_label(re.compile("^Publication photo avec légende")).select_option(value=f"{posts_a_week} fois par semaine")
        for day in days:
            self.page.get_by_label(re.compile(f"^{day}$")).check()
        wait_for_text(self.page, "strong", "jours : " + ", ".join(days))
        return self.page.locator("strong", has_text="Ma routine").inner_text()

    def write_post(self, platform_label: str, text: str) -> str:
        """Module 07: write a post for one network; returns what the counters say."""
        self.open("07_atelier_redaction")
        self.page.get_by_label(re.compile("^" + re.escape(platform_label))).check()
        self.page.get_by_label("Texte du message").fill(text)
        wait_for_text(self.page, ".kit-counter", re.escape(platform_label.split(" ")[0]))
        return self.page.inner_text(".kit-counter") if self.page.locator(".kit-counter").count() == 1 else " | ".join(
            self.page.locator(".kit-counter").all_inner_texts())

    def build_plan(self, start: str, platform_label: str = "Facebook") -> bytes:
        """Module 08: a platform, a start date, the 30-day calendar; returns the downloaded ``.ics``."""
        self.open("08_strategie")
        self.page.get_by_label(re.compile("^" + re.escape(platform_label))).check()
        self.page.get_by_label("Date de début du plan").fill(start)
        self.page.keyboard.press("Tab")
        self.page.get_by_role("button", name="Construire mon calendrier sur 30 jours").click()
        wait_for_text(self.page, ".kit-notice", r"Calendrier construit : \d+ publication")
        return download(self.page, "a[download$='.ics']", self.folder / "plan.ics")


class Trainer:
    """The trainer, on the same server, with the trainer pages (``notebooks/formateur/``)."""

    def __init__(self, page, server, folder: Path):
        self.page, self.server, self.folder = page, server, Path(folder)

    def open(self, notebook: str) -> None:
        self.page.goto(self.server.login_url(f"notebooks/formateur/{notebook}.ipynb"), timeout=FIRST_LOAD_MS)
        wait_until_live(self.page)

    def build_agenda(self, modules: list[str], format_name: str) -> str:
        """Tick ``modules`` ("04"…) and choose a format; returns the agenda table's text."""
        self.open("agenda")
        titles = []
        for module in modules:
            box = self.page.get_by_label(re.compile(rf"^{module} · "))
            box.check()
            titles.append(re.match(r"^\d+ · (.*?) — ", box.evaluate("b => b.labels[0].innerText")).group(1))
        choice = self.page.get_by_label("Format de l’atelier")
        labels = choice.evaluate("s => Array.from(s.options).map(o => o.value)")  # ipywidgets: the value is the label
        choice.select_option(value=next(label for label in labels if label.startswith(format_name)))
        self.page.wait_for_selector("table")
        wait_for_text(self.page, "table td, li", "^" + re.escape(titles[-1]))  # in the agenda, or listed as not fitting
        return self.page.locator("table").first.evaluate("t => t.closest('.widget-vbox').innerText")

    def group_report(self, files: list[Path]) -> str:
        """Drop the participants' files, build the report; returns the page's message."""
        self.open("rapport_groupe")
        with self.page.expect_file_chooser() as chooser:
            self.page.click(".widget-upload")
        chooser.value.set_files([str(path) for path in files])
        self.page.get_by_role("button", name="Construire le rapport de groupe").click()
        wait_for_text(self.page, ".kit-notice", "Rapport prêt", timeout=60_000)
        return self.page.inner_text(".kit-notice")
