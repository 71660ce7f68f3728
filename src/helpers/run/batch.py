"""Batch report generation: every report in a folder, incremental, parallel, unattended, or on Dask.

`python -m helpers batch data/raw --out reports --jobs 2` runs the notebook chain
(`runner.run_report`) on each report and writes `reports/index.html` (one row per report) and
`reports/manifest.json` (per report: input hash, status, duration, error, output files).

Why it is built this way:
- Each report runs in a worker process, never in the supervisor: a report's kernel, memory and
  crash stay in its worker. A worker is a long-lived `python` subprocess that runs reports one at
  a time, so the seconds of papermill/nbformat imports are paid once per worker, not per report.
  A supervising thread only waits on its worker with a deadline (the watchdog). That waiting
  function, `run_supervised`, is also what a Dask cluster runs, so local and distributed runs
  behave alike.
- A report past --report-timeout has its worker and kernel killed; a worker that dies (SIGKILL, the
  OOM killer) fails only its own report; a fresh worker takes the next one.
- Incremental: a report reruns only when its input hash changes (raw bytes, sidecar, its corrections
  file, the chain's notebooks, the helpers package source, installed dependency versions, the clean
  folder). That decision imports neither pandas nor papermill, so a no-op rerun over the corpus is
  quick.
- A report folder is complete only when it holds run.json (the runner moves it into place last);
  staging folders of killed runs are removed; a lock on --out and one on --clean stop two batches
  sharing either folder. A skip also checks what is on disk: run.json (and the clean figures'
  record, when the chain writes one) must name the sha256 of the raw text being skipped.
- Ctrl-C (or SIGTERM) cancels the reports not started, kills the running ones' workers and
  kernels, and writes the manifest of what finished. Workers run in a session of their own and
  die with the supervisor (a parent-death signal), and a worker publishes a report only while the
  batch that sent it still holds its lock: nothing reaches --out after the batch has gone.
POSIX only (file-descriptor passing, fcntl locks); the parent-death signal is Linux's prctl.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import datetime
import fcntl
import hashlib
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing.connection import Connection, Pipe
from pathlib import Path

from helpers.config import CORRECTIONS_DIR, PACKAGE_DIR, PROJECT_ROOT
from helpers.errors import ReportError
from helpers.extract.metadata import check_name, load_metadata, read_sidecar, recorded_name, safe_report_id, sidecar_path
from helpers.run import runner

REPORT_TIMEOUT = 900  # seconds one report (all its notebooks) may take before its worker is killed
WORKER_START_TIMEOUT = 120  # seconds a fresh worker may take to import papermill and friends
MANIFEST = "manifest.json"
DONE = ("ok", "skipped")


@dataclass(frozen=True)
class Source:
    """A raw report found for the batch; `problem` is set when it cannot be run at all."""

    path: Path
    report_id: str
    title: str = ""
    problem: str = ""


# --- discover -------------------------------------------------------------------------------


def _describe(path: Path) -> Source:
    """The report id and title the runner will use; a file whose sidecar is broken keeps its stem.

    A name that is not UTF-8 or a sidecar that cannot be used fails that report before any worker
    starts; the others go on. Such a name's id reads its bytes as GB18030 (a zip made on a Chinese
    Windows), so the manifest shows 报告-2021 rather than a row of escapes.
    Example: data/raw/jiangmen-2021.txt -> Source(report_id="jiangmen-2021", title="2021年江门市…").
    """
    try:
        check_name(path)
    except ReportError as exc:
        return Source(path, safe_report_id(os.fsencode(path.stem).decode("gb18030", "replace")), problem=str(exc))
    try:
        meta = load_metadata(path)
    except ReportError as exc:  # no year in the name: the runner reads it from the text; the id is the stem
        problem = str(exc) if exc.path == str(sidecar_path(path)) else ""
        return Source(path, safe_report_id(path.stem), problem=problem)
    return Source(path, meta["report_id"], str(meta.get("title", "")))


def _catalog_paths(catalog: Path) -> list[Path]:
    """The files a catalog CSV lists in its `file` column, relative to the catalog's folder."""
    with open(catalog, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if not rows or "file" not in rows[0]:
        raise ReportError(catalog, "a catalog needs a `file` column (paths relative to the catalog)")
    return [catalog.parent / row["file"] for row in rows if row["file"]]


def discover(raw: Path) -> list[Source]:
    """Every report in a folder (*.txt) or a catalog CSV, in name order; duplicates marked."""
    raw = Path(raw)
    if raw.is_dir():
        paths = sorted(raw.glob("*.txt"))
    elif raw.is_file() and raw.suffix.lower() == ".csv":
        paths = _catalog_paths(raw)
    else:
        raise ReportError(raw, "no such folder or catalog CSV")
    if not paths:
        raise ReportError(raw, "no reports (*.txt) found")
    seen: dict[str, Path] = {}
    sources = []
    for path in paths:
        src = _describe(path)
        if not path.is_file() and not src.problem:
            why = "not a regular file (a pipe, a device or a folder)" if path.exists() else "no such file (listed in the catalog)"
            src = Source(path, src.report_id, problem=f"{recorded_name(path)}: {why}")
        elif src.report_id in seen:
            src = Source(path, src.report_id, problem=f"{path}: same report id as {seen[src.report_id].name}")
        seen.setdefault(src.report_id, path)
        sources.append(src)
    return sources


# --- input hash -----------------------------------------------------------------------------


def dependency_versions() -> dict[str, str]:
    """Installed versions of the project's declared dependencies (a new pandas reruns everything)."""
    import importlib.metadata as md

    try:
        required = md.requires("gwr-targets") or []
    except md.PackageNotFoundError:
        return {}
    names = [re.split(r"[\s;<>=!~\[]", r, maxsplit=1)[0] for r in required if "extra ==" not in r]
    return {n: md.version(n) for n in names}


def code_fingerprint(chain: tuple[str, ...], notebooks_dir: Path) -> str:
    """One hash for everything a report's outputs depend on besides the report itself."""
    h = hashlib.sha256(sys.version.encode())
    h.update(json.dumps(dependency_versions(), sort_keys=True).encode())
    package = [p for pattern in ("**/*.py", "reference/*", "run/templates/*") for p in PACKAGE_DIR.glob(pattern)]
    files = [*(Path(notebooks_dir) / nb for nb in chain), *sorted(package)]
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes() if path.is_file() else b"<missing>")
    return h.hexdigest()


def file_sha256(path: Path) -> str:
    """sha256 of a file, read in chunks (a 200 MB report is never held twice in memory)."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def input_hash(path: Path, code: str, clean: Path, corrections: Path | None = None) -> str:
    """sha256 over the code fingerprint, the clean folder, the raw bytes, the sidecar's and the corrections' bytes.

    `corrections` is the report's corrections file (data/corrections/<report_id>.csv, present or
    not): editing it reruns that report only. The sidecar is read as `load_metadata` reads it
    (regular file, size-capped), so hashing can neither hang on a pipe nor read /dev/zero.
    """
    h = hashlib.sha256(code.encode())
    h.update(str(clean).encode())
    h.update(file_sha256(path).encode())
    h.update(read_sidecar(path) or b"<none>")
    h.update(file_sha256(corrections).encode() if corrections is not None and corrections.is_file() else b"<none>")
    return h.hexdigest()


# --- the worker side ------------------------------------------------------------------------


def batch_holds_lock(lock: str, token: str) -> None:
    """Raise unless the batch that sent a task still holds its lock on --out: a report finished
    after its batch was interrupted or killed must not replace what that batch's manifest describes.

    The lock file holds the batch's token, so a later batch on the same folder is not mistaken for it.
    """
    try:
        with open(lock, encoding="utf-8") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:  # held: a batch runs; is it ours?
                if fh.read().strip() == token:
                    return
            else:
                fcntl.flock(fh, fcntl.LOCK_UN)
    except OSError:
        pass
    raise ReportError(None, "the batch that started this report has stopped: report not published")


def build(task: dict) -> dict:
    """Run one report in this process (a worker): the manifest fields, never an exception."""
    try:
        from helpers.run.runner import RunError, run_report

        result = run_report(
            task["path"],
            out_root=task["out"],
            clean_root=task["clean"],
            chain=tuple(task["chain"]),
            notebooks_dir=Path(task["notebooks_dir"]),
            cell_timeout=task["cell_timeout"],
            allowed_roots=(Path(task["allowed_root"]),),
            publish_guard=lambda: batch_holds_lock(task["lock"], task["token"]),
        )
    except RunError as exc:
        return {"status": "failed", "error": {"notebook": exc.notebook, "cell": exc.cell, "message": str(exc)}}
    except Exception as exc:  # a bad input or anything else: one line, and the batch goes on
        return _failed(runner.one_line(exc))
    return {
        "status": "ok",
        "summary": result.summary,
        "files": [str(p.relative_to(Path(task["out"]).resolve())) for p in result.files],
    }


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _stop_worker(*_) -> None:
    """SIGTERM in a worker: kill its kernel (in a session of its own, so no signal reaches it) and exit."""
    import psutil

    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()
    os._exit(128 + signal.SIGTERM)


PARENT_WATCH_SECONDS = 0.5


def _watch_parent(supervisor: int) -> None:
    """Stop this worker once its parent is no longer `supervisor` (a thread: see `_die_with`)."""
    while os.getppid() == supervisor:
        time.sleep(PARENT_WATCH_SECONDS)
    _stop_worker()


def _die_with(supervisor: int) -> None:
    """Make this worker stop (`_stop_worker`) when its supervisor dies, however it dies.

    Linux sends the parent-death signal even when the supervisor is SIGKILLed; a supervisor gone
    before the signal was set shows as a new parent. Ctrl-C is the supervisor's to handle.

    Why a watching thread as well: Python runs a signal handler only in the main thread, between
    two bytecodes. A worker whose main thread waits in C code (a kernel's sockets, a lock) may
    take long to run it, and its kernel outlives the batch meanwhile; on Linux the signal is also
    tied to the thread that started the worker, not its process. The thread sees a new parent
    within `PARENT_WATCH_SECONDS` whatever the main thread is doing.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_worker)
    with contextlib.suppress(AttributeError, OSError):  # no prctl outside Linux: the publish guard still holds
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    if os.getppid() != supervisor:
        _stop_worker()
    threading.Thread(target=_watch_parent, args=(supervisor,), name="watch-supervisor", daemon=True).start()


def serve(fd: int, supervisor: int) -> None:
    """A worker's main loop: import the heavy modules once, then run each task sent on `fd`."""
    _die_with(supervisor)
    conn = Connection(fd)
    try:
        import nbconvert  # noqa: F401  (with papermill and nbformat: seconds, paid once per worker)
        import papermill  # noqa: F401
    except Exception as exc:
        conn.send(f"worker cannot start: {runner.one_line(exc)}")
        return
    conn.send("ready")
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the supervisor closed the pipe or died: stop
            return
        conn.send(build(task))


# --- the supervisor side --------------------------------------------------------------------


def _kill_tree(pid: int) -> None:
    """Kill a worker and every process under it: its kernel runs in a session of its own."""
    import psutil

    try:
        proc = psutil.Process(pid)
        family = [*proc.children(recursive=True), proc]
    except psutil.NoSuchProcess:
        return
    for p in family:
        with contextlib.suppress(psutil.NoSuchProcess):
            p.kill()
    psutil.wait_procs(family, timeout=10)


class _Stopped(Exception):
    """The batch is stopping (Ctrl-C): no new worker starts."""


_LIVE: set = set()  # every worker of this process not yet closed, busy or idle
_LIVE_LOCK = threading.Lock()
_STOPPING = threading.Event()


class _Worker:
    """A worker subprocess and the pipe to it; runs `serve` (see above).

    Its own session: a Ctrl-C on the terminal reaches the supervisor only, which decides.
    """

    def __init__(self):
        self.conn, child = Pipe()
        with _LIVE_LOCK:
            if _STOPPING.is_set():
                self.conn.close()
                child.close()
                raise _Stopped
            self.proc = subprocess.Popen(
                [sys.executable, "-c", f"from helpers.run.batch import serve; serve({child.fileno()}, {os.getpid()})"],
                pass_fds=(child.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                cwd=PROJECT_ROOT,
                start_new_session=True,
            )
            _LIVE.add(self)
        child.close()
        self.ready = False

    def run(self, task: dict) -> dict:
        """Send one task and wait for its result until the report's deadline; kill on overrun.

        The deadline starts once the worker has imported its modules: the timeout is the report's.
        """
        if not self.ready:
            hello = self._recv() if self.conn.poll(WORKER_START_TIMEOUT) else None
            if hello != "ready":
                return self._fail(task, hello or "worker process did not start")
            self.ready = True
        t0 = time.monotonic()
        self.conn.send(task)
        if not self.conn.poll(task["report_timeout"]):
            result = self._fail(task, f"report timed out after {task['report_timeout']} s; worker and kernel killed")
        else:
            result = self._recv() or self._fail(task, self._death())
        return {**result, "seconds": round(time.monotonic() - t0, 2)}

    def _recv(self):
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            return None

    def _death(self) -> str:
        """Why the worker went away: the signal that killed it or its exit code."""
        code = self.proc.wait(timeout=30)
        if code < 0:
            return f"worker process killed by {signal.Signals(-code).name}"
        return f"worker process exited with code {code}"

    def _fail(self, task: dict, reason: str) -> dict:
        """A failed result for a task whose worker had to go; its staging folder kept as partial output."""
        self.close()
        partial = _keep_partial(Path(task["out"]), task["report_id"], self.proc.pid)
        clean = Path(task["clean"]).resolve()
        runner.keep_failed_tables(clean / f".{task['report_id']}.partial-{self.proc.pid}", clean, task["report_id"])
        notebook, cell = _last_notebook(partial, task["chain"])
        where = f" (partial output: {partial / notebook})" if notebook else ""
        return {
            "status": "failed",
            "error": {"notebook": notebook, "cell": cell, "message": f"{task['report_id']}: {reason}{where}"},
        }

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        """Stop the worker: kill its process tree while it still runs (an unreaped pid is still ours)."""
        self.conn.close()
        if self.proc.poll() is None:
            _kill_tree(self.proc.pid)
        self.proc.wait()
        with _LIVE_LOCK:
            _LIVE.discard(self)


def _keep_partial(out: Path, report_id: str, pid: int) -> Path | None:
    """Move a killed worker's staging folder to `.<id>.failed`, as the runner does on failure."""
    staging = Path(out).resolve() / f".{report_id}.partial-{pid}"
    if not staging.is_dir():
        return None
    keep = staging.with_name(f".{report_id}.failed")
    shutil.rmtree(keep, ignore_errors=True)
    staging.rename(keep)
    return keep


def _last_notebook(partial: Path | None, chain: list[str]) -> tuple[str | None, int | None]:
    """The notebook (and cell) a killed report had reached, from its partial output."""
    reached = [nb for nb in chain if partial and runner.reached(partial / nb)]
    if not reached:
        return None, None
    return reached[-1], runner.locate_failure(partial / reached[-1])[0]


_IDLE: queue.SimpleQueue = queue.SimpleQueue()  # this process's idle workers, reused across reports


def run_supervised(task: dict) -> dict:
    """Run one report in a worker process under a watchdog: the function local threads and Dask run.

    Returns the manifest fields for the report; never raises for a failing report.
    """
    try:
        worker = _idle_worker() or _Worker()
    except _Stopped:
        return _failed(f"{task['report_id']}: not run (the batch was interrupted)")
    result = worker.run(task)
    if worker.alive:
        _IDLE.put(worker)
    return result


def _idle_worker() -> _Worker | None:
    """A live idle worker (one that died while idle, say of its parent thread's end, is closed)."""
    while True:
        try:
            worker = _IDLE.get_nowait()
        except queue.Empty:
            return None
        if worker.alive:
            return worker
        worker.close()


def close_workers() -> None:
    """Stop this process's idle workers (at the end of a local batch)."""
    while (worker := _idle_worker()) is not None:
        worker.close()


def stop_workers() -> None:
    """Ctrl-C: no worker starts from now on, and every one running is killed with its kernel.

    A killed worker's watchdog thread sees its pipe close and returns at once (its report failed).
    """
    with _LIVE_LOCK:
        _STOPPING.set()
        running = [w for w in _LIVE if w.alive]
    for worker in running:
        _kill_tree(worker.proc.pid)
    close_workers()


def _failed(message: str) -> dict:
    return {"status": "failed", "error": {"notebook": None, "cell": None, "message": message}}


def _outcome(future) -> dict:
    """A finished future's result; an exception in the supervision itself (or Dask's KilledWorker,
    when the cluster lost the worker twice) fails that report only."""
    try:
        return future.result()
    except Exception as exc:
        return _failed(f"batch supervisor: {runner.one_line(exc)}")


@contextlib.contextmanager
def _uninterrupted():
    """A second Ctrl-C while the batch stops its workers must not cut that short (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _run_local(tasks: list[dict], jobs: int):
    """Yield (task, result) as reports finish, `jobs` workers side by side.

    On Ctrl-C (KeyboardInterrupt here), queued reports are cancelled and running ones killed
    before the interrupt goes on up: `with ThreadPoolExecutor` alone would wait for every queued one.
    """
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="gwr-watchdog")
    try:
        futures = {pool.submit(run_supervised, t): t for t in tasks}
        for fut in as_completed(futures):
            yield futures[fut], _outcome(fut)
    finally:
        with _uninterrupted():
            pool.shutdown(wait=False, cancel_futures=True)
            stop_workers()
            pool.shutdown(wait=True)
            _STOPPING.clear()  # every watchdog has returned: workers may start again (a later batch, Dask)


def _run_dask(tasks: list[dict], address: str):
    """Yield (task, result) from a dask.distributed cluster running `run_supervised` on its workers."""
    from distributed import Client
    from distributed import as_completed as dask_completed

    try:
        client = Client(address, timeout=30)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:  # unreachable, or not an address at all
        raise ReportError(None, f"cannot reach the Dask scheduler at {address}: {runner.one_line(exc)}") from None
    with client:
        futures = dict(zip(client.map(run_supervised, tasks, pure=False), tasks))
        for fut in dask_completed(futures):
            yield futures[fut], _outcome(fut)


# --- progress, manifest, index --------------------------------------------------------------


class Progress:
    """A tqdm bar on a terminal; otherwise one plain line per report, so cron mail stays readable.

    Example line: "jiangmen-2021 ok 6.1s" or "bad failed: bad: /…/bad.txt: binary file …".
    """

    def __init__(self, total: int, stream=None):
        self.stream = stream or sys.stderr
        self.bar = None
        if self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=self.stream, unit="report")

    def report(self, entry: dict) -> None:
        status = entry["status"]
        if status == "failed":
            line = f"{entry['report_id']} failed: {entry['error']['message']}"
        elif status == "skipped":
            line = f"{entry['report_id']} skipped (unchanged)"
        else:
            line = f"{entry['report_id']} ok {entry['seconds']:.1f}s"
        if self.bar is None:
            print(line, file=self.stream, flush=True)
        else:
            if status == "failed":
                self.bar.write(line, file=self.stream)
            self.bar.update()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


MARKS = {  # what a run did to a report, as the index page's filter lists them
    "new": "new (first build)",
    "changed": "changed (inputs or code)",
    "rebuilt": "rebuilt (same inputs)",
    "failed": "failed",
    "unchanged": "unchanged (skipped)",
    "not run": "not run (--only)",
}


def change_mark(prev: dict | None, digest: str, status: str) -> str:
    """What this run did to a report, for the index: new, changed, rebuilt, failed or unchanged.

    A report built for the first time is new; one whose input hash (text, sidecar, corrections,
    code) differs from the last run's is changed; one run again from the same inputs (--force, a
    last run that failed, or outputs on disk that were not the recorded ones) is rebuilt.

    >>> [change_mark(None, "a", "ok"), change_mark({"input_hash": "a"}, "b", "ok"), change_mark({"input_hash": "a"}, "a", "ok")]
    ['new', 'changed', 'rebuilt']
    >>> change_mark({"input_hash": "a"}, "a", "skipped"), change_mark(None, "a", "failed")
    ('unchanged', 'failed')
    """
    if status in ("failed", "skipped"):
        return {"failed": "failed", "skipped": "unchanged"}[status]
    if not prev:
        return "new"
    return "changed" if prev.get("input_hash") != digest else "rebuilt"


def last_built(prev: dict | None) -> str | None:
    """When the report on disk was built, from its last manifest entry (older manifests: its finish time).

    >>> last_built({"status": "failed", "built_at": "2026-11-29T02:31:07+00:00"})
    '2026-11-29T02:31:07+00:00'
    >>> last_built({"status": "ok", "finished_at": "2026-11-28T02:30:41+00:00"}), last_built(None)
    ('2026-11-28T02:30:41+00:00', None)
    """
    if not prev:
        return None
    if "built_at" in prev:
        return prev["built_at"]
    return prev.get("finished_at") if prev.get("status") in DONE else None


def when(stamp: str | None) -> str:
    """An ISO time as the index shows it: minutes, UTC, readable.

    >>> when("2026-11-30T02:31:07+00:00"), when(None)
    ('2026-11-30 02:31', '')
    """
    if not stamp:
        return ""
    return datetime.datetime.fromisoformat(stamp).astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M")


def read_manifest(out: Path) -> dict:
    """The previous run's entries by report id ({} when there is none or it is unreadable)."""
    try:
        data = json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8"))
        return {e["report_id"]: e for e in data["reports"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _made_from(out: Path, clean: Path, report_id: str, source_sha256: str) -> bool:
    """Are the outputs on disk made from this raw text? What a skip must check, not just trust the manifest.

    run.json must name the raw text's sha256, and so must the clean figures' record when the chain
    writes one (figures.meta.json): a `report` of a draft with the same id, or another batch
    sharing --clean, may have replaced either since the manifest was written.
    """
    run, figures = out / report_id / "run.json", clean / report_id / "figures.meta.json"
    records = [run, *([figures] if figures.is_file() else [])]
    return (clean / report_id).is_dir() and all(_source_of(r) == source_sha256 for r in records)


def _source_of(record: Path) -> str | None:
    """The `source_sha256` a run.json or figures.meta.json names (None when unreadable)."""
    try:
        return json.loads(record.read_text(encoding="utf-8")).get("source_sha256")
    except (OSError, ValueError, AttributeError):
        return None


def _tables(clean: Path, report_id: str) -> list[str]:
    folder = clean / report_id
    return sorted(str(p.relative_to(clean)) for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def _recordable(value):
    """Every string of a manifest entry as UTF-8 can hold it (a GBK file name spelt \\xNN by `recorded_name`)."""
    if isinstance(value, str):
        return recorded_name(value)
    if isinstance(value, dict):
        return {k: _recordable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_recordable(v) for v in value]
    return value


def write_outputs(out: Path, entries: list[dict], settings: dict) -> tuple[Path, Path]:
    """reports/manifest.json and reports/index.html, each written atomically, whatever the names in them.

    A write that fails (disk full) leaves the previous manifest whole and raises a one-line
    ReportError naming the file.
    """
    from helpers.store import atomic_write_text

    entries = sorted(_recordable(entries), key=lambda e: e["report_id"])
    settings = _recordable(settings)
    counts = {s: sum(e["status"] == s for e in entries) for s in ("ok", "skipped", "failed")}
    manifest = {"generated_at": _now(), **settings, "counts": counts, "reports": entries}
    m = atomic_write_text(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
    rows = [
        {
            "mark": e.get("status") if e.get("status") == "failed" else "unchanged",  # entries of older manifests
            "built_at": None,
            **e,
            "complete": (out / e["report_id"] / "run.json").is_file(),
            "partial": _partial_link(out, e),
        }
        for e in entries
    ]
    panel = settings.get("panel")
    env = runner.templates()
    env.filters["when"] = when
    page = env.get_template("batch_index.html.j2").render(
        rows=rows,
        marks=list(MARKS.items()),
        counts=counts,
        generated_at=manifest["generated_at"],
        panel=panel,
        panel_complete=(out / runner.PANEL_ID / "run.json").is_file(),
        stray_corrections=settings.get("stray_corrections", []),
    )
    return m, atomic_write_text(out / "index.html", page)


def _partial_link(out: Path, entry: dict) -> str:
    """Relative link to a failed report's partial notebook, when one was kept."""
    nb = (entry.get("error") or {}).get("notebook")
    path = out / f".{entry['report_id']}.failed" / nb if nb else None
    return str(path.relative_to(out)) if path and runner.started(path) else ""


# --- the batch ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """Where a batch reads and writes and how it runs each report: what every task carries."""

    raw: Path
    out: Path
    clean: Path
    chain: tuple[str, ...]
    notebooks_dir: Path
    cell_timeout: int
    report_timeout: int
    token: str = ""  # written into the --out lock: a worker publishes only while this batch holds it

    def task(self, src: Source) -> dict:
        """The picklable description of one report's run, sent to a worker (local or Dask)."""
        return {
            "report_id": src.report_id,
            "path": str(src.path),
            "out": str(self.out),
            "clean": str(self.clean),
            "chain": list(self.chain),
            "notebooks_dir": str(self.notebooks_dir),
            "allowed_root": str(src.path.parent),
            "cell_timeout": self.cell_timeout,
            "report_timeout": self.report_timeout,
            "lock": str(self.out / LOCK),
            "token": self.token,
        }

    def entry(self, src: Source, digest: str, result: dict, prev: dict | None = None) -> dict:
        """One manifest entry: what was run, from what, how it ended, what it wrote, and what this
        run changed (`mark`, see `change_mark`) and when the report on disk was built (`built_at`)."""
        source = src.path.relative_to(self.raw) if src.path.is_relative_to(self.raw) else src.path
        ok = result["status"] != "failed"
        now = _now()
        complete = (self.out / src.report_id / "run.json").is_file()
        return {
            "report_id": src.report_id,
            "title": src.title,
            "source": recorded_name(source),
            "input_hash": digest,
            "status": result["status"],
            "seconds": result.get("seconds", 0.0),
            "error": result.get("error"),
            "files": result.get("files", []),
            "tables": _tables(self.clean, src.report_id) if ok else [],
            "summary": result.get("summary", {}),
            "finished_at": now,
            "mark": change_mark(prev, digest, result["status"]),
            "built_at": now if ok else (last_built(prev) if complete else None),
        }

    def unchanged(self, prev: dict | None, digest: str, src: Source) -> bool:
        """Skip a report whose last run succeeded from the same inputs and whose outputs on disk are
        whole and made from this very raw text."""
        return (
            bool(prev)
            and prev["status"] in DONE
            and prev.get("input_hash") == digest
            and _made_from(self.out, self.clean, src.report_id, file_sha256(src.path))
        )


LOCK = ".batch.lock"


def _lock(folder: Path, token: str):
    """An exclusive lock on an output folder for the run, so cron never starts a second batch over a first.

    Opened without truncating (a refused batch must not erase the running one's token), then the
    token is written for `batch_holds_lock`.
    """
    runner.check_writable(folder)
    fh = open(folder / LOCK, "a+", encoding="utf-8")  # noqa: SIM115 (held open for the whole run: the lock lives as long as the handle)
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        raise ReportError(folder, "another batch is running on this folder") from None
    fh.truncate(0)
    fh.write(token)
    fh.flush()
    return fh


def _select(sources: list[Source], only: tuple[str, ...]) -> list[Source]:
    """The sources named by --only (report id or file stem); an unknown name is a usage error."""
    if not only:
        return sources
    known = {s.report_id for s in sources} | {s.path.stem for s in sources}
    unknown = sorted(set(only) - known)
    if unknown:
        raise ReportError(None, f"--only: no report {', '.join(unknown)}")
    return [s for s in sources if s.report_id in only or s.path.stem in only]


def stray_corrections(report_ids: set[str], corrections_dir: Path = CORRECTIONS_DIR) -> list[Path]:
    """Corrections files that name no report of this folder: they apply to nothing in this run.

    A file renamed by hand (jiangmen-2021 .csv), kept after its report was removed, or named after
    the file stem instead of the report id would otherwise be ignored in silence, and the team
    would believe its checked readings are in the tables. The batch prints one line per file and
    records them in the manifest and on the index page.
    """
    folder = Path(corrections_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.csv") if p.stem not in report_ids)


def run_batch(
    raw: str | Path,
    out: str | Path,
    clean: str | Path,
    *,
    jobs: int | None = None,
    force: bool = False,
    only: tuple[str, ...] = (),
    dask_scheduler: str | None = None,
    cell_timeout: int = runner.CELL_TIMEOUT,
    report_timeout: int = REPORT_TIMEOUT,
    chain: tuple[str, ...] | None = None,
    notebooks_dir: Path | None = None,
    progress: Progress | None = None,
    panel: bool = False,
) -> list[dict]:
    """Run every changed report of `raw` into `out`; returns this run's manifest entries by id.

    With `panel`, the cross-report panel (notebook 10) runs afterwards into `out`/panel/ whenever a
    report ran or the panel is missing; its entry (report_id "panel", kind "panel") is returned last.
    Raises ReportError for usage problems (no such folder, --out not writable, unknown --only id,
    a batch already running, no Dask scheduler) before any report runs.
    Example: run_batch("data/raw", "reports", "data/clean", jobs=2) -> [{"report_id": "2006_national",
    "status": "ok", ...}, ...], with reports/index.html and reports/manifest.json written.
    """
    if (jobs is not None and jobs < 1) or cell_timeout < 1 or report_timeout < 1:
        raise ReportError(None, "--jobs and the timeouts must be at least 1")
    plan = Plan(
        Path(raw).resolve(),
        Path(out).resolve(),
        Path(clean).resolve(),
        tuple(chain or runner.CHAIN),
        Path(notebooks_dir or runner.NOTEBOOKS_DIR).resolve(),
        cell_timeout,
        report_timeout,
        uuid.uuid4().hex,
    )
    sources = discover(plan.raw)
    runner.separate_folders(
        RAW_DIR=plan.raw if plan.raw.is_dir() else plan.raw.parent, **{"--out": plan.out, "--clean": plan.clean}
    )
    selected = _select(sources, only)
    stray = stray_corrections({s.report_id for s in sources}, CORRECTIONS_DIR)
    for path in stray:
        print(f"{path}: names no report in {plan.raw}: not applied (the file name must be a report id)", file=sys.stderr)
    locks = [_lock(plan.out, plan.token)]
    try:
        locks.append(_lock(plan.clean, plan.token))
        runner.clean_stale(plan.out)
        runner.clean_stale(plan.clean)
        previous = read_manifest(plan.out)
        entries: list[dict] = []
        try:
            _run_selected(plan, selected, previous, force, jobs, dask_scheduler, progress or Progress(len(selected)), entries)
        except KeyboardInterrupt:  # what finished is recorded; the rest keeps its last entry
            _finish(plan, sources, previous, entries, read_manifest_panel(plan.out), stray)
            print(f"interrupted: {len(entries)} of {len(selected)} reports recorded in {plan.out / MANIFEST}", file=sys.stderr)
            raise
        panel_entry = _panel(plan, entries, force) if panel else read_manifest_panel(plan.out)
        _finish(plan, sources, previous, entries, panel_entry, stray)
    finally:
        for lock in locks:
            lock.close()
    return sorted(entries, key=lambda e: e["report_id"]) + ([panel_entry] if panel and panel_entry else [])


def _finish(
    plan: Plan, sources: list[Source], previous: dict, entries: list[dict], panel_entry: dict | None, stray: list[Path]
) -> None:
    """Remove staging folders and write the manifest and index: this run's entries, the others carried over,
    and the corrections files that name no report of the folder."""
    runner.clean_stale(plan.out)
    runner.clean_stale(plan.clean)
    chosen = {e["report_id"] for e in entries}
    carried = [
        {**previous[s.report_id], "mark": "not run"} for s in sources if s.report_id not in chosen and s.report_id in previous
    ]
    settings = {"raw": str(plan.raw), "out": str(plan.out), "clean": str(plan.clean), "chain": list(plan.chain)}
    write_outputs(plan.out, entries + carried, {**settings, "stray_corrections": [str(p) for p in stray], "panel": panel_entry})


def read_manifest_panel(out: Path) -> dict | None:
    """The panel entry of the last manifest, carried over when this run does not build the panel."""
    try:
        return json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8")).get("panel")
    except (OSError, ValueError, AttributeError):
        return None


def _panel(plan: Plan, entries: list[dict], force: bool) -> dict:
    """Run notebook 10 over the raw folder when a report ran (or the panel is missing or forced)."""
    ran = any(e["status"] == "ok" for e in entries)
    if not (force or ran or not (plan.out / runner.PANEL_ID / "run.json").is_file()):
        return {"report_id": runner.PANEL_ID, "kind": "panel", "status": "skipped", "seconds": 0.0, "error": None}
    t0 = time.perf_counter()
    try:
        runner.run_panel(plan.raw, plan.out, plan.clean, cell_timeout=plan.cell_timeout, allowed_roots=(plan.raw,))
        status, error = "ok", None
    except ReportError as exc:
        status, error = "failed", {"notebook": runner.PANEL, "cell": getattr(exc, "cell", None), "message": str(exc)}
    entry = {
        "report_id": runner.PANEL_ID,
        "kind": "panel",
        "status": status,
        "seconds": round(time.perf_counter() - t0, 2),
        "error": error,
        "finished_at": _now(),
    }
    print(f"panel {status}" + (f": {error['message']}" if error else f" {entry['seconds']:.1f}s"), file=sys.stderr, flush=True)
    return entry


def _run_selected(
    plan: Plan,
    selected: list[Source],
    previous: dict,
    force: bool,
    jobs: int | None,
    dask_scheduler: str | None,
    progress: Progress,
    entries: list[dict],
) -> None:
    """Skip what is unchanged, run the rest (locally or on Dask): one entry per selected report,
    appended to `entries` as each finishes (so an interrupted batch still knows what finished)."""
    code = code_fingerprint(plan.chain, plan.notebooks_dir)
    pending = {}
    for src in selected:
        corrections = CORRECTIONS_DIR / f"{src.report_id}.csv"
        digest = "" if src.problem else input_hash(src.path, code, plan.clean, corrections)
        if src.problem:
            entries.append(plan.entry(src, digest, _failed(src.problem), previous.get(src.report_id)))
        elif not force and plan.unchanged(previous.get(src.report_id), digest, src):
            prev = previous[src.report_id]
            entries.append({**prev, "status": "skipped", "seconds": 0.0, "mark": "unchanged", "built_at": last_built(prev)})
        else:
            pending[src.report_id] = (src, digest)
            continue
        progress.report(entries[-1])
    tasks = [plan.task(src) for src, _ in pending.values()]
    workers = min(jobs or os.cpu_count() or 1, max(len(tasks), 1))
    runs = (_run_dask(tasks, dask_scheduler) if dask_scheduler else _run_local(tasks, workers)) if tasks else iter(())
    try:
        for task, result in runs:
            src, digest = pending[task["report_id"]]
            entries.append(plan.entry(src, digest, result, previous.get(src.report_id)))
            progress.report(entries[-1])
    finally:
        if hasattr(runs, "close"):  # stop the workers now, even when Ctrl-C struck between two results
            runs.close()
        progress.close()
