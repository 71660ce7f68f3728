"""Targets against history: does this year's (or this plan's) target ask for faster growth?

A researcher reads 地区生产总值增长6%以上 against what the same report says about the past: the
five-year average (年均增长5.9%) and last year (增长2.2%). Cumulative targets (力争"十四五"时期全社会
固定资产投资达1.5万亿元) and level targets (高新技术企业存量达1900家) state no rate at all: the rate
they require has to be solved for from last year's level. Qualitative targets (外贸进出口总额保持正
增长; 居民收入增长与经济增长基本同步) carry no number, so the figures table does not hold them;
`qualitative_targets` finds them in the text and gives each a machine-readable bound.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from helpers.analysis.growth import (
    cagr,
    implied_growth,
    level_from_growth,
    match_key,
    path_with_stated_last,
    solve_cumulative_rate,
)
from helpers.analysis.trust import usable
from helpers.extract.indicators import describe, lookup
from helpers.extract.sections import ReportCalendar, find_sections
from helpers.extract.subjects import lexicon
from helpers.extract.text import normalise

VERDICT_THRESHOLD_PP = 0.5
# Which implied-growth methods stand in for an unstated five-year average, best first.
HISTORY_METHODS = (
    "cumulative_last_level",
    "level_change_abs",
    "level_pair",
    "level_change_pct",
    "multiple",
    "change_multiple",
    "period_total_multiple",
)
COLUMNS = [
    "report_id",
    "figure_id",
    "section",
    "target_kind",
    "indicator",
    "indicator_zh",
    "basis",
    "period_start",
    "period_end",
    "target_value",
    "target_value_high",
    "unit_std",
    "qualifier",
    "bound",
    "target_text",
    "history_5y_pct",
    "history_5y_source",
    "last_year_pct",
    "last_year_source",
    "last_level",
    "last_level_year",
    "last_level_source",
    "required_growth_pct",
    "required_rest_pct",
    "first_year_planned_level",
    "first_year_planned_source",
    "last_level_constant_path",
    "required_growth_constant_path_pct",
    "verdict_constant_path",
    "required_change_pp",
    "gap_to_5y_pp",
    "gap_to_last_pp",
    "implied_end_level",
    "implied_end_year",
    "verdict",
    "verdict_against",
    "verdict_threshold_pp",
    "note",
]
_BOUND = {"at_least": ">=", "at_most": "<=", "about": "≈", "over": ">", "more_than": ">", "nearly": "< (near)"}

# (pattern, relation, bound, numeric floor): the wordings of targets without a number.
QUALITATIVE = (
    (re.compile(r"(保持|实现)正增长"), "positive", "> 0", 0.0),
    (re.compile(r"与(?P<other>[^，。；、]{1,12}?)(基本)?同步"), "in_step_with", "≈ growth of {other}", np.nan),
    (
        re.compile(r"(跑赢|高于|快于|超过)(?P<other>(全国|全省|全区|全市)(、(全国|全省|全区|全市))*)(的?平均水平|平均)?"),
        "above",
        "> growth of {other}",
        np.nan,
    ),
    (re.compile(r"完成(?P<other>国家|省|上级|市)?下达的?(目标|任务)"), "assigned", "= target assigned by {other}", np.nan),
)
_CLAUSE = re.compile(r"[^，,；;。：:\n]+")


QUALITATIVE_COLUMNS = [
    "report_year",
    "section",
    "period_start",
    "period_end",
    "indicator",
    "indicator_zh",
    "relation",
    "bound",
    "bound_value",
    "bound_indicator",
    "text",
    "char_start",
    "char_end",
]


def qualitative_targets(text: str, report_year: int, sections: tuple[str, ...] = ("plan_year",)) -> pd.DataFrame:
    """Targets stated without a number in the plan sections, one row per clause and reference, with a bound.

    Why: the figures table holds numbers only, yet 外贸进出口总额保持正增长 is a target (growth > 0)
    and 居民人均可支配收入增长与经济增长基本同步 ties income growth to GDP growth. Searched in the
    normalised text (helpers.extract.text.normalise) of `sections` (helpers.extract.sections: plan_year,
    and plan_5y for the plan's goals); a clause with a digit is skipped because its number is a
    figure already. Jiangmen 2021 gives two rows in plan_year: foreign_trade 'positive' (> 0) and
    disposable_income 'in_step_with' gdp; with plan_5y also two relational targets of the 十四五 plan,
    from 地区生产总值年均增长6%左右,增幅高于全国、全省平均水平: gdp 'above' 全国 and 'above' 全省 over
    2021-2025. A subject that only names a rate (增幅, 增速: lexicon role rate_anaphor) is the
    indicator of the clause before it in the same sentence.
    char_start/char_end are offsets in the raw text, like the figures table's.
    """
    norm = normalise(text)
    calendar = ReportCalendar(report_year)
    found = find_sections(norm.text, report_year)
    rows = []
    for sec in found[found["section"].isin(sections)].itertuples():
        start_year, end_year = calendar.plan_5y if sec.section == "plan_5y" else (report_year, report_year)
        previous = ""  # the clauses of this sentence so far: where an anaphoric subject points
        for clause in _CLAUSE.finditer(norm.text, sec.start, sec.end):
            words = clause.group(0)
            before, previous = previous, ("" if norm.text[clause.end() : clause.end() + 1] in "。；;\n" else previous + words)
            if re.search(r"\d", words):
                continue
            for pattern, relation, bound, floor in QUALITATIVE:
                m = pattern.search(words)
                if not m:
                    continue
                subject = words[: m.start()].strip()
                indicator = lookup(subject)
                if indicator == "other" and _only_a_rate(subject) and before:
                    indicator = lookup(before)
                if indicator == "other":
                    continue
                cs, ce = norm.raw_span(clause.start(), clause.end())
                for other in (
                    (m.groupdict().get("other") or "").split("、") if relation == "above" else [m.groupdict().get("other") or ""]
                ):
                    other_id = lookup(other) if other else "other"
                    rows.append(
                        dict(
                            report_year=report_year,
                            section=sec.section,
                            period_start=start_year,
                            period_end=end_year,
                            indicator=indicator,
                            indicator_zh=subject,
                            relation=relation,
                            bound=bound.format(other=other_id if other_id != "other" else other),
                            bound_value=floor,
                            bound_indicator=other_id if other_id != "other" else (other or None),
                            text=words.strip(),
                            char_start=cs,
                            char_end=ce,
                        )
                    )
                break
    return pd.DataFrame(rows, columns=QUALITATIVE_COLUMNS)


def _only_a_rate(subject: str) -> bool:
    """True when a subject names a rate of something unnamed (增幅, 增速, 保持): it points back."""
    rest = subject
    for word in lexicon().get("rate_anaphor", ()):  # longest first
        rest = rest.replace(word, "")
    return rest.strip() == ""


def _kind(t: pd.Series) -> str:
    if t["measure"] == "growth_yoy":
        return "annual_growth"
    if t["measure"] == "growth_avg":
        return "five_year_average"
    if t["measure"] == "cumulative":
        return "cumulative"
    if t["measure"] in ("level", "count"):
        return "ratio" if t["unit_std"] == "%" else "level"
    return t["measure"]


def _bound(t: pd.Series) -> str:
    """'>= 6 %', '≈ 6 %', '= 4.5-5 %', 'strive = 1.5 万亿元': the wording as a comparison to read."""
    value = f"{t['value']:g}" if pd.isna(t["value_high"]) else f"{t['value']:g}-{t['value_high']:g}"
    value += f" {t['unit']}" if isinstance(t["unit"], str) else ""
    parts = str(t["qualifier"]).split("+") if isinstance(t["qualifier"], str) else []
    ops = [_BOUND[p] for p in parts if p in _BOUND]
    prefix = "strive " if "strive" in parts else ""
    return f"{prefix}{ops[0] if ops else '='} {value}"


def _headline(t: pd.Series) -> float:
    """The number a target stands for, in standard units: a range's midpoint, else the value."""
    if pd.isna(t["value_high"]):
        return t["value_std"]
    return (t["value"] + t["value_high"]) / 2 * _scale(t)


def _scale(t: pd.Series) -> float:
    """Standard units per written unit (1e12 for 万亿元, 1 for %)."""
    return t["value_std"] / t["value"] if t["value"] else 1.0


def _by_key(table: pd.DataFrame) -> dict:
    """The rows of each key, in the table's order."""
    return dict(iter(table.groupby("key", sort=False)))


class _History:
    """What a report says about an indicator's past: five-year average, last year, last level.

    Every question is about one key ending last year, so the outcomes and implied rows are grouped
    by key once and each answer is kept: scanning the whole tables for every target made a large
    report (a 50 MB dump) quadratic. The filters themselves are those of a whole-table scan.
    """

    def __init__(self, figs: pd.DataFrame, implied: pd.DataFrame, last_year: int):
        self.figs, self.last_year = figs, last_year
        outcomes = figs[~figs["is_target"]]
        implied = implied[implied["status"] == "ok"].copy()
        first_key: dict = {}
        for figure_id, key in zip(figs["figure_id"], figs["key"]):
            first_key.setdefault(figure_id, key)
        implied["key"] = [first_key.get(ids.split("; ")[0], "") for ids in implied["figure_ids"]]
        self.outcomes = _by_key(outcomes[outcomes["period_end"] == last_year])
        self.implied = _by_key(implied[implied["end_year"] == last_year])
        self.empty = (outcomes.iloc[:0], implied.iloc[:0])
        self.answers: dict = {}
        self.constant_path: dict[str, float] = {}  # key -> last level of the constant path, when replaced

    def _ask(self, question: tuple, answer):
        """The answer to (method, key, ...), computed once."""
        if question not in self.answers:
            self.answers[question] = answer()
        return self.answers[question]

    def _stated(self, key: str, measure: str) -> tuple[float, str] | None:
        """The growth the report states for `key` ending last year, with its figure_id."""
        o = self.outcomes.get(key, self.empty[0])
        hit = o[(o["key"] == key) & (o["measure"] == measure) & (o["period_end"] == self.last_year)]
        return (hit.iloc[0]["value_std"], hit.iloc[0]["figure_id"]) if len(hit) else None

    def five_year(self, key: str, basis: str = "") -> tuple[float, str]:
        return self._ask(("five_year", key, basis), lambda: self._five_year(key, basis))

    def _five_year(self, key: str, basis: str = "") -> tuple[float, str]:
        """The five-year average the report states, else the best implied one, on the target's basis first.

        Why the basis: Gansu 2026 gives GDP 13697.5亿元 in 2025, 9323.1亿元 in 2020 (current prices: 8.0 % a year) and 增长
        33.6 % (comparable prices: 5.96 % a year); a real target (5 %以上) set against the nominal 8.0 % read as a
        deceleration of 3 points, against the real 5.96 % of one point.
        """
        if key.startswith("other:"):
            return np.nan, ""
        stated = self._stated(key, "growth_avg")
        if stated:
            return stated
        imp = self.implied.get(key, self.empty[1])
        imp = imp[
            (imp["key"] == key) & (imp["end_year"] == self.last_year) & (imp["years"] == 5) & imp["method"].isin(HISTORY_METHODS)
        ]
        if len(imp):
            ranked = imp.assign(rank=imp["method"].map(HISTORY_METHODS.index), other_basis=imp["basis"] != basis)
            best = ranked.sort_values(["other_basis", "rank"] if basis else ["rank"]).iloc[0]
            return best["implied_cagr_pct"], f"implied: {best['method']} ({best['figure_ids']})"
        return np.nan, ""

    def last(self, key: str) -> tuple[float, str]:
        return self._ask(("last", key), lambda: self._last(key))

    def _last(self, key: str) -> tuple[float, str]:
        if key.startswith("other:"):
            return np.nan, ""
        stated = self._stated(key, "growth_yoy")
        if stated:
            return stated
        imp = self.implied.get(key, self.empty[1])
        imp = imp[(imp["key"] == key) & (imp["method"] == "pp_above_whole") & (imp["end_year"] == self.last_year)]
        if len(imp):
            return imp.iloc[0]["implied_cagr_pct"], f"implied: pp_above_whole ({imp.iloc[0]['figure_ids']})"
        return np.nan, ""

    def planned_level(self, key: str, year: int, unit: str) -> tuple[float, str] | None:
        """A level the year's plan states for `key` (a one-year level target in `unit`), with its figure_id."""
        if key.startswith("other:"):
            return None
        f = self.figs
        hit = f[
            f["is_target"]
            & (f["key"] == key)
            & (f["measure"] == "level")
            & (f["period_start"] == year)
            & (f["period_end"] == year)
            & (f["unit_std"] == unit)
        ]
        return (hit.iloc[0]["value_std"], hit.iloc[0]["figure_id"]) if len(hit) else None

    def level(self, key: str, unit: str | None) -> tuple[float, str]:
        return self._ask(("level", key, unit), lambda: self._level(key, unit))

    def _level(self, key: str, unit: str | None) -> tuple[float, str]:
        """Last year's level in `unit` (None: any unit but %): stated, or derived (cumulative method).

        Only one-year figures count: 城镇新增就业4.7万人 over 2016-2020 is not 2020's level. Subjects
        without a dictionary id ('other') are not searched: their words (新增, 完成) name nothing.
        """
        if key.startswith("other:"):
            return np.nan, ""
        o = self.outcomes.get(key, self.empty[0])
        o = o[
            (o["key"] == key)
            & o["measure"].isin(["level", "count"])
            & (o["period_end"] == self.last_year)
            & (o["period_start"] == self.last_year)
        ]
        stated = o[o["unit_std"] == unit] if unit else o[o["unit_std"] != "%"]
        if len(stated):
            return stated.iloc[0]["value_std"], stated.iloc[0]["figure_id"]
        imp = self.implied.get(key, self.empty[1])
        imp = imp[
            (imp["key"] == key)
            & (imp["method"] == "cumulative_path")
            & (imp["end_year"] == self.last_year)
            & ((imp["unit_std"] == unit) if unit else (imp["unit_std"] != "%"))
        ]
        if len(imp):
            r = imp.iloc[0]
            stated_last = self._stated(key, "growth_yoy")
            total = self.figs[self.figs["figure_id"].isin(r["figure_ids"].split("; ")) & (self.figs["measure"] == "cumulative")]
            if stated_last and len(total) and int(r["years"]) >= 2:
                # the report states the last year's growth: the path keeps it instead of the constant rate
                self.constant_path[key] = r["end_level"]
                path = path_with_stated_last(total.iloc[0]["value_std"], r["implied_cagr_pct"], stated_last[0], int(r["years"]))
                return float(path[-1]), (
                    f"derived, not stated: last level of the path whose total and average the review states, "
                    f"with {self.last_year} at its stated {stated_last[0]:+g} % ({stated_last[1]}) and the earlier "
                    f"years at one constant rate ({r['figure_ids']})"
                )
            return r["end_level"], (
                f"derived, not stated: last level of the constant-growth path whose total and "
                f"average the review states ({r['convention']}; {r['figure_ids']})"
            )
        return np.nan, ""


def _verdict(required: float, hist5: float, last: float) -> tuple[str, str]:
    against, ref = ("five-year average", hist5) if not pd.isna(hist5) else ("last year", last)
    if pd.isna(required):
        return "no required growth", ""
    if pd.isna(ref):
        return "no history", ""
    gap = required - ref
    if gap > VERDICT_THRESHOLD_PP:
        return "acceleration", against
    if gap < -VERDICT_THRESHOLD_PP:
        return "deceleration", against
    return "continuation", against


def _target_row(t: pd.Series, hist: _History, annual: pd.DataFrame) -> dict:
    kind = _kind(t)
    hist5, src5 = hist.five_year(t["key"], t["basis"] if isinstance(t["basis"], str) else "")
    last, src_last = hist.last(t["key"])
    growth = kind in ("annual_growth", "five_year_average")
    level, src_level = (
        hist.level(t["key"], None if growth else t["unit_std"])
        if kind in ("cumulative", "level", "ratio", "annual_growth", "five_year_average")
        else (np.nan, "")
    )
    row = dict(
        report_id=t["report_id"],
        figure_id=t["figure_id"],
        section=t["section"],
        target_kind=kind,
        indicator=t["indicator"],
        indicator_zh=t["indicator_zh"],
        basis=t["basis"],
        period_start=t["period_start"],
        period_end=t["period_end"],
        target_value=t["value_std"],
        target_value_high=t["value_high"] * _scale(t),
        unit_std=t["unit_std"],
        qualifier=t["qualifier"],
        bound=_bound(t),
        target_text=t["sentence"],
        history_5y_pct=hist5,
        history_5y_source=src5,
        last_year_pct=last,
        last_year_source=src_last,
        last_level=level,
        last_level_year=hist.last_year if not pd.isna(level) else pd.NA,
        last_level_source=src_level,
        note="",
    )
    notes = []
    try:
        start, end = int(t["period_start"]), int(t["period_end"])
        if growth:
            row["required_growth_pct"] = _headline(t)
            if not pd.isna(level):
                row["implied_end_level"] = level_from_growth(level, _headline(t), end - hist.last_year)
                row["implied_end_year"] = end
                if t["basis"] == "real":
                    notes.append(f"end level at {hist.last_year} prices (real growth on a nominal level)")
        elif kind == "cumulative":
            n = end - start + 1
            if pd.isna(level):
                raise ValueError("last year's level is neither stated nor derivable")
            r = solve_cumulative_rate(level, t["value_std"], n)
            row.update(required_growth_pct=r, implied_end_level=level_from_growth(level, r, n), implied_end_year=end)
            notes.append(f"r solves sum_(t=1..{n}) {level / 1e8:,.2f}亿 * (1+r)^t = {t['value_std'] / 1e8:,.0f}亿 (累计法)")
            if t["key"] in hist.constant_path:
                const = hist.constant_path[t["key"]]
                r_const = solve_cumulative_rate(const, t["value_std"], n)
                row.update(
                    last_level_constant_path=const,
                    required_growth_constant_path_pct=r_const,
                    verdict_constant_path=_verdict(r_const, row["history_5y_pct"], row["last_year_pct"])[0],
                )
                notes.append(
                    f"on the constant-growth path (ignoring the stated {hist.last_year} growth) the {hist.last_year} "
                    f"level would be {const / 1e8:,.2f}亿 and the target {r_const:.2f} % a year"
                )
            first = annual[(annual["key"] == t["key"]) & (annual["period_end"] == start)]
            planned = hist.planned_level(t["key"], start, t["unit_std"])
            if planned is not None and n > 1:
                # the year's plan states the first year's level (交通大会战年度计划投资235亿元)
                level1, fid = planned
                row["required_rest_pct"] = solve_cumulative_rate(level1, t["value_std"] - level1, n - 1)
                row["first_year_planned_level"], row["first_year_planned_source"] = level1, fid
                notes.append(
                    f"{start} is planned at {level1 / 1e8:,.2f}亿 ({fid}: {cagr(level, level1, 1):+.2f} % on {hist.last_year}); "
                    f"the rest of the total, {(t['value_std'] - level1) / 1e8:,.2f}亿 over {start + 1}-{end}, "
                    f"needs {row['required_rest_pct']:.2f} % a year from it"
                )
            elif len(first) and n > 1:
                level1 = level_from_growth(level, _headline(first.iloc[0]), 1)
                row["required_rest_pct"] = solve_cumulative_rate(level1, t["value_std"] - level1, n - 1)
                notes.append(
                    f"after {start} at its annual target of {_headline(first.iloc[0]):g} %, "
                    f"{start + 1}-{end} need {row['required_rest_pct']:.2f} % a year"
                )
        elif kind == "level":
            if pd.isna(level):
                raise ValueError("last year's level is not stated")
            row.update(
                required_growth_pct=cagr(level, _headline(t), end - hist.last_year),
                implied_end_level=_headline(t),
                implied_end_year=end,
            )
        elif kind == "ratio":
            if not pd.isna(level):
                row["required_change_pp"] = _headline(t) - level
            notes.append("a rate: its change is in percentage points, not a growth rate")
    except ValueError as exc:
        notes.append(f"flagged: {exc}")
    return _finish(row, notes)


def _finish(row: dict, notes: list[str]) -> dict:
    required = row.get("required_growth_pct", np.nan)
    row["gap_to_5y_pp"] = required - row["history_5y_pct"]
    row["gap_to_last_pp"] = required - row["last_year_pct"]
    row["verdict"], row["verdict_against"] = _verdict(required, row["history_5y_pct"], row["last_year_pct"])
    row["verdict_threshold_pp"] = VERDICT_THRESHOLD_PP
    row["note"] = "; ".join([n for n in [row.get("note"), *notes] if n])
    return row


def _qualitative_row(q: pd.Series, report_id: str, hist: _History, annual: pd.DataFrame) -> dict:
    """外贸进出口总额保持正增长 -> required > 0; 与经济增长基本同步 -> GDP's annual target."""
    key = q["indicator"]
    hist5, src5 = hist.five_year(key)
    last, src_last = hist.last(key)
    required, notes = q["bound_value"], []
    if q["relation"] == "in_step_with":
        ref = annual[annual["key"] == q["bound_indicator"]]
        if len(ref):
            required = _headline(ref.iloc[0])
            notes.append(f"bound resolved to the {q['bound_indicator']} target of {required:g} % ({ref.iloc[0]['figure_id']})")
    row = dict(
        report_id=report_id,
        figure_id=f"{report_id}:{q['char_start']}",
        section=q["section"],
        target_kind="qualitative",
        indicator=key,
        indicator_zh=q["indicator_zh"],
        basis=describe(key)["basis"],
        period_start=q.get("period_start", q["report_year"]),
        period_end=q.get("period_end", q["report_year"]),
        bound=q["bound"],
        target_text=q["text"],
        history_5y_pct=hist5,
        history_5y_source=src5,
        last_year_pct=last,
        last_year_source=src_last,
        required_growth_pct=required,
        note=f"no number stated ({q['relation']})",
    )
    return _finish(row, notes)


def compare_targets(
    figures: pd.DataFrame, implied: pd.DataFrame | None = None, qualitative: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per target (is_target) with its history, the growth it requires and a verdict.

    Why: a target means little without the report's own past; see the module docstring. History
    comes from stated averages and last-year growth, else from `implied` (helpers.analysis.growth; computed
    when not given). `qualitative` (from `qualitative_targets`) adds the targets without a number.
    The verdict compares the required growth with the five-year average (else last year):
    acceleration above +0.5 pp, deceleration below -0.5 pp, continuation between.

    Jiangmen 2021: FAI 1.5万亿元 over 2021-2025 from a 2020 level of 2127.36亿元 (derived from
    8852亿元 over 2016-2020 at 11.4 % a year with 2020 at its stated +6.9 %) requires 11.69 % a year
    against 11.4 %: continuation. The constant-growth path (2171.67亿元, 10.97 %) is kept beside it.
    """
    implied = implied_growth(figures) if implied is None else implied
    tables = []
    for report_id, figs in usable(figures).groupby("report_id", sort=False):
        figs = figs.assign(key=match_key(figs))
        outcomes = figs[~figs["is_target"]]
        # the reviews date the last year; an outcome misdated in a plan section must not move it
        reviewed = outcomes[outcomes["section"].isin(["review_year", "review_5y"])]
        dated = reviewed if reviewed["period_end"].notna().any() else outcomes
        last_year = int(dated["period_end"].max()) if dated["period_end"].notna().any() else None
        hist = _History(figs, implied[implied["report_id"] == report_id], last_year)
        targets = figs[figs["is_target"]]
        annual = targets[(targets["measure"] == "growth_yoy") & (targets["period_start"] == targets["period_end"])]
        rows = [_target_row(t, hist, annual) for _, t in targets.iterrows()]
        if qualitative is not None:
            rows += [_qualitative_row(q, report_id, hist, annual) for _, q in qualitative.iterrows()]
        tables.append(pd.DataFrame(rows, columns=COLUMNS))
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=COLUMNS)
    for col in ("period_start", "period_end", "last_level_year", "implied_end_year"):
        table[col] = table[col].astype("Int64")
    return table
