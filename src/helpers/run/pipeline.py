"""The one path through the data, as functions the notebooks and the command line call.

raw text -> figures (extracted, then a person's corrections) -> implied growth -> target
comparison -> report. Each step reads what the previous one wrote under data/clean/<report_id>/
and recomputes it when it is missing or stale, so any notebook runs on its own in a fresh kernel,
in order or not.

The extractor and the corrections (with pandera under them) are imported where a step extracts or
corrects: the runner reads saved tables through this module after the notebooks, and a report run
in a fresh process (a batch worker, `python -m helpers report`) would otherwise import them for
nothing (half a second).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers import __version__
from helpers.config import CLEAN_DIR, CORRECTIONS_DIR, PACKAGE_DIR, REFERENCE_DIR, resolve
from helpers.errors import ReportError
from helpers.extract.metadata import load_metadata, safe_report_id
from helpers.extract.text import RawText, read_report
from helpers.store import atomic_write_text, clean_dir, read_table, write_table


@dataclass(frozen=True)
class Report:
    """A raw report with its metadata: what every step starts from."""

    raw: RawText
    meta: dict

    @property
    def report_id(self) -> str:
        return self.meta["report_id"]

    @property
    def year(self) -> int:
        return self.meta["report_year"]

    @property
    def info(self):
        """The report's identity as the extractor takes it (an extractor.ReportInfo)."""
        from helpers.extract.extractor import ReportInfo

        return ReportInfo(self.report_id, self.year, str(self.meta.get("level") or ""), str(self.meta.get("region") or ""))


def open_report(path: str | Path) -> Report:
    """Read a raw report and its sidecar; raises ReportError with one line on bad input."""
    raw = read_report(path)
    return Report(raw, load_metadata(path, raw.text))


def extracted(report: Report) -> pd.DataFrame:
    """What the extractor reads, before any correction (what `evaluate` measures)."""
    from helpers.extract.extractor import extract_figures

    return extract_figures(report.raw, report.info)


MAX_CORRECTIONS_BYTES = 5 * 1024 * 1024  # a year of a team's corrections is a few kB


def corrections_path(report_id: str, corrections_dir: Path = CORRECTIONS_DIR) -> Path:
    """data/corrections/<report_id>.csv, whether or not it exists."""
    return Path(corrections_dir) / f"{report_id}.csv"


def read_corrections(path: str | Path) -> pd.DataFrame:
    """A corrections file as strings, one row per correction with its line in the file (`line`).

    UTF-8 with or without BOM, or GB18030 (what Excel on a Chinese Windows saves as "CSV"). The
    columns are `corrections.CORRECTION_COLUMNS` in any order; the first four are required, a
    missing field column reads as empty (keep), an unknown column is an error: a misspelt
    `indicator_zn` would otherwise be silently ignored. Raises ReportError naming file and line.
    """
    from helpers.extract import corrections

    p = Path(path)
    if not p.is_file():
        raise ReportError(p, "not a regular file")
    if p.stat().st_size > MAX_CORRECTIONS_BYTES:
        raise ReportError(p, f"larger than {MAX_CORRECTIONS_BYTES // 1024 // 1024} MB: not a corrections file")
    data = p.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise ReportError(p, "not UTF-8 or GB18030 text: save the corrections as CSV UTF-8") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader, [])]
    missing = [c for c in corrections.REQUIRED_COLUMNS if c not in header]
    unknown = [c for c in header if c not in corrections.CORRECTION_COLUMNS]
    if missing or unknown:
        problem = f"missing columns {missing}" if missing else f"unknown columns {unknown}"
        raise ReportError(f"{p}:1", f"{problem} (the columns: {', '.join(corrections.CORRECTION_COLUMNS)})")
    rows = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise ReportError(f"{p}:{reader.line_num}", f"{len(cells)} cells, the header has {len(header)}")
        rows.append({"line": reader.line_num, **dict.fromkeys(corrections.CORRECTION_COLUMNS, ""), **dict(zip(header, cells))})
    return pd.DataFrame(rows, columns=["line", *corrections.CORRECTION_COLUMNS]).astype({"line": int})


def figures(report: Report, corrections_dir: Path = CORRECTIONS_DIR) -> pd.DataFrame:
    """The figures table of a report: extracted now (milliseconds), then its corrections applied.

    The one place corrections apply, so the notebooks, `extract`, the batch and the panel all see
    the corrected table. A stale or invalid correction raises ReportError naming file and line.
    """
    table = extracted(report)
    path = corrections_path(report.report_id, corrections_dir)
    if not path.is_file():
        return table
    from helpers.extract import corrections

    return corrections.apply_corrections(table, read_corrections(path), report.raw.text, report.report_id, str(path))


def check_corrections(report: Report, corrections_dir: Path = CORRECTIONS_DIR) -> pd.DataFrame:
    """Each correction line of the report with its status (applies, unnecessary, stale, invalid)."""
    from helpers.extract import corrections

    path = corrections_path(report.report_id, corrections_dir)
    if not path.is_file():
        return pd.DataFrame(columns=corrections.CHECK_COLUMNS)
    return corrections.check_corrections(extracted(report), read_corrections(path), report.raw.text, report.report_id)


def report_paths(raw_dir: Path) -> dict[str, Path]:
    """The reports of a folder by report id (the sidecar's, else the file stem made safe)."""
    found = {}
    for path in sorted(Path(raw_dir).glob("*.txt")):
        try:
            found[load_metadata(path)["report_id"]] = path
        except ReportError:
            found[safe_report_id(path.stem)] = path
    return found


def extractor_sha256() -> str:
    """One hash of the extractor's code and its reference data: a saved table made by other code is stale."""
    h = hashlib.sha256()
    for path in sorted([*PACKAGE_DIR.glob("extract/*.py"), *REFERENCE_DIR.glob("*")]):
        if path.is_file():
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def corrections_sha256(report: Report, corrections_dir: Path = CORRECTIONS_DIR) -> str:
    """The hash of the report's corrections file, or "none" without one."""
    path = corrections_path(report.report_id, corrections_dir)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "none"


def _made_from(report: Report, corrections_dir: Path) -> dict:
    return {
        "source_sha256": report.raw.sha256,
        "extractor_sha256": extractor_sha256(),
        "corrections_sha256": corrections_sha256(report, corrections_dir),
    }


def save_figures(
    report: Report, table: pd.DataFrame, clean_root: Path = CLEAN_DIR, corrections_dir: Path = CORRECTIONS_DIR
) -> list[Path]:
    """Write figures.csv/.parquet and a small manifest saying what they were made from."""
    out = clean_dir(report.report_id, clean_root)
    written = write_table(table, out, "figures")
    manifest = {
        "report_id": report.report_id,
        "source": str(report.raw.path),
        **_made_from(report, corrections_dir),
        "encoding": report.raw.encoding,
        "n_figures": len(table),
        "helpers_version": __version__,
    }
    written.append(atomic_write_text(out / "figures.meta.json", json.dumps(manifest, ensure_ascii=False, indent=2)))
    return written


def load_figures(report: Report, clean_root: Path = CLEAN_DIR, corrections_dir: Path = CORRECTIONS_DIR) -> pd.DataFrame:
    """figures.parquet if it was made from this raw text, extractor and corrections file, else made afresh.

    A table saved before the extractor improved or a correction was added is stale even though the
    raw text is the same (in JupyterLab, a notebook would otherwise show the old reading).
    """
    out = clean_dir(report.report_id, clean_root)
    try:
        manifest = json.loads((out / "figures.meta.json").read_text(encoding="utf-8"))
        made_from = _made_from(report, corrections_dir)
        if all(manifest.get(k) == v for k, v in made_from.items()):
            return read_table(out, "figures")
    except (OSError, ValueError):
        pass
    return figures(report, corrections_dir)


def notebook_setup(report_path: str | Path, clean_root: str | Path, max_colwidth: int = 80) -> tuple[Report, pd.DataFrame]:
    """The first cell every report notebook shares: the report, its figures, charts that draw Chinese.

    Paths are notebook parameters (relative to the project root, or absolute); the figures are the
    saved table when it was made from this very raw text, else extracted afresh (`load_figures`).
    """
    from helpers.analysis import plots  # matplotlib only where charts are drawn, not in the command line

    report = open_report(resolve(report_path))
    figs = load_figures(report, resolve(clean_root))
    plots.setup()
    pd.set_option("display.max_colwidth", max_colwidth)
    return report, figs


def _read_one(path: Path, corrections_dir: Path) -> tuple[Report, pd.DataFrame] | dict:
    """One report and its figures, or the file's first error line (a worker of `read_reports`)."""
    try:
        report = open_report(path)
        return report, figures(report, corrections_dir)
    except (ReportError, ValueError, KeyError) as exc:
        return {"file": Path(path).name, "error": str(exc).splitlines()[0]}


def read_reports(
    paths: list[Path], corrections_dir: Path = CORRECTIONS_DIR, jobs: int | None = None
) -> tuple[list[tuple[Report, pd.DataFrame]], list[dict]]:
    """Reports with their (corrected) figures, read on `jobs` processes (default: every core), in order.

    Extraction is pure Python and holds the interpreter lock, so threads would not help; processes do:
    on this project's 2-core machine the 25 bundled reports take about half the time on two
    (benchmarks/bench_extract.py prints both). One bad file never stops the others: its first error
    line is kept (file, error). Workers are forked where the platform allows, so they start with the
    parent's imports and compiled patterns; `jobs=1` reads in this process.

    >>> from helpers.config import BUNDLED_REPORT
    >>> reports, failed = read_reports([BUNDLED_REPORT, BUNDLED_REPORT.with_name("missing.txt")], jobs=2)
    >>> [report.report_id for report, figs in reports], [f["file"] for f in failed]
    (['jiangmen-2021'], ['missing.txt'])
    """
    paths = [Path(p) for p in paths]
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(paths)))
    if jobs == 1:
        results = [_read_one(p, corrections_dir) for p in paths]
    else:
        fork = multiprocessing.get_context("fork") if sys.platform == "linux" else None
        with ProcessPoolExecutor(max_workers=jobs, mp_context=fork) as pool:
            results = list(pool.map(_read_one, paths, [corrections_dir] * len(paths)))
    reports = [r for r in results if isinstance(r, tuple)]
    failed = [r for r in results if isinstance(r, dict)]
    return reports, failed


def read_folder(
    raw_dir: str | Path, corrections_dir: Path = CORRECTIONS_DIR, jobs: int | None = None
) -> tuple[list[tuple[Report, pd.DataFrame]], list[dict]]:
    """Every `.txt` report of a folder with its (corrected) figures, and the files that could not be read.

    One bad file never stops the panel: its first error line is kept (file, error) and the others go
    on. The reports are read in parallel (`read_reports`).
    """
    return read_reports(sorted(Path(raw_dir).glob("*.txt")), corrections_dir, jobs)
