"""How many Dask worker deaths a batch report survives (issue 16; docs/scheduled-runs.md, "On a Dask cluster").

A LocalCluster of four single-thread worker processes runs two reports through
tests/notebooks/behave.ipynb (`fault: slow 3`: about 9 s each). The test kills, with SIGKILL,
the Dask worker process running a report (the kernel's grandparent: kernel -> report worker ->
Dask worker) as soon as that report's kernel has started. Dask retries a task whose worker died
until it has lost `distributed.scheduler.allowed-failures` workers (3 by default, asserted below),
then raises KilledWorker; a death counts for every report the worker held, running or queued on
it. The cluster is made with allowed-failures = 1 to keep the test short:
one death is retried and the report is ok; a second death of the same report fails it alone, and
the batch completes.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import psutil
import pytest

from .factories import gone, run_test_batch, write_report


def kernels(clean: Path) -> dict[Path, str]:
    """kernel.pid files of the reports' attempts so far (one per attempt: each has its own staging).

    os.walk, not Path.rglob: a staging directory the batch renames or removes while the scan runs is skipped (rglob
    raised FileNotFoundError on a vanished .partial directory, a flaky failure of a fresh clone's run in session 49);
    the caller polls, so an attempt missed in one scan is seen in the next."""
    found = {}
    for folder, _, files in os.walk(clean):
        if "kernel.pid" in files:
            p = Path(folder) / "kernel.pid"
            name = p.parent.name
            found[p] = name[1:].removesuffix(".failed") if name.endswith(".failed") else name
    return found


@pytest.mark.slow
def test_a_report_survives_dask_worker_deaths_up_to_allowed_failures_then_fails_alone(tmp_path):
    dask = pytest.importorskip("dask")
    distributed = pytest.importorskip("distributed")
    assert dask.config.get("distributed.scheduler.allowed-failures") == 3  # the default the docs state

    raw, clean = tmp_path / "raw", tmp_path / "clean"
    write_report(raw, "retried-2021.txt", "fault: slow 3")
    write_report(raw, "doomed-2021.txt", "fault: slow 3")
    deaths = {"retried-2021": 1, "doomed-2021": 2}  # kills per report: within, then past allowed-failures = 1
    killed: list[tuple[str, int]] = []
    result: dict = {}

    # Four workers for two reports: a report whose worker died goes to an idle one. On a busy cluster
    # Dask also hands a report to a worker still running another, and that worker's death counts for both.
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        distributed.LocalCluster(processes=True, n_workers=4, threads_per_worker=1, dashboard_address=None) as cluster,
    ):

        def run():
            try:
                result["entries"] = run_test_batch(
                    raw,
                    tmp_path / "reports",
                    clean,
                    "behave.ipynb",
                    2,
                    dask_scheduler=cluster.scheduler_address,
                    report_timeout=120,
                )
            except BaseException as exc:  # shown by the assertion below
                result["error"] = exc

        thread = threading.Thread(target=run)
        thread.start()
        seen: set[Path] = set()
        kernel_procs: list[psutil.Process] = []  # a Process knows its start time: a reused pid is not it
        deadline = time.monotonic() + 600
        while thread.is_alive() and time.monotonic() < deadline:
            for path, rid in kernels(clean).items():
                if path in seen or ".partial-" not in str(path):  # an attempt in flight, not yet handled
                    continue
                try:
                    kernel = psutil.Process(int(path.read_text()))
                    dask_worker = kernel.parent().parent()  # kernel -> report worker -> Dask worker
                except (ValueError, psutil.Error):  # being written: read it again
                    continue
                seen.add(path)
                kernel_procs.append(kernel)
                if sum(r == rid for r, _ in killed) < deaths[rid]:
                    assert dask_worker.pid != psutil.Process().pid  # never this test's own process
                    dask_worker.send_signal(signal.SIGKILL)
                    killed.append((rid, dask_worker.pid))
            time.sleep(0.2)
        thread.join(timeout=60)

    assert "error" not in result and "entries" in result, result
    entries = {e["report_id"]: e for e in result["entries"]}
    assert sorted(rid for rid, _ in killed) == ["doomed-2021", "doomed-2021", "retried-2021"], (killed, entries)
    assert entries["retried-2021"]["status"] == "ok", entries["retried-2021"]["error"]
    assert (tmp_path / "reports" / "retried-2021" / "run.json").is_file()
    doomed = entries["doomed-2021"]
    assert doomed["status"] == "failed" and "KilledWorker" in doomed["error"]["message"]
    assert "\n" not in doomed["error"]["message"] and not (tmp_path / "reports" / "doomed-2021").exists()
    deadline = time.monotonic() + 30  # the killed workers' report workers and kernels died with them
    while not gone(kernel_procs):
        alive = [describe(k) for k in kernel_procs if not gone([k])]
        assert time.monotonic() < deadline, f"a kernel outlived its Dask worker: {alive}"
        time.sleep(0.2)


def describe(proc: psutil.Process) -> str:
    """A surviving process for the failure message: pid, state and its parents."""
    try:
        parents = [f"{p.pid} {p.name()}" for p in proc.parents()]
        return f"{proc.pid} {proc.status()} parents {parents}"
    except psutil.Error as exc:
        return f"{proc.pid}: {exc!r}"
