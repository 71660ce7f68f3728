"""Benchmark: `python -m helpers batch` over a folder of reports, sequential against --jobs 2.

Prints, measured in one run on this machine: wall time with --jobs 1 and --jobs 2 (target
speed-up >= 1.7x on 2 cores), a no-op rerun (target well under 2 s), per-report cost relative to
the papermill floor of bench_report.py (one notebook + one HTML export in a fresh process), and
peak memory per worker (a worker process with its kernel). Every output goes to a temporary folder.

    .venv/bin/python benchmarks/bench_batch.py [RAW_DIR]   (default data/raw)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench_report import measure, measure_floor
from helpers.config import RAW_DIR
from helpers.run.batch import discover


def batch(raw: Path, work: Path, name: str, jobs: int) -> dict:
    """One timed batch run; stops the benchmark with the batch's own error if it could not run."""
    cmd = [
        sys.executable,
        "-m",
        "helpers",
        "batch",
        str(raw),
        "--out",
        str(work / name / "reports"),
        "--clean",
        str(work / name / "clean"),
        "--jobs",
        str(jobs),
        "--no-panel",
    ]  # the panel is one serial step after the reports
    m = measure(cmd)
    if m["returncode"] == 2:
        sys.exit(f"batch could not run: {m['stderr'].strip().splitlines()[-1] if m['stderr'].strip() else 'exit 2'}")
    return m


def main(argv: list[str]) -> None:
    raw = (Path(argv[0]) if argv else RAW_DIR).resolve()
    n = len(discover(raw))
    with tempfile.TemporaryDirectory(prefix="gwr-bench-") as tmp:
        work = Path(tmp)
        floor = measure_floor(work)
        seq = batch(raw, work, "seq", 1)
        par = batch(raw, work, "par", 2)
        noop = batch(raw, work, "par", 2)
    failed = [m["stderr"].count(" failed: ") for m in (seq, par)]
    print(f"{n} reports in {raw}{'' if not any(failed) else f' ({failed[0]} failed)'}")
    print(f"papermill floor (1 notebook + HTML, fresh process): {floor['seconds']:.2f} s, {floor['peak_mb']:.0f} MB")
    print(
        f"--jobs 1: {seq['seconds']:7.1f} s   {seq['seconds'] / n:5.2f} s/report = {seq['seconds'] / n / floor['seconds']:.2f}x the floor"
    )
    print(f"--jobs 2: {par['seconds']:7.1f} s   speed-up {seq['seconds'] / par['seconds']:.2f}x (target >= 1.7x)")
    print(f"no-op rerun: {noop['seconds']:.2f} s (target well under 2 s)")
    workers = list(par["per_child_mb"].values())
    if workers:
        print(
            f"peak memory per worker (with its kernel): max {max(workers):.0f} MB, mean {sum(workers) / len(workers):.0f} MB;"
            f" whole batch {par['peak_mb']:.0f} MB"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
