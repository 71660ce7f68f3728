"""Consistency checks: each check on hand-made figures that pass and that fail, then on Jiangmen."""

from __future__ import annotations

import pytest

from helpers.analysis.checks import COLUMNS, consistency_checks, half_unit

from .factories import figure_table, one


@pytest.mark.parametrize("text,expected", [("80.19", 0.005), ("3201", 0.5), ("1.5", 0.05), ("4.5-5", 0.05)])
def test_half_unit_of_the_last_digit(text, expected):
    assert half_unit(text) == pytest.approx(expected)


def ratio_table(stated: float):
    # loans 50, deposits 200: 50 / 200 = 25 %.
    return figure_table(
        dict(indicator="deposits", measure="level", value=200, unit="亿元", section="review_year"),
        dict(indicator="loans", measure="level", value=50, unit="亿元", section="review_year"),
        dict(indicator="loan_deposit_ratio", measure="level", value=stated, section="review_year", number_text=f"{stated:.2f}"),
    )


def test_ratio_vs_parts_passes_within_rounding_and_fails_outside():
    row = one(consistency_checks(ratio_table(25.00)), check="ratio_vs_parts")
    assert row["expected"] == pytest.approx(25.0) and row["passed"]
    # tolerance: 0.005 for the ratio + 25 * (0.5/50 + 0.5/200) = 0.005 + 0.3125 = 0.3175.
    assert row["tolerance"] == pytest.approx(0.3175)
    failed = one(consistency_checks(ratio_table(26.00)), check="ratio_vs_parts")
    assert not failed["passed"] and failed["difference"] == pytest.approx(1.0)


def test_subgroup_pp_above_whole():
    def table(sub):
        return figure_table(
            dict(
                indicator="industrial_value_added",
                measure="growth_yoy",
                value=5.0,
                basis="real",
                base_period="上年",
                number_text="5.0",
            ),
            dict(
                indicator="high_tech_manufacturing",
                measure="pp_change",
                value=3.0,
                unit="个百分点",
                base_period="工业整体水平",
                number_text="3.0",
            ),
            dict(
                indicator="high_tech_manufacturing",
                measure="growth_yoy",
                value=sub,
                basis="real",
                base_period="上年",
                number_text=f"{sub:.1f}",
            ),
        )

    # 5.0 + 3.0 = 8.0; tolerance 3 * 0.05 = 0.15.
    ok = one(consistency_checks(table(8.0)), check="subgroup_pp_above_whole")
    assert ok["expected"] == pytest.approx(8.0) and ok["tolerance"] == pytest.approx(0.15) and ok["passed"]
    assert not one(consistency_checks(table(9.0)), check="subgroup_pp_above_whole")["passed"]


def test_plan_vs_last_level():
    def table(plan):
        return figure_table(
            dict(indicator="livelihood_spending", measure="level", value=100, unit="亿元", section="review_year"),
            dict(
                indicator="livelihood_spending",
                measure="level",
                value=plan,
                unit="亿元",
                section="plan_year",
                period=(2021, 2021),
                is_target=True,
            ),
            dict(
                indicator="livelihood_spending",
                measure="growth_yoy",
                value=10,
                section="plan_year",
                period=(2021, 2021),
                is_target=True,
                base_period="上年",
            ),
        )

    # 100 * 1.10 = 110; tolerance (亿元) 100 * 0.5 / 100 + 0.5 + 0.5 * 1.1 = 1.55.
    ok = one(consistency_checks(table(110)), check="plan_vs_last_level")
    assert ok["expected"] / 1e8 == pytest.approx(110) and ok["tolerance"] / 1e8 == pytest.approx(1.55) and ok["passed"]
    assert not one(consistency_checks(table(115)), check="plan_vs_last_level")["passed"]


def test_share_vs_total():
    def table(share):
        sentence = f"出口总额30亿元,占外贸进出口总额的比重达{share:g}%"
        return figure_table(
            dict(indicator="foreign_trade", measure="level", value=100, unit="亿元", sentence="总额100亿元"),
            dict(indicator="exports", measure="level", value=30, unit="亿元", sentence=sentence, char_start=500),
            dict(indicator="exports", measure="share", value=share, sentence=sentence, char_start=520),
        )

    # 30 / 100 = 30 %.
    assert one(consistency_checks(table(30)), check="share_vs_total")["passed"]
    assert not one(consistency_checks(table(40)), check="share_vs_total")["passed"]


def test_parts_within_total():
    def table(industrial):
        return figure_table(
            dict(indicator="fixed_asset_investment", measure="cumulative", value=100, unit="亿元", period=(2016, 2020)),
            dict(indicator="industrial_investment", measure="cumulative", value=industrial, unit="亿元", period=(2016, 2020)),
            dict(indicator="transport_investment", measure="cumulative", value=50, unit="亿元", period=(2016, 2020)),
        )

    # 40 + 50 = 90 <= 100 passes; 60 + 50 = 110 > 100 fails.
    assert one(consistency_checks(table(40)), check="parts_within_total")["passed"]
    row = one(consistency_checks(table(60)), check="parts_within_total")
    assert not row["passed"] and row["stated"] / 1e8 == pytest.approx(110)


def test_average_vs_levels_same_basis_only():
    def table(avg, basis):
        return figure_table(
            dict(indicator="retail_sales", measure="level", value=121, unit="亿元", period=(2020, 2020), sentence="s"),
            dict(
                indicator="retail_sales",
                measure="change_abs",
                value=21,
                unit="亿元",
                period=(2019, 2020),
                base_period="2018",
                sentence="s",
            ),
            dict(
                indicator="retail_sales",
                measure="growth_avg",
                value=avg,
                basis=basis,
                period=(2019, 2020),
                sentence="s",
                number_text=f"{avg:.1f}",
            ),
        )

    # (121 / 100)^(1/2) - 1 = 10 %.
    row = one(consistency_checks(table(10.0, "nominal")), check="average_vs_levels")
    assert row["expected"] == pytest.approx(10.0) and row["passed"]
    assert not one(consistency_checks(table(12.0, "nominal")), check="average_vs_levels")["passed"]
    assert "average_vs_levels" not in set(consistency_checks(table(8.0, "real"))["check"])


def test_jiangmen_checks(jiangmen_figures):
    checks = consistency_checks(jiangmen_figures)
    assert list(checks.columns) == COLUMNS and checks["passed"].dtype == bool
    # 4390.98 / 5475.45 * 100 = 80.19396 against 80.19.
    row = one(checks, check="ratio_vs_parts", indicator="loan_deposit_ratio")
    assert row["expected"] == pytest.approx(80.19396, abs=1e-4)
    assert row["stated"] == 80.19 and row["passed"]
    # 316.3 * 1.07 = 338.441 against 338.42 (亿元).
    row = one(checks, check="plan_vs_last_level", indicator="livelihood_spending")
    assert row["expected"] / 1e8 == pytest.approx(338.441) and row["passed"]
    # 十三五: 3487 + 908.5 = 4395.5 <= 8852; 十四五 targets: 5000 + 2000 = 7000 <= 15000.
    parts = checks[checks["check"] == "parts_within_total"].sort_values("expected")
    assert list(parts["stated"] / 1e8) == pytest.approx([4395.5, 7000])
    assert parts["passed"].all()


def test_share_of_something_outside_the_dictionary_or_another_year_is_not_checked():
    # 占历史拖欠的98.6%: 历史拖欠 is no indicator, so no total; a part from 2002 is not the 2020 part.
    figs = figure_table(
        dict(indicator="other", measure="level", value=3397, unit="亿元", sentence="其他"),
        dict(
            indicator="other", measure="level", value=1834, unit="亿元", sentence="偿还1834亿元,占历史拖欠的98.6%", char_start=500
        ),
        dict(indicator="other", measure="share", value=98.6, sentence="偿还1834亿元,占历史拖欠的98.6%", char_start=520),
        dict(indicator="gdp", measure="level", value=100000, unit="亿元", sentence="gdp"),
        dict(
            indicator="rd_spending",
            measure="level",
            value=1288,
            unit="亿元",
            period=(2002, 2002),
            sentence="从2002年1288亿元增加,占国内生产总值比重1.07%",
            char_start=700,
        ),
        dict(
            indicator="rd_spending",
            measure="share",
            value=1.07,
            sentence="从2002年1288亿元增加,占国内生产总值比重1.07%",
            char_start=720,
        ),
    )
    assert "share_vs_total" not in set(consistency_checks(figs)["check"])
