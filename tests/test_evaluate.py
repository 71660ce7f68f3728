"""The extractor measured on the blind gold tables (tests/data/gold/), and the measuring itself.

The gate below fails when a change makes extraction worse than what main measured last
(recall, precision, per-field agreement, fully-correct rows, pooled over the gold reports). Raise
the floors when the extractor improves. A field's agreement is a rate over matched rows, so a
change that finds more figures may lower it while raising recall and the fully-correct rate (over
all gold rows): lower that floor only then, and say so with both figures in the commit. The issue's goal (fully-correct rows at
least 0.95 per report, recall and precision 0.97, subject 0.95) is printed beside them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.analysis.trust import usable_mask
from helpers.config import RAW_DIR
from helpers.errors import ReportError
from helpers.extract import evaluate
from helpers.run.cli import main
from helpers.run.pipeline import extracted, figures, open_report

from .factories import DATA

GOLD = sorted((DATA / "gold").glob("*.csv"))
# Pooled over the gold reports, measured on main; a change may not go below them.
# Pooled over every gold table. Session 14 added the full blind gold of the bundled Jiangmen report (236 rows, read
# right in every field in 61 % of rows at first contact), so the pool's figures fell and the floors were set again
# on the larger pool (25 tables).
FLOORS = {
    # (set again at session 21's end, rounded down: the pool's figures rose with its constructions, on the gold after
    # the fourth and fifth consistency passes)
    "recall": 0.992, "precision": 0.996, "value": 0.998, "unit": 0.999, "measure": 0.995, "period": 0.994,
    "base_period": 0.997, "is_target": 0.997, "qualifier": 0.999, "scope": 0.997, "subject": 0.948, "fully_correct": 0.933,
    # what the pages stand on: fully-correct rows among the rows the analyses use, and among those with
    # a dictionary indicator (helpers.analysis.trust.usable)
    "used_correct": 0.959, "indicator_correct": 0.985,
    # the dictionary indicator against the blind indicator layer (tests/data/gold/INDICATORS.md): matched rows with the
    # gold's id, and the rows the pages narrate that name the right quantity (session 17, seven tables: 0.920, 0.920 at
    # first; 0.946, 0.947 after new_of_stock in lists, stock_after_new, new names, new_members_stated, per_day_average;
    # session 18, ten more tables: 0.939, 0.953 on the seventeen at first; 0.956, 0.961 after the central spending
    # series, share_of_stated_quantity, whole_population, burden_relieved, people_insured, people_outcome, list tails;
    # 0.953, 0.952 on the layers settled by I15-I19 with the dictionary following I15; session 19, eight more tables,
    # 2006-2012 and 2015 national: 0.937, 0.942 on the twenty-five at first; 0.941, 0.942 after jointly_named_items and
    # one_item_many_numbers; 0.938, 0.937 on the layers settled by I20-I23; 0.947, 0.953 with the dictionary following
    # I20-I22, quantity_tail_then_predicate and per_year_average; 0.949, 0.953 after completed_name_is_an_alias and
    # bracketed_gloss; 0.950, 0.954 with the central fund entries, 21 layer rows re-decided from their gold subject;
    # session 20: 0.965, 0.965 after the dictionary followed I1/I3/I6/I7/I21 further and the quantity constructions
    # laws_submitted, side_of_trade, name_after_dui, payer_for_purpose, part_of_whole_stated; session 21: 0.970, 0.972
    # after the households' and the relatively poor's sides, things 建成 in the span (I18), people_reach_outcome and aliases)
    "id_agree": 0.969, "narrated_right": 0.971,
}  # fmt: skip
GOALS = {"recall": 0.97, "precision": 0.97, "subject": 0.95, "fully_correct": 0.95}


def _row(**kw) -> dict:
    base = dict(report_id="r", char_start=0, char_end=2, number_text="6", section="plan_year", subject="地区生产总值",
                measure="growth_yoy", value="6", value_high="", unit="%", period_start="2021", period_end="2021",
                base_period="上年", is_target="true", qualifier="at_least", scope="own", note="")  # fmt: skip
    return {**base, **kw}


def test_fields_compare_as_the_conventions_say():
    gold = _row()
    assert all(evaluate.agreement(gold, _row(subject="全市地区生产总值", base_period="上年", is_target=True)).values())
    wrong = evaluate.agreement(gold, _row(subject="推进", period_start="2020", scope="part"))
    assert [f for f, ok in wrong.items() if not ok] == ["period", "scope", "subject"]
    # an extracted table without scope claims every row for the region itself
    no_scope = {k: v for k, v in _row().items() if k != "scope"}
    assert evaluate.agreement(gold, no_scope)["scope"] and not evaluate.agreement(_row(scope="wider"), no_scope)["scope"]


def test_a_gold_table_in_traditional_script_compares_as_simplified():
    # S57a: an annotator may copy a traditional text's own characters (生産總值, 億元); the extractor writes them in
    # simplified characters (text.simplified), so the comparison folds both sides to simplified script
    fields = dict.fromkeys(["value_high", "period_start", "period_end", "base_period", "is_target", "qualifier", "scope"])
    gold = {**fields, "subject": "全省生産總值", "unit": "億元", "measure": "level", "value": 12948.5}
    row = {**fields, "subject": "生产总值", "unit": "亿元", "measure": "level", "value": 12948.5}
    result = evaluate.agreement(gold, row)
    assert result["subject"] and result["unit"]
    assert not evaluate.agreement({**gold, "subject": "財政總收入"}, row)["subject"]


@pytest.mark.parametrize(
    "gold, found, same",
    [
        ("税收占财政收入比重", "税收占财政收入的比重", True),
        ("地方一般公共预算收入的增幅", "地方一般公共预算收入增幅", True),
        ("税收占财政收入比重", "税收占财政收入的比例", False),
        ("农民的生产补贴资金", "农民生产补贴资金", False),
    ],
)
def test_a_de_joining_a_share_or_growth_word_is_not_compared(gold, found, same):
    # S64a: the blind tables wrote the text's 占生产总值的比重 both with and without the 的 (25 rows without, 6 with);
    # the 的 before the share or growth word that ends the name changes nothing measured, a 的 elsewhere is compared
    assert evaluate.agreement(_row(subject=gold), _row(subject=found))["subject"] is same


@pytest.mark.parametrize("written, same", [("“十三五”末", True), ("十三五末期", True), ("十三五时期末", True), ("十三五", False)])
def test_the_plans_end_is_one_base_however_it_is_spelled(written, same):
    # CONVENTIONS base_period (session 40): 末, 末期, 期末 name the plan's end alike; the plan's span (十三五) is another base
    gold = _row(measure="change_pct", base_period="十三五期末")
    assert evaluate.agreement(gold, _row(measure="change_pct", base_period=written))["base_period"] is same


@pytest.mark.parametrize("written, same", [("十三五时期", True), ("“十三五”期间", True), ("十三五", True), ("十三五期末", False)])
def test_the_plans_span_is_its_name_however_a_word_of_period_follows(written, same):
    # S64b: the blind tables write a plan's span as its name alone (十二五 eleven rows, 十一五时期 one); 时期 and 期间 after the
    # name add nothing, the plan's end is another base
    gold = _row(measure="change_multiple", base_period="十三五")
    assert evaluate.agreement(gold, _row(measure="change_multiple", base_period=written))["base_period"] is same


def test_one_number_with_two_subjects_pairs_by_subject():
    gold = [_row(subject="社会消费品零售总额"), _row(subject="固定资产投资")]
    found = [_row(subject="固定资产投资"), _row(subject="社会消费品零售总额"), _row(char_start=10, char_end=12)]
    assert evaluate.match(gold, found) == [(0, 1), (1, 0)]
    result, errors = evaluate.score(pd.DataFrame(gold), pd.DataFrame(found).rename(columns={"subject": "indicator_zh"}))
    assert (result.recall, result.precision, result.fully_correct_rate) == (1.0, 2 / 3, 1.0)
    assert list(errors["field"]) == ["not in gold"]


def test_a_bad_gold_table_is_one_line(tmp_path):
    bad = tmp_path / "g.csv"
    bad.write_text("report_id,char_start\nx,1\n", encoding="utf-8")
    with pytest.raises(ReportError, match=r"g\.csv: missing columns \['char_end'"):
        evaluate.load_gold(bad)
    with pytest.raises(ReportError, match="no such gold table"):
        evaluate.load_gold(tmp_path / "none.csv")


def test_the_score_counts_what_the_analyses_use():
    # two gold rows; the extractor reads both, the first right and the second with a wrong period, and a
    # third row the gold does not have. Only the first and third are used (the second is another scope).
    gold = pd.DataFrame([_row(), _row(char_start=10, char_end=11, number_text="8", value="8")])
    found = pd.DataFrame([
        {**_row(), "indicator": "gdp", "value": 6.0},
        {**_row(char_start=10, char_end=11, value=8.0, period_start="2020"), "indicator": "other"},
        {**_row(char_start=20, char_end=22, value=9.0), "indicator": "other"},
    ])  # fmt: skip
    result, _ = evaluate.score(gold, found, pd.Series([True, False, True]))
    assert (result.used, result.used_correct, result.indicator, result.indicator_correct, result.used_false) == (1, 1, 1, 1, 1)
    # the wrong row used instead: none of the used rows is right
    result, _ = evaluate.score(gold, found, pd.Series([False, True, False]))
    assert (result.used, result.used_correct, result.indicator, result.used_false) == (1, 0, 0, 0)
    assert pd.isna(evaluate.table([result]).iloc[-1]["indicator_correct"])  # no dictionary row used: no rate


def test_each_error_and_the_counts_by_construction_name_the_rule():
    # two matched rows: one right (subject_alias_phrase), one with a wrong subject (subject_before_number); a third
    # row the gold does not have keeps its rule in the errors too
    gold = pd.DataFrame([_row(), _row(char_start=10, char_end=11, number_text="8", value="8", subject="粮食产量")])
    found = pd.DataFrame([
        {**_row(), "value": 6.0, "rule": "subject_alias_phrase"},
        {**_row(char_start=10, char_end=11, value=8.0, subject="产量"), "rule": "subject_before_number"},
        {**_row(char_start=20, char_end=22, value=9.0), "rule": "subject_carried"},
    ])  # fmt: skip
    result, errors = evaluate.score(gold, found)
    assert result.by_rule == {"subject_alias_phrase": [1, 1, 1], "subject_before_number": [1, 0, 0]}
    assert errors[["field", "rule"]].values.tolist() == [["subject", "subject_before_number"], ["not in gold", "subject_carried"]]
    by_rule = evaluate.rule_table([result, result])
    assert by_rule[["rule", "matched", "wrong"]].values.tolist() == [
        ["subject_before_number", 2, 2],
        ["subject_alias_phrase", 2, 0],
    ]


def test_the_indicator_is_compared_with_the_blind_layer():
    # the gold says the first row is GDP and the second another thing; the extractor names both GDP, and the pages
    # narrate both: one of the two sentences names the wrong quantity
    gold = pd.DataFrame([{**_row(), "indicator": "gdp"}, {**_row(char_start=10, char_end=11, value="8"), "indicator": "other"}])
    found = pd.DataFrame([{**_row(), "indicator": "gdp"}, {**_row(char_start=10, char_end=11, value="8"), "indicator": "gdp"}])
    result, errors = evaluate.score(gold, found, pd.Series([True, True]))
    assert (result.id_rows, result.id_agree, result.narrated, result.narrated_right) == (2, 1, 2, 1)
    assert (result.gold_named, result.gold_named_found, result.fully_correct) == (1, 1, 2)  # the nine fields agree
    assert errors[["field", "gold", "found"]].values.tolist() == [["indicator", "other", "gdp"]]
    assert "narrated_right" in evaluate.format_table(evaluate.table([result]))


def test_an_indicator_layer_must_line_up_with_its_gold(tmp_path):
    gold = tmp_path / "r.csv"
    pd.DataFrame([_row(), _row(char_start=10, char_end=11, subject="固定资产投资")]).to_csv(gold, index=False)
    (tmp_path / "indicator").mkdir()
    layer = tmp_path / "indicator" / "r.csv"
    pd.DataFrame({"report_id": "r", "char_start": [0, 10], "subject": ["地区生产总值", "固定资产投资"],
                  "indicator": ["gdp", "fixed_asset_investment"]}).to_csv(layer, index=False)  # fmt: skip
    assert evaluate.load_gold(gold)["indicator"].tolist() == ["gdp", "fixed_asset_investment"]
    pd.read_csv(layer).iloc[::-1].to_csv(layer, index=False)  # the same rows in another order
    with pytest.raises(ReportError, match=r"indicator/r\.csv: does not line up with r\.csv"):
        evaluate.load_gold(gold)


def test_every_gold_offset_points_at_its_number():
    for path in GOLD:
        gold = evaluate.load_gold(path)
        text = open_report(RAW_DIR / f"{gold['report_id'].iloc[0]}.txt").raw.text
        wrong = [r.char_start for r in gold.itertuples() if text[r.char_start : r.char_end] != r.number_text]
        assert not wrong, f"{path.name}: offsets not at their number: {wrong[:5]}"


def test_extractor_on_the_blind_gold_does_not_get_worse():
    scores = []
    for path in GOLD:
        gold = evaluate.load_gold(path)
        found = extracted(open_report(RAW_DIR / f"{gold['report_id'].iloc[0]}.txt"))
        scores.append(evaluate.score(gold, found, usable_mask(found))[0])
    table = evaluate.table(scores)
    print("\n" + evaluate.format_table(table))
    overall = table.iloc[-1]
    print("goals (issue 12): " + ", ".join(f"{k} {v:.2f} (now {overall[k]:.3f})" for k, v in GOALS.items()))
    below = {k: round(float(overall[k]), 3) for k, floor in FLOORS.items() if overall[k] < floor - 1e-9}
    assert not below, f"worse than main on the blind gold: {below} (floors {FLOORS})"


def test_evaluate_command_prints_the_table_and_writes_disagreements(tmp_path, capsys):
    hebei = DATA / "gold" / "2026_河北省.csv"
    assert main(["evaluate", str(hebei), "--errors", str(tmp_path / "e.csv")]) == 0
    out = capsys.readouterr().out
    assert "2026_河北省" in out and "fully_correct" in out and "overall" in out
    assert "rows the analyses use" in out and "indicator_correct" in out
    errors = pd.read_csv(tmp_path / "e.csv", encoding="utf-8-sig")
    assert set(errors.columns) >= {"char_start", "field", "gold", "found", "rule", "report_id"}
    # per construction: each rule the extractor used on the report, with its matched rows
    assert main(["evaluate", str(hebei), "--by-rule"]) == 0
    out = capsys.readouterr().out
    assert "by the construction that made them" in out and "subject_alias_phrase" in out
    # the second, independent pass measured against the first
    assert main(["evaluate", str(hebei), "--against", str(DATA / "gold" / "second_pass" / "2026_河北省.csv")]) == 0


@pytest.mark.parametrize(
    "report,char_start,scope,subject,period",
    [
        # 粤港澳大湾区经济总量 is the bay area's, not Guangdong's GDP
        ("2026_广东省", 4410, "wider", "经济总量", (2025, 2025)),
        # 这是经济实力持续提升的五年: 从11.37万亿元提高到14.58万亿元 is the five-year review, 2020 -> 2025
        ("2026_广东省", 4160, "own", "地区生产总值", (2020, 2020)),
        ("2026_广东省", 4171, "own", "地区生产总值", (2025, 2025)),
        # 城市副中心和平原新城地区生产总值年均增长5%以上 is a part of Beijing
        ("2026_北京市", 7388, "part", "地区生产总值", (2026, 2030)),
        # 成都平原经济区经济总量达到4万亿元
        ("2026_四川省", 6305, "part", "经济总量", (2025, 2025)),
        # the nation in the national report is its own scope
        ("2025_national", 689, "own", "高技术制造业增加值", (2024, 2024)),
    ],
)
def test_named_corpus_rows_have_their_scope_subject_and_years(report, char_start, scope, subject, period):
    figs = figures(open_report(RAW_DIR / f"{report}.txt"))
    row = figs[figs["char_start"] == char_start].iloc[0]
    assert (row["scope"], row["indicator_zh"], (row["period_start"], row["period_end"])) == (scope, subject, period)


def test_a_corrected_figures_table_serves_as_gold(tmp_path, jiangmen):
    """A team's corrections measure the extractor: one corrected field is one disagreement."""
    table = extracted(jiangmen)
    gdp = table.index[(table["indicator"] == "gdp") & (table["measure"] == "level")][0]
    table.loc[gdp, ["period_start", "period_end", "source"]] = [2019, 2019, "corrected"]
    path = tmp_path / "figures.csv"
    table.to_csv(path, index=False, encoding="utf-8-sig")
    result, errors = evaluate.score(evaluate.load_gold(path), extracted(jiangmen))
    assert (result.recall, result.precision) == (1.0, 1.0)
    assert list(errors["field"]) == ["period"] and result.fully_correct == len(table) - 1


def test_every_indicator_layer_names_dictionary_ids_of_its_gold_rows():
    from helpers.extract.indicators import load_indicators

    known = {*load_indicators().index, "other"}
    layers = sorted((DATA / "gold" / "indicator").rglob("*.csv"))
    assert len(layers) >= 9  # seven first passes, two second passes (INDICATORS.md)
    for layer in layers:
        ids = pd.read_csv(layer, dtype=str, keep_default_na=False)
        gold = evaluate.load_gold(DATA / "gold" / layer.name)  # refuses a layer of the same name that does not line up
        assert list(zip(ids["char_start"].astype(int), ids["subject"])) == list(zip(gold["char_start"], gold["subject"]))
        assert set(ids["indicator"]) <= known, f"{layer}: ids not in the dictionary: {set(ids['indicator']) - known}"


# The development tables of fifteen 2026 provincial reports (tests/data/gold/development/README.md): blind when made, read
# since. Floors measured in session 37 on all fifteen (recall 98.3, precision 99.5, subject 90.8, fully correct 87.0 %),
# rounded down; raise them when the extractor improves.
DEVELOPMENT = sorted((DATA / "gold" / "development").glob("*.csv"))
DEVELOPMENT_FLOORS = {"recall": 0.98, "precision": 0.99, "subject": 0.905, "fully_correct": 0.865}


def test_development_tables_point_at_their_texts_and_do_not_get_worse():
    assert len(DEVELOPMENT) == 15
    scores = []
    for path in DEVELOPMENT:
        gold = evaluate.load_gold(path)
        report_id = gold["report_id"].iloc[0]
        report = open_report(evaluate.raw_path(path, report_id, RAW_DIR))
        wrong = [r.char_start for r in gold.itertuples() if report.raw.text[r.char_start : r.char_end] != r.number_text]
        assert not wrong, f"{path.name}: offsets not at their number: {wrong[:5]}"
        found = extracted(report)
        scores.append(evaluate.score(gold, found, usable_mask(found))[0])
    overall = evaluate.table(scores).iloc[-1]
    below = {k: round(float(overall[k]), 3) for k, floor in DEVELOPMENT_FLOORS.items() if overall[k] < floor - 1e-9}
    assert not below, f"worse than main on the development tables: {below} (floors {DEVELOPMENT_FLOORS})"
