"""Reading a report's raw bytes and normalising its text without losing the way back.

Real report files are messy: UTF-8 with or without BOM, sometimes GB18030; full-width digits
(２．３％); zero-width spaces; line breaks in the middle of a sentence or between a number and its
unit ("广义货币M\\n2\\n预期增长12%"). Extraction runs on a normalised copy, but every figure must
point back into the raw text exactly, so `normalise` returns, for each normalised character, the
index of the raw character it came from.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import ReportError

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


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes mean a PDF, an image or another binary saved as .txt."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 100)


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode report bytes; returns (text, encoding). BOMs first, then strict UTF-8, then GB18030.

    UTF-16 is recognised only by its BOM: without one, a UTF-16 file is indistinguishable from
    binary and is refused as such. GB18030 is a superset of GBK and GB2312, so one try covers all.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ReportError(path, f"UTF-16 byte order mark but undecodable text ({exc.reason})")
    if _looks_binary(data):
        raise ReportError(path, "binary file (not text): is it a PDF or an image renamed .txt?")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise ReportError(
            path, f"not UTF-8 and not GB18030/GBK text (undecodable byte at {exc.start})"
        ) from None


def read_report(path: str | Path, max_bytes: int = MAX_BYTES) -> RawText:
    """Read and decode one report file, failing with one line naming the file and the problem."""
    p = Path(path)
    if not p.exists():
        raise ReportError(p, "no such file")
    if p.is_dir():
        raise ReportError(p, "is a folder, not a report file")
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
    text, encoding = decode(data, p)
    if not text.strip():
        raise ReportError(p, "file holds only whitespace")
    return RawText(p, text, encoding, hashlib.sha256(data).hexdigest(), len(data))


def _fold_table() -> dict[int, str]:
    """Full-width ASCII forms and odd spaces/dashes -> plain ASCII; one character to one."""
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in FULLWIDTH_KEEP}
    table.update({ord("\u3000"): " ", ord("\xa0"): " ", ord("\r"): "\n"})
    table.update({ord(c): "-" for c in "\u2013\uff0d\u2010\u2011\ufe63"})
    return table


FOLD = _fold_table()
_ZW = "[" + "".join(sorted(ZERO_WIDTH)) + "]"
# Zero-width characters, CR before LF, and a line holding nothing but zero-width characters
# ("74.4\n\u200b\n万亿元" in the 2017 national report: one stray break, not a paragraph break).
_DROP = re.compile(f"\n{_ZW}+(?=\n)|{_ZW}|\r(?=\n)")


_HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+部分|\d+[.、])")


def _join_break(prev_line: str, next_line: str) -> bool:
    """Is the single line break between these two lines a stray break inside a sentence?

    Kept: breaks after terminal punctuation, before a numbered heading, and after a short line
    without a comma (a heading such as "2021年工作安排"). Joined: breaks that leave a fragment of
    three characters or less on either side ("M\\n2\\n预期增长") and breaks after a long line that
    does not end a sentence.
    """
    p, n = prev_line.strip(), next_line.strip()
    if not p or not n:
        return False
    if len(p) <= 3 or len(n) <= 3:
        return p[-1] not in TERMINAL
    if p[-1].isdigit() and not n[0].isdigit():
        return True  # a number cut from its unit: "达到74.4\n万亿元"
    if p[-1] in TERMINAL or _HEADING_START.match(n):
        return False
    return not (len(p) <= 30 and not any(c in p for c in "，,。"))


def normalise(text: str) -> NormalText:
    """Fold characters and join stray line breaks, keeping a map back to raw offsets.

    Linear in the text and vectorised (str.translate, numpy masks), so a 50 MB dump is fine.

    >>> n = normalise("增长２．２％")
    >>> n.text, n.raw_span(2, 6)
    ('增长2.2%', (2, 6))
    """
    keep = np.ones(len(text), dtype=bool)
    for m in _DROP.finditer(text):
        keep[m.start():m.end()] = False
    folded = _DROP.sub("", text).translate(FOLD)
    index = np.flatnonzero(keep)
    # Second pass: drop the stray single line breaks.
    drop = []
    lines = folded.split("\n")
    pos = 0
    for k in range(len(lines) - 1):
        pos += len(lines[k])
        if _join_break(lines[k], lines[k + 1]):
            drop.append(pos)
        pos += 1
    if drop:
        keep2 = np.ones(len(folded), dtype=bool)
        keep2[drop] = False
        parts, last = [], 0
        for d in drop:
            parts.append(folded[last:d])
            last = d + 1
        parts.append(folded[last:])
        folded = "".join(parts)
        index = index[keep2]
    return NormalText(folded, index, len(text))
