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


def asserted_main_event(coder: Coder, text: str, published: dt.date | None):
    """The event a one-label table compares with: the main one among the asserted events of ``text``."""
    from khabar.evaluate.coder import main_event

    return main_event(e for e in coded_events(coder, text, published) if e.factuality == "asserted")


NOBODY = "nobody"  # in a party table: the sentence names no such party, and none may be invented


def party_holds(expected, parties) -> bool:
    """Whether coded ``parties`` match a table's ``(words in the text, ISO3)``; either may be None (unchecked),
    a whole None checks nothing, and ``NOBODY`` wants no party at all."""
    if expected is None:
        return True
    if expected == NOBODY:
        return not parties
    words, country = expected
    return any((words is None or words.lower() in p.text.lower()) and (country is None or p.country == country)
               for p in parties)


def rows_with_known_misses(rows, known_misses: dict[str, str], *, text_at: int = 0):
    """A table's rows as pytest params; a row whose sentence (at ``text_at``) starts with a known miss is a strict
    xfail with its reason."""
    for row in rows:
        text = row[text_at]
        reason = next((r for start, r in known_misses.items() if text.startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(*row, marks=marks, id=text[:60])


def table_params(table, known_misses: dict[str, str]):
    """Rows of (published, text, actor, recipient)."""
    return rows_with_known_misses(table, known_misses, text_at=1)
