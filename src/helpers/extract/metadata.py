"""Report metadata: the provenance sidecar beside each raw file, and safe report ids.

Each raw report `data/raw/<id>.txt` may have `<id>.meta.yml` (region, level, report year,
delivery date, speaker, plans). Without one, the report year is inferred from the file name or
the title line ("2021年江门市人民政府工作报告"), so a report dropped into a folder still runs.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from helpers.errors import ReportError
from helpers.extract.inferred_metadata import metadata_from_text

_SAFE = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff_.-]+")
_YEAR_IN_NAME = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d\d)年[^\n。]{0,30}政府工作报告")


def safe_report_id(name: str) -> str:
    """A report id safe as a folder name: no path parts, no shell metacharacters.

    Only the last path part is kept (after folding full-width ／ and ＼ to / and \\), every run
    of other characters becomes one "-" (a "-" written in the name stays), and leading or trailing
    dots, dashes and underscores go, so the id can never be "..", a hidden name or a command-line
    option. A name with nothing safe left fails.

    >>> safe_report_id("../../etc/passwd"), safe_report_id("2026_广东省"), safe_report_id("a b;rm -rf")
    ('passwd', '2026_广东省', 'a-b-rm--rf')
    """
    base = unicodedata.normalize("NFKC", str(name)).replace("\\", "/").split("/")[-1]
    rid = _SAFE.sub("-", base).strip(".-_")[:80].rstrip(".-_")
    if not rid:
        raise ReportError(name, "cannot make a report id from this name")
    return rid


def sidecar_path(raw_path: str | Path) -> Path:
    p = Path(raw_path)
    return p.with_name(p.stem + ".meta.yml")


def load_metadata(raw_path: str | Path, text: str | None = None) -> dict:
    """Metadata for a raw report: the sidecar if present, with report_id and report_year ensured."""
    p = Path(raw_path)
    meta: dict = {}
    side = sidecar_path(p)
    if side.exists():
        try:
            loaded = yaml.safe_load(side.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ReportError(side, f"metadata sidecar is not valid YAML ({type(exc).__name__})") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ReportError(side, "metadata sidecar must be a mapping of field: value")
        meta = dict(loaded or {})
    else:  # a user's own file: what its first lines say, marked as inferred (helpers.extract.inferred_metadata)
        meta = metadata_from_text(p, text)
    meta["report_id"] = safe_report_id(meta.get("report_id") or p.stem)
    year = meta.get("report_year")
    if year is None:
        year = infer_year(p.stem, text)
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise ReportError(side if side.exists() else p, f"report_year {year!r} is not a year") from None
    if not 1950 <= year <= 2100:
        raise ReportError(side if side.exists() else p, f"report_year {year} is out of range")
    meta["report_year"] = year
    return meta


def infer_year(stem: str, text: str | None) -> int:
    """The report year from the file name (2026_广东省, jiangmen-2021) or the title line."""
    m = _YEAR_IN_NAME.search(stem)
    if m:
        return int(m.group(1))
    if text:
        m = _YEAR_IN_TITLE.search(text[:3000])
        if m:
            return int(m.group(1))
    raise ReportError(stem, "no report year: add report_year to a .meta.yml sidecar or put the year in the file name")
