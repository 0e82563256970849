"""Time phrases (``khabar.nlp.triggers.time_phrases``): a bare "following" before a noun the parser made a verb's
object is the preposition "after", so the fighting it names goes with the verb. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "category"), [
    # forces entering a place after fighting told on the same verb assault it
    ("Houthi fighters entered Marib following months of clashes with government forces.", "ASSAULT"),
    ("Rebels entered the town following weeks of fighting.", "ASSAULT"),
    # "the following day" is a date, no phrase of fighting: the entry stays a move
    ("The army entered the city the following day.", "MOBILIZE"),
])
def test_a_following_phrase_of_fighting_goes_with_the_verb(coder, text, category):
    assert [e.event for e in asserted_events(coder, text) if e.trigger == "entered"] == [category]


@pytest.mark.parametrize(("text", "object_"), [
    ("Houthi fighters entered Marib following months of clashes with government forces.", "months"),
    ("Government troops shelled the district following days of unrest.", "days"),
])
def test_following_is_made_a_preposition_on_the_verb(coder, text, object_):
    doc = coder.nlp(text)
    following = next(t for t in doc if t.lower_ == "following")
    assert following.dep_ == "prep" and following.head.pos_ == "VERB"
    assert [c.text for c in following.children if c.dep_ == "pobj"] == [object_]


def test_a_determined_following_stays_a_modifier(coder):
    doc = coder.nlp("The ministers met again in the following months.")
    following = next(t for t in doc if t.lower_ == "following")
    assert following.dep_ == "amod" and following.head.text == "months"


@pytest.mark.parametrize(("text", "trigger"), [
    # a lowercase "march" after a determiner is the noun the verb acts on, not the month
    ("Riot police stopped the march before it reached the palace.", "stopped"),
    ("Soldiers halted the march outside the town hall.", "halted"),
])
def test_a_determined_lowercase_march_is_the_verbs_object(coder, text, trigger):
    assert [e.event for e in asserted_events(coder, text) if e.trigger == trigger] == ["COERCE"]


def test_the_month_stays_a_date(coder):
    doc = coder.nlp("Police stopped the convoy in March.")
    month = next(t for t in doc if t.text == "March")
    assert month.dep_ == "pobj"
