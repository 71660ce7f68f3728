"""Read every report as the copies users bring: a web copy (half-width punctuation) and a PDF copy (lines hard-wrapped
at a fixed width), and print the rows that read differently from the report itself.

    python scripts/copy_forms.py [--wrap 38 45 55] [--skip REPORT_ID ...] [FOLDER ...]

FOLDER defaults to data/raw and tests/data/gold/development/raw. A web or PDF copy holds the same words as the report,
so every row should read the same: the same subject, measure, value, unit, period, target flag, qualifier and scope
(docs/figures.md, "Copies of a report"). Rows are matched by their offset mapped back to the report's own text (a
wrapped copy has a line break more for each wrap before the number); the number as written may hold a break the copy
put inside it, which is not counted. Exits 1 if any row differs. Use --skip for the held-out texts when the output is
read (tests/data/gold/held_out/README.md): their rows must not be seen.

Why: the extractor's rules read the report's own marks (（）, ，) and its paragraphs one a line; the normalised text
(extract/text.py) makes a copy read as the report, and this check measures how far it does (session 54: 79 rows of
6650 changed in the web copy and 186 / 161 / 117 in copies wrapped at 38 / 45 / 55 characters; now 0 and 1 / 4 / 4).
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections.abc import Callable
from pathlib import Path

from helpers.config import RAW_DIR
from helpers.extract.extractor import extract_figures
from helpers.run.pipeline import open_report

COLUMNS = ["indicator_zh", "measure", "value", "unit", "period_start", "period_end", "is_target", "qualifier", "scope"]
HALF_WIDTH = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})
DEVELOPMENT_RAW = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold" / "development" / "raw"


def web_copy(text: str) -> tuple[str, list[int]]:
    """The text with half-width punctuation, and the offsets of line breaks added (none)."""
    return text.translate(HALF_WIDTH), []


def pdf_copy(text: str, width: int) -> tuple[str, list[int]]:
    """The text with every line hard-wrapped at `width` characters, and the offsets (in the copy) of the breaks added.

    >>> pdf_copy("一二三四五\\n六", 2)
    ('一二\\n三四\\n五\\n六', [2, 5])
    """
    out, added, at = [], [], 0
    for k, line in enumerate(text.split("\n")):
        if k:
            out.append("\n")
            at += 1
        for i in range(0, len(line), width):
            if i:
                out.append("\n")
                added.append(at)
                at += 1
            out.append(line[i : i + width])
            at += len(line[i : i + width])
    return "".join(out), added


def rows_by_offset(text: str, info, added: list[int]) -> dict[int, list[list[str]]]:
    """The rows read from `text`, keyed by the offset in the report (the copy's offset less the breaks added before)."""
    figs = extract_figures(text, info)
    keyed: dict[int, list[list[str]]] = {}
    for start, row in zip(figs["char_start"], figs[COLUMNS].astype(str).values.tolist(), strict=True):
        keyed.setdefault(int(start) - bisect.bisect_left(added, int(start)), []).append(row)
    return keyed


def differences(path: Path, copies: dict[str, Callable[[str], tuple[str, list[int]]]]) -> list[str]:
    """One line per row that a copy reads differently from the report at `path`."""
    report = open_report(path)
    text = report.raw.text
    own = rows_by_offset(text, report.info, [])
    lines = []
    for name, make in copies.items():
        copy, added = make(text)
        theirs = rows_by_offset(copy, report.info, added)
        for at in sorted(set(own) | set(theirs)):
            if own.get(at) != theirs.get(at):
                lines.append(f"{path.stem} {name} char {at}: report {own.get(at)} | copy {theirs.get(at)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[RAW_DIR, DEVELOPMENT_RAW])
    parser.add_argument("--wrap", nargs="*", type=int, default=[38, 45, 55], help="widths of the PDF copies")
    parser.add_argument("--skip", nargs="*", default=[], help="report ids not to read (the held-out texts)")
    args = parser.parse_args(argv)
    copies = {"web": web_copy} | {f"pdf{w}": (lambda t, w=w: pdf_copy(t, w)) for w in args.wrap}
    found, reports = [], 0
    for folder in args.folders:
        for path in sorted(folder.glob("*.txt")):
            if path.stem in args.skip:
                continue
            reports += 1
            found += differences(path, copies)
    print("\n".join(found))
    print(f"{len(found)} rows read differently in {len(copies)} copies of {reports} reports")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
