"""The notebook chain runs on reports it was not written against, not only on the bundled one.

Notebooks 02 and 03 were once written against Jiangmen 2021 and failed on any report without its
figures (no investment path, no cumulative target). The whole chain runs, through the batch
command, on a spread of the corpus (factories.REAL_CHAIN_SUBSET): the bundled city report,
national reports from each decade (with and without a five-year review) and a 2026 province.
That batch is shared with the other tests that read real pages (conftest.py `real_chain_batch`).
"""

from __future__ import annotations

import pytest

from .factories import REAL_CHAIN_SUBSET


@pytest.mark.slow
def test_chain_succeeds_on_a_representative_subset_of_the_corpus(real_chain_batch):
    entries = real_chain_batch["entries"]
    status = {e["report_id"]: e["status"] for e in entries if e.get("kind", "report") == "report"}
    assert set(status) == set(REAL_CHAIN_SUBSET)
    failed = {e["report_id"]: e.get("error") for e in entries if e["status"] != "ok"}
    assert not failed, failed
    for report_id in REAL_CHAIN_SUBSET:
        assert (real_chain_batch["clean"] / report_id / "targets.csv").exists(), report_id
        assert (real_chain_batch["clean"] / report_id / "implied_growth.csv").exists(), report_id
