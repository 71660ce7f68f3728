"""Reading a report's raw bytes and normalising its text without losing the way back.

Real report files are messy: UTF-8 with or without BOM, sometimes GB18030; full-width digits
(２．３％); zero-width spaces; line breaks in the middle of a sentence or between a number and its
unit ("广义货币M\\n2\\n预期增长12%"); HTML left in by a scraper (<p>, &nbsp;, <script>). Extraction
runs on a normalised copy, but every figure must point back into the raw text exactly, so
`normalise` returns, for each normalised character, the index of the raw character it came from.

Bad input has one of two outcomes (docs/bad-input.md lists every case and its test): a
ReportError whose message is one line "PATH: problem", or a best-effort text with
`RawText.warnings` saying what was guessed (helpers.extract.qa.qa_summary reports them).
"""

from __future__ import annotations

import csv
import hashlib
import html
import itertools
import re
import re._constants as sre_constants
import re._parser as sre_parser
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from helpers.errors import ReportError

MAX_BYTES = 200 * 1024 * 1024  # far above any real report; a 50 MB dump still goes through

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Characters after which a line break really ends a sentence or a heading.
TERMINAL = frozenset("。！？!?；;：:…”’」』》)）】")
# Full-width forms that carry meaning for numbers; other full-width punctuation (，。（）) is kept
# as it is, because the Chinese comma and the ASCII comma mean different things to the parser.
FULLWIDTH_KEEP = frozenset("，。；：！？（）【】《》“”‘’、")


@dataclass(frozen=True)
class RawText:
    """A report as read from disk: the decoded text and what we know about how it was stored."""

    path: Path
    text: str
    encoding: str
    sha256: str
    n_bytes: int
    warnings: tuple[str, ...] = ()  # what was guessed to read it, e.g. "UTF-16 without byte order mark"


@dataclass(frozen=True)
class NormalText:
    """Normalised text plus `index`, the raw offset of each normalised character."""

    text: str
    index: np.ndarray = field(repr=False)
    raw_length: int

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) span to the raw text: first char's start, last char's end."""
        if end <= start:
            raise ValueError(f"empty span {start}:{end}")
        return int(self.index[start]), int(self.index[end - 1]) + 1


# File signatures of what people save as .txt by mistake: named in the error message.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (.docx, .xlsx?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc?)"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes mean a PDF, an image or another binary saved as .txt."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))  # the bytes left once the others are deleted (C speed)
    return controls > max(8, len(sample) // 100)


# every byte but the control bytes (< 32) that do not count: tab, line feed, form feed, CR, escape
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))


def _mostly_text(text: str) -> bool:
    """Fewer than 1% control, unassigned, private-use or surrogate characters: real text."""
    sample = text[:32768]
    odd = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n\r\f")
    return odd * 100 < max(1, len(sample))


def _utf16_codec_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit almost all at odd/even offsets (ASCII in UTF-16)."""
    sample = data[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even + odd == 0 or min(even, odd) * 20 > even + odd:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        head = sample[: len(sample) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None
    return codec if _mostly_text(head) else None


def _decode_with(data: bytes, codec: str, lenient: bool) -> tuple[str, tuple[str, ...]] | None:
    """Decode strictly; if `lenient` and only a few bytes (<= 0.1 %) are bad, replace them and warn.

    A UTF-8 file with a couple of damaged bytes, or cut in the middle of a character, would
    otherwise fall through to GB18030 and come out as mojibake without any error.
    """
    try:
        return data.decode(codec), ()
    except UnicodeDecodeError as exc:
        first, at_end = exc.start, exc.end >= len(data)
    if not lenient:
        return None
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    if bad > max(1, len(data) // 1000):
        return None
    if bad == 1 and at_end:
        return text[:-1], (
            f"file ends in the middle of a character (truncated?): the last {len(data) - first} bytes were dropped",
        )
    return text, (f"{bad} undecodable byte sequence(s) in {codec} text replaced by U+FFFD (first at byte {first})",)


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    """Decode report bytes; returns (text, encoding, warnings).

    Order: a byte order mark (UTF-8, UTF-32, UTF-16); known binary signatures (PDF, PNG, zip...);
    UTF-16 without BOM, recognised by its NUL bytes at every other offset (decoded, with a
    warning); other binary; strict UTF-8; UTF-8 with at most 0.1 % damaged bytes (replaced, with
    a warning); GB18030, a superset of GBK and GB2312, so one try covers all three.

    >>> decode("增长2.2%".encode("gb18030"))
    ('增长2.2%', 'gb18030', ())
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            decoded = _decode_with(data[len(bom) :], codec, lenient=True)
            if decoded is None:
                raise ReportError(path, f"byte order mark says {codec.upper()} but the text after it is not {codec.upper()}")
            return decoded[0], label, decoded[1]
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReportError(path, f"binary file ({what}), not text: extract the text and save it as UTF-8")
    codec = _utf16_codec_without_bom(data) if b"\x00" in data[:65536] else None
    if codec:
        decoded = _decode_with(data, codec, lenient=True)
        if decoded is not None:
            return decoded[0], codec, (f"{codec.upper()} without byte order mark (guessed from its NUL bytes)", *decoded[1])
    if _looks_binary(data):
        raise ReportError(path, "binary file (not text): is it a PDF or an image renamed .txt?")
    for codec, lenient in (("utf-8", False), ("utf-8", True), ("gb18030", False)):
        decoded = _decode_with(data, codec, lenient)
        if decoded is not None:
            return decoded[0], codec, decoded[1]
    raise ReportError(path, f"not UTF-8 and not GB18030/GBK text (undecodable byte at {_first_bad(data)})")


def _first_bad(data: bytes) -> int:
    try:
        data.decode("gb18030")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def read_report(path: str | Path, max_bytes: int = MAX_BYTES) -> RawText:
    """Read and decode one report file, failing with one line naming the file and the problem."""
    p = Path(path)
    if not p.exists():
        raise ReportError(p, "no such file")
    if p.is_dir():
        raise ReportError(p, "is a folder, not a report file")
    if not p.is_file():
        raise ReportError(p, "not a regular file (a device, a pipe or a socket)")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ReportError(p, f"file is {size / 1e6:.0f} MB, above the {max_bytes / 1e6:.0f} MB limit")
        data = p.read_bytes()
    except PermissionError:
        raise ReportError(p, "permission denied: the file is not readable") from None
    except OSError as exc:
        raise ReportError(p, f"cannot read: {exc.strerror}") from None
    if not data:
        raise ReportError(p, "file is empty")
    text, encoding, warnings = decode(data, p)
    if not _VISIBLE.search(text):
        raise ReportError(p, "file holds only whitespace")
    return RawText(p, text, encoding, hashlib.sha256(data).hexdigest(), len(data), warnings)


def _fold_table() -> dict[int, str]:
    """Full-width ASCII forms and odd spaces/dashes -> plain ASCII; one character to one."""
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in FULLWIDTH_KEEP}
    table.update({ord("\u3000"): " ", ord("\xa0"): " ", ord("\r"): "\n"})
    table.update({ord(c): "-" for c in "\u2013\uff0d\u2010\u2011\ufe63"})
    # the ratio sign ∶ (U+2236) of 14.5∶46.8∶38.7, as some pages write a sector ratio: the colon the ratio reader knows
    table[ord("\u2236")] = ":"
    table[ord("\ufe30")] = ":"  # the two-dot leader ︰ some county pages write in a sector ratio (11.8︰48.3︰39.9)
    # 増 (U+5897), the Japanese form of 增 that some pages type: 増长 was no growth word (session 47 probe of 2022 city
    # reports: 増长8% became a level); OpenCC's t2s keeps it, a simplified text is not converted
    table[ord("\u5897")] = "\u589e"
    return table


FOLD = _fold_table()
# the characters FOLD changes: found by one regex scan and replaced one by one, the same text as
# str.translate(FOLD), which looks every character of a report up in the table (80 ms of 25 reports)
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(FOLD)) + "]")
_ZW = "[" + "".join(sorted(ZERO_WIDTH)) + "]"
_VISIBLE = re.compile(f"[^\\s{_ZW[1:-1]}]")  # a file without one holds only whitespace
# Scraped HTML: comments, <script>/<style> elements with their code, tags, character entities.
# Conservative: a tag is "<" + an ASCII letter (or "/" and a letter) + a bounded run without "<>",
# which ordinary report text never writes. Block-level tags become a line break so paragraphs
# stay apart; other tags vanish.
_BLOCK_TAGS = frozenset(
    ["p", "br", "div", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "title"]
)
_CODE_START = re.compile(r"<(script|style)\b[^<>]{0,1000}>|<!--", re.IGNORECASE)
_CODE_END = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
    None: re.compile("-->"),
}
# (each after its opening < or &, which `_EDITS` writes before it)
_TAG = r"/?(?P<tag>[A-Za-z][A-Za-z0-9:-]{0,30})(?:\s[^<>]{0,1000})?/?>|![A-Za-z][^<>]{0,1000}>"
_ENTITY = r"(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"


def with_opening_lookahead(pattern: str) -> str:
    """`pattern` behind a lookahead of the characters a match of it can open with (`(?=[从由])(?:从|由)`), or
    `pattern` unchanged when they cannot be told: it may match nothing, opens with any character, a negated class
    or a category (\\d), or sets a flag.

    Why: a pattern searched for, not anchored where the search starts (`…$` read with `sub` or `search`), is tried
    at every position of the words, and a pattern of many alternatives tries each of them there. The lookahead
    turns away, with one class, every position no alternative opens at: the same matches (a lookahead reads no
    characters), in a quarter of the time for the predicate tails (`subjects._tail`, 6 000 calls a pass). The
    characters are read from the parsed pattern, so the lookahead cannot drift from it. For a pattern compiled without
    flags (re.VERBOSE would parse it otherwise); the parser is CPython's own (`re._parser`, private): on any surprise
    from it the pattern is left as it is.

    >>> with_opening_lookahead("(实际|名义)?(增长|增速)$|较(?![快高])[^，]{0,12}?$")
    '(?=[名增实较])(?:(实际|名义)?(增长|增速)$|较(?![快高])[^，]{0,12}?$)'
    >>> with_opening_lookahead("[一-龥a-c]{2}|d|e")
    '(?=[a-e一-龥])(?:[一-龥a-c]{2}|d|e)'
    >>> with_opening_lookahead("[^，]增长"), with_opening_lookahead("(增长)?")
    ('[^，]增长', '(增长)?')
    """
    try:
        parsed = sre_parser.parse(pattern)
        opening = None if parsed.state.flags & ~re.UNICODE else _opening(parsed.data)
    except Exception:  # a pattern re rejects (re.compile says why), or a parser that changed: no lookahead
        return pattern
    if not opening or opening[1]:
        return pattern
    runs: list[list[int]] = []  # the characters in order, consecutive ones as a range ([一-龥] stays a range)
    for ch in sorted(opening[0]):
        if runs and runs[-1][1] == ch - 1:
            runs[-1][1] = ch
        else:
            runs.append([ch, ch])
    spelt = (re.escape(chr(a)) + (("-" if b > a + 1 else "") + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return "(?=[" + "".join(spelt) + "])(?:" + pattern + ")"


def _opening(items) -> tuple[set[int], bool] | None:
    """The characters a match of the parsed items can open with, and whether the items can match nothing; None
    when not told (see `with_opening_lookahead`)."""
    c = sre_constants
    chars: set[int] = set()
    for op, av in items:
        if op is c.LITERAL:
            found = ({av}, False)
        elif op is c.IN:
            found = _class_opening(av)
        elif op is c.SUBPATTERN:
            found = None if av[1] or av[2] else _opening(av[3].data)  # a group that sets or clears a flag: not told
        elif op is c.ATOMIC_GROUP:
            found = _opening(av.data)
        elif op is c.BRANCH:
            found = ({*()}, False)
            for branch in av[1]:
                alt = _opening(branch.data)
                if alt is None:
                    return None
                found = (found[0] | alt[0], found[1] or alt[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            body = _opening(av[2].data)
            found = None if body is None else (body[0], body[1] or av[0] == 0)
        elif op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            found = (set(), True)  # reads no character: the next item opens the match
        else:
            return None  # any character, a group's reference ...: not told
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _class_opening(items) -> tuple[set[int], bool] | None:
    """The characters of a parsed class ([从由], [一-龥] as each of its characters), or None for a negated class or a
    category."""
    chars: set[int] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            chars.add(av)
        elif op is sre_constants.RANGE:
            chars.update(range(av[0], av[1] + 1))
        else:
            return None
    return chars, False


# Spaces on either side of a decimal point inside a number a word leads ("生产总值6835. 27亿元", "是2015年的2 .7倍": a copy
# set from print spaces its digits; each was read as two numbers, 27亿元 the amount): dropped (space_in_decimal, session
# 73 probe of a news page). Not after a stop or a line's start, where "2. 2024年…" numbers an item.
# (the word's character is matched, not looked behind for: a pattern opening with a lookaround is tried at every character)
_DECIMAL_GAP = re.compile(r"[\u4e00-\u9fff]\d+(?:\.( {1,2})|( {1,2})\.)\d")
# One pass over the raw text for everything removed or replaced character by character:
# a line holding nothing but zero-width characters ("74.4\n\u200b\n万亿元" in the 2017 national
# report: one stray break, not a paragraph break), zero-width characters, CR before LF, tags, entities.
# Spaces between a number and its unit ("4.6 万人", "4.6&nbsp;万人" from HTML, "8 万亿"): dropped.
# Both open with a character of their own, not a lookaround (`with_opening_lookahead`): the engine skips to the next
# such character in C instead of trying the pattern at every character of the text (19 ms -> 1 ms for the 25 bundled
# reports): a space after a digit is looked behind for from the space; every alternative of the edits opens with one
# character (the zero-width ones each an alternative of its own), so the engine finds them from the set of those.
# Spaces between a word and the number after it ("连续 6 个月": PDF copies space numbers): dropped too (spaced_number).
_UNIT_GAP = re.compile(r" (?<=\d ) {0,2}(?=[%\u4e00-\u9fff])| (?<=[\u4e00-\u9fff] ) ?(?=\d)")
# Spaces between two characters ("农村居民 人 均可 支 配收入,预 计 分别 增 长": a PDF copy spaces words; Chinese writes none
# between them: spaced_words, session 58 probe of a district report, whose subjects were 预 计). Dropped once the stray
# line breaks are joined: the copy's lines are of one width with their spaces.
_WORD_GAP = re.compile(r" (?<=[\u4e00-\u9fff] ) ?(?=[\u4e00-\u9fff])")
_EDITS = re.compile(
    f"\n(?P<zwline>{_ZW}+(?=\n))|{'|'.join(sorted(ZERO_WIDTH))}|\r(?=\n)|<(?P<html>{_TAG})|&(?P<entity>{_ENTITY})"
)
# A bullet mark opening a line (●地区生产总值…, • 新增铁路里程…: a digest of a report) and the spaces after it: dropped once
# the stray breaks are joined (the line it opens is an item of its own, never joined to the one before), no part of the
# first subject (bullet_line)
_BULLETS = "●•■◆▲★◇▪"
# What ends a sentence: a stop, a line break, and a bullet mark inside a line (…保持在6%以上●累计创建国家卫生城市9个●…: a
# digest's items run together on one line, each its own; construction bullet_inside_line). ▲ ★ ◇ stay out: they mark
# words (★级) as often as items.
ITEM_BULLETS = "●•■◆▪"
SENTENCE_END = re.compile(f"[。！？!?\n{ITEM_BULLETS}]")
_BULLET = re.compile(f"^[ \u3000\t]*([{_BULLETS}][ \u3000]*)", re.MULTILINE)  # only a mark that opens its line


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of <script>…</script>, <style>…</style> and <!--…-->: code and comments, not report text.

    A forward scan, so linear even when a closing tag is missing (then nothing more is dropped).
    """
    spans, pos = [], 0
    while (m := _CODE_START.search(text, pos)) is not None:
        close = _CODE_END[m.group(1).lower() if m.group(1) else None].search(text, m.end())
        if close is None:
            break
        spans.append((m.start(), close.end()))
        pos = close.end()
    return spans


def _entity_char(entity: str) -> str | None:
    """The one character an entity stands for, or None to leave it as written.

    Entities for digits (&#50;) stay as written: a number must start and end on a digit that is
    really in the raw text, so its offsets point at it.
    """
    c = html.unescape(entity)
    if len(c) != 1 or c == entity or c.isnumeric() or c == "两":
        return None
    if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n":
        return None
    return c


def _edit(text: str, index: np.ndarray, edits: list[tuple[int, int, str]]) -> tuple[str, np.ndarray]:
    """Apply sorted, non-overlapping edits (start, end, replacement of 0 or 1 character).

    A replacement character maps to its span's first raw character; the rest of the span is
    dropped from the text and from `index`.
    """
    if not edits:
        return text, index
    starts = np.fromiter((e[0] for e in edits), dtype=np.int64, count=len(edits))
    ends = np.fromiter((e[1] for e in edits), dtype=np.int64, count=len(edits))
    lead = np.fromiter((len(e[2]) for e in edits), dtype=np.int64, count=len(edits))
    depth = np.zeros(len(text) + 1, dtype=np.int32)
    np.add.at(depth, starts + lead, 1)
    np.add.at(depth, ends, -1)
    keep = np.cumsum(depth[:-1]) == 0
    parts, last = [], 0
    for start, end, repl in edits:
        parts.append(text[last:start])
        parts.append(repl)
        last = end
    parts.append(text[last:])
    return "".join(parts), index[keep]


_STRAIGHT_QUOTED = re.compile(r'"([^"\n]{1,40})"')


def _paired_quotes(text: str) -> str:
    """Straight double quotes around a short name (新增"两院"院士, as web copies write “”) become the report's own marks, one
    character for one, so that every rule reading “” reads them (straight_quotes; the first was taken for a boundary and
    the subject came out as 两院"院士).

    >>> _paired_quotes('新增"两院"院士11位'), _paired_quotes('他说"')
    ('新增“两院”院士11位', '他说"')
    """
    return _STRAIGHT_QUOTED.sub(r"“\1”", text) if '"' in text else text


# a pair of straight brackets after a Chinese character or around one (县(市、区), 细颗粒物(PM2.5), 2300元(2010年不变价))
_STRAIGHT_BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff\d%])\(([^()\n]{1,30})\)|\(([^()\n]{0,29}[\u4e00-\u9fff][^()\n]{0,29})\)")


def _paired_brackets(text: str) -> str:
    """Straight brackets around words of the report (县(市、区), as web and PDF copies write （）) become the report's own
    marks, one character for one, so that every rule reading （） reads them (straight_brackets, as straight_quotes).

    >>> _paired_brackets("70个县(市、区)和细颗粒物(PM2.5)"), _paired_brackets("f(x) = (a+b)")
    ('70个县（市、区）和细颗粒物（PM2.5）', 'f(x) = (a+b)')
    """
    return _STRAIGHT_BRACKETED.sub(lambda m: "（" + (m.group(1) or m.group(2)) + "）", text) if "(" in text else text


def _char_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _EDITS.finditer(text):
        repl = ""
        if m.group("html"):
            tag = (m.group("tag") or "").lower()
            repl = "\n" if tag in _BLOCK_TAGS else ""
        elif m.group("entity"):
            c = _entity_char(m.group(0))
            if c is None:
                continue
            repl = c
        edits.append((m.start(), m.end(), repl))
    return edits


# 附件2 on a line of its own heads an appendix: its number is the appendix's, never joined to the
# next line's words (附件2\n名词解释 is no 2名 of anything)
_APPENDIX_LINE = re.compile(r"(附件|附录)[\d一二三四五六七八九十]{1,2}")
_HEADING_START = re.compile(
    # (not the decimal point of a number a wrapped line opens with: 47.3万人, session 54 wrap check)
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+部分|\d+(?:\.(?!\d)|、))"
)


# how a line that states a figure ends (a qualifier after it, a percent): such a line is an item of its own when the next
# starts with a word, not a stray break (a unit alone is left out: 达到74.4\n万亿元 and 3000万\n吨 are cut figures)
# (a qualifier of a number only, at most four characters of unit after it: not 全省上下, the whole province; session 54)
_FIGURE_QUALIFIERS = ("左右", "以上", "以内", "以下", "上下")
_FIGURE_END = re.compile(rf"\d[^\d，,。；;]{{0,4}}({'|'.join(_FIGURE_QUALIFIERS)})$|\d%$")
_CJK_START = re.compile(r"[\u4e00-\u9fff]")
_HAS_DIGIT = re.compile(r"\d")
_CLOSING_QUOTES = "”’」』》）)"
# a bracketed note after a sentence's stop, closing the line: …上涨0.1%。(图1)
_NOTE_AFTER_STOP = re.compile(r"(?:^|[。！？!?；;])[（(][^（()）]{0,12}[)）]$")
# what goes on with the figure a line ended with: its qualifier (13.6%\n左右), a joined figure (10.7%\n和9.5%), what it
# describes (超过20%\n的有23种)
_QUALIFIER_OPENINGS = (*_FIGURE_QUALIFIERS, "多", "余", "左", "的", "和", "及", "与", "、")
# a short label closed by a full-width colon opening a line: 区域发展更趋协调：…, 产业亮点：… (label_line)
_LABEL_START = re.compile(r"[\u4e00-\u9fff]{2,12}：")
_LINE_OPENING_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s?(?:[万亿]|%|元|个|家|项|吨|公里|平方米)")  # a line opening with an amount
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")  # a line of only a number (`_join_break`)
# 回顾2023, 展望2024: a short heading that closes with the year it names, no number cut from its unit (year_heading_line,
# session 71 probe of a provincial news page: it was joined to the review's first sentence, read under the plan's heading)
_YEAR_CLOSES_HEADING = re.compile(r"[\u4e00-\u9fff]{2,8}(?:19|20)\d\d")


def _alike(lines: list[str]) -> list[bool]:
    """alike[k]: lines k and k + 1 are as long, or print as wide (a Chinese character one, a Latin letter, digit or mark
    half), within two characters: a copy wrapped at a fixed width has lines of one width whatever their digits, one cut
    every N characters lines of one length (wrapped_paragraph). Read once for the whole text, the ASCII counted at C
    speed.

    >>> _alike(["增长7.6%,全部财政收入增长18.5%、首次突破300亿元, 一", "般公共预算收入增长15.5%,固定资产投资增长7.4%,规模", "短行"])
    [True, False]
    """
    extents = []
    for line in lines:
        line = line.strip()
        extents.append((len(line), len(line) - len(line.encode("ascii", "ignore")) / 2))
    return [abs(a[0] - b[0]) <= 2 or abs(a[1] - b[1]) <= 2 for a, b in itertools.pairwise(extents)]


def _wrapped(lines: list[str], alike: list[bool], k: int, joined: bool) -> bool:
    """Is line k a line of a paragraph wrapped at a fixed width (wrapped_paragraph)? It continues a sentence wrapped
    onto it (`joined`: the break before it was joined) and prints as wide as the line before it, or it opens a run of
    three lines of one width or length (`_alike`: a list written one item a line has items of many widths)."""
    if len(lines[k].strip()) < 12:
        return False
    # 增长 4%\n左\n右,城镇居民…农村居民人\n均可支配收入: a fragment of a wrapped line (左) stands between two lines of the
    # width; the line before it says the width (fragment_between_lines, session 58 probe)
    after_fragment = joined and k >= 2 and len(lines[k - 1].strip()) <= 3 and _alike([lines[k - 2], lines[k]])[0]
    return after_fragment or (joined and k >= 1 and alike[k - 1]) or (k + 1 < len(alike) and alike[k] and alike[k + 1])


def _amount_after_blank(prev_line: str, next_line: str) -> bool:
    """Is the blank line between these two lines a break inside a sentence: a line ending in a word, then, after a blank
    line, one opening with an amount (construction amount_after_blank_line: 全年实现地区生产总值\n\n2803.5亿元、增长3.8%, a copy
    that set each number in a block of its own; session 64 probe of a district's 2025 report: the GDP had no subject)?
    A heading, a line closed by a mark and a line opening with a year stay apart.

    >>> _amount_after_blank("承压奋进、砥砺前行，推动全区经济社会保持平稳健康发展。全年实现地区生产总值", "2803.5亿元、增长3.8%")
    True
    >>> _amount_after_blank("一、2024年工作回顾", "2024年，面对…"), _amount_after_blank("全年实现地区生产总值", "2803.5亿元")
    (False, False)
    >>> _amount_after_blank("(一)经济运行稳中向好", "120亿元的项目…"), _amount_after_blank("各位代表：", "5年来，…")
    (False, False)
    """
    p, n = prev_line.strip(), next_line.strip()
    return bool(p and n and len(p) > 30 and _amount_goes_on(p, n))


_TITLE_SENTENCE_END = re.compile(r"[。！!]")  # the end of a numbered title sentence (titled_line_runs_on)


def _amount_goes_on(p: str, n: str) -> bool:
    """Does a line opening with an amount (not a year) go on from a line that ends in a word and opens no heading
    (amount_opens_line, amount_after_blank_line)?"""
    return bool(_LINE_OPENING_AMOUNT.match(n) and _CJK_START.match(p[-1]) and not _heading_line(p))


def _heading_line(p: str) -> bool:
    """Is the line a numbered heading, not a paragraph opening with a numbered title sentence and running on after it?

    Why: (一)经济发展稳中提质。预计,全市地区生产总值增长\n7.5%: a copy wrapped inside the paragraph that a title sentence
    opens; the line's break is inside the sentence after the title, not after a heading (titled_line_runs_on, session 68
    probe of a city's 2020 report: the growth lost its subject and became a level).

    >>> _heading_line("(一)提信心稳增长,经济运行持续回升向好"), _heading_line("(一)经济发展稳中提质。全市地区生产总值增长")
    (True, False)
    """
    title_end = _TITLE_SENTENCE_END.search(p)
    return bool(_HEADING_START.match(p)) and not (title_end and title_end.end() < len(p.rstrip()))


def _join_break(prev_line: str, next_line: str, continued: bool = False, after_join: bool = False) -> bool:
    """Is the single line break between these two lines a stray break inside a sentence?

    Kept: breaks after terminal punctuation, before a numbered heading, after a short numbered heading
    (with a comma or not), after a short line without a comma (a heading such as "2021年工作安排"), after a line of at most 30
    characters with a comma that ends in a word or a figure (a heading or an item of a list written one a line,
    short_line_with_comma), before a line that opens with a short label and a full-width colon (区域发展更趋协调：…,
    label_line) and after a line that ends
    as a figure ends (左右, 以上, a percent) before a line that opens with a word (a list of targets written one a line
    without stops, figure_lines). Joined: breaks that leave a fragment of
    three characters or less on either side ("M\\n2\\n预期增长") and breaks after a long line that
    does not end a sentence. A line that itself continues a sentence wrapped onto it and prints as wide as the line
    before it (`continued`: the break before it was joined, the widths within two characters) is no item of a list
    written one a line: a copy wrapped at a narrow width (25-30 characters: 般公共预算收入增长15.5%,固定资产投资增长
    7.4%,规模\\n以上工业增加值增长13.8%) goes on (wrapped_paragraph); a short heading after it stays a heading.

    >>> _join_break("般公共预算收入增长15.5%,固定资产投资增长7.4%,规模", "以上工业增加值增长13.8%,社会消费品零售总额增长")
    False
    >>> _join_break("般公共预算收入增长15.5%,固定资产投资增长7.4%,规模", "以上工业增加值增长13.8%,社会消费品零售总额增长", True)
    True
    """
    p, n = prev_line.strip(), next_line.strip()
    if not p or not n:
        return False
    if _APPENDIX_LINE.fullmatch(p):
        return False
    if len(p) <= 3 or len(n) <= 3 or _BARE_NUMBER.fullmatch(n) or _BARE_NUMBER.fullmatch(p):
        # (地区生产总值从\n497.8\n亿元增加到: a copy that puts each number on a line of its own, as a run of another font;
        # a number alone is no line of its own inside a sentence, number_on_its_line, session 59 probe)
        return p[-1] not in TERMINAL
    if p[-1].isdigit() and not n[0].isdigit():
        return not (_YEAR_CLOSES_HEADING.fullmatch(p) and n[0] != "年")  # a number cut from its unit: "达到74.4\n万亿元"
    if p[-1] in ".:：" and p[-2:-1].isdigit() and n[0].isdigit():
        return True  # a number cut at its point or a ratio at its colon: 高9.\n3、0.6个百分点, 8.3∶\n41.4∶50.3 (session 54)
    # (a closing quote or bracket ends a sentence only after the sentence's own stop: “两山”\n实践创新基地 and
    # 执业（助理）\n医师数 are wrapped inside a name, 。”\n a quoted sentence closed; session 54 wrap check)
    quote_inside = p[-1] in _CLOSING_QUOTES and (len(p) < 2 or p[-2] not in TERMINAL) and not _NOTE_AFTER_STOP.search(p)
    if (p[-1] in TERMINAL and not quote_inside) or _HEADING_START.match(n) or n[0] in _BULLETS:
        return False
    if _amount_goes_on(p, n):
        # …；地方一般公共预算收入\n141.8 亿元，同比增长29.5%: a line opening with an amount (not a year) after a line ending
        # in a word goes on from it (amount_opens_line, session 59 probe: the revenue lost its subject)
        return True
    if _FIGURE_END.search(p) and _CJK_START.match(n) and not n.startswith(_QUALIFIER_OPENINGS):
        # (not 13.6%\n左右。, 10.7%\n和9.5%: the figure's qualifier or the next figure wrapped onto the next line)
        return (
            False  # 城镇新增就业70万人以上\n居民消费价格涨幅2%左右: a list of targets, one a line, without stops (figure_lines)
        )
    if p[-1] == "、":
        # 分别降低\n15%、15%、\n19%。: a list's separator at the line's end, the next item on the next line (no heading or
        # sentence ends with 、; list_goes_on, session 75 probe of a 2021 provincial copy: the last figure lost its subject)
        return True
    if _heading_line(p) and len(p) <= 32:
        return False  # "(一)提信心稳增长,经济运行持续回升向好": a numbered heading, comma or not, ends its line
    if _LABEL_START.match(n):
        return False  # …达920万户\n区域发展更趋协调：…: a line opening with a label and a colon starts an item (label_line)
    if after_join and _HAS_DIGIT.search(p) and _CJK_START.match(p[-1]) and not _HEADING_START.match(n):
        # …增长14.3%;城镇常住\n居民人均可支配收入33432元,增长9.4%;农村常住\n居民人均可支配收入…: a short line that goes on from
        # the line before (its break was joined) holds no heading; a figure in it and a word at its end say it is cut
        # inside a sentence (tail_of_joined_line, session 64 probe of a 2016 county copy: 居民人均可支配收入 lost 农村常住)
        return True
    if len(p) <= 30 and "。" not in p and len(n) >= 8 and p[-1] not in "—-－：:，,、" and not continued:
        # 坚持发展为要,综合实力显著增强\n生产总值达到1923.5亿元: a short line with a comma is a heading or an item of a list
        # written one a line (新增市场主体144.4万户，再创历史新高\n新增城镇就业…), not a line wrapped inside a sentence,
        # whose lines run longer (short_line_with_comma, session 51 probe set: the heading's words opened the next subject)
        return False
    # (a line of a wrapped paragraph without a comma goes on too: …中国侨都（江门）\n华侨华人嘉年华, session 58)
    return continued or not (len(p) <= 30 and not any(c in p for c in "，,。"))


def normalise(text: str) -> NormalText:
    """Fold characters, drop HTML and join stray line breaks, keeping a map back to raw offsets.

    Steps: drop <script>/<style> code and comments; drop zero-width characters and CR before
    LF; drop tags (block tags become a line break); decode entities (&nbsp; &amp; &#37;);
    fold full-width forms (２．３％ -> 2.3%); drop spaces between a number and its unit
    ("4.6 万人") and between a word and the number after it ("连续 6 个月", as PDF copies space numbers); join stray
    line breaks. Each step is linear in
    the text (regex passes, str.translate, numpy masks), so a 50 MB dump is fine
    (benchmarks/bench_large_file.py).

    >>> n = normalise("增长２．２％")
    >>> n.text, n.raw_span(2, 6)
    ('增长2.2%', (2, 6))
    >>> normalise("地区(qū)生产(chǎn)总值增长5%（a）").text
    '地区生产总值增长5%（a）'
    >>> n = normalise("二〇二二年达十二点八万亿元")
    >>> n.text, n.raw_span(0, 5)
    ('2022年达十二点八万亿元', (0, 5))
    """
    index = np.arange(len(text), dtype=np.int64)
    folded, index = _edit(text, index, [(a, b, "") for a, b in _code_blocks(text)])
    folded = simplified(folded)  # one character for one: the offsets stay
    folded, index = _edit(folded, index, _char_edits(folded))
    # 地区(qū)生产(chǎn)总值: the readings a mirror site writes after characters are no text of the report
    folded, index = _edit(folded, index, [(m.start(), m.end(), "") for m in _PINYIN_NOTE.finditer(folded)])
    # 二〇二二年: a year in characters, digit by digit, as the year it dates (one character for one)
    years = [(i, i + 1, _YEAR_DIGIT[folded[i]]) for m in _CN_YEAR.finditer(folded) for i in range(m.start(), m.end())]
    folded, index = _edit(folded, index, years)
    folded = _paired_quotes(_FOLDED.sub(lambda m: FOLD[ord(m.group())], folded))
    folded, index = _edit(folded, index, _line_marks(folded))  # (before the spaces after a digit go: Sw7  今年)
    folded, index = _edit(folded, index, [(m.start(), m.end(), "") for m in _PAGE_FOOTER.finditer(folded)])
    points = list(_STOP_AS_POINT.finditer(folded))
    if len(points) >= _STOPS_AS_POINTS_MIN:  # 12。41亿元: a copy whose decimal points became stops (stop_as_point)
        folded, index = _edit(folded, index, [(m.start(), m.end(), ".") for m in points])
    gaps = [m.span(1) if m.start(1) >= 0 else m.span(2) for m in _DECIMAL_GAP.finditer(folded)]
    folded, index = _edit(folded, index, [(a, b, "") for a, b in gaps])  # (space_in_decimal)
    folded, index = _edit(folded, index, [(m.start(), m.end(), "") for m in _UNIT_GAP.finditer(folded)])
    # Second pass: drop the stray single line breaks.
    drop = []
    lines = folded.split("\n")
    pos = 0
    joined = False  # was the break before lines[k] joined (lines[k] continues a wrapped sentence)
    alike = _alike(lines)
    for k in range(len(lines) - 1):
        pos += len(lines[k])
        joined = _join_break(lines[k], lines[k + 1], _wrapped(lines, alike, k, joined), joined)
        if joined:
            drop.append((pos, pos + 1))
        elif k + 2 < len(lines) and not lines[k + 1].strip() and _amount_after_blank(lines[k], lines[k + 2]):
            drop.append((pos, pos + len(lines[k + 1]) + 2))  # the break, the blank line and the break after it
        pos += 1
    folded, index = _edit(folded, index, [(a, b, "") for a, b in drop])
    folded, index = _edit(folded, index, [(m.start(), m.end(), "") for m in _WORD_GAP.finditer(folded)])
    folded = _paired_brackets(folded)  # (once the breaks are joined: 发热门诊(诊\n室) of a wrapped copy)
    bullets = [(m.start(1), m.end(1), "") for m in _BULLET.finditer(folded)]
    folded, index = _edit(folded, index, bullets)  # a mark inside a line is the text's own
    return NormalText(folded, index, len(text))


# Characters that reports written in traditional script use in nearly every sentence and that simplified text does not
# use (們, 個, 經, 濟, 長 …): the sign that a text is in traditional script (`simplified`).
_TRADITIONAL = re.compile("[們個與發經濟長億萬為國區業產會時進實這對設點過還門東達體總當優]")
TRADITIONAL_SHARE = 0.005  # of all characters; a simplified report has none of them or a few inside names
# 「十三五」時期, 『三農』: the corner quotes of traditional script stand for “”, ‘’, as the constructions write them
# (corner_quotes, session 70 probe of a news page in traditional script: its 「十三五」時期 opened no plan's review)
_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")


@lru_cache(maxsize=1)
def _to_simplified() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s.json").convert


@lru_cache(maxsize=8192)  # (the evaluation compares the same subjects again while it pairs rows: read each once)
def in_simplified_script(words: str) -> str:
    """Any words in simplified characters (OpenCC t2s, traditional or not): how a table's subject or unit is compared
    whatever script its annotator copied it in (`evaluate.normal_subject`: 生産總值 as the extractor writes it, 生产总值).

    >>> in_simplified_script("生産總值"), in_simplified_script("億元"), in_simplified_script("地区生产总值")
    ('生产总值', '亿元', '地区生产总值')
    """
    return _to_simplified()(words) if words else words


def simplified(text: str) -> str:
    """A text in traditional script in simplified characters, one character for one; any other text as it is.

    Why: mirrors of reports and news pages quoting them are often in traditional script (貴州省地區生產總值增長4.9%); the
    lexicon, the units and every construction are written in simplified characters, so such a text lost its growth
    words (增長), its multipliers (億, 萬) and its sections. The conversion is OpenCC's (t2s): phrase by phrase, which keeps
    each character's place; a line that it would lengthen or shorten is converted character by character, so the
    offsets into the raw text stay exact. A simplified report is never converted (a few traditional characters inside
    its names, 昇, 濛, stay as written): only a text where the characters of `_TRADITIONAL` make at least
    TRADITIONAL_SHARE of all is.

    >>> simplified("全年地區生產總值增長5.2%，達到1.5萬億元")
    '全年地区生产总值增长5.2%，达到1.5万亿元'
    >>> simplified("全年地区生产总值增长5.2%，乾县")
    '全年地区生产总值增长5.2%，乾县'
    >>> simplified("「十三五」時期，全省地區生產總值年均增長5%")  # corner quotes as “” (corner_quotes)
    '“十三五”时期，全省地区生产总值年均增长5%'
    """
    if len(_TRADITIONAL.findall(text)) < TRADITIONAL_SHARE * len(text):
        return text
    convert = _to_simplified()
    lines = text.split("\n")
    for k, line in enumerate(lines):
        done = convert(line)
        if len(done) != len(line):
            done = "".join(c if len(c := convert(ch)) == 1 else ch for ch in line)
        lines[k] = done.translate(_CORNER_QUOTES)
    return "\n".join(lines)


# 二〇二二年, 二○二二年: a year written digit by digit in characters (session 47 probe of 2023 provincial reports: the
# figures of its sentence were dated the report's default year)
_YEAR_DIGIT = dict(zip("〇○零一二三四五六七八九", "000123456789"))
_CN_YEAR = re.compile(r"[一二][〇○零一二三四五六七八九]{3}(?=年)")
# a reading in pinyin with a tone mark, in brackets right after a character (区(qū), 产（chǎn）): mirror sites of reports
# print them (session 47 probes: they stayed in subjects, 地区(qū)生产(chǎn)总值); a bracket without a tone mark stays
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_NOTE = re.compile(rf"(?<=[\u4e00-\u9fff])[（(][a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*[）)]")

# 过去五年和2016年工作回顾bhg / 各位代表:JgI   现在,…: a mirror site ends every line of a report with one token of three
# letters or digits (a different one per page), or puts it where the line break was; it is no text of the report, and
# a heading that ends with it is no heading (line_mark, session 63: a term-end city report's review heading was missed).
# A token counts as such a mark when it ends at least four lines (before a break, or before the spaces that stand for
# one) and stands nowhere else in the text (GDP, CPI at a line end are words of the report, written inside lines too).
_BREAK_OR_END = r"[ \t\u3000]*(?:\n|$)"  # a line break or the text's end, after spaces only
_MARK_AT_END = re.compile(rf"([A-Za-z0-9]{{3}})(?={_BREAK_OR_END}|[ \t\u3000]{{2,}})")
_MARKS_MIN = 4
# 农村常住居民人均可支配收入 16883\n- 2 -\n元: a PDF copy's page number on a line of its own, inside a sentence (page_footer,
# session 63 probe of a county report: the amount lost its unit); the line goes with its break, and the lines around it
# are joined or not as any two lines are
# 地区生产总值达到12。41亿元，…增长33。4%: a copy (a mirror site's) whose decimal points are all stops; a stop between
# digits before an amount or a percent, at least three times in the text, is a point (stop_as_point, session 63 probe of
# a district's 2008 report); once, it ends a sentence as a stop does (居全省第1。9条重点产业链…)
# (the pattern opens with the stop, the digit before it looked behind for from there: `with_opening_lookahead`'s reason)
_STOP_AS_POINT = re.compile(r"。(?<=\d。)(?=\d+(?:%|‰|个百分点|倍|[万亿]|元))")
_STOPS_AS_POINTS_MIN = 3
_PAGE_FOOTER = re.compile(r"\n[ \t\u3000]*[-－—][ \t\u3000]*\d{1,3}[ \t\u3000]*[-－—][ \t\u3000]*(?=\n)")
_BREAK_AFTER = re.compile(_BREAK_OR_END)
_SPACES = re.compile(r"[ \t\u3000]*")


def _line_marks(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out a mirror site's line-end token, a line break for one that stood for a break (line_mark).

    >>> t = "各位代表:JgI   现在,我代表州人民政府报告工作。JgI   一、回顾JgI   地区生产总值增长5%。2025JgI"
    >>> normalise(t).text.split("\\n")
    ['各位代表:', '现在,我代表州人民政府报告工作。', '一、回顾', '地区生产总值增长5%。2025']
    >>> normalise("全市GDP\\n增长5%,占GDP\\n比重,人均GDP\\n达到,GDP\\n总量,GDP增长").text.count("GDP")
    5
    """
    found = [m for m in _MARK_AT_END.finditer(text) if not m.group(1).isdigit()]
    if len(found) < _MARKS_MIN:
        return []
    mark, n = Counter(m.group(1) for m in found).most_common(1)[0]
    if n < _MARKS_MIN or text.count(mark) != n:
        return []
    # the mark goes; where no break follows it, the mark and the spaces after it (that stood for one) become the break
    return [
        (m.start(), m.end(), "") if _BREAK_AFTER.match(text, m.end()) else (m.start(), _SPACES.match(text, m.end()).end(), "\n")
        for m in found
        if m.group(1) == mark
    ]


@lru_cache(maxsize=8)
def _normalised(text: str) -> NormalText:
    """A report normalised once for all the figures located in it (explore highlights row by row)."""
    return normalise(text)


def number_spans(rows, text: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each figure's number inside its (normalised) sentence; (-1, -1) if not found.

    `rows` are (sentence, number_text, char_start, char_end) of figures table rows. With the raw
    `text` the place is exact: char_start mapped through the normalisation. Without it, the number
    is looked up in the sentence, and when a sentence states the same number twice
    (装备制造业增加值分别年均增长15.9%、7.5%和7.5%) the k-th figure of the sentence with that number takes
    its k-th occurrence; a digit is never matched inside a longer number (7 is not the 7 of 7.2%).
    The rows of one number shared by several subjects (same char_start) take the same occurrence.

    >>> number_spans([("增长7.5%、7.5%。", "7.5", 0, 3), ("增长7.5%、7.5%。", "7.5", 0, 3), ("增长7.5%、7.5%。", "7.5", 9, 12)])
    [(2, 5), (2, 5), (7, 10)]
    """
    norm = _normalised(text) if text is not None else None
    seen: dict[tuple[str, str], list[int]] = {}
    spans = []
    for sentence, number_text, char_start, char_end in rows:
        sentence = sentence or ""
        num = normalise(str(number_text or "")).text.strip()
        places = seen.setdefault((sentence, num), [])
        if char_start not in places:
            places.append(char_start)
        k = places.index(char_start)
        if norm is not None:
            pos = int(np.searchsorted(norm.index, int(char_start)))
            end = int(np.searchsorted(norm.index, int(char_end) - 1)) + 1
            start = norm.text.find(sentence, max(0, pos - len(sentence)))
            if 0 <= start <= pos and end <= start + len(sentence):
                spans.append((pos - start, end - start))
                continue
        edges = r"(?<![\d.]){}(?!\d|\.\d)" if num[:1].isdigit() else "{}"
        hits = [m.start() for m in re.finditer(edges.format(re.escape(num)), sentence)] if num else []
        spans.append((hits[k], hits[k] + len(num)) if k < len(hits) else (-1, -1))
    return spans


def csv_rows(path: str | Path) -> list[dict[str, str]]:
    """The rows of a reference table (a CSV file with a header) as dicts of strings, an empty field '': what
    `pd.read_csv(path, dtype=str, keep_default_na=False)` holds, row by row.

    Why the csv module: the extractor reads a dozen small tables once each, as tuples, sets and dicts; pandas built a
    frame of arrow columns for each and the code took it apart again (40 ms of the first report's extraction).
    """
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def word_alternation(words: Iterable[str], end_of: Callable[[str], str] | None = None) -> str:
    """A regex of the words as a trie (`泸州(?:市)?`) that matches what their alternation longest first matches.

    Why: `re.compile("|".join(sorted(words, key=len, reverse=True)))` of a gazetteer or the dictionary's aliases
    compiles every word whole (15 ms for 700 place names) and tries each word opening with the character at a
    position; the trie shares the words' openings, compiles in a fraction of that and tries one branch a
    character. The same matches: at a position only one branch can go on (its next character), and each optional
    longer part is tried before the word that ends there, so a match is the longest word there, as the sorted
    alternation gives. `end_of(word)` is a condition written after a word (lookarounds only, it reads no
    characters); when it fails, a shorter word that matches there is tried, as in the alternation.

    >>> p = re.compile(word_alternation(["泸州", "泸州市", "成都"]))
    >>> [m.group() for m in p.finditer("泸州市和成都、泸州")], p.pattern
    (['泸州市', '成都', '泸州'], '泸州(?:市)?|成都')
    """
    root: dict = {}
    for word in words:
        if word:
            node = root
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = word  # a word ends here

    def branches(node: dict) -> list[str]:
        return [re.escape(ch) + rest(child) for ch, child in node.items() if ch != ""]

    def rest(node: dict) -> str:
        longer = branches(node)
        body = longer[0] if len(longer) == 1 else f"(?:{'|'.join(longer)})" if longer else ""
        if "" not in node:
            return body
        end = end_of(node[""]) if end_of else ""
        if not body:
            return end
        return f"(?:{body}|{end})" if end else f"(?:{body})?"

    return "|".join(branches(root))
