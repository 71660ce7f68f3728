"""Benchmark: extract the figures of every report (bundled + corpus) in one process.

Prints wall time and peak memory for the extraction, next to a baseline measured in the same
run: reading and decoding the same files and finding every number with one regex (the floor of
touching the text at all). Target (issue 3): all 25 reports under 3 s and under 300 MB.

Two timings: in one process (one core: the extractor's own speed) and as a folder is read for the
panel (`pipeline.read_reports`, one process per core). Both are printed; neither hides the other.

    .venv/bin/python benchmarks/bench_extract.py [FOLDER ...]
"""

from __future__ import annotations

import importlib
import os
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from helpers.config import PROJECT_ROOT, RAW_DIR
from helpers.extract.text import read_report
from helpers.run.pipeline import figures, open_report, read_reports


def report_files(folders: list[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        files += sorted(p for p in folder.rglob("*.txt") if not p.name.startswith("."))
    seen, unique = set(), []
    for p in files:  # the same report in data/raw and the corpus counts once
        key = p.read_bytes()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or [RAW_DIR, PROJECT_ROOT.parent / "shared" / "corpus"]
    files = report_files([f for f in folders if f.exists()])
    print(f"{len(files)} reports, {sum(p.stat().st_size for p in files) / 1e6:.2f} MB of text")

    t0 = time.perf_counter()
    n_numbers = sum(len(re.findall(r"\d+(?:\.\d+)?", read_report(p).text)) for p in files)
    baseline = time.perf_counter() - t0

    # the pipeline imports the extractor and the schema lazily (a finished report needs neither): import
    # them, and warm the caches (dictionary regex, unit table), outside the timing
    for module in ("helpers.extract.extractor", "helpers.extract.corrections"):
        importlib.import_module(module)
    open_report(files[0])
    importlib.import_module("helpers.extract.indicators").alias_pattern()  # the dictionary regex: open_report no longer builds it
    rss_before = peak_rss_mb()
    # the processes first: forked after the one-process pass they would inherit its warm caches
    jobs = os.cpu_count() or 1
    t0 = time.perf_counter()
    reports, failed = read_reports(files, jobs=jobs)
    elapsed_jobs = time.perf_counter() - t0
    n_parallel = sum(len(figs) for _, figs in reports)
    t0 = time.perf_counter()
    n_figures = sum(len(figures(open_report(p))) for p in files)
    elapsed = time.perf_counter() - t0
    assert n_parallel == n_figures and not failed, "the parallel read must give the same rows"
    tracemalloc.start()  # a second pass for memory: tracing slows Python down several times
    for p in files:
        figures(open_report(p))
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"baseline  read + decode + find {n_numbers:,} numbers: {baseline:6.3f} s")
    print(
        f"extract   {n_figures:,} figures from {len(files)} reports:  {elapsed:6.3f} s "
        f"({elapsed / baseline:.1f}x baseline; target < 3 s) {'OK' if elapsed < 3 else 'SLOW'}  [one process]"
    )
    print(
        f"extract   {n_parallel:,} figures from {len(files)} reports:  {elapsed_jobs:6.3f} s "
        f"({elapsed_jobs / baseline:.1f}x baseline; target < 3 s) {'OK' if elapsed_jobs < 3 else 'SLOW'}  "
        f"[read_reports, {jobs} processes on {jobs} cores]"
    )
    print(
        f"memory    peak RSS {peak_rss_mb():.0f} MB (after imports {rss_before:.0f} MB); "
        f"peak Python allocations during extraction {traced_peak / 1e6:.1f} MB (target < 300 MB)"
    )
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"memory    peak RSS of one worker process {children:.0f} MB (forked: pages shared with the parent)")


if __name__ == "__main__":
    main(sys.argv[1:])
