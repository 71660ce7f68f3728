"""Every report in the corpus goes through; headline figures equal what we read in the texts.

Expected values: tests/data/corpus_expected.csv, read by hand from each text (CORPUS_README.md).
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.extract.sections import find_sections
from helpers.extract.text import normalise
from helpers.run.pipeline import open_report, read_reports

from .factories import DATA, corpus_figures, corpus_file

EXPECTED = pd.read_csv(DATA / "corpus_expected.csv")
FILES = sorted(EXPECTED["file"].unique())
INDICATOR = {
    "gdp_target": "gdp",
    "gdp_prev_growth": "gdp",
    "cpi_target": "cpi",
    "urban_jobs_target": "urban_new_jobs",
    "unemployment_target": "unemployment_rate",
    "gdp_5y_avg": "gdp",
}


def _figs(file: str) -> pd.DataFrame:
    return corpus_figures(open_report(corpus_file(file)))


@pytest.mark.parametrize("file", FILES)
def test_extraction_runs_and_finds_the_sections(file):
    report = open_report(corpus_file(file))
    parts = set(find_sections(normalise(report.raw.text).text, report.year)["section"])
    assert "plan_year" in parts
    assert parts & {"review_year", "review_5y"}
    assert len(_figs(file)) > 20


@pytest.mark.parametrize("file", FILES)
def test_headline_figures_equal_the_hand_read_values(file):
    rows = EXPECTED[(EXPECTED["file"] == file) & (EXPECTED["status"] == "stated")]
    got = _figs(file).set_index("char_start")
    for e in rows.itertuples():
        assert e.char_start in got.index, f"{file}: {e.item} {e.number_text} not extracted"
        r = got.loc[e.char_start]
        assert r["indicator"] == INDICATOR[e.item], f"{file}: {e.item}"
        assert r["value"] == e.value and (pd.isna(e.value_high) or r["value_high"] == e.value_high)
        assert r["is_target"] == e.item.endswith("_target"), f"{file}: {e.item} target flag"
        assert (r["period_start"], r["period_end"]) == (e.period_start, e.period_end), f"{file}: {e.item} period"
        want_q = None if pd.isna(e.qualifier) or e.qualifier == "none" else e.qualifier
        assert (None if pd.isna(r["qualifier"]) else r["qualifier"]) == want_q, f"{file}: {e.item} qualifier"


def test_gdp_target_and_previous_growth_for_most_reports():
    found = 0
    for file in FILES:
        rows = EXPECTED[
            (EXPECTED["file"] == file)
            & EXPECTED["item"].isin(["gdp_target", "gdp_prev_growth"])
            & (EXPECTED["status"] == "stated")
        ]
        got = _figs(file)
        target = got[
            (got["indicator"] == "gdp") & got["is_target"] & (got["measure"] == "growth_yoy") & (got["section"] == "plan_year")
        ]
        found += int(
            len(rows[rows["item"] == "gdp_target"])
            and target.iloc[0]["value"] == rows[rows["item"] == "gdp_target"].iloc[0]["value"]
        )
    assert found >= 20


def test_at_least_half_of_the_corpus_rows_carry_a_dictionary_indicator_with_an_english_name():
    # issue 12: the indicator dictionary (reference/indicators.csv) grows as data until at least half of
    # the rows of the corpus carry one of its ids; every id a row carries has an English name
    figs = pd.concat([_figs(file) for file in FILES], ignore_index=True)
    named = figs[figs["indicator"] != "other"]
    print(f"\n{len(named)} of {len(figs)} corpus rows ({len(named) / len(figs):.1%}) carry a dictionary indicator")
    assert len(named) / len(figs) >= 0.5
    assert named["indicator_en"].fillna("").str.strip().ne("").all()


def test_reports_read_on_two_processes_are_the_rows_of_one_in_order(tmp_path):
    """`read_reports` (the panel's folder read) forks workers: the rows must not depend on it, a bad file
    among good ones is reported by name and stops nothing, and the order is the order asked."""
    bad = tmp_path / "2020_broken.txt"
    bad.write_bytes(bytes(range(256)) * 4)  # binary, not a text
    paths = [corpus_file("2016_national.txt"), bad, corpus_file("2026_河北省.txt")]
    reports, failed = read_reports(paths, jobs=2)
    assert [r.report_id for r, _ in reports] == ["2016_national", "2026_河北省"]
    assert [f["file"] for f in failed] == ["2020_broken.txt"] and failed[0]["error"]
    for report, figs in reports:
        pd.testing.assert_frame_equal(figs, corpus_figures(open_report(corpus_file(f"{report.report_id}.txt"))))
