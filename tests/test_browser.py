"""The batch index and a report page opened in a real headless browser (system Chromium).

Skipped where /usr/bin/chromium is absent. The screenshot proves the pages load and render; whether
the Chinese shows as glyphs rather than boxes depends on a CJK font (fonts-noto-cjk) and is checked
by eye: the PNGs are kept in the test's tmp folder (pytest prints it with -rA).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers.config import BUNDLED_REPORT

from .factories import run_test_batch

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
    run_test_batch(
        raw,
        tmp_path / "reports",
        tmp_path / "clean",
        "figures.ipynb",
        2,
        jobs=1,  # what is tested is the pages; a second worker for the unreadable file costs seconds of imports
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


def shown_text(dom_html: str) -> str:
    """What a reader reads: the DOM without scripts, styles, embedded images and tags."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", dom_html, flags=re.S | re.I)
    text = re.sub(r"""src=(["'])data:[^"']*\1""", " ", text)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def no_raw_numbers(text: str, page: str) -> None:
    """No scientific notation (2.17167e+11) and no NaN where a reader looks."""
    assert not re.search(r"\d[eE][+-]\d", text), f"{page}: a number in scientific notation"
    assert not re.search(r"\bnan\b", text, re.I), f"{page}: NaN shown"


def first_table_headers(dom_html: str, containing: str) -> list[str]:
    """Header cells of the first table whose header row names `containing`."""
    for table in re.findall(r"<table\b.*?</table>", dom_html, flags=re.S):
        heads = [html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"<th\b[^>]*>(.*?)</th>", table, re.S)]
        if containing in heads:
            return heads
    return []


@pytest.fixture(scope="module")
def built(real_chain_batch):
    """The real notebooks' pages of a batch with Jiangmen 2021 and Guangdong 2026 (which has a failed
    check) among its reports: the session's shared run (conftest.py `real_chain_batch`), read only."""
    return real_chain_batch["base"]


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """Chromium's profile folder for this module's pages (the shared batch folder stays read-only)."""
    return tmp_path_factory.mktemp("profile")


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_report_index_reads_like_a_publication(built, profile):
    """The Jiangmen index as Chromium renders it: the target worded once (6 % 以上 at least, as its
    sentence 地区生产总值增长6%以上 says), both charts as real PNGs, the footer naming the raw file."""
    folder = built / "reports" / "jiangmen-2021"
    shown = dom(folder / "index.html", profile)
    text = shown_text(shown)
    no_raw_numbers(text, "jiangmen index")
    assert "6 % 以上 at least" in text
    for png in ("gdp_path.png", "targets.png"):
        assert f'src="{png}"' in shown, f"{png} not on the index page"
        data = (folder / png).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000, f"{png} is not a drawn chart"
    assert "bundled with the project" not in text
    assert re.search(r"from\s+\S*raw/jiangmen-2021\.txt", text), "the footer names the raw file's path"


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_targets_page_shows_key_columns_first_and_no_raw_numbers(built, profile):
    """Notebook 03's page: formatted numbers, the verdict beside the indicator, the chart drawn."""
    page = built / "reports" / "jiangmen-2021" / "03_targets.html"
    shown = dom(page, profile)
    no_raw_numbers(shown_text(shown), "03_targets")
    heads = first_table_headers(shown, "verdict")
    assert heads[:3] == ["indicator", "kind of target", "verdict"], heads
    assert "gap to 5-year average (pp)" in heads[:6]
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', shown)) >= 1, "the targets chart is on the page"
    # 全社会固定资产投资's cumulative target, 力争"十四五"时期…1.5万亿元, in the unit a reader knows
    assert "1.5 万亿元" in shown_text(shown)


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_failed_check_links_to_its_row_and_batch_index_uses_the_same_wording(built, profile):
    """Guangdong 2026 fails a check: the index links it to the checks table's row, which says 'no'.
    The batch index words targets as the report pages do (地区生产总值增长4.5%—5%: both ends)."""
    folder = built / "reports" / "2026_广东省"
    index = dom(folder / "index.html", profile)
    links = re.findall(r'href="02_implied_growth\.html#(T_checks_row\d+_col0)"', index)
    assert links, "a failed check links to notebook 02's checks table"
    checks_page = dom(folder / "02_implied_growth.html", profile)
    no_raw_numbers(shown_text(checks_page), "02_implied_growth")
    row = re.search(rf'<tr>(?:(?!</tr>).)*id="{links[0]}"(?:(?!</tr>).)*</tr>', checks_page, re.S)
    assert row and re.search(r">\s*no\s*<", row.group(0)), "the linked row is the failed check"
    batch_index = shown_text(dom(built / "reports" / "index.html", profile))
    no_raw_numbers(batch_index, "batch index")
    assert "6 % 以上 at least" in batch_index and "4.5–5 %" in batch_index
    assert "at_least" not in batch_index
