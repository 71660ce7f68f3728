"""The panel's inference: the target-setting model, close calls, outcome definitions, price readings.

Expected values are read by hand from the national reports (tests/data/corpus_expected.csv and the
sentences quoted below), or constructed so the answer is known.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.analysis import panel

from .test_panel import _annual, _corpus, _fig, needs_corpus

# --- the target-setting model ------------------------------------------------------------------


@needs_corpus
def test_the_trend_driven_slope_disappears_with_a_trend_and_in_first_differences():
    """National GDP 2006-2025: targets (8 % falling to 5 %) and growth both trend down."""
    _, _, st = _corpus()
    table, text = panel.target_setting_model(st, "gdp", "national")
    slope = table[table["term"] == "outcome_prev"].set_index("spec")
    levels, trend, diff = (slope.loc[k] for k in panel.SPECIFICATIONS)
    assert levels["ci_low"] > 0.1 and levels["n"] >= 15  # in levels the interval is well above 0
    assert trend["ci_low"] < 0 < trend["ci_high"] and abs(trend["coef"]) < 0.1
    assert diff["ci_low"] < 0 < diff["ci_high"] and diff["n"] < levels["n"]  # gaps (2008, 2020) give no difference
    assert slope["cov"].str.startswith("HAC").all()
    assert "no evidence of a link" in text and "does not survive a trend or differencing" in text
    assert "clearly" not in text


@needs_corpus
def test_the_subnational_sample_is_estimated_apart_and_says_what_it_cannot_estimate():
    _, _, st = _corpus()
    table, text = panel.target_setting_model(st, "gdp", "subnational")
    assert (table["sample"] == "subnational").all()
    slope = table[table["term"] == "outcome_prev"].set_index("spec")
    assert slope.loc["levels", "n"] == len(_annual(st).query("level != 'national'").dropna(subset=["prev_outcome_value"]))
    assert slope.loc["first differences", "note"].startswith("not estimable")
    assert slope.loc["levels + linear trend", "note"].startswith("not estimable")
    assert "not estimable" in text


def test_a_real_link_survives_every_specification():
    """Targets built as 1 + 0.6 x last year's growth, growth a random walk without trend: all three find 0.6."""
    rng = np.random.default_rng(1)
    years = np.arange(2000, 2040)
    growth = 7 + np.cumsum(rng.normal(0, 1, len(years)))
    st = pd.DataFrame(
        dict(
            kind="annual", indicator="gdp", level="national", region="某国", target_year=years,
            prev_outcome_value=growth, target_mid=1 + 0.6 * growth + rng.normal(0, 0.05, len(years)),
        )
    )  # fmt: skip
    table, text = panel.target_setting_model(st)
    slope = table[table["term"] == "outcome_prev"].set_index("spec")["coef"]
    assert slope.to_numpy() == pytest.approx([0.6, 0.6, 0.6], abs=0.05)
    assert "The link holds with a trend and in differences" in text and "no evidence" not in text


def test_too_few_observations_give_a_row_that_says_so():
    st = pd.DataFrame(
        dict(kind="annual", indicator="gdp", level="national", region="某国", target_year=[2040, 2041],
             prev_outcome_value=[6.0, 5.0], target_mid=[6.0, 5.5])
    )  # fmt: skip
    table, _ = panel.target_setting_model(st)
    assert table["coef"].isna().all() and table["note"].str.startswith("not estimable").all()


# --- close calls --------------------------------------------------------------------------------


@needs_corpus
def test_close_calls_use_the_status_tables_edge_and_a_binomial_test():
    """Hand count, national GDP, margin from the edge of the wording (±0.5 pp): 2012 7.8 vs 7.5 (+0.3),
    2014 7.4 vs 7.5左右 (edge 7.0: +0.4), 2015 6.9 vs 7左右 (+0.4), 2016 6.7 vs 6.5-7 (+0.2), 2024 5.0 vs
    5左右 (+0.5); 2013 7.7 vs 7.5左右 is +0.7, not close. Five just met, none just missed."""
    _, _, st = _corpus()
    judged = st[st["status"].isin(panel.VERDICTS)]
    assert ((judged["margin"] >= 0) == judged["status"].isin(["met", "beaten"])).all()  # one rule in both tables
    r = panel.just_beat_ratio(st, "gdp", level="national")
    assert (r["close_calls"], r["just_beat"], r["just_miss"]) == (5, 5, 0)
    assert r["p_binomial"] == pytest.approx(2 * 0.5**5)  # 0.0625: 5 : 0 is not enough
    assert r["share_low"] == pytest.approx(0.025 ** (1 / 5), abs=1e-6)  # Clopper-Pearson, x = n and r["share_high"] == 1.0
    assert r["min_close_calls"] == 6 and "cannot tell managed numbers from chance" in r["text"]
    nat = _annual(st).query("level == 'national'").set_index("target_year")
    assert nat.loc[2014, "status"] == "met" and nat.loc[2014, "margin"] == pytest.approx(0.4)


def test_enough_close_calls_on_one_side_are_reported_as_a_count_not_proof():
    rows = pd.DataFrame(dict(kind="annual", indicator="gdp", level="province", status="met", margin=[0.1] * 9 + [-0.2]))
    r = panel.just_beat_ratio(rows, level="province")
    assert (r["just_beat"], r["just_miss"], r["ratio"]) == (9, 1, 9.0)
    assert r["p_binomial"] < 0.05 and "not proof" in r["text"]


# --- outcome definitions ------------------------------------------------------------------------


@needs_corpus
def test_unemployment_outcomes_say_average_or_year_end():
    """2022 report: 年末城镇调查失业率降到5.5%; 2022, 2024, 2025 reports: 城镇调查失业率平均为5.1% / 5.2% / 5.1%."""
    _, _, st = _corpus()
    u = _annual(st, "unemployment_rate").query("level == 'national' and variant == 'surveyed'").set_index("target_year")
    assert u.loc[2022, "outcome_basis"] == "year-end (年末)" and u.loc[2022, "outcome_value"] == 5.5
    assert (u.loc[[2021, 2023, 2024], "outcome_basis"] == "annual average (平均)").all()
    paired = st[st["availability"] == "paired"]
    assert paired["outcome_release"].str.startswith("first release, stated in").all()
    assert (paired["outcome_release"].str.removeprefix("first release, stated in ") == paired["outcome_report_id"]).all()


def test_a_row_the_trust_filter_keeps_out_is_to_review_never_a_target_or_an_outcome():
    rows = [
        _fig("a40", 10, "plan_year", "gdp", "growth_yoy", 6, 2040, True, "at_least"),
        _fig("a41", 1, "review_year", "gdp", "growth_yoy", 5.8, 2040, False),
        _fig("a40", 11, "plan_year", "cpi", "growth_yoy", 3, 2040, True, "about"),
        _fig("a41", 2, "review_year", "cpi", "growth_yoy", 2.1, 2040, False),
        _fig(
            "a40",
            12,
            "plan_year",
            "urban_new_jobs",
            "count",
            100,
            2040,
            True,
            "about",
            unit="persons",
            sentence="某区新增就业100万人",
        ),
    ]
    figs = pd.DataFrame(rows).assign(scope="own", confidence="high")
    figs.loc[3, "scope"] = "part"  # the CPI of a district
    figs.loc[4, "confidence"] = "low"  # a jobs target read with low confidence
    meta = {f"a{y}": dict(region="某省", level="province", report_year=2000 + y) for y in (40, 41)}
    st = panel.target_status(panel.targets_and_outcomes(figs, meta)).set_index(["target_year", "indicator"])
    assert st.loc[(2040, "cpi"), "status"] == "to_review" and pd.isna(st.loc[(2040, "cpi"), "outcome_value"])
    assert st.loc[(2040, "cpi"), "review_text"].startswith("主要预期目标 cpi")  # the doubtful sentence, for a person
    jobs = st.loc[(2040, "urban_new_jobs")]
    assert jobs["status"] == "to_review" and pd.isna(jobs["target_value"]) and jobs["review_text"] == "某区新增就业100万人"
    assert st.loc[(2040, "gdp"), "status"] == "missed"


@needs_corpus
def test_price_targets_under_three_readings():
    """National CPI, hand-read: 2007 4.8 % against 3%以内 misses under every reading; 2010 3.3 % against
    3%左右 is met with the tolerance, missed read strictly; 2023 0.2 % against 3%左右 is met as a
    ceiling and missed on the low side read as two-sided."""
    _, _, st = _corpus()
    table = panel.cpi_sensitivity(st).set_index("reading")
    assert (table["met"] + table["missed_above"] + table["missed_below"] == table["pairs"]).all()
    default, strict, about = table.iloc[0], table.iloc[1], table.iloc[2]
    assert default["missed_below"] == 0 and default["missed_above"] >= 1
    assert strict["missed_above"] == default["missed_above"] + 1  # 2010: 3.3 above 3
    assert about["missed_below"] > about["met"]  # low inflation misses an 'about' target
    cpi = _annual(st, "cpi").query("level == 'national'").set_index("target_year")
    assert (cpi.loc[2007, "status"], cpi.loc[2010, "status"], cpi.loc[2023, "status"]) == ("missed", "met", "met")


def test_several_regions_with_repeated_years_get_hac_within_region():
    """Two made-up provinces, 15 years each, targets 2 + 0.5 x last year's growth: the sub-national
    sample is a panel, its errors HAC within each region, and the slope is found in every spec."""
    rng = np.random.default_rng(2)
    frames = []
    for region in ("甲省", "乙省"):
        years = np.arange(2030, 2045)
        growth = 6 + np.cumsum(rng.normal(0, 0.8, len(years)))
        frames.append(
            pd.DataFrame(
                dict(kind="annual", indicator="gdp", level="province", region=region, target_year=years,
                     prev_outcome_value=growth, target_mid=2 + 0.5 * growth + rng.normal(0, 0.05, len(years)))
            )
        )  # fmt: skip
    table, _ = panel.target_setting_model(pd.concat(frames, ignore_index=True), level="subnational")
    slope = table[table["term"] == "outcome_prev"].set_index("spec")
    assert slope["cov"].str.startswith("HAC within region").all()
    assert slope["coef"].to_numpy() == pytest.approx([0.5, 0.5, 0.5], abs=0.05)
    assert slope.loc["first differences", "n"] == 28  # 14 differences per region, none across regions
