"""The teaching kit: exercise notebooks in one source, built into a student and an instructor copy,
and the answer checks that tell a student whether an answer is right.

Cell-tag convention (notebooks/exercises/*.ipynb; set tags in JupyterLab's property inspector):

| tag          | in the source                             | student build                  | instructor build |
|--------------|-------------------------------------------|--------------------------------|------------------|
| `parameters` | papermill parameters (report_path)        | kept                           | kept             |
| `exercise`   | the question (Markdown)                   | kept                           | kept             |
| `solution`   | worked solution (code or Markdown)        | removed; replaced by `answer`  | kept             |
| `answer`     | (generated, not written by hand)          | "your answer here" cell        | absent           |
| `check`      | `check("key", answer, figs)` calls        | kept                           | kept             |

Consecutive `solution` cells form one solution; the student build replaces it with one code cell
tagged `answer` that assigns `...` (a placeholder) to each name the solution defines and a later
`check` cell reads, plus a Markdown `answer` cell when the solution has written reasoning. Cells
without these tags (the setup, the figures an exercise uses) are kept in both builds; they must
not use names that only a solution defines. Outputs and execution counts are cleared in both.

Checks compare an answer with a value computed from the figures table (never typed in): the
keys below recompute each expected value independently of the solution cell. A check prints
✓ or ✗ with a hint and returns a result that is true when right; it never stops a student's
notebook. With GWR_CHECKS=strict (the test suite) a wrong or missing answer raises
AssertionError, so the instructor build proves its solutions.

Build: `python -m helpers.teach.exercises notebooks/exercises reports/class` writes
reports/class/student/ and reports/class/instructor/ (no code is executed); with `--html` (the
`make class` target) it also runs the tour and the instructor notebooks into tour.html and
answers.html (`helpers.teach.class_pages`).

A check says more than "not right": too high or too low, and the common mistakes an exercise is
about are recognised and named (8852 / 5 for the 2020 investment level, 7.40 − 5.9 for the
deflator): each is computed from the figures like the right answer (`_MISTAKES`), its hint is a
row of notebooks/exercises/common_mistakes.csv.
"""

from __future__ import annotations

import argparse
import ast
import math
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.analysis import growth
from helpers.config import NOTEBOOKS_DIR
from helpers.extract.sections import plan_years
from helpers.teach.explore import select, value

SOLUTION, ANSWER, CHECK, EXERCISE, PARAMETERS = "solution", "answer", "check", "exercise", "parameters"
PLACEHOLDER = "...  # your answer here"
CHECKS_ENV = "GWR_CHECKS"


# ---------------------------------------------------------------------------------------------
# Answer keys: each expected value recomputed from the figures table
# ---------------------------------------------------------------------------------------------


def _gdp(figs, measure):
    return value(figs, indicator="gdp", section="review_5y", measure=measure)


def _gdp_years(figs) -> int:
    row = select(figs, indicator="gdp", section="review_5y", measure="change_abs").iloc[0]
    return int(row["period_end"]) - int(row["base_period"])


def _nominal_cagr(figs) -> float:
    level, increase = _gdp(figs, "level"), _gdp(figs, "change_abs")
    return growth.cagr(level - increase, level, _gdp_years(figs))


def _span(figs, **criteria) -> int:
    """Years a figure covers: 2016-2020 is 5."""
    row = select(figs, **criteria).iloc[0]
    return int(row["period_end"]) - int(row["period_start"]) + 1


_FAI_TOTAL = dict(indicator="fixed_asset_investment", section="review_5y", measure="cumulative")
_FAI_TARGET = dict(indicator="fixed_asset_investment", section="plan_5y", measure="cumulative")


def _fai_2020(figs) -> float:
    """The 2020 investment level the review implies (累计法): the 2015 base grown five years."""
    total = value(figs, **_FAI_TOTAL, column="value_std") / 1e8
    rate = value(figs, indicator="fixed_asset_investment", section="review_5y", measure="growth_avg")
    n = _span(figs, **_FAI_TOTAL)
    return growth.level_from_growth(growth.base_from_cumulative(total, rate, n), rate, n)


def _fai_required(figs) -> float:
    total = value(figs, **_FAI_TARGET, column="value_std") / 1e8
    return growth.solve_cumulative_rate(_fai_2020(figs), total, _span(figs, **_FAI_TARGET))


def _fai_rest(figs) -> float:
    level_2021 = _fai_2020(figs) * (
        1 + value(figs, indicator="fixed_asset_investment", section="plan_year", measure="growth_yoy") / 100
    )
    total = value(figs, **_FAI_TARGET, column="value_std") / 1e8
    return growth.solve_cumulative_rate(level_2021, total - level_2021, _span(figs, **_FAI_TARGET) - 1)


def _hte(figs, section="review_5y"):
    return value(figs, indicator="high_tech_enterprises", section=section, measure="count")


def _hte_multiple(figs):
    return value(figs, indicator="high_tech_enterprises", measure="multiple")


def _hte_years(figs) -> int:
    row = select(figs, indicator="high_tech_enterprises", measure="multiple").iloc[0]
    return int(row["period_end"]) - plan_years(row["base_period"])[1]


def _split_sentence(figs) -> pd.DataFrame:
    return select(figs, word="分别年均增长", measure="growth_avg").sort_values("char_start")


def _gaps(figs) -> dict[str, float]:
    past = select(figs, section="review_5y", measure="growth_avg").drop_duplicates("indicator").set_index("indicator")["value"]
    target = (
        select(figs, section="plan_year", measure="growth_yoy", target=True)
        .drop_duplicates("indicator")
        .set_index("indicator")["value"]
    )
    both = past.index.intersection(target.index)
    return {k: round(float(target[k] - past[k]), 6) for k in both if k != "other"}


def _ratio(figs, growth: bool) -> float:
    loans = value(figs, indicator="loans", measure="level")
    deposits = value(figs, indicator="deposits", measure="level")
    if growth:
        loans /= 1 + value(figs, indicator="loans", measure="growth_yoy") / 100
        deposits /= 1 + value(figs, indicator="deposits", measure="growth_yoy") / 100
    return 100 * loans / deposits


def _compare_split(answer, figs) -> str | None:
    """A list of (name, value) pairs read by hand against the extractor's rows, in order."""
    rows = _split_sentence(figs)
    try:
        pairs = [(str(n), float(v)) for n, v in answer]
    except (TypeError, ValueError):
        return 'give a list of (name, value) pairs, e.g. [("规上…增加值", 15.9), …]'
    if len(pairs) != len(rows):
        return f"the sentence lists {len(rows)} subjects, you gave {len(pairs)}"
    for (name, v), zh, want in zip(pairs, rows["indicator_zh"], rows["value"]):
        core = zh.removeprefix("规上").removeprefix("规模以上").removesuffix("增加值")
        if core not in name:
            return f"{name!r} does not name the subject {core!r} (in the order of the sentence)"
        if not math.isclose(v, want, abs_tol=1e-9):
            return f"{name}: {v:g} is not the number the sentence pairs with it"
        if not (name.startswith(("规上", "规模以上")) and name.endswith("增加值")):
            return f"{name!r}: the shared words of the list (规上 … 增加值) belong to every subject"
    return None


@dataclass(frozen=True)
class Key:
    """How to check one answer: the expected value from the figures, a tolerance, a unit."""

    expected: Callable[[pd.DataFrame], object]
    tol: float = 0.0
    unit: str = ""
    percent: bool = False  # a rate in percent: 7.4 means 7.4 %, and 0.074 gets a hint
    compare: Callable[[object, pd.DataFrame], str | None] | None = None
    mistakes: tuple[tuple[Callable[[pd.DataFrame], float], str], ...] = ()  # (wrong value, hint)


# How each answer is computed from the figures table; tolerances, units and the formula in words
# are data beside the exercises (notebooks/exercises/answer_keys.csv).
_EXPECTED: dict[str, Callable[[pd.DataFrame], object]] = {
    "gdp_2015": lambda f: _gdp(f, "level") - _gdp(f, "change_abs"),
    "nominal_cagr": _nominal_cagr,
    "deflator_growth": lambda f: 100 * ((1 + _nominal_cagr(f) / 100) / (1 + _gdp(f, "growth_avg") / 100) - 1),
    "hte_2015": lambda f: _hte(f) / _hte_multiple(f),
    "hte_growth": lambda f: 100 * (_hte_multiple(f) ** (1 / _hte_years(f)) - 1),
    "hte_target_growth": lambda f: 100 * (_hte(f, "plan_year") / _hte(f) - 1),
    "fai_2020": _fai_2020,
    "fai_required_growth": _fai_required,
    "fai_rest_growth": _fai_rest,
    "split_by_hand": lambda f: list(zip(_split_sentence(f)["indicator_zh"], _split_sentence(f)["value"])),
    "market_entities_2015": lambda f: (
        value(f, indicator="market_entities", section="review_5y", measure="count")
        / (1 + value(f, indicator="market_entities", section="review_5y", measure="change_pct") / 100)
    ),
    "gaps": _gaps,
    "ldr_2020": lambda f: _ratio(f, growth=False),
    "ldr_2019": lambda f: _ratio(f, growth=True),
    "correct_a_reading": lambda f: _misread_village_share(f)[["char_start", "char_end", "number_text"]].to_dict(),
}


def _misread_village_share(figs) -> pd.Series:
    """The row of 61%的村庄达到省定美丽宜居村标准: the number before its noun, subject not found."""
    rows = figs[figs["sentence"].str.contains("美丽宜居村", regex=False) & figs["unit"].eq("%")]
    return rows.iloc[0]


def _compare_correction(answer, figs) -> str | None:
    """A correction line (dict) that names the misread row by its offsets and number and fixes it."""
    if not isinstance(answer, dict):
        return "give the correction as a dict with the columns of a corrections file (docs/corrections.md)"
    row = _misread_village_share(figs)
    if str(answer.get("action", "")).strip() != "set":
        return "the extractor found the number; its reading is wrong: the action is set"
    try:
        place = (int(answer.get("char_start")), int(answer.get("char_end")), str(answer.get("number_text")))
    except (TypeError, ValueError):
        return "char_start and char_end are integers, copied from the review sheet"
    if place != (int(row["char_start"]), int(row["char_end"]), str(row["number_text"])):
        return "the offsets and number_text must be the misread row's, exactly as the review sheet gives them"
    if answer.get("measure") != "share":
        return "61 % of the villages is part of a whole: which measure is that? (docs/figures.md, Measures)"
    if "村" not in str(answer.get("indicator_zh", "")):
        return "the subject is what the 61 % counts: it is named right after the number"
    if not str(answer.get("why", "")).strip():
        return "say why in `why`: the next reader of the corrections file needs it"
    return None


_COMPARE = {"split_by_hand": _compare_split, "correct_a_reading": _compare_correction}
ANSWER_KEYS_CSV = NOTEBOOKS_DIR / "exercises" / "answer_keys.csv"
MISTAKES_CSV = NOTEBOOKS_DIR / "exercises" / "common_mistakes.csv"

# The wrong answers an exercise is about, each computed from the figures like the right one, so a
# check can name the mistake (8852 / 5 for the 2020 investment level). The hints are data beside
# the exercises (notebooks/exercises/common_mistakes.csv).
_MISTAKES: dict[tuple[str, str], Callable[[pd.DataFrame], float]] = {
    ("fai_2020", "average_year"): lambda f: value(f, **_FAI_TOTAL, column="value_std") / 1e8 / _span(f, **_FAI_TOTAL),
    ("deflator_growth", "difference_of_rates"): lambda f: _nominal_cagr(f) - _gdp(f, "growth_avg"),
    ("nominal_cagr", "whole_period_change"): lambda f: 100 * (_gdp(f, "level") / (_gdp(f, "level") - _gdp(f, "change_abs")) - 1),
    ("hte_growth", "multiple_spread_evenly"): lambda f: 100 * (_hte_multiple(f) - 1) / _hte_years(f),
}


def load_keys(path: Path = ANSWER_KEYS_CSV, mistakes_path: Path = MISTAKES_CSV) -> dict[str, Key]:
    """The answer keys: tolerance, unit and percent flag from the CSV, the computation from `_EXPECTED`;
    the common mistakes of each key with their hints.

    A key or a mistake in a file without a computation, or the reverse, is an error naming the file.
    """
    table = pd.read_csv(path, dtype={"key": str, "unit": str, "percent": str}, keep_default_na=False)
    if set(table["key"]) != set(_EXPECTED):
        raise ValueError(f"{path}: keys differ from the computations: {sorted(set(table['key']) ^ set(_EXPECTED))}")
    wrong = pd.read_csv(mistakes_path, dtype=str, keep_default_na=False)
    named = set(zip(wrong["key"], wrong["mistake"]))
    if named != set(_MISTAKES):
        raise ValueError(f"{mistakes_path}: mistakes differ from the computations: {sorted(named ^ set(_MISTAKES))}")
    hints = {k: tuple((_MISTAKES[(k, m)], h) for m, h in zip(g["mistake"], g["hint"])) for k, g in wrong.groupby("key")}
    return {
        r.key: Key(_EXPECTED[r.key], float(r.tolerance), r.unit, r.percent == "true", _COMPARE.get(r.key), hints.get(r.key, ()))
        for r in table.itertuples()
    }


KEYS: dict[str, Key] = load_keys()


def expected(key: str, figs: pd.DataFrame):
    """The value an answer is checked against, computed from the figures table."""
    return KEYS[key].expected(figs)


def _verdict(key: str, answer, figs: pd.DataFrame) -> str | None:
    """None when right, else what is wrong (a hint that does not give the value away)."""
    spec = KEYS[key]
    if answer is ... or answer is None:
        return "not answered yet: replace the ... with your answer"
    if spec.compare is not None:
        return spec.compare(answer, figs)
    want = spec.expected(figs)
    if isinstance(want, dict):
        if not isinstance(answer, dict):
            return f"give a dict {{indicator: value}} for {sorted(want)}"
        if set(answer) != set(want):
            return f"expected the indicators {sorted(want)}, got {sorted(answer)}"
        wrong = [f"{k} ({_direction(answer[k], want[k])})" for k in want if not _close(answer[k], want[k], spec.tol)]
        return f"not right yet for {', '.join(wrong)}" if wrong else None
    if not isinstance(answer, (int, float)) or isinstance(answer, bool):
        return f"give a number, not {type(answer).__name__}"
    if _close(answer, want, spec.tol):
        return None
    for mistake, hint in spec.mistakes:
        if _close(answer, mistake(figs), spec.tol):
            return hint
    if spec.percent and _close(answer * 100, want, spec.tol):
        return "give the rate in percent, as the report does (7.4 for 7.4 %), not as a fraction"
    where = f" (the answer is in {spec.unit}, within ±{spec.tol:g})" if spec.unit else ""
    return f"not right yet: {_direction(answer, want)}{where}"


def _direction(answer, want) -> str:
    """'too high' or 'too low': where to look next, without giving the value away."""
    try:
        return "too high" if float(answer) > float(want) else "too low"
    except (TypeError, ValueError):
        return "not a number"


def _close(a, b, tol: float) -> bool:
    try:
        return math.isclose(float(a), float(b), abs_tol=tol)
    except (TypeError, ValueError):
        return False


@dataclass(frozen=True)
class Checked:
    """The result of a check: true when right. Shows nothing in a notebook (the printed line is
    the display), so a check cell does not echo True or False."""

    key: str
    problem: str | None

    def __bool__(self) -> bool:
        return self.problem is None

    def _ipython_display_(self) -> None:
        return None


def check(key: str, answer, figs: pd.DataFrame) -> Checked:
    """Print ✓ or ✗ for one answer and return whether it is right; never raises, unless
    GWR_CHECKS=strict, where a wrong or missing answer raises AssertionError.

    >>> from helpers import config

    >>> from helpers.run import pipeline
    >>> figs = pipeline.figures(pipeline.open_report(config.BUNDLED_REPORT))
    >>> bool(check("gdp_2015", 2240, figs))
    ✓ gdp_2015: right.
    True
    >>> bool(check("nominal_cagr", 0.074, figs))
    ✗ nominal_cagr: give the rate in percent, as the report does (7.4 for 7.4 %), not as a fraction
    False
    >>> bool(check("gdp_2015", 3201 + 961, figs))
    ✗ gdp_2015: not right yet: too high (the answer is in 亿元, within ±0.5)
    False
    >>> bool(check("fai_2020", 8852 / 5, figs))  # doctest: +ELLIPSIS
    ✗ fai_2020: that is the total divided by the years: the average year, ...
    False
    """
    if key not in KEYS:
        raise KeyError(f"no answer key {key!r}; known keys: {', '.join(KEYS)}")
    problem = _verdict(key, answer, figs)
    print(f"✓ {key}: right." if problem is None else f"✗ {key}: {problem}")
    if problem is not None and os.environ.get(CHECKS_ENV, "").lower() == "strict":
        raise AssertionError(f"{key}: {problem}")
    return Checked(key, problem)


# ---------------------------------------------------------------------------------------------
# One source, two builds
# ---------------------------------------------------------------------------------------------


def tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def _assigned(source: str) -> list[str]:
    """Names a code cell assigns at top level, in order (a = …, a, b = …, a += …, for a in …)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    names: list[str] = []
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        for t in targets:
            for n in ast.walk(t):
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and n.id not in names:
                    names.append(n.id)
    return names


def _read(source: str) -> set[str]:
    try:
        return {n.id for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    except SyntaxError:
        return set()


def _answer_cells(solution: list, checked: set[str]) -> list:
    """The student's cells replacing one solution: placeholders for the checked names."""
    import nbformat

    code = [c for c in solution if c.cell_type == "code"]
    names = [n for c in code for n in _assigned(c.source) if n in checked]
    cells = []
    if code:
        body = "\n".join(f"{n} = {PLACEHOLDER}" for n in dict.fromkeys(names)) or "# your answer here"
        cells.append(nbformat.v4.new_code_cell(body, metadata={"tags": [ANSWER]}))
    if any(c.cell_type == "markdown" for c in solution):
        cells.append(nbformat.v4.new_markdown_cell("**Your answer here** (double-click to write).", metadata={"tags": [ANSWER]}))
    return cells


def _cleared(cell):
    import nbformat

    cell = nbformat.from_dict(dict(cell))
    if cell.cell_type == "code":
        cell.outputs, cell.execution_count = [], None
    return cell


def student(nb):
    """The student's notebook: solutions replaced by answer cells, outputs cleared."""
    import nbformat

    checked = set().union(*(_read(c.source) for c in nb.cells if c.cell_type == "code" and CHECK in tags(c)))
    cells, run = [], []
    for cell in [*nb.cells, None]:
        if cell is not None and SOLUTION in tags(cell):
            run.append(cell)
            continue
        if run:
            cells.extend(_answer_cells(run, checked))
            run = []
        if cell is not None and ANSWER not in tags(cell):
            cells.append(_cleared(cell))
    out = nbformat.v4.new_notebook(cells=cells, metadata=dict(nb.metadata))
    out.metadata["gwr_build"] = "student"
    return out


def instructor(nb):
    """The instructor's notebook: the source with solutions, outputs cleared."""
    import nbformat

    out = nbformat.v4.new_notebook(cells=[_cleared(c) for c in nb.cells if ANSWER not in tags(c)], metadata=dict(nb.metadata))
    out.metadata["gwr_build"] = "instructor"
    return out


def build_class(src_dir: str | Path, out_dir: str | Path) -> dict[str, list[Path]]:
    """Write out_dir/student/ and out_dir/instructor/ from the notebooks in src_dir (no execution).

    Other files in src_dir (README.md) are copied to both. The two folders are built in a
    staging folder and swapped in at the end, so a failed build leaves the previous one intact.
    """
    import nbformat  # imported here: a notebook calling check() need not pay its import time

    src, out = Path(src_dir), Path(out_dir)
    notebooks = sorted(src.glob("*.ipynb"))
    if not notebooks:
        raise FileNotFoundError(f"no notebooks in {src}")
    if out.resolve() == src.resolve():
        raise ValueError("out_dir must differ from src_dir")
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".class-", dir=out))
    written: dict[str, list[Path]] = {"student": [], "instructor": []}
    try:
        for build, make in (("student", student), ("instructor", instructor)):
            folder = staging / build
            folder.mkdir()
            for path in notebooks:
                nb = nbformat.read(path, as_version=4)
                made = make(nb)
                nbformat.validate(made)
                nbformat.write(made, folder / path.name)
                written[build].append(out / build / path.name)
            for extra in sorted(p for p in src.iterdir() if p.is_file() and p.suffix != ".ipynb" and not p.name.startswith(".")):
                shutil.copy2(extra, folder / extra.name)
        for build in written:
            target = out / build
            if target.exists():
                shutil.rmtree(target)
            (staging / build).rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def main(argv: list[str] | None = None) -> int:
    import nbformat

    parser = argparse.ArgumentParser(
        prog="python -m helpers.teach.exercises", description="Build student/ and instructor/ exercise notebooks from one source."
    )
    parser.add_argument("src", help="folder of source notebooks (notebooks/exercises)")
    parser.add_argument("out", help="output folder (reports/class)")
    parser.add_argument(
        "--html", action="store_true", help="also run the tour and the instructor notebooks into tour.html and answers.html"
    )
    args = parser.parse_args(argv)
    try:
        written = build_class(args.src, args.out)
    except (OSError, ValueError, nbformat.ValidationError) as exc:
        print(f"class build failed: {exc}", file=sys.stderr)
        return 1
    for build, paths in written.items():
        print(f"{build}: {len(paths)} notebooks in {Path(args.out) / build}")
    if args.html:
        from papermill.exceptions import PapermillExecutionError

        from helpers.teach.class_pages import build_pages

        try:
            pages = build_pages(Path(args.out) / "instructor", args.out)
        except (OSError, PapermillExecutionError) as exc:
            print(f"class pages failed: {str(exc).strip().splitlines()[-1] if str(exc).strip() else exc}", file=sys.stderr)
            return 1
        print("pages: " + ", ".join(str(p) for p in pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
