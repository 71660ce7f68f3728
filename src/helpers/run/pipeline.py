"""The one path through the data, as functions the notebooks and the command line call.

raw text -> figures -> implied growth -> target comparison -> report. Each step reads what the
previous one wrote under data/clean/<report_id>/ and recomputes it when it is missing or stale,
so any notebook runs on its own in a fresh kernel, in order or not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers import __version__
from helpers.config import CLEAN_DIR, resolve
from helpers.errors import ReportError
from helpers.extract.extractor import ReportInfo, extract_figures
from helpers.extract.metadata import load_metadata
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
    def info(self) -> ReportInfo:
        return ReportInfo(self.report_id, self.year, str(self.meta.get("level") or ""), str(self.meta.get("region") or ""))


def open_report(path: str | Path) -> Report:
    """Read a raw report and its sidecar; raises ReportError with one line on bad input."""
    raw = read_report(path)
    return Report(raw, load_metadata(path, raw.text))


def figures(report: Report) -> pd.DataFrame:
    """The figures table of a report (extracted now: extraction takes milliseconds)."""
    return extract_figures(report.raw, report.info)


def save_figures(report: Report, table: pd.DataFrame, clean_root: Path = CLEAN_DIR) -> list[Path]:
    """Write figures.csv/.parquet and a small manifest saying what they were made from."""
    out = clean_dir(report.report_id, clean_root)
    written = write_table(table, out, "figures")
    manifest = {
        "report_id": report.report_id,
        "source": str(report.raw.path),
        "source_sha256": report.raw.sha256,
        "encoding": report.raw.encoding,
        "n_figures": len(table),
        "helpers_version": __version__,
    }
    written.append(atomic_write_text(out / "figures.meta.json", json.dumps(manifest, ensure_ascii=False, indent=2)))
    return written


def load_figures(report: Report, clean_root: Path = CLEAN_DIR) -> pd.DataFrame:
    """figures.parquet if it was made from this very raw text, else extracted afresh."""
    out = clean_dir(report.report_id, clean_root)
    try:
        manifest = json.loads((out / "figures.meta.json").read_text(encoding="utf-8"))
        if manifest.get("source_sha256") == report.raw.sha256:
            return read_table(out, "figures")
    except (OSError, ValueError):
        pass
    return figures(report)


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


def read_folder(raw_dir: str | Path) -> tuple[list[tuple[Report, pd.DataFrame]], list[dict]]:
    """Every `.txt` report of a folder with its figures, and the files that could not be read (file, error).

    One bad file never stops the panel: its first error line is kept and the others go on.
    """
    reports, failed = [], []
    for path in sorted(Path(raw_dir).glob("*.txt")):
        try:
            report = open_report(path)
            reports.append((report, figures(report)))
        except (ReportError, ValueError, KeyError) as exc:
            failed.append({"file": path.name, "error": str(exc).splitlines()[0]})
    return reports, failed
