"""The indicator dictionary: Chinese names and aliases -> canonical ids, from a data file.

`reference/indicators.csv` is data so a researcher can add an indicator or an alias without
touching code: one row per indicator with its English name, whether its growth is stated in real
(可比价) or nominal terms, whether it is a flow, a stock, a rate or a price, how the statistics
bureau publishes it (`statistics`: investment, above_scale, city_air for air quality monitored in a set of
cities such as 地级及以上城市, or empty) and its aliases separated
by '|'. Longer aliases win (规上工业增加值 before 工业增加值).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.config import REFERENCE_DIR
from helpers.extract.text import csv_rows, word_alternation

INDICATORS_CSV = REFERENCE_DIR / "indicators.csv"
CHECKS_CSV = REFERENCE_DIR / "consistency_checks.csv"
PARTS_CSV = REFERENCE_DIR / "indicator_parts.csv"
MEASURED_CSV = REFERENCE_DIR / "measured_quantities.csv"
PEOPLE_OUTCOMES_CSV = REFERENCE_DIR / "people_outcomes.csv"


def load_indicators(path: Path = INDICATORS_CSV) -> pd.DataFrame:
    """The dictionary as a DataFrame indexed by indicator id, with an `aliases` list column.

    Read once a file: `load_indicators()` (the descriptions) and `alias_pattern`'s `load_indicators(path)` are one
    read, which an lru_cache on this function keeps apart (its key is the arguments as written): the file was read
    twice in every process, 6 ms each.
    """
    return _read_indicators(Path(path))


@lru_cache(maxsize=4)
def _read_indicators(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"indicator", "indicator_en", "basis", "kind", "statistics", "aliases"} - set(df.columns)
    if missing:
        raise ValueError(f"{path}: missing columns {sorted(missing)}")
    if df["indicator"].duplicated().any():
        raise ValueError(f"{path}: duplicate indicator ids {df.loc[df['indicator'].duplicated(), 'indicator'].tolist()}")
    df["aliases"] = df["aliases"].str.split("|")
    return df.set_index("indicator")


@lru_cache(maxsize=4)
def alias_pattern(path: Path = INDICATORS_CSV) -> tuple[re.Pattern, dict[str, str]]:
    """One regex matching any alias (longest first) and the alias -> indicator map."""
    table = load_indicators(path)
    alias_to_id = {}
    for ind, aliases in table["aliases"].items():
        for a in aliases:
            a = a.strip()
            if a and a not in alias_to_id:
                alias_to_id[a] = ind
    # the aliases as a trie (text.word_alternation: the longest alias at a position, as the alternation of the
    # aliases longest first gives), five times faster over a report's text than that alternation
    return re.compile(word_alternation(alias_to_id, _alias_end)), alias_to_id


def _alias_end(alias: str) -> str:
    """What must hold right after an alias just read: for a Latin one, no letter before it and no letter, digit or
    point after it (`M2(?<![A-Za-z]M2)(?![A-Za-z0-9.])`); nothing for any other.

    The letter before is checked after the alias, the same condition as a check before it, so that every
    alternative of the pattern opens with a character: the regex engine then skips, at C speed, every position
    whose character opens no alias. The M2 in PM2.5 is not broad money:

    >>> [m.group(0) for m in re.finditer("M2" + _alias_end("M2"), "M2增长8%，PM2.5浓度，AM2")]
    ['M2']
    """
    if not alias.isascii():
        return ""
    word = re.escape(alias)
    return rf"(?<![A-Za-z]{word})(?![A-Za-z0-9.])"


def lookup(name: str) -> str:
    """The canonical id whose alias occurs last in `name`, or 'other'.

    A name with a plan or campaign word inside an alias (lexicon role plan_word: 年度计划, 大会战) is
    looked up without it.

    >>> lookup("规上工业增加值"), lookup("刑事立案数"), lookup("交通大会战年度计划投资")
    ('industrial_value_added', 'other', 'transport_investment')
    """
    pattern, alias_to_id = alias_pattern()
    found = list(pattern.finditer(name))
    if not found:  # a plan or campaign word inside the name: 交通大会战年度计划投资 is 交通投资's plan figure
        from helpers.extract.subjects import lexicon

        bare = name
        for word in lexicon().get("plan_word", ()):
            bare = bare.replace(word, "")
        found = list(pattern.finditer(bare)) if bare != name else []
    return alias_to_id[found[-1].group(0)] if found else "other"


@lru_cache(maxsize=8192)
def names_another_thing(name: str, indicator: str) -> bool:
    """Whether words after the last alias of `indicator` in `name` name another thing than its quantity (construction
    alias_then_other_head): 经济总量超千亿元的县域 counts counties, 服务贸易平台 platforms, 单位国内生产总值水耗 is water use,
    so none is a figure of GDP or services trade. What the quantity has or how it is stated (lexicon role quantity_tail:
    总额, 规模, 余额, 增速, 工程) and a share of a whole (…占国内生产总值比重) keep the indicator.

    >>> names_another_thing("服务贸易平台", "services_trade"), names_another_thing("对外贸易总额", "foreign_trade")
    (True, False)
    """
    from helpers.extract.subjects import lexicon

    last = _last_alias_of(name, indicator)
    tail = name[last.end() :] if last else ""
    tail = without_gloss(tail)
    return len(tail) >= 2 and not tail.startswith("占") and tail not in lexicon().get("quantity_tail", ())


_NAME_GLOSS = re.compile(r"^[（(][\u4e00-\u9fff]{1,6}[）)]")


def without_gloss(words: str) -> str:
    """The words without the bracketed name of two to six characters that opens them (construction bracketed_gloss):
    after an alias it names the line or route (中欧班列（义新欧）), it neither qualifies the alias nor names another thing.

    >>> without_gloss("（义新欧）开行"), without_gloss("（PM2.5）平均浓度")
    ('开行', '（PM2.5）平均浓度')
    """
    return _NAME_GLOSS.sub("", words, count=1)


@lru_cache(maxsize=8192)
def names_a_part(name: str, indicator: str) -> bool:
    """Whether the words right before the last alias of `indicator` in `name` name a part of its quantity (construction
    part_before_alias): 中央财政赤字 is the central government's part of the deficit, 制造业贷款余额 a kind of loan,
    现代服务业增加值 a branch of services, 户籍人口城镇化率 another rate. Which words name a part of which quantity is data
    (reference/indicator_parts.csv): 中央 before 财政赤字 names a part, before 预算内投资 it is the entry's own alias.

    >>> names_a_part("中央财政赤字", "budget_deficit"), names_a_part("财政赤字", "budget_deficit")
    (True, False)
    >>> names_a_part("金融机构本外币贷款余额", "loans"), names_a_part("科技贷款余额", "loans")
    (False, True)

    One level of government names a part of the all-level spending entries; the central series that national reports
    state every year are entries of their own, whose alias holds the 中央财政:

    >>> names_a_part("中央预算内水利投资", "water_conservancy_investment"), names_a_part("中央财政“三农”支出", "central_agri_spending")
    (True, False)
    """
    words = _part_words().get(indicator)
    if not words:
        return False
    last = _last_alias_of(name, indicator)
    return last is not None and name[: last.start()].endswith(words)


@lru_cache(maxsize=8192)
def names_jointly(name: str, indicator: str) -> bool:
    """Whether the alias of `indicator` in `name` names two things jointly (construction jointly_named_items, blind
    layer I13): 城镇居民医保和新农合补助标准 is one standard for both schemes, so each scheme's item, 新农合补助标准, is a
    value of it; 城镇居民人均可支配收入和农村居民人均纯收入 names two quantities, the alias found is the second's alone.

    >>> names_jointly("城镇居民医保和新农合补助标准", "medical_insurance_subsidy")
    True
    >>> names_jointly("城镇居民人均可支配收入和农村居民人均纯收入", "rural_income")
    False
    """
    last = _last_alias_of(name, indicator)
    return last is not None and re.search(r"[和及与、]", last.group(0)) is not None


def _last_alias_of(name: str, indicator: str) -> re.Match | None:
    """The last alias of `indicator` in `name`, or None."""
    pattern, alias_to_id = alias_pattern()
    return next((m for m in reversed(list(pattern.finditer(name))) if alias_to_id[m.group(0)] == indicator), None)


# X占Y(的)比重: a share of X in the whole Y (the share's words may be left out: 财政性教育经费支出占国内生产总值)
_SHARE_OF = re.compile(r"^(?P<part>.+?)占(?P<whole>[^占]+?)(?:的)?(?:比重|比例|份额)?$")
# a whole that is a wider area, not another quantity: the region's quantity as a share of the world's or the nation's
_WIDER_WHOLE = re.compile(r"世界|全球|全国|国际|全省|全市")


@lru_cache(maxsize=8192)
def share_named(name: str, indicator: str) -> str:
    """The indicator of a share `X占Y比重` whose X is `indicator` (construction ratio_of_named_quantities, blind layer
    I5, tests/data/gold/INDICATORS.md): the ratio the dictionary has for X over Y (reference/consistency_checks.csv,
    rd_spending over gdp is rd_intensity), or X's own share by name (非化石能源发电量占比: non_fossil_power_share);
    X itself when Y is the same quantity of a wider whole (国内生产总值占世界经济比重 stays gdp); else 'other': a share
    of one quantity in another with no entry of its own (高新技术产业增加值占规上工业比重) is not a value of X.

    >>> share_named("全社会研发支出占国内生产总值比重", "rd_spending"), share_named("国内生产总值占世界经济比重", "gdp")
    ('rd_intensity', 'gdp')
    >>> share_named("高新技术产业增加值占规上工业比重", "high_new_tech_value_added"), share_named("研发投入", "rd_spending")
    ('other', 'rd_spending')
    """
    m = _SHARE_OF.match(name)
    if not m or lookup(m["part"]) != indicator:
        return indicator
    whole = lookup(m["whole"])
    ratio = next((r for r, inputs in check_table("ratio") if inputs == (indicator, whole)), None)
    if ratio:
        return ratio
    by_name = next((i for i in (lookup(m["part"] + w) for w in ("占比", "比重")) if describe(i)["kind"] == "rate"), None)
    if by_name:
        return by_name
    return indicator if whole == indicator or (whole == "other" and _WIDER_WHOLE.search(m["whole"])) else "other"


@lru_cache(maxsize=1)
def people_outcomes() -> tuple[tuple[str, str], ...]:
    """(word, indicator) of reference/people_outcomes.csv, longest word first: what counted people reach after them
    (落户, 饮水安全) names the dictionary quantity the count is a value of (construction people_outcome).

    >>> dict(people_outcomes())["落户"]
    'settled_migrants'
    """
    return tuple(sorted(((r["word"], r["indicator"]) for r in csv_rows(PEOPLE_OUTCOMES_CSV)), key=lambda x: -len(x[0])))


@lru_cache(maxsize=1)
def measured_quantities() -> frozenset[str]:
    """The dictionary quantities measured in a unit of their own, a length, an area or a capacity
    (reference/measured_quantities.csv): a count of things under their alias (建成17条高速公路, 新建5座污水处理厂) counts the
    roads or plants, not the mileage or capacity (construction things_counted_not_measured).

    >>> "expressway_mileage" in measured_quantities(), "high_tech_enterprises" in measured_quantities()
    (True, False)
    """
    return frozenset(r["indicator"] for r in csv_rows(MEASURED_CSV))


@lru_cache(maxsize=1)
def _part_words() -> dict[str, tuple[str, ...]]:
    return {r["indicator"]: tuple(w for w in r["part_words"].split("|") if w) for r in csv_rows(PARTS_CSV)}


@lru_cache(maxsize=4)
def check_table(kind: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(indicator, inputs) of one kind of check in reference/consistency_checks.csv: for `ratio`, the ratio and the
    two indicators it divides (numerator first); for `parts`, a total and its disjoint parts.

    >>> dict(check_table("ratio"))["loan_deposit_ratio"]
    ('loans', 'deposits')
    """
    return tuple((r["indicator"], tuple(r["inputs"].split("|"))) for r in csv_rows(CHECKS_CSV) if r["check"] == kind)


@lru_cache(maxsize=8)
def group(statistics: str) -> frozenset[str]:
    """Indicator ids whose `statistics` column says how the bureau publishes them.

    `investment`: average growth and five-year totals by the cumulative method (累计法), growth on a
    comparable sample of reporting units; `above_scale`: 规上 (above-designated-size) industry,
    growth on a comparable sample of firms. See docs/methods.md.

    >>> sorted(group("above_scale"))[:2]
    ['advanced_manufacturing', 'equipment_manufacturing']
    """
    table = load_indicators()
    return frozenset(table.index[table["statistics"] == statistics])


GROWTH_MEASURES = ("growth_yoy", "growth_avg", "change_pct", "change_multiple")
# 可比增长 (comparable, a real growth) but not 可比口径 (a like-for-like scope, which says nothing of prices)
_REAL_WORDS = re.compile(r"实际|按可比价格|可比价|不变价|可比(?=增长|增速|下降)|扣除价格因素")
_NOMINAL_WORDS = re.compile(r"名义|现价|按当年价格")
_BASIS_WORD = re.compile(rf"(?P<real>{_REAL_WORDS.pattern})|{_NOMINAL_WORDS.pattern}")
_BASIS_AT_END = re.compile(rf"(?:{_REAL_WORDS.pattern}|{_NOMINAL_WORDS.pattern})$")


def without_basis(words: str) -> str:
    """The words of a comparison's base without the basis written after it (比上年实际增长: the base is
    上年; that the growth is real is the `basis` column's, read by `basis_of`).

    >>> without_basis("上年实际"), without_basis("2020年名义"), without_basis("上年")
    ('上年', '2020年', '上年')
    """
    return _BASIS_AT_END.sub("", words)


def basis_of(measure: str, unit_kind: str, indicator_basis: str, clause: str = "", before: str = "") -> tuple[str, str]:
    """Real or nominal, and where that comes from: the sentence when it says so, else the indicator.

    Growth is real when the sentence says 实际, 可比增长 or 按可比价格, nominal when it says 名义 or 现价; when
    it is silent, the dictionary's basis for the indicator (GDP and value added real, money flows
    nominal). A money level is nominal (current prices); other levels have no basis.
    docs/methods.md, "Conventions". When the clause states two numbers on two bases (可比增长2.5%、现价增长3.5%),
    the basis word nearest before the number (in `before`, the clause's words before it) is its own (basis_per_number).

    >>> basis_of("growth_yoy", "percent", "nominal", "居民人均可支配收入实际增长"), basis_of("growth_yoy", "percent", "real")
    (('real', 'text'), ('real', 'indicator'))
    >>> [basis_of("growth_yoy", "percent", "real", "GDP可比增长2.5%、现价", b)[0] for b in ("GDP可比增长", "GDP可比增长2.5%、现价增长")]
    ['real', 'nominal']
    """
    if measure in GROWTH_MEASURES:
        if stated := list(_BASIS_WORD.finditer(before)):
            return ("real" if stated[-1].group("real") else "nominal"), "text"
        if _REAL_WORDS.search(clause):
            return "real", "text"
        if _NOMINAL_WORDS.search(clause):
            return "nominal", "text"
        return indicator_basis, "indicator"
    return ("nominal", "unit") if unit_kind == "money" else ("none", "unit")


def describe(indicator: str) -> dict[str, str]:
    """English name, basis and kind of an indicator id ('other' gets empty name, basis none)."""
    return dict(_descriptions().get(indicator, {"indicator_en": "", "basis": "none", "kind": ""}))


@lru_cache(maxsize=1)
def _descriptions() -> dict[str, dict[str, str]]:
    # read once: the extractor asks for every figure (a DataFrame lookup each time cost 0.4 s of 2.7);
    # the columns zipped, not iterrows (a Series built per row was 60 ms of the first report)
    table = load_indicators()
    columns = zip(table.index, table["indicator_en"], table["basis"], table["kind"])
    return {i: {"indicator_en": en, "basis": basis, "kind": kind} for i, en, basis, kind in columns}
