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


def dom(page: Path, profile: Path) -> str:
    """The page's DOM after Chromium rendered it (what a reader's browser shows, as HTML)."""
    result = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--dump-dom", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return result.stdout


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_review_sheet_of_a_provincial_report_shows_highlighted_sentences(tmp_path):
    """Guangdong 2026: the Greater Bay Area's 15万亿元 is among the rows to check first, its number marked."""
    from helpers.config import RAW_DIR
    from helpers.run.pipeline import figures, open_report
    from helpers.run.review import write_review

    report = open_report(RAW_DIR / "2026_广东省.txt")
    _, html_path, sheet = write_review(report, figures(report), tmp_path / "reports")
    shown = dom(html_path, tmp_path / "profile")
    assert "大湾区经济总量突破<mark>15</mark>万亿元" in shown
    first = sheet[sheet["check_first"]]
    assert (first["char_start"] == 4410).any(), "the bay area's GDP is to be checked first"
    png = screenshot(html_path, tmp_path / "review.png", tmp_path / "profile")
    assert png.exists() and png.stat().st_size > 10_000, "review.png looks blank"
