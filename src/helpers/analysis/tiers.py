"""The tiered-target table (层层加码): each sub-national target beside its parents' and its own history.

Li, Liu, Weng & Zhou (Economic Journal 2019, "Target setting in tournaments: theory and evidence
from China") show that each tier of government sets its growth target above the one it receives
(层层加码, "adding weight at every level"): provinces above the nation, cities above their
province. The evidence is a table like this one: for every sub-national report in the folder, its
targets (GDP growth; CPI, investment, retail sales and new jobs where stated) beside

- the national target of the same year, or, when that report is not in the folder, the latest
  earlier national target, flagged (`national_basis`);
- for a city, its province's target of the same year when the province's report is in the folder;
- the growth it reports for last year, and the average of the five-year plan just ended: stated
  (年均增长, real for GDP) or, when the report states only the two levels, derived from them and
  labelled nominal (current prices, docs/domain.md);
- the markup in percentage points (target midpoint minus the parent's), for rates only.

Only rows the trust filter accepts (helpers.analysis.trust: scope own, confidence high) become a
region's target; a doubtful target row appears with status 'to_review' and its sentence, never as
the region's number. Which indicators, measures and units: reference/tier_indicators.csv.
Worked example (the bundled folder): 广东省 2026 sets GDP growth 4.5%-5% (midpoint 4.75); no 2026
national report is in the folder, so the 2025 national target (5%左右) is used and flagged; the
markup is -0.25 pp.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.analysis.growth import cagr
from helpers.analysis.panel import Spec, _annual_targets, _in_year, _meta_frame, _number, _outcome, _records
from helpers.analysis.trust import usable
from helpers.config import REFERENCE_DIR


def _specs() -> tuple[dict[str, Spec], set[str], dict[str, str]]:
    """The tier indicators (reference/tier_indicators.csv), those whose markup is in pp, Chinese names.

    >>> specs, markup, zh = _specs()
    >>> specs["retail_sales"].measures, "urban_new_jobs" in markup, zh["cpi"]
    (('growth_yoy',), False, '居民消费价格')
    """
    t = pd.read_csv(REFERENCE_DIR / "tier_indicators.csv", dtype=str, keep_default_na=False)
    specs = {r.indicator: Spec(tuple(r.measures.split("|")), r.unit_std, r.direction, r.unit) for r in t.itertuples()}
    return specs, set(t.loc[t["markup"] == "true", "indicator"]), dict(zip(t["indicator"], t["indicator_zh"]))


TIER_SPECS, MARKUP, ZH = _specs()

TIER_COLUMNS = [
    "region", "level", "report_id", "year", "indicator", "indicator_zh", "unit", "status",
    "target_value", "target_value_high", "qualifier", "target_mid",
    "national_report_id", "national_year", "national_earlier", "national_basis", "national_target_mid", "markup_national_pp",
    "province", "province_report_id", "province_target_mid", "markup_province_pp",
    "last_year_outcome", "plan_avg", "plan_avg_basis", "note", "target_text", "review_value", "review_text",
]  # fmt: skip

# The columns a reader checks a row by (notebook 10): the key ones first, the sentences left out.
TIER_VIEW = [
    "region", "year", "indicator_zh", "status", "target_value", "target_value_high", "qualifier", "markup_national_pp",
    "national_target_mid", "national_basis", "markup_province_pp", "province_target_mid", "last_year_outcome", "plan_avg",
    "plan_avg_basis", "review_value", "note",
]  # fmt: skip


def _mid(r: dict, spec: Spec) -> tuple[float, float, float]:
    value, high = _number(r, spec)
    return value, high, value if np.isnan(high) else (value + high) / 2


def _target_of(records: list[dict], year: int, indicator: str) -> dict | None:
    found = _annual_targets(records, year, indicator, TIER_SPECS[indicator])
    return found[0] if found else None


def plan_average(records: list[dict], year: int, indicator: str) -> tuple[float, str]:
    """The average growth of the five years before `year`, as the report gives it.

    Stated (年均增长 for year-5..year-1, not a target): its value, basis 'stated (real)' or
    'stated (nominal)' as the extractor read it. Otherwise, when the report states exactly one
    level for year-6 and one for year-1: the compound rate between them, basis 'derived from
    levels: nominal (current prices)' (a level is at current prices, a stated rate at comparable
    prices: 河北省 2026 gives 3.68万亿元 in 2020 and 4.93万亿元 in 2025, 6.0 % a year nominal). Else NaN.
    """
    stated = [
        r
        for r in records
        if r["indicator"] == indicator and r["measure"] == "growth_avg" and not r["is_target"] and _in_year(r, year - 5, year - 1)
    ]
    if stated:
        basis = stated[0]["basis"] if isinstance(stated[0]["basis"], str) and stated[0]["basis"] != "none" else "as stated"
        return float(stated[0]["value"]), f"stated ({basis})"
    levels = {}
    for y in (year - 6, year - 1):
        values = {
            r["value_std"] for r in records if r["indicator"] == indicator and r["measure"] == "level" and _in_year(r, y, y)
        }
        if len(values) != 1:
            return np.nan, ""
        levels[y] = values.pop()
    return cagr(levels[year - 6], levels[year - 1], 5), "derived from levels: nominal (current prices)"


def _national(meta: pd.DataFrame, year: int) -> tuple[str | None, int | None, str]:
    """The national report whose target a sub-national one of `year` is set against, and why."""
    nat = meta[meta["level"] == "national"]
    same = nat[nat["report_year"] == year]
    if len(same):
        return same["report_id"].iloc[0], year, "same year"
    earlier = nat[nat["report_year"] < year]
    if earlier.empty:
        return None, None, f"no national report for {year} or earlier in the folder"
    last = earlier.sort_values("report_year").iloc[-1]
    return (
        last["report_id"],
        int(last["report_year"]),
        f"latest earlier: the {int(last['report_year'])} national target (no {year} national report in the folder)",
    )


def _province(meta: pd.DataFrame, meta_by_report: dict[str, dict], report_id: str, year: int) -> tuple[str, str | None, str]:
    """For a city: its province (sidecar field `province`), that province's report of the same year, and a note."""
    province = meta_by_report[report_id].get("province") or ""
    if not province:
        return "", None, ""
    hit = meta[(meta["region"] == province) & (meta["level"] == "province")]
    same = hit[hit["report_year"] == year]
    if len(same):
        return province, same["report_id"].iloc[0], ""
    have = ", ".join(str(y) for y in sorted(hit["report_year"])) or "none"
    return province, None, f"no {province} report for {year} in the folder (its reports: {have}): provincial markup not computed"


def tier_table(figs: pd.DataFrame, meta_by_report: dict[str, dict]) -> pd.DataFrame:
    """One row per sub-national report and indicator: its target, its parents' targets, its history, the markups.

    GDP has a row for every sub-national report (status 'not_stated' when the report sets no
    trusted number and no doubtful one either); the other indicators only where a target is
    stated or a doubtful one is to review. status: 'target' (a trusted target), 'to_review' (only
    a row the trust filter keeps out: its number in review_value, its sentence in review_text),
    'not_stated'. markup_*_pp = target_mid - the parent's target_mid, for rates (not for job
    counts); NaN when the parent's target is absent, and `note` says why.
    """
    meta = _meta_frame(meta_by_report)
    trusted = _records(usable(figs), set(TIER_SPECS))
    every = _records(figs, set(TIER_SPECS))
    rows = []
    for m in meta[meta["level"] != "national"].sort_values(["level", "region", "report_year"]).itertuples():
        own = trusted.get(m.report_id, [])
        nat_id, nat_year, nat_basis = _national(meta, m.report_year)
        province, prov_id, prov_note = _province(meta, meta_by_report, m.report_id, m.report_year)
        for indicator, spec in TIER_SPECS.items():
            t = _target_of(own, m.report_year, indicator)
            doubtful = None if t else _target_of(every.get(m.report_id, []), m.report_year, indicator)
            if t is None and doubtful is None and indicator != "gdp":
                continue
            row = dict(
                region=m.region,
                level=m.level,
                report_id=m.report_id,
                year=m.report_year,
                indicator=indicator,
                indicator_zh=ZH.get(indicator, indicator),
                unit=spec.unit,
                national_report_id=nat_id,
                national_year=nat_year,
                national_earlier=nat_year is not None and nat_year != m.report_year,
                national_basis=nat_basis,
                province=province,
                province_report_id=prov_id,
            )
            notes = [prov_note] if prov_note else []
            if t is not None:
                value, high, mid = _mid(t, spec)
                row.update(
                    status="target",
                    indicator_zh=t["indicator_zh"],
                    target_value=value,
                    target_value_high=high,
                    qualifier=t["qualifier"],
                    target_mid=mid,
                    target_text=t["sentence"],
                )
            elif doubtful is not None:
                row.update(status="to_review", review_value=_number(doubtful, spec)[0], review_text=doubtful["sentence"])
                notes.append("the only target row is doubtful (scope or confidence): to review, not used")
            else:
                row["status"] = "not_stated"
            nat_t = _target_of(trusted.get(nat_id, []), nat_year, indicator) if nat_id else None
            if nat_t is not None:
                row["national_target_mid"] = _mid(nat_t, spec)[2]
            elif nat_id:
                notes.append(f"no {indicator} target found in {nat_id}")
            prov_t = _target_of(trusted.get(prov_id, []), m.report_year, indicator) if prov_id else None
            if prov_t is not None:
                row["province_target_mid"] = _mid(prov_t, spec)[2]
            last = _outcome(own, m.report_year - 1, indicator, spec, "")
            if last is not None:
                row["last_year_outcome"] = _number(last, spec)[0]
            if spec.unit == "%":
                row["plan_avg"], row["plan_avg_basis"] = plan_average(own, m.report_year, indicator)
            if indicator not in MARKUP:
                notes.append("a count: no markup in percentage points")
            row["note"] = "; ".join(notes)
            rows.append(row)
    out = pd.DataFrame(rows).reindex(columns=TIER_COLUMNS)
    rate = out["indicator"].isin(MARKUP)
    out["markup_national_pp"] = (out["target_mid"] - out["national_target_mid"]).where(rate)
    out["markup_province_pp"] = (out["target_mid"] - out["province_target_mid"]).where(rate)
    for col in ("year", "national_year"):
        out[col] = out[col].astype("Int64")
    return out


def tier_chart(table: pd.DataFrame, chinese_ok: bool, indicator: str = "gdp") -> dict[str, str]:
    """One line per sub-national report: its target (bar for a range) against the national target
    (hollow when it is the latest earlier one, not the same year's), the province's, last year's
    growth and the plan average, with the markup written beside it. Returns the region labels used."""
    import matplotlib.pyplot as plt

    from helpers.analysis.plots import label

    d = table[(table["indicator"] == indicator) & (table["status"] == "target")].reset_index(drop=True)
    key = {r: (r if chinese_ok else f"region {k + 1}") for k, r in enumerate(d["region"].unique())}
    _fig, ax = plt.subplots(figsize=(9, 0.7 * len(d) + 1.8))
    y = np.arange(len(d))[::-1]
    high = d["target_value_high"].fillna(d["target_value"])
    ax.hlines(y, d["target_value"], high, color="C0", lw=6, alpha=0.6)
    ax.scatter(d["target_mid"], y, color="C0", s=70, zorder=3, label="target (bar: range)")
    same = ~d["national_earlier"].astype(bool)
    ax.scatter(
        d["national_target_mid"].where(same), y, color="C3", marker="D", s=60, zorder=3, label="national target, same year"
    )
    ax.scatter(
        d["national_target_mid"].where(~same), y, facecolors="none", edgecolors="C3", marker="D", s=60, zorder=3,
        label="national target, latest earlier year",
    )  # fmt: skip
    ax.scatter(d["province_target_mid"], y, color="C4", marker="s", s=50, zorder=3, label="province's target, same year")
    ax.scatter(d["last_year_outcome"], y, color="C1", marker="^", s=50, zorder=3, label="last year's growth")
    derived = d["plan_avg_basis"].fillna("").str.startswith("derived")
    ax.scatter(d["plan_avg"].where(~derived), y, color="grey", marker="|", s=200, zorder=3, label="plan average, stated")
    ax.scatter(
        d["plan_avg"].where(derived), y, color="grey", marker="x", s=50, zorder=3, label="plan average, from levels (nominal)"
    )
    for yi, mk in zip(y, d["markup_national_pp"]):
        if pd.notna(mk):
            ax.annotate(f"{mk:+.2f} pp", (1.0, yi), xycoords=("axes fraction", "data"), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize=9)  # fmt: skip
    ax.set_yticks(y, [f"{key[r]} {yr}" for r, yr in zip(d["region"], d["year"])])
    ax.set(
        xlabel=label("增长 %", "growth, %"),
        title=label("层层加码：地方目标与全国目标", "Sub-national GDP targets against the national target (markup, pp)"),
    )
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2, frameon=False)
    plt.tight_layout()
    plt.show()
    return key
