"""The cohort report: hand-computed aggregates, pseudonyms, privacy, escaping, superseded and set-aside files."""

import io
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kit.cli import main
from kit.cohort.files import PARALLEL_FROM, collect, progress_paths, reading_processes
from kit.cohort.stats import cohort_stats
from kit.commands.cohort import ProgressBar
from kit.content.library import exercise, load
from kit.core.pseudonyms import pseudonym
from kit.exports.cohort_report import report_html
from kit.progress.model import Assessment, Plan, QuizAnswer, Visit, new_progress
from kit.progress.store import progress_bytes

DIAGNOSTIC = load("diagnostic")
BARRIERS = [b.barrier for b in DIAGNOSTIC.barriers]
OPINION = next(q for q in exercise("quiz", "mecanique").questions if q.type == "opinion")
WHEN = datetime(2026, 11, 2, 10, 0, tzinfo=timezone.utc)


def _participant(name, t0=None, t1=None, opinion=None, pillars=(), platforms=(), modules=("00", "01"), saved=WHEN, email=None):
    progress = new_progress()
    progress.profile.display_name = name
    progress.profile.email = email
    progress.saved_at = saved
    progress.visits = {m: Visit(first_seen=WHEN, last_seen=WHEN) for m in modules}
    for scores, day in ((t0, 0), (t1, 30)):
        if scores is not None:
            progress.diagnostic.assessments.append(
                Assessment(started=WHEN + timedelta(days=day), completed=WHEN + timedelta(days=day), answers={}, scores={b: scores for b in BARRIERS})
            )
    if opinion:
        progress.quizzes = {"mecanique": {OPINION.id: QuizAnswer(choices=[opinion], answered=WHEN)}}
    progress.plan = Plan(pillars=list(pillars), platforms={p: "" for p in platforms})
    return progress


def _write(folder: Path, name: str, progress) -> Path:
    path = folder / name
    path.write_bytes(progress_bytes(progress))
    return path


@pytest.fixture
def cohort(tmp_path):
    a, b = OPINION.options[0].id, OPINION.options[1].id
    _write(tmp_path, "p1.json", _participant("Nadia", t0=20, t1=10, opinion=a, pillars=["coulisses", "clients"], platforms=["facebook"], modules=("00", "01", "02", "03")))
    _write(tmp_path, "p2.json", _participant("Karim", t0=80, opinion=b, pillars=["coulisses"], platforms=["facebook", "linkedin"], email="karim@exemple.fr"))
    _write(tmp_path, "p3.json", _participant("Zoé", opinion=a, modules=("00",)))
    return tmp_path


def test_barrier_distribution_and_progress_match_hand_computation(cohort):
    files = collect(progress_paths([cohort]))
    stats = cohort_stats(files.kept)
    first = stats.barriers[0]
    assert (first.count, first.mean, first.median) == (2, 50.0, 50.0)
    assert first.bands == {"leger": 1, "modere": 0, "fort": 1}
    assert (first.progressed, first.mean_change, first.eased, first.grew, first.same) == (1, -10.0, 1, 0, 0)
    assert (first.mean_t0_of_progressed, first.mean_latest) == (20.0, 10.0)


def test_reach_opinions_pillars_and_platforms(cohort):
    stats = cohort_stats(collect(progress_paths([cohort])).kept)
    assert stats.reached == {"00": 3, "01": 2, "02": 1, "03": 1}
    assert stats.opinions[("mecanique", OPINION.id)] == {OPINION.options[0].id: 2, OPINION.options[1].id: 1}
    assert stats.pillars.most_common() == [("coulisses", 2), ("clients", 1)]
    assert stats.platforms["facebook"] == 2 and stats.platforms["linkedin"] == 1
    assert sorted(v for v in stats.furthest.values()) == ["00", "01", "03"]


def test_codes_are_stable_and_the_default_report_has_no_name_or_email(cohort):
    files = collect(progress_paths([cohort]))
    assert [s.code for s in files.kept] == sorted(pseudonym(s.profile_id) for s in files.kept)
    assert [s.code for s in collect(progress_paths([cohort])).kept] == [s.code for s in files.kept]
    page = report_html(files)
    for secret in ("Nadia", "Karim", "Zoé", "karim@exemple.fr"):
        assert secret not in page
    assert all(s.code in page for s in files.kept)


def test_a_small_group_is_warned_that_percentages_say_little(cohort, tmp_path):
    assert "Petit groupe (3 participants)" in report_html(collect(progress_paths([cohort])))
    assert main(["demo-progress", "--count", "6", "--out", str(tmp_path / "big")]) == 0
    assert "Petit groupe" not in report_html(collect(progress_paths([tmp_path / "big"])))


def test_the_report_speaks_the_trainers_language(tmp_path):
    nadia, karim = _participant("Nadia", t0=20), _participant("Karim", t0=31)
    nadia.profile.sector, karim.profile.sector = "boulangerie", "services_b2b"
    _write(tmp_path, "a.json", nadia)
    _write(tmp_path, "b.json", karim)
    files = collect(progress_paths([tmp_path]))
    french, english = report_html(files, "fr"), report_html(files, "en")
    assert "<td>25,5</td>" in french and "<td>25.5</td>" in english  # the mean, with a decimal comma in French
    assert "<td>Boulangerie, pâtisserie, commerce de bouche</td>" in french and ">boulangerie<" not in french
    assert "B2B services, consulting" in english


def test_names_only_with_the_option_and_always_escaped(tmp_path):
    _write(tmp_path, "p.json", _participant("<script>alert(1)</script>", t0=50, email="a@b.fr"))
    page = report_html(collect(progress_paths([tmp_path])), with_names=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "a@b.fr" in page


def test_the_newest_file_of_a_participant_wins(tmp_path):
    older = _participant("Nadia", t0=60, saved=WHEN)
    newer = older.model_copy(deep=True)
    newer.saved_at = WHEN + timedelta(days=3)
    newer.diagnostic.assessments[0].scores = {b: 30 for b in BARRIERS}
    _write(tmp_path, "b-newer.json", newer)
    _write(tmp_path, "a-older.json", older)
    files = collect(progress_paths([tmp_path]))
    assert len(files.kept) == 1 and files.kept[0].t0[BARRIERS[0]] == 30
    assert files.superseded == [(str(tmp_path / "a-older.json"), str(tmp_path / "b-newer.json"))]


def test_bad_files_are_set_aside_with_a_reason_and_the_report_still_built(tmp_path, capsys):
    _write(tmp_path, "good.json", _participant("Nadia", t0=40))
    (tmp_path / "cut.json").write_text('{"kind": "kit-coaching-progress", "sche', encoding="utf-8")
    (tmp_path / "other.json").write_text('{"hello": 1}', encoding="utf-8")
    (tmp_path / "future.json").write_text('{"kind": "kit-coaching-progress", "schema_version": 99}', encoding="utf-8")
    (tmp_path / "<evil>.json").write_text("[]", encoding="utf-8")
    assert main(["cohort", str(tmp_path), "--out", str(tmp_path / "r.html")]) == 0
    err = capsys.readouterr().err
    assert err.count("mis de côté") == 4 and "abîmé" in err and "plus récente" in err
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Fichiers mis de côté" in page and "&lt;evil&gt;.json" in page and "<evil>" not in page


def test_reading_in_several_processes_gives_the_same_result_as_one_by_one(tmp_path):
    older = _participant("Nadia", t0=60, saved=WHEN)
    newer = older.model_copy(deep=True)
    newer.saved_at = WHEN + timedelta(days=3)
    _write(tmp_path, "a-older.json", older)
    _write(tmp_path, "b-newer.json", newer)
    _write(tmp_path, "c.json", _participant("Karim", t0=20, t1=10))
    (tmp_path / "cut.json").write_text("{", encoding="utf-8")
    paths = progress_paths([tmp_path])
    calls = []
    one_by_one = collect(paths)
    in_parallel = collect(paths, processes=2, meanwhile=lambda: calls.append("charts loaded"))
    assert in_parallel == one_by_one and calls == ["charts loaded"]
    assert len(in_parallel.kept) == 2 and len(in_parallel.superseded) == 1 and len(in_parallel.set_aside) == 1


def test_without_worker_processes_the_files_are_read_one_by_one(cohort, monkeypatch):
    import kit.cohort.files

    def refuse(*args, **kwargs):
        raise OSError(38, "Function not implemented")  # e.g. a machine without shared-memory semaphores

    monkeypatch.setattr(kit.cohort.files, "ProcessPoolExecutor", refuse)
    calls = []
    files = collect(progress_paths([cohort]), processes=2, meanwhile=lambda: calls.append("charts loaded"))
    assert len(files.kept) == 3 and calls == ["charts loaded"]


def test_large_cohorts_are_read_by_one_process_per_core():
    assert reading_processes(PARALLEL_FROM - 1) == 1
    assert reading_processes(PARALLEL_FROM) == min(len(os.sched_getaffinity(0)), 8)


def test_no_usable_file_is_exit_2(tmp_path, capsys):
    (tmp_path / "cut.json").write_text("{", encoding="utf-8")
    assert main(["cohort", str(tmp_path), "--out", str(tmp_path / "r.html")]) == 2
    assert "Aucun fichier de progression utilisable" in capsys.readouterr().err and not (tmp_path / "r.html").exists()


def test_report_is_self_contained(cohort):
    page = report_html(collect(progress_paths([cohort])))
    assert page.count('<img src="data:image/png;base64,') >= 3
    for external in ("http://", "https://", "<script", "<link"):
        assert external not in page.replace("https://json-schema", "")


def test_demo_cohort_from_the_command_line(tmp_path):
    assert main(["demo-progress", "--count", "12", "--out", str(tmp_path / "group")]) == 0
    assert main(["cohort", str(tmp_path / "group"), "--out", str(tmp_path / "r.html"), "--lang", "en"]) == 0
    assert "Group report" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_progress_bar_counts_to_100_percent():
    stream = io.StringIO()
    bar = ProgressBar(250, stream)
    for done in range(1, 251):
        bar(done, 250)
    lines = stream.getvalue().splitlines()
    assert lines[-1].endswith("100 % (250/250)") and len(lines) == 11


def test_notebook_report_from_uploaded_files_and_a_folder(cohort, tmp_path):
    from datetime import datetime, timezone

    from kit.ui.cohort_view import CohortView
    from kit.ui.trainer_page import TrainerPage

    view = CohortView(TrainerPage("fr", "rapport_groupe"))
    raw = (cohort / "p1.json").read_bytes()
    view.upload.value = ({"name": "p1.json", "type": "application/json", "size": len(raw), "content": memoryview(raw), "last_modified": datetime.now(timezone.utc)},)
    view.folder.value = str(cohort)
    view.build.click()
    assert "Rapport prêt : 3 participants, 1 fichier remplacé" in view.message.value
    assert "rapport-groupe.html" in view.message.value and "<iframe" in view.report.value and "Nadia" not in view.report.value
    view.with_names.value = True
    view.build.click()
    assert "Nadia" in view.report.value and "rapport-groupe-nominatif.html" in view.message.value
    view.folder.value = str(tmp_path / "nowhere")
    view.build.click()
    assert "introuvable" in view.message.value


def _drawn_axes(monkeypatch):
    """The matplotlib axes of the next chart drawn by kit.charts.cohort (instead of its PNG)."""
    import kit.charts.cohort as charts

    drawn = []
    monkeypatch.setattr(charts, "_png", lambda figure: drawn.append(figure) or b"png")
    return drawn


def test_the_report_charts_count_whole_participants_and_name_their_axes(monkeypatch):
    from kit.charts.cohort import bands_chart, reach_chart

    drawn = _drawn_axes(monkeypatch)
    bands_chart([("Le temps", {"leger": 1, "modere": 2, "fort": 0})], {"leger": "léger", "modere": "modéré", "fort": "fort"}, ("Participants", "Frein"))
    reach_chart({"00": 3, "01": 2}, {"00": "00", "01": "01"}, 3, ("Module du parcours", "Participants"))
    bands, reach = (figure.axes[0] for figure in drawn)
    for axes in drawn:
        axes.canvas.draw()
    assert bands.get_xlabel() == "Participants" and bands.get_ylabel() == "Frein"
    assert reach.get_xlabel() == "Module du parcours" and reach.get_ylabel() == "Participants"
    for values in ([t for t in bands.get_xticks() if 0 <= t <= 3], [t for t in reach.get_yticks() if 0 <= t <= 3]):
        assert values and all(float(v).is_integer() for v in values), values


def test_the_report_is_dated_in_paris_time_and_names_modules_without_wrapping_them(cohort):
    from datetime import datetime, timezone

    page = report_html(collect(progress_paths([cohort])), "fr", generated=datetime(2026, 12, 1, 23, 30, tzinfo=timezone.utc))
    assert "Rapport produit le 02/12/2026 00:30" in page  # 23:30 UTC is already the next day in Paris
    assert "<li>08 · Stratégie et plan d’action</li>" in page  # one legend of the modules…
    assert "<td>08 · Stratégie" not in page  # …and their number alone in the table's narrow column
