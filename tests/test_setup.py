"""The set-up contract: two commands, Binder files that agree with pyproject.toml."""

import os
import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def _pyproject_packages() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        names |= {_name(r) for r in extra}
    return names


def _environment_pins() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_list = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    return {_name(line): line for line in pip_list}


def test_environment_yml_names_the_same_packages_as_pyproject():
    assert set(_environment_pins()) == _pyproject_packages()


def test_environment_yml_pins_exactly_and_pyproject_uses_ranges():
    for name, line in _environment_pins().items():
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.]*", line), line
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:
        assert "==" not in requirement and "<" in requirement, requirement


def test_environment_yml_takes_only_python_and_pip_from_conda():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    assert conda == ["python=3.11", "pip"]


def test_postbuild_installs_the_kit_without_touching_pins():
    post = ROOT / "postBuild"
    assert os.access(post, os.X_OK)
    assert "pip install --no-deps -e ." in post.read_text(encoding="utf-8")


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.strip().splitlines()[-1] == "make test"
    assert "apt-get install -y" in ci and "chromium" in ci
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make lab" in readme


def test_make_test_refuses_an_empty_test_run():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "tests/run_pytest.py" in makefile
    assert "NO_TESTS_COLLECTED = 5" in (ROOT / "tests" / "run_pytest.py").read_text(encoding="utf-8")


def test_missing_tool_fails_under_ci(monkeypatch):
    import pytest

    from tests.tools import require_tool

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        require_tool(None, "chromium")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        require_tool(None, "chromium")
