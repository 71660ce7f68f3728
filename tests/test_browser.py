"""The batch index and a report page opened in a real headless browser (system Chromium).

Skipped where /usr/bin/chromium is absent. The screenshot proves the pages load and render; whether
the Chinese shows as glyphs rather than boxes depends on a CJK font (fonts-noto-cjk) and is checked
by eye: the PNGs are kept in the test's tmp folder (pytest prints it with -rA).
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers.config import BUNDLED_REPORT
from helpers.run import batch

from .factories import TEST_NOTEBOOKS

CHROMIUM = Path("/usr/bin/chromium")


def screenshot(page: Path, png: Path, profile: Path) -> Path:
    """Chromium headless, no network, no first-run noise: page -> PNG (1200x900)."""
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            "--window-size=1200,900",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    return png


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_batch_index_and_report_page_render_in_chromium(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in (BUNDLED_REPORT.name, BUNDLED_REPORT.with_suffix(".meta.yml").name):
        shutil.copy(BUNDLED_REPORT.parent / name, raw / name)
    (raw / "2026_损坏.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    batch.run_batch(
        raw,
        tmp_path / "reports",
        tmp_path / "clean",
        jobs=2,
        chain=("figures.ipynb",),
        notebooks_dir=TEST_NOTEBOOKS,
        progress=batch.Progress(2, io.StringIO()),
    )
    pages = {"index": tmp_path / "reports" / "index.html", "report": tmp_path / "reports" / "jiangmen-2021" / "index.html"}
    for name, page in pages.items():
        png = screenshot(page, tmp_path / f"{name}.png", tmp_path / "profile")
        assert png.exists() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"no screenshot of {page}"
        assert png.stat().st_size > 10_000, f"{name}.png looks blank"
