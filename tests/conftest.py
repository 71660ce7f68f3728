"""Shared fixtures: the project's paths and the bundled report, read once per session.

The suite runs in parallel (pytest-xdist, `-n auto --dist loadfile` in pyproject.toml): each
worker is its own session with its own tmp_path base, and a test file stays on one worker, so a
module's fixtures (a batch run, a report run) are built once. Every run a test starts writes under
its tmp_path; `project_outputs_untouched` fails the session of a worker whose tests wrote into the
project's own output folders, where two workers would collide. Kernels: the runner's talk over IPC
sockets in a private folder; every kernel a worker starts keeps its connection files and IPython
state (history database) in the worker's own folders (`own_kernel_folders`).
"""

from __future__ import annotations

import pytest

from helpers.config import BUNDLED_REPORT, CLEAN_DIR, RAW_DIR, REPORTS_DIR


def _listing() -> dict[str, tuple[int, int]]:
    """Every file under the project's raw, clean and reports folders: (size, modification time)."""
    return {
        str(p): (st.st_size, st.st_mtime_ns)
        for folder in (RAW_DIR, CLEAN_DIR, REPORTS_DIR)
        if folder.is_dir()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith(".") and (st := p.stat())
    }


@pytest.fixture(scope="session", autouse=True)
def project_outputs_untouched(worker_id):
    """Tests write under tmp_path (per worker), never into data/raw/, data/clean/ or reports/."""
    before = _listing()
    yield
    changed = sorted(set(before.items()) ^ set(_listing().items()))
    assert not changed, f"worker {worker_id}: tests wrote into the project's folders: {[p for p, _ in changed][:5]}"


@pytest.fixture(scope="session", autouse=True)
def own_kernel_folders(tmp_path_factory):
    """Connection files and IPython's history database per worker: kernels inherit the environment."""
    base = tmp_path_factory.mktemp("jupyter")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_RUNTIME_DIR", str(base / "runtime"))
        mp.setenv("IPYTHONDIR", str(base / "ipython"))
        yield base


@pytest.fixture(scope="session")
def jiangmen():
    from helpers.run.pipeline import open_report

    return open_report(BUNDLED_REPORT)


@pytest.fixture(scope="session")
def jiangmen_figures(jiangmen):
    from helpers.run.pipeline import figures

    return figures(jiangmen)
