"""The glossary of report terms: what 年均增长, 可比价 or 规上 mean, for readers new to the reports.

The terms live in `reference/glossary.csv` (term_zh, aliases, gloss_en, explanation), data to
extend without code. `annotate_first` glosses each term where it first appears in a text, as an
HTML <abbr> whose tooltip gives the English gloss and the explanation; the text itself is always
escaped, so a report's words are never read as markup.

>>> lookup("规模以上")["gloss_en"]
'above designated size'
>>> annotate_first("地区生产总值增长2.2%")
'<abbr class="gloss" title="gross regional product (GRP): A region&#x27;s GDP; levels are at current prices, growth rates at comparable prices.">地区生产总值</abbr><abbr class="gloss" title="growth (on the previous year): A one-year change in percent; for GDP and value added it is real (comparable prices).">增长</abbr>2.2%'
"""

from __future__ import annotations

import html
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.config import REFERENCE_DIR

GLOSSARY_CSV = REFERENCE_DIR / "glossary.csv"
COLUMNS = ["term_zh", "aliases", "gloss_en", "explanation"]
# Single characters (倍, 近) occur inside too many other words to be glossed automatically.
MIN_MATCH_LENGTH = 2


@lru_cache(maxsize=4)
def load(path: str | Path = GLOSSARY_CSV) -> pd.DataFrame:
    """The glossary as a table; fails loudly on a missing column, a blank or a duplicate term."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    table = table[COLUMNS].apply(lambda col: col.str.strip())
    blank = table[(table["term_zh"] == "") | (table["gloss_en"] == "") | (table["explanation"] == "")]
    if len(blank):
        raise ValueError(f"{path}: blank term, gloss or explanation in row(s) {list(blank.index + 2)}")
    dupes = sorted(form for form, n in Counter(_forms(table)).items() if n > 1)
    if dupes:
        raise ValueError(f"{path}: term or alias listed twice: {', '.join(dupes)}")
    return table


def _forms(table: pd.DataFrame) -> list[str]:
    """Every written form: each term and each of its |-separated aliases."""
    return [f for t, a in zip(table["term_zh"], table["aliases"]) for f in [t, *filter(None, a.split("|"))]]


@lru_cache(maxsize=4)
def _index(path: str | Path = GLOSSARY_CSV) -> tuple[dict[str, int], re.Pattern]:
    """Written form -> row number, and one regex matching any form, longest first."""
    table = load(path)
    form_to_row = {}
    for i, (term, aliases) in enumerate(zip(table["term_zh"], table["aliases"])):
        for form in [term, *filter(None, aliases.split("|"))]:
            form_to_row[form] = i
    usable = sorted((f for f in form_to_row if len(f) >= MIN_MATCH_LENGTH), key=len, reverse=True)
    return form_to_row, re.compile("|".join(map(re.escape, usable)))


def lookup(term: str, path: str | Path = GLOSSARY_CSV) -> pd.Series:
    """The glossary row for a term or one of its aliases (规上 and 规模以上 give the same row)."""
    form_to_row, _ = _index(path)
    if term not in form_to_row:
        raise KeyError(f"{term!r} is not in the glossary ({path})")
    return load(path).iloc[form_to_row[term]]


def terms_in(text: str, path: str | Path = GLOSSARY_CSV) -> pd.DataFrame:
    """The glossary rows of the terms a text uses, in order of first appearance.

    >>> list(terms_in("五年年均增长5.9%,按可比价格计算")["term_zh"])
    ['年均增长', '可比价']
    """
    form_to_row, pattern = _index(path)
    rows = list(dict.fromkeys(form_to_row[m.group()] for m in pattern.finditer(text)))
    return load(path).iloc[rows].reset_index(drop=True)


def _abbr(row: pd.Series, shown: str) -> str:
    title = html.escape(f"{row['gloss_en']}: {row['explanation']}", quote=True)
    return f'<abbr class="gloss" title="{title}">{html.escape(shown)}</abbr>'


def annotate_first(text: str, seen: set[str] | None = None, path: str | Path = GLOSSARY_CSV) -> str:
    """HTML-safe text with each glossary term wrapped in <abbr title=...> where it first appears.

    `seen` carries the terms already glossed across calls (pass the same set for every cell of
    one report, so a term is explained once per report); it is updated in place. Longer forms win
    over shorter ones at the same place: 规模以上 is one term, not 规模 + 以上. Everything in the
    text is escaped with html.escape, so report text is never markup.
    """
    seen = set() if seen is None else seen
    form_to_row, pattern = _index(path)
    table = load(path)
    out, last = [], 0
    for m in pattern.finditer(text):
        row = table.iloc[form_to_row[m.group()]]
        if row["term_zh"] in seen:
            continue
        seen.add(row["term_zh"])
        out.append(html.escape(text[last : m.start()]))
        out.append(_abbr(row, m.group()))
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


# Markdown that must not be touched: fenced code, inline code, HTML tags, link targets, math.
_MARKDOWN_PROTECTED = re.compile(r"```.*?```|`[^`\n]*`|<[^>\n]*>|\]\([^)\n]*\)|\$\$.*?\$\$|\$[^$\n]*\$", re.S)


def annotate_markdown(source: str, seen: set[str] | None = None, path: str | Path = GLOSSARY_CSV) -> str:
    """`annotate_first` for a Markdown cell: glosses terms in the prose, leaves code, tags and links.

    Markdown prose is not escaped (it is markup already); only the inserted <abbr> is generated,
    with its title escaped. Use one `seen` set for all the cells of a notebook.
    """
    seen = set() if seen is None else seen
    form_to_row, pattern = _index(path)
    table = load(path)

    def gloss(prose: str) -> str:
        def one(m: re.Match) -> str:
            row = table.iloc[form_to_row[m.group()]]
            if row["term_zh"] in seen:
                return m.group()
            seen.add(row["term_zh"])
            return _abbr(row, m.group())

        return pattern.sub(one, prose)

    out, last = [], 0
    for m in _MARKDOWN_PROTECTED.finditer(source):
        out.append(gloss(source[last : m.start()]))
        out.append(m.group())
        last = m.end()
    out.append(gloss(source[last:]))
    return "".join(out)
