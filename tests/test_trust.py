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


def test_what_the_pages_say_about_trust_is_what_the_gold_measures_now(tmp_path, monkeypatch):
    # The pages quote the held-out record of reference/extraction_accuracy.csv (narrate.accuracy_paragraph).
    # Measured again on the same gold tables, each rate stays within 2 points of it: a change of the
    # extractor that moves them must record them again (python -m helpers evaluate … --record held_out).
    from helpers.analysis import narrate
    from helpers.extract import evaluate
    from helpers.run import cli
    from helpers.run.pipeline import extracted

    from .factories import DATA

    recorded = trust.measured_accuracy("held_out")
    assert recorded is not None and int(recorded["tables"]) == len(recorded["reports"].split())
    scores = []
    for report_id in recorded["reports"].split():
        # the bundled held-out reports' tables beside the others, the provincial ones in held_out/ with their texts
        gold_path = next(
            p for p in (DATA / "gold" / f"{report_id}.csv", DATA / "gold" / "held_out" / f"{report_id}.csv") if p.is_file()
        )
        found = extracted(open_report(evaluate.raw_path(gold_path, report_id, RAW_DIR)))
        scores.append(evaluate.score(evaluate.load_gold(gold_path), found, trust.usable_mask(found))[0])
    now = evaluate.accuracy_record("held_out", scores, "today")
    assert int(now["rows"]) == int(recorded["rows"])
    rates = (("fully_correct", "rows"), ("used_correct", "used_rows"), ("indicator_correct", "indicator_rows"),
             ("narrated_right", "narrated_rows"))  # fmt: skip
    for part, whole in rates:
        assert abs(now[part] / now[whole] - int(recorded[part]) / int(recorded[whole])) <= 0.02, part
    text = narrate.accuracy_paragraph()
    assert f"{int(recorded['rows'])} figures read by hand" in text and "95 % interval" in text
    assert "Of the figures the sentences narrate" in text  # the held-out tables have a blind indicator layer

    # --record writes the pooled counts as one named row, replacing an earlier row of that name
    monkeypatch.setattr(cli, "ACCURACY_CSV", tmp_path / "accuracy.csv")
    hebei = str(DATA / "gold" / "2026_河北省.csv")
    for _ in range(2):
        assert cli.main(["evaluate", hebei, "--record", "trial"]) == 0
    table = __import__("pandas").read_csv(tmp_path / "accuracy.csv")
    assert table["name"].tolist() == ["trial"] and table["rows"].iloc[0] == 59 and table["reports"].iloc[0] == "2026_河北省"
    # nothing recorded: the page says so rather than quoting a rate
    monkeypatch.setattr(trust, "ACCURACY_CSV", tmp_path / "none.csv")
    assert "has not been measured" in narrate.accuracy_paragraph()


@pytest.mark.slow
def test_every_flag_the_extractor_sets_is_explained_to_the_reviewer():
    # the review sheet says what each flag means (src/helpers/reference/flags.csv): a flag the extractor starts setting
    # without an entry would reach reviewers as a bare code
    flags = {
        f for path in REPORTS for cell in corpus_figures(open_report(path))["flags"].fillna("") for f in cell.split(";") if f
    }
    assert {"subject_bare", "subject_fragment", "subject_not_found"} <= flags
    assert all(": " in trust.explained(f)[0] for f in flags), sorted(f for f in flags if ": " not in trust.explained(f)[0])
