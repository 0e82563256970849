"""When an event noun names a particular event (``khabar.nlp.triggers.specific``): a phrasal past the parser hung on
the noun heading a verbless sentence ("The protest march set off from ...") tells the noun's event as done. Sentences
we wrote ourselves."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.nlp.triggers.specific import set_off
from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text,noun,told", [
    ("The protest march set off from the university.", "march", True),
    ("The protest march set off from the square in Dhaka on Monday.", "march", True),
    # a headline's passive has no full stop, no particle; an object or a "by" doer makes the participle a passive
    ("Protest march banned in Dhaka", "march", False),
    ("The protest march called off by the unions.", "march", False),
    ("The protest march set off a wave of arrests.", "march", False),
])
def test_a_phrasal_past_hung_on_the_noun_is_its_act(coder, text, noun, told):
    doc = coder.nlp(text)
    (word,) = [t for t in doc if t.lower_ == noun]
    assert set_off(word) is told


@pytest.mark.parametrize("text,category", [
    ("The protest march set off from the university.", "PROTEST"),
    ("The protest march set off from the central mosque in Peshawar.", "PROTEST"),
])
def test_a_march_that_set_off_is_a_protest(coder, text, category):
    assert category in [e.event for e in asserted_events(coder, text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "The funeral march set off from the church.",  # a mourning march, not a protest
    "The march of technology set off a wave of change.",
])
def test_other_marches_that_set_off_are_no_protest(coder, text):
    assert "PROTEST" not in [e.event for e in asserted_events(coder, text, PUBLISHED)]
