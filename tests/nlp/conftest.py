"""Coder fixtures for the tests of the coder's components: one Coder for the session, and the events of a text."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Article
from khabar.nlp.pipeline import Coder


@pytest.fixture(scope="session")
def session_coder():
    return Coder()


def coded_events(coder: Coder, text: str, published: dt.date | None) -> list:
    """Every event the coder gives for ``text`` as one article, whatever its factuality; the article must not fail."""
    coded = list(coder.code([Article(id="t", text=text, published=published)]))[0]
    assert coded.failure is None
    return list(coded.events)
