"""The figures schema keeps every check it makes, however it is made fast (issue 12, speed budget).

Each case breaks one field of a real row of the Jiangmen table and expects pandera's SchemaError
naming the check that caught it; the missing values each check allows still pass. The one pass that
answers for an already-typed table (`schema._as_figures_schema_would`) is held to FIGURES_SCHEMA itself: the same
rejections, worded the same, and the same tables returned, for the broken rows and for real reports.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.errors
import pandera.pandas as pa
import pytest
from pandera.config import ValidationDepth, config_context

from helpers.config import RAW_DIR
from helpers.extract import schema
from helpers.extract.schema import FIGURES_SCHEMA, TABLE_COLUMNS, validate_figures


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


# FIGURES_SCHEMA against the one pass: whatever the one pass answers, FIGURES_SCHEMA would have answered.


def _as_validated(table: pd.DataFrame) -> pd.DataFrame:
    """The table as validate_figures hands it to the schemas: with `source`, its columns in order."""
    return (table if "source" in table else table.assign(source="extracted"))[TABLE_COLUMNS]


def _same_error(ours: pandera.errors.SchemaError, theirs: pandera.errors.SchemaError) -> None:
    assert str(ours) == str(theirs) and repr(ours.check) == repr(theirs.check)
    assert ours.reason_code == theirs.reason_code
    if isinstance(theirs.failure_cases, pd.DataFrame):
        pd.testing.assert_frame_equal(ours.failure_cases, theirs.failure_cases)
    else:  # a column name or a dtype, for an error about the table's shape
        assert ours.failure_cases == theirs.failure_cases


def _broken_tables(jiangmen_figures) -> dict[str, pd.DataFrame]:
    """Every BROKEN row, a duplicate id, a missing column, and one broken row among the whole real table."""
    row = _row(jiangmen_figures)
    tables = {
        c + ":" + ",".join(f): _row(jiangmen_figures, **{k: row[v].iloc[0] if v == "char_start" else v for k, v in f.items()})
        for f, c in BROKEN
    }  # fmt: skip
    tables["duplicate figure_id"] = pd.concat([row, row], ignore_index=True)
    tables["no sentence"] = row.drop(columns="sentence")
    whole = jiangmen_figures.copy()
    whole.loc[whole.index[-1], "section"] = "preface"  # every other value of the column as in a valid table
    tables["one bad section in the whole table"] = whole
    return tables


def test_the_one_pass_rejects_what_figures_schema_rejects_in_the_same_words(jiangmen_figures):
    for name, table in _broken_tables(jiangmen_figures).items():
        typed = schema._typed(_as_validated(table)) if "sentence" in table else None
        assert typed is None or not schema._as_figures_schema_would(typed), name
        with pytest.raises(pandera.errors.SchemaError) as theirs:
            FIGURES_SCHEMA.validate(_as_validated(table) if "sentence" in table else table.assign(source="extracted"))
        with pytest.raises(pandera.errors.SchemaError) as ours:
            validate_figures(table)
        _same_error(ours.value, theirs.value)


@pytest.fixture(scope="module")
def real_tables(jiangmen_figures) -> dict[str, pd.DataFrame]:
    """Valid tables of real reports: the bundled one, a national, a provincial and a municipal report."""
    from helpers.run.pipeline import figures, open_report

    names = ["2016_national", "2026_广东省", "2026_北京市"]
    return {"jiangmen": jiangmen_figures} | {n: figures(open_report(RAW_DIR / f"{n}.txt")) for n in names}


def test_the_one_pass_accepts_what_figures_schema_accepts_and_returns_the_same_table(jiangmen_figures, real_tables):
    tables = dict(real_tables)
    tables["missing values"] = _row(jiangmen_figures, period_start=None, value_high=None, unit=None, qualifier=None)
    tables["extractor's columns, untyped"] = jiangmen_figures.drop(columns="source").astype(object)
    tables["no rows"] = pd.DataFrame({c: [] for c in TABLE_COLUMNS[:-1]})
    for name, table in tables.items():
        typed = schema._typed(_as_validated(table))
        assert typed is not None and schema._as_figures_schema_would(typed), name  # the one pass answered
        theirs = FIGURES_SCHEMA.validate(_as_validated(table))
        pd.testing.assert_frame_equal(validate_figures(table), theirs, check_exact=True)


def test_the_one_pass_answers_only_for_a_table_in_figures_schema_dtypes(jiangmen_figures):
    """It returns the table it was given: a column pandera would still coerce (here char_start as float,
    which FIGURES_SCHEMA accepts and returns as int) is left to FIGURES_SCHEMA."""
    as_float = _as_validated(jiangmen_figures).astype({"char_start": float})
    assert not schema._as_figures_schema_would(as_float)
    assert validate_figures(as_float)["char_start"].dtype == "int64"


def test_the_one_pass_is_read_from_figures_schema():
    """Its columns, dtypes and check objects are FIGURES_SCHEMA's own: nothing kept by hand beside it."""
    assert [r.name for r in schema._RULES] == list(FIGURES_SCHEMA.columns) == TABLE_COLUMNS
    for rule in schema._RULES:
        column = FIGURES_SCHEMA.columns[rule.name]
        assert rule.checks is column.checks and rule.dtype == column.dtype.type
        assert (rule.nullable, rule.unique) == (column.nullable, column.unique)


@pytest.mark.parametrize(
    "changed",
    [
        FIGURES_SCHEMA.update_column("unit", default=""),
        FIGURES_SCHEMA.update_column("unit", parsers=[pa.Parser(lambda s: s.str.strip())]),
        FIGURES_SCHEMA.add_columns({"day": pa.Column("date")}),  # a dtype check that reads the values
        FIGURES_SCHEMA.set_index(["report_id"]),
    ],
    ids=["default", "parser", "date column", "index"],
)
def test_a_schema_feature_the_one_pass_does_not_reproduce_stops_the_import(changed):
    with pytest.raises(NotImplementedError):
        schema._column_rules(changed)


def test_qualifiers_read_in_python_as_pandas_reads_them():
    values = ["about", "strive+at_least", "about+", "+about", "about\n", "ABOUT", None, "", "about+maybe", "at_most+strive"]
    fast = schema._qualifier_ok(pd.Series(values, dtype="str"))
    general = schema._qualifier_ok(pd.Series(values, dtype=object))
    assert fast.tolist() == general.tolist() == [True, True, False, False, False, False, True, False, False, True]


def test_at_a_partial_validation_depth_figures_schema_answers(jiangmen_figures):
    """pandera skips the one pass (a data check) at SCHEMA_ONLY, where FIGURES_SCHEMA still checks the columns."""
    preface = _row(jiangmen_figures, section="preface")
    with config_context(validation_depth=ValidationDepth.SCHEMA_ONLY):
        pd.testing.assert_frame_equal(validate_figures(preface), FIGURES_SCHEMA.validate(_as_validated(preface)))
        with pytest.raises(pandera.errors.SchemaError, match="non-nullable series 'sentence'"):
            validate_figures(_row(jiangmen_figures, sentence=None))
