"""The layout is a checked contract: layers import one way, report notebooks stay thin.

docs/architecture.md draws the layers; pyproject.toml ([tool.importlinter]) states them. A wrong
import fails here with import-linter's message naming the two modules.
"""

from __future__ import annotations

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
