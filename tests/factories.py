"""Builders the tests share: paths, small valid figures tables, reports written for the runner.

One home for them, so test modules never import one another (conftest.py keeps only fixtures).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest

from helpers.config import BUNDLED_REPORT, PROJECT_ROOT, RAW_DIR
from helpers.extract.indicators import describe
from helpers.extract.schema import validate_figures

SHARED = PROJECT_ROOT.parent / "shared"  # only for the tests that compare data/raw/ with the shared originals
# The corpus every test reads: data/raw/ holds the shared corpus's 24 texts byte for byte, each with
# its provenance sidecar (the sha256 there is checked in test_corpus_import.py), so a checkout
# without ../shared runs every corpus test. The one place to point the tests at another corpus.
CORPUS = RAW_DIR
DATA = Path(__file__).parent / "data"
TEST_NOTEBOOKS = Path(__file__).parent / "notebooks"


@contextlib.contextmanager
def readonly(folder: Path):
    """A folder nobody can write to, root included (root ignores chmod, so chattr +i then)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            pytest.skip("running as root and cannot make a folder immutable (chattr +i)")
        undo = lambda: subprocess.run(["chattr", "-i", str(folder)], check=True)  # noqa: E731
    else:
        folder.chmod(0o555)
        undo = lambda: folder.chmod(0o755)  # noqa: E731
    try:
        yield folder
    finally:
        undo()


# A spread of the corpus for the real notebook chain (runner.CHAIN): the bundled city report,
# national reports from each decade (with and without a five-year review) and a 2026 province.
# Run once per test session as one batch (conftest.py `real_chain_batch`). Six, not the eight it
# once was: with 2021_national and 2026_河北省 as well, the chain (notebook cells, helpers.analysis
# and helpers.run, in the kernel and in the runner) took no branch that these six do not take,
# traced arc by arc (sys.settrace) per report; their extraction is tested on the whole corpus elsewhere.
REAL_CHAIN_SUBSET = (
    "jiangmen-2021",
    "2006_national",
    "2011_national",
    "2016_national",
    "2025_national",
    "2026_广东省",
)


def run_test_batch(raw: Path, out: Path, clean: Path, notebook: str, reports: int, **kw) -> list[dict]:
    """A batch of one test notebook (tests/notebooks) on `raw`, its progress line kept quiet
    (`reports` is how many it expects); other keywords go to run_batch (jobs, timeouts, only …)."""
    from helpers.run import batch

    progress = batch.Progress(reports, io.StringIO())
    return batch.run_batch(raw, out, clean, chain=(notebook,), notebooks_dir=TEST_NOTEBOOKS, progress=progress, **kw)


def run_real_chain(base: Path) -> list[dict]:
    """The real chain on REAL_CHAIN_SUBSET (texts with their sidecars) as one batch, jobs=2, into
    base/reports and base/clean; the batch's entries."""
    from helpers.extract.metadata import sidecar_path
    from helpers.run import batch

    raw = base / "raw"
    raw.mkdir(parents=True)
    for stem in REAL_CHAIN_SUBSET:
        report = CORPUS / f"{stem}.txt"
        shutil.copy(report, raw / report.name)
        shutil.copy(sidecar_path(report), raw / sidecar_path(report).name)
    progress = batch.Progress(len(REAL_CHAIN_SUBSET), io.StringIO())
    return batch.run_batch(raw, base / "reports", base / "clean", jobs=2, force=True, progress=progress)


_FIGURES: dict[tuple, pd.DataFrame] = {}


def corpus_figures(report) -> pd.DataFrame:
    """`pipeline.figures(report)`, extracted once per test process for the same content (a copy
    each time, so no test changes what another reads).

    test_corpus, test_trust and test_panel each read every text of data/raw/: on one xdist worker
    a text is extracted once, not once per module. The key is what the table is made from, never
    a name: the text's sha256, the identity the extractor is given and the corrections file's
    bytes, so a changed text, sidecar or corrections file is extracted again.
    """
    from helpers.run.pipeline import corrections_path, figures

    corrections = corrections_path(report.report_id)
    key = (report.raw.sha256, report.info, corrections.read_bytes() if corrections.is_file() else None)
    if key not in _FIGURES:
        _FIGURES[key] = figures(report)
    return _FIGURES[key].copy()


def corpus_file(name: str) -> Path:
    """A corpus text by its catalog name ("national/2021_national.txt") or file name, in CORPUS.

    >>> corpus_file("national/2021_national.txt").relative_to(PROJECT_ROOT).as_posix()
    'data/raw/2021_national.txt'
    """
    return CORPUS / Path(name).name


def write_report(folder: Path, name: str, first_line: str = "") -> Path:
    """A report for behave.ipynb: the bundled text, optionally headed by a `fault:` line."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    head = f"{first_line}\n".encode() if first_line else b""
    path.write_bytes(head + BUNDLED_REPORT.read_bytes())
    return path


def kernel_gone(clean: Path, report_id: str, wait: float = 5.0) -> bool:
    """True once the kernel that wrote kernel.pid no longer runs: in clean/.<id>.failed/ (where a
    failed run's tables are kept) or else clean/<id>/."""
    failed = clean / f".{report_id}.failed" / "kernel.pid"
    pid = int((failed if failed.is_file() else clean / report_id / "kernel.pid").read_text())
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def figure_table(*rows: dict) -> pd.DataFrame:
    """A valid figures table from short row specs (report 'test', figure ids from char_start)."""
    out = []
    for i, r in enumerate(rows):
        ind = r.get("indicator", "other")
        value = r["value"]
        unit = r.get("unit", "%")
        scale = {"亿元": 1e8, "万户": 1e4}.get(unit, 1.0)
        start, end = r.get("period", (2020, 2020))
        char_start = r.get("char_start", 100 * (i + 1))
        out.append(
            dict(
                report_id="test",
                figure_id=f"test:{char_start}",
                section=r.get("section", "review_5y"),
                indicator=ind,
                indicator_zh=r.get("indicator_zh", ind),
                indicator_en=describe(ind)["indicator_en"],
                basis=r.get("basis", "nominal"),
                basis_from=r.get("basis_from", "indicator"),
                measure=r["measure"],
                value=value,
                value_high=r.get("value_high"),
                unit=unit,
                value_std=value * scale,
                unit_std={"亿元": "CNY", "万户": "households", "个百分点": "pp", "倍": "x"}.get(unit, unit),
                period_start=start,
                period_end=end,
                base_period=r.get("base_period"),
                is_target=r.get("is_target", False),
                qualifier=r.get("qualifier"),
                preliminary=r.get("preliminary", False),
                scope=r.get("scope", "own"),
                char_start=char_start,
                char_end=char_start + len(str(value)),
                number_text=r.get("number_text", f"{value:g}"),
                sentence=r.get("sentence", f"sentence {i}"),
                rule=r.get("rule", "test"),
                confidence=r.get("confidence", "high"),
                flags=r.get("flags", ""),
                source=r.get("source", "extracted"),
            )
        )
    return validate_figures(pd.DataFrame(out))


def one(table: pd.DataFrame, **eq) -> pd.Series:
    for col, val in eq.items():
        table = table[table[col] == val]
    assert len(table) == 1, f"expected one row for {eq}, got {len(table)}"
    return table.iloc[0]


def gone(procs: list) -> bool:
    """Every process (psutil.Process) has exited; a zombie waiting for a reaper counts as exited,
    and a later process given the same pid is not the one asked about (a Process knows its start)."""
    import psutil

    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                return False
    return True


def wait_for(condition, timeout: float, what: str) -> None:
    """Poll `condition` until it holds; fail the test naming `what` after `timeout` seconds (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {timeout} s for {what}")
        time.sleep(0.2)


def folder_hash(folder: Path) -> str:
    """A hash of a folder's file names and contents: equal before and after means nothing changed."""
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode())
        h.update(p.read_bytes() if p.is_file() else b"/")
    return h.hexdigest()
