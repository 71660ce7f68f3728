"""Writing outputs atomically: a crash or a kill never leaves a half-written table that looks whole.

Every file is written to a temporary name in the same folder and moved into place with
`os.replace`, which is atomic on POSIX file systems.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from helpers.config import CLEAN_DIR
from helpers.errors import ReportError

if TYPE_CHECKING:  # pandas is imported where tables are written: the batch's no-op path never needs it
    import pandas as pd

_UMASK = os.umask(0)
os.umask(_UMASK)


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write `data` to `path` whole or not at all; the file there before stays until the new one is complete.

    A write that cannot happen (disk full, read-only folder, a file where a folder is needed, a
    folder where the file goes) is a ReportError naming the file: one line, never a traceback.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ReportError(path, f"cannot write ({exc.strerror or type(exc).__name__})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ReportError(path, f"cannot write ({exc.strerror or type(exc).__name__})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def write_table(df: pd.DataFrame, folder: Path, name: str, parquet: bool = True) -> list[Path]:
    """Write `name`.csv (UTF-8 with BOM, so Excel shows the Chinese) and `name`.parquet."""
    folder = Path(folder)
    written = [atomic_write_bytes(folder / f"{name}.csv", df.to_csv(index=False).encode("utf-8-sig"))]
    if parquet:
        written.append(atomic_write_bytes(folder / f"{name}.parquet", df.to_parquet(index=False)))
    return written


def read_table(folder: Path, name: str) -> pd.DataFrame:
    """Read a table written by `write_table` (Parquet when present: it keeps the dtypes)."""
    import pandas as pd

    folder = Path(folder)
    pq = folder / f"{name}.parquet"
    if pq.exists():
        return pd.read_parquet(pq)
    return pd.read_csv(folder / f"{name}.csv", encoding="utf-8-sig")


def clean_dir(report_id: str, root: Path = CLEAN_DIR) -> Path:
    """data/clean/<report_id>/ (the id must already be safe: see metadata.safe_report_id)."""
    return Path(root) / report_id
