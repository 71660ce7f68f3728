"""The single-report runner: staging and swap, one-line errors for every way a notebook can fail.

The chain here is tests/notebooks/behave.ipynb, which fails the way the report's first line asks
(`fault: raise`, `fault: die`, `fault: hang`), so each failure mode is produced for real: an
exception in a cell, a kernel that exits mid-notebook, a cell past the timeout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.config import PROJECT_ROOT
from helpers.errors import ReportError
from helpers.run.runner import RunError, clean_stale, run_report

from .factories import TEST_NOTEBOOKS, kernel_gone, readonly, write_report

BEHAVE = ("behave.ipynb",)


def _run(path: Path, base: Path, **kw):
    return run_report(
        path,
        out_root=base / "reports",
        clean_root=base / "clean",
        chain=BEHAVE,
        notebooks_dir=TEST_NOTEBOOKS,
        allowed_roots=(path.parent,),
        **kw,
    )


def test_runner_and_batch_import_without_papermill_or_pandas():
    code = (
        "import sys, helpers.run.runner, helpers.run.batch; "
        "print([m for m in ('papermill', 'nbformat', 'nbconvert', 'jupyter_client', 'pandas') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.slow
def test_report_is_built_in_staging_then_moved_into_place(tmp_path):
    result = _run(write_report(tmp_path / "raw", "ok-2021.txt"), tmp_path)
    assert result.out_dir == (tmp_path / "reports" / "ok-2021").resolve()
    assert {p.name for p in result.files} == {
        "behave.ipynb",
        "behave.html",
        "index.html",
        "run.json",
        "review.html",
        "review.csv",
    }
    assert json.loads((result.out_dir / "run.json").read_text())["report_id"] == "ok-2021"
    assert [p.name for p in (tmp_path / "reports").iterdir()] == ["ok-2021"]  # no staging, no kernel sockets
    assert (tmp_path / "clean" / "ok-2021" / "probe.csv").exists()


@pytest.mark.slow
def test_a_rerun_rebuilds_the_review_sheet_with_the_pages(tmp_path):
    """The review sheet is part of every run: a rerun never leaves reports/<id>/ without it."""
    path = write_report(tmp_path / "raw", "ok-2021.txt")
    first = _run(path, tmp_path)
    (first.out_dir / "review.html").write_text("an older sheet", encoding="utf-8")
    second = _run(path, tmp_path)
    assert "an older sheet" not in (second.out_dir / "review.html").read_text(encoding="utf-8")
    assert (second.out_dir / "review.csv").read_bytes().startswith("\ufeff".encode())  # UTF-8 with BOM, for Excel
    assert 'href="review.html"' in (second.out_dir / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize(
    "fault,cell,line,reason",
    [
        ("raise", 4, 'raise ValueError("the report asked for an error")', "ValueError: the report asked for an error"),
        ("die", 5, 'if fault == "die":', "kernel died (DeadKernelError)"),
        ("hang", 7, 'if fault == "hang":', "cell timed out after 2 s"),
    ],
)
def test_failures_are_one_line_with_notebook_cell_line_and_partial_output(tmp_path, fault, cell, line, reason):
    path = write_report(tmp_path / "raw", f"{fault}-2021.txt", f"fault: {fault}")
    with pytest.raises(RunError) as info:
        _run(path, tmp_path, cell_timeout=2)
    err = info.value
    assert (err.notebook, err.cell, err.source_line, err.error) == ("behave.ipynb", cell, line, reason)
    message = str(err)
    assert "\n" not in message and message.startswith(f"{fault}-2021: behave.ipynb cell {cell} at `{line}`: {reason}")
    assert err.partial.is_file() and err.partial.parent.name == f".{fault}-2021.failed"
    assert not (tmp_path / "reports" / f"{fault}-2021").exists()
    assert kernel_gone(tmp_path / "clean", f"{fault}-2021")


@pytest.mark.slow
def test_a_failed_rerun_keeps_the_last_complete_report(tmp_path):
    path = write_report(tmp_path / "raw", "keep-2021.txt")
    first = _run(path, tmp_path)
    write_report(tmp_path / "raw", "keep-2021.txt", "fault: raise")
    with pytest.raises(RunError):
        _run(path, tmp_path)
    assert (first.out_dir / "run.json").exists() and (first.out_dir / "behave.html").exists()


def test_stale_staging_of_dead_runs_is_removed_live_ones_kept(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".r-2021.partial-{dead.pid}"
    live = tmp_path / f".r-2021.partial-{os.getpid()}"
    old = tmp_path / f".r-2021.old-{dead.pid}"
    for folder in (stale, live, old):
        folder.mkdir()
    assert sorted(clean_stale(tmp_path, "r-2021")) == sorted([stale, old])
    assert live.exists() and not stale.exists()


def test_unwritable_clean_folder_fails_before_any_kernel(tmp_path):
    path = write_report(tmp_path / "raw", "locked-2021.txt")
    with readonly(tmp_path / "clean" / "locked-2021"), pytest.raises(ReportError, match="output folder is not writable") as info:
        _run(path, tmp_path)
    assert not isinstance(info.value, RunError)
    assert list((tmp_path / "reports").iterdir()) == []  # no staging folder was made
