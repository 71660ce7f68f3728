"""One exception type for bad input, so every caller can print one line naming file and problem."""

from __future__ import annotations

from pathlib import Path


class ReportError(Exception):
    """A report (or a parameter naming one) cannot be used; `str()` is the one-line message.

    Example: ReportError("data/raw/x.txt", "file is empty") prints
    "data/raw/x.txt: file is empty".
    """

    def __init__(self, path: str | Path | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)
