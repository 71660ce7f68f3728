"""The figures schema keeps every check it makes, however it is made fast (issue 12, speed budget).

Each case breaks one field of a real row of the Jiangmen table and expects pandera's SchemaError
naming the check that caught it; the missing values each check allows still pass.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.errors
import pytest

from helpers.extract.schema import validate_figures


def _row(jiangmen_figures: pd.DataFrame, **fields) -> pd.DataFrame:
    """The first GDP level with a period (地区生产总值3201亿元, 2020) with `fields` changed."""
    gdp = jiangmen_figures[(jiangmen_figures["indicator"] == "gdp") & (jiangmen_figures["measure"] == "level")]
    row = gdp[gdp["period_start"].notna()].head(1).copy()
    for column, value in fields.items():
        row[column] = pd.Series([value], index=row.index, dtype=object if value is None else None)
    return row


BROKEN = [
    ({"section": "preface"}, "isin"),
    ({"indicator": "GDP"}, "str_matches"),
    ({"measure": "levels"}, "isin"),
    ({"value": np.inf}, "finite"),
    ({"qualifier": "about+maybe"}, "_qualifier_ok"),
    ({"scope": "mine"}, "isin"),
    ({"confidence": "medium"}, "isin"),
    ({"char_start": -1, "char_end": 3}, "greater_than_or_equal_to"),
    ({"char_end": "char_start"}, "span_not_empty"),  # ends where it starts (the row's own char_start)
    ({"figure_id": "jiangmen-2021:1"}, "figure_id_is_report_and_start"),
    ({"period_start": 2021, "period_end": 2020}, "period_ordered"),
    ({"value_high": 1.0}, "range_ordered"),
    ({"sentence": None}, "not_nullable"),
    ({"measure": None}, "not_nullable"),
]


@pytest.mark.parametrize(("fields", "check"), BROKEN, ids=[c + ":" + ",".join(f) for f, c in BROKEN])
def test_each_check_still_rejects_a_broken_row(jiangmen_figures, fields, check):
    row = _row(jiangmen_figures)
    fields = {k: row[v].iloc[0] if v == "char_start" else v for k, v in fields.items()}
    with pytest.raises(pandera.errors.SchemaError) as caught:
        validate_figures(_row(jiangmen_figures, **fields))
    assert check in str(getattr(caught.value.check, "name", None) or caught.value.check)


def test_a_duplicate_figure_id_is_rejected(jiangmen_figures):
    row = _row(jiangmen_figures)
    with pytest.raises(pandera.errors.SchemaError, match="duplicate"):
        validate_figures(pd.concat([row, row], ignore_index=True))


def test_a_missing_column_is_rejected(jiangmen_figures):
    with pytest.raises(pandera.errors.SchemaError, match="sentence"):
        validate_figures(_row(jiangmen_figures).drop(columns="sentence"))


def test_the_missing_values_each_check_allows_still_pass(jiangmen_figures):
    """A year missing at either end, no range, no unit, no qualifier: what real rows have."""
    row = _row(jiangmen_figures, period_start=None, value_high=None, unit=None, qualifier=None, base_period=None)
    out = validate_figures(row)
    assert out["period_start"].isna().all() and out["period_end"].notna().all()
    assert str(out["unit"].dtype) == "str" and str(out["period_start"].dtype) == "Int64"


def test_the_whole_table_passes_with_its_dtypes(jiangmen_figures):
    out = validate_figures(jiangmen_figures)
    pd.testing.assert_frame_equal(out, jiangmen_figures)
    assert (out.dtypes.astype(str) == "str").sum() == 20
