"""Targets against outcomes across reports: linking, wording-aware status, the research tables.

Expected values come from tests/data/corpus_expected.csv (read by hand from the texts).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd
import pytest
import yaml

from helpers.analysis import panel
from helpers.config import RAW_DIR
from helpers.extract.sections import plan_name, plan_years
from helpers.run.pipeline import figures, open_report

from .factories import DATA, corpus_figures

EXPECTED = pd.read_csv(DATA / "corpus_expected.csv")
EXPECTED["stem"] = EXPECTED["file"].str.rsplit("/", n=1).str[-1].str.removesuffix(".txt")
have_corpus = all((RAW_DIR / f"{s}.txt").exists() for s in EXPECTED["stem"].unique())
needs_corpus = pytest.mark.skipif(
    not have_corpus, reason="corpus not imported into data/raw (python -m helpers.run.corpus import)"
)


@lru_cache(maxsize=1)
def _corpus():
    reports = [open_report(p) for p in sorted(RAW_DIR.glob("*.txt"))]
    figs = pd.concat([corpus_figures(r) for r in reports], ignore_index=True)
    meta = {r.report_id: r.meta for r in reports}
    return figs, meta, panel.target_status(panel.targets_and_outcomes(figs, meta))


def _expected(item: str) -> pd.DataFrame:
    return EXPECTED[(EXPECTED["item"] == item) & (EXPECTED["status"] == "stated")]


def _annual(status, indicator="gdp"):
    return status[(status["kind"] == "annual") & (status["indicator"] == indicator)]


# --- the corpus --------------------------------------------------------------------------------


@needs_corpus
def test_national_gdp_targets_and_previous_growth_for_at_least_12_years():
    _, _, st = _corpus()
    got = _annual(st).set_index("target_report_id")
    targets = _expected("gdp_target")
    targets = targets[targets["file"].str.startswith("national/")]
    ok_target = sum(
        e.stem in got.index
        and got.loc[e.stem, "target_value"] == e.value
        and (pd.isna(e.value_high) or got.loc[e.stem, "target_value_high"] == e.value_high)
        for e in targets.itertuples()
    )
    prev = _expected("gdp_prev_growth")
    prev = prev[prev["file"].str.startswith("national/")]
    ok_prev = sum(e.stem in got.index and got.loc[e.stem, "prev_outcome_value"] == e.value for e in prev.itertuples())
    assert ok_target >= 12, f"national GDP targets equal to the hand-read values: {ok_target}"
    assert ok_prev >= 12, f"previous year's growth equal to the hand-read values: {ok_prev}"


@needs_corpus
def test_2026_provincial_targets_and_2025_growth():
    _, _, st = _corpus()
    got = _annual(st).set_index("target_report_id")
    provincial = EXPECTED[EXPECTED["file"].str.startswith("provincial/")]
    for stem, rows in provincial.groupby("stem"):
        t = rows[rows["item"] == "gdp_target"].iloc[0]
        p = rows[rows["item"] == "gdp_prev_growth"].iloc[0]
        r = got.loc[stem]
        assert r["level"] == "province" and r["target_year"] == t.report_year
        assert r["target_value"] == t.value, stem
        assert (pd.isna(t.value_high) and pd.isna(r["target_value_high"])) or r["target_value_high"] == t.value_high, stem
        assert r["prev_outcome_value"] == p.value, stem


@needs_corpus
def test_linked_national_gdp_pairs_equal_the_hand_read_values():
    _, _, st = _corpus()
    pairs = _annual(st)
    pairs = pairs[(pairs["level"] == "national") & pairs["status"].isin(panel.VERDICTS)]
    assert len(pairs) >= 15
    prev = _expected("gdp_prev_growth").set_index("report_year")
    target = _expected("gdp_target").set_index("stem")
    for r in pairs.itertuples():
        assert r.target_value == target.loc[r.target_report_id, "value"]
        if r.target_year + 1 in prev.index:
            assert r.outcome_value == prev.loc[r.target_year + 1, "value"], r.target_year
    y2015 = pairs.set_index("target_year").loc[2015]
    assert (y2015["target_value"], y2015["qualifier"], y2015["outcome_value"]) == (7, "about", 6.9)
    assert y2015["outcome_report_id"] == "2016_national" and y2015["tolerance_text"] == "±0.5 pp"
    assert y2015["status"] == "met" and y2015["outcome_minus_target"] == pytest.approx(-0.1)
    y2016 = pairs.set_index("target_year").loc[2016]  # 6.5%－7%, outcome 6.7: inside the range
    assert (y2016["rule"], y2016["status"]) == ("range", "met")


@needs_corpus
def test_missing_next_reports_and_unstated_targets_are_told_apart():
    _, _, st = _corpus()
    gdp = _annual(st)
    nat = gdp[gdp["level"] == "national"].set_index("target_year")
    assert nat.loc[2019, "status"] == "no_next_report"  # no 2020 report in the corpus
    assert nat.loc[2025, "status"] == "no_next_report"  # no 2026 national report
    # the 2008 report gives 2007 GDP as a level and its growth against 2002, never 2007's own growth
    assert nat.loc[2007, "status"] == "not_stated"
    cpi = _annual(st, "cpi").set_index("target_report_id")
    assert cpi.loc["2026_广东省", "status"] == "not_stated"  # 广东 sets no CPI target
    five = st[(st["kind"] == "five_year") & (st["level"] == "national")].set_index("target_year")
    assert five.loc[2021, "status"] == "not_stated"  # 十四五: 各年度视情提出, no GDP number


@needs_corpus
def test_five_year_plan_targets_link_with_the_next_review():
    _, _, st = _corpus()
    five = st[(st["kind"] == "five_year") & (st["level"] == "national")].set_index("target_year")
    assert (five.loc[2006, "target_value"], five.loc[2006, "outcome_value"]) == (7.5, 11.2)
    assert (five.loc[2011, "target_value"], five.loc[2011, "outcome_value"]) == (7, 7.8)
    assert (five.loc[2016, "target_value"], five.loc[2016, "rule"]) == (6.5, "floor")


@needs_corpus
def test_deficit_ratio_targets_and_outcomes():
    _, _, st = _corpus()
    d = _annual(st, "deficit_ratio").set_index("target_year")
    d = d[d["level"] == "national"]
    assert d.loc[2022, "outcome_value"] == 2.8
    assert d.loc[2016, "target_value"] == 3 and d.loc[2015, "target_value"] == 2.3


# --- status on hand-made cases -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,high,qualifier,outcome,direction,want",
    [
        (6, np.nan, "at_least", 6.0, "up", "met"),  # floor reached exactly
        (6, np.nan, "at_least", 8.1, "up", "beaten"),
        (6, np.nan, "at_least", 5.9, "up", "missed"),
        (7, np.nan, "about", 6.9, "up", "met"),  # within ±0.5 pp
        (7, np.nan, "about", 6.5, "up", "met"),  # the band's edge
        (7, np.nan, "about", 7.6, "up", "beaten"),
        (5.5, np.nan, "about", 3.0, "up", "missed"),
        (6.5, 7, None, 6.7, "up", "met"),  # range 6.5%-7%
        (6, 6.5, None, 6.6, "up", "beaten"),
        (4.5, 5, None, 3.9, "up", "missed"),
        (4.5, np.nan, "at_most", 4.02, "down", "met"),  # ceiling
        (4.5, np.nan, "at_most", 4.6, "down", "missed"),
        (3, np.nan, "about", 0.2, "down", "met"),  # CPI far below 3%左右: met, never 'beaten'
        (3, np.nan, "about", 3.4, "down", "met"),
        (3, np.nan, "about", 4.8, "down", "missed"),
        (7.5, np.nan, None, 7.8, "up", "beaten"),  # bare number: a floor
        (6, np.nan, "strive+at_least", 6.2, "up", "beaten"),
    ],
)
def test_judge_respects_the_wording(value, high, qualifier, outcome, direction, want):
    assert panel.judge(value, high, qualifier, outcome, direction) == want


def _fig(rid, fid, section, indicator, measure, value, year, target, qualifier=None, high=np.nan, unit="%", sentence="", zh=None):
    std = value * 1e4 if unit == "persons" else value
    return dict(
        report_id=rid,
        figure_id=f"{rid}:{fid}",
        section=section,
        indicator=indicator,
        indicator_zh=zh or indicator,
        measure=measure,
        value=float(value),
        value_high=high,
        value_std=std,
        unit_std=unit,
        period_start=year,
        period_end=year,
        is_target=target,
        qualifier=qualifier,
        preliminary=False,
        char_start=fid,
        sentence=sentence or f"主要预期目标 {indicator} {value}",
    )


def _toy():
    """Three reports of a made-up region: 2040 sets GDP, CPI and jobs targets; 2041 reports GDP
    only and sets no CPI target; 2042 is missing."""
    rows = [
        _fig("a40", 1, "review_year", "gdp", "growth_yoy", 6.2, 2039, False),
        _fig("a40", 10, "plan_year", "gdp", "growth_yoy", 6, 2040, True, "at_least"),
        _fig("a40", 11, "plan_year", "cpi", "growth_yoy", 3, 2040, True, "about"),
        _fig("a40", 12, "plan_year", "urban_new_jobs", "count", 100, 2040, True, "about", unit="persons"),
        _fig("a41", 1, "review_year", "gdp", "growth_yoy", 5.8, 2040, False),
        _fig("a41", 2, "review_year", "urban_new_jobs", "count", 96, 2040, False, unit="persons"),
        _fig("a41", 10, "plan_year", "gdp", "growth_yoy", 5.5, 2041, True, "about"),
    ]
    meta = {
        "a40": dict(region="某省", level="province", report_year=2040),
        "a41": dict(region="某省", level="province", report_year=2041),
    }
    return pd.DataFrame(rows), meta


def test_linking_and_status_on_a_made_up_region():
    figs, meta = _toy()
    st = panel.target_status(panel.targets_and_outcomes(figs, meta))
    got = st.set_index(["target_year", "indicator"])["status"]
    assert got[(2040, "gdp")] == "missed"  # 5.8 against a 6% floor
    assert got[(2040, "cpi")] == "not_extracted"  # the 2041 report states no CPI outcome
    assert got[(2040, "urban_new_jobs")] == "met"  # 96 against 100左右 (±5 % = ±5)
    assert got[(2041, "cpi")] == "not_stated"  # plan_year exists, no CPI number
    assert got[(2041, "gdp")] == "no_next_report"
    jobs = st.set_index(["target_year", "indicator"]).loc[(2040, "urban_new_jobs")]
    assert jobs["unit"] == "10k persons" and jobs["tolerance"] == pytest.approx(5)
    gdp = st.set_index(["target_year", "indicator"]).loc[(2040, "gdp")]
    assert gdp["prev_outcome_value"] == 6.2 and gdp["outcome_minus_target"] == pytest.approx(-0.2)
    rev = panel.revisions(st)
    assert rev.set_index("indicator").loc["gdp", "target_change"] == pytest.approx(-0.5)
    ratio = panel.just_beat_ratio(st)
    assert (ratio["just_beat"], ratio["just_miss"], ratio["window_pp"]) == (0, 1, 0.5)


def test_qualitative_targets_are_judged_where_possible():
    figs, meta = _toy()
    extra = [
        _fig("a41", 3, "review_year", "foreign_trade", "growth_yoy", -1.2, 2040, False),
        _fig("a41", 4, "review_year", "disposable_income", "growth_yoy", 6.0, 2040, False),
    ]
    figs = pd.concat([figs, pd.DataFrame(extra)], ignore_index=True)
    qual = pd.DataFrame(
        [
            dict(
                report_id="a40",
                indicator="foreign_trade",
                relation="positive",
                bound="> 0",
                bound_value=0.0,
                bound_indicator=None,
                text="外贸进出口保持正增长",
            ),
            dict(
                report_id="a40",
                indicator="disposable_income",
                relation="in_step_with",
                bound="≈ growth of gdp",
                bound_value=np.nan,
                bound_indicator="gdp",
                text="居民人均可支配收入增长与经济增长同步",
            ),
            dict(
                report_id="a40",
                indicator="gdp",
                relation="assigned",
                bound="= target assigned by 国家",
                bound_value=np.nan,
                bound_indicator="国家",
                text="完成国家下达目标",
            ),
            dict(
                report_id="a41",
                indicator="foreign_trade",
                relation="positive",
                bound="> 0",
                bound_value=0.0,
                bound_indicator=None,
                text="外贸进出口保持正增长",
            ),
        ]
    )
    got = panel.evaluate_qualitative(qual, figs, meta)["status"].tolist()
    assert got == ["missed", "met", "not_evaluable", "no_next_report"]  # -1.2 <= 0; 6.0 vs 5.8 within 0.5


def test_tables_export_to_stata_with_ascii_names_and_chinese_text(tmp_path):
    df = pd.DataFrame(
        {
            "region": ["某省", None],
            "a very long column name that goes past thirty-two": [1, 2],
            "flag": pd.array([True, pd.NA], dtype="boolean"),
            "year": pd.array([2040, pd.NA], dtype="Int64"),
        }
    )
    written = panel.write_tables({"t": df}, tmp_path)
    assert {p.suffix for p in written} == {".csv", ".parquet", ".dta"}
    back = pd.read_stata(tmp_path / "t.dta")
    assert all(len(c) <= 32 and c.isascii() for c in back.columns)
    assert back["region"].tolist() == ["某省", ""]
    assert str(back["flag"].dtype) == "float64"  # a missing value: Stata's float missing
    assert (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")


# --- nothing depends on the region's name or the year --------------------------------------------


def shifted(text: str, region: str, new_region: str, years: int, short: tuple = ()) -> str:
    """The same report told of another region, `years` later: years, plan names and the name moved
    (its one-character name after 在 too, when both regions have one: 在浙就业 -> 在甘就业)."""
    text = text.replace("在" + short[0], "在" + short[1]) if short else text
    text = re.sub(r"十[一二三四五六七八九]五", lambda m: plan_name(plan_years(m.group(0))[0] + years), text)
    text = re.sub(
        r"(?<![\d.])((?:19|20)\d\d)(?=年|[—\-－至到~～、](?:19|20)\d\d年)", lambda m: str(int(m.group(1)) + years), text
    )
    return text.replace(region, new_region)


COMPARE = ["section", "indicator", "measure", "value", "value_high", "unit", "is_target", "qualifier", "char_start"]


@needs_corpus
@pytest.mark.parametrize(
    "stem,region,new_region,short",
    [
        ("2026_浙江省", "浙江", "甘肃", ("浙", "甘")),  # a real province the text never names: its short name too
        ("2016_national", "国务院", "政务院", ()),
        ("jiangmen-2021", "江门", "云梦", ()),  # a made-up name: no rule names a real region
    ],
)
def test_a_renamed_report_five_years_later_gives_the_same_figures(tmp_path, stem, region, new_region, short):
    report = open_report(RAW_DIR / f"{stem}.txt")
    years = 5
    path = tmp_path / f"made-up-{report.year + years}.txt"
    path.write_text(shifted(report.raw.text, region, new_region, years, short), encoding="utf-8")
    path.with_name(path.stem + ".meta.yml").write_text(
        yaml.safe_dump(dict(report_year=report.year + years, region=new_region, level=report.meta.get("level"))), encoding="utf-8"
    )
    before, after = figures(report), figures(open_report(path))
    assert len(before) == len(after)
    before, after = before.reset_index(drop=True), after.reset_index(drop=True)
    # a place of the real region that the made-up one does not contain (宁波 once 浙江 is 甘肃) names another region's
    # figure there: scope other, and no target of the made-up region (others_are_no_target); every other field stays
    to_other = before["scope"].ne("other") & after["scope"].eq("other")
    compared = [c for c in COMPARE if c != "is_target"]
    pd.testing.assert_frame_equal(before[compared], after[compared])
    pd.testing.assert_series_equal(before.loc[~to_other, "is_target"], after.loc[~to_other, "is_target"])
    assert not after.loc[to_other, "is_target"].any()
    kept = ~(to_other & before["is_target"])  # another region's figure in a plan stands at the last year reviewed
    assert (before.loc[kept, "period_start"] + years).equals(after.loc[kept, "period_start"])
    assert (before.loc[kept, "period_end"] + years).equals(after.loc[kept, "period_end"])
    assert [shifted(z, region, new_region, years, short) for z in before["indicator_zh"]] == after["indicator_zh"].tolist()


@needs_corpus
def test_the_panel_links_a_renamed_and_shifted_pair_of_reports_the_same_way(tmp_path):
    years, region = 20, "某国"
    for stem in ("2015_national", "2016_national"):
        r = open_report(RAW_DIR / f"{stem}.txt")
        p = tmp_path / f"r{r.year + years}.txt"
        p.write_text(shifted(r.raw.text, "国务院", "政务院", years), encoding="utf-8")
        p.with_name(p.stem + ".meta.yml").write_text(
            yaml.safe_dump(dict(report_year=r.year + years, region=region, level="national")), encoding="utf-8"
        )
    reports = [open_report(p) for p in sorted(tmp_path.glob("*.txt"))]
    figs = pd.concat([figures(r) for r in reports], ignore_index=True)
    st = panel.target_status(panel.targets_and_outcomes(figs, {r.report_id: r.meta for r in reports}))
    row = _annual(st).set_index("target_year").loc[2015 + years]
    assert (row["region"], row["target_value"], row["outcome_value"], row["status"]) == (region, 7, 6.9, "met")


# --- the notebook --------------------------------------------------------------------------------


@needs_corpus
@pytest.mark.slow
def test_panel_notebook_runs_and_writes_the_linked_pairs(tmp_path):
    import papermill as pm

    from helpers.config import KERNEL_NAME, NOTEBOOKS_DIR, PROJECT_ROOT

    pm.execute_notebook(
        str(NOTEBOOKS_DIR / "10_panel.ipynb"),
        str(tmp_path / "out.ipynb"),
        kernel_name=KERNEL_NAME,
        parameters=dict(raw_dir=str(RAW_DIR), clean_root=str(tmp_path / "clean")),
        cwd=str(PROJECT_ROOT),
        progress_bar=False,
    )
    out = tmp_path / "clean" / "panel"
    for name in ("targets_outcomes", "meet_or_beat", "revisions", "target_model", "tiers", "cpi_sensitivity"):
        for ext in ("csv", "parquet", "dta"):
            assert (out / f"{name}.{ext}").exists(), f"{name}.{ext}"
    pairs = pd.read_parquet(out / "targets_outcomes.parquet")
    gdp = pairs[(pairs["kind"] == "annual") & (pairs["indicator"] == "gdp") & (pairs["level"] == "national")]
    assert gdp["status"].isin(panel.VERDICTS).sum() >= 15
    assert gdp.set_index("target_year").loc[2015, "status"] == "met"
    dta = pd.read_stata(out / "targets_outcomes.dta")
    assert len(dta) == len(pairs) and "region" in dta.columns
    assert str(dta["target_year"].dtype) == "int32"
    for name in ("targets_outcomes", "tiers", "target_model", "just_beat", "qualitative", "reports"):
        with pd.io.stata.StataReader(out / f"{name}.dta") as reader:
            labels = reader.variable_labels()
        unlabelled = [c for c, lab in labels.items() if not re.search(r"[A-Za-z].* / .*[\u4e00-\u9fff]", lab)]
        assert not unlabelled, f"{name}: no English and Chinese label on {unlabelled}"
