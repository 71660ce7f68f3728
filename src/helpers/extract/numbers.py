"""Numbers as reports write them: 3201, 5,475.45, 1.5万亿元, 2700多万元, 近三倍, 4.5%-5%.

Arabic digits are parsed with exact decimal arithmetic (cn2an turns 16.4亿 into 1639999999, see
docs/domain.md); cn2an is used only for the Chinese-numeral core (三, 两, 十二). Units are read from
`reference/units.csv`: a unit as written is an optional multiplier (万, 亿, 万亿, 千, 百), an
optional 多/余 ("more than"), and a base unit (元, %, 个百分点, 户, 公里 ...).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

from helpers.config import REFERENCE_DIR

# 1千亿美元: 千 before 亿 makes one multiplier (the unit was cut to 千)
MULTIPLIERS = {
    "万亿": Decimal(10) ** 12,
    "千亿": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10,
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,  # 7千万吨: 千 before 万 makes one multiplier too (the unit was cut to 千)
    "百万": Decimal(10) ** 6,
    "万": Decimal(10) ** 4,
    "千": Decimal(1000),
    "百": Decimal(100),
}

ARABIC = r"\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?"  # (1/10,4386万名: no thousands group before a 4th digit)
CHINESE_DIGITS = "零一二两三四五六七八九十百千"
# (十二点八万亿元: a decimal in characters, read whole by cn2an; session 47 probe: only 八 was read)
CHINESE = f"[{CHINESE_DIGITS}]+(?:点[零一二三四五六七八九]+)?"


@lru_cache(maxsize=1)
def _unit_rows() -> tuple[dict[str, str], ...]:
    """The rows of reference/units.csv, read once for the tables below."""
    with open(REFERENCE_DIR / "units.csv", encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


@lru_cache(maxsize=1)
def unit_table() -> dict[str, tuple[str, str]]:
    """Base unit -> (unit_std, kind), from reference/units.csv."""
    return {r["unit"]: (r["unit_std"], r["kind"]) for r in _unit_rows()}


@lru_cache(maxsize=1)
def units_with_multiplier_only() -> frozenset[str]:
    """Base units that are a unit only after a multiplier (units.csv column alone = no): 520亿度 is 520亿
    kilowatt-hours, while a bare 度 is a degree of temperature or an angle (降温8度) and no unit of the table."""
    return frozenset(r["unit"] for r in _unit_rows() if r["alone"] == "no")


_MORE_AFTER_GE = re.compile(r"^个(?:多|余)?(?=.)")  # 个 before more of the unit (个百分点), not 个 alone


@lru_cache(maxsize=1)
def unit_pattern() -> re.Pattern:
    """Regex for what follows a number: [多/余][multiplier][多/余][base unit]; a base that opens
    with the measure word 个 may have 多/余 after it (2个多百分点)."""
    bases = sorted(unit_table(), key=len, reverse=True)
    mult = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
    base = "|".join(_MORE_AFTER_GE.sub("个(?:多|余)?", re.escape(b), count=1) for b in bases)
    # 4万多亿元: 万 and 亿 around 多 make one multiplier, 万亿 with "more than"
    return re.compile(rf"(?P<more1>多|余)?(?P<mult>{mult})?(?P<more2>多|余)?(?P<mult2>(?<=万多|万余)亿)?(?P<base>{base})?")


@lru_cache(maxsize=1)
def _base_pattern() -> re.Pattern:
    """The units alone, with the groups of `unit_pattern` (no multiplier): 千伏安 read whole, not 千 and 伏安.

    >>> _base_pattern().match("千伏安").group("base"), _base_pattern().match("亿元") is None
    ('千伏安', True)
    """
    bases = sorted(unit_table(), key=len, reverse=True)
    base = "|".join(_MORE_AFTER_GE.sub("个(?:多|余)?", re.escape(b), count=1) for b in bases)
    return re.compile(rf"(?P<more1>多|余)?(?P<mult>)(?P<more2>)(?P<mult2>)(?P<base>{base})")


def parse_arabic(s: str) -> Decimal:
    """'5,475.45' -> Decimal('5475.45'); raises ValueError on anything else."""
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"not a number: {s!r}") from None


def parse_chinese(s: str) -> Decimal:
    """'三' -> 3, '两' -> 2, '十二' -> 12 (via cn2an); raises ValueError if not a numeral."""
    try:
        return Decimal(str(cn2an.cn2an(s.replace("两", "二"), "strict")))
    except (ValueError, KeyError, IndexError):
        raise ValueError(f"not a Chinese numeral: {s!r}") from None


_ARABIC = re.compile(ARABIC)


def parse_number(s: str) -> Decimal:
    """Arabic or Chinese numeral to Decimal."""
    s = s.strip()
    if _ARABIC.fullmatch(s):
        return parse_arabic(s)
    return parse_chinese(s)


def numeral_or_none(s: str) -> Decimal | None:
    """`parse_number`, or None when the characters make no numeral (第三三, 百百): the readings of numbers written in
    characters skip such a match rather than stop the report.

    >>> numeral_or_none("十二"), numeral_or_none("三三")
    (Decimal('12'), None)
    """
    try:
        return parse_number(s)
    except ValueError:
        return None


@dataclass(frozen=True)
class Unit:
    """A unit as written after a number, split into its parts."""

    text: str  # as written: 万亿元, 个百分点, 多万元 is written 万元 with more=True
    multiplier: Decimal
    base: str | None
    unit_std: str | None
    kind: str  # money, percent, pp, multiple, count, physical, bare (万 alone), none
    more: bool  # 多/余: "more than"
    length: int  # characters consumed after the number


# a unit's character that opens a word with the next one (unit_in_a_word): 台阶 (a step), 首席 (chief)
_UNIT_OPENS_WORD = {"台": ("阶",), "首": ("席",)}


def read_unit(text: str, pos: int) -> Unit:
    """Read the unit starting at `pos` in `text` (right after a number).

    >>> read_unit("4万多亿元", 1).text, read_unit("4万多亿元", 1).more, read_unit("2700多万元", 4).text
    ('万亿元', True, '万元')
    >>> read_unit("2.5万套（间）城市危旧房", 3).text, read_unit("8条（个）", 1).length
    ('万套（间）', 4)
    >>> read_unit("2813.8万辆（艘、架、列）次。", 6).text, read_unit("2813.8万辆（艘、架、列）次。", 6).base
    ('万辆（艘、架、列）次', '辆次')
    >>> read_unit("提高2个多百分点", 3).kind, read_unit("提高2个多百分点", 3).more
    ('pp', True)
    >>> read_unit("千亿台阶", 1).text, read_unit("3台设备", 1).text
    ('亿', '台')
    >>> read_unit("520亿度。", 3).text, read_unit("降温8度。", 3).kind
    ('亿度', 'none')
    >>> read_unit("1.2万亿人民币", 3).text, read_unit("1.2万亿人民币", 3).length
    ('万亿元', 5)
    """
    m = unit_pattern().match(text, pos)
    whole = _base_pattern().match(text, pos)
    if whole and whole.end() > m.end():
        m = whole  # 2.4千伏安: a unit that opens with a multiplier's character (千伏安, 千瓦时) is read whole (unit_opens_like_multiplier)
    mult, base = (m.group("mult") or "") + (m.group("mult2") or ""), m.group("base")
    more = bool(m.group("more1") or m.group("more2"))
    if base and base != (plain := _MORE_AFTER_GE.sub("个", base, count=1)):
        base, more = plain, True  # 提高2个多百分点: more than 2 percentage points
    if base and text.startswith(_UNIT_OPENS_WORD.get(base, ()), m.end()) and text.startswith(mult, pos):
        # 迈上千亿台阶: 台 opens the word 台阶 (a step), it counts no machines (unit_in_a_word); 获得973首席科学家项目8项: 首
        # opens 首席 (chief), no songs counted (session 60 probe of a provincial report: 973首 was a count)
        base = None
        if not mult:
            return Unit("", Decimal(1), None, None, "none", False, 0)
        return Unit(mult, MULTIPLIERS.get(mult, Decimal(1)), None, None, "bare", False, len(mult))
    if base in units_with_multiplier_only() and not mult:
        base = None  # 降温8度: 度 without 万 or 亿 is no kilowatt-hour (unit_needs_multiplier)
    if not mult and not base:
        return Unit("", Decimal(1), None, None, "none", more and False, 0)
    std, kind = unit_table().get(base, (None, "bare")) if base else (None, "bare")
    written = (mult or "") + (base or "")
    if base == "人民币":
        # 1.2万亿人民币: yuan written as the currency's name (it was 万亿人, people); the unit is written 万亿元, as an amount
        # written without 元 has it (gold: money_without_currency) (renminbi_named)
        written, base = (mult or "") + "元", "元"
    end = m.end()
    alt = re.match(r"[（(]([^（）()]{1,8})[）)](次)?", text[end : end + 11]) if kind == "count" else None
    if alt and all(unit_table().get(w, ("", ""))[1] == "count" for w in alt.group(1).split("、")):
        # 幸福河湖8条（个）, 改造2.5万套（间）城市危旧房: a second count word in brackets is part of the unit (D1); so are
        # several, and a 次 after them counts times (交通工具达2813.8万辆（艘、架、列）次: 辆次 and the others)
        written, end = written + alt.group(0), end + alt.end()
        if alt.group(2) and base + "次" in unit_table():
            base = base + "次"
            std, kind = unit_table()[base]
    return Unit(written, MULTIPLIERS.get(mult, Decimal(1)), base, std, kind, more, end - pos)


def standardise(value: Decimal, unit: Unit) -> tuple[float, str | None]:
    """(value_std, unit_std): 1.5万亿元 -> (1.5e12, 'CNY'); 12万人 -> (120000.0, 'persons')."""
    if unit.kind in ("percent", "pp", "multiple"):
        return float(value), unit.unit_std
    return float(value * unit.multiplier), unit.unit_std
