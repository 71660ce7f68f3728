"""The layout is a checked contract: layers import one way, report notebooks stay thin.

docs/architecture.md draws the layers; pyproject.toml ([tool.importlinter]) states them. A wrong
import fails here with import-linter's message naming the two modules.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.config import NOTEBOOKS_DIR, PACKAGE_DIR, PROJECT_ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
REPORT_NOTEBOOKS = ("01_clean_figures.ipynb", "02_implied_growth.ipynb", "03_targets.ipynb", "10_panel.ipynb")
MAX_CELL_LINES = 15


def _lint_imports(package_parent: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(PROJECT_ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True, text=True, env=env, cwd=package_parent, timeout=120,
    )  # fmt: skip


def test_layers_import_one_way():
    result = _lint_imports(PACKAGE_DIR.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_extract_module_importing_run_breaks_the_contract(tmp_path):
    """The contract can fail: a copy of the package where extract imports run is refused, by name."""
    shutil.copytree(PACKAGE_DIR, tmp_path / "helpers", ignore=shutil.ignore_patterns("__pycache__"))
    qa = tmp_path / "helpers" / "extract" / "qa.py"
    qa.write_text(qa.read_text(encoding="utf-8") + "\nfrom helpers.run import runner  # noqa\n", encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "helpers.extract is not allowed to import helpers.run" in result.stdout
    assert "helpers.extract.qa -> helpers.run.runner" in result.stdout


@pytest.mark.parametrize("name", REPORT_NOTEBOOKS)
def test_report_notebooks_read_as_documents(name):
    """No code cell over 15 lines: a paragraph's computation lives in a tested helper."""
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    long = {i: len(c.source.splitlines()) for i, c in enumerate(nb.cells) if c.cell_type == "code"}
    long = {i: n for i, n in long.items() if n > MAX_CELL_LINES}
    assert not long, f"{name}: code cells over {MAX_CELL_LINES} lines (cell: lines): {long}"


def _names_assigned_twice(source: str) -> list[str]:
    """Module-level names a module assigns more than once (the later assignment silently replaces the earlier one for
    every function that reads it at run time)."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                seen[target.id] = seen.get(target.id, 0) + 1
    return sorted(name for name, n in seen.items() if n > 1)


def test_no_module_assigns_a_module_level_name_twice():
    # session 49: extractor.py defined _CLAUSE_MARK and _CONTRIBUTION twice, and a new pattern took the name of an old one
    # (_BY_AMOUNT), which changed the measure of 40 rows before the corpus diff caught it
    assert _names_assigned_twice("A = 1\ndef f():\n    return A\nA = 2\n") == ["A"]
    twice = {
        str(path.relative_to(PACKAGE_DIR)): names
        for path in sorted(PACKAGE_DIR.rglob("*.py"))
        if (names := _names_assigned_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}
