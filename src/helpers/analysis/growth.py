"""Implied growth: what growth the report's own figures imply, computed the way statisticians do.

A report rarely states every growth rate it implies. 地区生产总值3201亿元, 比2015年增加961亿元,
五年年均增长5.9% holds two growth rates, not one: the levels give a nominal (current-price) CAGR of
7.40 % a year, the statement gives a real (可比价, comparable-price) 5.9 %; the gap is the price
change, 1.42 % a year. This module derives such rates as pure functions on the figures table.

Conventions (see docs/methods.md):
- Rates are in percent, as the reports state them (5.9 means 5.9 %).
- The level method (水平法) is geometric: r = (end / start)^(1/n) - 1. It serves everything except
  fixed-asset investment.
- The cumulative method (累计法, 方程法) serves investment: the rate r solves
  sum_{t=1..n} base * (1+r)^t = total, the period's summed levels against the base level.
- Bad input (zero or negative base, missing years, a period of length 0) raises ValueError from
  the core functions; `implied_growth` turns it into a flagged row, never a silent NaN or inf.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from helpers.analysis.trust import usable
from helpers.extract.indicators import group, lookup
from helpers.extract.numbers import parse_number
from helpers.extract.sections import plan_years

CENSUS_YEARS = (2004, 2008, 2013, 2018, 2023)
# How the bureau publishes an indicator, from the `statistics` column of reference/indicators.csv:
# investment follows the cumulative method on a comparable sample of reporting units; 规上
# (above-designated-size) industry is published on a comparable sample of firms.
INVESTMENT = group("investment")
ABOVE_SCALE_INDUSTRY = group("above_scale")
LEVEL_MEASURES = ("level", "count")
LEVEL_METHOD = "水平法 level method"
CUMULATIVE_METHOD = "累计法 cumulative method"
PERIOD_TOTALS = "period totals (两个时期合计之比)"

COLUMNS = [
    "report_id",
    "method",
    "convention",
    "indicator",
    "indicator_zh",
    "basis",
    "start_year",
    "end_year",
    "years",
    "implied_cagr_pct",
    "cumulative_growth_pct",
    "start_level",
    "first_year_level",
    "end_level",
    "unit_std",
    "figure_ids",
    "stated_growth_pct",
    "stated_basis",
    "stated_figure_id",
    "gap_pp",
    "implied_deflator_pct",
    "caveats",
    "status",
    "note",
]


# ---------------------------------------------------------------------------------------------
# Core arithmetic: floats in, floats out, ValueError on input that has no answer.
# ---------------------------------------------------------------------------------------------


def _finite(name: str, x: float) -> float:
    if x is None or pd.isna(x) or not math.isfinite(float(x)):
        raise ValueError(f"{name} is missing or not finite ({x!r})")
    return float(x)


def _positive(name: str, x: float) -> float:
    x = _finite(name, x)
    if x <= 0:
        raise ValueError(f"{name} must be positive, got {x:g}")
    return x


def _period(years: float) -> float:
    years = _finite("years", years)
    if years <= 0:
        raise ValueError(f"period length must be positive, got {years:g} years")
    return years


def _whole_years(years: float) -> int:
    years = _period(years)
    if years != int(years):
        raise ValueError(f"a cumulative sum needs a whole number of years, got {years:g}")
    return int(years)


def _rate(rate: float) -> float:
    rate = _finite("rate", rate)
    if rate <= -100:
        raise ValueError(f"a growth rate must be above -100 %, got {rate:g} %")
    return rate


def cagr(start: float, end: float, years: float) -> float:
    """Compound annual growth rate in percent between two levels (the level method, 水平法).

    Why: the level method is the official average for everything but investment.
    Jiangmen GDP 2240亿元 (2015, = 3201 - 961) to 3201亿元 (2020): cagr(2240, 3201, 5) = 7.40.
    """
    start, end, years = _positive("start level", start), _positive("end level", end), _period(years)
    return ((end / start) ** (1.0 / years) - 1.0) * 100.0


def level_from_growth(level: float, rate: float, years: float) -> float:
    """The level `years` later at `rate` % a year; negative `years` goes back in time.

    Why: the inverse of `cagr`, used to project targets and to back out base levels.
    Jiangmen GDP 3201亿元 in 2020 at the 2021 target of 6 %: level_from_growth(3201, 6, 1) = 3393.06;
    back five years at the stated 5.9 %: level_from_growth(3201, 5.9, -5) = 2403.29.
    """
    level, rate = _positive("level", level), _rate(rate)
    years = _finite("years", years)
    if years == 0:
        raise ValueError("period length must be non-zero")
    return level * (1.0 + rate / 100.0) ** years


def growth_over_period(rate: float, years: float) -> float:
    """Cumulative growth in percent over `years` at `rate` % a year.

    Why: 年均增长5.9% over five years means the level grew by a third, which readers compare with
    other reports' 比…增长 figures. growth_over_period(5.9, 5) = 33.19.
    """
    return ((1.0 + _rate(rate) / 100.0) ** _period(years) - 1.0) * 100.0


def multiple_to_cagr(multiple: float, years: float) -> float:
    """Average growth in percent implied by 是…的N倍 over `years` years.

    Why: 是"十二五"期末的9倍 is end / base = 9 over 2015-2020; 是"十二五"时期的近3倍 compares two
    five-year totals, and for a level growing at a constant rate the ratio of consecutive n-year
    totals is (1+r)^n, so the same formula applies with n = 5, the distance between the periods.
    Jiangmen high-tech enterprises: multiple_to_cagr(9, 5) = 55.18.
    """
    return cagr(1.0, _positive("multiple", multiple), years)


def annual_path(base: float, rate: float, years: int) -> np.ndarray:
    """Levels in years 1..n growing from `base` (year 0) at `rate` % a year.

    Why: the cumulative method reads a five-year total as the sum of such a path.
    Jiangmen FAI 2015 base 1265.81亿元 at 11.4 %: first year 1410.11, last 2171.67.
    """
    base, rate, n = _positive("base level", base), _rate(rate), _whole_years(years)
    return base * (1.0 + rate / 100.0) ** np.arange(1, n + 1)


def cumulative_sum(base: float, rate: float, years: int) -> float:
    """sum_{t=1..n} base * (1+r)^t: the period total of a constant-growth path.

    Why: the left-hand side of the cumulative method's equation. cumulative_sum(1265.81, 11.4, 5) = 8852.
    """
    return float(annual_path(base, rate, years).sum())


def base_from_cumulative(total: float, rate: float, years: int) -> float:
    """The base-year level whose constant-growth path sums to `total` over `years` years.

    Why: 五年累计完成8852亿元, 年均增长11.4% (累计法) fixes the 2015 level, which the report does not
    state: base_from_cumulative(8852, 11.4, 5) = 1265.81亿元.
    """
    total = _positive("cumulative total", total)
    return total / cumulative_sum(1.0, rate, years)


def _solve(f: Callable[[float], float], what: str) -> float:
    """Root of an increasing f on (-100 %, ...): bracket from just above -100 % upwards."""
    lo, hi = -99.999999, 100.0
    while f(hi) < 0:
        hi *= 2
        if hi > 1e7:
            raise ValueError(f"no growth rate below {hi:g} % reaches the {what}")
    if f(lo) > 0:
        raise ValueError(f"even a decline of almost 100 % a year exceeds the {what}")
    from scipy.optimize import brentq  # here, not at the top: the runner and the command line read this module too

    return float(brentq(f, lo, hi, xtol=1e-12, rtol=1e-14, maxiter=500))


def solve_cumulative_rate(base: float, total: float, years: int) -> float:
    """The constant rate r (percent) with sum_{t=1..n} base * (1+r)^t = total (累计法, brentq).

    Why: this is both the official average growth of investment and the growth a cumulative target
    requires from the last year's level. Jiangmen: FAI of 2171.67亿元 in 2020 (derived) and 力争
    "十四五"时期全社会固定资产投资达1.5万亿元: solve_cumulative_rate(2171.67, 15000, 5) = 10.97.
    """
    base, total, n = _positive("base level", base), _positive("cumulative total", total), _whole_years(years)
    return _solve(lambda r: base * cumulative_sum(1.0, r, n) - total, "cumulative total")


def solve_rate_from_last(last: float, total: float, years: int) -> float:
    """The constant rate r (percent) of a path ending at `last` (year n) that sums to `total`.

    Why: a review often gives the five-year total and the last year's level but no average.
    Jiangmen transport investment: 908.5亿元 over 2016-2020 and 220亿元 in 2020:
    solve_rate_from_last(220, 908.5, 5) = 10.59.
    """
    last, total, n = _positive("last level", last), _positive("cumulative total", total), _whole_years(years)
    if n < 2:
        raise ValueError("a one-year total is its last level: it implies no growth rate")
    if total <= last:
        raise ValueError(f"the total {total:g} must exceed the last year's level {last:g} (earlier years add to it)")
    # total - last * sum_{k=0..n-1} (1+r)^-k increases in r.
    return _solve(lambda r: total - last * float(((1 + r / 100.0) ** -np.arange(n)).sum()), "cumulative total")


def path_with_stated_last(total: float, average: float, last: float, years: int) -> np.ndarray:
    """Levels in years 1..n summing to `total`, at `average` % a year over the n years, `last` % in year n.

    Why: the cumulative method's constant path ignores what a report states about the final year.
    Jiangmen FAI: 五年累计完成8852亿元, 年均增长11.4%, and 2020 增长6.9%. Keeping the stated average
    ((1+g)^4 * 1.069 = 1.114^5) the years 2016-2019 grew 12.55 % a year, and the 2020 level is
    2127.36亿元, not the constant path's 2171.67亿元: a cumulative target solved from it asks more.
    Still modelled (one constant rate for the earlier years), but consistent with every stated number.
    """
    total, n = _positive("cumulative total", total), _whole_years(years)
    avg, fin = _rate(average) / 100.0, _rate(last) / 100.0
    if n < 2:
        raise ValueError("a one-year path has no earlier years to model")
    early = ((1 + avg) ** n / (1 + fin)) ** (1 / (n - 1))
    shape = np.append(early ** np.arange(1, n), (1 + avg) ** n)
    return total / shape.sum() * shape


def implied_deflator(nominal: float, real: float) -> float:
    """Average annual price change in percent: (1 + nominal) / (1 + real) - 1.

    Why: levels are at current prices, growth at comparable prices; their ratio is the deflator.
    Jiangmen GDP 2015-2020: implied_deflator(7.40, 5.9) = 1.42.
    """
    return ((1.0 + _rate(nominal) / 100.0) / (1.0 + _rate(real) / 100.0) - 1.0) * 100.0


# ---------------------------------------------------------------------------------------------
# The implied-growth table
# ---------------------------------------------------------------------------------------------


def match_key(figures: pd.DataFrame) -> pd.Series:
    """What makes two figures the same quantity: the indicator id, or the subject's words for 'other'.

    Why: 省级工程技术研究中心397家 and 是"十二五"期末的4倍 share no dictionary id but the same subject.
    """
    return figures["indicator"].where(figures["indicator"] != "other", "other:" + figures["indicator_zh"].astype(str))


def base_of(figure: pd.Series) -> tuple[str, int, int]:
    """What a change, multiple or average is measured against: ('year', y, y) or ('period', y0, y1).

    Why: 比2015年 and 比"十二五"期末 are the level at the end of 2015; 比"十二五" and 是"十二五"时期的N倍
    compare with the whole 2011-2015 total; 五年前 (five years ago) in a 2022 review is 2017.
    Without a stated base, an average over 2016-2020 starts
    from 2015 and a year-on-year growth from the previous year; a multiple without one has no years to spread over.

    >>> base_of(pd.Series({"base_period": "2020", "period_start": 2025, "measure": "multiple"}))
    ('year', 2020, 2020)
    >>> base_of(pd.Series({"base_period": None, "period_start": 2025, "period_end": 2025, "measure": "multiple"}))
    Traceback (most recent call last):
    ...
    ValueError: the multiple names no base: over how many years it was reached is not stated
    """
    text = figure["base_period"]
    if isinstance(text, str) and text:
        if re.fullmatch(r"\d{4}", text):
            return "year", int(text), int(text)
        span = plan_years(text)
        if span:
            return ("year", span[1], span[1]) if "末" in text else ("period", *span)
        if text in ("前五年", "上一个五年") and not pd.isna(figure["period_start"]):
            # 比前五年增长1.26倍: against the total of the five years before the period
            first = int(figure["period_start"])
            return "period", first - 5, first - 1
        ago = re.fullmatch(r"([一二两三四五六七八九十\d]+)年前", text)
        if (text == "上年" or ago) and not pd.isna(figure["period_end"]):
            back = 1 if text == "上年" else int(parse_number(ago.group(1)))
            return "year", int(figure["period_end"]) - back, int(figure["period_end"]) - back
        raise ValueError(f"base period {text!r} is not a year or a plan period")
    if pd.isna(figure["period_start"]):
        raise ValueError("no base period and no period start: the years are missing")
    if figure.get("measure") == "multiple" and figure.get("period_end") == figure["period_start"]:
        # 高新技术企业数量实现倍增, 集成电路晶圆产能翻番 in a review: a multiple stands at the end of its period (gold
        # conventions) and says nothing of when it started; a base of the year before would make a doubling 100 % a year
        # (a span written with it, 十年来…翻一番 dated 2013-2022, is its years)
        raise ValueError("the multiple names no base: over how many years it was reached is not stated")
    year = int(figure["period_start"]) - 1
    return "year", year, year


def _years(figure: pd.Series) -> tuple[int, int]:
    if pd.isna(figure["period_start"]) or pd.isna(figure["period_end"]):
        raise ValueError(f"figure {figure['figure_id']} has no period: the years are missing")
    return int(figure["period_start"]), int(figure["period_end"])


def _prepare(figures: pd.DataFrame) -> pd.DataFrame:
    figs = usable(figures).copy()
    figs["key"] = match_key(figs)
    return figs


def _levels(figs: pd.DataFrame) -> pd.DataFrame:
    """Outcome levels and counts that can grow: not targets, not rates in percent."""
    return figs[figs["measure"].isin(LEVEL_MEASURES) & ~figs["is_target"] & (figs["unit_std"] != "%")]


class FigureIndex:
    """Figures found by a pair of columns (the key and the end year, by default), indexed once.

    Why: every change, total, average and result row looks up the figures of its own quantity;
    filtering the whole table for each made implied growth quadratic in the report's length (about
    2.3 s per MB: a 50 MB dump ran past the notebook's cell timeout). Here a lookup is a dictionary
    access, then a pass over that quantity's few rows (positions in the table's own order), in plain
    Python: a pandas filter costs a millisecond however small the table.

    >>> t = pd.DataFrame({"key": ["gdp", "gdp", "pop"], "period_end": [2020, 2015, 2020], "value": [1, 2, 3]})
    >>> ix = FigureIndex(t)
    >>> ix.rows("gdp", 2020), ix.rows("gdp"), int(ix.first(ix.rows("gdp"), value=2)["period_end"]), ix.rows("x", 1)
    ([0], [0, 1], 2015, [])
    >>> years = FigureIndex(t.astype({"period_end": "Int64"}).assign(period_start=pd.array([2016, None, 2020], dtype="Int64")))
    >>> years.where(years.rows("gdp"), period_start=2016), years.where(years.rows("gdp"), period_start=pd.NA)
    ([0], [])
    """

    def __init__(self, figs: pd.DataFrame, by: tuple[str, str] = ("key", "period_end")):
        self.figs = figs
        # pd.NA (a missing Int64 year) becomes None: equal to nothing, as in a pandas filter
        self.cols = {c: [None if v is pd.NA else v for v in figs[c].tolist()] for c in figs.columns}
        self.pairs: dict = {}
        self.singles: dict = {}
        for i, (a, b) in enumerate(zip(self.cols[by[0]], self.cols[by[1]])):
            if pd.isna(a):  # a missing key or year matches nothing, as `==` on it does not
                continue
            self.singles.setdefault(a, []).append(i)
            if not pd.isna(b):
                self.pairs.setdefault((a, b), []).append(i)

    def rows(self, first, second=None) -> list[int]:
        """Positions whose first column is `first` (and second is `second`, unless None)."""
        if second is None:
            return self.singles.get(first, [])
        return [] if pd.isna(second) else self.pairs.get((first, second), [])

    def where(self, rows: list[int], **equal) -> list[int]:
        """Those of `rows` whose columns equal the given values (a missing value equals nothing)."""
        if any(pd.isna(v) for v in equal.values()):
            return []
        return [i for i in rows if all(self.cols[c][i] == v for c, v in equal.items())]

    def first(self, rows: list[int], **equal) -> pd.Series | None:
        """The first of `rows` (with those column values), as the table's row; None without one."""
        hit = self.where(rows, **equal)
        return self.figs.iloc[hit[0]] if hit else None


def _partner(
    figure: pd.Series, candidates: FigureIndex, year: int | None, unit: str | None = None, anywhere: bool = False
) -> pd.Series | None:
    """The figure of the same quantity `figure` talks about: same sentence first, then same section.

    Why: 市场主体累计达57.57万户…比"十二五"期末增长126.8% pairs a count and a change in one sentence;
    the same subject counted elsewhere (新登记市场主体10.27万户, a flow) must not be picked instead.
    `anywhere` also accepts other sections, for a last year's level stated in last year's review
    (完成工业投资645亿元) beside a five-year total (累计完成工业投资3487亿元).
    """
    c = candidates.rows(figure["key"], year)
    if unit is not None:
        c = candidates.where(c, unit_std=unit)
    start = candidates.cols["char_start"]
    for same in ("sentence", "section") + (("report_id",) if anywhere else ()):
        near = candidates.where(c, **{same: figure[same]})
        if near:
            before = [i for i in near if start[i] < figure["char_start"]]
            return candidates.figs.iloc[before[-1] if before else near[0]]
    return None


def _fail(exc: ValueError) -> dict:
    """A computation known in advance to have no answer (raised inside `_row`, which flags it)."""
    raise exc


def _row(method: str, convention: str, inputs: list[pd.Series], compute: Callable[[], dict], note: str) -> dict:
    """One table row: the inputs' identity plus what `compute` returns, or a flag saying why not."""
    lead = inputs[0]
    row = {c: np.nan for c in COLUMNS}
    row.update(
        report_id=lead["report_id"],
        key=lead["key"],
        method=method,
        convention=convention,
        indicator=lead["indicator"],
        indicator_zh=lead["indicator_zh"],
        basis=lead["basis"],
        figure_ids="; ".join(f["figure_id"] for f in inputs),
        note=note,
        status="ok",
        preliminary=any(bool(f["preliminary"]) for f in inputs),
        qualified=[f"{f['figure_id']} {f['qualifier']}" for f in inputs if isinstance(f["qualifier"], str)],
    )
    try:
        row.update(compute())
    except ValueError as exc:
        row["status"] = f"flagged: {exc}"
    return row


def _level_pairs(figs: pd.DataFrame) -> list[dict]:
    rows = []
    levels = _levels(figs).dropna(subset=["period_end"])
    # Each quantity's earliest and latest level, from one sort of the whole table: a sort per
    # quantity cost a millisecond each (a third of a second per report). A sort on two columns is
    # stable, so ties keep the table's order, as they did in each quantity's own sort.
    ordered = levels.sort_values(["period_end", "char_start"])
    ends: dict = {}
    for i, quantity in enumerate(zip(ordered["key"].tolist(), ordered["unit_std"].tolist())):
        if not (pd.isna(quantity[0]) or pd.isna(quantity[1])):  # as groupby, which leaves out a missing key
            ends.setdefault(quantity, [i, i])[1] = i
    quantities = dict.fromkeys(zip(levels["key"].tolist(), levels["unit_std"].tolist()))  # in the table's order
    years = ordered["period_end"].tolist()
    for key, unit in (q for q in quantities if q in ends):
        a, b = ends[key, unit]
        if years[a] == years[b]:
            continue
        first, last = ordered.iloc[a], ordered.iloc[b]
        y0, y1 = int(first["period_end"]), int(last["period_end"])
        rows.append(
            _row(
                "level_pair",
                LEVEL_METHOD,
                [last, first],
                lambda f=first, e=last, y0=y0, y1=y1, unit=unit: dict(
                    start_year=y0,
                    end_year=y1,
                    years=y1 - y0,
                    start_level=f["value_std"],
                    end_level=e["value_std"],
                    unit_std=unit,
                    implied_cagr_pct=cagr(f["value_std"], e["value_std"], y1 - y0),
                ),
                f"({last['value']:g} / {first['value']:g})^(1/{y1 - y0}) - 1",
            )
        )
    return rows


CHANGE_METHODS = {
    "change_abs": "level_change_abs",
    "change_pct": "level_change_pct",
    "multiple": "multiple",
    "change_multiple": "change_multiple",
}


def _changes(figs: pd.DataFrame) -> list[dict]:
    """Absolute changes, percent changes and multiples: each with the level it qualifies if stated."""
    rows = []
    levels = FigureIndex(_levels(figs))
    cumulatives = FigureIndex(figs[(figs["measure"] == "cumulative") & ~figs["is_target"]])
    changes = figs[figs["measure"].isin(list(CHANGE_METHODS)) & ~figs["is_target"]]
    for _, ch in changes.iterrows():
        try:
            kind, b0, b1 = base_of(ch)
            end_year = _years(ch)[1]
        except ValueError as exc:
            rows.append(_row(CHANGE_METHODS[ch["measure"]], LEVEL_METHOD, [ch], lambda e=exc: _fail(e), ""))
            continue
        if kind == "period":
            rows.append(_period_total_row(ch, b0, b1, cumulatives))
            continue
        years = end_year - b1
        unit = ch["unit_std"] if ch["measure"] == "change_abs" else None
        level = _partner(ch, levels, end_year, unit)
        total = level if level is not None else _partner(ch, cumulatives, end_year, unit)
        unwritten = not (isinstance(ch["base_period"], str) and ch["base_period"])
        if unwritten and total is not None and _spans_years(total) and ch["measure"] != "change_abs":
            # 累计接待游客17.52亿人次、旅游花费1.27万亿元，分别增长32.9%、41.6%: a total over the plan grown against the
            # last plan's total, not a level grown since the year before the plan (it gave a false "2020 level")
            start, end = _years(total)
            n = end - start + 1
            rows.append(_period_total_row(ch, start - n, start - 1, FigureIndex(total.to_frame().T)))
            continue
        inputs = [level, ch] if level is not None else [ch]
        ratio, start_text = _ratio(ch, level)
        method = CHANGE_METHODS[ch["measure"]]

        def compute(ch=ch, level=level, ratio=ratio, years=years, b1=b1, end_year=end_year):
            out = dict(
                start_year=b1,
                end_year=end_year,
                years=years,
                implied_cagr_pct=cagr(1.0, ratio(), years),
                cumulative_growth_pct=(ratio() - 1) * 100,
            )
            if level is not None:
                out.update(end_level=level["value_std"], unit_std=level["unit_std"], basis=_rate_basis(ch, level))
                if not (ch["measure"] != "change_abs" and ch["basis"] == "real" and level["basis"] == "nominal"):
                    # a real change (at comparable prices) divides no level at current prices: 13697.5亿元 / 1.336 is
                    # no 2020 level (the report states 9323.1); the rate stays, the start level is left out
                    out["start_level"] = level["value_std"] / ratio()
            return out

        rows.append(_row(method, LEVEL_METHOD, inputs, compute, start_text))
    return rows


def _spans_years(figure: pd.Series) -> bool:
    """Is the figure a total over several years (累计, a plan's total), not a level at one year's end?"""
    start, end = figure["period_start"], figure["period_end"]
    return not (pd.isna(start) or pd.isna(end)) and int(start) < int(end)


def _rate_basis(change: pd.Series, level: pd.Series) -> str:
    """Real or nominal: a rate from two levels is nominal; from a stated change, it has the change's basis.

    2008 national: GDP 24.66万亿元 (current prices) and 比2002年增长65.5% (comparable prices): the rate
    1.655^(1/5) - 1 = 10.6 % is real like the change, not nominal, so it is no evidence of a deflator.
    """
    if change["measure"] in ("change_pct", "multiple", "change_multiple") and change["basis"] in ("real", "nominal"):
        return change["basis"]
    return level["basis"]


def _ratio(ch: pd.Series, level: pd.Series | None) -> tuple[Callable[[], float], str]:
    """end / start for a change or multiple, and the formula in words for the note."""
    v = ch["value_std"]
    if ch["measure"] == "multiple" and ch["unit_std"] == "%":
        # 恢复至2019年的105.4%: a multiple written in percent of the base's level (ratio_to_year), so end / base = 1.054
        return (lambda: _positive("multiple", v) / 100), f"end / base = {ch['value']:g} %"
    if ch["measure"] == "multiple":
        return (lambda: _positive("multiple", v)), f"end / base = {ch['value']:g}"
    if ch["measure"] == "change_multiple":
        # 增长1.71倍: grew by 1.71 times the base, so end / base = 2.71
        return (lambda: 1 + _positive("multiple", v)), f"end / base = 1 + {ch['value']:g} (增长N倍 is N times more)"
    if ch["measure"] == "change_pct":
        return (lambda: 1 + _rate(v) / 100), f"end / base = 1 + {ch['value']:g} %"
    if level is None:
        return (lambda: _fail(ValueError("an absolute change needs the level it ends at"))), ""
    end = level["value_std"]
    return (lambda: _positive("end level", end) / _positive("start level (level - change)", end - v)), (
        f"base = {level['value']:g} - {ch['value']:g} = {level['value'] - ch['value']:g}"
    )


def _period_total_row(ch, b0, b1, cumulatives) -> dict:
    """是"十二五"时期的近3倍 / 比"十二五"下降29.1%: this plan period's total against the last one's."""
    n = b1 - b0 + 1
    total = _partner(ch, cumulatives, None)
    total = total if total is not None and total["period_start"] == b1 + 1 else None
    ratio = {"multiple": ch["value_std"], "change_multiple": 1 + ch["value_std"]}.get(ch["measure"], 1 + ch["value_std"] / 100)

    def compute():
        out = dict(
            start_year=b1,
            end_year=b1 + n,
            years=n,
            implied_cagr_pct=multiple_to_cagr(ratio, n),
            cumulative_growth_pct=(ratio - 1) * 100,
        )
        if total is not None:
            out.update(
                end_level=total["value_std"],
                start_level=total["value_std"] / ratio,
                unit_std=total["unit_std"],
                basis=total["basis"],
            )
        return out

    inputs = [total, ch] if total is not None else [ch]
    note = (
        f"total {b1 + 1}-{b1 + n} / total {b0}-{b1} = {ratio:g}; a constant-growth level grows (1+r)^{n} "
        "between them; start/end levels are the two period totals"
    )
    return _row("period_total_multiple", PERIOD_TOTALS, inputs, compute, note)


def _cumulatives(figs: pd.DataFrame) -> list[dict]:
    """Five-year totals with a stated average (path and levels) or with the last year's level (rate)."""
    rows = []
    cum = figs[(figs["measure"] == "cumulative") & ~figs["is_target"]]
    avgs = FigureIndex(figs[(figs["measure"] == "growth_avg") & ~figs["is_target"]])
    levels = FigureIndex(_levels(figs))
    for _, c in cum.iterrows():
        convention = CUMULATIVE_METHOD if c["indicator"] in INVESTMENT else LEVEL_METHOD
        g = avgs.first(avgs.rows(c["key"], c["period_end"]), period_start=c["period_start"])
        if g is not None:

            def path(c=c, g=g):
                s, e = _years(c)
                p = annual_path(base_from_cumulative(c["value_std"], g["value_std"], e - s + 1), g["value_std"], e - s + 1)
                return dict(
                    start_year=s - 1,
                    end_year=e,
                    years=e - s + 1,
                    implied_cagr_pct=g["value_std"],
                    cumulative_growth_pct=growth_over_period(g["value_std"], e - s + 1),
                    start_level=p[0] / (1 + g["value_std"] / 100),
                    first_year_level=p[0],
                    end_level=p[-1],
                    unit_std=c["unit_std"],
                )

            note = f"base = {c['value']:g}{_written_unit(c)} / sum_(t=1..n) (1+{g['value']:g}%)^t; levels assume constant growth"
            rows.append(_row("cumulative_path", convention, [c, g], path, note))
        if pd.isna(c["period_end"]):
            continue
        last = _partner(c, levels, int(c["period_end"]), c["unit_std"], anywhere=True)
        if last is None:
            continue

        def from_last(c=c, last=last):
            s, e = _years(c)
            r = solve_rate_from_last(last["value_std"], c["value_std"], e - s + 1)
            return dict(
                start_year=s - 1,
                end_year=e,
                years=e - s + 1,
                implied_cagr_pct=r,
                cumulative_growth_pct=growth_over_period(r, e - s + 1),
                start_level=level_from_growth(last["value_std"], r, -(e - s + 1)),
                first_year_level=level_from_growth(last["value_std"], r, -(e - s)) if e > s else last["value_std"],
                end_level=last["value_std"],
                unit_std=c["unit_std"],
            )

        # each number with its unit as written (3507.6亿元 and 1.6万亿元 in one equation read as 3507.6 = 1.6 otherwise)
        note = f"r solves {last['value']:g}{_written_unit(last)} * sum_(k=0..n-1) (1+r)^-k = {c['value']:g}{_written_unit(c)}"
        rows.append(_row("cumulative_last_level", convention, [c, last], from_last, note))
    return rows


def _written_unit(figure: pd.Series) -> str:
    """The unit as the report writes it, '' when none (a note's numbers are the written ones).

    >>> _written_unit(pd.Series({"unit": "万亿元"})), _written_unit(pd.Series({"unit": None}))
    ('万亿元', '')
    """
    unit = figure.get("unit")
    return unit if isinstance(unit, str) else ""


def _averages(figs: pd.DataFrame) -> list[dict]:
    """Stated averages -> growth over the whole period and, with the end level, the start level."""
    rows = []
    levels = FigureIndex(_levels(figs))
    for _, g in figs[(figs["measure"] == "growth_avg") & ~figs["is_target"]].iterrows():
        convention = CUMULATIVE_METHOD if g["indicator"] in INVESTMENT else LEVEL_METHOD
        level = None if pd.isna(g["period_end"]) else _partner(g, levels, int(g["period_end"]))

        def compute(g=g, level=level):
            s, e = _years(g)
            n = e - s + 1
            out = dict(
                start_year=s - 1,
                end_year=e,
                years=n,
                implied_cagr_pct=_rate(g["value_std"]),
                cumulative_growth_pct=growth_over_period(g["value_std"], n),
            )
            if level is not None:
                out.update(
                    end_level=level["value_std"],
                    start_level=level_from_growth(level["value_std"], g["value_std"], -n),
                    unit_std=level["unit_std"],
                )
            return out

        inputs = [g, level] if level is not None else [g]
        note = "(1+g)^n - 1" + (f"; start = {level['value']:g} / (1+g)^n" if level is not None else "; no end level stated")
        if level is not None and g["basis"] == "real" and level["basis"] == "nominal":
            note += " (real growth on a nominal level: start level at end-year prices)"
        rows.append(_row("average_to_cumulative", convention, inputs, compute, note))
    return rows


WHOLE_WORDS = (("工业", "industrial_value_added"), ("经济", "gdp"), ("服务业", "services_value_added"))


def whole_of(base_text: str) -> str | None:
    """The indicator a 'X个百分点 above' compares with: 工业整体水平 -> industrial_value_added."""
    if not isinstance(base_text, str):
        return None
    found = lookup(base_text)
    if found != "other":
        return found
    return next((ind for word, ind in WHOLE_WORDS if word in base_text), None)


_COMPARED_WITH = re.compile(r"比([^，,；;。比]{2,12}?)(?:分别)?(?:高|低|快|慢)")


def compared_with(row: pd.Series) -> str | None:
    """What a percentage-point comparison is made with: the base period when it names one, else the quantity written
    after 比 in the row's sentence, which the figures table leaves out of base_period (the column holds times:
    tests/data/gold/CONVENTIONS.md, session 12 item 2).

    >>> compared_with(pd.Series({"base_period": None, "sentence": "高技术产业、先进制造业增速分别比工业整体水平高9.3、0.6个百分点。"}))
    '工业整体水平'
    """
    if isinstance(row.get("base_period"), str) and row["base_period"]:
        return row["base_period"]
    found = _COMPARED_WITH.search(row.get("sentence") or "")
    return found.group(1) if found else None


def _pp_above_whole(figs: pd.DataFrame) -> list[dict]:
    """高技术产业增速比工业整体水平高9.3个百分点 with 规上工业增加值增长2.3%: high-tech grew 11.6 %."""
    rows = []
    growth = FigureIndex(figs[(figs["measure"] == "growth_yoy") & ~figs["is_target"]], by=("indicator", "period_end"))
    for _, pp in figs[(figs["measure"] == "pp_change") & ~figs["is_target"]].iterrows():
        whole = whole_of(compared_with(pp))
        if whole is None:
            continue
        w = growth.first(growth.rows(whole, pp["period_end"]))
        if w is None:
            continue

        def compute(pp=pp, w=w):
            s, e = _years(pp)
            return dict(
                start_year=s - 1,
                end_year=e,
                years=e - s + 1,
                implied_cagr_pct=_rate(w["value_std"] + pp["value_std"]),
                basis=w["basis"],
            )

        rows.append(
            _row("pp_above_whole", LEVEL_METHOD, [pp, w], compute, f"{w['value']:g} % ({w['indicator_zh']}) + {pp['value']:g} pp")
        )
    return rows


def _attach_stated(row: dict, rates: FigureIndex) -> dict:
    """Add the growth the report states for the same quantity and years, the gap and the deflator."""
    if row["status"] != "ok" or row["method"] == "pp_above_whole":
        return row
    same = rates.rows(row["key"], row["end_year"])
    if row["years"] == 1:
        s = rates.first(same, measure="growth_yoy")
    else:
        s = rates.first(same, measure="growth_avg", period_start=row["start_year"] + 1)
    if s is None:
        return row
    row.update(
        stated_growth_pct=s["value_std"],
        stated_basis=s["basis"],
        stated_figure_id=s["figure_id"],
        gap_pp=row["implied_cagr_pct"] - s["value_std"],
    )
    if row["basis"] == "nominal" and s["basis"] == "real":
        row["implied_deflator_pct"] = implied_deflator(row["implied_cagr_pct"], s["value_std"])
    return row


def caveats(indicator: str, indicator_zh: str, start_year, end_year, preliminary: bool, qualified: list[str]) -> str:
    """Why a naive reading of a row may mislead, in words; '' when nothing applies.

    Jiangmen GDP 2015-2020 gets the census caveat: the 2018 economic census revised levels upward
    without revising the growth rates, so a level-based CAGR across 2018 is biased.
    """
    notes = []
    if not pd.isna(start_year) and not pd.isna(end_year):
        crossed = [y for y in CENSUS_YEARS if start_year < y <= end_year]
        if crossed:
            notes.append(
                f"crosses economic census {', '.join(map(str, crossed))}: the bureau revises levels and past growth "
                "rates after a census, so levels of different vintages do not compare"
            )
    if indicator in INVESTMENT:
        notes.append("investment growth is published on a comparable sample: level ratios differ from it")
    if indicator in ABOVE_SCALE_INDUSTRY or any(w in str(indicator_zh) for w in ("规上", "规模以上")):
        notes.append("规上 industry growth is published on a comparable sample of firms")
    if preliminary:
        notes.append("preliminary (预计) figure: later statistics revise it")
    if qualified:
        notes.append("approximate input: " + ", ".join(qualified))
    return "; ".join(notes)


def implied_growth(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per computation of implied growth from a figures table (see module docstring).

    Methods: level_pair, level_change_abs, level_change_pct, multiple, period_total_multiple,
    cumulative_path, cumulative_last_level, average_to_cumulative, pp_above_whole. Each row names
    its averaging convention, the figure_ids it used, the stated growth for the same quantity and
    years with its basis, the gap in pp, the implied deflator where a nominal rate meets a real
    one, and caveats. A computation without an answer is kept with status 'flagged: <why>'.

    Jiangmen 2021: level_change_abs for GDP gives 7.40 % (2240 -> 3201亿元, 2015-2020) against a
    stated real 5.9 %, a gap of 1.50 pp and an implied deflator of 1.42 % a year.
    """
    figs = _prepare(figures)
    rows = _level_pairs(figs) + _changes(figs) + _cumulatives(figs) + _averages(figs) + _pp_above_whole(figs)
    rates = FigureIndex(figs[figs["measure"].isin(["growth_avg", "growth_yoy"]) & ~figs["is_target"]])
    rows = [_attach_stated(r, rates) for r in rows]
    table = pd.DataFrame(rows, columns=[*COLUMNS, "preliminary", "qualified"])
    table["caveats"] = [
        caveats(r.indicator, r.indicator_zh, r.start_year, r.end_year, r.preliminary, r.qualified) for r in table.itertuples()
    ]
    table = table[COLUMNS]
    for col in ("start_year", "end_year"):
        table[col] = table[col].astype("Int64")
    return table.reset_index(drop=True)
