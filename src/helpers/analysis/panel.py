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
    "outcome_figure_id",
    "outcome_text",
    "prev_outcome_value",
    "prev_outcome_figure_id",
    "availability",
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
    "period_start",
    "period_end",
    "is_target",
    "qualifier",
    "preliminary",
    "char_start",
    "sentence",
]


def _records(figs: pd.DataFrame, indicators=None) -> dict[str, list[dict]]:
    """report_id -> its figures (of `indicators`) as dicts in text order, with variant and a flag
    for sentences that speak of targets. Plain records: the panel makes hundreds of tiny
    selections, where pandas' per-call overhead would dominate."""
    f = figs if indicators is None else figs[figs["indicator"].isin(indicators)]
    f = f[_KEEP].sort_values(["report_id", "char_start"])
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
                rows.append(
                    base
                    | dict(variant="", availability="not_stated" if has_plan_year else "not_extracted", outcome_report_id=next_id)
                )
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
                    row.update(
                        outcome_value=_number(out, spec)[0],
                        outcome_preliminary=bool(out["preliminary"]),
                        outcome_figure_id=out["figure_id"],
                        outcome_text=out["sentence"],
                    )
                row["availability"] = "paired" if out is not None else ("not_extracted" if nf is not None else "no_next_report")
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
            row.update(
                outcome_value=_number(out, spec)[0],
                outcome_preliminary=bool(out["preliminary"]),
                outcome_figure_id=out["figure_id"],
                outcome_text=out["sentence"],
            )
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
    (not_stated, not_extracted, no_next_report). target_ref is the number the outcome is measured
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


def just_beat_ratio(status: pd.DataFrame, indicator: str = "gdp", window: float = JUST_WINDOW_PP) -> dict:
    """How often the outcome lands just above the stated number rather than just below it.

    Just beat: 0 <= outcome - target <= window; just miss: -window <= outcome - target < 0, on the
    annual pairs of `indicator`, whatever the wording (the literature's definition). The ratio is
    NaN when nothing just missed (say 'n : 0' rather than infinity).
    """
    d = status[(status["kind"] == "annual") & (status["indicator"] == indicator) & status["status"].isin(VERDICTS)]
    m = d["outcome_minus_target"].round(9)
    beat = int(((m >= 0) & (m <= window)).sum())
    miss = int(((m < 0) & (m >= -window)).sum())
    return dict(
        indicator=indicator, window_pp=window, pairs=len(d), just_beat=beat, just_miss=miss, ratio=beat / miss if miss else np.nan
    )


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


def anchoring_model(status: pd.DataFrame, indicator: str = "gdp") -> tuple[pd.DataFrame, str]:
    """OLS of this year's target on last year's outcome, HC1 robust standard errors.

    target_mid_t = a + b * outcome_{t-1} + e, one observation per annual target of `indicator`
    whose report also states last year's outcome (prev_outcome_value: what the setter saw).
    Returns a tidy table (term, coef, se_hc1, t, p, ci_low, ci_high, n, r2) and a sentence saying
    what b means. b near 1: targets follow last year's growth; near 0: they ignore it.
    """
    import statsmodels.api as sm

    d = status[(status["kind"] == "annual") & (status["indicator"] == indicator)].dropna(
        subset=["target_mid", "prev_outcome_value"]
    )
    cols = ["term", "coef", "se_hc1", "t", "p", "ci_low", "ci_high", "n", "r2"]
    if len(d) < 3 or d["prev_outcome_value"].nunique() < 2:
        return pd.DataFrame(columns=cols), f"Too few observations ({len(d)}) to fit target on last year's outcome."
    X = sm.add_constant(d["prev_outcome_value"].astype(float).rename("outcome_prev"))
    fit = sm.OLS(d["target_mid"].astype(float), X).fit(cov_type="HC1")
    ci = fit.conf_int()
    tidy = pd.DataFrame(
        dict(
            term=fit.params.index,
            coef=fit.params.values,
            se_hc1=fit.bse.values,
            t=fit.tvalues.values,
            p=fit.pvalues.values,
            ci_low=ci[0].values,
            ci_high=ci[1].values,
            n=int(fit.nobs),
            r2=fit.rsquared,
        )
    )
    b, lo, hi, p = fit.params["outcome_prev"], ci.loc["outcome_prev", 0], ci.loc["outcome_prev", 1], fit.pvalues["outcome_prev"]
    strength = "clearly" if p < 0.05 else "not clearly"
    text = (
        f"Across {int(fit.nobs)} {indicator} targets, one percentage point more growth last year goes with a target "
        f"{b:.2f} pp higher this year (95% CI {lo:.2f} to {hi:.2f}, HC1 robust SE, p = {p:.3f}); the link is "
        f"{strength} different from zero and R² = {fit.rsquared:.2f}. A slope below 1 means targets move less than "
        f"growth: they are anchored on last year only in part. Small sample, one country's series plus a few "
        f"provinces in one year: read it as a description, not a causal effect."
    )
    return tidy[cols], text


# --- (e) sub-national targets against the nation ------------------------------------------------


def subnational_vs_national(
    status: pd.DataFrame, figs: pd.DataFrame, meta_by_report: dict[str, dict], indicator: str = "gdp"
) -> pd.DataFrame:
    """Each sub-national annual target against its last year, its last plan's average and the nation.

    gap_to_national_pp = target_mid - the national target_mid of the same year (层层加码 when > 0),
    only where the national report of that year is in the panel; otherwise the note says so.
    plan_avg is the 年均增长 the same report states for the five years that just ended.
    """
    meta = _meta_frame(meta_by_report)
    by_report = _records(figs, {indicator})
    d = status[
        (status["kind"] == "annual")
        & (status["indicator"] == indicator)
        & (status["level"] != "national")
        & status["target_mid"].notna()
    ]
    national = status[
        (status["kind"] == "annual")
        & (status["indicator"] == indicator)
        & (status["level"] == "national")
        & status["target_mid"].notna()
    ].set_index("target_year")
    rows = []
    for r in d.itertuples():
        avg = _five_year_outcome(by_report.get(r.target_report_id, []), r.target_year - 5, r.target_year - 1, indicator)
        nat_reports = meta[(meta["level"] == "national") & (meta["report_year"] == r.target_year)]
        row = dict(
            region=r.region,
            level=r.level,
            report_id=r.target_report_id,
            year=r.target_year,
            target_value=r.target_value,
            target_value_high=r.target_value_high,
            qualifier=r.qualifier,
            target_mid=r.target_mid,
            last_year_growth=r.prev_outcome_value,
            plan_avg_growth=avg["value"] if avg is not None else np.nan,
            national_target_mid=np.nan,
            note="",
        )
        if r.target_year in national.index:
            row["national_target_mid"] = national.loc[r.target_year, "target_mid"]
        elif nat_reports.empty:
            row["note"] = f"no national report for {r.target_year} in the panel: gap to the national target not computed"
        else:
            row["note"] = (
                f"national report {nat_reports['report_id'].iloc[0]} in the panel, but no {indicator} target extracted from it"
            )
        if avg is None:
            row["note"] = "; ".join(filter(None, [row["note"], "no five-year average stated (or not extracted)"]))
        rows.append(row)
    out = pd.DataFrame(
        rows,
        columns=[
            "region",
            "level",
            "report_id",
            "year",
            "target_value",
            "target_value_high",
            "qualifier",
            "target_mid",
            "last_year_growth",
            "plan_avg_growth",
            "national_target_mid",
            "note",
        ],
    )
    out["gap_to_last_year_pp"] = out["target_mid"] - out["last_year_growth"]
    out["gap_to_plan_avg_pp"] = out["target_mid"] - out["plan_avg_growth"]
    out["gap_to_national_pp"] = out["target_mid"] - out["national_target_mid"]
    return out


# --- export -------------------------------------------------------------------------------------


def stata_ready(df: pd.DataFrame) -> pd.DataFrame:
    """A copy Stata 14+ reads (to_stata version 118): ASCII names of at most 32 characters, no
    nullable integer/boolean NA (floats instead), text as str with '' for missing (Chinese kept)."""
    out = pd.DataFrame(index=df.index)
    seen = set()
    for col in df.columns:
        name = re.sub(r"[^0-9A-Za-z_]", "_", str(col))[:32] or "v"
        if name[0].isdigit():
            name = ("v" + name)[:32]
        while name in seen:
            name = name[:30] + f"_{len(seen) % 100}"
        seen.add(name)
        s = df[col]
        if pd.api.types.is_bool_dtype(s) or pd.api.types.is_integer_dtype(s) or pd.api.types.is_float_dtype(s):
            out[name] = pd.to_numeric(s.astype("Float64"), errors="coerce").astype(float)
        else:
            out[name] = s.astype(object).where(s.notna(), "").astype(str).astype(object)
    return out.reset_index(drop=True)


def write_tables(tables: dict[str, pd.DataFrame], folder) -> list:
    """Each table as CSV (UTF-8 with BOM), Parquet and Stata .dta (version 118, unicode), atomically."""
    import io
    from pathlib import Path

    from helpers.store import atomic_write_bytes, write_table

    written = []
    for name, df in tables.items():
        written += write_table(df, Path(folder), name)
        buf = io.BytesIO()
        st = stata_ready(df)
        long_text = [
            c for c in st.columns if st[c].dtype == object and max((len(v.encode("utf-8")) for v in st[c]), default=0) > 2000
        ]
        st.to_stata(buf, write_index=False, version=118, convert_strl=long_text)
        written.append(atomic_write_bytes(Path(folder) / f"{name}.dta", buf.getvalue()))
    return written


CATALOG_KEYS = ("report_id", "region", "level", "report_year")
# The columns of the status table a reader checks a pair by (notebook 10).
STATUS_COLUMNS = [
    "region", "target_year", "indicator", "variant", "target_value", "target_value_high", "qualifier",
    "outcome_value", "rule", "tolerance_text", "outcome_minus_target", "status",
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
