"""The project installs from its own files: pins in pyproject.toml and environment.yml agree."""

from __future__ import annotations

import re
import tomllib

import yaml

from helpers.config import PROJECT_ROOT


def _norm(spec: str) -> tuple[str, str]:
    name, _, version = re.split(r"\s*(==)\s*", spec.strip(), maxsplit=1)[0], "==", spec.split("==")[1].strip()
    return re.sub(r"[-_.]+", "-", name.lower()), version


def test_pyproject_and_environment_pin_the_same_packages():
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["test"]
    assert all("==" in s for s in specs), "every dependency is pinned with =="
    from_pyproject = dict(_norm(s) for s in specs)
    env = yaml.safe_load((PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in env["dependencies"] if isinstance(d, str) and "==" in d]
    from_env = dict(_norm(s) for s in conda)
    assert from_env == from_pyproject


def test_ci_runs_the_readme_test_command():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme and "make report" in readme
    assert re.search(r"^make test\b", ci, re.M)
