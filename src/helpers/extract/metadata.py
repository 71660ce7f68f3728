"""Report metadata: the provenance sidecar beside each raw file, and safe report ids.

Each raw report `data/raw/<id>.txt` may have `<id>.meta.yml` (region, level, report year,
delivery date, speaker, plans). Without one, the report year is inferred from the file name or
the title line ("2021年江门市人民政府工作报告"), so a report dropped into a folder still runs.
"""

from __future__ import annotations

import os
import re
import stat
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


def recorded_name(name: str | Path) -> str:
    """A file name as it can be written to JSON, HTML and a terminal: UTF-8 bytes kept, others as \\xNN.

    Python reads a name in another encoding (GBK from a zip made on Windows) with lone surrogates,
    which no UTF-8 file can hold; this spells each such byte out, so the name stays recognisable.

    >>> recorded_name(os.fsdecode(b"\\xb1\\xa8\\xb8\\xe6-2021.txt")), recorded_name("2026_广东省.txt")
    ('\\\\xb1\\\\xa8\\\\xb8\\\\xe6-2021.txt', '2026_广东省.txt')
    """
    return os.fsencode(str(name)).decode("utf-8", "backslashreplace")


def check_name(path: str | Path) -> None:
    """Refuse a file whose name is not UTF-8: no notebook, manifest or page could record it.

    The message gives the name as `recorded_name` spells it and how to rename it.
    """
    shown = recorded_name(path)
    if shown != str(path):
        raise ReportError(shown, "file name is not UTF-8 (a GBK name from a Windows zip?): rename it, e.g. convmv -f gbk -t utf8")


def sidecar_path(raw_path: str | Path) -> Path:
    p = Path(raw_path)
    return p.with_name(p.stem + ".meta.yml")


MAX_SIDECAR_BYTES = 64 * 1024  # a provenance record is under 2 kB; anything far larger is not one


class _NoAliasLoader(yaml.SafeLoader):
    """yaml's safe loader without aliases: `*a` refers to an anchor and can multiply a 400-byte
    file into gigabytes (a "billion laughs"); a provenance record never needs one."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", self.peek_event().start_mark)
        return super().compose_node(parent, index)


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # libyaml's parser under the safe constructor, when PyYAML has it


def _yaml_mapping(text: str):
    """The sidecar's YAML as `_NoAliasLoader` reads it, read by libyaml when it can.

    Why: the pure-Python parser took 2 ms a sidecar, a twentieth of extracting a report; libyaml's parser under the
    same safe constructor builds the same values in a fifth of that. Only a well-formed sidecar without an alias takes
    that path (a scan of its events first): an alias, and anything libyaml stops at, is read again by `_NoAliasLoader`,
    so a broken sidecar gives the same message as before, in the same words.

    >>> _yaml_mapping("report_year: 2021\\nlevel: province"), _yaml_mapping("")
    ({'report_year': 2021, 'level': 'province'}, None)
    """
    if _FAST_LOADER is not None:
        try:
            if not any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=_FAST_LOADER)):
                return yaml.load(text, Loader=_FAST_LOADER)
        except Exception:  # whatever libyaml makes of it, the loader below says it as before
            pass
    return yaml.load(text, Loader=_NoAliasLoader)  # a SafeLoader, aliases refused


def read_sidecar(raw_path: str | Path) -> bytes | None:
    """The sidecar's bytes, read as the report files are: a regular file beside the report, size-capped.

    None without a sidecar. A pipe or a device is refused before it is opened (a pipe would block
    for ever, /dev/zero never ends), and so is a link to a file outside the report's folder, whose
    fields would otherwise be published as the report's. Opened without blocking and checked
    again on the open handle, so a file swapped for a pipe in between cannot hang the read.
    """
    side = sidecar_path(raw_path)
    try:
        info = os.stat(side)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ReportError(side, f"cannot read the metadata sidecar ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise ReportError(side, "metadata sidecar is not a regular file (a pipe, a device or a folder)")
    if side.resolve().parent != side.parent.resolve():
        raise ReportError(side, "metadata sidecar links outside the report's folder")
    try:
        fd = os.open(side, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise ReportError(side, f"cannot read the metadata sidecar ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ReportError(side, "metadata sidecar is not a regular file (a pipe, a device or a folder)")
        data = fh.read(MAX_SIDECAR_BYTES + 1)
    if len(data) > MAX_SIDECAR_BYTES:
        raise ReportError(side, f"metadata sidecar is larger than {MAX_SIDECAR_BYTES // 1024} kB: not a provenance record")
    return data


def load_metadata(raw_path: str | Path, text: str | None = None) -> dict:
    """Metadata for a raw report: the sidecar if present, with report_id and report_year ensured."""
    p = Path(raw_path)
    meta: dict = {}
    side = sidecar_path(p)
    data = read_sidecar(p)
    if data is not None:
        try:
            loaded = _yaml_mapping(data.decode("utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ReportError(side, f"metadata sidecar is not valid YAML ({_yaml_problem(exc)})") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ReportError(side, "metadata sidecar must be a mapping of field: value")
        meta = dict(loaded or {})
    else:  # a user's own file: what its first lines say, marked as inferred (helpers.extract.inferred_metadata)
        named = _YEAR_IN_NAME.search(p.stem)
        meta = metadata_from_text(p, text, int(named.group(1)) if named else None)
    meta["report_id"] = safe_report_id(meta.get("report_id") or p.stem)
    year = meta.get("report_year")
    where = side if data is not None else p
    if year is None:
        year = infer_year(p.stem, text)
    if isinstance(year, str) and year.strip().isdigit():
        year = int(year)
    if isinstance(year, bool) or not isinstance(year, int):  # 2021.9 is no year, nor is `true` (a bool is an int)
        raise ReportError(where, f"report_year {year!r} is not a year (write it as 2021)")
    if not 1950 <= year <= 2100:
        raise ReportError(where, f"report_year {year} is out of range")
    meta["report_year"] = year
    return meta


def _yaml_problem(exc: Exception) -> str:
    """The yaml error's own short reason ("aliases (*name) are not allowed"), else its type."""
    return str(getattr(exc, "problem", "") or "") or type(exc).__name__


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
