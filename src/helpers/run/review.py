"""The review sheet of a report, written to read (HTML) and to fill in (CSV, opens in Excel).

`python -m helpers review data/raw/jiangmen-2021.txt` writes reports/jiangmen-2021/review.csv and
review.html: every figure of the (corrected) table, the ones to check first on top, each with its
id, its fields in the order of a corrections file, and its sentence with the number marked. A
person reads the HTML, copies a row of the CSV into data/corrections/<report_id>.csv, adds an
action and fixes the fields (docs/corrections.md).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.analysis.checks import consistency_checks
from helpers.analysis.growth import implied_growth
from helpers.analysis.trust import marked, review_sheet
from helpers.config import REPORTS_DIR
from helpers.run.pipeline import Report
from helpers.run.runner import templates
from helpers.store import atomic_write_bytes, atomic_write_text

# The sheet's columns the page shows (the CSV keeps them all).
PAGE_COLUMNS = ["indicator", "indicator_zh", "measure", "value", "unit", "period_start", "period_end", "qualifier", "scope"]


def write_review(report: Report, figs: pd.DataFrame, out_root: Path = REPORTS_DIR) -> tuple[Path, Path, pd.DataFrame]:
    """reports/<id>/review.csv (UTF-8 with BOM) and review.html; returns both paths and the sheet."""
    return write_sheet(Path(out_root) / report.report_id, report, figs)


def write_sheet(
    out: Path, report: Report, figs: pd.DataFrame, checks: pd.DataFrame | None = None
) -> tuple[Path, Path, pd.DataFrame]:
    """review.csv and review.html in the folder `out`.

    A report run writes them into its staging folder, so every rebuilt reports/<id>/ carries the
    sheet of the table it was built from (a rerun never leaves the folder without it, or with the
    sheet of an older reading). `checks`: the consistency checks notebook 02 saved (computed when
    not given).
    """
    implied = implied_growth(figs)
    sheet = review_sheet(figs, consistency_checks(figs, implied) if checks is None else checks, implied)
    csv_path = atomic_write_bytes(out / "review.csv", marked(sheet).to_csv(index=False).encode("utf-8-sig"))
    rows = [{**r, "fields": {c: _shown(r[c]) for c in PAGE_COLUMNS}} for r in sheet.to_dict("records")]
    page = (
        templates()
        .get_template("review.html.j2")
        .render(
            meta=report.meta,
            rows=rows,
            columns=PAGE_COLUMNS,
            n_first=int(sheet["check_first"].sum()),
            n_used=int((sheet["on_pages"] & ~sheet["check_first"]).sum()),
            n_unnamed=int((sheet["indicator"].eq("other") & ~sheet["on_pages"] & ~sheet["check_first"]).sum()),
        )
    )
    return csv_path, atomic_write_text(out / "review.html", page), sheet


def _shown(value) -> str:
    """A cell as a person reads it: empty for missing, 3201 rather than 3201.0."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
