"""Benchmark: `python -m helpers report` on a 50 MB report against a 5 MB baseline in the same run.

Issue 16: a 50 MB text failed after 2 min 34 s with the default 120 s cell timeout (implied growth
cost about 2.3 s per MB, quadratic). This builds both files by repeating the bundled Jiangmen
report (`bench_large_file.build`), runs the whole notebook chain on each with the default
timeouts in a fresh process, and prints wall time and peak memory (the process tree, kernel
included: `bench_report.measure`), and the per-MB ratio of the two. Linear means the ratio stays
near 1; the run must also succeed, i.e. finish under the default cell timeout.

    .venv/bin/python benchmarks/bench_large_report.py [--mb 50] [--base-mb 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench_large_file import TOLERANCE, build
from bench_report import measure
from helpers.config import BUNDLED_REPORT


def run(path: Path, work: Path) -> dict:
    """The report command on `path` with default timeouts; its outputs under `work`."""
    path.with_suffix(".meta.yml").write_bytes(BUNDLED_REPORT.with_suffix(".meta.yml").read_bytes())
    out, clean = path.parent / "out", path.parent / "clean"
    cmd = [sys.executable, "-m", "helpers", "report", str(path), "--out", str(out), "--clean", str(clean), "--allow", str(work)]
    result = measure(cmd)
    result["mb"] = path.stat().st_size / 1e6
    return result


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--base-mb", type=float, default=5)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gwr-bench-") as tmp:
        work = Path(tmp)
        rows = []
        for mb in (args.base_mb, args.mb):
            folder = work / f"{mb:g}mb"
            folder.mkdir()
            rows.append(run(build(folder / "jiangmen-2021.txt", mb, one_line=False), work))
    print(f"{'size':>8} {'wall s':>8} {'s/MB':>6} {'peak MB':>8} {'exit':>5}")
    for r in rows:
        print(f"{r['mb']:7.1f}M {r['seconds']:8.1f} {r['seconds'] / r['mb']:6.2f} {r['peak_mb']:8.0f} {r['returncode']:5d}")
        if r["returncode"]:
            print(f"  failed: {r['stderr'].strip().splitlines()[-1] if r['stderr'].strip() else '?'}")
    base, big = rows
    ratio = (big["seconds"] / big["mb"]) / (base["seconds"] / base["mb"])
    ok = all(r["returncode"] == 0 for r in rows) and ratio <= TOLERANCE
    verdict = "linear" if ratio <= TOLERANCE else "GROWS FASTER THAN THE TEXT"
    print(f"time per MB: {big['mb']:.1f} MB against {base['mb']:.1f} MB, ratio {ratio:.2f} -> {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
