"""Participles of sending read as a clause's verb (``khabar.nlp.triggers.reduced_relatives``): "Troops deployed to
the border opened fire" is the troops' firing, the deploying their description. Sentences written for these tests."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "participle", "act"), [
    ("Troops deployed to the frontier on Tuesday opened fire on smugglers.", "deployed", "opened"),
    ("Riot police dispatched to the campus dispersed the students.", "dispatched", "dispersed"),
    ("Soldiers sent to the valley last month arrested six men.", "sent", "arrested"),
])
def test_the_participle_describes_the_subject_of_the_act(coder, text, participle, act):
    doc = coder.nlp(text)
    verb, described = (next(t for t in doc if t.text == w) for w in (participle, act))
    assert verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head == described
    assert described.dep_ == "ROOT"


@pytest.mark.parametrize(("text", "verb"), [
    # joined by "and", with an object of its own, or ending the clause: the sending is the clause's verb
    ("The soldiers deployed to the frontier and opened fire on smugglers.", "deployed"),
    ("The army deployed troops to the frontier on Tuesday.", "deployed"),
    ("Troops deployed to the frontier on Tuesday.", "deployed"),
])
def test_a_sending_verb_of_its_own_clause_stays(coder, text, verb):
    doc = coder.nlp(text)
    assert next(t for t in doc if t.text == verb).dep_ == "ROOT"
