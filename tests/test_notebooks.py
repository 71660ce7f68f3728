"""The notebooks: committed clean, parameterized, and the report command end to end."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from helpers.config import BUNDLED_REPORT, NOTEBOOKS_DIR, PROJECT_ROOT
from helpers.run.runner import CHAIN, run_report

ALL_NOTEBOOKS = sorted(NOTEBOOKS_DIR.rglob("*.ipynb"))
COMMITTED = [*ALL_NOTEBOOKS, *sorted((PROJECT_ROOT / "tests" / "notebooks").glob("*.ipynb"))]


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: str(p.relative_to(NOTEBOOKS_DIR)))
def test_committed_notebooks_hold_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{path.name}: strip outputs (nbstripout)"


@pytest.fixture(scope="module")
def filtered() -> dict[Path, str]:
    """What the nbstripout filter writes for each committed notebook, from one `nbstripout -t` over
    all of them (a process per notebook costs a second of imports each). It prints the notebooks one
    after another, each a JSON document and a newline, so the output is cut where each document ends."""
    out = subprocess.run(
        [sys.executable, "-m", "nbstripout", "-t", *map(str, COMMITTED)], capture_output=True, text=True, check=True
    ).stdout
    pieces, pos, decoder = [], 0, json.JSONDecoder()
    while pos < len(out):
        _, end = decoder.raw_decode(out, pos)
        end += out.startswith("\n", end)
        pieces.append(out[pos:end])
        pos = end
    assert len(pieces) == len(COMMITTED), f"nbstripout printed {len(pieces)} notebooks for {len(COMMITTED)}"
    return dict(zip(COMMITTED, pieces, strict=True))


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.name)
def test_committed_notebooks_are_what_the_git_filter_writes(path, filtered):
    """A fresh clone stays clean after `make` installs the nbstripout filter: each notebook is
    already in the filter's form (outputs, counts and run metadata gone, cell ids renumbered).
    A notebook saved without the filter (JupyterLab, nbformat) fails here until `make format-notebooks`."""
    text = path.read_text(encoding="utf-8")
    assert filtered[path] == text, f"{path}: not in the form the nbstripout filter writes; run make format-notebooks"


@pytest.mark.parametrize("name", CHAIN)
def test_chain_notebooks_declare_parameters_with_the_bundled_default(name):
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert 'report_path = "data/raw/jiangmen-2021.txt"' in tagged[0].source
    assert nb.metadata["kernelspec"]["name"] == "gwr-targets"


def _missing_chain():
    return [n for n in CHAIN if not (NOTEBOOKS_DIR / n).exists()]


@pytest.fixture(scope="module")
def two_runs(bundled_report_run, real_chain_batch):
    """The report command's work on the bundled report (the session's run with its code shown,
    conftest.py `bundled_report_run`), and the same report's run in the session's real-chain batch
    (another process, another folder, code hidden as `report` hides it by default): outputs, and
    determinism across the two."""
    if _missing_chain():
        pytest.skip(f"chain notebooks missing: {_missing_chain()}")
    return [(bundled_report_run["out_dir"], bundled_report_run["base"]), (None, real_chain_batch["base"])]


@pytest.mark.slow
def test_report_leaves_index_html_pages_and_tables(two_runs):
    out_dir, base = two_runs[0]
    out = base / "reports" / "jiangmen-2021"
    assert out_dir == out
    for name in ["index.html", "run.json", *[n.replace(".ipynb", ".html") for n in CHAIN], *CHAIN]:
        assert (out / name).exists(), name
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "江门市" in index and "01_clean_figures.html" in index
    assert 'href="review.html"' in index and "figures to check first" in index
    review = (out / "review.html").read_text(encoding="utf-8")
    assert "<mark>" in review and "3201" in review  # every figure, the number highlighted in its sentence
    figs = pd.read_csv(base / "clean" / "jiangmen-2021" / "figures.csv", encoding="utf-8-sig")
    assert len(figs) > 100 and {"gdp", "fixed_asset_investment"} <= set(figs["indicator"])
    html = (out / "01_clean_figures.html").read_text(encoding="utf-8")
    assert "Clean figures" in html and "report_path" in html  # this run shows its code (show_code=True) ...
    hidden = (two_runs[1][1] / "reports" / "jiangmen-2021" / "01_clean_figures.html").read_text(encoding="utf-8")
    assert "Clean figures" in hidden and "report_path" not in hidden  # ... by default it is hidden for readers
    assert '<abbr class="gloss" title="government work report' in html  # terms glossed where they first appear
    assert html.count("<mark>") >= 1  # the rows to review, each number highlighted in its sentence
    targets_page = (out / "03_targets.html").read_text(encoding="utf-8")
    # the corrected numbers the pages state (issue 13): FAI with 2020 at its stated +6.9 %, the
    # constant-growth reading beside it, the plan year's 235亿元 and the two transport histories
    for said in ("11.69 % a year", "with 2020 at its stated +6.9 %", "10.97 % a year", "26.87 % a year", "24.57 % a year"):
        assert said in targets_page, said
    assert not list((base / "reports").glob(".*partial*"))


@pytest.mark.slow
def test_report_is_deterministic(two_runs):
    (_, a), (_, b) = two_runs
    tables = sorted(p.name for p in (a / "clean" / "jiangmen-2021").glob("*.csv"))
    assert "figures.csv" in tables
    for name in tables:
        assert (a / "clean" / "jiangmen-2021" / name).read_bytes() == (b / "clean" / "jiangmen-2021" / name).read_bytes(), name


@pytest.mark.slow
def test_chinese_parameters_stay_chinese_and_code_can_be_shown(tmp_path):
    if _missing_chain():
        pytest.skip("chain notebooks missing")
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(BUNDLED_REPORT, raw / "江门-2021.txt")
    result = run_report(
        raw / "江门-2021.txt",
        out_root=tmp_path / "reports",
        clean_root=tmp_path / "clean",
        show_code=True,
        chain=CHAIN[:1],
        allowed_roots=(tmp_path,),
    )
    nb = nbformat.read(result.out_dir / CHAIN[0], as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "江门-2021.txt" in injected.source and "\\u" not in injected.source
    assert "report_path" in (result.out_dir / "01_clean_figures.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args,needle",
    [
        (["report", "no/such/report.txt"], "no such file"),
        (["report", "data/raw/jiangmen-2021.txt", "-p", "reprot_path", "x"], "unknown parameter reprot_path"),
        (["report", "data/raw/jiangmen-2021.txt", "-p", "clean_root", "x"], "set by the command itself"),
        (["report", "notebooks"], "not a file"),
        (["extract", "README.md.missing"], "no such file"),
    ],
)
def test_bad_paths_fail_with_one_line(args, needle):
    proc = subprocess.run([sys.executable, "-m", "helpers", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]
    assert args[1].split("/")[-1] in lines[0] or "-p" in args


def test_unreadable_report_fails_before_any_kernel(tmp_path):
    bad = PROJECT_ROOT / "data" / "clean" / "unreadable-test.txt"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "helpers", "report", str(bad), "--out", str(tmp_path)],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        bad.unlink()
    assert proc.returncode == 2 and "binary file" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not any(tmp_path.iterdir())
