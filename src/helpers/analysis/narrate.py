"""The sentences and reader's tables the report notebooks show, written from a report's own tables.

Notebooks 02 (implied growth) and 03 (targets) are documents: each paragraph or table is one call
here, so the arithmetic of a sentence is tested once (tests/test_narrate.py) instead of living in a
long notebook cell. Every number in a sentence comes from a row of the implied-growth or targets
table; when a report does not state what a paragraph needs, the function says so in words rather
than returning nothing. The methods behind the sentences are in docs/methods.md.

Worked example (the bundled Jiangmen 2021 report, notebook 02 section 2): GDP 3201亿元 in 2020,
961亿元 more than in 2015, gives (3,201 亿元 / 2,240 亿元)^(1/5) − 1 = 7.40 % a year nominal against
the stated 5.9 % real, an implied deflator of 1.42 % a year.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from helpers.analysis import growth, trust
from helpers.config import REFERENCE_DIR
from helpers.extract import indicators

KIND = {
    "annual_growth": "annual target",
    "five_year_average": "5-year target",
    "cumulative": "cumulative target",
    "level": "level target",
    "qualitative": "qualitative target",
}


# money is written in 亿元 from a tenth of 亿元 up; below, per-head amounts and standards, in 万元 or 元 (`amounts`, `readable`)
YI_YUAN_FROM = 1e7


def amounts(unit: str | None, *values: float) -> list[str]:
    """Levels in one unit a reader knows: yuan as 亿元 (1e8) or, from a trillion, 万亿元 (1e12); '' if missing.

    Values in the tables are standardised (CNY, persons); reports and readers think in 亿元.

    >>> amounts("CNY", 3.201e11, 2.24e11)
    ['3,201 亿元', '2,240 亿元']
    >>> amounts("CNY", 1.5e12, float("nan")), amounts("CNY", 52000.0, 74000.0), amounts("CNY", 800.0)
    (['1.5 万亿元', ''], ['5.2 万元', '7.4 万元'], ['800 元'])
    >>> amounts("persons", 1494000.0, 1100000.0), amounts("km", 30000.0)
    (['149.4 万人', '110 万人'], ['30,000 km'])
    """
    scale, name = 1.0, unit if isinstance(unit, str) else ""
    largest = max([abs(v) for v in values if pd.notna(v)], default=0)
    if unit == "CNY":
        # a per-head amount (人均地区生产总值7.4万元, 低保标准每月800元) in 万元 or 元: in 亿元 it would print as 0
        scale, name = (
            (1e12, "万亿元")
            if largest >= 1e12
            else (1e8, "亿元")
            if largest >= YI_YUAN_FROM
            else (1e4, "万元")
            if largest >= 1e4
            else (1.0, "元")
        )
    elif unit == "persons":
        scale, name = (1e8, "亿人") if largest >= 1e8 else (1e4, "万人") if largest >= 1e4 else (1.0, "人")
    digits = 4 if scale == 1e12 else 6
    return ["" if pd.isna(v) else f"{_plain(v / scale, digits)} {name}".strip() for v in values]


def _plain(x: float, digits: int) -> str:
    """x with `digits` significant digits and thousands separators, never in scientific notation."""
    text = f"{x:,.{digits}g}"
    return f"{x:,.0f}" if "e" in text else text


def english(indicator: str) -> str:
    """The dictionary's English name of an indicator id, or the id itself.

    >>> english("gdp")
    'Gross (regional) domestic product'
    """
    return indicators.describe(indicator)["indicator_en"] or indicator


def name(r) -> str:
    """'固定资产投资 (Fixed-asset investment)'; subjects outside the dictionary by their Chinese words only.

    >>> from types import SimpleNamespace as Row
    >>> name(Row(indicator="gdp", indicator_zh="地区生产总值")), name(Row(indicator="other", indicator_zh="新建学校"))
    ('地区生产总值 (Gross (regional) domestic product)', '新建学校')
    """
    return r.indicator_zh if r.indicator == "other" else f"{r.indicator_zh} ({english(r.indicator)})"


def readable(df: pd.DataFrame) -> pd.DataFrame:
    """Money levels in 亿元 (100 million yuan), everything rounded for reading; a per-head amount (人均地区生产总值7.4万元)
    stays in yuan, which would round to 0 亿元.

    >>> t = pd.DataFrame({"unit_std": ["CNY", "CNY"], "start_level": [2.24e11, 52000.0], "first_year_level": [None, None],
    ...     "end_level": [3.201e11, 74000.0]})
    >>> readable(t)[["unit_std", "start_level", "end_level"]].values.tolist()
    [['亿元', 2240.0, 3201.0], ['CNY', 52000.0, 74000.0]]
    """
    out = df.copy()
    largest = out[["start_level", "first_year_level", "end_level"]].astype(float).abs().max(axis=1)
    money = (out["unit_std"] == "CNY") & (largest >= YI_YUAN_FROM)
    for col in ("start_level", "first_year_level", "end_level"):
        out[col] = out[col].where(~money, out[col] / 1e8)
    out["unit_std"] = out["unit_std"].where(~money, "亿元")
    return out.round(2)


# --- notebook 02: implied growth ---------------------------------------------------------------

COMPUTATION_COLUMNS = [
    "method",
    "indicator",
    "indicator_zh",
    "start_year",
    "end_year",
    "implied_cagr_pct",
    "stated_growth_pct",
    "stated_basis",
    "gap_pp",
    "implied_deflator_pct",
    "start_level",
    "end_level",
    "unit_std",
]


def computations(implied: pd.DataFrame) -> tuple[str | None, pd.DataFrame]:
    """Section 1: a sentence when nothing can be computed, and the table of every computation."""
    note = None
    if implied.empty:
        note = (
            "This report states no pair of figures from which a growth rate can be computed: "
            "the sections below have nothing to show."
        )
    return note, readable(implied)[COMPUTATION_COLUMNS]


def _gdp_rows(implied: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    gdp = implied[(implied["indicator"] == "gdp") & (implied["status"] == "ok")]
    from_levels = gdp[gdp["method"].isin(["level_change_abs", "level_pair"]) & gdp["start_level"].notna()]
    from_levels = from_levels.sort_values("stated_growth_pct", key=lambda s: s.isna(), kind="stable")
    rates = gdp[gdp["method"].isin(["level_change_pct", "average_to_cumulative"])]
    return gdp, from_levels, rates


def gdp_story(r) -> str:
    """The GDP computation of one implied-growth row in words, every number from the row."""
    end, start, change = amounts(r.unit_std, r.end_level, r.start_level, abs(r.end_level - r.start_level))
    y0, y1, n = int(r.start_year), int(r.end_year), int(r.years)
    more = "more" if r.end_level >= r.start_level else "less"
    # an input written as a bound (跨过3万亿元, 近1万亿元): the levels and the rate are worded as approximate
    approx = "approximate input" in str(r.caveats or "")
    about = "about " if approx else ""
    how = {
        "level_change_abs": f"{about}{end} in {y1}, {about}{change} {more} than in {y0}; so the {y0} level was {about}{start}",
        "level_pair": f"{about}{start} in {y0} and {about}{end} in {y1}",
    }[r.method]
    rate = f"about {r.implied_cagr_pct:.1f} % a year is nominal" if approx else f"{r.implied_cagr_pct:.2f} % a year is nominal"
    text = f"{r.indicator_zh} (GDP) was {how}. Levels are at current prices, so ({end} / {start})^(1/{n}) − 1 = **{rate}**"
    if approx:
        text += " (an input is written as a bound, 超 or 近, so the rate is approximate)"
    if pd.isna(r.stated_growth_pct):
        text += ". The report states no average growth for the same years to set beside it."
    elif r.stated_basis == "real" and pd.notna(r.implied_deflator_pct):
        text += (
            f", against the stated **{r.stated_growth_pct:g} % real** (年均增长 at comparable prices): a gap of "
            f"{'about ' if approx else ''}{r.gap_pp:.2f} pp. As a ratio, (1 + {r.implied_cagr_pct:.2f} %) / (1 + "
            f"{r.stated_growth_pct:g} %) − 1 = **{'about ' if approx else ''}{r.implied_deflator_pct:.2f} % a year is the "
            "implied GDP deflator** (the price change)."
        )
    else:
        text += f", against a stated {r.stated_growth_pct:g} % ({r.stated_basis}): a gap of {r.gap_pp:.2f} pp."
    if pd.notna(r.gap_pp) and abs(r.gap_pp) > 5:
        text += f" A gap this large rarely comes from prices alone: check that figures {r.figure_ids} are the same statistic."
    if r.caveats:
        text += f" Caveat: {r.caveats}."
    return text


def gdp_paragraph(implied: pd.DataFrame) -> str:
    """Section 2: GDP's nominal rate from levels against the stated real average, or what the report lacks."""
    _, from_levels, rates = _gdp_rows(implied)
    if len(from_levels):
        return gdp_story(from_levels.iloc[0])
    if len(rates):
        a = rates.iloc[0]
        said = (
            f"average growth of {a.implied_cagr_pct:g} % a year over {int(a.start_year) + 1}-{int(a.end_year)} (年均增长, "
            f"real): (1 + {a.implied_cagr_pct:g} %)^{int(a.years)} − 1 = {a.cumulative_growth_pct:.1f} % over the "
            f"{int(a.years)} years"
            if a.method == "average_to_cumulative"
            else f"growth of {a.cumulative_growth_pct:g} % from {int(a.start_year)} to {int(a.end_year)} (比…增长, usually at "
            f"comparable prices, so real): (1 + {a.cumulative_growth_pct:g} %)^(1/{int(a.years)}) − 1 = "
            f"{a.implied_cagr_pct:.2f} % a year"
        )
        return (
            f"This report states no GDP level together with an earlier level or an absolute change against "
            f"one, so no nominal rate can be computed from levels. It states {said}."
        )
    return (
        "This report states no GDP level pair, no change against a base year and no average growth "
        "for GDP: there is nothing to compute here."
    )


def gdp_table(implied: pd.DataFrame) -> pd.DataFrame | None:
    """Section 2's table: every GDP computation, or None when there is none."""
    gdp, _, _ = _gdp_rows(implied)
    if not len(gdp):
        return None
    return readable(gdp)[
        [
            "method",
            "convention",
            "start_year",
            "end_year",
            "implied_cagr_pct",
            "cumulative_growth_pct",
            "stated_growth_pct",
            "gap_pp",
            "implied_deflator_pct",
            "start_level",
            "end_level",
            "note",
            "caveats",
        ]
    ]


def cumulative_paths(implied: pd.DataFrame) -> pd.DataFrame:
    """The cumulative-method paths, fixed-asset investment first."""
    paths = implied[(implied["method"] == "cumulative_path") & (implied["status"] == "ok")]
    return paths.sort_values("indicator", key=lambda s: s != "fixed_asset_investment", kind="stable")


def path_of(p) -> pd.DataFrame:
    """The annual levels a cumulative-method row implies: year and level."""
    n, g = int(p["years"]), p["implied_cagr_pct"]
    return pd.DataFrame(
        {"year": range(int(p["start_year"]) + 1, int(p["end_year"]) + 1), "level": growth.annual_path(p["start_level"], g, n)}
    )


def cumulative_paragraph(paths: pd.DataFrame) -> str:
    """Section 3: the base level a five-year total and its average imply, and the path from it."""
    if paths.empty:
        return "This report states no five-year total (累计) together with its average growth (年均增长), so no path is implied."
    p = paths.iloc[0]
    n, g = int(p["years"]), p["implied_cagr_pct"]
    path = path_of(p)
    total, base, first, last = amounts(
        p["unit_std"], path["level"].sum(), p["start_level"], path["level"].iloc[0], path["level"].iloc[-1]
    )
    lead = (
        ""
        if p["indicator"] == "fixed_asset_investment"
        else "This report states no such total for fixed-asset investment; the first indicator that has one: "
    )
    return (
        f"{lead}{name(p)}: {total} in total over {int(p['start_year']) + 1}-"
        f"{int(p['end_year'])}, growing {g:g} % a year on average ({p['convention']}). The {int(p['start_year'])} level "
        f"B solves B · Σ_(t=1..{n}) (1 + {g:g} %)^t = {total}, so B = {total} / {growth.cumulative_sum(1.0, g, n):.4f} = "
        f"{base}, and the implied path runs from {first} ({int(p['start_year']) + 1}) to {last} ({int(p['end_year'])})."
        + (f" {len(paths) - 1} more such path(s) are in the table." if len(paths) > 1 else "")
    )


def cumulative_table(paths: pd.DataFrame) -> pd.DataFrame:
    return readable(paths)[
        [
            "indicator",
            "indicator_zh",
            "convention",
            "start_year",
            "end_year",
            "implied_cagr_pct",
            "start_level",
            "first_year_level",
            "end_level",
            "unit_std",
            "note",
        ]
    ]


_CHANGE_METHODS = [
    "level_change_pct",
    "multiple",
    "change_multiple",
    "period_total_multiple",
    "cumulative_last_level",
    "pp_above_whole",
]


def changes(implied: pd.DataFrame) -> tuple[str, pd.DataFrame | None]:
    """Section 4: changes, multiples and five-year totals as a list of sentences, and their table."""
    others = implied[implied["method"].isin(_CHANGE_METHODS)]
    ok = others[others["status"] == "ok"]
    if others.empty:
        return (
            "This report states no change against a base year in percent, no multiple, no total against "
            "an earlier period and no subgroup above its whole."
        ), None
    # sentences only for quantities of the dictionary: a subject named by the sentence's words alone is read
    # right far less often on unseen reports (undictionary_rate), so those computations stay in the table
    named = ok[ok["indicator"] != "other"]
    lines = [
        f"- {name(r)} (`{r.method}`, {r.start_year}-{r.end_year}): {r.note} → "
        f"**{r.implied_cagr_pct:.2f} % a year**" + (" (an approximate input: a bound)" if "approximate" in r.caveats else "")
        for r in named.head(12).itertuples()
    ]
    if len(named) > 12:
        lines.append(f"- … and {len(named) - 12} more in the table below.")
    if unnamed := len(ok) - len(named):
        lines.append(
            f"- {unnamed} computation(s) on quantities the indicator dictionary does not know, named only by the words of "
            f"their sentence, are in the table below but not written out here: {undictionary_rate()}. Check each "
            "against its sentence (the review sheet lists their figures) before quoting it."
        )
    if len(others) > len(ok):
        lines.append(f"- {len(others) - len(ok)} computation(s) flagged: see section 5.")
    table = readable(others)[
        [
            "method",
            "indicator",
            "indicator_zh",
            "implied_cagr_pct",
            "cumulative_growth_pct",
            "start_level",
            "end_level",
            "unit_std",
            "note",
        ]
    ]
    return "\n".join(lines), table


def status_counts(implied: pd.DataFrame) -> str:
    """Section 5: how many computations are ok and how many flagged, by reason."""
    return implied["status"].str.split(":").str[0].value_counts().to_string() if len(implied) else "no computations"


def flagged(implied: pd.DataFrame) -> pd.DataFrame:
    return implied[implied["status"] != "ok"][["method", "indicator", "indicator_zh", "figure_ids", "status"]]


def caveat_counts(implied: pd.DataFrame) -> pd.DataFrame:
    return implied[implied["caveats"] != ""].groupby("caveats").size().rename("rows").to_frame()


def checks_paragraph(chk: pd.DataFrame) -> str:
    """Section 6: how many of the report's consistency checks pass."""
    if chk.empty:
        return "No check applies to this report: it does not state all the inputs of any check."
    return f"**{int(chk['passed'].sum())} of {len(chk)} checks pass** at the precision the report prints."


def checks_table(chk: pd.DataFrame) -> pd.DataFrame | None:
    """Section 6's table, numbers printed at four significant digits; None when no check applies."""
    if chk.empty:
        return None
    return chk.assign(
        expected=chk["expected"].map("{:,.4g}".format),
        stated=chk["stated"].map("{:,.4g}".format),
        difference=chk["difference"].map("{:,.3g}".format),
        tolerance=chk["tolerance"].map("{:,.3g}".format),
    )


# --- notebook 03: targets ----------------------------------------------------------------------


def history_words(source) -> str:
    """How a five-year history was obtained, said where it is used: stated, or modelled and on what assumption.

    >>> history_words("jiangmen-2021:516"), history_words("implied: cumulative_last_level (jiangmen-2021:1233)")
    ('', ' (modelled, not stated: the constant growth that sums to the five-year total from the last level)')
    """
    method = re.match(r"implied: (\w+)", str(source or ""))
    if not method:
        return ""
    known = implied_methods()
    assumption = known.at[method.group(1), "assumption"] if method.group(1) in known.index else f"derived by {method.group(1)}"
    return f" (modelled, not stated: {assumption})"


@functools.cache
def implied_methods() -> pd.DataFrame:
    """What each implied-growth method measures and what it assumes (reference/implied_methods.csv), by method."""
    return pd.read_csv(REFERENCE_DIR / "implied_methods.csv", dtype=str).set_index("method")


def several_histories(tgt: pd.DataFrame, implied: pd.DataFrame, figs: pd.DataFrame) -> str | None:
    """Where one indicator has two five-year histories that disagree, say what each measures and why.

    Both are read from the same report, so a reader shown one of them (the verdict uses the first
    of targets.HISTORY_METHODS) must know the other exists and that they measure different things.
    Jiangmen 2021 交通投资: 24.57 % a year from 908.5亿元 是"十二五"时期的近3倍 (two plans' totals)
    against 10.59 % from 908.5亿元 and 220亿元 in 2020 (within the plan). They would agree only if
    the indicator had grown at one rate over both plans: the gap says it did not. Returns None when
    no indicator has two disagreeing histories.
    """
    from helpers.analysis.targets import HISTORY_METHODS, VERDICT_THRESHOLD_PP

    known = implied_methods()
    figs_qualifiers = figs.set_index("figure_id")["qualifier"].fillna("").to_dict()
    lines = []
    for r in tgt[tgt["history_5y_source"].astype(str).str.startswith("implied:")].drop_duplicates("indicator").itertuples():
        alt = implied[
            (implied["indicator"] == r.indicator)
            & (implied["status"] == "ok")
            & implied["method"].isin(HISTORY_METHODS)
            & (implied["years"] == 5)
            & (implied["end_year"] == implied["end_year"].where(implied["indicator"] == r.indicator).max())
        ].drop_duplicates("method")
        if len(alt) < 2 or alt["implied_cagr_pct"].max() - alt["implied_cagr_pct"].min() <= VERDICT_THRESHOLD_PP:
            continue
        used = re.match(r"implied: (\w+)", str(r.history_5y_source)).group(1)
        parts = []
        for a in alt.itertuples():
            near = "nearly" in set(figs_qualifiers.get(fid, "") for fid in a.figure_ids.split("; "))
            parts.append(
                f"**{a.implied_cagr_pct:.2f} % a year**, {known.at[a.method, 'measures']}: {a.note.split(';')[0]}"
                + (" (stated as 近, nearly: an upper bound)" if near else "")
            )
        gap = alt["implied_cagr_pct"].max() - alt["implied_cagr_pct"].min()
        chosen = alt.loc[alt["method"] == used, "implied_cagr_pct"]
        lines.append(
            f"- **{name(r)}** has {len(alt)} five-year histories in this report, all modelled, none stated: "
            + "; ".join(parts)
            + f". They would agree only if it had grown at one constant rate throughout; the gap of {gap:.2f} pp says "
            "it did not (a step between the periods, then a different pace within the plan, fits both). "
            + (f"The verdict uses {chosen.iloc[0]:.2f} %, the reading closest to the plan's own years." if len(chosen) else "")
        )
    return "\n".join(lines) or None


def targets_summary(tgt: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """Section 1: how many targets, how many can be judged against history, and the table."""
    known = tgt[tgt["indicator"] != "other"]
    judged = known[~known["verdict"].isin(["no required growth", "no history"])]
    if tgt.empty:
        text = "This report states no target the extractor recognises: the sections below have nothing to compare."
    else:
        verdicts = ", ".join(f"{n} {v}" for v, n in judged["verdict"].value_counts().items()) or "none"
        text = f"{len(tgt)} targets, {len(known)} of known indicators; {len(judged)} can be set against history: {verdicts}."
    table = known[
        [
            "target_kind",
            "indicator",
            "indicator_zh",
            "bound",
            "history_5y_pct",
            "last_year_pct",
            "required_growth_pct",
            "required_change_pp",
            "gap_to_5y_pp",
            "verdict",
        ]
    ].round(2)
    table.insert(5, "history_5y_is", known["history_5y_source"].map(lambda s: history_words(s).strip(" ()") or "stated"))
    return text, table


def cumulative_story(r) -> str:
    """A cumulative target in words, every number from the targets table."""
    s, e = int(r.period_start), int(r.period_end)
    head = f"- **{name(r)}**: {r.bound} over {s}-{e}"
    if pd.isna(r.required_growth_pct):
        return f"{head}: no required growth ({r.note})."
    (total,), (last,) = amounts(r.unit_std, r.target_value), amounts(r.unit_std, r.last_level)
    stated_last = re.search(r"at its stated ([+-][\d.]+) %", str(r.last_level_source))
    source = (
        "stated"
        if not str(r.last_level_source).startswith("derived")
        else f"derived from the review's total and average, with {r.last_level_year} at its stated {stated_last.group(1)} %"
        if stated_last
        else "derived by the cumulative method from the review's total and average"
    )
    text = (
        f"{head}. From {last} in {r.last_level_year} ({source}), r solves {last} · Σ_(t=1..{e - s + 1}) (1+r)^t "
        f"= {total}: **{r.required_growth_pct:.2f} % a year**"
    )
    if pd.notna(r.history_5y_pct):
        text += (
            f", against {r.history_5y_pct:.2f} % a year over the past five years{history_words(r.history_5y_source)}"
            + (f" (and {r.last_year_pct:g} % last year)" if pd.notna(r.last_year_pct) else "")
            + f": {r.verdict}"
        )
    elif pd.notna(r.last_year_pct):
        text += f", against {r.last_year_pct:.2f} % last year (no five-year average stated): {r.verdict}"
    else:
        text += "; the report states no growth history for it"
    if pd.notna(r.required_growth_constant_path_pct):
        (const,) = amounts(r.unit_std, r.last_level_constant_path)
        same = r.verdict_constant_path == r.verdict
        text += (
            f". On the constant-growth path of the cumulative method, which ignores the stated {r.last_year_pct:g} % "
            f"of {r.last_level_year}, the level would be {const} and the target {r.required_growth_constant_path_pct:.2f} % "
            f"a year: {r.verdict + ' either way' if same else 'the verdict would be ' + r.verdict_constant_path}"
        )
    if pd.notna(r.required_rest_pct) and pd.notna(r.first_year_planned_level):
        (planned,) = amounts(r.unit_std, r.first_year_planned_level)
        text += (
            f". This year's plan puts {s} at {planned} ({r.first_year_planned_level / r.last_level - 1:+.2%} on "
            f"{r.last_level_year}), so {s + 1}-{e} need **{r.required_rest_pct:.2f} % a year** to reach the total"
        )
    elif pd.notna(r.required_rest_pct):
        text += f". If {s} grows at its annual target, {s + 1}-{e} need {r.required_rest_pct:.2f} % a year"
    return text + "."


def cumulative_targets(tgt: pd.DataFrame) -> tuple[str, pd.DataFrame | None]:
    """Section 2: every cumulative target in words, and its table with levels in 亿元."""
    cum = tgt[tgt["target_kind"] == "cumulative"]
    if cum.empty:
        return "This report states no cumulative (累计) target: there is no total to solve for.", None
    levels = {
        c: [amounts(u, v)[0] for u, v in zip(cum["unit_std"], cum[c])]
        for c in ("target_value", "last_level", "implied_end_level", "last_level_constant_path", "first_year_planned_level")
    }
    table = cum.assign(**levels)[
        [
            "indicator",
            "indicator_zh",
            "bound",
            "target_value",
            "last_level",
            "last_level_source",
            "required_growth_pct",
            "required_rest_pct",
            "first_year_planned_level",
            "last_level_constant_path",
            "required_growth_constant_path_pct",
            "history_5y_pct",
            "implied_end_level",
            "verdict",
            "note",
        ]
    ].round(2)
    return "\n".join(cumulative_story(r) for r in cum.itertuples()), table


def end_levels(tgt: pd.DataFrame, figs: pd.DataFrame) -> tuple[str, pd.DataFrame | None]:
    """Section 3: the GDP level a growth target implies from last year's level, and every implied end level."""
    ends = tgt[tgt["implied_end_level"].notna()].copy()
    unit_of = figs.drop_duplicates("figure_id").set_index("figure_id")["unit_std"]
    # a level derived by the cumulative method has no figure of its own: its indicator's levels give the unit
    stated = figs[figs["measure"].isin(["level", "cumulative", "count"]) & figs["unit_std"].notna()]
    unit_of_indicator = stated.groupby("indicator")["unit_std"].agg(lambda s: s.mode().iat[0])
    ends["level_unit"] = (
        ends["last_level_source"]
        .map(unit_of)
        .fillna(ends["unit_std"].where(ends["unit_std"] != "%"))
        .fillna(ends["indicator"].map(unit_of_indicator))
    )
    gdp_growth = ends[(ends["indicator"] == "gdp") & ends["target_kind"].isin(["annual_growth", "five_year_average"])]
    gdp_growth = gdp_growth.drop_duplicates(["target_kind", "required_growth_pct", "implied_end_year"])
    lines = []
    for r in gdp_growth.itertuples():
        last, end = amounts(r.level_unit, r.last_level, r.implied_end_level)
        n = int(r.implied_end_year) - int(r.last_level_year)
        g = r.required_growth_pct
        lines.append(
            f"- Under the {KIND[r.target_kind]} of {g:g} % a year ({r.bound}), GDP goes from {last} in "
            f"{r.last_level_year} to {last} × (1 {'+' if g >= 0 else '−'} {abs(g):g} %)^{n} = "
            f"**{end} in {r.implied_end_year}** ({r.last_level_year} prices)."
        )
    text = (
        "\n".join(lines)
        if lines
        else ("This report states no GDP growth target together with last year's GDP level: no GDP end level is implied.")
    )
    if not len(ends):
        return text, None
    ends["last_level_read"] = [amounts(u, v)[0] for u, v in zip(ends["level_unit"], ends["last_level"])]
    ends["implied_end_level_read"] = [amounts(u, v)[0] for u, v in zip(ends["level_unit"], ends["implied_end_level"])]
    return text, ends[
        [
            "target_kind",
            "indicator",
            "indicator_zh",
            "bound",
            "last_level_year",
            "last_level_read",
            "implied_end_year",
            "implied_end_level_read",
            "note",
        ]
    ]


def charted_targets(tgt: pd.DataFrame, label) -> pd.DataFrame:
    """Section 4: targets with a required growth and some history, one row per chart label (at most 30).

    `label(zh, en)` is the chart's labeller (plots.label): Chinese when a CJK font can draw it.
    """
    shown = tgt[
        tgt["indicator"].ne("other")
        & tgt["required_growth_pct"].notna()
        & (tgt["history_5y_pct"].notna() | tgt["last_year_pct"].notna())
    ].copy()
    shown["label"] = [
        f"{label(z, english(i))} ({KIND.get(k, k)})"
        for z, i, k in zip(shown["indicator_zh"], shown["indicator"], shown["target_kind"])
    ]
    return shown.drop_duplicates("label").head(30)


def qualitative_table(tgt: pd.DataFrame) -> tuple[str | None, pd.DataFrame | None]:
    """Section 5: targets without a number, or a sentence saying there is none."""
    qual = tgt[tgt["target_kind"] == "qualitative"]
    if qual.empty:
        return "This report's plans state no target without a number that the parser recognises.", None
    return None, qual[
        [
            "indicator",
            "period_start",
            "period_end",
            "target_text",
            "bound",
            "required_growth_pct",
            "history_5y_pct",
            "last_year_pct",
            "verdict",
            "note",
        ]
    ].round(2)


# --- rows to review ------------------------------------------------------------------------------


def review_paragraph(figs: pd.DataFrame) -> str:
    """How many figures the analyses leave out and why, in one sentence."""
    review = trust.to_review(figs)
    if review.empty:
        return "Every figure is the region's own and read with confidence: the analyses use them all."
    kinds = review["why"].str.split(":").str[0].str.split(",").str[0].value_counts()
    reasons = ", ".join(f"{n} {k}" for k, n in kinds.items())
    return (
        f"{len(review)} of {len(figs)} figures are left out of every computation on these pages ({reasons}): "
        "they are another area's or a part's figures, or the extractor could not tell what they measure. "
        "They are listed below with their sentences, to review."
    )


def accuracy_paragraph(measured: pd.Series | None = None) -> str:
    """How far a row of the table can be trusted, worded from what was measured on reports nobody tuned the
    extractor to (`trust.measured_accuracy`), each rate with its 95 % Wilson interval.

    >>> m = pd.Series({"tables": 3, "rows": 320, "fully_correct": 240, "matched": 312, "subject_correct": 253,
    ...     "used_rows": 307, "used_correct": 240, "indicator_rows": 230, "indicator_correct": 198,
    ...     "measured_on": "2026-12-01"})
    >>> print(accuracy_paragraph(m))  # doctest: +NORMALIZE_WHITESPACE
    How far to trust a row: on 3 reports nobody tuned the extractor to (320 figures read by hand, measured
    2026-12-01), 75 % of the figures were read right in every field (95 % interval 70-79 %); of the figures
    these pages compute with, 78 % (73-82 %); of those with a dictionary indicator, which the sentences use,
    86 % (81-90 %). The subject (what the number measures) was right in 81 % of the figures found. Before
    quoting a number, read it in its sentence.

    Where the held-out tables have a blind indicator layer (tests/data/gold/INDICATORS.md), the paragraph also says
    how often a sentence names the right quantity:

    >>> print(accuracy_paragraph(pd.concat([m, pd.Series({"narrated_rows": 123, "narrated_right": 107})])))
    ... # doctest: +NORMALIZE_WHITESPACE +ELLIPSIS
    How far to trust a row: ... The subject (what the number measures) was right in 81 % of the figures found. Of
    the figures the sentences narrate, 87 % (80-92 %; 123 checked, on the tables that have this check) are the quantity
    their sentence names, by a check made by hand without the extractor (the rest are another thing under a dictionary
    name, such as a part of it). Before quoting a number, read it in its sentence.
    """
    measured = trust.measured_accuracy() if measured is None else measured
    if measured is None:
        return "How far to trust a row has not been measured on reports nobody tuned the extractor to: read each number in its sentence."

    def rate(part: str, whole: str) -> tuple[str, str]:
        return _worded_rate(int(measured[part]), int(measured[whole]))

    every, every_ci = rate("fully_correct", "rows")
    used, used_ci = rate("used_correct", "used_rows")
    named, named_ci = rate("indicator_correct", "indicator_rows")
    subject, _ = rate("subject_correct", "matched")
    return (
        f"How far to trust a row: on {int(measured['tables'])} reports nobody tuned the extractor to "
        f"({int(measured['rows'])} figures read by hand, measured {measured['measured_on']}), {every} of the figures were "
        f"read right in every field (95 % interval {every_ci}); of the figures these pages compute with, {used} ({used_ci}); "
        f"of those with a dictionary indicator, which the sentences use, {named} ({named_ci}). The subject (what the number "
        f"measures) was right in {subject} of the figures found.{_narrated_clause(measured)} Before quoting a number, read it "
        "in its sentence."
    )


def _narrated_clause(measured: pd.Series) -> str:
    """How often a narrated figure is the quantity its sentence names, when it was measured (a record made before the
    indicator layer existed has no such counts: nothing is said)."""
    n = pd.to_numeric(measured.get("narrated_rows"), errors="coerce")
    if pd.isna(n) or n <= 0:
        return ""
    share, interval = _worded_rate(int(measured["narrated_right"]), int(n))
    return (
        f" Of the figures the sentences narrate, {share} ({interval}; {int(n)} checked, on the tables that have this check) are "
        "the quantity their sentence names, by a check made by hand without the extractor (the rest are another thing under "
        "a dictionary name, such as a part of it)."
    )


def undictionary_rate(measured: pd.Series | None = None) -> str:
    """How often a figure without a dictionary indicator was read right in every field on reports nobody tuned
    the extractor to: the rows the pages use less those with a dictionary indicator, from the held-out record
    (reference/extraction_accuracy.csv), worded with its 95 % Wilson interval.

    >>> m = pd.Series({"used_rows": 172, "used_correct": 143, "indicator_rows": 126, "indicator_correct": 115})
    >>> undictionary_rate(m)
    'on reports nobody tuned the extractor to, such figures were read right in every field in 61 % of cases (95 % interval 46-74 %)'
    """
    measured = trust.measured_accuracy() if measured is None else measured
    n = 0 if measured is None else int(measured["used_rows"]) - int(measured["indicator_rows"])
    if n <= 0:
        return "how often such figures are read right has not been measured"
    share, interval = _worded_rate(int(measured["used_correct"]) - int(measured["indicator_correct"]), n)
    return f"on reports nobody tuned the extractor to, such figures were read right in every field in {share} of cases (95 % interval {interval})"


def _worded_rate(k: int, n: int) -> tuple[str, str]:
    """k of n as a percentage and its 95 % Wilson interval, as the pages write them: ('61 %', '46-74 %')."""
    from statsmodels.stats.proportion import proportion_confint

    low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
    return f"{100 * k / n:.0f} %", f"{100 * low:.0f}-{100 * high:.0f} %"


def corrections_paragraph(figs: pd.DataFrame, checked: pd.DataFrame) -> str:
    """What a person changed in the extractor's reading, in one sentence (the lines follow it).

    `checked` is the report's corrections with their status (`helpers.run.pipeline.check_corrections`).
    Jiangmen 2021 with the three examples of docs/corrections.md: "A person checked this report: 1
    figures corrected, 1 added, 1 dropped (data/corrections/jiangmen-2021.csv, listed below with who
    and why)."
    """
    if checked.empty:
        return "Every figure on these pages is the extractor's reading: no person has corrected this report yet."
    source = figs["source"].value_counts()
    dropped = int(((checked["action"] == "drop") & (checked["status"] == "applies")).sum())
    report_id = figs["report_id"].iloc[0] if len(figs) else ""
    text = (
        f"A person checked this report: {source.get('corrected', 0)} figures corrected, {source.get('added', 0)} added, "
        f"{dropped} dropped (data/corrections/{report_id}.csv, listed below with who and why)."
    )
    unnecessary = int((checked["status"] == "unnecessary").sum())
    if unnecessary:
        text += f" {unnecessary} of the corrections are unnecessary now: the extractor reads those figures right."
    return text


def review_table(figs: pd.DataFrame):
    """The rows left out of the analyses as a page table, the number highlighted in its sentence.

    The same rows as `trust.to_review`, in the reading order of the review sheet; the sentence is
    HTML with the number in <mark> (all report text escaped), so a reader sees at once which
    number of a long sentence the row is about. Guangdong 2026 (figure 2026_广东省:4410, scope wider):
    预计大湾区经济总量突破<mark>15</mark>万亿元。 Returns a pandas Styler; an empty frame with the columns when nothing is left out.
    """
    import html

    review = trust.to_review(figs)
    columns = ["figure_id", "section", "indicator_zh", "measure", "value", "unit", "scope", "confidence", "why", "sentence"]
    if review.empty:
        return pd.DataFrame(columns=columns)
    sheet = trust.review_sheet(figs).set_index("id").loc[review["figure_id"]]
    sentence = [
        html.escape(b) + (f"<mark>{html.escape(n)}</mark>" + html.escape(a) if n else "")
        for b, n, a in zip(sheet["before"], sheet["number"], sheet["after"])
    ]
    table = review.assign(sentence=sentence)[columns].reset_index(drop=True)
    shown = [c for c in columns if c != "sentence"]
    return (
        table.style.hide(axis="index")
        .format(escape="html", subset=shown, na_rep="–")
        .format("{:g}", subset=["value"], na_rep="–")
        .set_properties(**{"text-align": "left"})
    )
