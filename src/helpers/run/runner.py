"""Running a report's notebook chain with papermill, headlessly, into reports/<report_id>/.

What papermill alone lacks for unattended use, added here:
- parameters are checked before a kernel starts (`params.check`);
- one kernel per report, shared by its notebooks: a kernel start plus the pandas/seaborn/
  statsmodels imports costs seconds, the analysis milliseconds. Reports never share a kernel;
  the notebooks of one report do (each still runs on its own in a fresh kernel in JupyterLab);
- the kernel is the project's own environment, registered on first use if it is missing, so
  NoSuchKernel or the wrong Python cannot happen;
- kernels talk over IPC sockets in a private temporary folder, not TCP ports, so reports run
  in parallel cannot race for a port;
- a failure is one line: report, notebook, cell, source line, error, path of the partial output,
  whether the notebook raised, the kernel died or a cell ran past the timeout;
- outputs are built in a temporary folder and moved into place, so a crash or a kill never leaves
  a half-written report that looks complete: a report folder is complete when it holds run.json;
  the report's clean tables are staged the same way and swapped in just before the report folder,
  so a killed run leaves the previous tables whole (never some new and some old);
- HTML is exported in-process (code hidden for readers unless show_code) with an index page.

papermill, nbformat, nbconvert and jupyter_client are imported where they are used: together they
take seconds to import, and the batch supervisor (`helpers.run.batch`) reads this module's constants
on a path that must stay fast.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import functools
import html
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from helpers.config import CLEAN_DIR, INDEX_CHART_KEY, KERNEL_NAME, NOTEBOOKS_DIR, PROJECT_ROOT, REPORTS_DIR
from helpers.errors import ReportError
from helpers.extract.metadata import load_metadata

# jsonschema (under nbformat) imports rfc3987_syntax when it is installed (jupyterlab brings it),
# which builds a parser for about 1.5 s in every process; notebook validation never checks the
# IRI formats it serves, so a run goes without it.
sys.modules.setdefault("rfc3987_syntax", None)

CHAIN = ("01_clean_figures.ipynb", "02_implied_growth.ipynb", "03_targets.ipynb")
CELL_TIMEOUT = 120  # seconds a single cell may run
START_TIMEOUT = 60  # seconds a kernel may take to start
_STAGING = re.compile(r"^\.(?P<rid>.+)\.(?:partial|old)-(?P<pid>\d+)$")


class RunError(ReportError):
    """A notebook failed; carries where (notebook, cell) and the partial output's path."""

    def __init__(self, report_id: str, notebook: str, cell: int | None, source_line: str, error: str, partial: Path | None):
        self.report_id, self.notebook, self.cell = report_id, notebook, cell
        self.source_line, self.error, self.partial = source_line, error, partial
        where = f"{notebook} cell {cell}" if cell is not None else notebook
        line = f" at `{source_line}`" if source_line else ""
        out = f" (partial output: {partial})" if partial else ""
        super().__init__(None, f"{report_id}: {where}{line}: {error}{out}")


@dataclass
class RunResult:
    report_id: str
    out_dir: Path
    files: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    summary: dict = field(default_factory=dict)


def ensure_kernel(name: str = KERNEL_NAME) -> str:
    """Make sure kernel `name` exists and runs this Python; register it in sys.prefix if not."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    ksm = KernelSpecManager()
    try:
        spec = ksm.get_kernel_spec(name)
        if Path(spec.argv[0]).resolve() == Path(sys.executable).resolve() or spec.argv[0] == sys.executable:
            return name
    except NoSuchKernel:
        pass
    from ipykernel.kernelspec import install

    install(kernel_name=name, display_name="Python (gwr-targets)", prefix=sys.prefix)
    return name


def _cells(nb_path: Path) -> list:
    """The cells of an executed (or partly executed) notebook; [] when it was never saved."""
    import nbformat

    try:
        return nbformat.read(nb_path, as_version=4).cells
    except (OSError, ValueError):
        return []


def _pointed_line(source: str, traceback: list[str]) -> str:
    """The line the traceback's first frame names in the cell (`Cell In[9], line 6`; later frames
    may be in functions defined elsewhere), else the cell's first code line."""
    named = re.findall(r"Cell In\[\d+\], line (\d+)", re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(traceback)))
    src = source.splitlines()
    if named and 0 < int(named[0]) <= len(src):
        return src[int(named[0]) - 1].strip()
    code = [ln.strip() for ln in src if ln.strip() and not ln.lstrip().startswith("#")]
    return code[0] if code else ""


def locate_failure(nb_path: Path, exc: BaseException | None = None) -> tuple[int | None, str]:
    """The failing cell (numbered as In [n]: code cells from the top) and the source line to quote.

    papermill marks a cell that raised as "failed"; a dead kernel or a timeout marks nothing, so
    then the culprit is the last cell that started (papermill stamps a start_time on each).
    """
    cells = [c for c in _cells(nb_path) if c.cell_type == "code"]
    marks = [c.metadata.get("papermill", {}) for c in cells]
    failed = [i for i, m in enumerate(marks) if m.get("status") == "failed"]
    started = [i for i, m in enumerate(marks) if m.get("start_time")]
    index = (failed or started or [None])[-1]
    if index is None:
        return None, ""
    return index + 1, _pointed_line(cells[index].source, getattr(exc, "traceback", None) or [])


def _start_stamps(nb_path: Path) -> tuple[bool, bool]:
    """(papermill stamped the notebook's start, it stamped some cell's start) in a (partial) notebook.

    Read as plain JSON: the batch supervisor calls this and must not import nbformat.
    """
    try:
        nb = json.loads(Path(nb_path).read_text(encoding="utf-8"))
        cells = [c.get("metadata", {}).get("papermill", {}) for c in nb.get("cells", []) if isinstance(c, dict)]
        return bool(nb.get("metadata", {}).get("papermill", {}).get("start_time")), any(c.get("start_time") for c in cells)
    except (OSError, ValueError, AttributeError):
        return False, False


def started(nb_path: Path) -> bool:
    """Did any cell of this (partial) notebook start? A link to a notebook that never ran shows nothing."""
    return _start_stamps(nb_path)[1]


def reached(nb_path: Path) -> bool:
    """Did papermill start this notebook? Its start is saved (`helpers.run.engine`), so a worker
    killed before the notebook's end still shows which notebook the report had reached, though
    without its cells' outputs (then `started` is False and nothing links to it)."""
    return any(_start_stamps(nb_path))


def _reason(exc: BaseException, cell_timeout: int) -> str:
    """One line for what went wrong inside the kernel."""
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        return f"{exc.ename}: {exc.evalue}"
    if isinstance(exc, CellTimeoutError):
        return f"cell timed out after {cell_timeout} s"
    if isinstance(exc, DeadKernelError):
        return "kernel died (DeadKernelError)"
    return one_line(exc)


def export_html(nb_path: Path, html_path: Path, show_code: bool, title: str, glossed: set[str] | None = None) -> Path:
    """Executed notebook -> standalone HTML with embedded charts; code hidden unless show_code.

    Report terms (规上, 可比价, 年均增长 ...) are glossed where they first appear in the prose: each
    becomes an <abbr> whose tooltip gives the English gloss. `glossed` carries the terms already
    glossed on earlier pages of the same report, so each is explained once.
    """
    import nbformat

    from helpers.store import atomic_write_text
    from helpers.teach import glossary

    exporter = _html_exporter(show_code, threading.get_ident())
    nb = nbformat.read(nb_path, as_version=4)
    nb.metadata["title"] = title
    seen = set() if glossed is None else glossed
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = glossary.annotate_markdown(cell.source, seen)
    body, _ = exporter.from_notebook_node(nb)
    return atomic_write_text(html_path, body)


@functools.cache
def _html_exporter(show_code: bool, thread: int):
    """One HTML exporter per setting and thread, reused for every page: building one compiles the
    lab template's Jinja files again (a third of an export). nbconvert's own command line converts
    all its notebooks with one exporter; each call sets up its resources and per-notebook filters
    afresh, so pages do not leak into one another. Per thread, as a call registers its notebook's
    filters on the exporter while it renders."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = not show_code
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    return exporter


def templates():
    """The package's Jinja templates, autoescaped: report text is data, never markup."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    from helpers.analysis import wording

    env = Environment(loader=PackageLoader("helpers.run", "templates"), autoescape=select_autoescape(["html", "j2"]))
    env.filters["target_words"] = wording.target_words  # one wording of targets and qualifiers on every page
    return env


def write_index(out_dir: Path, meta: dict, pages: list[dict], summary: dict) -> Path:
    """reports/<id>/index.html: what the report is, key figures, links to each notebook's page."""
    from helpers.store import atomic_write_text

    page = templates().get_template("report_index.html.j2").render(meta=meta, pages=pages, summary=summary)
    return atomic_write_text(out_dir / "index.html", page)


def _summary(report_id: str, clean_root: Path) -> dict:
    """Key figures for the index page, read from the clean tables (empty when one is missing)."""
    import pandas as pd

    from helpers.analysis.trust import usable

    out: dict = {}
    folder = clean_root / report_id
    try:
        figs = pd.read_parquet(folder / "figures.parquet")
    except (OSError, ValueError):
        return out
    out["n_figures"] = len(figs)
    out["n_targets"] = int(figs["is_target"].sum())
    gdp = usable(figs)  # a headline of the page is the region's own, read with confidence
    gdp = gdp[gdp["indicator"] == "gdp"]
    last = gdp[(gdp["measure"] == "growth_yoy") & ~gdp["is_target"]]
    if len(last):
        out["gdp_growth_last_year"] = float(last.iloc[0]["value"])
    tgt = gdp[(gdp["measure"] == "growth_yoy") & gdp["is_target"] & (gdp["section"] == "plan_year")]
    if len(tgt):
        row = tgt.iloc[0]
        out["gdp_target"] = float(row["value"])
        out["gdp_target_high"] = None if pd.isna(row["value_high"]) else float(row["value_high"])
        out["gdp_target_qualifier"] = row["qualifier"] if isinstance(row["qualifier"], str) else ""
    try:
        checks = pd.read_parquet(folder / "checks.parquet")
        out["failed_checks"] = int((~checks["passed"].astype(bool)).sum())
    except (OSError, ValueError, KeyError):
        pass
    return out


def shown_path(path: Path) -> str:
    """The raw file as a page names it: relative to the project when inside it, else absolute.

    >>> shown_path(PROJECT_ROOT / "data" / "raw" / "jiangmen-2021.txt"), shown_path(Path("/tmp/x/2026_上海市.txt"))
    ('data/raw/jiangmen-2021.txt', '/tmp/x/2026_上海市.txt')
    """
    path = Path(path).resolve()
    return path.relative_to(PROJECT_ROOT).as_posix() if path.is_relative_to(PROJECT_ROOT) else str(path)


CHECKS_PAGE = "02_implied_growth.html"


def index_charts(staging: Path, tables: Path, pages: list[dict]) -> dict:
    """The index page's charts (gdp_path.png, targets.png) and its failed checks, each linked to
    its row of the checks table on notebook 02's page (present.table names the cells T_checks_row<i>).

    The charts are the ones notebook 03 drew and showed (`plots.show_on_index`): each executed
    notebook of the chain is read as JSON and every output marked INDEX_CHART_KEY is written beside
    index.html, so nothing is drawn twice and this process never imports matplotlib. A chart the
    report cannot have (no GDP level, no target with a history, notebook 03 not in the chain) is
    left out, never an error.
    """
    import pandas as pd

    from helpers.analysis import narrate
    from helpers.store import atomic_write_bytes

    out: dict = {"charts": [], "failed": []}
    for page in pages:
        cells = json.loads((staging / page["ipynb"]).read_text(encoding="utf-8"))["cells"]
        for output in (o for c in cells for o in c.get("outputs", [])):
            chart = output.get("metadata", {}).get(INDEX_CHART_KEY)
            if chart and "image/png" in output.get("data", {}):
                name = Path(chart["png"]).name  # a file beside index.html, whatever the notebook wrote
                atomic_write_bytes(staging / name, base64.b64decode(output["data"]["image/png"]))
                out["charts"].append({"png": name, "alt": chart["alt"]})
    try:
        chk = pd.read_parquet(tables / "checks.parquet")
    except (OSError, ValueError):
        return out
    linked = any(p.get("html") == CHECKS_PAGE for p in pages)
    for i, r in enumerate(chk.itertuples()):
        if not bool(r.passed):
            out["failed"].append(
                {
                    "check": r.check,
                    "indicator": narrate.english(r.indicator),
                    "note": r.note,
                    "href": f"{CHECKS_PAGE}#T_checks_row{i}_col0" if linked else None,
                }
            )
    return out


def _review(staging: Path, raw, meta: dict, clean_root: Path) -> dict:
    """The review sheet (review.html, review.csv) of the table the notebooks saved, and its counts.

    Part of every report run, so a rerun of `report` or of the batch rebuilds the sheet with the
    pages instead of dropping it (docs/corrections.md). Built from the raw text the run already
    read and the checks notebook 02 saved (computed only when the chain saved none).
    """
    import pandas as pd

    from helpers.run import pipeline
    from helpers.run.review import write_sheet

    report = pipeline.Report(raw, meta)
    try:
        checks = pd.read_parquet(clean_root / report.report_id / "checks.parquet")
    except (OSError, ValueError):
        checks = None
    _, _, sheet = write_sheet(staging, report, pipeline.load_figures(report, clean_root), checks)
    return {"review": "review.html", "n_check_first": int(sheet["check_first"].sum()), "n_rows": len(sheet)}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(out_root: Path, report_id: str | None = None) -> list[Path]:
    """Remove `.<id>.partial-<pid>` / `.<id>.old-<pid>` folders left by runs that were killed.

    Only folders whose process is gone are removed, so a run in progress keeps its staging folder.
    They never look like a report anyway (hidden, and without run.json at reports/<id>/).
    """
    removed = []
    for p in Path(out_root).glob(".*-*"):
        m = _STAGING.match(p.name)
        if m and p.is_dir() and (report_id is None or m["rid"] == report_id) and not _pid_alive(int(m["pid"])):
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def separate_folders(**folders: Path) -> None:
    """Refuse folders that are one another or inside one another: --clean equal to --out would have
    the reports' swap delete every clean table, and --out inside RAW_DIR writes into the raw data.

    >>> separate_folders(**{"--out": Path("/srv/reports"), "--clean": Path("/srv/clean")})
    >>> separate_folders(**{"--out": Path("/srv/r"), "--clean": Path("/srv/r/clean")})
    Traceback (most recent call last):
    helpers.errors.ReportError: --out (/srv/r) and --clean (/srv/r/clean) overlap: give them separate folders
    """
    named = list(folders.items())
    for i, (a, pa) in enumerate(named):
        for b, pb in named[i + 1 :]:
            if pa == pb or pa in pb.parents or pb in pa.parents:
                raise ReportError(None, f"{a} ({pa}) and {b} ({pb}) overlap: give them separate folders")


def check_writable(folder: Path) -> None:
    """Fail before any kernel starts when an output folder cannot be written (read-only, full)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise ReportError(folder, f"output folder is not writable ({exc.strerror or type(exc).__name__})") from None


def _execute(nb: str, staging: Path, values: dict, km, kernel: str, notebooks_dir: Path, cell_timeout: int) -> Path:
    """Run one notebook of the chain in the report's kernel; saved when it starts and when it stops
    for any reason (`helpers.run.engine`), so a raising cell, a dead kernel or a cell past its
    timeout leaves a partial output that shows where it stopped."""
    import papermill

    from helpers.run import engine, params

    params.use_unicode_translator()
    out_nb = staging / nb
    papermill.execute_notebook(
        str(notebooks_dir / nb),
        str(out_nb),
        parameters=values,
        kernel_name=kernel,
        km=km,
        progress_bar=False,
        engine_name=engine.register(),
        request_save_on_cell_execute=True,  # hands the output path to the engine, which saves at the ends
        execution_timeout=cell_timeout,
        start_timeout=START_TIMEOUT,
        cwd=str(PROJECT_ROOT),
    )
    return out_nb


def checked_values(
    chain: tuple[str, ...], notebooks_dir: Path, base: dict, extra: dict, allowed_roots: tuple[Path, ...]
) -> dict[str, dict]:
    """Each notebook's parameters, checked before any kernel starts.

    An extra name no notebook of the chain declares fails with one line (papermill only warns);
    types and paths are checked per notebook by `params.check`.
    """
    from helpers.run import params

    fixed = sorted(set(extra) & set(base))
    if fixed:
        raise ReportError(None, f"parameter {', '.join(fixed)} is set by the command itself (give it as an argument)")
    declared = {nb: params.declared(notebooks_dir / nb) for nb in chain}
    unknown = sorted(set(extra) - set().union(*declared.values()))
    if unknown:
        names = ", ".join(sorted(set().union(*declared.values())))
        raise ReportError(None, f"unknown parameter {', '.join(unknown)} (the notebooks declare {names})")
    values = {nb: {**base, **{k: v for k, v in extra.items() if k in declared[nb]}} for nb in chain}
    for nb in chain:
        params.check(notebooks_dir / nb, values[nb], allowed_roots=allowed_roots)
    return values


def tables_staging(clean_root: Path, rid: str) -> Path:
    """Where a run's notebooks write the tables of `rid` before they are swapped into clean_root/<rid>/.

    A folder named like clean_root inside a hidden staging folder of clean_root: a notebook that
    prints where it wrote, relative to its clean_root's parent, prints `clean/<rid>/figures.csv`
    as it does without staging. The next run removes it when its process is gone (`clean_stale`).

    >>> tables_staging(Path("/srv/data/clean"), "jiangmen-2021").as_posix()  # doctest: +ELLIPSIS
    '/srv/data/clean/.jiangmen-2021.partial-.../clean'
    """
    return clean_root / f".{rid}.partial-{os.getpid()}" / clean_root.name


def _show_final(nb_path: Path, staged: Path, final: Path) -> None:
    """An executed notebook names the final tables folder, not the staging one its kernel wrote to.

    Only papermill's record of the parameters (the injected cell and the notebook's metadata) names
    clean_root; the pages read as if the tables had been written in place.
    """
    import nbformat

    nb = nbformat.read(nb_path, as_version=4)
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.source = cell.source.replace(str(staged), str(final))
    params = nb.metadata.get("papermill", {}).get("parameters", {})
    for name, value in params.items():
        if isinstance(value, str):
            params[name] = value.replace(str(staged), str(final))
    nbformat.write(nb, nb_path)


def _run_chain(
    rid: str,
    meta: dict,
    values: dict[str, dict],
    staging: Path,
    out_root: Path,
    chain: tuple[str, ...],
    notebooks_dir: Path,
    cell_timeout: int,
    show_code: bool,
    log,
    clean: tuple[Path, Path] | None = None,
) -> list[dict]:
    """Every notebook of the chain in one kernel, each exported to HTML; RunError on the first failure.

    `clean` is (staged tables root, final clean root): the pages name the final one.
    """
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    kernel = ensure_kernel()
    # IPC sockets, not TCP ports: parallel kernels cannot race for a port. They live in a short
    # private temporary folder, as a Unix socket path is limited to 107 bytes (a deep --out is not).
    sockets = tempfile.TemporaryDirectory(prefix="gwr-")
    km = AsyncKernelManager(kernel_name=kernel, transport="ipc", ip=str(Path(sockets.name) / "k"))
    pages = []
    glossed: set[str] = set()
    try:
        for nb in chain:
            if log:
                log(f"{rid}: running {nb}")
            try:
                out_nb = _execute(nb, staging, values[nb], km, kernel, notebooks_dir, cell_timeout)
            except Exception as exc:
                keep = out_root / f".{rid}.failed"
                shutil.rmtree(keep, ignore_errors=True)
                staging.rename(keep)
                cell, line = locate_failure(keep / nb, exc)
                partial = keep / nb if started(keep / nb) else None
                raise RunError(rid, nb, cell, line, _reason(exc, cell_timeout), partial) from None
            if clean is not None:
                _show_final(out_nb, *clean)
            title = f"{meta.get('title', rid)} · {nb.removesuffix('.ipynb')}"
            html_path = export_html(out_nb, out_nb.with_suffix(".html"), show_code, title, glossed)
            pages.append({"notebook": nb, "html": html_path.name, "ipynb": out_nb.name, "title": nb.removesuffix(".ipynb")})
    finally:
        if km.has_kernel:
            run_sync(km.shutdown_kernel)(now=True)
        sockets.cleanup()
    return pages


def run_report(
    report_path: str | Path,
    out_root: str | Path = REPORTS_DIR,
    clean_root: str | Path = CLEAN_DIR,
    show_code: bool = False,
    chain: tuple[str, ...] = CHAIN,
    notebooks_dir: Path = NOTEBOOKS_DIR,
    cell_timeout: int = CELL_TIMEOUT,
    allowed_roots: tuple[Path, ...] = (),
    log=None,
    parameters: dict | None = None,
    publish_guard=None,
) -> RunResult:
    """Run the chain on one report into `out_root/<report_id>/`; raises ReportError or RunError.

    `parameters` are further notebook parameters (`-p NAME VALUE` on the command line): each must
    be declared by at least one notebook of the chain and goes to the notebooks that declare it.
    `publish_guard`, when given, is called just before the finished report is moved into place and
    raises ReportError to keep it out (a batch worker whose batch has gone: `batch.batch_holds_lock`).

    Example: run_report("data/raw/jiangmen-2021.txt") writes reports/jiangmen-2021/index.html,
    the three executed notebooks and their HTML pages, and data/clean/jiangmen-2021/*.csv.
    """
    from helpers.extract.text import read_report
    from helpers.run import params
    from helpers.store import atomic_write_text

    t0 = time.perf_counter()
    report_path = params.check_path("report_path", report_path, must_exist=True, allowed_roots=allowed_roots)
    raw = read_report(report_path)  # fails fast, one line, before any kernel starts
    meta = load_metadata(report_path, raw.text)
    rid = meta["report_id"]
    out_root, final_clean = Path(out_root).resolve(), Path(clean_root).resolve()
    separate_folders(**{"--out": out_root, "--clean": final_clean})
    # The run's tables folder is a staging one from here on (the notebooks, the summary and the
    # review sheet read and write there); `_build` swaps clean_root/<rid> into final_clean/<rid>.
    clean_root = tables_staging(final_clean, rid)
    notebooks_dir = Path(notebooks_dir)
    values = checked_values(
        chain,
        notebooks_dir,
        {"report_path": str(report_path), "clean_root": str(clean_root)},
        parameters or {},
        allowed_roots=(*allowed_roots, final_clean, out_root),
    )
    for folder in (out_root, final_clean, final_clean / rid, *[p for p in [out_root / rid] if p.exists()]):
        check_writable(folder)

    def finish(staging: Path, pages: list[dict]) -> dict:
        summary = {**_summary(rid, clean_root), **_review(staging, raw, meta, clean_root)}
        summary.update(index_charts(staging, clean_root / rid, pages))
        write_index(staging, {**meta, "raw_file": shown_path(report_path)}, pages, summary)
        atomic_write_text(
            staging / "run.json",
            json.dumps(
                {
                    "report_id": rid,
                    "source": str(report_path),
                    "source_sha256": raw.sha256,
                    "summary": summary,
                    "notebooks": list(chain),
                    "show_code": show_code,
                },
                ensure_ascii=False,
                indent=2,
            ),
        )
        return summary

    final, summary = _build(
        rid, meta, values, out_root, chain, notebooks_dir, cell_timeout, show_code, log, finish, publish_guard,
        clean=(clean_root, final_clean),
    )  # fmt: skip
    return RunResult(rid, final, sorted(final.iterdir()), time.perf_counter() - t0, summary)


def _build(
    rid: str,
    meta: dict,
    values: dict[str, dict],
    out_root: Path,
    chain: tuple[str, ...],
    notebooks_dir: Path,
    cell_timeout: int,
    show_code: bool,
    log,
    finish,
    publish_guard=None,
    clean: tuple[Path, Path] | None = None,
) -> tuple[Path, dict]:
    """Run `chain` into a staging folder, let `finish(staging, pages)` add its files, move it into place.

    The one way a report or the panel reaches out_root/<rid>/: whole, or not at all. `clean` is
    (staged tables root, final clean root): the tables the notebooks wrote to staged/<rid> are
    swapped into final/<rid> just before the report folder, so a run killed before that leaves the
    previous tables whole. On failure they are kept in final/.<rid>.failed/ beside nothing else.
    """
    clean_stale(out_root, rid)
    staging = out_root / f".{rid}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    if clean is not None:
        clean_stale(clean[1], rid)
        shutil.rmtree(clean[0].parent, ignore_errors=True)
        clean[0].mkdir(parents=True)
    try:
        pages = _run_chain(rid, meta, values, staging, out_root, chain, notebooks_dir, cell_timeout, show_code, log, clean)
        summary = finish(staging, pages)
        if publish_guard is not None:
            publish_guard()
    except BaseException as exc:
        if isinstance(exc, ReportError) and not isinstance(exc, RunError):  # a RunError's partial output is kept
            shutil.rmtree(staging, ignore_errors=True)
        if clean is not None:
            keep_failed_tables(clean[0].parent, clean[1], rid)
        raise
    final = out_root / rid
    if clean is not None and (clean[0] / rid).is_dir():  # a chain that wrote no table leaves the last ones
        _swap_into_place(clean[0] / rid, clean[1] / rid)
        shutil.rmtree(clean[0].parent, ignore_errors=True)
        shutil.rmtree(clean[1] / f".{rid}.failed", ignore_errors=True)
    _swap_into_place(staging, final)
    shutil.rmtree(out_root / f".{rid}.failed", ignore_errors=True)
    return final, summary


def keep_failed_tables(staged: Path, clean_root: Path, rid: str) -> Path | None:
    """A failed or killed run's tables, as far as they got, to clean_root/.<rid>.failed/ (what a
    reader debugging the failure looks at); the staging folder goes. The published tables stay."""
    tables, keep = staged / clean_root.name / rid, clean_root / f".{rid}.failed"
    kept = None
    if tables.is_dir():
        shutil.rmtree(keep, ignore_errors=True)
        kept = tables.rename(keep)
    shutil.rmtree(staged, ignore_errors=True)
    return kept


PANEL = "10_panel.ipynb"
PANEL_ID = "panel"


def run_panel(
    raw_dir: str | Path,
    out_root: str | Path = REPORTS_DIR,
    clean_root: str | Path = CLEAN_DIR,
    show_code: bool = False,
    notebooks_dir: Path = NOTEBOOKS_DIR,
    cell_timeout: int = CELL_TIMEOUT,
    allowed_roots: tuple[Path, ...] = (),
    log=None,
) -> RunResult:
    """The cross-report panel (notebook 10) over every report of `raw_dir` into out_root/panel/.

    The same guarantees as a report: parameters checked first, its own kernel, built in a staging
    folder and moved into place whole, one-line RunError on failure. Tables: clean_root/panel/.
    """
    from helpers.run import params
    from helpers.store import atomic_write_text

    t0 = time.perf_counter()
    raw_dir = params.check_path("raw_dir", raw_dir, must_exist=True, allowed_roots=allowed_roots)
    out_root, final_clean = Path(out_root).resolve(), Path(clean_root).resolve()
    clean_root = tables_staging(final_clean, PANEL_ID)  # swapped into final_clean/panel by `_build`
    notebooks_dir = Path(notebooks_dir)
    values = checked_values(
        (PANEL,),
        notebooks_dir,
        {"raw_dir": str(raw_dir), "clean_root": str(clean_root)},
        {},
        allowed_roots=(*allowed_roots, final_clean, out_root),
    )
    check_writable(out_root)
    check_writable(final_clean)

    def finish(staging: Path, pages: list[dict]) -> dict:
        atomic_write_text(
            staging / "run.json",
            json.dumps(
                {"report_id": PANEL_ID, "source": str(raw_dir), "notebooks": [PANEL], "pages": pages},
                ensure_ascii=False,
                indent=2,
            ),
        )
        return {}

    meta = {"report_id": PANEL_ID, "title": "Targets and outcomes across reports"}
    final, _ = _build(
        PANEL_ID, meta, values, out_root, (PANEL,), notebooks_dir, cell_timeout, show_code, log, finish,
        clean=(clean_root, final_clean),
    )  # fmt: skip
    return RunResult(PANEL_ID, final, sorted(final.iterdir()), time.perf_counter() - t0, {})


@contextlib.contextmanager
def _swap_lock(out_root: Path):
    """One swap at a time in a reports folder: two runs of one report (a `report` beside a batch)
    would otherwise both move the old folder aside and one fail with "Directory not empty".
    The lock is on the folder itself, so it leaves no file behind."""
    fd = os.open(out_root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _swap_into_place(staging: Path, final: Path) -> None:
    """Replace `final` with `staging`: the old report stays whole until the new one is complete."""
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    with _swap_lock(final.parent):
        if final.exists():
            final.rename(old)
        staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def one_line(exc: BaseException) -> str:
    """The message a person reads: ReportError's own line, the file and reason of an OSError (a full
    disk says which file), or type and message for anything else.

    >>> one_line(OSError(28, "No space left on device", "reports/x/run.json"))
    'reports/x/run.json: No space left on device (OSError)'
    """
    if isinstance(exc, ReportError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return (
            f"{exc.filename}: {exc.strerror} ({type(exc).__name__})" if exc.filename else f"{exc.strerror} ({type(exc).__name__})"
        )
    return f"{type(exc).__name__}: {html.unescape(str(exc)).splitlines()[0] if str(exc) else ''}"
