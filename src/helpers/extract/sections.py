"""Finding a report's parts: five-year review, last year's review, problems, five-year plan, this year.

Reports differ in structure: the 2021 Jiangmen report has "“十三五”时期及2020年工作回顾", then
"“十四五”时期的目标任务" and "2021年工作安排"; national reports in ordinary years have
"一、2014年工作回顾" and "二、2015年工作总体部署"; the 2026 provincial reports review 2025 and the
十四五 together. So the parts are found by what headings and paragraph openings say (回顾, 五年来,
目标任务, 工作安排, 主要预期目标) and the report year, never by position or by file.

Plan names map to years by the five-year-plan calendar: the 6th plan is 1981-1985 and each later
plan follows the previous one (十一五 2006-2010, 十三五 2016-2020, 十五五 2026-2030).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import cn2an
import numpy as np
import pandas as pd

from helpers.extract.inferred_metadata import HEAD_CHARS, LATE_MONTHS, TITLE_DATE, delivery_date

# the plans before 十一五 are named with one character after the ordinal (八五, 九五, 十五: 1991-1995, 1996-2000, 2001-2005);
# bare, those words name other things too (“七五”普法, 十五届, 十五年), so they name a plan only before a plan word
# (construction old_plan_name)
_PLAN_WORD_AFTER = r"(?=[”’]?(?:计划|规划|时期|期间|期?末))"
PLAN_NUMBER = rf"十[一二三四五六七八九]五|(?:[六七八九]|十)五{_PLAN_WORD_AFTER}"
_PLAN = re.compile(rf"(十[一二三四五六七八九])五|([六七八九]|十)五{_PLAN_WORD_AFTER}")
_OLD_PLAN_ALONE = re.compile(r"[“‘]?([六七八九]|十)五[”’]?")
# a plan's name as the reports write it, quoted or not (“十四五”, 十四五), and its end (“十二五”末, 期末, 时期末: the plan's
# last year, `plan_years(...)[1]`): one fragment for the extractor's patterns and the subject tails; single quotes too, as a
# quotation nests them (“‘十三五’时期云南地区生产总值…”: plan_in_single_quotes, session 53 probe)
PLAN_NAME = rf"[“‘]?(?:{PLAN_NUMBER})[”’]?"
PLAN_END = rf"{PLAN_NAME}(?:时期)?期?末"
# the plan's end however it is spelled once its quotes are gone (十三五末, 末期, 期末, 时期末): `plan_end_written`
_PLAN_END_SPELLED = re.compile(r"^(十[一二三四五六七八九]?五)(?:末期|时期末|期末|末)$")
# the plan's span with a word of period after its name (十三五时期, 九五期间): the span, written as the name alone, as the blind
# tables write it (S64b)
_PLAN_SPAN_SPELLED = re.compile(r"^((?:十[一二三四五六七八九]?|[六七八九])五)(?:时期|期间)$")


def plan_end_written(base: str) -> str:
    """A plan's end written as the gold writes it, 十三五期末, however the text spells it (`extractor._clean_base` for the
    base it reads, `evaluate.normal_base` for the bases it compares; CONVENTIONS.md base_period, S40b); other words as
    they are.

    >>> plan_end_written("十三五末"), plan_end_written("十三五末期"), plan_end_written("十三五时期末"), plan_end_written("十三五")
    ('十三五期末', '十三五期末', '十三五期末', '十三五')

    The plan's span is its name alone, however a word of period follows it (S64b):

    >>> plan_end_written("十三五时期"), plan_end_written("九五期间"), plan_end_written("十一五规划")
    ('十三五', '九五', '十一五规划')
    """
    return _PLAN_SPAN_SPELLED.sub(r"\1", _PLAN_END_SPELLED.sub(r"\1期末", base))


def plan_years(name: str) -> tuple[int, int] | None:
    """'十三五' (or '“十三五”时期') -> (2016, 2020); None if no plan name is in `name`.

    >>> plan_years("“十三五”时期"), plan_years("“九五”期间"), plan_years("“十五”计划"), plan_years("“七五”普法")
    ((2016, 2020), (1996, 2000), (2001, 2005), None)
    >>> plan_years("九五"), plan_years("“十五”")
    ((1996, 2000), (2001, 2005))
    """
    if m := _PLAN.search(name):
        ordinal = m.group(1) or m.group(2)
    elif m := _OLD_PLAN_ALONE.fullmatch(name):
        ordinal = m.group(1)  # an old plan's name alone (“九五”, matched by PLAN_NAME before its plan word)
    else:
        return None
    n = int(cn2an.cn2an(ordinal, "strict"))
    start = 1981 + 5 * (n - 6)
    return start, start + 4


def plan_name(start_year: int) -> str | None:
    """2021 -> '十四五': the plan that starts in `start_year`, if one does."""
    n, rem = divmod(start_year - 1981, 5)
    if rem or not 11 <= n + 6 <= 19:
        return None
    return "十" + cn2an.an2cn(n + 6 - 10) + "五"


@dataclass(frozen=True)
class ReportCalendar:
    """The years a report talks about, from its report year.

    A report delivered in year Y reviews year Y-1 and plans year Y. In the year after a plan ends
    (2021 for 十三五) it also reviews the old plan and opens the new one; in other years a five-year
    review ("过去五年", the government's term in 换届 years) covers Y-5..Y-1.
    """

    report_year: int
    # the years the term review covers: five, unless its heading says 过去四年 (过去三年) (`review_years`)
    review_length: int = 5
    # the goals section opens with 今后五年 (未来五年) and names no plan: the five years ahead of the report, the
    # government's term in a term-start year (2018, 2023), not the running national plan (goals_of_the_term)
    goals_ahead: bool = False
    # the year the report is delivered in, which 今年 names (明年 the one after): the report year, or the year reviewed
    # for a report delivered in December (`years_of_delivery`, construction delivered_in_december)
    this_year: int | None = None

    @property
    def today(self) -> int:
        """The year 今年 names: the report year, or the year before it for a report delivered in December.

        >>> ReportCalendar(2023).today, ReportCalendar(2023, this_year=2022).today
        (2023, 2022)
        """
        return self.this_year if self.this_year is not None else self.report_year

    @property
    def review_year(self) -> int:
        return self.report_year - 1

    @property
    def review_5y(self) -> tuple[int, int]:
        """The term's review: the five years before the report, or the years its heading names.

        >>> ReportCalendar(2022).review_5y, ReportCalendar(2022, review_length=4).review_5y
        ((2017, 2021), (2018, 2021))
        """
        return self.report_year - self.review_length, self.report_year - 1

    @property
    def plan_5y(self) -> tuple[int, int]:
        opened = plan_name(self.report_year)
        if opened or self.goals_ahead:
            return self.report_year, self.report_year + 4
        # Inside a plan: the plan running now.
        n = (self.report_year - 1981) // 5
        start = 1981 + 5 * n
        return start, start + 4


_HEADING_MAX = 48
# 第一部分 2022年工作情况, 一、2022年工作回顾, 一、2021年前三季度经济运行情况, 2020年上半年国民经济运行情况: a heading of a
# review that names its year, up to ten words between (years_of_delivery; the last two, pages of the year's own data,
# session 56 on the probe set)
_REVIEW_OF_YEAR = r"年[^，,。；;\d\n]{0,10}?(?:情况|回顾|总结)"  # after the year, within its line
# 回顾2011年，我们豪情满怀: the heading may name its year after 回顾 (review_word_before_year, session 73 probe of a district's
# December report whose title block dates it by eight digits alone: its review of the year was dated the year before)
_YEAR_REVIEWED = re.compile(rf"((?:19|20)\d\d)(?:{_REVIEW_OF_YEAR}|(?<=回顾\d{{4}})年)")
# 即将过去的2018年, 一、2019年工作回顾 即将过去的一年: the review's own words say the year it reviews is still running (the report
# is delivered in that year's December); 预计2021年实现地区生产总值480亿元 in a report of 2021: the year's own output is still an
# estimate (an estimate of the year before is what every January report gives: that dates nothing) (year_ending_in_words,
# session 71 probes of county and county-level city reports with no dated session line)
_YEAR_ENDING = re.compile(
    r"即将过去的(?P<ending>(?:19|20)\d\d)年"
    rf"|(?P<headed>(?:19|20)\d\d){_REVIEW_OF_YEAR}[\s:：]*即将过去的一年"
    r"|预计(?P<estimated>(?:19|20)\d\d)年(?:全年)?(?:全市|全县|全区|全省)?(?:实现|完成)(?:地区)?生产总值[\d.]+亿元"
)


def years_of_delivery(text: str, given_year: int) -> tuple[int, int]:
    """(the year the report plans, the year it is delivered in) from the year it was given and its own text.

    Why: a report delivered in December (Beijing's districts, some counties) reviews the year it is delivered in and plans
    the next; its 今年 in the review is the year reviewed and its 明年 the year planned. Given the year it was delivered
    (what its session line says, 2022年12月28日), its review heading names that year (第一部分 2022年工作情况), or its session
    line is of November or December that year, and it plans the next; given the year it plans (the catalog's
    report_year), its session line is of November or December the year before. Otherwise the report is delivered in the
    year it plans (construction delivered_in_december).

    >>> years_of_delivery("第一部分 2022年工作情况\\n今年，全区地区生产总值预计完成213亿元。", 2022)
    (2023, 2022)
    >>> years_of_delivery("政府工作报告\\n——2022年12月28日在延庆区第三届人民代表大会第二次会议上\\n各位代表：", 2023)
    (2023, 2022)
    >>> years_of_delivery("一、2021年工作回顾\\n地区生产总值增长8%。二、2022年工作安排", 2022)
    (2022, 2022)
    >>> years_of_delivery("政府工作报告\\n——2022年12月28日在延庆区第三届人民代表大会第二次会议上\\n各位代表：", 2022)
    (2023, 2022)
    >>> years_of_delivery("回顾2011年，我们豪情满怀\\n2011年，地区生产总值增长16%。", 2011)  # (review_word_before_year)
    (2012, 2011)

    A report no session line dates says so in its review's words (year_ending_in_words):

    >>> years_of_delivery("一、2019年工作回顾 即将过去的一年，…", 2019), years_of_delivery("预计2020年实现地区生产总值300亿元", 2021)
    ((2020, 2019), (2021, 2021))
    """
    for m in _YEAR_REVIEWED.finditer(text):  # (the pattern over the text, then its line: not every line read in Python)
        if int(m.group(1)) != given_year:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        heading = text[line_start : (end if (end := text.find("\n", m.end())) >= 0 else len(text))].strip()
        if text[line_start : m.start()].endswith(tuple(f"{given_year - 1}年{joint}" for joint in ("及", "和", "与", "、"))):
            continue  # 一、2019年及2020年上半年重点工作回顾: last year's review and the months since (year_and_months_since)
        if _is_heading(heading) and _classify_heading(heading, given_year + 1) == "review_year":
            return given_year + 1, given_year
    # (the title block is read only when its first characters name November or December: 0.4 ms a report otherwise)
    head = text[:HEAD_CHARS]
    late = any(f"{month}月" in head for month in LATE_MONTHS) or TITLE_DATE.search(head)
    delivered = delivery_date(text) if late else None
    if delivered and delivered.month in LATE_MONTHS and delivered.year in (given_year - 1, given_year):
        return delivered.year + 1, delivered.year  # (given the year planned or the year delivered: the same two years)
    if (ending := _YEAR_ENDING.search(text)) and (delivered if late else delivery_date(text)) is None:
        year = int(ending.group("estimated") or 0)
        year = year if year == given_year else int(ending.group("ending") or ending.group("headed") or 0)
        if year in (given_year - 1, given_year):
            return year + 1, year
    return given_year, given_year


# a heading written as a slogan may say only that the past year's work went well (一、勠力奋战，克难攻坚，过去一年政府工作
# 成效显著: review_slogan)
# 一、过去五年，我们众志成城，砥砺前行: a slogan opened by the span reviewed; 一、关于去年和今年前4个月工作 (a session held late,
# 2020): last year's work first (review_slogan, session 43 probe: both were no review, or this year's plan); the extractor
# reads the heading with its ordinal masked
_NAMES_LAST_YEAR = re.compile(r"去年|过去的?一年|一年来|上一年|上年")  # (the year before the report's written as 去年)
# 撤县设区, 建区, 建市: a place made or remade (founding_time in the extractor: 为建区之初的7倍); 成立, 设立, 组建, 挂牌: a place
# or a body founded (review_since_event)
FOUNDING_OF_PLACE = r"撤[县地市]设[区市]|[建设][区市县州旗]"
_FOUNDED = r"成立|设立|组建|建立|挂牌"
# 成立以来, 设立以来, 建市以来: the years since a place or body was founded (review_since_event)
_SINCE_EVENT = re.compile(rf"(?:{_FOUNDED}|{FOUNDING_OF_PLACE})以来")
_REVIEW = re.compile(
    r"回顾|工作总结|成就|成绩|成效|过去的?一年|^(?:[一二三四五六七八九十]{1,2}、)?\s*过去的?[两三四五六七八]年[，,]|去年(?:和|及)?[^，,。]{0,8}工作"
)
# 本届任期, 本届政府: the government's term that ends with the year reviewed (a term-end report's five-year review:
# 一、市人民政府本届任期和2021年工作回顾, as 过去五年和2017年工作)
# 过去四年工作回顾 (过去三年): a county's review of a term that did not start with a plan; 十五届人民政府工作回顾, 第十四届政府:
# the term named by its ordinal, as 本届政府 (term_review_heading, session 42 probe: both were read as last year's review)
_TERM_YEARS = r"过去的?(?P<years>[两三四六七八])年"
# 市十五届人大一次会议以来: the term since the congress session that elected the government (session 43 probe)
# (市第十五届人民代表大会第一次会议以来的五年: the congress named in full, session 66 probe of a city's term-end report)
_TERM_ORDINAL = r"第?[一二三四五六七八九十]{1,3}届(?:[省市区县州旗])?(?:(?:人民)?政府|(?:人大|人民代表大会)第?一次会议以来)"
_PLAN_IN = re.compile(rf"{PLAN_NUMBER}|今后五年|未来五年|过去五年|{_TERM_YEARS}|五年|本届(?:政府)?任期|本届政府|{_TERM_ORDINAL}")
_PLAN_YEAR_HEAD = re.compile(
    r"工作安排|工作部署|总体部署|总体要求|重点工作|主要任务|政府工作任务|主要预期目标|政府工作的建议|今年.{0,8}(工作|目标)"
)
_PLAN_MET = re.compile(r"实现|完成")  # 目标提前实现, 计划全面完成: an ended plan met (plan_met)
# a heading that says a plan has opened well (“十三五”实现良好开局, “十四五”开好局起好步) reviews its first year
_PLAN_OPENED = re.compile(r"开局|起步|开篇")
# how things stood or went (主要情况, 基本情况, 发展状况): a heading of an ended plan's state reviews it
_PLAN_STATE = re.compile(r"情况|状况|进展")
_PROBLEMS = re.compile(r"问题|不足|困难|挑战|差距|短板|矛盾")
_PROBLEMS_LEAD = re.compile(r"清醒|也要看到|必须看到|也应看到|正视|不容忽视|^(同时|但是?)[，,]")
# The openings of this year's targets (今年/<the report's year>年…发展主要目标是) and of last year's review (过去一年, 一年来,
# <the year before>年，…): any year written is read, then compared with the one that may stand there (`_opens_with`).
# 2023年安徽经济社会发展的主要预期目标是: the region's short name may stand between the year and the targets
# 今年经济社会发展的主要预期目标是, 2023年安徽经济社会发展的主要预期目标是; and, after a heading of the review and this
# year's requirements together, 2024年的主要预期目标是 (targets_paragraph: the year or 今年 names the plan without 发展);
# 2023年全市经济社会发展的总体要求是 opens the year's plan as its targets do (a plan as issued, with no numbered heading:
# session 48 probe of plan-implementation reports). A news page may open the paragraph with 报告披露 or the place's name, and
# write how the development goes between 经济社会 and 发展 (报告披露，郑州市2023年主要预期目标是, 长春市今年的主要预期目标是,
# 今年全市经济社会持续健康发展的主要预期目标是; 据…介绍，长春市今年的主要预期目标是: session 48 probe of 2023 city reports;
# they were read as last year's; 在报告中提出了2019年…主要预期目标: with the aspect after the verb, session 65 probe of a
# district's news page); a connective may open it (其中，2023年安徽经济社会发展的主要预期目标是：, session 71 probe of a
# provincial news page: targets_after_connective; they were read as the plan's of 2027 before them)
_TARGETS_PARA = re.compile(
    r"^(?:[^。！!？?]{0,60}?(?:披露|提出|提到|指出|明确|表示|介绍|强调)了?[，,:：]?)?(?:(?:其中|同时|此外|另外|具体而言)[，,])?"
    r"(?:[\u4e00-\u9fff]{2,6}?[市省县区](?=今年|\d{4}年))?"
    r"(?:(今年|(?P<year>\d+)年)?[，,]?(?:[\u4e00-\u9fff]{2,4}?)?(全[市省区国])?(?:(经济社会)?(?:[\u4e00-\u9fff]{2,4}?)?发展|政府工作)(的)?"
    r"|(?:今年|(?P<year2>\d+)年)的?)(?:主要(预期)?目标|预期目标|总体要求)(?:是|为|建议为|[:：])"
)
# 今年是“十五五”开局之年，…总体要求是：, 2026年是“十五五”第一年，…今年经济社会发展的主要预期目标是: a paragraph that opens
# by saying what this year is opens this year's plan, also inside the five years' (after a heading of the plan and this
# year together, “十五五”时期主要目标和2026年重点工作, or of the plan's good start): this_year_is. Read as the five years',
# targets written on in the paragraph would be dated to the plan's end.
_SALUTATION = r"(?:各位代表[，,!！]?\s*)?"  # 各位代表， before a paragraph's opening (salutation_then_last_year)
# 刚刚过去的2025年, 特别是刚刚过去的一年: the words that name the year just past (last_year_turn, just_past_after_plan); 特别需要
# 指出的是，刚刚过去的2005年 after the five years' results: a phrase that points the listener to it may lead them (pointed_just_past,
# session 74 probe of a 2006 provincial report: the year's rates were read over the five years)
_JUST_PAST = r"(?:特别是|尤其是|[^，,。！!？?]{0,6}(?:指出|一提|强调)的是[，,])?刚刚过去的(?:一年|(?P<year>\d+)年)"
_THIS_YEAR_IS = re.compile(rf"^{_SALUTATION}(?:今年|(?P<year>\d+)年)是")
_THE_YEARS_AIMS = re.compile(r"(?:主要|预期)性?(?:目标|指标)|总体要求")  # (this_year_aims_after_review)
# 各位代表，刚刚过去的2025年，…: the salutation may open any of them (salutation_then_last_year); 刚刚过去的一年 as
# 过去一年, and so does 这一年 (session 40 probe: they opened no review of last year at the head of a paragraph)
_REVIEW_YEAR_PARA = re.compile(
    rf"^{_SALUTATION}(在?过去的?一年|一年来|这一年|{_JUST_PAST}|(?P<year2>\d+)年[，,是])"
    r"|^各位代表[，,!！]?\s*(?P<year3>\d+)年"
    # （二）2025年主要工作。全省…: a heading of last year's work written at the head of its paragraph (year_work_heading)
    r"|^(?:[（(][一二三四五六七八九十]{1,3}[）)])?(?P<year4>\d+)年(?:主要)?工作(?:回顾|情况)?[。：:]"
)

# 今年预期目标:地区生产总值增7.5%-8% (a news page's title) / …作政府工作报告。 / 刚刚过去的2015年，…全省生产总值比上年增长8%: under
# a title that states a target in percent (no heading of a report does), the words that name the year just past open its
# review (just_past_after_plan, session 70: the review under such a title was read as the year's targets); under a
# heading of the year's work, 刚刚过去的2020年，全市36个民生实事项目全部完成。…今年将… stays the plan (past_year_opens)
_JUST_PAST_PARA = re.compile(rf"^{_SALUTATION}{_JUST_PAST}[，,]")
_TITLE_TARGET = re.compile(r"\d\s*%")
# the verb that reports the speaker's words, then the mark after it (and a quotation mark opening them)
_SAYS = r"(?:说|称|指出|表示|介绍|提到|强调)[，,:：]\s*[“\"]?"
# 陈武在报告中回顾过去五年工作时说，, 在回顾2021年工作时，黄强说，, 2月26日，市长…作政府工作报告时指出，: a news page's lead that
# reports the speaker's words before the paragraph's own opening (reported_lead, session 70 probe of a provincial news page:
# the five years' review after it was read as last year's); the quotation mark that opens the speaker's words is part of
# the lead (“这五年,扬州全市GDP连续迈上5000亿元、6000亿元两大台阶… quoted whole: quoted_paragraph, session 71 probe of a city's
# news page: the five years were read as last year)
# (…会议上,省长尹弘作政府工作报告。他指出,过去五年,…: the lead may open with the sentence saying who delivered the report,
# in the same line: delivery_then_lead, session 72 probe of a provincial news page, whose five years were read as last year)
_REPORTED_LEAD = re.compile(
    rf"^(?:[^。！!？?；;]{{2,80}}?作了?《?政府工作报告》?。\s*[^。！!？?；;]{{1,80}}?{_SAYS}|[^。！!？?；;]{{2,80}}?{_SAYS}|[“\"]\s*)"
)


# what a heading of last year's work says it is about (2025年主要工作, 2025年经济社会发展情况, 2025年工作进展)
_YEAR_WORK = re.compile(r"工作|情况|进展")


# …请予审议。一、过去五年工作回顾本届政府任期…: a numbered heading of a report's part inside a long line, after a stop (a copy that
# lost its line breaks), up to the words that close such a heading (inline_heading, session 57 probe; 一、“十二五”发展成就, the
# review's achievements: session 72 probe of a district report)
# (the extractor masks the numbering as spaces before it reads the sections: 。  过去五年工作回顾)
_INLINE_HEADING = re.compile(
    r"(?<=[。！？!?])(?:\s*[一二三四五六七八九十]{1,2}、|\s{2,4})"
    r"[^。，,；;：:、\s]{2,24}?(?:回顾|安排|要求|目标|任务|建议|取向|成就)"
)
_LONG_LINE = 200  # a line this long holds paragraphs run together, where a heading may stand inside
_RUN_TOGETHER = 4000  # no paragraph of the bundled and development reports is over 1400 characters
_SENTENCE_STOP = re.compile(r"[。！？!?](?![”’」』])")


def _lines_and_inline_headings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for each line of the text, the end after its line break; a long line that runs paragraphs
    together is cut before and after each heading of a report's part inside it (inline_heading), so the heading opens its
    section where it stands.

    >>> [t for _, _, t in _lines_and_inline_headings("各位代表：" + "现在作报告，" * 40 + "请予审议。一、过去五年工作回顾五年来，…")][1:]
    ['一、过去五年工作回顾', '五年来，…']
    >>> [t for _, _, t in _lines_and_inline_headings("各位代表：" + "现在作报告，" * 40 + "请予审议。  过去五年工作回顾五年来，…")][1:]
    ['  过去五年工作回顾', '五年来，…']
    """
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line) + 1
        pos = end
        cuts = [c for m in _INLINE_HEADING.finditer(line) for c in m.span()] if len(line) > _LONG_LINE else []
        if len(line) > _RUN_TOGETHER:
            # a whole report on one line (no paragraph is this long): each sentence is read as the line it may have opened
            # (五年来，…, 今年经济社会发展的主要预期目标是…: paragraphs_run_together)
            cuts = sorted({*cuts, *(m.end() for m in _SENTENCE_STOP.finditer(line))})
        if not cuts:
            yield start, end, line
            continue
        edges = [0, *cuts, len(line)]
        for k in range(len(edges) - 1):
            if edges[k + 1] > edges[k]:
                yield start + edges[k], (start + edges[k + 1]) if k + 2 < len(edges) else end, line[edges[k] : edges[k + 1]]


def _is_heading(line: str) -> bool:
    """A short line without a full stop that is not a salutation or a lead-in ending in a colon."""
    s = line.strip()
    return (
        0 < len(s) <= _HEADING_MAX
        and "。" not in s
        and s[-1] not in "：:！!"
        and not _NAMES_REPORT.search(s)
        and not s.startswith("——")
    )


# 2021年政府工作报告, 四川省长做政府报告:将提前一年实现十五计划: a line that names the report is its title (a news page's
# headline too), no heading of one of its parts (report_title_line, session 70 probe: a headline of the plan made the
# review under it the plan's)
_NAMES_REPORT = re.compile(r"工作报告|政府报告")


def _opened_side(line: str, opening: re.Match, report_year: int) -> str | None:
    """The side of the plan a paragraph or heading line opened by a term's words looks to (`_plan_side`), read up to its
    五年 or, without one, on its opening words."""
    return _plan_side(line[: line.find("五年") + 2] if "五年" in line[:32] else line[: max(12, opening.end())], report_year)


def _plan_side(fragment: str, report_year: int) -> str | None:
    """Does the first plan named in `fragment` look back (review_5y) or ahead (plan_5y)?"""
    m = _PLAN_IN.search(fragment)
    if not m:
        return None
    word = m.group(0)
    if word in ("今后五年", "未来五年"):
        return "plan_5y"
    if word in ("过去五年", "五年") or word.startswith(("本届", "过去")) or word.endswith(("政府", "以来")):
        return "review_5y"
    _start, end = plan_years(word)
    return "review_5y" if end < report_year else "plan_5y"


_APPENDIX = re.compile(r"(名词解释|名词注释|注释|附件|附录)[:：]?")
# 注释[1]一降三减：, 名词解释：1.“两新”：… : a glossary's title on the line of its first note (a title of three characters
# or less is joined to the next line when the text is normalised, and a title with a colon is no heading), or alone with its
# colon; the glossary opens there, as under its title alone (glossary_first_note: the glossary was read as the plan and
# its counts, 5家市疾控中心, as this year's targets)
_GLOSSARY_OPEN = re.compile(r"^(名词解释|名词注释|注释)[:：]?\s*(?:$|[\[(（]\d{1,2}[\])）]|\d{1,2}[.、．])")


def _classify_heading(s: str, report_year: int) -> str | None:
    prev = str(report_year - 1)
    if _APPENDIX.fullmatch(s):
        return "other"  # a glossary printed with the report: its figures are no plan (tests/data/README.md, item 9)
    side = _plan_side(s, report_year)
    years = plan_years(s)
    if years and years[0] == report_year - 1 and _PLAN_OPENED.search(s):
        # “十三五”实现良好开局 in the 2017 report: the plan's first year, reviewed (plan_opened)
        return "review_year"
    # 过去五年和2017年工作: a review of the term; 一、抢抓机遇，开拓奋进的五年: a slogan that names the five years (review_slogan)
    if _REVIEW.search(s) or (side == "review_5y" and ("工作" in s or s.endswith("的五年"))):
        year_at = min((s.find(w) for w in (prev, "过去一年", "过去的一年", "去年") if w in s), default=-1)
        plan_at = _PLAN_IN.search(s)
        if year_at >= 0 and (plan_at is None or year_at < plan_at.start()):
            return "review_year"
        if side == "plan_5y" and years and years[1] == report_year:
            # 一、十四五时期发展成就 in a proposal of late 2025: the achievements of a plan that ends in the year the text is
            # written are its review (plan_ending_reviewed, session 48 probe of plan outlines: every figure was a target)
            return "review_5y"
        if side:
            return side
        if _SINCE_EVENT.search(s) and year_at < 0:
            # 一、坪山新区成立以来的工作回顾: the years since the place was founded, reviewed as a term (review_since_event,
            # session 70 probe of a new district's first report: its seven years were read as the last year's)
            return "review_5y"
        return "review_year"
    if side == "plan_5y":
        return "plan_5y"
    if side == "review_5y" and _PLAN_MET.search(s):
        # 一、“十五”计划主要预期目标提前实现，…: an ended plan whose targets were met is reviewed, not planned (plan_met,
        # session 43 probe: its 目标 made the section this year's plan, every figure a 2006 target)
        return "review_5y"
    if prev + "年" in s and _YEAR_WORK.search(s) and side is None:
        # （二）2025年主要工作 under a heading of the plan's five years and last year: last year's part (year_work_heading)
        return "review_year"
    if side == "review_5y" and plan_years(s) and _PLAN_STATE.search(s):
        # （二）“十五”期间国民经济和社会发展主要情况 (2006): how a plan that has ended went is its review (plan_state_heading)
        return "review_5y"
    if _PLAN_YEAR_HEAD.search(s) or re.search(rf"{report_year}年.{{0,8}}(工作|任务|目标|实事|事项)", s):
        return "plan_year"
    if re.fullmatch(rf"(今年|{report_year}年)[：:]?", s):
        return "plan_year"  # 2026年 alone on its line over 主要预期目标是：… (a news page's subheading): this year (year_alone_heading)
    if re.fullmatch(rf"(去年|{report_year - 1}年)[：:]?", s):
        return "review_year"
    if re.search(rf"{report_year}年.{{0,12}}计划(草案|安排)", s):
        # 二、2021年国民经济和社会发展计划草案 in a plan-execution report: the year's plan (plan_draft_heading, session 45
        # probe: its targets were dated last year)
        return "plan_year"
    return None


# what reopens a review after the plan: a review's own words or the past (成效, 成绩, 成就 alone are aims there)
# （一）综合实力明显增强。五年来，…: a numbered title sentence that opens the paragraph before its span (titled_paragraph,
# session 43 probe: the five years' paragraphs under 2015年及“十二五”时期工作回顾 were dated as the year)
# (the extractor reads the text with item numbers masked as spaces: the title may stand alone)
_TITLE_SENTENCE = r"(?:[（(][一二三四五六七八九十]{1,3}[）)]\s*)?[^。！!，,\d]{2,24}[。！!]"
_REVIEW_ITSELF = re.compile(r"回顾|工作总结|过去的?一年|过去五年|五年来")


def _aim_only(heading: str, report_year: int) -> bool:
    """Does a heading met inside the plan name results only as aims (aim_heading)?

    Why: a review heading may be a slogan of results (过去一年政府工作成效显著), so 成效, 成绩 and 成就 open a review; but
    inside this year's or the five years' plan the task headings name results to reach (推动科技创新取得新成效,
    在…上取得更大成就), and reading one as a review dated every figure after it a year back and made its targets
    outcomes. After the plan, a review is reopened only by its own words (回顾, 工作总结, 过去一年, 五年来) or a past
    year or plan named in the heading.

    >>> _aim_only("（三）推动科技创新和产业创新深度融合取得新成效", 2026), _aim_only("一、2025年工作回顾", 2026)
    (True, False)
    >>> _aim_only("“十四五”时期建设成就", 2026)
    False
    """
    if _REVIEW_ITSELF.search(heading) or str(report_year - 1) in heading:
        return False
    return _plan_side(heading, report_year) != "review_5y"


def _opens_with(pattern: re.Pattern, line: str, year: int) -> bool:
    """Does the line open with `pattern` (`_TARGETS_PARA`, `_REVIEW_YEAR_PARA`), any year it reads being `year`? What the
    pattern with `year` written in it matches: a line that opens with another year opens with none of the other words.

    Why not the pattern with the year written in: that compiled once per report year, two patterns of a millisecond
    each (40 of them for the 25 bundled reports); these compile once.

    >>> _opens_with(_TARGETS_PARA, "2021年发展主要目标是", 2021), _opens_with(_TARGETS_PARA, "2020年发展主要目标是", 2021)
    (True, False)
    >>> _opens_with(_TARGETS_PARA, "2024年的主要预期目标是：", 2024), _opens_with(_TARGETS_PARA, "主要预期目标是", 2024)
    (True, False)
    >>> _opens_with(_TARGETS_PARA, "2021年全市经济社会发展主要预期目标：", 2021)  # a colon for 是 (session 45 probe)
    True
    >>> _opens_with(_TARGETS_PARA, "2025年文旅发展主要预期目标为：", 2025)  # 为 for 是 (session 46 probe)
    True
    >>> _opens_with(_TARGETS_PARA, "今年政府工作的主要目标是：", 2026)  # the government's work (session 46 probe)
    True
    >>> _opens_with(_TARGETS_PARA, "2023年全县经济社会发展主要预期目标建议为：", 2023)  # proposed (session 47 probe)
    True
    >>> _opens_with(_TARGETS_PARA, "2023年全市经济社会发展的总体要求是：", 2023)  # the year's requirements (session 48 probe)
    True
    >>> _opens_with(_TARGETS_PARA, "报告披露，郑州市2023年主要预期目标是：", 2023), _opens_with(_TARGETS_PARA, "长春市今年的主要预期目标是，", 2023)
    (True, True)
    >>> _opens_with(_TARGETS_PARA, "今年全市经济社会持续健康发展的主要预期目标是：", 2023)
    True
    >>> _opens_with(_TARGETS_PARA, "报告中提到，2026年经济社会发展主要预期目标是：", 2026)
    True
    >>> _opens_with(_TARGETS_PARA, "区长在报告中提出了2019年经济社会发展主要预期目标：", 2019)  # (session 65 probe)
    True
    >>> _opens_with(_REVIEW_YEAR_PARA, "2020年，全市", 2020), _opens_with(_REVIEW_YEAR_PARA, "过去一年，", 2020)
    (True, True)
    """
    m = pattern.match(line)
    return m is not None and all(written in (None, str(year)) for written in m.groupdict().values())


def find_sections(text: str, report_year: int) -> pd.DataFrame:
    """Split normalised text into parts; one row per run of lines with the same section.

    Returns columns section, start, end (offsets into `text`), heading (the line that opened it).
    Every character belongs to exactly one row; text before the first review is 'other'.
    """
    # Paragraphs that open the five-year review even inside last year's: 五年来, 经过五年接续奋斗,
    # 这是经济实力持续提升的五年 (the recap that ends a year's review in many provincial reports), also after a short lead
    # (总的来看，“十四五”时期的五年，…: lead_before_span), and “十四五”以来， after a heading of last year and the plan's
    # years (plan_so_far: 一、2025年和“十四五”时期工作回顾); 区十六届人大一次会议以来，… opens the term's review as the heading
    # of that term does (term_since_congress_opening, session 60: a term-end district report's review was dated its last year);
    # 本届政府任期的四年，是…的四年 opens it with the term's span (term_span_paragraph, session 72 probe of a county's report
    # under a slogan heading: its four years were read as last year).
    plan_para = re.compile(
        rf"^(各位代表[！!，,]\s*|——|{_TITLE_SENTENCE})?([^，,。！!\d]{{2,5}}[，,])?(五年来|这五年|过去的?五年|经过五年|这是[^。]{{0,24}}的五年|[省市区县州旗]?{_TERM_ORDINAL}|本届(?:政府)?任期的?[两三四六七八]年|{PLAN_NAME}(时期|期间|以来)"
        rf"|展望{PLAN_NAME}|(?:今后|未来)五年)"
    )
    rows: list[tuple[str, int, int, str]] = []
    state, opened_by = "other", ""
    for start, end, line in _lines_and_inline_headings(text):
        whole = line.strip()
        lead = None if _is_heading(whole) else _REPORTED_LEAD.match(whole)
        # 陈武在报告中回顾过去五年工作时说,过去五年，… (a news page): the line is read as written, then, when it opens with
        # nothing, after the reporter's lead (reported_lead)
        readings = (whole, whole[lead.end() :]) if lead else (whole,)
        new, s = next(
            ((opened, r) for r in readings if (opened := _paragraph_opens(r, state, opened_by, report_year, plan_para))),
            (None, whole),
        )
        if new and new != state:
            state, opened_by = new, s[:_HEADING_MAX]
        if turned := _turn_inside(line, state, report_year):
            # a sentence inside the paragraph turns to another section from where it stands (targets_turn, last_year_turn)
            at, section, stays = turned
            heading = line[at:][:_HEADING_MAX]
            _add_row(rows, state, start, start + at, opened_by)
            _add_row(rows, section, start + at, end, heading)
            if stays:
                state, opened_by = section, heading
            continue
        _add_row(rows, state, start, end, opened_by)
    rows[-1] = (*rows[-1][:2], len(text), rows[-1][3])  # the last row ends with the text (set before the frame: no .loc)
    return pd.DataFrame(rows, columns=["section", "start", "end", "heading"])


def _paragraph_opens(s: str, state: str, opened_by: str, report_year: int, plan_para: re.Pattern) -> str | None:
    """The section a line opens, read in the section it stands in (`state`, opened by the line `opened_by`), or None when
    it opens none and the section goes on (`find_sections` reads each line so, and a news page's line again after its
    reporter's lead)."""
    new = None
    if _GLOSSARY_OPEN.match(s):
        new = "other"  # 注释[1]一降三减： the glossary's title with its first note (glossary_first_note)
    elif _is_heading(s):
        new = _classify_heading(s, report_year)
        if new == "review_year" and state == "review_5y" and not _NAMES_LAST_YEAR.search(s.replace(str(report_year - 1), "去年")):
            # 基础设施建设成就斐然 under “十三五”工作答卷: a topic of the five years' results, no year named, goes on with
            # them (topic_heading_in_term_review, session 47 probe of 2021 city reports: the counts under it were dated
            # the last year alone)
            new = None
        if new is None and state == "review_year" and (opening := plan_para.match(s)):
            # 五年来,我们直面挑战稳中求进,产业结构进一步优化 (a heading line after last year's paragraph inside the term
            # review): the term's words open the term's review again, as a paragraph opening with them does
            # (term_heading_after_year, session 58 probe of a district report: its term was dated the last year)
            new = _opened_side(s, opening, report_year)
        if new in ("review_year", "review_5y") and state in ("plan_year", "plan_5y") and _aim_only(s, report_year):
            new = None  # （三）推动…取得新成效: a task of the plan names its results as aims (aim_heading)
        if new is None and state == "problems":
            new = "other"
    elif (opening := plan_para.match(s)) and state in ("review_5y", "review_year", "plan_5y", "problems", "other"):
        new = _opened_side(s, opening, report_year)
        if new == "plan_5y" and opening.group(0).endswith("以来"):
            new = None  # “十四五”以来 in a 2024 report: the plan so far, reviewed where it stands (plan_so_far)
    elif state in ("review_5y", "review_year", "problems", "other") and _opens_with(_REVIEW_YEAR_PARA, s, report_year - 1):
        # "2015年是“十二五”收官之年。过去五年…" (or 回望“十四五”这极不平凡的五年) opens the five-year review, even after last
        # year's (year_opens_term_review); inside the five-year review, 2012年，全市生产总值12885亿元，是2007年的2.5倍，
        # 年均增长16.1% states the term's end and stays there (year_ends_term)
        if re.search(r"过去的?五年|五年来|这五年|(?:收官|极不平凡|不平凡)的五年", s[:48]) or _closes_plan(s, report_year):
            new = "review_5y"
        elif not (
            state == "review_5y"
            and (_ends_term(s[: s.find("。") + 1 or len(s)], report_year) or _last_year_of_headed_plan(s, opened_by, report_year))
        ):
            new = "review_year"
    elif (
        state in ("plan_year", "plan_5y") and _TITLE_TARGET.search(opened_by) and _opens_with(_JUST_PAST_PARA, s, report_year - 1)
    ):
        new = "review_year"  # 刚刚过去的2015年， under a title of this year's targets (just_past_after_plan)
    elif state in ("review_5y", "review_year") and _PROBLEMS_LEAD.search(s[:60]) and _PROBLEMS.search(s[:120]):
        new = "problems"
    elif (state in ("plan_5y", "other") or (state == "review_year" and _THE_YEARS_AIMS.search(s[:80]))) and _opens_with(
        _THIS_YEAR_IS, s, report_year
    ):
        # 今年是“十五五”开局之年，…总体要求是 after the five years' goals (this_year_is); before any heading too (a news
        # page: 姜大明在报告中说,今年是…的开局之年，…。今年全省经济社会发展的主要预期目标是，…: this_year_opens_text); after
        # last year's review when it names the year's aims (今年是“十四五”开局之年,扬州提出了今年经济社会发展的预期性指标,其中,…
        # on a city's news page, session 71: this_year_aims_after_review)
        new = "plan_year"
    elif state != "plan_year" and _opens_with(_TARGETS_PARA, s, report_year):
        new = "plan_year"
    elif state == "other" and re.match(rf"(?:今年|{report_year}年)[，,]", s) and "预计" not in s[: s.find("。") + 1 or 80]:
        # 2024年，长春新区力争…, before any heading (a news page on this year's plans, a budget summary): the paragraph
        # opening with the report's own year is this year's (year_opens_text); not a forecast of the year's outcome
        # (2022年，全县一般公共预算收入预计完成…: a budget execution report written at the year's end)
        new = "plan_year"
    elif state == "other" and len(s) < _LONG_PARAGRAPH and _opens_term_from_to(s, report_year):
        # 全区生产总值从2007年的6423.2亿元增加到2012年的1.6万亿元，…年均增长15.1% before any heading (a page that opens
        # inside the term review): a from-to over the term up to last year opens the term's review (term_from_to_opening,
        # session 63 probes of 2013 and 2018 reports: the term's rows were dated its last year)
        new = "review_5y"
    return new


# 各位代表！2025年主要目标任务圆满完成，标志着“十四五”胜利收官。: the year's completion marks the close of the plan that
# ended with it; the paragraph goes on to the plan's five years (回首奋斗历程，…五年来，…), however late it names them
_PLAN_CLOSED = re.compile(rf"标志着(?P<plan>{PLAN_NAME})[^。]{{0,6}}收官")


def _closes_plan(line: str, report_year: int) -> bool:
    """Does the line's first sentence say that last year closed the plan that ended with it (plan_closed)?

    >>> _closes_plan("各位代表！2025年主要目标任务圆满完成，标志着“十四五”胜利收官。回首奋斗历程，…", 2026)
    True
    >>> _closes_plan("2025年是“十四五”收官之年，是很不平凡的一年。", 2026), _closes_plan("2020年…标志着“十三五”圆满收官。", 2026)
    (False, False)
    """
    m = _PLAN_CLOSED.search(line[: line.find("。") + 1 or len(line)])
    return m is not None and plan_years(m.group("plan"))[1] == report_year - 1


# 2010年是“十一五”规划的最后一年。 (its first sentence alone, no 一年来 after it)
_LAST_YEAR_OF_PLAN = re.compile(
    rf"^(?P<year>\d+)年是(?P<plan>{PLAN_NAME})(?:规划)?的?(?:最后一年|收官之年)。(?![^。]{{0,40}}(?:一年来|过去一年|这一年))"
)


def _last_year_of_headed_plan(line: str, heading: str, report_year: int) -> bool:
    """Under a heading of a plan's results that names no year (一、“十一五”时期经济社会发展取得重大成就), does the paragraph open
    by saying that last year was that plan's last, and go on to no review of the year alone? It states where the term ended,
    and the term's review goes on (term_last_year_under_heading, session 74 probe of a 2011 provincial report: the five
    years' rates and totals were dated its last year); a heading that names the year (2025年工作和“十四五”回顾) or a
    paragraph that goes on 一年来 reviews the year.

    >>> heading = "一、“十一五”时期经济社会发展取得重大成就"
    >>> _last_year_of_headed_plan("2010年是“十一五”规划的最后一年。全省人民…", heading, 2011)
    True
    >>> _last_year_of_headed_plan("2010年是“十一五”规划的最后一年。一年来，全省…", heading, 2011)
    False
    >>> _last_year_of_headed_plan("2010年是“十一五”规划的最后一年。全省人民…", "一、2010年工作和“十一五”回顾", 2011)
    False
    """
    m = _LAST_YEAR_OF_PLAN.match(line)
    if m is None or str(report_year - 1) in heading or m.group("plan") not in heading:
        return False
    return plan_years(m.group("plan"))[1] == report_year - 1 == int(m.group("year"))


# what only a term's review says of its last year: an average, the five years, or a comparison with a year before the
# term's last two (是2007年的2.5倍, 比2007年增长1.8倍 in a 2013 report)
_COMPARED_WITH = "比|是|较|与|为"  # the words that compare with a year (是2007年的2.5倍, 比2007年增长)
_TERM_CONTENT = re.compile(rf"年均|五年|(?:{_COMPARED_WITH})(\d{{4}})年")


def _ends_term(sentence: str, report_year: int) -> bool:
    """Does a sentence that opens with last year's date speak of the whole term it ends (year_ends_term)?

    >>> _ends_term("2012年，全市生产总值12885亿元，是2007年的2.5倍。", 2013), _ends_term("2012年，生产总值增长11%。", 2013)
    (True, False)
    >>> _ends_term("2012年，全市生产总值比2011年增长11%。", 2013)
    False
    """
    return any(m.group(1) is None or int(m.group(1)) <= report_year - 3 for m in _TERM_CONTENT.finditer(sentence))


def _turn_inside(line: str, state: str, report_year: int) -> tuple[int, str, bool] | None:
    """Where a sentence inside a line turns to another section, the section, and whether the lines after stay there.

    …也要清醒地看到…。综合各方面的因素，省政府拟定了2005年经济社会发展的主要预期目标：生产总值增长9%，…: a sentence that sets out
    this year's targets turns the paragraph, and those after it, to this year's plan (targets_turn, session 70 probe of a
    provincial news page: they were read as last year's outcomes). 过去五年…。特别是刚刚过去的2012年，…生产总值增长11.3%:
    inside the five-year review, the rest of the paragraph reviews the last year, and the next paragraph is the five
    years' again (last_year_turn).

    >>> _turn_inside("过去五年成就显著。特别是刚刚过去的2012年，生产总值增长11.3%。", "review_5y", 2013)
    (9, 'review_year', False)
    >>> _turn_inside("生产总值增长12.7%。省政府拟定了2005年经济社会发展的主要预期目标：生产总值增长9%。", "review_year", 2005)
    (12, 'plan_year', True)
    """
    for pattern, word in ((_TARGETS_TURN, "预期目标"), (_PROJECTS_TURN, "实事")):  # (targets_turn, projects_turn)
        to_plan = pattern.search(line) if state != "plan_year" and word in line else None
        if to_plan and int(to_plan.group("year") or report_year) == report_year:
            return to_plan.start(1), "plan_year", True
    turn = _LAST_YEAR_TURN.search(line) if state == "review_5y" and "刚刚过去的" in line else None
    if turn and int(turn.group("year") or report_year - 1) == report_year - 1:
        return turn.start(1), "review_year", False
    return None


# 。综合各方面的因素，省政府拟定了2005年经济社会发展的主要预期目标： inside a paragraph: the sentence that turns to this year's
# targets (targets_turn), up to a colon or 是 right after the targets' words
_TARGETS_TURN = re.compile(
    r"[。；;！!]\s*([^。；;！!]{0,40}?(?:今年|(?P<year>(?:19|20)\d\d)年)[^。；;！!\d]{0,20}?主要预期目标(?:是|为|[:：]))"
)
# 。《报告》指出,县政府将继续优先保障民生投入,重点抓好15件大事和民生实事: a sentence that announces the livelihood projects the
# government will carry out this year turns to the year's plan, the numbered projects after it with it (projects_turn,
# session 71 probe of a county's news page: a reporter's lead, then the report's list of the year's projects, in one line)
# (报告明确,今年将继续统筹财力,扎实办好“十件民生实事”。, 2023年,云南将继续推出10件惠民实事。具体内容如下: at the head of a
# news page's line too, and 推出 and 惠民实事 as well: session 74 probe of a prefecture's and a province's news pages, whose
# projects were read as last year's outcomes)
_PROJECTS_TURN = re.compile(
    r"(?:^|[。；;！!])\s*([^。；;！!]{0,80}?(?:(?P<year>(?:19|20)\d\d)年)?[^。；;！!\d]{0,24}?将[^。；;！!\d]{0,24}?"
    r"(?:办好|抓好|实施|推进|做好|推出)[^。；;！!\d]{0,4}[\d一二三四五六七八九十]+件[^。；;！!\d]{0,6}?(?:民生|惠民)实事)"
)
# 。特别是刚刚过去的2012年， inside a paragraph of the five-year review: the sentence that turns to the last year (last_year_turn)
_LAST_YEAR_TURN = re.compile(rf"[。；;]\s*({_JUST_PAST})[，,]")


# 从2007年的6423.2亿元增加到2012年的1.6万亿元, 由2013年的3140.8亿元增加到2017年的4343.1亿元: a from-to with both years, its
# years only (the extractor's `_BOTH_YEARS_DATED` reads the same from-to inside a sentence, with the lexicon's words of
# reaching, which this module, below the lexicon, cannot import)
_TERM_FROM_TO = re.compile(r"(?:由|从)((?:19|20)\d\d)年[^，,；;。]{0,30}?(?:到|至|为)((?:19|20)\d\d)年")
_LONG_PARAGRAPH = 1400  # no paragraph of the bundled and development reports is longer (a longer line runs several)


def _opens_term_from_to(line: str, report_year: int) -> bool:
    """Does the line's first sentence with a figure state a from-to over three years or more up to last year
    (term_from_to_opening)? (The term's length stays the review's: the probe readings date the other averages of such a
    page over five years.)

    >>> _opens_term_from_to("经济持续平稳增长。全市生产总值由2013年的3140.8亿元增加到2017年的4343.1亿元、年均增长8.8%。", 2018)
    True
    >>> _opens_term_from_to("全市生产总值由2016年的3140.8亿元增加到2017年的4343.1亿元。", 2018)
    False
    """
    first = next((x for x in _SENTENCE_STOP.split(line) if re.search(r"\d", x)), "")
    m = _TERM_FROM_TO.search(first)
    return bool(m) and int(m.group(2)) == report_year - 1 and report_year - 1 - int(m.group(1)) >= 3


def _add_row(rows: list[tuple[str, int, int, str]], state: str, start: int, end: int, opened_by: str) -> None:
    """Extend the last row to `end` when it has the same section, else open a new one."""
    if rows and rows[-1][0] == state:
        rows[-1] = (state, rows[-1][1], end, rows[-1][3])
    else:
        rows.append((state, start, end, opened_by))


_GOALS_AHEAD = re.compile(r"今后五年|未来五年")


def goals_ahead(sections: pd.DataFrame) -> bool:
    """Does the report's five-year plan open with 今后五年 or 未来五年 and no plan's name (二、今后五年的目标任务, the goals
    of a term-start report)? Then its five years run from the report's year (`ReportCalendar.goals_ahead`).

    >>> goals_ahead(find_sections("二、今后五年的目标任务\\n地区生产总值年均增长5%左右。\\n", 2023))
    True
    >>> goals_ahead(find_sections("二、“十四五”时期的目标任务\\n今后五年，地区生产总值年均增长5%左右。\\n", 2021))
    False
    """
    headings = sections.loc[sections["section"] == "plan_5y", "heading"]
    return any(_GOALS_AHEAD.search(h) and not _PLAN.search(h) for h in headings)


_TERM_LENGTH = re.compile(_TERM_YEARS)


def review_years(sections: pd.DataFrame, text: str = "", planned: int = 0) -> int:
    """How many years the report's term review covers: five, unless its heading names another span (term_review_heading)
    or its first paragraph opens with the year the term began (term_since_year_opening: 2018年以来，… under 一、十五届人民政府
    工作回顾 in a 2022 report is a review of 2018-2021).

    Why: a county that elects its government between plans reviews the term it ends, 一、过去四年工作回顾 in a 2022
    report; its sums, flows and from-to starts cover 2018-2021, not 2017-2021 (`ReportCalendar.review_length`).

    >>> review_years(find_sections("一、过去四年工作回顾\\n地区生产总值累计完成545亿元。\\n", 2022))
    4
    >>> review_years(find_sections("一、十五届人民政府工作回顾\\n地区生产总值累计完成545亿元。\\n", 2022))
    5
    >>> t = "一、十五届人民政府工作回顾\\n2018年以来，我们较好完成目标任务。\\n地区生产总值累计完成545亿元。\\n"
    >>> review_years(find_sections(t, 2022), t, 2022)
    4

    Its first paragraph may also open with the term's length (term_span_opening: 过去的四年，是极不平凡的四年) or, under a
    heading of the term (not of a plan), compare the last year with the year before the term began (term_base_year:
    2011年，全县实现地区生产总值218亿元，是2007年的1.7倍 in a 2012 report, four years).

    >>> t = "一、本届政府工作回顾\\n2011年，全县实现地区生产总值218亿元，是2007年的1.7倍。\\n"
    >>> review_years(find_sections(t, 2012), t, 2012)
    4

    Or with the term's first and last years (term_range_opening: 2006年到2011年，第二届市人民政府任期的六年, 2012).

    >>> t = "一、第二届市人民政府工作回顾\\n2006年到2011年，第二届市人民政府任期的六年，是发展最快的时期。\\n"
    >>> review_years(find_sections(t, 2012), t, 2012)
    6
    """
    reviews = sections[sections["section"] == "review_5y"]
    lengths = [int(cn2an.cn2an(m.group("years"), "strict")) for h in reviews["heading"] if (m := _TERM_LENGTH.search(h))]
    if lengths or not (text and planned):
        return lengths[0] if lengths else 5
    for start, heading in zip(reviews["start"], reviews["heading"]):
        # the paragraph after the heading (the heading's line when it runs on)
        paragraph = text[start : start + _LONG_PARAGRAPH].split("\n", 1)[-1].lstrip().split("\n", 1)[0]
        if (since := _TERM_SINCE_YEAR.match(paragraph)) and 2 <= planned - int(since.group(1)) <= 8:
            return planned - int(since.group(1))
        founded = _FOUNDED_FIRST.match(paragraph)
        if span := _TERM_SPAN_OPENING.match(paragraph[founded.end() if founded else 0 :]):
            # 本届政府任期的四年，是…; 四年来，… (term_span_opening); after the sentence that dates the founding: 2009年6月30日，
            # 坪山新区正式成立。七年来，… (review_since_event)
            return int(cn2an.cn2an(span.group("years"), "strict"))
        years = _TERM_RANGE_OPENING.match(paragraph)
        length = int(years.group(2)) - int(years.group(1)) + 1 if years else 0
        if years and int(years.group(2)) == planned - 1 and 2 <= length <= 8:
            # 2006年到2011年，第二届市人民政府任期的六年，是…: the term's first and last years written as its review opens
            # (term_range_opening, session 68 probe of a 2012 city report: its averages ran over 2007-2011, five years)
            return length
        first = _TERM_BASE_YEAR.search(paragraph) if _TERM_NAMED.search(heading) and not _PLAN.search(heading) else None
        if first and 3 <= planned - 1 - int(first.group(1)) <= 4:
            # 2011年，全县实现地区生产总值218亿元，是2007年的1.7倍，年均增长13.5% in a 2012 term review: the term's first
            # paragraph compares its last year with the year before the term began (term_base_year, session 63 probe of a
            # county report: it was read as five years)
            return planned - 1 - int(first.group(1))
    return 5


# 2018年以来，在盟委、行署和旗委的坚强领导下…: the year the term began, opening the review's first paragraph; the event that
# began it may be named between (2008年本届政府组成以来，…, 2016年换届以来，…: session 69 probe of a city's 2012 review of
# its term, read as five years)
_TERM_SINCE_YEAR = re.compile(r"((?:19|20)\d\d)年(?:[^，,。；;\d]{1,10}?)?以来[，,]")
# 本届政府任期的四年，是…的四年; 四年来，我们…; 过去三年，…: a term's length opening its review (term_span_opening, session
# 63 probe of a county report whose heading names no span)
# (十四届人大一次会议召开以来的四年，…: the span since the session that elected the government, term_span_since_session,
# session 75 probe of a city's term-end report: its averages ran over five years)
_TERM_SPAN_OPENING = re.compile(
    r"^(?:[^，,。！!\d]{0,8}?(?:任期的|过去的?)?|[^，,。！!\d]{2,16}?会议(?:召开)?以来的)(?P<years>[两三四六七八])年(?:来|里|间)?[，,是]"
)
# 2009年6月30日，坪山新区正式成立。: a first sentence that dates a founding, before the span opening (review_since_event)
_FOUNDED_FIRST = re.compile(rf"^(?:19|20)\d\d年[^。]{{0,40}}?(?:{_FOUNDED})。")
# 2006年到2011年，…: the term's first and last years opening its review's first paragraph (term_range_opening)
_TERM_RANGE_OPENING = re.compile(r"^((?:19|20)\d\d)年?(?:到|至|—|－|-)((?:19|20)\d\d)年[，,]")
# the year the first comparison of the term's first paragraph is with (是2007年的, 由2007年的, 比2007年): term_base_year
_TERM_BASE_YEAR = re.compile(rf"(?:由|从|{_COMPARED_WITH})((?:19|20)\d\d)年")
_TERM_NAMED = re.compile(r"届|任期")  # a heading of the government's term (本届, 十五届), not of a plan (term_base_year)


def section_at(sections: pd.DataFrame, positions) -> np.ndarray:
    """The section of each offset in `positions` (offsets into the text `sections` was made from)."""
    starts = sections["start"].to_numpy()
    idx = np.searchsorted(starts, np.atleast_1d(positions), side="right") - 1
    return sections["section"].to_numpy()[np.clip(idx, 0, len(starts) - 1)]
