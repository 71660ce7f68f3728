"""data/raw is read-only: the bundled report is byte for byte the shared one, its sidecar says so."""

from __future__ import annotations

import hashlib

import pytest
import yaml

from helpers.config import BUNDLED_REPORT
from helpers.extract.metadata import load_metadata, safe_report_id

from .factories import SHARED

JIANGMEN_SHA256 = "eceb029db62e01f846849dbe7007ff226d385b2f0d219b84e43ff6168cb9c337"


def test_bundled_report_is_unchanged():
    assert hashlib.sha256(BUNDLED_REPORT.read_bytes()).hexdigest() == JIANGMEN_SHA256


@pytest.mark.skipif(not (SHARED / "data" / "jiangmen-2021.txt").exists(), reason="shared/ not beside the checkout")
def test_bundled_report_is_the_shared_file():
    assert BUNDLED_REPORT.read_bytes() == (SHARED / "data" / "jiangmen-2021.txt").read_bytes()


def test_sidecar_describes_the_report():
    meta = load_metadata(BUNDLED_REPORT)
    side = yaml.safe_load(BUNDLED_REPORT.with_name("jiangmen-2021.meta.yml").read_text(encoding="utf-8"))
    assert side["sha256"] == JIANGMEN_SHA256
    assert (meta["report_id"], meta["region"], meta["level"], meta["province"]) == ("jiangmen-2021", "江门市", "city", "广东省")
    assert meta["report_year"] == 2021 and str(meta["delivered"]) == "2021-03-04"


@pytest.mark.parametrize(
    "name,expected",
    [("../../x", "x"), ("a;b|c`d", "a-b-c-d"), ("2026_广东省", "2026_广东省"), ("..", None), ("$(rm -rf)", "rm--rf")],
)
def test_report_ids_are_safe_folder_names(name, expected):
    from helpers.errors import ReportError

    if expected is None:
        with pytest.raises(ReportError):
            safe_report_id(name)
    else:
        assert safe_report_id(name) == expected
