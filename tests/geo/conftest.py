"""Geo fixtures: the gazetteer (built once per session into a temporary cache)."""
from __future__ import annotations

import re

import pytest

from khabar.geo.gazetteer import default_gazetteer
from khabar.geo.resolve import Toponym, resolve


@pytest.fixture(scope="session")
def gazetteer():
    return default_gazetteer()


def resolve_names(gazetteer, text, names, focus=()):
    """Resolve the first occurrence of each name in ``text`` as a gold toponym span."""
    toponyms = []
    for name in names:
        m = re.search(re.escape(name), text)
        toponyms.append(Toponym(m.start(), m.end(), name))
    return resolve(text, toponyms, gazetteer=gazetteer, focus=focus)
