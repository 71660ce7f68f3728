"""Presentation tables on real reports: what a reader sees is formatted, full precision stays in the data."""

from __future__ import annotations

import re

import pandas as pd

from helpers.analysis import checks, growth, narrate, present, targets
from helpers.extract import schema


def test_every_qualifier_of_the_schema_has_one_wording():
    table = present.qualifiers()
    assert set(table.index) == set(schema.QUALIFIERS)
    assert (table["shown"] == table["zh"] + " " + table["en"]).all()


def test_checks_table_of_jiangmen_has_no_scientific_notation(jiangmen_figures):
    """Jiangmen 2021 states 五年累计完成固定资产投资8852亿元: the check of its parts shows it in 亿."""
    chk = checks.consistency_checks(jiangmen_figures, growth.implied_growth(jiangmen_figures))
    assert (chk["expected"] > 1e11).any(), "a check in yuan, which pandas would print as 8.852e+11"
    page = present.table(chk, anchor="checks").to_html()
    assert not re.search(r"\d[eE][+-]\d", page) and not re.search(r"\bnan\b", page, re.I)
    assert "8,852 亿" in page
    assert 'id="T_checks_row0_col0"' in page
    heads = list(present.table(chk).data.columns)
    assert heads[:4] == ["indicator", "check", "passes", "difference"], heads


def test_targets_table_keeps_the_verdict_beside_the_indicator_and_notes_below(jiangmen, jiangmen_figures):
    implied = growth.implied_growth(jiangmen_figures)
    qual = targets.qualitative_targets(jiangmen.raw.text, jiangmen.year, ("plan_year", "plan_5y"))
    tgt = targets.compare_targets(jiangmen_figures, implied, qual)
    _, table = narrate.cumulative_targets(tgt)
    styled = present.table(table)
    shown = styled.data
    assert list(shown.columns[:2]) == ["indicator", "verdict"]
    assert shown["note"].str.fullmatch(r"\[\d+\]").all(), "long notes become footnote marks"
    page = styled.to_html()
    marks = {v for v in shown.to_numpy().ravel() if isinstance(v, str) and re.fullmatch(r"\[\d+\]", v)}
    assert page.count("<li>") == len(marks), "each distinct long note once, under the table"
    # the full-precision table is untouched
    assert table["required_growth_pct"].notna().all() and "note" in table.columns


def test_an_empty_table_is_a_sentence():
    shown = present.table(pd.DataFrame(columns=["verdict"]), empty="This report states no target.")
    assert isinstance(shown, present.Sentence) and shown._repr_markdown_() == "This report states no target."
    assert present.table(None, empty="None here.") == "None here."


def test_bar_labels_of_the_targets_chart_do_not_overlap(jiangmen, jiangmen_figures):
    """Jiangmen 2021's targets chart (15 targets, three bars each): every value label is drawn apart."""
    from helpers.analysis import plots

    plots.setup()
    implied = growth.implied_growth(jiangmen_figures)
    qual = targets.qualitative_targets(jiangmen.raw.text, jiangmen.year, ("plan_year", "plan_5y"))
    shown = narrate.charted_targets(targets.compare_targets(jiangmen_figures, implied, qual), plots.label)
    fig = plots.targets_chart(shown)
    assert plots.png(fig)[:8] == b"\x89PNG\r\n\x1a\n"  # drawn as the notebook and the index page show it
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_text()]
    assert len(boxes) >= 2 * len(shown), "a label per drawn bar"
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.overlaps(b)]
    assert not overlapping
    axes_box = fig.axes[0].get_window_extent(renderer)
    assert all(axes_box.x0 <= b.x0 and b.x1 <= axes_box.x1 for b in boxes), "labels stay inside the axes"
