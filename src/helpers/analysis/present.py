"""Tables as a reader sees them on a page: formatted with pandas' Styler, never a raw DataFrame dump.

The notebooks' tables (narrate's, the figures table, the checks) are full-precision DataFrames; the
CSV/Parquet outputs keep them so. On a page a reader needs them set like a publication: money in
亿元/万亿元 with thousands separators, percent with one or two decimals, "–" where a value is
missing, the key columns (verdict, difference, gap) next to the indicator rather than scrolled out of
sight, long notes as numbered footnotes under the table, text left-aligned, and a sentence instead of
an empty table. How each column is labelled and formatted is data: `reference/table_columns.csv`
(column, label, kind); the wording of qualifiers (以上 at least …) is `reference/qualifiers.csv`,
the one wording the report pages, the batch index and the notebooks share.

>>> percent(11.6912), percent(6.0), points(-3.764), number(8.852e11), number(0.005165)
('11.69', '6.0', '−3.76', '8,852 亿', '0.005165')
>>> qualifier_words("strive+at_least")
'力争 strive 以上 at least'
"""

from __future__ import annotations

import html
from functools import lru_cache

import pandas as pd
from pandas.io.formats.style import Styler

from helpers.analysis.wording import qualifier_words
from helpers.config import REFERENCE_DIR
from helpers.extract import indicators

MISSING = "–"
# A note longer than this becomes a footnote: a row stays one line tall.
NOTE_INLINE_CHARS = 40
KEY_ORDER = ("name", "id", "key")


@lru_cache(maxsize=1)
def _columns() -> pd.DataFrame:
    return pd.read_csv(REFERENCE_DIR / "table_columns.csv", dtype=str).set_index("column")


@lru_cache(maxsize=1)
def qualifiers() -> pd.DataFrame:
    """The qualifier ids of the figures table with their Chinese word and English meaning.

    >>> qualifiers().loc["at_most", "shown"]
    '以内 at most'
    """
    return pd.read_csv(REFERENCE_DIR / "qualifiers.csv", dtype=str).set_index("qualifier")


def _missing(x) -> bool:
    return x is None or (not isinstance(x, str) and pd.isna(x))


def percent(x) -> str:
    """A percent with two decimals, one when the second is 0: 11.69, 5.9, 6.0; '–' when missing."""
    if _missing(x):
        return MISSING
    text = f"{x:.2f}"
    text = text[:-1] if text.endswith("0") else text
    return text.replace("-", "−")


def points(x) -> str:
    """A difference in percentage points, signed: +0.1, −3.76."""
    if _missing(x):
        return MISSING
    return ("+" if x > 0 else "") + percent(x)


def number(x) -> str:
    """Any number without scientific notation: large ones in 亿 (1e8) or 万亿 (1e12), others to 4 digits.

    >>> number(-4.4565e11), number(80.193957), number(2020.0), number(float("nan"))
    ('−4,456.5 亿', '80.19', '2,020', '–')
    """
    if _missing(x):
        return MISSING
    x = float(x)
    for scale, name in ((1e12, " 万亿"), (1e8, " 亿")):
        if abs(x) >= scale:
            return f"{x / scale:,.6g}{name}".replace("-", "−")
    text = f"{x:,.4g}"
    if "e" in text:
        text = f"{x:,.0f}" if abs(x) >= 1 else f"{x:.8f}".rstrip("0").rstrip(".")
    return text.replace("-", "−")


def level(x, unit) -> str:
    """A level in the unit a reader knows: 亿元/万亿元 for yuan (a table already in 亿元 says so)."""
    if _missing(x):
        return MISSING
    if isinstance(x, str):
        return x or MISSING
    if unit == "亿元":
        x, unit = x * 1e8, "CNY"
    from helpers.analysis.narrate import amounts

    return amounts(unit if isinstance(unit, str) else None, float(x))[0] or MISSING


def indicator_name(indicator, zh=None) -> str:
    """'地区生产总值 (Gross (regional) domestic product)'; unknown subjects by their Chinese words."""
    en = indicators.describe(indicator)["indicator_en"] if isinstance(indicator, str) else ""
    if indicator == "other" or not en:
        return zh if isinstance(zh, str) and zh else str(indicator)
    return f"{zh} ({en})" if isinstance(zh, str) and zh else en


class Sentence(str):
    """What a page shows instead of an empty table: one sentence (Markdown in a notebook)."""

    def _repr_markdown_(self) -> str:
        return str(self)


def _kind(column: str, series: pd.Series) -> str:
    cols = _columns()
    if column in cols.index:
        return cols.loc[column, "kind"]
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_numeric_dtype(series):
        return "number"
    return "text"


def _label(column) -> str:
    cols = _columns()
    return cols.loc[column, "label"] if column in cols.index else str(column).replace("_", " ")


def table(df, empty: str = "Nothing to show here.", anchor: str | None = None, unit_column: str = "unit_std"):
    """`df` set for reading (a pandas Styler), or `Sentence(empty)` when it has no rows.

    `anchor` names the table's cells (`id="T_<anchor>_row<i>_col0"`) so another page links a row.
    A Styler passes through (already set); a Series is shown as a one-column table.

    >>> t = table(pd.DataFrame({"indicator": ["gdp"], "indicator_zh": ["地区生产总值"], "note": ["x" * 50],
    ...                         "verdict": ["acceleration"], "history_5y_pct": [float("nan")]}))
    >>> list(t.data.columns)
    ['indicator', 'verdict', '5-year average (%)', 'note']
    >>> t.data.iloc[0].tolist()
    ['地区生产总值 (Gross (regional) domestic product)', 'acceleration', '–', '[1]']
    >>> table(pd.DataFrame(columns=["a"]), empty="No check applies.")
    'No check applies.'
    """
    if isinstance(df, Styler):
        return df
    if df is None:
        return Sentence(empty)
    if isinstance(df, pd.Series):
        df = df.to_frame()
    if df.empty:
        return Sentence(empty)
    if any(n is not None for n in df.index.names):  # a named index (a crosstab, a count) is a column
        df = df.reset_index()
    df = df.copy()
    df.columns = [str(c) for c in df.columns]
    df.columns.name = None
    if "indicator_zh" in df.columns and "indicator" in df.columns:
        df["indicator"] = [indicator_name(i, z) for i, z in zip(df["indicator"], df["indicator_zh"])]
        df = df.drop(columns="indicator_zh")
    elif "indicator" in df.columns:
        df["indicator"] = [indicator_name(i) for i in df["indicator"]]
    kinds = {c: _kind(c, df[c]) for c in df.columns}
    unit = df[unit_column] if unit_column in df.columns else pd.Series([None] * len(df), index=df.index)
    notes: dict[str, int] = {}
    shown = pd.DataFrame(index=df.index)
    for c in df.columns:
        kind, col = kinds[c], df[c]
        if kind == "pct":
            shown[c] = col.map(percent)
        elif kind == "key" and c.endswith("_pp"):
            shown[c] = col.map(points)
        elif kind == "key" and c == "passed":
            shown[c] = col.map(lambda v: MISSING if _missing(v) else ("yes" if v else "no"))
        elif kind == "key" and pd.api.types.is_numeric_dtype(col):
            shown[c] = col.map(number)
        elif kind == "qualifier":
            shown[c] = col.map(lambda v: qualifier_words(v) or MISSING)
        elif kind == "year":
            shown[c] = col.map(lambda v: MISSING if _missing(v) else f"{int(v)}")
        elif kind == "level":
            shown[c] = [level(v, u) for v, u in zip(col, unit)]
        elif kind == "number" and pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            shown[c] = col.map(number)
        elif kind == "bool" or pd.api.types.is_bool_dtype(col):
            shown[c] = col.map(lambda v: MISSING if _missing(v) else ("yes" if v else "no"))
        elif kind == "note":
            cells = []
            for v in col:
                if _missing(v) or v == "":
                    cells.append(MISSING)
                elif len(str(v)) > NOTE_INLINE_CHARS:
                    cells.append(f"[{notes.setdefault(str(v), len(notes) + 1)}]")
                else:
                    cells.append(str(v))
            shown[c] = cells
        else:
            shown[c] = col.map(lambda v: MISSING if _missing(v) or v == "" else str(v))
    if unit_column in shown.columns and any(kinds[c] == "level" for c in shown.columns):
        shown = shown.drop(columns=unit_column)  # each level carries its unit
    rank = {c: i for i, c in enumerate(_columns().index)}
    order = [c for k in KEY_ORDER for c in sorted(shown.columns, key=lambda c: rank.get(c, 0)) if kinds.get(c) == k]
    order += [c for c in shown.columns if c not in order and kinds.get(c) != "note"]
    order += [c for c in shown.columns if c not in order]
    shown = shown[order].reset_index(drop=True)
    numeric = [c for c in shown.columns if kinds.get(c) in ("pct", "year", "level", "number") or c.endswith("_pp")]
    labels: dict[str, str] = {}
    for c in shown.columns:  # labels are unique: a second 'from' keeps its column name
        labels[c] = _label(c) if _label(c) not in labels.values() else c.replace("_", " ")
    shown.columns = [labels[c] for c in shown.columns]
    numeric = [labels[c] for c in numeric]
    styler = shown.style.hide(axis="index").format(escape="html")
    if anchor:
        styler = styler.set_uuid(anchor)
    styler = styler.set_properties(**{"text-align": "left", "vertical-align": "top"})
    if numeric:
        styler = styler.set_properties(subset=numeric, **{"text-align": "right", "white-space": "nowrap"})
    if "passes" in shown.columns:
        styler = styler.map(lambda v: "color: #cf222e; font-weight: bold" if v == "no" else "", subset=["passes"])
    styler = styler.set_table_styles(
        [
            {"selector": "th", "props": "text-align: left; background: #f4f4f4; padding: .3rem .6rem;"},
            {"selector": "td", "props": "padding: .3rem .6rem; border-bottom: 1px solid #ddd;"},
            {"selector": "caption", "props": "caption-side: bottom; text-align: left; color: #555; font-size: .85rem;"},
        ]
    )
    if notes:
        items = "".join(f"<li>{html.escape(text)}</li>" for text in notes)
        styler = styler.set_caption(f'<ol class="notes">{items}</ol>')
    return styler
