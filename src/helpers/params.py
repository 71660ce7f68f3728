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

from pathlib import Path

import papermill
from papermill.translators import PythonTranslator, papermill_translators

from .config import PROJECT_ROOT, resolve
from .errors import ReportError

_TYPES = {"str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict}
# Parameters whose value is a path, and whether it must exist already.
PATH_PARAMS = {"report_path": True, "clean_root": False, "raw_dir": True, "catalog_path": True}


class UnicodePythonTranslator(PythonTranslator):
    """Python parameter translator that keeps non-ASCII text readable (repr, not \\u escapes)."""

    @classmethod
    def translate_str(cls, val):
        return repr(val)


papermill_translators.register("python", UnicodePythonTranslator)


def declared(notebook: Path) -> dict[str, dict]:
    """Name -> {'type': 'str', 'default': '"..."'} from the notebook's cell tagged `parameters`."""
    return papermill.inspect_notebook(str(notebook))


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
    unknown = sorted(set(params) - set(spec))
    if unknown:
        raise ReportError(notebook, f"unknown parameter {', '.join(unknown)} (the notebook declares {', '.join(sorted(spec))})")
    for key, value in params.items():
        type_name = spec[key]["inferred_type_name"]
        if not _type_ok(value, type_name):
            raise ReportError(notebook, f"parameter {key} must be {type_name}, got {type(value).__name__} {value!r}")
        if key in PATH_PARAMS:
            check_path(key, value, must_exist=PATH_PARAMS[key], allowed_roots=allowed_roots, where=name)
    return params


def check_path(key: str, value, must_exist: bool, allowed_roots: tuple[Path, ...] = (), where: str = "") -> Path:
    """A path parameter: a string, inside the project or an allowed root, existing if it must."""
    if not isinstance(value, (str, Path)) or not str(value).strip():
        raise ReportError(where or None, f"parameter {key} must be a non-empty path")
    p = resolve(value).resolve()
    roots = (PROJECT_ROOT.resolve(), *(Path(r).resolve() for r in allowed_roots))
    if not any(p == r or r in p.parents for r in roots):
        raise ReportError(p, f"parameter {key} points outside the project and the allowed folders")
    if must_exist and not p.exists():
        raise ReportError(p, f"no such file (parameter {key})")
    if must_exist and p.is_file():
        try:
            with open(p, "rb") as fh:
                fh.read(1)
        except OSError as exc:
            raise ReportError(p, f"cannot read (parameter {key}): {exc.strerror}") from None
    return p
