"""The package's layers, as ``docs/architecture.md`` draws them, read from every import of the code.

    core ← content ← progress ← domain logic ← exports ← ui and commands ← notebooks

A package may import its own layer's packages and the layers below, never a higher one; domain
packages never import each other in a circle; logic never loads widgets or plotting at import.
Imports inside functions count as much as those at the top of a module.
"""

from __future__ import annotations

import ast
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KIT = ROOT / "kit"

LAYERS = [
    ("core",),
    ("content",),
    ("progress",),
    ("diagnostic", "exercises", "planning", "writing", "trainer", "cohort", "evidence", "charts"),
    ("exports",),
    ("ui", "commands", "cli", "__main__"),
]
LAYER_OF = {package: level for level, packages in enumerate(LAYERS) for package in packages}
HEAVY = ("ipywidgets", "anywidget", "matplotlib", "IPython", "pandas")
ROOT_FILES = {"__init__.py", "__main__.py", "cli.py"}


def _package(module: str) -> str:
    """``kit.planning.calendar`` -> ``planning``; ``kit.cli`` -> ``cli``."""
    return module.split(".")[1]


def _modules():
    for path in sorted(KIT.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path, ast.parse(path.read_text(encoding="utf-8"))


def _imports(tree) -> list[tuple[str, int, bool]]:
    """(imported module, line, at module level) for every import in the module, nested ones included."""
    top = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno, id(node) in top))
    return found


def _kit_edges():
    for name, path, tree in _modules():
        if name == "kit":
            continue
        for imported, line, _ in _imports(tree):
            if imported.startswith("kit.") or imported == "kit":
                yield name, imported, f"{path.relative_to(ROOT)}:{line}"


def test_the_root_of_kit_holds_only_packages_and_the_entry_points():
    loose = {p.name for p in KIT.glob("*.py")} - ROOT_FILES
    assert loose == set(), "every module lives in the package of its domain"
    packages = {p.name for p in KIT.iterdir() if (p / "__init__.py").exists()}
    assert packages == set(LAYER_OF) - {"cli", "__main__"}, "a new package gets its layer in LAYERS and docs/architecture.md"


def test_no_package_imports_a_higher_layer():
    wrong = [
        f"{where}: {_package(module)} (layer {LAYER_OF[_package(module)]}) imports {imported}"
        for module, imported, where in _kit_edges()
        if imported != "kit" and LAYER_OF[_package(imported)] > LAYER_OF[_package(module)]
    ]
    assert wrong == []


def test_packages_never_import_each_other_in_a_circle():
    graph = defaultdict(set)
    for module, imported, _ in _kit_edges():
        if imported != "kit" and _package(imported) != _package(module):
            graph[_package(module)].add(_package(imported))
    state: dict[str, str] = {}

    def visit(package, trail):
        state[package] = "open"
        for other in sorted(graph[package]):
            assert state.get(other) != "open", "circle: " + " -> ".join([*trail, package, other])
            if other not in state:
                visit(other, [*trail, package])
        state[package] = "done"

    for package in sorted(graph):
        if package not in state:
            visit(package, [])


def test_logic_loads_no_widgets_plotting_or_tables_at_import():
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: {imported}"
        for name, path, tree in _modules()
        if name == "kit" or _package(name) not in ("ui",)
        for imported, line, top in _imports(tree)
        if top and imported.split(".")[0] in HEAVY
    ]
    assert wrong == []


def test_the_package_root_imports_nothing():
    tree = ast.parse((KIT / "__init__.py").read_text(encoding="utf-8"))
    assert _imports(tree) == []


def test_notebooks_only_call_the_views_of_the_kit():
    """Notebooks are the top layer: they import ``kit.ui`` (participant and trainer views), nothing below."""
    wrong = []
    for notebook in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            if cell["cell_type"] != "code":
                continue
            for imported, line, _ in _imports(ast.parse("".join(cell["source"]))):
                if imported.startswith("kit") and not imported.startswith("kit.ui"):
                    wrong.append(f"{notebook.relative_to(ROOT)}: {imported}")
    assert wrong == []


def test_no_input_is_checked_with_assert_and_no_error_is_swallowed_whole():
    """``assert`` disappears with ``python -O``; a bare ``except:`` or a catch-all ``__getattr__`` hides bugs."""
    found = []
    for name, path, tree in _modules():
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Assert):
                found.append(f"{where}: assert")
            elif isinstance(node, ast.ExceptHandler) and node.type is None:
                found.append(f"{where}: bare except")
            elif isinstance(node, ast.FunctionDef) and node.name == "__getattr__":
                found.append(f"{where}: __getattr__ swallows any attribute")
    assert found == []


def test_content_errors_always_say_what_is_wrong():
    import pytest

    from kit.content.library import ContentError, exercise, module_entry

    with pytest.raises(ValueError):
        ContentError([])
    with pytest.raises(ContentError) as missing:
        module_entry("42")
    assert "42" in str(missing.value) and "01" in str(missing.value)
    with pytest.raises(ContentError) as unknown:
        exercise("quiz", "nope")
    assert "nope" in str(unknown.value) and "mecanique" in str(unknown.value)


def test_a_view_standing_in_for_broken_content_accepts_only_its_own_calls():
    import pytest

    from kit.ui.trainer_page import Unavailable

    agenda = Unavailable("choices")
    assert agenda.choices() is None
    with pytest.raises(AttributeError):
        agenda.exports()


def test_what_a_page_imports_before_its_widgets_loads_no_schema_template_or_chart_library():
    """Pydantic models, YAML, templates, Babel and charts load when first used (benchmarks/import_time.py)."""
    import subprocess
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from import_time import page_imports

    for notebook in sorted((ROOT / "notebooks").glob("0*.ipynb")):
        modules = ", ".join(page_imports(notebook))
        code = (f"import sys; import {modules}; "
                "print(sorted(m for m in ('pydantic', 'yaml', 'jinja2', 'babel', 'matplotlib', 'pandas') if m in sys.modules))")
        loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()
        assert loaded == "[]", f"{notebook.name} imports {modules}, which load {loaded}"
