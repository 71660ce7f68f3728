"""The period and measure of a figure: the constructions that date it and say what it measures.

Each test names the construction (docs/figures.md, "Periods" and "Measures") and reads real
sentences of the bundled reports; the number is found by an anchor read in the raw text, and the
expected fields are worked by hand from the sentence and the report's year.
"""

from __future__ import annotations

import functools

import pytest

from helpers.config import RAW_DIR
from helpers.extract.extractor import ReportInfo, extract_figures
from helpers.run.pipeline import figures, open_report


@functools.cache
def _read_figures(report: str):
    return figures(open_report(RAW_DIR / f"{report}.txt"))


@functools.cache
def _text(report: str) -> str:
    return open_report(RAW_DIR / f"{report}.txt").raw.text


def _after(report: str, anchor: str):
    """The row of the number right after `anchor` (a phrase found once by reading the raw text)."""
    figs = _read_figures(report)
    return figs[figs["char_start"] == _text(report).index(anchor) + len(anchor)].iloc[0]


def test_a_basis_word_after_the_base_is_not_part_of_it():
    # 2007: 城镇居民人均可支配收入11759元，…扣除价格因素，分别比上年实际增长10.4%和7.4%: a real growth
    # on last year (growth_yoy, base 上年, basis real), not a change over a base called 上年实际
    for number, anchor in ((10.4, "分别比上年实际增长"), (7.4, "分别比上年实际增长10.4%和")):
        row = _after("2007_national", anchor)
        assert (row["value"], row["measure"], row["base_period"], row["basis"]) == (number, "growth_yoy", "上年", "real")


@pytest.mark.parametrize(
    "report,anchor,value",
    [
        # 2023: 将增值税收入占比最高、涉及行业广泛的税率从17%降至13%: 占比 is part of the tax rate's
        # description, no whole is written; the rate is a level (gold C4), 17 % in 2017
        ("2023_national", "涉及行业广泛的税率从", 17),
        # Zhejiang 2026: 实际使用外资115.6亿美元，其中制造业外资占比40.9%: a compound …占比 name, a level
        ("2026_浙江省", "其中制造业外资占比", 40.9),
    ],
)
def test_a_ratio_named_with_zhanbi_is_a_level_not_a_share(report, anchor, value):
    row = _after(report, anchor)
    assert (row["value"], row["measure"]) == (value, "level")


@pytest.mark.parametrize(
    "report,anchor,measure,years",
    [
        # 2008 (review of 2003-2007): 五年累计退耕还林、植树造林 3191万公顷，退牧还草3460万公顷: the second item
        # of the five-year sum is summed too
        ("2008_national", "退牧还草", "cumulative", (2003, 2007)),
        # 2011 (review of 2006-2010): 累计对外直接投资2200亿美元，对外工程承包和劳务合作营业额3352亿美元
        ("2011_national", "对外工程承包和劳务合作营业额", "cumulative", (2006, 2010)),
        # Guangdong 2026 (review of 2021-2025): 累计完成林分优化1105万亩、森林抚育1111万亩，乡村绿化植树3900万株:
        # trees counted (a count), planted over the five years
        ("2026_广东省", "乡村绿化植树", "count", (2021, 2025)),
    ],
)
def test_a_bare_item_after_a_sum_is_summed_over_its_span(report, anchor, measure, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *years)


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # Jiangmen 2021: 市场主体累计达57.57万户,“四上”企业4872家: 累计达 is a stock, so is the next item (2020)
        ("jiangmen-2021", "“四上”企业", (2020, 2020)),
        # Guangdong 2026: 城镇累计新增就业超700万人、…，4386万名异地务工人员在粤稳定就业: the number opens its
        # clause, whose own verb says what it is (a stock at the end of the review)
        ("2026_广东省", "约占全国1/10，", (2025, 2025)),
    ],
)
def test_a_stock_after_a_sum_stands_at_the_end(report, anchor, years):
    row = _after(report, anchor)
    assert (row["period_start"], row["period_end"]) == years


@pytest.mark.parametrize(
    "report,anchor,value,measure",
    [
        # 2008 and 2009 plans: 增加500万农村沼气用户: the verb opens the clause, before the things it adds:
        # a count of users added (gold C6)
        ("2008_national", "安全饮水问题，增加", 500, "count"),
        ("2009_national", "安全饮水问题，增加", 500, "count"),
        # Guangdong 2026 plan: …普通高中学位建设，增加学位超20万个: places added, a count
        ("2026_广东省", "增加学位超", 20, "count"),
        # the same verb after the noun is the net change of a stock (gold C6): Guangdong's review
        # 基础教育公办学位增加326万个 and 2009's 参保人数增加7359万
        ("2026_广东省", "基础教育公办学位增加", 326, "change_abs"),
        ("2009_national", "参保人数增加", 7359, "change_abs"),
        # a clause of only the verb and the number, right after a figure, changes that figure
        # (change_of_figure_before): 2015's 棚户区改造580万套，增加110万套; 农村危房改造366万户，增加100万户
        ("2015_national", "其中棚户区改造580万套，增加", 110, "change_abs"),
        ("2015_national", "农村危房改造366万户，增加", 100, "change_abs"),
    ],
)
def test_things_added_are_counted_and_a_stock_increased_changes(report, anchor, value, measure):
    row = _after(report, anchor)
    assert (row["value"], row["measure"]) == (value, measure)


def test_a_verb_of_change_belongs_to_the_number_right_after_it():
    # 2023 (review of 2018-2022): 基本养老保险参保人数增加1.4亿、覆盖10.5亿人: 1.4亿 is the increase over
    # the five years; 覆盖 says what 10.5亿人 is, the people covered at the end (2022), a count
    increase, covered = _after("2023_national", "参保人数增加"), _after("2023_national", "增加1.4亿、覆盖")
    assert (increase["measure"], increase["period_start"], increase["period_end"]) == ("change_abs", 2018, 2022)
    assert (covered["measure"], covered["period_start"], covered["period_end"]) == ("count", 2022, 2022)
    # 2009: 城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和2028万: a list after one verb, both changes
    assert _after("2009_national", "分别增加1753万和")["measure"] == "change_abs"


@pytest.mark.parametrize(
    "report,anchor,year",
    [
        # the whole population counted is what there is, dated the last year reviewed and no target
        # (context what_is), in every section: 2006's closing words (plan_5y) 凝聚13亿人民的智慧和力量 (2005),
        # 2009's plan 在我们这样一个13亿人口的发展中国家 (2008), 2018's review of 2013-2017 13亿多人口的大国实现了
        # 比较充分就业 (2017, not a flow over the review)
        ("2006_national", "伟大旗帜，凝聚", 2005),
        ("2009_national", "在我们这样一个", 2008),
        ("2018_national", "城镇新增就业6600万人以上，", 2017),
        # 2011's plan 解决13亿中国人的吃饭问题 already was
        ("2011_national", "\u3000\u3000解决", 2010),
    ],
)
def test_the_whole_population_stands_at_the_last_year_reviewed(report, anchor, year):
    row = _after(report, anchor)
    assert (row["value"], row["period_start"], row["period_end"], row["is_target"]) == (13, year, year, False)


def test_a_population_with_a_side_is_no_whole_population():
    # 2014's plan: 县级公立医院综合改革试点扩大到1000个县，覆盖农村5亿人口: a target of this year (2014)
    row = _after("2014_national", "覆盖农村")
    assert (row["period_start"], row["is_target"]) == (2014, True)


@pytest.mark.parametrize(
    "report,anchor,start,end",
    [
        # Guangdong 2026 plan: 困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元:
        # both starts stand the year before the plan (2025, no target), both ends in 2026
        ("2026_广东省", "分别从每人每月", 2025, 2026),
        ("2026_广东省", "分别从每人每月209元、", 2025, 2026),
        # 2023 (review of 2018-2022): 将制造业企业、科技型中小企业分别从50%、75%提高至100%: the starts in 2017
        ("2023_national", "科技型中小企业分别从", 2017, 2022),
        ("2023_national", "科技型中小企业分别从50%、", 2017, 2022),
    ],
)
def test_every_start_of_a_from_to_list_stands_before_the_span(report, anchor, start, end):
    row = _after(report, anchor)
    assert (row["period_start"], row["period_end"]) == (start, start)
    later = _read_figures(report)
    later = later[(later["char_start"] > row["char_start"]) & (later["indicator_zh"] == row["indicator_zh"])].iloc[0]
    assert (later["period_start"], later["period_end"]) == (end, end)


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # 2007's plan for the year: “十一五”时期中央财政将投入100亿元，实施农村初中学校改造计划: money put in over
        # the plan period named in the clause, a sum over 2006-2010 (not this year's level)
        ("2007_national", "“十一五”时期中央财政将投入", (2006, 2010)),
        # Jiangmen 2021's new plan: 力争“十四五”时期全社会固定资产投资达1.5万亿元: the same in the plan's section
        ("jiangmen-2021", "力争“十四五”时期全社会固定资产投资达", (2021, 2025)),
    ],
)
def test_money_over_a_plan_period_named_in_the_clause_is_summed(report, anchor, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("cumulative", *years)


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # Guangdong 2026 (review of 2021-2025): PM2.5年平均浓度保持在20微克/立方米左右: 年平均 is the noun's time
        # basis (gold D3), the level stands at the end of the review
        ("2026_广东省", "年平均浓度保持在", (2025, 2025)),
        # an average word over the years still covers them: Jiangmen 2021 年均城镇新增就业4.7万人 (2016-2020),
        # Sichuan 2026 各类健身活动年均吸引4000余万人次参与 (2021-2025)
        ("jiangmen-2021", "年均城镇新增就业", (2016, 2020)),
        ("2026_四川省", "各类健身活动年均吸引", (2021, 2025)),
    ],
)
def test_an_average_word_inside_a_noun_is_no_average_over_the_span(report, anchor, years):
    row = _after(report, anchor)
    assert (row["period_start"], row["period_end"]) == years


@pytest.mark.parametrize(
    "report,anchor,measure,years",
    [
        # 2011 (review of 2006-2010): 新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦: both parts
        # are increments over the five years, the second item like the first
        ("2011_national", "其中水电", "change_abs", (2006, 2010)),
        ("2011_national", "其中水电9601万千瓦、核电", "change_abs", (2006, 2010)),
        # 2008 (review of 2003-2007): 淘汰落后炼铁产能4659万吨、炼钢产能3747万吨、水泥产能8700万吨: summed alike
        ("2008_national", "炼钢产能3747万吨、水泥产能", "cumulative", (2003, 2007)),
    ],
)
def test_a_bare_list_item_is_measured_like_the_item_before_it(report, anchor, measure, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *years)


@pytest.mark.parametrize(
    "report,anchor",
    [
        # the 4万亿元 programme of 2009-2010 written with its length in three reports: the 2009 plan
        # (实施总额4万亿元的两年投资计划, from this year), the 2010 review of 2009 (实施两年新增4万亿元的投资计划, under
        # way from the year reviewed) and the 2011 review of 2006-2010 (the same words, ending with the review)
        ("2009_national", "实施总额"),
        ("2010_national", "实施两年新增"),
        ("2011_national", "实施两年新增"),
        # 2009: …两年投资计划，其中中央政府拟新增1.18万亿元: a part of it covers its whole's years
        ("2009_national", "其中中央政府拟新增"),
        # 2011: …投资计划，其中，新增中央投资1.18万亿元: a part with a verb of its own, summed alike, too
        ("2011_national", "其中，新增中央投资"),
    ],
)
def test_a_programme_written_with_its_length_sums_over_its_years(report, anchor):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("cumulative", 2009, 2010)


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # 五年 in the clause, with any verb after it, sums the amount over the five years reviewed:
        # 2008 五年整理复垦开发补充耕地152.6万公顷, 2011 五年建成铁路新线1.6万公里, 2018 中央财政五年投入专项扶贫资金2800多亿元
        ("2008_national", "五年整理复垦开发补充耕地", (2003, 2007)),
        ("2011_national", "五年建成铁路新线", (2006, 2010)),
        ("2018_national", "中央财政五年投入专项扶贫资金", (2013, 2017)),
    ],
)
def test_five_years_written_in_the_clause_sum_the_amount(report, anchor, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("cumulative", *years)


@pytest.mark.parametrize(
    "report,anchor,year",
    [
        # 2023 (review of 2018-2022): 工业产品生产许可证从60类减少到10类: 减少到 reaches a level like 增加到: 60 in
        # 2017, 10 at the end (2022), not a flow over the review; Zhejiang 2026: 规上工业企业从4.7万家增加到6.1万家
        ("2023_national", "工业产品生产许可证从", 2017),
        ("2023_national", "工业产品生产许可证从60类减少到", 2022),
        ("2026_浙江省", "规上工业企业从4.7万家增加到", 2025),
    ],
)
def test_the_end_of_a_from_to_stands_at_the_end_of_the_span(report, anchor, year):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", year, year)


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # items cancelled are counted over the review (lexicon flow 取消): 2008 国务院各部门取消和调整行政审批项目692项
        # (2003-2007), 2023 多年来取消和下放行政许可事项1000多项 (2018-2022)
        ("2008_national", "国务院各部门取消和调整行政审批项目", (2003, 2007)),
        ("2023_national", "多年来取消和下放行政许可事项", (2018, 2022)),
    ],
)
def test_items_cancelled_are_counted_over_the_review(report, anchor, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", *years)


def test_a_growth_over_recent_years_written_in_the_sentence_is_a_change_over_them():
    # 2009 (review of 2008): 近三年累计，单位国内生产总值能耗下降10.08%，化学需氧量、二氧化硫排放量分别减少6.61%和
    # 8.95%: changes over 2006-2008 (change_pct, no base of last year), like the cuts after them
    for anchor in ("近三年累计，单位国内生产总值能耗下降", "下降10.08%，化学需氧量、二氧化硫排放量分别减少"):
        row = _after("2009_national", anchor)
        assert (row["measure"], row["period_start"], row["period_end"]) == ("change_pct", 2006, 2008)
        assert not isinstance(row["base_period"], str) or not row["base_period"]
    # 2009's plan: 今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右: 每年 makes it a yearly growth
    row = _after("2009_national", "人均每年增长")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("growth_yoy", 2009, 2010)


@pytest.mark.parametrize(
    "report,anchor,value",
    [
        # 2007 and 2008 plans: 比去年预算赤字减少500亿元 / 650亿元: the subject 赤字 is named inside the comparison;
        # the base is last year's budget, 上年
        ("2007_national", "比去年预算赤字减少", -500),
        ("2008_national", "比去年预算赤字减少", -650),
    ],
)
def test_a_comparison_that_names_the_subject_keeps_its_base(report, anchor, value):
    row = _after(report, anchor)
    assert (row["value"], row["measure"], row["base_period"]) == (value, "change_abs", "上年")


def test_respectively_between_base_and_verb_is_no_part_of_the_base():
    # 2008: 二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14%和4.66%: a fall on last year (growth_yoy)
    row = _after("2008_national", "比上年分别下降")
    assert (row["measure"], row["base_period"], row["period_start"]) == ("growth_yoy", "上年", 2007)


@pytest.mark.parametrize(
    "report,anchor,measure,years",
    [
        # 2023 (review of 2018-2022): 合理把握赤字规模，五年总体赤字率控制在3%以内: a rate over the five years
        ("2023_national", "五年总体赤字率控制在", "level", (2018, 2022)),
        # 2007's plan for the year: …今年要关停1000万千瓦；五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨: the five
        # years of the plan the year falls in (十一五, 2006-2010), summed
        ("2007_national", "五年淘汰落后炼铁产能", "cumulative", (2006, 2010)),
        ("2007_national", "五年淘汰落后炼铁产能1亿吨、落后炼钢产能", "cumulative", (2006, 2010)),
        # …今年力争分别淘汰3000万吨和3500万吨: this year's targets stay this year's
        ("2007_national", "今年力争分别淘汰", "level", (2007, 2007)),
    ],
)
def test_five_years_written_in_the_clause_date_the_figure_over_them(report, anchor, measure, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *years)


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # a count each year stands at the end of the review, like an amount each year (每年减轻农民负担1335亿元):
        # 2023 我国仍处于城镇化进程中，每年有上千万农村人口转移到城镇 (2022)
        ("2023_national", "每年有上", (2022, 2022)),
        ("2008_national", "每年减轻农民负担", (2007, 2007)),
        # an average each year still covers the span: 2008 平均每年城镇新增就业1000多万人 (2003-2007)
        ("2008_national", "平均每年城镇新增就业", (2003, 2007)),
        # the clause after one opened by 每年 goes on with it when it names no time of its own (each_year_carried)
        ("2013_national", "每年资助金额近1000亿元，资助学生近", (2012, 2012)),
        # …while an average each year (平均每年) still covers the span for the next item too
        ("2008_national", "平均每年城镇新增就业1000多万人、农村劳动力转移就业", (2003, 2007)),
    ],
)
def test_an_amount_each_year_stands_at_the_end_of_the_review(report, anchor, years):
    row = _after(report, anchor)
    assert (row["period_start"], row["period_end"]) == years


@pytest.mark.parametrize(
    "report,anchor,measure",
    [
        # a whole written before 中 makes …占比 a share of it (gold C4: the whole written as its own phrase):
        # 2023 中央一般公共预算支出中对地方转移支付占比提高到70%左右, Zhejiang 2026 省重大科技计划项目中企业牵头或参与占比超过80%
        ("2023_national", "对地方转移支付占比提高到", "share"),
        ("2026_浙江省", "企业牵头或参与占比超过", "share"),
        # no whole: 其中制造业外资占比40.9% (Zhejiang), Beijing's 中小微企业政府采购占比近八成 (中 opens a name)
        ("2026_浙江省", "其中制造业外资占比", "level"),
        ("2026_北京市", "中小微企业政府采购占比近", "level"),
    ],
)
def test_a_whole_written_before_zhong_makes_zhanbi_a_share(report, anchor, measure):
    assert _after(report, anchor)["measure"] == measure


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # 2007: 从2003年到2006年年均超收2040亿元，其中去年超收2573亿元: 去年 in the clause wins over the range (2006)
        ("2007_national", "其中去年超收", (2006, 2006)),
        # the range dates the clauses that name no year of their own: 2007 年均超收2040亿元 (2003-2006), 2008
        # 2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元 (2003-2007)
        ("2007_national", "从2003年到2006年年均超收", (2003, 2006)),
        ("2008_national", "中央财政对地方的转移支付累计", (2003, 2007)),
    ],
)
def test_a_year_of_the_clause_wins_over_the_range_of_the_sentence(report, anchor, years):
    row = _after(report, anchor)
    assert (row["period_start"], row["period_end"]) == years


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # 2007 (review of 2006): 中央财政连续三年累计投入 90亿元，用于农村寄宿制学校建设工程，7651所学校受益: the sum
        # over the streak and the clauses that continue it cover 2004-2006
        ("2007_national", "中央财政连续三年累计投入 ", (2004, 2006)),
        ("2007_national", "用于农村寄宿制学校建设工程，", (2004, 2006)),
        # 2010 (review of 2009): …实现连续6年增产；城镇新增就业1102万人: a streak without a sum is its own clause's
        ("2010_national", "实现连续6年增产；城镇新增就业", (2009, 2009)),
    ],
)
def test_the_clauses_that_continue_a_sum_over_a_streak_share_its_years(report, anchor, years):
    row = _after(report, anchor)
    assert (row["period_start"], row["period_end"]) == years


@pytest.mark.parametrize(
    "report,anchor,measure,years",
    [
        # 2023 (review of 2018-2022): 十年来我国居民消费价格涨幅稳定在2%左右的较低水平: a rate held over the ten years
        # written is an average over them (growth_avg 2013-2022, no base)
        ("2023_national", "十年来我国居民消费价格涨幅稳定在", "growth_avg", (2013, 2022)),
        # without a span written it is a year's growth: 2014 居民消费价格涨幅控制在2.6% (2013), 2011 …控制在 3.3% (2010)
        ("2014_national", "比上年增长7.7%。居民消费价格涨幅控制在", "growth_yoy", (2013, 2013)),
        ("2011_national", "居民消费价格涨幅控制在 ", "growth_yoy", (2010, 2010)),
    ],
)
def test_a_rate_held_over_years_written_is_an_average(report, anchor, measure, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *years)


@pytest.mark.parametrize(
    "report,anchor,measure,years",
    [
        # 2011 (review of 2006-2010): 综合治理水土流失面积23万平方公里: the work verb is inside the subject's words;
        # work done over the review is summed over it (gold C7)
        ("2011_national", "综合治理水土流失面积", "cumulative", (2006, 2010)),
        # 2023 (review of 2018-2022): 实现超低排放的煤电机组超过10.5亿千瓦: 实现 states what the units are at the end
        ("2023_national", "实现超低排放的煤电机组超过", "level", (2022, 2022)),
    ],
)
def test_a_work_verb_inside_the_subject_sums_the_work_over_the_review(report, anchor, measure, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *years)


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # things equipped are counted over the span (lexicon flow 配备): 2008 (review of 2003-2007) 为1.17万个乡镇卫生院
        # 配备了医疗设备; 2006 两年来…为16万个农村中小学校和教学点配备了远程教育设施 (2004-2005, the span written)
        ("2008_national", "534所县妇幼保健院，为", (2003, 2007)),
        ("2006_national", "扩建农村寄宿制学校2400多所，为", (2004, 2005)),
    ],
)
def test_things_equipped_are_counted_over_the_span(report, anchor, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", *years)


@pytest.mark.parametrize(
    "report,anchor,measure,years,base",
    [
        # 2008 (review of 2003-2007): 2006年，全国国有企业资产总额比2002年增长60.98%，实现利润增长2.23倍，税收增长1.05倍:
        # the year opening the sentence ends every change (2006), and the later changes share the base 2002
        ("2008_national", "全国国有企业资产总额比2002年增长", "change_pct", (2003, 2006), "2002"),
        ("2008_national", "实现利润增长", "change_multiple", (2003, 2006), "2002"),
        ("2008_national", "税收增长", "change_multiple", (2003, 2006), "2002"),
        # 2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，…；全国财政收入达到5.13万亿元，增长1.71倍
        ("2008_national", "全国财政收入达到5.13万亿元，增长", "change_multiple", (2003, 2007), "2002"),
        # …从世界第六位上升到第四位: the start of a from-to still stands in 2002
        ("2008_national", "年均增长10.6%，从世界第", "rank", (2002, 2002), None),
    ],
)
def test_a_year_opening_the_sentence_and_an_earlier_base_date_its_changes(report, anchor, measure, years, base):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *years)
    assert (row["base_period"] if isinstance(row["base_period"], str) else None) == base


@pytest.mark.parametrize(
    "report,anchor,years,measure",
    [
        # 2007 plan for the year: 今年拟从去年超收收入中安排500亿元设立中央预算稳定调节基金: 拟 proposes a measure of
        # 2007 (a target), although 去年 names where the money comes from (construction proposed)
        ("2007_national", "今年拟从去年超收收入中安排", (2007, 2007), "level"),
        # 2008: 同时，削减财政赤字450亿元；拟增加中央预算稳定调节基金1032亿元: a target of 2008
        ("2008_national", "拟增加中央预算稳定调节基金", (2008, 2008), "change_abs"),
    ],
)
def test_a_proposed_measure_is_a_target_of_the_plan(report, anchor, years, measure):
    row = _after(report, anchor)
    assert (bool(row["is_target"]), row["measure"], row["period_start"], row["period_end"]) == (True, measure, *years)


def test_next_year_in_the_plan_dates_the_year_after():
    # 2007: 中央财政支出将由上年18亿元增加到95亿元，明年将安排200亿元: 明年 is 2008 (construction next_year)
    row = _after("2007_national", "明年将安排")
    assert (row["period_start"], row["period_end"], bool(row["is_target"])) == (2008, 2008, True)


def test_a_share_of_a_sum_over_a_span_covers_the_span():
    # 2008 (review of 2003-2007): 2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元，87%用于支持中西部地区:
    # the 87 % is of the five-year sum, dated over it, not at its end (construction share_of_sum; gold 2008)
    row = _after("2008_national", "累计4.25万亿元，")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("share", 2003, 2007)
    # 2011 (review of 2006-2010): 实施两年新增4万亿元的投资计划，其中，新增中央投资1.18万亿元。⏎保障性安居工程、农村民生
    # 工程和社会事业投资占43.7%，…灾后恢复重建占14.8%: shares with no whole of their own continue the two-year sum of the
    # sentence before (2009-2010, gold 2011), each share of the list too
    for anchor in ("农村民生工程和社会事业投资占", "重大基础设施建设占", "灾后恢复重建占"):
        row = _after("2011_national", anchor)
        assert (row["measure"], row["period_start"], row["period_end"]) == ("share", 2009, 2010)
    # after the year's amount they stand at its year: 2010 2009年中央政府公共投资9243亿元…。…投资占44%
    row = _after("2010_national", "灾后恢复重建占")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("share", 2009, 2009)
    # 2007 (review of 2006): 2004年我们提出用三年时间基本解决…拖欠工程款和农民工工资的问题，这项工作基本完成，各地已偿还
    # 拖欠工程款1834亿元，占历史拖欠的98.6%，其中清付农民工工资330亿元: the span set in 2004 and completed by 2006
    # (written_span 提出用N年时间) sums the repayments over 2004-2006, and the share and the part follow the sum (gold 2007)
    for anchor, measure in (
        ("各地已偿还拖欠工程款", "cumulative"),
        ("占历史拖欠的", "share"),
        ("其中清付农民工工资", "cumulative"),
    ):
        row = _after("2007_national", anchor)
        assert (row["measure"], row["period_start"], row["period_end"]) == (measure, 2004, 2006)


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # flow_support: things and people a verb of support reached are counted over the review (gold 2008, 2011,
        # 2023): 中央政府投资支持重点流域水污染防治项目691个 (2003-2007), 共资助学生2130万名 (2006-2010),
        # 确定并集中支持160个国家乡村振兴重点帮扶县 (2018-2022)
        ("2008_national", "中央政府投资支持重点流域水污染防治项目", (2003, 2007)),
        ("2011_national", "共资助学生", (2006, 2010)),
        ("2023_national", "确定并集中支持", (2018, 2022)),
        # actors_of_a_count: a flow verb after the count with a count of its own makes the first count its actors, a
        # stock at the end (Guangdong 2026, review of 2021-2025): 15个承接产业转移主平台落地项目2200个;
        # 62个省级纵向支持组团实施重点项目1000多个
        ("2026_广东省", "城乡居民收入比从2.50:1缩小至2.27:1。", (2025, 2025)),
        ("2026_广东省", "新一轮市际横向帮扶协作投入帮扶资金179亿元，", (2025, 2025)),
        # but a second count before the verb is a flow: Sichuan 8所高校14个学科入选…名单 (2021-2025)
        ("2026_四川省", "控辍保学成果持续巩固。", (2021, 2025)),
    ],
)
def test_counts_reached_by_support_are_flows_and_actors_of_a_count_are_stocks(report, anchor, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", *years)


def test_a_restated_target_is_a_target():
    # 2007 (review of 2006): 全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标:
    # both numbers restate the 2006 targets (missed), is_target true, dated 2006 (construction restated_target)
    # both are a year's quantity cut on last year's (annual_quantity in the problems too): growth_yoy, base 上年
    for anchor in ("没有实现年初确定的单位国内生产总值能耗降低", "主要污染物排放总量减少"):
        row = _after("2007_national", anchor)
        assert (bool(row["is_target"]), row["period_start"], row["period_end"]) == (True, 2006, 2006)
        assert (row["measure"], row["base_period"]) == ("growth_yoy", "上年")
    # an outcome of the same paragraph stays one: 2006 年，单位国内生产总值能耗…转为下降1.2%
    assert not bool(_after("2007_national", "转为下降")["is_target"])


def test_the_people_a_flow_reached_are_counted_over_it():
    # 2023 (review of 2018-2022): 改造城镇老旧小区16.7万个，惠及2900多万家庭: over 2018-2022 like the renovation
    # (construction reach_of_a_flow, gold 2023)
    row = _after("2023_national", "改造城镇老旧小区16.7万个，惠及")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", 2018, 2022)
    # the people a standing scheme reaches stand at the end: 2018 营养改善计划惠及3600多万农村学生 (2017)
    row = _after("2018_national", "营养改善计划惠及")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", 2017, 2017)


def test_a_base_written_as_compared_with_or_on_last_years_basis():
    # 2006 (review of 2001-2005): 2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%: 与2000年相比 names the base as
    # 比2000年 would (compared_with): change_pct over 2001-2005, base 2000; the average stays an average
    row = _after("2006_national", "2005年与2000年相比，国内生产总值增长")
    assert (row["measure"], row["period_start"], row["period_end"], row["base_period"]) == ("change_pct", 2001, 2005, "2000")
    assert _after("2006_national", "2005年与2000年相比，国内生产总值增长57.3%，年均增长")["measure"] == "growth_avg"
    # 粮食总产量在上年大幅度增长的基础上，又增产291亿斤: the base 上年 is written (on_last_years_basis)
    row = _after("2006_national", "又增产")
    assert (row["measure"], row["base_period"]) == ("change_abs", "上年")
    # no base written: 比上年 elsewhere does not leak (2006 全年中央财政用于“三农”的支出达到2975亿元)
    assert not isinstance(_after("2006_national", "用于“三农”的支出达到")["base_period"], str)


@pytest.mark.parametrize(
    "report,anchor,years",
    [
        # E1: things that 实现 a state stand at the end of the span, also when a flow word sits inside their name
        # (2023 户籍证明、社保转接等200多项群众经常办理事项实现跨省通办: 2022, not 2018-2022) and over a span ahead in
        # the plan (2008 力争用两年时间在36个大城市率先实现污水的全部收集和处理: 2009)
        ("2023_national", "户籍证明、社保转接等", (2022, 2022)),
        ("2008_national", "力争用两年时间在", (2009, 2009)),
    ],
)
def test_things_that_reach_a_state_stand_at_the_end_of_the_span(report, anchor, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", *years)


def test_a_plan_period_opening_the_sentence_sums_the_clause_after_it():
    # 2007 plan for the year: “十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦 (construction opening_plan):
    # the 5000 sums over 2006-2010, the 1000 after 今年 is the year's (gold 2007)
    row = _after("2007_national", "“十一五”期间，关停")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("cumulative", 2006, 2010)
    row = _after("2007_national", "万千瓦小火电机组，今年要关停")
    assert (row["period_start"], row["period_end"]) == (2007, 2007)


def test_an_average_over_a_streak_covers_it_and_a_recent_span_stops_at_the_semicolon():
    # 2011 (review of 2006-2010): 连续7年提高企业退休人员基本养老金水平，年均增长10%: the average of the seven rises covers
    # 2004-2010 (streak_average, gold 2011)
    row = _after("2011_national", "连续7年提高企业退休人员基本养老金水平，年均增长")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("growth_avg", 2004, 2010)
    # 2006: 近三年，中央和地方投入105亿元，…；总投资为164亿元的突发公共卫生事件医疗救治体系建设进展顺利: the 105 sums over
    # 2003-2005, the programme's size after the ； is a level of 2005 (gold 2006)
    row = _after("2006_national", "近三年，中央和地方投入")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("cumulative", 2003, 2005)
    row = _after("2006_national", "总投资为")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("level", 2005, 2005)


def test_a_change_against_an_older_base_in_last_years_review_spans_from_the_year_after_it():
    # 2012 (review of 2011): 农民人均纯收入2300元…作为新的国家扶贫标准，比2009年提高92％: the change on 2009's standard covers
    # 2010-2011, base 2009 (CONVENTIONS.md S69a, session 69: it stood in 2011 alone, review_year being Y-1 to Y-1, until the
    # tables' practice and the written change_after_base settled it; gold 2012)
    row = _after("2012_national", "作为新的国家扶贫标准，比2009年提高")
    assert (row["measure"], row["period_start"], row["period_end"], row["base_period"]) == ("change_pct", 2010, 2011, "2009")
    # in a five-year review the base still starts the span: 2008 全国国有企业资产总额比2002年增长60.98% (2003-2006)
    row = _after("2008_national", "全国国有企业资产总额比2002年增长")
    assert (row["period_start"], row["period_end"]) == (2003, 2006)


def test_an_area_shrinking_by_an_amount_is_a_negative_net_change():
    # 2018 (review of 2013-2017): 沙化土地面积年均缩减近2000平方公里: 缩减 before an amount is a net change (by_amount),
    # negative (C7, gold 2018); before a percent it stays a percent cut (中央政府定价项目缩减80%, change_pct -80)
    row = _after("2018_national", "沙化土地面积年均缩减近")
    assert (row["measure"], row["value"], row["period_start"], row["period_end"]) == ("change_abs", -2000, 2013, 2017)
    row = _after("2018_national", "中央政府定价项目缩减")
    assert (row["measure"], row["value"]) == ("change_pct", -80)


def test_a_capacity_added_is_an_increment_whatever_its_unit():
    # 2023 (review of 2018-2022): 新增机场容量4亿人次: a capacity added is an increment of the stock (capacity_increment,
    # as C7 for lengths; gold 2023), not a count of person-times; things added stay counts (新建改建农村公路 is work)
    row = _after("2023_national", "新增机场容量")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("change_abs", 2018, 2022)
    row = _after("2023_national", "全年国内生产总值增长3%，城镇新增就业")  # jobs added stay a count
    assert row["measure"] == "count"


def test_xinzeng_right_after_an_amount_makes_it_an_increment():
    # 2012 (review of 2011): 5000多万千瓦新增燃煤发电机组全部安装脱硫设施: 新增 right after the amount names the capacity
    # added (built_increment, gold 2012 change_abs); 新增 before the amount as before (新增城镇污水日处理能力1100万吨)
    assert _after("2012_national", "新增城镇污水日处理能力1100万吨，")["measure"] == "change_abs"
    # the measure says the capacity is added, so 新增 leaves the subject (physical quantities; 新增贷款 keeps it)
    assert _after("2012_national", "新增城镇污水日处理能力1100万吨，")["indicator_zh"] == "燃煤发电机组"
    assert _after("2012_national", "新增城镇污水日处理能力")["measure"] == "change_abs"


def test_an_area_that_names_work_done_is_that_work_after_xinzeng_too():
    # 2010 (plan for 2010): 新增造林面积不低于8880万亩: the area planted is work done (work_done: 造林), a level for
    # the year, not an increment of a stock (gold C7); 新增城镇污水日处理能力 stays an increment
    row = _after("2010_national", "新增造林面积不低于")
    assert (row["measure"], row["value"], row["qualifier"]) == ("level", 8880.0, "at_least")
    assert _after("2012_national", "新增城镇污水日处理能力")["measure"] == "change_abs"
    # 2015 (plan for 2015): 今年新增退耕还林还草66.7万公顷: land converted under the programme (work_done: 退耕还林)
    assert _after("2015_national", "今年新增退耕还林还草")["measure"] == "level"


def test_a_growth_reached_over_a_streak_is_each_years_growth():
    # 2007 (review of 2006): 经济增长连续四年达到或略高于10%: each year grew by at least 10 % (rate_held); the streak
    # does not make a four-year quantity, so 2006 alone, growth_yoy, base 上年, at_least, subject 经济 (S10; gold 2007)
    row = _after("2007_national", "经济增长连续四年达到或略高于")
    assert (row["measure"], row["base_period"], row["qualifier"], row["indicator_zh"]) == (
        "growth_yoy",
        "上年",
        "at_least",
        "经济",
    )
    assert (row["period_start"], row["period_end"]) == (2006, 2006)


@pytest.mark.parametrize(
    "anchor,year",
    [
        # start_of_a_turn (2007 problems, the year 2006): 单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%:
        # the three rises are 2003, 2004, 2005 item by item; 化学需氧量、二氧化硫排放量由上年分别增长5.6％和13.1％，减为增长
        # 1.2%和1.8%: the starts are 2005; the ends of the turns stay 2006 (gold 2007)
        ("单位国内生产总值能耗由前三年分别上升", 2003),
        ("单位国内生产总值能耗由前三年分别上升4.9％、", 2004),
        ("单位国内生产总值能耗由前三年分别上升4.9％、5.5％、", 2005),
        ("转为下降", 2006),
        ("二氧化硫排放量由上年分别增长", 2005),
        ("二氧化硫排放量由上年分别增长5.6％和", 2005),
        ("减为增长", 2006),
    ],
)
def test_the_rates_a_turn_starts_from_are_dated_before_it(anchor, year):
    row = _after("2007_national", anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("growth_yoy", year, year)


def test_a_cut_against_a_written_base_and_drafts_put_out_for_comment():
    # 2023 (review of 2018-2022): 清单管理措施比制度建立之初压减64%: 压减 closes a comparison as 减少 does, so the base is
    # written (制度建立之初, as 2016 改革前; gold 2023)
    row = _after("2023_national", "清单管理措施比制度建立之初压减")
    assert (row["measure"], row["value"], row["base_period"]) == ("change_pct", -64, "制度建立之初")
    # 2008 (review of 2003-2007): 有15部法律草案和行政法规草案向社会公开征求意见: drafts put out for comment during the
    # term count over it (lexicon flow 征求意见, gold 2008)
    row = _after("2008_national", "探索建立公众有序参与政府立法的机制和制度，有")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", 2003, 2007)


@pytest.mark.parametrize(
    "anchor,years",
    [
        # person-times enrolled in an insurance scheme stand at the span's end (E10)...
        ("港澳居民在粤参加医保", (2025, 2025)),
        ("参加养老、失业、工伤保险", (2025, 2025)),
        # ...person-times of events are summed over it (累计832万辆次 of crossings)
        ("“澳车北上”、“粤车南下”累计", (2021, 2025)),
    ],
)
def test_person_times_enrolled_are_a_stock_and_events_a_flow(anchor, years):
    row = _after("2026_广东省", anchor)
    assert (int(row["period_start"]), int(row["period_end"])) == years


def test_a_level_up_to_now_stands_at_the_end_of_the_review():
    # 2013 (review of 2008-2012): 企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元: 现在 after 提高到 is the
    # end of the years reviewed, not 2004 (construction to_now, gold 2013)
    row = _after("2013_national", "从2004年人均每月700元提高到现在的")
    assert (row["value"], int(row["period_start"]), int(row["period_end"])) == (1721, 2012, 2012)


def test_an_aim_set_with_ba_is_a_target_inside_a_recap_and_before_shi():
    # 2013 plan: 去年居民消费价格涨幅回落到2.6%…；去年价格上涨的翘尾影响约有1个百分点。把居民消费价格涨幅控制在3.5%左右，
    # 是充分考虑各方面因素后作出的选择: the aim (context aimed) is this year's target although the paragraph
    # recaps last year and the aim is the subject of 是 (target_context.csv)
    row = _after("2013_national", "把居民消费价格涨幅控制在")
    assert (row["is_target"], int(row["period_end"]), row["qualifier"]) == (True, 2013, "about+at_most")
    # the recap itself is still last year's
    row = _after("2013_national", "去年居民消费价格涨幅回落到")
    assert (row["is_target"], int(row["period_end"])) == (False, 2012)


@pytest.mark.parametrize(
    "report,anchor,is_target",
    [
        # a number that with what it counts names a target (…的目标) is a target's, met or missed (E15, named_target)
        ("2015_national", "本届政府减少", True),  # 1/3行政审批事项的目标提前实现
        ("2010_national", "提前一年实现农村中小学生人均公用经费", True),  # 500元和300元的目标: both numbers
        ("2010_national", "提前一年实现农村中小学生人均公用经费500元和", True),
        # ...but not what met one: 410个…攻坚县已有317个县实现目标
        ("2007_national", "攻坚县已有", False),
    ],
)
def test_a_target_named_as_such_is_a_target_met_or_missed(report, anchor, is_target):
    assert bool(_after(report, anchor)["is_target"]) is is_target


@pytest.mark.parametrize(
    "anchor,subject", [("中央财政赤字1.12万亿元，增加", "中央财政赤字"), ("地方财政赤字5000亿元，增加", "地方财政赤字")]
)
def test_a_part_s_change_shares_the_base_of_the_whole_it_breaks_down(anchor, subject):
    # 财政赤字1.62万亿元，比去年增加2700亿元…。其中，中央财政赤字1.12万亿元，增加1700亿元 (2015): the part's increase is on last
    # year too (construction base_of_the_whole)
    row = _after("2015_national", anchor)
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == (subject, "change_abs", "上年")


@pytest.mark.parametrize(
    "anchor,measure,period",
    [
        ("累计引进投资超亿元项目748个,投资总额达", "cumulative", (2016, 2020)),
        ("引进投资超亿元项目211个,投资总额", "level", (2020, 2020)),
    ],
)
def test_the_amount_of_things_counted_over_a_span_is_summed_over_it(anchor, measure, period):
    # attribute_shares_span: 投资总额 after a count is the counted projects' total investment (attribute_of_previous), over
    # the five years when they were counted over the five years, the year's level after a count of one year
    row = _after("jiangmen-2021", anchor)
    assert row["indicator_zh"] == "投资超亿元项目投资总额"
    assert (row["measure"], (row["period_start"], row["period_end"])) == (measure, period)


@pytest.mark.parametrize("anchor", ["主动对接深圳经济特区", "深圳经济特区27条改革措施和"])
def test_another_region_s_figure_in_the_plan_is_no_target(anchor):
    # others_are_no_target: 深圳经济特区27条改革措施 and its 40条首批授权事项 exist already; a plan that aligns with them sets
    # no target of Jiangmen's; dated by the plan's section, 2021 (gold settled on Jiangmen's second pass: plan_year)
    row = _after("jiangmen-2021", anchor)
    assert (row["scope"], row["is_target"], row["period_start"], row["period_end"]) == ("other", False, 2021, 2021)


@pytest.mark.parametrize(
    "report,anchor,measure,years",
    [
        # a flow stated without a year in a five-year review is the plan's total (docs/figures.md, cumulative):
        # Sichuan 2026 “西电东送”电量超过8100亿千瓦时 (lexicon flow: 电量), Jiangmen 2021 完成交通投资908.5亿元
        ("2026_四川省", "“西电东送”电量超过", "cumulative", (2021, 2025)),
        ("jiangmen-2021", "完成交通投资", "cumulative", (2016, 2020)),
        # …while a stock in the same review stands at its end: 清洁能源装机容量超过1.3亿千瓦
        ("2026_四川省", "清洁能源装机容量超过", "level", (2025, 2025)),
    ],
)
def test_a_flow_without_a_year_in_a_five_year_review_is_summed(report, anchor, measure, years):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *years)


@pytest.mark.parametrize(
    "report,anchor",
    [
        # a comparison with another quantity leaves base_period empty: the column holds times (上年, 2015, 十二五期末)
        ("jiangmen-2021", "高技术产业、先进制造业增速分别比工业整体水平高"),  # 9.3个百分点
        ("2015_national", "小微企业、“三农”贷款增速比各项贷款平均增速分别高"),  # 4.2个百分点
    ],
)
def test_another_quantity_compared_with_is_no_base_period(report, anchor):
    row = _after(report, anchor)
    assert row["measure"] == "pp_change" and not isinstance(row["base_period"], str)


def test_a_plan_end_opening_a_clause_dates_its_level_in_the_years_plan():
    # plan_end_dates_level (session 38, probe): in the plan for the year, a level a clause dates to the plan's end
    # (力争到“十五五”末, “十五五”末) stands in the plan's last year, not in the year (a base 比“十三五”末 is no date)
    text = (
        "各位代表：\n一、2025年工作回顾\n全省地区生产总值增长5.4%，比“十三五”末增长30%。\n三、2026年主要目标任务\n"
        "“十五五”末高新技术企业数量达到3万家。力争到“十五五”末研发经费投入强度达到3%。\n"
    )
    f = extract_figures(text, ReportInfo("2026_demo", 2026, "province", "山东省"))
    years = {(r.number_text, r.measure): (r.period_start, r.period_end) for r in f.itertuples()}
    assert years[("3", "count")] == (2030, 2030) and years[("3", "level")] == (2030, 2030)
    assert years[("30", "change_pct")] == (2025, 2025)


def test_a_topic_heading_inside_the_five_year_review_goes_on_with_it():
    # session 47 probe of 2021 city reports: short topic lines under the term's review (基础设施建设成就斐然) were read as
    # last year's review, so the counts under them were dated 2020 alone; a heading that names last year still turns to it
    text = (
        "“十三五”工作答卷\n综合经济实力全面跃升\n地区生产总值年均增长9.1%。\n基础设施建设成就斐然\n建成中小型水库31座。\n"
        "二、2020年工作回顾\n建成中小型水库8座。\n"
    )
    figs = extract_figures(text, ReportInfo("demo", 2021, "city", "遵义市"))
    got = figs[["number_text", "section", "period_start", "period_end"]].values.tolist()
    assert got == [["9.1", "review_5y", 2016, 2020], ["31", "review_5y", 2016, 2020], ["8", "review_year", 2020, 2020]]


def test_the_session_47_dating_constructions_of_five_year_reviews():
    # a from's year dates its start amounts, not the marks crossed after them; an ellipsis ends a clause; a gap between
    # average growths named without figures covers the span
    text = (
        "一、过去五年工作回顾\n五年来，综合实力迈上新台阶……全省GDP从2017年的1.52万亿元接连突破2万亿元、2.5万亿元大关，"
        "城乡居民人均可支配收入从2017年的30412元和11836元分别提高到38710元和16323元，地区生产总值年均增速高于全国0.6个百分点。"
    )
    figs = extract_figures(text, ReportInfo("demo", 2023, "province", "山西省"))
    got = figs[["number_text", "indicator_zh", "period_start", "period_end"]].values.tolist()
    assert got[:3] == [["1.52", "GDP", 2017, 2017], ["2", "GDP", 2018, 2022], ["2.5", "GDP", 2018, 2022]]
    assert [r[2:] for r in got[3:7]] == [[2017, 2017], [2017, 2017], [2022, 2022], [2022, 2022]]
    assert got[7] == ["0.6", "地区生产总值", 2018, 2022]


def test_new_or_rebuilt_is_a_flow_of_the_five_years():
    # session 47 probe of 2021 city reports: 新改建 was no verb of building, so the count stood at 2020 and the length was a
    # level; built over the plan they are summed over it
    figs = extract_figures(
        "一、“十三五”时期工作回顾\n五年来，新改建变电站65座、输电线路2.8万公里。", ReportInfo("demo", 2021, "city", "遵义市")
    )
    got = figs[["indicator_zh", "measure", "period_start", "period_end"]].values.tolist()
    assert got == [["变电站", "count", 2016, 2020], ["输电线路", "cumulative", 2016, 2020]]
