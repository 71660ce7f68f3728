"""Bad input, case by case: one line naming the file and the problem, or a best-effort result
flagged by the QA summary. docs/bad-input.md lists every case with the test that shows it.
"""

from __future__ import annotations

import os
import re

import pandas as pd
import pytest

from helpers.errors import ReportError
from helpers.extract.extractor import ReportInfo, extract_figures
from helpers.extract.metadata import load_metadata, safe_report_id
from helpers.extract.qa import qa_summary
from helpers.extract.schema import validate_figures
from helpers.extract.text import normalise, read_report
from helpers.run.pipeline import figures, open_report, save_figures
from helpers.run.runner import write_index
from helpers.store import read_table

INFO = ReportInfo("t", 2021)
# Three sentences with a figure each, as the reports write them.
SAMPLE = "全市地区生产总值增长2.3%，城镇新增就业4.6万人。\n今年地区生产总值增长6%以上。\n"


def _fail(tmp_path, content: bytes, name: str = "bad.txt") -> str:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(ReportError) as err:
        read_report(p)
    msg = str(err.value)
    assert msg.startswith(f"{p}: ") and "\n" not in msg, msg
    return msg


def _figures(tmp_path, content: bytes):
    p = tmp_path / "r.txt"
    p.write_bytes(content)
    raw = read_report(p)
    return raw, extract_figures(raw, INFO)


def _offsets_point_at_numbers(raw_text: str, df: pd.DataFrame) -> None:
    for r in df.itertuples():
        assert raw_text[r.char_start : r.char_end] == r.number_text
        assert r.number_text[0].isdigit() or r.number_text[0] in "一二两三四五六七八九十"


def _plain(df: pd.DataFrame) -> list[tuple]:
    return [(r.indicator, r.measure, r.value, r.unit) for r in df.itertuples()]


# --- files that cannot be read: one line ------------------------------------------------------


@pytest.mark.parametrize(
    "content,problem",
    [
        (b"", "file is empty"),
        (b" \n\t\r\n\xe3\x80\x80", "only whitespace"),  # ideographic space too
        ("\ufeff\u200b \n\u200b".encode("utf-8"), "only whitespace"),  # BOM and zero-width only
        ("  \n".encode("utf-16"), "only whitespace"),
    ],
)
def test_empty_and_whitespace_only_files_fail_with_one_line(tmp_path, content, problem):
    assert problem in _fail(tmp_path, content)


@pytest.mark.parametrize(
    "content,what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a zip archive"),
        (bytes(range(256)) * 4, "binary file"),
    ],
)
def test_binary_files_renamed_txt_fail_with_one_line(tmp_path, content, what):
    msg = _fail(tmp_path, content)
    assert "binary file" in msg and what in msg


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReportError, match="not a regular file"):
        read_report(fifo)  # would block forever if it were read


def test_text_after_a_utf8_bom_that_is_not_utf8_fails_with_one_line(tmp_path):
    assert "byte order mark says UTF-8" in _fail(tmp_path, b"\xef\xbb\xbf" + SAMPLE.encode("gb18030"))


def test_undecodable_text_fails_with_one_line(tmp_path):
    assert "not UTF-8 and not GB18030" in _fail(tmp_path, "增长".encode() + b"\xff\xfe\xfa\xfb" * 3)


# --- encodings: same figures, offsets into the decoded text --------------------------------


@pytest.mark.parametrize(
    "encoding,label",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("utf-16", "utf-16"),
        ("utf-16-be", "utf-16-be"),
        ("utf-16-le", "utf-16-le"),
        ("utf-32", "utf-32"),
    ],
)
def test_every_encoding_gives_the_same_figures_and_offsets(tmp_path, encoding, label):
    data = SAMPLE.encode(encoding)
    if encoding == "utf-16":
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff")  # Python writes a BOM
    raw, df = _figures(tmp_path, data)
    reference = extract_figures(SAMPLE, INFO)
    assert raw.encoding == label and raw.text == SAMPLE
    assert len(df) == 3 and df["char_start"].tolist() == reference["char_start"].tolist()
    _offsets_point_at_numbers(raw.text, df)


def test_utf16_without_bom_is_read_with_a_warning(tmp_path):
    raw, df = _figures(tmp_path, SAMPLE.encode("utf-16-le"))
    assert raw.warnings and "without byte order mark" in raw.warnings[0]
    assert "without byte order mark" in qa_summary(raw, df)["warnings"][0]
    assert len(df) == 3


def test_utf8_cut_in_the_middle_of_a_character_is_read_with_a_warning(tmp_path):
    data = SAMPLE.encode("utf-8") + "增".encode()[:2]
    raw, df = _figures(tmp_path, data)
    assert raw.encoding == "utf-8" and raw.text == SAMPLE and "truncated" in raw.warnings[0]
    assert len(df) == 3


def test_a_few_damaged_bytes_in_utf8_are_replaced_with_a_warning_not_read_as_gb18030(tmp_path):
    body = (SAMPLE * 200).encode("utf-8")
    raw, df = _figures(tmp_path, body[:100] + b"\xff" + body[100:])
    assert raw.encoding == "utf-8" and "U+FFFD" in raw.warnings[0]
    assert len(df) >= 590
    _offsets_point_at_numbers(raw.text, df)


def test_mixed_line_endings(tmp_path):
    text = "全市地区生产总值增长2.3%。\r\n城镇新增就业4.6万人。\r今年地区生产总值增长6%以上。\n居民消费价格涨幅3%左右。"
    raw, df = _figures(tmp_path, text.encode("utf-8"))
    assert raw.text == text  # offsets count \r\n as two characters, as in the file
    assert df["number_text"].tolist() == ["2.3", "4.6", "6", "3"]
    _offsets_point_at_numbers(raw.text, df)
    assert "\r" not in "".join(df["sentence"])


# --- HTML left in by a scraper --------------------------------------------------------------

HTML = (
    "<html><head><title>政府工作报告</title><style>p{margin:0} .x{width:10%}</style>\n"
    '<script>var _hmt=_hmt||[];hm.src="https://hm.baidu.com/hm.js?12345";增长99%</script></head><body>\n'
    "<!-- 统计代码 增长88% -->\n"
    '<p>全市地区生产总值增长<b>2.3</b>%，城镇新增就业<span class="n">4.6</span>&nbsp;万人。</p>\n'
    "<p>居民消费价格涨幅3&#37;左右，&ldquo;十四五&rdquo;期间年均增长5.5%&amp;以上。</p>\n"
    "<div>页面上写着&lt;script&gt;alert(1)&lt;/script&gt;，一般公共预算收入增长10%。</div></body></html>"
)


def test_html_tags_are_dropped_entities_decoded_and_offsets_point_into_the_raw_text(tmp_path):
    raw, df = _figures(tmp_path, HTML.encode("utf-8"))
    _offsets_point_at_numbers(raw.text, df)
    assert df["number_text"].tolist() == ["2.3", "4.6", "3", "5.5", "10"]
    assert df["unit"].tolist() == ["%", "万人", "%", "%", "%"]
    sentences = " ".join(df["sentence"])
    assert "<b>" not in sentences and "&nbsp;" not in sentences and "hm.baidu" not in sentences
    assert "“十四五”" in sentences
    # Escaped markup in the page is text the page shows: it stays as plain text, never markup.
    assert "页面上写着<script>alert(1)</script>" in df.iloc[-1]["sentence"]
    qa = qa_summary(raw, df)
    assert qa["html_line_share"] > 0.5 and any("HTML markup" in w for w in qa["warnings"])


def test_entities_for_digits_stay_as_written_so_numbers_start_on_a_real_digit():
    n = normalise("增长&#50;.5%，&#x4e00;&#x589e;")
    assert n.text == "增长&#50;.5%，&#x4e00;增"


def test_unclosed_script_does_not_swallow_the_report():
    df = extract_figures("<script>var a = 1;\n全市地区生产总值增长2.3%。", INFO)
    assert df["number_text"].tolist() == ["2.3"]


# --- report text is data, never code -----------------------------------------------------------

HOSTILE = "<script>alert(1)</script>{{ 7*7 }}${x}{% raw %}"


def test_hostile_text_stays_plain_text_in_the_figures_table(tmp_path):
    text = "全市地区生产总值增长2.3%，{{ 7*7 }}和${x}都照原样。\n"
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    raw = read_report(p)
    df = extract_figures(raw, INFO)
    assert "{{ 7*7 }}和${x}都照原样" in df.iloc[0]["sentence"]
    out = tmp_path / "clean"
    (out / "t").mkdir(parents=True)
    df.to_csv(out / "t" / "figures.csv", index=False)
    assert "{{ 7*7 }}和${x}" in read_table(out / "t", "figures").iloc[0]["sentence"]


def test_index_page_escapes_hostile_metadata(tmp_path):
    meta = {
        "report_id": "x",
        "report_year": 2021,
        "title": HOSTILE,
        "region": "<img src=x onerror=alert(1)>",
        "region_en": "{{ 7*7 }}",
        "speaker": "${x}",
        "delivered": "<b>d</b>",
        "source": "<a href=javascript:1>s</a>",
    }
    pages = [{"notebook": "n", "html": '"><script>alert(2)</script>', "ipynb": "n.ipynb", "title": "<i>t</i>"}]
    summary = {"n_figures": "<script>", "gdp_target": 5.0, "gdp_target_qualifier": "<script>q</script>"}
    page = write_index(tmp_path, meta, pages, summary).read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "<b>d" not in page and "<i>t" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page and "${x}" in page and "49" not in page
    assert "<a href=javascript" not in page


# --- placeholder reports ---------------------------------------------------------------------------


def test_a_report_with_every_figure_replaced_by_x_gives_no_figures_and_a_warning(tmp_path):
    text = (
        "2021年政府工作报告\n预计地区生产总值突破X亿元，年均增长x.x%。\n"
        "城镇新增就业XX万人，居民消费价格涨幅X%左右，一般公共预算收入增长Ｘ．Ｘ％。\n"
    )
    raw, df = _figures(tmp_path, text.encode("utf-8"))
    assert df.empty and list(df.columns) == list(validate_figures(df).columns)
    qa = qa_summary(raw, df)
    assert qa["placeholders"] == 5 and qa["n_figures"] == 0
    assert any("placeholder report" in w for w in qa["warnings"]) and "no figures extracted" in qa["warnings"]


def test_a_real_report_has_no_qa_warnings(jiangmen, jiangmen_figures):
    qa = qa_summary(jiangmen.raw, jiangmen_figures)
    assert qa["warnings"] == [] and qa["placeholders"] == 0 and qa["html_line_share"] == 0
    assert qa["encoding"] == "utf-8" and qa["n_bytes"] == jiangmen.raw.n_bytes and qa["n_figures"] > 200


# --- numbers in every form ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,number_text,value,high,unit",
    [
        ("一般公共预算收入达到1,234.5亿元。", "1,234.5", 1234.5, None, "亿元"),
        ("地区生产总值达到12,345,678万元。", "12,345,678", 12345678, None, "万元"),
        ("地区生产总值增长２．２％。", "２．２", 2.2, None, "%"),
        ("城镇新增就业１２０万人。", "１２０", 120, None, "万人"),
        ("地区生产总值是2015年的近三倍。", "三", 3, None, "倍"),
        ("服务业比重提高两个百分点。", "两", 2, None, "个百分点"),
        ("地区生产总值增长4.5%-5%。", "4.5%-5", 4.5, 5, "%"),
        ("地区生产总值增长4.5%至5%。", "4.5%至5", 4.5, 5, "%"),
        ("地区生产总值增长4.5-5%。", "4.5-5", 4.5, 5, "%"),
        ("地区生产总值增长4.5%—5%。", "4.5%—5", 4.5, 5, "%"),
        ("地区生产总值增长4.5％－5％。", "4.5％－5", 4.5, 5, "%"),
        ("地区生产总值增长６．５％～７％。", "６．５％～７", 6.5, 7, "%"),
        ("城镇新增就业4.6 万人。", "4.6", 4.6, None, "万人"),
    ],
)
def test_numbers_in_every_form(text, number_text, value, high, unit):
    df = extract_figures(text, INFO)
    assert len(df) == 1, df
    r = df.iloc[0]
    assert (r["number_text"], r["value"], r["unit"]) == (number_text, value, unit)
    assert pd.isna(r["value_high"]) if high is None else r["value_high"] == high
    _offsets_point_at_numbers(text, df)


def test_chinese_numeral_with_a_money_unit_is_a_figure():
    df = extract_figures("力争固定资产投资达到三万亿元。", INFO)  # docs/figures.md: 三万亿元 is a figure
    assert df["number_text"].tolist() == ["三"] and df.iloc[0]["value_std"] == 3e12


# --- ids from file names and sidecars: never a path -------------------------------------------------


@pytest.mark.parametrize(
    "name,rid",
    [
        ("../../x", "x"),
        ("..\\..\\windows\\x", "x"),
        ("／etc／passwd", "passwd"),  # full-width slashes fold to "/" first
        ("a b;rm -rf ~", "a-b-rm--rf"),
        ("$(reboot)`id`|&>x", "reboot-id-x"),
        ("-rf", "rf"),
        (".hidden", "hidden"),
        ("2026_广东省", "2026_广东省"),
    ],
)
def test_report_ids_are_safe_folder_names(name, rid):
    out = safe_report_id(name)
    assert out == rid and re.fullmatch(r"[0-9A-Za-z\u4e00-\u9fff_.-]+", out) and not out.startswith((".", "-"))


@pytest.mark.parametrize("name", ["..", "../..", "/", "$;|&", ""])
def test_a_name_with_nothing_safe_in_it_is_rejected(name):
    with pytest.raises(ReportError, match="cannot make a report id"):
        safe_report_id(name)


def test_hostile_sidecar_id_and_file_name_never_write_outside_the_clean_folder(tmp_path):
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    p = raw_dir / "2021 $(rm -rf ~);`id`.txt"
    p.write_text(SAMPLE, encoding="utf-8")
    p.with_name(p.stem + ".meta.yml").write_text('report_id: "../../../escaped"\ntitle: "<script>"\n', encoding="utf-8")
    report = open_report(p)
    assert report.report_id == "escaped" and report.year == 2021
    clean = tmp_path / "clean"
    written = save_figures(report, figures(report), clean_root=clean)
    assert written and all(clean in w.resolve().parents for w in written)
    assert sorted(x.name for x in tmp_path.iterdir()) == ["clean", "raw"]
    assert load_metadata(p.with_name("2021 a;b.txt"))["report_id"] == "2021-a-b"


@pytest.mark.parametrize(
    "sidecar,problem",
    [
        ("report_id: !!python/object/apply:os.system ['echo pwned']\n", "not valid YAML"),
        ("- a list\n- not a mapping\n", "must be a mapping"),
        ("report_year: '2021; rm -rf /'\n", "is not a year"),
        ("report_year: 3021\n", "out of range"),
    ],
)
def test_bad_sidecars_fail_with_one_line(tmp_path, sidecar, problem):
    p = tmp_path / "r-2021.txt"
    p.write_text(SAMPLE, encoding="utf-8")
    side = tmp_path / "r-2021.meta.yml"
    side.write_text(sidecar, encoding="utf-8")
    with pytest.raises(ReportError) as err:
        load_metadata(p)
    assert str(err.value).startswith(f"{side}: ") and problem in str(err.value) and "\n" not in str(err.value)


# --- large files ------------------------------------------------------------------------------------
# Linear time on large and one-line texts is measured in benchmarks/bench_large_file.py (against a
# baseline in the same run), not in timed unit tests: a loaded CI machine made those flaky.
