"""Many reports at once: targets set in one report against the outcomes the next report states.

A report delivered in year t sets targets for t (今年主要预期目标: 国内生产总值增长7%左右); the
report of year t+1 states what happened (国内生产总值增长6.9%). Linking the two across a series of
reports of one region gives the panel the research literature works with:

- Lyu, Wang, Zhang & Zhang (J. Accounting & Econ. 2018): reported growth just meets or beats the
  target far more often than it just misses it (about 5:1 for prefectures, 4:1 for provinces).
- Li, Liu, Weng & Zhou (Economic Journal 2019): 层层加码, each tier's target above its parent's.
- Chang, Wang & Xiong (Brookings 2025): targets rise fast after beats and fall slowly after misses.

Everything here is a pure function of the concatenated figures tables (helpers.run.pipeline.figures
of each report, with report_id) and a metadata dict per report (region, level, report_year from
the .meta.yml sidecar). No file, region or year is named: a report of any region or year goes
through the same code.

Status respects the wording (docs/domain.md, "How targets are worded"; docs/panel.md):
  以上 / 超 / 不低于  floor    met when outcome = target, beaten above, missed below
  左右 / 约          about    met within ± ABOUT_TOLERANCE_PP (rates) or ± ABOUT_TOLERANCE_REL
                              (counts) of the target, beaten above the band, missed below
  4.5%-5%           range    met inside, beaten above, missed below
  以内 / 控制在      ceiling  met at or below the ceiling, missed above
  bare number       point    as a floor (as a ceiling for prices, unemployment, deficits)
For indicators where lower is better (CPI, unemployment, the deficit ratio) every wording reads as
a ceiling: inflation of 2 % against 3%左右 is 'met', never 'beaten'.
Rows without a verdict say why: not_stated (the report has a plan_year section but sets no
number for the indicator: the national 十四五 plan for GDP), not_extracted (the next report exists
but we found no outcome in it), no_next_report (the next report is not in the panel).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.analysis.trust import usable
from helpers.config import REFERENCE_DIR

ABOUT_TOLERANCE_PP = 0.5  # 左右 on a rate: ± 0.5 percentage points
ABOUT_TOLERANCE_REL = 0.05  # 左右 on a count (城镇新增就业1200万人左右): ± 5 % of the target
JUST_WINDOW_PP = 0.5  # just beat / just miss: outcome minus target within ± 0.5 pp
PERSONS_PER_UNIT = 1e4  # jobs are shown in 万人 (10,000 persons), as the reports state them


@dataclass(frozen=True)
class Spec:
    """How an indicator's annual target and outcome are recognised in the figures table."""

    measures: tuple[str, ...]
    unit_std: str
    direction: str  # 'up': more is better; 'down': a ceiling (prices, unemployment, deficit)
    unit: str  # unit of the panel's numbers


def _linked() -> tuple[dict[str, Spec], tuple[str, ...]]:
    """The linked indicators and those with a five-year target, from reference/panel_indicators.csv.

    >>> _linked()[0]["cpi"]
    Spec(measures=('growth_yoy', 'level'), unit_std='%', direction='down', unit='%')
    """
    table = pd.read_csv(REFERENCE_DIR / "panel_indicators.csv", dtype=str, keep_default_na=False)
    linked = {r.indicator: Spec(tuple(r.measures.split("|")), r.unit_std, r.direction, r.unit) for r in table.itertuples()}
    return linked, tuple(table.loc[table["five_year"] == "true", "indicator"])


# The linked indicators (how each one's target and outcome are recognised, and which way is
# better) and those whose five-year plans state an average growth (年均增长).
LINKED, FIVE_YEAR = _linked()
# Two unemployment rates coexist in 2018-2019 (调查 surveyed, 登记 registered): never mix them.
VARIANTS = {"调查": "surveyed", "登记": "registered"}
_TARGET_SENTENCE = re.compile(r"目标")
VERDICTS = ("met", "beaten", "missed")

PAIR_COLUMNS = [
    "kind",
    "region",
    "level",
    "indicator",
    "variant",
    "indicator_zh",
    "unit",
    "direction",
    "target_report_id",
    "target_year",
    "period_start",
    "period_end",
    "target_value",
    "target_value_high",
    "qualifier",
    "target_mid",
    "target_figure_id",
    "target_text",
    "outcome_report_id",
    "outcome_value",
    "outcome_preliminary",
    "outcome_release",
    "outcome_basis",
    "outcome_figure_id",
    "outcome_text",
    "prev_outcome_value",
    "prev_outcome_figure_id",
    "availability",
    "review_text",
]


# --- picking figures ----------------------------------------------------------------------------


def _variant(indicator_zh: str) -> str:
    return next((v for k, v in VARIANTS.items() if k in str(indicator_zh)), "")


_KEEP = [
    "report_id",
    "figure_id",
    "section",
    "indicator",
    "indicator_zh",
    "measure",
    "value",
    "value_high",
    "value_std",
    "unit_std",
    "basis",
    "period_start",
    "period_end",
    "is_target",
    "qualifier",
    "preliminary",
    "char_start",
    "number_text",
    "sentence",
]


def _records(figs: pd.DataFrame, indicators=None) -> dict[str, list[dict]]:
    """report_id -> its figures (of `indicators`) as dicts in text order, with variant and a flag
    for sentences that speak of targets. Plain records: the panel makes hundreds of tiny
    selections, where pandas' per-call overhead would dominate."""
    f = figs if indicators is None else figs[figs["indicator"].isin(indicators)]
    f = f.reindex(columns=_KEEP).sort_values(["report_id", "char_start"])
    out: dict[str, list[dict]] = {}
    for r in f.to_dict("records"):
        r["variant"] = _variant(r["indicator_zh"]) if r["indicator"] == "unemployment_rate" else ""
        r["in_target_sentence"] = bool(_TARGET_SENTENCE.search(r["sentence"]))
        out.setdefault(r["report_id"], []).append(r)
    return out


def _number(row: dict, spec: Spec) -> tuple[float, float]:
    """(value, value_high) in the panel's unit: % as stated, persons in 万人."""
    scale = row["value_std"] / row["value"] if row["value"] else 1.0
    if spec.unit_std == "persons":
        scale /= PERSONS_PER_UNIT
    high = row["value_high"] * scale if pd.notna(row["value_high"]) else np.nan
    return float(row["value_std"] / (PERSONS_PER_UNIT if spec.unit_std == "persons" else 1.0)), high


def _in_year(r: dict, start: int, end: int) -> bool:
    return pd.notna(r["period_start"]) and pd.notna(r["period_end"]) and (r["period_start"], r["period_end"]) == (start, end)


def _candidates(f: list[dict], indicator: str, spec: Spec) -> list[dict]:
    return [r for r in f if r["indicator"] == indicator and r["measure"] in spec.measures and r["unit_std"] == spec.unit_std]


def _annual_targets(f: list[dict], year: int, indicator: str, spec: Spec) -> list[dict]:
    """This year's targets (is_target, in plan_year, for `year`): per variant, the first in a
    sentence that speaks of targets (目标), else the first in text order."""
    c = [r for r in _candidates(f, indicator, spec) if r["is_target"] and r["section"] == "plan_year" and _in_year(r, year, year)]
    chosen: dict[str, dict] = {}
    for r in sorted(c, key=lambda r: (not r["in_target_sentence"], r["char_start"])):
        chosen.setdefault(r["variant"], r)
    return sorted(chosen.values(), key=lambda r: r["char_start"])


def _outcome(f: list[dict], year: int, indicator: str, spec: Spec, variant: str) -> dict | None:
    """What a report states for `year` (not a target): last year's review first, then a sentence
    naming the year, then text order. In a five-year review only a sentence naming the year counts:
    there a flow without a year is a five-year total (五年全国新增城镇就业5100万人, docs/figures.md)."""
    named = f"{year}年"
    c = [
        r
        for r in _candidates(f, indicator, spec)
        if not r["is_target"]
        and _in_year(r, year, year)
        and (not variant or r["variant"] in (variant, ""))
        and (r["section"] != "review_5y" or named in r["sentence"])
    ]
    if not c:
        return None
    return min(c, key=lambda r: (r["section"] != "review_year", named not in r["sentence"], r["char_start"]))


def _five_year_target(f: list[dict], year: int, indicator: str) -> dict | None:
    """The opened plan's average-growth target. A figure about years still to come is a target,
    whatever its is_target flag says (今后五年…年均增长7% in the 2011 national report)."""
    c = [
        r
        for r in f
        if r["indicator"] == indicator
        and r["measure"] == "growth_avg"
        and r["section"] == "plan_5y"
        and _in_year(r, year, year + 4)
    ]
    return c[0] if c else None


def _five_year_outcome(f: list[dict], start: int, end: int, indicator: str) -> dict | None:
    c = [
        r
        for r in f
        if r["indicator"] == indicator and r["measure"] == "growth_avg" and not r["is_target"] and _in_year(r, start, end)
    ]
    return c[0] if c else None


# How an outcome is measured, read from the words beside its number (reference/outcome_basis.csv):
# 城镇调查失业率平均为5.1% is the year's average, 年末城镇调查失业率降到5.5% the December reading.
OUTCOME_BASIS = pd.read_csv(REFERENCE_DIR / "outcome_basis.csv", dtype=str, keep_default_na=False)
_CLAUSE = re.compile(r"[^，,；;。！？]+")


def outcome_basis(sentence: str, number_text: str) -> str:
    """'annual average (平均)', 'year-end (年末)' or 'not said', from the clause that holds the number.

    >>> outcome_basis("城镇新增就业1206万人，年末城镇调查失业率降到5.5%，居民消费价格上涨2%。", "5.5%")
    'year-end (年末)'
    >>> outcome_basis("城镇新增就业1244万人，城镇调查失业率平均为5.2%。", "5.2%")
    'annual average (平均)'
    """
    clause = next((c for c in _CLAUSE.findall(str(sentence)) if str(number_text) in c), "")
    return next((f"{b.basis} ({b.word})" for b in OUTCOME_BASIS.itertuples() if b.word in clause), "not said")


def _outcome_fields(out: dict, spec: Spec, report_id: str) -> dict:
    """The outcome's number and how to read it: every outcome is the first release, stated in the
    next report (preliminary figures revised later by the statistics bureau; docs/panel.md)."""
    return dict(
        outcome_value=_number(out, spec)[0],
        outcome_preliminary=bool(out["preliminary"]),
        outcome_release=f"first release, stated in {report_id}",
        outcome_basis=outcome_basis(out["sentence"], out["number_text"]),
        outcome_figure_id=out["figure_id"],
        outcome_text=out["sentence"],
    )


def _why_no_outcome(
    every: list[dict], trusted: list[dict], year: int, indicator: str, spec: Spec, variant: str
) -> tuple[str, str | None]:
    """Why the next report gives no outcome (to_review, not_stated or not_extracted) and, for
    to_review, the doubtful row's sentence.

    to_review: a figure of the indicator for the year in the measure sought is there, but the
    trust filter keeps it out (another area's, or read with low confidence). not_stated: the report
    speaks of the indicator in that year, trusted, but only in other measures (the 2008 national
    report gives 2007 GDP as a level, 24.66万亿元, and its growth only against 2002): it states no
    outcome comparable with the target. not_extracted: no figure of the indicator for the year at
    all, so an absent sentence cannot be told from one the extractor missed.
    """
    doubtful = _outcome(every, year, indicator, spec, variant)
    if doubtful is not None:
        return "to_review", doubtful["sentence"]
    same_year = [r for r in trusted if r["indicator"] == indicator and not r["is_target"] and _in_year(r, year, year)]
    return ("not_stated" if same_year else "not_extracted"), None


# --- (a) linking --------------------------------------------------------------------------------


def _meta_frame(meta_by_report: dict[str, dict]) -> pd.DataFrame:
    rows = [
        dict(report_id=rid, region=m.get("region") or rid, level=m.get("level") or "unknown", report_year=int(m["report_year"]))
        for rid, m in meta_by_report.items()
    ]
    return pd.DataFrame(rows, columns=["report_id", "region", "level", "report_year"])


def _next_report(meta: pd.DataFrame, region: str, level: str, year: int) -> str | None:
    hit = meta[(meta["region"] == region) & (meta["level"] == level) & (meta["report_year"] == year)]
    return None if hit.empty else hit["report_id"].iloc[0]


def targets_and_outcomes(figs: pd.DataFrame, meta_by_report: dict[str, dict]) -> pd.DataFrame:
    """One row per (report, indicator[, variant]) target: the target, the outcome, last year's outcome.

    `figs`: the figures tables of many reports, concatenated (report_id tells them apart).
    `meta_by_report`: report_id -> metadata with region, level, report_year.
    Annual rows (kind 'annual'): the target set in report t for year t, the outcome stated for t
    in report t+1 of the same region and level, and prev_outcome_value, the growth of t-1 stated
    in report t itself (what the target setter saw). Five-year rows (kind 'five_year'): the
    opened plan's 年均增长 target with the average the region's report after the plan's last year
    states for the same period. `availability` is 'paired', 'not_stated', 'not_extracted' or
    'no_next_report'; `target_status` turns paired rows into met / beaten / missed.

    National series: 2015 gdp target 7 (about) from 2015_national, outcome 6.9 from 2016_national.
    """
    meta = _meta_frame(meta_by_report)
    every = _records(figs, set(LINKED))  # every row, trusted or not: to tell not stated from to review
    figs = usable(figs)  # the region's own figures, read with confidence (helpers.analysis.trust)
    sections = figs.groupby("report_id")["section"].agg(set).to_dict()
    plan_5y = figs[figs["section"] == "plan_5y"]
    plan_periods = {rid: set(zip(g["period_start"], g["period_end"])) for rid, g in plan_5y.groupby("report_id")}
    by_report = _records(figs, set(LINKED) | set(FIVE_YEAR))
    empty: list[dict] = []
    rows = []
    for m in meta.sort_values(["level", "region", "report_year"]).itertuples():
        f = by_report.get(m.report_id, empty)
        has_plan_year = "plan_year" in sections.get(m.report_id, set())
        next_id = _next_report(meta, m.region, m.level, m.report_year + 1)
        nf = by_report.get(next_id, empty) if next_id else None
        for indicator, spec in LINKED.items():
            targets = _annual_targets(f, m.report_year, indicator, spec)
            base = dict(
                kind="annual",
                region=m.region,
                level=m.level,
                indicator=indicator,
                unit=spec.unit,
                direction=spec.direction,
                target_report_id=m.report_id,
                target_year=m.report_year,
                period_start=m.report_year,
                period_end=m.report_year,
            )
            if not targets:
                doubtful = _annual_targets(every.get(m.report_id, empty), m.report_year, indicator, spec)
                why = "to_review" if doubtful else ("not_stated" if has_plan_year else "not_extracted")
                review = doubtful[0]["sentence"] if doubtful else None
                rows.append(base | dict(variant="", availability=why, outcome_report_id=next_id, review_text=review))
                continue
            for t in targets:
                value, high = _number(t, spec)
                row = base | dict(
                    variant=t["variant"],
                    indicator_zh=t["indicator_zh"],
                    target_value=value,
                    target_value_high=high,
                    qualifier=t["qualifier"],
                    target_mid=value if np.isnan(high) else (value + high) / 2,
                    target_figure_id=t["figure_id"],
                    target_text=t["sentence"],
                    outcome_report_id=next_id,
                )
                prev = _outcome(f, m.report_year - 1, indicator, spec, t["variant"])
                if prev is not None:
                    row.update(prev_outcome_value=_number(prev, spec)[0], prev_outcome_figure_id=prev["figure_id"])
                out = _outcome(nf, m.report_year, indicator, spec, t["variant"]) if nf is not None else None
                if out is not None:
                    row.update(_outcome_fields(out, spec, next_id), availability="paired")
                elif nf is None:
                    row["availability"] = "no_next_report"
                else:
                    row["availability"], row["review_text"] = _why_no_outcome(
                        every.get(next_id, empty), nf, m.report_year, indicator, spec, t["variant"]
                    )
                rows.append(row)
        if (m.report_year, m.report_year + 4) in plan_periods.get(m.report_id, set()):
            rows += _five_year_rows(f, m, meta, by_report, empty)
    table = pd.DataFrame(rows).reindex(columns=PAIR_COLUMNS)
    for col in ("target_year", "period_start", "period_end"):
        table[col] = table[col].astype("Int64")
    table["outcome_preliminary"] = table["outcome_preliminary"].astype("boolean")
    return table


def _five_year_rows(f, m, meta, by_report, empty) -> list[dict]:
    """Plan targets of a report that opens a plan (its plan_5y part has figures for year..year+4)."""
    rows = []
    for indicator in FIVE_YEAR:
        spec = LINKED[indicator]
        start, end = m.report_year, m.report_year + 4
        base = dict(
            kind="five_year",
            region=m.region,
            level=m.level,
            indicator=indicator,
            variant="",
            unit=spec.unit,
            direction=spec.direction,
            target_report_id=m.report_id,
            target_year=m.report_year,
            period_start=start,
            period_end=end,
        )
        t = _five_year_target(f, m.report_year, indicator)
        next_id = _next_report(meta, m.region, m.level, end + 1)
        if t is None:
            rows.append(base | dict(availability="not_stated", outcome_report_id=next_id))
            continue
        value, high = _number(t, spec)
        row = base | dict(
            indicator_zh=t["indicator_zh"],
            target_value=value,
            target_value_high=high,
            qualifier=t["qualifier"],
            target_mid=value if np.isnan(high) else (value + high) / 2,
            target_figure_id=t["figure_id"],
            target_text=t["sentence"],
            outcome_report_id=next_id,
        )
        out = _five_year_outcome(by_report.get(next_id, empty), start, end, indicator) if next_id else None
        if out is not None:
            row.update(_outcome_fields(out, spec, next_id))
        row["availability"] = "paired" if out is not None else ("not_extracted" if next_id else "no_next_report")
        rows.append(row)
    return rows


# --- (b) status ---------------------------------------------------------------------------------


def wording_rule(qualifier, value_high, direction: str) -> str:
    """floor / about / range / ceiling / point from the qualifier (strive+ dropped) and the direction."""
    parts = [p for p in str(qualifier).split("+") if p not in ("strive", "nan", "None", "<NA>")] if pd.notna(qualifier) else []
    q = parts[0] if parts else None
    if pd.notna(value_high):
        rule = "range"
    elif q in ("at_least", "over", "more_than"):
        rule = "floor"
    elif q in ("about", "nearly"):
        rule = "about"
    elif q == "at_most":
        rule = "ceiling"
    else:
        rule = "point"
    if direction == "down" and rule in ("point", "about", "range"):
        return "ceiling_about" if rule == "about" else ("ceiling_range" if rule == "range" else "ceiling")
    return rule


def judge(
    value: float, value_high: float, qualifier, outcome: float, direction: str = "up", tolerance: float = ABOUT_TOLERANCE_PP
) -> str:
    """met / beaten / missed for one target and outcome (tolerance in the target's unit).

    >>> judge(7, np.nan, "about", 6.9), judge(6, np.nan, "at_least", 6.1), judge(6.5, 7, None, 6.7)
    ('met', 'beaten', 'met')
    >>> judge(3, np.nan, "about", 2.0, "down"), judge(4.5, np.nan, "at_most", 4.6, "down")
    ('met', 'missed')
    """
    rule = wording_rule(qualifier, value_high, direction)
    d = round(outcome - value, 9)
    if rule == "floor":
        return "met" if d == 0 else ("beaten" if d > 0 else "missed")
    if rule == "point":
        return "met" if d == 0 else ("beaten" if d > 0 else "missed")
    if rule == "about":
        return "met" if abs(d) <= tolerance + 1e-9 else ("beaten" if d > 0 else "missed")
    if rule == "range":
        if outcome < value - 1e-9:
            return "missed"
        return "beaten" if outcome > value_high + 1e-9 else "met"
    if rule == "ceiling":
        return "met" if d <= 0 else "missed"
    if rule == "ceiling_about":
        return "met" if d <= tolerance + 1e-9 else "missed"
    if rule == "ceiling_range":
        return "met" if outcome <= value_high + 1e-9 else "missed"
    raise ValueError(rule)


def _tolerance(unit: str, value: float) -> tuple[float, str]:
    if unit == "%":
        return ABOUT_TOLERANCE_PP, f"±{ABOUT_TOLERANCE_PP:g} pp"
    return abs(value) * ABOUT_TOLERANCE_REL, f"±{ABOUT_TOLERANCE_REL:.0%} of the target"


def target_status(pairs: pd.DataFrame) -> pd.DataFrame:
    """Add rule, tolerance, target_ref, outcome_minus_target and status to `targets_and_outcomes` rows.

    status is met / beaten / missed where both numbers are there, else the row's availability
    (not_stated, to_review, not_extracted, no_next_report). margin: the outcome's distance from the
    edge where the wording stops being met (`margin`), >= 0 exactly when met or beaten. target_ref is the number the outcome is measured
    against: the stated value (the low end of a range when more is better, the high end when
    less is better); outcome_minus_target = outcome - target_ref, in the row's unit (pp for rates).
    tolerance says how 左右 was read (only 'about' rules use it).
    """
    out = pairs.copy()
    rules, tols, tol_text, refs, status = [], [], [], [], []
    for r in out.itertuples():
        if pd.isna(r.target_value):
            rules.append(None), tols.append(np.nan), tol_text.append(None), refs.append(np.nan)
            status.append(r.availability)
            continue
        rule = wording_rule(r.qualifier, r.target_value_high, r.direction)
        tol, text = _tolerance(r.unit, r.target_value)
        rules.append(rule)
        tols.append(tol if "about" in rule else np.nan)
        tol_text.append(text if "about" in rule else None)
        high_end = pd.notna(r.target_value_high) and r.direction == "down"
        refs.append(r.target_value_high if high_end else r.target_value)
        status.append(
            judge(r.target_value, r.target_value_high, r.qualifier, r.outcome_value, r.direction, tol)
            if r.availability == "paired"
            else r.availability
        )
    out["rule"], out["tolerance"], out["tolerance_text"], out["target_ref"] = rules, tols, tol_text, refs
    out["outcome_minus_target"] = out["outcome_value"] - out["target_ref"]
    out["margin"] = [
        margin(r.rule, r.target_value, r.target_value_high, r.tolerance, r.outcome_value)
        if r.rule is not None and pd.notna(r.outcome_value)
        else np.nan
        for r in out.itertuples()
    ]
    out["status"] = status
    out["meet_or_beat"] = out["status"].map({"met": True, "beaten": True, "missed": False}).astype("boolean")
    return out


# --- qualitative targets ------------------------------------------------------------------------


def evaluate_qualitative(qualitative: pd.DataFrame, figs: pd.DataFrame, meta_by_report: dict[str, dict]) -> pd.DataFrame:
    """Targets without a number (helpers.analysis.targets.qualitative_targets rows, with report_id), judged
    where the next report allows it.

    positive (保持正增长): met when the outcome growth is > 0. in_step_with (与经济增长同步): the
    indicator's growth against the other indicator's, met within ± ABOUT_TOLERANCE_PP, beaten above,
    missed below. above (跑赢全国): the region's growth against the national outcome of the same year
    (national report t+1), beaten when higher. assigned (完成国家下达目标): not_evaluable, the parent's
    target is not in the report.
    """
    meta = _meta_frame(meta_by_report)
    wanted = set(qualitative["indicator"]) | set(qualitative["bound_indicator"].dropna()) if len(qualitative) else set()
    by_report = _records(figs, wanted)
    growth = Spec(("growth_yoy",), "%", "up", "%")
    rows = []
    for q in qualitative.to_dict("records"):
        m = meta[meta["report_id"] == q["report_id"]].iloc[0]
        year = int(m["report_year"])
        next_id = _next_report(meta, m["region"], m["level"], year + 1)
        row = dict(
            q,
            region=m["region"],
            level=m["level"],
            target_year=year,
            outcome_report_id=next_id,
            outcome_value=np.nan,
            reference_value=np.nan,
            status=None,
        )
        if q["relation"] == "assigned":
            row["status"] = "not_evaluable"
        elif next_id is None:
            row["status"] = "no_next_report"
        else:
            nf = by_report.get(next_id)
            out = _outcome(nf, year, q["indicator"], growth, "") if nf is not None else None
            ref = None
            if q["relation"] == "in_step_with" and isinstance(q.get("bound_indicator"), str) and nf is not None:
                ref = _outcome(nf, year, q["bound_indicator"], growth, "")
            elif q["relation"] == "above":
                nat = meta[(meta["level"] == "national") & (meta["report_year"] == year + 1)]
                if len(nat) and nat["report_id"].iloc[0] in by_report:
                    ref = _outcome(by_report[nat["report_id"].iloc[0]], year, q["indicator"], growth, "")
            if out is None or (q["relation"] != "positive" and ref is None):
                row["status"] = "not_extracted"
            else:
                row["outcome_value"] = out["value"]
                if q["relation"] == "positive":
                    row["status"] = "met" if out["value"] > 0 else "missed"
                else:
                    row["reference_value"] = ref["value"]
                    d = out["value"] - ref["value"]
                    if q["relation"] == "in_step_with":
                        row["status"] = "met" if abs(d) <= ABOUT_TOLERANCE_PP else ("beaten" if d > 0 else "missed")
                    else:
                        row["status"] = "beaten" if d > 0 else "missed"
        rows.append(row)
    cols = [
        *list(qualitative.columns),
        "region",
        "level",
        "target_year",
        "outcome_report_id",
        "outcome_value",
        "reference_value",
        "status",
    ]
    return pd.DataFrame(rows).reindex(columns=list(dict.fromkeys(cols)))


# --- (c) what researchers ask -------------------------------------------------------------------


def meet_or_beat(status: pd.DataFrame) -> pd.DataFrame:
    """Per kind, level and indicator: pairs judged, met, beaten, missed, rate, outcome - target."""
    judged = status[status["status"].isin(VERDICTS)]
    rows = []
    for (kind, level, indicator), g in judged.groupby(["kind", "level", "indicator"], sort=True):
        counts = g["status"].value_counts()
        rows.append(
            dict(
                kind=kind,
                level=level,
                indicator=indicator,
                unit=g["unit"].iloc[0],
                pairs=len(g),
                met=int(counts.get("met", 0)),
                beaten=int(counts.get("beaten", 0)),
                missed=int(counts.get("missed", 0)),
                meet_or_beat_rate=g["meet_or_beat"].mean(),
                mean_outcome_minus_target=g["outcome_minus_target"].mean(),
                median_outcome_minus_target=g["outcome_minus_target"].median(),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "kind",
            "level",
            "indicator",
            "unit",
            "pairs",
            "met",
            "beaten",
            "missed",
            "meet_or_beat_rate",
            "mean_outcome_minus_target",
            "median_outcome_minus_target",
        ],
    )


def margin(rule: str, value: float, value_high: float, tolerance: float, outcome: float) -> float:
    """How far the outcome is from the edge where the wording stops being met, in the target's unit.

    Positive or zero: met or beaten; negative: missed, by that much. The edge is the one `judge`
    uses: the floor, the low end of a range, the lower edge of a 左右 band (target - tolerance); for
    ceilings the sign turns (ceiling - outcome). So a 左右 target of 7.5 % met by 7.4 % has a margin
    of +0.4 pp, never a 'just miss' (the status table says met).

    >>> margin("about", 7.5, np.nan, 0.5, 7.4), margin("floor", 6, np.nan, np.nan, 5.9)
    (0.4, -0.1)
    >>> margin("ceiling_about", 3, np.nan, 0.5, 2.0)
    1.5
    """
    edge = {
        "floor": value,
        "point": value,
        "range": value,
        "about": value - (tolerance if pd.notna(tolerance) else 0.0),
        "ceiling": value,
        "ceiling_about": value + (tolerance if pd.notna(tolerance) else 0.0),
        "ceiling_range": value_high,
    }[rule]
    return round((edge - outcome) if rule.startswith("ceiling") else (outcome - edge), 9)


def just_beat_ratio(
    status: pd.DataFrame, indicator: str = "gdp", window: float = JUST_WINDOW_PP, level: str | None = None
) -> dict:
    """Close calls: outcomes just on the met side of the wording's edge against just on the missed side.

    Just met or beaten: 0 <= margin <= window; just missed: -window <= margin < 0 (`margin`: the
    same edge as the status table, so the two tables never disagree). Under the null that an
    outcome near the edge is as likely to land on either side (a smooth distribution of outcomes,
    no managed numbers), just_beat is Binomial(close calls, 1/2): `p_binomial` is scipy's exact
    two-sided test, `share_low`/`share_high` the exact (Clopper-Pearson) 95 % interval of the share
    of close calls that were just met. `min_close_calls` is the smallest number of close calls that
    could give p < 0.05 at all (6: with 5, even 5 : 0 gives p = 0.0625). `text` says what the
    numbers allow, never more. The ratio is NaN when nothing just missed (say 'n : 0').
    """
    from scipy.stats import binomtest

    d = status[(status["kind"] == "annual") & (status["indicator"] == indicator) & status["status"].isin(VERDICTS)]
    if level is not None:
        d = d[d["level"] == level]
    m = d["margin"].astype(float)
    beat = int(((m >= 0) & (m <= window + 1e-9)).sum())
    miss = int(((m < 0) & (m >= -window - 1e-9)).sum())
    close = beat + miss
    out = dict(
        indicator=indicator,
        level=level or "all",
        window_pp=window,
        window=f"0 <= margin <= {window:g}: just met or beaten; -{window:g} <= margin < 0: just missed (from the wording's edge)",
        pairs=len(d),
        close_calls=close,
        just_beat=beat,
        just_miss=miss,
        ratio=beat / miss if miss else np.nan,
        p_binomial=np.nan,
        share_low=np.nan,
        share_high=np.nan,
        min_close_calls=_min_close_calls(),
    )
    if close:
        test = binomtest(beat, close, 0.5)
        ci = test.proportion_ci(confidence_level=0.95, method="exact")
        out.update(p_binomial=test.pvalue, share_low=ci.low, share_high=ci.high)
    out["text"] = _close_call_text(out)
    return out


def _min_close_calls(alpha: float = 0.05) -> int:
    """The fewest close calls for which a one-sided result can reach p < alpha (two-sided)."""
    from scipy.stats import binomtest

    return next(n for n in range(1, 64) if binomtest(n, n, 0.5).pvalue < alpha)


def _close_call_text(r: dict) -> str:
    """The sentence for a close-call count: what it shows and what its size allows."""
    head = (
        f"{r['indicator']} ({r['level']}): {r['pairs']} judged targets, {r['close_calls']} close calls within "
        f"±{r['window_pp']:g} pp of the edge of the wording: {r['just_beat']} just met or beaten, {r['just_miss']} just missed."
    )
    if r["close_calls"] == 0:
        return head + " No close call: nothing to test."
    share = (
        f" Share just met {r['just_beat'] / r['close_calls']:.0%} (exact 95% CI {r['share_low']:.0%} to "
        f"{r['share_high']:.0%}); binomial test against an even split, p = {r['p_binomial']:.3f}."
    )
    if r["close_calls"] < r["min_close_calls"]:
        return (
            head
            + share
            + (
                f" With fewer than {r['min_close_calls']} close calls no split can reach p < 0.05: the count cannot "
                "tell managed numbers from chance."
            )
        )
    if r["p_binomial"] < 0.05:
        verdict = (
            " More close calls land on the met side than an even split would give; this is a count, not proof of managed numbers."
        )
    else:
        verdict = " No evidence that close calls land on the met side more often than on the missed side."
    return head + share + verdict


def revisions(status: pd.DataFrame) -> pd.DataFrame:
    """Each judged annual target with the next year's target of the same region and indicator.

    target_change = next year's target_mid - this year's (midpoint of a range), so a researcher
    can compare how targets move after a miss and after a meet or beat (Chang, Wang & Xiong 2025).
    """
    annual = status[(status["kind"] == "annual") & status["target_mid"].notna()]
    nxt = annual[["region", "level", "indicator", "variant", "target_year", "target_mid"]].copy()
    nxt["target_year"] = nxt["target_year"] - 1
    judged = annual[annual["status"].isin(VERDICTS)]
    out = judged.merge(
        nxt.rename(columns={"target_mid": "next_target_mid"}),
        on=["region", "level", "indicator", "variant", "target_year"],
        how="left",
    )
    out["after"] = np.where(out["status"] == "missed", "missed", "met or beaten")
    out["target_change"] = out["next_target_mid"] - out["target_mid"]
    return out[
        [
            "region",
            "level",
            "indicator",
            "variant",
            "target_year",
            "target_mid",
            "outcome_value",
            "status",
            "after",
            "next_target_mid",
            "target_change",
        ]
    ]


def revision_summary(rev: pd.DataFrame) -> pd.DataFrame:
    """Mean and median change of the next target after a miss and after a meet or beat."""
    r = rev.dropna(subset=["target_change"])
    return (
        r.groupby(["indicator", "after"])["target_change"]
        .agg(cases="size", mean_change="mean", median_change="median")
        .reset_index()
    )


# --- (d) target setting model -------------------------------------------------------------------


SPECIFICATIONS = {
    "levels": "target_t = a + b·outcome_{t-1}",
    "levels + linear trend": "target_t = a + b·outcome_{t-1} + c·year",
    "first differences": "Δtarget_t = a + b·Δoutcome_{t-1} (consecutive years only)",
}
MODEL_COLUMNS = ["sample", "spec", "formula", "term", "coef", "se", "t", "p", "ci_low", "ci_high", "n", "r2", "cov", "note"]


def hac_lags(n: int) -> int:
    """Newey-West lag length by the rule floor(4·(n/100)^(2/9)) (Newey & West 1994), at least 1.

    >>> hac_lags(18), hac_lags(200)
    (2, 4)
    """
    return max(1, int(np.floor(4 * (n / 100) ** (2 / 9))))


def _model_data(status: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """One row per annual target with last year's outcome, sorted by region and year, with the
    first differences taken within a region over consecutive years only (a gap, the missing 2020
    national report, gives no difference)."""
    d = status[(status["kind"] == "annual") & (status["indicator"] == indicator)].dropna(
        subset=["target_mid", "prev_outcome_value"]
    )
    d = d.assign(
        year=d["target_year"].astype(int), target=d["target_mid"].astype(float), prev=d["prev_outcome_value"].astype(float)
    )
    d = d.sort_values(["region", "year"])[["region", "level", "year", "target", "prev"]].reset_index(drop=True)
    g = d.groupby("region")
    consecutive = g["year"].diff() == 1
    d["d_target"] = g["target"].diff().where(consecutive)
    d["d_prev"] = g["prev"].diff().where(consecutive)
    return d


def _fit(y: pd.Series, X: pd.DataFrame, groups: pd.Series):
    """OLS with Newey-West (HAC) errors: for one region's series, HAC; for several regions with
    repeated years, HAC within each region ('hac-panel'); for a cross-section (one year per region)
    there is no time order, so heteroskedasticity-robust HC1."""
    from statsmodels.regression.linear_model import OLS  # not statsmodels.api: every model, 0.3 s

    n, regions = len(y), groups.nunique()
    model = OLS(y, X)
    if regions == 1:
        lags = hac_lags(n)
        return model.fit(cov_type="HAC", cov_kwds=dict(maxlags=lags)), f"HAC (Newey-West), {lags} lag(s)"
    if regions < n:
        lags = hac_lags(n // regions)
        codes = pd.factorize(groups)[0]
        return model.fit(cov_type="hac-panel", cov_kwds=dict(groups=codes, maxlags=lags)), f"HAC within region, {lags} lag(s)"
    return model.fit(cov_type="HC1"), "HC1 (cross-section: one year per region)"


def _not_estimable(spec: str, s: pd.DataFrame, X: pd.DataFrame) -> str:
    """Why a specification cannot be fitted on this sample ('' when it can)."""
    if spec != "levels" and not s["region"].duplicated().any():
        return (
            "no region with two consecutive years" if spec == "first differences" else "one year per region: no trend to remove"
        )
    if len(s) < X.shape[1] + 3:
        return f"{len(s)} observations"
    if X.iloc[:, 1:].nunique().min() < 2:
        return "a regressor does not vary"
    return ""


def target_setting_model(status: pd.DataFrame, indicator: str = "gdp", level: str = "national") -> tuple[pd.DataFrame, str]:
    """This year's target on last year's outcome, three specifications side by side, one sample.

    Targets and outcomes both fell from 2006 to 2025, so a regression in levels finds a slope
    however targets are set: two trends line up. With a linear trend, or in first differences
    (this year's change in the target on last year's change in growth), the common trend is
    removed. `level` 'national' takes the national series; 'subnational' every other level. The
    table has one row per specification and term (coef, se, t, p, 95 % CI, n, R², covariance used);
    a specification the sample cannot support (fewer than 5 observations, or no region with two
    consecutive years for differences) is one row saying so. The text comes from the estimates and
    their intervals: a CI that includes 0 reads 'no evidence of a link', never 'a weak link'.

    Real series (tests/test_panel_model.py): national GDP, levels slope about 0.4 with a CI above 0;
    with a trend and in differences the CI includes 0.
    """
    from statsmodels.tools.tools import add_constant  # not statsmodels.api: every model, 0.3 s

    d = _model_data(status, indicator)
    d = d[d["level"] == "national"] if level == "national" else d[d["level"] != "national"]
    rows = []
    for spec, formula in SPECIFICATIONS.items():
        if spec == "first differences":
            s = d.dropna(subset=["d_target", "d_prev"])
            y, X = s["d_target"], add_constant(s[["d_prev"]].rename(columns={"d_prev": "outcome_prev"}))
        else:
            s = d
            cols = ["prev", "year"] if "trend" in spec else ["prev"]
            y, X = s["target"], add_constant(s[cols].rename(columns={"prev": "outcome_prev"}))
        base = dict(sample=level, spec=spec, formula=formula, n=len(s))
        why = _not_estimable(spec, s, X)
        if why:
            rows.append(base | dict(term="outcome_prev", note=f"not estimable: {why}"))
            continue
        fit, cov = _fit(y.astype(float), X.astype(float), s["region"])
        ci = fit.conf_int()
        for term in fit.params.index:
            rows.append(
                base
                | dict(
                    term=term,
                    coef=fit.params[term],
                    se=fit.bse[term],
                    t=fit.tvalues[term],
                    p=fit.pvalues[term],
                    ci_low=ci.loc[term, 0],
                    ci_high=ci.loc[term, 1],
                    r2=fit.rsquared,
                    cov=cov,
                    note="",
                )
            )
    table = pd.DataFrame(rows).reindex(columns=MODEL_COLUMNS)
    return table, model_text(table, indicator)


def model_text(table: pd.DataFrame, indicator: str = "gdp") -> str:
    """What the slopes of `target_setting_model` allow one to say, and nothing stronger.

    >>> t = pd.DataFrame(dict(sample="national", spec=list(SPECIFICATIONS), term="outcome_prev", coef=[0.4, 0.0, 0.01],
    ...     ci_low=[0.25, -0.1, -0.2], ci_high=[0.55, 0.1, 0.22], n=[17, 17, 14], cov="HAC", note=""))
    >>> print(model_text(t))  # doctest: +NORMALIZE_WHITESPACE
    national gdp targets. levels (n = 17): slope 0.40 (95% CI 0.25 to 0.55), the interval excludes 0.
    levels + linear trend (n = 17): slope 0.00 (95% CI -0.10 to 0.10): no evidence of a link.
    first differences (n = 14): slope 0.01 (95% CI -0.20 to 0.22): no evidence of a link. The link in
    levels does not survive a trend or differencing: it is what two falling series give, not evidence
    that targets follow last year's growth. A description of few observations, not a causal effect.
    """
    slopes = table[table["term"] == "outcome_prev"]
    if slopes.empty:
        return f"No {indicator} target with last year's outcome: no model."
    parts = [f"{slopes['sample'].iloc[0]} {indicator} targets."]
    excludes = {}
    for r in slopes.itertuples():
        if pd.isna(r.coef):
            parts.append(f"{r.spec}: {r.note}.")
            continue
        excludes[r.spec] = r.ci_low > 0 or r.ci_high < 0
        ci = f"slope {r.coef:.2f} (95% CI {r.ci_low:.2f} to {r.ci_high:.2f})"
        parts.append(
            f"{r.spec} (n = {r.n}): {ci}" + (", the interval excludes 0." if excludes[r.spec] else ": no evidence of a link.")
        )
    detrended = [excludes[k] for k in ("levels + linear trend", "first differences") if k in excludes]
    if excludes.get("levels") and detrended and not any(detrended):
        parts.append(
            "The link in levels does not survive a trend or differencing: it is what two falling series give, "
            "not evidence that targets follow last year's growth."
        )
    elif len(detrended) == 2 and all(detrended):
        parts.append("The link holds with a trend and in differences.")
    parts.append("A description of few observations, not a causal effect.")
    return " ".join(parts)


def cpi_sensitivity(status: pd.DataFrame, indicator: str = "cpi") -> pd.DataFrame:
    """The verdicts on price targets under three readings of the wording, side by side.

    A CPI target (涨幅3%左右, 控制在3%以内) is read by default as a ceiling: inflation at or below
    it, or within the 左右 tolerance above it, is met (docs/panel.md). Read strictly as the stated
    number, anything above it misses; read as 'about' (two-sided), inflation far below the target
    (0.2 % against 3%左右 in 2023-2024) misses too, on the low side. One row per reading: pairs,
    met, missed above, missed below.
    """
    d = status[(status["kind"] == "annual") & (status["indicator"] == indicator) & status["status"].isin(VERDICTS)]
    out = d["outcome_value"].astype(float)
    tol = d["tolerance"].fillna(0.0).astype(float)
    high = d["target_value_high"].fillna(d["target_value"]).astype(float)
    low = d["target_value"].astype(float)
    readings = {
        "ceiling with the 左右 tolerance (default)": (pd.Series(-np.inf, index=d.index), high + tol),
        "strict ceiling (the stated number)": (pd.Series(-np.inf, index=d.index), high),
        "about, two-sided (± tolerance, or the range)": (low - tol - 1e-9, high + tol),
    }
    rows = []
    for reading, (lo, hi) in readings.items():
        above, below = out > hi + 1e-9, out < lo
        rows.append(
            dict(
                reading=reading,
                pairs=len(d),
                met=int((~above & ~below).sum()),
                missed_above=int(above.sum()),
                missed_below=int(below.sum()),
            )
        )
    return pd.DataFrame(rows)


# --- export -------------------------------------------------------------------------------------


# Variable labels of the exported tables, English and Chinese (reference/panel_variables.csv).
VARIABLE_LABELS = pd.read_csv(REFERENCE_DIR / "panel_variables.csv", dtype=str, keep_default_na=False)
STATA_LABEL_MAX = 80  # characters of a Stata variable label


def variable_label(column: str) -> str:
    """'English / 中文' for a column of the panel tables, '' for a column the reference does not know.

    >>> variable_label("target_year")
    'year the target is for / 目标年份'
    """
    hit = VARIABLE_LABELS[VARIABLE_LABELS["column"] == column]
    return "" if hit.empty else f"{hit['label_en'].iloc[0]} / {hit['label_zh'].iloc[0]}"[:STATA_LABEL_MAX]


def _stata_name(col: str, seen: set[str]) -> str:
    name = re.sub(r"[^0-9A-Za-z_]", "_", str(col))[:32] or "v"
    if name[0].isdigit():
        name = ("v" + name)[:32]
    while name in seen:
        name = name[:30] + f"_{len(seen) % 100}"
    seen.add(name)
    return name


def stata_ready(df: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """A copy Stata 14+ reads (to_stata version 118) and its variable labels.

    ASCII names of at most 32 characters; integers (years, counts) stay integers (int32) when the
    column has no missing value, otherwise Stata's float missing; booleans 0/1 the same way; text
    as str with '' for missing (Chinese kept). Labels: `variable_label` of the original column,
    keyed by the Stata name.
    """
    out = pd.DataFrame(index=df.index)
    labels, seen = {}, set()
    for col in df.columns:
        name = _stata_name(col, seen)
        s = df[col]
        if pd.api.types.is_bool_dtype(s) or pd.api.types.is_integer_dtype(s):
            out[name] = s.astype("int32") if s.notna().all() else pd.to_numeric(s.astype("Float64")).astype(float)
        elif pd.api.types.is_float_dtype(s):
            out[name] = s.astype(float)
        else:
            out[name] = s.astype(object).where(s.notna(), "").astype(str).astype(object)
        labels[name] = variable_label(str(col))
    return out.reset_index(drop=True), labels


def write_tables(tables: dict[str, pd.DataFrame], folder) -> list:
    """Each table as CSV (UTF-8 with BOM), Parquet and Stata .dta (version 118, unicode, with
    English and Chinese variable labels), atomically."""
    import io
    from pathlib import Path

    from helpers.store import atomic_write_bytes, write_table

    written = []
    for name, df in tables.items():
        written += write_table(df, Path(folder), name)
        buf = io.BytesIO()
        st, labels = stata_ready(df)
        long_text = [
            c for c in st.columns if st[c].dtype == object and max((len(v.encode("utf-8")) for v in st[c]), default=0) > 2000
        ]
        st.to_stata(buf, write_index=False, version=118, convert_strl=long_text, variable_labels=labels)
        written.append(atomic_write_bytes(Path(folder) / f"{name}.dta", buf.getvalue()))
    return written


CATALOG_KEYS = ("report_id", "region", "level", "report_year")
# The columns of the status table a reader checks a pair by (notebook 10).
STATUS_COLUMNS = [
    "region", "target_year", "indicator", "variant", "target_value", "target_value_high", "qualifier",
    "outcome_value", "outcome_basis", "rule", "tolerance_text", "outcome_minus_target", "margin", "status",
]  # fmt: skip


def catalog(metas: list[dict], figure_counts: list[int]) -> pd.DataFrame:
    """One row per report read: id, region, level, year and how many figures it gave."""
    rows = [{k: m.get(k) for k in CATALOG_KEYS} for m in metas]
    return pd.DataFrame(rows).assign(figures=figure_counts)


def catalog_summary(cat: pd.DataFrame) -> pd.DataFrame:
    """Reports per level and region with their first and last year."""
    return cat.groupby(["level", "region"]).agg(
        reports=("report_id", "size"), first=("report_year", "min"), last=("report_year", "max")
    )


def judged_rates(status: pd.DataFrame) -> pd.DataFrame:
    """Annual targets stated in percent that have a verdict: the points of the outcome-minus-target chart."""
    return status[(status["kind"] == "annual") & (status["unit"] == "%") & status["status"].isin(VERDICTS)]


def anchoring_data(status: pd.DataFrame, indicator: str = "gdp") -> pd.DataFrame:
    """Annual targets of one indicator with last year's outcome: the points of the anchoring chart."""
    rows = status[(status["kind"] == "annual") & (status["indicator"] == indicator)]
    return rows.dropna(subset=["target_mid", "prev_outcome_value"])
