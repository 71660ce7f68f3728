"""Fuzzing the normaliser, the number parser and the extractor with report-like text (hypothesis).

Whatever the text: no unhandled exception, every offset points at its number in the raw text,
and the figures table passes the schema. Bounded: 200-300 examples each, about 15 s in all.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers.extract.extractor import ReportInfo, extract_figures
from helpers.extract.numbers import parse_number, read_unit
from helpers.extract.schema import TABLE_COLUMNS
from helpers.extract.text import normalise

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The extractor validates a DataFrame with pandera for every example (~60 ms): fewer examples.
FUZZ_EXTRACT = settings(FUZZ, max_examples=200)
CHINESE_NUMERALS = "零一二两三四五六七八九十百千"
# Quantities without digits begin or end with these (docs/figures.md): 超万亿元 (万), 翻一番 (翻…番).
QUANTITY_MARKS = "万翻番"

# Report-like fragments: subjects, predicates, numbers in every form, units, qualifiers,
# punctuation, line breaks and the odd characters scraped text carries.
SUBJECTS = [
    "地区生产总值",
    "全市地区生产总值",
    "规上工业增加值",
    "社会消费品零售总额",
    "城镇新增就业",
    "居民消费价格",
    "一般公共预算收入",
    "固定资产投资",
    "城镇登记失业率",
    "广义货币M2",
    "研发经费支出占GDP比重",
    "高新技术企业",
    "城乡居民人均可支配收入",
    "进出口总额",
    "“十四五”",
    "2020年",
    "五年来",
    "今年",
    "预计",
    "力争",
    "其中",
]
PREDICATES = [
    "增长",
    "年均增长",
    "比上年增加",
    "比2015年增加",
    "比“十二五”期末增长",
    "分别增长",
    "下降",
    "提高",
    "达到",
    "实现",
    "完成",
    "累计完成",
    "是2015年的",
    "排全省第",
    "占全国的",
    "控制在",
    "突破",
    "超过",
    "约",
    "近",
    "新增",
    "为",
    "",
]
NUMBERS = [
    "2.2",
    "6",
    "3201",
    "1,234.5",
    "12,345,678",
    "２．３",
    "１２０",
    "三",
    "两",
    "十二",
    "近三",
    "4.5%-5",
    "4.5%至5",
    "4.5-5",
    "6.5％～7",
    "2016—2020",
    "0",
    "00",
    "1.",
    ".5",
    "X",
    "x.x",
    "XX",
    "1０0",
    "99999999999999999999",
    "2021",
    "1、2",
    # rates written in words, the number after 分之 in characters or digits (百分之百 stopped an extraction, session 65)
    "百分之百",
    "百分之九十",
    "千分之四点五",
    "万分之二",
    "百分之",
    "三分之一",
]
UNITS = [
    "%",
    "％",
    "亿元",
    "万亿元",
    "万人",
    "个百分点",
    "倍",
    "家",
    "公里",
    "万",
    "多万元",
    "余亿元",
    "年",
    "号",
    "",
    "元",
    "所",
]
QUALIFIERS = ["以上", "左右", "以内", "以下", "", "多", "和"]
PUNCT = [
    "，",
    "。",
    "、",
    "；",
    "：",
    ",",
    ".",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " ",
    "\u3000",
    "\u200b",
    "\ufeff",
    "“",
    "”",
    "（一）",
    "一是",
    "<b>",
    "</p>",
    "&nbsp;",
    "&#37;",
    "&amp;",
    "<script>x=1</script>",
    "{{ 7*7 }}",
    "${x}",
]

fragment = st.one_of(*(st.sampled_from(xs) for xs in (SUBJECTS, PREDICATES, NUMBERS, UNITS, QUALIFIERS, PUNCT)))
clause = st.tuples(
    st.sampled_from(SUBJECTS),
    st.sampled_from(PREDICATES),
    st.sampled_from(NUMBERS),
    st.sampled_from(UNITS),
    st.sampled_from(QUALIFIERS),
    st.sampled_from(PUNCT),
).map("".join)
report_text = st.lists(st.one_of(clause, clause, fragment), min_size=1, max_size=15).map("".join)
raw_chars = st.text(
    alphabet=st.sampled_from(list("增长亿元%％．.,，。、0123456789０１２三两十X\n\r \u3000\u200b\ufeff<>/&#;pbr")), max_size=120
)


def _is_numeral(c: str) -> bool:
    return c.isdigit() or c in CHINESE_NUMERALS or c in QUANTITY_MARKS


@FUZZ
@given(st.one_of(report_text, raw_chars))
@example("增长２．２％\r\n<p>&nbsp;</p>\u200b\n万人")
def test_normaliser_maps_every_character_back_to_its_source(raw):
    n = normalise(raw)
    assert len(n.index) == len(n.text) and n.raw_length == len(raw)
    assert all(0 <= int(i) < len(raw) for i in n.index)
    assert all(int(a) < int(b) for a, b in zip(n.index, n.index[1:]))  # strictly increasing
    for ch, i in zip(n.text, n.index):
        if ch.isdigit():  # a digit always comes from the same digit in the raw text (２ -> 2)
            assert unicodedata.digit(raw[int(i)], None) == int(ch), (ch, raw[int(i)])


@FUZZ
@given(
    st.one_of(
        st.sampled_from(NUMBERS),
        st.text(alphabet=st.sampled_from(list("0123456789,.０１" + CHINESE_NUMERALS + "万亿 ")), max_size=12),
    )
)
def test_parse_number_returns_a_decimal_or_raises_value_error(s):
    try:
        value = parse_number(s)
    except ValueError:
        return
    assert isinstance(value, Decimal) and value.is_finite()


@FUZZ
@given(st.one_of(report_text, raw_chars), st.integers(min_value=0, max_value=200))
@example("万多", 0)  # found by the fuzzer in session 16: the 多 after a bare 万 is read with it
def test_read_unit_never_reads_past_the_text(text, pos):
    pos = min(pos, len(text))
    unit = read_unit(text, pos)
    assert 0 <= unit.length <= len(text) - pos
    # the span ends with the unit as written, or with the 多/余 read after a bare 万 (1万多，: more than 10000)
    read = text[pos : pos + unit.length]
    assert unit.kind == "none" or read.endswith(unit.text[-1:]) or (unit.more and read.endswith(("多", "余")))


@FUZZ_EXTRACT
@given(report_text, st.sampled_from([2016, 2021, 2026]))
@example("全市地区生产总值增长<b>2.3</b>%，城镇新增就业4.6&nbsp;万人。", 2021)
@example("预计地区生产总值突破X亿元，年均增长x.x%。", 2021)
@example("地区生产总值和地区生产总值增长2.2%以上，", 2016)  # a subject repeated is no list of two
@example("排全省第三三", 2016)  # characters of numerals that make no numeral
@example("网上可办和一次办结百分之百实现，覆盖率达到百分之百。", 2021)  # a rate in words of one hundred
@example("百分之百百分之百", 2021)  # characters of numerals after 分之 that make no numeral (found by this test)
@example("千分之四点五三分之一", 2016)  # …and before it (found by this test)
def test_extractor_never_crashes_and_offsets_point_at_numbers(raw, year):
    df = extract_figures(raw, ReportInfo("fuzz", year))  # validates with the schema before returning
    assert list(df.columns) == TABLE_COLUMNS
    for r in df.itertuples():
        assert raw[r.char_start : r.char_end] == r.number_text
        assert _is_numeral(r.number_text[0]) and _is_numeral(r.number_text[-1]), r.number_text
        # one number shared by several subjects: <id>:<start>, then <id>:<start>.2, .3 (docs/figures.md)
        assert r.figure_id in (f"fuzz:{r.char_start}", *(f"fuzz:{r.char_start}.{k}" for k in range(2, 10)))
        assert "<b>" not in r.sentence and "\r" not in r.sentence
    firsts = df.drop_duplicates("char_start")
    assert firsts["figure_id"].eq("fuzz:" + firsts["char_start"].astype(str)).all()
    assert df["indicator_zh"].groupby(df["char_start"]).nunique().eq(df.groupby("char_start").size()).all()


@pytest.mark.parametrize(
    "text,year",
    [
        ("比“十二五”期末增长地区生产总值比2015年增加2.2%以上，", 2021),  # span 十二五 = 2011-2015, base 2015
        ("地区生产总值比2015年增加2.2%以上，", 2006),  # a base year after the review year
    ],
)
def test_a_base_year_at_the_end_of_the_span_does_not_break_the_schema(text, year):
    df = extract_figures(text, ReportInfo("fuzz", year))
    assert (df["period_start"] <= df["period_end"]).all()
