"""Figures out of a report's text: one row per number, with what it measures and where it stands.

The grammar these reports use is small and regular, so extraction is rules over clauses:
  subject + predicate + number + unit + qualifier
  全市地区生产总值 | 五年年均增长 | 5.9 | % |
  城镇新增就业     | (none)      | 4   | 万人 | 以上
It runs in layers, each readable on its own (docs/figures.md, "The layers"):
  1. tokens: the figures of a sentence with their units (`_tokens`); `_Sentence` holds what stays
     fixed while a sentence is read, `_Number` the words around one number;
  2. constructions: the first of `_SUBJECT_CONSTRUCTIONS` that matches names the subject (an alias
     phrase, the noun after a measure word, the subject carried from before, the clause's own
     words …), then a 分别 list gives each number its own (`_respectively`);
  3. the subject tidied (`_tidy_subject`, then completed from the figures before it by the first of
     `_SUBJECT_COMPLETIONS` that applies) and its scope (`_scope`, `_without_place`);
  4. interpretation: the first of `_MEASURE_RULES` that matches gives the measure, the table
     reference/target_context.csv target and dating, `_period` the years (`_interpret`);
  5. the row, and one row more per subject when several share the number (`_shared_by`).
Every row records the construction that named its subject (`rule`), so an error traces to one.

Every figure keeps its offsets in the raw text: extraction runs on normalised text and maps spans
back through `NormalText.raw_span`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import gc
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

import numpy as np
import pandas as pd

from helpers.config import REFERENCE_DIR
from helpers.extract import indicators, subjects
from helpers.extract.numbers import (
    ARABIC,
    CHINESE,
    CHINESE_DIGITS,
    Unit,
    numeral_or_none,
    parse_number,
    read_unit,
    standardise,
    unit_table,
)
from helpers.extract.schema import COLUMNS, empty_figures, validate_figures
from helpers.extract.sections import (
    FOUNDING_OF_PLACE,
    PLAN_END,
    PLAN_NAME,
    ReportCalendar,
    find_sections,
    goals_ahead,
    plan_end_written,
    plan_name,
    plan_years,
    review_years,
    section_at,
    years_of_delivery,
)
from helpers.extract.text import (
    SENTENCE_END,
    NormalText,
    RawText,
    csv_rows,
    in_simplified_script,
    normalise,
    with_opening_lookahead,
    word_alternation,
)

# --- token finding -----------------------------------------------------------------------------

_RANGE_SEP = r"(?:-|—|~|～|至|到)"
# A Chinese numeral is a figure before 倍, 个百分点, or a multiplier and a unit of money or people
# (三万亿元, 两万人); a bare multiplier (超百亿元, 千亿级) is a size class, not a figure.
# (年一遇: a return period, 防洪标准由最低五年一遇提高到二十年或五十年一遇; the first of a pair has 年 alone)
_CN_UNIT = r"[万亿千百]*(?:元|美元|人|户|吨|公里|亩|年一遇|年(?=(?:或|、|和)[一二两三四五六七八九十百千]+年一遇))"
# Quantities without digits (docs/figures.md, "What counts as a figure"): 两批, 八成, 十条措施; a bare
# multiplier before money at the end of a clause is an amount (投资超千亿元，), before a noun a size
# class (超百亿元项目) and not a figure.
# 十项措施, 八项新举措, 八项行动: measures adopted or to be carried out are counts (gold C5; lexicon role
# adopted_measure), not the length of a list a colon or 一是 announces (_LIST_AHEAD)
_ADOPTED = "|".join(map(re.escape, subjects.role_words("adopted_measure")))
_MEASURES_ADOPTED = re.compile(rf"项(新?(?:{_ADOPTED}))")
# 七地（市）, 十四县（市、区）: the kinds of place written with their bracket, counted bare (places_counted_bare)
_BRACKETED_KINDS = r"地（市）|地\(市\)|县（市、区）|县\(市、区\)|市（州）|市\(州\)"
_CN_COUNT = (
    # 十二条措施: a numeral of two characters, 十 and a digit (numeral_of_two)
    rf"(?<![一二两三四五六七八九十])(?:十[一二三四五六七八九]|[两二三四五六七八九十])(?=批|次|家|所|座|条|块|支|成|项新?(?:{_ADOPTED})"
    # 十件民生实事: practical matters promised, counted (matters_listed, session 37, gold S37c); not a heading that names
    # their list on a line of its own (附件1 2026年省十件民生实事)
    r"|[件项](?=[^，,。；;、\d\n]{0,6}实事(?![ \t\u3000]*(?:\n|$))))"
    # 分两期投放, 分两轮取消: done in N tranches or rounds (after 分 a 期 is no phase label, gold: counted as batches)
    r"|(?<=分)[两二三四五六七八九十](?=期|轮)"
    # 五年跨越两个千亿元台阶: the steps of a magnitude crossed, counted (steps_crossed)
    r"|(?<![第一二两三四五六七八九十])[一两二三四五六七八九十](?=个[千万百]亿元?台阶)"
    # “三甲”医院覆盖七地（市）: places counted by a kind written with its bracket (places_counted_bare, session 51)
    rf"|(?<![一二两三四五六七八九十])[两二三四五六七八九十]{{1,2}}(?={_BRACKETED_KINDS})"
    # 连续举办两届产业转移对接活动: sessions held, counted (sessions_held)
    r"|(?<=举办|召开|承办|办好)[两二三四五六七八九十](?=届)"
    # 增长一成以上: one tenth, when 成 closes the figure (not 一成不变, 一成为…)
    r"|(?<![一二两三四五六七八九十])一(?=成(?:[，,。；;、]|以上|左右|多|$))"
    # 两千多家, 十余个, 三十多名: a numeral of tens, hundreds or thousands before 多 or 余 and a measure word is an
    # approximate count (approximate_count); an ordinal never takes 多 or 余 (第十一个五年规划)
    r"|(?<![第\d一二两三四五六七八九十百千万几])(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九][百千])"
    r"(?=[多余](?:个|家|项|名|所|座|条|户|位|支|批|件|台|辆|种|类|场|次|人))"
)
# 千亿台阶, 千亿大关: a mark written without its currency is the magnitude too (not 千亿级, a size class: C8)
_CN_AMOUNT = (
    # 迈上万亿元大台阶, 新台阶: a step named with 大 or 新 is the same mark (mark_word)
    # (全社会用电量突破千亿千瓦时: a physical quantity after 亿 too, session 55 probe set)
    r"(?<![\d一二两三四五六七八九十百千万多余.个])[千万百]"
    r"(?=(?:亿?(?:元|美元|斤|人次|次)|亿(?:千瓦时|度|立方米|吨))(?:以上)?(?:[，,。；;、）)]|$|[大新]?台阶|大关|关口|规模|并"
    # 分别冲过万亿元和千亿美元大关: the first of two marks joined by 和 (list_of_marks)
    r"|(?:和|及|、)(?=[\d.千万百两三四五六七八九十]+[^，,。；;\d]{0,6}?(?:台阶|大关)))|亿[大新]?(?:台阶|大关|关口))"
    # 一般公共预算收入突破百亿、达到102.57亿元: a magnitude crossed, written without its currency, closing its clause
    # (magnitude_crossed: its clause names the subject the next clause goes on with)
    # 经济总量过万亿、地方一般公共预算收入过千亿: 过 crosses as 超 does
    r"|(?:(?<=突破)|(?<=超过)|(?<=跨越)|(?<=[超破逾过]))[千万百](?=亿(?:[，,。；;、]|$))"
)
# 迈上五千亿台阶: a mark written in Chinese numerals without its currency (as 千亿台阶 of _CN_AMOUNT)
_CN_MARK = r"[万千百]*亿(?:[大新]?台阶|大关|关口)"  # (迈上八千亿新台阶: 新 or 大 before the step, session 46 probe)
# 居全国第一, 位列第二: a rank written in Chinese (kept only after a rank verb, see _RANK_BEFORE)
# 全球第一货物贸易大国, 中西部第一经济大省, 第三大加油港: a rank before the kind it leads
# 进入全国前三, 前十强, 增幅位列全省市州前三甲 (the first three places: 甲 after 前N, session 57 probe) (ranks_first_n)
_CN_FIRST_N = r"(?<=前)[两二三四五六七八九十]{1,2}(?=[位名强]|甲[，,。；;、）)（(]|甲?$|[，,。；;、）)（(])"
_CN_RANK = (
    _CN_FIRST_N
    # (分别保持全国第四和第三: a list of ranks joined by 和, session 47 probe of 2022 city reports: 四 was no figure)
    # (not the first of sectors listed: 第一、二、三产业, 第二、三产业增加值 is no rank, session 49 probe of 2022 targets)
    + r"|(?<=第)[一二三四五六七八九十]{1,3}(?=[，,。；;位名）)和]|、(?![二三](?:、三)?产)|$|[^，,。；;、\d]{0,6}?大[^，,。；;、\d]{0,4}?(?:国|省|产业|港|经济体)"
    # 成为第一大电源, 第三大新能源汽车生产基地: 第N大 before any kind (rank_of_kind, session 49: 电源 was no kind above)
    + r"|大[^，,。；;、\d]{2}"
    # 由全国第九跃升至第五: the start of a rank's move, before the verb of moving and 到/至 (rank_moved_from)
    + r"|(?:跃升|上升|提升|攀升|前移|后移|下降|升|降)(?:到|至))"
)
# 排名上升两位, 再进两位: places moved in a ranking written in characters, right after the verb of moving (not 两位院士,
# 位于, 名单: cn_places_moved, session 48 probe of county reports)
_CN_PLACES_MOVED = r"(?<=[进升移降滑落])[一二两三四五六七八九十]{1,3}(?=个?位次|位(?![于居列置])|名(?![单称]))"
# the characters a number below opens with, as a lookahead first (as _HAS_DIGIT_OPENS: the same matches, faster)
_NUM_OPENS = rf"(?=[\d{CHINESE_DIGITS}万])"
_NUM = re.compile(
    # (3万~10万元, 3万元—10万元: the multiplier written on both ends of a range, the same one, a dash or a tilde between
    # them; 20万至60万群体 is a class of households; session 44 probe)
    rf"{_NUM_OPENS}(?:(?P<low>{ARABIC})(?P<pct1>%)?(?:(?:(?P<lowunit>万|亿)元?(?=[-—~～]))?{_RANGE_SEP}(?P<high>{ARABIC})(?(lowunit)(?=(?P=lowunit))))?"
    # (before a count of 位 is tried: cn_places_moved)
    rf"|(?P<cnmove>{_CN_PLACES_MOVED})"
    rf"|(?P<cnamount>{_CN_AMOUNT})|(?P<cn>{CHINESE})(?=倍|个百分点|{_CN_UNIT}|{_CN_MARK})|(?P<cncount>{_CN_COUNT})"
    rf"|(?P<cnrank>{_CN_RANK}))"
)
# 上亿群众, 近千万家庭, 上亿人次: a magnitude alone before the people or things it counts (construction
# magnitude_before_noun, gold D6): 亿 is one 亿 of them, 千 before 万 a thousand 万
_MAGNITUDE_NOUN = r"(?<=[上近])(亿|千(?=万))"
# 惠及居民近千万户, 带动就业逾百万人, 惠及群众超千万人次: a magnitude after a qualifier, then 万 and a measure word that
# closes the figure (construction magnitude_with_unit, as 近千万家庭 of magnitude_before_noun); 突破百万辆, 发运突破千列 (破
# of 突破, and a measure word right after 千 or 百: session 32)
_MAGNITUDE_COUNTED = "人次|户|人|个|家|套|亩|吨|辆|列|场"  # the measure words a bare magnitude counts in
# 上千家配套企业, 近百名专家: after 上 or 近 the measure word may open the noun counted too (magnitude_over_noun; after 超
# a magnitude before a noun is a size class: 超百亿元企业)
_MAGNITUDE_UNIT = (
    # 均突破百万吨大关, 均稳定在百万吨以上: a mark after 破 or a verb of holding, closed by 大关 or 以上 (magnitude_mark_held)
    rf"(?:(?<=[上近超逾过破])|(?<=稳定在|保持在))([千百])(?=万?(?:{_MAGNITUDE_COUNTED})(?:(?![\u4e00-\u9fff])|(?<=吨)(?=大关|以上))"
    r"|(?<=[上近][千百])[余多]?(?:家|名|所|位|支)[\u4e00-\u9fff])"
    # 新增千万吨产能, 延安千万吨炼化一体化: a capacity of tonnes written as a bare magnitude before what it is of (capacity
    # _magnitude; not a size class: 百万吨级, 超百万吨, 百万吨以上)
    r"|(?<![\d一二两三四五六七八九十百千万亿.上近超逾过破])([千百])(?=万吨(?!级|以上|大关)[\u4e00-\u9fff])"
)
# 中欧班列开行超万列, 新增上万家企业, 带动就业上万人: 万 alone after a qualifier and before a measure word is ten thousand
# of them (construction ten_thousand_after_qualifier: value 10000, unit 列, as 超千列 is 1000 列 and 超万亿元 10000 亿元,
# convention 6; session 32 had value 1, unit 万列, which the blind 2026 Jiangsu and Fujian tables do not write); not a size
# class (万吨级)
_TEN_THOUSAND = re.compile(rf"(?<=[上近超逾过破])万(?=[余多]?(?:{_MAGNITUDE_COUNTED}|件|项|名|所|座|台)(?!级))")
# 实施千项合作项目, 带动万名青年: a bare magnitude before a measure word and a noun (magnitude_after_verb)
_MAGNITUDE_AFTER_VERB = re.compile(
    r"(?<![\d一二两三四五六七八九十百千万亿上近超逾数几多])[百千万](?=[余多]?(?:项|名|个|家|所|户|位)[\u4e00-\u9fff])"
)
_MAGNITUDES = {"百": 100, "千": 1000}
_MAGNITUDE_WITH_UNIT = re.compile(_MAGNITUDE_UNIT)
_TERM_EXTENDED = re.compile(r"(?<=延长)(\d{1,2}|[一两二三四五六七八九十])(?=年(?:[，,。；;]|$))")
# 约占…的一半, 减少一半以上, 超过全球一半, 增加30元，一半用于大病保险, 清偿一半以上: half is 50 % (construction
# half); 减半征收 (a tax levied at half: gold -50 %), not 享受减半征收…优惠 (the name of a relief)
# (the verbs of a cut are the predicates of role cut: 缩减一半 as 减少一半)
_HALF = re.compile(
    with_opening_lookahead(
        rf"(?:(?:的|超过|占到?|{subjects.predicate_words('cut')}|近|约|清偿)(?:全球|全国|世界)?|(?<=[，,]))(一半)|(?<!享受减)(?<=减)(半)(?=征收)"
    )
)
# the clause before a half that opens its clause: an owner, a verb of change and an amount (再增加40元，一半…)
_HALF_OF_AMOUNT = re.compile(
    rf"(?P<owner>[^，,；;。\d]{{2,24}}?)(?P<whole>再?({subjects.predicate_words('grow_by')}))\d+(\.\d+)?[万亿]?元[，,]$"
)
_FRACTION = re.compile(r"([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)")
# 人口自然增长率控制在千分之四点五以内, 覆盖率达到百分之九十: a rate per hundred or per thousand written in words, the number
# after 分之 in characters or digits (construction rate_in_words, session 44 probe); 进入ESI前千分之一 is a class of a ranking
_RATE_IN_WORDS = re.compile(
    r"(?<![一二两三四五六七八九十前])(百|千|万)分之([零一二两三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?|\d+(?:\.\d+)?)"
)
# (万分之二: per ten thousand, as safety rates are written, session 47 probe of 2021 city reports: no figure)
_RATE_UNITS = {"百": "%", "千": "‰", "万": "‱"}
# 约占全国1/10: a fraction written with a slash is a share too (construction fraction)
# 1/10, 减少1/3行政审批事项: a fraction before punctuation, a qualifier or the noun it is of; not 7/24小时
_SLASH_FRACTION = re.compile(
    with_opening_lookahead(
        r"(?<![\d/.])([1-9]\d?)/([1-9]\d{0,2})(?=[，,。；;、）)]|以上|左右|$|(?!小时|天|日|月|年|时)[\u4e00-\u9fff])"
    )
)
# 技术交易额翻了一番: 了 is part of what is written; 翻倍 doubles; 利润翻三番: three doublings (x8); 产值实现倍增。: 倍增
# closing its clause doubles too (gold S35e), while 倍增计划, 倍增行动, “双倍增”, 倍增干劲 name a programme or an effect
_DOUBLING = re.compile(r"翻了?(?:(一|两|二|三|四)?番|倍(?!数))|(?<![成双])倍增(?=[，,。；;、])")
_DOUBLINGS = {"两": 2, "二": 2, "三": 3, "四": 4}  # how many times a doubling is written (翻一番 and 翻番: once)
# a minus sign, not a range's dash (6%－6.5%); after 同比 and 分别 too (同比分别-6.2%、-19.3%, and after the 、 of such a
# list: session 45 probe of street reports)
# (返还性收入-783万元: right after the noun too, not after a date's 年/月 or a numeral, whose dash joins a range:
# minus_after_noun, probe set of sessions 46-48)
_MINUS_BEFORE = re.compile(
    r"(?<=[为是至到达长速幅：:，,（(比别])[-－−]|(?<=%、)[-－−]|(?<=[\u4e00-\u9fff])(?<![年月日号一二三四五六七八九十百千万亿])[-－−]"
)
# the characters any alternative below can open with, as a lookahead first: the engine tries one character class at
# a position instead of every alternative (the same matches; a quarter of the time over a report's sentences)
_HAS_DIGIT_OPENS = rf"(?=[\d{CHINESE_DIGITS}万亿半分翻倍第])"
_HAS_DIGIT = re.compile(
    rf"{_HAS_DIGIT_OPENS}(?:\d|[{CHINESE_DIGITS}](?=倍|个百分点|{_CN_UNIT}|{_CN_MARK})|一半|半(?=征收)|分之|翻了?(?:[一两二]?番|倍)|(?<![成双])倍增(?=[，,。；;、])|{_CN_COUNT}|[千万百]亿?(?:元|美元|斤|次)|万(?={_CN_MARK})|第[一二三四五六七八九十]"
    rf"|{_MAGNITUDE_NOUN}|{_MAGNITUDE_UNIT}|{_TERM_EXTENDED.pattern}|{_MAGNITUDE_AFTER_VERB.pattern}|{_TEN_THOUSAND.pattern}|{_CN_FIRST_N}|[三四五六七八九十]个"
    # (海洋生产总值突破万亿。: a magnitude crossed without its currency, the sentence's one figure: magnitude_crossed)
    rf"|{_CN_PLACES_MOVED}|{_CN_AMOUNT})"
)
_CLAUSE_SEP = "，,；;：:…"  # (综合实力迈上新台阶……全省GDP从…: an ellipsis ends a clause, session 47 probe)
# (全市第四): a figure's aside in brackets, between two items of a list (aside_in_list)
_FIGURE_ASIDE = re.compile(r"[（(][^（）()]*[）)]")
_LIST_SEP = re.compile(r"^\s*(、|和|及|与|,|，)\s*$")
# 13个先进制造业集群和50条: the rest of the noun the figure before counts (集群), then 和 (alias_of_figure_before)
_NOUN_THEN_SEP = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:和|及|与|、)")
# Patterns the clause readers below share, compiled once here: a call of re.split(r"…", …) looks its
# pattern up in re's cache each time (about a microsecond, for some 150 000 calls over the corpus).
_SEMICOLON = re.compile(r"[；;]")
_COMMA = re.compile(r"[，,]")
_DIGIT = re.compile(r"\d")
# the marks that end a clause, the colon too (one definition: a second one of the same name further down replaced this
# one at run time until session 49)
_CLAUSE_MARK = re.compile(r"[，,；;：:]")
_WRITTEN_FIGURE = re.compile(r"\d[%万亿元个]*")
_CLAUSE_OR_SENTENCE_END = re.compile(r"[，,；;。]")
_CLAUSE_MARK_OR_END = re.compile(r"[，,；;。：:]")

# 240小时过境免签, 144小时免签: the hours name a visa-free transit scheme (scheme_name_hours, session 37)
_VISA_FREE_AFTER = re.compile(r"小时(?:过境)?(?:免签|入境免签)")
# After a number, these mean it is a date, an ordinal or a name, not a quantity.
_NOT_AFTER = re.compile(
    r"年(?!均)|月|日|号|届|版|期|级|代|类|周年|世纪|次会议|次全国|型|路|批次|人制|个(五年|一百年)|条(措施|举措|意见|政策|惠企)|项(措施|举措)|大|中全会|星|线|家(企业)?(?=[\"“”])|\+|[A-Za-z]|\.\d*[A-Za-z]"
)
# After a number: a voltage or a distance that names a kind of thing (1000千伏输电线路, 50米内换乘比例), and
# the length of a list announced by a colon (具体部署了13项任务举措：, 重点抓好以下14个方面的工作：)
# 3635人才计划, 5080人才工程: a talent programme named by a number, its 人 no unit (programme_number_name)
# 全国1%人口抽样调查: the national sample survey named by the share it samples (survey_number_name, session 46 probe)
_PROGRAMME_NUMBER = re.compile(r"人才(?:计划|工程)|%人口抽样")
_SPEC_AFTER = r"千伏(?!安)|(米|公里)以?内[\u4e00-\u9fff]"  # (千伏安: kVA, a capacity)
# 3岁以下婴幼儿, 65岁及以上老年人, 0—6岁儿童: an age that names a group of people is a class, no figure; so is a band of
# ages before the words that name the group further (25-59岁就业主体人群: age_band_of_group, session 55 probe set)
_AGE_GROUP_AFTER = rf"岁(以下|以上|及以上|以内)?[\u4e00-\u9fff]{{0,8}}?({'|'.join(subjects.lexicon().get('age_group', ()))})"
# counts of a text's own layout (4个方面, 6个维度, 29项主要指标: gold C5) measure the text, not the region
# 12项约束性指标全部完成: a plan's indicator set (C5); 围绕增长、结构、效率提出3项指标。: the indicators of one area of the
# plan's set, the clause ending with them (layout_indicators_of_area)
# (28项主要经济指标中, 20项重大指标中: the set among which some did better, session 45 probes)
_LAYOUT_AHEAD = (
    r"[个项]?(方面|维度|(?:主要|约束性|预期性|重大)(?:经济)?指标)|[个项](?:经济)?指标(?=[，,；;。中]|$)"
    r"|项(?:重点)?工作(?=[，,；;。：:]|$)"  # 今年重点做好11项工作。: the parts the plan is set out in (layout_of_plan)
)
# (not the practical matters a government promises, listed one by one after their count: 今年再办好15件民生实事。一是…
# counts the matters, gold S37c; construction matters_listed, session 37; a colon after them still makes a headword)
_LIST_AHEAD = (
    # (改造危桥12座（其中：县道5座…）: a breakdown in brackets after the total announces no list of it: breakdown_in_brackets)
    r"(?![^，,。；;\d：:（(]{0,4}[（(]其中)[个项条件大类]?[^，,。；;\d：:]{1,8}[：:]"
    r"|(?![项件个][^，,。；;\d：:%]{0,6}实事)[个项条件大类](?!百分点)[^，,。；;\d：:%]{1,8}。(一是|一要|首先)"
)
_SESSION = r"次(全会|全体会议|会议|党代会|代表大会|产业)"
_AHEAD_PATTERNS = tuple(re.compile(p) for p in (_SPEC_AFTER, _LIST_AHEAD, _LAYOUT_AHEAD, _AGE_GROUP_AFTER))  # in this order
# 9金、5银、6铜: a tally of medals by metal, two or more in a 、 list (medal_tally)
_MEDAL_TALLY = re.compile(
    r"(?<![\d.])(\d+)([金银铜])(?=[、，,。；;]|$)(?:(?<=金)(?=、\d+[银铜])|(?<=银)(?=、\d+铜)|(?<=\d银)|(?<=\d铜))"
)
_MEDAL_UNIT = read_unit("个", 0)
# 会议应到代表267人，实到代表242人，符合法定人数。: the session's attendance, which a news page writes before the report it
# quotes; every number before the quorum's words in that sentence counts the delegates, no figure of the report
# (session_attendance, session 73 probes of news pages)
_QUORUM = "符合法定人数"
# 安阳、商丘、信阳、三门峡四个端点城市: a count of the items listed right before it (count_of_listed); a quoted count after
# 个 names a policy (三个“十条”)
_LISTED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff”])([三四五六七八九十])(?=个(?![“\"][一二两三四五六七八九十\d]+[条项]))")
_LISTED_ITEMS = re.compile(r"(?:[^，,。；;、：:\d“”]{1,8}、)+[^，,。；;、：:\d“”]{1,8}$")
# a count of things (191家, 95%以上的) opening the clause, or the first (second …) of them (首个, 第二个), then what they
# have, then 超 (超过, 突破), no list between: the amount after it bounds their class (bound_of_counted; gold 2026
# Guangdong: 第4个吞吐量超千万人次的机场 is an ordinal and a class label); after 有 too (全省有8个县（市）生产总值超过500亿元, 103个旗县中有30个…)
_BOUND_OF_COUNTED = re.compile(
    r"(?:[^，,；;。、]{0,12}?(?<![没])有)?(?:\d+(?:\.\d+)?(?:家|个|户|所|座|名)|\d+(?:\.\d+)?%以上的|[^，,；;。、\d]*(?:首个|第[二三四五六七八九十\d]{1,2}个))[^，,；;。、\d]{2,16}?(?:超过|超|突破)$"
)
# 2个1类创新药获批上市: a number in 类 right after a count with its measure word is the name of the things' class (1类
# drugs, a regulatory category), no count of classes (class_after_count)
_COUNT_BEFORE_CLASS = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)[个款种项件家批]$")
# 办好12类45件民生实事: a count of classes right before a count of the things is how the things are grouped, as a
# layout (gold C5: 五大类23个主要指标), no figure; the things are counted by the second number (classes_of_count)
_COUNT_OF_CLASSES = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)[个项件条家所座批]")
# the noun of graded things, then their count (1类新药5个: class_grade)
_GRADED_THEN_COUNT = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:\d+|[一二两三四五六七八九十]+)[个项件款种张家批]")


def _graded_things_counted(text: str, start: int, after: int, s1: int) -> bool:
    """Is the number in 类 at `start` a grade of things that another number counts right after them (获批1类新药5个;
    construction class_grade, as class_after_count reads 5个1类创新药)? One digit (1类 to 5类), a noun right after.

    >>> t = "获批1类新药5个，聚焦5类重点人群。"
    >>> [_graded_things_counted(t, t.find(x), t.find(x) + 2, len(t)) for x in ("1类", "5类")]
    [True, False]
    """
    return bool(subjects.CLASS_GRADE.match(text, start, after + 1) and _GRADED_THEN_COUNT.match(text, after, s1))


_NUMBERED_YEAR = re.compile(r"\d{1,2}\.(?:19|20)\d\d")  # 20.2026年…: an annex item's number written before a year
_NOT_BEFORE = re.compile(r"([A-Za-z+/]|第|满|每|No\.|[A-Za-z]-)$")  # 满3岁即入园: an age that qualifies; 每50公斤: a denominator
_ABBREVIATION_BEFORE = re.compile(r"(?<![A-Za-z])GDP$")  # an indicator abbreviated in Latin letters, its amount after it
# what is ranked, written after the field a rank is among (在经济大省中增速第1: rank_in_field)
_RANKED_QUANTITY = "(?:增速|增幅|总量|增量|规模)"
_MOVED_TO_RANK = "(?:跃升|上升|提升|升|进)(?:至|到|为)"  # 跃升至, 晋升至 (its 升至): moved up to a rank
_RANK_BEFORE = re.compile(
    with_opening_lookahead(
        # (晋升至全国县域经济和社会综合发展百强县第4: a ranking's name of up to 20 characters, session 52 probe set)
        rf"((排|居(?!民)|位列|位居|列|名列|获|位于|排名|排在|保持|蝉联|挺进|位次|名次|{_MOVED_TO_RANK})[^，,；;。]{{0,20}}|({subjects.rank_areas()})|成为|从|由"
        # 在经济大省中增速第1, 在10个工业大省中增速第一: a field written with 在…中, then what is ranked, ranks without a verb
        # (rank_in_field, session 45 probe)
        rf"|在[^，,；;。在]{{1,14}}中{_RANKED_QUANTITY}?|在[^，,；;。在\d]{{1,10}}?{_RANKED_QUANTITY}"
        # 增长6.0%，总量粤东西北第一: after a word that points back to the quantity, the area it is ranked in, of any name
        # (area_after_pointing_word, session 58 probe: a grouping of a province's regions no list holds)
        r"|(?:总量|增速|增幅)[\u4e00-\u9fff]{2,6}"
        r"|第(?:\d+|[一二三四五六七八九十]{1,3})[位名]?[、和及]|第(?:\d+|[一二三四五六七八九十]{1,3})[位名]?、[^，,；;。\d第]{2,20})第$"
    )
)  # …居副省级城市第2位、第3位: a rank after a rank and 、 is one too, however far its verb (ranks_listed); so is a rank after
# a rank and the name of what it ranks (投资潜力第3、新型城镇化质量第4: ranks_listed_named); 从第77位提升至75位: the start of a
# rank's move opens with 从/由 (rank_moved_from)
# 排名较上年提升2位, 居全国位次上升3位, 排名下降1位: places moved in a ranking (rank_moved: measure rank_change, signed
# by the direction, unit 位), not a rank; a move ending in a place (上升2位至第7位) ranks that place too (rank_risen_to)
# 第三次普查, 第二批试点, 第十届, 第二轮: an ordinal of events or batches, no rank (ordinal_of_event)
_ORDINAL_OF_EVENTS = frozenset(("次", "批", "届", "轮", "批次"))
_WHOLE_AREA_WORDS = "全国|全省|全市|全区|全州|全盟"  # the whole country, province or city, as a field ranked or compared
_RANKING_WORD = r"(?:排名|位次|名次|排位|排序)"
# 排名较上年, 居全国位次, 排名较2022年: the ranking, then its move (a year compared with may stand between: session 43 probe)
_RANKING_THEN = rf"{_RANKING_WORD}(?:[^，,；;。\d]|(?:19|20)\d\d年){{0,10}}?"
_RANK_MOVE = rf"(?:{subjects.predicate_words('rank_up')}|{subjects.predicate_words('rank_down')})"
_THAN_LAST_YEAR = r"(?:较|比)(?:上年|去年|上一年度?|上年度)"  # the base of a move written with it (base 上年)
_THAN_A_YEAR = r"(?:较|比)(?:19|20)\d\d年"  # 比2016年前移2位: a year compared with (rank_moved against a year)
# …，排名全省第4，较上年前移2位: a move right after a rank clause moves that rank
# (…提升至全国第8位，前移5位: the base may go unwritten, session 39 probe)
# (…第5位、比2018年上升9位: a year compared with, session 44 probe)
# (获得第8名的历史最好成绩，比上年前进7位: 名, and the result it was, rank_result_then_move, session 69 probe: a count of 位)
_RANK_THEN = (
    rf"第(?:\d+|[一二三四五六七八九十]{{1,3}})[位名]?(?:的[^，,；;。\d]{{1,10}}?)?[，,、](?:{_THAN_LAST_YEAR}|{_THAN_A_YEAR})?"
)
# (…第26位、5年前进8位: a span of years the move took may stand before it, session 46 probe of 2021 reports)
_SPAN_OF_MOVE = r"(?:(?:\d{1,2}|[一二两三四五六七八九十])年(?:来|间)?)?"
# (第22位，较上一年度再进两位: an adverb of again before the move, session 48 probe of county reports)
# (总量在全省升2位, 综合实力在全省前移3位: the whole area ranked among, after 在, names the ranking too; session 59 probe)
_RANKED_IN_AREA = rf"在(?:{_WHOLE_AREA_WORDS})"
_RANK_MOVED = re.compile(rf"(?:{_RANKING_THEN}|{_RANK_THEN}|{_RANKED_IN_AREA}){_SPAN_OF_MOVE}(?:再|又)?{_RANK_MOVE}了?$")
# 经济总量在全国位次上升5位、人均水平上升4位: a move after a move and 、 moves in a ranking too, its ranking word written once
# (moves_listed, session 47 probe of 2021 reports: the 4 was a count of persons)
# (分别前移14位、3位和8位: the next number of a list of moves, the joiner alone between: moves_listed_short, session 58)
_MOVE_AFTER_MOVE = re.compile(rf"(?:个?位次|位|名)(?:[、和及与]|、[^，,；;。\d]{{0,10}}?{_RANK_MOVE}了?)$")
# a verb of ranking and a list named by its length (中国企业500强, 全国百强县) closing the words before a rank (ranked_in_list)
# (世界500强企业第315位: the firms of the list named after 强, session 55 probe)
_RANKED_IN_LIST = re.compile(
    r"(?<=..)(?:位列|位居|名列|居|列)[^，,；;。]{0,10}?(?:\d+|[百千])强(?:企业|[县区市企])?(?:榜单|榜)?$"
)
_RANK_MOVED_DOWN = re.compile(rf"(?:{subjects.predicate_words('rank_down')})了?$")
_MOVE_VERB_END = re.compile(rf"{_RANK_MOVE}了?$")
# what names the ranking, not the quantity ranked, at the end of a subject (居全国位次, 在全国城市排名, 排名前移)
_RANKING_TAIL = re.compile(
    rf"(?:(?<=..){subjects.RANK_LIST_LABEL})?(?:(?:居|位居|在)[^，,；;。\d]{{0,8}}?|{_WHOLE_AREA_WORDS})?{_RANKING_WORD}"
    rf"(?:[^，,；;。\d]{{0,6}}?{_RANK_MOVE}|再次|又|再|进一步|持续)?$"
)  # (综合竞争力百强城区排名再次跃升7个位次: the list's label and an adverb before the move, session 42 probes; C8; GDP全省
# 排名比2015年上升4位: the area ranked among, written alone, session 44 probe)
# …在中部六省经济百强县中的, …均在全省设区市: the field (rank_field; 排列 and an area without 中, session 44 probe)
_RANK_AMONG_TAIL = re.compile(
    rf"(?<=..)(?:(?:均|都)?在[^，,；;。\d]{{2,16}}?中的?|(?:均|都)?在(?:{_WHOLE_AREA_WORDS})[^，,；;。\d]{{0,10}})$"
)
# 位列国家先进制造业百强榜75名, 稳居全国前10位: a place in a ranking written without 第 after a rank verb, closed by
# 名/位 (ranks_without_di); 前 makes it a place within the first N (qualifier at_most)
# 总量粤东西北, 增速珠三角: a word pointing back to the quantity, then the area a rank is among (area_after_pointing_word)
_AREA_AFTER_POINTING = re.compile(r"(总量|增速|增幅)(?:(?!居|列|排|位|跃|升|稳|保持|进入|跻身|首)[\u4e00-\u9fff]){2,6}?(第?)$")
_RANK_WITHOUT_DI = re.compile(r"(?:位列|名列|排名|排在|居(?!民)|位居|稳居|保持|跻身|进入|跃升(?:至|到)?)[^，,；;。\d]{0,14}$")


# 保持全国前10, 稳居全国前10强: a place among the first N closed by the clause's end or 强 (ranks_first_n)
_FIRST_N_END = re.compile(r"[强甲]?(?=[，,。；;、）)（(]|$)")
# 41位上升到, 46位进一步提升到: from a rank to the next number (the end of a rank's from-to)
_RANK_TO_END = re.compile(r"[位名]?[^，,；;。\d]{0,8}?(?:到|至|为)")
# 分别位列全省第25位、36位: a later rank of a list written without its 第 (ranks_listed_without_di, session 48 probe of
# county reports: it was a count of 36 位)
_RANK_LISTED_NEXT = re.compile(r"[位名]?[、和及]")
# 位列全国县域经济百强县市49位、全国综合实力百强县市68位: the next rank of a list naming its own ranked list right before it
# (ranks_listed_without_di, session 60 probe of a county-level city's report: they were counts of 68 persons)
_NAMED_RANK_LISTED_NEXT = re.compile(rf"[位名]?、[^，,；;。\d、]{{0,20}}?{subjects.RANK_LIST_LABEL}")


def _ranks_listed_next(text: str, end: int, start: int) -> bool:
    """Is the text between a rank (ending at `end`) and the number at `start` only what leads to the next rank of a list
    (ranks_listed_without_di: 第25位、36位, or a ranked list named before each rank)?"""
    return bool(_RANK_LISTED_NEXT.fullmatch(text, end, start) or _NAMED_RANK_LISTED_NEXT.fullmatch(text, end, start))


# 考核由全省76位上升至57位: a start written without 第 after 由/从 and an area, moved to another place (rank_from_without_di)
# (排位由2015年的53位跃升至47位: a year of the start between, session 45 probe)
_RANK_FROM_LEAD = re.compile(rf"(?:由|从)(?:(?:19|20)\d\d年的?)?(?:{_WHOLE_AREA_WORDS})?$")
_RANK_MOVE_AHEAD = re.compile(r"(?:上升|提升|跃升|攀升|前移|后移|下降|下滑|回落)(?:到|至)第?\d+[位名]")


@functools.lru_cache(maxsize=1)
def _rank_place_after() -> re.Pattern:
    """位 or 名 closing a place in a ranking, not a count of the people named after it (lexicon role people: 75名专家)."""
    people = "|".join(map(re.escape, subjects.people_words()))
    return re.compile(rf"[位名](?![^，,；;。]{{0,3}}(?:{people}))")


# Predicates: the words between subject and number that say what the number measures. The words of
# change, decline, cut, growth by, change by an amount, up to, widening and average are data
# (reference/predicates.csv, lexicon format: `subjects.predicate_words`).
_predicate_words = subjects.predicate_words


# (较2011年均实现翻番, 比2011年均增长60%, 比上年均增长10%: after a year, 均 is each of the things before, no average:
# year_then_each, session 63 probe of a city's 2017 report: the base was 2011年均, the change an average)
_YEARS_BEFORE_EACH = (r"(?:19|20)\d\d", r"[比较][上去]")  # what may stand before 年均 as a year (基础上年均增长 stays)
_NOT_AFTER_YEAR = "".join(f"(?<!{year})" for year in _YEARS_BEFORE_EACH)
_YEAR_THEN_EACH = re.compile(rf"(?:{'|'.join(_YEARS_BEFORE_EACH)})年(均)")  # (read forward: where 均 is each's)
_BASE_BEFORE_EACH = re.compile(r"[比较](?:(?:19|20)\d\d|上|去)年$")  # (the base the items are compared with, before 均)
# (调查失业率全年平均为5.45%: 全年平均 is the year's average, a level of the year, no average over years: whole_year_average,
# session 74 probe of a 2021 provincial report: an average growth over the term)
_AVG = re.compile(rf"{_NOT_AFTER_YEAR}(?<!全)(?:{_predicate_words('average')})")
# the verbs a comparison with a base (比上年, 较2020年) ends with (提升 as 提高: 占比较去年又提升3个百分点, 第三产业比2010年
# 提升2.2个百分点, session 60 probes: no base was read); a base before a cut (减轻, 压减 …) or a doubling (翻) is
# read by _COMPARE only
_COMPARED_BY = (
    "增长|增加|净增|下降|减少|提高|提升|降低|上升|回落|扩大|缩小|收窄|增产|减产|增收|减收|增支|减支|加快|放缓|高|低|多|少"
)
# 较 opening a comparison (较上年, 较2020年), not a degree (较快, 较高, 较多 …)
_JIAO_COMPARES = r"较(?![快高低大好多少为])"
_COMPARE = re.compile(
    with_opening_lookahead(
        rf"(?:(?<![占同]){subjects.not_comparison()}(?:(?<!相)比(?![重例率较从由值])|(?<!相){_JIAO_COMPARES})"
        # 同比2015年增长67.86%: 同比 followed by a year compares with that year, as 比2015年 does (same_as_year_base)
        rf"|同比(?=(?:19|20)\d\d年))(?P<base>[^，,；;。]{{1,16}}?)"
        rf"(?:{_COMPARED_BY}|减轻|翻|压减|缩减|精简|压缩|削减|改善)"
    )
)
# 与2020年相比，森林覆盖率提高; 地区生产总值同上年相比增长: a base set out with 与/同/和/跟 … 相比 before the clause or the verb
# (construction compared_with), its verb of change in the number's clause; 同期 inside the base is no head (与上年同期相比
# gave the base 期: same_period_in_head, session 71 probe of a county-level city's review)
_COMPARED_HEAD = r"(?:与|同|和|跟)(?P<base>(?:[^，,；;。与同和跟]|同期){1,16}?)相比较?"
_COMPARED_HEAD_IN = re.compile(_COMPARED_HEAD)
_COMPARED_WITH = re.compile(
    rf"{_COMPARED_HEAD}[，,]?[^，,；;。]{{0,16}}?(?:{_predicate_words('change')}|"
    rf"{_predicate_words('decline')}|{_predicate_words('grow_by')}|高|多)[^，,；;。]{{0,4}}$"
)


# 与“十五”末相比，生产总值、社会消费品零售总额翻一番: the same head, its clause closed, before a doubling's subject
_COMPARED_BEFORE_DOUBLING = re.compile(rf"{_COMPARED_HEAD}[，,][^，,；;。\d]{{0,24}}$")


def _compared_with(prefix: str) -> re.Match | None:
    """The comparison a 与…相比 sets out for the number at the end of `prefix` (compared_with), or None."""
    return _COMPARED_WITH.search(prefix) if "相比" in prefix else None


_DOWN = re.compile(rf"({_predicate_words('decline')})[了]?(约|近|超过|超|达|为)?$")
_DECLINE_END = re.compile(rf"({_predicate_words('decline')})$")  # 比改革前减轻: the comparison's own verb
# A cut of a stock without a base (审批事项精简85%, 减少一半以上): a percent change, not a growth rate.
_CUT = re.compile(rf"({_predicate_words('cut')})[了]?(约|近|超过|超|达|为)?$")
_ACT_OF_CUTTING = re.compile(rf"(?:{_predicate_words('cut_act')})了?(?:约|近|超过|超|达|为)?$")  # (act_of_cutting, gold S37d)
_ENLARGE = re.compile(rf"({_predicate_words('enlarge')})[了]?(约|近|超过|超|达)?$")  # 扩容119.04% (enlarged_by_act)
# 比2010年翻一番: the base stands right before the doubling
# (not the 比 of 相比: 与2010年相比提前两年实现翻一番 took 提前两年 as the base, session 51 probe set)
_COMPARE_END = re.compile(rf"(?<![占同相]){subjects.not_comparison()}(比|较)(?P<base>[^，,；;。]{{1,16}}?)$")
# 在2020年的基础上翻一番, 在“十三五”末的基础上增长50%: a base set out with 在…基础上 before a doubling or a change
# (construction on_basis_of); 在上年大幅度增长的基础上 is read by on_last_years_basis
_ON_BASIS = re.compile(
    rf"在(?P<base>(?:19|20)\d\d年(?:底|末)?|{PLAN_END})的?基础上[^，,；;。\d]{{0,4}}?"
    rf"(?:翻|{_COMPARED_BY}|$)"  # a doubling token opens with 翻: the words before it end the predicate
)
_ON_BASIS_TAIL = re.compile(subjects.ON_BASIS_WORDS + "$")
_CHANGE_BY = re.compile(rf"({_predicate_words('grow_by')})了?(约|近|超过|超|达|逾)?$")
# Words that make a growth one year's even in the five-year review (比上年, 同比, 去年, 2025年).
_YOY = re.compile(r"比上年|同比|去年|上年|当年|全年|(?:19|20)\d\d年")
_YEAR_AHEAD_WRITTEN = re.compile(r"(?:到|至)(?:19|20)\d\d年(?:底|末)?")
_UP_TO = re.compile(rf"({_predicate_words('up_to')})(至|到)")
# 从2007年底的8.4%提升到去年底的13.3%: the level reached, dated after 到 (its year is the figure's period)
_UP_TO_DATED = re.compile(rf"(?:{_UP_TO.pattern})(\d{{4}}年|(去|上|今|当)年)(底|末)?的?[^，,；;]{{0,3}}$")
_LEVEL_VERB_END = re.compile(r"(降至|升至|达到|控制在)[^，,；;]{0,3}$")
# a word of change, not the natural growth of a population (人口自然增长率为-2.1‰ states a demographic rate, a level:
# construction natural_growth_rate; 地区生产总值增长率为5% is the growth of GDP)
# 增加值 is a noun, no verb of change (其中制造业增加值占比25%左右 is a level: value_added_is_no_verb)
# 自然增幅 is a growth, the amount's as counted beside a like-for-like 同口径增幅 (growth_as_counted, session 43)
_GROWTH = re.compile(f"(?<!自然)({_predicate_words('change')})(?!值)|(?<=自然)增幅")
# The whole a share is of, named in the clause (construction share_of_whole); 占比 alone names none.
# …占比 after the whole and 中 (中央一般公共预算支出中对地方转移支付占比, 省重大科技计划项目中企业牵头或参与占比): a
# share of the whole written before 中 (whole_before_zhong; 其中…占比 names no whole of its own: a level, gold C4)
# (not 占有率, a ratio named in one word, C4; not the 中 of 中心, 中小, 中医…, which opens or ends a noun: 社区卫生服务中心占比
# and 产品市场占有率 were shares, session 51, development gold)
_WHOLE_NAMED = re.compile(
    r"占(?!比|有率)[^，,；;。\d]{1,20}|在[^，,；;。\d]{1,14}中的?(比重|份额|占比)"
    r"|(?<=[\u4e00-\u9fff]{2})(?<!其)中(?![心小学医药国央部华型等级期层间介转])[^，,；;。\d]{1,14}占比"
)
# 普惠托位占比, 城镇化率: a ratio named in one word, with no whole written as its own phrase (gold C4)
# (…出口占比均超四成: a distributive word before the verb, session 62 probe)
_NAMED_RATIO = re.compile(r"(占比|比例|率)(均|都)?(近|约|超过|超|逾|达到|达|为|保持在|稳定在)*$")
# 消费对经济增长的贡献率达到66.4%: the rate of a part's contribution to growth, not a growth itself; 对经济增长的贡献率,
# 对全省经济增长的贡献: a contribution to a whole, written without whose it is (one definition: a second one of the same
# name further down replaced this one at run time until session 49, and is the one kept)
_CONTRIBUTION = re.compile(r"对[^，,；;。\d]{1,10}?的?(贡献率|贡献度|贡献|拉动)")
# A percent of the things named after it (construction share_of_set): 80%以上的大城市, 70%村卫生室;
# not a rate, a target or a verb of change named after it (8%左右的国内生产总值增长目标, 16%的税率).
_SET_LEAD = re.compile(r"(以上|以下|左右|多)?的?")
_NOT_A_SET = re.compile(r"目标|预期|税率|增速|速度|增长|政策|一档|利率|水平|幅度|征收")
_NOT_A_SET_HEAD = re.compile(r"左右|以上|以下|以内|安排|提高|提升|增加|下降|降低|上升|扩大|并")
# 再提高20元, 亩产提升10.1斤: raised by an amount (提高到/至 would give the new level)
# (资产资源规模增长3.8万亿元: 增长 by an amount of money or a physical quantity, too: grown_by_amount)
_RAISED_BY = re.compile(r"(?<!改造)(?<!优化)(?<!抚育)(提高|提升|降低|下降|(?<!新)增长)(约|近|超过|超)?$")
# 地区生产总值增长7.5%，两年平均增长5.6%: the average over the years written (years_averaged)
_YEARS_AVERAGED = r"(?<![\d十])(?P<n4>[二三四两])年(?=平均|年均)"
_AVERAGED_IN = re.compile(_YEARS_AVERAGED)
# 两年来: not 五年来; 2004年我们提出用三年时间基本解决…，这项工作基本完成: a span set earlier and completed by the year reviewed
_RECENT_YEARS = re.compile(
    with_opening_lookahead(
        r"(近|最近|过去)(?P<n>[二三四两\d])年(?!前)|(?<![\d十])(?P<n2>[二三四两])年来|提出用(?P<n3>[二三四两])年时间|"
        + _YEARS_AVERAGED
    )
)
# 三年翻一番, 两年增长50%: a span of years right before the change in the number's clause (span_of_change)
# (新增商贸业面积200万平方米，三年累计超过500万平方米: the sum over the span, session 58 probe: sum_over_span_written)
_SPAN_OF_CHANGE = re.compile(r"(?<![\d十续])([二三四两])年(?:翻|增长|增加|提高|累计(?:超过|达到|达|完成|新增|增加)?)?$")
# 十年增加近70万亿元, 经过八年持续努力: a span longer than the five-year review written in it (written_span)
_LONGER_SPAN = re.compile(
    with_opening_lookahead(
        r"((?:经过|近|过去)(?P<n>[二两三四六七八九十])年(?!前)|(?<![\d十新])(?P<n2>[六七八九十])年(?=来|间|里|持续|增加|增长|累计|接近|\d|$)"
        # 财政收入达到1350亿元，3年增长58.6%: the review's last years before a change (last_years_change)
        r"|(?<![\d十新.])(?P<n3>[两二三四234])年(?=增长|增加|累计))"
    )
)
# 中央财政连续三年累计投入90亿元: a sum over a streak, in the number's clause or one it continues (a streak
# without 累计 is its own clause's: 实现连续6年增产；城镇新增就业1102万人 is one year's)
_STREAK_SUM = re.compile(r"连续(?P<n>[二三四两\d])年累计")
# a plan's name as the reports write it, quoted or not: “十四五”, 十四五 (sections.plan_years reads its years)
_PLAN_NAME = PLAN_NAME
# 今后五年, 五年内, 用两年时间, 今明两年: the years ahead a plan sentence writes (construction written_span)
_YEARS_AHEAD = re.compile(
    with_opening_lookahead(r"(今后|未来)(?P<n>[二三四五两])年|(?<![\d十])(?P<n2>[二三四五两])年(内|之内|时间)|今明(?P<n3>两)年")
)
# “十一五”前四年累计单位国内生产总值能耗下降14.38%: the first N years of a named plan
_FIRST_YEARS = re.compile(rf"(?P<plan>{_PLAN_NAME})(?:时期|期间)?前(?P<n>[二三四两\d])年")
_DECLINE_OVER_PLAN = re.compile(r"(下降|降低|减少)[^，,；;。]{0,6}$")
_PLAN_SPAN = re.compile(rf"今后五年|未来五年|五年内|{_PLAN_NAME}(时期|期间)")
_OWN_NAMED = re.compile(r"全省|全市|全区|全县|我省|我市|我区|本市|本省")
_CROSSING_VERBS = "迈上|迈进|跨上|跃上|站上|登上|再上|又上|迈过|跨过|跨越|连跨|再跨|突破|(?<![打攻])破|冲过|闯过|越过"  # a mark crossed (thresholds, steps_crossed)
# (跨越2500亿元、3000亿元、3500亿元台阶: the marks of a list, each crossed by the verb before the first: session 48 probe of
# 2023 city reports, the last was a level; 突破千亿元关口: 关口 as 大关)
_CROSSING = re.compile(rf"({_CROSSING_VERBS})(?:[^，,；;。、]{{0,12}}、)*[^，,；;。]{{0,12}}$")
_MARK_AFTER = re.compile(r"[^，,；;。]{0,16}(台阶|大关|关口)")
# 进出口总额突破4万亿美元，再上新台阶: the next clause says the mark crossed is a step (step_clause_after)
_STEP_AFTER = re.compile(r"[^，,；;。]{0,4}[，,](再|又|首次)?(迈|跨|跃|登|站)?上(了)?(一个)?新?(台阶|大关)")
# 继续压减非重点支出, 为市场主体减轻非税负担: a cut verb opening the clause, after the ones it is for
_CUT_BY = re.compile(r"(开展[^，,；;。]{0,12}、)?(为[^，,；;。\d为]{1,8}?)?(继续|进一步|再)?(压减|削减|减轻|降低|减少)")
_SHARE = re.compile(
    r"占(?!比)[^，,；;。]{0,20}(的|比重|比例)|约占|占$"
)  # …社会事业投资占44%: 占 right before it; 占比最高的税率 is a name (gold C4)
# units.csv: what happens during a period, never a stock
_EVENTS = ("times", "person-times", "household-times", "vehicle-times", "events")
# 有6.5%－7%的增速, 提出8%左右的国内生产总值增长目标: a growth rate named after its number, with its noun
_RATE_NAMED_AFTER = re.compile(r"(左右|以上)?的(?P<noun>[^，,；;。\d的]{0,10}?)(增速|增长速度|速度|(预期)?增长(预期)?目标)")
# 把增长预期目标定在7.5%左右: only the growth and goal words before the number
_GROWTH_GOAL_ONLY = re.compile(r"[\s“”\"]*(今年)?的?(把|将)?(经济)?(增长|增速)(预期)?目标(定为|定在|确定为|拟定为|为|是)")
# 每万人口…拥有量; also with words between 每万 and the people (每万城镇常住人口拥有社区工作者), and a ratio's name that writes
# 万人 / 千人口 without 每 before what it counts (万人高价值发明专利拥有量, 千人口托位数, 5G基站万人拥有量: per_population_named)
_PER_POPULATION = re.compile(
    r"每(十万|万|千|百)(人口|人|户|名)|每(十万|万|千|百)[^，,；;。\d每]{1,6}?(人口|居民)"
    r"|(?<![\d.零〇一二两三四五六七八九十百千万亿几多余数])(万|千)(人口|人)(?!次)[^，,；;。\d]{0,12}(拥有量|数)"
)
_PER_HEAD = r"(十万|万|千|百)(人口|人)"  # the population a per-head unit counts by (每千人; per_head_unit)
_PER_HEAD_BEFORE = re.compile(rf"每{_PER_HEAD}$")  # right before the number: 每千人6.6批次 (per_head_unit)
# 每千人6.6批次 too, and 不低于每生每年500元, 从每人每月1949元: the basis (per pupil, per month) between a qualifier and the number,
# passed over when the qualifier is read (per_basis_before, session 74 probe of a provincial report: 不低于 was missed); no
# unit of its own, as per_head_unit reads 每千人 (每年10所 is ten schools a year, counted in 所)
_PER_BASIS_BEFORE = re.compile(rf"每(?:{_PER_HEAD}|(?:生|人|户)?每?[年月日])$")
# 五年 written in the clause, not 五年来, 过去五年, 这五年, 近五年, 今后五年, 未来五年, 五年内, 十五年, 连续五年 (a streak: each year) (five_years)
# 五年间 too: over the five years; 5年完成基础设施投资 written with a digit (not 2015年, 25年, 5年级)
_FIVE_YEARS = re.compile(r"(?<![过这近后来十续\d.])[五5]年(?![来前内以，,级]|一遇)")  # (五年一遇: a return period)
_CUMULATIVE = re.compile(rf"累计|合计|共计|总计|{_FIVE_YEARS.pattern}")
_FIVE_YEARS_WRITTEN = re.compile(rf"{_FIVE_YEARS.pattern}|[五5]年来|过去五年|这五年")  # the term's five years named in a clause
# Words that place or compare a number without naming a new subject: 是“十二五”时期的, 全省第.
_FILLER = re.compile(
    rf"\d+年前|是[^，,；;。]{{0,14}}?的|占[^，,；;。]{{0,16}}?(比重|比例|的)|({subjects.rank_areas()})?(前列|第)|全省|全国|全市|全区|年度|首位|连续[\d一二两三四五六七八九十]+(?:年|个月|个季度)|单月|(?<![\d十])[六七八九十]年(?![前级期])"
    # 财政收入达到1350亿元，3年增长58.6%: a span of a few years says over how long, no subject (span_is_no_subject)
    r"|(?<![\d十.])[两二三四2-4]年(?![前级期底末])"
)
# a plan, task or goal named as what a figure is measured against (a base, a completion rate, a plan completed)
_PLAN_WORDS = "计划|任务|目标"
# the verbs that say how much of a plan a figure reached: 占, 为, 是, 达到, 完成 (completion_of_plan, plan_completed_by_previous)
_PLAN_VERBS = "占|为|是|达到?|完成"
# 占全年投资计划的, 为年度计划的, 完成年度任务的: the part of a plan done, before its percent (completion_of_plan; `_SHARE_ONLY`,
# `_OF_PLAN`)
# (完成年计划710亿元的89.4%: the plan's amount may stand before 的, session 44 probe)
# (完成年初预算的104.7%, 为调整预算数的92.98%: a budget done is a plan done, budget_completion; with 占 only a budget
# named as one, 占调整预算数…的: 占…预算的 alone may weigh a spending against the whole budget)
_OF_PLAN_WORDS = (
    rf"(?:(?:{_PLAN_VERBS})[^，,；;。\d]{{0,8}}?(?:{_PLAN_WORDS}|(?:年初|调整)预算数?|预算数)"
    rf"|(?:为|是|达到?|完成)[^，,；;。\d]{{0,8}}?预算)(?:[\d.]+[万亿]*元)?"
)
_OF_PLAN_BARE = re.compile(_OF_PLAN_WORDS)
# 占比提高5.2个百分点; 占生产总值的比重提高1.3个百分点: the whole written too (share_of_whole_moved, session 52 probe set)
# (占比较去年又提升3个百分点: the year compared with and an adverb may stand before the verb, session 60 probe)
_SHARE_MOVED = re.compile(
    r"(占比|比重|占[^，,；;。\d占]{1,12}?的?(?:比重|比例))(?:[较比](?:去年|上年)(?:同期)?)?(?:又|再|进一步|同比)?"
    r"(?:提高|提升|上升|增加|下降|降低|减少|回落)了?"
)
# 制造业投资增长15.4%，占比由22.7%提升至25.8%: the share word alone opening a from-to (share_of_previous_from, session 68
# probe of a county-level city's review: the share's start and end were levels of 制造业投资)
# (占国内生产总值比重从1.07%提高到1.49%: a whole written is read by share_of_quantity, which also knows its dictionary id)
_SHARE_FROM = re.compile(r"(占比)(?:由|从)")
_SHARE_ONLY = re.compile(
    # (约占全市16个区的51.3%: a whole counted by its places, session 47 probe: the total before the 其中 part took it)
    r"(约)?占(?:比(?:达到|达|为|超过|超|约|近)?|(?!比)(?:(?!比重|比例|份额)(?:[^，,；;。\d]|\d+个)){1,12})"
    # 完成投资850亿元，为年度计划的105%: the part of a plan done, written with 为 or 是 too (session 43 probe)
    rf"|{_OF_PLAN_WORDS}的"
)  # 占世界, 占全部企业超, and 占比 alone (其中税收收入2900亿元，占比69%): a share with no subject of its own
# 收入比从2.5缩小至2.3: a ratio's 比 before a from-to (比从, 比由) or 比值 compares nothing (ratio_from_to)
# 较上年提高0.9个百分点: 较 compares as 比 does
_COMPARE_BASE = re.compile(rf"(?<!同)(?:比(?![从由值])|{_JIAO_COMPARES})[^，,；;。]{{0,12}}?(?={_COMPARED_BY})")
_AS_STANDING = re.compile(r"作为[^，,；;。\d]{0,12}$")
# 9亿多劳动力、1亿多…人才，是我们最大的资源和优势: the figures are the subject of 是, what the region has
_COPULA_AFTER = re.compile(r"[^，,；;。：:]*[，,]\s*(?:就是|都是|是)")
_PAST_WORDS = re.compile(r"去年|上年(?!均)|过去|以来|已经|已")  # 基础上年均增长7%: no 上年
_PRELIM = re.compile(r"预计")
_NEXT_YEAR = re.compile(r"(?<![比较])明年")
# 今年拟从去年超收收入中安排500亿元, 拟增加中央预算稳定调节基金1032亿元: what the government proposes (context
# proposed), a target of the plan even when a past year is named as the source of the money; not 模拟, 虚拟, 草拟
_PROPOSED = re.compile(r"(?<![模虚草比])拟(?!定|人)")
_FORECAST = re.compile(r"高达[约近超过]*$")  # 今年高校毕业生将高达765万人: a forecast, no target
# What there is as a plan starts, not what it aims at (context what_is): the rate in force (现行16%的税率),
# what the country has (我国有2.9亿在校学生), its people (近14亿中国人的饭碗, 56个民族: lexicon role population)
_WHOLE_REGION = r"(?:我国|全国|全省|全市|全区)"  # the whole country or region, before 有 (what there is)
_WHAT_IS_BEFORE = re.compile(rf"(现行|现有|{_WHOLE_REGION}现?有)(约|近|超过|超|上)?$")
_EARLIER_ITEMS = re.compile(r"([\d.]+[^，,；;。、\d]{1,12}、)+$")  # the items of a 、 list before a number
_YEARS_AGO = re.compile(r"(?<![\d.])(\d{1,2}|[一二两三四五六七八九十]{1,2})年前$")
_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)(?:年)?[、—\-至到]((?:19|20)\d\d)年")
# (自2007年起, 从2018年起: since the year, as 2018年以来; since_year_written, session 57 probe)
_YEAR_IN = re.compile(r"(?<!\d)((?:19|20)\d\d)年(以来|(?<=[自从](?:19|20)\d\d年)起|底|末)?")
# clauses without a figure that may stand before a year opening the sentence (克服…不利影响，负重拼搏，2021年，实现生产总值
# 288.7亿元…；固定资产投资74.1亿元: year_after_lead_clauses, session 42 probe; the flows were five-year sums)
_LEAD_CLAUSES = r"[\s“”\"]*(?:[^，,；;。：:\d]{2,30}[，,])*?"
_OPENING_YEAR = re.compile(_LEAD_CLAUSES + r"((?:19|20)\d\d)\s*年[，,]")  # a year that opens the sentence as a clause of its own
# 截至2018年8月，: the day a status stands at, opening the sentence (status_date_dates)
_STATUS_DATE_OPENS = re.compile(_LEAD_CLAUSES + r"(?:截至|截止)((?:19|20)\d\d)\s*年(?:\d{1,2}月)?(?:底|末)?[，,]")
# 到2030年, 至2027年底: a year ahead, its year a group (opening_year_ahead, strive_for_a_span)
_YEAR_AHEAD = r"(?:到|至)((?:19|20)\d\d)\s*年(?:底|末)?"
# 到2030年，地区生产总值突破10万亿元: a year ahead that opens the sentence as a clause of its own (opening_year_ahead)
# a lead-in ending with a colon may come first (今后五年的主要目标是：到2027年，…: the year written wins over the lead's span)
# (a numbered item's name too, quoted with a year in it: 11.“2030先锋工程”：到2030年，…: numbered_goal_lead)
_GOALS_LEAD = r"(?:(?:\d{1,2}[.．、]\s*)?(?:[^，,；;。：:\d“”]|“[^”，,；;。]{1,14}”){2,16}[：:])?"
_AIM = r"(?:力争|争取|确保)"  # the words of aim that may open a goal's clause before its year or plan's end
_OPENING_YEAR_AHEAD = re.compile(rf"[\s“”\"]*{_GOALS_LEAD}{_AIM}?{_YEAR_AHEAD}[，,]")
# 到“十五五”末，…: the plan's end opening a plan sentence dates its figures to the plan's last year (opening_year_ahead)
# “十二五”末, “十三五”期末, “十三五”时期末: the plan's last year
_PLAN_END_IN = re.compile(PLAN_END)
_PLAN_END_OPENS = re.compile(rf"[\s“”\"]*(?:{_AIM}|预计)?(?:到|至)?")  # before a plan's end that dates a clause
# (“十五五”末，…: the plan's end written alone opens the clause as 到“十五五”末 does; session 40 probe)
_OPENING_PLAN_END = re.compile(rf"[\s“”\"]*{_GOALS_LEAD}{_AIM}?(?:到|至)?(?P<plan>{PLAN_END})[，,]")


def _dating_years(words: str) -> Iterator[re.Match]:
    """The years written in `words` that date a figure: not the year a policy would have ended,
    which names it (2009年到期的…政策延长一年 is this year's decision), nor the year whose prices value it
    (到2025年国内生产总值按2020年价格计算达到…: construction price_basis_year, the basis of a real figure, no date).

    >>> [m.group(1) for m in _dating_years("到2025年国内生产总值按2020年价格计算达到")]
    ['2025']

    Nor the base of a multiple (社会消费品零售总额是2020年的1.4倍、跃升至: multiple_base_year).
    """
    return (
        m
        for m in _YEAR_IN.finditer(words)
        if not words.startswith(("到期", "价格", "不变价", "可比价", "相比"), m.end())  # 与2025年相比翻一番: compared with
        and not _BASE_OF_MULTIPLE_BEFORE.search(words, 0, m.start())
        # 居民人均可支配收入达2020年的1.4倍: a verb of reaching before the year and 的 after it (session 46 probe)
        and not (_REACHED_BEFORE.search(words, 0, m.start()) and words.startswith("的", m.end()))
        # 从2017年的1.45万亿元接连突破2万亿元: the start year of a from dates its start, not the figures after it (session 47
        # probe of 2023 provincial reports: the marks crossed were dated 2017)
        and not (words[m.start() - 1 : m.start()] in "从由" and m.start() > 0 and _after_the_start(words, m.end()))
    )


def _after_the_start(words: str, at: int) -> bool:
    """Do the words after a from's year (at `at`) hold its start amount, and the number dated come after it, not as another
    start amount of a list (从2021年的46503元和16935元: the second is a start too)?"""
    start = _START_AMOUNT.match(words, at)
    # (从2020年的4.86万亿元增加到6.5万亿元、年均增长5.7%: a from-to dates its end and the average after it itself)
    return bool(start) and not _START_LIST_TAIL.fullmatch(words, start.end()) and not _TO_AFTER_START.search(words, start.end())


_START_AMOUNT = re.compile(r"(?:底|末)?的?[\d.]+")  # after 从2017年: the start's amount, so the number dated comes later
_TO_AFTER_START = re.compile(r"到|至")
_START_LIST_TAIL = re.compile(r"[^，,；;。\d]{0,6}(?:和|、|及|与)(?:[\d.]+[^，,；;。\d]{0,6}(?:和|、|及|与))*")


# 是2020年的1.4倍: the year a multiple compares with (multiple_base_year)
_BASE_OF_MULTIPLE_BEFORE = re.compile(r"(?:是|相当于)$")
# (恢复到2019年的113%: recovered to a share of a year's level, session 47 probe: it was dated 2019, the verb in the subject)
_REACHING = r"(?:达到|达|为|恢复到|恢复至)"
_REACHED_BEFORE = re.compile(rf"{_REACHING}$")

# 争取用三年时间 / 力争三年内: a clause that only strives for a span of years (strive_for_a_span)
_STRIVE_SPAN = re.compile(
    rf"(力争|争取)(用?([一二两三四五六七八九十]|\d{{1,2}})年(时间|内|左右时间)?|{_YEAR_AHEAD}|(?:到|至){PLAN_END})"
)  # 力争用三年时间，…, 力争到2030年，… and 力争到“十五五”末，…: a clause of only 力争 and a span, a year ahead or the
# plan's end strives for what follows
# Qualifier words around the number.
_PREFIX_Q = [
    ("strive", re.compile(r"力争")),
    ("about", re.compile(r"((约|大约)(为|是|达|占|合)?|左右)$")),  # 贡献率约为三成, 约合7000亿美元: about
    ("nearly", re.compile(r"(近|接近|将近)$")),
    (
        "over",
        re.compile(r"((?<![不或略])超过|超|突破|(?<![打攻连])破|逾|(?<![不或略])高于|(?<![不或略])大于|(?<![通经超度])过)$"),
    ),  # not 不超过, 不高于: at most
    ("at_least", re.compile(r"(不低于|不少于|至少|或略?高于|或略?超过)$")),  # 达到或略高于10%: reached or above it
    # 不足600亿斤, 不到5%: below the number, an upper bound as 以内 (qualifier_words, session 49 sweep: no qualifier was read)
    ("at_most", re.compile(r"(不超过|不高于|不大于|(?<!不)低于|不足|不到|最多)$")),
]
_HAS_NOUN = re.compile(r"[\u4e00-\u9fff]{2,}")  # words of two characters or more: an item of its own
# 资费年内至少降低30%: the floor (the at_least words of _PREFIX_Q) before a verb of change or cut
_FLOOR_OF_CHANGE = re.compile(rf"(至少|不低于|不少于)({_predicate_words('change')}|{_predicate_words('cut')})$")
# 接连突破8万亿元、9万亿元: the qualifier before the first number of a list, and the items before the number
_LEAD_OF_LIST = re.compile(
    # (连续突破五千亿元、六千亿元: numbers in characters too, session 47 probe of 2026 city reports)
    r"(约|大约|近|接近|将近|超过|超|突破|逾|不低于|不少于|至少)"
    r"(?:(?:[\d.]+|[一二两三四五六七八九十][一二两三四五六七八九十百千万]*)[^\d，,；;。、和及与一二两三四五六七八九十]{0,6}[、和及与])+$"
)
# 特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍: a floor (ceiling) of a multiple of another standard
_AT_LEAST_WHOLE = re.compile(r"^[^，,；;。\d]{0,20}?不(低|少|高|超)[于过][^，,；;。\d]{2,20}的$")
# 四分之一强, 三分之一弱: 强 or 弱 closing a fraction in words, not opening a noun (强市, 弱项) (`_qualifier`, fraction_edge)
_FRACTION_EDGE = re.compile(r"([强弱])(?=的|[^\u4e00-\u9fff]|$)")
_SUFFIX_Q_WORD = re.compile(r"^(以上|左右|以内|以下)")
_SUFFIX_Q = [("at_least", re.compile(r"^(以上)")), ("about", re.compile(r"^(左右)")), ("at_most", re.compile(r"^(以内|以下)"))]


# amounts (money and physical quantities) as opposed to counts of things: a size word restates an amount
_AMOUNT_UNITS = frozenset(std for std, kind in unit_table().values() if kind in ("money", "physical"))
_UNIT_KIND = {std: kind for std, kind in unit_table().values()}  # CNY -> money, km -> physical
# a quantity counted in years, then a short predicate (受教育年限达到): the 年 after the number is a duration
_YEARS_MEASURED = re.compile(r"年限(达到|达|为|提高到|提升到|提高至|提升至|超过)$")
_FROM_YEARS = re.compile(r"从\d+\.\d+年[^，,；;。\d]{0,4}(到|至)$")  # 从13.5年提高到: a span in years, not a date
_TENTHS = Unit("成", Decimal(10), "成", "%", "tenths", False, 1)  # 八成 is 80 % (value 8, value_std 80)
_YEARS = Unit("年", Decimal(1), "年", "years", "physical", False, 1)
_RATIO = Unit("", Decimal(1), None, None, "ratio", False, 0)
# 二十年或五十年一遇, 20年或50年一遇: the first of two return periods written with 年 alone shares the last one's unit
# (construction return_periods_paired; units.csv 年一遇)
_RETURN_PERIOD_PAIRED = re.compile(rf"年(?=(?:或|、|和)(?:{ARABIC}|[一二两三四五六七八九十百千]+)年一遇)")
_RETURN_PERIOD = Unit("年一遇", Decimal(1), "年一遇", "return_period_years", "physical", False, 1)
# a ratio or score written without a unit (收入比, not the 比 of a comparison; lexicon role
# unitless_measure: 倍差, 满意度) and its predicate right before a number, also the end of a from-to
_RATIO_BEFORE = re.compile(
    r"([入口]比值?|" + "|".join(map(re.escape, subjects.role_words("unitless_measure"))) + r")(从|由)?([\d.]+([:：]1)?)?"
    r"(降至|降到|缩小到|缩小至|下降到|下降至|提升至|提升到|提高到|提高至|为|达到|达)?$"
)


@dataclass
class _Token:
    """A number found in a sentence, before it is turned into a row."""

    start: int  # normalised offsets of the number (or range) itself
    end: int
    value: Decimal
    high: Decimal | None
    unit: Unit
    after: int  # normalised offset after number + unit
    rank: bool = False  # stands after 排全省第 / 居…第: a rank, not an ordinal
    # (subject, construction) when the number's own construction names what it measures, read with the
    # number: a term of a three-sector ratio (sector_ratio), a magnitude's noun (magnitude_before_noun)
    named: tuple[str, str] | None = None


_NOUN_END = re.compile(r"[，,；;。、：:的]")


def _bare_counted(text: str, s0: int, start: int, end: int, unit: Unit) -> Unit:
    """A bare multiplier (万, 亿) before people counts persons (6434万农村人口, 9亿多劳动力: 万人, 亿人);
    before things counted without a measure word (lexicon role thing_counted: 市场主体, 用户) it counts
    them in 个 (510万沼气用户: 万个, gold D6). A number that ends its clause after a subject naming
    person-times or a number of people counts those (出境旅游人次由8300万…: 万人次; 参保人数增加7359万:
    万人). Any other unit stays as it is."""
    if unit.kind != "bare":
        return unit
    clause_before = text[_clause_start(text, s0, start) : start]
    ends = _ends_clause(text, end + unit.length) or _UP_TO.match(text, end + unit.length)  # 由8300万增加到
    cs = _clause_start(text, s0, start)
    if ends and cs - 1 > s0 and (_TOTAL_ONLY.fullmatch(clause_before) or _CHANGE_ONLY.fullmatch(clause_before)):
        # 参保人数增加7359万，总计达到1.17亿: a clause of only a total continues the count of the clause before
        # (total_continues_count); so does a clause of only a change on a base (常住人口6568万，比上年减少20万: 万人, session 49
        # probe of 2022 reviews: it was a bare 万)
        clause_before = text[_clause_start(text, s0, cs - 1) : cs - 1]
    if ends and (head := _PEOPLE_COUNTED.search(clause_before)):
        return _persons(unit, "人次" if head.group(1) == "次" else "人")
    if ends and subjects.subject_before(clause_before).endswith(subjects.role_words("times_counted")):
        # 直播观看点击量120多万: a subject that counts times (lexicon role times_counted) counts them (万次)
        return _persons(unit, "次")
    if _counts_people(text, end + unit.length, clause_before):
        return _persons(unit)
    if ends and (named := subjects.subject_before(clause_before)):
        # “湘易办”用户突破3500万, 平台用户超1亿: the people or things named before a number that ends its clause are what
        # it counts (counted_named_before, D6 with the noun first): 万人 for people, 万个 for things counted
        if named.endswith(subjects.people_words()):
            return _persons(unit)
        if named.endswith(subjects.role_words("thing_counted")):
            return _things(unit)
    owner = subjects.subject_before(_EARLIER_BARE_AMOUNTS.sub("", clause_before))  # …分别达到1.28万亿、1.18万亿: the list's
    # 地区生产总值增长5.3%，总量突破3万亿: a size word alone is the size of the money the sentence measured first
    # (size_word_of_money, session 54 probe: it was a bare 万亿)
    money = owner.endswith(subjects.role_words("money_quantity")) or (
        owner in subjects.role_words("size_word") and _names_money_before(text[s0:cs])
    )
    # (not a mark crossed, 迈上5万亿台阶, 跨越4万亿、5万亿两个台阶: the marks read their own way)
    marked = _MARK_AFTER.match(text, end + unit.length)
    if ends and not marked and unit.text in ("万亿", "亿", "千亿") and money:
        # 产业规模分别达到1.28万亿、1.18万亿: an amount of money written without its currency (money_without_currency,
        # gold: 万亿元)
        std, kind = unit_table()["元"]
        return dataclasses.replace(unit, text=unit.text + "元", base="元", unit_std=std, kind=kind)
    noun = _NOUN_END.split(text[end + unit.length : end + unit.length + 12])[0]
    # 近20万各民族家庭参与…: after a head quantifier (各族, 各民族, 各类: D4) the noun it opens is what is counted
    # (construction head_quantifier_then_counted; it was a bare 万 with no subject)
    lead = subjects.opening_word(noun, "head_quantifier")
    opened = lead and noun[len(lead) :].startswith(subjects.role_words("thing_counted", "unit_starts_noun"))
    return _things(unit) if noun.endswith(subjects.role_words("thing_counted")) or opened else unit


_WORDS_END = re.compile(r"[，,；;。、：:]")


def _names_money_before(words: str) -> bool:
    """Is the subject of the first figure of the sentence before a clause (`words`) an amount of money measured (lexicon
    role money_quantity)? (size_word_of_money, for a bare 万亿 after a size word alone)

    >>> _names_money_before("地区生产总值增长5.3%，十年来首次超过全国增速，"), _names_money_before("常住人口增加20万，")
    (True, False)
    """
    first = _DIGIT.search(words)
    clause = _CLAUSE_MARK.split(words[: first.start()])[-1] if first else ""
    return bool(clause) and subjects.subject_before(clause).endswith(subjects.role_words("money_quantity"))


_EARLIER_BARE_AMOUNTS = re.compile(r"(?:[\d.]+(?:万亿|千亿|亿)(?:元)?[、和])+$")  # 1.28万亿、: earlier items of the list


_QUALIFIER_AFTER = re.compile(r"^(以上|左右|多|余)")


def _counts_people(text: str, pos: int, subject_before: str = "") -> bool:
    """Do the words after a bare 万/亿 name people (lexicon role people) before the clause ends, or,
    when the clause ends with the number, the words before it (农村贫困人口减少1亿多)?"""
    words = _WORDS_END.split(text[pos : pos + 16])[0]
    words = _QUALIFIER_AFTER.sub("", words)
    if not words:
        words = subject_before
    # 裁减军队员额20万任务: people named right before the number are what it counts
    return any(w in words for w in subjects.people_words()) or subject_before.endswith(subjects.people_words())


# 30项举措, 84项政策措施, 100项提升举措, 21项重点举措: measures adopted, with at most two characters of their kind
_MEASURES_AFTER_COUNT = re.compile(rf"[\u4e00-\u9fff]{{0,2}}?(?:{_ADOPTED})(?![\u4e00-\u9fff]{{0,1}}[的])")


def _measures_named_before(clause: str, noun: str) -> tuple[str, str] | None:
    """The measures a digit count adopts, named by the words written before the number (construction
    measures_named_before, as measures_adopted for 十项措施; gold S1, the counted noun with the modifiers before it):
    实施稳经济30项举措 gives 稳经济举措, 推出长江经济带高质量发展84项政策措施 长江经济带高质量发展政策措施, 出台推动人工智能
    产业发展和赋能应用10条措施 推动人工智能产业发展和赋能应用措施. One adopting verb (lexicon role adopting_verb, or 推动)
    opening the clause goes; without one the words must open with a verb of their purpose (优化工商业电价机制12条举措); the
    words left hold no number, mark or 的, and no further adopting verb (自贸试验区推出111项
    全国首创举措, 制定出台20条具体举措 keep the noun alone); None otherwise.

    >>> _measures_named_before("实施稳经济", "举措"), _measures_named_before("推动优化工商业电价机制", "举措")
    (('稳经济举措', 'measures_named_before'), ('优化工商业电价机制举措', 'measures_named_before'))
    >>> _measures_named_before("自贸试验区推出", "全国首创举措") is None, _measures_named_before("制定出台", "具体举措") is None
    (True, True)
    >>> _measures_named_before("主动对接深圳经济特区", "改革措施") is None
    True
    """
    words = clause.strip(subjects.MARKS).replace("“", "").replace("”", "")
    verb = subjects.opening_word(words, "adopting_verb") or ("推动" if words.startswith("推动") else "")
    if not verb and not subjects.opening_word(words, "action"):
        return None  # 主动对接深圳经济特区27条改革措施: neither adopted here nor named by their purpose (优化…12条举措)
    words = words[len(verb) :]
    if not 3 <= len(words) <= 20 or re.search(r"[\d、，,；;：:的等（(]", words):
        return None
    if subjects.holds_any(words, subjects.role_words("adopting_verb")) or subjects.opening_word(words, "region", "time"):
        return None
    return words + noun, "measures_named_before"


def _clause_start(text: str, sent_start: int, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last clause mark before it, or after a double dash (——), which
    closes a label or opens an apposition (产业发展再提质——全区主导产业GDP占比…, 世界最长高速公路隧道——天山胜利隧道贯通:
    label_then_dash; a single dash joins a range, 5%—6%).

    >>> text = "产业发展再提质——全区主导产业GDP占比达到75%"
    >>> text[_clause_start(text, 0, text.index("75")) :]
    '全区主导产业GDP占比达到75%'
    """
    i = pos - 1
    while i >= sent_start and text[i] not in _CLAUSE_SEP and not (text[i] == "—" and i > sent_start and text[i - 1] == "—"):
        i -= 1
    return i + 1


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Inside “...” of at most 12 characters: a slogan or a name (“5080”, “1+1+9”)."""
    left = text.rfind("“", max(0, start - 12), start)
    if left < 0 or "”" in text[left:start]:
        return False
    right = text.find("”", end, end + 12)
    return right >= 0


@functools.lru_cache(maxsize=1)
def _magnitude_noun() -> re.Pattern:
    """上亿 or 近千万 right before people or things counted (lexicon roles people, thing_counted)."""
    words = sorted((*subjects.role_words("people", "thing_counted"), "人"), key=len, reverse=True)  # 人口 before 人
    nouns = "|".join(map(re.escape, words))
    return re.compile(rf"{_MAGNITUDE_NOUN}(?=万?[\u4e00-\u9fff]{{0,4}}?({nouns}))")


# 三次产业比重为4.0∶37.7∶58.3 (construction sector_ratio): the shares of the three sectors, each a level
# written without a unit, named 第一产业比重, 第二产业比重, 第三产业比重 (gold, Guangdong 2026); 三次产业结构由14:60:26调整为
# 12:56:32, 由2011年…调整为2016年…: a pair, the first three at the start (sector_ratio_from), the last three at the end
# (﹕ too: session 44 probe; ︰, the vertical form, and a space after the mark: 26: 32.5: 41.5, session 66 probes)
_RATIO_MARKS = "∶:：﹕︰"
_RATIO_MARK = rf"[{_RATIO_MARKS}] ?"
_TRIPLE = rf"(\d+(?:\.\d+)?){_RATIO_MARK}(\d+(?:\.\d+)?){_RATIO_MARK}(\d+(?:\.\d+)?)(?![\d.{_RATIO_MARKS}])"
# 由2015年的…, 由“九五”末的…: a year or a plan's end (sector_ratio_from a plan's end, session 44 probe)
_DATED = rf"(?:(?:(?:19|20)\d\d年(?:底|末)?|{PLAN_END})的?)?"
# the value added's shares named for the ratio (增加值之比, 增加值比重 …: sector_ratio, sector_pair)
_VALUE_ADDED_SHARES = r"增加值(?:之比|比重|比例|结构|构成|占比)"
_SECTOR_RATIO = re.compile(
    # 结构比例调整为; 三次产业比 and 产业结构 alone before three terms name the ratio too (sector_ratio)
    # 三次产业结构进一步优化，调整为8.3∶41.4∶50.3: the terms may follow in the next clause (sector_ratio_next_clause)
    # (三次产业增加值之比从2015年的…: the value added's ratio, session 44 probe)
    # (三次产业占比由11:48:41调整为17:31:52: 占比 too, session 45 probe)
    # (三大产业比例为2.4：48.0：49.6: 三大产业 names the three sectors too, session 49 probe of 2021 regional statistics)
    # (三产结构比由19.6∶40.9∶39.5调整为…: 三产 short for the three sectors before 结构, session 59 probe of 2022 counties)
    # (三次产业由“十五”末的5.8∶64.2∶30调整为…: the sectors alone before a from-to of three terms, session 62 probe)
    # (三次产业协调发展，结构比由2005年的14:68:18演进为11:64:25: the sectors named, the ratio's word opening the next clause,
    # session 62 probe of a county's term review)
    # (三次产业增加值比重由2011年的9.2:69.5:21.3调整为…: the value added's shares, session 75 probe of a county's term review:
    # missed)
    rf"(?:(?:三次产业|三大产业|一二三产业|一、二、三产业|三产(?=结构))(?:{_VALUE_ADDED_SHARES}|结构|比重|比例|构成|占比|比|(?=[由从])"
    r"|[^，,；;。\d]{2,6}[，,](?:结构|比例|比重)比?)|产业结构)[^，,；;。\d]{0,6}?(?:[，,][^，,；;。\d]{0,6}?)?"
    rf"{_DATED}{_TRIPLE}(?:(?:调整|优化|演进|转变|变化|提高|升级)?(?:为|到|至){_DATED}{_TRIPLE})?"
)
# 二、三产业比例由43.2:56.8调整为30:70 (an urban district with no farming): the shares of the second and third sectors,
# two terms, read as the three are (sector_pair, session 73 probe of a district's term review: they were missed)
_PAIR = rf"(\d+(?:\.\d+)?){_RATIO_MARK}(\d+(?:\.\d+)?)(?![\d.{_RATIO_MARKS}])"
_SECTOR_PAIR = re.compile(
    rf"(?:二、?三产业|二三产)(?:结构比例|{_VALUE_ADDED_SHARES}|比例|比重|结构|构成|占比|比)[^，,；;。\d]{{0,6}}?(?:[，,][^，,；;。\d]{{0,6}}?)?"
    rf"{_DATED}{_PAIR}(?:(?:调整|优化|演进|转变|变化|提高|升级)?(?:为|到|至){_DATED}{_PAIR})?"
)
_YEAR_BEFORE_TRIPLE = re.compile(rf"(?:((?:19|20)\d\d)年(?:底|末)?|(?P<plan>{PLAN_END}))的?$")
# each ratio of sectors, how many terms it writes, the shares they name in order, and a character every match holds (a
# sentence without it is not searched: `_matches_holding`) (sector_ratio, sector_pair)
_SECTOR_RATIOS = (
    (_SECTOR_RATIO, 3, ("第一产业比重", "第二产业比重", "第三产业比重"), "产"),
    (_SECTOR_PAIR, 2, ("第二产业比重", "第三产业比重"), "二"),
)


def _sector_ratio_year(text: str, start: int) -> int | None:
    """The year written right before the three terms of a sector ratio the number at `start` is one of (三次产业比重由2011年
    1.9:62.1:36调整为2016年…: 2011 for each of 1.9, 62.1 and 36), None when none is written.

    >>> t = "三次产业比重由2011年1.9:62.1:36调整为2016年1.8:59.2:39。"
    >>> _sector_ratio_year(t, t.index("62.1")), _sector_ratio_year(t, t.index("59.2")), _sector_ratio_year("比重为4:37:59", 6)
    (2011, 2016, None)
    >>> t = "三次产业比例由“九五”末的20.8:43.6:35.6调整到2005年的13.7:55:31.3。"
    >>> _sector_ratio_year(t, t.index("43.6")), _sector_ratio_year(t, t.index("55"))
    (2000, 2005)
    """
    for pattern, size, _, _ in _SECTOR_RATIOS:
        for m in pattern.finditer(text, max(0, start - 80), start + 40):
            for first in (1, 1 + size):
                if m.group(first) is not None and m.start(first) <= start < m.end(first + size - 1):
                    year = _YEAR_BEFORE_TRIPLE.search(text, max(0, m.start(first) - 12), m.start(first))
                    if year is None:
                        return None
                    return int(year.group(1)) if year.group(1) else plan_years(year.group("plan"))[1]
    return None


def _matches_holding(pattern: re.Pattern, chars: str, text: str, s0: int, s1: int) -> Iterator[re.Match]:
    """`pattern.finditer(text, s0, s1)` for a pattern every match of which holds one of `chars` (the 半 of 一半, the / of
    1/10), none without running it when text[s0:s1] holds none of them.

    Why: a pattern that opens with a lookaround is tried at every character of the sentence, and most sentences hold
    no fraction, half or magnitude at all: a test of a character or two instead of a pass (eight passes a sentence).

    >>> [m.group() for m in _matches_holding(_DOUBLING, "翻", "经济总量翻了一番，", 0, 9)], list(_matches_holding(_DOUBLING, "翻", "翻一番", 1, 3))
    (['翻了一番'], [])
    >>> [m.group() for m in _matches_holding(_DOUBLING, "翻增", "产值实现倍增，实施倍增行动、“双倍增”行动。", 0, 22)]
    ['倍增']
    """
    sentence = text[s0:s1]
    return pattern.finditer(text, s0, s1) if any(c in sentence for c in chars) else iter(())


def _sector_terms(text: str, s0: int, s1: int) -> dict[int, tuple[str, str]]:
    """Where each term of a three-sector ratio starts in text[s0:s1], the share it names and the construction.

    >>> _sector_terms("三次产业比重为4.0∶37.7∶58.3，", 0, 24)
    {7: ('第一产业比重', 'sector_ratio'), 11: ('第二产业比重', 'sector_ratio'), 16: ('第三产业比重', 'sector_ratio')}
    >>> sorted(_sector_terms("三次产业结构由14:60:26调整为12:56:32。", 0, 40).values())[:2]
    [('第一产业比重', 'sector_ratio'), ('第一产业比重', 'sector_ratio_from')]
    >>> sorted(_sector_terms("二、三产业比例由43.2:56.8调整为30:70，", 0, 28).values())  # (sector_pair)
    [('第三产业比重', 'sector_ratio'), ('第三产业比重', 'sector_ratio_from'), ('第二产业比重', 'sector_ratio'), ('第二产业比重', 'sector_ratio_from')]
    """
    terms = {}
    for pattern, size, sectors, held in _SECTOR_RATIOS:
        for m in _matches_holding(pattern, held, text, s0, s1):  # 三次产业, 一二三产业, 二、三产业
            paired = m.group(size + 1) is not None
            for k in range(1, 2 * size + 1 if paired else size + 1):
                terms[m.start(k)] = (sectors[(k - 1) % size], "sector_ratio_from" if paired and k <= size else "sector_ratio")
    return terms


_POINTS_WRITTEN_LAST = re.compile(r"(?:[、和及与][\d.]+个)*[、和及与][\d.]+(个百分点)")


def _unit_at(text: str, s0: int, start: int, end: int) -> Unit:
    """The unit written at `end`, after the number at `start` of the sentence at `s0`: a unit whose
    character begins the noun counts the things (900多万个体工商户, 6部门: gold D6), and a bare
    multiplier counts people or things (`_bare_counted`)."""
    unit = read_unit(text, end)
    if unit.text == "个" and (last := _POINTS_WRITTEN_LAST.match(text, end + 1)):
        # 分别提高3个和12个百分点: the unit written once at the end is every number's (points_written_last)
        return dataclasses.replace(read_unit(last.group(1), 0), length=unit.length)
    if unit.base and text.startswith(subjects.role_words("unit_starts_noun"), end + unit.length - len(unit.base)):
        unit = _things(unit)
    elif unit.kind == "none" and (
        (_PLACES_COUNTED.match(text, end) and _WHOLE_NUMBER.fullmatch(text, start, end))
        # “三甲”医院覆盖七地（市）: the bracketed kinds are counted in characters too (session 51, development gold)
        or (_PLACES_BRACKETED.match(text, end) and _CN_PLACES_NUMBER.fullmatch(text, start, end))
    ):
        # 全市7县（市、区）脱贫摘帽, 全市5县区均实现增长: places counted with no measure word, unit 个 (gold D6; session 43 and
        # 44 probes: no row) (construction places_counted_bare)
        unit = _things(read_unit("个", 0))
        unit = dataclasses.replace(unit, length=0)
    per = _PER_HEAD_BEFORE.search(text, max(s0, start - 6), start)
    if per and unit.kind == "count":
        # 食品抽检量超每千人6.6批次: a rate per thousand people, the unit written with its basis (per_head_unit)
        return dataclasses.replace(unit, text=f"{unit.text}/{per.group(1)}{per.group(2)[:1]}")
    return _bare_counted(text, s0, start, end, unit)


@functools.lru_cache(maxsize=1)
def _numeral_terms() -> re.Pattern | None:
    """Terms and names written with a numeral that is no quantity (lexicon role not_a_figure: 二元结构, 新36条)."""
    words = subjects.role_words("not_a_figure")
    return re.compile("|".join(map(re.escape, words))) if words else None


# 7县（市、区）, 5县区: places counted right after the number, not 县城, 县域, 区域, 村级… (places_counted_bare)
_PLACES_COUNTED = re.compile(
    rf"(?:{_BRACKETED_KINDS}|县（区）|县市区|县区|区县|市县|乡镇|镇街|县|区|镇|乡|村)"
    r"(?![城域级属委民庄情镇乡街\d]|市场|市民)"  # (3区5园: a digit after names a layout or a name, no count)
)
_WHOLE_NUMBER = re.compile(r"[1-9]\d{0,2}")
# 七地（市）, 十四县（市、区）: places counted by a kind written with its bracket, a numeral in characters before it
_PLACES_BRACKETED = re.compile(_BRACKETED_KINDS)
_CN_PLACES_NUMBER = re.compile(r"[一二两三四五六七八九十]{1,3}")
_CN_DIGIT = re.compile("[零一二两三四五六七八九]")
_TENTHS_AFTER = re.compile(r"成([，,。；;、]|以上|左右|多|$)")
_TO_ONE = re.compile(r"[:：]1(?!\d)")
# 3人制篮球场: a format, a name; 2023首届…大会: a year before the first session (session 44 probe)
_DATE_OR_LABEL_AFTER = re.compile(r"年(?!均)|月|日|号|届|版|期|级|代|周年|型|人制|首届")
_COUNT_IN_NAME = re.compile(r"[^，,；;。、的\d]{1,12}的\d")
_SESSION_BEFORE = re.compile(r"(届|连续)$")
# 举办2届…、3届…: sessions held, the verb shared by a later item of its list (construction sessions_held)
_HELD_BEFORE = re.compile(r"(?:举办|召开|承办|办好)(?:[\d两二三四五六七八九十]+届[^，,；;。、\d]{1,12}、)*$")
_LATIN = re.compile(r"[A-Za-z]")
_NONE_BEFORE = re.compile(r"(?:没有|未|无)(?:出现|发生)?(?:过)?$")  # 没有出现1例, 未发生1起: none (none_of)
_LIST_NUMBER_MARK = re.compile(r"[、.．]")
_LEVIED = re.compile(r"征收([^，,；;。、]{2,16})")
_SHORT_CLAUSE_REST = re.compile(r"[^，,；;。]{2,12}")


def _tokens(text: str, s0: int, s1: int) -> list[_Token]:
    """Numbers in sentence text[s0:s1] that are figures, with their units."""
    out: list[_Token] = []
    sector_terms = _sector_terms(text, s0, s1)
    term_spans = [m.span() for m in _numeral_terms().finditer(text, s0, s1)] if _numeral_terms() else []
    # where the last composite numeral ended (its digits are read), or the quorum's words (session_attendance)
    taken = max(s0, text.find(_QUORUM, s0, s1))
    for m in _NUM.finditer(text, s0, s1):
        start, end = m.start(), m.end()
        if start < taken:
            continue
        if composite := _composite(text, s0, start):
            out.append(composite)
            taken = composite.end
            continue
        before = text[max(s0, start - 4) : start]
        adopted = None
        if any(a <= start < b for a, b in term_spans):
            continue  # 城乡二元结构, 民间投资新36条: a term or a document's name with a numeral in it (not_a_figure)
        if m.group("cnrank"):
            before_rank = text[max(s0, start - 20) : start]
            among_first = before_rank.endswith("前") and _RANK_WITHOUT_DI.search(before_rank.removesuffix("前"))
            if not (_RANK_BEFORE.search(before_rank) or among_first):  # 保持全国前两位 (ranks_without_di)
                continue  # 第一 as an ordinal (第一批, 第一次) is not a figure
            if (value := numeral_or_none(m.group(0))) is None:
                continue  # 第三三: characters of numerals that make no numeral
            high = None
        elif m.group("cncount") or m.group("cnamount"):
            if _in_short_quote(text, start, end):
                continue
            # 两批 is 2; a bare 千 or 万 before 亿元 is one thousand or ten thousand of it
            if (value := numeral_or_none(m.group(0) if m.group("cncount") else "一" + m.group(0))) is None:
                continue
            high = None
            measures = _MEASURES_ADOPTED.match(text, end) if m.group("cncount") else None
            if measures:
                # 推出进一步扩大内需、促进经济增长的十项措施 (construction measures_adopted): the measures are named by
                # the words between the verb that adopts them and the number, and the noun (gold S3)
                clause = text[_clause_start(text, s0, start) : start]
                verb = max((clause.rfind(v) + len(v) for v in subjects.role_words("adopting_verb") if v in clause), default=0)
                modifier = clause[verb:].replace("“", "").replace("”", "")
                adopted = (modifier + measures.group(1), "measures_adopted")
            if (
                m.group("cncount")
                and text[end : end + 1] in "家所座条"
                and _names_its_list(text[max(s0, start - 40) : start], value)
            ):
                continue  # 大运河、长城、西山永定河三条文化带: the length of the list just named
        elif m.group("cn") or m.group("cnmove"):
            g = "cn" if m.group("cn") else "cnmove"
            if not _CN_DIGIT.search(m.group(g)) or _in_short_quote(text, start, m.end(g)):
                continue  # 超百亿元 is a size class, “三人排查组” a name
            if (value := numeral_or_none(m.group(g))) is None:
                continue
            high = None
            end = m.end(g)
        else:
            value = parse_number(m.group("low"))
            high = parse_number(m.group("high")) if m.group("high") else None
            if high is not None and high <= value:
                high = None  # 2016—2019 (years) or 1-1 are not ranges; keep the first number only
            if high is None:
                end = m.end("low")
            if start > s0 and high is None and _MINUS_BEFORE.match(text, start - 1, start):
                # 人口自然增长率为-2.1‰: a minus sign after a copula or a mark, not the dash of a range (6%－6.5%), is the
                # number's own (construction minus_sign); the span takes it, so the number reads as written
                start, value = start - 1, -value
        tenths = text[end : end + 1] == "成" and (not m.group("low") or _TENTHS_AFTER.match(text[end : end + 3]))
        unit = _TENTHS if tenths else _unit_at(text, s0, start, end)
        if (
            m.group("low")
            and unit.kind == "none"
            and text[end : end + 1] == "年"
            and (
                "." in m.group("low")
                or _FROM_YEARS.search(text, max(s0, start - 16), start)
                or _YEARS_MEASURED.search(text, max(s0, start - 10), start)
            )
        ):
            # 平均受教育年限达10.23年: a decimal before 年 is a duration, never a date; so is the Y of 从13.5年提高到14年,
            # and a whole number after a quantity counted in years (15岁以上人口平均受教育年限达到9年以上: years_measured)
            unit = _YEARS
        if unit.kind == "none" and _RETURN_PERIOD_PAIRED.match(text, end):
            unit = _RETURN_PERIOD
        ratio = _TO_ONE.match(text[end : end + 3])
        if start in sector_terms:
            unit = _RATIO  # 三次产业比重为4.0∶37.7∶58.3: shares written without a unit
        if (
            unit.kind == "none"
            and m.group("low")
            and text[end : end + 1] != "年"
            and _RATIO_BEFORE.search(text[max(s0, start - 16) : start])
        ):
            # 城乡居民收入比降至2.2, 收入比从2.50:1缩小至2.27:1: a ratio, written without a unit
            unit = dataclasses.replace(_RATIO, length=ratio.end() if ratio else 0)
        lead = text[max(s0, start - 20) : start]  # the words a rank or a move in a ranking is read from
        # (a second rank after 、 may name a long ranking: …第40位、全国县域经济和社会综合发展百强县第67位, session 44 probe)
        rank = bool(_RANK_BEFORE.search(text, max(s0, start - 30), start)) or bool(
            (
                (unit.base in ("位", "名") and _rank_place_after().match(text, end))
                or (unit.kind == "none" and lead.endswith("前") and _FIRST_N_END.match(text, end))
            )
            and _RANK_WITHOUT_DI.search(lead.removesuffix("前"))
        )
        if not rank and unit.base in ("位", "名") and _RANK_FROM_LEAD.search(lead) and _RANK_MOVE_AHEAD.match(text, end + 1):
            rank = True  # 考核由全省76位上升至57位: the start of a move between places, written without 第 (rank_from_without_di)
        if rank and lead.endswith("第") and unit.base in _ORDINAL_OF_EVENTS:
            continue  # 做好全国第三次古树名木资源普查: after 全国 too, the ordinal of an event or batch (ordinal_of_event)
        if not rank and unit.base in ("位", "名") and out and out[-1].rank and _RANK_TO_END.fullmatch(text, out[-1].end, start):
            rank = True  # 排名由41位上升到37位: the end of a from-to whose start is a rank without 第 (ranks_without_di)
        if not rank and unit.base == "位" and out and out[-1].rank and _ranks_listed_next(text, out[-1].end, start):
            rank = True  # 第25位、36位: the next rank of a list (ranks_listed_without_di)
        moved_too = bool(out) and out[-1].unit.kind == "places" and _MOVE_AFTER_MOVE.match(text, out[-1].end, start)
        # 在全省提升3个位次: 位次 itself names places in a ranking, so a verb of moving right before is enough (places_moved,
        # session 48 probe of 2023 city reports: it was a count of 3 个位次)
        places_moved = unit.base in ("位次", "个位次") and _MOVE_VERB_END.search(lead)
        if unit.base in ("位", "名", "位次", "个位次") and (_RANK_MOVED.search(lead) or moved_too or places_moved):
            # 排名较上年提升2位, 排名跃升7个位次: places moved, no rank and no count of persons (rank_moved); the unit is 位
            # however the places are written (docs/figures.md rank_change; session 59 probes: 个位次 was kept)
            rank, unit = False, dataclasses.replace(unit, unit_std=None, kind="places", text="位")
        if unit.kind == "count" and value == 1 and _NONE_BEFORE.search(text[max(s0, start - 6) : start]):
            continue  # 全年没有出现1例安全生产死亡事故: not one, no count of one (none_of, session 43 probe)
        if rank and unit.base in ("个", "家"):
            # 成为全省第4个吞吐量超千万人次的机场, 成为全市第5家国家级开发区: the fourth such airport, an ordinal, no rank
            continue
        if unit.kind == "count" and not rank and _RANKED_AMONG.match(text, end + unit.length) and _RANK_VERB_END.search(before):
            continue  # 增速居9个国家中心城市首位: the group ranked among, no figure (rank_group)
        if (
            unit.kind == "count"
            and not rank
            and _group_of_field().match(text, end + unit.length)
            and _FIELD_OPENED.search(text, max(s0, start - 24), start)
        ):
            continue  # 在9个市县中增速排名第一: a counted group of areas written with 在…中 is the field ranked among (group_of_field)
        if unit.kind == "count" and not rank and _area_group_ranked().match(text, end + unit.length):
            continue  # 增速13个地市第2: a counted group of areas right before 第 is the group ranked among (group_ranked)
        if rank and unit.kind == "count":
            # 居全国第3位: 位 closes the rank, it is no count of persons
            unit = dataclasses.replace(unit, text="", base=None, unit_std=None, kind="none")
        after_num = text[end : end + 6]
        if _VISA_FREE_AFTER.match(after_num):
            continue  # 240小时过境免签政策: the name of a visa-free transit scheme, no duration measured (scheme_name_hours)
        if unit.kind == "none" and not rank and _NOT_AFTER.match(after_num):
            continue
        if _PROGRAMME_NUMBER.match(after_num):
            continue  # 实施3635人才计划: a programme named by its number (programme_number_name, session 42 probe)
        # 分两期投放, 培训班超10期: in N tranches, or a count of sessions after a qualifier, no phase label (一期工程)
        in_rounds = text[start - 1 : start] in ("分", "超", "近", "约", "共", "逾") and after_num.startswith(("期", "轮"))
        # 成功举办2届亚欧博览会, 连续举办两届产业转移对接活动: sessions after a verb of holding are counted (sessions_held), no
        # ordinal (十四届全国人大)
        in_rounds = in_rounds or (after_num.startswith("届") and bool(_HELD_BEFORE.search(text, max(s0, start - 24), start)))
        if unit.kind in ("count", "bare", "none") and _DATE_OR_LABEL_AFTER.match(after_num) and not in_rounds:
            continue
        if unit.kind in ("physical", "money") and text[end + unit.length : end + unit.length + 1] == "级":
            continue  # 30万吨级条帚门航道, 5亿美元级突破: a size class of the thing named, no figure (C8)
        if unit.kind == "money" and _BOUND_OF_COUNTED.match(text, _clause_start(text, s0, start), start):
            # 191家工业企业营业收入超百亿元, 95%以上的村集体经营性收入超过10万元, 首个经济总量超过3万亿元的城市: the amount
            # the things counted (or the first of them) exceed is the bound of their class, no figure (bound_of_counted)
            continue
        if _class_label(text, start, end + unit.length, unit):
            continue  # 占比超过10%的有44种, 所得额100万元至300万元部分, 1小时通达: a class bound or a label of reach
        if unit.base == "类" and _COUNT_OF_CLASSES.match(text, end + unit.length):
            continue  # 12类45件民生实事: the classes the things counted are grouped in, a layout of the count (classes_of_count)
        if unit.base == "类" and _graded_things_counted(text, start, end + unit.length, s1):
            # 获批1类新药5个: a grade of the things the number after counts, no count of kinds (class_grade, session 52
            # probe set)
            continue
        if unit.base == "类" and _COUNT_BEFORE_CLASS.search(text, max(s0, start - 6), start):
            continue  # 2个1类创新药: a class right after a count names the kind of the things counted (class_after_count)
        if unit.kind == "count" and _COUNT_IN_NAME.match(text[end + unit.length : end + unit.length + 16]):
            continue  # 纳入国家102项重大工程的285个计划新开工项目: a count inside the name of the things counted (gold S3)
        # a capacity bounds a class of machines too (30万千瓦以下煤电机组); an area or a length after 以上 sums (100万亩以上高标准农田)
        # 年运量150万吨以上的物流园区: a physical amount bounds a class only with 的 (class_bound_de)
        bound_with_de = (
            unit.kind == "physical" and (b := _CLASS_BOUND.match(text, end + unit.length)) and b.group().endswith("的")
        )
        # (新培育30户以上智能工厂: 户 counting the firms named after 以上 is a count, not a class of them; firms_over_count)
        households = unit.base == "户" and not _FIRMS_AFTER_BOUND.match(text, end + unit.length)
        # 淘汰4.3米以下焦炉: a physical size with 以下 bounds a class of the things after it; no amount sums below a bound
        # (class_below, session 42 probe)
        below = unit.kind == "physical" and text.startswith("以下", end + unit.length)
        if (unit.kind == "money" or unit.unit_std == "kW" or households or bound_with_de or below) and _size_class_after(
            text, end + unit.length
        ):
            # 投资10亿元以上制造业重点项目, 经营性收入50万元以上的行政村, 50户以上木质房屋连片村寨: a class of the things named
            continue
        if unit.kind == "money" and _SIZE_LABEL_NOUN.match(text, end + unit.length):
            continue  # 成为玉林首个300亿元园区: an amount naming the size of a park or cluster is a label (size_label)
        if (
            unit.kind == "money"
            and _COUNT_THEN_BOUND.search(text, max(s0, start - 8), start)
            and _BOUND_CLOSES.match(text, end + unit.length)
        ):
            continue  # 签约项目38个，其中2个过20亿元: the bound of the class a count just counted (class_after_count_bound)
        if unit.kind == "money" and _BOUND_THEN_COUNT.match(text, end + unit.length):
            continue  # 其中产值10亿元以上8家: the amount bounds the class of things the count then counts (size_class_of_count)
        if unit.kind == "money" and _size_class_counted(text, end + unit.length):
            continue  # 新增40亿元企业1家、20亿元企业2家: an amount before the things a count then counts is their size class
        if _INCOME_BAND.match(text, end) or (text[start - 1 : start] in ("至", "到") and _BAND_END.match(text, end)):
            continue  # 家庭年可支配收入20万至60万群体: the bounds of a band that names a group (income_band), no figures
        if (
            unit.kind == "money"
            and (
                _OVER_BEFORE.search(text, max(s0, start - 3), start) or _OVER_OTHER_BOUND.search(text, max(s0, start - 16), start)
            )
            and _over_class_after(text, end + unit.length)
        ):
            continue  # 产值超100亿元后备企业, 投资超50亿元乃至100亿元项目: 超 and an amount bound the things named after it
        # (20万人口以上的县: 人口 as 人, the population bounding a class of counties)
        people_of = end + unit.length + (unit.base == "人" and text.startswith("口", end + unit.length))
        # 海拔5000米以上乡镇: an altitude bounds a class of settlements as a population does (altitude_class)
        bound = _CLASS_BOUND.match(text, people_of) if unit.base in ("户", "人") or unit.unit_std == "m" else None
        if bound and text.startswith(subjects.role_words("settlement"), bound.end()):
            continue  # 20户以上的自然村实现百兆光网全覆盖: households bound a class of villages, no figure (settlement_class)
            # (特殊教育学校覆盖20万人口以上的县: a population bounds a class of counties; lexicon settlement 县)
        if any(p.match(text[end : end + 12]) for p in _AHEAD_PATTERNS):
            continue  # 1000千伏输电线路, 50米内换乘比例: a specification in a name; 13项任务举措：一是… a list's length
        if unit.base == "次" and (re.match(_SESSION, after_num) or _SESSION_BEFORE.search(before)):
            continue  # 十二届八次全会, 三次产业, 连续10次获评: an ordinal session, the sectors, a streak
        if before.endswith("在") and unit.kind == "count" and _FIELD_COUNT_AHEAD.match(text, end + unit.length):
            continue  # 在10个工业大省中增速第一: the number of the field a rank is among, no figure (rank_in_field)
        if before.endswith("连续") and (unit.unit_std == "months" or (unit.base == "个" and after_num.startswith("个季度"))):
            continue  # 制造业贷款连续24个月保持15%以上增长: a streak of months, no figure (streak_is_no_figure)
        if unit.unit_std == "months" and text.startswith("单月", end + unit.length):
            continue  # 基础设施投资8个月单月增长10%以上: the months in which each month's figure held, no figure (session 45)
        if _NOT_BEFORE.search(before) and not rank and not (_ABBREVIATION_BEFORE.search(before) and unit.kind == "money"):
            continue  # (实现GDP2917.85亿元: an amount of the indicator abbreviated right before it; session 46 probe)
        if text[end : end + 1] == "+" and not text[end + 1 : end + 2].isdigit():
            continue  # 5+N
        if _LATIN.match(text[end + unit.length : end + unit.length + 1] or " ") and unit.kind == "none":
            continue
        if text[end : end + 1] == "/" and text[end + 1 : end + 2].isdigit():
            continue  # a fraction such as 1/10
        spans = unit.unit_std in ("hours", "minutes", "days", "workdays", "months")
        if (unit.kind in ("none", "count") or spans) and _in_short_quote(text, start, end):
            # “21条”, “3个100”, “退役军人最期盼的10件事”: a count inside a short quote names a policy; so does a span of
            # time (“三个14天”防控策略, “2小时重庆”交通圈, “15分钟”生活圈: session 45 probe)
            continue
        line_start = start == s0 or text[start - 1] in "\n "
        if unit.kind == "none" and _LIST_NUMBER_MARK.match(after_num) and line_start:
            continue  # list numbering "1." / "1、"
        if line_start and _NUMBERED_YEAR.fullmatch(text[start:end]) and text[end : end + 1] == "年":
            continue  # 20.2026年10件民生实事: an item number, then a year (numbered_year)
        if unit.kind == "percent" and before.endswith("前"):
            continue  # 进入ESI全球学科排名前1%: the top N percent names a class of a ranking, no figure (top_share_class)
        # (超2000亿，: a number with a multiplier is an amount, never a year; amount_without_currency)
        is_year = high is None and unit.kind in ("none", "bare") and 1900 <= value <= 2100 and "." not in m.group(0)
        is_year = is_year and unit.text not in ("万", "亿", "万亿")
        if is_year and not rank:
            continue
        named = sector_terms.get(start, adopted)
        if not named and unit.text in ("项", "条") and (kind := _MEASURES_AFTER_COUNT.match(text, end + unit.length)):
            named = _measures_named_before(text[_clause_start(text, s0, start) : start], kind.group(0))
        if not named and unit.base == "人" and text.startswith("口", end + unit.length):
            # 13亿人口的发展中国家, 覆盖农村5亿人口 (construction population_count): 人口 is the noun counted,
            # with the side of the country written right before the number
            side = next((w for w in subjects.role_words("urban_rural_side") if before.endswith(w)), "")
            named = (side + "人口", "population_count")
        out.append(_Token(start, end, value, high, unit, end + unit.length, rank, named))
    for m in _matches_holding(_magnitude_noun(), "亿千", text, s0, s1):
        value, unit_at = (Decimal(1), m.start(1)) if m.group(1) == "亿" else (Decimal(1000), m.end(1))
        unit = _unit_at(text, s0, m.start(1), unit_at)
        if unit.kind == "bare":  # 上亿市场主体承载着…: the noun the pattern found decides, not the clause's end
            unit = _persons(unit) if m.group(2) == "人" or m.group(2) in subjects.people_words() else _things(unit)
        if unit.kind == "count":
            noun = text[m.end() : m.end(2)].lstrip("万")  # 上亿市场主体承载着…: the noun the pattern found
            named = (noun, "magnitude_before_noun") if len(noun) >= 2 else None
            out.append(_Token(m.start(1), m.end(1), value, None, unit, unit_at + unit.length, False, named))
    read = {tok.start for tok in out}
    for m in _matches_holding(_MAGNITUDE_WITH_UNIT, "千百", text, s0, s1):
        g = m.lastindex  # the magnitude's group of the alternative that matched
        if m.start(g) not in read:  # 近千万人 is read with the people it counts (magnitude_before_noun)
            unit = _unit_at(text, s0, m.start(g), m.end(g))
            out.append(_Token(m.start(g), m.end(g), Decimal(_MAGNITUDES[m.group(g)]), None, unit, m.end(g) + unit.length))
    for m in _matches_holding(_TEN_THOUSAND, "万", text, s0, s1):
        # (the magnitude is the value, the measure word the unit, as 超千列 and 超万亿元 are: convention 6)
        unit = _unit_at(text, s0, m.start(), m.end())
        if unit.kind == "count" and m.start() not in read:
            out.append(_Token(m.start(), m.end(), Decimal(10000), None, unit, m.end() + unit.length, False))
    for m in _matches_holding(_MAGNITUDE_AFTER_VERB, "百千万", text, s0, s1):
        # 实施千项合作项目, 带动万名青年入乡发展 (construction magnitude_after_verb): a bare 百, 千 or 万 right after a
        # verb of action and before a measure word counts what follows; not a name (千家企业节能行动, 千家万户)
        # (千余家优质企业融入…: with 余 or 多 it is a quantity wherever it stands: magnitude_more)
        more = text[m.end() : m.end() + 1] in ("余", "多")
        if not more and not text[s0 : m.start()].endswith(subjects.role_words("action", "lead_verb", min_length=2)):
            continue
        if text.startswith(subjects.role_words("number_idiom"), m.start()):
            continue  # 惠及千家万户: an idiom of every household, no count (lexicon role number_idiom)
        value, unit_at = (Decimal(1), m.start()) if m.group() == "万" else (Decimal(_MAGNITUDES[m.group()]), m.end())
        unit = _unit_at(text, s0, m.start(), unit_at)
        if unit.kind == "count":
            out.append(_Token(m.start(), m.end(), value, None, unit, unit_at + unit.length, False))
    for m in _matches_holding(_MEDAL_TALLY, "金银铜", text, s0, s1):
        # 贡献9金、5银、6铜 (construction medal_tally): medals counted by their metal, no measure word (D6: unit 个, the
        # subject the metal as written)
        out = [tok for tok in out if tok.start != m.start(1) or tok.unit.kind != "none"]  # 9 read without a unit
        if m.start(1) not in {tok.start for tok in out}:
            medal = (m.group(2), "medal_tally")
            out.append(_Token(m.start(1), m.end(1), Decimal(m.group(1)), None, _MEDAL_UNIT, m.end(2), False, medal))
    for m in _matches_holding(_LISTED_COUNT, "个", text, s0, s1):
        # 安阳、商丘、信阳、三门峡四个端点城市 (construction count_of_listed): a Chinese numeral of three or more before 个
        # that counts the items of the 、 list right before it is a count of them; not a quoted count naming a policy
        # (大气、水、土壤污染防治三个“十条”), and not two (土地、信贷两个闸门, 国际、国内两个大局: pairs named as slogans)
        items = _LISTED_ITEMS.search(text, s0, m.start())
        if items and items.end() == m.start() and items.group().count("、") + 1 == int(parse_number(m.group(1))):
            unit = _unit_at(text, s0, m.start(1), m.end(1))
            if unit.kind == "count":
                out.append(_Token(m.start(1), m.end(1), parse_number(m.group(1)), None, unit, m.end(1) + unit.length))
    # 政策再延长三年，: a policy's term extended, in years (construction term_extended; a number inside a
    # scheme's name, 再延长30年整县试点, is no figure: the clause must end after 年)
    for m in _TERM_EXTENDED.finditer(text, s0, s1):
        out.append(_Token(m.start(), m.end(), parse_number(m.group()), None, _YEARS, m.end() + 1))
    # 约占规上工业总产值的一半, 减少一半以上: half is 50 %; 三分之一 is 33.33 %.
    for m in _matches_holding(_HALF, "半", text, s0, s1):
        g = 1 if m.group(1) else 2
        # 减半征收小排量汽车购置税: the tax levied at half is named after 征收 (construction levied_at_half)
        levied = _LEVIED.match(text[m.end(g) : s1]) if g == 2 else None
        named = (levied.group(1), "levied_at_half") if levied else None
        if g == 1 and (half_of := _HALF_OF_AMOUNT.search(text, s0, m.start(1))) and half_of.end() == m.start(1):
            # 人均财政补助标准再增加40元，一半用于大病保险 (construction half_of_amount, gold S2 with S5): half of
            # the amount just stated, named by that clause without its number and adverb, and the predicate
            rest = _SHORT_CLAUSE_REST.match(text[m.end(1) : s1])
            whole = half_of.group("whole").removeprefix("再")
            if rest and len(whole) >= 2:
                named = (half_of.group("owner") + whole + rest.group(0), "half_of_amount")
        out.append(_Token(m.start(g), m.end(g), Decimal(50), None, read_unit("%", 0), m.end(), False, named))
    for m in _matches_holding(_FRACTION, "之", text, s0, s1):
        part, whole = numeral_or_none(m.group(2)), numeral_or_none(m.group(1))
        if part is None or not whole:
            continue  # 四点五三分之一: characters of numerals that make no numeral, or a zero whole
        share = part / whole * 100
        out.append(_Token(m.start(), m.end(), share.quantize(Decimal("0.01")), None, read_unit("%", 0), m.end()))
    for m in _matches_holding(_RATE_IN_WORDS, "之", text, s0, s1):
        rate = m.group(2)
        # 百分之百: a numeral opening with 百 says one hundred (as 千亿元 is 一千亿元), not a numeral cn2an reads
        if (value := numeral_or_none("一" + rate if rate.startswith("百") else rate)) is None:
            continue  # 百分之百百: characters of numerals that make no numeral
        out.append(_Token(m.start(), m.end(), value, None, read_unit(_RATE_UNITS[m.group(1)], 0), m.end()))
    for m in _matches_holding(_SLASH_FRACTION, "/", text, s0, s1):
        share = Decimal(m.group(1)) / Decimal(m.group(2)) * 100
        if share < 100:
            out.append(_Token(m.start(), m.end(), share.quantize(Decimal("0.01")).normalize(), None, read_unit("%", 0), m.end()))
    # 国内生产总值比2010年翻一番: a doubling is a multiple of 2 (翻两番: 4, 翻三番: 8)
    for m in _matches_holding(_DOUBLING, "翻增", text, s0, s1):
        alone = text[m.start() - 1 : m.start()] in '“"' and text[m.end() : m.end() + 1] in '”"'
        # 实现“双翻番”: two doublings at once, quoted, of the two figures before (double_doubling, session 51, development gold)
        alone = alone or (text[m.start() - 2 : m.start()] in ("“双", '"双') and text[m.end() : m.end() + 1] in '”"')
        if _in_short_quote(text, m.start(), m.end()) and not alone:
            # 提前实现“两个翻番”目标: the name of a target, not a doubling (the doublings follow it); a doubling quoted alone is
            # one, stressed (比2020年“翻一番”: quoted_doubling, session 48 probe of plan outlines: no row)
            continue
        if text[m.start() - 1 : m.start()] == "个":
            continue  # 实现三个跨越，五个翻番: how many doublings the sentences after state, a layout (C5), no doubling
        times = Decimal(2 ** _DOUBLINGS.get(m.group(1) or "", 1))
        out.append(_Token(m.start(), m.end(), times, None, read_unit("倍", 0), m.end()))
    out.sort(key=lambda t: t.start)
    # A list such as "9.3、0.6个百分点" or "1、2号": the unit of the last number is shared.
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.unit.kind == "none" and not a.rank and _LIST_SEP.match(text[a.end : b.start]) and b.unit.kind != "none":
            a.unit = b.unit
            a.after = a.end
        elif a.unit.kind == "bare" and _LIST_SEP.match(text[a.after : b.start]) and b.unit.text == a.unit.text + "人":
            a.unit = b.unit  # 参保人数分别增加1753万和2028万: the people the last number counts
        elif a.unit.kind == "bare" and _bare_before_its_unit(a, b, text):
            a.unit = b.unit  # 分别净减少10.6万、3.8万、3.3万平方公里: the last number's whole unit
    return [t for t in out if t.unit.kind != "none" or t.rank]


# 1万6千多户, 2万5千公里, 1亿3千多万: a number with a second multiplier inside it (composite_numeral)
_COMPOSITE = re.compile(r"(\d{1,4})(万|亿)([1-9])千(?=(多|余)?(万)?)")


def _composite(text: str, s0: int, start: int) -> _Token | None:
    """A composite numeral at `start` as one token in its first multiplier (construction
    composite_numeral): 1万6千多户 is 1.6万户 (more than), 1亿3千多万 is 1.3亿 (its 千万 is a tenth of
    亿), 2万5千公里 is 2.5万公里. The number as written runs to 千; the unit reads on after it.

    >>> t = _composite("日均新设企业由5千多户增加到1万6千多户。", 0, 14); (t.value, t.unit.text, t.unit.more, t.after)
    (Decimal('1.6'), '万户', True, 20)
    >>> _composite("1亿3千多万。", 0, 0).unit.text, _composite("8300万", 0, 0)
    ('亿', None)
    """
    m = _COMPOSITE.match(text, start)
    if not m or (m.group(2) == "亿") != bool(m.group(5)):
        return None  # 1亿3千 needs its 万 (3千万); 1万6千万 is no composite
    rest = m.end() + len(m.group(4) or "") + len(m.group(5) or "")  # after 千, 多 and the 万 of 千万
    written = read_unit(m.group(2) + text[rest : rest + 8], 0)
    unit = dataclasses.replace(written, more=bool(m.group(4)), length=rest - m.end() + written.length - 1)
    unit = _bare_counted(text, s0, start, m.end(), unit)
    value = Decimal(m.group(1)) + Decimal(m.group(3)) / 10
    return _Token(start, m.end(), value, None, unit, m.end() + unit.length)


def _persons(unit: Unit, base: str = "人") -> Unit:
    """The unit of people counted after a bare multiplier: 6434万农村人口 -> 万人 (gold D6); person-times
    when the subject counts them (出境旅游人次由8300万: 万人次)."""
    std = unit_table()[base][0]
    return dataclasses.replace(unit, text=unit.text + base, base=base, unit_std=std, kind="count")


_TOTAL_ONLY = re.compile(r"\s*(总计|合计|共计)(达到|达|为)?(约|近|超过|超)?")
_CHANGE_ONLY = re.compile(
    r"\s*(比|较)(上年|去年|上年末|去年末|上年底|去年底)(末|底)?(净)?(增加|减少|增长|下降|净增|净减)(了)?(约|近|超过|超)?"
)
# 出境旅游人次, 参保人数: a subject that names person-times or a number of people, before its number
_PEOPLE_COUNTED = re.compile(r"人(次|数)(?=[^，,；;。]{0,16}$)")


def _things(unit: Unit) -> Unit:
    """The unit of things counted without a measure word (个, with the multiplier and 多 as written),
    leaving the noun after the multiplier whole: 900多万个体工商户 -> 万个 + 个体工商户 (gold D6).

    >>> u = _things(read_unit("900多万个体工商户", 3)); (u.text, u.kind, u.length, u.more)
    ('万个', 'count', 2, True)
    """
    std, kind = unit_table()["个"]
    mult = unit.text[: len(unit.text) - len(unit.base or "")]
    return Unit(mult + "个", unit.multiplier, "个", std, kind, unit.more, unit.length - len(unit.base or ""))


_CLASS_BOUND = re.compile(r"及?(以上|以下)的?(?=[\u4e00-\u9fff])")  # 10万千瓦及以下燃煤机组: 及 too
# 以上 and the firms counted: 30户以上智能工厂 counts factories (firms_over_count), 50户以上木质房屋连片村寨 bounds villages
_FIRMS_AFTER_BOUND = re.compile(r"以上[\u4e00-\u9fff“”\"]{0,10}?(?:企业|工厂|公司|经营主体)(?=[，,。；;、）)]|$)")
# 40亿元企业1家: a short noun and a count right after an amount (size_class_counted)
_LABEL_THEN_COUNT = re.compile(r"([\u4e00-\u9fff]{1,6}?)\d+(?:\.\d+)?[家个项座所户]")


def _size_class_counted(text: str, pos: int) -> bool:
    """Do a short noun and a count of it follow an amount at `pos`, no verb between (新增40亿元企业1家: the amount is the
    things' size class, construction size_class_counted; 安排资金5亿元支持企业30家 spends it)?

    >>> _size_class_counted("40亿元企业1家", 4), _size_class_counted("5亿元支持企业30家", 3)
    (True, False)
    """
    counted = _LABEL_THEN_COUNT.match(text, pos)
    return bool(counted) and not _predicate_at(text, pos) and not _predicate_at(text, counted.start(1), min_length=1)


_SIZE_LABEL_NOUN = re.compile(r"(?:园区|产业园|工业园|产业集群|集群)")
# 20万至60万群体, 10万—50万元家庭: a band of income or size that names a group (income_band)
_BAND_END = re.compile(r"万?元?的?(?:群体|家庭|人群)")
_INCOME_BAND = re.compile(r"万?元?(?:至|到|—|-|－)[\d.]+" + _BAND_END.pattern)


def _size_class_after(text: str, pos: int) -> bool:
    """Does an amount bound a class of the things named right after it (investment of 10亿元以上
    projects, villages with 50万元以上的 income), rather than state a figure (8000亿元以上，; 1000亿元以上
    用于…)?

    >>> _size_class_after("投资10亿元以上制造业重点项目", 6), _size_class_after("铁路投资8000亿元以上，", 10)
    (True, False)
    >>> _size_class_after("实施120个10亿元以上续建项目", 10)
    True
    """
    m = _CLASS_BOUND.match(text, pos)
    if not m:
        return False
    # 实施10亿元以上续建项目: a stage naming a kind of project (续建项目) is the things bounded, no predicate (project_stage_kind)
    return not _predicate_at(text, m.end()) or subjects.opens_project_kind(text, m.end())


def _predicate_at(text: str, pos: int, *more_roles: str, min_length: int = 2) -> bool:
    """Does a verb, a predicate word or a word that makes an amount the clause's figure (lexicon roles action,
    noun_end, predicate_start, predicate_tail, lead_verb, no_class_after, and `more_roles`) start at `pos`? After a
    bound, the things it bounds would stand there instead (`_size_class_after`, `_over_class_after`)."""
    roles = ("action", "noun_end", "predicate_start", "predicate_tail", "lead_verb", "no_class_after", *more_roles)
    return text.startswith(subjects.role_words(*roles, min_length=min_length), pos)


# 过 of a verb of crossing (跨过, 迈过, 冲过, 闯过, 越过) passes a mark, it bounds no class (跨过万亿元大关 is a threshold)
_OVER_BEFORE = re.compile(r"(超过|超|(?<![跨迈冲闯越])过)$")
_OTHER_BOUND = re.compile(r"(?:乃至|至|到|或)[\d.]+[万亿]*(?:美)?元")
# 总投资超30亿元或3亿美元重大项目: the second bound of a class (after 或, 乃至) bounds the same things
_OVER_OTHER_BOUND = re.compile(r"(超过|超|(?<![跨迈冲闯越])过)[\d.]+[万亿]*(?:美)?元(?:或|乃至)$")
# 投资额超30亿元的大项目31个: things after 的 and then their count are the class the amount bounds (over_class)
_CLASS_THEN_COUNT = re.compile(r"的[\u4e00-\u9fff]{1,8}?[\d一二两三四五六七八九十百千]+[个家项座所]")


def _over_class_after(text: str, pos: int) -> bool:
    """After 超 and an amount, do the things it bounds follow at once (construction over_class: 产值超100亿元后备企业,
    投资超50亿元乃至100亿元项目), rather than the clause's end or a predicate (完成投资超85亿元。)? As
    `_size_class_after`, without 以上 but with 超 before the amount; not before money (设立超500亿元区域基金).

    >>> _over_class_after("产值超100亿元后备企业", 9), _over_class_after("完成投资超85亿元。", 9)
    (True, False)
    >>> _over_class_after("设立超500亿元区域基金", 8), _over_class_after("总量超过60万亿元的高基数上", 9)
    (False, False)
    >>> _over_class_after("引进投资额超30亿元的大项目31个", 11)
    True
    """
    if other := _OTHER_BOUND.match(text, pos):
        pos = other.end()
    currency = next((w for w in ("人民币", "美元") if text.startswith(w, pos)), "")
    if currency and not _HAN.match(text, pos + len(currency)):
        return False  # 实际使用外资超过8000亿元人民币，: the currency closes the amount, it bounds no things (probe23 group 9)
    if _CLASS_THEN_COUNT.match(text, pos):
        return True  # 投资额超30亿元的大项目31个: the projects of that size, counted (their count is the figure)
    if re.match(r"[和及、][\d千万百两三四五六七八九十]", text[pos : pos + 2]):
        return False  # 冲过万亿元和千亿美元大关: another amount follows in a list, no things bounded
    noun = re.match(r"[\u4e00-\u9fff]{2,8}", text[pos : pos + 8])
    if not noun or noun.group(0).endswith(subjects.role_words("money_noun")):
        return False  # 设立超500亿元区域基金: the money's own amount (amount_of_noun); 超过60万亿元的高基数: 的, no class
    return not _predicate_at(text, pos, "connective", min_length=1)


# A number that bounds a class or names a reach rather than measuring (construction class_label):
# 占比超过10%的有44种 (the products above 10 %), 所得额100万元至300万元部分 (a tax bracket), 1小时通达,
# “1小时交通圈”, 每天24小时提供服务 (a reach or a service time, not a duration measured)
_SHARE_CLASS = re.compile(r"的有")
_BRACKET = re.compile(r"(?:(?:至|到|—|-)[\d.]+[万亿]?元)?(?:以下|以上)?部分")
# (15分钟高品质生活服务圈, 15分钟健身圈: a circle named by the time to reach it, minutes too)
_REACH = re.compile(r"[”\"]?(?:通达|到达|[\u4e00-\u9fff]{0,8}?圈)")
# 时速350公里的高铁, 时速600公里高速磁浮: a speed that names a class of lines or trains (speed_label); 设计时速350公里。 states it
_CLAUSE_END_AFTER = re.compile(r"[，,；;。、）)]|$")


def _class_label(text: str, start: int, after: int, unit: Unit) -> bool:
    """Is the number a class bound or a label of reach (see _SHARE_CLASS, _BRACKET, _REACH)?

    >>> _class_label("占比超过10%的有44种", 4, 7, read_unit("%", 0))
    True
    >>> _class_label("所得额100万元至300万元部分", 3, 8, read_unit("万元", 0))
    True
    >>> _class_label("基本实现1小时通达", 4, 7, read_unit("小时", 0)), _class_label("全年招商1000万元，", 4, 10, read_unit("万元", 0))
    (True, False)
    >>> _class_label("建成15分钟便民生活圈100个", 2, 6, read_unit("分钟", 0))
    True
    >>> _class_label("建成时速350公里的高铁", 4, 9, read_unit("公里", 0)), _class_label("设计时速350公里。", 4, 9, read_unit("公里", 0))
    (True, False)
    """
    if unit.kind == "percent":
        return bool(_SHARE_CLASS.match(text, after))
    if unit.kind == "money":
        return bool(_BRACKET.match(text, after))
    if unit.unit_std in ("hours", "minutes"):
        return bool(_REACH.match(text, after)) or text[max(0, start - 2) : start] == "每天"
    if unit.unit_std == "km":
        return text[max(0, start - 2) : start] == "时速" and not _CLAUSE_END_AFTER.match(text, after)
    return False


def _bare_before_its_unit(a: _Token, b: _Token, text: str) -> bool:
    """10.6万、3.3万平方公里: a bare multiplier joined by 、/和 to a number with the same multiplier and a unit."""
    return b.unit.kind != "bare" and b.unit.text.startswith(a.unit.text) and bool(_PAIR_SEP.match(text[a.after : b.start]))


# --- classification -----------------------------------------------------------------------------


# 基地两家: an item of a 、 list that ends with its own count in Chinese numerals (list_of_counts)
_COUNTED_ITEM = re.compile(r"[一二两三四五六七八九十百千]+[个家所座条项批名处]$")


def _names_its_list(before: str, value: Decimal) -> bool:
    """Does a count written in Chinese give the length of the 、 list right before it?

    大运河、长城、西山永定河三条文化带: 三 counts the three names just given, not a quantity of the
    region (like a list length a colon announces).

    >>> _names_its_list("世界文化遗产数量全球城市最多，大运河、长城、西山永定河", Decimal(3))
    True
    >>> _names_its_list("新建", Decimal(3))
    False

    An item that is itself counted is a figure of a list of counts, not a name (list_of_counts): in
    新增省级博士后创新实践基地两家、国家级绿色工厂两家 the second 两家 counts the factories.

    >>> _names_its_list("新增省级博士后创新实践基地两家、国家级绿色工厂", Decimal(2))
    False
    """
    items = re.split(r"[，,；;。：:]", before)[-1].split("、")
    return (
        len(items) == value >= 2
        and all(1 < len(x) <= 8 and not re.search(r"\d", x) for x in items[1:])
        and not re.search(r"\d", items[0])
        and not any(_COUNTED_ITEM.search(x) for x in items)
    )


_TIME_BASE = re.compile(r"\d|年|期|前|初|原先|末|底|五|季|月")


# the national censuses by their full or quoted short names (第四次全国经济普查, “四经普”, “七普”) and the year each counted
# (census_dated): a census compared with another dates the change between their years
_CENSUS = re.compile(
    r"第(?P<n>[一二三四五六七])次全国(?P<kind>经济|人口)普查|[“\"](?P<n2>[一二三四五六七])(?P<kind2>经|人)?普[”\"]"
)


@functools.lru_cache(maxsize=1)
def _census_years() -> dict[tuple[str, str], int]:
    """(kind 经济/人口, ordinal) -> the year the census counted (reference/censuses.csv), read once."""
    return {(r["kind"], r["ordinal"]): int(r["year"]) for r in csv_rows(REFERENCE_DIR / "censuses.csv")}


@functools.lru_cache(maxsize=1)
def _congress_years() -> dict[str, int]:
    """Ordinal (十八) -> the year that National Congress of the CPC met (reference/party_congresses.csv), read once."""
    return {r["ordinal"]: int(r["year"]) for r in csv_rows(REFERENCE_DIR / "party_congresses.csv")}


_SINCE_CONGRESS = re.compile(r"(?:党的)?(十[五六七八九]|二十一?)大以来")


def _since_congress(words: str) -> int | None:
    """The year a span that a party congress opens starts (construction since_congress): 党的十八大以来三次亲临青海考察
    counts the visits since 2012.

    >>> _since_congress("党的十八大以来三次亲临"), _since_congress("十八大代表")
    (2012, None)
    """
    m = _SINCE_CONGRESS.search(words)
    return _congress_years().get(m.group(1)) if m else None


_BEFORE_BASE = re.compile(r"(比|较|与|同)$")
# 根据第四次全国经济普查…结果，预计全市地区生产总值…, 综合第五次全国经济普查因素，全市地区生产总值…: a census named as the basis
# the figures are stated on dates nothing (census_as_basis, session 42 probe: the whole sentence was dated the census year)
_CENSUS_AS_BASIS = re.compile(r"(根据|按照|依据|综合|考虑|结合)[^，,；;。]{0,6}$")
# 在第四次全国经济普查核定新的基数之上，全市地区生产总值增长7.5%: the census's new base named after it is the basis too
# (census_as_basis, session 60 probe of a city report: the sentence was dated the census year)
_BASIS_AFTER_CENSUS = re.compile(r"[^，,；;。]{0,12}(?:基数|基础)(?:之上|上)")
# a census that opens a subject dates its figure (census_dated, gold D3): “五经普”二三产业法人单位从业人员 -> 二三产业法人单位从业人员
_CENSUS_OPENING = re.compile(r"^(?:第[一二三四五六七]次全国(?:经济|人口)普查|[一二三四五六七](?:经|人)?普)(?=..)")


def _census_year(m: re.Match) -> int | None:
    kind = "经济" if (m.group("kind") or m.group("kind2") or "人") in ("经济", "经") else "人口"
    return _census_years().get((kind, m.group("n") or m.group("n2")))


def _census_dating(sentence_prefix: str) -> int | None:
    """The year of the census that the sentence's figures are of, the last named that is not a comparison's base
    (construction census_dated): “五经普”二三产业法人单位从业人员比“四经普”增长 gives 2023.

    >>> _census_dating("“五经普”二三产业法人单位从业人员比“四经普”增长"), _census_dating("比“四经普”增长")
    (2023, None)
    >>> _census_dating("完成“五经普”工作，2023年地区生产总值修订为")
    >>> _census_dating("综合第五次全国经济普查因素，全市地区生产总值"), _census_dating("根据第四次全国经济普查结果，预计全市")
    (None, None)
    >>> _census_dating("自第四次全国经济普查以来首次实现进位；规上工业增加值")
    >>> _census_dating("在第四次全国经济普查核定新的基数之上，全市地区生产总值")
    """
    found = [
        m
        for m in _CENSUS.finditer(sentence_prefix)
        if not _BEFORE_BASE.search(sentence_prefix[: m.start()])
        and not _CENSUS_AS_BASIS.search(sentence_prefix[: m.start()])
        and not _BASIS_AFTER_CENSUS.match(sentence_prefix, m.end())
        # 自第四次全国经济普查以来首次实现进位: since the census, when something happened first; it dates no figure after it
        # (census_since, session 47 probe: the clauses after it were dated 2018)
        and not sentence_prefix.startswith("以来", m.end())
    ]
    if found and _DATING_YEAR.search(sentence_prefix, found[-1].end()):
        # 完成“五经普”工作，2023年地区生产总值修订为…，2024年地区生产总值增长…: a year written after the census dates what
        # follows (census_then_year; the census dated the whole sentence)
        return None
    years = [_census_year(m) for m in found]
    return next((y for y in reversed(years) if y), None)


_PLAN_BASE = re.compile(rf"(?:{_PLAN_WORDS}|预期)$")
# 年均增长11.5%，高出“九五”时期年均增长速度0.7个百分点: a gap to the average growth of an earlier plan, which is the gap's base
# (construction gap_to_plan_average, session 68 probe of a 2006 provincial review: the gap was dated 1996-2000 with no base)
_GAP_TO_PLAN_AVERAGE = re.compile(
    rf"(?:高出|高于|快于|低于|慢于)(?P<base>{_PLAN_NAME}(?:时期|期间)?)的?(?:年均|平均)(?:增长速度|增速|增幅|增长率)$"
)


def _clean_base(base: str) -> str | None:
    """The base of a comparison as the gold writes it (CONVENTIONS base_period): 上年, a year, a plan stage.

    >>> _clean_base("上年底"), _clean_base("2015年末"), _clean_base("“十二五”时期"), _clean_base("“十二五”期末")
    ('上年', '2015', '十二五', '十二五期末')
    >>> _clean_base("“十三五”末"), _clean_base("“十三五”同期"), _clean_base("“十三五”末期")
    ('十三五期末', '十三五', '十三五期末')
    >>> _clean_base("工业整体水平"), _clean_base("改革前"), _clean_base("年度计划")
    (None, '改革前', None)
    >>> _clean_base("“十三五”平均增速"), _clean_base("各项贷款平均增速")
    ('十三五', None)
    >>> _clean_base("上年同口径"), _clean_base("2020年可比口径")
    ('上年', '2020')
    """
    if (census := _CENSUS.fullmatch(base.strip())) and (year := _census_year(census)):
        return str(year)  # 比“四经普”增长29.8%: the census's year (census_dated)
    b = indicators.without_basis(base.strip("“”\"' "))  # 比上年实际增长: the base is 上年
    b = re.sub(r"[“”\"]", "", b)
    b = re.sub(r"(?<=.)的[0-9.]+[^0-9]{0,4}$", "", b)  # 较“十三五”末的9323.1亿元: the value at the base (base_value_written)
    b = re.sub(r"(?<=年|期|底|末|数)[0-9.]+[^0-9]{0,4}$", "", b)  # 比上年28899万元: after a time, with no 的
    b = re.sub(rf"(?<=年|期|底|末){_ACCOUNT_OF_BASE}$", "", b)  # 比上年决算数14.94亿元: the account the value is from
    b = re.sub(r"(?<=.)[（(][^（）()]*\d[^（）()]*[）)]$", "", b)  # 比年初目标（6.5%）: the value in brackets (session 44 probe)
    # 比上年预算增加, 比上年年初预算, 比上年预计数: last year's budget or estimate is last year's base,
    # also when the quantity is named again after it (比去年预算赤字减少500亿元)
    b = re.sub(r"(?<=年)(年初)?(预算数?|预算执行数|预计数|预计执行数|预算|预计)[\u4e00-\u9fff]{0,4}$", "", b)
    # 比“十三五”平均增速高3个百分点: a rate compared with the average rate of a span, whose span is the base (average_of_span
    # _as_base, session 58 probe); 比各项贷款平均增速 names no time and stays no base
    b = re.sub(r"(?<=[五年期])的?(?:年均|平均)(?:增速|增幅|增长速度|水平)$", "", b)
    b = re.sub(r"(实现|基本|提前|再|又|分别|累计|均|都)+$", "", b)  # 较2020年实现翻番: the base is 2020; 比上年分别下降: 上年
    b = re.sub(r"(?<=\d年)年$", "", b)  # 比2006年年均增长12.5%: the 年 of 年均 (average_since_base, session 69)
    # 比上年同口径增长28.8%: a like-for-like basis after the time says how it is counted, not against when (basis_after_base,
    # session 64 probe of a 2006 city report: the base was 上年同口径 and the growth a change over the term)
    b = re.sub(r"(?<=[年期底末])(?:同口径|可比口径|可比价格?)$", "", b)
    # (比2020年累计下降13%: 累计 says the change is summed since, no part of the base: base_then_sum)
    if re.fullmatch(r"(上年|去年|上年底|上年末|上年同期|同期|去年同期)", b):
        return "上年"
    m = re.fullmatch(r"((?:19|20)\d\d)年(底|末)?", b)
    if m:
        return m.group(1)
    # 是“十二五”时期的近3倍: the plan period is named by its number (十二五), as the gold writes it; 期末 stays (its end)
    b = re.sub(r"^(十[一二三四五六七八九]五)(时期|期间|同期)$", r"\1", b)  # 较“十三五”同期: the same span of the plan
    # 较“十三五”末, 较“十三五”末期: the plan's end, written 期末 (plan_end_short)
    b = plan_end_written(b)
    # 比工业整体水平高9.3个百分点: another quantity compared with is no base period (the column holds times: gold,
    # CONVENTIONS session 12 item 2); the comparison stays in the sentence. Nor is a plan or a target (比年度计划翻了一番:
    # twice the plan; plan_is_no_base, session 40), whose 年度 says which plan, not when
    return b if _TIME_BASE.search(b) and not _PLAN_BASE.search(b) else None


def _years_ago_base(base: str, review_year: int) -> str:
    """比五年前增加, 是十年前的3倍: a base N years before last year is that year (years_ago_base).

    >>> _years_ago_base("五年前", 2022), _years_ago_base("十年前", 2022), _years_ago_base("上年", 2022)
    ('2017', '2012', '上年')
    """
    m = _YEARS_AGO.fullmatch(base)  # the pattern that dates 相当于5年前1.5个百分点 (`_period`)
    return str(review_year - int(parse_number(m.group(1)))) if m else base


_CLAUSE_OR_LIST_MARK = re.compile(r"[，,；;。、]")
_OPENING_WORDS = re.compile(r"^(平均|累计|全年|今年|每年|年均|可|要|将|拟)+")


@dataclass(frozen=True)
class _Predicate:
    """The words a measure is read from, around one number: the predicate between subject and
    number, the clause (four characters past the number, never into the next clause), the words
    right after it, and what the sentence and section say. The comparison (比2015年增长) and its
    base, and the sign (下降 is negative), are read once for every rule."""

    unit: Unit
    ranged: bool  # a range (4.5%-5%) is never a share of the things named after it
    rank: bool
    predicate: str
    clause: str
    clause_before: str  # the clause's words before the number
    opening: str  # where a cut verb opens the clause (平均, 累计, 全年, 今年 dropped)
    after: str  # twenty characters after the number and unit
    rest: str  # the sentence after the number and unit (at most 80 characters)
    section: str
    kind: str  # the indicator's kind (stock, flow) in the dictionary
    subject: str  # the subject as the text names it
    review_year: int  # the year the report reviews (a base N years before it: _years_ago_base)
    sentence_before: str
    cmp: re.Match | None
    base: str | None
    carried: str | None  # the year an earlier clause of the sentence compares with (`_base_carried`)
    sign: int

    @classmethod
    def of(cls, s: _Sentence, num: _Number, found: _Subject) -> _Predicate:
        """The words of a number whose subject `found` names; a carried subject reads the sentence."""
        tok = num.tok
        clause = s.text[s.s0 : tok.after + 4] if found.carried else num.clause
        # the context runs four characters past the number: never into the next clause (…11.7万亿元；累计…)
        clause = clause[:-4] + _CLAUSE_OR_LIST_MARK.split(clause[-4:])[0] if len(clause) > 4 else clause
        clause_before = clause_before_of(num.sentence_prefix)
        predicate = found.predicate.rstrip()
        cmp = _COMPARE.search(predicate)
        if not cmp and (around := _COMPARE.search(clause_before)) and around.end() > len(clause_before) - len(predicate):
            cmp = around  # 比去年预算赤字减少500亿元: the subject (赤字) is named inside the comparison
        if not cmp and (on_basis := _ON_BASIS.search(predicate)):
            cmp = on_basis  # 在2020年的基础上翻一番: the base written with 在…基础上 (on_basis_of)
        if not cmp and (gap := _GAP_TO_PLAN_AVERAGE.search(predicate)):
            cmp = gap  # 高出“九五”时期年均增长速度0.7个百分点: the plan's average is the base (gap_to_plan_average)
        prefix = num.sentence_prefix
        if not cmp and (compared := _compared_with(prefix)) and compared.end() > len(prefix) - len(predicate):
            cmp = compared  # 与2020年相比，全省森林覆盖率提高: the base is set out before the clause (compared_with)
        if not cmp and "相比" in prefix and s.text.startswith("翻", tok.start):
            # 与“十五”末相比，生产总值、社会消费品零售总额翻一番: the doubling's own token follows the subject (compared_with)
            cmp = _COMPARED_BEFORE_DOUBLING.search(prefix)
        return cls(
            unit=tok.unit,
            ranged=tok.high is not None,
            rank=tok.rank,
            predicate=predicate,
            clause=clause,
            clause_before=clause_before,
            opening=_OPENING_WORDS.sub("", clause_before.lstrip(subjects.MARKS)),
            after=s.text[tok.after : tok.after + 20],
            rest=s.text[tok.after : min(s.s1, tok.after + 80)],
            section=s.section,
            kind=indicators.describe(found.subject[0])["kind"],
            subject=found.subject[1],
            review_year=s.cal.review_year,
            sentence_before=num.sentence_prefix,
            cmp=cmp,
            base=_clean_base(cmp.group("base")) if cmp else None,
            carried=_base_carried(num.sentence_prefix[: len(num.sentence_prefix) - len(clause_before)]),
            sign=-1 if _DOWN.search(predicate) or _improved_by_falling(predicate, found.subject[1]) else 1,
        )


def _improved_by_falling(predicate: str, subject: str) -> bool:
    """PM2.5浓度改善10.8%: 改善 of a quantity that is better lower (lexicon role lower_better: 浓度, 能耗, 排放量) is a fall
    (construction improved_by_falling); of any other quantity a rise.

    >>> _improved_by_falling("改善", "PM2.5浓度"), _improved_by_falling("改善", "优良天数比例")
    (True, False)
    """
    return predicate.endswith("改善") and subject.endswith(subjects.role_words("lower_better"))


_Measure = tuple[str, str | None, int]  # (measure, base_period, sign)


def _measure(p: _Predicate) -> _Measure:
    """(measure, base_period, sign): the first rule of `_MEASURE_RULES` for the number's unit kind
    that reads it.

    >>> s = extract_figures("全市地区生产总值五年年均增长5.9%，比2015年增加961亿元。", ReportInfo("demo", 2021))
    >>> s[["measure", "value"]].values.tolist(), s["base_period"].iloc[1]
    ([['growth_avg', 5.9], ['change_abs', 961.0]], '2015')
    """
    measure, base, sign = next(found for rule in _rules_for(p.unit.kind) if (found := rule(p)))
    return measure, _years_ago_base(base, p.review_year) if base else base, sign


_COMPARED_YEAR = re.compile(with_opening_lookahead(r"(?<![占同])[比较]((?:19|20)\d\d)年|与((?:19|20)\d\d)年相比"))


def _base_carried(earlier: str) -> str | None:
    """The year an earlier clause of the sentence compares with, which a later change naming no base
    shares (construction base_carried): 全国国有企业资产总额比2002年增长60.98%，实现利润增长2.23倍 compares the
    profits with 2002 too.

    >>> _base_carried("国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，"), _base_carried("增长8%，")
    ('2002', None)
    """
    # 2005年与2000年相比，国内生产总值增长57.3%: 与…相比 names the base as 比 does (compared_with)
    found = [(m.start(), m.group(1) or m.group(2)) for m in _COMPARED_YEAR.finditer(earlier)]
    # 比“四经普”增长29.8%、居全国第1位，增加407.7万人: a census compared with is its year (census_dated)
    found += [(m.start(), str(_census_year(m))) for m in _CENSUS.finditer(earlier) if _BEFORE_BASE.search(earlier[: m.start()])]
    # 较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%: a plan's end compared with, as a year is (base_carried, session 51)
    found += [(m.start(), f"{m.group(1)}期末") for m in _COMPARED_PLAN_END.finditer(earlier)]
    # 人均GDP由2015年的45603元提高到2020年的65632元，增幅43.9%: the from-to's start year is the change's base, as a year
    # compared with is (base_of_dated_from_to, session 59 probe: it was a growth on 2019); only in the clause right before
    found += [(m.start(), m.group(1)) for m in _DATED_FROM_TO.finditer(earlier) if _LAST_CLAUSE_REST.fullmatch(earlier, m.end())]
    return max(found)[1] if found else None


# (与“十五”末相比，2010年全市生产总值完成890.1亿元，增长62%: a plan's end set out with 与…相比 before the sentence's
# figures, as 与2000年相比 is, session 62 probe of a 2011 city review)
_COMPARED_PLAN_END = re.compile(
    r"(?:(?<![占同])[比较]|(?:与|同|和|跟)(?=[^，,；;。]{1,8}相比))[“\"]?(十[一二三四五六七八九]?五)[”\"]?(?:期末|末期|末)"
)


_BASE_LAST_YEAR = re.compile(_THAN_LAST_YEAR)


def _rank_moved(p: _Predicate) -> _Measure | None:
    """区域创新能力排名较上年提升2位: places moved up (+) or down (-) a ranking (rank_moved), the token's kind says so.

    >>> extract_figures("全省综合实力排名下降1位。", ReportInfo("demo", 2021))[["measure", "value", "unit"]].values.tolist()
    [['rank_change', -1.0, '位']]
    """
    if p.unit.kind != "places":
        return None
    # 较上年前移2位; 较2022年跃升11位: a year compared with is the base (session 43 probe; the move was dated 2022)
    year = _COMPARED_YEAR.search(p.clause_before)
    written = (year.group(1) or year.group(2)) if year else None
    base = p.base or ("上年" if _BASE_LAST_YEAR.search(p.clause_before) else written)
    return "rank_change", base, -1 if _RANK_MOVED_DOWN.search(p.clause_before) else 1


def _rank(p: _Predicate) -> _Measure | None:
    """排全省第1, 居全国第3位: a rank (the token says so)."""
    return ("rank", None, 1) if p.rank else None


def _multiple(p: _Predicate) -> _Measure | None:
    """增长1.71倍 is 2.71 times the base (change_multiple); 是…的3倍 and 翻番 are the multiple itself."""
    base = p.base
    if not p.cmp and (end := _COMPARE_END.search(p.predicate)):
        base = _clean_base(end.group("base"))  # 比2010年翻一番: the base stands right before it
    elif not p.cmp and (head := _COMPARED_HEAD_IN.search(p.predicate)):
        base = _clean_base(head.group("base"))  # 与2010年相比提前两年实现翻一番: 与…相比 in the clause (compared_with)
    if _CHANGE_BY.search(p.predicate):
        return "change_multiple", base or p.carried, 1  # 比2002年增长60.98%，实现利润增长2.23倍: 2002 too
    return "multiple", base or _base_of_multiple(p.predicate), 1


_FASTER_THAN_YEAR = re.compile(r"(快于|慢于|高于|低于)((?:19|20)\d\d)年(约|近)?$")
_BELOW_ANOTHER = re.compile(r"(?<!不)(慢于|低于)[^，,；;。\d]{0,12}$")


def _points(p: _Predicate) -> _Measure | None:
    """提高3个百分点 is a change in percentage points; 提高到…个百分点 (rare) a level."""
    if _UP_TO.search(p.predicate[-6:]):
        return "level", None, 1
    base = "上年" if not p.base and re.search(r"同比|比上年", p.predicate) else p.base  # 同比提高1.2个百分点
    if not base and (faster := _FASTER_THAN_YEAR.search(p.predicate)):
        # 全年GDP增长4%，快于2024年1.8个百分点: a rate compared with a year's is a gap on that year (faster_than_year)
        return "pp_change", faster.group(2), -1 if faster.group(1) in ("慢于", "低于") else 1
    if _BELOW_ANOTHER.search(p.predicate):
        # 城镇调查失业率5.2%，低于全国平均水平0.39个百分点: a gap below another's rate is negative, as 高于 is positive
        # (gap_below_another, session 47 probe of city reports: it was +0.39)
        return "pp_change", base, -1
    return "pp_change", base, p.sign


def _cut_in_percent(p: _Predicate) -> _Measure | None:
    """审批事项精简85%, 平均压减时间58%、材料52%: a cut of a stock in percent, negative, not a growth
    rate (cut_by_amount); so is a price lowered (电价平均降低10%: lexicon role price_noun). A year's
    emissions or energy use (role annual_quantity) cut in one year's section fall on last year's:
    a growth (gold, 2009 and 2014 national)."""
    if p.cmp:
        return None
    if _ACT_OF_CUTTING.search(p.predicate):
        # 化学需氧量、二氧化硫、氮氧化物排放量均削减3.5% in a year's targets: a cut by an act (压减, 削减, 压缩) is a percent change
        # without a base in every section, a year's emissions too (gold S37d; act_of_cutting, session 74 probe of a 2015
        # provincial report: a growth on last year); 减少, 下降 keep the growth rule below
        return "change_pct", None, -1
    # the problems of last year are one year's too (没有实现年初确定的…主要污染物排放总量减少2%的目标)
    one_year = p.section in ("review_year", "plan_year", "problems") and not _written_span(
        p.section, p.sentence_before, p.clause_before
    )
    if one_year and (p.subject.endswith(subjects.role_words("annual_quantity")) or _ANNUAL_CUT.search(p.clause_before)):
        return None  # 化学需氧量、二氧化硫排放量分别减少4.42%: a year's emissions on last year's (a growth)
    if _CUT.search(p.predicate) or (p.unit.kind == "percent" and _CUT_BY.match(p.opening)):
        return "change_pct", None, -1
    if _ENLARGE.search(p.predicate):
        return "change_pct", None, 1  # 日接诊量扩容204.76%: enlarged by an act, as a cut is cut (enlarged_by_act)
    if re.search(r"降低(约|近|超过|超)?$", p.predicate) and p.subject.endswith(subjects.role_words("price_noun")):
        return "change_pct", None, -1  # 一般工商业电价平均降低10%: a price cut from its level, like 再降低
    return None


# 二氧化硫、化学需氧量排放量都要减少: a year's quantity right before the cut that opens the predicate
_ANNUAL_CUT = re.compile(
    rf"({'|'.join(subjects.role_words('annual_quantity'))})(都|均|分别)?(要|将)?(分别)?({_predicate_words('cut')})$"
)


def _tenths_share(p: _Predicate) -> _Measure | None:
    """八成以上投向民生: eight tenths of a whole, unless a growth verb says it is a change; 中小微企业政府
    采购占比近八成 is a ratio's value, no whole written (gold C4)."""
    if _NAMED_RATIO.search(p.predicate) or _NAMED_RATIO.search(p.clause_before):
        return "level", None, 1  # also when the ratio's name is a dictionary alias (民生支出占比七成: probe23 group 10)
    return ("share", None, 1) if not _GROWTH.search(p.predicate[-6:]) else None


def _half_share(p: _Predicate) -> _Measure | None:
    """清偿一半以上, 新增装机超过全球一半: half of a whole, as 八成 is (construction half); a cut (减少一半)
    is read before, by `_cut_in_percent`."""
    if p.clause[len(p.clause_before) :].startswith("一半") and not _GROWTH.search(p.predicate[-6:]):
        return "share", None, 1
    return None


_DECLINE_RATE = re.compile(r"降幅(?:(?:收窄|扩大)(?:到|至|为)?|超过|超|达到|达|为|约)?$")


def _decline_rate(p: _Predicate) -> _Measure | None:
    """单位国内生产总值能耗降幅超过3%: a decline on last year; so is a decline said to have narrowed or widened to the rate
    (外贸出口171.5亿美元，降幅收窄到4.7%; 能耗降幅达到2%: decline_rate_reached, session 68 probe of a 2010 city report and
    a 2023 district report: levels of 4.7 % and 2 %)."""
    if _DECLINE_RATE.search(p.predicate):
        return "growth_yoy", "上年", -1
    return None


def _contribution(p: _Predicate) -> _Measure | None:
    """对全球经济增长的贡献率保持在30%左右, 对经济增长贡献超五成: a share of the growth, whose whole is
    written (contribution_to_growth, gold C3), not a growth of its own; also when the contribution is
    the subject carried from the clause before (消费对经济增长的贡献率上升3个百分点，达到51.2%)."""
    if p.cmp:
        return None
    if _CONTRIBUTION.search(p.clause_before) or (_CONTRIBUTION.search(p.subject) and not _GROWTH.search(p.predicate)):
        return "share", None, 1
    return None


# 占计划的100%, 占全年投资计划的107%: the part of a plan done is its completion rate, a level whatever 占 says (S35c:
# completion_of_plan; it was read as a share of the plan)
_OF_PLAN = re.compile(rf"{_OF_PLAN_WORDS}的?$")


def _completion_of_plan(p: _Predicate) -> _Measure | None:
    """占全年投资计划的107%: how much of the year's plan was done, a completion rate (a level, S35c), not a share."""
    return ("level", None, 1) if not p.cmp and _OF_PLAN.search(p.clause_before) else None


def _share_of_whole(p: _Predicate) -> _Measure | None:
    """占国内生产总值比重达到10%, 在国内生产总值中的比重上升到50.5%: a share of a named whole; 达到全省总量1/6: a whole
    named after a verb of reaching (whole_after_reaching)."""
    if not p.cmp and (_WHOLE_NAMED.search(p.clause_before) or _WHOLE_REACHED.search(p.clause_before)):
        return "share", None, 1
    return None


# 达到全省总量1/6: a total of a wider area reached right before the number (whole_after_reaching)
_WHOLE_REACHED = re.compile(r"达到?全[国省市区县][^，,；;。\d]{0,4}?总(?:量|额|数)的?$")


@functools.lru_cache(maxsize=1)
def _widened_to_end() -> re.Pattern:
    """A verb of widening to places at the end of the words (`_share_of_set`), compiled once, not looked up in re's
    cache from a string rebuilt for every percent."""
    return re.compile(rf"{subjects.widened_to()}(全国|全省|全市|全区)?$")


def _share_of_set(p: _Predicate) -> _Measure | None:
    """覆盖80%以上的大城市, 在70%左右的地市开展: a percent of the things named after it (share_of_set),
    not a rate, a target or a change named after it (8%左右的国内生产总值增长目标)."""
    # 试点范围扩大到23%的县, 已扩大到全国86%的县: reached, no growth
    reached = _widened_to_end().sub("", p.clause_before)
    if p.cmp or re.search(r"(从|由)$", p.clause_before) or _GROWTH.search(reached):
        return None
    rest = re.split(r"[，,；;。、：:]", p.after)[0]
    lead = _SET_LEAD.match(p.after)
    head = p.after[lead.end() :][:2]
    # 扩大到23%的县: an administrative unit of one character after 的 is a set too
    unit = lead.group().endswith("的") and bool(re.fullmatch(r"[县市区乡镇村][（(，,；;。、]?", head))
    of_a_set = (
        (re.fullmatch(r"[\u4e00-\u9fff]{2}", head) or unit) and not _NOT_A_SET_HEAD.match(head) and not _NOT_A_SET.search(rest)
    )
    return ("share", None, 1) if of_a_set and not p.ranged else None


_PLACE_IS = re.compile(r"[\s“”\"]*[\u4e00-\u9fff]{2,6}?(为|达到|达|是)$")


def _rate_of_places_topic(p: _Predicate) -> _Measure | None:
    """各市州地区生产总值增速中，长沙为5.5%，岳阳为5.1%: a place's percent after a first clause naming a growth rate as the
    quantity its places are compared on is that growth (construction topic_of_places, session 49: levels of 5.5%)."""
    topic = _PLACES_TOPIC.match(p.sentence_before)
    if p.cmp or not topic or not _PLACE_IS.fullmatch(p.clause_before) or not re.search(r"(增速|增幅|增长率)$", topic["topic"]):
        return None
    return "growth_yoy", "上年", 1


_AVERAGE_BEFORE_SPEED = re.compile(r"(?:年均|平均每年|平均)$")  # 以年均12%的速度增长: an average (growth_at_speed)


def _rate_named_after(p: _Predicate) -> _Measure | None:
    """有6.5%－7%的增速就能够实现比较充分的就业: a growth rate named after its number; an average when 年均 stands before it
    (生产总值以年均12%的速度持续增长: growth_at_speed, session 69 probe of a 2006 provincial review: a growth on last year)."""
    if not p.cmp and _RATE_NAMED_AFTER.match(p.after):
        if _AVERAGE_BEFORE_SPEED.search(p.predicate):
            return "growth_avg", None, 1
        return "growth_yoy", "上年", 1
    return None


# 经济增长连续四年达到或略高于10%: a growth rate reached over a streak of years is each year's growth (rate_held); 居民消费
# 价格上涨控制在3%左右: the rise held, as its 涨幅; 居民消费价格上涨幅度控制在5%左右 too (session 44 probe)
_HELD_IN_LIST = re.compile(r"(?:分别|均)(?:控制在|保持在|稳定在)")
# (经济增速连续12个季度保持在6%以上: a streak of quarters too, each quarter's growth at the floor, session 59 probe: a level)
_RATE_HELD = re.compile(
    r"(涨幅|增幅|(?:上涨|增长)幅度|上涨|涨)(控制在|保持在|稳定在|为)[^，,；;]{0,3}$"
    r"|(?<!年均)(增长|增速)(?P<streak>连续[二三四五六七八九十两\d]{1,2}(?:年|个季度))(达到或略?高于|达到|保持在)$"
)


# 增速, 增幅, 增长率, 增长速度, 增长 (not of 自然增长率): the words that name a growth rate (growth_reached, growths_listed)
_RATE_NAMES = r"(?:增速|增幅|(?<!自然)增长(?:率|速度)?)"

# (城乡居民人均可支配收入增速分别达10%和12.5%: 分别 and 达 alone too, session 45 probe: they were levels; the verb of growth
# itself before them, 一、二、三产增加值增长分别达4.3%、7.9%、2.6%, growth_reached, session 68 probe)
_SAME_PERIOD_ONLY = re.compile(r"(?:^|[，,])\s*同比(?:分别|均)?$")
_RATE_REACHED = re.compile(rf"(年均)?{_RATE_NAMES}(?:分别|均)?(?:达到|达|保持在|稳定在)[^，,；;]{{0,3}}$")
_INDEX_HELD = re.compile(r"(控制在|保持在|稳定在)[^，,；;]{0,3}$")


# 累计下降, 累计提高: a change summed over years, right before its verb of change
# (not after a base written: 比2020年累计下降13% is dated as 比2020年下降 is, base_then_sum)
_SUMMED_CHANGE = re.compile(r"^(?:(?![比较]|(?:19|20)\d\d年).)*累计(?:下降|降低|减少|增长|提高|提升|上升|增加)$")


def _summed_in_term_review(section: str, clause_before: str) -> bool:
    """2012年，…；万元生产总值能耗累计下降21%: a change summed (累计) in the term's review is the term's, also in a sentence a
    year opens (summed_change_in_term_review: its measure in `_percent`, its span in `_period`)."""
    return section == "review_5y" and bool(_SUMMED_CHANGE.search(clause_before))


def _plan_closed(year: int) -> bool:
    """Is `year` the last of a five-year plan (2005, 2010 … 2025): does a plan open the year after (`sections.plan_name`,
    the one calendar of plans)?

    >>> _plan_closed(2025), _plan_closed(2024)
    (True, False)
    """
    return plan_name(year + 1) is not None


# 地区生产总值增长速度每年分别为11%、11.4%、12.5%、14%和14.3%: the rates of each year of a span, in order (rates_of_each_year)
_EACH_YEAR_LISTED = re.compile(r"(?:每年|逐年)分别")


def _percent(p: _Predicate) -> _Measure | None:
    """What a percent (or tenths) is by its predicate: a level reached (降至, 达到, 提高到), an
    average growth (年均), a change over a base (比2015年), over the five-year review (贷款余额13万亿元，
    增长83%) or over the new plan (今后五年…分别下降23%), a growth on last year, a share, a level."""
    predicate, section = p.predicate, p.section
    if _RATIO_TO_AVERAGE.search(predicate):
        # 能耗、排放强度分别约为全国平均的70%、60%: a ratio to an average written in percent is a multiple of it, not a
        # share (an average is no whole the quantity is part of) nor a level (ratio_to_average); also reached or raised to
        # (人均地区生产总值达到全国平均水平的80%以上, 提高到…的85%: they were a level and a growth)
        return "multiple", None, 1
    # (…增速分别达10%和12.5%, …同比分别-6.2%: the words of the list's head stand before the predicate 分别)
    at = p.clause_before.rfind(predicate) if predicate else -1
    written = p.clause_before[: at + len(predicate)] if at >= 0 else predicate
    if to_year := _RATIO_TO_YEAR.search(p.clause_before) or _RATIO_TO_YEAR.search(written):
        # 恢复至2019年的105.4%; 可支配收入分别恢复至2019年的105.6%、110.6%: a multiple of that year's level (ratio_to_year)
        return "multiple", to_year.group(1), 1
    if _EACH_YEAR_LISTED.search(written) and _GROWTH.search(written) and not p.cmp:
        # “十五”期间，全市地区生产总值增长速度每年分别为11%、11.4%…: each year's growth on the year before (rates_of_each_year,
        # session 69 probe of a city's 2006 term review: levels, then changes over the term); dated in `_period`
        return "growth_yoy", "上年", 1
    if _SAME_PERIOD_ONLY.search(predicate) or _SAME_PERIOD_ONLY.search(written):
        # 一般公共预算收入2亿元，同比-19.3%, 同比分别-6.2%、-19.3%: 同比 alone before a signed percent is its change on the same
        # period of last year (same_period_signed, session 45 probe of street reports: levels)
        return "growth_yoy", "上年", 1
    # 居民消费价格指数控制在2.0%: a price index held at a percent is held at that rise, as its 涨幅 is (rate_held)
    index_held = p.subject.endswith(("价格指数", "价格总水平")) and _INDEX_HELD.search(predicate)
    # 城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内: a price's rise held in a 分别 list is that rise, the rate beside it a
    # level (price_rise_held_in_list, session 47 probe of 2024-2025 provincial reports: it was a level)
    index_held = index_held or (p.subject.endswith(("价格", "价格涨幅")) and bool(_HELD_IN_LIST.search(predicate)))
    if ((held := _RATE_HELD.search(predicate)) or index_held) and not p.cmp:
        # (a streak held: each period's growth at the level, no average of the span)
        if _written_span(section, p.sentence_before, p.clause_before) > 1 and not (held and held.group("streak")):
            return "growth_avg", None, 1  # 十年来我国居民消费价格涨幅稳定在2%左右: held over the years written, an average
        return "growth_yoy", "上年", 1  # 居民消费价格涨幅控制在4%左右: the rate held is a growth on last year
    if (reached := _RATE_REACHED.search(predicate) or _RATE_REACHED.search(written)) and not p.cmp:
        # 年均增速达到8%, 增速达到6.5%: a growth rate that reaches a percent is that growth, not a level (rate_reached);
        # in a five-year part without 年均 it may be the last year's or the average: left to the rules below
        if reached.group(1):
            return "growth_avg", None, 1
        if section not in ("review_5y", "plan_5y"):
            return "growth_yoy", "上年", 1
    if _UP_TO.search(predicate[-6:]) or _UP_TO_DATED.search(predicate) or _LEVEL_VERB_END.search(predicate):
        return "level", None, 1
    if not p.cmp and _from_start("level", p.clause_before, _CLAUSE_MARK_OR_LINE.split(p.after)[0]):
        # 增加值占比从31.1%降至22.5%: the start of a from-to is the rate at the base, a level, also when a verb of
        # change (增加 in 增加值) is written before it (rate_at_from)
        return "level", None, 1
    if _averaged(predicate):
        return "growth_avg", p.base, p.sign
    if p.cmp and p.base != "上年":
        return "change_pct", p.base, p.sign
    if (
        section in ("review_5y", "plan_5y")
        and not p.cmp
        and _GROWTH.search(predicate[-10:])
        # 2005年与2000年相比，…增长57.3%: base 2000; not the year the plan reaches (到2030年，…能耗降低13.5%左右: over the
        # plan's five years, it was a growth on 2029: year_ahead_is_no_base)
        and (
            p.carried
            or not _YOY.search(_YEAR_AHEAD_WRITTEN.sub("", p.sentence_before))
            # 2012年，全市生产总值…；万元生产总值能耗累计下降21% (summed_change_in_term_review, session 67 probe)
            or _summed_in_term_review(section, p.clause_before)
        )
    ):
        return "change_pct", p.carried, p.sign  # 多式联运集装箱运量增长50%以上 in the new plan: over its five years
    if not p.cmp and p.carried and p.carried.endswith("期末") and _GROWTH.search(predicate[-10:]):
        # 与“十五”末相比，2010年全市生产总值完成890.1亿元，增长62%: a plan's end the sentence compares with is never last
        # year, whatever section the page's headings let us find (plan_end_carried, session 62 probe of a page without them)
        return "change_pct", p.carried, p.sign
    if not p.cmp and _GROWTH.search(predicate[-10:]) and _FIRST_YEARS.search(p.sentence_before):
        return "change_pct", None, p.sign  # “十一五”前四年累计…下降14.38%: over those years
    if (
        section in ("review_year", "plan_year")
        and not p.cmp
        and _GROWTH.search(predicate[-10:])
        and _written_span(section, p.sentence_before, p.clause_before) > 1
        and not re.search(r"每年", p.clause_before)
    ):
        return "change_pct", None, p.sign  # 近三年累计，单位国内生产总值能耗下降10.08%: over the years written
    if section == "plan_5y" and not p.cmp and _DECLINE_OVER_PLAN.search(predicate[-10:]) and _PLAN_SPAN.search(p.sentence_before):
        return "change_pct", None, p.sign
    if section == "review_year" and not p.cmp and _plan_closed(p.review_year) and _SUMMED_CHANGE.search(p.clause_before):
        # 全区能耗强度累计下降17.3% in the review of a plan's last year (2025 in a 2026 report): a change summed (累计) is
        # the plan's, from its start (summed_change_in_plan_end_year; gold of Ningxia 2026, session 48 development errors)
        return "change_pct", None, p.sign
    if _GROWTH.search(predicate[-10:]) or _CUT.search(predicate) or _BARE_GROWTH.search(p.clause_before):
        # 化学需氧量排放量比上年削减2.3%: a year's quantity cut in one year, which `_cut_in_percent` leaves, is its growth
        return "growth_yoy", "上年", p.sign
    if _SHARE.search(predicate) or _SHARE_NAMED.search(p.subject):
        # (服务业增加值占GDP比重提高3个百分点，突破36%: a share of a whole the carried subject names is a share too:
        # share_carried_named, session 43 probe; it was a level)
        return "share", None, 1
    return "level", None, 1


_SHARE_NAMED = re.compile(r"占[^，,；;。]{1,20}(?:比重|比例)$")
# 规上工业增加值增 4.5%: 增 alone right before a percent, after a noun, is short for 增长 (bare_growth_verb, session 56 probe of
# city reports: a level named …增); not 新增, 净增 (things added), nor inside a word (增加值, a word of change of its own)
_BARE_GROWTH = re.compile(r"(?<=[\u4e00-\u9fff])(?<![新净倍])增\s*$")


# ，力争实现5.5%, ，争取达到6%, ，在实际工作中力争6%: a higher aim of the rate just stated, nothing else in the clause
# (construction strive_for_more)
_HIGHER_AIM = re.compile(r"^[\s“”\"]*(?:在实际工作中)?(?:力争|争取|努力)(?:实现|达到|做到|达)?$")
# the clause before ends in a growth in percent (地区生产总值增长5%左右，)
_GROWTH_CLAUSE_END = re.compile(r"[\d.]+[%％](?:左右|以上)?[，,、]$")  # (、: 增长7%以上、力争达到8%, session 42 probe)


def _higher_aim(p: _Predicate) -> _Measure | None:
    """全省地区生产总值增长5%左右，力争实现5.5%: a clause of only 力争/争取 and a percent after a growth is a higher aim
    for that growth, the same measure (growth_yoy, or growth_avg after 年均), not a level of the rate (construction
    strive_for_more; the subject is carried, `_only_predicate`).

    >>> s = extract_figures("地区生产总值增长5%左右，力争实现5.5%。", ReportInfo("demo", 2026))
    >>> s[["indicator_zh", "measure", "value", "base_period", "qualifier"]].values.tolist()[1]
    ['地区生产总值', 'growth_yoy', 5.5, '上年', 'strive']
    """
    aim, before = p.clause_before, p.sentence_before[: len(p.sentence_before) - len(p.clause_before)]
    head, mark, tail = aim.rpartition("、")
    if mark and _HIGHER_AIM.match(tail):
        aim, before = tail, before + head + mark  # 增长7%以上、力争达到8%: the aim after a 、 (session 42 probe)
    if not _HIGHER_AIM.match(aim):
        return None
    return _growth_of_clause_before(p, before)


def _growth_of_clause_before(p: _Predicate, before: str) -> _Measure | None:
    """The growth measure of the clause that ends `before` (the sentence's words before the number's clause), when it
    ends with a growth: the measure a higher aim or a target compared with has (strive_for_more, target_in_gap)."""
    if not _GROWTH_CLAUSE_END.search(before):
        return None
    previous = _CLAUSE_MARK_OR_LINE.split(before[:-1])[-1]
    if _averaged(previous):
        return "growth_avg", None, 1
    # over five years a growth with no base is a change_pct, not read here; 较上年增长 is last year's in any section
    if _GROWTH.search(previous) and (p.section not in ("review_5y", "plan_5y") or _LAST_YEAR_WORD.search(previous)):
        return "growth_yoy", "上年", 1
    return None


# 高于年初人代会12%的目标14.4个百分点, 高于年初确定的8%的预期目标: a comparison with a target whose value is written
# (target_in_gap); the value's clause and what follows it
_GAP_OPENING = r"(?:高于|超过|超出|快于|优于|低于)[^，,；;。\d]{0,10}"
_TARGET_AFTER = r"的?(?:预期|年度|计划)?目标"
_TARGET_IN_GAP = re.compile(rf"{_GAP_OPENING}\d+(?:\.\d+)?%{_TARGET_AFTER}")


def _target_in_gap(p: _Predicate) -> _Measure | None:
    """财政收入增长26.4%，高于年初人代会12%的目标14.4个百分点: a percent written as the target a growth is compared with is a
    target of that growth, the same measure (target_in_gap; session 63 probe of a county's 2007 report: a level of 12 %).

    >>> s = extract_figures("一、2006年工作回顾\\n财政收入增长26.4%，高于年初确定的12%的目标14.4个百分点。", ReportInfo("demo", 2007))
    >>> s[["indicator_zh", "measure", "value", "base_period", "is_target"]].fillna("").values.tolist()[1:]
    [['财政收入', 'growth_yoy', 12.0, '上年', True], ['财政收入', 'pp_change', 14.4, '', False]]
    """
    if not (re.fullmatch(_GAP_OPENING, p.clause_before.strip(subjects.MARKS)) and re.match(_TARGET_AFTER, p.after)):
        return None
    return _growth_of_clause_before(p, p.sentence_before[: len(p.sentence_before) - len(p.clause_before)])


# 超年度计划目标13.9%, 超年度任务54.8%, 超出市级下调任务指标6000万元, 超计划19家: past a plan or a task set (above_plan)
_ABOVE_PLAN = re.compile(
    # (超额完成省考核目标: the excess over a target a higher government set, session 65 probe of a prefecture's term review)
    r"(?:^|[、，,])超(?:过|出|额完成|额)?(?:国家|[省市县区]级?)?(?:下调|下达)?(?:考核)?(?:年度|全年)?"
    r"(?:计划目标|计划任务|计划|目标任务|目标|任务指标|任务)$"
)


# 比“十五”计划目标3000亿元超过1070亿元: a target the figure before is compared with, its value written after 目标, then
# how far the figure went past it (construction above_named_target, session 68 probe of 2006 provincial reports: the
# target had no subject and the excess was a level of 比“十五”计划目标3000亿元, qualified over)
_COMPARED_TARGET = r"(?:比|较)[^，,；;。\d]{0,12}?(?:计划|规划|预期|年度|考核)?目标"
_NAMED_TARGET_COMPARED = re.compile(rf"^{_COMPARED_TARGET}$")
_PAST_NAMED_TARGET = re.compile(rf"^{_COMPARED_TARGET}[\d.]+[^，,；;。\d]{{0,4}}?(?:超过|超出|超额|高出|多出?)$")


def _names_target_compared(words: str) -> bool:
    """比“十五”计划目标: do the words end by naming a target whose value follows (above_named_target)?"""
    return bool(_NAMED_TARGET_COMPARED.match(words.strip(subjects.MARKS)))


def _past_named_target(words: str) -> bool:
    """比“十五”计划目标3000亿元超过: do the words state how far a figure went past a target whose value they name
    (above_named_target)?

    >>> _past_named_target("比“十五”计划目标3000亿元超过"), _past_named_target("比上年增长")
    (True, False)
    """
    return bool(_PAST_NAMED_TARGET.match(words.strip(subjects.MARKS)))


def _past_plan_or_target(clause_before: str) -> bool:
    """超年度任务, 比“十五”计划目标3000亿元超过: how far the figure went past its plan or a target (above_plan,
    above_named_target)."""
    return bool(_ABOVE_PLAN.search(clause_before)) or _past_named_target(clause_before)


# 年均城镇调查失业率4.7%左右: 年均 right before a rate names the rate's average over the years, a level (averaged_rate,
# session 42 probe; as PM2.5年均浓度, D3), not an average growth
_AVERAGED_RATE = re.compile(r"(?:^|[，,、])年均[^，,；;。\d年]{1,12}?率(?:为|达到|达|保持在|控制在|稳定在)?(?:约|近)?$")


def _averaged_rate(p: _Predicate) -> _Measure | None:
    """年均城镇调查失业率4.7%左右: the average of a rate over the years, a level (averaged_rate)."""
    return ("level", None, 1) if not p.cmp and _AVERAGED_RATE.search(p.clause_before) else None


def _above_plan(p: _Predicate) -> _Measure | None:
    """304个省列重大项目完成投资2929亿元、超年度计划28%: a percent right after 超 and the plan (年度计划, 目标) is how far
    the amount went past its plan, a change in percent with no base (construction above_plan); 完成年度投资计划131% is the
    share of the plan done, a level.

    >>> s = extract_figures("省列重大项目完成投资2929亿元、超年度计划28%。", ReportInfo("demo", 2026))
    >>> s[["measure", "value"]].values.tolist()[1], bool(s["base_period"].isna().iloc[1])
    (['change_pct', 28.0], True)
    """
    return ("change_pct", None, 1) if _past_plan_or_target(p.clause_before) else None


def _above_plan_by_amount(p: _Predicate) -> _Measure | None:
    """新退出政府融资平台346家、超计划19家; 限额以上固定资产投资完成16.1亿元，超出市级下调任务指标6000万元: an amount or a count
    right after 超 and the plan or task is how far the figure went past it, a change with no base (above_plan, as in
    percent: change_abs; it was a count or a level of the plan).

    >>> s = extract_figures("新退出政府融资平台346家、超计划19家。", ReportInfo("demo", 2026))
    >>> s[["indicator_zh", "measure", "value"]].values.tolist()[1], bool(s["base_period"].isna().iloc[1])
    (['政府融资平台', 'change_abs', 19.0], True)
    """
    return ("change_abs", None, 1) if _past_plan_or_target(p.clause_before) else None


# 实现15%以上的增长, 保持20%以上增长: a growth written as the object after its rate (construction growth_as_object)
# (保持6%的年均增长率: the rate's noun with 年均 after 的 averages, session 49 probe of 2022 targets: it was a level; not
# 增长点, a growth pole)
# (实现5%左右的经济增长: what grows may stand between 的 and the growth, session 49 sweep of target wordings: a level)
_GROWTH_AS_OBJECT = re.compile(
    r"^(?:左右|以上|以内|多)?的?(?P<avg>年均|平均)?(?:经济|GDP|收入|产值|投资|消费)?(?:增长率|增长|增幅|增速)(?!点)"
)


def _growth_as_object(p: _Predicate) -> _Measure | None:
    """力争规模以上固定资产投资6000亿元以上，实现15%以上的增长: the rate before 的增长 is a growth (on last year, or averaged
    after 年均), not a level of 20 % (construction growth_as_object).

    >>> s = extract_figures("全省生产总值实现9.5%左右的增长。", ReportInfo("demo", 2013))
    >>> s[["measure", "value", "base_period", "qualifier"]].values.tolist()
    [['growth_yoy', 9.5, '上年', 'about']]
    """
    if p.cmp or not (m := _GROWTH_AS_OBJECT.match(p.after)):
        return None
    if m.group("avg") or _averaged(p.clause_before):
        return "growth_avg", None, 1
    return ("growth_yoy", "上年", 1) if p.section not in ("review_5y", "plan_5y") else None


def _averaged(words: str, pos: int = 0) -> bool:
    """Do the words average over the years (年均, 平均每年), not name a noun averaged over one year (lexicon
    role averaged_noun: PM2.5年平均浓度保持在20微克/立方米左右 is a level, gold D3)?

    >>> _averaged("年均城镇新增就业"), _averaged("PM2.5年平均浓度保持在")
    (True, False)

    Read from `pos` on, the words before it still seen: in 较2011年均实现 the 均 after the year is each thing's
    (year_then_each), whatever figure the words after `pos` follow.

    >>> _averaged("较2011年均实现", 6), _averaged("较2011年，年均实现", 6)
    (False, True)
    """
    return any(not _averaged_noun().match(words, m.end()) for m in _AVG.finditer(words, pos))


@functools.cache
def _averaged_noun() -> re.Pattern:
    return re.compile("|".join(map(re.escape, subjects.role_words("averaged_noun"))))


def _average_growth(p: _Predicate) -> _Measure | None:
    """年均增长…亿元 (money, counts, quantities): an average growth."""
    return ("growth_avg", p.base, p.sign) if _AVG.search(p.predicate) and _GROWTH.search(p.predicate[-6:]) else None


def _threshold(p: _Predicate) -> _Measure | None:
    """迈上4万亿、5万亿两个台阶, 首次跃上1.4万亿斤新台阶: a mark crossed (threshold)."""
    mark = _MARK_AFTER.match(p.after)
    if mark and _CROSSING_IN.search(mark.group(0)):
        # 人均突破31万元、地均迈上76亿元新台阶: the step is the next item's, crossed by its own verb (session 46 probe)
        mark = None
    if _CROSSING.search(p.clause_before) and (mark or _STEP_AFTER.match(p.after)):
        return "threshold", None, 1
    if mark and _APPROACHING.search(p.clause_before):
        return "threshold", None, 1  # 逼近300亿元大关: a mark nearly reached is a mark too (mark_approached; qualifier nearly)
    return None


# 逼近300亿元大关, 接近千亿元台阶: a verb of coming close to a mark (mark_approached, session 57 probe)
_APPROACHING = re.compile(r"(?:逼近|接近)[^，,；;。]{0,12}$")


_CROSSING_IN = re.compile(_CROSSING_VERBS)


_CUT_5Y_VERB = re.compile(r"(压减|削减)")
_YEARLY_OPENING = re.compile(r"[\s“”\"]*(每年|年均)")


def _cut_by_amount(p: _Predicate) -> _Measure | None:
    """继续压减非重点非刚性及一般性支出18.2亿元: an amount cut, negative (cut_by_amount); in the
    five-year review only a plain cut (减轻…负担 sums over it)."""
    cut_5y = _CUT_5Y_VERB.match(p.opening)
    yearly = _YEARLY_OPENING.match(p.clause_before)  # 每年减轻农民负担1335亿元: one year's relief
    if (p.section != "review_5y" or cut_5y or yearly) and _CUT_BY.match(p.opening):
        return "change_abs", p.base, -1
    return None


# 增加值 is a noun (value added), never the verb 增加 (服务业…，实现增加值3100亿元 is a level: value_added_is_no_verb)
_BY_AMOUNT = re.compile(rf"({_predicate_words('by_amount')})(?![到至值])[^，,；;。\d]{{0,12}}$")
# 增加500万农村沼气用户, 增加学位超20万个: the verb opens the clause, before the things it adds (things_added):
# a count of things added (gold C6), not the net change of a stock named before it (参保人数增加7359万)
_NET_OPENING = re.compile(r"净(增|减)[^，,；;。、\d]*$")  # the things right after it, no earlier item
_ADDED_THINGS = re.compile(rf"(再|还|又)?({_predicate_words('add_things')})(?![到至])")


_NEW_ADDED_ONLY = re.compile(r"(全年|同比|比上年)?新增(约|近|超过|超)?")
_NEW_ADDED_END = re.compile(r"[^年拟对将要再\W\d]新增(约|近|超过|超)?$")
_BARE_CHANGE = re.compile(r"[\s“”\"]*(再|还|又)?(增加|减少)(约|近|超过|超)?")


# 净增经营主体34.6万家、企业14万家: 净增 opening the clause, then items of a noun and its number (net_change_shared)
_NET_CHANGE_LIST = re.compile(
    r"^(净增|净减少|净减)(?:[^，,；;。\d、]{1,12}[\d.]+[^，,；;。\d、]{0,3}、)+(?P<item>[^，,；;。\d、]{1,12})$"
)


def _net_change_shared(p: _Predicate) -> _Measure | None:
    """净增经营主体34.6万家、企业14万家: a net change opening the clause is every later item's when the item names only
    its noun (gold C6: change_abs, also for things); an item with a verb of its own (、新增上市公司5家) is not.

    >>> s = extract_figures("净增经营主体34.6万家、企业14万家。", ReportInfo("demo", 2026))
    >>> s["measure"].tolist()
    ['change_abs', 'change_abs']
    """
    m = _NET_CHANGE_LIST.match(p.opening)
    if not m or subjects.is_flow(m.group("item")) or subjects.is_stock(m.group("item")):
        return None
    return "change_abs", p.base, -1 if m.group(1) != "净增" else 1


def _change_by_amount(p: _Predicate) -> _Measure | None:
    """比2015年增加961亿元, 净增, 增产74亿斤, 再提高20元 (raised_by), and a bare 新增 after a stock's growth
    (居民储蓄存款余额增长8.5%，新增4万多亿元): an increment; the comparison's own verb says which way
    (比改革前减轻企业和个人负担5000多亿元)."""
    raised = p.unit.kind in ("money", "physical") and _RAISED_BY.search(p.predicate)
    raised = raised or (p.unit.kind == "money" and _NEW_ADDED_ONLY.fullmatch(p.clause_before))
    # 各项贷款新增1.91万亿元: 新增 after the noun adds to a stock (新增中央投资 before it names the money)
    raised = raised or (p.unit.kind == "money" and bool(_NEW_ADDED_END.search(p.clause_before)))
    verb = _BY_AMOUNT.search(p.predicate)
    # 净增有进出口实绩企业485家: 净增 opening the clause before the things is a net change of their stock, as after them
    # (construction net_before_things, gold C6); 增加 or 新增 there counts things added
    verb = verb or _NET_OPENING.match(p.opening)
    # 棚户区改造580万套，增加110万套: a clause that is only the verb and the number names no things added; it
    # changes the figure before (change_of_figure_before), as a net change of a stock does (gold C6)
    # (增加407.7万人、居全国第3位: a rank of the change may follow it)
    bare = _BARE_CHANGE.fullmatch(p.clause_before) and re.match(r"[，,；;。]|、居|$", p.after)
    if not (p.cmp or verb or raised) or (p.unit.kind == "count" and not p.cmp and _ADDED_THINGS.match(p.opening) and not bare):
        return None
    down = _DOWN.search(p.predicate) or (p.cmp and _DECLINE_END.search(p.cmp.group(0)))
    down = down or (verb and _DECLINE_END.search(verb.group(1)))  # 裁减军队员额20万: the verb before the noun
    base = p.base or (p.carried if bare else None)
    # 装机同比增加1829万千瓦: 同比 compares with last year, as 比上年 does (same_period_change)
    base = base or ("上年" if re.search(r"同比[^，,；;。\d]{0,4}$", p.predicate) else None)
    return "change_abs", base, -1 if down else 1


def _capacity_increment(p: _Predicate) -> _Measure | None:
    """新增机场容量4亿人次: a capacity (lexicon role capacity_noun) added is an increment of the stock, as 新增 of a
    length or an area is (C7), also when counted in 人次 (capacity_increment); a count of things added stays a count.

    >>> bool(_capacity_added().search("新增机场容量")), bool(_capacity_added().search("新增机场"))
    (True, False)
    """
    return ("change_abs", p.base, 1) if _capacity_added().search(p.predicate) else None


@functools.cache
def _capacity_added() -> re.Pattern:
    nouns = "|".join(map(re.escape, subjects.role_words("capacity_noun")))
    return re.compile(rf"新增[^，,；;。\d]{{0,10}}({nouns})$")


def _count(p: _Predicate) -> _Measure | None:
    """新建中小学校29所: a count, never a cumulative sum, also when it says 五年 or 累计新增 in the
    review (gold CONVENTIONS, counts: the flow covers the period, `_default_period`); a count per
    people (每万人口…拥有量达到9.3件: per_population) is a level, and so is a capacity counted in things (lexicon role
    capacity_noun: 全市单日最大核酸检测能力达4万份, what can be done, not what was)."""
    if _PER_POPULATION.search(p.clause_before) or p.subject.endswith(subjects.role_words("capacity_noun")):
        return "level", None, 1
    return "count", None, 1


_DURATIONS = ("hours", "days", "workdays", "months", "years")  # units of a time taken, never a sum or an increment


def _built_increment(p: _Predicate) -> _Measure | None:
    """新增绿道1000公里: a physical quantity after 新增 is an increment of the stock (built_increment);
    新建绿道 is work done, which may replace old length (gold C7): a level for a year, a sum over a
    plan period (_sum_over_years). A quantity that itself names work done (lexicon role work_done:
    造林面积) is that work, not an increment of a stock, also after 新增 (新增造林面积不低于8880万亩, C7)."""
    if any(w in p.subject for w in subjects.role_words("work_done")):
        return None
    if (
        re.search(r"新增[^，,；;。]{0,12}$", p.predicate)
        or re.match(r"(以上|多)?新增", p.after)
        # 新增高速（一级）公路1800公里: no alias found; a length, area or capacity (not 新增劳动力平均受教育年限13.5年)
        or (
            p.unit.kind == "physical"
            and p.unit.unit_std not in _DURATIONS
            and re.match(r"[\s“”\"]*新增[^，,；;。、\d]{2,16}$", p.clause_before)
        )
    ):
        # 5000多万千瓦新增燃煤发电机组全部安装脱硫设施: 新增 right after the amount names it an increment too
        return "change_abs", p.base, 1
    item = p.clause_before[p.clause_before.rfind("、") + 1 :]
    if (
        _INCREMENT_LIST.search(p.clause_before)
        and not item.startswith(subjects.role_words("action", min_length=2))
        and not item.startswith("总")  # 新增公路1800公里、总里程突破9400公里: the total after the increment is the stock
        # (新增电力装机容量1672万千瓦、达到4215万千瓦: a verb of reaching alone after the increment states the stock it reached,
        # level_after_increment, session 74 probe of a 2011 provincial report: an increment over the term)
        and not _LEVEL_REACHED.fullmatch(item.strip(subjects.MARKS))
    ):
        # 新增城镇污水日处理能力1500万立方米、垃圾日处理能力6万吨: 新增 serves the list (not 、新建改造农村公路)
        return "change_abs", p.base, 1
    return None


_INCREMENT_LIST = re.compile(r"新增[^，,；;。\d]{1,16}\d[^，,；;。]*、[^，,；;。\d]{1,12}$")


# a year (not one that opens a span) right before a verb of reaching, at the end of the words before the number
# (a word of estimate between: 2021年预计突破1000亿元 in a term review delivered before the year closed, session 69 probe:
# a sum over the term)
_YEAR_THEN_REACHED = re.compile(
    r"(?:^|[，,；;、])(?:19|20)\d\d年(?:底|末)?(?:预计|有望|可望)?(?:达到|达|突破|超过|跃升至|增至|增加到|提高到)$"
)
# 预计2010年，全省生产总值达到2万亿元、…；全部财政收入完成2410.5亿元 in the term review: the term's last year opening the
# sentence dates its amounts in that year, no sums over the term (year_opens_sentence_in_term, session 74 probe of a 2011
# provincial report, whose review was read as the term's once its section was)
_YEAR_OPENS_SENTENCE = re.compile(r"^[\s“”\"]*(?:预计)?(?P<year>(?:19|20)\d\d)年(?:底|末)?[，,]")
# “十二五”末全社会固定资产投资达到30000亿元: the plan's end named in the clause dates a level there, no sum over the plan
# (level_at_plan_end, session 74 probe of a 2011 provincial report: a sum over 2011-2015)
_PLAN_END_NAMED = re.compile(rf"{_PLAN_NAME}(?:时期|期)?末")


# 累计增长29.3%，: a change in percent or times closing the clause right before (change_then_level)
_CHANGE_JUST_BEFORE = re.compile(r"(?:增长|提高|增加|上升|翻)[^，,；;。\d]{0,3}[\d.]+(?:%|％|倍)[，,、]\s*$")


def _sum_over_years(p: _Predicate) -> _Measure | None:
    """Money or a physical quantity done over several years sums over them (cumulative): over the
    five-year review or the new plan (五年累计完成8852亿元, 完成营造林3195万亩, investment or spending
    without a year), since a year (2018年以来), or over recent years in last year's review
    (近三年淘汰落后炼钢炼铁产能9000多万吨: recent_years_sum). A stock stands (its amount retired,
    淘汰…产能, is a flow)."""
    clause, section = p.clause, p.section
    # 近三年, 今后五年…将投入100亿元: a span written in one year's sections sums over it; 用两年时间将筹资标准
    # 由50元提高到100元 is a level
    recent = section in ("review_year", "plan_year") and _written_span(section, p.sentence_before, p.clause_before)
    recent = recent and not (section == "plan_year" and re.search("从|由", p.clause))
    # “十一五”时期中央财政将投入100亿元, 五年淘汰落后炼铁产能1亿吨: a plan period named in the clause sums over it
    over_plan = section in ("review_5y", "plan_5y") or bool(
        _PLAN_SPAN.search(p.clause_before)
        or _FIVE_YEARS.search(p.clause_before)
        or _opening_plan(p.sentence_before, p.clause_before)
    )
    since = "以来" in clause or _opening_since(p.sentence_before, p.clause_before) is not None
    multi_year = over_plan or since or recent
    if _from_start("level", p.clause_before, p.after):
        return None  # 过去五年，地区生产总值从4.2万亿元增加到5.3万亿元: the start of a from-to is a level at the base year
    if _stock_item_after_sum(p.clause_before) and not _SPENT.search(p.subject):
        # 中心城区累计建成“40桥24隧”、城市道路突破7000公里: the item's own level (stock_after_flow); money spent (水利建设投资
        # 翻番、达2734.3亿元) stays a sum over the review, as investment without a year is
        return None
    if _FROM_TO_END.search(p.clause_before):
        return None  # 全社会固定资产投资从2000亿元提高到3500亿元: its end is a level at the end year (from_to's `_FROM_TO_END`), no sum
    opens = _YEAR_OPENS.match(p.sentence_before) or _OPENING_PLAN_END.match(p.sentence_before)
    if over_plan and opens and not _CUMULATIVE.search(p.clause):
        # 2016年实现地区生产总值132亿元，…；全社会固定资产投资137亿元: the year opening the sentence dates it (year_opens_sentence);
        # so does the plan's end (“十三五”末，…；全社会固定资产投资完成130亿元，年均增长10.4%: plan_end_opens_sentence, session 59
        # probe: it was a sum over the plan)
        return None
    if _LEVELS_COMPARED_WITH_A_YEAR.match(p.rest):
        return None  # 投资1500亿元、零售总额900亿元，分别比2015年增长60%、45%: the year's levels (levels_compared_with_a_year)
    if _AVERAGE_GROWTH_AFTER.match(p.rest) and not (
        _SPENT.search(p.subject) or _CUMULATIVE.search(p.clause) or _PLAN_SPAN.search(p.clause_before)
    ):
        # 五年来，…完成一般公共预算收入21.5亿元，年均增长3.65%: an amount earned or produced that its own average growth follows
        # is the level the growth reached at the span's end, as GDP's is (level_with_average, session 64 probe of a city's
        # 2022 report: it was a sum over the review); money spent or invested stays a sum (完成固定资产投资9916.2亿元，年均增长
        # 11.1%, 民生支出达1306亿元，年均增长12.6%: the blind tables' sums), as does 五年累计完成…
        return None
    if (since or over_plan) and _YEAR_THEN_REACHED.search(p.clause_before):
        # “十四五”以来，…连跨4个千亿台阶，2024年达到1.3万亿元: a level its own clause dates to one year of the span is that
        # year's level, no sum of the span (year_dated_in_span, session 46 probe: it was cumulative and dated 2024); so in a
        # term review (经济总量五年连续跨越五个百亿台阶，2020年达1103.29亿元, session 65 probe: a sum over 2016-2020)
        return None
    if _PLAN_END_NAMED.search(p.clause_before) and not _CUMULATIVE.search(p.clause_before):
        return None  # “十二五”末全社会固定资产投资达到30000亿元: the level at the plan's end (level_at_plan_end)
    if (
        section == "review_5y"
        and (opening := _YEAR_OPENS_SENTENCE.match(p.sentence_before))
        and int(opening.group("year")) == p.review_year
        and not _CUMULATIVE.search(p.clause_before)
    ):
        return None  # 预计2010年，…全部财政收入完成2410.5亿元: the year's amount (year_opens_sentence_in_term)
    stock = p.kind == "stock" and not subjects.is_flow(p.clause_before)
    if _programme_years(p.clause_before, p.after):
        return "cumulative", None, 1  # 实施总额4万亿元的两年投资计划: the programme's amount over its years
    if not multi_year or stock:
        return None
    if _ONE_YEARS_AMOUNT.search(p.clause_before) and not _CUMULATIVE.search(p.clause_before):
        # 累计实施…项目1.3万余个，年度投资保持1万亿元以上: a yearly amount is one year's, also after a sum of the sentence; held
        # through the span it is a level at its end (yearly_amount)
        return None
    if _HELD_AT.search(p.clause_before) and not _CUMULATIVE.search(p.clause_before):
        # “十四五”以来，…，粮食产量连续5年稳定在700亿斤以上: a level held through the span is no sum of it (level_held_over_span,
        # session 40 probe; it was cumulative over 2021-2025)
        return None
    earlier = p.sentence_before[: len(p.sentence_before) - len(p.clause_before)]
    if _LEVEL_REACHED.fullmatch(p.clause_before.strip(subjects.MARKS)) and _CHANGE_JUST_BEFORE.search(earlier):
        # 五年来，地区生产总值累计增长29.3%，达到3500亿元: a clause of only a verb of reaching right after the quantity's change
        # over the span states the level reached at its end, no sum (change_then_level, session 58 probe: it was cumulative)
        return None
    if _CUMULATIVE.search(clause) or since or recent or _sum_carried(p.sentence_before, p.clause_before):
        return "cumulative", None, 1
    if (
        over_plan
        and not _YEAR_IN.search(clause)
        and p.unit.unit_std not in _DURATIONS  # 实现1小时通达 is a duration, not a sum
        and not re.search(r"实现|(到|至)$", p.predicate)  # 增加到11.7万亿: the new level
        and not _ONE_YEARS_AMOUNT.search(p.clause_before)  # 每年减轻农民负担1335亿元: one year's amount
        # 综合治理水土流失面积23万平方公里: the work verb inside the subject; 实现超低排放的煤电机组 states what they are
        and subjects.is_flow(p.predicate + _without_state_verbs(p.clause_before, p.unit))
        and not subjects.is_stock(p.predicate)
    ):
        return "cumulative", None, 1
    if (
        p.unit.kind == "money"
        and p.kind == "flow"
        and _SPENT.search(clause)
        and not _YEAR_IN.search(clause)
        and not _LEVELS_REACHED_TOGETHER.search(p.clause_before)
    ):
        return "cumulative", None, 1
    if p.unit.kind == "money" and section in ("review_5y", "plan_5y") and _PAYER_ALLOTS.search(p.clause_before):
        return "cumulative", None, 1  # 中央财政安排1000亿元专项奖补资金 in the review: allotted over it
    return None


_HELD_AT = re.compile(r"(?:稳定在|保持在|稳定|保持)(?:约|近|超过|超)?$")  # a level held (`_sum_over_years`)
# 2016年，全市实现…: a year opening the sentence (not 2016年以来, 2016年至2020年) dates its amounts, no five-year sums; so does
# the date of a status (截止2016年底，全县生产总值85.5亿元，…；全社会固定资产投资127.2亿元: status_date_opens_sentence)
_YEAR_OPENS = re.compile(_LEAD_CLAUSES + r"(?:截至|截止)?(?:19|20)\d\d年(?![以至到起—\-~－])")
# 全社会固定资产投资1500亿元、社会消费品零售总额900亿元，分别比2015年增长60%、45% in a five-year review: amounts
# compared with a year are the end year's levels, not five-year sums (construction levels_compared_with_a_year); a sum
# compared with a period (五年投资2万亿元，比“十三五”时期增长40%) stays a sum
_LEVELS_COMPARED_WITH_A_YEAR = re.compile(
    r"[^，,；;。]*[，,](?:分别|均|都)?(?:比|较)(?:(?:19|20)\d\d年|“?十[一二三四五]五”?(?:时?期)?末)(?:分别)?"
    r"(?:增长|提高|增加|翻|下降|减少)"
    # 完成地区生产总值19.56亿元，同比增长2.6%，是2016年的1.9倍: a growth on last year, or a multiple of a year, right after
    # the amount makes it the end year's level too; a five-year sum has neither (year_level_in_review, session 44 probe)
    r"|[，,、](?:同比|(?:比|较)(?:上年|去年))(?:增长|下降)|[^，,；;。]*[，,、](?:分别|均|都)?(?:是|为|相当于)(?:19|20)\d\d年的[\d.]+倍"
)


# (level_with_average; a qualifier of the amount may stand before the mark: 完成960亿元以上，年均增长17.6%)
_AVERAGE_GROWTH_AFTER = re.compile(r"(?:以上|左右|多)?[，,、](?:年均|平均每年)(?:实际)?(?:增长|递增)")
# 2015年全区常住人口下降6000人 in a term review: a year written alone at the clause's start dates the change or the flow to
# that year (year_alone_dates_change); 到2015年 (by then) keeps the span from the term's start
_YEAR_ALONE_DATES = re.compile(r"^[\s“”\"]*((?:19|20)\d\d)年(?!以来|起|底|末|[到至])[^，,；;。\d]*$")
_DATING_YEAR = re.compile(r"(?<![较比与])(19|20)\d\d年")  # a year written that dates, not the base of a comparison
# money spent, or foreign capital used (实际利用外资36亿美元 in a term review: gold 2013_national reads it cumulative; session 56
# probe of county-level cities: it was a level): summed over a five-year section when no year is written
_SPENT = re.compile("投资|支出|投入|(?:利用|使用)外资")
# a list item that reaches a level by its own verb: 突破, 超过, 达到, 稳定在 (stock_after_flow)
_REACHED_VERBS = r"(突破|超过|超|达到|达|稳定在|保持在)"
_LEVEL_REACHED = re.compile(rf"{_REACHED_VERBS}(约|近)?$")
# 地方财政收入、支出分别突破300亿元和3000亿元: items of one 分别 list that reach levels by one verb stand where the first
# does, at the span's end; the spending is no sum over it while the revenue is a level (levels_reached_together)
# (固定资产投资、社会消费品零售总额均突破4万亿元: 均, 都, 双双 as 分别; session 74 probe of a 2021 provincial report: sums over
# the term)
_LEVELS_REACHED_TOGETHER = re.compile(rf"(?:分别|均|都|双双){_REACHED_VERBS}")


def _stock_item_after_sum(clause_before: str) -> bool:
    """Is the number's item, after a 、 of its clause, a level its own verb reaches after a sum or a span written in an
    earlier item (construction stock_after_flow)? 中心城区累计建成“40桥24隧”、城市道路突破7000公里 and 地区生产总值五年跨过3个
    万亿级关口、突破10万亿元 state the level at the span's end; 累计完成林分优化1105万亩、乡村绿化植树3900万株 shares the sum.

    >>> _stock_item_after_sum("中心城区累计建成“40桥24隧”、城市道路突破"), _stock_item_after_sum("累计完成林分优化1105万亩、乡村绿化植树")
    (True, False)
    """
    item = clause_before.rsplit("、", 1)[-1]
    return (
        item != clause_before
        and bool(_LEVEL_REACHED.search(item))
        and not _CUMULATIVE.search(item)
        and not subjects.is_flow(item)
    )


# 每年, 年均, 年度 before an amount: one year's amount, no sum over the span (yearly_amount)
_ONE_YEARS_AMOUNT = re.compile(rf"每年|{_NOT_AFTER_YEAR}年均|年度(?!计划|目标|任务)")


_RATE_NAMED_CUMULATIVE = re.compile(r"累计(?:降低|下降|增长|减少|提高)?率")


def _sum_carried(sentence_before: str, clause_before: str) -> bool:
    """A clause of only a noun and its amount after a sum in the same sentence is an item of that
    sum (construction sum_carried): 五年累计退耕还林、植树造林3191万公顷，退牧还草3460万公顷 and 累计对外直接
    投资2200亿美元，对外工程承包和劳务合作营业额3352亿美元 sum both over the five years, as a count does (累计完成
    林分优化1105万亩…，乡村绿化植树3900万株); a clause with a verb of its own (森林覆盖率达53.4%, 带动社会投资超
    千亿元), a stock (市场主体累计达57.57万户,“四上”企业4872家) or a number that opens its clause (…，4386万名
    异地务工人员在粤稳定就业) is no item of a sum.

    >>> _sum_carried("五年累计退耕还林、植树造林3191万公顷，退牧还草", "退牧还草"), _sum_carried("累计新增1万家，总数达到", "总数达到")
    (True, False)
    """
    earlier = sentence_before[: len(sentence_before) - len(clause_before)]
    # 单位GDP二氧化碳排放累计降低率完成…目标: 累计 inside a rate's name sums nothing (rate_named_cumulative)
    sums = [
        c
        for c in re.split(r"[，,；;：:]", earlier)
        if _CUMULATIVE.search(_RATE_NAMED_CUMULATIVE.sub("", c)) and not subjects.is_stock(c)
    ]
    # (金融资产规模超过9.5万亿元: a level reached by its own verb, 超过 as 突破: stock_after_flow)
    own_verb = (
        subjects.is_stock(clause_before)
        or _UP_TO.search(clause_before)
        or _YEAR_IN.search(clause_before)
        or _LEVEL_REACHED.search(clause_before)
    )
    return bool(sums and re.search(r"[\u4e00-\u9fff]", clause_before)) and not own_verb


def _part_of_flow(earlier: str, clause_before: str) -> bool:
    """Is a count after 其中 a part of a count of what happened during the span, written before 其中 in its sentence
    (construction part_of_flow)? 五年新增创新主体3680家、创新平台1167个；其中，省级创新龙头企业20家、高新技术企业169家: the
    parts were added during the span as the whole was (session 73 probe of a city's term review: they were dated its last
    year). A whole that states a stock (在校生达到5万人，其中寄宿生2万人) or a part with a verb of its own is no flow.

    `earlier` is the sentence before the number's own clause (`_Number.earlier_clauses`).

    >>> _part_of_flow("新增创新主体3680家、创新平台1167个；其中，", "省级创新龙头企业")
    True
    >>> _part_of_flow("新建学校10所，在校生达到5万人，其中", "寄宿生"), _part_of_flow("其中，", "企业")
    (False, False)
    """
    at = earlier.rfind("其中")
    whole = earlier[:at]
    return (
        at > 0
        and _DIGIT.search(whole) is not None
        and subjects.is_flow(whole)
        and not subjects.is_stock(clause_before)
        and not _UP_TO.search(clause_before)
    )


# a payer allotting money (中央财政安排, 各级财政累计下达): the lexicon's payers before a verb of allotting
_PAYER_ALLOTS = re.compile(rf"({'|'.join(subjects.payers())})(将|拟|共|累计)?(安排|下达|拨付)(约|近|超过|超)?$")


def _level(p: _Predicate) -> _Measure:
    """地区生产总值3201亿元: a level, when no other rule reads the number."""
    return "level", None, 1


_NOUN_GROWTH_AFTER = re.compile(r"(?:左右|以上)?的(?P<noun>经济|GDP|地区生产总值|国内生产总值)增长(?![点率])")


def _growth_of_the_economy(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """A growth rate whose only name is its growth words is the economy's (construction
    growth_of_the_economy, gold S5: 有6.5%－7%的增速就能够实现比较充分的就业 and 把增长预期目标定在7.5%左右
    give 经济, also with 经济 before the goal words: 今年经济增长预期目标定为7.5%左右); a noun between 的 and the
    growth words names it (提出8%左右的国内生产总值增长目标 gives
    国内生产总值). Only when the words before the number name nothing else."""
    if num.tok.unit.kind != "percent":
        return None
    after = _RATE_NAMED_AFTER.match(s.text, num.tok.after)
    named = _NOUN_GROWTH_AFTER.match(s.text, num.tok.after)
    if after and not subjects.subject_before(num.sub):
        noun = after.group("noun").strip(subjects.MARKS) or "经济"
    elif named and not subjects.subject_before(num.sub):
        noun = named.group("noun")  # 实现5%左右的经济增长: the noun written between 的 and 增长 (session 49)
    elif _GROWTH_GOAL_ONLY.fullmatch(num.sub):
        noun = "经济"
    else:
        return None
    return _Subject((indicators.lookup(noun + "增长"), noun), num.clause_before, "growth_of_the_economy")


# The order is the precedence: what the token says (rank, multiple, points), the rules of a percent,
# then those of money, counts and physical quantities, and a level last. Beside each rule, the unit
# kinds of the numbers it reads (every kind when none is named).
_MEASURE_RULES: tuple[tuple[Callable[[_Predicate], _Measure | None], tuple[str, ...]], ...] = (
    (_rank, ()),
    (_rank_moved, ("places",)),
    (_multiple, ("multiple",)),
    (_points, ("pp",)),
    (_cut_in_percent, ("percent", "tenths")),
    (_tenths_share, ("tenths",)),
    (_half_share, ("percent",)),
    (_decline_rate, ("percent",)),
    (_contribution, ("percent", "tenths")),
    (_target_in_gap, ("percent",)),
    (_completion_of_plan, ("percent",)),
    (_share_of_whole, ("percent",)),
    (_share_of_set, ("percent",)),
    (_rate_named_after, ("percent",)),
    (_rate_of_places_topic, ("percent",)),
    (_higher_aim, ("percent",)),
    (_above_plan, ("percent",)),
    (_averaged_rate, ("percent",)),
    (_growth_as_object, ("percent",)),
    (_percent, ("percent", "tenths")),
    (_average_growth, ()),
    (_above_plan_by_amount, ("money", "physical", "count")),
    (_threshold, ("money", "physical", "bare")),
    (_cut_by_amount, ("money", "physical")),
    (_change_by_amount, ()),
    (_net_change_shared, ("count", "money", "physical")),
    (_capacity_increment, ("count",)),
    (_count, ("count",)),
    (_built_increment, ("physical",)),
    (_sum_over_years, ("money", "physical")),
    (_level, ()),
)


@functools.cache
def _rules_for(kind: str) -> tuple[Callable[[_Predicate], _Measure | None], ...]:
    """The measure rules that read a number of this unit kind, in their order.

    >>> [rule.__name__ for rule in _rules_for("count")]
    ['_rank', '_average_growth', '_above_plan_by_amount', '_change_by_amount', '_net_change_shared', '_capacity_increment', '_count', '_level']
    """
    return tuple(rule for rule, kinds in _MEASURE_RULES if not kinds or kind in kinds)


# 是2020年的1.3倍, 相当于2020年的1.3倍: the base of a multiple, between the copula and 的
_MULTIPLE_BASE = re.compile(r"(?:是|相当于|达到|达|为)(?P<base>[^，,；;。]{1,16}?)的$")


def _base_of_multiple(predicate: str) -> str | None:
    m = _MULTIPLE_BASE.search(predicate.rstrip("近约超过"))
    return _clean_base(m.group("base")) if m else None


# the later numbers of a list after a number (、4200万吨、19万吨), up to where a qualifier may follow
_REST_OF_LIST = re.compile(r"(?:(?:、|和|及|与)[\d.]+[^\d，,；;。、和及与以左]{0,6})+")


_CLAUSE_MARK_OR_LINE = re.compile(r"[，,；;。：:\n]")
_ABOUT_SHARE = re.compile(r"约占|大约占|约有$")
_QUALIFIER_LEAD = re.compile(r"(约|大约|近|接近|将近|超过|超|突破|逾|不低于|不少于|至少)")


# 力争到2030年，A达到…，B达到…: a sentence opened by a clause of only 力争/争取 and a span or a year ahead strives
# for every clause of the sentence (strive_lead_clause; the lead heads no clause of its own, as the year it names
# dates them all; C13 is a 力争 heading a clause of its own content)


def _strive_lead_clause(sentence_prefix: str) -> bool:
    """Whether the number's sentence opens with a clause of only 力争 and a span or year ahead (strive_lead_clause),
    read on the sentence's words before the number.

    >>> _strive_lead_clause("力争到2030年，全市地区生产总值迈上4万亿元新台阶，人均地区生产总值达到"), _strive_lead_clause("到2030年，人均达到")
    (True, False)
    """
    lead = _COMMA.split(sentence_prefix.lstrip(subjects.MARKS + " \u3000"), maxsplit=1)
    return len(lead) == 2 and bool(_STRIVE_SPAN.fullmatch(lead[0].strip(subjects.MARKS)))


def _qualifier(text: str, tok: _Token, clause: str, clause_before: str, sentence_prefix: str) -> str | None:
    found = []
    # 超过全球一半: the whole written right before a share leaves the words of its qualifier before it
    # (not a comparison: 高于全国0.4个百分点 is no qualifier)
    half = text[tok.start : tok.end] == "一半"
    # 产业营收超全市三分之一, 超过全省的30%: any share of a wider place written right before it (share_over_place)
    # (not 增速超过全国9.8%的水平: the place's own rate compared with, no share of it)
    half = half or (
        tok.unit.kind == "percent"
        and bool(_place_whole_before().search(clause_before))
        and not text.startswith(("的水平", "水平"), tok.after)
    )
    whole = next((w for w in subjects.role_words("rank_area") if text.endswith(w, 0, tok.start)), "") if half else ""
    whole = whole or (
        next((w + "的" for w in subjects.role_words("rank_area") if text.endswith(w + "的", 0, tok.start)), "") if half else ""
    )
    # 超每千人6.6批次: 超, the per-head words between it and the number left out
    prefix = _PER_BASIS_BEFORE.sub("", text[max(0, tok.start - len(whole) - 8) : tok.start - len(whole)])
    prefix = prefix.rstrip(" \u3000")[-4:]  # 超过 5万亿元: a space before the number (PDF copies) is no word (spaced_qualifier)
    # 项目签约3543亿元: a word ending in 约 (lexicon role whole_word) is no 约 (about)
    whole_words = subjects.role_words("whole_word")
    if prefix.endswith(whole_words):
        prefix = next(prefix[: -len(w)] for w in whole_words if prefix.endswith(w))
    clause_start = tok.start - len(clause_before)
    before_clause = _CLAUSE_MARK_OR_LINE.split(text[max(0, clause_start - 16) : max(0, clause_start - 1)])[-1]
    for name, pat in _PREFIX_Q:
        if name == "strive":
            # 争取用三年时间，解决750万户…: a clause of only 力争/争取 and a span of years strives for what follows
            if (
                pat.search(clause_before)
                or _STRIVE_SPAN.fullmatch(before_clause.strip(subjects.MARKS))
                or _strive_lead_clause(sentence_prefix)
            ):
                found.append(name)
        elif pat.search(prefix):
            found.append(name)
    if tok.rank and text[tok.start - 1 : tok.start] == "前":
        found.append("at_most")  # 稳居全国前10位: within the first ten (ranks_without_di)
    if text[tok.start - 1 : tok.start] == "上" and text[tok.start : tok.start + 1] in "亿千万":
        found.append("over")  # 上亿群众: more than one 亿 (magnitude_before_noun)
    if _ABOUT_SHARE.search(clause_before) and "about" not in found:  # 翘尾影响约有1个百分点
        found.append("about")
    suffix = text[tok.after : tok.after + 4].lstrip(" \u3000")  # 提高到70% 以上: a space before 以上
    for name, pat in _SUFFIX_Q:
        if pat.match(suffix) and name not in found:
            found.append(name)
    if (
        "分别" in sentence_prefix
        and not any(name in found for name, _ in _SUFFIX_Q)
        and (rest := _REST_OF_LIST.match(text, tok.after))
    ):
        # 水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上: a qualifier after the list's last number
        # applies to every item, as one written before them (settled item 4); so in a later clause of the 分别 sentence
        # (…分别达到6.1万元、3.3万元，增长8.5%和9%左右: the growths are the same items', qualifier_after_later_list)
        found += [name for name, pat in _SUFFIX_Q if pat.match(text[rest.end() : rest.end() + 3]) and name not in found][:1]
    if (tok.unit.more or (tok.unit.kind == "multiple" and text[tok.after : tok.after + 1] == "多")) and "more_than" not in found:
        found.append("more_than")  # 增长2倍多: more than
    if (edge := _FRACTION_EDGE.match(text, tok.after)) and "分之" in text[tok.start : tok.end] and not found:
        # 规模全市占比保持四分之一强: a little more than a quarter (弱: a little less); a fraction in words then 强 or 弱
        # closing it (construction fraction_edge, session 56 probe)
        found.append("more_than" if edge.group(1) == "强" else "nearly")
    if _FLOOR_OF_CHANGE.search(clause_before) and "at_least" not in found:
        found.append("at_least")  # 资费年内至少降低30%: the floor stands before the verb of change
    held, item = clause_before.rfind("控制在"), clause_before.rfind("、")
    # (城镇调查失业率控制在5%以内、居民消费价格涨幅2%左右: the ceiling of the item before is not the next item's, session 47
    # probe: it was about+at_most; 控制在4.5%以内、6.5%以内 and a list before 控制在 keep it)
    next_item = item > held and _HAS_NOUN.search(clause_before, item + 1)
    if held >= 0 and not next_item and "at_most" not in found:
        found.append("at_most")  # 控制在5.5%左右: about, and a ceiling (settled item 4)
    if (m := _LEAD_OF_LIST.search(clause_before)) and not found:
        # 进出口总额接连突破8万亿元、9万亿元; 分别超过8万元、4.5万元: a qualifier before the first number of a
        # list applies to every item (lead_of_list, as a shared one after the last: settled item 4)
        found += [name for name, pat in _PREFIX_Q[1:] if pat.search(m.group(1))][:1]
    if (m := _AT_LEAST_WHOLE.match(clause_before)) and tok.unit.kind == "multiple" and not found:
        found.append("at_least" if m.group(1) in ("低", "少") else "at_most")  # 不低于…标准的1.6倍 (floor_of_multiple)
    lead = _QUALIFIER_LEAD.match(clause_before.split("分别")[-1])
    if "分别" in clause_before and lead and not found:
        # 抽检合格率分别超98.5%和99%: a qualifier written after 分别 applies to every item (settled item 4)
        found += [name for name, pat in _PREFIX_Q[1:] if pat.search(lead.group(0))][:1]
    return "+".join(found) if found else None


def clause_before_of(sentence_before: str) -> str:
    """The words of the clause before a number: the sentence since its last clause mark."""
    return _CLAUSE_MARK.split(sentence_before)[-1]


# (starts joined by 和 too: 分别从2.8万元和1.3万元提高到…, session 42 probes; the second start was dated the end)
_FROM_OPENING = re.compile(r"(从|由)[^，,；;。\d]{0,10}([\d.]+[^，,；;。\d、和]{0,4}[、和])*第?$")
# 由第6位上升为第4位, 由第7进到第6位: the end of a rank's from-to; 由162个整合为123个, 由51家合并为33家, 由X个精简为Y个:
# things merged into fewer (merged_into); 从全国第8位跃居第1位: a rank's leap (from_to_leap)
# (经济总量排名从全国第35位跨入30强: a rank that moves into a class of the first N, 跨入, 跻身, 迈入; session 57 probe)
_TO_WORD = re.compile(r"(到|至|(?<=[升进合并简])为|(?<=[跃升])居|跨入|跻身|迈入)")


def _from_start(measure: str, clause_before: str, clause_after: str) -> bool:
    """Is the number the start of 从X(增加)到Y (construction from_to)? 从废墟中抢救生还者8.4万人 is not; each
    start of a list is (分别从每人每月209元、280元提高到217元、290元: from_list).

    >>> _from_start("level", "标准分别从每人每月209元、", "元提高到217元、290元"), _from_start("count", "从废墟中抢救生还者", "")
    (True, False)
    """
    return bool(
        measure in ("level", "count", "share", "rank")
        and _FROM_OPENING.search(clause_before)
        and _TO_WORD.search(clause_after)
        and not _FROM_PART_OF_YEAR.search(clause_before)
    )


# GDP增速从一季度3.3%、到上半年4.5%、再到前三季度4.9%: a from-to over the parts of one year is no level at a base year; each
# figure is the year's growth so far (from_part_of_year, session 64 probe of a district's 2025 report: the first was a level
# of the year before)
_FROM_PART_OF_YEAR = re.compile(rf"从(?:{subjects.PART_OF_YEAR}|\d{{1,2}}(?:[-—－]\d{{1,2}})?月(?:份)?)$")


# 较“十三五”末的9323.1亿元增加4374.4亿元: a value written after the base of a comparison, then its verb of change
_COMPARED_BY_OPENS = re.compile(f"(?:{_COMPARED_BY})")  # the verb of change right after the value
_ACCOUNT_OF_BASE = "(?:决算数|预算数|执行数|完成数|实际数)"  # 比上年决算数14.94亿元: the account a base's value is taken from
# (比上年28899万元增长9.9%: after a year the value may follow with no 的, session 51 probe of budget reports)
_BASE_THEN_VALUE = re.compile(
    # (比上年决算数14.94亿元增长3.0%: the account the value is taken from, between, session 52 probe set)
    rf"(?:(?<!相)比|{_JIAO_COMPARES})(?:[^，,；;。\d]{{1,12}}的|(?:上年|去年|(?:19|20)\d\d年)(?:同期|底|末)?{_ACCOUNT_OF_BASE}?)$"
)


_LAST_YEAR_BASE = re.compile(rf"(?:上年|去年)(?:同期|底|末)?{_ACCOUNT_OF_BASE}?$")


def _value_at_base(num: _Number) -> bool:
    """Is the number the value of a quantity at the base of a comparison, written after the base and before the
    verb of change (construction base_value_written: 较“十三五”末的9323.1亿元增加4374.4亿元 puts 9323.1 at the
    plan's end, as 由“十二五”末的6500亿元增加到 does)?

    >>> f = extract_figures("经济总量较“十三五”末的9323.1亿元增加4374.4亿元。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "period_end", "base_period"]].values.tolist()
    [['经济总量', 2020, nan], ['经济总量', 2025, '十三五期末']]
    """
    return bool(_BASE_THEN_VALUE.search(num.clause_before)) and bool(_COMPARED_BY_OPENS.match(num.clause_after.lstrip()))


# Measures that cover a span of years rather than standing at its end (a growth, a sum, a change).
_OVER_A_SPAN = ("growth_avg", "cumulative", "change_abs", "change_pct", "change_multiple", "pp_change")


def _section_span(cal: ReportCalendar, section: str) -> tuple[int, int]:
    """The years a section speaks of when its clause names none: the five-year review and the new
    plan their five years, this year's plan this year, every other section last year.

    >>> cal = ReportCalendar(2021)
    >>> [_section_span(cal, s) for s in ("review_5y", "review_year", "plan_5y", "plan_year", "problems")]
    [(2016, 2020), (2020, 2020), (2021, 2025), (2021, 2021), (2020, 2020)]
    """
    if section == "review_5y":
        return cal.review_5y
    if section == "plan_5y":
        return cal.plan_5y
    year = cal.report_year if section == "plan_year" else cal.review_year
    return year, year


# 较去年 compares as 比去年 does: the base, not the year of the figure (compared_with_last_year_word, session 58 probe of a
# report delivered in December: 预计到2021年底…完成546亿元，较去年增长8% was dated 2020)
_OWN_YEAR_WORD = re.compile(r"(?<![比较])(去年|今年)")
# …提高到58794元和: the to-word of a from-to, then ends of its list and a joiner, up to the number (to_list)
_TO_LIST_BEFORE = re.compile(r"(?:至|到)(?:[\d.]+[^，,；;。\d和、及与]{0,4}(?:和|、|及|与|以及))+$")
# 从2017年的2.01万亿元增加到: a start year of a from-to, the last year written in the clause (average_after_from_to)
_FROM_YEAR = rf"[从由]((?:19|20)\d\d)年(?:底|末)?的?[\d.]+[^，,；;。\d年]{{0,24}}?(?:{_predicate_words('up_to')})?(?:到|至)"
_FROM_YEAR_START = re.compile(_FROM_YEAR + r"[\d.]+[^，,；;。]*$")
# 人均GDP由2015年的45603元提高到2020年的65632元，增幅43.9%: the start year of a dated from-to is the base of a change after it
# (base_of_dated_from_to, `_base_carried`)
_DATED_FROM_TO = re.compile(_FROM_YEAR + r"(?:(?:19|20)\d\d年(?:底|末)?的?)?[\d.]+")
# 从2013年的1130.5亿元增加到2017年的1585.5亿元、: a from-to with both years written, nothing of a figure after it up to the
# number (average_after_dated_from_to); in the clause right before, the whole clause
_BOTH_YEARS_DATED = _FROM_YEAR + r"(?P<end>(?:19|20)\d\d)年(?:底|末)?的?[\d.]+[^，,；;。\d]*"
_DATED_FROM_TO_END = re.compile(_BOTH_YEARS_DATED + "$")
_DATED_FROM_TO_BEFORE = re.compile(_BOTH_YEARS_DATED + "[，,、]$")


def _dated_from_to(clause_before: str, sentence_prefix: str, clause_has_year: bool) -> tuple[int, int] | None:
    """The years after the start to the end of a from-to with both years written, in the number's clause or, when that
    clause writes no year, as the whole clause right before it; None otherwise (average_after_dated_from_to).

    >>> _dated_from_to("年均增长", "全市生产总值从2013年的1130.5亿元增加到2017年的1585.5亿元，年均增长", False)
    (2014, 2017)
    >>> _dated_from_to("年均增长", "全市生产总值从2013年的1130.5亿元增加到1585.5亿元，年均增长", False) is None
    True
    """
    if clause_has_year:
        dated = _DATED_FROM_TO_END.search(clause_before)
    else:
        dated = _DATED_FROM_TO_BEFORE.search(sentence_prefix, 0, len(sentence_prefix) - len(clause_before))
    return (int(dated.group(1)) + 1, int(dated.group("end"))) if dated and int(dated.group(1)) < int(dated.group("end")) else None


_LAST_CLAUSE_REST = re.compile(r"[^，,；;。]*[，,]?")
# 今年以来，…累计发放消费券190亿元 in a review (a heading of 2019年和今年以来), or 今年 in the figure's clause: the weeks of
# the report's own year (this_year_in_review)
_OPENING_THIS_YEAR = re.compile(r"[\s“”\"]*今年(以来)?[，,]")
_THIS_YEAR_IN = re.compile(r"(?<![比较])今年")
_FROM_WORD = re.compile(r"(从|由)")
_LAST_YEAR_WORD = re.compile(r"去年|上年")


def _after_base(measure: str, base: str | None, period: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """A change over years starts the year after the year it is compared with (change_after_base, session 57 probe: 2021年
    全市生产总值比2020年增长9.5% in a term review was dated over the term, 2017-2021).

    >>> _after_base("change_pct", "2020", (2017, 2021)), _after_base("change_pct", "2015", (2016, 2020))
    ((2021, 2021), (2016, 2020))
    >>> _after_base("level", "2020", (2021, 2021)), _after_base("change_pct", "十三五期末", (2021, 2025))
    ((2021, 2021), (2021, 2025))

    A change dated to one year but compared with a year two or more before it spans back to the year after that one
    (change_since_base, session 69 probes of city and provincial reviews: 旅游总收入比2012年增长5倍 in a 2020 review, 工业经济
    综合效益指数比1997年提高29.2个百分点 in a 2003 review were dated the review's year alone; CONVENTIONS S69a):

    >>> _after_base("change_multiple", "2012", (2019, 2019)), _after_base("change_pct", "2018", (2019, 2019))
    ((2013, 2019), (2019, 2019))
    """
    start, end = period
    if measure not in _OVER_A_SPAN or not base or not base.isdigit() or start is None or end is None:
        return period
    if start <= int(base) < end or (start == end and int(base) < start):
        return int(base) + 1, end
    return period


def _period(s: _Sentence, num: _Number, measure: str, section: str, base: str | None) -> tuple[int | None, int | None]:
    """Years a figure covers: explicit years in its clause (or a year range in its sentence)
    first, then the section's default (`_section_span`, a plan period named in the clause), over
    the span for a measure of change and at its end for a level (`_default_period`). In the 2021
    report 五年来 opens the five-year review (2016-2020): 2018年以来 starts the sum in 2018, and jobs
    added (新增, a flow) cover the plan.

    >>> f = extract_figures("五年来，2018年以来完成投资176亿元，城镇新增就业4.6万人。", ReportInfo("demo", 2021))
    >>> f[["section", "period_start", "period_end"]].values.tolist()
    [['review_5y', 2018, 2020], ['review_5y', 2016, 2020]]
    """
    cal, clause_before = s.cal, num.clause_before
    if measure == "multiple" and base and "末" not in base and (compared := plan_years(base)):
        # 完成交通投资908.5亿元，是“十二五”时期的近3倍: a multiple of a plan's whole span (not of its end, 十二五末) compares
        # the sum over the next plan's span with it, and covers that span (multiple_of_plan_span, S57b, as E8 for a share)
        return compared[0] + 5, compared[1] + 5
    if "分别" in clause_before and _YEARS_LISTED.search(clause_before):
        group = _distributive_group(s.text, s.tokens, num.i)
        if (listed := _years_listed(clause_before, len(group))) and num.i in group:
            year = int(_YEAR_NUMBER.findall(listed.group(0))[group.index(num.i)])
            return year, year  # 2021年、2020年…分别增长8.5%和2.3%: each number stands at its year (years_listed)
    if measure == "growth_yoy" and _EACH_YEAR_LISTED.search(clause_before):
        # 增长速度每年分别为11%、11.4%、12.5%、14%和14.3% under “十五”期间: one number for each year of the span, in order
        # (rates_of_each_year); a list of another length dates nothing of its own
        group = _distributive_group(s.text, s.tokens, num.i)
        first, last = _opening_plan(num.sentence_prefix, clause_before) or _section_span(cal, section)
        if num.i in group and last - first + 1 == len(group):
            year = first + group.index(num.i)
            return year, year
    if bases := _BASES_LISTED.search(clause_before):
        # 比2020和2019年分别增长17%和33%: the years of a list of bases are bases (each number's passed as `base`), none dates
        # the figures nor spans a range (bases_listed)
        clause_before = clause_before[: bases.start()] + clause_before[bases.end() :]
    # (过去五年吉林省长春新区GDP年均增长7.6%，规上工业产值年均增长9.5%: an average over years takes the five years the
    # sentence names before it, not only its clause's: five_years_averaged, probe set)
    averaged = measure == "growth_avg" and _FIVE_YEARS_WRITTEN.search(num.sentence_prefix)
    if section == "other" and (_FIVE_YEARS_WRITTEN.search(clause_before) or averaged):
        # 五年实际吸收外资901亿美元, 五年共办理人大代表建议4324件 before any heading (a news page): the five years the clause
        # names are the term reviewed, dated as in its review (five_years_in_clause, session 48 probes of 2021 provincial
        # reports: they were dated the year before the report)
        section = "review_5y"
    if (
        measure == "change_pct"
        and section == "review_year"
        and _plan_closed(cal.review_year)
        and _SUMMED_CHANGE.search(clause_before)
    ):
        return cal.review_5y  # 能耗强度累计下降17.3% in the plan's last year: over the plan (summed_change_in_plan_end_year)
    ago = _YEARS_AGO.search(clause_before)
    if ago:
        # 相当于5年前1.5个百分点、10年前2.5个百分点: the figure of N years before last year's
        year = cal.review_year - int(parse_number(ago.group(1)))
        return year, year
    if (
        measure == "level"
        and section in ("review_5y", "review_year")
        and _stock_item_after_sum(clause_before)
        and not _DATING_YEAR.search(clause_before)
    ):
        # 地区生产总值五年跨过3个万亿级关口、突破10万亿元, 较2020年提高1.16岁、达到79.72岁: a level an item reaches by its own verb
        # stands at the section's end, not over a span or at a base written in the item before it (stock_after_flow)
        end = _section_span(cal, section)[1]
        return end, end
    if section in ("review_5y", "review_year") and (census := _census_dating(num.sentence_prefix)):
        # “五经普”…比“四经普”增长29.8%、居全国第1位: the figures of a census stand at its year, a change from the base census's
        # year after it (census_dated)
        base_year = int(base) if base and base.isdigit() else None
        if measure not in _OVER_A_SPAN:
            return census, census
        if base_year and base_year < census:
            return base_year + 1, census
    if section in ("plan_year", "plan_5y") and _NEXT_YEAR.search(clause_before):
        # 中央财政支出将由上年18亿元增加到95亿元，明年将安排200亿元: the year after the plan's (next_year)
        return cal.today + 1, cal.today + 1
    if section in ("review_year", "review_5y", "other") and (
        _OPENING_THIS_YEAR.match(num.sentence_prefix) or _THIS_YEAR_IN.search(clause_before)
    ):
        # 今年以来 in a review: the report's own year (this_year_in_review); before any heading too (…2020年…，今年广东GDP增长
        # 预期目标为6%以上 on a news page: session 48 probe of 2021 provincial reports, it took the sentence's 2020); in a
        # report delivered in December the year reviewed (delivered_in_december)
        return cal.today, cal.today
    # 从2003年到2006年年均超收2040亿元，其中去年超收2573亿元: a year of the clause's own (去年, 今年) wins over the sentence's range
    own_year = _YEAR_IN.search(clause_before) or _OWN_YEAR_WORD.search(clause_before)
    own_range = _YEAR_RANGE.search(clause_before)
    rng = own_range or (None if own_year else _range_dating(num.sentence_prefix))
    if rng and int(rng.group(1)) < int(rng.group(2)):
        # (2020年、2019年 counts down: two years listed, no range; a range read so broke the table's schema for the whole
        # report, session 51)
        if measure == "level" and not own_range:
            # 2017年至2021年，预计全市地区生产总值从206亿元增长到286亿元: a level under the sentence's range stands at one of its
            # ends, the start of a from-to the year before it, any other level its last year (level_in_range, session 68 probe
            # of a county-level city's term review: both were dated 2017-2021)
            year = int(rng.group(1)) - 1 if _from_start(measure, clause_before, num.clause_after) else int(rng.group(2))
            return year, year
        return int(rng.group(1)), int(rng.group(2))
    if own_year and own_year.group() == "去年" and not _YEAR_IN.search(clause_before) and not _FROM_WORD.search(clause_before):
        # 五年来…。去年新增科技型中小企业3000家: last year, named in the clause, dates the figure in any section (last_year_named;
        # it took the five years of the review); the year before the year reviewed in a report delivered in December
        return cal.today - 1, cal.today - 1
    years = [(int(m.group(1)), m.group(2)) for m in _dating_years(clause_before)]
    base_year = int(base) if base and base.isdigit() else None
    years = [(y, suffix) for y, suffix in years if y != base_year]
    opener = (
        _OPENING_YEAR
        if section in ("review_5y", "review_year")
        # 到2030年，…突破10万亿元 in the plan for the year: the figures of the sentence are the year ahead's
        else _OPENING_YEAR_AHEAD
        if section in ("plan_year", "plan_5y")
        else None
    )
    # …；到2035年，人均地区生产总值比2020年翻一番: a year opening a part of the sentence after ； dates that part (part_opening_year,
    # session 44 probe: it took the sentence's 2030)
    part = num.part_prefix
    opening = (
        (opener.match(part) if part != num.sentence_prefix else None) or opener.match(num.sentence_prefix) if opener else None
    )
    if opening is None and opener is _OPENING_YEAR and measure not in _OVER_A_SPAN:
        # 截至2018年8月，全市金融机构人民币各项存款余额5557.8亿元 in a report of 2018: a status dated by the day it stands at
        # dates the levels and stocks after it (status_date_dates, session 69 probe of a city's term review delivered in the
        # term's last year: they were dated the year before); a flow since the term began keeps the span (截至2016年，…，成功
        # 引进商户100余户: 2012-2016)
        status = _STATUS_DATE_OPENS.match(part) or _STATUS_DATE_OPENS.match(num.sentence_prefix)
        opening = status if status and not subjects.is_flow(clause_before) else None
    if opening is None and section in ("plan_year", "plan_5y") and part != num.sentence_prefix:
        # …；2035年，人均地区生产总值…翻一番: a later year written alone opening a part of a plan sentence is a year ahead too
        later = _OPENING_YEAR.match(part)
        opening = later if later and int(later.group(1)) > cal.report_year else None
    opening_year = int(opening.group(1)) if opening else None
    if opening_year is None and section in ("plan_year", "plan_5y") and (end := _OPENING_PLAN_END.match(num.sentence_prefix)):
        # 力争到“十五五”末，…: the plan's last year, as 到2030年， (opening_year_ahead)
        opening_year = (plan_years(end.group("plan")) or (None, None))[1]
    # 2010年，…，五年年均分别增长14%和13.3%: five years written in the clause of an average or a sum win over the year
    # opening the sentence (five_years_over_opening_year, session 43 probe: they were averages over 2010 alone); so do
    # the years of an average (2021年，…，两年平均增长5.6%: 2020-2021, session 49 probe of 2022 reviews: it was 2021 alone)
    spanned = measure in _OVER_A_SPAN and bool(
        _FIVE_YEARS.search(clause_before) or _AVERAGED_IN.search(clause_before) or _summed_in_term_review(section, clause_before)
    )
    if not years and opening_year and not spanned and not _from_start(measure, clause_before, num.clause_after):
        years = [(opening_year, None)]  # 2006年，全国国有企业资产总额比2002年增长60.98%: the sentence's year
    over = measure in _OVER_A_SPAN or (measure == "count" and subjects.is_flow(clause_before))
    times = measure == "count" and num.tok.unit.base == "次"
    congress = _since_congress(clause_before) or (_since_congress(num.sentence_prefix) if times else None)
    if not years and (over or times) and congress:
        # 党的十八大以来三次亲临青海考察，两次参加…审议: a flow, or counts of times in the sentence, since a party congress
        # (since_congress, session 37)
        years = [(congress, "以来")]
    if not years and over and (since := _opening_since(num.sentence_prefix, clause_before)):
        # “十四五”以来，累计完成投资1.2万亿元; 2021年以来，新增高新技术企业800家: a sum, a change or a flow since the
        # year; a stock (高新技术企业达到2000家) stands at the end
        years = [(since, "以来")]
    if _value_at_base(num) and _LAST_YEAR_BASE.search(clause_before):
        # 比上年28899万元增长9.9%: the value written at a base of last year stands the year before the figure's
        # (base_value_written)
        year = (int(years[-1][0]) if years else _section_span(cal, section)[1]) - 1
        return year, year
    if before := _start_of_a_turn(s.text[num.tok.after : s.s1], clause_before):
        # 2006 年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%: the rates a turn starts from
        # are those of the years before the one the sentence dates (start_of_a_turn), item by item
        year = int(years[-1][0]) if years else (opening_year or _section_span(cal, section)[1])
        return year - before, year - before
    # 由“十二五”末的6500亿元增加到9000亿元: the end of a plan names one year (its last), not the span (plan_end_year)
    plan_end = _PLAN_END_IN.search(clause_before)
    if plan_end and not years and (_from_start(measure, clause_before, num.clause_after) or _value_at_base(num)):
        end_year = plan_years(plan_end.group(0))[1]
        return end_year, end_year
    if plan_end and not years and measure not in _OVER_A_SPAN and _PLAN_END_OPENS.fullmatch(clause_before[: plan_end.start()]):
        # 力争到“十五五”末研发经费投入强度达到3%: a level the clause dates to a plan's end, opening it, stands there
        # (plan_end_dates_level; in the year's plan it was the year)
        end_year = plan_years(plan_end.group(0))[1]
        return end_year, end_year
    without_end = _PLAN_END_IN.sub("", clause_before)
    plan = plan_years(without_end) or _opening_plan(num.sentence_prefix, without_end)
    span = plan if plan and not (base and plan_years(base) == plan) else _section_span(cal, section)
    # After an earlier number in the clause, only the words since it count: 从2009年的2.8%降到去年的1.5%
    tail = _WRITTEN_FIGURE.split(clause_before)[-1]
    if tail != clause_before:
        tail_years = [(int(m.group(1)), m.group(2)) for m in _YEAR_IN.finditer(tail)]
        if tail_years:
            years = tail_years
        elif _FROM_WORD.search(clause_before) and re.search(
            # (由2015年的全国第53位跃升至第47位: the end of a from-to of ranks too, session 45 probe: dated 2015)
            # (由2016年的5908亿元预计增至9500亿元: 增, 升, 降 alone before 至 too, session 62 probe: dated 2016)
            r"(提升|提高|增加|增长|下降|降低|减少|扩大|缩小|上升|回落|跃升|攀升|前移|[增升降](?=至))(至|到)((现在|目前|当前)的?)?"
            r"(全国|全省|全市)?第?$",
            tail.strip(),
        ):
            # 人均预期寿命从2020年的82.4岁提升至83.9岁: the year dates the start, the end is the period's; so is
            # 现在 (从2004年人均每月700元提高到现在的1721元 in the 2013 review: 2012, construction to_now)
            years = []
        elif _FROM_WORD.search(clause_before) and _TO_LIST_BEFORE.search(clause_before):
            # 从2021年的46503元和16935元分别提高到58794元和23184元: a later item of the ends' list is an end too, dated as
            # the first (to_list; it took the start's year)
            years = []
        elif _LAST_YEAR_WORD.search(tail) and base != "上年":
            # 从2009年的2.8%降到去年的1.5%; but 比上年增加1.6万亿元 compares with last year, it is not dated there; 去年 is the
            # year before 今年's, also in a report delivered in November or December, whose review is of 今年 (由2011年的全省
            # 第5位上升到去年的第3位 of 2016年11月: 2015; last_year_at_end, session 72 probe)
            return cal.today - 1, cal.today - 1
    # 从11.37万亿元提高到14.58万亿元: the number after 从/由 is the start of the period (the first three terms of a sector
    # ratio's pair too: sector_ratio_from)
    sector_from = num.tok.named is not None and num.tok.named[1] == "sector_ratio_from"
    sector = num.tok.named is not None and num.tok.named[1].startswith("sector_ratio")
    if sector and (written := _sector_ratio_year(s.text, num.tok.start)) is not None:
        return written, written  # the three terms of a ratio share the year written before the first (sector_ratio_from)
    if not years and (sector_from or _from_start(measure, clause_before, num.clause_after)):
        before = span[0] - 1
        return before, before
    if measure == "growth_avg" and (dated := _dated_from_to(clause_before, num.sentence_prefix, bool(years))):
        # 全市生产总值由2013年的3140.8亿元增加到2017年的4343.1亿元、年均增长8.8% (or …，年均增长9% in the clause right after):
        # the average rate after a from-to with both years written is the rate between its two levels, over its years
        # (average_after_dated_from_to, session 61 probes: it was dated 2017 alone, or over the review's five years; as the
        # base of a change after it is the from-to's start: base_of_dated_from_to); a sum after it keeps the review's span
        return dated
    if years:
        y, suffix = years[-1]
        if suffix in ("以来", "起"):
            return y, max(y, span[1])
        if (
            measure in _OVER_A_SPAN
            and tail != clause_before
            and not _YEAR_IN.search(tail)
            and (start := _FROM_YEAR_START.search(clause_before))
            and int(start.group(1)) == y
        ):
            # 从2017年的2.01万亿元增加到2.9万亿元、年均增长5.3%: the rate runs from the year after the start to the end
            # (average_after_from_to; it was dated the start year)
            return y + 1, max(y + 1, span[1])
        if measure in _OVER_A_SPAN:
            # a sum or a change up to the year in the term's sections runs from the term's start, but not one whose clause
            # opens with the year alone (2015年全区常住人口下降6000人: that year's, year_alone_dates_change)
            spanned = section == "plan_5y" or (section == "review_5y" and not _YEAR_ALONE_DATES.search(clause_before))
            return (min(span[0], y), y) if spanned and y >= span[0] else (y, y)
        return y, y
    averaged = _AVERAGE_GROWTH_NAMED.search(clause_before)  # 年均增速高于全国1.2个百分点: a gap of average growths
    if measure == "pp_change" and _GAP_TO_WIDER.search(clause_before) and not (_gap_of_growth(num.sentence_prefix) or averaged):
        # 高于全国平均水平18.3个百分点, 优于国家考核目标14.6个百分点: a gap between two levels stands where the levels do,
        # at the span's end, also after a span of years written before it (近3年提升21个百分点，超过全国平均水平0.28个百分点)
        # (gap_to_nation); a gap between growth rates (年均增长5.7%、高于全国0.3个百分点) covers their span
        return span[1], span[1]
    if (
        measure == "growth_avg"
        and section in ("review_year", "review_5y")
        and (streak := _STREAK_AVERAGED.search(num.sentence_prefix))
    ):
        # 连续7年提高企业退休人员基本养老金水平，年均增长10%: the average of the streak's rises covers the streak
        # (streak_average; the figure is itself the N-year quantity, CONVENTIONS.md periods)
        return cal.review_year - int(parse_number(streak.group("n"))) + 1, cal.review_year
    if first := _first_years(num.sentence_prefix):
        return first  # “十一五”前四年累计…下降14.38%: the plan's first years (first_years_of_plan)
    if measure in _OVER_A_SPAN and (years_run := _programme_years(clause_before, num.clause_after)):
        return _programme_span(cal, section, years_run)
    # 五年净增市场主体100万户、总量突破300万户: a count the words state as a stock (总量, 总数) stands at the end
    stock_stated = _stock_stated_after_figure(measure, clause_before)
    five = measure != "rank" and _FIVE_YEARS.search(clause_before) and not stock_stated
    if five and section in ("review_5y", "review_year", "plan_year"):
        # 五年总体赤字率控制在3%以内 (review of 2018-2022), 五年淘汰落后炼铁产能1亿吨 in the 2007 plan for the year:
        # the five years the section speaks of, the plan the year falls in when it looks ahead (five_years); under a
        # heading of last year and the plan (2020年和“十三五”时期工作回顾) 五年共办理… is the five years' (five_years_in_review)
        return cal.plan_5y if section == "plan_year" else cal.review_5y
    # 近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨: a span of recent years named in the sentence
    n = _written_span(section, num.sentence_prefix, clause_before) if measure != "rank" else 0
    if section == "review_year" and 1 < n < 10:
        return cal.review_year - n + 1, cal.review_year
    if section == "review_5y" and n and measure in (*_OVER_A_SPAN, "count", "multiple") and not stock_stated:
        return cal.review_year - n + 1, cal.review_year  # a level or a share still stands at the end (below)
    if section == "plan_year" and n:
        end = cal.report_year + n - 1
        # a sum, a change, a count or a yearly growth over the years (今明两年…人均每年增长10%左右); a level
        # (用两年时间将筹资标准…提高到100元) at their end
        over = measure in (*_OVER_A_SPAN, "growth_yoy") or (
            # 力争用两年时间在36个大城市率先实现污水的全部收集和处理: things that 实现 a state stand at the span's end (E1)
            measure == "count" and _without_state_verbs(num.clause_after, num.tok.unit) == num.clause_after
        )
        return (cal.report_year, end) if over else (end, end)
    if section in ("review_year", "other", "problems") and measure == "growth_avg" and not years and not n:
        # 2015年及“十二五”时期工作回顾: …2015年达到2.9万亿元，年均增长10.5%: an average of one year is none, so an average
        # in last year's review with no span of its own covers the five years that end there (average_in_year_review;
        # the development gold has no average of one year); so does one outside any section the report names (a news
        # page's 地区生产总值先后跨上2万亿、逼近3万亿，年均增长10.7%: average_outside_sections, session 70 probe)
        return cal.review_5y
    if base == "上年" and section in ("review_5y", "plan_5y") and measure in _OVER_A_SPAN:
        # 城镇化率达到60%，同比提高1.2个百分点 in a term review: a change on last year is one year's, the span's last (as a growth on
        # last year is), not the term's (change_on_last_year, session 72 probe of a city's term review)
        return span[1], span[1]
    return _default_period(num, measure, section, span, base_year)


_RATIO_TO_AVERAGE = re.compile(
    r"(?:为|是|相当于|达到|达|提高到|提高至|提升到|提升至|增至|升至)[^，,；;。\d]{0,10}平均(?:水平|值|数)?的$"
)
# 恢复至2019年的105.4%, 是2019年同期的103%: a percent of a year's level is a multiple of it, base that year, as 是2019年的1.05倍
# is (ratio_to_year, session 69 probe of a city's 2022 review: a level with no subject)
_RATIO_TO_YEAR = re.compile(rf"(?:是|相当于|{_REACHING})((?:19|20)\d\d)年(?:同期)?(?:水平)?的$")
# 高于全国平均水平, 优于全国, 超过全国平均水平, 优于国家考核目标 right before points: a gap to the nation or its target
_GAP_TO_WIDER = re.compile(rf"({subjects.THAN_ANOTHER}|超过|领先)(全国|国家)[^，,；;。\d]{{0,8}}$")
# (年均分别增长10.8%和14.9%，高于全国0.1和2.2个百分点: a list of rates, then the list of gaps: gaps_listed_after)
_GROWTH_BEFORE_GAP = re.compile(
    r"(增长|增速|增幅|涨幅|年均)[^，,；;。、\d]{0,4}[\d.]+[%％](?:(?:左右|以上)?[和、及][\d.]+[%％])*(左右|以上)?[，,、]?"
    r"[^，,；;。、]*?(?:、[^，,；;。、\d]{2,8}?)*(?:[\d.]+[和、及])*$"
)  # (…年均增长9.4%，高于全国、全省同期水平1.6和0.9个百分点: areas listed, session 59 probe: the first gap was dated the end)


# (地区生产总值年均增速高于全国1.2个百分点: the average growths compared are named without a figure of their own, session 47
# probe of 2023 provincial reports: it was dated the span's end)
_AVERAGE_GROWTH_NAMED = re.compile(r"年均(?:增速|增长|增幅)")


def _gap_of_growth(sentence_prefix: str) -> bool:
    """Is the gap to the nation one of a growth rate written right before it (年均增长5.7%、高于全国0.3个百分点)?

    >>> _gap_of_growth("地区生产总值年均增长5.7%、高于全国"), _gap_of_growth("综合机械化率达到95%、高于全国平均水平")
    (True, False)
    """
    return bool(_GROWTH_BEFORE_GAP.search(sentence_prefix))


# 连续7年提高企业退休人员基本养老金水平，年均增长: a streak in the clause right before an average
_STREAK_AVERAGED = re.compile(r"连续(?P<n>[二三四五六七八九十两\d]{1,2})年[^，,；;。\d]{1,20}[，,]\s*年均[^，,；;。\d]{0,6}$")
_TURN_FROM = re.compile(
    r"由(?:上年|去年|前(?P<n>[二三四两])年)(?:的)?(?:分别)?(?:上升|增长|下降|减少|增加|提高|降低)(?P<items>(?:[\d.]+[%％][、和])*)$"
)
_TURN_TO = re.compile(r"[^。；;，,]*[，,]\s*(减为|转为|降为|升为|变为|回落为|下降为)")


def _start_of_a_turn(after: str, clause_before: str) -> int:
    """How many years before the figure's year a rate stands that a turn starts from (construction start_of_a_turn),
    0 when it is none: 由上年分别增长5.6％和13.1％，减为增长1.2%和1.8%: 1 (the year before); 由前三年分别上升4.9％、5.5％、
    0.2％，转为下降1.2%: 3, 2, 1 for the three items.

    >>> _start_of_a_turn("和13.1％，减为增长1.2%", "二氧化硫排放量由上年分别增长"), _start_of_a_turn("、0.2％，转为下降", "能耗由前三年分别上升4.9％、")
    (1, 2)
    """
    m = _TURN_FROM.search(clause_before)
    if not m or not _TURN_TO.match(after):
        return 0
    if not m.group("n"):
        return 1
    return int(parse_number(m.group("n"))) - len(re.findall("[、和]", m.group("items")))


# “十一五”期间，关停5000万千瓦小火电机组: a plan period written as the sentence's opening clause of its own
_OPENING_PLAN = re.compile(rf"[\s“”\"]*({_PLAN_NAME}(?:时期|期间))[，,]")


def _opening_plan(sentence_prefix: str, clause_before: str) -> tuple[int, int] | None:
    """The years of a plan period that opens the sentence as a clause of its own, for the clauses after it up to
    the first ；that name no year of their own (construction opening_plan): “十一五”期间，关停5000万千瓦小火电机组
    sums over 2006-2010 in the 2007 plan for the year; 今年要关停1000万千瓦 is the year's.

    >>> _opening_plan("“十一五”期间，关停", "关停"), _opening_plan("“十一五”期间，关停5000万千瓦小火电机组，今年要关停", "今年要关停")
    ((2006, 2010), None)
    """
    m = _OPENING_PLAN.match(sentence_prefix)
    if not m or re.search(r"[；;]", sentence_prefix) or re.search(r"今年|明年|去年|(?:19|20)\d\d年", clause_before):
        return None
    return plan_years(m.group(1))


# 2021年以来，…; “十四五”以来，…: a start that opens the sentence as a clause of its own (opening_since)
_OPENING_SINCE = re.compile(rf"[\s“”\"]*[自从]?(?:((?:19|20)\d\d)\s*年|({_PLAN_NAME})(?:时期)?)(?:以来|起)[，,]")


def _opening_since(sentence_prefix: str, clause_before: str) -> int | None:
    """The first year of a span that opens the sentence as a clause of its own (construction opening_since), for the
    clauses after it up to the first ；that name no year of their own, as a plan period that opens it does
    (`_opening_plan`): “十四五”以来，全市累计完成固定资产投资1.2万亿元 sums over 2021 to the review's year.

    >>> _opening_since("“十四五”以来，全市累计完成", "全市累计完成"), _opening_since("2021年以来，今年完成", "今年完成")
    (2021, None)
    """
    m = _OPENING_SINCE.match(sentence_prefix)
    if not m or re.search(r"[；;]", sentence_prefix) or re.search(r"今年|明年|去年|(?:19|20)\d\d年", clause_before):
        return None
    return int(m.group(1)) if m.group(1) else plan_years(m.group(2))[0]


# read again with the same words by other numbers and layers (a third to two thirds of the calls of a pass)
@functools.lru_cache(maxsize=8192)
def _written_span(section: str, sentence_prefix: str, clause_before: str) -> int:
    """How many years a span the sentence writes covers, 0 when it writes none (construction
    written_span): in last year's review a span of recent years (近三年, 两年来) or a sum over a streak
    (连续三年累计) in the number's clause or the clauses that continue it; in the five-year review a longer one (十年, 经过八年)
    or its last years (近两年化解煤炭产能…: 2016-2017 of a review of 2013-2017); in
    this year's plan the years ahead (今后五年, 五年内, 用两年时间, 今明两年). The measure sums over it,
    the period covers it (`_sum_over_years`, `_period`).

    >>> _written_span("plan_year", "今后五年国家财政新增义务教育经费累计将达", ""), _written_span("review_year", "两年来新建", "")
    (5, 2)
    >>> _written_span("review_5y", "经过八年持续努力，近", ""), _written_span("plan_year", "近三年", "")
    (8, 0)
    >>> _written_span("review_year", "总数突破1万户、三年", "三年")
    3
    """
    if section in ("review_year", "review_5y") and (span_of := _SPAN_OF_CHANGE.search(clause_before)):
        # 总数突破1万户、三年翻一番: a span of years written right before the change in the number's own clause is the span
        # the change covers, up to the year reviewed (span_of_change, session 55 probe: it was last year's alone)
        return int(parse_number(span_of.group(1)))
    pattern = {"review_year": _RECENT_YEARS, "review_5y": _LONGER_SPAN, "plan_year": _YEARS_AHEAD}.get(section)
    if section == "review_year":
        # 近三年，中央和地方投入105亿元，…；总投资为164亿元的…体系建设进展顺利: a span of recent years reaches up to the ；
        sentence_prefix = _SEMICOLON.split(sentence_prefix)[-1]
    m = pattern.search(sentence_prefix) if pattern else None
    if not m and section == "review_year":
        # 中央财政连续三年累计投入90亿元，用于农村寄宿制学校建设工程，7651所学校受益: the clauses that continue the sum
        m = _STREAK_SUM.search(_SEMICOLON.split(sentence_prefix)[-1])
    return int(parse_number(next(v for v in m.groupdict().values() if v))) if m else 0


# 实施总额4万亿元的两年投资计划, 实施两年新增4万亿元的投资计划: a programme written with its length
_PROGRAMME = re.compile(r"(?<![\d十])(?P<n>[两二三四五])年[^，,；;。]{0,12}?计划")


def _programme_years(clause_before: str, clause_after: str) -> int:
    """How many years a programme runs that the number's clause names with its length, 0 when none
    (construction programme_length): the amount is the programme's, summed over its years.

    >>> _programme_years("实施总额", "万亿元的两年投资计划"), _programme_years("实施两年新增", "万亿元的投资计划")
    (2, 2)
    >>> _programme_years("今年要关停", "万千瓦")
    0
    """
    m = _PROGRAMME.search(clause_before + "#" + _CLAUSE_OR_SENTENCE_END.split(clause_after)[0])
    return int(parse_number(m.group("n"))) if m else 0


def _programme_span(cal: ReportCalendar, section: str, n: int) -> tuple[int, int]:
    """The years of a programme of n years: from this year in the plan for the year, from the year
    reviewed in its review (the programme under way: the 2010 report's 两年新增4万亿元的投资计划 is
    2009-2010), ending with the five years reviewed in their review (the 2011 report: 2009-2010).

    >>> cal = ReportCalendar(2010)
    >>> _programme_span(cal, "review_year", 2), _programme_span(ReportCalendar(2011), "review_5y", 2)
    ((2009, 2010), (2009, 2010))
    """
    if section == "review_5y":
        return cal.review_year - n + 1, cal.review_year
    start = cal.report_year if section in ("plan_year", "plan_5y") else cal.review_year
    return start, start + n - 1


def _first_years(words: str) -> tuple[int, int] | None:
    """The years of "the first N years" of the plan named in `words`, or None.

    >>> _first_years("“十一五”前四年累计单位国内生产总值能耗下降")
    (2006, 2009)
    """
    m = _FIRST_YEARS.search(words)
    plan = plan_years(m.group("plan")) if m else None
    return (plan[0], plan[0] + int(parse_number(m.group("n"))) - 1) if plan else None


def _actors_of_a_count(clause_after: str) -> bool:
    """Does a flow verb after the count have a count of its own (construction actors_of_a_count)? Then
    the things counted first are its actors, a stock at the end: 15个承接产业转移主平台落地项目2200个,
    62个省级纵向支持组团实施重点项目1000多个 (gold Guangdong 2026); 8所高校14个学科入选…名单 is a flow (the
    second count comes before the verb).

    >>> _actors_of_a_count("个省级纵向支持组团实施重点项目1000多个"), _actors_of_a_count("所高校14个学科入选国家第二轮")
    (True, False)
    """
    found = [at + len(w) for w in subjects.role_words("flow") if (at := clause_after.find(w)) >= 0]
    return bool(found) and bool(re.search(r"[0-9]", clause_after[min(found) :].split("、")[0]))  # not the next item


def _without_state_verbs(clause_after: str, unit: Unit) -> str:
    """The words after a count of things without a verb that states what they are at the end
    (lexicon role state_after: 300项政务事项实现“跨省通办” counts the items that are so in the last
    year, gold dates it there), so that only a verb of what happened during the span makes a flow.
    People who 实现 something did it during the span (5575万农村贫困人口实现脱贫): a flow."""
    if unit.unit_std == "persons":
        return clause_after
    for w in subjects.role_words("state_after"):
        if w in clause_after:
            # 200多项群众经常办理事项实现跨省通办: the verb of the things is 实现; a flow word before it is inside
            # their name (办理), so no flow is left (gold E1)
            return clause_after[clause_after.index(w) + len(w) :]
    return clause_after


_ENROL_WORD = re.compile(r"参保|参加")
_FIVE_YEAR_SPAN = re.compile(r"五年(?!来|前|内)")
_EACH_YEAR_OPENING = re.compile(r"[\s“”\"]*每年")
_COVERED_AFTER = re.compile(r"[^、，,；;。]{0,12}?全覆盖")
_RANKED_AFTER = re.compile(r"[^、，,；;。]{0,12}?(?:入选|入围|进入)[^、，,；;。]{0,16}?[百千十]强(?:榜|县|市)?(?:[、，,；;。]|$)")


def _each_year(num: _Number) -> bool:
    """Does 每年 open the number's clause, or the clause before it in the same sentence when the number's own clause
    names no time of its own (construction each_year_carried: 每年资助金额近1000亿元，资助学生近8000万人次 -- both are one
    year's amounts, dated at the span's end)?"""
    if _EACH_YEAR_OPENING.match(num.clause_before):
        return True
    earlier = num.earlier_clauses
    previous = re.split(r"[，,；;]", earlier.rstrip("，,；; "))[-1] if earlier.strip() else ""
    own_time = _HAS_DIGIT.search(num.clause_before) or subjects.holds_any(num.clause_before, subjects.role_words("time"))
    return bool(previous and _EACH_YEAR_OPENING.match(previous)) and not own_time


def _default_period(num: _Number, measure: str, section: str, span: tuple[int, int], base_year: int | None) -> tuple[int, int]:
    """A figure whose clause names no year: over the span for a growth, a sum, a change, a mark
    crossed, an average or a count of what happened during it, else at the span's end in the
    five-year sections. A count covers the plan (unless it ends a from-to) when its clause says it was added during it before
    the number (新建中小学校29所) or, with no stock word before it, after it (8家全国重点实验室落户河北:
    count_flow_after), or when it counts events (三次亲临四川视察: times, 人次, 场次 happen during a
    period, they never stand at its end). A base year (比2015年) starts the span after it."""
    clause_before = num.clause_before
    # 港澳居民在粤参加医保43万人次: person-times enrolled in an insurance scheme are a stock at the span's end (E10)
    enrolled = _ENROL_WORD.search(clause_before) and any(w in clause_before for w in subjects.role_words("scheme_head"))
    # 机场旅客吞吐量超2200万人次 in a five-year goal: a volume a year (lexicon role yearly_volume) stands at the span's
    # end as a level does, though counted in person-times (yearly_volume)
    yearly = subjects.holds_any(clause_before, subjects.role_words("yearly_volume"))
    events = num.tok.unit.unit_std in _EVENTS and not enrolled and not yearly
    # 出境旅游人次由8300万增加到1亿3千多万: the end of a from-to stands at the span's end, even for events
    reached = "从" in clause_before or "由" in clause_before
    reached = reached and bool(re.search(rf"(?:{_UP_TO.pattern})(约|近|超过|超)?$", clause_before))
    # 跨境电商实现4种模式全覆盖: things counted right before 全覆盖 are those covered at the span's end, a stock (gold E1: a
    # state the things reached), whatever verb opens the clause (covered_at_end)
    covered = num.tok.unit.unit_std != "persons" and bool(_COVERED_AFTER.match(num.clause_after))
    # 7个县市入选全国综合实力百强: a place in a ranking (百强, 十强) is held at the span's end, as a rank is (ranked_at_end)
    covered = covered or bool(_RANKED_AFTER.match(num.clause_after))
    # 跨越3个千亿元台阶: steps crossed are events of the span, as a threshold is (C1; steps_crossed), also after a quantity
    # whose name holds 总量, which otherwise states a stock (经济总量跨越两个千亿台阶: steps_crossed_over_total)
    crossed = measure == "count" and bool(_CROSSING_VERB.search(clause_before) and _steps_after(num))
    flow = crossed or (
        measure == "count"
        and not reached
        and not covered
        and not _stock_stated_after_figure(measure, clause_before)
        and (
            events
            or subjects.is_flow(clause_before)
            # 全疆普通高等学校达66所、累计招生117.6万人: a flow word after the figure before counts its own item over the span,
            # whatever stock the figure before stood at (flow_after_figure, the mirror of stock_after_new)
            or (measure == "count" and _flow_stated_after_figure(clause_before))
            # 支持…项目691个, 共资助学生2130万名: things and people a verb of support reached during the span
            # (lexicon role flow_support; the verb leaves the subject as other action words do); 促成138个合作项目,
            # 形成80项成果: things a verb brought about during the span (lexicon role count_flow: counts only, 形成3个产值
            # 超千亿元的产业集群 dates no amount over the span)
            or (
                not subjects.is_stock(clause_before)
                and subjects.holds_any(clause_before, subjects.role_words("flow_support", "count_flow"))
            )
            or bool(_FIVE_YEAR_SPAN.search(clause_before))  # 五年国务院共向全国人大常委会提交39件法律议案
            # 高校毕业生留省就业超过66万人: people counted right after what they reached (lexicon people_outcome: 就业, 返岗) did
            # it during the span, as people who 实现 something (E1; people_outcome_flow)
            or (num.tok.unit.unit_std == "persons" and bool(_people_outcome_end().search(clause_before)))
            # 改善农村住房超50万户, 落地国家重大科技基础设施4个: a verb of work that opens the count's clause (lexicon role
            # opening_flow) acted on the things during the span; elsewhere it flows not (营养改善计划, 50项…落地见效: a stock)
            # (flow_verb_opens_count)
            or num.stripped.startswith(subjects.role_words("opening_flow"))
            or _sum_carried(num.sentence_prefix, clause_before)
            or _part_of_flow(num.earlier_clauses, clause_before)
            or (
                not subjects.is_stock(clause_before)
                and (
                    subjects.is_flow(_without_state_verbs(num.clause_after, num.tok.unit))
                    # 6家全国重点实验室重组入列, 3个学科跻身“双一流”: things that joined during the span (count_flow)
                    or subjects.holds_any(num.clause_after, subjects.role_words("count_flow"))
                )
                # 15个承接产业转移主平台落地项目2200个: a predicate with a count of its own counts what the things did;
                # the things are its actors, a stock at the end (actors_of_a_count)
                and not _actors_of_a_count(num.clause_after)
            )
        )
    )
    # 年均增长7.1%、达到1.77万亿元: the average of the figure before is not this level's (only the words since it count)
    multi = (
        measure in (*_OVER_A_SPAN, "threshold")
        or flow
        # 创新能力综合指标排名提升7位 in a five-year review: places moved over the span, as a change is (rank_moved_over_span);
        # 排名较上年提升2位 is last year's move
        or (measure == "rank_change" and not _LAST_YEAR_WORD.search(clause_before))
        or (
            measure != "rank"
            and _averaged(clause_before, max((m.end() for m in _WRITTEN_FIGURE.finditer(clause_before)), default=0))
        )
    )
    # 每年减轻农民负担1335亿元, 每年有上千万农村人口转移到城镇: an amount or a count each year stands at the span's end
    # (年均, 平均每年 average over the span)
    # (each_year_flow) but 每年城镇新增就业40万人以上, 每年开展流动文化进基层活动超过3万场次: a count its own 每年 opens, of what was
    # added or happened (a flow word before the number, or events), says every year of the span had as many, and covers it
    # as a yearly average does (per_year_average)
    each_year_flow = (
        measure == "count" and _EACH_YEAR_OPENING.match(clause_before) and (events or subjects.is_flow(clause_before))
    )
    multi = multi and not (measure in ("change_abs", "count") and _each_year(num) and not each_year_flow)
    if section in ("review_5y", "plan_5y") and not multi:
        return span[1], span[1]
    if base_year and multi and base_year < span[1] and section in ("review_5y", "plan_5y"):
        # 比2015年增长 in a five-year section starts the span after the base; in one year's section the change stands
        # in that year (国家扶贫标准…比2009年提高92％ in the 2012 review: 2011, CONVENTIONS.md periods)
        return base_year + 1, span[1]
    return span


_STOCK_TOTAL = re.compile(r"总量|总数|存量")


@functools.cache
def _people_outcome_end() -> re.Pattern:
    """What people reached (lexicon role people_outcome: 就业, 返岗) closing the words before a count of them, a bound
    after it at most (construction people_outcome_flow).

    >>> bool(_people_outcome_end().search("高校毕业生留省就业超过")), bool(_people_outcome_end().search("城镇就业人员"))
    (True, False)
    """
    return re.compile(f"(?:{word_alternation(subjects.role_words('people_outcome'))})(?:超过|超|约|近|逾|共|累计)?$")


# read again with the same words by other numbers and layers (a third to two thirds of the calls of a pass)
@functools.lru_cache(maxsize=8192)
def _stock_stated_after_figure(measure: str, clause_before: str) -> bool:
    """五年净增市场主体100万户、总量突破300万户: a count whose own words, after the figure before it in the clause, state a
    stock (总量, 总数, 存量) stands at the span's end, whatever flow the figure before counted (construction
    stock_after_new, dated).

    >>> _stock_stated_after_figure("count", "五年净增市场主体100万户、总量突破"), _stock_stated_after_figure("count", "五年净增市场主体")
    (True, False)
    """
    return measure == "count" and bool(_STOCK_TOTAL.search(_after_last_figure(clause_before)))


@functools.lru_cache(maxsize=8192)
def _flow_stated_after_figure(clause_before: str) -> bool:
    """达66所、累计招生: do the count's own words, after the figure before it in the clause, count what happened (a flow
    word, no stock word)? (construction flow_after_figure)

    >>> _flow_stated_after_figure("全疆普通高等学校达66所、累计招生"), _flow_stated_after_figure("累计达")
    (True, False)
    """
    after = _after_last_figure(clause_before)
    return after != clause_before and subjects.is_flow(after)


def _range_dating(sentence_before: str) -> re.Match | None:
    """The first year range of the sentence that dates its figures, not one compared with
    (五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和: the later clauses are not dated 1950-2002)."""
    return next(
        (m for m in _YEAR_RANGE.finditer(sentence_before) if not _COMPARED_RANGE.search(sentence_before, 0, m.start())), None
    )


_COMPARED_RANGE = re.compile(r"(是|相当于|比|较|超过)(从)?$")


@dataclass(frozen=True)
class ReportInfo:
    """What extraction needs to know about a report besides its text."""

    report_id: str
    report_year: int
    level: str = ""  # national, province, city (the sidecar's level); unknown reads as sub-national
    region: str = ""  # the region's own name (四川省): never `other` scope in its own report


def extract_figures(raw: RawText | str, info: ReportInfo) -> pd.DataFrame:
    """The figures table of one report (validated by the pandera schema in `schema.py`).

    >>> from helpers.extract.extractor import ReportInfo, extract_figures
    >>> df = extract_figures("地区生产总值增长2.2%。", ReportInfo("demo", 2021))
    >>> df[["indicator", "measure", "value", "unit", "period_start", "char_start"]].values.tolist()
    [['gdp', 'growth_yoy', 2.2, '%', 2020, 8]]
    """
    text = raw.text if isinstance(raw, RawText) else raw
    norm = normalise(text)
    if info.region and (folded := in_simplified_script(info.region)) != info.region:
        # 甘肅省, 西藏自治區 (a copy's file or title in traditional script): the text is read in simplified script
        # (`normalise`), so the region's own name is matched in it folded the same way, or 2014年甘肅省實現生產總值… reads
        # as another region's (region_in_folded_script, session 73 probe of news pages in traditional script)
        info = dataclasses.replace(info, region=folded)
    rows = _rows_without_gc(norm, info)
    if not rows:
        return empty_figures()
    # built a column at a time (one list each), not from the row dicts: the same table, in 60 % of the time; with its
    # source (the extractor's), which validate_figures would otherwise add to a copy of the table
    number_text = [text[r["char_start"] : r["char_end"]] for r in rows]
    columns = {c: number_text if c == "number_text" else [r[c] for r in rows] for c in COLUMNS}
    for c in ("period_start", "period_end"):
        if all(type(year) is int or year is None for year in columns[c]):
            # years with gaps as the nullable integers the schema coerces them to, built so: pandas read them as
            # floats (or objects), then validation converted them back (pandera's coercion, 1 ms a report)
            columns[c] = pd.array(columns[c], dtype="Int64")
    return validate_figures(pd.DataFrame({**columns, "source": ["extracted"] * len(rows)}))


def _rows_without_gc(norm: NormalText, info: ReportInfo) -> list[dict]:
    """`_figure_rows` with the cyclic garbage collector paused (as it was before, whatever happens: a finally).

    Why: reading a report makes and drops hundreds of thousands of small objects (tuples, lists, dataclasses), nearly
    all freed by their reference counts; every 700 more of them made than freed still start a collection of the young
    objects, and every hundred of those one of the whole heap (the 100 000 objects of the modules, lexicon and
    patterns): 2-3 % of the time extraction took, for no garbage. The few cycles a report leaves are collected
    after it, as before.

    >>> _rows_without_gc(None, ReportInfo("demo", 2021))
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'text'
    >>> gc.isenabled()  # restored when the reading raises too
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _figure_rows(norm, info)
    finally:
        if enabled:
            gc.enable()


def _figure_rows(norm: NormalText, info: ReportInfo) -> list[dict]:
    rows: list[dict] = []
    for sentence in _sentences(norm, info):
        rows += _sentence_rows(sentence, rows[-1] if rows else None)
    return rows


# 生产总值（预计，下同）、财政总收入…分别增长: an aside in brackets without a figure that holds a clause mark; 同比（下同）增长,
# 预计（下同）完成: an editor's note that ends in 下同 (the same below), with or without a mark; 预计生产总值剔除…不可比因素增长7.8%:
# what was left out to compare like with like (aside_in_brackets)
_ASIDE = re.compile(
    # (市级（不包括市城区、…管理区，下同）一般公共预算收入: a note ending in 下同 may be long, session 51 probe of budget reports)
    # (a year in it too: 年均（与2016年对比，下同）增长7.1%, the base of the averages below; session 64 probe: the note was the
    # subject and the growth one year's)
    r"[（(][^（）()\d。\n]{0,12}[，,；;：:][^（）()\d。\n]{0,12}[）)]|[（(](?:[^（）()\d。\n]|(?:19|20)\d\d年){0,30}?下同[）)]"
    # 下降（同口径）19.59%: the basis of the growth in brackets between its verb and number (basis_in_brackets)
    r"|(?<=[长降幅速])[（(](?:同口径|可比口径|按?可比价格?|现价|按现价)[）)]"
    # 比上年增长（以下简称增长）6%: an editor's note naming what a word stands for below (abbreviation_aside, session 65 probe)
    r"|[（(]以下(?:简称|统称)[^（）()\d。\n]{1,12}[）)]"
    r"|剔除[^，,；;。\d（）]{1,24}?(?:不可比|口径)?因素(?:影响)?后?(?=[\u4e00-\u9fff])"
)


# an item's number opening a line or a sentence: （4）, (4), 4., 4、, 四、, （四） (construction item_numbering), after the
# mark that opens it (group 1). Why the mark is matched, not looked behind for: a pattern that starts with a character
# class is tried only where the engine finds one of its characters; one that starts with a lookbehind (or ^) is tried at
# every character of the report (16 ms instead of 5 for the 25 bundled reports)
_ITEM_NUMBER = re.compile(
    r"([\n。；;：:])[ \t\u3000]*(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、(?![一二两三四五六七八九十]))"
    # the item's words follow (not the next number of a list: 分别为：15、20和30个; 一、二季度 is no item), a space between
    # too (1. 生产总值增长6%左右: session 44 probe, 1. stayed in the subject)
    r"(?=[ \t\u3000]*[\u4e00-\u9fff“\"])"
    # 2.50个小区新增充电设施: an item's number written right before a count that opens the item; a count of things (units.csv
    # kind count, no multiplier between) is never a decimal, so 2.50个 is item 2 and 50个 (item_number_before_count,
    # session 45 probe)
    r"|([\n。；;：:])[ \t\u3000]*[1-9]\d?[.．](?=\d+(?:"
    + "|".join(sorted((u for u, (_, kind) in unit_table().items() if kind == "count"), key=len, reverse=True))
    + r")(?!百分点|月))"
)


def _asides_masked(text: str) -> str:
    """The text the constructions read: a short aside in brackets that holds a clause mark and no figure (（预计，下同）,
    （含划转，下同）) written as spaces, so that it is neither a clause nor a word of a subject (construction
    aside_in_brackets): its comma cut 我市生产总值（预计，下同）、财政总收入…分别增长 into a clause 下同）、财政总收入… whose first
    item was 下同）. Same length, so every offset holds; the sentence shown keeps the text as written.

    >>> _asides_masked("生产总值（预计，下同）、财政收入分别增长8%和9%")
    '生产总值       、财政收入分别增长8%和9%'
    >>> _asides_masked("地区生产总值同比（下同）增长4.5%"), _asides_masked("生产总值剔除煤矿闭井等不可比因素增长7.8%")
    ('地区生产总值同比    增长4.5%', '生产总值            增长7.8%')
    >>> _asides_masked("年均（与2016年对比，下同）增长7.1%")
    '年均             增长7.1%'
    >>> _asides_masked("（4）县乡公路改善工程建成4000公里。4.县道建成3000公里")
    '   县乡公路改善工程建成4000公里。  县道建成3000公里'
    >>> _asides_masked("分别为：15、20和30个。一、二季度增长")  # numbers of a list, two quarters: no item numbers
    '分别为：15、20和30个。一、二季度增长'
    >>> _asides_masked("2.50个小区新增充电设施；3.5万户受益")  # item 2 glued to a count; a decimal before 万 stays
    '  50个小区新增充电设施；3.5万户受益'
    """
    text = _ASIDE.sub(lambda m: " " * len(m.group()), text) if "（" in text or "(" in text or "剔除" in text else text
    # （4）县乡公路路面改善提升工程建成4000公里: an item's number is no word of the subject (item_numbering); the text's
    # start opens an item as a mark does (a line break put before it, taken off after)
    return _ITEM_NUMBER.sub(lambda m: (m.group(1) or m.group(2)) + " " * (len(m.group()) - 1), "\n" + text)[1:]


# A dash that opens an item of a list (——国内生产总值增长6%—6.5%。, —粮食产量保持在…: a target list written one item a
# line), after the line break or stop before it: a mark, no word of the subject (construction list_dash). Masked after
# the sections are found (a dash line is never a heading) and only before a word (——2026年1月26日在…会议上 keeps it).
_LIST_DASH = re.compile(r"([\n。；;])[ \t\u3000]*[—－-]{1,2}(?=[\u4e00-\u9fff“\"])")


def _sentences(norm: NormalText, info: ReportInfo) -> Iterator[_Sentence]:
    """The report's sentences that hold a figure, each with what stays fixed while it is read."""
    text = _asides_masked(norm.text)
    # a report delivered in December plans the year after the one it was given (its review heading names that year) or
    # was given the year it plans (its session line is of December the year before): its 今年 is the year reviewed
    planned, today = years_of_delivery(text, info.report_year)
    sections = find_sections(text, planned)
    text = _LIST_DASH.sub(lambda m: m.group(1) + " " * (len(m.group()) - 1), text)
    cal = ReportCalendar(
        planned, review_length=review_years(sections, text, planned), goals_ahead=goals_ahead(sections), this_year=today
    )
    pattern, alias_to_id = indicators.alias_pattern()
    bounds = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    spans = [(a, b) for a, b in itertools.pairwise(bounds) if b - a > 1 and _HAS_DIGIT.search(text, a, b)]
    labels = section_at(sections, [a for a, _ in spans]) if spans else []
    recaps = _Recaps(text, planned)
    for (s0, s1), section in zip(spans, labels):
        tokens = _tokens(text, s0, s1)
        if not tokens:
            continue
        aliases = [
            (a.start(), a.end(), a.group(0)) for a in pattern.finditer(text, s0, s1) if _is_subject(text, a.start(), a.end())
        ]
        yield _Sentence(text, s0, s1, str(section), norm, info, cal, pattern, alias_to_id, recaps, tokens, aliases)


@functools.lru_cache(maxsize=32)
def _opening_patterns(words: str) -> tuple[re.Pattern, re.Pattern]:
    """`words` opening the text, and opening a sentence or line after its mark (`_Recaps._openings`), compiled once per
    alternation of words."""
    return re.compile(rf"\s*(?:{words})"), re.compile(rf"[。！？；\n]\s*(?:{words})")


class _Recaps:
    """Where a paragraph of the plan recaps the past year ("过去一年，…。国内生产总值增长10.3%").

    Found once for the whole text (linear time, even for a report without line breaks) and
    looked up per figure by bisection: a figure is in a recap when, in its paragraph, the last
    sentence opening with 过去一年/去年/一年来 comes after the last opening with 今年/<year>年.
    """

    def __init__(self, text: str, report_year: int):
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.recaps = self._openings(text, "过去一年|去年|一年来")
        self.todays = self._openings(text, r"今年|(?P<year>\d+)年", report_year)

    @staticmethod
    def _openings(text: str, words: str, year: int | None = None) -> list[int]:
        """Where each sentence or line opening with one of `words` ends the word: the ends `re.finditer` of
        `(?:^|[。！？；\\n])\\s*(words)` gives, found as the text's opening, then after each separator. A year the
        words read (group `year`) must be `year`: what the words with `year` written in them give, as a line that
        opens with another year opens with none of the words.

        Why: a pattern that may start at ^ is tried at every character; one that starts with the separator
        skips to the next separator in C (a third of the time). The year read, not written in: one pair of patterns
        compiled for every report, not one per report year (42 compilations for the 25 bundled reports)."""
        opening, after_mark = _opening_patterns(words)

        def dated(m: re.Match) -> bool:
            return m.groupdict().get("year") in (None, str(year))

        first = opening.match(text)
        first = first if first and dated(first) else None
        later = after_mark.finditer(text, first.end() if first else 0)
        return ([first.end()] if first else []) + [m.end() for m in later if dated(m)]

    @staticmethod
    def _last(arr: list[int], pos: int) -> int:
        i = bisect.bisect_right(arr, pos) - 1  # sorted positions: a bisection, without numpy's per-call cost
        return arr[i] if i >= 0 else -1

    def past(self, pos: int) -> bool:
        para_start = self._last(self.newlines, pos)
        recap = self._last(self.recaps, pos)
        return recap > para_start and recap > self._last(self.todays, pos)


# --- the layers of one sentence: tokens -> constructions -> interpretation -> row ----------------


@dataclass(frozen=True)
class _Sentence:
    """What stays fixed while the numbers of one sentence are read: the report (its normalised text,
    info, calendar, dictionary and recaps) and the sentence (bounds, section, numbers, aliases).

    One object instead of ten loose parameters, so that every layer below takes the sentence, the
    number it reads and, where a construction looks back, the rows read before it.
    """

    text: str  # the normalised text of the whole report
    s0: int  # the sentence is text[s0:s1]
    s1: int
    section: str
    norm: NormalText
    info: ReportInfo
    cal: ReportCalendar
    pattern: re.Pattern  # the dictionary's aliases (indicators.alias_pattern)
    alias_to_id: dict[str, str]
    recaps: _Recaps
    tokens: list[_Token]  # the sentence's figures (_tokens)
    aliases: list[tuple[int, int, str]]  # the aliases in it that can name a subject (_is_subject)


_LEAD = re.compile(
    rf"^[\s“”\"]*(({subjects.SPAN_START_YEAR}(?:19|20)\d\d年(?:[底末]|度(?!计划|投资|目标|任务))?|今年|明年|全市|全省|全区|全国|全年|我市|我省|其中|并(?![网购列联])|且|力争|要|将|拟"
    rf"|{_FIRST_YEARS.pattern}(?:累计)?|十[一二三四五六七八九]?五(?:”(?:时期|期间)?|时期|期间)"
    # 力争到“十五五”末高新技术企业数量翻一番: the plan's end a goal is set for dates it (plan_end_lead)
    rf"|(?:到|至){PLAN_END}"
    rf"|{_SINCE_CONGRESS.pattern})(?![性级]))*"
)  # 2012年底已达到; 全市性督查 keeps its 全市; “十一五”年均增长 (the plan's years date it, _period); 党的十八大以来 (since_congress)
# (并 opens no clause in a word of its own: 力争并网装机2500万千瓦 is 并网装机, it was 网装机; session 47 probe)
_NEW_WORDS = r"(新登记|新设立|新设|新增|新认定|新引进|新培育|新建)"
# the word of new things right before the stock's alias, or opening the clause with modifiers of the alias after it
# (新培育国家制造业单项冠军企业47家), or opening a list whose later item this is (新培育…企业47家、专精特新“小巨人”企业688家)
_NEW_OF_STOCK = re.compile(
    rf"{_NEW_WORDS}$|^{_NEW_WORDS}[^，,；;。、\d]*$|^{_NEW_WORDS}[^，,；;。]*\d[^，,；;。]*、(?P<item>[^、\d，,；;。]*)$"
)


@dataclass(frozen=True)
class _Number:
    """One number of a sentence and the words around it that every layer reads.

    `sub` is the part of the clause that can name the number's subject: the clause before it
    without the lead words (今年, 全省, 力争 …), without a place and its verb (place_then_action),
    and, in a chain of figures, only the part after the last 、 that separates clauses
    (新设外资企业3.6万家、增长38.7%: 增长).
    """

    i: int  # the index of the number in the sentence's tokens
    tok: _Token
    cs: int  # where its clause starts
    clause_before: str  # the clause's words before the number
    clause: str  # the clause up to four characters past the number and its unit
    clause_after: str  # the clause's words after the number (at most 40 characters, no separator)
    clause_rest: str  # the clause after the number to its end, the separator included
    sentence_prefix: str  # the sentence before the number
    own: tuple[tuple[int, int, str], ...]  # the aliases in the clause before the number
    stripped: str  # the clause before the number without lead words and place
    sub: str  # the words that can name the subject (see above)
    after_list: bool  # sub is the part after a 、 of stripped
    in_a_place: bool  # 国际医药创新公园新引入8家跨国药企: a place inside the region opens the clause
    prev_subject: tuple[str, str] | None  # the subject the sentence named before the number
    # the stock whose new members the number counts (新增境内外上市公司45家), and that of the number before: what a
    # clause 总量达 right after such a count is of (stock_after_new)
    new_of: tuple[str, str] | None = None
    stock_before: tuple[str, str] | None = None

    @property
    def earlier_clauses(self) -> str:
        """The sentence's words before the number's own clause (its separator included)."""
        return self.sentence_prefix[: len(self.sentence_prefix) - len(self.clause_before)]

    @property
    def part_prefix(self) -> str:
        """The sentence's words before the number since its last ； (the part of the sentence the number stands in)."""
        return _SEMICOLON.split(self.sentence_prefix)[-1]


def _subject_of(row: dict) -> tuple[str, str]:
    """(indicator, indicator_zh) of a row: the subject a later number takes over from it (carried, listed again, the
    other side of its list). A count of steps crossed hands on the quantity that crossed them, not the steps
    (全口径工业开票销售连跨四个千亿元台阶、达到8081亿元: construction steps_then_level, session 56 probe of city reports)."""
    if row.get("rule") == "steps_crossed" and (steps := _STEPS_COUNTED.search(row["indicator_zh"])) and steps.start() >= 2:
        owner = row["indicator_zh"][: steps.start()]
        return indicators.lookup(owner), owner
    return row["indicator"], row["indicator_zh"]


def _carried_phrase(s: _Sentence, alias: tuple[int, int, str]) -> str:
    """The noun phrase an earlier clause names around a dictionary alias, as `_alias_phrase` reads it
    in the number's own clause: 今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元 carries
    中央财政用于教育的投入, not the alias 用于教育的投入 alone (construction subject_carried). The alias
    when the words before it in its clause name no longer phrase ending with it.
    """
    start, end, name = alias
    return _name_with_modifiers(s.text[_clause_start(s.text, s.s0, start) : end], name)


@functools.lru_cache(maxsize=1)
def _class_words() -> re.Pattern:
    """A class word (lexicon role class_prefix: 规上, 规模以上, 省级, 国家级) with the 以上 that widens it (省级以上)."""
    return re.compile("(" + "|".join(map(re.escape, subjects.role_words("class_prefix"))) + ")(以上)?")


@functools.lru_cache(maxsize=1)
def _class_endings() -> tuple[str, ...]:
    """The class words (`_class_words`), with the 以上 that widens them, longest first: what may end the words before a count
    (省级612项政务服务事项: class_before_count), read with str.endswith."""
    words = subjects.role_words("class_prefix")
    return tuple(sorted((*words, *(w + "以上" for w in words)), key=len, reverse=True))


def _modifier_carried(kind: str) -> bool:
    """Is `kind`, the words between a word of new things (新增) and the stock's alias, a short modifier that names which
    of the stock's members are counted (境内 of 境内上市公司: construction modifier_carried), not a verb or a place of
    the region?

    >>> _modifier_carried("境内"), _modifier_carried("培育"), _modifier_carried("全省")
    (True, False, False)
    """
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", kind))
        and not subjects.opening_word(kind, "action", "lead_verb", "predicate_start", "region", "time")
        and not subjects.holds_any(kind, subjects.role_words("action", min_length=2))
    )


def _name_with_modifiers(words: str, name: str) -> str:
    """The noun phrase the clause's words (ending with `name`) name around `name`: 今年中央财政用于教育的投入
    -> 中央财政用于教育的投入; `name` alone when a verb stands before it (连续7年提高企业退休人员基本养老金).

    >>> _name_with_modifiers("城镇职工基本养老保险", "基本养老保险"), _name_with_modifiers("提高企业退休人员基本养老金", "企业退休人员基本养老金")
    ('城镇职工基本养老保险', '企业退休人员基本养老金')
    """
    phrase = subjects.subject_before(words, len(words) - len(name))
    extra = phrase[: len(phrase) - len(name)]
    verbs = subjects.role_words("predicate_start", "predicate_tail", "action", "lead_verb", "rate_change", min_length=2)
    # 新增省级以上专精特新企业120家，总数达到350家: a class (省级以上, 规模以上) is no verb of the phrase (class_carried)
    modifiers = _class_words().sub("", extra)
    if not phrase.endswith(name) or not extra or subjects.holds_any(modifiers, verbs) or re.search(r"[对把将向]", extra):
        return name  # 连续7年提高企业退休人员基本养老金: a verb before the alias is no part of its name
    return phrase


_ALTERNATIVE_WORDS = frozenset({"或"})
_RATE_WORD_END = re.compile(r"(?<=..)(?:年均)?(?:增速|增幅|增长率|涨幅)$")


# what opens a new clause right after a figure written without a mark: a space, or 其中 (run_on_after_figure)
# (保持97%以上其中金融业占比近50%: after the figure's qualifier too)
_RUN_ON_OPENING = re.compile(r"[ \t\u3000]+(?=[\u4e00-\u9fff“])|(?:以上|左右|以内|以下)?(?P<among>其中)(?=[\u4e00-\u9fff])")


def _run_on_start(s: _Sentence, i: int, cs: int) -> int:
    """Where the clause of number `i` starts when the figure before it runs on without a mark (construction
    run_on_after_figure): 完成调整预算数的106.2%其中税收收入25.2亿元非税收入5.1亿元, 地区生产总值增长5.5%-6% 固定资产投资增长3%
    (a news digest's targets): after the figure before, a space or 其中 opens the next figure's words (they kept
    预算数的106.2%其中税收收入, 地区生产总值增长5.5%-6% 固定资产投资). Nothing else does: a name right after an amount is
    often the amount's own noun (分别安排了7000亿元、8000亿元超长期特别国债支持1465个…: amount_of_noun), and a growth before
    its level (增长5%达120亿元) keeps its own reading.

    >>> f = extract_figures("全区一般公共预算本级收入30.3亿元,完成调整预算数的106.2%其中税收收入25.2亿元。",
    ...                     ReportInfo("demo", 2024, "city", "某区"))
    >>> f["indicator_zh"].tolist()[-1]
    '税收收入'
    """
    if i == 0 or (before := s.tokens[i - 1]).after <= cs:
        return cs
    if opening := _RUN_ON_OPENING.match(s.text, before.after, s.tokens[i].start):
        return opening.start("among") if opening.group("among") else opening.end()
    if s.text[before.after : s.tokens[i].start] in ("、", "和"):
        return _run_on_start(s, i - 1, cs)  # (…分别增长4.7%、6.6%: the list's later numbers start where its first does)
    if before.unit.kind != "percent":
        return cs
    # a copy that lost the marks after a growth: right after a percent, the next figure's clause opens with
    # - a name and its own verb of growth (完成地区生产总值增长5%农林牧渔业总产值增长4.2%…: run_on_growths, session 64 probe
    #   of a district's 2025 report: the names kept 地区生产总值增长5%);
    # - a dictionary quantity's name or a ranking's word (增长40%社会消费品零售总额2484.4亿元, 增长5.6%财政总收入、一般公共预算
    #   收入分别达到…, 同比增长13.5%排名稳居吕梁前三: run_on_name, session 65 probes: the names kept 增长40%)
    gap = _RUN_ON_GROWTH.fullmatch(s.text, before.after, s.tokens[i].start)
    if gap and not _predicate_start().match(gap.group("name")) and len(subjects.subject_before(gap.group("name"))) >= 2:
        return before.after
    if s.pattern.match(s.text, before.after) or _RUN_ON_RANKING.match(s.text, before.after):
        return before.after
    return cs


# a ranking's word or a verb of ranking opening a clause that lost its mark (run_on_name)
_RUN_ON_RANKING = re.compile(rf"{_RANKING_WORD}|(?:{subjects.RANK_VERB})")
# a name and its verb of growth, the whole gap between a percent and the next number (run_on_growths)
_RUN_ON_GROWTH = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,20}?)(?:分别)?(?:同比)?(?:增长|下降)")


def _number(s: _Sentence, i: int, prev_subject: tuple[str, str] | None, stock_before: tuple[str, str] | None = None) -> _Number:
    """The number i of the sentence with its clause and the words that can name its subject.

    A count of a stock named with a word of new things (新登记市场主体12万户) names the flow
    (新登记市场主体), not the stock's alias: the alias no longer stands in the clause.
    """
    text, tok = s.text, s.tokens[i]
    cs = _clause_start(text, s.s0, tok.start)
    cs = _run_on_start(s, i, cs)
    clause_before = text[cs : tok.start]
    own = tuple(a for a in s.aliases if a[0] >= cs and a[1] <= tok.start)
    if own and "《" in clause_before:
        # 颁布了《关于预防煤矿生产安全事故的特别规定》等22部行政法规: a dictionary name inside a title names the document's
        # topic, not what the number measures (alias_in_title)
        own = tuple(a for a in own if text.rfind("《", cs, a[0]) <= text.rfind("》", cs, a[0]))
    if own and (adjusted := subjects.ADJUSTED_LEAD.search(clause_before)):
        # ，扣除留抵退税因素后增长7.2%: an alias inside the basis a growth is stated on names nothing (basis_before_subject)
        own = tuple(a for a in own if not cs + adjusted.start() <= a[0] < cs + adjusted.end())
    earlier = [a for a in s.aliases if a[1] <= cs]
    if earlier and (basis := subjects.ADJUSTED_LEAD.search(text, _clause_start(text, s.s0, earlier[-1][0]), cs)):
        # …，按常住人口计算，人均达到70899元: a dictionary name inside the basis of an earlier clause names nothing either
        # (basis_before_subject, session 59 probe: 按常住人口 was carried)
        earlier = [a for a in earlier if not basis.start() <= a[0] < basis.end()]
    if earlier and (
        prev_subject is None
        # …进出口分别增长37.2％、19％，全省进出口总值创历史新高，达到5379亿元: a dictionary name in a clause after the figure
        # before, which states no figure, is what the sentence goes on about (construction subject_renamed)
        or (i > 0 and _CLAUSE_MARK.search(text, s.tokens[i - 1].after, earlier[-1][0]))
    ):
        prev_subject = (s.alias_to_id[earlier[-1][2]], _carried_phrase(s, earlier[-1]))
    if (
        prev_subject
        and not tok.rank
        and tok.unit.kind not in ("percent", "pp")
        and (rate := _RATE_WORD_END.search(prev_subject[1]))
    ):
        # 地区生产总值年均增速高于全国…，连跨两个万亿元台阶，超过5.6万亿元: an amount or a rank after a clause about the rate is of
        # the quantity, not of its rate (quantity_after_its_rate; they carried 地区生产总值年均增速)
        prev_subject = (prev_subject[0], prev_subject[1][: rate.start()])
    stripped = _LEAD.sub("", clause_before)
    if (
        stripped.endswith("上")
        and not stripped.endswith(("迈上", "跃上", "登上", "跨上", "踏上", "冲上"))
        and text[tok.start] in "亿千万"
    ):
        stripped = stripped[:-1]  # 带动就业上万人, 上千万人: 上 says over (the qualifier); 迈上万亿元台阶 keeps its verb
    # 保障性住房、农村民生工程、社会事业投资占44%: 占 is the share's predicate, and a list's share is of
    # the whole list (gold S8)
    share = tok.unit.kind == "percent" and stripped.endswith("占")
    stripped = stripped[:-1] if share else stripped
    if tok.rank:
        # 均居全市6县市第1位: the size of the field ranked among is no figure before the rank (rank_field_counted, session 43
        # probe: the subject was 居全市6县市); it is read as the words it stands for, its length kept
        stripped = _RANK_FIELD_COUNT.sub(lambda m: "几" * len(m.group(0)), stripped)
        if area := _AREA_AFTER_POINTING.search(stripped):
            # 总量粤东西北第一: the area ranked in goes, 总量 points back (area_after_pointing_word)
            stripped = stripped[: area.start()] + area.group(1) + area.group(2)
    placed = subjects.after_place_and_verb(stripped)
    in_a_place = placed != stripped
    stripped = sub = subjects.without_examples(subjects.without_beneficiaries(placed))
    before = s.tokens[i - 1] if i > 0 else None
    clause_after = _CLAUSE_MARK_OR_END.split(text[tok.after : min(s.s1, tok.after + 40)])[0]  # (read once: two uses)
    if before and before.unit.unit_std == tok.unit.unit_std and text[before.after : tok.start] in _ALTERNATIVE_WORDS:
        # 防洪标准提高到二十年或五十年一遇: a number right after another of its unit and only 或 between is the same quantity's
        # other value (construction alternative_values; the clause before was its subject)
        sub = ""
    elif (
        before
        and before.after == tok.start
        and before.unit.kind == tok.unit.kind == "count"
        and before.unit.base != tok.unit.base
        and not _HAN.search(clause_after)
        and stripped.endswith(text[before.start : before.after])
    ):
        # 承接进京转陕国际分流航班25架次2966人: a count right after another, in another measure word, counts the same things
        # another way (the flights' passengers), not the figure before (construction count_in_two_measures, session 56 probe
        # of district reports: it gave 进京转陕国际分流航班25架次); the clause ends there, no noun named after it (120批次3000多人
        # 前来考察学习 names what it counts after it)
        sub = stripped = stripped[: len(stripped) - (before.after - before.start)]
    if (item := _ITEM_AFTER_COUNTED.search(stripped)) and len(subjects.subject_before(stripped[item.end() :])) >= 2:
        # 认定雏鹰企业、瞪羚企业358户和种子独角兽企业1户: after a count and a connector, the next item names its own count
        # (construction item_after_connector): the words before the connector are the earlier count's
        stripped = sub = stripped[item.end() :]
    if "、" in stripped and "分别" not in stripped:
        # In "新设外资企业3.6万家、增长38.7%" the part after the last 、 says whose number it is.
        # (合计增长15.7%: the growth of a list summed is the list's, as a total is: list_summed)
        summed = bool(_SUMMED_LIST.search(stripped))
        sub = _after_last_figure(stripped, total=tok.unit.kind in ("money", "physical", "count") or share or summed)
        if not subjects.subject_before(sub):  # a list too long to name a subject: its last item
            sub = stripped[stripped.rfind("、") + 1 :]
        if not sub.strip(subjects.MARKS) and _measure_word_then_noun(text, tok):
            # 农村贫困人口全部脱贫、8000个贫困村全部出列、80个贫困县全部摘帽: a count opening the item after a 、 names what
            # it counts after it; an alias before the 、 is an earlier item's (construction item_after_a_clause)
            last_mark = cs + clause_before.rfind("、")
            own = tuple(a for a in own if a[0] > last_mark)
    elif (opened := _bracket_after_figure_before(s.text, s.tokens, i, cs)) >= 0 and len(
        subjects.subject_before(text[opened : tok.start])
    ) >= 2:
        # 改造危桥12座（其中县道5座）: a bracket opened after the figure before that names its own part is the part's
        # (construction part_in_brackets; it kept 危桥（其中县道)
        stripped = sub = _LEAD.sub("", text[opened : tok.start])
    elif tok.unit.kind in ("money", "physical", "count") and (reached := _GROWTH_THEN_LEVEL.search(stripped)):
        # 一般公共预算收入增长5%达120亿元: a level reached right after the growth of its clause, no mark between, is the
        # growth's subject's, as after a 、 (construction growth_then_level; it kept 一般公共预算收入增长5%)
        sub = stripped[reached.start("reach") :]
    elif (
        tok.unit.kind == "count"
        and before
        and before.start >= cs
        and before.unit.kind == "money"
        and (work := _work_after_money(text[before.after : tok.start]))
    ):
        # 统筹整合资金3.9亿元实施项目251个: a verb of action right after an amount of money in the clause opens what the
        # money was used on, and what it counts; the money is the figure before's (construction work_after_money; session 61
        # probe of a county report: it was 资金3.9亿元实施项目)
        sub = work
    new_of_stock = (
        own
        and tok.unit.kind == "count"
        and indicators.describe(s.alias_to_id[own[-1][2]])["kind"] == "stock"
        and not _HAS_DIGIT.search(text[own[-1][1] : tok.start])  # the alias is this figure's, not the one before's
        # (新增专精特新企业、单项冠军、瞪羚企业27家: more items after the alias make the count the list's total, S8:
        # list_after_new_stock)
        and not re.search(r"[、和及]", text[own[-1][1] : tok.start])
        and _NEW_OF_STOCK.search(_LEAD.sub("", text[cs : own[-1][0]]))
    )
    new_of = None
    if new_of_stock:
        # the new things counted, with their modifiers; a later item of a list of new things keeps its own words
        new_of = (s.alias_to_id[own[-1][2]], own[-1][2])
        words = new_of_stock.group(0)
        if (kind := _NEW_OPENING.sub("", words)) and (_class_words().fullmatch(kind) or _modifier_carried(kind)):
            # 新增省级以上专精特新企业120家，总数达到350家: a class of the new things is the stock's too (class_carried);
            # 新增境内上市公司62家，总数186家: so is a short modifier naming which of them (modifier_carried)
            new_of = (new_of[0], kind + new_of[1])
        item = new_of_stock.group("item")
        stripped = sub = (item if item is not None else new_of_stock.group(0)) + own[-1][2]
        own = ()
    return _Number(
        i=i,
        tok=tok,
        cs=cs,
        clause_before=clause_before,
        clause=text[cs : min(s.s1, tok.after + 4)],
        clause_after=clause_after,
        clause_rest=_clause_after(text, tok.after, s.s1),
        sentence_prefix=text[s.s0 : tok.start],
        own=own,
        stripped=stripped,
        sub=sub,
        after_list=sub is not stripped,
        in_a_place=in_a_place,
        prev_subject=prev_subject,
        new_of=new_of,
        stock_before=stock_before,
    )


# the number of places a rank is among, before the rank's 第 (全市6县市第, 全省14个市州中第): rank_field_counted
# the places a field ranked among is counted in (全市6县市, 全省14个市州, 六区): rank_field_counted, the field counted
# the kinds of places a rank is among (lexicon area_kind: 县市区, 地市, 城区 …; 规上工业增加值增长7.8%，增速六城区排名第三, session
# 68 probe of a district's review: a list written here lacked 城区, and the rank had no subject)
_FIELD_PLACES = rf"(?:{subjects.area_kinds()}|县\(市、区\))"
# 六区, 13个县市区, 3个旗: the field ranked among, counted, written without 在 (，增速六区排名第1: session 44 probe), before a
# verb of ranking (rank_among_any_area, places_counted_ranked: one pattern for both since session 68's review)
_FIELD_COUNTED = rf"(?:[一二两三四五六七八九十]{{1,3}}|\d{{1,3}})个?(?:{_FIELD_PLACES}|旗)"
_RANK_FIELD_COUNT = re.compile(rf"(?<=[市省国州区盟])\d{{1,3}}(?=个?{_FIELD_PLACES}中?(?:排名|位列|居)?第$)")
# 全市行政区, 全市各区, 全国: the whole area, with the kind of places (or each of a kind) ranked among (rank_area_kind)
_AREA_AND_KIND = rf"(?:{subjects.rank_areas()})(?:各(?:{subjects.area_kinds()}))?"
# a growth in percent, then only a verb of reaching before the number (增长5%达, 增长12.6%达到): growth_then_level
_GROWTH_THEN_LEVEL = re.compile(r"(?:增长|增加|下降|增幅)[\d.]+[%％](?:左右|以上)?(?P<reach>达到|达|突破|至)$")


def _sentence_rows(s: _Sentence, last: dict | None = None) -> list[dict]:
    """The rows of one sentence: every number's row, then one more per subject when several
    subjects share the number (`_readings`).

    >>> rows = extract_figures("全年新登记注册企业增长21.6%，平均每天新增1.2万户。", ReportInfo("demo", 2021))
    >>> rows[["indicator_zh", "measure", "value", "rule"]].values.tolist()
    [['新登记注册企业', 'growth_yoy', 21.6, 'subject_alias_phrase'], ['新登记注册企业', 'count', 1.2, 'subject_carried']]
    """
    return [row for _, _, rows in _readings(s, last) for row in rows]


def _readings(s: _Sentence, last: dict | None = None) -> Iterator[tuple[_Number, _Subject, list[dict]]]:
    """Each number of the sentence through the layers: the subject (the first construction of
    `_SUBJECT_CONSTRUCTIONS` that matches, then a 分别 list), its scope (`_scope`), the subject
    tidied (`_tidy_subject`, `_without_place`), the interpretation of measure, qualifier, target and
    period (`_interpret`), the row (`_row`), and the rows of the other subjects sharing the number.

    Yields the number, what named its subject and its rows; a later number reads the rows before
    it (the figure just stated, a list's earlier figures) and the subject named last; a share with no
    whole of its own (占43.7%) reads the last row of the sentence before (`last`, share_of_sum).
    """
    rows: list[dict] = []  # one row per number (its first subject)
    prev_subject: tuple[str, str] | None = None
    prev_num: _Number | None = None
    for i in range(len(s.tokens)):
        num = _number(s, i, prev_subject, prev_num.new_of if prev_num is not None else None)
        found = _owner_from_topic(s, num, rows, _respectively(s, num, rows, _subject(s, num, rows)))
        found = _relative_before_count(num, _households_then_people(s, num, rows, _indicators_listed_counted(s, num, found)))
        found = _ranks_of_listed_items(s, num, rows, _own_level_opening(s, _government_level_part(s, num, rows, found)))
        found = _owner_of_attribute(s, num, _scheme_of_sentence(s, num, found))
        found = _owner_of_share(s, num, rows, _owner_of_topic_clause(s, num, found))
        found = _sibling_of_previous(num, rows, _firm_owner_of_previous(s, num, rows, _topic_owner_goes_on(num, rows, found)))
        found = _money_for_task(s, num, _topic_of_bare_subject(s, num, found))
        found = _contribution_of_previous(num, rows, _topic_of_lead_sentence(s, num, found))
        found = _growth_at_speed(s, num, _capacity_of_plant(s, num, _sector_of_paragraph(s, num, rows, found)))
        found = _framed_with_yi(num, found)
        found = _total_after_per_head(num, found)
        found = crossed = _driven_quantity(s, num, rows, found)
        for construction in _QUANTITY_CONSTRUCTIONS:
            found = construction(num, found)
        found = _side_of_trade(s, num, rows, _payer_for_purpose(s, num, found))
        ind = found.subject[0]
        scope, place = _scope(s, num, ind, found)
        scope = "part" if found.rule in ("government_level_part", "own_level_opening") else scope
        if scope == "own" and found.rule in ("share_of_quantity", "share_of_previous") and rows:
            # 重灾区已完成投资6545亿元，占规划总投资的65.5%: a share of the figure before measures that figure's
            # quantity and takes its scope (construction share_of_previous, gold C12)
            scope = rows[-1]["scope"]
        if scope == "own" and found.rule == "subject_carried" and rows and rows[-1]["scope"] != "own" and not place:
            # 宁波舟山港…，保税燃料油加注880万吨、跻身全球第三大加油港: a figure that carries the subject of the one before
            # carries its scope too (construction scope_carried, gold C10)
            scope = rows[-1]["scope"]
        if (
            scope == "own"
            and ind == "other"
            and prev_num is not None
            and not (rows and rows[-1]["scope"] == "own")  # the figure before is the region's own: no place goes on
            # 自贸试验区新设企业10.1万家，跨境电商综试区扩容至7个: zones counted are the region's, not the place's before
            # (construction zones_counted_not_carried)
            and not (num.tok.unit.kind == "count" and found.subject[1].endswith(subjects.role_words("place_suffix")))
            and _place_of_clause_before(s, num, prev_num)
        ):
            scope = "part"  # 宁波舟山港集装箱吞吐量…，保税燃料油加注880万吨: still the port's (place_goes_on)
        if found.rule == "subject_carried" and scope == "part" and not place:
            # 湘江新区地区生产总值增长7.2%，高于全省1.6个百分点: the part the carried subject opens with leaves it, as it
            # left the figure before (construction scope_carried)
            where, there = subjects.scope_of(found.subject[1][:8], s.info.level, s.info.region)
            place = there if where == "part" and found.subject[1].startswith(there) else place
        if found.rule == "list_respectively" and place and not found.subject[1].startswith(place):
            # 广州、深圳地铁线网…分别: each item's own place leaves its name (places_share_the_rest)
            own_place = subjects.scope_of(found.subject[1][:6], s.info.level, s.info.region)
            place = own_place[1] if own_place[0] == scope and found.subject[1].startswith(own_place[1]) else place
        if found.rule == "list_respectively" and place and place not in found.subject[1]:
            listed = num.clause_before[: num.clause_before.find("分别")] if "分别" in num.clause_before else ""
            if place in listed[listed.rfind("、") + 1 :] and re.search(r"[、和及与]", listed):
                # 国际友城和外国驻穗总领馆分别增至214对和69家: a place inside another item of the list is that item's,
                # not this one's (construction place_of_an_item)
                scope, place = "own", ""
        if found.rule == "list_respectively" and scope == "own":
            item_scope = subjects.scope_of(found.subject[1], s.info.level, s.info.region)
            thing = _place_among_things(num.clause_before, item_scope[1], s.info.level, s.info.region)  # 白银产量
            zones = item_scope[1] in _ZONE_CLASSES and _ZONE_CLASS_OPENING.match(found.subject[1])  # zones_as_a_class
            if item_scope[0] == "part" and not thing and not zones:
                scope, place = item_scope  # …外国驻穗总领馆分别增至214对和69家: the item names where it is
        if (
            scope in ("part", "other")
            and not (place and place in num.clause_before)
            # (其中市级1689.4亿元, 区本级固定资产投资: the level is the part, government_level_part, own_level_opening)
            and found.rule not in ("government_level_part", "own_level_opening")
            and _own_level(s.info.level, num.clause_before + found.subject[1])
        ):
            # 厦门综合改革试点形成80项全国首创成果，6组10家省属国企实现战略性重组: a part carried from an earlier clause does not
            # scope what names the region's own level (lexicon role own_level: 省属, 省级 in a province's report) (construction
            # own_level_named, gold C10)
            scope, place = "own", ""
        tidied = _tidy_subject(s, num, rows, found.subject)
        # 益阳电厂三期建成投产、总装机达386万千瓦: a plant put into operation is named by its proper name, the place in it
        # stays (S7; the scope still goes to the place) (plant_keeps_its_place, session 35)
        kept = found.rule == "capacity_of_plant" and place and tidied.startswith(place)
        # 园区规模工业增加值占全省比重增至76%: parks named only by their class are a head noun of the name, as 开发区 is
        # (S37e: the gold keeps 园区 also when the scope goes to a part; unnamed_parks_kept, session 52 probe set)
        kept = kept or (place in _PARKS_AS_CLASS and tidied.startswith(place))
        ind_zh = tidied if kept or _place_in_firm_name(num, tidied, place) else _without_place(tidied, place)
        if num.tok.rank and place and ind_zh == place and (ranking := _ranking_of_place(num.clause_before)):
            # 长沙县、浏阳市分别晋升至全国县域经济和社会综合发展百强县第4、第5位: a place ranked names only where the rank
            # is; what is ranked is the ranking's own quantity, written between the verb and 第 (places_ranked_in_a_ranking,
            # as the gold reads 苏州工业园区…国家级经开区综合考核评价; session 52 probe set)
            ind_zh = ranking
        if num.tok.rank:
            ind_zh, found = _ranking_framed_subject(num, found, ind_zh)
        # 苏州工业园区在国家级经开区综合考核评价中稳居第一: 在…中 frames the assessment a rank is in, no words of its name
        # (assessment_frame; also after the place that opened it left)
        ind_zh = _IN_FRAME.sub(r"\1", ind_zh) if num.tok.rank else ind_zh
        # …开发区综合考评中挺进全国第31位: the 中 of the frame stays when a place took its 在 (assessment_frame_cut)
        ind_zh = _ASSESSMENT_IN.sub(r"\1", ind_zh) if num.tok.rank else ind_zh
        if (restated := _size_word_restated(s, num, last, found._replace(subject=(ind, ind_zh)))).subject[1] != ind_zh:
            found = restated  # 总量和人均水平分别是…, 总量在…排名上升4位: the quantity before (size_word_restated)
            ind, ind_zh = restated.subject
        if (part := _part_of_set(rows, ind_zh)) != ind_zh:
            found, ind, ind_zh = found._replace(subject=("other", part)), "other", part
        named = tidied[: tidied.find(place)] if place and place in tidied and not tidied.startswith(place) else ""
        if len(named) >= 2 and not ind_zh.startswith(named) and f"“{named}”{place}" in s.text:
            # “15分钟高品质文化生活圈”中心城区覆盖率: a quoted name right before the place names what the quantity is of; only
            # the place leaves the subject (construction quoted_name_before_place, S7: the place goes to scope)
            ind_zh = named + ind_zh
        if (kind := _owner_of_previous_kind(s, num, rows, ind, ind_zh)) is not None:
            ind, ind_zh = "other", kind  # 普惠小微贷款…，贷款平均利率…: a kind of the dictionary's quantity, not all of it
        elif ind_zh in s.alias_to_id and (ind != "other" or ind_zh != found.subject[1]):
            # a finished name that is itself an alias names its own quantity (construction name_decides_indicator):
            # 规模以上工业企业实现利润增长31% (the alias found first, 规模以上工业企业, counts firms), 新登记经营主体…，总量达…
            # (stock_of_new: 经营主体); and a name completed from the figure before (completed_name_is_an_alias: 新增发电装机
            # 容量4.45亿千瓦，其中水电9601万千瓦 -> 水电装机容量)
            ind = s.alias_to_id[ind_zh]
        if ind != "other" and _LISTED_SUBJECT.search(ind_zh):
            # 小麦、稻谷最低收购价 (a range over both), 进一步扩大内需、促进经济增长的措施: a subject listing items is no
            # one quantity of the dictionary, whichever item's alias was found (construction list_is_no_indicator)
            ind = "other"
        reading = _attribute_shares_span(_interpret(s, num, found, ind_zh, rows[-1] if rows else None, last), rows)
        reading = _target_of_outcome(s, num, reading, rows)
        reading = _target_named_after_outcome(found, reading, rows)
        if ind != "other" and indicators.names_another_thing(reading.subject, ind):
            ind = "other"  # 经济总量超千亿元的县域12个: the words after the alias name what is counted (alias_then_other_head)
        named = ind  # the quantity the words name, before a part or a ratio of it: what the next clause carries
        if ind == "other" and reading.rule == "share_of_quantity" and rows and rows[-1]["indicator_zh"] == reading.subject:
            # 出口规模突破4万亿元，占全国份额从14%提升到15.5%: the share, in a wider whole, of the quantity the figure before
            # stated is a value of that quantity (construction share_of_stated_quantity, blind layer I5)
            ind = rows[-1]["indicator"]
        ind = _quantity_stated(num, ind, reading) if ind != "other" else ind
        if ind != "other" and _part_of_whole_stated(s, num, rows, ind, reading.subject):
            ind = "other"
        if scope == "other" and reading.is_target:
            # 主动对接深圳经济特区27条改革措施 in the plan: another region's figure is no target of the reporting region
            # (construction others_are_no_target); dated as its section dates it (plan_year: the plan's year, gold
            # settled on Jiangmen's second pass)
            reading = reading._replace(is_target=False)
        rows.append(_row(s, num, ind, scope, reading))
        more: list[dict] = []
        if names := (
            _shared_by(s, num, rows[-1], rows)
            or _growths_ranked_together(s, num, rows)
            or _facets_ranked_together(num, rows)
            or _figures_ranked_together(s, num, rows)
            or _figures_multiplied_together(s, num, rows)
            or _rate_of_figures_together(s, num, rows)
        ):
            # 分别从50%、75%提高至100%: the items the 分别 list before named in full
            listed = [r["indicator_zh"] for r in rows[:-1] if r["rule"] == "list_respectively"]
            names = [next((x for x in listed if x.startswith(n) and len(x) > len(n)), n) for n in names]
            rows[-1], *more = _shared_number_rows(rows[-1], names, num.clause, num.tok.unit.kind)
        prev_num = num
        yield num, found, [rows[-1], *more]
        # the next clause of the sentence continues the latest named subject; a level, a count or a share (…建成面积占永久
        # 基本农田比例达到66.25%，近3年提升21个百分点: share_carried, session 35) that names its own
        own_name = (
            found.rule == "subject_before_number"
            and found.subject[1]
            # (财政总收入首次突破100亿元大关，达107.64亿元: a threshold crossed names its subject too, session 43 probe)
            # (财政总收入是2005年的2.07倍，年均增长19.88%: a multiple names its subject too, session 62 probe: the growth took
            # the GDP of the part before; …；制造业增长23.7%，占工业比重26.8%: so does a growth on last year, session 70 probe
            # of a city review, growth_names_its_subject: the share took the subject of the part before)
            and rows[-1]["measure"] in ("level", "count", "share", "threshold", "change_abs", "multiple", "growth_yoy")
        ) or (found.rule == "subject_qualified_alias" and bool(found.subject[1]))
        prev_subject = num.prev_subject if named == "other" and num.prev_subject and not own_name else found.subject
        if _HAS_DIGIT.search(prev_subject[1]) and rows[-1]["indicator_zh"] and not _HAS_DIGIT.search(rows[-1]["indicator_zh"]):
            # 全省生产总值接连突破2万亿和3万亿，去年达到39416.2亿元: words that swallowed a figure before (生产总值接连突破2万亿和)
            # are not what goes on; the row's own name, tidied of it, is (tidied_name_goes_on, session 52 probe set)
            prev_subject = _subject_of(rows[-1])
        if found.rule == "steps_crossed":
            prev_subject = crossed.subject  # 地区生产总值跨越3个千亿元台阶，达到1.5万亿元: the quantity goes on, not its steps
            if num.prev_subject and crossed.subject[1].endswith(subjects.role_words("mark_word")):
                # 地区生产总值…提高到8600亿元，五年跨越两个千亿元台阶，年均增长8.5%: the steps' clause names no quantity of its
                # own; the one named before goes on (steps_between, session 42 probe: the growth was 千亿元台阶's)
                prev_subject = num.prev_subject


def _measure_word_then_noun(text: str, tok: _Token) -> bool:
    """Is the number a count whose measure word is followed by the noun it counts (8000个贫困村)?"""
    return tok.unit.kind == "count" and bool(subjects.subject_after(text, tok.after))


_NEW_OPENING = re.compile(rf"^{_NEW_WORDS}")
_PER_DAY = re.compile(r"日均|每天|每日")  # 平均每天新增, 日均新设企业
_PER_YEAR = re.compile(r"年均|平均每年|每年平均")  # 平均每年城镇新增就业1000多万人, 城镇新增就业年均1270多万人
_NEW_BEFORE_NAME = re.compile(rf"{_NEW_WORDS}(改建|改扩建)?$")
# 建成 without 新增 counts the things built in the span, new members of a stock (blind layer I18), unless the words
# state the stock (总量, 总数, 达到, 拥有, 存量)
_BUILT_BEFORE_NAME = re.compile(r"(?:^|(?<=累计|基本))建成(?!率)")
_STOCK_STATED = re.compile(r"总量|总数|总里程|达到|拥有|存量")


def _part_of_whole_stated(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> bool:
    """After 其中, a name of the entry the sentence has just stated under another name is a part of that whole (construction
    part_of_whole_stated, blind layer I3): 农民工总量2.53亿人，比上年增长4.4％，其中，外出农民工1.59亿人 is no total of migrant
    workers; the page narrates the whole only.

    >>> f = extract_figures("农民工总量2.53亿人，其中，外出农民工1.59亿人，增长3.4%。", ReportInfo("demo", 2012))
    >>> f["indicator"].tolist()
    ['migrant_workers', 'other', 'other']
    """
    if rows and rows[-1]["indicator_zh"] == name and rows[-1]["indicator"] == "other" and num.i > 0:
        return _of_which_before(s, num.i - 1)  # ，增长3.4％: the growth of that part, in the clause after it
    if not _of_which_before(s, num.i):
        return False
    return any(r["indicator"] == ind and r["indicator_zh"] != name for r in rows)


def _of_which_before(s: _Sentence, i: int) -> bool:
    """Does 其中 stand between the number before token `i` (or the sentence's start) and token `i`?"""
    start = s.tokens[i - 1].after if i > 0 else s.s0
    return "其中" in s.text[start : s.tokens[i].start]


def _quantity_stated(num: _Number, ind: str, reading: _Reading) -> str:
    """The dictionary quantity a finished row states, when the words name one (`ind`) but the number may be a part, a
    ratio or new members of it (blind indicator layer, tests/data/gold/INDICATORS.md I3-I5, I12): a page narrates the
    row under that id, so a part of the deficit must not read as the deficit.

    - part_before_alias: 其中中央财政赤字1.12万亿元 is a part of the deficit (`indicators.names_a_part`): other;
    - things_counted_not_measured: 建成17条高速公路 counts roads, not mileage (`indicators.measured_quantities`): other;
    - ratio_of_named_quantities: 研发经费占国内生产总值比重 is rd_intensity (`indicators.share_named`);
    - new_members_stated: 新建50个区域养老服务中心, 新建改建高速公路通车里程约3万公里 are no stock (`_new_members_stated`);
    - per_day_average: 平均每天新增1.2万户, 日均新设企业1.8万户 are no values of the year's flow;
    - per_year_average: 平均每年城镇新增就业1000多万人 over 2003-2007 is no value of the flow (I22).
    """
    if indicators.names_a_part(reading.subject, ind):
        return "other"
    if num.tok.unit.kind == "count" and ind in indicators.measured_quantities():
        return "other"  # 建成17条高速公路: the roads counted, not the mileage (things_counted_not_measured)
    words = subjects.subject_before(num.sub)
    if words.endswith(subjects.role_words("people_outcome")) and subjects.people_counted(words) != words:
        return "other"  # 实现高校毕业生就业2800万人: the graduates who found work, no count of graduates (people_reach_outcome)
    ind = indicators.share_named(reading.subject, ind)
    if ind == "other":
        return "other"
    kind = indicators.describe(ind)["kind"]
    if _new_members_stated(num, kind, reading):
        return "other"
    if _PER_DAY.search(num.clause_before) and kind in ("flow", "stock"):
        return "other"  # a page would read a day's average as the year's
    start, end = reading.period
    spans_years = start is not None and end is not None and end > start
    if (
        kind == "flow"
        and spans_years
        and reading.measure in ("count", "level", "cumulative")
        and _PER_YEAR.search(num.clause_before)
    ):
        # 平均每年城镇新增就业1000多万人 (2003-2007): a yearly average of a flow, dated over the span it averages, would read
        # as the span's total (construction per_year_average, layer I22); 年均增长 is a measure of its own (growth_avg)
        return "other"
    return ind


def _new_members_stated(num: _Number, kind: str, reading: _Reading) -> bool:
    """Whether the number states new (or removed) members of a stock as an amount of their own, not as the stock's change
    (construction new_members_stated, blind layer I4): a count, level or cumulative whose clause opens with a word of new
    things and names no other alias before it (新建50个区域养老服务中心: the noun after the number), or has that word right
    before the stock's name (新建改建高速公路通车里程约3万公里) or in it (新增政府债务总规模11.86万亿元). With the stock's id such a row
    reads as the stock itself; stated as a change (新增铁路营业里程5000公里, change_abs) it keeps the id, and so does the
    stock named first with its new ones after (铁路运营里程新增1700公里、突破1.1万公里). Capacity retired, named with its
    verb (淘汰落后炼铁产能, 退出煤炭产能, 压减钢铁产能), is no capacity either; nor are things 建成 in the span (I18:
    建成老年助餐点3897个, unless the words state the stock: 总量, 达到). `kind` is the dictionary kind of the entry
    the words name (stock, flow, rate).
    """
    if reading.measure not in ("count", "level", "cumulative") or kind != "stock":
        return False
    words = _LEAD.sub("", num.sub)  # the number's own words (新增…45家、总量达1224家: 总量达)
    if (_NEW_OPENING.match(words) and not num.own) or _NEW_OPENING.match(reading.subject):
        return True
    if _capacity_named_with_verb(reading.subject) or reading.subject.startswith(subjects.role_words("retire_verb")):
        return True  # 淘汰落后炼铁产能1.2亿吨, 退出煤炭产能: capacity retired, named with its verb (gold S4), is no capacity
    at = words.rfind(reading.subject) if reading.subject else -1
    if at > 0 and (_NEW_BEFORE_NAME.search(words[:at]) or _BUILT_BEFORE_NAME.search(words[:at])):
        return True
    # 建成机构及社区养老服务设施1.8万个、养老床位53.4万张: things built, the verb opening the list (blind layer I18)
    clause = _LEAD.sub("", num.stripped)
    return bool(_BUILT_BEFORE_NAME.match(clause)) and not _STOCK_STATED.search(clause)


_FIRST_DIGIT = re.compile(r"\d")


def _place_of_clause_before(s: _Sentence, num: _Number, prev: _Number) -> str:
    """The part of the region that opens the clause right before the number's, when that clause states a
    figure of the place and the number's clause names no place and not the region (construction
    place_goes_on, gold C10: 宁波舟山港集装箱吞吐量4387万标箱、增长11.6%，保税燃料油加注880万吨 is the port's);
    '' otherwise. The caller asks only for a subject outside the dictionary: a statistic of its own (城市副中心和平原新城
    地区生产总值年均增长5%以上，服务贸易年均增速5%左右) is the region's. A place inside a noun of a clause without a figure does not go on (成都中欧班列集结中心
    获批建设，中欧班列开行超2000列 stays own)."""
    info = s.info
    if s.text[num.cs - 1 : num.cs] not in "，," or num.cs <= s.s0 or _names_own_here(num.clause_before, info.region):
        return ""
    start = max((m.end() for m in _CLAUSE_MARK_OR_END.finditer(s.text[s.s0 : prev.tok.start])), default=0) + s.s0
    if start >= num.cs or _CLAUSE_OR_SENTENCE_END.search(s.text[start : num.cs - 1]):
        return ""  # the previous number stands in the clause right before
    if subjects.scope_of(num.clause_before, info.level, info.region)[0] != "own":
        return ""
    if subjects.opening_word(_LEAD.sub("", num.clause_before), "action"):
        # 力争实现宁波舟山港货物吞吐量12.6亿吨，开行“义新欧”班列2200列以上: a clause that opens with a verb of action is
        # a new act of the region's, not one more statistic of the place before (construction new_act_not_carried)
        return ""
    scope, _ = subjects.scope_of(s.text[start : prev.tok.start], info.level, info.region)
    opened = subjects.strip_lead(s.text[start : prev.tok.start].strip(subjects.MARKS))
    opening = next(
        (opened[:k] for k in range(2, 7) if subjects.scope_of(opened[:k], info.level, info.region) == ("part", opened[:k])), ""
    )
    if opening and _place_names_a_noun(_FIRST_DIGIT.split(s.text[start : prev.tok.start], 1)[0], opening):
        # 怀化国际陆港开行东盟货运班列突破1200列，三一重工…: the place only names a noun of the clause's subject, the words
        # before its first number (place_inside_noun; 宁波舟山港集装箱吞吐量4387万标箱 has no verb there and goes on)
        return ""
    return opening if scope == "part" and opening else ""


# --- constructions that name the subject, tried in this order ------------------------------------


class _Subject(NamedTuple):
    """What a construction found: the subject, the words that say what the number measures, the
    construction's name (the row's `rule`), and whether the subject was carried from before."""

    subject: tuple[str, str]  # (indicator id or other, the subject as the text names it)
    predicate: str
    rule: str
    carried: bool = False


def _qualified_alias(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """规上工业企业研发机构覆盖率61%: words that are no predicate stand between the alias and the
    number, so the alias only qualifies another subject (subject_qualified_alias, indicator other)."""
    if not num.own:
        return None
    post = s.text[num.own[-1][1] : num.tok.start]
    post_tail = post[post.rfind("、") + 1 :]
    # 中央建设投资总计为1521亿元, 中央政府建设投资总规模为1304亿元: what the quantity has (lexicon role quantity_tail) before
    # the predicate keeps the alias's figure (construction quantity_tail_then_predicate)
    held = subjects.opening_word(post_tail, "quantity_tail")
    post_tail = post_tail[len(held) :] if held else post_tail
    # 中欧班列（义新欧）开行3005列: a bracketed name of the line or route right after the alias glosses it, it does not
    # qualify it (construction bracketed_gloss)
    post_tail = indicators.without_gloss(post_tail)
    if len(post_tail) < 3 or _opens_predicate(post_tail) or _DIGIT.search(post_tail):
        return None
    if post.endswith("等") and num.tok.unit.kind == "count":
        # 一般公共预算收入、金融业增加值、进出口总值、旅游业总收入等9项重要经济指标: examples closed by 等 before a count are
        # examples of what it counts, named after the measure word (examples_then_count, S9; session 63 probe of a city's
        # 2017 report: an item not in the dictionary after the last alias made the list's end the subject)
        return None
    if _DIGIT.search(post) and post_tail != post and _only_predicate(post_tail):
        # …比率降至13%左右、优于全国约1个百分点: after the alias's own figure, a chained clause that only says how carries the
        # subject, it qualifies nothing (construction chained_predicate_carries)
        return None
    if post.endswith("第") and not subjects.subject_before(num.sub):
        # 居国家先进制造业百强榜第75位: the ranking's name between its verb and 第 is what the rank is in (ranking_named;
        # it was 先进制造业百强榜第)
        ranking = _RANKING_NAMED.fullmatch(num.sub.strip(subjects.MARKS))
        return _Subject(("other", ranking.group(1)), post, "subject_qualified_alias") if ranking else None
    if num.i and num.cs <= s.tokens[num.i - 1].start < num.own[-1][0] and _NOUN_THEN_SEP.fullmatch(post):
        return None  # 13个先进制造业集群和50条产业链: the alias names what the number before counts (alias_of_figure_before)
    # (…、投资超120亿元: the money noun before a verb of reaching, money_noun_reaches, not the alias and what follows it)
    named = subjects.subject_before(num.sub) or _money_carried_out(num.sub) or (num.own[-1][2] + post)[-20:]
    return _Subject(("other", named), post, "subject_qualified_alias")


def _opens_predicate(words: str) -> bool:
    """Do the words open a predicate, after any adverbials that may stand before its verb (construction
    adverb_then_predicate): time and connective words and predicate tails (今年再, 连年, 一直, 接连, 年内至少), a span of
    years (十年), and 实际 or 名义 right before a verb of change (the basis of a growth, not a noun)?
    居民人均可支配收入实际增长8.1% and 粮食产量连年稳定在1.3万亿斤以上 state the alias's own figure; in
    规上工业企业研发机构覆盖率61% the alias qualifies another subject.

    >>> _opens_predicate("实际增长"), _opens_predicate("连年稳定在"), _opens_predicate("研发机构覆盖率")
    (True, True, False)
    >>> _opens_predicate("统一由"), _opens_predicate("由")  # 标准统一由55元提高到70元: the from of a from-to
    (True, True)
    """
    at = 0
    while True:
        if _role_words("predicate_start").match(words, at) or words[at:] in ("由", "从"):
            return True  # 由, 从 right before the number open a from-to (标准统一由55元提高到70元)
        if m := _ADVERBIAL_OPENING.match(words, at):
            at = m.end()
        elif basis := _BASIS_BEFORE_VERB.match(words, at):
            at = basis.end(1)
        elif word := next((w for w in _adverbial_words() if words.startswith(w, at) and _room_after(words, at + len(w))), ""):
            at += len(word)
        else:
            return False


def _room_after(words: str, at: int) -> bool:
    """After an adverbial, two characters or more of a predicate, or the 由/从 that opens a from-to."""
    return len(words) - at >= 2 or words[at:] in ("由", "从")


# 十年接近翻一番: a span of years; 2021-2024年年均增长: the years of a span (year_span_opening)
_ADVERBIAL_OPENING = re.compile(rf"[\s　]+|{subjects.SPAN_START_YEAR}[一二三四五六七八九十两\d]+年")
_BASIS_BEFORE_VERB = re.compile(rf"({subjects.BASIS_BEFORE_VERB})(?={_predicate_words('change')}|{_predicate_words('decline')})")


@functools.lru_cache(maxsize=1)
def _adverbial_words() -> tuple[str, ...]:
    """Lexicon words (roles time, connective, predicate_tail) that may stand between a subject and its verb."""
    return subjects.role_words("time", "connective", "predicate_tail")


_COMPARED_OPENING = re.compile(r"[\s“”\"]*(比|较)(?![重例率较])")
# 比年度计划, 较上年 (compared_doubling); 在2000年基础上 (a base set out with 在…基础上, on_basis_of: 2007年经济总量达到3200亿元，
# 在2000年基础上翻一番 in a 2003 provincial plan, session 69 probe: the doubling had no subject)
_COMPARED_BASE_ONLY = re.compile(
    r"(?:比|较)[^，,；;。：:\d]{1,8}?(?:实现|已经|已|均)?"
    r"|在(?:(?:19|20)\d\d年(?:底|末)?|[^，,；;。：:\d]{1,8}?)的?基础上(?:实现|再)?"
)
# 较“十三五”末的9323.1亿元增加, 比2020年的: a comparison's base with 的, then its amount and a verb of change, or nothing
# (compared_base_amount)
# (比上年决算数14.94亿元: the account the base's value is taken from, without 的; 增加了: the aspect after the verb; session
# 52 probe set)
_COMPARED_BASE = re.compile(
    r"(?:比|较)(?:(?:\d{4}年(?:底|末)?|[^，,；;。\d]{1,10}?)的|(?:上年|去年|\d{4}年)"
    + _ACCOUNT_OF_BASE
    + r")(?:[\d.]+[^\d，,；;。]{0,4}?(?:增加|减少|增长|提高|下降|扩大|缩小|多|少)了?)?"
)


_GROWTH_END = re.compile(r"(年均)?(增长|增速)$")
_FIGURE_THEN_BRACKET = re.compile(r"[\d%][（(]")


def _work_after_money(words: str) -> str:
    """The words between an amount of money and a count in one clause when they open with a verb of action (lexicon role
    action), '' otherwise: what the money was spent on, and what the count counts (construction work_after_money).

    >>> _work_after_money("实施项目"), _work_after_money("，实施项目"), _work_after_money("项目")
    ('实施项目', '', '')
    """
    if _CLAUSE_MARK.search(words) or not subjects.opening_word(words, "action", min_length=2):
        return ""
    return words


def _bracket_after_figure_before(text: str, tokens: list[_Token], i: int, cs: int = 0) -> int:
    """Where the words inside a bracket opened right after the figure before in the clause start (新增省专精特新企业82家（全市
    第1）, 改造危桥12座（其中县道5座）), the bracket still open at number i; -1 when there is none (aside_on_figure; and
    aside_in_list: 增速分别为5.6%(全市第四)、6.6%: 四 is no item of the list).

    The figure's own token ends with its unit: 从15个县（市）扩大到 opens no bracket after 15个 (县（市） is a noun)."""
    if not i:
        return -1
    before = tokens[i - 1]
    if before.start < cs or text[before.after : before.after + 1] not in ("（", "("):
        return -1
    return -1 if re.search(r"[）)]", text[before.after : tokens[i].start]) else before.after + 1


def _alias_phrase(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """高技术制造业增加值增长9.1%: the noun phrase around the nearest dictionary alias of the clause
    (subject_alias_phrase), not the alias alone (高技术制造业). Not when the alias stands before a
    、 and only a predicate follows it while the sentence has a subject to carry."""
    if not num.own:
        return None
    a = num.own[-1]
    sub = num.sub
    if num.prev_subject and _COMPARED_OPENING.match(sub):
        return None  # ，比去年预算赤字减少500亿元: the alias names the base, the subject is carried
    if num.prev_subject and num.tok.unit.kind == "pp" and _ABOVE_ANOTHER.match(sub):
        # 工业增加值增长8%，高于GDP增幅2.2个百分点: the alias names the quantity compared with, the subject is carried (a gap
        # in points between two growths; session 46 probe of zone reports: it was GDP)
        return None
    if num.after_list and a[1] <= num.tok.start - len(sub) and _predicate_start().match(sub) and num.prev_subject:
        return None
    own_name = subjects.subject_before(sub)
    if num.after_list and a[1] <= num.tok.start - len(sub) and own_name and own_name not in subjects.role_words("covers_people"):
        return None  # 粮食播种面积3320万亩、产量1285万吨: the words after the 、 name their own subject
    at = sub.rfind(a[2])
    counted_before = num.i and num.cs <= s.tokens[num.i - 1].start < a[0]
    if at < 0 and not sub.strip(subjects.MARKS) and counted_before:
        return None  # 实施3000个老旧小区、120个老旧街区（厂区）改造: the alias is the noun the figure before counts
    between = s.text[a[1] : num.tok.start]
    if counted_before and (_LIST_SEP.match(between) or _NOUN_THEN_SEP.fullmatch(between)):
        # 解决了6398万农村人口的饮水困难和60万无电地区人口的用电问题: the alias ends the figure before's noun, joined to
        # this number by a list separator (construction alias_of_figure_before); this number names its own noun after it
        return None
    if num.tok.unit.kind == "count" and between.strip() and indicators.describe(s.alias_to_id[a[2]])["basis"] == "nominal":
        # 对外贸易扩大至228个国家和地区: a count of things named after it is no value of an amount of money named before
        # the verb (count_after_money_alias): the countries are counted (`_after_measure_word`)
        noun = _noun_after(s.text, num.tok, sub)
        if len(noun) >= 2 and s.alias_to_id.get(noun) is None:
            return None
    if num.tok.unit.kind == "count" and _EXAMPLE_BEFORE_COUNT.fullmatch(between) and len(_noun_after(s.text, num.tok, sub)) >= 2:
        # 设立干旱区…全国重点实验室等5个高能级创新平台: an alias closed by 等 before a count is an example of the things
        # counted, which the noun after the measure word names (alias_as_example, gold S9) (session 36)
        return None
    figure_between = num.i and a[1] <= s.tokens[num.i - 1].start
    if (
        num.tok.rank
        and figure_between
        and rows
        and rows[-1]["measure"] != "rank"
        and _only_predicate(s.text[s.tokens[num.i - 1].after : num.tok.start])
    ):
        # 争取地方政府专项债券项目54个、全省第一: a rank right after a figure ranks that figure, whose subject names more than
        # the alias before it (rank_of_figure_before, `_carried`; session 51 probe set: it was 地方政府专项债券)
        return None
    opened = _bracket_after_figure_before(s.text, s.tokens, num.i, num.cs) if figure_between else -1
    if opened >= 0 and rows and _only_predicate(s.text[opened : num.tok.start]):
        # 新增省专精特新企业82家（全市第1）: a bracket opened right after the figure before that only ranks or restates it is
        # about that figure (construction aside_on_figure, `_carried`); it kept the alias and the open bracket
        return None
    inside = subjects.subject_before(s.text[opened : num.tok.start]) if opened >= 0 else ""
    if inside and len(inside) <= 6 and inside.endswith(("率", "比重", "占比", "比例")) and not _HAS_DIGIT.search(inside):
        # 新增高标准农田3万亩（建成率97.2%，全市第1）: a rate named in a bracket opened right after the figure before is the
        # rate of what that figure measures (construction rate_in_bracket, session 46 probe: it was 高标准农田)
        name = a[2] + inside
        return _Subject((s.alias_to_id.get(name, "other"), name), s.text[opened : num.tok.start], "rate_in_bracket")
    phrase = subjects.subject_before(sub, at) if at >= 0 else ""
    if _FIGURE_THEN_BRACKET.search(phrase):
        phrase = ""  # 收入增长1.7%（同口径增长2.5%以上）: the bracket restates the figure before, the alias names it (restated_in_bracket)
    # 中欧班列开行超2000列: the predicate leaves a longer alias when a shorter one remains (S4)
    shorter = phrase and a[2].startswith(phrase) and s.alias_to_id.get(phrase) == s.alias_to_id[a[2]]
    named = _clause_out_of_name(subjects.group_without_verb(phrase if a[2] in phrase or shorter else a[2]), a[2])
    subject = (s.alias_to_id[a[2]], named)
    if s.text[max(num.cs, a[0] - 2) : a[0]] == "新增" and indicators.describe(subject[0])["kind"] == "rate" and named == a[2]:
        # 新增非化石能源装机占比达到75%以上: a share among the new ones is no share of the stock the dictionary's rate is
        # (construction share_of_new): 新增 stays in the name, and the dictionary id goes
        subject = ("other", "新增" + named)
    # words before the alias count too: 新增高速公路通车里程207公里
    tail = _GROWTH_END.search(a[2])
    predicate = s.text[num.cs : a[0]][-4:] + (tail.group(0) if tail else "") + s.text[a[1] : num.tok.start]
    return _Subject(subject, predicate, "subject_alias_phrase")


_EXAMPLE_BEFORE_COUNT = re.compile(r"[”\"]?等(?:约|近|超过|超|逾)?")


def _clause_out_of_name(phrase: str, alias: str) -> str:
    """The noun phrase around an alias without the clause it was cut from (construction name_not_clause): a word
    that makes a clause (lexicon role clause_word: the particle 了, a title mark, 没有, 是在, 基础上, 高于) is never part
    of a quantity's name, so the name starts after the last one before the alias (and after the 的 that closes
    the clause there) and ends at the first one after it.

    >>> _clause_out_of_name("没有实现年初确定的单位国内生产总值能耗", "单位国内生产总值能耗")
    '单位国内生产总值能耗'
    >>> _clause_out_of_name("省属国有企业研发投入增速高于全省", "研发投入")
    '省属国有企业研发投入增速'
    >>> _clause_out_of_name("规模以上工业增加值", "工业增加值")
    '规模以上工业增加值'
    """
    at = phrase.find(alias)
    marks = _role_words("clause_word")
    if at < 0 or not marks.search(phrase):
        return phrase
    left, right = phrase[:at], phrase[at + len(alias) :]
    if after := marks.search(right):
        right = right[: after.start()]
    if before := list(marks.finditer(left)):
        left = left[before[-1].end() :]
        left = left[left.rfind("的") + 1 :]
    return subjects.strip_lead((left + alias + right).strip(subjects.MARKS), keep_from=len(left)).strip(subjects.MARKS)


def _visitor_opening(sentence_prefix: str) -> str:
    """The visitor (lexicon role visitor: 习近平总书记) who opens the sentence or one of its clauses before, or ''.

    >>> _visitor_opening("习近平总书记始终心系青海大地，党的十八大以来"), _visitor_opening("最令人振奋的是，习近平总书记始终心系青海，")
    ('习近平总书记', '习近平总书记')
    >>> _visitor_opening("全省上下，三")
    ''
    """
    clauses = re.split(r"[，,；;：:]", sentence_prefix)[:-1]  # the clauses before the number's own
    for clause in reversed(clauses):
        if visitor := subjects.opening_word(clause.lstrip(' \u3000“”"\n'), "visitor"):
            return visitor
    return ""


def _times_of_an_event(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """A count of times (次) names the event counted: who did it (the words before the number, if any) and what was
    done (the words after 次 to the clause's end or a second predicate opened by 并), without an adverb of manner
    (lexicon roles manner_adverb, degree_adverb; 两次全面降准 keeps the 全面 of its name) (construction times_of_an_event,
    gold CONVENTIONS S1: the subject is what the number counts).
    医疗物资保障组三次专门致信感谢 counts letters of thanks, not the group: 医疗物资保障组致信感谢; 三次亲临四川视察并作出
    重要指示 gives 亲临视察 (the reporting region goes, as wherever it stands). A rate changed a number of times is named
    object first (times_of_a_change: 两次上调人民币贷款基准利率).

    >>> f = extract_figures("国务院联防联控机制医疗物资保障组三次专门致信感谢。", ReportInfo("demo", 2020))
    >>> f[["indicator_zh", "rule"]].values.tolist()
    [['国务院联防联控机制医疗物资保障组致信感谢', 'times_of_an_event']]
    """
    if num.tok.unit.base != "次" or num.tok.named:
        return None
    in_clause, in_noun = _times_of_a_change()
    event = _EVENT_AFTER_TIMES.match(s.text, num.tok.after, min(s.s1, num.tok.after + MAX_EVENT + 1))
    if not event or in_clause.match(s.text, num.tok.after) or in_noun.match(event.group(1)):
        return None
    done = event.group(1)
    while adverb := subjects.opening_word(done, "manner_adverb", "degree_adverb"):
        done = done[len(adverb) :]
    actor = subjects.subject_before(num.sub) if num.sub.strip(subjects.MARKS) else ""
    if len(done) < 2 or _LEADS_TO_NOUN.search(num.sub.rstrip(subjects.MARKS)) or "、" in num.sub:
        return None
    if not actor and (visitor := _visitor_opening(num.sentence_prefix)):
        # 习近平总书记始终心系青海…，党的十八大以来三次亲临青海考察，两次参加…审议: the visitor who opens the sentence made the
        # visits its later clauses count (lexicon role visitor; construction visitor_of_sentence, session 37)
        actor = visitor
    name = actor + done
    return _Subject((indicators.lookup(name), name), num.clause_before, "times_of_an_event")


MAX_EVENT = 12  # the longest event a count of times names (亲临四川视察)
# after 次: the event to the clause's end, to 并 opening a second predicate (亲临四川视察并作出重要指示) or to 、 opening a
# second count of times (两次亲临江苏考察、三次参加…审议: events_listed)
_EVENT_AFTER_TIMES = re.compile(rf"([\u4e00-\u9fff]{{2,{MAX_EVENT}}}?)(?=并|[，,；;。：:、]|$)")


def _merged_verb_after(noun: str, clause_before: str, clause_after: str) -> bool:
    """Is the word after the measure word the verb of a from-to the number starts (由162个整合为123个: merged_into)?

    >>> _merged_verb_after("整合", "开发区和工业园区由", "个整合为123个"), _merged_verb_after("园区", "由", "个园区")
    (True, False)
    """
    at = clause_after.find(noun)
    return bool(noun and at >= 0 and _FROM_OPENING.search(clause_before) and _TO_WORD.match(clause_after, at + len(noun)))


# 40项主要经济指标中，有: a set counted in a measure word, 中, then 有 before the count of its members (members_of_set)
_MEMBERS_OF_SET = re.compile(r"\d+(?P<unit>[项个类家所])(?P<set>[\u4e00-\u9fff]{2,12})中[，,]?有$")


def _after_measure_word(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """建成50个基层智能化康复中心: only verbs before the number, the thing counted after it
    (subject_after_measure_word; `_noun_after`)."""
    if num.tok.unit.text.endswith("户") and (people := _PEOPLE_OF_HOUSEHOLDS.match(s.text, num.tok.after, s.s1)):
        # 6.48万户23.24万农村常住人口: the people of the households counted come first (households_then_people)
        noun = subjects.subject_after(s.text, people.end())
        return _Subject((indicators.lookup(noun), noun), num.clause_before, "subject_after_measure_word") if noun else None
    if num.tok.unit.text == "个" and num.tok.after == num.tok.end and (places := _PLACES_COUNTED.match(s.text, num.tok.end)):
        # 迭部、碌曲、玛曲、镇原4县高速项目全部开工: the places counted with no measure word are the subject, what follows
        # is their predicate (places_counted_bare, gold D6 and S1)
        return _Subject((indicators.lookup(places.group(0)), places.group(0)), num.clause_before, "subject_after_measure_word")
    among = _MEMBERS_OF_SET.search(s.text, s.s0, num.tok.start)
    if among and num.tok.unit.text == among.group("unit") and not s.text.startswith(among.group("set")[-2:], num.tok.after):
        # (在24项主要经济指标中，有2项指标增速…: the members named again after the measure word are as written, S1)
        # 40项主要经济指标中，有33项超温州平均水平: a count of the members of a set counted just before, in the set's measure word,
        # counts its members; what follows says what they did (members_of_set, session 64 probe of a city's 2023 report: the
        # subject was 超温州平均)
        name = among.group("set")
        return _Subject((indicators.lookup(name), name), num.clause_before, "subject_after_measure_word")
    noun = _noun_after(s.text, num.tok, num.sub)
    if (earlier := _counted_on_first_item(s, num, rows, noun)) is not None:
        return _Subject(_subject_of(earlier), num.clause_before, "subject_after_measure_word")
    sized_first = _SIZE_THEN_DE.match(s.text, num.tok.after)
    if (
        noun in subjects.role_words("size_of", "attribute")
        and _AMOUNT_NEXT.match(s.text, num.tok.after + len(noun))
        and not sized_first
    ):
        # 谋划专项债项目41个总投资98亿元: a size word with its own amount right after the measure word is the next figure's
        # subject; the count counts the things named before it (size_of_next_figure, session 42 probe: it was 总投资)
        return None
    noun = _without_next_figures_quantity(s, num, noun)
    class_only = bool(noun) and bool(_class_words().fullmatch(noun))
    later = (
        _COUNT_THEN_LATER_COUNT.match(s.text, num.tok.after + (len(noun) if class_only else 0))
        if not noun or class_only
        else None
    )
    if later and class_only and later.group(2) == num.tok.unit.text and not later.group(1):
        # 30个省级、382个市级重点项目: a count of a class alone, then a count of another class of the same things: the class
        # with the things (classes_counted_then_noun, session 47 probe of city reports: it was 省级)
        noun, later = noun + _rest_after_class(subjects.subject_after(s.text, later.end())), None
    if later and (later.group(2) == num.tok.unit.text or (num.tok.unit.text in _BATCHES and not later.group(1))):
        # 建成7个、开工8个输变电项目: a count whose noun is written once, after the later count of the same things at another
        # stage (construction noun_after_later_count, session 45 probe: 7 had no subject)
        noun = subjects.subject_after(s.text, later.end())
    if peers := _PEERS_RANKED.match(noun):
        # 全国217家国家级开发区综合考评中位列第13位, 147个国家高新区综合排名中列第三位: the count counts the places ranked, the
        # ranking and the rank after them are the next number's (peers_ranked, session 63 probe of zone reports: it was
        # 国家级开发区综合考评中)
        noun = peers.group(1)
    if num.tok.unit.text in _BATCHES and (inner := _COUNT_OPENING.match(noun)) and len(noun) - inner.end() >= 2:
        # 实施5批次19组集团层面战略性重组: the batches the later count's things came in, the later count right after them, are
        # batches of the same things (construction batches_then_count; the subject kept 19组)
        noun = noun[inner.end() :]
    if sized := _SIZE_THEN_DE.match(s.text, num.tok.after):
        # 5个总装机180万千瓦的光伏项目, 12个总投资86亿元的产业项目: the size of each, written between the count and the noun,
        # is no part of it; the count counts the noun after 的 (sized_noun_after_count, session 42 probe: it was 总装机)
        noun = subjects.strip_lead(subjects.subject_after(s.text, sized.end())) or noun
    if num.sub.rstrip(subjects.MARKS).endswith("以") and (frame := noun.find("为", 2)) > 0:
        noun = noun[:frame]  # 办好以10件民生实事为引领的各项民生工程: 以…为 frames the things counted (frame_yi_wei)
    if _merged_verb_after(noun, num.clause_before, num.clause_after):
        return None  # 由162个整合为123个: the word after the start of a from-to is its verb, not the thing counted
    if _BENEFIT_AFTER.fullmatch(noun) or noun in subjects.role_words("mark_word"):
        return None  # 约6700万人受益: 受益 is the predicate of the people counted (beneficiaries); …新台阶: no quantity
    if (cut := _places_then_statistic(s, noun, s.text.find(noun, num.tok.after, s.s1))) > 0:
        # 3个国家级新区地区生产总值增长8%, 14个市州空气质量全面达标: the count counts the places; the statistic after them is
        # the next number's (places_counted_then_statistic; it was 国家级新区地区生产总值)
        noun = noun[:cut]
    set_named = _SET_OF_MEMBERS_AFTER.fullmatch(noun)
    if set_named and (at := s.text.find(noun, num.tok.after, s.s1)) >= 0 and s.text.startswith(("，", ","), at + len(noun)):
        # 185项整改任务中，立行立改项目全部完成: the set the next clause speaks of the members of, its 中 no word of the
        # things counted (members_of_set, session 65 probe of a district report: it was 整改任务中)
        noun = set_named.group(1)
    people = [m.end() for m in _people_word().finditer(noun)]
    given = people and noun[people[-1] :].endswith(subjects.role_words("money_noun", "spending", "pay_word"))
    if num.tok.unit.unit_std == "persons" and given and people[-1] >= 2:
        # 提高1200万中小学教师待遇, 免除3000多万名农村寄宿制学生住宿费: a count of persons counts the people, not
        # the pay they are given (construction people_then_their_pay); a problem solved stays (农村人口饮水安全)
        noun = noun[: people[-1]]
    elif num.tok.unit.unit_std == "persons" and people and people[-1] >= 2 and _people_feeling().match(noun, people[-1]):
        # 530万宜城儿女沐浴着历史性荣光, 7100万江淮儿女倍感温暖: the people addressed, then what they feel or do, a clause of
        # its own (construction people_then_their_feeling, session 52 probe set)
        noun = noun[: people[-1]]
    quoted = _QUOTED_THEN_VERBS.fullmatch(num.sub.strip(" \u3000"))
    if noun and quoted and _only_action_words(quoted.group(2)) and s.alias_to_id.get(noun) is None:
        # “高效办成一件事”上线运行70个重点事项: a quoted programme opening the clause, only verbs after it, owns the things
        # its count counts (gold D7: 累计推出119个“高效办成一件事”重点事项) (quoted_owner_of_counted, session 35)
        noun = quoted.group(1) + noun
    elif noun and not num.sub.strip(subjects.MARKS) and s.alias_to_id.get(noun) is None:
        # “高效办成一件事”更加利企便民，15个重点事项审批时限压缩70%: a number that opens its clause counts things of the quoted
        # programme that opens the clause before, when that clause states no figure (quoted_topic_of_counted, session 36)
        # (the programme is the clause's topic: after region and time words only, an adverb right after it, 更加, 持续;
        # “四纵三横”高速公路网全面形成 names a network, 全面开展“粤美县城”城市设计 an act)
        before = _whole_clause_before(s, num).strip(" \u3000")
        topic = _QUOTED_OPENING.match(before, _topic_opening().match(before).end())
        course = before[topic.end() :] if topic else ""
        if topic and not _HAS_DIGIT.search(before) and subjects.opening_word(course, "adverb", "pace_adverb"):
            noun = topic.group(1) + noun
    if noun and num.clause_before.endswith(_class_endings()):
        # 省级612项政务服务事项实现全流程网办: a class word right before the count classes the things counted after it
        # (class_before_count, session 75 probe of a 2023 provincial report: it was 政务服务事项)
        level = next(w for w in _class_endings() if num.clause_before.endswith(w))
        noun = noun if noun.startswith(level) else level + noun
    return _Subject((indicators.lookup(noun), noun), num.clause_before, "subject_after_measure_word") if noun else None


# 整改任务中 (not 高中, 初中: schools): the set a count names before the clause on its members (members_of_set)
_SET_OF_MEMBERS_AFTER = re.compile(r"(.{2,}?(?<![高初]))中")


# 国家级开发区综合考评中, 国家高新区综合排名中: the places a ranking ranks, then the ranking (peers_ranked)
_PEERS_RANKED = re.compile(r"(.{2,}?)(?:综合)?(?:排名|排行榜?|考评|考核|评价|评比|测评)(?:中|里)")


def _peers_ranked(num: _Number) -> bool:
    """Does a count count the places a ranking after them ranks (36个大中城市考核中名列第一: peers_ranked)?"""
    return num.tok.unit.kind == "count" and bool(_PEERS_RANKED.match(num.clause_rest))


# 、开工8个: a verb or a stage, then a later count in a measure word (noun_after_later_count)
_COUNT_THEN_LATER_COUNT = re.compile(r"、([^，,；;。、\d]{0,4}?)\d+(?:\.\d+)?([个家所项座条名])")
_BATCHES = ("批", "批次", "轮")  # 组织7批、100名医务人员: the batches the later count's things came in (batches_of_later_count)
# 实施5批次19组集团层面战略性重组: the count right after the batches counts the same things (batches_then_count)
_COUNT_OPENING = re.compile(
    r"(?:\d+(?:\.\d+)?|[两二三四五六七八九十]+)[多余]?(?:"
    + "|".join(sorted((re.escape(u) for u, (_std, kind) in unit_table().items() if kind == "count"), key=len, reverse=True))
    + ")"
)
# 4条公路全长114.1公里, 3621名考生上线率100%: the quantity the next figure measures, written right before it
# (a rate's name taken as its last three characters, 上线率, 覆盖率, 完成率, two when the noun is short)
_LENGTH_WORDS = ("全长", "总长", "总里程")
_NEXT_FIGURES_QUANTITY = re.compile(
    rf"(?:{'|'.join(_LENGTH_WORDS)}|总投资|总面积|总规模|(?<=..)[\u4e00-\u9fff]{{2}}率|(?<=.)[\u4e00-\u9fff]率"
    # 2.2万脱贫人口人均纯收入19701元: a per-head amount is the next figure's (session 47 probe of county reports)
    r"|(?<=..)人均[\u4e00-\u9fff]{1,6}?(?:收入|支出|消费|纯收入))$"
)


_MONEY_AMOUNT_WORD = re.compile(r"(?<=..)[\u4e00-\u9fff][售业易交]额$")  # 销售额, 营业额, 交易额, 成交额


@functools.lru_cache(maxsize=1)
def _money_quantity_end() -> re.Pattern:
    """A word of an amount of money measured (lexicon role money_quantity: 营业收入, 产值) closing a noun."""
    return re.compile(f"(?:{_role_words('money_quantity').pattern})$")


def _without_next_figures_quantity(s: _Sentence, num: _Number, noun: str) -> str:
    """The noun counted without the quantity the next figure measures, when that figure follows the noun with no mark
    between (construction next_figures_quantity, session 45 probe: 4条公路全长114.1公里 gave 公路全长 for 4, 3621名考生上线率
    100% gave 考生上线率 for 3621).

    >>> f = extract_figures("4条公路全长114.1公里。", ReportInfo("demo", 2025, "city", "某县"))
    >>> f["indicator_zh"].tolist()[0]
    '公路'
    """
    at = s.text.find(noun, num.tok.after, s.s1) if noun else -1
    if at < 0 or not _AMOUNT_NEXT.match(s.text, at + len(noun)):
        return noun
    tail = _NEXT_FIGURES_QUANTITY.search(noun)
    if not tail:
        # 12家离岛免税店销售额580.9亿元: an amount of money measured (lexicon role money_quantity, or a …额 such as 销售额)
        # is the next figure's; the count counts the things before it (next_figures_money, session 47 probe: it was
        # 离岛免税店销售额)
        tail = _money_quantity_end().search(noun) or _MONEY_AMOUNT_WORD.search(noun)
    return noun[: tail.start()] if tail and tail.start() >= 2 else noun


def _counted_on_first_item(s: _Sentence, num: _Number, rows: list[dict], noun: str) -> dict | None:
    """The row of the list item before, when a count right after 、 is followed only by what was done (lexicon roles
    action, motion_verb, give_verb, noun_end): the thing counted is written on the first item only, the later ones count
    it too (construction counted_on_first_item, session 45 probe: 15名支援甘孜 gave 支援甘孜).

    >>> f = extract_figures("选派46名医务人员驰援武汉、12名支援西藏。", ReportInfo("demo", 2021, "city", "遵义市"))
    >>> f["indicator_zh"].tolist()
    ['医务人员', '医务人员']
    """
    if not rows or num.sub.strip(subjects.MARKS) or not s.text.endswith("、", 0, num.tok.start):
        return None
    earlier = rows[-1]
    same_count = earlier["rule"] == "subject_after_measure_word" and earlier["unit"] == num.tok.unit.text
    done = subjects.opening_word(noun, "action", "motion_verb", "give_verb", "noun_end", min_length=2)
    return earlier if same_count and done and earlier["indicator_zh"] else None


def _places_then_statistic(s: _Sentence, noun: str, at: int = -1) -> int:
    """Where a dictionary name of a statistic (地区生产总值, 经济总量) starts right after places counted (a name ending in a
    lexicon place_suffix: 新区, 开发区, 园区), 0 when none (places_counted_then_statistic).

    >>> f = extract_figures("全省3个国家级新区地区生产总值增长8%。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "measure", "scope"]].values.tolist()
    [['国家级新区', 'count', 'own'], ['地区生产总值', 'growth_yoy', 'part']]
    """
    division = subjects.opening_word(noun, "division_word")
    # (the statistic read in the text, where the noun may have been cut inside it: 市规上工业|增加值)
    if division and s.pattern.match(s.text if at >= 0 else noun, (at if at >= 0 else 0) + len(division)):
        # 沈阳、大连等3个市规上工业增加值增速超过全国水平: a kind of division counted (lexicon role division_word: 市, 县, 市州)
        # right before a statistic counts the divisions; the statistic and its predicate say which (divisions_counted_then_
        # statistic, session 47 probe: it was 市规上工业)
        return len(division)
    places = subjects.lexicon().get("place_suffix", ())
    for i in range(2, len(noun) - 1):
        if noun[:i].endswith(places) and (alias := s.pattern.match(noun, i)) and alias.end() == len(noun):
            return i
    return 0


_QUOTED_OPENING = re.compile(r"“([^“”]{2,12})”")  # a quoted name (quoted_topic_of_counted)


_QUOTED_THEN_VERBS = re.compile(r"“?([^“”]{2,12})”([\u4e00-\u9fff]{2,6})")  # (a sentence's opening mark is cut off)


def _verbs_item_of_same_count(num: _Number, rows: list[dict]) -> bool:
    """Is the number's 、 item only verbs of action (lexicon role action) before a count in the unit of the figure just
    before? Then it counts the same things (construction counted_of_item_before, session 45 probe: 新建学校5所、改扩建3所
    gave 3 no subject; as 建成过江通道4座、在建8座 does with a status word).

    >>> f = extract_figures("新建幼儿园6所、改扩建4所。", ReportInfo("demo", 2021, "city", "某市"))
    >>> f["indicator_zh"].tolist()
    ['幼儿园', '幼儿园']
    """
    words = num.sub.strip(subjects.MARKS)
    item = num.stripped[: len(num.stripped) - len(num.sub)].endswith("、")
    same_count = rows and rows[-1]["unit"] == num.tok.unit.text and num.tok.unit.kind == "count"
    if not (item and same_count):
        # 新开工814个、总投资5935亿元，新竣工300个、总投资1109亿元: pairs of a count and its investment, the next pair's count
        # after a comma counts the same things (counted_of_pair_before, session 48 probe of 2023 city reports: no subject)
        counted = _last_count_row(rows)
        same_count = bool(counted) and counted is not rows[-1] and counted["unit"] == num.tok.unit.text
        item = same_count and num.cs > 0 and num.tok.unit.kind == "count"
    return bool(words and item and same_count and _only_action_words(words.removeprefix("新")))


def _last_count_row(rows: list[dict]) -> dict | None:
    """The sentence's last count before the number, if any (its rows are the sentence's so far)."""
    return next((r for r in reversed(rows) if r["measure"] == "count"), None)


def _only_action_words(words: str) -> bool:
    """Are the words verbs of action only (lexicon role action, read from the start: 上线运行)?"""
    while words and (verb := subjects.opening_word(words, "action")):
        words = words[len(verb) :]
    return not words


_RATE_NOUN_AFTER = re.compile(r"(左右)?(一档)?的(税率|费率|利率|征收率|缴费比例|扣除比例)")


def _rate_noun_after(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """将制造业等行业现行16%的税率降至13%, 保持6%一档的税率不变: a percent followed by 的 and a rate noun is
    that rate, whatever stands before it (construction rate_noun_after; its owner comes from the topic:
    深化增值税改革 gives 增值税税率)."""
    if num.tok.unit.kind != "percent":
        return None
    m = _RATE_NOUN_AFTER.match(s.text, num.tok.after) or _RATE_NOUN_CHANGED.search(num.clause_before)
    return _Subject((indicators.lookup(m.group(3)), m.group(3)), num.clause_before, "rate_noun_after") if m else None


# …现行16%的税率降至13%: the level the rate named after the first percent is changed to
_RATE_NOUN_CHANGED = re.compile(
    rf"[\d.]+%(左右)?(一档)?的(税率|费率|利率|征收率|缴费比例|扣除比例)({_predicate_words('up_to')}|下调|上调|调整|降|升)(至|到|为)$"
)


def _share_of_previous(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """其中高速铁路超过1.9万公里，占世界60%以上: a clause of only 占 and a whole is the share of the
    figure just stated (share_of_previous)."""
    sub = num.sub.strip(subjects.MARKS)
    if num.tok.unit.kind != "percent" and _PLAN_OF_PREVIOUS.fullmatch(sub):
        return None  # 占调整预算数539267万元的99.6%: the plan's amount, no share (plan_of_previous)
    if rows and rows[-1]["indicator_zh"] and (moved := _SHARE_MOVED.fullmatch(sub) or _SHARE_FROM.fullmatch(sub)):
        # 工业投资增长33%，占比提高5.2个百分点: a share word alone with a verb of change names how the figure before's part of
        # an unwritten whole moved (construction share_of_previous_moved, session 47 probe of 2022-2025 provincial reports:
        # it was 工业投资, as if the investment had grown by points; gold C4: 税收收入占比)
        return _Subject(("other", rows[-1]["indicator_zh"] + moved.group(1)), num.sub, "share_of_previous")
    # (完成年度任务176%: a percent of the plan with 的 unwritten, session 44 probe; the plan's amount itself is no share)
    bare = num.tok.unit.kind == "percent" and _OF_PLAN_BARE.fullmatch(sub)
    if not (rows and (only := _SHARE_ONLY.fullmatch(sub) or bare)):
        return None
    done = _PLAN_DONE.fullmatch(sub.lstrip("约")) if num.tok.unit.kind == "percent" else None
    if done and rows[-1]["indicator_zh"]:
        # 城镇新增就业1.88万人，完成年计划145%: how much of its plan the figure before reached is its completion of the plan,
        # named with the plan (S35c, a level; the Jiangxi table's 城镇新增就业完成年计划: plan_completed_by_previous)
        return _Subject(("other", rows[-1]["indicator_zh"] + done.group(1)), num.sub, "share_of_previous")
    if only.group(0).lstrip("约").startswith("占比"):
        # 其中税收收入2900亿元，占比69%: 占比 alone names the figure before's part of an unwritten whole, a compound
        # …占比 (gold C4: 税收收入占比, a level)
        return _Subject(("other", rows[-1]["indicator_zh"] + "占比"), num.sub, "share_of_previous")
    return _Subject(_subject_of(rows[-1]), num.sub, "share_of_previous")


# 完成年计划的, 完成年度投资计划: a plan completed, written after the figure it is of (plan_completed_by_previous);
# 占年计划的, 为年度计划的, 达到年计划, 完成年度任务的: the same completion with another verb or a task or goal named
# (plan_completed_by_previous, session 62)
_PLAN_DONE = re.compile(rf"((?:{_PLAN_VERBS})(?:年|年度|全年)?[^，,；;。\d的]{{0,4}}?(?:{_PLAN_WORDS}))的?")
_TOTAL_OPENING = re.compile(r"^[\s“”\"]*(总计|合计|共计)")
_REACH_END = re.compile(r"(达到|达|约|超过|超)+$")


def _stage_of_previous(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """产业项目签约8个、开工15个, 路面改善提升工程建成4000公里、开工8000公里: a stage alone (lexicon role project_stage) after a
    figure of the same unit measures the same projects at another stage (construction project_stages; the words before
    the list would otherwise lend it an alias: 公路 of 县乡公路)."""
    stage = num.sub.strip(subjects.MARKS)
    if not _only_stages(stage):
        return None
    same_unit = rows and rows[-1]["indicator_zh"] and rows[-1]["unit"] == num.tok.unit.text
    # (保障性住房新开工150万平方米，续建200万平方米，竣工80万平方米: after a comma too, the figure just before being the clause
    # before's; session 43 probe: they had no subject)
    just_before = _row_of_figure_before(s, num, rows) is not None
    if same_unit and (num.after_list or (just_before and num.tok.unit.kind == "physical")):
        return _Subject(_subject_of(rows[-1]), num.sub, "subject_carried", carried=True)
    # 实施项目382个，总投资1048亿元，开工248个，竣工投产141个: a stage alone (or two stages) in a clause of its own counts the
    # things of the sentence's last count in the same unit, the amounts between being theirs (stages_after_amount, session 42)
    # (`rows` are the sentence's own: `_readings` starts them afresh for each sentence)
    counted = next((r for r in reversed(rows) if r["measure"] == "count" and r["unit"] == num.tok.unit.text), None)
    # nothing counted after the number (…，竣工25个、开工25个: a list of stages too, session 44 probe)
    ends = s.text[num.tok.after : num.tok.after + 1] in ("", "，", ",", "；", ";", "。", "、")
    if counted and ends and counted["indicator_zh"] and num.sub.strip(" \u3000") == stage and not num.after_list:
        return _Subject(_subject_of(counted), num.sub, "subject_carried", carried=True)
    return None


def _row_of_figure_before(s: _Sentence, num: _Number, rows: list[dict]) -> dict | None:
    """The sentence's last row (one per number) when it is the number right before this one, else None
    (from_to_end_carried, stages after a comma)."""
    if not num.i or not rows:
        return None
    return rows[-1] if rows[-1]["text_start"] == s.tokens[num.i - 1].start else None


def _only_stages(words: str) -> bool:
    """Is `words` one project stage or two written together (开工, 竣工投产: lexicon role project_stage)?

    >>> _only_stages("开工"), _only_stages("竣工投产"), _only_stages("开工项目")
    (True, True, False)
    """
    stages = subjects.role_words("project_stage")
    if words in stages:
        return True
    return 4 <= len(words) <= 6 and any(words.startswith(a) and words[len(a) :] in stages for a in stages)


# 完成年计划710亿元, 年度计划: the plan's amount right after a figure (plan_of_previous)
# (完成预算数31220万元的101.7%: a budget is the year's plan for the figure, budget_completion)
_PLAN_OF_PREVIOUS = re.compile(r"(?:完成|占|为)?(?:(?:年|年度|全年)?(?:计划|目标|计划目标)|(?:年初|调整|年度)?预算数?)")


def _target_named_after_outcome(found: _Subject, reading: _Reading, rows: list[dict]) -> _Reading:
    """The reading of a target the text names right after its outcome (plan_of_previous: 完成年计划710亿元, the year's
    plan; target_in_brackets: 比年初目标（6.5%）, with the outcome's measure and base): a target, no second outcome."""
    if found.rule == "plan_of_previous":
        return reading._replace(is_target=True)
    if found.rule == "target_in_brackets":
        base = rows[-1]["base_period"] if isinstance(rows[-1]["base_period"], str) else None
        return reading._replace(is_target=True, measure=rows[-1]["measure"], base=base)
    return reading


def _target_in_brackets(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """A percent in brackets right after 目标 glosses the target the outcome before is compared with (construction
    target_in_brackets, session 44 probe of plan reports): 地区生产总值增长4.2%，比年初目标（6.5%）低2.3个百分点 gives 6.5 to
    地区生产总值 as its growth target, with the outcome's measure and base (`_readings`; it was a level with no subject).

    >>> f = extract_figures("地区生产总值增长4.2%，比年初目标（6.5%）低2.3个百分点。", ReportInfo("demo", 2024, "city", "某市"))
    >>> f[["indicator_zh", "measure", "is_target", "base_period"]].values.tolist()[1]
    ['地区生产总值', 'growth_yoy', True, '上年']
    """
    if not rows or num.tok.unit.kind != "percent" or rows[-1]["unit_std"] != num.tok.unit.unit_std:
        return None
    if not s.text.endswith(("目标（", "目标("), s.s0, num.tok.start) or rows[-1]["is_target"]:
        return None
    return _Subject(_subject_of(rows[-1]), num.sub, "target_in_brackets")


def _plan_of_previous(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """The plan's amount written after a figure, in the figure's unit, is the plan for that figure's quantity
    (construction plan_of_previous, session 44 probe of plan reports): 地区生产总值635亿元，完成年计划710亿元的89.4% gives
    710 to 地区生产总值 as the year's target (it was 年计划, then carried to the completion rate and the growth after it).

    >>> f = extract_figures("地区生产总值635亿元，完成年计划710亿元的89.4%，增长2%。", ReportInfo("demo", 2023, "city", "某市"))
    >>> f[["indicator_zh", "is_target"]].values.tolist()[:2], f["indicator_zh"].tolist()[2:]
    ([['地区生产总值', False], ['地区生产总值', True]], ['地区生产总值', '地区生产总值'])
    """
    if not rows or rows[-1]["unit"] != num.tok.unit.text or not _PLAN_OF_PREVIOUS.fullmatch(num.sub.strip(subjects.MARKS)):
        return None
    return _Subject(_subject_of(rows[-1]), num.sub, "plan_of_previous")


# 仅28天实现确诊病例零新增, 仅用18个月建成投产: the time a thing took, opening its clause (time_taken)
_TIME_TAKEN_LEAD = re.compile(r"(?:仅仅|仅|只)?(?:用了?|历时)?")
# (36天时间基本消除…: 时间 after the span is the span's word, session 48 probe of 2021 provincial reports)
_TIME_TAKEN_VERB = re.compile(r"(?:时间)?(?:就|即|便)?(?:实现了?|完成了?)?")


_DISPOSAL_OPENING = re.compile(r"^(?:将|把)(?=[\u4e00-\u9fff]{2})")
_NEXT_ITEM_OF_SPAN = re.compile(r"、(?=(?:仅|用)?[\d一二两三四五六七八九十])")
_ASPECT_AFTER_VERB = re.compile(r"(?<=^[\u4e00-\u9fff]{2})了(?=[\u4e00-\u9fff]{2})")


def _time_taken(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """A span of days, months or hours opening its clause, only 仅 or 用 before it, is the time the outcome written after
    it took (construction time_taken, gold S1 and S5: what the clause names): 病亡率2.22%，仅28天实现确诊病例零新增 ->
    确诊病例零新增 (it carried 病亡率, a rate, onto days); 仅用18个月建成投产 -> 建成投产 (it was 仅用).

    >>> f = extract_figures("病亡率2.22%，仅28天实现确诊病例零新增。", ReportInfo("demo", 2021, "city", "某县"))
    >>> f["indicator_zh"].tolist()
    ['病亡率', '确诊病例零新增']
    """
    if num.tok.unit.unit_std not in ("days", "months", "hours") or not _TIME_TAKEN_LEAD.fullmatch(num.sub.strip(subjects.MARKS)):
        return None
    after = _CLAUSE_OR_SENTENCE_END.split(s.text[num.tok.after : s.s1], maxsplit=1)[0]
    after = _NEXT_ITEM_OF_SPAN.split(after, maxsplit=1)[0]  # 用14天遏制…、51天将…清零: the next span of the list is its own
    outcome = after[_TIME_TAKEN_VERB.match(after).end() :].strip(subjects.MARKS)
    # 62天实现所有确诊病例清零, 仅28天成功控制疫情蔓延: a head quantifier or an adverb before the outcome is no word of it (D4;
    # session 45 probe)
    while lead := subjects.opening_word(outcome, "head_quantifier", "manner_adverb", min_length=2):
        outcome = outcome[len(lead) :]
    # 51天将住院确诊病例清零, 初步遏制了疫情蔓延势头: the disposal marker before the object and the aspect after the verb are no
    # words of the outcome (session 46 probe of 2021 reports)
    outcome = _ASPECT_AFTER_VERB.sub("", _DISPOSAL_OPENING.sub("", outcome), count=1)
    if len(outcome) < 2 or _HAS_DIGIT.search(outcome) or after.find("”") < after.find("“") or after.count("“") < after.count("”"):
        return None  # “2小时重庆”交通圈: a span inside a quoted name names it (a quote opened after it is the outcome's)
    return _Subject(("other", outcome.replace("“", "").replace("”", "")), num.clause_before, "time_taken")


_BECOMES_RANK_OF_KIND = re.compile(rf"成为(?:{subjects.rank_areas()})?第")


def _carried(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """固定资产投资…，五年累计完成8852亿元: a clause that only says how continues the subject named
    before in the sentence (subject_carried), or the figure just before in a 、 chain
    (新增1000处信号灯联网、累计达8000处)."""
    sub = num.sub
    if subjects.ITS.match(sub.lstrip(subjects.MARKS)):
        sub = sub.lstrip(subjects.MARKS)[1:]  # 其总量由全省第八位…: its size, as 总量 alone (its_lead)
    labelled = _RATE_BY_PERIOD.fullmatch(sub.strip(subjects.MARKS)) and _RATE_NAMED.search(num.sentence_prefix)
    if num.tok.unit.kind == "percent" and num.prev_subject and labelled:
        # GDP增速逐季攀升，上半年3.2%、前三季度4.4%、预计全年5%左右: parts of the year labelling the rate the sentence named
        # are its values, growths of its subject (construction rate_by_period, session 43 probes: the labels were
        # subjects of levels)
        return _Subject(num.prev_subject, "增速" + sub, "subject_carried", carried=True)
    if num.prev_subject and _TARGET_IN_GAP.fullmatch(num.clause_before.strip(subjects.MARKS)):
        # 财政收入…增长26.4%，高于年初人代会12%的目标14.4个百分点: the gap to a target whose value is written carries the growth's
        # subject as the gap to an unwritten one does (target_in_gap, session 63 probe of a county's 2007 report: the
        # subject was 高于年初人代会12%)
        return _Subject(num.prev_subject, sub, "subject_carried", carried=True)
    if num.in_a_place and _kind_of_place_counted(s, num):
        return None  # 千亿级园区新增2个: the parks are counted, no subject of the clause before goes on
    if num.tok.rank and rows and rows[-1]["measure"] in _GROWTH_MEASURES and _AFTER_PERCENT.search(sub):
        # 完成地区生产总值77.49亿元、增速5.5%（全市第五）: a rank in brackets right after a growth ranks the growth
        # (rank_of_growth_in_bracket, session 63 probe of a county's 2023 report: it ranked the GDP)
        if not (grown := rows[-1]["indicator_zh"]):
            return None
        name = grown if re.search(rf"(?:{_GROWTH_WORD})$", grown) else grown + "增速"
        return _Subject(("other", name), sub, "subject_carried", carried=True)
    of_kind = num.tok.rank and s.text.startswith("大", num.tok.after)  # (全球第一货物贸易大国 names what is ranked)
    if num.prev_subject and of_kind and _BECOMES_RANK_OF_KIND.fullmatch(sub.strip(subjects.MARKS)):
        # 新能源装机达4091万千瓦、占比达44.7%、成为第一大电源: becoming the largest of a kind ranks the subject the sentence
        # named (rank_of_kind, session 49: the rank was missed; 服务业成为第一大产业 names its own)
        return _Subject(num.prev_subject, sub, "subject_carried", carried=True)
    if rows and rows[-1]["indicator_zh"] and (_from_to_end_only(sub.strip(subjects.MARKS)) or _RATIO_TO_END.fullmatch(sub)):
        # 从世界第六位上升到第四位: the end of a from-to is of the start's subject; also after lead words (预计由2016年的
        # 8756.3亿元提高到2021年的1.16万亿元: it was the work of the clause before)
        return _Subject(_subject_of(rows[-1]), sub, "subject_carried", carried=True)
    end = _FROM_TO_END.search(sub)
    start_before = (previous := _row_of_figure_before(s, num, rows)) and s.tokens[num.i - 1].start >= num.cs
    if end and end.end() == len(sub) and start_before and previous["indicator_zh"] and previous["rule"] == "subject_carried":
        # 地区生产总值达到3148亿元，总量由全省第4位跃升至第3位: the end of a from-to whose start, the figure just before in
        # the clause, carried the subject named before is of that subject too (from_to_end_carried; it was 总量)
        return _Subject(_subject_of(previous), sub, "subject_carried", carried=True)
    if num.prev_subject and _COMPARED_BASE.fullmatch(sub.strip(subjects.MARKS)):
        # 地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元: the base a comparison names with its amount,
        # and the change from it, are of the subject the sentence named (compared_base_amount; both were not found)
        return _Subject(num.prev_subject, sub, "subject_carried", carried=True)
    opened = _bracket_after_figure_before(s.text, s.tokens, num.i, num.cs)
    if rows and rows[-1]["indicator_zh"] and opened >= 0 and _only_predicate(s.text[opened : num.tok.start]):
        # 收入达3507.6亿元、增长1.7%（同口径增长2.5%以上）: a bracket opened right after a figure that only restates it on
        # another basis is of the same subject (restated_in_bracket; the alias path reads it so already)
        return _Subject(_subject_of(rows[-1]), sub, "subject_carried", carried=True)
    core = _TOTAL_OPENING.sub("", sub)  # 参保人数增加7359万，总计达到1.17亿: a total of the same
    # 新增高中学位8700多个、比年度计划翻了一番: a doubling's own token is its verb; the base compared with before it is all
    # its clause says (compared_doubling; it gave no subject)
    doubled = s.text.startswith(("翻", "倍增"), num.tok.start) and _COMPARED_BASE_ONLY.fullmatch(sub.strip(subjects.MARKS))
    # …地区生产总值2650亿元、增长12%，恢复至2019年的105.4%: a clause of only a ratio to a year's level is of the figure before
    # (ratio_to_year carried, session 69 probe: no subject)
    ratio_to_year = bool(rows) and bool(_RATIO_TO_YEAR.fullmatch(sub.strip(subjects.MARKS)))
    same_items = _verbs_item_of_same_count(num, rows)  # (read once: the subject of a pair's count below asks again)
    if not (
        doubled
        or ratio_to_year
        or _only_predicate(sub)
        or _only_predicate(core)
        or same_items
        or (_only_predicate(_without_continuing(sub)) and _ends_clause(s.text, num.tok.after))
    ):
        return None
    if _BENEFIT_AFTER.match(s.text, num.tok.after):
        return None  # …，5700多万人受益: the people reached, not the subject before (beneficiaries)
    counted = subjects.subject_before(sub) in subjects.role_words("count_word")
    before = _whole_clause_before(s, num)
    no_figure = not num.i or s.tokens[num.i - 1].start < num.cs - 1 - len(before)
    if counted and no_figure and _class_entered_before(before):
        # …入选国家级先进制造业集群，数量居西部省份第2位: the number of the things that entered the class the clause before
        # names, whatever the area of the rank (count_of_class_entered, `_before_number`), not the name carried; a figure
        # in the clause before or in its own (5个园区成功认定…，数量居全区第一) is what the number of them is
        return None
    if num.tok.unit.kind == "percent" and _RATE_NAMED_AFTER.match(s.text, num.tok.after):
        return None  # …，7%左右的速度可以实现…: a rate named after it (growth_of_the_economy), not carried
    if _REACH_END.sub("", sub.strip(subjects.MARKS)) in subjects.lexicon().get("attribute", ()):
        return None  # 落地项目2200个、总投资额7200亿元: an attribute of the subject before (attribute_of_previous)
    subject = num.prev_subject
    previous = _previous_clause(s, num) if not subject and not rows and _COMPARED_OPENING.match(sub) else ""
    if previous and not _HAS_DIGIT.search(previous) and (named := subjects.subject_before(previous)):
        # 贸易顺差连续两年下降，2010年比上年减少6.4%: a comparison continues the noun the clause before names,
        # which has no figure of its own (compared_with_clause_before)
        subject = (indicators.lookup(named), named)
    elif not subject and not rows and (previous := _previous_clause(s, num)) and not _HAS_DIGIT.search(previous):
        # 服务业税收占比历史性超过工业，达到53%: a clause of only a verb of reaching continues the quantity the clause before
        # opens with, when that names a quantity (a dictionary name or a word of quantity: 占比, 率, 额); session 48 probe
        # of 2017-2018 reports (it was empty)
        opened = subjects.strip_lead(previous.strip(subjects.MARKS))
        named = _QUANTITY_OPENING.match(opened)
        if named and (indicators.lookup(named.group(0)) != "other" or _ends_in_quantity(named.group(0))):
            subject = (indicators.lookup(named.group(0)), named.group(0))
        elif (grown := _GROWTH_WORD_OPENED.match(opened)) and _GROWTH.search(sub):
            # 规上工业增速逐步回升，全年增长7%: a growth in a clause of only its predicate continues the quantity whose growth
            # the clause before opens with (S10: the growth of 规上工业; construction growth_opened_before, session 69 probe
            # of a 2016 provincial review: no subject)
            subject = (indicators.lookup(grown.group(1)), grown.group(1))
    if not subject:
        return None
    # (一般公共预算收入增长5%达120亿元: the growth before the level, no mark between, is a link of the chain too)
    chain = sub != num.stripped and (
        num.stripped[: len(num.stripped) - len(sub)].endswith("、") or bool(_GROWTH_THEN_LEVEL.search(num.stripped))
    )
    # 城镇保障性住房基本建成432万套，新开工建设1043万套: the figure just before counts the same things
    same_things = rows and rows[-1]["unit"] == num.tok.unit.text and num.tok.unit.kind == "count"
    # …资金达1030亿元，比上年增长一倍: a comparison right after a figure compares that figure (compared_figure)
    compared = rows and _COMPARED_OPENING.match(sub) and rows[-1]["rule"] != "list_shared_number"
    # 完成外贸进出口3.87亿元，超年度任务54.8%: past the plan or task set is a comparison with it (above_plan; it was 超年度)
    compared = compared or (rows and _ABOVE_PLAN.fullmatch(sub.strip()))
    # 工业投资增长18.3%，占固投比重达52.3%，同比提高8.1个百分点: a change in points right after a share, in a clause of only its
    # predicate, is the share's (points_of_share, session 58 probe: it carried 工业投资)
    compared = compared or (
        rows and num.tok.unit.kind == "pp" and rows[-1]["measure"] == "share" and _only_predicate(sub.strip(subjects.MARKS))
    )
    # …建立50对国际友好城市，居西部地区第1位: a rank right after a figure ranks that figure (rank_of_figure_before)
    ranked = num.tok.rank and rows and rows[-1]["measure"] != "rank"
    # 新增境内外上市公司45家、总量达1224家: the total after a count of new members is their stock's (stock_after_new:
    # the number before handed on the stock, `_Number.new_of`)
    if num.stock_before and _TOTAL_OPENS.match(sub) and rows and rows[-1]["indicator_zh"].endswith(num.stock_before[1]):
        subject = num.stock_before  # the figure just before counted the new members of that stock
    elif chain and (topic := _item_naming_topic(s, num)):
        subject = topic  # 固定资产投资增长5%、一般公共预算收入再创新高、增长8.1%: the item before names the topic
    elif same_items and rows[-1]["measure"] != "count" and (counted := _last_count_row(rows)):
        subject = _subject_of(counted)  # 新竣工300个 after 新开工814个、总投资5935亿元: the things the pair before counted
    elif (
        rows
        and rows[-1]["indicator_zh"]
        and not _counts_steps(rows[-1])  # 跨越3个千亿元台阶、达到1.5万亿元: the quantity goes on, not its steps
        and (chain or same_things or compared or ranked or _after_an_item(s, num) or _growth_of_part_amount(s, num, rows))
    ):
        subject = _subject_of(_quantity_before(rows, num))
    elif rows and subject[1] and rows[-1]["indicator_zh"] != subject[1] and rows[-1]["indicator_zh"].endswith(subject[1]):
        # 电商企业总数突破30家，年销售额130亿元，增长40%: the subject named before was completed with its owner on the figure
        # just before (电商企业年销售额), and the clause that only says how goes on with that (owner_carried_on, session 48
        # probe of 2017-2018 reports: the growth was 年销售额)
        subject = _subject_of(rows[-1])
    if (place_count := _places_counted_before(rows, num, subject)) is not None:
        subject = place_count
    # (在经济大省中增速第1: the growth ranked after the field it is among, rank_in_field)
    # (建市以来增速首次居全省第一位: an event since which says when, event_since)
    among = _EVENT_SINCE.sub("", _FIELD_AMONG.sub("", sub).lstrip(subjects.MARKS))
    if (part := _RATE_BY_PERIOD.match(among)) and _GROWTH_RANKED.match(among, part.end()):
        # 今年继续保持较快增长势头，前三季度增速居全省第1: the part of the year the growth is ranked over labels it, and the
        # growth ranked is still the subject's (growth_ranked_over_part_of_year, session 60 probe of a city report)
        among = among[part.end() :]
    growth = _GROWTH_RANKED.match(among) or re.match(rf"({_GROWTH_WORD})第$", among.strip(subjects.MARKS))
    if growth and s.text[num.tok.start - 1 : num.tok.start] in ("第", "前") and not subject[1].endswith(growth.group(1)):
        # 高新技术企业存量超1800家，…，年均增速排全省第1: the growth of the subject carried is what is ranked
        # (construction growth_ranked; gold 高新技术企业存量年均增速, as 总量和增速均居全国第5位 gives 地区生产总值增速)
        subject = ("other", subject[1] + growth.group(1))
    per_head = "人均" + subject[1]
    if sub.strip(subjects.MARKS).startswith("人均") and per_head in s.alias_to_id:
        # 地区生产总值迈上4万亿元大台阶，人均超过1万美元: per head of a total the dictionary knows per head is that other
        # quantity (construction per_head_of_previous), not the total (人均每年增长10% of a pension stays the pension)
        subject = (s.alias_to_id[per_head], per_head)
    status = sub.strip(subjects.MARKS)
    if status in subjects.role_words("set_status") and subject[1] and not subject[1].startswith(status):
        # 建成过江通道4座、在建8座: a status word that is the whole clause says which of the things carried are counted
        # (construction status_of_carried, gold E12 and F1: words that restrict the set stay): 在建过江通道
        subject = ("other", status + subject[1])
    return _Subject(subject, sub or num.clause_before, "subject_carried", carried=True)


_AFTER_PERCENT = re.compile(r"%\s*[（(][^（）()%\d]{0,12}$")  # 增速5.5%（全市第: a bracket opened right after a percent


def _quantity_before(rows: list[dict], num: _Number) -> dict:
    """The row whose quantity a clause of only a predicate goes on with: the figure just before, or, past a share or a
    completion of a plan that figure's own rate (share_of_previous), for a growth in percent, the figure itself
    (construction growth_past_completion, session 62 probe: 规上工业总产值540亿元，占计划的100%，同比下降26.9% gave the
    fall to 规上工业总产值占计划). A change in points stays the share's (占比69%，提高2个百分点).

    >>> f = extract_figures("规上工业总产值540亿元，占计划的100%，同比下降26.9%。", ReportInfo("demo", 2023, "county", "某区"))
    >>> f["indicator_zh"].tolist()
    ['规上工业总产值', '规上工业总产值占计划', '规上工业总产值']
    """
    last = rows[-1]
    if num.tok.unit.kind != "percent" or last["rule"] != "share_of_previous" or len(rows) < 2:
        return last
    figure = rows[-2]["indicator_zh"]
    return rows[-2] if figure and last["indicator_zh"] != figure and last["indicator_zh"].startswith(figure) else last


def _places_counted_before(rows: list[dict], num: _Number, subject: tuple[str, str]) -> tuple[str, str] | None:
    """An amount after a count of the places an activity reaches is the activity's, not the places' (construction
    places_counted_not_carried, development gold S5): 绿电外送拓展至22个省区市，输出345亿度 counts provinces (绿电外送省区市),
    then the power sent out, 绿电外送 (it carried the provinces onto 亿度).

    >>> f = extract_figures("绿电外送拓展至22个省区市，输出345亿度、增长32%。", ReportInfo("demo", 2026, "province", "青海省"))
    >>> f["indicator_zh"].tolist()
    ['绿电外送省区市', '绿电外送', '绿电外送']
    """
    if not rows or rows[-1]["measure"] != "count" or rows[-1]["unit_std"] != "units" or subject[1] != rows[-1]["indicator_zh"]:
        return None
    if num.tok.unit.kind not in ("physical", "money") or not (place := _area_kind_end().search(subject[1])):
        return None
    activity = subject[1][: place.start()]
    return (indicators.lookup(activity), activity) if len(activity) >= 2 else None


@functools.lru_cache(maxsize=1)
def _area_kind_end() -> re.Pattern:
    return re.compile(rf"(?:{subjects.area_kinds(min_length=2)})$")


def _item_naming_topic(s: _Sentence, num: _Number) -> tuple[str, str] | None:
    """The quantity the 、 item right before the number's names, when that item states no figure and holds a dictionary
    alias: 固定资产投资增长5%、一般公共预算收入再创新高、增长8.1% gives 一般公共预算收入 for 8.1 (construction
    item_naming_topic, session 47 probe of city reports: it was the figure before's 固定资产投资, as a ， between the items
    already read it).

    >>> f = extract_figures("固定资产投资增长5%、一般公共预算收入再创新高、增长8.1%。", ReportInfo("demo", 2026))
    >>> f["indicator_zh"].tolist()
    ['固定资产投资', '一般公共预算收入']
    """
    end = num.tok.start - len(num.sub)
    if not s.text.endswith("、", 0, end):
        return None
    start = max(s.text.rfind("、", num.cs, end - 1), num.cs - 1) + 1
    item = s.text[start : end - 1]
    aliases = [a for a in s.aliases if start <= a[0] and a[1] <= end - 1]
    if not aliases or _HAS_DIGIT.search(item):
        return None
    alias = aliases[0]
    return (s.alias_to_id[alias[2]], _carried_phrase(s, alias))


# (not the 居 of 居民, 居住, the 排 of 排放, 排水, the 列 of 列入: 居民人均服务性消费支出占比升至48% is no rank clause)
_RANK_VERB = subjects.RANK_VERB
# 晋升至全国县域经济和社会综合发展百强县第: a rank verb, a ranking's area, its quantity, its label, 第 (places_ranked_in_a_ranking)
# 位列2019年度全国综合实力百强县市第七位: the ranking's edition may stand right after the verb of ranking (ranking_edition,
# session 73 probe of a county-level city's report: the subject was 位列2019年度全国综合实力)
_RANKING_EDITION = r"(?:(?:19|20)\d\d年度?)?"
_RANKING_OF_PLACE = re.compile(
    rf"(?:{_RANK_VERB}|{_MOVED_TO_RANK}){_RANKING_EDITION}(?:{subjects.rank_areas()})?"
    rf"(?P<name>[^，,；;。\d第]{{2,20}}?)(?:(?:{subjects.RANK_LIST_LABEL}|榜)?第|{subjects.RANK_LIST_LABEL})$"
)


def _ranking_of_place(clause_before: str) -> str:
    """The quantity a ranking of places ranks, written between the verb of ranking and 第 without its area and its label
    (places_ranked_in_a_ranking): '' when only an area and a label stand there (位列全国百强县第4位).

    >>> _ranking_of_place("长沙县、浏阳市分别晋升至全国县域经济和社会综合发展百强县第"), _ranking_of_place("分别位列全国百强县第")
    ('县域经济和社会综合发展', '')
    >>> _ranking_of_place("数量居全区第")  # an area only
    ''
    >>> _ranking_of_place("位列2019年度全国综合实力百强县市第")  # (ranking_edition)
    '综合实力'
    """
    # (…百强县第4、第5、第: a later rank of the list reads the ranking before the first)
    m = _RANKING_OF_PLACE.search(_EARLIER_RANKS_LISTED.sub("第", clause_before))
    name = m.group("name") if m else ""
    return "" if not name or _AREA_OR_LABEL_ONLY.fullmatch(name) else name


# the label of a ranking (百强县, 排名) closing a subject, 中 after it (`_ranking_framed`); a list named …榜 keeps its whole
# name (居国家先进制造业百强榜第75位: ranking_named, session 25)
_RANKED_KINDS = rf"(?:{subjects.RANKED_KINDS}|省份|省区|省)?(?!榜)"  # (the kinds of a ranked list, and provinces)
_RANKING_LABEL = rf"(?:[百千十]强{_RANKED_KINDS}|排名)"
_RANKING_LABEL_END = re.compile(rf"{_RANKING_LABEL}+中?$")  # (百强县（市）排名: a label and the ranking's word)
# (在全国生产总值20强城市中: a top N written with digits frames a ranking too; as a subject's end it names a list of
# firms, 中国企业500强, no ranking of the region's: session 59 probe)
_FRAME_LABEL = rf"(?:(?:[百千十]|\d{{1,3}})强{_RANKED_KINDS}|排名)"
_FRAME_LABEL_END = re.compile(rf"{_FRAME_LABEL}+中?$")
# 在…中 framing the ranking a rank is in, with at most one clause after it, in the sentence before the rank
_RANKING_FRAME = re.compile(
    rf"在(?P<inside>[^，,；;。在]{{2,40}}?{_FRAME_LABEL})[”\"]?(?:名单)?中(?:[^，,；;。]*[，,])?[^，,；;。]*$"
)
# a publisher (…发布的), a year, a quote before the name (2019年度 whole: 度 was left, session 62 probe)
_FRAME_LEAD = re.compile(r"的|[“”\"]|(?:19|20)\d\d年度?|年度")
_WHOLE_AREA_IN = re.compile(rf"{_WHOLE_AREA_WORDS}|中国")  # the whole country, province or city, or 中国
_WHOLE_AREA_OPENING = re.compile(rf"^(?:{_WHOLE_AREA_IN.pattern})")
# 中国工业百强区排名第: a ranking's name with its label, then the verb of ranking and 第 (ranking_framed_by_label)
_LABEL_THEN_RANK = re.compile(rf"(?P<name>[^，,；;。、\d]{{2,24}}?{_FRAME_LABEL})中?(?:{_RANK_VERB})?第$")


_RANK_VERB_OPENING = re.compile(rf"(?:{_RANK_VERB}){_RANKING_EDITION}(?:{subjects.rank_areas()})")


def _ranking_framed_subject(num: _Number, found: _Subject, ind_zh: str) -> tuple[str, _Subject]:
    """The subject of a rank whose ranking names what is ranked (construction ranking_framed, session 59 probes: no
    subject, or 百强县中 kept): the ranking a 在…中 frames (在2015年…发布的全国县域经济竞争力排名中，我市位列第168位, 滕州在2014年
    全国县域经济基本竞争力百强县中列第18位), or that stands between the verb and 第 (列全国综合实力百强县市第22位), without its
    area and its label. Only when no subject was found, the subject was carried, or it ends with a ranking's label: a
    quantity named before 在 is what is ranked, the frame its field (经济实力在中部六省经济百强县中的排名: rank_field); a top N
    in digits after a whole area names a ranking (全国生产总值20强城市), after a firm a list (中国企业500强). A rank carried
    from the figure before takes only a ranking its own words frame (…33.7座，在全国综合算力指数排名中位列第八; 居西部第1
    names the area ranked among, no ranking). A subject found keeps its rule, the words it read left the label only.
    """
    carried = found.rule == "subject_carried"
    label = _RANKING_LABEL_END.search(ind_zh)
    labelled = label or (_FRAME_LABEL_END.search(ind_zh) and _WHOLE_AREA_OPENING.match(ind_zh.removeprefix("在")))
    # (位列全国县域经济百强县市49位: the verb of ranking kept in the subject, a rank without 第 after the label; session 60)
    verb_kept = _RANK_VERB_OPENING.match(ind_zh)  # (the function is called for ranks only)
    # 中国工业百强区排名第38位; 在中国工业百强区排名中位列第38位: a ranking's label right before its verb, or a frame the
    # subject opens with, was cut from a subject that kept the area or 在 (ranking_framed_by_label, session 62 probe of a
    # district review: 中国工业, 在中国工业)
    own_label = "" if carried else _ranking_of_own_clause(num.clause_before)
    area_kept = bool(own_label) and bool(_WHOLE_AREA_OPENING.match(ind_zh))
    frame_kept = ind_zh.startswith("在") and bool(_RANKING_FRAME.search(num.sentence_prefix))
    if ind_zh and not carried and not (labelled and ind_zh.find("在") <= 0) and not (verb_kept or area_kept or frame_kept):
        return ind_zh, found
    # (…，全国投资潜力百强区中排名第七: a ranking the number's own clause names wins over the sentence's frame)
    framed = (
        own_label
        or _ranking_framed(num.sentence_prefix)
        or ("" if carried else _ranking_name(_ranking_of_place(num.clause_before)))
        or (_ranking_name(ind_zh) if label else "")
    )
    if not framed or framed == ind_zh:
        return ind_zh, found
    rule = "ranking_framed" if found.rule == "subject_not_found" else found.rule
    return framed, found._replace(subject=("other", framed), rule=rule)


def _ranking_of_own_clause(clause_before: str) -> str:
    """What a ranking the number's own clause names with its area and label before the rank ranks (中国工业百强区排名第,
    全国投资潜力百强区中排名第: ranking_framed_by_label); '' when no whole area opens the ranking's name.

    >>> _ranking_of_own_clause("全国投资潜力百强区中排名第"), _ranking_of_own_clause("地区生产总值居全国百强县第")
    ('投资潜力', '')
    """
    m = _LABEL_THEN_RANK.search(clause_before)
    areas = list(_WHOLE_AREA_IN.finditer(m.group("name"))) if m else []
    return _ranking_name(m.group("name")[areas[-1].start() :]) if areas else ""


def _ranking_framed(sentence_prefix: str) -> str:
    """What a ranking framed by 在…中 ranks: its name without the year, the publisher, the area and the label (ranking_framed).

    >>> _ranking_framed("在2015年中国社会科学院发布的全国县域经济竞争力排名中，我市位列第")
    '县域经济竞争力'
    >>> _ranking_framed("在年度“全国投资潜力百强区”名单中，我区位列第"), _ranking_framed("在全省排第")
    ('投资潜力', '')
    """
    m = _RANKING_FRAME.search(sentence_prefix)
    return _ranking_name(m.group("inside")) if m else ""


def _ranking_name(words: str) -> str:
    """A ranking's name as the quantity it ranks: without a year, a publisher, a quote, its area, a time word before it
    and its label after it ('' when nothing of two characters is left; ranking_framed).

    >>> _ranking_name("2014年全国县域经济基本竞争力百强县中"), _ranking_name("全国县域经济百强"), _ranking_name("今年")
    ('县域经济基本竞争力', '县域经济', '')
    """
    label = _FRAME_LABEL_END.search(words)
    name = _WHOLE_AREA_OPENING.sub("", _FRAME_LEAD.split(words[: label.start()] if label else words)[-1])
    name = name[len(subjects.opening_word(name, "time")) :]
    return name if 2 <= len(name) <= 16 and not _DIGIT.search(name) and not _AREA_OR_LABEL_ONLY.fullmatch(name) else ""


_EARLIER_RANKS_LISTED = re.compile(r"(?:第?(?:\d+|[一二三四五六七八九十]{1,3})[位名]?[、和及])+第$")  # 第4、第5、第
_AREA_OR_LABEL_ONLY = re.compile(rf"{subjects.RANK_LIST_LABEL}|榜|{subjects.rank_areas()}")  # no ranking's own quantity


# 居国家先进制造业百强榜第: a rank verb, the ranking's name, 第 (ranking_named)
_RANKING_NAMED = re.compile(rf"(?:{_RANK_VERB})([^，,；;。\d]{{4,16}}?榜)第")
# 居9个国家中心城市首位, 位列15个副省级城市第3: a count right after a rank verb names the group ranked among (rank_group)
_RANK_VERB_END = re.compile(rf"(?:{_RANK_VERB})(?:全国|全省|全市)?$")


_FIELD_OPENED = re.compile(r"在[^，,；;。在]*$")  # 在 opening the field of a rank, no mark after it (group_of_field)


@functools.lru_cache(maxsize=1)
def _group_of_field() -> re.Pattern:
    """A kind of area, 中, what is ranked and a verb of ranking before 第: the rest of a counted group written with 在…中 as the
    field a rank is among (group_of_field, session 52 probe set: 在高质量考核第一平台的9个市县中增速排名第一 counted 9 市县); a
    word or two of its class may stand before the kind (在全国15个同类城市中居前列, session 55 probe)."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{subjects.area_kinds()})中{_RANKED_QUANTITY}?(?:{_RANK_VERB})?(?:第|首位|前)")


@functools.lru_cache(maxsize=1)
def _area_group_ranked() -> re.Pattern:
    """A kind of area (lexicon role area_kind), then 第 or 首位: the rest of a counted group ranked among (group_ranked)."""
    return re.compile(rf"(?:{subjects.area_kinds()})(?:第|首位)")


_RANKED_AMONG = re.compile(r"[^，,；;。\d]{1,12}?(?:第|首位|前列|之首|榜首)")
# a streak's span between a growth word and its rank (增速连续30个月, 连续11个季度, 连续3年: growth_ranked)
_STREAK_SPAN = r"(?:\d+|[一二两三四五六七八九十]+)个?(?:月|年|季度)"
# the growth or the increment of a quantity (增速, 增量居全国第3位: ranked, it is the quantity's: growth_ranked)
_GROWTH_WORD = r"(?:年均)?(?:增速|增幅|降幅)|增量"  # (降幅: the size of a fall ranked, S10, session 55 probe)
_GROWTH_WORD_OPENING = rf"[\s“”\"]*({_GROWTH_WORD})(?:均|都)?"  # a clause that opens with a growth word (增速均, 增幅)
# …，增幅全省第一: without a verb before the area a rank is among (growth_ranked_without_verb)
_GROWTH_RANKED = re.compile(
    # (增速首次居全省第一位: an adverb of the first or a repeated time, session 51 probe set)
    rf"[\s“”\"]*({_GROWTH_WORD})(?:均|继续|仍|连续(?:{_STREAK_SPAN})?|首次|再次|历史性|一举|持续|始终|一直)?"
    # (增速在全省排名由第8位…, 增速在东部市县排名第一: the field with 在 between, session 45 probe)
    r"(?:在[^，,；;。在\d]{1,10}?中?(?=排名|排|位居|居|位列))?"
    # (增速六区排名第1: the places counted that the growth is ranked among, with no 在: places_counted_ranked, session 63;
    # 增速六城区排名第三, 增速全市排名第三: any kind of places counted, or the whole area, before the verb: session 68 probe of a
    # district's review, the rank lost the growth word)
    rf"(?:(?:{_FIELD_COUNTED}|{_AREA_AND_KIND})中?(?=排名|排|位居|居|位列))?"
    rf"(?:{_RANK_VERB}|(?=(?:{subjects.rank_areas()})第)"
    # 增速由2011年的全省第13位上升到去年的第2位: the growth's ranks as a from-to (session 45 probe: they took the amount's
    # subject)
    r"|(?=[从由][^，,；;。]{0,16}?第))"
)
# the growth words between a subject and its rank (…增速居全省第): the rank is the growth's
# after a list the growth word is every item's (A、B增速均居…第3位, A、B增速分别居…第3位、第: list_growth_ranked)
_GROWTH_RANKED_TAIL = re.compile(
    rf"({_GROWTH_WORD})(?:连续{_STREAK_SPAN})?(?:均|都|分别)?(?:{_RANK_VERB})?[^，,；;。\d]{{0,14}}[第前]"
    # 增速居全省第3、全国第10: a later rank of the list, in another area, ranks the growth too (ranks_listed)
    rf"(?:(?:\d+|[一二三四五六七八九十]{{1,3}})[位名]?[、和及与](?:{subjects.rank_areas()})?第?)*$"
)


_GROWTH_WORD_OPENED = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12}?)(?:增速|增幅)")  # 规上工业增速…: growth_opened_before
# the quantity a clause opens with: words up to a word of quantity, before an adverb or a verb (服务业税收占比历史性超过工业)
_QUANTITY_OPENING = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,12}?(?:占比|比重|比例|[率额量])")
_FROM_START = re.compile(r"(?:由|从)(?:(?:19|20)\d\d年(?:底|末)?的?)?$")  # 由2007年的80.4%: the start of a from-to
# 城乡居民收入比从2.50:1缩小至2.27:1: the end of a from-to of ratios, after the first ratio's :1
_RATIO_TO_END = re.compile(rf"[:：∶]?1({_predicate_words('up_to')}|缩小|扩大)?(到|至)")
_FROM_TO_END = re.compile(
    r"(从|由)[^，,；;。\d]{0,6}(第[一二三四五六七八九十]+位?|\d[^，,；;。]*)(上升|提升|跃升|提高|增加|增长|下降|降低|减少|缩小|扩大|升)?(到|至)"
    r"(\d{4}年(底|末)?的?|(去|上|今)年(底|末)?的?)?第?"  # 增加到2007年的3664亿元: the end's year stays out
)


def _from_to_end_only(words: str) -> bool:
    """Do the words hold only the end of a from-to (`_FROM_TO_END`), with nothing but lead words before it?

    >>> _from_to_end_only("从11.37万亿元提高到"), _from_to_end_only("预计由2016年的8756.3亿元提高到2021年的")
    (True, True)
    >>> _from_to_end_only("居民收入由2016年的3万元提高到")
    False
    """
    found = _FROM_TO_END.search(words)
    if not found or found.end() != len(words):
        return False
    return found.start() == 0 or subjects._all_lead_words(words[: found.start()])


def _place_then_predicate(s: _Sentence, words: str, name: str, previous: dict) -> tuple[str, str] | None:
    """The subject of the figure before, when the words before the number name only another place and its predicate
    follows (construction place_then_predicate): 顺德区地区生产总值突破4000亿元，南海区增长4.2% gives 南海区's 地区生产总值
    (its scope says whose), not a subject 南海区.

    >>> f = extract_figures("顺德区地区生产总值突破4000亿元，南海区增长4.2%。", ReportInfo("demo", 2026, "city", "佛山市"))
    >>> f[["indicator_zh", "scope", "rule"]].values.tolist()[1]
    ['地区生产总值', 'part', 'place_then_predicate']
    """
    where, place = subjects.scope_of(name, s.info.level, s.info.region)
    name = name.strip(subjects.MARKS)
    # the place's own name, or a short name ending in a word of places (川东北经济区: the scope reads 经济区)
    if where == "own" or not place or not name.endswith(place) or len(name) - len(place) > 4:
        return None
    opened = subjects.strip_lead(words.strip(subjects.MARKS))
    predicate = opened[len(name) :] if opened.startswith(name) else ""
    if not predicate or not _only_predicate(predicate) or subjects.first_places(name, _own_action_words()):
        return None  # 省级开发区15个 counts the zones; 新增…开发区 names what is added
    return previous["indicator"], previous["indicator_zh"]


@functools.lru_cache(maxsize=1)
def _change_at_end() -> re.Pattern:
    """A verb of change near the end of the words (`_before_number`: 全年投资增长), compiled once."""
    return re.compile(rf"({_predicate_words('change')})[^，,；;。]{{0,4}}$")


def _before_number(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject:
    """The clause's own words before the number (subject_before_number); when they name nothing,
    say so (subject_not_found: empty and flagged), never guess a verb. An alias split by a plan
    or campaign word (交通大会战年度计划投资) still names its indicator."""
    name = subjects.subject_before(num.sub)
    name = subjects.with_closing_work(num.sub, name) if name else name
    if not name and num.in_a_place and (kind := _kind_of_place_counted(s, num)):
        return _Subject((indicators.lookup(kind), kind), num.clause_before, "kind_of_place_counted")
    if name and rows and num.i > 0 and (carried := _place_then_predicate(s, num.sub, name, rows[-1])):
        return _Subject(carried, num.clause_before, "place_then_predicate")
    if not name and num.tok.unit.kind == "percent":
        # 全年投资增长5%左右: a word of money that stands alone for a verb (投资10亿元) is the noun before a
        # growth (construction money_noun_grows)
        core = _change_at_end().sub("", subjects.strip_lead(num.sub.strip(subjects.MARKS)))
        name = core if core in subjects.lexicon().get("money_noun", ()) else ""
    if not name and num.tok.unit.kind == "money":
        name = _money_carried_out(num.sub)
    reached = _REACHES.search(num.clause_before) or (not name and _BENEFIT_AFTER.match(s.text, num.tok.after))
    if not name and reached and (group := _BENEFICIARY.search(num.sentence_prefix)):
        # 向困难群众发放一次性生活补助，惠及1100多万人: the people reached are the group the sentence
        # gives to (construction beneficiaries, gold S5)
        return _Subject(("other", subjects.strip_lead(group.group(1))), num.clause_before, "beneficiaries")
    if not name and reached and (group := _people_named_before(num.earlier_clauses)):
        # 建立困难和重度残疾人“两项补贴”制度，惠及2100多万人: the people an earlier clause names after
        # its verb are the people reached (construction beneficiaries)
        return _Subject(("other", group), num.clause_before, "beneficiaries")
    if not name and reached and (scheme := _scheme_that_reaches(s, num)):
        # 住院和门诊费用实现跨省直接结算，惠及5700多万人次: no group is named, the scheme the people benefit from names
        # the count (construction scheme_reaches, gold S5)
        return _Subject((indicators.lookup(scheme), scheme), num.clause_before, "scheme_reaches")
    if not name and reached and rows and rows[-1]["indicator_zh"] and num.i and s.tokens[num.i - 1].start < num.cs:
        # 实施老旧小区改造项目12个，惠及3500户: the things the figure just before counts, in the clause before, are what
        # reaches the people (scheme_reaches after a figure, session 43 probe: no subject was found)
        return _Subject(_subject_of(rows[-1]), num.clause_before, "scheme_reaches")
    if (not name or name in subjects.payers()) and (excess := _revenue_excess(s, num)):
        return _Subject(("other", excess), num.clause_before, "revenue_excess")
    if name in _SIZE_WORDS and (thing := _thing_done_before(s, num)):
        # 平陆运河全线贯通，全长134公里: a size alone in its clause is the size of the thing the clause before completed
        # (construction size_of_thing_done; as 全长134公里的平陆运河, length_of_noun_after)
        return _Subject((indicators.lookup(thing), thing), num.clause_before, "size_of_thing_done")
    if not name and not reached and "、" not in num.clause_before and (work := _work_of_clause_before(s, num)):
        # 打好“保交房”攻坚战，交付31.7万套: what the programme of the clause before works on (gold S5)
        return _Subject((indicators.lookup(work), work), num.clause_before, "subject_of_clause_before")
    if name in subjects.role_words("count_word") and (entered := _class_entered_before(_whole_clause_before(s, num))):
        # 有色金属、新材料入选国家级先进制造业集群，数量居西部省份第2位: the number of the things that entered the
        # class the clause before names (construction count_of_class_entered, D7: the size word gives way to what is counted)
        return _Subject((indicators.lookup(entered), entered), num.clause_before, "subject_of_clause_before")
    amount = not num.tok.rank and num.tok.unit.kind != "percent"  # 五年增量超1.36万亿元: the change of the quantity itself
    # (新增注册项目381个，签约项目281个: things counted after a verb of their own are another set, not the figure before's;
    # session 45 probe)
    acted = num.tok.unit.kind == "count" and subjects.opening_word(num.sub.strip(subjects.MARKS), "action", min_length=2)
    if name and rows and not acted and (restated := _restated_from_figure_before(name, rows[-1]["indicator_zh"], amount)):
        # 产业投资完成率154%，完成率排名全省第三; …同口径增长18%，增长额位列全市第一: a bare word of what a quantity has, after
        # a figure of it, is that quantity's (construction restated_tail, D7)
        return _Subject(("other", restated), num.clause_before, "subject_carried")
    if not name and (joined := _subject_of_joined_predicates(num.clause_before)):
        # 风电装机在全国率先破亿、达到1.1亿千瓦: two predicates of one subject joined by 、 (construction
        # joined_predicates; it had no subject)
        return _Subject((indicators.lookup(joined), joined), num.clause_before, "subject_before_number")
    if name and num.tok.unit.kind == "count" and (group := _GROUP_REACHED.search(name)):
        people = group.group(1)
        if people.endswith(subjects.people_words()) and len(people) >= 2:
            # 营养改善计划惠及农村学生120万人: the group a scheme reaches, named before the count, is what is counted, as
            # in 惠及120万农村学生 (construction group_reached_before_count, gold D5; it kept the scheme and the verb)
            return _Subject(("other", people), num.clause_before, "beneficiaries")
    before = s.tokens[num.i - 1] if num.i else None
    if name and before and before.start >= num.cs and rows and rows[-1]["text_start"] == before.start:
        counted = s.text[before.start : before.after]
        things = rows[-1]["indicator_zh"] or ""
        if name.startswith(counted) and len(things) >= 2 and name.startswith(things, len(counted)):
            # 6条制造业重点产业链增加值增长4.6%: the count before the statistic counts the things it is of (the count's own
            # subject opens the rest), a figure of its own; the statistic is named without it (count_then_statistic, as
            # places_counted_then_statistic; session 60 probe of a city report: it was 6条制造业重点产业链增加值)
            name = name[len(counted) :]
    planned = indicators.lookup(name) if name and not s.pattern.search(name) else "other"
    return _Subject((planned, name), num.clause_before, "subject_before_number" if name else "subject_not_found")


_GROUP_REACHED = re.compile(r"(?:惠及|覆盖)(?:各族|各民族)?([^，,；;。、]+)$")  # (各族群众: 群众, S36b)


def _restated_from_figure_before(name: str, previous: str, amount: bool = False) -> str:
    """The subject a bare word of what a quantity has stands for, after a figure of that quantity: the figure's own subject
    when it ends with the word (完成率 after 产业投资完成率), the quantity with the word when the word is one of change
    (lexicon role change_tail: 增长额, 增量 after 地方一般公共预算收入), the quantity alone when the number is the amount
    of the change (五年增量超1.36万亿元: the measure says it is a change, CONVENTIONS.md); '' otherwise.

    >>> _restated_from_figure_before("完成率", "产业投资完成率"), _restated_from_figure_before("增长额", "一般公共预算收入")
    ('产业投资完成率', '一般公共预算收入增长额')
    >>> _restated_from_figure_before("汽车产量", "新能源汽车产量"), _restated_from_figure_before("完成率", "")
    ('', '')
    >>> _restated_from_figure_before("出口", "进出口")  # a side of the contraction (paired_words.csv)
    ''
    """
    if not previous or len(name) > 3 or name == previous or indicators.lookup(name) != "other":
        return ""
    if any(previous.endswith(word) and name in (first, second) for word, first, second in _paired_words()):
        return ""  # 进出口增长9.8%，其中出口增长10%: one side of the contraction, no restatement (session 45 probe)
    if previous.endswith(name):
        return previous
    if name not in subjects.role_words("change_tail"):
        return ""
    return previous if amount else previous + name


def _class_entered_before(clause: str) -> str:
    """The class the things of the clause before entered or were named (lexicon roles win_verb, named_as: 入选, 获评,
    认定为), as that clause writes it after the verb; '' when none.

    >>> _class_entered_before("有色金属、新材料入选国家级先进制造业集群"), _class_entered_before("全年增长6%")
    ('国家级先进制造业集群', '')
    """
    verbs = subjects.role_words("win_verb", "named_as", min_length=2)
    at = max((clause.rfind(v) + len(v) for v in verbs if v in clause), default=-1)
    entered = clause[at:].lstrip("为").strip(subjects.MARKS) if at > 0 else ""
    return entered if 2 <= len(entered) <= 16 and not re.search(r"\d", entered) else ""


def _subject_of_joined_predicates(words: str) -> str:
    """The subject of a clause whose number follows a second predicate joined by 、 to a first one with no figure: the
    words before the first predicate (a place phrase with 在, or a word of lexicon roles predicate_start or predicate_tail).

    >>> _subject_of_joined_predicates("风电装机在全国率先破亿、达到"), _subject_of_joined_predicates("达到")
    ('风电装机', '')
    """
    first, _, rest = words.rpartition("、")
    if not first or subjects.subject_before(rest):
        return ""
    verbs = subjects.role_words("predicate_start", "predicate_tail", min_length=2)
    cut = min([i for i in (first.find("在", 2), *(first.find(v, 2) for v in verbs)) if i >= 2], default=-1)
    return subjects.subject_before(first[:cut]) if cut >= 2 else ""


@functools.cache
def _covers_people() -> re.Pattern:
    """A verb of reaching people (lexicon role covers_people) closing a subject, with the people reached (人群, 人口) after it
    (construction scheme_covers_people)."""
    return re.compile(f"(?:{word_alternation(subjects.role_words('covers_people'))})(?:人群|人口)?$")


def _place_opening(clause: str) -> str:
    """The place a clause opens with before a verb of action (`subjects.place_and_verb`), without lead words."""
    return subjects.strip_lead(subjects.place_and_verb(_LEAD.sub("", clause))[0].strip(subjects.MARKS))


def _kind_of_place_counted(s: _Sentence, num: _Number) -> str:
    """The kind of place a clause opens with, when a verb of adding and a count with nothing after its measure word
    follow (construction kind_of_place_counted): 千亿级园区新增2个 adds two parks of that class, what the count is of;
    a named place (雄安新区新增2个) is where things were added, and stays the scope. '' otherwise.

    >>> f = extract_figures("产值增长8%，千亿级园区新增2个、达到14个。", ReportInfo("demo", 2026, "city", "佛山市"))
    >>> f[["indicator_zh", "scope"]].values.tolist()[1:]
    [['千亿级园区', 'own'], ['千亿级园区', 'own']]
    """
    if num.tok.unit.kind != "count" or not _CLAUSE_END.match(s.text, num.tok.after):
        return ""
    place = _place_opening(num.clause_before)
    where, word = subjects.scope_of(place, s.info.level, s.info.region)
    kind = where == "own" or word in subjects.role_words("place_suffix")
    return place if kind and len(place) >= 3 and not _HAS_DIGIT.search(place) else ""


def _money_carried_out(words: str) -> str:
    """The money a verb of carrying out (lexicon role carry_out: 完成) is done with, when the clause is only that
    verb and the money noun (construction money_carried_out, gold E16): 累计完成投资超85亿元 and 重灾区已完成投资
    6545亿元 measure 投资, the investment completed; 完成 is the predicate and leaves the subject. A money noun
    standing alone is otherwise no subject (投资10亿元 is a verb and its amount); '' when the words say more.

    A money noun that opens the words right before a verb of reaching is the noun too (money_noun_reaches): 投资超120亿元
    (the verb would take its amount, 投资120亿元).

    >>> _money_carried_out("累计完成投资超"), _money_carried_out("完成投资"), _money_carried_out("投资")
    ('投资', '投资', '')
    >>> _money_carried_out("投资超"), _money_carried_out("力争投资达到")
    ('投资', '投资')
    """
    written = words.strip(subjects.MARKS)
    words = _REACH_END.sub("", written).strip(subjects.MARKS)
    noun = subjects.strip_lead(words)
    if not noun or noun not in subjects.lexicon().get("money_noun", ()):
        return ""
    before = words[: len(words) - len(noun)]
    reaches = words != written and (not before or subjects._only_function_words(before))  # only lead words before it
    return noun if before.endswith(subjects.role_words("carry_out")) or reaches else ""


def _scheme_that_reaches(s: _Sentence, num: _Number) -> str:
    """The scheme or service that people benefit from, named just before a count of them that names no group:
    the item before the last 、 of the number's clause, else the clause before, which states no figure; without
    a state it has reached (lexicon role state_reached: 基本建立), a scheme's 制度 (gold E7) and the light verb
    实现 (gold S2); '' otherwise.

    >>> f = extract_figures("大病保险制度基本建立、已有1700多万人次受益。", ReportInfo("demo", 2018))
    >>> f[["indicator_zh", "rule"]].values.tolist()
    [['大病保险', 'scheme_reaches']]
    """
    listed = num.clause_before.rfind("、")
    words = num.clause_before[:listed] if listed > 0 else _whole_clause_before(s, num)
    if not words or _HAS_DIGIT.search(words):
        return ""
    words = subjects.strip_lead(words.strip(subjects.MARKS))
    words = re.sub(f"({'|'.join(map(re.escape, subjects.role_words('state_reached')))})$", "", words)
    words = re.sub(r"(?<=..)制度$", "", words)
    words = subjects.tidy(re.sub(r"(?<=..)实现(?=..)", "", words))
    return words if 2 <= len(words) <= 16 and not re.search(r"[，,、的]", words) else ""


def _thing_done_before(s: _Sentence, num: _Number) -> str:
    """The thing the clause right before completed, when it states no figure (平陆运河全线贯通，全长134公里: 平陆运河;
    construction size_of_thing_done); '' otherwise.

    >>> f = extract_figures("平陆运河全线贯通，全长134公里。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "rule"]].values.tolist()
    [['平陆运河', 'size_of_thing_done']]
    """
    before = _whole_clause_before(s, num)
    if not before or _HAS_DIGIT.search(before) or not (done := _THING_DONE.match(before.strip(subjects.MARKS))):
        return ""
    thing = subjects.strip_lead(done.group("thing"))
    return thing if len(thing) >= 2 else ""


def _work_of_clause_before(s: _Sentence, num: _Number) -> str:
    """The thing a programme of the clause right before works on, when the number's own clause names
    nothing and that clause states no figure (construction subject_of_clause_before, gold S5): the object
    after its verb (lexicon roles action, lead_verb, rate_change, campaign_verb) without the campaign words
    around it (roles campaign_lead, campaign_word); '' otherwise.

    >>> f = extract_figures("实施新一轮农村公路提升行动，新（改）建6000公里。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "rule"]].values.tolist()
    [['农村公路', 'subject_of_clause_before']]
    """
    before = _whole_clause_before(s, num)
    if not before or _HAS_DIGIT.search(before):
        return ""
    if grower := _grower(before.strip(subjects.MARKS)):
        # 国家级专精特新“小巨人”企业加快成长，总数达到300家: what grows, named before its words of growing, is what is
        # counted (construction grower_of_clause_before)
        return grower
    work = _object_after_verb(before, "action", "lead_verb", "rate_change", "campaign_verb").strip(subjects.MARKS)
    leads, tails = subjects.role_words("campaign_lead"), subjects.role_words("campaign_word")
    changed = True
    while changed:
        changed = False
        if (lead := next((w for w in leads if work.startswith(w)), "")) and len(work) - len(lead) >= 2:
            work, changed = work[len(lead) :], True
        if (tail := next((w for w in tails if work.endswith(w)), "")) and len(work) - len(tail) >= 2:
            work, changed = work[: -len(tail)], True
    work = subjects.tidy(work)
    return work if len(work) >= 2 and not re.search(r"[，,、的]", work) else ""


def _grower(clause: str) -> str:
    """The thing a clause says grows (lexicon role process_word: 成长, 壮大, 集聚), named before the words of pace or
    action in front of that word (roles pace_adverb, adverb, action, rate_change: 不断, 加快); '' when the clause does
    not end in a word of growing or names nothing before it.

    >>> _grower("国家级专精特新“小巨人”企业加快成长"), _grower("市场主体不断壮大"), _grower("推动企业上市")
    ('国家级专精特新“小巨人”企业', '市场主体', '')
    """
    grows = next((w for w in subjects.role_words("process_word") if clause.endswith(w)), "")
    if not grows:
        return ""
    rest, words = clause[: -len(grows)], subjects.role_words("pace_adverb", "adverb", "action", "rate_change", min_length=2)
    while word := max((w for w in words if rest.endswith(w) and len(rest) > len(w)), key=len, default=""):
        rest = rest[: -len(word)]
    return subjects.subject_before(rest) if rest != clause[: -len(grows)] else ""


_LABELLED_LIST = re.compile(
    r"((?:[^、，,；;。：:“”\"\d]{2,10}、)+[^、，,；;。：:“”\"\d]{2,10})[“\"]([^”\"]{0,3}?([一二两三四五六七八九十])[^”\"]{0,3})[”\"]([^、，,；;。\d]{1,12})$"
)
_LABEL_COUNT = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
# 软件信息、科技服务和商务服务三大产业对经济增长贡献: an unquoted label (N大 + a kind) that counts the items stays
_COUNTED_LIST = re.compile(
    r"((?:[^、，,；;。：:“”\"\d和]{2,10}[、和])+[^、，,；;。：:“”\"\d和]{2,10}?)(([一二两三四五六七八九十])大[^、，,；;。\d]{1,16})$"
)


def _labelled_list(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """电动汽车、锂电池、光伏产品“新三样”出口增长近30%: items listed with 、 and then a quoted label whose numeral
    counts them (“新三样”: three) name one subject together, the list with the head after the label and
    without the label (construction labelled_list; gold 2024 national and Sichuan 2026)."""
    m = _LABELLED_LIST.search(num.clause_before)
    counted = _COUNTED_LIST.search(num.clause_before) if not m else None
    if counted and _LABEL_COUNT.get(counted.group(3)) == len(re.split(r"[、和]", counted.group(1))):
        # 软件信息、科技服务和商务服务三大产业对经济增长贡献超五成: the label names the items' kind and stays
        head = subjects.subject_before(counted.group(2))
        items = subjects.strip_lead(counted.group(1)) or counted.group(1)
        return _Subject(("other", items + head), num.clause_before, "labelled_list") if head else None
    if not m or _LABEL_COUNT.get(m.group(3)) != m.group(1).count("、") + 1:
        return None
    # 免费开展适龄女孩HPV疫苗接种、妇女“两癌”筛查: a first item longer than a listed item may be is no item (session 40)
    before = num.clause_before[: m.start(1)]
    if before and len(subjects.strip_lead(before + m.group(1))) > len(m.group(1)):
        return None
    head = subjects.subject_before(m.group(4))
    if not head:
        return None
    items = subjects.strip_lead(m.group(1)) or m.group(1)
    return _Subject(("other", items + head), num.clause_before, "labelled_list")


def _revenue_excess(s: _Sentence, num: _Number) -> str:
    """去年全国财政比年度预算超收7239亿元: a verb of revenue above the budget (lexicon role revenue_excess:
    超收) before an amount names the excess revenue (超收收入) of the payer written last before it in
    its paragraph (construction revenue_excess), or '' (财政超收收入; 中央财政超收较多。…年均超收2040亿元
    gives 中央财政超收收入).

    >>> f = extract_figures("去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。", ReportInfo("demo", 2008))
    >>> f["indicator_zh"].tolist()
    ['财政超收收入', '中央财政超收收入']
    """
    verb = next((v for v in subjects.role_words("revenue_excess") if num.clause_before.endswith(v)), "")
    if not verb or num.tok.unit.kind != "money":
        return ""
    paragraph = s.text.rfind("\n", 0, num.tok.start) + 1
    before = s.text[max(paragraph, num.tok.start - 120) : num.tok.start]
    found = [(m.start(), -len(m.group(0)), m.group(0)) for m in _payer_word().finditer(before)]
    payer = max(found)[2] if found else ""
    return payer + verb + "收入"


@functools.lru_cache(maxsize=1)
def _people_feeling() -> re.Pattern:
    """What the people of a place feel or how they strive, after them (lexicon role people_feeling: 倍感, 沐浴, 奋进;
    people_then_their_feeling)."""
    return re.compile("|".join(map(re.escape, subjects.role_words("people_feeling"))))


@functools.lru_cache(maxsize=1)
def _people_word() -> re.Pattern:
    """Any word of people (lexicon role people), longest first."""
    return re.compile("|".join(map(re.escape, subjects.people_words())))


@functools.lru_cache(maxsize=1)
def _payer_word() -> re.Pattern:
    """Any payer (lexicon role payer), longest first."""
    return re.compile("|".join(map(re.escape, subjects.payers())))


def _people_named_before(words: str) -> str:
    """The last people an earlier clause names (a people word: 人员, 残疾人 …), without the verb and
    lead words before them, or ''.

    >>> _people_named_before("连续第7年提高企业退休人员基本养老金，全年人均增加1680元，")
    '企业退休人员'
    >>> _people_named_before("建立困难和重度残疾人“两项补贴”制度，"), _people_named_before("大病保险制度基本建立、")
    ('困难和重度残疾人', '')
    >>> _people_named_before("居民基本医保人均财政补助标准由240元提高到450元，大病保险制度基本建立、")
    ''

    """
    ends = [m.end() for m in _people_word().finditer(words)]
    if not ends:
        return ""
    start = max(words.rfind(sep, 0, ends[-1]) for sep in "，,；;。：:、") + 1
    end = min((i for sep in "，,；;。：:、" if (i := words.find(sep, ends[-1])) >= 0), default=len(words))
    if re.search(r"\d", re.sub(r"第?\d+年", "", words[start:end])):  # 连续第7年 is no figure
        return ""  # 居民基本医保人均财政补助标准由240元提高到450元: a clause with a figure of its own
    phrase = words[start : ends[-1]]
    verbs = subjects.role_words("action", "lead_verb", "predicate_tail", "flow", min_length=2)
    at = max((phrase.rfind(v) + len(v) for v in verbs if v in phrase), default=0)
    group = subjects.strip_lead(phrase[at:])
    return group if 2 <= len(group) <= 12 and not re.search(r"\d", group) else ""


_REACHES = re.compile(r"惠及(约|近|超过|超)?$")
_BENEFIT_AFTER = re.compile(r"(以上|多)?(受益|得到实惠)")  # 约6700万人受益: the people are the group given to
_BENEFICIARY = re.compile(rf"[向为对]([^，,；;。\d向为对]{{0,8}}(?:{'|'.join(subjects.people_words())}))")


def _named_with_number(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """The subject the number's own construction named when it was read (`_Token.named`): a sector of
    三次产业比重为4.0∶37.7∶58.3 (sector_ratio), the noun 上亿市场主体承载着… counts (magnitude_before_noun,
    近千万农村人口 -> 农村人口)."""
    if not num.tok.named:
        return None
    name, rule = num.tok.named
    return _Subject((indicators.lookup(name), name), num.clause_before, rule)


# The order is the precedence: what the number's own construction named (a sector, a magnitude's
# noun), an alias in the clause, a noun counted after the number, the share of the figure before, a
# subject carried from before, and last the clause's own words.
def _size_of_noun_after(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """组建总规模1000亿元的省战略性新兴产业投资引导基金: an amount after a size word (lexicon role size_of:
    总额, 总规模, 首期规模) and before 的 is the size of the noun after 的 (construction size_of_noun_after,
    gold S3): 实施总额4万亿元的两年投资计划 gives 投资计划 (the span word leaves it)."""
    # 投资近千亿元、全长1.3万公里的三个一号旅游公路: more sizes of the same noun may stand between the number and 的
    more = _MORE_SIZES.match(s.text, num.tok.after)
    if not more:
        return None
    size = _SIZE_BEFORE_AMOUNT.sub("", num.sub.strip(subjects.MARKS))  # 总投资约40亿元的: a qualifier between
    # 全长3046公里的环塔克拉玛干沙漠生态屏障, 全长1.3万公里的三个一号旅游公路: a length before 的 is the length of the noun
    # after it, as an amount is its size (length_of_noun_after; gold Xinjiang, Shanxi 2026)
    length = num.tok.unit.unit_std in ("km", "m") and size.endswith(_LENGTH_WORDS)
    # 总装机180万千瓦的光伏项目: a capacity before 的 is the capacity of the noun after it (capacity_of_noun_after, session 42)
    length = length or (num.tok.unit.unit_std == "kW" and size.endswith(_CAPACITY_WORDS))
    # 投资56亿元的江钨…产业园、20亿元的靖安世康项目: an amount opening the next item of the list, before 的, is the size of
    # its own noun as the first item's (sizes_listed, session 58 probe: it carried the first item's noun)
    listed = not size and num.after_list and bool(rows) and rows[-1]["rule"] == "size_of_noun_after"
    if not length and not listed and (num.tok.unit.kind != "money" or not size.endswith(subjects.role_words("size_of"))):
        return None
    at = more.end()
    if examples := _EXAMPLES_THEN_COUNT.match(s.text, at):
        at = examples.end()  # 总投资86亿元的辽宁三木、渼瑞石油等12个重大产业项目: the examples before 等 go (S9)
        # …等18个续建项目: the count after 等 goes too, and the noun is read as the count's own row reads it (续建项目)
        if counted := _COUNT_AFTER_EXAMPLES.match(s.text, at):
            noun = subjects.subject_after(s.text, counted.end())
            return _Subject((indicators.lookup(noun), noun), num.clause_before, "size_of_noun_after") if len(noun) >= 2 else None
    noun = re.sub(r"^[两二三四五六七八九十]年", "", subjects.strip_lead(subjects.subject_after(s.text, at)))
    # 全长1.3万公里的三个一号旅游公路全线贯通: the count of the things and what became of them are no part of their name
    noun = _LINE_DONE.sub("", re.sub(r"^[两二三四五六七八九十\d]+[个条座项](?=..)", "", noun))
    if batch := _BATCH_BEFORE_SIZE.search(size):
        noun = batch.group(1) + noun  # 首批总投资约40亿元的基建工程: 首批 says which ones (gold E12)
    return _Subject((indicators.lookup(noun), noun), num.clause_before, "size_of_noun_after") if len(noun) >= 2 else None


_SIZE_BEFORE_AMOUNT = re.compile(r"(为|达|达到)?(约|近|超过|超)?$")
_AMOUNT_NEXT = re.compile(r"(?:约|近|超过|超|达)?\d")
_CAPACITY_WORDS = ("总装机容量", "装机容量", "总装机", "装机")  # (capacity_of_noun_after)
# the sizes of a thing written before its name (size_of_noun_after) or alone after it was completed (size_of_thing_done)
_SIZE_WORDS = frozenset((*_LENGTH_WORDS, "总投资", "总规模", "总面积", "总库容"))
_MORE_SIZES = re.compile(rf"(?:、(?:{'|'.join(sorted(_SIZE_WORDS))})[^，,；;。、的]{{1,14}})*的")
# 总装机180万千瓦的, 总投资86亿元的: a size word, its amount and 的 right after a count (sized_noun_after_count)
_SIZE_THEN_DE = re.compile(
    rf"(?:{'|'.join(sorted({*_SIZE_WORDS, *_CAPACITY_WORDS, '投资'}, key=len, reverse=True))})"
    # (投资过百亿元的: a size class written without digits, session 47 probe: it was 投资过百亿元)
    r"(?:(?:约|近|超过|超)?[\d.]+[^，,；;。、的\d]{1,6}|(?:超过|超|过)[一二两三四五六七八九十百千万亿]+元)的"
)
# what became of a line or a work (全线贯通, 实现合龙, 建成通车): the words before the verb, then the verb
_DONE_HOW = "全线|全面|正式|顺利|提前|已|实现"
_DONE_VERB = "建成|贯通|通车|开工|投运|投产|开通|合龙|竣工"
_LINE_DONE = re.compile(rf"(?<=..)(?:{_DONE_HOW}|{_DONE_VERB}).*$")
# 平陆运河全线贯通, 环岛旅游公路建成通车: a thing and the verb that completed it (size_of_thing_done)
_THING_DONE = re.compile(rf"^(?P<thing>[^，,；;。\d]{{2,20}}?)(?:{_DONE_HOW})?(?:{_DONE_VERB})[^，,；;。\d]{{0,6}}$")
# examples and 等 before the count of the things the amount is the size of (examples_then_count)
_EXAMPLES_THEN_COUNT = re.compile(r"[^，,；;。\d等]{2,40}?等(?=(?:\d+|[两二三四五六七八九十]+)[个项家座所批])")
_COUNT_AFTER_EXAMPLES = re.compile(r"(?:\d+|[两二三四五六七八九十]+)[个项家座所批]")
_BATCH_BEFORE_SIZE = re.compile(r"(首批)[^，,；;。、]{0,4}$")


@functools.lru_cache(maxsize=1)
def _action_done() -> re.Pattern:
    """A verb of action, or two joined by 和/、 (取消和调整), at the start of the words after a count of rounds."""
    verb = word_alternation(subjects.role_words("action", "lead_verb", "paired_verb", min_length=2))
    return re.compile(rf"(?:[向为对给][^，,；;。\d]{{1,10}}?)?(?P<verb>(?:{verb})(?:[和、及](?:{verb}))?)")


def _rounds_of_an_action(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """分两期投放政策性开发性金融工具7399亿元, 分三批向种粮农民发放农资补贴: a count of the tranches, batches or rounds an
    action was done in (分 N 期/批/轮) names the action, object first, without whom it was done for (construction
    rounds_of_an_action, gold: 政策性开发性金融工具投放, 农资补贴发放, 行政审批事项取消和调整)."""
    if num.tok.unit.base not in ("期", "批", "轮") or s.text[num.tok.start - 1 : num.tok.start] != "分":
        return None
    rest = s.text[num.tok.after : num.tok.after + 40]
    done = _action_done().match(rest)
    if not done:
        return None
    thing = re.match(r"[^，,；;。、\d]{2,20}", rest[done.end() :])
    if not thing:
        return None
    name = subjects.tidy(thing.group()) + done["verb"]
    return _Subject((indicators.lookup(name), name), num.clause_before, "rounds_of_an_action")


def _taken_as(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """将/把 a quantity and its amount 作为 a standard: the number is a value of that standard, not of the quantity it is
    stated in (construction taken_as): 中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准 gives 国家扶贫标准
    (new, as a period word, goes).

    >>> f = extract_figures("中央决定将农民人均纯收入2300元作为新的国家扶贫标准，比2009年提高92%。", ReportInfo("demo", 2012))
    >>> f[["indicator_zh", "rule"]].values.tolist()
    [['国家扶贫标准', 'taken_as'], ['国家扶贫标准', 'subject_carried']]
    """
    if not _TAKE_AS_OPENS.search(num.sub) or not (m := _TAKEN_AS.match(s.text, num.tok.after, s.s1)):
        return None
    return _Subject(("other", m.group("noun")), num.sub, "taken_as")


_TAKE_AS_OPENS = re.compile(r"[将把]")
# after the amount: a bracket (2010年不变价), 作为, new, then the standard to the clause's end (taken_as)
_TAKEN_AS = re.compile(r"(?:（[^）]{0,16}）)?作为(?:新的|新)?(?P<noun>[\u4e00-\u9fff]{2,12})(?=[，,；;。])")


def _topic_of_predicate_chain(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject | None:
    """粮食产量稳中有增、达到1200万吨; 全体居民人均可支配收入增速高于经济增速、突破3万元: a clause that names a
    quantity, says how it went without a number, then after 、 gives only a predicate and the number: the number is a
    value of that quantity, the topic, not of the words of its course (construction topic_of_predicate_chain; the
    subject was 粮食产量稳中有增、, or the figure before's carried over the clause's own topic). The topic is the longest
    dictionary alias opening the item; the words after it open with a predicate, an adverb or a word of course
    (lexicon roles predicate_start, adverb, pace_adverb, course_word) and hold no digit.

    >>> f = extract_figures("粮食产量稳中有增、达到1200万吨。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "rule"]].values.tolist()
    [['粮食产量', 'topic_of_predicate_chain']]
    """
    at = num.stripped.rfind("、")
    tail = num.stripped[at + 1 :].strip(subjects.MARKS)
    if at < 2 or not tail or not _only_predicate(tail) or _HAS_DIGIT.search(head := num.stripped[:at]):
        return None
    item = subjects.strip_lead(re.split(r"[、，,；;：:]", head)[-1].strip(subjects.MARKS))
    alias = next((item[:k] for k in range(len(item) - 2, 1, -1) if item[:k] in s.alias_to_id), "")
    rest = item[len(alias) :]
    opening = subjects.opening_word(rest, "predicate_start", "adverb", "pace_adverb", "course_word", min_length=2)
    if not alias or not opening or len(rest) > 12:
        return None
    return _Subject((s.alias_to_id[alias], alias), num.clause_before, "topic_of_predicate_chain")


_SUBJECT_CONSTRUCTIONS = (
    _taken_as,
    _rounds_of_an_action,
    _named_with_number,
    _size_of_noun_after,
    _stage_of_previous,
    _qualified_alias,
    _topic_of_predicate_chain,
    _alias_phrase,
    _times_of_an_event,
    _after_measure_word,
    _rate_noun_after,
    _share_of_previous,
    _target_in_brackets,
    _plan_of_previous,
    _time_taken,
    _carried,
    _growth_of_the_economy,
    _labelled_list,
    _before_number,
)


def _subject(s: _Sentence, num: _Number, rows: list[dict]) -> _Subject:
    """The first construction of `_SUBJECT_CONSTRUCTIONS` that names the number's subject."""
    return next(found for construction in _SUBJECT_CONSTRUCTIONS if (found := construction(s, num, rows)))


# a clause closed by 的 right before the number (a qualifier between), or before the first count of a list of
# counts (省委确定的14项引领性改革和314项改革任务, 建档立卡的5097户16659人相对贫困人口)
_CAUSATIVE = re.compile(r"^[使让](?![用得])")
_RELATIVE_BEFORE_COUNT = re.compile(
    r"([^，,；;。：:！？]*?[^\d的]的)(?:约|近|超过|超|多达)?((?:[\d.]+[^\d，,；;。：:的]{0,14}?[和、及]?)*)$"
)


@functools.lru_cache(maxsize=1)
def _relative_verb() -> re.Pattern:
    """The verbs a relative clause before a count is made with (lexicon roles action and relative_verb: 纳入, 符合,
    列入, 建档立卡)."""
    return re.compile(word_alternation(subjects.role_words("action", "relative_verb", min_length=2)))


# 324户743人, 8461户、29100人, 6.48万户23.24万农村常住人口: the people of the households just counted (households_then_people)
_PEOPLE_OF_HOUSEHOLDS = re.compile(r"、?\d+(?:\.\d+)?(?:万?(?:人|名)(?!次)|万(?=[\u4e00-\u9fff]))")


def _households_then_people(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """Households and people of one group written back to back have one subject (construction households_then_people,
    gold S1): the people take the households' subject, which `_after_measure_word` reads past the people (对全县6.48万户
    23.24万农村常住人口进行遍访 -> 农村常住人口 for both; 实现574户1201人脱贫 -> 脱贫), never the other number (it was 574户,
    1463人). With nothing after the people the households read the words before them, or say no subject was found.

    >>> f = extract_figures("对全县6.48万户23.24万农村常住人口进行遍访，实现574户1201人脱贫。", ReportInfo("demo", 2019, "city", "某县"))
    >>> f["indicator_zh"].tolist()
    ['农村常住人口', '农村常住人口', '脱贫', '脱贫']
    """
    tok = num.tok
    prev = s.tokens[num.i - 1] if num.i > 0 else None
    if (
        rows
        and prev is not None
        and prev.unit.text.endswith("户")
        and tok.unit.unit_std == "persons"
        and s.text[prev.after : tok.start] in ("", "、")
        and rows[-1]["indicator_zh"]
        and (found.subject[1][:1].isdigit() or found.rule != "subject_after_measure_word")
    ):
        return _Subject(_subject_of(rows[-1]), num.clause_before, "households_then_people")
    return found


_RANK_LIST_SEP = re.compile(r"[位名]?[、和及]第?")


def _rank_group(s: _Sentence, i: int) -> list[int]:
    """The indices of the ranks listed with rank token `i`, joined by 、 or 和 (第4、第5、第5位), in order; [i] alone when it
    stands alone."""

    def joined(a: int, b: int) -> bool:  # ranks a and b (b = a + 1) written as one list
        first, second = s.tokens[a], s.tokens[b]
        return first.rank and second.rank and bool(_RANK_LIST_SEP.fullmatch(s.text[first.end : second.start]))

    start, end = i, i
    while start > 0 and joined(start - 1, start):
        start -= 1
    while end + 1 < len(s.tokens) and joined(end, end + 1):
        end += 1
    return list(range(start, end + 1))


def _government_level_part(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """实现地区生产总值2266.1亿元，增长2.4%（区本级1976.7亿元，增长2%）; 完成财政总收入364.1亿元、一般公共预算收入204.7亿元，市级分别为
    198.4亿元、124.1亿元: a level of government alone before an amount (lexicon role government_level: 区本级, 市级) names the
    part of the figures just stated that this level collects or produces; each number is of the figure before in its
    place, scope part (construction government_level_part, session 64 probes of a district's 2021 and a county-level city's
    2023 report: the subjects were 区本级 and 市级, scope own).

    >>> f = extract_figures("完成财政总收入364.1亿元、一般公共预算收入204.7亿元，市级分别为198.4亿元、124.1亿元。",
    ...                     ReportInfo("demo", 2023, "county", "某市"))
    >>> f[["indicator_zh", "scope"]].values.tolist()[2:]
    [['财政总收入', 'part'], ['一般公共预算收入', 'part']]
    """
    # (…、增长5.5%（区本级1.9万亿元: the words after the bracket opened, when the clause opened before the figure's growth)
    if re.split(r"[（(]", found.subject[1])[-1] not in subjects.role_words("government_level") or not rows:
        return found
    group = _distributive_group(s.text, s.tokens, num.i)
    k = group.index(num.i) if num.i in group else 0
    unit = num.tok.unit.text
    earlier = [r for r in rows[: len(rows) - k] if r["text_start"] >= s.s0 and r["unit"] == unit and r["indicator_zh"]]
    earlier = [r for r in earlier if r["measure"] in ("level", "cumulative")][-len(group) :]
    if len(earlier) < len(group) or len({r["indicator_zh"] for r in earlier}) < len(earlier):
        return found
    return found._replace(subject=_subject_of(earlier[k]), rule="government_level_part")


def _own_level_opening(s: _Sentence, found: _Subject) -> _Subject:
    """区本级固定资产投资增长23%，达到100亿元; 市本级全口径财政收入实现63.6亿元: the government's own level of a district, city,
    county or province (区本级, 市本级, 县本级, 省本级: lexicon role government_level) opening a quantity's name is the part of
    the region that level collects or invests, as government_level_part reads it alone: the quantity, scope part
    (construction own_level_opening, gold S64c; session 74 probes of a district's reports: 区本级固定资产投资, scope own; seven
    blind rows of four readers wrote the quantity, part); the growth carried after it carries the part (scope_carried). A
    name that is no quantity keeps the level (市本级简政放权), and so does 本级 alone (本级一般公共预算收入 in a county's report:
    three readers kept it, own).

    >>> f = extract_figures("区本级固定资产投资增长23%，达到100亿元。", ReportInfo("demo", 2013, "county", "某区"))
    >>> f[["indicator_zh", "scope"]].values.tolist()
    [['固定资产投资', 'part'], ['固定资产投资', 'part']]
    """
    name = found.subject[1]
    level, rest = name[:3], name[3:]  # 区本级, 市本级 …: three characters, the second two 本级
    if not level.endswith("本级") or level not in subjects.role_words("government_level") or len(rest) < 2:
        return found
    if not (rest in s.alias_to_id or _ends_in_quantity(rest)):
        return found
    return found._replace(subject=(s.alias_to_id.get(rest, found.subject[0]), rest), rule="own_level_opening")


def _ranks_of_listed_items(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """Ranks listed after a list of figures rank its items in order (construction ranks_of_listed_items, S36a): 规上工业增加值、
    固定资产投资、社会消费品零售总额分别增长7%、7.2%、7%，居全省第4、第5、第5位 gives 4 to 规上工业增加值, 5 to 固定资产投资 and 5 to
    社会消费品零售总额 (session 44 probe: the first rank went to all three, the later ones to the first).

    >>> f = extract_figures("规上工业增加值、固定资产投资分别增长7%、7.2%，居全省第4、第5位。", ReportInfo("demo", 2024, "city", "某市"))
    >>> f[f["measure"] == "rank"][["indicator_zh", "value"]].values.tolist()
    [['规上工业增加值', 4.0], ['固定资产投资', 5.0]]
    """
    if not num.tok.rank or len(group := _rank_group(s, num.i)) < 2:
        return found
    k = group.index(num.i)
    listed = _list_just_before(rows[: len(rows) - k], len(group), ("list_respectively", "list_paired", "list_earlier_figures"))
    if not listed:
        return found
    # 金融机构各项存贷款金额增长21.65%、26.36%，增速分别居全市第一、第二: the growth word the ranks' clause opens with is in each
    # name (S10, as ranks_listed writes it; session 64 probe: it was lost for the items of a pair)
    subject = _with_growth_word(_subject_of(listed[k]), _GROWTH_OPENS.match(num.clause_before))
    return found._replace(subject=subject, rule="list_earlier_figures")


def _with_growth_word(subject: tuple[str, str], growth: re.Match | None) -> tuple[str, str]:
    """The subject of a rank named with the growth word its clause opens with (`growth`, group 1: 增速, 增幅), when that
    word does not end it already: the growth is ranked, not the level (S10: ranks_listed, ranks_of_listed_items).

    >>> _with_growth_word(("gdp", "地区生产总值"), _GROWTH_OPENS.match("增速居全省第")), _with_growth_word(("gdp", "地区生产总值"), None)
    (('other', '地区生产总值增速'), ('gdp', '地区生产总值'))
    """
    if growth and not subject[1].endswith(growth.group(1)):
        return ("other", subject[1] + growth.group(1))
    return subject


_GROWTH_OPENS = re.compile(rf"{_GROWTH_WORD_OPENING}(?:分别)?[居列排位]")


def _indicators_listed_counted(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """公共财政预算收入、…、利用外资6项指标增幅均居全市第一位: a count of indicators (项指标, 个主要指标) right after the list
    of the indicators it counts counts indicators, the class after its measure word (construction indicators_listed_counted,
    as Ningxia's 5G用户渗透率、电信业务收入增幅等5项指标居全国第一 gives 指标; session 66 probe of a county's 2014 report: it was
    the last item, 利用外资). A count after one name only (空气质量六项指标) keeps what the rules before read."""
    if num.tok.unit.kind != "count" or found.rule == "subject_after_measure_word" or "、" not in num.clause_before:
        return found
    if num.tok.unit.text not in ("项", "个") or not (counted := _INDICATOR_CLASS.match(s.text, num.tok.after)):
        return found
    return _Subject(("other", counted.group(0)), num.clause_before, "indicators_listed_counted")


def _relative_before_count(num: _Number, found: _Subject) -> _Subject:
    """A relative clause closed by 的 before a count restricts which things are counted and is part of their
    name (construction relative_before_count, gold S3 and F1): 列入全国整治监管平台的12条黑臭水体 gives
    列入全国整治监管平台的黑臭水体; a clause before a list of counts goes on every item (省委确定的14项引领性改革和314项
    改革任务: 省委确定的改革任务). The main clause's lead words and verb leave it (持续抓好, 今年要全面完成), and a verb
    that opens the relative clause stays when it has no verb of its own after it (纳入国家102项重大工程的). A place, a
    time or an owner before 的 is no relative clause (全市的, 去年的: their own rules read them).

    >>> f = extract_figures("持续抓好省委确定的14项引领性改革和314项改革任务。", ReportInfo("demo", 2026))
    >>> f["indicator_zh"].tolist()
    ['省委确定的引领性改革', '省委确定的改革任务']
    """
    if found.rule != "subject_after_measure_word" or not (m := _RELATIVE_BEFORE_COUNT.search(num.clause_before)):
        return found
    if (at := num.clause_after.find(found.subject[1])) >= 0 and _PEERS_RANKED.match(num.clause_after, at):
        return found  # 在科技部火炬中心公布的147个国家高新区综合排名中: the clause is the ranking's (peers_ranked)
    if (sized := _SIZE_THEN_DE.search(m.group(1))) and sized.end() == len(m.group(1)):
        return found  # 实施总投资116.7亿元的87个…工程: the size of the things, its own figure, restricts nothing (S3)
    words = _CAUSATIVE.sub("", _QUOTE_MARK.sub("", m.group(1)).strip())  # 使符合减税政策的: 使 is the main clause's
    core = subjects.strip_lead(words)
    opening = subjects.opening_word(words, "action", "relative_verb", min_length=2)
    if opening and len(core) < len(words) and not _relative_verb().search(words[len(opening) : len(words) - len(core)]):
        # 纳入省市调度的57个重大项目: a verb opening the clause before its object's owner (省市) opens the relative clause, with
        # the verb after it as a noun (session 45 probe: it gave 调度的重大项目)
        core = words
    if not _relative_verb().search(core[:-1]):
        # 纳入国家102项重大工程的: the verb that opens the clause is its own, not the main clause's
        cut = len(words) - len(core)
        core = next(
            (words[cut - len(v) :] for v in subjects.role_words("action", min_length=2) if words.endswith(v, 0, cut)), core
        )
    # 去年政府工作报告确定的: the 报告 of a name that holds a verb (lexicon role verb_in_name) opens no main clause
    # (session 42 probe: it gave 确定的民生实事)
    masked = functools.reduce(lambda w, name: w.replace(name, "□" * len(name)), subjects.role_words("verb_in_name"), core)
    if len(found_verbs := list(_relative_verb().finditer(masked[:-1]))) >= 2 and found_verbs[0].start() > 0:
        # 自然资源部将四川确定为开展耕地…治理…试点的: after a main clause with its own actor, the relative clause opens with
        # the verb after the main clause's verb
        core = core[found_verbs[1].start() :]
    head = core[:-1]
    if len(head) < 2 or not _relative_verb().search(head):
        return found  # 中央财政的, 去年的, 全市的: an owner, a time or a place, no clause
    name = found.subject[1]
    return found._replace(subject=(indicators.lookup(core + name), core + name), rule="relative_before_count")


# (or any area a rank is among: 分列自治区第四和第五位, session 64 probe of an Inner Mongolian city's report, had no subject)
_SPREAD_RANK = re.compile(rf"分(?=[居列](?:全|第|前|国|省|市|[东中西]部|{subjects.rank_areas()}))")


def _respectively(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """A 分别 list gives each number of "A、B、C…分别…x、y和z" its own subject (list_respectively;
    list_count_mismatch when the counts differ), or the sentence's earlier figures when nothing
    stands before 分别 (存款余额…、贷款余额…,分别增长…: list_earlier_figures). The predicate is the
    words from 分别 on, with an average word right before it (年均分别增长5.3%、7.1%)."""
    clause_before = num.clause_before
    # (空气质量考核综合得分居全市第1: the 分 of 得分 (a score) is the noun's, no 分居; score_ranked, session 75 probe of a
    # county's review: its subject was 空气质量考核综合得)
    spreads = _SPREAD_RANK.finditer(clause_before) if "分别" not in clause_before else ()
    if spread := next((m for m in spreads if clause_before[m.start() - 1 : m.start()] != "得"), None):
        # 增长6.4%，分居全省第4、第3位: 分居 and 分列 are 分别 with the verb of ranking (construction spread_rank_verb, session
        # 48 probe of plan reports: the first rank had no subject); the words are read as 分别居
        clause_before = clause_before[: spread.start() + 1] + "别" + clause_before[spread.start() + 1 :]
    if "分别" not in clause_before:
        return _earlier_figures_without_respectively(s, num, rows, found)
    group = _distributive_group(s.text, s.tokens, num.i)
    k = group.index(num.i) if num.i in group else 0
    earlier_rows = _rows_before_group(rows, num, group)
    starts = _list_just_before(earlier_rows, len(group), ("list_respectively", "list_paired"))
    if starts and _DIGIT.search(clause_before[: clause_before.index("分别")]):
        # 城镇和农村居民人均可支配收入由25940元、9234元分别提高到38625、14468元: the ends of a from-to whose starts were a list
        # before 分别 are the same items, in order (construction ends_of_listed_starts, session 44 probe: the first item
        # kept the joint head, the second took 9234元)
        subject = _subject_of(starts[k])
        return found._replace(subject=subject, rule="list_respectively", predicate=clause_before[clause_before.index("分别") :])
    listed = _list_subjects(_ordinals_spelled_out(_without_listed_rate(clause_before)), len(group), s)
    if len(group) == 2 and (wholes := _SHARE_OF_TWO_WHOLES.search(clause_before, 0, clause_before.index("分别"))):
        # 税收收入占财政总收入和地方一般公共预算收入的比重分别达到89.6%、80.5%: one part, two wholes, a share of each (construction
        # share_of_two_wholes, E6; session 44 probe: it split the part from the wholes at 和)
        part = subjects.subject_before(wholes.group("part")) or wholes.group("part")
        listed = [("other", f"{part}占{whole}{wholes.group('word')}") for whole in (wholes.group("a"), wholes.group("b"))]
    if _ONLY_A_BASE.fullmatch(clause_before[: clause_before.index("分别")]):
        listed = []  # 比上年分别下降3.14％和4.66％: a base alone names no item
    if listed_years := _years_listed(clause_before, len(group)):
        # 2021年、2020年全省地区生产总值分别增长8.5%和2.3%: 分别 spreads the numbers over the years listed, one quantity
        # (construction years_listed; `_period` dates each number by its year); the years were items, 2021年 a subject
        words = clause_before[: clause_before.index("分别")].replace(listed_years.group(0), "")
        subject = _owner_or_figure_before(words, earlier_rows, found)
        return found._replace(subject=subject, rule="years_listed", predicate=clause_before[clause_before.index("分别") :])
    if (bases := _BASES_LISTED.search(clause_before)) and len(years := _YEAR_NUMBER.findall(bases.group(0))) == len(group):
        # 项目数量达到11552个，比2020和2019年分别增长17%和33%: 分别 spreads the numbers over the years compared with, not over
        # items; the quantity is the one named before them, each number's base its year (construction bases_listed, session
        # 51 probe set: the years were read as subjects and dated the figures)
        subject = _owner_or_figure_before(clause_before[: bases.start()], earlier_rows, found)
        return found._replace(
            subject=subject, rule="bases_listed", predicate=f"比{years[k]}年" + clause_before[clause_before.index("分别") :]
        )
    if not listed and (previous := _previous_clause(s, num)) and not _HAS_DIGIT.search(previous):
        # 城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%: the items stand in the clause
        # before, which holds no figure of its own (construction list_in_previous_clause)
        listed = [x for x in _listed(previous, len(group), s) if x[1]]
        listed = listed if len(listed) == len(group) else []
    subject, rule = found.subject, found.rule
    if listed and (quantity := _quantity_before_list(s, num, listed)):
        # 不断提高企业研发费用加计扣除比例，将制造业企业、科技型中小企业分别从50%、75%提高至100%: the owners
        # listed have the quantity the clause before names (construction owners_of_quantity_before)
        listed = [("other", name + quantity) for _, name in listed]
    attribute = listed[0][1] if len(listed) == 1 and listed[0][1] in subjects.lexicon().get("attribute", ()) else ""
    owners = [r for r in earlier_rows if r["unit"] == num.tok.unit.text][-len(group) :] if attribute else []
    if attribute and len(owners) == len(group) and len(group) >= 2:
        # 新增高速公路1317公里、一级公路2667公里，总里程分别达4246公里和3166公里: an attribute alone before 分别 is of each
        # figure before in the same unit, in order (construction attribute_listed)
        name = owners[k]["indicator_zh"] + attribute
        subject, rule = (indicators.lookup(name), name), "list_earlier_figures"
    elif len(listed) == 1 and len(group) >= 2:
        # 单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%: one item named, one number for each of the years (or
        # places) 分别 spreads over: every number is the item's (construction one_item_many_numbers)
        subject, rule = (indicators.lookup(listed[0][1]), listed[0][1]), "one_item_many_numbers"
    elif listed:
        if len(listed) == len(group):
            listed = _kinds_of_their_own(clause_before[: clause_before.index("分别")], listed, [s.tokens[g].unit for g in group])
        subject = listed[k] if len(listed) == len(group) else ("other", listed[0][1])
        rule = "list_respectively" if len(listed) == len(group) else "list_count_mismatch"
    else:
        # the figures before the list, not its own items read so far (今年力争分别淘汰3000万吨和3500万吨)
        before = earlier_rows
        # …增长9.4%，…增长4.2%，增速分别居副省级城市第2位、第3位: ranks go to the figures before of any measure, the growth
        # word before 分别 naming what is ranked (ranks_listed, growth_ranked)
        ranked = s.tokens[num.i].rank
        # …比重分别为36.1%、21.2%，分别提高2.3和4.1个百分点: changes in points go to the shares before (share_listed_again)
        # and to the growth rates before (…同比分别增长10.2%、9.2%，分别提高9.9个、3.1个百分点: the pace of each, gold S10)
        # 城镇居民人均可支配收入年均增长9.3%，农村居民人均可支配收入年均增长10.1%，分别比2011年增长56.1%和61.9%: percents after
        # figures that are only growths are of those quantities, one item each (growths_listed_before, session 62 probe:
        # both went to the last); a quantity's level and growth written together are one item
        grown = num.tok.unit.kind == "percent" and not ranked
        kept = (
            ("level", "count", "cumulative", "share", "growth_yoy")
            if num.tok.unit.kind == "pp"
            else ("level", "count", "cumulative", *(("growth_yoy", "growth_avg") if grown else ()))
        )
        earlier = [r for r in before if (r["measure"] != "rank" if ranked else r["measure"] in kept)]
        # 港口货物吞吐量从3.1亿吨增加到4.3亿吨，港口集装箱吞吐量从706.8万标箱增加到1451.2万标箱，分别居世界第5位和第6位:
        # one quantity's levels written together (a from-to) are one item of the list (quantities_listed_before, session 57
        # probe: both ranks went to the containers); its level and growth stay two (…2480亿元，增长3.1%，分居全国第8、第15位)
        earlier = [
            r
            for j, r in enumerate(earlier)
            if j + 1 == len(earlier)
            or _subject_of(earlier[j + 1]) != _subject_of(r)
            or not (grown or earlier[j + 1]["measure"] == r["measure"])
        ]
        earlier = earlier[-len(group) :]
        lead = s.text[num.cs : s.tokens[group[0]].start]  # the words before the group's first number
        after_word = lead[lead.index("分别") + 2 :] if "分别" in lead else ""
        areas = _AREAS_LISTED.match(after_word)
        listed_areas = bool(areas) and len(re.split("[、和及与]", areas.group(1))) == len(group)
        if (
            num.tok.unit.kind == "pp"
            and before
            and ((_ABOVE_ANOTHER.match(after_word) and _AREAS_COMPARED.match(after_word)) or listed_areas)
        ):
            # 地区生产总值年均增长13.7%，分别高于全国全省5.9和2.9个百分点: 分别 spreads one figure's gaps over the areas it is
            # compared with (construction gaps_to_areas, session 43 probe: the second took 分别高于全国全省5.9和)
            earlier = [before[-1]] * len(group)
        if listed_before := _list_just_before(before, len(group), ("list_respectively",)):
            # 城乡居民人均可支配收入分别增长12%和13%，分别达43366元和13835元: a second 分别 list right after a first one
            # names its items again, in order (construction list_again; it took the figures before the first list); so
            # does a 均 list with one number, below (财政总收入和地方一般公共预算收入均实现翻番，分别达1.47万亿元和6228亿元:
            # session 48 probe of 2011-2015 reports, both amounts took the whole list)
            earlier = listed_before
        elif before and before[-1]["rule"] == "list_shared_number" and len(group) >= 2:
            # (the 均 list's row is still one at this stage, its subjects split later: read its items from its clause)
            at = before[-1]["text_start"]
            words = s.text[_clause_start(s.text, s.s0, at) : at]  # the 均 list's clause up to its number
            items = shared_subjects(words, before[-1]["measure"], s.pattern)
            joint = subjects.subject_before(words[: max(_distributive_at(words), 0)]) if not items and len(group) == 2 else ""
            if joint and (pair := next((p for p in _paired_words() if p[0] in joint), None)):
                # 金融存贷款余额均突破千亿元，分别增长1.2倍和1.4倍: the two sides of a contraction (paired_words.csv) the 均
                # number was shared by are the items again (pair_shared_then_respectively, session 61 probe of a 2008
                # provincial review: both growths kept 金融存贷款余额)
                items = _pair_sides(joint, pair)
            earlier = [{"indicator": indicators.lookup(x), "indicator_zh": x} for x in items] or earlier
        if len(earlier) == len(group):
            subject = _subject_of(earlier[k])
            rule = "list_earlier_figures"
            subject = _with_growth_word(subject, _GROWTH_LISTED.match(clause_before) if ranked else None)
    words = s.text[num.cs : s.tokens[group[0]].start]
    words = words if "分别" in words else clause_before
    at = words.index("分别")
    # (年均增长分别为7.65%和8.58%: the average word with its verb of growth, session 64 probe: they were levels)
    avg = _AVG_BEFORE_RESPECTIVELY.search(words[:at])
    # 比2007年分别增长83%、97.4%: the base before 分别 is every item's (base_before_respectively; the second was read as a
    # growth on last year)
    base_before = _COMPARE_END.search(words, 0, avg.start() if avg else at)
    if rule == "list_respectively" and subject[0] == "other" and (done := _shared_verb_object(words[at + 2 :])):
        subject = ("other", subject[1] + done)
    start = base_before.start() if base_before else avg.start() if avg else at
    if rate := _RATE_BEFORE_RESPECTIVELY.search(words, 0, start):
        # …产值同比增速分别为27.1%、24.6%: the word of growth before 分别 is every item's predicate (growth_rate_listed, session
        # 49 probe of 2022 reviews: they were levels)
        start = rate.start()
    return found._replace(subject=subject, rule=rule, predicate=words[start:])


# the word of a growth rate right before 分别 (or before its base or average): 同比增速, 增幅, 增长率
# (not the 增长率 of 人口自然增长率, the name of a demographic rate: natural_growth_rate; session 64 probe: the list's last
# item was 人口自然 and both rates growths)
# (the comparison may follow the growth word: 增幅同比分别回落5.4个百分点、22.6个百分点, session 64 probe: no base)
_AGAINST_LAST_YEAR = "(?:同比|比上年)?"
# (the verb of growth itself, 增加值增长分别达4.3%、7.9%, growth_reached, session 68 probe: it cut 增加值 from all but the last)
# (增长速度 written out, and each year's: 地区生产总值增长速度每年分别为11%、11.4%、12.5%、14%和14.3%, rates_of_each_year, session 69
# probe of a city's 2006 term review: levels)
_RATE_BEFORE_RESPECTIVELY = re.compile(rf"{_AGAINST_LAST_YEAR}(?:{_RATE_NAMES}|涨幅){_AGAINST_LAST_YEAR}(?:每年)?$")


# 税收收入占财政总收入和地方一般公共预算收入的比重: a part, then two wholes joined by 和 or 、, then the share word
# (not two shares each named whole: 财政收入占生产总值的比重、税收占财政收入的比重 names no whole with 占 or 比重 in it; session
# 57 probe, it gave 财政收入占税收占财政收入比重)
_SHARE_OF_TWO_WHOLES = re.compile(
    r"(?P<part>[^，,；;。\d、和]{2,16})占(?P<a>[^，,；;。\d、和占比]{2,12})[和、](?P<b>[^，,；;。\d、和占比]{2,12}?)的?(?P<word>比重|比例)"
    r"[\s“”\"]*$"
)
# (年均增长分别为7.65%和8.58%: the average word with its verb of growth, average_before_respectively)
_AVG_BEFORE_RESPECTIVELY = re.compile(rf"({_AVG.pattern})(?:实际)?(?:增长|增速|增幅)?$")
_GROWTH_LISTED = re.compile(rf"{_GROWTH_WORD_OPENING}分别")
# 高于全国全省, 高于全国、全省平均水平: two or more areas compared with, written together (gaps_to_areas)
# 分别比全国、自治区和全市高, 分别高于全国、自治区和全市: the areas a figure is compared with, listed, as many as the gaps
# (gaps_to_areas with a list of areas of any name, session 58 probe)
_AREAS_LISTED = re.compile(
    rf"^(?:比|{subjects.THAN_ANOTHER}|超过)((?:[\u4e00-\u9fff]{{2,5}}?[、和及与])+[\u4e00-\u9fff]{{2,5}}?)(?:平均水平|平均)?(?:高出|高|低|快|慢)?$"
)
_AREAS_COMPARED = re.compile(rf"[^，,；;。\d]{{0,4}}?(?:{_WHOLE_AREA_WORDS})[、和及]?(?:{_WHOLE_AREA_WORDS})")
# 第一、二、三产业增加值分别增长: ordinals of one head written once (construction ordinals_share_the_head)
_ORDINAL_LIST = re.compile(
    r"第([一二三四五六七八九十])((?:[、和及]第?[一二三四五六七八九十])+)([^，,；;。、\d第]{2,16}?)(?=[\s“”\"]*分别)"
)


def _ordinals_spelled_out(words: str) -> str:
    """The list before 分别 with each ordinal's item written whole: 第一、二、三产业增加值分别增长 is the value added of the
    first, second and third sectors (ordinals_share_the_head).

    >>> _ordinals_spelled_out("第一、二、三产业增加值分别增长")
    '第一产业增加值、第二产业增加值、第三产业增加值分别增长'
    """
    m = _ORDINAL_LIST.search(words)
    if not m:
        return words
    ordinals = [m.group(1), *re.findall(r"[一二三四五六七八九十]", m.group(2))]
    return words[: m.start()] + "、".join(f"第{o}{m.group(3)}" for o in ordinals) + words[m.end() :]


def _shared_verb_object(words: str) -> str:
    """The verb and its object between 分别 and the numbers, which every item of the list does (construction
    shared_verb_object, gold S4 and C4): 省、市重点项目分别完成年度投资计划的131%、123% -> 省重点项目完成年度投资计划,
    煤炭、电解铝分别淘汰落后生产能力1.1亿吨、120万吨 -> 煤炭淘汰落后生产能力, …数量分别占全国调度量的40%、80% -> …占全国调度量;
    '' for a predicate of change or comparison alone (分别实际增长, 分别比上年下降).

    >>> _shared_verb_object("完成年度投资计划的"), _shared_verb_object("占全国调度量的"), _shared_verb_object("实际增长")
    ('完成年度投资计划', '占全国调度量', '')
    """
    words = words.strip(subjects.MARKS).removesuffix("的")
    verb = subjects.opening_word(words, "action", "carry_out", "share_verb")
    rest = words[len(verb) :]
    if not verb or len(rest) < 2 or _HAS_DIGIT.search(rest) or _only_predicate(rest) or re.search(r"[，,、比从由]", rest):
        return ""
    return words


def _quantity_before_list(s: _Sentence, num: _Number, listed: list[tuple[str, str]]) -> str:
    """The quantity that the clause before a 分别 list of bare owners names after its verb, without the
    owner word it shares with the items ('' when an item names a quantity or the clause names none):
    不断提高企业研发费用加计扣除比例，将制造业企业、科技型中小企业分别… -> 研发费用加计扣除比例 (each item is a
    kind of 企业), so 制造业企业研发费用加计扣除比例."""
    if any(_QUANTITY_END.search(name) or name.endswith("比例") for _, name in listed):
        return ""
    previous = _whole_clause_before(s, num)
    quantity = _object_after_verb(previous, "action", "lead_verb", "predicate_tail")
    if not (2 < len(quantity) <= 14 and (_QUANTITY_END.search(quantity) or quantity.endswith("比例"))):
        return ""
    shared = next((k for k in range(min(4, len(quantity) - 2), 1, -1) if all(n.endswith(quantity[:k]) for _, n in listed)), 0)
    return quantity[shared:]


def _scheme_before(s: _Sentence, num: _Number) -> str:
    """The scheme the clause before names (加快推进新型农村合作医疗制度建设 -> 新型农村合作医疗制度), for a
    bare 试点 that refers back to it; '' when that clause holds a figure or names no scheme."""
    previous = _previous_clause(s, num)
    if not previous and num.cs - 1 <= s.s0:
        # 一是积极推行新型农村合作医疗制度。试点范围扩大到…: the last clause of the sentence before
        before = s.text[max(0, s.s0 - 40) : s.s0].rstrip("。；;！!\n ")
        previous = re.split(r"[，,。；;：:！!\n]", before)[-1]
    if not previous or _HAS_DIGIT.search(previous):
        return ""
    name = re.sub(r"(建设|工作|改革)$", "", subjects.subject_before(previous))
    return re.sub(r"试点$", "", name) if name.endswith(("制度", "保险", "试点")) else ""


_ONLY_A_BASE = re.compile(r"[\s“”\"]*(比|较|同比)[^，,；;。\d]{0,8}")


def _owner_or_figure_before(words: str, before: list[dict], found: _Subject) -> tuple[str, str]:
    """The quantity a list of years or of bases is of (years_listed, bases_listed): named in the words before the list,
    else the figure's before it, else the subject found."""
    owner = subjects.subject_before(words)
    return (indicators.lookup(owner), owner) if owner else _subject_of(before[-1]) if before else found.subject


# 2021年、2020年…分别: years listed before 分别, not compared with (years_listed)
_YEARS_LISTED = re.compile(r"(?<![比较与\d])((?:19|20)\d\d)年(?:[和、与及]((?:19|20)\d\d)年)+")


def _years_listed(clause_before: str, n: int) -> re.Match | None:
    """The list of n years written before 分别 in the clause, when it is no list of bases (years_listed).

    >>> _years_listed("2021年、2020年全省地区生产总值分别增长", 2).group(0), _years_listed("比2020年和2019年分别增长", 2)
    ('2021年、2020年', None)
    """
    at = clause_before.find("分别")
    m = _YEARS_LISTED.search(clause_before, 0, at) if at > 0 else None
    return m if m and len(_YEAR_NUMBER.findall(m.group(0))) == n else None


# 比2020和2019年分别, 较2019年、2020年分别: a list of years compared with, right before 分别 (bases_listed)
_BASES_LISTED = re.compile(r"(?:比|较|与)((?:19|20)\d\d)年?(?:[和、与及]((?:19|20)\d\d)年?)+(?:相比)?[，,]?(?=分别)")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def _whole_clause_before(s: _Sentence, num: _Number) -> str:
    """The words of the clause right before the number's clause in its sentence ('' when the number's
    clause opens the sentence)."""
    end = num.cs - 1
    return s.text[_clause_start(s.text, s.s0, end) : end] if end > s.s0 else ""


def _growth_of_part_amount(s: _Sentence, num: _Number, rows: list[dict]) -> bool:
    """Is the number a rate right after an amount that opened the same part of the sentence (after its last ；), the
    amount's subject another than the one the sentence named first? 财政收入累计完成351.75亿元，年均增长19.9%；税收总额累计
    完成1706.47亿元，年均增长8.5%: the second growth is 税收总额's (growth_of_part_amount, session 60 probe of a district
    report: it carried 财政收入, the sentence's first name)."""
    if num.tok.unit.kind != "percent" or not rows or rows[-1]["measure"] not in ("level", "cumulative"):
        return False
    part_start = len(num.sentence_prefix) - len(num.part_prefix)
    return num.i > 0 and s.tokens[num.i - 1].start == rows[-1]["text_start"] and rows[-1]["text_start"] - s.s0 >= part_start > 0


def _after_an_item(s: _Sentence, num: _Number) -> bool:
    """Does the clause right before the number's open with 其中, its figure an item of the whole before (其中出口4900亿元，
    增长5.4%: the growth is the item's, not the whole's; construction item_carried)?"""
    return num.i > 0 and bool(_AMONG_OPENING.match(_whole_clause_before(s, num)))


def _previous_clause(s: _Sentence, num: _Number) -> str:
    """The noun phrase of the clause right before the number's clause, up to a time word or an
    adverb that opens its predicate ('' when the number's clause opens the sentence).

    化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降…: 化学需氧量、二氧化硫排放总量."""
    words = _whole_clause_before(s, num)
    opens = re.search("|".join(map(re.escape, subjects.role_words("time", "adverb", min_length=2))), words[2:])
    return words[: 2 + opens.start()] if opens else words


def _earlier_figures_without_respectively(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%: rates joined by 和/、
    after a clause that is only a predicate (实际增长, 比上年增长) belong, in order, to as many levels
    the sentence stated before them (list_earlier_figures, as after 分别)."""
    group = _distributive_group(s.text, s.tokens, num.i)
    if len(group) < 2:
        return found
    words = s.text[num.cs : s.tokens[group[0]].start]
    # 控制在4.5%以内、6.5%以内: each number with its qualifier (a qualifier between two numbers is no separator); 从全国第8
    # 位、第4位: each rank with its 第 (ranks_paired)
    seps = [_separator(s.text, s.tokens[a], s.tokens[b]) for a, b in itertools.pairwise(group)]
    joined = all(_PAIR_SEP.match(x) for x in seps)
    seps = [x.strip() for x in seps]
    # 500元和300元 are a pair; 接连突破8万亿元、9万亿元 are two marks of one subject, unless a paired word names the two
    # (城乡居民人均可支配收入35352元、13565元: urban, then rural; `_paired_subjects` asks for the paired word); marks are
    # told by the verb of crossing before them (`_CROSSING`)
    pair = all(x in ("和", "与", "及") for x in seps) or (all(x == "、" for x in seps) and not _CROSSING.search(words))
    if joined and (paired := _paired_subjects(s, words, len(group), pair)):
        # 城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%: as many subjects as numbers, in
        # order, with no 分别 (construction list_paired)
        return found._replace(subject=paired[group.index(num.i)], rule="list_paired", predicate=words)
    if joined and (listed := _items_of_rates_before(s, num, rows, group, words)):
        return found._replace(subject=listed, rule="levels_after_listed_rates", predicate=words, carried=False)
    k = group.index(num.i)
    listed_before = _list_just_before(_rows_before_group(rows, num, group), len(group), ("list_respectively", "list_paired"))
    if joined and listed_before and (_ABOVE_ANOTHER.match(words) or _only_predicate(words) or _TO_AFTER_STARTS.search(words)):
        # 城乡居民人均收入年均分别增长10.8%和14.9%，高于全国0.1和2.2个百分点; 存贷款余额分别达到1.66万亿元和1.15万亿元，五年
        # 增加10036.8亿元和7362.5亿元: gaps or changes joined as a list right after a list of figures, with only a predicate
        # before them, are the items', in order (construction gaps_listed_after; the second took 高于全国0.1和 as its subject)
        subject = _subject_of(listed_before[k])
        return found._replace(subject=subject, rule="list_earlier_figures", predicate=words)
    multiples = all(s.tokens[g].unit.kind == "multiple" for g in group) and _MULTIPLE_OF_YEAR.fullmatch(words)
    if not multiples and (
        any(s.tokens[g].unit.kind != "percent" for g in group) or not _only_predicate(words.replace("实际", ""))
    ):
        return found
    earlier = [r for r in rows if r["measure"] in ("level", "count", "cumulative") and r["unit_std"] != "%"][-len(group) :]
    if words.lstrip(subjects.MARKS).startswith(subjects.role_words("turn_word")):
        # 由上年分别增长5.6％和13.1％，减为增长1.2%和1.8%: the rates the quantities turned from (start_of_a_turn)
        k = group.index(num.i)
        earlier = [r for r in rows[: len(rows) - k] if r["measure"] == "growth_yoy"][-len(group) :]
    if len(earlier) != len(group):
        return found
    k = group.index(num.i)
    subject = _subject_of(earlier[k])
    return found._replace(subject=subject, rule="list_earlier_figures", predicate=words)


def _rows_before_group(rows: list[dict], num: _Number, group: list[int]) -> list[dict]:
    """The rows read before the first number of the number's list: without those of the list's earlier numbers and of
    their asides in brackets (5.6%(全市第四)、6.6%: aside_in_list); all rows when the number is no member of the group."""
    return rows[: len(rows) - (num.i - group[0])] if num.i in group else rows


def _list_just_before(rows: list[dict], n: int, rules: tuple[str, ...]) -> list[dict]:
    """The last n rows when they are one list's items (their rule one of `rules`), else []: the list a second list or pair
    right after it names again (list_again, gaps_listed_after).

    >>> _list_just_before([{"rule": "list_respectively"}] * 2, 2, ("list_respectively",))
    [{'rule': 'list_respectively'}, {'rule': 'list_respectively'}]
    >>> _list_just_before([{"rule": "subject_carried"}, {"rule": "list_respectively"}], 2, ("list_respectively",))
    []
    """
    last = rows[-n:] if n else []
    return last if len(last) == n and all(r["rule"] in rules for r in last) else []


# 一般公共预算收入32.83亿元，一般公共预算支出242.14亿元，是2015年的1.3倍和1.5倍: multiples of a year joined as a list after as
# many amounts are theirs, in order (multiples_listed_after, session 43 probe)
_MULTIPLE_OF_YEAR = re.compile(r"[\s，,]*(?:分别|均)?(?:是|为|相当于)(?:(?:19|20)\d\d年|[^，,；;。\d]{1,8}末)的")
# 从“十二五”末23121元、6945元增加到: the ends of a from-to whose starts were the list just before (to_after_starts)
_TO_AFTER_STARTS = re.compile(
    r"(?:从|由)[^，,；;。]*[\d.]+[^\d，,；;。]{0,4}(?:增加|提高|增长|提升|上升|下降|降低|减少|扩大|缩小)?(?:到|至)$"
)
# ，达4270亿元、500亿元和1573亿元: only a verb of reaching before amounts joined as a list
_REACHED_ONLY = re.compile(r"[\s，,]*(?:均|都|共)?(?:达到?|为|突破|超过)")


def _items_of_rates_before(s: _Sentence, num: _Number, rows: list[dict], group: list[int], words: str) -> tuple | None:
    """The item a list of amounts after only 达 reaches, when the sentence listed as many items with 分别 and their rates
    just before (construction levels_after_listed_rates): 生产总值、财政总收入、工业产值年均分别增长10%、12%和15%，达4270亿元、
    500亿元和8240亿元 gives each amount the item of the rate in its place, as 分别达到 would (the k-th amount, the k-th
    item), not the last item for all of them. None when the counts differ or the rates were not a 分别 list.

    >>> f = extract_figures("五年来，生产总值、财政收入年均分别增长8%和9%，达400亿元和50亿元。", ReportInfo("demo", 2021))
    >>> f[["indicator_zh", "measure", "rule"]].values.tolist()[2:]
    [['生产总值', 'level', 'levels_after_listed_rates'], ['财政收入', 'level', 'levels_after_listed_rates']]
    """
    if any(s.tokens[g].unit.kind == "percent" for g in group) or not _REACHED_ONLY.fullmatch(words):
        return None
    k = group.index(num.i)
    rates = rows[: len(rows) - k][-len(group) :]
    if len(rates) != len(group) or any(r["rule"] != "list_respectively" or r["unit_std"] != "%" for r in rates):
        return None
    return rates[k]["indicator"], rates[k]["indicator_zh"]


def _new_topic_after_semicolon(s: _Sentence, num: _Number) -> bool:
    """Does a ； stand between the figure before and this number, with a clause of no figure after it (a topic) before the
    number's own clause (`_owner_from_topic`, topic_after_semicolon)?"""
    semi = max(s.text.rfind("；", s.s0, num.cs), s.text.rfind(";", s.s0, num.cs))
    return semi > s.tokens[num.i - 1].start and bool(re.search(r"[，,]", s.text[semi + 1 : num.cs]))


def _owner_from_topic(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """服务业支撑作用更加明显，增加值跨上3万亿元台阶: a subject that is only what something has
    (增加值, 总产量, 运营里程) takes its owner from earlier in the sentence when owner and subject
    together are a dictionary alias (construction owner_from_topic): 服务业 + 增加值 = 服务业增加值.
    The owner is the one named last before the clause; inside the figure just before it keeps that
    figure's fuller name (市人大代表议案5项、建议877件 -> 市人大代表建议). Not after 其中 (a part of
    the whole before, `subjects.sub_item_of`), and not where owner and subject stand written together
    (货物进出口总额…，其中，出口增长: 出口 is no 货物进 + 出口), and never an owner cut out of another
    name (中学 of 普通高中学位).

    >>> f = extract_figures("粮食连续四年增产，2007年产量达到5015亿公斤。", ReportInfo("demo", 2008))
    >>> f[["indicator", "indicator_zh", "rule"]].values.tolist()
    [['grain_output', '粮食产量', 'owner_from_topic']]
    """
    carried = found
    if found.rule == "subject_carried" and rows and num.i and _new_topic_after_semicolon(s, num):
        # 第一产业…，实现增加值120亿元；第二产业支撑有力，全年实现增加值764.22亿元: after ； a clause naming its own topic
        # opens the figure's owner anew; the subject carried from before the ； is another's (topic_after_semicolon,
        # session 46 probe of zone and county reports: it was 第一产业增加值)
        found = found._replace(subject=("other", subjects.subject_before(num.sub)), rule="subject_before_number")
        topical = _owner_from_topic(s, num, rows, found)
        return topical if topical.rule == "owner_from_topic" else carried
    ind, name = found.subject
    if ind != "other" and not (found.rule == "subject_alias_phrase" and name in s.alias_to_id):
        return found
    if found.rule == "list_paired":
        return found  # 汽车、新能源汽车产量从全国第8位、第4位: an item of the list is named whole there (ranks_paired)
    if len(name) < 2 or re.match(r"[\s“”\"]*其中", num.clause_before):
        return found
    if num.tok.named or found.rule == "subject_after_measure_word":
        # 13亿多人口的大国, 191家工业企业营业收入超百亿元: the noun written with its number, or counted after its measure
        # word, is whole (规上工业企业利润 before it names no owner of the firms counted)
        return found
    candidates = _aliases_ending_with().get(name, ())
    if ind != "other":
        # 银行业风险抵御能力持续增强，资本充足率从…: an alias found alone takes an owner named before only into a
        # longer alias of the same quantity (银行业资本充足率), never into another quantity
        candidates = tuple(a for a in candidates if s.alias_to_id.get(a) == ind)
    elif name in s.alias_to_id:
        return found
    if not candidates:
        return found
    before = num.sentence_prefix
    before = before[: before.rfind(name)] if name in before else before
    written = [(m.start(), m.end(), m.group(0)) for m in s.pattern.finditer(before)]
    best: tuple[int, int, str] | None = None
    for alias in candidates:
        owner = alias[: -len(name)]
        at = before.rfind(owner)
        while at >= 0 and _cuts_a_name(at, alias, written, len(owner)):
            at = before.rfind(owner, 0, at)
        if at >= 0 and (best is None or (at + len(owner), len(owner)) > best[:2]):
            best = (at + len(owner), len(owner), alias)
    if best is None or _HAS_DIGIT.match(before, best[0]):
        return found  # 五年累计减税5.4万亿元、降费2.8万亿元: 减税 names a figure of its own, no owner of 降费
    if _NEGATED_OPENING.match(_clause_around(before, best[0] - best[1]).strip(subjects.MARKS)):
        # 全年未发生重大及以上生产安全事故，事故起数、死亡人数同比分别下降: a clause that says the thing did not happen names
        # which quantity follows (the dictionary's) but writes no owner into its name (negated_topic, gold 2026 Shanxi, D7)
        return found._replace(subject=(s.alias_to_id[best[2]], name)) if ind == "other" else found
    if "力度" in _clause_around(before, best[0] - best[1]):
        return found  # 加大稳外贸力度，…出口增长6.1%: the owner names an effort (effort_not_owner), the exports are no 稳外贸's
    if name in subjects.role_words("attribute_of_counted") and _COUNT_FIGURE.search(before, best[0]):
        # 固定资产投资增长5%，实施省级重点项目1000个、完成投资1.2万亿元: things counted after the topic are nearer; the
        # investment is theirs (investment_of_counted wins over owner_from_topic)
        return found
    if ind != "other" and (
        not _topic_clause_opens_with(before, best[0] - best[1], best[2][: -len(name)])
        or any(a0 == best[0] - best[1] for a0, _, _ in written)  # 财政 of 财政赤字: the topic is another quantity
    ):
        return found
    owner = best[2][: -len(name)]
    previous = rows[-1]["indicator_zh"] if rows else ""
    if (
        rows
        and len(rows) <= len(s.tokens)
        and s.tokens[len(rows) - 1].start - s.s0 > best[0]
        and rows[-1]["indicator"] != "other"
        and rows[-1]["rule"] != "owner_from_topic"
        and owner not in previous
    ):
        # 外经外贸持续提升，进出口达3.5万亿元、出口首次突破2.1万亿元: a dictionary figure stated after the topic without its
        # owner shows the topic names no owner of the figures that follow (construction sibling_without_owner)
        return found
    if owner in previous and not re.search(r"[\d、]", previous[: previous.index(owner)]):
        # 建成养老服务机构1596个、床位23.1万张: the owner as the figure before names it, with the head of a facility
        # (lexicon role facility_head) the text writes right after the alias's owner (养老服务 + 机构, 中小学 + 校:
        # construction owner_as_named); a quantity word after it (单位国内生产总值 + 能耗) is another figure's
        end = previous.index(owner) + len(owner)
        head = previous[end:]
        end += len(head) if head in subjects.role_words("facility_head") and before.startswith(head, best[0]) else 0
        owner = subjects.strip_lead(previous[:end]) or owner
    else:
        # 城镇职工基本养老保险制度不断完善，2007年参保人数突破2亿人: the owner as its clause names it
        words = before[: best[0]]
        named = _name_with_modifiers(re.split(r"[，,；;。：:、\n]", words)[-1], owner)
        owner = named if len(named) - len(owner) <= 4 and "的" not in named else owner  # a short modifier only
    return found._replace(subject=(s.alias_to_id[best[2]], owner + name), rule="owner_from_topic")


# a clause that says something did not happen: 全年未发生…, 没有发生… (after region and time words of up to four characters)
_NEGATED_OPENING = re.compile(r"[^，,；;。]{0,4}?(未|没有)(发生|出现)")


def _clause_around(text: str, at: int) -> str:
    """The clause of `text` that holds the character at `at` (between clause or sentence marks)."""
    start = max(text.rfind(c, 0, at) for c in _CLAUSE_SEP + "。\n") + 1
    end = min((i for c in _CLAUSE_SEP + "。" if (i := text.find(c, at)) >= 0), default=len(text))
    return text[start:end]


def _topic_clause_opens_with(before: str, at: int, owner: str) -> bool:
    """Is the owner at `at` the topic of its clause: the clause opens with it (after region and time
    words only, no verb) and states no figure? 银行业风险抵御能力持续增强 is about 银行业; 加强城市基础设施建设 (a verb
    first) and 赤字规模比上年预算减少1500亿元 (a figure) are not topics an alias after them takes an owner from."""
    clause = _clause_around(before, at).strip(subjects.MARKS + " \u3000")
    opening = _topic_opening().match(clause)
    return not re.search(r"\d", clause) and clause[opening.end() if opening else 0 :].startswith(owner)


@functools.lru_cache(maxsize=1)
def _topic_opening() -> re.Pattern:
    """Region and time words (lexicon roles region, time) that may open a topic clause before its owner (全国银行业…)."""
    return re.compile("(" + "|".join(map(re.escape, subjects.role_words("region", "time"))) + ")*")


def _people_outcome(num: _Number, found: _Subject) -> _Subject:
    """People counted who then reach an outcome that names a dictionary quantity (reference/people_outcomes.csv: 落户,
    成为城镇居民, 饮水安全 …, after them in the clause) are a value of that quantity, whatever population word counts them
    (construction people_outcome, blind layer I14): 近1400万农业转移人口在城镇落户 and 1亿左右农业转移人口和其他常住人口在城镇落户
    are settled migrants (no population), 新解决农村6300多万人饮水安全问题 the rural drinking water solved.

    >>> f = extract_figures("新型城镇化扎实推进，近1400万农业转移人口在城镇落户。", ReportInfo("demo", 2019))
    >>> f[["indicator", "indicator_zh"]].values.tolist()
    [['settled_migrants', '农业转移人口']]
    """
    if found.subject[0] not in ("other", "population") or not _is_people_count(num):
        return found
    rest = re.split(r"[，,；;。]", num.clause_rest, maxsplit=1)[0]
    ind = next((i for w, i in indicators.people_outcomes() if w in rest), None)
    return found._replace(subject=(ind, found.subject[1])) if ind else found


_INSURED = re.compile(r"^(?:各项|社会|基本)*(?P<scheme>[^，,；;。\d]{2,4}保险)(?:参保|覆盖)(?:人数)?(?:达到|超过|达|约|近|超)*$")


def _people_insured(num: _Number, found: _Subject) -> _Subject:
    """A count of people a whole insurance scheme covers (各项养老保险参保达到7.9亿人, 社会养老保险覆盖9亿多人,
    基本医疗保险覆盖13.5亿人) is the number insured, the dictionary entry whose alias is the scheme's 参保人数
    (construction people_insured, blind layer I14). Only the whole scheme (its name with 各项, 社会 or 基本 at most): one of
    its kinds (城镇居民社会养老保险参保1334万人) is a part of it.

    >>> f = extract_figures("社会养老保险覆盖9亿多人，基本医疗保险覆盖13.5亿人。", ReportInfo("demo", 2018))
    >>> f["indicator"].tolist()
    ['pension_insured', 'medical_insured']
    """
    if found.subject[0] != "other" or not _is_people_count(num):
        return found
    clause = num.clause_before.strip(subjects.MARKS + " \u3000")
    opening = _topic_opening().match(clause)
    m = _INSURED.match(clause[opening.end() if opening else 0 :])
    ind = indicators.alias_pattern()[1].get(m["scheme"] + "参保人数") if m else None
    return found._replace(subject=(ind, found.subject[1])) if ind else found


_BURDEN_RELIEVED = re.compile(r"(减轻|降低)(?P<burden>[^，,；;。\d减]{1,14}?)负担(约|近|超过|超|逾|达)?$")


def _burden_relieved(num: _Number, found: _Subject) -> _Subject:
    """An amount of money by which 减轻…负担 lightens the burden of taxes or fees, or of those who pay them, is the tax and
    fee cut (construction burden_relieved, blind layer I14: the number measures the relief): 减轻企业和个人负担5000多亿元,
    共减轻市场主体负担3万多亿元, 减轻非税负担3000多亿元, 减轻税费负担超4900亿元. The words are data (lexicon roles tax_burden,
    other_burden): a burden of interest, medical costs or school work (减轻地方利息负担) is no tax.

    >>> f = extract_figures("全年减轻企业税收和社保缴费负担近2万亿元。", ReportInfo("demo", 2019))
    >>> f[["indicator", "indicator_zh"]].values.tolist()
    [['tax_fee_cuts', '企业税收和社保缴费负担']]
    """
    if (found.subject[0] != "other" and not found.subject[1].endswith("负担")) or num.tok.unit.kind != "money":
        return found  # an alias inside the burden (市场主体 of 市场主体负担) names the payer, not the quantity
    m = _BURDEN_RELIEVED.search(num.clause_before.rstrip())
    if not m or any(w in m["burden"] for w in subjects.role_words("other_burden")):
        return found
    if not any(w in m["burden"] for w in subjects.role_words("tax_burden")):
        return found
    return found._replace(subject=("tax_fee_cuts", found.subject[1]))


def _payer_for_purpose(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """An amount a payer alone names (payer_alone: 中央财政将安排832亿元) is the payer's spending on the field the sentence
    says it is for, when the dictionary has that spending (construction payer_for_purpose, blind layer I14): 今年中央财政将
    安排832亿元…，支持卫生事业改革和发展 is the centre's health spending, 为加快社会保障体系建设，今年中央财政将安排2762亿元
    its social security spending; 各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元 names the money too (中央财政社会保障
    投入, as attribute_of_topic names an owner's money). The subject keeps the payer otherwise.

    >>> f = extract_figures("为加快社会保障体系建设，今年中央财政将安排2762亿元。", ReportInfo("demo", 2008))
    >>> f[["indicator", "indicator_zh"]].values.tolist()
    [['central_social_security_spending', '中央财政']]
    """
    ind, name = found.subject
    payer = name.removesuffix("支出")  # 大幅度增加全国教育支出，其中中央财政支出1981亿元: the payer's spending, named so
    if (ind != "other" and name == payer) or num.tok.unit.kind != "money" or payer not in subjects.payers():
        return found  # (中央财政支出 may carry the id of all spending, 财政支出: the purpose decides whose part it is)
    sentence = s.text[s.s0 : s.s1]
    for purpose in _PURPOSE.finditer(sentence):
        field = purpose.group("field") or purpose.group("field2") or purpose.group("field3")
        noun = purpose.group("noun") or ""
        names = (f"{payer}{field}支出", f"{payer}用于{field}事业的支出", f"{payer}用于{field}的支出", f"{payer}{field}投入")
        if entry := next((s.alias_to_id[n] for n in names if n in s.alias_to_id), None):
            named = payer + field + noun if noun and s.s0 + purpose.end() <= num.cs else name
            return found._replace(subject=(entry, named), rule="payer_for_purpose")
    return found


# what money is for: 支持卫生事业, 加快社会保障体系建设, 增加社会保障投入, 增加全国教育支出 (payer_for_purpose)
_PURPOSE = re.compile(
    r"(?:支持|加快|用于)(?P<field>[\u4e00-\u9fff]{2,4}?)(?:事业|体系)|增加(?P<field2>[\u4e00-\u9fff]{2,4}?)(?P<noun>投入)"
    r"|增加全国(?P<field3>[\u4e00-\u9fff]{2,4}?)支出"
)


def _side_of_trade(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """出口 or 进口 alone, after 其中 and a figure of total trade in the sentence, is exports or imports: the dictionary
    quantity its name with 额 is an alias of (construction side_of_trade, blind layer I14): 货物进出口总额3.64万亿美元，增长
    22.5％，其中，出口增长20.3％，进口增长24.9％. The subject keeps the words the text writes.

    >>> f = extract_figures("进出口总额3.64万亿美元，增长22.5%，其中，出口增长20.3%，进口增长24.9%。", ReportInfo("demo", 2012))
    >>> f["indicator"].tolist()
    ['foreign_trade', 'foreign_trade', 'exports', 'imports']
    """
    ind, name = found.subject
    if ind != "other" or name not in ("出口", "进口") or not any(r["indicator"] == "foreign_trade" for r in rows):
        return found
    if "其中" not in s.text[s.s0 : num.cs] or not (side := s.alias_to_id.get(name + "额")):
        return found
    return found._replace(subject=(side, name))


def _laws_submitted(num: _Number, found: _Subject) -> _Subject:
    """A count of laws the government asks the legislature to enact or revise counts the draft laws it submits
    (construction laws_submitted, blind layer: law_bills, as 法律议案 does): 国务院提请全国人大常委会制定修订法律34件,
    提请…制定修订食品安全法等法律15件. Laws enacted by others, or a count of regulations (行政法规), are not.

    >>> f = extract_figures("国务院提请全国人大常委会制定修订法律34件。", ReportInfo("demo", 2014))
    >>> f[["indicator", "indicator_zh"]].values.tolist()
    [['law_bills', '法律']]
    """
    ind, name = found.subject
    if ind != "other" or not name.endswith("法律") or num.tok.unit.kind != "count":
        return found
    return found._replace(subject=("law_bills", name)) if _LAWS_SUBMITTED.search(num.clause_before) else found


# asked of the legislature: to examine, enact or revise (laws_submitted)
_LAWS_SUBMITTED = re.compile(r"提请[^，,；;。]{0,16}?(审议|制定|修订)")


def _whole_population(num: _Number, found: _Subject) -> _Subject:
    """A count of people whose noun names the whole people is the population (construction whole_population, blind layer
    I14): bare 人口 read with the number (13亿多人口的大国, population_count; 农村5亿人口 names a side of it and is not),
    or a word of the whole people after a count (lexicon role population: 近14亿中国人的饭碗, 13亿人民).

    >>> f = extract_figures("我们是近14亿人口的发展中大国。", ReportInfo("demo", 2019))
    >>> f[["indicator", "indicator_zh"]].values.tolist()
    [['population', '人口']]
    """
    ind, name = found.subject
    if ind != "other" or not _is_people_count(num):
        return found
    whole = found.rule == "population_count" and name == "人口"
    if whole or (found.rule == "subject_after_measure_word" and name in subjects.role_words("population")):
        return found._replace(subject=("population", name))
    return found


def _is_people_count(num: _Number) -> bool:
    """Whether the number counts people (万人, 亿人: a count whose unit's base is 人)."""
    return num.tok.unit.base == "人" and num.tok.unit.kind == "count"


# Constructions that decide which dictionary quantity a number is from what surrounds its subject (blind layer I14: the
# number's quantity decides), after the subject is found; each leaves a subject it does not concern as it is.
# 跨越3个千亿元台阶, 连续迈上4个万亿元台阶, 跨过3个万亿级关口: the steps a quantity crossed, counted (steps_crossed)
_STEPS_COUNTED = re.compile(r"(?:[千万百]亿元?|万亿元?|[千万百]亿级|万亿级)?新?(?:台阶|关口|大关)$")
_CROSSING_VERB = re.compile(rf"(?:{_CROSSING_VERBS}|迈入)了?$")  # the verb right before the steps it counts


def _counts_steps(row: dict) -> bool:
    """Does the row count steps crossed (steps_crossed), also when its subject names the steps alone (五年跨过3个万亿元级
    台阶、年均增长5%: the growth after them is of the quantity that crossed them, named before; steps_then_growth, session
    60 probe of a provincial report: it was the steps' growth)?"""
    return row["rule"] == "steps_crossed" or (
        row["measure"] == "count" and bool(_STEPS_COUNTED.search(row["indicator_zh"] or ""))
    )


def _steps_after(num: _Number) -> re.Match | None:
    """The steps a count counts, named right after its measure word up to the clause's end or a 、 (3个千亿元台阶、…)."""
    return _STEPS_COUNTED.match(num.clause_after.split("、")[0].strip(subjects.MARKS))


def _steps_crossed(num: _Number, found: _Subject) -> _Subject:
    """A count of the steps a quantity crossed names the steps after the quantity (construction steps_crossed, gold
    C1 and the blind 2026 tables): 地区生产总值跨越3个千亿元台阶 counts 地区生产总值千亿元台阶, crossed during the span of
    its section (dated by `_default_period` as the thresholds are).

    >>> f = extract_figures("地区生产总值连续迈上4个万亿元台阶。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "measure"]].values.tolist()
    [['地区生产总值万亿元台阶', 'count']]
    """
    name = found.subject[1]
    steps = _steps_after(num)
    # 金川集团工业总产值连跨两个千亿台阶: the steps read after the measure word are named by the quantity before the verb
    bare = name == steps.group(0) if steps else False
    if (
        num.tok.unit.base != "个"
        or not steps
        or not _CROSSING_VERB.search(num.clause_before)
        or (name.endswith(steps.group(0)) and not bare)
    ):
        return found
    owner = _CROSSING_VERB.sub("", subjects.subject_before(num.clause_before) or ("" if bare else name))
    owner = re.sub(r"(连续|[\d一二两三四五六七八九十]+年|累计)+$", "", owner)  # 地区生产总值5年跨越: the span goes
    if bare and not owner and num.prev_subject:
        # 地区生产总值年均增长6.3%，五年跨越两个千亿元台阶: a clause of only the span and the verb crosses the steps of the
        # quantity of the figure before (steps_of_previous)
        owner = num.prev_subject[1]
    return found._replace(subject=("other", owner + steps.group(0)), rule="steps_crossed")


_QUANTITY_CONSTRUCTIONS = (
    _whole_population, _burden_relieved, _people_insured, _people_outcome, _laws_submitted, _steps_crossed
)  # fmt: skip


def _owner_of_topic_clause(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """A figure whose clause opens with what something has takes, as owner, the actor or sector that opens the clause
    just before (construction owner_of_topic_clause, gold D7): 国有企业效益明显好转，去年利润增长23.5% gives 国有企业利润;
    外商投资由审批制转向负面清单管理，限制性措施削减三分之二 gives 外商投资限制性措施; 低空经济产业链集聚更多关键企业，起降设施增至
    3592个 gives 低空经济起降设施.

    The topic clause states no figure and opens (after region and time words) with a name of four to eight
    characters ending in an owner head (lexicon role owner_head: 企业, 经济, 外商投资 …) and holding no verb; what
    follows the owner there is what it has or how it changed (效益, 由…), not its own action (数字经济加快发展 is about the
    sector itself, and 5G用户普及率 after it is no quantity of it). The subject opens the number's clause and names no
    owner of its own (高新技术企业 counts firms; 企业开办时间 is a topic of two characters, too short to be an owner).

    >>> f = extract_figures("国有企业效益明显好转，去年利润增长23.5%。", ReportInfo("demo", 2018))
    >>> f[["indicator_zh", "rule"]].values.tolist()
    [['国有企业利润', 'owner_of_topic_clause']]
    """
    ind, name = found.subject
    # 省属企业创新导向更加突出，研发经费投入增长15.6%: a dictionary quantity named by its alias alone is the owner's too,
    # and then no longer the region's (its dictionary id goes: 省属企业研发经费投入 is no total of the province's R&D)
    alias_alone = ind != "other" and found.rule == "subject_alias_phrase" and s.alias_to_id.get(name) == ind
    plain = ind == "other" and found.rule in ("subject_before_number", "subject_carried")
    if not (plain or alias_alone) or num.tok.named or len(name) < 2:
        return found
    if found.rule == "subject_carried" and num.i > 0 and s.tokens[num.i - 1].start >= num.cs:
        # 全口径工业开票销售连跨四个千亿元台阶、达到8081亿元: a subject carried from a figure of the number's own clause was
        # that figure's, whose owner its clause named (steps_then_level: it took 实体经济 from the clause before)
        return found
    before = _whole_clause_before(s, num).strip(subjects.MARKS + " \u3000")
    if not before or _HAS_DIGIT.search(before):
        return found
    opening = _topic_opening().match(before)
    clause = before[opening.end() if opening else 0 :]
    # 实施省属国企战略性布局、专业化整合，营业收入较…翻一番: a verb of carrying out (lexicon role topic_verb) may open the
    # topic clause; the owner it works on opens its object (verb_before_topic_owner)
    clause = clause[len(subjects.opening_word(clause, "topic_verb")) :]
    heads = subjects.role_words("owner_head")
    # 非公有制经济加快发展，实现增加值7099.2亿元: what a sector produces (lexicon sector_attribute, 增加值) is the sector's
    # also after its own growth (sector_output_after_growth, session 48 probe of 2006-2010 reports: it was 增加值)
    output = name in (*subjects.role_words("sector_attribute"), "增加值")
    if output and (examples := _EXAMPLES_THEN_CLASS.match(clause)) is not None:
        # 钢铁、铝业、装备制造等五大支柱产业不断做大做强，预计完成增加值910亿元: what a sector produces, named alone, is of the
        # class after the examples before 等 (class_after_examples_owns, session 65 probes of city reports: 增加值 alone); a
        # quantity with a name of its own keeps it (华科、联勤等骨干企业规模扩张，地方工业增加值增长10%)
        clause = clause[examples.end() :]
    # 新能源动力电池产业跻身国家级集群，产值突破600亿元: what a sector produces names a longer sector too (up to ten
    # characters; long_sector_output)
    longest = 10 if output else 8
    ends = [at + len(h) for h in heads if (at := clause.find(h)) >= 0 and 4 <= at + len(h) <= longest]
    # 外商投资结构优化，高技术产业占比提高一倍: a share that writes no whole of its own (no 占…) names a part (高技术产业)
    # of the owner's whole, so an owner head inside it is no owner of its own (share_of_topic_owner)
    share_of_owner = name.endswith(_SHARE_WORDS) and "占" not in name.removesuffix("占比")
    if not ends:
        return found
    owner, rest = clause[: min(ends)], clause[min(ends) :]
    # 食品产业生态实现系统性重塑，产业规模突破2000亿元: the size of a sector named with the head the owner ends with (产业规模
    # after 食品产业) is that owner's size, the head written once (head_shared_with_owner; 产业投资 is another statistic)
    shared = next((h for h in heads if name in (h + "规模", h + "总规模") and owner.endswith(h)), "")
    if any(h in name for h in heads) and not share_of_owner and not shared:
        return found
    owner = owner[: len(owner) - len(shared)]
    if alias_alone and not owner.endswith(subjects.role_words("firm_owner")):
        return found  # 宏观经济…，国内生产总值增长: only firms of a kind (省属企业) own a part of a dictionary quantity
    verbs = subjects.role_words("action", "lead_verb", "predicate_start", "predicate_tail", "connective", min_length=2)
    # (服务业对经济增长的拉动作用明显，现代服务业实现区级税收…: a preposition inside the words before the head makes them a
    # clause, no owner's name; session 65 probe of a district report: 服务业对经济现代服务业区级税收)
    if _PREPOSITION_OPENS.match(owner) or _PREPOSITION_INSIDE.search(owner) or any(v in owner for v in verbs):
        return found
    if rest.startswith(_own_action_words()) and not output:
        return found
    # 绿色产业不断涌现 (the sector itself grows: pace_adverb, process_word) and 加力布局氢能产业 (a clause that ends with
    # the owner acts on it) say nothing the owner has (topic_is_growth, session 35); what a sector produces is still its own
    # after that growth (新兴产业加速成长，产值增长145%: sector_output_after_growth, session 65 probe)
    if not rest or (rest.startswith(subjects.role_words("pace_adverb", "process_word")) and not output):
        return found
    # 重点行业规上制造业企业数字化改造…: an owner head right after (within eight characters, before any verb) makes the
    # first only a modifier of a longer noun, no owner of its own; 低空经济产业链 opens with a word of its own (session 35)
    inner = [at for h in heads if 2 <= (at := rest.find(h)) <= 8 - len(h)]
    first_verb = min((at for v in verbs if (at := rest.find(v)) >= 0), default=len(rest))
    if inner and min(inner) < first_verb:
        return found
    if _place_name_goes_on().match(rest):
        # 洋浦经济开发区加快发展, 长春经济技术开发区…, 临空经济区…: the owner head opens a place's name, which a place word a few
        # characters on closes; a place sets the scope, it owns nothing in the subject (owner_inside_place, session 54 probe)
        return found
    stated = num.clause_before.strip(subjects.MARKS)
    stated = subjects.strip_lead(stated) if output else stated  # (实现增加值: the verb of reaching goes first)
    opened = _topic_opening().match(stated)
    if not stated[opened.end() if opened else 0 :].startswith(name) or name.startswith(owner) or owner.endswith(name[:2]):
        return found
    return found._replace(subject=("other" if alias_alone else ind, owner + name), rule="owner_of_topic_clause")


@functools.lru_cache(maxsize=1)
def _place_name_goes_on() -> re.Pattern:
    """Up to six characters and a word that ends a place's name (lexicon place_suffix, or 区 not of 区域) right after an
    owner head: the head was inside the place's name (技术开发区 after 长春经济)."""
    ends = "|".join(map(re.escape, subjects.role_words("place_suffix")))
    return re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{ends}|区(?!域))")


def _topic_of_bare_subject(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """A bare subject (two characters at most, outside the dictionary: 资金, 项目) after only a verb of action in its clause
    is of the work the sentence opens with, when its first clause states no figure and says how that work goes (lexicon
    role topic_course: 持续深化, 成效显著) (construction topic_of_bare_subject, gold S5, D7): 对口援青和东西部协作持续深化，落实资金
    27.3亿元，实施项目681个 gives 对口援青和东西部协作资金 and 对口援青和东西部协作项目. A scheme's 制度 and 建设 go (E7).

    >>> f = extract_figures("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "rule"]].values.tolist()[1]
    ['对口援青和东西部协作项目', 'topic_of_bare_subject']
    """
    ind, name = found.subject
    if ind != "other" or found.rule != "subject_before_number" or not 1 <= len(name) <= 2 or num.tok.named:
        return found
    opening = _FIRST_CLAUSE.match(s.text, s.s0, s.s1)
    if not opening or opening.end() >= num.cs or _HAS_DIGIT.search(opening.group(0)):
        return found
    first = opening.group(0).strip(subjects.MARKS + " \u3000")
    course = next((w for w in subjects.role_words("topic_course") if first.endswith(w)), "")
    if not course:
        return found
    topic = _SYSTEM_WORD_END.sub("", subjects.strip_lead(first[: len(first) - len(course)]))
    verb = subjects.opening_word(num.stripped.strip(subjects.MARKS), "action", "lead_verb")
    if not verb or num.stripped.strip(subjects.MARKS)[len(verb) :] != name:
        return found  # only a verb before the subject in its clause (落实资金, 实施项目)
    if not 4 <= len(topic) <= 14 or _NO_OWNER_NAME.search(topic) or _HAS_DIGIT.search(topic):
        return found
    return found._replace(subject=(ind, topic + name), rule="topic_of_bare_subject")


# 投入187亿元办好“28+10”项民生实事: the amount, then a verb of doing (办好, 办成, 办实) and the task, counted or not; 投入
# 104.4亿元用于脱贫攻坚, 投入6.93亿元，建成56个易地扶贫搬迁集中安置点 (用于, 实施, 建成: session 44 probes)
_TASK_AFTER = re.compile(
    r"[，,]?(?P<verb>办好|办成|办实|用于|实施|建成)(?P<count>[“”\d+.、一二三四五六七八九十]+[项件个批类户座所处条])?"
    r"(?P<task>[^，,；;。\d]{2,16}?)(?=[，,；;。]|$)"
)


_CUMULATIVE_LEAD = re.compile(r"^(?:累计|共|合计|总计)")


def _money_for_task(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """Money put in or set aside with no payer and no name of its own, right before the tasks it pays for (办好, 办成
    and a count of the tasks), is that task's money (construction money_for_task, gold S5): 投入187亿元办好“28+10”项民生实事
    gives 民生实事投入 (the verb names the money, lexicon investment_noun), 坚持民生为大，安排资金136亿元，办好34项民生实事 gives
    民生实事资金. A payer written before keeps the money its own (中央财政拟投入433亿元用于促进就业: 中央财政投入, payer_alone).

    >>> f = extract_figures("安排资金136亿元，办好34项民生实事。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "rule"]].values.tolist()[0]
    ['民生实事资金', 'money_for_task']
    """
    ind, name = found.subject
    if ind != "other" or num.tok.unit.kind != "money" or name not in ("", "资金"):
        return found
    words = num.clause_before.strip(subjects.MARKS + " \u3000")
    words = words[_topic_opening().match(words).end() :]  # 今年, 全区: region and time words only, no payer
    words = _CUMULATIVE_LEAD.sub("", words)  # 五年来累计投入104.4亿元用于脱贫攻坚: how the sum is counted
    verb = subjects.opening_word(words, "investment_noun", "spend_verb")
    rest = words[len(verb) :]
    if not verb or rest not in ("", "资金"):
        return found
    task = _TASK_AFTER.match(s.text, num.tok.after)
    if not task:
        return found
    noun = task["task"].strip(subjects.MARKS)
    return found._replace(subject=(ind, noun + (rest or verb)), rule="money_for_task")


_RATE_ENDS = ("率", "占比", "比重", "份额")
_SIBLING_NAME_MAX = 5  # the longest quantity named alone that shares a word with the figure before (市场就业率)


def _other_side_of_previous(name: str, previous: str) -> str:
    """The name with the owner the figure before writes before the other side of its pair, or '' (pair_side_of_previous).

    >>> _other_side_of_previous("贷款余额", "金融机构存款余额"), _other_side_of_previous("贷款余额", "存款余额")
    ('金融机构贷款余额', '')

    A head quantifier (各项, D4) is no owner: it may open the name, and the owner goes before it (金融机构存款余额71.7亿元、
    各项贷款余额63.1亿元: 金融机构各项贷款余额), and it is no owner of the other side (各项存款余额…，贷款余额…: 贷款余额;
    session 59 probes).

    >>> _other_side_of_previous("各项贷款余额", "金融机构存款余额"), _other_side_of_previous("贷款余额", "各项存款余额")
    ('金融机构各项贷款余额', '')
    """
    core = name[len(subjects.opening_word(name, "head_quantifier")) :]
    for _, first, second in _paired_words():
        for mine, other in ((first, second), (second, first)):
            if not core.startswith(mine) or len(mine) < 2:
                continue
            at = previous.find(other)
            rest, owner = core[len(mine) :], previous[:at]
            if (
                at >= 2
                and rest
                and previous[at + len(other) :] == rest
                and not re.search(r"[\d、，,的]", owner)
                and subjects.opening_word(owner, "head_quantifier") != owner
            ):
                return owner + name
    return ""


def _sibling_of_previous(num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """A short quantity named alone that repeats a word of the figure just before, as its head or its opening, is of that
    figure's owner: the words written before the shared word there (construction sibling_of_previous, gold D7).
    应届高校毕业生就业率保持95%以上、市场就业率70%以上 gives 应届高校毕业生市场就业率; …，其中区外就业占12%以上 gives
    应届高校毕业生区外就业 (a part of the graduates' employment); 清洁能源发电装机规模超7900万千瓦、装机占比超93% gives
    清洁能源发电装机占比. The shared word has two characters at least, the owner two at least, no digit and no list mark.
    The share of a kind of two characters that the figure before does not name, in the item after its 、, is that kind's
    part of the quantity before (share_of_kind_in_previous): 外送电量年均增长6%、绿电占比超三成 gives 外送电量绿电占比.

    >>> f = extract_figures("应届高校毕业生就业率保持95%以上、市场就业率70%以上。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "rule"]].values.tolist()[1]
    ['应届高校毕业生市场就业率', 'sibling_of_previous']
    """
    ind, name = found.subject
    # (贷款利率低于全国平均水平0.39个百分点: the rate whose gap the points are, without what it is compared with)
    name = _without_gap_tail(name) if num.tok.unit.kind == "pp" else name
    if (paired := _other_side_of_previous(name, rows[-1]["indicator_zh"] if rows else "")) and num.i:
        # 金融机构存款余额增长11.6%，贷款余额增长13.4%: the other side of a pair (paired_words.csv) with the same rest is of
        # the owner written before the first side (construction pair_side_of_previous, D7; session 43 probe)
        return found._replace(subject=(indicators.lookup(paired) if ind == "other" else ind, paired), rule="sibling_of_previous")
    # 年度投资完成率 after …项目完成投资…: the year the rate is of opens the name, the shared word follows it (session 42 probe)
    core = re.sub(r"^(年度|全年)", "", name)
    plain = ind == "other" and found.rule in ("subject_before_number", "subject_qualified_alias")
    if not plain or num.tok.named or not 3 <= len(core) <= _SIBLING_NAME_MAX or not rows or num.i == 0:
        return found
    # a rate or a share only (就业率, 装机占比, 区外就业占12%): a noun counted or measured after a figure is a thing of its own
    # (…新能源基地，新能源装机1.69亿千瓦; 建成口袋公园23个), and so is a growth (税收收入增长)
    rate = name.endswith(_RATE_ENDS) or num.clause_before.rstrip().endswith("占")
    # (…普惠型小微贷款693.9亿元，贷款利率低于全国平均水平0.39个百分点: a rate's gap in points too, session 58 probe)
    if num.tok.unit.kind not in ("percent", "tenths", "pp") or not rate:  # (三成: tenths)
        return found
    previous = rows[-1]["indicator_zh"]
    if name in previous:
        return found
    # the name opens its clause (after 其中) or the item after a 、
    clause = num.clause_before.strip(subjects.MARKS + " \u3000").removeprefix("其中").lstrip("，,")
    opens = clause.startswith(name) and num.earlier_clauses.endswith(("，", ","))
    if not opens and not (num.after_list and num.sub.strip(subjects.MARKS).startswith(name)):
        return found
    kind = name.removesuffix("占比")
    if len(kind) == 2 and kind not in previous and not previous.endswith(_RATE_ENDS) and num.after_list:
        # 外送电量年均增长6%、绿电占比超三成: the share of a kind (two characters) right after a quantity, in the item after its
        # 、, is the kind's part of that quantity, 外送电量绿电占比 (share_of_kind_in_previous, session 36)
        return found._replace(subject=(ind, previous + name), rule="sibling_of_previous")
    if len(previous) <= len(core):
        return found
    for k in range(len(core) - 1, 1, -1):  # the longest shared word first: 就业率 before 就业
        for word in (core[-k:], core[:k]):
            at = previous.find(word)
            owner = previous[:at]
            if at >= 2 and not re.search(r"[\d、，,的]", owner) and not name.startswith(owner[:2]):
                # 政务服务事项网上可办率…，全程网办率: the owner ends with its head (lexicon owner_head: 事项, 企业 …), not with the
                # manner words of the quantity before (网上可) that the new name replaces by its own (全程网) (session 48)
                head_end = max((owner.rfind(h) + len(h) for h in subjects.role_words("owner_head") if h in owner), default=0)
                owner = owner[:head_end] if head_end >= 2 and len(owner) - head_end <= 4 else owner
                return found._replace(subject=(ind, owner + name), rule="sibling_of_previous")
    return found


_CHAINED_NAME_MAX = 6  # the longest quantity named alone that a firm owner before goes on to (工业总产值)


def _topic_owner_goes_on(num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """A word of quantity named alone (lexicon roles list_head, money_noun: 投资, 产值, 利润) that opens the item right after a
    figure whose owner came from the sentence's topic is that owner's too (construction topic_owner_goes_on):
    非常规天然气发展方面，…力争产量突破200亿立方米、投资超120亿元 gives 非常规天然气产量 (owner_from_topic), then 非常规天然气投资 (it
    was 投资 alone). Only after 、 and only from an owner the topic gave: a dictionary name before (地区生产总值增长5%、投资…)
    gives no owner.

    >>> f = extract_figures("非常规天然气发展方面，力争产量突破200亿立方米、投资超120亿元。", ReportInfo("demo", 2026))
    >>> f["indicator_zh"].tolist()
    ['非常规天然气产量', '非常规天然气投资']
    """
    ind, name = found.subject
    if ind != "other" or not rows or rows[-1]["rule"] != "owner_from_topic" or not num.after_list:
        return found
    words = subjects.role_words("list_head", "money_noun")
    if name not in words or not num.sub.strip(subjects.MARKS).startswith(name):
        return found
    previous = rows[-1]["indicator_zh"]
    tail = next((w for w in words if previous.endswith(w) and len(previous) - len(w) >= 2), "")
    if not tail or tail == name:
        return found
    return found._replace(subject=("other", previous[: -len(tail)] + name), rule="topic_owner_goes_on")


def _firm_owner_of_previous(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """A quantity named alone that opens its clause or item (after 、 or ，) right after a figure of firms of a kind is
    those firms' too (construction firm_owner_of_previous, gold D7): the figure before names an owner ending in a firm
    word (lexicon role chain_owner: 企业, 国企, 集团) and then what it has, and the owner goes on over the chain.
    省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元 gives 省属企业工业总产值; 省属企业完成产业类投资553.1亿元、研发投入
    133.5亿元 gives 省属企业研发投入. A dictionary quantity so owned is no longer the region's (its id goes, as in
    owner_of_topic_clause). Not after a count of the firms themselves (高新技术企业达1万家, no quantity after the owner),
    not a subject that names an owner of its own (国有企业利润), and not after 其中 (a part of the whole before).

    >>> f = extract_figures("省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元。", ReportInfo("demo", 2026))
    >>> f[["indicator", "indicator_zh", "rule"]].values.tolist()[1]
    ['other', '省属企业工业总产值', 'firm_owner_of_previous']
    """
    ind, name = found.subject
    alias_alone = ind != "other" and found.rule == "subject_alias_phrase" and s.alias_to_id.get(name) == ind
    plain = ind == "other" and found.rule == "subject_before_number"
    if not (plain or alias_alone) or num.tok.named or len(name) < 2 or not rows or num.i == 0:
        return found
    previous = rows[-1]["indicator_zh"]
    if rows[-1]["measure"] == "count":
        return found
    firms = subjects.role_words("chain_owner")
    ends = [at + len(w) for w in firms if (at := previous.find(w)) >= 0]
    if not ends:
        return found
    end = max(ends)
    owner = previous[:end]
    # a short quantity only (研发投入, 工业总产值): a long name is a quantity of its own, 中小企业宽带平均资费再降低15%，移动网络
    # 流量平均资费再降低20% (and 金融机构 is no chain owner: the banks' loans are the region's)
    short = len(name) <= _CHAINED_NAME_MAX
    if not short or not 3 <= len(owner) <= 8 or len(previous) - end < 2 or owner in name or any(w in name for w in firms):
        return found
    opening = num.sub.strip(subjects.MARKS + " \u3000")
    if not opening.startswith(name) or re.match(r"其中", opening):
        return found
    if name in subjects.role_words("regional_statistic"):
        # …规上服务业企业营业收入增长20%以上，进出口总额增长130%以上: a statistic only a region has (lexicon role
        # regional_statistic: 地区生产总值, 进出口总额) is never the firms' (session 45 probe of plan reports)
        return found
    joined = num.clause_before[: len(num.clause_before) - len(num.sub)] if num.clause_before.endswith(num.sub) else "-"
    if not (joined or num.earlier_clauses).endswith(("、", "，", ",")):
        return found
    return found._replace(subject=("other" if alias_alone else ind, owner + name), rule="firm_owner_of_previous")


_LEAD_SENTENCE_MAX = 24  # the longest sentence that only announces the topic of the next (一是经济总量跨上新台阶。)


def _topic_of_lead_sentence(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """The quantity a short sentence before names, when the first figure of the next names none (construction
    topic_of_lead_sentence, gold S5): 一是经济总量跨上新台阶。首次突破3万亿，达到3.12万亿元 gives 经济总量. The sentence
    before is of the same paragraph, holds no number, is at most 24 characters long and names a quantity of the dictionary.

    >>> f = extract_figures("一是经济总量跨上新台阶。首次突破3万亿，达到3.12万亿元。", ReportInfo("demo", 2017))
    >>> f["indicator_zh"].tolist()
    ['经济总量', '经济总量']
    >>> extract_figures("经营主体稳中培优。总量达1461.4万户。", ReportInfo("demo", 2026))["indicator_zh"].tolist()
    ['经营主体']
    """
    # 经营主体稳中培优。总量达1461.4万户: a size word alone (总量, 总数: lexicon role restates_size) restates the quantity
    # the lead names, and the figure is that quantity's (gold D7: the size word is replaced by its name)
    restated = found.rule == "subject_before_number" and found.subject[1] in subjects.role_words("restates_size")
    if not (found.rule == "subject_not_found" or restated) or num.i != 0 or s.text[s.s0 - 1 : s.s0] != "。":
        return found
    lead = _sentence_before(s, "。！？\n")
    if len(lead) > _LEAD_SENTENCE_MAX or _HAS_DIGIT.search(lead):
        return found
    named = next((a.group(0) for a in s.pattern.finditer(lead) if _is_subject(lead, a.start(), a.end())), "")
    return found._replace(subject=(s.alias_to_id[named], named), rule="topic_of_lead_sentence") if named else found


_SET_OF_INDICATORS = re.compile(r"(?<=..)(指标)(?:中|有)$")  # 12项主要经济指标有7项…, 9项重点经济指标中，8项…
_COUNT_ONLY = re.compile(r"(?:其中)?\d+(?:\.\d+)?[项个家]")  # 其中4项列第一: the part counted ranks


def _part_of_set(rows: list[dict], name: str) -> str:
    """The set a part of it is counted or ranked in: 12项主要经济指标有7项位居全州前三 and 9项重点经济指标中，8项列各县市前三，其中
    4项列第一 give 主要经济指标 and 重点经济指标 for the parts and their ranks (construction part_of_set, session 47 probe of
    county reports: 主要经济指标有, 重点经济指标中, and 4项 for the rank). The words 有 and 中 after the set say the part is
    among it; a rank after the part's count alone ranks what the count before counted.

    >>> _part_of_set([], "主要经济指标有"), _part_of_set([{"measure": "count", "indicator_zh": "重点经济指标"}], "4项")
    ('主要经济指标', '重点经济指标')
    """
    if _COUNT_ONLY.fullmatch(name) and rows and rows[-1]["measure"] == "count" and rows[-1]["indicator_zh"]:
        return rows[-1]["indicator_zh"]
    return _SET_OF_INDICATORS.sub(r"\1", name)


_IN_FIELD_TAIL = re.compile(r"(?<=..)在[^，,；;。\d]{1,16}?(?:排名|排位|中)$")


def _size_word_restated(s: _Sentence, num: _Number, last: dict | None, found: _Subject) -> _Subject:
    """A size word alone (lexicon role restates_size: 总量) or 人均水平 as the subject restates the quantity of the dictionary
    named before it, in the sentence or, for the sentence's first figure, in the sentence before: 地区生产总值年均增长9.8%，
    总量和人均水平分别是2015年的1.7倍和1.6倍。总量在西部非省会城市排名上升4位 gives 地区生产总值, 人均地区生产总值 and
    地区生产总值 (construction size_word_restated, gold D7; session 47 probe of 2021 city reports: they were 总量, 人均水平).
    The total of a quantity per head is the quantity itself (总量 after 人均地区生产总值 is 地区生产总值).

    >>> f = extract_figures("地区生产总值年均增长9.8%，总量和人均水平分别是2015年的1.7倍和1.6倍。", ReportInfo("demo", 2021))
    >>> f["indicator_zh"].tolist()
    ['地区生产总值', '地区生产总值', '人均地区生产总值']
    """
    name = _IN_FIELD_TAIL.sub("", found.subject[1])  # 总量在西部非省会城市排名上升4位: the field ranked in goes with the rank
    if name not in (*subjects.role_words("restates_size"), "人均水平"):
        return found
    before = num.prev_subject or ((last["indicator"], last["indicator_zh"]) if last and num.i == 0 else None)
    if not before or before[0] in ("", "other"):
        return found
    total = before[1].removeprefix("人均")
    if name == "人均水平":
        per_head = "人均" + total
        return found._replace(subject=(s.alias_to_id[per_head], per_head)) if per_head in s.alias_to_id else found
    return found._replace(subject=(s.alias_to_id.get(total, before[0]), total))


# 益阳电厂三期建成投产, 吉化乙烯项目投产, 11处煤矿建成试运转: a plant put into operation, closing its clause
_COMMISSIONED = re.compile(r"(?:建成投产|建成投运|建成试运转|全面投产|投产|投运|试运转|并网发电|并网)$")
_PHASE_END = re.compile(r"[一二三四五六七八九十\d]+期(?:工程|项目)?$")  # 三期: a phase of the plant named before it


def _capacity_of_plant(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """A capacity named alone (lexicon role plant_capacity: 总装机, 总产能, 产能) right after a clause that puts a plant
    into operation is that plant's (construction capacity_of_plant, gold D7): 益阳电厂三期建成投产、总装机达386万千瓦 gives
    益阳电厂总装机 (the phase goes), 可可盖等11处煤矿建成试运转、新增产能3095万吨/年 gives 煤矿产能 (the things counted).

    >>> f = extract_figures("吉化乙烯项目投产，总产能达190万吨。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "rule"]].values.tolist()
    [['吉化乙烯项目总产能', 'capacity_of_plant']]
    """
    ind, name = found.subject
    if ind != "other" or name not in subjects.role_words("plant_capacity"):
        return found
    # the words before the capacity: up to a 、 in the number's clause (…建成投产、总装机达), else the clause before
    listed = num.clause_before.rsplit("、", 1)
    before = listed[0] if len(listed) == 2 else _whole_clause_before(s, num)
    before = before.strip(subjects.MARKS)
    commissioned = _COMMISSIONED.search(before)
    if not commissioned:
        return found
    plant = re.split(r"[\d.]+[处座个台家]", before[: commissioned.start()])[-1]  # 11处煤矿: the things counted
    plant = _PHASE_END.sub("", subjects.strip_lead(plant.strip(subjects.MARKS)))
    if not 2 <= len(plant) <= 12 or re.search(r"[、的等“”]", plant):
        return found
    return found._replace(subject=(ind, plant + name), rule="capacity_of_plant")


_PER_HEAD_MOST = Decimal(10000)  # no amount per head is counted in 亿元 (total_after_per_head)


def _total_after_per_head(num: _Number, found: _Subject) -> _Subject:
    """An amount of 亿元 or more that carries a subject per head (人均…) is the total's: no amount per head is counted so
    (construction total_after_per_head, session 69: 生产总值…突破总量500亿元、人均10000元的大关，由2000年的258亿元增加到2005年
    的543亿元 in a 2006 provincial review gave the from-to 人均生产总值, from the item just before).

    >>> f = extract_figures("生产总值增长12%，突破总量500亿元、人均1万元，由258亿元增加到543亿元。", ReportInfo("demo", 2006))
    >>> f["indicator_zh"].tolist()[-2:]
    ['生产总值', '生产总值']
    """
    name, unit = found.subject[1], num.tok.unit
    if not found.carried or not name.startswith("人均") or unit.kind != "money" or unit.multiplier <= _PER_HEAD_MOST:
        return found
    return found._replace(subject=(indicators.lookup(name[2:]), name[2:]), rule="total_after_per_head")


def _growth_at_speed(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """全省生产总值以年均12%的速度持续增长: 以 introduces the speed a quantity grows at, no part of its name (construction
    growth_at_speed, session 69 probe of a 2006 provincial review: the subject was 生产总值以 and the figures after it carried
    it); the growth is read from the rate named after the number, an average after 年均 (`_rate_named_after`).

    >>> f = extract_figures("全省生产总值以年均12%的速度持续增长。", ReportInfo("demo", 2006))
    >>> f[["indicator_zh", "measure", "rule"]].values.tolist()
    [['生产总值', 'growth_avg', 'growth_at_speed']]
    """
    name = found.subject[1]
    if len(name) < 3 or not name.endswith("以") or not _RATE_NAMED_AFTER.match(s.text, num.tok.after):
        return found
    return found._replace(subject=(indicators.lookup(name[:-1]), name[:-1]), rule="growth_at_speed")


def _framed_with_yi(num: _Number, found: _Subject) -> _Subject:
    """（一）以一般公共预算收入突破300亿元为标志，经济发展取得新业绩: 以…为标志 frames the figure as a mark, and 以 is no part of
    the quantity's name (construction frame_with_yi, session 70 probe of a 2016 city review: the subject was
    以一般公共预算收入); only when the frame's 为 follows the number (以旧换新, 以色列 keep theirs).

    >>> f = extract_figures("以一般公共预算收入突破300亿元为标志，经济发展取得新业绩。以旧换新补贴3亿元。", ReportInfo("demo", 2016))
    >>> f["indicator_zh"].tolist()
    ['一般公共预算收入', '以旧换新补贴']
    """
    name = found.subject[1]
    if len(name) < 3 or not name.startswith("以") or not _yi_frame_after().match(num.clause_after):
        return found
    return found._replace(subject=(indicators.lookup(name[1:]), name[1:]))


@functools.cache
def _yi_frame_after() -> re.Pattern:
    """…300亿元为标志, …8%为目标: the word that 以…为 frames a figure as (lexicon role yi_frame), after its unit and qualifier
    (`_framed_with_yi`)."""
    return re.compile(rf"[^，,；;。\d]{{0,6}}?为(?:{_role_words('yi_frame').pattern})")


# a sector's name: 2-6 characters, then 产业 or 经济, not a word that goes on (产业链, 产业园, 经济区: places and chains)
# (not after a preposition: 内需对经济的贡献率 names no sector, session 48 probe of 2011-2015 reports: 内需对经济企业)
_SECTOR_OPENING = re.compile(r"(?:(?![对与和及])[\u4e00-\u9fff]){2,6}?(?:产业|经济)(?![链园区带圈集群体化的])")
_SECTOR_REACH = 4  # sentences looked back for the sector a paragraph's sentence is about


def _sector_of_paragraph(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """A sentence that opens with what a sector has, named alone (lexicon role sector_attribute: 产值, 产业规模, 产业投资),
    takes as owner the sector that opens the nearest sentence before it in the paragraph (construction
    sector_of_paragraph, gold D7): 新材料产业推动…应用，开辟…市场。产值超过350亿元 gives 新材料产业产值; 低空经济…，打造产业集群
    示范区。产业规模突破100亿元 gives 低空经济产业规模. Only a sentence of no more than `_SECTOR_REACH` sentences back, and
    only its opening name (2-6 characters, then 产业 or 经济, no verb; after region and time words only: 建立未来产业…机制 is
    no sentence about 未来产业) counts. The attribute may open a later clause (session 35): the sector then opens the
    sentence or the clause of its first figure (软信产业…新增从业人员29.1万人、企业1.85万家，营收规模突破5000亿元), or, after
    figures that name no owner of their own (subject_bare), the paragraph's (力争新增开发装机突破1000万千瓦，产业投资超过…).

    >>> f = extract_figures("新材料产业推动聚醚醚酮产业化应用，开辟医疗器械材料市场。产值超过350亿元。", ReportInfo("demo", 2026))
    >>> f[["indicator_zh", "rule"]].values.tolist()
    [['新材料产业产值', 'sector_of_paragraph']]
    """
    ind, name = found.subject
    if ind != "other" or name not in subjects.role_words("sector_attribute"):
        return found
    opens = (num.clause_before, num.sub if num.after_list else "")  # (or the item after a 、: …29.1万人、企业1.85万家)
    if not any(subjects.strip_lead(x.strip(subjects.MARKS)).startswith(name) for x in opens):
        return found  # the attribute opens its clause
    verbs = subjects.role_words("action", "lead_verb", min_length=2)
    looked = _paragraph_before(s.text, s.s0)[-_SECTOR_REACH:][::-1]  # the nearest sentence first
    if num.i != 0 or num.cs - s.s0 > 2:
        # 软信产业“满天星”行动新增从业人员29.1万人、企业1.85万家，营收规模突破5000亿元: a later clause of a sentence that opens
        # with the sector takes it; 新能源产业…。力争新增开发装机突破1000万千瓦，产业投资超过1000亿元: after figures that
        # name no owner of their own, the sector of the paragraph (sector_of_sentence, session 35)
        bare = bool(rows) and all("subject_bare" in str(r.get("flags", "")) for r in rows)
        first = s.text[s.s0 : rows[0]["text_start"]] if rows else ""
        first = first[max(first.rfind(c) for c in _CLAUSE_SEP) + 1 :]  # the clause of the sentence's first figure
        looked = [s.text[s.s0 : num.cs], first] + (looked if bare else []) if num.i != 0 else []
    for sentence in looked:
        opening = sentence.strip(subjects.MARKS + " \u3000")
        opening = opening[_topic_opening().match(opening).end() :]  # 全省, 今年: region and time words only, no verb
        sector = _SECTOR_OPENING.match(opening)
        if sector and not subjects.holds_any(sector.group(0), verbs):
            owner = sector.group(0)
            owned = name[2:] if owner.endswith(name[:2]) else name  # 低空经济 + 产业规模; 新能源产业 + 产业投资 -> 新能源产业投资
            return found._replace(subject=(ind, owner + owned), rule="sector_of_paragraph")
    return found


def _contribution_of_previous(num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """A contribution written without whose it is (对经济增长的贡献率) right after a figure of the same sentence is that
    figure's quantity's, when that figure is its growth (construction contribution_of_previous, gold D7): 第三产业增长9.9%，
    对经济增长的贡献率达58.9% gives 第三产业对经济增长的贡献率, as 服务业 before it does through the dictionary. After the
    growth of the whole economy (国内生产总值) the contribution is the region's own and keeps its words (gold).

    >>> f = extract_figures("第三产业增长9.9%，对经济增长的贡献率达58.9%。", ReportInfo("demo", 2017))
    >>> f["indicator_zh"].tolist()
    ['第三产业', '第三产业对经济增长的贡献率']
    """
    ind, name = found.subject
    if ind != "other" or not _CONTRIBUTION.fullmatch(name) or not rows or num.i == 0:
        return found
    owner, grew = rows[-1]["indicator_zh"], rows[-1]["measure"] in ("growth_yoy", "growth_avg", "level")
    if not owner or not grew or rows[-1]["indicator"] == "gdp" or _CONTRIBUTION.search(owner):
        return found  # 国内生产总值增长6.7%，…对全球经济增长的贡献率: the whole economy's, the region's own (gold)
    return found._replace(subject=("other", owner + name), rule="contribution_of_previous")


def _owner_of_share(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """A change in points of a share that opens with 占 or 在 (its whole written, not the part it measures): when the clause
    just before states a figure, the part is that figure's quantity (construction owner_of_share, gold D7): 其中出口额跃居
    世界第一位，占国际市场份额比2007年提高2个多百分点 gives 出口额占国际市场份额. A share stated as a level takes its owner
    later, once the measure is known (share_of_quantity).

    >>> f = extract_figures("出口额增长10%，占国际市场份额提高2个百分点。", ReportInfo("demo", 2013))
    >>> f[["indicator_zh", "rule"]].values.tolist()[1]
    ['出口额占国际市场份额', 'owner_of_share']
    """
    name = found.subject[1]
    plain = found.rule in ("subject_before_number", "subject_qualified_alias")
    if (
        not plain
        or num.tok.unit.kind != "pp"
        or not _SHARE_WITHOUT_PART.match(name)
        or num.cs - 1 <= s.s0
        or not rows
        or num.i == 0
    ):
        return found
    if s.tokens[num.i - 1].start < _clause_start(s.text, s.s0, num.cs - 1):
        return found  # no figure in the clause just before
    return found._replace(subject=("other", rows[-1]["indicator_zh"] + name), rule="owner_of_share")


# a share that opens with its whole: 占国际市场份额, 在国内生产总值中占比 (owner_of_share)
_SHARE_WITHOUT_PART = re.compile(r"^(占|在)[^，,；;。占]{2,14}?(份额|占比|比重)$")
_PREPOSITION_OPENS = re.compile(r"[对向为从由把被在以与和及]")
_PREPOSITION_INSIDE = re.compile(r"(?<=.)[对向把被]")  # (owner_of_topic_clause: 服务业对经济)
# 钢铁、铝业、装备制造等: examples before 等, then the class they are of (class_after_examples_owns)
_EXAMPLES_THEN_CLASS = re.compile(r"[^，,；;。\d]{2,12}(?:、[^，,；;。\d、]{2,12})+等")
_SHARE_WORDS = ("占比", "比重", "份额")


@functools.lru_cache(maxsize=1)
def _own_action_words() -> tuple[str, ...]:
    """Words by which a topic acts itself (lexicon roles action, adverb: 加快, 持续): the clause is about the owner."""
    return subjects.role_words("action", "adverb", min_length=2)


_QUOTE_MARK = re.compile(r"[“”\"]")
_QUOTED_WHOLE = re.compile(r"“[^“”]{2,12}”")  # a name quoted whole (attribute_of_topic)
_SYSTEM_WORD_END = re.compile(r"(制度建设|制度|建设)$")
_NO_OWNER_NAME = re.compile(r"[的、“”]|[额程率量值润]$")


def _owner_of_attribute(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """A quantity a thing has, named alone (lexicon role owned_attribute: 储备规模, 筹资标准, 一般性支出),
    takes its owner from the sentence (construction attribute_of_topic): a payer that opens the
    sentence owns money (中央财政要开源节流，…，一般性支出压减5%以上 gives 中央财政一般性支出), else the
    object of the clause just before, when it names no figure (充实全国社保基金，储备规模从1.8万亿元
    增加到2.5万亿元 gives 全国社保基金储备规模; a scheme's 制度 and 建设 are no part of its name).

    >>> f = extract_figures("同时充实全国社保基金，储备规模从1.8万亿元增加到2.5万亿元以上。", ReportInfo("demo", 2023))
    >>> f["indicator_zh"].tolist()
    ['全国社保基金储备规模', '全国社保基金储备规模']
    """
    ind, name = found.subject
    plain = _QUOTE_MARK.sub("", name)  # “三公”经费
    if ind != "other" or num.tok.named:
        return found
    before = _whole_clause_before(s, num)
    owner = _SYSTEM_WORD_END.sub("", _object_after_verb(before, "action", "lead_verb"))
    if plain in subjects.lexicon().get("owned_attribute", ()) and _QUOTED_WHOLE.fullmatch(owner):
        owner = owner[1:-1]  # 持续推进“高效办成一件事”，办件量达…: a programme quoted whole owns it, without its marks (S6)
    if plain not in subjects.lexicon().get("owned_attribute", ()):
        # 全面实施市场准入负面清单制度，清单管理措施比…压减64%: a subject that starts where the object of the
        # clause before ends (清单) continues its name (市场准入负面清单管理措施)
        continues = found.rule == "subject_before_number" and len(owner) >= 4 and len(plain) >= 4
        # 入选全国首批城市更新行动示范城市，累计实施城市更新项目: a title the region won (lexicon role title_verb) names what it
        # became, no name a later subject continues (session 35)
        continues = continues and not subjects.holds_any(before, subjects.role_words("title_verb"))
        # 加快发展现代农业，实现农业增加值125亿元: a name that ends in a word of quantity names its own statistic, no
        # continuation of the object before (session 45 probe: 发展现代农业增加值)
        continues = continues and not _QUANTITY_END.search(plain)
        if continues and owner.endswith(plain[:2]) and not owner.endswith(plain[:3]):
            return found._replace(subject=(ind, owner + plain[2:]), rule="name_continues_object")
        return found
    opening = _FIRST_CLAUSE.match(s.text, s.s0, s.s1)
    topic = subjects.strip_lead(opening.group(0).strip()) if opening and opening.end() <= num.cs else ""
    payer = next((p for p in subjects.payers() if topic.startswith(p)), "")
    if payer and any(w in plain for w in subjects.role_words("money_noun", "spending")):
        return found._replace(subject=(ind, payer + name), rule="attribute_of_topic")
    if not owner and _DIGIT.search(before) and (actor := _actor_then_verb().match(before.strip(subjects.MARKS))):
        # 高交会促成1023项…签约，成交额超1700亿元: after a clause that states a figure, the one who acts in it
        # (a short noun right before its verb of action) owns the amount (construction attribute_of_topic)
        owner = actor.group(1) if subjects.strip_lead(actor.group(1)) == actor.group(1) else ""
    if not 2 <= len(owner) <= 12 or _NO_OWNER_NAME.search(owner):
        return found
    return found._replace(subject=(ind, owner + name), rule="attribute_of_topic")


def _topic_before_its_verbs(clause: str) -> str:
    """The noun phrase a clause opens with when the rest of it is only verbs of action or process (a topic and its
    predicate: 特色劳务品牌培育壮大 -> 特色劳务品牌), or '' (a clause that opens with a verb has no topic before it).

    >>> _topic_before_its_verbs("“乐都水暖工”等特色劳务品牌培育壮大"), _topic_before_its_verbs("深入实施行动计划")
    ('特色劳务品牌', '')
    """
    words = subjects.without_examples(clause.strip(subjects.MARKS + "，,"))
    verbs = subjects.role_words("action", "process_word", "adverb")
    cut = words
    while (end := next((v for v in verbs if cut.endswith(v) and len(cut) > len(v) + 1), "")) != "":
        cut = cut[: -len(end)]
    topic = subjects.tidy(cut.strip(subjects.MARKS))
    if cut == words or len(topic) < 2 or subjects.strip_lead(topic) != topic:
        return ""
    return topic


@functools.lru_cache(maxsize=1)
def _drive_verb() -> re.Pattern:
    """A verb by which something drives a quantity of another thing (lexicon role drive_verb: 带动, 吸纳)."""
    return re.compile("|".join(map(re.escape, subjects.role_words("drive_verb"))))


def _driven_quantity(s: _Sentence, num: _Number, rows: list[dict], found: _Subject) -> _Subject:
    """An amount or a count that something drives is named by the driver, the verb and what is driven
    (construction driven_quantity, gold D2): the driver is written before the verb in the number's clause
    (“百万英才汇南粤”行动吸纳超110万名高校毕业生 gives 百万英才汇南粤行动吸纳高校毕业生), else it is the subject of the
    figure just before, in the same clause or the one before (引进营业性演出1.2万场、带动综合消费184亿元 gives
    营业性演出带动综合消费), else the object of the clause before, which states no figure (深入实施“百万英才汇南粤”行动计划，
    吸纳超100万名高校毕业生 gives 百万英才汇南粤行动计划吸纳高校毕业生). A growth driven keeps its own subject (带动固定资产投资
    增长5.1%: 固定资产投资; 带动服务区农特产品销售增长近四成: 服务区农特产品销售), and alone the quantity driven would read
    as the region's total (社会投资, 综合消费).

    >>> f = extract_figures("引进营业性演出1.2万场、带动综合消费184亿元。", ReportInfo("demo", 2026))
    >>> f["indicator_zh"].tolist()
    ['营业性演出', '营业性演出带动综合消费']
    """
    name = found.subject[1]
    verb = next(iter(reversed(list(_drive_verb().finditer(num.sub)))), None)  # the last verb of driving
    if verb is not None and name.startswith(verb.group(0)) and len(name) - len(verb.group(0)) >= 2:
        name = name[len(verb.group(0)) :]  # ，拉动消费586.2亿元: the verb opens the words before the number, no driver written
    # 带动服务区农特产品销售增长近四成: a growth driven keeps its own subject, in tenths (成) as in percent (session 35)
    if verb is None or num.tok.unit.kind in ("percent", "tenths") or not name or verb.group(0) in name:
        return found
    if "等" in num.sub[verb.end() :]:
        # 实施农业转移人口市民化、产业带动新型城镇化建设等8项行动: the verb drives inside an example (S9, session 36)
        return found
    driver = subjects.tidy(num.sub[: verb.start()].strip(subjects.MARKS))
    driver = subjects.strip_lead(driver) if driver else ""
    if len(driver) < 2:
        driver = ""
        before_start = _clause_start(s.text, s.s0, num.cs - 1) if num.cs - 1 > s.s0 else num.cs
        if num.i > 0 and s.tokens[num.i - 1].start >= before_start and rows:
            driver = rows[-1]["indicator_zh"]  # the figure just before, in this clause or the one before
            if (contribution := _CONTRIBUTION.search(driver)) and contribution.start() >= 2:
                # …对经济增长贡献率达63.7%，拉动GDP增长3.1个百分点: the owner of the contribution before drives (contribution_then_pull)
                driver = driver[: contribution.start()]
        elif num.cs - 1 > s.s0 and (topic := _topic_before_its_verbs(_whole_clause_before(s, num))):
            driver = topic  # 特色劳务品牌培育壮大，带动就业超48万人次: the topic of the clause before drives (driver_is_topic)
        elif num.cs - 1 > s.s0:
            driver = subjects.tidy(_object_after_verb(_whole_clause_before(s, num), "action", "lead_verb").strip(subjects.MARKS))
            # 开展系列促消费活动，拉动消费: the object's own opening words (系列, a series of) go as a subject's do
            driver = subjects.strip_lead(driver) or driver
    if not 2 <= len(driver) <= 16 or re.search(r"[，,、的\d]", driver):
        return found
    return found._replace(subject=("other", driver + verb.group(0) + name), rule="driven_quantity")


@functools.lru_cache(maxsize=1)
def _actor_then_verb() -> re.Pattern:
    """A short noun that opens a clause, then a verb by which it brings about deals (lexicon role deal_verb)."""
    return re.compile(r"([\u4e00-\u9fff]{2,5}?)(" + "|".join(map(re.escape, subjects.role_words("deal_verb"))) + ")")


def _object_after_verb(clause: str, *roles: str) -> str:
    """The words after the last verb (lexicon `roles`, two characters or more) of a clause that states
    no figure, or '' (同时充实全国社保基金 -> 全国社保基金).

    >>> _object_after_verb("不断提高企业研发费用加计扣除比例", "action", "predicate_tail")
    '企业研发费用加计扣除比例'
    """
    if re.search(r"\d", clause):
        return ""
    # where the last verb ends: the last end of any verb's occurrence, in one pass of an automaton over the clause
    # (the largest end of any occurrence is the end of some verb's last one: what a `rfind` of each of 180-310 verbs gave)
    at = max((end + 1 for end, _ in _verb_automaton(roles).iter(clause)), default=-1)
    return clause[at:] if at > 0 else ""


@functools.lru_cache(maxsize=8)
def _verb_automaton(roles: tuple[str, ...]) -> subjects.ahocorasick.Automaton:
    """The verbs of these lexicon roles (two characters or more) in one automaton (`_object_after_verb`)."""
    automaton = subjects.ahocorasick.Automaton()
    for verb in subjects.role_words(*roles, min_length=2):
        automaton.add_word(verb, verb)
    automaton.make_automaton()
    return automaton


@functools.lru_cache(maxsize=1)
def _scheme() -> re.Pattern:
    """An insurance scheme named in a clause (lexicon role scheme_head: 保险, 医保, 长护险), then the clause's end."""
    heads = "|".join(map(re.escape, subjects.role_words("scheme_head")))
    return re.compile(rf"([^，,；;。、\d]{{2,14}}?({heads}))(试点|制度|保障)?[^，,；;。\d]{{0,4}}[，,]")


@functools.lru_cache(maxsize=1)
def _verb_in_scheme() -> re.Pattern:
    return re.compile("|".join(map(re.escape, subjects.role_words("action", "lead_verb", "noun_end", min_length=2))))


def _scheme_of_sentence(s: _Sentence, num: _Number, found: _Subject) -> _Subject:
    """开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60%以上: a subject
    that only says what a scheme has (lexicon role scheme_attribute: 参保, 领取养老金, 覆盖面, 参保率,
    待遇享受人数) takes the insurance scheme named in an earlier clause of the sentence (construction
    scheme_of_sentence, gold S5): 新型农村社会养老保险参保. The scheme is the last one named; lead words
    and verbs before it (纳入, 新增) are no part of it.

    >>> f = extract_figures("实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。", ReportInfo("demo", 2012))
    >>> f["indicator_zh"].tolist()
    ['城镇居民社会养老保险参保', '城镇居民社会养老保险领取养老金']
    """
    name = found.subject[1]
    if found.subject[0] != "other" or name not in subjects.lexicon().get("scheme_attribute", ()):
        return found
    schemes = list(_scheme().finditer(num.earlier_clauses))
    if not schemes:
        return found
    words = _verb_in_scheme().split(schemes[-1].group(1))[-1]
    scheme = subjects.strip_lead(words)
    if len(scheme) < 2:
        return found
    return found._replace(subject=("other", scheme + name), rule="scheme_of_sentence")


def _cuts_a_name(start: int, alias: str, written: list[tuple[int, int, str]], owned: int = 0) -> bool:
    """Whether the owner at text[start:] (`owned` characters of `alias`) is cut out of another name written
    there: it begins inside one (中学 in 普通高中学位), or owner and subject begin a longer one (货物进 + 出口 in
    货物进出口总额), or the owner opens a name that holds the subject further on (外贸 of 外贸进出口总额 modifies
    the trade the 出口 is part of, so 外贸 + 出口 is no owner_from_topic). An owner that begins a name stays one
    (粮食 of 粮食播种面积, 普通高中 of 普通高中学位).

    >>> _cuts_a_name(0, "外贸出口", [(0, 7, "外贸进出口总额")], 2), _cuts_a_name(0, "粮食产量", [(0, 6, "粮食播种面积")], 2)
    (True, False)
    """
    whole, name = start + len(alias), alias[owned:]
    return any(
        a0 < start < a1
        or (a0 == start and a1 > whole and words.startswith(alias))
        or (a0 == start and owned and not words.startswith(alias) and name in words[owned:])
        for a0, a1, words in written
    )


@functools.lru_cache(maxsize=1)
def _aliases_ending_with() -> dict[str, tuple[str, ...]]:
    """Each end (2+ characters) of a dictionary alias that leaves an owner of 2+ characters before
    it -> the aliases that end so (增加值 -> 服务业增加值, 工业增加值 …)."""
    ends: dict[str, list[str]] = {}
    for alias in indicators.alias_pattern()[1]:
        for k in range(2, len(alias) - 1):
            ends.setdefault(alias[k:], []).append(alias)
    return {end: tuple(aliases) for end, aliases in ends.items()}


# --- the subject tidied and its scope --------------------------------------------------------------


# 新增 right before the thing and a word of change right after it, at the end of the words before a percent
_NEW_FLOW_CHANGES = re.compile(
    rf"(?:^|[，,；;、])[^，,；;。、\d]{{0,6}}?(?P<new>新增)(?P<thing>[^，,；;。、\d]{{2,12}}?)(?:同比)?(?:{subjects.predicate_words('change')}|{subjects.predicate_words('decline')})$"
)


def _is_stock_size(unit: Unit) -> bool:
    """Money or a unit of size of a stock (lexicon role stock_size_unit: 公里, 亩, 万千瓦): an amount, no count (F2)."""
    return unit.kind == "money" or (unit.kind == "physical" and unit.base in subjects.role_words("stock_size_unit"))


# the comparison a name runs into before its verb (compared_with, multiples): 与2020年相比, 同上年相比, 是2020年, 相当于2020年
_COMPARISON_TAIL = re.compile(
    rf"(?<=..)(?:(?:与|同|和|跟)[^，,；;。]{{1,16}}?相比较?|(?:是|相当于)(?:(?:19|20)\d\d年[底末]?|上年|去年|{_PLAN_NAME}(?:期末|末|时期)?)"
    # 达2020年的1.4倍 (multiple_base_year with a verb of reaching, session 46 probe: it kept 达)
    rf"|{_REACHING}(?:19|20)\d\d年[底末]?"
    # 人均可支配收入是全国平均水平的1.2倍, 相当于全国平均水平的85%: the nation's average it is measured against (nation_as_base;
    # gold 2026 Fujian: 单位地区生产总值能耗…约为全国平均的70% -> 单位地区生产总值能耗)
    r"|(?:是|为|约为|相当于|达到|提高到|提升至|提高至|达)全国(?:平均水平|平均|水平)?)$"
)


_MULTIPLE_OF_ANOTHER = re.compile(r"(?<=..)(?:是|为|相当于)[^，,；;。是为\d]{1,14}$")
_THAN_ANOTHER = re.compile(subjects.THAN_ANOTHER)
_GROWTH_WORD_END = re.compile(r"(?<=..)(增速|增幅)$")


def _without_gap_tail(name: str) -> str:
    """一产增加值增幅高于全国0.7个百分点: points above or below another area's or quantity's figure measure the gap of the
    quantity named before the verb that compares (高于, 优于 …: `subjects.THAN_ANOTHER`); what it is compared with and the
    growth word (增速, 增幅: S10) are no part of the name (construction gap_named_before): 一产增加值, 规上民营工业增加值增速
    高于全部规上工业2.3个百分点 gives 规上民营工业增加值. Only the last such verb compares (国考断面好于Ⅲ类水体比例优于国家考核目标:
    好于 is inside the name).

    >>> _without_gap_tail("一产增加值增幅高于全国"), _without_gap_tail("国考断面好于Ⅲ类水体比例优于国家考核")
    ('一产增加值', '国考断面好于Ⅲ类水体比例')

    A verb after 或 names a grade inside the name, no comparison (construction grade_or_better: 地表水达到或优于三类水质断面的
    比例提高6.3个百分点; session 75 probe of a 2019 provincial report: it was 地表水达到或):

    >>> _without_gap_tail("地表水达到或优于三类水质断面的比例")
    '地表水达到或优于三类水质断面的比例'
    """
    verbs = [v for v in _THAN_ANOTHER.finditer(name) if name[v.start() - 1 : v.start()] != "或"]
    if not verbs or verbs[-1].start() < 2 or not 1 <= len(name) - verbs[-1].end() <= 10 or re.search(r"\d", name):
        return name
    return _GROWTH_WORD_END.sub("", name[: verbs[-1].start()])


# a time or a price basis written between the name and its verb (construction time_after_name): 一般公共预算收入2020年达到,
# 国内生产总值“十三五”期间年均增长, 居民储蓄存款余额去年底达到, 国内生产总值按2020年价格计算达到; the period and the measure
# carry them, the name is what comes before
# 第三产业2011年增加值: a year between the words of a name (construction year_inside_name, session 64 probe of a district's
# 2012 report: it stayed in the name); 2020年度 (a year's plan or budget) and 2020年底 are other words
_YEAR_INSIDE_NAME = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:19|20)\d\d年(?![度底末以起来至到])(?=[\u4e00-\u9fff]{2})")
_TIME_AFTER_NAME = re.compile(
    # (地方一般公共预算收入时隔8年再次突破100亿元: the years since it last did, session 44 probe)
    rf"(?<=..)(?:(?:19|20)\d\d年(?:底|末|年底|年末)?|(?:去年|上年|今年)(?:底|末|年底|年末)?|年底|年末|{_PLAN_NAME}(?:时期|期间|期末|末)"
    r"|时隔[\d一二三四五六七八九十]+年(?:再次|再度|首次)?"
    # (地区生产总值2018年以来保持全市第二: since when, session 69 probe of a district's term review: since_year_after_subject)
    r"|(?:自|从)?(?:19|20)\d\d年(?:以来|来)"
    # (固定资产投资1—9月完成428.3亿元: the months the figure covers so far, session 44 probe)
    r"|(?:1|一)[—–\-~～至到](?:1[0-2]|[2-9]|[二三四五六七八九]|十[一二]?)月(?:份)?(?:累计)?"
    r"|按(?:(?:19|20)\d\d年|可比|不变)价格计算"
    # (全省生产总值在2005年6520亿元的基础上: the preposition of a base frame, session 48 probe of 2011-2015 reports)
    r"|(?<![存所现实])在(?:(?:19|20)\d\d年(?:底|末)?)?)$"
)


# 103个旗县中有30个: 中有 closing the things counted, before a count of some of them (among_them)
# (12项主要预期目标中9项能够达到: 中 alone before the part's count too, and after a longer name; session 51 probe set)
_AMONG_THEM = re.compile(r"(?<=.)(?<![高初其集])中(?:有|共有)?$")
_AMONG_THEM_AFTER = re.compile(r"[^，,；;。\d]{0,12}?(?<![高初])中(?:有|共有)?[\d一二两三四五六七八九十]")
# [1], ①: the marker of a footnote written after an indicator's name (footnote_mark, session 44 probe)
_FOOTNOTE_MARK = re.compile(r"\[\d{1,2}\]|[\u2460-\u2473]")
# 在全市各县区中, 在全国同类城市中: the field a figure is compared in, at the end of its subject (field_tail, session 44 probe)
# 连续9个月单月, 8个月单月: the months in which each month's figure held, a time basis (monthly_basis, session 45 probe)
_IN_FRAME = re.compile(r"^在([^在中]{2,20})中$")
_ASSESSMENT_IN = re.compile(r"(?<=..)(评价|考评|测评|考核|评估|评比|排名|榜单|排行榜)中$")
_MONTHLY_TAIL = re.compile(r"(?<=..)(?:连续)?(?:[\d一二两三四五六七八九十]*个)?月?单月$")
# (在全国20强城市中: the field named by a top N, session 59 probe)
_FIELD_TAIL = re.compile(rf"(?<=..)在(?:{_WHOLE_AREA_WORDS}|各|同类)(?:[^，,；;。\d]|\d{{1,3}}(?=强)){{0,16}}?中$")
# a condition written before or after the name (construction condition_phrase): 正常年景下粮食产量达到900亿斤以上,
# 外贸进出口在对美贸易下降超3成的情况下增长12%; under what conditions the figure holds is the note's, no part of its name
_CONDITION = re.compile(
    r"^在?[^，,；;。]{2,16}?的?(?:情况|条件|年景|背景|前提)下(?=..)|(?<=..)在[^，,；;。]{2,20}?的?(?:情况|条件|年景|背景|前提)下$"
)


_MONEY_FROM = re.compile(r"从([^，,；;。]{2,16}?)中")


@functools.lru_cache(maxsize=1)
def _cut_inside() -> re.Pattern:
    """A verb of cutting (lexicon role cut_verb) inside a name, with two characters at least on each side (`_tidy_subject`)."""
    verbs = "|".join(map(re.escape, subjects.role_words("cut_verb")))
    return re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{verbs})(?=[\u4e00-\u9fff]{{2}})")


# 人均GDP(按常住人口计算)首次突破10万元: a bracket that says how the quantity is computed is a basis, no part of its name
# (basis_of_name_in_brackets; gold S6: a gloss; session 58 probe)
_BASIS_IN_BRACKETS = re.compile(r"[（(]按[^（()）]{1,12}(?:计算|计|口径|统计)[）)]")
_GLOSS = re.compile(r"([^（(）)]{2,})[（(]([^（()）]{2,})[）)]")  # a name and another name of it in brackets (gloss_in_brackets)


_AMOUNT_LABEL = re.compile(r"\d+(?:\.\d+)?[万亿]*元(?=[\u4e00-\u9fff]{1,6}$)")  # 40亿元企业: an amount, then a short noun


# 地区生产总值以5.3万亿元居全国第九位, 以1.5万亿元的经济总量居…第二: the figure a rank rests on, after 以 (by_amount_ranked)
_AMOUNT_AFTER_YI = re.compile(r"以[\d.]+[^，,；;。\d的]{0,5}?(?:的|$)")
_NOUN_OF_AMOUNT_RANKED = re.compile(rf"的([^，,；;。\d的]{{2,12}}?)(?:{_RANK_VERB})")
_RANKED_LATER = re.compile(rf"[^，,；;。\d]{{0,14}}?(?:{_RANK_VERB})")


def _by_amount_ranked(s: _Sentence, num: _Number, name: str) -> str:
    """The subject of a rank that rests on a figure written after 以, and of that figure (construction by_amount_ranked,
    session 49 probes of news pages): 地区生产总值以5.3万亿元居全国第九位 ranks 地区生产总值 (it was 地区生产总值以5.3万亿元);
    长沙市以1.5万亿元的经济总量居…第二 ranks 经济总量, and the amount is the 经济总量 named after it (it was 以 or 长沙市).
    """
    if num.tok.rank and _AMOUNT_AFTER_YI.search(name) and len(rest := _AMOUNT_AFTER_YI.sub("", name)) >= 2:
        return rest
    if not num.clause_before.endswith("以") or not _RANKED_LATER.match(s.text, num.tok.after):
        return name
    if noun := _NOUN_OF_AMOUNT_RANKED.match(s.text, num.tok.after):
        return noun.group(1)
    return name.removesuffix("以")


_THERE_ARE_COUNT = re.compile(r"(?<![具拥持享没])有(?:[\d一二两三四五六七八九十]|近|超|逾)")
_MASKED_GAP = re.compile(r"(?<=[\u4e00-\u9fff）)])\s{3,}(?=[\u4e00-\u9fff])")


def _tidy_subject(s: _Sentence, num: _Number, rows: list[dict], subject: tuple[str, str]) -> str:
    """The subject as a table names it: without the region's own name and other figures' counts,
    with the work its verb names, without a light noun, and completed from the figure before it
    (attribute_of_previous, sub_item after 其中, item_of_previous)."""
    ind, ind_zh = subject
    tok, clause_before = num.tok, num.clause_before
    # 规模以上工业（不含电力，下同）增加值: the aside masked inside a name leaves a gap, no part of it (aside_in_brackets)
    ind_zh = _MASKED_GAP.sub("", ind_zh)
    ind_zh = subjects.without_quoted_actor(ind_zh)  # “4+4科创工程”取得创新成果 -> 创新成果 (quoted_actor_verb, F3 (c))
    ind_zh = subjects.without_own_region(ind_zh, s.info.region)
    label = _AMOUNT_LABEL.match(ind_zh)
    if not (label and _size_class_counted(ind_zh + s.text[num.tok.start : num.tok.after], label.end())):
        # (新增40亿元企业1家: the amount is the size class of the things counted, no figure, and stays: size_class_counted,
        # session 46 probe of district reports: 企业)
        ind_zh = subjects.without_counts(ind_zh)
    there_are = ind_zh.startswith("有") and len(ind_zh) >= 3 and _THERE_ARE_COUNT.search(num.sentence_prefix)
    if there_are and ind_zh not in s.text[s.s0 : s.s1]:
        # …指标中，有2项指标增速居全省第1位: 有 (there are) before a count opens no name; the count between them left 有指标
        # (there_are_count, session 51 probe set)
        ind_zh = ind_zh[1:]
    ind_zh = _COMPARISON_TAIL.sub("", ind_zh)  # 地区生产总值与2020年相比增长30%: the base is no part of the name
    if (
        (span := _SPAN_OF_CHANGE.search(clause_before))
        and ind_zh.endswith(span.group(0))
        and len(ind_zh) > len(span.group(0)) + 1
    ):
        # 战略性新兴产业产值三年翻两番: the span the change covers dates it (span_of_change), no part of the name (it kept 三年)
        ind_zh = ind_zh[: -len(span.group(0))]
    ind_zh = _by_amount_ranked(s, num, ind_zh)
    if tok.rank and ind_zh.endswith("前") and s.text.endswith("前", 0, tok.start) and len(ind_zh) >= 3:
        # 跻身全国先进制造业百强城市前20: the 前 of a top N is the rank's (session 48 probe of plan outlines)
        ind_zh = ind_zh.removesuffix("前")
    if tok.unit.text == "倍" and s.text.endswith("的", 0, tok.start):
        # 平均投资规模是淘汰关停企业的108倍: what a multiple compares with, after the copula, is no part of the name
        # (construction multiple_of_another, as multiple_base_year and nation_as_base; session 48 probe of 2011-2015 reports)
        ind_zh = _MULTIPLE_OF_ANOTHER.sub("", ind_zh)
    gloss = _GLOSS.fullmatch(ind_zh)
    if gloss and (glossed := s.alias_to_id.get(gloss.group(1))) is not None and glossed == s.alias_to_id.get(gloss.group(2)):
        ind_zh = gloss.group(1)  # GDP（地区生产总值）: a bracket that names the same quantity again glosses it (session 46 probe)
    ind_zh = _without_gap_tail(ind_zh) if tok.unit.unit_std == "pp" else ind_zh
    ind_zh = _BASIS_IN_BRACKETS.sub("", ind_zh)  # 人均GDP（按常住人口计算）: how it is computed (basis_of_name_in_brackets)
    ind_zh = _TIME_AFTER_NAME.sub("", ind_zh)  # 一般公共预算收入2020年达到18.3万亿元: the time is the period's (time_after_name)
    # 第三产业2011年增加值达到542亿元: the year dates, no word of the name (year_inside_name)
    ind_zh = _YEAR_INSIDE_NAME.sub("", ind_zh)
    ind_zh = _CONDITION.sub("", ind_zh)  # 正常年景下粮食产量 -> 粮食产量 (condition_phrase)
    ind_zh = _FIELD_TAIL.sub("", ind_zh)  # 经济总量在全市各县区中率先突破500亿元: the field compared in (field_tail)
    ind_zh = _MONTHLY_TAIL.sub("", ind_zh)  # 基础设施投资8个月单月增长10%以上: each month's figure, a basis (monthly_basis)
    # 一般公共预算收入[1]17.7亿元: a footnote's marker is no word of the name (footnote_mark)
    ind_zh = _FOOTNOTE_MARK.sub("", ind_zh)
    # 全区103个旗县中有30个…: 中有 after the things counted says some of them follow (construction among_them)
    among = _AMONG_THEM_AFTER.match(s.text, num.tok.after) or _AMONG_THEM.search(s.text, num.cs, num.tok.start)
    ind_zh = _AMONG_THEM.sub("", ind_zh) if among else ind_zh
    ind_zh = _CENSUS_OPENING.sub("", ind_zh)  # “五经普”二三产业法人单位从业人员: the census dates the figure (census_dated)
    if tok.unit.kind == "money" and (cut := _cut_inside().search(ind_zh)):
        # 省属行政及企事业单位减少办公用房租赁费1.19亿元: a verb of cutting between an owner and its money states the change
        # the measure carries (gold F2 (a), F3 (a): the owner's own money stays) (cut_inside, session 35)
        ind_zh = ind_zh[: cut.start()] + ind_zh[cut.end() :]
    if ind_zh.startswith("为") and ind_zh[1:] in s.alias_to_id:
        ind_zh = ind_zh[1:]  # 为既有住宅加装电梯: 为 before a name that already holds whom it serves (beneficiary_inside)
    if source := _MONEY_FROM.fullmatch(ind_zh):
        ind_zh = source.group(1)  # 从失业保险基金结余中拿出1000亿元: the fund the money comes from names it (money_from_source)
    ind_zh = subjects.with_actor_of_own_things(ind_zh, clause_before)  # 国务院各部门…行政审批事项 (F3 (a))
    sized = _is_stock_size(tok.unit)
    ind_zh = subjects.with_removal_verb(
        subjects.with_work_verb(ind_zh, clause_before, num.clause_rest, sized), clause_before, sized
    )
    ind_zh = subjects.tidy(subjects.without_light_noun(ind_zh, tok.unit.base))
    lead = subjects.opening_word(num.stripped, "carry_out") if num.after_list else ""
    if lead:
        # 完成林分优化提升200万亩、森林抚育提升200万亩: the verb of carrying out before the first item of a chain
        # serves the later items too (closing_work)
        ind_zh = subjects.with_closing_work(lead + num.sub, ind_zh)
    for inner_adverb in _inner_adverbs():
        # 城镇累计新增就业超700万人 gives 城镇新增就业: an adverb the measure carries, inside the name (gold D3)
        ind_zh = inner_adverb.sub("", ind_zh)
    # 高校增设本科专业 -> 本科专业 (F3 (c), actor_verb_thing): read on the tidied name (quotes, 累计 gone)
    ind_zh = subjects.without_actor_of_made_things(ind_zh)
    # (and before vehicles, vessels and aircraft counted: 生产氢燃料汽车760辆, products too; session 35)
    product = tok.unit.kind == "physical" or tok.unit.unit_std in ("vehicles", "vessels", "aircraft")
    # 生产粮食78万吨，增长8%: the growth carried from the product's amount is the product's, as the amount is
    # (carried_output_amount, session 73 probe of a city's report: it was 生产粮食); no other figure drops the verb
    product_before = rows[-1]["indicator_zh"] if rows and not product else ""
    carried = bool(product_before) and len(ind_zh) > len(product_before) and ind_zh.endswith(product_before)
    output = subjects.opening_word(ind_zh, "output_verb") if product or carried else ""
    if output and carried and ind_zh[len(output) :] != product_before:
        output = ""
    if output and len(ind_zh) - len(output) >= 2 and not ind_zh.endswith(subjects.role_words("capacity_noun", "size_of")):
        # 五年生产原煤65亿吨 -> 原煤 (construction output_amount, S4): before an amount in tonnes, kilowatt-hours or cubic
        # metres a verb of producing says what the product is, not which; only there, since 生产 opens names of counts
        # (生产安全事故起数) and of money (生产总值)
        ind_zh = ind_zh[len(output) :]
    if tok.unit.unit_std in ("persons", "person-times"):
        ind_zh = subjects.people_after_verb(ind_zh)  # 培训乡村医生5000人 -> 乡村医生 (people_after_verb, D5)
    # 新增贷款5万亿元, 新增减税降费超过1万亿元, 增发1万亿元国债 (construction new_money, gold S4; lexicon role new_money):
    # before money the word of new money says which money, the increment of a stock or this year's new part, so it
    # stays in the name; also when the money is named right after the amount (两年新增4万亿元投资, not 新增4万亿元的
    # 投资计划, a plan that size)
    new_money, bare = subjects.role_words("new_money"), clause_before.rstrip(subjects.MARKS)
    new = next((w for w in new_money if bare.endswith(w)), "") if bare.endswith(new_money) else ""
    new_before = bool(new) and s.text.startswith(ind_zh, tok.after)
    # (a word then the name stands in the clause only if the name does: the cheap test first)
    new = new or (next((w for w in new_money if w + ind_zh in clause_before), "") if ind_zh in clause_before else "")
    if tok.unit.kind == "money" and new and not ind_zh.startswith(new) and (new + ind_zh in clause_before or new_before):
        ind_zh = new + ind_zh
    flow = _NEW_FLOW_CHANGES.search(clause_before) if tok.unit.kind == "percent" and ind_zh else None
    if flow and flow.group("thing").endswith(ind_zh):
        # 新增市场主体增长12%, 新增贷款增长10%: before a word of change the word of new things says that the flow changed, not
        # the stock (construction new_flow_changes; as 新设外资企业数量增长19.5% keeps 新设, gold Beijing 2026)
        ind_zh = flow.group("new") + ind_zh
    covers = subjects.role_words("covers_people")
    if tok.unit.unit_std == "persons" and (reach := _covers_people().search(ind_zh)) and reach.start() >= 3:
        # 社会养老保险覆盖9亿多人 (construction scheme_covers_people, gold E3): the scheme, not its reach; also when the
        # people reached are named after the verb (“八闽书房”辐射人群超700万人 -> 八闽书房)
        ind_zh = ind_zh[: reach.start()]
    elif (
        tok.unit.unit_std == "persons"
        and num.sub.strip(subjects.MARKS) in covers
        and ind_zh.endswith(("参保人数", "人数", "标准"))
    ):
        # 基本养老保险参保人数增加1.4亿、覆盖10.5亿人: what covers them is the scheme whose insured were counted; 提高城乡低保标准、
        # 覆盖119.2万人: the scheme whose standard was raised (scheme_covers_people)
        ind_zh = re.sub(r"((参保)?人数|标准)$", "", ind_zh)
    # a size word that opens its clause restates the amount before it, not a count (组建总规模1000亿元的… does not)
    amount = bool(rows) and rows[-1]["unit_std"] in _AMOUNT_UNITS and num.sub.strip(subjects.MARKS).startswith(ind_zh)
    # the things just counted, unless brought in or signed (新引入项目41个，完成投资111.5亿元: whose investment is not said);
    # the clause before is read only for the words that ask (投资, 投资规模)
    counted = (
        ind_zh in subjects.lexicon().get("attribute_of_counted", ())
        and bool(rows)
        and rows[-1]["measure"] == "count"
        and not _brings_in(_whole_clause_before(s, num))
    )
    # 地方公共财政预算收入38.03亿元，其中，税收27.6亿元: after 其中 the word names a part of the whole before, in full, not an
    # attribute of it (part_named_after_of_which, session 58 probe: it was 地方公共财政预算收入税收)
    owner = rows[-1]["indicator_zh"] if rows and not _of_which_before(s, num.i) else ""
    if counted and len(rows) >= 2 and rows[-2]["text_start"] >= s.s0:  # (two counts of the sentence)
        owner = _things_of_classes(rows[-2]["indicator_zh"], owner)
    ind_zh = _attribute_of_previous(ind_zh, owner, restated=amount, counted=counted)
    ind_zh = _owner_of_owned_quantity(num, rows, _counted_named_in_full(num, rows, ind_zh))
    ind_zh = _total_of_previous(num, rows, ind_zh)
    ind_zh = _size_word_restates(ind_zh, rows)
    if (twice := _WORD_TWICE_AT_END.search(ind_zh)) and twice.start() >= 2:
        # 固定资产投资五年累计完成投资192.94亿元: the quantity's last word again after its verbs, once (word_twice_at_end,
        # session 57 probe: it was 固定资产投资投资)
        ind_zh = ind_zh[: twice.end(1)]
    return next((done for complete in _SUBJECT_COMPLETIONS if (done := complete(s, num, rows, ind, ind_zh)) is not None), ind_zh)


_WORD_TWICE_AT_END = re.compile(r"([\u4e00-\u9fff]{2,4})\1$")


def _brings_in(words: str) -> bool:
    """Do the words hold a verb that brings things in or signs them (lexicon roles inflow, deal_verb, comes_in: 引进, 签约, 引入)?

    >>> _brings_in("新引入投资亿元以上项目41个"), _brings_in("全年组织实施亿元以上重点项目733个")
    (True, False)
    """
    return subjects.holds_any(words, subjects.role_words("inflow", "deal_verb", "comes_in"))


@functools.lru_cache(maxsize=1)
def _inner_adverbs() -> tuple[re.Pattern, ...]:
    """One pattern per word of lexicon role inner_adverb, in its order, built once (`_tidy_subject` tries each)."""
    return tuple(re.compile(rf"(?<=..){re.escape(word)}(?=..)") for word in subjects.role_words("inner_adverb"))


_AMONG_OPENING = re.compile(r"[\s“”\"]*其中")


# 各市州地区生产总值增速中，…; 地区生产总值增速方面，…; 从地区生产总值增速看，…: a first clause naming the quantity its places are
# compared on (topic_of_places)
_PLACES_TOPIC = re.compile(r"[\s“”\"]*(?:从|分)?(?P<topic>[^，,；;。\d]{2,20}?)(?:中|方面|来看|看)[，,]")


def _topic_of_places(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """各市州地区生产总值增速中，长沙为5.5%，岳阳为5.1%: a subject that is only a place of the region, after a first clause
    naming the quantity the places are compared on, is that quantity (the place goes to the scope; construction
    topic_of_places, session 49 probe of regional statistics: they were 长沙 twice).
    """
    if not (topic := _PLACES_TOPIC.match(s.text, s.s0)):
        return None  # (the cheap test first: the scope of the name is read only after a topic clause)
    where, place = subjects.scope_of(name, s.info.level, s.info.region)
    if where != "part" or name.strip(subjects.MARKS) != place:
        return None
    quantity = subjects.subject_before(
        subjects.strip_lead(re.sub(rf"^(?:{subjects.area_kinds(2)}|各市州|各地)", "", topic["topic"]))
    )
    quantity = re.sub(r"(增速|增幅)$", "", quantity)
    return quantity if len(quantity) >= 2 and quantity != name else None


def _side_of_whole(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """全年居民消费价格上涨0.2%，其中，城市上涨0.3%，农村上涨0.1%: a bare side of the urban-rural pair (lexicon role
    urban_rural_side) right after 其中 is that side of the whole named before (城市居民消费价格), and the other side in the
    next clause is the other side of the same whole (农村居民消费价格; construction side_of_whole_after_of_which, session 48
    probe of statistical bulletins: they were 城市 and 农村 alone).
    """
    sides = sorted(subjects.role_words("urban_rural_side"), key=len, reverse=True)
    own = next((w for w in sides if name.startswith(w)), "")
    if not own or len(name) - len(own) > 2 or not rows or rows[-1]["unit_std"] != num.tok.unit.unit_std:
        return None
    whole, tail = rows[-1]["indicator_zh"], name[len(own) :]  # (tail: 居民 of 农村居民, or nothing)
    side = next((w for w in sides if whole.startswith(w)), "")
    among_sub = _AMONG_OPENING.match(num.sub)
    among = among_sub or _AMONG_OPENING.match(num.clause_before)
    if not num.sub[among_sub.end() if among_sub else 0 :].lstrip(subjects.MARKS).startswith(name):
        return None
    if side and side != own and whole.startswith(side + tail) and len(whole) - len(side + tail) >= 2:
        # 城镇居民人均可支配收入增长4%，农村居民增长6%: the other side, its whole after the first side's words
        return name + whole[len(side + tail) :]
    if not side and not tail and (among or _AMONG_OPENING.fullmatch(_whole_clause_before(s, num))) and len(whole) >= 2:
        return name + whole
    return None


def _sub_item(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """其中，出口增长…: a part of the whole named before (sub_item, `subjects.sub_item_of`)."""
    if not rows or not (_AMONG_OPENING.match(num.clause_before) or (num.after_list and _AMONG_OPENING.match(num.sub))):
        return None  # (新登记147万户、其中企业57.3万家: 其中 after 、 as after a clause mark)
    whole = rows[-1]["indicator_zh"]
    if any(word in whole and name.endswith((first, second)) for word, first, second in _paired_words()):
        # 进出口总额6500亿元，其中出口4900亿元: one side of a contraction the whole writes (reference/paired_words.csv) is
        # named as written, 出口, as 2012's 其中，出口增长20.3% in the gold (probe23 group 4); so is a side with its owner
        # (其中外贸出口7719.2亿元: session 58 probe, it took the whole's head, 外贸出口总额)
        return name
    if name.startswith("用于") and (payer := _payer_of_whole(whole)):
        # 中央财政用于“三农”的支出…，其中用于农村基础设施建设近3000亿元: the part is the same payer's money for its own
        # purpose, under the whole's head when it names none (purpose_part, gold S5/D7)
        head = whole[whole.rfind("的") :] if "的" not in name and "的" in whole[len(payer) :] else ""
        return payer + name + head
    if num.tok.unit.kind == "count" and _UNIT_KIND.get(rows[-1]["unit_std"]) == "money":
        # 完成年度投资5000亿元，其中省级重点项目300个: a count after an amount counts the things of the part, it is no part of
        # the amount (count_among_amount; it was 省级重点项目年度投资, counted in 个)
        return name
    if _named_whole(name) and _ends_in_quantity(name):
        # 固定资产投资总额…增长14.1%，其中民间投资同比增长37.4%: a quantity the dictionary names whole takes no head of the
        # whole (whole_item_keeps_its_name; session 47 probe of district reports: it was 民间投资总额); a kind of thing the
        # dictionary knows (高速铁路) still takes the whole's quantity (高速铁路营业里程)
        return name
    classes = subjects.role_words("class_prefix")
    thing = whole[len(subjects.opening_word(whole, "class_prefix")) :].removeprefix("以上")
    if name in classes and rows[-1]["unit_std"] == num.tok.unit.unit_std and len(thing) >= 2 and not thing.startswith(classes):
        # 新增各类创新平台604家，其中国家级11家: a class alone counts the whole's things of that class, 以上 kept with it
        # (其中省级以上56家: 省级以上高新技术企业), the whole's own class replaced (construction class_of_whole_after_of_which,
        # as class_of_previous_item after 、; session 48 probe of plan reports: it was 国家级 alone)
        return name + ("以上" if num.clause_before.endswith(name + "以上") else "") + thing
    part = subjects.sub_item_of(name, whole)
    new = next((w for w in _new_words() if whole.startswith(w) and len(whole) - len(w) >= 2), "")
    if new and num.tok.unit.kind == "count" and not part.startswith("新") and part not in whole:
        # 新登记经营主体147万户、其中企业57.3万家: a part of new ones is new too (新登记企业; construction new_of_stock)
        return new + part
    return part


def _payer_of_whole(whole: str) -> str:
    """Who pays the whole a 其中用于 part belongs to: its words before 用于, or the payer it opens with (lexicon payer).

    >>> _payer_of_whole("中央财政用于“三农”的支出"), _payer_of_whole("中央财政支出"), _payer_of_whole("粮食产量")
    ('中央财政', '中央财政', '')
    """
    if (at := whole.find("用于")) >= 2:
        return whole[:at]
    return subjects.opening_word(whole, "payer")


# the kind of measure written after a count of them, or after 等 closing a list of such counts (measures_named_after)
_MEASURES_CLOSING_COUNTS = re.compile(rf"(?:、[^，,。；;、]{{1,24}}?[\d{CHINESE_DIGITS}]+[条项])*等?((?:政策)?(?:{_ADOPTED}))")


def _measures_named_after(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """稳经济47条、助企纾困22条…等措施, 服务市场主体发展18条措施: what the measures counted in 条 or 项 are for is written
    before the count and the kind of measure (lexicon role adopted_measure: 措施, 举措; with 政策) after it, or after the 等
    that closes a list of such counts; the subject is both (construction measures_named_after, gold: 稳经济措施; it was
    稳经济 alone). A single count read whole when the number was read (measures_named_before: 实施稳经济30项举措) already
    ends with its kind and is left as it is.

    >>> f = extract_figures("出台稳经济47条、助企纾困22条等措施，制定服务市场主体发展18条措施。", ReportInfo("demo", 2023))
    >>> f["indicator_zh"].tolist()
    ['稳经济措施', '助企纾困措施', '服务市场主体发展措施']
    """
    if num.tok.unit.text not in ("条", "项") or len(name) < 2 or name.endswith(subjects.role_words("adopted_measure")):
        return None
    kind = _MEASURES_CLOSING_COUNTS.match(s.text, num.tok.after)
    return name + kind.group(1) if kind else None


def _item_of_counts(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """新建国家现代农业产业园2个、产业集群1个: a short item of a list of counts shares the modifier of the
    count before it in the same unit (item_of_previous, `subjects.item_of_previous`)."""
    if num.tok.unit.kind != "count" or ind != "other":
        return None
    same_unit = [r for r in rows if r["unit_std"] == num.tok.unit.unit_std]
    return subjects.item_of_previous(name, same_unit[-1]["indicator_zh"]) if same_unit else None


def _parallel_change(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """…，散居孤儿从每人每月1536元…: a group that changes like the one before takes what that one has
    (parallel_change, `_head_of_parallel_change`)."""
    head = _head_of_parallel_change(num, rows[-1], name) if rows else ""
    return name + head if head else None


def _kind_of_retired_capacity(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能: each kind listed with its figure is
    retired capacity of that kind, named in the established frame (kinds_then_capacity, gold S5: 淘汰落后钢铁产能);
    the verb that retires is lexicon role retire_verb."""
    kind = _KINDS_OF_RETIRED_CAPACITY.match(num.clause_rest)
    if not kind or not 2 <= len(name) <= 4 or name.endswith(subjects.role_words("production_capacity")):
        return None
    verb = next((w for w in subjects.role_words("retire_verb") if w in num.clause_before), "")
    return ((verb + "落后") if kind.group(1) else verb) + name + kind.group(2) if verb else None


def _item_in_frame(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨: an item of a list of figures in an established frame
    (list_frame, gold S5), or parallel to the item before (parallel_item)."""
    item = rows and num.i and _LISTED_ITEM.fullmatch(s.text, s.tokens[num.i - 1].after, num.tok.start)
    if not item or _only_predicate(item.group(1)):
        return None
    previous = rows[-1]["indicator_zh"]
    # (一般公共预算收入48.6亿元、税费收入144.8亿元: a dictionary name is whole, no modifier of the next item stands in it;
    # session 46 probe: 一般公共税费收入)
    parallel = subjects.parallel_item(item.group(1), previous) if previous not in s.alias_to_id else ""
    return subjects.in_frame_of(item.group(1), previous) or parallel or name


def _monitored_places(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """地级及以上城市细颗粒物（PM2.5）平均浓度下降27.5%，重污染天数下降超过五成: a statistic the bureau publishes for a
    set of places (indicators.csv statistics city_air: PM2.5, 优良天数比例, 重污染天数) that names no places of its own
    is of the places the figure just before, of the same kind, names (construction monitored_places): 地级及以上城市重污染天数."""
    monitored = indicators.group("city_air")
    previous = rows[-1] if rows else None
    if ind not in monitored or previous is None or previous["indicator"] not in monitored or previous["indicator"] == ind:
        return None
    alias = s.pattern.search(previous["indicator_zh"])
    places = previous["indicator_zh"][: alias.start()] if alias else ""
    if len(places) < 2 or _HAS_DIGIT.search(places) or name.startswith(places):
        return None
    if any(a.startswith(places) for a, i in s.alias_to_id.items() if i == previous["indicator"]):
        # 空气优良天数比率达83.8%，PM2.5浓度31.3微克/立方米: words that open another alias of the quantity before (空气优良
        # 天数比例) are part of its name, no places it is measured in (construction monitored_places, session 35)
        return None
    return places + name


@functools.lru_cache(maxsize=1)
def _next_stage() -> re.Pattern:
    """、 and a stage of projects (lexicon role project_stage) right before a number: the list goes on by stages."""
    return re.compile(rf"[多余]?[个项家]?、({'|'.join(subjects.role_words('project_stage'))})[\d一二两三四五六七八九十]")


def _project_stages(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """产业项目签约8个、开工15个、投产8个: counts of the same projects at their stages (lexicon role project_stage) count
    the projects; the stage is the predicate (construction project_stages, gold S1). The first item's name loses the
    stage written after it when the list goes on by stages; the later items, a stage alone, are carried (`_carried`).

    >>> f = extract_figures("全年产业项目签约8个、开工15个、投产8个。", ReportInfo("demo", 2022, "city", "老城区"))
    >>> f["indicator_zh"].tolist()
    ['产业项目', '产业项目', '产业项目']
    """
    stage = next((v for v in subjects.role_words("project_stage") if name.endswith(v)), "")
    if ind != "other" or not stage or len(name) - len(stage) < 2:
        return None
    return name[: -len(stage)] if _next_stage().match(s.text, num.tok.end) else None


def _amount_joined_to_previous(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A second amount joined by 和 (及, 与) right after the first, in the same unit, under one verb, is of the first's
    subject (construction amounts_joined, session 48 probe of 2011-2015 reports): 全省生产总值接连突破2万亿元和3万亿元 gives
    生产总值 twice (the second was 生产总值接连突破2万亿元和).

    >>> f = extract_figures("全省生产总值接连突破2万亿元和3万亿元。", ReportInfo("demo", 2011, "province", "山东省"))
    >>> f["indicator_zh"].tolist()
    ['生产总值', '生产总值']
    """
    if not rows or num.i == 0 or not _HAS_DIGIT.search(name) or rows[-1]["text_start"] != s.tokens[num.i - 1].start:
        return None
    before = s.tokens[num.i - 1]
    if s.text[before.start : before.after] not in name:
        return None  # (only a name that swallowed the first amount: 7.3%、34.4%和58.3% of a 分别 list names its own items)
    joined = s.text[before.after : num.tok.start] in ("和", "及", "与")
    return rows[-1]["indicator_zh"] if joined and rows[-1]["unit_std"] == num.tok.unit.unit_std else None


def _class_of_previous_item(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """An item after 、 that names only a class (lexicon role class_prefix: 国家级, 省级) counts the things of the item
    before in that class (construction class_of_previous_item, gold S1: the counted noun): 新增省级“专精特新”企业105家、
    国家级4家 gives 国家级“专精特新”企业 (it was 国家级 alone); the class of the item before, if it names one, is replaced.

    >>> f = extract_figures("新增省级专精特新企业105家、国家级4家。", ReportInfo("demo", 2026, "city", "宿迁市"))
    >>> f["indicator_zh"].tolist()
    ['省级专精特新企业', '国家级专精特新企业']
    """
    classes = subjects.role_words("class_prefix")
    if not (rows and num.after_list and name in classes and rows[-1]["unit"] == num.tok.unit.text):
        return None
    before = rows[-1]["indicator_zh"] or ""
    thing = before[len(subjects.opening_word(before, "class_prefix")) :]
    return name + thing if len(thing) >= 2 and not thing.startswith(classes) else None


def _size_of_counted(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A physical amount written right after a count, before the noun counted, is the size of each thing counted
    (construction size_of_counted, gold S3: the number inside a modifier): 3座35万千瓦光热电站 gives 光热电站 for 35 as for 3
    (it was the words before the count: the places where they are built).

    >>> f = extract_figures("建成投运5座100兆瓦新型储能电站。", ReportInfo("demo", 2026, "province", "青海省"))
    >>> f["indicator_zh"].tolist()
    ['新型储能电站', '新型储能电站']
    """
    if (
        num.tok.unit.kind != "physical"
        or not rows
        or rows[-1]["measure"] != "count"
        or rows[-1]["rule"] != "subject_after_measure_word"
    ):
        return None
    unit = rows[-1]["unit"] or ""
    counted = unit and s.text.endswith(unit, 0, num.tok.start)
    return rows[-1]["indicator_zh"] if counted and _NUMBER_END.search(s.text, 0, num.tok.start - len(unit)) else None


_NUMBER_END = re.compile(rf"[\d{CHINESE_DIGITS}]$")


@functools.lru_cache(maxsize=1)
def _project_head() -> re.Pattern:
    """A word that closes a project's name (lexicon role project_head: 项目, 工程, 基地, 电站); not 工程化 (200万亩整区域
    工程化建设…: 工程化 is no project)."""
    return re.compile(rf"({_role_words('project_head').pattern})(?!化)")


# what a capacity is of, right after it: a per-year mark goes with the unit (150亿方/年); words of degree are no product
_AFTER_CAPACITY = re.compile(r"(?:/年)?([^，,；;。：:]*)")
_LIST_STOP = re.compile(r"[、和及与]|等")
_ITEM_OPENS = re.compile(r"[、和及与]$")
_OWNER_NOT_ONE = re.compile(rf"[、和及与的]|{_HAS_DIGIT.pattern}")
_NO_PRODUCT = re.compile(r"^(以上|左右|以内|多|余|级|[\d.]|的)")


def _project_around_capacity(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A physical amount written inside a project's name, between its owner and what it produces (construction
    project_around_capacity, gold S3: the number inside a modifier; the subject is the noun phrase it sits in, without the
    number). The name is closed by a project head (lexicon role project_head) right after the product, after the
    product and an example's 等 (S9: 等 goes), or at the end of the list the product opens, whose head is every item's:
    抓好中粮油脂年产60万吨油料等项目建设 gives 中粮油脂年产油料项目, 延长石油150亿方/年天然气产能倍增工程 延长石油天然气产能倍增工程,
    弗迪12吉瓦时动力电池扩产、华天科技芯片技改等项目 弗迪动力电池扩产项目, 国家1000万千瓦光伏大基地 国家光伏大基地 (they were
    the owner alone). Only when the words before the number are the owner, right before it.

    >>> f = extract_figures("推进中石化100万吨乙烯、万华化学120万吨乙烯等重大项目建设。", ReportInfo("demo", 2026, "province", "山东省"))
    >>> f["indicator_zh"].tolist()
    ['中石化乙烯项目', '万华化学乙烯项目']
    """
    if num.tok.unit.kind != "physical" or ind != "other":
        return None
    # 兰白千万吨炼化基地和百万吨化工新材料基地: an item that opens right after 和 or 、 has no owner of its own
    written = num.sub.rstrip(subjects.MARKS)
    owner = "" if _ITEM_OPENS.search(written) else name
    if owner and (len(name) < 2 or _OWNER_NOT_ONE.search(name) or not written.endswith(name)):
        return None  # (粮食产能提升重点县和豫东平原200万亩…项目: places listed, no owner)
    if owner and written.endswith((bare := subjects.bare_region(s.info.region)) + name) and len(bare) >= 2:
        owner = bare + name  # 吉林梅花60万吨赖氨酸: the region's name opens the firm's (firm_named_with_region, gold S3)
    after = _AFTER_CAPACITY.match(s.text, num.tok.after).group(1)
    head = _project_head().search(after)
    if not head or _NO_PRODUCT.match(after):
        return None
    product = after[: head.start()]
    stop = _LIST_STOP.search(product)
    product = product[: stop.start()] if stop else product
    if not product or _HAS_DIGIT.search(product) or (stop and len(product) < 2):
        return None
    return owner + product.strip(subjects.MARKS) + head.group(1)


def _people_of_previous(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A clause that opens with what people do (lexicon role people_act: 参加, 参与) after a figure of a group of people
    doing the same is about that group (construction people_of_previous, gold D7): 港澳居民在粤参加医保43万人次，参加养老、
    失业、工伤保险35.4万人次 gives 港澳居民参加养老、失业、工伤保险."""
    act = subjects.opening_word(name, "people_act")
    if not rows or not act or not num.sub.strip(subjects.MARKS).startswith(name):
        return None
    previous = rows[-1]["indicator_zh"]
    at = previous.find(act)
    group = previous[:at] if at >= 2 else ""
    return group + name if group.endswith(subjects.people_words()) else None


# 省级农业龙头企业达到608家，农业产业化经营率提高到64.5%: a level of government alone is no owner of the rate after it, only
# the class of the things before (level_alone_no_owner, session 74 probe of a 2015 provincial report: 省级农业产业化经营率)
_LEVEL_ALONE = re.compile(r"(?:国家|省|市|县|区|州|乡镇?)(?:级|本级)(?:及?以上)?")


def _rate_of_previous(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A rate that opens its clause with the last word of the figure just before names a rate of that figure's
    owner (construction rate_of_previous, gold D7): 1596个“千项万亿”重大项目完成投资1.5万亿元，投资完成率125.5% gives
    千项万亿重大项目投资完成率, 新增长护险参保人数1561万人，参保率达93% gives 长护险参保率. A dictionary rate takes the
    owner of the figure before only into a longer alias of the same quantity, as owner_from_topic does: 城镇新增就业1361万人、
    调查失业率稳定在5%左右 gives 城镇调查失业率 (the list shares its opening word)."""
    if not rows or num.tok.unit.kind != "percent" or not name.endswith("率") or len(name) < 3:
        return None
    if not num.sub.strip(subjects.MARKS).startswith(name):
        return None
    previous = rows[-1]["indicator_zh"]
    if ind != "other":
        same = [a[: -len(name)] for a in _aliases_ending_with().get(name, ()) if s.alias_to_id.get(a) == ind]
        owner = next((o for o in same if len(o) >= 2 and previous.startswith(o)), "")
        listed = num.after_list and num.i > 0 and s.tokens[num.i - 1].start >= num.cs  # the figure before, then 、
        return owner + name if owner and listed else None
    at = previous.rfind(name[:2])
    owner = subjects.tidy(previous[:at]) if at >= 2 else ""
    if len(owner) < 2 or re.search(r"[\d、，,]", owner) or name.startswith(owner) or _LEVEL_ALONE.fullmatch(owner):
        return None
    return owner + name


def _rate_of_items_counted(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A rate of handling alone (lexicon role handling_rate: 办复率, 办结率) right after counts of the items handled is the
    rate of those items, every item of their list (construction rate_of_items_counted, gold 2026 Ningxia): 办理人大代表建议
    395件、政协委员提案495件，办复率达100% gives 人大代表建议、政协委员提案办复率 (it was 办复率 alone)."""
    if num.tok.unit.kind != "percent" or name not in subjects.role_words("handling_rate") or not rows:
        return None
    if not num.sub.strip(subjects.MARKS).startswith(name) or rows[-1]["measure"] != "count":
        return None
    clause = _previous_clause(s, num)  # the items counted in the clause right before, joined by 、
    items = [rows[-1]]
    for row in reversed(rows[:-1]):
        if row["measure"] != "count" or row["unit"] != items[-1]["unit"] or row["indicator_zh"] not in clause:
            break
        items.append(row)
    names = [r["indicator_zh"] for r in reversed(items) if r["indicator_zh"]]
    return "、".join(names) + name if names and not any(_HAS_DIGIT.search(n) for n in names) else None


_TOTAL_OPENS = re.compile(r"[\s“”\"]*(总量|总数|总规模|累计)(达到|达|突破|超过|超|增至|增加到)?$")


def _stock_of_new(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A total after a count of new ones is the stock of all of them (construction stock_of_new): 新登记经营主体320万户、
    增长13%，总量达2037.7万户 gives 经营主体, as 新增境内外上市公司45家、总量达1224家 gives 境内外上市公司. The word that makes
    them new (新登记, 新设, 新增: a lexicon word of roles established_name, flow or action opening with 新) leaves the
    name the total carries; the new ones are counted by the figure before."""
    if not _TOTAL_OPENS.match(num.sub):
        return None
    new = next((w for w in _new_words() if name.startswith(w) and len(name) - len(w) >= 2), "")
    return name[len(new) :] if new else None


def _new_of_stock(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """总量达1461.4万户，新登记147万户: a subject that is only the word that makes things new (新登记, 新设, 新增: `_new_words`)
    counts new ones of the stock the figure just before counts in the same unit (construction new_of_stock, the converse
    of stock_of_new, gold S5): 新登记经营主体. A part after 其中 then keeps the word (其中企业57.3万家: 新登记企业, sub_item)."""
    if ind != "other" or name not in _new_words() or not rows or num.tok.unit.kind != "count":
        return None
    previous = rows[-1]
    if previous["unit_std"] != num.tok.unit.unit_std or previous["measure"] != "count" or name in previous["indicator_zh"]:
        return None
    stock = previous["indicator_zh"]
    size = next((w for w in subjects.role_words("size_word") if stock.endswith(w)), "")
    stock = stock[: len(stock) - len(size)]  # 经营主体总量达1461.4万户: the new ones are 经营主体, not of the total
    return name + stock if len(stock) >= 2 else None


@functools.lru_cache(maxsize=1)
def _new_words() -> tuple[str, ...]:
    """Words that make what follows new ones (新登记, 新设外资 … of roles established_name, flow, action), longest first;
    a whole established name that only starts with one (新增两院院士) is no such word."""
    words = subjects.role_words("established_name", "flow", "action")
    return tuple(w for w in words if w.startswith("新") and len(w) <= 3)


def _reach_of_previous(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """The people a works benefits, counted right after the works (construction reach_of_previous, gold D7): a subject
    that is only a word of those reached (lexicon role reached_people: 受益人口) after a figure of a works or project
    (a subject ending in a lexicon compound_head: 工程, 项目) is of that works: 完成464条自然村集中供水全覆盖工程建设，
    受益人口8.1万人 gives 自然村集中供水全覆盖工程受益人口."""
    if not rows or name not in subjects.role_words("reached_people") or not num.sub.strip(subjects.MARKS).startswith(name):
        return None
    previous = rows[-1]["indicator_zh"]
    return previous + name if previous.endswith(subjects.role_words("compound_head")) else None


# 其中2个过20亿元: a count, then 过/超/超过 and an amount that closes the clause (class_after_count_bound)
_COUNT_THEN_BOUND = re.compile(r"\d+[个家项座所户](?:超过|超|过)$")
_BOUND_CLOSES = re.compile(r"(?:以上)?(?:[，,；;。、]|$)")
# the units a size class is bounded in (千亩以上连片项目12个、万亩以上1个; 注册资金千万元以上46家)
_SIZE_UNIT = r"(?:元|亩|吨|千瓦|平方米|人)"
# an amount bounding a size class from below: 千万元以上, 10亿元及以上, 万亩以上 (its unit after it)
_AMOUNT_OF_BOUND = r"(?:\d+(?:\.\d+)?)?[十百千万亿]*"
_SIZE_BOUND = rf"{_AMOUNT_OF_BOUND}{_SIZE_UNIT}及?以上"
# 以上 right after an amount and a count right after it: the amount bounds a class the count counts (size_class_of_count)
_BOUND_THEN_COUNT = re.compile(r"及?以上\d+(?:\.\d+)?[家个项座所户]")
# the words before a count that name a size class: what is measured (注册资金, 产值; may be absent), the bound, 以上
_SIZE_CLASS_BEFORE = re.compile(rf"(?:^|[，,；;、])(?:其中)?(?P<attr>[\u4e00-\u9fff]{{0,6}}?)(?P<bound>{_SIZE_BOUND})$")


def _size_class_of_count(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """其中注册资金千万元以上46家，亿元以上5家: a count whose words before it only name a size class (a quantity, a bound
    and 以上) and no thing counts the things the count before counted, of that class; a later class without its quantity
    has the earlier one's (construction size_class_of_count, session 46 probe of department summaries: the subjects were
    注册资金千万元 and 亿元; the amount of a bound is no figure either, `_BOUND_THEN_COUNT`).

    >>> f = extract_figures("引进企业137家，其中注册资金千万元以上46家，亿元以上5家。", ReportInfo("demo", 2025, "county", "濉溪县"))
    >>> f["indicator_zh"].tolist()
    ['企业', '注册资金千万元以上企业', '注册资金亿元以上企业']
    """
    if (bound := _CLASS_WITHOUT_MEASURE.fullmatch(name)) and rows and rows[-1]["measure"] == "count":
        # 年主营业务收入超百亿元的企业达181家、超千亿元的企业达15家: a later class of the same things, bounded without its
        # quantity, is bounded by the earlier class's quantity (class_without_measure, session 57 probe: 超千亿元的企业)
        earlier = re.fullmatch(
            rf"(?P<attr>[\u4e00-\u9fff]{{2,10}}?){_AMOUNT_CLASS_BOUND}的?{re.escape(bound.group('thing'))}",
            rows[-1]["indicator_zh"] or "",
        )
        return earlier.group("attr") + name if earlier else None
    if (bound := _BOUND_AFTER_COUNT.fullmatch(name)) and rows and rows[-1]["measure"] == "count":
        # 签约项目38个，其中2个过20亿元: the class written after the count counts the things the count before counted
        # (class_after_count_bound, session 45 probe leftover: the subject was 过20亿元 and 20 a level of 2个)
        previous = rows[-1]["indicator_zh"] or ""
        return bound.group(0) + previous if rows[-1]["unit"] == num.tok.unit.text and len(previous) >= 2 else None
    m = _SIZE_CLASS_BEFORE.search(num.clause_before.rstrip(subjects.MARKS))
    if not (m and rows and rows[-1]["measure"] == "count" and rows[-1]["unit"] == num.tok.unit.text):
        return None
    if not re.match(r"[，,；;。、]|$", num.clause_rest):
        return None  # 千万元以上企业46家: the things are named after the count
    before = rows[-1]["indicator_zh"] or ""
    earlier = _SIZE_CLASS_IN_NAME.match(before)
    attr, thing = (earlier.group("attr"), earlier.group("thing")) if earlier else ("", before)
    attr = m.group("attr") or attr
    return f"{attr}{m.group('bound')}{thing}" if len(thing) >= 2 else None


_BOUND_AFTER_COUNT = re.compile(r"(?:超过|超|过)\d+(?:\.\d+)?[万亿]*元(?:以上)?")  # the subject 过20亿元 (a class)
# 超千亿元的企业, 超过50亿元的项目: a class of things bounded by an amount, 的 and the things (class_without_measure)
_AMOUNT_CLASS_BOUND = r"(?:超过|超|过|达到|达)[\d.一二两三四五六七八九十百千万亿]+元(?:以上)?"
_CLASS_WITHOUT_MEASURE = re.compile(rf"{_AMOUNT_CLASS_BOUND}的?(?P<thing>[\u4e00-\u9fff]{{2,8}})")
# a name made by `_size_class_of_count`: the quantity, the bound and 以上, then the things
_SIZE_CLASS_IN_NAME = re.compile(rf"(?P<attr>[\u4e00-\u9fff]{{0,6}}?){_SIZE_BOUND}(?P<thing>.+)$")


# a size label alone (亿元级, 准亿元级, 千万级) and a later item of the chain with the label and the things after it
_SIZE_LABEL = r"准?[\d十百千万亿]*(?:元|吨|瓦|千瓦)?级"
_SIZE_LABEL_ALONE = re.compile(_SIZE_LABEL)
_LATER_LABELLED_ITEM = re.compile(rf"[、和及]\d+(?:\.\d+)?[栋个家座所项条]{_SIZE_LABEL}(?P<thing>[^、，,；;。\d“”\"]{{2,12}})")


def _label_then_last_thing(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """40栋亿元级、7栋准亿元级、161栋千万级高能级税收楼宇: a count of things named only by their size label takes the things
    the last item of the chain names after its own label (construction label_then_last_thing, session 46 probe of
    district reports: the subject was 亿元级).

    >>> f = extract_figures("建成40栋亿元级、7栋准亿元级、161栋千万级税收楼宇。", ReportInfo("demo", 2026, "county", "渝中区"))
    >>> f["indicator_zh"].tolist()[:2]
    ['亿元级税收楼宇', '准亿元级税收楼宇']
    """
    if not _SIZE_LABEL_ALONE.fullmatch(name):
        return None
    later = list(_LATER_LABELLED_ITEM.finditer(num.clause_rest))
    return name + later[-1].group("thing") if later else None


def _modifier_before_count(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A bare noun counted after a measure word (two characters at most, outside the dictionary: 经验, 工程) takes the
    noun phrase written right before the number as its modifier (construction modifier_before_count, gold S1: the
    counted noun with the modifiers written before it): 深圳中国特色社会主义先行示范区47项经验、深圳综合改革试点48项经验获全国
    推广 gives 中国特色社会主义先行示范区经验 and 综合改革试点经验 (the city, the scope, leaves). The phrase runs back to the
    clause's start or a 、, holds no verb (nor a causative 使: 农村饮水安全工程使6069万农民受益), number, 和, 的 or 等, and is
    not a list of names (…、南水北调西线6个工程)."""
    if ind != "other" or len(name) > 2 or num.tok.unit.kind != "count" or not s.text.startswith(name, num.tok.after):
        return None
    before = num.clause_before
    phrase = before[before.rfind("、") + 1 :].strip(subjects.MARKS)
    # 、深圳综合改革试点48项经验: a 、 after an earlier figure of the same list (subjects.EARLIER_ITEM), not a list of names
    listed = "、" in before and not subjects.EARLIER_ITEM.match(before)
    if listed or not 4 <= len(phrase) <= 16 or re.search(r"[和及与的等使让\d“”]", phrase):
        return None
    if re.fullmatch(r"[东南西北中]+", phrase):
        return None  # 东南西北4个方向: the directions the count lists, no modifier
    verb = subjects.opening_word(phrase, "action", "lead_verb", min_length=2)
    if verb and len(phrase) - len(verb) >= 4 and subjects.strip_lead(phrase) == phrase[len(verb) :]:
        phrase = phrase[len(verb) :]  # 抓实能源科技创新9条路径: the verb of the clause goes, its object names the kind counted
    if subjects.strip_lead(phrase) != phrase or _verb_inside(phrase) or subjects.subject_before(phrase) != phrase:
        return None
    if phrase.endswith(subjects.role_words("action", "people_verb", "actor_verb", min_length=2)):
        return None  # 基础教育对口帮扶217所学校, 晋电外送24个省份: an actor and its verb before the count, no modifier (F3 (c))
    return phrase + name


def _owner_of_scheme(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A bare quantity whose word (its first two characters, or the two written right before it) names a scheme stated
    earlier in the sentence with its owner (X + the word + a scheme noun, lexicon role scheme_noun: 制度, 体系, 改革) is
    that owner's (construction owner_of_scheme, gold D7): 建立健全种粮农民补贴制度…，补贴资金从2007年的639亿元… gives
    种粮农民补贴资金, 建立了家庭经济困难学生资助体系，…每年资助金额近1000亿元 家庭经济困难学生资助金额; the quantity is an
    amount of it (lexicon roles money_noun, amount_noun: 资金, 金额), not another noun (各项医疗保险参保). The owner is the
    words before the scheme's word back to the clause's verbs (lead words stripped), without 和 (whose parts the word is
    of is unclear: 征地补偿和移民后期扶持政策) or a verb."""
    words = num.sub.strip(subjects.MARKS)
    at = words.find(name)
    if ind != "other" or at < 0 or not 2 <= len(name) <= 6:
        return None
    word, rest = (words[at - 2 : at], name) if at >= 2 and len(name) <= 3 else (name[:2], name[2:])
    if len(word) < 2 or rest not in subjects.role_words("money_noun", "amount_noun"):
        return None  # 各项医疗保险参保: 保险参保 is no amount of the scheme 新型农村合作医疗制度 gives
    nouns = "|".join(subjects.role_words("scheme_noun"))
    before = num.sentence_prefix[: len(num.sentence_prefix) - len(num.sub)]
    found = list(re.finditer(rf"([^，,；;。、\d]{{2,16}}?){re.escape(word)}(?:{nouns})", before))
    if not found:
        return None
    owner = subjects.strip_lead(found[-1].group(1).strip(subjects.MARKS)).strip(subjects.MARKS).removeprefix("了")
    if not 2 <= len(owner) <= 12 or re.search(r"[和及与的]", owner) or _verb_inside(owner):
        return None
    return owner + word + rest


@functools.lru_cache(maxsize=1)
def _whole_words() -> tuple[str, ...]:
    """Words of their own (lexicon role whole_word) that another word cut out of them must not be taken from."""
    return subjects.role_words("whole_word")


def _owner_of_previous_kind(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A dictionary quantity named by its alias alone, opening its clause with the word that the figure just before
    names after its owner, is of that owner too (construction owner_of_previous_kind, gold D7): 普惠小微贷款余额从8.2万亿元
    增加到23.8万亿元、年均增长24%，贷款平均利率较五年前下降1.5个百分点 gives 普惠小微贷款平均利率, no longer the average
    rate of all loans, so the row leaves the dictionary (the caller sets other). The owner is the words of the earlier
    subject before the shared word (two characters at least), itself no alias of the dictionary, no lead word (新增) and no
    whole (全社会研发投入…，研发投入强度达3.6%: all of society's R&D is no kind of it)."""
    if ind == "other" or not rows or s.alias_to_id.get(name) != ind or len(name) < 4:
        return None
    if not num.sub.strip(subjects.MARKS).startswith(name):
        return None
    owner = subjects.owner_before_word(rows[-1]["indicator_zh"], name[:2])
    cut = len(owner)  # where the shared word starts in the earlier subject
    if any(w.find(name[:2]) > 0 and rows[-1]["indicator_zh"].startswith(w, cut - w.find(name[:2])) for w in _whole_words()):
        return None  # 农产品加工业营收…，工业增加值: the shared word is cut out of a word of its own (加工业: word_not_cut, session 35)
    if len(owner) < 2 or owner in s.alias_to_id or re.search(r"[\d和及与、占]", owner) or owner + name in s.alias_to_id:
        # 建成机构及社区养老服务设施1.8万个、养老床位53.4万张: owners joined by 及 say where, not which kind; 六大新兴产业产值占
        # 工业总产值比重超30%，工业投资…: the shared word inside a share's whole owns nothing (share_whole_owns_nothing,
        # session 71 probe of a city's review: 六大新兴产业产值占工业投资)
        return None
    if subjects.strip_lead(owner + name) != owner + name or owner.startswith("全"):
        return None  # 新增城镇就业…，城镇居民人均可支配收入: a lead word; 全社会研发投入…，研发投入强度: all of it, no kind
    if owner in subjects.role_words("own_finance_owner"):
        return None  # 地方财政收入…，财政支出: the region's own public finance, no kind of it (lexicon role own_finance_owner)
    if owner in subjects.role_words("class_prefix"):
        return None  # 国家级高新区增加到8家，高新技术企业突破1万家: a class word (国家级) owns nothing, it ranks the zones
    # (…；2035年，人均地区生产总值…: the figure before in an earlier part of the sentence, a new topic too, session 44 probe)
    semicolon = max(s.text.rfind("；", s.s0, num.cs), s.text.rfind(";", s.s0, num.cs))
    if owner.endswith("居民"):
        return None  # 居民人均可支配收入…，人均期望寿命: all residents are no kind of the next quantity (session 46 probe)
    if semicolon > s.tokens[num.i - 1].start or re.sub("常住|户籍", "", owner) in subjects.role_words("urban_rural_side"):
        # 农村常住居民人均可支配收入19394元；居民消费价格上涨1.8%: a new topic after ；, and the side of residents
        # (城镇, 农村) the income before names, own no kind of the next quantity (居民消费价格 is all residents')
        return None
    return owner + name


def _ratio_of_parts(s: _Sentence, num: _Number, rows: list[dict], ind: str, name: str) -> str | None:
    """A dictionary ratio named only by its alias, after both of its parts in the sentence, is the ratio of the
    owner the parts share (construction ratio_of_parts, gold D7; the ratios and their parts are the `ratio` rows of
    reference/consistency_checks.csv): 金融机构本外币各项存款余额5475.45亿元、贷款余额4390.98亿元，…，存贷比达80.19%
    gives 金融机构本外币存贷比. A part's owner is its name before its shortest alias, without a head quantifier that
    belongs to the part (各项存款, E17); a part named by an alias in full (财政赤字) has none, and a part alone
    (全社会研发投入5350亿元…，研发投入强度达3.6%) says nothing of the other's owner."""
    parts = _ratio_parts().get(ind)
    if not parts or s.alias_to_id.get(name) != ind:
        return None
    owners = {_owner_before_alias(s, r) for r in rows if r["indicator"] in parts}
    found = {r["indicator"] for r in rows if r["indicator"] in parts}
    owner = owners.pop() if len(owners) == 1 and found == set(parts) else ""
    return owner + name if len(owner) >= 2 else None


@functools.lru_cache(maxsize=1)
def _ratio_parts() -> dict[str, tuple[str, ...]]:
    """Each ratio indicator and the two it divides (the `ratio` rows of reference/consistency_checks.csv)."""
    return dict(indicators.check_table("ratio"))


def _owner_before_alias(s: _Sentence, row: dict) -> str:
    """The words of a row's subject before its shortest dictionary alias, without a head quantifier ('' if none)."""
    subject = row["indicator_zh"]
    ends = [a for a, i in s.alias_to_id.items() if i == row["indicator"] and subject.endswith(a)]
    if subject in s.alias_to_id or not ends:
        return ""
    owner = subject[: len(subject) - min(map(len, ends))]
    owner = re.sub(f"({'|'.join(subjects.role_words('head_quantifier'))})$", "", owner)
    return "" if _HAS_DIGIT.search(owner) else owner


# How a tidied subject is completed from the figures before it in the sentence: the first that applies
# decides (each returns the completed name, or None when its construction does not hold).
_SUBJECT_COMPLETIONS = (
    _amount_joined_to_previous, _size_of_counted, _size_class_of_count, _label_then_last_thing, _project_around_capacity, _topic_of_places, _side_of_whole, _sub_item, _new_of_stock, _modifier_before_count, _class_of_previous_item, _project_stages, _people_of_previous, _measures_named_after, _item_of_counts, _parallel_change,
    _kind_of_retired_capacity, _item_in_frame, _monitored_places, _rate_of_previous, _stock_of_new, _ratio_of_parts,
    _reach_of_previous, _owner_of_scheme, _rate_of_items_counted,
)  # fmt: skip


_OPENING_MARKS = re.compile(r"[\s“”\"]*")
_COUNT_FIGURE = re.compile(r"\d+(?:\.\d+)?[万亿]?[个家项所座条批户]")  # a figure that counts things (`_owner_from_topic`)


def _head_of_parallel_change(num: _Number, previous: dict, subject: str) -> str:
    """集中供养孤儿基本生活保障省定最低标准从每人每月2375元提高到2423元，散居孤儿（含艾滋病病毒感染儿童）从每人每月1536元…:
    a clause that opens with a bare group and 从, after a figure of the same unit whose subject names a group of the same
    kind (孤儿) and then what it has, takes what it has (基本生活保障省定最低标准; construction parallel_change), or ''.
    """
    if (
        not subject
        or previous["unit_std"] != num.tok.unit.unit_std
        or not num.clause_before.startswith(subject + "从", _OPENING_MARKS.match(num.clause_before).end())
    ):
        return ""
    core = re.sub(r"[（(][^）)]*[）)]", "", subject)
    prev = previous["indicator_zh"]
    if prev.startswith(subject) and len(prev) - len(subject) >= 2:
        return prev[len(subject) :]  # 从1536元提高到1567元: the end of the change is the same group's
    for k in range(min(len(core), 4), 1, -1):
        at = prev.find(core[-k:])
        if at > 0 and len(head := prev[at + k :]) >= 2 and not prev.startswith(core):
            return head if not subject.endswith(head) else ""
    return ""


_ATTRIBUTE_END = re.compile(r"[额程率量值]$")


def _size_word_restates(name: str, rows: list[dict]) -> str:
    """A quantity named again by its last word and a size word (lexicon role size_word: 规模, 总量) is the quantity the
    sentence named before in full (construction size_word_restates, gold D7): 今年拟安排财政赤字9000亿元，…，赤字规模比上年
    预算减少1500亿元 gives 财政赤字; the first figure whose name ends with those words names it.

    >>> _size_word_restates("赤字规模", [{"indicator_zh": "财政赤字"}, {"indicator_zh": "中央财政赤字"}])
    '财政赤字'
    >>> _size_word_restates("投资规模", [{"indicator_zh": "财政赤字"}])
    '投资规模'
    >>> _size_word_restates("规模", [{"indicator_zh": "新能源装机占比"}])
    '新能源装机'
    """
    sizes = subjects.role_words("size_word")
    if name in sizes and rows and (share := rows[-1]["indicator_zh"]).endswith(("占比", "比重")) and len(share) >= 4:
        # 新能源装机占比达63%、规模比“十三五”末翻了一番: a size word alone right after a share named without its whole is the size
        # of the part the share measures, 新能源装机 (size_of_share_part, session 36)
        return share[:-2]
    size = next((w for w in sizes if name.endswith(w) and len(name) - len(w) >= 2), "") if name.endswith(sizes) else ""
    if not size:
        return name
    core = name[: len(name) - len(size)]
    if core in subjects.role_words("sum_head"):
        return name  # 加上上级补助收入53.2亿元、调入资金36.8亿元，收入总量126.8亿元: the sum of every revenue, not the one before (sum_of_heads)
    return next((r["indicator_zh"] for r in rows if r["indicator_zh"].endswith(core) and r["indicator_zh"] != core), name)


def _counted_named_in_full(num: _Number, rows: list[dict], name: str) -> str:
    """A quantity of the things a count of the same clause counts, named with their noun, takes their name as the count's
    row gives it (construction counted_named_in_full, gold D7): “高效办成一件事”更加利企便民，15个重点事项审批时限压缩70% gives
    the count 高效办成一件事重点事项 (quoted_topic_of_counted), and so the 70 % 高效办成一件事重点事项审批时限, not 重点事项审批时限.

    >>> f = extract_figures("“高效办成一件事”更加利企便民，15个重点事项审批时限压缩70%。", ReportInfo("demo", 2026))
    >>> f["indicator_zh"].tolist()
    ['高效办成一件事重点事项', '高效办成一件事重点事项审批时限']
    """
    if not rows or rows[-1]["measure"] != "count" or rows[-1]["text_start"] < num.cs:
        return name
    counted = rows[-1]["indicator_zh"]
    for k in range(min(len(name), len(counted)) - 1, 1, -1):
        if counted.endswith(name[:k]):
            return counted[: len(counted) - k] + name
    return name


_NUMBER_OF_NAMES = ("人数", "指数", "系数", "倍数", "分数", "户数")  # words ending in 数 that are no count of things named


def _things_of_classes(first: str, second: str) -> str:
    """The things two counts of classes counted, without their classes (推进省级400个、市级3000个重点项目建设，完成投资7000
    亿元: the investment is of both, 重点项目投资; construction investment_of_classes_counted, session 75 probe of a 2019
    provincial report), else the second count's name, the owner as before.

    >>> _things_of_classes("省级重点项目", "市级重点项目"), _things_of_classes("重点项目", "市级重点项目")
    ('重点项目', '市级重点项目')
    """
    a, b = _class_words().match(first), _class_words().match(second)
    same = a and b and a.group(0) != b.group(0) and first[a.end() :] == second[b.end() :]
    return second[b.end() :] if same else second


def _attribute_of_previous(subject: str, owner: str, restated: bool = False, counted: bool = False) -> str:
    """北京证券交易所上市公司达288家、总市值超8600亿元: an attribute (lexicon role attribute) is of the
    subject before it (construction attribute_of_previous), not of a quantity (运营里程30公里，总里程达
    909公里); an attribute after a subject named with another is of its owner (地方国企资产总额…，
    营业总收入、利润总额分别增长 gives 地方国企营业总收入).

    >>> _attribute_of_previous("总市值", "上市公司"), _attribute_of_previous("营业总收入", "地方国企资产总额")
    ('上市公司总市值', '地方国企营业总收入')
    >>> _attribute_of_previous("总里程", "运营里程"), _attribute_of_previous("利润", "规模以上工业增加值")
    ('总里程', '规模以上工业利润')
    """
    attributes = subjects.lexicon().get("attribute", ())
    if subject in subjects.lexicon().get("revenue_part", ()) and owner.endswith("收入"):
        return subject  # 一般公共预算收入64.7亿元，税收42.8亿元: a part of the revenue, named alone (revenue_part)
    if subject in subjects.lexicon().get("attribute_of_counted", ()) and owner and (counted or owner.endswith(subject)):
        # 推进2000个省级重点项目、完成投资9800亿元: the investment of the things just counted, and the same again for
        # another span (累计完成投资68.39亿元，2024年完成投资19.23亿元); construction investment_of_counted, gold D7
        return owner if owner.endswith(subject) else owner + subject
    if restated and subject in subjects.lexicon().get("size_word", ()):
        return owner  # 外商直接投资累计达到149.6亿美元、总规模居中西部第1位: the amount itself (gold D7)
    ends = owner.endswith(attributes)  # the cheap test first: most owners end with no attribute
    owner_attribute = next((a for a in attributes if owner.endswith(a) and len(owner) - len(a) >= 2), "") if ends else ""
    owner = owner[: len(owner) - len(owner_attribute)] if owner_attribute and subject != owner_attribute else owner
    # 规模以上工业增加值增长12%，实现利润85亿元: the owner of the value added owns the profit (session 44 probe: 利润 alone)
    # (…增长11%，增幅居全市区县第一；实现主营业务收入521亿元: the growth of the value added, ranked, owns nothing; its owner
    # does: growth_ranked_then_attribute, session 66 probe of a county's 2016 report)
    if subject in attributes:
        owner = _GROWTH_WORD_END.sub("", owner)
        owner = owner.removesuffix("增加值") if owner.endswith("增加值") and len(owner) >= 5 else owner
    if owner.endswith("数") and len(owner) >= 4 and not owner.endswith(_NUMBER_OF_NAMES) and subject in attributes:
        # 入境游客数增长20%、总花费增长25%: the visitors counted own the spending (session 46 probe); 重点建设项目个数…，
        # 总投资: 个数 goes whole (session 48 probe of 2011-2015 reports: it left 重点建设项目个)
        # (电商企业总数突破30家，年销售额130亿元: 总数 goes whole too)
        owner = owner[:-2] if owner.endswith(("个数", "总数")) and len(owner) >= 5 else owner[:-1]
    owner_ok = owner and owner not in attributes and not _ATTRIBUTE_END.search(owner)
    # 上线运行70个重点事项，平均跑动次数减少93%: the average over the things before is the measure's, no part of the name
    # (gold D7: 平均压减时间58% gives …重点事项时间) (average_of_attribute, session 35)
    averaged = subject[2:] if subject.startswith("平均") and subject[2:] in attributes else subject
    if averaged in attributes and owner_ok:
        return owner + averaged if not owner.endswith(averaged) else owner
    return subject


# 收入比, 收入倍差: the ratio of a quantity between sides named before (lexicon unitless_measure 倍差)
_RATIO_OF_SIDES = re.compile(r"([\u4e00-\u9fff]{2})(?:比|倍差)")
_PER_HEAD_OF_SIDES = re.compile(r"人均(?:可支配)?$")  # 城乡居民人均(可支配)收入: per head, no part of the sides
_AREA_UNITS = ("mu", "ha", "km2")  # units.csv: 亩, 公顷, 平方公里


def _owner_of_owned_quantity(num: _Number, rows: list[dict], name: str) -> str:
    """“湘易办”用户突破3500万、月访问量稳定在2000万人次: a quantity that is always something's (lexicon role
    owned_quantity: 月访问量, 出口量, 出口, 有机质, 货币价值) opening the clause right after a figure, joined by 、 or ，,
    is of the owner of that figure (construction owned_quantity_of_previous, gold S5/D7): the figure's subject without
    the quantity it ends with (lexicon role facet: 用户, 产量, 综合产值, 耕层厚度), or, after a count, the things
    counted (盘活省级行政部门房产345处、货币价值8.83亿元). A figure carried after it keeps the name (有机质增长6.1%、
    达到27克/千克). Never an owner that ends with a place word. The size of a change (lexicon role change_size: 提升幅度)
    after a figure that is no count is of that figure's whole quantity (综合科技创新水平指数…、提升幅度居全国第1).

    >>> f = extract_figures("工业机器人产量增长35.3%、出口量居全国第2位。", ReportInfo("demo", 2026))
    >>> f["indicator_zh"].tolist()
    ['工业机器人产量', '工业机器人出口量']
    """
    if (ratio := _RATIO_OF_SIDES.fullmatch(name)) and rows and num.sub.lstrip(subjects.MARKS).startswith(name):
        # 城乡居民人均收入年均增长5.3％、7.7％，收入比缩小至2.54: a ratio of a quantity named alone, after a clause that
        # names that quantity of both sides, is of the owner written before it there, without 人均 (ratio_of_sides,
        # session 35)
        # (城镇和农村居民人均可支配收入分别超过8万元、4.5万元，稳居各省区第1位，收入倍差从1.96缩小至1.81: the quantity named
        # in an earlier clause of the sentence, a rank between; its 人均可支配 is no part of the sides either: ratio_of_sides
        # with 倍差, session 68 look at a county-level city's probe and Zhejiang's review: it was 收入倍差 alone)
        clauses = re.split(r"[，,；;]", num.earlier_clauses.rstrip("，,、 "))
        clause = next((c for c in reversed(clauses) if ratio.group(1) in c), "")
        at = clause.find(ratio.group(1))
        owner = _PER_HEAD_OF_SIDES.sub("", clause[:at]) if at > 0 else ""
        return owner + name if len(owner) >= 2 and not _HAS_DIGIT.search(owner) else name
    owned = subjects.lexicon().get("owned_quantity", ())
    # 综合科技创新水平指数达69.63%、提升幅度居全国第1: the size of a change (lexicon role change_size) is of the quantity
    # of the figure before, whole (change_size_of_previous, session 35)
    change = name in subjects.lexicon().get("change_size", ())
    # 164条县域重点产业链强链补链延链、产值占全省比重超50%: the quantity that is a share of a whole (占…) is owned too
    share = name.find("占")
    quantity = name if name in owned or change else (name[:share] if share >= 2 and name[:share] in owned else "")
    if not rows or not quantity:
        return name
    if rows[-1]["rule"] == "share_of_previous" and len(rows) >= 2 and rows[-2]["indicator_zh"] == rows[-1]["indicator_zh"]:
        # 生产新能源汽车8.2万辆、占全省的20.5%，出口6.5万辆: a share of the figure before restates its things; the owner is
        # read from that figure (owned_after_share, session 47 probe: it was 出口 alone)
        rows = rows[:-1]
    previous = rows[-1]["indicator_zh"]
    if previous.endswith(name) and len(previous) > len(name) and name not in num.clause_before:
        return previous  # 有机质增长6.1%、达到27克/千克: the figure carried after keeps its owner
    joined = num.clause_before[: len(num.clause_before) - len(num.sub)] if num.clause_before.endswith(num.sub) else "-"
    opening = num.sub.lstrip(subjects.MARKS)
    # 新增工业产能项目989个、释放产值超1500亿元: a verb of action before the quantity goes (S4), the owner stays
    # (and 累计 before it: 全疆普通高等学校达66所、累计招生117.6万人, an adverb the measure carries, session 36)
    opening = opening if opening.startswith(quantity) else opening[len(subjects.opening_word(opening, "connective", "adverb")) :]
    opening = opening if opening.startswith(quantity) else opening[len(subjects.opening_word(opening, "action")) :]
    if not opening.startswith(quantity) or not (joined or num.earlier_clauses).endswith(("、", "，", ",")):
        return name
    if change:
        return previous + name if rows[-1]["measure"] != "count" and len(previous) >= 2 and name not in previous else name
    facet = next((w for w in subjects.role_words("facet") if previous.endswith(w)), "")
    # 建设高标准农田910万亩，…，建成面积占永久基本农田比例达到66.25%: an area after things measured by their area is of
    # those things, as after things counted (area_of_measured, session 35)
    measured = quantity.endswith("面积") and rows[-1]["unit_std"] in _AREA_UNITS
    if not facet and rows[-1]["measure"] != "count" and not measured:
        return name
    if facet in subjects.role_words("whole_quantity") and rows[-1].get("indicator", "other") not in ("", "other"):
        # 固定资产投资增长9.2%，出口增长24.3%: a quantity of the dictionary is whole, its words own no other quantity
        # (session 46 probe: 固定资产出口); 新能源投资增长70%、装机规模增长38% names an owner (新能源) the next one shares
        return name
    owner = previous[: len(previous) - len(facet)]
    # 出让矿业权755宗、成交价616.6亿元: the price is the rights', not the selling's; a verb of action or flow that opens
    # the things counted goes from the owner (S4), 矿业权成交价 (owner_without_verb, session 36)
    verb = subjects.opening_word(owner, "action", "flow")
    owner = owner[len(verb) :] if len(owner) - len(verb) >= 2 else owner
    if len(owner) < 2 or name in owner or owner.endswith(subjects.role_words("place_suffix")):
        return name
    return owner + name


def _total_of_previous(num: _Number, rows: list[dict], name: str) -> str:
    """新增发电装机4178万千瓦、总装机达9157万千瓦: a total (总 and the quantity, 总装机, 总里程) opening its clause right
    after a figure of that quantity in the same unit is the total of the same thing (construction total_of_previous, gold
    D7: 开通3条地铁新线、新增运营里程30公里，总里程达909公里 gives 地铁总里程): the figure's subject without the quantity and
    without a word that only says which part of it (lexicon role part_of_quantity: 通车, 运营) gives 发电总装机, and
    新增高速公路通车里程1523公里，总里程达8667公里 gives 高速公路总里程 (they were 总装机, 高速公路通车总里程).

    >>> f = extract_figures("新增发电装机4178万千瓦、总装机达9157万千瓦。", ReportInfo("demo", 2026))
    >>> f["indicator_zh"].tolist()
    ['发电装机', '发电总装机']
    """
    at = name.rfind("总")
    total = name[at:] if at >= 0 else ""
    if len(total) < 3 or not rows or not num.sub.lstrip(subjects.MARKS).startswith(total):
        return name
    previous = rows[-1]
    quantity, thing = total[1:], previous["indicator_zh"]
    if previous["unit_std"] != num.tok.unit.unit_std or not thing.endswith(quantity) or "总" in thing:
        return name
    thing = thing[: len(thing) - len(quantity)]
    part = next((w for w in subjects.role_words("part_of_quantity") if thing.endswith(w)), "")
    thing = thing[: len(thing) - len(part)]
    return thing + total if len(thing) >= 2 and not re.search(r"[\d、，,]", thing) else name


_PLACED_IN = re.compile(r"在([^，,；;。]{2,12})")
_ONE_OF_SET = re.compile(r"[^，,；;。\d]{1,8}之一")


# zones named only by their class (开发区, 高新区, 经开区), opening the clause after at most a level word (省级, 国家级)
_ZONE_CLASSES = ("开发区", "高新区", "经开区")
_ZONE_LEVELS = ("省级", "国家级")  # the levels a class of zones is named by (level_of_zones, zones_as_a_class)
_PARKS_AS_CLASS = ("园区", "工业园区", "产业园区")  # a class only after the whole area's word (全市园区)
_WHOLE_AREAS = tuple(_WHOLE_AREA_WORDS.split("|"))
_ZONE_CLASS_OPENING = re.compile(
    rf"(?:全省|全市|全区|{'|'.join(_ZONE_LEVELS)}|各类|各级)?(?:{'|'.join(_ZONE_CLASSES)})(?![和、及与])[\u4e00-\u9fff“]"
)


def _zones_as_a_class(words: str, place: str) -> bool:
    """Do the words open with zones named only by their class (开发区, 省级高新区; 园区 only after the whole area's word:
    全市园区), all the region's, unnamed (construction zones_as_a_class, S37e)?

    >>> _zones_as_a_class("全市园区新增基础设施投资", "园区"), _zones_as_a_class("陈仓、洋县园区产值", "园区")
    (True, False)
    """
    if place in _ZONE_CLASSES:
        return bool(_ZONE_CLASS_OPENING.match(_LEAD.sub("", words).lstrip('“”" ')))
    return place in _PARKS_AS_CLASS and words.lstrip('“”" ').startswith(tuple(w + place for w in _WHOLE_AREAS))


def _given_to(before: str, after: str) -> bool:
    """Is a region named as the one given to: after 向/为/给 and before a verb of giving (lexicon role give_verb: 向湖北捐赠),
    or right after that verb (支援湖北, 对口支援西藏)?

    >>> _given_to("企业通过慈善机构向", "捐赠款物"), _given_to("对口支援", "资金"), _given_to("", "地区生产总值")
    (True, True, False)
    """
    give = subjects.role_words("give_verb")
    return (before.endswith(("向", "为", "给")) and after.startswith(give)) or before.endswith(give)


_MEANS = re.compile(subjects.MEANS)  # 通过苏州综合金融服务平台: the means an amount came through (place_in_means)
# 全国投资竞争力百强榜, 全国县域经济百强县: the name of a ranking after a wider place (ranking_named_by_place)
_RANKING_AFTER_PLACE = re.compile(r"[^，,；;。\d]{0,14}?(?:榜|百强|十强|强县|强市|强区|排行)")
# the verb of ranking and the 第/前 before a rank's number (place_as_rank_field)
_RANK_MARK_END = re.compile(rf"(?:{subjects.RANK_VERB})?[第前]$")
# 在中西部地区首次, 在全省各区（县）率先: the area among which a figure came first (first_among_area)
_FIRST_AMONG = re.compile(r"在([^，,；;。\d在]{2,14}?)中?(?:率先|首次|首个|最先|最早)")


_TITLE_OF_AREA = re.compile(
    r"[^，,；;。\d]{0,6}?(?:"
    + "|".join(map(re.escape, subjects.role_words("named_by_region")))
    + r")(?:累计|总数|数量)?[^，,；;。\d]{0,4}"
)


def _scope(s: _Sentence, num: _Number, ind: str, found: _Subject | None = None) -> tuple[str, str]:
    """(scope, the place that sets it) from the place words before the number; a place inside the
    region that opens the clause makes it part; a place opening the sentence scopes a GDP figure of
    its later clauses (construction topic_scope: 成渝地区双城经济圈建设走深走实，经济总量超9万亿元),
    which the analyses would otherwise read as the region's own GDP; a part of the region that opens
    the noun counted after the number (`found`) scopes it (counted_noun_scope)."""
    info, clause_before = s.info, num.clause_before
    scope, place = subjects.scope_of(clause_before, info.level, info.region)
    at = clause_before.rfind(place)
    if scope in ("other", "wider") and place and clause_before[:at].endswith(subjects.role_words("inflow", "own_output")):
        # 引进北京项目3062个, 承接北京非首都功能疏解项目: things brought in from another area are counted in the region,
        # the area names where they come from, part of their name (construction brought_from_place); 推出长江经济带高质量
        # 发展84项政策措施: what the region puts out for a wider area is its own (lexicon role own_output, own_output_for_area)
        scope, place = "own", ""
    if scope == "other" and place and _given_to(clause_before[:at], clause_before[at + len(place) :]):
        # 向湖北捐赠生活物资800多吨, 对口支援西藏资金: what the region gives to another region is its own act; the other
        # region is where it goes, out of the subject as a place is (construction given_to_region)
        scope = "own"
    if scope != "own" and place and (means := _MEANS.search(clause_before)) and means.start() <= at < means.end():
        # 通过苏州综合金融服务平台新增企业授信1103亿元: a place naming the means the amount came through is no place the figure
        # is of (place_in_means, session 66 probe of a county-level city's report: other)
        scope, place = "own", ""
    quoted = clause_before[at - 1 : at] == "“" and subjects.goes_on_in_quotes(clause_before[at + len(place) :])
    if scope != "own" and place and quoted:
        # “吉林一号”组网卫星: a place that opens a quoted name with more words after it is part of the name (a satellite
        # constellation, a brand), no place the figure is of (construction place_in_quoted_name, session 37)
        scope, place = "own", ""
    if scope == "wider" and place and _TITLE_OF_AREA.fullmatch(clause_before, at + len(place)):
        # 湖北名牌产品累计达57个 in a city's report: the province's name opens the name of a title it awards (lexicon role
        # named_by_region: 名牌产品, 实验室), held by the city's own things (construction title_of_wider_area, S7: a place
        # inside a proper name stays; session 48 probe of 2017-2018 reports: scope wider, 湖北 cut off)
        scope, place = "own", ""
    level = next((w for w in _ZONE_LEVELS if clause_before[:at].endswith(w)), "") if place in _ZONE_CLASSES else ""
    if scope == "part" and level:
        # 苏州工业园区在国家级经开区综合考核评价中稳居第一: zones of a level named by their class only are a class (S37e), here
        # the field of a ranking, no place; the place is the one named before them, if any (construction level_of_zones)
        scope, place = subjects.scope_of(clause_before[: at - len(level)], info.level, info.region)
    if scope == "part" and _zones_as_a_class(clause_before, place):
        # 开发区规上工业增加值、工业投资年均分别增长5.9%、6.7%: the zones as a class, unnamed, define the coverage of a quantity
        # of the region's (gold S7, classes of units: two blind tables of 2026, Shanxi and Gansu); a named zone is a part
        # (广东自贸试验区, 陈仓园区) (construction zones_as_a_class, session 37; 全市园区…, session 44 probe)
        scope, place = "own", ""
    if scope != "own" and place and _place_among_things(clause_before, place, info.level, info.region):
        # 黄金、白银、精炼铜、镍产量分别增长: a place's name listed whole among things that are no places is a thing too
        # (白银 is silver, not the city; construction place_among_things)
        scope, place = "own", ""
    if scope == "wider" and num.tok.rank and _RANKING_AFTER_PLACE.match(clause_before, at + len(place)):
        # 荣登全国投资竞争力百强榜全省第一: a wider place opening the name of a ranking names the ranking, the rank is the
        # region's own (ranking_named_by_place, session 45 probe of district reports); the place still leaves the subject
        scope = "own"
    if scope in ("wider", "other") and num.tok.rank and subjects.place_as_rank_field(_RANK_MARK_END.sub("", clause_before)):
        # 增速连续三个季度四平地区排名第一, 列苏州县市第一: the place above the region named right before the rank is the field
        # the region's figure is ranked in (construction place_as_rank_field), no other region's figure
        scope, place = "own", ""
    first_among = _FIRST_AMONG.search(clause_before) if scope != "own" and place else None
    if first_among and place in first_among.group(1):
        # 数字经济规模在中西部地区首次突破1万亿元, 地区生产总值在中心城区率先突破2000亿元: the area the region came first in
        # is the field of a comparison, the figure is the region's own (construction first_among_area, session 45 probe)
        scope, place = "own", ""
    listed = scope == "part" or (scope == "wider" and clause_before[:at].endswith("、"))  # 川渝省际铁路、…通道: a shared modifier
    if listed and num.tok.unit.kind == "count" and _NAMED_ITEMS.fullmatch(clause_before[at:]):
        # 绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业, …、川渝东北一体化水资源配置、大桥灌区6个工程: the places name the
        # items the count lists (gold S9)
        scope, place = "own", ""
    if scope != "own" and num.tok.unit.kind == "count" and _names_as_many_as(clause_before, place, num.tok.value):
        # 吉光、三江、长白山3个创新型省实验室: as many names as the count, one holding a place's name (长白山, 白山市), name
        # the items counted, not where they are (construction items_named_by_place, fourth probe)
        scope, place = "own", ""
    if scope == "part" and num.tok.unit.kind == "count" and found is not None and found.subject[1].endswith(place):
        scope, place = "own", ""  # 启动建设省级零碳园区20个: the zones are what the number counts, not where it stands
    if scope == "part" and num.tok.unit.kind == "count" and clause_before.endswith(place + "由"):
        # 开发区和工业园区由162个整合为123个: a count from which the zones went to another is of the zones themselves, all
        # of the region's (construction zones_counted_from)
        scope, place = "own", ""
    # 千亿级园区新增2个、达到14个: the kind of place that opens the clause is what is counted (kind_of_place_counted)
    if num.in_a_place and scope == "own" and not (found is not None and found.subject[1] == _place_opening(num.clause_before)):
        scope = "part"
    if scope == "own" and info.level == "city" and "全区" in clause_before:
        # 南海区新增上市公司3家，全区上市公司总数达到28家: in a city's report 全区 is the district the sentence named
        # (construction whole_district; probe23 group 11), a part
        where, there = subjects.scope_of(
            num.sentence_prefix[: len(num.sentence_prefix) - len(clause_before)], info.level, info.region
        )
        scope, place = (where, "") if where == "part" else (scope, place)
    placed = _PLACED_IN.match(num.clause_rest) if num.tok.unit.unit_std == "persons" else None
    if scope == "own" and placed:
        # 引导约1亿人在中西部地区就近城镇化: people counted where they are, in a part of the region
        # (construction people_placed; gold D5 rows, scope part)
        where, there = subjects.scope_of(placed.group(1), info.level, info.region)
        if where == "part" and placed.group(1).startswith(there):
            scope, place = where, there
    if scope == "own" and ind == "gdp" and not _OWN_NAMED.search(clause_before):
        opening = num.sentence_prefix.lstrip()
        topic_scope, topic = subjects.scope_of(opening, info.level, info.region)
        if topic_scope != "own" and opening.find(topic) == 0:
            scope, place = topic_scope, topic
    if scope == "own" and not _names_own(clause_before, info.region):
        # 雄安新区日新月异、堪称奇迹，…5300多栋楼宇拔地而起: the place that opens the sentence, or a wider
        # area whose joint work its first clause names (深化川渝一体化高质量发展，…320个共建重点项目), scopes
        # the numbers of its later clauses (construction topic_scope, gold C10)
        opening = _FIRST_CLAUSE.match(s.text, s.s0, s.s1)
        if opening and opening.group(0).strip(subjects.MARKS) in subjects.role_words("lead_clause"):
            # 其中，洋浦经济开发区主要经济指标成绩喜人，…: a clause of lead words only opens nothing; the topic is the next
            # clause's (lead_clause_then_topic)
            opening = _FIRST_CLAUSE.match(s.text, opening.end() + 1, s.s1)
        if opening and opening.end() <= num.cs:
            words = opening.group(0)
            topic_scope, topic = subjects.scope_of(words, info.level, info.region)
            joint = topic_scope == "wider" and subjects.holds_any(words, subjects.lexicon().get("cooperation", ()))
            # (2025年洋浦经济开发区…: a year before the place opens nothing of its own: year_then_topic)
            unyeared = _YEAR_THEN.sub("", words.lstrip(subjects.MARKS))
            if topic_scope != "own" and not _opens_with_place(unyeared, topic) and not joint:
                # 宜昌加快建设省域副中心城市，经济总量达到6000亿元: the place that opens the clause is its topic, not the last
                # one it names, which may be the topic's work (construction topic_opens_first)
                # (a named place only: 开发区和工业园区由162个整合为123个 opens with a class of zones, S37e)
                first_scope, first = subjects.opening_place(unyeared, info.level, info.region)
                named = first_scope != "own" and not subjects.is_scope_word(first)
                topic_scope, topic = (first_scope, first) if named else (topic_scope, topic)
            opens = topic_scope != "own" and (_opens_with_place(unyeared, topic) or joint)
            opens = opens and not _opens_route(unyeared, topic, info.level, info.region)
            # 苏州实验室获批全面展开建设，…牵头建设44家全国重点实验室: a place that only names a noun of the opening clause is
            # no topic (construction place_inside_noun, gold C10)
            # 西安咸阳国际机场旅客超4850万人次，国际货邮吞吐量增长111％: an opening clause with a figure of its own goes on
            figured = any(opening.start() <= tok.start < opening.end() for tok in s.tokens)
            opens = opens and (joint or figured or not _place_names_a_noun(words, topic))
            counted = found is not None and found.subject[1].endswith(topic)  # 千亿级园区新增2个、达到14个: the parks
            counted = counted or _zones_as_a_class(unyeared, topic)  # 全市园区…，新建标准厂房141万平方米: all the parks
            # …；西部金融中心建设提速，重庆金融机构牌照实现全覆盖，各类区域性功能性总部超过30家: a part of the sentence (after
            # a semicolon) that names the region itself is about the region again (construction own_named_in_part, C10); the
            # joint work of a wider area (深化京津冀重点领域协同发展，…；北京输出到津冀…，…36项卡点攻关) goes on over it
            part_named = not joint and _names_own_here(_SEMICOLON.split(s.text[opening.end() : num.cs])[-1], info.region)
            if opens and not counted and not part_named and not _places_enumerated(s, num, topic):
                scope, place = topic_scope, topic
    if scope == "own" and not _names_own(clause_before, info.region):
        # 积极扩大高水平开放，支持成都打造…国际航空枢纽，新开…44条航线，旅客吞吐量突破9000万人次: a part of the
        # region right after a verb of support (lexicon role pivot_verb) opening an earlier clause of the same
        # part of the sentence is who does what follows, its topic (construction pivot_topic, gold C10)
        earlier = _SEMICOLON.split(num.sentence_prefix[: len(num.sentence_prefix) - len(clause_before)])[-1]
        for clause in _COMMA.split(earlier):
            opened = clause.lstrip(subjects.MARKS)
            pivot = subjects.opening_word(opened, "pivot_verb")
            # 精心筹办成都世运会，116个国家和地区…参赛: an event hosted in a part of the region is that part's topic
            # (lexicon role host_verb, after an adverb such as 精心, 成功; construction hosted_event, gold C10)
            hosted = _host_verb().match(opened)
            pivot = pivot or (hosted.group(0) if hosted else "")
            # 推进中心城区交通缓堵促畅，打通未贯通道路40条: a verb of work (lexicon role area_work_verb) before a kind of area of
            # the region (a scope word, not a named city) is work done there (construction area_work_topic, gold C10)
            work = "" if pivot else subjects.opening_word(opened, "area_work_verb")
            pivot = pivot or work
            where, there = subjects.scope_of(opened[len(pivot) :], info.level, info.region) if pivot else ("own", "")
            if work and not subjects.is_scope_word(there):
                continue
            if where == "part" and opened[len(pivot) :].startswith(there):
                scope, place = where, there
    if scope == "own" and not _names_own_here(num.sentence_prefix, info.region) and (carried := _paragraph_topic(s)):
        # 成渝地区双城经济圈建设走深走实，经济总量超9万亿元…。…；电子信息、装备制造…等产业集群均达到万亿元规模: a sentence
        # that goes on from one opening with a wider area stays about that area (construction paragraph_topic)
        scope, place = "wider", carried
    if scope == "own" and num.tok.unit.kind == "count" and _ONE_OF_SET.match(num.clause_rest):
        # 将四川确定为开展…试点的4个省份之一: the region is one of the set counted, a set that spans it and
        # others (construction one_of_set)
        scope = "wider"
    if scope == "own" and found is not None and found.rule == "subject_after_measure_word" and _peers_ranked(num):
        # 污水处理在全国36个大中城市考核中名列第一: the places a ranking ranks the region among span it and others, as a set
        # the region is one of (peers_ranked; three probe readers, session 63)
        scope = "wider"
    # 设立100亿元南疆发展专项资金: money named by the place it goes to is the region's own money (construction
    # fund_for_place), not the place's; people and things counted there are the place's
    # 总投资近2000亿元的格尔木清洁能源基地: the noun a size describes after 的 is named whole, place and all; a part of the
    # region opening it scopes it as it scopes a counted noun (size_of_noun_after, counted_noun_scope)
    sized = found is not None and found.rule == "size_of_noun_after"
    if (
        scope == "own"
        and found is not None
        and ((found.rule == "subject_after_measure_word" and num.tok.unit.kind != "money") or sized)
    ):
        # 其中1228万名中西部家庭经济困难学生: a part of the region that opens the counted noun scopes it
        # (not a wider area: 18个大湾区“菜篮子”生产基地 are the region's own, 川渝通办 a joint name)
        noun_scope, noun_place = subjects.scope_of(found.subject[1], info.level, info.region)
        # 3个园区入选国家级零碳园区建设名单: a kind of place that is the whole counted noun is what is counted, not where
        # (construction kind_counted_alone)
        # (格尔木东、海南清洁能源基地: places listed before the noun, the first opens it, the last leaves it with the others)
        subject = found.subject[1]
        first = subject.split("、")[0]
        first_scope, first_place = subjects.scope_of(first, info.level, info.region) if sized and first != subject else ("", "")
        listed = first_scope == "part" and first.startswith(first_place)
        if noun_scope == "part" and (subject.startswith(noun_place) or listed) and subject != noun_place:
            scope, place = noun_scope, noun_place
    if scope == "own" and (gathered := _gathered_in_zones().search(clause_before)):
        # 首批10个未来产业先导区集聚产业链核心企业超150家: what zones counted before gather is in those zones, their part
        # (construction gathered_in_zones, gold C10)
        scope, place = "part", gathered.group(1)
    if scope == "own" and (named := _named_part_opening(s, num, found)):
        # 洞庭湖总磷浓度下降11.7%, 明月湖科创园8家企业, 三峡库区431处存量危岩: a named place of the region (a lake, basin,
        # reservoir area, airport, park or plain: lexicon role named_part) opening the clause or the counted noun
        # is where the quantity is (construction named_part_opens, gold S7); a lake also defines the quantity measured there
        # and stays in the subject (lexicon role defining_place: the development gold keeps 洞庭湖总磷浓度; session 46)
        scope, place = "part", ("" if named.endswith(subjects.role_words("defining_place")) else named)
        # 赣州国际陆港…: the region's own name opening the place has left the subject already, the rest leaves it too
        place = subjects.without_own_region(place, info.region) if place else place
    return scope, place


@functools.lru_cache(maxsize=8)
def _own_quarter(region: str) -> re.Pattern:
    """The region's one-character name and a direction (皖北, 豫东, 苏南, 晋西北) with 地区 or 平原 after it: a quarter of
    the region, opening the words (construction own_quarter); a pattern that matches nothing for a region without one.

    >>> f = extract_figures("420万困难群众基本生活得到有效保障，3000多万皖北地区群众喝上引调水。", ReportInfo("demo", 2026, "province", "安徽省"))
    >>> f[["indicator_zh", "scope"]].values.tolist()[1]
    ['群众', 'part']
    """
    short = subjects._short_name(region)
    if not short:
        return re.compile(r"(?!)")
    return re.compile(rf"{re.escape(short)}[东南西北中]{{1,2}}(?:地区|平原)")


_LIST_ITEM_BREAK = re.compile(r"[，,；;：:（(“”\"]")


def _place_among_things(words: str, place: str, level: str, region: str) -> bool:
    """Whether the place's name stands whole as an item of a list joined by 、, before its last item, and another item
    names no place: the name is a word for a thing that a place shares (construction place_among_things). 黄金、白银、
    精炼铜、镍产量 lists metals (白银 is silver there, not the city); 广州、深圳地铁 lists places, 川渝省际铁路、高速公路 opens
    its list with a place that modifies every item.

    >>> _place_among_things("黄金、白银、精炼铜、镍产量分别增长", "白银", "province", "甘肃省")
    True
    >>> _place_among_things("兰州、白银、精炼铜产量分别增长", "白银", "province", "甘肃省")
    False
    """
    items = _LIST_ITEM_BREAK.split(words)[-1].split("、")
    if len(items) < 3 or place not in items[:-1]:
        return False
    scopes = [subjects.scope_of(item, level, region)[0] for item in items[:-1] if item != place]
    return bool(scopes) and all(scope == "own" for scope in scopes)


@functools.lru_cache(maxsize=1)
def _gathered_in_zones() -> re.Pattern:
    """A count of zones (a name ending in 区 or 园 after 个 or 家) and a verb of gathering (lexicon role gather_verb), built
    once (construction gathered_in_zones).

    >>> _gathered_in_zones().search("首批10个未来产业先导区集聚产业链核心企业超").group(1)
    '未来产业先导区'
    """
    return re.compile(rf"\d+[个家]([\u4e00-\u9fff]{{2,10}}[区园])(?:{_role_words('gather_verb').pattern})")


_NAME_BREAK = re.compile(r"[，,、的“”\"]")  # a mark or 的 inside words before a named part: no one name


@functools.lru_cache(maxsize=1)
def _named_part() -> re.Pattern:
    """A name of two to twelve characters (brackets allowed: 紫云山（包河）文化创意产业园) ending in a word of named parts
    (lexicon role named_part), at the start; built once (`_named_part_opening`)."""
    # 美丽河湖建成率: 河湖 is a kind of waters, no name; 绿电产业园区 goes on past the word (a class of parks)
    return re.compile(rf"[\u4e00-\u9fff（）()]{{2,12}}(?<!河)(?:{_role_words('named_part').pattern})(?!区)")


def _named_part_opening(s: _Sentence, num: _Number, found: _Subject | None) -> str:
    """The named place of the region (lexicon role named_part: 湖, 流域, 库区, 机场, 产业园 …) that opens the clause
    before the number or the noun counted after it, or '' (construction named_part_opens): 洞庭湖总磷浓度下降,
    江北国际机场年旅客吞吐量首次突破, 明月湖科创园8家企业. The name holds no verb, mark or
    number (新建天府国际机场 builds it), is no place the scope words know (黄河流域 is wider), and is not what the count
    counts (现代农业产业园3个).

    The named place can also follow the things counted after a verb of settling (lexicon role settle_verb: 19个项目落地
    沪明临港产业园).

    >>> f = extract_figures("洞庭湖总磷浓度下降11.7%，明月湖科创园8家企业亮相展会。", ReportInfo("demo", 2026, "province", "湖南省"))
    >>> f[["indicator_zh", "scope"]].values.tolist()
    [['洞庭湖总磷浓度', 'part'], ['企业', 'part']]
    """
    if found is None:
        return ""
    opening = _LEAD.sub("", num.clause_before).lstrip(subjects.MARKS)
    counted = found.subject[1]
    candidates = [opening] + ([counted] if found.rule == "subject_after_measure_word" else [])
    verbs = subjects.role_words("action", "lead_verb", "carry_out", "pivot_verb", "campaign_verb", "predicate_start")
    rest = num.clause_rest[num.clause_rest.find(counted) + len(counted) :] if counted and counted in num.clause_rest else ""
    if settled := subjects.opening_word(rest, "settle_verb"):
        # 19个项目落地沪明临港产业园、广龙合作产业园: the things counted settle in the named park after a verb of settling
        candidates.append(rest[len(settled) :])
    for words in candidates:
        if (quarter := _own_quarter(s.info.region).match(words)) and not counted.endswith(quarter.group()):
            return quarter.group()  # 3000多万皖北地区群众: the region's one-character name and a direction (own_quarter)
        bare = subjects.bare_region(s.info.region)
        if len(bare) >= 2 and words.startswith(bare) and (area := _AREA_OF_OWN.match(words, len(bare))):
            # 辽宁沿海经济带地区生产总值: the region's name, then a kind of area of it, names a part (own_named_quarter,
            # session 40); the region's name has left the subject already, the area leaves it too
            return area.group()
        m = _named_part().match(words)
        if not m or counted.endswith(m.group()):
            continue
        name = m.group()
        if _HAS_DIGIT.search(name) or any(v in name for v in verbs) or _NAME_BREAK.search(name):
            continue
        if subjects.scope_of(name, s.info.level, s.info.region)[0] != "own":
            continue
        return name
    return ""


_VERB_ROLES = ("action", "flow", "lead_verb", "carry_out", "predicate_start", "rate_change")
# the kinds of area a place names around itself (沈阳现代化都市圈, 辽宁沿海经济带): `_AREA_OF_OWN`, `_AREA_NOUN_END`, `_AREA_KIND`
_AREAS_OF_PLACE = "经济带|经济区|城市群|都市圈|城市圈|经济圈"  # (武汉城市圈: city_circle, session 53 probe)
_AREA_OF_OWN = re.compile(rf"[\u4e00-\u9fff]{{1,4}}?(?:{_AREAS_OF_PLACE})")  # (沿海经济带 after 辽宁)


def _place_names_a_noun(words: str, place: str) -> bool:
    """Whether the place that opens a clause only modifies a noun: a noun of three characters or more stands between
    the place and the clause's first verb (lexicon roles action, flow, lead_verb, carry_out, predicate_start,
    rate_change), so the clause is about that thing, not the place (construction place_inside_noun, gold C10: 漳州核电一期
    投入商业运行, 三明医改经验在全省推广). A place right before its verb (五大万亩园区建设提速) or a clause without a verb
    (雄安新区日新月异) keeps the place as the topic; so does a clause with a figure of its own (`_scope`: 西安咸阳国际机场旅客
    超4850万人次), and two characters, often a firm's name with its city (白城梅花建成…生产基地，产能占全球30%: part).

    >>> _place_names_a_noun("漳州核电一期投入商业运行", "漳州"), _place_names_a_noun("五大万亩园区建设提速", "园区")
    (True, False)
    """
    rest = words[words.find(place) + len(place) :]
    for i in range(len(rest)):
        if subjects.opening_word(rest[i:], *_VERB_ROLES):
            # 沈阳现代化都市圈建设提速: a noun that is a kind of area around the place is a place too (area_named_by_place,
            # session 40)
            return i >= 3 and not _AREA_NOUN_END.search(rest, 0, i)
    return False


_AREA_NOUN_END = re.compile(rf"(?:{_AREAS_OF_PLACE})$")


def _places_enumerated(s: _Sentence, num: _Number, topic: str) -> bool:
    """Whether a later clause before the number's (after a comma, semicolon or colon) opens with another place of the
    region than the sentence's opening one: the sentence goes through places one by one (开平市成为省全域旅游示范区，…，鹤山华侨城古劳水乡项目一期开放迎客，
    3个村落入选全国乡村旅游重点村名单), so a clause that names none is the region's own, not the first place's
    (construction places_enumerated, gold C10)."""
    info = s.info
    for clause in _CLAUSE_MARK.split(num.earlier_clauses)[1:]:
        where, there = subjects.scope_of(clause, info.level, info.region)
        if where == "part" and there != topic and clause.lstrip(subjects.MARKS).startswith(there):
            return True
    return False


def _opens_with_place(words: str, place: str) -> bool:
    """The words open with the place: its name, or a kind of place (lexicon scope word: 园区, 新区) after a modifier of
    up to six characters that holds no verb, mark or number (五大万亩园区建设提速: the five parks are the topic;
    启动建设省级零碳园区 opens with a verb, the parks are its object).

    >>> _opens_with_place("五大万亩园区建设提速", "园区"), _opens_with_place("启动建设省级零碳园区", "园区")
    (True, False)
    """
    at = words.find(place)
    if at < 0:
        return False
    modifier = words[:at]
    verbs = subjects.role_words(
        "action", "lead_verb", "carry_out", "pivot_verb", "campaign_verb", "rate_change", "predicate_start"
    )
    # 中欧班列（成渝）覆盖…: a place inside the bracket of a name is part of the name, no opening place (bracketed_place);
    # 中国（安徽）自贸试验区 names its zone after the bracket closes
    inside = modifier.count("（") + modifier.count("(") > modifier.count("）") + modifier.count(")")
    return (
        len(modifier) <= 6
        and not inside
        and not re.search(r"[，,、的“”\"\d]", modifier)
        and not any(v in modifier for v in verbs)
    )


def _opens_route(words: str, place: str, level: str, region: str) -> bool:
    """Whether the place that opens the words is the start of a route to another place (太原至吕梁开行动车组, 北京到雄安):
    the clause is about the line between them, so neither place is the topic of the clauses after it (construction
    route_between_places, session 56 probe: 太原至吕梁开行动车组，…，新改建“四好农村路”…5700公里 gave the roads to 太原).

    >>> _opens_route("太原至吕梁开行动车组", "太原", "province", "山西省"), _opens_route("太原加快建设", "太原", "province", "山西省")
    (True, False)
    """
    at = words.find(place)
    after = words[at + len(place) :] if at >= 0 else ""
    return after[:1] in ("至", "到") and subjects.opening_place(after[1:], level, region)[0] != "own"


@functools.lru_cache(maxsize=1)
def _host_verb() -> re.Pattern:
    """An adverb of up to two characters, then a verb of hosting (lexicon role host_verb), built once (`_scope`)."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,2}}?({_role_words('host_verb').pattern})")


_TOPIC_WINDOW = 800  # characters looked back for the sentences of the paragraph


def _paragraph_topic(s: _Sentence, reach: int = 3) -> str:
    """The wider area (scope_words.csv: wider, with no words required after it: 大湾区, 成渝地区双城经济圈)
    that the sentences before this one in its paragraph are about, or '' (construction paragraph_topic,
    gold C10 of Guangdong and Sichuan 2026).

    Going back sentence by sentence (at most `reach`), the first that opens with such an area (after its
    lead words: 预计大湾区经济总量突破15万亿元) gives it; a sentence that names the region itself or any other
    place before that ends the topic (港澳居民在粤参加医保…: the region's own again), and so does the start of
    the paragraph.
    """
    return _paragraph_topic_at(s.text, s.s0, s.info, reach)  # read once per sentence, not once per number


_AFTER_SENTENCE_END = re.compile(r"(?<=[。！？])")


def _paragraph_before(text: str, s0: int) -> list[str]:
    """The whole sentences of the paragraph before the one starting at s0, read back at most `_TOPIC_WINDOW` characters
    (bounded: linear time also in a report without line breaks; a sentence the window cuts is left out)."""
    window = max(0, s0 - _TOPIC_WINDOW)
    start = text.rfind("\n", window, s0) + 1
    earlier = [x for x in _AFTER_SENTENCE_END.split(text[start or window : s0]) if x.strip()]
    return earlier[1:] if not start and window else earlier


@functools.lru_cache(maxsize=256)
def _paragraph_topic_at(text: str, s0: int, info: ReportInfo, reach: int) -> str:
    """`_paragraph_topic` of the sentence starting at s0."""
    for sentence in reversed(_paragraph_before(text, s0)[-reach:]):
        if _names_own_here(sentence, info.region):
            return ""
        opening = _CLAUSE_MARK.split(sentence, maxsplit=1)[0]
        scope, place = subjects.scope_of(opening, info.level, info.region)
        areas = _wider_areas(info.level)
        lead = opening[: max(0, opening.find(place))]
        # 扎实推进黄河流域生态环境问题整治。: an area after a verb of action is what the region works on, no topic
        acted = subjects.holds_any(lead, subjects.role_words("action", min_length=2))
        # 把长三角一体化发展作为最大机遇、最大势能: an area after 把 is the object the region acts on, no topic either
        # (construction area_as_object)
        acted = acted or lead.endswith("把")
        if scope == "wider" and place in areas and subjects.strip_lead(opening.strip()).startswith(place) and not acted:
            return place
        if subjects.scope_of(sentence, info.level, info.region)[0] != "own":
            return ""
    return ""


@functools.lru_cache(maxsize=8192)
def _own_level(level: str, words: str) -> bool:
    """Whether the words name the reporting region's own level of government (lexicon role own_level, its first
    character the level's: 省属, 省级, 自治区级 in a province's report; 市属, 市级 in a city's).

    >>> _own_level("province", "6组省属国企"), _own_level("province", "市级企业技术中心")
    (True, False)
    >>> f = extract_figures("支持郑州创建国家“两业”融合试点，新培育20家省级“两业”融合标杆企业。", ReportInfo("demo", 2026, "province", "河南省"))
    >>> f["scope"].tolist()
    ['own']
    """
    # an autonomous region's own level: 自治区级 (a province-level report's words open with 省 or 自治区)
    first = {"province": ("省", "自治区"), "city": ("市",)}.get(level, ())
    return bool(first) and any(w in words for w in subjects.role_words("own_level") if w.startswith(first))


@functools.lru_cache(maxsize=8192)
def _names_own_here(words: str, region: str) -> bool:
    """`_names_own`, or the region's one-character name after 在 (港澳居民在粤参加医保: in the region itself)."""
    short = subjects._short_name(region)
    return _names_own(words, region) or bool(short and "在" + short in words)


@functools.lru_cache(maxsize=4)
def _wider_areas(level: str) -> frozenset[str]:
    """The wider areas of scope_words.csv that scope whatever follows them (no words required after)."""
    return frozenset(
        r["word"] for r in subjects.scope_words() if r["scope"] == "wider" and not r["requires_after"] and level in r["levels"]
    )


# names listed with 、 right up to the count that sums them, no number among them
_NAMED_ITEMS = re.compile(r"[^，,；;。、\d]{2,14}(、[^，,；;。、\d]{2,14})+")


def _names_as_many_as(words: str, place: str, count: float) -> bool:
    """Do the words end in a list of names joined by 、 (or 和), as many as `count`, one of which holds `place`?

    >>> _names_as_many_as("支持吉光、三江、长白山", "白山", 3), _names_as_many_as("支持吉光、长白山", "白山", 3)
    (True, False)
    """
    listed = re.search(r"[^，,；;。、\d]{2,14}(?:(?:、|和)[^，,；;。、\d和]{2,14})+$", words)
    if not listed or place not in listed.group(0):
        return False
    return len(re.split(r"、|和", listed.group(0))) == count


# the sentence's opening clause, closed by a comma or a semicolon (天易经开区实现技工贸总收入1200亿元；完成地区生产总值430亿元:
# the zone is the topic of the parts after the semicolon too; topic_scope across a semicolon, session 61 probe)
_FIRST_CLAUSE = re.compile(r"[^，,；;：:。]+(?=[，,；;])")
_YEAR_THEN = re.compile(r"^(?:19|20)\d\d年(?!以来)")


@functools.lru_cache(maxsize=8192)
def _names_own(clause: str, region: str) -> bool:
    """Whether a clause names the reporting region (全省, 我市, its name: 北京输出到津冀技术合同成交额),
    brings things into it (lexicon role inflow: 引进央企二、三级子公司超800家) or puts out what the region makes
    (lexicon role own_output: 深入推进长三角一体化发展，推出35个对接上海…重点平台), so that it measures the
    region's own action or stock even in a sentence about another place (gold C10)."""
    short = subjects.bare_region(region)
    named = _OWN_NAMED.search(clause) or (len(short) >= 2 and short in clause)
    return bool(named or subjects.holds_any(clause, subjects.role_words("inflow", "own_output")))


def _place_in_firm_name(num: _Number, subject: str, place: str) -> bool:
    """Does the place close the name of a firm that opens a project's name, right before the capacity inside it (国能哈密
    400万吨煤制油项目, 中煤榆林…)? Then it is a word of the firm's name and stays (construction place_in_firm_name, gold S3,
    S7: the scope still goes to the place); a place that opens the name says where (延安千万吨炼化一体化项目 -> 炼化一体化项目).

    >>> f = extract_figures("推动国能哈密400万吨煤制油项目建设。", ReportInfo("demo", 2026, "province", "新疆维吾尔自治区"))
    >>> f[["indicator_zh", "scope"]].values.tolist()
    [['国能哈密煤制油项目', 'part']]
    """
    at = subject.find(place) if place else -1
    if at < 2 or num.tok.unit.kind != "physical" or not _project_head().search(subject, len(subject) - 2):
        return False
    firm = subject[: at + len(place)]
    return num.sub.rstrip(subjects.MARKS).endswith(firm) and not firm[:at].endswith(("在", "于"))


@functools.lru_cache(maxsize=8192)
def _without_place(subject: str, place: str) -> str:
    """成都平原经济区经济总量 -> 经济总量: the place that sets the scope leaves the subject, with its own
    suffix, 区域 and a facility after it (浙江省投入财政帮扶资金, 京津冀区域优良天数比率), unless the subject
    ends with it or names it in brackets.

    >>> _without_place("成都平原经济区经济总量", "成都平原经济区"), _without_place("京津冀区域优良天数比率", "京津冀")
    ('经济总量', '优良天数比率')
    >>> _without_place("杭州萧山国际机场旅客吞吐量", "杭州"), _without_place("南疆五地州地区生产总值", "南疆")
    ('旅客吞吐量', '地区生产总值')
    >>> _without_place("京津冀区域内技术合同成交额", "京津冀")
    '技术合同成交额'
    """
    if place.startswith("驻") and place in subject and not subject.endswith(place):
        return subject.replace(place, "", 1)  # 外国驻穗总领馆: where they are stationed, inside the name
    bracketed = place and _closed_after(subject, place)
    # 川渝省际通道, 川渝通办事项, 川渝共建重点项目: the places of a joint name stay (S7; 共建, 通办: session 35)
    joint = place and _JOINT_AFTER_PLACE.match(subject, subject.rfind(place) + len(place))
    if not place or place not in subject or subject.endswith(place) or bracketed or joint:
        return subject
    rest = subject[subject.rindex(place) + len(place) :]
    if place.endswith("地区") and rest.startswith("生产总值"):
        rest = "地区" + rest  # 东北地区生产总值: the 地区 a region is named with is also the first word of 地区生产总值
    rest = re.sub(r"^(地区|区域)(?=..)", "", rest) if subject.startswith("在" + place) else rest
    # 京津冀区域内技术合同成交额: within the area (内) goes with it (it left 内技术合同成交额)
    rest = re.sub(r"^(省|市|县|区域)内?(?=..)", "", rest).lstrip("的")
    # 胶东经济圈地区生产总值, 滇中城市群…: the kind of area a quarter of a province is named with goes with it (area_of_quarter)
    rest = _AREA_OF_QUARTER.sub("", rest)
    # 南疆五地州地区生产总值, 川南四市经济总量: the count of the place's areas is part of the place (places_counted_in_name)
    rest = _AREAS_COUNTED.sub("", rest)
    # 宁波舟山港集装箱吞吐量; 杭州萧山国际机场旅客吞吐量: the facility, after a short name of its own
    facility = _facility_after_name().match(rest)
    rest = rest[facility.end() :] if facility and len(rest) - facility.end() >= 2 else rest
    # 苏州工业园区在国家级经开区综合考核评价中稳居第一: where it stands opens the rest once the place left (locative_opening)
    return rest if rest[:1] in subjects.MARKS else subjects.without_locative(subjects.strip_lead(rest) or rest)


_AREA_KIND = rf"{_AREAS_OF_PLACE}|片区|一体化|同城化|示范区|工业走廊|走廊"
_AREA_OF_QUARTER = re.compile(rf"^(?:{_AREA_KIND})(?=..)")


# a count of a place's areas (南疆五地州, 恩平三市, 国考10市): part of the place, no word of the subject (places_counted_in_name,
# places_share_a_figure)
_AREA_COUNT = r"[两二三四五六七八九十\d]+[个座]?(?:地州|市州|地市|州市|县市区|区县|县区|城市|市|州|县|区|地)"
_AREAS_COUNTED = re.compile(rf"^{_AREA_COUNT}(?=..)")
_ANY_BRACKET = re.compile(r"[（）()]")
_JOINT_AFTER_PLACE = re.compile(r"(?:省|市|县|区)际|共建|通办")  # what a pair of regions names jointly (`_without_place`)


def _closed_after(subject: str, place: str) -> bool:
    """Whether a closing bracket follows the place in the subject before any other bracket (the place named in
    brackets): what `re.search(re.escape(place) + r"[^（）()]*[）)]", subject)` finds, every start of the place tried,
    without a pattern compiled for each place (31 in a pass, and as many entries of re's cache).

    >>> _closed_after("县（市、区）", "市"), _closed_after("市（县）", "市"), _closed_after("成都（天府新区）", "天府")
    (True, False, True)
    """
    at = subject.find(place)
    while at >= 0:
        bracket = _ANY_BRACKET.search(subject, at + len(place))
        if bracket and bracket.group() in "）)":
            return True
        at = subject.find(place, at + 1)
    return False


@functools.lru_cache(maxsize=1)
def _facility_after_name() -> re.Pattern:
    """A facility (lexicon role facility) after a short name of its own (`_without_place`), compiled once."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,3}}?({'|'.join(map(re.escape, subjects.role_words('facility')))})")


# --- interpretation: measure, qualifier, target and period; the row --------------------------------


class _Reading(NamedTuple):
    """What the interpretation layer reads of a number whose subject is known."""

    subject: str  # the subject adjusted to the measure (`_measured_subject`)
    rule: str
    flags: list[str]
    measure: str
    base: str | None
    sign: int  # -1 for a decline (下降3.7% is -3.7)
    qualifier: str | None
    is_target: bool
    period: tuple[int | None, int | None]


# 较去年增长8%, 比上年增长, 同比增长: the growth of one year, compared with the year before (gap_of_growth_before)
_ONE_YEARS_GROWTH = re.compile(rf"{_THAN_LAST_YEAR}|同比")


def _attribute_shares_span(r: _Reading, rows: list[dict]) -> _Reading:
    """An amount the things counted just before have (an attribute: 投资总额, 总投资) is summed over the same span as
    their count (construction attribute_shares_span): 累计引进投资超亿元项目748个,投资总额达4592亿元 is the total
    investment of the projects brought in over the five years, cumulative 2016-2020 as the 748 are, not a level
    of 2020."""
    previous = rows[-1] if rows else None
    if previous is None or r.measure != "level" or previous["measure"] not in ("cumulative", "count"):
        return r
    if previous["unit_std"] in _AMOUNT_UNITS or previous["period_start"] == previous["period_end"]:
        return r  # a count of one year: its amount is that year's level
    attributes = subjects.lexicon().get("attribute", ())
    own = previous["indicator_zh"]
    if not (r.subject.startswith(own) and r.subject[len(own) :] in attributes):
        return r
    if _ONE_YEARS_AMOUNT.match(r.subject[len(own) :]):
        return r  # 累计实施…项目1.3万余个，年度投资保持1万亿元以上: a yearly amount is one year's, no sum (yearly_amount)
    return r._replace(measure="cumulative", period=(previous["period_start"], previous["period_end"]))


# …增长6.6%，实现了6.5%左右的预期目标 / 低于3%左右的预期目标 / 超额完成3%以上的年度目标: the year's target of the outcome just
# stated, restated after it (construction target_of_outcome): a verb of meeting or comparing alone before the number,
# the words of a target after it
_OUTCOME_VS_TARGET = re.compile(
    r"[\s“”\"]*(?:基本|超额|圆满|顺利)?(?:实现|完成|达到|做到|低于|高于|超过|好于|略低于|略高于|符合)了?$"
)
_TARGET_WORDS_AFTER = re.compile(r"(?:左右|以上|以内|以下)?的?(?:年初|全年|年度|预期|调控)*(?:发展|调控)?(?:目标|任务)")
_OUTCOME_MEASURES = frozenset({"growth_yoy", "growth_avg", "change_pct"})  # rates a target can restate


def _target_of_outcome(s: _Sentence, num: _Number, r: _Reading, rows: list[dict]) -> _Reading:
    """The target of the year named right after its outcome (construction target_of_outcome, gold E15): 国内生产总值增长6.6%，
    实现了6.5%左右的预期目标 is a growth target of 6.5 % (not a level of 6.5 %), with the outcome's base and direction
    (能耗下降3.1%，超额完成3%以上的年度目标: -3 %), and 低于 or 高于 compares the outcome with it: no qualifier of the
    target's (only 左右, 以上 written after the number are).

    >>> f = extract_figures("一、2018年工作回顾\\n居民消费价格上涨2.1%，低于3%左右的预期目标。", ReportInfo("demo", 2019))
    >>> f[["measure", "value", "base_period", "is_target", "qualifier"]].values.tolist()[1]
    ['growth_yoy', 3.0, '上年', True, 'about']
    """
    previous = rows[-1] if rows else None
    if previous is None or not r.is_target or previous["is_target"]:
        return r
    amount = num.tok.unit.kind != "percent" and previous["measure"] in ("level", "count", "cumulative")
    if previous["measure"] not in _OUTCOME_MEASURES and not amount:
        return r
    if r.subject != previous["indicator_zh"]:
        return r  # the clause names a quantity of its own
    if previous["unit_std"] != num.tok.unit.unit_std:
        return r  # (an amount too: 完成投资8029亿元，超过8000亿元的预期目标; session 46 probe, the 超过 was its qualifier)
    if not (_OUTCOME_VS_TARGET.fullmatch(num.clause_before) and _TARGET_WORDS_AFTER.match(s.text, num.tok.after)):
        return r
    suffix = s.text[num.tok.after : num.tok.after + 2]
    qualifier = "+".join(name for name, pat in _SUFFIX_Q if pat.match(suffix)) or None
    sign = -1 if previous["value"] < 0 else 1
    return r._replace(measure=previous["measure"], base=previous["base_period"], sign=sign, qualifier=qualifier)


def _capacity_named_with_verb(subject: str) -> bool:
    """压减钢铁产能, 退出煤炭产能: production capacity named with the verb that cuts or retires it (lexicon
    roles capacity_verb, production_capacity), whose number is the capacity cut, not a fall of a stock."""
    return subject.startswith(subjects.role_words("capacity_verb")) and subject.endswith(
        subjects.role_words("production_capacity")
    )


def _interpret(
    s: _Sentence, num: _Number, found: _Subject, subject: str, previous: dict | None = None, last: dict | None = None
) -> _Reading:
    """The measure (from the predicate, in the words of the sentence when the subject was
    carried; a part after 其中 as its whole, `_part_of_previous`), the subject adjusted to it (the
    figure before: `previous`), the qualifier, whether it is a target, and the period."""
    part = _part_of_previous(num, previous)
    measure, base, sign = part or _item_of_previous_sum(num, previous) or _measure(_Predicate.of(s, num, found))
    if measure == "change_abs" and _capacity_named_with_verb(subject):
        measure, sign = "level", 1  # 再压减钢铁产能3000万吨左右: the capacity cut, its verb in the name (S5)
    # the whole of a wider place written right before a percent (在全国1/4, 超全市三分之一), searched once for the two uses below
    whole = _place_whole_before().search(num.clause_before) if num.tok.unit.kind == "percent" else None
    if measure == "level" and num.tok.unit.kind == "percent" and (in_place := _in_place_share_pattern().match(subject)):
        # 棉花总产在全国占比超过90%: the owner's share of a place, as 占全国比重 (share_in_place, gold E6: the owner alone)
        measure, subject = "share", in_place.group("owner")
    elif measure == "level" and whole:
        measure = "share"  # 苹果、猕猴桃产量稳定在全国1/4、1/3: a part of the place's whole, no rate (share_of_place_before)
    elif measure == "level" and num.tok.unit.kind == "percent" and _share_in_place_clause().search(num.clause_before):
        # 地区生产总值…，在全省占比由22.5%提高到23.5%, 规模全市占比保持四分之一强: the share word after the place, with the
        # owner carried from before (share_in_place_carried, session 56 probe: both were levels)
        measure = "share"
    if measure == "share" and whole:
        # 检验检测产业营收超全市三分之一, 苹果产量稳定在全国1/4: the verb and the whole written before the share are no words
        # of the owner (share_over_place)
        cut = re.sub(r"[\d./%、]+", "", whole.group(0)).rstrip("的")
        if subject.endswith(cut) and len(subject) > len(cut) + 1:
            subject = subjects.strip_predicate_tail(subject[: len(subject) - len(cut)])
    established = subjects.role_words("established_name")
    if (
        measure == "change_abs"
        and num.tok.unit.kind == "physical"
        and subject.startswith("新增")
        and not subject.startswith(established)
    ):
        subject = subject[2:]  # 5000多万千瓦新增燃煤发电机组: the measure says it is added (built_increment, S4)
    earlier = num.earlier_clauses.rstrip("，,；; ")
    if measure == "change_abs" and not base and _ON_LAST_YEAR.search(clause_before_of(earlier) + "，" + num.clause_before):
        base = "上年"  # 粮食总产量在上年大幅度增长的基础上，又增产291亿斤: the base written (on_last_years_basis)
    if measure == "change_abs" and not base and _WHOLE_ON_LAST_YEAR_THEN_PARTS.search(_with_sentence_before(s, earlier)):
        # 财政赤字1.62万亿元，比去年增加2700亿元…其中，中央财政赤字1.12万亿元，增加1700亿元: a part's change shares the
        # base of the whole's change it breaks down (construction base_of_the_whole)
        base = "上年"
    before = previous["indicator_zh"] if previous else ""
    subject, rule, flags = _measured_subject(s, num, measure, subject, found.rule, before)
    qualifier = _qualifier(s.text, num.tok, num.clause, num.clause_before, num.sentence_prefix)
    if measure == "threshold" and not qualifier:
        qualifier = "over"  # a mark crossed: above it (CONVENTIONS.md, threshold)
    if rule == "steps_crossed" and qualifier == "over" and _CROSSING_VERB.search(num.clause_before):
        qualifier = None  # 跨过两个万亿元台阶: the 过 of the verb of crossing; the steps crossed are counted exactly
    past_target = _past_named_target(num.clause_before)
    if qualifier == "over" and past_target:
        qualifier = None  # 比计划目标3000亿元超过1070亿元: 超过 is the verb of going past the target (above_named_target)
    is_target, period_section = _target(s, num, measure)
    period = _ahead_of_time(num, is_target, _after_base(measure, base, _period(s, num, measure, period_section, base)))
    if measure == "growth_avg":
        # 与2006年相比，年均增长12.5%: the year compared with starts the span averaged over and is no base of an average
        # (CONVENTIONS base_period; average_since_base, session 69 probe of a county-level city's 2012 term review)
        base = None
    if period[1] is not None and past_target:
        period = period[1], period[1]  # (above_named_target: the excess stands where the target's level does, no span)
    part = part or (
        previous and measure == previous["measure"] in ("cumulative", "change_abs") and _PART_AFTER.search(num.sentence_prefix)
    )
    # 保障性安居工程…投资占43.7%，…建设占15.3% after the sentence on the two-year investment plan: a share with
    # no whole of its own (占 right before the number) continues the sum before it, in the sentence before too
    whole_unwritten = num.clause_before.rstrip(" 约近超过").endswith("占")
    of_sum = previous or (last if whole_unwritten else None)
    if (
        measure == "share"
        and not part
        and of_sum
        and (of_sum["measure"] == "cumulative" or (whole_unwritten and of_sum["measure"] == "share"))
        and of_sum["period_start"] is not None
        and of_sum["period_start"] < of_sum["period_end"]
        # (…累计达到7004.5亿元，2010年民生投入占财政支出总额的51%: a year written in the share's own clause dates it, session
        # 48 probe of 2011-2015 reports)
        and not _YEAR_IN.search(num.clause_before)
    ):
        # 2003年到2007年，中央财政对地方的转移支付累计4.25万亿元，87%用于支持中西部地区: a share of a sum over a span
        # just stated is a share of that sum, over the same years (share_of_sum), and so is the next share of a list
        period = (of_sum["period_start"], of_sum["period_end"])
    if (
        measure == "pp_change"
        and previous
        and previous["measure"] == "growth_yoy"
        and previous["period_start"] is not None
        and previous["period_start"] == previous["period_end"]
        and period[0] is not None
        and period[0] < period[1]
        and not _YEAR_IN.search(num.clause_before)
        and num.i > 0
        and _ONE_YEARS_GROWTH.search(s.text[_clause_start(s.text, s.s0, s.tokens[num.i - 1].start) : s.tokens[num.i - 1].start])
    ):
        # 预计到2021年底…增长8%，比“十三五”平均增速高3个百分点 in a term review: the gap right after one year's growth is that
        # growth's, in its year (gap_of_growth_before, session 58 probe: it was dated over the term)
        period = (previous["period_start"], previous["period_end"])
    if (
        measure == "count"
        and previous
        and _REACHES.search(num.clause_before)
        and previous["measure"] in ("count", "cumulative", "change_abs")
        and previous["period_start"] is not None
        and previous["period_start"] < previous["period_end"]
    ):
        # 改造城镇老旧小区16.7万个，惠及2900多万家庭: the people a flow over the span reached are counted over it
        # (reach_of_a_flow); those a standing scheme reaches (营养改善计划惠及3600多万农村学生) stand at the end
        period = (previous["period_start"], previous["period_end"])
    if part and previous["period_start"] is not None:
        # 实施总额4万亿元的两年投资计划，其中中央政府拟新增1.18万亿元 (and 其中，新增中央投资1.18万亿元 with a verb of its
        # own, summed alike): a part covers its whole's years
        period = (previous["period_start"], previous["period_end"])
    return _Reading(subject, rule, flags, measure, base, sign, qualifier, is_target, period)


_ON_LAST_YEAR = re.compile(r"在(上年|去年)[^，,；;。]{0,12}基础上")


def _with_sentence_before(s: _Sentence, earlier: str) -> str:
    """The sentence's words before the number, after the sentence before it when this one opens with 其中 (a
    breakdown of the whole the sentence before states: …比去年增加2700亿元…。其中，中央财政赤字…).

    >>> t = "拟安排财政赤字1.62万亿元，比去年增加2700亿元。其中，中央财政赤字1.12万亿元，增加1700亿元。"
    >>> extract_figures(t, ReportInfo("demo", 2015))["base_period"].fillna("").tolist()
    ['', '上年', '', '上年']
    >>> t = "拟安排财政赤字1.62万亿元。其中，中央财政赤字1.12万亿元，增加1700亿元。"
    >>> extract_figures(t, ReportInfo("demo", 2015))["base_period"].fillna("").tolist()
    ['', '', '']
    """
    if not earlier.lstrip(subjects.MARKS + " \u3000").startswith("其中"):
        return earlier
    return _sentence_before(s, "。\n") + earlier


def _sentence_before(s: _Sentence, marks: str) -> str:
    """The words from the last of `marks` before the sentence up to its start: the sentence before it, read back at most
    300 characters (bounded; the text's start when no mark stands there)."""
    start = max(s.text.rfind(c, max(0, s.s0 - 300), s.s0 - 1) for c in marks) + 1
    return s.text[start : s.s0]


_WHOLE_ON_LAST_YEAR_THEN_PARTS = re.compile(r"(?<!同)[比较](上年|去年)[^。；;]*。?其中")
_PART_AFTER = re.compile(r"其中[，,]?[^，,；;。\d]{0,16}$")
_PART_ONLY = re.compile(r"[\s“”\"]*其中，?[^，,；;。\d]{2,16}?(约|近|超过|超)?")


def _part_of_previous(num: _Number, previous: dict | None) -> _Measure | None:
    """新增电力装机3000万千瓦，其中可再生能源装机2000万千瓦: a part named after 其中 with no predicate of
    its own is measured as its whole (construction part_of_previous): an increment of an increment, a
    sum of a sum. Other measures follow from the part's own words (其中中央财政赤字1.6万亿元 is a level
    by itself)."""
    if not previous or previous["measure"] not in ("change_abs", "cumulative") or not _PART_ONLY.fullmatch(num.clause_before):
        return None
    part = num.clause_before.lstrip(' “”"其中，')
    if previous["unit_std"] != num.tok.unit.unit_std or any(
        w in part for w in subjects.role_words("predicate_start", min_length=2)
    ):
        return None  # 其中企业410.1万户、增长3.5%: the part has a predicate of its own
    if isinstance(previous["base_period"], str) and previous["base_period"]:
        return None  # 比上年增加1500亿元，其中中央财政赤字9500亿元: the part is of the deficit, not of its rise
    return previous["measure"], None, 1


def _item_of_previous_sum(num: _Number, previous: dict | None) -> _Measure | None:
    """五年累计，共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨、水泥产能7.75亿吨: a bare item after 、 with
    no predicate of its own is summed like the item before it (construction list_item_sum), over the
    same years; an increment too (新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦)."""
    if not previous or previous["measure"] not in ("cumulative", "change_abs") or not num.after_list:
        return None
    item = num.sub.strip(' “”"')
    if previous["unit_std"] is None or num.tok.unit.kind not in ("money", "physical"):
        return None
    if _UNIT_KIND.get(previous["unit_std"]) != num.tok.unit.kind or any(
        w in item for w in subjects.role_words("predicate_start", "action", min_length=2)
    ):
        return None  # 、新建改造农村公路1万公里: the item has a verb of its own
    if _LEVEL_REACHED.search(item):
        return None  # 新增发电装机4178万千瓦、总装机达9157万千瓦: the item reaches a level of its own (stock_after_flow)
    return previous["measure"], None, 1


def _row(s: _Sentence, num: _Number, indicator: str, scope: str, r: _Reading) -> dict:
    """The figures table's row (docs/figures.md, Columns): the value signed (a range low to high)
    and standardised, the basis of the indicator and the clause, offsets in the raw text."""
    tok = num.tok
    desc = indicators.describe(indicator)
    value = r.sign * tok.value
    high = r.sign * tok.high if tok.high is not None else None
    if high is not None and high < value:
        value, high = high, value
    value_std, _unit_std = standardise(value, tok.unit)
    basis, basis_from = indicators.basis_of(r.measure, tok.unit.kind, desc["basis"], num.clause, num.clause_before)
    c0, c1 = s.norm.raw_span(tok.start, tok.end)
    return {
        "report_id": s.info.report_id,
        "figure_id": f"{s.info.report_id}:{c0}",
        "section": s.section,
        "indicator": indicator,
        "indicator_zh": r.subject,
        "indicator_en": desc["indicator_en"],
        "basis": basis,
        "basis_from": basis_from,
        "measure": r.measure,
        "value": float(value),
        "value_high": float(high) if high is not None else np.nan,
        "unit": tok.unit.text or None,
        "value_std": value_std,
        "unit_std": tok.unit.unit_std,
        "period_start": r.period[0],
        "period_end": r.period[1],
        "base_period": r.base,
        "is_target": bool(r.is_target),
        "qualifier": r.qualifier,
        "preliminary": bool(_PRELIM.search(s.norm.text, s.s0, tok.start)),  # as written: （预计，下同） is masked
        "scope": scope,
        "char_start": c0,
        "char_end": c1,
        # where the number starts in the text the constructions read (char_start is the raw text's, which may differ):
        # what later numbers of the sentence compare with; no column of the table
        "text_start": tok.start,
        "sentence": s.norm.text[s.s0 : s.s1].strip(),
        "rule": r.rule,
        "confidence": "low" if (flags := _flags(indicator, r)) else "high",
        "flags": ";".join(flags),
    }


_MARKS_AND_BRACKETS = re.compile(r"[\s“”\"（）()]")
# constructions that name what a count counts by itself, so a short noun is the whole subject (人口, 家庭)
_NAMES_ITS_NOUN = frozenset({"population_count", "magnitude_before_noun", "beneficiaries", "rank_of_kind"})


def _flags(indicator: str, r: _Reading) -> list[str]:
    """The reading's flags (`_measured_subject`), and `subject_bare` for a subject of one or two characters
    outside the dictionary: 利润, 人数, 经验, 工程, 创业 are what something has or does, and whose it is stands in
    another clause more often than not (gold S5, D7). Measured on the development gold (session 14): such
    rows are fully correct in 59 % of cases against 94 % for the rest, so they go to review.

    >>> f = extract_figures("国家助学制度不断完善，每年资助金额近1000亿元。", ReportInfo("demo", 2013))
    >>> f[["indicator_zh", "confidence", "flags"]].values.tolist()
    [['金额', 'low', 'subject_bare']]
    >>> f = extract_figures("产业完成产值2500亿元、占全市工业30%，实现增加值680亿元。", ReportInfo("demo", 2015))
    >>> f[f["indicator_zh"] == "增加值"][["confidence", "flags"]].values.tolist()
    [['low', 'subject_bare']]
    """
    plain = _MARKS_AND_BRACKETS.sub("", r.subject)
    # 增加值, 销售额, 合格率 alone: a head noun with no owner (lexicon list_head) is as bare as 利润 (head_alone)
    bare = indicator == "other" and (1 <= len(plain) <= 2 or plain in subjects.role_words("list_head"))
    bare = bare and r.rule not in _NAMES_ITS_NOUN
    flags = [*r.flags, "subject_bare"] if bare and "subject_bare" not in r.flags else list(r.flags)
    if indicator == "other" and r.rule == "subject_before_number" and _verb_inside(plain):
        flags.append("subject_with_verb")
    if (
        r.rule == "driven_quantity"
        and (verb := _drive_verb().search(plain))
        and verb.start() <= 2
        and "subject_bare" not in flags
    ):
        # 项目带动总投资, 壮大带动就业: a driver of one or two characters (bare_driver) says as little whose it is as 利润 does
        flags.append("subject_bare")
    if not plain and "subject_not_found" not in flags:
        flags.append("subject_not_found")  # a subject carried from a figure that had none is none either
    if r.rule == "list_respectively" and _LISTED_SUBJECT.search(plain) and "subject_fragment" not in flags:
        # 一、二、三产增加值 given to each number of a 分别 list: the items were not parted, so the subject is the whole list
        flags.append("subject_fragment")
    return flags


def _verb_inside(name: str) -> bool:
    """Does a verb of action (lexicon role action) stand inside the name, with words before and after it
    (龙头企业牵头组建创新联合体, 可减轻企业和居民负担)? Whether such a verb belongs to the name (治理重点中小河流, gold S4)
    or leads to it (创新联合体) is a judgment the gold makes case by case: on the development gold (session 14) these rows
    read from the words before the number are fully correct in 66 % of cases, so they are flagged subject_with_verb.

    >>> _verb_inside("龙头企业牵头组建创新联合体"), _verb_inside("高新技术企业")
    (True, False)
    """
    found = subjects.first_places(name, subjects.role_words("action", min_length=2))  # each verb's first place
    return any(at >= 2 and len(name) - at - len(v) >= 2 for v, at in found.items())


@functools.lru_cache(maxsize=1)
def _level_words() -> tuple[re.Pattern, ...]:
    """One pattern per word of lexicon role level_word, in its order, built once (`_measured_subject` tries each)."""
    return tuple(re.compile(rf"(?<=..)(?<!总){re.escape(word)}$") for word in subjects.role_words("level_word"))


# 招商引资项目完成固定资产投资, 农牧区劳动力实现转移就业: a verb of achieving between the actor and the flow it achieved
# (inner_verb_of_achieving); 一般性支出连续5年压减比例: a streak inside the subject (streak_in_subject)
# (not a plan, task or goal completed: 完成年度投资计划131% is a completion rate, S35c; not after an adverb: 基本完成)
_INNER_VERB = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<!基本)(?:完成|实现|连续(?:\d+|[一二两三四五六七八九十]+)年)"
    rf"(?=[\u4e00-\u9fff]{{2}})(?![\u4e00-\u9fff]*(?:{_PLAN_WORDS})$)"
)


def _without_inner_verb(subject: str) -> str:
    """The subject without a verb of achieving (完成, 实现) or a streak between its actor and the quantity: the
    measure says what was done and the period when (construction inner_verb_of_achieving, gold CONVENTIONS "subject": no
    verbs of action; a streak is no figure and no part of a name).

    >>> _without_inner_verb("招商引资项目完成固定资产投资"), _without_inner_verb("农牧区劳动力实现转移就业")
    ('招商引资项目固定资产投资', '农牧区劳动力转移就业')
    >>> _without_inner_verb("自治区本级一般性支出连续5年压减比例"), _without_inner_verb("省重点项目完成年度投资计划")
    ('自治区本级一般性支出压减比例', '省重点项目完成年度投资计划')
    """
    if not subject or any(name in subject for name in _names_with_inner_verb()):
        return subject  # 通过公共网络实现零售额: an established name keeps its verb (lexicon role established_name)
    return _INNER_VERB.sub("", subject)


@functools.lru_cache(maxsize=1)
def _names_with_inner_verb() -> tuple[str, ...]:
    """The established names (lexicon role established_name) that hold 完成 or 实现, read once."""
    return tuple(name for name in subjects.role_words("established_name") if re.search("完成|实现", name))


def _names_the_ranked(head: str, subject: str, rule: str) -> bool:
    """Whether `subject` is what stands right before a growth word that is ranked (growth_ranked): the
    subject itself, or one item of the 分别 list that ends there when the row is one of the list's
    (list_growth_ranked: 规模以上工业增加值、固定资产投资增速分别居全国第3位、第5位 ranks the growth of each, gold
    S10; a list sharing one rank is read in `shared_subjects`).

    >>> _names_the_ranked("全省规模以上工业增加值、固定资产投资", "规模以上工业增加值", "list_respectively")
    True
    >>> _names_the_ranked("总量和", "地区生产总值", "list_respectively")
    False
    """
    if head.endswith(subject):
        return True
    return rule == "list_respectively" and any(item.endswith(subject) for item in re.split(r"[、和及与]", head))


def _measured_subject(
    s: _Sentence, num: _Number, measure: str, subject: str, rule: str, before: str = ""
) -> tuple[str, str, list[str]]:
    """(subject, rule, flags) once the measure is known: a rank with no subject is of the kind named
    after it (rank_of_kind: 成为全球第一货物贸易大国 gives 货物贸易); a growth measure drops 增长/增速 from
    the subject (经济增长预期目标为5%左右 gives 经济: gold CONVENTIONS S10). A subject not found, a
    list whose count does not match and a subject that reads like a piece of a clause (_FRAGMENT) are
    flagged, so the pages show the row as one to review."""
    flags = [f for f in ("subject_not_found", "list_count_mismatch") if rule == f]
    subject = _without_inner_verb(subject)
    if measure == "rank" and not subject and (kind := _KIND_AFTER_RANK.match(s.text, num.tok.after)):
        subject, rule = kind.group(1), "rank_of_kind"
        flags = [f for f in flags if f != "subject_not_found"]
    if measure == "rank" and len(listed := _RANKED_IN_LIST.sub("", subject)) >= 2:
        subject = listed  # 新希望集团位列中国企业500强第122位: the list a rank is in is no part of what is ranked (session 46)
    if measure == "rank_change" and len(moved := _MOVE_VERB_END.sub("", subject)) >= 2:
        # 全省县域综合考核前移73个位次: the verb of the move, right after what is ranked with no ranking word between, is the
        # measure's (move_after_ranked, session 66 probe of a county's 2014 report: it was 县域综合考核前移)
        subject = moved
    if measure in ("rank", "rank_change") and len(named := _RANK_AMONG_TAIL.sub("", _RANKING_TAIL.sub("", subject))) >= 2:
        # 区域创新能力排名较上年提升2位: the quantity ranked, not the ranking's words (rank_moved); 经济实力在中部六省经济
        # 百强县中的排名由41位上升到37位: nor the field ranked among (rank_field, session 43 probe)
        subject = named
    elif measure in ("rank", "rank_change") and subject and not _RANKING_TAIL.sub("", subject) and before:
        # 地区生产总值…，在全国的位次由第11位上升到第8位: a clause of only the ranking's words ranks the figure before (D7,
        # ranking_of_previous)
        subject, rule = before, "ranking_of_previous"
        flags = [f for f in flags if f != "subject_not_found"]
    ranked = _GROWTH_RANKED_TAIL.search(num.clause_before) if measure == "rank" and subject else None
    if ranked and _names_the_ranked(num.clause_before[: ranked.start()], subject, rule):
        # 地区生产总值增速居全省第2位: the growth is ranked, not the level (growth_ranked, gold S10: 地区生产总值增速)
        subject += ranked.group(1)
    if measure in _GROWTH_MEASURES:
        # 今年的经济增长目标定为7.5%左右, 广义货币M2预期增长目标拟定为13%: the goal words go with the growth
        # words (S10)
        subject = re.sub(r"(?<=..)(预期)?((年均)?(增长速度|增长|增速))?(预期)?目标$", lambda m: m.group(2) or "", subject)
        # 经济增长速度预期为7%左右: 增长速度 is 增速 written out (growth_words_written_out)
        subject = re.sub(r"(?<=..)(年均)?(增长速度|增长率|(?:增长|上涨|下降)幅度|增长|递增|增速|增幅|涨幅|降幅)$", "", subject)
        subject = subjects.without_symbol(subject)  # 广义货币M2增长目标为17% -> 广义货币 (gold E4)
        subject = _CUT_TAIL.sub("", subject)  # 货物通关时间压缩一半以上: the measure carries the cut
        # 平均压减时间58%: the measure carries the cut, as it carries a growth (gold S10); what is left
        # may be an attribute of the things counted before (119个…重点事项，平均压减时间58%: gold D7)
        if (cut := _CUT_LEAD.sub("", subject)) != subject:
            subject = _attribute_of_previous(cut, before)
    if measure in _GROWTH_MEASURES or (measure == "count" and num.tok.unit.kind == "count"):
        # 企业退休人员基本养老金水平提高10%, 提高6000万农村人口供水保障水平: the level of a quantity whose change or reach
        # the number measures is that quantity (construction level_of_quantity); 价格总水平 is a name of its own
        for level_word in _level_words():
            subject = level_word.sub("", subject)
    if measure == "count" and num.tok.unit.base in ("人", "人次"):
        subject = subjects.people_counted(subject)  # 实现高校毕业生就业2800万人: the graduates (people_then_outcome)
    if measure == "share" and (of_quantity := _share_of_quantity(num.sub, subject, before, s.info.level)):
        subject, rule = of_quantity, "share_of_quantity"
    elif measure == "share" and (owned := _owner_share_of_quantity(s, num)):
        subject, rule = owned, "share_of_quantity"
    if measure == "share" and not _FROM_START.search(num.clause_before):
        # 70%村卫生室实现与乡镇卫生院一体化管理 (construction share_of_whole, gold S2); not the start of a from-to
        # (内需对经济的贡献率由2007年的80.4%提高到89%: session 48 probe of 2011-2015 reports, it took the whole clause)
        lead = subjects.strip_lead(_after_last_figure(_LEAD.sub("", num.clause_before)))
        lead = "" if subjects._only_function_words(lead) else lead  # 坚持把70%以上的财政支出用于民生: lead words only
        if whole := subjects.share_of_whole(lead, num.clause_rest):
            # 美丽城镇建设覆盖全省93%的建制镇: the region itself leaves the whole, as it leaves every subject (own_whole_after_dui)
            # (9个城市集中式饮用水水源地水质100%达标: the count of the whole just stated is a figure of its own, session 47
            # probe: it stayed in the subject)
            subject, rule = subjects.without_counts(subjects.without_own_region(whole, s.info.region)), "share_of_whole"
            if subject.startswith("试点") and (scheme := _scheme_before(s, num)):
                subject = scheme + subject  # 加快推进新型农村合作医疗制度建设，今年把试点的范围扩大到…: whose pilot
            flags = [f for f in flags if f != "subject_not_found"]
            if coverer := _coverer_of_share(lead, num, before):
                subject, rule = coverer + subject, "coverer_of_share"
            elif last_item := _share_of_last_item(subjects.strip_lead(_LEAD.sub("", num.clause_before)), num.clause_rest):
                subject, rule = last_item, "share_of_last_item"
            elif _whole_unclear(lead, num.clause_before):
                flags.append("share_whole_unclear")
    if measure == "share" and rule == "subject_carried" and _PREDICATE_AFTER_SHARE.match(num.clause_rest):
        # 每年70%以上的财政支出投入民生领域 after 民生投入持续加大: a predicate after the share picks out a part of a whole
        # (gold S2), so the quantity carried from the clause before is not what it is a share of (share_carried_with_predicate)
        flags.append("share_whole_unclear")
    if when := _TIME_INSIDE.search(subject):
        # 江门海关去年12月进口整体通关时间3.39小时: a time adverbial inside the words before the number parts the actor or
        # topic from the quantity, which is what follows it (construction time_inside_subject); with too little after it
        # (款项年底前要清偿, 今年底) the subject is a piece of a clause, and so flagged
        rest = _MODAL_LEAD.sub("", subject[when.end() :])
        if when.start() > 0 and len(rest) >= 4 and not _FRAGMENT.search(rest):
            subject = rest
        elif "subject_fragment" not in flags:
            flags.append("subject_fragment")
    if _FRAGMENT.search(subject) and "subject_fragment" not in flags:
        flags.append("subject_fragment")
    if rule == "subject_carried" and num.clause_before.endswith("的有"):
        # 104种工业产品中，我省在全国占比超过10%的有44种: the members a relative clause picks out of a set, counted with the
        # set's name carried (flag members_by_relative): the subject names the whole set, not its members
        flags.append("members_by_relative")
    if _PART_OF_YEAR.search(num.clause_before) or _OPENING_PART_OF_YEAR.match(num.sentence_prefix):
        # 前三季度，全市地区生产总值增长4.5%: months of the year, not the year's own figure (its years cannot say so;
        # construction part_of_year): flagged, so no page reads it as the year's growth
        flags.append("part_of_year")
    return subject, rule, flags


# words after a share's unit that go on to a predicate (70%以上的财政支出投入民生领域, 87%用于支持中西部地区)
# (not a qualifier alone: 占全国比重升至6.5%左右，)
_PREDICATE_AFTER_SHARE = re.compile(r"(?>(以上|左右|以内|多)?)的?[\u4e00-\u9fff]")
# the share's number right after a list's connector (所有市州和98%的县市区): it is a share of the last item only
_SHARE_AFTER_LIST_ITEM = re.compile(r"[和、及与]\s*$")


# a list of wholes before a share's number (所有城区、镇区和93%以上行政村, 所有市州和98%的县市区): the share is of the last
# item only; a verb of covering before the list (5G网络覆盖) stays with it
_WHOLES_BEFORE_SHARE = re.compile(
    r"(?:所有|全部)?[\u4e00-\u9fff（）()]{1,12}(?:[、和及与](?:[\u4e00-\u9fff（）()]{1,12}?))*[和、及与]$"
)


def _share_of_last_item(lead: str, after: str) -> str:
    """The subject of a share written after a list's connector (construction share_of_last_item, gold S2): the share
    picks out part of the last whole only, so the other items leave the subject; what covers them (a verb of covering,
    lexicon role share_verb_first, with its actor before it) stays. '' when the words before the number end no list.

    >>> _share_of_last_item("5G网络覆盖所有城区、镇区和", "以上行政村。")
    '5G网络覆盖行政村'
    >>> _share_of_last_item("所有市州和", "的县市区建成全国民族团结进步示范区，")
    '县市区建成全国民族团结进步示范区'
    >>> _share_of_last_item("基层医疗机构", "设置中医馆。")
    ''
    """
    if not _SHARE_AFTER_LIST_ITEM.search(lead):
        return ""
    verbs = "|".join(subjects.role_words("share_verb_first"))
    cover = re.search(rf"(?:{verbs})(?=(?:所有|全部)?[\u4e00-\u9fff（）()]+[、和及与])", lead)
    actor = lead[: cover.end()] if cover and cover.group() != "成为" else ""
    if not actor and not _WHOLES_BEFORE_SHARE.fullmatch(lead):
        return ""  # words before the list that are not a verb of covering: what they are is not clear
    return subjects.share_of_whole(actor, after)


def _coverer_of_share(lead: str, num: _Number, before: str) -> str:
    """What covers the share of places a clause opening with a verb of covering (lexicon role share_verb_first, not
    成为) reads, when the clause right before it names that thing with a number (construction coverer_of_share, gold S2:
    `高铁覆盖大城市` with 高铁 from the previous clause): the previous figure's subject without the words that make it a
    quantity of the thing (lexicon role quantity_tail: 营业里程, 规模), or ''.

    >>> from types import SimpleNamespace as NS
    >>> _coverer_of_share("覆盖", NS(sentence_prefix="建成5G基站8.99万个、覆盖"), "5G基站")
    '5G基站'
    >>> _coverer_of_share("覆盖", NS(sentence_prefix="高铁营业里程达到3万公里，覆盖"), "高铁营业里程")
    '高铁'
    >>> _coverer_of_share("成为", NS(sentence_prefix="建成5G基站8.99万个、成为"), "5G基站"), _coverer_of_share("覆盖", NS(sentence_prefix="高铁加快建设，高铁网络更加完善、覆盖"), "高铁网络")
    ('', '')
    """
    verb = subjects.opening_word(lead, "share_verb_first")
    if verb not in ("覆盖", "辐射") or lead != verb or not before:
        return ""
    words_before = num.sentence_prefix[: len(num.sentence_prefix) - len(lead)].rstrip()
    if not words_before.endswith(("、", "，", ",")):
        return ""
    last_clause = re.split(r"[，,、；;。：:]", words_before[:-1])[-1]
    if before not in last_clause or not re.search(r"\d", last_clause[last_clause.index(before) + len(before) :]):
        return ""
    return _owner_before_tail(before, subjects.role_words("quantity_tail")) or before


def _whole_unclear(lead: str, clause_before: str) -> bool:
    """Is the whole of a share read by share_of_whole (gold S2) in doubt (flag share_whole_unclear)? Two signals:

    - the words before the number open with a verb (lexicon role share_verb_first: 覆盖, 成为), so the clause names
      no whole that does it: 推进农村寄递物流体系建设，覆盖95%以上行政村 gives 覆盖行政村, whose coverer is no figure of
      the clause before (with one, coverer_of_share takes it: 建成5G基站8.99万个、覆盖… gives 5G基站覆盖行政村);
      成为全国…连续五年保持100%的唯一省份 gives a clause, not a share;
    - the number follows a list's connector that share_of_last_item could not part (所有市州和98%的县市区建成… gives
      县市区建成… by it), so the words before may belong to other items.

    >>> _whole_unclear("覆盖", "建成5G基站8.99万个、覆盖"), _whole_unclear("", "所有市州和")
    (True, True)
    >>> _whole_unclear("基层医疗机构", "基层医疗机构"), _whole_unclear("养老助餐点覆盖", "养老助餐点覆盖")
    (False, False)
    """
    if _SHARE_AFTER_LIST_ITEM.search(clause_before):
        return True
    return bool(subjects.opening_word(lead, "share_verb_first"))


# 前三季度, 上半年, 一季度, 1—11月, 1至10月, 前两个月: part of a year (part_of_year); not 上半年动工 after the number
_PART_OF_YEAR = re.compile(
    r"(前|第)?[一二三四1-4]季度|前三季|上半年|下半年|(?<![\d.])1\s*(?:[—–\-~～至到])\s*(?:[2-9]|1[01])\s*月|前(?:[两二三四五六七八九十]|十一)个月"
)
# 上半年, 到上半年, 再到前三季度, 预计全年: a part of the year (or the year) alone labelling a value (rate_by_period)
_RATE_BY_PERIOD = re.compile(rf"(?:从|到|再到|至|预计)?(?:{_PART_OF_YEAR.pattern}|全年)")
_RATE_NAMED = re.compile(r"(?:增速|增幅|增长率)")  # the rate the labelled values are of
_OPENING_PART_OF_YEAR = re.compile(rf"[\s“”\"]*(?:(?:19|20)\d\d\s*年|去年|今年)?(?:{_PART_OF_YEAR.pattern})[，,]")


# a time inside a subject (去年12月, 年底前, 今年底): the words of a clause, not of a name (time_inside_subject)
_TIME_INSIDE = re.compile(r"(去年|今年|上年|明年)(\d{1,2}月|底|末)?|(?<![\d.])\d{1,2}月(?!份?以来)|年底前?|上半年|下半年")
_MODAL_LEAD = re.compile(r"^(要|将|拟|须|必须|应)")


_OF_WHOLE = re.compile(
    r"[\s“”\"]*约?占(?P<whole>[^，,；;。\d占]{1,14}?)(?P<noun>的?(?:比重|比例|份额))?的?"
    r"(?=从|由|在|为|是|达|超|约|近|接近|提高|提升|上升|升|降|保持|稳定|已|\d|[一二三四五六七八九十两]成|$)"
)  # (提升至, 稳定在: 服务业增加值增长2.4%，占经济总量比重提升至43.2%, session 56 probe: the whole was lost)


# 全国 in a province's or a city's report, 全省 in a city's: a wider area than the region (wider_whole_kept)
_WIDER_THAN_CITY = ("全国", "我国", "全省", "我省", "本省", "该省")
_WIDER_REGION_WORDS = {"province": ("全国", "我国"), "city": _WIDER_THAN_CITY, "county": _WIDER_THAN_CITY}


def _whole_named(whole: str, level: str | None) -> tuple[str, str]:
    """(the whole's name as the subject keeps it, its words after the region word) for the whole of a share: the region's
    own word goes (占全国集体林地面积 in the nation's report: the nation's own land), a wider area's stays, since the share
    is of another region's quantity (冻鳟鱼出口占全国同类产品出口总值 in a province's report: gold, construction
    wider_whole_kept, session 51).

    >>> _whole_named("全国同类产品出口总值", "province"), _whole_named("全国集体林地面积", "national")
    (('全国同类产品出口总值', '同类产品出口总值'), ('集体林地面积', '集体林地面积'))
    """
    place = subjects.opening_word(whole, "region")
    rest = whole[len(place) :]
    return (whole if place and place in _WIDER_REGION_WORDS.get(level or "", ()) else rest), rest


# 外贸出口对全省出口增长贡献率: the rate of an owner written with 对 and the whole it contributes to (owner_of_rate)
_RATE_OF_OWNER = re.compile(r"(?<=..)对[^对占]{2,16}(?:贡献率|拉动率)$")


def _share_of_quantity(sub: str, subject: str, before: str, level: str | None = None) -> str:
    """全社会研究与实验发展经费…，占国内生产总值比重从1.07%提高到1.49%: a clause that opens with 占 and
    a quantity as the whole (not a place: 占全国, 占世界比重) names the share as the owner's share of
    that quantity (construction share_of_quantity, gold: 全社会研究与实验发展经费占国内生产总值比重); the
    owner is the subject carried from before, or, for the end of a from-to, the figure before's. ''
    when the clause names no such whole. The region word before the whole goes (占全国集体林地面积的60%).

    >>> _share_of_quantity("占国内生产总值比重在", "财政赤字", ""), _share_of_quantity("占世界", "高速铁路", "")
    ('财政赤字占国内生产总值比重', '')
    >>> _share_of_quantity("占世界经济比重从11.4%提高到", "占世界经济比重", "国内生产总值占世界经济比重")
    '国内生产总值占世界经济比重'

    A share of a place is the owner's share alone, also when the clause names it with the owner
    (县城常住人口占县域比重提升至63%) or names only the share (出口规模突破4万亿元，占全国份额从14%…).

    >>> _share_of_quantity("县城常住人口占县域比重提升至", "县城常住人口占县域比重", ""), _share_of_quantity("占全国份额从", "占全国份额", "出口规模")
    ('县城常住人口', '出口规模')
    >>> _share_of_quantity("占全国份额提高到", "占全国份额", "外贸出口对全省出口增长贡献率")
    '外贸出口'
    """
    if of_place := _share_of_place(subject):
        # (外贸出口…，对全省出口增长贡献率达32.1%，占全国份额提高到3%: the owner of the rate before, not the rate: owner_of_rate)
        owner = _RATE_OF_OWNER.sub("", before) or before
        return subject[: of_place.start()] or (owner[: owner.index("占")] if "占" in owner else owner)
    m = _OF_WHOLE.match(sub)
    if not m or "占" in subject[1:]:
        return ""
    named, rest = _whole_named(m.group("whole"), level)
    if not rest or rest in subjects.role_words("rank_area") or rest in ("总数", "总量", "增量"):
        # 占世界, 占全国总数的: a share of a place or of all such things; 占全国增量的1/4: of all such things added
        # (share_of_all_added)
        return ""
    if rest[-1] not in "量耗率额值数价资入出模程积济" and not m.group("noun"):
        return ""  # 占历史拖欠的98.6%: no quantity named
    owner = subject
    if subject.startswith("占"):
        owner = before[: before.index("占")] if "占" in before else before
    return owner + "占" + named + (m.group("noun") or "") if owner else ""


# 约占: the qualifier before 占 is the number's, not the owner's (民营经济增加值约占全市生产总值的一半)
_OWNER_THEN_WHOLE = re.compile(
    r"(?P<owner>[^，,；;。\d占]{2,24}?)(?:大约|约|将近|接近|近)?占(?P<whole>[^，,；;。\d占]{2,14}?)的?(约|近|超过|超)?$"
)


def _owner_share_of_quantity(s: _Sentence, num: _Number) -> str:
    """X占Y的4%, X占Y7成以上, written in the number's own clause with no 比重: the share of a quantity keeps the whole in the
    name (construction share_of_quantity, gold E6): 民生类支出占一般公共预算支出7成以上 gives 民生类支出占一般公共预算支出,
    按全国财政性教育经费支出占国内生产总值的4%编制预算 gives 财政性教育经费支出占国内生产总值; a share of a place is the owner's
    alone (占全国8成). The owner is the dictionary alias that ends right before 占, else the words before it."""
    m = _OWNER_THEN_WHOLE.search(num.clause_before)
    if not m or re.search(r"分别|[、和及与]", m.group("owner")):
        return ""  # 压条机、防护服胶条调拨任务数量分别占调度量的40%: each item's share (list_respectively)
    named, rest = _whole_named(m.group("whole"), s.info.level)
    if not rest or rest in subjects.role_words("rank_area") or rest[-1] not in "量耗率额值数价资入出模程积济":
        return ""
    words = m.group("owner")
    aliases = [a for a in s.pattern.finditer(words) if a.end() == len(words)]
    owner = aliases[-1].group(0) if aliases else subjects.strip_lead(words.strip(subjects.MARKS))
    return owner + "占" + named if len(owner) >= 2 else ""


@functools.lru_cache(maxsize=1)
def _share_of_place_pattern() -> re.Pattern:
    return re.compile(rf"占({'|'.join(subjects.role_words('rank_area'))})的?(比重|份额|比例)$")


@functools.lru_cache(maxsize=1)
def _place_whole_before() -> re.Pattern:
    """A wider place right before the number (and the items of its list): 稳定在全国1/4、 (share_of_place_before).

    >>> bool(_place_whole_before().search("产量稳定在全国1/4、")), bool(_place_whole_before().search("高于全国"))
    (True, False)
    """
    areas = "|".join(subjects.role_words("rank_area"))
    return re.compile(rf"(?:在|达到|达|占|为|超过|超出|超|逾|接近|近)({areas})的?(?:[\d./]+%?、)*$")


@functools.lru_cache(maxsize=1)
def _share_in_place_clause() -> re.Pattern:
    """在全省占比, 全市占比: a wider place's whole right before the share word in the number's clause, then up to a short
    predicate or a from-to (`_interpret`, share_in_place_carried), compiled once.

    >>> bool(_share_in_place_clause().search("在全省占比由22.5%提高到")), bool(_share_in_place_clause().search("规模全市占比保持"))
    (True, True)
    >>> bool(_share_in_place_clause().search("制造业外资占比"))
    False
    """
    return re.compile(rf"(?:{'|'.join(subjects.role_words('rank_area'))})的?(?:占比|比重|份额)[^，,；;。]{{0,16}}$")


@functools.lru_cache(maxsize=1)
def _in_place_share_pattern() -> re.Pattern:
    """X在全国占比, X在全省的比重: the owner's share of a place named with 在 before it (share_in_place).

    >>> _in_place_share_pattern().match("棉花总产在全国占比").group("owner"), _in_place_share_pattern().match("制造业外资占比")
    ('棉花总产', None)
    """
    # (地区生产总值全省占比达到32.4%: 在 unwritten before a whole area, session 45 probe)
    return re.compile(
        rf"(?P<owner>.{{2,}}?)(?:在({'|'.join(subjects.role_words('rank_area'))})|(?:{_WHOLE_AREA_WORDS}))的?(占比|比重|份额|比例)$"
    )


def _share_of_place(subject: str) -> re.Match | None:
    return _share_of_place_pattern().search(subject)


# (…增长12.5%，高于预期目标7.5个百分点: a target compared with is no aim of the clause, the margin is an outcome;
# session 45 probe of plan reports; also with its value written, 超过年初确定的8%的预期目标1个百分点: target_in_gap)
# 今年全省GDP预期增长10.5%左右 quoted in a review or a news page's summary: this year's expected growth is a target as 预期目标
# is (this_year_expected, session 56 probe of 2008-2018 provincial reports); 预计 is an estimate, not this
_STRIVE_WORD = re.compile(
    r"力争|(?<![于比])(?<!超过|超出|%的)预期目标|目标是|今年[^，,；;。]{0,12}预期(?:增长|增速|提高|下降)|(?:拟定|确定|设定)预期"
)


_PAST_YEAR_OPENS = re.compile(r"[\s“”\"]*(?:刚刚过去的|过去的)((?:19|20)\d\d)\s*年[，,]")


def _target(s: _Sentence, num: _Number, measure: str) -> tuple[bool, str]:
    """(is_target, the section whose period dates the figure): the first row of
    reference/target_context.csv for the figure's section (or any) whose context holds.

    The contexts, read from the clause before the number: `past` (去年, 已, a past year, a
    paragraph recapping last year), `from_start` (the X of 从X提高到Y), `as_standing` (作为…: what the
    region is as the plan starts), `subject_of_copula` (the figure is the subject of 是 in the next
    clause: 9亿多劳动力…，是我们最大的资源和优势), `strive` (力争, 预期目标, 目标是), `forecast` (今年高校毕业生将高达
    765万人: what the year will bring, not what the government aims at), `what_is` (现行16%的税率,
    我国有2.9亿在校学生, 近14亿中国人: what there is as the plan starts). In this year's plan a figure that
    is no target is dated last year; in a review 力争 still makes a target.

    >>> text = "二、2021年工作安排\\n今年地区生产总值增长6%左右。过去一年，地区生产总值增长5.2%。"
    >>> f = extract_figures(text, ReportInfo("demo", 2021))
    >>> f[["section", "is_target", "period_start"]].values.tolist()
    [['plan_year', True, 2021], ['plan_year', False, 2020]]
    """
    clause_before = num.clause_before
    past_year = any(
        int(y.group(1)) < s.cal.report_year
        for y in _dating_years(clause_before)
        # 比2020年, 较2025年, 在2020年的基础上: the year compared with (on_basis_of), not when the figure stands (较: it made
        # the plan's 较2025年翻一番 no target, session 39)
        if not clause_before[: y.start()].endswith(("比", "较", "与", "同"))
        and not _ON_BASIS.match(clause_before, max(0, y.start() - 1))
    )
    # 刚刚过去的2020年，全市36个民生实事项目全部完成 in the year's plan: a past year opening the sentence (or its part after ；)
    # dates its figures as past (past_year_opens, session 44 probe: they were targets of the plan's year)
    part = num.part_prefix
    opened = _PAST_YEAR_OPENS.match(part) or _OPENING_YEAR.match(part)
    past_year = past_year or bool(opened and int(opened.group(1)) < s.cal.report_year)
    clause_tail = _COMPARE_BASE.sub("", _WRITTEN_FIGURE.split(clause_before)[-1])
    context = {
        "past": bool(_PAST_WORDS.search(clause_tail) or past_year or s.recaps.past(num.tok.start)),
        "from_start": _from_start(measure, clause_before, num.clause_after),
        "as_standing": bool(_AS_STANDING.search(clause_before)),
        "subject_of_copula": bool(_COPULA_AFTER.match(s.text, num.tok.after, s.s1)),
        "strive": bool(_STRIVE_WORD.search(clause_before)) or _restated_target(clause_before, num.clause_after),
        "proposed": bool(_PROPOSED.search(clause_before)),
        "aimed": _aimed(clause_before),
        "forecast": _is_forecast(clause_before),
        "what_is": _what_is(s.text, num.tok, clause_before),
    }
    held = {name for name, holds in context.items() if holds}
    row = next(r for r in _target_rows(s.section) if r[1] <= held)
    return row[2], s.section if row[3] == "same" else row[3]


def _aimed(clause_before: str) -> bool:
    """Does the clause set where a quantity is to stand (context aimed)? 把 and then a verb of lexicon role
    aim_verb (控制在, 稳定在, 提高到) close before the number, with no past word between: the clause is an
    aim of the plan, also when a sentence with 去年 came before it in the paragraph or when the aim is
    the subject of a 是 that follows (把居民消费价格涨幅控制在3.5%左右，是充分考虑各方面因素后作出的选择: the
    choice is the aim, not the figure).

    >>> _aimed("把居民消费价格涨幅控制在"), _aimed("去年把居民消费价格涨幅控制在"), _aimed("居民消费价格涨幅控制在")
    (True, False, False)
    """
    return bool(_aim_pattern().search(clause_before)) and not _PAST_WORDS.search(clause_before)


@functools.lru_cache(maxsize=1)
def _aim_pattern() -> re.Pattern:
    return re.compile(rf"把[^，,；;。把]{{1,24}}?({_role_words('aim_verb').pattern})[^，,；;。\d]{{0,3}}$")


_SET_TARGET = re.compile(r"(确定|提出)的")
_TARGET_END = re.compile(r"的?目标$")
_LISTED_FIGURE = re.compile(r"[和、及][\d.]+")
_ACHIEVE_WORD = re.compile(r"实现|完成|达到|达成")


_AHEAD = re.compile(r"提前(?P<n>[一二两三四五\d])年(?:实现|完成|达到)")


def _ahead_of_time(num: _Number, is_target: bool, period: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """A target met N years ahead of time (提前一年实现…500元和300元的目标) is dated the year it was set for: N years after
    the year that met it (construction met_ahead_of_time, gold E15: the target of 2010, met in 2009).

    >>> f = extract_figures("去年提前一年实现农村中小学生人均公用经费500元和300元的目标。", ReportInfo("demo", 2010))
    >>> f[["period_end", "is_target"]].values.tolist()
    [[2010, True], [2010, True]]
    """
    ahead = _AHEAD.search(num.clause_before)
    start, end = period
    if not (ahead and is_target and start is not None and start == end):
        return period
    year = end + int(parse_number(ahead["n"]))
    return year, year


def _restated_target(clause_before: str, clause_after: str) -> bool:
    """Is the number a target set earlier and restated (construction restated_target: 全国没有实现年初确定的单位
    国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标)? 确定的 or 提出的 before it and 目标 closing its clause:
    a target all the same, met or missed (CONVENTIONS.md, is_target).

    >>> _restated_target("全国没有实现年初确定的单位国内生产总值能耗降低", "左右、主要污染物排放总量减少2%的目标")
    True
    """
    if _SET_TARGET.search(clause_before) and _TARGET_END.search(clause_after):
        return True
    if _names_target_compared(clause_before):
        return True  # 比“十五”计划目标3000亿元超过1070亿元: the value after 目标 is the target named (above_named_target)
    # 本届政府减少1/3行政审批事项的目标提前实现: the number and what it counts name a target, met or missed (E15,
    # construction named_target); 500元和300元的目标: a later number of the list names it too; 317个县实现目标 counts
    # what met a target, it is no target
    named = _NAMED_TARGET.match(_LISTED_FIGURE.sub("", clause_after))
    return bool(named) and not _ACHIEVE_WORD.search(named.group(0))


def _what_is(text: str, tok: _Token, clause_before: str) -> bool:
    """Does the number state what there is (context what_is): the rate in force (现行), what the
    country has (我国有), or its whole people named after the count (lexicon role population: 近14亿中国人,
    凝聚13亿人民的智慧, where the unit 亿人 has taken the 人 of 人民; or 13亿人口 with no side such as 农村,
    construction population_count)?

    >>> t = "凝聚13亿人民的智慧和力量。"
    >>> _what_is(t, _tokens(t, 0, len(t))[0], "凝聚"), _what_is("覆盖农村5亿人口。", _tokens("覆盖农村5亿人口。", 0, 9)[0], "覆盖农村")
    (True, False)
    """
    person_word = tok.unit.base == "人" and bool(_population().match(text, tok.after - 1))
    # 我国有13亿人口、9亿劳动力资源: the later items of a list after 有 are what there is too
    return bool(
        _WHAT_IS_BEFORE.search(_EARLIER_ITEMS.sub("", clause_before))
        or _population().match(text, tok.after)
        or person_word
        or tok.named == ("人口", "population_count")
    )


def _is_forecast(clause_before: str) -> bool:
    """Does the clause state what the year will bring rather than aim at it (context forecast)?
    将高达 before the number, or a quantity the plan responds to (lexicon role forecast_subject:
    今年高校毕业生超过1000万人，要加强就业创业指导 states how many will graduate, no target). 预计 alone
    is no sign: 预计全年退税减税约2.5万亿元 is the government's own measure (gold 2022).

    >>> _is_forecast("预计今年高校毕业生超过"), _is_forecast("预计全年退税减税约"), _is_forecast("城镇新增就业")
    (True, False, False)
    >>> _is_forecast("今年高校毕业生超过"), _is_forecast("应届高校毕业生就业率保持")
    (True, False)
    """
    if _FORECAST.search(clause_before):
        return True
    # 应届高校毕业生就业率保持95%以上: a rate of those people is an aim of the plan, not how many they will be
    # (rate_of_forecast_people)
    return any(
        w in clause_before and not _RATE_AFTER.match(clause_before, clause_before.find(w) + len(w))
        for w in subjects.role_words("forecast_subject")
    )


_RATE_AFTER = re.compile(r"[^，,；;。\d]*?(率|比例|比重|占比)")


@functools.lru_cache(maxsize=1)
def _population() -> re.Pattern:
    """The people of the whole country or region named after a count (14亿多中国人, 56个民族); 人民币 after an amount is its
    currency, no people (突破一万亿元人民币 is a target of the plan: currency_is_no_people).

    >>> bool(_population().match("人民的智慧")), bool(_population().match("人民币。")), bool(_population().match("民族团结"))
    (True, False, False)
    """
    # (not a word that opens a longer noun, lexicon role population_modifies: 363个民族团结进步示范社区 counts communities, no
    # people, while 56个民族共同团结奋斗 names them; population_word_opens_noun)
    words = "|".join(map(re.escape, subjects.role_words("population")))
    longer = "|".join(map(re.escape, ("币", *subjects.role_words("population_modifies"))))
    return re.compile(f"[多余]?({words})(?!{longer})")


@functools.lru_cache(maxsize=1)
def _target_context() -> tuple[tuple[str, frozenset[str], bool, str], ...]:
    """(section, context words that must all hold, is_target, dated_as) in the order of
    reference/target_context.csv: the first row that matches a figure decides."""
    return tuple(
        (r["section"], frozenset(filter(None, r["context"].split("+"))), r["is_target"] == "True", r["dated_as"])
        for r in csv_rows(REFERENCE_DIR / "target_context.csv")
    )


@functools.lru_cache(maxsize=16)
def _target_rows(section: str) -> tuple[tuple[str, frozenset[str], bool, str], ...]:
    """The rows of `_target_context` for a figure of this section (its own and those for any), in their order: sorted
    out once per section, not row by row for every figure (`_target`)."""
    return tuple(r for r in _target_context() if r[0] in (section, "any"))


# Words before a count that lead on to the noun after it: examples (白鹤滩等14座大中型水电站), an
# attribute (省委确定的14项引领性改革), a second item (882个义务教育学区和822所普通高中).
_KIND_AFTER_RANK = re.compile(r"(?:[位名]?)([\u4e00-\u9fff]{2,8}?)(?:大国|大省|强国|强省|大市)")
# 、水泥 between two figures: a bare item of a list of figures (多/余 may close the previous number)
_KINDS_OF_RETIRED_CAPACITY = re.compile(r"[^，,；;。]*?等(落后)?(产能|生产能力)")
_LISTED_ITEM = re.compile(r"(?:以上|左右|[多余])?、([\u4e00-\u9fff]{2,6})")
# A subject that reads like a piece of a clause rather than a noun phrase (flag subject_fragment): a
# title mark or an unclosed bracket (门联合印发《四川省…), 之一 at its end (省份之一), a preposition at
# its start (在中西部地区就近城镇化), a count inside it (8支市级高精尖产业基金带动社会投资, 连续4年在…).
_FRAGMENT = re.compile(
    r"《|（[^）]*$|\([^)]*$|之一$|^(在(?![校站建岗册职读营])|[向为从由把被])|(?<![\d.A-Za-z])\d+(年|(个|项|家|支|条|所|批|名|位|次)(?![^，,；;。、的\d]{1,12}的))"
    # (纳入国家102项重大工程的计划新开工项目: a count inside a relative clause is part of the name, gold S3)
    # the marks of a clause (construction clause_in_subject): an aspect particle (取消了, 化解了, 贡献了), a modal inside
    # the words (一定要守住, 试点要覆盖, 决定将), 可 before a verb (可减轻): a name has none of them
    r"|了(?!解)|(?<=[\u4e00-\u9fff])(?<![主重需纲政摘提紧首机必只])要(?![素求件点地道塞闻])|(?<=..)将(?!军|士|领)|^可(?=[减增节降带提])"
    # a word that points to a name written elsewhere (此项支出, 该项资金, 上述投资总额) and the end of a phrase of place or of a
    # relative clause without its noun (工业产品中, 超过20%的有)
    r"|此项|该项|这项|^上述|的有$|(?<=..)(?<![高初县集])中$|^的"  # 的救灾救济支出: a relative clause's noun without its clause
    # …and a relative clause without its noun (全球单机规模最大、技术领先的 before 2座35万千瓦塔式槽式光热发电项目)
    r"|(?<=..)的$"
    # …and an adverb of time opening a verb (一年内就实现年产4万吨…: 就实现年产 is no name; 就业 is)
    r"|^就(?=[实达是有])"
    # a size class without the things it sizes (亿元级, 千万级: …亿元级、准亿元级税收楼宇 cut before its noun)
    r"|(?<=[元万亿千百])级$"
)
# 平均压减时间 -> 时间; not the 减 of 减免 (a verb of relief: 为企业减免税收4.2亿元，增长23% gave 免税收, session 65 probe)
_CUT_LEAD = re.compile(rf"^(平均)?({_predicate_words('cut')})(?!免)(?=..)")
_CUT_TAIL = re.compile(rf"(?<=..)(平均)?再?({_predicate_words('cut')})$")  # 货物通关时间平均缩短 -> 货物通关时间
_GROWTH_MEASURES = frozenset({"growth_yoy", "growth_avg", "change_pct", "pp_change"})
# 始终不懈地把14亿多中国人的饭碗…: 把 leads to its object; 农村饮水安全工程使6069万农民受益: so does a
# causative verb (使, 让): the people it makes do something are counted
_LEADS_TO_NOUN = re.compile(rf"(等|的|和|及|、|把|使|让|({_WHOLE_REGION}|共)有)(约|近|超过|超|逾)?$")  # 我国有2.9亿在校学生
# A list of members or classes before a count names what the count is of only through the noun after
# it: 包括都江堰灌区、…、南水北调西线6个工程; …健康消费等方面29项促消费政策.
_AFTER_A_COUNT = re.compile(r"\d[个所家项条种座批名位类]\s*[\u4e00-\u9fff“”（）()]{1,12}$")
_SUMMARY_END = re.compile(r"[两二三四五六七八九十]大类?$")


# the rest of a clause that makes its number a target's: what is counted, then (的)目标 (named_target)
_NAMED_TARGET = re.compile(r"[^，,；;。\d]{0,24}?的?(预期)?目标(?!任务)")
# 、 joining items of a subject, not inside brackets (县（市、区） is one noun)
_LISTED_SUBJECT = re.compile(r"、(?![^（(]*[）)])")
_EARLIER_AMOUNT_AND_NOUN = re.compile(r"[\d.]+[万亿千百]*元[^，,；;。\d、和及]{1,12}(和|及|、)$")


# a count (number and measure word) closed by a connector, before the next item's words (item_after_connector)
_ITEM_AFTER_COUNTED = re.compile(r"^.*[\d.]+(?:万|亿)?(?:个|家|户|项|所|座|条|台|件|名|支|处|款|批|只|种|类)(?:和|及|以及|与)")
# a connector after a count opening the next item with a count of its own (358户和种子独角兽企业1户; not 150个和美乡村)
_CONNECTOR_AFTER = re.compile(r"(?:和|及|以及|与)[^，,；;。：:\d]{1,16}?[\d一二两三四五六七八九十百千万]")


# 84万人实现了脱贫, 6.5万人实现脱贫: a count of persons with no noun of people, then the outcome they reached: the outcome names
# the count (people_out_of_poverty, session 74 probes of 2011 provincial and 2014 city reports: 实现了 or the count before;
# three blind readers wrote 脱贫); a noun of people after the number is counted itself (4.18万贫困人口实现脱贫: 贫困人口)
_PEOPLE_OUT_OF_POVERTY = re.compile(r"(?:实现了?|稳定)*(?P<outcome>脱贫)")


def _noun_after(text: str, tok: _Token, words_before: str) -> str:
    """The counted noun after a measure word when the words before the number name no subject, or
    only lead on to it (construction `count_noun_after`: 白鹤滩等14座大中型水电站 -> 大中型水电站)."""
    if tok.unit.kind not in ("count", "money", "physical") or "分别" in words_before:
        return ""
    if _CONNECTOR_AFTER.match(text, tok.after):
        return ""  # 认定雏鹰企业、瞪羚企业358户和种子独角兽企业1户: a connector opens the next item (item_after_connector)
    # (规划建设了8.25平方公里的营口港物流园区: the aspect mark after the verb, session 63 probe of a city's 2013 report)
    bare = words_before.rstrip(subjects.MARKS).removesuffix("了")
    # 其中根据当地资源禀赋打造14个特色服务区: a verb of action right before the number (verb_then_counted_noun)
    acts = bare.endswith(subjects.role_words("action", min_length=2))
    if tok.unit.kind == "physical":
        # 新建1亿亩高标准农田: only a verb before an amount of land, length …, the thing after it (not
        # after a span of time: 365天不落幕)
        if tok.unit.unit_std in ("days", "workdays", "hours", "years") or (subjects.subject_before(words_before) and not acts):
            return ""
        if not re.match(r"[\u4e00-\u9fff]", text[tok.after : tok.after + 1]):
            return ""
        return subjects.without_property_tail(subjects.subject_after(text, tok.after))
    if tok.unit.kind == "money":
        # 中央财政安排1000亿元专项奖补资金 (construction amount_of_noun): an amount names its noun after
        # it only when the words before are a payer and verbs, and a noun of money (lexicon role
        # money_noun) follows right after the unit
        # 实施两年新增4万亿元的投资计划: 的 may stand between the amount and the money it is
        at = tok.after + (1 if text[tok.after : tok.after + 1] == "的" else 0)
        # 中央财政安排384亿元救灾款和740亿元恢复重建资金: the second amount of a list of amounts and their money
        # has the payer and verb of the first (amount_list_of_nouns)
        if earlier := _EARLIER_AMOUNT_AND_NOUN.search(words_before):
            words_before = words_before[: earlier.start()]
            acts = words_before.rstrip(subjects.MARKS).endswith(subjects.role_words("action", min_length=2))
        if (subjects.subject_before(words_before) and not acts) or not re.match(r"[\u4e00-\u9fff]", text[at : at + 1]):
            return ""
        noun = subjects.subject_after(text, at)
        if not noun.endswith(subjects.lexicon().get("money_noun", ())):
            return ""  # 安排219亿元支持116户, 投入12亿元实施…: what follows the amount is not money
        # 把中央财政的400亿元补贴资金用好用活: the payer after 把/将, with its 的
        lead = re.sub(r"^(把|将)", "", words_before.lstrip(subjects.MARKS))
        payer = next((p for p in subjects.payers() if lead.startswith(p)), "")
        if noun.startswith(subjects.role_words("payer_by_name")):
            payer = ""  # 中央财政安排27亿元国债资金: 国债 says whose money it is, the payer adds nothing (gold 2006, 2007)
        return payer + noun if noun else ""
    # 8所高校14个学科: the noun right before the number is counted by the figure before it
    listed = "、" in words_before or _SUMMARY_END.search(words_before) or _AFTER_A_COUNT.search(words_before)
    if (before := subjects.subject_before(words_before)) and not (_LEADS_TO_NOUN.search(bare) or listed or acts):
        return _counted_noun_after(text, tok, words_before, before)
    start = _after_size(text, tok.after)
    # (10个重点项目总投资达20亿元: the property tail cut inside the attribute 总投资 goes back to its start, attribute_after_count)
    noun = subjects.without_attribute_start(text, start, subjects.without_property_tail(subjects.subject_after(text, start)))
    in_clause, in_noun = _times_of_a_change()
    act = (
        (in_clause.match(text, tok.after, tok.after + MAX_CHANGED + 8) or in_noun.match(noun)) if tok.unit.base == "次" else None
    )
    if act:
        # 先后4次降低存款准备金率: the times a rate was changed, named object first (存款准备金率降低, as gold
        # names 两次下调存款准备金率); after an adverb of degree (lexicon role degree_adverb) and across 的 too:
        # 三次较大幅度提高粮食最低收购价 gives 粮食最低收购价提高, 四次提高重点优抚对象的抚恤补助标准
        # 重点优抚对象抚恤补助标准提高 (construction times_of_a_change)
        noun = act.group(2).replace("的", "") + act.group(1)
    if (
        tok.unit.unit_std == "persons"
        and text[tok.after - 1 : tok.after] in "人名"
        and (reached := _PEOPLE_OUT_OF_POVERTY.match(text, tok.after))
    ):
        return reached.group("outcome")  # 84万人实现了脱贫: people counted with no noun are counted by what they reached
    if tok.unit.unit_std in ("persons", "households"):
        noun = subjects.people_then_predicate(noun)  # 8000余名低收入人口就业增收: the people (people_then_predicate)
    return noun


_SIZE_NUMBER = re.compile(r"[\d.]+")
_SIZE_CLASS = re.compile(r"级|及?以[上下]")  # 10万吨级码头, 80岁以上老年人: a class of things by their size, no size of each


def _after_size(text: str, pos: int) -> int:
    """Where the counted noun starts after a measure word: past a size of each thing written first (construction
    size_of_counted, gold S3: the number inside a modifier goes; 2座35万千瓦塔式槽式光热发电项目 counts 塔式槽式光热发电项目);
    a size class with 级 or 以上 stays (3个10万吨级码头泊位, 87万名80岁以上老年人).

    >>> built, berths = "建成5座100兆瓦新型储能电站", "新建3个10万吨级码头泊位"
    >>> built[_after_size(built, 4) :], berths[_after_size(berths, 4) :]
    ('新型储能电站', '10万吨级码头泊位')
    """
    size = _SIZE_NUMBER.match(text, pos)
    if not size:
        return pos
    unit = read_unit(text, size.end())
    end = size.end() + unit.length
    if unit.kind != "physical" or _SIZE_CLASS.match(text, end):
        return pos
    return end + (2 if text.startswith("/年", end) else 0)


MAX_CHANGED = 16  # the longest name of a rate or standard changed a number of times (重点优抚对象的抚恤补助标准)


# 试点已扩大到671个县, 试点范围扩大到1451个县（市、区）: a pilot widened to places
_WIDENED_TO = re.compile(rf"(?:{subjects.widened_to()}|(?:{_predicate_words('widen')})了)$")
_WIDENED_LATER = re.compile(rf"[^，。；]{{1,12}}?{subjects.widened_to()}")  # 托管帮扶从15个县（市）扩大到57个


def _counted_noun_after(text: str, tok: _Token, words_before: str, before: str) -> str:
    """The noun a count is followed by, although the words before the number name something
    (construction `counted_noun_after`, gold CONVENTIONS S1: the subject is the counted noun).

    覆盖21万家“四上”企业 counts firms, not coverage; 广东自贸试验区43项改革创新成果 counts results,
    and the zone before the number only says whose they are. Not a noun: a second number
    (3批48人), a bracket or mark, an empty head (100万人目标), and times (三次专门致信感谢), which
    count events of the words before. A pilot widened to places (construction `pilot_widened_to`)
    names the places of the pilot, the words before without 范围 and the places after:
    新型农村合作医疗试点范围扩大到1451个县（市、区） -> 新型农村合作医疗试点县（市、区）.
    """
    # 民警20人支援湖北抗疫: a written 人 is itself what is counted, the words after it are the predicate
    # (not the 人 of a bare 万 before people: 1000多万失业人员, gold D6)
    person = tok.unit.base == "人" and text[tok.after - 1 : tok.after] == "人" and text[tok.after : tok.after + 1] != "的"
    # 5万名35-64岁妇女: an age band before the noun names the group counted (age_band_before_noun)
    named = re.match(r"[\u4e00-\u9fff“]", text[tok.after : tok.after + 1]) or subjects.AGE_BAND.match(text, tok.after)
    if tok.unit.base in ("次", "人次") or not named:
        return ""
    noun = subjects.without_property_tail(subjects.subject_after(text, tok.after))
    if not noun or noun in subjects.role_words("light_noun", "empty_head", "goal_word") or words_before.endswith("有"):
        return ""
    if (places := _class_of_places_before(words_before)) and not noun.startswith(places):
        # 农村1.5亿中小学生, 农村义务教育阶段5200万名学生, 新解决农村6300多万人饮水安全问题: a class of places (lexicon role
        # place_class) right before the number names which of the counted are meant (class_of_places_before_count)
        return places + noun
    if person and not noun.endswith(subjects.people_words()):
        return ""  # but 16659人相对贫困人口 names the people, 445万人的用电问题 what they lack
    if _WIDENED_TO.search(words_before.rstrip(subjects.MARKS + "已又")) or (
        words_before.endswith("从") and _WIDENED_LATER.match(text, tok.after)
    ):
        return before.removesuffix("范围") + noun
    return noun


def _class_of_places_before(words: str) -> str:
    """The words a count follows from their last class of places (lexicon role place_class: 农村, 城镇) on, when that
    names no more than a stage of it (at most eight characters, no verb of action), else ''.

    >>> _class_of_places_before("全部免除了西部地区和部分中部地区农村义务教育阶段"), _class_of_places_before("这将使农村")
    ('农村义务教育阶段', '农村')
    >>> _class_of_places_before("广东自贸试验区"), _class_of_places_before("农村公路建设")
    ('', '')
    """
    words = words.rstrip(subjects.MARKS)
    at, word = max(((words.rfind(w), w) for w in subjects.role_words("place_class")), default=(-1, ""))
    tail = words[at:] if at >= 0 else ""
    if not tail or len(tail) > 8 or subjects.first_places(tail, subjects.role_words("action", min_length=2)):
        return ""
    return tail if _STAGE.fullmatch(tail, len(word)) else ""


# what may follow the class of places before a count: nothing, or a stage (义务教育阶段)
_STAGE = re.compile(r"([\u4e00-\u9fff]{1,4}阶段)?")


@functools.lru_cache(maxsize=1)
def _times_of_a_change() -> tuple[re.Pattern, re.Pattern]:
    """After N次, an adverb of degree (lexicon role degree_adverb), a verb that changes a rate (role rate_change: 下调,
    降低 …) and the rate or standard after it to the clause's end; else the verb and the rate that open the noun after
    the measure word (4次降低存款准备金率0.5个百分点)."""
    degree = "|".join(subjects.role_words("degree_adverb"))
    verbs = "|".join(subjects.role_words("rate_change"))
    in_clause = re.compile(rf"(?:{degree})?({verbs})([\u4e00-\u9fff的]{{2,{MAX_CHANGED}}})(?=[，,；;。、])")
    return in_clause, re.compile(rf"({verbs})([\u4e00-\u9fff]{{2,}})$")


_BARE_ALIASES = frozenset({"生产总值", "经济总量", "经济增长", "经济增速", "工业增加值", "总产值", "财政收入", "居民收入"})


@functools.lru_cache(maxsize=1)
def _predicate_start() -> re.Pattern:
    """Words that open a predicate (lexicon role predicate_start), longest first: 同比, 增长, 达到, 新增; 比 of 比重 and 比例 opens
    a noun, no comparison (…增加值占规模以上工业比重提高到23%和35%: it cut the items' shared whole before 比重, session 56 probe).
    """
    words = "|".join(re.escape(w) for w in subjects.lexicon().get("predicate_start", ()))
    return re.compile(f"^(?!比重|比例)({words})")


# ，高于规模以上工业2.7个百分点: what the figure before is compared with opens the clause (construction above_another;
# gold S10: 民间投资增长2.1%、高于全国8.5个百分点 gives 民间投资 for both rows), the clause names no subject of its own
# (超过 too when words stand between it and the number: ，超过全市增速0.4个百分点, never 超过1000亿元)
# (快于2024年1.8个百分点: a year compared with is no words of a subject; construction above_a_year)
_ABOVE_ANOTHER = re.compile(rf"^[\s“”\"]*(分别|均)?({subjects.THAN_ANOTHER}|超过)(?:(?:19|20)\d\d年|[^，,；;。\d]){{1,14}}$")


# ，增速比上年加快1.5个百分点, 增幅较上年放缓: the growth of the figure before sped up or slowed (construction pace_changed)
_PACE_CHANGED = re.compile(
    r"[\s“”\"]*(?:(?:增速|增幅)?(?:比|较)[^，,；;。\d]{1,12}?(?:加快|放缓|减缓)"
    r"|(?:增速|增幅)(?:比|较)[^，,；;。\d]{1,12}?(?:回落|回升|提高|下降|上升|提升))$"
)


# ，居中部地区第一, ，位居全国同类城市第2位, ，稳居中部六省首位…第: a clause of a rank verb, the areas ranked among (any
# words: 中部地区, 长江经济带, 副省级城市, not only the lexicon's rank_area) and 第 is a rank of the figure before
# (construction rank_among_any_area); ，增速居…第2位: the rank of its growth (growth_ranked)
# 在全国城市排名上升2位至第7位: where the ranking is, and the places gained before the rank (rank_risen_to); 、总量居…第1位:
# the total ranked is the figure before's quantity (total_ranked, D7); ，总量历史性跃居全市第一: an adverb of the move first
# (session 44 probe)
_RANK_AMONG_ANY = re.compile(
    rf"^[\s“”\"]*(?:{_GROWTH_WORD}|总量|规模)?(?:均|分别|继续|仍|连续{_STREAK_SPAN}|历史性|首次|一举)?"
    # (增速全市城区排名第二, 增速全市各区排名第二: the whole area and the kind of places, no verb before them: rank_area_kind)
    rf"(?:在[^，,；;。\d]{{1,12}}?|{_FIELD_COUNTED}|{_AREA_AND_KIND})?"
    rf"(?:{_RANK_VERB})"
    r"(?:[^，,；;。\d]{0,6}?(?:上升|提升|前移|提高)\d+位(?:至|到))?"
    rf"[^，,；;。\d]{{0,14}}(?:第|前|榜|排行|(?:跃升|上升|提升|升)(?:至|到))"
    r"(?:(?:\d+|[一二三四五六七八九十]{1,3})[位名][、和及]第)?$"
)
# (…第8位，前移5位: the move alone after a rank, session 39 probe)
_RANK_MOVED_ONLY = re.compile(
    rf"^[\s“”\"]*(?:(?:在[^，,；;。\d]{{1,12}}?)?{_RANKING_THEN}|{_THAN_LAST_YEAR}|{_THAN_A_YEAR}|{_RANKED_IN_AREA})?"
    rf"{_SPAN_OF_MOVE}(?:再|又)?{_RANK_MOVE}了?$"
)


_FIELD_COUNT_AHEAD = re.compile(rf"[^，,；;。\d]{{1,10}}中{_RANKED_QUANTITY}?(?:排名|位列|居)?第")
# 总数在全省各区（县）率先突破60万家: the field among which the figure came first, before 率先 (field_of_first, session 43 probe)
_FIELD_BEFORE_FIRST = re.compile(r"在[^，,；;。\d]{2,14}?中?(?=率先)")
# 在经济大省中增速第1, 在10个工业大省中增速第一: the field a rank is among, written with 在…中 before what is ranked
# (rank_in_field, session 45 probe)
_FIELD_AMONG = re.compile(
    rf"^[\s“”\"]*在(?:[^，,；;。在]{{1,16}}中(?={_RANKED_QUANTITY}?第$)|[^，,；;。在\d]{{1,10}}?(?={_RANKED_QUANTITY}第$)"
    # (在9个市县中增速排名第一: areas as the field, then the verb of ranking after what is ranked, session 52 probe set; an
    # assessment as the field, 在…绩效考核中排名第一, names what is ranked: assessment_frame)
    rf"|[^，,；;。在]{{1,20}}(?:{subjects.area_kinds()})中(?={_RANKED_QUANTITY}?(?:{_RANK_VERB})第$))"
)


_EVENT_SINCE = re.compile(r"^[^，,；;。\d“”、]{2,10}?以来")
# 为建区之初的7倍、10倍、14倍, 是撤县设区时的3倍: the founding of the region as a time, the base of a comparison
# (founding_time, session 63 probe of a district's 2023 report: 为建区之初 was the multiples' subject)
_FOUNDING_TIME = re.compile(rf"^(?:{FOUNDING_OF_PLACE})(?:之初|初期|时)")


# read again with the same words by other numbers and layers (a third to two thirds of the calls of a pass)
@functools.lru_cache(maxsize=8192)
def _only_predicate(words: str) -> bool:
    """Does a clause say nothing but how (增长, 比上年增加, 年均, 达到约) before its number?

    Then the number belongs to the subject already named in the sentence (",五年累计完成8852亿元"
    continues 固定资产投资); a clause with words of its own ("拟安排长期建设国债500亿元") has its
    own subject.
    """
    if _PACE_CHANGED.match(words):
        return True  # ，增速比上年加快1.5个百分点: the pace of the figure before, compared with last year's
    if _HIGHER_AIM.match(words):
        return True  # ，力争实现5.5%: a higher aim of the figure before (construction strive_for_more)
    if _ABOVE_PLAN.fullmatch(words.strip()):
        return True  # ，超年度任务54.8%: past the plan or task set, how far the figure before went (above_plan)
    if _names_target_compared(words) or _past_named_target(words):
        return True  # ，比“十五”计划目标3000亿元超过1070亿元: the target and the excess of the figure before (above_named_target)
    if "增加值" in words:
        return False  # ，实现增加值681亿元: a noun (value added), not the verb 增加 (value_added_is_no_verb)
    if _RANK_AMONG_ANY.match(words):
        return True  # ，居中部地区第一: a rank among any group of areas (construction rank_among_any_area)
    if _RANK_MOVED_ONLY.match(words):
        return True  # ，在全国城市排名上升2位: places moved by the figure before (rank_moved)
    # ，与2010年相比提前两年实现翻一番: a base set out with 与…相比 names no subject (compared_with)
    words = _COMPARED_HEAD_IN.sub("", words) if "相比" in words else words
    rest = _COMPARE_BASE.sub("", _ABOVE_ANOTHER.sub("", words))
    rest = _FIELD_BEFORE_FIRST.sub("", _FILLER.sub("", _YEAR_IN.sub("", _FIELD_AMONG.sub("", rest))))
    # ，按不变价计算增长4%, ，考虑政策性减收因素同比增长11.9%, ，扣除减税因素后增长9%: the basis the figure is stated on
    # (basis_before_subject)
    if lead := subjects.ADJUSTED_LEAD.match(rest := rest.lstrip(' “”"')):
        rest = rest[lead.end() :]
    prev = None
    while rest and rest != prev:
        prev = rest
        rest = rest.strip(' “”"、的了')
        # ，今年预计可以达到140万亿元左右, ，过去五年年均增长7.5%: a time word says when, no subject (time_in_predicate);
        # so does an event since which (，新冠肺炎疫情以来两年平均增长4.4%: event_since, session 51 probe set)
        rest = _FOUNDING_TIME.sub("", _EVENT_SINCE.sub("", rest))
        rest = _predicate_start().sub("", rest[len(subjects.opening_word(rest, "time")) :])
    return len(rest.strip(' “”"、的了')) <= 1


# (…总量突破3万亿”。: a closing quote mark before the clause's end ends a quoted passage, as the mark alone would)
_CLAUSE_END = re.compile(r"(多|余)?(亿元|万元|亿|万)?(以上|左右)?[”\"]?([，,；;。、：:）)！？!?\n]|$)")


def _after_last_figure(words: str, total: bool = False) -> str:
    """The words after the last 、 that separates clauses: 新设外资企业3.6万家、增长38.7% -> 增长.

    A 、 inside one subject is not a separator (construction listed_subject): inside brackets
    (县（市、区）), between numerals (央企二、三级子公司), and between short items (at most four
    characters, no verb) in a list closed by 等 or by a count of its items (钒钛、硫铁等9种矿产,
    软件信息、科技服务和商务服务三大产业) or sharing a head noun of the lexicon's list_head role.

    >>> _after_last_figure("新设外资企业3.6万家、增长"), _after_last_figure("钒钛、硫铁等9种矿产查明资源量居全国第")
    ('增长', '钒钛、硫铁等9种矿产查明资源量居全国第')
    >>> _after_last_figure("务实办好西博会、项目签约"), _after_last_figure("通高速公路的县（市、区）达到")
    ('项目签约', '通高速公路的县（市、区）达到')

    A total of a list (`total`: an amount, not a rate) also joins bare items of up to eight characters
    (保障性安居工程、农村民生工程和社会事业投资占43.7%) before it (gold S8:
    燃气、排水、供水管网改造9436公里 is the whole list's length, not the last item's).

    >>> _after_last_figure("完成燃气、排水、供水管网改造", total=True), _after_last_figure("完成燃气、排水、供水管网改造")
    ('完成燃气、排水、供水管网改造', '供水管网改造')
    """
    parts = words.split("、")
    keep = len(parts) - 1
    while keep > 0 and _joins_previous(parts[keep - 1], "、".join(parts[keep:]), total):
        keep -= 1
    return "、".join(parts[keep:])


_MODIFIER_THEN_HEAD = re.compile(r"[^，,；;。、的\d]{2,10}的[^，,；;。、的\d]{2,}")
_INDICATOR_CLASS = re.compile(r"(?:主要|核心|重要|关键)?(?:经济)?指标")  # …等主要指标: the class of the items (class_of_examples)
# (not 2项指标: a count of indicators says only what the items are, indicators_counted)
_CLOSES_LIST = re.compile(rf"^[^，,；;。]*?(等|[两二三四五六七八九十]大|\d+[种类项个](?!{_INDICATOR_CLASS.pattern}))")
_CN_NUMERAL = "一二两三四五六七八九十"


_DOUBLING_END = re.compile(rf"(?:{_DOUBLING.pattern})$")  # a doubling closing a list item (`_joins_previous`)
# a digit of a figure, not of a ranking's class (世界500强、国际行业领先企业和…项目46个: N强 names the firms of a list, no figure
# of an earlier item; construction top_n_name in a list, session 56 probe)
_FIGURE_DIGIT = re.compile(r"\d(?!\d*强)")
_LEVEL_CHARACTERS = subjects.LEVEL_CHARACTERS  # 国、省控, 省、市级, 县、乡两级: one character naming a level of government


_CLASS_LEVEL_END = re.compile(r"[\u4e00-\u9fff]{1,4}级$")  # 国家级 closing an item of a list (`_joins_previous`)
_DATED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年(?:底|末|初)?")  # a year dating the words before a 、 (`_joins_previous`)


def _joins_previous(before: str, after: str, total: bool = False) -> bool:
    """Is the 、 between `before` and `after` inside one subject (see `_after_last_figure`)?"""
    # (预计2021年末第二、三产业增加值占GDP比重: the digits of a year are no figure of an earlier item, year_in_item, session 66
    # probe of a county's term review: it gave 三产业增加值占GDP比重)
    if _FIGURE_DIGIT.search(_DATED_YEAR.sub("", before)) or _DOUBLING_END.search(before):
        return False  # (上市公司总数翻番、达19家: a doubling written without digits is a figure too, session 43 probe)
    if subjects.in_compound_name(f"{before}、{after}", len(before)):
        return True  # 交通运输、仓储和邮政业: a sector's official name (compound_name)
    if before.count("（") > before.count("）") or before.count("(") > before.count(")"):
        return True  # 县（市、区）
    if before.count("“") > before.count("”"):
        return True  # 新增“微改造、精提升”城市景观20处: inside a quoted name (quoted_list_name, session 45 probe)
    if before and after and before[-1] in _CN_NUMERAL and after[0] in _CN_NUMERAL:
        return True  # 二、三级
    item = before.split("，")[-1]
    if subjects.ranking_shares_noun(f"{item}、{after}", len(item) + 1):
        # 引进世界500强、国际行业领先企业和…项目46个: a ranking's class without its head (世界500强) shares the noun of the items
        # after it (construction top_n_name in a list, session 56 probe: it gave the later items alone)
        return True
    if (
        before[-1:] in _LEVEL_CHARACTERS
        and after[:1] in _LEVEL_CHARACTERS
        and before[-2:-1] not in ("全", "我", "本", "该", "各")
    ):
        return True  # 国、省控监测考核断面: levels of government, one character each, of one noun (levels_of_one_noun)
    if (level := _CLASS_LEVEL_END.search(before)) and subjects.LEVELS_THEN_NOUN.match(f"{level.group(0)}、{after}"):
        # 先后获得了国家级、省级荣誉22项: classes by level of one noun, written before it (levels_share_head; session 59 probe:
        # 省级荣誉 alone)
        return True
    verbs = subjects.role_words("action", "lead_verb", "predicate_tail", "noun_end")
    item = subjects.strip_lead(item) if total else item  # 完成燃气、排水…: the verb leads the whole list
    if frame := next((w for w in subjects.role_words("purpose_frame") if w in item), ""):
        item = item[item.rindex(frame) + len(frame) :]  # 中央财政用于科技、教育…等方面的支出 (list_in_frame)
    if 2 <= len(item) <= 10 and "的" not in item and _MODIFIER_THEN_HEAD.match(after):
        return True  # 增值税收入占比最高、涉及行业广泛的税率: two modifiers of the one noun after 的 (modifiers_share_head)
    bare = len(item) <= (8 if total else 4) and not subjects.holds_any(item, verbs)
    closed = total or _CLOSES_LIST.match(after) or _list_head().search(_strip_predicate(after))
    if total and after.rstrip(subjects.MARKS).endswith("等") and 2 <= len(item) <= 16:
        # 免费开展适龄女孩HPV疫苗接种、妇女“两癌”筛查等50余万人次: the examples 等 closes right before a total are counted
        # together, longer items too (examples_counted_together, gold S9; it was the last item alone); a verb leading the
        # list (免费开展) is the clause's, any later one ends the first item's clause
        lead = max(
            (item.find(v) + len(v) for v in subjects.role_words("action", "lead_verb") if 0 <= item.find(v) < 4), default=0
        )
        return len(item) - lead >= 2 and not subjects.holds_any(item[lead:], subjects.role_words("action", "lead_verb"))
    return bare and bool(closed)


def _strip_predicate(words: str) -> str:
    """The words before the predicate that ends them (供水管网改造达到 -> 供水管网改造)."""
    return subjects.subject_before(words) or words


def _without_continuing(words: str) -> str:
    """The words without the verbs that continue a subject named before (lexicon role continuing_verb)."""
    for w in subjects.lexicon().get("continuing_verb", ()):
        words = words.replace(w, "")
    return words


def _clause_after(text: str, pos: int, s1: int) -> str:
    """The words after a number up to the end of its clause (its separator included)."""
    end = _CLAUSE_OR_SENTENCE_END.search(text, pos, s1)
    return text[pos : end.end() if end else s1]


def _ends_clause(text: str, pos: int) -> bool:
    """Does the number's clause end after it (平均每天新增1.2万户。), so that it names nothing after
    the number (新增450万农村沼气用户 names its own subject)?"""
    return bool(_CLAUSE_END.match(text, pos))


_HAN = re.compile(r"[\u4e00-\u9fff]")
_DENOMINATOR_AFTER = re.compile(r"的?(贡献率|比重|比例|占比|弹性|同步)")


_FROM_OR_PREDICATE = re.compile(r"由|从|提高|达到|增加|增长")


def _is_subject(text: str, start: int, end: int) -> bool:
    """An alias names the subject unless it is a denominator or a base: 占国内生产总值4%,
    对经济增长的贡献率, 地区生产总值的比重."""
    before = text[max(0, start - 1) : start]
    if before == "对" and _FROM_OR_PREDICATE.match(text, end):
        # 各级财政对城镇居民医保和新农合的补助标准由每人每年120元提高到200元: a whole name after 对 that its predicate
        # follows is what the figure measures (construction name_after_dui); 对经济增长的贡献率 names a base
        return True
    if before in ("占", "比", "对", "与") or _whole_of_place_before().search(text, max(0, start - 6), start):
        return False  # 占全疆电力装机50%以上: the whole of a place is a denominator too (whole_of_place)
    # a bare 生产总值 inside a longer name (海洋生产总值, 设施农业总产值) is another indicator; after a place's name
    # (泸州经济总量, 成都经济总量) it is that place's (construction place_then_bare_alias; its scope says whose)
    numbered = before == "是" and text[max(0, start - 2) : start - 1] in "一二三四五六七八九十"  # 一是经济总量稳步增长
    if text[start:end] in _BARE_ALIASES and _HAN.match(before) and before not in "市省区国县的和及、" and not numbered:
        # 预计生产总值增长7.8%, 全年实现生产总值: a lead word of the predicate before it opens no longer name (lead_before_bare_alias)
        return any(text[max(0, start - k) : start] in subjects.place_names() for k in (2, 3, 4)) or text.endswith(
            subjects.role_words("predicate_start", min_length=2), 0, start
        )
    return not _DENOMINATOR_AFTER.match(text[end : end + 5])


@functools.lru_cache(maxsize=1)
def _whole_of_place_before() -> re.Pattern:
    """占 and a place's word right before an alias: the alias names the whole (占全疆电力装机50%以上)."""
    return re.compile(rf"[占比]({'|'.join(subjects.role_words('region', 'rank_area', min_length=2))})$")


def _distributive_group(text: str, tokens: list[_Token], i: int) -> list[int]:
    """Indices of the tokens in the same 'x、y和z' run as token i. A comma joins only numbers of the
    same kind of unit: 分别下降5.6%和4%，74个重点城市… ends the run at the count."""

    def joined(a: _Token, b: _Token) -> bool:
        sep = _separator(text, a, b)
        # 分别达到69家、107家，1324人凭…: after a comma a count joins only a count in the same measure word (comma_ends_counts)
        same = a.unit.kind == b.unit.kind and (a.unit.kind != "count" or a.unit.base == b.unit.base)
        return bool(_LIST_SEP.match(sep)) and (sep.strip() not in ",，" or same)

    if _bracket_after_figure_before(text, tokens, i) >= 0:
        return [i]

    def step(j: int, way: int) -> int:
        """The next token from j that is no aside (增速分别为5.6%(全市第四)、6.6%(全市第十): a figure in brackets after an item
        is its aside, no item of the list; the list runs past it: aside_in_list, session 58 probe)."""
        j += way
        while 0 <= j < len(tokens) and _bracket_after_figure_before(text, tokens, j) >= 0:
            j += way
        return j

    group = [i]
    while (j := step(group[0], -1)) >= 0 and joined(tokens[j], tokens[group[0]]):
        group.insert(0, j)
    while (j := step(group[-1], 1)) < len(tokens) and joined(tokens[group[-1]], tokens[j]):
        group.append(j)
    return group


def _separator(text: str, a: _Token, b: _Token) -> str:
    """The words between two numbers of a list without the qualifier each may carry (分别减少3%左右和5%左右) and, between
    two ranks, without the 第 of the second (居全省第2位、第5位: ranks_listed), so that what is left says whether they are
    listed (、, 和 …)."""
    sep = _SUFFIX_Q_WORD.sub("", _FIGURE_ASIDE.sub("", text[a.after : b.start]))
    return sep.removesuffix("第") if a.rank and b.rank else sep


_PER_UNIT_END = re.compile(r"(平均)?每\d*[\u4e00-\u9fff]{1,2}$")


def _list_subjects(clause_before: str, n: int, s: _Sentence) -> list[tuple[str, str]]:
    """The subjects listed before 分别 in the clause: 'A、B和C增加值' -> [A, B, C增加值] (`_listed`)."""
    return _listed(clause_before[: clause_before.index("分别")], n, s)


def _without_listed_rate(clause_before: str) -> str:
    """The clause without a word of growth rate right before its 分别: that word is the predicate's, so the head the items
    share is read before it (A、B产值同比增速分别为…, 第一、二、三产业增加值增速分别为…: growth_rate_listed).

    >>> _without_listed_rate("第一、二、三产业增加值增速分别为"), _without_listed_rate("投资、消费增速分别为")
    ('第一、二、三产业增加值分别为', '投资、消费分别为')
    """
    at = clause_before.index("分别")
    words = _RATE_BEFORE_RESPECTIVELY.sub("", clause_before[:at])
    return (words + clause_before[at:]) if words else clause_before


# 一、二、三产: the short form too; 一、二、三次产业 with 次 (session 62 probe of a banner's report: 一、二、第一产业增加值)
_SECTORS_WRITTEN = re.compile(r"第?([一二三])((?:、[一二三])+)次?产业?|三次产业")


def _sectors_listed(head: str, n: int) -> list[str]:
    """一、二、三产业增加值 (or 三次产业增加值) before n numbers: one subject per sector, named 第一产业增加值 … as the
    gold names a sector (construction sectors_listed); [] when the words list no sectors or not n of them.

    >>> _sectors_listed("一、二、三产业增加值", 3), _sectors_listed("二、三产业", 2)
    (['第一产业增加值', '第二产业增加值', '第三产业增加值'], ['第二产业', '第三产业'])
    >>> _sectors_listed("三次产业增加值", 2), _sectors_listed("一、二、三产增加值", 3)[0]
    ([], '第一产业增加值')
    """
    m = _SECTORS_WRITTEN.search(head)
    if not m:
        return []
    numerals = [m.group(1), *m.group(2).split("、")[1:]] if m.group(1) else ["一", "二", "三"]
    if len(numerals) != n:
        return []
    return [head[: m.start()] + f"第{x}产业" + head[m.end() :] for x in numerals]


# (not the 等 of a word: 中等、高等职业教育, 同等, 平等, 初等)
_CLASS_CLOSING_LIST = re.compile(r"(、[^、]{2,16})等(?:主要|核心|重要|关键)?(?:经济)?指标(?:增速|增幅)?$")
_COUNT_CLOSING_LIST = re.compile(r"(、[^、\d]{2,16}?)等\d{1,2}[个条项家类种][^，,；;。、\d]{0,10}$")
_ETC_CLOSING_LIST = re.compile(r"(、[\u4e00-\u9fff]{0,7}[^高中初同平均对相优特次上下劣、])等(?=[\u4e00-\u9fff]{2,}$)")


# 一季度、上半年、前三季度、全年全市地区生产总值, 上半年和全年GDP: parts of the year (and 全年) listed before one subject
# (periods_listed), the region word after them no part of it
_YEAR_PART_ITEM = rf"(?:{_PART_OF_YEAR.pattern}|全年)"
_PERIODS_LISTED = re.compile(
    rf"(?:{_YEAR_PART_ITEM}[、和及与])+{_YEAR_PART_ITEM}(?:全市|全省|全区|全县|全州|全国|我市|我省|我区)?"
    r"(?P<subject>[^、，,；;。\d]{2,})"
)


# a size class of firms or projects: above the designated size (规上, 规模以上, 限上, 限额以上) or above an amount (亿元以上)
_FIRM_CLASS = rf"(?:规上|规模以上|限上|限额以上|{_AMOUNT_OF_BOUND}元及?以上)"
_CLASSES_THEN_THING = re.compile(rf"^(?:{_FIRM_CLASS}、)+(?P<last>{_FIRM_CLASS})(?P<thing>[^、，,；;。\d]{{2,8}})$")


def _classes_listed(head: str, n: int) -> list[str]:
    """Size classes listed before the things the last class names, as many as the numbers (`_listed`, classes_listed).

    >>> _classes_listed("规上、亿元以上工业企业", 2), _classes_listed("规上工业、建筑业企业", 2)
    (['规上工业企业', '亿元以上工业企业'], [])
    """
    m = _CLASSES_THEN_THING.match(head.strip(subjects.MARKS))
    if not m:
        return []
    classes = head.strip(subjects.MARKS)[: m.start("thing")].split("、")
    return [c + m.group("thing") for c in classes] if len(classes) == n else []


def _stages_listed(head: str) -> str:
    """The object of a list of project stages (lexicon role project_stage, 新 before one or not) written before it, or "".

    >>> _stages_listed("新签约、新开工、新入库10亿元以上项目"), _stages_listed("新开工、竣工重大项目"), _stages_listed("签约、开工")
    ('10亿元以上项目', '重大项目', '')
    >>> _stages_listed("新开工项目、竣工项目"), _stages_listed("预计新签约、新开工、新竣工亿元以上项目")
    ('', '亿元以上项目')
    """
    head = head[len(subjects.opening_word(head, "connective", "adverb", "time")) :]  # 预计新签约、…: the forecast word goes
    *verbs, last = re.split(r"、|和|及|与", head) if "、" in head or "和" in head else [head]
    stages = tuple(subjects.role_words("project_stage"))
    if not verbs or not all(v.removeprefix("新") in stages for v in verbs):
        return ""
    stage = next((w for w in stages if last.removeprefix("新").startswith(w)), "")
    rest = last.removeprefix("新")[len(stage) :] if stage else ""
    return rest if len(rest) >= 2 else ""


def _split_outside_names(head: str, marks: str = "、") -> list[str]:
    """The items of `head` split at the marks that stand outside a compound name (lexicon role compound_name), empty
    ones left out.

    >>> _split_outside_names("交通运输、仓储和邮政业、批发和零售业"), _split_outside_names("批发和零售业", "、和")
    (['交通运输、仓储和邮政业', '批发和零售业'], ['批发', '零售业'])
    """
    items, start = [], 0
    for m in re.finditer(f"[{marks}]", head):
        if not subjects.in_compound_name(head, m.start()):
            items.append(head[start : m.start()])
            start = m.end()
    items.append(head[start:])
    return [x for x in items if x.strip()]


# 提出生产总值增长9%左右、全部财政收入和一般预算收入分别增长13.5%和14.5%: a figure of its own and 、 before the list that
# 分别 counts off (figure_before_list, session 74 probe of a 2012 provincial report: 生产总值增长9%左右收入 was an item)
_FIGURE_BEFORE_LIST = re.compile(r"^.*\d(?:\.\d+)?(?:%|％|个百分点|倍)(?:左右|以上|以内)?、")


def _listed(head: str, n: int, s: _Sentence) -> list[tuple[str, str]]:
    """The n subjects a list names: 'A、B和C增加值' -> [A, B, C增加值].

    Split at 、 first and at 和/及/与 too only if that gives the n subjects the numbers need
    (信息技术服务业、租赁和商务服务业 are two subjects, not three). Returns [] when the list is empty,
    and one joined subject when the count cannot be matched.
    """
    head = _PER_UNIT_END.sub("", head)  # 小麦、稻谷最低收购价平均每50公斤分别提高: the per-unit phrase is no item
    head = _FIGURE_BEFORE_LIST.sub("", head)  # 生产总值增长9%左右、全部财政收入和一般预算收入分别增长: the figure before
    head = re.sub(r"(?<=..)(年均|平均|同比|实际)+$", "", head)  # …装备制造业增加值年均分别增长: how, not an item
    head = re.sub(r"(?<=..)(由|比|较)(上年|去年)$", "", head)  # 化学需氧量、二氧化硫排放量由上年分别增长: the base
    # 小微企业、“三农”贷款增速比各项贷款平均增速分别高: a comparison with another figure, and the growth word before it
    head = re.sub(rf"(?<=..)(增速|增幅)?{subjects.not_comparison()}比[^，,；;。、\d]{{2,12}}$", "", head)
    head = re.sub(r"(?<=..)(都|均|也)?(要|将)$", "", head)  # 二氧化硫、氮氧化物排放要分别减少: a modal, no item
    # 工业、基础设施、社会事业投资预计分别增长: a forecast word before 分别, no part of the last item (session 47 probe: the
    # shared head 投资 stayed on the last item)
    head = re.sub(r"(?<=..)(预计|预期|力争|争取)$", "", head)
    # 全国和自由贸易试验区负面清单: a region word that is an item of the list stays
    head = re.sub(r"^[\s“”\"]*((全市|全省|全区|全国|全年|我市|我省|其中|并|且)(?![和、及与]))?", "", head).strip(' “”"')
    if not head or _only_predicate(head) or subjects._only_function_words(head):
        return []  # 今年力争分别淘汰3000万吨和3500万吨: only lead words before 分别, the items come from before
    if sectors := _sectors_listed(head, n):
        return _named_items(sectors, s)
    if stages := _stages_listed(head):
        # 新签约、新开工、新入库10亿元以上项目分别达40个、32个、18个: the items are stages the one object reached; every
        # number counts the object (construction stages_listed; the stages were taken as subjects, S4: the verb goes)
        return _named_items([stages] * n, s)
    if classes := _classes_listed(head, n):
        # 规上、亿元以上工业企业达707家、140家: size classes listed before the things the last one names; every class counts
        # those things (construction classes_listed, session 46 probe of district reports: 规上企业, 规上亿元以上工业企业)
        return _named_items(classes, s)
    if periods := _PERIODS_LISTED.fullmatch(head):
        # 一季度、上半年、前三季度、全年全市GDP分别增长…: the items count off parts of the year, not things; every number
        # measures the one subject after them (construction periods_listed; each period was taken as a subject)
        return _named_items([periods.group("subject")] * n, s)
    # 食品、石化、医药、信息等产业增加值分别增长…: 等 closing a list whose items are counted off by 分别 only closes it; the
    # words after it are every item's head (construction list_closed_by_etc; it gave 产业增加值, 机械等行业利润)
    head = _ETC_CLOSING_LIST.sub(r"\1", head)
    # 投资、进出口、地方一般公共预算收入等主要指标增速分别…: 等 and the class of the items (主要指标) close the list, no head of
    # any item (class_of_examples in a 分别 list, session 45 probe: the last item was 主要指标)
    head = _CLASS_CLOSING_LIST.sub(r"\1", head)
    # 集成电路、晶硅光伏、风电装备等3条重点产业链分别增长…: the count of the items after 等 closes the list too (the last item
    # was 重点产业链; session 45 probe); the count itself is read as a figure of its own
    head = _COUNT_CLOSING_LIST.sub(r"\1", head)
    # 金融机构存、贷款余额: a contraction of paired_words.csv written with 、 between its sides is the contraction
    head = _joined_contraction(head)[0]
    items = _split_outside_names(head)  # (计算机、通信和其他电子设备制造业: one item, construction compound_name)
    pair = next((p for p in _paired_words() if p[0] in head), None)
    # 外贸和对俄进出口总额分别增长: two items joined by 和 are the list, not the sides of the contraction they hold
    joined = not re.search(r"\d", head) and len([x for x in re.split(r"和|及|与", head) if x.strip()]) == n
    # (金融机构存贷款分别增长35%和40.1%: the two sides of a contraction are whole, no head of the second side is the first's:
    # 贷款 is a list head, and gave 金融机构存款贷款; construction sides_whole, session 68 probe of a 2010 provincial report)
    sided = n == 2 and len(items) == 1 and bool(pair) and not joined
    if sided:
        # 城乡居民人均可支配收入分别增长4.4%、5.6%: urban, then rural (construction urban_rural_split;
        # the names of each side: reference/paired_words.csv, which also holds contractions such as
        # 存贷款: 银行机构本外币存贷款余额 gives 银行机构本外币存款余额, …贷款余额)
        items = _pair_sides(head, pair)
    if len(items) != n:
        finer = _split_outside_names(head, "、和及与")
        holding = [i for i, x in enumerate(finer) if pair and pair[0] in x]
        if len(finer) + 1 == n and len(holding) == 1:
            # 工业用电量和金融机构存贷款余额分别增长12.8%、13.4%、14.9%: the item holding a contraction is its two sides
            finer[holding[0] : holding[0] + 1] = _pair_sides(finer[holding[0]], pair)
        items = finer if len(finer) == n else [head]
    items = _one_character_items(_framed_items(_places_share_the_rest(items, s.info.level, s.info.region)))
    items = _without_count_label(items)
    items = _classes_share_the_rest(items)
    # 城镇和农村居民人均可支配收入: a bare side takes what follows the other side (城镇居民人均可支配收入); 城镇居民、农村居民
    # 人均可支配收入: a side with the words the other side has too takes what follows them (sides_share_the_rest); 常住和户籍
    # 人口城镇化率: so do the sides of a population (lexicon role population_side)
    items = _sides_share_the_rest(items)
    # 单位国内生产总值用水量、能耗、二氧化碳排放量: the later items share the first one's 单位… head; 每千人托位、养老床位数:
    # the per-head base (每千人, 每万人) too (construction per_base_shared)
    head_m = _PER_BASE_OPENING.match(items[0].strip()) if len(items) > 1 else None
    if head_m:
        items = [items[0]] + [x if _PER_BASE_OPENING.match(x.strip()) else head_m.group(0) + x.strip() for x in items[1:]]
    # 高技术制造业、装备制造业增加值分别增长: the last item's head noun belongs to every item
    written = list(items)
    shared = _list_head().search(items[-1].strip(' “”"')) if len(items) > 1 and not sided else None
    if shared and shared.start() == 0:
        # 人民币存款、贷款余额: a last item that is a head word whole (贷款余额) shares only the shorter head inside it (余额)
        shared = _list_head().search(items[-1].strip(' “”"'), 1)
    if not shared and len(items) > 1:
        # 国家专精特新“小巨人”、单项冠军企业分别达到247家、35家: the things the last item counts (lexicon role
        # list_thing_head: 企业) are every item's that names none (construction things_listed)
        shared = _thing_head().search(items[-1].strip(' “”"'), 2)
    per_head = re.search(r"(人均|户均|平均)[^，,；;。]*$", items[-1]) if shared else None
    if per_head and not any(per_head.group(1) in x for x in items[:-1]):
        # 居民医保和基本公共卫生服务经费人均财政补助标准: the per-head quantity is shared, not only 标准
        shared = per_head
    if shared:
        # ... to the items that do not name a quantity of their own (用水量、能耗、二氧化碳排放量 keep theirs;
        # 化学需氧量 is a pollutant, named like a quantity: 化学需氧量、二氧化硫排放量 gives 化学需氧量排放量)
        last, head = items[-1], _parallel_head(items[0], items[-1].strip(' “”"'), shared.group(0))
        # 乘用车、太阳能光伏…、半导体及集成电路产业链产值分别突破…: the kind before the head (产业链, 产业集群) is every bare
        # item's too (kind_shared in a 分别 list, session 46 probe: 乘用车产值)
        bare_last = last.strip(' “”"')
        kind = _KIND_BEFORE_HEAD.search(bare_last[: len(bare_last) - len(head)]) if bare_last.endswith(head) else None
        chain = kind and kind.group(0) in ("产业链", "产业集群")  # (not 产业: 规上制造业、战略性新兴产业增加值)
        head = kind.group(0) + head if chain and all(not _KIND_BEFORE_HEAD.search(x) for x in items[:-1]) else head
        # (投资、进出口、地方一般公共预算收入…: a quantity named whole, lexicon role whole_quantity, takes no head: session 45)
        whole = subjects.role_words("whole_quantity")
        # (工业、文旅产业: an item that names a sector already, ending in 业, takes no sector head: lexicon sector_head)
        sector = head in subjects.role_words("sector_head")
        items = [
            x
            if _ends_in_quantity(x)
            or subjects.strip_lead(plain := x.strip(' “”"')) in whole  # (预计GDP、…: the lead word goes first)
            or plain.endswith(head)
            or (sector and plain.endswith("业"))
            else plain + head
            for x in items[:-1]
        ]
        items.append(last)
        items = _modifier_of_the_first(items, head)
    elif (paralleled := _parallel_tails(bare := [x.strip(' “”"') for x in items])) != bare:
        items = paralleled  # 人民币存款、贷款余额分别增长: parallel words (parallel_tails, words_end_alike)
    else:
        items = _shared_verb_phrase(items)
    items = _class_of_the_first(_shared_modifier(_share_of_the_last(items)), head_written_once=items != written)
    if len(items) == 2:
        # 城镇职工基本养老保险、基本医疗保险参保人数: the second item starts like the first's core, so the
        # first's modifier (城镇职工) is the second's too (construction list_shared_modifier)
        first, second = items[0].strip(' “”"'), items[1].strip(' “”"')
        at = first.find(second[:2], 2) if len(second) >= 4 else -1
        core = first[at:] if at >= 2 else ""
        parallel = core and len(second) == len(core) and second[-2:] == core[-2:]  # 基本养老保险 / 基本医疗保险…
        if parallel and not second.startswith(first[:at]) and subjects.strip_lead(first[:at]) == first[:at]:
            items = [items[0], first[:at] + second]
    # 生产安全事故起数、死亡人数、受伤人数、直接经济损失分别下降…: later items that only name a quantity are the first's owner's
    # (owner_of_bare_tails, as in a list sharing one number; session 37)
    return _named_items(_owner_of_bare_tails(_owner_of_first_quantity(items)), s)


_COUNT_LABEL = re.compile(r"(?<=..)([两二三四五六七八九十])大[\u4e00-\u9fff]{0,4}?(?=产业|行业|领域|集群|板块)")


def _without_count_label(items: list[str]) -> list[str]:
    """集成电路、生物医药、人工智能三大先导产业规模: the label that counts the items (三大先导), written before the shared head
    of the last one, is no part of it (construction count_label_in_list; it gave 人工智能三大先导产业规模).

    >>> _without_count_label(["集成电路", "生物医药", "人工智能三大先导产业规模"])[-1]
    '人工智能产业规模'
    """
    label = _COUNT_LABEL.search(items[-1]) if len(items) >= 2 else None
    if not label or int(parse_number(label.group(1))) != len(items):
        return items
    return [*items[:-1], items[-1][: label.start()] + items[-1][label.end() :]]


def _sides_share_the_rest(items: list[str]) -> list[str]:
    """Two items opening with the sides of a pair (lexicon roles urban_rural_side, population_side), the first written
    short: it takes what follows the words it shares with the second (construction sides_share_the_rest).

    >>> _sides_share_the_rest(["城镇", "农村居民人均可支配收入"]), _sides_share_the_rest(["常住", "户籍人口城镇化率"])
    (['城镇居民人均可支配收入', '农村居民人均可支配收入'], ['常住人口城镇化率', '户籍人口城镇化率'])
    >>> _sides_share_the_rest(["城镇居民", "农村居民人均可支配收入"])
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    """
    if len(items) != 2:
        return items
    sides = subjects.role_words("urban_rural_side", "population_side")
    first, second = subjects.strip_lead(items[0].strip(' “”"')), items[1]  # 预计城镇、农村…: the lead word goes
    mine = next((w for w in sides if first.startswith(w)), "")
    other = next((w for w in sides if second.startswith(w) and w != mine), "")
    shared = first[len(mine) :]
    if not mine or not other or not second[len(other) :].startswith(shared) or len(second) - len(other) - len(shared) < 2:
        return items
    return [first + second[len(other) + len(shared) :], second]


def _named_items(items: list[str], s: _Sentence) -> list[tuple[str, str]]:
    """(dictionary id, subject) of each item of a list (`_listed`)."""
    out = []
    for item in items:
        found = list(s.pattern.finditer(item))
        rest = item[found[-1].end() :].strip(' “”"') if found else ""
        name = subjects.subject_before(item) or item.strip(' “”"')[-20:]
        # what the item's quantity has or how it is stated (lexicon role quantity_tail: 增速, 总额, 标准 …) keeps its id
        if found and (len(rest) <= 1 or rest in _item_tails()):
            out.append((s.alias_to_id[found[-1].group(0)], name))
        else:
            out.append(("other", name))
    return out


@functools.lru_cache(maxsize=1)
def _item_tails() -> frozenset[str]:
    """Words after a list item's alias that keep its dictionary id: lexicon role quantity_tail, with 增长率 and 产值; not
    a share (…占规模以上工业增加值比重 is no value of the whole it is a share of)."""
    return (frozenset(subjects.role_words("quantity_tail")) | {"增长率", "产值"}) - {"比重", "占比"}


def _places_share_the_rest(items: list[str], level: str = "province", region: str = "") -> list[str]:
    """广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次: items that are only places (cities of regions.csv,
    places of scope_words.csv, and the districts and counties a report of `level` and `region` names as its parts)
    share what follows the last item's place (construction places_share_the_rest; the place then sets each item's
    scope and leaves its name).

    >>> _places_share_the_rest(["广州", "深圳地铁线网单日最高客运量"])
    ['广州地铁线网单日最高客运量', '深圳地铁线网单日最高客运量']
    >>> _places_share_the_rest(["国际友城", "外国驻穗总领馆"])
    ['国际友城', '外国驻穗总领馆']
    >>> _places_share_the_rest(["台山市", "开平市地区生产总值"], "city", "江门市")
    ['台山市地区生产总值', '开平市地区生产总值']
    """
    if len(items) < 2:
        return items
    place = _place_of_last_item(items, level, region)
    if not place:
        return items
    last = items[-1].strip(' “”"')
    return [x.strip(' “”"') + last[len(place) :] for x in items[:-1]] + [items[-1]]


def _place_of_last_item(items: list[str], level: str, region: str) -> str:
    """The place the last item of a list opens with, when every earlier item is only a place (of `level`'s report of
    `region`) and the last names something after its place (广州、深圳地铁线网…: 深圳); '' otherwise. What
    places_share_the_rest and places_share_a_figure ask of a list.

    >>> _place_of_last_item(["广州", "深圳地铁线网单日最高客运量"], "province", ""), _place_of_last_item(["国际友城", "外国驻穗总领馆"], "province", "")
    ('深圳', '')
    """
    if len(items) < 2 or any(_place_with_area(x.strip(' “”"'), level, region) != x.strip(' “”"') for x in items[:-1]):
        return ""
    last = items[-1].strip(' “”"')
    place = _place_with_area(last, level, region, 6)
    return place if place and last.startswith(place) and len(last) - len(place) >= 2 else ""


def _names_places(words: str, level: str, region: str) -> bool:
    """Are the words one place word of the report's (省会, 武汉) or its province's cities written one character each
    (宜荆荆: 宜昌, 荆州, 荆门; `subjects.cities_abbreviated`)?"""
    if subjects.names_a_place(words, level, region):
        return True
    return level == "province" and 2 <= len(words) <= 4 and subjects.abbreviates_cities(words, subjects.bare_region(region))


def _place_with_area(words: str, level: str, region: str, within: int = 0) -> str:
    """The place the words open with (`subjects.scope_of` over their first `within` characters, all when 0) and the kind
    of area it is named with after it, if any (胶东经济圈, 鲁南经济圈: area_of_quarter), so that a list of quarters shares
    what the last one has (construction places_share_the_rest).

    >>> _place_with_area("胶东经济圈", "province", "山东省"), _place_with_area("鲁南经济圈地区生产总值", "province", "山东省", 6)
    ('胶东经济圈', '鲁南经济圈')
    >>> _place_with_area("省会都市圈", "province", "山东省"), _place_with_area("宜荆荆都市圈", "province", "湖北省")
    ('省会都市圈', '宜荆荆都市圈')
    """
    place = subjects.scope_of(words[:within] if within else words, level, region)[1]
    at = words.find(place) if place else -1
    if at >= 2 and re.fullmatch(_AREA_KIND, place) and _names_places(words[:at], level, region):
        return words[:at] + place  # 省会都市圈: 都市圈, a scope word of its own, is the kind of area of the place before
    if place and words.startswith(place) and (kind := re.match(_AREA_KIND, words[len(place) :])):
        return place + kind.group(0)
    return place


# the share a last item of a list writes for all: 占比, 所占比重, 占规上工业比重 (with the quantity before it: 产值占…)
# (…社会消费品零售总额全省占比: the whole area before 占比 goes with it to every item, session 45 probe)
_SHARE_HEAD = re.compile(rf"(?:所占|占)(?:比|[^，,；;。、\d占]{{0,12}}?(?:比重|比例|份额))$|(?:{_WHOLE_AREA_WORDS})?占比$")
_SHARED_QUANTITY = re.compile(r"(产值|增加值|进出口|投资|收入|营业收入|销售额|出口|装机)$")


def _share_of_the_last(items: list[str]) -> list[str]:
    """高技术制造业、战略性新兴产业占比分别达到13%、26%: the share the last item writes (占比, 所占比重, 占规上工业比重) is
    every item's that writes none, with the quantity before it when the item names no quantity of its own (construction
    list_shared_share): 战略性新兴产业、高新技术产业产值占规上工业比重 gives 战略性新兴产业产值占规上工业比重; 新兴产业产值、高新技术
    产业产值所占比重 gives 新兴产业产值所占比重.

    >>> _share_of_the_last(["高技术制造业", "战略性新兴产业占比"])
    ['高技术制造业占比', '战略性新兴产业占比']
    >>> _share_of_the_last(["战略性新兴产业", "高新技术产业产值占规上工业比重"])
    ['战略性新兴产业产值占规上工业比重', '高新技术产业产值占规上工业比重']
    >>> _share_of_the_last(["新兴产业产值", "高新技术产业产值所占比重"])
    ['新兴产业产值所占比重', '高新技术产业产值所占比重']
    >>> _share_of_the_last(["一般贸易", "民营企业进出口占比"])
    ['一般贸易进出口占比', '民营企业进出口占比']
    """
    if len(items) < 2:
        return items
    last = items[-1].strip(' “”"')
    share = _SHARE_HEAD.search(last)
    if not share or len(last) - len(share.group(0)) < 2:
        return items
    quantity = _SHARED_QUANTITY.search(last[: share.start()])
    out = []
    for item in items[:-1]:
        bare = item.strip(' “”"')
        if len(bare) < 2 or "占" in bare or bare.endswith(_SHARE_WORDS) or _HAS_DIGIT.search(bare):
            out.append(item)
            continue
        own_quantity = _SHARED_QUANTITY.search(bare) or _ends_in_quantity(bare)
        middle = "" if own_quantity or not quantity else quantity.group(0)
        if len(bare) == 2 and last[0] == bare[0] and last[1] != bare[1] and not own_quantity and share.start() > 4:
            # 炼铁、炼钢先进产能占比: two-character items that open alike (炼铁, 炼钢) name the kinds; what the last writes
            # between its own two characters and the share is every item's (parallel_items_share, session 35)
            middle = last[2 : share.start()]
        out.append(bare + middle + share.group(0))
    return [*out, items[-1]]


_DRIVEN_OPENING = re.compile("^[^，,；;。、\\d]{2,12}?(?:" + "|".join(map(re.escape, subjects.role_words("drive_verb"))) + ")")


def _class_of_the_first(items: list[str], head_written_once: bool = True) -> list[str]:
    """A class word that opens the first item of a list (lexicon role class_prefix: 规上, 规模以上, 省级, 国家级) is every
    item's when no other names a class of its own and the items are kinds of one quantity whose head is written once, at
    the end (construction list_shared_class): 规上高技术产业、先进制造业、装备制造业增加值 gives 规上先进制造业增加值 and
    规上装备制造业增加值. Items each written whole keep their own names: in 规上工业增加值、社会消费品零售总额 or
    国家级高新技术企业、科技型中小企业 the class is the first item's alone.

    >>> _class_of_the_first(["规上高技术产业增加值", "先进制造业增加值", "装备制造业增加值"])
    ['规上高技术产业增加值', '规上先进制造业增加值', '规上装备制造业增加值']
    >>> _class_of_the_first(["国家级新区", "省级新区"])
    ['国家级新区', '省级新区']
    >>> _class_of_the_first(["规上工业增加值", "社会消费品零售总额"], head_written_once=False)
    ['规上工业增加值', '社会消费品零售总额']
    """
    classes = subjects.role_words("class_prefix")
    first = items[0].strip(' “”"') if items else ""
    driven = _DRIVEN_OPENING.search(first)
    if driven and driven.end() < len(first):
        # 消费品以旧换新带动限上新能源汽车、节能家电零售额: the first item opens after its driver and the verb of driving
        # (lexicon role drive_verb), so its class word is there (construction class_after_driver)
        first = first[driven.end() :]
    opening = next((c for c in classes if first.startswith(c) and len(first) - len(c) >= 2), "")
    if len(items) < 2 or not opening or not head_written_once or any(x.strip(' “”"').startswith(classes) for x in items[1:]):
        return items

    return [items[0], *(opening + x.strip(' “”"') for x in items[1:])]


# (万元GDP建设用地、水耗、电耗分别下降6.5%、3.9%和4.6%, 单位产值能耗、水耗: per ten thousand yuan of GDP, per unit of
# output, per_base_shared; session 73 probes of district reports gave 水耗 and 电耗 alone)
_PER_BASE_OPENING = re.compile(
    r"(?:单位|万元)(?:国内|地区)?生产总值|(?:单位|万元)GDP|单位产值|(?:单位|万元)工业增加值|每(?:[千万百]|十万|\d+)(?:人口|人|户)(?=..)"
)


_COUNT_OF_PEOPLE = ("人数", "人次")


def _owner_of_first_quantity(items: list[str]) -> list[str]:
    """国内游客人次、总花费, 游客人数和总花费, 省属企业营收和利润: a short second item that names only a quantity (总花费, or a
    lexicon list_head word such as 利润) is a quantity of what the first item measures, the first's words before its own
    quantity word (人次, 人数 or a list_head word) (constructions owner_of_first_quantity, owner_of_the_first): 国内游客总花费,
    省属企业利润.

    >>> _owner_of_first_quantity(["国内游客人次", "总花费"]), _owner_of_first_quantity(["省属企业营收", "利润"])
    (['国内游客人次', '国内游客总花费'], ['省属企业营收', '省属企业利润'])
    >>> _owner_of_first_quantity(["高技术制造业增加值", "装备制造业增加值"])
    ['高技术制造业增加值', '装备制造业增加值']
    """
    if len(items) != 2:
        return items
    first, second = (x.strip(' “”"') for x in items)
    word = next((w for w in _COUNT_OF_PEOPLE if first.endswith(w)), "") or (
        m.group(0) if (m := _list_head().search(first)) else ""
    )
    word = _whole_name_head(first, word, [second]) if word else ""  # 省属企业工业总产值、利润 (owner_before_whole_name)
    owner = first[: len(first) - len(word)] if word else ""
    quantity = len(second) <= 4 and (second.startswith("总") or second in subjects.role_words("list_head"))
    if len(owner) < 2 or not quantity or second.startswith(owner[:2]) or subjects.strip_lead(owner) != owner:
        return items
    if _named_whole(second):
        return items
    return [items[0], owner + second]


def _whole_name_head(first: str, head: str, later: list[str]) -> str:
    """The quantity that ends a list's first item, for cutting off its owner: the whole dictionary name the item ends
    with (工业总产值), when it is longer than the list head word found (产值), opens after the item's second character, and
    no later item makes a dictionary name with the name's inner words (工业 + 增加值 is one: 规上工业总产值、增加值 are two
    quantities of 规上工业, not of 规上). Construction owner_before_whole_name (session 48, development errors): 省属企业工业
    总产值、利润均实现翻一番 is 省属企业利润 (it was 省属企业工业总利润).

    >>> _whole_name_head("省属企业工业总产值", "产值", ["利润"]), _whole_name_head("规上工业总产值", "产值", ["增加值"])
    ('工业总产值', '产值')
    >>> _whole_name_head("国内游客人次", "人次", ["总花费"])
    '人次'
    """
    name = next((m.group(0) for m in indicators.alias_pattern()[0].finditer(first) if m.end() == len(first)), "")
    if len(name) <= len(head) or not name.endswith(head) or len(first) - len(name) < 2:
        return head
    inner = name[: len(name) - len(head)].removesuffix("总")
    return head if any(indicators.lookup(inner + x.strip(' “”"')) != "other" for x in later) else name


_TRADE_PARTNER_MARK = "对与"  # 对东盟进出口, 与共建“一带一路”国家进出口: the partner of a flow


def _modifier_of_the_first(items: list[str], head: str) -> list[str]:
    """国际航空旅客和货邮吞吐量: two items of a shared head whose second names only a two-character kind (货邮) parallel to
    the first's last two characters (旅客) take the first's modifier too (国际航空货邮吞吐量; construction
    list_shared_modifier).

    >>> _modifier_of_the_first(["国际航空旅客吞吐量", "货邮吞吐量"], "吞吐量")
    ['国际航空旅客吞吐量', '国际航空货邮吞吐量']
    >>> _modifier_of_the_first(["高技术制造业增加值", "装备制造业增加值"], "增加值")
    ['高技术制造业增加值', '装备制造业增加值']
    >>> _modifier_of_the_first(["城乡居民基础养老金标准", "低保标准"], "标准")
    ['城乡居民基础养老金标准', '低保标准']
    """
    if len(items) != 2:
        return items
    first, second = (x.strip(' “”"') for x in items)
    if not (first.endswith(head) and second.endswith(head)):
        return items
    core1, core2 = first[: -len(head)], second[: -len(head)]
    if first[:1] in _TRADE_PARTNER_MARK and second[:1] not in _TRADE_PARTNER_MARK:
        # 对中亚五国、东盟进出口: the preposition that names a partner is every item's, not the first's modifier
        # (construction partner_mark_shared)
        return [items[0], first[0] + second]
    if len(core2) != 2 or len(core1) < 5 or not re.fullmatch(r"[\u4e00-\u9fff]+", core1 + core2):
        return items
    modifier = core1[:-2]
    if subjects.strip_lead(modifier) != modifier or core2.startswith(modifier[:1]):
        return items
    cut = len(modifier)
    if any(m.start() < cut < m.end() for m in indicators.alias_pattern()[0].finditer(first)):
        # 城乡居民基础养老金、低保标准: the cut would fall inside a dictionary name (基础养老金), so the first's last two
        # characters are no kind parallel to the second's (it gave 城乡居民基础养低保标准; modifier_not_inside_a_name)
        return items
    return [items[0], modifier + second]


def _shared_verb_phrase(items: list[str]) -> list[str]:
    """专项产业基金、新增能耗、新增工业用地支持民间投资项目比重: the last item ends with a verb of action and the
    quantity it gives (支持民间投资项目比重), and the earlier items, short nouns with no verb, are what does
    it, so each takes that verb phrase (construction list_shared_verb_phrase; gold of Zhejiang 2026).

    >>> _shared_verb_phrase(["专项产业基金", "新增能耗", "新增工业用地支持民间投资项目比重"])[1]
    '新增能耗支持民间投资项目比重'
    >>> _shared_verb_phrase(["高技术制造业", "装备制造业增加值"])
    ['高技术制造业', '装备制造业增加值']
    """
    if len(items) < 2:
        return items
    last = items[-1].strip(' “”"')
    verbs = subjects.role_words("action", min_length=2)
    # (增加值 is a noun, no verb 增加: …装备制造业占规模以上工业增加值比重 gave 战略性新兴产业增加值比重, value_added_is_no_verb,
    # session 71 probe of a city's term review)
    at = min((i for w in verbs if (i := last.find(w, 2)) >= 2 and not last.startswith("增加值", i)), default=-1)
    tail = last[at:] if at >= 0 else ""
    if not tail or not re.search(r"(比重|比例|占比|[率额量])$", tail):
        return items
    earlier = [x.strip(' “”"') for x in items[:-1]]
    if any(not 2 <= len(x) <= 8 or any(w in x[1:] for w in verbs) or re.search(r"[\d的]", x) for x in earlier):
        return items
    return [x + tail for x in earlier] + [items[-1]]


def _framed_items(items: list[str]) -> list[str]:
    """The items of a list standing inside one frame, each with the whole frame (construction
    list_in_frame, gold S5): the first item opens with a payer and its use (lexicon role purpose_frame:
    用于), the last closes with what is spent; the items between are the bare uses, all of one length.

    >>> _framed_items(["全年中央财政用于科技", "教育", "卫生", "文化事业的支出"])[1:3]
    ['全年中央财政用于教育事业的支出', '全年中央财政用于卫生事业的支出']
    >>> _framed_items(["中央财政用于科技", "教育支出"]), _framed_items(["科技", "教育事业的支出"])
    (['中央财政用于科技支出', '中央财政用于教育支出'], ['科技', '教育事业的支出'])
    """
    first, last = items[0].strip(' “”"'), items[-1].strip(' “”"')
    verb = next((w for w in subjects.role_words("purpose_frame") if w in first), "") if len(items) > 1 else ""
    if not verb:
        return items
    at = first.rindex(verb) + len(verb)
    frame, cores = first[:at], [first[at:]] + [x.strip(' “”"') for x in items[1:-1]]
    width = len(cores[0])
    if not 2 <= width <= 4 or any(len(c) != width for c in cores) or len(last) < width + 2:
        return items  # 用于科技、教育支出: items of unequal length have no common frame to read
    tail = last[width:]
    return [frame + c + tail for c in cores] + [frame + last]


# a word that joins items or closes a modifier: no part of one tail parallel to an item (`_parallel_head`, `_tail_parallel_to`)
_ITEM_JOINER = re.compile(r"[、和及与的]")


def _parallel_head(first: str, last: str, head: str) -> str:
    """The words after the last item's part that stands parallel to the first item, when they end
    with the shared head noun: 基本养老保险、基本医疗保险参保人数 share 参保人数, not only 人数 (the
    last item names 保险 like the first, and what follows is the shared head).

    >>> _parallel_head("城镇职工基本养老保险", "基本医疗保险参保人数", "人数"), _parallel_head("高技术制造业", "装备制造业增加值", "增加值")
    ('参保人数', '增加值')
    >>> _parallel_head("进口", "出口通关时间", "时间"), _parallel_head("新能源", "输变电装备产业产值", "产值")
    ('通关时间', '产业产值')
    >>> _parallel_head("城市", "县城建成区面积", "面积")
    '建成区面积'
    """
    first = first.strip(' “”"')
    classes = subjects.role_words("place_class")
    if first in classes and (other := next((w for w in classes if last.startswith(w) and w != first), "")):
        # 城市、县城建成区面积: two classes of places, the rest of the last item is both's (parallel_place_classes)
        return last[len(other) :] if last.endswith(head) and len(last) > len(other) + 1 else head
    for k in range(min(len(first), 4), 1, -1):
        at = last.rfind(first[-k:], 0, len(last) - len(head))
        # (五大传统优势产业、五大新兴主导产业规模以上工业增加值: the class of the statistic too, up to 8 characters before the
        # head, session 52 probe set; it was 五大传统优势产业增加值)
        tail = last[at + k :]
        longer = len(tail) <= len(head) + 8 and not _ITEM_JOINER.search(tail)
        if at > 0 and tail.endswith(head) and (len(tail) <= len(head) + 4 or longer):
            return tail
    n = len(first)
    # 进口、出口通关时间, not 工业、制造业、工业技改投资 (the last item opens with the first: 工业投资 is the first's)
    if (
        2 <= n <= 4
        and len(last) > n + len(head)
        and last[n - 1] == first[-1]
        and last.endswith(head)
        and not last.startswith(first)
    ):
        return last[n:]  # 进口、出口通关时间: words that share their last character name the items (进口, 出口)
    before = last[: len(last) - len(head)]
    kind = next((w for w in subjects.role_words("list_kind") if before.endswith(w) and len(before) > len(w) + 1), "")
    # 新一代信息技术、新能源、输变电装备产业产值, 交通、水利、能源领域投资额: the kind of the items (lexicon role list_kind:
    # 产业, 领域, 行业) is shared with the head (list_kind_shared)
    # 制造业、数字经济核心产业增加值: a first item that is a sector of its own (…业) takes no 产业 (session 35)
    own_sector = kind == "产业" and first.endswith("业")
    return kind + head if kind and not first.endswith(kind) and not own_sector else head


_PAIR_SEP = re.compile(r"\s*(、|和|及|与)\s*$")


def _paired_subjects(s: _Sentence, words: str, n: int, pair: bool = False) -> list[tuple[str, str]]:
    """The n subjects of "A和B + predicate" before n numbers joined by 和/、, or [] (list_paired); with
    `pair` (two numbers joined by 和), also the two sides of a paired word (paired_words.csv: 中小学生).

    The predicate is the longest end of the words that only says how (实际增长); what stands before it
    must split at 、/和/及/与 into exactly n items.
    """
    rests = ((k, words[k:].replace("实际", "")) for k in range(2, len(words)))
    # 金融机构存贷款余额达到831.8亿元、406.7亿元: a noun of amount (lexicon role amount_head: 余额, 总量 …) that may open a predicate is the items' shared
    # head here, not the predicate (paired_head_amount; the cut before 余额 gave 金融机构存款贷款 and 金融机构贷款)
    cut = next(
        (
            k
            for k, rest in rests
            if _predicate_start().match(rest)
            and _only_predicate(rest)
            and not rest.startswith(subjects.role_words("amount_head"))
            and not _inside_list_head(words, k)
        ),
        None,
    )
    head = words[:cut] if cut else words  # 城镇和农村人均住房面积32.9平方米、37.1平方米: no predicate at all
    # 农村中小学生人均公用经费500元和300元: two numbers joined by 和 after a paired word (urban_rural_split)
    paired = pair and n == 2 and any(p[0] in head for p in _paired_words())
    if not (re.search(r"[、和及与]", head) or paired) or re.search(r"\d", head):
        return []
    listed = _listed(head, n, s)
    if cut and (share := _SHARE_OF_WHOLE_OPENING.match(words, cut)) and len(listed) == n:
        # 战略性新兴产业、高新技术产业产值占规上工业总产值比重达51%和45%: the share of a whole written once after the items is
        # each item's (share_of_whole_listed, session 48 probe of county reports: the whole was lost)
        listed = [(indicators.lookup(x + share.group(0)), x + share.group(0)) for _, x in listed]
    if listed and (framed := [subjects.in_frame_of(x, listed[0][1]) for _, x in listed[1:]]) and all(framed):
        # 化解煤炭、生铁粗钢产能1672万吨、631万吨: the frame of the first item (a verb of capacity cut, an established name)
        # is every item's (construction list_frame, paired)
        listed = [listed[0], *((indicators.lookup(x), x) for x in framed)]
    return listed if len(listed) == n and n > 1 else []


def _inside_list_head(words: str, k: int) -> bool:
    """Does position k of the words fall inside a list head of the lexicon (role list_head: 产能, 增加值) written there?

    Why: a predicate opening with a word that ends such a head is no predicate (近两年化解煤炭、生铁粗钢产能1672万吨、631万吨:
    the modal 能 cut 产能 into 产 and a predicate, and gave the items 煤炭 and 生铁粗钢产; construction head_not_cut, session
    67 probe of provincial reports).

    >>> _inside_list_head("化解煤炭、生铁粗钢产能", 10), _inside_list_head("煤炭、钢铁产量达到", 7)
    (True, False)
    """
    return any(k >= j and words.startswith(w, k - j) for w in subjects.role_words("list_head") for j in range(1, len(w)))


def _kinds_of_their_own(words: str, listed: list[tuple[str, str]], units: list) -> list[tuple[str, str]]:
    """The items of a 分别 list, each counted in its own measure word: an item counted otherwise than the last one is a kind
    of thing of its own, which takes no head of the last item (construction own_measure_word_own_kind, session 56 probe of
    county reports: 全市数字化车间、在役工业机器人、上云企业分别达110个、2155台和8200家 gave 数字化车间企业, 在役工业机器人企业).
    A shared word of quantity is each item's still (生猪、家禽年出栏量分别稳定在3900万头、13.5亿只: 生猪年出栏量).

    >>> from helpers.extract.numbers import read_unit
    >>> units = [read_unit(u, 0) for u in ("个", "台", "家")]
    >>> listed = [("other", "数字化车间企业"), ("other", "在役工业机器人企业"), ("other", "上云企业")]
    >>> [x for _, x in _kinds_of_their_own("全市数字化车间、在役工业机器人、上云企业", listed, units)]
    ['数字化车间', '在役工业机器人', '上云企业']
    """
    raw = [subjects.strip_lead(x.strip(subjects.MARKS)) for x in words.split("、")]
    if len(raw) != len(listed) or any(u.kind != "count" for u in units):
        return listed
    last = units[-1].base
    return [
        (indicators.lookup(item), item)
        if unit.base != last and len(item) >= 2 and name != item and name.startswith(item) and not _ends_in_quantity(name)
        else (ind, name)
        for (ind, name), item, unit in zip(listed, raw, units)
    ]


_SHARE_OF_WHOLE_OPENING = re.compile(r"占[^，,；;。\d]{1,16}?的?(?:比重|比例|份额)")


def _rest_after_class(item: str) -> str:
    """The words of an item after the class word it opens with (市级重点项目 -> 重点项目), '' when it opens with none or two
    characters do not remain: what a class named alone before it shares (classes_share_head, classes_counted_then_noun)."""
    own = _class_words().match(item)
    return item[own.end() :] if own and len(item) - own.end() >= 2 else ""


def _class_only_items(items: list[str]) -> list[str]:
    """国家级和省级专精特新企业各10家: an item that is only a class word (lexicon role class_prefix: 国家级, 省级, with 以上) before
    a last item opening with a class word of its own shares the rest of the last item (construction classes_share_head,
    session 47 probe of 2024-2025 provincial reports: it was 国家级 alone).

    >>> _class_only_items(["新增国家级", "省级专精特新企业"]), _class_only_items(["国家级", "高新技术企业"])
    (['新增国家级专精特新企业', '省级专精特新企业'], ['国家级', '高新技术企业'])
    """
    rest = _rest_after_class(items[-1].strip(subjects.MARKS)) if items else ""
    if len(items) < 2 or not rest:
        return items
    classes = _class_words()
    return [
        x + rest if (m := classes.search(x.strip(subjects.MARKS))) and m.end() == len(x.strip(subjects.MARKS)) else x
        for x in items[:-1]
    ] + [items[-1]]


def _one_character_items(items: list[str]) -> list[str]:
    """中、高等职业教育在校生: a one-character item shares the rest of the word after it (中等职业教育
    在校生, 高等职业教育在校生), as 二、三级 shares 级 (construction listed_subject).

    >>> _one_character_items(["2007年中", "高等职业教育在校生"]), _one_character_items(["大", "中型企业"])
    (['中等职业教育在校生', '高等职业教育在校生'], ['大型企业', '中型企业'])
    >>> _one_character_items(["一", "二", "三产增加值"])
    ['一产增加值', '二产增加值', '三产增加值']

    Two things named by one character and a noun of two before the head word of the list (lexicon role list_head) are
    no grades of one word: 肉、奶、禽蛋产量 gives 奶产量 (not 奶蛋产量; construction thing_before_head).

    >>> _one_character_items(["肉", "奶", "禽蛋产量"]), _one_character_items(["煤", "电保供量"])
    (['肉产量', '奶产量', '禽蛋产量'], ['煤保供量', '电保供量'])
    """
    out = list(items)
    grades = subjects.role_words("grade_character")  # 中、高等, 大、中型, 一、二、三产: grades that share the rest of a word
    for k in reversed(range(len(out) - 1)):  # from the last: 一、二、三产增加值 gives 二产… first, then 一产…
        item, following = re.sub(r"^(19|20)\d\d年", "", out[k].strip()), out[k + 1].strip()
        if len(item) == 1 and len(following) >= 3 and item != following[0]:
            head = next((w for w in subjects.role_words("list_head") if following.endswith(w)), "")
            thing = following[: len(following) - len(head)] if head else ""
            grade = item in grades and following[0] in grades
            out[k] = item + head if len(thing) >= 2 and not grade else item + following[1:]
    return out


_CLASS_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}级")


def _classes_share_the_rest(items: list[str]) -> list[str]:
    """国家级、部级创新平台分别达到22家、182家: an item that is only a class word (…级) shares what follows the class word
    the next item opens with (construction classes_share_the_rest, as places_share_the_rest and one_character_items):
    国家级创新平台, 部级创新平台.

    >>> _classes_share_the_rest(["国家级", "部级创新平台"]), _classes_share_the_rest(["国家级", "省级"])
    (['国家级创新平台', '部级创新平台'], ['国家级', '省级'])
    """
    out = list(items)
    for k in reversed(range(len(out) - 1)):
        item, following = out[k].strip(' “”"'), out[k + 1].strip(' “”"')
        opening = _CLASS_WORD.match(following)
        if _CLASS_WORD.fullmatch(item) and opening and len(following) - opening.end() >= 2:
            out[k] = item + following[opening.end() :]
    return out


@functools.lru_cache(maxsize=1)
def _paired_words() -> tuple[tuple[str, str, str], ...]:
    """(a word that joins two things, the first, the second), longest word first:
    reference/paired_words.csv (城乡居民 -> 城镇居民, 农村居民; 存贷款 -> 存款, 贷款)."""
    rows = ((r["word"], r["first"], r["second"]) for r in csv_rows(REFERENCE_DIR / "paired_words.csv"))
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@functools.lru_cache(maxsize=1)
def _thing_head() -> re.Pattern:
    """The head nouns of things a 分别 list's items can share (lexicon role list_thing_head), at the end of an item."""
    return re.compile("(" + "|".join(re.escape(w) for w in subjects.lexicon().get("list_thing_head", ())) + ")$")


@functools.lru_cache(maxsize=1)
def _list_head() -> re.Pattern:
    """The head nouns a list of subjects can share (lexicon role list_head), at the end of an item."""
    return re.compile("(" + "|".join(re.escape(w) for w in subjects.lexicon().get("list_head", ())) + ")$")


def _modifier_naming_in_full(first: str, later: list[str]) -> list[str]:
    """The later items, each with the first item's opening words when with them it is a dictionary alias of the quantity
    it names alone (城镇 + 登记失业率 = 城镇登记失业率, both unemployment_rate); the others as written.

    >>> _modifier_naming_in_full("城镇调查失业率", ["登记失业率"]), _modifier_naming_in_full("刑事案件", ["治安案件"])
    (['城镇登记失业率'], ['治安案件'])
    """
    alias_to_id = indicators.alias_pattern()[1]
    out = []
    for x in later:
        ind = alias_to_id.get(x)
        if ind and not x.startswith(first[:2]):  # 城镇登记失业率 after 城镇调查失业率 has its own
            x = next((first[:k] + x for k in (2, 3, 4) if alias_to_id.get(first[:k] + x) == ind), x)
        out.append(x)
    return out


def _shared_modifier(items: list[str]) -> list[str]:
    """适龄儿童入园率和普惠率: the first item's modifier belongs to the later short items of its kind.

    Construction list_shared_modifier: every later item is at most four characters and ends like the
    first (率, 数); the first item's head is its list_head word, else its last len(item) characters.

    >>> _shared_modifier(["适龄儿童入园率", "普惠率"]), _shared_modifier(["生产安全死亡事故起数", "死亡人数"])
    (['适龄儿童入园率', '适龄儿童普惠率'], ['生产安全死亡事故起数', '生产安全死亡事故死亡人数'])
    >>> _shared_modifier(["进出口总额", "出口额"]), _shared_modifier(["规上工业总产值", "增加值"])
    (['进出口总额', '出口额'], ['规上工业总产值', '规上工业增加值'])
    """
    first = items[0].strip(' “”"')
    later = [x.strip(' “”"') for x in items[1:]]
    if later and (named := _modifier_naming_in_full(first, later)) != later:
        # 城镇调查失业率和登记失业率: with the first item's 城镇 the later one is the dictionary's full name of the same
        # quantity (modifier_names_in_full)
        return [items[0], *named]
    frame = _SECTOR_FRAME.match(first)
    if later and frame and len(first) > frame.end() + 1 and not any(_SECTOR_FRAME.match(x) for x in later):
        # 钢铁行业国家级绿色工厂、环保绩效A级企业数量均居全国第一: the sector frames every item
        return [items[0]] + [frame.group(0) + x for x in later]
    # 运输箱量和货值: two amounts of one thing end in words of quantity (量, 值) though not alike (quantities_alike)
    alike = _QUANTITY_END.search(first) is not None
    if (
        not later
        or not first
        or any(
            len(x) > 4 or not x or not (x[-1] == first[-1] or (alike and len(x) == 2 and _QUANTITY_END.search(x))) for x in later
        )
    ):
        return items
    m = _list_head().search(first)
    head = m.group(0) if m else first[-len(later[0]) :]
    # 省属企业营业收入、利润: a whole attribute (lexicon role attribute: 营业收入) ends the first item, not only its head
    # (收入), and the owner before it is what the later items share (construction attribute_head; it gave 省属企业营业利润)
    head = next((a for a in subjects.role_words("attribute") if first.endswith(a) and len(a) > len(head)), head)
    head = _whole_name_head(first, head, later)  # 民营企业工业增加值、利润: 民营企业利润 (owner_before_whole_name)
    # 规上工业总产值、增加值: 总 opens the first item's quantity (总产值), no word of the owner (total_of_first)
    modifier = first[: len(first) - len(head)].removesuffix("总")
    if len(modifier) < 2 or any(x.startswith(modifier) or (x.endswith(head) and len(x) > len(head)) for x in later):
        return items  # 刑事案件、治安案件: each names its own kind
    if any(len(x) >= 3 and modifier.endswith(x[:-1]) for x in later):
        return items  # 进出口总额和出口额: a later item that ends the modifier's words names a part of its own (part_in_modifier)
    return [items[0]] + [modifier + x for x in later]


# (比例, 比重, 占比: 研发投入强度、公民具备科学素质比例保持全市第一 ranks both, session 47 probe: it ranked the last alone)
# (能力: 港口通过能力和货物吞吐量均突破8亿吨 is a capacity and a volume, session 75 probe of a 2014 provincial report: it
# gave 港口通过能力吞吐量; capacity_named)
_QUANTITY_END = re.compile(
    r"(?:[量耗率额值数价资入出模收润]|能力|比例|比重|占比|增速|增幅|涨幅)$"
)  # (增速: a rate of its own, session 52)


@functools.lru_cache(maxsize=1)
def _times_unit_end() -> re.Pattern:
    """A unit of count of events (units.csv kind count, written with 次: 人次, 户次, 架次) at the end of an item."""
    times = sorted((u for u, (_, kind) in unit_table().items() if kind == "count" and len(u) >= 2 and u.endswith("次")), key=len)
    return re.compile("(" + "|".join(re.escape(u) for u in reversed(times)) + ")$")


def _ends_in_quantity(item: str) -> bool:
    """Does a list item end in a word of quantity, so it keeps its own name and takes no head of the last item? 率, 额,
    量 … (not a thing named like a quantity: 化学需氧量), or a unit of times counted (construction
    times_unit_names_quantity): 接待游客人次、旅游总收入均增长8%以上 is 游客人次 and 旅游总收入, not 游客人次收入.

    >>> _ends_in_quantity("游客人次"), _ends_in_quantity("用水量"), _ends_in_quantity("化学需氧量"), _ends_in_quantity("城镇")
    (True, True, False, False)
    """
    item = item.strip(' “”"')
    return bool(_QUANTITY_END.search(item) or _times_unit_end().search(item)) and not _named_like_quantity(item)


_SECTOR_FRAME = re.compile(r"^[\u4e00-\u9fff]{2,6}?(行业|领域)")


# --- one number, several subjects (construction list_shared_number) ------------------------------

# Measures a list of subjects can share without a distributive word: a rate is not summed
# (国内生产总值和城乡居民人均收入比2010年翻一番), an amount or a count after a list is its total
# (淘汰黄标车和老旧车600万辆), so those share only with 均/都/分别. Nor is a rank (水电、风电装机位居世界第一: each is first).
# 合计, 共计, 总计 after a list: the number is of the items summed, one row whose subject is the list (list_summed, S8)
_SUMMED_LIST = re.compile(r"(?:合计|共计|总计)")
_SHARED_RATES = ("growth_yoy", "growth_avg", "change_pct", "multiple", "change_multiple", "pp_change", "rank")
_LIST_SPLIT = re.compile(r"、|和|及|与")
_RANK_VERB_IN = re.compile(rf"(?<=..)(?:{_RANK_VERB})")  # 总量和增速排名…: where a list ranked without 均 ends (list_ranked)
_COUNT_AFTER_ETC = re.compile(r"等[\d一二两三四五六七八九十]+")
_BY_YEAR = re.compile(r"^[\s“”\"]*(到|至)(?=(?:19|20)\d\d年)")
# 全部财政收入、地方一般预算收入年均分别可比增长11%: the average's word before 分别 says how the number is taken, no part of
# the last item (average_before_each; session 74 probe of a 2011 provincial report: 均 was read as the connective and
# left 地方一般预算收入年)
_AVERAGE_BEFORE_EACH = re.compile(r"(?:年均|平均)$")


# where a list is ranked, after it: 全国第, 居全国第, 国内前 (`shared_subjects`)
# (…增速在全市排第一: the area written with 在 before the verb, session 52 probe set)
# …增速居全市第, …增速居延安市第: the field ranked in, a kind of area or a named place (1-3 characters and 市, 省, 区, 县:
# named_field_of_rank, session 56 probe of county reports: it kept 增速居延安市 and lost the growth word)
_RANK_TAIL = re.compile(
    # (排全市各区第, 排各区第: a group of places after 排 or 列 too, session 62 probe of a district review)
    rf"(?:在(?:{subjects.rank_areas()})中?)?(?:{_RANK_VERB})?(?:{subjects.rank_areas()}|(?<=[居排列])[\u4e00-\u9fff]{{1,3}}[市省区县])?"
    r"(?:第|前)$"
)


@functools.lru_cache(maxsize=1)
def _changes_ranked() -> re.Pattern:
    """A growth word (增速, 增幅) or the size of a change (lexicon role change_size: 改善幅度, 提升幅度) ending a list that is
    ranked, after at least two characters of its last item (`shared_subjects`, list_growth_ranked)."""
    sizes = "|".join(subjects.role_words("change_size"))
    return re.compile(rf"(?<=[^和、及与]{{2}})(?:{_GROWTH_WORD}|{sizes})$")


def _after_a_figure(words: str) -> bool:
    """Does a distributive word stand right after an earlier figure of the clause (…增长5.2%、均突破)? (construction
    distributive_after_figure, `shared_subjects`)

    >>> _after_a_figure("钢铁、建材产业营业收入增长5.2%、均突破"), _after_a_figure("钢铁、建材产业营业收入均突破")
    (True, False)
    """
    at = _distributive_at(words)
    figure = _FIGURE_THEN_DISTRIBUTIVE.search(words[:at]) if at > 0 else None
    return figure is not None and figure.start() > 0


def _contraction_sides(head: str) -> list[str]:
    """The two sides of a contraction of paired_words.csv written with 、 between its parts (金融机构本外币存、贷款余额: 存款,
    贷款), each with the words around it, or [] (construction contraction_listed, as `_listed` reads it before 分别).

    >>> _contraction_sides("金融机构本外币存、贷款余额"), _contraction_sides("存款余额、贷款余额")
    (['金融机构本外币存款余额', '金融机构本外币贷款余额'], [])
    """
    joined, pair = _joined_contraction(head)
    return _pair_sides(joined, pair) if pair else []


# the words a contraction of paired_words.csv may stand apart by (城乡年低保: pair_word_apart)
_PAIR_GAP = 2


def _pair_sides(words: str, pair: tuple[str, str, str]) -> list[str]:
    """The words with the contraction of a paired_words.csv row (word, first side, second side) replaced by each side:
    the one place the sides are written out (`_listed`, `_contraction_sides`, `shared_subjects`).

    >>> _pair_sides("金融机构存贷款余额", ("存贷款", "存款", "贷款"))
    ['金融机构存款余额', '金融机构贷款余额']

    A longer row's word written apart by a word or two takes that row's sides (construction pair_word_apart; session 75
    probe of a 2014 provincial report: 城乡年低保标准 gave 城镇年低保标准, where 城乡低保 names the urban side 城市低保):

    >>> _pair_sides("城乡年低保标准", ("城乡", "城镇", "农村"))
    ['城市年低保标准', '农村年低保标准']
    """
    word, first, second = pair
    after = words.find(word) + len(word)
    for longer, first_long, second_long in _paired_words():
        rest = longer[len(word) :] if longer.startswith(word) and len(longer) > len(word) else ""
        sided = rest and first_long.endswith(rest) and second_long.endswith(rest)
        if sided and 0 < words.find(rest, after) - after <= _PAIR_GAP:
            first, second = first_long[: -len(rest)], second_long[: -len(rest)]
            break
    return [words.replace(word, first, 1), words.replace(word, second, 1)]


def _joined_contraction(head: str) -> tuple[str, tuple[str, str, str] | None]:
    """(the words with a contraction of paired_words.csv written apart joined again, its row) or (the words, None):
    金融机构存、贷款余额 -> 金融机构存贷款余额."""
    pair = next((p for p in _paired_words() if p[0][0] + "、" + p[0][1:] in head), None)
    return (head.replace(pair[0][0] + "、" + pair[0][1:], pair[0]), pair) if pair else (head, None)


def _distributive_at(words: str) -> int:
    """Where a distributive word (lexicon role distributive: 均, 都, 分别) stands in the words before a
    number, -1 when none; a word that only holds one (role not_distributive: 年均, 成都) does not count.

    >>> _distributive_at("国家级跨境电商综合试验区、服务贸易平台均增至"), _distributive_at("城乡居民人均收入年均增长")
    (19, -1)
    >>> _distributive_at("财政收入、金融业增加值较2011年均实现")
    17
    """
    found = [m.start() for m in _role_words("distributive").finditer(words)]
    if not found:
        return -1
    held = {i for m in _role_words("not_distributive").finditer(words) for i in range(*m.span())}
    held -= {m.start(1) for m in _YEAR_THEN_EACH.finditer(words)}  # 较2011年均实现: 均 after a year (year_then_each)
    return min((i for i in found if i > 0 and i not in held), default=-1)


@functools.cache  # (eleven roles ask for it: four entries were refilled 273 times in a pass of the 25 reports)
def _role_words(role: str) -> re.Pattern:
    """The words of a lexicon role as one pattern, longest first."""
    return re.compile("|".join(re.escape(w) for w in subjects.lexicon().get(role, ())))


def _names_quantity(item: str, pattern: re.Pattern) -> bool:
    """Does a list item name a quantity by itself (an alias at its end, a head noun, 率/量/额…, or money spent: 旅游花费,
    公用经费; session 46 probe: 旅游人次、旅游花费增长15% gave 旅游花费 alone)? (费 is no word of quantity for
    `_ends_in_quantity`: 学费、住宿费标准 share 标准.)"""
    if _list_head().search(item) or _ends_in_quantity(item) or item.strip(' “”"').endswith("费"):
        return True
    return any(m.end() == len(item) for m in pattern.finditer(item))


def _named_like_quantity(item: str) -> bool:
    return any(item.endswith(w) for w in subjects.lexicon().get("named_like_quantity", ()))


_BRACKETED = re.compile(r"[（(][^（）()]{1,10}[）)]")


def _list_items(head: str, distributive: bool, pattern: re.Pattern) -> list[str]:
    """The phrase before the predicate split into its items at 、 and, when each side is a whole
    subject or a distributive word follows, at 和/及/与 outside a dictionary alias
    (软件和信息技术服务业 stays one item)."""
    inside = {i for m in pattern.finditer(head) for i in range(m.start() + 1, m.end())}
    # 所有区（县、市）地区生产总值均…: a 、 inside brackets joins the kinds of one place, no items (construction
    # bracketed_kinds, CONVENTIONS.md S6)
    bracketed = {i for m in _BRACKETED.finditer(head) for i in range(m.start(), m.end())}
    items, start = [], 0
    for m in _LIST_SPLIT.finditer(head):
        if (m.group(0) != "、" and m.start() in inside) or m.start() in bracketed:
            continue
        if subjects.in_compound_name(head, m.start()):
            continue  # 电力、热力、燃气及水生产和供应业: one sector's official name (compound_name)
        left, right = head[start : m.start()], head[m.end() :]
        right_item = _LIST_SPLIT.split(right)[0]
        right_item = subjects.subject_before(right_item) or right_item  # 城乡居民人均收入比2010年: its tail goes
        whole = _names_quantity(left.strip(subjects.MARKS), pattern) and _names_quantity(right_item, pattern)
        # 基本养老保险和基本医疗保险参保率保持在95%以上: a left side parallel to the start of the right one takes its words
        # of quantity (parallel_tails), so it is a whole subject too (construction parallel_sides_of_he)
        whole = whole or bool(_tail_parallel_to(_without_lead(left), right_item))
        if m.group(0) != "、" and not distributive and not whole:
            continue
        items.append(left)
        start = m.end()
    items.append(head[start:])
    return items


_NUMBER_LIST_AFTER = re.compile(r"(左右|以上|以内|以下|多|余)?[、和及与][\d一二两三四五六七八九十]")
_NUMBER_LIST_BEFORE = re.compile(r"\d[^，,；;。\d]{0,4}[、和及与]$")
# a number inside an item is another figure; 广义货币M2, PM2.5, 5G用户 are names
_A_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d(?![\d.]*[A-Za-z])")
# an earlier figure of the clause right before its distributive word: the number, its unit or measure word (at most eight
# characters, no Chinese numeral) and an enumeration mark (`shared_subjects`)
_FIGURE_THEN_DISTRIBUTIVE = re.compile(r"\d[^\d，,；;。：:\s]{0,8}$")
_PREDICATE_CLOSING = re.compile(r"(?:连续|累计|近|超过|超)?$")
_AGE_OF_GROUP = re.compile(r"\d+([—\-－~～至到]\d+)?岁(以上|以下|及以上)?")  # 0—6岁儿童: a group's ages, no figure


def _without_lead(item: str) -> str:
    """The first item of a list without the lead words before it (今年, 其中), its tail kept; a lead
    word never cuts into a word that holds it (其中均衡性转移支付 keeps 均衡)."""
    core = subjects.subject_before(item) or item.strip(subjects.MARKS)
    pos = item.find(core)
    if pos < 0:
        return core
    for w in subjects.lexicon().get("not_distributive", ()):
        at = item.rfind(w, 0, pos + 1)
        if 0 <= at < pos < at + len(w):
            pos = at
    return item[pos:]


# 绿色产品产量, 优势产业税收: the class, then the quantity (an industry's kind stays: 产业集群, 产业园)
_PRODUCT_CLASS = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:产品|产业|行业)(?=[\u4e00-\u9fff]{2})(?!集群|园|基地|链)")
# examples of indicators, then 等, their count and the class word (`shared_subjects`, examples_ranked)
_RANKED_INDICATORS = re.compile(rf"^(.+?、.+?)等[\d{_CN_NUMERAL}]+[项个类]{_INDICATOR_CLASS.pattern}$")


def shared_subjects(words: str, measure: str, pattern: re.Pattern | None = None, owner: str = "") -> list[str]:
    """The subjects one number belongs to when a list of them stands before it; [] when it names one.

    Construction list_shared_number (CONVENTIONS.md: one row per subject, same offsets): a list
    joined by 、/和/及/与 before one number followed by a distributive word (均, 都, 分别: lexicon
    role distributive), or, for a rate (growth, multiple, percentage points), by the predicate alone.
    A head noun of the last item (lexicon role list_head) goes to the items that name no quantity of
    their own; a list before 等 shares the words after it; a per-head standard of schemes is each
    scheme's (`_per_head_standard_of_each`). Not a list of subjects: A和B的X otherwise (one compound
    subject), A、B等N类X without 均 (one group; with 均 each group has the head after the label), A和B + an amount
    or count without 均 (a total).
    Items that only point back (总量和增速均居全国第5位) are the `owner`'s, the subject named before:
    a head noun (总量, list_head) the owner itself, a rate (增速, rate_anaphor) the owner's rate.

    >>> shared_subjects("今年化学需氧量、氨氮排放量要分别下降", "growth_yoy")
    ['化学需氧量排放量', '氨氮排放量']
    >>> shared_subjects("到2020年国内生产总值和城乡居民人均收入比2010年", "multiple")
    ['国内生产总值', '城乡居民人均收入']
    >>> shared_subjects("淘汰黄标车和老旧车", "count"), shared_subjects("城市副中心和平原新城地区生产总值年均增长", "growth_avg")
    ([], [])
    >>> shared_subjects("总量和增速均居全国第", "rank", owner="地区生产总值")
    ['地区生产总值', '地区生产总值增速']
    >>> shared_subjects("低保、孤儿等四类人群补贴标准均比上年提高", "change_pct")
    ['低保补贴标准', '孤儿补贴标准']
    """
    both = _distributive_at(words)
    if both > 0 and words.startswith("双双", both) and not _LIST_SPLIT.search(words[:both]):
        # 金融机构本外币存贷款余额双双突破5000亿元: both sides of a contraction (paired_words.csv) reach the number, one row
        # each (both_sides_of_contraction, session 42 probe: one row, 双双 in its subject)
        name = subjects.subject_before(words[:both])
        if pair := next((p for p in _paired_words() if p[0] in name), None):
            return _pair_sides(name, pair)
    if not _LIST_SPLIT.search(words):
        return []
    pattern = pattern or indicators.alias_pattern()[0]
    at = _distributive_at(words)
    if at < 0 and (each := _per_head_standard_of_each(_BY_YEAR.sub("", words))):
        return each
    # 孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上: rates named each with 率 share one level, which no
    # rate could be the sum of (construction rates_share_a_level)
    rates_only = at < 0 and measure == "level"
    if at < 0 and measure not in _SHARED_RATES and not rates_only:
        return []
    if at < 0 and _SUMMED_LIST.search(words):
        return []  # 限上仓储会员店、集合店零售额合计增长15.7%: the sum of the items, one figure of the list (list_summed, S8)
    # 财政收入比2002年均增长: the base the items are compared with before 均 is no part of them (year_then_each)
    head = _BASE_BEFORE_EACH.sub("", words[:at]) if at >= 0 else words
    if (
        at >= 0
        and _FIGURE_THEN_DISTRIBUTIVE.search(head)
        and (figure := _A_NUMBER.search(head))
        and not head.endswith("等", 0, figure.start())  # (…等9项重要经济指标均: the examples' count, no figure)
        # (…、利用外资6项指标增幅均居全市第一位: the count of the indicators listed, written in digits, is no figure before 均
        # either; indicators_counted, session 66 probe of a county's 2014 report: one rank, the count's subject)
        and not _INDICATORS_COUNT_AT.match(head, figure.start())
    ):
        # 人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元, 汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位: the
        # distributive word right after the clause's earlier figure gives the list that opens the clause the number too
        # (construction distributive_after_figure; the list named the earlier figure; it was 双双 alone); a digit of a
        # name (5G) is no figure
        head = subjects.subject_before(head[: figure.start()]) if _after_a_figure(words) else ""
        head = head[: len(head) - len(_PREDICATE_CLOSING.search(head).group(0))]  # 营业收入连续3年增长: a streak's word
    if at < 0 and measure == "rank" and owner and (verb := _RANK_VERB_IN.search(head)):
        # 总量和增速排名全市第一: without 均, words that only point back to the subject before share its rank too, one
        # rank for each (list_ranked; a rank is no total: S10 gives the rows 均 gives)
        back = _pointing_back(_LIST_SPLIT.split(head[: verb.start()].strip(subjects.MARKS)), owner)
        if len(back) >= 2:
            return back
    connectives = subjects.lexicon().get("connective", ())
    head = _AVERAGE_BEFORE_EACH.sub("", head) if at >= 0 else head
    while (end := next((w for w in connectives if head.endswith(w) and len(head) > len(w)), None)) is not None:
        head = head[: -len(end)]  # 氨氮排放量要: the modal before the predicate
    head = _ON_BASIS_TAIL.sub("", _BY_YEAR.sub("", head))  # …城市常住人口在2020年的基础上基本实现翻一番 (on_basis_of)
    shared = ""
    # 5G用户渗透率、电信业务收入增幅等5项指标居全国第一: indicators given as examples of a count of indicators ranked are each
    # ranked (examples_ranked, session 40; a rank is no total: S10); a quantity of the group stays one (钒钛、硫铁等9种矿产
    # 查明资源量居全国第一)
    ranked_examples = _RANKED_INDICATORS.search(_RANK_TAIL.sub("", head)) if at < 0 and measure == "rank" else None
    if ranked_examples:
        return [x.strip(subjects.MARKS) for x in _without_lead(ranked_examples.group(1)).split("、")]
    if at >= 0 and (counted := _COUNT_AFTER_ETC.search(head)):
        # 低保、特困人员、孤儿、困难(重度)残疾人等四类人群补贴标准均比…提高: with 均 each group has the head after the label
        # (construction each_of_counted_groups, lexicon role group_label; both blind passes of Jiangmen: a row per group)
        rest = re.sub(r"^[类种个项]", "", head[counted.end() :])
        rest = rest[len(next((w for w in subjects.role_words("group_label") if rest.startswith(w)), "")) :]
        if len(rest.strip(subjects.MARKS)) >= 2:
            # …旅游业总收入等9项重要经济指标均实现“翻番”: counted indicators only say the items are indicators, each item its
            # own name (class_of_examples, S9; session 63 probe of a city's 2017 report: the class was each item's head)
            head, shared = (
                head[: counted.start()],
                "" if _INDICATOR_CLASS.fullmatch(_strip_predicate(rest).strip(subjects.MARKS)) else rest,
            )
    if "的" in head[head.rfind("、") + 1 :] or _COUNT_AFTER_ETC.search(head):
        return []  # 城镇居民医保和新农合的补助标准, 低保、孤儿等四类人群补贴标准 without 均: one subject
    # 投资、消费、出口等指标保持20%以上的增速: indicators given as examples share a growth, which no group could be the sum of:
    # a row each, as with 均 (construction indicators_share_a_growth, session 46 probe: one row, 指标)
    etc_tail = _strip_predicate(head[head.rindex("等") + 1 :]).strip(subjects.MARKS) if "等" in head else ""
    indicators_named = measure in _GROWTH_MEASURES and bool(_INDICATOR_CLASS.fullmatch(etc_tail))
    if at < 0 and not indicators_named and _CLOSES_LIST.match(head[head.rfind("、") + 1 :]):
        # 集成电路、生物医药、人工智能三大产业制造业产值增长18.3%: a list closed by the count of its items is one group,
        # one figure of the whole (construction list_counted_as_group, gold S8); with 均 or 分别 each item has it
        return []
    if at < 0 and _LABELLED_LIST.search(head):
        return []  # 电动汽车、锂电池、光伏产品“新三样”出口增长近30%: the label makes the items one group (labelled_list)
    if "等" in head and not shared:
        if at < 0 and not indicators_named:
            return []  # 涉税企业和个体工商户等: a group, one figure
        head, shared = head[: head.rindex("等")], head[head.rindex("等") + 1 :]
        # 锂离子动力电池、新能源汽车、风力发电机组等绿色产品产量均增长: the class of products after 等 says what the items are,
        # no part of each item's name (construction class_of_examples, gold S9); a bare sector keeps its kind (产业集群)
        shared = _PRODUCT_CLASS.sub("", shared)
        if _INDICATOR_CLASS.fullmatch(_strip_predicate(shared).strip(subjects.MARKS)):
            # 数字经济营业收入、智算规模等主要指标均增长3倍以上: 指标 after 等 only says the items are indicators
            # (class_of_examples, gold S9: 数字经济营业收入, 智算规模) (session 36)
            shared = ""
    ranked = _RANK_TAIL.sub("", head) if measure == "rank" and at < 0 else head
    if measure == "rank":
        # …社会消费品零售总额增速排名均居全市第一: the ranking's word before 均 leaves the growth ranked (session 46 probe)
        ranked = re.sub(rf"(?<=..){_RANKING_WORD}$", "", ranked)  # …改善幅度全国第一: where it ranks
    counted = None if shared else _INDICATORS_COUNTED.search(ranked)
    if counted:
        # 地区生产总值、服务业增加值、社会消费品零售总额三项指标总量全市第一; 实际利用外资、实际到位内资两项指标超额完成率全市第一;
        # 规上工业总产值、批零贸易额增速2项指标排全市各区第一: the count of indicators only says the items are indicators; what
        # follows it is each one's, a size word the item itself (D7), and a growth word before it each one's growth
        # (indicators_counted, session 62 probes of district reviews: 社会消费品零售总额三项指标总量)
        head = ranked = counted.string[: counted.start()]
        shared = "" if counted.group("tail") in subjects.role_words("list_head") else counted.group("tail")
    changes = measure == "rank" and not shared and (growth := _changes_ranked().search(ranked)) is not None
    if changes:
        # 规模以上工业增加值、固定资产投资增速均居全国第3位: the growth of each is ranked (list_growth_ranked, gold S10);
        # 综合指数、PM2.5、PM10、臭氧改善幅度全国第一: the size of each one's change too (lexicon role change_size), 均 or not
        head, shared = ranked[: growth.start()], growth.group(0)
    items = _contraction_sides(head) or _list_items(head, at >= 0, pattern)
    if len(items) > 2 and at >= 0 and words.startswith("双双", at) and len(marked := head.split("、")) == 2:
        # 汽车全产业链企业营收、化工及新材料产业产值双双突破千亿大关: 双双 says two, so a 及 (和) inside an item joins its parts
        # (construction both_means_two, session 56 probe: three rows, 化工产业产值 and 新材料产业产值)
        items = marked
    if len(items) < 2:
        return []
    # 煤、电保供量均居全国第一: a one-character item shares the rest of the word or the head after it (one_character_items)
    # (not before 分别: a list counted off by 分别 has one number each, `_listed` reads it)
    items = _one_character_items(items) if at >= 0 and not words.startswith("分别", at) else items
    items = _class_only_items(items)
    if owner and (back := _pointing_back([x.strip(subjects.MARKS) for x in items], owner)):
        return back if len(set(back)) == len(back) else []
    items[0] = _without_lead(items[0])
    items[-1] = subjects.subject_before(items[-1]) or ""
    # 城镇和农村居民人均可支配收入均增长6%: a side written short takes the rest of the other (sides_share_the_rest, as before
    # 分别; it gave 城镇收入)
    items = _parallel_tails(_owner_of_bare_tails(_sides_share_the_rest([x.strip(subjects.MARKS) for x in items])))
    if any(len(x) < 2 or len(x) > subjects.MAX_SUBJECT or _A_NUMBER.search(_AGE_OF_GROUP.sub("", x)) for x in items):
        return []
    if rates_only and not all(x.endswith("率") for x in items):
        # 专项产业基金、新增能耗、新增工业用地支持民间投资项目比重不低于80%: the items that share the last one's verb
        # phrase and ratio each have that ratio (list_shared_verb_phrase with rates_share_a_level)
        phrased = _shared_verb_phrase(items)
        if phrased == items or not all(re.search(r"(比重|比例|占比|率)$", x) for x in phrased):
            return []
        return phrased if len(set(phrased)) == len(phrased) else []
    if shared.strip(subjects.MARKS) in subjects.lexicon().get("rate_anaphor", ()) and measure.startswith("growth"):
        shared = ""  # 转移支付、奖补资金等增幅均超过10%: the measure says it is their growth
    elif measure.startswith("growth") and (rate := _RATE_WORD_END.search(shared.strip(subjects.MARKS))) and rate.start() >= 2:
        # 健康服务、金融服务等优势产业税收增幅均超过20%: the quantity's growth, which the measure says (S10; session 58 probe:
        # 健康服务优势产业税收增幅)
        shared = shared.strip(subjects.MARKS)[: rate.start()]
    if shared:
        # 地区生产总值增速、规上工业增加值增速、固定资产投资增速保持全市第一: an item that writes the shared word itself keeps
        # it once (session 42 probe: 地区生产总值增速增速)
        tail = shared.strip(subjects.MARKS)
        items = [x if x.endswith(tail) else x + tail for x in items]
    # 规上工业、建筑业、批发零售业营业收入增速均居全省第3位: the head noun before the shared growth word is every bare item's
    # too, the growth word after it (construction head_before_growth_shared; it gave 规上工业增速)
    grown = shared.strip(subjects.MARKS) if changes else ""
    items = [x.removesuffix(grown) if grown and len(x) > len(grown) + 1 else x for x in items]
    share = _SHARE_TAIL.search(items[-1])
    if share and share.start() >= 2 and not any(_SHARE_TAIL.search(x) for x in items[:-1]):
        # 内资工业增加值、一般贸易进出口、高新技术产品出口占比均超四成: the share word (with its whole) after the last item is
        # each item's (share_shared, session 62 probe of a city review: the first two had none)
        items = [x + share.group(0) for x in items[:-1]] + [items[-1]]
    last_head = _list_head().search(items[-1])
    if last_head and len(items[-1]) > len(last_head.group(0)):
        # 装备制造、泛家居产业集群产值均超万亿元: a bare sector takes the kind of the last item too (产业集群, 产业: kind_shared)
        kind = _KIND_BEFORE_HEAD.search(items[-1][: last_head.start()])
        items = [
            x
            if (_list_head().search(x) and not _named_like_quantity(x)) or _ends_in_quantity(x) or _people_served(x)
            else x + (kind.group(0) if _takes_kind(x, kind, pattern) else "") + last_head.group(0)
            for x in items[:-1]
        ] + [items[-1]]
    items = [x + grown for x in items]
    items = _shared_modifier(items)
    if at < 0 and not changes and not indicators_named and not all(_names_quantity(x, pattern) for x in items):
        return []  # without 均 only whole subjects share a rate: 中央党政机关和事业单位一般性支出压减5%
    if measure == "rank":
        # 全球金融中心指数、国际航运中心发展指数排名均升至世界第三: the ranking's word after the last item is no part of
        # any item (ranking_word_after_list, as rank_change leaves it)
        items = [re.sub(rf"(?<=..){_RANKING_WORD}$", "", x) for x in items]
    return items if len(set(items)) == len(items) else []


_SHARE_TAIL = re.compile(r"占比$|占[^、，,；;。占]{1,10}?的?(?:比重|比例)$")  # (share_shared)
_KIND_BEFORE_HEAD = re.compile(r"(?<=..)(?:产业集群|产业链|产业|集群|企业)$")  # (产业链: session 46 probe)
# …社会消费品零售总额三项指标总量, …实际到位内资两项指标超额完成率: a count of the indicators listed, then what each has
# (indicators_counted)
_INDICATORS_COUNT = rf"(?P<n>[{_CN_NUMERAL}]|\d+)项{_INDICATOR_CLASS.pattern}"  # 三项指标, 2项主要指标
_INDICATORS_COUNT_AT = re.compile(_INDICATORS_COUNT)
_INDICATORS_COUNTED = re.compile(rf"(?<=..){_INDICATORS_COUNT}(?P<tail>[^、，,；;。\d]{{0,8}}?)(?:排|居|位居|位列)?$")


def _people_served(item: str) -> bool:
    """Does a list item name people received or served (接待游客: lexicon roles people_verb and people), a count of them that
    takes no head of the last item (重点监测景区接待游客、经营收入: no 游客收入; session 46 probe)?"""
    return item.endswith(subjects.people_words()) and subjects.holds_any(item, subjects.role_words("people_verb"))


def _takes_kind(item: str, kind: re.Match | None, pattern: re.Pattern) -> bool:
    """Does a bare item take the kind the last item has before the shared head (kind_shared)? A bare sector takes 产业集群,
    产业 or 集群; a kind of firm takes 企业 only into a name the dictionary knows (高新技术、科技型中小企业数量 -> 高新技术企业数量;
    not 钢铁行业国家级绿色工厂, already things of their own).

    >>> p = re.compile("高新技术企业|科技型中小企业")
    >>> _takes_kind("高新技术", re.search("企业$", "科技型中小企业"), p), _takes_kind("国家级绿色工厂", re.search("企业$", "A级企业"), p)
    (True, False)
    """
    if kind is None or _KIND_BEFORE_HEAD.search(item):
        return False
    return kind.group(0) != "企业" or pattern.fullmatch(item + "企业") is not None


def _parallel_tails(items: list[str]) -> list[str]:
    """铁路、航空客运量, 城市生活垃圾和建筑垃圾利用率, 基本养老保险、基本医疗保险参保率: an earlier item that stands parallel to
    the start of the last item (it ends with the same word: 保险 … 保险, 垃圾 … 垃圾; or it is a short word of the same
    length: 铁路 … 航空) takes the words of quantity after that start (客运量, 利用率, 参保率), which both share (construction
    parallel_tails; the first item was left bare: 铁路, 基本养老保险). An item with a quantity of its own keeps its name.

    >>> _parallel_tails(["铁路", "航空客运量"]), _parallel_tails(["基本养老保险", "基本医疗保险参保率"])
    (['铁路客运量', '航空客运量'], ['基本养老保险参保率', '基本医疗保险参保率'])
    >>> _parallel_tails(["城市生活垃圾", "建筑垃圾利用率"]), _parallel_tails(["工业", "制造业投资"]), _parallel_tails(["进口额", "出口额"])
    (['城市生活垃圾利用率', '建筑垃圾利用率'], ['工业', '制造业投资'], ['进口额', '出口额'])
    """
    last = items[-1]
    return [x + tail if (tail := _tail_parallel_to(x, last)) else x for x in items[:-1]] + [last]


def _tail_parallel_to(first: str, last: str) -> str:
    """The words of quantity at the end of `last` after its part that stands parallel to `first`, or ''."""
    if _ends_in_quantity(first) or _list_head().search(first):
        return ""
    # (现代服务业、生产性服务业占服务业比重: the whole of the last item's share is no part parallel to the first item; it gave
    # 现代服务业比重, session 71 probe of a district's review: share_whole_not_parallel)
    own = last[: last.index("占", 1)] if "占" in last[1:] else last
    for k in range(min(len(first), 4), 1, -1):
        at = own.rfind(first[-k:])
        # (五大传统优势产业、五大新兴主导产业规模以上工业增加值: a whole statistic after the parallel word, up to 12 characters,
        # session 52 probe set; it was 五大传统优势产业增加值)
        if at > 0 and 2 <= len(tail := last[at + k :]) <= 12 and _ends_in_quantity(tail) and not _ITEM_JOINER.search(tail):
            return tail
    # 铁路、航空客运量: a two-character item before a two-character word (no quantity, no region) and a short quantity
    word, rest = last[:2], last[2:]
    if _ends_in_quantity(word) or word in subjects.lexicon().get("region", ()):
        return ""
    # 人民币存款、贷款余额, 工业、农业增加值: the first item ends with a word of two characters that ends as the last item's
    # first word does (存款 … 贷款), parallel words, so what follows that word is both's (construction words_end_alike)
    alike = len(first) >= 2 and len(word) == 2 and first[-1] == word[-1] and first[-2] != word[0]
    if alike and 2 <= len(rest) <= 4 and _ends_in_quantity(rest):
        return rest
    if len(first) != 2 or word == first or not re.fullmatch(r"[\u4e00-\u9fff]{1,2}[量率额]", rest):
        return ""
    return rest


def _owner_before_tail(name: str, tails: tuple[str, ...]) -> str:
    """The words of a name before the longest of `tails` it ends with, when two or more are left; else ''.

    >>> _owner_before_tail("高铁营业里程", ("营业里程", "里程")), _owner_before_tail("余额", ("余额",))
    ('高铁', '')
    """
    tail = next((t for t in tails if name.endswith(t)), "")
    return name[: len(name) - len(tail)] if tail and len(name) - len(tail) >= 2 else ""


def _named_whole(word: str) -> bool:
    """Is a list item a quantity named whole, by the dictionary (进出口: foreign trade) or the lexicon (role
    whole_quantity)? Then it is no quantity of another item's owner: 规上工业增加值、固定资产投资、进出口分别增长5%、6.1%和13%
    gives 进出口 (construction whole_item_keeps_its_name, session 47 probe of 2022-2025 provincial reports: it was
    规上工业进出口, as 固定资产投资、进出口 gave 固定资产进出口).

    >>> _named_whole("进出口"), _named_whole("利润")
    (True, False)
    """
    return indicators.lookup(word) != "other" or word in subjects.role_words("whole_quantity")


def _owner_of_bare_tails(items: list[str]) -> list[str]:
    """政策性融资担保余额和增量均保持全省第一: a later item that is only a word of what a quantity has (lexicon role
    quantity_tail: 增量, 余额, 增速) is of the first item's owner, the words before its own such word (construction
    owner_of_bare_tails; it was 增量 alone). Items that all point back (总量和增速) have no owner here: unchanged.

    >>> _owner_of_bare_tails(["政策性融资担保余额", "增量"]), _owner_of_bare_tails(["总量", "增速"])
    (['政策性融资担保余额', '政策性融资担保增量'], ['总量', '增速'])
    """
    # longest first; a word that names a quantity only with its owner (list_head, bare_quantity: 利润, 花费) is one too:
    # 旅游人次和花费 -> 旅游花费, 省属企业工业总产值、利润 -> 省属企业利润 (session 36)
    tails = subjects.role_words("quantity_tail", "list_head", "bare_quantity")
    # 重点监测景区接待游客、经营收入均增长: the owner written before the first item's verb of serving (lexicon role
    # people_verb: 接待) has the later items that name a revenue of their own (收入, 门票收入), as the development gold
    # reads them (重点监测景区经营收入; construction owner_before_serving, session 46 probe); also when the first item ends
    # with a word of quantity (重点监测景区接待人数、门票收入分别增长: session 51 probe set, it was 门票收入 alone)
    verb = next((m.start() for m in _role_words("people_verb").finditer(items[0]) if m.start() >= 2), 0)
    served = [items[0][:verb] + x if verb and len(x) <= 4 and x.endswith("收入") else x for x in items]
    if owner := _owner_before_tail(items[0], tails):
        tail = items[0][len(owner) :]
        owner = items[0][: len(items[0]) - len(_whole_name_head(items[0], tail, items[1:]))]
        return [items[0]] + [owner + x if x in tails and not _named_whole(x) else y for x, y in zip(items[1:], served[1:])]
    return [items[0], *served[1:]]


def _per_head_standard_of_each(words: str) -> list[str]:
    """城镇居民医保和新农合(的)补助标准提高到每人每年240元: a per-head standard (lexicon role
    per_head_standard) of schemes joined by 和/、 is each scheme's (gold S8: the number applies to each).

    >>> _per_head_standard_of_each("各级财政对城镇居民医保和新农合的补助标准由每人每年")
    ['城镇居民医保补助标准', '新农合补助标准']
    >>> _per_head_standard_of_each("中央和地方财政对参加合作医疗农民的补助标准由")
    []
    """
    name = subjects.subject_before(words)
    standard = next((w for w in subjects.role_words("per_head_standard") if name.endswith(w)), "")
    schemes = name[: len(name) - len(standard)].removesuffix("的") if standard else ""
    schemes = schemes[schemes.rfind("对") + 1 :]  # 各级财政对…: the payers before 对 are no schemes
    items = [_without_lead(x).strip(subjects.MARKS) for x in re.split(r"和|、|及|与", schemes)]
    if len(items) < 2 or any(len(x) < 2 or re.search(r"[\d的]", x) for x in items):
        return []
    return [x + standard for x in items]


# ，增速均居全省第一: the growth words with 均 and a rank verb open the clause (growths_ranked_together)
_GROWTHS_RANKED = re.compile(rf"^[\s“”\"]*(?:{_GROWTH_WORD})(?:均|都)(?:{_RANK_VERB})")


def _carried_rank_opening(rows: list[dict], num: _Number, opening: re.Pattern) -> bool:
    """Is the last row a rank that carried its subject, in a clause opening with `opening` (增速均居…, 均居…)? Then the
    rank may be each of several figures before it (`_growths_ranked_together`, `_figures_ranked_together`)."""
    row = rows[-1]
    return row["measure"] == "rank" and row["rule"] == "subject_carried" and bool(opening.match(num.clause_before))


# 企业所得税增量和增幅均居全省第, 地区生产总值总量和增速均居全省第: a quantity named once, then two of its facets joined, ranked
# with 均 (facets_ranked_together)
_FACETS_RANKED = re.compile(
    rf"^[\s“”\"]*(?P<owner>[^，,；;。\d]{{2,16}}?)(?P<a>总量|规模|增量)(?:和|、|及)(?P<b>增速|增幅|增量)(?:均|都)(?:{subjects.RANK_VERB})"
)


def _facets_ranked_together(num: _Number, rows: list[dict]) -> list[str]:
    """企业所得税增量和增幅均居全省第1位: two facets of one quantity (its size or increment, and its growth) joined before 均 and a
    rank are ranked each (construction facets_ranked_together, session 69 probe of a city's 2024 review: one rank of
    企业所得税增量和); the size (总量, 规模) restates the quantity (D7), the growth keeps its word (S10).

    >>> df = extract_figures("企业所得税增量和增幅均居全省第1位。", ReportInfo("demo", 2024))
    >>> df["indicator_zh"].tolist()
    ['企业所得税增量', '企业所得税增幅']
    """
    facets = _FACETS_RANKED.match(num.clause_before) if rows[-1]["measure"] == "rank" else None
    owner = subjects.strip_lead(facets.group("owner")) if facets else ""
    return _pointing_back([facets.group("a"), facets.group("b")], owner) if len(owner) >= 2 else []


def _growths_ranked_together(s: _Sentence, num: _Number, rows: list[dict]) -> list[str]:
    """地区生产总值…增长6.1%，规模以上工业增加值增长9.5%，增速均居全省第一: a rank whose clause opens with the growth
    words and 均 ranks the growth of each figure before it in the sentence since the last ； (construction
    growths_ranked_together; the rank of a growth keeps 增速, gold S10). [] unless it names two or more; it was the
    last figure's alone.

    >>> df = extract_figures("地区生产总值增长6.1%，规模以上工业增加值增长9.5%，增速均居全省第一。", ReportInfo("demo", 2025))
    >>> df[df["measure"] == "rank"]["indicator_zh"].tolist()
    ['地区生产总值增速', '规模以上工业增加值增速']
    """
    if _carried_rank_opening(rows, num, _GROWTHS_RANKED):
        return _named_since_semicolon(s, num, rows, ("growth_yoy", "growth_avg"), "增速")
    if rows[-1]["measure"] == "rank" and (counted := _GROWTHS_COUNTED.match(num.clause_before)):
        # …增长33.7%，固定资产投资比上年增长13.2%，两项增速排名全市第一: the growths counted are the last ones stated (as
        # many as the count says; construction growths_counted_ranked)
        n = int(parse_number(counted.group(1)))
        names = _named_since_semicolon(s, num, rows, ("growth_yoy", "growth_avg"), "增速")
        return names[-n:] if len(names) >= n else []
    row = rows[-1]
    if (
        row["measure"] == "rank"
        and row["rule"] in ("subject_carried", "owner_from_topic")
        and _levels_ranked().match(num.clause_before)
    ):
        # 经营主体…突破1800万户，其中企业超800万户，总量均居全国第一: a size word (lexicon role list_head: 总量, 产量, 规模)
        # with 均 before a rank points back to each quantity stated before it (levels_ranked_together; the size word
        # names no quantity of its own, D7)
        return _named_since_semicolon(s, num, rows, ("level", "count", "cumulative"), "")
    return []


def _named_since_semicolon(s: _Sentence, num: _Number, rows: list[dict], measures: tuple[str, ...], word: str) -> list[str]:
    """The subjects (each with `word` after it) of the figures of these measures in the part of the sentence since its
    last ； before the number, each once; [] unless two or more."""
    # where the part of the sentence since its last ； starts (rows are one a number, in the order of s.tokens)
    start = num.tok.start - len(num.part_prefix)
    names = []
    for r, tok in zip(rows[:-1], s.tokens):
        name = r["indicator_zh"]
        if r["measure"] in measures and tok.start >= start and name and name + word not in names:
            names.append(name + word)
    return names if len(names) >= 2 else []


@functools.lru_cache(maxsize=1)
def _levels_ranked() -> re.Pattern:
    """A clause opening with a size word (lexicon role list_head) and 均 before a rank verb (总量均居, 产量均居)."""
    sizes = "|".join(subjects.role_words("list_head"))
    return re.compile(rf"^[\s“”\"]*(?:{sizes})(?:均|都)(?:{_RANK_VERB})")


_GROWTHS_COUNTED = re.compile(rf"^[\s“”\"]*([两二三四五六])项(?:{_GROWTH_WORD})(?:均|都)?(?:{_RANK_VERB})")
_EACH_RANKED = re.compile(rf"^[\s“”\"]*(?:均|都)(?:{_RANK_VERB})")


def _figures_ranked_together(s: _Sentence, num: _Number, rows: list[dict]) -> list[str]:
    """国家级专精特新“小巨人”企业增至3022家、科技型中小企业增至9.4万家，均居全国第一: a rank whose clause opens with 均 and
    a rank verb ranks each thing the clause before it counted or measured, its figures joined by 、 (construction
    figures_ranked_together; session 32, blind 2026 provincial gold). [] unless it names two or more; it was the last
    figure's alone.

    >>> df = extract_figures("卓越级智能工厂67家、5G工厂301家，均居全国第一。", ReportInfo("demo", 2026))
    >>> df[df["measure"] == "rank"]["indicator_zh"].tolist()
    ['卓越级智能工厂', '5G工厂']
    """
    if not _carried_rank_opening(rows, num, _EACH_RANKED):
        return []
    if names := _figures_joined_before(s, num, rows, ("count", "level")):
        return names
    # 农村公路通车里程达到30万公里，建制村通硬化路率100%，均居全国第2位: figures of levels or counts in clauses of their own
    # before it, and no other kind since the last ；, are each ranked too (figures_ranked_together over clauses)
    part = num.tok.start - len(num.part_prefix)
    earlier = [r for r, tok in zip(rows[:-1], s.tokens) if tok.start >= part]
    if earlier and all(r["measure"] in ("count", "level") for r in earlier):
        return _named_since_semicolon(s, num, rows, ("count", "level"), "")
    return []


def _figures_multiplied_together(s: _Sentence, num: _Number, rows: list[dict]) -> list[str]:
    """…分别达4270亿元、500.36亿元…，均比2006年翻一番以上: a multiple whose clause opens with 均 is of each thing the clause before
    measured or counted, its figures joined by 、 (construction figures_multiplied_together, as figures_ranked_together does
    for a rank; session 56 probe of 2009-2018 city reports: it was the first figure's alone, four rows missing).

    >>> df = extract_figures("生产总值、财政总收入分别达4270亿元、500.36亿元，均比2006年翻一番以上。", ReportInfo("demo", 2011))
    >>> df[df["measure"] == "multiple"]["indicator_zh"].tolist()
    ['生产总值', '财政总收入']
    """
    row = rows[-1]
    if row["measure"] not in ("multiple", "change_multiple") or row["rule"] not in ("subject_carried", "subject_not_found"):
        return []
    if not num.clause_before.lstrip(subjects.MARKS).startswith(("均", "都")):
        return []  # (，均比2006年翻一番以上, ，均是2015年的2倍: 均 opens the multiple's clause)
    # 实现财政收入30.7亿元、服务业增加值462亿元…，城镇和农村常住居民人均可支配收入分别超3.6万元和2万元，均较十一五末翻了一番:
    # the figures the sentence's part states before, in clauses and lists alike, each doubled (multiplied_figures_of_part,
    # session 63 probe of a district's 2016 report: one row, with no subject)
    # (五年累计完成固定资产投资8200亿元，实现社会消费品零售总额6800亿元，均是上个五年的1.8倍: sums over the term are multiplied
    # too, each of the sum over the term before; session 64 probe of a city's 2018 report: the last alone)
    figures = _figures_of_part(s, num, rows[:-1], with_lists=True, measures=(*_AMOUNTS, "cumulative"))
    kinds = {r["measure"] for r in figures}
    if len(figures) >= 2 and (kinds <= {"count", "level"} or kinds == {"cumulative"}):
        return [r["indicator_zh"] for r in figures]
    return _figures_joined_before(s, num, rows, ("count", "level"))


def _figures_joined_before(
    s: _Sentence, num: _Number, rows: list[dict], measures: tuple[str, ...], only: bool = False
) -> list[str]:
    """The subjects of the figures of `measures` the clause right before the number's states, joined by 、 (卓越级智能工厂67家、
    5G工厂301家), when two or more and all different (and, with `only`, when the clause states no figure of another kind);
    [] otherwise."""
    before = num.earlier_clauses.rstrip("，, ")
    clause = re.split(r"[，,；;。：:]", before)[-1]
    start = num.tok.start - len(num.clause_before) - len(num.earlier_clauses) + len(before) - len(clause)
    inside = [r for r, tok in zip(rows[:-1], s.tokens) if start <= tok.start < start + len(clause)]
    names = [r["indicator_zh"] for r in inside if r["measure"] in measures and r["indicator_zh"]]
    whole = not only or len(names) == len(inside)
    return names if len(names) >= 2 and len(set(names)) == len(names) and "、" in clause and whole else []


# 满意率均99%以上, 办结率均达100%: a rate alone in its clause, shared by 均 (rate_of_figures_together)
_RATE_OF_EACH = re.compile(r"([\u4e00-\u9fff]{1,4}率)均(?:达到?|为|在|保持)?")


def _rate_of_figures_together(s: _Sentence, num: _Number, rows: list[dict]) -> list[str]:
    """办复人大代表建议221件、政协委员提案209件，满意率均99%以上: a rate word (…率) alone in its clause with 均 is the rate of
    each thing the clause before counted, its counts joined by 、 (construction rate_of_figures_together, session 47 probe
    of county reports: it was 满意率 alone, whose owner stood in the clause before; gold D7: the owner is named).

    >>> df = extract_figures("办复人大代表建议221件、政协委员提案209件，满意率均99%以上。", ReportInfo("demo", 2026))
    >>> df[df["unit"] == "%"]["indicator_zh"].tolist()
    ['人大代表建议满意率', '政协委员提案满意率']
    """
    rate = _RATE_OF_EACH.fullmatch(num.clause_before.strip(subjects.MARKS))
    names = _figures_joined_before(s, num, rows, ("count",), only=True) if rate else []
    return [name + rate.group(1) for name in names]


_BARE_QUANTITY = re.compile(r"^[\u4e00-\u9fff]{1,2}[量额]$")  # 商品量, 调出量, 总产量: what something has, no owner


def _owner_of_bare_items(names: list[str], previous: str) -> list[str]:
    """粮食生产连年丰收，年产量1600亿斤，总产量、商品量、调出量均居全国第一: the items of a list that each name only what something
    has (two or three characters ending in 量 or 额) are of the owner the figure before named, its quantity word (lexicon
    role list_head: 产量) and a time word before it (年) left out (construction owner_of_bare_items, CONVENTIONS.md D7:
    粮食总产量, 粮食商品量, 粮食调出量); names as they were when an item is longer or the figure before ends in no
    quantity word.

    >>> _owner_of_bare_items(["总产量", "商品量", "调出量"], "粮食年产量")
    ['粮食总产量', '粮食商品量', '粮食调出量']
    >>> _owner_of_bare_items(["进出口总额", "出口额"], "外贸"), _owner_of_bare_items(["产量", "销量"], "地区生产总值")
    (['进出口总额', '出口额'], ['产量', '销量'])
    """
    if len(names) < 2 or not all(_BARE_QUANTITY.match(n) for n in names):
        return names
    tail = next((w for w in subjects.role_words("list_head") if previous.endswith(w)), "")
    owner = re.sub(r"(?:全年|年度|年)$", "", previous[: len(previous) - len(tail)]) if tail else ""
    return [owner + n for n in names] if len(owner) >= 2 else names


# ，均增长9%, ，同步增长9%: a rate that each item of the list before has (each_grew_after_list); ，同比增幅均达8%以上: so does
# each amount stated before in clauses of their own (amounts_grew_together)
_EACH_GREW = re.compile(r"(?:同比)?(?:增速|增幅)?(?:均|都|同步)(?:同比)?(?:实际)?(?:增长|下降|提高|达到|达|超过|高于)")
# 中国企业500强、民营企业500强中各有: a list of sets, then 各有 before the count (each_has)
_EACH_HAS = re.compile(r"(?P<items>[^，,；;。：:]{2,30}?、[^，,；;。：:]{2,30}?)中?各有(?:约|近|超过|超)?$")
_TOTAL_WORDS = "总量|规模"  # the size of what was stated (each_of_figures_before, sizes_ranked_together)
# 总量居全省县（市）第1位, 总量连续12年稳居全省第一: the size of what was stated, then its rank (sizes_ranked_together)
_SIZE_RANKED = re.compile(rf"[\s，,]*(?:{_TOTAL_WORDS})(?:连续\d+年)?(?:{subjects.RANK_VERB})")
# ，增速均居全省第, ，均居全省第, ，总量均是五年前的: 均 in a clause of only a predicate after figures (each_of_figures_before)
_EACH_OF_FIGURES = re.compile(
    rf"(?P<word>增速|增幅|{_TOTAL_WORDS})?(?:均|都)(?!为|达|实现|增长|下降|提高)[^，,；;。\d、]{{0,14}}"
)


_AMOUNTS = ("level", "count", "share")


def _figures_of_part(
    s: _Sentence, num: _Number, rows: list[dict], with_lists: bool = False, measures: tuple[str, ...] = _AMOUNTS
) -> list[dict]:
    """The figures stated right before the number in its part of the sentence (after the last ；), back to the first figure
    of another kind: each of `measures` (a level, count or share) with a subject of its own; [] when one is an item of a
    list (the list's own constructions read it; with `with_lists`, the items are figures as the others) or two share a
    subject (each_of_figures_before)."""
    part_start = max(s.text.rfind(mark, s.s0, num.tok.start) for mark in "；;") + 1
    out: list[dict] = []
    for r in reversed(rows):
        if r["text_start"] < part_start:
            break
        if r["measure"] not in measures or not r["indicator_zh"]:
            break  # …居全省第5位，新增…6家、…393家，增速均居…: the figures since the last of another kind
        if r["rule"] in ("list_respectively", "list_paired", "list_shared_number", "list_earlier_figures") and not with_lists:
            return []  # …分别达46.84%、43.46%，均居全国第2: a list's items, ranked by the list's own construction (rank_of_each)
        out.insert(0, r)
    names = [r["indicator_zh"] for r in out]
    return out if len(set(names)) == len(names) else []


# 这三项指标总量均, 上述两项指标均: a count of indicators before 均 that points back to the figures stated (indicators_counted_back)
# (两项指标稳居全市第一: before a verb of ranking the count alone points back, without 均; indicators_ranked_back)
_INDICATORS_BACK = re.compile(
    rf"^(?:这|上述|以上|前述)?{_INDICATORS_COUNT}(?P<word>总量|增速|增幅)?(?:均|都|(?=(?:{subjects.RANK_VERB})))"
)


_QUANTITIES = ("level", "count", "cumulative")  # the measures of a quantity stated (not its growth): `_last_figures`


def _last_figures(rows: list[dict], n: int, measures: tuple[str, ...] = _QUANTITIES) -> list[str]:
    """The subjects of the last `n` quantities the rows state (levels, counts, sums, or the `measures` asked for; each
    once, a growth of one of them skipped), in text order; [] when fewer are stated.

    >>> rows = [{"indicator_zh": "生产总值", "measure": "level"}, {"indicator_zh": "生产总值", "measure": "growth_yoy"},
    ...         {"indicator_zh": "固定资产投资", "measure": "level"}]
    >>> _last_figures(rows, 2), _last_figures(rows, 3), _last_figures(rows, 1, ("growth_yoy",))
    (['生产总值', '固定资产投资'], [], [])
    """
    names: list[str] = []
    for r in reversed(rows):
        if len(names) == n:
            break
        if r["measure"] in measures and r["indicator_zh"] and r["indicator_zh"] not in names:
            names.insert(0, r["indicator_zh"])
    return names if len(names) == n and n >= 2 else []


def _trailing_list(rows: list[dict]) -> list[dict]:
    """The rows of the 分别 list or pair the rows end with (list_respectively, list_paired), in order; [] when the last row
    is of none."""
    out: list[dict] = []
    for r in reversed(rows):
        if r["rule"] not in ("list_respectively", "list_paired") or (out and r["measure"] != out[0]["measure"]):
            break
        out.insert(0, r)
    return out


def _shared_by(s: _Sentence, num: _Number, row: dict, rows: list[dict]) -> list[str]:
    """The subjects of a number when it is one number shared by a list of them (shared_subjects), not
    a number of a 分别 list of several, a subject carried from an earlier clause, or a count of the
    noun after it (本科高校、高职院校、技师学院均实现21个地级以上市全覆盖 counts cities). Items that
    only point back (总量和增速) are of the subject named before."""
    text, tok = s.text, num.tok
    each_grew = bool(_EACH_GREW.fullmatch(num.clause_before.strip(subjects.MARKS)))
    if each_grew and len(items := _trailing_list(rows[:-1])) >= 2:
        # 城镇和农村居民人均可支配收入分别达到30000元和15000元，均增长9%: a rate of each item of the list just stated
        # (construction each_grew_after_list, session 44 probe: the last item's, or 同步 as its subject)
        return [r["indicator_zh"] for r in items]
    if (
        each_grew
        and row["measure"] in _GROWTH_MEASURES
        and len(amounts := _figures_of_part(s, num, rows[:-1], measures=("level",))) >= 2
    ):
        # 实现财政总收入52.01亿元，其中公共财政预算收入27.03亿元，均增长9.8%; 地区生产总值1230亿元，服务业增加值1000亿元，社会消费品
        # 零售总额860亿元，同比增幅均达8%以上: the growth of each amount the part states before it in clauses of their own
        # (construction amounts_grew_together, session 69 probes of a county's 2015 and a district's 2021 review: the last
        # amount's alone, the others missing)
        return [r["indicator_zh"] for r in amounts]
    if (each_has := _EACH_HAS.search(num.clause_before)) and tok.unit.kind == "count":
        # 中国企业500强、民营企业500强中各有20家企业上榜: 各有 gives the count to each item of the list before it, the things
        # counted after the measure word named in each (each_has, session 51, development gold: 中国企业500强企业)
        items = [x.strip(subjects.MARKS) for x in each_has.group("items").split("、")]
        noun = subjects.subject_after(text, tok.after)
        if len(items) >= 2 and all(len(x) >= 2 for x in items) and len(noun) >= 2:
            return [x if x.endswith(noun) else x + noun for x in items]
    double = tok.unit.text == "倍" and text.endswith(("双", "双“", '双"'), 0, tok.start)
    if double and len(figures := _figures_of_part(s, num, rows[:-1])) >= 2:
        # 建成标准机架4万架、算力规模超2.2万P，实现“双翻番”: both figures before doubled (double_doubling, development gold)
        return [r["indicator_zh"] for r in figures[-2:]]
    if double:
        # 地区生产总值和财政收入实现“双翻番”: 双 before the doubling is a distributive word for the two items before it
        words = re.sub(r"双[“\"]?$", "均", num.clause_before)
        return shared_subjects(words, row["measure"], s.pattern)
    back = _INDICATORS_BACK.match(num.clause_before.strip(subjects.MARKS))
    # (四项指标增速均列全市第一: the growths counted back are the last growths stated, session 64 probe of a county's 2023
    # report: one rank of 四项指标增速)
    growth_word = back.group("word") if back and back.group("word") in ("增速", "增幅") else ""
    counted = ("growth_yoy", "growth_avg") if growth_word else _QUANTITIES
    if back and not growth_word and row["measure"] == "rank":
        # 固定资产投资增长11.6%，规上工业增加值增长11.5%，两项指标稳居全市第一: the indicators ranked are the last ones stated,
        # by their quantity or their growth, each named as its quantity (S36a; indicators_ranked_back, session 67 probe of a
        # district's report: one rank of 两项指标)
        counted = (*_QUANTITIES, "growth_yoy", "growth_avg")
    if back and (figures := _last_figures(rows[:-1], int(parse_number(back.group("n"))), counted)):
        # …生产总值1158.23亿元，增长7.8%，固定资产投资、社会消费品零售总额分别完成812.15亿元和656.47亿元，这三项指标总量均占全市近
        # 五分之一的比重: the indicators counted are the figures just stated, as many as the count says, each its own
        # (indicators_counted_back, session 63 probe of a district's 2016 report: one share of 这三项指标总量)
        return [name + (growth_word if row["measure"] not in _GROWTH_MEASURES else "") for name in figures]
    sized = row["measure"] == "rank" and row["rule"] == "subject_carried" and _SIZE_RANKED.match(num.clause_before)
    if sized and len(joined := _figures_joined_before(s, num, rows, ("level",), only=True)) >= 2:
        # …存款余额978.3亿元、贷款余额784.6亿元，总量居全省县（市）第1位: the size of each amount the clause before joins by 、
        # is ranked, one rank each (sizes_ranked_together, session 65 probes of county reports: the last amount's alone)
        return joined
    each = _EACH_OF_FIGURES.fullmatch(num.clause_before.strip(subjects.MARKS))
    figures = _figures_of_part(s, num, rows[:-1]) if each else []
    if each and len(figures) < 2 and row["measure"] == "rank":
        # 限额以上消费品零售额增长15.6%，外贸出口值增长43.9%，均列全市第三: a rank of each of the growths the part states
        # before, each named as its quantity (growths_ranked_together, S36a; session 64 probe: the last growth's alone)
        figures = _figures_of_part(s, num, rows[:-1], measures=("growth_yoy",))
        # (固定资产投资增长8.5%，其中工业投资增长41.7%、制造业投资增长56.1%，均居全省第二位: the parts after 其中 are ranked)
        parts_from = s.text.rfind("其中", s.s0, num.tok.start)
        figures = [r for r in figures if r["text_start"] > parts_from] if parts_from >= 0 else figures
    if each and len(figures) >= 2:
        # 新增…企业6家、高新技术企业89家、科技型中小企业393家，增速均居全省第1位; 每万人发明专利19.8件，…比重2.55%，均居全省第3;
        # …4700亿元，一般公共预算收入466.9亿元，总量均是五年前的1.5倍: 均 in a clause of only a predicate gives the number to
        # each figure stated before it in the sentence's part, the growth word to each (each_of_figures_before, session 51
        # probe set: the last figure's alone)
        word = each.group("word") or ""
        grows = row["measure"] in _GROWTH_MEASURES
        # 新入园企业6家，实现营业收入111.38亿元、税收5.32亿元，增幅均超过32%: a growth of each is the growth of the amounts the
        # clause right before joins by 、 (not the count of the clause before them), and the measure carries the growth word
        # (S10) (growth_of_figures_joined, session 55 probe: 新入园企业增幅 and the 增幅 on each)
        joined = _figures_joined_before(s, num, rows, ("level", "cumulative", "count")) if grows else []
        tail = word if word in ("增速", "增幅") and not grows else ""
        return [name + tail for name in joined] if joined else [r["indicator_zh"] + tail for r in figures]
    if row["rule"] == "subject_carried" and row["measure"] == "rank" and not _A_NUMBER.search(num.clause_before):
        # 城镇和农村居民人均可支配收入分别超过8万元、4.5万元，稳居各省区第1位: a rank carried after a 分别 list
        # ranks each item of it (construction rank_of_each); not when a figure of its own clause stands before it
        # (…分别增长12%、8%，环保绩效A级企业60家、保持全国第一 ranks the 60 firms: rank_of_own_clause)
        at = _distributive_at(num.clause_before)
        items = [x.strip(subjects.MARKS) for x in _LIST_SPLIT.split(num.clause_before[: max(at, 0)])]
        if at > 0 and num.prev_subject and len(back := _pointing_back(items, num.prev_subject[1])) >= 2:
            # 金融存款余额达423亿元、增长7.6%，总量、增量、增幅均位居全市第二: words that only point back, listed before 均, rank
            # each a part of the quantity carried (list_ranked_back, session 62 probe of a county review: one row, 增幅's)
            return back
        before = num.earlier_clauses.rstrip("，,")
        head, _, numbers = re.split(r"[，,；;]", before)[-1].partition("分别")
        n = len(re.findall(r"\d+(?:\.\d+)?", numbers))
        names = [name for _, name in _listed(head, n, s)] if n >= 2 else []
        if grown := _GROWTH_RANKED.match(num.clause_before):
            names = [name + grown.group(1) for name in names]  # …，增幅全省第一: each item's growth (growth_ranked)
        return names if len(names) == n else []
    if row["rule"] == "subject_carried" and _after_a_figure(num.clause_before):
        # 钢铁、建材产业营业收入增长5.2%、均突破3000亿元: carried from the figure before, but 均 gives it to each item of the
        # list that opens the clause (distributive_after_figure)
        return shared_subjects(num.clause_before, row["measure"], s.pattern)
    if row["rule"] == "subject_carried":
        # …和新农合的财政补助标准提高到120元，比上年增长50%: the growth of each scheme's standard too (S8)
        return _per_head_standard_of_each(row["indicator_zh"])
    if (
        row["rule"] == "subject_after_measure_word"
        and tok.unit.base == "次"
        and (pair := _TWO_CHANGED.fullmatch(row["indicator_zh"]))
    ):
        # 两次下调存款准备金率和政策利率 (times_of_a_change): each rate was cut twice
        return [pair.group(1) + pair.group(3), pair.group(2) + pair.group(3)]
    if "均" in num.clause_before and (schemes := _schemes_listed_before(s, num)):
        return schemes
    name = row["indicator_zh"] or ""
    pair = next((p for p in _paired_words() if p[0] in name), None)
    at = _distributive_at(num.clause_before) if pair else -1
    if at >= 0 and num.clause_before.rfind(name, 0, at) >= 0 and not re.search(r"[、和及与]", num.clause_before[:at]):
        # 存贷款余额均突破2万亿元: a contraction of two words (reference/paired_words.csv) alone before 均 gives each side
        # the number (construction paired_word_shares); in a list, the list's items share it (外贸进出口总额 whole)
        word, first, second = pair
        return [name.replace(word, first, 1), name.replace(word, second, 1)]
    if row["rule"] in ("subject_after_measure_word", "list_earlier_figures"):
        return []
    if len(_distributive_group(text, s.tokens, num.i)) > 1:
        return []
    if _NUMBER_LIST_AFTER.match(text, tok.after) or _NUMBER_LIST_BEFORE.search(text, max(0, tok.start - 8), tok.start):
        return []  # 分别增加1753万和2028万, 分别减少3%左右和5%左右: a list of numbers, one each
    if not pd.isna(row["value_high"]) and _distributive_at(num.clause_before) < 0:
        # 小麦、稻谷最低收购价累计提高41.7%到86.7%: a range over a list with no 分别 or 均 spans its items (the
        # lower end is one item's, the upper another's); one row for the list (construction range_over_a_list)
        return []
    owner = num.prev_subject[1] if num.prev_subject else ""
    names = _owner_of_bare_items(shared_subjects(num.clause_before, row["measure"], s.pattern, owner), owner)
    if names and _places_listed(s, num.clause_before):
        return []  # 内江、眉山、自贡、遂宁经济总量均突破2000亿元: places sharing one figure, one row (gold 四川 2095; S7, S8)
    return [] if names and tok.unit.kind == "count" and subjects.subject_after(text, tok.after) else names


def _places_listed(s: _Sentence, words: str) -> bool:
    """Do the words list places before one shared name (内江、眉山、自贡、遂宁经济总量均…, 顺德区、南海区地区生产总值均…,
    台山、开平、恩平三市生产总值均…)? Then one number for them is one row, its scope the places' (construction
    places_share_a_figure): the places are no subjects of their own."""
    head = subjects.strip_lead(_LEAD.sub("", re.split(r"均|都|分别", words)[0]).strip(subjects.MARKS))
    items = [x.strip(subjects.MARKS) for x in head.split("、")]
    items[-1] = re.sub(rf"^([^\d]{{1,6}}?){_AREA_COUNT}", r"\1", items[-1])  # 恩平三市生产总值
    return bool(_place_of_last_item(items, s.info.level, s.info.region))


def _schemes_listed_before(s: _Sentence, num: _Number) -> list[str]:
    """将全国城乡居民分别纳入城镇职工基本医疗保险、城镇居民基本医疗保险和新型农村合作医疗制度覆盖范围，三年内
    参保率均提高到90%以上: what schemes have (lexicon role scheme_attribute) shared by 均 is had by each scheme the
    clause before lists (construction schemes_share_an_attribute), one row per scheme; [] otherwise."""
    attribute = next(
        (
            a
            for a in subjects.role_words("scheme_attribute")
            if num.clause_before.strip(subjects.MARKS).split("均")[0].endswith(a)
        ),
        "",
    )
    previous = _whole_clause_before(s, num) if attribute else ""
    listed = re.sub(r"(制度)?(覆盖范围|覆盖面|建设)?$", "", _object_after_verb(previous, "action", "lead_verb"))
    items = [x for x in re.split(r"、|和|及", listed) if x]
    if len(items) < 2 or not all(2 <= len(x) <= 14 for x in items):
        return []
    if not any(x.endswith(subjects.role_words("scheme_head")) for x in items):
        return []
    return [x + attribute for x in items]


_TWO_CHANGED = re.compile(r"([^和、]{2,12})[和、]([^和、]{2,12})(下调|上调|降低|提高|调整)")


def _pointing_back(items: list[str], owner: str) -> list[str]:
    """总量, 增速, 增量: items naming nothing but a part of the owner (list_head, rate_anaphor, change_size) -> the owner's
    (总量、增量、增幅均位居全市第二: the increment too, session 62 probe of a county review: one row, 增幅's).

    >>> _pointing_back(["总量", "增量", "增幅"], "金融存款余额")
    ['金融存款余额', '金融存款余额增量', '金融存款余额增幅']
    """
    heads, parts = subjects.role_words("list_head"), subjects.role_words("rate_anaphor", "change_size")
    if not all(x in heads or x in parts for x in items):
        return []
    return [owner if x in heads else owner + x for x in items]


# a connector inside an item (高原夏菜及玉米制种产量); not in a sector's statistical name (文化及相关产业, 批发和零售业,
# 交通运输、仓储和邮政业)
_CONNECTOR_INSIDE = re.compile(r"(?<=..)[及与和](?!相关)(?![^业]{0,8}业)(?=..)")


def _items_unequal(names: list[str]) -> bool:
    """Are the items of a list sharing one number of unequal kind, so that the list was not parted right (flag
    list_items_unequal)? An item that still holds a connector (高原夏菜及玉米制种产量 between 中药材产量 and 马铃薯原原种产量: the
    three numbers belong to four items) or opens with a predicate word (lexicon role predicate_start: 首次实现年度内供 beside
    外送电量, read from 首次实现年度内供和外送电量双双超过1000亿度) is no name of a quantity like the others.

    >>> _items_unequal(["首次实现年度内供", "外送电量"]), _items_unequal(["中药材产量", "高原夏菜及玉米制种产量"])
    (True, True)
    >>> _items_unequal(["化学需氧量排放量", "氨氮排放量"]), _items_unequal(["文化及相关产业增加值", "批发和零售业增加值"])
    (False, False)

    A dictionary name is the name of a quantity whatever it opens with (规模以上工业增加值).
    """
    return any(
        (_CONNECTOR_INSIDE.search(n) or subjects.opening_word(n, "predicate_start", min_length=2))
        and indicators.lookup(n) == "other"
        for n in names
    )


def _shared_number_rows(row: dict, names: list[str], clause: str, unit_kind: str) -> list[dict]:
    """One row per subject of a shared number: the first keeps the figure_id <report>:<start>, the
    others take .2, .3 (docs/figures.md); every field but the subject is the number's."""
    out = []
    # 城镇居民医保和新农合补助标准提高到240元: the dictionary names the standard of both schemes jointly, so each scheme's
    # item is a value of that entry (construction jointly_named_items, layer I13)
    joint = row["indicator"] if indicators.names_jointly(row["indicator_zh"], row["indicator"]) else "other"
    unequal = _items_unequal(names)
    for k, name in enumerate(names, start=1):
        ind = indicators.lookup(name)
        ind = joint if ind == "other" else ind
        # 人大代表建议满意率 (alias_then_other_head), 中央、地方财政赤字 (part_before_alias)
        ind = "other" if indicators.names_another_thing(name, ind) or indicators.names_a_part(name, ind) else ind
        desc = indicators.describe(ind)
        basis, basis_from = indicators.basis_of(row["measure"], unit_kind, desc["basis"], clause)
        flags = [
            f
            for f in row["flags"].split(";")
            if f
            and f not in ("list_count_mismatch", "subject_fragment", "subject_bare", "subject_with_verb", "subject_not_found")
        ]
        flags += ["list_items_unequal"] if unequal else []
        out.append(
            {
                **row,
                "figure_id": row["figure_id"] if k == 1 else f"{row['figure_id']}.{k}",
                "indicator": ind,
                "indicator_zh": name,
                "indicator_en": desc["indicator_en"],
                "basis": basis,
                "basis_from": basis_from,
                "rule": "list_shared_number",
                "flags": ";".join(flags),
                "confidence": "low" if flags else "high",
            }
        )
    return out
