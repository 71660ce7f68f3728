"""Which figures an analysis may build on: the region's own rows, read with confidence.

A growth rate, a consistency check or a target verdict is a sentence about the region. Built on a
figure of the Greater Bay Area (粤港澳大湾区经济总量, scope `wider`), a district (城市副中心, `part`)
or a row whose subject the extractor could not find (`confidence` low), it would be a confident
false sentence. Every analysis therefore starts from `usable(figs)`; the rows it leaves out are
listed by `to_review(figs)` with their sentence, for a person to check (docs/figures.md, columns
scope and confidence).

Worked example (Guangdong 2026): 经济总量15万亿元 at char 4410 is the Greater Bay Area's (wider);
it is left out of the province's GDP path and listed to review, so no page derives a Guangdong
growth rate or deflator from it.
"""

from __future__ import annotations

import pandas as pd

REVIEW_COLUMNS = ["figure_id", "section", "indicator_zh", "measure", "value", "unit", "scope", "confidence", "why", "sentence"]


def usable_mask(figs: pd.DataFrame) -> pd.Series:
    """True for rows of the region itself (scope own) read with high confidence.

    Tables made before the scope and confidence columns existed count as usable throughout.
    """
    own = figs["scope"].eq("own") if "scope" in figs else pd.Series(True, index=figs.index)
    sure = figs["confidence"].eq("high") if "confidence" in figs else pd.Series(True, index=figs.index)
    return own & sure


def usable(figs: pd.DataFrame) -> pd.DataFrame:
    """The rows an analysis may turn into sentences."""
    return figs[usable_mask(figs)]


def to_review(figs: pd.DataFrame) -> pd.DataFrame:
    """The rows left out of the analyses, each with why, for a person to check.

    >>> rows = pd.DataFrame({"figure_id": ["r:1", "r:2"], "section": "review_5y", "indicator_zh": ["经济总量", ""],
    ...     "measure": "level", "value": [15.0, 3.0], "unit": ["万亿元", "个"], "scope": ["wider", "own"],
    ...     "confidence": ["high", "low"], "flags": ["", "subject_not_found"], "sentence": ["…", "…"]})
    >>> to_review(rows)["why"].tolist()
    ['scope wider: not the region as a whole', 'subject_not_found']
    """
    out = figs[~usable_mask(figs)].copy()
    if out.empty:
        return pd.DataFrame(columns=REVIEW_COLUMNS)
    scope = out["scope"].where(out["scope"] == "own", "scope " + out["scope"] + ": not the region as a whole")
    why = [", ".join(x for x in (s if s != "own" else "", f) if x) for s, f in zip(scope, out["flags"])]
    return out.assign(why=why)[REVIEW_COLUMNS]
