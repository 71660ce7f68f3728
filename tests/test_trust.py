"""No sentence of any report page is built from a figure that is not the region's own or not read
with confidence: every figure id an analysis table cites is a usable row (helpers.analysis.trust).

The pages' sentences are written from the implied-growth, checks and targets tables
(helpers.analysis.narrate), so checking the ids those tables cite, on every bundled report,
checks every sentence.
"""

from __future__ import annotations

import re

import pytest

from helpers.analysis import checks, growth, targets, trust
from helpers.config import RAW_DIR
from helpers.run.pipeline import open_report

from .factories import corpus_figures

REPORTS = sorted(p for p in RAW_DIR.glob("*.txt"))
_ID = re.compile(r"[0-9A-Za-z\u4e00-\u9fff_.-]+:\d+")  # report ids are safe ids (metadata.safe_report_id)


def _cited(column) -> set[str]:
    return {m.group(0) for cell in column.dropna().astype(str) for m in _ID.finditer(cell)}


@pytest.mark.slow
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_analyses_cite_only_usable_figures(path):
    report = open_report(path)
    figs = corpus_figures(report)
    implied = growth.implied_growth(figs)
    tgt = targets.compare_targets(figs, implied, targets.qualitative_targets(report.raw.text, report.year))
    chk = checks.consistency_checks(figs, implied)
    cited = _cited(implied["figure_ids"]) | _cited(chk["inputs"])
    numeric = tgt[tgt["target_kind"] != "qualitative"]  # a qualitative target's id is a place in the text
    cited |= _cited(numeric["figure_id"])
    cited |= set().union(*(_cited(tgt[c]) for c in ("history_5y_source", "last_year_source", "last_level_source")))
    left_out = set(trust.to_review(figs)["figure_id"])
    assert not cited & left_out, f"{path.name}: analyses cite rows to review: {sorted(cited & left_out)[:5]}"
    assert cited <= set(figs["figure_id"]), f"{path.name}: cited ids not in the figures table"
