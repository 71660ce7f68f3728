"""A person's corrections to the figures table: checked against the raw text, then applied.

No extractor reads every sentence of every report right, and a researcher who publishes from the
table checks it. A correction is one line of `data/corrections/<report_id>.csv` (docs/corrections.md)
that names a figure by its place in the raw text (`char_start`, `char_end`) and the number as
written there (`number_text`), and either sets fields of the extractor's row (`set`), removes it
(`drop`: not a figure), or adds a figure the extractor missed (`add`). Corrections are data, not
edits of an output file, so every rerun (a better extractor, a new notebook) keeps them.

Why offsets *and* the number as written: an offset alone would silently point at another number
once the raw text changes; with the number beside it, a correction written for an older text is
reported as stale instead of being applied to the wrong figure. A number shared by several subjects
has a row per subject (figure_id `<report_id>:<char_start>`, then `.2`, `.3`): a line names which in
its optional `figure_id` column, and a line without one at such a number is an error, not a guess.

Worked example (the bundled Jiangmen 2021 report): the extractor reads 加快西江、潭江14条跨县重点支流综合
治理工程 with the subject "跨县重点支流综合" (the verb 治理 cuts the noun). The line

    set,22353,22355,14,,跨县重点支流综合治理,,,,,,,,,,,rgz,the work on 14 rivers

keeps the extractor's row at char 22353 (count, 14条, a 2021 target) with the subject 跨县重点支流综合治理,
marks it `source` corrected, confidence high. Were the text edited so that char 22353 no longer reads "14",
the line fails as stale, naming the file and the line.

Everything here is pure (DataFrames in, DataFrames out); `helpers.run.pipeline` reads the files.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd
import pandera.errors

from helpers.errors import ReportError
from helpers.extract.indicators import basis_of, describe, load_indicators
from helpers.extract.numbers import read_unit, standardise
from helpers.extract.schema import MEASURES, QUALIFIERS, SCOPES, empty_figures, validate_figures
from helpers.extract.text import SENTENCE_END, normalise

ACTIONS = ("set", "drop", "add")
# The fields a correction may set, in the order of the file's columns. Empty keeps the extractor's
# value; CLEAR ("-") empties a field that may be empty (a range's high end, a qualifier...).
FIELDS = (
    "indicator", "indicator_zh", "measure", "value", "value_high", "unit", "period_start", "period_end",
    "base_period", "is_target", "qualifier", "scope",
)  # fmt: skip
CORRECTION_COLUMNS = ["action", "char_start", "char_end", "number_text", "figure_id", *FIELDS, "who", "why"]
REQUIRED_COLUMNS = ("action", "char_start", "char_end", "number_text")
CLEAR = "-"
CLEARABLE = ("value_high", "unit", "period_start", "period_end", "base_period", "qualifier")
# What `check_corrections` says of each line.
STATUSES = ("applies", "unnecessary", "stale", "invalid")
CHECK_COLUMNS = ["line", "action", "char_start", "number_text", "figure_id", "status", "message", "who", "why"]

_TRUE, _FALSE = ("true", "1", "yes", "是"), ("false", "0", "no", "否")
_QUALIFIER = re.compile("(?:{q})(?:\\+(?:{q}))*".format(q="|".join(QUALIFIERS)))
_PLAN_SECTIONS = ("plan_5y", "plan_year")


@dataclass(frozen=True)
class _Outcome:
    """What one correction line does: the row it leaves (None for a drop), or why it cannot apply."""

    line: int
    action: str
    char_start: int | None
    number_text: str
    figure_id: str
    status: str
    message: str
    row: dict | None = None


def check_corrections(figs: pd.DataFrame, corrections: pd.DataFrame, text: str, report_id: str) -> pd.DataFrame:
    """One row per correction line: whether it applies, is unnecessary, stale or invalid, and why.

    `figs` is the extractor's table, `corrections` the file's lines as strings with their line
    number in `line` (`helpers.run.pipeline.read_corrections`), `text` the decoded raw text.
    A line is *unnecessary* when the extractor now agrees on every field it sets (or, for a drop,
    no longer reads a figure there): it still applies, and the command line lists it so a person
    can delete it. Jiangmen 2021: `set,489,493,3201,,,,3201,...` (GDP 3201亿元 at char 489) is
    unnecessary, `set,489,493,3210,...` is stale.
    """
    rows = [_as_dict(o) for o in _outcomes(figs, corrections, text, report_id)]
    for row, note in zip(rows, corrections.to_dict("records")):
        row.update(who=str(note.get("who", "")), why=str(note.get("why", "")))
    return pd.DataFrame(rows, columns=CHECK_COLUMNS).astype({"line": int})


def unnecessary_corrections(figs: pd.DataFrame, corrections: pd.DataFrame, text: str, report_id: str) -> pd.DataFrame:
    """The correction lines the extractor has caught up with (see `check_corrections`)."""
    checked = check_corrections(figs, corrections, text, report_id)
    return checked[checked["status"] == "unnecessary"].reset_index(drop=True)


def apply_corrections(
    figs: pd.DataFrame, corrections: pd.DataFrame, text: str, report_id: str, name: str = "corrections"
) -> pd.DataFrame:
    """The figures table with the corrections applied; `source` says which rows a person touched.

    Every line is checked first; when any is stale or invalid nothing is applied and one
    ReportError names the file (`name`) and the first bad line, with the number of bad lines:
    "data/corrections/jiangmen-2021.csv:3: stale: text[489:493] reads '3201', not '3210': the raw text
    changed since the correction (2 problems; python -m helpers corrections lists them)".
    Corrected and added rows get confidence high and no flags: a person checked them.
    """
    outcomes = _outcomes(figs, corrections, text, report_id)
    bad = [o for o in outcomes if o.status in ("stale", "invalid")]
    if bad:
        more = f" ({len(bad)} problems; python -m helpers corrections lists them)" if len(bad) > 1 else ""
        raise ReportError(f"{name}:{bad[0].line}", f"{bad[0].status}: {bad[0].message}{more}")
    rows = {r["figure_id"]: r for r in validate_figures(figs).to_dict("records")}
    for o in outcomes:
        if o.row is None:
            rows.pop(o.figure_id, None)
        else:
            rows[o.figure_id] = o.row
    ordered = sorted(rows.values(), key=lambda r: (int(r["char_start"]), _subject_number(r["figure_id"])))
    return validate_figures(pd.DataFrame(ordered)) if rows else empty_figures()


def _as_dict(o: _Outcome) -> dict:
    return {c: getattr(o, c) for c in CHECK_COLUMNS[:-2]}


def _subject_number(figure_id: str) -> int:
    """1 for <report>:<start>, k for <report>:<start>.k: which subject of a shared number a row is."""
    tail = str(figure_id).rsplit(":", 1)[-1]
    return int(tail.split(".")[1]) if "." in tail else 1


def _outcomes(figs: pd.DataFrame, corrections: pd.DataFrame, text: str, report_id: str) -> list[_Outcome]:
    extracted = {r["figure_id"]: r for r in validate_figures(figs).to_dict("records")}
    seen: dict[str, int] = {}
    out = []
    for corr in corrections.to_dict("records"):
        outcome = _one(corr, extracted, text, report_id)
        if outcome.char_start is not None and outcome.status not in ("stale", "invalid"):
            if outcome.figure_id in seen:
                which = f"char {outcome.char_start}" if _subject_number(outcome.figure_id) == 1 else outcome.figure_id
                outcome = _bad(corr, "invalid", f"{which} is already corrected on line {seen[outcome.figure_id]}")
            seen.setdefault(outcome.figure_id, outcome.line)
        out.append(outcome)
    return out


def _bad(corr: dict, status: str, message: str, start: int | None = None) -> _Outcome:
    return _Outcome(int(corr["line"]), str(corr.get("action", "")), start, str(corr.get("number_text", "")), "", status, message)


def _one(corr: dict, extracted: dict[str, dict], text: str, report_id: str) -> _Outcome:
    """Check one line against the raw text and the extractor's rows; the row it leaves if it applies."""
    action = str(corr.get("action", "")).strip().lower()
    if action not in ACTIONS:
        return _bad(corr, "invalid", f"action must be one of {', '.join(ACTIONS)}, not {corr.get('action')!r}")
    try:
        start, end = int(corr["char_start"]), int(corr["char_end"])
    except (TypeError, ValueError):
        return _bad(
            corr, "invalid", f"char_start and char_end must be whole numbers, not {corr['char_start']!r}, {corr['char_end']!r}"
        )
    if not 0 <= start < end <= len(text):
        return _bad(corr, "invalid", f"char_start {start}, char_end {end} are not a span of the text (0-{len(text)})", start)
    written, actual = str(corr["number_text"]), text[start:end]
    if actual != written:
        return _bad(corr, "stale", _stale_message(text, start, end, written), start)
    try:
        fields = {f: _parse(f, str(corr.get(f, "")).strip()) for f in FIELDS if str(corr.get(f, "")).strip()}
    except ValueError as exc:
        return _bad(corr, "invalid", str(exc), start)
    figure_id, problem = _row_named(corr, extracted, report_id, start)
    if problem:
        return _bad(corr, "invalid", problem, start)
    found = extracted.get(figure_id)
    done = dict(line=int(corr["line"]), action=action, char_start=start, number_text=written, figure_id=figure_id)
    if action == "drop":
        if found is None:
            return _Outcome(**done, status="unnecessary", message="the extractor reads no figure here any more")
        return _Outcome(**done, status="applies", message=f"drops {found['indicator_zh'] or found['indicator']} {written}")
    if found is None and action == "set":
        where = f"char {start}" if _subject_number(figure_id) == 1 else figure_id
        return _bad(corr, "invalid", f"the extractor reads no figure at {where} ({written!r}): write it as an add", start)
    if found is None and not {"measure", "value"} <= set(fields):
        return _bad(corr, "invalid", "an add needs at least measure and value", start)
    base = found if found is not None else _new_row(extracted, text, figure_id, start, end)
    row = _corrected(base, fields, "corrected" if found is not None else "added")
    try:
        validate_figures(pd.DataFrame([row]))
    except pandera.errors.SchemaError as exc:
        return _bad(corr, "invalid", f"the corrected row breaks the figures schema: {_schema_reason(exc)}", start)
    agrees = found is not None and all(_same(found[f], v) for f, v in fields.items())
    status, message = ("unnecessary", "the extractor now agrees on every field it sets") if agrees else ("applies", "")
    if action == "add" and found is not None and not agrees:
        message = "the extractor now reads a figure here: the add applies as a set"
    return _Outcome(**done, status=status, message=message or f"{action}s {', '.join(fields) or 'no field'}", row=row)


def _row_named(corr: dict, extracted: dict[str, dict], report_id: str, start: int) -> tuple[str, str]:
    """The figure_id a line corrects, and what is wrong with the line's choice ('' when nothing).

    A number shared by several subjects has one row per subject (docs/figures.md): the line names
    which in `figure_id` (`2016_national:15714.2`, the review sheet's `id`). Without it, the line
    names the one row at char_start, as corrections files written before shared rows do; at a
    number with several rows that is ambiguous.
    """
    stem = f"{report_id}:{start}"
    here = [fid for fid, r in extracted.items() if int(r["char_start"]) == start]
    named = str(corr.get("figure_id", "") or "").strip()
    if named:
        if named != stem and not re.fullmatch(re.escape(stem) + r"\.([2-9]|[1-9]\d+)", named):
            return "", f"figure_id {named!r} is not a row of char {start}: write {stem}, or {stem}.2, .3 … for the later subjects"
        return named, ""
    if len(here) > 1:
        return "", f"char {start} has {len(here)} rows, one per subject ({', '.join(here)}): say which in figure_id"
    return (here[0] if here else stem), ""


def _stale_message(text: str, start: int, end: int, written: str) -> str:
    """Say what the text reads now, and where the number as written moved to when it is near."""
    msg = f"text[{start}:{end}] reads {text[start:end]!r}, not {written!r}: the raw text changed since the correction"
    places = [m.start() for m in re.finditer(re.escape(written), text)] if written else []
    if places:
        near = min(places, key=lambda p: abs(p - start))
        msg += f" ({written!r} is now at char {near}?)"
    return msg


def _parse(field: str, raw: str):
    """A field as written in the file, typed like the figures table; ValueError says what is wrong."""
    if raw == CLEAR:
        if field not in CLEARABLE:
            raise ValueError(f"{field} cannot be emptied with {CLEAR!r}")
        return None
    if field in ("value", "value_high"):
        try:
            number = float(raw.replace(",", ""))
        except ValueError:
            raise ValueError(f"{field} {raw!r} is not a number") from None
        if not math.isfinite(number):
            raise ValueError(f"{field} {raw!r} is not a finite number")
        return number
    if field in ("period_start", "period_end"):
        if not re.fullmatch(r"\d{4}", raw):
            raise ValueError(f"{field} {raw!r} is not a year")
        return int(raw)
    if field == "is_target":
        if raw.lower() not in (*_TRUE, *_FALSE):
            raise ValueError(f"is_target {raw!r} must be true or false")
        return raw.lower() in _TRUE
    allowed = {"measure": MEASURES, "scope": SCOPES}.get(field)
    if allowed and raw not in allowed:
        raise ValueError(f"{field} {raw!r} is not one of {', '.join(allowed)}")
    if field == "qualifier" and not _QUALIFIER.fullmatch(raw):
        raise ValueError(f"qualifier {raw!r} is not one of {', '.join(QUALIFIERS)} (combined with +)")
    if field == "indicator" and raw != "other" and raw not in load_indicators().index:
        raise ValueError(f"indicator {raw!r} is not in src/helpers/reference/indicators.csv (or other)")
    return raw


def _corrected(base: dict, fields: dict, source: str) -> dict:
    """The row with the fields set, and what follows from them recomputed: English name, basis, value_std."""
    row = {**base, **fields, "source": source, "confidence": "high", "flags": ""}
    desc = describe(row["indicator"])
    unit = row["unit"] if isinstance(row["unit"], str) else ""
    parsed = read_unit(unit, 0)
    row["indicator_en"] = desc["indicator_en"]
    if {"indicator", "measure", "unit"} & set(fields):
        row["basis"], row["basis_from"] = basis_of(row["measure"], parsed.kind, desc["basis"])
    if parsed.length == len(unit):
        row["value_std"], row["unit_std"] = standardise(Decimal(repr(row["value"])), parsed)
    else:  # a unit the table does not know: the number as written, unit_std unknown
        row["value_std"], row["unit_std"] = row["value"], None
    if row.get("value_high") is None:
        row["value_high"] = math.nan
    return row


def _new_row(extracted: dict[str, dict], text: str, figure_id: str, start: int, end: int) -> dict:
    """An added figure's row before its fields: section and sentence from where it stands in the text.

    The section is that of the nearest extracted figure before it (after it at the very start);
    the sentence is the extractor's for a figure in the same sentence, else the raw sentence
    normalised the way the extractor normalises (full-width digits, stray line breaks).
    """
    s0 = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = SENTENCE_END.search(text, end)
    s1 = stop.end() if stop else len(text)
    rows = sorted(extracted.values(), key=lambda r: int(r["char_start"]))
    before = [r for r in rows if int(r["char_start"]) < start]
    neighbour = before[-1] if before else rows[0] if rows else None
    same_sentence = [r for r in rows if s0 <= int(r["char_start"]) < s1]
    section = neighbour["section"] if neighbour else "other"
    return {
        "report_id": figure_id.rsplit(":", 1)[0],
        "figure_id": figure_id,
        "section": section,
        "indicator": "other",
        "indicator_zh": "",
        "basis": "none",
        "basis_from": "unit",
        "value_high": math.nan,
        "unit": None,
        "period_start": None,
        "period_end": None,
        "base_period": None,
        "is_target": section in _PLAN_SECTIONS,
        "qualifier": None,
        "preliminary": "预计" in text[s0:start],
        "scope": "own",
        "char_start": start,
        "char_end": end,
        "number_text": text[start:end],
        "sentence": same_sentence[0]["sentence"] if same_sentence else normalise(text[s0:s1]).text.strip(),
        "rule": "added",
    }


def _same(a, b) -> bool:
    """Equal as table values: NaN/None/NA alike, floats to 1e-9, everything else by ==."""
    a_missing, b_missing = pd.isna(a), pd.isna(b)
    if a_missing or b_missing:
        return bool(a_missing and b_missing)
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def _schema_reason(exc: pandera.errors.SchemaError) -> str:
    """pandera's reason in a few words: the column (or check) that failed."""
    check = getattr(exc.check, "name", None) or str(exc.check or "")
    column = getattr(exc.schema, "name", None)
    return " ".join(x for x in (str(column) if column and column != "None" else "", check) if x) or str(exc).splitlines()[0]
