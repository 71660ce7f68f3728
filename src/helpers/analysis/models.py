"""How annual targets relate to history: OLS of the target on the five-year average and last year.

Chang, Wang & Xiong (2025) find targets rise fast in booms and fall slowly in slowdowns; the
simplest version of that question for one report is whether this year's targets follow the
five-year average growth or last year's growth more closely. One report gives a handful of
indicators, so the estimates are illustrative; the same functions take a panel of many reports
(the targets tables concatenated, each with its report_id) for the corpus.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from statsmodels.regression.linear_model import OLS  # not statsmodels.api: it imports every model (0.3 s a kernel)
from statsmodels.tools.tools import add_constant

COLUMNS = ["term", "estimate", "std_error", "ci_low", "ci_high", "p_value", "n", "n_reports", "r_squared", "note"]
TERMS = ("const", "history_5y_pct", "last_year_pct")
SMALL_N = 30


def model_data(targets: pd.DataFrame) -> pd.DataFrame:
    """The rows the model uses: numeric annual growth targets with both kinds of history.

    Why: five-year and cumulative targets answer a different question, qualitative ones have no
    number, and an indicator without history cannot inform the slope. Jiangmen 2021 keeps six:
    GDP, 规上 industry, FAI, retail sales, budget revenue and livelihood spending.
    """
    t = targets[(targets["target_kind"] == "annual_growth")]
    t = t.dropna(subset=["required_growth_pct", "history_5y_pct", "last_year_pct"])
    return t[["report_id", "indicator", "required_growth_pct", "history_5y_pct", "last_year_pct"]].reset_index(drop=True)


def _empty(n: int, n_reports: int, note: str) -> pd.DataFrame:
    rows = [dict(term=t, n=n, n_reports=n_reports, note=note) for t in TERMS]
    return pd.DataFrame(rows, columns=COLUMNS)


def target_model(targets: pd.DataFrame, alpha: float = 0.05) -> pd.DataFrame:
    """OLS target = a + b * five-year average + c * last year's growth; tidy coefficient table.

    Why: a coefficient near 1 on the five-year average and near 0 on last year means targets are
    set by the trend, not by last year's shock. Returns estimate, standard error, the (1 - alpha)
    confidence interval, p-value, n and a plain-language note; with fewer than 4 observations (one
    more than the 3 coefficients, the least that leaves a residual) it returns the terms with no
    estimates and a note saying so, instead of failing.

    Jiangmen 2021 (n = 6): the model fits, with a note that six indicators from one report cannot
    distinguish the two histories with any confidence.
    """
    data = model_data(targets)
    n, n_reports = len(data), data["report_id"].nunique()
    if n < len(TERMS) + 1:
        return _empty(
            n,
            n_reports,
            f"not estimated: {n} annual targets with both histories; "
            f"at least {len(TERMS) + 1} are needed for {len(TERMS)} coefficients",
        )
    X = add_constant(data[["history_5y_pct", "last_year_pct"]].astype(float), has_constant="add")
    y = data["required_growth_pct"].astype(float)
    if np.linalg.matrix_rank(X.to_numpy()) < X.shape[1]:
        return _empty(n, n_reports, "not estimated: the two histories are collinear in these data")
    fit = OLS(y, X).fit()
    ci = fit.conf_int(alpha)
    note = (
        f"n = {n} from {n_reports} report(s): few observations, so the intervals are wide and one "
        "indicator can move the estimates; read them as a description, not evidence"
        if n < SMALL_N
        else f"n = {n} from {n_reports} report(s); observations within a report are "
        "not independent, so these plain OLS intervals are too narrow"
    )
    return pd.DataFrame(
        {
            "term": list(TERMS),
            "estimate": fit.params.to_numpy(),
            "std_error": fit.bse.to_numpy(),
            "ci_low": ci[0].to_numpy(),
            "ci_high": ci[1].to_numpy(),
            "p_value": fit.pvalues.to_numpy(),
            "n": n,
            "n_reports": n_reports,
            "r_squared": fit.rsquared,
            "note": note,
        },
        columns=COLUMNS,
    )
