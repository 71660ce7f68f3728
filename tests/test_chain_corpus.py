"""The notebook chain runs on reports it was not written against, not only on the bundled one.

Notebooks 02 and 03 were once written against Jiangmen 2021 and failed on any report without its
figures (no investment path, no cumulative target). This runs the whole chain, through the batch
command, on a spread of the corpus: the bundled city report, national reports from each decade
(with and without a five-year review) and two 2026 provinces.
"""

from __future__ import annotations

import shutil

import pytest

from helpers.config import PROJECT_ROOT
from helpers.extract.metadata import sidecar_path
from helpers.run import batch

RAW = PROJECT_ROOT / "data" / "raw"
SUBSET = (
    "jiangmen-2021",
    "2006_national",
    "2011_national",
    "2016_national",
    "2021_national",
    "2025_national",
    "2026_广东省",
    "2026_河北省",
)


@pytest.mark.slow
def test_chain_succeeds_on_a_representative_subset_of_the_corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for stem in SUBSET:
        report = RAW / f"{stem}.txt"
        shutil.copy(report, raw / report.name)
        shutil.copy(sidecar_path(report), raw / sidecar_path(report).name)

    entries = batch.run_batch(raw, tmp_path / "reports", tmp_path / "clean", jobs=2, force=True)

    status = {e["report_id"]: e["status"] for e in entries if e.get("kind", "report") == "report"}
    assert set(status) == set(SUBSET)
    failed = {e["report_id"]: e.get("error") for e in entries if e["status"] != "ok"}
    assert not failed, failed
    for report_id in SUBSET:
        assert (tmp_path / "clean" / report_id / "targets.csv").exists(), report_id
        assert (tmp_path / "clean" / report_id / "implied_growth.csv").exists(), report_id
