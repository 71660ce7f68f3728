"""The period and measure of a figure: the constructions that date it and say what it measures.

Each test names the construction (docs/figures.md, "Periods" and "Measures") and reads real
sentences of the bundled reports; the number is found by an anchor read in the raw text, and the
expected fields are worked by hand from the sentence and the report's year.
"""

from __future__ import annotations

import functools

import pytest

from helpers.config import RAW_DIR
from helpers.run.pipeline import figures, open_report


@functools.cache
def _read_figures(report: str):
    return figures(open_report(RAW_DIR / f"{report}.txt"))


@functools.cache
def _text(report: str) -> str:
    return open_report(RAW_DIR / f"{report}.txt").raw.text


def _after(report: str, anchor: str):
    """The row of the number right after `anchor` (a phrase found once by reading the raw text)."""
    figs = _read_figures(report)
    return figs[figs["char_start"] == _text(report).index(anchor) + len(anchor)].iloc[0]


def test_a_basis_word_after_the_base_is_not_part_of_it():
    # 2007: 城镇居民人均可支配收入11759元，…扣除价格因素，分别比上年实际增长10.4%和7.4%: a real growth
    # on last year (growth_yoy, base 上年, basis real), not a change over a base called 上年实际
    for number, anchor in ((10.4, "分别比上年实际增长"), (7.4, "分别比上年实际增长10.4%和")):
        row = _after("2007_national", anchor)
        assert (row["value"], row["measure"], row["base_period"], row["basis"]) == (number, "growth_yoy", "上年", "real")


@pytest.mark.parametrize(
    "report,anchor,value",
    [
        # 2023: 将增值税收入占比最高、涉及行业广泛的税率从17%降至13%: 占比 is part of the tax rate's
        # description, no whole is written; the rate is a level (gold C4), 17 % in 2017
        ("2023_national", "涉及行业广泛的税率从", 17),
        # Zhejiang 2026: 实际使用外资115.6亿美元，其中制造业外资占比40.9%: a compound …占比 name, a level
        ("2026_浙江省", "其中制造业外资占比", 40.9),
    ],
)
def test_a_ratio_named_with_zhanbi_is_a_level_not_a_share(report, anchor, value):
    row = _after(report, anchor)
    assert (row["value"], row["measure"]) == (value, "level")
