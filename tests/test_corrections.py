"""Corrections (data/corrections/<report_id>.csv): checked against the raw text, applied in one place.

Real text throughout: the bundled Jiangmen 2021 report, read from data/raw and copied into tmp
folders when a test edits it. Corrections files are written in tmp folders only.
"""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from helpers.analysis import narrate
from helpers.analysis.growth import implied_growth
from helpers.config import BUNDLED_REPORT, PROJECT_ROOT, RAW_DIR
from helpers.errors import ReportError
from helpers.extract.corrections import CORRECTION_COLUMNS, unnecessary_corrections
from helpers.run import batch, pipeline
from helpers.run.cli import main

from .factories import TEST_NOTEBOOKS, one

# Figures of the bundled report the corrections below name (docs/corrections.md uses them too).
GDP_2020 = dict(char_start=489, char_end=493, number_text="3201")  # 2020年实现3201亿元
RIVERS = dict(char_start=22353, char_end=22355, number_text="14")  # 加快西江、潭江14条跨县重点支流综合治理工程
CLINICS = dict(char_start=8237, char_end=8240, number_text="100")  # 基层医疗机构100%设置中医馆
FOURTH_HUB = dict(char_start=5293, char_end=5294, number_text="四")  # 成为省内第四大铁路客运枢纽 (not extracted)


def write_corrections(folder, *rows: dict, name: str = "jiangmen-2021.csv", bom: bool = True):
    """A corrections file as a person saves it from Excel: every column, UTF-8 with BOM."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CORRECTION_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def copy_report(folder):
    """The bundled report and its sidecar in a tmp folder, to edit the text without touching data/raw."""
    folder.mkdir(parents=True, exist_ok=True)
    for src in (BUNDLED_REPORT, BUNDLED_REPORT.with_suffix(".meta.yml")):
        shutil.copy(src, folder / src.name)
    return folder / BUNDLED_REPORT.name


@pytest.fixture(scope="module")
def extracted(jiangmen):
    return pipeline.extracted(jiangmen)


def test_without_a_corrections_file_the_table_is_the_extractors(jiangmen, extracted, tmp_path):
    figs = pipeline.figures(jiangmen, tmp_path / "none")
    assert figs.equals(extracted) and set(figs["source"]) == {"extracted"}


def test_set_changes_the_fields_it_names_and_marks_the_row_corrected(jiangmen, extracted, tmp_path):
    before = one(extracted, char_start=22353)
    # the extractor's reading (its brackets the report's own: straight_brackets), which the team shortens
    assert before["indicator_zh"] == "跨县重点支流综合治理工程（一期）"
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "set", **RIVERS, "indicator_zh": "跨县重点支流综合治理", "who": "rgz", "why": "subject"})
    row = one(pipeline.figures(jiangmen, folder), char_start=22353)
    assert row["indicator_zh"] == "跨县重点支流综合治理" and row["source"] == "corrected" and row["confidence"] == "high"
    assert (row["measure"], row["value"], row["unit"], row["period_start"]) == ("count", 14.0, "条", before["period_start"])


def test_drop_removes_the_row(jiangmen, extracted, tmp_path):
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "drop", **CLINICS, "why": "a share of clinics, kept out for the exercise"})
    figs = pipeline.figures(jiangmen, folder)
    assert len(figs) == len(extracted) - 1 and 8237 not in set(figs["char_start"])


def test_add_builds_a_full_row_from_the_text(jiangmen, extracted, tmp_path):
    assert 5293 not in set(extracted["char_start"])
    folder = tmp_path / "corrections"
    add = {"action": "add", **FOURTH_HUB, "indicator_zh": "珠西综合交通枢纽江门站", "measure": "rank", "value": "4"}
    write_corrections(folder, {**add, "period_start": "2020", "period_end": "2020"})
    figs = pipeline.figures(jiangmen, folder)
    row = one(figs, char_start=5293)
    assert len(figs) == len(extracted) + 1 and figs["char_start"].is_monotonic_increasing
    assert row["figure_id"] == "jiangmen-2021:5293" and row["source"] == "added" and row["section"] == "review_year"
    assert (
        row["sentence"]
        == "珠西综合交通枢纽江门站建成运营,成为省内第四大铁路客运枢纽,深江铁路、珠肇高铁江门至珠三角枢纽机场段动工建设。"
    )
    assert (row["value"], row["value_std"], row["period_end"], row["is_target"]) == (4.0, 4.0, 2020, False)


def test_a_set_of_gdp_flows_into_value_std_and_the_implied_growth(jiangmen, extracted, tmp_path):
    gdp = lambda g: one(g, indicator="gdp", method="level_change_abs")  # noqa: E731
    assert gdp(implied_growth(extracted))["end_level"] == pytest.approx(3201e8)
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "set", **GDP_2020, "value": "3300", "why": "a test: another level"})
    figs = pipeline.figures(jiangmen, folder)
    assert one(figs, char_start=489)["value_std"] == pytest.approx(3300e8)
    growth = gdp(implied_growth(figs))
    assert growth["end_level"] == pytest.approx(3300e8) and growth["start_level"] == pytest.approx((3300 - 961) * 1e8)
    assert growth["implied_cagr_pct"] == pytest.approx(100 * ((3300 / 2339) ** (1 / 5) - 1))


def test_a_stale_correction_fails_with_one_line_naming_file_and_line(tmp_path):
    raw = copy_report(tmp_path / "raw")
    raw.write_text(raw.read_text(encoding="utf-8").replace("2020年实现3201亿元", "2020年实现3210亿元"), encoding="utf-8")
    folder = tmp_path / "corrections"
    path = write_corrections(
        folder,
        {"action": "set", **RIVERS, "indicator_zh": "跨县重点支流综合治理"},
        {"action": "set", **GDP_2020, "value": "3201"},
    )
    with pytest.raises(ReportError) as err:
        pipeline.figures(pipeline.open_report(raw), folder)
    message = str(err.value)
    assert len(message.splitlines()) == 1
    assert message.startswith(f"{path}:3: stale: text[489:493] reads '3210', not '3201'")


def test_shifted_text_says_where_the_number_moved(tmp_path):
    raw = copy_report(tmp_path / "raw")
    raw.write_text("（全文）" + raw.read_text(encoding="utf-8"), encoding="utf-8")
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "set", **RIVERS, "indicator_zh": "跨县重点支流综合治理"})
    with pytest.raises(ReportError, match=r"jiangmen-2021.csv:2: stale: .*'14' is now at char 22357\?"):
        pipeline.figures(pipeline.open_report(raw), folder)


def test_every_problem_is_one_line_and_the_error_counts_them(jiangmen, tmp_path):
    folder = tmp_path / "corrections"
    write_corrections(
        folder,
        {"action": "set", **GDP_2020, "measure": "levels"},
        {"action": "set", **FOURTH_HUB, "value": "4"},
        {"action": "add", **FOURTH_HUB, "value": "4"},
        {"action": "fix", **GDP_2020},
        {"action": "set", **RIVERS, "value_high": "0.5"},
        {"action": "set", **CLINICS, "period_start": "2020年"},
        {"action": "set", **CLINICS, "indicator": "clinics"},
    )
    checked = pipeline.check_corrections(jiangmen, folder)
    assert checked["status"].tolist() == ["invalid"] * 7
    assert checked["line"].tolist() == list(range(2, 9))
    for text in (
        "measure 'levels' is not one of level",
        "the extractor reads no figure at char 5293 ('四'): write it as an add",
        "an add needs at least measure and value",
        "action must be one of set, drop, add, not 'fix'",
        "breaks the figures schema: range_ordered",
        "period_start '2020年' is not a year",
        "indicator 'clinics' is not in",
    ):
        assert checked["message"].str.contains(text, regex=False).any(), text
    with pytest.raises(ReportError, match=r"jiangmen-2021.csv:2: invalid: measure 'levels' .*\(7 problems; "):
        pipeline.figures(jiangmen, folder)


def test_the_same_figure_corrected_twice_is_an_error(jiangmen, tmp_path):
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "set", **GDP_2020, "value": "3300"}, {"action": "drop", **GDP_2020})
    with pytest.raises(ReportError, match=r":3: invalid: char 489 is already corrected on line 2"):
        pipeline.figures(jiangmen, folder)


def test_corrections_the_extractor_now_agrees_with_are_reported_unnecessary(jiangmen, extracted, tmp_path):
    folder = tmp_path / "corrections"
    path = write_corrections(
        folder,
        {"action": "set", **GDP_2020, "indicator": "gdp", "value": "3,201", "unit": "亿元", "period_end": "2020"},
        {"action": "add", **RIVERS, "measure": "count", "value": "14"},
        {"action": "set", **CLINICS, "value": "99"},
    )
    found = unnecessary_corrections(extracted, pipeline.read_corrections(path), jiangmen.raw.text, "jiangmen-2021")
    assert found["line"].tolist() == [2, 3] and found["figure_id"].tolist() == ["jiangmen-2021:489", "jiangmen-2021:22353"]
    figs = pipeline.figures(jiangmen, folder)  # unnecessary corrections still apply: a person checked the row
    assert one(figs, char_start=489)["source"] == "corrected" and one(figs, char_start=8237)["value"] == 99


def test_a_drop_of_a_figure_the_extractor_no_longer_reads_is_unnecessary_not_an_error(jiangmen, tmp_path):
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "drop", **FOURTH_HUB})
    assert pipeline.check_corrections(jiangmen, folder)["status"].tolist() == ["unnecessary"]
    assert len(pipeline.figures(jiangmen, folder)) == len(pipeline.extracted(jiangmen))


def test_a_corrections_file_is_read_with_or_without_bom_and_its_columns_are_checked(tmp_path):
    path = write_corrections(tmp_path, {"action": "set", **GDP_2020, "value": "3300"}, bom=False)
    assert pipeline.read_corrections(path)[["line", "action", "value", "who"]].values.tolist() == [[2, "set", "3300", ""]]
    path.write_text("action,char_start,char_end,number_text,value\nset,489,493,3201,3300\n", encoding="utf-8-sig")
    assert pipeline.read_corrections(path)["indicator"].tolist() == [""]
    path.write_text("action,char_start,char_end,number_text,indicator_zn\n", encoding="utf-8")
    with pytest.raises(ReportError, match=r"jiangmen-2021.csv:1: unknown columns \['indicator_zn'\]"):
        pipeline.read_corrections(path)
    path.write_text("action,char_start,number_text\n", encoding="utf-8")
    with pytest.raises(ReportError, match=r"missing columns \['char_end'\]"):
        pipeline.read_corrections(path)


def test_a_corrections_file_for_no_report_is_an_error(tmp_path, capsys):
    raw = copy_report(tmp_path / "raw").parent
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "drop", **CLINICS})
    typo = write_corrections(folder, {"action": "drop", **CLINICS}, name="jiangmen-2012.csv")
    assert main(["corrections", "--raw", str(raw), "--corrections", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(typo) in err[0] and "unknown report id 'jiangmen-2012'" in err[0]


def test_the_corrections_command_prints_what_applies_and_what_does_not(tmp_path, capsys):
    folder = tmp_path / "corrections"
    path = write_corrections(folder, {"action": "drop", **CLINICS}, {"action": "set", **GDP_2020, "value": "3201"})
    assert main(["corrections", str(BUNDLED_REPORT), "--corrections", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}:2: applies: drops 基层医疗机构设置中医馆 100"
    assert out[1] == f"{path}:3: unnecessary: the extractor now agrees on every field it sets"
    assert out[2] == f"{path}: 1 applies, 1 unnecessary, 0 stale, 0 invalid"
    write_corrections(folder, {"action": "set", **GDP_2020, "number_text": "3210"})
    assert main(["corrections", str(path), "--corrections", str(folder)]) == 1
    assert ":2: stale: " in capsys.readouterr().out


def test_extract_applies_the_corrections(tmp_path, capsys):
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "drop", **CLINICS})
    out = tmp_path / "f.csv"
    assert main(["extract", str(BUNDLED_REPORT), "-o", str(out), "--corrections", str(folder)]) == 0
    assert "jiangmen-2021:8237" not in out.read_text(encoding="utf-8-sig")


def test_load_figures_recomputes_when_the_corrections_or_the_extractor_change(jiangmen, tmp_path, monkeypatch):
    clean, folder = tmp_path / "clean", tmp_path / "corrections"
    saved = pipeline.figures(jiangmen, folder)
    pipeline.save_figures(jiangmen, saved, clean, folder)
    manifest = json.loads((clean / "jiangmen-2021" / "figures.meta.json").read_text(encoding="utf-8"))
    assert manifest["corrections_sha256"] == "none" and manifest["extractor_sha256"] == pipeline.extractor_sha256()
    with monkeypatch.context() as m:
        m.setattr(pipeline, "figures", lambda *a: pytest.fail("recomputed an unchanged table"))
        assert pipeline.load_figures(jiangmen, clean, folder).equals(saved)
    write_corrections(folder, {"action": "drop", **CLINICS})
    assert 8237 not in set(pipeline.load_figures(jiangmen, clean, folder)["char_start"])
    (folder / "jiangmen-2021.csv").unlink()
    assert pipeline.load_figures(jiangmen, clean, folder).equals(saved)
    monkeypatch.setattr(pipeline, "extractor_sha256", lambda: "another extractor")
    monkeypatch.setattr(pipeline, "figures", lambda *a: "recomputed")
    assert pipeline.load_figures(jiangmen, clean, folder) == "recomputed"


def test_the_batch_hash_follows_the_corrections_file_only_of_its_report(tmp_path):
    raw = copy_report(tmp_path / "raw")
    code = batch.code_fingerprint(("figures.ipynb",), TEST_NOTEBOOKS)
    path = tmp_path / "corrections" / "jiangmen-2021.csv"
    first = batch.input_hash(raw, code, tmp_path / "clean", path)
    write_corrections(path.parent, {"action": "drop", **CLINICS})
    second = batch.input_hash(raw, code, tmp_path / "clean", path)
    assert second != first
    write_corrections(path.parent, {"action": "drop", **CLINICS}, name="other-2021.csv")
    assert batch.input_hash(raw, code, tmp_path / "clean", path) == second


def test_the_examples_of_the_docs_apply_as_documented(jiangmen, tmp_path):
    doc = (PROJECT_ROOT / "docs" / "corrections.md").read_text(encoding="utf-8")
    block = doc.split("```csv\n", 1)[1].split("```", 1)[0]
    folder = tmp_path / "corrections"
    folder.mkdir()
    (folder / "jiangmen-2021.csv").write_text(block, encoding="utf-8")
    checked = pipeline.check_corrections(jiangmen, folder)
    assert checked["status"].tolist() == ["applies"] * 3
    figs = pipeline.figures(jiangmen, folder).set_index("figure_id")
    assert figs.loc["jiangmen-2021:22353", "indicator_zh"] == "跨县重点支流综合治理"
    assert figs.loc["jiangmen-2021:5293", "sentence"].startswith("珠西综合交通枢纽江门站建成运营,成为省内第四大铁路客运枢纽")
    assert "jiangmen-2021:8237" not in figs.index


def test_the_first_notebook_says_what_a_person_changed(jiangmen, tmp_path):
    folder = tmp_path / "corrections"
    assert narrate.corrections_paragraph(pipeline.figures(jiangmen, folder), pipeline.check_corrections(jiangmen, folder)) == (
        "Every figure on these pages is the extractor's reading: no person has corrected this report yet."
    )
    write_corrections(
        folder,
        {
            "action": "set",
            **RIVERS,
            "indicator_zh": "跨县重点支流综合治理",
            "who": "rgz",
            "why": "14 rivers, and the work on them",
        },
        {"action": "drop", **CLINICS},
        {"action": "set", **GDP_2020, "value": "3201"},
    )
    checked = pipeline.check_corrections(jiangmen, folder)
    assert checked[["who", "why"]].values.tolist()[0] == ["rgz", "14 rivers, and the work on them"]
    assert narrate.corrections_paragraph(pipeline.figures(jiangmen, folder), checked) == (
        "A person checked this report: 2 figures corrected, 0 added, 1 dropped (data/corrections/jiangmen-2021.csv, "
        "listed below with who and why). 1 of the corrections are unnecessary now: the extractor reads those figures right."
    )


def test_the_panel_reads_the_corrected_tables(tmp_path):
    raw = copy_report(tmp_path / "raw").parent
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "set", **GDP_2020, "value": "3300"})
    (report, figs), *_ = pipeline.read_folder(raw, folder)[0]
    assert report.report_id == "jiangmen-2021" and one(figs, char_start=489)["value"] == 3300


@pytest.mark.slow
def test_the_batch_flags_a_corrections_file_that_names_no_report(tmp_path, monkeypatch, capsys):
    raw = copy_report(tmp_path / "raw").parent
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "drop", **CLINICS})  # jiangmen-2021.csv: applies
    write_corrections(folder, {"action": "drop", **CLINICS}, name="jiangmen 2021.csv")  # renamed by hand
    monkeypatch.setattr(batch, "CORRECTIONS_DIR", folder)
    entries = batch.run_batch(
        raw, tmp_path / "reports", tmp_path / "clean", jobs=1, chain=("figures.ipynb",), notebooks_dir=TEST_NOTEBOOKS
    )
    assert [e["status"] for e in entries] == ["ok"]
    err = capsys.readouterr().err
    assert f"{folder / 'jiangmen 2021.csv'}: names no report in {raw.resolve()}: not applied" in err
    assert "jiangmen-2021.csv:" not in err
    manifest = json.loads((tmp_path / "reports" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["stray_corrections"] == [str(folder / "jiangmen 2021.csv")]
    assert "Corrections not applied" in (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")


# 办理人大代表建议和政协提案满意率均达100% (Jiangmen 2021): one number, two subjects, two rows
SHARED = dict(char_start=8912, char_end=8915, number_text="100")
FIRST, SECOND = "jiangmen-2021:8912", "jiangmen-2021:8912.2"


def test_a_shared_number_has_a_row_per_subject_and_a_line_names_which_by_figure_id(jiangmen, extracted, tmp_path):
    rows = extracted[extracted["char_start"] == 8912]
    assert rows[["figure_id", "indicator_zh"]].values.tolist() == [[FIRST, "人大代表建议满意率"], [SECOND, "政协提案满意率"]]
    folder = tmp_path / "corrections"
    write_corrections(
        folder,
        {"action": "set", **SHARED, "figure_id": SECOND, "indicator_zh": "政协提案办理满意率", "who": "rgz"},
        {"action": "set", **SHARED, "figure_id": FIRST, "indicator_zh": "人大代表建议办理满意率", "who": "rgz"},
    )
    figs = pipeline.figures(jiangmen, folder)
    rows = figs[figs["char_start"] == 8912]
    assert rows[["figure_id", "indicator_zh", "source"]].values.tolist() == [
        [FIRST, "人大代表建议办理满意率", "corrected"],
        [SECOND, "政协提案办理满意率", "corrected"],
    ]
    assert len(figs) == len(extracted) and set(rows["value"]) == {100.0}


def test_a_drop_of_one_subject_keeps_the_other_row_of_the_number(jiangmen, extracted, tmp_path):
    folder = tmp_path / "corrections"
    write_corrections(folder, {"action": "drop", **SHARED, "figure_id": SECOND, "why": "a test: one subject only"})
    figs = pipeline.figures(jiangmen, folder)
    assert figs.loc[figs["char_start"] == 8912, "figure_id"].tolist() == [FIRST] and len(figs) == len(extracted) - 1


def test_a_line_without_figure_id_at_a_shared_number_is_a_one_line_error(jiangmen, tmp_path):
    # an old corrections file names char_start only; at a number with two rows that is ambiguous
    folder = tmp_path / "corrections"
    path = write_corrections(folder, {"action": "set", **SHARED, "value": "99"})
    with pytest.raises(ReportError) as err:
        pipeline.figures(jiangmen, folder)
    assert str(err.value) == (
        f"{path}:2: invalid: char 8912 has 2 rows, one per subject ({FIRST}, {SECOND}): say which in figure_id"
    )


def test_figure_id_must_name_a_row_of_the_number_and_each_row_is_corrected_once(jiangmen, tmp_path):
    folder = tmp_path / "corrections"
    write_corrections(
        folder,
        {"action": "set", **SHARED, "figure_id": "jiangmen-2021:489", "value": "99"},  # another number's id
        {"action": "set", **SHARED, "figure_id": "jiangmen-2021:8912.5", "value": "99"},  # no fifth subject
        {"action": "set", **SHARED, "figure_id": SECOND, "value": "99"},
        {"action": "drop", **SHARED, "figure_id": SECOND},
    )
    checked = pipeline.check_corrections(jiangmen, folder)
    assert checked["status"].tolist() == ["invalid", "invalid", "applies", "invalid"]
    assert checked["message"].tolist()[0].startswith("figure_id 'jiangmen-2021:489' is not a row of char 8912")
    assert checked["message"].tolist()[1] == "the extractor reads no figure at jiangmen-2021:8912.5 ('100'): write it as an add"
    assert checked["message"].tolist()[3] == f"{SECOND} is already corrected on line 4"


def test_adds_give_one_number_the_subjects_the_extractor_missed(tmp_path):
    # 取得“中国环流三号”首次实现原子核和电子温度均破亿度 (Sichuan 2026): 亿 is one number of two subjects,
    # which the extractor does not read; two adds, the second named .2, give it a row per subject
    report = pipeline.open_report(RAW_DIR / "2026_四川省.txt")
    assert report.raw.text[1243:1245] == "亿度" and 1243 not in set(pipeline.extracted(report)["char_start"])
    folder = tmp_path / "corrections"
    line = {"action": "add", "char_start": "1243", "char_end": "1244", "number_text": "亿", "measure": "level", "value": "1",
            "unit": "亿度", "period_start": "2025", "period_end": "2025", "qualifier": "over"}  # fmt: skip
    write_corrections(
        folder,
        {**line, "indicator_zh": "中国环流三号原子核温度"},
        {**line, "figure_id": "2026_四川省:1243.2", "indicator_zh": "中国环流三号电子温度"},
        name="2026_四川省.csv",
    )
    figs = pipeline.figures(report, folder)
    rows = figs[figs["char_start"] == 1243]
    assert rows[["figure_id", "indicator_zh", "source"]].values.tolist() == [
        ["2026_四川省:1243", "中国环流三号原子核温度", "added"],
        ["2026_四川省:1243.2", "中国环流三号电子温度", "added"],
    ]
    assert rows["sentence"].nunique() == 1 and set(rows["section"]) == {"review_year"} and set(rows["value"]) == {1.0}


def test_a_set_names_the_later_subject_of_a_shared_number_by_its_figure_id(tmp_path):
    # 钢铁行业国家级绿色工厂、环保绩效A级企业数量均居全国第一 (Hebei 2026): the second row misses 钢铁行业
    report = pipeline.open_report(RAW_DIR / "2026_河北省.txt")
    folder = tmp_path / "corrections"
    line = {"action": "set", "char_start": "1886", "char_end": "1887", "number_text": "一", "figure_id": "2026_河北省:1886.2"}
    write_corrections(folder, {**line, "indicator_zh": "钢铁行业环保绩效A级企业数量"}, name="2026_河北省.csv")
    rows = pipeline.figures(report, folder).query("char_start == 1886")
    assert rows[["indicator_zh", "measure", "value", "source"]].values.tolist() == [
        ["钢铁行业国家级绿色工厂数量", "rank", 1.0, "extracted"],
        ["钢铁行业环保绩效A级企业数量", "rank", 1.0, "corrected"],
    ]
