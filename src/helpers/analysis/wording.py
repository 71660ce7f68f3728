"""One wording of targets and qualifiers for every page: notebooks, report index, batch index.

A light module (the csv module only, no pandas): the batch index renders with it on a no-op rerun,
which must not load the heavy libraries. The words are data: `reference/qualifiers.csv`.

>>> target_words(4.5, 5.0, "%", "at_least"), target_words(6.0, None, "%", "about"), target_words(None)
('4.5–5 % 以上 at least', '6 % 左右 about', '–')
"""

from __future__ import annotations

import csv
import math
from functools import lru_cache

from helpers.config import REFERENCE_DIR

MISSING = "–"


@lru_cache(maxsize=1)
def shown_qualifiers() -> dict[str, str]:
    """Qualifier id -> its wording, Chinese word then English meaning: {'at_least': '以上 at least', …}."""
    with open(REFERENCE_DIR / "qualifiers.csv", encoding="utf-8", newline="") as fh:
        return {row["qualifier"]: row["shown"] for row in csv.DictReader(fh)}


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or (not isinstance(x, (int, float)) and x != x)


def qualifier_words(qualifier) -> str:
    """'at_least' -> '以上 at least'; combined ones ('strive+at_least') in order; '' when there is none.

    >>> qualifier_words("strive+at_least"), qualifier_words(None), qualifier_words(float("nan"))
    ('力争 strive 以上 at least', '', '')
    """
    if not isinstance(qualifier, str) or not qualifier:
        return ""
    shown = shown_qualifiers()
    return " ".join(shown.get(q, q) for q in qualifier.split("+") if q)


def target_words(value, value_high=None, unit: str | None = "%", qualifier=None) -> str:
    """A target as the report words it, both ends of a range kept: '4.5–5 % 以上 at least'."""
    if _missing(value):
        return MISSING
    high = "" if _missing(value_high) else f"–{value_high:g}"
    text = f"{value:g}{high}" + (f" {unit}" if isinstance(unit, str) and unit else "")
    return " ".join(filter(None, [text, qualifier_words(qualifier)]))
