"""Event subjects (``khabar.nlp.triggers.event_subjects``): a time clause inside a sentence's subject, which the parser
reads as the subject's own verb, gives its act back to the sentence's verb. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "category"), [
    ("The worst bombing since the civil war ended killed 12 people in the capital on Tuesday.", "killed", "ASSAULT"),
    ("The first attack since the truce collapsed wounded four soldiers.", "wounded", "ASSAULT"),
    ("The biggest raid since the war started destroyed three villages.", "destroyed", "ASSAULT"),
    ("The deadliest blast since the uprising began killed 40 people near the market.", "killed", "ASSAULT"),
])
def test_the_sentence_s_verb_is_read_past_a_time_clause_in_its_subject(coder, text, trigger, category):
    events = asserted_events(coder, text)
    assert [e.event for e in events if e.trigger == trigger] == [category]


@pytest.mark.parametrize(("text", "clause_verb"), [
    ("The worst bombing since the civil war ended killed 12 people in the capital on Tuesday.", "ended"),
    ("The first attack since the truce collapsed wounded four soldiers.", "collapsed"),
])
def test_the_time_clause_itself_tells_no_event(coder, text, clause_verb):
    assert not [e for e in asserted_events(coder, text) if e.trigger == clause_verb]


def test_the_repaired_parse_makes_the_noun_the_verb_s_subject(coder):
    doc = coder.nlp("The worst bombing since the civil war ended killed 12 people in the capital on Tuesday.")
    killed = next(t for t in doc if t.text == "killed")
    assert killed.dep_ == "ROOT"
    assert [c.text for c in killed.children if c.dep_ == "nsubj"] == ["bombing"]
    assert next(t for t in doc if t.text == "ended").head.text == "bombing"
