"""The doer of a killing told in a relative clause of an attack someone carried out is whoever carried it out,
not an unidentified armed group of the place (sentences we wrote)."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Article
from khabar.nlp.mentions import UNIDENTIFIED_ARMED_GROUP

# Each row: the sentence, the word of the killing, and the country of its doer.
CARRIED_OUT_ATTACKS = [
    ("The U.S. military carried out an air strike in Somalia on Friday that killed 12 al Shabaab fighters.",
     "killed", "USA"),
    ("Turkey launched an air strike in northern Iraq that killed five Kurdish militants.", "killed", "TUR"),
    ("Israel carried out a raid in Jenin that killed three Palestinians.", "killed", "ISR"),
    ("Russia launched a missile attack on Kyiv that killed four civilians.", "killed", "RUS"),
]


@pytest.fixture(scope="module")
def coder():
    from khabar.nlp.pipeline import Coder
    return Coder()


def _event(coder, text: str, trigger: str):
    (coded,) = coder.code([Article(id="t", text=text, published=dt.date(2024, 3, 10))])
    return next(e for e in coded.events if e.trigger == trigger)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, country", CARRIED_OUT_ATTACKS)
def test_a_relative_clause_of_a_carried_out_attack_is_its_doers(coder, text, trigger, country):
    event = _event(coder, text, trigger)
    assert [a.country for a in event.actor] == [country]
    assert all(a.name != UNIDENTIFIED_ARMED_GROUP for a in event.actor)


@pytest.mark.model
def test_a_relative_clause_of_an_attack_no_one_carried_out_keeps_the_unnamed_doer(coder):
    # "a bomb that killed": nobody named carries the bomb out, so the doer stays unidentified
    event = _event(coder, "Police defused a second bomb after a blast that killed four people in Quetta.", "killed")
    assert [a.name for a in event.actor] == [UNIDENTIFIED_ARMED_GROUP]
