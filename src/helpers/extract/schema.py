"""The figures table: the contract between extraction and everything after it.

One row per figure stated in a report: a number and the subject it measures (a number shared by
several subjects gives one row per subject, with one place in the text). Every later step (implied growth, checks, targets, the
panel) reads only these columns, so they are validated here with pandera before anything is
written: a row that breaks the contract fails loudly at the edge instead of quietly downstream.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera import dtypes
from pandera.config import ValidationDepth, get_config_context
from pandera.engines import pandas_engine

SECTIONS = ("review_5y", "review_year", "problems", "plan_5y", "plan_year", "other")
MEASURES = (
    "level",  # 地区生产总值3201亿元: a stock or a flow in one period
    "cumulative",  # 五年累计完成8852亿元: a flow summed over several years
    "growth_yoy",  # 增长2.2% / 下降3.7%: growth on the previous year
    "growth_avg",  # 年均增长5.9%: average annual growth over a period
    "change_pct",  # 比"十二五"期末增长126.8%: percent change over several years
    "change_abs",  # 比2015年增加961亿元: absolute change against a base
    "multiple",  # 是"十二五"期末的9倍
    "change_multiple",  # 增长1.71倍: (1 + 1.71) times the base, not 1.71 times
    "pp_change",  # 高9.3个百分点 / 上升3个百分点
    "share",  # 约占规上工业总产值的一半 / 占全国调度量的40%
    "rank",  # 排全省第1
    "rank_change",  # 排名较上年提升2位: places moved up (+) or down (-) a ranking, unit 位
    "count",  # 新建中小学校29所: a number of discrete things or people
    "threshold",  # 经济总量连续迈上4万亿、5万亿两个台阶: a mark crossed, not a level of the subject
)
QUALIFIERS = ("at_least", "about", "at_most", "over", "nearly", "more_than", "strive")
BASES = ("real", "nominal", "none")
# Whose figure: the region as a whole, a part of it, an area containing it, another region.
SCOPES = ("own", "part", "wider", "other")
# Who read the row: the extractor, the extractor with a person's correction, a person alone
# (data/corrections/<report_id>.csv, docs/corrections.md).
SOURCES = ("extracted", "corrected", "added")

COLUMNS = [
    "report_id",
    "figure_id",
    "section",
    "indicator",
    "indicator_zh",
    "indicator_en",
    "basis",
    "basis_from",
    "measure",
    "value",
    "value_high",
    "unit",
    "value_std",
    "unit_std",
    "period_start",
    "period_end",
    "base_period",
    "is_target",
    "qualifier",
    "preliminary",
    "scope",
    "char_start",
    "char_end",
    "number_text",
    "sentence",
    "rule",
    "confidence",
    "flags",
]
# The table every step after extraction reads: the extractor writes COLUMNS, the corrections step
# (helpers.extract.corrections) adds `source`. A table without it is the extractor's own reading.
TABLE_COLUMNS = [*COLUMNS, "source"]


_QUALIFIER_RE = "(?:{q})(?:\\+(?:{q}))*".format(q="|".join(QUALIFIERS))


_QUALIFIER = re.compile(_QUALIFIER_RE)


def _qualifier_ok(series: pd.Series) -> pd.Series:
    """Qualifiers combine with '+' (strive+at_least for 力争…以上); each part must be known.

    A column of strings (what FIGURES_SCHEMA checks, after coercing) is matched value by value in Python:
    the same answer as pandas' `.str.fullmatch` below (tests/test_schema.py holds them together), without
    the conversion to "string" and back: 0.2 ms instead of 1.5 for Guangdong's 335 rows.

    >>> _qualifier_ok(pd.Series(["strive+at_least", None, "about+maybe"], dtype="str")).tolist()
    [True, True, False]
    """
    missing = series.isna()
    if not isinstance(series.dtype, pd.StringDtype):
        return missing | series.astype("string").str.fullmatch(_QUALIFIER_RE).fillna(False).astype(bool)
    return pd.Series([m or _QUALIFIER.fullmatch(v) is not None for m, v in zip(missing.tolist(), series.tolist())],
                     index=series.index, dtype=bool, name=series.name)  # fmt: skip


def _figure_id_ok(df: pd.DataFrame) -> pd.Series:
    """figure_id is <report_id>:<char_start>, or <report_id>:<char_start>.<k> (k = 2, 3 …) for the
    later subjects of one number shared by several (社会消费品零售总额、固定资产投资均增长4%: two rows,
    one place in the text; docs/figures.md). The columns are read as lists (`tolist`), not value by value
    through pandas, and an id equal to its stem (nearly all) passes without the regex: 1 ms instead of 2.6
    for Guangdong's 335 rows, the same answer.

    >>> _figure_id_ok(pd.DataFrame({"report_id": "r", "char_start": [7, 7, 7], "figure_id": ["r:7", "r:7.2", "r:8"]})).tolist()
    [True, True, False]
    """
    stems = (f"{r}:{c}" for r, c in zip(df["report_id"].tolist(), df["char_start"].tolist()))
    return pd.Series([i == s or (_ID_SUFFIX.fullmatch(str(i).removeprefix(s)) is not None if str(i).startswith(s) else False)
                      for i, s in zip(df["figure_id"].tolist(), stems)], index=df.index, dtype=bool)  # fmt: skip


_ID_SUFFIX = re.compile(r"(\.([2-9]|[1-9]\d+))?")

# The checks below compute on the columns' numpy arrays, read as floats (a missing value a NaN): one numpy operation
# each instead of three or four pandas operators (a masked Int64 comparison, isna, or), each of which costs about a
# tenth of a millisecond on a table of a few hundred rows whatever it computes (2.5 ms a report for the four checks
# as pandas expressions). The same Series (values, dtype, index, name), so failures read as they always did.


def _floats(s: pd.Series) -> np.ndarray:
    """The column's values as floats, a missing one (NaN, NA) as NaN."""
    return s.to_numpy(dtype="float64", na_value=np.nan)


def _finite(s: pd.Series) -> pd.Series:
    """Each value is a number, neither missing nor infinite.

    >>> _finite(pd.Series([1.5, float("inf"), float("nan"), -float("inf")])).tolist()
    [True, False, False, False]
    """
    return pd.Series(np.isfinite(_floats(s)), index=s.index, name=s.name)


def _span_not_empty(df: pd.DataFrame) -> pd.Series:
    """The number's span ends after it starts."""
    return pd.Series(_floats(df["char_end"]) > _floats(df["char_start"]), index=df.index)


def _period_ordered(df: pd.DataFrame) -> pd.Series:
    """The period starts no later than it ends; a missing year at either end passes (pandas' nullable boolean, as
    `start.isna() | end.isna() | (start <= end)` gives).

    >>> _period_ordered(pd.DataFrame({"period_start": [2020, 2021, None], "period_end": [2020, 2020, 2019]}, dtype="Int64")).tolist()
    [True, False, True]
    """
    start, end = _floats(df["period_start"]), _floats(df["period_end"])
    return pd.Series(np.isnan(start) | np.isnan(end) | (start <= end), index=df.index, dtype="boolean")


def _range_ordered(df: pd.DataFrame) -> pd.Series:
    """A range's high end is at least its low end; no range (a missing value_high) passes.

    >>> _range_ordered(pd.DataFrame({"value": [1.0, 2.0, 3.0], "value_high": [2.0, 1.0, float("nan")]})).tolist()
    [True, False, True]
    """
    low, high = _floats(df["value"]), _floats(df["value_high"])
    return pd.Series(np.isnan(high) | (high >= low), index=df.index)


@dtypes.immutable(init=True)
class _Text(pandas_engine.STRING):
    """pandas' `str` columns, whose dtype is checked once per column instead of once per value.

    Why: for pandas' string dtype pandera 0.35 answers the dtype check with one True per value, and
    then builds and prints an (empty) table of failure cases for every string column of every
    table: a third of the time validation took, for twenty columns of a report's figures. A column
    that already has the string dtype passes as a whole, the same verdict; anything else (an object
    column) is left to pandera's own per-value check, so its failure cases still name the values.

    >>> _Text().check(pandas_engine.Engine.dtype(pd.Series(["国内生产总值"]).dtype))
    True
    >>> FIGURES_SCHEMA.columns["report_id"].dtype.check(pandas_engine.Engine.dtype(int))
    False
    """

    def check(self, pandera_dtype, data_container=None):
        if isinstance(pandera_dtype, pandas_engine.STRING) and pandera_dtype.type == self.type:
            return True
        return super().check(pandera_dtype, data_container)


def _table_check(fn, name: str) -> pa.Check:
    """A check across columns: each says itself what a missing value means (`period_ordered` lets
    a missing year pass), so pandera's own rule for rows missing in every column is not needed
    (such a row fails the columns that may not be missing first); skipping it saves scanning the
    whole table for missing values once per check.
    """
    return pa.Check(fn, name=name, ignore_na=False)


FIGURES_SCHEMA = pa.DataFrameSchema(
    {
        "report_id": pa.Column(_Text()),
        "figure_id": pa.Column(_Text(), unique=True),
        "section": pa.Column(_Text(), pa.Check.isin(SECTIONS)),
        "indicator": pa.Column(_Text(), pa.Check.str_matches(r"^[a-z][a-z0-9_]*$")),
        "indicator_zh": pa.Column(_Text()),
        "indicator_en": pa.Column(_Text()),
        "basis": pa.Column(_Text(), pa.Check.isin(BASES)),
        "basis_from": pa.Column(_Text(), pa.Check.isin(("text", "indicator", "unit"))),
        "measure": pa.Column(_Text(), pa.Check.isin(MEASURES)),
        "value": pa.Column(float, pa.Check(_finite, name="finite")),
        "value_high": pa.Column(float, nullable=True),
        "unit": pa.Column(_Text(), nullable=True),
        "value_std": pa.Column(float),
        "unit_std": pa.Column(_Text(), nullable=True),
        "period_start": pa.Column("Int64", nullable=True),
        "period_end": pa.Column("Int64", nullable=True),
        "base_period": pa.Column(_Text(), nullable=True),
        "is_target": pa.Column(bool),
        "qualifier": pa.Column(_Text(), pa.Check(_qualifier_ok, element_wise=False), nullable=True),
        "preliminary": pa.Column(bool),
        "scope": pa.Column(_Text(), pa.Check.isin(SCOPES)),
        "char_start": pa.Column(int, pa.Check.ge(0)),
        "char_end": pa.Column(int, pa.Check.ge(1)),
        "number_text": pa.Column(_Text()),
        "sentence": pa.Column(_Text()),
        "rule": pa.Column(_Text()),
        "confidence": pa.Column(_Text(), pa.Check.isin(("high", "low"))),
        "flags": pa.Column(_Text()),
        "source": pa.Column(_Text(), pa.Check.isin(SOURCES)),
    },
    checks=[
        _table_check(_span_not_empty, "span_not_empty"),
        _table_check(_figure_id_ok, "figure_id_is_report_and_start"),
        _table_check(_period_ordered, "period_ordered"),
        _table_check(_range_ordered, "range_ordered"),
    ],
    strict=True,
    ordered=True,
    coerce=True,
)


def empty_figures() -> pd.DataFrame:
    """A figures table with no rows but every column and dtype: what a report without figures gives."""
    return _EMPTY.copy()


def validate_figures(df: pd.DataFrame) -> pd.DataFrame:
    """Validate (and coerce) a figures table; raises pandera's SchemaError naming the broken check.

    A table without `source` (what the extractor writes) is read as the extractor's: source "extracted".
    A table whose columns are FIGURES_SCHEMA's, in order, is judged by `_as_figures_schema_would` (FIGURES_SCHEMA's
    verdict in one pass: 20 ms instead of 35 for Guangdong's 335 rows); any other table, and any table it rejects,
    goes through FIGURES_SCHEMA itself, so a failure reads as it always did. A table it accepts is returned as a
    table of its own (a copy when it would be the caller's very object), registered as FIGURES_SCHEMA's
    (`df.pandera.schema`), as FIGURES_SCHEMA's own output is.

    Why the verdict is asked directly, not as the one check of a pandera schema: pandera's validation around one
    check (a copy of the table, its columns collected and matched against none, the check's bookkeeping) cost a
    millisecond or two a table, a fifth of validating it. A check that raises counts as failed, as pandera
    counts it.
    """
    given = df
    if "source" not in df.columns and set(COLUMNS) <= set(df.columns):
        df = df.assign(source="extracted")
    in_order = df.columns.tolist() == TABLE_COLUMNS  # what the extractor writes: no reordering needed
    table = df[TABLE_COLUMNS] if not in_order and set(TABLE_COLUMNS) <= set(df.columns) else df
    typed = _typed(table) if _every_check_runs() else None
    if typed is not None:
        try:
            accepted = _as_figures_schema_would(typed)
        except Exception:  # pandera reads a check that raises as a failed one; the schema below says why
            accepted = False
        if accepted:
            return (typed.copy() if typed is given else typed).pandera.add_schema(FIGURES_SCHEMA)
    return FIGURES_SCHEMA.validate(table)


def _typed(table: pd.DataFrame) -> pd.DataFrame | None:
    """The table with each column coerced as FIGURES_SCHEMA coerces it, or None when a column would not coerce.

    Why: pandera coerces every column of every table (a deep copy of the column's schema, then an astype to the
    dtype it already has, for nearly all of them): a third of the time validation took. Only a column whose dtype
    differs is coerced here, the way pandera does it (`try_coerce`), and the checks run as before; any failure goes
    to FIGURES_SCHEMA itself, so errors read as they always did.
    """
    if list(table.columns) != TABLE_COLUMNS:
        return None
    stale = {}
    for (name, column), dtype in zip(FIGURES_SCHEMA.columns.items(), table.dtypes.tolist()):
        if dtype != column.dtype.type:
            try:
                stale[name] = column.dtype.try_coerce(table[name])
            except Exception:  # pandera reports it, below
                return None
    return table.assign(**stale) if stale else table


def _every_check_runs() -> bool:
    """False when pandera is told to skip part of validation (PANDERA_VALIDATION_DEPTH, PANDERA_VALIDATION_ENABLED).

    Why: `_as_figures_schema_would` checks the data, which pandera skips at depth SCHEMA_ONLY, where FIGURES_SCHEMA
    still checks the columns and their dtypes; so at any depth but the full one the table goes to FIGURES_SCHEMA.
    """
    config = get_config_context()
    return config.validation_enabled and config.validation_depth in (None, ValidationDepth.SCHEMA_AND_DATA)


# Dtype checks that read the dtype alone, never the values: for these, a column whose dtype is the very one
# FIGURES_SCHEMA coerces it to passes the check on any data (asked once, at import, in `_column_rules`).
_DTYPE_ONLY_CHECKS = {
    pandas_engine.DataType.check, dtypes.DataType.check, dtypes._Number.check, dtypes.Int.check,
    dtypes.Float.check, _Text.check,
}  # fmt: skip


class _ColumnRule(NamedTuple):
    """What FIGURES_SCHEMA asks of one column, as `_as_figures_schema_would` asks it."""

    name: str
    dtype: object  # the pandas dtype FIGURES_SCHEMA coerces the column to
    nullable: bool
    unique: bool
    checks: list[pa.Check]  # FIGURES_SCHEMA's own check objects, not copies


def _column_rules(schema: pa.DataFrameSchema) -> list[_ColumnRule]:
    """Each column of `schema` as a `_ColumnRule`, read from the schema itself, so the one pass cannot drift from it.

    Raises NotImplementedError when the schema uses a feature the one pass does not reproduce (a parser, a
    default, an index, a dtype check that reads the values ...): extend `_as_figures_schema_would` first.

    >>> [(r.name, str(r.dtype), r.nullable, [c.name for c in r.checks]) for r in _column_rules(FIGURES_SCHEMA)][8:10]
    [('measure', 'str', False, ['isin']), ('value', 'float64', False, ['finite'])]
    """
    unsupported = [
        f for f, v in (("index", schema.index), ("parsers", schema.parsers), ("dtype", schema.dtype),
                       ("unique", schema.unique), ("add_missing_columns", schema.add_missing_columns),
                       ("drop_invalid_rows", schema.drop_invalid_rows)) if v
    ]  # fmt: skip
    rules = []
    for name, column in schema.columns.items():
        dtype_check = type(column.dtype).check
        # `_typed` coerces every column: a column FIGURES_SCHEMA would not coerce must fail its dtype check instead
        if column.regex or column.parsers or column.default is not None or column.drop_invalid_rows:
            unsupported.append(name)
        elif not (schema.coerce or column.coerce):
            unsupported.append(f"{name} (not coerced)")
        elif dtype_check not in _DTYPE_ONLY_CHECKS or not column.dtype.check(pandas_engine.Engine.dtype(column.dtype.type)):
            unsupported.append(f"{name} (dtype check {dtype_check.__qualname__})")
        rules.append(_ColumnRule(name, column.dtype.type, column.nullable, column.unique, column.checks))
    if unsupported:
        raise NotImplementedError(f"the one-pass figures check does not reproduce: {unsupported}")
    return rules


def _as_figures_schema_would(table: pd.DataFrame) -> bool:
    """True when FIGURES_SCHEMA accepts `table` (a `_typed` table): its columns in order, each column's dtype,
    nullability, uniqueness and checks, then the checks across columns, all FIGURES_SCHEMA's own.

    Why: pandera validates each of the 29 columns as a schema component of its own (a copy of the component,
    its dtype resolved, a scan for missing values, its checks, each with its own bookkeeping): about half a
    millisecond a column, most of what validating a table cost, though each check is a vectorised pandas
    call. Here the dtypes are compared in one list, the missing values found in one pass, and each check
    object of FIGURES_SCHEMA is called on the table as pandera calls it (`check(table, column)`, so
    ignore_na drops what it drops). A False is not worded here: FIGURES_SCHEMA re-runs and says what broke.
    """
    if list(table.columns) != _COLUMN_NAMES or table.dtypes.tolist() != _DTYPES:
        return False
    missing = table.isna().any().to_dict()  # a dict: a Series looked up by name costs microseconds a column
    for rule in _RULES:
        if (not rule.nullable and missing[rule.name]) or (rule.unique and not table[rule.name].is_unique):
            return False
        if not all(_column_passes(check, table, rule.name, missing[rule.name]) for check in rule.checks):
            return False
    return all(_passes(check, table) for check in FIGURES_SCHEMA.checks)


def _column_passes(check: pa.Check, table: pd.DataFrame, name: str, has_missing: bool) -> bool:
    """`check(table, name).check_passed`; an isin check of a column without missing values answered from its set.

    Why: pandas' `isin` over a column of strings took 0.2 ms a column (a third of a millisecond through pandera),
    for eight such checks of every table; the distinct values of a column of 100 strings are a subset of the
    allowed ones, or not, in a hundredth of that. The same verdict: with no missing value (which pandera would drop
    first) every value is a string of the column's dtype, allowed when it is in the check's own allowed values.
    """
    allowed = _ALLOWED.get(id(check))
    if allowed is not None and not has_missing:
        return set(table[name].tolist()) <= allowed
    return _passes(check, table, name, has_missing)


def _passes(check: pa.Check, table: pd.DataFrame, name: str | None = None, has_missing: bool = False) -> bool:
    """`check(table, name).check_passed` for a column (`name`) or a check across columns, computed as pandera's
    pandas backend computes it: the check's function on the column (without its missing values when the check
    ignores them and there are some) or on the table, and the verdict the output's `all()` (a Series) or the output
    itself (a bool). Anything else (a check grouped or element-wise, a table check that ignores missing values, an
    output of another kind) is left to pandera.

    Why: around each call of the check's function pandera finds a backend, and for a Series output compares indexes
    and asks `all()` again to collect failure cases: a third of a millisecond a check, 8 checks a table. Only the
    verdict is needed here; a table that fails goes to FIGURES_SCHEMA, which says why.
    """
    if check.groupby is not None or check.element_wise or (name is None and check.ignore_na):
        return check(table, name).check_passed
    data = table if name is None else table[name].dropna() if check.ignore_na and has_missing else table[name]
    output = check._check_fn(data, **check._check_kwargs)
    if isinstance(output, pd.Series):
        return bool(output.all())
    if isinstance(output, (bool, np.bool_)):
        return bool(output)
    return check(table, name).check_passed


_RULES = _column_rules(FIGURES_SCHEMA)
_COLUMN_NAMES = [rule.name for rule in _RULES]
_DTYPES = [rule.dtype for rule in _RULES]
# FIGURES_SCHEMA's isin checks (by the check object) and the values each allows (`_column_passes`)
_ALLOWED = {
    id(check): frozenset(check.statistics["allowed_values"])
    for rule in _RULES
    for check in rule.checks
    if check.name == "isin" and not check.element_wise and check.groupby is None
}

_EMPTY = validate_figures(pd.DataFrame({c: [] for c in COLUMNS}))

# The columns a reader looks at first (notebook 01, explore): what the figure is, its number, its years.
READING_COLUMNS = [
    "section", "indicator", "indicator_zh", "measure", "value", "value_high", "unit", "period_start", "period_end",
    "base_period", "is_target", "qualifier",
]  # fmt: skip
