"""Benchmark: one report through `python -m helpers report`, against the papermill floor.

The floor, measured in the same run: papermill executing a notebook that only imports pandas,
seaborn and statsmodels and saves one figure, plus one HTML export, in a fresh process. That is
what any papermill report pays (interpreter, papermill, a kernel, the heavy imports, nbconvert)
before doing any work. Prints wall time and peak memory (the process and all its children,
kernels included) for both, and the ratio. Target (issue 5): report <= 2x the floor.

    .venv/bin/python benchmarks/bench_report.py [REPORT]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import psutil

from helpers.config import BUNDLED_REPORT, KERNEL_NAME, PROJECT_ROOT

FLOOR_CELL = """import matplotlib
matplotlib.use("Agg")
import pandas as pd, seaborn as sns, statsmodels.api as sm
ax = sns.lineplot(data=pd.DataFrame({"year": [2019, 2020, 2021], "gdp": [6.1, 2.3, 8.1]}), x="year", y="gdp")
ax.figure.savefig("floor.png")"""

FLOOR_RUN = """import sys, papermill
from nbconvert import HTMLExporter
papermill.execute_notebook(sys.argv[1], sys.argv[2], kernel_name=sys.argv[3], progress_bar=False, cwd=sys.argv[4])
body, _ = HTMLExporter(template_name="lab").from_filename(sys.argv[2])
open(sys.argv[2] + ".html", "w", encoding="utf-8").write(body)"""


def measure(cmd: list[str], cwd: Path = PROJECT_ROOT) -> dict:
    """Run `cmd`; wall seconds, peak RSS (MB) of the whole process tree, and per direct child."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    top = psutil.Process(proc.pid)
    peak, per_child = 0.0, {}
    while proc.poll() is None:
        try:
            children = top.children()
            trees = {c.pid: [c, *c.children(recursive=True)] for c in children}
            rss = {pid: sum(_rss(p) for p in tree) for pid, tree in trees.items()}
            peak = max(peak, _rss(top) + sum(rss.values()))
            for pid, value in rss.items():
                per_child[pid] = max(per_child.get(pid, 0.0), value)
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.02)
    err = proc.stderr.read().decode(errors="replace")
    return {
        "seconds": time.perf_counter() - t0,
        "peak_mb": peak,
        "per_child_mb": per_child,
        "returncode": proc.returncode,
        "stderr": err,
    }


def _rss(p: psutil.Process) -> float:
    try:
        return p.memory_info().rss / 2**20
    except psutil.NoSuchProcess:
        return 0.0


def measure_floor(workdir: Path) -> dict:
    """The papermill floor: a fresh process runs the import-only notebook and exports it to HTML."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CELL)])
    nb.metadata["kernelspec"] = {"name": KERNEL_NAME, "display_name": KERNEL_NAME, "language": "python"}
    path = workdir / "floor.ipynb"
    nbformat.write(nb, path)
    return measure([sys.executable, "-c", FLOOR_RUN, str(path), str(workdir / "floor.out.ipynb"), KERNEL_NAME, str(workdir)])


def show(name: str, m: dict) -> None:
    print(f"{name:<28} {m['seconds']:7.2f} s   peak {m['peak_mb']:7.0f} MB (with children)")


def main(argv: list[str]) -> None:
    report = Path(argv[0]) if argv else BUNDLED_REPORT
    with tempfile.TemporaryDirectory(prefix="gwr-bench-") as tmp:
        work = Path(tmp)
        measure_floor(work)  # warm the disk cache for both
        floor = measure_floor(work)
        run = measure(
            [
                sys.executable,
                "-m",
                "helpers",
                "report",
                str(report),
                "--out",
                str(work / "reports"),
                "--clean",
                str(work / "clean"),
            ]
        )
    if run["returncode"]:
        sys.exit(f"report failed: {run['stderr'].strip().splitlines()[-1:]}")
    show("papermill floor (1 nb+html)", floor)
    show(f"helpers report {report.stem}", run)
    print(f"ratio: {run['seconds'] / floor['seconds']:.2f}x time, {run['peak_mb'] / floor['peak_mb']:.2f}x memory (target <= 2x)")


if __name__ == "__main__":
    main(sys.argv[1:])
