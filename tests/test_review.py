"""The review sheet: every figure with its number marked in its sentence, the doubtful ones first."""

from __future__ import annotations

import pandas as pd

from helpers.analysis.trust import marked, review_sheet
from helpers.config import BUNDLED_REPORT
from helpers.run.cli import main
from helpers.run.pipeline import figures, open_report
from helpers.run.review import write_review

from .factories import figure_table


def test_rows_to_check_come_first_with_why(jiangmen_figures):
    sheet = review_sheet(jiangmen_figures)
    assert len(sheet) == len(jiangmen_figures) and sheet["id"].is_unique
    first = sheet[sheet["check_first"]]
    assert len(first) > 0 and sheet["check_first"].tolist() == sorted(sheet["check_first"], reverse=True)
    assert first["why"].ne("").all() and sheet.loc[~sheet["check_first"], "why"].eq("").all()
    doubtful = (jiangmen_figures["confidence"] == "low") | (jiangmen_figures["scope"] != "own")
    assert set(jiangmen_figures.loc[doubtful, "figure_id"]) <= set(first["id"])


def test_the_number_is_marked_where_it_stands_even_when_the_sentence_repeats_it(jiangmen_figures):
    sentence = marked(review_sheet(jiangmen_figures)).set_index("id")["sentence"]
    # 规上高技术产业、先进制造业、装备制造业增加值分别年均增长15.9%、7.5%和7.5%
    assert sentence["jiangmen-2021:1362"].endswith("分别年均增长15.9%、【7.5】%和7.5%。")
    assert sentence["jiangmen-2021:1367"].endswith("分别年均增长15.9%、7.5%和【7.5】%。")
    # 7 is not the 7 of 7.2%
    assert sentence["jiangmen-2021:583"].endswith("地方一般公共预算收入年均增长【7】%。")
    assert sentence.str.count("【").eq(1).all()


def test_a_subject_the_extractor_could_not_name_is_checked_first():
    figs = figure_table(
        {"measure": "count", "value": 61, "indicator_zh": "", "sentence": "61%的村庄达标。", "number_text": "61"},
        {"measure": "level", "value": 3201, "unit": "亿元", "indicator": "gdp", "sentence": "地区生产总值3201亿元。"},
    )
    sheet = review_sheet(figs)
    assert sheet[["id", "why", "number"]].values.tolist() == [["test:100", "no subject", "61"], ["test:200", "", "3201"]]


def test_review_writes_csv_for_excel_and_an_escaped_html_page(jiangmen, jiangmen_figures, tmp_path):
    figs = jiangmen_figures.copy()
    figs.loc[0, "sentence"] = "<script>alert(1)</script>" + figs.loc[0, "sentence"]
    csv_path, html_path, _ = write_review(jiangmen, figs, tmp_path)
    assert csv_path == tmp_path / "jiangmen-2021" / "review.csv" and csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(csv_path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert back.columns[:7].tolist() == ["id", "check_first", "why", "on_pages", "char_start", "char_end", "number_text"]
    # after the doubtful rows, the inputs of the pages' computations (Jiangmen's GDP 3201 among them)
    # then the figures named only by their sentence's words (indicator other), then the dictionary rows no page uses
    order = (
        back["check_first"].eq("False").astype(int) * 4
        + back["on_pages"].eq("False").astype(int) * 2
        + back["indicator"].ne("other").astype(int)
    )
    assert order.is_monotonic_increasing and back.loc[back["number_text"].eq("3201"), "on_pages"].eq("True").any()
    rest = back[back["check_first"].eq("False") & back["on_pages"].eq("False")]
    assert rest["indicator"].eq("other").any() and rest["indicator"].ne("other").any()
    n_unnamed = int(rest["indicator"].eq("other").sum())
    assert "other figures the pages compute with" in html_path.read_text(encoding="utf-8")
    assert f"then the {n_unnamed} figures whose subject the indicator dictionary does not know" in html_path.read_text(
        encoding="utf-8"
    )
    assert len(back) == len(figs) and back["sentence"].str.contains("【3201】亿元").any()
    page = html_path.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "2020年实现<mark>3201</mark>亿元" in page and "首家博士后创新示范中心和<mark>11</mark>家院士工作站" in page


def test_review_command_prints_where_the_sheet_is(tmp_path, capsys):
    assert main(["review", str(BUNDLED_REPORT), "--out", str(tmp_path), "--corrections", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out
    assert "jiangmen-2021: " in out and str(tmp_path / "jiangmen-2021" / "review.html") in out
    assert (tmp_path / "jiangmen-2021" / "review.csv").is_file()


def test_inputs_of_a_failed_consistency_check_are_checked_first():
    """Guangdong 2026: a ratio the report states disagrees with its parts; its three inputs go on top."""
    from helpers.analysis import checks, growth, trust
    from helpers.config import RAW_DIR

    report = open_report(RAW_DIR / "2026_广东省.txt")
    figs = figures(report)
    chk = checks.consistency_checks(figs, growth.implied_growth(figs))
    failed = chk[~chk["passed"].astype(bool)]
    assert len(failed)
    sheet = trust.review_sheet(figs, chk)
    flagged = sheet[sheet["why"].str.contains("failed check", regex=False)]
    inputs = {x.strip() for x in failed["inputs"].iloc[0].split(";")}
    assert inputs <= set(flagged["id"]) and flagged["check_first"].all()
