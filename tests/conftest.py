"""Shared fixtures: the project's paths and the bundled report, read once per session.

The suite runs in parallel (pytest-xdist, `-n auto --dist loadfile` in pyproject.toml): each
worker is its own session with its own tmp_path base, and a test file stays on one worker, so a
module's fixtures (a batch run, a report run) are built once. Every run a test starts writes under
its tmp_path; `project_outputs_untouched` fails the session of a worker whose tests wrote into the
project's own output folders, where two workers would collide. Kernels: the runner's talk over IPC
sockets in a private folder; every kernel a worker starts keeps its connection files and IPython
state (history database) in the worker's own folders (`own_kernel_folders`).

One run of the real notebook chain serves every test that reads its outputs (`real_chain_batch`),
and one `report` run of the bundled report every test that reads that (`bundled_report_run`): the
first worker to ask builds each, under a lock in the folder all workers' tmp_path bases share.
"""

from __future__ import annotations

import fcntl
import json
import shutil
from pathlib import Path

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


def _built_once(tmp_path_factory, worker_id, name: str, build) -> tuple[Path, object]:
    """(folder, what `build(folder)` returned, as JSON) for the whole test run: the first worker to
    ask builds it under a lock in the folder all workers' tmp_path bases share; the others wait."""
    shared = tmp_path_factory.getbasetemp()
    shared = shared if worker_id == "master" else shared.parent
    base, done = shared / name, shared / f"{name}.json"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other worker waits here while the first builds it
        if not done.is_file():
            if base.exists():  # a build that failed on the other worker: start again
                shutil.rmtree(base)
            done.write_text(json.dumps(build(base)), encoding="utf-8")
    return base, json.loads(done.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def real_chain_batch(tmp_path_factory, worker_id):
    """The real chain on a spread of the corpus (factories.run_real_chain), built once per test run.

    Its pages and tables are read by several modules (the chain on unseen reports, the browser
    tests, the notebooks' size, the report's determinism); running the notebooks for each costs
    minutes of CPU. Tests only read it: {"base", "reports", "clean", "entries"}.
    """
    from .factories import run_real_chain

    base, entries = _built_once(tmp_path_factory, worker_id, "real-chain", run_real_chain)
    return {"base": base, "reports": base / "reports", "clean": base / "clean", "entries": entries}


@pytest.fixture(scope="session")
def bundled_report_run(tmp_path_factory, worker_id):
    """`report` on the bundled report with its code shown (runner.run_report, show_code=True) into
    base/reports and base/clean, built once per test run: the report command's outputs
    (test_notebooks) and the pages naming the final tables folder (test_nightly_staging) are read
    from the same run. Tests only read it: {"base", "out_dir"}.
    """

    def build(base: Path) -> str:
        from helpers.run.runner import run_report

        return str(run_report(BUNDLED_REPORT, base / "reports", base / "clean", show_code=True).out_dir)

    base, out_dir = _built_once(tmp_path_factory, worker_id, "bundled-report", build)
    return {"base": base, "out_dir": Path(out_dir)}
