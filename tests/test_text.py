"""Reading and normalising report text: encodings, odd characters, and the way back to raw offsets."""

from __future__ import annotations

import collections
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.config import RAW_DIR
from helpers.errors import ReportError
from helpers.extract.extractor import ReportInfo, extract_figures
from helpers.extract.text import normalise, read_report
from helpers.run.pipeline import figures, open_report

SAMPLE = "地区生产总值增长２．２％，规模以上工业增加值增长2.3%。"


@pytest.mark.parametrize(
    "encoding,label", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("utf-16", "utf-16")]
)
def test_encodings_are_detected_and_recorded(tmp_path, encoding, label):
    p = tmp_path / "r.txt"
    p.write_bytes(SAMPLE.encode(encoding))
    raw = read_report(p)
    assert raw.text == SAMPLE and raw.encoding == label


@pytest.mark.parametrize(
    "content,problem",
    [
        (b"", "file is empty"),
        (b" \n\t\r\n", "only whitespace"),
        (b"%PDF-1.7\n\x00\x01\x02binary", "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("增长".encode() + b"\xff\xfe\xfa\xfb" * 3, "not UTF-8"),
    ],
)
def test_bad_files_fail_with_one_line_naming_file_and_problem(tmp_path, content, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(ReportError) as err:
        read_report(p)
    msg = str(err.value)
    assert str(p) in msg and problem in msg and "\n" not in msg


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReportError, match="no such file"):
        read_report(tmp_path / "nope.txt")
    with pytest.raises(ReportError, match="folder"):
        read_report(tmp_path)


def test_normalise_folds_fullwidth_and_maps_back():
    n = normalise(SAMPLE)
    i = n.text.index("2.2%")
    a, b = n.raw_span(i, i + 3)
    assert SAMPLE[a:b] == "２．２"


def test_stray_line_breaks_are_joined_but_headings_kept():
    raw = "二、2015年工作总体部署\n今年经济社会发展的主要预期目标是：国内生产总值增长7%左右，\n居民消费价格涨幅3%左右。\n广义货币M\n2\n预期增长12%左右。"
    n = normalise(raw)
    assert "二、2015年工作总体部署\n今年" in n.text
    assert "7%左右，居民消费价格" in n.text
    assert "广义货币M2预期增长12%" in n.text


def test_targets_written_line_by_line_without_stops_stay_apart():
    # figure_lines: the 2015 national targets as a newspaper prints them, two a line without stops (a province's list of
    # targets was joined and 城镇新增就业70万人以上 opened the subject of the next line's price target)
    sentence = re.search(r"国内生产总值增长7%左右[^。]*", open_report(RAW_DIR / "2015_national.txt").raw.text).group(0)
    items = sentence.split("，")[:4]  # the four that end with a figure
    lines = "\n".join("，".join(items[k : k + 2]) for k in range(0, len(items), 2))  # two a line: each line has a comma
    assert normalise(lines).text == lines
    rows = extract_figures("二、2015年工作总体部署\n" + lines + "\n", ReportInfo("demo", 2015, "national", "中华人民共和国"))
    assert rows["indicator_zh"].tolist()[:4] == ["国内生产总值", "居民消费价格", "城镇新增就业", "城镇登记失业率"]
    # …while a number cut from its unit by a break is still one figure
    assert normalise("粮食产量达到6.5\n亿吨以上").text == "粮食产量达到6.5亿吨以上"


def test_a_bullet_mark_opening_a_line_is_no_part_of_the_subject():
    # bullet_line: a digest of a report opens its lines with ● or • (a provincial probe: ●地区生产总值 and ●累计建成… kept
    # the mark, and the mark kept the verb after it too); offsets still point into the raw text
    sentence = re.search(r"国内生产总值增长7%左右", open_report(RAW_DIR / "2015_national.txt").raw.text).group(0)
    raw = "二、2015年工作总体部署\n● " + sentence + "。\n  • 累计建成国家级产业集群21个。\n奥运●标志1个。\n"
    rows = extract_figures(raw, ReportInfo("demo", 2015, "national", "中华人民共和国"))
    assert rows["indicator_zh"].tolist()[:2] == ["国内生产总值", "国家级产业集群"]
    assert raw[rows["char_start"].iloc[1] : rows["char_end"].iloc[1]] == "21"
    assert "奥运●标志" in normalise(raw).text  # a mark inside a line is the text's own
    # …and the line a mark opens is an item of its own, never joined to a line before it without a stop
    digest = "● 旅居云南成为大IP、大生态、大产业，2025年旅居人数超550万\n● 营商环境向优向好，实有经营主体688.3万户\n"
    assert "超550万\n营商环境" in normalise(digest).text


def test_a_numbered_heading_with_a_comma_ends_its_line():
    # （一）加强和改善宏观调控，促进经济平稳快速发展 (2008 national) heads a part: joined, its words would open the subject of
    # the next line's first figure (a city's (一)提信心稳增长,经济运行持续回升向好 + 实施…72条 did)
    text = open_report(RAW_DIR / "2008_national.txt").raw.text
    heading = "（一）加强和改善宏观调控，促进经济平稳快速发展"
    assert heading + "\n" in text and heading + "\n" in normalise(text).text
    assert (
        "（一）提信心稳增长,经济运行持续回升向好\n实施"
        in normalise("（一）提信心稳增长,经济运行持续回升向好\n实施72条措施。").text
    )


def test_an_appendix_number_on_its_own_line_is_not_joined_to_the_next_line():
    # 附件2\n名词解释 (2026 Guangdong) heads an appendix: joined, 2名 would read as two persons
    report = open_report(RAW_DIR / "2026_广东省.txt")
    assert "附件2\n名词解释" in report.raw.text and "附件2\n名词解释" in normalise(report.raw.text).text
    assert "附件1\n2026年" in normalise(report.raw.text).text
    at = report.raw.text.index("附件2") + len("附件")
    assert at not in set(figures(report)["char_start"])


def test_zero_width_and_crlf_are_dropped_with_offsets_kept():
    raw = "存贷比\u200b达80.19%\r\n位列全省第8"
    n = normalise(raw)
    assert "\u200b" not in n.text and "\r" not in n.text
    i = n.text.index("80.19")
    a, b = n.raw_span(i, i + 5)
    assert raw[a:b] == "80.19"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("增长２．％5.3%\n\r\u200b\u3000亿元，。、Ａ一二")), max_size=80))
def test_normalise_map_always_points_at_the_source_character(raw):
    n = normalise(raw)
    assert len(n.index) == len(n.text)
    assert all(0 <= i < len(raw) for i in n.index)
    assert list(n.index) == sorted(n.index)


# A news page quoting Guizhou's 2024 government work report, in traditional script (session 47 probe: it lost 增長, 億, 萬
# and its plan section, so growth was read as a level and the 2024 targets as 2023 outcomes).
GUIZHOU_TRADITIONAL = (
    "一、2023年工作回顧\n"
    "報告指出，2023年貴州省經濟持續回升向好，全年地區生產總值增長4.9%，一般公共預算收入、一般公共預算支出分別突破2000億元、"
    "6000億元，城鎮和農村常住居民人均可支配收入分別增長4.1%、8.1%。\n"
    "二、2024年主要目標任務\n"
    "預計全省地區生產總值增長5.5%左右。貴州將推動數字經濟實現質的突破，數字經濟占比達到45%以上、規模突破萬億元。\n"
)


def test_a_text_in_traditional_script_reads_as_its_simplified_twin_with_offsets_into_the_raw_text():
    from helpers.extract.text import simplified

    twin = simplified(GUIZHOU_TRADITIONAL)
    assert len(twin) == len(GUIZHOU_TRADITIONAL) and "地区生产总值增长4.9%" in twin and "2024年主要目标任务" in twin
    info = ReportInfo("demo", 2024, "province", "贵州省")
    cols = ["indicator_zh", "measure", "value", "unit", "period_start", "period_end", "is_target", "qualifier", "char_start"]
    read, of_twin = extract_figures(GUIZHOU_TRADITIONAL, info), extract_figures(twin, info)
    assert read[cols].equals(of_twin[cols])
    gdp = read[read["indicator_zh"] == "地区生产总值"]
    assert gdp[["measure", "value", "period_start", "is_target"]].values.tolist() == [
        ["growth_yoy", 4.9, 2023, False],
        ["growth_yoy", 5.5, 2024, True],
    ]
    assert read["unit"].tolist().count("亿元") == 3  # 2000億元, 6000億元, 萬億元
    for _, row in read.iterrows():  # the number as the raw text writes it (萬, not 万)
        assert GUIZHOU_TRADITIONAL[row["char_start"] : row["char_end"]] == row["number_text"]
    assert "萬" in read["number_text"].tolist()


@pytest.mark.parametrize("path", sorted(RAW_DIR.glob("*.txt")), ids=lambda p: p.stem)
def test_a_report_in_simplified_script_is_never_converted(path):
    from helpers.extract.text import simplified

    text = path.read_text(encoding="utf-8")
    assert simplified(text) is text  # 昇, 濛, 乾 inside names stay as the report writes them


def test_pinyin_notes_of_mirror_sites_and_the_japanese_form_of_zeng_are_no_text_of_the_report():
    # session 47 probes: mirror pages print readings after characters (地区(qū)生产(chǎn)总值) and some pages type 増 for 增
    raw = "一、2025年工作回顾\n全市地区(qū)生产(chǎn)总值増长5.2%，一般公共预算收入（a）增长3%。"
    figs = extract_figures(raw, ReportInfo("demo", 2026, "city", "晋江市"))
    got = figs[["indicator_zh", "measure", "value"]].values.tolist()
    assert got == [["地区生产总值", "growth_yoy", 5.2], ["一般公共预算收入", "growth_yoy", 3.0]]
    assert normalise("收入（a）增长3%").text == "收入（a）增长3%"  # a bracket without a tone mark stays
    for _, row in figs.iterrows():  # offsets still point into the raw text
        assert raw[row["char_start"] : row["char_end"]] == row["number_text"]


def test_a_year_and_a_decimal_written_in_characters():
    # session 47 probe of 2023 provincial reports: 二〇二二年 dated nothing, and of 十二点八 only 八 was read
    raw = "一、2022年工作回顾\n二〇二一年全省地区生产总值达十一点六万亿元。"
    figs = extract_figures(raw, ReportInfo("demo", 2023, "province", "湖南省"))
    got = figs[["number_text", "value", "unit", "period_start"]].values.tolist()
    assert got == [["十一点六", 11.6, "万亿元", 2021]]
    row = figs.iloc[0]
    assert raw[row["char_start"] : row["char_end"]] == "十一点六"


def test_a_short_line_with_a_comma_is_a_heading_or_an_item_of_its_own():
    # short_line_with_comma (session 51 probe set): a heading with a comma, or an item of a list written one a line without a
    # stop, is no line wrapped inside a sentence; its words opened the next line's subject (综合实力显著增强生产总值)
    raw = "坚持发展为要,综合实力显著增强\n生产总值达到1923.5亿元,年均增长7.7%;"
    assert normalise(raw).text == raw
    raw = "新增市场主体144.4万户，再创历史新高\n新增城镇就业91.6万人，留鄂来鄂高校毕业生42.4万人"
    assert normalise(raw).text == raw
    # a line that ends with a comma, a dash or a colon goes on in the next one
    assert normalise("主要预期目标是：生产总值增长7%左右，\n居民消费价格涨幅3%左右。").text.count("\n") == 0
    assert normalise("报告提到，过去五年，四川走过了极不平凡的发展历程——\n经济实力上新台阶。").text.count("\n") == 0
    # and the extractor reads the next line's subject alone
    figs = extract_figures(
        "一、过去五年工作回顾\n坚持发展为要,综合实力显著增强\n生产总值达到1923.5亿元。", ReportInfo("d", 2026, "city", "某市")
    )
    assert figs["indicator_zh"].tolist() == ["生产总值"]


def test_a_line_opening_with_a_label_and_a_colon_starts_an_item():
    # label_line (session 53, fresh probe of a provincial digest): a line that opens with a short label and a full-width
    # colon starts an item of its own; a long line ending without a stop before it is not wrapped into it
    digest = (
        "发展动能加快汇聚：新增国家高新技术企业1200家，总量达1.8万家；经营主体新增105万户，达920万户\n"
        "区域发展更趋协调：成渝地区双城经济圈合作共建重点项目完成年度投资5200亿元。"
    )
    assert "达920万户\n区域发展更趋协调：" in normalise(digest).text
    # a line wrapped inside a sentence is still joined
    wrapped = "全省地区生产总值比上年增长5.7%，高于全国0.7个百分点，经济总量达\n64697亿元，保持全国第5位。"
    assert "\n" not in normalise(wrapped).text


@pytest.mark.parametrize(
    "region, full",
    [
        # straight_brackets (session 54, a check of every development and bundled report with its punctuation made
        # half-width, as web and PDF copies write it: 79 of 6650 rows changed, each a bracket; now none): straight brackets
        # around the report's words read as its own （）
        ("吉林省", "新建和改善绿水长廊1272公里、创建幸福河湖35条（段）。"),
        ("江西省", "试点范围扩大到全国80%以上的县（市、区），有条件的地方开展试点。"),
        ("national", "中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，比2009年提高92％。"),
        ("national", "地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%。"),
    ],
)
def test_a_web_copy_with_half_width_punctuation_reads_as_the_report(region, full):
    half = full.translate(str.maketrans("，；：（）", ",;:()"))
    level = "national" if region == "national" else "province"
    info = ReportInfo("demo", 2026, level, "" if level == "national" else region)
    cols = ["char_start", "number_text", "indicator_zh", "measure", "value", "unit", "scope"]
    a, b = extract_figures(full, info)[cols], extract_figures(half, info)[cols]
    assert len(a) and a.values.tolist() == b.values.tolist()
    for _, row in b.iterrows():  # offsets still point into the raw text
        assert half[row["char_start"] : row["char_start"] + len(row["number_text"])] == row["number_text"]


def test_a_space_before_a_number_is_dropped_with_its_offset_kept():
    # spaced_number (session 54 probe of city reports): PDF copies space numbers (连续 6 个月); the space before the number
    # goes as the one after it does, and the offsets still point into the raw text
    n = normalise("外贸增速连续 6 个月全省第一")
    assert n.text == "外贸增速连续6个月全省第一"
    assert n.raw_span(6, 7) == (7, 8)


def test_a_comma_before_four_digits_is_no_thousands_separator():
    # session 54 (the half-width check): 1/10,4386万名 read 4386 as 6 after a thousands group 10,438
    figs = extract_figures(
        "城镇新增就业约占全国1/10,4386万名异地务工人员在粤稳定就业。", ReportInfo("demo", 2026, "province", "广东省")
    )
    assert "4386" in figs["number_text"].tolist() and "6" not in figs["number_text"].tolist()
    assert extract_figures("收入总计968,113万元。", ReportInfo("demo", 2026, "province", "广东省"))["value"].tolist() == [
        968113.0
    ]


@pytest.mark.parametrize(
    "raw, joined",
    [
        # wrapped_lines (session 54, a check of every development and bundled report hard-wrapped at 38, 45 and 55
        # characters, as PDF copies are: 186, 161 and 117 rows read differently, now 1, 4 and 4): a break inside a
        # sentence is joined also where the line after opens with a decimal (47.3 is no numbered heading 47.), the line
        # before ends with a closing quote or bracket inside a name, with 上下 of 全省上下 (no qualifier of a number), or
        # with a figure whose qualifier or next figure opens the line after; a number cut at its point or colon is one
        (
            "省政府承诺的15件民生实事全部兑现。城镇新增就业\n47.3万人。",
            "省政府承诺的15件民生实事全部兑现。城镇新增就业47.3万人。",
        ),
        ("创新价值转化，高水平推进经济带建设，创建国家生态文明建设示范区和“两山”\n实践创新基地23个。", None),
        (
            "通过国家义务教育优质均衡发展评估，47家县级医院共享三级医院服务，每千人床位数、执业（助理）\n医师数增至7.83张、3.57个，人均预期寿命达到79岁。",
            None,
        ),
        ("刚刚过去的2025年，习近平总书记第五次亲临山西考察，全省上下\n深受鼓舞、倍感振奋，坚定有序推进转型发展。", None),
        ("加快国家物流枢纽建设，社会物流总费用与GDP比率降低至13.6%\n左右。培育新型消费。", None),
        ("文化旅游蓬勃发展，接待游客、旅游总花费、旅游接待人次分别增长10.7%\n和9.5%，文化产业产值突破150亿元。", None),
        ("三次产业结构进一步优化，调整为8.3:\n41.4:50.3。", None),
        ("先进制造业增速分别比工业整体水平高9.\n3、0.6个百分点。", None),
        # straight brackets are paired once the breaks are joined
        (
            "实现病例应收尽收、应治尽治，收治病人零死亡。完成95家发热门诊(诊\n室)规范建设。",
            "实现病例应收尽收、应治尽治，收治病人零死亡。完成95家发热门诊（诊室）规范建设。",
        ),
    ],
)
def test_a_line_wrapped_inside_a_sentence_is_joined(raw, joined):
    n = normalise(raw)
    assert n.text == (joined or raw.replace("\n", ""))
    assert len(n.index) == len(n.text) and all(raw[i] == c or c in "（）" for i, c in zip(n.index, n.text))


@pytest.mark.parametrize(
    "raw",
    [
        # still kept: a note in brackets after a sentence's stop ends the line; a list of targets one a line (figure_lines);
        # a statistical bulletin's paragraph ending with its figure
        "全年居民消费价格比上年上涨0.1%。（图1）\n全年工业生产者出厂价格下降2.1%。",
        "城镇新增就业70万人以上\n居民消费价格涨幅2%左右",
        "年末全省常住人口6627万人，比上年末增加50万人。城镇化率为74.2%\n农民工总量1360万人，比上年下降0.6%。",
    ],
)
def test_a_line_that_ends_a_paragraph_stays_apart(raw):
    assert "\n" in normalise(raw).text


_COPY_COLUMNS = ["indicator_zh", "measure", "value", "unit", "period_start", "period_end", "is_target", "qualifier", "scope"]


def _rows_of(text: str, info) -> list[list[str]]:
    """The fields a copy of a report must read as the report does, row by row (the offsets aside)."""
    return extract_figures(text, info)[_COPY_COLUMNS].astype(str).values.tolist()


def test_a_report_hard_wrapped_as_a_pdf_copy_reads_as_the_report():
    # wrapped_lines on a whole bundled report: the 2023 national report hard-wrapped at 45 characters gives the same
    # rows (the number as written may hold the break the copy put inside it)
    rep = open_report(RAW_DIR / "2023_national.txt")
    text = rep.raw.text
    wrapped = "\n".join("\n".join(line[i : i + 45] for i in range(0, len(line), 45)) for line in text.split("\n"))
    flat = _rows_of(text, rep.info)
    assert len(flat) > 150 and flat == _rows_of(wrapped, rep.info)


def _wrapped_at(line: str, width: float) -> str:
    """A line cut into lines that print `width` wide (a Chinese character one, a digit or Latin mark half), as a PDF copy
    of a narrow column wraps it."""
    out, cur, used = [], "", 0.0
    for c in line:
        cur, used = cur + c, used + (0.5 if c < "\x80" else 1)
        if used >= width:
            out, cur, used = [*out, cur], "", 0.0
    return "\n".join([*out, cur] if cur else out)


@pytest.mark.parametrize("report", ["2023_national", "jiangmen-2021", "2026_广东省"])
def test_a_report_wrapped_in_a_narrow_column_reads_as_the_report(report):
    # wrapped_paragraph (session 57 probe: a city report copied from a PDF at 25 characters a line, 规模\n以上工业增加值):
    # lines of one width that run on from a wrapped line, or open a run of three such lines, are no headings or items of
    # a list written one a line, so the report wrapped 25 characters wide gives nearly every row it gives unwrapped
    # (a few differ where a line ends exactly at a stop; before, 43 of 191, 209 of 238 and 277 of 340 rows differed; 4, 8
    # and 12 at the end of session 57, 0, 0 and 2 once a wrapped line without a comma goes on: fragment_between_lines)
    rep = open_report(RAW_DIR / f"{report}.txt")
    flat = _rows_of(rep.raw.text, rep.info)
    wrapped = "\n".join(_wrapped_at(line, 25) for line in rep.raw.text.split("\n"))
    narrow = _rows_of(wrapped, rep.info)
    lost = collections.Counter(map(tuple, flat)) - collections.Counter(map(tuple, narrow))
    assert len(flat) > 150 and sum(lost.values()) <= 0.01 * len(flat)


@pytest.mark.parametrize("report", ["2019_national", "2023_national", "2025_national", "jiangmen-2021"])
def test_a_report_copied_without_line_breaks_keeps_its_sections(report):
    # inline_heading (session 57 probe: a district report stored as one line, …提出意见。一、过去五年工作回顾本届政府…): a
    # numbered heading of a report's part inside a long line opens its section where it stands, and in a whole report on
    # one line each sentence is read as the line it may have opened (paragraphs_run_together: “十三五”时期及2020年工作回顾,
    # 五年来，…), so a copy that lost every line break dates and flags every row as the report does (before, every row of
    # these reports read as 'other')
    rep = open_report(RAW_DIR / f"{report}.txt")
    cols = ["number_text", "section", "period_start", "period_end", "is_target"]
    lines = extract_figures(rep.raw.text, rep.info)[cols].astype(str).values.tolist()
    one_line = extract_figures(rep.raw.text.replace("\n", ""), rep.info)[cols].astype(str).values.tolist()
    assert len(lines) > 40 and one_line == lines


@pytest.mark.parametrize(
    "heading,section",
    [("一、“十四五”时期工作回顾", "review_5y"), ("一、“十四五”时期发展成就", "review_5y"), ("一、“十四五”时期发展", "other")],
)
def test_a_heading_of_achievements_inside_a_line_opens_the_review(heading, section):
    # inline_heading closed by 成就 (session 72 probe of a district report whose copy lost its line breaks: …提出意见。
    # 一、“十二五”发展成就 “十二五”时期是…的五年 was read as 'other', its averages dated the last year): Beijing's title block and
    # five years' paragraph joined by spaces under such a heading; a heading that closes with no word of a part stays none
    rep = open_report(RAW_DIR / "2026_北京市.txt")
    lines = rep.raw.text.split("\n")
    head = lines[: next(i for i, x in enumerate(lines) if x.startswith("各位代表")) + 2]
    five = next(x for x in lines if x.startswith("“十四五”时期是极不平凡的五年"))
    figures = extract_figures(" ".join([*head, heading, five]), rep.info)
    assert len(figures) >= 3 and set(figures["section"]) == {section}


@pytest.mark.parametrize(
    "path", [p for p in sorted(RAW_DIR.glob("*.txt")) if p.stem not in ("2017_national", "2021_national")], ids=lambda p: p.stem
)
def test_every_bundled_report_reads_the_same_as_its_web_copy(path):
    # straight_brackets and straight_quotes on whole reports (session 54; scripts/copy_forms.py is the wider check): the
    # report with half-width punctuation, as a web page's copy writes it, gives the same rows at the same offsets (the
    # two held-out national texts are left out: their rows are not read)
    rep = open_report(path)
    half = rep.raw.text.translate(str.maketrans("，；：（）！？", ",;:()!?"))
    cols = [
        "char_start",
        "indicator_zh",
        "measure",
        "value",
        "unit",
        "period_start",
        "period_end",
        "is_target",
        "qualifier",
        "scope",
    ]
    own = extract_figures(rep.raw.text, rep.info)[cols].astype(str).values.tolist()
    web = extract_figures(half, rep.info)[cols].astype(str).values.tolist()
    assert own == web


@pytest.mark.parametrize("report", ["jiangmen-2021", "2023_national"])
def test_a_fragment_line_between_two_lines_of_a_wrapped_paragraph_leaves_it_read_as_wrapped(report):
    # fragment_between_lines (session 58 probe: a PDF copy of a city report, …工业增加值增长 4%\n左\n右,城镇居民…农村居民人
    # \n均可支配收入 kept its break inside 人均): a line cut to one character by the copy stands between two lines of the
    # paragraph's width, so the line after it is still read as wrapped, near the paragraph's end too
    rep = open_report(RAW_DIR / f"{report}.txt")
    para = next(line for line in rep.raw.text.split("\n") if len(line) > 400 and "。" not in line[-60:-1])
    lines = _wrapped_at(para, 25).split("\n")
    lines[-3:-2] = [lines[-3][:1], lines[-3][1:]]
    assert normalise("\n".join(lines)).text.endswith(normalise(para).text[-100:])


# Copies that break lines around numbers (session 59 probes of PDF copies): the pattern of what the copy moves to a line of
# its own, what it writes instead, and how many more line breaks the copy of a bundled report must have at least
_LINE_BREAK_COPIES = {
    # number_on_its_line: a county report put every number on a line of its own (地区生产总值从\n497.8\n亿元增加到\n779\n亿元:
    # the subject was lost and the start of the from-to dated the end); a line of only a number goes on from the line
    # before and into the line after
    "number_on_its_line": (r"(?<=[\u4e00-\u9fff])(\d+(?:\.\d+)?%?)(?=[\u4e00-\u9fff])", "\n\\1\n", 100),
    # amount_opens_line: a district report broke the line before an amount (地方一般公共预算收入\n141.8 亿元 lost its
    # subject); a line opening with an amount after a line ending in a word goes on from it
    "amount_opens_line": (r"(?<=[\u4e00-\u9fff])(\d+(?:\.\d+)?[万亿]元)", "\n\\1", 10),
}


@pytest.mark.parametrize(
    "report,copy",
    [
        *((r, "number_on_its_line") for r in ("jiangmen-2021", "2023_national", "2026_广东省")),
        *((r, "amount_opens_line") for r in ("jiangmen-2021", "2026_广东省")),
    ],
)
def test_a_report_copied_with_line_breaks_around_its_numbers_reads_as_the_report(report, copy):
    rep = open_report(RAW_DIR / f"{report}.txt")
    text = rep.raw.text
    pattern, replacement, breaks = _LINE_BREAK_COPIES[copy]
    lined = re.sub(pattern, replacement, text)
    assert lined.count("\n") > text.count("\n") + breaks
    flat = _rows_of(text, rep.info)
    assert len(flat) > 150 and _rows_of(lined, rep.info) == flat


@pytest.mark.parametrize("report", ["jiangmen-2021", "2026_广东省"])
def test_a_copy_whose_decimal_points_became_stops_reads_as_the_report(report):
    # stop_as_point (session 63 probe of a district's 2008 report from a mirror site: 地区生产总值达到12。41亿元，…增长33。4%
    # read 41亿元 and 4%): stops between digits before an amount or a percent, many in one text, are its decimal points
    rep = open_report(RAW_DIR / f"{report}.txt")
    text = rep.raw.text
    copy = re.sub(r"(?<=\d)\.(?=\d+(?:%|个百分点|倍|[万亿]|元))", "。", text)
    assert copy.count("。") > text.count("。") + 50
    flat = _rows_of(text, rep.info)
    assert len(flat) > 150 and _rows_of(copy, rep.info) == flat


def test_a_pdf_copy_with_page_numbers_between_its_lines_reads_as_the_report():
    # page_footer (session 63 probe of a county report's PDF copy: 农村常住居民人均可支配收入 16883\n- 2 -\n元 lost its unit and
    # subject): a page number on a line of its own (- 2 -) is no text of the report, wherever the page broke
    rep = open_report(RAW_DIR / "2023_national.txt")
    text = rep.raw.text
    lines = [line[i : i + 45] for line in text.split("\n") for i in range(0, max(len(line), 1), 45)]
    paged = "\n".join(line if k % 30 else f"{line}\n- {k // 30 + 1} -" for k, line in enumerate(lines, start=1))
    assert paged.count(" -\n") > 20
    flat = _rows_of(text, rep.info)
    assert len(flat) > 150 and _rows_of(paged, rep.info) == flat


@pytest.mark.parametrize(
    "report,mark,spaces",
    [("2026_四川省", "bhg", "\n"), ("2026_广东省", "JgI", "   "), ("2023_national", "7rw", "\n"), ("jiangmen-2021", "Sw7", "  ")],
)
def test_a_report_copied_with_a_mirror_sites_line_end_token_reads_as_the_report(report, mark, spaces):
    # line_mark (session 63, probes of 32 city and county reports from one mirror site: 过去五年和2016年工作回顾bhg was no
    # heading, so a term-end report's five-year review was dated its last year): a token the site writes at every line
    # end, kept before the break or standing for it (各位代表:JgI   现在,…), is no text of the report
    rep = open_report(RAW_DIR / f"{report}.txt")
    text = rep.raw.text
    marked = re.sub(r"(?<=\S)\n", lambda m: mark + spaces, text)
    assert marked.count(mark) > 80
    flat = _rows_of(text, rep.info)
    assert len(flat) > 150 and _rows_of(marked, rep.info) == flat


@pytest.mark.parametrize("report", ["jiangmen-2021", "2023_national"])
def test_a_report_copied_with_spaces_between_its_words_reads_as_the_report(report):
    # spaced_words (session 58 probe: a district report's PDF copy, 农村居民 人 均可 支 配收入,预 计 分别 增 长, gave subjects
    # 预 计): a space between two characters is dropped, so a copy that spaces every fourth character gives the rows the
    # report gives
    rep = open_report(RAW_DIR / f"{report}.txt")
    text = rep.raw.text
    han = [i for i in range(1, len(text)) if "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i] <= "\u9fff"]
    cuts = set(han[::4])
    spaced = "".join((" " if i in cuts else "") + c for i, c in enumerate(text))
    flat = _rows_of(text, rep.info)
    assert len(flat) > 150 and _rows_of(spaced, rep.info) == flat


def test_a_short_line_cut_inside_a_sentence_after_a_joined_break_goes_on():
    # tail_of_joined_line (session 64 probe of a 2016 county copy wrapped at uneven widths: …增长14.3%;城镇常住\n居民人均可支配
    # 收入33432元,增长9.4%;农村常住\n居民人均可支配收入14632元 lost 农村常住): a short line whose break before was joined, with a
    # figure in it and a word at its end, is cut inside a sentence, no heading
    text = (RAW_DIR.parents[1] / "tests/data/gold/development/raw/2026_新疆维吾尔自治区.txt").read_text(encoding="utf-8")
    start = text.rfind("\n", 0, text.index("全年地区生产总值2.15万亿元")) + 1
    paragraph = text[start : text.index("\n", start)]
    info = ReportInfo("2026_新疆维吾尔自治区", 2026, "province", "新疆维吾尔自治区")
    cut = paragraph.index("固定资产投资增长7.2%") + 4  # 固定资产 | 投资增长7.2%，社会消费品零售 | 总额…
    second = paragraph.index("社会消费品零售总额") + 6
    broken = paragraph[:cut] + "\n" + paragraph[cut:second] + "\n" + paragraph[second:]
    assert len(paragraph[:cut]) > 30 and len(paragraph[cut:second]) <= 30
    assert _rows_of(broken, info) == _rows_of(paragraph, info)


@pytest.mark.parametrize("report", ["jiangmen-2021", "2026_广东省"])
def test_a_copy_that_spaces_its_decimal_points_reads_as_the_report(report):
    # space_in_decimal (session 73 probe of a provincial news page set from print: 实现生产总值6835. 27亿元 read 27亿元 as the
    # amount, 人口自然增长率6. 2‰ read 2‰): a space after or before the decimal point of a number a word leads is dropped
    rep = open_report(RAW_DIR / f"{report}.txt")
    text = rep.raw.text
    turn = iter(range(10**6))
    copy = re.sub(r"(?<=[\u4e00-\u9fff])(\d+)\.(\d)", lambda m: f"{m[1]}. {m[2]}" if next(turn) % 2 else f"{m[1]} .{m[2]}", text)
    assert copy.count(". ") + copy.count(" .") > text.count(". ") + text.count(" .") + 40
    flat = _rows_of(text, rep.info)
    assert len(flat) > 150 and _rows_of(copy, rep.info) == flat


def test_an_item_number_before_a_year_keeps_its_space():
    # (space_in_decimal) 2. 2024年… after a stop or at a line's start numbers an item: the number is no decimal
    for written in ("推进重点工作。2. 2024年全市新增就业2万人。", "2. 2024年全市新增就业2万人。"):
        assert "2. 2024年" in normalise(written).text
