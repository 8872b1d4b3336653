"""docs/jupyterhub.md stays true to the repository: its commands, links and settings match the files."""

from __future__ import annotations

import json
import re
import subprocess
import urllib.parse
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "jupyterhub.md"


def _guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", _guide(), flags=re.S)


def test_the_guide_says_what_was_not_verified():
    text = _guide()
    assert "documentation seulement" in text and "documentation only" in text
    assert "tests/hub/test_jupyterhub.py" in text


def test_the_pin_extraction_command_gives_exactly_the_environment_yml_pins():
    command = next(line for block in _blocks("bash") for line in block.splitlines() if line.startswith("sed -n"))
    sed = command.split(" environment.yml")[0]  # the sed part, before the file name and the pipe
    found = subprocess.run(f"{sed} environment.yml", shell=True, cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pins = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert found == pins
    assert "jupyterhub==" in " ".join(found) and "nbgitpuller==" in " ".join(found)


def test_the_voila_settings_shown_are_the_repositorys_voila_json():
    shown = next(json.loads(block) for block in _blocks("json") if "VoilaConfiguration" in block)
    assert shown == json.loads((ROOT / "voila.json").read_text(encoding="utf-8"))


def test_the_links_open_notebooks_that_exist():
    text = _guide()
    urlpaths = re.findall(r"urlpath=([^&\s`\"']+)", text) + re.findall(r"'urlpath': '([^']+)'", text)
    urlpaths += re.findall(r'"urlpath": "([^"]+)"', text) + re.findall(r'defaultUrl: "/([^"]+)"', text)
    assert urlpaths
    for urlpath in urlpaths:
        path = urllib.parse.unquote(urlpath)
        assert path.startswith("voila/render/kit-coaching/"), path
        assert (ROOT / path.removeprefix("voila/render/kit-coaching/")).is_file(), path


def test_the_page_template_the_guide_installs_exists():
    assert "deploy/jupyterhub/templates" in _guide()
    assert "waitSeconds: 0" in (ROOT / "deploy" / "jupyterhub" / "templates" / "page.html").read_text(encoding="utf-8")
