"""Exploring one report's figures in a notebook cell: find, trace to the sentence, compare.

Pure functions on the figures table (`pipeline.figures`) and, where a number must be marked in
its sentence exactly, the report's raw text. They return DataFrames (or HTML objects built with
html.escape, so report text is never read as markup):

- `find(figs, indicator=, word=, subject=, section=)`: figures with their sentence, the number
  marked 【】, and where it is (char_start, char_end, paragraph); `word` searches the subject and the
  sentence, `subject` the subject only. `find_html` shows the same rows with the number highlighted.
- `story(figs, "gdp")`: everything the report says about one indicator, history to targets.
- `overview(figs)`: one row per indicator: past five-year average, last year, this year's target,
  the new plan's average target (each target with both ends of a range and its qualifier).
- `compare(figs_a, figs_b)`: the same indicators in two reports side by side.
- `picker(figs)`: an indicator picker (ipywidgets) in JupyterLab; a static table and chart in
  headless runs (papermill, nbconvert) and in HTML, never an error.

Worked example on the bundled report (Jiangmen 2021):

>>> from helpers import config

>>> from helpers.run import pipeline
>>> report = pipeline.open_report(config.BUNDLED_REPORT)
>>> figs = pipeline.figures(report)
>>> find(figs, indicator="gdp", section="review_5y", text=report.raw.text)["in_sentence"].iloc[0][20:41]
'2020年实现【3201】亿元,比2015'
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.analysis import present
from helpers.analysis.wording import target_words
from helpers.extract.text import number_spans

SECTION_ORDER = ("review_5y", "review_year", "problems", "plan_5y", "plan_year", "other")
# What each part of a report is, for a reader: the review is history, the plan holds targets.
PART = {
    "review_5y": "five-year review",
    "review_year": "last year",
    "problems": "problems",
    "plan_5y": "five-year plan",
    "plan_year": "this year's plan",
    "other": "other",
}
MEASURE = {
    "level": "level",
    "cumulative": "cumulative total (累计)",
    "growth_yoy": "growth on the year (增长)",
    "growth_avg": "average annual growth (年均增长)",
    "change_pct": "change over the period (%)",
    "change_abs": "increase over the period",
    "multiple": "multiple of the base (倍)",
    "change_multiple": "grew by N times the base (增长N倍: N + 1 times the base)",
    "pp_change": "change in percentage points",
    "share": "share",
    "rank": "rank",
    "rank_change": "places moved in a ranking (上升N位: + up, - down)",
    "count": "count",
    "threshold": "a mark crossed (迈上…台阶), not a level",
}
# One wording of qualifiers on every page (reference/qualifiers.csv): '以上 at least'.
QUALIFIER = present.qualifiers()["shown"].to_dict()
MARK = ("【", "】")
# ipywidgets on or off: "auto" (default) decides from the kernel; "on"/"off" force it.
WIDGETS_ENV = "GWR_WIDGETS"


# ---------------------------------------------------------------------------------------------
# Finding figures and marking their number in the sentence
# ---------------------------------------------------------------------------------------------


def number_span(row, text: str | None = None) -> tuple[int, int]:
    """(start, end) of the figure's number inside `row.sentence`; (-1, -1) if it cannot be found.

    With the raw text the place is exact (char_start mapped through the normalisation), even
    when the same number occurs twice in a sentence; without it, the first occurrence is taken.
    The one implementation is `helpers.extract.text.number_spans` (the review sheet uses it too).
    """
    return number_spans([(row["sentence"], row["number_text"], row["char_start"], row["char_end"])], text)[0]


def highlight(row, text: str | None = None, mark: tuple[str, str] = MARK) -> str:
    """The sentence with the figure's number between marks: '…2020年实现【3201】亿元…'."""
    a, b = number_span(row, text)
    s = row["sentence"]
    return s if a < 0 else f"{s[:a]}{mark[0]}{s[a:b]}{mark[1]}{s[b:]}"


def highlight_html(row, text: str | None = None) -> str:
    """HTML-safe sentence with the number in <mark>: every piece of report text is escaped."""
    a, b = number_span(row, text)
    s = row["sentence"]
    if a < 0:
        return html.escape(s)
    return f"{html.escape(s[:a])}<mark>{html.escape(s[a:b])}</mark>{html.escape(s[b:])}"


def _as_set(value) -> set | None:
    if value is None:
        return None
    return {value} if isinstance(value, (str, bool)) else set(value)


def select(
    figs: pd.DataFrame,
    indicator=None,
    word: str | None = None,
    section=None,
    measure=None,
    target: bool | None = None,
    subject: str | None = None,
) -> pd.DataFrame:
    """Rows of the figures table matching every criterion given (None means any).

    indicator, section, measure: a value or a list of values (ids as in the table: "gdp",
    "review_5y", "growth_avg"); word: a substring of indicator_zh or of the sentence (规上, 分别);
    subject: a substring of the subject only (indicator_zh, what the number measures): 投资 finds
    the investment figures, not the GDP figure whose sentence also mentions investment;
    target: True for targets only, False for outcomes only.
    """
    keep = pd.Series(True, index=figs.index)
    for column, wanted in (("indicator", indicator), ("section", section), ("measure", measure)):
        values = _as_set(wanted)
        if values is not None:
            keep &= figs[column].isin(values)
    if word:
        keep &= figs["indicator_zh"].fillna("").str.contains(word, regex=False) | figs["sentence"].str.contains(word, regex=False)
    if subject:
        keep &= figs["indicator_zh"].fillna("").str.contains(subject, regex=False)
    if target is not None:
        keep &= figs["is_target"] == target
    return figs[keep]


def value(
    figs: pd.DataFrame,
    indicator=None,
    word: str | None = None,
    section=None,
    measure=None,
    target: bool | None = None,
    column: str = "value",
) -> float:
    """The one figure matching the criteria (see `select`): how a notebook takes a number from
    the table instead of typing it. Raises LookupError listing the matches unless exactly one.

    >>> from helpers import config

    >>> from helpers.run import pipeline
    >>> figs = pipeline.figures(pipeline.open_report(config.BUNDLED_REPORT))
    >>> value(figs, indicator="gdp", section="review_5y", measure="level")
    3201.0
    """
    rows = select(figs, indicator, word, section, measure, target)
    if len(rows) != 1:
        asked = {
            k: v
            for k, v in dict(indicator=indicator, word=word, section=section, measure=measure, target=target).items()
            if v is not None
        }
        found = "; ".join(
            f"{r.section} {r.indicator} {r.measure} {r.value:g}{r.unit if isinstance(r.unit, str) else ''}"
            for r in rows.head(6).itertuples()
        )
        raise LookupError(f"{len(rows)} figures match {asked}, expected exactly one{': ' + found if found else ''}")
    return float(rows[column].iloc[0])


def period(row) -> str:
    """'2016-2020' for a period, '2020' for one year, '' when unknown."""
    a, b = row["period_start"], row["period_end"]
    if pd.isna(a) and pd.isna(b):
        return ""
    if pd.isna(a) or pd.isna(b) or a == b:
        return str(int(b if pd.notna(b) else a))
    return f"{int(a)}-{int(b)}"


def wording(row) -> str:
    """The value as the report words it: '6 % 以上 at least', '1.5 万亿元 力争 strive', '4.5–5 %'.

    The same wording as the report pages and the batch index (`helpers.analysis.wording.target_words`).
    """
    return target_words(row["value"], row.get("value_high"), row.get("unit"), row.get("qualifier"))


def paragraph_of(text: str, char: int) -> int:
    """The 1-based number of the paragraph (a non-empty line of the raw text) holding offset `char`.

    >>> paragraph_of("标题\\n\\n第一段。\\n第二段，增长6%。", 15)
    3
    """
    before = text[: max(0, int(char))].split("\n")
    return sum(1 for line in before[:-1] if line.strip()) + 1


def _compact(rows: pd.DataFrame, sentence_column: str, sentences: Iterable[str], text: str | None = None) -> pd.DataFrame:
    out = pd.DataFrame(
        {
            "figure_id": rows["figure_id"],
            "section": rows["section"],
            "indicator": rows["indicator"],
            "indicator_zh": rows["indicator_zh"],
            "measure": rows["measure"],
            "value": rows["value"],
            "value_high": rows["value_high"],
            "unit": rows["unit"],
            "period": [period(r) for _, r in rows.iterrows()],
            "is_target": rows["is_target"],
            "qualifier": rows["qualifier"],
            "char_start": rows["char_start"],
            "char_end": rows["char_end"],
            "paragraph": [pd.NA if text is None else paragraph_of(text, c) for c in rows["char_start"]],
        }
    )
    out[sentence_column] = list(sentences)
    return out.reset_index(drop=True)


def find(
    figs: pd.DataFrame,
    indicator=None,
    word: str | None = None,
    section=None,
    measure=None,
    target: bool | None = None,
    text: str | None = None,
    subject: str | None = None,
) -> pd.DataFrame:
    """Figures matching the criteria (see `select`), each with its sentence, the number in 【】.

    Pass the report's raw text (`report.raw.text`) to place the mark exactly and number the
    paragraphs. Each hit says where it is: char_start, char_end (offsets of the number in the raw
    text: `text[char_start:char_end]` is the number as written) and paragraph (1-based, counting
    the text's non-empty lines).

    >>> from helpers import config

    >>> from helpers.run import pipeline
    >>> report = pipeline.open_report(config.BUNDLED_REPORT)
    >>> hits = find(pipeline.figures(report), word="分别年均增长", measure="growth_avg", text=report.raw.text)
    >>> list(hits["indicator"]), list(hits["value"])
    (['high_tech_manufacturing', 'advanced_manufacturing', 'equipment_manufacturing'], [15.9, 7.5, 7.5])
    >>> hits["in_sentence"].iloc[2][-18:]
    '15.9%、7.5%和【7.5】%。'
    """
    rows = select(figs, indicator, word, section, measure, target, subject)
    return _compact(rows, "in_sentence", (highlight(r, text) for _, r in rows.iterrows()), text)


class HTMLTable(str):
    """An HTML string that notebooks display as HTML (and print as its source)."""

    def _repr_html_(self) -> str:
        return str(self)


def html_table(table: pd.DataFrame, html_columns: Iterable[str] = ()) -> HTMLTable:
    """A DataFrame as an HTML table: every cell escaped except the columns already HTML-safe."""
    safe = set(html_columns)
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in table.columns)
    body = []
    for _, row in table.iterrows():
        cells = []
        for column, value in row.items():
            shown = "" if (value is None or (np.isscalar(value) and pd.isna(value))) else value
            cells.append(f"<td>{shown if column in safe else html.escape(str(shown))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return HTMLTable(f'<table class="dataframe gwr-find"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')


def find_html(
    figs: pd.DataFrame,
    indicator=None,
    word: str | None = None,
    section=None,
    measure=None,
    target: bool | None = None,
    text: str | None = None,
    subject: str | None = None,
) -> HTMLTable:
    """`find` as an HTML table with the number highlighted (<mark>) in its escaped sentence."""
    rows = select(figs, indicator, word, section, measure, target, subject)
    table = _compact(rows, "in_sentence", (highlight_html(r, text) for _, r in rows.iterrows()), text)
    return html_table(table.drop(columns=["figure_id", "value_high"]), html_columns=["in_sentence"])


# ---------------------------------------------------------------------------------------------
# One indicator across the report; all indicators in one table; two reports side by side
# ---------------------------------------------------------------------------------------------


def _ordered(rows: pd.DataFrame, then: str | None = "char_start") -> pd.DataFrame:
    """Rows in the order of a report's parts (review before plan), then by `then`."""
    rank = {s: i for i, s in enumerate(SECTION_ORDER)}
    keys = ["_part"] + ([then] if then else [])
    return rows.assign(_part=rows["section"].map(rank).fillna(len(rank))).sort_values(keys, kind="stable").drop(columns="_part")


def story(figs: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """Everything the report says about one indicator, in reading order, as one small table.

    >>> from helpers import config

    >>> from helpers.run import pipeline
    >>> t = story(pipeline.figures(pipeline.open_report(config.BUNDLED_REPORT)), "gdp")
    >>> t[["part", "period", "what", "says"]].values.tolist()[:3]
    [['five-year review', '2020', 'level', '3201 亿元'], ['five-year review', '2016-2020', 'increase over the period', '961 亿元'], ['five-year review', '2016-2020', 'average annual growth (年均增长)', '5.9 %']]
    """
    rows = _ordered(figs[figs["indicator"] == indicator])
    return pd.DataFrame(
        {
            "part": rows["section"].map(PART).fillna(rows["section"]),
            "period": [period(r) for _, r in rows.iterrows()],
            "what": rows["measure"].map(MEASURE).fillna(rows["measure"]),
            "says": [wording(r) for _, r in rows.iterrows()],
            "target": rows["is_target"],
            "as_written": rows["indicator_zh"],
            "value": rows["value"],
            "base": rows["base_period"],
            "figure_id": rows["figure_id"],
        }
    ).reset_index(drop=True)


# The rate each part states for an indicator: averages for five-year parts, one-year growth else.
_RATE = {"review_5y": "growth_avg", "review_year": "growth_yoy", "plan_year": "growth_yoy", "plan_5y": "growth_avg"}
OVERVIEW_COLUMNS = {
    "review_5y": "past_5y_avg",
    "review_year": "last_year",
    "plan_year": "target_this_year",
    "plan_5y": "target_5y_avg",
}


def overview(figs: pd.DataFrame) -> pd.DataFrame:
    """One row per known indicator: its growth rates, history against targets, in percent.

    past_5y_avg (年均增长 in the five-year review), last_year (增长 in last year's review),
    target_this_year and target_5y_avg (the new plan's 年均增长), each with its upper end when the
    target is a range (`_high`), its qualifier and its wording (`_as_written`: Guangdong 2026's
    '4.5–5 %'; Jiangmen 2021's '6 % 以上 at least'). Where a part states the same rate twice, the
    first statement is kept.

    >>> from helpers import config

    >>> from helpers.run import pipeline
    >>> o = overview(pipeline.figures(pipeline.open_report(config.BUNDLED_REPORT)))
    >>> o.loc["gdp", ["past_5y_avg", "last_year", "target_this_year", "target_5y_avg"]].tolist()
    [5.9, 2.2, 6.0, 6.0]
    """
    known = figs[(figs["indicator"] != "other") & (figs["unit"] == "%")]
    picked = [
        known[(known["section"] == s) & (known["measure"] == m)].drop_duplicates("indicator").assign(part=OVERVIEW_COLUMNS[s])
        for s, m in _RATE.items()
    ]
    rows = pd.concat(picked)
    extra = [f"{t}_{k}" for t in ("target_this_year", "target_5y_avg") for k in ("high", "qualifier", "as_written")]
    if rows.empty:
        return pd.DataFrame(columns=["indicator_en", *OVERVIEW_COLUMNS.values(), *extra])
    table = rows.pivot(index="indicator", columns="part", values="value").reindex(columns=list(OVERVIEW_COLUMNS.values()))
    names = figs.drop_duplicates("indicator").set_index("indicator")["indicator_en"]
    table.insert(0, "indicator_en", names.reindex(table.index))
    for part in ("target_this_year", "target_5y_avg"):
        stated = rows[rows["part"] == part].set_index("indicator").reindex(table.index)
        table[f"{part}_high"] = stated["value_high"]
        table[f"{part}_qualifier"] = stated["qualifier"]
        table[f"{part}_as_written"] = [
            "" if pd.isna(v) else target_words(v, h, "%", q)
            for v, h, q in zip(stated["value"], stated["value_high"], stated["qualifier"])
        ]
    order = figs.drop_duplicates("indicator")["indicator"]
    table.columns.name = None
    return table.reindex([i for i in order if i in table.index])


def compare(a: pd.DataFrame, b: pd.DataFrame, indicators: Iterable[str] | None = None, how: str = "inner") -> pd.DataFrame:
    """Two reports' figures for the same indicators, part and measure, side by side.

    Rows are matched on (indicator, section, measure, is_target); where a report states a key
    twice, its first statement is kept. `difference` is a minus b when the units agree. Read the
    `as_written` columns before comparing: the same id can hide different statistics (Jiangmen
    reports the registered unemployment rate 城镇登记失业率, the national report the surveyed
    rate 城镇调查失业率).
    """
    key = ["indicator", "section", "measure", "is_target"]
    ids = [str(x.iloc[0]) if len(x) else "?" for x in (a["report_id"], b["report_id"])]
    if ids[0] == ids[1]:
        ids = [ids[0] + "_a", ids[1] + "_b"]
    sides = []
    for figs, rid in zip((a, b), ids):
        rows = figs[figs["indicator"] != "other"]
        if indicators is not None:
            rows = rows[rows["indicator"].isin(set(indicators))]
        rows = rows.sort_values("char_start").drop_duplicates(key)
        side = rows[[*key, "indicator_en"]].copy()
        side[f"period_{rid}"] = [period(r) for _, r in rows.iterrows()]
        side[f"says_{rid}"] = [wording(r) for _, r in rows.iterrows()]
        side[f"value_{rid}"] = rows["value"].to_numpy()
        side[f"unit_{rid}"] = rows["unit"].to_numpy()
        side[f"as_written_{rid}"] = rows["indicator_zh"].to_numpy()
        sides.append(side)
    both = sides[0].merge(sides[1].drop(columns="indicator_en"), on=key, how=how)
    both["indicator_en"] = both["indicator_en"].fillna(
        both["indicator"].map(b.drop_duplicates("indicator").set_index("indicator")["indicator_en"])
    )
    same_unit = both[f"unit_{ids[0]}"] == both[f"unit_{ids[1]}"]
    both["difference"] = (both[f"value_{ids[0]}"] - both[f"value_{ids[1]}"]).where(same_unit)
    both = _ordered(both, then=None)
    return both.drop(columns=[f"unit_{ids[1]}"]).rename(columns={f"unit_{ids[0]}": "unit"}).reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# A chart and an indicator picker that degrades to static output
# ---------------------------------------------------------------------------------------------


def chart(figs: pd.DataFrame, indicator: str, ax=None):
    """Bar chart of an indicator's growth rates: past five years, last year, targets (percent)."""
    import matplotlib.pyplot as plt

    from helpers.analysis.plots import label

    if ax is None:
        _, ax = plt.subplots(figsize=(6, 3))
    table = overview(figs)
    names = {
        "past_5y_avg": "past 5 years\n(average)",
        "last_year": "last year",
        "target_this_year": "target\nthis year",
        "target_5y_avg": "target, next 5\nyears (average)",
    }
    zh = figs.loc[figs["indicator"] == indicator, "indicator_zh"]
    en = figs.loc[figs["indicator"] == indicator, "indicator_en"]
    title = label(zh.iloc[0] if len(zh) else None, (en.iloc[0] if len(en) and isinstance(en.iloc[0], str) else indicator))
    if indicator not in table.index or table.loc[indicator, list(names)].isna().all():
        ax.text(0.5, 0.5, "no growth rate stated", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        ax.set_title(title)
        return ax
    values = table.loc[indicator, list(names)].astype(float)
    colors = ["#4c72b0", "#4c72b0", "#dd8452", "#dd8452"]
    ax.bar([names[k] for k in names], values.fillna(0).to_numpy(), color=colors)
    for i, v in enumerate(values):
        ax.annotate("not stated" if pd.isna(v) else f"{v:g}", (i, 0 if pd.isna(v) else v), ha="center", va="bottom", fontsize=9)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylabel("% a year")
    ax.set_title(title)
    ax.tick_params(axis="x", labelsize=8)
    return ax


def widgets_enabled() -> bool:
    """Whether an interactive widget can work here: a live kernel attached to a frontend.

    GWR_WIDGETS=on/off forces the choice. Otherwise (auto) widgets need ipywidgets and an
    IPython kernel whose current request accepts input (allow_stdin): JupyterLab, Notebook and
    VS Code send allow_stdin=True; papermill, nbconvert and nbclient execute with
    allow_stdin=False, so headless runs, and the HTML made from them, get static output. A plain
    Python process (scripts, pytest) has no kernel and gets static output too.
    """
    setting = os.environ.get(WIDGETS_ENV, "auto").strip().lower()
    if setting in {"0", "off", "false", "no"}:
        return False
    try:
        import ipywidgets  # noqa: F401
        from IPython import get_ipython
    except ImportError:
        return False
    if setting in {"1", "on", "true", "yes"}:
        return True
    kernel = getattr(get_ipython(), "kernel", None)
    return bool(kernel is not None and getattr(kernel, "_allow_stdin", False))


def _show_static(figs: pd.DataFrame, indicator: str) -> None:
    import matplotlib.pyplot as plt
    from IPython.display import display

    display(story(figs, indicator).drop(columns=["figure_id"]))
    ax = chart(figs, indicator)
    display(ax.figure)
    plt.close(ax.figure)


def picker(figs: pd.DataFrame, indicator: str = "gdp"):
    """An indicator picker updating a table (`story`) and a chart (`chart`), or static output.

    In JupyterLab (see `widgets_enabled`) returns an ipywidgets VBox: a dropdown of the report's
    known indicators, the table and the chart below it. Elsewhere (papermill, nbconvert, HTML,
    scripts) displays the table and the chart for `indicator` and returns None, so a notebook
    calling it runs headless without error and its HTML shows real content.
    """
    known = figs[figs["indicator"] != "other"].drop_duplicates("indicator")
    if indicator not in set(known["indicator"]) and len(known):
        indicator = known["indicator"].iloc[0]
    if not widgets_enabled():
        _show_static(figs, indicator)
        return None
    import ipywidgets as w

    counts = figs["indicator"].value_counts()
    options = [(f"{r.indicator_zh} · {r.indicator} ({counts[r.indicator]})", r.indicator) for r in known.itertuples()]
    dropdown = w.Dropdown(options=options, value=indicator, description="indicator")
    out = w.Output()

    def render(change=None) -> None:
        out.clear_output(wait=True)
        with out:
            _show_static(figs, dropdown.value)

    dropdown.observe(render, names="value")
    render()
    return w.VBox([dropdown, out])
