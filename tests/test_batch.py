"""Batch generation: real reports, a broken file, incremental reruns, parallel and Dask runs, faults.

Every run writes into tmp_path; the project's data/raw/ is hashed before and after this module.
Real reports: the bundled Jiangmen report and three from the corpus in data/raw/, run through
tests/notebooks/figures.ipynb (the library's extraction, as notebook 01 does it), plus a PNG
renamed .txt. Faults and many kernels side by side: tests/test_batch_faults.py.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.config import BUNDLED_REPORT, PROJECT_ROOT, RAW_DIR
from helpers.errors import ReportError
from helpers.run import batch, cli, runner

from .factories import TEST_NOTEBOOKS, corpus_file, folder_hash, readonly, run_test_batch, write_report

FROM_CORPUS = ("national/2024_national.txt", "national/2025_national.txt", "provincial/2026_广东省.txt")
GOOD = ("2024_national", "2025_national", "2026_广东省", "jiangmen-2021")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


@pytest.fixture(scope="module", autouse=True)
def raw_data_untouched():
    before = folder_hash(RAW_DIR)
    yield
    assert folder_hash(RAW_DIR) == before, "data/raw/ changed"


def batch_cli(args: list[str], chain: tuple[str, ...], panel: bool = False) -> tuple[int, str, str]:
    """`python -m helpers batch ARGS` in-process with a test chain; (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        mp.setattr(runner, "CHAIN", chain)
        mp.setattr(runner, "NOTEBOOKS_DIR", TEST_NOTEBOOKS)
        code = cli.main(["batch", *args, *([] if panel else ["--no-panel"])])
    return code, out.getvalue(), err.getvalue()


def manifest(out: Path) -> dict:
    return {e["report_id"]: e for e in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["reports"]}


def figures_tables(clean: Path, ids) -> dict[str, bytes]:
    return {rid: (clean / rid / "figures.csv").read_bytes() for rid in ids}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder of real reports plus one broken file, and the first batch run over it (jobs=2)."""
    base = tmp_path_factory.mktemp("batch")
    raw = base / "raw"
    raw.mkdir()
    for name in (BUNDLED_REPORT.name, BUNDLED_REPORT.with_suffix(".meta.yml").name):
        shutil.copy(BUNDLED_REPORT.parent / name, raw / name)
    for rel in FROM_CORPUS:
        shutil.copy(corpus_file(rel), raw / Path(rel).name)
    (raw / "broken.txt").write_bytes(PNG)
    raw_before = folder_hash(raw)
    args = [str(raw), "--out", str(base / "reports"), "--clean", str(base / "clean"), "--jobs", "2"]
    code, stdout, stderr = batch_cli(args, ("figures.ipynb",))
    return {
        "raw": raw,
        "out": base / "reports",
        "clean": base / "clean",
        "args": args,
        "code": code,
        "stdout": stdout,
        "stderr": stderr,
        "raw_before": raw_before,
    }


@pytest.mark.slow
def test_good_reports_ok_broken_one_failed_and_exit_1(corpus):
    assert corpus["code"] == 1
    lines = corpus["stderr"].strip().splitlines()
    assert len(lines) == 5
    assert any(re.fullmatch(r"jiangmen-2021 ok \d+\.\ds", ln) for ln in lines)
    assert any(ln.startswith("broken failed: ") and "binary file" in ln for ln in lines)
    assert corpus["stdout"].startswith("5 reports: 4 ok, 0 skipped, 1 failed")
    assert folder_hash(corpus["raw"]) == corpus["raw_before"]


@pytest.mark.slow
def test_manifest_says_hash_status_duration_error_and_files(corpus):
    entries = manifest(corpus["out"])
    assert {rid: e["status"] for rid, e in entries.items()} == {**dict.fromkeys(GOOD, "ok"), "broken": "failed"}
    good = entries["jiangmen-2021"]
    assert re.fullmatch(r"[0-9a-f]{64}", good["input_hash"]) and good["seconds"] > 0 and good["error"] is None
    assert "jiangmen-2021/run.json" in good["files"] and "jiangmen-2021/figures.csv" in good["tables"]
    assert good["summary"]["gdp_growth_last_year"] == 2.2 and good["summary"]["gdp_target"] == 6.0
    bad = entries["broken"]
    assert bad["error"]["notebook"] is None and "binary file" in bad["error"]["message"] and bad["files"] == []


@pytest.mark.slow
def test_index_lists_every_report_with_key_figures_and_the_error(corpus):
    page = (corpus["out"] / "index.html").read_text(encoding="utf-8")
    assert page.count("<tr>") == 1 + 5 + 1  # header, one row per report, one error row
    assert '<a href="jiangmen-2021/index.html">2021年江门市人民政府工作报告</a>' in page
    assert '<a href="2026_广东省/index.html">' in page and "2.2 %" in page and "6 % 以上 at least" in page
    assert "broken.txt: binary file" in page and 'href="broken/' not in page


@pytest.mark.slow
def test_no_half_written_report_looks_complete(corpus):
    out = corpus["out"]
    assert not list(out.glob(".*.partial-*")) and not (out / "broken").exists()
    assert all((d / "run.json").is_file() for d in out.iterdir() if d.is_dir() and not d.name.startswith("."))


def test_index_escapes_report_text(tmp_path):
    evil = "<script>alert(1)</script>{{ 7*7 }}${x}"
    entry = {
        "report_id": "x-2021",
        "title": evil,
        "status": "failed",
        "seconds": 0.0,
        "summary": {},
        "error": {"notebook": None, "cell": None, "message": evil},
    }
    _, index = batch.write_outputs(tmp_path, [entry], {})
    page = index.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;{{ 7*7 }}${x}" in page


@pytest.mark.slow
def test_rerun_skips_everything_and_a_changed_file_reruns_alone(corpus):
    code, _, _ = batch_cli(corpus["args"], ("figures.ipynb",))
    assert code == 1  # the broken file fails again: failures are always retried
    assert {rid: e["status"] for rid, e in manifest(corpus["out"]).items()} == {
        **dict.fromkeys(GOOD, "skipped"),
        "broken": "failed",
    }
    with open(corpus["raw"] / "2024_national.txt", "ab") as fh:
        fh.write(b"\n")
    code, _, _stderr = batch_cli([*corpus["args"], "--only", *GOOD], ("figures.ipynb",))
    assert code == 0
    statuses = {rid: e["status"] for rid, e in manifest(corpus["out"]).items()}
    assert statuses == {**dict.fromkeys(GOOD, "skipped"), "2024_national": "ok", "broken": "failed"}


@pytest.mark.slow
def test_noop_rerun_imports_no_papermill(corpus):
    """The no-op rerun touches no heavy library; its time is measured in benchmarks/bench_batch.py."""
    code = (
        "import sys, time; t = time.perf_counter(); from helpers.run.batch import run_batch; "
        f"run_batch({str(corpus['raw'])!r}, {str(corpus['out'])!r}, {str(corpus['clean'])!r}, only={GOOD!r}, "
        f"chain=('figures.ipynb',), notebooks_dir={str(TEST_NOTEBOOKS)!r}); "
        "print(time.perf_counter() - t, 'papermill' in sys.modules or 'nbformat' in sys.modules or 'pandas' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    _inside, heavy = proc.stdout.split()
    assert heavy == "False" and proc.stderr.count("skipped (unchanged)") == 4


@pytest.mark.slow
def test_results_do_not_depend_on_jobs(corpus, tmp_path):
    ids = ("2026_广东省", "jiangmen-2021")
    entries = run_test_batch(
        corpus["raw"],
        tmp_path / "reports",
        tmp_path / "clean",
        "figures.ipynb",
        2,
        jobs=1,
        only=ids,
    )
    assert [e["status"] for e in entries] == ["ok", "ok"], [e["error"] for e in entries]
    assert figures_tables(tmp_path / "clean", ids) == figures_tables(corpus["clean"], ids)


@pytest.mark.slow
def test_dask_cluster_gives_the_same_outputs(corpus, tmp_path):
    """The Dask path (tasks sent to a worker process of the cluster, each report in a report worker
    started there) gives the local run's tables. One Dask worker is enough for that: spreading
    reports over several workers, and their deaths, are tests/test_nightly_dask.py's."""
    distributed = pytest.importorskip("distributed")
    ids = ("2026_广东省", "jiangmen-2021", "broken")
    with distributed.LocalCluster(processes=True, n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        entries = run_test_batch(
            corpus["raw"],
            tmp_path / "reports",
            tmp_path / "clean",
            "figures.ipynb",
            3,
            only=ids,
            dask_scheduler=cluster.scheduler_address,
        )
    assert {e["report_id"]: e["status"] for e in entries} == {"2026_广东省": "ok", "jiangmen-2021": "ok", "broken": "failed"}
    assert figures_tables(tmp_path / "clean", ids[:2]) == figures_tables(corpus["clean"], ids[:2])


@pytest.fixture
def one_report(tmp_path):
    write_report(tmp_path / "raw", "one-2021.txt")
    return tmp_path


@pytest.mark.parametrize(
    "extra,needle",
    [
        (["--only", "nope"], "--only: no report nope"),
        (["--jobs", "0"], "--jobs and the timeouts must be at least 1"),
    ],
)
def test_usage_errors_exit_2_with_one_line(one_report, extra, needle):
    code, _, err = batch_cli([str(one_report / "raw"), "--out", str(one_report / "out"), *extra], ("behave.ipynb",))
    assert code == 2 and err.count("\n") == 1 and needle in err


def test_missing_folder_and_unwritable_out_exit_2(one_report):
    code, _, err = batch_cli([str(one_report / "nowhere"), "--out", str(one_report / "out")], ("behave.ipynb",))
    assert code == 2 and "no such folder or catalog CSV" in err
    with readonly(one_report / "out"):
        code, _, err = batch_cli([str(one_report / "raw"), "--out", str(one_report / "out")], ("behave.ipynb",))
    assert code == 2 and "output folder is not writable" in err and err.count("\n") == 1


def test_a_second_batch_on_the_same_folder_is_refused(one_report):
    out = one_report / "out"
    out.mkdir()
    with open(out / ".batch.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        code, _, err = batch_cli([str(one_report / "raw"), "--out", str(out)], ("behave.ipynb",))
    assert code == 2 and "another batch is running" in err


def test_catalog_csv_lists_files_relative_to_itself(tmp_path):
    sub = tmp_path / "texts"
    write_report(sub, "a-2021.txt")
    write_report(sub, "b-2021.txt")
    (sub / "b-2021.meta.yml").write_text("report_id: a-2021\nreport_year: 2021\n", encoding="utf-8")
    catalog = tmp_path / "catalog.csv"
    catalog.write_text("file,region\ntexts/a-2021.txt,x\ntexts/b-2021.txt,y\ntexts/gone-2021.txt,z\n", encoding="utf-8")
    found = batch.discover(catalog)
    assert [(s.report_id, bool(s.problem)) for s in found] == [("a-2021", False), ("a-2021", True), ("gone-2021", True)]
    assert "same report id" in found[1].problem and "no such file" in found[2].problem
    catalog.write_text("path\nx.txt\n", encoding="utf-8")
    with pytest.raises(ReportError, match="`file` column"):
        batch.discover(catalog)


def test_input_hash_follows_text_sidecar_and_code(tmp_path):
    path = write_report(tmp_path, "h-2021.txt")
    code = batch.code_fingerprint(("behave.ipynb",), TEST_NOTEBOOKS)
    first = batch.input_hash(path, code, tmp_path / "clean")
    assert batch.input_hash(path, code, tmp_path / "clean") == first
    path.touch()  # a new mtime alone is no change: the hash is of contents
    assert batch.input_hash(path, code, tmp_path / "clean") == first
    (tmp_path / "h-2021.meta.yml").write_text("report_year: 2021\n", encoding="utf-8")
    assert batch.input_hash(path, code, tmp_path / "clean") != first
    assert batch.code_fingerprint(("figures.ipynb",), TEST_NOTEBOOKS) != code
    assert "pandas" in batch.dependency_versions()


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal_plain_lines_otherwise():
    entry = {"report_id": "jiangmen-2021", "status": "ok", "seconds": 6.14}
    plain = io.StringIO()
    batch.Progress(1, plain).report(entry)
    assert plain.getvalue() == "jiangmen-2021 ok 6.1s\n"
    tty = _Tty()
    progress = batch.Progress(1, tty)
    progress.report(entry)
    progress.close()
    assert progress.bar is not None and "1/1" in tty.getvalue()


@pytest.mark.slow
def test_real_chain_end_to_end_with_small_notebooks(real_chain_batch):
    """The session's batch of the real chain (Jiangmen among a spread of the corpus): every executed
    notebook of every report stays small."""
    missing = [nb for nb in runner.CHAIN if not (runner.NOTEBOOKS_DIR / nb).exists()]
    if missing:
        pytest.skip(f"chain notebooks missing: {missing}")
    entries = {e["report_id"]: e for e in real_chain_batch["entries"]}
    assert entries["jiangmen-2021"]["status"] == "ok", entries["jiangmen-2021"]["error"]
    for rid, entry in entries.items():
        assert entry["status"] == "ok", entry["error"]
        for nb in runner.CHAIN:
            assert (real_chain_batch["reports"] / rid / nb).stat().st_size < 2_000_000, f"{rid}: {nb} is bloated"


@pytest.mark.slow
def test_panel_runs_after_the_reports_and_is_skipped_when_nothing_changed(tmp_path):
    """Notebook 10 over the batch's folder into out/panel/, linked from the index; no-op reruns skip it."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for stem in ("2015_national", "2016_national"):  # with their sidecars: the panel links by region
        for suffix in (".txt", ".meta.yml"):
            shutil.copy(RAW_DIR / f"{stem}{suffix}", raw / f"{stem}{suffix}")
    # one worker: what is tested is the panel after the reports, and a second worker costs seconds of imports
    args = [str(raw), "--out", str(tmp_path / "out"), "--clean", str(tmp_path / "clean"), "--jobs", "1"]
    code, stdout, stderr = batch_cli(args, ("figures.ipynb",), panel=True)
    assert code == 0 and "panel ok" in stdout, stderr
    assert (tmp_path / "out" / "panel" / "10_panel.html").is_file()
    assert (tmp_path / "clean" / "panel" / "panel_targets.csv").is_file() or any((tmp_path / "clean" / "panel").glob("*.dta"))
    assert 'href="panel/10_panel.html"' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))["panel"]["status"] == "ok"
    code, stdout, _ = batch_cli(args, ("figures.ipynb",), panel=True)
    assert code == 0 and "panel skipped" in stdout
