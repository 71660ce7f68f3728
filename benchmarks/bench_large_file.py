"""Benchmark: a 50 MB report dump against a 5 MB baseline measured in the same run.

Issue 7 asks for linear time and bounded memory on a 50 MB file. This builds the files in a
temporary folder by repeating the bundled Jiangmen report (real text, real figures), then runs
read_report + normalise + extract_figures on each size in a fresh child process, so each peak
RSS is that size's own. Linear means 10x the text takes about 10x the time and memory grows
by a constant factor of the text, not more.

Two layouts: the report as written (paragraphs on their own lines, 50 MB against 5 MB), and
the same text with every line break removed (a scraped page on one line, 0.5 MB against
0.125 MB by default: small, because extraction currently scans back to the start of the
paragraph for every figure, which is quadratic in the paragraph's length).

    .venv/bin/python benchmarks/bench_large_file.py [--mb 50] [--base-mb 5] [--line-mb 0.5]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers.config import BUNDLED_REPORT

# Linear time and memory leave the per-MB cost flat; above this ratio of per-MB costs something
# grows faster than the text.
TOLERANCE = 1.5


def build(path: Path, mb: float, one_line: bool) -> Path:
    """~mb MB of UTF-8 made of whole copies of the bundled report."""
    text = BUNDLED_REPORT.read_text(encoding="utf-8")
    if one_line:
        text = text.replace("\n", "")
    chunk = text.encode("utf-8")
    copies = max(1, round(mb * 1e6 / len(chunk)))
    with open(path, "wb") as fh:
        for _ in range(copies):
            fh.write(chunk)
    return path


def measure(path: str) -> dict:
    """In a child process: time each step and report this process's peak RSS."""
    from helpers.extract.extractor import ReportInfo, extract_figures
    from helpers.extract.text import normalise, read_report

    extract_figures("地区生产总值增长2.2%。", ReportInfo("warm", 2021))  # imports and caches
    rss_imports = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    raw = read_report(path)
    t1 = time.perf_counter()
    normalise(raw.text)
    t2 = time.perf_counter()
    n = len(extract_figures(raw, ReportInfo("bench", 2021)))  # normalises again inside
    t3 = time.perf_counter()
    return {
        "mb": raw.n_bytes / 1e6,
        "read": t1 - t0,
        "normalise": t2 - t1,
        "extract": t3 - t2,
        "figures": n,
        "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_imports": rss_imports,
    }


def run_child(path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def report(label: str, base: dict, big: dict) -> bool:
    ok = True
    print(f"\n{label}: {big['mb']:.2f} MB against {base['mb']:.2f} MB")
    print(
        f"{'size':>8} {'read s':>8} {'normalise s':>12} {'extract s':>10} {'total s':>8} {'s/MB':>6} "
        f"{'figures':>9} {'peak RSS MB':>12} {'RSS-imports MB/MB':>18}"
    )
    for r in (base, big):
        total = r["read"] + r["normalise"] + r["extract"]
        r["per_mb"] = total / r["mb"]
        r["mem_per_mb"] = (r["rss"] - r["rss_imports"]) / r["mb"]
        print(
            f"{r['mb']:7.1f}M {r['read']:8.2f} {r['normalise']:12.2f} {r['extract']:10.2f} {total:8.2f} "
            f"{r['per_mb']:6.2f} {r['figures']:9,} {r['rss']:12.0f} {r['mem_per_mb']:18.1f}"
        )
    t_ratio = big["per_mb"] / base["per_mb"]
    m_ratio = big["mem_per_mb"] / base["mem_per_mb"]
    for name, ratio in (("time per MB", t_ratio), ("memory per MB", m_ratio)):
        verdict = "linear" if ratio <= TOLERANCE else "GROWS FASTER THAN THE TEXT"
        ok &= ratio <= TOLERANCE
        print(f"{name}: {big['mb']:.2f} MB against {base['mb']:.2f} MB, ratio of per-MB costs {ratio:.2f} -> {verdict}")
    return ok


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--base-mb", type=float, default=5)
    ap.add_argument("--line-mb", type=float, default=0.5, help="size of the one-line file (baseline: a quarter)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child)))
        return 0
    ok = True
    with tempfile.TemporaryDirectory(prefix="gwr-bench-") as tmp:
        layouts = (
            ("report as written (paragraph lines)", False, args.base_mb, args.mb),
            ("one line, no line breaks", True, args.line_mb / 4, args.line_mb),
        )
        for label, one_line, base_mb, big_mb in layouts:
            base = run_child(build(Path(tmp) / "base.txt", base_mb, one_line))
            big = run_child(build(Path(tmp) / "big.txt", big_mb, one_line))
            ok &= report(label, base, big)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
