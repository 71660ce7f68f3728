"""The exploration helpers and the glossary on the real Jiangmen figures; the tour committed clean.

The tour's headless run is tested with the class pages (tests/test_teaching.py), which execute it anyway.
"""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from helpers.config import NOTEBOOKS_DIR, PROJECT_ROOT
from helpers.teach import explore, glossary

from .factories import corpus_file


@pytest.fixture(scope="module")
def raw(jiangmen):
    return jiangmen.raw.text


# --- find, value, highlight ------------------------------------------------------------------


def test_find_by_indicator_section_and_word(jiangmen_figures, raw):
    gdp = explore.find(jiangmen_figures, indicator="gdp", text=raw)
    assert list(gdp["section"]) == ["review_5y"] * 3 + ["review_year", "plan_5y", "plan_year"]
    assert gdp["in_sentence"].iloc[0].count("【3201】") == 1
    targets = explore.find(jiangmen_figures, section="plan_year", target=True)
    # every figure of the year's plan is a target, but another region's (深圳经济特区27条改革措施: others_are_no_target)
    own_plan = jiangmen_figures["section"].eq("plan_year") & jiangmen_figures["scope"].ne("other")
    assert len(targets) == int(own_plan.sum()) and int(jiangmen_figures["section"].eq("plan_year").sum()) > len(targets)
    by_word = explore.find(jiangmen_figures, word="四上")
    assert set(by_word["indicator"]) == {"above_scale_firms", "market_entities"}
    several = explore.find(jiangmen_figures, indicator=["deposits", "loans"], measure="level")
    assert list(several["value"]) == [5475.45, 4390.98]


def test_find_on_the_subject_only_leaves_out_sentences_that_merely_mention_it(jiangmen_figures, raw):
    """Jiangmen 2021: the GDP sentences also speak of investment (投资); a subject search skips them."""
    by_sentence = explore.find(jiangmen_figures, word="投资", text=raw)
    by_subject = explore.find(jiangmen_figures, subject="投资", text=raw)
    assert "gdp" in set(by_sentence["indicator"]), "a sentence search also returns rows whose sentence names 投资"
    assert len(by_subject) and by_subject["indicator_zh"].str.contains("投资").all()
    assert "gdp" not in set(by_subject["indicator"])
    assert {"fixed_asset_investment", "industrial_investment", "transport_investment"} <= set(by_subject["indicator"])


def test_each_hit_says_where_it_is(jiangmen_figures, raw):
    """Offsets give the number as written; the paragraph number is the count of non-empty lines, so
    the numbered paragraph (found here independently, by splitting the text) holds the number."""
    hits = explore.find(jiangmen_figures, indicator="gdp", text=raw)
    paragraphs = [line for line in raw.split("\n") if line.strip()]
    for r in hits.itertuples():
        assert raw[r.char_start : r.char_end] == str(jiangmen_figures.set_index("figure_id").loc[r.figure_id, "number_text"])
        line_start = raw.rfind("\n", 0, r.char_start) + 1
        line = raw[line_start : raw.find("\n", r.char_start)]
        assert paragraphs[r.paragraph - 1] == line
    assert explore.paragraph_of("一\n\n二\n三", 0) == 1 and explore.paragraph_of("一\n\n二\n三", 5) == 3
    assert explore.find(jiangmen_figures, indicator="gdp")["paragraph"].isna().all(), "no text, no paragraph"


def test_every_number_is_marked_exactly_with_the_raw_text(jiangmen_figures, raw):
    for _, row in jiangmen_figures.iterrows():
        a, b = explore.number_span(row, raw)
        assert a >= 0, row["figure_id"]
        assert row["sentence"][a:b] == row["number_text"], row["figure_id"]


def test_a_repeated_number_is_marked_at_its_own_place(jiangmen_figures, raw):
    rows = explore.find(jiangmen_figures, word="分别年均增长", measure="growth_avg", text=raw)
    marked = list(rows["in_sentence"])
    assert marked[1].endswith("15.9%、【7.5】%和7.5%。")
    assert marked[2].endswith("15.9%、7.5%和【7.5】%。")
    # without the raw text the first occurrence is taken: both 7.5 marks fall on the first one
    loose = explore.find(jiangmen_figures, word="分别年均增长", measure="growth_avg")["in_sentence"]
    assert loose.iloc[2] == loose.iloc[1]


def test_highlight_html_escapes_report_text():
    row = pd.Series({"sentence": "<script>alert(1)</script>增长5.9%&more", "number_text": "5.9", "char_start": 0, "char_end": 0})
    out = explore.highlight_html(row)
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp;more" in out
    assert "<mark>5.9</mark>" in out
    table = explore.html_table(pd.DataFrame({"a": ["<b>x</b>"], "b": ["<mark>ok</mark>"]}), html_columns=["b"])
    assert "&lt;b&gt;x&lt;/b&gt;" in table and "<mark>ok</mark>" in table and table._repr_html_() == str(table)


def test_find_html_marks_numbers_and_escapes(jiangmen_figures, raw):
    out = explore.find_html(jiangmen_figures, indicator="gdp", text=raw)
    assert out.count("<mark>") == 6 and "<mark>3201</mark>" in out
    assert "<script" not in out


def test_value_takes_exactly_one_figure(jiangmen_figures):
    assert explore.value(jiangmen_figures, indicator="fixed_asset_investment", section="plan_5y", column="value_std") == 1.5e12
    with pytest.raises(LookupError, match="6 figures match"):
        explore.value(jiangmen_figures, indicator="gdp")
    with pytest.raises(LookupError, match="0 figures match"):
        explore.value(jiangmen_figures, indicator="no_such_indicator")


def test_wording_and_period(jiangmen_figures):
    gdp_target = explore.select(jiangmen_figures, indicator="gdp", section="plan_year").iloc[0]
    assert explore.wording(gdp_target) == "6 % 以上 at least"
    fai = explore.select(jiangmen_figures, indicator="fixed_asset_investment", section="plan_5y").iloc[0]
    assert explore.wording(fai) == "1.5 万亿元 力争 strive" and explore.period(fai) == "2021-2025"
    ranged = pd.Series({"value": 4.5, "value_high": 5.0, "unit": "%", "qualifier": "strive+at_least"})
    assert explore.wording(ranged) == "4.5–5 % 力争 strive 以上 at least"


# --- story, overview, compare ----------------------------------------------------------------


def test_story_of_investment_runs_from_history_to_targets(jiangmen_figures):
    s = explore.story(jiangmen_figures, "fixed_asset_investment")
    assert list(s["part"]) == ["five-year review", "five-year review", "last year", "five-year plan", "this year's plan"]
    assert list(s["value"]) == [11.4, 8852.0, 6.9, 1.5, 8.0]
    assert list(s["target"]) == [False, False, False, True, True]
    assert explore.story(jiangmen_figures, "no_such_indicator").empty


def test_overview_gives_history_against_targets(jiangmen_figures):
    o = explore.overview(jiangmen_figures)
    assert o.loc["gdp", ["past_5y_avg", "last_year", "target_this_year", "target_5y_avg"]].tolist() == [5.9, 2.2, 6.0, 6.0]
    assert o.loc["retail_sales", "last_year"] == -3.7
    assert o.loc["gdp", "target_this_year_qualifier"] == "at_least"
    assert "other" not in o.index
    assert o.index[0] == "gdp"  # in the report's order


def test_overview_keeps_both_ends_and_the_qualifier_of_a_range_target():
    """Guangdong 2026: 地区生产总值增长4.5%—5% this year, 年均增长5%左右 over the new plan (read in the text)."""
    from helpers.run import pipeline

    figs = pipeline.figures(pipeline.open_report(corpus_file("2026_广东省.txt")))
    gdp = explore.overview(figs).loc["gdp"]
    assert (gdp["target_this_year"], gdp["target_this_year_high"]) == (4.5, 5.0)
    assert gdp["target_this_year_as_written"] == "4.5–5 %"
    assert (gdp["target_5y_avg"], gdp["target_5y_avg_qualifier"]) == (5.0, "about")
    assert gdp["target_5y_avg_as_written"] == "5 % 左右 about"


def test_compare_with_itself_gives_zero_differences(jiangmen_figures):
    c = explore.compare(jiangmen_figures, jiangmen_figures)
    assert len(c) > 20
    assert (c["difference"].dropna() == 0).all()
    assert {"value_jiangmen-2021_a", "value_jiangmen-2021_b"} <= set(c.columns)


def test_compare_with_the_national_report(jiangmen_figures):
    from helpers.run.pipeline import figures, open_report

    national = figures(open_report(corpus_file("2021_national.txt")))
    c = explore.compare(jiangmen_figures, national).set_index(["indicator", "section", "measure"])
    gdp_target = c.loc[("gdp", "plan_year", "growth_yoy")]
    assert gdp_target["value_jiangmen-2021"] == 6.0 and gdp_target["value_2021_national"] == 6.0
    assert c.loc[("gdp", "review_year", "growth_yoy"), "difference"] == pytest.approx(-0.1)
    # same id, different statistics: the as_written columns say so
    unemployment = c.loc[("unemployment_rate", "plan_year", "level")]
    assert (
        unemployment["as_written_jiangmen-2021"] == "城镇登记失业率"
        and unemployment["as_written_2021_national"] == "城镇调查失业率"
    )
    # different units: no difference computed
    assert pd.isna(c.loc[("gdp", "review_5y", "level"), "difference"])


# --- widgets: on in a frontend, static elsewhere --------------------------------------------


def test_widgets_are_off_outside_a_kernel_and_can_be_forced(monkeypatch):
    monkeypatch.delenv(explore.WIDGETS_ENV, raising=False)
    assert explore.widgets_enabled() is False
    monkeypatch.setenv(explore.WIDGETS_ENV, "on")
    assert explore.widgets_enabled() is True
    monkeypatch.setenv(explore.WIDGETS_ENV, "off")
    assert explore.widgets_enabled() is False


def test_picker_is_static_headless_and_a_widget_when_forced(jiangmen_figures, monkeypatch, capsys):
    import matplotlib

    matplotlib.use("Agg")
    monkeypatch.delenv(explore.WIDGETS_ENV, raising=False)
    assert explore.picker(jiangmen_figures, "gdp") is None
    assert "five-year review" in capsys.readouterr().out
    monkeypatch.setenv(explore.WIDGETS_ENV, "on")
    widget = explore.picker(jiangmen_figures, "no_such_indicator")
    dropdown = widget.children[0]
    assert dropdown.value == "gdp"  # an unknown indicator falls back to the first known one
    assert "fixed_asset_investment" in [v for _, v in dropdown.options]
    dropdown.value = "fixed_asset_investment"  # re-renders without error


def test_chart_says_when_no_rate_is_stated(jiangmen_figures):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = explore.chart(jiangmen_figures, "gdp")
    assert len(ax.patches) == 4
    plt.close(ax.figure)
    ax = explore.chart(jiangmen_figures, "high_tech_enterprises")
    assert any("no growth rate" in t.get_text() for t in ax.texts)
    plt.close(ax.figure)


def test_kernel_detection_follows_allow_stdin(monkeypatch):
    """JupyterLab executes with allow_stdin=True, papermill/nbclient with False."""
    from jupyter_client.manager import start_new_kernel

    monkeypatch.delenv(explore.WIDGETS_ENV, raising=False)
    km, kc = start_new_kernel(kernel_name="gwr-targets", cwd=str(PROJECT_ROOT))
    try:
        seen = {}
        for allow in (True, False):
            out = []
            kc.execute_interactive(
                "from helpers.teach import explore; print(explore.widgets_enabled())",
                allow_stdin=allow,
                output_hook=lambda m, out=out: out.append(m["content"].get("text", "")),
                timeout=60,
                stdin_hook=lambda m: None,
            )
            seen[allow] = "".join(out).strip()
        assert seen == {True: "True", False: "False"}
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


# --- glossary --------------------------------------------------------------------------------

REQUIRED_TERMS = [
    "政府工作报告",
    "地区生产总值",
    "可比价",
    "现价",
    "年均增长",
    "累计",
    "规上",
    "四上",
    "十三五",
    "十四五",
    "预期目标",
    "左右",
    "以上",
    "以内",
    "力争",
    "个百分点",
    "固定资产投资",
    "社会消费品零售总额",
    "一般公共预算收入",
    "城镇登记失业率",
    "居民消费价格",
    "存贷比",
    "高新技术企业",
    "市场主体",
    "水平法",
    "累计法",
    "经济普查",
]


def test_glossary_holds_the_terms_a_reader_needs():
    terms = glossary.load()
    assert len(terms) >= 40
    assert list(terms.columns) == glossary.COLUMNS
    for term in REQUIRED_TERMS:
        assert glossary.lookup(term)["gloss_en"], term
    assert glossary.lookup("规模以上")["term_zh"] == glossary.lookup("规上")["term_zh"] == "规上"
    with pytest.raises(KeyError):
        glossary.lookup("不存在的词")


def test_glossary_rejects_duplicates_and_blanks(tmp_path):
    bad = tmp_path / "g.csv"
    bad.write_text("term_zh,aliases,gloss_en,explanation\n规上,规模以上,a,b\n规模以上,,c,d\n", encoding="utf-8")
    with pytest.raises(ValueError, match="listed twice: 规模以上"):
        glossary.load(bad)
    bad.write_text("term_zh,aliases,gloss_en,explanation\n规上,,,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="blank"):
        glossary.load(bad)


def test_annotate_first_glosses_once_longest_first_and_escapes():
    seen = set()
    first = glossary.annotate_first("规模以上工业增加值增长2.3%，<b>增长</b>", seen)
    assert first.count("<abbr") == 2  # 规模以上工业增加值 and 增长, once each
    assert ">规模以上工业增加值</abbr>" in first
    assert "&lt;b&gt;增长&lt;/b&gt;" in first
    again = glossary.annotate_first("增长，规模以上工业增加值", seen)
    assert "<abbr" not in again  # glossed already in this report
    quote = glossary.annotate_first("以上")
    assert 'title="at least: A floor' in quote


def test_annotate_markdown_leaves_code_links_and_tags():
    src = "年均增长 `年均增长` [可比价](http://x/可比价) <span title='累计'>累计</span>\n```\n现价\n```\n现价"
    out = glossary.annotate_markdown(src)
    assert out.count("<abbr") == 4  # 年均增长, the link text 可比价, 累计 between the tags, the last 现价
    assert "`年均增长`" in out and "(http://x/可比价)" in out and "```\n现价\n```" in out
    assert "<span title='累计'>" in out


# --- the tour ----------------------------------------------------------------------------------


def test_tour_is_committed_clean():
    nb = nbformat.read(NOTEBOOKS_DIR / "00_start_here.ipynb", as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "gwr-targets"
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert params and nb.cells.index(params[0]) == min(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
    assert 'report_path = "data/raw/jiangmen-2021.txt"  # relative to the project root, or absolute' in params[0].source
    for c in nb.cells:
        if c.cell_type == "code":
            assert c.outputs == [] and c.execution_count is None
