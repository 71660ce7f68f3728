"""The teaching kit: answer checks on the Jiangmen figures, the two builds, and their runs."""

from __future__ import annotations

import os
import re
import subprocess

import nbformat
import pytest

from helpers.config import NOTEBOOKS_DIR, PROJECT_ROOT
from helpers.teach import exercises, explore

EXERCISES = NOTEBOOKS_DIR / "exercises"
SOURCES = sorted(EXERCISES.glob("*.ipynb"))


def _tagged(nb, tag):
    return [c for c in nb.cells if tag in c.metadata.get("tags", [])]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("class")
    exercises.build_class(EXERCISES, out)
    return out


@pytest.fixture(scope="module")
def pages(built, tmp_path_factory):
    """tour.html and answers.html as `make class` builds them: the tour and every instructor notebook
    executed headless (papermill, widgets left to the kernel's detection), once for this module."""
    from helpers.teach.class_pages import build_pages

    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(explore.WIDGETS_ENV, raising=False)
        return build_pages(built / "instructor", tmp_path_factory.mktemp("pages"))


# --- the answer keys -------------------------------------------------------------------------


def test_answer_keys_on_the_jiangmen_figures(jiangmen_figures):
    e = {k: exercises.expected(k, jiangmen_figures) for k in exercises.KEYS}
    assert e["gdp_2015"] == 2240
    assert e["nominal_cagr"] == pytest.approx(7.40, abs=0.005)
    assert e["deflator_growth"] == pytest.approx(1.42, abs=0.005)
    assert e["hte_2015"] == 200 and e["hte_growth"] == pytest.approx(55.18, abs=0.01)
    assert e["hte_target_growth"] == pytest.approx(5.56, abs=0.01)
    assert e["fai_2020"] == pytest.approx(2171.7, abs=0.1)
    assert e["fai_required_growth"] == pytest.approx(10.97, abs=0.01)
    assert e["fai_rest_growth"] == pytest.approx(12.34, abs=0.01)
    assert e["market_entities_2015"] == pytest.approx(25.38, abs=0.01)
    assert e["gaps"] == {
        "gdp": 0.1,
        "industrial_value_added": -0.5,
        "retail_sales": -1.2,
        "budget_revenue": -2.0,
        "fixed_asset_investment": -3.4,
        "livelihood_spending": -5.6,
    }
    assert e["ldr_2020"] == pytest.approx(80.19, abs=0.01) and e["ldr_2019"] == pytest.approx(74.16, abs=0.01)


def test_check_verdicts(jiangmen_figures, monkeypatch, capsys):
    monkeypatch.delenv(exercises.CHECKS_ENV, raising=False)
    f = jiangmen_figures
    assert exercises.check("gdp_2015", 2240.2, f)
    assert not exercises.check("gdp_2015", 2300, f)
    assert not exercises.check("gdp_2015", ..., f)
    assert not exercises.check("nominal_cagr", 0.0740, f)
    assert not exercises.check("deflator_growth", 7.40 - 5.9, f)  # the subtraction is not the exact answer
    assert not exercises.check("gaps", {"gdp": 0.1}, f)
    assert not exercises.check("gdp_2015", "2240", f)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "✓ gdp_2015: right."
    assert out[2].startswith("✗ gdp_2015: not answered yet")
    assert "percent" in out[3] and "indicators" in out[5] and "number" in out[6]
    with pytest.raises(KeyError):
        exercises.check("no_such_key", 1, f)


def test_a_wrong_number_is_too_high_or_too_low(jiangmen_figures):
    f = jiangmen_figures
    assert exercises._verdict("gdp_2015", 3201 + 961, f) == "not right yet: too high (the answer is in 亿元, within ±0.5)"
    assert exercises._verdict("gdp_2015", 961, f).startswith("not right yet: too low")
    assert exercises._verdict("ldr_2020", 90.0, f).startswith("not right yet: too high")
    gaps = {**exercises.expected("gaps", f), "gdp": 5.0, "retail_sales": -9.0}
    assert exercises._verdict("gaps", gaps, f) == "not right yet for gdp (too high), retail_sales (too low)"


def test_the_common_mistakes_are_named(jiangmen_figures):
    """The wrong answers the exercises are about, computed by hand from the report's sentences."""
    f = jiangmen_figures
    assert "average year" in exercises._verdict("fai_2020", 8852 / 5, f)  # 五年累计完成8852亿元
    assert "difference of the two rates" in exercises._verdict("deflator_growth", 7.40 - 5.9, f)
    assert "whole period" in exercises._verdict("nominal_cagr", (3201 / 2240 - 1) * 100, f)  # 42.9 % over five years
    assert "evenly" in exercises._verdict("hte_growth", (9 - 1) / 5 * 100, f)  # 是"十二五"期末的9倍: 160 % a year
    for key, spec in exercises.KEYS.items():  # a mistake never shadows the right answer
        for mistake, _hint in spec.mistakes:
            assert abs(mistake(f) - spec.expected(f)) > spec.tol, key


def test_mistakes_file_and_computations_must_agree(tmp_path):
    short = tmp_path / "mistakes.csv"
    short.write_text("key,mistake,hint\nfai_2020,average_year,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="mistakes differ"):
        exercises.load_keys(mistakes_path=short)


def test_check_of_a_list_split_by_hand(jiangmen_figures):
    f = jiangmen_figures
    right = [("规上高技术产业增加值", 15.9), ("规上先进制造业增加值", 7.5), ("规上装备制造业增加值", 7.5)]
    assert exercises._verdict("split_by_hand", right, f) is None
    assert "shared words" in exercises._verdict(
        "split_by_hand", [("规上高技术产业", 15.9), ("先进制造业", 7.5), ("装备制造业增加值", 7.5)], f
    )
    assert "order" in exercises._verdict("split_by_hand", right[::-1], f)
    assert "3 subjects" in exercises._verdict("split_by_hand", right[:2], f)
    assert "pairs" in exercises._verdict("split_by_hand", 15.9, f)


def test_strict_checks_raise(jiangmen_figures, monkeypatch):
    monkeypatch.setenv(exercises.CHECKS_ENV, "strict")
    assert exercises.check("gdp_2015", 2240, jiangmen_figures)
    with pytest.raises(AssertionError, match="gdp_2015"):
        exercises.check("gdp_2015", ..., jiangmen_figures)


# --- the source notebooks --------------------------------------------------------------------


def test_sources_are_clean_and_follow_the_convention():
    assert len(SOURCES) >= 3
    n_exercises = 0
    for path in SOURCES:
        nb = nbformat.read(path, as_version=4)
        assert nb.metadata["kernelspec"]["name"] == "gwr-targets"
        assert _tagged(nb, "parameters") and not _tagged(nb, "answer")
        for c in nb.cells:
            if c.cell_type == "code":
                assert c.outputs == [] and c.execution_count is None, path.name
        n_exercises += len(_tagged(nb, exercises.EXERCISE))
        for c in _tagged(nb, "check"):
            for line in c.source.splitlines():
                key = line.split('"')[1]
                assert key in exercises.KEYS, f"{path.name}: no answer key {key}"
    assert n_exercises >= 6


def test_assigned_and_read_names():
    src = "a = 1\nb, (c, d) = 2, (3, 4)\ne += 1\nf: int = 2\ndef g():\n    h = 1\nfor i in []:\n    pass"
    assert exercises._assigned(src) == ["a", "b", "c", "d", "e", "f"]
    assert exercises._read("check('k', x, figs)") == {"check", "x", "figs"}
    assert exercises._assigned("not python (") == []


# --- the two builds ----------------------------------------------------------------------------


def test_student_build_holds_no_solution(built):
    for path in SOURCES:
        source = nbformat.read(path, as_version=4)
        student = nbformat.read(built / "student" / path.name, as_version=4)
        nbformat.validate(student)
        assert not _tagged(student, "solution")
        student_text = "\n".join(c.source for c in student.cells)
        for cell in _tagged(source, "solution"):
            for line in cell.source.splitlines():
                if len(line.strip()) > 12:
                    assert line.strip() not in student_text, f"{path.name}: solution line in the student build: {line}"
        # each solution became answer cells; every checked name gets a placeholder
        answers = [c for c in _tagged(student, "answer") if c.cell_type == "code"]
        assert answers and all("# your answer here" in c.source for c in answers)
        checked = set().union(*(exercises._read(c.source) for c in _tagged(source, "check")))
        placeholders = {line.split(" = ")[0] for c in answers for line in c.source.splitlines()}
        assert checked - {"check", "figs"} <= placeholders
        # questions and checks are kept, in order
        assert [c.source for c in _tagged(student, "check")] == [c.source for c in _tagged(source, "check")]
        assert [c.source for c in _tagged(student, exercises.EXERCISE)] == [c.source for c in _tagged(source, exercises.EXERCISE)]
        assert student.metadata["gwr_build"] == "student"


def test_instructor_build_is_the_source_with_outputs_cleared(built):
    for path in SOURCES:
        source = nbformat.read(path, as_version=4)
        instructor = nbformat.read(built / "instructor" / path.name, as_version=4)
        assert [c.source for c in instructor.cells] == [c.source for c in source.cells]
        assert all(c.outputs == [] for c in instructor.cells if c.cell_type == "code")
        assert instructor.metadata["gwr_build"] == "instructor"
    assert (built / "student" / "README.md").exists() and (built / "instructor" / "README.md").exists()


def test_build_replaces_an_old_build_and_refuses_bad_folders(tmp_path):
    stale = tmp_path / "out" / "student" / "old.ipynb"
    stale.parent.mkdir(parents=True)
    stale.write_text("{}")
    exercises.build_class(EXERCISES, tmp_path / "out")
    assert not stale.exists()
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".class-")]
    with pytest.raises(FileNotFoundError):
        exercises.build_class(tmp_path / "empty", tmp_path / "out2")
    assert exercises.main([str(tmp_path / "empty"), str(tmp_path / "out3")]) == 1
    assert exercises.main([str(EXERCISES), str(tmp_path / "out4")]) == 0


@pytest.mark.slow
def test_class_pages_run_the_instructor_notebooks_with_strict_checks(pages):
    """answers.html comes from the instructor notebooks run with GWR_CHECKS=strict (a wrong solution
    raises in the kernel): every check of every exercise printed ✓; tour.html is the executed tour."""
    tour, answers = pages
    sheet = answers.read_text(encoding="utf-8")
    n_checks = sum(len(c.source.splitlines()) for p in SOURCES for c in _tagged(nbformat.read(p, as_version=4), "check"))
    assert not re.findall(r"✗ \w+:", sheet) and len(re.findall(r"✓ \w+: right\.", sheet)) == n_checks
    assert "Exercise 5 · The growth the 1.5万亿元 target requires" in sheet and "brentq" in sheet
    page = tour.read_text(encoding="utf-8")
    assert "<mark>3201</mark>" in page and "data:image/png;base64" in page


@pytest.mark.slow
def test_tour_runs_headless_with_static_output(pages):
    """The tour run by papermill (no widget front end): the picker falls back to a static table and
    chart, no widget view is left in any output, numbers are marked and report terms glossed."""
    page = pages[0].read_text(encoding="utf-8")
    assert "application/vnd.jupyter.widget-view+json" not in page
    assert "<mark>3201</mark>" in page and '<abbr class="gloss"' in page
    assert "data:image/png;base64" in page  # the picker's static chart


def test_make_class_and_make_lab(tmp_path):
    dry = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", "class", "lab"], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert "helpers.teach.exercises notebooks/exercises reports/class --html" in dry.stdout
    assert ("--allow-root" in dry.stdout) == (os.geteuid() == 0)


def test_student_build_runs_without_error(built, tmp_path, monkeypatch):
    """Unanswered, a student notebook still runs top to bottom: checks say 'not answered yet'."""
    import papermill

    monkeypatch.delenv(exercises.CHECKS_ENV, raising=False)
    path = built / "student" / "ex2_investment_cumulative.ipynb"
    out = tmp_path / path.name
    papermill.execute_notebook(str(path), str(out), kernel_name="gwr-targets", cwd=str(PROJECT_ROOT), progress_bar=False)
    text = "".join(o.get("text", "") for c in nbformat.read(out, as_version=4).cells for o in c.get("outputs", []))
    assert "not answered yet" in text and "✓" not in text
    # the root-finder example is the students' too: brentq finds the rate the formula gives
    found, formula = re.search(r"brentq: ([\d.]+) % a year; the formula .*: ([\d.]+) %", text).groups()
    assert found == formula and float(found) == pytest.approx(7.40, abs=0.005)
