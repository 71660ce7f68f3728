"""A QA summary of one report's input and figures: is this a real report read cleanly, or a
best-effort result someone should look at before trusting it?

Bad input either fails with one line (helpers.extract.text.read_report) or goes through with what was
guessed; this summary collects the guesses and the signs of a bad source in one dict, so a
notebook or a batch manifest can flag the report. Pure: it reads nothing and writes nothing.

Example: a template with every figure blanked out,
"预计地区生产总值突破X亿元，年均增长x.x%。", gives n_figures 0, placeholders 2 and the warnings
"looks like a placeholder report: 2 numbers written as X" and "no figures extracted".
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.extract.numbers import read_unit
from helpers.extract.text import RawText

# A letter X (or ×, or full-width Ｘ) standing where a number should be: X, XX, x.x, X,XXX,
# followed by a unit (亿元, %, 个百分点, 万人...). "Xbox" and "X光" are not placeholders.
_PLACEHOLDER = re.compile(r"(?<![A-Za-z0-9Ｘｘ])[XxＸｘ×]+(?:[.．,][XxＸｘ×]+)*(?![A-Za-zＸｘ])")
# A line that holds an HTML tag or a character entity.
_HTML_LINE = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>\n]*)?/?>|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
MIN_FIGURES = 5  # a real report states dozens; fewer means the wrong file or a bad extraction


def placeholder_count(text: str) -> int:
    """Placeholders followed by a unit: '突破X亿元' and '增长x.x%' count; 'X光机' does not."""
    count = 0
    for m in _PLACEHOLDER.finditer(text):
        pos = m.end()
        if text.startswith(("%", "％"), pos) or read_unit(text, pos).kind != "none":
            count += 1
    return count


def html_line_share(text: str) -> float:
    """Share of non-empty lines holding an HTML tag or entity (0.0 for plain text)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return 0.0
    return sum(1 for ln in lines if _HTML_LINE.search(ln)) / len(lines)


def qa_summary(raw: RawText, figures: pd.DataFrame) -> dict:
    """Encoding, size, figure count, HTML share, placeholder count and warnings for one report.

    `warnings` is empty for a clean read of a real report; anything in it means the figures are
    a best-effort result (see docs/bad-input.md).
    """
    text = raw.text
    placeholders = placeholder_count(text)
    html_share = html_line_share(text)
    n_figures = len(figures)
    warnings = list(raw.warnings)
    if "\ufffd" in text and not any("U+FFFD" in w for w in warnings):
        warnings.append(
            f"{text.count(chr(0xFFFD))} replacement characters (U+FFFD) in the text: it was damaged before it got here"
        )
    if html_share > 0:
        warnings.append(f"HTML markup in {html_share:.0%} of lines: tags and scripts dropped, entities decoded")
    if placeholders and placeholders >= n_figures:
        warnings.append(f"looks like a placeholder report: {placeholders} numbers written as X")
    if n_figures == 0:
        warnings.append("no figures extracted")
    elif n_figures < MIN_FIGURES:
        warnings.append(f"only {n_figures} figures extracted: is this a whole report?")
    return {
        "path": str(raw.path),
        "encoding": raw.encoding,
        "n_bytes": raw.n_bytes,
        "n_chars": len(text),
        "n_figures": n_figures,
        "html_line_share": round(html_share, 4),
        "placeholders": placeholders,
        "warnings": warnings,
    }
