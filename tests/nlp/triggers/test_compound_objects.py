"""Compound objects read as two (``khabar.nlp.triggers.compound_objects``): "signed a ceasefire deal" is one deal,
not a ceasefire and a deal. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "noun", "modifier"), [
    ("The two sides signed a ceasefire deal on Monday.", "deal", "ceasefire"),
    ("The factions signed a truce deal in the capital.", "deal", "truce"),
])
def test_the_last_noun_heads_the_object(coder, text, noun, modifier):
    doc = coder.nlp(text)
    head, mod = (next(t for t in doc if t.text == w) for w in (noun, modifier))
    assert head.pos_ == "NOUN" and head.dep_ == "dobj"
    assert mod.dep_ == "compound" and mod.head == head
    assert next(t for t in doc if t.text in ("a", "the") and t.i < head.i and t.i > 1).head == head


def test_one_signed_deal_is_one_event(coder):
    events = asserted_events(coder, "The two sides signed a ceasefire deal on Monday.")
    assert len(events) == 1


def test_a_verb_with_its_own_object_stays_a_verb(coder):
    doc = coder.nlp("They deal drugs and weapons.")
    assert next(t for t in doc if t.text == "deal").pos_ == "VERB"
