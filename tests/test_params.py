"""Notebook parameters are checked before any kernel starts: one line naming the file and the problem."""

from __future__ import annotations

import os

import nbformat
import pytest

from helpers.config import BUNDLED_REPORT, NOTEBOOKS_DIR, PROJECT_ROOT
from helpers.errors import ReportError
from helpers.run import params

PARAMETERS = """report_path = "data/raw/jiangmen-2021.txt"  # relative to the project root, or absolute
clean_root = "data/clean"
year: int = 2021
threshold = 0.5
show = False
anything = None
"""


@pytest.fixture
def notebook(tmp_path):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(PARAMETERS)
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell, nbformat.v4.new_code_cell("print(report_path)")]
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, path)
    return path


def _one_line(err: pytest.ExceptionInfo, *parts: str) -> str:
    msg = str(err.value)
    assert "\n" not in msg
    for part in parts:
        assert part in msg, msg
    return msg


def test_declared_types_come_from_annotations_and_default_literals(notebook):
    types = {k: v["inferred_type_name"] for k, v in params.declared(notebook).items()}
    assert types == {
        "report_path": "str",
        "clean_root": "str",
        "year": "int",
        "threshold": "float",
        "show": "bool",
        "anything": "None",
    }


def test_good_parameters_pass_unchanged(notebook):
    values = {"report_path": str(BUNDLED_REPORT), "clean_root": "data/clean", "year": 2020, "threshold": 1, "anything": [1]}
    assert params.check(notebook, values) == values


def test_the_real_notebook_accepts_the_bundled_report():
    nb = NOTEBOOKS_DIR / "01_clean_figures.ipynb"
    if not nb.exists():
        pytest.skip("notebook 01 missing")
    params.check(nb, {"report_path": "data/raw/jiangmen-2021.txt", "clean_root": "data/clean"})


def test_unknown_parameter_names_the_notebook_and_what_it_declares(notebook):
    with pytest.raises(ReportError) as err:
        params.check(notebook, {"report_pth": "x"})
    _one_line(err, str(notebook), "unknown parameter report_pth", "declares", "report_path")


@pytest.mark.parametrize(
    "key,value,expected",
    [
        ("year", "2021", "int"),
        ("year", True, "int"),  # a bool is not a year
        ("year", 2021.0, "int"),
        ("threshold", "0.5", "float"),
        ("show", "yes", "bool"),
        ("report_path", 5, "str"),
        ("report_path", ["data/raw/a.txt"], "str"),
    ],
)
def test_wrong_types_fail_with_one_line(notebook, key, value, expected):
    with pytest.raises(ReportError) as err:
        params.check(notebook, {key: value})
    _one_line(err, str(notebook), f"parameter {key} must be {expected}")


def test_a_long_wrong_value_is_shortened_in_the_message(notebook):
    with pytest.raises(ReportError) as err:
        params.check(notebook, {"year": "9" * 10_000})
    assert len(str(err.value)) < len(str(notebook)) + 120


def test_parameters_must_be_a_mapping(notebook):
    with pytest.raises(ReportError, match="mapping"):
        params.check(notebook, [("year", 2021)])


@pytest.mark.parametrize(
    "value",
    [
        "../../etc/passwd",
        "data/raw/../../../etc/passwd",
        "/etc/passwd",
        "~/.ssh/id_rsa",
    ],
)
def test_paths_outside_the_project_are_refused(notebook, value):
    with pytest.raises(ReportError) as err:
        params.check(notebook, {"report_path": value})
    _one_line(err, "parameter report_path in nb.ipynb points outside the project")


def test_a_symlink_out_of_the_project_is_refused(tmp_path):
    link = PROJECT_ROOT / "data" / f".test-link-{os.getpid()}"
    link.symlink_to(tmp_path)
    try:
        with pytest.raises(ReportError, match="points outside the project"):
            params.check_path("clean_root", link / "x", must_exist=False)
    finally:
        link.unlink()


def test_an_explicitly_allowed_folder_is_accepted(tmp_path, notebook):
    report = tmp_path / "r.txt"
    report.write_text("地区生产总值增长2.2%。", encoding="utf-8")
    params.check(notebook, {"report_path": str(report), "clean_root": str(tmp_path / "clean")}, allowed_roots=(tmp_path,))
    with pytest.raises(ReportError, match="outside"):
        params.check(notebook, {"report_path": str(report)})


@pytest.mark.parametrize(
    "make,problem",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "not a file"),
    ],
)
def test_missing_report_or_a_folder_fails_naming_the_path(tmp_path, notebook, make, problem):
    path = make(tmp_path)
    with pytest.raises(ReportError) as err:
        params.check(notebook, {"report_path": str(path)}, allowed_roots=(tmp_path,))
    _one_line(err, str(path), problem, "report_path")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_report_fails_naming_the_path(tmp_path, notebook):
    report = tmp_path / "r.txt"
    report.write_text("x", encoding="utf-8")
    report.chmod(0)
    with pytest.raises(ReportError) as err:
        params.check(notebook, {"report_path": str(report)}, allowed_roots=(tmp_path,))
    _one_line(err, str(report), "cannot use")


@pytest.mark.parametrize("value", ["", "   ", "a\x00b", "x" * 5000 + "/y"])
def test_empty_nul_or_absurd_paths_fail_with_one_line(notebook, value):
    with pytest.raises(ReportError) as err:
        params.check_path("report_path", value, must_exist=True, where="nb.ipynb")
    assert "\n" not in str(err.value) and "report_path" in str(err.value)


def test_a_missing_or_broken_notebook_fails_with_one_line(tmp_path):
    with pytest.raises(ReportError, match="no such notebook"):
        params.check(tmp_path / "nope.ipynb", {})
    broken = tmp_path / "broken.ipynb"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReportError) as err:
        params.check(broken, {})
    _one_line(err, str(broken), "cannot read the notebook's parameters")
