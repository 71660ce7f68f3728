"""Hostile folders and failing disks: sidecars, file names, one-line errors (issue 16).

Each test reproduces what a hostile input folder or a failing machine did to the code before the
fix: a YAML alias bomb, a sidecar that is a pipe or /dev/zero or a link out of the folder, a GBK file
name, a full disk, odd values. Those that could hang or exhaust memory on the old code run in a
child process under a memory limit and a timeout, so the suite itself never does.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.config import BUNDLED_REPORT, PROJECT_ROOT
from helpers.errors import ReportError
from helpers.extract import metadata
from helpers.extract.metadata import load_metadata
from helpers.run import batch, cli, runner
from helpers.store import atomic_write_text

from .factories import readonly, run_test_batch, write_report

MEMORY_LIMIT = 2 * 1024**3  # address space of a probe: far above what reading a sidecar needs
GBK_NAME = os.fsdecode("报告-2021.txt".encode("gbk"))  # how Python sees a name unpacked from a Windows zip

# Nine levels of nine: 9**9 (387 million) strings once expanded, in 405 bytes.
ALIAS_BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi")]
    + ["title: *i", "report_year: 2021"]
)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def probe(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `code` in a fresh Python under MEMORY_LIMIT; a hang shows as a timeout, not a stuck suite."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limit_memory,
        cwd=PROJECT_ROOT,
    )


DISCOVER = """
import json, sys
from helpers.run import batch
print(json.dumps({src.report_id: src.problem for src in batch.discover(sys.argv[1])}))
"""


def hostile_folder(tmp_path: Path, sidecar) -> Path:
    """A folder of two reports: good-2021 and bad-2021, whose sidecar `sidecar(path)` makes."""
    raw = tmp_path / "raw"
    write_report(raw, "good-2021.txt")
    write_report(raw, "bad-2021.txt")
    sidecar(raw / "bad-2021.meta.yml")
    return raw


def test_the_alias_bomb_is_read_as_valid_yaml():
    import yaml

    assert len(ALIAS_BOMB) < 500
    assert yaml.safe_load(ALIAS_BOMB)["report_year"] == 2021  # what the old loader accepted


@pytest.mark.parametrize(
    "make,problem",
    [
        (lambda side: side.write_text(ALIAS_BOMB, encoding="utf-8"), "aliases (*name) are not allowed"),
        (lambda side: os.mkfifo(side), "not a regular file"),
        (lambda side: side.symlink_to("/dev/zero"), "not a regular file"),
    ],
    ids=["alias-bomb", "fifo", "dev-zero"],
)
def test_a_hostile_sidecar_fails_its_report_alone_without_hanging_or_exhausting_memory(tmp_path, make, problem):
    raw = hostile_folder(tmp_path, make)
    try:
        done = probe(DISCOVER, str(raw), timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("discovering the reports hung on the sidecar")
    assert done.returncode == 0, done.stderr[-500:]
    found = json.loads(done.stdout)
    assert found["good-2021"] == ""
    assert found["bad-2021"].startswith(f"{raw / 'bad-2021.meta.yml'}: ") and problem in found["bad-2021"]


def test_a_sidecar_linked_outside_the_folder_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.yml").write_text("title: from outside the folder\nreport_year: 2021\n", encoding="utf-8")
    raw = hostile_folder(tmp_path, lambda side: side.symlink_to(elsewhere / "secret.yml"))
    with pytest.raises(ReportError, match="links outside the report's folder"):
        load_metadata(raw / "bad-2021.txt")
    (raw / "inside.yml").write_text("title: linked inside\n", encoding="utf-8")
    (raw / "good-2021.meta.yml").symlink_to(raw / "inside.yml")
    assert load_metadata(raw / "good-2021.txt")["title"] == "linked inside"


def test_an_oversized_sidecar_is_refused_and_a_real_one_is_far_below_the_cap(tmp_path):
    raw = hostile_folder(tmp_path, lambda side: side.write_text("# padding\n" * 10_000 + "report_year: 2021\n"))
    with pytest.raises(ReportError, match="larger than 64 kB"):
        load_metadata(raw / "bad-2021.txt")
    real = BUNDLED_REPORT.with_suffix(".meta.yml")
    assert real.stat().st_size < metadata.MAX_SIDECAR_BYTES / 10
    assert load_metadata(BUNDLED_REPORT)["report_year"] == 2021


@pytest.mark.parametrize("value,shown", [("2021.9", "2021.9"), ("true", "True"), ("2021-03-01", "datetime.date")])
def test_a_report_year_that_is_not_a_whole_year_is_refused_not_truncated(tmp_path, value, shown):
    raw = hostile_folder(tmp_path, lambda side: side.write_text(f"report_year: {value}\n", encoding="utf-8"))
    with pytest.raises(ReportError) as err:
        load_metadata(raw / "bad-2021.txt")
    assert "is not a year" in str(err.value) and shown in str(err.value) and "out of range" not in str(err.value)


def test_a_report_year_written_as_text_digits_still_reads(tmp_path):
    raw = hostile_folder(tmp_path, lambda side: side.write_text('report_year: "2021"\n', encoding="utf-8"))
    assert load_metadata(raw / "bad-2021.txt")["report_year"] == 2021


# --- file names that are not UTF-8 ------------------------------------------------------------


def test_a_gbk_file_name_gets_a_safe_id_a_recorded_name_and_a_one_line_problem(tmp_path):
    raw = tmp_path / "raw"
    write_report(raw, "good-2021.txt")
    write_report(raw, GBK_NAME)
    found = {s.report_id: s for s in batch.discover(raw)}
    bad = next(s for s in found.values() if s.problem)
    assert set(found) == {"good-2021", "报告-2021"} and bad.report_id == "报告-2021"
    assert "file name is not UTF-8" in bad.problem and "\\xb1\\xa8\\xb8\\xe6-2021.txt" in bad.problem
    assert metadata.recorded_name(raw / GBK_NAME) == str(raw) + "/\\xb1\\xa8\\xb8\\xe6-2021.txt"


def test_report_on_a_gbk_file_name_is_one_line_exit_2(tmp_path, capsys):
    path = write_report(tmp_path, GBK_NAME)
    code = cli.main(["report", str(path), "--out", str(tmp_path / "out"), "--allow", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "file name is not UTF-8" in err


@pytest.mark.slow
def test_a_gbk_file_name_never_stops_the_manifest_night_after_night(tmp_path):
    raw = tmp_path / "raw"
    write_report(raw, "good-2021.txt")
    write_report(raw, GBK_NAME)
    for night, good_status in ((1, "ok"), (2, "skipped")):
        entries = run_test_batch(
            raw,
            tmp_path / "out",
            tmp_path / "clean",
            "behave.ipynb",
            2,
            jobs=1,
        )
        assert {e["report_id"]: e["status"] for e in entries} == {"good-2021": good_status, "报告-2021": "failed"}, night
        data = json.loads((tmp_path / "out" / "manifest.json").read_bytes().decode("utf-8"))
        failed = next(e for e in data["reports"] if e["status"] == "failed")
        assert failed["source"] == "\\xb1\\xa8\\xb8\\xe6-2021.txt" and "file name is not UTF-8" in failed["error"]["message"]
        assert "\\xb1\\xa8" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


# --- one line, not a traceback ----------------------------------------------------------------


def test_extract_into_a_file_or_an_unwritable_folder_is_one_line(tmp_path, capsys):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    code = cli.main(["extract", str(BUNDLED_REPORT), "-o", str(tmp_path / "a-file" / "figures.csv")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and f"{tmp_path / 'a-file' / 'figures.csv'}: cannot write" in err
    with readonly(tmp_path / "locked"):
        code = cli.main(["extract", str(BUNDLED_REPORT), "-o", str(tmp_path / "locked" / "figures.csv")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "locked/figures.csv: cannot write" in err


def test_a_parameter_value_that_is_not_yaml_is_one_line_exit_2(tmp_path, capsys):
    code = cli.main(["report", str(BUNDLED_REPORT), "--out", str(tmp_path), "-p", "year", "[2021,"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "-p year: '[2021,' is not a YAML value" in err


def test_a_dask_scheduler_that_is_not_an_address_is_one_line_exit_2(tmp_path, capsys):
    pytest.importorskip("distributed")
    write_report(tmp_path / "raw", "one-2021.txt")
    args = ["batch", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--clean", str(tmp_path / "clean")]
    code = cli.main([*args, "--no-panel", "--dask-scheduler", "not-a-url"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "cannot reach the Dask scheduler at not-a-url" in err


def test_a_full_disk_keeps_the_old_manifest_and_names_the_file(tmp_path, monkeypatch):
    out = tmp_path / "out"
    batch.write_outputs(out, [], {"panel": None})
    before = (out / "manifest.json").read_bytes()

    class FullDisk:
        def __init__(self, fd, mode):
            os.close(fd)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("helpers.store.os.fdopen", FullDisk)
    entry = {"report_id": "x", "status": "ok", "error": None}
    with pytest.raises(ReportError) as err:
        batch.write_outputs(out, [entry], {"panel": None})
    assert str(err.value) == f"{out / 'manifest.json'}: cannot write (No space left on device)"
    assert (out / "manifest.json").read_bytes() == before
    assert not list(out.glob(".manifest.json.*.tmp"))


def test_an_os_error_in_a_run_names_its_file():
    message = runner.one_line(FileNotFoundError(errno.ENOSPC, "No space left on device", "/srv/reports/x/01.ipynb"))
    assert message == "/srv/reports/x/01.ipynb: No space left on device (FileNotFoundError)"


def test_partial_output_links_only_to_notebooks_that_ran(tmp_path):
    out = tmp_path / "out"
    for rid, started in (("ran-2021", True), ("never-2021", False)):
        meta = {"papermill": {"start_time": "2026-11-30T00:00:00"}} if started else {"papermill": {}}
        notebook = {"cells": [{"cell_type": "code", "metadata": meta, "source": "x = 1"}], "metadata": {}}
        atomic_write_text(out / f".{rid}.failed" / "behave.ipynb", json.dumps(notebook))
    entries = [
        {"report_id": rid, "status": "failed", "error": {"notebook": "behave.ipynb", "cell": 1, "message": "m"}}
        for rid in ("ran-2021", "never-2021")
    ]
    batch.write_outputs(out, entries, {"panel": None})
    page = (out / "index.html").read_text(encoding="utf-8")
    assert ".ran-2021.failed/behave.ipynb" in page and ".never-2021.failed" not in page
