"""Benchmark: extract the figures of every report (bundled + corpus) in one process.

Prints wall time and peak memory for the extraction, next to a baseline measured in the same
run: reading and decoding the same files and finding every number with one regex (the floor of
touching the text at all). Target (issue 3): all 25 reports under 3 s and under 300 MB.

    .venv/bin/python benchmarks/bench_extract.py [FOLDER ...]
"""

from __future__ import annotations

import importlib
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from helpers.config import PROJECT_ROOT, RAW_DIR
from helpers.extract.text import read_report
from helpers.run.pipeline import figures, open_report


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
    rss_before = peak_rss_mb()
    t0 = time.perf_counter()
    n_figures = sum(len(figures(open_report(p))) for p in files)
    elapsed = time.perf_counter() - t0
    tracemalloc.start()  # a second pass for memory: tracing slows Python down several times
    for p in files:
        figures(open_report(p))
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"baseline  read + decode + find {n_numbers:,} numbers: {baseline:6.3f} s")
    print(
        f"extract   {n_figures:,} figures from {len(files)} reports:  {elapsed:6.3f} s "
        f"({elapsed / baseline:.1f}x baseline; target < 3 s) {'OK' if elapsed < 3 else 'SLOW'}"
    )
    print(
        f"memory    peak RSS {peak_rss_mb():.0f} MB (after imports {rss_before:.0f} MB); "
        f"peak Python allocations during extraction {traced_peak / 1e6:.1f} MB (target < 300 MB)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
