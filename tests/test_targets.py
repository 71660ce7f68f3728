"""Targets against history: required growth, verdicts and qualitative targets, by hand and on Jiangmen."""

from __future__ import annotations

import pytest

from helpers.analysis.targets import VERDICT_THRESHOLD_PP, compare_targets, qualitative_targets
from helpers.config import RAW_DIR

from .factories import figure_table, one


def history(**extra):
    """GDP 2020: level 100亿元, grew 2 % last year and 5 % a year over 2016-2020."""
    return [
        dict(indicator="gdp", measure="level", value=100, unit="亿元", section="review_year"),
        dict(indicator="gdp", measure="growth_yoy", value=2.0, basis="real", section="review_year", base_period="上年"),
        dict(indicator="gdp", measure="growth_avg", value=5.0, basis="real", period=(2016, 2020)),
    ]


def gdp_target(value, **kw):
    return dict(
        indicator="gdp",
        measure="growth_yoy",
        value=value,
        basis="real",
        section="plan_year",
        period=(2021, 2021),
        is_target=True,
        base_period="上年",
        **kw,
    )


@pytest.mark.parametrize(
    "target,verdict",
    [(5.0, "continuation"), (5.5, "continuation"), (5.6, "acceleration"), (4.4, "deceleration"), (4.5, "continuation")],
)
def test_verdict_against_the_five_year_average_with_its_threshold(target, verdict):
    row = one(compare_targets(figure_table(*history(), gdp_target(target))), target_kind="annual_growth")
    assert row["verdict"] == verdict and row["verdict_against"] == "five-year average"
    assert row["verdict_threshold_pp"] == VERDICT_THRESHOLD_PP == 0.5
    assert row["gap_to_5y_pp"] == pytest.approx(target - 5.0)
    assert row["gap_to_last_pp"] == pytest.approx(target - 2.0)
    # 100 * (1 + target %) in 2021.
    assert row["implied_end_level"] / 1e8 == pytest.approx(100 * (1 + target / 100))


def test_range_target_uses_its_midpoint_and_reads_as_a_bound():
    row = one(compare_targets(figure_table(*history(), gdp_target(4.5, value_high=5.0))), target_kind="annual_growth")
    # (4.5 + 5) / 2 = 4.75.
    assert row["required_growth_pct"] == pytest.approx(4.75)
    assert row["bound"] == "= 4.5-5 %"
    row = one(compare_targets(figure_table(*history(), gdp_target(6, qualifier="strive+at_least"))), target_kind="annual_growth")
    assert row["bound"] == "strive >= 6 %"


def test_cumulative_target_from_stated_and_from_derived_last_level():
    # Stated 2020 level 100: 100 * (1.1 + 1.21) = 231 over 2021-2022 -> 10 %.
    figs = figure_table(
        dict(indicator="industrial_investment", measure="level", value=100, unit="亿元", section="review_year"),
        dict(
            indicator="industrial_investment",
            measure="cumulative",
            value=231,
            unit="亿元",
            section="plan_5y",
            period=(2021, 2022),
            is_target=True,
        ),
    )
    row = one(compare_targets(figs), target_kind="cumulative")
    assert row["required_growth_pct"] == pytest.approx(10.0, abs=1e-9)
    assert row["implied_end_level"] / 1e8 == pytest.approx(121)
    # No 2020 level: the review's 2019-2020 total 231 at 10 % (累计法) gives base 100 and 2020 level 121;
    # reaching 121 * (1.1 + 1.21) = 279.51 over 2021-2022 needs 10 % again.
    figs = figure_table(
        dict(indicator="fixed_asset_investment", measure="cumulative", value=231, unit="亿元", period=(2019, 2020)),
        dict(indicator="fixed_asset_investment", measure="growth_avg", value=10, period=(2019, 2020)),
        dict(
            indicator="fixed_asset_investment",
            measure="cumulative",
            value=279.51,
            unit="亿元",
            section="plan_5y",
            period=(2021, 2022),
            is_target=True,
        ),
    )
    row = one(compare_targets(figs), target_kind="cumulative")
    assert row["last_level"] / 1e8 == pytest.approx(121)
    assert "derived, not stated" in row["last_level_source"]
    assert row["required_growth_pct"] == pytest.approx(10.0, abs=1e-9)
    assert row["verdict"] == "continuation"


def test_level_target_and_unreachable_cases_are_flagged():
    figs = figure_table(
        dict(indicator="high_tech_enterprises", measure="count", value=100, unit="家", section="review_year"),
        dict(
            indicator="high_tech_enterprises",
            measure="count",
            value=121,
            unit="家",
            section="plan_year",
            period=(2022, 2022),
            is_target=True,
        ),
        dict(
            indicator="rd_spending",
            measure="level",
            value=50,
            unit="亿元",
            section="plan_year",
            period=(2021, 2021),
            is_target=True,
        ),
    )
    table = compare_targets(figs)
    # 100 (2020) -> 121 (2022): 10 % a year.
    assert one(table, indicator="high_tech_enterprises")["required_growth_pct"] == pytest.approx(10.0)
    flagged = one(table, indicator="rd_spending")
    assert "flagged: last year's level is not stated" in flagged["note"]
    assert flagged["verdict"] == "no required growth"


QUAL_TEXT = (
    "政府工作报告\n一、2020年工作回顾\n过去一年，地区生产总值增长2.2%。\n二、2021年工作安排\n"
    "今年经济社会发展主要预期目标是：地区生产总值增长6%以上，外贸进出口总额保持正增长，"
    "居民人均可支配收入增长与经济增长基本同步，节能减排完成省下达任务。\n"
)


def test_qualitative_targets_on_a_small_text():
    q = qualitative_targets(QUAL_TEXT, 2021)
    assert list(q["indicator"]) == ["foreign_trade", "disposable_income"]
    assert list(q["relation"]) == ["positive", "in_step_with"]
    assert q.iloc[0]["bound_value"] == 0 and q.iloc[1]["bound_indicator"] == "gdp"
    for _, r in q.iterrows():
        assert QUAL_TEXT[r["char_start"] : r["char_end"]] == r["text"]


def test_qualitative_text_outside_this_years_plan_is_ignored():
    text = QUAL_TEXT.replace("二、2021年工作安排\n今年经济社会发展主要预期目标是：", "")
    assert qualitative_targets(text, 2021).empty


@pytest.fixture(scope="module")
def targets(jiangmen, jiangmen_figures):
    return compare_targets(jiangmen_figures, qualitative=qualitative_targets(jiangmen.raw.text, jiangmen.year))


def test_jiangmen_cumulative_investment_targets(targets):
    # The review states 8852 over 2016-2020, 11.4 % a year and 2020 at +6.9 %. Keeping all three:
    # 2016-2019 grow g = (1.114^5 / 1.069)^(1/4) - 1 = 12.554 %; path / 2015 level = 1.12554 + ... +
    # 1.12554^4 + 1.114^5 = 7.138821, so 2015 = 8852 / 7.138821 = 1239.98 and 2020 = 1239.98 * 1.715639
    # = 2127.36. Bisection on 2127.36 * sum_{t=1..5} (1+r)^t = 15000 gives 11.6855 %; end 2025: 3696.78.
    fai = one(targets, target_kind="cumulative", indicator="fixed_asset_investment")
    assert fai["last_level"] / 1e8 == pytest.approx(2127.36, abs=0.01)
    assert "derived, not stated" in fai["last_level_source"] and "stated +6.9 %" in fai["last_level_source"]
    assert fai["required_growth_pct"] == pytest.approx(11.69, abs=0.005)
    assert fai["implied_end_level"] / 1e8 == pytest.approx(3696.78, abs=0.01)
    assert fai["history_5y_pct"] == 11.4 and fai["last_year_pct"] == 6.9 and fai["verdict"] == "continuation"
    # The constant-growth path beside it: 8852 / 6.993176 * 1.715639 = 2171.67 -> 10.9714 %, continuation too.
    assert fai["last_level_constant_path"] / 1e8 == pytest.approx(2171.67, abs=0.01)
    assert fai["required_growth_constant_path_pct"] == pytest.approx(10.97, abs=0.005)
    assert fai["verdict_constant_path"] == "continuation"
    # With 2021 at its 8 % target (2297.55), 2022-2025 must sum to 15000 - 2297.55: 13.375 % a year.
    assert fai["required_rest_pct"] == pytest.approx(13.38, abs=0.005)
    # 工业投资 645 (2020) -> 5000 over 2021-2025: 14.9919 %; 交通投资 220 -> 2000: 20.6390 %.
    assert one(targets, target_kind="cumulative", indicator="industrial_investment")["required_growth_pct"] == pytest.approx(
        14.99, abs=0.005
    )
    transport = one(targets, target_kind="cumulative", indicator="transport_investment")
    assert transport["required_growth_pct"] == pytest.approx(20.64, abs=0.005)
    assert transport["verdict"] == "acceleration"


def test_jiangmen_gdp_targets_and_end_levels(targets):
    # 2021: 3201 * 1.06 = 3393.06; 2025: 3201 * 1.06^5 = 4283.66 (2020 prices).
    annual = one(targets, target_kind="annual_growth", indicator="gdp")
    assert annual["implied_end_level"] / 1e8 == pytest.approx(3393.06, abs=0.01)
    assert annual["gap_to_5y_pp"] == pytest.approx(0.1) and annual["gap_to_last_pp"] == pytest.approx(3.8)
    assert annual["verdict"] == "continuation" and annual["bound"] == ">= 6 %"
    five = one(targets, target_kind="five_year_average", indicator="gdp")
    assert five["implied_end_level"] / 1e8 == pytest.approx(4283.66, abs=0.01)
    assert five["implied_end_year"] == 2025


def test_jiangmen_level_and_qualitative_targets(targets):
    # 高新技术企业 1800 -> 1900: 5.5556 %; 民生支出 316.3 -> 338.42: 6.9934 %.
    assert one(targets, indicator="high_tech_enterprises")["required_growth_pct"] == pytest.approx(5.56, abs=0.005)
    assert one(targets, target_kind="level", indicator="livelihood_spending")["required_growth_pct"] == pytest.approx(
        6.99, abs=0.005
    )
    # 城镇登记失业率 2.36 % -> at most 3 %: +0.64 pp.
    assert one(targets, indicator="unemployment_rate")["required_change_pp"] == pytest.approx(0.64)
    trade = one(targets, target_kind="qualitative", indicator="foreign_trade")
    assert trade["bound"] == "> 0" and trade["required_growth_pct"] == 0 and trade["history_5y_pct"] == 3.3
    income = one(targets, target_kind="qualitative", indicator="disposable_income")
    assert income["required_growth_pct"] == 6 and income["verdict"] == "deceleration"  # 6 against 8.5


def test_jiangmen_one_row_per_target(jiangmen_figures, targets):
    """Every target the region states of itself, read with confidence, gets a row; the others are to review."""
    from helpers.analysis import trust

    numeric = targets[targets["target_kind"] != "qualitative"]
    usable = trust.usable(jiangmen_figures)
    assert sorted(numeric["figure_id"]) == sorted(usable.loc[usable["is_target"], "figure_id"])
    left_out = set(jiangmen_figures.loc[jiangmen_figures["is_target"], "figure_id"]) - set(numeric["figure_id"])
    assert left_out == set(trust.to_review(jiangmen_figures).query("figure_id in @left_out")["figure_id"])


def test_relational_targets_of_the_five_year_plan_point_back_to_their_indicator(jiangmen):
    # 地区生产总值年均增长6%左右,增幅高于全国、全省平均水平 (plan_5y): 增幅 is GDP's growth, above two averages
    q = qualitative_targets(jiangmen.raw.text, jiangmen.year, ("plan_year", "plan_5y"))
    above = q[q["relation"] == "above"]
    assert above[["indicator", "bound", "period_start", "period_end"]].values.tolist() == [
        ["gdp", "> growth of 全国", 2021, 2025],
        ["gdp", "> growth of 全省", 2021, 2025],
    ]
    assert jiangmen.raw.text[above["char_start"].iloc[0] : above["char_end"].iloc[0]] == "增幅高于全国、全省平均水平"
    assert qualitative_targets(jiangmen.raw.text, jiangmen.year)["relation"].tolist() == ["positive", "in_step_with"]


def test_a_relational_target_with_its_own_subject_on_another_report():
    # Sichuan 2026, 十五五 goals: 明确了经济增速保持高于全国平均水平的预期目标
    from helpers.run.pipeline import open_report

    report = open_report(RAW_DIR / "2026_四川省.txt")
    q = qualitative_targets(report.raw.text, report.year, ("plan_year", "plan_5y"))
    assert q[q["relation"] == "above"][["indicator", "bound", "period_start", "period_end"]].values.tolist() == [
        ["gdp", "> growth of 全国", 2026, 2030]
    ]


def test_a_plan_year_level_is_linked_to_its_five_year_total(targets):
    # 安排交通大会战年度计划投资235亿元 (2021) under 力争"十四五"时期…交通投资达2000亿元: 235 on 220 in 2020 is
    # +6.82 %; the remaining 1765 over 2022-2025 from 235 needs 235 * sum_{t=1..4} (1+r)^t = 1765: 26.87 %.
    transport = one(targets, target_kind="cumulative", indicator="transport_investment")
    assert transport["first_year_planned_level"] / 1e8 == pytest.approx(235)
    assert transport["first_year_planned_source"] == "jiangmen-2021:12932"
    assert transport["required_rest_pct"] == pytest.approx(26.87, abs=0.005)
    assert "+6.82 % on 2020" in transport["note"]
    planned = one(targets, figure_id="jiangmen-2021:12932")
    assert planned["indicator"] == "transport_investment" and planned["required_growth_pct"] == pytest.approx(6.82, abs=0.005)


def test_the_last_year_comes_from_the_reviews_not_from_a_misdated_plan_row():
    # Guangdong 2026 reviews 2025: a row of the plan sections dated 2026 by mistake must not make
    # 2026 the "last year" (then no level of 2025 would be found and no end level implied)
    from helpers.run.pipeline import figures, open_report

    figs = figures(open_report(RAW_DIR / "2026_广东省.txt"))
    stray = figs.index[(figs["section"] == "plan_year") & ~figs["is_target"].astype(bool)][:1]
    assert len(stray) == 1
    figs.loc[stray, ["period_start", "period_end"]] = 2026
    gdp = one(compare_targets(figs), indicator="gdp", target_kind="annual_growth")
    assert gdp["last_level_year"] == 2025 and gdp["last_level"] == pytest.approx(14.58e12)


def test_an_unstated_five_year_average_is_taken_on_the_targets_basis_first():
    # Gansu 2026: GDP 13697.5亿元 (2025) and 9323.1亿元 (2020) at current prices imply 8.0 % a year, 增长33.6 % at
    # comparable prices 5.96 %; a real target of 5 % is set against the real 5.96 % (a deceleration of 0.96 point), not
    # the nominal 8.0 % (it read as 3 points)
    figs = figure_table(
        dict(indicator="gdp", measure="level", value=13697.5, unit="亿元", period=(2025, 2025), sentence="s"),
        dict(indicator="gdp", measure="level", value=9323.1, unit="亿元", period=(2020, 2020), sentence="s"),
        dict(indicator="gdp", measure="change_pct", value=33.6, basis="real", period=(2021, 2025), sentence="s"),
        dict(gdp_target(5.0), period=(2026, 2026)),
    )
    row = one(compare_targets(figs), target_kind="annual_growth")
    assert row["history_5y_pct"] == pytest.approx(5.9647, abs=1e-3)
    assert row["history_5y_source"].startswith("implied: level_change_pct")
    assert row["verdict"] == "deceleration" and row["gap_to_5y_pp"] == pytest.approx(-0.9647, abs=1e-3)
