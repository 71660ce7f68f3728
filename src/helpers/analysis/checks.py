"""The report checked against itself: do its own numbers agree, at the precision they are stated?

Every check recomputes one stated number from others the report gives and compares, with a
tolerance that comes from rounding alone: half a unit of the last digit written, carried through
the arithmetic. A failure therefore means the numbers cannot all be right as printed (or that the
extractor paired the wrong ones), not that they differ by a judgment call.

Checks (one row each, only where every input is stated):
- ratio_vs_parts: 存贷比80.19% against 贷款余额4390.98亿元 / 存款余额5475.45亿元 = 80.194 %.
- subgroup_pp_above_whole: a subgroup's stated growth against the whole's growth plus its
  "高X个百分点".
- plan_vs_last_level: this year's planned level against last year's level times the planned growth
  (民生支出338.42亿元, 增长7%, on 316.3亿元 in 2020: 338.44亿元).
- share_vs_total: a stated share against part / total.
- parts_within_total: investment by category must not add up to more than total investment
  (工业投资3487亿元 + 交通投资908.5亿元 <= 固定资产投资8852亿元).
- average_vs_levels: a stated average against the CAGR of the first and last levels stated, when
  both are on the same basis (a real average against nominal levels differs by the price change:
  see implied_deflator_pct in helpers.analysis.growth, not a consistency failure).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from helpers.analysis.growth import FigureIndex, compared_with, implied_growth, match_key, whole_of
from helpers.analysis.trust import usable
from helpers.extract.indicators import check_table, lookup

COLUMNS = ["check", "indicator", "inputs", "expected", "stated", "difference", "tolerance", "passed", "note"]


# ratio indicator, (numerator, denominator): all levels of the same year, in percent.
RATIOS = tuple((ratio, num, den) for ratio, (num, den) in check_table("ratio"))
# Disjoint categories of a total.
PARTS = check_table("parts")
AVERAGE_METHODS = ("level_pair", "level_change_abs", "level_change_pct")


def half_unit(number_text: str) -> float:
    """Half a unit of the last digit written: '80.19' -> 0.005, '3201' -> 0.5, '1.5' -> 0.05.

    Why: the tolerance of every check is the rounding the report itself applied.
    """
    digits = re.sub(r"[^\d.]", "", str(number_text).split("-")[0])
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 * 10.0**-decimals


def _err(f: pd.Series) -> float:
    """A figure's rounding in standard units (亿元 figures: half a unit times 1e8)."""
    scale = f["value_std"] / f["value"] if f["value"] else 1.0
    return half_unit(f["number_text"]) * abs(scale)


def _row(check, indicator, inputs, expected, stated, tolerance, note="", passed=None) -> dict:
    diff = stated - expected
    return dict(
        check=check,
        indicator=indicator,
        inputs="; ".join(f["figure_id"] for f in inputs),
        expected=expected,
        stated=stated,
        difference=diff,
        tolerance=tolerance,
        passed=bool(abs(diff) <= tolerance) if passed is None else passed,
        note=note,
    )


def _one_year_levels(figs: pd.DataFrame, targets: bool = False) -> pd.DataFrame:
    return figs[
        figs["measure"].isin(["level", "count"]) & (figs["is_target"] == targets) & (figs["period_start"] == figs["period_end"])
    ]


def _ratios(figs: pd.DataFrame) -> list[dict]:
    rows, levels = [], _one_year_levels(figs)
    by_indicator = FigureIndex(levels, by=("indicator", "period_end"))  # indexed once: linear in the report
    for ratio, num, den in RATIOS:
        for _, r in levels[levels["indicator"] == ratio].iterrows():
            n = by_indicator.first(by_indicator.rows(num, r["period_end"]))
            d = by_indicator.first(by_indicator.rows(den, r["period_end"]))
            if n is None or d is None or n["unit_std"] != d["unit_std"] or d["value_std"] <= 0:
                continue
            expected = n["value_std"] / d["value_std"] * 100
            tol = half_unit(r["number_text"]) + expected * (_err(n) / n["value_std"] + _err(d) / d["value_std"])
            rows.append(
                _row(
                    "ratio_vs_parts",
                    ratio,
                    [r, n, d],
                    expected,
                    r["value_std"],
                    tol,
                    f"{n['indicator_zh']} / {d['indicator_zh']} x 100",
                )
            )
    return rows


def _subgroups(figs: pd.DataFrame) -> list[dict]:
    rows = []
    growth = figs[(figs["measure"] == "growth_yoy") & ~figs["is_target"]]
    by_indicator, by_key = FigureIndex(growth, by=("indicator", "period_end")), FigureIndex(growth)
    for _, pp in figs[(figs["measure"] == "pp_change") & ~figs["is_target"]].iterrows():
        whole = whole_of(compared_with(pp))
        w = by_indicator.first(by_indicator.rows(whole, pp["period_end"])) if whole else None
        other = w["figure_id"] if w is not None else ""
        same = [i for i in by_key.rows(pp["key"], pp["period_end"]) if by_key.cols["figure_id"][i] != other]
        sub = by_key.first(same)
        if w is None or sub is None:
            continue
        tol = sum(half_unit(f["number_text"]) for f in (pp, w, sub))
        rows.append(
            _row(
                "subgroup_pp_above_whole",
                pp["indicator"],
                [sub, w, pp],
                w["value_std"] + pp["value_std"],
                sub["value_std"],
                tol,
                f"{w['indicator_zh']} growth + {pp['value']:g} pp",
            )
        )
    return rows


def _plans(figs: pd.DataFrame) -> list[dict]:
    rows = []
    planned, outcomes = _one_year_levels(figs, targets=True), _one_year_levels(figs)
    growth = FigureIndex(figs[(figs["measure"] == "growth_yoy") & figs["is_target"]])
    outcomes = FigureIndex(outcomes)
    for _, lvl in planned.iterrows():
        g = growth.first(growth.rows(lvl["key"], lvl["period_end"]))
        prev = outcomes.first(outcomes.rows(lvl["key"], lvl["period_end"] - 1), unit_std=lvl["unit_std"])
        if g is None or prev is None or lvl["unit_std"] == "%":
            continue
        factor = 1 + g["value_std"] / 100
        expected = prev["value_std"] * factor
        tol = prev["value_std"] * half_unit(g["number_text"]) / 100 + _err(lvl) + _err(prev) * factor
        rows.append(
            _row(
                "plan_vs_last_level",
                lvl["indicator"],
                [lvl, prev, g],
                expected,
                lvl["value_std"],
                tol,
                f"{prev['value']:g} x (1 + {g['value']:g} %)",
            )
        )
    return rows


def _shares(figs: pd.DataFrame) -> list[dict]:
    """占X的Y%: the part is the figure just before in the sentence, the total X's level that year."""
    rows = []
    levels = FigureIndex(
        figs[figs["measure"].isin(["level", "count", "cumulative"]) & ~figs["is_target"]], by=("sentence", "period_end")
    )
    totals = FigureIndex(_one_year_levels(figs), by=("indicator", "period_end"))
    for _, s in figs[(figs["measure"] == "share") & ~figs["is_target"]].iterrows():
        m = re.search(r"占([^，。；的]{2,20})", s["sentence"])
        total_id = lookup(m.group(1)) if m else "other"
        total = None if total_id == "other" else totals.first(totals.rows(total_id, s["period_end"]))
        if total is None:
            continue
        cols = levels.cols
        same = [
            i
            for i in levels.where(levels.rows(s["sentence"], s["period_end"]), unit_std=total["unit_std"])
            if cols["char_start"][i] < s["char_start"] and cols["figure_id"][i] != total["figure_id"]
        ]
        if not same or total["value_std"] <= 0:
            continue
        part = levels.figs.iloc[same[-1]]
        expected = part["value_std"] / total["value_std"] * 100
        tol = half_unit(s["number_text"]) + expected * (_err(part) / part["value_std"] + _err(total) / total["value_std"])
        rows.append(
            _row(
                "share_vs_total",
                s["indicator"],
                [s, part, total],
                expected,
                s["value_std"],
                tol,
                f"{part['indicator_zh']} / {total['indicator_zh']} x 100",
            )
        )
    return rows


def _parts(figs: pd.DataFrame) -> list[dict]:
    rows = []
    money = figs[figs["measure"].isin(["level", "cumulative"]) & (figs["unit_std"] == "CNY")]
    by_years = FigureIndex(money, by=("period_start", "period_end"))
    for total_id, part_ids in PARTS:
        for _, total in money[money["indicator"] == total_id].iterrows():
            near = by_years.figs.iloc[by_years.rows(total["period_start"], total["period_end"])]
            same = near[
                near["indicator"].isin(part_ids)
                & (near["period_start"] == total["period_start"])
                & (near["period_end"] == total["period_end"])
                & (near["measure"] == total["measure"])
                & (near["is_target"] == total["is_target"])
            ]
            parts = same.drop_duplicates("indicator")
            if not len(parts):
                continue
            stated = parts["value_std"].sum()
            tol = sum(_err(p) for _, p in parts.iterrows()) + _err(total)
            rows.append(
                _row(
                    "parts_within_total",
                    total_id,
                    [total, *[p for _, p in parts.iterrows()]],
                    total["value_std"],
                    stated,
                    tol,
                    f"{' + '.join(parts['indicator_zh'])} = {stated / total['value_std']:.1%} of the total; "
                    "expected is an upper bound",
                    passed=bool(stated <= total["value_std"] + tol),
                )
            )
    return rows


def _averages(figs: pd.DataFrame, implied: pd.DataFrame) -> list[dict]:
    rows = []
    by_id = figs.set_index("figure_id")
    ok = implied[(implied["status"] == "ok") & implied["method"].isin(AVERAGE_METHODS) & implied["stated_growth_pct"].notna()]
    for _, r in ok.iterrows():
        if r["basis"] != r["stated_basis"]:
            continue
        inputs = [by_id.loc[i].rename(i) for i in r["figure_ids"].split("; ")]
        stated = by_id.loc[r["stated_figure_id"]].rename(r["stated_figure_id"])
        for f in (*inputs, stated):
            f["figure_id"] = f.name
        rel = sum(_err(f) for f in inputs if f["unit_std"] != "%") / min(r["start_level"], r["end_level"])
        tol = half_unit(stated["number_text"]) + (1 + r["implied_cagr_pct"] / 100) * rel / r["years"] * 100
        note = f"CAGR of the levels ({r['method']}, {r['convention']})"
        note += "; comparable-sample caveat: " + r["caveats"] if r["caveats"] else ""
        rows.append(
            _row("average_vs_levels", r["indicator"], [*inputs, stated], r["implied_cagr_pct"], r["stated_growth_pct"], tol, note)
        )
    return rows


def consistency_checks(figures: pd.DataFrame, implied: pd.DataFrame | None = None) -> pd.DataFrame:
    """All checks on one report's figures (see the module docstring); one row per check made.

    Why: a researcher trusts a report's numbers more when they agree with each other, and learns
    where they do not. Jiangmen 2021: 存贷比80.19% against 4390.98 / 5475.45 = 80.194 % passes at a
    tolerance of 0.0051 pp. `implied` (helpers.analysis.growth.implied_growth) is computed when not given.
    """
    figs = usable(figures)
    figs = figs.assign(key=match_key(figs))
    implied = implied_growth(figures) if implied is None else implied
    rows = _ratios(figs) + _subgroups(figs) + _plans(figs) + _shares(figs) + _parts(figs) + _averages(figs, implied)
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["passed"] = table["passed"].astype(bool)
    for col in ("expected", "stated", "difference", "tolerance"):
        table[col] = table[col].astype(float)
    return table.replace([np.inf, -np.inf], np.nan)
