"""Running a report's notebook chain with papermill, headlessly, into reports/<report_id>/.

What papermill alone lacks for unattended use, added here:
- parameters are checked before a kernel starts (`params.check`);
- one kernel per report, shared by its notebooks: a kernel start plus the pandas/seaborn/
  statsmodels imports costs seconds, the analysis milliseconds. Reports never share a kernel;
  the notebooks of one report do (each still runs on its own in a fresh kernel in JupyterLab);
- the kernel is the project's own environment, registered on first use if it is missing, so
  NoSuchKernel or the wrong Python cannot happen;
- a failure is one line: report, notebook, cell, source line, error, path of the partial output;
- outputs are built in a temporary folder and moved into place, so a crash or a kill never leaves
  a half-written report that looks complete;
- HTML is exported in-process (code hidden for readers unless show_code) with an index page.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import papermill
from jinja2 import Environment, PackageLoader, select_autoescape
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from nbconvert import HTMLExporter
from papermill.exceptions import PapermillExecutionError

from . import params
from .config import CLEAN_DIR, KERNEL_NAME, NOTEBOOKS_DIR, PROJECT_ROOT, REPORTS_DIR
from .errors import ReportError
from .metadata import load_metadata
from .store import atomic_write_text
from .text import read_report

CHAIN = ("01_clean_figures.ipynb", "02_implied_growth.ipynb", "03_targets.ipynb")
CELL_TIMEOUT = 120  # seconds a single cell may run
START_TIMEOUT = 60  # seconds a kernel may take to start


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


def _first_error_line(nb_path: Path, exc: PapermillExecutionError) -> tuple[int | None, str]:
    """The failing cell's number and the source line the traceback points at (or its first line)."""
    try:
        nb = nbformat.read(nb_path, as_version=4)
        cell = nb.cells[exc.cell_index]
        lines = [ln for ln in cell.source.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        text = "\n".join(exc.traceback or [])
        import re

        m = re.findall(r"-+>\s*(\d+)", re.sub(r"\x1b\[[0-9;]*m", "", text))
        if m:
            n = int(m[-1])
            src = cell.source.splitlines()
            if 0 < n <= len(src):
                return exc.exec_count, src[n - 1].strip()
        return exc.exec_count, (lines[0].strip() if lines else "")
    except Exception:  # the one-line message must never fail because of its own decoration
        return exc.exec_count, ""


def export_html(nb_path: Path, html_path: Path, show_code: bool, title: str) -> Path:
    """Executed notebook -> standalone HTML with embedded charts; code hidden unless show_code."""
    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = not show_code
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    nb = nbformat.read(nb_path, as_version=4)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb)
    return atomic_write_text(html_path, body)


def _templates() -> Environment:
    return Environment(loader=PackageLoader("helpers", "templates"), autoescape=select_autoescape(["html", "j2"]))


def write_index(out_dir: Path, meta: dict, pages: list[dict], summary: dict) -> Path:
    """reports/<id>/index.html: what the report is, key figures, links to each notebook's page."""
    page = _templates().get_template("report_index.html.j2").render(meta=meta, pages=pages, summary=summary)
    return atomic_write_text(out_dir / "index.html", page)


def _summary(report_id: str, clean_root: Path) -> dict:
    """Key figures for the index page, read from the clean tables (empty when one is missing)."""
    import pandas as pd

    out: dict = {}
    folder = clean_root / report_id
    try:
        figs = pd.read_parquet(folder / "figures.parquet")
    except (OSError, ValueError):
        return out
    out["n_figures"] = int(len(figs))
    out["n_targets"] = int(figs["is_target"].sum())
    gdp = figs[figs["indicator"] == "gdp"]
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
) -> RunResult:
    """Run the chain on one report into `out_root/<report_id>/`; raises ReportError or RunError.

    Example: run_report("data/raw/jiangmen-2021.txt") writes reports/jiangmen-2021/index.html,
    the three executed notebooks and their HTML pages, and data/clean/jiangmen-2021/*.csv.
    """
    t0 = time.perf_counter()
    report_path = params.check_path("report_path", report_path, must_exist=True, allowed_roots=allowed_roots)
    raw = read_report(report_path)  # fails fast, one line, before any kernel starts
    meta = load_metadata(report_path, raw.text)
    rid = meta["report_id"]
    out_root, clean_root = Path(out_root).resolve(), Path(clean_root).resolve()
    values = {"report_path": str(report_path), "clean_root": str(clean_root)}
    for nb in chain:
        params.check(notebooks_dir / nb, values, allowed_roots=(*allowed_roots, clean_root, out_root))
    out_root.mkdir(parents=True, exist_ok=True)
    staging = out_root / f".{rid}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    kernel = ensure_kernel()
    # IPC sockets in the staging folder, not TCP ports: parallel runs cannot race for a port.
    km = AsyncKernelManager(kernel_name=kernel, transport="ipc", ip=str(staging / ".kernel"))
    pages = []
    try:
        for nb in chain:
            out_nb = staging / nb
            if log:
                log(f"{rid}: running {nb}")
            try:
                papermill.execute_notebook(
                    str(notebooks_dir / nb), str(out_nb), parameters=values, kernel_name=kernel,
                    km=km, progress_bar=False, request_save_on_cell_execute=False,
                    execution_timeout=cell_timeout, start_timeout=START_TIMEOUT, cwd=str(PROJECT_ROOT),
                )
            except PapermillExecutionError as exc:
                cell, line = _first_error_line(out_nb, exc)
                keep = out_root / f".{rid}.failed"
                shutil.rmtree(keep, ignore_errors=True)
                staging.rename(keep)
                raise RunError(rid, nb, cell, line, f"{exc.ename}: {exc.evalue}", keep / nb) from None
            title = f"{meta.get('title', rid)} · {nb.removesuffix('.ipynb')}"
            html_path = export_html(out_nb, out_nb.with_suffix(".html"), show_code, title)
            pages.append({"notebook": nb, "html": html_path.name, "ipynb": out_nb.name, "title": nb.removesuffix(".ipynb")})
    finally:
        if km.has_kernel:
            run_sync(km.shutdown_kernel)(now=True)
    for leftover in staging.glob(".kernel*"):
        leftover.unlink(missing_ok=True)
    summary = _summary(rid, clean_root)
    write_index(staging, meta, pages, summary)
    atomic_write_text(staging / "run.json", json.dumps(
        {"report_id": rid, "source": str(report_path), "source_sha256": raw.sha256, "summary": summary,
         "notebooks": list(chain), "show_code": show_code}, ensure_ascii=False, indent=2))
    final = out_root / rid
    _swap_into_place(staging, final)
    shutil.rmtree(out_root / f".{rid}.failed", ignore_errors=True)
    files = sorted(p for p in final.iterdir())
    return RunResult(rid, final, files, time.perf_counter() - t0, summary)


def _swap_into_place(staging: Path, final: Path) -> None:
    """Replace `final` with `staging`: the old report stays whole until the new one is complete."""
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def one_line(exc: BaseException) -> str:
    """The message a person reads: ReportError's own line, or type and message for anything else."""
    if isinstance(exc, ReportError):
        return str(exc)
    return f"{type(exc).__name__}: {html.unescape(str(exc)).splitlines()[0] if str(exc) else ''}"
