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

from . import __version__
from .config import CLEAN_DIR
from .extract import ReportInfo, extract_figures
from .metadata import load_metadata
from .store import atomic_write_text, clean_dir, read_table, write_table
from .text import RawText, read_report


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
        return ReportInfo(self.report_id, self.year)


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
        "n_figures": int(len(table)),
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
