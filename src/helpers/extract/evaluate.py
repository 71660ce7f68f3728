"""The extractor measured against gold tables read by hand: recall, precision, field agreement.

A gold table (tests/data/gold/CONVENTIONS.md gives its columns and the conventions it follows) lists
every figure of one report, each field decided by a person reading the raw text. This module
matches the extractor's rows to the gold rows by the place of the number in the raw text and
compares field by field. The same comparison measures two independent gold passes against each
other (inter-annotator agreement) or a team's corrected table against the extractor.

Matching: a gold row and an extracted row match when their number spans overlap
(`char_start`, `char_end`); when one number carries several rows (one per subject, 社会消费品零售总额、
固定资产投资均增长4%), rows are paired by subject first, then in order. Unpaired gold rows are
misses (recall), unpaired extracted rows false figures (precision).

Fields compared on matched rows: value (with value_high), unit, measure, period (start and end),
base_period, is_target, qualifier, scope, subject. A row is *fully correct* when all nine agree.
An extracted table without a `scope` column is read as claiming every row for the region itself
(`own`): that is what every analysis assumed before the column existed.

What the pages stand on: the analyses build only on the rows `helpers.analysis.trust.usable` keeps
(the region's own, read with high confidence) and write sentences from those with a dictionary
indicator. Given that mask, the score also counts those rows and how many are fully correct
(`used_correct`, `indicator_correct`), and the used rows the gold does not have (`used_false`):
the share of the pages' figures a reader can trust, which the rate over all rows does not show.

Which quantity a row is (its dictionary `indicator`) is judged apart from the nine fields, where a
blind indicator layer exists beside the gold table (`indicator/<report_id>.csv`, made as
tests/data/gold/INDICATORS.md says): how many matched rows carry the gold's id (`id_agree`), and of
the rows the pages narrate (used, with a dictionary id) how many name the quantity the gold names
(`narrated_right`). A subject written a little differently can still be the right quantity, and a
subject written right can be given the wrong id; the pages show the id, so this is what a reader of
a sentence trusts.

Worked example (the 2026 Hebei gold, one row): 生产总值 3.68万亿元 at char 457 is a level of 2020,
not of 2025 (从2020年的3.68万亿元增长到…): an extractor that dates it 2025 has the row matched
(recall), value and unit right, the period wrong, so the row is not fully correct.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.errors import ReportError
from helpers.extract.sections import plan_end_written
from helpers.extract.text import in_simplified_script

GOLD_COLUMNS = [
    "report_id", "char_start", "char_end", "number_text", "section", "subject", "measure", "value", "value_high",
    "unit", "period_start", "period_end", "base_period", "is_target", "qualifier", "scope", "note",
]  # fmt: skip
FIELDS = ("value", "unit", "measure", "period", "base_period", "is_target", "qualifier", "scope", "subject")
MAX_GOLD_BYTES = 5 * 1024 * 1024  # a gold table of a long report is ~100 kB

# Words that name the reporting region or a time, not the quantity: the gold's subjects leave them
# out (CONVENTIONS.md, "subject"), so they are removed from both sides before comparing.
_SUBJECT_NOISE = re.compile(r"^(全省|全市|全区|全国|全年|我省|我市|我区|我国|今年|去年|上年|本省|本市)+")
_SUBJECT_MARKS = re.compile(r"[“”\"'‘’《》「」（）()【】\s]")
# 占生产总值的比重 and 占生产总值比重, 收入的增幅 and 收入增幅 name one quantity: the 的 that only joins a quantity to the
# share or growth word ending the subject is left out of the comparison (CONVENTIONS.md S64a).
_LINKING_DE = re.compile(r"的(?=(?:比重|比例|增幅|增速)$)")
_QUOTES = re.compile(r"[“”\"'‘’\s]")


def load_gold(path: str | Path) -> pd.DataFrame:
    """A gold table, checked: the columns of GOLD_COLUMNS, one report per file, offsets as integers.

    A corrected figures table (`figures.csv` with its `source` column) is accepted too: a team's
    corrections then measure the extractor on their own reports.

    Raises ReportError (one line naming the file) for a missing file, a file too large to be a gold
    table, missing columns or unreadable offsets.
    """
    p = Path(path)
    if not p.is_file():
        raise ReportError(p, "no such gold table")
    gold = _read_bounded(p, "a gold table")
    if {"figure_id", "indicator_zh", "source"} <= set(gold.columns):
        gold = _from_corrected_table(gold)
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ReportError(p, f"missing columns {missing} (see tests/data/gold/CONVENTIONS.md)")
    if gold.empty or gold["report_id"].nunique() != 1:
        raise ReportError(p, "a gold table holds the rows of exactly one report")
    try:
        for col in ("char_start", "char_end"):
            gold[col] = gold[col].astype(int)
    except ValueError:
        raise ReportError(p, "char_start and char_end must be integers") from None
    return _with_indicator_layer(gold, p)


def _read_bounded(path: Path, what: str) -> pd.DataFrame:
    """A hand-made table read as text, refused (naming the file) when it is too large to be one."""
    if path.stat().st_size > MAX_GOLD_BYTES:
        raise ReportError(path, f"larger than {MAX_GOLD_BYTES // 1024 // 1024} MB: not {what}")
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def raw_path(gold_path: str | Path, report_id: str, raw_dir: str | Path) -> Path:
    """The raw text a gold table was read from: `raw_dir/<report_id>.txt`, else `raw/<report_id>.txt` beside the table.

    Why: the bundled reports' gold tables read the texts of data/raw/; the held-out provincial tables keep their texts
    beside them (tests/data/gold/held_out/raw/), outside the corpus the batch runs on, so one `evaluate` pools both.

    >>> raw_path("tests/data/gold/held_out/2026_x.csv", "2026_x", "/nowhere").as_posix()
    'tests/data/gold/held_out/raw/2026_x.txt'
    """
    bundled = Path(raw_dir) / f"{report_id}.txt"
    return bundled if bundled.is_file() else Path(gold_path).parent / "raw" / f"{report_id}.txt"


def indicator_layer_path(gold_path: str | Path) -> Path:
    """Where the blind indicator layer of a gold table lies: `indicator/<name>` beside it."""
    p = Path(gold_path)
    return p.parent / "indicator" / p.name


def _with_indicator_layer(gold: pd.DataFrame, gold_path: Path) -> pd.DataFrame:
    """The gold table with the `indicator` column of its blind layer, when the layer exists.

    The layer has one row per gold row, in its order, with the gold row's `char_start` and `subject` copied
    (tests/data/gold/INDICATORS.md); a layer that does not line up with its table is refused, naming the file,
    rather than pairing ids with the wrong rows.
    """
    path = indicator_layer_path(gold_path)
    if not path.is_file():
        return gold
    layer = _read_bounded(path, "an indicator layer")
    if not {"char_start", "subject", "indicator"} <= set(layer.columns):
        raise ReportError(
            path, "an indicator layer has the columns char_start, subject, indicator (tests/data/gold/INDICATORS.md)"
        )
    keys = list(zip(layer["char_start"].str.strip(), layer["subject"]))
    if keys != list(zip(gold["char_start"].astype(str), gold["subject"])):
        raise ReportError(
            path, f"does not line up with {gold_path.name}: one row per gold row, same char_start and subject, same order"
        )
    return gold.assign(indicator=layer["indicator"].str.strip().to_numpy())


def _from_corrected_table(table: pd.DataFrame) -> pd.DataFrame:
    """A team's corrected figures table (figures.csv after data/corrections/) read as a gold table.

    Rows a person checked (source corrected or added) and the extractor's rows they kept stand as
    the gold; measuring the extractor against it counts exactly the team's corrections as errors.
    """
    return table.assign(subject=table["indicator_zh"], note=table["source"])


def _number(x) -> float:
    try:
        return float(x)
    except (TypeError, ValueError):
        return math.nan


def _same_number(a, b) -> bool:
    a, b = _number(a), _number(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _text(x) -> str:
    return "" if x is None or (isinstance(x, float) and math.isnan(x)) else str(x).strip()


def _year(x) -> str:
    n = _number(x)
    return "" if math.isnan(n) else str(int(n))


def normal_subject(subject) -> str:
    """A subject as compared: no quotes or brackets, no leading region or time word, in simplified characters (a gold
    table of a report in traditional script may copy the text's 生産總值; the extractor reads such a text in simplified
    characters, `text.simplified`; CONVENTIONS.md, session 57), and without a 的 that only joins a quantity to the share
    or growth word that ends the name (S64a: the blind tables wrote 占生产总值比重 for the text's 占生产总值的比重 in 25
    rows and kept the 的 in 6; neither reading changes what is measured).

    >>> normal_subject("全省“地区生产总值”"), normal_subject("规上工业增加值"), normal_subject("全省生産總值")
    ('地区生产总值', '规上工业增加值', '生产总值')
    >>> normal_subject("税收占财政收入的比重"), normal_subject("地方一般公共预算收入的增幅"), normal_subject("人的比重变化")
    ('税收占财政收入比重', '地方一般公共预算收入增幅', '人的比重变化')
    """
    return _LINKING_DE.sub("", _SUBJECT_NOISE.sub("", _SUBJECT_MARKS.sub("", in_simplified_script(_text(subject)))))


def normal_base(base) -> str:
    """'“十三五”期末' -> '十三五期末'; '2020年' -> '2020'; the plan's end however the text spells it, 末, 末期, 期末 or 时期末,
    is one base (tests/data/gold/CONVENTIONS.md, base_period: the annotators wrote it as the text does, or as 期末).

    >>> normal_base("“十三五”末"), normal_base("十三五末期"), normal_base("十三五期末"), normal_base("十三五")
    ('十三五期末', '十三五期末', '十三五期末', '十三五')
    """
    return plan_end_written(_QUOTES.sub("", _text(base)).removesuffix("年"))


_UNIT_FORMS = str.maketrans("％（）", "%()")


def _normal_unit(unit) -> str:
    """A unit as compared: the full-width and half-width forms of % and brackets alike (the extractor writes a web
    copy's 条(段) as the report's own 条（段）).

    >>> _normal_unit("万套（间）") == _normal_unit("万套(间)"), _normal_unit("％"), _normal_unit("億元")
    (True, '%', '亿元')
    """
    return in_simplified_script(_text(unit).translate(_UNIT_FORMS))


def _bool(x) -> bool:
    return _text(x).lower() in ("true", "1", "yes")


def agreement(gold_row: dict, row: dict) -> dict[str, bool]:
    """Field by field: does the extracted (or second-pass) row agree with the gold row?"""
    return {
        "value": _same_number(gold_row["value"], row["value"]) and _same_number(gold_row["value_high"], row["value_high"]),
        "unit": _normal_unit(gold_row["unit"]) == _normal_unit(row["unit"]),
        "measure": _text(gold_row["measure"]) == _text(row["measure"]),
        "period": (_year(gold_row["period_start"]), _year(gold_row["period_end"]))
        == (_year(row["period_start"]), _year(row["period_end"])),
        "base_period": normal_base(gold_row["base_period"]) == normal_base(row["base_period"]),
        "is_target": _bool(gold_row["is_target"]) == _bool(row["is_target"]),
        "qualifier": _text(gold_row["qualifier"]) == _text(row["qualifier"]),
        "scope": _text(gold_row["scope"]) == (_text(row.get("scope")) or "own"),
        "subject": normal_subject(gold_row["subject"]) == normal_subject(row["subject"]),
    }


def as_candidate(figures: pd.DataFrame) -> list[dict]:
    """Extracted figures (or a second gold pass) as rows with the gold's field names."""
    rows = figures.to_dict("records")
    for r in rows:
        r.setdefault("subject", r.get("indicator_zh"))
    return rows


def match(gold: list[dict], found: list[dict]) -> list[tuple[int, int | None]]:
    """Pairs (gold index, found index or None): spans overlap; same subject first, then in order."""
    free = set(range(len(found)))
    by_start = sorted(range(len(found)), key=lambda j: found[j]["char_start"])
    pairs = []
    for i, g in enumerate(gold):
        over = [
            j for j in by_start if j in free and found[j]["char_start"] < g["char_end"] and g["char_start"] < found[j]["char_end"]
        ]
        same = [j for j in over if normal_subject(found[j]["subject"]) == normal_subject(g["subject"])]
        j = (same or over or [None])[0]
        if j is not None:
            free.discard(j)
        pairs.append((i, j))
    return pairs


@dataclass
class Score:
    """One report's figures against its gold."""

    report_id: str
    n_gold: int
    n_found: int
    matched: int
    agree: dict[str, int]
    fully_correct: int
    # the matched rows the analyses use, those with a dictionary indicator, how many of each are fully
    # correct, and the used rows the gold does not have (all 0 when no mask was given)
    used: int = 0
    used_correct: int = 0
    indicator: int = 0
    indicator_correct: int = 0
    used_false: int = 0
    # the matched rows read with low confidence and how many of them are fully correct: how well the flag
    # separates (a flag worth having marks rows that are right far less often than the rest)
    low: int = 0
    low_correct: int = 0
    # against a blind indicator layer (0 when the gold has none): matched rows compared and those with the
    # gold's id; the used rows with a dictionary id (what the pages narrate) compared and those right; the
    # gold rows with a dictionary id and how many of them the extractor gave it (what the pages could narrate)
    id_rows: int = 0
    id_agree: int = 0
    narrated: int = 0
    narrated_right: int = 0
    gold_named: int = 0
    gold_named_found: int = 0
    # per construction (the extracted row's `rule`): matched rows, fully correct, subject right (`rule_table`)
    by_rule: dict[str, list[int]] = dataclasses.field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.matched / self.n_gold if self.n_gold else math.nan

    @property
    def precision(self) -> float:
        return self.matched / self.n_found if self.n_found else math.nan

    def rate(self, field: str) -> float:
        return self.agree[field] / self.matched if self.matched else math.nan

    @property
    def fully_correct_rate(self) -> float:
        """Fully-correct rows among the gold rows: a missed figure is not a correct row."""
        return self.fully_correct / self.n_gold if self.n_gold else math.nan

    def as_row(self) -> dict:
        return {
            "report_id": self.report_id, "gold": self.n_gold, "extracted": self.n_found, "matched": self.matched,
            "recall": self.recall, "precision": self.precision,
            **{f: self.rate(f) for f in FIELDS}, "fully_correct": self.fully_correct_rate,
            "used": self.used, "used_correct": _share(self.used_correct, self.used), "used_false": self.used_false,
            "indicator_rows": self.indicator, "indicator_correct": _share(self.indicator_correct, self.indicator),
            "low_rows": self.low, "low_correct": _share(self.low_correct, self.low),
            "id_rows": self.id_rows, "id_agree": _share(self.id_agree, self.id_rows),
            "narrated": self.narrated, "narrated_right": _share(self.narrated_right, self.narrated),
            "gold_named": self.gold_named, "gold_named_found": _share(self.gold_named_found, self.gold_named),
        }  # fmt: skip


def _share(part: int, whole: int) -> float:
    return part / whole if whole else math.nan


def score(gold: pd.DataFrame, found: pd.DataFrame, used: pd.Series | None = None) -> tuple[Score, pd.DataFrame]:
    """The score of `found` against `gold`, and one row per disagreement (field, gold, found, sentence).

    `used` (one bool per row of `found`, as `helpers.analysis.trust.usable_mask` gives) marks the rows the
    analyses build on; with it the score also counts how many of them are fully correct."""
    g_rows, f_rows = gold.to_dict("records"), as_candidate(found)
    in_use = [bool(x) for x in used] if used is not None else [False] * len(f_rows)
    agree = dict.fromkeys(FIELDS, 0)
    fully, matched, errors = 0, 0, []
    trust = dict(used=0, used_correct=0, indicator=0, indicator_correct=0, low=0, low_correct=0)
    ids = dict.fromkeys(_ID_COUNTS, 0)
    by_rule: dict[str, list[int]] = {}
    pairs = match(g_rows, f_rows)
    for i, j in pairs:
        g = g_rows[i]
        if j is None:
            errors.append(_error(g, "missed", g["subject"], ""))
            continue
        matched += 1
        result = agreement(g, f_rows[j])
        for field, ok in result.items():
            agree[field] += ok
            if not ok:
                errors.append(_error(g, field, _shown(g, field), _shown(f_rows[j], field), f_rows[j].get("rule")))
        right = all(result.values())
        fully += right
        counts = by_rule.setdefault(_text(f_rows[j].get("rule")) or "(none)", [0, 0, 0])
        counts[0] += 1
        counts[1] += right
        counts[2] += result["subject"]
        if _text(f_rows[j].get("confidence")) == "low":
            trust["low"] += 1
            trust["low_correct"] += right
        named = _text(f_rows[j].get("indicator")) not in ("", "other")
        if in_use[j]:
            trust["used"] += 1
            trust["used_correct"] += right
            trust["indicator"] += named
            trust["indicator_correct"] += named and right
        if gold_id := _text(g.get("indicator")):
            found_id = _text(f_rows[j].get("indicator")) or "other"
            _count_ids(ids, gold_id, found_id, narrated=in_use[j] and named)
            if found_id != gold_id:
                errors.append(_error(g, "indicator", gold_id, found_id, f_rows[j].get("rule")))
    paired = {j for _, j in pairs if j is not None}
    for j, f in enumerate(f_rows):
        if j not in paired:
            errors.append(_error(f, "not in gold", "", _text(f["subject"]), f.get("rule")))
    false_used = sum(1 for j in range(len(f_rows)) if j not in paired and in_use[j])
    report_id = str(gold["report_id"].iloc[0])
    # the columns stand even when nothing disagrees (a report read right in every field)
    table = pd.DataFrame(errors, columns=["char_start", "number_text", "field", "gold", "found", "rule"])
    score = Score(
        report_id, len(g_rows), len(f_rows), matched, agree, fully, **trust, **ids, used_false=false_used, by_rule=by_rule
    )
    return score, table


def _error(row: dict, field: str, gold, found, rule=None) -> dict:
    """One disagreement: where the row's number stands (the gold's, or the extractor's for a row not in the gold), the
    field, what each side says, and the construction that made the extracted row (its `rule`, '' for a missed row or
    a second gold pass), so that an error traces to one construction."""
    return {"char_start": row["char_start"], "number_text": row.get("number_text", ""), "field": field, "gold": gold,
            "found": found, "rule": _text(rule)}  # fmt: skip


_ID_COUNTS = ("id_rows", "id_agree", "narrated", "narrated_right", "gold_named", "gold_named_found")


def _count_ids(ids: dict, gold_id: str, found_id: str, narrated: bool) -> None:
    """One matched row against the blind layer.

    >>> ids = dict.fromkeys(_ID_COUNTS, 0)
    >>> _count_ids(ids, "gdp", "gdp", narrated=True); _count_ids(ids, "other", "gdp", narrated=True)
    >>> _count_ids(ids, "cpi", "other", narrated=False)
    >>> ids
    {'id_rows': 3, 'id_agree': 1, 'narrated': 2, 'narrated_right': 1, 'gold_named': 2, 'gold_named_found': 1}
    """
    same = found_id == gold_id
    ids["id_rows"] += 1
    ids["id_agree"] += same
    ids["narrated"] += narrated
    ids["narrated_right"] += narrated and same
    ids["gold_named"] += gold_id != "other"
    ids["gold_named_found"] += gold_id != "other" and same


def _shown(row: dict, field: str) -> str:
    if field == "period":
        return f"{_year(row['period_start'])}-{_year(row['period_end'])}"
    if field == "value":
        return "-".join(x for x in (_text(row["value"]), _text(row["value_high"])) if x)
    if field == "scope":
        return _text(row.get("scope")) or "own"
    return _text(row[field])


def table(scores: list[Score]) -> pd.DataFrame:
    """Per report and overall (rows pooled over reports): recall, precision, field agreement, fully correct."""
    rows = [s.as_row() for s in scores]
    if scores:
        pooled = Score("overall", sum(s.n_gold for s in scores), sum(s.n_found for s in scores),
                       sum(s.matched for s in scores), {f: sum(s.agree[f] for s in scores) for f in FIELDS},
                       sum(s.fully_correct for s in scores),
                       **{k: sum(getattr(s, k) for s in scores) for k in (*_TRUST_COUNTS, *_ID_COUNTS)})  # fmt: skip
        rows.append(pooled.as_row())
    return pd.DataFrame(rows)


def rule_table(scores: list[Score]) -> pd.DataFrame:
    """Per construction, pooled over the reports scored: the matched rows the extractor's `rule` made, how many are
    wrong in some field, the fully-correct and subject rates; the constructions that leave most rows wrong first.

    Why: every row records the construction that named its subject (docs/figures.md, column `rule`), so the weakest
    constructions on a set of gold tables are where work (or doubt) should go. Worked example: two matched rows of
    `subject_before_number`, one wrong in its subject, give matched 2, wrong 1, fully_correct 0.5, subject 0.5.

    >>> s = Score("r", 2, 2, 2, dict.fromkeys(FIELDS, 2), 1, by_rule={"subject_before_number": [2, 1, 1]})
    >>> rule_table([s]).to_dict("records")
    [{'rule': 'subject_before_number', 'matched': 2, 'wrong': 1, 'fully_correct': 0.5, 'subject': 0.5}]
    """
    pooled: dict[str, list[int]] = {}
    for s in scores:
        for rule, (n, right, subject) in s.by_rule.items():
            counts = pooled.setdefault(rule, [0, 0, 0])
            counts[0] += n
            counts[1] += right
            counts[2] += subject
    rows = [
        {"rule": rule, "matched": n, "wrong": n - right, "fully_correct": right / n, "subject": subject / n}
        for rule, (n, right, subject) in pooled.items()
    ]
    table = pd.DataFrame(rows, columns=["rule", "matched", "wrong", "fully_correct", "subject"])
    return table.sort_values(["wrong", "matched"], ascending=False, kind="stable").reset_index(drop=True)


_TRUST_COUNTS = ("used", "used_correct", "indicator", "indicator_correct", "used_false", "low", "low_correct")
TRUST_COLUMNS = [
    "report_id", "used", "used_correct", "used_false", "indicator_rows", "indicator_correct", "low_rows", "low_correct",
]  # fmt: skip
ID_COLUMNS = ["report_id", "id_rows", "id_agree", "narrated", "narrated_right", "gold_named", "gold_named_found"]


def _as_percent(rates: pd.Series) -> pd.Series:
    """Rates as a reader prints them: percent with one decimal, '–' where there is none."""
    return rates.map(lambda x: "–" if pd.isna(x) else f"{100 * x:.1f}")


def format_rule_table(table: pd.DataFrame) -> str:
    """`rule_table` as a reader prints it, the rates in percent as `format_table` prints them."""
    shown = table.assign(fully_correct=_as_percent(table["fully_correct"]), subject=_as_percent(table["subject"]))
    return "matched rows by the construction that made them (rule), most rows wrong first:\n" + shown.to_string(index=False)


def format_table(scores: pd.DataFrame) -> str:
    """The score table as a reader prints it: counts, then rates in percent with one decimal; then,
    when the rows the analyses use were marked, what the pages stand on (`TRUST_COLUMNS`)."""
    shown = scores.copy()
    rates = ["recall", "precision", *FIELDS, "fully_correct", "used_correct", "indicator_correct", "low_correct",
             "id_agree", "narrated_right", "gold_named_found"]  # fmt: skip
    for col in rates:
        shown[col] = _as_percent(shown[col])
    out = shown.drop(columns=[*TRUST_COLUMNS[1:], *ID_COLUMNS[1:]]).to_string(index=False)
    if scores["used"].sum():
        out += (
            "\n\nrows the analyses use (own scope, high confidence), those with a dictionary indicator, and the rows"
            + " read with low confidence:\n"
            + shown[TRUST_COLUMNS].to_string(index=False)
        )
    if scores["id_rows"].sum():
        layered = shown[scores["id_rows"] > 0]
        out += (
            "\n\nthe dictionary indicator against the blind layer (tests/data/gold/INDICATORS.md): matched rows with the"
            + " gold's id; rows the pages narrate that name the right quantity; gold rows with an id the extractor gave:\n"
            + layered[ID_COLUMNS].to_string(index=False)
        )
    return out


ACCURACY_COLUMNS = [
    "name", "measured_on", "tables", "rows", "fully_correct", "matched", "subject_correct",
    "used_rows", "used_correct", "indicator_rows", "indicator_correct", "reports", "narrated_rows", "narrated_right",
]  # fmt: skip


def accuracy_record(name: str, scores: list[Score], measured_on: str) -> dict:
    """One row of reference/extraction_accuracy.csv: the counts behind what the pages say about how far a
    row can be trusted, pooled over the gold tables scored (`helpers.analysis.trust.measured_accuracy`).

    Counts, not rates, so that a reader of the file (and the page) can put an interval on each rate.
    """
    return {
        "name": name, "measured_on": measured_on, "tables": len(scores), "rows": sum(s.n_gold for s in scores),
        "fully_correct": sum(s.fully_correct for s in scores), "matched": sum(s.matched for s in scores),
        "subject_correct": sum(s.agree["subject"] for s in scores), "used_rows": sum(s.used for s in scores),
        "used_correct": sum(s.used_correct for s in scores), "indicator_rows": sum(s.indicator for s in scores),
        "indicator_correct": sum(s.indicator_correct for s in scores), "reports": " ".join(s.report_id for s in scores),
        # against the blind indicator layer, where the gold tables have one: the rows the sentences narrate, and those
        # whose dictionary indicator is the quantity the gold names
        "narrated_rows": sum(s.narrated for s in scores), "narrated_right": sum(s.narrated_right for s in scores),
    }  # fmt: skip
