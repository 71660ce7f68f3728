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

import pandas as pd

from helpers.config import REFERENCE_DIR

LEXICON_CSV = REFERENCE_DIR / "lexicon.csv"
NOUN_ROLES = (
    "institution",
    "people",
    "list_head",
    "facility",
    "attribute",
    "named_like_quantity",
    "not_distributive",  # 成都, 均衡: words that only hold a distributive word
)  # lexicon roles whose words are nouns, not function words
MAX_SUBJECT = 24  # characters: a longer phrase is a clause, not a subject

# The predicate between a subject and its number: what the number says about it.
# The predicate between a subject and its number: its plain words are the lexicon's predicate_tail
# role; the patterned ones stay here (a comparison with its base, a rank, a span of years).
_TAIL_PATTERNS = (
    r"(实际|名义)?(增长|增速|增幅|涨幅)",
    r"(从|由)[^，,；;。\d]{0,4}",
    r"(居|位居|稳居|位列|排|排名|均居)?(全国|全省|全市|世界|全球|中西部|西部)?第",
    r"(?<!占)比(?![重例率])[^，,；;。]{0,12}?",
    r"较(?![快高低大])[^，,；;。]{0,12}?",
    r"[五十]年",
    r"连续[两三四五六七八九十\d]+年",
)


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon().get("predicate_tail", ()))
    return re.compile(f"({words}|{'|'.join(_TAIL_PATTERNS)})$")


# Year words, list numbering (三是) and stray marks at the start of a clause.
_YEAR_WORD = re.compile(
    r"((?:19|20)\d\d年(以来|底|末)?|“?十[一二三四五六七八九]五”?(时期|期间|末)?|[一二三四五六七八九十]是|[“”\"'‘’、\s])"
)
# Formulas before a count whose agent and body vary: (国务院)提请全国人大常委会审议法律议案19件 -> 法律议案.
_FORMULA = re.compile(r"[^，,。；;\d]{0,6}?提请[^，,。；;\d]{2,12}?审议")
_AFTER_STOP = re.compile(r"[，,。；;：:、（(）)\n]|和|及|与|等|以上|左右|的")
# Between a measure word and its noun: 460家以上工业企业, 61%的村庄.
_NEXT_NUMBER = re.compile(r"(?<![\d.])\d+(\.\d+)?(?![A-Za-z\d.])")  # 21条 starts a figure; 5G is a name
_AFTER_SKIP = re.compile(r"(以上|左右|多|余)?的?")
MARKS = " “”\"'‘’"  # quotes and spaces around a subject


@lru_cache(maxsize=2)
def lexicon(path=LEXICON_CSV) -> dict[str, tuple[str, ...]]:
    """Role -> words, longest first (so 新建改建 is tried before 新建)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {role: tuple(sorted(g["word"], key=len, reverse=True)) for role, g in table.groupby("role")}


def is_stock(words: str) -> bool:
    """Does a clause state what exists at the end of a period (达到, 存量, 拥有…)?"""
    return any(w in words for w in lexicon().get("stock", ()))


def is_flow(words: str) -> bool:
    """Does a clause count what happened during a period (新建, 引进, 累计…) rather than what exists
    at its end (达到, 存量…)? A stock word wins: 市场主体累计达57.57万户 is a stock.

    >>> is_flow("新建中小学校"), is_flow("市场主体累计达"), is_flow("高新技术企业")
    (True, False, False)
    """
    if any(w in words for w in lexicon().get("stock", ())):
        return False
    return any(w in words for w in lexicon().get("flow", ()))


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    # every role but the nouns (机场, 学生 are subjects of their own)
    return frozenset(w for role, group in lexicon().items() if role not in NOUN_ROLES for w in group)


@lru_cache(maxsize=1)
def _lead_words() -> tuple[str, ...]:
    """Region, time, connective, adverb and action words, longest first."""
    return tuple(
        sorted(
            (w for role in ("region", "time", "connective", "adverb", "action") for w in lexicon().get(role, ())),
            key=len,
            reverse=True,
        )
    )


def _strip_lead(words: str, keep_from: int | None = None) -> str:
    """Remove region, time, connective and action words at the start, never past `keep_from`."""
    lead = _lead_words()
    cut, changed = 0, True
    while changed:
        changed = False
        m = _YEAR_WORD.match(words, cut)
        f = _FORMULA.match(words, cut)
        m = m or (f if f and len(words) - f.end() >= 2 else None)
        if m and (keep_from is None or m.end() <= keep_from):
            cut, changed = m.end(), True
            continue
        for w in lead:
            # never strip into a noun: 增加值 keeps its 增加 (at least two characters must remain)
            if words.startswith(w, cut) and (keep_from is None or cut + len(w) <= keep_from) and len(words) - cut - len(w) >= 2:
                cut, changed = cut + len(w), True
                break
    return words[cut:]


def _strip_tail(words: str) -> str:
    prev = None
    while words != prev:
        prev = words
        words = _tail().sub("", words.rstrip(MARKS))
    return words


def subject_before(words: str, alias_start: int | None = None) -> str:
    """The subject named by the words before a number in its clause ('' when they name none).

    `alias_start` is where a dictionary alias starts in `words`: lead words are not stripped
    past it.

    >>> subject_before("新建中小学校"), subject_before("城镇新增就业", alias_start=0)
    ('中小学校', '城镇新增就业')
    >>> subject_before("地区生产总值从11.37万亿元提高到")
    '地区生产总值'

    """
    # 地区生产总值从11.37万亿元提高到: the subject stands before 从/由 and the earlier number
    words = re.sub(r"(从|由)[^，,；;。]*\d[^，,；;。]*$", "", words)
    core = _strip_tail(words)
    if _only_function_words(core.strip(MARKS)):
        return ""  # 取消和下放: a lexicon phrase as a whole, nothing left to name
    core = _strip_lead(core, alias_start).strip(MARKS)
    core = _strip_tail(core).strip(MARKS)
    if not core or len(core) > MAX_SUBJECT or re.fullmatch(r"[\d.%]+", core) or _only_function_words(core):
        return ""
    return core


def _only_function_words(words: str) -> bool:
    """有, 已有, 投资, 中央财政安排: a lexicon word, or a payer and a verb, measures nothing by itself."""
    return (
        len(words) < 2
        or words in _lexicon_words()
        or any(words == payer + verb for payer in lexicon().get("payer", ()) for verb in lexicon().get("action", ()))
    )


def subject_after(text: str, pos: int) -> str:
    """The noun after a measure word at `pos` (建成50个|基层智能化康复中心): '' if none of 2+ characters."""
    pos = _AFTER_SKIP.match(text, pos).end()
    m = _AFTER_STOP.search(text, pos, min(len(text), pos + MAX_SUBJECT + 1))
    end = m.start() if m else min(len(text), pos + MAX_SUBJECT)
    # 460家以上工业企业开展技术改造: the noun ends where a verb of action begins
    # 4个方面21条措施: a second number starts another figure; 12条黑臭水体全部消除: an adverb or predicate ends it
    digit = _NEXT_NUMBER.search(text, pos + 2, end)
    end = digit.start() if digit else end
    verbs = [i for role in ("action", "noun_end") for w in lexicon().get(role, ()) if (i := text.find(w, pos + 2, end)) >= 0]
    end = min([end, *verbs])
    noun = _strip_tail(text[pos:end].strip(MARKS)).strip(MARKS)
    return noun if len(noun) >= 2 and not re.search(r"[\s]", noun) else ""


_COUNT_PHRASE = re.compile(r"(?<![\dA-Za-z.“\"《])\d+(\.\d+)?(个|所|家|项|种|条|座|批|名|位)(?![\dA-Za-z])")


def without_counts(subject: str) -> str:
    """A subject without the count of another figure inside it (construction count_in_subject).

    The count is a figure of its own (810个 is the number of projects, not part of their investment's
    name); the gold leaves it out (CONVENTIONS.md, subject).

    >>> without_counts("油菜籽等14种农产品产量"), without_counts("203个地表水国考断面水质优良率"), without_counts("5G基站")
    ('油菜籽等农产品产量', '地表水国考断面水质优良率', '5G基站')
    >>> without_counts("稳增长“21条”政策")  # a count right after an opening quote is part of a name
    '稳增长“21条”政策'
    """
    bare = _COUNT_PHRASE.sub("", subject)
    return bare if len(bare) >= 2 else subject


def with_work_verb(subject: str, clause_before: str) -> str:
    """The subject of a count of work with its verb (construction work_object): the verb stands before
    the object in the clause, the subject names the work done to it.

    改造农村危房2.1万户 counts the 改造 of dilapidated rural houses; in a list the verb before the first
    item serves every item (新开工改造城镇老旧小区4402个、城中村5.1万户). Verbs: lexicon role
    nominal_verb; 改造提升农村公路 (a verb after the verb) is left alone.

    >>> with_work_verb("农村危房", "改造农村危房"), with_work_verb("城中村", "新开工改造城镇老旧小区4402个、城中村")
    ('农村危房改造', '城中村改造')
    >>> with_work_verb("农村公路", "新建和改造提升农村公路"), with_work_verb("老旧小区改造", "老旧小区改造完工")
    ('农村公路', '老旧小区改造')
    """
    if not subject or len(subject) < 2:
        return subject
    at = clause_before.rfind(subject)
    if at < 0:
        return subject
    for verb in lexicon().get("nominal_verb", ()):
        if verb in subject:
            return subject
        v = clause_before.rfind(verb, 0, at)
        if v < 0:
            continue
        between = clause_before[v + len(verb) : at]
        if clause_before.startswith("提升", v + len(verb)):
            continue  # 改造提升农村公路: a compound verb, the work is not named by 改造 alone
        # right before the object, or before the first item of a 、 list of counted items
        if between == "" or re.fullmatch(r"[^，,；;。]*\d[^，,；;。]*、", between):
            return subject + verb
    return subject


def without_own_region(subject: str, region: str) -> str:
    """A subject without the reporting region's own name in front (CONVENTIONS.md, subject).

    A name that starts an institution's name stays (lexicon role institution).

    >>> without_own_region("北京输出到津冀技术合同成交额", "北京市"), without_own_region("北京市", "北京市")
    ('输出到津冀技术合同成交额', '北京市')
    >>> without_own_region("北京证券交易所上市公司", "北京市")
    '北京证券交易所上市公司'

    """
    short = re.sub(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$", "", region or "")
    for name in (region, short):
        if name and len(name) >= 2 and subject.startswith(name) and len(subject) - len(name) >= 2:
            rest = subject[len(name) :]
            institution = any(rest.startswith(w) for w in lexicon().get("institution", ()))
            return subject if institution else rest
    return subject


SCOPE_CSV = REFERENCE_DIR / "scope_words.csv"
SUBNATIONAL = ("province", "city")
# A place named in a rank or a comparison is not whose figure it is: 居全国第3位, 占全国比重, 高于全国.
_COMPARED_BEFORE = re.compile(r"(居|位居|稳居|位列|排|排名|占|比|较|对|高于|低于|快于|慢于|领先|跑赢|相当于|与|同|在|赴|来|到)$")
_COMPARED_AFTER = re.compile(r"^(第|前列|前\d|首位|比重|的比重|平均|水平|同步|的[\d一二三四五六七八九十]|之)")


@lru_cache(maxsize=2)
def scope_words(path=SCOPE_CSV) -> pd.DataFrame:
    """The words that place a figure outside the region as a whole (reference/scope_words.csv)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return table.assign(levels=table["levels"].str.split("|"))


@lru_cache(maxsize=64)
def _scope_pattern(level: str, own_name: str) -> tuple[re.Pattern | None, dict[str, tuple[str, str]]]:
    """One regex of the place words that apply to a report of this level (longest first), and word ->
    (scope, what must follow it)."""
    table = scope_words()
    rows = {r.word: (r.scope, r.requires_after) for r in table.itertuples() if level in r.levels and r.word != own_name}
    for word, scope in _gazetteer(level, own_name).items():
        rows.setdefault(word, (scope, ""))
    if not rows:
        return None, rows
    return re.compile("|".join(re.escape(w) for w in sorted(rows, key=len, reverse=True))), rows


REGIONS_CSV = REFERENCE_DIR / "regions.csv"
_ADMIN_SUFFIX = re.compile(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|地区|自治州|盟)$")


@lru_cache(maxsize=64)
def _gazetteer(level: str, own_name: str) -> dict[str, str]:
    """Place names of reference/regions.csv and whose figure they name in a report of this level.

    In a provincial report its own prefecture-level cities are parts (泸州经济总量突破3000亿元 in
    Sichuan's) and other provinces' cities other regions; in a city report the other cities are
    other regions and its province is wider.
    Names are matched with and without 市 (泸州市, 泸州); the report's own name never counts.

    >>> _gazetteer("province", "四川")["泸州"], _gazetteer("city", "江门")["广州"], _gazetteer("city", "江门")["广东"]
    ('part', 'other', 'wider')
    """
    if level not in SUBNATIONAL or not REGIONS_CSV.is_file():
        return {}
    table = pd.read_csv(REGIONS_CSV, dtype=str, keep_default_na=False)
    short = table["name"].str.replace(_ADMIN_SUFFIX, "", regex=True)
    table = table.assign(short=short, province_short=table["province"].str.replace(_ADMIN_SUFFIX, "", regex=True))
    cities = table[table["level"] == "city"]
    if level == "province":
        # its own cities are parts, another province's cities other regions
        places = {
            n: ("part" if p == own_name else "other")
            for c in ("name", "short")
            for n, p in zip(cities[c], cities["province_short"])
        }
    else:
        me = table[(table["level"] == "city") & (table["short"] == own_name)]
        province = me["province_short"].iloc[0] if len(me) else ""
        others = table[(table["level"] == "city") & (table["short"] != own_name)]
        places = {n: "other" for n in (*others["name"], *others["short"])}
        if province:
            places.update({province: "wider", province + "省": "wider"})
    return {n: scope for n, scope in places.items() if len(n) >= 2 and n != own_name}


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
    """
    level = level if level in ("national", *SUBNATIONAL) else "province"
    own_name = re.sub(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$", "", region or "")
    pattern, rows = _scope_pattern(level, own_name)
    found = ("own", "")
    for m in pattern.finditer(words) if pattern else ():
        scope, requires_after = rows[m.group(0)]
        if _COMPARED_BEFORE.search(words[: m.start()]) or _COMPARED_AFTER.match(words[m.end() :]):
            continue
        if scope == "part" and re.search(r"和|及", words[m.end() :]):
            continue  # 成都科创生态岛和11个市（州）分岛: the place names the first item, not the counted one
        # 全国GDP, 世界经济 name a wider economy; 全国文明城市, 世界乒联 are titles and names
        if requires_after and not re.match(f"的?({requires_after})", words[m.end() :]):
            continue
        found = (scope, m.group(0))
    return found
