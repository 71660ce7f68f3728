"""The sentences the report notebooks show, on the bundled report and on reports that lack what a
paragraph needs. Jiangmen's numbers are worked by hand in tests/test_growth.py; here the sentences
must carry them, and a report without the inputs must get a sentence saying so, not a blank.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.analysis import checks, growth, narrate, plots, present, targets, trust
from helpers.config import RAW_DIR
from helpers.run.pipeline import figures, open_report


@pytest.fixture(scope="module")
def jiangmen_tables(jiangmen, jiangmen_figures):
    implied = growth.implied_growth(jiangmen_figures)
    tgt = targets.compare_targets(jiangmen_figures, implied, targets.qualitative_targets(jiangmen.raw.text, jiangmen.year))
    return jiangmen_figures, implied, tgt


@pytest.fixture(scope="module")
def national_2025():
    report = open_report(RAW_DIR / "2025_national.txt")
    figs = figures(report)
    implied = growth.implied_growth(figs)
    return figs, implied, targets.compare_targets(figs, implied, targets.qualitative_targets(report.raw.text, report.year))


def test_gdp_paragraph_states_nominal_real_and_deflator(jiangmen_tables):
    _, implied, _ = jiangmen_tables
    text = narrate.gdp_paragraph(implied)
    # 3201 - 961 = 2240; (3201/2240)^(1/5) - 1 = 7.40 %; 1.0740 / 1.059 - 1 = 1.42 %.
    assert "3,201 亿元 in 2020, 961 亿元 more than in 2015; so the 2015 level was 2,240 亿元" in text
    assert "**7.40 % a year is nominal**" in text and "**5.9 % real**" in text
    assert "**1.42 % a year is the implied GDP deflator**" in text


def test_gdp_paragraph_words_a_bound_as_approximate(jiangmen_tables):
    # 地区生产总值跨过3万亿元…较“十三五”末净增1万亿元 (2026 Shaanxi): the levels and the rate stand on a bound, so the page
    # says "about", never "the 2020 level was 2 万亿元" as if it were stated
    _, implied, _ = jiangmen_tables
    _, from_levels, _ = narrate._gdp_rows(implied)
    row = from_levels.iloc[0].copy()
    row["caveats"] = (row["caveats"] + "; " if row["caveats"] else "") + "approximate input: jiangmen-2021:1 over"
    text = narrate.gdp_story(row.rename(None).to_frame().T.itertuples().__next__())
    assert "about 3,201 亿元 in 2020" in text and "was about 2,240 亿元" in text and "**about 7.4 % a year is nominal**" in text
    assert "so the rate is approximate" in text and "about 1.42 % a year is the implied GDP deflator" in text


def test_cumulative_paragraph_solves_the_investment_base(jiangmen_tables):
    _, implied, _ = jiangmen_tables
    paths = narrate.cumulative_paths(implied)
    text = narrate.cumulative_paragraph(paths)
    # 8852 / Σ_(t=1..5) 1.114^t = 8852 / 6.9932 = 1265.8 (the 2015 base).
    assert text.startswith("固定资产投资 (Fixed-asset investment): 8,852 亿元 in total over 2016-2020")
    assert "6.9932" in text and "1,265.8" in text
    path = narrate.path_of(paths.iloc[0])
    assert list(path["year"]) == [2016, 2017, 2018, 2019, 2020]
    assert path["level"].sum() == pytest.approx(8852e8)


def test_cumulative_target_requires_the_rate_from_last_year(jiangmen_tables):
    _, _, tgt = jiangmen_tables
    text, table = narrate.cumulative_targets(tgt)
    assert "1.5 万亿元 over 2021-2025" in text and "**11.69 % a year**" in text
    # the stated 2020 growth (+6.9 %) is used, and the constant-growth reading shown beside it
    fai = next(x for x in text.splitlines() if "全社会固定资产投资" in x)
    assert "with 2020 at its stated +6.9 %" in fai and "(and 6.9 % last year): continuation" in fai
    assert "the level would be 2,171.67 亿元 and the target 10.97 % a year: continuation either way" in fai
    assert table is not None and (table["target_value"] == "1.5 万亿元").any()


def test_end_levels_state_the_price_year(jiangmen_tables):
    figs, _, tgt = jiangmen_tables
    text, table = narrate.end_levels(tgt, figs)
    # 3201 × 1.06 = 3393.06: the 2021 GDP the 6 % target implies, at 2020 prices.
    assert "GDP goes from 3,201 亿元 in 2020 to 3,201 亿元 × (1 + 6 %)^1 = **3,393.06 亿元 in 2021** (2020 prices)" in text
    assert table is not None and (table["implied_end_level_read"] == "3,393.06 亿元").any()
    # money levels read in 亿元 everywhere, derived ones too (固定资产投资 2020 by the cumulative method)
    shown = pd.concat([table["last_level_read"], table["implied_end_level_read"]])
    assert not shown.str.contains("e+", regex=False).any()
    fai = table[table["indicator"] == "fixed_asset_investment"]
    assert fai["last_level_read"].str.endswith("亿元").all()


def test_a_report_without_inputs_gets_sentences_not_blanks(national_2025):
    figs, implied, tgt = national_2025
    assert narrate.cumulative_paragraph(narrate.cumulative_paths(implied)).startswith("This report states no five-year total")
    text, table = narrate.cumulative_targets(tgt)
    assert text.startswith("This report states no cumulative") and table is None
    empty = implied.iloc[0:0]
    assert narrate.gdp_paragraph(empty).startswith("This report states no GDP level pair")
    assert narrate.computations(empty)[0].startswith("This report states no pair of figures")
    assert narrate.changes(empty) == (narrate.changes(empty)[0], None)
    assert narrate.checks_paragraph(checks.consistency_checks(figs.iloc[0:0], empty)).startswith("No check applies")


def test_charted_targets_are_labelled_and_known(jiangmen_tables):
    _, _, tgt = jiangmen_tables
    shown = narrate.charted_targets(tgt, plots.label)
    assert len(shown) and shown["label"].is_unique and (shown["indicator"] != "other").all()
    assert shown["required_growth_pct"].notna().all()


def test_readable_levels_are_in_yi_yuan():
    df = pd.DataFrame({"unit_std": ["CNY", "persons"], "start_level": [2.24e11, 5e4], "first_year_level": [None, None],
                       "end_level": [3.201e11, 6e4]})  # fmt: skip
    out = narrate.readable(df)
    assert list(out["end_level"]) == [3201.0, 6e4] and list(out["unit_std"]) == ["亿元", "persons"]


def test_a_per_head_amount_is_not_shown_as_zero_yi_yuan():
    # 人均GDP from 5.2万元 to 7.4万元 (2026 Shanxi's review): in 亿元 at two decimals it read "0 亿元 -> 0 亿元"
    df = pd.DataFrame({"unit_std": ["CNY"], "start_level": [52000.0], "first_year_level": [float("nan")], "end_level": [74000.0]})
    out = narrate.readable(df)
    assert [present.level(x, u) for x, u in zip(out["end_level"], out["unit_std"])] == ["7.4 万元"]


def _tables(report_id: str):
    report = open_report(RAW_DIR / f"{report_id}.txt")
    figs = figures(report)
    implied = growth.implied_growth(figs)
    return figs, implied, targets.compare_targets(figs, implied, targets.qualitative_targets(report.raw.text, report.year))


def test_guangdong_gdp_sentence_is_the_provinces_own():
    # 粤港澳大湾区经济总量 (wider) is not the province's GDP; 11.37 -> 14.58万亿元 is 2020 -> 2025:
    # (14.58 / 11.37)^(1/5) - 1 = 5.10 % nominal. No 31.93 % and no 26.97 % "deflator".
    _, implied, _ = _tables("2026_广东省")
    text = narrate.gdp_paragraph(implied)
    assert "11.37 万亿元 in 2020 and 14.58 万亿元 in 2025" in text and "**5.10 % a year is nominal**" in text
    assert "31.93" not in text and "26.97" not in text and "大湾区" not in text


def test_beijing_plan_target_is_its_own_not_the_sub_centres():
    # 全市 4.5%-5% (own) over 2026-2030, not 城市副中心和平原新城 5%以上 (part): 5.2 × 1.0475^5 = 6.558万亿元
    figs, _, tgt = _tables("2026_北京市")
    text, _ = narrate.end_levels(tgt, figs)
    assert "**6.558 万亿元 in 2030**" in text and "6.637" not in text


def test_rows_left_out_are_listed_to_review_with_their_sentence():
    figs, _, _ = _tables("2026_广东省")
    review = trust.to_review(figs)
    bay = review[review["figure_id"] == "2026_广东省:4410"]
    assert len(bay) == 1 and bay["why"].iloc[0].startswith("scope wider") and "大湾区" in bay["sentence"].iloc[0]
    assert narrate.review_paragraph(figs).startswith(f"{len(review)} of {len(figs)} figures are left out")


def test_the_page_table_of_rows_to_review_highlights_the_number_and_escapes_the_text():
    figs, _, _ = _tables("2026_广东省")
    html = narrate.review_table(figs).to_html()
    assert "预计大湾区经济总量突破<mark>15</mark>万亿元。" in html
    assert html.count("<mark>") == len(trust.to_review(figs))
    hostile = figs.copy()
    hostile.loc[hostile["figure_id"] == "2026_广东省:4410", "sentence"] = "<script>x</script>突破15万亿元"
    assert "<script>" not in narrate.review_table(hostile).to_html()


def test_a_modelled_history_says_it_is_modelled_and_on_what_assumption(jiangmen_tables):
    # 工业投资: -3.76 % a year is the constant growth that sums 3487亿元 over 2016-2020 from 645亿元 in 2020,
    # not a rate the report states: the sentence and the table say so
    _, _, tgt = jiangmen_tables
    text, _ = narrate.cumulative_targets(tgt)
    line = next(x for x in text.splitlines() if "工业投资" in x)
    assert "-3.76 % a year over the past five years (modelled, not stated: the constant growth" in line
    table = narrate.targets_summary(tgt)[1]
    assert table.loc[table["indicator"] == "gdp", "history_5y_is"].eq("stated").all()
    assert table.loc[table["indicator"] == "industrial_investment", "history_5y_is"].str.startswith("modelled").all()
    # the plan's name is not part of the subject: 力争“十四五”时期全社会固定资产投资 -> 全社会固定资产投资
    assert "**全社会固定资产投资 (Fixed-asset investment)**" in text


def test_two_histories_of_one_indicator_are_explained_not_hidden(jiangmen_tables):
    # 交通投资: 908.5亿元 是"十二五"时期的近3倍 gives 3^(1/5) - 1 = 24.57 % (between two plans' totals, an upper
    # bound since 近 = nearly); 908.5亿元 over 2016-2020 with 220亿元 in 2020 gives 10.59 % (within the plan).
    figs, implied, tgt = jiangmen_tables
    text = narrate.several_histories(tgt, implied, figs)
    assert text is not None and text.count("\n- ") == 0 and "交通投资" in text
    assert "**24.57 % a year**, the growth between two five-year totals" in text and "近, nearly: an upper bound" in text
    assert "**10.59 % a year**, the constant rate within the plan" in text
    assert "the gap of 13.98 pp" in text and "The verdict uses 10.59 %" in text
    assert "工业投资" not in text  # one history only (-3.76 %): nothing to reconcile


def test_the_plan_years_level_is_said_with_what_the_rest_of_the_plan_needs(jiangmen_tables):
    _, _, tgt = jiangmen_tables
    text, table = narrate.cumulative_targets(tgt)
    line = next(x for x in text.splitlines() if "交通投资" in x)
    assert "This year's plan puts 2021 at 235 亿元 (+6.82% on 2020), so 2022-2025 need **26.87 % a year**" in line
    assert table.loc[table["indicator"] == "transport_investment", "first_year_planned_level"].iloc[0] == "235 亿元"


def test_levels_a_person_reads_are_never_in_scientific_notation():
    # Guangdong 2026: 城镇新增就业110万人以上 from 149.4万人 printed 1.1e+06 persons before
    figs, _, tgt = _tables("2026_广东省")
    _, table = narrate.end_levels(tgt, figs)
    shown = table.astype(str).to_string()
    assert "e+" not in shown and "149.4 万人" in shown and "110 万人" in shown


def test_changes_write_sentences_only_for_dictionary_quantities(jiangmen_tables):
    # Jiangmen: 省级工程技术研究中心397家，是"十二五"期末的4倍 is computed (a multiple of a quantity the dictionary does
    # not know) and kept in the table, but no sentence is written from it: on unseen reports such subjects are read
    # right far less often than dictionary ones (narrate.undictionary_rate, from the held-out record)
    _, implied, _ = jiangmen_tables
    text, table = narrate.changes(implied)
    ok = implied[implied["method"].isin(narrate._CHANGE_METHODS) & implied["status"].eq("ok")]
    unnamed = int((ok["indicator"] == "other").sum())
    assert unnamed >= 1 and "省级工程技术研究中心" in set(table["indicator_zh"])
    assert not any(line.startswith("- 省级工程技术研究中心") for line in text.splitlines())
    assert f"- {unnamed} computation(s) on quantities the indicator dictionary does not know" in text
    assert "read right in every field in" in text and "95 % interval" in text
    # every sentence written is of a dictionary quantity
    named = ok[ok["indicator"] != "other"]
    assert sum(line.startswith("- ") and "a year**" in line for line in text.splitlines()) == min(len(named), 12)
