"""Compare every table and every narrative sentence of two batch runs: the proof that a change of
layout (or any refactoring) left what the project computes untouched.

    python scripts/compare_outputs.py BEFORE_CLEAN BEFORE_REPORTS AFTER_CLEAN AFTER_REPORTS

Tables (data/clean/<report_id>/*.csv, the panel's CSV) must be byte-identical; Parquet and Stata
files must hold equal frames (their files embed writer versions and timestamps); the executed
notebooks must show the same text outputs (markdown, plain text and HTML tables; images and
timings are not compared). Prints one line per difference and exits 1 if there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pandas as pd

TEXT_MIMES = ("text/markdown", "text/plain", "text/html")


def _frames_equal(a: Path, b: Path) -> bool:
    read = pd.read_parquet if a.suffix == ".parquet" else pd.read_stata
    try:
        pd.testing.assert_frame_equal(read(a), read(b))
    except AssertionError:
        return False
    return True


def _same_table(old: Path, new: Path) -> bool:
    """CSV byte for byte; Parquet and Stata by content (their files embed versions and timestamps)."""
    if old.suffix == ".csv":
        return old.read_bytes() == new.read_bytes()
    if old.suffix in (".parquet", ".dta"):
        return _frames_equal(old, new)
    return True


def _outputs(path: Path) -> list[str]:
    """The text a reader sees in an executed notebook, cell by cell (code cells only).

    Printed text is joined per cell: the kernel may flush one print() in one or two stream messages.
    """
    nb = nbformat.read(path, as_version=4)
    seen = []
    for cell in nb.cells:
        if cell.cell_type != "code" or "injected-parameters" in cell.metadata.get("tags", []):
            continue
        printed = "".join(out.get("text", "") for out in cell.get("outputs", []) if out.get("output_type") == "stream")
        if printed:
            seen.append(printed)
        for out in cell.get("outputs", []):
            for mime in TEXT_MIMES:
                if mime in out.get("data", {}):
                    text = out["data"][mime]
                    seen.append("".join(text) if isinstance(text, list) else text)
    return seen


def compare(before_clean: Path, before_reports: Path, after_clean: Path, after_reports: Path) -> list[str]:
    problems = []
    for old in sorted(before_clean.rglob("*")):
        if not old.is_file() or old.name.endswith(".meta.json"):
            continue
        new = after_clean / old.relative_to(before_clean)
        if not new.exists():
            problems.append(f"missing after: {new}")
        elif not _same_table(old, new):
            problems.append(f"table differs: {new}")
    notebooks = sorted(before_reports.glob("*/*.ipynb"))
    for old in notebooks:
        new = after_reports / old.relative_to(before_reports)
        if not new.exists():
            problems.append(f"missing after: {new}")
            continue
        a, b = _outputs(old), _outputs(new)
        if a != b:
            first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            problems.append(f"notebook output differs: {new} (output {first} of {len(a)} vs {len(b)})")
    print(
        f"compared {sum(1 for p in before_clean.rglob('*') if p.is_file())} table files and {len(notebooks)} notebooks: "
        f"{len(problems)} difference(s)"
    )
    return problems


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    found = compare(*map(Path, sys.argv[1:]))
    print("\n".join(found))
    sys.exit(1 if found else 0)
