"""The README's crontab line, run as cron would run it, in a fresh clone of this checkout (issue 15).

The line is read from README.md here, so the README and this test cannot drift; only the checkout
path `/srv/gwr-targets` is replaced by the clone's. It runs under /bin/sh with cron's short PATH,
in a clone without `logs/`, `reports/` outputs or `data/clean/` tables. Three nights:

1. every report ok: exit 0 and no output at all (cron sends no mail), logs/batch.log written;
2. a broken report added: "some reports failed (exit 1)", the good one skipped and still published;
3. no data/raw/ at all: "the batch could not run … (exit 2)".

The clone's data/raw/ keeps the bundled Jiangmen report only (the real chain and the panel on
one report, about a minute). The clone shares this checkout's virtual environment (a symlinked
`.venv`: a fresh one costs minutes), with the clone's own `src/` first on the path, so the code
that runs is the clone's: `git clone` takes the last commit.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.config import BUNDLED_REPORT, PROJECT_ROOT

CHECKOUT = "/srv/gwr-targets"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def readme_cron_line(doc: str = "README.md") -> tuple[str, str]:
    """(schedule, command) of the one crontab line in a document's ```cron block."""
    blocks = re.findall(r"```cron\n(.*?)```", (PROJECT_ROOT / doc).read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1, f"{doc} should hold one ```cron block"
    lines = [ln for ln in blocks[0].splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    assert len(lines) == 1, lines
    fields = lines[0].split(None, 5)
    assert "%" not in fields[5], "cron turns % into a newline"
    return " ".join(fields[:5]), fields[5]


def test_the_readme_line_is_a_valid_nightly_crontab_entry():
    schedule, command = readme_cron_line()
    assert schedule == "30 2 * * *"
    assert command.count(CHECKOUT) == 1 and command.startswith(f"cd {CHECKOUT} && ")
    assert subprocess.run(["sh", "-n", "-c", command], capture_output=True).returncode == 0
    assert readme_cron_line("docs/scheduled-runs.md") == (schedule, command), "docs/scheduled-runs.md shows another line"


@pytest.fixture
def clone(tmp_path):
    if shutil.which("git") is None or not (PROJECT_ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout")
    if sys.prefix == sys.base_prefix:
        pytest.skip("needs the project's virtual environment (.venv)")
    dest = tmp_path / "gwr-targets"
    subprocess.run(["git", "clone", "--quiet", str(PROJECT_ROOT), str(dest)], check=True, capture_output=True)
    (dest / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    raw = dest / "data" / "raw"
    keep = {BUNDLED_REPORT.name, BUNDLED_REPORT.with_suffix(".meta.yml").name}
    for p in raw.iterdir():
        if p.name not in keep and p.suffix in (".txt", ".yml"):
            p.unlink()
    assert not (dest / "logs").exists()
    return dest


def cron(clone: Path) -> subprocess.CompletedProcess:
    """The README's command under /bin/sh with cron's environment (HOME, LOGNAME, a short PATH)."""
    _, command = readme_cron_line()
    env = {
        "HOME": os.environ.get("HOME", "/root"),
        "LOGNAME": os.environ.get("LOGNAME", "root"),
        "PATH": "/usr/bin:/bin",
        "SHELL": "/bin/sh",
        "PYTHONPATH": str(clone / "src"),  # the clone's code, with the shared environment
        # this test worker's own kernel folders (conftest.own_kernel_folders)
        **{k: os.environ[k] for k in ("JUPYTER_RUNTIME_DIR", "IPYTHONDIR") if k in os.environ},
    }
    return subprocess.run(
        ["/bin/sh", "-c", command.replace(CHECKOUT, str(clone))],
        cwd="/",
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.mark.slow
def test_the_readme_cron_line_runs_as_written_in_a_fresh_clone(clone):
    night = cron(clone)
    log = clone / "logs" / "batch.log"
    assert night.returncode == 0 and night.stdout == night.stderr == "", (night, log.read_text() if log.exists() else "")
    assert "1 reports: 1 ok" in log.read_text(encoding="utf-8")
    assert (clone / "reports" / "jiangmen-2021" / "run.json").is_file()
    assert (clone / "data" / "clean" / "jiangmen-2021" / "figures.csv").is_file()

    (clone / "data" / "raw" / "2026_broken.txt").write_bytes(PNG)
    night = cron(clone)
    assert night.stdout.strip() == "gwr-targets: some reports failed (exit 1): the others are done, see reports/index.html"
    assert night.stderr == ""
    entries = {
        e["report_id"]: e for e in json.loads((clone / "reports" / "manifest.json").read_text(encoding="utf-8"))["reports"]
    }
    assert entries["jiangmen-2021"]["status"] == "skipped" and entries["2026_broken"]["status"] == "failed"
    assert "2026_broken failed: " in log.read_text(encoding="utf-8")

    shutil.rmtree(clone / "data" / "raw")
    night = cron(clone)
    assert night.stdout.strip() == "gwr-targets: the batch could not run or was stopped (exit 2): see logs/batch.log"
    assert "no such folder or catalog CSV" in log.read_text(encoding="utf-8").splitlines()[-1]
