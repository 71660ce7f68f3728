"""A report's clean tables are staged and swapped in once, like its report folder (issue 16).

Reports run through a two-notebook test chain: tests/notebooks/figures.ipynb writes the figures
tables (the library's extraction, as notebook 01 does), then behave.ipynb writes probe.csv or
fails as the report's first line says (`fault: slow S`, `fault: die`). A rerun on a changed text
that is killed in its second notebook has already written new figures tables: before staging they
replaced the old ones while probe.csv stayed old.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.config import PROJECT_ROOT
from helpers.run import runner
from helpers.run.runner import RunError, run_report

from .factories import TEST_NOTEBOOKS, wait_for, write_report

CHAIN = ("figures.ipynb", "behave.ipynb")

REPORT = """
import sys
from pathlib import Path
from helpers.run.runner import run_report
path, base = Path(sys.argv[1]), Path(sys.argv[2])
run_report(path, base / "reports", base / "clean", chain=("figures.ipynb", "behave.ipynb"),
           notebooks_dir=Path(sys.argv[3]), allowed_roots=(path.parent,))
"""


def tables(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def run(path: Path, base: Path, **kw):
    return run_report(
        path, base / "reports", base / "clean", chain=CHAIN, notebooks_dir=TEST_NOTEBOOKS, allowed_roots=(path.parent,), **kw
    )


@pytest.mark.slow
def test_a_killed_rerun_leaves_the_old_tables_whole_and_the_next_run_replaces_them_all(tmp_path):
    path = write_report(tmp_path / "raw", "r-2021.txt")
    run(path, tmp_path)
    clean = tmp_path / "clean"
    before = tables(clean / "r-2021")
    assert {"figures.csv", "probe.csv", "kernel.pid"} <= set(before)

    write_report(tmp_path / "raw", "r-2021.txt", "fault: slow 30")  # a new text: new figures, then 90 s in behave
    proc = subprocess.Popen(
        [sys.executable, "-c", REPORT, str(path), str(tmp_path), str(TEST_NOTEBOOKS)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:

        def second_kernel() -> Path | None:  # where the rerun's behave.ipynb wrote its kernel.pid
            found = [p for p in clean.rglob("kernel.pid") if p.read_bytes() not in (b"", before["kernel.pid"])]
            return found[0].parent if found else None

        wait_for(second_kernel, 180, "the second notebook's kernel")
        assert (second_kernel() / "figures.csv").read_bytes() != before["figures.csv"]  # new tables were written...
        os.killpg(proc.pid, signal.SIGKILL)  # ...and the run is killed (the OOM killer, a reboot)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert tables(clean / "r-2021") == before  # every old table, none new
    assert json.loads((tmp_path / "reports" / "r-2021" / "run.json").read_text())["source_sha256"] != runner_sha(path)

    write_report(tmp_path / "raw", "r-2021.txt", "一段新的开头。")
    run(path, tmp_path)  # the next run: its own tables, all of them, and no staging left
    after = tables(clean / "r-2021")
    assert set(after) == set(before) and all(after[n] != before[n] for n in ("figures.csv", "probe.csv"))
    assert [p.name for p in clean.iterdir()] == ["r-2021"]


def runner_sha(path: Path) -> str:
    from helpers.run.batch import file_sha256

    return file_sha256(path)


@pytest.mark.slow
def test_a_failed_rerun_publishes_no_table_and_keeps_what_it_wrote_aside(tmp_path):
    path = write_report(tmp_path / "raw", "d-2021.txt")
    run(path, tmp_path)
    clean = tmp_path / "clean"
    before = tables(clean / "d-2021")
    write_report(tmp_path / "raw", "d-2021.txt", "fault: die")
    with pytest.raises(RunError, match="kernel died"):
        run(path, tmp_path)
    assert tables(clean / "d-2021") == before
    kept = tables(clean / ".d-2021.failed")  # for whoever debugs the failure, hidden from readers
    assert kept["figures.csv"] != before["figures.csv"] and "probe.csv" not in kept
    assert sorted(p.name for p in clean.iterdir()) == [".d-2021.failed", "d-2021"]


@pytest.mark.slow
def test_the_published_pages_name_the_final_tables_folder_not_the_staging_one(bundled_report_run):
    """The real chain with its code shown (the session's `report` run of the bundled report, conftest.py
    `bundled_report_run`): parameters, printed paths and notebook metadata name clean/."""
    out_dir = bundled_report_run["out_dir"]
    clean = (bundled_report_run["base"] / "clean").resolve()
    pages = [p for p in out_dir.iterdir() if p.suffix in (".html", ".ipynb")]
    assert len(pages) >= 2 * len(runner.CHAIN)  # each notebook and its page, the index, the review sheet
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert ".jiangmen-2021.partial-" not in text.replace(f"{out_dir.parent}/.jiangmen-2021.partial-", ""), page.name
    first = json.loads((out_dir / runner.CHAIN[0]).read_text(encoding="utf-8"))
    assert first["metadata"]["papermill"]["parameters"]["clean_root"] == str(clean)
    page = (out_dir / runner.CHAIN[0].replace(".ipynb", ".html")).read_text(encoding="utf-8")
    assert "clean/jiangmen-2021/figures.csv" in page  # what notebook 01 prints of where it wrote
    assert (clean / "jiangmen-2021" / "figures.csv").is_file() and [p.name for p in clean.iterdir()] == ["jiangmen-2021"]
