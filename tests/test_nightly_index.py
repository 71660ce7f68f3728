"""The batch index after nightly reruns: when each report was last built, what this run did to it,
and sorting and filtering in the browser without a server (issue 15).

Three reports run through tests/notebooks/behave.ipynb; the second run changes one text, adds a
failing one and leaves one alone, so every mark is produced for real. One worker per batch: what is
tested is what each run records, not running reports side by side (tests/test_batch.py and
tests/test_batch_faults.py do that), and each further worker costs seconds of imports.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
from pathlib import Path

import pytest

from helpers.run import batch

from .factories import run_test_batch, write_report

CHROMIUM = Path("/usr/bin/chromium")


def run(base: Path, **kw) -> dict[str, dict]:
    entries = run_test_batch(
        base / "raw",
        base / "out",
        base / "clean",
        "behave.ipynb",
        1,
        jobs=1,
        **kw,
    )
    return {e["report_id"]: e for e in entries}


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory):
    base = tmp_path_factory.mktemp("nights")
    for rid in ("kept-2021", "edited-2021", "forced-2021"):
        write_report(base / "raw", f"{rid}.txt")
    first = run(base)
    with open(base / "raw" / "edited-2021.txt", "ab") as fh:
        fh.write("\n补充一段。\n".encode())
    write_report(base / "raw", "broken-2021.txt", "fault: raise")
    write_report(base / "raw", "fresh-2021.txt")
    second = run(base)
    third = run(base, force=True, only=("forced-2021",))
    return {"base": base, "first": first, "second": second, "third": third}


def page_rows(html: str) -> list[dict[str, str]]:
    """Each report's <tbody> attributes, in page order."""
    bodies = re.findall(r'<tbody class="report"([^>]*)>', html)
    return [dict(re.findall(r'data-(\w+)="([^"]*)"', attrs)) for attrs in bodies]


@pytest.mark.slow
def test_each_report_is_marked_with_what_this_run_did(two_nights):
    first, second, third = two_nights["first"], two_nights["second"], two_nights["third"]
    assert {rid: e["mark"] for rid, e in first.items()} == dict.fromkeys(first, "new")
    assert {rid: e["mark"] for rid, e in second.items()} == {
        "kept-2021": "unchanged",
        "forced-2021": "unchanged",
        "edited-2021": "changed",
        "broken-2021": "failed",
        "fresh-2021": "new",
    }
    assert third["forced-2021"]["mark"] == "rebuilt"
    shown = json.loads((two_nights["base"] / "out" / "manifest.json").read_text(encoding="utf-8"))["reports"]
    assert {e["report_id"]: e["mark"] for e in shown} == {
        "kept-2021": "not run",
        "edited-2021": "not run",
        "broken-2021": "not run",
        "fresh-2021": "not run",
        "forced-2021": "rebuilt",
    }


@pytest.mark.slow
def test_last_built_is_kept_across_skips_and_failures(two_nights):
    first, second, third = two_nights["first"], two_nights["second"], two_nights["third"]
    assert second["kept-2021"]["built_at"] == first["kept-2021"]["built_at"]  # skipped: its build is the first night's
    assert second["edited-2021"]["built_at"] == second["edited-2021"]["finished_at"] >= first["edited-2021"]["built_at"]
    assert second["broken-2021"]["built_at"] is None  # never built: nothing to link
    assert third["forced-2021"]["built_at"] >= second["forced-2021"]["built_at"]
    for e in first.values():  # a real time, within this test run
        built = datetime.datetime.fromisoformat(e["built_at"])
        assert abs(datetime.datetime.now(datetime.UTC) - built) < datetime.timedelta(hours=1)


@pytest.mark.slow
def test_the_index_shows_marks_and_times_and_carries_its_script_inline(two_nights, tmp_path):
    # the second night's page: write it again from that run's entries
    _, index = batch.write_outputs(tmp_path, list(two_nights["second"].values()), {})
    html = index.read_text(encoding="utf-8")
    rows = {r["report"]: r for r in page_rows(html)}
    assert {rid: r["mark"] for rid, r in rows.items()} == {rid: e["mark"] for rid, e in two_nights["second"].items()}
    kept = two_nights["first"]["kept-2021"]["built_at"]
    assert rows["kept-2021"]["built"] == kept
    assert f'<time datetime="{kept}">{batch.when(kept)}</time>' in html
    assert '<span class="mark mark-failed">failed</span>' in html and "never</td>" in html
    assert "<script>" in html and not re.search(r"<script[^>]+src=|<link[^>]+href=\"http|https?://", html), "not offline"


def dom(url: str, profile: Path) -> str:
    result = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--dump-dom", url],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return result.stdout


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_sorting_and_filtering_work_in_a_headless_browser(two_nights, tmp_path):
    """The script sorts and filters in Chromium, offline; the view is read from the address (#sort=…)."""
    _, index = batch.write_outputs(tmp_path, list(two_nights["second"].values()), {})
    url = index.resolve().as_uri()
    order = [r["report"] for r in page_rows(dom(url, tmp_path / "p"))]
    assert order == sorted(two_nights["second"])  # as written: by report id

    shown = page_rows(dom(url + "#sort=-built", tmp_path / "p"))
    built = [r["built"] for r in shown]
    assert built[-1] == "", "a report never built sorts last"
    assert built[:-1] == sorted(built[:-1], reverse=True) and built[0] > built[-2], built

    by_id = [r["report"] for r in page_rows(dom(url + "#sort=-report", tmp_path / "p"))]
    assert by_id == sorted(two_nights["second"], reverse=True)

    filtered = dom(url + "#mark=failed", tmp_path / "p")
    hidden = {
        rid for rid, attrs in re.findall(r'<tbody class="report" data-report="([^"]+)"([^>]*)>', filtered) if "hidden" in attrs
    }
    assert hidden == set(two_nights["second"]) - {"broken-2021"}
    assert "1 of 5 shown" in filtered
