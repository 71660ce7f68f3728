"""Charts that show Chinese when a CJK font is installed and English otherwise, never empty boxes.

matplotlib draws a missing glyph as an empty box (tofu). `setup()` looks for an installed CJK
font; `label(zh, en)` then gives the Chinese text with a font to draw it, or the English text.
On Debian, `apt-get install fonts-noto-cjk` (or fonts-wqy-microhei) provides one.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns
from matplotlib import font_manager

from helpers.config import INDEX_CHART_KEY

CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "AR PL UKai CN",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "Noto Sans CJK JP",
)


# File names of CJK fonts as Debian and the usual platforms install them.
_CJK_FILES = re.compile(r"cjk|wqy|wenquanyi|droidsansfallback|sourcehan|simhei|simsun|msyh|pingfang|uming|ukai", re.I)


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed font that can draw Chinese, or None.

    matplotlib caches its font list; a CJK font installed after the cache was built (apt-get
    install fonts-noto-cjk on a machine that already ran matplotlib) is not in it, so system font
    files with CJK names are added to the list before giving up.
    """
    for attempt in range(2):
        installed = {f.name for f in font_manager.fontManager.ttflist}
        for name in CJK_FONTS:
            if name in installed:
                return name
        if attempt == 0:
            known = {f.fname for f in font_manager.fontManager.ttflist}
            for path in font_manager.findSystemFonts():
                if path not in known and _CJK_FILES.search(Path(path).name):
                    try:
                        font_manager.fontManager.addfont(path)
                    except (OSError, RuntimeError, ValueError):
                        continue
    return None


def setup(style: str = "whitegrid") -> bool:
    """Seaborn style plus a CJK font when there is one; returns whether Chinese labels are usable."""
    sns.set_theme(style=style, context="notebook")
    font = cjk_font()
    if font:
        plt.rcParams["font.sans-serif"] = [font, *plt.rcParams["font.sans-serif"]]
        plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["axes.unicode_minus"] = False
    plt.rcParams["figure.dpi"] = 100
    return font is not None


def label(zh: str | None, en: str | None) -> str:
    """'地区生产总值 GDP' when Chinese can be drawn, else the English name (or the id)."""
    if cjk_font() and zh:
        return f"{zh} {en}".strip() if en else zh
    return en or (zh if zh and zh.isascii() else "") or "?"


def path_chart(path, row, english_name: str) -> None:
    """Bars of the annual levels a cumulative-method row implies (notebook 02, section 3), in 亿元 for money."""
    scale, unit = (
        (1e8, "100 million yuan (亿元)")
        if row["unit_std"] == "CNY"
        else (1.0, row["unit_std"] if isinstance(row["unit_std"], str) else "level")
    )
    ax = sns.barplot(data=path.assign(level=path["level"] / scale), x="year", y="level", color="tab:blue")
    ax.set(
        xlabel="",
        ylabel=unit if cjk_font() else unit.split(" (")[0],
        title=label(f"{row['indicator_zh']}：累计法隐含路径", f"{english_name}: path implied by the total and the average"),
    )
    plt.show()


TARGET_SERIES = {
    "history_5y_pct": "five-year average (history)",
    "last_year_pct": "last year",
    "required_growth_pct": "target, or growth it requires",
}


def _figure(figsize):
    """A figure of its own, outside pyplot's state: shown once in a notebook by `show_on_index`,
    never again by the inline backend at the end of the cell."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=100)
    FigureCanvasAgg(fig)
    return fig, fig.subplots()


def png(fig) -> bytes:
    """The figure as PNG bytes, cropped to what is drawn."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
    return buf.getvalue()


# The charts notebook 03 draws that the report's index page shows too: file name -> caption.
INDEX_CHARTS = {
    "gdp_path.png": "GDP: stated levels and the path its targets imply",
    "targets.png": "Targets against history",
}


def show_on_index(fig, name: str) -> None:
    """Show the chart in the notebook, marked for the report's index page as `name` (INDEX_CHARTS).

    The PNG is drawn once, in the kernel that already imported matplotlib: the executed notebook
    carries it with its name and caption in the output's metadata (config.INDEX_CHART_KEY), and the
    runner writes it beside index.html (`runner.index_charts`) without drawing it again.
    """
    from IPython.display import Image, display

    display(Image(data=png(fig), format="png"), metadata={INDEX_CHART_KEY: {"png": name, "alt": INDEX_CHARTS[name]}})


def targets_chart(shown):
    """Per target: five-year average (grey), last year (orange), target or required growth (blue), % a year.

    Each bar's value is written at its end; the bars of one target are spaced so the three labels
    never overlap (one bar's height holds an 8-point label), and the axis leaves room for the labels
    of the longest bars. Returns the figure (notebook 03 shows it with `show_on_index`).
    """
    long = shown.melt(id_vars="label", value_vars=list(TARGET_SERIES), var_name="series", value_name="percent").dropna()
    long["series"] = long["series"].map(TARGET_SERIES)
    fig, ax = _figure((9, 0.75 * len(shown) + 1.5))
    sns.barplot(
        data=long,
        y="label",
        x="percent",
        hue="series",
        orient="h",
        ax=ax,
        errorbar=None,
        hue_order=list(TARGET_SERIES.values()),
        palette=["#9e9e9e", "#f0a202", "#1f77b4"],
        width=0.84,
    )
    for bars in ax.containers:
        ax.bar_label(bars, labels=[f"{v:.1f}" if np.isfinite(v) else "" for v in bars.datavalues], fontsize=7.5, padding=2)
    ax.margins(x=0.12)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set(xlabel="growth, % a year", ylabel="", title=label("目标与历史", "Targets against history"))
    sns.move_legend(ax, "upper left", bbox_to_anchor=(1.01, 1), title=None, frameon=False)
    return fig


def gdp_path_chart(figs, implied, tgt):
    """The report's GDP path with its targets, in 亿元: the levels it states (dots), the base level a
    stated change implies (hollow), and the path each GDP growth target implies from last year's level
    (dashed: modelled, at last year's prices). The figure, or None when the report states no GDP
    level in yuan."""
    from helpers.analysis.trust import usable

    own = usable(figs)
    stated = own[(own["indicator"] == "gdp") & (own["measure"] == "level") & (own["unit_std"] == "CNY")]
    stated = stated.dropna(subset=["period_end", "value_std"]).drop_duplicates("period_end")
    if stated.empty:
        return None
    scale = 1e12 if stated["value_std"].max() >= 1e12 else 1e8
    unit = "万亿元 (trillion yuan)" if scale == 1e12 else "亿元 (100 million yuan)"
    fig, ax = _figure((8, 4.2))
    ax.plot(stated["period_end"].astype(int), stated["value_std"] / scale, "o", color="C0", ms=8, label="stated level", zorder=3)
    base = implied[(implied["indicator"] == "gdp") & (implied["method"] == "level_change_abs") & (implied["status"] == "ok")]
    if len(base):
        ax.plot(base["start_year"].astype(int), base["start_level"] / scale, "o", mfc="white", color="C0", ms=8,
                label="base level a stated change implies", zorder=3)  # fmt: skip
    rows = tgt[(tgt["indicator"] == "gdp") & tgt["implied_end_level"].notna() & tgt["last_level"].notna()]
    for k, r in enumerate(rows.drop_duplicates(["implied_end_year", "required_growth_pct"]).itertuples()):
        years = np.arange(int(r.last_level_year), int(r.implied_end_year) + 1)
        levels = r.last_level * (1 + r.required_growth_pct / 100) ** (years - years[0]) / scale
        ax.plot(years, levels, "--", marker=".", color=f"C{k + 1}",
                label=f"{r.bound} a year to {r.implied_end_year} (modelled, {r.last_level_year} prices)")  # fmt: skip
        ax.annotate(
            f"{levels[-1]:,.0f}", (years[-1], levels[-1]), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8
        )
    for x, v in zip(stated["period_end"].astype(int), stated["value_std"] / scale):
        ax.annotate(f"{v:,.0f}", (x, v), xytext=(0, 8), textcoords="offset points", ha="center", fontsize=8)
    ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    ax.set(
        xlabel="",
        ylabel=unit if cjk_font() else unit.split(" (")[1].rstrip(")"),
        title=label("地区生产总值：水平与目标隐含路径", "GDP: stated levels and the path its targets imply"),
    )
    ax.legend(fontsize=8, loc="upper left", frameon=False)
    return fig


VERDICT_COLOURS = {"met": "C2", "beaten": "C1", "missed": "C3"}


def gdp_target_chart(gdp, tolerance_label: str) -> None:
    """National GDP growth targets as a band (about ± tolerance, or a range) with the outcomes as dots (notebook 10)."""
    _fig, ax = plt.subplots(figsize=(9, 4))
    g = gdp.dropna(subset=["target_mid"]).sort_values("target_year")
    low = np.where(g["rule"] == "about", g["target_value"] - g["tolerance"], g["target_value"])
    high = np.where(g["rule"] == "about", g["target_value"] + g["tolerance"], g["target_value_high"].fillna(g["target_value"]))
    ax.fill_between(g["target_year"].astype(int), low, high, step="mid", alpha=0.25, label=tolerance_label)
    ax.step(g["target_year"].astype(int), g["target_value"], where="mid", color="C0", lw=1)
    o = g.dropna(subset=["outcome_value"])
    sns.scatterplot(
        data=o.assign(year=o["target_year"].astype(int)),
        x="year",
        y="outcome_value",
        hue="status",
        palette=VERDICT_COLOURS,
        s=60,
        ax=ax,
        zorder=3,
    )
    ax.set(
        xlabel=label("年份", "year"),
        ylabel=label("国内生产总值增长 %", "GDP growth, %"),
        title=label("全国经济增长目标与实际", "National GDP growth: target and outcome"),
    )
    ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    ax.legend(loc="upper right", fontsize=8)
    plt.show()


def outcome_strip(d, window_pp: float) -> None:
    """Outcome minus target for linked rate targets, with the just-beat/just-miss window shaded (notebook 10)."""
    _fig, ax = plt.subplots(figsize=(9, 3.8))
    sns.stripplot(
        data=d, x="outcome_minus_target", y="indicator", hue="status", jitter=0.15, size=7, palette=VERDICT_COLOURS, ax=ax
    )
    ax.axvline(0, color="k", lw=1)
    ax.axvspan(-window_pp, window_pp, color="grey", alpha=0.12, label=f"±{window_pp:g} pp window")
    ax.set(
        xlabel=label("实际减目标 (百分点)", "outcome minus target, percentage points"),
        ylabel="",
        title=label("目标完成情况", "Where outcomes land against targets (rates)"),
    )
    ax.legend(fontsize=8, loc="lower right")
    plt.show()


def anchoring_chart(m) -> None:
    """This year's GDP target against last year's growth, with the 45-degree line (notebook 10)."""
    _fig, ax = plt.subplots(figsize=(6, 4.5))
    sns.regplot(data=m, x="prev_outcome_value", y="target_mid", ax=ax, scatter=False, color="grey")
    sns.scatterplot(data=m, x="prev_outcome_value", y="target_mid", hue="level", s=60, ax=ax)
    lim = [
        min(m["prev_outcome_value"].min(), m["target_mid"].min()) - 0.5,
        max(m["prev_outcome_value"].max(), m["target_mid"].max()) + 0.5,
    ]
    ax.plot(lim, lim, ls=":", color="k", lw=1, label="target = last year's growth")
    ax.set(
        xlabel=label("上年经济增长 %", "last year's GDP growth, %"),
        ylabel=label("今年目标 %", "this year's GDP target, %"),
        title=label("目标锚定上年增长?", "Are targets anchored on last year?"),
    )
    ax.legend(fontsize=8)
    plt.show()
