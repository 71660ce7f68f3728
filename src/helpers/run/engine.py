"""The papermill engine the runner uses: papermill's own, saving the notebook at its ends only.

papermill.execute_notebook(request_save_on_cell_execute=True) writes the whole notebook (JSON,
validated, with every chart so far) at each cell's start and end: about 130 writes and 0.9 s of
CPU per report, none of which a finished report keeps. What those writes are for is the partial
output of a run that fails, and papermill's engine already saves in a `finally` once the notebook
stops for any reason (`notebook_complete`), as long as its manager has an output path. So this
engine keeps the path for that save and for the one when the notebook starts, and drops it while
the cells run:

- a cell that raises, a kernel that dies, a cell past its timeout: the save in the `finally`
  leaves the notebook as far as it got, the failed or last-started cell marked
  (`runner.locate_failure` reads it; tests/test_runner.py makes each failure for real);
- a worker killed from outside (the batch's watchdog, a SIGKILL) runs no `finally`: the partial
  is the notebook as saved when it started, which names the notebook the report had reached
  (papermill stamps its start_time; `runner.reached`) but no cell and no output.

Example: `papermill.execute_notebook(src, out, engine_name=ENGINE, ...)` after `register()`
writes `out` twice, when the notebook starts and when it stops, whatever its number of cells.
"""

from __future__ import annotations

from papermill.engines import NBClientEngine, papermill_engines

ENGINE = "gwr-saved-at-ends"


class SavedAtEnds(NBClientEngine):
    """papermill's nbclient engine with no output path while the cells run (see the module)."""

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs):
        path, nb_man.output_path = nb_man.output_path, None
        try:
            return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)
        finally:
            nb_man.output_path = path  # for the save papermill makes in its own `finally`


def register() -> str:
    """Make the engine known to papermill (idempotent) and return its name."""
    papermill_engines.register(ENGINE, SavedAtEnds)
    return ENGINE
