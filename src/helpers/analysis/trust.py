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

import functools
import re

import pandas as pd

from helpers.config import ACCURACY_CSV, FLAGS_CSV
from helpers.extract.text import number_spans


def measured_accuracy(name: str = "held_out") -> pd.Series | None:
    """The counts measured on the gold tables under `name` (src/helpers/reference/extraction_accuracy.csv,
    written by `python -m helpers evaluate GOLD… --record NAME`), or None when nothing was recorded.

    `held_out` are reports nobody tuned the extractor to: what a reader of a new report can expect."""
    if not ACCURACY_CSV.exists():
        return None
    table = pd.read_csv(ACCURACY_CSV, dtype={"name": str, "measured_on": str, "reports": str})
    rows = table[table["name"] == name]
    return rows.iloc[-1] if len(rows) else None


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
    ['scope wider: not the region as a whole', 'subject_not_found: no words of the sentence name what the number measures']

    Each flag is given with what it means (src/helpers/reference/flags.csv), so a reviewer knows what to look at.
    """
    out = figs[~usable_mask(figs)].copy()
    if out.empty:
        return pd.DataFrame(columns=REVIEW_COLUMNS)
    scope = out["scope"].where(out["scope"] == "own", "scope " + out["scope"] + ": not the region as a whole")
    why = [", ".join(x for x in (s if s != "own" else "", *explained(f)) if x) for s, f in zip(scope, out["flags"].fillna(""))]
    return out.assign(why=why)[REVIEW_COLUMNS]


def explained(flags: str) -> list[str]:
    """Each flag of a row's `flags` (`;`-separated) with what it means, as the review sheet shows it.

    >>> explained("subject_bare")[0].split(": ")[0], explained("subject_bare")[0].endswith("whose it is may stand in another clause")
    ('subject_bare', True)
    """
    meaning = _flag_meanings()
    return [f"{f}: {meaning[f]}" if f in meaning else f for f in str(flags).split(";") if f]


@functools.lru_cache(maxsize=1)
def _flag_meanings() -> dict[str, str]:
    """reference/flags.csv, read once (to_review explains the flags of every row it lists)."""
    table = pd.read_csv(FLAGS_CSV, dtype=str)
    return dict(zip(table["flag"], table["explanation"]))


# The review sheet: every figure, the ones to check first on top, in the columns a correction uses.
SHEET_COLUMNS = [
    "id", "check_first", "why", "on_pages", "char_start", "char_end", "number_text", "indicator", "indicator_zh", "measure",
    "value", "value_high", "unit", "period_start", "period_end", "base_period", "is_target", "qualifier", "scope",
    "section", "confidence", "source", "before", "number", "after",
]  # fmt: skip


def review_sheet(figs: pd.DataFrame, checks: pd.DataFrame | None = None, implied: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per figure for a person to check, the doubtful ones first, each with its number located.

    Checked first: what `to_review` leaves out of the analyses (low confidence, scope not own) and
    rows whose subject the extractor could not name (indicator other, indicator_zh empty). The
    sentence comes in three parts, `before`, `number`, `after`, so a page can highlight the number
    and a CSV can mark it 【】 (`marked`). Jiangmen 2021: 建成全国首家博士后创新示范中心和11家院士工作站 gives
    before 建成全国首家博士后创新示范中心和, number 11, after 家院士工作站。
    `checks` (helpers.analysis.checks.consistency_checks) adds the inputs of every failed check: one
    of them is misread, or the report disagrees with itself.
    `implied` (helpers.analysis.growth.implied_growth) marks the inputs of the computations the pages
    show (`on_pages`) and lists them next: on reports nobody tuned the extractor to, about one in seven
    such rows has a wrong field (reference/extraction_accuracy.csv), and a wrong one becomes a wrong
    sentence, so they are the rows most worth a person's time after the doubtful ones. Then come the figures
    without a dictionary indicator, named only by their sentence's words, which unseen reports read right less
    often (narrate.undictionary_rate), and last the dictionary rows no page uses.
    """
    if figs.empty:
        return pd.DataFrame(columns=SHEET_COLUMNS)
    why = to_review(figs).set_index("figure_id")["why"]
    no_subject = figs["indicator"].eq("other") & figs["indicator_zh"].fillna("").str.strip().eq("")
    failed: dict[str, str] = {}
    if checks is not None and len(checks):
        for r in checks[~checks["passed"].astype(bool)].itertuples():
            for fid in re.findall(r"[^;\s]+:\d+(?:\.\d+)?", str(r.inputs)):  # a shared number: r:8912.2
                failed[fid] = f"failed check {r.check}"
    reasons = [
        ", ".join(x for x in (why.get(fid, ""), "no subject" if ns else "", failed.get(fid, "")) if x)
        for fid, ns in zip(figs["figure_id"], no_subject)
    ]
    sentences = figs["sentence"].fillna("").tolist()
    spans = number_spans(zip(sentences, figs["number_text"], figs["char_start"], figs["char_end"]))
    sheet = figs.assign(
        id=figs["figure_id"],
        why=reasons,
        before=[s if a < 0 else s[:a] for s, (a, _) in zip(sentences, spans)],
        number=["" if a < 0 else s[a:b] for s, (a, b) in zip(sentences, spans)],
        after=["" if a < 0 else s[b:] for s, (a, b) in zip(sentences, spans)],
    )
    used: set[str] = set()
    if implied is not None and len(implied):
        for ids in implied.loc[implied["status"].eq("ok"), "figure_ids"].dropna():
            used.update(re.findall(r"[^;\s]+:\d+(?:\.\d+)?", str(ids)))
    sheet["check_first"] = sheet["why"].ne("")
    sheet["on_pages"] = sheet["id"].isin(used)
    # then the figures named only by their sentence's words (no dictionary indicator): on the held-out reports they
    # are right about six times in ten, against nine in ten for dictionary rows (narrate.undictionary_rate)
    sheet = sheet.assign(_named=figs["indicator"].ne("other")).sort_values(
        ["check_first", "on_pages", "_named", "char_start"], ascending=[False, False, True, True], kind="stable"
    )
    return sheet.reindex(columns=SHEET_COLUMNS).reset_index(drop=True)


def marked(sheet: pd.DataFrame) -> pd.DataFrame:
    """The sheet for a spreadsheet: the sentence in one column with the number marked 【】."""
    found = sheet["number"].ne("")
    sentence = (sheet["before"] + "【" + sheet["number"] + "】" + sheet["after"]).where(found, sheet["before"])
    return sheet.drop(columns=["before", "number", "after"]).assign(sentence=sentence)
