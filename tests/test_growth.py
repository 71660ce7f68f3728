"""Implied growth: the core arithmetic on hand-worked cases, the table on small tables and on Jiangmen.

Expected values are worked by hand (arithmetic in the comments); the Jiangmen ones were computed
from the report's numbers with a calculator before the code existed, to 0.01 pp.
"""

from __future__ import annotations

import functools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.analysis.growth import (
    annual_path,
    base_from_cumulative,
    cagr,
    cumulative_sum,
    growth_over_period,
    implied_deflator,
    implied_growth,
    level_from_growth,
    multiple_to_cagr,
    path_with_stated_last,
    solve_cumulative_rate,
    solve_rate_from_last,
)

from .factories import figure_table, one

BOUNDED = settings(max_examples=200, deadline=None)


# --- core arithmetic, hand-worked --------------------------------------------------------------


def test_cagr_and_its_inverse_by_hand():
    # 100 -> 121 over 2 years: 121/100 = 1.21 = 1.1^2, so 10 % a year.
    assert cagr(100, 121, 2) == pytest.approx(10.0)
    assert level_from_growth(100, 10, 2) == pytest.approx(121.0)
    assert level_from_growth(121, 10, -2) == pytest.approx(100.0)
    # 1.1^2 - 1 = 21 %.
    assert growth_over_period(10, 2) == pytest.approx(21.0)
    # 4 times over 2 years: 4^(1/2) = 2, i.e. +100 % a year.
    assert multiple_to_cagr(4, 2) == pytest.approx(100.0)


def test_cumulative_method_by_hand():
    # base 100 at 10 %: path 110, 121; sum 231.
    assert list(annual_path(100, 10, 2)) == pytest.approx([110.0, 121.0])
    assert cumulative_sum(100, 10, 2) == pytest.approx(231.0)
    assert solve_cumulative_rate(100, 231, 2) == pytest.approx(10.0, abs=1e-9)
    assert base_from_cumulative(231, 10, 2) == pytest.approx(100.0)
    # the same path seen from its last level: 121 + 121/1.1 = 121 + 110 = 231.
    assert solve_rate_from_last(121, 231, 2) == pytest.approx(10.0, abs=1e-9)
    # a flat path: base 50, 3 years, total 150 -> 0 %.
    assert solve_cumulative_rate(50, 150, 3) == pytest.approx(0.0, abs=1e-9)


def test_deflator_by_hand():
    # nominal 21 %, real 10 %: 1.21 / 1.10 = 1.10, i.e. 10 % price change.
    assert implied_deflator(21, 10) == pytest.approx(10.0)
    assert implied_deflator(5, 5) == pytest.approx(0.0)


@pytest.mark.parametrize(
    "call,message",
    [
        (lambda: cagr(0, 100, 5), "start level must be positive"),
        (lambda: cagr(-10, 100, 5), "start level must be positive"),
        (lambda: cagr(100, 0, 5), "end level must be positive"),
        (lambda: cagr(100, 121, 0), "period length must be positive"),
        (lambda: cagr(float("nan"), 121, 2), "missing"),
        (lambda: cagr(100, 121, None), "missing"),
        (lambda: level_from_growth(100, 5, 0), "non-zero"),
        (lambda: level_from_growth(100, -100, 1), "above -100"),
        (lambda: solve_cumulative_rate(0, 231, 2), "base level must be positive"),
        (lambda: solve_cumulative_rate(100, -5, 2), "cumulative total must be positive"),
        (lambda: solve_cumulative_rate(100, 231, 0), "period length must be positive"),
        (lambda: solve_cumulative_rate(100, 231, 2.5), "whole number of years"),
        (lambda: solve_rate_from_last(0, 231, 2), "last level must be positive"),
        (lambda: multiple_to_cagr(0, 5), "multiple must be positive"),
        (lambda: base_from_cumulative(float("inf"), 5, 5), "not finite"),
    ],
)
def test_bad_inputs_raise_a_clear_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --- properties ---------------------------------------------------------------------------------

levels = st.floats(min_value=1e-3, max_value=1e9, allow_nan=False, allow_infinity=False)
rates = st.floats(min_value=-60, max_value=200, allow_nan=False, allow_infinity=False)


@BOUNDED
@given(start=levels, rate=rates, years=st.integers(min_value=1, max_value=30))
def test_cagr_round_trips_with_level_from_growth(start, rate, years):
    end = level_from_growth(start, rate, years)
    assert cagr(start, end, years) == pytest.approx(rate, abs=1e-6)
    assert level_from_growth(end, rate, -years) == pytest.approx(start, rel=1e-9)


@BOUNDED
@given(base=levels, ratio=st.floats(min_value=0.05, max_value=500), years=st.integers(min_value=1, max_value=30))
def test_cumulative_solver_returns_a_rate_whose_path_sums_to_the_total(base, ratio, years):
    total = base * ratio * years  # any positive total
    r = solve_cumulative_rate(base, total, years)
    assert r > -100 and math.isfinite(r)
    assert annual_path(base, r, years).sum() == pytest.approx(total, rel=1e-7)
    if years == 1 or total <= base:
        with pytest.raises(ValueError, match=r"one-year total|must exceed the last"):
            solve_rate_from_last(base, total, years)
        return
    if total < base * 1.001:  # needs a rate above 100000 % a year: outside what the bracket searches
        return
    last = solve_rate_from_last(base, total, years)
    path = base * (1 + last / 100) ** -np.arange(years)
    assert path.sum() == pytest.approx(total, rel=1e-7)


@BOUNDED
@given(
    start=st.floats(max_value=0, allow_nan=False, allow_infinity=False), end=levels, years=st.integers(min_value=-5, max_value=5)
)
def test_non_positive_base_or_period_is_refused(start, end, years):
    with pytest.raises(ValueError):
        cagr(start, end, years)
    with pytest.raises(ValueError):
        cagr(end, end, min(years, 0))


@functools.cache
def level_and_change() -> pd.DataFrame:
    """A 2020 GDP level and its change since 2015, both 1亿元, as a validated figures table.

    Validated once: each example below changes only the two numbers (value, value_std), and the
    schema's check of a whole table costs as much as the implied growth of two rows.
    """
    return figure_table(
        dict(indicator="gdp", measure="level", value=1.0, unit="亿元", sentence="s"),
        dict(
            indicator="gdp",
            measure="change_abs",
            value=1.0,
            unit="亿元",
            period=(2016, 2020),
            base_period="2015",
            sentence="s",
        ),
    )


@settings(max_examples=50, deadline=None)
@given(level=st.floats(min_value=1, max_value=1e4), change=st.floats(min_value=-1e4, max_value=2e4))
def test_table_never_holds_inf_and_flags_what_it_cannot_compute(level, change):
    figs = level_and_change().assign(value=[level, change], value_std=[level * 1e8, change * 1e8])
    row = one(implied_growth(figs), method="level_change_abs")
    numbers = row[["implied_cagr_pct", "start_level", "end_level"]].astype(float)
    assert not np.isinf(numbers).any()
    if level - change > 0:
        assert row["status"] == "ok" and math.isfinite(row["implied_cagr_pct"])
    else:
        assert row["status"].startswith("flagged:") and "start level" in row["status"]
        assert pd.isna(row["implied_cagr_pct"])


# --- the table on hand-made figures -----------------------------------------------------------


def test_level_and_absolute_change_with_stated_real_rate_gives_gap_and_deflator():
    # 2016 level 121 - 21 more than 2014 -> 100 in 2014; (121/100)^(1/2) = 1.1: 10 % nominal.
    # Stated real average 5 %: gap 5 pp; deflator 1.10 / 1.05 - 1 = 4.7619 %.
    figs = figure_table(
        dict(indicator="gdp", measure="level", value=121, unit="亿元", period=(2016, 2016), sentence="s"),
        dict(indicator="gdp", measure="change_abs", value=21, unit="亿元", period=(2015, 2016), base_period="2014", sentence="s"),
        dict(indicator="gdp", measure="growth_avg", value=5, basis="real", period=(2015, 2016), sentence="s"),
    )
    row = one(implied_growth(figs), method="level_change_abs")
    assert row["implied_cagr_pct"] == pytest.approx(10.0)
    assert row["start_level"] == pytest.approx(100e8) and row["end_level"] == pytest.approx(121e8)
    assert (row["start_year"], row["end_year"], row["years"]) == (2014, 2016, 2)
    assert row["stated_growth_pct"] == 5 and row["stated_basis"] == "real"
    assert row["gap_pp"] == pytest.approx(5.0)
    assert row["implied_deflator_pct"] == pytest.approx(4.761905, abs=1e-5)
    assert row["convention"].startswith("水平法")
    assert row["caveats"] == ""  # 2014-2016 crosses no census year


def test_census_comparable_sample_and_preliminary_caveats():
    # 2016 -> 2018 crosses the 2018 census; FAI is on a comparable sample; the level is 预计.
    figs = figure_table(
        dict(
            indicator="fixed_asset_investment",
            measure="level",
            value=144,
            unit="亿元",
            period=(2018, 2018),
            sentence="s",
            preliminary=True,
        ),
        dict(
            indicator="fixed_asset_investment",
            measure="change_pct",
            value=44,
            period=(2017, 2018),
            base_period="2016",
            sentence="s",
        ),
    )
    row = one(implied_growth(figs), method="level_change_pct")
    # 1.44^(1/2) = 1.2: 20 % a year; start 144 / 1.44 = 100.
    assert row["implied_cagr_pct"] == pytest.approx(20.0)
    assert row["start_level"] == pytest.approx(100e8)
    assert "census 2018" in row["caveats"] and "comparable sample" in row["caveats"]
    assert "revises levels and past growth rates" in row["caveats"]  # not "growth rates not"
    assert "preliminary" in row["caveats"]


def test_period_multiple_compares_two_five_year_totals():
    # 是"十二五"时期的3倍 with a 2016-2020 total of 300: 2011-2015 total 100, 3^(1/5) - 1 = 24.573 %.
    figs = figure_table(
        dict(indicator="transport_investment", measure="cumulative", value=300, unit="亿元", period=(2016, 2020), sentence="s"),
        dict(
            indicator="transport_investment",
            measure="multiple",
            value=3,
            unit="倍",
            base_period="十二五时期",
            sentence="s",
            qualifier="nearly",
        ),
    )
    row = one(implied_growth(figs), method="period_total_multiple")
    assert row["implied_cagr_pct"] == pytest.approx(24.5731, abs=1e-4)
    assert row["start_level"] == pytest.approx(100e8)
    assert row["convention"].startswith("period totals")
    assert "nearly" in row["caveats"]


def test_missing_years_and_unknown_base_are_flagged_rows():
    figs = figure_table(
        dict(indicator="gdp", measure="change_pct", value=10, period=(None, None)),
        dict(indicator="retail_sales", measure="multiple", value=2, unit="倍", base_period="某时期"),
        dict(indicator="budget_revenue", measure="growth_avg", value=5, period=(None, None)),
    )
    table = implied_growth(figs)
    assert len(table) == 3
    assert table["status"].str.startswith("flagged:").all()
    assert table["status"].str.contains("years are missing|not a year").all()


# --- Jiangmen 2021 --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def implied(jiangmen_figures):
    return implied_growth(jiangmen_figures)


def test_jiangmen_gdp_level_and_change(implied):
    # 3201 - 961 = 2240 (2015); (3201/2240)^(1/5) - 1 = 7.4008 %; stated real 5.9 %;
    # gap 1.5008 pp; deflator 1.074008 / 1.059 - 1 = 1.4172 %.
    row = one(implied, method="level_change_abs", indicator="gdp")
    assert row["start_level"] / 1e8 == pytest.approx(2240, abs=1e-6)
    assert row["implied_cagr_pct"] == pytest.approx(7.40, abs=0.005)
    assert row["stated_growth_pct"] == 5.9 and row["stated_basis"] == "real"
    assert row["gap_pp"] == pytest.approx(1.50, abs=0.005)
    assert row["implied_deflator_pct"] == pytest.approx(1.42, abs=0.005)
    assert "census 2018" in row["caveats"]


def test_jiangmen_fai_cumulative_path(implied):
    # sum_{t=1..5} 1.114^t = 1.114 + 1.240996 + 1.382470 + 1.540071 + 1.715639 = 6.993176;
    # base 2015 = 8852 / 6.993176 = 1265.81; 2016 = 1265.81 * 1.114 = 1410.11;
    # 2020 = 1265.81 * 1.715639 = 2171.67 (亿元).
    row = one(implied, method="cumulative_path", indicator="fixed_asset_investment")
    assert row["start_level"] / 1e8 == pytest.approx(1265.81, abs=0.01)
    assert row["first_year_level"] / 1e8 == pytest.approx(1410.11, abs=0.01)
    assert row["end_level"] / 1e8 == pytest.approx(2171.67, abs=0.01)
    assert row["convention"].startswith("累计法")
    assert "comparable sample" in row["caveats"]


def test_jiangmen_changes_multiples_and_last_levels(implied):
    # 市场主体 57.57万户, +126.8 %: 2.268^(1/5) - 1 = 17.7955 %; 2015: 57.57 / 2.268 = 25.3836万户.
    row = one(implied, method="level_change_pct", indicator="market_entities")
    assert row["implied_cagr_pct"] == pytest.approx(17.80, abs=0.005)
    assert row["start_level"] == pytest.approx(253836, abs=1)
    # 高新技术企业 1800家, 9 times end-2015: 9^(1/5) - 1 = 55.1846 %; 2015: 200家.
    row = one(implied, method="multiple", indicator="high_tech_enterprises")
    assert row["implied_cagr_pct"] == pytest.approx(55.18, abs=0.005)
    assert row["start_level"] == pytest.approx(200)
    # 交通投资 908.5亿元, nearly 3 times the 十二五 total: 3^(1/5) - 1 = 24.5731 %.
    row = one(implied, method="period_total_multiple", indicator="transport_investment")
    assert row["implied_cagr_pct"] == pytest.approx(24.57, abs=0.005)
    # 交通投资 908.5 over 2016-2020, 220 in 2020: bisection on 220 * sum_k (1+r)^-k = 908.5 gives 10.5938 %.
    row = one(implied, method="cumulative_last_level", indicator="transport_investment")
    assert row["implied_cagr_pct"] == pytest.approx(10.59, abs=0.005)
    # 工业投资 3487 over 2016-2020, 645 in 2020: 645 is below the 697.4 average, r = -3.7595 %.
    row = one(implied, method="cumulative_last_level", indicator="industrial_investment")
    assert row["implied_cagr_pct"] == pytest.approx(-3.76, abs=0.005)


def test_jiangmen_average_to_cumulative_and_subgroup(implied):
    # 1.059^5 - 1 = 33.1925 %; start at 2020 prices 3201 / 1.059^5 = 2403.29.
    row = one(implied, method="average_to_cumulative", indicator="gdp")
    assert row["cumulative_growth_pct"] == pytest.approx(33.19, abs=0.005)
    assert row["start_level"] / 1e8 == pytest.approx(2403.29, abs=0.01)
    # 高技术产业 9.3 pp above 规上工业增加值 2.3 %: 11.6 %.
    row = one(implied, method="pp_above_whole", indicator="high_tech_manufacturing")
    assert row["implied_cagr_pct"] == pytest.approx(11.6)


def test_jiangmen_table_has_no_inf_and_every_gap_has_a_statement(implied):
    numeric = implied.select_dtypes("number")
    assert not np.isinf(numeric.to_numpy(dtype=float)).any()
    ok = implied[implied["status"] == "ok"]
    assert ok["implied_cagr_pct"].notna().all()
    assert (implied["gap_pp"].notna() == implied["stated_growth_pct"].notna()).all()
    assert implied.loc[implied["status"] != "ok", "status"].str.startswith("flagged:").all()


@pytest.mark.parametrize(
    "base,end,expected",
    [
        ("2015", 2020, ("year", 2015, 2015)),
        ("十二五期末", 2020, ("year", 2015, 2015)),
        ("十二五", 2020, ("period", 2011, 2015)),
        ("上年", 2020, ("year", 2019, 2019)),
        ("五年前", 2022, ("year", 2017, 2017)),
        ("10年前", 2022, ("year", 2012, 2012)),
    ],
)
def test_base_of_reads_years_plan_periods_and_years_ago(base, end, expected):
    from helpers.analysis.growth import base_of

    figs = figure_table(dict(measure="change_pct", value=10, period=(end, end), base_period=base))
    assert base_of(figs.iloc[0]) == expected


def test_a_path_keeps_the_stated_last_year_and_average():
    # Jiangmen FAI: 8852 over five years, 11.4 % a year on average, 2020 at +6.9 % (see the docstring).
    path = path_with_stated_last(8852, 11.4, 6.9, 5)
    assert path.sum() == pytest.approx(8852)
    assert path[-1] / path[-2] - 1 == pytest.approx(0.069)
    assert path[-1] / (path[0] / 1.1255429) == pytest.approx(1.114**5)  # the stated average over the five years
    assert path[-1] == pytest.approx(2127.36, abs=0.01)
    # a last year at the average gives the constant path back
    assert path_with_stated_last(8852, 11.4, 11.4, 5) == pytest.approx(annual_path(base_from_cumulative(8852, 11.4, 5), 11.4, 5))


def test_a_multiple_without_its_base_gives_no_annual_rate():
    # 国家高新技术企业达到1.9万家、科技型中小企业达到2.9万家，均实现倍增 (2026 Sichuan, five-year review): the doubling
    # stands at 2025 and names no base; read from the year before it was "100 % a year", a sentence the text never says
    from helpers.config import RAW_DIR
    from helpers.run.pipeline import figures, open_report

    figs = figures(open_report(RAW_DIR / "2026_四川省.txt"))
    doubling = figs[figs["number_text"].eq("倍增")]
    assert len(doubling) and (doubling["measure"] == "multiple").all()
    rows = implied_growth(figs)
    rows = rows[rows["figure_ids"].isin(doubling["figure_id"])]
    assert len(rows) and rows["status"].str.startswith("flagged: the multiple names no base").all()
    assert rows["implied_cagr_pct"].isna().all()


def test_a_note_writes_each_number_with_its_unit():
    # 2026 Hunan: 3507.6亿元 last year and 1.6万亿元 over the plan read "3507.6 * … = 1.6" without their units
    from helpers.config import RAW_DIR
    from helpers.run.pipeline import figures, open_report

    rows = implied_growth(figures(open_report(RAW_DIR / "jiangmen-2021.txt")))
    notes = rows.loc[rows["method"] == "cumulative_last_level", "note"].tolist()
    assert "r solves 220亿元 * sum_(k=0..n-1) (1+r)^-k = 908.5亿元" in notes


def test_a_change_of_a_total_over_the_plan_compares_two_plan_totals():
    # Gansu 2026: 累计…旅游花费1.27万亿元，…增长41.6% (against the last plan's total): the total 2021-2025 is 1.416 times
    # the total 2016-2020; a constant growth gives 1.416^(1/5) - 1 = 7.204 % a year, and the previous total is
    # 12700 / 1.416 = 8968.9亿元 (a total, not a 2020 level)
    figs = figure_table(
        dict(indicator="tourism_revenue", measure="cumulative", value=12700, unit="亿元", period=(2021, 2025), sentence="s"),
        dict(indicator="tourism_revenue", measure="change_pct", value=41.6, period=(2021, 2025), sentence="s"),
    )
    row = one(implied_growth(figs), method="period_total_multiple")
    assert row["implied_cagr_pct"] == pytest.approx(7.2044, abs=1e-3)
    assert row["start_level"] / 1e8 == pytest.approx(8968.93, abs=0.01)
    assert "total 2021-2025 / total 2016-2020" in row["note"]
    assert (implied_growth(figs)["method"] != "level_change_pct").all()


def test_a_real_change_gives_a_rate_but_no_start_level_from_a_nominal_level():
    # Gansu 2026: 地区生产总值达到13697.5亿元 (current prices)…增长33.6% (comparable prices): 1.336^(1/5) - 1 = 5.96 % a
    # year, real; 13697.5 / 1.336 = 10252.6 would be a false 2020 level (the report states 9323.1)
    figs = figure_table(
        dict(indicator="gdp", measure="level", value=13697.5, unit="亿元", period=(2025, 2025), sentence="s"),
        dict(indicator="gdp", measure="change_pct", value=33.6, period=(2021, 2025), sentence="s", basis="real"),
    )
    row = one(implied_growth(figs), method="level_change_pct")
    assert row["implied_cagr_pct"] == pytest.approx(5.9647, abs=1e-3) and row["basis"] == "real"
    assert row["start_level"] != row["start_level"]  # NaN: left out
    nominal = figure_table(
        dict(indicator="gdp", measure="level", value=13697.5, unit="亿元", period=(2025, 2025), sentence="s"),
        dict(indicator="gdp", measure="change_pct", value=33.6, period=(2021, 2025), sentence="s"),
    )
    assert one(implied_growth(nominal), method="level_change_pct")["start_level"] / 1e8 == pytest.approx(10252.62, abs=0.01)
