"""Charts that show Chinese when a CJK font is installed and English otherwise, never empty boxes.

matplotlib draws a missing glyph as an empty box (tofu). `setup()` looks for an installed CJK
font; `label(zh, en)` then gives the Chinese text with a font to draw it, or the English text.
On Debian, `apt-get install fonts-noto-cjk` (or fonts-wqy-microhei) provides one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import matplotlib.pyplot as plt
import seaborn as sns
from matplotlib import font_manager

CJK_FONTS = (
    "Noto Sans CJK SC", "Noto Sans SC", "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN",
    "AR PL UKai CN", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "Noto Sans CJK JP",
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
