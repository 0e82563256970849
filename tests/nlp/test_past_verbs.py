"""Irregular pasts the tagger read as nouns (``khabar.nlp.past_verbs``). Sentences written for these tests."""
from __future__ import annotations

import pytest

from khabar.nlp.past_verbs import repair_pasts_read_as_nouns
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,verb", [
    ("The army retook Sinjar on Monday.", "retake"),
    ("Government troops retook the airport on Friday.", "retake"),
])
def test_a_past_read_as_a_noun_tells_its_event(coder, text, verb):
    (event,) = _events(coder, text)
    assert (event.event, event.cameo, event.trigger) == ("COERCE", "192", "retook")
    assert [a.sector for a in event.actor] == ["MIL"]


def test_a_noun_without_a_verbs_arcs_stays_a_noun(coder):
    """Only a root with a subject before it and an object after it is made a verb, and only an irregular form."""
    doc = coder.nlp.make_doc("The retook.")
    for token in doc:
        token.pos_, token.tag_, token.dep_ = "NOUN", "NN", "ROOT"
        token.head = token
    repair_pasts_read_as_nouns(doc, lambda word: "retake" if word == "retook" else None)
    assert [t.pos_ for t in doc] == ["NOUN", "NOUN", "NOUN"]
