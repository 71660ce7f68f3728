"""Project paths, derived from this package's location so nothing depends on the current folder.

The package is installed in editable mode from the project checkout, so the project root is two
levels above `src/helpers/`. `GWR_PROJECT_ROOT` overrides it for an installed copy used elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = Path(os.environ.get("GWR_PROJECT_ROOT", PACKAGE_DIR.parents[1])).resolve()
RAW_DIR = PROJECT_ROOT / "data" / "raw"
CLEAN_DIR = PROJECT_ROOT / "data" / "clean"
CORRECTIONS_DIR = PROJECT_ROOT / "data" / "corrections"  # <report_id>.csv, a person's fixes (docs/corrections.md)
REPORTS_DIR = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REFERENCE_DIR = PACKAGE_DIR / "reference"
# how far a row can be trusted, measured on the gold tables (python -m helpers evaluate … --record NAME)
ACCURACY_CSV = REFERENCE_DIR / "extraction_accuracy.csv"
FLAGS_CSV = REFERENCE_DIR / "flags.csv"

BUNDLED_REPORT = RAW_DIR / "jiangmen-2021.txt"
KERNEL_NAME = "gwr-targets"
# The metadata key of a notebook output that is also a chart of the report's index page
# (helpers.analysis.plots.show_on_index writes it, helpers.run.runner.index_charts reads it).
INDEX_CHART_KEY = "gwr_index_chart"


def resolve(path: str | Path) -> Path:
    """A notebook parameter path: absolute as given, relative ones against the project root."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else (PROJECT_ROOT / p)
