"""The extractor against a table hand-coded by reading the Jiangmen report (tests/data/README.md)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.extract.extractor import ReportInfo, extract_figures
from helpers.extract.schema import validate_figures

from .factories import DATA
from .jiangmen_scope import compare, in_scope, load_expected, scope_spans


def test_precision_and_recall_on_the_hand_coded_table(jiangmen, jiangmen_figures):
    expected = load_expected(DATA / "jiangmen_expected.csv")
    assert len(expected) > 100
    got = in_scope(jiangmen_figures, scope_spans(jiangmen.raw.text))
    precision, recall, problems = compare(got, expected)
    print(
        f"\nJiangmen hand-coded set: {len(expected)} expected, {len(got)} extracted in scope, "
        f"precision {precision:.3f}, recall {recall:.3f}"
    )
    if len(problems):
        print(problems.to_string())
    assert precision >= 0.95 and recall >= 0.95


def test_every_offset_points_at_its_number(jiangmen, jiangmen_figures):
    text = jiangmen.raw.text
    for row in jiangmen_figures.itertuples():
        assert text[row.char_start : row.char_end] == row.number_text
        # digits, Chinese numerals, a bare 千/万 before 亿元 (超万亿元), 翻一番, 倍增 (docs/figures.md)
        assert row.number_text[0].isdigit() or row.number_text[0] in "一二两三四五六七八九十千万翻倍"


def test_table_passes_the_schema_and_ids_are_stable(jiangmen, jiangmen_figures):
    validate_figures(jiangmen_figures)
    again = extract_figures(jiangmen.raw, jiangmen.info)
    pd.testing.assert_frame_equal(again, jiangmen_figures)


def test_sections_in_order(jiangmen_figures):
    order = ["review_5y", "review_year", "plan_5y", "plan_year"]
    first = jiangmen_figures.groupby("section")["char_start"].min()
    assert list(first[order].sort_values().index) == order


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # distributive list with the subjects before 分别
        (
            "刑事治安警情数、刑事立案数分别比“十二五”下降29.1%、29.6%。",
            [("other", "change_pct", -29.1, "十二五"), ("other", "change_pct", -29.6, "十二五")],
        ),
        # subjects stated earlier in the sentence
        (
            "存款余额5475.45亿元、贷款余额4390.98亿元,分别比上年底增长10.7%和19.7%。",
            [
                ("deposits", "level", 5475.45, None),
                ("loans", "level", 4390.98, None),
                ("deposits", "growth_yoy", 10.7, "上年"),
                ("loans", "growth_yoy", 19.7, "上年"),
            ],
        ),
        # a shared unit: 9.3、0.6个百分点; the quantity compared with is no base period (gold: base empty; the growth
        # analysis reads it from the sentence, growth.compared_with)
        (
            "高技术产业、先进制造业增速分别比工业整体水平高9.3、0.6个百分点。",
            [
                ("high_tech_manufacturing", "pp_change", 9.3, None),
                ("advanced_manufacturing", "pp_change", 0.6, None),
            ],
        ),
        # a shared predicate with each value's own subject
        (
            "规上工业增加值年均增长6%、社会消费品零售总额年均增长7.2%。",
            [("industrial_value_added", "growth_avg", 6.0, None), ("retail_sales", "growth_avg", 7.2, None)],
        ),
        # 城乡居民 … 分别: urban, then rural
        (
            "城乡居民人均可支配收入分别增长4.4%、5.6%。",
            [("urban_income", "growth_yoy", 4.4, "上年"), ("rural_income", "growth_yoy", 5.6, "上年")],
        ),
        # items sharing a 单位国内生产总值 head; an alias that only qualifies the item is not its subject
        (
            "单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。",
            [
                ("water_intensity", "growth_yoy", -23.0, "上年"),  # not gdp: 单位国内生产总值 only qualifies it
                ("energy_intensity", "growth_yoy", -15.0, "上年"),
                ("carbon_intensity", "growth_yoy", -18.0, "上年"),
            ],
        ),
        # a bare 生产总值 inside a longer name is not GDP
        ("力争海洋生产总值增长6%左右。", [("other", "growth_yoy", 6.0, "上年")]),
        # 占比/比重 are not comparisons; the denominator is not the subject
        (
            "财政赤字占国内生产总值比重在3%以内。",
            [("deficit_ratio", "share", 3.0, None)],
        ),  # the ratio (ratio_of_named_quantities)
    ],
)
def test_list_grammar(sentence, expected):
    df = extract_figures(sentence, ReportInfo("t", 2021))
    got = [(r.indicator, r.measure, r.value, None if pd.isna(r.base_period) else r.base_period) for r in df.itertuples()]
    assert got == expected


@pytest.mark.parametrize(
    "sentence,value,high,unit,qualifier",
    [
        ("今年国内生产总值增长6.5%－7%。", 6.5, 7.0, "%", None),
        ("今年地区生产总值增长4.5-5%。", 4.5, 5.0, "%", None),
        ("今年地区生产总值增长4.5%至5%。", 4.5, 5.0, "%", None),
        ("今年城镇新增就业1,100万人以上。", 1100.0, None, "万人", "at_least"),
        ("今年地区生产总值增长６％左右。", 6.0, None, "%", "about"),
        ("城镇登记失业率控制在3%以内。", 3.0, None, "%", "at_most"),
        ("共收到捐赠折合人民币2700多万元。", 2700.0, None, "万元", "more_than"),
        ("交通投资是“十二五”时期的近三倍。", 3.0, None, "倍", "nearly"),
    ],
)
def test_number_forms(sentence, value, high, unit, qualifier):
    df = extract_figures(sentence, ReportInfo("t", 2021))
    assert len(df) == 1
    r = df.iloc[0]
    assert (r.value, None if pd.isna(r.value_high) else r.value_high, r.unit) == (value, high, unit)
    assert (None if pd.isna(r.qualifier) else r.qualifier) == qualifier
    assert sentence[r.char_start : r.char_end] == r.number_text


@pytest.mark.parametrize(
    "sentence",
    [
        "认真落实“1+1+9”工作部署和“5080”攻坚目标。",
        "2016、2017年度连续两年获省耕地保护考核一等奖。",
        "加快5G网络建设，支持4K、8K视频应用，PM2.5年均浓度持续下降。",
        "台山核电1、2号机组投入商运，第五届大会在3月4日召开。",
    ],
)
def test_dates_names_and_numbering_are_not_figures(sentence):
    assert extract_figures(sentence, ReportInfo("t", 2021)).empty


def test_values_standardised(jiangmen_figures):
    f = jiangmen_figures.set_index("char_start")
    fai = jiangmen_figures.query("indicator == 'fixed_asset_investment' and measure == 'cumulative' and is_target")
    assert fai.iloc[0]["value_std"] == pytest.approx(1.5e12) and fai.iloc[0]["unit_std"] == "CNY"
    assert fai.iloc[0]["period_start"] == 2021 and fai.iloc[0]["period_end"] == 2025
    jobs = jiangmen_figures.query("indicator == 'urban_new_jobs' and is_target").iloc[0]
    assert jobs["value_std"] == pytest.approx(40000) and jobs["unit_std"] == "persons"
    assert f.loc[f["measure"] == "pp_change", "unit_std"].eq("pp").all()
