"""The counts of time before "earlier", "later", "ago" are found off the LOWER column: the same spans as a walk over
the tokens."""
from __future__ import annotations

import pytest
import spacy

from khabar.nlp.dates.spans import _counted_offsets

TEXTS = [
    "Two days earlier, gunmen had stormed the town; a week later the army retook it.",
    "Talks broke down three years ago and resumed 18 months later, officials said.",
    "Earlier, LATER and ago stand alone here; an hour ago does not count, nor do many weeks earlier.",
    "Ago earlier later",
    "Clashes erupted in Goma a few days ago and again two weeks AGO, residents said.",
]
_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}


def _walked(doc):
    return [doc[t.i - 2:t.i + 1] for t in doc if t.lower_ in ("earlier", "later", "ago") and t.i >= 2
            and doc[t.i - 1].lower_ in _UNITS and (doc[t.i - 2].like_num or doc[t.i - 2].lower_ in ("a", "an"))]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_counted_offsets_match_the_token_walk(session_coder, text):
    doc = session_coder.nlp.make_doc(text)
    assert [(s.start, s.end) for s in _counted_offsets(doc)] == [(s.start, s.end) for s in _walked(doc)]


def test_counted_offsets_found():
    """The comparison above is not vacuous: counts with a number, "a" and any case are found."""
    doc = spacy.blank("en")("Two days earlier and a week later, and 5 years AGO.")
    assert [s.text for s in _counted_offsets(doc)] == ["Two days earlier", "a week later", "5 years AGO"]
