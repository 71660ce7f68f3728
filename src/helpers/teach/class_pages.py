"""The class's pages to read without Jupyter: the tour and an answer sheet, executed, as HTML.

`make class` builds the student and instructor notebooks (`helpers.teach.exercises`) and then
these two pages beside them:

- `tour.html`: `notebooks/00_start_here.ipynb` run top to bottom on the bundled report, code shown
  (the tour teaches the helpers a researcher calls in a cell);
- `answers.html`: the answer sheet: every exercise's question, worked solution and check, taken
  from the instructor notebooks run with strict checks (GWR_CHECKS=strict), so a sheet is only
  written when every ✓ in it is real.

Executing takes seconds per notebook (a kernel start and the report's extraction).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from helpers.config import KERNEL_NAME, NOTEBOOKS_DIR, PROJECT_ROOT
from helpers.store import atomic_write_text

TOUR = NOTEBOOKS_DIR / "00_start_here.ipynb"
SHEET_TAGS = ("exercise", "solution", "check")  # the cells of an answer sheet, in the notebook's order


def execute(source: Path, out: Path, strict: bool = False):
    """Run a notebook in the project's kernel from the project root; returns the executed notebook.

    With `strict`, a wrong answer in a check cell raises in the kernel and papermill fails the run.
    `out` is written once, when the notebook has run: papermill's save after every cell (its
    default) rewrites the whole notebook at each cell's start and end, for a partial output
    nobody reads here (`build_pages` runs in a scratch folder it removes).
    """
    import nbformat
    import papermill

    from helpers.teach.exercises import CHECKS_ENV

    before = os.environ.get(CHECKS_ENV)
    if strict:
        os.environ[CHECKS_ENV] = "strict"  # the kernel inherits the environment
    try:
        papermill.execute_notebook(
            str(source),
            str(out),
            kernel_name=KERNEL_NAME,
            cwd=str(PROJECT_ROOT),
            progress_bar=False,
            request_save_on_cell_execute=False,
        )
    finally:
        if before is None:
            os.environ.pop(CHECKS_ENV, None)
        else:
            os.environ[CHECKS_ENV] = before
    return nbformat.read(out, as_version=4)


def answer_sheet(executed: list) -> object:
    """One notebook of the exercises' questions, worked solutions and checks, outputs kept.

    Each exercise notebook contributes its title (the first heading of its first cell) and its
    `exercise`, `solution` and `check` cells; setup cells and the parameters are left out.
    """
    import nbformat

    cells = [
        nbformat.v4.new_markdown_cell(
            "# Answer sheet\n\nThe exercises with their worked solutions; each ✓ below was printed by the check cell when the solution ran."
        )
    ]
    for k, nb in enumerate(executed):
        first = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
        heading = next((line.lstrip("# ") for line in first.splitlines() if line.startswith("#")), "Exercises")
        cells.append(nbformat.v4.new_markdown_cell(f"## {heading}"))
        for c in nb.cells:
            if set(c.metadata.get("tags", [])) & set(SHEET_TAGS):
                cell = nbformat.from_dict(dict(c))
                cell["id"] = f"nb{k}-{c.get('id', len(cells))}"  # each notebook numbers its cells from 0
                cells.append(cell)
    sheet = nbformat.v4.new_notebook(cells=cells, metadata=dict(executed[0].metadata) if executed else {})
    sheet.metadata["title"] = "Answer sheet"
    return sheet


def to_html(nb, title: str) -> str:
    """The notebook as a standalone HTML page, code shown, without In/Out prompts."""
    from nbconvert import HTMLExporter

    nb.metadata["title"] = title
    exporter = HTMLExporter(exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    return body


def build_pages(instructor_dir: str | Path, out_dir: str | Path, tour: Path = TOUR) -> list[Path]:
    """Execute the tour and the instructor notebooks; write out_dir/tour.html and out_dir/answers.html."""
    instructor, out = Path(instructor_dir), Path(out_dir)
    notebooks = sorted(instructor.glob("*.ipynb"))
    if not notebooks:
        raise FileNotFoundError(f"no instructor notebooks in {instructor}: build the class first")
    with tempfile.TemporaryDirectory(prefix="class-run-") as scratch:
        ran = [execute(path, Path(scratch) / path.name, strict=True) for path in notebooks]
        tour_nb = execute(tour, Path(scratch) / tour.name)
    return [
        atomic_write_text(out / "tour.html", to_html(tour_nb, "Start here: a tour of one government work report")),
        atomic_write_text(out / "answers.html", to_html(answer_sheet(ran), "Answer sheet: the exercises with their solutions")),
    ]
