"""Geo fixtures: the gazetteer (built once per session into a temporary cache)."""
from __future__ import annotations

import pytest

from khabar.geo.gazetteer import default_gazetteer


@pytest.fixture(scope="session")
def gazetteer():
    return default_gazetteer()
