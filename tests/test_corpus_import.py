"""The corpus comes into data/raw byte for byte, each report with a provenance sidecar; twice is once."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest
import yaml

from helpers.config import RAW_DIR
from helpers.errors import ReportError
from helpers.extract.metadata import load_metadata
from helpers.run.corpus import import_corpus, main

from .factories import CORPUS, DATA, SHARED, corpus_file

CATALOG = SHARED / "corpus" / "catalog.csv"
needs_shared = pytest.mark.skipif(not CATALOG.exists(), reason="shared/corpus not beside the checkout")


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tiny_catalog(tmp_path, text="2030年某市人民政府工作报告\n地区生产总值增长5%左右。\n"):
    src = tmp_path / "corpus" / "city"
    src.mkdir(parents=True)
    (src / "2030_某市.txt").write_text(text, encoding="utf-8")
    cat = tmp_path / "corpus" / "catalog.csv"
    pd.DataFrame(
        [
            dict(
                file="city/2030_某市.txt",
                level="city",
                region="某市",
                report_year=2030,
                delivered="",
                title="2030年某市人民政府工作报告",
                source_url="https://example.org/r",
            )
        ]
    ).to_csv(cat, index=False)
    return cat


def test_import_copies_bytes_and_writes_a_sidecar(tmp_path):
    cat = _tiny_catalog(tmp_path)
    raw = tmp_path / "raw"
    done = import_corpus(cat, raw)
    assert [d.status for d in done] == ["copied"]
    copy = raw / "2030_某市.txt"
    assert copy.read_bytes() == (tmp_path / "corpus" / "city" / "2030_某市.txt").read_bytes()
    side = yaml.safe_load((raw / "2030_某市.meta.yml").read_text(encoding="utf-8"))
    assert side["sha256"] == _sha(copy) and side["region"] == "某市" and side["level"] == "city"
    assert side["report_year"] == 2030 and "delivered" not in side and side["source_url"] == "https://example.org/r"
    assert "shared corpus" in side["source"] and side["source_file"] == "2030_某市.txt"
    meta = load_metadata(copy)
    assert (meta["report_id"], meta["report_year"]) == ("2030_某市", 2030)


def test_import_is_idempotent_and_never_overwrites_a_different_file(tmp_path):
    cat = _tiny_catalog(tmp_path)
    raw = tmp_path / "raw"
    import_corpus(cat, raw)
    assert [d.status for d in import_corpus(cat, raw)] == ["unchanged"]
    (raw / "2030_某市.txt").write_bytes(b"something else")
    with pytest.raises(ReportError, match="different content"):
        import_corpus(cat, raw)
    assert (raw / "2030_某市.txt").read_bytes() == b"something else"


def test_missing_source_or_column_fails_with_one_line(tmp_path):
    cat = _tiny_catalog(tmp_path)
    (tmp_path / "corpus" / "city" / "2030_某市.txt").unlink()
    with pytest.raises(ReportError, match="missing"):
        import_corpus(cat, tmp_path / "raw")
    bad = tmp_path / "bad.csv"
    bad.write_text("file,region\nx.txt,某市\n", encoding="utf-8")
    with pytest.raises(ReportError, match="lacks column"):
        import_corpus(bad, tmp_path / "raw")


def test_command_line(tmp_path, capsys):
    cat = _tiny_catalog(tmp_path)
    assert main(["import", str(cat), "--raw", str(tmp_path / "raw")]) == 0
    assert "1 copied" in capsys.readouterr().out
    assert main(["import", str(tmp_path / "nope.csv"), "--raw", str(tmp_path / "raw")]) == 2


@needs_shared
def test_whole_corpus_imports_into_a_fresh_folder(tmp_path):
    done = import_corpus(CATALOG, tmp_path)
    catalog = pd.read_csv(CATALOG)
    assert len(done) == len(catalog) == 24
    for d, row in zip(done, catalog.itertuples()):
        assert _sha(d.raw) == _sha(SHARED / "corpus" / row.file)
        meta = load_metadata(d.raw)
        assert (meta["region"], meta["level"], meta["report_year"]) == (row.region, row.level, row.report_year)


@needs_shared
def test_project_raw_copies_are_byte_identical_to_the_shared_corpus():
    catalog = pd.read_csv(CATALOG)
    for row in catalog.itertuples():
        stem = row.file.rsplit("/", 1)[-1].removesuffix(".txt")
        copy = RAW_DIR / f"{stem}.txt"
        assert copy.exists(), f"{copy.name} not imported: run python -m helpers.run.corpus import"
        sha = _sha(SHARED / "corpus" / row.file)
        assert _sha(copy) == sha, f"{copy.name} differs from the shared corpus"
        side = yaml.safe_load(copy.with_name(f"{stem}.meta.yml").read_text(encoding="utf-8"))
        assert side["sha256"] == sha and side["report_year"] == row.report_year


def test_the_corpus_the_tests_read_is_the_catalogued_texts_with_their_sidecars():
    """Without ../shared the tests read CORPUS (data/raw/): every text they name is there, byte
    for byte the one its sidecar's sha256 records at import, with the year of its file name."""
    names = sorted(set(pd.read_csv(DATA / "corpus_expected.csv")["file"]))
    assert len(names) == 24
    for name in names:
        path = corpus_file(name)
        assert path.parent == CORPUS and path.exists(), f"{path.name} missing from {CORPUS}"
        side = yaml.safe_load(path.with_name(f"{path.stem}.meta.yml").read_text(encoding="utf-8"))
        assert side["sha256"] == _sha(path), f"{path.name} differs from the text its sidecar records"
        assert str(side["report_year"]) == path.stem[:4]
