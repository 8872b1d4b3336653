"""The validator names file, line and field for every mistake a trainer can make."""

import subprocess
import sys
from pathlib import Path

import pytest

from kit.cli import main
from kit.content.kinds import KINDS
from kit.content.validate import validate_paths

BROKEN = Path(__file__).parent / "fixtures" / "broken"

ALL_KINDS = ", ".join(sorted(KINDS))

# One broken file per mistake, and the exact line the validator must print.
EXPECTED = {
    "duplicate-key.yaml": "5: sectors[0].name: champ écrit deux fois",
    "duplicate-sector-id.yaml": "6: sectors[1].id: identifiant « boulangerie » déjà utilisé (tests/fixtures/broken/duplicate-sector-id.yaml:3)",
    "empty-translation.yaml": "4: sectors[0].name.en: traduction manquante (en)",
    "extra-field.yaml": "6: sectors[0].couleur: champ inconnu (champs possibles : id, name, examples)",
    "facilitation-minutes-as-text.yaml": "5: parts[0].minutes: doit être un nombre entier (reçu : dix)",
    "facilitation-minutes-zero.yaml": "5: parts[0].minutes: valeur trop petite : 0 (minimum 1)",
    "facilitation-no-question.yaml": "7: questions: il faut au moins 1 élément",
    "facilitation-unknown-module-number.yaml": "2: module: module « 12 » introuvable (connus : 00, 01, 02, 03, 04, 05, 06, 07, 08)",
    "formats-start-not-a-clock-time.yaml": '8: formats[0].sessions[0].start: heure attendue sous la forme HH:MM entre guillemets, par exemple "13:30" (reçu : 19h30)',
    "id-with-spaces.yaml": "3: sectors[0].id: format invalide « Boulangerie Dupont » (identifiant attendu : lettres minuscules, chiffres et _, sans accent ni espace)",
    "missing-field-name.yaml": "3: sectors[0].name: champ obligatoire manquant",
    "missing-kind.yaml": f"1: kind: il manque la ligne « kind: » (valeurs possibles : {ALL_KINDS})",
    "missing-translation.yaml": "4: sectors[0].name.en: traduction manquante (en)",
    "modules-unknown-barrier.yaml": "11: modules[0].barriers[1]: frein « argent » introuvable (connus : temps)",
    "objectives-thresholds-reversed.yaml": "9: rules.quiz: le seuil « en cours » (0.7) doit être inférieur ou égal au seuil « acquis » (0.4)",
    "objectives-unknown-quiz.yaml": "27: modules[0].objectives[0].evidence[0].quiz: quiz « mecaniques » introuvable (connus : mecanique)",
    "session-date-not-iso.yaml": "7: half_days[0].date: date attendue sous la forme AAAA-MM-JJ, par exemple 2026-11-02 (reçu : 02/11/2026)",
    "session-half-day-ends-before-start.yaml": "10: half_days[1]: la demi-journée doit finir après son début (début 14:00, fin 12:30)",
    "survey-choices-without-options.yaml": "11: questions[1]: il faut au moins deux options",
    "survey-positive-beyond-scale.yaml": "7: scales[0]: le seuil dépasse l’échelle (qui compte 3 points)",
    "survey-unknown-scale.yaml": "16: questions[0].scale: échelle « satisfation » introuvable (connus : satisfaction)",
    "non-utf8-bytes.yaml": "4: -: le fichier contient des octets qui ne sont pas de l’UTF-8 (0xe2) : réenregistrez-le en UTF-8",
    "platforms-date-not-year-month.yaml": '10: platforms[0].limit.date: date attendue sous la forme AAAA-MM, par exemple "2026-11" (reçu : novembre 2026)',
    "platforms-duplicate-id.yaml": "8: platforms[1].id: identifiant « instagram » déjà utilisé (tests/fixtures/broken/platforms-duplicate-id.yaml:3)",
    "platforms-fold-over-limit.yaml": "7: platforms[0].fold: le pli « voir plus » doit tomber avant la limite : 3\u202f210 caractères pour une limite de 3\u202f000",
    "unknown-kind.yaml": f"1: kind: type de contenu « secteurs » inconnu (valeurs possibles : {ALL_KINDS})",
    "yaml-flow-brace-not-closed.yaml": "5: -: accolades { } ou crochets [ ] mal fermés, ou virgule manquante entre deux éléments",
    "yaml-tab-indent.yaml": "4: -: tabulation interdite : indentez avec des espaces",
    "yaml-unclosed-quote.yaml": "7: -: guillemet ouvert mais jamais fermé",
    "yaml-unquoted-colon.yaml": "6: -: deux-points inattendu : un texte qui contient « : » doit être entre guillemets",
}


def test_every_broken_fixture_has_an_expectation():
    assert sorted(p.name for p in BROKEN.glob("*.yaml")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 12


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_reports_exact_file_line_and_field(name, capsys):
    code = main(["validate", str(BROKEN / name)])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 1
    assert out == [f"tests/fixtures/broken/{name}:{EXPECTED[name]}"]


def test_shipped_exercises_are_valid():
    report = validate_paths([Path("exercises")])
    assert [p.render() for p in report.problems] == []
    assert "exercises/sectors.yaml" in report.files


def test_messages_switch_to_english(capsys):
    main(["validate", "--lang", "en", str(BROKEN / "missing-translation.yaml")])
    assert capsys.readouterr().out.strip().endswith("sectors[0].name.en: missing translation (en)")


def test_module_number_written_without_quotes_is_accepted(tmp_path):
    # YAML reads `module: 01` as the integer 1: a trainer should not have to know that.
    text = (BROKEN / "facilitation-minutes-as-text.yaml").read_text(encoding="utf-8")
    fixed = tmp_path / "ok.yaml"
    fixed.write_text(text.replace('module: "00"', "module: 01").replace("minutes: dix", "minutes: 10"), encoding="utf-8")
    assert validate_paths([fixed]).problems == []


def test_validating_a_copy_of_the_sectors_file_does_not_clash_with_the_original(tmp_path):
    copy = tmp_path / "sectors.yaml"
    copy.write_text(Path("exercises/sectors.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert validate_paths([copy]).problems == []


def test_diagnostic_bands_must_reach_100(tmp_path):
    text = Path("exercises/diagnostic.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "diagnostic.yaml"
    broken.write_text(text.replace("up_to: 100", "up_to: 90", 1), encoding="utf-8")
    rendered = [p.render() for p in validate_paths([broken]).problems]
    assert len(rendered) == 1 and "la dernière bande doit aller jusqu’à 100 (elle s’arrête à 90)" in rendered[0]


def test_missing_path_is_a_usage_error(capsys):
    assert main(["validate", "no/such/file.yaml"]) == 2
    assert "introuvable" in capsys.readouterr().err


def test_validate_runs_as_a_module_without_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "kit", "validate", str(BROKEN / "non-utf8-bytes.yaml")],
        capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr


def test_one_broken_file_gives_one_problem_not_a_flood_about_its_ids(tmp_path, capsys):
    import shutil

    folder = tmp_path / "exercises"
    shutil.copytree(Path("exercises"), folder)
    modules = folder / "modules.yaml"
    lines = modules.read_text(encoding="utf-8").split("\n")
    lines[-3] = "\t" + lines[-3].lstrip(" ")  # one tab, near the end: the file no longer reads at all
    modules.write_text("\n".join(lines), encoding="utf-8")
    assert main(["validate", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) == 1 and "modules.yaml" in out and "tabulation" in out
    assert "seront vérifiés une fois ces problèmes corrigés" in err
