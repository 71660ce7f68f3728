"""A batch under faults: stale outputs, shared folders, Ctrl-C, a killed supervisor, racing swaps (issue 16).

Reports run through tests/notebooks/behave.ipynb (`fault: slow S` makes each of its three slow
cells sleep S seconds; its kernel writes kernel.pid). Batches that get signals run in a child
process of their own session, as from a terminal; every wait polls for its condition with a
deadline generous enough for a loaded two-core machine, and a child left running is killed.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from helpers.config import PROJECT_ROOT
from helpers.run import batch, cli, runner

from .factories import TEST_NOTEBOOKS, gone, kernel_gone, wait_for, write_report

CHAIN = ("behave.ipynb",)

# The batch as started from a terminal, where Ctrl-C reaches a foreground job whose SIGINT is at its
# default. A process started with SIGINT ignored keeps ignoring it (POSIX; Python then installs no
# KeyboardInterrupt), and pytest itself may run so, e.g. as a background job of a non-interactive
# shell: then the child would inherit the ignore, and the Ctrl-C test would wait in vain.
BATCH = """
import signal
import sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from pathlib import Path
from helpers.run import cli, runner
runner.CHAIN = ("behave.ipynb",)
runner.NOTEBOOKS_DIR = Path(sys.argv[1])
sys.exit(cli.main(["batch", *sys.argv[2:], "--no-panel"]))
"""


def run(raw: Path, out: Path, clean: Path, **kw) -> dict[str, dict]:
    entries = batch.run_batch(
        raw, out, clean, chain=CHAIN, notebooks_dir=TEST_NOTEBOOKS, progress=batch.Progress(1, io.StringIO()), **kw
    )
    return {e["report_id"]: e for e in entries}


def batch_cli(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        mp.setattr(runner, "CHAIN", CHAIN)
        mp.setattr(runner, "NOTEBOOKS_DIR", TEST_NOTEBOOKS)
        code = cli.main(["batch", *args, "--no-panel"])
    return code, err.getvalue()


@contextlib.contextmanager
def batch_process(tmp_path: Path, jobs: int):
    """`python -m helpers batch` on tmp_path/raw in a session of its own; killed whole if a test leaves it running."""
    log = open(tmp_path / "batch.log", "w")  # noqa: SIM115 (closed below, after the child is gone)
    args = [str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--clean", str(tmp_path / "clean"), "--jobs", str(jobs)]
    proc = subprocess.Popen(
        [sys.executable, "-c", BATCH, str(TEST_NOTEBOOKS), *args],
        stdout=log,
        stderr=log,
        cwd=PROJECT_ROOT,
        start_new_session=True,
    )
    family: list[psutil.Process] = []
    try:
        yield proc, family
    finally:
        for p in [psutil.Process(proc.pid), *family] if proc.poll() is None else family:
            with contextlib.suppress(psutil.NoSuchProcess):
                p.kill()
        proc.wait(timeout=30)
        log.close()


def started(clean: Path) -> list[str]:
    """Reports whose kernel has started (it writes kernel.pid first): in their tables' staging folder
    (clean/.<id>.partial-<pid>/clean/<id>/), kept failed ones (clean/.<id>.failed/) or published ones."""
    names = {p.parent.name for p in clean.rglob("kernel.pid")}
    return sorted({n[1:].removesuffix(".failed") if n.endswith(".failed") else n for n in names})


# --- what a skip trusts -------------------------------------------------------------------------


@pytest.mark.slow
def test_a_report_run_on_a_draft_with_the_same_id_is_not_skipped_as_unchanged(tmp_path):
    raw, out, clean = tmp_path / "raw", tmp_path / "out", tmp_path / "clean"
    write_report(raw, "one-2021.txt")
    assert run(raw, out, clean)["one-2021"]["status"] == "ok"
    draft = write_report(tmp_path / "drafts", "one-2021.txt", "a draft, not the report")
    runner.run_report(draft, out, clean, chain=CHAIN, notebooks_dir=TEST_NOTEBOOKS, allowed_roots=(draft.parent,))
    assert json.loads((out / "one-2021" / "run.json").read_text())["source_sha256"] != batch.file_sha256(raw / "one-2021.txt")

    again = run(raw, out, clean)["one-2021"]
    assert again["status"] == "ok"  # rerun: what was on disk came from the draft
    made = json.loads((out / "one-2021" / "run.json").read_text(encoding="utf-8"))
    assert made["source_sha256"] == batch.file_sha256(raw / "one-2021.txt")
    assert run(raw, out, clean)["one-2021"]["status"] == "skipped"


def test_a_second_batch_sharing_clean_is_refused(tmp_path):
    write_report(tmp_path / "raw", "one-2021.txt")
    clean = tmp_path / "clean"
    clean.mkdir()
    with open(clean / ".batch.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        code, err = batch_cli(str(tmp_path / "raw"), "--out", str(tmp_path / "other-out"), "--clean", str(clean))
    assert code == 2 and err.count("\n") == 1 and f"{clean}: another batch is running on this folder" in err
    assert not (tmp_path / "other-out" / "manifest.json").exists()


@pytest.mark.parametrize(
    "out,clean",
    [("shared", "shared"), ("out", "out/clean"), ("clean/reports", "clean"), ("raw/reports", "clean")],
)
def test_overlapping_folders_are_refused_with_one_line_before_anything_is_deleted(tmp_path, out, clean):
    write_report(tmp_path / "raw", "one-2021.txt")
    (tmp_path / clean / "kept-2021").mkdir(parents=True)
    (tmp_path / clean / "kept-2021" / "figures.csv").write_text("a table", encoding="utf-8")
    code, err = batch_cli(str(tmp_path / "raw"), "--out", str(tmp_path / out), "--clean", str(tmp_path / clean))
    assert code == 2 and err.count("\n") == 1 and "overlap: give them separate folders" in err
    assert (tmp_path / clean / "kept-2021" / "figures.csv").read_text(encoding="utf-8") == "a table"
    assert not (tmp_path / out / "manifest.json").exists()


def test_report_into_overlapping_folders_is_refused_before_any_kernel(tmp_path, capsys):
    path = write_report(tmp_path / "raw", "one-2021.txt")
    (tmp_path / "shared" / "one-2021").mkdir(parents=True)
    (tmp_path / "shared" / "one-2021" / "figures.csv").write_text("a table", encoding="utf-8")
    args = ["report", str(path), "--out", str(tmp_path / "shared"), "--clean", str(tmp_path / "shared"), "--allow", str(tmp_path)]
    code = cli.main(args)
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "overlap: give them separate folders" in err
    assert (tmp_path / "shared" / "one-2021" / "figures.csv").read_text(encoding="utf-8") == "a table"


# --- Ctrl-C and a killed supervisor -------------------------------------------------------------


@pytest.mark.slow
def test_ctrl_c_stops_a_batch_within_seconds_and_records_what_finished(tmp_path):
    raw = tmp_path / "raw"
    write_report(raw, "a-2021.txt")
    slow = [f"s{k}-2021" for k in range(7)]
    for rid in slow:
        write_report(raw, f"{rid}.txt", "fault: slow 20")  # 60 s each: none can finish before the Ctrl-C
    with batch_process(tmp_path, jobs=2) as (proc, _):
        wait_for(lambda: (tmp_path / "out" / "a-2021" / "run.json").exists(), 240, "the quick report")
        # Recorded, not only published: its worker writes run.json before the supervisor has its
        # result; the progress line is printed once the supervisor holds the entry.
        wait_for(lambda: "a-2021 ok" in (tmp_path / "batch.log").read_text(encoding="utf-8"), 60, "the quick report's entry")
        wait_for(lambda: len(started(tmp_path / "clean")) >= 2, 120, "a slow report's kernel")
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C on a terminal does
        try:
            code = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail("the batch went on after Ctrl-C")
    ran = [rid for rid in started(tmp_path / "clean") if rid in slow]
    assert code == 130, (tmp_path / "batch.log").read_text()
    assert len(ran) <= 2, f"queued reports still started after Ctrl-C: {ran}"
    entries = {e["report_id"]: e for e in json.loads((tmp_path / "out" / "manifest.json").read_text())["reports"]}
    assert entries["a-2021"]["status"] == "ok" and not set(entries) & set(slow)
    assert not any((tmp_path / "out" / rid / "run.json").exists() for rid in slow)
    assert all(kernel_gone(tmp_path / "clean", rid, wait=30) for rid in ran), "a kernel outlived Ctrl-C"
    assert "interrupted: 1 of 8 reports recorded" in (tmp_path / "batch.log").read_text()


@pytest.mark.slow
def test_workers_die_with_a_killed_supervisor_and_never_publish_after_it(tmp_path):
    for rid in ("p-2021", "q-2021"):
        write_report(tmp_path / "raw", f"{rid}.txt", "fault: slow 8")  # 24 s each: neither finishes before the kill
    with batch_process(tmp_path, jobs=2) as (proc, family):
        wait_for(lambda: len(started(tmp_path / "clean")) == 2, 180, "both kernels")
        family += psutil.Process(proc.pid).children(recursive=True)  # the workers and their kernels
        assert len(family) >= 4
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        # Workers that outlived their supervisor would finish their reports and exit within this
        # wait, so the check below would then see what they published.
        wait_for(lambda: gone(family), 90, "the workers and kernels of the killed supervisor to exit")
    assert not list((tmp_path / "out").glob("*/run.json"))


# A worker whose parent-death signal does nothing (SIGTERM ignored after `_die_with`, as when the
# main thread cannot run its handler) and whose main thread sleeps: only the watching thread is left.
DEAF_WORKER = """
import os, signal, subprocess, sys, time
if sys.argv[1] == "parent":
    worker = subprocess.Popen([sys.executable, "-c", os.environ["DEAF_WORKER"], "worker", str(os.getpid())])
    print(worker.pid, flush=True)
    time.sleep(120)
else:
    from helpers.run.batch import _die_with
    _die_with(int(sys.argv[2]))
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    print("watching", flush=True)
    time.sleep(120)
"""


def test_a_worker_whose_main_thread_cannot_take_the_signal_still_stops_with_its_supervisor():
    env = {**os.environ, "DEAF_WORKER": DEAF_WORKER}
    parent = subprocess.Popen([sys.executable, "-c", DEAF_WORKER, "parent"], stdout=subprocess.PIPE, text=True, env=env)
    try:
        worker = psutil.Process(int(parent.stdout.readline()))
        assert worker.parent().pid == parent.pid
        assert parent.stdout.readline() == "watching\n"
        parent.kill()
        parent.wait(timeout=30)
        wait_for(lambda: gone([worker]), 30, "the worker to see its parent gone")
    finally:
        parent.kill()
        with contextlib.suppress(NameError, psutil.NoSuchProcess):
            worker.kill()


def test_a_worker_does_not_publish_once_its_batch_has_released_the_lock(tmp_path):
    lock = tmp_path / ".batch.lock"
    held = batch._lock(tmp_path, "token-1")
    batch.batch_holds_lock(str(lock), "token-1")  # the batch runs: publish
    with pytest.raises(batch.ReportError, match="has stopped: report not published"):
        batch.batch_holds_lock(str(lock), "token-0")  # a later batch on the same folder is not ours
    held.close()
    with pytest.raises(batch.ReportError, match="has stopped: report not published"):
        batch.batch_holds_lock(str(lock), "token-1")


# --- two runs swapping one report folder ----------------------------------------------------------


def _swap_many(out: str, n: int, ready) -> None:
    ready.wait()
    for k in range(n):
        staging = Path(out) / f".r.partial-{os.getpid()}"
        staging.mkdir()
        (staging / "run.json").write_text(f"{os.getpid()} {k}")
        runner._swap_into_place(staging, Path(out) / "r")


def test_two_runs_swapping_one_report_folder_never_collide(tmp_path):
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    procs = [ctx.Process(target=_swap_many, args=(str(tmp_path), 300, ready)) for _ in range(2)]
    for p in procs:
        p.start()
    ready.set()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0, 0]
    assert (tmp_path / "r" / "run.json").is_file() and [p.name for p in tmp_path.iterdir()] == ["r"]
