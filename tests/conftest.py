"""Shared fixtures: the project's paths and the bundled report, read once per session."""

from __future__ import annotations

import pytest

from helpers.config import BUNDLED_REPORT


@pytest.fixture(scope="session")
def jiangmen():
    from helpers.run.pipeline import open_report

    return open_report(BUNDLED_REPORT)


@pytest.fixture(scope="session")
def jiangmen_figures(jiangmen):
    from helpers.run.pipeline import figures

    return figures(jiangmen)
