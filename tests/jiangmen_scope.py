"""The parts of the Jiangmen report that tests/data/jiangmen_expected.csv covers, found by their words."""

from __future__ import annotations

import pandas as pd

FIELDS = ["indicator", "measure", "value", "value_high", "unit", "period_start", "period_end", "is_target", "qualifier"]


def scope_spans(text: str) -> list[tuple[int, int]]:
    """Raw-text spans hand-coded in the expected table (see tests/data/README.md)."""
    a = text.index("“十三五”时期及2020年工作回顾")
    b = text.index("三、抢抓“双区”建设机遇")
    c = text.index("“十四五”时期的目标任务")
    d = text.index("2021年工作安排")
    e = text.index("今年经济社会发展主要预期目标是")
    f = text.index("\n", e)
    return [(a, b), (c, d), (e, f)]


def in_scope(df: pd.DataFrame, spans: list[tuple[int, int]]) -> pd.DataFrame:
    mask = pd.Series(False, index=df.index)
    for a, b in spans:
        mask |= (df["char_start"] >= a) & (df["char_start"] < b)
    return df[mask]


def load_expected(path) -> pd.DataFrame:
    exp = pd.read_csv(path, dtype={"unit": str, "qualifier": str, "base_period": str, "note": str})
    exp["is_target"] = exp["is_target"].astype(str).str.lower().eq("true")
    return exp


def _same(a, b) -> bool:
    if pd.isna(a) and pd.isna(b):
        return True
    if pd.isna(a) or pd.isna(b):
        return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-9
    return str(a) == str(b)


def compare(got: pd.DataFrame, expected: pd.DataFrame) -> tuple[float, float, pd.DataFrame]:
    """Precision and recall of extracted rows against expected ones, matched on char_start.

    A match counts only if every field in FIELDS agrees. Returns the mismatches for reading. The
    expected table has one row per number: of a number shared by several subjects (docs/figures.md)
    the first subject's row is compared.
    """
    g = got.drop_duplicates("char_start").set_index("char_start")
    e = expected.set_index("char_start")
    problems = []
    correct = 0
    for pos, row in e.iterrows():
        if pos not in g.index:
            problems.append({"char_start": pos, "number": row["number_text"], "issue": "missed"})
            continue
        diffs = [f"{f}: got {g.at[pos, f]!r} want {row[f]!r}" for f in FIELDS if not _same(g.at[pos, f], row[f])]
        if diffs:
            problems.append({"char_start": pos, "number": row["number_text"], "issue": "; ".join(diffs)})
        else:
            correct += 1
    for pos in g.index.difference(e.index):
        problems.append({"char_start": pos, "number": g.at[pos, "number_text"], "issue": "extra"})
    precision = correct / len(g) if len(g) else 0.0
    recall = correct / len(e) if len(e) else 0.0
    return precision, recall, pd.DataFrame(problems)
