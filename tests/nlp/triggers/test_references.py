"""References (``khabar.nlp.triggers.references``): a clause at a measured distance from the news dates it by an
earlier act, unless that act is a recent one whose doer the clause names. Sentences written for these tests."""
from __future__ import annotations

import pytest

from khabar.nlp.lexicon import load_lexicon
from khabar.nlp.triggers import find_triggers

pytestmark = pytest.mark.model


def _found(raw_nlp, sentence):
    doc = raw_nlp(sentence)
    return {doc[t.head].text for t in find_triggers(doc, load_lexicon())}


@pytest.mark.parametrize("sentence, word", [
    # an act of hours or days before, its doer named: the sentence tells it, and the reaction refers back to it
    ("Two days after American jets bombed militia positions near the border, lawmakers condemned the raids.",
     "bombed"),
    ("A day after Israeli jets struck a building in Tyre, Hezbollah fired rockets at northern Israel.", "struck"),
    ("Hours after Russian missiles hit a power plant in Kharkiv, Ukraine asked its allies for more air defences.",
     "hit"),
])
def test_a_recent_act_of_a_named_doer_is_an_event(raw_nlp, sentence, word):
    assert word in _found(raw_nlp, sentence)


@pytest.mark.parametrize("sentence, word", [
    # an unnamed doer, or an act of years before: the clause only dates the news
    ("The army shelled the hills on Tuesday, a day after gunmen killed four soldiers.", "killed"),
    ("The governor imposed a curfew on Friday, two days after gunmen attacked a police station.", "attacked"),
    ("The two states restored ties five years after Iranian students stormed the embassy.", "stormed"),
    ("Ten years after NATO bombed Libya, the country held elections.", "bombed"),
])
def test_a_measured_distance_otherwise_dates_the_news(raw_nlp, sentence, word):
    assert word not in _found(raw_nlp, sentence)


# A copular ranking of an attack refers to one told elsewhere; only a time of its own beside it tells that attack.
@pytest.mark.parametrize("sentence, word, found", [
    ("It was the worst attack on the city since the war began.", "attack", False),
    ("It was the deadliest attack on the city since 2017.", "attack", False),
    ("It was the first protest in the capital since the coup.", "protest", False),
    # controls: an unranked attack told by a copula, and a ranked attack that is the clause's subject
    ("It was an attack on the city.", "attack", True),
    ("The deadliest attack since 2019 killed 40 people in the north.", "killed", True),
])
def test_a_copular_ranking_refers_to_an_attack_told_elsewhere(raw_nlp, sentence, word, found):
    assert (word in _found(raw_nlp, sentence)) is found
