"""Bringing a catalogued corpus of reports into data/raw/, byte for byte, each with its sidecar.

The shared corpus (`../shared/corpus/`) holds the State Council's reports 2006-2025 and five 2026
provincial reports, listed in `catalog.csv` (file, level, region, report_year, delivered, title,
source_url). `import_corpus` copies each file to `data/raw/<file stem>.txt` without changing a
byte and writes `<file stem>.meta.yml` from its catalog row, so every report carries its
provenance (owid/etl style): `national/2015_national.txt` becomes `data/raw/2015_national.txt`
with report_id `2015_national`; `provincial/2026_广东省.txt` becomes `2026_广东省.txt`.

Running it twice changes nothing; a different file already at a destination is an error, never
silently overwritten (data/raw is read-only once a report is in).

    python -m helpers.run.corpus import [CATALOG] [--raw data/raw]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import yaml

from helpers.config import PROJECT_ROOT, RAW_DIR, resolve
from helpers.errors import ReportError
from helpers.extract.metadata import safe_report_id
from helpers.extract.sections import plan_name
from helpers.store import atomic_write_bytes

DEFAULT_CATALOG = PROJECT_ROOT.parent / "shared" / "corpus" / "catalog.csv"
CATALOG_COLUMNS = ("file", "level", "region", "report_year", "title", "source_url")


@dataclass(frozen=True)
class Imported:
    """What happened to one catalog row: 'copied', 'unchanged' (already there, same bytes)."""

    report_id: str
    raw: Path
    sidecar: Path
    status: str


def sidecar_for(row: dict, source: Path, sha256: str, catalog: Path) -> dict:
    """The provenance record of one catalog row, in the field names of data/raw/*.meta.yml.

    >>> sidecar_for({"file": "national/2016_national.txt", "level": "national", "region": "中华人民共和国",
    ...              "report_year": 2016, "delivered": "", "title": "t", "source_url": "u"},
    ...             Path("national/2016_national.txt"), "ab", Path("catalog.csv"))["plan_opened"]
    '十三五 (2016-2020)'
    """
    year = int(row["report_year"])
    meta = {
        "report_id": safe_report_id(Path(row["file"]).stem),
        "title": row["title"],
        "region": row["region"],
        "level": row["level"],
        "report_year": year,
    }
    delivered = row.get("delivered")
    if isinstance(delivered, str) and delivered.strip():
        meta["delivered"] = date.fromisoformat(delivered.strip())
    opened = plan_name(year)
    if opened:
        reviewed = plan_name(year - 5)  # None before 十一五: the 10th plan is 十五, outside plan_name's range
        meta["plan_reviewed"] = f"{reviewed} ({year - 5}-{year - 1})" if reviewed else f"{year - 5}-{year - 1}"
        meta["plan_opened"] = f"{opened} ({year}-{year + 4})"
    meta.update(
        source_url=row["source_url"],
        source=f"shared corpus: {row['file']}",
        source_file=source.name,
        sha256=sha256,
        retrieved=f"copied byte for byte from the shared corpus listed in {catalog.name}; originally retrieved from source_url",
    )
    return meta


def _sidecar_text(meta: dict) -> str:
    head = (
        f"# Provenance sidecar for {meta['source_file']} (the raw file is never modified; "
        f"see data/raw/README.md). Written by helpers.corpus from the corpus catalog.\n"
    )
    return head + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=200)


def _put(path: Path, data: bytes) -> str:
    """Write `data` to `path` unless the same bytes are there; a different file is an error."""
    if path.exists():
        if path.read_bytes() == data:
            return "unchanged"
        raise ReportError(path, "exists with different content; refusing to overwrite a raw file (remove it first)")
    atomic_write_bytes(path, data)
    return "copied"


def read_catalog(catalog_csv: str | Path) -> pd.DataFrame:
    catalog = Path(catalog_csv)
    try:
        table = pd.read_csv(catalog, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError) as exc:
        raise ReportError(catalog, f"cannot read the catalog ({type(exc).__name__})") from None
    missing = [c for c in CATALOG_COLUMNS if c not in table.columns]
    if missing:
        raise ReportError(catalog, f"catalog lacks column(s) {', '.join(missing)}")
    return table


def import_corpus(catalog_csv: str | Path = DEFAULT_CATALOG, raw_dir: str | Path = RAW_DIR) -> list[Imported]:
    """Copy every catalogued report into `raw_dir` with a `.meta.yml` sidecar; idempotent.

    Paths in the catalog's `file` column are relative to the catalog's folder. Each copy is
    checked against the source's SHA-256 after writing. Raises ReportError (one line) on a
    missing source, a duplicate destination name or an existing different file.
    """
    catalog = Path(catalog_csv)
    raw = Path(raw_dir)
    table = read_catalog(catalog)
    stems = table["file"].map(lambda f: Path(f).stem)
    dup = stems[stems.duplicated()]
    if len(dup):
        raise ReportError(catalog, f"two catalog files would both become {dup.iloc[0]}.txt")
    done = []
    for row in table.to_dict("records"):
        source = catalog.parent / row["file"]
        try:
            data = source.read_bytes()
        except OSError:
            raise ReportError(source, "catalogued file is missing or unreadable") from None
        sha = hashlib.sha256(data).hexdigest()
        dest = raw / f"{Path(row['file']).stem}.txt"
        status = _put(dest, data)
        if hashlib.sha256(dest.read_bytes()).hexdigest() != sha:
            raise ReportError(dest, "copy differs from its source after writing")
        meta = sidecar_for(row, source, sha, catalog)
        side = dest.with_name(dest.stem + ".meta.yml")
        side_status = _put(side, _sidecar_text(meta).encode("utf-8"))
        done.append(Imported(meta["report_id"], dest, side, "copied" if "copied" in (status, side_status) else "unchanged"))
    return done


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m helpers.run.corpus", description="Bring a catalogued corpus into data/raw/.")
    sub = p.add_subparsers(dest="command", required=True)
    i = sub.add_parser("import", help="copy the catalog's reports into data/raw with .meta.yml sidecars")
    i.add_argument(
        "catalog", nargs="?", type=Path, default=DEFAULT_CATALOG, help="catalog.csv (default ../shared/corpus/catalog.csv)"
    )
    i.add_argument("--raw", type=Path, default=RAW_DIR, help="destination folder (default data/raw)")
    args = p.parse_args(argv)
    try:
        done = import_corpus(resolve(args.catalog), resolve(args.raw))
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    copied = sum(d.status == "copied" for d in done)
    print(f"{len(done)} reports in {resolve(args.raw)}: {copied} copied, {len(done) - copied} already there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
