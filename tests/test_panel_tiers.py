"""The tiered-target table (层层加码) on the bundled reports and on a made-up city and province.

Expected values read by hand from the reports: 广东省 2026 sets 地区生产总值增长4.5%—5% and gives
11.37万亿元 (2020) and 14.58万亿元 (2025); 河北省 2026 sets 5%以上, 3.68 and 4.93万亿元; 浙江省 2026
5%—5.5%, 十四五 年均增长5.9%; 四川省 2026 5.5%左右; the 2025 national report 5%左右; the 2021 national
report 6%以上; 江门市 2021 6%以上, 十三五 年均增长5.9%, fixed-asset investment +6.9 % in 2020.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.analysis import tiers
from helpers.analysis.growth import cagr

from .test_panel import _corpus, _fig, needs_corpus


@needs_corpus
def test_each_provincial_gdp_target_beside_the_latest_national_one_flagged():
    figs, meta, _ = _corpus()
    t = tiers.tier_table(figs, meta)
    gdp = t[t["indicator"] == "gdp"].set_index("report_id")
    prov = gdp[gdp["level"] == "province"]
    assert len(prov) == 5 and (prov["status"] == "target").all()
    assert (prov["national_report_id"] == "2025_national").all() and (prov["national_year"] == 2025).all()
    assert prov["national_earlier"].all()
    assert prov["national_basis"].str.startswith("latest earlier: the 2025 national target (no 2026").all()
    assert (prov["national_target_mid"] == 5.0).all()
    want = {"2026_广东省": -0.25, "2026_河北省": 0.0, "2026_浙江省": 0.25, "2026_四川省": 0.5, "2026_北京市": 0.0}
    assert prov["markup_national_pp"].to_dict() == pytest.approx(want)
    gd, hb, zj = prov.loc["2026_广东省"], prov.loc["2026_河北省"], prov.loc["2026_浙江省"]
    assert (gd["target_value"], gd["target_value_high"], gd["target_mid"]) == (4.5, 5.0, 4.75)
    assert gd["plan_avg"] == pytest.approx(((14.58 / 11.37) ** 0.2 - 1) * 100)  # 5.10 % a year, nominal
    assert hb["plan_avg"] == pytest.approx(6.02, abs=0.005) and gd["plan_avg_basis"] == hb["plan_avg_basis"]
    assert gd["plan_avg_basis"] == "derived from levels: nominal (current prices)"
    assert (zj["plan_avg"], zj["plan_avg_basis"]) == (5.9, "stated (real)")


@needs_corpus
def test_a_city_against_the_same_year_nation_and_a_missing_province_report():
    figs, meta, _ = _corpus()
    t = tiers.tier_table(figs, meta)
    jm = t[t["report_id"] == "jiangmen-2021"].set_index("indicator")
    assert set(jm.index) == {"gdp", "cpi", "fixed_asset_investment", "retail_sales", "urban_new_jobs"}
    g = jm.loc["gdp"]
    assert (g["national_basis"], g["national_target_mid"], g["markup_national_pp"]) == ("same year", 6.0, 0.0)
    assert not g["national_earlier"]
    assert (g["last_year_outcome"], g["plan_avg"]) == (2.2, 5.9)
    assert g["province"] == "广东省" and pd.isna(g["province_target_mid"])
    assert "no 广东省 report for 2021 in the folder (its reports: 2026)" in g["note"]
    assert jm.loc["fixed_asset_investment", "last_year_outcome"] == 6.9
    assert pd.isna(jm.loc["urban_new_jobs", "markup_national_pp"])  # 4万人 against 1100万人: no markup
    assert str(t["year"].dtype) == "Int64"


def test_a_city_under_its_province_and_a_doubtful_target_kept_out():
    """Made up: 某市 (city of 某省) and 某省 report for 2040; the nation's 2039 report is the latest.
    某市's CPI target sits in a sentence the extractor gave low confidence: to review, never its target."""
    rows = [
        _fig("n39", 5, "plan_year", "gdp", "growth_yoy", 5, 2039, True, "about"),
        _fig("p40", 5, "plan_year", "gdp", "growth_yoy", 5.5, 2040, True, "about"),
        _fig("c40", 1, "review_year", "gdp", "growth_yoy", 6.1, 2039, False),
        _fig("c40", 2, "review_5y", "gdp", "level", 1000, 2034, False, unit="CNY"),
        _fig("c40", 3, "review_5y", "gdp", "level", 1300, 2039, False, unit="CNY"),
        _fig("c40", 5, "plan_year", "gdp", "growth_yoy", 6, 2040, True, None, high=6.5),
        _fig("c40", 6, "plan_year", "cpi", "growth_yoy", 3, 2040, True, "about", sentence="某区物价涨幅3%左右"),
    ]
    figs = pd.DataFrame(rows).assign(scope="own", confidence="high", basis="real")
    figs.loc[6, "confidence"] = "low"
    meta = {
        "n39": dict(region="某国", level="national", report_year=2039),
        "p40": dict(region="某省", level="province", report_year=2040),
        "c40": dict(region="某市", level="city", province="某省", report_year=2040),
    }
    t = tiers.tier_table(figs, meta).set_index(["report_id", "indicator"])
    city = t.loc[("c40", "gdp")]
    assert city["target_mid"] == 6.25 and city["province_target_mid"] == 5.5
    assert city["markup_province_pp"] == pytest.approx(0.75) and city["markup_national_pp"] == pytest.approx(1.25)
    assert city["national_basis"].startswith("latest earlier: the 2039 national target")
    assert city["plan_avg"] == pytest.approx(cagr(1000, 1300, 5)) and "nominal" in city["plan_avg_basis"]
    cpi = t.loc[("c40", "cpi")]
    assert cpi["status"] == "to_review" and np.isnan(cpi["target_mid"]) and cpi["review_value"] == 3
    assert cpi["review_text"] == "某区物价涨幅3%左右"
    assert t.loc[("p40", "gdp"), "markup_national_pp"] == pytest.approx(0.5)
    assert "cpi" not in t.loc["p40"].index  # not stated, not doubtful: no row
