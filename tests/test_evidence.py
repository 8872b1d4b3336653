"""The Qualiopi evidence pack: every document, its indicator, its text, escaping, set-aside files and exit codes."""

import csv
import io
import shutil
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from kit.cli import main
from kit.content.library import load
from kit.core.pseudonyms import pseudonym
from kit.exports.pdf import clean
from kit.progress.model import (
    Assessment,
    Plan,
    Slot,
    SurveyAnswers,
    Visit,
    new_progress,
)
from kit.progress.store import parse_progress, progress_bytes

ROOT = Path(__file__).resolve().parent.parent
SESSION = ROOT / "docs" / "exemple-session.yaml"
WHEN = datetime(2026, 11, 2, 10, 0, tzinfo=timezone.utc)
NASTY = ["<script>alert(1)</script>", "Zoé & Cie", "=HYPERLINK(\"http://x\")"]


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _open(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _participant(name, comment=None, t1=True):
    progress = new_progress()
    progress.profile.display_name = name
    progress.saved_at = WHEN
    progress.visits = {m: Visit(first_seen=WHEN, last_seen=WHEN) for m in ("00", "01", "08")}
    barriers = [b.barrier for b in load("diagnostic").barriers]
    for day, score in ((0, 70), (30, 20) if t1 else ()):
        progress.diagnostic.assessments.append(Assessment(started=WHEN + timedelta(days=day), completed=WHEN + timedelta(days=day), scores={b: score for b in barriers}))
    progress.plan = Plan(objectives=["notoriete_locale"], platforms={"facebook": "Mes clients y sont."}, start=WHEN.date(),
                         calendar=[Slot(day=WHEN.date() + timedelta(days=n), time="12:30", platform="facebook") for n in range(5)])
    if comment:
        progress.surveys = {"satisfaction_chaud": SurveyAnswers(ratings={"globale": 5}, comments={"points_forts": comment}, updated=WHEN, completed=WHEN)}
    return progress


@pytest.fixture(scope="module")
def demo_pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evidence")
    assert main(["demo-progress", "--count", "12", "--out", str(folder / "rendus")]) == 0
    out = folder / "preuves.zip"
    assert main(["evidence", str(folder / "rendus"), "--session", str(SESSION), "--out", str(out)]) == 0
    files = sorted((folder / "rendus").glob("*.json"))
    return _open(out), [parse_progress(f.read_bytes()) for f in files]


@pytest.fixture(scope="module")
def nasty_pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nasty")
    (folder / "rendus").mkdir()
    for n, name in enumerate(NASTY):
        (folder / "rendus" / f"p{n}.json").write_bytes(progress_bytes(_participant(name, comment=f"{name} <b>gras</b> & « merci »")))
    old = _participant("Ancien fichier")
    old.profile.id = parse_progress((folder / "rendus" / "p0.json").read_bytes()).profile.id
    old.saved_at = WHEN - timedelta(days=3)
    (folder / "rendus" / "ancien.json").write_bytes(progress_bytes(old))
    (folder / "rendus" / "abime.json").write_bytes(b'{"kind": "kit-coaching-progress", "sch')
    out = folder / "preuves.zip"
    assert main(["evidence", str(folder / "rendus"), "--session", str(SESSION), "--out", str(out)]) == 0
    return _open(out)


def test_pack_from_twelve_demo_participants_has_every_document(demo_pack):
    docs, people = demo_pack
    assert {"index.html", "index.csv", "synthese-session.pdf"} <= set(docs)
    assert sorted(n for n in docs if n.startswith("emargement/")) == [
        "emargement/emargement-01-2026-11-02-matin.pdf", "emargement/emargement-02-2026-11-09-matin.pdf"]
    assert sorted(n for n in docs if n.startswith("attestations/")) == sorted(f"attestations/attestation-{pseudonym(p.profile.id)}.pdf" for p in people)
    assert any(p.pretest for p in people) and any(p.surveys for p in people)


def test_index_lists_every_document_with_its_indicator(demo_pack):
    docs, _ = demo_pack
    rows = list(csv.reader(io.StringIO(docs["index.csv"].decode("utf-8-sig"))))
    assert rows[0] == ["Fichier", "Indicateur RNQ", "Document", "Participant"]
    listed = {row[0]: row[1] for row in rows[1:]}
    assert set(listed) == set(docs) - {"index.html", "index.csv"}
    for name, indicator in listed.items():
        expected = "8 ; 11 ; 30" if name == "synthese-session.pdf" else "11"
        assert indicator == expected, name
    page = docs["index.html"].decode("utf-8")
    assert all(f'href="{name}"' in page for name in listed)
    assert "il ne certifie rien" in page and "au moins 3 ans" in page and "pas un conseil juridique" in page
    for number in ("8", "11", "30"):
        assert f"Indicateur {number} :" in page


def test_attendance_sheet_names_dates_times_and_place(demo_pack):
    docs, people = demo_pack
    text = _pdf_text(docs["emargement/emargement-02-2026-11-09-matin.pdf"])
    assert "Feuille d’émargement" in text and "09/11/2026" in text and "09:00 à 12:30" in text
    assert "Maison des entreprises" in text and "Claire Exemple" in text and "Dossier OPCO" in text
    for person in people:
        assert pseudonym(person.profile.id) in text
        if person.profile.display_name:
            assert person.profile.display_name in text


def test_certificate_has_name_dates_duration_objectives_and_results(demo_pack):
    docs, people = demo_pack
    person = next(p for p in people if p.profile.display_name)
    text = _pdf_text(docs[f"attestations/attestation-{pseudonym(person.profile.id)}.pdf"])
    assert "Attestation de fin de formation" in text and person.profile.display_name in text
    assert "du 02/11/2026 au 09/11/2026" in text and "7 h en 2 demi-journées" in text
    assert "Décider de ce que l’on partage" in text and "Planifier ses publications sur 30 jours" in text.replace("\n", " ")
    assert any(label in text for label in ("Acquis", "En cours d’acquisition", "Non acquis", "Non évalué"))
    assert "il ne certifie rien" in text.replace("\n", " ")


def test_summary_has_positioning_results_and_satisfaction(demo_pack):
    docs, people = demo_pack
    text = _pdf_text(docs["synthese-session.pdf"]).replace("\n", " ")
    assert "Positionnement à l’entrée (indicateur 8)" in text and "Évaluation à la fin (indicateur 11)" in text
    assert "Appréciations (indicateur 30)" in text and "à chaud" in text and "à froid" in text
    assert f"{len(people)} participants" in text
    assert "Test de positionnement :" in text and "Faire bonne figure" in text


def test_participant_text_is_escaped_everywhere(nasty_pack):
    docs = nasty_pack
    page = docs["index.html"].decode("utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "Zoé &amp; Cie" in page
    table = docs["index.csv"].decode("utf-8-sig")
    assert "'=HYPERLINK" in table and "\n=HYPERLINK" not in table and ",=HYPERLINK" not in table
    summary = _pdf_text(docs["synthese-session.pdf"]).replace("\n", " ")
    assert "<b>gras</b> & « merci »" in summary and "Zoé & Cie" in summary
    for name in NASTY:
        assert name in _pdf_text(docs["emargement/emargement-01-2026-11-02-matin.pdf"]).replace("\n", " ")
    certificates = [_pdf_text(data).replace("\n", " ") for n, data in docs.items() if n.startswith("attestations/")]
    for name in NASTY:
        assert sum(name in text for text in certificates) == 1


def test_superseded_and_damaged_files_are_set_aside_and_listed(nasty_pack):
    page = nasty_pack["index.html"].decode("utf-8")
    assert "abime.json" in page and "ancien.json" in page
    assert "Ancien fichier" not in _pdf_text(nasty_pack["emargement/emargement-01-2026-11-02-matin.pdf"])
    assert len([n for n in nasty_pack if n.startswith("attestations/")]) == len(NASTY)


def test_names_stay_out_of_file_names(nasty_pack):
    assert not any("Zo" in name or "script" in name for name in nasty_pack)


def test_clean_removes_control_characters_and_undrawable_ones():
    assert clean("Zoé\u0000\u202e & Cie\n<b>") == "Zoé & Cie <b>"
    assert clean("Bravo 🎉") == "Bravo ?"
    assert len(clean("x" * 1000, 50)) == 50


def test_session_with_problems_exits_1_with_file_line_field(tmp_path, capsys):
    broken = ROOT / "tests" / "fixtures" / "broken" / "session-date-not-iso.yaml"
    (tmp_path / "p.json").write_bytes(progress_bytes(_participant("Nadia")))
    assert main(["evidence", str(tmp_path), "--session", str(broken), "--out", str(tmp_path / "x.zip")]) == 1
    out = capsys.readouterr()
    assert "session-date-not-iso.yaml:7: half_days[0].date:" in out.out and not (tmp_path / "x.zip").exists()


def test_a_content_file_that_is_not_a_session_is_refused(tmp_path, capsys):
    (tmp_path / "p.json").write_bytes(progress_bytes(_participant("Nadia")))
    assert main(["evidence", str(tmp_path), "--session", str(ROOT / "exercises" / "sectors.yaml"), "--out", str(tmp_path / "x.zip")]) == 1
    assert "kind: valeur « sectors » invalide (valeurs possibles : session)" in capsys.readouterr().out


def test_no_usable_file_or_missing_session_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert main(["evidence", str(tmp_path), "--session", str(SESSION), "--out", str(tmp_path / "x.zip")]) == 2
    assert "pas de dossier de preuves" in capsys.readouterr().err
    assert main(["evidence", str(tmp_path), "--session", str(tmp_path / "none.yaml"), "--out", str(tmp_path / "x.zip")]) == 2
    assert main(["evidence", str(tmp_path), "--out", str(tmp_path / "x.zip")]) == 2


def test_english_pack(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.json").write_bytes(progress_bytes(_participant("Nadia", comment="Great")))
    shutil.copy(SESSION, tmp_path / "s.yaml")
    assert main(["evidence", str(tmp_path / "in"), "--session", str(tmp_path / "s.yaml"), "--out", str(tmp_path / "p.zip"), "--lang", "en"]) == 0
    docs = _open(tmp_path / "p.zip")
    assert "Certificate of completion" in _pdf_text(next(v for k, v in docs.items() if k.startswith("attestations/")))
    assert "it certifies nothing" in docs["index.html"].decode("utf-8")


def test_version_5_files_get_an_empty_pretest_and_no_survey():
    progress = parse_progress((ROOT / "tests" / "fixtures" / "progress" / "v5.json").read_bytes())
    assert progress.pretest == {} and progress.surveys == {}


def test_survey_figures_match_hand_computation():
    from kit.content.library import load_all
    from kit.evidence.satisfaction import survey_figures

    survey = next(s for s in load_all("survey") if s.id == "satisfaction_chaud")
    answers = [
        SurveyAnswers(ratings={"globale": 5, "objectifs_atteints": 2}, comments={"a_ameliorer": "Plus de pauses"}, updated=WHEN),
        SurveyAnswers(ratings={"globale": 3}, comments={"a_ameliorer": "  "}, updated=WHEN),
        SurveyAnswers(updated=WHEN),  # opened, nothing answered
        None,
    ]
    figures = survey_figures(survey, answers)
    overall = next(f for f in figures.questions if f.question.id == "globale")
    assert figures.respondents == 2
    assert (overall.answered, overall.mean, overall.positive) == (2, 4.0, 1)
    assert figures.positive_share == pytest.approx(1 / 3)
    assert figures.comments["a_ameliorer"] == ["Plus de pauses"]
