"""The target model: exact recovery on constructed data, small-n and collinear cases, a panel, Jiangmen."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.analysis.models import COLUMNS, model_data, target_model


def targets_table(h5, last, report_id="r1", target=None):
    h5, last = np.asarray(h5, float), np.asarray(last, float)
    # Constructed so that target = 1 + 0.5 * h5 + 0.25 * last exactly.
    target = 1 + 0.5 * h5 + 0.25 * last if target is None else np.asarray(target, float)
    return pd.DataFrame(
        {
            "report_id": report_id,
            "indicator": [f"i{k}" for k in range(len(h5))],
            "target_kind": "annual_growth",
            "required_growth_pct": target,
            "history_5y_pct": h5,
            "last_year_pct": last,
        }
    )


def test_exact_data_recovers_the_coefficients():
    est = target_model(targets_table([5, 6, 7, 8, 10, 12], [2, 6, 1, 9, 3, 4])).set_index("term")
    assert est.loc["const", "estimate"] == pytest.approx(1.0, abs=1e-9)
    assert est.loc["history_5y_pct", "estimate"] == pytest.approx(0.5, abs=1e-9)
    assert est.loc["last_year_pct", "estimate"] == pytest.approx(0.25, abs=1e-9)
    assert (est["n"] == 6).all() and "few observations" in est["note"].iloc[0]


def test_known_ols_by_hand():
    # target = 2 + 1 * h5 with residuals +1, -1, -1, +1 at h5 = 1, 2, 3, 4 and last = (0, 1, 0, 1):
    # with last in the model the residual pattern (+1,-1,-1,+1) is orthogonal to const, h5 and last?
    # const: 1-1-1+1 = 0; h5: 1-2-3+4 = 0; last: 0-1+0+1 = 0 -> yes, so OLS gives exactly 2, 1, 0.
    t = targets_table([1, 2, 3, 4], [0, 1, 0, 1], target=[4, 3, 4, 7])
    est = target_model(t).set_index("term")
    assert est["estimate"].to_numpy() == pytest.approx([2.0, 1.0, 0.0], abs=1e-9)
    # residual sum of squares 4 on 1 degree of freedom; the intervals are finite and contain the estimates.
    assert (est["ci_low"] < est["estimate"]).all() and (est["estimate"] < est["ci_high"]).all()


def test_too_few_rows_returns_a_table_with_a_note():
    est = target_model(targets_table([5, 6, 7], [2, 3, 1]))
    assert list(est.columns) == COLUMNS and list(est["term"]) == ["const", "history_5y_pct", "last_year_pct"]
    assert est["estimate"].isna().all() and est["note"].str.startswith("not estimated: 3 annual targets").all()


def test_collinear_histories_return_a_note():
    est = target_model(targets_table([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]))
    assert est["note"].str.contains("collinear").all() and est["estimate"].isna().all()


def test_panel_of_reports_and_rows_the_model_ignores():
    a = targets_table([5, 6, 7, 8], [2, 6, 1, 9], "a")
    b = targets_table([10, 12, 4], [3, 4, 5], "b")
    extra = targets_table([9], [np.nan], "b").assign(indicator="no_last_year")
    five = targets_table([6], [2], "b").assign(target_kind="five_year_average")
    panel = pd.concat([a, b, extra, five], ignore_index=True)
    assert len(model_data(panel)) == 7
    est = target_model(panel).set_index("term")
    assert (est["n"] == 7).all() and (est["n_reports"] == 2).all()
    assert est.loc["history_5y_pct", "estimate"] == pytest.approx(0.5, abs=1e-9)


def test_jiangmen_model(jiangmen, jiangmen_figures):
    from helpers.analysis.targets import compare_targets

    targets = compare_targets(jiangmen_figures)
    data = model_data(targets)
    assert {"gdp", "industrial_value_added", "fixed_asset_investment", "retail_sales"} <= set(data["indicator"])
    est = target_model(targets)
    assert est["estimate"].notna().all() and (est["n"] == len(data)).all()
    assert est["note"].str.contains("few observations").all()
