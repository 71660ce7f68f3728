"""Batch faults and kernels side by side: each fault of a report is a failed entry with its reason,
the other reports stay complete, and eight reports on four workers never race for kernel ports.

Faults are produced for real by tests/notebooks/behave.ipynb (raise, a dead kernel, a hung cell, a
killed worker, a report past its time, an unwritable output folder); every run writes into
tmp_path. Apart from tests/test_batch.py so that the two files' batches run on different workers.
"""

from __future__ import annotations

import pytest

from .factories import folder_hash, kernel_gone, readonly, run_test_batch, write_report

# Report id -> (first line of the report, what its manifest error must say). The batch hands out
# reports in id order: the one that runs until its 12 s report timeout is named to come first, so
# the other worker runs the rest beside it instead of after it.
FAULTS = {
    "a-slow-2021": ("fault: slow 4.5", "report timed out after 12 s; worker and kernel killed"),
    "raise-2021": ("fault: raise", 'behave.ipynb cell 4 at `raise ValueError("the report asked for an error")`: ValueError'),
    "die-2021": ("fault: die", 'behave.ipynb cell 5 at `if fault == "die":`: kernel died (DeadKernelError)'),
    "hang-2021": ("fault: hang", 'behave.ipynb cell 7 at `if fault == "hang":`: cell timed out after 5 s'),
    "kill-2021": ("fault: kill-worker", "worker process killed by SIGKILL"),
    "locked-2021": ("", "output folder is not writable"),
}


@pytest.fixture(scope="module")
def faults(tmp_path_factory):
    """One batch over two good reports and one of each fault (jobs=2, cell 5 s, report 12 s)."""
    base = tmp_path_factory.mktemp("faults")
    raw, clean = base / "raw", base / "clean"
    for rid, (first_line, _) in FAULTS.items():
        write_report(raw, f"{rid}.txt", first_line)
    for rid in ("good-a-2021", "good-b-2021"):
        write_report(raw, f"{rid}.txt")
    before = folder_hash(raw)
    with readonly(clean / "locked-2021"):
        entries = run_test_batch(
            raw,
            base / "reports",
            clean,
            "behave.ipynb",
            8,
            jobs=2,
            cell_timeout=5,
            report_timeout=12,
        )
    return {
        "entries": {e["report_id"]: e for e in entries},
        "out": base / "reports",
        "clean": clean,
        "raw_unchanged": folder_hash(raw) == before,
    }


@pytest.mark.slow
@pytest.mark.parametrize("rid", FAULTS)
def test_each_fault_is_a_failed_entry_with_its_reason(faults, rid):
    entry = faults["entries"][rid]
    message = entry["error"]["message"]
    assert entry["status"] == "failed" and FAULTS[rid][1] in message and "\n" not in message
    assert not (faults["out"] / rid / "run.json").exists()
    if rid != "locked-2021":
        assert kernel_gone(faults["clean"], rid), "a kernel outlived its failed report"


@pytest.mark.slow
def test_faults_leave_the_other_reports_complete_and_nothing_half_written(faults):
    assert faults["entries"]["good-a-2021"]["status"] == faults["entries"]["good-b-2021"]["status"] == "ok"
    assert (faults["out"] / "good-a-2021" / "run.json").exists()
    assert not list(faults["out"].glob(".*.partial-*"))
    assert faults["entries"]["a-slow-2021"]["error"]["notebook"] == "behave.ipynb"  # where the watchdog struck
    assert faults["raw_unchanged"]


@pytest.mark.slow
def test_four_parallel_kernels_twice_without_port_races(tmp_path):
    """Eight reports on four workers: four kernels start side by side, then each worker starts a
    second one while the others still run theirs (a worker costs seconds of imports; the kernels,
    eight of them, four at a time, are what could race).

    Why four prove what eight did: the runner gives each kernel IPC sockets in a private folder of
    its own (no ports), so a clash needs two kernels starting at the same moment; on two cores at
    most two run at once, and four side by side keep every start overlapping others, twice."""
    raw = tmp_path / "raw"
    for k in range(8):
        write_report(raw, f"stress{k:02d}-2021.txt")
    entries = run_test_batch(
        raw,
        tmp_path / "reports",
        tmp_path / "clean",
        "behave.ipynb",
        8,
        jobs=4,
    )
    assert [e["status"] for e in entries] == ["ok"] * 8, [e["error"] for e in entries if e["error"]]
    kernels = {(tmp_path / "clean" / e["report_id"] / "kernel.pid").read_text() for e in entries}
    assert len(kernels) == 8, "each report had a kernel of its own"
