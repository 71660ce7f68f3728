"""Notebook parameters, checked before any kernel starts.

papermill only warns when a parameter name is misspelt and happily injects a string where a
number was meant; the run then fails deep inside a kernel with a long traceback, or worse,
succeeds with the default. Here the parameters cell of each notebook (read with
`papermill.inspect_notebook`) is the declaration: an unknown name, a wrong type or a path that
does not exist fails at once with one line.

papermill also writes Chinese parameter values as \\u escapes ("\\u6c5f\\u95e8"); the translator
registered here writes them as they are (江门), so the executed notebook reads naturally.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from helpers.config import PROJECT_ROOT, resolve
from helpers.errors import ReportError
from helpers.extract.metadata import check_name

_TYPES = {"str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict}
# Parameters whose value is a path, and whether it must exist already.
PATH_PARAMS = {"report_path": True, "clean_root": False, "raw_dir": True, "catalog_path": True}
# What an existing path must be: a file to read or a folder to list.
PATH_KINDS = {"report_path": "file", "catalog_path": "file", "raw_dir": "folder"}


@cache
def use_unicode_translator() -> None:
    """Make papermill write parameters as readable Python (repr, not \\u escapes), once per process.

    papermill (and nbformat, jsonschema under it) is imported here and in `declared`, not when the
    module is: a command that fails on its arguments answers in a fraction of a second instead of
    after a second and a half of imports.
    """
    from papermill.translators import PythonTranslator, papermill_translators

    class UnicodePythonTranslator(PythonTranslator):
        @classmethod
        def translate_str(cls, val):
            return repr(val)

    papermill_translators.register("python", UnicodePythonTranslator)


def declared(notebook: Path) -> dict[str, dict]:
    """Name -> {'inferred_type_name': 'str', 'default': '"..."'} from the cell tagged `parameters`.

    papermill infers a type only from an annotation (`year: int = 2021`); for a plain assignment
    (`report_path = "data/raw/jiangmen-2021.txt"`) the type of the default literal is used, so
    a number passed where the notebook expects a path is still caught.
    """
    p = Path(notebook)
    if not p.is_file():
        raise ReportError(p, "no such notebook")
    import papermill

    try:
        spec = papermill.inspect_notebook(str(p))
    except Exception as exc:  # nbformat and papermill raise many types for a broken notebook
        reason = (str(exc).splitlines() or [""])[0][:100]
        raise ReportError(p, f"cannot read the notebook's parameters ({type(exc).__name__}: {reason})") from None
    for entry in spec.values():
        if entry.get("inferred_type_name") in (None, "None"):
            entry["inferred_type_name"] = _literal_type(entry.get("default"))
    return spec


def _literal_type(default: str | None) -> str:
    """'"data/raw/x.txt"' -> 'str', '2021' -> 'int', 'None' or an expression -> 'None' (any)."""
    try:
        value = ast.literal_eval(default or "None")
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return "None"
    return next((name for name, t in _TYPES.items() if type(value) is t), "None")


def _type_ok(value, type_name: str) -> bool:
    expected = _TYPES.get(type_name)
    if expected is None:  # papermill reports 'None' or an expression type it could not infer
        return True
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def check(notebook: Path, params: dict, allowed_roots: tuple[Path, ...] = ()) -> dict:
    """Validate `params` against the notebook's declaration; returns them unchanged or raises.

    Paths must lie inside the project or one of `allowed_roots` (a report folder elsewhere that
    the user named explicitly), so a parameter cannot make a run write outside them.
    """
    spec = declared(notebook)
    name = Path(notebook).name
    if not isinstance(params, dict):
        raise ReportError(notebook, f"parameters must be a mapping of name: value, got {type(params).__name__}")
    unknown = sorted(set(params) - set(spec))
    if unknown:
        raise ReportError(notebook, f"unknown parameter {', '.join(unknown)} (the notebook declares {', '.join(sorted(spec))})")
    for key, value in params.items():
        type_name = spec[key]["inferred_type_name"]
        if not _type_ok(value, type_name):
            raise ReportError(notebook, f"parameter {key} must be {type_name}, got {type(value).__name__} {_short(value)}")
        if key in PATH_PARAMS:
            check_path(key, value, must_exist=PATH_PARAMS[key], allowed_roots=allowed_roots, where=name)
    return params


def command_line_roots(report_path: str | Path) -> tuple[Path, ...]:
    """The folder of a report file named on the command line, allowed for reading.

    `make report REPORT=/some/folder/2026_上海市.txt` names a user's own file: an intended input,
    so its folder is allowed (the outputs still go to --out and --clean). Only the command line
    calls this: a path that arrives in a sidecar, a catalog or a parameter file is checked against
    the project and the --allow folders alone. A name that is not a file allows nothing.

    >>> from helpers.config import BUNDLED_REPORT
    >>> command_line_roots(BUNDLED_REPORT) == (BUNDLED_REPORT.parent,), command_line_roots("no/such.txt")
    (True, ())
    """
    p = resolve(report_path)
    return (p.resolve().parent,) if p.is_file() else ()


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_path(key: str, value, must_exist: bool, allowed_roots: tuple[Path, ...] = (), where: str = "") -> Path:
    """A path parameter: a string, inside the project or an allowed root, existing if it must.

    Symbolic links and `..` are resolved before the check, so "data/raw/../../../etc/passwd"
    and a link pointing out of the project are both refused. Returns the resolved path.
    """
    at = f" in {where}" if where else ""
    if not isinstance(value, (str, Path)) or not str(value).strip():
        raise ReportError(where or None, f"parameter {key} must be a non-empty path, got {_short(value)}")
    if "\x00" in str(value):
        raise ReportError(where or None, f"parameter {key} holds a NUL character: {_short(value)}")
    check_name(value)
    try:
        p = resolve(value).resolve()
        roots = (PROJECT_ROOT.resolve(), *(Path(r).resolve() for r in allowed_roots))
        if not any(p == r or r in p.parents for r in roots):
            raise ReportError(
                p,
                f"parameter {key}{at} points outside the project and the allowed folders (name the report on the command line, or --allow DIR)",
            )
        if must_exist and not p.exists():
            raise ReportError(p, f"no such file or folder (parameter {key}{at})")
        kind = PATH_KINDS.get(key)
        if must_exist and kind == "file" and not p.is_file():
            raise ReportError(p, f"not a file (parameter {key}{at})")
        if must_exist and kind == "folder" and not p.is_dir():
            raise ReportError(p, f"not a folder (parameter {key}{at})")
        if must_exist and p.is_file():
            with open(p, "rb") as fh:
                fh.read(1)
    except OSError as exc:
        raise ReportError(value, f"cannot use (parameter {key}{at}): {exc.strerror or exc}") from None
    return p
